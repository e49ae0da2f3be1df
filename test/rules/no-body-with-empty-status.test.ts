import rule from '../../rules/no-body-with-empty-status.js';
import { createJsRuleTester, createTsRuleTester } from './tester.js';

const jsRuleTester = createJsRuleTester();
const tsRuleTester = createTsRuleTester();

jsRuleTester.run('no-body-with-empty-status (JavaScript)', rule, {
  valid: [
    // Returned values: a status set only on a path that returns null; a hook's return value.
    `import Fastify from 'fastify';
const app = Fastify();
app.delete('/items/:id', async (request, reply) => {
  if (request.query.quiet) {
    reply.code(204);
    return null;
  }
  return { deleted: true };
});`,
    `import Fastify from 'fastify';
const app = Fastify();
app.addHook('onSend', async (request, reply, payload) => {
  reply.code(204);
  return payload;
});`,
    // Statuses set on paths that never reach the body, replaced, or handed to unknown code;
    // bodies that are null or absent; closures that run at an unknown time.
    `import express from 'express';
const app = express();
app.delete('/items/:id', (req, res) => {
  if (req.query.quiet) {
    return res.status(204).end();
  }
  res.json({ deleted: true });
});`,
    `import express from 'express';
const app = express();
app.delete('/items/:id', (req, res) => {
  res.status(204);
  res.status(200);
  res.json({ deleted: true });
});`,
    `import express from 'express';
const app = express();
app.delete('/items/:id', (req, res) => {
  res.status(204);
  decorate(res);
  res.json({ deleted: true });
});`,
    `import express from 'express';
const app = express();
app.get('/', (req, res) => {
  res.status(204).end();
  res.sendStatus(204);
});`,
    // Every path that sets 204 leaves the handler before the body: through a switch, a finally.
    `import express from 'express';
const app = express();
app.get('/', (req, res) => {
  switch (req.query.format) {
    case 'none':
      res.status(204);
      return res.end();
    default:
      res.status(200);
  }
  res.json(data);
});`,
    `import express from 'express';
const app = express();
app.get('/', async (req, res) => {
  try {
    res.status(204);
    return res.end();
  } finally {
    await release();
  }
  res.json(data);
});`,
    `new Response(null, { status: 204 }); new Response(undefined, { status: 205 }); new Response();`,
    // A json() of the project's own, and Remix's json() with a status that has content.
    `import { json } from './http'; export const action = () => json({ ok: true }, 204);`,
    `import { json } from '@remix-run/cloudflare'; export const action = () => json({ ok: true }, { status: 200 });`,
    `import Koa from 'koa';
new Koa().use(async (ctx) => {
  ctx.status = 204;
  ctx.body = null;
});`,
    // Koa: an empty string is no content, in either order, and it replaces an earlier body.
    `import Koa from 'koa';
new Koa().use(async (ctx) => {
  ctx.status = 204;
  ctx.body = '';
});`,
    `import Koa from 'koa';
const EMPTY = '';
new Koa().use(async (ctx) => {
  ctx.body = \`\`;
  ctx.response.status = 205;
  ctx.response.body = EMPTY;
});`,
    `import Koa from 'koa';
new Koa().use(async (ctx) => {
  ctx.body = { ok: true };
  ctx.body = '';
  ctx.status = 304;
});`,
    `import express from 'express';
const app = express();
app.get('/', (req, res) => {
  res.status(204);
  db.find((err, row) => {
    res.json(row);
  });
});`,
    `const logger = { status() { return this; }, json() {} }; logger.status(204).json({});`,
    `function handler(req, res) { res.status(204).json({}); }`,
    `import Koa from 'koa'; new Koa().use(async (ctx) => { ctx.status = 200; ctx.body = 'ok'; });`,
    // A status set after the body: cleared first, on another path, or after the response was
    // handed to other code; a hapi response without a payload.
    `import Koa from 'koa';
new Koa().use(async (ctx) => {
  ctx.body = { ok: true };
  ctx.body = null;
  ctx.status = 204;
});`,
    `import Koa from 'koa';
new Koa().use(async (ctx) => {
  if (ctx.query.full) {
    ctx.body = { ok: true };
    return;
  }
  ctx.status = 204;
});`,
    `import Koa from 'koa';
new Koa().use(async (ctx) => {
  ctx.body = { ok: true };
  decorate(ctx);
  ctx.status = 204;
});`,
    `import Hapi from '@hapi/hapi';
const server = Hapi.server();
server.route({ method: 'DELETE', path: '/x', handler: (request, h) => {
  const response = h.response();
  response.code(204);
  return response;
} });`,
    // Express sends at res.json(): a later status cannot change what was sent.
    `import express from 'express';
express().get('/', (req, res) => {
  res.json({ ok: true });
  res.status(204);
});`,
    `import { Hono } from 'hono'; new Hono().get('/', (c) => c.json({ ok: true }, 200));`,
    // A try's last operation completes before its catch can run: nothing after it throws.
    `import Koa from 'koa';
const app = new Koa();
app.use(async (ctx) => {
  try {
    const data = await load(ctx.params.id);
    ctx.body = data;
  } catch (error) {
    ctx.status = 204;
  }
});`,
    `import Koa from 'koa';
const app = new Koa();
app.use(async (ctx) => {
  try {
    ctx.body = await load(ctx.params.id);
  } catch (error) {
    ctx.status = 204;
  }
});`,
    `import express from 'express';
const app = express();
app.delete('/items/:id', async (req, res) => {
  try {
    await remove(req.params.id);
    res.sendStatus(204);
  } catch (error) {
    res.json({ error: error.message });
  }
});`,
    // Express sends when the body is sent: a status set in the finally after it comes too late to matter here.
    `import express from 'express';
const app = express();
app.delete('/items/:id', async (req, res) => {
  try {
    res.json(await remove(req.params.id));
  } finally {
    res.status(204);
  }
});`,
    // A callback's return is the handler's body only where the handler returns the call's result, and
    // not through array methods; a returned reply (or what a framework made) is no body.
    `import Fastify from 'fastify';
const app = Fastify();
app.delete('/items/:id', async (request, reply) => {
  await db.transaction(async (tx) => {
    reply.code(204);
    return { message: 'deleted' };
  });
  return null;
});`,
    `import Fastify from 'fastify';
const app = Fastify();
app.delete('/items', async (request, reply) => {
  return Promise.all(request.body.ids.map(async (id) => {
    reply.code(204);
    return { id };
  }));
});`,
    `import Fastify from 'fastify';
const app = Fastify();
app.delete('/items', async (request, reply) => {
  return request.body.ids.map((id) => {
    reply.code(204);
    return id;
  });
});`,
    `import Fastify from 'fastify';
const app = Fastify();
app.delete('/items/:id', async (request, reply) => {
  reply.code(204);
  return reply.send();
});`,
    `import Fastify from 'fastify';
const app = Fastify();
app.delete('/items/:id', async (request, reply) => {
  await remove(request.params.id);
  return reply.code(204).send();
});`,
    `import Fastify from 'fastify';
const app = Fastify();
app.delete('/items/:id', async (request, reply) => {
  reply.code(204);
  return reply;
});`,
    `import { Elysia } from 'elysia';
new Elysia().delete('/items/:id', ({ set, status }) => {
  set.status = 204;
  return status(200, { deleted: true });
});`,
    `import { Elysia } from 'elysia';
new Elysia().delete('/items/:id', ({ query, set }) => {
  if (query.quiet) {
    set.status = 204;
    return;
  }
  return { deleted: true };
});`,
    `import { Elysia } from 'elysia';
new Elysia().onAfterHandle(({ set }) => {
  set.status = 204;
  return { handled: true };
});`,
    // A 304 or 204 set on a branch that ends the response first; a computed key that is not the status.
    `import http from 'node:http';
http.createServer((req, res) => {
  const etag = hash(body);
  res.setHeader('ETag', etag);
  if (req.headers['if-none-match'] === etag) {
    res.statusCode = 304;
    res.end();
    return;
  }
  res.end(body);
});`,
    `import Koa from 'koa';
new Koa().use(async (ctx) => {
  if (ctx.fresh) {
    ctx.status = 304;
    return;
  }
  ctx.body = await render(ctx.path);
});`,
    `import http2 from 'node:http2';
const { HTTP2_HEADER_STATUS, HTTP2_HEADER_CONTENT_TYPE } = http2.constants;
const server = http2.createSecureServer(options);
server.on('stream', (stream, headers) => {
  stream.respond({ [HTTP2_HEADER_CONTENT_TYPE]: 'application/json', [HTTP2_HEADER_STATUS]: 200 });
  stream.end(JSON.stringify({ deleted: true }));
});`,
    `import http2 from 'node:http2';
const { HTTP2_HEADER_STATUS } = http2.constants;
const server = http2.createSecureServer(options);
server.on('stream', (stream) => {
  stream.respond({ [HTTP2_HEADER_STATUS]: 204 });
  stream.end();
});`,
    `import http2 from 'node:http2';
const server = http2.createServer();
server.on('stream', (stream) => {
  stream.respond({ [key]: 204, ':status': 200 });
  stream.end('ok');
});`,
    // A return through a finally does not go on to the catch outside it.
    `import express from 'express';
const app = express();
app.delete('/items/:id', async (req, res) => {
  let released = false;
  try {
    try {
      res.status(204).end();
      return;
    } finally {
      released = true;
    }
  } catch (error) {
    res.json({ error: error.message });
  }
});`,
  ],
  invalid: [
    {
      // A non-empty string is a body, and Fetch's Response throws on an empty one too.
      code: `import Koa from 'koa';
new Koa().use(async (ctx) => {
  ctx.status = 204;
  ctx.body = ' ';
});
new Response('', { status: 204 });`,
      errors: [
        {
          messageId: 'bodyAfterStatus',
          data: { api: 'ctx.body', status: '204 (No Content)', statusApi: 'ctx.status', line: 3, reference: 'RFC 9110 §15.3.5', effect: 'Koa drops it silently' },
          line: 4, column: 14, endLine: 4, endColumn: 17,
          suggestions: [
            { messageId: 'removeBody', output: `import Koa from 'koa';
new Koa().use(async (ctx) => {
  ctx.status = 204;
  ctx.body = null;
});
new Response('', { status: 204 });` },
            { messageId: 'useStatus', data: { status: '200 (OK)' }, output: `import Koa from 'koa';
new Koa().use(async (ctx) => {
  ctx.status = 200;
  ctx.body = ' ';
});
new Response('', { status: 204 });` },
          ],
        },
        {
          messageId: 'bodyWithStatus',
          data: { api: 'new Response()', status: '204 (No Content)', statusApi: 'new Response()', line: 6, reference: 'RFC 9110 §15.3.5', effect: 'the Response constructor throws a TypeError in Node, Deno and Cloudflare Workers (Bun drops it)' },
          line: 6, column: 14, endLine: 6, endColumn: 16,
          suggestions: [
            { messageId: 'removeBody', output: `import Koa from 'koa';
new Koa().use(async (ctx) => {
  ctx.status = 204;
  ctx.body = ' ';
});
new Response(null, { status: 204 });` },
            { messageId: 'useStatus', data: { status: '200 (OK)' }, output: `import Koa from 'koa';
new Koa().use(async (ctx) => {
  ctx.status = 204;
  ctx.body = ' ';
});
new Response('', { status: 200 });` },
          ],
        },
      ],
    },
    {
      code: `import Koa from 'koa';
new Koa().use(async (ctx) => {
  ctx.body = { ok: true };
  ctx.status = 204;
});`,
      errors: [
        {
          messageId: 'statusAfterBody',
          data: { api: 'ctx.body', status: '204 (No Content)', statusApi: 'ctx.status', line: 4, reference: 'RFC 9110 §15.3.5', effect: 'Koa drops it silently' },
          line: 3, column: 14, endLine: 3, endColumn: 26,
          suggestions: [
            { messageId: 'removeBody', output: `import Koa from 'koa';
new Koa().use(async (ctx) => {
  ctx.body = null;
  ctx.status = 204;
});` },
            { messageId: 'useStatus', data: { status: '200 (OK)' }, output: `import Koa from 'koa';
new Koa().use(async (ctx) => {
  ctx.body = { ok: true };
  ctx.status = 200;
});` },
          ],
        },
      ],
    },
    // Every branch sets a status and sends, without a return: each body names the status
    // set last of those that reach it (one per value is followed).
    {
      code: `import express from 'express';
const app = express();
app.post('/jobs', (req, res) => {
  if (req.query.a) { res.status(204); res.send('a'); }
  if (req.query.b) { res.status(204); res.send('b'); }
  res.send('c');
});`,
      errors: [
        {
          messageId: 'bodyAfterStatus',
          data: { api: 'res.send()', status: '204 (No Content)', statusApi: 'res.status()', line: 4, reference: 'RFC 9110 §15.3.5', effect: 'Express drops it silently, with its Content-Type' },
          line: 4, column: 48, endLine: 4, endColumn: 51,
          suggestions: [
            { messageId: 'useStatus', data: { status: '200 (OK)' }, output: `import express from 'express';
const app = express();
app.post('/jobs', (req, res) => {
  if (req.query.a) { res.status(200); res.send('a'); }
  if (req.query.b) { res.status(204); res.send('b'); }
  res.send('c');
});` },
          ],
        },
        {
          messageId: 'bodyAfterStatus',
          data: { api: 'res.send()', status: '204 (No Content)', statusApi: 'res.status()', line: 5, reference: 'RFC 9110 §15.3.5', effect: 'Express drops it silently, with its Content-Type' },
          line: 5, column: 48, endLine: 5, endColumn: 51,
          suggestions: [
            { messageId: 'useStatus', data: { status: '200 (OK)' }, output: `import express from 'express';
const app = express();
app.post('/jobs', (req, res) => {
  if (req.query.a) { res.status(204); res.send('a'); }
  if (req.query.b) { res.status(200); res.send('b'); }
  res.send('c');
});` },
          ],
        },
        {
          messageId: 'bodyAfterStatus',
          data: { api: 'res.send()', status: '204 (No Content)', statusApi: 'res.status()', line: 5, reference: 'RFC 9110 §15.3.5', effect: 'Express drops it silently, with its Content-Type' },
          line: 6, column: 12, endLine: 6, endColumn: 15,
          suggestions: [
            { messageId: 'useStatus', data: { status: '200 (OK)' }, output: `import express from 'express';
const app = express();
app.post('/jobs', (req, res) => {
  if (req.query.a) { res.status(204); res.send('a'); }
  if (req.query.b) { res.status(200); res.send('b'); }
  res.send('c');
});` },
          ],
        },
      ],
    },
    // A body replaced on every path before the status is set: only the one sent.
    {
      code: `import Koa from 'koa';
new Koa().use(async (ctx) => {
  ctx.body = 'draft';
  ctx.body = 'final';
  ctx.status = 204;
});`,
      errors: [
        {
          messageId: 'statusAfterBody',
          data: { api: 'ctx.body', status: '204 (No Content)', statusApi: 'ctx.status', line: 5, reference: 'RFC 9110 §15.3.5', effect: 'Koa drops it silently' },
          line: 4, column: 14, endLine: 4, endColumn: 21,
          suggestions: [
            { messageId: 'removeBody', output: `import Koa from 'koa';
new Koa().use(async (ctx) => {
  ctx.body = 'draft';
  ctx.body = null;
  ctx.status = 204;
});` },
            { messageId: 'useStatus', data: { status: '200 (OK)' }, output: `import Koa from 'koa';
new Koa().use(async (ctx) => {
  ctx.body = 'draft';
  ctx.body = 'final';
  ctx.status = 200;
});` },
          ],
        },
      ],
    },
    // A status set after a body that a later body replaces on one path only: both bodies.
    {
      code: `import Koa from 'koa';
new Koa().use(async (ctx) => {
  ctx.body = 'draft';
  if (ctx.query.a) ctx.body = 'final';
  ctx.status = 204;
});`,
      errors: [
        {
          messageId: 'statusAfterBody',
          data: { api: 'ctx.body', status: '204 (No Content)', statusApi: 'ctx.status', line: 5, reference: 'RFC 9110 §15.3.5', effect: 'Koa drops it silently' },
          line: 3, column: 14, endLine: 3, endColumn: 21,
          suggestions: [
            { messageId: 'removeBody', output: `import Koa from 'koa';
new Koa().use(async (ctx) => {
  ctx.body = null;
  if (ctx.query.a) ctx.body = 'final';
  ctx.status = 204;
});` },
            { messageId: 'useStatus', data: { status: '200 (OK)' }, output: `import Koa from 'koa';
new Koa().use(async (ctx) => {
  ctx.body = 'draft';
  if (ctx.query.a) ctx.body = 'final';
  ctx.status = 200;
});` },
          ],
        },
        {
          messageId: 'statusAfterBody',
          data: { api: 'ctx.body', status: '204 (No Content)', statusApi: 'ctx.status', line: 5, reference: 'RFC 9110 §15.3.5', effect: 'Koa drops it silently' },
          line: 4, column: 31, endLine: 4, endColumn: 38,
          suggestions: [
            { messageId: 'removeBody', output: `import Koa from 'koa';
new Koa().use(async (ctx) => {
  ctx.body = 'draft';
  if (ctx.query.a) ctx.body = null;
  ctx.status = 204;
});` },
            { messageId: 'useStatus', data: { status: '200 (OK)' }, output: `import Koa from 'koa';
new Koa().use(async (ctx) => {
  ctx.body = 'draft';
  if (ctx.query.a) ctx.body = 'final';
  ctx.status = 200;
});` },
          ],
        },
      ],
    },
    {
      code: `import Hapi from '@hapi/hapi';
const server = Hapi.server();
server.route({ method: 'DELETE', path: '/x', handler: (request, h) => {
  const response = h.response({ deleted: true });
  if (request.query.quiet) response.code(204);
  return response;
} });`,
      errors: [
        {
          messageId: 'statusAfterBody',
          data: { api: 'h.response()', status: '204 (No Content)', statusApi: 'response.code()', line: 5, reference: 'RFC 9110 §15.3.5', effect: 'hapi sends no payload' },
          line: 4, column: 31, endLine: 4, endColumn: 48,
          suggestions: [
            { messageId: 'removeBody', output: `import Hapi from '@hapi/hapi';
const server = Hapi.server();
server.route({ method: 'DELETE', path: '/x', handler: (request, h) => {
  const response = h.response();
  if (request.query.quiet) response.code(204);
  return response;
} });` },
            { messageId: 'useStatus', data: { status: '200 (OK)' }, output: `import Hapi from '@hapi/hapi';
const server = Hapi.server();
server.route({ method: 'DELETE', path: '/x', handler: (request, h) => {
  const response = h.response({ deleted: true });
  if (request.query.quiet) response.code(200);
  return response;
} });` },
          ],
        },
      ],
    },
    {
      code: `import Fastify from 'fastify';
const app = Fastify();
app.delete('/items/:id', async (request, reply) => {
  reply.code(204);
  return { deleted: true };
});`,
      errors: [
        {
          messageId: 'bodyAfterStatus',
          data: { api: 'The returned value', status: '204 (No Content)', statusApi: 'reply.code()', line: 4, reference: 'RFC 9110 §15.3.5', effect: 'Fastify drops it silently' },
          line: 5, column: 10, endLine: 5, endColumn: 27,
          suggestions: [
            { messageId: 'useStatus', data: { status: '200 (OK)' }, output: `import Fastify from 'fastify';
const app = Fastify();
app.delete('/items/:id', async (request, reply) => {
  reply.code(200);
  return { deleted: true };
});` },
          ],
        },
      ],
    },
    {
      code: `import express from 'express';
const app = express();
app.delete('/items/:id', (req, res) => {
  res.status(204).json({ deleted: true });
});`,
      errors: [
        {
          messageId: 'bodyWithStatus',
          data: { api: 'res.status(204).json()', status: '204 (No Content)', statusApi: 'res.status()', line: 4, reference: 'RFC 9110 §15.3.5', effect: 'Express drops it silently, with its Content-Type' },
          line: 4, column: 24, endLine: 4, endColumn: 41,
          suggestions: [
            { messageId: 'useStatus', data: { status: '200 (OK)' }, output: `import express from 'express';
const app = express();
app.delete('/items/:id', (req, res) => {
  res.status(200).json({ deleted: true });
});` },
          ],
        },
      ],
    },
    {
      code: `import express from 'express';
const app = express();
app.delete('/items/:id', async (req, res) => {
  res.status(204);
  await remove(req.params.id);
  res.send({ deleted: true });
});`,
      errors: [
        {
          messageId: 'bodyAfterStatus',
          data: { api: 'res.send()', status: '204 (No Content)', statusApi: 'res.status()', line: 4, reference: 'RFC 9110 §15.3.5', effect: 'Express drops it silently, with its Content-Type' },
          line: 6, column: 12, endLine: 6, endColumn: 29,
          suggestions: [
            { messageId: 'useStatus', data: { status: '200 (OK)' }, output: `import express from 'express';
const app = express();
app.delete('/items/:id', async (req, res) => {
  res.status(200);
  await remove(req.params.id);
  res.send({ deleted: true });
});` },
          ],
        },
      ],
    },
    {
      code: `import express from 'express';
const app = express();
app.delete('/items/:id', (req, res) => {
  if (req.query.quiet) {
    res.status(204);
  }
  res.json({ deleted: true });
});`,
      errors: [
        {
          messageId: 'bodyAfterStatus',
          data: { api: 'res.json()', status: '204 (No Content)', statusApi: 'res.status()', line: 5, reference: 'RFC 9110 §15.3.5', effect: 'Express drops it silently, with its Content-Type' },
          line: 7, column: 12, endLine: 7, endColumn: 29,
          suggestions: [
            { messageId: 'useStatus', data: { status: '200 (OK)' }, output: `import express from 'express';
const app = express();
app.delete('/items/:id', (req, res) => {
  if (req.query.quiet) {
    res.status(200);
  }
  res.json({ deleted: true });
});` },
          ],
        },
      ],
    },
    {
      // Remix 2's json(), with the status as a number and in the init.
      code: `import { json } from '@remix-run/node';
export async function action() {
  if (gone) return json({ ok: true }, 204);
  return json({ ok: true }, { status: 205 });
}`,
      errors: [
        {
          messageId: 'bodyWithStatus',
          data: { api: 'json()', status: '204 (No Content)', statusApi: 'json()', line: 3, reference: 'RFC 9110 §15.3.5', effect: 'the Response constructor throws a TypeError in Node, Deno and Cloudflare Workers (Bun drops it)' },
          line: 3, column: 25, endLine: 3, endColumn: 37,
          suggestions: [
            { messageId: 'useStatus', data: { status: '200 (OK)' }, output: `import { json } from '@remix-run/node';
export async function action() {
  if (gone) return json({ ok: true }, 200);
  return json({ ok: true }, { status: 205 });
}` },
          ],
        },
        {
          messageId: 'bodyWithStatus',
          data: { api: 'json()', status: '205 (Reset Content)', statusApi: 'json()', line: 4, reference: 'RFC 9110 §15.3.6', effect: 'the Response constructor throws a TypeError in Node, Deno and Cloudflare Workers (Bun drops it)' },
          line: 4, column: 15, endLine: 4, endColumn: 27,
          suggestions: [
            { messageId: 'useStatus', data: { status: '200 (OK)' }, output: `import { json } from '@remix-run/node';
export async function action() {
  if (gone) return json({ ok: true }, 204);
  return json({ ok: true }, { status: 200 });
}` },
          ],
        },
      ],
    },
    {
      code: `import { NextResponse } from 'next/server';
export async function DELETE() {
  return NextResponse.json({ ok: true }, { status: 204 });
}`,
      errors: [
        {
          messageId: 'bodyWithStatus',
          data: { api: 'NextResponse.json()', status: '204 (No Content)', statusApi: 'NextResponse.json()', line: 3, reference: 'RFC 9110 §15.3.5', effect: 'the Response constructor throws a TypeError in Node, Deno and Cloudflare Workers (Bun drops it)' },
          line: 3, column: 28, endLine: 3, endColumn: 40,
          suggestions: [
            { messageId: 'useStatus', data: { status: '200 (OK)' }, output: `import { NextResponse } from 'next/server';
export async function DELETE() {
  return NextResponse.json({ ok: true }, { status: 200 });
}` },
          ],
        },
      ],
    },
    {
      code: `export default {
  fetch() {
    return new Response('', { status: 304 });
  },
};`,
      errors: [
        {
          messageId: 'bodyWithStatus',
          data: { api: 'new Response()', status: '304 (Not Modified)', statusApi: 'new Response()', line: 3, reference: 'RFC 9110 §15.4.5', effect: 'the Response constructor throws a TypeError in Node, Deno and Cloudflare Workers (Bun drops it)' },
          line: 3, column: 25, endLine: 3, endColumn: 27,
          suggestions: [
            { messageId: 'removeBody', data: {  }, output: `export default {
  fetch() {
    return new Response(null, { status: 304 });
  },
};` },
            { messageId: 'useStatus', data: { status: '200 (OK)' }, output: `export default {
  fetch() {
    return new Response('', { status: 200 });
  },
};` },
          ],
        },
      ],
    },
    {
      code: `import { Hono } from 'hono';
const app = new Hono();
app.delete('/', (c) => c.body(null, 204));
app.post('/', (c) => {
  c.status(205);
  return c.text('reset');
});`,
      errors: [
        {
          messageId: 'bodyAfterStatus',
          data: { api: 'c.text()', status: '205 (Reset Content)', statusApi: 'c.status()', line: 5, reference: 'RFC 9110 §15.3.6', effect: 'the Response that Hono builds throws a TypeError and the client gets a 500' },
          line: 6, column: 17, endLine: 6, endColumn: 24,
          suggestions: [
            { messageId: 'useStatus', data: { status: '200 (OK)' }, output: `import { Hono } from 'hono';
const app = new Hono();
app.delete('/', (c) => c.body(null, 204));
app.post('/', (c) => {
  c.status(200);
  return c.text('reset');
});` },
          ],
        },
      ],
    },
    {
      code: `import Koa from 'koa';
new Koa().use(async (ctx) => {
  ctx.status = 204;
  ctx.body = { ok: true };
});`,
      errors: [
        {
          messageId: 'bodyAfterStatus',
          data: { api: 'ctx.body', status: '204 (No Content)', statusApi: 'ctx.status', line: 3, reference: 'RFC 9110 §15.3.5', effect: 'Koa drops it silently' },
          line: 4, column: 14, endLine: 4, endColumn: 26,
          suggestions: [
            { messageId: 'removeBody', data: {  }, output: `import Koa from 'koa';
new Koa().use(async (ctx) => {
  ctx.status = 204;
  ctx.body = null;
});` },
            { messageId: 'useStatus', data: { status: '200 (OK)' }, output: `import Koa from 'koa';
new Koa().use(async (ctx) => {
  ctx.status = 200;
  ctx.body = { ok: true };
});` },
          ],
        },
      ],
    },
    {
      code: `import Fastify from 'fastify';
const app = Fastify();
app.get('/', (request, reply) => reply.code(205).send('reset'));`,
      errors: [
        {
          messageId: 'bodyWithStatus',
          data: { api: 'reply.code(205).send()', status: '205 (Reset Content)', statusApi: 'reply.code()', line: 3, reference: 'RFC 9110 §15.3.6', effect: 'Fastify sends it anyway' },
          line: 3, column: 55, endLine: 3, endColumn: 62,
          suggestions: [
            { messageId: 'removeBody', data: {  }, output: `import Fastify from 'fastify';
const app = Fastify();
app.get('/', (request, reply) => reply.code(205).send());` },
            { messageId: 'useStatus', data: { status: '200 (OK)' }, output: `import Fastify from 'fastify';
const app = Fastify();
app.get('/', (request, reply) => reply.code(200).send('reset'));` },
          ],
        },
      ],
    },
    {
      code: `import http from 'node:http';
http.createServer((req, res) => {
  res.writeHead(204);
  res.end('gone');
});`,
      errors: [
        {
          messageId: 'bodyAfterStatus',
          data: { api: 'res.end()', status: '204 (No Content)', statusApi: 'res.writeHead()', line: 3, reference: 'RFC 9110 §15.3.5', effect: 'Node drops it silently (or throws ERR_HTTP_BODY_NOT_ALLOWED with rejectNonStandardBodyWrites)' },
          line: 4, column: 11, endLine: 4, endColumn: 17,
          suggestions: [
            { messageId: 'removeBody', data: {  }, output: `import http from 'node:http';
http.createServer((req, res) => {
  res.writeHead(204);
  res.end();
});` },
            { messageId: 'useStatus', data: { status: '200 (OK)' }, output: `import http from 'node:http';
http.createServer((req, res) => {
  res.writeHead(200);
  res.end('gone');
});` },
          ],
        },
      ],
    },
    {
      code: `import Hapi from '@hapi/hapi';
const server = Hapi.server();
server.route({ method: 'GET', path: '/', handler: (request, h) => h.response({ a: 1 }).code(204) });`,
      errors: [
        {
          messageId: 'bodyWithStatus',
          data: { api: 'h.response()', status: '204 (No Content)', statusApi: 'h.response({ a: 1 }).code()', line: 3, reference: 'RFC 9110 §15.3.5', effect: 'hapi sends no payload' },
          line: 3, column: 78, endLine: 3, endColumn: 86,
          suggestions: [
            { messageId: 'removeBody', data: {  }, output: `import Hapi from '@hapi/hapi';
const server = Hapi.server();
server.route({ method: 'GET', path: '/', handler: (request, h) => h.response().code(204) });` },
            { messageId: 'useStatus', data: { status: '200 (OK)' }, output: `import Hapi from '@hapi/hapi';
const server = Hapi.server();
server.route({ method: 'GET', path: '/', handler: (request, h) => h.response({ a: 1 }).code(200) });` },
          ],
        },
      ],
    },
    {
      code: `import { json } from '@sveltejs/kit';
export function DELETE() {
  return json({ ok: true }, { status: 204 });
}`,
      errors: [
        {
          messageId: 'bodyWithStatus',
          data: { api: 'json()', status: '204 (No Content)', statusApi: 'json()', line: 3, reference: 'RFC 9110 §15.3.5', effect: 'the Response constructor throws a TypeError in Node, Deno and Cloudflare Workers (Bun drops it)' },
          line: 3, column: 15, endLine: 3, endColumn: 27,
          suggestions: [
            { messageId: 'useStatus', data: { status: '200 (OK)' }, output: `import { json } from '@sveltejs/kit';
export function DELETE() {
  return json({ ok: true }, { status: 200 });
}` },
          ],
        },
      ],
    },
    {
      code: `import express from 'express';
const app = express();
app.get('/', (req, res) => {
  db.find((err, row) => {
    res.status(204);
    res.json(row);
  });
});`,
      errors: [
        {
          messageId: 'bodyAfterStatus',
          data: { api: 'res.json()', status: '204 (No Content)', statusApi: 'res.status()', line: 5, reference: 'RFC 9110 §15.3.5', effect: 'Express drops it silently, with its Content-Type' },
          line: 6, column: 14, endLine: 6, endColumn: 17,
          suggestions: [
            { messageId: 'useStatus', data: { status: '200 (OK)' }, output: `import express from 'express';
const app = express();
app.get('/', (req, res) => {
  db.find((err, row) => {
    res.status(200);
    res.json(row);
  });
});` },
          ],
        },
      ],
    },
    {
      code: `import express from 'express';
const app = express();
app.get('/', (req, res) => {
  for (const item of items) {
    res.json(item);
    res.status(204);
  }
});`,
      errors: [
        {
          messageId: 'bodyAfterStatus',
          data: { api: 'res.json()', status: '204 (No Content)', statusApi: 'res.status()', line: 6, reference: 'RFC 9110 §15.3.5', effect: 'Express drops it silently, with its Content-Type' },
          line: 5, column: 14, endLine: 5, endColumn: 18,
          suggestions: [
            { messageId: 'useStatus', data: { status: '200 (OK)' }, output: `import express from 'express';
const app = express();
app.get('/', (req, res) => {
  for (const item of items) {
    res.json(item);
    res.status(200);
  }
});` },
          ],
        },
      ],
    },
    {
      // The catch may run after the 204 is set, or not: some path carries 204 to the body.
      code: `import express from 'express';
const app = express();
app.delete('/items/:id', async (req, res) => {
  try {
    await remove(req.params.id);
    res.status(204);
  } catch (error) {
    res.status(500);
  }
  res.json({ done: true });
});`,
      errors: [
        {
          messageId: 'bodyAfterStatus',
          data: { api: 'res.json()', status: '204 (No Content)', statusApi: 'res.status()', line: 6, reference: 'RFC 9110 §15.3.5', effect: 'Express drops it silently, with its Content-Type' },
          line: 10, column: 12, endLine: 10, endColumn: 26,
          suggestions: [
            { messageId: 'useStatus', data: { status: '200 (OK)' }, output: `import express from 'express';
const app = express();
app.delete('/items/:id', async (req, res) => {
  try {
    await remove(req.params.id);
    res.status(200);
  } catch (error) {
    res.status(500);
  }
  res.json({ done: true });
});` },
          ],
        },
      ],
    },
    {
      code: `import express from 'express';
const app = express();
app.delete('/items/:id', async (req, res) => {
  try {
    res.status(204);
    await remove(req.params.id);
  } catch (error) {
    res.json({ error: error.message });
  }
});`,
      errors: [
        {
          messageId: 'bodyAfterStatus',
          data: { api: 'res.json()', status: '204 (No Content)', statusApi: 'res.status()', line: 5, reference: 'RFC 9110 §15.3.5', effect: 'Express drops it silently, with its Content-Type' },
          line: 8, column: 14, endLine: 8, endColumn: 38,
          suggestions: [
            { messageId: 'useStatus', data: { status: '200 (OK)' }, output: `import express from 'express';
const app = express();
app.delete('/items/:id', async (req, res) => {
  try {
    res.status(200);
    await remove(req.params.id);
  } catch (error) {
    res.json({ error: error.message });
  }
});` },
          ],
        },
      ],
    },
    {
      code: `import express from 'express';
const app = express();
app.delete('/items/:id', async (req, res) => {
  try {
    res.status(204);
    await remove(req.params.id);
  } finally {
    res.json({ done: true });
  }
});`,
      errors: [
        {
          messageId: 'bodyAfterStatus',
          data: { api: 'res.json()', status: '204 (No Content)', statusApi: 'res.status()', line: 5, reference: 'RFC 9110 §15.3.5', effect: 'Express drops it silently, with its Content-Type' },
          line: 8, column: 14, endLine: 8, endColumn: 28,
          suggestions: [
            { messageId: 'useStatus', data: { status: '200 (OK)' }, output: `import express from 'express';
const app = express();
app.delete('/items/:id', async (req, res) => {
  try {
    res.status(200);
    await remove(req.params.id);
  } finally {
    res.json({ done: true });
  }
});` },
          ],
        },
      ],
    },
    {
      code: `import express from 'express';
const app = express();
app.delete('/items/:id', async (req, res) => {
  try {
    await remove(req.params.id);
  } finally {
    res.status(204);
  }
  res.json({ done: true });
});`,
      errors: [
        {
          messageId: 'bodyAfterStatus',
          data: { api: 'res.json()', status: '204 (No Content)', statusApi: 'res.status()', line: 7, reference: 'RFC 9110 §15.3.5', effect: 'Express drops it silently, with its Content-Type' },
          line: 9, column: 12, endLine: 9, endColumn: 26,
          suggestions: [
            { messageId: 'useStatus', data: { status: '200 (OK)' }, output: `import express from 'express';
const app = express();
app.delete('/items/:id', async (req, res) => {
  try {
    await remove(req.params.id);
  } finally {
    res.status(200);
  }
  res.json({ done: true });
});` },
          ],
        },
      ],
    },
    {
      code: `import Koa from 'koa';
const app = new Koa();
app.use(async (ctx) => {
  try {
    ctx.body = await load(ctx.params.id);
  } finally {
    ctx.status = 204;
  }
});`,
      errors: [
        {
          messageId: 'statusAfterBody',
          data: { api: 'ctx.body', status: '204 (No Content)', statusApi: 'ctx.status', line: 7, reference: 'RFC 9110 §15.3.5', effect: 'Koa drops it silently' },
          line: 5, column: 16, endLine: 5, endColumn: 41,
          suggestions: [
            { messageId: 'removeBody', output: `import Koa from 'koa';
const app = new Koa();
app.use(async (ctx) => {
  try {
    ctx.body = null;
  } finally {
    ctx.status = 204;
  }
});` },
            { messageId: 'useStatus', data: { status: '200 (OK)' }, output: `import Koa from 'koa';
const app = new Koa();
app.use(async (ctx) => {
  try {
    ctx.body = await load(ctx.params.id);
  } finally {
    ctx.status = 200;
  }
});` },
          ],
        },
      ],
    },
    {
      code: `import Koa from 'koa';
const app = new Koa();
app.use(async (ctx) => {
  try {
    ctx.body = await load(ctx.params.id);
    await audit(ctx.state.user);
  } catch (error) {
    ctx.status = 204;
  }
});`,
      errors: [
        {
          messageId: 'statusAfterBody',
          data: { api: 'ctx.body', status: '204 (No Content)', statusApi: 'ctx.status', line: 8, reference: 'RFC 9110 §15.3.5', effect: 'Koa drops it silently' },
          line: 5, column: 16, endLine: 5, endColumn: 41,
          suggestions: [
            { messageId: 'removeBody', output: `import Koa from 'koa';
const app = new Koa();
app.use(async (ctx) => {
  try {
    ctx.body = null;
    await audit(ctx.state.user);
  } catch (error) {
    ctx.status = 204;
  }
});` },
            { messageId: 'useStatus', data: { status: '200 (OK)' }, output: `import Koa from 'koa';
const app = new Koa();
app.use(async (ctx) => {
  try {
    ctx.body = await load(ctx.params.id);
    await audit(ctx.state.user);
  } catch (error) {
    ctx.status = 200;
  }
});` },
          ],
        },
      ],
    },
    {
      code: `import Fastify from 'fastify';
const app = Fastify();
app.delete('/items/:id', async (request, reply) => {
  return db.transaction(async (tx) => {
    await tx.items.delete(request.params.id);
    reply.code(204);
    return { message: 'deleted' };
  });
});`,
      errors: [
        {
          messageId: 'bodyAfterStatus',
          data: { api: 'The returned value', status: '204 (No Content)', statusApi: 'reply.code()', line: 6, reference: 'RFC 9110 §15.3.5', effect: 'Fastify drops it silently' },
          line: 7, column: 12, endLine: 7, endColumn: 34,
          suggestions: [
            { messageId: 'useStatus', data: { status: '200 (OK)' }, output: `import Fastify from 'fastify';
const app = Fastify();
app.delete('/items/:id', async (request, reply) => {
  return db.transaction(async (tx) => {
    await tx.items.delete(request.params.id);
    reply.code(200);
    return { message: 'deleted' };
  });
});` },
          ],
        },
      ],
    },
    {
      code: `import Fastify from 'fastify';
const app = Fastify();
app.delete('/items/:id', async (request, reply) =>
  db.transaction(async (tx) => {
    reply.code(204);
    return { message: 'deleted' };
  }));`,
      errors: [
        {
          messageId: 'bodyAfterStatus',
          data: { api: 'The returned value', status: '204 (No Content)', statusApi: 'reply.code()', line: 5, reference: 'RFC 9110 §15.3.5', effect: 'Fastify drops it silently' },
          line: 6, column: 12, endLine: 6, endColumn: 34,
          suggestions: [
            { messageId: 'useStatus', data: { status: '200 (OK)' }, output: `import Fastify from 'fastify';
const app = Fastify();
app.delete('/items/:id', async (request, reply) =>
  db.transaction(async (tx) => {
    reply.code(200);
    return { message: 'deleted' };
  }));` },
          ],
        },
      ],
    },
    {
      code: `import Fastify from 'fastify';
const app = Fastify();
app.delete('/items/:id', async (request, reply) => {
  reply.code(204);
  return reply.send({ deleted: true });
});`,
      errors: [
        {
          messageId: 'bodyAfterStatus',
          data: { api: 'reply.send()', status: '204 (No Content)', statusApi: 'reply.code()', line: 4, reference: 'RFC 9110 §15.3.5', effect: 'Fastify drops it silently' },
          line: 5, column: 21, endLine: 5, endColumn: 38,
          suggestions: [
            { messageId: 'removeBody', output: `import Fastify from 'fastify';
const app = Fastify();
app.delete('/items/:id', async (request, reply) => {
  reply.code(204);
  return reply.send();
});` },
            { messageId: 'useStatus', data: { status: '200 (OK)' }, output: `import Fastify from 'fastify';
const app = Fastify();
app.delete('/items/:id', async (request, reply) => {
  reply.code(200);
  return reply.send({ deleted: true });
});` },
          ],
        },
      ],
    },
    {
      code: `import { Elysia } from 'elysia';
new Elysia().delete('/items/:id', ({ params, set }) => {
  remove(params.id);
  set.status = 204;
  return { deleted: true };
});`,
      errors: [
        {
          messageId: 'bodyAfterStatus',
          data: { api: 'The returned value', status: '204 (No Content)', statusApi: 'set.status', line: 4, reference: 'RFC 9110 §15.3.5', effect: 'Elysia builds a Response with it, which throws a TypeError on Node (a 500), and Bun sends the body anyway' },
          line: 5, column: 10, endLine: 5, endColumn: 27,
          suggestions: [
            { messageId: 'useStatus', data: { status: '200 (OK)' }, output: `import { Elysia } from 'elysia';
new Elysia().delete('/items/:id', ({ params, set }) => {
  remove(params.id);
  set.status = 200;
  return { deleted: true };
});` },
          ],
        },
      ],
    },
    {
      code: `import { Elysia } from 'elysia';
new Elysia().delete('/items/:id', (ctx) => {
  ctx.set.status = 204;
  return { deleted: true };
});`,
      errors: [
        {
          messageId: 'bodyAfterStatus',
          data: { api: 'The returned value', status: '204 (No Content)', statusApi: 'ctx.set.status', line: 3, reference: 'RFC 9110 §15.3.5', effect: 'Elysia builds a Response with it, which throws a TypeError on Node (a 500), and Bun sends the body anyway' },
          line: 4, column: 10, endLine: 4, endColumn: 27,
          suggestions: [
            { messageId: 'useStatus', data: { status: '200 (OK)' }, output: `import { Elysia } from 'elysia';
new Elysia().delete('/items/:id', (ctx) => {
  ctx.set.status = 200;
  return { deleted: true };
});` },
          ],
        },
      ],
    },
    {
      code: `import http from 'node:http';
http.createServer((req, res) => {
  const etag = hash(body);
  res.setHeader('ETag', etag);
  if (req.headers['if-none-match'] === etag) {
    res.statusCode = 304;
  }
  res.end(body);
});`,
      errors: [
        {
          messageId: 'bodyAfterStatus',
          data: { api: 'res.end()', status: '304 (Not Modified)', statusApi: 'res.statusCode', line: 6, reference: 'RFC 9110 §15.4.5', effect: 'Node drops it silently (or throws ERR_HTTP_BODY_NOT_ALLOWED with rejectNonStandardBodyWrites)' },
          line: 8, column: 11, endLine: 8, endColumn: 15,
          suggestions: [
            { messageId: 'removeBody', output: `import http from 'node:http';
http.createServer((req, res) => {
  const etag = hash(body);
  res.setHeader('ETag', etag);
  if (req.headers['if-none-match'] === etag) {
    res.statusCode = 304;
  }
  res.end();
});` },
            { messageId: 'useStatus', data: { status: '200 (OK)' }, output: `import http from 'node:http';
http.createServer((req, res) => {
  const etag = hash(body);
  res.setHeader('ETag', etag);
  if (req.headers['if-none-match'] === etag) {
    res.statusCode = 200;
  }
  res.end(body);
});` },
          ],
        },
      ],
    },
    {
      code: `import http from 'node:http';
http.createServer((req, res) => {
  if (isFresh(req)) res.writeHead(304);
  else res.writeHead(200, { 'Content-Type': 'text/plain' });
  res.end(body);
});`,
      errors: [
        {
          messageId: 'bodyAfterStatus',
          data: { api: 'res.end()', status: '304 (Not Modified)', statusApi: 'res.writeHead()', line: 3, reference: 'RFC 9110 §15.4.5', effect: 'Node drops it silently (or throws ERR_HTTP_BODY_NOT_ALLOWED with rejectNonStandardBodyWrites)' },
          line: 5, column: 11, endLine: 5, endColumn: 15,
          suggestions: [
            { messageId: 'removeBody', output: `import http from 'node:http';
http.createServer((req, res) => {
  if (isFresh(req)) res.writeHead(304);
  else res.writeHead(200, { 'Content-Type': 'text/plain' });
  res.end();
});` },
            { messageId: 'useStatus', data: { status: '200 (OK)' }, output: `import http from 'node:http';
http.createServer((req, res) => {
  if (isFresh(req)) res.writeHead(200);
  else res.writeHead(200, { 'Content-Type': 'text/plain' });
  res.end(body);
});` },
          ],
        },
      ],
    },
    {
      code: `import express from 'express';
const app = express();
app.get('/feed', (req, res) => {
  if (req.fresh) res.status(304);
  res.send(feed);
});`,
      errors: [
        {
          messageId: 'bodyAfterStatus',
          data: { api: 'res.send()', status: '304 (Not Modified)', statusApi: 'res.status()', line: 4, reference: 'RFC 9110 §15.4.5', effect: 'Express drops it silently, with its Content-Type' },
          line: 5, column: 12, endLine: 5, endColumn: 16,
          suggestions: [
            { messageId: 'useStatus', data: { status: '200 (OK)' }, output: `import express from 'express';
const app = express();
app.get('/feed', (req, res) => {
  if (req.fresh) res.status(200);
  res.send(feed);
});` },
          ],
        },
      ],
    },
    {
      code: `import Koa from 'koa';
new Koa().use(async (ctx) => {
  if (ctx.fresh) {
    ctx.status = 304;
  }
  ctx.body = await render(ctx.path);
});`,
      errors: [
        {
          messageId: 'bodyAfterStatus',
          data: { api: 'ctx.body', status: '304 (Not Modified)', statusApi: 'ctx.status', line: 4, reference: 'RFC 9110 §15.4.5', effect: 'Koa drops it silently' },
          line: 6, column: 14, endLine: 6, endColumn: 36,
          suggestions: [
            { messageId: 'removeBody', output: `import Koa from 'koa';
new Koa().use(async (ctx) => {
  if (ctx.fresh) {
    ctx.status = 304;
  }
  ctx.body = null;
});` },
            { messageId: 'useStatus', data: { status: '200 (OK)' }, output: `import Koa from 'koa';
new Koa().use(async (ctx) => {
  if (ctx.fresh) {
    ctx.status = 200;
  }
  ctx.body = await render(ctx.path);
});` },
          ],
        },
      ],
    },
    {
      code: `import http2 from 'node:http2';
const { HTTP2_HEADER_STATUS, HTTP2_HEADER_CONTENT_TYPE } = http2.constants;
const server = http2.createSecureServer(options);
server.on('stream', (stream, headers) => {
  stream.respond({ [HTTP2_HEADER_STATUS]: 204, [HTTP2_HEADER_CONTENT_TYPE]: 'application/json' });
  stream.end(JSON.stringify({ deleted: true }));
});`,
      errors: [
        {
          messageId: 'bodyAfterStatus',
          data: { api: 'stream.end()', status: '204 (No Content)', statusApi: 'stream.respond()', line: 5, reference: 'RFC 9110 §15.3.5', effect: 'node:http2 ends the stream and discards it' },
          line: 6, column: 14, endLine: 6, endColumn: 47,
          suggestions: [
            { messageId: 'removeBody', output: `import http2 from 'node:http2';
const { HTTP2_HEADER_STATUS, HTTP2_HEADER_CONTENT_TYPE } = http2.constants;
const server = http2.createSecureServer(options);
server.on('stream', (stream, headers) => {
  stream.respond({ [HTTP2_HEADER_STATUS]: 204, [HTTP2_HEADER_CONTENT_TYPE]: 'application/json' });
  stream.end();
});` },
            { messageId: 'useStatus', data: { status: '200 (OK)' }, output: `import http2 from 'node:http2';
const { HTTP2_HEADER_STATUS, HTTP2_HEADER_CONTENT_TYPE } = http2.constants;
const server = http2.createSecureServer(options);
server.on('stream', (stream, headers) => {
  stream.respond({ [HTTP2_HEADER_STATUS]: 200, [HTTP2_HEADER_CONTENT_TYPE]: 'application/json' });
  stream.end(JSON.stringify({ deleted: true }));
});` },
          ],
        },
      ],
    },
    {
      code: `const http2 = require('node:http2');
const server = http2.createServer();
server.on('stream', (stream) => {
  stream.respond({ [http2.constants.HTTP2_HEADER_STATUS]: http2.constants.HTTP_STATUS_NOT_MODIFIED });
  stream.write('cached');
  stream.end();
});`,
      errors: [
        {
          messageId: 'bodyAfterStatus',
          data: { api: 'stream.write()', status: '304 (Not Modified)', statusApi: 'stream.respond()', line: 4, reference: 'RFC 9110 §15.4.5', effect: 'node:http2 ends the stream and discards it' },
          line: 5, column: 16, endLine: 5, endColumn: 24,
          suggestions: [
            { messageId: 'useStatus', data: { status: '200 (OK)' }, output: `const http2 = require('node:http2');
const server = http2.createServer();
server.on('stream', (stream) => {
  stream.respond({ [http2.constants.HTTP2_HEADER_STATUS]: 200 });
  stream.write('cached');
  stream.end();
});` },
          ],
        },
      ],
    },
    {
      code: `import http2 from 'node:http2';
const server = http2.createServer();
server.on('session', (session) => {
  session.on('stream', (stream) => {
    stream.respond({ ':status': 204 });
    stream.end('done');
  });
});`,
      errors: [
        {
          messageId: 'bodyAfterStatus',
          data: { api: 'stream.end()', status: '204 (No Content)', statusApi: 'stream.respond()', line: 5, reference: 'RFC 9110 §15.3.5', effect: 'node:http2 ends the stream and discards it' },
          line: 6, column: 16, endLine: 6, endColumn: 22,
          suggestions: [
            { messageId: 'removeBody', output: `import http2 from 'node:http2';
const server = http2.createServer();
server.on('session', (session) => {
  session.on('stream', (stream) => {
    stream.respond({ ':status': 204 });
    stream.end();
  });
});` },
            { messageId: 'useStatus', data: { status: '200 (OK)' }, output: `import http2 from 'node:http2';
const server = http2.createServer();
server.on('session', (session) => {
  session.on('stream', (stream) => {
    stream.respond({ ':status': 200 });
    stream.end('done');
  });
});` },
          ],
        },
      ],
    },
    {
      code: `import http2 from 'node:http2';
const status = ':status';
const server = http2.createServer();
server.on('stream', (stream) => {
  stream.respond({ [status]: 205 });
  stream.end('reset');
});`,
      errors: [
        {
          messageId: 'bodyAfterStatus',
          data: { api: 'stream.end()', status: '205 (Reset Content)', statusApi: 'stream.respond()', line: 5, reference: 'RFC 9110 §15.3.6', effect: 'node:http2 ends the stream and discards it' },
          line: 6, column: 14, endLine: 6, endColumn: 21,
          suggestions: [
            { messageId: 'removeBody', output: `import http2 from 'node:http2';
const status = ':status';
const server = http2.createServer();
server.on('stream', (stream) => {
  stream.respond({ [status]: 205 });
  stream.end();
});` },
            { messageId: 'useStatus', data: { status: '200 (OK)' }, output: `import http2 from 'node:http2';
const status = ':status';
const server = http2.createServer();
server.on('stream', (stream) => {
  stream.respond({ [status]: 200 });
  stream.end('reset');
});` },
          ],
        },
      ],
    },
    {
      code: `const express = require('express');
const { HTTP_STATUS_NO_CONTENT } = require('node:http2').constants;
const app = express();
app.delete('/items/:id', (req, res) => {
  res.status(HTTP_STATUS_NO_CONTENT).json({ deleted: true });
});`,
      errors: [
        {
          messageId: 'bodyWithStatus',
          data: { api: 'res.status(HTTP_STATUS_NO_CONTENT).json()', status: '204 (No Content)', statusApi: 'res.status()', line: 5, reference: 'RFC 9110 §15.3.5', effect: 'Express drops it silently, with its Content-Type' },
          line: 5, column: 43, endLine: 5, endColumn: 60,
          suggestions: [
            { messageId: 'useStatus', data: { status: '200 (OK)' }, output: `const express = require('express');
const { HTTP_STATUS_NO_CONTENT } = require('node:http2').constants;
const app = express();
app.delete('/items/:id', (req, res) => {
  res.status(200).json({ deleted: true });
});` },
          ],
        },
      ],
    },
    {
      code: `import Koa from 'koa';
new Koa().use(async (ctx) => {
  try {
    try {
      await work(ctx.params.id);
    } finally {
      ctx.status = 204;
    }
  } catch (error) {
    ctx.body = { error: error.message };
  }
});`,
      errors: [
        {
          messageId: 'bodyAfterStatus',
          data: { api: 'ctx.body', status: '204 (No Content)', statusApi: 'ctx.status', line: 7, reference: 'RFC 9110 §15.3.5', effect: 'Koa drops it silently' },
          line: 10, column: 16, endLine: 10, endColumn: 40,
          suggestions: [
            { messageId: 'removeBody', output: `import Koa from 'koa';
new Koa().use(async (ctx) => {
  try {
    try {
      await work(ctx.params.id);
    } finally {
      ctx.status = 204;
    }
  } catch (error) {
    ctx.body = null;
  }
});` },
            { messageId: 'useStatus', data: { status: '200 (OK)' }, output: `import Koa from 'koa';
new Koa().use(async (ctx) => {
  try {
    try {
      await work(ctx.params.id);
    } finally {
      ctx.status = 200;
    }
  } catch (error) {
    ctx.body = { error: error.message };
  }
});` },
          ],
        },
      ],
    },
  ],
});

