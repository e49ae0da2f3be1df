import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { getFileAnalysis, statusSiteListeners, type StatusSite } from '../src/analysis/index.js';
import { getHttpStatus } from '../src/codes/index.js';
import { REDIRECT_STATUSES } from '../src/codes/policy.js';
import { createRule } from '../src/create-rule.js';
import { describeRanges, nameCode } from '../src/describe.js';
import { passStatusFix } from '../src/fix/redirect.js';
import { installedMajor } from '../src/project/versions.js';

export type MessageIds = 'rejected' | 'notFollowed' | 'swapped' | 'swappedForVersion' | 'statusReplaced' | 'useStatus' | 'passStatus';
export type Options = [];

const SUGGESTED = [307, 308];

export default createRule<Options, MessageIds>({
  name: 'valid-redirect-status',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require redirect helpers to get a redirect status, with the status and the URL in the right order',
      recommended: 'recommended',
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: {
      rejected: '{{api}} {{effect}} for {{status}}: it accepts only {{accepted}}.',
      notFollowed:
        '{{status}} is not a redirect status, and {{api}} {{effect}}: clients follow Location only on 301, 302, 303, 307 and 308 (RFC 9110 §15.4).',
      swapped: '{{api}} gets the URL and the status the wrong way round: {{effect}}. Put the {{first}} first.',
      swappedForVersion:
        '{{api}} gets the URL and the status in the order of another {{framework}} version: the installed {{framework}} {{major}} takes the {{first}} first.',
      statusReplaced:
        "{{status}} is lost: {{framework}}'s {{helper}} with only a URL sends {{sent}} ({{reference}}) whatever status {{api}} set before it.",
      useStatus: 'Use {{status}}.',
      passStatus: 'Pass {{status}} to {{helper}}.',
    },
    schema: [],
  },
  create(context) {
    const analysis = getFileAnalysis(context);

    return statusSiteListeners(context, (site) => {
      if (site.role === 'status') {
        checkReplaced(site);
        return;
      }
      const spec = site.sink?.redirect;
      if (site.role !== 'redirect' || !spec || !site.value) return;
      // The order of the arguments is a question about the call, not about one branch of a
      // choice, nor about the call of a helper (whose arguments are in the helper's order).
      const whole = site.branchOf === undefined && site.via === undefined;
      if (site.value.type === 'string') {
        if (whole && !/^\s*\d/.test(site.value.value)) checkOrder(site, 'swapped');
        return;
      }
      const status = site.value.value;
      if (whole && spec.swapped?.package !== undefined && checkOrder(site, 'current')) return;
      if (!Number.isInteger(status) || status < 100 || status > 599 || REDIRECT_STATUSES.has(status)) return;
      const rejected = spec.accepts && !spec.accepts.some(([from, to]) => status >= from && status <= to);
      context.report({
        node: site.node,
        messageId: rejected ? 'rejected' : 'notFollowed',
        data: {
          api: site.api,
          status: nameCode(status),
          effect: rejected ? (spec.rejects ?? 'throws') : spec.sends,
          accepted: spec.accepts && describeRanges(spec.accepts),
        },
        suggest: SUGGESTED.map((code) => ({
          messageId: 'useStatus' as const,
          data: { status: nameCode(code) },
          fix: (fixer: TSESLint.RuleFixer) => fixer.replaceText(site.node, String(code)),
        })),
      });
    });

    /**
     * Reports a status that a later call of its chain replaces with its own
     * (`res.status(301).redirect(url)` sends 302), and suggests passing the status to that call
     * where the chain is just the two (`res.redirect(301, url)`).
     */
    function checkReplaced(site: StatusSite): void {
      if (site.value?.type !== 'number') return;
      const replaced = analysis.replacedInChain(site);
      if (!replaced || replaced.own.status === site.value.value) return;
      const { call, name, own } = replaced;
      const status = nameCode(site.value.value);
      const helper = `${name}()`;
      const fix = passStatusFix(context.sourceCode, site, call, own.statusArg);
      context.report({
        node: site.node,
        messageId: 'statusReplaced',
        data: {
          status,
          framework: site.framework,
          helper,
          sent: nameCode(own.status),
          reference: getHttpStatus(own.status)?.reference ?? 'RFC 9110 §15.4',
          api: site.api,
        },
        suggest: fix ? [{ messageId: 'passStatus', data: { status, helper }, fix }] : [],
      });
    }

    /**
     * Reports a status and URL in the wrong order and swaps them back. `swapped`: the call has a
     * URL where this sink expects the status. `current`: the call has this sink's order, which an
     * older installed major of the framework reads the other way round. Returns whether it reported.
     */
    function checkOrder(site: StatusSite, shape: 'swapped' | 'current'): boolean {
      const spec = site.sink?.redirect;
      const call = site.owner;
      if (!spec || spec.url === undefined || !site.sink || !('arg' in site.sink.at) || call.type !== AST_NODE_TYPES.CallExpression) return false;
      const statusIndex = site.sink.at.arg;
      const statusArg = call.arguments[statusIndex];
      const urlArg = call.arguments[spec.url];
      if (!statusArg || !urlArg || statusArg.type === AST_NODE_TYPES.SpreadElement || urlArg.type === AST_NODE_TYPES.SpreadElement) {
        return false;
      }
      const statusFirst = statusIndex < spec.url;
      const swapped = spec.swapped;
      if (shape === 'swapped') {
        if (analysis.staticValue(urlArg)?.type !== 'number' || !swapped) return false;
        if (swapped.package !== undefined && swapped.since !== undefined) {
          const major = installedMajor(context.filename, swapped.package);
          // Older majors document the other order, and an unknown version proves nothing.
          if (major === undefined || major < swapped.since) return false;
        }
        reportOrder(call, statusArg, urlArg, { messageId: 'swapped', data: { api: site.api, effect: swapped.effect, first: statusFirst ? 'status' : 'URL' } });
        return true;
      }
      if (!swapped?.package || swapped.since === undefined || analysis.staticValue(urlArg)?.type !== 'string') return false;
      const major = installedMajor(context.filename, swapped.package);
      if (major === undefined || major >= swapped.since) return false;
      reportOrder(call, statusArg, urlArg, {
        messageId: 'swappedForVersion',
        data: { api: site.api, framework: site.framework, major, first: statusFirst ? 'URL' : 'status' },
      });
      return true;
    }

    function reportOrder(
      call: TSESTree.CallExpression,
      a: TSESTree.Node,
      b: TSESTree.Node,
      message: { messageId: 'swapped' | 'swappedForVersion'; data: Record<string, unknown> },
    ): void {
      const { sourceCode } = context;
      // Each argument moves with the comments around it (`/* url */ '/new'`), which label it.
      const [rangeA, rangeB] = [withComments(a), withComments(b)];
      const text = (range: TSESTree.Range): string => sourceCode.text.slice(range[0], range[1]);
      context.report({
        node: call,
        ...message,
        fix: (fixer) => [fixer.replaceTextRange(rangeA, text(rangeB)), fixer.replaceTextRange(rangeB, text(rangeA))],
      });
    }

    /** An argument's range with the comments between it and the `(`, `,` or `)` around it. */
    function withComments(argument: TSESTree.Node): TSESTree.Range {
      const { sourceCode } = context;
      const before = sourceCode.getCommentsBefore(argument)[0];
      const after = sourceCode.getCommentsAfter(argument).at(-1);
      return [before?.range[0] ?? argument.range[0], after?.range[1] ?? argument.range[1]];
    }
  },
});

