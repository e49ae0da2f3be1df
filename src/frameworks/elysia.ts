import { HTTP_METHODS, routeMethods } from './shared.js';
import { FETCH_REDIRECT } from './fetch.js';
import type { BodyEffects, FrameworkSpec, HandlerSpec, RedirectSpec } from './types.js';

/** Elysia's `redirect(url, status)` is `Response.redirect(url, status)`. */
const ELYSIA_REDIRECT: RedirectSpec = FETCH_REDIRECT;

// Elysia 1.4. semantics-fetch.md §7: handlers destructure `{ set, status, redirect }`;
// `set.status = n`, `status(n, body)`, `redirect(url, n)`; headers are `set.headers[name] = v`.

/**
 * A value a route handler returns becomes the body of a `Response` with `set.status`
 * (semantics-fetch.md §7: `set.status = 204; return {a:1}` is a 500 on Node and a 204 with the
 * body on Bun; §1.3: a 1xx status is a RangeError in undici).
 */
const RETURNED_BODY: BodyEffects = {
  noContent: 'Elysia builds a Response with it, which throws a TypeError on Node (a 500), and Bun sends the body anyway',
  resetContent: 'Elysia builds a Response with it, which throws a TypeError on Node (a 500), and Bun sends the body anyway',
  informational: 'Elysia builds a Response with it, which throws a RangeError on Node (a 500)',
};

/** Route handlers get the context, often destructured (`({ set }) => …`); what they return is the body. */
const route: HandlerSpec = {
  at: 'functions',
  params: ['elysia.context'],
  returnsBody: { response: 0, property: 'set', effects: RETURNED_BODY },
};

export const elysia: FrameworkSpec = {
  id: 'elysia',
  name: 'Elysia',
  modules: { elysia: 'elysia.module' },
  types: { elysia: { Context: 'elysia.context' } },
  kinds: {
    'elysia.module': {
      members: { Elysia: 'elysia.class' },
      methods: { redirect: { sinks: [{ role: 'redirect', at: { arg: 1 } }] } },
    },
    'elysia.class': { construct: { returns: 'elysia.app' } },
    'elysia.app': {
      methods: {
        ...routeMethods([...HTTP_METHODS, 'all', 'route'], route),
        // Hooks get the context too, but what they return is no route's body.
        ...routeMethods(['onError', 'onBeforeHandle', 'onAfterHandle'], { at: 'functions', params: ['elysia.context'] }),
      },
    },
    'elysia.context': {
      members: { set: 'elysia.set' },
      methods: {
        status: {
          sinks: [{ role: 'status', at: { arg: 0 } }],
          body: {
            arg: 1,
            nullable: true,
            effects: {
              noContent: 'Elysia drops it on Bun, but its Response throws a TypeError on Node (a 500)',
              resetContent: 'Elysia drops it on Bun, but its Response throws a TypeError on Node (a 500)',
            },
          },
        },
        redirect: { sinks: [{ role: 'redirect', at: { arg: 1 }, redirect: ELYSIA_REDIRECT }] },
      },
    },
    // Elysia builds the response from `set` (its status and headers) whether the handler returns
    // a value or `status(n, body)`: adapter/web-standard/handler.ts `mapResponse(…, set)`.
    'elysia.set': { statusProperties: ['status'], members: { headers: 'elysia.headers' } },
    'elysia.headers': { headerMap: true },
  },
};
