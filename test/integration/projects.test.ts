import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';

/**
 * Projects laid out as real ones are (a package.json, an app module, route modules, controller
 * and plugin modules registered elsewhere), linted by the real ESLint with `recommended` from the
 * built package: the handlers are found by their shape, in projects that depend on the framework,
 * and sockets are followed into the class fields and collections that keep them. TypeScript files
 * are parsed by @typescript-eslint/parser without type information, as in a project without
 * `parserOptions.project`.
 */
const projects = fileURLToPath(new URL('../fixtures/projects/', import.meta.url));
const entry = createRequire(import.meta.url).resolve('eslint-plugin-http-status');
type Plugin = (typeof import('../../src/index.js'))['default'];
const plugin = ((await import(pathToFileURL(entry).href)) as { default: Plugin }).default;

async function lint(project: string, settings: Record<string, unknown>): Promise<ESLint.LintResult[]> {
  const eslint = new ESLint({
    cwd: `${projects}${project}`,
    overrideConfigFile: true,
    overrideConfig: [
      plugin.configs.recommended,
      { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
      { settings },
    ] as ESLint.Options['overrideConfig'],
  });
  return eslint.lintFiles(['src/**/*.{js,ts}']);
}

/** Each finding as `file:line:column rule`, sorted. */
async function findings(project: string, settings: Record<string, unknown> = {}): Promise<string[]> {
  const results = await lint(project, settings);
  return results
    .flatMap((result) => result.messages.map((message) => `${result.filePath.slice(projects.length + project.length + 1)}:${message.line}:${message.column} ${message.ruleId}`))
    .sort();
}

/** Each finding as `file:line:column-endLine:endColumn rule` with its message, sorted by file and position. */
async function messages(project: string): Promise<Array<{ at: string; message: string }>> {
  const results = await lint(project, {});
  return results
    .sort((a, b) => a.filePath.localeCompare(b.filePath))
    .flatMap((result) =>
      result.messages.map((message) => ({
        at: `${result.filePath.slice(projects.length + project.length + 1)}:${message.line}:${message.column}-${message.endLine}:${message.endColumn} ${message.ruleId}`,
        message: message.message,
      })),
    );
}

describe('handlers registered in another module', () => {
  it('finds the mistakes of an Express project with route and controller modules', async () => {
    expect(await findings('express-controllers')).toEqual([
      'src/controllers/users.js:16:24 http-status/no-body-with-empty-status',
      'src/controllers/users.js:22:32 http-status/require-status-headers',
      'src/middleware/errors.js:3:14 http-status/no-nonstandard-status',
    ]);
  });

  it('finds the mistakes of a Fastify project whose routes @fastify/autoload loads', async () => {
    expect(await findings('fastify-plugins')).toEqual([
      'src/routes/items.js:17:12 http-status/no-body-with-empty-status',
      'src/routes/items.js:7:18 http-status/require-status-headers',
    ]);
  });

  it('finds the mistakes of a Koa project with @koa/router, controller objects and a param middleware', async () => {
    // Silent: the 401 thrown with a WWW-Authenticate header, `ctx.status = 204; ctx.body = ''`,
    // and the 204 a catch sets after a try whose last statement assigns the body.
    expect(await messages('koa-controllers')).toEqual([
      {
        at: 'src/controllers/posts.js:7:28-7:31 http-status/no-nonstandard-status',
        message:
          '440 is not a registered HTTP status: used by Microsoft IIS for "Login Time-out". A client that does not know it treats it as 400 (Bad Request) (RFC 9110 §15). For an expired session, send 401 (Unauthorized) with a WWW-Authenticate challenge.',
      },
      {
        at: 'src/controllers/posts.js:29:14-29:31 http-status/no-body-with-empty-status',
        message:
          'ctx.body sends a body after ctx.status set 204 (No Content) on line 28, a status without content (RFC 9110 §15.3.5): Koa drops it silently.',
      },
      {
        at: 'src/controllers/session.js:7:26-7:29 http-status/require-status-headers',
        message:
          'ctx.throw() makes a 401 (Unauthorized) error response without the WWW-Authenticate header (MUST, RFC 9110 §15.5.2; §11.6.1): no framework adds one. Send a challenge such as `Bearer realm="api"`; a scheme other than Basic does not open the browser\'s login dialog.',
      },
    ]);
  });

  it('finds the mistakes of a Hono project whose handlers live in a module of their own', async () => {
    // Silent: the 200 branch of the ternary, the table's 201, 410 and 423, `c.body(null, 204)`.
    expect(await messages('hono-handlers')).toEqual([
      {
        at: 'src/handlers/health.ts:6:85-6:88 http-status/no-nonstandard-status',
        message:
          '509 is not a registered HTTP status: used by Apache/cPanel bandwidth modules (not httpd core) for "Bandwidth Limit Exceeded". A client that does not know it treats it as 500 (Internal Server Error) (RFC 9110 §15). Send 429 (Too Many Requests) or 503 (Service Unavailable) with Retry-After.',
      },
      {
        at: 'src/handlers/posts.ts:9:35-9:61 http-status/no-body-with-empty-status',
        message:
          'c.json() sends a body with 204 (No Content), a status without content (RFC 9110 §15.3.5): the Response that Hono builds throws a TypeError and the client gets a 500.',
      },
      {
        at: 'src/handlers/posts.ts:24:42-24:54 http-status/no-nonstandard-status',
        message:
          '509 is not a registered HTTP status: used by Apache/cPanel bandwidth modules (not httpd core) for "Bandwidth Limit Exceeded". A client that does not know it treats it as 500 (Internal Server Error) (RFC 9110 §15). Send 429 (Too Many Requests) or 503 (Service Unavailable) with Retry-After.',
      },
    ]);
  });

  it('finds what an Express project does to a response after it was sent, in TypeScript controllers', async () => {
    // Silent: a catch reached only from before the send, a catch guarded by res.headersSent, a
    // send in a timer.
    expect(await messages('express-orders')).toEqual([
      {
        at: 'src/controllers/orders.ts:22:3-22:55 http-status/no-status-after-send',
        message:
          'res.status(201).location(`/orders/${ord…() runs after res.status(400).json() sent the response on line 19: Express throws ERR_HTTP_HEADERS_SENT ("Cannot set headers after they are sent to the client").',
      },
      {
        at: 'src/controllers/orders.ts:38:5-38:25 http-status/no-status-after-send',
        message:
          'res.status(502).json() runs after res.status(201).json() sent the response on line 35: Express throws ERR_HTTP_HEADERS_SENT ("Cannot set headers after they are sent to the client").',
      },
    ]);
  });

  it('finds none of them with handler shapes turned off, but for handlers with a type annotation', async () => {
    const off = { 'http-status': { handlerShapes: false } };
    expect(await findings('express-controllers', off)).toEqual([]);
    expect(await findings('fastify-plugins', off)).toEqual([]);
    expect(await findings('koa-controllers', off)).toEqual([]);
    // `(req: Request, res: Response)` from express: Express handlers by their annotation.
    expect(await findings('express-orders', off)).toEqual([
      'src/controllers/orders.ts:22:3 http-status/no-status-after-send',
      'src/controllers/orders.ts:38:5 http-status/no-status-after-send',
    ]);
    // `(c: Context) => …` is a Hono handler by its annotation; `show = (c) => …` only by its shape.
    expect(await findings('hono-handlers', off)).toEqual([
      'src/handlers/health.ts:6:85 http-status/no-nonstandard-status',
      'src/handlers/posts.ts:24:42 http-status/no-nonstandard-status',
    ]);
  });
});

describe('handlers known by where they are or how they are declared', () => {
  it('finds the mistakes of Next.js Pages Router API routes', async () => {
    // Silent: the 405 after `res.setHeader('Allow', [...])` in the method switch's default case,
    // and `res.redirect(308, url)`.
    expect(await messages('nextjs-pages-api')).toEqual([
      {
        at: 'src/pages/api/health.js:3:47-3:50 http-status/require-status-headers',
        message:
          '405 (Method Not Allowed) requires the Allow header (MUST, RFC 9110 §15.5.6; §10.2.1), but res.status() sends none. List the methods the resource supports, e.g. `GET, HEAD`.',
      },
      {
        at: 'src/pages/api/old-profile.js:3:14-3:17 http-status/valid-redirect-status',
        message:
          '301 (Moved Permanently) is lost: Next.js\'s redirect() with only a URL sends 307 (Temporary Redirect) (RFC 9110 §15.4.8) whatever status res.status() set before it.',
      },
      {
        at: 'src/pages/api/users/[id].js:22:28-22:45 http-status/no-body-with-empty-status',
        message:
          'res.status(204).json() sends a body with 204 (No Content), a status without content (RFC 9110 §15.3.5): Next.js drops it (with a warning in development).',
      },
    ]);
  });

  it('finds the mistakes of a NestJS controller and service, in TypeScript without type information', async () => {
    // Silent: the 404 HttpException, `@HttpCode(204)` on a method that returns nothing, and the
    // UnauthorizedException thrown after WWW-Authenticate is set on the passthrough response.
    expect(await messages('nest-controllers')).toEqual([
      {
        at: 'src/users/users.controller.ts:19:12-19:33 http-status/no-body-with-empty-status',
        message:
          'The returned value sends a body with 204 (No Content), a status without content (RFC 9110 §15.3.5): NestJS sends the status and Express or Fastify drops the body silently.',
      },
      {
        at: 'src/users/users.service.ts:28:79-28:82 http-status/require-status-headers',
        message:
          'new HttpException() makes a 401 (Unauthorized) error response without the WWW-Authenticate header (MUST, RFC 9110 §15.5.2; §11.6.1): no framework adds one. Send a challenge such as `Bearer realm="api"`; a scheme other than Basic does not open the browser\'s login dialog.',
      },
    ]);
  });
});

describe('statuses through same-file helpers and tables', () => {
  it('finds the statuses an Express router passes to its send() helper and reads from its table', async () => {
    // Silent: send() with the table's 404 and 200, and `res.sendStatus(204)`.
    expect(await messages('helpers-and-data')).toEqual([
      {
        at: 'src/routes/orders.js:25:57-25:78 http-status/no-nonstandard-status',
        message:
          '509 is not a registered HTTP status: used by Apache/cPanel bandwidth modules (not httpd core) for "Bandwidth Limit Exceeded". A client that does not know it treats it as 500 (Internal Server Error) (RFC 9110 §15). Send 429 (Too Many Requests) or 503 (Service Unavailable) with Retry-After.',
      },
      {
        at: 'src/routes/orders.js:27:13-27:16 http-status/no-unknown-status',
        message:
          '600 is not an HTTP status code (logged by some CDNs as "Unparseable Response Headers"): RFC 9110 §15 allows only 100–599. Express sends 600–999 with the reason "unknown" and answers anything else with a 500.',
      },
      {
        at: 'src/routes/orders.js:33:13-33:16 http-status/no-body-with-empty-status',
        message:
          'res.status(status).json() in send() sends a body with 204 (No Content), a status without content (RFC 9110 §15.3.5): Express drops it silently, with its Content-Type.',
      },
    ]);
  });
});

describe('sockets held elsewhere', () => {
  it('finds the close codes of a ws project on sockets kept in a module variable, a class field, a Map and the clients of a server', async () => {
    // helpers.js closes a socket it is handed without a type: nothing there shows that it is one.
    expect(await findings('ws-server')).toEqual([
      'src/clients.js:20:26 http-status/valid-websocket-close-code',
      'src/monitor.js:18:17 http-status/valid-websocket-close-code',
      'src/server.js:16:51 http-status/valid-websocket-close-code',
      'src/upstream.js:17:25 http-status/valid-websocket-close-code',
    ]);
  });
});
