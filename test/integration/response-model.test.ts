import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { relative } from 'node:path';

import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';

/**
 * The response-model rules on fixture files, run by the real ESLint class through the public
 * entry point, once without type information and once with it (projectService): the typed run
 * finds what only types reveal and nothing else changes.
 */

const fixtures = fileURLToPath(new URL('../fixtures/response/', import.meta.url));
const entry = createRequire(import.meta.url).resolve('eslint-plugin-http-status');
type Plugin = (typeof import('../../src/index.js'))['default'];
const plugin = ((await import(pathToFileURL(entry).href)) as { default: Plugin }).default;

type Finding = [ruleId: string, line: number, column: number];

const UNTYPED: Record<string, Finding[]> = {
  'handlers.ts': [
    ['http-status/no-body-with-empty-status', 10, 12],
    ['http-status/require-status-headers', 15, 16],
    ['http-status/valid-redirect-status', 22, 16],
    ['http-status/no-body-with-empty-status', 26, 40],
    ['http-status/valid-redirect-status', 33, 65],
  ],
  'koa-app.js': [
    ['http-status/no-body-with-empty-status', 9, 16],
    ['http-status/require-status-headers', 13, 15],
  ],
};

const TYPED: Record<string, Finding[]> = {
  ...UNTYPED,
  'handlers.ts': [...(UNTYPED['handlers.ts'] ?? []), ['http-status/no-unknown-status', 40, 30]],
};

async function lint(typed: boolean): Promise<Map<string, Finding[]>> {
  const eslint = new ESLint({
    cwd: fixtures,
    overrideConfigFile: true,
    overrideConfig: [
      plugin.configs.recommended,
      {
        files: ['**/*.ts'],
        languageOptions: {
          parser: tsParser,
          parserOptions: typed ? { projectService: true, tsconfigRootDir: fixtures } : {},
        },
      },
    ] as ESLint.Options['overrideConfig'],
  });
  const results = await eslint.lintFiles(Object.keys(UNTYPED));
  return new Map(
    results.map((result) => {
      expect(result.messages.filter((message) => message.fatal)).toEqual([]);
      return [relative(fixtures, result.filePath), result.messages.map((m): Finding => [m.ruleId ?? '(none)', m.line, m.column])];
    }),
  );
}

describe.each([
  { mode: 'without type information', typed: false, expected: UNTYPED },
  { mode: 'with type information', typed: true, expected: TYPED },
])('response model $mode', ({ typed, expected }) => {
  let findings: Map<string, Finding[]>;
  beforeAll(async () => {
    findings = await lint(typed);
  });

  it.each(Object.keys(expected))('reports exactly the marked lines of %s', (file) => {
    expect(findings.get(file)).toEqual(expected[file]);
  });
});
