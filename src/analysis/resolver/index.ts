import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import type { HandlerSpec, ShapeSpec } from '../../frameworks/types.js';
import type { FunctionNode } from '../ast.js';
import type { Kind } from '../registry.js';
import { projectDependencies } from '../../project/versions.js';
import { KindResolver } from './kinds.js';
import { Scope, type Variable } from './scope.js';
import { StaticValues, type StaticValue } from './values.js';

/**
 * What the analysis resolves about the expressions of one file, in one place: the variable a name
 * is (./scope.ts), the framework object a node is (./kinds.ts, with handler registration in
 * ./handlers.ts and the type checker in ./typed.ts), and the value it always has (./values.ts).
 */
export class FileResolver {
  readonly scope: Scope;
  private readonly kinds: KindResolver;
  private readonly values: StaticValues;
  /** Per package a plugin table entry names, whether the file or its project has it (`hasPackage`). */
  private readonly packages = new Map<string, boolean>();

  constructor(
    readonly sourceCode: Readonly<TSESLint.SourceCode>,
    private readonly filename: string,
    /** The handler shapes of the frameworks the file's project depends on. */
    shapes: readonly ShapeSpec[],
  ) {
    this.scope = new Scope(sourceCode);
    this.kinds = new KindResolver(this.scope, filename.replaceAll('\\', '/'), shapes);
    this.values = new StaticValues(this.scope);
  }

  /**
   * Whether a package is present for this file: named as a module in its text (an import,
   * `require()` or `import()` of it, written as a string), or listed in the dependencies of the
   * nearest package.json. Once per file and package.
   */
  hasPackage(name: string): boolean {
    let present = this.packages.get(name);
    if (present === undefined) {
      const text = this.sourceCode.text;
      present = ['\'', '"', '`'].some((quote) => text.includes(`${quote}${name}${quote}`)) || !!projectDependencies(this.filename)?.has(name);
      this.packages.set(name, present);
    }
    return present;
  }

  variableOf(identifier: TSESTree.Identifier): Variable | undefined {
    return this.scope.variableOf(identifier);
  }

  kindOf(node: TSESTree.Node): Kind | undefined {
    return this.kinds.kindOf(node);
  }

  bindingKind(identifier: TSESTree.Identifier): Kind | undefined {
    return this.kinds.bindingKind(identifier);
  }

  handlerOf(fn: FunctionNode): HandlerSpec | undefined {
    return this.kinds.handlers.handlerOf(fn);
  }

  staticValue(node: TSESTree.Node): StaticValue | undefined {
    return this.values.staticValue(node);
  }

  branchValues(node: TSESTree.Node): { node: TSESTree.Node; value: StaticValue }[] | undefined {
    return this.values.branchValues(node);
  }

  objectOf(node: TSESTree.Node): TSESTree.ObjectExpression | undefined {
    return this.values.objectOf(node);
  }

  propertyValueNode(node: TSESTree.Node, names: readonly string[]): TSESTree.Node | undefined {
    return this.values.propertyValueNode(node, names);
  }

  isNullish(node: TSESTree.Node, orNull = true): boolean {
    return this.values.isNullish(node, orNull);
  }

  isEmptyString(node: TSESTree.Node): boolean {
    return this.values.isEmptyString(node);
  }
}
