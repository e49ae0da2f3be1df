import { methodsOf, statusMethods } from './shared.js';
import type { FrameworkSpec, HandlerSpec, SinkSpec } from './types.js';

// hapi 21 and @hapi/boom 10. semantics-node.md §7: `h.response(v).code(n)`; Boom errors carry
// their status in `new Boom.Boom(msg, { statusCode })`, `Boom.boomify(err, { statusCode })` and
// `Boom.internal(msg, data, statusCode)`.

const toolkitHandler: HandlerSpec = {
  at: { arg: 0, property: [['handler'], ['options', 'handler'], ['config', 'handler']] },
  params: [null, 'hapi.toolkit'],
};

/** A Boom helper's fixed status (semantics-node.md §7.2, "Boom helper → status"). */
function implicitError(status: number): SinkSpec {
  return { role: 'error', at: { implicit: status } };
}

const BOOM_STATUSES: Record<string, number> = {
  badRequest: 400,
  paymentRequired: 402,
  forbidden: 403,
  notFound: 404,
  notAcceptable: 406,
  proxyAuthRequired: 407,
  clientTimeout: 408,
  conflict: 409,
  resourceGone: 410,
  lengthRequired: 411,
  preconditionFailed: 412,
  entityTooLarge: 413,
  uriTooLong: 414,
  unsupportedMediaType: 415,
  rangeNotSatisfiable: 416,
  expectationFailed: 417,
  teapot: 418,
  badData: 422,
  locked: 423,
  failedDependency: 424,
  tooEarly: 425,
  preconditionRequired: 428,
  tooManyRequests: 429,
  illegal: 451,
  badImplementation: 500,
  notImplemented: 501,
  badGateway: 502,
  serverUnavailable: 503,
  gatewayTimeout: 504,
};

const boomOptions = { role: 'error', at: { arg: 1, property: ['statusCode'] } } as const;

export const hapi: FrameworkSpec = {
  id: 'hapi',
  name: 'hapi',
  behaviour: {
    outOfRange: 'hapi sends 600–999 with the reason "unknown" (Boom accepts any code from 400 up)',
    numericString: 'hapi fails an assertion (the client gets a 500); Boom parses it',
    nonInteger: 'hapi fails an assertion (the client gets a 500)',
  },
  modules: { '@hapi/hapi': 'hapi.module', '@hapi/boom': 'boom.module' },
  types: {
    '@hapi/hapi': { ResponseToolkit: 'hapi.toolkit', ResponseObject: 'hapi.response', Server: 'hapi.server' },
  },
  kinds: {
    'hapi.module': {
      methods: { server: { returns: 'hapi.server' } },
      members: { Server: 'hapi.serverClass', default: 'hapi.module' },
    },
    'hapi.serverClass': { construct: { returns: 'hapi.server' } },
    'hapi.server': {
      methods: {
        route: { handlers: [toolkitHandler] },
        ext: { handlers: [{ at: 'functions', params: [null, 'hapi.toolkit'] }] },
      },
    },
    'hapi.toolkit': {
      methods: {
        response: {
          returns: 'hapi.response',
          body: {
            arg: 0,
            nullable: true,
            effects: {
              noContent: 'hapi sends no payload',
              resetContent: 'hapi sends it anyway',
              informational: 'hapi sends only the interim head and the client sees the connection close',
            },
          },
        },
        redirect: { returns: 'hapi.response', headers: [{ fixed: 'Location' }] },
      },
    },
    'hapi.response': {
      // Transmitted after the handler returns: `.code(204)` set later still drops the payload (semantics-node.md §7.2).
      sentWhenDone: true,
      methods: {
        code: { returns: 'self', sinks: [{ role: 'status', at: { arg: 0 } }] },
        header: { returns: 'self', headers: [{ name: 0 }] },
        ...methodsOf(['location', 'redirect', 'created'], { returns: 'self', headers: [{ fixed: 'Location' }] }),
        ...methodsOf(['type', 'etag', 'vary', 'message', 'temporary', 'permanent', 'rewritable', 'takeover', 'state'], { returns: 'self' }),
      },
    },
    'boom.module': {
      members: { Boom: 'boom.class', default: 'boom.module' },
      methods: {
        boomify: { sinks: [boomOptions] },
        internal: { sinks: [{ role: 'error', at: { arg: 2 } }] },
        ...statusMethods(BOOM_STATUSES, 'error'),
        // Only these two helpers can set the header their status requires.
        unauthorized: { sinks: [implicitError(401)], headers: [{ fixed: 'WWW-Authenticate', when: 1 }] },
        methodNotAllowed: { sinks: [implicitError(405)], headers: [{ fixed: 'Allow', when: 2 }] },
      },
    },
    'boom.class': { construct: { sinks: [boomOptions] } },
  },
};
