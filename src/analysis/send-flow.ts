import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';

import type { AfterSent } from '../frameworks/types.js';
import { isFunction, isLoop, memberName, responseParameter, returnsOf, skipWrappers } from './ast.js';
import type { BodyFinder } from './bodies.js';
import { chainCalls, chainTop, type Use } from './chains.js';
import { ownerOf, PerGraph, type FlowGraphs } from './flow/graphs.js';
import { definedValues, reachingDefinitions, writtenLast, type Keep, type PlacedOp } from './flow/reaching.js';
import type { FlowGraph, Position } from './flow/types.js';
import { registry } from './registry.js';
import type { FileResolver } from './resolver/index.js';
import type { Variable } from './resolver/scope.js';
import type { ResponseVariables } from './responses.js';
import { apiText } from './sites.js';

/** A call that sends a response's head (`res.writeHead()`, `res.write()`) or all of it (`res.end()`, `res.json()`). */
export interface Send {
  /** The call itself; in a chain (`res.status(400).json(e)`), the call that sends. */
  call: TSESTree.CallExpression;
  /** `res.status(400).json()`. */
  api: string;
  /** Whether it ends the response, rather than only sending its head. */
  ended: boolean;
}

/** An operation on a response that runs, on some code path, after the response was sent. */
export interface LateOperation {
  /** The call (in a chain, the last that comes too late), the assignment, or the returned value. */
  node: TSESTree.Node;
  /** Where to report: a chain from its start to the name of that call (`res.status(200).json`). */
  loc: TSESTree.SourceLocation;
  /** `res.status(200).json()`, `res.statusCode = 500`; a returned value has none. */
  api: string | undefined;
  /** What the runtime does with it, from the framework's table. */
  effect: string;
  /**
   * A send before it on some code path: of those that ended the response, if any did, the one
   * written last (in a loop, that may be one written after it, or itself).
   */
  sent: Send;
  /** The send is this very call, run again on the next turn of a loop. */
  again: boolean;
}

/** The chains on a response variable (see `SendFlow.chainsOf`). */
interface Chains {
  /** Per chain (its outermost call, or the assignment), the function it runs in. */
  owners: Map<TSESTree.Node, TSESTree.Node>;
  /** Per function, where its last chain on the variable starts. */
  last: Map<TSESTree.Node, number>;
}

/** An operation of the flow that may come too late: what the runtime does then, and how to name it. */
interface Candidate {
  node: TSESTree.Node;
  /** The chain it belongs to, whose later candidates replace it in the report. */
  chain: TSESTree.Node;
  effects: AfterSent;
  loc: TSESTree.SourceLocation;
  api: string | undefined;
}

/**
 * Which operations on a response come after it was sent, along the code paths of the function
 * that sends it: `res.status(400).json(e)` without a `return`, then `res.status(200).json(data)`.
 * The sends are the values followed (reaching definitions over the function's graph, ./flow/),
 * each operation the framework's table says something about after a send is a use, and a test
 * of a sent flag (`if (!res.headersSent)`) starts its false branch with nothing sent. Sends in
 * other functions (callbacks whose timing is not known, helpers) are not followed. One flow per
 * function and response variable, and only where the syntax shows that something may come after
 * a send (`worthFollowing`): most handlers send last, and get no graph from this flow.
 */
export class SendFlow {
  private readonly flows = new PerGraph<Variable, readonly LateOperation[]>();
  private readonly chains = new Map<Variable, Chains>();
  /** Per function, where its last `return` of a value starts. */
  private readonly lastReturns = new Map<TSESTree.Node, number>();

  constructor(
    private readonly resolver: FileResolver,
    private readonly graphs: FlowGraphs,
    private readonly responses: ResponseVariables,
    private readonly bodies: BodyFinder,
    /** Whether a handler of the file's frameworks may send what it returns (Fastify's): only then are returns sends. */
    private readonly returnsBody: boolean,
  ) {}

