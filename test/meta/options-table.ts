/**
 * The options table of a rule whose options nest (prefer-status-constant's `constants` object),
 * built from its schema: eslint-doc-generator's table lists nested keys as top-level options, so
 * such a rule's page has this one instead, and test/meta/rules.test.ts checks that it matches.
 */

interface Schema {
  type?: string | string[];
  description?: string;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  else?: Schema;
}

const typeName = (schema: Schema): string => {
  if (schema.type === 'array') return `${typeName(schema.items ?? {})}[]`;
  const types = Array.isArray(schema.type) ? schema.type : [schema.type ?? 'any'];
  return types.map((type) => type.charAt(0).toUpperCase() + type.slice(1)).join(' or ');
};

const code = (value: unknown): string => (value === undefined ? '' : `\`${JSON.stringify(value).replaceAll('"', "'")}\``);

/** The rows, in the schema's order: each option, then the keys of the object it may be (`constants.module`). */
export function optionsTable(schema: Schema, defaults: Record<string, unknown>): string {
  const rows = ['| Name | Description | Type | Default |', '| :-- | :-- | :-- | :-- |'];
  for (const [name, option] of Object.entries(schema.properties ?? {})) {
    rows.push(`| \`${name}\` | ${option.description ?? ''} | ${typeName(option)} | ${code(defaults[name])} |`);
    const object = option.else?.properties ? option.else : undefined;
    for (const [key, nested] of Object.entries(object?.properties ?? {})) {
      const required = object?.required?.includes(key) ? ' Required in the object.' : '';
      rows.push(`| \`${name}.${key}\` | ${nested.description ?? ''}${required} | ${typeName(nested)} | |`);
    }
  }
  return rows.join('\n');
}
