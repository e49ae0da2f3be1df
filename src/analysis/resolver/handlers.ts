import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';

import type { HandlerSpec, ShapeSpec } from '../../frameworks/types.js';
import { isFunction, memberName, skipWrappers, stringValue, type FunctionNode } from '../ast.js';
import { registry, type Kind } from '../registry.js';
import { isExportedDefault, isStable, type Scope } from './scope.js';

/** What registration needs to know of kinds: what a callee is, and what a parameter's annotation names. */
export interface KindLookup {
  kindOf(node: TSESTree.Node): Kind | undefined;
  typeKind(type: TSESTree.TypeNode | undefined): Kind | undefined;
  /** The kinds a runtime calls a class's method with (see `ClassSpec`). */
  classMethodParams(fn: FunctionNode): ParamKinds | undefined;
}

type ParamKinds = readonly (Kind | undefined)[];

/**
 * Which functions of a file a framework calls, and with what: a function handed to a method that
 * registers handlers (`app.get('/', fn)`, `server.route({ handler })`, through wrappers such as
 * `asyncHandler(fn)`), exported where a file convention expects it (Next.js `pages/api/`), whose
 * parameters are annotated with a framework's types, or, where none of these is in sight, whose
 * shape is a handler of a framework the project depends on (a controller module's
 * `async (req, res) => { res.status(404).json(…) }`, see `ShapeSpec`).
 */
export class HandlerRegistrations {
  private readonly params = new Map<FunctionNode, ParamKinds | null>();
  /** The table entry a function was registered through, found while its parameters are resolved. */
  private readonly specs = new Map<FunctionNode, HandlerSpec>();

  constructor(
    private readonly scope: Scope,
    private readonly kinds: KindLookup,
    /** The linted file, with `/` separators. */
    private readonly filePath: string,
    /** The handler shapes of the frameworks the file's project depends on. */
    private readonly shapes: readonly ShapeSpec[],
  ) {}

  /** The kinds of a function's parameters, when a framework calls it (or its annotations say). */
  paramKinds(fn: FunctionNode): ParamKinds {
    const cached = this.params.get(fn);
    if (cached !== undefined) return cached ?? [];
    this.params.set(fn, null);
    const registered = this.registeredParams(fn, fn, 0) ?? this.kinds.classMethodParams(fn) ?? this.shapeParams(fn) ?? this.calledParams(fn);
    const kinds = fn.params.map((param, index) => {
      const annotated = 'typeAnnotation' in param && param.typeAnnotation ? this.kinds.typeKind(param.typeAnnotation.typeAnnotation) : undefined;
      return annotated ?? registered?.[index];
    });
    this.params.set(fn, kinds);
    return kinds;
  }

  /** How a framework calls this function, if it does: the handler entry of the tables. */
  handlerOf(fn: FunctionNode): HandlerSpec | undefined {
    this.paramKinds(fn);
    return this.specs.get(fn);
  }

  /** Finds where `value` (the function, or a call wrapping it) is handed to a framework, and the parameter kinds that promises. */
  private registeredParams(fn: FunctionNode, value: TSESTree.Node, depth: number): ParamKinds | undefined {
    if (depth > 2) return undefined;
    const conventional = this.fileConventionParams(value);
    if (conventional) return conventional;
    for (const use of this.usesOf(value)) {
      const params = this.paramsFromUse(fn, use, depth);
      if (params) return params;
    }
    return undefined;
  }

  /** The places an expression (or the variable holding it) is used as a value. */
  private *usesOf(value: TSESTree.Node): Generator<TSESTree.Node> {
    yield value;
    const name = declaredName(value);
    const variable = name && this.scope.variableOf(name);
    if (!variable || !isStable(variable)) return;
    for (const reference of variable.references) {
      if (reference.identifier !== name) yield reference.identifier as TSESTree.Node;
    }
  }

