import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import type { BodyEffects } from '../frameworks/types.js';

import { isFunction, memberName, skipWrappers, stringValue } from './ast.js';
import { Dispatcher, type NodeListeners } from './dispatch.js';
import { FlowGraphs, statusesAtUses, useOf, type FlowOp, type Position, type Reaching } from './flow.js';
import { registry, type Kind, type NameSets } from './registry.js';
import { FileResolver, kindsDeclaredIn, type TypedServices } from './resolver.js';
import { MATCHERS, SiteFinder, type BodySite, type ComparedValues, type HeaderSet, type StatusSite } from './sites.js';

export type { BodySite, ComparedValues, HeaderSet, StatusSite } from './sites.js';
export type { Reaching } from './flow.js';
export type { StaticValue } from './resolver.js';
export type { NodeListeners } from './dispatch.js';

type Variable = TSESLint.Scope.Variable;

/**
 * The shared analysis of one file, created once per parse. The dispatcher (./dispatch.ts) asks
 * it for the sites of each node once and hands them to the rules; rules ask it about bodies,
 * headers and the flow of statuses, and every answer is cached per node, variable or function.
 */
export class FileAnalysis {
  private lazyResolver: FileResolver | undefined;
  private lazyFinder: SiteFinder | undefined;
  private lazyGraphs: FlowGraphs | undefined;
  private readonly sites = new Map<TSESTree.Node, readonly StatusSite[]>();
  private readonly bodies = new Map<TSESTree.Node, BodySite | null>();
  /**
   * The file's top-level bindings to values from framework modules, by name, and whether each is
   * a function that acts when called (resolved on the first bare call of that name).
   */
  private topLevelBindings: Map<string, { identifier: TSESTree.Identifier; acts?: boolean }> | undefined;
  private readonly flows = new Map<string, Map<TSESTree.Node, readonly Reaching<StatusSite>[]> | null>();

  constructor(
    private readonly sourceCode: Readonly<TSESLint.SourceCode>,
    private readonly filename: string,
    /** The names worth a closer look in this file (`namesInFile`); `undefined` when it has no framework object at all. */
    private readonly names: NameSets | undefined,
  ) {}

  // Built on first use: most files have no framework object, and never need them.
  get resolver(): FileResolver {
    return (this.lazyResolver ??= new FileResolver(this.sourceCode, this.filename));
  }

  private get finder(): SiteFinder {
    return (this.lazyFinder ??= new SiteFinder(this.resolver));
  }

  /** The control-flow graphs of the file's functions, built when a rule first asks about one. */
  private get graphs(): FlowGraphs {
    return (this.lazyGraphs ??= new FlowGraphs(this.sourceCode.visitorKeys));
  }

  /**
   * Whether a bare call or `new` of this name can act on a response: a framework global, a method
   * name (destructured: `({ json }) => json(x)`), or a top-level binding that resolves to such a
   * function (`import { setResponseStatus } from 'h3'`). Most bare calls in real code are none of
   * these (`test()`, `new Error()`), and resolving their callees would cost a scope lookup each.
   */
  private isBareCallName(name: string): boolean {
    if (BARE_CALL_NAMES.has(name)) return true;
    this.topLevelBindings ??= new Map([...frameworkBindings(this.sourceCode.ast)].map((identifier) => [identifier.name, { identifier }]));
    const binding = this.topLevelBindings.get(name);
    if (!binding) return false;
    if (binding.acts === undefined) {
      const kind = this.resolver.bindingKind(binding.identifier);
      binding.acts = !!kind && registry.actsWhenCalled(kind);
    }
    return binding.acts;
  }

  /** Whether the file can hold a framework object at all; if not, no rule needs to visit it. */
  get relevant(): boolean {
    return this.names !== undefined;
  }

  /**
   * Which nodes can matter in this file: calls of member names that may set a status or send a
   * body, assignments to status or body properties, returns only where a handler's return value
   * is its body (Fastify), comparisons only where something has a status to read. The
   * dispatcher tests these before anything else. One object per set of names.
   */
  get visits(): Visits | undefined {
    return this.names && visitsOf(this.names);
  }

  /**
   * The status sites of a comparison, `switch` or test matcher (`expect(res.status).toBe(404)`)
   * with a status read, for the compared values some rule wants. Not cached: the dispatcher
   * visits each once.
   */
  comparisonSites(node: TSESTree.BinaryExpression | TSESTree.SwitchStatement | TSESTree.CallExpression, wanted: ComparedValues): readonly StatusSite[] {
    if (!this.names || this.names.statusReads.size === 0) return NONE;
    if (node.type === AST_NODE_TYPES.SwitchStatement) return this.finder.switchCases(node, wanted);
    if (node.type === AST_NODE_TYPES.CallExpression) return this.finder.matcher(node, wanted);
    return this.finder.comparison(node, wanted);
  }

