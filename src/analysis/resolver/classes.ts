import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';

import { isNode, isWriteTarget, memberName, skipWrappers, type FunctionNode } from '../ast.js';
import type { ClassSpec } from '../../frameworks/types.js';
import { registry, type Kind } from '../registry.js';
import { kindsOf } from './handlers.js';
import type { Holder, HolderKinds } from './holders.js';
import type { Scope } from './scope.js';

/**
 * The classes of a file, each read once: its fields (what is written to `this.x` and where it is
 * read, for ./holders.ts) and the calls that show which class specs of the tables it fits (a
 * Durable Object accepts sockets with `this.ctx.acceptWebSocket(server)`); from those specs, the
 * kinds a runtime calls its methods with and the members its base class gives it.
 */

export type ClassNode = TSESTree.ClassDeclaration | TSESTree.ClassExpression;

/** A class read once: its fields, and the calls of the method names class specs look for (`acceptWebSocket`). */
interface ClassInfo {
  fields: Map<string, Holder>;
  calls: TSESTree.CallExpression[];
  /** The class specs it fits, once asked. */
  specs?: readonly ClassSpec[];
}

export class Classes {
  private readonly classes = new Map<ClassNode, ClassInfo>();

  constructor(
    private readonly scope: Scope,
    private readonly kinds: Pick<HolderKinds, 'kindOf'>,
  ) {}

  /**
   * The kinds a runtime calls a class's method with, by the class specs of the tables: a Durable
   * Object's `webSocketMessage(ws, message)`, in a class that extends `DurableObject` or accepts
   * sockets through `this.ctx.acceptWebSocket(server)`.
   */
  classMethodParams(fn: FunctionNode): readonly (Kind | undefined)[] | undefined {
    const definition = fn.parent;
    if (definition?.type !== AST_NODE_TYPES.MethodDefinition || definition.static || definition.value !== fn) return undefined;
    if (definition.kind !== 'method' && definition.kind !== 'constructor') return undefined;
    const name = keyName(definition.key, definition.computed);
    if (name === undefined) return undefined;
    for (const spec of this.classSpecs(definition.parent.parent)) {
      const params = Object.hasOwn(spec.methods, name) ? spec.methods[name] : undefined;
      if (params) return kindsOf(params);
    }
    return undefined;
  }

  /** The class specs a class fits: it extends their base class, or makes their call (`this.ctx.acceptWebSocket(server)`). */
  private classSpecs(cls: ClassNode): readonly ClassSpec[] {
    const info = this.classInfo(cls);
    if (!info.specs) {
      info.specs = []; // guards against cycles
      const superKind = cls.superClass ? this.kinds.kindOf(cls.superClass) : undefined;
      info.specs = registry.classes.filter((spec) => {
        if (spec.extends !== undefined) return isOfKind(superKind, spec.extends);
        const calls = spec.calls;
        return (
          !!calls &&
          info.calls.some((call) => {
            const callee = skipWrappers(call.callee);
            const argument = call.arguments[calls.arg];
            return callee.type === AST_NODE_TYPES.MemberExpression && memberName(callee) === calls.method && !!argument && isOfKind(this.kinds.kindOf(argument), calls.kind);
          })
        );
      });
    }
    return info.specs;
  }

  /** `this.ctx` in a class whose base class the tables describe (see `ClassSpec.members`), and which does not set it itself. */
  inheritedMember(member: TSESTree.MemberExpression): Kind | undefined {
    const owner = member.object.type === AST_NODE_TYPES.ThisExpression && !member.computed ? thisOwner(member) : undefined;
    if (!owner || owner.isStatic || member.property.type !== AST_NODE_TYPES.Identifier) return undefined;
    const name = member.property.name;
    for (const spec of this.classSpecs(owner.cls)) {
      const id = spec.members && Object.hasOwn(spec.members, name) ? spec.members[name] : undefined;
      if (id) return registry.kind(id);
    }
    return undefined;
  }

  /** The field `this.x` (or `this.#x`) reads, in the class whose `this` it is. */
  fieldOf(member: TSESTree.MemberExpression): Holder | undefined {
    if (member.object.type !== AST_NODE_TYPES.ThisExpression) return undefined;
    const owner = thisOwner(member);
    const key = owner && fieldKey(member.property, member.computed, owner.isStatic);
    return owner && key !== undefined ? this.classInfo(owner.cls).fields.get(key) : undefined;
  }

