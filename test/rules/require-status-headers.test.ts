import path from 'node:path';

import rule from '../../rules/require-status-headers.js';
import { createJsRuleTester, createTsRuleTester } from './tester.js';

const jsRuleTester = createJsRuleTester();
const tsRuleTester = createTsRuleTester();
const projectFile = (project: string, name: string) => path.join(import.meta.dirname, 'projects', project, 'src', name);

jsRuleTester.run('require-status-headers (JavaScript)', rule, {
  valid: [
    // @fastify/sensible's helpers after the header is set, and the helpers where the plugin is in neither the file nor the project.
    `import Fastify from 'fastify';
import sensible from '@fastify/sensible';
const app = Fastify();
app.register(sensible);
app.get('/me', async (request, reply) => {
  reply.header('WWW-Authenticate', 'Bearer');
  reply.unauthorized('login');
});`,
    `import Fastify from 'fastify';
const app = Fastify();
app.get('/me', async (request, reply) => reply.unauthorized('login'));`,
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
    // Header names are case-insensitive (RFC 9110 §5.1); HTTP/2 sends them in lower case
    // (RFC 9113 §8.2.1), in the head object or as node:http2 constants.
    `import http2 from 'node:http2';
http2.createServer().on('stream', (stream) => {
  stream.respond({ ':status': 405, allow: 'GET, HEAD' });
  stream.end();
});`,
    `import http2 from 'node:http2';
http2.createServer().on('stream', (stream) => {
  stream.respond({ ':status': 401, 'www-authenticate': 'Bearer' });
  stream.end();
});`,
    `import http2 from 'node:http2';
const { HTTP2_HEADER_ALLOW } = http2.constants;
http2.createServer().on('stream', (stream) => {
  stream.respond({ ':status': 405, [HTTP2_HEADER_ALLOW]: 'GET' });
  stream.end();
});`,
    `import { createServer, constants } from 'node:http2';
createServer().on('stream', (stream) => {
  stream.respond({ ':status': 401, [constants.HTTP2_HEADER_WWW_AUTHENTICATE]: 'Bearer' });
  stream.end();
});`,
    `const http2 = require('http2');
http2.createServer((req, res) => {
  res.setHeader(http2.constants.HTTP2_HEADER_WWW_AUTHENTICATE, 'Bearer');
  res.writeHead(401);
  res.end();
});`,
    `const http2 = require('http2');
http2.createServer((req, res) => {
  res.setHeader('www-authenticate', 'Bearer');
  res.writeHead(401);
  res.end();
});`,
    `import http from 'node:http';
http.createServer((req, res) => {
  res.writeHead(401, { 'www-authenticate': 'Basic realm="x"' });
  res.end();
});`,
    `import express from 'express';
express().get('/me', (req, res) => {
  res.setHeader('www-authenticate', 'Bearer');
  res.status(401).end();
});`,
    // Elysia builds the response from `set`: headers set on it go out with `status(401, …)`.
    `import { Elysia } from 'elysia';
new Elysia().get('/me', ({ set, status }) => {
  set.headers['www-authenticate'] = 'Bearer';
  return status(401, 'login required');
});`,
    `import { Elysia } from 'elysia';
new Elysia().get('/me', ({ set }) => {
  set.headers['WWW-Authenticate'] = 'Bearer';
  set.status = 401;
  return 'login required';
});`,
    `import { Elysia } from 'elysia';
new Elysia().get('/me', (ctx) => {
  ctx.set.headers.Allow = 'GET';
  return ctx.status(405, 'no');
});`,
    // Found by the smoke run in Hono's Cloudflare adapter: workerd writes the Upgrade header.
    `const [client, server] = Object.values(new WebSocketPair()); new Response(null, { status: 101, webSocket: client });`,
    // Headers reach a catch from the points of the try that may throw, and only from those.
    `import express from 'express';
const app = express();
app.post('/items', async (req, res) => {
  try {
    res.set('Allow', 'GET');
    await check(req.body);
  } catch (error) {
    res.status(405).end();
  }
});`,
  ],
  invalid: [
    {
      // Elysia: no header, another header, or a header on a context that is not this handler's.
      code: `import { Elysia } from 'elysia';
const app = new Elysia();
app.get('/a', ({ status }) => status(401, 'login required'));
app.get('/b', ({ set, status }) => {
  set.headers['cache-control'] = 'no-store';
  return status(401, 'login required');
});
app.get('/c', ({ set }) => {
  set.headers['x-www-authenticate'] = 'Bearer';
  set.status = 401;
});
app.get('/d', ({ status, body }) => {
  check(body);
  return status(401);
});`,
      errors: [
        { messageId: 'missingHeader', data: { status: '401 (Unauthorized)', header: 'WWW-Authenticate', level: 'MUST', reference: 'RFC 9110 §15.5.2; §11.6.1', api: 'status()', hint: ' Send a challenge such as `Bearer realm="api"`; a scheme other than Basic does not open the browser\'s login dialog.' }, line: 3, column: 38, endLine: 3, endColumn: 41 },
        { messageId: 'missingHeader', data: { status: '401 (Unauthorized)', header: 'WWW-Authenticate', level: 'MUST', reference: 'RFC 9110 §15.5.2; §11.6.1', api: 'status()', hint: ' Send a challenge such as `Bearer realm="api"`; a scheme other than Basic does not open the browser\'s login dialog.' }, line: 6, column: 17, endLine: 6, endColumn: 20 },
        { messageId: 'missingHeader', data: { status: '401 (Unauthorized)', header: 'WWW-Authenticate', level: 'MUST', reference: 'RFC 9110 §15.5.2; §11.6.1', api: 'set.status', hint: ' Send a challenge such as `Bearer realm="api"`; a scheme other than Basic does not open the browser\'s login dialog.' }, line: 10, column: 16, endLine: 10, endColumn: 19 },
        { messageId: 'missingHeader', data: { status: '401 (Unauthorized)', header: 'WWW-Authenticate', level: 'MUST', reference: 'RFC 9110 §15.5.2; §11.6.1', api: 'status()', hint: ' Send a challenge such as `Bearer realm="api"`; a scheme other than Basic does not open the browser\'s login dialog.' }, line: 14, column: 17, endLine: 14, endColumn: 20 },
      ],
    },
    {
      // An HTTP/2 head with other headers, none of them the one the status needs.
      code: `import http2 from 'node:http2';
const { HTTP2_HEADER_CONTENT_TYPE } = http2.constants;
http2.createServer().on('stream', (stream) => {
  stream.respond({ ':status': 405, [HTTP2_HEADER_CONTENT_TYPE]: 'text/plain' });
  stream.end('no');
});
http2.createServer().on('stream', (stream) => {
  stream.respond({ ':status': 401, 'content-type': 'text/plain' });
  stream.end();
});`,
      errors: [
        { messageId: 'missingHeader', data: { status: '405 (Method Not Allowed)', header: 'Allow', level: 'MUST', reference: 'RFC 9110 §15.5.6; §10.2.1', api: 'stream.respond()', hint: ' List the methods the resource supports, e.g. `GET, HEAD`.' }, line: 4, column: 31, endLine: 4, endColumn: 34 },
        { messageId: 'missingHeader', data: { status: '401 (Unauthorized)', header: 'WWW-Authenticate', level: 'MUST', reference: 'RFC 9110 §15.5.2; §11.6.1', api: 'stream.respond()', hint: ' Send a challenge such as `Bearer realm="api"`; a scheme other than Basic does not open the browser\'s login dialog.' }, line: 8, column: 31, endLine: 8, endColumn: 34 },
      ],
    },
    {
      // A node:http2 constant names its header: another one is no WWW-Authenticate.
      code: `const http2 = require('http2');
http2.createServer((req, res) => {
  res.setHeader(http2.constants.HTTP2_HEADER_CONTENT_TYPE, 'text/plain');
  res.writeHead(401);
  res.end();
});`,
      errors: [
        {
          messageId: 'missingHeader',
          data: { status: '401 (Unauthorized)', header: 'WWW-Authenticate', level: 'MUST', reference: 'RFC 9110 §15.5.2; §11.6.1', api: 'res.writeHead()', hint: ' Send a challenge such as `Bearer realm="api"`; a scheme other than Basic does not open the browser\'s login dialog.' },
          line: 4, column: 17, endLine: 4, endColumn: 20,
        },
      ],
    },
    {
      // @fastify/sensible's reply helpers set their status and no header.
      code: `import Fastify from 'fastify';
import sensible from '@fastify/sensible';
const app = Fastify();
app.register(sensible);
app.get('/me', async (request, reply) => reply.unauthorized('login'));`,
      errors: [
        {
          messageId: 'missingHeader',
          data: { status: '401 (Unauthorized)', header: 'WWW-Authenticate', level: 'MUST', reference: 'RFC 9110 §15.5.2; §11.6.1', api: 'reply.unauthorized()', hint: ' Send a challenge such as `Bearer realm="api"`; a scheme other than Basic does not open the browser\'s login dialog.' },
          line: 5, column: 42, endLine: 5, endColumn: 69,
        },
      ],
    },
    {
      // A lower-case name of another header is no WWW-Authenticate.
      code: `import http from 'node:http';
http.createServer((req, res) => {
  res.setHeader('www-authenticat', 'Bearer');
  res.writeHead(401);
  res.end();
});`,
      errors: [{ messageId: 'missingHeader', data: { status: '401 (Unauthorized)', header: 'WWW-Authenticate', level: 'MUST', reference: 'RFC 9110 §15.5.2; §11.6.1', api: 'res.writeHead()', hint: ' Send a challenge such as `Bearer realm="api"`; a scheme other than Basic does not open the browser\'s login dialog.' }, line: 4, column: 17, endLine: 4, endColumn: 20 }],
    },
    {
      // A route module of a project that depends on @fastify/sensible.
      code: `export default async function items(fastify) {
  fastify.put('/items', async (request, reply) => {
    reply.methodNotAllowed();
  });
}`,
      filename: projectFile('fastify-sensible-app', 'routes/items.js'),
      errors: [
        {
          messageId: 'missingHeader',
          data: { status: '405 (Method Not Allowed)', header: 'Allow', level: 'MUST', reference: 'RFC 9110 §15.5.6; §10.2.1', api: 'reply.methodNotAllowed()', hint: ' List the methods the resource supports, e.g. `GET, HEAD`.' },
          line: 3, column: 5, endLine: 3, endColumn: 29,
        },
      ],
    },
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
    {
      // fail() returns the failure (it does not throw); the page for the form post gets the status.
      code: `import { fail } from '@sveltejs/kit';
export const actions = {
  login: async ({ request }) => fail(401, { wrong: true }),
};`,
      errors: [
        {
          messageId: 'missingHeaderOnError',
          data: { status: '401 (Unauthorized)', header: 'WWW-Authenticate', level: 'MUST', reference: 'RFC 9110 §15.5.2; §11.6.1', api: 'fail()', hint: ' Send a challenge such as `Bearer realm="api"`; a scheme other than Basic does not open the browser\'s login dialog.' },
          line: 3, column: 38, endLine: 3, endColumn: 41,
        },
      ],
    },
    {
      code: `import express from 'express';
const app = express();
app.post('/items', async (req, res) => {
  try {
    await check(req.body);
    res.set('Allow', 'GET');
  } catch (error) {
    res.status(405).end();
  }
});`,
      errors: [
        {
          messageId: 'missingHeader',
          data: { status: '405 (Method Not Allowed)', header: 'Allow', level: 'MUST', reference: 'RFC 9110 §15.5.6; §10.2.1', api: 'res.status()', hint: ' List the methods the resource supports, e.g. `GET, HEAD`.' },
          line: 8, column: 16, endLine: 8, endColumn: 19,
        },
      ],
    },
  ],
});

