import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';
import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';

import { noNodeModules, statusSiteListeners } from '../src/analysis/index.js';
import { constantLibraries, getHttpStatus, type ConstantLibraryId } from '../src/codes/index.js';
import { createRule } from '../src/create-rule.js';
import { statusPhrase } from '../src/describe.js';
import { BINDING_NAME, ConstantWriter, isRewritableTableValue, librarySource, specifierFor, type ConstantSource } from '../src/fix/constants.js';
import { projectDependencies } from '../src/project/versions.js';

export type MessageIds = 'preferConstant' | 'useConstant';
export type Options = [
  {
    constants?: 'auto' | ConstantLibraryId | { module: string; object: string; names: Record<string, string> };
    ignore?: number[];
    checkComparisons?: boolean;
    checkTestFiles?: boolean;
  },
];

const LIBRARY_IDS = Object.keys(constantLibraries) as ConstantLibraryId[];
/** Which library `auto` picks from the project's dependencies, in this order. */
const AUTO_ORDER: readonly ConstantLibraryId[] = ['@nestjs/common', 'http-status-codes', 'http-status'];
/** What `constants.module` and `constants.object` accept: what the fix can write into an import. */
const MODULE_SPECIFIER = /^[^'"`\\\n\r\u2028\u2029]+$/;
const TEST_FILE = /(?:\.(?:test|spec)\.[cm]?[jt]sx?$)|(?:(?:^|\/)(?:__tests__|tests?)\/)/;

/**
 * `constants`: a string or an object, each checked on its own, so that an error names what that
 * form accepts (ESLint prints each failed check; `oneOf` would add a line for every form).
 */
const CONSTANTS_SCHEMA = {
  description:
    "Where the constants come from: 'auto' (what the file imports, else what the project depends on), a library, or a module of your own.",
  type: ['string', 'object'],
  if: { type: 'string' },
  then: {
    type: 'string',
    pattern: `^(?:${['auto', ...LIBRARY_IDS].join('|')})$`,
    description: "'auto' or the id of a supported constants library.",
  },
  else: {
    type: 'object',
    description: 'A module of your own that exports the constants.',
    properties: {
      module: {
        type: 'string',
        pattern: MODULE_SPECIFIER.source,
        description:
          "The module to import from, without quotes, backslashes or line breaks: a package, an alias, or a path relative to the project's root ('./src/http.js'), written relative to each file.",
      },
      object: {
        type: 'string',
        pattern: BINDING_NAME.source,
        description: 'The named export that holds the constants: an identifier that is not a reserved word.',
      },
      names: {
        type: 'object',
        patternProperties: { '^[1-5][0-9][0-9]$': { type: 'string', pattern: '^[A-Za-z_$][\\w$]*$' } },
        additionalProperties: false,
        description: 'Member name per status code.',
      },
    },
    required: ['module', 'object', 'names'],
    additionalProperties: false,
  },
} as JSONSchema4;

/** Constants are for codes in use: unused and nonstandard ones are other rules' business. */
const isInUse = (code: number): boolean => getHttpStatus(code)?.category === 'standard';

export default createRule<Options, MessageIds>({
  name: 'prefer-status-constant',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Prefer named status constants (StatusCodes.NOT_FOUND) to numeric literals',
      recommended: 'strict',
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: {
      preferConstant: 'Use {{constant}} instead of the number {{code}} ({{phrase}}).',
      useConstant: 'Use {{constant}} from {{module}}.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          constants: CONSTANTS_SCHEMA,
          ignore: {
            type: 'array',
            items: { type: 'integer', minimum: 100, maximum: 599 },
            uniqueItems: true,
            description: 'Codes to leave as numbers, e.g. [200].',
          },
          checkComparisons: { type: 'boolean', description: 'Also rewrite numbers compared with a received status.' },
          checkTestFiles: { type: 'boolean', description: 'Check test files (*.test.*, *.spec.*, __tests__/, test/).' },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ constants: 'auto', ignore: [], checkComparisons: false, checkTestFiles: true }],
  },
  create(context, [options]) {
    const filename = context.filename.replaceAll('\\', '/');
    if (!options.checkTestFiles && TEST_FILE.test(filename)) return {};
    const ignored = new Set(options.ignore);
    // Chosen at the first literal: most files have none, and choosing reads imports and package.json.
    // `null`: no source fits the file, so there is nothing to advise.
    let chosen: { source: ConstantSource; autofix: boolean; writer: ConstantWriter } | null | undefined;

    const compared = options.checkComparisons ? (value: number | string) => typeof value === 'number' && isInUse(value) : undefined;

    // A literal in a table reaches its sinks through every read of it: rewritten once.
    const rewritten = new Set<TSESTree.Node>();

    return statusSiteListeners(context, (site) => {
      const literal = site.value?.node;
      if (site.value?.type !== 'number' || !literal || literal.type !== AST_NODE_TYPES.Literal) return;
      if (literal !== site.node && !isRewritableTableValue(literal)) return;
      if (rewritten.has(literal)) return;
      rewritten.add(literal);
      const code = site.value.value;
      if (!isInUse(code)) return;
      if (chosen === undefined) {
        const choice = chooseSource(options.constants ?? 'auto');
        const writer = choice && new ConstantWriter(context.sourceCode, choice.source, context.filename, context.languageOptions.sourceType);
        chosen = choice && writer ? { ...choice, writer } : null;
      }
      if (!chosen) return;
      const { source, writer } = chosen;
      // An import the fix must add, in a file whose module system is not known, is only suggested.
      const autofix = chosen.autofix && writer.isCertain;
      const constant = writer.expression(code);
      // A name we cannot write (taken, shadowed where the number is, or the module imported in
      // another form) is not advice: at the site it would mean something else.
      if (ignored.has(code) || constant === undefined || !writer.canWrite || !writer.meansTheSameAt(literal)) return;
      context.report({
        node: literal,
        messageId: 'preferConstant',
        data: { constant, code, phrase: statusPhrase(code) },
        fix: autofix ? (fixer) => writer.fix(fixer, literal, code) : null,
        suggest: autofix
          ? null
          : [{ messageId: 'useConstant', data: { constant, module: source.module }, fix: (fixer) => writer.fix(fixer, literal, code) }],
      });
    }, compared);

    /**
     * `auto`: the library the file imports, else the one the project depends on (autofix); else
     * `node:http2`, which every Node project has, as a suggestion only, where the file can import
     * it (not in browser code, a Worker without Node.js compatibility, or a SvelteKit universal
     * file); else none.
     */
    function chooseSource(choice: NonNullable<Options[0]['constants']>): { source: ConstantSource; autofix: boolean } | undefined {
      if (typeof choice === 'object') {
        const members = Object.fromEntries(Object.entries(choice.names).map(([code, name]) => [Number(code), name]));
        const module = specifierFor(context.filename, choice.module);
        return { source: { module, aliases: [], exportName: choice.object, localName: choice.object, members }, autofix: true };
      }
      if (choice !== 'auto') return { source: librarySource(choice), autofix: true };
      const imported = LIBRARY_IDS.find((id) => new ConstantWriter(context.sourceCode, librarySource(id)).importsModule);
      if (imported) return { source: librarySource(imported), autofix: true };
      const dependencies = projectDependencies(context.filename);
      const dependedOn = AUTO_ORDER.find((id) => dependencies?.has(id));
      if (dependedOn) return { source: librarySource(dependedOn), autofix: true };
      if (noNodeModules(context.sourceCode, context.filename)) return undefined;
      return { source: librarySource('node:http2'), autofix: false };
    }
  },
});
