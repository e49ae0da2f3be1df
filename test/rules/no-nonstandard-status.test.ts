import rule from '../../rules/no-nonstandard-status.js';
import { createJsRuleTester, createTsRuleTester } from './tester.js';

const ALT499 =
  ' If the client has gone, nothing can reach it: stop the work and record the abort in your own log; for a missing token (Esri\'s 499) send 401 (Unauthorized) with a WWW-Authenticate challenge.';

const jsRuleTester = createJsRuleTester();
const tsRuleTester = createTsRuleTester();

const expressApp = `import express from 'express';
const app = express();
`;

jsRuleTester.run('no-nonstandard-status (JavaScript)', rule, {
  valid: [
    `${expressApp}app.get('/', (req, res) => { res.status(503).set('Retry-After', '60').end(); });`,
    // Client code may have to handle a vendor code.
    `const res = await fetch('/x'); if (res.status === 509) {}`,
    `const res = await fetch('/x'); switch (res.status) { case 520: case 522: break; }`,
    `import request from 'supertest'; await request(app).get('/').expect(418);`,
    // Not a response.
    `const logger = { status() {} }; logger.status(509);`,
    `function handler(req, res) { res.status(509); }`,
    // Allowed on purpose.
    {
      code: `${expressApp}app.get('/', (req, res) => { res.status(499).end(); });`,
      options: [{ allow: [499] }],
    },
    // Categories switched off.
    {
      code: `${expressApp}app.get('/', (req, res) => { res.status(509).end(); res.status(418).end(); res.status(306).end(); });`,
      options: [{ checkVendor: false, checkUnused: false }],
    },
    {
      code: `import http from 'node:http'; http.createServer((req, res) => { res.writeHead(104); res.writeHead(510); });`,
      options: [{ checkTemporary: false, checkObsoleted: false }],
    },
    // Unknown codes are no-unknown-status's business; registered codes with vendor conflicts are fine.
    `${expressApp}app.get('/', (req, res) => { res.status(299).end(); res.status(600).end(); res.status(451).end(); res.status(421).end(); });`,
  ],
  invalid: [
    {
      code: `import express from 'express';
const app = express();
app.get('/', (req, res) => { res.status(509).send('Over quota'); });`,
      errors: [
        {
          messageId: 'vendor',
          data: { value: 509, vendors: 'used by Apache/cPanel bandwidth modules (not httpd core) for "Bandwidth Limit Exceeded"', fallback: '500 (Internal Server Error)', alternative: ' Send 429 (Too Many Requests) or 503 (Service Unavailable) with Retry-After.' },
          line: 3, column: 41, endLine: 3, endColumn: 44,
        },
      ],
    },
    {
      code: `import Koa from 'koa';
const app = new Koa();
app.use(async (ctx) => {
  ctx.status = 449;
});`,
      errors: [
        {
          messageId: 'vendor',
          data: { value: 449, vendors: 'used by Microsoft (IIS / Exchange ActiveSync) for "Retry With"', fallback: '400 (Bad Request)', alternative: ' Send 400 (Bad Request) or 428 (Precondition Required) and say what is missing.' },
          line: 4, column: 16, endLine: 4, endColumn: 19,
        },
      ],
    },
    {
      code: `import Fastify from 'fastify';
const fastify = Fastify();
fastify.get('/', async (request, reply) => reply.code(499).send());`,
      errors: [
        {
          messageId: 'logOnly',
          data: { fallback: '400 (Bad Request)', value: 499, vendor: 'nginx', phrase: 'Client Closed Request', others: '; it is also used by Esri ArcGIS Server for "Token Required"', alternative: ALT499 },
          line: 3, column: 55, endLine: 3, endColumn: 58,
        },
      ],
    },
    {
      // nginx's meaning, built as an error for a client that closed the request: nobody receives it.
      code: `import express from 'express';
import createError from 'http-errors';
const app = express();
app.get('/report', async (req, res, next) => {
  req.on('close', () => {
    if (!res.writableEnded) next(createError(499, 'Client Closed Request'));
  });
  res.status(499).end();
});`,
      errors: [
        { messageId: 'logOnly', data: { fallback: '400 (Bad Request)', value: 499, vendor: 'nginx', phrase: 'Client Closed Request', others: '; it is also used by Esri ArcGIS Server for "Token Required"', alternative: ALT499 }, line: 6, column: 46, endLine: 6, endColumn: 49 },
        { messageId: 'logOnly', data: { fallback: '400 (Bad Request)', value: 499, vendor: 'nginx', phrase: 'Client Closed Request', others: '; it is also used by Esri ArcGIS Server for "Token Required"', alternative: ALT499 }, line: 8, column: 14, endLine: 8, endColumn: 17 },
      ],
    },
    {
      // Another log-only value: nginx's 444 closes the connection without any response.
      code: `import Koa from 'koa';
new Koa().use(async (ctx) => { ctx.status = 444; });`,
      errors: [
        {
          messageId: 'logOnly',
          data: { fallback: '400 (Bad Request)', value: 444, vendor: 'nginx', phrase: 'No Response', others: '', alternative: ' To drop a request, close the connection; there is no status to send.' },
          line: 2, column: 45, endLine: 2, endColumn: 48,
        },
      ],
    },
    {
      code: `import express from 'express';
const app = express();
app.get('/teapot', (req, res) => res.sendStatus(418));
app.get('/proxy', (req, res) => res.status(305).end());
app.get('/ext', (req, res) => res.status(510).end());
app.get('/switch', (req, res) => res.status(306).end());`,
      errors: [
        {
          messageId: 'notStandard',
          data: { status: '418', category: 'is reserved as "(Unused)" in the IANA registry (RFC 9110 §15.5.19)', alternative: ' 418 is reserved because of an April Fools\' RFC; send the real condition, e.g. 400 (Bad Request), 403 (Forbidden) or 501 (Not Implemented).' },
          line: 3, column: 49, endLine: 3, endColumn: 52,
        },
        {
          messageId: 'notStandard',
          data: { status: '305 (Use Proxy)', category: 'is deprecated in the IANA registry (RFC 9110 §15.4.6)', alternative: ' Configure proxies out of band; RFC 9110 deprecates 305 (Use Proxy) for security reasons.' },
          line: 4, column: 44, endLine: 4, endColumn: 47,
        },
        {
          messageId: 'notStandard',
          data: { status: '510 (Not Extended)', category: 'is marked "(OBSOLETED)" in the IANA registry (RFC 2774 §7)', alternative: ' The HTTP Extension Framework was moved to Historic; drop the dependency and send 400 (Bad Request) or 501 (Not Implemented).' },
          line: 5, column: 42, endLine: 5, endColumn: 45,
        },
        {
          messageId: 'notStandard',
          data: { status: '306', category: 'is reserved as "(Unused)" in the IANA registry (RFC 9110 §15.4.7)', alternative: ' 306 is reserved and means nothing; use a real 3xx such as 307 (Temporary Redirect).' },
          line: 6, column: 45, endLine: 6, endColumn: 48,
        },
      ],
    },
    {
      code: `import http from 'node:http';
http.createServer((req, res) => {
  res.writeHead(102);
  res.statusCode = 104;
});`,
      errors: [
        {
          messageId: 'notStandard',
          data: { status: '102 (Processing)', category: 'is deprecated in the IANA registry (RFC 2518 §10.1)', alternative: ' Send 103 (Early Hints) for hints, or 202 (Accepted) and a status URL for long work.' },
          line: 3, column: 17, endLine: 3, endColumn: 20,
        },
        {
          messageId: 'notStandard',
          data: { status: '104 (Upload Resumption Supported)', category: 'was only provisionally registered in the IANA registry (draft-ietf-httpbis-resumable-upload-05): the registration expired on 2026-11-13 unless IANA extended it', alternative: ' Only send it to clients that implement the resumable-uploads draft.' },
          line: 4, column: 20, endLine: 4, endColumn: 23,
        },
      ],
    },
    {
      code: `new Response('origin down', { status: 521 });
Response.json({}, { status: 530 });`,
      errors: [
        {
          messageId: 'vendor',
          data: { value: 521, vendors: 'used by Cloudflare for "Web Server Is Down"', fallback: '500 (Internal Server Error)', alternative: ' Send 502 (Bad Gateway) or 503 (Service Unavailable).' },
          line: 1, column: 39, endLine: 1, endColumn: 42,
        },
        {
          messageId: 'vendor',
          data: { value: 530, vendors: 'used by Cloudflare for "Origin Error (1xxx)"; used by Pantheon for "Site is frozen"', fallback: '500 (Internal Server Error)', alternative: ' Send 502 (Bad Gateway) or 503 (Service Unavailable).' },
          line: 2, column: 29, endLine: 2, endColumn: 32,
        },
      ],
    },
    {
      code: `import createError from 'http-errors';
throw createError(509);`,
      errors: [
        {
          messageId: 'vendor',
          data: { value: 509, vendors: 'used by Apache/cPanel bandwidth modules (not httpd core) for "Bandwidth Limit Exceeded"', fallback: '500 (Internal Server Error)', alternative: ' Send 429 (Too Many Requests) or 503 (Service Unavailable) with Retry-After.' },
          line: 2, column: 19, endLine: 2, endColumn: 22,
        },
      ],
    },
    {
      code: `const res = await fetch('/x');
if (res.status === 509) {}`,
      options: [{"checkComparisons": true}],
      errors: [
        {
          messageId: 'vendor',
          data: { value: 509, vendors: 'used by Apache/cPanel bandwidth modules (not httpd core) for "Bandwidth Limit Exceeded"', fallback: '500 (Internal Server Error)', alternative: ' Send 429 (Too Many Requests) or 503 (Service Unavailable) with Retry-After.' },
          line: 2, column: 20, endLine: 2, endColumn: 23,
        },
      ],
    },
    {
      code: `import express from 'express';
const app = express();
app.get('/', (req, res) => { res.status(499).end(); res.status(520).end(); });`,
      options: [{"allow": [499]}],
      errors: [
        {
          messageId: 'vendor',
          data: { value: 520, vendors: 'used by Cloudflare for "Unknown Error"', fallback: '500 (Internal Server Error)', alternative: ' From your own origin, send 502 (Bad Gateway) or 500 (Internal Server Error).' },
          line: 3, column: 64, endLine: 3, endColumn: 67,
        },
      ],
    },
    {
      code: `import express from 'express';
const app = express();
app.get('/', (req, res) => { res.status(509).end(); res.status(418).end(); res.status(305).end(); });`,
      options: [{"checkVendor": false, "checkDeprecated": false}],
      errors: [
        {
          messageId: 'notStandard',
          data: { status: '418', category: 'is reserved as "(Unused)" in the IANA registry (RFC 9110 §15.5.19)', alternative: ' 418 is reserved because of an April Fools\' RFC; send the real condition, e.g. 400 (Bad Request), 403 (Forbidden) or 501 (Not Implemented).' },
          line: 3, column: 64, endLine: 3, endColumn: 67,
        },
      ],
    },
  ],
});

