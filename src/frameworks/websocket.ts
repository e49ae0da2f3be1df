import type { WebSocketApiId } from '../codes/types.js';
import { methodsOf } from './shared.js';
import type { CallSpec, ClassSpec, FrameworkSpec, HandlerSpec } from './types.js';

// WebSocket APIs and where their sockets come from (registries.md §5.4; issue #4): the WHATWG
// `WebSocket` (browsers, Node's undici global, Deno's client), `ws`, Bun, Deno's server sockets,
// Cloudflare's `WebSocketPair`, uWebSockets.js and `websocket` (WebSocket-Node).

/** `close(code, reason)` checked against an API's rules. */
function closeMethod(api: WebSocketApiId, name = 'close'): Record<string, CallSpec> {
  return { [name]: { sinks: [{ role: 'close', at: { arg: 0 }, webSocket: { api, reason: 1 } }] } };
}

const wsConnection: HandlerSpec = { at: 'functions', params: ['ws.socket', null], whenFirstArg: 'connection' };

/** Bun's `websocket: { open(ws) {…}, message(ws, data) {…}, close(ws, code, reason) {…} }`. */
const bunHandlers: HandlerSpec = {
  at: { arg: 0, property: [['websocket', 'open'], ['websocket', 'message'], ['websocket', 'close'], ['websocket', 'drain']] },
  params: ['bun.serverSocket'],
};

/** uWebSockets.js: `app.ws(pattern, { open(ws) {…}, message(ws, msg) {…} })`. */
const uwsHandlers: HandlerSpec = {
  at: { arg: 1, property: [['open'], ['message'], ['drain'], ['close'], ['ping'], ['pong']] },
  params: ['uws.socket'],
};

/**
 * Cloudflare's WebSocket Hibernation API calls these methods of a Durable Object with the socket it
 * accepted through `ctx.acceptWebSocket(server)` (developers.cloudflare.com/durable-objects/api/websockets/,
 * "Handler methods"; the example there extends `DurableObject` from `cloudflare:workers`). The
 * constructor gets the object's state, `constructor(ctx: DurableObjectState, env)`
 * (developers.cloudflare.com/durable-objects/api/state/).
 */
const hibernationHandlers: ClassSpec['methods'] = {
  constructor: ['cf.state', null],
  webSocketMessage: ['cf.socket', null],
  webSocketClose: ['cf.socket', null, null, null],
  webSocketError: ['cf.socket', null],
};

