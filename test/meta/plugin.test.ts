import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import plugin from '../../src/index.js';
import { rules } from '../../rules/index.js';

/** The plugin as users see it: its metadata, and the same rules everywhere they are listed. */

const root = new URL('../../', import.meta.url);
const packageJson = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { name: string; version: string };

function baseNames(folder: string, extension: string, except: string[] = []): string[] {
  return readdirSync(new URL(folder, root))
    .filter((file) => file.endsWith(extension) && !except.includes(file))
    .map((file) => file.slice(0, -extension.length))
    .sort();
}

const registered = Object.keys(rules).sort();

describe('plugin meta', () => {
  it('takes its name and version from package.json', () => {
    expect(plugin.meta.name).toBe(packageJson.name);
    expect(plugin.meta.version).toBe(packageJson.version);
  });

  it('declares the namespace that prefixes its rule ids', () => {
    expect(plugin.meta.namespace).toBe('http-status');
  });
});

describe('rule list', () => {
  it('registers every file in rules/ and nothing else', () => {
    expect(registered).toEqual(baseNames('rules/', '.ts', ['index.ts']));
  });

  it('has a docs/rules page for every rule and no page without a rule', () => {
    expect(baseNames('docs/rules/', '.md')).toEqual(registered);
  });

  it('exports the same rules from the plugin entry point', () => {
    expect(plugin.rules).toBe(rules);
    expect(Object.keys(plugin.rules).sort()).toEqual(registered);
  });

  it.each(registered)('registers rules/%s.ts under its own name', async (name) => {
    const file = fileURLToPath(new URL(`rules/${name}.ts`, root));
    const module = (await import(/* @vite-ignore */ file)) as { default: unknown };
    expect(module.default).toBe(rules[name as keyof typeof rules]);
    expect((rules[name as keyof typeof rules] as { name?: string }).name).toBe(name);
  });

  it.each(registered)('has a test file test/rules/%s.test.ts', (name) => {
    expect(existsSync(new URL(`test/rules/${name}.test.ts`, root))).toBe(true);
  });
});
