import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';

import { isWriteTarget, memberName, patternIdentifiers, patternPath, propertyKeyName, skipWrappers } from '../ast.js';
import { MAX_DEPTH } from './origins.js';
import { constInitializer, type Scope, type Variable } from './scope.js';

/**
 * Local tables of values: objects a file declares with `const` and reads statuses and close
 * codes from (`const Status = { GONE: 410 } as const; res.status(Status.GONE)`,
 * `const { status } = ERRORS.notFound`). A value is read from such an object only where nothing
 * in the file can have changed it:
 *
 * - `as const` (at any depth): the type checker rejects every write;
 * - otherwise, every use of the binding in the file reads a member (`Status.GONE`,
 *   `ERRORS[key].status`, `key in Status`, `Object.keys(Status)`), none writes, deletes or calls
 *   one, and the binding is not exported. A member that may hold an object (a nested table) may
 *   only be read further or bound by `const` to names that pass the same test;
 * - failing that, `Object.freeze({ … })`: its own properties only (the freeze is shallow).
 *
 * Each binding is judged once.
 */
export class LocalTables {
  private readonly trust = new Map<Variable, Trust>();
  private readonly readOnly = new Map<Variable, boolean>();

  constructor(private readonly scope: Scope) {}

  /**
   * The object literal an expression always is, read from a table nothing writes to; `deep`
   * when its nested objects are as safe to read (not for a frozen table that is otherwise
   * written to or handed on).
   */
  tableObject(node: TSESTree.Node, depth = 0): Table | undefined {
    const found = this.tableValue(node, depth);
    const object = found && found.safe !== 'value' ? skipWrappers(found.node) : undefined;
    return found && object?.type === AST_NODE_TYPES.ObjectExpression ? { object, deep: found.safe === 'deep' } : undefined;
  }

  /** The value a member read from a table holds, where nothing writes to the table: the expression written in the table. */
  memberValue(member: TSESTree.MemberExpression, depth = 0): TSESTree.Node | undefined {
    const name = memberName(member);
    const table = name === undefined ? undefined : this.tableObject(member.object, depth + 1);
    return table && name !== undefined ? tableProperty(table.object, name) : undefined;
  }

  /**
   * For a name bound by destructuring a table (`const { status, message } = ERRORS.notFound`),
   * the expression the table holds for it.
   */
  destructuredValue(variable: Variable, depth = 0): TSESTree.Node | undefined {
    return this.destructured(variable, depth)?.node;
  }

  /**
   * Where a value read from tables is written, and how far it is safe to read (`safe`): `value`,
   * the value itself; `shallow`, also its own properties (a frozen table's); `deep`, also what
   * is nested in them.
   */
  private tableValue(node: TSESTree.Node, depth: number): TableValue | undefined {
    if (depth > MAX_DEPTH) return undefined;
    const target = skipWrappers(node);
    if (target.type === AST_NODE_TYPES.ObjectExpression) return { node: target, safe: 'deep' };
    if (target.type === AST_NODE_TYPES.MemberExpression) {
      const name = memberName(target);
      const outer = name === undefined ? undefined : this.tableObject(target.object, depth + 1);
      const value = outer && name !== undefined ? tableProperty(outer.object, name) : undefined;
      return outer && value ? { node: value, safe: outer.deep ? 'deep' : 'value' } : undefined;
    }
    if (target.type !== AST_NODE_TYPES.Identifier) return undefined;
    const variable = this.scope.variableOf(target);
    if (!variable || variable.defs.length !== 1) return undefined;
    const init = constInitializer(variable);
    if (!init) return this.destructured(variable, depth);
    const literal = tableLiteral(init, this.scope);
    // An alias (`const e = ERRORS.notFound`): the table's own test covers it.
    if (!literal) return this.tableValue(init, depth + 1);
    const trust = this.trustOf(variable, init, literal.frozen);
    return trust === 'none' ? undefined : { node: literal.object, safe: trust };
  }

