import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import type { BodyEffects } from '../frameworks/types.js';

import { isFunction, skipWrappers } from './ast.js';
import { FlowRecorder, statusesAtUses, useOf, type FlowOp, type Position, type Reaching } from './flow.js';
import { registry } from './registry.js';
import { FileResolver } from './resolver.js';
import { SiteFinder, type BodySite, type HeaderSet, type StatusSite } from './sites.js';

export type { BodySite, HeaderSet, StatusSite } from './sites.js';
export type { Reaching } from './flow.js';
export type { StaticValue } from './resolver.js';

/**
 * The shared analysis of one file. Every rule asks it for the status sites of the nodes it
 * visits; the first rule to ask about a node pays for the work, the others read the cache.
 */
export class FileAnalysis {
  readonly resolver: FileResolver;
  private readonly finder: SiteFinder;
  private readonly sites = new WeakMap<TSESTree.Node, readonly StatusSite[]>();
  private readonly bodies = new WeakMap<TSESTree.Node, BodySite | null>();
  /** Local names that could be a framework function when called bare: imports, globals, sink names. */
  private readonly bareCallNames: ReadonlySet<string>;
  readonly recorder = new FlowRecorder();
  /** The rule whose listeners record code path positions for everyone. */
  recordingRule: string | undefined;
  private readonly flows = new Map<string, Map<TSESTree.Node, readonly Reaching<StatusSite>[]> | null>();

  constructor(sourceCode: Readonly<TSESLint.SourceCode>, filename: string) {
    this.resolver = new FileResolver(sourceCode, filename);
    this.finder = new SiteFinder(this.resolver);
    this.bareCallNames = collectBareCallNames(sourceCode.ast);
  }

  private isBareCallName(name: string): boolean {
    return BARE_CALL_NAMES.has(name) || this.bareCallNames.has(name);
  }

  /** The status sites of a call, `new`, assignment, comparison or `switch`. */
  sitesOf(node: TSESTree.Node): readonly StatusSite[] {
    let sites = this.sites.get(node);
    if (!sites) {
      sites = this.find(node);
      this.sites.set(node, sites);
    }
    return sites;
  }