  /**
   * Reads a class once: its field declarations, every `this.x` in its methods, initializers and
   * static blocks (through arrow functions, which keep `this`; not into other functions or
   * classes, which have their own), and the calls class specs look for.
   */
  private classInfo(cls: ClassNode): ClassInfo {
    let info = this.classes.get(cls);
    if (info) return info;
    info = { fields: new Map(), calls: [] };
    this.classes.set(cls, info);
    const fields = info.fields;
    const calls = info.calls;
    const field = (key: string): Holder => {
      let holder = fields.get(key);
      if (!holder) fields.set(key, (holder = { writes: [], reads: [], opaque: false }));
      return holder;
    };
    const visitorKeys = this.scope.sourceCode.visitorKeys;
    const walk = (root: TSESTree.Node, isStatic: boolean): void => {
      if (ownsThis(root)) return;
      const stack: TSESTree.Node[] = [root];
      for (let node = stack.pop(); node; node = stack.pop()) {
        if (node.type === AST_NODE_TYPES.MemberExpression && node.object.type === AST_NODE_TYPES.ThisExpression) {
          const key = fieldKey(node.property, node.computed, isStatic);
          if (key !== undefined) recordUse(field(key), node);
        } else if (node.type === AST_NODE_TYPES.CallExpression && registry.classCalls.size > 0) {
          const callee = skipWrappers(node.callee);
          if (callee.type === AST_NODE_TYPES.MemberExpression && registry.classCalls.has(memberName(callee) ?? '')) calls.push(node);
        }
        for (const key of visitorKeys[node.type] ?? []) {
          const value = (node as unknown as Record<string, unknown>)[key];
          for (const child of Array.isArray(value) ? value : [value]) {
            if (!isNode(child) || ownsThis(child)) continue;
            stack.push(child);
          }
        }
      }
    };
    for (const element of cls.body.body) {
      switch (element.type) {
        case AST_NODE_TYPES.PropertyDefinition:
        case AST_NODE_TYPES.AccessorProperty: {
          const key = fieldKey(element.key, element.computed, element.static);
          if (key === undefined) break;
          const holder = field(key);
          if (element.type === AST_NODE_TYPES.AccessorProperty) holder.opaque = true;
          holder.annotation ??= element.typeAnnotation?.typeAnnotation;
          if (element.value) {
            holder.writes.push(element.value);
            walk(element.value, element.static);
          }
          break;
        }
        case AST_NODE_TYPES.MethodDefinition: {
          const key = fieldKey(element.key, element.computed, element.static);
          // A getter or setter of that name runs code instead of holding a value.
          if (key !== undefined && element.kind !== 'method' && element.kind !== 'constructor') field(key).opaque = true;
          if (element.kind === 'constructor') {
            // `constructor(private socket: WebSocket)`
            for (const param of element.value.params) {
              if (param.type !== AST_NODE_TYPES.TSParameterProperty) continue;
              const name = param.parameter.type === AST_NODE_TYPES.AssignmentPattern ? param.parameter.left : param.parameter;
              if (name.type !== AST_NODE_TYPES.Identifier) continue;
              const holder = field(name.name);
              holder.annotation ??= name.typeAnnotation?.typeAnnotation;
              holder.opaque = true; // its value is whatever the caller passes
            }
          }
          walk(element.value.body ?? element.value, element.static);
          for (const param of element.value.params) walk(param, element.static);
          break;
        }
        case AST_NODE_TYPES.StaticBlock:
          walk(element, true);
          break;
        default:
          break;
      }
    }
    return info;
  }
}

/** Records a read or a write of `this.x`: a write other than `this.x = value` leaves its value unknown. */
function recordUse(holder: Holder, member: TSESTree.MemberExpression): void {
  const parent = member.parent;
  if (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.left === member && parent.operator === '=') {
    holder.writes.push(parent.right);
  } else if (isWriteTarget(member)) {
    holder.opaque = true;
  } else {
    holder.reads.push(member);
  }
}

/** The class whose instance (or, in static code, whose constructor) `this` is at a member, through arrow functions. */
function thisOwner(member: TSESTree.MemberExpression): { cls: ClassNode; isStatic: boolean } | undefined {
  let node: TSESTree.Node = member;
  for (let parent = node.parent; parent; node = parent, parent = parent.parent) {
    switch (parent.type) {
      case AST_NODE_TYPES.ArrowFunctionExpression:
        continue;
      case AST_NODE_TYPES.FunctionExpression: {
        const definition = parent.parent;
        return definition?.type === AST_NODE_TYPES.MethodDefinition && definition.value === parent ? { cls: definition.parent.parent, isStatic: definition.static } : undefined;
      }
      case AST_NODE_TYPES.PropertyDefinition:
      case AST_NODE_TYPES.AccessorProperty:
        return parent.value === node ? { cls: parent.parent.parent, isStatic: parent.static } : undefined;
      case AST_NODE_TYPES.StaticBlock:
        return { cls: parent.parent.parent, isStatic: true };
      case AST_NODE_TYPES.FunctionDeclaration:
      case AST_NODE_TYPES.ClassBody:
      case AST_NODE_TYPES.Program:
        return undefined;
      default:
        continue;
    }
  }
  return undefined;
}

/** A field's key in its class's map: `socket`, `#socket`, `static socket`. */
function fieldKey(key: TSESTree.Node, computed: boolean, isStatic: boolean): string | undefined {
  const name = key.type === AST_NODE_TYPES.PrivateIdentifier ? `#${key.name}` : keyName(key, computed);
  return name === undefined ? undefined : isStatic ? `static ${name}` : name;
}

function keyName(key: TSESTree.Node, computed: boolean): string | undefined {
  if (!computed && key.type === AST_NODE_TYPES.Identifier) return key.name;
  return key.type === AST_NODE_TYPES.Literal && typeof key.value === 'string' ? key.value : undefined;
}

/** Functions and classes other than arrow functions have a `this` of their own. */
function ownsThis(node: TSESTree.Node): boolean {
  return (
    node.type === AST_NODE_TYPES.FunctionExpression ||
    node.type === AST_NODE_TYPES.FunctionDeclaration ||
    node.type === AST_NODE_TYPES.ClassDeclaration ||
    node.type === AST_NODE_TYPES.ClassExpression
  );
}

function isOfKind(kind: Kind | undefined, id: string): boolean {
  if (!kind) return false;
  for (const k of registry.lineage(kind)) if (k.id === id) return true;
  return false;
}
