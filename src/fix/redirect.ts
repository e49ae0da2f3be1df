import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import type { StatusSite } from '../analysis/index.js';

/**
 * The fix that passes a status to the call of its chain that replaces it:
 * `res.status(301).redirect(url)` → `res.redirect(301, url)`, with the status at `statusArg`.
 * Only for exactly these two calls, each with its one argument, and no comment that the rewrite
 * would drop; undefined otherwise.
 */
export function passStatusFix(
  sourceCode: Readonly<TSESLint.SourceCode>,
  site: StatusSite,
  call: TSESTree.CallExpression,
  statusArg: number,
): TSESLint.ReportFixFunction | undefined {
  const statusCall = site.owner;
  const callee = call.callee;
  if (statusCall.type !== AST_NODE_TYPES.CallExpression || statusCall.arguments.length !== 1 || statusCall.optional) return undefined;
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed || callee.optional || callee.object !== statusCall) return undefined;
  const statusCallee = statusCall.callee;
  if (statusCallee.type !== AST_NODE_TYPES.MemberExpression || statusCallee.computed || statusCallee.optional) return undefined;
  const [url] = call.arguments;
  if (call.arguments.length !== 1 || !url || url.type === AST_NODE_TYPES.SpreadElement) return undefined;
  const range: TSESTree.Range = [statusCallee.object.range[1], call.range[1]];
  if (sourceCode.getAllComments().some((comment) => comment.range[0] >= range[0] && comment.range[1] <= range[1])) return undefined;
  const args = [sourceCode.getText(url)];
  args.splice(statusArg, 0, sourceCode.getText(site.node));
  const name = sourceCode.getText(callee.property);
  return (fixer) => fixer.replaceTextRange(range, `.${name}(${args.join(', ')})`);
}