  /** The status sites of a call, `new` or assignment. */
  sitesOf(node: TSESTree.Node): readonly StatusSite[] {
    if (!this.names || !this.maySet(node, this.names)) return NONE;
    let sites = this.sites.get(node);
    if (!sites) {
      sites = this.find(node);
      this.sites.set(node, sites);
    }
    return sites;
  }

  /** The body a call, `new` or assignment sends, with no `null`/`undefined` bodies. */
  bodyOf(node: TSESTree.CallExpression | TSESTree.NewExpression | TSESTree.AssignmentExpression): BodySite | undefined {
    if (!this.names || !this.maySend(node, this.names)) return undefined;
    let body = this.bodies.get(node);
    if (body === undefined) {
      body = this.finder.body(node) ?? null;
      this.bodies.set(node, body);
    }
    return body ?? undefined;
  }

  /** The cheap test before the cached lookup of a body, as `maySet` is for statuses. */
  private maySend(node: TSESTree.CallExpression | TSESTree.NewExpression | TSESTree.AssignmentExpression, names: NameSets): boolean {
    if (node.type === AST_NODE_TYPES.NewExpression) return this.mayConstruct(node);
    if (node.type === AST_NODE_TYPES.AssignmentExpression) {
      const name = node.operator === '=' && node.left.type === AST_NODE_TYPES.MemberExpression ? memberName(node.left) : undefined;
      return name !== undefined && names.bodyProperties.has(name);
    }
    const callee = skipWrappers(node.callee);
    if (callee.type === AST_NODE_TYPES.Identifier) return this.isBareCallName(callee.name);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return callee.type === AST_NODE_TYPES.CallExpression;
    const name = memberName(callee);
    return name !== undefined && names.bodyMethods.has(name);
  }

