import type { TSESLint } from '@typescript-eslint/utils';

import type { PluginDocs } from './create-rule.js';

export type ConfigName = 'recommended' | 'strict' | 'all';

interface RuleWithDocs {
  meta: { docs?: Partial<PluginDocs>; deprecated?: unknown };
}

const SELECTS: Record<ConfigName, (docs: Partial<PluginDocs>) => boolean> = {
  recommended: (docs) => docs.recommended === 'recommended',
  strict: (docs) => docs.recommended === 'recommended' || docs.recommended === 'strict',
  all: () => true,
};

/**
 * Builds the flat configs from the rules' own metadata, so that no list of rule names is kept
 * by hand: a rule joins a config by saying so in `meta.docs.recommended`.
 */
export function createConfigs(
  namespace: string,
  plugin: TSESLint.FlatConfig.Plugin,
  rules: Readonly<Record<string, RuleWithDocs>>,
): Record<ConfigName, TSESLint.FlatConfig.Config> {
  const build = (config: ConfigName): TSESLint.FlatConfig.Config => ({
    name: `${namespace}/${config}`,
    plugins: { [namespace]: plugin },
    rules: Object.fromEntries(
      Object.entries(rules)
        .filter(([, rule]) => !rule.meta.deprecated && SELECTS[config](rule.meta.docs ?? {}))
        .map(([name]) => [`${namespace}/${name}`, 'error' as const]),
    ),
  });
  return { recommended: build('recommended'), strict: build('strict'), all: build('all') };
}
