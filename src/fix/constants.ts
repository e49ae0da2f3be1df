import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { constantLibraries, type ConstantLibraryId } from '../codes/index.js';
import { requireCallModule } from '../analysis/ast.js';
import { variableNamed } from '../analysis/resolver/scope.js';
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

/**
 * Writes constants into one file: finds an existing import of the source to reuse, or plans a new
 * import in the file's module style. Built once per file and source.
 */
export class ConstantWriter {
  /** How the file already refers to the constants object (`StatusCodes`, `hsc.StatusCodes`). */
  readonly existing: string | undefined;
  private readonly program: TSESTree.Program;
  /** The identifier the existing import or require binds, which `existing` starts with. */
  private readonly binding: TSESTree.Identifier | undefined;
  /** An import of the module with named specifiers, to add the constants object to. */
  private readonly namedImport: TSESTree.ImportDeclaration | undefined;
  /** The file imports or requires the source's module in some form. */
  readonly importsModule: boolean;

  constructor(
    private readonly sourceCode: Readonly<TSESLint.SourceCode>,
    private readonly source: ConstantSource,
    /** The linted file, whose extension and package.json tell a script's module system. */
    private readonly filename = '',
  ) {
    this.program = sourceCode.ast;
    const found = this.findExisting();
    this.existing = found.reference;
    this.binding = found.binding;
    this.namedImport = found.namedImport;
    this.importsModule = found.reference !== undefined || found.namedImport !== undefined || found.otherForm;
    this.otherForm = found.otherForm;
  }

  private readonly otherForm: boolean;
  private writable: boolean | undefined;

  /** False when the source's module is imported in a form we do not rewrite, or the name is taken. */
  get canWrite(): boolean {
    this.writable ??= this.existing !== undefined || (!this.otherForm && !this.isNameTaken(this.source.localName));
    return this.writable;
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

  private addImport(fixer: TSESLint.RuleFixer): TSESLint.RuleFix {
    const { module, exportName, localName } = this.source;
    const esm = this.isModule();
    const binding = exportName === localName ? exportName : `${exportName}${esm ? ' as' : ':'} ${localName}`;
    // `import { getReasonPhrase } from 'http-status-codes'` gains the specifier: no second import.
    const lastSpecifier = this.namedImport?.specifiers.at(-1);
    if (lastSpecifier) return fixer.insertTextAfter(lastSpecifier, `, ${binding}`);
    const text = esm
      ? exportName === 'default'
        ? `import ${localName} from '${module}';`
        : `import { ${binding} } from '${module}';`
      : `const { ${exportName === 'default' ? `default: ${localName}` : binding} } = require('${module}');`;
    const body = this.program.body;
    const imports = body.filter((statement) =>
      esm ? statement.type === AST_NODE_TYPES.ImportDeclaration : this.requiredModuleOf(statement) !== undefined,
    );
    const lastImport = imports.at(-1);
    if (lastImport) return fixer.insertTextAfter(lastImport, `\n${text}`);
    // After directives such as 'use client' or 'use strict', which must stay first.
    // The prologue only; `typeof`, since oxlint's AST has `directive: null` on other statements.
    const prologue = body.findIndex((statement) => statement.type !== AST_NODE_TYPES.ExpressionStatement || typeof statement.directive !== 'string');
    const lastDirective = body.slice(0, prologue === -1 ? body.length : prologue).at(-1);
    if (lastDirective) return fixer.insertTextAfter(lastDirective, `\n${text}`);
    const first = body[0];
    return first ? fixer.insertTextBefore(first, `${text}\n`) : fixer.insertTextAfterRange([0, 0], `${text}\n`);
  }

  private isModule(): boolean {
    const body = this.program.body;
    if (body.some((statement) => statement.type.startsWith('Import') || statement.type.startsWith('Export'))) return true;
    if (body.some((statement) => this.requiredModuleOf(statement) !== undefined)) return false;
    if (/\.m[jt]sx?$/.test(this.filename)) return true;
    if (/\.c[jt]sx?$/.test(this.filename)) return false;
    // oxlint parses a file without import or export as a script, whatever package.json says.
    if (this.program.sourceType === 'script') return packageType(this.filename) === 'module';
    return this.program.sourceType === 'module';
  }

  private matches(module: string): boolean {
    return module === this.source.module || this.source.aliases.includes(module);
  }

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
      }
      const required = this.requiredModuleOf(statement);
      if (required && this.matches(required.module)) {
        const id = required.declarator.id;
        if (id.type === AST_NODE_TYPES.Identifier) return { reference: `${id.name}.${exportName}`, binding: id, otherForm };
        if (id.type === AST_NODE_TYPES.ObjectPattern) {
          for (const property of id.properties) {
            if (
              property.type === AST_NODE_TYPES.Property &&
              property.key.type === AST_NODE_TYPES.Identifier &&
              property.key.name === exportName &&
              property.value.type === AST_NODE_TYPES.Identifier
            ) {
              return { reference: property.value.name, binding: property.value, otherForm };
            }
          }
        }
        otherForm = true;
      }
    }
    return { ...(namedImport && { namedImport }), otherForm };
  }

  /** `const x = require('m')` at the top level. */
  private requiredModuleOf(
    statement: TSESTree.ProgramStatement,
  ): { module: string; declarator: TSESTree.VariableDeclarator } | undefined {
    if (statement.type !== AST_NODE_TYPES.VariableDeclaration) return undefined;
    for (const declarator of statement.declarations) {
      const module = requireCallModule(declarator.init);
      if (module !== undefined) return { module, declarator };
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
