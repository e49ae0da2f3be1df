import path from 'node:path';

import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { constantLibraries, type ConstantLibraryId } from '../codes/index.js';
import { requireCallModule } from '../analysis/ast.js';
import { variableNamed } from '../analysis/resolver/scope.js';
import { isConstAssertion } from '../analysis/resolver/tables.js';
import { projectRoot } from '../project/manifest.js';
import { packageType } from '../project/versions.js';

/** A source of named status constants: a known library, or a module of the user's own. */
export interface ConstantSource {
  module: string;
  /** Other specifiers of the same module (`http2` for `node:http2`). */
  aliases: readonly string[];
  /** The export that holds the constants; `default` for a default export. */
  exportName: string;
  /** The local name a new import uses. */
  localName: string;
  /** Member name per code; codes without one are never rewritten. */
  members: Readonly<Record<number, string>>;
  /** A default import is the module object (CommonJS built-ins such as `node:http2`). */
  defaultIsModule?: boolean;
}

/** How new imports of each library read (the names the libraries' own docs use). */
const LOCAL_NAMES: Record<ConstantLibraryId, { exportName: string; localName: string }> = {
  'http-status-codes': { exportName: 'StatusCodes', localName: 'StatusCodes' },
  '@nestjs/common': { exportName: 'HttpStatus', localName: 'HttpStatus' },
  'node:http2': { exportName: 'constants', localName: 'constants' },
  'http-status': { exportName: 'status', localName: 'httpStatus' },
};

export function librarySource(id: ConstantLibraryId): ConstantSource {
  const library = constantLibraries[id];
  const [module = id, ...aliases] = library.modules;
  return { module, aliases, ...LOCAL_NAMES[id], members: library.members, defaultIsModule: id === 'node:http2' };
}

/** How a file loads modules: `import` (ES modules) or `require()` (CommonJS). */
type ModuleSystem = 'module' | 'commonjs';

/** Names a constants object may not be imported or declared as: reserved words, and names strict code may not bind. */
const RESERVED_WORDS: readonly string[] = (
  'await break case catch class const continue debugger default delete do else enum export extends false finally for ' +
  'function if implements import in instanceof interface let new null package private protected public return static ' +
  'super switch this throw true try typeof var void while with yield arguments eval undefined'
).split(' ');
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * A name that can be written as an import's local name or a variable (`StatusCodes`, not `my-obj`
 * or `class`): an identifier that is not a reserved word. Its source is also the schema pattern
 * of a constants object's name.
 */
export const BINDING_NAME = new RegExp(`^(?!(?:${RESERVED_WORDS.join('|')})$)[A-Za-z_$][\\w$]*$`);

/** What a character becomes inside a single-quoted string literal, for those that cannot stand as they are. */
const ESCAPES: Readonly<Record<string, string>> = { "'": "\\'", '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\u2028': '\\u2028', '\u2029': '\\u2029' };

/** A module specifier as a single-quoted string literal, whatever it holds. */
function stringLiteral(value: string): string {
  return `'${value.replace(/['\\\n\r\u2028\u2029]/g, (char) => ESCAPES[char] ?? char)}'`;
}

/** Names through which a file uses CommonJS when no scope of the file declares them. */
const COMMONJS_GLOBALS: ReadonlySet<string> = new Set(['require', 'module', 'exports']);

/**
 * Writes constants into one file: finds an existing import of the source to reuse, or plans a new
 * import in the file's module system. Built once per file and source.
 */
export class ConstantWriter {
  /** How the file already refers to the constants object (`StatusCodes`, `hsc.StatusCodes`). */
  readonly existing: string | undefined;
  /** The file imports or requires the source's module in some form. */
  readonly importsModule: boolean;
  private readonly program: TSESTree.Program;
  /** The identifier the existing import or require binds, which `existing` starts with. */
  private readonly binding: TSESTree.Identifier | undefined;
  /** An import of the module with named specifiers, to add the constants object to. */
  private readonly namedImport: TSESTree.ImportDeclaration | undefined;
  private readonly otherForm: boolean;
  private writable: boolean | undefined;
  private system: ModuleSystem | null | undefined;
  private plan: { after?: TSESTree.Node; before?: TSESTree.Node; text: string } | undefined;

  constructor(
    private readonly sourceCode: Readonly<TSESLint.SourceCode>,
    private readonly source: ConstantSource,
    /** The linted file, whose extension and package.json tell a script's module system. */
    private readonly filename = '',
    /** ESLint's `languageOptions.sourceType` for the file, of which only `commonjs` is a fact (`module` is the default). */
    private readonly sourceType?: string,
  ) {
    this.program = sourceCode.ast;
    const found = this.findExisting();
    this.existing = found.reference;
    this.binding = found.binding;
    this.namedImport = found.namedImport;
    this.otherForm = found.otherForm;
    this.importsModule = found.reference !== undefined || found.namedImport !== undefined || found.otherForm;
  }

