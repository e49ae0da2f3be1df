import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';

import { memberName, skipWrappers } from './ast.js';
import type { FrameworkBindings } from './bindings.js';
import { topLevelFunctionNames } from './helpers.js';
import { registry, type NameSets } from './registry.js';

/**
 * The one test of whether a node can matter, by its names, before anything is resolved: most
 * calls in real code are of other names (`items.map(…)`, `log(…)`), and resolving their callees
 * would cost a scope lookup each. The traversal asks it which nodes to visit; the analysis asks
 * it before it looks for a status, a body or headers.
 */

/** Equality operators: a comparison with a received status. */
export const EQUALITY: ReadonlySet<string> = new Set(['===', '!==', '==', '!=']);
/** Test-framework matchers that compare a received status with an expected one. */
export const MATCHERS: ReadonlySet<string> = new Set(['toBe', 'toEqual', 'toStrictEqual']);
/** What the name of a variable that may hold a status says (`status`, `httpStatus`, `STATUS`). */
const STATUS_WORD = /status/i;

/** What the traversal visits in a file with these names. */
export interface Visits {
  /** Member names of calls that may set a status or send a body; calls of other names are not looked at. */
  callNames: ReadonlySet<string>;
  /** Property names whose assignment may set a status or a body; none: assignments are not visited. */
  assignedNames: ReadonlySet<string>;
  /** Whether returns are visited: only where a handler's return value is its body (Fastify). */
  returns: boolean;
  /** Whether `new` and bare calls of other names than `callNames` (`setResponseStatus(…)`) are visited: only where some value acts when called or constructed. */
  acts: boolean;
  /** Whether comparisons, `switch` and test matchers are visited: only where something has a status to read. */
  comparisons: boolean;
}

/** Names a bare call may resolve to a framework function by in any file: globals that act when called, and method names. */
const BARE_CALL_NAMES: ReadonlySet<string> = new Set([
  ...[...registry.globals].filter(([, global]) => registry.actsWhenCalled(global.kind)).map(([name]) => name),
  ...registry.sinkMethods,
  ...registry.bodyMethods,
]);

const visitsByNames = new WeakMap<NameSets, Visits>();

/** What the traversal visits in a file with these names: the same for every file with the same frameworks. */
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
    };
    visitsByNames.set(names, visits);
  }
  return visits;
}

export class NodeGate {
  readonly visits: Visits;
  /** The names of the file's top-level functions: a bare call of one may pass a status to a helper (./helpers.ts). */
  private helperNames: ReadonlySet<string> | undefined;

  constructor(
    private readonly names: NameSets,
    private readonly bindings: FrameworkBindings,
    private readonly program: TSESTree.Program,
  ) {
    this.visits = visitsOf(names);
  }

  /** Whether a bare call of this name may call a helper of the file: a function it declares at its top level. */
  mayCallHelper(name: string): boolean {
    this.helperNames ??= topLevelFunctionNames(this.program);
    return this.helperNames.has(name);
  }

  /** How the traversal takes a call: not at all, as a test matcher (a comparison), or as a call that may set or send. */
  callVisit(node: TSESTree.CallExpression): 'skip' | 'compare' | 'call' {
    const { callNames, acts } = this.visits;
    const callee = node.callee;
    if (callee.type === AST_NODE_TYPES.MemberExpression) {
      if (isPlainName(callee) && !callNames.has(callee.property.name)) return 'skip';
      // `expect(res.status).toBe(404)` compares, as `===` does.
      if (MATCHERS.has(memberName(callee) ?? '')) return 'compare';
    } else if (callee.type === AST_NODE_TYPES.Identifier && !acts && !callNames.has(callee.name) && !this.mayCallHelper(callee.name)) {
      return 'skip';
    }
    return 'call';
  }

  /** Whether the traversal visits an assignment: `=` to a member that may be a status or a body. */
  visitsAssignment(node: TSESTree.AssignmentExpression): boolean {
    const left = node.left;
    return node.operator === '=' && left.type === AST_NODE_TYPES.MemberExpression && !(isPlainName(left) && !this.visits.assignedNames.has(left.property.name));
  }

