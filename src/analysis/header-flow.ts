import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';

import { isFunction } from './ast.js';
import { chainCalls, chainTop, isArgument } from './chains.js';
import { PerGraph, type FlowGraphs } from './flow/graphs.js';
import { laterDefinitions, reachingDefinitions, type PlacedOp, type Reaching } from './flow/reaching.js';
import type { FlowGraph, Position } from './flow/types.js';
import type { HeaderReader } from './headers.js';
import type { ResponseVariables } from './responses.js';
import type { Variable } from './resolver/scope.js';
import type { HeaderSet, StatusSite } from './sites.js';

/** The uses of a response variable, read once, and the headers any of them sets. */
interface VariableHeaders {
  uses: HeaderUse[];
  /** Every header any use sets; `unknown` when some use hands the response on or sets unknown ones. */
  all: HeaderSet;
  /** The calls and other nodes that hand the response on, and the uses that set headers no one can name. */
  escapes: TSESTree.Node[];
}

/** A use of a response variable that sets headers or hands it on. */
interface HeaderUse {
  node: TSESTree.Node;
  position: Position | undefined;
  escape: boolean;
  /** Headers set by the chain before (and at) the first call that sends the head, and after it. */
  before: HeaderSet;
  after: HeaderSet;
  sends: boolean;
}

/** What one graph's code does with the headers of one response variable. */
interface GraphHeaders {
  /** The headers set by uses the graph cannot order (other functions, unplaced uses): as if set before every send. */
  outside: HeaderSet;
  /** At each sending chain of the variable in the graph, the headers some path carries to it. */
  reaching: Map<TSESTree.Node, readonly Reaching<string>[]>;
  /** At each sending chain, the headers some path sets after it, each with the first use that does. */
  later: Map<TSESTree.Node, ReadonlyMap<string, TSESTree.Node>>;
  ops: PlacedOp<string>[];
}

/**
 * The headers a status site's response may get before its head is sent: in its own call and
 * chain, and through the variable that holds the response elsewhere in the file, along the code
 * paths to the call that sends the head. Each variable's uses are read once and each of its
 * graphs is followed once, for all the sites on it, so a handler costs time linear in its size.
 */