  /**
   * The statuses set in the same expression as a call: by the call itself (`c.json(x, 204)`) or
   * by the calls chained with it (`res.status(204).json(x)`, `h.response(x).code(204)`), in
   * chain order.
   */
  chainStatuses(node: TSESTree.CallExpression | TSESTree.NewExpression): StatusSite[] {
    return chainCalls(node).flatMap((call) => this.sitesOf(call).filter((site) => site.role === 'status'));
  }

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
    const add = (call: TSESTree.CallExpression | TSESTree.NewExpression, into = result): void => {
      const headers = this.finder.headers(call);
      for (const name of headers.names) into.names.add(name);
      into.unknown ||= headers.unknown;
    };
    const owner = site.owner;
    let send: TSESTree.Node | undefined;
    if (owner.type === AST_NODE_TYPES.CallExpression || owner.type === AST_NODE_TYPES.NewExpression) {
      const chain = chainCalls(owner);
      for (const call of chain) {
        add(call);
        if (chain.indexOf(call) >= chain.indexOf(owner) && this.sendsHead(call)) {
          send = chainTop(owner);
          break;
        }
      }
    }
    if (site.role === 'error') return result;
    const variable = this.responseVariable(owner);
    if (!variable) {
      // A built response handed straight to other code (`return wrap(new Response(…))`).
      result.unknown ||= isArgument(chainTop(owner));
      return result;
    }
    const sendPosition = send && this.graphs.positionOf(send);
    const ops: { op: FlowOp<string>; position: Position }[] = [];
    for (const reference of variable.references) {
      const use = this.useOf(reference.identifier as TSESTree.Identifier);
      if (use.type === 'other' || use.node === send) continue;
      const position = sendPosition && this.graphs.positionOf(use.node);
      const ordered = position?.graph === sendPosition?.graph;
      if (use.type === 'escape') {
        if (position && ordered) ops.push({ op: { type: 'escape', node: use.node }, position });
        else result.unknown = true;
        continue;
      }
      if (use.type !== 'chain' || use.node.type !== AST_NODE_TYPES.CallExpression) continue;
      const headers: HeaderSet = { names: new Set(), unknown: false };
      for (const call of chainCalls(use.node)) add(call, headers);
      // Uses that cannot be placed before or after the send count, as before.
      if (!position || !ordered) {
        for (const name of headers.names) result.names.add(name);
        result.unknown ||= headers.unknown;
        continue;
      }
      if (headers.unknown) ops.push({ op: { type: 'escape', node: use.node }, position });
      for (const name of headers.names) ops.push({ op: { type: 'status', node: use.node, status: name }, position });
    }
    if (sendPosition && ops.length > 0) {
      ops.push({ op: { type: 'use', node: send as TSESTree.Node }, position: sendPosition });
      // Headers accumulate: follow each name on its own, so that one set does not hide another.
      for (const name of new Set(ops.flatMap(({ op }) => (op.type === 'status' ? [op.status] : [])))) {
        const own = ops.filter(({ op }) => op.type !== 'status' || op.status === name);
        const reaching = statusesAtUses(sendPosition.graph, own, { type: 'initial' }).get(send as TSESTree.Node) ?? [];
        if (reaching.some((value) => value.type === 'status')) {
          result.names.add(name);
        } else {
          const first = own.find(({ op }) => op.type === 'status');
          result.late ??= new Map();
          if (first) result.late.set(name, first.op.node);
        }
      }
      const reaching = statusesAtUses(sendPosition.graph, ops.filter(({ op }) => op.type !== 'status'), { type: 'initial' }).get(send as TSESTree.Node);
      if (reaching?.some((value) => value.type === 'unknown')) result.unknown = true;
    }
    return result;
  }

  /**
   * How a response variable is used at a reference (see `useOf`), where passing it to a
   * function-style API that works on it (h3's `setResponseHeader(event, …)`) is an operation on
   * it, not an escape to unknown code.
   */
  private useOf(identifier: TSESTree.Identifier): ReturnType<typeof useOf> {
    const use = useOf(identifier);
    if (use.type === 'escape' && this.responseArgument(use.node) === identifier) return { type: 'chain', node: use.node };
    return use;
  }

  /** `event` in `setResponseStatus(event, 401)`: the argument a function-style API works on. */
  private responseArgument(node: TSESTree.Node): TSESTree.Identifier | undefined {
    if (node.type !== AST_NODE_TYPES.CallExpression || node.callee.type !== AST_NODE_TYPES.Identifier) return undefined;
    if (!this.isBareCallName(node.callee.name)) return undefined;
    const kind = this.resolver.kindOf(node.callee);
    const index = kind && registry.call(kind)?.response;
    const argument = index === undefined ? undefined : node.arguments[index];
    return argument?.type === AST_NODE_TYPES.Identifier ? argument : undefined;
  }

  private sendsHead(call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
    if (call.type !== AST_NODE_TYPES.CallExpression) return false;
    const kind = this.resolver.kindOf(call.callee);
    return !!kind && !!registry.call(kind)?.sendsHead;
  }

  /**
   * The variable that holds the response a site works on: the handler parameter or local at the
   * base of `res.status(401)` / `ctx.status = 401`, or the `const` a built response is stored in.
   */
  private responseVariable(owner: TSESTree.Node): ReturnType<FileResolver['variableOf']> {
    const base = this.responseArgument(owner) ?? baseIdentifier(owner);
    const variable = base && this.resolver.variableOf(base);
    const def = variable?.defs[0];
    if (def && (def.type === 'Parameter' || (def.type === 'Variable' && def.node.id === def.name))) return variable;
    const top = chainTop(owner);
    const parent = top.parent;
    if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === top && parent.id.type === AST_NODE_TYPES.Identifier) {
      return this.resolver.variableOf(parent.id);
    }
    return undefined;
  }

  /**
   * The statuses that may be current, along the code paths into it, when a call or assignment
   * operates on a response variable: `res.status(204); … res.json(x)`. Undefined when the
   * response cannot be followed (no variable, or it is handed to other code in ways we cannot
   * order).
   */
  statusesReaching(owner: TSESTree.Node): readonly Reaching<StatusSite>[] | undefined {
    const base = this.responseArgument(owner) ?? baseIdentifier(owner);
    const variable = base && this.resolver.variableOf(base);
    if (!variable) return undefined;
    if (!this.setsStatusAnywhere(variable)) return [];
    const position = this.graphs.positionOf(chainTop(owner));
    if (!position) return undefined;
    const key = `${position.graph.id}\0${variable.scope.block.range.join(':')}\0${variable.name}`;
    let flow = this.flows.get(key);
    if (flow === undefined) {
      flow = this.computeFlow(variable, position) ?? null;
      this.flows.set(key, flow);
    }
    return flow?.get(chainTop(owner));
  }

  /**
   * For a body whose response is sent only when the handler is done (Koa's `ctx.body = x`, a
   * hapi `h.response(x)` kept in a variable), the statuses set on that response after it, along
   * the code paths from the body: the one in force when the response goes out may be any of
   * them. Empty when the response cannot be followed.
   */
  statusesAfter(body: BodySite): StatusSite[] {
    if (!body.sentWhenDone || body.owner.type === AST_NODE_TYPES.ReturnStatement) return [];
    const owner = body.owner;
    // Koa: the context the body is assigned on. hapi: the variable the built response is kept in.
    const variable =
      owner.type === AST_NODE_TYPES.AssignmentExpression ? this.responseVariable(owner) : this.declaredVariable(chainTop(owner));
    if (!variable || !this.setsStatusAnywhere(variable)) return [];
    const at = this.graphs.positionOf(chainTop(owner));
    if (!at) return [];
    const ops: { op: FlowOp<BodySite>; position: Position }[] = [];
    if (owner.type !== AST_NODE_TYPES.AssignmentExpression) ops.push({ op: { type: 'status', node: owner, status: body }, position: at });
    const statuses = new Map<TSESTree.Node, StatusSite>();
    const uses = this.placedUses(variable, at);
    if (!uses) return [];
    for (const { use, position } of uses) {
      if (use.type === 'escape') {
        ops.push({ op: { type: 'escape', node: use.node }, position });
        continue;
      }
      const node = use.node as TSESTree.CallExpression | TSESTree.AssignmentExpression;
      const status = this.statusSetBy(node);
      const sent = node === owner ? body : this.bodyOf(node);
      if (sent) ops.push({ op: { type: 'status', node, status: sent }, position });
      else if (node.type === AST_NODE_TYPES.AssignmentExpression && this.setsNoBody(node)) ops.push({ op: { type: 'reset', node }, position });
      if (status) {
        statuses.set(node, status);
        ops.push({ op: { type: 'use', node }, position: { ...position, seq: position.seq + 0.5 } });
      }
    }
    const reaching = statusesAtUses(at.graph, ops, this.initialState(variable, at));
    const after: StatusSite[] = [];
    for (const [node, status] of statuses) {
      if (reaching.get(node)?.some((value) => value.type === 'status' && value.status === body)) after.push(status);
    }
    return after;
  }

  /** `ctx.body = null`: an assignment to a body property that clears the body. */
  private setsNoBody(node: TSESTree.AssignmentExpression): boolean {
    const name = node.left.type === AST_NODE_TYPES.MemberExpression ? memberName(node.left) : undefined;
    return name !== undefined && !!this.names?.bodyProperties.has(name) && this.resolver.isNullish(node.right);
  }

  /** The `const` a value is stored in: `const response = h.response(x)`. */
  private declaredVariable(node: TSESTree.Node): ReturnType<FileResolver['variableOf']> {
    const parent = node.parent;
    if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === node && parent.id.type === AST_NODE_TYPES.Identifier) {
      return this.resolver.variableOf(parent.id);
    }
    return undefined;
  }

  /**
   * For a `return value` in a handler whose return value is the body (Fastify), that handler's
   * effects and the statuses its response may have there. Undefined for other returns.
   */
  returnedBody(node: TSESTree.ReturnStatement): { effects: BodyEffects; reaching: readonly Reaching<StatusSite>[] } | undefined {
    let fn: TSESTree.Node | undefined = node.parent;
    while (fn && !isFunction(fn)) fn = fn.parent;
    const returnsBody = fn && isFunction(fn) ? this.resolver.handlerOf(fn)?.returnsBody : undefined;
    const param = returnsBody && fn && isFunction(fn) ? fn.params[returnsBody.response] : undefined;
    const variable = param?.type === AST_NODE_TYPES.Identifier ? this.resolver.variableOf(param) : undefined;
    if (!returnsBody || !variable) return undefined;
    if (!this.setsStatusAnywhere(variable)) return { effects: returnsBody.effects, reaching: [] };
    const position = this.graphs.positionOf(node);
    if (!position) return undefined;
    const flow = this.computeFlow(variable, position, node);
    return { effects: returnsBody.effects, reaching: flow?.get(node) ?? [] };
  }

  private computeFlow(
    variable: Variable,
    at: Position,
    extraUse?: TSESTree.Node,
  ): Map<TSESTree.Node, readonly Reaching<StatusSite>[]> | undefined {
    const ops: { op: FlowOp<StatusSite>; position: Position }[] = [];
    if (extraUse) ops.push({ op: { type: 'use', node: extraUse }, position: at });
    const uses = this.placedUses(variable, at);
    if (!uses) return undefined;
    for (const { use, position } of uses) {
      const status = use.type === 'escape' ? undefined : this.statusSetBy(use.node as TSESTree.CallExpression | TSESTree.AssignmentExpression);
      const op: FlowOp<StatusSite> =
        use.type === 'escape' ? { type: 'escape', node: use.node } : status ? { type: 'status', node: use.node, status } : { type: 'use', node: use.node };
      ops.push({ op, position });
    }
    return statusesAtUses(at.graph, ops, this.initialState(variable, at));
  }

  /**
   * The uses of a response variable that operate on it or hand it on, in the function of `at`,
   * with their positions. Undefined when some use cannot be placed (an alias, a return): the
   * order is then unknowable.
   */
  private placedUses(variable: Variable, at: Position): { use: ReturnType<typeof useOf>; position: Position }[] | undefined {
    const placed: { use: ReturnType<typeof useOf>; position: Position }[] = [];
    for (const reference of variable.references) {
      const use = this.useOf(reference.identifier as TSESTree.Identifier);
      if (use.type === 'other') continue;
      const position = this.graphs.positionOf(use.node);
      if (!position) return undefined;
      if (position.graph === at.graph) placed.push({ use, position });
    }
    return placed;
  }

  /**
   * Whether some use of a response variable, in any function, sets a status. If none does, no
   * status can reach any point of the code, and the flow needs no graph: most handlers that send
   * a body set no status on the variable, or set it in the same chain.
   */
  private setsStatusAnywhere(variable: Variable): boolean {
    return variable.references.some((reference) => {
      const use = this.useOf(reference.identifier as TSESTree.Identifier);
      return use.type !== 'other' && use.type !== 'escape' && !!this.statusSetBy(use.node as TSESTree.CallExpression | TSESTree.AssignmentExpression);
    });
  }

  /** A response declared in this function starts with no status (or body); one from outside, unknown. */
  private initialState<S>(variable: Variable, at: Position): Reaching<S> {
    return at.graph.owner === variable.scope.block ? { type: 'initial' } : { type: 'unknown' };
  }

  /** The status an assignment or call chain leaves on the response: the last it sets. */
  private statusSetBy(node: TSESTree.CallExpression | TSESTree.AssignmentExpression): StatusSite | undefined {
    const sites = node.type === AST_NODE_TYPES.AssignmentExpression ? this.sitesOf(node) : this.chainStatuses(node);
    return sites.findLast((site) => site.role === 'status');
  }

  /**
   * The cheap test before the cached lookup, for the nodes most code is made of: a call whose
   * method no framework has, an assignment to a property that is no status.
   */
  private maySet(node: TSESTree.Node, names: NameSets): boolean {
    if (node.type === AST_NODE_TYPES.CallExpression) {
      const callee = skipWrappers(node.callee);
      if (callee.type === AST_NODE_TYPES.Identifier) return this.isBareCallName(callee.name);
      // `createError(401)()`; not `super()`, `(() => …)()` or `(0, f)()`, which no table names.
      if (callee.type !== AST_NODE_TYPES.MemberExpression) return callee.type === AST_NODE_TYPES.CallExpression;
      const name = memberName(callee);
      if (name === undefined) return false;
      return names.sinkMethods.has(name) && registry.maySetWith(name, node.arguments);
    }
    if (node.type === AST_NODE_TYPES.AssignmentExpression) {
      const name = node.operator === '=' && node.left.type === AST_NODE_TYPES.MemberExpression ? memberName(node.left) : undefined;
      return name !== undefined && names.statusProperties.has(name);
    }
    if (node.type === AST_NODE_TYPES.NewExpression) return this.mayConstruct(node);
    return true;
  }

  /** `new Response()`, `new HTTPException()`, `new ws.WebSocket()`; not `new Error()`, `new Map()` or `new events.EventEmitter()`. */
  private mayConstruct(node: TSESTree.NewExpression): boolean {
    const callee = skipWrappers(node.callee);
    if (callee.type === AST_NODE_TYPES.Identifier) return this.isBareCallName(callee.name);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return true;
    const name = memberName(callee);
    return name !== undefined && registry.constructorMembers.has(name);
  }

  private find(node: TSESTree.Node): readonly StatusSite[] {
    switch (node.type) {
      case AST_NODE_TYPES.CallExpression:
        return this.finder.call(node);
      case AST_NODE_TYPES.NewExpression:
        return this.finder.construct(node);
      case AST_NODE_TYPES.AssignmentExpression:
        return this.finder.assignment(node);
      default:
        return NONE;
    }
  }
}

