import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';

import type { HeaderSlot } from '../frameworks/types.js';
import { findProperty, memberName, propertyKeyName, skipWrappers } from './ast.js';
import type { NodeGate } from './gate.js';
import { registry } from './registry.js';
import type { FileResolver } from './resolver/index.js';
import { constInitializer } from './resolver/scope.js';
import type { HeaderSet } from './sites.js';

/**
 * Reads the header names a call or `new` sets, from the header slots of its table entry: a name
 * argument, an object (or `Headers`, or pairs) of headers, the `headers` of an init object, a
 * header the API always sets. Names are lower case.
 */
export class HeaderReader {
  constructor(
    private readonly resolver: FileResolver,
    private readonly gate: NodeGate,
  ) {}

  /** The header names (lower case) a call or `new` sets; `unknown` when some are out of sight. */
  headers(node: TSESTree.CallExpression | TSESTree.NewExpression): HeaderSet {
    const result: HeaderSet = { names: new Set(), unknown: false };
    if (!this.gate.maySetHeaders(node)) return result;
    const kind = this.resolver.kindOf(skipWrappers(node.callee));
    const slots = kind && (node.type === AST_NODE_TYPES.NewExpression ? registry.construct(kind) : registry.call(kind))?.headers;
    for (const slot of slots ?? []) this.readSlot(slot, node.arguments, result);
    return result;
  }

  /** The header an assignment sets on a header map (`set.headers['WWW-Authenticate'] = …`), by its static name. */
  assigned(node: TSESTree.AssignmentExpression): HeaderSet {
    const result: HeaderSet = { names: new Set(), unknown: false };
    const left = skipWrappers(node.left);
    if (left.type !== AST_NODE_TYPES.MemberExpression) return result;
    const kind = this.resolver.kindOf(left.object);
    if (!kind || !registry.headerMap(kind)) return result;
    const value = left.computed ? this.resolver.staticValue(left.property) : undefined;
    const name = value?.type === 'string' ? value.value : memberName(left);
    if (name === undefined) result.unknown = true;
    else result.names.add(name.toLowerCase());
    return result;
  }

  private readSlot(slot: HeaderSlot, args: readonly TSESTree.CallExpressionArgument[], result: HeaderSet): void {
    if ('fixed' in slot) {
      if (slot.when === undefined || args[slot.when]) result.names.add(slot.fixed.toLowerCase());
    } else if ('name' in slot) {
      const arg = args[slot.name];
      const name = arg && this.resolver.staticValue(arg);
      if (name?.type === 'string') result.names.add(name.value.toLowerCase());
      else if (arg) this.readHeaderObject(arg, result);
    } else if ('object' in slot) {
      const arg = slot.object === 'last' ? args.findLast((a) => a.type === AST_NODE_TYPES.ObjectExpression) : args[slot.object];
      if (arg) this.readHeaderObject(arg, result);
    } else if ('init' in slot) {
      // `createError(401, msg, props)`: the options object, or an argument that may be one.
      const arg =
        slot.init === 'last'
          ? (args.findLast((a) => a.type === AST_NODE_TYPES.ObjectExpression) ?? args.slice(2).find((a) => a.type === AST_NODE_TYPES.Identifier))
          : args[slot.init];
      // A status (`c.json(x, 401)`) or a message is not an options object.
      if (!arg || this.resolver.staticValue(arg)) return;
      const init = this.resolver.objectOf(arg);
      if (!init || init.properties.some((property) => property.type === AST_NODE_TYPES.SpreadElement)) {
        result.unknown = true;
        return;
      }
      const headers = this.resolver.propertyValueNode(init, ['headers']);
      if (headers) this.readHeaderObject(headers, result);
    } else {
      const arg = args[slot.opaque];
      const init = arg && this.resolver.objectOf(arg);
      if (arg && (!init || findProperty(init, slot.property))) result.unknown = true;
    }
  }

  /** A header object's key: `allow`, `'WWW-Authenticate'`, or a computed constant (`[HTTP2_HEADER_ALLOW]`). */
  private keyName(property: TSESTree.Property): string | undefined {
    if (!property.computed) return propertyKeyName(property);
    const value = this.resolver.staticValue(property.key);
    return value?.type === 'string' ? value.value : undefined;
  }

  /** `{ 'WWW-Authenticate': … }`, `new Headers({ … })`, `[['Allow', 'GET']]`, or a const holding one. */
  private readHeaderObject(node: TSESTree.Node, result: HeaderSet, depth = 0): void {
    const target = skipWrappers(node);
    if (target.type === AST_NODE_TYPES.ObjectExpression) {
      for (const property of target.properties) {
        const key = property.type === AST_NODE_TYPES.Property ? this.keyName(property) : undefined;
        if (key === undefined) result.unknown = true;
        else result.names.add(key.toLowerCase());
      }
    } else if (target.type === AST_NODE_TYPES.ArrayExpression) {
      for (const element of target.elements) {
        const first = element?.type === AST_NODE_TYPES.ArrayExpression ? element.elements[0] : undefined;
        const name = first && first.type !== AST_NODE_TYPES.SpreadElement ? this.resolver.staticValue(first) : undefined;
        if (name?.type === 'string') result.names.add(name.value.toLowerCase());
        else result.unknown = true;
      }
    } else if (target.type === AST_NODE_TYPES.NewExpression && target.callee.type === AST_NODE_TYPES.Identifier && target.callee.name === 'Headers') {
      const init = target.arguments[0];
      if (init) this.readHeaderObject(init, result, depth + 1);
    } else if (target.type === AST_NODE_TYPES.Identifier && depth < 4) {
      const init = constInitializer(this.resolver.variableOf(target));
      if (init) this.readHeaderObject(init, result, depth + 1);
      else result.unknown = true;
    } else {
      result.unknown = true;
    }
  }
}
