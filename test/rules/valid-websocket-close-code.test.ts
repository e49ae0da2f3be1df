import rule from '../../rules/valid-websocket-close-code.js';
import { createJsRuleTester, createTsRuleTester } from './tester.js';

const jsRuleTester = createJsRuleTester();
const tsRuleTester = createTsRuleTester();

jsRuleTester.run('valid-websocket-close-code (JavaScript)', rule, {
  valid: [
    // Codes the API accepts, no code at all, codes that are only read, and things that are not WebSockets.
    `import { WebSocketServer } from 'ws';
const wss = new WebSocketServer({ port: 8080 });
wss.on('connection', (ws) => {
  ws.close(1001);
  ws.close(4001, 'auth');
  ws.close();
});`,
    `const socket = new WebSocket('wss://example.com');
socket.onclose = (event) => {
  if (event.code === 1006) reconnect();
};
socket.close(4000, 'done');`,
    `const db = openDatabase();
db.close(1006);
server.close();
stream.close(8);`,
    `import { WebSocketServer } from 'ws'; new WebSocketServer().on('connection', (ws) => ws.close(1011, 'oops'));`,
    `const socket = new WebSocket('wss://a'); socket.close(1000, 'a'.repeat(123));`,
    `new CloseEvent('close', { code: 1006, reason: '' });`,
    `import http2 from 'node:http2'; http2.connect('https://a').request().close(8);`,
    `function onClose(ws) { ws.close(1006); }`,    // Sockets held elsewhere, where the file does not show that the holder holds sockets only.
    `class Connection {
  connect() { this.socket = new WebSocket('wss://a.example'); }
  reuse(other) { this.socket = other; }
  stop() { this.socket.close(1006); }
}`,
    `class Connection {
  connect() { this.socket = new WebSocket('wss://a.example'); }
  stop() { setTimeout(function () { this.socket.close(1006); }); }
}`,
    `class Connection {
  connect() { this.socket = new WebSocket('wss://a.example'); }
  get socket() { return this.pool.take(); }
  stop() { this.socket.close(1006); }
}`,
    `class Connection {
  static connect() { this.socket = new WebSocket('wss://a.example'); }
  stop() { this.socket.close(1006); }
}`,
    `class Connection {
  connect() { this.socket = new WebSocket('wss://a.example'); }
  worker() { return class { stop() { this.socket.close(1006); } }; }
}`,
    `class Store {
  open() { this.db = openDatabase(); }
  stop() { this.db.close(1006); }
}`,
    `import { WebSocketServer } from 'ws';
const clients = new Map();
new WebSocketServer({ port: 8080 }).on('connection', (ws) => clients.set('ws', ws));
clients.set('db', openDatabase());
clients.get('db').close(1006);`,
    `import { WebSocketServer } from 'ws';
const clients = new Map(restored);
new WebSocketServer({ port: 8080 }).on('connection', (ws) => clients.set(1, ws));
clients.get(2).close(1006);`,
    `import { WebSocketServer } from 'ws';
import Map from './sorted-map.js';
const clients = new Map();
new WebSocketServer({ port: 8080 }).on('connection', (ws) => clients.set(1, ws));
clients.get(1).close(1006);`,
    `const clients = new Map();
clients.get(1).close(1006);`,
    `import { WebSocketServer } from 'ws';
let sockets = [];
new WebSocketServer({ port: 8080 }).on('connection', (ws) => sockets.push(ws));
sockets = loadConnections();
sockets[0].close(1006);`,
    `import { WebSocketServer } from 'ws';
const sessions = new Map();
new WebSocketServer({ port: 8080 }).on('connection', (ws) => sessions.set(ws, openDatabase()));
sessions.forEach((db) => db.close(1006));
sessions.get(first).close(1006);`,
    `const pools = new Set();
pools.add(createPool());
pools.forEach((pool) => pool.close(1006));`,
    `import { WebSocketServer } from 'ws';
const sockets = [];
new WebSocketServer({ port: 8080 }).on('connection', (ws) => sockets.push(ws));
sockets.map((socket, index) => index.close(1006));`,
    `import { WebSocketServer } from 'ws';
const sockets = [];
new WebSocketServer({ port: 8080 }).on('connection', (ws) => sockets.push(ws));
sockets.splice(0, 0, openDatabase());
sockets[0].close(1006);`,
    `import { WebSocketServer } from 'ws';
const sockets = [];
new WebSocketServer({ port: 8080 }).on('connection', (ws) => sockets.push(ws));
sockets.push(...restored);
sockets[0].close(1006);`,
    // Methods named like hibernation handlers in classes that are no Durable Objects.
    `export class Room { webSocketMessage(ws, message) { ws.close(1006); } }`,
    `import { Base } from './base.js';
export class Room extends Base { webSocketMessage(ws, message) { ws.close(1006); } }`,
    `import { DurableObject } from 'cloudflare:workers';
export class Room extends DurableObject { static webSocketMessage(ws) { ws.close(1006); } }`,
    `export class Room {
  fetch() { this.state.acceptWebSocket(connection); }
  webSocketClose(ws) { ws.close(1005); }
}`,
    `let socket = null;
export function connect(url) { socket = new WebSocket(url); }
export function adopt(existing) { socket = existing; }
export function disconnect() { socket?.close(1006); }`,
    `import { DurableObject } from 'cloudflare:workers';
export class Room extends DurableObject {
  constructor(ctx, env) { super(ctx, env); this.ctx = wrap(ctx); }
  end() { for (const ws of this.ctx.getWebSockets()) ws.close(1006); }
}`,
    `export class Room { end() { for (const ws of this.ctx.getWebSockets()) ws.close(1006); } }`,
  ],
  invalid: [
    {
      code: `new WebSocket('wss://example.com').close(1001);`,
      errors: [
        {
          messageId: 'notAccepted',
          data: {
            api: "new WebSocket('wss://example.com').close()",
            effect: 'throws an InvalidAccessError DOMException',
            code: 1001,
            name: 'Going Away',
            apiName: 'the WHATWG WebSocket (browsers, undici, Deno and Node clients)',
            accepted: '1000 and 3000–4999',
          },
          line: 1,
          column: 42,
          endLine: 1,
          endColumn: 46,
          suggestions: [
            { messageId: 'useCode', data: { code: 1000, name: 'Normal Closure' }, output: `new WebSocket('wss://example.com').close(1000);` },
            { messageId: 'useCode', data: { code: 4000, name: 'private use' }, output: `new WebSocket('wss://example.com').close(4000);` },
          ],
        },
      ],
    },
    {
      code: `const [client, server] = Object.values(new WebSocketPair());
server.close(undefined, 'bye');`,
      errors: [
        {
          messageId: 'reasonWithoutCode',
          data: { api: 'server.close()', effect: 'throws a TypeError' },
          line: 2,
          column: 14,
          endLine: 2,
          endColumn: 23,
        },
      ],
    },
    {
      code: `import { WebSocketServer } from 'ws';
const wss = new WebSocketServer({ port: 8080 });
wss.on('connection', (ws) => {
  ws.close(1006);
});`,
      errors: [
        {
          messageId: 'neverSent',
          data: { code: 1006, name: 'Abnormal Closure', reference: 'RFC 6455 §7.4.1', effect: 'ws.close() throws a TypeError ("First argument must be a valid error code number")' },
          line: 4, column: 12, endLine: 4, endColumn: 16,
          suggestions: [
            { messageId: 'useCode', data: { code: 1000, name: 'Normal Closure' }, output: `import { WebSocketServer } from 'ws';
const wss = new WebSocketServer({ port: 8080 });
wss.on('connection', (ws) => {
  ws.close(1000);
});` },
            { messageId: 'useCode', data: { code: 1011, name: 'Internal Error' }, output: `import { WebSocketServer } from 'ws';
const wss = new WebSocketServer({ port: 8080 });
wss.on('connection', (ws) => {
  ws.close(1011);
});` },
          ],
        },
      ],
    },
    {
      code: `import { WebSocketServer } from 'ws';
const wss = new WebSocketServer({ port: 8080 });
wss.on('connection', (ws) => {
  ws.close(1005, 'bye');
});`,
      errors: [
        {
          messageId: 'neverSent',
          data: { code: 1005, name: 'No Status Rcvd', reference: 'RFC 6455 §7.4.1', effect: 'ws.close() throws a TypeError ("First argument must be a valid error code number")' },
          line: 4, column: 12, endLine: 4, endColumn: 16,
          suggestions: [
            { messageId: 'useCode', data: { code: 1000, name: 'Normal Closure' }, output: `import { WebSocketServer } from 'ws';
const wss = new WebSocketServer({ port: 8080 });
wss.on('connection', (ws) => {
  ws.close(1000, 'bye');
});` },
            { messageId: 'useCode', data: { code: 1011, name: 'Internal Error' }, output: `import { WebSocketServer } from 'ws';
const wss = new WebSocketServer({ port: 8080 });
wss.on('connection', (ws) => {
  ws.close(1011, 'bye');
});` },
          ],
        },
      ],
    },
    {
      code: `import { WebSocketServer } from 'ws';
const wss = new WebSocketServer({ port: 8080 });
wss.on('connection', (ws) => {
  ws.close(2000);
});`,
      errors: [
        {
          messageId: 'outOfRange',
          data: { code: 2000, range: 'it is unassigned in the range for the protocol and its extensions', reference: 'RFC 6455 §7.4.2, §11.7', effect: 'ws.close() throws a TypeError ("First argument must be a valid error code number")' },
          line: 4, column: 12, endLine: 4, endColumn: 16,
          suggestions: [
            { messageId: 'useCode', data: { code: 1000, name: 'Normal Closure' }, output: `import { WebSocketServer } from 'ws';
const wss = new WebSocketServer({ port: 8080 });
wss.on('connection', (ws) => {
  ws.close(1000);
});` },
            { messageId: 'useCode', data: { code: 1011, name: 'Internal Error' }, output: `import { WebSocketServer } from 'ws';
const wss = new WebSocketServer({ port: 8080 });
wss.on('connection', (ws) => {
  ws.close(1011);
});` },
          ],
        },
      ],
    },
    {
      code: `import { WebSocketServer } from 'ws';
const wss = new WebSocketServer({ port: 8080 });
wss.on('connection', (ws) => {
  ws.close(5000);
});`,
      errors: [
        {
          messageId: 'outOfRange',
          data: { code: 5000, range: '5000–65535 is outside every range RFC 6455 defines', reference: 'RFC 6455 §7.4.2', effect: 'ws.close() throws a TypeError ("First argument must be a valid error code number")' },
          line: 4, column: 12, endLine: 4, endColumn: 16,
          suggestions: [
            { messageId: 'useCode', data: { code: 1000, name: 'Normal Closure' }, output: `import { WebSocketServer } from 'ws';
const wss = new WebSocketServer({ port: 8080 });
wss.on('connection', (ws) => {
  ws.close(1000);
});` },
            { messageId: 'useCode', data: { code: 1011, name: 'Internal Error' }, output: `import { WebSocketServer } from 'ws';
const wss = new WebSocketServer({ port: 8080 });
wss.on('connection', (ws) => {
  ws.close(1011);
});` },
          ],
        },
      ],
    },
    {
      code: `const socket = new WebSocket('wss://example.com');
socket.close(1001);`,
      errors: [
        {
          messageId: 'notAccepted',
          data: { api: 'socket.close()', effect: 'throws an InvalidAccessError DOMException', code: 1001, name: 'Going Away', apiName: 'the WHATWG WebSocket (browsers, undici, Deno and Node clients)', accepted: '1000 and 3000–4999' },
          line: 2, column: 14, endLine: 2, endColumn: 18,
          suggestions: [
            { messageId: 'useCode', data: { code: 1000, name: 'Normal Closure' }, output: `const socket = new WebSocket('wss://example.com');
socket.close(1000);` },
            { messageId: 'useCode', data: { code: 4000, name: 'private use' }, output: `const socket = new WebSocket('wss://example.com');
socket.close(4000);` },
          ],
        },
      ],
    },
    {
      code: `const socket = new WebSocket('wss://example.com');
socket.close(1000, '这是一个很长的关闭原因，用来说明为什么连接被关闭了，而且它还会继续写下去直到超过一百二十三个字节的限制为止');`,
      errors: [
        {
          messageId: 'reasonTooLong',
          data: { bytes: 159, limit: 123, api: 'socket.close()', effect: 'throws a SyntaxError DOMException' },
          line: 2, column: 20, endLine: 2, endColumn: 75,
        },
      ],
    },
    {
      code: `import WebSocket from 'ws';
const client = new WebSocket('ws://localhost:8080');
client.close(1015);`,
      errors: [
        {
          messageId: 'neverSent',
          data: { code: 1015, name: 'TLS handshake', reference: 'RFC 6455 §7.4.1', effect: 'client.close() throws a TypeError ("First argument must be a valid error code number")' },
          line: 3, column: 14, endLine: 3, endColumn: 18,
          suggestions: [
            { messageId: 'useCode', data: { code: 1000, name: 'Normal Closure' }, output: `import WebSocket from 'ws';
const client = new WebSocket('ws://localhost:8080');
client.close(1000);` },
            { messageId: 'useCode', data: { code: 1011, name: 'Internal Error' }, output: `import WebSocket from 'ws';
const client = new WebSocket('ws://localhost:8080');
client.close(1011);` },
          ],
        },
      ],
    },
    {
      code: `Bun.serve({
  fetch(req, server) { server.upgrade(req); },
  websocket: {
    message(ws, msg) { ws.close(1006); },
  },
});`,
      errors: [
        {
          messageId: 'neverSent',
          data: { code: 1006, name: 'Abnormal Closure', reference: 'RFC 6455 §7.4.1', effect: 'Bun\'s ServerWebSocket does not check it, and peers built on ws or undici fail the connection on it and report 1006' },
          line: 4, column: 33, endLine: 4, endColumn: 37,
          suggestions: [
            { messageId: 'useCode', data: { code: 1000, name: 'Normal Closure' }, output: `Bun.serve({
  fetch(req, server) { server.upgrade(req); },
  websocket: {
    message(ws, msg) { ws.close(1000); },
  },
});` },
            { messageId: 'useCode', data: { code: 1011, name: 'Internal Error' }, output: `Bun.serve({
  fetch(req, server) { server.upgrade(req); },
  websocket: {
    message(ws, msg) { ws.close(1011); },
  },
});` },
          ],
        },
      ],
    },
    {
      code: `Deno.serve((req) => {
  const { socket, response } = Deno.upgradeWebSocket(req);
  socket.onmessage = () => socket.close(1004);
  return response;
});`,
      errors: [
        {
          messageId: 'neverSent',
          data: { code: 1004, name: 'Reserved', reference: 'RFC 6455 §7.4.1', effect: 'a Deno.upgradeWebSocket() socket does not check it, and peers built on ws or undici fail the connection on it and report 1006' },
          line: 3, column: 41, endLine: 3, endColumn: 45,
          suggestions: [
            { messageId: 'useCode', data: { code: 1000, name: 'Normal Closure' }, output: `Deno.serve((req) => {
  const { socket, response } = Deno.upgradeWebSocket(req);
  socket.onmessage = () => socket.close(1000);
  return response;
});` },
            { messageId: 'useCode', data: { code: 1011, name: 'Internal Error' }, output: `Deno.serve((req) => {
  const { socket, response } = Deno.upgradeWebSocket(req);
  socket.onmessage = () => socket.close(1011);
  return response;
});` },
          ],
        },
      ],
    },
    {
      code: `export default {
  fetch() {
    const [client, server] = Object.values(new WebSocketPair());
    server.close(2999, 'x');
    return new Response(null, { status: 101, webSocket: client });
  },
};`,
      errors: [
        {
          messageId: 'outOfRange',
          data: { code: 2999, range: 'it is unassigned in the range for the protocol and its extensions', reference: 'RFC 6455 §7.4.2, §11.7', effect: 'the Cloudflare Workers WebSocket does not check it, and peers built on ws or undici fail the connection on it and report 1006' },
          line: 4, column: 18, endLine: 4, endColumn: 22,
          suggestions: [
            { messageId: 'useCode', data: { code: 1000, name: 'Normal Closure' }, output: `export default {
  fetch() {
    const [client, server] = Object.values(new WebSocketPair());
    server.close(1000, 'x');
    return new Response(null, { status: 101, webSocket: client });
  },
};` },
            { messageId: 'useCode', data: { code: 1011, name: 'Internal Error' }, output: `export default {
  fetch() {
    const [client, server] = Object.values(new WebSocketPair());
    server.close(1011, 'x');
    return new Response(null, { status: 101, webSocket: client });
  },
};` },
          ],
        },
      ],
    },
    {
      code: `import uWS from 'uWebSockets.js';
uWS.App().ws('/*', {
  message: (ws, message) => ws.end(1005, 'bye'),
});`,
      errors: [
        {
          messageId: 'neverSent',
          data: { code: 1005, name: 'No Status Rcvd', reference: 'RFC 6455 §7.4.1', effect: 'uWebSockets.js does not check it, and peers built on ws or undici fail the connection on it and report 1006' },
          line: 3, column: 36, endLine: 3, endColumn: 40,
          suggestions: [
            { messageId: 'useCode', data: { code: 1000, name: 'Normal Closure' }, output: `import uWS from 'uWebSockets.js';
uWS.App().ws('/*', {
  message: (ws, message) => ws.end(1000, 'bye'),
});` },
            { messageId: 'useCode', data: { code: 1011, name: 'Internal Error' }, output: `import uWS from 'uWebSockets.js';
uWS.App().ws('/*', {
  message: (ws, message) => ws.end(1011, 'bye'),
});` },
          ],
        },
      ],
    },
    {
      code: `new CloseEvent('close', { code: 1006 });
new CloseEvent('close', { code: 5000 });`,
      errors: [
        {
          messageId: 'notReceived',
          data: { code: 5000, range: '5000–65535 is outside every range RFC 6455 defines', reference: 'RFC 6455 §7.4.2' },
          line: 2, column: 33, endLine: 2, endColumn: 37,
        },
      ],
    },
    {
      code: `import { CLOSE } from './codes.js';
const socket = new WebSocket('wss://a');
const GOING_AWAY = 1001;
socket.close(GOING_AWAY);`,
      errors: [
        {
          messageId: 'notAccepted',
          data: { api: 'socket.close()', effect: 'throws an InvalidAccessError DOMException', code: 1001, name: 'Going Away', apiName: 'the WHATWG WebSocket (browsers, undici, Deno and Node clients)', accepted: '1000 and 3000–4999' },
          line: 4, column: 14, endLine: 4, endColumn: 24,
          suggestions: [
            { messageId: 'useCode', data: { code: 1000, name: 'Normal Closure' }, output: `import { CLOSE } from './codes.js';
const socket = new WebSocket('wss://a');
const GOING_AWAY = 1001;
socket.close(1000);` },
            { messageId: 'useCode', data: { code: 4000, name: 'private use' }, output: `import { CLOSE } from './codes.js';
const socket = new WebSocket('wss://a');
const GOING_AWAY = 1001;
socket.close(4000);` },
          ],
        },
      ],
    },
    // A socket kept in a class field: made in one method, closed in another, through arrow functions.
    {
      code: `class Connection {
  connect(url) {
    this.socket = new WebSocket(url);
  }
  disconnect() {
    setTimeout(() => this.socket.close(1001, 'bye'));
  }
}`,
      errors: [
        {
          messageId: 'notAccepted',
          data: { api: 'this.socket.close()', effect: 'throws an InvalidAccessError DOMException', code: 1001, name: 'Going Away', apiName: 'the WHATWG WebSocket (browsers, undici, Deno and Node clients)', accepted: '1000 and 3000–4999' },
          line: 6, column: 40, endLine: 6, endColumn: 44,
          suggestions: [
            { messageId: 'useCode', data: { code: 1000, name: 'Normal Closure' }, output: `class Connection {
  connect(url) {
    this.socket = new WebSocket(url);
  }
  disconnect() {
    setTimeout(() => this.socket.close(1000, 'bye'));
  }
}` },
            { messageId: 'useCode', data: { code: 4000, name: 'private use' }, output: `class Connection {
  connect(url) {
    this.socket = new WebSocket(url);
  }
  disconnect() {
    setTimeout(() => this.socket.close(4000, 'bye'));
  }
}` },
          ],
        },
      ],
    },
    // A private field, and a field that is also emptied: `null` is no other kind.
    {
      code: `import WebSocket from 'ws';
class Feed {
  #socket = null;
  open() { this.#socket = new WebSocket('wss://feed.example'); }
  stop() { this.#socket?.close(1006); this.#socket = null; }
}`,
      errors: [
        {
          messageId: 'neverSent',
          data: { code: 1006, name: 'Abnormal Closure', reference: 'RFC 6455 §7.4.1', effect: 'this.#socket?.close() throws a TypeError ("First argument must be a valid error code number")' },
          line: 5, column: 32, endLine: 5, endColumn: 36,
          suggestions: [
            { messageId: 'useCode', data: { code: 1000, name: 'Normal Closure' }, output: `import WebSocket from 'ws';
class Feed {
  #socket = null;
  open() { this.#socket = new WebSocket('wss://feed.example'); }
  stop() { this.#socket?.close(1000); this.#socket = null; }
}` },
            { messageId: 'useCode', data: { code: 1011, name: 'Internal Error' }, output: `import WebSocket from 'ws';
class Feed {
  #socket = null;
  open() { this.#socket = new WebSocket('wss://feed.example'); }
  stop() { this.#socket?.close(1011); this.#socket = null; }
}` },
          ],
        },
      ],
    },
    // A field initialised where it is declared.
    {
      code: `class Client {
  socket = new WebSocket('wss://a.example');
  onError = () => this.socket.close(1006);
}`,
      errors: [
        {
          messageId: 'neverSent',
          data: { code: 1006, name: 'Abnormal Closure', reference: 'RFC 6455 §7.4.1', effect: 'this.socket.close() throws an InvalidAccessError DOMException' },
          line: 3, column: 37, endLine: 3, endColumn: 41,
          suggestions: [
            { messageId: 'useCode', data: { code: 1000, name: 'Normal Closure' }, output: `class Client {
  socket = new WebSocket('wss://a.example');
  onError = () => this.socket.close(1000);
}` },
            { messageId: 'useCode', data: { code: 4000, name: 'private use' }, output: `class Client {
  socket = new WebSocket('wss://a.example');
  onError = () => this.socket.close(4000);
}` },
          ],
        },
      ],
    },
    // A Map filled with the sockets of a ws server, read with get().
    {
      code: `import { WebSocketServer } from 'ws';
const clients = new Map();
const wss = new WebSocketServer({ port: 8080 });
wss.on('connection', (ws, req) => clients.set(req.url, ws));
export function kick(id) {
  clients.get(id)?.close(1006);
}`,
      errors: [
        {
          messageId: 'neverSent',
          data: { code: 1006, name: 'Abnormal Closure', reference: 'RFC 6455 §7.4.1', effect: 'clients.get(id)?.close() throws a TypeError ("First argument must be a valid error code number")' },
          line: 6, column: 26, endLine: 6, endColumn: 30,
          suggestions: [
            { messageId: 'useCode', data: { code: 1000, name: 'Normal Closure' }, output: `import { WebSocketServer } from 'ws';
const clients = new Map();
const wss = new WebSocketServer({ port: 8080 });
wss.on('connection', (ws, req) => clients.set(req.url, ws));
export function kick(id) {
  clients.get(id)?.close(1000);
}` },
            { messageId: 'useCode', data: { code: 1011, name: 'Internal Error' }, output: `import { WebSocketServer } from 'ws';
const clients = new Map();
const wss = new WebSocketServer({ port: 8080 });
wss.on('connection', (ws, req) => clients.set(req.url, ws));
export function kick(id) {
  clients.get(id)?.close(1011);
}` },
          ],
        },
      ],
    },
    // A Set of sockets in a private field, iterated with for-of and forEach.
    {
      code: `import { WebSocketServer } from 'ws';
export class Hub {
  #sockets = new Set();
  constructor(server) {
    new WebSocketServer({ server }).on('connection', (ws) => this.#sockets.add(ws));
  }
  shutdown() {
    for (const ws of this.#sockets) ws.close(1005);
    this.#sockets.forEach((ws) => ws.close(1015));
  }
}`,
      errors: [
        {
          messageId: 'neverSent',
          data: { code: 1005, name: 'No Status Rcvd', reference: 'RFC 6455 §7.4.1', effect: 'ws.close() throws a TypeError ("First argument must be a valid error code number")' },
          line: 8, column: 46, endLine: 8, endColumn: 50,
          suggestions: [
            { messageId: 'useCode', data: { code: 1000, name: 'Normal Closure' }, output: `import { WebSocketServer } from 'ws';
export class Hub {
  #sockets = new Set();
  constructor(server) {
    new WebSocketServer({ server }).on('connection', (ws) => this.#sockets.add(ws));
  }
  shutdown() {
    for (const ws of this.#sockets) ws.close(1000);
    this.#sockets.forEach((ws) => ws.close(1015));
  }
}` },
            { messageId: 'useCode', data: { code: 1011, name: 'Internal Error' }, output: `import { WebSocketServer } from 'ws';
export class Hub {
  #sockets = new Set();
  constructor(server) {
    new WebSocketServer({ server }).on('connection', (ws) => this.#sockets.add(ws));
  }
  shutdown() {
    for (const ws of this.#sockets) ws.close(1011);
    this.#sockets.forEach((ws) => ws.close(1015));
  }
}` },
          ],
        },
        {
          messageId: 'neverSent',
          data: { code: 1015, name: 'TLS handshake', reference: 'RFC 6455 §7.4.1', effect: 'ws.close() throws a TypeError ("First argument must be a valid error code number")' },
          line: 9, column: 44, endLine: 9, endColumn: 48,
          suggestions: [
            { messageId: 'useCode', data: { code: 1000, name: 'Normal Closure' }, output: `import { WebSocketServer } from 'ws';
export class Hub {
  #sockets = new Set();
  constructor(server) {
    new WebSocketServer({ server }).on('connection', (ws) => this.#sockets.add(ws));
  }
  shutdown() {
    for (const ws of this.#sockets) ws.close(1005);
    this.#sockets.forEach((ws) => ws.close(1000));
  }
}` },
            { messageId: 'useCode', data: { code: 1011, name: 'Internal Error' }, output: `import { WebSocketServer } from 'ws';
export class Hub {
  #sockets = new Set();
  constructor(server) {
    new WebSocketServer({ server }).on('connection', (ws) => this.#sockets.add(ws));
  }
  shutdown() {
    for (const ws of this.#sockets) ws.close(1005);
    this.#sockets.forEach((ws) => ws.close(1011));
  }
}` },
          ],
        },
      ],
    },
    // A Map keyed by sockets: keys(), entries and the second parameter of forEach.
    {
      code: `import { WebSocketServer } from 'ws';
const sessions = new Map();
new WebSocketServer({ port: 8080 }).on('connection', (ws) => sessions.set(ws, { since: Date.now() }));
for (const [ws, session] of sessions) ws.close(1004);
sessions.forEach((session, ws) => ws.close(2000));`,
      errors: [
        {
          messageId: 'neverSent',
          data: { code: 1004, name: 'Reserved', reference: 'RFC 6455 §7.4.1', effect: 'ws.close() throws a TypeError ("First argument must be a valid error code number")' },
          line: 4, column: 48, endLine: 4, endColumn: 52,
          suggestions: [
            { messageId: 'useCode', data: { code: 1000, name: 'Normal Closure' }, output: `import { WebSocketServer } from 'ws';
const sessions = new Map();
new WebSocketServer({ port: 8080 }).on('connection', (ws) => sessions.set(ws, { since: Date.now() }));
for (const [ws, session] of sessions) ws.close(1000);
sessions.forEach((session, ws) => ws.close(2000));` },
            { messageId: 'useCode', data: { code: 1011, name: 'Internal Error' }, output: `import { WebSocketServer } from 'ws';
const sessions = new Map();
new WebSocketServer({ port: 8080 }).on('connection', (ws) => sessions.set(ws, { since: Date.now() }));
for (const [ws, session] of sessions) ws.close(1011);
sessions.forEach((session, ws) => ws.close(2000));` },
          ],
        },
        {
          messageId: 'outOfRange',
          data: { code: 2000, range: 'it is unassigned in the range for the protocol and its extensions', reference: 'RFC 6455 §7.4.2, §11.7', effect: 'ws.close() throws a TypeError ("First argument must be a valid error code number")' },
          line: 5, column: 44, endLine: 5, endColumn: 48,
          suggestions: [
            { messageId: 'useCode', data: { code: 1000, name: 'Normal Closure' }, output: `import { WebSocketServer } from 'ws';
const sessions = new Map();
new WebSocketServer({ port: 8080 }).on('connection', (ws) => sessions.set(ws, { since: Date.now() }));
for (const [ws, session] of sessions) ws.close(1004);
sessions.forEach((session, ws) => ws.close(1000));` },
            { messageId: 'useCode', data: { code: 1011, name: 'Internal Error' }, output: `import { WebSocketServer } from 'ws';
const sessions = new Map();
new WebSocketServer({ port: 8080 }).on('connection', (ws) => sessions.set(ws, { since: Date.now() }));
for (const [ws, session] of sessions) ws.close(1004);
sessions.forEach((session, ws) => ws.close(1011));` },
          ],
        },
      ],
    },
    // The clients of a ws server.
    {
      code: `import { WebSocketServer } from 'ws';
const wss = new WebSocketServer({ port: 8080 });
export function closeAll() {
  wss.clients.forEach((client) => client.close(1006));
  for (const client of wss.clients) client.close(5000);
}`,
      errors: [
        {
          messageId: 'neverSent',
          data: { code: 1006, name: 'Abnormal Closure', reference: 'RFC 6455 §7.4.1', effect: 'client.close() throws a TypeError ("First argument must be a valid error code number")' },
          line: 4, column: 48, endLine: 4, endColumn: 52,
          suggestions: [
            { messageId: 'useCode', data: { code: 1000, name: 'Normal Closure' }, output: `import { WebSocketServer } from 'ws';
const wss = new WebSocketServer({ port: 8080 });
export function closeAll() {
  wss.clients.forEach((client) => client.close(1000));
  for (const client of wss.clients) client.close(5000);
}` },
            { messageId: 'useCode', data: { code: 1011, name: 'Internal Error' }, output: `import { WebSocketServer } from 'ws';
const wss = new WebSocketServer({ port: 8080 });
export function closeAll() {
  wss.clients.forEach((client) => client.close(1011));
  for (const client of wss.clients) client.close(5000);
}` },
          ],
        },
        {
          messageId: 'outOfRange',
          data: { code: 5000, range: '5000–65535 is outside every range RFC 6455 defines', reference: 'RFC 6455 §7.4.2', effect: 'client.close() throws a TypeError ("First argument must be a valid error code number")' },
          line: 5, column: 50, endLine: 5, endColumn: 54,
          suggestions: [
            { messageId: 'useCode', data: { code: 1000, name: 'Normal Closure' }, output: `import { WebSocketServer } from 'ws';
const wss = new WebSocketServer({ port: 8080 });
export function closeAll() {
  wss.clients.forEach((client) => client.close(1006));
  for (const client of wss.clients) client.close(1000);
}` },
            { messageId: 'useCode', data: { code: 1011, name: 'Internal Error' }, output: `import { WebSocketServer } from 'ws';
const wss = new WebSocketServer({ port: 8080 });
export function closeAll() {
  wss.clients.forEach((client) => client.close(1006));
  for (const client of wss.clients) client.close(1011);
}` },
          ],
        },
      ],
    },
    // An array of sockets: by index, and through find().
    {
      code: `const sockets = [];
sockets.push(new WebSocket('wss://a.example'), new WebSocket('wss://b.example'));
sockets[0].close(1001);
sockets.find(isStale)?.close(1011);
sockets.at(-1).close(1011);`,
      errors: [
        {
          messageId: 'notAccepted',
          data: { api: 'sockets[0].close()', effect: 'throws an InvalidAccessError DOMException', code: 1001, name: 'Going Away', apiName: 'the WHATWG WebSocket (browsers, undici, Deno and Node clients)', accepted: '1000 and 3000–4999' },
          line: 3, column: 18, endLine: 3, endColumn: 22,
          suggestions: [
            { messageId: 'useCode', data: { code: 1000, name: 'Normal Closure' }, output: `const sockets = [];
sockets.push(new WebSocket('wss://a.example'), new WebSocket('wss://b.example'));
sockets[0].close(1000);
sockets.find(isStale)?.close(1011);
sockets.at(-1).close(1011);` },
            { messageId: 'useCode', data: { code: 4000, name: 'private use' }, output: `const sockets = [];
sockets.push(new WebSocket('wss://a.example'), new WebSocket('wss://b.example'));
sockets[0].close(4000);
sockets.find(isStale)?.close(1011);
sockets.at(-1).close(1011);` },
          ],
        },
        {
          messageId: 'notAccepted',
          data: { api: 'sockets.find(isStale)?.close()', effect: 'throws an InvalidAccessError DOMException', code: 1011, name: 'Internal Error', apiName: 'the WHATWG WebSocket (browsers, undici, Deno and Node clients)', accepted: '1000 and 3000–4999' },
          line: 4, column: 30, endLine: 4, endColumn: 34,
          suggestions: [
            { messageId: 'useCode', data: { code: 1000, name: 'Normal Closure' }, output: `const sockets = [];
sockets.push(new WebSocket('wss://a.example'), new WebSocket('wss://b.example'));
sockets[0].close(1001);
sockets.find(isStale)?.close(1000);
sockets.at(-1).close(1011);` },
            { messageId: 'useCode', data: { code: 4000, name: 'private use' }, output: `const sockets = [];
sockets.push(new WebSocket('wss://a.example'), new WebSocket('wss://b.example'));
sockets[0].close(1001);
sockets.find(isStale)?.close(4000);
sockets.at(-1).close(1011);` },
          ],
        },
        {
          messageId: 'notAccepted',
          data: { api: 'sockets.at(-1).close()', effect: 'throws an InvalidAccessError DOMException', code: 1011, name: 'Internal Error', apiName: 'the WHATWG WebSocket (browsers, undici, Deno and Node clients)', accepted: '1000 and 3000–4999' },
          line: 5, column: 22, endLine: 5, endColumn: 26,
          suggestions: [
            { messageId: 'useCode', data: { code: 1000, name: 'Normal Closure' }, output: `const sockets = [];
sockets.push(new WebSocket('wss://a.example'), new WebSocket('wss://b.example'));
sockets[0].close(1001);
sockets.find(isStale)?.close(1011);
sockets.at(-1).close(1000);` },
            { messageId: 'useCode', data: { code: 4000, name: 'private use' }, output: `const sockets = [];
sockets.push(new WebSocket('wss://a.example'), new WebSocket('wss://b.example'));
sockets[0].close(1001);
sockets.find(isStale)?.close(1011);
sockets.at(-1).close(4000);` },
          ],
        },
      ],
    },
    // A Durable Object that extends DurableObject: Cloudflare calls its hibernation handlers with the socket.
    {
      code: `import { DurableObject } from 'cloudflare:workers';
export class ChatRoom extends DurableObject {
  async webSocketMessage(ws, message) {
    ws.close(1006, 'bad message');
  }
  async webSocketClose(ws, code, reason, wasClean) {
    ws.close(code, reason);
  }
}`,
      errors: [
        {
          messageId: 'neverSent',
          data: { code: 1006, name: 'Abnormal Closure', reference: 'RFC 6455 §7.4.1', effect: 'ws.close() throws a TypeError ("Invalid WebSocket close code")' },
          line: 4, column: 14, endLine: 4, endColumn: 18,
          suggestions: [
            { messageId: 'useCode', data: { code: 1000, name: 'Normal Closure' }, output: `import { DurableObject } from 'cloudflare:workers';
export class ChatRoom extends DurableObject {
  async webSocketMessage(ws, message) {
    ws.close(1000, 'bad message');
  }
  async webSocketClose(ws, code, reason, wasClean) {
    ws.close(code, reason);
  }
}` },
            { messageId: 'useCode', data: { code: 1011, name: 'Internal Error' }, output: `import { DurableObject } from 'cloudflare:workers';
export class ChatRoom extends DurableObject {
  async webSocketMessage(ws, message) {
    ws.close(1011, 'bad message');
  }
  async webSocketClose(ws, code, reason, wasClean) {
    ws.close(code, reason);
  }
}` },
          ],
        },
      ],
    },
    // A Durable Object written as a plain class, which accepts the sockets of a WebSocketPair itself.
    {
      code: `export class Counter {
  constructor(state) {
    this.state = state;
  }
  async fetch() {
    const { 0: client, 1: server } = new WebSocketPair();
    this.state.acceptWebSocket(server);
    return new Response(null, { status: 101, webSocket: client });
  }
  webSocketError(ws, error) {
    ws.close(1015);
  }
}`,
      errors: [
        {
          messageId: 'neverSent',
          data: { code: 1015, name: 'TLS handshake', reference: 'RFC 6455 §7.4.1', effect: 'ws.close() throws a TypeError ("Invalid WebSocket close code")' },
          line: 11, column: 14, endLine: 11, endColumn: 18,
          suggestions: [
            { messageId: 'useCode', data: { code: 1000, name: 'Normal Closure' }, output: `export class Counter {
  constructor(state) {
    this.state = state;
  }
  async fetch() {
    const { 0: client, 1: server } = new WebSocketPair();
    this.state.acceptWebSocket(server);
    return new Response(null, { status: 101, webSocket: client });
  }
  webSocketError(ws, error) {
    ws.close(1000);
  }
}` },
            { messageId: 'useCode', data: { code: 1011, name: 'Internal Error' }, output: `export class Counter {
  constructor(state) {
    this.state = state;
  }
  async fetch() {
    const { 0: client, 1: server } = new WebSocketPair();
    this.state.acceptWebSocket(server);
    return new Response(null, { status: 101, webSocket: client });
  }
  webSocketError(ws, error) {
    ws.close(1011);
  }
}` },
          ],
        },
      ],
    },
    // Node's global WebSocket (Node 22 and later), declared by the configuration's globals.
    {
      code: `const socket = new WebSocket('wss://example.com');
socket.close(1001);`,
      languageOptions: { globals: { WebSocket: 'readonly' } },
      errors: [
        {
          messageId: 'notAccepted',
          data: { api: 'socket.close()', effect: 'throws an InvalidAccessError DOMException', code: 1001, name: 'Going Away', apiName: 'the WHATWG WebSocket (browsers, undici, Deno and Node clients)', accepted: '1000 and 3000–4999' },
          line: 2, column: 14, endLine: 2, endColumn: 18,
          suggestions: [
            { messageId: 'useCode', data: { code: 1000, name: 'Normal Closure' }, output: `const socket = new WebSocket('wss://example.com');
socket.close(1000);` },
            { messageId: 'useCode', data: { code: 4000, name: 'private use' }, output: `const socket = new WebSocket('wss://example.com');
socket.close(4000);` },
          ],
        },
      ],
    },
    // A module variable that connect() fills and another function closes.
    {
      code: `let socket = null;
export function connect(url) {
  socket = new WebSocket(url);
}
export function disconnect() {
  socket?.close(1001);
  socket = null;
}`,
      errors: [
        {
          messageId: 'notAccepted',
          data: { api: 'socket?.close()', effect: 'throws an InvalidAccessError DOMException', code: 1001, name: 'Going Away', apiName: 'the WHATWG WebSocket (browsers, undici, Deno and Node clients)', accepted: '1000 and 3000–4999' },
          line: 6, column: 17, endLine: 6, endColumn: 21,
          suggestions: [
            { messageId: 'useCode', data: { code: 1000, name: 'Normal Closure' }, output: `let socket = null;
export function connect(url) {
  socket = new WebSocket(url);
}
export function disconnect() {
  socket?.close(1000);
  socket = null;
}` },
            { messageId: 'useCode', data: { code: 4000, name: 'private use' }, output: `let socket = null;
export function connect(url) {
  socket = new WebSocket(url);
}
export function disconnect() {
  socket?.close(4000);
  socket = null;
}` },
          ],
        },
      ],
    },
    // The sockets a Durable Object gets back from its state: this.ctx of DurableObject, this.state of a plain class's constructor.
    {
      code: `import { DurableObject } from 'cloudflare:workers';
export class Room extends DurableObject {
  broadcastEnd() {
    for (const ws of this.ctx.getWebSockets()) ws.close(1006);
  }
}
export class Lobby {
  constructor(state, env) {
    this.state = state;
  }
  async fetch() {
    const [client, server] = Object.values(new WebSocketPair());
    this.state.acceptWebSocket(server);
    return new Response(null, { status: 101, webSocket: client });
  }
  kickAll() {
    this.state.getWebSockets('guest').forEach((ws) => ws.close(1005));
  }
}`,
      errors: [
        {
          messageId: 'neverSent',
          data: { code: 1006, name: 'Abnormal Closure', reference: 'RFC 6455 §7.4.1', effect: 'ws.close() throws a TypeError ("Invalid WebSocket close code")' },
          line: 4, column: 57, endLine: 4, endColumn: 61,
          suggestions: [
            { messageId: 'useCode', data: { code: 1000, name: 'Normal Closure' }, output: `import { DurableObject } from 'cloudflare:workers';
export class Room extends DurableObject {
  broadcastEnd() {
    for (const ws of this.ctx.getWebSockets()) ws.close(1000);
  }
}
export class Lobby {
  constructor(state, env) {
    this.state = state;
  }
  async fetch() {
    const [client, server] = Object.values(new WebSocketPair());
    this.state.acceptWebSocket(server);
    return new Response(null, { status: 101, webSocket: client });
  }
  kickAll() {
    this.state.getWebSockets('guest').forEach((ws) => ws.close(1005));
  }
}` },
            { messageId: 'useCode', data: { code: 1011, name: 'Internal Error' }, output: `import { DurableObject } from 'cloudflare:workers';
export class Room extends DurableObject {
  broadcastEnd() {
    for (const ws of this.ctx.getWebSockets()) ws.close(1011);
  }
}
export class Lobby {
  constructor(state, env) {
    this.state = state;
  }
  async fetch() {
    const [client, server] = Object.values(new WebSocketPair());
    this.state.acceptWebSocket(server);
    return new Response(null, { status: 101, webSocket: client });
  }
  kickAll() {
    this.state.getWebSockets('guest').forEach((ws) => ws.close(1005));
  }
}` },
          ],
        },
        {
          messageId: 'neverSent',
          data: { code: 1005, name: 'No Status Rcvd', reference: 'RFC 6455 §7.4.1', effect: 'ws.close() throws a TypeError ("Invalid WebSocket close code")' },
          line: 17, column: 64, endLine: 17, endColumn: 68,
          suggestions: [
            { messageId: 'useCode', data: { code: 1000, name: 'Normal Closure' }, output: `import { DurableObject } from 'cloudflare:workers';
export class Room extends DurableObject {
  broadcastEnd() {
    for (const ws of this.ctx.getWebSockets()) ws.close(1006);
  }
}
export class Lobby {
  constructor(state, env) {
    this.state = state;
  }
  async fetch() {
    const [client, server] = Object.values(new WebSocketPair());
    this.state.acceptWebSocket(server);
    return new Response(null, { status: 101, webSocket: client });
  }
  kickAll() {
    this.state.getWebSockets('guest').forEach((ws) => ws.close(1000));
  }
}` },
            { messageId: 'useCode', data: { code: 1011, name: 'Internal Error' }, output: `import { DurableObject } from 'cloudflare:workers';
export class Room extends DurableObject {
  broadcastEnd() {
    for (const ws of this.ctx.getWebSockets()) ws.close(1006);
  }
}
export class Lobby {
  constructor(state, env) {
    this.state = state;
  }
  async fetch() {
    const [client, server] = Object.values(new WebSocketPair());
    this.state.acceptWebSocket(server);
    return new Response(null, { status: 101, webSocket: client });
  }
  kickAll() {
    this.state.getWebSockets('guest').forEach((ws) => ws.close(1011));
  }
}` },
          ],
        },
      ],
    },
    // uWebSockets.js apps chain their HTTP routes before ws().
    {
      code: `import uWS from 'uWebSockets.js';
uWS
  .App()
  .get('/health', (res) => res.end('ok'))
  .ws('/*', { message: (ws) => ws.end(1006) })
  .listen(9001, () => {});`,
      errors: [
        {
          messageId: 'neverSent',
          data: { code: 1006, name: 'Abnormal Closure', reference: 'RFC 6455 §7.4.1', effect: 'uWebSockets.js does not check it, and peers built on ws or undici fail the connection on it and report 1006' },
          line: 5, column: 39, endLine: 5, endColumn: 43,
          suggestions: [
            { messageId: 'useCode', data: { code: 1000, name: 'Normal Closure' }, output: `import uWS from 'uWebSockets.js';
uWS
  .App()
  .get('/health', (res) => res.end('ok'))
  .ws('/*', { message: (ws) => ws.end(1000) })
  .listen(9001, () => {});` },
            { messageId: 'useCode', data: { code: 1011, name: 'Internal Error' }, output: `import uWS from 'uWebSockets.js';
uWS
  .App()
  .get('/health', (res) => res.end('ok'))
  .ws('/*', { message: (ws) => ws.end(1011) })
  .listen(9001, () => {});` },
          ],
        },
      ],
    },
    // A WebSocketPair kept in a variable, then split with Object.values().
    {
      code: `const pair = new WebSocketPair();
const [client, server] = Object.values(pair);
server.accept();
server.close(1006);`,
      errors: [
        {
          messageId: 'neverSent',
          data: { code: 1006, name: 'Abnormal Closure', reference: 'RFC 6455 §7.4.1', effect: 'server.close() throws a TypeError ("Invalid WebSocket close code")' },
          line: 4, column: 14, endLine: 4, endColumn: 18,
          suggestions: [
            { messageId: 'useCode', data: { code: 1000, name: 'Normal Closure' }, output: `const pair = new WebSocketPair();
const [client, server] = Object.values(pair);
server.accept();
server.close(1000);` },
            { messageId: 'useCode', data: { code: 1011, name: 'Internal Error' }, output: `const pair = new WebSocketPair();
const [client, server] = Object.values(pair);
server.accept();
server.close(1011);` },
          ],
        },
      ],
    },
  ],
});