const NONE: readonly StatusSite[] = Object.freeze([]);

/** `res` in `res.status(204).json(x)` or `ctx.response.status = 204`. */
function baseIdentifier(owner: TSESTree.Node): TSESTree.Identifier | undefined {
  let node: TSESTree.Node | undefined =
    owner.type === AST_NODE_TYPES.AssignmentExpression ? owner.left : owner.type === AST_NODE_TYPES.CallExpression ? owner.callee : undefined;
  while (node) {
    node = skipWrappers(node);
    if (node.type === AST_NODE_TYPES.Identifier) return node;
    if (node.type === AST_NODE_TYPES.MemberExpression) node = node.object;
    else if (node.type === AST_NODE_TYPES.CallExpression) node = node.callee;
    else return undefined;
  }
  return undefined;
}

/** The calls of a chain in the order they run: `res.status(204).json(x)` gives `status(…)`, then `json(…)`. */
function chainCalls(node: TSESTree.Node): (TSESTree.CallExpression | TSESTree.NewExpression)[] {
  const calls: (TSESTree.CallExpression | TSESTree.NewExpression)[] = [];
  let current: TSESTree.Node | undefined = chainTop(node);
  while (current?.type === AST_NODE_TYPES.CallExpression || current?.type === AST_NODE_TYPES.NewExpression) {
    calls.unshift(current);
    const callee: TSESTree.Node | undefined = current.type === AST_NODE_TYPES.CallExpression ? skipWrappers(current.callee) : undefined;
    current = callee?.type === AST_NODE_TYPES.MemberExpression ? skipWrappers(callee.object) : undefined;
  }
  return calls;
}