  /** Whether a call, `new` or assignment may set a status: a sink method called with arguments that can hold one, a status property. */
  maySet(node: TSESTree.Node): boolean {
    if (node.type === AST_NODE_TYPES.CallExpression) {
      const callee = skipWrappers(node.callee);
      if (callee.type === AST_NODE_TYPES.Identifier) return this.isBareCallName(callee.name) || this.mayCallHelper(callee.name);
      // `createError(401)()`; not `super()`, `(() => …)()` or `(0, f)()`, which no table names.
      if (callee.type !== AST_NODE_TYPES.MemberExpression) return callee.type === AST_NODE_TYPES.CallExpression;
      const name = memberName(callee);
      return name !== undefined && this.names.sinkMethods.has(name) && registry.maySetWith(name, node.arguments);
    }
    if (node.type === AST_NODE_TYPES.AssignmentExpression) return this.assignsTo(node, this.names.statusProperties);
    if (node.type === AST_NODE_TYPES.NewExpression) return this.mayConstruct(node);
    return false;
  }

  /** Whether a call, `new` or assignment may send a body. */
  maySend(node: TSESTree.CallExpression | TSESTree.NewExpression | TSESTree.AssignmentExpression): boolean {
    if (node.type === AST_NODE_TYPES.NewExpression) {
      // `new Response(x)`; on a member, only a name something sends a body with (`new Boom.Boom()` sends none).
      const callee = skipWrappers(node.callee);
      if (callee.type === AST_NODE_TYPES.MemberExpression && !registry.bodyMethods.has(memberName(callee) ?? '')) return false;
      return this.mayConstruct(node);
    }
    if (node.type === AST_NODE_TYPES.AssignmentExpression) return this.assignsTo(node, this.names.bodyProperties);
    const callee = skipWrappers(node.callee);
    if (callee.type === AST_NODE_TYPES.Identifier) return this.isBareCallName(callee.name);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return callee.type === AST_NODE_TYPES.CallExpression;
    const name = memberName(callee);
    return name !== undefined && this.names.bodyMethods.has(name);
  }

  /** Whether a call or `new` may set headers: any but a method of a name no framework sets headers with. */
  maySetHeaders(node: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
    const callee = skipWrappers(node.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return true;
    const name = memberName(callee);
    return name !== undefined && registry.headerMethods.has(name);
  }

  /** A member named like a status read (`res.status`), or an identifier that says "status": worth resolving as a received status. */
  mayReadStatus(node: TSESTree.Node): boolean {
    const target = skipWrappers(node);
    if (target.type === AST_NODE_TYPES.MemberExpression) {
      const name = memberName(target);
      return name !== undefined && registry.statusReads.has(name);
    }
    return target.type === AST_NODE_TYPES.Identifier && STATUS_WORD.test(target.name);
  }

  /**
   * Whether a bare call or `new` of this name can act on a response: a framework global, a method
   * name (destructured: `({ json }) => json(x)`), or a top-level binding that resolves to such a
   * function (`import { setResponseStatus } from 'h3'`).
   */
  isBareCallName(name: string): boolean {
    return BARE_CALL_NAMES.has(name) || this.bindings.actsWhenCalled(name);
  }

  /** `new Response()`, `new HTTPException()`, `new ws.WebSocket()`; not `new Error()`, `new Map()` or `new events.EventEmitter()`. */
  private mayConstruct(node: TSESTree.NewExpression): boolean {
    const callee = skipWrappers(node.callee);
    if (callee.type === AST_NODE_TYPES.Identifier) return this.isBareCallName(callee.name);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return true;
    const name = memberName(callee);
    return name !== undefined && registry.constructorMembers.has(name);
  }

  private assignsTo(node: TSESTree.AssignmentExpression, properties: ReadonlySet<string>): boolean {
    const name = node.operator === '=' && node.left.type === AST_NODE_TYPES.MemberExpression ? memberName(node.left) : undefined;
    return name !== undefined && properties.has(name);
  }
}

/** `a.name`, not `a[name]` or `a.#name`: the member's name is its identifier's. */
function isPlainName(member: TSESTree.MemberExpression): member is TSESTree.MemberExpressionNonComputedName & { property: TSESTree.Identifier } {
  return !member.computed && member.property.type === AST_NODE_TYPES.Identifier;
}
