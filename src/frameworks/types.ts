/**
 * The vocabulary of the framework tables. A framework is described as data: which modules and
 * globals it exposes, what kind of object each call or member gives, where a status value sits in
 * a call, and which functions it calls back with which objects. `src/analysis/` interprets these
 * tables; rules never name a framework.
 */

import type { WebSocketApiId } from '../codes/types.js';

/** Identifies an object shape, e.g. `express.response`. Ids are namespaced by framework. */
export type KindId = string;

/** The value of a status property that is read (`res.status`, `res.statusCode`): what comparisons look for. */
export const STATUS_VALUE: KindId = '$status';

/** What a status value means at a site. */
export type SiteRole =
  /** Sets or sends the status of a response. */
  | 'status'
  /** The status of a redirect. */
  | 'redirect'
  /** The status of an error that will be thrown or returned as a response. */
  | 'error'
  /** A test assertion on a received status (supertest `.expect(404)`). */
  | 'compare'
  /** A WebSocket close code being sent: `ws.close(code, reason)`. */
  | 'close'
  /** A close code a `CloseEvent` is built with: a received code, not a sent one. */
  | 'closeEvent';

/** Where the status value sits in a call's arguments. */
export type ValueSlot =
  /** The argument itself. */
  | { arg: number }
  /** A property of an object argument: `new Response(body, { status })`. */
  | { arg: number; property: readonly string[] }
  /** A number, or an object with one of these properties: Hono `c.json(x, 404 | { status })`. */
  | { arg: number; numberOrProperty: readonly string[] }
  /** No argument: the API's own status, e.g. `Boom.unauthorized()` is a 401. */
  | { implicit: number };

export interface SinkSpec {
  role: SiteRole;
  at: ValueSlot;
  /** Only when the call has at least this many arguments: Express `res.redirect(301, url)`. */
  minArgs?: number;
  /** For redirects: where the URL goes and what the API does with a wrong status or order. */
  redirect?: RedirectSpec;
  /** As a method decorator, the status applies to what the method returns (NestJS `@HttpCode`). */
  decoratedReturn?: BodyEffects;
  /**
   * For errors: the error is answered on the response of the function that throws it, which keeps
   * the headers set on that response before (NestJS's exception filter replies through the same
   * response object a handler gets with `@Res()`).
   */
  answeredOnResponse?: true;
  /** For WebSocket closes: which API's rules apply (src/codes/close-codes.ts), and where the reason is. */
  webSocket?: { api: WebSocketApiId; reason?: number };
  /** What this API does with an invalid value, where it differs from the rest of its framework (SvelteKit's `fail()` checks nothing). */
  behaviour?: InvalidStatusBehaviour;
}

/** How a redirect API treats its status (semantics-node.md §11, semantics-fetch.md §10.4). */
export interface RedirectSpec {
  /**
   * Argument index of the URL in the order this sink describes; absent when the URL is given to
   * another call (AdonisJS `response.redirect().status(301).toPath(url)`).
   */
  url?: number;
  /** The statuses the API accepts, if it checks; outside them it throws. */
  accepts?: readonly (readonly [number, number])[];
  /** What it does outside `accepts`: `throws a RangeError`. */
  rejects?: string;
  /** What it does with a status it accepts but that is no redirect: `sends it with a Location header`. */
  sends: string;
  /** The URL and status the other way round. */
  swapped?: {
    /** What that order does, for the message. */
    effect: string;
    /** When the right order depends on the installed major of this package … */
    package?: string;
    /** … the first major in which this sink's order is the documented one (older majors take the other). */
    since?: number;
  };
}

/** Functions that the framework calls with known objects: route handlers, middleware, hooks. */
export interface HandlerSpec {
  /**
   * Where the function is passed: `functions` for any function argument; a position; or a
   * property path inside an object argument (hapi `server.route({ handler })`).
   */
  at: 'functions' | { arg: number; property?: readonly (readonly string[])[] };
  /** The kind of each parameter, by position (`null`: not tracked). */
  params: readonly (KindId | null)[];
  /** Other parameter lists chosen by the function's arity: Express error handlers have four. */
  paramsByArity?: Readonly<Record<number, readonly (KindId | null)[]>>;
  /** Only when the first argument is this string: `server.on('request', …)`. */
  whenFirstArg?: string;
  /**
   * The handler's return value is the response body (Fastify's async handlers, Elysia's
   * handlers): which parameter holds the response whose status applies, and what the runtime
   * does with a body it forbids. `property`: where the parameter is destructured, the property
   * that holds the object the status is set on (Elysia's `({ set }) => …`). `afterSent`: what
   * it does with a value returned after the response was sent (see `AfterSent`).
   */
  returnsBody?: { response: number; property?: string; effects: BodyEffects; afterSent?: string };
}