function isArgument(node: TSESTree.Node): boolean {
  const parent = node.parent;
  return (parent?.type === AST_NODE_TYPES.CallExpression || parent?.type === AST_NODE_TYPES.NewExpression) && parent.callee !== node;
}

/** The outermost call of the chain a call belongs to (`res.status(204).json(x)` for either call). */
function chainTop(node: TSESTree.Node): TSESTree.Node {
  let top = node;
  for (;;) {
    let parent = top.parent;
    while (parent?.type === AST_NODE_TYPES.ChainExpression || parent?.type === AST_NODE_TYPES.TSNonNullExpression) parent = parent.parent;
    if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.parent.type === AST_NODE_TYPES.CallExpression && parent.parent.callee === parent) {
      top = parent.parent;
    } else {
      return top;
    }
  }
}

/** What the dispatcher visits in a file with these names (see `FileAnalysis.visits`). */
export interface Visits {
  /** Member names of calls that may set a status or send a body; calls of other names are not looked at. */
  callNames: ReadonlySet<string>;
  /** Property names whose assignment may set a status or a body; none: assignments are not visited. */
  assignedNames: ReadonlySet<string>;
  /** Whether returns are visited: only where a handler's return value is its body (Fastify). */
  returns: boolean;
  /**
   * Whether `new` and bare calls of other names than `callNames` (`setResponseStatus(…)`) are
   * visited: only where some value acts when called or constructed.
   */
  acts: boolean;
  /** Whether comparisons, `switch` and test matchers are visited: only where something has a status to read. */
  comparisons: boolean;
  /**
   * What the text of a file with a site must mention, when every site is found by a name (no
   * value acts when called, no handler returns its body): one of these words (the member and
   * property names above). `undefined`: every file needs a look.
   */
  mentions: readonly string[] | undefined;
}