tsRuleTester.run('no-body-with-empty-status (TypeScript)', rule, {
  valid: [
    // AdonisJS: no body, a status set before another body, and a status that has content.
    `import type { HttpContext } from '@adonisjs/core/http';
export default class ItemsController {
  async destroy({ response }: HttpContext) { response.noContent(); }
  async update({ response }: HttpContext) { response.status(204); response.status(200).send({ ok: true }); }
  async show({ response }: HttpContext) { response.notModified(); response.status(204).send(null); }
}`,
    `import { Controller, Delete, HttpCode } from '@nestjs/common';
@Controller('items')
export class ItemsController {
  @Delete(':id')
  @HttpCode(204)
  async remove(): Promise<void> {
    await Promise.resolve();
    const f = () => { return 1; };
    return;
  }
}`,
    `import type { Response } from 'express'; export function h(_: unknown, res: Response) { res.status(204).end(); }`,
    `import type { Context } from 'koa'; export async function h(ctx: Context) { ctx.body = null as unknown as string; ctx.status = 204; }`,
  ],
  invalid: [
    {
      // AdonisJS writes the body when the request is done: a status set after send() still applies.
      code: `import type { HttpContext } from '@adonisjs/core/http';
export default class ItemsController {
  async update({ response }: HttpContext) {
    response.send({ updated: true });
    response.status(204);
  }
}`,
      errors: [
        {
          messageId: 'statusAfterBody',
          data: { api: 'response.send()', status: '204 (No Content)', statusApi: 'response.status()', line: 5, reference: 'RFC 9110 §15.3.5', effect: 'AdonisJS drops it silently, with its Content-Type and Content-Length' },
          line: 4, column: 19, endLine: 4, endColumn: 36,
          suggestions: [
            { messageId: 'removeBody', output: `import type { HttpContext } from '@adonisjs/core/http';
export default class ItemsController {
  async update({ response }: HttpContext) {
    response.send();
    response.status(204);
  }
}` },
            { messageId: 'useStatus', data: { status: '200 (OK)' }, output: `import type { HttpContext } from '@adonisjs/core/http';
export default class ItemsController {
  async update({ response }: HttpContext) {
    response.send({ updated: true });
    response.status(200);
  }
}` },
          ],
        },
      ],
    },
    {
      code: `import type { HttpContext } from '@adonisjs/core/http';
export const cached = ({ response }: HttpContext) => response.notModified({ cached: true });`,
      errors: [
        {
          messageId: 'bodyWithStatus',
          data: { api: 'response.notModified()', status: '304 (Not Modified)', statusApi: 'response.notModified()', line: 2, reference: 'RFC 9110 §15.4.5', effect: 'AdonisJS drops it silently, with its Content-Type and Content-Length' },
          line: 2, column: 75, endLine: 2, endColumn: 91,
          suggestions: [
            { messageId: 'removeBody', output: `import type { HttpContext } from '@adonisjs/core/http';
export const cached = ({ response }: HttpContext) => response.notModified();` },
          ],
        },
      ],
    },
    {
      code: `import type { Context } from 'koa';
export async function remove(ctx: Context): Promise<void> {
  ctx.body = { deleted: true } satisfies object;
  ctx.response.status = 204;
}`,
      errors: [
        {
          messageId: 'statusAfterBody',
          data: { api: 'ctx.body', status: '204 (No Content)', statusApi: 'ctx.response.status', line: 4, reference: 'RFC 9110 §15.3.5', effect: 'Koa drops it silently' },
          line: 3, column: 14, endLine: 3, endColumn: 48,
          suggestions: [
            { messageId: 'removeBody', output: `import type { Context } from 'koa';
export async function remove(ctx: Context): Promise<void> {
  ctx.body = null;
  ctx.response.status = 204;
}` },
            { messageId: 'useStatus', data: { status: '200 (OK)' }, output: `import type { Context } from 'koa';
export async function remove(ctx: Context): Promise<void> {
  ctx.body = { deleted: true } satisfies object;
  ctx.response.status = 200;
}` },
          ],
        },
      ],
    },
    {
      code: `import { Controller, Delete, HttpCode } from '@nestjs/common';
@Controller('items')
export class ItemsController {
  @Delete(':id')
  @HttpCode(204)
  remove() {
    return { deleted: true };
  }
}`,
      errors: [
        {
          messageId: 'bodyWithStatus',
          data: { api: 'The returned value', status: '204 (No Content)', statusApi: 'HttpCode()', line: 5, reference: 'RFC 9110 §15.3.5', effect: 'NestJS sends the status and Express or Fastify drops the body silently' },
          line: 7, column: 12, endLine: 7, endColumn: 29,
          suggestions: [
            { messageId: 'useStatus', data: { status: '200 (OK)' }, output: `import { Controller, Delete, HttpCode } from '@nestjs/common';
@Controller('items')
export class ItemsController {
  @Delete(':id')
  @HttpCode(200)
  remove() {
    return { deleted: true };
  }
}` },
          ],
        },
      ],
    },
    {
      code: `import type { Response } from 'express';
export function remove(_: unknown, res: Response) {
  res.status(204 as const);
  res.json({ ok: true } satisfies object);
}`,
      errors: [
        {
          messageId: 'bodyAfterStatus',
          data: {
            api: 'res.json()',
            statusApi: 'res.status()',
            status: '204 (No Content)',
            line: 3,
            reference: 'RFC 9110 §15.3.5',
            effect: 'Express drops it silently, with its Content-Type',
          },
          line: 4,
          column: 12,
          endLine: 4,
          endColumn: 41,
          suggestions: [
            {
              messageId: 'useStatus',
              data: { status: '200 (OK)' },
              output: `import type { Response } from 'express';
export function remove(_: unknown, res: Response) {
  res.status(200);
  res.json({ ok: true } satisfies object);
}`,
            },
          ],
        },
      ],
    },
  ],
});

