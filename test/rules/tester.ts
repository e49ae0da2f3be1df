import * as espree from 'espree';
import { RuleTester } from '@typescript-eslint/rule-tester';

// Factories rather than shared instances: eslint-plugin-eslint-plugin only recognises
// `tester.run(...)` when the tester is created in the test file itself, and it checks those
// cases (require-test-error-positions and others).

/** TypeScript files, parsed by @typescript-eslint/parser without type information. */
export function createTsRuleTester(): RuleTester {
  return new RuleTester({
    languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
  });
}

/** JavaScript files, parsed by ESLint's default parser: what users without TypeScript run. */
export function createJsRuleTester(): RuleTester {
  return new RuleTester({
    languageOptions: {
      parser: espree,
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
  });
}