const visitsByNames = new WeakMap<NameSets, Visits>();

/**
 * The names a site of these names is found by, without those that contain another (`statusCode`
 * is found by `status`). Comparisons and test matchers need no word of their own: the status
 * they compare is read through a member the tables name (`res.status`, `const { statusCode } =
 * req`), in the same file, also when a variable holds it (`code === 404`). A variable that only
 * says so (`httpStatus`, a parameter) holds no response's status.
 */
function mentionsOf(names: NameSets): readonly string[] {
  const words = [...new Set([...names.sinkMethods, ...names.bodyMethods, ...names.statusProperties, ...names.bodyProperties, ...names.statusReads])];
  return words.filter((word) => !words.some((other) => other !== word && word.includes(other)));
}

/** Whether a file's text mentions a name its sites would be found by (plain searches, no patterns). */
function isMentioned(text: string, words: readonly string[]): boolean {
  return words.some((word) => text.includes(word));
}

function visitsOf(names: NameSets): Visits {
  let visits = visitsByNames.get(names);
  if (!visits) {
    const comparisons = names.statusReads.size > 0;
    visits = {
      // Test matchers are comparisons: only where something has a status to read.
      callNames: new Set([...names.sinkMethods, ...names.bodyMethods, ...(comparisons ? MATCHERS : [])]),
      assignedNames: new Set([...names.statusProperties, ...names.bodyProperties]),
      returns: names.returnsBody,
      acts: names.acts,
      comparisons,
      mentions: names.acts || names.returnsBody ? undefined : mentionsOf(names),
    };
    visitsByNames.set(names, visits);
  }
  return visits;
}

/** Names a bare call may resolve to a framework function by in any file: globals that act when called, and method names. */
const BARE_CALL_NAMES: ReadonlySet<string> = new Set([
  ...[...registry.globals].filter(([, global]) => registry.actsWhenCalled(global.kind)).map(([name]) => name),
  ...registry.sinkMethods,
  ...registry.bodyMethods,
]);

/**
 * The names the analysis needs to look at in this file, or `undefined` when no framework object
 * can occur in it, or its text mentions none of the names a site of one would be found by. Every
 * kind the resolver finds starts at an import or `require()` of a framework module, a framework
 * global (`Response`, `fetch`, `WebSocket`, Nitro's auto-imports), a file convention (Next.js
 * `pages/api/`), or a type from the type checker; the names are those reachable from the ones the
 * file has (a file that only imports `ws` has no `json()` to check). Reads only the top level of
 * the program, the global scope, which ESLint has already built, and the text.
 */
