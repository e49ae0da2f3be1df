import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';

import { getFileAnalysis, siteListeners, type BodySite, type StatusSite } from '../src/analysis/index.js';
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
    // Every report needs a status without content, and most files set none: their bodies are
    // never looked for.
    let setsEmptyStatus = false;

    return siteListeners(context, {
      StatusSite(site) {
        if (site.role === 'compare' || emptyCode(site) === undefined) return;
        setsEmptyStatus = true;
        // `send(res, 204, data)` to a helper that always sends its body with the status.
        const helperBody = site.via && analysis.helperBody(site);
        if (helperBody) report(helperBody, site, 'bodyWithStatus');
        // `@HttpCode(204)` on a method that returns a value.
        for (const body of analysis.decoratedBodies(site)) report(body, site, 'bodyWithStatus');
      },
      BodySites(bodies) {
        if (!setsEmptyStatus) return;
        for (const body of bodies) {
          const own = analysis.ownStatuses(body);
          if (own.length > 0) {
            const empty = own.find(isEmpty);
            if (empty) report(body, empty, 'bodyWithStatus');
            continue;
          }
          const before = analysis.statusesBefore(body).find(isEmpty);
          // Koa and hapi send when the handler is done: a status set after the body decides too.
          const after = before ? undefined : analysis.statusesAfter(body).find(isEmpty);
          if (before) report(body, before, 'bodyAfterStatus');
          else if (after) report(body, after, 'statusAfterBody');
        }
      },
    });

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
          // A status the API's name carries (`response.notModified(body)`) has no number to change.
          ...(status.sink && 'implicit' in status.sink.at
            ? []
            : [
                {
                  messageId: 'useStatus' as const,
                  data: { status: nameCode(200) },
                  fix: (fixer: TSESLint.RuleFixer) => fixer.replaceText(status.node, '200'),
                },
              ]),
        ],
      });
    }
  },
});

/** Drops a trailing body argument (`res.end('x')` → `res.end()`), or makes it `null`. */
function removeBody(fixer: TSESLint.RuleFixer, body: BodySite): TSESLint.RuleFix {
  const owner = body.owner;
  const args = owner.type === AST_NODE_TYPES.CallExpression || owner.type === AST_NODE_TYPES.NewExpression ? owner.arguments : [];
  if (args.at(-1) === body.node && args.length === 1) return fixer.remove(body.node);
  return fixer.replaceText(body.node, 'null');
}

const isEmpty = (status: StatusSite): boolean => emptyCode(status) !== undefined;

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