  private destructured(variable: Variable, depth: number): TableValue | undefined {
    const def = variable.defs[0];
    if (variable.defs.length !== 1 || def?.type !== 'Variable' || def.parent.kind !== 'const' || !def.node.init) return undefined;
    const located = patternPath(def.name);
    if (!located || located.root !== def.node.id || located.path.length === 0) return undefined;
    let value: TableValue = { node: def.node.init, safe: 'deep' };
    for (const key of located.path) {
      // A nested object is only as safe as the table it is read from.
      const table = value.safe === 'value' ? undefined : this.tableObject(value.node, depth + 1);
      const property = table && tableProperty(table.object, key);
      if (!table || !property) return undefined;
      value = { node: property, safe: table.deep ? 'deep' : 'value' };
    }
    return value;
  }

  /** How far a `const` bound to a table literal can be trusted (see the class). */
  private trustOf(variable: Variable, init: TSESTree.Expression, frozen: boolean): Trust {
    let trust = this.trust.get(variable);
    if (trust === undefined) {
      trust = isAsConst(init) || this.isReadOnly(variable) ? 'deep' : frozen ? 'shallow' : 'none';
      this.trust.set(variable, trust);
    }
    return trust;
  }

  /**
   * Whether no use of a binding can change the table it holds: not exported, and every
   * reference reads (see the class). `value`: the table (or nested object) the binding holds,
   * to tell which members may hold objects.
   */
  private isReadOnly(variable: Variable, depth = 0): boolean {
    const known = this.readOnly.get(variable);
    if (known !== undefined) return known;
    // Cycles (`const a = { b }` and `const b = a.b`) are not read-only.
    this.readOnly.set(variable, false);
    const def = variable.defs[0];
    const exported = def?.type === 'Variable' && def.parent.parent?.type === AST_NODE_TYPES.ExportNamedDeclaration;
    const value = def?.type === 'Variable' ? writtenValue(def.name, this.scope, 0) : undefined;
    const result =
      depth <= MAX_DEPTH &&
      !exported &&
      value !== undefined &&
      variable.references.every((reference) => reference.init === true || this.readsOnly(reference.identifier as TSESTree.Identifier, value, depth));
    this.readOnly.set(variable, result);
    return result;
  }

  /** Whether one reference to a table binding only reads it (see the class). */
  private readsOnly(identifier: TSESTree.Identifier, table: TSESTree.Node, depth: number): boolean {
    // A name bound to a number or a string (`const { status } = ERRORS.x`) cannot change a table.
    if (!mayBeObject(table, this.scope)) return true;
    // The member chain read from the binding (`ERRORS.notFound.status`, `ERRORS[kind].status`), and the values it may hold.
    let node: TSESTree.Node = identifier;
    let values: Values = [table];
    while (node.parent?.type === AST_NODE_TYPES.MemberExpression && node.parent.object === node) {
      values = membersRead(values, memberName(node.parent), this.scope);
      node = node.parent;
    }
    const parent = node.parent;
    if (!parent) return false;
    // Bound by `const` (`const e = ERRORS.x`, `const { status } = ERRORS.x`): as read-only as those names.
    if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.init === node && parent.parent.kind === 'const') {
      return [...patternIdentifiers(parent.id)].every((bound) => {
        const variable = bound && this.scope.variableOf(bound);
        return !!variable && this.isReadOnly(variable, depth + 1);
      });
    }
    if (node === identifier) {
      // The binding itself: `typeof Status` in a type, `key in Status`, `Object.keys(Status)`.
      if (parent.type === AST_NODE_TYPES.TSTypeQuery) return true;
      if (parent.type === AST_NODE_TYPES.BinaryExpression && parent.operator === 'in' && parent.right === node) return true;
      return this.isObjectListing(parent, node, table);
    }
    // Writes and calls: `Status.GONE = 1`, `Status.GONE++`, `delete Status.GONE`, `[Status.a] = x`, `Status.bump()`.
    if (isWriteTarget(node)) return false;
    if (parent.type === AST_NODE_TYPES.CallExpression && parent.callee === node) return false;
    // A nested object may be changed by whatever it is handed to.
    return values !== 'unknown' && !values.some((value) => mayBeObject(value, this.scope));
  }

  /** `Object.keys(table)`, and `Object.values` / `Object.entries` of a table without nested objects. */
  private isObjectListing(parent: TSESTree.Node, node: TSESTree.Node, table: TSESTree.Node): boolean {
    if (parent.type !== AST_NODE_TYPES.CallExpression || parent.arguments[0] !== node) return false;
    const callee = skipWrappers(parent.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.object.type !== AST_NODE_TYPES.Identifier) return false;
    if (callee.object.name !== 'Object' || !this.scope.isUnshadowedGlobal(callee.object)) return false;
    const name = memberName(callee);
    if (name === 'keys') return true;
    const literal = tableLiteral(table, this.scope)?.object;
    const all = literal && membersRead([literal], undefined, this.scope);
    return (name === 'values' || name === 'entries') && !!all && all !== 'unknown' && !all.some((value) => mayBeObject(value, this.scope));
  }
}

