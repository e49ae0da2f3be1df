import type { InvalidTestCase } from '@typescript-eslint/rule-tester';

import { createJsRuleTester, createTsRuleTester } from '../rules/tester.js';

const jsRuleTester = createJsRuleTester();
const tsRuleTester = createTsRuleTester();
import { siteReporter } from './site-reporter.js';

/**
 * What the shared analysis recognises, framework by framework and import form by import form.
 * Each case lists every site in the code, as `framework role value`.
 */
type Case = InvalidTestCase<'site', []>;

function sites(code: string, found: string[], filename?: string): Case {
  return {
    code,
    ...(filename && { filename }),
    errors: found.map((message) => {
      const [value, role, ...framework] = message.split(' ').reverse();
      return { messageId: 'site', data: { framework: framework.reverse().join(' '), role, value } };
    }),
  };
}

jsRuleTester.run('status sites (JavaScript)', siteReporter, {
  valid: [
    // Names alone prove nothing.
    `function handler(req, res) { res.status(600); res.statusCode = 600; }`,
    `const logger = { status() {} }; logger.status(600);`,
    `const res = { status: 1 }; if (res.status === 600) {}`,
    `class Response {} new Response(null, { status: 600 });`,
    `function f(Response) { return new Response(null, { status: 600 }); }`,
    `import express from 'not-express'; const app = express(); app.get('/', (req, res) => res.status(600));`,
    // Comparisons with values not known statically, which no rule could report.
    `const res = await fetch('/x'); if (res.status === expected) {} switch (res.status) { case 'ok': break; }`,
    // A sink that needs an argument, called without one.
    `import { WebSocket } from 'ws'; const ws = new WebSocket('ws://x'); ws.close();`,
    // \`items.map(fn)\` registers no handler, whatever the callback's parameters are called.
    `import express from 'express'; const app = express(); const routes = []; routes.map((req, res) => res.status(600));`,
    // A reassigned variable may hold anything.
    `import express from 'express'; let app = express(); app = other; app.get('/', (req, res) => res.status(600));`,
    // \`app.param\` callbacks are not route handlers.
    `import express from 'express'; const app = express(); app.param('id', (req, res, next, id) => res.status(600));`,
    `import Koa from 'koa'; const app = new Koa(); app.on('error', (err, ctx) => { ctx.status = 600; });`,
    // The same decorations without @fastify/sensible in the file or the project: no such methods.
    `import Fastify from 'fastify'; const app = Fastify(); app.get('/', async (request, reply) => { reply.unauthorized('x'); reply.getHttpError(600); throw app.httpErrors.createError(449, 'x'); });`,
    // A field or a collection that the file also fills with something else holds no known kind.
    `import express from 'express'; class Server { constructor() { this.app = express(); } reset() { this.app = plugins.app; } routes() { this.app.get('/', (req, res) => res.status(600)); } }`,
    `import express from 'express'; const app = express(); const waiting = new Set(); app.get('/poll', (req, res) => { waiting.add(res); }); waiting.add(logger); for (const res of waiting) res.status(600);`,
  ],
  invalid: [
    // Express: every import form, chains, error handlers, separate and wrapped handlers.
    sites(`import express from 'express'; const app = express(); app.get('/', (req, res) => res.status(600).json({}));`, ['Express status 600']),
    sites(`const express = require('express'); const app = express(); app.post('/', function (req, res) { res.sendStatus(204); });`, ['Express status 204']),
    sites(`const { Router } = require('express'); const r = Router(); r.get('/', (req, res) => { res.statusCode = 201; });`, ['Express status 201']),
    sites(`import { Router } from 'express'; const r = Router(); r.route('/x').get((req, res) => res.redirect(301, '/y'));`, ['Express redirect 301']),
    sites(`import * as express from 'express'; const r = express.Router(); r.use((err, req, res, next) => res.status(500).end());`, ['Express status 500']),
    sites(`import express from 'express'; const app = express(); function h(req, res) { res.status(404).end(); } app.get('/', h);`, ['Express status 404']),
    sites(`import express from 'express'; const app = express(); const h = async (req, res) => { res.writeHead(404); }; app.get('/', h);`, ['Express status 404']),
    sites(`import express from 'express'; const app = express(); app.get('/', asyncHandler(async (req, res) => { res.status(404).end(); }));`, ['Express status 404']),
    sites(`import express from 'express'; const app = express(); app.get('/', (req, res) => { res?.status(418); res['status'](419); });`, ['Express status 418', 'Express status 419']),
    sites(`import express from 'express'; const app = express(); app.get('/', ({ query }, res) => res.status(res.statusCode === 304 ? 304 : 200).end());`, ['Express compare 304', 'Express status 304', 'Express status 200']),
    // A choice with one branch not known; a helper's parameter (a site without a value in the helper, one with it at each call).
    sites(`import express from 'express'; const app = express(); app.get('/', (req, res) => res.status(req.code ?? 500).end());`, ['Express status 500']),
    sites(`import express from 'express'; const app = express(); function send(res, s) { res.status(s).end(); } app.get('/', (req, res) => send(res, 404));`, ['Express status ?', 'Express status 404']),
    // node:http and http2.
    sites(`import http from 'node:http'; http.createServer((req, res) => { res.writeHead(200); res.statusCode = 404; });`, ['node:http status 200', 'node:http status 404']),
    sites(`const { createServer } = require('http'); createServer().on('request', (req, res) => res.writeHead(503));`, ['node:http status 503']),
    sites(`import https from 'https'; https.get('https://x', (res) => { switch (res.statusCode) { case 200: break; case 600: break; } });`, ['node:http compare 200', 'node:http compare 600']),
    sites(`import http2 from 'node:http2'; http2.createServer().on('stream', (stream) => stream.respond({ ':status': 204 }));`, ['node:http status 204']),
    // Koa and its routers.
    sites(`import Koa from 'koa'; const app = new Koa(); app.use(async (ctx, next) => { ctx.status = 449; ctx.response.status = 450; ctx.throw(401, 'no'); ctx.assert(ok, 403); });`, ['Koa status 449', 'Koa status 450', 'Koa error 401', 'Koa error 403']),
    sites(`import Router from '@koa/router'; const router = new Router(); router.get('/', (ctx) => { if (ctx.status === 404) ctx.status = 410; });`, ['Koa compare 404', 'Koa status 410']),
    sites(`const Router = require('koa-router'); const router = new Router(); router.param('slug', async (slug, ctx, next) => { ctx.assert(slug, 404); await next(); });`, ['Koa error 404']),
    // Fastify, including plugins.
    sites(`import Fastify from 'fastify'; const fastify = Fastify(); fastify.get('/', async (request, reply) => reply.code(499).send());`, ['Fastify status 499']),
    sites(`const fastify = require('fastify')(); fastify.register(async (instance) => { instance.post('/', (req, reply) => { reply.status(201); reply.redirect('/x', 303); }); });`, ['Fastify status 201', 'Fastify redirect 303']),
    sites(`import { fastify } from 'fastify'; const app = fastify(); app.route({ method: 'GET', url: '/', handler: (req, reply) => { reply.statusCode = 202; } });`, ['Fastify status 202']),
    // @fastify/sensible's decorations, where the file registers the plugin.
    sites(`import Fastify from 'fastify'; import sensible from '@fastify/sensible'; const app = Fastify(); app.register(sensible);
app.get('/', async (request, reply) => { reply.unauthorized('x'); reply.getHttpError(600); throw app.httpErrors.createError(449, 'x'); });
app.get('/b', async () => { app.assert(false, 418); throw app.httpErrors.notFound(); });`, ['Fastify status 401', 'Fastify status 600', 'Fastify error 449', 'Fastify error 418', 'Fastify error 404']),
    // hapi and Boom.
    sites(`import Hapi from '@hapi/hapi'; const server = Hapi.server(); server.route({ method: 'GET', path: '/', handler: (request, h) => h.response('x').code(201) });`, ['hapi status 201']),
    sites(`const Hapi = require('@hapi/hapi'); const server = new Hapi.Server(); server.route([{ options: { handler(request, h) { return h.response().header('a', 'b').code(509); } } }]);`, ['hapi status 509']),
    sites(`import Boom from '@hapi/boom'; throw new Boom.Boom('x', { statusCode: 600 });`, ['hapi error 600']),
    sites(`import * as nest from '@nestjs/common'; throw new nest.HttpException('x', 600);`, ['NestJS error 600']),
    sites(`import * as Boom from '@hapi/boom'; Boom.boomify(new Error(), { statusCode: 449 }); Boom.internal('x', null, 509);`, ['hapi error 449', 'hapi error 509']),
    // http-errors.
    sites(`import createError from 'http-errors'; throw createError(449, 'x');`, ['http-errors error 449']),
    sites(`const createHttpError = require('http-errors'); next(createHttpError('404'));`, [`http-errors error '404'`]),
    // Fetch.
    sites(`new Response(null, { status: 204 }); Response.json({}, { status: 299 }); Response.redirect('https://x/', 200);`, ['Fetch status 204', 'Fetch status 299', 'Fetch redirect 200']),
    sites(`const init = { status: 509, headers: {} }; export default { fetch() { return new Response('x', init); } };`, ['Fetch status 509']),
    sites(`const res = await fetch('/x'); if (res.status === 509 || res.status !== 600) {}`, ['Fetch compare 509', 'Fetch compare 600']),
    sites(`fetch('/x').then((r) => r.status === 404);`, ['Fetch compare 404']),
    sites(`const { status } = await fetch('/x'); if (status === 599) {}`, ['Fetch compare 599']),
    // h3, with Nitro's auto-imports only in server/ files.
    sites(`import { defineEventHandler, setResponseStatus, createError } from 'h3'; export default defineEventHandler((event) => { setResponseStatus(event, 449); event.res.status = 450; throw createError({ statusCode: 451 }); });`, ['h3 status 449', 'h3 status 450', 'h3 error 451']),
    sites(`export default defineEventHandler((event) => { setResponseStatus(event, 600); });`, ['h3 status 600'], 'server/api/items.js'),
    // SvelteKit, React Router, Elysia.
    sites(`import { error, redirect, json } from '@sveltejs/kit'; error(600); redirect(200, '/x'); json({}, { status: 204 });`, ['SvelteKit error 600', 'SvelteKit redirect 200', 'SvelteKit status 204']),
    sites(`import { data, redirect } from 'react-router'; data({}, 204); redirect('/x', { status: 200 });`, ['React Router / Remix status 204', 'React Router / Remix redirect 200']),
    // Remix 2's helpers, from each of its runtime packages.
    sites(`import { json, redirect } from '@remix-run/deno'; json({}, 204); json({}, { status: 449 }); redirect('/x', 200);`, ['React Router / Remix status 204', 'React Router / Remix status 449', 'React Router / Remix redirect 200']),
    sites(`const { json } = require('@remix-run/server-runtime'); const remix = require('@remix-run/node'); json(null, 205); remix.redirect('/x', { status: 201 });`, ['React Router / Remix status 205', 'React Router / Remix redirect 201']),
    sites(`import { Elysia } from 'elysia'; new Elysia().get('/', ({ set, status }) => { set.status = 418; return status(449); });`, ['Elysia status 418', 'Elysia status 449']),
    // supertest and test matchers.
    sites(`import request from 'supertest'; await request(app).get('/').expect(600); await request(app).post('/').expect([200, 201]);`, ['supertest compare 600', 'supertest compare 200', 'supertest compare 201']),
    sites(`const request = require('supertest'); const res = await request(app).get('/'); expect(res.status).toBe(449);`, ['supertest compare 449']),
    // axios.
    sites(`import axios from 'axios'; const r = await axios.get('/x'); if (r.status === 509) {}`, ['axios compare 509']),
    // Objects kept beyond the function that has them: class fields and collections, for any framework.
    sites(`import express from 'express'; class Server { constructor() { this.app = express(); } routes() { this.app.get('/', (req, res) => res.status(600)); } }`, ['Express status 600']),
    sites(`import express from 'express'; const app = express(); const waiting = new Set(); app.get('/poll', (req, res) => { waiting.add(res); }); export function flush() { for (const res of waiting) res.status(204).end(); }`, ['Express status 204']),
    sites(`import http from 'node:http'; const pending = []; http.createServer((req, res) => pending.push(res)); pending.forEach((res) => { res.statusCode = 503; });`, ['node:http status 503']),
    sites(`import express from 'express'; let app = null; export function start() { app = express(); } export function routes() { app.get('/', (req, res) => res.status(600)); }`, ['Express status 600']),
  ],
});

