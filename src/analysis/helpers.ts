import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';

import { isFunction, ownNodes, skipWrappers, type FunctionNode } from './ast.js';
import type { NodeGate } from './gate.js';
import type { FileResolver } from './resolver/index.js';
import type { ResponseVariables } from './responses.js';
import { constInitializer, isStable } from './resolver/scope.js';
import type { StatusSite } from './sites.js';

/** A parameter of a helper that reaches a status or close-code sink unchanged, and the sink's site in the helper. */
export interface HelperSink {
  /** The parameter's position. */
  param: number;
  /** The site in the helper, whose value is that parameter. */
  inner: StatusSite;
  /** The position of the parameter that holds the response the site works on, if a parameter does. */
  response: number | undefined;
}

/** What the helper analysis needs of the sites of one node (the file's analysis answers). */
interface InnerSites {
  sitesOf(node: TSESTree.Node): readonly StatusSite[];
}

/** The roles a helper's parameter can be passed on to: statuses set, thrown or redirected with, close codes. */
const PASSED_ROLES: ReadonlySet<StatusSite['role']> = new Set(['status', 'redirect', 'error', 'close']);

/**
 * Same-file helpers that take a status and pass it to a response: `function send(res, status,
 * body) { res.status(status).json(body) }`, `const fail = (res, code) => res.status(code).end()`.
 * A helper is a function the file declares at its top level (a declaration, or a `const` bound
 * to an arrow function or function expression); its response parameter is a response where a call
 * passes one (./resolver/handlers.ts). A parameter passed to a sink unchanged (never assigned,
 * never tested) makes the value each call passes a site of its own. Each helper is read once.
 */
export class HelperSinks {
  private readonly sinks = new Map<FunctionNode, readonly HelperSink[] | null>();

  constructor(
    private readonly resolver: FileResolver,
    private readonly gate: NodeGate,
    private readonly responses: ResponseVariables,
    private readonly sites: InnerSites,
  ) {}

  /** The helper a call calls, if it is one of the file's top-level functions. */
  helperOf(call: TSESTree.CallExpression): FunctionNode | undefined {
    const callee = skipWrappers(call.callee);
    if (callee.type !== AST_NODE_TYPES.Identifier || !this.gate.mayCallHelper(callee.name)) return undefined;
    const variable = this.resolver.variableOf(callee);
    const def = variable?.defs[0];
    if (!variable || !def || variable.defs.length !== 1 || variable.scope.block.type !== AST_NODE_TYPES.Program || !isStable(variable)) return undefined;
    if (def.type === 'FunctionName' && isFunction(def.node)) return def.node;
    const init = constInitializer(variable);
    const fn = init && skipWrappers(init);
    return isFunction(fn) ? fn : undefined;
  }

  /**
   * The parameters of a helper that reach a sink unchanged, with the sites they reach; read once
   * per helper. Only the expressions a parameter is used in are looked at (the nearest call,
   * `new` or assignment around each of its references), not the whole body.
   */
  sinksOf(fn: FunctionNode): readonly HelperSink[] {
    const known = this.sinks.get(fn);
    if (known !== undefined) return known ?? [];
    // A helper that calls itself adds nothing through that call.
    this.sinks.set(fn, null);
    const found: HelperSink[] = [];
    const params = new Map(fn.params.flatMap((param, index) => (param.type === AST_NODE_TYPES.Identifier ? [[param.name, index] as const] : [])));
    const owners = new Set<TSESTree.Node>();
    for (const param of fn.params) {
      const variable = param.type === AST_NODE_TYPES.Identifier ? this.resolver.variableOf(param) : undefined;
      for (const reference of variable?.references ?? []) {
        const owner = enclosingOperation(reference.identifier as TSESTree.Node, fn);
        if (owner) owners.add(owner);
      }
    }
    for (const owner of owners) {
      for (const site of this.sites.sitesOf(owner)) {
        const param = this.passedParam(fn, site, params);
        if (param === undefined) continue;
        const held = this.responses.operatedOn(site.owner)?.defs[0];
        const response = held?.type === 'Parameter' && held.node === fn ? fn.params.indexOf(held.name as TSESTree.Parameter) : -1;
        found.push({ param, inner: site, response: response < 0 ? undefined : response });
      }
    }
    this.sinks.set(fn, found);
    return found;
  }

