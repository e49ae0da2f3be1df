import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';

import { skipWrappers } from './ast.js';

/**
 * How code reaches a response through a chain of calls and members: `res.status(204).json(x)`
 * is one chain on `res`, `ctx.response.status = 204` one assignment on `ctx`. Syntax only.
 */

export type Chained = TSESTree.CallExpression | TSESTree.NewExpression;

/** The outermost call of the chain a call belongs to (`res.status(204).json(x)` for either call). */
export function chainTop(node: TSESTree.Node): TSESTree.Node {
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

/** The calls of a chain in the order they run: `res.status(204).json(x)` gives `status(…)`, then `json(…)`. */
export function chainCalls(node: TSESTree.Node): Chained[] {
  const calls: Chained[] = [];
  let current: TSESTree.Node | undefined = chainTop(node);
  while (current?.type === AST_NODE_TYPES.CallExpression || current?.type === AST_NODE_TYPES.NewExpression) {
    calls.unshift(current);
    const callee: TSESTree.Node | undefined = current.type === AST_NODE_TYPES.CallExpression ? skipWrappers(current.callee) : undefined;
    current = callee?.type === AST_NODE_TYPES.MemberExpression ? skipWrappers(callee.object) : undefined;
  }
  return calls;
}

/** `res` in `res.status(204).json(x)` or `ctx.response.status = 204`. */
export function baseIdentifier(owner: TSESTree.Node): TSESTree.Identifier | undefined {
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

/** Whether a node is an argument of a call or `new` (not its callee). */
export function isArgument(node: TSESTree.Node): boolean {
  const parent = node.parent;
  return (parent?.type === AST_NODE_TYPES.CallExpression || parent?.type === AST_NODE_TYPES.NewExpression) && parent.callee !== node;
}

/**
 * How a variable is used at one of its references: operated on through a chain (`chain`, with the
 * chain's outermost call or the assignment), handed to other code (`escape`: an argument, an
 * alias, a property value, a returned value), or neither (`other`).
 */
export interface Use {
  type: 'chain' | 'escape' | 'other';
  node: TSESTree.Node;
}

/** See `Use`: `res` in `res.status(204).json(x)` gives the `json` call; `ctx` in `ctx.status = 204` the assignment. */
export function useOf(identifier: TSESTree.Identifier): Use {
  let node: TSESTree.Node = identifier;
  let parent = node.parent;
  // Casts and `?.` around the variable do not change what it is.
  while (parent && skipWrappers(parent) !== parent && 'expression' in parent && parent.expression === node) {
    node = parent;
    parent = node.parent;
  }
  if (!parent) return { type: 'other', node };
  if ((parent.type === AST_NODE_TYPES.CallExpression || parent.type === AST_NODE_TYPES.NewExpression) && parent.arguments.includes(node as TSESTree.CallExpressionArgument)) {
    return { type: 'escape', node: parent };
  }
  if (
    (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.init === node) ||
    (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.right === node) ||
    parent.type === AST_NODE_TYPES.Property ||
    parent.type === AST_NODE_TYPES.ArrayExpression ||
    parent.type === AST_NODE_TYPES.ReturnStatement
  ) {
    return { type: 'escape', node: parent };
  }
  let top: TSESTree.Node | undefined;
  for (;;) {
    const p: TSESTree.Node | undefined = node.parent;
    if (!p) break;
    if (p.type === AST_NODE_TYPES.MemberExpression && p.object === node) {
      node = p;
    } else if (p.type === AST_NODE_TYPES.CallExpression && p.callee === node) {
      node = p;
      top = p;
    } else if (p.type === AST_NODE_TYPES.ChainExpression || p.type === AST_NODE_TYPES.TSNonNullExpression) {
      node = p;
    } else if (p.type === AST_NODE_TYPES.AssignmentExpression && p.left === node) {
      top = p;
      break;
    } else {
      break;
    }
  }
  return top ? { type: 'chain', node: top } : { type: 'other', node };
}
