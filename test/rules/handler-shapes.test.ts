import path from 'node:path';

import rule from '../../rules/no-unknown-status.js';
import { createJsRuleTester, createTsRuleTester } from './tester.js';

/**
 * Handlers defined in one module and registered in another: known by their shape in a project
 * whose package.json depends on the framework, never by a name alone.
 */
const jsRuleTester = createJsRuleTester();
const tsRuleTester = createTsRuleTester();

const file = (project: string, name: string) => path.join(import.meta.dirname, 'projects', project, 'src', name);
const KNOWN = ' (logged by some CDNs as "Unparseable Response Headers")';
const EXPRESS = 'Express sends 600–999 with the reason "unknown" and answers anything else with a 500';
const KOA = 'Koa sends 600–999 with the reason "unknown" and fails an assertion (a 500) for anything else';
const HONO = 'the Response that Hono builds throws a RangeError, which Hono answers with a 500';
const FASTIFY = 'Fastify throws FST_ERR_BAD_STATUS_CODE (the client gets a 500)';
const ADONIS = 'AdonisJS hands it to node:http, which sends 600–999 with the reason "unknown" and throws ERR_HTTP_INVALID_STATUS_CODE for anything else';
const NODE = 'node:http sends 600–999 with the reason "unknown" and throws ERR_HTTP_INVALID_STATUS_CODE for anything else; node:http2 throws ERR_HTTP2_STATUS_INVALID';

const expressController = `const list = async (req, res) => {
  res.status(600).json([]);
};
module.exports = { list };`;

