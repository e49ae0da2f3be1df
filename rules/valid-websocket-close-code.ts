import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';

import { closeSiteListeners, getFileAnalysis, type StatusSite } from '../src/analysis/index.js';
import {
  getCloseCode,
  getCloseCodeRange,
  isCloseCodeAccepted,
  webSocketApis,
  type WebSocketApi,
} from '../src/codes/index.js';
import { createRule } from '../src/create-rule.js';
import { describeRanges } from '../src/describe.js';

export type MessageIds =
  | 'neverSent'
  | 'outOfRange'
  | 'notAccepted'
  | 'notReceived'
  | 'reasonTooLong'
  | 'reasonWithoutCode'
  | 'useCode';
export type Options = [];

/** A Close frame's payload is at most 125 bytes, two of which are the code (RFC 6455 §5.5). */
const REASON_LIMIT = 123;
const encoder = new TextEncoder();

export default createRule<Options, MessageIds>({
  name: 'valid-websocket-close-code',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require WebSocket close codes and reasons that the socket API accepts and RFC 6455 allows to be sent',
      recommended: 'recommended',
    },
    hasSuggestions: true,
    messages: {
      neverSent: '{{code}} ({{name}}) must never be sent in a Close frame ({{reference}}): {{effect}}.',
      outOfRange: '{{code}} is not a close code that may be sent ({{reference}}: {{range}}): {{effect}}.',
      notAccepted: '{{api}} {{effect}} for {{code}} ({{name}}): {{apiName}} accepts only {{accepted}}.',
      notReceived: 'A close event never carries {{code}} ({{reference}}: {{range}}).',
      reasonTooLong:
        'The close reason is {{bytes}} bytes of UTF-8, more than the {{limit}} a Close frame has room for (RFC 6455 §5.5): {{api}} {{effect}}.',
      reasonWithoutCode: '{{api}} {{effect}} for a reason without a code: pass a code first, such as 1000.',
      useCode: 'Use {{code}} ({{name}}).',
    },
    schema: [],
  },
  create(context) {
    const analysis = getFileAnalysis(context);
    /** The calls whose reason is checked: a choice of codes (`ok ? 1000 : 1011`) is one site per branch, with one reason. */
    const reasonsChecked = new Set<StatusSite['owner']>();

    return closeSiteListeners(context, (site) => {
      const api = site.sink?.webSocket && webSocketApis[site.sink.webSocket.api];
      if (!api) return;
      if (site.role === 'close') checkReason(site, api);
      if (site.value?.type !== 'number' || !Number.isInteger(site.value.value)) return;
      const code = site.value.value;
      if (site.role === 'closeEvent') checkReceived(site, code);
      else checkSent(site, code, api);
    });

    function checkSent(site: StatusSite, code: number, api: WebSocketApi): void {
      const accepted = isCloseCodeAccepted(api.id, code);
      const entry = getCloseCode(code);
      const range = getCloseCodeRange(code);
      // What happens when the code is sent anyway: the API's error, or the peer's verdict.
      const effect = accepted
        ? `${api.name} does not check it, and peers built on ws or undici fail the connection on it and report 1006`
        : `${site.api} ${api.onBadCode}`;
      const suggest = suggestions(site, api);
      if (entry && !entry.sendable) {
        context.report({
          node: site.node,
          messageId: 'neverSent',
          data: { code, name: entry.name, reference: entry.reference, effect },
          suggest,
        });
      } else if (!entry && range && range.sendable !== true) {
        const use = range.sendable === 'per-code' ? 'it is unassigned in the range for the protocol and its extensions' : `${range.from}–${range.to} is ${range.use}`;
        context.report({
          node: site.node,
          messageId: 'outOfRange',
          data: { code, range: use, reference: range.reference, effect },
          suggest,
        });
      } else if (!accepted) {
        context.report({
          node: site.node,
          messageId: 'notAccepted',
          data: {
            api: site.api,
            effect: api.onBadCode,
            code,
            name: entry?.name ?? (code >= 4000 ? 'private use' : 'registered by libraries'),
            apiName: api.name,
            accepted: describeRanges(api.accepts),
          },
          suggest,
        });
      }
    }

    function checkReceived(site: StatusSite, code: number): void {
      const range = getCloseCodeRange(code);
      if (getCloseCode(code) || !range || range.sendable === true) return;
      const use = range.sendable === 'per-code' ? 'it is unassigned' : `${range.from}–${range.to} is ${range.use}`;
      context.report({ node: site.node, messageId: 'notReceived', data: { code, range: use, reference: range.reference } });
    }

    function checkReason(site: StatusSite, api: WebSocketApi): void {
      const index = site.sink?.webSocket?.reason;
      const call = site.owner;
      // A code passed to a helper (`bye(ws, 4000)`) says nothing of where the helper's reason is.
      if (index === undefined || site.via || call.type !== AST_NODE_TYPES.CallExpression || reasonsChecked.has(call)) return;
      reasonsChecked.add(call);
      const reasonNode = call.arguments[index];
      const reason = reasonNode && analysis.staticValue(reasonNode);
      if (!reasonNode || reason?.type !== 'string') return;
      if (api.reasonWithoutCode && analysis.isNullish(site.node, false)) {
        context.report({ node: site.node, messageId: 'reasonWithoutCode', data: { api: site.api, effect: api.reasonWithoutCode } });
      }
      const bytes = encoder.encode(reason.value).length;
      if (api.reasonLimitBytes === null || bytes <= Math.min(api.reasonLimitBytes, REASON_LIMIT)) return;
      // At the argument: a reason held in a constant (`ws.close(1000, REASON)`) is too long at each call.
      context.report({
        node: reasonNode,
        messageId: 'reasonTooLong',
        data: { bytes, limit: REASON_LIMIT, api: site.api, effect: api.onLongReason },
      });
    }

    /** 1000 (Normal Closure) always; then 1011 where the API takes it, else an application code. */
    function suggestions(site: StatusSite, api: WebSocketApi): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
      const codes = [1000, isCloseCodeAccepted(api.id, 1011) ? 1011 : 4000];
      return codes.map((code) => ({
        messageId: 'useCode',
        data: { code, name: getCloseCode(code)?.name ?? 'private use' },
        fix: (fixer) => fixer.replaceText(site.node, String(code)),
      }));
    }
  },
});

