import { existsSync, readFileSync } from 'node:fs';

import { rules } from '../../rules/index.js';
import { REPOSITORY_URL } from '../../src/create-rule.js';
import { optionsTable } from './options-table.js';

/** Every rule's metadata, and the doc page that goes with it. */

interface Meta {
  type?: string;
  docs?: { description?: unknown; recommended?: unknown; url?: unknown; requiresTypeChecking?: unknown };
  messages?: Record<string, string>;
  schema?: unknown;
  defaultOptions?: unknown;
}

const root = new URL('../../', import.meta.url);
const entries = Object.entries(rules).map(([name, rule]) => [name, rule.meta as Meta] as const);

function hasOptions(schema: unknown): boolean {
  if (Array.isArray(schema)) return schema.length > 0;
  return typeof schema === 'object' && schema !== null;
}

function readDoc(name: string): string {
  return readFileSync(new URL(`docs/rules/${name}.md`, root), 'utf8');
}

describe.each(entries)('%s', (name, meta) => {
  it('has a type', () => {
    expect(['problem', 'suggestion', 'layout']).toContain(meta.type);
  });

  it('links to its doc page, and the page exists', () => {
    expect(meta.docs?.url).toBe(`${REPOSITORY_URL}/blob/main/docs/rules/${name}.md`);
    expect(String(meta.docs?.url).endsWith(`docs/rules/${name}.md`)).toBe(true);
    expect(existsSync(new URL(`docs/rules/${name}.md`, root))).toBe(true);
  });

  it('has a description', () => {
    expect(meta.docs?.description).toEqual(expect.stringMatching(/\S/));
  });

  it('says which config turns it on', () => {
    expect(['recommended', 'strict', false]).toContain(meta.docs?.recommended);
  });

  it('works without type information', () => {
    // The README promises that no rule needs it.
    expect(meta.docs?.requiresTypeChecking).toBeFalsy();
  });

  it('has a schema, and default options exactly when it has options', () => {
    expect(meta.schema).toBeDefined();
    if (hasOptions(meta.schema)) {
      expect(meta.defaultOptions).toEqual(expect.any(Array));
    } else {
      expect(meta.defaultOptions ?? []).toEqual([]);
    }
  });

  it('ends every message with a period', () => {
    const messages = Object.entries(meta.messages ?? {});
    expect(messages.length).toBeGreaterThan(0);
    for (const [id, message] of messages) {
      // A message may end in a placeholder for an optional extra sentence (`….{{hint}}`) that
      // brings its own period; the integration tests check the rendered messages.
      expect(message, `message ${id}`).toMatch(/\.(?:\{\{\s*\w+\s*\}\})?$/);
    }
  });

  it('has a doc page with Examples, and Options exactly when it has options', () => {
    const doc = readDoc(name);
    expect(doc).toMatch(/^## Examples$/m);
    expect(/^## Options$/m.test(doc)).toBe(hasOptions(meta.schema));
  });
});

describe('the options table of prefer-status-constant', () => {
  it('lists each option and the keys of its constants object as the schema describes them', () => {
    const rule = rules['prefer-status-constant'];
    const [schema] = rule.meta.schema as [Parameters<typeof optionsTable>[0]];
    const [defaults] = rule.meta.defaultOptions as [Record<string, unknown>];
    expect(readDoc('prefer-status-constant')).toContain(`${optionsTable(schema, defaults)}\n`);
  });
});
