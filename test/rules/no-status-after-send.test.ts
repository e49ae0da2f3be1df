import { Linter } from 'eslint';

import rule from '../../rules/no-status-after-send.js';
import { createJsRuleTester, createTsRuleTester } from './tester.js';

const jsRuleTester = createJsRuleTester();
const tsRuleTester = createTsRuleTester();

/** What the runtimes do, as the tables word it. */
const EXPRESS_THROWS = 'Express throws ERR_HTTP_HEADERS_SENT ("Cannot set headers after they are sent to the client")';
const NODE_SET_THROWS = 'Node throws ERR_HTTP_HEADERS_SENT ("Cannot set headers after they are sent to the client")';
const NODE_WRITE_THROWS = 'Node throws ERR_HTTP_HEADERS_SENT ("Cannot write headers after they are sent to the client")';
const STATUS_IGNORED = 'Node ignores it, as the status went out with the head';
const WRITE_AFTER_END = 'Node emits ERR_STREAM_WRITE_AFTER_END, which crashes the process unless the response has an error listener';

const FASTIFY_DROPS = 'Fastify logs FST_ERR_REP_ALREADY_SENT ("Reply was already sent") and drops it';
const NEXT_THROWS = 'Next.js throws ERR_HTTP_HEADERS_SENT ("Cannot set headers after they are sent to the client")';
const HTTP2_THROWS = 'node:http2 throws ERR_HTTP2_HEADERS_SENT ("Response has already been initiated.")';

const SENT = 'the response';
const HEAD = 'the head of the response';