  /** False when the source's module is imported in a form we do not rewrite, or the name is taken or cannot be written. */
  get canWrite(): boolean {
    this.writable ??=
      this.existing !== undefined ||
      (!this.otherForm && BINDING_NAME.test(this.source.localName) && (this.source.exportName === 'default' || IDENTIFIER.test(this.source.exportName)) && !this.isNameTaken(this.source.localName));
    return this.writable;
  }

  /**
   * Whether a fix is certain to keep the file loading: it reuses an import, or the file's module
   * system is known, so that the import it adds is the kind the file can have (an `import` in a
   * CommonJS script is a syntax error when Node loads it).
   */
  get isCertain(): boolean {
    return this.existing !== undefined || this.namedImport !== undefined || this.moduleSystem() !== undefined;
  }

  /**
   * Whether the name the constant is written with means, at `node`, what the fix means by it:
   * the existing import or require, not a local that shadows it (`const StatusCodes = …` in a
   * handler, a parameter of that name). A new import's name is taken nowhere in the file (see
   * `canWrite`).
   */
  meansTheSameAt(node: TSESTree.Node): boolean {
    const binding = this.binding;
    return !binding || !!variableNamed(this.sourceCode, binding.name, node)?.defs.some((def) => def.name === binding);
  }

  /** The expression for a code, or undefined when the source has no member for it. */
  expression(code: number): string | undefined {
    const member = this.source.members[code];
    if (member === undefined) return undefined;
    return `${this.existing ?? this.source.localName}.${member}`;
  }

  /** The fixes that write `code` at `node`: the replacement, and the import when it is missing. */
  fix(fixer: TSESLint.RuleFixer, node: TSESTree.Node, code: number): TSESLint.RuleFix[] {
    const expression = this.expression(code) as string;
    const fixes = [fixer.replaceText(node, expression)];
    if (this.existing === undefined) fixes.push(this.addImport(fixer));
    return fixes;
  }

  /**
   * The file's module system, from facts only: its own `import`/`export` or CommonJS names, its
   * extension, a `commonjs` source type, the nearest package.json's `type` (none means CommonJS,
   * as Node reads it). Undefined when none of these says: a TypeScript file without imports or
   * exports (a script, whose declarations an import would make local), or a file outside any
   * package.
   */
  private moduleSystem(): ModuleSystem | undefined {
    if (this.system === undefined) this.system = this.findModuleSystem() ?? null;
    return this.system ?? undefined;
  }

  private findModuleSystem(): ModuleSystem | undefined {
    const body = this.program.body;
    if (body.some((statement) => statement.type.startsWith('Import') || statement.type.startsWith('Export'))) return 'module';
    if (body.some((statement) => statement.type === AST_NODE_TYPES.TSImportEqualsDeclaration || statement.type === AST_NODE_TYPES.TSExportAssignment)) return 'commonjs';
    if (body.some((statement) => this.requiredModuleOf(statement) !== undefined) || this.usesCommonJsNames()) return 'commonjs';
    if (/\.m[jt]sx?$/.test(this.filename)) return 'module';
    if (/\.c[jt]sx?$/.test(this.filename)) return 'commonjs';
    if (this.sourceType === 'commonjs') return 'commonjs';
    if (/\.tsx?$/.test(this.filename)) return undefined;
    const type = packageType(this.filename);
    return type === undefined ? undefined : type === 'module' ? 'module' : 'commonjs';
  }

  /** `require(…)`, `module.exports`, `exports.x` with no declaration of those names in the file. */
  private usesCommonJsNames(): boolean {
    const global = this.sourceCode.scopeManager?.globalScope;
    if (!global) return false;
    if (global.through.some((reference) => COMMONJS_GLOBALS.has(reference.identifier.name))) return true;
    // Names a config declares as globals (`globals.node`) resolve to variables without definitions.
    return [...COMMONJS_GLOBALS].some((name) => {
      const variable = global.set.get(name);
      return !!variable && variable.defs.length === 0 && variable.references.length > 0;
    });
  }

  private addImport(fixer: TSESLint.RuleFixer): TSESLint.RuleFix {
    // `import { getReasonPhrase } from 'http-status-codes'` gains the specifier: no second import.
    const lastSpecifier = this.namedImport?.specifiers.at(-1);
    if (lastSpecifier) return fixer.insertTextAfter(lastSpecifier, `, ${this.bindingText(true)}`);
    this.plan ??= this.planImport();
    const { after, before, text } = this.plan;
    if (after) return fixer.insertTextAfter(after, `\n${text}`);
    if (before) return fixer.insertTextBefore(before, `${text}\n`);
    return fixer.insertTextAfterRange([0, 0], `${text}\n`);
  }

