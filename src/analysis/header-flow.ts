import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';

import { chainCalls, chainTop, isArgument, type Chained } from './chains.js';
import type { FlowGraphs } from './flow/graphs.js';
import { reachingDefinitions, type PlacedOp } from './flow/reaching.js';
import type { HeaderReader } from './headers.js';
import type { ResponseVariables } from './responses.js';
import type { HeaderSet, StatusSite } from './sites.js';

/**
 * The headers a status site's response may get before its head is sent: in its own call and
 * chain, and through the variable that holds the response elsewhere in the file, along the code
 * paths to the call that sends the head.
 */
export class HeaderFlow {
  constructor(
    private readonly reader: HeaderReader,
    private readonly graphs: FlowGraphs,
    private readonly responses: ResponseVariables,
  ) {}

  /**
   * The headers a status site's response may get before its head is sent: in its own call and
   * chain (up to the call that sends, `res.status(401).send()`), and through the variable that
   * holds the response elsewhere in the file. When the chain sends, a header set on the variable
   * counts only if some code path carries it to that send (`res.status(401).end();
   * res.set('WWW-Authenticate', …)` comes too late). `unknown` when the response is handed to
   * code we cannot see, so a missing header cannot be proven.
   */
  headersFor(site: StatusSite): HeaderSet {
    const result: HeaderSet = { names: new Set(), unknown: false };
    const owner = site.owner;
    let send: TSESTree.Node | undefined;
    if (owner.type === AST_NODE_TYPES.CallExpression || owner.type === AST_NODE_TYPES.NewExpression) {
      const chain = chainCalls(owner);
      const at = chain.indexOf(owner);
      for (const [index, call] of chain.entries()) {
        this.add(call, result);
        if (index >= at && this.responses.sendsHead(call)) {
          send = chainTop(owner);
          break;
        }
      }
    }
    if (site.role === 'error') return result;
    const variable = this.responses.holding(owner);
    if (!variable) {
      // A built response handed straight to other code (`return wrap(new Response(…))`).
      result.unknown ||= isArgument(chainTop(owner));
      return result;
    }
    const sendPosition = send && this.graphs.positionOf(send);
    const ops: PlacedOp<string>[] = [];
    for (const reference of variable.references) {
      const use = this.responses.useOf(reference.identifier as TSESTree.Identifier);
      if (use.type === 'other' || use.node === send) continue;
      const position = sendPosition && this.graphs.positionOf(use.node);
      const ordered = position?.graph === sendPosition?.graph;
      if (use.type === 'escape') {
        if (position && ordered) ops.push({ op: { type: 'escape', node: use.node }, position });
        else result.unknown = true;
        continue;
      }
      if (use.node.type !== AST_NODE_TYPES.CallExpression) continue;
      const headers: HeaderSet = { names: new Set(), unknown: false };
      for (const call of chainCalls(use.node)) this.add(call, headers);
      // Uses that cannot be placed before or after the send count, as if before it.
      if (!position || !ordered) {
        for (const name of headers.names) result.names.add(name);
        result.unknown ||= headers.unknown;
        continue;
      }
      if (headers.unknown) ops.push({ op: { type: 'escape', node: use.node }, position });
      for (const name of headers.names) ops.push({ op: { type: 'define', node: use.node, value: name }, position });
    }
    if (send && sendPosition && ops.length > 0) this.placeAgainstSend(send, sendPosition, ops, result);
    return result;
  }

  /** Which headers some code path carries to the send, which come only after it (`late`), and whether an escape may add others. */
  private placeAgainstSend(send: TSESTree.Node, sendPosition: NonNullable<ReturnType<FlowGraphs['positionOf']>>, ops: PlacedOp<string>[], result: HeaderSet): void {
    ops.push({ op: { type: 'use', node: send }, position: sendPosition });
    // Headers accumulate: follow each name on its own, so that one set does not hide another.
    for (const name of new Set(ops.flatMap(({ op }) => (op.type === 'define' ? [op.value] : [])))) {
      const own = ops.filter(({ op }) => op.type !== 'define' || op.value === name);
      const reaching = reachingDefinitions(sendPosition.graph, own, { type: 'initial' }).get(send) ?? [];
      if (reaching.some((value) => value.type === 'defined')) {
        result.names.add(name);
      } else {
        const first = own.find(({ op }) => op.type === 'define');
        result.late ??= new Map();
        if (first) result.late.set(name, first.op.node);
      }
    }
    const reaching = reachingDefinitions(sendPosition.graph, ops.filter(({ op }) => op.type !== 'define'), { type: 'initial' }).get(send);
    if (reaching?.some((value) => value.type === 'unknown')) result.unknown = true;
  }

  private add(call: Chained, into: HeaderSet): void {
    const headers = this.reader.headers(call);
    for (const name of headers.names) into.names.add(name);
    into.unknown ||= headers.unknown;
  }
}