  private paramsFromUse(fn: FunctionNode, use: TSESTree.Node, depth: number): ParamKinds | undefined {
    // Climb through object literals and arrays: `server.route([{ options: { handler } }])`.
    const path: string[] = [];
    let node: TSESTree.Node = use;
    let parent = node.parent;
    while (parent) {
      if (parent.type === AST_NODE_TYPES.Property && parent.value === node && parent.parent.type === AST_NODE_TYPES.ObjectExpression) {
        const key = parent.key.type === AST_NODE_TYPES.Identifier && !parent.computed ? parent.key.name : stringValue(parent.key);
        if (key === undefined) return undefined;
        path.unshift(key);
        node = parent.parent;
      } else if (parent.type === AST_NODE_TYPES.ArrayExpression) {
        node = parent;
      } else {
        break;
      }
      parent = node.parent;
    }
    if (parent?.type !== AST_NODE_TYPES.CallExpression && parent?.type !== AST_NODE_TYPES.NewExpression) return undefined;
    const index = parent.arguments.indexOf(node as TSESTree.CallExpressionArgument);
    if (index < 0) return undefined;
    // `items.map(fn)` registers nothing: resolve only methods that take handlers somewhere.
    const method = skipWrappers(parent.callee);
    const registers = method.type !== AST_NODE_TYPES.MemberExpression || registry.handlerMethods.has(memberName(method) ?? '');
    const callee = registers ? this.kinds.kindOf(parent.callee) : undefined;
    const spec = callee && (parent.type === AST_NODE_TYPES.NewExpression ? registry.construct(callee) : registry.call(callee));
    if (spec?.handlers) {
      const handler = spec.handlers.find((candidate) => handlerMatches(candidate, parent, index, path));
      if (!handler) return undefined;
      this.specs.set(fn, handler);
      return kindsOf(handler.paramsByArity?.[fn.params.length] ?? handler.params);
    }
    // An unknown wrapper such as `asyncHandler(fn)`: the wrapper is what gets registered.
    if (!callee && path.length === 0 && index === 0 && parent.type === AST_NODE_TYPES.CallExpression) {
      return this.registeredParams(fn, parent, depth + 1);
    }
    return undefined;
  }

  /** The parameter kinds of the first handler shape the function fits, for a function no registration is seen for. */
  private shapeParams(fn: FunctionNode): ParamKinds | undefined {
    for (const shape of this.shapes) {
      for (const handler of shape.handlers) {
        const ids = handler.paramsByArity?.[fn.params.length] ?? (fn.params.length <= handler.params.length ? handler.params : undefined);
        if (!ids?.some((id) => id !== null)) continue;
        const kinds = kindsOf(ids).map((kind, index) => kind && this.writtenAs(fn.params[index], kind));
        if (ids.some((id, index) => id !== null && !kinds[index])) continue;
        this.specs.set(fn, handler);
        return kinds;
      }
    }
    return undefined;
  }

  /**
   * What the code writes to a parameter as: the kind, when some use writes to it the way the
   * table says an object of that kind is written to (`res.status(404)`, `ctx.body = x`), or
   * writes so to one of its members (`ctx.response.status(404)`, or `response.status(404)` for a
   * parameter destructured as `{ response }`); the kind it extends, when every such use is one
   * that kind declares (`res.writeHead(200)` is Node's, in a project that also has Express);
   * undefined when none does.
   */
  private writtenAs(param: TSESTree.Parameter | undefined, kind: Kind): Kind | undefined {
    if (param?.type === AST_NODE_TYPES.ObjectPattern) {
      for (const property of param.properties) {
        if (property.type !== AST_NODE_TYPES.Property || property.computed || property.key.type !== AST_NODE_TYPES.Identifier) continue;
        const value = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
        const member = registry.member(kind, property.key.name);
        if (member && !registry.isStatusValue(member) && value.type === AST_NODE_TYPES.Identifier && this.identifierWrittenAs(value, member, false)) return kind;
      }
      return undefined;
    }
    return param?.type === AST_NODE_TYPES.Identifier ? this.identifierWrittenAs(param, kind, true) : undefined;
  }

