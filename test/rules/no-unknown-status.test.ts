import rule from '../../rules/no-unknown-status.js';
import { createJsRuleTester, createTsRuleTester } from './tester.js';

const jsRuleTester = createJsRuleTester();
const tsRuleTester = createTsRuleTester();

// Not 403.1's "Execute access forbidden": the literal says 403.10.
const IIS_403_10 = ' (IIS logs 403.10, "The web server is configured to deny Execute access", as a sub-status; the status on the wire is 403)';

const expressApp = `import express from 'express';
const app = express();
`;

jsRuleTester.run('no-unknown-status (JavaScript)', rule, {
  valid: [
    // A registered status, written as a number or as a constant.
    `${expressApp}app.get('/', (req, res) => { res.status(404).send('x'); });`,
    `${expressApp}import { StatusCodes } from 'http-status-codes';
app.get('/', (req, res) => { res.status(StatusCodes.NO_CONTENT).end(); });`,
    // Not a response: a logger, a local class, an unregistered function's parameter.
    `const logger = { status(n) {} }; logger.status(600);`,
    `class Job { status(n) {} } new Job().status(600);`,
    `function handle(req, res) { res.status(600); }`,
    `${expressApp}app.set('status', 600);`,
    // Bare calls and \`new\` of names that are no framework function (local, or a module's that only returns a value).
    `import fastify from 'fastify'; function createError(n) {} createError(600); new Error(600); fastify(600);`,
    // A local \`Response\` class is not the Fetch Response.
    `class Response { constructor(b, i) {} } new Response(null, { status: 600 });`,
    // A fail() of the project's own, not SvelteKit's.
    `import { fail } from './form-helpers'; export const actions = { default: async () => fail(600, {}) };`,
    // Client code: status 0 is what browsers report for opaque and failed responses.
    `const res = await fetch('/x'); if (res.status === 0) {}`,
    // Loose equality converts the string, so this works.
    `const res = await fetch('/x'); if (res.status == '404') {}`,
    // Vendor codes are the business of no-nonstandard-status.
    `const res = await fetch('/x'); if (res.status === 509) {}`,
    `${expressApp}app.get('/', (req, res) => { res.status(509).end(); });`,
    // Values that cannot be known statically.
    `${expressApp}app.get('/', (req, res) => { res.status(req.query.code).end(); });`,
    `${expressApp}app.get('/', (req, res) => { res[req.query.method](600); });`,
    // Comparisons of numbers that are not statuses.
    `const items = []; if (items.length === 600) {}`,
    `const job = { status: 1 }; if (job.status === 2) {}`,
    // An Elysia status name is a string that is not a number.
    `import { Elysia } from 'elysia'; new Elysia().get('/', ({ set }) => { set.status = 'Not Found'; });`,
    // JSX props are not statuses.
    `const el = <Alert status={600} />;`,
  ],
  invalid: [
    {
      // 403.10 is the number 403.1; the rule reads the literal as written.
      code: `${expressApp}app.get('/', (req, res) => { res.status(403.10).end(); });`,
      errors: [
        {
          messageId: 'nonInteger',
          data: {
            value: 403.1,
            known: IIS_403_10,
            effect: 'Express 5 throws a TypeError (the client gets a 500); Express 4 lets Node truncate it',
          },
          line: 3,
          column: 41,
          endLine: 3,
          endColumn: 47,
          suggestions: [
            {
              messageId: 'useWireStatus',
              data: { status: '403 (Forbidden)' },
              output: `${expressApp}app.get('/', (req, res) => { res.status(403).end(); });`,
            },
          ],
        },
      ],
    },
    {
      code: `import express from 'express';
const app = express();
app.get('/', (req, res) => { res.status(600).send('x'); });`,
      errors: [
        {
          messageId: 'outOfRange',
          data: { value: 600, known: ' (logged by some CDNs as "Unparseable Response Headers")', effect: 'Express sends 600–999 with the reason "unknown" and answers anything else with a 500' },
          line: 3, column: 41, endLine: 3, endColumn: 44,
        },
      ],
    },
    {
      code: `import express from 'express';
const app = express();
app.get('/', (req, res) => { res.status(403.14).end(); });`,
      errors: [
        {
          messageId: 'nonInteger',
          data: { value: 403.14, known: ' (IIS logs 403.14, "Directory listing denied", as a sub-status; the status on the wire is 403)', effect: 'Express 5 throws a TypeError (the client gets a 500); Express 4 lets Node truncate it' },
          line: 3, column: 41, endLine: 3, endColumn: 47,
          suggestions: [
            { messageId: 'useWireStatus', data: { status: '403 (Forbidden)' }, output: `import express from 'express';
const app = express();
app.get('/', (req, res) => { res.status(403).end(); });` },
          ],
        },
      ],
    },
    {
      code: `import express from 'express';
const app = express();
app.get('/', (req, res) => { res.sendStatus('404'); });`,
      errors: [
        {
          messageId: 'numericString',
          data: { api: 'res.sendStatus()', value: '404', effect: 'Express 5 throws a TypeError (the client gets a 500); Express 4 only logs a deprecation warning' },
          line: 3, column: 45, endLine: 3, endColumn: 50,
          suggestions: [
            { messageId: 'useNumber', data: { value: '404' }, output: `import express from 'express';
const app = express();
app.get('/', (req, res) => { res.sendStatus(404); });` },
          ],
        },
      ],
    },
    {
      code: `import express from 'express';
const app = express();
app.get('/', (req, res) => { res.status(331).end(); });`,
      errors: [
        {
          messageId: 'unassigned',
          data: { value: 331, known: ' (it is FTP reply 331, "User name okay, need password", RFC 959 §4.2.2)', fallback: '300 (Multiple Choices)' },
          line: 3, column: 41, endLine: 3, endColumn: 44,
        },
      ],
    },
    {
      code: `new Response(null, { status: 299 });`,
      errors: [
        {
          messageId: 'unassigned',
          data: { value: 299, known: '', fallback: '200 (OK)' },
          line: 1, column: 30, endLine: 1, endColumn: 33,
        },
      ],
    },
    {
      code: `const res = await fetch('/api');
if (res.status === 600) {}`,
      errors: [
        {
          messageId: 'outOfRange',
          data: { value: 600, known: ' (logged by some CDNs as "Unparseable Response Headers")', effect: 'No valid response has it, so comparing res.status with it only matches a broken server' },
          line: 2, column: 20, endLine: 2, endColumn: 23,
        },
      ],
    },
    {
      code: `const res = await fetch('/api');
if (res.status !== '404') {}`,
      errors: [
        {
          messageId: 'stringComparison',
          data: { api: 'res.status', value: '404', effect: 'a status is a number, so strict equality with a string never holds' },
          line: 2, column: 20, endLine: 2, endColumn: 25,
          suggestions: [
            { messageId: 'useNumber', data: { value: '404' }, output: `const res = await fetch('/api');
if (res.status !== 404) {}` },
          ],
        },
      ],
    },
    {
      code: `const res = await fetch('/api');
switch (res.status) {
  case 200.5:
  case 1000:
    break;
}`,
      errors: [
        {
          messageId: 'nonInteger',
          data: { value: 200.5, known: '', effect: 'A received status is always an integer, so comparing res.status with it never matches' },
          line: 3, column: 8, endLine: 3, endColumn: 13,
        },
        {
          messageId: 'outOfRange',
          data: { value: 1000, known: '', effect: 'No valid response has it, so comparing res.status with it only matches a broken server' },
          line: 4, column: 8, endLine: 4, endColumn: 12,
        },
      ],
    },
    {
      code: `import request from 'supertest';
await request(app).get('/').expect(600).expect('404');`,
      errors: [
        {
          messageId: 'outOfRange',
          data: { value: 600, known: ' (logged by some CDNs as "Unparseable Response Headers")', effect: 'No valid response has it, so comparing request(app).get(\'/\').expect() with it only matches a broken server' },
          line: 2, column: 36, endLine: 2, endColumn: 39,
        },
        {
          messageId: 'stringComparison',
          data: { api: 'request(app).get(\'/\').expect(600).expect()', value: '404', effect: 'supertest reads a string as the expected body, not as a status' },
          line: 2, column: 48, endLine: 2, endColumn: 53,
          suggestions: [
            { messageId: 'useNumber', data: { value: '404' }, output: `import request from 'supertest';
await request(app).get('/').expect(600).expect(404);` },
          ],
        },
      ],
    },
    {
      code: `import Koa from 'koa';
new Koa().use(async (ctx) => {
  ctx.status = '201';
});`,
      errors: [
        {
          messageId: 'numericString',
          data: { api: 'ctx.status', value: '201', effect: 'Koa fails an assertion when it is assigned (the client gets a 500)' },
          line: 3, column: 16, endLine: 3, endColumn: 21,
          suggestions: [
            { messageId: 'useNumber', data: { value: '201' }, output: `import Koa from 'koa';
new Koa().use(async (ctx) => {
  ctx.status = 201;
});` },
          ],
        },
      ],
    },
    {
      code: `const express = require('express');
const app = express();
const CODE = 999;
app.use((err, req, res, next) => res.status(CODE).json({}));`,
      errors: [
        {
          messageId: 'outOfRange',
          data: { value: 999, known: '', effect: 'Express sends 600–999 with the reason "unknown" and answers anything else with a 500' },
          line: 4, column: 45, endLine: 4, endColumn: 49,
        },
      ],
    },
    {
      code: `import Fastify from 'fastify';
const app = Fastify();
app.get('/', async (request, reply) => reply.code(600).send());`,
      errors: [
        {
          messageId: 'outOfRange',
          data: { value: 600, known: ' (logged by some CDNs as "Unparseable Response Headers")', effect: 'Fastify throws FST_ERR_BAD_STATUS_CODE (the client gets a 500)' },
          line: 3, column: 51, endLine: 3, endColumn: 54,
        },
      ],
    },
    {
      code: `import createError from 'http-errors';
throw createError('404');`,
      errors: [
        {
          messageId: 'numericString',
          data: { api: 'createError()', value: '404', effect: 'http-errors takes a string as the message, so the error becomes a 500' },
          line: 2, column: 19, endLine: 2, endColumn: 24,
          suggestions: [
            { messageId: 'useNumber', data: { value: '404' }, output: `import createError from 'http-errors';
throw createError(404);` },
          ],
        },
      ],
    },
    // Bare calls reach the framework function through an alias, a require() or a member of one.
    {
      code: `const makeError = require('http-errors');
throw makeError('404');`,
      errors: [
        {
          messageId: 'numericString',
          data: { api: 'makeError()', value: '404', effect: 'http-errors takes a string as the message, so the error becomes a 500' },
          line: 2, column: 17, endLine: 2, endColumn: 22,
          suggestions: [
            { messageId: 'useNumber', data: { value: '404' }, output: `const makeError = require('http-errors');
throw makeError(404);` },
          ],
        },
      ],
    },
    {
      code: `import Fastify from 'fastify';
import sensible from '@fastify/sensible';
const fastify = Fastify().register(sensible);
fastify.get('/', async (request, reply) => reply.getHttpError(600, 'x'));`,
      errors: [
        {
          messageId: 'outOfRange',
          data: { value: 600, known: ' (logged by some CDNs as "Unparseable Response Headers")', effect: "@fastify/sensible's getHttpError() finds no helper for it and throws a TypeError (the client gets a 500)" },
          line: 4, column: 63, endLine: 4, endColumn: 66,
        },
      ],
    },
    {
      // fail() returns its failure and checks nothing: the message says what happens instead.
      code: `import { fail } from '@sveltejs/kit';
export const actions = { default: async () => fail(600, { missing: true }) };`,
      errors: [
        {
          messageId: 'outOfRange',
          data: {
            value: 600,
            known: ' (logged by some CDNs as "Unparseable Response Headers")',
            effect: "SvelteKit's fail() does not check it: it returns an ActionFailure, and the page that answers the form post is rendered with that status, which the Response constructor rejects with a RangeError (the client gets a 500)",
          },
          line: 2, column: 52, endLine: 2, endColumn: 55,
        },
      ],
    },
    {
      code: `import { error as fail } from '@sveltejs/kit';
fail(600, 'x');`,
      errors: [
        {
          messageId: 'outOfRange',
          data: { value: 600, known: ' (logged by some CDNs as "Unparseable Response Headers")', effect: 'SvelteKit throws an Error in error() and redirect(); json() and text() throw a RangeError' },
          line: 2, column: 6, endLine: 2, endColumn: 9,
        },
      ],
    },
    {
      code: `const kit = await import('@sveltejs/kit');
const { error: fail } = kit;
fail(600, 'x');`,
      errors: [
        {
          messageId: 'outOfRange',
          data: { value: 600, known: ' (logged by some CDNs as "Unparseable Response Headers")', effect: 'SvelteKit throws an Error in error() and redirect(); json() and text() throw a RangeError' },
          line: 3, column: 6, endLine: 3, endColumn: 9,
        },
      ],
    },
    {
      code: `import { error } from '@sveltejs/kit';
error(600, 'x');`,
      errors: [
        {
          messageId: 'outOfRange',
          data: { value: 600, known: ' (logged by some CDNs as "Unparseable Response Headers")', effect: 'SvelteKit throws an Error in error() and redirect(); json() and text() throw a RangeError' },
          line: 2, column: 7, endLine: 2, endColumn: 10,
        },
      ],
    },
    {
      code: `export default function handler(req, res) {
  res.status(600).json({});
}`,
      filename: 'pages/api/items.js',
      errors: [
        {
          messageId: 'outOfRange',
          data: { value: 600, known: ' (logged by some CDNs as "Unparseable Response Headers")', effect: 'NextResponse throws a RangeError; a Pages API response is sent by Node, which sends 600–999 as "unknown"' },
          line: 2, column: 14, endLine: 2, endColumn: 17,
        },
      ],
    },
  ],
});

