import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';

import { memberName, skipWrappers, type FunctionNode } from '../ast.js';
import { registry, type Kind } from '../registry.js';
import type { Classes } from './classes.js';
import type { Scope, Variable } from './scope.js';
import { isNullishValue } from './values.js';

/**
 * Framework objects kept beyond the function that made or received them: in a class field
 * (`this.socket = new WebSocket(url)` in one method, `this.socket.close(…)` in another), in a
 * variable assigned elsewhere (`socket = new WebSocket(url)` in `connect()`), or in a collection
 * (`clients.set(id, ws)`, then `clients.get(id)?.close(…)`). A holder has a kind only when its
 * type says so or everything the file writes into it has that kind. Each class is read once, each
 * holder's kind worked out once, so that a file costs time linear in its size. Classes are read
 * by ./classes.ts.
 */

/** What holders need to know of kinds: the resolver's answers. */
export interface HolderKinds {
  kindOf(node: TSESTree.Node): Kind | undefined;
  /** The kind without a question to the type checker: for the values written into a holder. */
  syntacticKindOf(node: TSESTree.Node): Kind | undefined;
  typeKind(type: TSESTree.TypeNode | undefined): Kind | undefined;
}

/** A class field or a variable: what is written to it and where it is read. */
export interface Holder {
  /** The values assigned (a field's initializer, `this.x = value`, a variable's `init` and `x = value`). */
  readonly writes: TSESTree.Node[];
  /** The declared type (`socket: WebSocket | null`, `constructor(private socket: WebSocket)`). */
  annotation?: TSESTree.TypeNode;
  /** Written in a way whose value is not in sight (`this.x ??= …`, `[this.x] = …`), or an accessor: its kind is unknown. */
  opaque: boolean;
  /** The expressions that read it: `this.x`, or the variable's references. */
  readonly reads: TSESTree.Node[];
}

/** What a collection holds, when the file shows it. */
interface Collection {
  type: 'map' | 'set' | 'array';
  /** A Map's values, a Set's or an array's elements. */
  value: Kind | undefined;
  /** A Map's keys. */
  key: Kind | undefined;
}

/** Methods that give one element of a collection, by collection type. */
const ELEMENT_METHODS: Readonly<Record<Collection['type'], ReadonlySet<string>>> = {
  map: new Set(['get']),
  set: new Set(),
  array: new Set(['at', 'find', 'findLast', 'pop', 'shift']),
};
/** Methods whose callback's first parameter is an element (a Map's `forEach` also passes the key second). */
const CALLBACK_METHODS: Readonly<Record<Collection['type'], ReadonlySet<string>>> = {
  map: new Set(['forEach']),
  set: new Set(['forEach']),
  array: new Set(['forEach', 'find', 'findLast', 'findIndex', 'filter', 'some', 'every', 'map', 'flatMap']),
};
/** Every method name that can read an element: the cheap test before a collection is looked for. */
export const ELEMENT_READS: ReadonlySet<string> = new Set([...Object.values(ELEMENT_METHODS), ...Object.values(CALLBACK_METHODS)].flatMap((set) => [...set]));
/** Methods that put values into a collection: the argument that is a Map's key, and the first of those that are values (`to`: the last). */
const INSERTIONS: Readonly<Record<Collection['type'], Readonly<Record<string, { key?: number; from: number; to?: number }>>>> = {
  map: { set: { key: 0, from: 1, to: 1 } },
  set: { add: { from: 0, to: 0 } },
  array: { push: { from: 0 }, unshift: { from: 0 }, splice: { from: 2 }, fill: { from: 0, to: 0 } },
};
const CONSTRUCTORS: Readonly<Record<string, Collection['type']>> = { Map: 'map', Set: 'set', Array: 'array' };

export class Holders {
  private readonly variables = new Map<Variable, Holder>();
  /** The kinds of fields and of reassigned variables. */
  private readonly fieldKinds = new Map<Holder, Kind | null>();
  private readonly collections = new Map<Holder, Collection | null>();

