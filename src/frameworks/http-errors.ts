import type { FrameworkSpec } from './types.js';

// http-errors 2. semantics-node.md §9: `createError(status, message, props)`; a number counts as
// the status only as the first argument.

export const httpErrors: FrameworkSpec = {
  id: 'http-errors',
  name: 'http-errors',
  behaviour: {
    outOfRange: 'http-errors turns it into a 500',
    numericString: 'http-errors takes a string as the message, so the error becomes a 500',
  },
  modules: { 'http-errors': 'httpErrors.module' },
  kinds: {
    'httpErrors.module': {
      call: { sinks: [{ role: 'error', at: { arg: 0 } }], headers: [{ init: 'last' }] },
      members: { default: 'httpErrors.module' },
    },
  },
};
