import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';

import { importedName, memberName, patternPath, skipWrappers, stringValue } from '../ast.js';
import { isStable, type Scope } from './scope.js';

/** Where a value comes from in module terms: `import { a } from 'm'; a.b` is `m` › `a`, `b`. */
export interface ModuleOrigin {
  module: string;
  /** Export names then member names; `default` for a default import. Empty: the module object. */
  path: string[];
}

/** How deep to follow constants and aliases; real code needs two or three. */
export const MAX_DEPTH = 8;

/**
 * The module and path a node's value comes from: an import, a `require()`, an `await import()`,
 * or a stable variable or member of one (`const { constants } = require('node:http2')`).
 */
export function originOf(scope: Scope, node: TSESTree.Node, depth = 0): ModuleOrigin | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const target = skipWrappers(node);
  if (target.type === AST_NODE_TYPES.MemberExpression) {
    const name = memberName(target);
    const base = name === undefined ? undefined : originOf(scope, target.object, depth + 1);
    return base && name !== undefined ? { module: base.module, path: [...base.path, name] } : undefined;
  }
  if (target.type === AST_NODE_TYPES.CallExpression) {
    const module = scope.requiredModule(target);
    return module === undefined ? undefined : { module, path: [] };
  }
  if (target.type === AST_NODE_TYPES.AwaitExpression && target.argument.type === AST_NODE_TYPES.ImportExpression) {
    const module = stringValue(target.argument.source);
    return module === undefined ? undefined : { module, path: [] };
  }
  if (target.type !== AST_NODE_TYPES.Identifier) return undefined;
  const variable = scope.variableOf(target);
  const def = variable?.defs[0];
  if (!variable || !def) return undefined;
  if (def.type === 'ImportBinding') return importOrigin(def.node, def.parent);
  if (def.type === 'Variable' && def.node.init && isStable(variable)) {
    const located = patternPath(def.name);
    if (!located || located.root !== def.node.id) return undefined;
    const base = originOf(scope, def.node.init, depth + 1);
    return base && { module: base.module, path: [...base.path, ...located.path] };
  }
  return undefined;
}

function importOrigin(specifier: TSESTree.Node, declaration: TSESTree.Node | null): ModuleOrigin | undefined {
  if (declaration?.type !== AST_NODE_TYPES.ImportDeclaration) return undefined;
  const module = declaration.source.value;
  switch (specifier.type) {
    case AST_NODE_TYPES.ImportNamespaceSpecifier:
      return { module, path: [] };
    case AST_NODE_TYPES.ImportDefaultSpecifier:
      return { module, path: ['default'] };
    case AST_NODE_TYPES.ImportSpecifier:
      return { module, path: [importedName(specifier)] };
    default:
      return undefined;
  }
}