tsRuleTester.run('valid-websocket-close-code (TypeScript)', rule, {
  valid: [
    `import type { WebSocket } from 'ws'; export function bye(ws: WebSocket) { ws.close(1001 as const); }`,
    // Fields and collections of other types.
    `import type { Socket } from 'node:net';
export class Proxy {
  private upstream: Socket | null = null;
  stop() { this.upstream?.close(1006); }
}`,
    `import type { Database } from './db.js';
const pools = new Map<string, Database>();
pools.get('main')?.close(1006);`,
  ],
  invalid: [
    {
      code: `import type { WebSocket } from 'ws';
export function bye(ws: WebSocket) {
  ws.close(1006 satisfies number);
}`,
      errors: [
        {
          messageId: 'neverSent',
          data: {
            code: 1006,
            name: 'Abnormal Closure',
            reference: 'RFC 6455 §7.4.1',
            effect: 'ws.close() throws a TypeError ("First argument must be a valid error code number")',
          },
          line: 3,
          column: 12,
          endLine: 3,
          endColumn: 33,
          suggestions: [
            {
              messageId: 'useCode',
              data: { code: 1000, name: 'Normal Closure' },
              output: `import type { WebSocket } from 'ws';
export function bye(ws: WebSocket) {
  ws.close(1000);
}`,
            },
            {
              messageId: 'useCode',
              data: { code: 1011, name: 'Internal Error' },
              output: `import type { WebSocket } from 'ws';
export function bye(ws: WebSocket) {
  ws.close(1011);
}`,
            },
          ],
        },
      ],
    },
    // A field annotated with the ws type, and one that may be null.
    {
      code: `import { WebSocket } from 'ws';
export class Relay {
  private upstream: WebSocket;
  private downstream: WebSocket | null = null;
  stop() {
    this.upstream.close(1006);
    this.downstream?.close(1005);
  }
}`,
      errors: [
        {
          messageId: 'neverSent',
          data: { code: 1006, name: 'Abnormal Closure', reference: 'RFC 6455 §7.4.1', effect: 'this.upstream.close() throws a TypeError ("First argument must be a valid error code number")' },
          line: 6, column: 25, endLine: 6, endColumn: 29,
          suggestions: [
            { messageId: 'useCode', data: { code: 1000, name: 'Normal Closure' }, output: `import { WebSocket } from 'ws';
export class Relay {
  private upstream: WebSocket;
  private downstream: WebSocket | null = null;
  stop() {
    this.upstream.close(1000);
    this.downstream?.close(1005);
  }
}` },
            { messageId: 'useCode', data: { code: 1011, name: 'Internal Error' }, output: `import { WebSocket } from 'ws';
export class Relay {
  private upstream: WebSocket;
  private downstream: WebSocket | null = null;
  stop() {
    this.upstream.close(1011);
    this.downstream?.close(1005);
  }
}` },
          ],
        },
        {
          messageId: 'neverSent',
          data: { code: 1005, name: 'No Status Rcvd', reference: 'RFC 6455 §7.4.1', effect: 'this.downstream?.close() throws a TypeError ("First argument must be a valid error code number")' },
          line: 7, column: 28, endLine: 7, endColumn: 32,
          suggestions: [
            { messageId: 'useCode', data: { code: 1000, name: 'Normal Closure' }, output: `import { WebSocket } from 'ws';
export class Relay {
  private upstream: WebSocket;
  private downstream: WebSocket | null = null;
  stop() {
    this.upstream.close(1006);
    this.downstream?.close(1000);
  }
}` },
            { messageId: 'useCode', data: { code: 1011, name: 'Internal Error' }, output: `import { WebSocket } from 'ws';
export class Relay {
  private upstream: WebSocket;
  private downstream: WebSocket | null = null;
  stop() {
    this.upstream.close(1006);
    this.downstream?.close(1011);
  }
}` },
          ],
        },
      ],
    },
    // A constructor parameter property.
    {
      code: `import type { WebSocket } from 'ws';
export class Session {
  constructor(private readonly socket: WebSocket) {}
  end() { this.socket.close(1006); }
}`,
      errors: [
        {
          messageId: 'neverSent',
          data: { code: 1006, name: 'Abnormal Closure', reference: 'RFC 6455 §7.4.1', effect: 'this.socket.close() throws a TypeError ("First argument must be a valid error code number")' },
          line: 4, column: 29, endLine: 4, endColumn: 33,
          suggestions: [
            { messageId: 'useCode', data: { code: 1000, name: 'Normal Closure' }, output: `import type { WebSocket } from 'ws';
export class Session {
  constructor(private readonly socket: WebSocket) {}
  end() { this.socket.close(1000); }
}` },
            { messageId: 'useCode', data: { code: 1011, name: 'Internal Error' }, output: `import type { WebSocket } from 'ws';
export class Session {
  constructor(private readonly socket: WebSocket) {}
  end() { this.socket.close(1011); }
}` },
          ],
        },
      ],
    },
    // ws's socket type through the default import, in a function of a module that does not make the socket.
    {
      code: `import type WebSocket from 'ws';
export function reject(ws: WebSocket) {
  ws.close(1006);
}`,
      errors: [
        {
          messageId: 'neverSent',
          data: { code: 1006, name: 'Abnormal Closure', reference: 'RFC 6455 §7.4.1', effect: 'ws.close() throws a TypeError ("First argument must be a valid error code number")' },
          line: 3, column: 12, endLine: 3, endColumn: 16,
          suggestions: [
            { messageId: 'useCode', data: { code: 1000, name: 'Normal Closure' }, output: `import type WebSocket from 'ws';
export function reject(ws: WebSocket) {
  ws.close(1000);
}` },
            { messageId: 'useCode', data: { code: 1011, name: 'Internal Error' }, output: `import type WebSocket from 'ws';
export function reject(ws: WebSocket) {
  ws.close(1011);
}` },
          ],
        },
      ],
    },
    // A Map whose type arguments name the socket type.
    {
      code: `import WebSocket from 'ws';
const rooms = new Map<string, WebSocket>();
export const leave = (room: string) => rooms.get(room)?.close(1005);`,
      errors: [
        {
          messageId: 'neverSent',
          data: { code: 1005, name: 'No Status Rcvd', reference: 'RFC 6455 §7.4.1', effect: 'rooms.get(room)?.close() throws a TypeError ("First argument must be a valid error code number")' },
          line: 3, column: 63, endLine: 3, endColumn: 67,
          suggestions: [
            { messageId: 'useCode', data: { code: 1000, name: 'Normal Closure' }, output: `import WebSocket from 'ws';
const rooms = new Map<string, WebSocket>();
export const leave = (room: string) => rooms.get(room)?.close(1000);` },
            { messageId: 'useCode', data: { code: 1011, name: 'Internal Error' }, output: `import WebSocket from 'ws';
const rooms = new Map<string, WebSocket>();
export const leave = (room: string) => rooms.get(room)?.close(1011);` },
          ],
        },
      ],
    },
    // Bun's ServerWebSocket type, imported from the module bun declares.
    {
      code: `import type { ServerWebSocket } from 'bun';
export function reject(ws: ServerWebSocket<{ user: string }>) {
  ws.close(1006);
}`,
      errors: [
        {
          messageId: 'neverSent',
          data: { code: 1006, name: 'Abnormal Closure', reference: 'RFC 6455 §7.4.1', effect: 'Bun\'s ServerWebSocket does not check it, and peers built on ws or undici fail the connection on it and report 1006' },
          line: 3, column: 12, endLine: 3, endColumn: 16,
          suggestions: [
            { messageId: 'useCode', data: { code: 1000, name: 'Normal Closure' }, output: `import type { ServerWebSocket } from 'bun';
export function reject(ws: ServerWebSocket<{ user: string }>) {
  ws.close(1000);
}` },
            { messageId: 'useCode', data: { code: 1011, name: 'Internal Error' }, output: `import type { ServerWebSocket } from 'bun';
export function reject(ws: ServerWebSocket<{ user: string }>) {
  ws.close(1011);
}` },
          ],
        },
      ],
    },
  ],
});