export interface CallSpec {
  /** The kind the call returns; `self` for chainable methods. */
  returns?: KindId | 'self';
  sinks?: readonly SinkSpec[];
  handlers?: readonly HandlerSpec[];
  /** The call sends (or builds a response with) a body. */
  body?: BodySpec;
  /** The call sets response headers, or gives an error headers. */
  headers?: readonly HeaderSlot[];
  /**
   * The argument that holds the response the call works on, for function-style APIs: h3's
   * `setResponseStatus(event, 401)` and `setResponseHeader(event, name, value)` both act on
   * `event`, which is then followed like `res` in `res.status(401)`.
   */
  response?: number;
  /**
   * The call writes the response head: a header set after it is too late (node:http throws
   * `ERR_HTTP_HEADERS_SENT`). `res.writeHead()`, `res.end()`, Express `res.send()`.
   */
  sendsHead?: true;
  /**
   * The call also ends the response: it is sent in full (`res.end()`, Express `res.json()`,
   * Fastify `reply.send()`), where `sendsHead` alone only sends its head (`res.writeHead()`,
   * `res.write()`, after which the body may go on).
   */
  ends?: true;
  /** What the call does on a response already sent (see `AfterSent`); absent: nothing goes wrong, or nothing is known. */
  afterSent?: AfterSent;
  /** The same for a call without arguments, where that differs (`res.end()` after the end does nothing). */
  afterSentBare?: AfterSent;
  /**
   * The method is a plugin's decoration of the framework's object (@fastify/sensible's
   * `reply.notFound()`): it counts only in a file that imports or requires this package, or in a
   * project whose package.json lists it, and is no evidence of a handler's shape.
   */
  plugin?: string;
  /**
   * With at most `maxArgs` arguments the call sends `status` itself, whatever status was set
   * before it: Express's `res.redirect(url)` sends 302, so `res.status(301).redirect(url)` sends
   * 302. `statusArg`: where the status goes to be passed to the call instead (`res.redirect(301, url)`).
   */
  ownStatus?: OwnStatus;
}

/**
 * What the runtime does with an operation on a response that was already sent, for messages: a
 * clause, such as `Node throws ERR_HTTP_HEADERS_SENT ("Cannot set headers after they are sent to
 * the client")`. `head`: once the head went out (`res.writeHead()`, `res.write()`), and also once
 * the response ended unless `end` says otherwise; `end`: once it was sent in full (`res.end()`,
 * Express `res.json()`). Absent: nothing goes wrong then.
 */
export interface AfterSent {
  head?: string;
  end?: string;
}

/** See `CallSpec.ownStatus`. */
export interface OwnStatus {
  status: number;
  maxArgs: number;
  statusArg: number;
}

/** Where a call's headers are (header names compare case-insensitively). */
export type HeaderSlot =
  /** The header name is this argument: `res.set('Allow', 'GET')`. It may also be an object of headers. */
  | { name: number }
  /** An object (or `Headers`, or array of pairs) of headers: `reply.headers({ … })`; `last`: the last object argument. */
  | { object: number | 'last' }
  /** The `headers` of an init or options object: `new Response(body, { headers })`, `createError(401, msg, { headers })`. */
  | { init: number | 'last' }
  /** Always this header, or only when argument `when` is given: `res.location(url)`, `Boom.unauthorized(msg, scheme)`. */
  | { fixed: string; when?: number }
  /** When this property is in the object argument, the headers are out of sight: Hono `new HTTPException(401, { res })`. */
  | { opaque: number; property: string };

/**
 * What the runtime does with a body on a status that has no content (RFC 9110 §6.4.1, §15.3.6):
 * a clause for messages, such as `throws a TypeError` or `drops it silently`.
 */
export interface BodyEffects {
  /** 204, and 304 unless `notModified` says otherwise. */
  noContent: string;
  notModified?: string;
  resetContent: string;
  /** 1xx. */
  informational?: string;
  /**
   * An empty string (`''`, ``` `` ```) is no content here: the runtime drops any body on these
   * statuses, so an empty one loses nothing (Koa's `ctx.body = ''` on a 204). Not where any
   * non-null body throws, as the Fetch `Response` does.
   */
  emptyIsNoBody?: true;
}

export interface BodySpec {
  /** Argument index of the body. */
  arg: number;
  /** `null`, `undefined` or no argument means no body (`new Response(null, …)`, `res.end()`). */
  nullable: boolean;
  effects: BodyEffects;
}

