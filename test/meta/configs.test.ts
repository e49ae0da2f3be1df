import type { ESLint, Linter } from 'eslint';

import plugin from '../../src/index.js';
import { createConfigs, type ConfigName } from '../../src/configs.js';

/**
 * The shipped configs hold exactly the rules that their metadata selects. The expectation is
 * written out here rather than taken from src/configs.ts, so that the two can disagree.
 */

const CONFIGS: readonly ConfigName[] = ['recommended', 'strict', 'all'];

/** Which values of `meta.docs.recommended` put a rule in each config. */
const SELECTED_BY: Record<ConfigName, (recommended: unknown) => boolean> = {
  recommended: (value) => value === 'recommended',
  strict: (value) => value === 'recommended' || value === 'strict',
  all: () => true,
};

interface SyntheticRule {
  meta?: { docs?: { description: string; recommended: 'recommended' | 'strict' | false }; deprecated?: unknown };
}

function expectedRules(
  namespace: string,
  rules: Readonly<Record<string, SyntheticRule>>,
  config: ConfigName,
): Record<string, 'error'> {
  return Object.fromEntries(
    Object.entries(rules)
      .filter(([, rule]) => !rule.meta?.deprecated && SELECTED_BY[config](rule.meta?.docs?.recommended))
      .map(([name]) => [`${namespace}/${name}`, 'error' as const]),
  );
}

const ruleIds = (config: Linter.Config): string[] => Object.keys(config.rules ?? {}).sort();

describe('the plugin configs', () => {
  it('are exactly recommended, strict and all', () => {
    expect(Object.keys(plugin.configs).sort()).toEqual([...CONFIGS].sort());
  });

  it.each(CONFIGS)('%s holds exactly the rules its metadata selects', (config) => {
    expect(plugin.configs[config].rules).toEqual(expectedRules('http-status', plugin.rules as Record<string, SyntheticRule>, config));
  });

  it.each(CONFIGS)('%s is named and brings the plugin itself', (config) => {
    expect(plugin.configs[config].name).toBe(`http-status/${config}`);
    expect(Object.keys(plugin.configs[config].plugins ?? {})).toEqual(['http-status']);
    expect(plugin.configs[config].plugins?.['http-status']).toBe(plugin);
  });

  it('nest: recommended ⊆ strict ⊆ all, and all has every rule', () => {
    const [recommended, strict, all] = CONFIGS.map((config) => ruleIds(plugin.configs[config]));
    expect(strict).toEqual(expect.arrayContaining(recommended!));
    expect(all).toEqual(expect.arrayContaining(strict!));
    expect(all).toEqual(Object.keys(plugin.rules).map((name) => `http-status/${name}`).sort());
  });
});

describe('createConfigs', () => {
  // Synthetic rules cover every kind of metadata, whatever the real rules happen to use.
  const rules: Record<string, SyntheticRule> = {
    'in-recommended': { meta: { docs: { description: 'a', recommended: 'recommended' } } },
    'in-strict': { meta: { docs: { description: 'b', recommended: 'strict' } } },
    'in-none': { meta: { docs: { description: 'c', recommended: false } } },
    'deprecated-recommended': {
      meta: { docs: { description: 'd', recommended: 'recommended' }, deprecated: { message: 'gone' } },
    },
    'without-docs': { meta: {} },
  };
  const fakePlugin = { meta: { name: 'eslint-plugin-fake' } } as ESLint.Plugin;
  const configs = createConfigs('fake', fakePlugin, rules);

  it('selects rules by meta.docs.recommended and leaves deprecated rules out', () => {
    expect(configs.recommended.rules).toEqual({ 'fake/in-recommended': 'error' });
    expect(configs.strict.rules).toEqual({ 'fake/in-recommended': 'error', 'fake/in-strict': 'error' });
    expect(configs.all.rules).toEqual({
      'fake/in-recommended': 'error',
      'fake/in-strict': 'error',
      'fake/in-none': 'error',
      'fake/without-docs': 'error',
    });
  });

  it.each(CONFIGS)('agrees with the metadata for %s', (config) => {
    expect(configs[config].rules).toEqual(expectedRules('fake', rules, config));
  });

  it.each(CONFIGS)('names %s after the namespace and points back at the plugin', (config) => {
    expect(configs[config].name).toBe(`fake/${config}`);
    expect(configs[config].plugins?.fake).toBe(fakePlugin);
  });
});
