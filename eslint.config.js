// Self-lint of this repository. `npm run lint` builds first, so the dogfooding block below
// always runs against the current source there; an editor without a build simply skips it.
import { existsSync } from 'node:fs';

import tsParser from '@typescript-eslint/parser';
import eslintPlugin from 'eslint-plugin-eslint-plugin';

// The plugin is written in TypeScript, which plain node cannot import, so dogfooding uses the
// built entry point (the same one users get) and is left out when there is no build.
const builtPlugin = new URL('./dist/src/index.js', import.meta.url);
const httpStatus = existsSync(builtPlugin) ? (await import(builtPlugin.href)).default : undefined;

/** Where rule-tester tests live; eslint-plugin-eslint-plugin finds their cases statically. */
const ruleTests = ['test/**/*.test.ts'];

export default [
  {
    name: 'repo/ignores',
    // Examples are linted by `npm run demo` (they are full of deliberate mistakes); fixtures by the
    // integration tests.
    ignores: ['dist/', 'coverage/', 'test/fixtures/', 'examples/'],
  },
  {
    name: 'repo/typescript',
    files: ['**/*.ts'],
    // No type information: none of the checks below needs it, and it keeps lint fast.
    languageOptions: { parser: tsParser },
  },
  {
    ...eslintPlugin.configs['rules-recommended'],
    name: 'repo/rules',
    files: ['rules/**/*.ts'],
    ignores: ['rules/index.ts'],
    rules: {
      ...eslintPlugin.configs['rules-recommended'].rules,
      'eslint-plugin/require-meta-docs-description': ['error', { pattern: '^(Disallow|Enforce|Require|Prefer)' }],
      // Off on purpose: RuleCreator (src/create-rule.ts) adds `meta.docs.url` at runtime, which this
      // rule cannot see, so it would report every rule as missing one. test/meta/rules.test.ts
      // checks the URL that the rules really carry instead.
      'eslint-plugin/require-meta-docs-url': 'off',
      'eslint-plugin/require-meta-schema-description': 'error',
      'eslint-plugin/require-meta-default-options': 'error',
      'eslint-plugin/no-meta-schema-default': 'error',
      'eslint-plugin/require-meta-schema': 'error',
      'eslint-plugin/require-meta-type': 'error',
    },
  },
  {
    ...eslintPlugin.configs['tests-recommended'],
    name: 'repo/rule-tests',
    files: ruleTests,
    rules: {
      ...eslintPlugin.configs['tests-recommended'].rules,
      'eslint-plugin/require-test-error-positions': 'error',
    },
    settings: {
      // The plugin only sees `x.run(...)` when `x` is created in the same file by a call whose
      // name matches here, e.g. `const ruleTester = createJsRuleTester()` or `new RuleTester()`.
      // An imported tester instance is invisible to it; test/meta/rule-tests.test.ts fails then.
      'eslint-plugin': { ruleTesterConstructors: ['RuleTester', /^create\w*RuleTester$/] },
    },
  },
  ...(httpStatus
    ? [
        {
          // Dogfooding: the plugin's own recommended config, on the repository's own code.
          ...httpStatus.configs.recommended,
          files: ['**/*.ts', '**/*.js'],
        },
      ]
    : []),
];
