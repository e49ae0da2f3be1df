import rule from '../../rules/require-status-headers.js';
import { createJsRuleTester, createTsRuleTester } from './tester.js';

const jsRuleTester = createJsRuleTester();
const tsRuleTester = createTsRuleTester();

jsRuleTester.run('require-status-headers (JavaScript)', rule, {
  valid: [
    // The header is set: before, in the chain, in the init, in a Headers object, on the built
    // response, or by a helper argument; or the response goes to code we cannot see.
    `import express from 'express';
const app = express();
app.get('/me', (req, res) => {
  res.set('WWW-Authenticate', 'Bearer realm="api"');
  res.status(401).json({ error: 'login required' });
});`,
    `import express from 'express';
const app = express();
app.get('/me', (req, res) => {
  res.status(401).set({ 'www-authenticate': 'Bearer' }).end();
});`,
    `import express from 'express';
const app = express();
app.get('/me', (req, res) => {
  challenge(res);
  res.sendStatus(401);
});`,
    `import express from 'express';
const app = express();
app.put('/items', (req, res) => res.status(405).set('Allow', 'GET, HEAD').end());`,
    `export default {
  fetch() {
    return new Response('login', { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
  },
};`,
    `const headers = new Headers([['WWW-Authenticate', 'Bearer']]);
new Response(null, { status: 401, headers });`,
    `const res = new Response(null, { status: 401 });
res.headers.set('WWW-Authenticate', 'Bearer');`,
    `new Response(null, { status: 401, headers: makeHeaders() });`,
    `import Koa from 'koa';
new Koa().use(async (ctx) => {
  ctx.throw(401, 'login required', { headers: { 'WWW-Authenticate': 'Bearer' } });
});`,
    `import Boom from '@hapi/boom';
throw Boom.unauthorized('expired', 'Bearer');`,
    `import Boom from '@hapi/boom';
throw Boom.methodNotAllowed('no', null, ['GET']);`,
    `import Fastify from 'fastify';
const app = Fastify();
app.get('/', (request, reply) => reply.code(426).header('Upgrade', 'TLS/1.3').send());`,
    { code: `import express from 'express';
const app = express();
app.get('/old', (req, res) => res.redirect(301, '/new'));`, options: [{"checkShould": true}] },
    { code: `import express from 'express';
const app = express();
app.get('/me', (req, res) => res.status(401).end());`, options: [{"ignoreStatuses": [401]}] },
    { code: `import express from 'express';
const app = express();
app.get('/me', (req, res) => res.status(401).end());`, options: [{"ignoreHeaders": ["www-authenticate"]}] },
    { code: `import createError from 'http-errors';
throw createError(401);`, options: [{"checkThrown": false}] },
    `import http from 'node:http';
http.createServer((req, res) => {
  res.writeHead(206, { 'Content-Range': 'bytes 0-9/100' });
  res.end(chunk);
});`,
    `const logger = { status() { return this; }, end() {} }; logger.status(401).end();`,
    `function handler(req, res) { res.status(401).end(); }`,
    // Set before the send on some path, or handed to other code before the send.
    `import express from 'express';
express().get('/me', (req, res) => {
  if (req.query.api) res.set('WWW-Authenticate', 'Bearer');
  res.status(401).send('login required');
});`,
    `import express from 'express';
express().get('/me', (req, res) => {
  challenge(res);
  res.status(401).send('login required');
});`,
    `import http from 'node:http';
http.createServer((req, res) => {
  res.setHeader('WWW-Authenticate', 'Basic realm="x"');
  res.writeHead(401);
  res.end();
});`,
    // h3's function-style helpers act on the event: the header may come before or after the status.
    `import { defineEventHandler, setResponseStatus, setResponseHeader } from 'h3';
export default defineEventHandler((event) => {
  setResponseStatus(event, 401);
  setResponseHeader(event, 'WWW-Authenticate', 'Bearer');
  return 'login required';
});`,
    `import { defineEventHandler, setResponseStatus } from 'h3';
export default defineEventHandler((event) => {
  challenge(event);
  setResponseStatus(event, 401);
  return 'login required';
});`,
    // Found by the smoke run in Hono's Cloudflare adapter: workerd writes the Upgrade header.
    `const [client, server] = Object.values(new WebSocketPair()); new Response(null, { status: 101, webSocket: client });`,
  ],
  invalid: [
    {
      // Many sends on one response in one handler, each judged on its own paths by one flow of
      // the handler: set before (a), never (b), after the send (c), on one branch only (d).
      code: `import express from 'express';
express().get('/me', (req, res) => {
  switch (req.query.k) {
    case 'a': res.set('WWW-Authenticate', 'Bearer'); res.status(401).end(); break;
    case 'b': res.status(401).end(); break;
    case 'c': res.status(401).end(); res.set('WWW-Authenticate', 'Bearer'); break;
    case 'd': if (req.query.x) res.set('WWW-Authenticate', 'Bearer'); else res.set('X-Other', '1');
    case 'e': res.status(401).end(); break;
  }
});`,
      errors: [
        {
          messageId: 'missingHeader',
          data: { status: '401 (Unauthorized)', header: 'WWW-Authenticate', level: 'MUST', reference: 'RFC 9110 §15.5.2; §11.6.1', api: 'res.status()', hint: ' Send a challenge such as `Bearer realm=\"api\"`; a scheme other than Basic does not open the browser\'s login dialog.' },
          line: 5, column: 26, endLine: 5, endColumn: 29,
        },
        {
          messageId: 'headerAfterSend',
          data: { status: '401 (Unauthorized)', header: 'WWW-Authenticate', level: 'MUST', reference: 'RFC 9110 §15.5.2; §11.6.1', api: 'res.status()', line: 6 },
          line: 6, column: 26, endLine: 6, endColumn: 29,
        },
      ],
    },
    {
      code: `import { defineEventHandler, setResponseStatus, setResponseHeader } from 'h3';
export default defineEventHandler((event) => {
  setResponseHeader(event, 'Cache-Control', 'no-store');
  setResponseStatus(event, 401);
  return 'login required';
});`,
      errors: [
        {
          messageId: 'missingHeader',
          data: { status: '401 (Unauthorized)', header: 'WWW-Authenticate', level: 'MUST', reference: 'RFC 9110 §15.5.2; §11.6.1', api: 'setResponseStatus()', hint: ' Send a challenge such as `Bearer realm="api"`; a scheme other than Basic does not open the browser\'s login dialog.' },
          line: 4, column: 28, endLine: 4, endColumn: 31,
        },
      ],
    },
    {
      code: `import express from 'express';
express().get('/me', (req, res) => {
  res.status(401).send('login required');
  res.set('WWW-Authenticate', 'Bearer');
});`,
      errors: [
        {
          messageId: 'headerAfterSend',
          data: { status: '401 (Unauthorized)', header: 'WWW-Authenticate', level: 'MUST', reference: 'RFC 9110 §15.5.2; §11.6.1', api: 'res.status()', line: 4 },
          line: 3, column: 14, endLine: 3, endColumn: 17,
        },
      ],
    },
    {
      code: `import http from 'node:http';
http.createServer((req, res) => {
  res.writeHead(401);
  res.setHeader('WWW-Authenticate', 'Basic realm="x"');
  res.end();
});`,
      errors: [
        {
          messageId: 'headerAfterSend',
          data: { status: '401 (Unauthorized)', header: 'WWW-Authenticate', level: 'MUST', reference: 'RFC 9110 §15.5.2; §11.6.1', api: 'res.writeHead()', line: 4 },
          line: 3, column: 17, endLine: 3, endColumn: 20,
        },
      ],
    },
    {
      code: `import express from 'express';
const app = express();
app.get('/me', (req, res) => {
  res.status(401).json({ error: 'login required' });
});`,
      errors: [
        {
          messageId: 'missingHeader',
          data: { status: '401 (Unauthorized)', header: 'WWW-Authenticate', level: 'MUST', reference: 'RFC 9110 §15.5.2; §11.6.1', api: 'res.status()', hint: ' Send a challenge such as `Bearer realm="api"`; a scheme other than Basic does not open the browser\'s login dialog.' },
          line: 4, column: 14, endLine: 4, endColumn: 17,
        },
      ],
    },
    {
      code: `import express from 'express';
const app = express();
app.put('/items', (req, res) => res.status(405).end());`,
      errors: [
        {
          messageId: 'missingHeader',
          data: { status: '405 (Method Not Allowed)', header: 'Allow', level: 'MUST', reference: 'RFC 9110 §15.5.6; §10.2.1', api: 'res.status()', hint: ' List the methods the resource supports, e.g. `GET, HEAD`.' },
          line: 3, column: 44, endLine: 3, endColumn: 47,
        },
      ],
    },
    {
      code: `export default {
  fetch() {
    return new Response('login', { status: 401 });
  },
};`,
      errors: [
        {
          messageId: 'missingHeader',
          data: { status: '401 (Unauthorized)', header: 'WWW-Authenticate', level: 'MUST', reference: 'RFC 9110 §15.5.2; §11.6.1', api: 'new Response()', hint: ' Send a challenge such as `Bearer realm="api"`; a scheme other than Basic does not open the browser\'s login dialog.' },
          line: 3, column: 44, endLine: 3, endColumn: 47,
        },
      ],
    },
    {
      code: `import Koa from 'koa';
new Koa().use(async (ctx) => {
  ctx.throw(401, 'login required');
});`,
      errors: [
        {
          messageId: 'missingHeaderOnError',
          data: { status: '401 (Unauthorized)', header: 'WWW-Authenticate', level: 'MUST', reference: 'RFC 9110 §15.5.2; §11.6.1', api: 'ctx.throw()', hint: ' Send a challenge such as `Bearer realm="api"`; a scheme other than Basic does not open the browser\'s login dialog.' },
          line: 3, column: 13, endLine: 3, endColumn: 16,
        },
      ],
    },
    {
      code: `import createError from 'http-errors';
throw createError(401);`,
      errors: [
        {
          messageId: 'missingHeaderOnError',
          data: { status: '401 (Unauthorized)', header: 'WWW-Authenticate', level: 'MUST', reference: 'RFC 9110 §15.5.2; §11.6.1', api: 'createError()', hint: ' Send a challenge such as `Bearer realm="api"`; a scheme other than Basic does not open the browser\'s login dialog.' },
          line: 2, column: 19, endLine: 2, endColumn: 22,
        },
      ],
    },
    {
      code: `import Boom from '@hapi/boom';
throw Boom.unauthorized('expired');`,
      errors: [
        {
          messageId: 'missingHeaderOnError',
          data: { status: '401 (Unauthorized)', header: 'WWW-Authenticate', level: 'MUST', reference: 'RFC 9110 §15.5.2; §11.6.1', api: 'Boom.unauthorized()', hint: ' Send a challenge such as `Bearer realm="api"`; a scheme other than Basic does not open the browser\'s login dialog.' },
          line: 2, column: 7, endLine: 2, endColumn: 35,
        },
      ],
    },
    {
      code: `import Fastify from 'fastify';
const app = Fastify();
app.get('/', (request, reply) => reply.code(426).send());`,
      errors: [
        {
          messageId: 'missingHeader',
          data: { status: '426 (Upgrade Required)', header: 'Upgrade', level: 'MUST', reference: 'RFC 9110 §15.5.22', api: 'reply.code()', hint: ' Name the protocol the client must switch to, e.g. `TLS/1.3` or `h2c`.' },
          line: 3, column: 45, endLine: 3, endColumn: 48,
        },
      ],
    },
    {
      code: `import express from 'express';
const app = express();
app.get('/old', (req, res) => res.status(301).end());`,
      options: [{"checkShould": true}],
      errors: [
        {
          messageId: 'missingHeader',
          data: { status: '301 (Moved Permanently)', header: 'Location', level: 'SHOULD', reference: 'RFC 9110 §15.4.2', api: 'res.status()', hint: '' },
          line: 3, column: 42, endLine: 3, endColumn: 45,
        },
      ],
    },
    {
      code: `import { error } from '@sveltejs/kit';
export function load() {
  error(401, 'login');
}`,
      errors: [
        {
          messageId: 'missingHeaderOnError',
          data: { status: '401 (Unauthorized)', header: 'WWW-Authenticate', level: 'MUST', reference: 'RFC 9110 §15.5.2; §11.6.1', api: 'error()', hint: ' Send a challenge such as `Bearer realm="api"`; a scheme other than Basic does not open the browser\'s login dialog.' },
          line: 3, column: 9, endLine: 3, endColumn: 12,
        },
      ],
    },
  ],
});

