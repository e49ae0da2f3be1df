import { ESLintUtils } from '@typescript-eslint/utils';

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

const createRuleWithDefaults = ESLintUtils.RuleCreator<PluginDocs>((name) => `${REPOSITORY_URL}/blob/main/docs/rules/${name}.md`);

/**
 * typescript-eslint's `RuleCreator`, without its merging of `meta.defaultOptions` into the
 * options: ESLint (flat config, since 9.15) merges them itself when it normalizes the config, and
 * the creator's second merge costs a `structuredClone` per file and rule.
 */
export const createRule: typeof createRuleWithDefaults = (rule) => ({
  ...createRuleWithDefaults(rule),
  create: (context) => rule.create(context, context.options),
});
