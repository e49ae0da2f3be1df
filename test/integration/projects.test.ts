import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { ESLint } from 'eslint';

/**
 * Projects laid out as real ones are (a package.json, an app module, route modules, controller
 * and plugin modules registered elsewhere), linted by the real ESLint with `recommended` from the
 * built package: the handlers are found by their shape, in projects that depend on the framework,
 * and sockets are followed into the class fields and collections that keep them.
 */
const projects = fileURLToPath(new URL('../fixtures/projects/', import.meta.url));
const entry = createRequire(import.meta.url).resolve('eslint-plugin-http-status');
type Plugin = (typeof import('../../src/index.js'))['default'];
const plugin = ((await import(pathToFileURL(entry).href)) as { default: Plugin }).default;

async function findings(project: string, settings: Record<string, unknown> = {}): Promise<string[]> {
  const eslint = new ESLint({
    cwd: `${projects}${project}`,
    overrideConfigFile: true,
    overrideConfig: [plugin.configs.recommended, { settings }] as ESLint.Options['overrideConfig'],
  });
  const results = await eslint.lintFiles(['src/**/*.js']);
  return results
    .flatMap((result) => result.messages.map((message) => `${result.filePath.slice(projects.length + project.length + 1)}:${message.line}:${message.column} ${message.ruleId}`))
    .sort();
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

  it('finds none of them with handler shapes turned off', async () => {
    const off = { 'http-status': { handlerShapes: false } };
    expect(await findings('express-controllers', off)).toEqual([]);
    expect(await findings('fastify-plugins', off)).toEqual([]);
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
