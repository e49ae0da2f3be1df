import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';

import { findConstantLibrary, resolveConstantMember, resolveHeaderConstant, resolveTopLevelConstant } from '../../codes/index.js';
import { findProperty, memberName, skipWrappers, stringValue } from '../ast.js';
import { MAX_DEPTH, originOf, type ModuleOrigin } from './origins.js';
import { constInitializer, type Scope } from './scope.js';
import { LocalTables } from './tables.js';

/** A value known without running the code. `node` is where it is written (a literal, usually). */
export type StaticValue =
  | { type: 'number'; value: number; node: TSESTree.Node }
  | { type: 'string'; value: string; node: TSESTree.Node };

/**
 * The values expressions always have, as far as one file shows them: literals, constants, local
 * tables and enums (./tables.ts), and the members of constants libraries (`StatusCodes.NOT_FOUND`).
 */
export class StaticValues {
  private readonly tables: LocalTables;

  constructor(private readonly scope: Scope) {
    this.tables = new LocalTables(scope);
  }

  /**
   * The values an expression that chooses between others can take, each where it is written:
   * both branches of `ok ? 200 : 509`, both sides of `err.status || 509` and `code ?? 1006`,
   * the right side of `ok && 204`, nested. Branches whose value is not known add nothing.
   * Undefined for an expression that chooses nothing.
   */
  branchValues(node: TSESTree.Node): { node: TSESTree.Node; value: StaticValue }[] | undefined {
    const target = skipWrappers(node);
    if (target.type !== AST_NODE_TYPES.ConditionalExpression && target.type !== AST_NODE_TYPES.LogicalExpression) return undefined;
    const found: { node: TSESTree.Node; value: StaticValue }[] = [];
    const visit = (branch: TSESTree.Node, depth: number): void => {
      const expression = skipWrappers(branch);
      if (depth <= MAX_DEPTH && expression.type === AST_NODE_TYPES.ConditionalExpression) {
        visit(expression.consequent, depth + 1);
        visit(expression.alternate, depth + 1);
      } else if (depth <= MAX_DEPTH && expression.type === AST_NODE_TYPES.LogicalExpression) {
        // `a && b` is `a` only when `a` is falsy: no status.
        if (expression.operator !== '&&') visit(expression.left, depth + 1);
        visit(expression.right, depth + 1);
      } else {
        const value = this.staticValue(branch);
        if (value) found.push({ node: branch, value });
      }
    };
    visit(target, 0);
    return found;
  }

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
      // `const code = 410`, or `const { status } = ERRORS.gone` from a local table.
      const init = constInitializer(variable) ?? this.tables.destructuredValue(variable, depth + 1);
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
    // A local table (`const Status = { GONE: 410 } as const`, ./tables.ts) or enum.
    const value = this.tables.memberValue(member, depth + 1);
    if (value) return this.staticValue(value, depth + 1);
    const object = skipWrappers(member.object);
    if (object.type !== AST_NODE_TYPES.Identifier) return undefined;
    const variable = this.scope.variableOf(object);
    const def = variable?.defs[0];
    if (!variable || def?.type !== 'TSEnumName' || variable.defs.length > 1 || def.node.type !== AST_NODE_TYPES.TSEnumDeclaration) return undefined;
    return this.enumMemberValue(def.node, name, depth);
  }

  /**
   * A member of an enum the file declares once: its initializer, or for a numeric member
   * without one, the member before it plus one (`enum Close { Normal = 1000, GoingAway }`).
   */
  private enumMemberValue(declaration: TSESTree.TSEnumDeclaration, name: string, depth: number): StaticValue | undefined {
    // `declare enum` and `const enum` hold the same values; an enum merged from several declarations is not followed.
    const members = declaration.body.members;
    const index = members.findIndex((m) => (m.id.type === AST_NODE_TYPES.Identifier ? m.id.name : stringValue(m.id)) === name);
    // Members without an initializer count on from the last one with a number.
    let start = index;
    while (start > 0 && !members[start]?.initializer) start--;
    const first = members[start];
    if (index < 0 || !first) return undefined;
    const base = first.initializer ? this.staticValue(first.initializer, depth + 1) : { type: 'number' as const, value: 0, node: first };
    if (start === index) return base;
    return base?.type === 'number' ? { type: 'number', value: base.value + index - start, node: members[index] ?? first } : undefined;
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

  /** See `isNullishValue`. */
  isNullish(node: TSESTree.Node, orNull = true): boolean {
    return isNullishValue(this.scope, node, orNull);
  }
}

/** `undefined` (the global), `void 0`, and with `orNull` also `null`. */
export function isNullishValue(scope: Scope, node: TSESTree.Node, orNull = true): boolean {
  const target = skipWrappers(node);
  if (target.type === AST_NODE_TYPES.Literal) return orNull && target.value === null && !('regex' in target);
  if (target.type === AST_NODE_TYPES.UnaryExpression) return target.operator === 'void';
  return target.type === AST_NODE_TYPES.Identifier && target.name === 'undefined' && scope.isUnshadowedGlobal(target);
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
  const library = findConstantLibrary(module, exportName);
  if (!library) return undefined;
  const value = resolveConstantMember(library.id, member);
  if (value !== undefined) return { type: 'number', value, node };
  const header = resolveHeaderConstant(library.id, member);
  return header === undefined ? undefined : { type: 'string', value: header, node };
}