tsRuleTester.run('no-unknown-status (TypeScript)', rule, {
  valid: [
    // A \`Response\` type from elsewhere proves nothing.
    `import type { Response } from './http'; export function h(res: Response) { res.status(600); }`,
    // The file's own types: an object type and a union are no aliases of a framework's type.
    `type Res = { status(code: number): void }; export function h(req: unknown, res: Res) { res.status(600); }`,
    `import type { Response } from 'express'; type Res = Response | { status(code: number): void }; export function h(req: unknown, res: Res) { res.status(600); }`,
    `import type { Response } from './http'; interface Res extends Response {} export function h(req: unknown, res: Res) { res.status(600); }`,
    // Casts and non-null assertions around a valid status.
    `import type { Response } from 'express'; export function h(_: unknown, res: Response) { res!.status(404 as number); }`,
    `import { Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
@Controller()
export class C {
  @Post() @HttpCode(HttpStatus.CREATED) create() {}
}`,
  ],
  invalid: [
    {
      // An Astro page's frontmatter: the page is sent in a Response built with this status.
      code: `const user = Astro.locals.user;
if (!user) Astro.response.status = 600;`,
      filename: 'src/pages/account.astro',
      errors: [
        {
          messageId: 'outOfRange',
          data: { value: 600, known: ' (logged by some CDNs as "Unparseable Response Headers")', effect: 'Astro gives it to the Response constructor, which throws a RangeError (the client gets a 500)' },
          line: 2, column: 36, endLine: 2, endColumn: 39,
        },
      ],
    },
    {
      code: `import { NextResponse } from 'next/server';
export function GET() {
  return NextResponse.json({}, { status: 600 });
}`,
      errors: [
        {
          messageId: 'outOfRange',
          data: { value: 600, known: ' (logged by some CDNs as "Unparseable Response Headers")', effect: 'NextResponse throws a RangeError; a Pages API response is sent by Node, which sends 600–999 as "unknown"' },
          line: 3, column: 42, endLine: 3, endColumn: 45,
        },
      ],
    },
    {
      code: `import type { Response } from 'express';
export function handler(req: unknown, res: Response) {
  res?.status(600 as const).end();
}`,
      errors: [
        {
          messageId: 'outOfRange',
          data: { value: 600, known: ' (logged by some CDNs as "Unparseable Response Headers")', effect: 'Express sends 600–999 with the reason "unknown" and answers anything else with a 500' },
          line: 3, column: 15, endLine: 3, endColumn: 27,
        },
      ],
    },
    {
      // The project's own names for the framework's types.
      code: `import type * as express from 'express';
import type { FastifyReply } from 'fastify';
type Res = express.Response;
type AppResponse = Res;
interface AppReply extends FastifyReply { user?: string }
export function a(req: unknown, res: AppResponse) { res.status(600).end(); }
export function b(req: unknown, reply: AppReply) { reply.code(700); }`,
      errors: [
        {
          messageId: 'outOfRange',
          data: { value: 600, known: ' (logged by some CDNs as "Unparseable Response Headers")', effect: 'Express sends 600–999 with the reason "unknown" and answers anything else with a 500' },
          line: 6, column: 64, endLine: 6, endColumn: 67,
        },
        {
          messageId: 'outOfRange',
          data: { value: 700, known: '', effect: 'Fastify throws FST_ERR_BAD_STATUS_CODE (the client gets a 500)' },
          line: 7, column: 63, endLine: 7, endColumn: 66,
        },
      ],
    },
    {
      code: `import { Hono } from 'hono';
const app = new Hono();
app.get('/', (c) => c.json({ ok: false }, 299));`,
      errors: [
        {
          messageId: 'unassigned',
          data: { value: 299, known: '', fallback: '200 (OK)' },
          line: 3, column: 43, endLine: 3, endColumn: 46,
        },
      ],
    },
    {
      code: `import { Controller, HttpCode, Post } from '@nestjs/common';
@Controller()
export class C {
  @Post() @HttpCode(2040) create() {}
}`,
      errors: [
        {
          messageId: 'outOfRange',
          data: { value: 2040, known: '', effect: 'A client that receives it treats the response as a 5xx error' },
          line: 4, column: 21, endLine: 4, endColumn: 25,
        },
      ],
    },
  ],
});

