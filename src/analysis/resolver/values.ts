import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';

import { findConstantLibrary, resolveConstantMember, resolveHeaderConstant, resolveTopLevelConstant } from '../../codes/index.js';
import { findProperty, memberName, skipWrappers, stringValue } from '../ast.js';
import { registry } from '../registry.js';
import { MAX_DEPTH, originOf, type ModuleOrigin } from './origins.js';
import { constInitializer, type Scope } from './scope.js';

/** A value known without running the code. `node` is where it is written (a literal, usually). */
export type StaticValue =
  | { type: 'number'; value: number; node: TSESTree.Node }
  | { type: 'string'; value: string; node: TSESTree.Node };

/**
 * The values expressions always have, as far as one file shows them: literals, constants, local
 * constants objects and enums, and the members of constants libraries (`StatusCodes.NOT_FOUND`).
 */
export class StaticValues {
  constructor(private readonly scope: Scope) {}

  /** The number or string an expression always has. */
  staticValue(node: TSESTree.Node, depth = 0): StaticValue | undefined {
    if (depth > MAX_DEPTH) return undefined;
    const target = skipWrappers(node);
    switch (target.type) {
      case AST_NODE_TYPES.Literal:
        if (typeof target.value === 'number') return { type: 'number', value: target.value, node: target };
        if (typeof target.value === 'string') return { type: 'string', value: target.value, node: target };
        return undefined;
      case AST_NODE_TYPES.TemplateLiteral: {
        const value = stringValue(target);
        return value === undefined ? undefined : { type: 'string', value, node: target };
      }
      case AST_NODE_TYPES.UnaryExpression: {
        if (target.operator !== '-' && target.operator !== '+') return undefined;
        const inner = this.staticValue(target.argument, depth + 1);
        if (inner?.type !== 'number') return undefined;
        return { type: 'number', value: target.operator === '-' ? -inner.value : inner.value, node: target };
      }
      case AST_NODE_TYPES.Identifier:
        return this.identifierValue(target, depth);
      case AST_NODE_TYPES.MemberExpression:
        return this.memberValue(target, depth);
      default:
        return undefined;
    }
  }

  private identifierValue(identifier: TSESTree.Identifier, depth: number): StaticValue | undefined {
    const variable = this.scope.variableOf(identifier);
    const def = variable?.defs[0];
    if (!variable || !def || variable.defs.length > 1) return undefined;
    if (def.type === 'Variable') {
      const init = constInitializer(variable);
      if (init) return this.staticValue(init, depth + 1);
      // Destructured from a module or a constants object: `const { HTTP2_HEADER_STATUS } = http2.constants`.
      const origin = def.parent.kind === 'const' && def.node.id !== def.name ? originOf(this.scope, identifier) : undefined;
      return origin ? constantValue(origin, identifier) : undefined;
    }
    if (def.type === 'ImportBinding') {
      // Legacy top-level exports: `import { NOT_FOUND } from 'http-status-codes'`.
      const origin = originOf(this.scope, identifier);
      return origin ? constantValue(origin, identifier) : undefined;
    }
    return undefined;
  }

  private memberValue(member: TSESTree.MemberExpression, depth: number): StaticValue | undefined {
    const name = memberName(member);
    if (name === undefined) return undefined;
    const origin = originOf(this.scope, member);
    if (origin) return constantValue(origin, member);
    // A local constants object or enum: `const Status = { GONE: 410 } as const`, `enum Status {…}`.
    const object = skipWrappers(member.object);
    if (object.type !== AST_NODE_TYPES.Identifier) return undefined;
    const variable = this.scope.variableOf(object);
    const def = variable?.defs[0];
    if (!variable || !def || variable.defs.length > 1) return undefined;
    const init = constInitializer(variable);
    if (init) {
      const target = skipWrappers(init);
      const property = target.type === AST_NODE_TYPES.ObjectExpression ? findProperty(target, name) : undefined;
      return property ? this.staticValue(property.value, depth + 1) : undefined;
    }
    if (def.type === 'TSEnumName' && def.node.type === AST_NODE_TYPES.TSEnumDeclaration) {
      const found = def.node.body.members.find((m) => (m.id.type === AST_NODE_TYPES.Identifier ? m.id.name : stringValue(m.id)) === name);
      return found?.initializer ? this.staticValue(found.initializer, depth + 1) : undefined;
    }
    return undefined;
  }