  constructor(
    private readonly scope: Scope,
    private readonly kinds: HolderKinds,
    private readonly classes: Classes,
  ) {}

  /** `this.x` or `this.#x` in a class whose fields all hold one kind of object. */
  fieldKind(member: TSESTree.MemberExpression): Kind | undefined {
    const holder = this.classes.fieldOf(member);
    if (!holder) return undefined;
    const cached = this.fieldKinds.get(holder);
    if (cached !== undefined) return cached ?? undefined;
    this.fieldKinds.set(holder, null); // guards against cycles
    // A field the class never declares nor writes may come from its base class.
    const inherited = holder.writes.length === 0 && !holder.annotation && !holder.opaque;
    const kind = inherited
      ? this.classes.inheritedMember(member)
      : (this.annotatedKind(holder.annotation) ?? (holder.opaque ? undefined : this.commonKind(holder.writes, true)));
    this.fieldKinds.set(holder, kind ?? null);
    return kind;
  }

  /**
   * A variable that is assigned more than once (`let socket = null`, then `socket = new
   * WebSocket(url)` in a `connect()` function): the one kind every value assigned has, `null` aside.
   */
  reassignedKind(variable: Variable): Kind | undefined {
    const holder = this.variableHolder(variable);
    if (!holder || holder.opaque) return undefined;
    const cached = this.fieldKinds.get(holder);
    if (cached !== undefined) return cached ?? undefined;
    this.fieldKinds.set(holder, null); // guards against cycles
    const kind = this.commonKind(holder.writes, true);
    this.fieldKinds.set(holder, kind ?? null);
    return kind;
  }

  /** `clients.get(id)`, `sockets.at(-1)`, `sockets[0]`: one element of a collection that holds one kind. */
  elementKind(collection: TSESTree.Node, method: string | undefined): Kind | undefined {
    const held = this.collectionOf(collection);
    if (!held) return undefined;
    if (method === undefined) return held.type === 'array' ? held.value : undefined;
    return ELEMENT_METHODS[held.type].has(method) ? held.value : undefined;
  }

  /** The parameter of a callback handed to a collection's `forEach` (`find`, `some`, …): `clients.forEach((ws, id) => …)`. */
  callbackParamKind(fn: FunctionNode, index: number): Kind | undefined {
    const call = fn.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== fn) return undefined;
    const callee = skipWrappers(call.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
    const method = memberName(callee);
    if (method === undefined || !ELEMENT_READS.has(method)) return undefined;
    const held = this.collectionOf(callee.object);
    if (!held || !CALLBACK_METHODS[held.type].has(method)) return undefined;
    if (index === 0) return held.value;
    // A Map passes its key second, a Set its value again; an array its index.
    return index === 1 && method === 'forEach' ? (held.type === 'map' ? held.key : held.type === 'set' ? held.value : undefined) : undefined;
  }

  /** What `for (const x of iterable)` binds at `path` of its pattern: `clients.values()`, `wss.clients`, `[id, ws]` of a Map. */
  iteratedKind(iterable: TSESTree.Node, path: readonly string[]): Kind | undefined {
    const target = skipWrappers(iterable);
    let held: Collection | undefined;
    let part: 'values' | 'keys' | 'entries';
    const method = target.type === AST_NODE_TYPES.CallExpression && target.callee.type === AST_NODE_TYPES.MemberExpression ? memberName(target.callee) : undefined;
    if ((method === 'values' || method === 'keys' || method === 'entries') && target.type === AST_NODE_TYPES.CallExpression && target.arguments.length === 0) {
      held = this.collectionOf((target.callee as TSESTree.MemberExpression).object);
      part = method;
    } else {
      held = this.collectionOf(target);
      part = held?.type === 'map' ? 'entries' : 'values';
    }
    if (!held) return undefined;
    const key = held.type === 'map' ? held.key : held.type === 'set' ? held.value : undefined;
    if (part === 'values') return path.length === 0 ? held.value : undefined;
    if (part === 'keys') return path.length === 0 ? key : undefined;
    if (path.length !== 1) return undefined;
    return path[0] === '1' ? held.value : path[0] === '0' ? key : undefined;
  }

