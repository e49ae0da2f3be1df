import { HTTP_METHODS, routeMethods } from './shared.js';
import { STATUS_VALUE, type CallSpec, type FrameworkSpec, type GlobalSpec, type HandlerSpec } from './types.js';

// h3 v1 (Nitro 2, Nuxt 3) and v2 (Nitro 3). semantics-fetch.md §4: `setResponseStatus(event, n)`,
// `createError({ statusCode | status })`, `sendRedirect(event, url, n)`, `sendNoContent(event, n)`,
// v2 `event.res.status = n`, `new HTTPError({ status })`, `redirect(url, n)`, `noContent(n)`.
// Nitro and Nuxt auto-import these helpers in `server/` without an import statement.

const eventHandler: HandlerSpec = { at: 'functions', params: ['h3.event'] };
const errorInit = { role: 'error', at: { arg: 0, property: ['statusCode', 'status'] } } as const;

const h3Functions: Record<string, CallSpec> = {
  defineEventHandler: { handlers: [eventHandler] },
  eventHandler: { handlers: [eventHandler] },
  defineHandler: { handlers: [eventHandler] },
  setResponseStatus: { response: 0, sinks: [{ role: 'status', at: { arg: 1 } }] },
  createError: { sinks: [errorInit], headers: [{ init: 0 }] },
  setResponseHeader: { response: 0, headers: [{ name: 1 }] },
  appendResponseHeader: { response: 0, headers: [{ name: 1 }] },
  setResponseHeaders: { response: 0, headers: [{ object: 1 }] },
  sendRedirect: { response: 0, sinks: [{ role: 'redirect', at: { arg: 2 }, redirect: { url: 1, sends: 'sends it with a Location header and a meta-refresh page' } }] },
  sendNoContent: { response: 0, sinks: [{ role: 'status', at: { arg: 1 } }] },
  redirect: { sinks: [{ role: 'redirect', at: { arg: 1 }, redirect: { url: 0, sends: 'sends it with a Location header and a meta-refresh page' } }] },
  noContent: { sinks: [{ role: 'status', at: { arg: 0 } }] },
};

/** Nitro's `server/` folder, where h3 helpers are auto-imported. */
const NITRO_SERVER_FILES = /(?:^|\/)server\/(?:api|routes|middleware|plugins|utils)\//;

/** Auto-imported names that are unambiguous enough to trust without an import. */
const AUTO_IMPORTED = ['defineEventHandler', 'eventHandler', 'setResponseStatus', 'createError', 'sendRedirect', 'sendNoContent'];

export const h3: FrameworkSpec = {
  id: 'h3',
  name: 'h3',
  behaviour: {
    outOfRange: 'h3 v1 lets 600–999 through to Node and quietly keeps the previous status otherwise; h3 v2 quietly sends 200 (500 for errors)',
  },
  modules: { h3: 'h3.module' },
  globals: Object.fromEntries(
    AUTO_IMPORTED.map((name): [string, GlobalSpec] => [name, { kind: `h3.auto.${name}`, path: NITRO_SERVER_FILES }]),
  ),
  types: { h3: { H3Event: 'h3.event' } },
  kinds: {
    'h3.module': {
      methods: h3Functions,
      members: { H3: 'h3.class', HTTPError: 'h3.httpError', H3Error: 'h3.httpError' },
    },
    ...Object.fromEntries(AUTO_IMPORTED.map((name) => [`h3.auto.${name}`, { call: h3Functions[name] }])),
    'h3.class': { construct: { returns: 'h3.app' } },
    'h3.app': { methods: routeMethods([...HTTP_METHODS, 'all', 'use', 'on'], eventHandler) },
    'h3.event': { members: { res: 'h3.eventResponse', node: 'h3.nodeContext' } },
    'h3.eventResponse': { statusProperties: ['status'], members: { status: STATUS_VALUE } },
    'h3.nodeContext': { members: { res: 'node.serverResponse' } },
    'h3.httpError': {
      construct: { sinks: [errorInit, { role: 'error', at: { arg: 1, property: ['statusCode', 'status'] } }] },
      methods: { status: { sinks: [{ role: 'error', at: { arg: 0 } }] } },
    },
  },
};