function namesInFile(sourceCode: Readonly<TSESLint.SourceCode>, filename: string): NameSets | undefined {
  const globalScope = sourceCode.scopeManager?.globalScope;
  if (!globalScope) return registry;
  // With types, a value may be of any framework type the program declares, whatever the syntax
  // says: those kinds are every file's baseline, and the file's syntax can only add to them.
  const program = (sourceCode.parserServices as Partial<TypedServices> | undefined)?.program;
  const baseline = program ? typedBaseline(program) : UNTYPED;
  // Hot: this runs for every file, and most add nothing to the baseline. No allocation until a
  // kind beyond it is found; every lookup here is a first read of memory ESLint has just written.
  let added: Kind[] | undefined;
  const add = (kind: Kind | undefined): void => {
    if (kind && !baseline.kinds.has(kind)) (added ??= []).push(kind);
  };
  const addModule = (module: unknown): void => {
    // Relative imports are the project's own: no table names one.
    if (typeof module !== 'string' || module.charCodeAt(0) === DOT) return;
    // Annotations also name types of type-only packages (`next`'s NextApiResponse).
    for (const kind of registry.moduleKinds.get(module) ?? NO_KINDS) add(kind);
  };
  const addRequire = (identifier: TSESTree.Node): void => {
    const call = identifier.parent;
    if (call?.type === AST_NODE_TYPES.CallExpression && call.callee === identifier && call.arguments[0]) {
      addModule(stringValue(call.arguments[0]));
    }
  };
  const filePath = filename.includes('\\') ? filename.replaceAll('\\', '/') : filename;
  for (const { convention } of registry.files) {
    if (convention.path.test(filePath)) for (const id of convention.params) if (id) add(registry.kind(id));
  }
  for (const statement of sourceCode.ast.body) {
    if (statement.type === AST_NODE_TYPES.ImportDeclaration) addModule(statement.source.value);
  }
  // `await import('hono')` (not `import('./x')` in a JSDoc type). Searching for `mport(` and
  // reading on from there is three times faster than searching for `import(` or with a regular
  // expression: `m` is rarer in code than `i`, which the search starts from.
  const text = sourceCode.text;
  for (let at = text.indexOf('mport('); at !== -1; at = text.indexOf('mport(', at + 6)) {
    if (text[at - 1] !== 'i' || IDENTIFIER_CHAR.test(text[at - 2] ?? '')) continue;
    MODULE_ARGUMENT.lastIndex = at + 6;
    addModule(MODULE_ARGUMENT.exec(text)?.[1]);
  }
  // Globals the configuration declares resolve to variables of the global scope, the others
  // stay unresolved (`through`). A type that names a global (`res: Response`) is no use of its
  // value: the syntax gives no kind to a global type, and with types the program's are the baseline.
  for (const reference of globalScope.set.get('require')?.references ?? NO_REFERENCES) addRequire(reference.identifier);
  for (const name of baseline.globals) {
    if (globalScope.set.get(name)?.references.some(isValueUse)) add(registry.global(name, filePath));
  }
  for (const reference of globalScope.through) {
    if (!isValueUse(reference)) continue;
    const { identifier } = reference;
    if (identifier.name === 'require') addRequire(identifier);
    else add(registry.global(identifier.name, filePath));
  }
  const names = added ? registry.namesFrom(baseline.kinds.size > 0 ? [...baseline.kinds, ...added] : added) : baseline.names;
  // Last, as the dearest test (a scan of the text): with types, most files of a program reach
  // this point with the baseline's names (the DOM's Response) and mention none of them.
  const mentions = names && visitsOf(names).mentions;
  return !mentions || isMentioned(text, mentions) ? names : undefined;
}

/**
 * What every file of a program starts from: the kinds whose types the program declares, the
 * names reachable from them (`undefined` if none), and the framework globals whose kinds are not
 * among them (the others need no look).
 */
interface Baseline {
  kinds: ReadonlySet<Kind>;
  names: NameSets | undefined;
  globals: readonly string[];
}

const UNTYPED: Baseline = { kinds: new Set(), names: undefined, globals: [...registry.globals.keys()] };
const baselines = new WeakMap<object, Baseline>();

/** Once per program: its files change only when the project does. */
function typedBaseline(program: TypedServices['program']): Baseline {
  let baseline = baselines.get(program);
  if (!baseline) {
    const kinds = new Set(kindsDeclaredIn(program));
    baseline = {
      kinds,
      names: kinds.size > 0 ? registry.namesFrom(kinds) : undefined,
      globals: [...registry.globals].filter(([, global]) => !kinds.has(global.kind)).map(([name]) => name),
    };
    baselines.set(program, baseline);
  }
  return baseline;
}

/** A reference to a value, not only to a type (typescript-eslint tells them apart; ESLint's own scopes have values only). */
const isValueUse = (reference: TSESLint.Scope.Reference): boolean => (reference as { isValueReference?: boolean }).isValueReference !== false;