export const webSocket: FrameworkSpec = {
  id: 'websocket',
  name: 'WebSocket',
  globals: {
    WebSocket: { kind: 'whatwg.socketClass' },
    CloseEvent: { kind: 'whatwg.closeEventClass' },
    Bun: { kind: 'bun.global' },
    Deno: { kind: 'deno.global' },
    WebSocketPair: { kind: 'cf.pairClass' },
  },
  modules: {
    ws: 'ws.module',
    undici: 'undici.module',
    'uWebSockets.js': 'uws.module',
    websocket: 'wsnode.module',
    'cloudflare:workers': 'cf.workersModule',
  },
  types: {
    '<global>': { WebSocket: 'whatwg.socket' },
    // `import WebSocket from 'ws'` names the socket class, as `import { WebSocket } from 'ws'` does.
    ws: { WebSocket: 'ws.socket', default: 'ws.socket' },
    // Bun's types declare the module `bun` (`import type { ServerWebSocket } from 'bun'`) in the package bun-types.
    bun: { ServerWebSocket: 'bun.serverSocket' },
    'bun-types': { ServerWebSocket: 'bun.serverSocket' },
  },
  classes: [
    { extends: 'cf.durableObjectClass', methods: hibernationHandlers, members: { ctx: 'cf.state' } },
    // A Durable Object written as a plain class accepts its sockets itself.
    { calls: { method: 'acceptWebSocket', arg: 0, kind: 'cf.socket' }, methods: hibernationHandlers },
  ],
  kinds: {
    'whatwg.socketClass': { construct: { returns: 'whatwg.socket' } },
    'whatwg.socket': { methods: closeMethod('whatwg') },
    'whatwg.closeEventClass': {
      construct: { sinks: [{ role: 'closeEvent', at: { arg: 1, property: ['code'] }, webSocket: { api: 'whatwg' } }] },
    },
    'undici.module': { members: { WebSocket: 'whatwg.socketClass' } },

    // ws: `new WebSocket(url)` and the sockets a server hands to 'connection' listeners.
    'ws.module': {
      construct: { returns: 'ws.socket' },
      members: {
        default: 'ws.module',
        WebSocket: 'ws.module',
        WebSocketServer: 'ws.serverClass',
        Server: 'ws.serverClass',
      },
    },
    'ws.serverClass': { construct: { returns: 'ws.server' } },
    'ws.server': {
      methods: {
        on: { returns: 'self', handlers: [wsConnection] },
        once: { returns: 'self', handlers: [wsConnection] },
        handleUpgrade: { handlers: [{ at: { arg: 3 }, params: ['ws.socket'] }] },
      },
      // "A set that stores all connected clients" (ws doc/ws.md, `server.clients`).
      members: { clients: 'ws.clients' },
    },
    'ws.clients': { elements: 'ws.socket' },
    'ws.socket': { methods: closeMethod('ws') },

    // Bun.serve({ websocket: { … } }) and Bun's client, which is a wider WHATWG WebSocket.
    'bun.global': { methods: { serve: { handlers: [bunHandlers] } } },
    'bun.serverSocket': { methods: closeMethod('bun-server') },

    // Deno.upgradeWebSocket(request).socket is the server side of a connection.
    'deno.global': { methods: { upgradeWebSocket: { returns: 'deno.upgrade' } } },
    'deno.upgrade': { members: { socket: 'deno.serverSocket' } },
    'deno.serverSocket': { methods: closeMethod('deno-server') },

    // Cloudflare Workers: `const [client, server] = Object.values(new WebSocketPair())`.
    'cf.pairClass': { construct: { returns: 'cf.pair' } },
    'cf.pair': { members: { 0: 'cf.socket', 1: 'cf.socket' } },
    'cf.socket': { methods: closeMethod('workerd') },
    'cf.workersModule': { members: { DurableObject: 'cf.durableObjectClass' } },
    'cf.durableObjectClass': {},
    // `ctx.getWebSockets(tag?)`: the sockets the object has accepted (developers.cloudflare.com/durable-objects/api/state/).
    'cf.state': { methods: { getWebSockets: { returns: 'cf.sockets' } } },
    'cf.sockets': { elements: 'cf.socket' },

    // uWebSockets.js: `ws.end(code, message)`; `close()` takes no code.
    'uws.module': { methods: { App: { returns: 'uws.app' }, SSLApp: { returns: 'uws.app' } } },
    // Every method of a TemplatedApp returns the app (uWebSockets.js index.d.ts): `App().get(…).ws(…).listen(…)`.
    'uws.app': {
      methods: {
        ws: { returns: 'self', handlers: [uwsHandlers] },
        ...methodsOf(['any', 'get', 'post', 'put', 'del', 'patch', 'options', 'head', 'connect', 'trace', 'listen'], { returns: 'self' }),
      },
    },
    'uws.socket': { methods: closeMethod('uws', 'end') },

    // websocket (WebSocket-Node): `connection.close(code, description)`, `drop(code)`.
    'wsnode.module': { members: { server: 'wsnode.serverClass', default: 'wsnode.module' } },
    'wsnode.serverClass': { construct: { returns: 'wsnode.server' } },
    'wsnode.server': {
      methods: {
        on: {
          returns: 'self',
          handlers: [
            { at: 'functions', params: ['wsnode.request'], whenFirstArg: 'request' },
            { at: 'functions', params: ['wsnode.connection'], whenFirstArg: 'connect' },
          ],
        },
      },
    },
    'wsnode.request': { methods: { accept: { returns: 'wsnode.connection' } } },
    'wsnode.connection': { methods: { ...closeMethod('websocket'), ...closeMethod('websocket', 'drop') } },
  },
};
