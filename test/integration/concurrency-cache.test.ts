import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { threadId } from 'node:worker_threads';

import { ESLint as ESLint10 } from 'eslint';
import { ESLint as ESLint9 } from 'eslint-v9';

/**
 * ESLint's `concurrency` and `cache` options with the built plugin, as a user's project would use
 * them: a temporary project whose eslint.config.js imports the package, holding copies of the
 * integration fixtures, linted by the real ESLint 10 and ESLint 9. Worker threads cannot be
 * handed plugin objects, so the config must come from a file here, unlike in plugin.test.ts.
 * `npm run test:integration` builds first.
 */

const fixtures = fileURLToPath(new URL('../fixtures/integration/', import.meta.url));
const files = readdirSync(fixtures).sort();

const require = createRequire(import.meta.url);
// Resolved through package.json `exports` (a self-reference), as `import 'eslint-plugin-http-status'`
// is in a user's project. The temporary project lies outside this package, so its config imports
// the resolved files by URL.
const entry = require.resolve('eslint-plugin-http-status');
const parserEntry = require.resolve('@typescript-eslint/parser');
const pkg = require('eslint-plugin-http-status/package.json') as { name: string; version: string };
type Plugin = (typeof import('../../src/index.js'))['default'];
const plugin = ((await import(pathToFileURL(entry).href)) as { default: Plugin }).default;

/**
 * The config: `recommended`, the TypeScript parser for .ts, and a probe rule that reports nothing
 * but notes each file it is created for in lints.log, and notes each thread that loads this file
 * in loads.log. The probe tells whether a run linted files or took them from the cache, and
 * which threads did the work.
 */
const CONFIG = `\
import { appendFileSync } from 'node:fs';
import { threadId } from 'node:worker_threads';

import tsParser from ${JSON.stringify(pathToFileURL(parserEntry).href)};
import httpStatus from ${JSON.stringify(pathToFileURL(entry).href)};

appendFileSync(new URL('./loads.log', import.meta.url), threadId + '\\n');

const probe = {
  meta: { name: 'probe', version: '1.0.0' },
  rules: {
    lints: {
      meta: { type: 'problem', schema: [] },
      create(context) {
        appendFileSync(new URL('./lints.log', import.meta.url), threadId + ' ' + context.filename + '\\n');
        return {};
      },
    },
  },
};

export default [
  httpStatus.configs.recommended,
  { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
  { plugins: { probe }, rules: { 'probe/lints': 'error' } },
];
`;

type ESLintClass = typeof ESLint10 | typeof ESLint9;
type LintResult = ESLint10.LintResult;

const versions = [
  { label: 'ESLint 10', ESLint: ESLint10 as ESLintClass, major: '10' },
  { label: 'ESLint 9', ESLint: ESLint9 as ESLintClass, major: '9' },
];

/** What a run found, per file name: everything ESLint reports about each message. */
function summarize(dir: string, results: LintResult[]) {
  return results.map((result) => ({
    file: path.relative(dir, result.filePath),
    errorCount: result.errorCount,
    warningCount: result.warningCount,
    fatalErrorCount: result.fatalErrorCount,
    messages: result.messages,
  }));
}

/** The lines of a log the probe writes, emptied after reading. */
function takeLog(dir: string, name: string): string[] {
  const file = path.join(dir, name);
  if (!existsSync(file)) return [];
  const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  writeFileSync(file, '');
  return lines;
}

describe.each(versions)('$label', ({ ESLint, major }) => {
  let dir: string;
  let serial: ReturnType<typeof summarize>;

  const lint = async (options: ESLint10.Options) => {
    const eslint = new ESLint({ cwd: dir, ...options });
    return summarize(dir, await eslint.lintFiles(files));
  };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'http-status-concurrency-cache-'));
    cpSync(fixtures, dir, { recursive: true });
    writeFileSync(path.join(dir, 'package.json'), '{ "name": "concurrency-cache", "private": true, "type": "module" }\n');
    writeFileSync(path.join(dir, 'eslint.config.js'), CONFIG);
    serial = await lint({ concurrency: 'off' });
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it(`is really ESLint ${major}`, () => {
    expect(ESLint.version.split('.')[0]).toBe(major);
  });

  it('lints the fixtures serially with the config file and finds the deliberate mistakes', () => {
    expect(serial.map((result) => result.file)).toEqual(files);
    expect(serial.every((result) => result.fatalErrorCount === 0)).toBe(true);
    const ruleIds = serial.flatMap((result) => result.messages.map((message) => message.ruleId));
    expect(ruleIds.length).toBeGreaterThan(0);
    expect(ruleIds.every((ruleId) => ruleId?.startsWith('http-status/'))).toBe(true);
    // The probe ran once for every file, in this thread.
    expect(takeLog(dir, 'lints.log').sort()).toEqual(files.map((file) => `${threadId} ${path.join(dir, file)}`).sort());
    takeLog(dir, 'loads.log');
  });

  it('gives exactly the same results with concurrency: 2 as serially', async () => {
    // Four small files are too few for threads to pay off; ESLint says so, and that is expected.
    const emitWarning = process.emitWarning.bind(process);
    const spy = vi.spyOn(process, 'emitWarning').mockImplementation((warning: string | Error, ...rest: unknown[]) => {
      if (rest[0] === 'ESLintPoorConcurrencyWarning') return;
      (emitWarning as (...args: unknown[]) => void)(warning, ...rest);
    });
    let concurrent: ReturnType<typeof summarize>;
    try {
      concurrent = await lint({ concurrency: 2 });
    } finally {
      spy.mockRestore();
    }
    expect(concurrent).toEqual(serial);
    // Two worker threads loaded the config and the plugin, and they, not this thread, linted.
    const workers = new Set(takeLog(dir, 'loads.log').filter((id) => id !== String(threadId)));
    expect(workers.size).toBe(2);
    const linters = takeLog(dir, 'lints.log').map((line) => line.split(' ')[0]);
    expect(linters).toHaveLength(files.length);
    expect(linters.every((id) => workers.has(id!))).toBe(true);
  });

  it('gives the same results from the cache, without linting again', async () => {
    const cacheLocation = path.join(dir, '.cache', 'eslintcache');
    const options = { cache: true, cacheLocation, concurrency: 'off' } as const;

    const first = await lint(options);
    expect(first).toEqual(serial);
    expect(takeLog(dir, 'lints.log')).toHaveLength(files.length);
    expect(existsSync(cacheLocation)).toBe(true);
    const cache = readFileSync(cacheLocation, 'utf8');
    for (const file of files) expect(cache).toContain(path.join(dir, file));

    const second = await lint(options);
    expect(second).toEqual(serial);
    // Every result came from the cache: no rule was created for any file.
    expect(takeLog(dir, 'lints.log')).toEqual([]);
  });

  it('keys the cache by the plugin meta.name and meta.version from package.json', async () => {
    expect(plugin.meta).toMatchObject({ name: pkg.name, version: pkg.version });
    // ESLint hashes the serialized config of each file into its cache key; a plugin appears in
    // it as namespace:name@version, so a new release of the plugin invalidates the cache.
    const eslint = new ESLint({ cwd: dir });
    const config = (await eslint.calculateConfigForFile(path.join(dir, files[0]!))) as object;
    const serialized = JSON.parse(JSON.stringify(config)) as { plugins: string[] };
    expect(serialized.plugins).toContain(`http-status:${pkg.name}@${pkg.version}`);
  });
});