/** 130 bytes of UTF-8. */
const LONG_REASON = 'x'.repeat(130);

jsRuleTester.run('valid-websocket-close-code (values through data)', rule, {
  valid: [
    // A reason constant short enough, and a code chosen between accepted ones.
    `const REASON = 'going away';
const socket = new WebSocket('wss://example.com');
socket.close(socket.ok ? 1000 : 4000, REASON);`,
    // A constant that is no \`const\` may hold anything by the time it is sent.
    `let reason = '${LONG_REASON}';
reason = 'short';
const socket = new WebSocket('wss://example.com');
socket.close(1000, reason);`,
  ],
  invalid: [
    {
      // The reason held in a module constant, reported at each call that sends it.
      code: `const REASON = '${LONG_REASON}';
const socket = new WebSocket('wss://example.com');
socket.close(1000, REASON);
socket.close(socket.ok ? 1000 : 4000, REASON);`,
      errors: [
        { messageId: 'reasonTooLong', data: { bytes: 130, limit: 123, api: 'socket.close()', effect: 'throws a SyntaxError DOMException' }, line: 3, column: 20, endLine: 3, endColumn: 26 },
        { messageId: 'reasonTooLong', data: { bytes: 130, limit: 123, api: 'socket.close()', effect: 'throws a SyntaxError DOMException' }, line: 4, column: 39, endLine: 4, endColumn: 45 },
      ],
    },
    {
      // A default chosen with \`??\`, and a code passed to a helper.
      code: `import { WebSocketServer } from 'ws';
function bye(socket, code) { socket.close(code, 'bye'); }
new WebSocketServer({ port: 8080 }).on('connection', (ws) => {
  ws.close(ws.code ?? 1006);
  bye(ws, 1005);
});`,
      errors: [
        {
          messageId: 'neverSent',
          data: { code: 1006, name: 'Abnormal Closure', reference: 'RFC 6455 §7.4.1', effect: 'ws.close() throws a TypeError ("First argument must be a valid error code number")' },
          line: 4, column: 23, endLine: 4, endColumn: 27,
          suggestions: [
            { messageId: 'useCode', data: { code: 1000, name: 'Normal Closure' }, output: `import { WebSocketServer } from 'ws';
function bye(socket, code) { socket.close(code, 'bye'); }
new WebSocketServer({ port: 8080 }).on('connection', (ws) => {
  ws.close(ws.code ?? 1000);
  bye(ws, 1005);
});` },
            { messageId: 'useCode', data: { code: 1011, name: 'Internal Error' }, output: `import { WebSocketServer } from 'ws';
function bye(socket, code) { socket.close(code, 'bye'); }
new WebSocketServer({ port: 8080 }).on('connection', (ws) => {
  ws.close(ws.code ?? 1011);
  bye(ws, 1005);
});` },
          ],
        },
        {
          messageId: 'neverSent',
          data: { code: 1005, name: 'No Status Rcvd', reference: 'RFC 6455 §7.4.1', effect: 'socket.close() in bye() throws a TypeError ("First argument must be a valid error code number")' },
          line: 5, column: 11, endLine: 5, endColumn: 15,
          suggestions: [
            { messageId: 'useCode', data: { code: 1000, name: 'Normal Closure' }, output: `import { WebSocketServer } from 'ws';
function bye(socket, code) { socket.close(code, 'bye'); }
new WebSocketServer({ port: 8080 }).on('connection', (ws) => {
  ws.close(ws.code ?? 1006);
  bye(ws, 1000);
});` },
            { messageId: 'useCode', data: { code: 1011, name: 'Internal Error' }, output: `import { WebSocketServer } from 'ws';
function bye(socket, code) { socket.close(code, 'bye'); }
new WebSocketServer({ port: 8080 }).on('connection', (ws) => {
  ws.close(ws.code ?? 1006);
  bye(ws, 1011);
});` },
          ],
        },
      ],
    },
  ],
});
