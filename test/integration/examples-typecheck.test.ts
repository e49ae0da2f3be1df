import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';

/**
 * Issue #5's last condition: after `eslint --fix` with prefer-status-constant, the example app
 * still passes its own typecheck. A temporary copy of examples/ gets its dependencies installed
 * (from examples/package-lock.json; never into this repository) and is typechecked with
 * examples/tsconfig.json by this repository's TypeScript, once as written and once fixed. The
 * TypeScript files are checked; the JavaScript ones are left to the parse check in
 * fix-examples.test.ts (examples/README.md says why).
 */

const examples = fileURLToPath(new URL('../../examples/', import.meta.url));
const { resolve } = createRequire(import.meta.url);
const tsc = path.join(path.dirname(resolve('typescript/package.json')), 'bin', 'tsc');
type Plugin = (typeof import('../../src/index.js'))['default'];
const plugin = ((await import(pathToFileURL(resolve('eslint-plugin-http-status')).href)) as { default: Plugin }).default;

/** tsc's diagnostics for the copy, one per line; empty when it typechecks. */
function typecheck(cwd: string): string {
  const run = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.json', '--pretty', 'false'], { cwd, encoding: 'utf8' });
  const output = `${run.stdout}${run.stderr}`.trim();
  return run.status === 0 && output === '' ? '' : output || `tsc exited with ${run.status ?? run.signal}`;
}

describe('examples/ typecheck before and after prefer-status-constant --fix', () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'http-status-typecheck-'));
    cpSync(examples, dir, { recursive: true });
    // `npm install` rather than `npm ci`: the lock file lacks next's optional @next/swc-* builds
    // for platforms the registry it was made with did not serve, which `npm ci` refuses. The
    // versions in it are used all the same. No install scripts and no optional packages (sharp,
    // @next/swc-*): the typecheck needs neither. About 10 s and 250 MB (most of it next).
    execFileSync('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--omit=optional', '--loglevel=error'], {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }, 300_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('typechecks as written', () => {
    expect(typecheck(dir)).toBe('');
  });

  it('typechecks after the fix, which rewrote every TypeScript file with a status literal', async () => {
    const eslint = new ESLint({
      cwd: dir,
      fix: true,
      overrideConfigFile: true,
      overrideConfig: [
        { plugins: { 'http-status': plugin }, rules: { 'http-status/prefer-status-constant': 'error' } },
        { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
      ] as ESLint.Options['overrideConfig'],
    });
    const results = await eslint.lintFiles(['**/*.ts']);
    await ESLint.outputFixes(results);
    const fixed = results.filter((result) => result.output !== undefined).map((result) => path.relative(dir, result.filePath));
    expect(fixed.sort()).toEqual(['fastify-server/server.ts', 'hono-worker/index.ts', 'next-app/app/api/items/route.ts']);
    for (const file of fixed) {
      expect(readFileSync(path.join(dir, file), 'utf8'), file).toMatch(/import \{ StatusCodes \} from 'http-status-codes';/);
    }

    expect(typecheck(dir)).toBe('');
  });
});
