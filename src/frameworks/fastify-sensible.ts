import { FASTIFY_ALREADY_SENT, statusMethods } from './shared.js';
import type { CallSpec, KindSpec } from './types.js';

// @fastify/sensible 6 (fastify/fastify-sensible index.js, lib/httpErrors.js): it decorates the
// reply with one helper per error, `reply.notFound(message)`, which is
// `reply.send(httpErrors.notFound(message))`: the status is in the name and no header is set
// (no WWW-Authenticate on `unauthorized()`, no Allow on `methodNotAllowed()`).
// `reply.getHttpError(code, message)` looks the helper up by the status's name in node's
// STATUS_CODES, so a code without a helper throws a TypeError. The instance gets
// `httpErrors.<helper>(message)`, `httpErrors.getHttpError(code)`, `httpErrors.createError(…)`
// (http-errors' createError) and `assert(condition, code, message)`. All of it exists only where
// the plugin is registered: every entry names the package (`plugin`).

const PLUGIN = '@fastify/sensible';

/** The helpers and their statuses, as lib/httpErrors.js names them. */
const HELPERS: Record<string, number> = {
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
  payloadTooLarge: 413,
  uriTooLong: 414,
  unsupportedMediaType: 415,
  rangeNotSatisfiable: 416,
  expectationFailed: 417,
  imateapot: 418,
  misdirectedRequest: 421,
  unprocessableEntity: 422,
  locked: 423,
  failedDependency: 424,
  tooEarly: 425,
  upgradeRequired: 426,
  preconditionRequired: 428,
  tooManyRequests: 429,
  requestHeaderFieldsTooLarge: 431,
  unavailableForLegalReasons: 451,
  internalServerError: 500,
  notImplemented: 501,
  badGateway: 502,
  serviceUnavailable: 503,
  gatewayTimeout: 504,
  httpVersionNotSupported: 505,
  variantAlsoNegotiates: 506,
  insufficientStorage: 507,
  loopDetected: 508,
  bandwidthLimitExceeded: 509,
  notExtended: 510,
  networkAuthenticationRequired: 511,
};

/** `getHttpError(code)` with a code that names no helper. */
const NO_HELPER = { outOfRange: "@fastify/sensible's getHttpError() finds no helper for it and throws a TypeError (the client gets a 500)" };

/** Reply decorations: each sends the error at once, with `reply.send()`, which after another send only logs. */
const SENDS: Pick<CallSpec, 'sendsHead' | 'ends' | 'afterSent'> = { sendsHead: true, ends: true, afterSent: { end: FASTIFY_ALREADY_SENT } };

export const SENSIBLE_REPLY_METHODS: Record<string, CallSpec> = {
  ...statusMethods(HELPERS, 'status', () => ({ plugin: PLUGIN, ...SENDS })),
  getHttpError: { plugin: PLUGIN, sinks: [{ role: 'status', at: { arg: 0 }, behaviour: NO_HELPER }], ...SENDS },
};

/** `fastify.httpErrors`: the same helpers, returning the error to throw or send. */
export const sensibleHttpErrors: KindSpec = {
  methods: {
    ...statusMethods(HELPERS, 'error', () => ({ plugin: PLUGIN })),
    getHttpError: { plugin: PLUGIN, sinks: [{ role: 'error', at: { arg: 0 }, behaviour: NO_HELPER }] },
    createError: { plugin: PLUGIN, sinks: [{ role: 'error', at: { arg: 0 } }], headers: [{ init: 'last' }] },
  },
};

/** `fastify.assert(condition, code, message)`: throws the error when the condition is falsy. */
export const SENSIBLE_INSTANCE_METHODS: Record<string, CallSpec> = {
  assert: { plugin: PLUGIN, sinks: [{ role: 'error', at: { arg: 1 } }] },
};
