import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import tsParser from '@typescript-eslint/parser';
import { ESLint as ESLint10 } from 'eslint';
import { ESLint as ESLint9 } from 'eslint-v9';

/**
 * The built package, loaded the way users load it, run by the real ESLint 10 and ESLint 9 on
 * fixture files with the `recommended` config. `npm run test:integration` builds first.
 */

const fixtures = fileURLToPath(new URL('../fixtures/integration/', import.meta.url));

// Resolved by Node through package.json `exports` (a self-reference), exactly as a user's
// `import httpStatus from 'eslint-plugin-http-status'` would be.
const entry = createRequire(import.meta.url).resolve('eslint-plugin-http-status');
type Plugin = (typeof import('../../src/index.js'))['default'];
const plugin = ((await import(pathToFileURL(entry).href)) as { default: Plugin }).default;

type Finding = [ruleId: string, line: number, column: number];

/**
 * Every fixture file and exactly what `recommended` reports in it: the lines marked ❌ in the
 * fixtures. The fixtures avoid mistakes that other rules would catch, so that a new rule does
 * not change these lists unless it finds something real.
 */
const EXPECTED: Record<string, Finding[]> = {
  'express-app.cjs': [
    ['http-status/no-nonstandard-status', 13, 14], // res.status(418)
    ['http-status/no-nonstandard-status', 17, 14], // res.status(509)
    ['http-status/no-unknown-status', 21, 14], // res.status(600)
    ['http-status/no-unknown-status', 25, 14], // res.status(403.14)
    ['http-status/no-unknown-status', 29, 14], // res.status('404')
    ['http-status/no-status-after-send', 36, 3], // res.json([]) after res.status(400).json()
  ],
  'fetch-client.js': [
    ['http-status/no-unknown-status', 10, 22], // res.status === 600
    ['http-status/no-unknown-status', 14, 22], // res.status === '404'
    ['http-status/valid-websocket-close-code', 33, 40], // socket.close(1006)
  ],
  'logger.cjs': [],
  'servers.ts': [
    ['http-status/no-nonstandard-status', 14, 18], // Koa ctx.status = 449
    ['http-status/no-nonstandard-status', 24, 21], // Fastify reply.code(TOKEN_REQUIRED), 499
    ['http-status/no-nonstandard-status', 32, 55], // Hono c.json(…, 418)
    ['http-status/no-unknown-status', 33, 52], // new Response(null, { status: 299 })
  ],
};

const files = Object.keys(EXPECTED);

function createLinter(ESLint: typeof ESLint10 | typeof ESLint9) {
  return new ESLint({
    cwd: fixtures,
    overrideConfigFile: true,
    overrideConfig: [
      plugin.configs.recommended,
      { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
    ] as ESLint10.Options['overrideConfig'] & ESLint9.Options['overrideConfig'],
  });
}

const versions = [
  { label: 'ESLint 10', ESLint: ESLint10, major: '10' },
  { label: 'ESLint 9', ESLint: ESLint9, major: '9' },
];

/** Results by file name, per ESLint version, filled once per version. */
const results = new Map<string, Map<string, ESLint10.LintResult>>();

describe('fixtures', () => {
  it('are exactly the files listed here', () => {
    expect(readdirSync(fixtures).sort()).toEqual([...files].sort());
  });

  it('are linted with the built plugin from package.json exports', () => {
    expect(entry).toBe(fileURLToPath(new URL('../../dist/src/index.js', import.meta.url)));
    expect(plugin.meta.namespace).toBe('http-status');
    expect(Object.keys(plugin.configs.recommended.rules ?? {})).toEqual(
      expect.arrayContaining(['http-status/no-unknown-status', 'http-status/no-nonstandard-status']),
    );
  });
});

describe.each(versions)('$label', ({ label, ESLint, major }) => {
  beforeAll(async () => {
    const linted = await createLinter(ESLint).lintFiles(files);
    results.set(label, new Map(linted.map((result) => [relative(fixtures, result.filePath), result])));
  });

  const resultFor = (file: string): ESLint10.LintResult => {
    const result = results.get(label)?.get(file);
    if (!result) throw new Error(`${label} returned no result for ${file}`);
    return result;
  };

  it(`is really ESLint ${major}`, () => {
    expect(ESLint.version.split('.')[0]).toBe(major);
  });

  it.each(files)('reports exactly the deliberate mistakes in %s', (file) => {
    const findings = resultFor(file).messages.map((message): Finding => [message.ruleId ?? '(none)', message.line, message.column]);
    expect(findings).toEqual(EXPECTED[file]);
  });

  it.each(files)('parses %s and uses no deprecated rule', (file) => {
    const result = resultFor(file);
    expect(result.messages.filter((message) => message.fatal)).toEqual([]);
    expect(result.fatalErrorCount).toBe(0);
    expect(result.usedDeprecatedRules).toEqual([]);
  });

  it.each(files)('writes complete sentences in %s', (file) => {
    for (const { message } of resultFor(file).messages) {
      expect(message).not.toMatch(/\{\{|\}\}/);
      expect(message).toMatch(/^\S.*\.$/s);
    }
  });
});

describe('ESLint 9 and ESLint 10', () => {
  it.each(files)('give the same results for %s', (file) => {
    // ESLint 10 dropped the deprecated `nodeType`; everything else must match.
    const strip = (result: ESLint10.LintResult | undefined) =>
      result?.messages.map(({ nodeType: _removedInEslint10, ...message }: ESLint10.LintResult['messages'][number] & { nodeType?: unknown }) => message);
    const v10 = strip(results.get('ESLint 10')?.get(file));
    expect(v10).toBeDefined();
    expect(strip(results.get('ESLint 9')?.get(file))).toEqual(v10);
  });
});
