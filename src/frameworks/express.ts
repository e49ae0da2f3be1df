import { NODE_STATUS_AFTER_SENT } from './node-http.js';
import { HTTP_METHODS, methodsOf, routeMethods } from './shared.js';
import type { AfterSent, BodySpec, FrameworkSpec, HandlerSpec } from './types.js';

// Express 4 and 5. semantics-node.md §4: `res.status(n)`, `res.sendStatus(n)`,
// `res.redirect([status,] url)`; `res` extends node's ServerResponse. Handlers are `(req, res, next)`,
// error handlers `(err, req, res, next)` (recognised by their four parameters).

const handler: HandlerSpec = {
  at: 'functions',
  params: [null, 'express.response', null],
  paramsByArity: { 4: [null, null, 'express.response', null] },
};

/** `res.send/json/jsonp` (semantics-node.md §4.2): Express strips the body itself. */
const send: BodySpec = {
  arg: 0,
  nullable: false,
  effects: {
    noContent: 'Express drops it silently, with its Content-Type',
    resetContent: 'Express drops it and sends Content-Length: 0',
    informational: 'Express sends only the interim head and the client sees the connection close',
  },
};

/**
 * Express on a response whose head went out: every method that sends or sets a header goes
 * through `res.set()` (`send` sets Content-Type and Content-Length, `redirect` Location,
 * `sendStatus` Content-Type), which throws (observed with Express 4.22 and 5.3). `res.send()`
 * without a body sets none, and after the end does nothing.
 */
const HEADERS_SENT: AfterSent = { head: 'Express throws ERR_HTTP_HEADERS_SENT ("Cannot set headers after they are sent to the client")' };

const routing = routeMethods([...HTTP_METHODS, 'all', 'use'], handler);

export const express: FrameworkSpec = {
  id: 'express',
  name: 'Express',
  behaviour: {
    outOfRange: 'Express sends 600–999 with the reason "unknown" and answers anything else with a 500',
    numericString: 'Express 5 throws a TypeError (the client gets a 500); Express 4 only logs a deprecation warning',
    nonInteger: 'Express 5 throws a TypeError (the client gets a 500); Express 4 lets Node truncate it',
  },
  modules: { express: 'express.module' },
  shapes: { dependency: 'express', handlers: [handler] },
  types: {
    express: { Response: 'express.response' },
    'express-serve-static-core': { Response: 'express.response' },
  },
  kinds: {
    'express.module': {
      call: { returns: 'express.app' },
      members: { Router: 'express.routerFactory' },
    },
    'express.routerFactory': { call: { returns: 'express.router' } },
    'express.app': {
      methods: { ...routing, route: { returns: 'express.route' } },
    },
    'express.router': {
      methods: { ...routing, route: { returns: 'express.route' } },
    },
    'express.route': { methods: routeMethods([...HTTP_METHODS, 'all'], handler) },
    'express.response': {
      extends: ['node.serverResponse'],
      methods: {
        status: { returns: 'self', sinks: [{ role: 'status', at: { arg: 0 } }], afterSent: { head: NODE_STATUS_AFTER_SENT } },
        sendStatus: { sinks: [{ role: 'status', at: { arg: 0 } }], sendsHead: true, ends: true, afterSent: HEADERS_SENT },
        send: { body: send, sendsHead: true, ends: true, afterSent: HEADERS_SENT, afterSentBare: { end: 'Express ignores it' } },
        ...methodsOf(['json', 'jsonp'], { body: send, sendsHead: true, ends: true, afterSent: HEADERS_SENT }),
        redirect: {
          sendsHead: true,
          ends: true,
          afterSent: HEADERS_SENT,
          // `res.redirect(url)` sends 302 whatever status was set before (Express 4.22.0 and
          // 5.2.1 lib/response.js `res.redirect`: `var status = 302`; semantics-node.md §4.2).
          ownStatus: { status: 302, maxArgs: 1, statusArg: 0 },
          sinks: [
            {
              role: 'redirect',
              at: { arg: 0 },
              minArgs: 2,
              redirect: {
                url: 1,
                sends: 'sends it with a Location header',
                swapped: {
                  effect: 'Express 5 throws a TypeError for the URL as a status (the client gets a 500); Express 4 accepts it with a deprecation warning',
                },
              },
            },
          ],
        },
        ...methodsOf(['set', 'header', 'append'], { returns: 'self', headers: [{ name: 0 }], afterSent: HEADERS_SENT }),
        location: { returns: 'self', headers: [{ fixed: 'Location' }], afterSent: HEADERS_SENT },
        links: { returns: 'self', headers: [{ fixed: 'Link' }], afterSent: HEADERS_SENT },
        ...methodsOf(['type', 'contentType', 'vary', 'cookie', 'clearCookie', 'attachment'], { returns: 'self', afterSent: HEADERS_SENT }),
      },
    },
  },
};
