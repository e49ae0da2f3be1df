import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';

import type { BodyEffects } from '../frameworks/types.js';
import { memberName, skipWrappers } from './ast.js';
import { registry } from './registry.js';
import type { FileResolver } from './resolver/index.js';
import { apiText, type BodySite } from './sites.js';

/**
 * Finds the body a node sends: a call or `new` whose table entry has a body argument, an
 * assignment to a body property (`ctx.body = x`), or the value a handler returns where that is the
 * body (Fastify). The caller has asked the gate first (./gate.ts).
 */
export class BodyFinder {
  constructor(private readonly resolver: FileResolver) {}

  /** The body a call, `new` or assignment sends, if it sends one that is not `null`/`undefined`. */
  body(node: TSESTree.CallExpression | TSESTree.NewExpression | TSESTree.AssignmentExpression): BodySite | undefined {
    const { resolver } = this;
    if (node.type === AST_NODE_TYPES.AssignmentExpression) {
      const name = node.left.type === AST_NODE_TYPES.MemberExpression ? memberName(node.left) : undefined;
      const kind = name === undefined ? undefined : resolver.kindOf((node.left as TSESTree.MemberExpression).object);
      const effects = kind && name !== undefined ? registry.bodyEffects(kind, name) : undefined;
      if (!kind || !effects || resolver.isNullish(node.right) || (effects.emptyIsNoBody && resolver.isEmptyString(node.right))) return undefined;
      const sentWhenDone = registry.sentWhenDone(kind);
      return { node: node.right, owner: node, api: apiText(resolver.sourceCode, node.left), framework: kind.framework.name, effects, nullable: true, sentWhenDone };
    }
    const callee = skipWrappers(node.callee);
    const kind = resolver.kindOf(callee);
    const call = kind && (node.type === AST_NODE_TYPES.NewExpression ? registry.construct(kind) : registry.call(kind));
    const spec = call?.body;
    if (!kind || !spec) return undefined;
    const argument = node.arguments[spec.arg];
    if (!argument || argument.type === AST_NODE_TYPES.SpreadElement || (spec.nullable && resolver.isNullish(argument))) return undefined;
    if (spec.effects.emptyIsNoBody && resolver.isEmptyString(argument)) return undefined;
    const text = apiText(resolver.sourceCode, callee);
    const api = node.type === AST_NODE_TYPES.NewExpression ? `new ${text}()` : `${text}()`;
    // The response the body goes to: one the call builds (hapi's `h.response(x)`), else the object
    // the method is called on (AdonisJS's `response.send(x)`, written out when the request is done).
    const built = registry.returns(kind, call);
    const builds = !!built && built !== (kind.owner ?? kind);
    const target = builds ? built : kind.owner;
    const sentWhenDone = !!target && registry.sentWhenDone(target);
    return {
      node: argument,
      owner: node,
      api,
      framework: kind.framework.name,
      effects: spec.effects,
      nullable: spec.nullable,
      sentWhenDone,
      ...(sentWhenDone && !builds && { onReceiver: true as const }),
    };
  }

  /**
   * A value a handler returns as its body (Fastify's and Elysia's handlers, a NestJS method under
   * `@HttpCode`), unless it is `null`/`undefined` or what a framework made.
   */
  returned(node: TSESTree.ReturnStatement, effects: BodyEffects): BodySite | undefined {
    if (!node.argument || this.resolver.isNullish(node.argument) || this.madeByFramework(node.argument)) return undefined;
    return { node: node.argument, owner: node, api: 'The returned value', framework: '', effects, nullable: false, sentWhenDone: false };
  }

  /**
   * A framework object, or what a framework call gives: Fastify's `return reply` and
   * `return reply.send()` (the reply, which has sent itself), Elysia's `return status(404, x)`, a
   * `Response`. The framework sends it as it is; it is no body of the status set before.
   */
  private madeByFramework(node: TSESTree.Node): boolean {
    let value = skipWrappers(node);
    while (value.type === AST_NODE_TYPES.AwaitExpression) value = skipWrappers(value.argument);
    if (this.resolver.kindOf(value)) return true;
    return (value.type === AST_NODE_TYPES.CallExpression || value.type === AST_NODE_TYPES.NewExpression) && !!this.resolver.kindOf(skipWrappers(value.callee));
  }
}
