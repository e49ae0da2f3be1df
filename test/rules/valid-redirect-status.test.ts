import path from 'node:path';

import rule from '../../rules/valid-redirect-status.js';
import { createJsRuleTester, createTsRuleTester } from './tester.js';

const jsRuleTester = createJsRuleTester();
const tsRuleTester = createTsRuleTester();

/** A file in a project folder whose package.json (or node_modules) says which Fastify it has. */
function inVersions(project: string): string {
  return path.join(import.meta.dirname, 'versions', project, 'server.js');
}

const expressApp = `import express from 'express';
const app = express();
`;
const fastifyApp = `import Fastify from 'fastify';
const fastify = Fastify();
`;

jsRuleTester.run('valid-redirect-status (JavaScript)', rule, {
  valid: [
    `Response.redirect('https://example.com/', 308);`,
    `Response.redirect('https://example.com/');`,
    `${expressApp}app.get('/', (req, res) => res.redirect(301, '/new'));`,
    `${expressApp}app.get('/', (req, res) => res.redirect('/new'));`,
    `import { redirect } from '@sveltejs/kit'; redirect(303, '/login');`,
    `import { Hono } from 'hono'; new Hono().get('/', (c) => c.redirect('/new', 302));`,
    // Values outside 100–599 and strings are no-unknown-status's business.
    `Response.redirect('https://example.com/', 600);`,
    `${expressApp}app.get('/', (req, res) => res.redirect('301', '/new'));`,
    // Not a redirect helper of a known framework.
    `const router = { redirect() {} }; router.redirect('/x', 200);`,
    `import { redirect } from './remix-helpers'; export const loader = () => redirect('/login', 200);`,
    `import { redirect } from '@remix-run/node'; export const loader = () => redirect('/login', { status: 303 });`,
    `function handler(req, res) { res.redirect(404, '/new'); }`,
    // The order depends on the Fastify version: without one, nothing is reported.
    `${fastifyApp}fastify.get('/', (request, reply) => reply.redirect(301, '/new'));`,
    {
      code: `${fastifyApp}fastify.get('/', (request, reply) => reply.redirect('/new', 301));`,
      filename: inVersions('fastify5'),
    },
    {
      code: `${fastifyApp}fastify.get('/', (request, reply) => reply.redirect(301, '/new'));`,
      filename: inVersions('fastify4'),
    },
    // A status the redirect helper sends itself, or passed to it, or a helper that keeps the status set before it.
    `import express from 'express';
const app = express();
app.get('/old', (req, res) => res.status(301).redirect(301, '/new'));`,
    `import express from 'express';
const app = express();
app.get('/old', (req, res) => res.status(302).redirect('/new'));`,
    `import Fastify from 'fastify';
const fastify = Fastify();
fastify.get('/old', (request, reply) => reply.code(301).redirect('/new'));`,
    `import Koa from 'koa';
new Koa().use((ctx) => {
  ctx.status = 301;
  ctx.redirect('/new');
});`,
    `const res = { status() { return this; }, redirect() {} };
res.status(301).redirect('/new');`,
  ],
  invalid: [
    {
      code: `export default {
  fetch() {
    return Response.redirect('https://example.com/', 200);
  },
};`,
      errors: [
        {
          messageId: 'rejected',
          data: { api: 'Response.redirect()', status: '200 (OK)', effect: 'throws a RangeError', accepted: '301, 302, 303, 307 and 308' },
          line: 3, column: 54, endLine: 3, endColumn: 57,
          suggestions: [
            { messageId: 'useStatus', data: { status: '307 (Temporary Redirect)' }, output: `export default {
  fetch() {
    return Response.redirect('https://example.com/', 307);
  },
};` },
            { messageId: 'useStatus', data: { status: '308 (Permanent Redirect)' }, output: `export default {
  fetch() {
    return Response.redirect('https://example.com/', 308);
  },
};` },
          ],
        },
      ],
    },
    {
      code: `import { NextResponse } from 'next/server';
export function GET(request) {
  return NextResponse.redirect(new URL('/login', request.url), { status: 403 });
}`,
      errors: [
        {
          messageId: 'rejected',
          data: { api: 'NextResponse.redirect()', status: '403 (Forbidden)', effect: 'throws a RangeError ("Invalid status code")', accepted: '301, 302, 303, 307 and 308' },
          line: 3, column: 74, endLine: 3, endColumn: 77,
          suggestions: [
            { messageId: 'useStatus', data: { status: '307 (Temporary Redirect)' }, output: `import { NextResponse } from 'next/server';
export function GET(request) {
  return NextResponse.redirect(new URL('/login', request.url), { status: 307 });
}` },
            { messageId: 'useStatus', data: { status: '308 (Permanent Redirect)' }, output: `import { NextResponse } from 'next/server';
export function GET(request) {
  return NextResponse.redirect(new URL('/login', request.url), { status: 308 });
}` },
          ],
        },
      ],
    },
    {
      code: `import express from 'express';
const app = express();
app.get('/old', (req, res) => res.redirect(404, '/new'));`,
      errors: [
        {
          messageId: 'notFollowed',
          data: { api: 'res.redirect()', status: '404 (Not Found)', effect: 'sends it with a Location header' },
          line: 3, column: 44, endLine: 3, endColumn: 47,
          suggestions: [
            { messageId: 'useStatus', data: { status: '307 (Temporary Redirect)' }, output: `import express from 'express';
const app = express();
app.get('/old', (req, res) => res.redirect(307, '/new'));` },
            { messageId: 'useStatus', data: { status: '308 (Permanent Redirect)' }, output: `import express from 'express';
const app = express();
app.get('/old', (req, res) => res.redirect(308, '/new'));` },
          ],
        },
      ],
    },
    {
      code: `import { redirect } from '@sveltejs/kit';
export function load() {
  redirect(200, '/login');
}`,
      errors: [
        {
          messageId: 'rejected',
          data: { api: 'redirect()', status: '200 (OK)', effect: 'throws an Error ("Invalid status code")', accepted: '300–308' },
          line: 3, column: 12, endLine: 3, endColumn: 15,
          suggestions: [
            { messageId: 'useStatus', data: { status: '307 (Temporary Redirect)' }, output: `import { redirect } from '@sveltejs/kit';
export function load() {
  redirect(307, '/login');
}` },
            { messageId: 'useStatus', data: { status: '308 (Permanent Redirect)' }, output: `import { redirect } from '@sveltejs/kit';
export function load() {
  redirect(308, '/login');
}` },
          ],
        },
      ],
    },
    {
      code: `import { redirect } from '@sveltejs/kit';
export function load() {
  redirect(304, '/login');
}`,
      errors: [
        {
          messageId: 'notFollowed',
          data: { api: 'redirect()', status: '304 (Not Modified)', effect: 'sends it with a Location header', accepted: '300–308' },
          line: 3, column: 12, endLine: 3, endColumn: 15,
          suggestions: [
            { messageId: 'useStatus', data: { status: '307 (Temporary Redirect)' }, output: `import { redirect } from '@sveltejs/kit';
export function load() {
  redirect(307, '/login');
}` },
            { messageId: 'useStatus', data: { status: '308 (Permanent Redirect)' }, output: `import { redirect } from '@sveltejs/kit';
export function load() {
  redirect(308, '/login');
}` },
          ],
        },
      ],
    },
    {
      code: `import { Hono } from 'hono';
const app = new Hono();
app.get('/old', (c) => c.redirect('/new', 200));`,
      errors: [
        {
          messageId: 'notFollowed',
          data: { api: 'c.redirect()', status: '200 (OK)', effect: 'sends it with a Location header' },
          line: 3, column: 43, endLine: 3, endColumn: 46,
          suggestions: [
            { messageId: 'useStatus', data: { status: '307 (Temporary Redirect)' }, output: `import { Hono } from 'hono';
const app = new Hono();
app.get('/old', (c) => c.redirect('/new', 307));` },
            { messageId: 'useStatus', data: { status: '308 (Permanent Redirect)' }, output: `import { Hono } from 'hono';
const app = new Hono();
app.get('/old', (c) => c.redirect('/new', 308));` },
          ],
        },
      ],
    },
    {
      code: `import { defineEventHandler, sendRedirect } from 'h3';
export default defineEventHandler((event) => sendRedirect(event, '/new', 200));`,
      errors: [
        {
          messageId: 'notFollowed',
          data: { api: 'sendRedirect()', status: '200 (OK)', effect: 'sends it with a Location header and a meta-refresh page' },
          line: 2, column: 74, endLine: 2, endColumn: 77,
          suggestions: [
            { messageId: 'useStatus', data: { status: '307 (Temporary Redirect)' }, output: `import { defineEventHandler, sendRedirect } from 'h3';
export default defineEventHandler((event) => sendRedirect(event, '/new', 307));` },
            { messageId: 'useStatus', data: { status: '308 (Permanent Redirect)' }, output: `import { defineEventHandler, sendRedirect } from 'h3';
export default defineEventHandler((event) => sendRedirect(event, '/new', 308));` },
          ],
        },
      ],
    },
    {
      code: `import express from 'express';
const app = express();
app.get('/old', (req, res) => res.redirect('/new', 301));`,
      output: `import express from 'express';
const app = express();
app.get('/old', (req, res) => res.redirect(301, '/new'));`,
      errors: [
        {
          messageId: 'swapped',
          data: { api: 'res.redirect()', effect: 'Express 5 throws a TypeError for the URL as a status (the client gets a 500); Express 4 accepts it with a deprecation warning', first: 'status' },
          line: 3, column: 31, endLine: 3, endColumn: 56,
        },
      ],
    },
    {
      // The comments go with the arguments they label.
      code: `import express from 'express';
const app = express();
app.get('/old', (req, res) => res.redirect(/* url */ '/new', 301 /* status */));`,
      output: `import express from 'express';
const app = express();
app.get('/old', (req, res) => res.redirect(301 /* status */, /* url */ '/new'));`,
      errors: [
        {
          messageId: 'swapped',
          data: { api: 'res.redirect()', effect: 'Express 5 throws a TypeError for the URL as a status (the client gets a 500); Express 4 accepts it with a deprecation warning', first: 'status' },
          line: 3, column: 31, endLine: 3, endColumn: 79,
        },
      ],
    },
    {
      code: `import Fastify from 'fastify';
const fastify = Fastify();
fastify.get('/old', (request, reply) => reply.redirect(301, '/new'));`,
      filename: inVersions('fastify5'),
      output: `import Fastify from 'fastify';
const fastify = Fastify();
fastify.get('/old', (request, reply) => reply.redirect('/new', 301));`,
      errors: [
        {
          messageId: 'swapped',
          data: { api: 'reply.redirect()', effect: 'Fastify 5 takes the URL first: it sets Location to the status and throws FST_ERR_BAD_STATUS_CODE for the URL (the client gets a 500)', first: 'URL' },
          line: 3, column: 41, endLine: 3, endColumn: 68,
        },
      ],
    },
    {
      code: `import Fastify from 'fastify';
const fastify = Fastify();
fastify.get('/old', (request, reply) => reply.redirect(301, '/new'));`,
      filename: inVersions('installed'),
      output: `import Fastify from 'fastify';
const fastify = Fastify();
fastify.get('/old', (request, reply) => reply.redirect('/new', 301));`,
      errors: [
        {
          messageId: 'swapped',
          data: { api: 'reply.redirect()', effect: 'Fastify 5 takes the URL first: it sets Location to the status and throws FST_ERR_BAD_STATUS_CODE for the URL (the client gets a 500)', first: 'URL' },
          line: 3, column: 41, endLine: 3, endColumn: 68,
        },
      ],
    },
    {
      code: `import Fastify from 'fastify';
const fastify = Fastify();
fastify.get('/old', (request, reply) => reply.redirect('/new', 301));`,
      filename: inVersions('fastify4'),
      output: `import Fastify from 'fastify';
const fastify = Fastify();
fastify.get('/old', (request, reply) => reply.redirect(301, '/new'));`,
      errors: [
        {
          messageId: 'swappedForVersion',
          data: { api: 'reply.redirect()', framework: 'Fastify', major: 4, first: 'status' },
          line: 3, column: 41, endLine: 3, endColumn: 68,
        },
      ],
    },
    {
      code: `import { redirect } from '@remix-run/cloudflare';
export const loader = () => redirect('/login', { status: 200, headers: { 'Set-Cookie': 'a=b' } });`,
      errors: [
        {
          messageId: 'notFollowed',
          data: { api: 'redirect()', status: '200 (OK)', effect: 'returns a plain response, which the router does not treat as a redirect' },
          line: 2, column: 58, endLine: 2, endColumn: 61,
          suggestions: [
            { messageId: 'useStatus', data: { status: '307 (Temporary Redirect)' }, output: `import { redirect } from '@remix-run/cloudflare';
export const loader = () => redirect('/login', { status: 307, headers: { 'Set-Cookie': 'a=b' } });` },
            { messageId: 'useStatus', data: { status: '308 (Permanent Redirect)' }, output: `import { redirect } from '@remix-run/cloudflare';
export const loader = () => redirect('/login', { status: 308, headers: { 'Set-Cookie': 'a=b' } });` },
          ],
        },
      ],
    },
    {
      code: `import { redirect } from 'react-router';
export async function action() {
  return redirect('/done', 201);
}`,
      errors: [
        {
          messageId: 'notFollowed',
          data: { api: 'redirect()', status: '201 (Created)', effect: 'returns a plain response, which the router does not treat as a redirect' },
          line: 3, column: 28, endLine: 3, endColumn: 31,
          suggestions: [
            { messageId: 'useStatus', data: { status: '307 (Temporary Redirect)' }, output: `import { redirect } from 'react-router';
export async function action() {
  return redirect('/done', 307);
}` },
            { messageId: 'useStatus', data: { status: '308 (Permanent Redirect)' }, output: `import { redirect } from 'react-router';
export async function action() {
  return redirect('/done', 308);
}` },
          ],
        },
      ],
    },
    {
      code: `import express from 'express';
const app = express();
app.get('/old', (req, res) => {
  res.status(301).redirect('/new');
});`,
      errors: [
        {
          messageId: 'statusReplaced',
          data: { status: '301 (Moved Permanently)', framework: 'Express', helper: 'redirect()', sent: '302 (Found)', reference: 'RFC 9110 §15.4.3', api: 'res.status()' },
          line: 4, column: 14, endLine: 4, endColumn: 17,
          suggestions: [
            { messageId: 'passStatus', data: { status: '301 (Moved Permanently)', helper: 'redirect()' }, output: `import express from 'express';
const app = express();
app.get('/old', (req, res) => {
  res.redirect(301, '/new');
});` },
          ],
        },
      ],
    },
    {
      code: `import express from 'express';
const app = express();
app.get('/old', (req, res) => res.status(301).redirect(/* permanent */ '/new'));`,
      errors: [
        {
          messageId: 'statusReplaced',
          data: { status: '301 (Moved Permanently)', framework: 'Express', helper: 'redirect()', sent: '302 (Found)', reference: 'RFC 9110 §15.4.3', api: 'res.status()' },
          line: 3, column: 42, endLine: 3, endColumn: 45,
        },
      ],
    },
    {
      code: `import express from 'express';
const app = express();
app.get('/old', (req, res) => res.set('X-Moved', '1').status(308).redirect(req.query.to));`,
      errors: [
        {
          messageId: 'statusReplaced',
          data: { status: '308 (Permanent Redirect)', framework: 'Express', helper: 'redirect()', sent: '302 (Found)', reference: 'RFC 9110 §15.4.3', api: 'res.set(\'X-Moved\', \'1\').status()' },
          line: 3, column: 62, endLine: 3, endColumn: 65,
          suggestions: [
            { messageId: 'passStatus', data: { status: '308 (Permanent Redirect)', helper: 'redirect()' }, output: `import express from 'express';
const app = express();
app.get('/old', (req, res) => res.set('X-Moved', '1').redirect(308, req.query.to));` },
          ],
        },
      ],
    },
  ],
});

