import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { isFunction, type FunctionNode } from '../analysis/ast.js';
import { chainTop } from '../analysis/chains.js';

/**
 * The fix that ends a function at a call's statement, where that is what the statement is
 * missing: `res.status(400).json(e);` → `return res.status(400).json(e);`. Only for an
 * expression statement that is the call (or `await` of it), the last of its block or the whole
 * branch of an `if`, inside nothing but blocks, `if`/`else` and `try`/`catch` of the function
 * (in a loop, a `switch` or a `finally`, a `return` ends more than the branch), of a function
 * whose `return` may carry a value (not a generator, constructor, getter or setter). Where the
 * function declares its return type, the call's value may not fit it: `return;` goes after the
 * statement instead, in a block only. Undefined where neither fits.
 */
export function returnAt(call: TSESTree.CallExpression, sourceCode: Readonly<TSESLint.SourceCode>): ((fixer: TSESLint.RuleFixer) => TSESLint.RuleFix) | undefined {
  const top = chainTop(call);
  const statement = top.parent?.type === AST_NODE_TYPES.AwaitExpression ? top.parent.parent : top.parent;
  if (statement?.type !== AST_NODE_TYPES.ExpressionStatement) return undefined;
  const parent = statement.parent;
  const inBlock = parent.type === AST_NODE_TYPES.BlockStatement && parent.body.at(-1) === statement;
  if (!inBlock && parent.type !== AST_NODE_TYPES.IfStatement) return undefined;
  const fn = functionAround(statement);
  if (!fn || fn.generator || isAccessorOrConstructor(fn)) return undefined;
  if (!fn.returnType) return (fixer) => fixer.insertTextBefore(statement, 'return ');
  if (!inBlock) return undefined;
  const line = sourceCode.lines[statement.loc.start.line - 1] ?? '';
  const indent = /^\s*/.exec(line)?.[0] ?? '';
  return (fixer) => fixer.insertTextAfter(statement, `\n${indent}return;`);
}

/** The function a statement ends, if only blocks, `if`/`else` and `try`/`catch` are between them. */
function functionAround(statement: TSESTree.Statement): FunctionNode | undefined {
  let child: TSESTree.Node = statement;
  for (let parent = statement.parent; parent; child = parent, parent = parent.parent) {
    if (isFunction(parent)) return parent.body === child ? parent : undefined;
    switch (parent.type) {
      case AST_NODE_TYPES.BlockStatement:
      case AST_NODE_TYPES.IfStatement:
      case AST_NODE_TYPES.CatchClause:
        continue;
      case AST_NODE_TYPES.TryStatement:
        if (parent.finalizer === child) return undefined;
        continue;
      default:
        return undefined;
    }
  }
  return undefined;
}

function isAccessorOrConstructor(fn: FunctionNode): boolean {
  const parent = fn.parent;
  return (parent?.type === AST_NODE_TYPES.MethodDefinition || parent?.type === AST_NODE_TYPES.TSAbstractMethodDefinition) && parent.kind !== 'method';
}
