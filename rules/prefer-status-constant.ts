import { AST_NODE_TYPES } from '@typescript-eslint/types';

import { statusSiteListeners } from '../src/analysis/index.js';
import { constantLibraries, getHttpStatus, type ConstantLibraryId } from '../src/codes/index.js';
import { createRule } from '../src/create-rule.js';
import { statusPhrase } from '../src/describe.js';
import { ConstantWriter, librarySource, type ConstantSource } from '../src/fix/constants.js';
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
const TEST_FILE = /(?:\.(?:test|spec)\.[cm]?[jt]sx?$)|(?:(?:^|\/)(?:__tests__|tests?)\/)/;

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
          constants: {
            description:
              "Where the constants come from: 'auto' (what the file imports, else what the project depends on), a library, or a module of your own.",
            oneOf: [
              { type: 'string', enum: ['auto', ...LIBRARY_IDS], description: "'auto' or the id of a supported constants library." },
              {
                type: 'object',
                description: 'A module of your own that exports the constants.',
                properties: {
                  module: { type: 'string', minLength: 1, description: 'The module to import from.' },
                  object: { type: 'string', minLength: 1, description: 'The named export that holds the constants.' },
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
            ],
          },
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
    let chosen: { source: ConstantSource; autofix: boolean; writer: ConstantWriter } | undefined;

    const compared = options.checkComparisons ? (value: number | string) => typeof value === 'number' && isInUse(value) : undefined;

    return statusSiteListeners(context, (site) => {
      const literal = site.value?.node;
      if (site.value?.type !== 'number' || literal !== site.node || literal.type !== AST_NODE_TYPES.Literal) return;
      const code = site.value.value;
      if (!isInUse(code)) return;
      if (!chosen) {
        const { source, autofix } = chooseSource(options.constants ?? 'auto');
        chosen = { source, autofix, writer: new ConstantWriter(context.sourceCode, source, context.filename) };
      }
      const { source, autofix, writer } = chosen;
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
     * `node:http2`, which every Node project has, as a suggestion only.
     */
    function chooseSource(choice: NonNullable<Options[0]['constants']>): { source: ConstantSource; autofix: boolean } {
      if (typeof choice === 'object') {
        const members = Object.fromEntries(Object.entries(choice.names).map(([code, name]) => [Number(code), name]));
        return { source: { module: choice.module, aliases: [], exportName: choice.object, localName: choice.object, members }, autofix: true };
      }
      if (choice !== 'auto') return { source: librarySource(choice), autofix: true };
      const imported = LIBRARY_IDS.find((id) => new ConstantWriter(context.sourceCode, librarySource(id)).importsModule);
      if (imported) return { source: librarySource(imported), autofix: true };
      const dependencies = projectDependencies(context.filename);
      const dependedOn = AUTO_ORDER.find((id) => dependencies?.has(id));
      if (dependedOn) return { source: librarySource(dependedOn), autofix: true };
      return { source: librarySource('node:http2'), autofix: false };
    }
  },
});
