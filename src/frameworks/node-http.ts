import { STATUS_VALUE, type AfterSent, type BodyEffects, type CallSpec, type FrameworkSpec, type HandlerSpec } from './types.js';

// node:http, node:https and node:http2 (compat and core APIs). semantics-node.md §2–3:
// `res.statusCode = n` and `writeHead(n)` set the status; http2 streams take `':status'`.

/** node:http on a body written after a no-content status (semantics-node.md §2.2). */
export const NODE_BODY: BodyEffects = {
  noContent: 'Node drops it silently (or throws ERR_HTTP_BODY_NOT_ALLOWED with rejectNonStandardBodyWrites)',
  resetContent: 'Node sends it anyway',
  informational: 'Node writes the 1xx as the final head and the client sees the connection close',
};

/**
 * node:http2 on a body written to a stream after `respond()` with 204, 205 or 304: `respond`
 * forces `endStream`, and later writes are discarded (semantics-node.md §3.2).
 */
const HTTP2_STREAM_BODY: BodyEffects = {
  noContent: 'node:http2 ends the stream and discards it',
  resetContent: 'node:http2 ends the stream and discards it',
};

/**
 * node:http on a header set once the head went out: `ERR_HTTP_HEADERS_SENT`, thrown by
 * `setHeader`, `appendHeader`, `setHeaders` and `writeHead` (lib/_http_outgoing.js,
 * lib/_http_server.js; observed on Node 20, with the verb each puts in the message).
 */
export const nodeHeadersSent = (verb: 'set' | 'append' | 'write'): AfterSent => ({
  head: `Node throws ERR_HTTP_HEADERS_SENT ("Cannot ${verb} headers after they are sent to the client")`,
});

/**
 * node:http on `write(chunk)` or `end(chunk)` after `end()`: the error is emitted on the
 * response, and without a listener it is an uncaught exception (observed on Node 20).
 */
const NODE_WRITE_AFTER_END: AfterSent = {
  end: 'Node emits ERR_STREAM_WRITE_AFTER_END, which crashes the process unless the response has an error listener',
};

/** node:http and node:http2 on `statusCode = n` once the head went out: a plain property, no longer read. */
export const NODE_STATUS_AFTER_SENT = 'Node ignores it, as the status went out with the head';

/** node:http2's compat response on a header set once the head went out (lib/internal/http2/compat.js). */
const HTTP2_HEADERS_SENT: AfterSent = { head: 'node:http2 throws ERR_HTTP2_HEADERS_SENT ("Response has already been initiated.")' };

/** node:http's response methods; node:http2's compat response has the same names. */
const serverResponseMethods = {
  writeHead: {
    returns: 'self',
    sinks: [{ role: 'status', at: { arg: 0 } }],
    headers: [{ object: 'last' }],
    sendsHead: true,
    afterSent: nodeHeadersSent('write'),
  },
  setHeader: { headers: [{ name: 0 }], afterSent: nodeHeadersSent('set') },
  appendHeader: { returns: 'self', headers: [{ name: 0 }], afterSent: nodeHeadersSent('append') },
  setHeaders: { returns: 'self', headers: [{ object: 0 }], afterSent: nodeHeadersSent('set') },
  write: { body: { arg: 0, nullable: false, effects: NODE_BODY }, sendsHead: true, afterSent: NODE_WRITE_AFTER_END },
  end: {
    body: { arg: 0, nullable: true, effects: NODE_BODY },
    sendsHead: true,
    ends: true,
    afterSent: NODE_WRITE_AFTER_END,
    afterSentBare: { end: 'Node ignores it' },
  },
} as const satisfies Record<string, CallSpec>;

const streamListener: HandlerSpec = { at: 'functions', params: ['http2.stream'], whenFirstArg: 'stream' };

const requestListener: HandlerSpec = { at: 'functions', params: [null, 'node.serverResponse'] };
const http2RequestListener: HandlerSpec = { at: 'functions', params: [null, 'http2.serverResponse'] };

const httpModule = {
  methods: {
    createServer: { returns: 'node.server', handlers: [requestListener] },
    get: { returns: 'node.clientRequest', handlers: [{ at: 'functions', params: ['node.incomingMessage'] }] },
    request: { returns: 'node.clientRequest', handlers: [{ at: 'functions', params: ['node.incomingMessage'] }] },
  },
  members: { Server: 'node.serverClass' },
} as const;