/** `outOfRange` for a value Express is given. */
function expressOutOfRange(value: number, line: number, column: number, endColumn: number, known = '') {
  return {
    messageId: 'outOfRange' as const,
    data: { value, known, effect: 'Express sends 600–999 with the reason "unknown" and answers anything else with a 500' },
    line, column, endLine: line, endColumn,
  };
}
const CDN_600 = ' (logged by some CDNs as "Unparseable Response Headers")';

jsRuleTester.run('no-unknown-status (values through data)', rule, {
  valid: [
    // A table the file writes to, exports, hands to other code, or spreads into.
    `${expressApp}const S = { Bad: 600 };
S.Bad = 200;
app.get('/', (req, res) => res.status(S.Bad).end());`,
    `${expressApp}export const S = { Bad: 600 };
app.get('/', (req, res) => res.status(S.Bad).end());`,
    `${expressApp}const S = { Bad: 600 };
patch(S);
app.get('/', (req, res) => res.status(S.Bad).end());`,
    `${expressApp}const S = { Bad: 600, ...overrides };
app.get('/', (req, res) => res.status(S.Bad).end());`,
    `${expressApp}const S = { Bad: 600 };
for (const key in S) S[key] = 200;
app.get('/', (req, res) => res.status(S.Bad).end());`,
    `${expressApp}const S = { Bad: 600 };
delete S.Bad;
app.get('/', (req, res) => res.status(S.Bad).end());`,
    // A frozen table's nested objects are not frozen.
    `${expressApp}const S = Object.freeze({ e: { status: 600 } });
S.e.status = 404;
app.get('/', (req, res) => res.status(S.e.status).end());`,
    // A nested object written through a name bound to it, or handed on.
    `${expressApp}const S = { e: { status: 600 } };
const e = S.e;
e.status = 404;
app.get('/', (req, res) => res.status(S.e.status).end());`,
    `${expressApp}const S = { e: { status: 600 } };
normalise(S.e);
app.get('/', (req, res) => { const { status } = S.e; res.status(status).end(); });`,
    // An entry read with a key that is not known and handed on may be any entry.
    `${expressApp}const S = { a: { status: 600 } };
app.get('/', (req, res) => { normalise(S[req.kind]); res.status(S.a.status).end(); });`,
    // A choice whose branches are not known.
    `${expressApp}app.get('/', (req, res) => res.status(req.ok ? req.a : req.b).end());`,
    // A helper's parameter assigned before it reaches the sink.
    `${expressApp}function send(res, status) { status = status || 200; res.status(status).end(); }
app.get('/', (req, res) => send(res, 600));`,
    // A helper that tests the value before it passes it on may not pass on every value.
    `${expressApp}function send(res, status) { if (status >= 600) return res.sendStatus(500); res.status(status).end(); }
app.get('/', (req, res) => send(res, 700));`,
    `${expressApp}function send(res, status) { switch (status) { case 700: res.status(500).end(); break; default: res.status(status).end(); } }
app.get('/', (req, res) => send(res, 700));`,
    // A helper called with something that is no response, alone or beside calls with one.
    `${expressApp}function send(out, status) { out.status(status).end(); }
send(console, 600);`,
    `${expressApp}function send(target, status) { target.status(status).end(); }
const job = { status() { return this; }, end() {} };
app.get('/', (req, res) => send(res, 404));
send(job, 600);`,
    // Helpers declared inside a handler are not followed.
    `${expressApp}app.get('/', (req, res) => { function send(r, s) { r.status(s).end(); } send(res, 600); });`,
  ],
  invalid: [
    {
      code: `${expressApp}const Status = { Gone: 410, Weird: 600 };
app.get('/', (req, res) => {
  if (Object.keys(Status).length > 0 && 'Gone' in Status) res.status(Status.Weird).end();
});`,
      errors: [expressOutOfRange(600, 5, 70, 82, CDN_600)],
    },
    {
      // Frozen: its own properties hold whatever is done with the table.
      code: `${expressApp}const S = Object.freeze({ Bad: 600 });
register(S);
app.get('/', (req, res) => res.status(S.Bad).end());`,
      errors: [expressOutOfRange(600, 5, 39, 44, CDN_600)],
    },
    {
      code: `${expressApp}const ERRORS = { bad: { status: 700, message: 'x' } };
app.get('/', (req, res) => {
  const { status, message } = ERRORS.bad;
  res.status(status).send(message);
  const e = ERRORS.bad;
  res.status(e.status).end();
});`,
      errors: [expressOutOfRange(700, 6, 14, 20), expressOutOfRange(700, 8, 14, 22)],
    },
    {
      // A function called with a handler's response: its parameter is that response.
      code: `${expressApp}app.get('/', (req, res) => {
  function fail(r) { r.status(600).end(); }
  fail(res);
});`,
      errors: [expressOutOfRange(600, 4, 31, 34, CDN_600)],
    },
    {
      // Entries read with keys that are not known, but never written or handed on.
      code: `${expressApp}const ERRORS = { a: { status: 600 }, b: { status: 404 } };
app.get('/', (req, res) => {
  res.status(ERRORS[req.kind].status).end();
  res.status(ERRORS.a.status).end();
  res.status(req.ok && 701).end();
});`,
      errors: [expressOutOfRange(600, 6, 14, 29, CDN_600), expressOutOfRange(701, 7, 24, 27)],
    },
    {
      code: `${expressApp}app.get('/', (req, res) => {
  res.status(req.ok ? 200 : 600).end();
  res.status(req.err.status || 700).end();
  res.status(req.a ? 601 : req.b ?? 602).end();
});`,
      errors: [
        expressOutOfRange(600, 4, 29, 32, CDN_600),
        expressOutOfRange(700, 5, 32, 35),
        expressOutOfRange(601, 6, 22, 25),
        expressOutOfRange(602, 6, 37, 40),
      ],
    },
    {
      code: `${expressApp}function send(res, status, body) { res.status(status).json(body); }
const fail = (res, code) => res.status(code).send('x');
function relay(res, code) { send(res, code, {}); }
app.get('/', (req, res) => {
  send(res, 600, { error: 'x' });
  fail(res, 700);
  relay(res, 701);
  send(res, req.ok ? 200 : 702, {});
});`,
      errors: [
        expressOutOfRange(600, 7, 13, 16, CDN_600),
        expressOutOfRange(700, 8, 13, 16),
        expressOutOfRange(701, 9, 14, 17),
        expressOutOfRange(702, 10, 28, 31),
      ],
    },
  ],
});

tsRuleTester.run('no-unknown-status (values through data, TypeScript)', rule, {
  valid: [
    // A plain table that is exported may be written by its importers.
    `${expressApp}export const S: Record<string, number> = { Bad: 600 };
app.get('/', (req, res) => res.status(S.Bad).end());`,
  ],
  invalid: [
    {
      // \`as const\`: the type checker rejects writes, wherever the table goes.
      code: `${expressApp}export const Status = { Weird: 600 } as const;
app.get('/', (req, res) => res.status(Status.Weird).end());`,
      errors: [expressOutOfRange(600, 4, 39, 51, CDN_600)],
    },
    {
      // Enum members without an initializer count on from the one before.
      code: `${expressApp}enum Code { Last = 599, Next }
app.get('/', (req, res) => res.status(Code.Next).end());`,
      errors: [expressOutOfRange(600, 4, 39, 48, CDN_600)],
    },
  ],
});
