import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';

import { enclosingFunction } from './ast.js';
import { baseIdentifier, chainTop, useOf, type Chained, type Use } from './chains.js';
import type { NodeGate } from './gate.js';
import { registry } from './registry.js';
import type { FileResolver } from './resolver/index.js';
import type { Variable } from './resolver/scope.js';

/**
 * The variables that hold responses, and what each use of one does with it: the questions the
 * status, body and header flows (./response-flow.ts, ./header-flow.ts) share.
 */
/** The nodes between a destructured name and the pattern it belongs to. */
const PATTERN_PARTS: ReadonlySet<string> = new Set([AST_NODE_TYPES.Property, AST_NODE_TYPES.ObjectPattern, AST_NODE_TYPES.AssignmentPattern]);

export class ResponseVariables {
  /** Per destructuring pattern, the variables it declares that hold framework objects headers can be set on. */
  private readonly patterns = new Map<TSESTree.Node, readonly Variable[]>();

  constructor(
    private readonly resolver: FileResolver,
    private readonly gate: NodeGate,
  ) {}

  /**
   * How a response variable is used at a reference (see `useOf`), where passing it to a
   * function-style API that works on it (h3's `setResponseHeader(event, …)`) is an operation on
   * it, not an escape to unknown code.
   */
  useOf(identifier: TSESTree.Identifier): Use {
    const use = useOf(identifier);
    if (use.type === 'escape' && this.responseArgument(use.node) === identifier) return { type: 'chain', node: use.node };
    return use;
  }

  /** The variable a name is. */
  variableOf(identifier: TSESTree.Identifier): Variable | undefined {
    return this.resolver.variableOf(identifier);
  }

  /** The variable a call or assignment operates on: `res` of `res.status(204)`, `event` of `setResponseStatus(event, 204)`. */
  operatedOn(owner: TSESTree.Node): Variable | undefined {
    const base = this.responseArgument(owner) ?? baseIdentifier(owner);
    return base && this.resolver.variableOf(base);
  }

  /**
   * The variable that holds the response a site works on: the handler parameter or local at the
   * base of `res.status(401)` / `ctx.status = 401`, or the `const` a built response is stored in.
   */
  holding(owner: TSESTree.Node): Variable | undefined {
    const variable = this.operatedOn(owner);
    const def = variable?.defs[0];
    if (def && (def.type === 'Parameter' || (def.type === 'Variable' && def.node.id === def.name))) return variable;
    return this.declaredWith(chainTop(owner));
  }

  /**
   * The other variables destructured from the same parameter or declaration as this one: `set`
   * for `status` in `({ set, status }) => …`, parts of one handler context. Empty for a variable
   * that is not destructured.
   */
  destructuredWith(variable: Variable): readonly Variable[] {
    let root: TSESTree.Node | undefined = variable.defs[0]?.name;
    while (root?.parent && PATTERN_PARTS.has(root.parent.type)) root = root.parent;
    if (root?.type !== AST_NODE_TYPES.ObjectPattern) return [];
    // One pass over the scope per pattern, for all the variables it declares.
    let parts = this.patterns.get(root);
    if (!parts) {
      const { range } = root;
      parts = variable.scope.variables.filter((other) => {
        const name = other.defs[0]?.name;
        return !!name && name.range[0] >= range[0] && name.range[1] <= range[1] && this.takesHeaders(name);
      });
      this.patterns.set(root, parts);
    }
    return parts.filter((other) => other !== variable);
  }

  /**
   * The parameters of the function around a node that hold a framework object: `res` of a NestJS
   * method `(@Res({ passthrough: true }) res: Response)`, where an exception thrown is answered.
   */
  parametersAround(node: TSESTree.Node): Variable[] {
    const fn = enclosingFunction(node);
    if (!fn) return [];
    const variables: Variable[] = [];
    for (const param of fn.params) {
      const target = param.type === AST_NODE_TYPES.TSParameterProperty ? param.parameter : param;
      const identifier = target.type === AST_NODE_TYPES.AssignmentPattern ? target.left : target;
      if (identifier.type !== AST_NODE_TYPES.Identifier || !this.takesHeaders(identifier)) continue;
      const variable = this.resolver.variableOf(identifier);
      if (variable) variables.push(variable);
    }
    return variables;
  }

  /** Whether a name holds a framework object that headers can be set on (`res`, Elysia's `set`). */
  private takesHeaders(identifier: TSESTree.Node): boolean {
    const kind = identifier.type === AST_NODE_TYPES.Identifier ? this.resolver.kindOf(identifier) : undefined;
    return !!kind && registry.takesHeaders(kind);
  }

  /** The variable a value is stored in: `const response = h.response(x)`. */
  declaredWith(node: TSESTree.Node): Variable | undefined {
    const parent = node.parent;
    if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === node && parent.id.type === AST_NODE_TYPES.Identifier) {
      return this.resolver.variableOf(parent.id);
    }
    return undefined;
  }

  /** Whether a call writes the response head (`res.writeHead()`, `res.end()`, Express `res.send()`). */
  sendsHead(call: Chained): boolean {
    if (call.type !== AST_NODE_TYPES.CallExpression) return false;
    const kind = this.resolver.kindOf(call.callee);
    return !!kind && !!registry.call(kind)?.sendsHead;
  }

  /** `event` in `setResponseStatus(event, 401)`: the argument a function-style API works on. */
  private responseArgument(node: TSESTree.Node): TSESTree.Identifier | undefined {
    if (node.type !== AST_NODE_TYPES.CallExpression || node.callee.type !== AST_NODE_TYPES.Identifier) return undefined;
    if (!this.gate.isBareCallName(node.callee.name)) return undefined;
    const kind = this.resolver.kindOf(node.callee);
    const index = kind && registry.call(kind)?.response;
    const argument = index === undefined ? undefined : node.arguments[index];
    return argument?.type === AST_NODE_TYPES.Identifier ? argument : undefined;
  }
}
