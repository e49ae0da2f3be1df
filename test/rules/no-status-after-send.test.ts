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
