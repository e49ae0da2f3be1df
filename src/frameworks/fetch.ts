import { STATUS_VALUE, type FrameworkSpec, type SinkSpec } from './types.js';

// The WHATWG Fetch `Response` (undici, Deno, Bun, workerd) and the global `fetch` client.
// semantics-fetch.md §1, §9.1: `new Response(body, { status })`, `Response.json(data, { status })`,
// `Response.redirect(url, status)`; a fetch response's `status` is read by client code.

const initStatus: SinkSpec = { role: 'status', at: { arg: 1, numberOrProperty: ['status'] } };

export const fetchApi: FrameworkSpec = {
  id: 'fetch',
  name: 'Fetch',
  behaviour: {
    outOfRange: 'the Response constructor throws a RangeError (undici, Deno, Bun and workerd accept only 200–599)',
    numericString: 'the Response constructor converts it to a number',
    nonInteger: 'the Response constructor truncates it',
  },
  globals: {
    Response: { kind: 'fetch.responseClass' },
    fetch: { kind: 'fetch.fetch' },
  },
  kinds: {
    'fetch.responseClass': {
      construct: { returns: 'fetch.response', sinks: [{ role: 'status', at: { arg: 1, property: ['status'] } }] },
      methods: {
        json: { returns: 'fetch.response', sinks: [initStatus] },
        redirect: { returns: 'fetch.response', sinks: [{ role: 'redirect', at: { arg: 1 } }] },
      },
    },
    'fetch.response': { members: { status: STATUS_VALUE } },
    'fetch.fetch': { call: { returns: 'fetch.promise' } },
    'fetch.promise': {
      awaits: 'fetch.response',
      methods: { then: { handlers: [{ at: { arg: 0 }, params: ['fetch.response'] }] } },
    },
  },
};
