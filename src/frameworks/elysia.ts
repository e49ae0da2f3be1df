import { HTTP_METHODS, routeMethods } from './shared.js';
import { FETCH_REDIRECT } from './fetch.js';
import type { FrameworkSpec, RedirectSpec } from './types.js';

/** Elysia's `redirect(url, status)` is `Response.redirect(url, status)`. */
const ELYSIA_REDIRECT: RedirectSpec = FETCH_REDIRECT;

// Elysia 1.4. semantics-fetch.md §7: handlers destructure `{ set, status, redirect }`;
// `set.status = n`, `status(n, body)`, `redirect(url, n)`; headers are `set.headers[name] = v`.

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
      methods: routeMethods([...HTTP_METHODS, 'all', 'route', 'onError', 'onBeforeHandle', 'onAfterHandle'], {
        at: 'functions',
        params: ['elysia.context'],
      }),
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