  /** The position of the helper's parameter a site's value is, when the parameter is never assigned. */
  private passedParam(fn: FunctionNode, site: StatusSite, params: ReadonlyMap<string, number>): number | undefined {
    const node = skipWrappers(site.node);
    if (!PASSED_ROLES.has(site.role) || site.value || site.branchOf || node.type !== AST_NODE_TYPES.Identifier) return undefined;
    const index = params.get(node.name);
    const variable = index === undefined ? undefined : this.resolver.variableOf(node);
    const def = variable?.defs[0];
    if (!variable || def?.type !== 'Parameter' || def.node !== fn || !isStable(variable)) return undefined;
    // A helper that tests the value (`if (status >= 600) …`, `status < 600 ? status : 500`) may pass on only some values.
    return variable.references.some((reference) => isTested(reference.identifier as TSESTree.Node, fn)) ? undefined : index;
  }
}

/** Whether a reference is part of a test that decides what runs: a condition, a `switch`, the left of `&&`, `||` or `??`. */
function isTested(identifier: TSESTree.Node, fn: FunctionNode): boolean {
  let node = identifier;
  for (let parent = node.parent; parent && parent !== fn; node = parent, parent = parent.parent) {
    switch (parent.type) {
      case AST_NODE_TYPES.IfStatement:
      case AST_NODE_TYPES.ConditionalExpression:
      case AST_NODE_TYPES.WhileStatement:
      case AST_NODE_TYPES.DoWhileStatement:
      case AST_NODE_TYPES.ForStatement:
        if (parent.test === node) return true;
        break;
      case AST_NODE_TYPES.SwitchStatement:
        if (parent.discriminant === node) return true;
        break;
      case AST_NODE_TYPES.LogicalExpression:
        if (parent.left === node) return true;
        break;
      default:
        if (isFunction(parent)) return false;
    }
  }
  return false;
}

/**
 * The call, `new` or assignment a reference is part of (`res.status(status)`,
 * `new Response(null, { status })`, `res.statusCode = status`), when it is in the helper itself:
 * functions nested in the helper run at other times, or not at all.
 */
function enclosingOperation(identifier: TSESTree.Node, fn: FunctionNode): TSESTree.Node | undefined {
  for (let node = identifier.parent; node && node !== fn; node = node.parent) {
    if (node.type === AST_NODE_TYPES.CallExpression || node.type === AST_NODE_TYPES.NewExpression || node.type === AST_NODE_TYPES.AssignmentExpression) {
      return node;
    }
    if (isFunction(node)) return undefined;
  }
  return undefined;
}

/** The names the file's top-level function declarations and `const name = () => …` bind. */
export function topLevelFunctionNames(program: TSESTree.Program): ReadonlySet<string> {
  const names = new Set<string>();
  for (const statement of program.body) {
    const declaration =
      statement.type === AST_NODE_TYPES.ExportNamedDeclaration || statement.type === AST_NODE_TYPES.ExportDefaultDeclaration
        ? statement.declaration
        : statement;
    if (declaration?.type === AST_NODE_TYPES.FunctionDeclaration && declaration.id) names.add(declaration.id.name);
    if (declaration?.type === AST_NODE_TYPES.VariableDeclaration && declaration.kind === 'const') {
      for (const declarator of declaration.declarations) {
        const init = declarator.init && skipWrappers(declarator.init);
        if (declarator.id.type === AST_NODE_TYPES.Identifier && isFunction(init)) names.add(declarator.id.name);
      }
    }
  }
  return names;
}

/**
 * Whether every call of a function runs a statement: its expression body, or a statement of its
 * body that no `return` or `throw` before it can skip.
 */
export function alwaysRuns(fn: FunctionNode, expression: TSESTree.Node): boolean {
  if (fn.body === expression) return true;
  let statement: TSESTree.Node = expression;
  while (statement.parent && (statement.parent.type === AST_NODE_TYPES.AwaitExpression || statement.parent.type === AST_NODE_TYPES.ChainExpression)) {
    statement = statement.parent;
  }
  const parent = statement.parent;
  if (parent?.type !== AST_NODE_TYPES.ExpressionStatement && parent?.type !== AST_NODE_TYPES.ReturnStatement) return false;
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement || parent.parent !== fn.body) return false;
  const before = fn.body.body.slice(0, fn.body.body.indexOf(parent));
  return !before.some(exits);
}

/** Whether a statement may leave the function: a `return` or `throw` in it, outside nested functions. */
function exits(statement: TSESTree.Node): boolean {
  for (const node of ownNodes(statement)) {
    if (node.type === AST_NODE_TYPES.ReturnStatement || node.type === AST_NODE_TYPES.ThrowStatement) return true;
  }
  return false;
}