tsRuleTester.run('require-status-headers (TypeScript)', rule, {
  valid: [
    // NestJS answers an exception on the handler's response: a header set on it goes out.
    { code: `import { Controller, Get, Res, UnauthorizedException } from '@nestjs/common';
import type { Response } from 'express';
@Controller()
export class C {
  @Get() me(@Res({ passthrough: true }) res: Response) {
    res.setHeader('WWW-Authenticate', 'Bearer');
    throw new UnauthorizedException();
  }
}` },
    { code: `import { Controller, Get, HttpException, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
@Controller()
export class C {
  @Get() me(@Res({ passthrough: true }) reply: FastifyReply) {
    reply.header('www-authenticate', 'Bearer');
    throw new HttpException('login required', 401);
  }
}` },
    { code: `import type { HttpContext } from '@adonisjs/core/http';
export default class SessionController {
  async show({ response }: HttpContext) {
    response.header('WWW-Authenticate', 'Bearer');
    return response.unauthorized({ error: 'login' });
  }
  async update({ response }: HttpContext) { response.status(405).header('Allow', 'GET').send('no'); }
}` },
    // A module named like one of @nestjs/common's, in another package.
    { code: `import { UnauthorizedException } from '@nestjs/microservices/exceptions/unauthorized.exception';
throw new UnauthorizedException();` },
    { code: `import { HTTPException } from 'hono/http-exception';
throw new HTTPException(401, { res: unauthorizedResponse });` },
    { code: `import { Hono } from 'hono';
const app = new Hono();
app.get('/', (c) => {
  c.header('WWW-Authenticate', 'Bearer');
  return c.json({ error: 'login' }, 401);
});` },
    // The Next.js documentation's method switch: res.setHeader() on a Pages API response sets the header.
    `import type { NextApiRequest, NextApiResponse } from 'next';
export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const { method } = req;
  switch (method) {
    case 'GET':
      res.status(200).json({ id: 1 });
      break;
    case 'PUT':
      res.status(200).json({ id: 1, updated: true });
      break;
    default:
      res.setHeader('Allow', ['GET', 'PUT']);
      res.status(405).end(\`Method \${method} Not Allowed\`);
  }
}`,
  ],
  invalid: [
    {
      // AdonisJS's shorthands carry their status in their name and set no header.
      code: `import type { HttpContext } from '@adonisjs/core/http';
export default class SessionController {
  async show({ response }: HttpContext) {
    return response.unauthorized({ error: 'login' });
  }
  async update(ctx: HttpContext) { ctx.response.methodNotAllowed('no'); }
}`,
      errors: [
        {
          messageId: 'missingHeader',
          data: { status: '401 (Unauthorized)', header: 'WWW-Authenticate', level: 'MUST', reference: 'RFC 9110 §15.5.2; §11.6.1', api: 'response.unauthorized()', hint: ' Send a challenge such as `Bearer realm="api"`; a scheme other than Basic does not open the browser\'s login dialog.' },
          line: 4, column: 12, endLine: 4, endColumn: 53,
        },
        {
          messageId: 'missingHeader',
          data: { status: '405 (Method Not Allowed)', header: 'Allow', level: 'MUST', reference: 'RFC 9110 §15.5.6; §10.2.1', api: 'ctx.response.methodNotAllowed()', hint: ' List the methods the resource supports, e.g. `GET, HEAD`.' },
          line: 6, column: 36, endLine: 6, endColumn: 71,
        },
      ],
    },
    {
      // The exception imported from its own module of @nestjs/common.
      code: `import { UnauthorizedException } from '@nestjs/common/exceptions/unauthorized.exception';
import { HttpException } from '@nestjs/common/exceptions';
import { HttpStatus } from '@nestjs/common/enums/http-status.enum';
export function guard(token?: string) {
  if (!token) throw new UnauthorizedException();
  throw new HttpException('no', HttpStatus.UNAUTHORIZED);
}`,
      errors: [
        {
          messageId: 'missingHeaderOnError',
          data: { status: '401 (Unauthorized)', header: 'WWW-Authenticate', level: 'MUST', reference: 'RFC 9110 §15.5.2; §11.6.1', api: 'new UnauthorizedException()', hint: ' Send a challenge such as `Bearer realm="api"`; a scheme other than Basic does not open the browser\'s login dialog.' },
          line: 5, column: 21, endLine: 5, endColumn: 48,
        },
        {
          messageId: 'missingHeaderOnError',
          data: { status: '401 (Unauthorized)', header: 'WWW-Authenticate', level: 'MUST', reference: 'RFC 9110 §15.5.2; §11.6.1', api: 'new HttpException()', hint: ' Send a challenge such as `Bearer realm="api"`; a scheme other than Basic does not open the browser\'s login dialog.' },
          line: 6, column: 33, endLine: 6, endColumn: 56,
        },
      ],
    },
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
      // The header on another response than the one the exception is answered on, or none.
      code: `import { Controller, Get, Req, Res, UnauthorizedException } from '@nestjs/common';
import type { Request, Response } from 'express';
@Controller()
export class C {
  @Get() me(@Req() req: Request, @Res({ passthrough: true }) res: Response) {
    res.setHeader('Cache-Control', 'no-store');
    throw new UnauthorizedException();
  }
  @Get('x') other(@Res({ passthrough: true }) res: Response) {
    [1].forEach(() => {
      throw new UnauthorizedException();
    });
    res.setHeader('WWW-Authenticate', 'Bearer');
  }
}`,
      errors: [
        { messageId: 'missingHeaderOnError', data: { status: '401 (Unauthorized)', header: 'WWW-Authenticate', level: 'MUST', reference: 'RFC 9110 §15.5.2; §11.6.1', api: 'new UnauthorizedException()', hint: ' Send a challenge such as `Bearer realm="api"`; a scheme other than Basic does not open the browser\'s login dialog.' }, line: 7, column: 11, endLine: 7, endColumn: 38 },
        { messageId: 'missingHeaderOnError', data: { status: '401 (Unauthorized)', header: 'WWW-Authenticate', level: 'MUST', reference: 'RFC 9110 §15.5.2; §11.6.1', api: 'new UnauthorizedException()', hint: ' Send a challenge such as `Bearer realm="api"`; a scheme other than Basic does not open the browser\'s login dialog.' }, line: 11, column: 13, endLine: 11, endColumn: 40 },
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
    {
      code: `import type { NextApiRequest, NextApiResponse } from 'next';
export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const { method } = req;
  switch (method) {
    case 'GET':
      res.setHeader('Allow', ['GET', 'PUT']);
      res.status(200).json({ id: 1 });
      break;
    default:
      res.status(405).end(\`Method \${method} Not Allowed\`);
  }
}`,
      errors: [
        {
          messageId: 'missingHeader',
          data: { status: '405 (Method Not Allowed)', header: 'Allow', level: 'MUST', reference: 'RFC 9110 §15.5.6; §10.2.1', api: 'res.status()', hint: ' List the methods the resource supports, e.g. `GET, HEAD`.' },
          line: 10, column: 18, endLine: 10, endColumn: 21,
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
