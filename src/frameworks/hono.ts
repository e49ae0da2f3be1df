import { HTTP_METHODS, methodsOf, routeMethods } from './shared.js';
import type { BodyEffects, CallSpec, FrameworkSpec, HandlerSpec } from './types.js';

// Hono 4. semantics-fetch.md §3: `c.status(n)`; `c.json/text/body/html/newResponse(data, n | init)`;
// `c.redirect(location, n)`; `new HTTPException(n, options)`.

const contentful: CallSpec = {
  returns: 'fetch.response',
  sinks: [{ role: 'status', at: { arg: 1, numberOrProperty: ['status'] } }],
  headers: [{ init: 1 }, { object: 2 }],
};

/** Hono builds a `Response`, whose constructor throws; Hono's error handler answers 500 (semantics-fetch.md §3.3). */
const HONO_BODY: BodyEffects = {
  noContent: 'the Response that Hono builds throws a TypeError and the client gets a 500',
  resetContent: 'the Response that Hono builds throws a TypeError and the client gets a 500',
  informational: 'the Response that Hono builds throws a RangeError and the client gets a 500',
};

const handler: HandlerSpec = { at: 'functions', params: ['hono.context', null] };

/** `app.onError((err, c) => …)`. */
const errorHandler: HandlerSpec = { at: 'functions', params: [null, 'hono.context'] };

export const hono: FrameworkSpec = {
  id: 'hono',
  name: 'Hono',
  behaviour: {
    outOfRange: 'the Response that Hono builds throws a RangeError, which Hono answers with a 500',
  },
  modules: {
    hono: 'hono.module',
    'hono/http-exception': 'hono.httpExceptionModule',
    'hono/factory': 'hono.factoryModule',
  },
  shapes: { dependency: 'hono', handlers: [handler, errorHandler] },
  types: { hono: { Context: 'hono.context' } },
  kinds: {
    'hono.module': { members: { Hono: 'hono.class' } },
    'hono.class': { construct: { returns: 'hono.app' } },
    'hono.app': {
      methods: {
        ...routeMethods([...HTTP_METHODS, 'all', 'on', 'use'], handler),
        onError: { returns: 'self', handlers: [errorHandler] },
        notFound: { returns: 'self', handlers: [handler] },
        basePath: { returns: 'self' },
        route: { returns: 'self' },
      },
    },
    'hono.context': {
      members: { res: 'fetch.response' },
      methods: {
        status: { sinks: [{ role: 'status', at: { arg: 0 } }] },
        header: { headers: [{ name: 0 }] },
        ...methodsOf(['json', 'text', 'html'], { ...contentful, body: { arg: 0, nullable: false, effects: HONO_BODY } }),
        ...methodsOf(['body', 'newResponse'], { ...contentful, body: { arg: 0, nullable: true, effects: HONO_BODY } }),
        redirect: {
          returns: 'fetch.response',
          sinks: [{ role: 'redirect', at: { arg: 1 }, redirect: { url: 0, sends: 'sends it with a Location header' } }],
        },
      },
    },
    'hono.httpExceptionModule': { members: { HTTPException: 'hono.httpException' } },
    'hono.httpException': {
      construct: { sinks: [{ role: 'error', at: { arg: 0 } }], headers: [{ opaque: 1, property: 'res' }] },
    },
    'hono.factoryModule': { methods: { createMiddleware: { handlers: [handler] } } },
  },
};