export class HeaderFlow {
  private readonly uses = new Map<Variable, VariableHeaders>();
  private readonly flows = new PerGraph<Variable, GraphHeaders>();

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
        merge(result, this.reader.headers(call));
        if (index >= at && this.responses.sendsHead(call)) {
          send = chainTop(owner);
          break;
        }
      }
    }
    if (site.role === 'error') {
      // An error answered on the response of the function that throws it (NestJS's exceptions)
      // goes out with the headers set on that response.
      if (site.sink?.answeredOnResponse) for (const variable of this.responses.parametersAround(owner)) merge(result, this.usesOf(variable).all);
      return result;
    }
    const variable = this.responses.holding(owner);
    if (!variable) {
      // A built response handed straight to other code (`return wrap(new Response(…))`).
      result.unknown ||= isArgument(chainTop(owner));
      return result;
    }
    const { uses, all } = this.usesOf(variable);
    const sendPosition = send && this.graphs.positionOf(send);
    if (!send || !sendPosition) {
      // Not sent here: whatever any use sets may come first, also on the other parts of a
      // destructured context (Elysia's `({ set, status }) => …`: `status(401)` and `set.headers`).
      merge(result, all);
      for (const sibling of this.responses.destructuredWith(variable)) merge(result, this.usesOf(sibling).all);
      return result;
    }
    const flow = this.flows.get(variable, sendPosition.graph, () => this.graphHeaders(uses, sendPosition.graph));
    merge(result, flow.outside);
    const { reaching, later } = flow.reaching.has(send) ? { reaching: flow.reaching.get(send) ?? [], later: flow.later.get(send) } : this.flowAt(send, sendPosition, flow);
    for (const value of reaching) {
      if (value.type === 'defined') result.names.add(value.value);
      else if (value.type === 'unknown') result.unknown = true;
    }
    for (const [name, node] of later ?? []) {
      if (reaching.some((value) => value.type === 'defined' && value.value === name)) continue;
      result.late ??= new Map();
      result.late.set(name, node);
    }
    return result;
  }

  /**
   * For a status passed to a same-file helper (`send(res, 401)`): the headers the site in the
   * helper gets (`inner`), and those the caller's response gets anywhere else in the file, as if
   * set before the call. `unknown` when the caller's response is not a variable, or is handed on
   * elsewhere.
   */
  headersThrough(inner: StatusSite, call: TSESTree.CallExpression): HeaderSet {
    const result = this.headersFor(inner);
    if (inner.role === 'error' || result.unknown) return result;
    const param = this.responses.holding(inner.owner)?.defs[0];
    const index = param?.type === 'Parameter' && isFunction(param.node) ? param.node.params.indexOf(param.name) : -1;
    const argument = index < 0 ? undefined : call.arguments[index];
    const caller = argument?.type === AST_NODE_TYPES.Identifier ? this.responses.variableOf(argument) : undefined;
    if (!caller) return { ...result, unknown: true };
    const { all, escapes } = this.usesOf(caller);
    // The call itself hands the response to the helper, whose headers are in `result` already.
    result.unknown ||= escapes.some((node) => node !== call);
    for (const name of all.names) result.names.add(name);
    return result;
  }

  /** The uses of a response variable that set headers or hand it on, with what each sets. */
  private usesOf(variable: Variable): VariableHeaders {
    const known = this.uses.get(variable);
    if (known) return known;
    const uses: HeaderUse[] = [];
    const all: HeaderSet = { names: new Set(), unknown: false };
    const escapes: TSESTree.Node[] = [];
    for (const reference of variable.references) {
      const use = this.responses.useOf(reference.identifier as TSESTree.Identifier);
      if (use.type === 'other') continue;
      const position = this.graphs.positionOf(use.node);
      const before: HeaderSet = { names: new Set(), unknown: false };
      const after: HeaderSet = { names: new Set(), unknown: false };
      let sends = false;
      if (use.type === 'chain' && use.node.type === AST_NODE_TYPES.CallExpression) {
        for (const call of chainCalls(use.node)) {
          merge(sends ? after : before, this.reader.headers(call));
          sends ||= this.responses.sendsHead(call);
        }
      } else if (use.type === 'chain' && use.node.type === AST_NODE_TYPES.AssignmentExpression) {
        merge(before, this.reader.assigned(use.node));
      }
      uses.push({ node: use.node, position, escape: use.type === 'escape', before, after, sends });
      merge(all, before);
      merge(all, after);
      all.unknown ||= use.type === 'escape';
      if (use.type === 'escape' || before.unknown || after.unknown) escapes.push(use.node);
    }
    const read = { uses, all, escapes };
    this.uses.set(variable, read);
    return read;
  }

  /**
   * One graph's headers: the uses it orders become operations (an escape, the headers a chain
   * sets before its send, the send, the headers after), followed once for every send in it.
   */
  private graphHeaders(uses: readonly HeaderUse[], graph: FlowGraph): GraphHeaders {
    const outside: HeaderSet = { names: new Set(), unknown: false };
    const ops: PlacedOp<string>[] = [];
    for (const use of uses) {
      const { node, position } = use;
      if (position?.graph !== graph) {
        merge(outside, use.before);
        merge(outside, use.after);
        outside.unknown ||= use.escape;
        continue;
      }
      if (use.escape) ops.push({ op: { type: 'escape', node }, position });
      for (const part of use.sends ? [use.before, undefined, use.after] : [use.before, use.after]) {
        if (!part) {
          ops.push({ op: { type: 'use', node }, position });
          continue;
        }
        if (part.unknown) ops.push({ op: { type: 'escape', node }, position });
        for (const name of part.names) ops.push({ op: { type: 'define', node, value: name }, position });
      }
    }
    return { outside, ops, reaching: reachingDefinitions(graph, ops, { type: 'initial' }, true), later: laterDefinitions(graph, ops) };
  }

  /** The headers reaching a send that is not a use of the variable (a response built and kept in a `const`), and those set after it. */
  private flowAt(send: TSESTree.Node, position: Position, flow: GraphHeaders): { reaching: readonly Reaching<string>[]; later: ReadonlyMap<string, TSESTree.Node> | undefined } {
    const ops = [...flow.ops, { op: { type: 'use' as const, node: send }, position }];
    return { reaching: reachingDefinitions(position.graph, ops, { type: 'initial' }, true).get(send) ?? [], later: laterDefinitions(position.graph, ops).get(send) };
  }
}

function merge(into: HeaderSet, from: HeaderSet): void {
  for (const name of from.names) into.names.add(name);
  into.unknown ||= from.unknown;
}
