import { siteListeners, type LateOperation } from '../src/analysis/index.js';
import { createRule } from '../src/create-rule.js';
import { returnAt } from '../src/fix/return.js';

export type MessageIds = 'afterSend' | 'againInLoop' | 'returnAfterSend' | 'returnAtSend';
export type Options = [];

export default createRule<Options, MessageIds>({
  name: 'no-status-after-send',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow setting a status or headers, or sending again, after the response was sent',
      recommended: 'recommended',
    },
    hasSuggestions: true,
    messages: {
      afterSend: '{{api}} runs after {{sentApi}} sent {{what}} on line {{line}}: {{effect}}.',
      againInLoop: '{{api}} runs again on the next turn of the loop, after it sent {{what}}: {{effect}}.',
      returnAfterSend: 'The handler returns a value after {{sentApi}} sent {{what}} on line {{line}}: {{effect}}.',
      returnAtSend: 'Return from the function at {{sentApi}} on line {{line}}.',
    },
    schema: [],
  },
  create(context) {
    return siteListeners(context, {
      LateOperations(operations) {
        for (const late of operations) report(late);
      },
    });

    function report(late: LateOperation): void {
      const { sent } = late;
      const line = sent.call.loc.start.line;
      const fix = late.again ? undefined : returnAt(sent.call, context.sourceCode);
      context.report({
        loc: late.loc,
        messageId: late.again ? 'againInLoop' : late.api === undefined ? 'returnAfterSend' : 'afterSend',
        data: {
          api: late.api ?? '',
          sentApi: sent.api,
          what: sent.ended ? 'the response' : 'the head of the response',
          line,
          effect: late.effect,
        },
        suggest: fix ? [{ messageId: 'returnAtSend', data: { sentApi: sent.api, line }, fix }] : [],
      });
    }
  },
});
