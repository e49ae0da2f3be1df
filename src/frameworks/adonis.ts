import { HTTP_METHODS, methodsOf, routeMethods, statusMethods } from './shared.js';
import type { BodyEffects, BodySpec, FrameworkSpec, HandlerSpec } from './types.js';

// AdonisJS 6 (and 5), @adonisjs/http-server src/response.ts and src/redirect.ts: controllers and
// route handlers get the HttpContext, `{ response }: HttpContext`. `response.status(n)` sets
// Node's statusCode without a check; `send(body)`, `json(body)` only keep the body, which is
// written when the request is done (`finish()`), so a status set after it still applies;
// `redirect(path, forwardQueryString, status)` or `redirect().status(n).toPath(url)` sends a
// Location with any status; `abort(body, status)` throws an error that becomes the response.

/** `writeBody()`: no body for a status under 200, 204 or 304; 205 is sent as any other. */
const ADONIS_BODY: BodyEffects = {
  noContent: 'AdonisJS drops it silently, with its Content-Type and Content-Length',
  resetContent: 'AdonisJS sends it anyway',
  informational: 'AdonisJS drops it and ends the response with the interim status only',
};

/** `send(body)`, `json(body)`: `null`, `undefined` or `''` is no body (and a 204 unless a status was set). */
const send: BodySpec = { arg: 0, nullable: true, effects: ADONIS_BODY };

/** The shorthands that set a status and keep a body: `response.notFound(body)` is `status(404).send(body)`. */
const SHORTHANDS: Record<string, number> = {
  ok: 200,
  created: 201,
  accepted: 202,
  nonAuthoritativeInformation: 203,
  noContent: 204,
  resetContent: 205,
  partialContent: 206,
  multipleChoices: 300,
  movedPermanently: 301,
  movedTemporarily: 302,
  seeOther: 303,
  notModified: 304,
  useProxy: 305,
  temporaryRedirect: 307,
  badRequest: 400,
  unauthorized: 401,
  paymentRequired: 402,
  forbidden: 403,
  notFound: 404,
  methodNotAllowed: 405,
  notAcceptable: 406,
  proxyAuthenticationRequired: 407,
  requestTimeout: 408,
  conflict: 409,
  gone: 410,
  lengthRequired: 411,
  preconditionFailed: 412,
  requestEntityTooLarge: 413,
  requestUriTooLong: 414,
  unsupportedMediaType: 415,
  requestedRangeNotSatisfiable: 416,
  expectationFailed: 417,
  unprocessableEntity: 422,
  tooManyRequests: 429,
  internalServerError: 500,
  notImplemented: 501,
  badGateway: 502,
  serviceUnavailable: 503,
  gatewayTimeout: 504,
  httpVersionNotSupported: 505,
};

/** `noContent()` and `resetContent()` take no body. */
const WITHOUT_BODY = new Set(['noContent', 'resetContent']);

const shorthands = statusMethods(SHORTHANDS, 'status', (name) => (WITHOUT_BODY.has(name) ? {} : { body: send }));

const REDIRECT_SENDS = 'sends it with a Location header';

/** Route handlers and controller methods: `(ctx)`. */
const handler: HandlerSpec = { at: 'functions', params: ['adonis.context'] };

export const adonis: FrameworkSpec = {
  id: 'adonis',
  name: 'AdonisJS',
  behaviour: {
    outOfRange: 'AdonisJS hands it to node:http, which sends 600–999 with the reason "unknown" and throws ERR_HTTP_INVALID_STATUS_CODE for anything else',
  },
  modules: {
    '@adonisjs/core/services/router': 'adonis.routerModule',
  },
  types: {
    '@adonisjs/core/http': { HttpContext: 'adonis.context', Response: 'adonis.response' },
    '@adonisjs/http-server': { HttpContext: 'adonis.context', Response: 'adonis.response' },
    // AdonisJS 5's IoC aliases.
    '@ioc:Adonis/Core/HttpContext': { HttpContextContract: 'adonis.context' },
    '@ioc:Adonis/Core/Response': { ResponseContract: 'adonis.response' },
  },
  shapes: { dependency: '@adonisjs/core', handlers: [handler] },
  kinds: {
    'adonis.routerModule': { members: { default: 'adonis.router' } },
    'adonis.router': { methods: routeMethods([...HTTP_METHODS, 'any'], { at: { arg: 1 }, params: ['adonis.context'] }) },
    'adonis.context': { members: { response: 'adonis.response' } },
    'adonis.response': {
      // The body is written when the request is done: a status set after `send()` still applies.
      sentWhenDone: true,
      methods: {
        ...methodsOf(['status', 'safeStatus'], { returns: 'self', sinks: [{ role: 'status', at: { arg: 0 } }] }),
        ...methodsOf(['send', 'json', 'jsonp'], { body: send }),
        ...methodsOf(['header', 'append', 'safeHeader'], { returns: 'self', headers: [{ name: 0 }] }),
        location: { returns: 'self', headers: [{ fixed: 'Location' }] },
        ...methodsOf(['type', 'vary', 'setEtag', 'removeHeader', 'cookie', 'encryptedCookie', 'plainCookie', 'clearCookie'], { returns: 'self' }),
        redirect: {
          returns: 'adonis.redirect',
          sinks: [{ role: 'redirect', at: { arg: 2 }, redirect: { url: 0, sends: REDIRECT_SENDS } }],
          headers: [{ fixed: 'Location', when: 0 }],
        },
        abort: { sinks: [{ role: 'error', at: { arg: 1 } }] },
        ...methodsOf(['abortIf', 'abortUnless'], { sinks: [{ role: 'error', at: { arg: 2 } }] }),
        ...shorthands,
      },
    },
    'adonis.redirect': {
      methods: {
        // The URL comes in a later call of the chain: `.status(301).toPath('/new')`.
        status: { returns: 'self', sinks: [{ role: 'redirect', at: { arg: 0 }, redirect: { sends: REDIRECT_SENDS } }] },
        ...methodsOf(['withQs', 'clearQs'], { returns: 'self' }),
        ...methodsOf(['toPath', 'toRoute', 'back'], { headers: [{ fixed: 'Location' }] }),
      },
    },
  },
};