export const nodeHttp: FrameworkSpec = {
  id: 'node-http',
  name: 'node:http',
  behaviour: {
    outOfRange: 'node:http sends 600–999 with the reason "unknown" and throws ERR_HTTP_INVALID_STATUS_CODE for anything else; node:http2 throws ERR_HTTP2_STATUS_INVALID',
    numericString: 'Node coerces it to a number',
    nonInteger: 'Node truncates it',
  },
  modules: {
    http: 'node.httpModule',
    'node:http': 'node.httpModule',
    https: 'node.httpModule',
    'node:https': 'node.httpModule',
    http2: 'node.http2Module',
    'node:http2': 'node.http2Module',
  },
  types: {
    http: { ServerResponse: 'node.serverResponse', IncomingMessage: 'node.incomingMessage' },
    'node:http': { ServerResponse: 'node.serverResponse', IncomingMessage: 'node.incomingMessage' },
    http2: { Http2ServerResponse: 'http2.serverResponse', ServerHttp2Stream: 'http2.stream' },
    'node:http2': { Http2ServerResponse: 'http2.serverResponse', ServerHttp2Stream: 'http2.stream' },
  },
  kinds: {
    'node.httpModule': httpModule,
    'node.serverClass': { construct: { returns: 'node.server', handlers: [requestListener] } },
    'node.server': {
      methods: { on: { returns: 'self', handlers: [{ ...requestListener, whenFirstArg: 'request' }] } },
    },
    'node.serverResponse': {
      statusProperties: ['statusCode'],
      statusAfterSent: NODE_STATUS_AFTER_SENT,
      sentFlags: ['headersSent', 'writableEnded', 'writableFinished', 'finished'],
      members: { statusCode: STATUS_VALUE },
      methods: serverResponseMethods,
    },
    'node.clientRequest': {
      methods: {
        on: {
          returns: 'self',
          handlers: [{ at: 'functions', params: ['node.incomingMessage'], whenFirstArg: 'response' }],
        },
      },
    },
    'node.incomingMessage': { members: { statusCode: STATUS_VALUE } },
    'node.http2Module': {
      methods: {
        createServer: { returns: 'http2.server', handlers: [http2RequestListener] },
        createSecureServer: { returns: 'http2.server', handlers: [http2RequestListener] },
      },
    },
    'http2.server': {
      methods: {
        on: {
          returns: 'self',
          handlers: [
            { ...http2RequestListener, whenFirstArg: 'request' },
            streamListener,
            { at: 'functions', params: ['http2.session'], whenFirstArg: 'session' },
          ],
        },
      },
    },
    // `server.on('session', (session) => session.on('stream', …))`.
    'http2.session': { methods: { on: { returns: 'self', handlers: [streamListener] } } },
    // The compat response has no `setHeaders`; after the end, `end()` does nothing, and `write()`
    // destroys the stream, whose client then gets a reset (observed on Node 20).
    'http2.serverResponse': {
      extends: ['node.serverResponse'],
      methods: {
        writeHead: { ...serverResponseMethods.writeHead, afterSent: HTTP2_HEADERS_SENT },
        setHeader: { ...serverResponseMethods.setHeader, afterSent: HTTP2_HEADERS_SENT },
        appendHeader: { ...serverResponseMethods.appendHeader, afterSent: HTTP2_HEADERS_SENT },
        write: {
          ...serverResponseMethods.write,
          afterSent: { end: 'node:http2 destroys the stream with ERR_STREAM_WRITE_AFTER_END, and the client may get a reset instead of the response' },
        },
        end: { ...serverResponseMethods.end, afterSent: { end: 'node:http2 ignores it' }, afterSentBare: { end: 'node:http2 ignores it' } },
      },
    },
    'http2.stream': {
      methods: {
        // The head is one object of lower-case names (RFC 9113 §8.2.1): `{ ':status': 405, allow: 'GET' }`.
        respond: { returns: 'self', sinks: [{ role: 'status', at: { arg: 0, property: [':status'] } }], headers: [{ object: 0 }] },
        write: { body: { arg: 0, nullable: false, effects: HTTP2_STREAM_BODY } },
        end: { body: { arg: 0, nullable: true, effects: HTTP2_STREAM_BODY } },
        additionalHeaders: { sinks: [{ role: 'status', at: { arg: 0, property: [':status'] } }] },
      },
    },
  },
};
