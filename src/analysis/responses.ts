import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';

import { baseIdentifier, chainTop, useOf, type Chained, type Use } from './chains.js';
import type { NodeGate } from './gate.js';
import { registry } from './registry.js';
import type { FileResolver } from './resolver/index.js';
import type { Variable } from './resolver/scope.js';

/**
 * The variables that hold responses, and what each use of one does with it: the questions the
 * status, body and header flows (./response-flow.ts, ./header-flow.ts) share.
 */
export class ResponseVariables {
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