tsRuleTester.run('require-status-headers (TypeScript)', rule, {
  valid: [
    { code: `import { HTTPException } from 'hono/http-exception';
throw new HTTPException(401, { res: unauthorizedResponse });` },
    { code: `import { Hono } from 'hono';
const app = new Hono();
app.get('/', (c) => {
  c.header('WWW-Authenticate', 'Bearer');
  return c.json({ error: 'login' }, 401);
});` },
  ],
  invalid: [
    {
      code: `import { Controller, Get, UnauthorizedException } from '@nestjs/common';
@Controller()
export class C {
  @Get() me() {
    throw new UnauthorizedException();
  }
}`,
      errors: [
        {
          messageId: 'missingHeaderOnError',
          data: { status: '401 (Unauthorized)', header: 'WWW-Authenticate', level: 'MUST', reference: 'RFC 9110 §15.5.2; §11.6.1', api: 'new UnauthorizedException()', hint: ' Send a challenge such as `Bearer realm="api"`; a scheme other than Basic does not open the browser\'s login dialog.' },
          line: 5, column: 11, endLine: 5, endColumn: 38,
        },
      ],
    },
    {
      code: `import { HTTPException } from 'hono/http-exception';
throw new HTTPException(401, { message: 'login' });`,
      errors: [
        {
          messageId: 'missingHeaderOnError',
          data: { status: '401 (Unauthorized)', header: 'WWW-Authenticate', level: 'MUST', reference: 'RFC 9110 §15.5.2; §11.6.1', api: 'new HTTPException()', hint: ' Send a challenge such as `Bearer realm="api"`; a scheme other than Basic does not open the browser\'s login dialog.' },
          line: 2, column: 25, endLine: 2, endColumn: 28,
        },
      ],
    },
    {
      code: `import { Hono } from 'hono';
const app = new Hono();
app.get('/', (c) => c.json({ error: 'login' }, 401));`,
      errors: [
        {
          messageId: 'missingHeader',
          data: { status: '401 (Unauthorized)', header: 'WWW-Authenticate', level: 'MUST', reference: 'RFC 9110 §15.5.2; §11.6.1', api: 'c.json()', hint: ' Send a challenge such as `Bearer realm="api"`; a scheme other than Basic does not open the browser\'s login dialog.' },
          line: 3, column: 48, endLine: 3, endColumn: 51,
        },
      ],
    },
  ],
});

