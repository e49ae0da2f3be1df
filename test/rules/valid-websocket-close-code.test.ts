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
    `function onClose(ws) { ws.close(1006); }`,
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
  ],
});

tsRuleTester.run('valid-websocket-close-code (TypeScript)', rule, {
  valid: [`import type { WebSocket } from 'ws'; export function bye(ws: WebSocket) { ws.close(1001 as const); }`],
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