jsRuleTester.run('status sites, auto-imports outside the Nitro server folder (JavaScript)', siteReporter, {
  valid: [
    {
      code: `export default defineEventHandler((event) => { setResponseStatus(event, 600); });`,
      filename: 'app/utils/items.js',
    },
  ],
  invalid: [],
});

tsRuleTester.run('status sites (TypeScript)', siteReporter, {
  valid: [
    // A type named Response that is not express's.
    `import type { Response } from './types'; export function h(res: Response) { res.status(600); }`,
    `function f(res: any) { (res as any).status(600); }`,
    // An HttpContext of another package, and a response destructured from an unknown object.
    `import type { HttpContext } from './http'; export const show = ({ response }: HttpContext) => response.status(600);`,
    `export const show = ({ response }: { response: any }) => response.status(600);`,
    // Astro's conventions outside their places: a page module's default export, an endpoint outside src/pages/, the global outside .astro files.
    { code: `export default function GET({ redirect }) { return redirect('/x', 200); }`, filename: 'src/pages/account.ts' },
    { code: `export async function GET({ redirect }) { return redirect('/x', 200); }`, filename: 'src/routes/account.ts' },
    { code: `Astro.response.status = 600; Astro.redirect('/x', 200);`, filename: 'src/pages/index.ts' },
    // A module of another package that only looks like one of @nestjs/common's.
    `import { HttpException } from '@nestjs/core/exceptions/http.exception'; throw new HttpException('x', 600);`,
    `import { HttpException } from './common/exceptions/http.exception'; throw new HttpException('x', 600);`,
  ],
  invalid: [
    sites(`import type { Request, Response } from 'express'; export async function getUser(req: Request, res: Response) { res.status(600).json({}); }`, ['Express status 600']),
    sites(`import * as express from 'express'; export const h = (req: express.Request, res: express.Response) => res.sendStatus(449);`, ['Express status 449']),
    sites(`import type { Context } from 'koa'; export async function mw(ctx: Context) { ctx.status = 600; }`, ['Koa status 600']),
    // AdonisJS: controllers get the HttpContext, destructured or whole; routes on its router.
    sites(`import type { HttpContext } from '@adonisjs/core/http';
export default class UsersController {
  async show({ response }: HttpContext) { response.status(449).send({}); }
  async destroy(ctx: HttpContext) { ctx.response.redirect().status(301).toPath('/'); ctx.response.redirect('/x', false, 200); }
  async store({ response }: HttpContext) { response.abort({ error: 'x' }, 418); return response.unauthorized({ error: 'x' }); }
}`, ['AdonisJS status 449', 'AdonisJS redirect 301', 'AdonisJS redirect 200', 'AdonisJS error 418', 'AdonisJS status 401']),
    sites(`import router from '@adonisjs/core/services/router'; router.get('/', async ({ response }) => response.status(600)); router.post('/x', [UsersController, 'store']);`, ['AdonisJS status 600']),
    // Astro endpoints under src/pages/, the context destructured or whole, and the page global in .astro files.
    sites(`export async function GET({ request, redirect }) { if (!request.headers.get('cookie')) return redirect('/login', 200); return new Response('x', { status: 449 }); }`, ['Astro redirect 200', 'Fetch status 449'], 'src/pages/account.ts'),
    sites(`import type { APIRoute } from 'astro'; export const POST: APIRoute = async (context) => context.redirect('/done', 304);`, ['Astro redirect 304'], 'src/pages/api/items/[id].ts'),
    sites(`import type { APIContext } from 'astro'; export function go(context: APIContext) { return context.redirect('/x', 309); }`, ['Astro redirect 309'], 'src/lib/go.ts'),
    sites(`if (!Astro.locals.user) { Astro.response.status = 600; } return Astro.redirect('/login', 201);`, ['Astro status 600', 'Astro redirect 201'], 'src/pages/index.astro'),
    // Aliases the file declares for a framework's types.
    sites(`import type { Context } from 'koa'; type Ctx = Context; export async function mw(ctx: Ctx) { ctx.status = 600; }`, ['Koa status 600']),
    sites(`import express from 'express'; interface AuthedResponse extends express.Response { locals: { user: string } } export const h = (req: unknown, res: AuthedResponse) => res.sendStatus(449);`, ['Express status 449']),
    sites(`import type { FastifyReply } from 'fastify'; export function h(_: unknown, reply: FastifyReply) { reply.code(600 as const); }`, ['Fastify status 600']),
    sites(`import { Hono } from 'hono'; const app = new Hono(); app.get('/', (c) => c.json({ a: 1 }, 418)); app.post('/', (c) => { c.status(204); return c.body(null, { status: 205 }); });`, ['Hono status 418', 'Hono status 204', 'Hono status 205']),
    sites(`import { HTTPException } from 'hono/http-exception'; throw new HTTPException(401, { message: 'x' });`, ['Hono error 401']),
    sites(`import { NextResponse } from 'next/server'; export async function GET() { return NextResponse.json({}, { status: 204 }); } NextResponse.redirect(new URL('/x', 'https://a'), 308);`, ['Next.js status 204', 'Next.js redirect 308']),
    sites(`export default function handler(req, res) { res.status(600).json({}); }`, ['Next.js status 600'], 'src/pages/api/items.ts'),
    sites(`import type { NextApiResponse } from 'next'; export function h(req: unknown, res: NextApiResponse) { res.redirect(307, '/x'); }`, ['Next.js redirect 307']),
    sites(`import { Controller, Get, HttpCode, Redirect, HttpException, HttpStatus } from '@nestjs/common';
@Controller() export class C {
  @Get() @HttpCode(HttpStatus.NO_CONTENT) a() {}
  @Get('b') @Redirect('/x', 302) b() {}
  @Get('c') c() { throw new HttpException('x', 449); }
}`, ['NestJS status 204', 'NestJS redirect 302', 'NestJS error 449']),
    // NestJS's own modules of @nestjs/common, as the package installs them.
    sites(`import { HttpException } from '@nestjs/common/exceptions/http.exception'; import { NotFoundException } from '@nestjs/common/exceptions/not-found.exception.js';
import { HttpStatus } from '@nestjs/common/enums/http-status.enum'; import { HttpCode } from '@nestjs/common/decorators/http/http-code.decorator';
import { UnauthorizedException, ImATeapotException } from '@nestjs/common/exceptions';
@Controller() export class C {
  @Get() @HttpCode(HttpStatus.NO_CONTENT) a() { throw new HttpException('x', 449); }
  @Get('b') b() { throw new NotFoundException(); }
  @Get('c') c() { throw new UnauthorizedException(); }
  @Get('d') d() { throw new ImATeapotException(); }
}`, ['NestJS status 204', 'NestJS error 449', 'NestJS error 404', 'NestJS error 401', 'NestJS error 418']),
    sites(`import { HttpStatus } from '@nestjs/common/enums'; import { HttpException } from '@nestjs/common/exceptions/index';
throw new HttpException('x', HttpStatus.UNAUTHORIZED);`, ['NestJS error 401']),
    sites(`import { StatusCodes } from 'http-status-codes'; import http2 from 'node:http2'; import httpStatus from 'http-status';
const S = { GONE: 410 } as const; enum E { Teapot = 418 }
const CODE = 599;
new Response(null, { status: StatusCodes.NO_CONTENT }); new Response(null, { status: http2.constants.HTTP_STATUS_NOT_FOUND });
new Response(null, { status: httpStatus.CONFLICT }); new Response(null, { status: S.GONE }); new Response(null, { status: E.Teapot });
new Response(null, { status: CODE satisfies number });`, ['Fetch status 204', 'Fetch status 404', 'Fetch status 409', 'Fetch status 410', 'Fetch status 418', 'Fetch status 599']),
    // http-status-codes' deprecated top-level exports, named, default and namespace forms.
    sites(`import { NOT_FOUND, MOVED_TEMPORARILY } from 'http-status-codes'; import codes from 'http-status-codes'; import * as all from 'http-status-codes';
new Response(null, { status: NOT_FOUND }); new Response(null, { status: MOVED_TEMPORARILY });
new Response(null, { status: codes.GONE }); new Response(null, { status: all.CONFLICT });`, ['Fetch status 404', 'Fetch status 302', 'Fetch status 410', 'Fetch status 409']),
  ],
});