  /** The collection an expression evaluates to: a framework's (`wss.clients`), or a `Map`, `Set` or array the file fills. */
  private collectionOf(node: TSESTree.Node): Collection | undefined {
    const target = skipWrappers(node);
    // The file's own collections first: what it puts in them needs no type question.
    const variable = target.type === AST_NODE_TYPES.Identifier ? this.scope.variableOf(target) : undefined;
    const holder =
      target.type === AST_NODE_TYPES.Identifier
        ? variable && this.variableHolder(variable)
        : target.type === AST_NODE_TYPES.MemberExpression
          ? this.classes.fieldOf(target)
          : undefined;
    const held = holder && this.heldCollectionOf(holder);
    if (held) return held;
    const kind = this.kinds.kindOf(target);
    const elements = kind && registry.elements(kind);
    return elements ? { type: 'set', value: elements, key: undefined } : undefined;
  }

  private heldCollectionOf(holder: Holder): Collection | undefined {
    const cached = this.collections.get(holder);
    if (cached !== undefined) return cached ?? undefined;
    this.collections.set(holder, null);
    const collection = this.heldCollection(holder);
    this.collections.set(holder, collection ?? null);
    return collection;
  }

  /**
   * A holder that is only ever given an empty `new Map()`, `new Set()` or `[]`, with the kinds of
   * its elements from its type arguments (`new Map<string, WebSocket>()`, `sockets: WebSocket[]`)
   * or else from every value the file puts into it (`clients.set(id, ws)`, `sockets.push(ws)`):
   * all of one kind, or none.
   */
  private heldCollection(holder: Holder): Collection | undefined {
    if (holder.opaque) return undefined;
    let type = collectionType(holder.annotation);
    let typeArguments = holder.annotation && typeArgumentsOf(holder.annotation);
    for (const write of holder.writes) {
      const made = emptyCollection(write, this.scope);
      if (!made || (type && made.type !== type)) return undefined;
      type = made.type;
      typeArguments ??= made.typeArguments;
    }
    if (!type) return undefined;
    if (typeArguments?.length) {
      const [first, second] = typeArguments;
      return type === 'map' ? { type, key: this.annotatedKind(first), value: this.annotatedKind(second) } : { type, key: undefined, value: this.annotatedKind(first) };
    }
    const keys: TSESTree.Node[] = [];
    const values: TSESTree.Node[] = [];
    for (const read of holder.reads) {
      const parent = read.parent;
      if (parent?.type !== AST_NODE_TYPES.MemberExpression || parent.object !== read) continue;
      // `sockets[i] = ws`
      if (type === 'array' && parent.computed && parent.parent.type === AST_NODE_TYPES.AssignmentExpression && parent.parent.left === parent) {
        values.push(parent.parent.right);
        continue;
      }
      const insertion = INSERTIONS[type][memberName(parent) ?? ''];
      const call = parent.parent;
      if (!insertion || call.type !== AST_NODE_TYPES.CallExpression || call.callee !== parent) continue;
      const args = call.arguments;
      if (insertion.key !== undefined && args[insertion.key]) keys.push(args[insertion.key] as TSESTree.Node);
      values.push(...args.slice(insertion.from, insertion.to === undefined ? undefined : insertion.to + 1));
    }
    return { type, key: this.commonKind(keys, false), value: this.commonKind(values, false) };
  }