jsRuleTester.run('no-status-after-send (JavaScript)', rule, {
  valid: [
    // The first send returns, or the sends are on different branches.
    `import express from 'express';
const app = express();
app.get('/users/:id', async (req, res) => {
  const user = await find(req.params.id);
  if (!user) {
    return res.status(404).json({ error: 'not found' });
  }
  res.json(user);
});`,
    `import express from 'express';
const app = express();
app.get('/users/:id', async (req, res) => {
  const user = await find(req.params.id);
  if (!user) res.status(404).json({ error: 'not found' });
  else res.json(user);
});`,
    `import express from 'express';
const app = express();
app.get('/items/:kind', (req, res) => {
  switch (req.params.kind) {
    case 'a':
      res.json({ kind: 'a' });
      break;
    case 'b':
      res.redirect('/items/a');
      break;
    default:
      res.sendStatus(404);
  }
});`,
    `import express from 'express';
const app = express();
app.get('/items', (req, res) => {
  for (const item of req.query.ids) {
    if (item === 'x') {
      res.json(item);
      break;
    }
  }
});`,
    // The status and headers come before the send.
    `import express from 'express';
const app = express();
app.get('/items', (req, res) => {
  res.status(201);
  res.set('Location', '/items/1');
  res.json({ id: 1 });
});`,
    // A catch reached only from before the send, or the send's own throw (its serialisation
    // fails before anything is written).
    `import express from 'express';
const app = express();
app.get('/users', async (req, res) => {
  try {
    const users = await load();
    res.json(users);
  } catch (error) {
    res.status(500).json({ error: error.message });
  }
});`,
    `import express from 'express';
const app = express();
app.get('/users', async (req, res) => {
  try {
    res.json(await load());
  } catch (error) {
    res.status(500).json({ error: error.message });
  }
});`,
    // Guards: the sent flag tested before the second send.
    `import express from 'express';
const app = express();
app.get('/users', async (req, res) => {
  try {
    res.json(await load());
    await audit(req);
  } catch (error) {
    if (!res.headersSent) res.status(500).json({ error: error.message });
  }
});`,
    `import express from 'express';
const app = express();
app.use((err, req, res, next) => {
  res.json({ error: err.message });
  if (res.headersSent) {
    return next(err);
  }
  res.status(500).end();
});`,
    `import express from 'express';
const app = express();
app.get('/users', (req, res) => {
  res.end();
  res.headersSent || res.status(500).end();
  if (res.writableEnded) return;
  res.set('X-Late', '1');
});`,
    // A flag read where the flow cannot tell what it guards: the code is trusted.
    `import express from 'express';
const app = express();
app.get('/users', (req, res) => {
  res.json({});
  const sent = res.headersSent;
  if (!sent) res.status(500).end();
});`,
    // Sends in callbacks whose timing is not known are not on the handler's path.
    `import express from 'express';
const app = express();
app.get('/slow', (req, res) => {
  setTimeout(() => res.status(504).end(), 5000);
  res.json({ queued: true });
});`,
    `import express from 'express';
const app = express();
app.get('/events', (req, res) => {
  emitter.on('done', () => res.end());
  res.json({ started: true });
});`,
    `import express from 'express';
const app = express();
app.get('/users', (req, res) => {
  load()
    .then((users) => res.json(users))
    .catch((error) => res.status(500).json({ error: error.message }));
});`,
    // Streaming: writes send the head, and the body goes on until the end.
    `import http from 'node:http';
http.createServer((req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  res.write('a');
  res.write('b');
  res.end('c');
});`,
    // A variable declared in a loop holds another response on each turn; a response variable
    // given another response.
    `import http from 'node:http';
const waiting = [];
http.createServer((req, res) => {
  if (req.url === '/wait') {
    waiting.push(res);
    return;
  }
  for (const other of waiting) other.end('released');
  for (const other of waiting) {
    if (other.writable) other.end('released');
    else other.end();
  }
  res.end('done');
});`,
    `import http from 'node:http';
http.createServer((req, res) => {
  res.end('a');
  res = proxyFor(req);
  res.end('b');
});`,
    // The response handed to code the plugin cannot see, another response, or no framework object.
    `import express from 'express';
const app = express();
app.get('/users', (req, res) => {
  sendUsers(res);
  res.end();
});`,
    `import express from 'express';
const app = express();
app.get('/users', (req, res) => {
  cache.res.json({});
  res.json({});
});`,
    `const res = makeResponse();
res.json({});
res.status(500).json({});`,
    // Fastify: the reply returned, or returned after its send; a guard on reply.sent.
    `import Fastify from 'fastify';
const app = Fastify();
app.get('/items/:id', async (request, reply) => {
  const item = await find(request.params.id);
  if (!item) {
    return reply.code(404).send({ error: 'not found' });
  }
  return item;
});
app.post('/items', async (request, reply) => {
  reply.code(201).send(await create(request.body));
  return reply;
});
app.get('/slow', async (request, reply) => {
  try {
    reply.send(await load());
    await audit(request);
  } catch (error) {
    if (!reply.sent) reply.code(500).send(error);
  }
});`,
    // Fastify hooks: their return value is no body.
    `import Fastify from 'fastify';
const app = Fastify();
app.addHook('preHandler', async (request, reply) => {
  if (!request.headers.authorization) reply.code(401).send();
  return undefined;
});`,
    // Next.js Pages API: the first send returns.
    {
      code: `export default async function handler(req, res) {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return res.status(405).json({ error: 'method not allowed' });
  }
  res.status(201).json(await save(req.body));
}`,
      filename: 'pages/api/items.js',
    },
    // node:http2: a stream's own respond() and end(), which the compat rules do not cover.
    `import http2 from 'node:http2';
const server = http2.createSecureServer({});
server.on('request', (req, res) => {
  if (req.url === '/') {
    res.end('root');
    return;
  }
  res.setHeader('Content-Type', 'text/plain');
  res.end('other');
});`,
    // Koa and Hono: the response goes out when the handler is done; the last assignment wins.
    `import Koa from 'koa';
new Koa().use(async (ctx) => {
  ctx.body = { ok: true };
  ctx.status = 201;
  ctx.set('Location', '/items/1');
});`,
    `import { Hono } from 'hono';
const app = new Hono();
app.get('/', (c) => {
  c.json({ ok: true });
  c.status(201);
  return c.json({ ok: false });
});`,
  ],
  invalid: [
    {
      // The missing return.
      code: `import express from 'express';
const app = express();
app.get('/users/:id', async (req, res) => {
  const user = await find(req.params.id);
  if (!user) {
    res.status(404).json({ error: 'not found' });
  }
  res.status(200).json(user);
});`,
      errors: [
        {
          messageId: 'afterSend',
          data: { api: 'res.status(200).json()', sentApi: 'res.status(404).json()', what: SENT, line: 6, effect: EXPRESS_THROWS },
          line: 8, column: 3, endLine: 8, endColumn: 23,
          suggestions: [
            {
              messageId: 'returnAtSend',
              data: { sentApi: 'res.status(404).json()', line: 6 },
              output: `import express from 'express';
const app = express();
app.get('/users/:id', async (req, res) => {
  const user = await find(req.params.id);
  if (!user) {
    return res.status(404).json({ error: 'not found' });
  }
  res.status(200).json(user);
});`,
            },
          ],
        },
      ],
    },
    {
      // A branch without braces, and the status and headers set after the send.
      code: `import express from 'express';
const app = express();
app.post('/items', (req, res) => {
  if (!req.body.name) res.status(400).send('name required');
  res.status(201);
  res.set('Location', '/items/1').send('created');
});`,
      errors: [
        {
          messageId: 'afterSend',
          data: { api: 'res.status()', sentApi: 'res.status(400).send()', what: SENT, line: 4, effect: STATUS_IGNORED },
          line: 5, column: 3, endLine: 5, endColumn: 13,
          suggestions: [
            {
              messageId: 'returnAtSend',
              data: { sentApi: 'res.status(400).send()', line: 4 },
              output: `import express from 'express';
const app = express();
app.post('/items', (req, res) => {
  if (!req.body.name) return res.status(400).send('name required');
  res.status(201);
  res.set('Location', '/items/1').send('created');
});`,
            },
          ],
        },
        {
          messageId: 'afterSend',
          data: { api: "res.set('Location', '/items/1').send()", sentApi: 'res.status(400).send()', what: SENT, line: 4, effect: EXPRESS_THROWS },
          line: 6, column: 3, endLine: 6, endColumn: 39,
          suggestions: [
            {
              messageId: 'returnAtSend',
              data: { sentApi: 'res.status(400).send()', line: 4 },
              output: `import express from 'express';
const app = express();
app.post('/items', (req, res) => {
  if (!req.body.name) return res.status(400).send('name required');
  res.status(201);
  res.set('Location', '/items/1').send('created');
});`,
            },
          ],
        },
      ],
    },
    {
      // A send in a catch that is the last of its block, and the redirect after it.
      code: `import express from 'express';
const app = express();
app.post('/login', async (req, res) => {
  try {
    await login(req.body);
  } catch (error) {
    res.sendStatus(401);
  }
  res.redirect('/');
});`,
      errors: [
        {
          messageId: 'afterSend',
          data: { api: 'res.redirect()', sentApi: 'res.sendStatus()', what: SENT, line: 7, effect: EXPRESS_THROWS },
          line: 9, column: 3, endLine: 9, endColumn: 15,
          suggestions: [
            {
              messageId: 'returnAtSend',
              data: { sentApi: 'res.sendStatus()', line: 7 },
              output: `import express from 'express';
const app = express();
app.post('/login', async (req, res) => {
  try {
    await login(req.body);
  } catch (error) {
    return res.sendStatus(401);
  }
  res.redirect('/');
});`,
            },
          ],
        },
      ],
    },
    {
      // A throw after the send reaches the catch with the response sent; no suggestion for a
      // send that is not the last of its block.
      code: `import express from 'express';
const app = express();
app.post('/users', async (req, res) => {
  try {
    const user = await create(req.body);
    res.status(201).json(user);
    await sendWelcome(user);
  } catch (error) {
    res.status(500).json({ error: error.message });
  }
});`,
      errors: [
        {
          messageId: 'afterSend',
          data: { api: 'res.status(500).json()', sentApi: 'res.status(201).json()', what: SENT, line: 6, effect: EXPRESS_THROWS },
          line: 9, column: 5, endLine: 9, endColumn: 25,
          suggestions: [],
        },
      ],
    },
    {
      // Loops: a send on every turn, and one that does not leave the loop.
      code: `import express from 'express';
const app = express();
app.get('/items', (req, res) => {
  for (const item of req.query.ids) {
    res.json(item);
  }
});
app.get('/check', (req, res) => {
  for (const item of req.body) {
    if (!item.valid) {
      res.status(400).json(item);
    }
  }
  res.json({ valid: true });
});`,
      errors: [
        {
          messageId: 'againInLoop',
          data: { api: 'res.json()', what: SENT, effect: EXPRESS_THROWS },
          line: 5, column: 5, endLine: 5, endColumn: 13,
          suggestions: [],
        },
        {
          messageId: 'againInLoop',
          data: { api: 'res.status(400).json()', what: SENT, effect: EXPRESS_THROWS },
          line: 11, column: 7, endLine: 11, endColumn: 27,
          suggestions: [],
        },
        {
          messageId: 'afterSend',
          data: { api: 'res.json()', sentApi: 'res.status(400).json()', what: SENT, line: 11, effect: EXPRESS_THROWS },
          line: 14, column: 3, endLine: 14, endColumn: 11,
          suggestions: [],
        },
      ],
    },
    {
      // A switch case that falls through; no suggestion there (a `break` may be what is missing).
      code: `import express from 'express';
const app = express();
app.get('/items/:kind', (req, res) => {
  switch (req.params.kind) {
    case 'a':
      res.json({ kind: 'a' });
    case 'b':
      res.json({ kind: 'b' });
      break;
    default:
      res.sendStatus(404);
  }
});`,
      errors: [
        {
          messageId: 'afterSend',
          data: { api: 'res.json()', sentApi: 'res.json()', what: SENT, line: 6, effect: EXPRESS_THROWS },
          line: 8, column: 7, endLine: 8, endColumn: 15,
          suggestions: [],
        },
      ],
    },
    {
      // An await between two sends.
      code: `import express from 'express';
const app = express();
app.post('/jobs', async (req, res) => {
  res.status(202).json({ queued: true });
  const result = await run(req.body);
  res.json(result);
});`,
      errors: [
        {
          messageId: 'afterSend',
          data: { api: 'res.json()', sentApi: 'res.status(202).json()', what: SENT, line: 4, effect: EXPRESS_THROWS },
          line: 6, column: 3, endLine: 6, endColumn: 11,
          suggestions: [],
        },
      ],
    },
    {
      // node:http: a status, headers and a body after the end; a header after the head.
      code: `import http from 'node:http';
http.createServer((req, res) => {
  if (req.url === '/health') {
    res.end('ok');
  }
  res.statusCode = 404;
  res.setHeader('Content-Type', 'text/plain');
  res.end('not found');
});
http.createServer((req, res) => {
  res.writeHead(200);
  res.setHeader('X-Late', '1');
  res.end();
  res.end();
});`,
      errors: [
        {
          messageId: 'afterSend',
          data: { api: 'res.statusCode = 404', sentApi: 'res.end()', what: SENT, line: 4, effect: STATUS_IGNORED },
          line: 6, column: 3, endLine: 6, endColumn: 23,
          suggestions: [{ messageId: 'returnAtSend', data: { sentApi: 'res.end()', line: 4 }, output: `import http from 'node:http';
http.createServer((req, res) => {
  if (req.url === '/health') {
    return res.end('ok');
  }
  res.statusCode = 404;
  res.setHeader('Content-Type', 'text/plain');
  res.end('not found');
});
http.createServer((req, res) => {
  res.writeHead(200);
  res.setHeader('X-Late', '1');
  res.end();
  res.end();
});` }],
        },
        {
          messageId: 'afterSend',
          data: { api: 'res.setHeader()', sentApi: 'res.end()', what: SENT, line: 4, effect: NODE_SET_THROWS },
          line: 7, column: 3, endLine: 7, endColumn: 16,
          suggestions: [{ messageId: 'returnAtSend', data: { sentApi: 'res.end()', line: 4 }, output: `import http from 'node:http';
http.createServer((req, res) => {
  if (req.url === '/health') {
    return res.end('ok');
  }
  res.statusCode = 404;
  res.setHeader('Content-Type', 'text/plain');
  res.end('not found');
});
http.createServer((req, res) => {
  res.writeHead(200);
  res.setHeader('X-Late', '1');
  res.end();
  res.end();
});` }],
        },
        {
          messageId: 'afterSend',
          data: { api: 'res.end()', sentApi: 'res.end()', what: SENT, line: 4, effect: WRITE_AFTER_END },
          line: 8, column: 3, endLine: 8, endColumn: 10,
          suggestions: [{ messageId: 'returnAtSend', data: { sentApi: 'res.end()', line: 4 }, output: `import http from 'node:http';
http.createServer((req, res) => {
  if (req.url === '/health') {
    return res.end('ok');
  }
  res.statusCode = 404;
  res.setHeader('Content-Type', 'text/plain');
  res.end('not found');
});
http.createServer((req, res) => {
  res.writeHead(200);
  res.setHeader('X-Late', '1');
  res.end();
  res.end();
});` }],
        },
        {
          messageId: 'afterSend',
          data: { api: 'res.setHeader()', sentApi: 'res.writeHead()', what: HEAD, line: 11, effect: NODE_SET_THROWS },
          line: 12, column: 3, endLine: 12, endColumn: 16,
          suggestions: [],
        },
        {
          messageId: 'afterSend',
          data: { api: 'res.end()', sentApi: 'res.end()', what: SENT, line: 13, effect: 'Node ignores it' },
          line: 14, column: 3, endLine: 14, endColumn: 10,
          suggestions: [],
        },
      ],
    },
    {
      // On one turn of a loop, the same response twice.
      code: `import http from 'node:http';
const waiting = [];
http.createServer((req, res) => {
  waiting.push(res);
});
export function release() {
  for (const res of waiting) {
    res.end('released');
    res.end('again');
  }
}`,
      errors: [
        {
          messageId: 'afterSend',
          data: { api: 'res.end()', sentApi: 'res.end()', what: SENT, line: 8, effect: WRITE_AFTER_END },
          line: 9, column: 5, endLine: 9, endColumn: 12,
          suggestions: [],
        },
      ],
    },
    {
      // A write sends the head: a status or a second head after it comes too late.
      code: `import http from 'node:http';
const server = http.createServer();
server.on('request', (req, res) => {
  res.write('partial');
  res.writeHead(500);
  res.end();
});`,
      errors: [
        {
          messageId: 'afterSend',
          data: { api: 'res.writeHead()', sentApi: 'res.write()', what: HEAD, line: 4, effect: NODE_WRITE_THROWS },
          line: 5, column: 3, endLine: 5, endColumn: 16,
          suggestions: [],
        },
      ],
    },
    {
      // Fastify: a value returned after the reply was sent, headers and a status after it.
      code: `import Fastify from 'fastify';
const app = Fastify();
app.get('/items/:id', async (request, reply) => {
  const item = await find(request.params.id);
  if (!item) {
    reply.code(404).send({ error: 'not found' });
  }
  return item;
});
app.get('/other', (request, reply) => {
  reply.send('ok');
  reply.header('X-Late', '1');
  reply.statusCode = 500;
  reply.raw.end();
});`,
      errors: [
        {
          messageId: 'returnAfterSend',
          data: { sentApi: 'reply.code(404).send()', what: SENT, line: 6, effect: FASTIFY_DROPS },
          line: 8, column: 10, endLine: 8, endColumn: 14,
          suggestions: [
            {
              messageId: 'returnAtSend',
              data: { sentApi: 'reply.code(404).send()', line: 6 },
              output: `import Fastify from 'fastify';
const app = Fastify();
app.get('/items/:id', async (request, reply) => {
  const item = await find(request.params.id);
  if (!item) {
    return reply.code(404).send({ error: 'not found' });
  }
  return item;
});
app.get('/other', (request, reply) => {
  reply.send('ok');
  reply.header('X-Late', '1');
  reply.statusCode = 500;
  reply.raw.end();
});`,
            },
          ],
        },
        {
          messageId: 'afterSend',
          data: { api: 'reply.header()', sentApi: 'reply.send()', what: SENT, line: 11, effect: 'Fastify keeps it, but the reply already went out without it' },
          line: 12, column: 3, endLine: 12, endColumn: 15,
          suggestions: [],
        },
        {
          messageId: 'afterSend',
          data: {
            api: 'reply.statusCode = 500',
            sentApi: 'reply.send()',
            what: SENT,
            line: 11,
            effect: 'Fastify passes it to Node, which ignores it, as the status went out with the head',
          },
          line: 13, column: 3, endLine: 13, endColumn: 25,
          suggestions: [],
        },
        {
          messageId: 'afterSend',
          data: { api: 'reply.raw.end()', sentApi: 'reply.send()', what: SENT, line: 11, effect: 'Node ignores it' },
          line: 14, column: 3, endLine: 14, endColumn: 16,
          suggestions: [],
        },
      ],
    },
    {
      // @fastify/sensible's helpers send; a raw end is a send too.
      code: `import Fastify from 'fastify';
import sensible from '@fastify/sensible';
const app = Fastify();
app.register(sensible);
app.get('/items/:id', (request, reply) => {
  if (!request.params.id) reply.badRequest('id required');
  reply.send({ id: request.params.id });
});
app.get('/raw', (request, reply) => {
  reply.raw.end('raw');
  reply.redirect('/elsewhere');
});`,
      errors: [
        {
          messageId: 'afterSend',
          data: { api: 'reply.send()', sentApi: 'reply.badRequest()', what: SENT, line: 6, effect: FASTIFY_DROPS },
          line: 7, column: 3, endLine: 7, endColumn: 13,
          suggestions: [
            {
              messageId: 'returnAtSend',
              data: { sentApi: 'reply.badRequest()', line: 6 },
              output: `import Fastify from 'fastify';
import sensible from '@fastify/sensible';
const app = Fastify();
app.register(sensible);
app.get('/items/:id', (request, reply) => {
  if (!request.params.id) return reply.badRequest('id required');
  reply.send({ id: request.params.id });
});
app.get('/raw', (request, reply) => {
  reply.raw.end('raw');
  reply.redirect('/elsewhere');
});`,
            },
          ],
        },
        {
          messageId: 'afterSend',
          data: { api: 'reply.redirect()', sentApi: 'reply.raw.end()', what: SENT, line: 10, effect: FASTIFY_DROPS },
          line: 11, column: 3, endLine: 11, endColumn: 17,
          suggestions: [],
        },
      ],
    },
    {
      // Next.js Pages API: the missing return, and a redirect after a send.
      code: `export default async function handler(req, res) {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    res.status(405).json({ error: 'method not allowed' });
  }
  res.status(201).json(await save(req.body));
  res.redirect('/items');
}`,
      filename: 'src/pages/api/items.js',
      errors: [
        {
          messageId: 'afterSend',
          data: { api: 'res.status(201).json()', sentApi: 'res.status(405).json()', what: SENT, line: 4, effect: NEXT_THROWS },
          line: 6, column: 3, endLine: 6, endColumn: 23,
          suggestions: [
            {
              messageId: 'returnAtSend',
              data: { sentApi: 'res.status(405).json()', line: 4 },
              output: `export default async function handler(req, res) {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return res.status(405).json({ error: 'method not allowed' });
  }
  res.status(201).json(await save(req.body));
  res.redirect('/items');
}`,
            },
          ],
        },
        {
          messageId: 'afterSend',
          // The nearest send before it: on every path, the one of the line before.
          data: {
            api: 'res.redirect()',
            sentApi: 'res.status(201).json()',
            what: SENT,
            line: 6,
            effect: 'Next.js throws ERR_HTTP_HEADERS_SENT ("Cannot write headers after they are sent to the client")',
          },
          line: 7, column: 3, endLine: 7, endColumn: 15,
          suggestions: [],
        },
      ],
    },
    {
      // node:http2's compat response: the missing return.
      code: `import http2 from 'node:http2';
const server = http2.createSecureServer({});
server.on('request', (req, res) => {
  if (req.url === '/') {
    res.end('root');
  }
  res.setHeader('Content-Type', 'text/plain');
  res.end('other');
});`,
      errors: [
        {
          messageId: 'afterSend',
          data: { api: 'res.setHeader()', sentApi: 'res.end()', what: SENT, line: 5, effect: HTTP2_THROWS },
          line: 7, column: 3, endLine: 7, endColumn: 16,
          suggestions: [
            {
              messageId: 'returnAtSend',
              data: { sentApi: 'res.end()', line: 5 },
              output: `import http2 from 'node:http2';
const server = http2.createSecureServer({});
server.on('request', (req, res) => {
  if (req.url === '/') {
    return res.end('root');
  }
  res.setHeader('Content-Type', 'text/plain');
  res.end('other');
});`,
            },
          ],
        },
        {
          messageId: 'afterSend',
          data: { api: 'res.end()', sentApi: 'res.end()', what: SENT, line: 5, effect: 'node:http2 ignores it' },
          line: 8, column: 3, endLine: 8, endColumn: 10,
          suggestions: [
            {
              messageId: 'returnAtSend',
              data: { sentApi: 'res.end()', line: 5 },
              output: `import http2 from 'node:http2';
const server = http2.createSecureServer({});
server.on('request', (req, res) => {
  if (req.url === '/') {
    return res.end('root');
  }
  res.setHeader('Content-Type', 'text/plain');
  res.end('other');
});`,
            },
          ],
        },
      ],
    },
  ],
});