  /** `writtenAs` for a name; `members`: a write to one of its members' members counts too. */
  private identifierWrittenAs(name: TSESTree.Identifier, kind: Kind, members: boolean): Kind | undefined {
    let found: Kind | undefined;
    for (const { identifier } of this.scope.variableOf(name)?.references ?? []) {
      const member = identifier.parent;
      if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== identifier || member.computed) continue;
      const name = memberName(member);
      if (name === undefined) continue;
      const written = writeOf(member, kind, name);
      if (written === kind) return kind;
      found ??= written;
      // `ctx.response.status(404)`: a write to a member the table gives a kind.
      const inner = member.parent;
      if (members && inner?.type === AST_NODE_TYPES.MemberExpression && inner.object === member && !inner.computed) {
        const memberKind = registry.member(kind, name);
        const innerName = memberName(inner);
        if (memberKind && !registry.isStatusValue(memberKind) && innerName !== undefined && writeOf(inner, memberKind, innerName)) return kind;
      }
    }
    return found;
  }

  /**
   * For a function the file calls by name (a helper such as `send(res, 404, body)`), the kind of
   * each parameter that the calls pass a framework object for: where every call that passes a
   * known kind at that position passes the same one.
   */
  private calledParams(fn: FunctionNode): ParamKinds | undefined {
    const name = declaredName(fn);
    const variable = name && this.scope.variableOf(name);
    if (!variable || !isStable(variable) || variable.defs.length !== 1) return undefined;
    const kinds: (Kind | null | undefined)[] = fn.params.map(() => undefined);
    for (const reference of variable.references) {
      const call = reference.identifier.parent;
      if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== reference.identifier) continue;
      for (const [index, argument] of call.arguments.entries()) {
        if (index >= kinds.length || argument.type === AST_NODE_TYPES.SpreadElement || kinds[index] === null) continue;
        const kind = this.kinds.kindOf(argument);
        // Calls that pass different kinds at one position: none of them is taken.
        if (kind) kinds[index] = kinds[index] === undefined || kinds[index] === kind ? kind : null;
      }
    }
    return kinds.some((kind) => kind) ? kinds.map((kind) => kind ?? undefined) : undefined;
  }

  /** Next.js Pages API routes and similar: handlers found by the file's location and export. */
  private fileConventionParams(value: TSESTree.Node): ParamKinds | undefined {
    for (const { convention } of registry.files) {
      if (!convention.path.test(this.filePath)) continue;
      const exported = this.exportName(value);
      if (exported !== undefined && convention.exports.includes(exported)) return kindsOf(convention.params);
    }
    return undefined;
  }

  /** The name a function is exported by: `default`, or its own name in `export function GET`. */
  private exportName(node: TSESTree.Node): string | undefined {
    const parent = node.parent;
    if (parent?.type === AST_NODE_TYPES.ExportDefaultDeclaration) return 'default';
    if (node.type === AST_NODE_TYPES.FunctionDeclaration && parent?.type === AST_NODE_TYPES.ExportNamedDeclaration) return node.id?.name;
    if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.id.type === AST_NODE_TYPES.Identifier && parent.parent.parent?.type === AST_NODE_TYPES.ExportNamedDeclaration) {
      return parent.id.name;
    }
    // `const handler = …; export default handler`
    const name = declaredName(node);
    return name && isExportedDefault(this.scope.variableOf(name)) ? 'default' : undefined;
  }
}

/** What `object.name(…)` or `object.name = …` writes to an object of this kind as (see `Registry.writtenAs`); undefined for anything else. */
function writeOf(member: TSESTree.MemberExpression, kind: Kind, name: string): Kind | undefined {
  const use = member.parent;
  if (use?.type === AST_NODE_TYPES.CallExpression && use.callee === member) {
    return registry.writtenAs(kind, name, { call: true, args: use.arguments.length, fn: use.arguments.some((argument) => isFunction(argument)) });
  }
  return use?.type === AST_NODE_TYPES.AssignmentExpression && use.left === member ? registry.writtenAs(kind, name, { call: false }) : undefined;
}

/** The name a function declaration or `const name = value` binds the value to. */
function declaredName(value: TSESTree.Node): TSESTree.Identifier | undefined {
  if (value.type === AST_NODE_TYPES.FunctionDeclaration && value.id) return value.id;
  const parent = value.parent;
  return parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === value && parent.id.type === AST_NODE_TYPES.Identifier ? parent.id : undefined;
}

function handlerMatches(handler: HandlerSpec, call: TSESTree.CallExpression | TSESTree.NewExpression, index: number, path: readonly string[]): boolean {
  if (handler.whenFirstArg !== undefined && stringValue(call.arguments[0]) !== handler.whenFirstArg) return false;
  if (handler.at === 'functions') return path.length === 0;
  if (handler.at.arg !== index) return false;
  if (!handler.at.property) return path.length === 0;
  return handler.at.property.some((expected) => expected.length === path.length && expected.every((key, i) => key === path[i]));
}

/** The kinds of a table's parameter list (`null`: a parameter of no kind). */
export function kindsOf(ids: readonly (string | null)[]): ParamKinds {
  return ids.map((id) => (id === null ? undefined : registry.kind(id)));
}