tsRuleTester.run('valid-redirect-status (TypeScript)', rule, {
  valid: [
    { code: `import type { APIRoute } from 'astro'; export const GET: APIRoute = ({ redirect }) => redirect('/login', 307);`, filename: 'src/pages/account.ts' },
    // The same endpoint outside src/pages/ is no Astro endpoint.
    { code: `export const GET = ({ redirect }) => redirect('/login', 200);`, filename: 'src/handlers/account.ts' },
    `import type { HttpContext } from '@adonisjs/core/http';
export const moved = ({ response }: HttpContext) => { response.redirect().status(301).toPath('/new'); response.redirect('/new', false, 307); response.redirect('/new'); };`,
    `import { NextResponse } from 'next/server'; export const GET = () => NextResponse.redirect(new URL('https://a/'), { status: 307 });`,
  ],
  invalid: [
    {
      // Astro's redirect() takes any status: its type allows 300–308, but a client follows Location on 301, 302, 303, 307 and 308 only.
      code: `import type { APIRoute } from 'astro';
export const GET: APIRoute = async ({ redirect, cookies }) => {
  if (!cookies.has('session')) return redirect('/login', 304);
  return new Response('ok');
};`,
      filename: 'src/pages/account.ts',
      errors: [
        {
          messageId: 'notFollowed',
          data: { api: 'redirect()', status: '304 (Not Modified)', effect: 'sends it with a Location header' },
          line: 3, column: 58, endLine: 3, endColumn: 61,
          suggestions: [
            { messageId: 'useStatus', data: { status: '307 (Temporary Redirect)' }, output: `import type { APIRoute } from 'astro';
export const GET: APIRoute = async ({ redirect, cookies }) => {
  if (!cookies.has('session')) return redirect('/login', 307);
  return new Response('ok');
};` },
            { messageId: 'useStatus', data: { status: '308 (Permanent Redirect)' }, output: `import type { APIRoute } from 'astro';
export const GET: APIRoute = async ({ redirect, cookies }) => {
  if (!cookies.has('session')) return redirect('/login', 308);
  return new Response('ok');
};` },
          ],
        },
      ],
    },
    {
      // AdonisJS's redirect builder takes any status and sends it with the Location.
      code: `import type { HttpContext } from '@adonisjs/core/http';
export const moved = ({ response }: HttpContext) => {
  response.redirect().status(200).toPath('/new');
};`,
      errors: [
        {
          messageId: 'notFollowed',
          data: { api: 'response.redirect().status()', status: '200 (OK)', effect: 'sends it with a Location header' },
          line: 3, column: 30, endLine: 3, endColumn: 33,
          suggestions: [
            { messageId: 'useStatus', data: { status: '307 (Temporary Redirect)' }, output: `import type { HttpContext } from '@adonisjs/core/http';
export const moved = ({ response }: HttpContext) => {
  response.redirect().status(307).toPath('/new');
};` },
            { messageId: 'useStatus', data: { status: '308 (Permanent Redirect)' }, output: `import type { HttpContext } from '@adonisjs/core/http';
export const moved = ({ response }: HttpContext) => {
  response.redirect().status(308).toPath('/new');
};` },
          ],
        },
      ],
    },
    {
      code: `import { Controller, Get, Redirect } from '@nestjs/common';
@Controller()
export class C {
  @Get() @Redirect('https://nestjs.com', 200) go() {}
}`,
      errors: [
        {
          messageId: 'notFollowed',
          data: { api: 'Redirect()', status: '200 (OK)', effect: 'sends it with a Location header' },
          line: 4, column: 42, endLine: 4, endColumn: 45,
          suggestions: [
            { messageId: 'useStatus', data: { status: '307 (Temporary Redirect)' }, output: `import { Controller, Get, Redirect } from '@nestjs/common';
@Controller()
export class C {
  @Get() @Redirect('https://nestjs.com', 307) go() {}
}` },
            { messageId: 'useStatus', data: { status: '308 (Permanent Redirect)' }, output: `import { Controller, Get, Redirect } from '@nestjs/common';
@Controller()
export class C {
  @Get() @Redirect('https://nestjs.com', 308) go() {}
}` },
          ],
        },
      ],
    },
    {
      code: `import type { NextApiRequest, NextApiResponse } from 'next';
export default function handler(req: NextApiRequest, res: NextApiResponse) {
  res.status(308).redirect('/new');
}`,
      errors: [
        {
          messageId: 'statusReplaced',
          data: { status: '308 (Permanent Redirect)', framework: 'Next.js', helper: 'redirect()', sent: '307 (Temporary Redirect)', reference: 'RFC 9110 §15.4.8', api: 'res.status()' },
          line: 3, column: 14, endLine: 3, endColumn: 17,
          suggestions: [
            { messageId: 'passStatus', data: { status: '308 (Permanent Redirect)', helper: 'redirect()' }, output: `import type { NextApiRequest, NextApiResponse } from 'next';
export default function handler(req: NextApiRequest, res: NextApiResponse) {
  res.redirect(308, '/new');
}` },
          ],
        },
      ],
    },
  ],
});

