// eslint.config.ts written with ESLint's own defineConfig, in each form a user writes.
import { defineConfig } from 'eslint/config';
import httpStatus from 'eslint-plugin-http-status';
import tseslint from 'typescript-eslint';

export const recommended = defineConfig(httpStatus.configs.recommended);

export const byHand = defineConfig({
  files: ['**/*.{js,ts}'],
  plugins: { 'http-status': httpStatus },
  rules: {
    'http-status/no-unknown-status': 'error',
    'http-status/prefer-status-constant': ['warn', { constants: 'http-status-codes', checkComparisons: true }],
  },
});

export const extended = defineConfig({
  files: ['**/*.ts'],
  extends: [httpStatus.configs.strict],
  languageOptions: { parser: tseslint.parser },
});

export default defineConfig([httpStatus.configs.all, { settings: { 'http-status': { handlerShapes: false } } }]);