  /** `StatusCodes`, or `status as httpStatus` / `status: httpStatus`. */
  private bindingText(esm: boolean): string {
    const { exportName, localName } = this.source;
    return exportName === localName ? exportName : `${exportName}${esm ? ' as' : ':'} ${localName}`;
  }

  /**
   * The statement to add and where: after the last import (or require), else after the directive
   * prologue, else first. A file of unknown module system gets what its kind of file most often
   * has (the fix is then only offered as a suggestion): `import` in TypeScript, `require()` else.
   */
  private planImport(): { after?: TSESTree.Node; before?: TSESTree.Node; text: string } {
    const { module, exportName, localName } = this.source;
    const esm = (this.moduleSystem() ?? (/\.[cm]?tsx?$/.test(this.filename) ? 'module' : 'commonjs')) === 'module';
    const specifier = stringLiteral(module);
    const text = esm
      ? exportName === 'default'
        ? `import ${localName} from ${specifier};`
        : `import { ${this.bindingText(true)} } from ${specifier};`
      : `const { ${exportName === 'default' ? `default: ${localName}` : this.bindingText(false)} } = require(${specifier});`;
    const body = this.program.body;
    const lastImport = body.findLast((statement) =>
      esm ? statement.type === AST_NODE_TYPES.ImportDeclaration : this.requiredModuleOf(statement) !== undefined,
    );
    if (lastImport) return { after: lastImport, text };
    // After directives such as 'use client' or 'use strict', which must stay first.
    // The prologue only; `typeof`, since oxlint's AST has `directive: null` on other statements.
    const prologue = body.findIndex((statement) => statement.type !== AST_NODE_TYPES.ExpressionStatement || typeof statement.directive !== 'string');
    const lastDirective = body.slice(0, prologue === -1 ? body.length : prologue).at(-1);
    if (lastDirective) return { after: lastDirective, text };
    return { before: body[0], text };
  }

  private matches(module: string): boolean {
    return module === this.source.module || this.source.aliases.includes(module);
  }

  /**
   * The existing import or require of the source's module, in any form we can write through:
   * `import { StatusCodes }`, `import * as ns`, a default import of a module object or of the
   * constants, `const x = require(m)` (in any declarator of a declaration),
   * `const { StatusCodes } = require(m)`, `const StatusCodes = require(m).StatusCodes`,
   * TypeScript's `import x = require(m)`. Type-only imports are not values and are passed over.
   */
  private findExisting(): { reference?: string; binding?: TSESTree.Identifier; namedImport?: TSESTree.ImportDeclaration; otherForm: boolean } {
    const { exportName } = this.source;
    let namedImport: TSESTree.ImportDeclaration | undefined;
    let otherForm = false;
    for (const statement of this.program.body) {
      if (statement.type === AST_NODE_TYPES.ImportDeclaration && this.matches(statement.source.value)) {
        if (statement.importKind === 'type') continue;
        for (const specifier of statement.specifiers) {
          if (specifier.type === AST_NODE_TYPES.ImportSpecifier) {
            const imported = specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value;
            if (imported === exportName && specifier.importKind !== 'type') return { reference: specifier.local.name, binding: specifier.local, otherForm };
          } else if (specifier.type === AST_NODE_TYPES.ImportNamespaceSpecifier) {
            return { reference: `${specifier.local.name}.${exportName}`, binding: specifier.local, otherForm };
          } else if (this.source.defaultIsModule) {
            return { reference: `${specifier.local.name}.${exportName}`, binding: specifier.local, otherForm };
          } else if (exportName === 'status') {
            // http-status: the default export is the constants object.
            return { reference: specifier.local.name, binding: specifier.local, otherForm };
          }
        }
        if (statement.specifiers.every((specifier) => specifier.type === AST_NODE_TYPES.ImportSpecifier) && statement.specifiers.length > 0) {
          namedImport ??= statement;
        } else {
          otherForm = true;
        }
        continue;
      }
      if (
        statement.type === AST_NODE_TYPES.TSImportEqualsDeclaration &&
        statement.importKind !== 'type' &&
        statement.moduleReference.type === AST_NODE_TYPES.TSExternalModuleReference &&
        statement.moduleReference.expression.type === AST_NODE_TYPES.Literal &&
        this.matches(String(statement.moduleReference.expression.value))
      ) {
        return { reference: `${statement.id.name}.${exportName}`, binding: statement.id, otherForm };
      }
      if (statement.type !== AST_NODE_TYPES.VariableDeclaration) continue;
      for (const declarator of statement.declarations) {
        const found = this.requiredBinding(declarator);
        if (found === 'other') otherForm = true;
        else if (found) return { ...found, otherForm };
      }
    }
    return { ...(namedImport && { namedImport }), otherForm };
  }