  /** The operations that come too late after the sends among `nodes` (the calls a traversal met), in source order. */
  lateOperations(nodes: Iterable<TSESTree.Node>): LateOperation[] {
    const found = new Set<readonly LateOperation[]>();
    for (const node of nodes) {
      // The cheap tests first: most calls of these names are on streams and sockets, never followed.
      if (node.type !== AST_NODE_TYPES.CallExpression || !isSendName(node)) continue;
      const variable = this.responses.operatedOn(node);
      // A global (`process.stdout.write()`) holds no response.
      if (!variable?.defs.length || !this.worthFollowing(variable, node)) continue;
      const position = this.graphs.positionOf(node);
      if (position) found.add(this.flows.get(variable, position.graph, () => this.flowOf(variable, position.graph)));
    }
    return [...found].flat().sort((a, b) => a.node.range[0] - b.node.range[0]);
  }

  /**
   * Whether a call sends and something may come after it, as the syntax shows before any graph
   * is built: without a loop, code runs in the order it is written, so only a chain on the
   * variable written after the send can come too late, or, in a handler whose returned value is
   * sent (in a file where one can be), a `return` written after it; in a loop, the send itself
   * may. Most functions send last and need no graph.
   */
  private worthFollowing(variable: Variable, send: TSESTree.CallExpression): boolean {
    const top = chainTop(send);
    const chains = this.chainsOf(variable);
    const owner = chains.owners.get(top) ?? ownerOf(send);
    const at = top.range[0];
    if ((chains.last.get(owner) ?? -1) > at || loopAround(send, owner)) return this.sends(send);
    const def = variable.defs[0];
    if (!this.returnsBody || !isFunction(owner) || def?.type !== 'Parameter' || def.node !== owner || owner.body.type !== AST_NODE_TYPES.BlockStatement) return false;
    let lastReturn = this.lastReturns.get(owner);
    if (lastReturn === undefined) {
      lastReturn = returnsOf(owner.body).reduce((last, node) => (node.argument ? Math.max(last, node.range[0]) : last), -1);
      this.lastReturns.set(owner, lastReturn);
    }
    return lastReturn > at && this.sends(send) && !!this.resolver.handlerOf(owner)?.returnsBody?.afterSent;
  }

  /**
   * The chains on a variable: the function (or other graph owner) each runs in, and where the last
   * in each function starts. Its references read once, each placed by the scope it is in.
   */
  private chainsOf(variable: Variable): Chains {
    let chains = this.chains.get(variable);
    if (!chains) {
      chains = { owners: new Map(), last: new Map() };
      for (const reference of variable.references) {
        const use = this.responses.useOf(reference.identifier as TSESTree.Identifier);
        if (use.type !== 'chain') continue;
        const owner = reference.from.variableScope.block;
        chains.owners.set(use.node, owner);
        chains.last.set(owner, Math.max(chains.last.get(owner) ?? -1, use.node.range[0]));
      }
      this.chains.set(variable, chains);
    }
    return chains;
  }

  /** Whether a call sends a response's head or all of it. */
  private sends(call: TSESTree.CallExpression): boolean {
    const kind = this.resolver.kindOf(skipWrappers(call.callee));
    return !!kind && !!registry.call(kind)?.sendsHead;
  }

