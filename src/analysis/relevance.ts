import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import type { ShapeSpec } from '../frameworks/types.js';
import { importedName, requireCallModule } from './ast.js';
import { registry, type Kind, type NameSets } from './registry.js';
import { kindsDeclaredIn, type TypedServices } from './resolver/typed.js';

/**
 * Whether a file is worth any rule's visit, and which names in it are: the names reachable from
 * the framework modules it imports or requires, the framework globals it uses, its file
 * conventions (Next.js `pages/api/`), the handler shapes of the frameworks its project depends on
 * (`ShapeSpec`) and, with type information, the framework types its program
 * declares (a file that only imports `ws` has no `json()` to check). A file that mentions none of
 * the names a site would be found by needs no visit either. Reads only the top level of the
 * program, the global scope (which ESLint has already built) and the text.
 */
export function namesInFile(sourceCode: Readonly<TSESLint.SourceCode>, filename: string, shapes: readonly ShapeSpec[]): NameSets | undefined {
  const globalScope = sourceCode.scopeManager?.globalScope;
  if (!globalScope) return registry;
  // With types, a value may be of any framework type the program declares, whatever the syntax
  // says: those kinds are every file's baseline, and the file's syntax can only add to them.
  const program = (sourceCode.parserServices as Partial<TypedServices> | undefined)?.program;
  const baseline = program ? typedBaseline(program) : UNTYPED;
  let added: Kind[] | undefined;
  const add = (kind: Kind | undefined): void => {
    if (kind && !baseline.kinds.has(kind)) (added ??= []).push(kind);
  };
  const addModule = (module: string | undefined): void => {
    // Relative imports are the project's own: no table names one. Annotations also name types of
    // type-only packages (`next`'s NextApiResponse).
    if (module !== undefined && !module.startsWith('.')) for (const kind of registry.moduleKinds.get(module) ?? []) add(kind);
  };
  const addRequire = ({ parent }: TSESTree.Node): void => {
    if (parent?.type === AST_NODE_TYPES.CallExpression) addModule(requireCallModule(parent));
  };
  // A controller module of an Express project may hold a response without importing anything.
  for (const kind of registry.shapeKinds(shapes)) add(kind);
  const filePath = filename.replaceAll('\\', '/');
  for (const { convention } of registry.files) {
    if (convention.path.test(filePath)) for (const id of convention.params) if (id) add(registry.kind(id));
  }
  for (const statement of sourceCode.ast.body) {
    if (statement.type === AST_NODE_TYPES.ImportDeclaration && bindsFrameworkValue(statement)) addModule(statement.source.value);
  }
  // `await import('hono')`, not `import('./x')` in a JSDoc type (which names a relative module) nor `$import('hono')`.
  const text = sourceCode.text;
  if (text.includes('import(')) for (const [, module] of text.matchAll(DYNAMIC_IMPORT)) addModule(module);
  // Globals the configuration declares resolve to variables of the global scope, the others stay
  // unresolved (`through`). A type that names a global (`res: Response`) is no use of its value:
  // the syntax gives no kind to a global type, and with types the program's are the baseline.
  for (const { identifier } of globalScope.set.get('require')?.references ?? []) addRequire(identifier);
  for (const name of baseline.globals) {
    if (globalScope.set.get(name)?.references.some(reachesValue)) add(registry.global(name, filePath));
  }
  for (const reference of globalScope.through) {
    if (!isValueUse(reference)) continue;
    if (reference.identifier.name === 'require') addRequire(reference.identifier);
    else {
      const kind = registry.global(reference.identifier.name, filePath);
      if (kind && reachesValue(reference)) add(kind);
    }
  }
  const names = added ? registry.namesFrom([...baseline.kinds, ...added]) : baseline.names;
  // Last, as the dearest test: with types, most files of a program reach this point with the
  // baseline's names (the DOM's Response) and mention none of them.
  const words = names && wordsOf(names);
  return !words || words.some((word) => text.includes(word)) ? names : undefined;
}

/**
 * Whether an import binds a value of a framework module that can lead to a framework object: its
 * default export or the module object, or a name the tables know (`registry.exportsName`).
 * `import { Injectable } from '@nestjs/common'`, as in most files of a NestJS application, binds
 * none, nor does `import 'express'`.
 */
function bindsFrameworkValue(statement: TSESTree.ImportDeclaration): boolean {
  const module = statement.source.value;
  if (!registry.moduleKinds.has(module)) return false;
  return statement.specifiers.some((specifier) => {
    if (specifier.type !== AST_NODE_TYPES.ImportSpecifier) return true;
    const name = importedName(specifier);
    return name === 'default' || registry.exportsName(module, name);
  });
}

const DYNAMIC_IMPORT = /(?<![\w$])import\(\s*['"`]([^'"`]+)['"`]/g;

/** A reference to a value, not only to a type (typescript-eslint tells them apart; ESLint's own scopes have values only). */
const isValueUse = (reference: TSESLint.Scope.Reference): boolean => (reference as { isValueReference?: boolean }).isValueReference !== false;

/**
 * A use of a global's value that can lead to a framework object: not one that only tests it,
 * `typeof fetch` or `value instanceof Response`, from which nothing is made or read.
 */
function reachesValue(reference: TSESLint.Scope.Reference): boolean {
  if (!isValueUse(reference)) return false;
  const { identifier } = reference;
  const parent = identifier.parent;
  if (parent?.type === AST_NODE_TYPES.UnaryExpression) return parent.operator !== 'typeof';
  return !(parent?.type === AST_NODE_TYPES.BinaryExpression && parent.operator === 'instanceof' && parent.right === identifier);
}

/**
 * What the text of a file with a site must mention, when every site is found by a name (no value
 * acts when called, no handler returns its body): one of the method and property names, without
 * those that contain another (`statusCode` is found by `status`). Comparisons need no word of
 * their own: the status they compare is read through a member the tables name, in the same file.
 * `undefined`: every file needs a look.
 */
function wordsOf(names: NameSets): readonly string[] | undefined {
  if (names.acts || names.returnsBody) return undefined;
  let words = wordsByNames.get(names);
  if (!words) {
    const all = [...new Set([...names.sinkMethods, ...names.bodyMethods, ...names.statusProperties, ...names.bodyProperties, ...names.statusReads])];
    words = all.filter((word) => !all.some((other) => other !== word && word.includes(other)));
    wordsByNames.set(names, words);
  }
  return words;
}

const wordsByNames = new WeakMap<NameSets, readonly string[]>();

/**
 * What every file of a program starts from: the kinds whose types the program declares, the
 * names reachable from them (`undefined` if none), and the framework globals whose kinds are not
 * among them (the others need no look).
 */
interface Baseline {
  kinds: ReadonlySet<Kind>;
  names: NameSets | undefined;
  globals: readonly string[];
}

const UNTYPED: Baseline = { kinds: new Set(), names: undefined, globals: [...registry.globals.keys()] };
const baselines = new WeakMap<object, Baseline>();

/** Once per program: its files change only when the project does. */
function typedBaseline(program: TypedServices['program']): Baseline {
  let baseline = baselines.get(program);
  if (!baseline) {
    const kinds = new Set(kindsDeclaredIn(program));
    baseline = {
      kinds,
      names: kinds.size > 0 ? registry.namesFrom(kinds) : undefined,
      globals: [...registry.globals].filter(([, global]) => !kinds.has(global.kind)).map(([name]) => name),
    };
    baselines.set(program, baseline);
  }
  return baseline;
}
