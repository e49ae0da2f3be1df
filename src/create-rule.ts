import { RuleCreator } from '@typescript-eslint/utils/eslint-utils';

import { mayHaveFrameworkObjects } from './analysis/index.js';

/** The address of the repository; rule docs live under `docs/rules/<name>.md`. */
export const REPOSITORY_URL = 'https://github.com/eslint-plugin-http-status/eslint-plugin-http-status';

/** Which shipped config turns a rule on: `recommended` (and so also `strict`), only `strict`, or neither. */
export type RecommendedConfig = 'recommended' | 'strict' | false;

export interface PluginDocs {
  description: string;
  recommended: RecommendedConfig;
  /** The rule needs type information; no rule of this plugin requires it today. */
  requiresTypeChecking?: boolean;
}

const createRuleWithDefaults = RuleCreator<PluginDocs>((name) => `${REPOSITORY_URL}/blob/main/docs/rules/${name}.md`);

/**
 * typescript-eslint's `RuleCreator`, with two differences that matter for speed:
 * - no merging of `meta.defaultOptions` into the options: ESLint (flat config, since 9.15) merges
 *   them itself when it normalizes the config, and the creator's second merge costs a
 *   `structuredClone` per file and rule;
 * - a rule's `create` is not called for a file where no framework object can occur (most files):
 *   every rule of the plugin reports through the shared analysis, which has nothing there.
 */
export const createRule: typeof createRuleWithDefaults = (rule) => ({
  ...createRuleWithDefaults(rule),
  create: (context) => (mayHaveFrameworkObjects(context) ? rule.create(context, context.options) : {}),
});