const DOT = 46;
const NO_REFERENCES: readonly TSESLint.Scope.Reference[] = [];
const NO_KINDS: readonly Kind[] = [];
const IDENTIFIER_CHAR = /[\w$]/;
/** The module a dynamic import names, read from just after its `(`. */
const MODULE_ARGUMENT = /\s*['"`]([^'"`]+)['"`]/y;

/**
 * The identifiers the file binds at the top level to values from framework modules: imports
 * from them, and declarations whose value starts at a `require()` or `import()` of one or at such
 * a binding (`const { createError } = require('h3')`, `const kit = await import('@sveltejs/kit')`).
 */
function* frameworkBindings(program: TSESTree.Program): Generator<TSESTree.Identifier> {
  const bound = new Set<string>();
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ImportDeclaration) {
      if (!registry.modules.has(statement.source.value)) continue;
      for (const { local } of statement.specifiers) {
        bound.add(local.name);
        yield local;
      }
    } else if (statement.type === AST_NODE_TYPES.VariableDeclaration) {
      for (const declarator of statement.declarations) {
        if (!declarator.init || !isFrameworkValue(declarator.init, bound)) continue;
        for (const identifier of bindingIdentifiers(declarator.id)) {
          bound.add(identifier.name);
          yield identifier;
        }
      }
    }
  }
}

/** Whether an expression's value starts at a framework module or at one of these bindings (by syntax). */
function isFrameworkValue(expression: TSESTree.Node, bound: ReadonlySet<string>): boolean {
  let node = skipWrappers(expression);
  for (;;) {
    if (node.type === AST_NODE_TYPES.AwaitExpression) node = skipWrappers(node.argument);
    else if (node.type === AST_NODE_TYPES.MemberExpression) node = skipWrappers(node.object);
    else if (node.type === AST_NODE_TYPES.ImportExpression) return isFrameworkModule(stringValue(node.source));
    else if (node.type !== AST_NODE_TYPES.CallExpression) break;
    else if (node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === 'require') return isFrameworkModule(node.arguments[0] && stringValue(node.arguments[0]));
    else node = skipWrappers(node.callee);
  }
  return node.type === AST_NODE_TYPES.Identifier && bound.has(node.name);
}

const isFrameworkModule = (module: string | undefined): boolean => module !== undefined && registry.modules.has(module);

function* bindingIdentifiers(pattern: TSESTree.Node): Generator<TSESTree.Identifier> {
  switch (pattern.type) {
    case AST_NODE_TYPES.Identifier:
      yield pattern;
      break;
    case AST_NODE_TYPES.ObjectPattern:
      for (const property of pattern.properties) {
        yield* bindingIdentifiers(property.type === AST_NODE_TYPES.Property ? property.value : property.argument);
      }
      break;
    case AST_NODE_TYPES.AssignmentPattern:
      yield* bindingIdentifiers(pattern.left);
      break;
    default:
      break;
  }
}

/**
 * The file being linted: the names worth a look in it, its analysis (created when a rule first
 * asks), and the dispatcher of its current lint pass. ESLint and oxlint lint one file at a time
 * in a thread (every rule of a pass is created, and every listener has run, before the next file
 * starts), so one slot serves every lookup; a miss would only compute it again. It is keyed by
 * the file's Program node: the SourceCode object would do for ESLint, but oxlint hands every file
 * the same SourceCode (and the same context prototype), changing only what they hold; a new parse
 * always gives a new Program.
 */
let current: { program: TSESTree.Program; names: NameSets | undefined; analysis?: FileAnalysis; pass?: object; dispatcher?: Dispatcher } | undefined;

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

function fileOf(context: Context): NonNullable<typeof current> {
  const { sourceCode } = context;
  if (current?.program !== sourceCode.ast) current = { program: sourceCode.ast, names: namesInFile(sourceCode, context.filename) };
  return current;
}

/** The analysis of the file being linted, created once per parse and shared by all rules. */
export function getFileAnalysis(context: Context): FileAnalysis {
  const file = fileOf(context);
  return (file.analysis ??= new FileAnalysis(context.sourceCode, context.filename, file.names));
}

/**
 * Whether a framework object can occur in the file being linted at all. Every rule of the plugin
 * works through the analysis, so in most files (no framework module, global, file convention or
 * type) none needs to be created: `createRule` returns no listeners for them.
 */
export function mayHaveFrameworkObjects(context: Context): boolean {
  return fileOf(context).names !== undefined;
}

/**
 * The rule's share of the one traversal of this lint pass: `subscribe` registers the rule with
 * the pass's dispatcher; the first rule of the pass returns the dispatcher's listeners, the
 * others nothing. ESLint builds every rule context of a pass on one shared file context (its
 * prototype), which tells a second pass over the same file from the first.
 */
function dispatch(context: Context, subscribe: (dispatcher: Dispatcher) => void): TSESLint.RuleListener {
  const file = fileOf(context);
  const prototype: unknown = Object.getPrototypeOf(context);
  const pass = prototype && prototype !== Object.prototype ? (prototype as object) : context;
  if (file.dispatcher && file.pass === pass) {
    subscribe(file.dispatcher);
    return {};
  }
  if (!file.names) return {};
  const dispatcher = new Dispatcher(getFileAnalysis(context));
  file.pass = pass;
  file.dispatcher = dispatcher;
  subscribe(dispatcher);
  return dispatcher.listeners();
}

/**
 * The listeners a rule returns to see every HTTP status site of the file, in source order;
 * comparisons only with the values `comparedValues` accepts (none without it).
 */
export function statusSiteListeners(context: Context, onSite: (site: StatusSite) => void, comparedValues?: ComparedValues): TSESLint.RuleListener {
  return analysisListeners(context, { StatusSite: onSite, comparedValues });
}

/** The listeners a rule returns to see every WebSocket close code of the file. */
export function closeSiteListeners(context: Context, onSite: (site: StatusSite) => void): TSESLint.RuleListener {
  return analysisListeners(context, { CloseSite: onSite });
}

/**
 * The listeners a rule returns to see status and close sites, to visit calls, `new`,
 * assignments and returns itself, and to finish at `Program:exit` (when the file's status sites
 * are all known).
 */
export function analysisListeners(context: Context, listeners: NodeListeners): TSESLint.RuleListener {
  return dispatch(context, (dispatcher) => dispatcher.on(listeners));
}
