import { SENSIBLE_INSTANCE_METHODS, SENSIBLE_REPLY_METHODS, sensibleHttpErrors } from './fastify-sensible.js';
import { FASTIFY_ALREADY_SENT, HTTP_METHODS, methodsOf, routeMethods } from './shared.js';
import { STATUS_VALUE, type AfterSent, type BodyEffects, type FrameworkSpec, type HandlerSpec } from './types.js';

// Fastify 5. semantics-node.md §6: `reply.code(n)`, `reply.status(n)`, `reply.statusCode = n`,
// `reply.redirect(url, n)`. Handlers are `(request, reply)`; plugins `(instance, opts)`.

/** Fastify on a body it must not send (semantics-node.md §6.2). */
const FASTIFY_BODY: BodyEffects = {
  noContent: 'Fastify drops it silently',
  notModified: 'Node drops it, but Fastify still sends its Content-Type and Content-Length',
  resetContent: 'Fastify sends it anyway',
  informational: 'Fastify drops it',
};

/** What a handler returns is sent like `reply.send()`, by a sync handler as by an async one (lib/handle-request.js). */
const handler: HandlerSpec = {
  at: 'functions',
  params: [null, 'fastify.reply'],
  returnsBody: { response: 1, effects: FASTIFY_BODY, afterSent: FASTIFY_ALREADY_SENT },
};

/** `reply.code(n)` sets the raw response's `statusCode`, which Node no longer reads once the head went out. */
const STATUS_IGNORED = 'Fastify passes it to Node, which ignores it, as the status went out with the head';

/** A header set once the reply was sent is kept in the reply's own header store, which nothing writes any more. */
const HEADER_IGNORED: AfterSent = { end: 'Fastify keeps it, but the reply already went out without it' };

/** Plugins: `(instance, opts)`, `(instance, opts, done)` for callback plugins. */
const plugin: HandlerSpec = { at: 'functions', params: ['fastify.instance', null], paramsByArity: { 1: ['fastify.instance'], 3: ['fastify.instance', null, null] } };

/** Hooks get the same objects, but their return value is not the body. */
const hook: HandlerSpec = { at: 'functions', params: [null, 'fastify.reply'] };

export const fastify: FrameworkSpec = {
  id: 'fastify',
  name: 'Fastify',
  behaviour: {
    outOfRange: 'Fastify throws FST_ERR_BAD_STATUS_CODE (the client gets a 500)',
    numericString: 'Fastify converts it with `+code`',
    nonInteger: 'Fastify passes it on and Node truncates it',
  },
  modules: { fastify: 'fastify.module' },
  shapes: { dependency: 'fastify', handlers: [plugin, handler] },
  types: { fastify: { FastifyReply: 'fastify.reply', FastifyInstance: 'fastify.instance' } },
  kinds: {
    'fastify.module': {
      call: { returns: 'fastify.instance' },
      members: { fastify: 'fastify.module', default: 'fastify.module' },
    },
    'fastify.instance': {
      methods: {
        ...routeMethods([...HTTP_METHODS, 'all'], handler),
        route: { returns: 'self', handlers: [{ at: { arg: 0, property: [['handler']] }, params: [null, 'fastify.reply'] }] },
        addHook: { returns: 'self', handlers: [hook] },
        setNotFoundHandler: { returns: 'self', handlers: [handler] },
        setErrorHandler: { returns: 'self', handlers: [{ at: 'functions', params: [null, null, 'fastify.reply'] }] },
        register: { returns: 'self', handlers: [plugin] },
        ...SENSIBLE_INSTANCE_METHODS,
      },
      members: { httpErrors: 'fastify.sensibleHttpErrors' },
    },
    'fastify.sensibleHttpErrors': sensibleHttpErrors,
    'fastify.reply': {
      statusProperties: ['statusCode'],
      statusAfterSent: STATUS_IGNORED,
      sentFlags: ['sent'],
      members: { statusCode: STATUS_VALUE, raw: 'node.serverResponse' },
      methods: {
        ...methodsOf(['code', 'status'], { returns: 'self', sinks: [{ role: 'status', at: { arg: 0 } }], afterSent: { head: STATUS_IGNORED } }),
        redirect: {
          sendsHead: true,
          ends: true,
          afterSent: { end: FASTIFY_ALREADY_SENT },
          sinks: [
            {
              role: 'redirect',
              at: { arg: 1 },
              redirect: {
                url: 0,
                sends: 'sends it with a Location header',
                swapped: {
                  effect: 'Fastify 5 takes the URL first: it sets Location to the status and throws FST_ERR_BAD_STATUS_CODE for the URL (the client gets a 500)',
                  package: 'fastify',
                  since: 5,
                },
              },
            },
          ],
        },
        send: { body: { arg: 0, nullable: true, effects: FASTIFY_BODY }, sendsHead: true, ends: true, afterSent: { end: FASTIFY_ALREADY_SENT } },
        header: { returns: 'self', headers: [{ name: 0 }], afterSent: HEADER_IGNORED },
        headers: { returns: 'self', headers: [{ object: 0 }], afterSent: HEADER_IGNORED },
        ...methodsOf(['type', 'removeHeader'], { returns: 'self', afterSent: HEADER_IGNORED }),
        ...SENSIBLE_REPLY_METHODS,
      },
    },
  },
};