const expressDelete = `import express from 'express';
const app = express();
`;
const EXPRESS_204 = { status: '204 (No Content)', reference: 'RFC 9110 §15.3.5', effect: 'Express drops it silently, with its Content-Type' };

jsRuleTester.run('no-body-with-empty-status (values through data)', rule, {
  valid: [
    // A helper that sends its body only when there is one, one that may return first, and calls
    // that pass no body.
    `${expressDelete}function send(res, status, body) { if (body) res.status(status).json(body); else res.sendStatus(status); }
app.delete('/a', (req, res) => send(res, 204, { deleted: true }));`,
    `${expressDelete}function send(res, status, body) { if (res.headersSent) return; res.status(status).json(body); }
app.delete('/a', (req, res) => send(res, 204, { deleted: true }));`,
    `${expressDelete}function send(res, status, body) { res.status(status).json(body); }
app.delete('/a', (req, res) => { send(res, 204); send(res, 204, null); send(res, 200, {}); });`,
    // A table entry the file changes before it is sent.
    `${expressDelete}const RESULTS = { deleted: { status: 204 } };
RESULTS.deleted.status = 200;
app.delete('/a', (req, res) => { const { status } = RESULTS.deleted; res.status(status).json({ ok: true }); });`,
  ],
  invalid: [
    {
      code: `${expressDelete}function send(res, status, body) { res.status(status).json(body); }
app.delete('/a', (req, res) => send(res, 204, { deleted: true }));`,
      errors: [
        {
          messageId: 'bodyWithStatus',
          data: { ...EXPRESS_204, api: 'res.status(status).json() in send()', statusApi: 'res.status() in send()', line: 4 },
          line: 4, column: 42, endLine: 4, endColumn: 45,
          suggestions: [
            { messageId: 'useStatus', data: { status: '200 (OK)' }, output: `${expressDelete}function send(res, status, body) { res.status(status).json(body); }
app.delete('/a', (req, res) => send(res, 200, { deleted: true }));` },
          ],
        },
      ],
    },
    {
      // A helper that builds the response: its status parameter reaches \`new Response()\` with a body.
      code: `function json(data, status) {
  return new Response(JSON.stringify(data), { status, headers: { 'content-type': 'application/json' } });
}
export async function DELETE() {
  return json({ deleted: true }, 204);
}`,
      errors: [
        {
          messageId: 'bodyWithStatus',
          data: { api: 'new Response() in json()', status: '204 (No Content)', statusApi: 'new Response() in json()', line: 5, reference: 'RFC 9110 §15.3.5', effect: 'the Response constructor throws a TypeError in Node, Deno and Cloudflare Workers (Bun drops it)' },
          line: 5, column: 34, endLine: 5, endColumn: 37,
          suggestions: [
            { messageId: 'useStatus', data: { status: '200 (OK)' }, output: `function json(data, status) {
  return new Response(JSON.stringify(data), { status, headers: { 'content-type': 'application/json' } });
}
export async function DELETE() {
  return json({ deleted: true }, 200);
}` },
          ],
        },
      ],
    },
    {
      code: `${expressDelete}const RESULTS = { deleted: { status: 204 } };
app.delete('/a', (req, res) => {
  const { status } = RESULTS.deleted;
  res.status(req.query.verbose ? 200 : status).json({ deleted: true });
});`,
      errors: [
        {
          messageId: 'bodyWithStatus',
          data: { ...EXPRESS_204, api: 'res.status(req.query.verbose ? 200 : st…()', statusApi: 'res.status()', line: 6 },
          line: 6, column: 53, endLine: 6, endColumn: 70,
          suggestions: [
            { messageId: 'useStatus', data: { status: '200 (OK)' }, output: `${expressDelete}const RESULTS = { deleted: { status: 204 } };
app.delete('/a', (req, res) => {
  const { status } = RESULTS.deleted;
  res.status(req.query.verbose ? 200 : 200).json({ deleted: true });
});` },
          ],
        },
      ],
    },
  ],
});