type Trust = 'deep' | 'shallow' | 'none';
type Table = { object: TSESTree.ObjectExpression; deep: boolean };
type TableValue = { node: TSESTree.Node; safe: 'deep' | 'shallow' | 'value' };

/** The object literal a table's initializer holds: `{ … }`, `{ … } as const`, `Object.freeze({ … })`. */
function tableLiteral(init: TSESTree.Node, scope: Scope): { object: TSESTree.ObjectExpression; frozen: boolean } | undefined {
  const target = skipWrappers(init);
  if (target.type === AST_NODE_TYPES.ObjectExpression) return { object: target, frozen: false };
  if (target.type !== AST_NODE_TYPES.CallExpression || target.arguments.length !== 1) return undefined;
  const callee = skipWrappers(target.callee);
  const [argument] = target.arguments;
  const isFreeze =
    callee.type === AST_NODE_TYPES.MemberExpression &&
    memberName(callee) === 'freeze' &&
    callee.object.type === AST_NODE_TYPES.Identifier &&
    callee.object.name === 'Object' &&
    scope.isUnshadowedGlobal(callee.object);
  const object = isFreeze && argument ? skipWrappers(argument) : undefined;
  return object?.type === AST_NODE_TYPES.ObjectExpression ? { object, frozen: true } : undefined;
}

/**
 * What the file writes for a `const` binding, by syntax alone: its initializer, or for a name
 * bound by destructuring, the part of the table literal it takes (`const { status } = ERRORS.x`).
 */
function writtenValue(name: TSESTree.Identifier, scope: Scope, depth: number): TSESTree.Node | undefined {
  const variable = depth > MAX_DEPTH ? undefined : scope.variableOf(name);
  const def = variable?.defs[0];
  if (!variable || variable.defs.length !== 1 || def?.type !== 'Variable' || def.parent.kind !== 'const' || !def.node.init) return undefined;
  const located = patternPath(def.name);
  if (!located || located.root !== def.node.id) return undefined;
  let value: TSESTree.Node | undefined = literalValue(def.node.init, scope, depth + 1);
  for (const key of located.path) {
    const literal = value && tableLiteral(value, scope)?.object;
    value = literal && tableProperty(literal, key);
  }
  return value;
}

/** The value an expression is, followed through `const` bindings and member reads of table literals (by syntax alone). */
function literalValue(node: TSESTree.Node, scope: Scope, depth: number): TSESTree.Node | undefined {
  const target = skipWrappers(node);
  if (target.type === AST_NODE_TYPES.Identifier) {
    if (depth > MAX_DEPTH) return undefined;
    const def = scope.variableOf(target)?.defs[0];
    return def?.type === 'Variable' ? writtenValue(def.name, scope, depth + 1) : undefined;
  }
  if (target.type === AST_NODE_TYPES.MemberExpression) {
    const name = memberName(target);
    const outer = name === undefined || depth > MAX_DEPTH ? undefined : literalValue(target.object, scope, depth + 1);
    const literal = outer && tableLiteral(outer, scope)?.object;
    return literal && name !== undefined ? tableProperty(literal, name) : undefined;
  }
  return node;
}