tsRuleTester.run('no-nonstandard-status (TypeScript)', rule, {
  valid: [
    `import { Hono } from 'hono'; const app = new Hono(); app.get('/', (c) => c.json({}, 429));`,
  ],
  invalid: [
    {
      code: `import { Hono } from 'hono';
const app = new Hono();
app.get('/', (c) => c.json({ brewing: true }, 418));`,
      errors: [
        {
          messageId: 'notStandard',
          data: { status: '418', category: 'is reserved as "(Unused)" in the IANA registry (RFC 9110 §15.5.19)', alternative: ' 418 is reserved because of an April Fools\' RFC; send the real condition, e.g. 400 (Bad Request), 403 (Forbidden) or 501 (Not Implemented).' },
          line: 3, column: 47, endLine: 3, endColumn: 50,
        },
      ],
    },
    {
      code: `import { Controller, Get, HttpCode, HttpException } from '@nestjs/common';
@Controller()
export class C {
  @Get() @HttpCode(210) a() {}
  @Get('b') b() { throw new HttpException('gone', 456); }
}`,
      errors: [
        {
          messageId: 'vendor',
          data: { value: 210, vendors: 'used by @nestjs/common HttpStatus.CONTENT_DIFFERENT for "Content Different"', fallback: '200 (OK)', alternative: ' Send 200 (OK) or 203 (Non-Authoritative Information).' },
          line: 4, column: 20, endLine: 4, endColumn: 23,
        },
        {
          messageId: 'vendor',
          data: { value: 456, vendors: 'used by @nestjs/common HttpStatus.UNRECOVERABLE_ERROR for "Unrecoverable Error"', fallback: '400 (Bad Request)', alternative: ' Send 422 (Unprocessable Content) or 500 (Internal Server Error).' },
          line: 5, column: 51, endLine: 5, endColumn: 54,
        },
      ],
    },
    {
      code: `import type { FastifyReply } from 'fastify';
export function tooMany(reply: FastifyReply) {
  return reply.status(420).send();
}`,
      errors: [
        {
          messageId: 'vendor',
          data: { value: 420, vendors: 'used by Twitter API v1 (retired) for "Enhance Your Calm"; used by WebDAV draft / Spring Framework HttpStatus (deprecated) / http-status-codes for "Method Failure"', fallback: '400 (Bad Request)', alternative: ' For rate limiting, send 429 (Too Many Requests) with Retry-After.' },
          line: 3, column: 23, endLine: 3, endColumn: 26,
        },
      ],
    },
  ],
});