tsRuleTester.run('no-status-after-send (TypeScript)', rule, {
  valid: [
    `import type { Request, Response } from 'express';
export function show(req: Request, res: Response): void {
  if (!req.params.id) {
    res.status(400).json({ error: 'id required' });
    return;
  }
  res.json({ id: req.params.id });
}`,
  ],
  invalid: [
    {
      // A declared return type: the send's value may not fit it, so the return goes after it.
      code: `import type { Request, Response } from 'express';
export async function show(req: Request, res: Response): Promise<void> {
  if (!req.params.id) {
    res.status(400).json({ error: 'id required' });
  }
  res.json({ id: req.params.id });
}`,
      errors: [
        {
          messageId: 'afterSend',
          data: { api: 'res.json()', sentApi: 'res.status(400).json()', what: SENT, line: 4, effect: EXPRESS_THROWS },
          line: 6, column: 3, endLine: 6, endColumn: 11,
          suggestions: [
            {
              messageId: 'returnAtSend',
              data: { sentApi: 'res.status(400).json()', line: 4 },
              output: `import type { Request, Response } from 'express';
export async function show(req: Request, res: Response): Promise<void> {
  if (!req.params.id) {
    res.status(400).json({ error: 'id required' });
    return;
  }
  res.json({ id: req.params.id });
}`,
            },
          ],
        },
      ],
    },
  ],
});