  /** What a declarator that requires the source's module binds, `other` for a form we do not write through. */
  private requiredBinding(declarator: TSESTree.VariableDeclarator): { reference: string; binding: TSESTree.Identifier } | 'other' | undefined {
    const { exportName } = this.source;
    const init = declarator.init;
    const id = declarator.id;
    // `const StatusCodes = require('http-status-codes').StatusCodes`
    if (init?.type === AST_NODE_TYPES.MemberExpression && !init.computed && init.property.type === AST_NODE_TYPES.Identifier) {
      const module = requireCallModule(init.object);
      if (module === undefined || !this.matches(module)) return undefined;
      return init.property.name === exportName && id.type === AST_NODE_TYPES.Identifier ? { reference: id.name, binding: id } : 'other';
    }
    const module = requireCallModule(init);
    if (module === undefined || !this.matches(module)) return undefined;
    if (id.type === AST_NODE_TYPES.Identifier) return { reference: `${id.name}.${exportName}`, binding: id };
    if (id.type === AST_NODE_TYPES.ObjectPattern) {
      for (const property of id.properties) {
        if (
          property.type === AST_NODE_TYPES.Property &&
          !property.computed &&
          property.key.type === AST_NODE_TYPES.Identifier &&
          property.key.name === exportName &&
          property.value.type === AST_NODE_TYPES.Identifier
        ) {
          return { reference: property.value.name, binding: property.value };
        }
      }
    }
    return 'other';
  }

  /** `const x = require('m')` (in any declarator) at the top level: the module of the first. */
  private requiredModuleOf(statement: TSESTree.ProgramStatement): string | undefined {
    if (statement.type !== AST_NODE_TYPES.VariableDeclaration) return undefined;
    for (const declarator of statement.declarations) {
      const module = requireCallModule(declarator.init);
      if (module !== undefined) return module;
    }
    return undefined;
  }

  /**
   * Whether any scope of the file declares or uses the name: a new import would shadow or clash.
   * A reference that no scope resolves ends in the global scope's `through`; one that some scope
   * resolves has its name in that scope's `set`.
   */
  private isNameTaken(name: string): boolean {
    const manager = this.sourceCode.scopeManager;
    if (!manager?.globalScope) return true;
    return (
      manager.scopes.some((scope) => scope.set.has(name)) ||
      manager.globalScope.through.some((reference) => reference.identifier.name === name)
    );
  }
}

/**
 * A number a status sink reads from a table (`const Status = { GONE: 410 }`), where writing a
 * constant in its place keeps the program's meaning and types (a `const GONE = 410` already
 * names its number): not in an enum (with `isolatedModules`, TypeScript rejects a member
 * without an initializer after one whose initializer is no numeric literal), and not in an
 * `as const` value (its type is the literal type, which a library constant does not have).
 */
export function isRewritableTableValue(literal: TSESTree.Literal): boolean {
  const parent: TSESTree.Node = literal.parent;
  if (parent.type !== AST_NODE_TYPES.Property) return false;
  for (let node: TSESTree.Node | undefined = parent.parent; node; node = node.parent) {
    switch (node.type) {
      case AST_NODE_TYPES.Property:
      case AST_NODE_TYPES.ObjectExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
        continue;
      case AST_NODE_TYPES.TSAsExpression:
        if (isConstAssertion(node)) return false;
        continue;
      case AST_NODE_TYPES.CallExpression:
        // `Object.freeze({ … })`
        continue;
      case AST_NODE_TYPES.VariableDeclarator:
        return true;
      default:
        return false;
    }
  }
  return false;
}

/**
 * The specifier a file imports a module of the user's own by: a relative one (`./src/http.js`)
 * names a file relative to the project's root (the folder of the nearest `package.json`), and is
 * written relative to each linted file (`../http.js` from `src/routes/`); a package, a path alias
 * or a `package.json` `imports` entry (`#http`) means the same from every file and is written as
 * given, as is any specifier for a file outside a project.
 */
export function specifierFor(filename: string, module: string): string {
  const root = /^\.\.?\//.test(module) && path.isAbsolute(filename) ? projectRoot(path.dirname(filename)) : undefined;
  if (root === undefined) return module;
  const relative = path.relative(path.dirname(filename), path.resolve(root, module)).split(path.sep).join('/');
  return relative.startsWith('../') ? relative : `./${relative}`;
}
