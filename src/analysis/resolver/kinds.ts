import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';

import type { ShapeSpec } from '../../frameworks/types.js';
import { isFunction, memberName, patternPath, skipWrappers, stringValue, type FunctionNode } from '../ast.js';
import { registry, type Kind } from '../registry.js';
import { HandlerRegistrations } from './handlers.js';
import { Classes } from './classes.js';
import { ELEMENT_READS, Holders } from './holders.js';
import { MAX_DEPTH, originOf, type ModuleOrigin } from './origins.js';
import { isStable, type Scope, type Variable } from './scope.js';
import { typedServicesOf, TypedKinds } from './typed.js';

/**
 * Which framework object a node of one file evaluates to (its kind): followed from the modules,
 * globals and file conventions the tables name, through members, calls, `await`, variables and
 * handler parameters; with type information, the type checker places what the syntax cannot.
 * Cached per node and per variable, so that rules that ask twice pay once.
 */
export class KindResolver {
  private readonly byNode = new Map<TSESTree.Node, Kind | null>();
  /** What the syntax alone says, while `syntaxOnly` is set (see `syntacticKindOf`). */
  private readonly byNodeSyntactic = new Map<TSESTree.Node, Kind | null>();
  private syntaxOnly = 0;
  private readonly byVariable = new Map<Variable, Kind | null>();
  readonly handlers: HandlerRegistrations;
  private readonly classes: Classes;
  private readonly holders: Holders;
  private readonly typed: TypedKinds | undefined;

  constructor(
    private readonly scope: Scope,
    /** The linted file, with `/` separators. */
    private readonly filePath: string,
    shapes: readonly ShapeSpec[],
  ) {
    this.handlers = new HandlerRegistrations(scope, this, filePath, shapes);
    this.classes = new Classes(scope, this);
    this.holders = new Holders(scope, this, this.classes);
    const services = typedServicesOf(scope.sourceCode);
    this.typed = services && new TypedKinds(services, scope);
  }

  /** The framework object a node evaluates to, if the tables and the code say so. */
  kindOf(node: TSESTree.Node): Kind | undefined {
    const cache = this.syntaxOnly > 0 ? this.byNodeSyntactic : this.byNode;
    const cached = cache.get(node);
    if (cached !== undefined) return cached ?? undefined;
    cache.set(node, null); // guards against cycles
    const kind = this.syntacticKind(node, 0) ?? (this.syntaxOnly > 0 ? undefined : this.typed?.kindOf(node));
    cache.set(node, kind ?? null);
    return kind;
  }

  /**
   * The kind the syntax alone gives a node, without a question to the type checker: what class
   * fields and collections ask about the values written into them. With types, the checker is
   * asked where the field or collection is read, at a site, and knows what it holds.
   */
  syntacticKindOf(node: TSESTree.Node): Kind | undefined {
    if (!this.typed) return this.kindOf(node);
    this.syntaxOnly++;
    try {
      return this.kindOf(node);
    } finally {
      this.syntaxOnly--;
    }
  }

  /** The kind of the variable a declaration binds, from the syntax alone (what a call of that name resolves to). */
  bindingKind(identifier: TSESTree.Identifier): Kind | undefined {
    const variable = this.scope.variableOf(identifier);
    return variable && this.variableKind(variable);
  }

  /**
   * The kind a TypeScript type annotation names: `Response` imported from `express`, or the
   * file's own alias of such a type (`type Res = express.Response`, `interface MyReply extends
   * FastifyReply {}`), followed a few steps.
   */
  typeKind(type: TSESTree.TypeNode | undefined, depth = 0): Kind | undefined {
    if (type?.type !== AST_NODE_TYPES.TSTypeReference) return undefined;
    return this.typeNameKind(type.typeName, depth);
  }