const VENDOR_509 = {
  messageId: 'vendor' as const,
  data: { value: 509, vendors: 'used by Apache/cPanel bandwidth modules (not httpd core) for "Bandwidth Limit Exceeded"', fallback: '500 (Internal Server Error)', alternative: ' Send 429 (Too Many Requests) or 503 (Service Unavailable) with Retry-After.' },
};

jsRuleTester.run('no-nonstandard-status (values through data)', rule, {
  valid: [
    // A table entry the file overwrites, and a helper whose status parameter is reassigned.
    `${expressApp}const Status = { Quota: 509 };
Status.Quota = 429;
app.get('/', (req, res) => res.status(Status.Quota).end());`,
    `${expressApp}function send(res, status) { if (status === 509) status = 429; res.status(status).end(); }
app.get('/', (req, res) => send(res, 509));`,
  ],
  invalid: [
    {
      code: `${expressApp}const Status = { Gone: 410, Quota: 509 };
const { Quota } = Status;
function send(res, status, body) { res.status(status).json(body); }
app.get('/', (req, res) => {
  res.status(Status.Quota).end();
  res.status(Quota).end();
  res.status(req.ok ? 200 : 509).end();
  send(res, 509, { error: 'quota' });
});`,
      errors: [
        { ...VENDOR_509, line: 7, column: 14, endLine: 7, endColumn: 26 },
        { ...VENDOR_509, line: 8, column: 14, endLine: 8, endColumn: 19 },
        { ...VENDOR_509, line: 9, column: 29, endLine: 9, endColumn: 32 },
        { ...VENDOR_509, line: 10, column: 13, endLine: 10, endColumn: 16 },
      ],
    },
  ],
});
