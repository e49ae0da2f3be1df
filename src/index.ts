import { createRequire } from 'node:module';

import type { TSESLint } from '@typescript-eslint/utils';

import { rules } from '../rules/index.js';
import { createConfigs, type ConfigName } from './configs.js';

const require = createRequire(import.meta.url);
// Self-reference through the package's own `exports`, so this works from `src/` and `dist/` alike.
const { name, version } = require('eslint-plugin-http-status/package.json') as {
  name: string;
  version: string;
};

const namespace = 'http-status';

interface HttpStatusPlugin {
  meta: { name: string; version: string; namespace: string };
  rules: typeof rules;
  configs: Record<ConfigName, TSESLint.FlatConfig.Config>;
}

const plugin: HttpStatusPlugin = {
  meta: { name, version, namespace },
  rules,
  configs: {} as HttpStatusPlugin['configs'],
};

Object.assign(
  plugin.configs,
  createConfigs(namespace, plugin as unknown as TSESLint.FlatConfig.Plugin, rules),
);

export default plugin;
// Named exports too: `require()` of this ES module (Node 20.19+) returns the namespace, and tools
// such as eslint-doc-generator read the plugin's parts from it.
export const { meta, configs } = plugin;
export { rules };