  private typeNameKind(name: TSESTree.EntityName | TSESTree.Expression, depth: number): Kind | undefined {
    if (name.type === AST_NODE_TYPES.Identifier) {
      const origin = originOf(this.scope, name);
      const [exported] = origin?.path ?? [];
      if (origin) return origin.path.length === 1 && exported ? registry.types.get(origin.module)?.get(exported) : undefined;
      return this.aliasKind(name, depth);
    }
    const qualified =
      name.type === AST_NODE_TYPES.TSQualifiedName ? { left: name.left, right: name.right.name }
      : name.type === AST_NODE_TYPES.MemberExpression && !name.computed && name.property.type === AST_NODE_TYPES.Identifier ? { left: name.object, right: name.property.name }
      : undefined;
    if (qualified?.left.type === AST_NODE_TYPES.Identifier) {
      const origin = originOf(this.scope, qualified.left);
      const viaModuleObject = origin && (origin.path.length === 0 || (origin.path.length === 1 && origin.path[0] === 'default'));
      return viaModuleObject ? registry.types.get(origin.module)?.get(qualified.right) : undefined;
    }
    return undefined;
  }

  /**
   * A type the file declares as another name for a framework type: `type Res = express.Response`
   * (an alias of exactly that type, not a union or an object type that merely mentions it), or
   * `interface MyReply extends FastifyReply {}` (an interface adds members, and keeps those of
   * the first type it extends that is a framework's). Declared once, in this file.
   */
  private aliasKind(name: TSESTree.Identifier, depth: number): Kind | undefined {
    if (depth >= MAX_DEPTH) return undefined;
    const variable = this.scope.variableOf(name);
    const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    if (def?.type !== 'Type') return undefined;
    const declaration = def.node;
    if (declaration.type === AST_NODE_TYPES.TSTypeAliasDeclaration) return this.typeKind(declaration.typeAnnotation, depth + 1);
    if (declaration.type === AST_NODE_TYPES.TSInterfaceDeclaration) {
      for (const heritage of declaration.extends) {
        const kind = this.typeNameKind(heritage.expression, depth + 1);
        if (kind) return kind;
      }
    }
    return undefined;
  }

  /** The kinds a runtime calls a class's method with (a Durable Object's `webSocketMessage(ws)`), see `ClassSpec`. */
  classMethodParams(fn: FunctionNode): readonly (Kind | undefined)[] | undefined {
    return this.classes.classMethodParams(fn);
  }

  private syntacticKind(node: TSESTree.Node, depth: number): Kind | undefined {
    if (depth > MAX_DEPTH) return undefined;
    switch (node.type) {
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
        return this.typeKind(node.typeAnnotation) ?? this.kindOf(node.expression);
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSInstantiationExpression:
      case AST_NODE_TYPES.ChainExpression:
        return this.kindOf(node.expression);
      case AST_NODE_TYPES.AwaitExpression: {
        // `await import('h3')`: the module's namespace object.
        if (node.argument.type === AST_NODE_TYPES.ImportExpression) {
          const module = stringValue(node.argument.source);
          return module === undefined ? undefined : registry.modules.get(module);
        }
        const awaited = this.kindOf(node.argument);
        return awaited && registry.awaits(awaited);
      }
      case AST_NODE_TYPES.Identifier: {
        const variable = this.scope.variableOf(node);
        return variable ? this.variableKind(variable) : this.globalKind(node.name, node);
      }
      case AST_NODE_TYPES.MemberExpression: {
        // `this.socket`, set in another method of the class.
        if (node.object.type === AST_NODE_TYPES.ThisExpression) return this.holders.fieldKind(node);
        const name = memberName(node);
        const object = name === undefined ? undefined : this.kindOf(node.object);
        if (object) return name === undefined ? undefined : registry.member(object, name);
        // `sockets[i]` of an array of sockets.
        return node.computed && stringValue(node.property) === undefined ? this.holders.elementKind(node.object, undefined) : undefined;
      }
      case AST_NODE_TYPES.CallExpression: {
        const module = this.scope.requiredModule(node);
        if (module !== undefined) return registry.modules.get(module);
        // `Object.values(pair)` keeps the members: `const [client, server] = Object.values(new WebSocketPair())`.
        if (this.isObjectValues(node.callee) && node.arguments[0]) return this.kindOf(node.arguments[0]);
        const callee = this.kindOf(node.callee);
        if (callee) return registry.returns(callee, registry.call(callee));
        // `clients.get(id)` of a Map of sockets.
        const method = skipWrappers(node.callee);
        const name = method.type === AST_NODE_TYPES.MemberExpression ? memberName(method) : undefined;
        return name !== undefined && ELEMENT_READS.has(name) ? this.holders.elementKind((method as TSESTree.MemberExpression).object, name) : undefined;
      }
      case AST_NODE_TYPES.NewExpression: {
        const callee = this.kindOf(node.callee);
        return callee && registry.returns(callee, registry.construct(callee));
      }
      default:
        return undefined;
    }
  }

