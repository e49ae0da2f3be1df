import type { CallSpec, HandlerSpec, KindId, SiteRole } from './types.js';

/**
 * Fastify on a send once the reply was sent (lib/reply.js `send`: `this.sent`, the raw
 * response's `writableEnded`): it logs a warning and returns. Observed with Fastify 5.12, for
 * `reply.send()`, `reply.redirect()` and a value a handler returns after `reply.send()`; here
 * because @fastify/sensible's helpers, which call `reply.send()`, say it too.
 */
export const FASTIFY_ALREADY_SENT = 'Fastify logs FST_ERR_REP_ALREADY_SENT ("Reply was already sent") and drops it';

/** HTTP method names that routers use as registration methods. */
export const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete', 'options', 'head'] as const;

/**
 * The same registration spec under several method names: `app.get`, `app.post`, … all take
 * handlers with the same parameters.
 */
export function routeMethods(
  names: readonly string[],
  handler: HandlerSpec,
  returns: KindId | 'self' = 'self',
): Record<string, CallSpec> {
  return Object.fromEntries(names.map((name) => [name, { returns, handlers: [handler] }]));
}

/** The same call spec under several method names. */
export function methodsOf(names: readonly string[], spec: CallSpec): Record<string, CallSpec> {
  return Object.fromEntries(names.map((name) => [name, spec]));
}

/**
 * Methods whose names give their status (`reply.notFound()` is 404): each call is a site of that
 * status in the role given, and `rest` adds what else the call of that name does.
 */
export function statusMethods(
  statuses: Readonly<Record<string, number>>,
  role: SiteRole,
  rest: (name: string) => Omit<CallSpec, 'sinks'> = () => ({}),
): Record<string, CallSpec> {
  return Object.fromEntries(Object.entries(statuses).map(([name, status]) => [name, { ...rest(name), sinks: [{ role, at: { implicit: status } }] }]));
}
