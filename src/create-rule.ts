import type { TSESLint } from '@typescript-eslint/utils';

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

/** A rule as written in `rules/`: its `meta.docs.url` is added from its name. */
interface RuleDefinition<Options extends readonly unknown[], MessageIds extends string> {
  name: string;
  meta: Omit<TSESLint.RuleMetaData<MessageIds, PluginDocs, Options>, 'docs'> & { docs: PluginDocs };
  create: (context: Readonly<TSESLint.RuleContext<MessageIds, Options>>, options: Options) => TSESLint.RuleListener;
}

export type Rule<Options extends readonly unknown[], MessageIds extends string> = TSESLint.RuleModule<MessageIds, Options, PluginDocs> & {
  name: string;
};

/**
 * A rule module with its docs URL. ESLint (flat config, since 9.15) merges `meta.defaultOptions`
 * into the options itself, so `create` gets `context.options` as they are. A rule's `create` is
 * not called for a file where no framework object can occur (most files): every rule of the plugin
 * reports through the shared analysis, which has nothing there. The types are typescript-eslint's,
 * used at build time only: the plugin needs neither it nor TypeScript at run time.
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>({
  name,
  meta,
  create,
}: RuleDefinition<Options, MessageIds>): Rule<Options, MessageIds> {
  return {
    name,
    meta: { ...meta, docs: { ...meta.docs, url: `${REPOSITORY_URL}/blob/main/docs/rules/${name}.md` } },
    create: (context) => (mayHaveFrameworkObjects(context) ? create(context, context.options) : {}),
  };
}
