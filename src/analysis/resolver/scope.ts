import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { requireCallModule } from '../ast.js';

export type Variable = TSESLint.Scope.Variable;

/** Questions about names in one file, answered from the scopes ESLint has built. */
export class Scope {
  constructor(readonly sourceCode: Readonly<TSESLint.SourceCode>) {}

  /**
   * The variable a name resolves to: looked up from the innermost scope that holds the identifier
   * (ESLint's `getScope`) outwards, as `findVariable` of eslint-utils does.
   */
  variableOf(identifier: TSESTree.Identifier): Variable | undefined {
    return variableNamed(this.sourceCode, identifier.name, identifier);
  }

  /** A global the file neither declares nor shadows where the name is used. */
  isUnshadowedGlobal(identifier: TSESTree.Identifier): boolean {
    const variable = this.variableOf(identifier);
    return !variable || (variable.defs.length === 0 && variable.scope.type === 'global');
  }

  /** `require('m')` with the real `require`: the module name. */
  requiredModule(node: TSESTree.Node): string | undefined {
    const module = requireCallModule(node);
    // In CommonJS, `require` is a parameter of the module wrapper: ESLint models it as a global.
    return module !== undefined && this.isUnshadowedGlobal((node as TSESTree.CallExpression).callee as TSESTree.Identifier) ? module : undefined;
  }
}

/** The variable a name means at a node: looked up from the innermost scope that holds the node outwards. */
export function variableNamed(sourceCode: Readonly<TSESLint.SourceCode>, name: string, at: TSESTree.Node): Variable | undefined {
  for (let scope: TSESLint.Scope.Scope | null = sourceCode.getScope(at); scope; scope = scope.upper) {
    const variable = scope.set.get(name);
    if (variable) return variable;
  }
  return undefined;
}

/** A variable whose value never changes after its declaration (`const`, or never reassigned). */
export function isStable(variable: Variable): boolean {
  return variable.references.every((reference) => reference.init === true || !reference.isWrite());
}

/** The value of `const name = value`, when the variable is declared so (not by destructuring). */
export function constInitializer(variable: Variable | undefined): TSESTree.Expression | undefined {
  const def = variable?.defs[0];
  return def?.type === 'Variable' && def.node.id === def.name && def.parent.kind === 'const' ? (def.node.init ?? undefined) : undefined;
}

/** `export default name` somewhere in the file. */
export function isExportedDefault(variable: Variable | undefined): boolean {
  return !!variable?.references.some((reference) => reference.identifier.parent?.type === AST_NODE_TYPES.ExportDefaultDeclaration);
}