  /** The body a call, `new` or assignment sends, with no `null`/`undefined` bodies. */
  bodyOf(node: TSESTree.CallExpression | TSESTree.NewExpression | TSESTree.AssignmentExpression): BodySite | undefined {
    let body = this.bodies.get(node);
    if (body === undefined) {
      const bare = node.type === AST_NODE_TYPES.CallExpression && node.callee.type === AST_NODE_TYPES.Identifier;
      body = bare && !this.isBareCallName((node.callee as TSESTree.Identifier).name) ? null : (this.finder.body(node) ?? null);
      this.bodies.set(node, body);
    }
    return body ?? undefined;
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
   * The headers a status site's response may get: in its own call and chain, and through the
   * variable that holds the response anywhere in the file. `unknown` when the response is handed
   * to code we cannot see, so a missing header cannot be proven.
   */
  headersFor(site: StatusSite): HeaderSet {
    const result: HeaderSet = { names: new Set(), unknown: false };
    const add = (call: TSESTree.CallExpression | TSESTree.NewExpression): void => {
      const headers = this.finder.headers(call);
      for (const name of headers.names) result.names.add(name);
      result.unknown ||= headers.unknown;
    };
    const owner = site.owner;
    if (owner.type === AST_NODE_TYPES.CallExpression || owner.type === AST_NODE_TYPES.NewExpression) {
      for (const call of chainCalls(owner)) add(call);
    }
    if (site.role === 'error') return result;
    const variable = this.responseVariable(owner);
    if (!variable) {
      // A built response handed straight to other code (`return wrap(new Response(…))`).
      result.unknown ||= isArgument(chainTop(owner));
      return result;
    }
    for (const reference of variable.references) {
      const use = useOf(reference.identifier as TSESTree.Identifier);
      if (use.type === 'escape') result.unknown = true;
      else if (use.type === 'chain' && use.node.type === AST_NODE_TYPES.CallExpression) for (const call of chainCalls(use.node)) add(call);
    }
    return result;
  }

  /**
   * The variable that holds the response a site works on: the handler parameter or local at the
   * base of `res.status(401)` / `ctx.status = 401`, or the `const` a built response is stored in.
   */
  private responseVariable(owner: TSESTree.Node): ReturnType<FileResolver['variableOf']> {
    const base = baseIdentifier(owner);
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
   * order). Only meaningful after the traversal, e.g. at `Program:exit`.
   */
  statusesReaching(owner: TSESTree.Node): readonly Reaching<StatusSite>[] | undefined {
    const base = baseIdentifier(owner);
    const variable = base && this.resolver.variableOf(base);
    const position = this.recorder.positionOf(chainTop(owner));
    if (!variable || !position) return undefined;
    const key = `${position.path.id}\0${variable.scope.block.range.join(':')}\0${variable.name}`;
    let flow = this.flows.get(key);
    if (flow === undefined) {
      flow = this.computeFlow(variable, position) ?? null;
      this.flows.set(key, flow);
    }
    return flow?.get(chainTop(owner));
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
    const position = this.recorder.positionOf(node);
    if (!returnsBody || !variable || !position) return undefined;
    const flow = this.computeFlow(variable, position, node);
    return { effects: returnsBody.effects, reaching: flow?.get(node) ?? [] };
  }

  private computeFlow(
    variable: NonNullable<ReturnType<FileResolver['variableOf']>>,
    at: Position,
    extraUse?: TSESTree.Node,
  ): Map<TSESTree.Node, readonly Reaching<StatusSite>[]> | undefined {
    const ops: { op: FlowOp<StatusSite>; position: Position }[] = [];
    if (extraUse) ops.push({ op: { type: 'use', node: extraUse }, position: at });
    for (const reference of variable.references) {
      const use = useOf(reference.identifier as TSESTree.Identifier);
      if (use.type === 'other') continue;
      const position = this.recorder.positionOf(use.node);
      // A use we cannot place (an alias, a return) makes the order unknowable: give up.
      if (!position) return undefined;
      if (position.path !== at.path) continue;
      if (use.type === 'escape') {
        ops.push({ op: { type: 'escape', node: use.node }, position });
        continue;
      }
      const statuses =
        use.node.type === AST_NODE_TYPES.AssignmentExpression
          ? this.sitesOf(use.node).filter((site) => site.role === 'status')
          : this.chainStatuses(use.node as TSESTree.CallExpression);
      const last = statuses.at(-1);
      ops.push({ op: last ? { type: 'status', node: use.node, status: last } : { type: 'use', node: use.node }, position });
    }
    const declaredHere = this.recorder.ownerOf(at.path) === variable.scope.block;
    return statusesAtUses(at.path, ops, declaredHere ? { type: 'initial' } : { type: 'unknown' });
  }

  private find(node: TSESTree.Node): readonly StatusSite[] {
    switch (node.type) {
      case AST_NODE_TYPES.CallExpression:
        if (node.callee.type === AST_NODE_TYPES.Identifier && !this.isBareCallName(node.callee.name)) return NONE;
        return this.finder.call(node);
      case AST_NODE_TYPES.NewExpression:
        return this.finder.construct(node);
      case AST_NODE_TYPES.AssignmentExpression:
        return this.finder.assignment(node);
      case AST_NODE_TYPES.BinaryExpression:
        return this.finder.comparison(node);
      case AST_NODE_TYPES.SwitchStatement:
        return this.finder.switchCases(node);
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

/** Names a bare call may resolve to a framework function by in any file: globals and sink methods. */
const BARE_CALL_NAMES: ReadonlySet<string> = new Set([...registry.globals.keys(), ...registry.sinkMethods, ...registry.bodyMethods]);

/** The names this file binds at the top level through imports and declarations. */
function collectBareCallNames(program: TSESTree.Program): Set<string> {
  const names = new Set<string>();
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ImportDeclaration) {
      for (const specifier of statement.specifiers) names.add(specifier.local.name);
    } else if (statement.type === AST_NODE_TYPES.VariableDeclaration) {
      for (const declarator of statement.declarations) addBindingNames(declarator.id, names);
    }
  }
  return names;
}

function addBindingNames(pattern: TSESTree.Node, names: Set<string>): void {
  switch (pattern.type) {
    case AST_NODE_TYPES.Identifier:
      names.add(pattern.name);
      break;
    case AST_NODE_TYPES.ObjectPattern:
      for (const property of pattern.properties) {
        addBindingNames(property.type === AST_NODE_TYPES.Property ? property.value : property.argument, names);
      }
      break;
    case AST_NODE_TYPES.AssignmentPattern:
      addBindingNames(pattern.left, names);
      break;
    default:
      break;
  }
}

const analyses = new WeakMap<object, FileAnalysis>();

/** The analysis of the file being linted, created once per `SourceCode` and shared by all rules. */
export function getFileAnalysis(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): FileAnalysis {
  const { sourceCode } = context;
  let analysis = analyses.get(sourceCode);
  if (!analysis) {
    analysis = new FileAnalysis(sourceCode, context.filename);
    analyses.set(sourceCode, analysis);
  }
  return analysis;
}

/**
 * The listeners a rule returns to see every status site of the file, in source order. Rules
 * filter the sites they care about in `onSite`.
 */
export function statusSiteListeners(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  onSite: (site: StatusSite) => void,
): TSESLint.RuleListener {
  const analysis = getFileAnalysis(context);
  const visit = (node: TSESTree.Node): void => {
    for (const site of analysis.sitesOf(node)) if (!CLOSE_ROLES.has(site.role)) onSite(site);
  };
  return analysisListeners(context, {
    CallExpression: visit,
    NewExpression: visit,
    AssignmentExpression: visit,
    BinaryExpression: visit,
    SwitchStatement: visit,
  });
}

const CLOSE_ROLES = new Set<StatusSite['role']>(['close', 'closeEvent']);

/** The listeners a rule returns to see every WebSocket close code of the file. */
export function closeSiteListeners(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  onSite: (site: StatusSite) => void,
): TSESLint.RuleListener {
  const analysis = getFileAnalysis(context);
  const visit = (node: TSESTree.Node): void => {
    for (const site of analysis.sitesOf(node)) if (CLOSE_ROLES.has(site.role)) onSite(site);
  };
  return analysisListeners(context, { CallExpression: visit, NewExpression: visit });
}

/**
 * A rule's listeners, plus the code path recording when this rule is the first of the file to
 * ask: every rule built on the analysis returns its listeners through here.
 */
export function analysisListeners(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  listeners: TSESLint.RuleListener,
): TSESLint.RuleListener {
  const analysis = getFileAnalysis(context);
  analysis.recordingRule ??= context.id;
  if (analysis.recordingRule !== context.id) return listeners;
  return mergeListeners(analysis.recorder.listeners(), listeners);
}

function mergeListeners(...all: TSESLint.RuleListener[]): TSESLint.RuleListener {
  const merged: Record<string, (...args: never[]) => void> = {};
  for (const listeners of all) {
    for (const [key, listener] of Object.entries(listeners) as [string, ((...args: never[]) => void) | undefined][]) {
      if (!listener) continue;
      const before = merged[key];
      merged[key] = before
        ? (...args: never[]) => {
            before(...args);
            listener(...args);
          }
        : listener;
    }
  }
  return merged as TSESLint.RuleListener;
}