/** `{ … } as const`, possibly inside `satisfies` or `Object.freeze(…)`. */
function isAsConst(init: TSESTree.Node): boolean {
  let node: TSESTree.Node = init;
  for (;;) {
    if (node.type === AST_NODE_TYPES.TSAsExpression) {
      if (isConstAssertion(node)) return true;
      node = node.expression;
    } else if (node.type === AST_NODE_TYPES.TSSatisfiesExpression || node.type === AST_NODE_TYPES.TSNonNullExpression) {
      node = node.expression;
    } else if (node.type === AST_NODE_TYPES.CallExpression && node.arguments.length === 1 && node.arguments[0]) {
      node = node.arguments[0];
    } else {
      return false;
    }
  }
}

/** `x as const`: the value's type is its literal type, and the type checker rejects every write to it. */
export function isConstAssertion(node: TSESTree.Node): boolean {
  if (node.type !== AST_NODE_TYPES.TSAsExpression) return false;
  const type = node.typeAnnotation;
  return type.type === AST_NODE_TYPES.TSTypeReference && type.typeName.type === AST_NODE_TYPES.Identifier && type.typeName.name === 'const';
}

/**
 * The value of a table's own property by name, when the literal shows it: the last property of
 * that name, with no spread and no computed key after it that could override it, and not an
 * accessor. Undefined when the literal does not show it.
 */
export function tableProperty(object: TSESTree.ObjectExpression, name: string): TSESTree.Node | undefined {
  for (let i = object.properties.length - 1; i >= 0; i--) {
    const property = object.properties[i];
    if (!property || property.type === AST_NODE_TYPES.SpreadElement) return undefined;
    const key = propertyKeyName(property);
    if (key === undefined) return undefined;
    if (key !== name) continue;
    return property.kind === 'init' && !property.method ? property.value : undefined;
  }
  return undefined;
}

/** The values a read may give: the expressions written in tables, or `unknown`. */
type Values = readonly TSESTree.Node[] | 'unknown';

/**
 * The values a member read (`name`; undefined for a key that is not known) of any of `values`
 * may give. A number or a string has no member that could change a table; a member missing from
 * a literal is read from its prototype. Unknown where a value is an object the file does not
 * write out, or a spread or a computed key may supply the member.
 */
function membersRead(values: Values, name: string | undefined, scope: Scope): Values {
  if (values === 'unknown') return values;
  const read: TSESTree.Node[] = [];
  for (const value of values) {
    if (!mayBeObject(value, scope)) continue;
    const literal = tableLiteral(value, scope)?.object;
    if (!literal) return 'unknown';
    for (let i = literal.properties.length - 1; i >= 0; i--) {
      const property = literal.properties[i];
      if (!property || property.type === AST_NODE_TYPES.SpreadElement) return 'unknown';
      const key = propertyKeyName(property);
      if (key === undefined) return 'unknown';
      if (name !== undefined && key !== name) continue;
      read.push(property.value);
      if (name !== undefined) break;
    }
  }
  return read;
}

/** Whether a value written in a table may be an object (a nested table, an array, a function, another binding). */
function mayBeObject(value: TSESTree.Node, scope: Scope): boolean {
  const target = skipWrappers(value);
  switch (target.type) {
    case AST_NODE_TYPES.Literal:
      return 'regex' in target && !!target.regex;
    case AST_NODE_TYPES.TemplateLiteral:
    case AST_NODE_TYPES.UnaryExpression:
    case AST_NODE_TYPES.BinaryExpression:
      return false;
    case AST_NODE_TYPES.Identifier:
      return !(target.name === 'undefined' && scope.isUnshadowedGlobal(target));
    default:
      return true;
  }
}