  /** The one kind every value has (nullish values aside, where `allowNullish`); none when one of them has another or none. */
  private commonKind(values: readonly TSESTree.Node[], allowNullish: boolean): Kind | undefined {
    let common: Kind | undefined;
    for (const value of values) {
      if (allowNullish && isNullishValue(this.scope, value)) continue;
      if (value.type === AST_NODE_TYPES.SpreadElement) return undefined;
      const kind = this.kinds.syntacticKindOf(value);
      if (!kind || (common && kind !== common)) return undefined;
      common = kind;
    }
    return common;
  }

  /** A type annotation's kind, `null` and `undefined` in a union aside: `socket: WebSocket | null`. */
  private annotatedKind(type: TSESTree.TypeNode | undefined): Kind | undefined {
    if (type?.type !== AST_NODE_TYPES.TSUnionType) return this.kinds.typeKind(type);
    const rest = type.types.filter((member) => member.type !== AST_NODE_TYPES.TSNullKeyword && member.type !== AST_NODE_TYPES.TSUndefinedKeyword);
    return rest.length === 1 ? this.kinds.typeKind(rest[0]) : undefined;
  }

  /** A variable as a holder: its initializer and `=` assignments, and its reads. */
  private variableHolder(variable: Variable): Holder | undefined {
    const def = variable.defs[0];
    if (variable.defs.length !== 1 || def?.type !== 'Variable' || def.node.id !== def.name) return undefined;
    let holder = this.variables.get(variable);
    if (!holder) {
      holder = { writes: [], reads: [], opaque: false, annotation: def.name.typeAnnotation?.typeAnnotation };
      if (def.node.init) holder.writes.push(def.node.init);
      else if (def.parent.parent?.type === AST_NODE_TYPES.ForOfStatement || def.parent.parent?.type === AST_NODE_TYPES.ForInStatement) holder.opaque = true;
      for (const reference of variable.references) {
        const node = reference.identifier as TSESTree.Node;
        if (reference.init) continue;
        if (!reference.isWrite()) {
          holder.reads.push(node);
        } else if (node.parent?.type === AST_NODE_TYPES.AssignmentExpression && node.parent.operator === '=' && node.parent.left === node) {
          holder.writes.push(node.parent.right);
        } else {
          holder.opaque = true;
        }
      }
      this.variables.set(variable, holder);
    }
    return holder;
  }


}

/** `new Map()`, `new Set<WebSocket>()`, `[]`: an empty collection of the global constructors. */
function emptyCollection(node: TSESTree.Node, scope: Scope): { type: Collection['type']; typeArguments?: readonly TSESTree.TypeNode[] } | undefined {
  const target = skipWrappers(node);
  if (target.type === AST_NODE_TYPES.ArrayExpression) return target.elements.length === 0 ? { type: 'array' } : undefined;
  if (target.type !== AST_NODE_TYPES.NewExpression || target.arguments.length > 0 || target.callee.type !== AST_NODE_TYPES.Identifier) return undefined;
  const type = Object.hasOwn(CONSTRUCTORS, target.callee.name) ? CONSTRUCTORS[target.callee.name] : undefined;
  if (!type || !scope.isUnshadowedGlobal(target.callee)) return undefined;
  return { type, typeArguments: target.typeArguments?.params };
}

/** The collection a type annotation names: `Map<…>`, `Set<…>`, `Array<…>`, `T[]`. */
function collectionType(type: TSESTree.TypeNode | undefined): Collection['type'] | undefined {
  if (type?.type === AST_NODE_TYPES.TSArrayType) return 'array';
  if (type?.type !== AST_NODE_TYPES.TSTypeReference || type.typeName.type !== AST_NODE_TYPES.Identifier) return undefined;
  return Object.hasOwn(CONSTRUCTORS, type.typeName.name) ? CONSTRUCTORS[type.typeName.name] : undefined;
}

function typeArgumentsOf(type: TSESTree.TypeNode): readonly TSESTree.TypeNode[] | undefined {
  if (type.type === AST_NODE_TYPES.TSArrayType) return [type.elementType];
  return type.type === AST_NODE_TYPES.TSTypeReference ? type.typeArguments?.params : undefined;
}