export interface KindSpec {
  /** Kinds whose members, methods and status properties this kind has as well. */
  extends?: readonly KindId[];
  /** Calling a value of this kind (`express()`). */
  call?: CallSpec;
  /** `new` on a value of this kind (`new Koa()`). */
  construct?: CallSpec;
  /** `x.name(…)`. */
  methods?: Readonly<Record<string, CallSpec>>;
  /** `x.name`: the kind of the member. Use STATUS_VALUE for a status that can be read. */
  members?: Readonly<Record<string, KindId>>;
  /** `x.name = value` sets the status (`res.statusCode`, `ctx.status`). */
  statusProperties?: readonly string[];
  /** What assigning one of `statusProperties` does once the head went out, for messages: `Node ignores it`. */
  statusAfterSent?: string;
  /**
   * Properties that tell whether the response was sent (`res.headersSent`, Fastify's
   * `reply.sent`): code that tests one (`if (!res.headersSent) …`) knows on each branch.
   */
  sentFlags?: readonly string[];
  /** `x.name = value` sets the body (`ctx.body`), and what the runtime does with it on a no-content status. */
  bodyProperties?: Readonly<Record<string, BodyEffects>>;
  /** An object of response headers: `x[name] = value` sets the header `name` (Elysia's `set.headers`). */
  headerMap?: true;
  /** The kind of `await x` (and of the parameter of `x.then(fn)`). */
  awaits?: KindId;
  /**
   * The response goes out only once the handler is done, so a status set after the body still
   * decides whether the body is sent: Koa's `ctx.body = x; ctx.status = 204`, a hapi response
   * object given `.code(204)` after `h.response(x)`.
   */
  sentWhenDone?: true;
  /**
   * A value of this kind is a collection (a `Set` or an array) whose elements are of the kind
   * named here: ws's `wss.clients`. Iterating it and its `forEach` give them.
   */
  elements?: KindId;
}

/**
 * Classes whose methods a runtime calls by name, with known objects: a Cloudflare Durable Object's
 * `webSocketMessage(ws, message)`. A class is one if it extends a value of the kind `extends`, or
 * if one of its methods calls a method named `calls.method` with a value of `calls.kind` as
 * argument `calls.arg` (`this.ctx.acceptWebSocket(server)`).
 */
export interface ClassSpec {
  extends?: KindId;
  calls?: { method: string; arg: number; kind: KindId };
  /** Method name (or `constructor`) → the kind of each parameter, by position (`null`: not tracked). */
  methods: Readonly<Record<string, readonly (KindId | null)[]>>;
  /** What the base class gives `this`, for a class that extends `extends`: a Durable Object's `this.ctx`. */
  members?: Readonly<Record<string, KindId>>;
}

/** A module-level function that a framework calls with known objects, by file location. */
export interface FileConventionSpec {
  /** Matched against the linted file's path, with `/` separators. */
  path: RegExp;
  /** Which exports are handlers: `default`, or named exports such as `GET`. */
  exports: readonly string[];
  params: readonly (KindId | null)[];
}

export interface GlobalSpec {
  kind: KindId;
  /** Only in files whose path (with `/` separators) matches: Nitro's auto-imports under `server/`. */
  path?: RegExp;
}

/** What the framework's runtime does with a value that is no status, for messages: a clause. */
export interface InvalidStatusBehaviour {
  /** An integer outside 100–599: `sends 600–999 as "600 unknown"`. */
  outOfRange?: string;
  /** A numeric string such as `'404'`: `throws a TypeError (a 500 response)`. */
  numericString?: string;
  /** A fraction such as `403.14`. */
  nonInteger?: string;
  /** An expected status that a test assertion is given as a numeric string: `supertest reads a string as the expected body`. */
  expectedString?: string;
}

export interface FrameworkSpec {
  id: string;
  /** Human name for messages and docs. */
  name: string;
  /** What its runtime does with invalid status values (semantics-node.md §11.6, semantics-fetch.md §1.3). */
  behaviour?: InvalidStatusBehaviour;
  /** Module specifier → the kind of the module object (`require(m)`, `import * as x`, and a CJS default import). */
  modules?: Readonly<Record<string, KindId>>;
  /** Global names (unshadowed) → kind. */
  globals?: Readonly<Record<string, GlobalSpec>>;
  /** TypeScript type names by module, for annotated parameters: `(res: Response)` from `express`. */
  types?: Readonly<Record<string, Readonly<Record<string, KindId>>>>;
  files?: readonly FileConventionSpec[];
  /** Handlers known by their shape where no registration is in sight (see `ShapeSpec`). */
  shapes?: ShapeSpec;
  /** Classes whose methods the runtime calls (see `ClassSpec`). */
  classes?: readonly ClassSpec[];
  kinds: Readonly<Record<KindId, KindSpec>>;
}

/**
 * Handlers defined in one module and registered in another (controllers, route and plugin
 * modules), known by their shape: in a project whose nearest package.json has `dependency` among
 * its `dependencies` (an application; not `devDependencies` or `peerDependencies`, where a library
 * keeps the framework it tests itself with or adapts to), a function whose parameter count fits
 * one of `handlers` (`params`, or a `paramsByArity` entry) and whose every tracked parameter (a
 * non-null kind) is used at least once the way the table says that kind is written to: a call of
 * one of its methods that sets a status, a header or a body, sends, or registers a function
 * written in place, with at least one argument; or an assignment to one of its status or body
 * properties. The first handler that fits is taken.
 */
export interface ShapeSpec {
  dependency: string;
  handlers: readonly HandlerSpec[];
}