jsRuleTester.run('no-unknown-status: handler shapes', rule, {
  valid: [
    // The same controller in a project without Express: a name alone is no evidence.
    { code: expressController, filename: file('no-framework-app', 'controllers/users.js') },
    // A library that adapts to Fastify (a peer) or tests itself with it (a dev dependency) is no application of it.
    { code: `export const remove = async (request, reply) => reply.code(600).send();`, filename: file('fastify-adapter-lib', 'adapter.js') },
    // Turned off by the shared setting.
    { code: expressController, filename: file('express-app', 'controllers/users.js'), settings: { 'http-status': { handlerShapes: false } } },
    // A parameter that is never written to as a response: not a handler.
    { code: `exports.report = (job, result) => { log(result.status === 600); };`, filename: file('express-app', 'jobs.js') },
    // Koa's shape wants the context first: \`res\` is not written to as one.
    { code: expressController, filename: file('koa-app', 'controllers/users.js') },
    // An app imported from another module: in a project without Express, and a handler that only reads the response.
    { code: `import { app } from './server.js';\napp.get('/users', (req, res) => res.status(600).json([]));`, filename: file('no-framework-app', 'routes/users.js') },
    { code: `const app = require('./server').app;\napp.get('/users', (req, res) => log(res.statusCode === 600));`, filename: file('express-app', 'routes/users.js') },
    // An AdonisJS-shaped controller outside an AdonisJS project, and in one, a context never written to.
    { code: `export default class Users { async show({ response }) { response.status(600).send({}); } }`, filename: file('express-app', 'controllers/users.js') },
    { code: `export default class Users { async show(ctx) { log(ctx.response.status === 600); } }`, filename: file('adonis-app', 'app/controllers/users.js') },
    // In a Hono project, a fetch Response read (json() and text() with no argument) is no Hono context.
    { code: `export const load = (res) => res.json().then(() => res.status === 600);`, filename: file('hono-app', 'src/client.js') },
    { code: `export const notFound = (c) => c.text('missing', 600);`, filename: file('koa-app', 'handlers.js') },
    // Two parameters whose second is a Koa context: also the app's error listener, which sends nothing.
    { code: `module.exports = (err, ctx) => { ctx.status = 600; };`, filename: file('koa-app', 'errors.js') },
    // A call of the framework's method with no argument is no write (a fetch Response's json()).
    { code: `module.exports = (url, response) => { response.json(); return response.status === 600; };`, filename: file('express-app', 'client.js') },
  ],
  invalid: [
    {
      code: expressController,
      filename: file('express-app', 'controllers/users.js'),
      errors: [{ messageId: 'outOfRange', data: { value: 600, known: KNOWN, effect: EXPRESS }, line: 2, column: 14, endLine: 2, endColumn: 17 }],
    },
    {
      // exports.x, a class method, an object-literal method, and an error handler of four
      // parameters. A response written to only as Node's (statusCode, writeHead) is taken for Node's.
      code: `exports.login = async function (req, res, next) { res.sendStatus(600); };
class Users { remove(req, res) { res.status(600).end(); } }
module.exports = { Users, handlers: { show(req, res) { res.statusCode = 600; res.end(); } } };
module.exports.onError = (err, req, res, next) => { res.status(600).json({ error: err.message }); };`,
      filename: file('express-app', 'controllers/users.js'),
      errors: [
        { messageId: 'outOfRange', data: { value: 600, known: KNOWN, effect: EXPRESS }, line: 1, column: 66, endLine: 1, endColumn: 69 },
        { messageId: 'outOfRange', data: { value: 600, known: KNOWN, effect: EXPRESS }, line: 2, column: 45, endLine: 2, endColumn: 48 },
        { messageId: 'outOfRange', data: { value: 600, known: KNOWN, effect: NODE }, line: 3, column: 73, endLine: 3, endColumn: 76 },
        { messageId: 'outOfRange', data: { value: 600, known: KNOWN, effect: EXPRESS }, line: 4, column: 64, endLine: 4, endColumn: 67 },
      ],
    },
    {
      // Hono handlers kept in a module of their own and registered elsewhere.
      code: `export const notFound = (c) => c.text('missing', 600);
export async function show(c) {
  c.status(601);
  return c.json({});
}
export const failed = (err, c) => c.text(String(err), 602);`,
      filename: file('hono-app', 'src/handlers/items.js'),
      errors: [
        { messageId: 'outOfRange', data: { value: 600, known: KNOWN, effect: HONO }, line: 1, column: 50, endLine: 1, endColumn: 53 },
        { messageId: 'outOfRange', data: { value: 601, known: '', effect: HONO }, line: 3, column: 12, endLine: 3, endColumn: 15 },
        { messageId: 'outOfRange', data: { value: 602, known: '', effect: HONO }, line: 6, column: 55, endLine: 6, endColumn: 58 },
      ],
    },
    {
      // A router's param middleware in a controller module, (value, ctx, next).
      code: `module.exports = {
  async bySlug(slug, ctx, next) {
    ctx.status = 600;
    await next();
  },
};`,
      filename: file('koa-app', 'controllers/articles.js'),
      errors: [{ messageId: 'outOfRange', data: { value: 600, known: KNOWN, effect: KOA }, line: 3, column: 18, endLine: 3, endColumn: 21 }],
    },
    {
      code: `exports.remove = async (ctx) => {
  ctx.status = 600;
};`,
      filename: file('koa-app', 'controllers/items.js'),
      errors: [{ messageId: 'outOfRange', data: { value: 600, known: KNOWN, effect: KOA }, line: 2, column: 16, endLine: 2, endColumn: 19 }],
    },
    {
      // Apps and routers created in another module: the route's handler is known by its shape.
      code: `import { app } from './server.js';
const api = server.router;
app.get('/users', (req, res) => res.status(600).json([]));
api.use('/admin', (req, res, next) => { res.sendStatus(601); });`,
      filename: file('express-app', 'routes/users.js'),
      errors: [
        { messageId: 'outOfRange', data: { value: 600, known: KNOWN, effect: EXPRESS }, line: 3, column: 44, endLine: 3, endColumn: 47 },
        { messageId: 'outOfRange', data: { value: 601, known: '', effect: EXPRESS }, line: 4, column: 56, endLine: 4, endColumn: 59 },
      ],
    },
    {
      code: `const { router } = require('../app');
router.post('/items', async (ctx) => { ctx.status = 600; });`,
      filename: file('koa-app', 'routes/items.js'),
      errors: [{ messageId: 'outOfRange', data: { value: 600, known: KNOWN, effect: KOA }, line: 2, column: 53, endLine: 2, endColumn: 56 }],
    },
    {
      code: `import { server } from '../server.js';
server.app.delete('/items/:id', async (request, reply) => reply.code(600).send());`,
      filename: file('fastify-app', 'routes/items.js'),
      errors: [{ messageId: 'outOfRange', data: { value: 600, known: KNOWN, effect: FASTIFY }, line: 2, column: 70, endLine: 2, endColumn: 73 }],
    },
    {
      // AdonisJS controllers without annotations: the context destructured, or its response written to.
      code: `export default class UsersController {
  async show({ response, params }) { response.status(600).send({ id: params.id }); }
  async destroy(ctx) { ctx.response.status(700); }
}`,
      filename: file('adonis-app', 'app/controllers/users_controller.js'),
      errors: [
        { messageId: 'outOfRange', data: { value: 600, known: KNOWN, effect: ADONIS }, line: 2, column: 54, endLine: 2, endColumn: 57 },
        { messageId: 'outOfRange', data: { value: 700, known: '', effect: ADONIS }, line: 3, column: 44, endLine: 3, endColumn: 47 },
      ],
    },
    {
      // A plugin module: its instance registers the routes.
      code: `module.exports = async function (fastify, opts) {
  fastify.get('/', async (request, reply) => reply.code(600).send());
};`,
      filename: file('fastify-app', 'routes/root.js'),
      errors: [{ messageId: 'outOfRange', data: { value: 600, known: KNOWN, effect: FASTIFY }, line: 2, column: 57, endLine: 2, endColumn: 60 }],
    },
    {
      // A route handler module, in a project with Express too: reply.code() is Fastify's.
      code: `export const remove = async (request, reply) => reply.code(600).send();`,
      filename: file('express-fastify-app', 'handlers/items.js'),
      errors: [{ messageId: 'outOfRange', data: { value: 600, known: KNOWN, effect: FASTIFY }, line: 1, column: 60, endLine: 1, endColumn: 63 }],
    },
  ],
});

tsRuleTester.run('no-unknown-status: handler shapes (TypeScript)', rule, {
  valid: [],
  invalid: [
    {
      // A plugin annotated with a type of its own: the shape still says what it is.
      code: `import type { FastifyPluginAsync } from 'fastify';
const root: FastifyPluginAsync = async (fastify) => {
  fastify.post('/', async (request, reply) => {
    reply.status(600);
    return {};
  });
};
export default root;`,
      filename: file('fastify-app', 'routes/root.ts'),
      errors: [{ messageId: 'outOfRange', data: { value: 600, known: KNOWN, effect: FASTIFY }, line: 4, column: 18, endLine: 4, endColumn: 21 }],
    },
  ],
});
