// eslint.config.ts typed as ESLint's Linter.Config[] and ESLint.Plugin, without any helper.
import type { ESLint, Linter } from 'eslint';
import httpStatus, { configs, rules } from 'eslint-plugin-http-status';

const plugin: ESLint.Plugin = httpStatus;
const rule: ESLint.Plugin['rules'] = rules;

const config: Linter.Config[] = [
  httpStatus.configs.recommended,
  configs.strict,
  { plugins: { 'http-status': plugin }, rules: { 'http-status/require-status-headers': ['error', { checkShould: true }] } },
];

export default config;
export { rule };
