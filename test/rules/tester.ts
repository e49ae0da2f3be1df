import * as espree from 'espree';
import { RuleTester } from '@typescript-eslint/rule-tester';

/** TypeScript files, parsed by @typescript-eslint/parser without type information. */
export const tsRuleTester = new RuleTester({
  languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
});

/** JavaScript files, parsed by ESLint's default parser: what users without TypeScript run. */
export const jsRuleTester = new RuleTester({
  languageOptions: {
    parser: espree,
    parserOptions: { ecmaFeatures: { jsx: true } },
  },
});