describe('no-status-after-send messages', () => {
  /** The rendered messages of the rule on a snippet, as `line:column message`. */
  function messages(code: string): string[] {
    const config = [
      {
        plugins: { 'http-status': { rules: { 'no-status-after-send': rule } } },
        rules: { 'http-status/no-status-after-send': 'error' },
      },
    ] as unknown as Linter.Config[];
    return new Linter().verify(code, config, 'app.js').map((message) => `${message.line}:${message.column} ${message.message}`);
  }

  it('names the late call, the send before it and its line, and what the runtime does', () => {
    expect(
      messages(`import express from 'express';
const app = express();
app.get('/users/:id', (req, res) => {
  if (!req.params.id) {
    res.status(400).json({ error: 'id required' });
  }
  res.status(200).json({ id: req.params.id });
});`),
    ).toEqual([
      '7:3 res.status(200).json() runs after res.status(400).json() sent the response on line 5: Express throws ERR_HTTP_HEADERS_SENT ("Cannot set headers after they are sent to the client").',
    ]);
  });

  it('says when only the head went out, and when a send repeats in a loop', () => {
    expect(
      messages(`import http from 'node:http';
http.createServer((req, res) => {
  res.writeHead(200);
  res.statusCode = 500;
  for (const chunk of req.chunks) res.end(chunk);
});`),
    ).toEqual([
      '4:3 res.statusCode = 500 runs after res.writeHead() sent the head of the response on line 3: Node ignores it, as the status went out with the head.',
      '5:35 res.end() runs again on the next turn of the loop, after it sent the response: Node emits ERR_STREAM_WRITE_AFTER_END, which crashes the process unless the response has an error listener.',
    ]);
  });
});
