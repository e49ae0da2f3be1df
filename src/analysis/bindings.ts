import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';

import { bindingIdentifiers, requireCallModule, skipWrappers, stringValue } from './ast.js';
import { registry, type Kind } from './registry.js';

/**
 * The names a file binds at its top level to values from framework modules, and whether calling
 * each acts on a response (`import { setResponseStatus } from 'h3'`): what a bare call of a name
 * that is no method and no global can be.
 */
export class FrameworkBindings {
  /** By name: the binding, and whether it acts when called (worked out on the first call of that name). */
  private bindings: Map<string, { identifier: TSESTree.Identifier; acts?: boolean }> | undefined;

  constructor(
    private readonly program: TSESTree.Program,
    private readonly kindOfBinding: (identifier: TSESTree.Identifier) => Kind | undefined,
  ) {}

  actsWhenCalled(name: string): boolean {
    this.bindings ??= new Map([...frameworkBindings(this.program)].map((identifier) => [identifier.name, { identifier }]));
    const binding = this.bindings.get(name);
    if (!binding) return false;
    if (binding.acts === undefined) {
      const kind = this.kindOfBinding(binding.identifier);
      binding.acts = !!kind && registry.actsWhenCalled(kind);
    }
    return binding.acts;
  }
}

/**
 * The identifiers the file binds at the top level to values from framework modules: imports
 * from them, and declarations whose value starts at a `require()` or `import()` of one or at such
 * a binding (`const { createError } = require('h3')`, `const kit = await import('@sveltejs/kit')`).
 */
function* frameworkBindings(program: TSESTree.Program): Generator<TSESTree.Identifier> {
  const bound = new Set<string>();
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ImportDeclaration) {
      if (!registry.modules.has(statement.source.value)) continue;
      for (const { local } of statement.specifiers) {
        bound.add(local.name);
        yield local;
      }
    } else if (statement.type === AST_NODE_TYPES.VariableDeclaration) {
      for (const declarator of statement.declarations) {
        if (!declarator.init || !isFrameworkValue(declarator.init, bound)) continue;
        for (const identifier of bindingIdentifiers(declarator.id)) {
          bound.add(identifier.name);
          yield identifier;
        }
      }
    }
  }
}

/** Whether an expression's value starts at a framework module or at one of these bindings (by syntax). */
function isFrameworkValue(expression: TSESTree.Node, bound: ReadonlySet<string>): boolean {
  let node = skipWrappers(expression);
  for (;;) {
    if (node.type === AST_NODE_TYPES.AwaitExpression) node = skipWrappers(node.argument);
    else if (node.type === AST_NODE_TYPES.MemberExpression) node = skipWrappers(node.object);
    else if (node.type === AST_NODE_TYPES.ImportExpression) return isFrameworkModule(stringValue(node.source));
    else if (node.type !== AST_NODE_TYPES.CallExpression) break;
    else if (requireCallModule(node) !== undefined) return isFrameworkModule(requireCallModule(node));
    else node = skipWrappers(node.callee);
  }
  return node.type === AST_NODE_TYPES.Identifier && bound.has(node.name);
}

const isFrameworkModule = (module: string | undefined): boolean => module !== undefined && registry.modules.has(module);
