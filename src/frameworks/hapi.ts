import { methodsOf } from './shared.js';
import type { FrameworkSpec, HandlerSpec } from './types.js';

// hapi 21 and @hapi/boom 10. semantics-node.md §7: `h.response(v).code(n)`; Boom errors carry
// their status in `new Boom.Boom(msg, { statusCode })`, `Boom.boomify(err, { statusCode })` and
// `Boom.internal(msg, data, statusCode)`.

const toolkitHandler: HandlerSpec = {
  at: { arg: 0, property: [['handler'], ['options', 'handler'], ['config', 'handler']] },
  params: [null, 'hapi.toolkit'],
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
        redirect: { returns: 'hapi.response' },
      },
    },
    'hapi.response': {
      methods: {
        code: { returns: 'self', sinks: [{ role: 'status', at: { arg: 0 } }] },
        ...methodsOf(
          ['header', 'location', 'type', 'etag', 'vary', 'message', 'redirect', 'temporary', 'permanent', 'rewritable', 'created', 'takeover', 'state'],
          { returns: 'self' },
        ),
      },
    },
    'boom.module': {
      members: { Boom: 'boom.class', default: 'boom.module' },
      methods: {
        boomify: { sinks: [boomOptions] },
        internal: { sinks: [{ role: 'error', at: { arg: 2 } }] },
      },
    },
    'boom.class': { construct: { sinks: [boomOptions] } },
  },
};
