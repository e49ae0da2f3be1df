import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { analysisListeners, getFileAnalysis, type BodySite, type Reaching, type StatusSite } from '../src/analysis/index.js';
import { returnsOf } from '../src/analysis/ast.js';
import { getHttpStatus } from '../src/codes/index.js';
import { createRule } from '../src/create-rule.js';
import { nameCode } from '../src/describe.js';

export type MessageIds = 'bodyWithStatus' | 'bodyAfterStatus' | 'statusAfterBody' | 'removeBody' | 'useStatus';
export type Options = [];

export default createRule<Options, MessageIds>({
  name: 'no-body-with-empty-status',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow sending a body with 204, 205, 304 or a 1xx status',
      recommended: 'recommended',
    },
    hasSuggestions: true,
    messages: {
      bodyWithStatus: '{{api}} sends a body with {{status}}, a status without content ({{reference}}): {{effect}}.',
      bodyAfterStatus:
        '{{api}} sends a body after {{statusApi}} set {{status}} on line {{line}}, a status without content ({{reference}}): {{effect}}.',
      statusAfterBody:
        '{{api}} sets a body, but {{statusApi}} sets {{status}} on line {{line}} before the response goes out, a status without content ({{reference}}): {{effect}}.',
      removeBody: 'Send no body.',
      useStatus: 'Send {{status}} instead.',
    },
    schema: [],
  },
  create(context) {
    const analysis = getFileAnalysis(context);
    // Candidates, decided once the file is seen: every report needs a status without content,
    // and most files set none, so their bodies are never resolved.
    const sends: (TSESTree.CallExpression | TSESTree.NewExpression | TSESTree.AssignmentExpression)[] = [];
    const returns: TSESTree.ReturnStatement[] = [];
    let setsEmptyStatus = false;
    const collect = (node: (typeof sends)[number]): void => {
      sends.push(node);
    };

    return analysisListeners(context, {
      StatusSite(site) {
        if (site.role !== 'compare' && emptyCode(site) !== undefined) setsEmptyStatus = true;
        checkDecoratedMethod(site);
      },
      CallExpression: collect,
      NewExpression: collect,
      AssignmentExpression: collect,
      ReturnStatement(node) {
        if (node.argument) returns.push(node);
      },
      'Program:exit'() {
        if (!setsEmptyStatus) return;
        /** Bodies without a status in their own expression: the code paths decide. */
        const pending: BodySite[] = [];
        for (const node of sends) {
          const body = analysis.bodyOf(node);
          if (!body) continue;
          const status = node.type === AST_NODE_TYPES.AssignmentExpression ? undefined : analysis.chainStatuses(node).at(-1);
          if (!status) pending.push(body);
          else if (emptyCode(status) !== undefined) report(body, status, 'bodyWithStatus');
        }
        for (const body of pending) {
          const before = firstEmpty(analysis.statusesReaching(body.owner));
          // Koa and hapi send when the handler is done: a status set after the body decides too.
          const after = before ? undefined : analysis.statusesAfter(body).find((status) => emptyCode(status) !== undefined);
          if (before) report(body, before, 'bodyAfterStatus');
          else if (after) report(body, after, 'statusAfterBody');
        }
        // Fastify: what a route handler returns is sent like reply.send().
        for (const node of returns) {
          if (!node.argument || analysis.resolver.isNullish(node.argument)) continue;
          const returned = analysis.returnedBody(node);
          const status = firstEmpty(returned?.reaching);
          if (returned && status) report(returnedSite(node, returned.effects), status, 'bodyAfterStatus');
        }
      },
    });

    /** `@HttpCode(204)` on a method that returns a value. */
    function checkDecoratedMethod(site: StatusSite): void {
      const effects = site.sink?.decoratedReturn;
      const decorator = site.owner.parent;
      const method = decorator?.parent;
      if (!effects || emptyCode(site) === undefined || decorator?.type !== AST_NODE_TYPES.Decorator) return;
      if (method?.type !== AST_NODE_TYPES.MethodDefinition || !method.value.body) return;
      for (const node of returnsOf(method.value.body)) {
        if (node.argument && !analysis.resolver.isNullish(node.argument)) report(returnedSite(node, effects), site, 'bodyWithStatus');
      }
    }

    function report(body: BodySite, status: StatusSite, messageId: 'bodyWithStatus' | 'bodyAfterStatus' | 'statusAfterBody'): void {
      const code = emptyCode(status) as number;
      const registered = getHttpStatus(code);
      context.report({
        node: body.node,
        messageId,
        data: {
          api: body.api,
          status: nameCode(code),
          statusApi: status.api,
          line: status.node.loc.start.line,
          reference: registered?.reference ?? 'RFC 9110 §15.2',
          effect: effectFor(body, code),
        },
        suggest: [
          ...(body.nullable ? [{ messageId: 'removeBody' as const, fix: (fixer: TSESLint.RuleFixer) => removeBody(fixer, body) }] : []),
          {
            messageId: 'useStatus',
            data: { status: nameCode(200) },
            fix: (fixer) => fixer.replaceText(status.node, '200'),
          },
        ],
      });
    }

    /** Drops a trailing body argument (`res.end('x')` → `res.end()`), or makes it `null`. */
    function removeBody(fixer: TSESLint.RuleFixer, body: BodySite): TSESLint.RuleFix {
      const owner = body.owner;
      const args = owner.type === AST_NODE_TYPES.CallExpression || owner.type === AST_NODE_TYPES.NewExpression ? owner.arguments : [];
      if (args.at(-1) === body.node && args.length === 1) return fixer.remove(body.node);
      return fixer.replaceText(body.node, 'null');
    }

    /** A returned value as a body: the handler's return is what the framework sends. */
    function returnedSite(node: TSESTree.ReturnStatement, effects: BodySite['effects']): BodySite {
      return { node: node.argument as TSESTree.Expression, owner: node, api: 'The returned value', framework: '', effects, nullable: false, sentWhenDone: false };
    }
  },
});

/** The first status among reaching values that carries no content. */
function firstEmpty(reaching: readonly Reaching<StatusSite>[] | undefined): StatusSite | undefined {
  const found = reaching?.find((value) => value.type === 'status' && emptyCode(value.status) !== undefined);
  return found?.type === 'status' ? found.status : undefined;
}

/** The status, if it is statically one that carries no content: 1xx, 204, 205, 304. */
function emptyCode(status: StatusSite): number | undefined {
  if (status.value?.type !== 'number') return undefined;
  const code = status.value.value;
  const informational = Number.isInteger(code) && code >= 100 && code <= 199;
  return informational || getHttpStatus(code)?.bodyForbidden ? code : undefined;
}

function effectFor(body: BodySite, code: number): string {
  const { effects } = body;
  if (code === 205) return effects.resetContent;
  if (code === 304) return effects.notModified ?? effects.noContent;
  if (code < 200) return effects.informational ?? effects.noContent;
  return effects.noContent;
}