const expressAuth = `import express from 'express';
const app = express();
`;
const WWW_AUTHENTICATE = { status: '401 (Unauthorized)', header: 'WWW-Authenticate', level: 'MUST', reference: 'RFC 9110 §15.5.2; §11.6.1', hint: ' Send a challenge such as `Bearer realm="api"`; a scheme other than Basic does not open the browser\'s login dialog.' };

jsRuleTester.run('require-status-headers (values through data)', rule, {
  valid: [
    // The helper sets the header, or the caller does before it calls the helper.
    `${expressAuth}function deny(res, status) { res.set('WWW-Authenticate', 'Bearer'); res.status(status).end(); }
app.get('/', (req, res) => deny(res, 401));`,
    `${expressAuth}function deny(res, status) { res.status(status).end(); }
app.get('/', (req, res) => { res.set('WWW-Authenticate', 'Bearer'); deny(res, 401); });`,
    // The caller hands its response to other code too, which may set it.
    `${expressAuth}function deny(res, status) { res.status(status).end(); }
app.get('/', (req, res) => { challenge(res); deny(res, 401); });`,
    // Each branch has the header it needs.
    `${expressAuth}app.get('/', (req, res) => res.set('WWW-Authenticate', 'Bearer').status(req.user ? 200 : 401).end());`,
  ],
  invalid: [
    {
      code: `${expressAuth}function deny(res, status) { res.status(status).end(); }
app.get('/', (req, res) => deny(res, 401));`,
      errors: [{ messageId: 'missingHeader', data: { ...WWW_AUTHENTICATE, api: 'res.status() in deny()' }, line: 4, column: 38, endLine: 4, endColumn: 41 }],
    },
    {
      code: `${expressAuth}const AUTH = Object.freeze({ status: 401 });
app.get('/', (req, res) => {
  res.status(req.user ? 200 : 401).end();
  res.status(AUTH.status).end();
});`,
      errors: [
        { messageId: 'missingHeader', data: { ...WWW_AUTHENTICATE, api: 'res.status()' }, line: 5, column: 31, endLine: 5, endColumn: 34 },
        { messageId: 'missingHeader', data: { ...WWW_AUTHENTICATE, api: 'res.status()' }, line: 6, column: 14, endLine: 6, endColumn: 25 },
      ],
    },
  ],
});