  /** The late operations on one response variable in one graph. */
  private flowOf(variable: Variable, graph: FlowGraph): readonly LateOperation[] {
    const ops: PlacedOp<Send>[] = [];
    const candidates = new Map<TSESTree.Node, Candidate>();
    const sends = new Map<TSESTree.Node, Send>();
    for (const reference of variable.references) {
      const use = this.responses.useOf(reference.identifier as TSESTree.Identifier);
      if (use.type === 'other') {
        // A sent flag read where the flow cannot tell which branch knows what: trust the code.
        if (this.isSentFlag(use.node) && !this.guard(use.node, graph, ops)) return NONE;
      } else if (use.type === 'chain' && use.node.type === AST_NODE_TYPES.AssignmentExpression && use.node.left === reference.identifier) {
        // `res = next.res`: another response from here on.
        const position = this.graphs.positionIn(use.node, graph);
        if (position) ops.push({ op: { type: 'reset', node: use.node }, position });
      } else if (use.type === 'chain') {
        this.chainOps(use, graph, ops, candidates, sends);
      }
    }
    this.returnOps(variable, graph, ops, candidates);
    const operations = new Set([...candidates.keys(), ...sends.keys()]);
    if (sends.size === 0 || (operations.size < 2 && ![...sends.keys()].some((node) => loopAround(node, graph.owner)))) return NONE;

    // A variable declared in a loop holds another response on each turn (`for (const res of
    // waiting) res.end()`): nothing is sent on it when a turn starts.
    const loop = loopAround(variable.defs[0]?.name ?? graph.owner, graph.owner);
    const turn = loop && this.graphs.turnOf(loop, graph);
    if (loop && turn) ops.push({ op: { type: 'reset', node: loop }, position: { graph, blocks: [turn], order: -1 } });
    const reaching = reachingDefinitions(graph, ops, { type: 'initial' }, true, NEAREST);
    // Per chain, the last of its operations that comes too late stands for it.
    const byChain = new Map<TSESTree.Node, LateOperation>();
    for (const [node, values] of reaching) {
      const candidate = candidates.get(node);
      const late = candidate && lateOperation(candidate, definedValues(values));
      if (!candidate || !late) continue;
      const kept = byChain.get(candidate.chain);
      if (!kept || kept.node.range[1] < late.node.range[1]) byChain.set(candidate.chain, late);
    }
    return [...byChain.values()];
  }

  /** The operations of a chain or assignment on the response, if it runs in `graph`: each call that may come too late, and each that sends. */
  private chainOps(use: Use, graph: FlowGraph, ops: PlacedOp<Send>[], candidates: Map<TSESTree.Node, Candidate>, sends: Map<TSESTree.Node, Send>): void {
    const top = use.node;
    if (top.type === AST_NODE_TYPES.AssignmentExpression) {
      const position = this.graphs.positionIn(top, graph);
      const target = top.left.type === AST_NODE_TYPES.MemberExpression ? top.left : undefined;
      const kind = target && this.resolver.kindOf(target.object);
      const effect = kind && registry.statusAfterSent(kind, memberName(target) ?? '');
      if (!position || !effect) return;
      ops.push({ op: { type: 'use', node: top }, position });
      candidates.set(top, { node: top, chain: top, effects: { head: effect }, loc: top.loc, api: apiText(this.resolver.sourceCode, top) });
      return;
    }
    for (const call of chainCalls(top)) {
      const position = call.type === AST_NODE_TYPES.CallExpression ? this.graphs.positionIn(call, graph) : undefined;
      if (!position || call.type !== AST_NODE_TYPES.CallExpression) continue;
      const callee = skipWrappers(call.callee);
      const kind = this.resolver.kindOf(callee);
      const spec = kind && registry.call(kind);
      if (!spec) continue;
      const effects = call.arguments.length === 0 ? (spec.afterSentBare ?? spec.afterSent) : spec.afterSent;
      const api = `${apiText(this.resolver.sourceCode, callee)}()`;
      if (effects) {
        ops.push({ op: { type: 'use', node: call }, position });
        const end = callee.type === AST_NODE_TYPES.MemberExpression ? callee.property.loc.end : callee.loc.end;
        candidates.set(call, { node: call, chain: top, effects, loc: { start: top.loc.start, end }, api });
      }
      if (spec.sendsHead) {
        const send: Send = { call, api, ended: !!spec.ends };
        ops.push({ op: { type: 'define', node: call, value: send }, position });
        sends.set(call, send);
      }
    }
  }

