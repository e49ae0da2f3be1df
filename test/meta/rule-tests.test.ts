import { fileURLToPath } from 'node:url';

import tsParser from '@typescript-eslint/parser';
import { ESLint, type Linter } from 'eslint';
import eslintPlugin from 'eslint-plugin-eslint-plugin';

import { rules } from '../../rules/index.js';

/**
 * eslint-plugin-eslint-plugin finds rule tests statically: it only sees `x.run(...)` when `x`
 * is created in the same file by a call that its `ruleTesterConstructors` setting names. An
 * imported tester instance is invisible to it, and then `require-test-error-positions` passes
 * without checking anything. These tests make sure the lint config really checks the tests.
 */

const root = fileURLToPath(new URL('../../', import.meta.url));
const repoLint = new ESLint({ cwd: root });

/** Lints `file` with the repository's settings and one probe rule instead of its rules. */
async function lintWith(file: string, rule: string, options: unknown[], code?: string): Promise<Linter.LintMessage[]> {
  const { settings } = (await repoLint.calculateConfigForFile(file)) as Linter.Config;
  const probe = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tsParser },
        plugins: { 'eslint-plugin': eslintPlugin as unknown as ESLint.Plugin },
        settings,
        rules: { [`eslint-plugin/${rule}`]: ['error', ...options] as Linter.RuleEntry },
      },
    ],
  });
  const [result] = code === undefined ? await probe.lintFiles([file]) : await probe.lintText(code, { filePath: file });
  expect(result?.messages.filter((message) => message.fatal)).toEqual([]);
  return result?.messages ?? [];
}

describe('lint config for rule tests', () => {
  it('turns on require-test-error-positions for test/rules', async () => {
    const config = (await repoLint.calculateConfigForFile('test/rules/any-rule.test.ts')) as Linter.Config;
    expect(config.rules?.['eslint-plugin/require-test-error-positions']).toEqual([2]);
  });

  it('reports an error without a position in a test written the recommended way', async () => {
    const code = `import rule from '../../rules/some-rule.js';
import { createJsRuleTester } from './tester.js';

const ruleTester = createJsRuleTester();
ruleTester.run('some-rule', rule, {
  valid: [],
  invalid: [{ code: 'x', errors: [{ messageId: 'some' }] }],
});
`;
    const messages = await lintWith('test/rules/some-rule.test.ts', 'require-test-error-positions', [], code);
    expect(messages.map((message) => [message.ruleId, message.line])).toEqual([
      ['eslint-plugin/require-test-error-positions', 7],
    ]);
  });

  // A probe rule that reports every test case without a `name` shows which cases the plugin
  // sees; the rule tests of this repository leave most cases unnamed.
  it.each(Object.keys(rules))('sees the test cases in test/rules/%s.test.ts', async (name) => {
    const messages = await lintWith(`test/rules/${name}.test.ts`, 'require-test-case-name', [{ require: 'always' }]);
    expect(
      messages.length,
      'eslint-plugin-eslint-plugin finds no test case here: create the tester in this file, e.g. `const ruleTester = createJsRuleTester()`',
    ).toBeGreaterThan(0);
  });
});
