import { STATUS_VALUE, type BodyEffects, type FrameworkSpec, type RedirectSpec, type SinkSpec } from './types.js';

// The WHATWG Fetch `Response` (undici, Deno, Bun, workerd) and the global `fetch` client.
// semantics-fetch.md §1, §9.1: `new Response(body, { status })`, `Response.json(data, { status })`,
// `Response.redirect(url, status)`; a fetch response's `status` is read by client code.

/** `Response.redirect(url, status)`: only the Fetch standard's redirect statuses (§1.2 #dom-response-redirect). */
export const FETCH_REDIRECT: RedirectSpec = {
  url: 0,
  accepts: [
    [301, 303],
    [307, 308],
  ],
  rejects: 'throws a RangeError',
  sends: 'sends it',
};

/** undici, Deno and workerd reject a body with a null-body status (semantics-fetch.md §1.3). */
export const FETCH_BODY: BodyEffects = {
  noContent: 'the Response constructor throws a TypeError in Node, Deno and Cloudflare Workers (Bun drops it)',
  resetContent: 'the Response constructor throws a TypeError in Node, Deno and Cloudflare Workers (Bun drops it)',
  informational: 'the Response constructor throws a RangeError for any 1xx',
};

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
  // With type information: the DOM lib's and undici's `Response` instances.
  types: {
    '<global>': { Response: 'fetch.response' },
    'undici-types': { Response: 'fetch.response' },
    undici: { Response: 'fetch.response' },
  },
  kinds: {
    'fetch.responseClass': {
      construct: {
        returns: 'fetch.response',
        sinks: [{ role: 'status', at: { arg: 1, property: ['status'] } }],
        body: { arg: 0, nullable: true, effects: FETCH_BODY },
        headers: [{ init: 1 }],
      },
      methods: {
        // `Response.json(null)` still has a body: the text `null`.
        json: {
          returns: 'fetch.response',
          sinks: [initStatus],
          body: { arg: 0, nullable: false, effects: FETCH_BODY },
          headers: [{ init: 1 }],
        },
        redirect: {
          returns: 'fetch.response',
          sinks: [{ role: 'redirect', at: { arg: 1 }, redirect: FETCH_REDIRECT }],
        },
      },
    },
    'fetch.response': { members: { status: STATUS_VALUE, headers: 'fetch.headers' } },
    'fetch.headers': { methods: { set: { headers: [{ name: 0 }] }, append: { headers: [{ name: 0 }] } } },
    'fetch.fetch': { call: { returns: 'fetch.promise' } },
    'fetch.promise': {
      awaits: 'fetch.response',
      methods: { then: { handlers: [{ at: { arg: 0 }, params: ['fetch.response'] }] } },
    },
  },
};
