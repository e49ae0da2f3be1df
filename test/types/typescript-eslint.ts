// eslint.config.ts written with typescript-eslint's config().
import httpStatus from 'eslint-plugin-http-status';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  httpStatus.configs.recommended,
  { files: ['**/*.ts'], plugins: { 'http-status': httpStatus }, languageOptions: { parser: tseslint.parser } },
  { files: ['src/**/*.ts'], extends: [httpStatus.configs.strict] },
);
