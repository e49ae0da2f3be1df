import type { ESLint, Linter } from 'eslint';

export type ConfigName = 'recommended' | 'strict' | 'all';

/** What a config is chosen by: a rule's `meta.docs.recommended` (see `PluginDocs`) and `meta.deprecated`. */
interface RuleWithDocs {
  meta?: { docs?: { recommended?: unknown }; deprecated?: unknown };
}

const SELECTS: Record<ConfigName, (docs: { recommended?: unknown }) => boolean> = {
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
  plugin: ESLint.Plugin,
  rules: Readonly<Record<string, RuleWithDocs>>,
): Record<ConfigName, Linter.Config> {
  const build = (config: ConfigName): Linter.Config => ({
    name: `${namespace}/${config}`,
    plugins: { [namespace]: plugin },
    rules: Object.fromEntries(
      Object.entries(rules)
        .filter(([, rule]) => !rule.meta?.deprecated && SELECTS[config](rule.meta?.docs ?? {}))
        .map(([name]) => [`${namespace}/${name}`, 'error' as const]),
    ),
  });
  return { recommended: build('recommended'), strict: build('strict'), all: build('all') };
}