  /** The object literal an expression is, directly or through a `const`. */
  objectOf(node: TSESTree.Node, depth = 0): TSESTree.ObjectExpression | undefined {
    const target = skipWrappers(node);
    if (target.type === AST_NODE_TYPES.ObjectExpression) return target;
    if (target.type !== AST_NODE_TYPES.Identifier || depth >= MAX_DEPTH) return undefined;
    const init = constInitializer(this.scope.variableOf(target));
    return init && this.objectOf(init, depth + 1);
  }

  /**
   * The value of an object property, following a `const init = { … }` in scope. A computed key
   * counts by its static value (`{ [HTTP2_HEADER_STATUS]: 204 }`); the last property wins.
   */
  propertyValueNode(node: TSESTree.Node, names: readonly string[]): TSESTree.Node | undefined {
    const object = this.objectOf(node);
    if (!object) return undefined;
    for (const name of names) {
      const property = findProperty(object, name) ?? this.computedProperty(object, name);
      if (property) return property.value;
    }
    return undefined;
  }

  /** `''`, an empty template, or a constant holding one. */
  isEmptyString(node: TSESTree.Node): boolean {
    const value = this.staticValue(node);
    return value?.type === 'string' && value.value === '';
  }

  /** The last `[key]: value` property whose key is always the string `name`. */
  private computedProperty(object: TSESTree.ObjectExpression, name: string): TSESTree.Property | undefined {
    return object.properties.findLast(
      (property): property is TSESTree.Property =>
        property.type === AST_NODE_TYPES.Property &&
        property.computed &&
        !property.method &&
        property.key.type !== AST_NODE_TYPES.Literal &&
        this.staticValue(property.key)?.value === name,
    );
  }

  /** `undefined` (the global), `void 0`, and with `orNull` also `null`. */
  isNullish(node: TSESTree.Node, orNull = true): boolean {
    const target = skipWrappers(node);
    if (target.type === AST_NODE_TYPES.Literal) return orNull && target.value === null && !('regex' in target);
    if (target.type === AST_NODE_TYPES.UnaryExpression) return target.operator === 'void';
    return target.type === AST_NODE_TYPES.Identifier && target.name === 'undefined' && this.scope.isUnshadowedGlobal(target);
  }
}

/** A member of a constants library: `StatusCodes.NOT_FOUND`, `constants.HTTP_STATUS_GONE`, `NOT_FOUND`. */
function constantValue(origin: ModuleOrigin, node: TSESTree.Node): StaticValue | undefined {
  const { module } = origin;
  // A default import of a CommonJS module is the module object: `http2.constants.X`.
  const path = origin.path.length === 3 && origin.path[0] === 'default' ? origin.path.slice(1) : origin.path;
  // `import { NOT_FOUND } from 'http-status-codes'`, or `hsc.NOT_FOUND` on the module object.
  const [topLevel] = path.length === 1 ? path : path.length === 2 && path[0] === 'default' ? path.slice(1) : [];
  const legacy = topLevel === undefined ? undefined : resolveTopLevelConstant(module, topLevel);
  if (legacy !== undefined) return { type: 'number', value: legacy, node };
  // `lib.Object.MEMBER`, or a member of the default export (`httpStatus.NOT_FOUND`).
  const [exportName, member] = path;
  if (path.length !== 2 || exportName === undefined || member === undefined) return undefined;
  const string = registry.stringConstants.get(module)?.get(path.join('.'));
  if (string !== undefined) return { type: 'string', value: string, node };
  const library = findConstantLibrary(module, exportName);
  if (!library) return undefined;
  const value = resolveConstantMember(library.id, member);
  if (value !== undefined) return { type: 'number', value, node };
  const header = resolveHeaderConstant(library.id, member);
  return header === undefined ? undefined : { type: 'string', value: header, node };
}
