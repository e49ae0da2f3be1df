import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';

/**
 * `eslint --fix` with prefer-status-constant over a copy of examples/, whose package.json
 * depends on http-status-codes: literals become StatusCodes members, each file gets one import,
 * the result parses, and a second run changes nothing.
 */

const examples = fileURLToPath(new URL('../../examples/', import.meta.url));
const entry = createRequire(import.meta.url).resolve('eslint-plugin-http-status');
type Plugin = (typeof import('../../src/index.js'))['default'];
const plugin = ((await import(pathToFileURL(entry).href)) as { default: Plugin }).default;

function createLinter(cwd: string, fix: boolean): ESLint {
  return new ESLint({
    cwd,
    fix,
    overrideConfigFile: true,
    overrideConfig: [
      { plugins: { 'http-status': plugin }, rules: { 'http-status/prefer-status-constant': 'error' } },
      { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
    ] as ESLint.Options['overrideConfig'],
  });
}

describe('prefer-status-constant --fix on examples/', () => {
  let dir: string;
  let fixed: ESLint.LintResult[];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'http-status-fix-'));
    cpSync(examples, dir, { recursive: true });
    fixed = await createLinter(dir, true).lintFiles(['**/*.{js,ts}']);
    await ESLint.outputFixes(fixed);
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('rewrites literals in several files and leaves no fixable literal behind', () => {
    const changed = fixed.filter((result) => result.output !== undefined);
    expect(changed.length).toBeGreaterThanOrEqual(4);
    for (const result of fixed) {
      expect(result.messages.filter((message) => message.fatal)).toEqual([]);
      expect(result.messages.filter((message) => message.fix)).toEqual([]);
    }
  });

  it('adds exactly one import of the constants library per changed file', () => {
    for (const result of fixed.filter((r) => r.output !== undefined)) {
      const text = readFileSync(result.filePath, 'utf8');
      const imports = text.match(/(?:import\s*\{[^}]*\bStatusCodes\b[^}]*\}\s*from\s*'http-status-codes')|(?:require\('http-status-codes'\))/g) ?? [];
      expect(imports, result.filePath).toHaveLength(1);
      expect(text).toMatch(/StatusCodes\.[A-Z_]+/);
    }
  });

  it('is idempotent: a second run changes nothing', async () => {
    const again = await createLinter(dir, true).lintFiles(['**/*.{js,ts}']);
    expect(again.filter((result) => result.output !== undefined).map((result) => result.filePath)).toEqual([]);
  });

  it('keeps every value: each constant proposed equals the literal it replaces', async () => {
    const { StatusCodes } = await import('http-status-codes');
    const reports = (await createLinter(examples, false).lintFiles(['**/*.{js,ts}'])).flatMap((result) => result.messages);
    expect(reports.length).toBeGreaterThan(10);
    for (const { message } of reports) {
      const [, member, literal] = /^Use StatusCodes\.([A-Z_]+) instead of the number (\d+) /.exec(message) ?? [];
      expect(member, message).toBeDefined();
      expect(StatusCodes[member as keyof typeof StatusCodes], message).toBe(Number(literal));
    }
  });
});