const expressRedirect = `import express from 'express';
const app = express();
`;

jsRuleTester.run('valid-redirect-status (values through data)', rule, {
  valid: [
    // Each branch a redirect status; a choice of URLs is no swapped status.
    `${expressRedirect}const Moves = { temporary: 307 };
function go(res, status, url) { res.redirect(status, url); }
app.get('/', (req, res) => {
  res.redirect(req.old ? 301 : Moves.temporary, '/new');
  res.redirect(req.a ? '/a' : '/b');
  go(res, 308, '/new');
});`,
    // A helper takes its arguments in its own order: the call's are not the redirect's.
    `${expressRedirect}function go(res, url, status) { res.redirect(status, url); }
app.get('/', (req, res) => go(res, 301, '/new'));`,
  ],
  invalid: [
    {
      code: `${expressRedirect}function go(res, status, url) { res.redirect(status, url); }
app.get('/', (req, res) => go(res, 200, '/new'));`,
      errors: [
        {
          messageId: 'notFollowed',
          data: { api: 'res.redirect() in go()', status: '200 (OK)', effect: 'sends it with a Location header' },
          line: 4, column: 36, endLine: 4, endColumn: 39,
          suggestions: [
            { messageId: 'useStatus', data: { status: '307 (Temporary Redirect)' }, output: `${expressRedirect}function go(res, status, url) { res.redirect(status, url); }
app.get('/', (req, res) => go(res, 307, '/new'));` },
            { messageId: 'useStatus', data: { status: '308 (Permanent Redirect)' }, output: `${expressRedirect}function go(res, status, url) { res.redirect(status, url); }
app.get('/', (req, res) => go(res, 308, '/new'));` },
          ],
        },
      ],
    },
    {
      code: `${expressRedirect}app.get('/', (req, res) => res.redirect(req.old ? 301 : 404, '/new'));`,
      errors: [
        {
          messageId: 'notFollowed',
          data: { api: 'res.redirect()', status: '404 (Not Found)', effect: 'sends it with a Location header' },
          line: 3, column: 57, endLine: 3, endColumn: 60,
          suggestions: [
            { messageId: 'useStatus', data: { status: '307 (Temporary Redirect)' }, output: `${expressRedirect}app.get('/', (req, res) => res.redirect(req.old ? 301 : 307, '/new'));` },
            { messageId: 'useStatus', data: { status: '308 (Permanent Redirect)' }, output: `${expressRedirect}app.get('/', (req, res) => res.redirect(req.old ? 301 : 308, '/new'));` },
          ],
        },
      ],
    },
  ],
});
