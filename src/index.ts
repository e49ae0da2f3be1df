import { createRequire } from 'node:module';

import type { ESLint, Linter, Rule } from 'eslint';

import { rules as ruleModules } from '../rules/index.js';
import { createConfigs, type ConfigName } from './configs.js';

const require = createRequire(import.meta.url);
// Self-reference through the package's own `exports`, so this works from `src/` and `dist/` alike.
const { name, version } = require('eslint-plugin-http-status/package.json') as {
  name: string;
  version: string;
};

const namespace = 'http-status';

export type { ConfigName };
export type RuleName =
  | 'no-body-with-empty-status'
  | 'no-nonstandard-status'
  | 'no-status-after-send'
  | 'no-unknown-status'
  | 'prefer-status-constant'
  | 'require-status-headers'
  | 'valid-redirect-status'
  | 'valid-websocket-close-code';

/**
 * The plugin as ESLint's own types describe it (the declarations name no other package), so that
 * it fits `defineConfig` from `eslint/config`, `Linter.Config[]` and typescript-eslint's `config()`
 * alike, whichever ESLint version the project has. The rules are written with typescript-eslint's
 * stricter types, which ESLint's do not accept as they are.
 */
export interface HttpStatusPlugin extends ESLint.Plugin {
  meta: { name: string; version: string; namespace: string };
  rules: Record<RuleName, Rule.RuleModule>;
  configs: Record<ConfigName, Linter.Config>;
}

/** `RuleName` names exactly the rules of rules/index.ts: a rule added there fails to compile here until it is named. */
const rules: Record<RuleName, Rule.RuleModule> = ruleModules satisfies Record<RuleName, unknown> as Record<
  keyof typeof ruleModules & RuleName,
  never
>;
type Unnamed = Exclude<keyof typeof ruleModules, RuleName>;
const everyRuleNamed: [Unnamed] extends [never] ? true : Unnamed = true;
void everyRuleNamed;

const plugin: HttpStatusPlugin = {
  meta: { name, version, namespace },
  rules,
  configs: {} as HttpStatusPlugin['configs'],
};

Object.assign(plugin.configs, createConfigs(namespace, plugin, rules));

export default plugin;
// Named exports too: `require()` of this ES module (Node 20.19+) returns the namespace, and tools
// such as eslint-doc-generator read the plugin's parts from it.
export const meta: HttpStatusPlugin['meta'] = plugin.meta;
export const configs: HttpStatusPlugin['configs'] = plugin.configs;
export { rules };