  private isObjectValues(callee: TSESTree.Node): boolean {
    const target = skipWrappers(callee);
    return (
      target.type === AST_NODE_TYPES.MemberExpression &&
      memberName(target) === 'values' &&
      target.object.type === AST_NODE_TYPES.Identifier &&
      target.object.name === 'Object' &&
      this.scope.isUnshadowedGlobal(target.object)
    );
  }

  /**
   * A framework global (`Response`, `fetch`, `WebSocket`), unless type information shows that
   * the project declares that global itself (a runtime of its own, without the DOM lib): then
   * it is not the API the tables describe.
   */
  private globalKind(name: string, reference: TSESTree.Node | undefined): Kind | undefined {
    const kind = registry.global(name, this.filePath);
    // An auto-import (Nitro's, bound to a path) exists for the type checker only through the
    // project's own declarations (`.nitro/types/nitro-imports.d.ts`, generated, or written by
    // hand): only a runtime's globals can be the project's own instead of the API the tables know.
    const runtimeGlobal = !registry.globals.get(name)?.path;
    return kind && reference && runtimeGlobal && this.typed?.isDeclaredByProject(name, reference) ? undefined : kind;
  }

  private variableKind(variable: Variable): Kind | undefined {
    const cached = this.byVariable.get(variable);
    if (cached !== undefined) return cached ?? undefined;
    this.byVariable.set(variable, null);
    const kind = this.declaredVariableKind(variable);
    this.byVariable.set(variable, kind ?? null);
    return kind;
  }

  private declaredVariableKind(variable: Variable): Kind | undefined {
    const def = variable.defs[0];
    if (!def) return variable.scope.type === 'global' ? this.globalKind(variable.name, variable.references[0]?.identifier) : undefined;
    if (variable.defs.length > 1) return undefined;
    // `let socket = null; … socket = new WebSocket(url)` in another function. With types, the
    // checker follows the assignments (and narrows them) where the variable is used.
    if (!isStable(variable)) return this.typed ? undefined : this.holders.reassignedKind(variable);
    switch (def.type) {
      case 'ImportBinding': {
        const origin = originOf(this.scope, def.name);
        return origin && moduleKind(origin);
      }
      case 'Variable': {
        const located = patternPath(def.name);
        if (!located || located.root !== def.node.id) return undefined;
        const declared = def.node.id.typeAnnotation && this.typeKind(def.node.id.typeAnnotation.typeAnnotation);
        if (declared && located.path.length === 0) return declared;
        // `for (const ws of clients.values())`, `for (const [id, ws] of clients)`
        const loop = def.parent.parent;
        if (loop?.type === AST_NODE_TYPES.ForOfStatement && loop.left === def.parent) return this.holders.iteratedKind(loop.right, located.path);
        if (!def.node.init) return undefined;
        return memberPath(this.kindOf(def.node.init), located.path);
      }
      case 'Parameter': {
        if (!isFunction(def.node)) return undefined;
        const located = patternPath(def.name);
        if (!located) return undefined;
        const index = def.node.params.indexOf(located.root as TSESTree.Parameter);
        if (index < 0) return undefined;
        // `clients.forEach((ws) => …)` of a collection of sockets.
        const element = located.path.length === 0 ? this.holders.callbackParamKind(def.node, index) : undefined;
        return element ?? memberPath(this.handlers.paramKinds(def.node)[index], located.path);
      }
      default:
        return undefined;
    }
  }
}

function memberPath(kind: Kind | undefined, path: readonly string[]): Kind | undefined {
  let current = kind;
  for (const name of path) current = current && registry.member(current, name);
  return current;
}

function moduleKind(origin: ModuleOrigin): Kind | undefined {
  const module = registry.modules.get(origin.module);
  if (!module) return undefined;
  const [first, ...rest] = origin.path;
  // A default import is the module object for CommonJS modules, unless the table says otherwise.
  const start = first === 'default' ? (registry.member(module, 'default') ?? module) : module;
  return memberPath(start, first === 'default' ? rest : origin.path);
}
