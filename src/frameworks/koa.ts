import { HTTP_METHODS, routeMethods } from './shared.js';
import { STATUS_VALUE, type BodyEffects, type FrameworkSpec, type HandlerSpec } from './types.js';

// Koa 2 and 3, with @koa/router and koa-router. semantics-node.md §5: `ctx.status = n`,
// `ctx.response.status = n`, `ctx.throw(n, …)`, `ctx.assert(value, n, …)`.

/**
 * Koa's `respond()` drops the body for 204, 205 and 304 whatever the order (semantics-node.md §5.2).
 * `ctx.body = ''` keeps an explicit status (the body setter makes it 200 only when none was set)
 * and sends nothing on those statuses: koa lib/response.js `set body`, lib/application.js
 * `respond` (Koa 2.16 and 3.x). `ctx.body = null` on a 204 sends no body either.
 */
const KOA_BODY: BodyEffects = {
  noContent: 'Koa drops it silently',
  resetContent: 'Koa drops it silently',
  informational: 'Koa sends only the interim head and the client sees the connection close',
  emptyIsNoBody: true,
};

const middleware: HandlerSpec = { at: 'functions', params: ['koa.context', null] };

/** The router's `router.param(name, (value, ctx, next) => …)` middleware (@koa/router, koa-router). */
const paramMiddleware: HandlerSpec = { at: 'functions', params: [null, 'koa.context', null] };

/**
 * As a shape, a param middleware only with its three parameters: a function of two whose second
 * is a context is also Koa's `app.on('error', (err, ctx) => …)` listener, which sends nothing.
 */
const paramMiddlewareShape: HandlerSpec = { at: 'functions', params: [], paramsByArity: { 3: paramMiddleware.params } };

export const koa: FrameworkSpec = {
  id: 'koa',
  name: 'Koa',
  behaviour: {
    outOfRange: 'Koa sends 600–999 with the reason "unknown" and fails an assertion (a 500) for anything else',
    numericString: 'Koa fails an assertion when it is assigned (the client gets a 500)',
    nonInteger: 'Koa fails an assertion when it is assigned (the client gets a 500)',
  },
  shapes: { dependency: 'koa', handlers: [middleware, paramMiddlewareShape] },
  modules: {
    koa: 'koa.module',
    '@koa/router': 'koa.routerModule',
    'koa-router': 'koa.routerModule',
  },
  types: {
    koa: { Context: 'koa.context', ParameterizedContext: 'koa.context', ExtendableContext: 'koa.context' },
    '@koa/router': { RouterContext: 'koa.context' },
    'koa-router': { RouterContext: 'koa.context' },
  },
  kinds: {
    'koa.module': { construct: { returns: 'koa.app' }, members: { default: 'koa.module' } },
    'koa.app': { methods: { use: { returns: 'self', handlers: [middleware] } } },
    'koa.routerModule': { construct: { returns: 'koa.router' }, members: { default: 'koa.routerModule', Router: 'koa.routerModule' } },
    'koa.router': {
      methods: { ...routeMethods([...HTTP_METHODS, 'del', 'all', 'use'], middleware), param: { returns: 'self', handlers: [paramMiddleware] } },
    },
    'koa.context': {
      sentWhenDone: true,
      statusProperties: ['status'],
      bodyProperties: { body: KOA_BODY },
      members: { status: STATUS_VALUE, response: 'koa.response', res: 'node.serverResponse' },
      methods: {
        throw: { sinks: [{ role: 'error', at: { arg: 0 } }], headers: [{ init: 'last' }] },
        assert: { sinks: [{ role: 'error', at: { arg: 1 } }], headers: [{ init: 'last' }] },
        set: { headers: [{ name: 0 }] },
        append: { headers: [{ name: 0 }] },
      },
    },
    'koa.response': {
      sentWhenDone: true,
      statusProperties: ['status'],
      bodyProperties: { body: KOA_BODY },
      members: { status: STATUS_VALUE },
      methods: { set: { headers: [{ name: 0 }] }, append: { headers: [{ name: 0 }] } },
    },
  },
};