  /**
   * For a handler whose return value is sent as the body (Fastify's) when that is the response
   * followed, each `return` of a value: a send of its own, which comes too late after another.
   */
  private returnOps(variable: Variable, graph: FlowGraph, ops: PlacedOp<Send>[], candidates: Map<TSESTree.Node, Candidate>): void {
    const fn = graph.owner;
    if (!isFunction(fn)) return;
    const returnsBody = this.resolver.handlerOf(fn)?.returnsBody;
    const afterSent = returnsBody?.afterSent;
    const param = afterSent && responseParameter(fn, returnsBody.response, returnsBody.property);
    if (!afterSent || !param || this.resolver.variableOf(param) !== variable) return;
    for (const { node, position } of this.graphs.returnsIn(graph)) {
      const body = this.bodies.returned(node, returnsBody.effects);
      if (!body) continue;
      ops.push({ op: { type: 'use', node }, position });
      candidates.set(node, { node: body.node, chain: node, effects: { end: afterSent }, loc: body.node.loc, api: undefined });
    }
  }

  /** Whether a member read off the response tells whether it was sent (`res.headersSent`, `reply.raw.writableEnded`). */
  private isSentFlag(node: TSESTree.Node): boolean {
    const member = skipWrappers(node);
    if (member.type !== AST_NODE_TYPES.MemberExpression) return false;
    const name = memberName(member);
    if (name === undefined || !registry.sentFlags.has(name)) return false;
    const kind = this.resolver.kindOf(member.object);
    return !!kind && registry.isSentFlag(kind, name);
  }

  /**
   * A test of a sent flag: on its false branch nothing was sent (a reset there). False when the
   * flag is read in this function other than as a test, where the flow cannot follow it.
   */
  private guard(node: TSESTree.Node, graph: FlowGraph, ops: PlacedOp<Send>[]): boolean {
    const test = this.graphs.testIn(node, graph);
    if (!test) return true;
    if (!test.branches) return false;
    const position: Position = { graph, blocks: [test.branches.whenFalse], order: -1 };
    ops.push({ op: { type: 'reset', node }, position });
    return true;
  }
}

const NONE: readonly LateOperation[] = Object.freeze([]);

/** A call of a name some framework sends with (`res.end()`, `reply.send()`), or a bare call, which only a table can tell. */
function isSendName(call: TSESTree.CallExpression): boolean {
  const callee = skipWrappers(call.callee);
  return callee.type !== AST_NODE_TYPES.MemberExpression || registry.sendMethods.has(memberName(callee) ?? '');
}

/**
 * Of the sends that end the response, and of those that send only its head, the flow keeps one
 * each: the one written last. Enough to say what comes too late and name a send before it, and it
 * keeps the flow linear in a function that sends in each of many branches.
 */
const NEAREST: Keep<Send> = { keyOf: (send) => send.ended, prefer: writtenLast((send) => send.call) };

/**
 * What an operation that sends reach does, by its table's effects: the clause for a response that
 * ended, where one did and the table has one; else the clause for a response whose head went out.
 * The send named is the one that ended, if one did (the flow keeps one of each, see `NEAREST`).
 */
function lateOperation(candidate: Candidate, sent: readonly Send[]): LateOperation | undefined {
  const { effects } = candidate;
  const ended = sent.find((send) => send.ended);
  const named = ended ?? sent[0];
  const effect = effects.end && ended ? effects.end : effects.head;
  if (!effect || !named) return undefined;
  return { node: candidate.node, loc: candidate.loc, api: candidate.api, effect, sent: named, again: named.call === candidate.node };
}

/** The innermost loop of `owner`'s own code that a node is in (a loop around `owner` does not count). */
function loopAround(node: TSESTree.Node, owner: TSESTree.Node): TSESTree.Node | undefined {
  for (let parent = node.parent; parent && parent !== owner; parent = parent.parent) {
    if (isLoop(parent) && parent.range[0] >= owner.range[0] && parent.range[1] <= owner.range[1]) return parent;
  }
  return undefined;
}

