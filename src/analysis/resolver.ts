import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { findConstantLibrary, resolveConstantMember, resolveTopLevelConstant } from '../codes/index.js';
import {
  findProperty,
  isFunction,
  memberName,
  patternPath,
  skipWrappers,
  stringValue,
  type FunctionNode,
} from './ast.js';
import { registry, type Kind } from './registry.js';
import type { HandlerSpec } from '../frameworks/types.js';

type Variable = TSESLint.Scope.Variable;

/** Where a value comes from in module terms: `import { a } from 'm'; a.b` is `m` › `a`, `b`. */
export interface ModuleOrigin {
  module: string;
  /** Export names then member names; `default` for a default import. Empty: the module object. */
  path: string[];
}

/** A value known without running the code. `node` is where it is written (a literal, usually). */
export type StaticValue =
  | { type: 'number'; value: number; node: TSESTree.Node }
  | { type: 'string'; value: string; node: TSESTree.Node };

/** The parts of typescript-eslint's parser services the analysis uses (no runtime TypeScript import). */
export interface TypedServices {
  program: {
    getSourceFiles(): readonly { fileName: string }[];
    getTypeChecker(): TypeChecker;
  };
  esTreeNodeToTSNodeMap: { get(node: TSESTree.Node): unknown };
}

interface TypeChecker {
  getSymbolAtLocation(node: unknown): TypeSymbol | undefined;
  getAliasedSymbol(symbol: TypeSymbol): TypeSymbol;
  getTypeAtLocation(node: unknown): CheckedType;
  getNonNullableType(type: CheckedType): CheckedType;
}

interface CheckedType {
  aliasSymbol?: TypeSymbol;
  getSymbol(): TypeSymbol | undefined;
  isUnion(): boolean;
}

interface TypeSymbol {
  flags: number;
  getName(): string;
  declarations?: { getSourceFile(): { fileName: string } }[];
}

/**
 * TypeScript's `SymbolFlags` the analysis reads (a public enum; the same in TypeScript 5.6 and
 * 6.0, read without importing TypeScript). A class, function, enum or namespace is a value of
 * type `typeof X`, whose symbol is `X`; an alias is an import's binding.
 */
export const SymbolFlags = { Variable: 1 | 2, Function: 16, Class: 32, ConstEnum: 128, RegularEnum: 256, ValueModule: 512, Alias: 1 << 21 } as const;
const SELF_TYPED = SymbolFlags.Function | SymbolFlags.Class | SymbolFlags.ConstEnum | SymbolFlags.RegularEnum | SymbolFlags.ValueModule;

/** Nodes worth a type query: values that may be a response or a framework object. */
const TYPED_NODES = new Set<string>([AST_NODE_TYPES.Identifier, AST_NODE_TYPES.MemberExpression, AST_NODE_TYPES.CallExpression]);

/**
 * The module a declaration file belongs to, as the framework tables name it: `express-serve-static-core`
 * for `@types/express-serve-static-core`, `http` for `@types/node/http.d.ts`, `<global>` for
 * TypeScript's own `lib.*.d.ts`.
 */
export function moduleOfDeclarationFile(fileName: string): string | undefined {
  const path = fileName.replaceAll('\\', '/');
  if (/\/typescript\/lib\/lib\.[^/]*\.d\.ts$/.test(path)) return '<global>';
  // The project's own files, most of a program, are in no package.
  if (!path.includes('/node_modules/')) return undefined;
  const nodeTypes = /\/node_modules\/@types\/node\/([^/]+)\.d\.ts$/.exec(path);
  if (nodeTypes) return nodeTypes[1];
  const atTypes = /\/node_modules\/@types\/([^/]+)\//.exec(path);
  if (atTypes?.[1]) return atTypes[1].includes('__') ? `@${atTypes[1].replace('__', '/')}` : atTypes[1];
  const packageName = /.*\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path);
  return packageName?.[1];
}

/** `x instanceof C`: a use that narrows `x` to `C`'s instances. */
function isInstanceofTest({ identifier }: TSESLint.Scope.Reference): boolean {
  const parent = identifier.parent;
  return parent?.type === AST_NODE_TYPES.BinaryExpression && parent.operator === 'instanceof' && parent.left === identifier;
}

/** `let x;`: a variable whose type TypeScript works out from each assignment (not `for (const x of xs)`). */
function isEvolving(def: TSESLint.Scope.Definition): boolean {
  if (def.type !== 'Variable' || def.node.init || def.node.id.type !== AST_NODE_TYPES.Identifier || def.node.id.typeAnnotation) return false;
  const loop = def.parent.parent;
  return !((loop?.type === AST_NODE_TYPES.ForOfStatement || loop?.type === AST_NODE_TYPES.ForInStatement) && loop.left === def.parent);
}

/** The kind of a type the tables name (`Response` of the DOM lib, `FastifyReply`). */
function kindOfType(type: CheckedType): Kind | undefined {
  return kindOfSymbol(type.aliasSymbol ?? type.getSymbol());
}

function kindOfSymbol(symbol: TypeSymbol | undefined): Kind | undefined {
  const declaration = symbol?.declarations?.[0];
  if (!symbol || !declaration) return undefined;
  const module = moduleOfDeclarationFile(declaration.getSourceFile().fileName);
  return module === undefined ? undefined : registry.types.get(module)?.get(symbol.getName());
}

type ProgramFiles = Pick<TypedServices['program'], 'getSourceFiles'>;

/** Per program and global name: whether the project declares that global itself (`isDeclaredByProject`). */
const projectGlobals = new WeakMap<TypedServices['program'], Map<string, boolean>>();

const declaredKinds = new WeakMap<ProgramFiles, readonly Kind[]>();

/**
 * The kinds whose types the program declares: the framework types its declaration files (and
 * TypeScript's own lib files) hold. With type information a value can be of these kinds only,
 * so a program without `express`'s types never makes the analysis look for Express calls.
 * Once per program: its files change only when the project does.
 */
export function kindsDeclaredIn(program: ProgramFiles): readonly Kind[] {
  let kinds = declaredKinds.get(program);
  if (!kinds) {
    const modules = new Set<string>();
    for (const file of program.getSourceFiles()) {
      const module = moduleOfDeclarationFile(file.fileName);
      if (module !== undefined) modules.add(module);
    }
    kinds = [...modules].flatMap((module) => [...(registry.types.get(module)?.values() ?? [])]);
    declaredKinds.set(program, kinds);
  }
  return kinds;
}

/** How deep to follow constants and aliases; real code needs two or three. */
const MAX_DEPTH = 8;

/**
 * Resolves, for one file, what the analysis needs to know about expressions: which framework
 * object a node is (its kind), what static value it has, and which functions are handlers.
 * Everything is cached per node, variable or function, so rules that ask twice pay once. The
 * caches are plain maps: they live exactly as long as the file's analysis, and weak maps would
 * cost the garbage collector more for nothing.
 */
export class FileResolver {
  private readonly kindCache = new Map<TSESTree.Node, Kind | null>();
  private readonly variableKindCache = new Map<Variable, Kind | null>();
  private readonly typedVariableCache = new Map<Variable, Kind | null>();
  private readonly paramCache = new Map<FunctionNode, readonly (Kind | undefined)[] | null>();
  /** The table entry a function was registered through, found while its parameters are resolved. */
  private readonly handlerCache = new Map<FunctionNode, HandlerSpec>();
  private readonly filePath: string;

  constructor(
    readonly sourceCode: Readonly<TSESLint.SourceCode>,
    filename: string,
  ) {
    this.filePath = filename.replaceAll('\\', '/');
  }

  // ---------------------------------------------------------------------------------------------
  // Variables

  /**
   * The variable a name resolves to: looked up from the innermost scope that holds the identifier
   * (ESLint's `getScope`) outwards, as `findVariable` of eslint-utils does after descending to that
   * same scope by source ranges.
   */
  variableOf(identifier: TSESTree.Identifier): Variable | undefined {
    for (let scope: TSESLint.Scope.Scope | null = this.sourceCode.getScope(identifier); scope; scope = scope.upper) {
      const variable = scope.set.get(identifier.name);
      if (variable) return variable;
    }
    return undefined;
  }

  /** A variable whose value never changes after its declaration (`const`, or never reassigned). */
  private isStable(variable: Variable): boolean {
    return variable.references.every((reference) => reference.init === true || !reference.isWrite());
  }

  private isUnshadowedGlobal(identifier: TSESTree.Identifier): boolean {
    const variable = this.variableOf(identifier);
    return !variable || (variable.defs.length === 0 && variable.scope.type === 'global');
  }

  // ---------------------------------------------------------------------------------------------
  // Module origins

  origin(node: TSESTree.Node, depth = 0): ModuleOrigin | undefined {
    if (depth > MAX_DEPTH) return undefined;
    const target = skipWrappers(node);
    if (target.type === AST_NODE_TYPES.MemberExpression) {
      const name = memberName(target);
      const base = name === undefined ? undefined : this.origin(target.object, depth + 1);
      return base && name !== undefined ? { module: base.module, path: [...base.path, name] } : undefined;
    }
    if (target.type === AST_NODE_TYPES.CallExpression) {
      const module = this.requiredModule(target);
      return module === undefined ? undefined : { module, path: [] };
    }
    if (target.type === AST_NODE_TYPES.AwaitExpression && target.argument.type === AST_NODE_TYPES.ImportExpression) {
      const module = stringValue(target.argument.source);
      return module === undefined ? undefined : { module, path: [] };
    }
    if (target.type !== AST_NODE_TYPES.Identifier) return undefined;
    const variable = this.variableOf(target);
    const def = variable?.defs[0];
    if (!variable || !def) return undefined;
    if (def.type === 'ImportBinding') {
      const declaration = def.parent;
      if (declaration.type !== AST_NODE_TYPES.ImportDeclaration) return undefined;
      const module = declaration.source.value;
      const specifier = def.node;
      if (specifier.type === AST_NODE_TYPES.ImportNamespaceSpecifier) return { module, path: [] };
      if (specifier.type === AST_NODE_TYPES.ImportDefaultSpecifier) return { module, path: ['default'] };
      if (specifier.type === AST_NODE_TYPES.ImportSpecifier) {
        const imported = specifier.imported;
        const name = imported.type === AST_NODE_TYPES.Identifier ? imported.name : String(imported.value);
        return { module, path: [name] };
      }
      return undefined;
    }
    if (def.type === 'Variable' && def.node.init && this.isStable(variable)) {
      const located = patternPath(def.name);
      if (!located || located.root !== def.node.id) return undefined;
      const base = this.origin(def.node.init, depth + 1);
      return base && { module: base.module, path: [...base.path, ...located.path] };
    }
    return undefined;
  }

  /** `require('m')` with the real `require`: the module name. */
  private requiredModule(call: TSESTree.CallExpression): string | undefined {
    const callee = call.callee;
    if (callee.type !== AST_NODE_TYPES.Identifier || callee.name !== 'require' || call.arguments.length !== 1) {
      return undefined;
    }
    const module = stringValue(call.arguments[0]);
    if (module === undefined) return undefined;
    const variable = this.variableOf(callee);
    // In CommonJS, `require` is a parameter of the module wrapper: ESLint models it as a global.
    return !variable || variable.defs.length === 0 ? module : undefined;
  }

  // ---------------------------------------------------------------------------------------------
  // Kinds

  /** The framework object a node evaluates to, if the tables and the code say so. */
  kindOf(node: TSESTree.Node): Kind | undefined {
    const cached = this.kindCache.get(node);
    if (cached !== undefined) return cached ?? undefined;
    this.kindCache.set(node, null); // guards against cycles
    const kind = this.computeKind(node, 0) ?? this.typedKind(node);
    this.kindCache.set(node, kind ?? null);
    return kind;
  }

  /**
   * The kind of the variable a declaration binds, from the syntax alone (what a call of that
   * name resolves to: callees get no type queries either).
   */
  bindingKind(identifier: TSESTree.Identifier): Kind | undefined {
    const variable = this.variableOf(identifier);
    return variable && this.variableKind(variable);
  }

  /**
   * The kind the type checker gives a node the syntax could not place. Not asked for callees: the
   * tables name object types (`Response`, `FastifyReply`), never a function's, and a method's kind
   * follows from its object's. Asked once per variable, not once per reference: each question may
   * make the checker check more of the file.
   */
  private typedKind(node: TSESTree.Node): Kind | undefined {
    if (!TYPED_NODES.has(node.type) || !(this.sourceCode.parserServices as Partial<TypedServices> | undefined)?.program) return undefined;
    const parent = node.parent;
    if ((parent?.type === AST_NODE_TYPES.CallExpression || parent?.type === AST_NODE_TYPES.NewExpression) && parent.callee === node) return undefined;
    const variable = node.type === AST_NODE_TYPES.Identifier ? this.variableOf(node) : undefined;
    if (!variable) return this.kindFromType(node);
    // A global of TypeScript's lib (`Promise` in `Promise.all(…)`) has the type the lib gives it:
    // it is a framework object only as one of the tables' globals, which the syntax already finds.
    if (variable.defs.length === 0 && variable.scope.type === 'global' && !registry.globals.has(variable.name)) return undefined;
    let kind = this.typedVariableCache.get(variable);
    if (kind === undefined) {
      kind = this.declaredKind(variable, node) ?? null;
      this.typedVariableCache.set(variable, kind);
    }
    return kind ?? undefined;
  }

  /**
   * A variable's kind from the type it is declared with, without `null` and `undefined`
   * (`ws: WebSocket | null` is a WebSocket wherever a method of it is called, `ws?.close()`
   * included). Asked at the declaration, not at the use: the type of a use is narrowed by the
   * code before it, and to find that the checker walks back through every condition and call on
   * the way (on msw's sources, cold, about half of what a question cost). Asked again at the use
   * only where narrowing can still make it a framework's type: a union (`Response | string`). A
   * variable tested with `instanceof`, and a `let` declared with neither a type nor a value (its
   * type follows the assignments), are asked at the use only. A type predicate's narrowing
   * (`isSocket(x)`) is not followed. A class, function, enum or namespace (an import of one
   * included) is of type `typeof X`, whose symbol is `X`: its symbol is the answer, without the
   * type, which the checker builds at a cost (cold, 6-11 ms for msw's `HttpResponse`, imported
   * from its own module, against 2 ms for the symbol).
   */
  private declaredKind(variable: Variable, use: TSESTree.Node): Kind | undefined {
    const checker = this.checker();
    const def = variable.defs[0];
    if (!checker || !def || isEvolving(def) || variable.references.some(isInstanceofTest)) return this.kindFromType(use);
    const symbol = this.valueSymbol(def.name, checker);
    if (symbol && symbol.flags & SELF_TYPED && !(symbol.flags & SymbolFlags.Variable)) return kindOfSymbol(symbol);
    const declared = this.typeAt(def.name, checker);
    if (!declared) return this.kindFromType(use);
    const type = declared.isUnion() ? checker.getNonNullableType(declared) : declared;
    return type.isUnion() ? this.kindFromType(use) : kindOfType(type);
  }

  /** The symbol a declared name binds; for an import's binding, the symbol it imports. */
  private valueSymbol(name: TSESTree.Node, checker: TypeChecker): TypeSymbol | undefined {
    const tsNode = this.tsNodeOf(name);
    const symbol = tsNode ? checker.getSymbolAtLocation(tsNode) : undefined;
    return symbol && symbol.flags & SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  }

  private computeKind(node: TSESTree.Node, depth: number): Kind | undefined {
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
        const variable = this.variableOf(node);
        if (!variable) return this.globalKind(node.name, node);
        return this.variableKind(variable);
      }
      case AST_NODE_TYPES.MemberExpression: {
        const name = memberName(node);
        const object = name === undefined ? undefined : this.kindOf(node.object);
        return object && name !== undefined ? registry.member(object, name) : undefined;
      }
      case AST_NODE_TYPES.CallExpression: {
        const module = this.requiredModule(node);
        if (module !== undefined) return registry.modules.get(module);
        // `Object.values(pair)` keeps the members: `const [client, server] = Object.values(new WebSocketPair())`.
        if (this.isObjectValues(node.callee) && node.arguments[0]) return this.kindOf(node.arguments[0]);
        const callee = this.kindOf(node.callee);
        return callee && registry.returns(callee, registry.call(callee));
      }
      case AST_NODE_TYPES.NewExpression: {
        const callee = this.kindOf(node.callee);
        return callee && registry.returns(callee, registry.construct(callee));
      }
      default:
        return undefined;
    }
  }

  /**
   * With type information, the kind a node's type names: `res: Response` from the DOM lib, a
   * value returned by a helper typed `FastifyReply`. Asked only when the syntax is silent.
   */
  private kindFromType(node: TSESTree.Node): Kind | undefined {
    const checker = this.checker();
    const type = checker && this.typeAt(node, checker);
    return type && kindOfType(type);
  }

  /** The type checker, with type information. */
  private checker(): TypeChecker | undefined {
    const services = this.sourceCode.parserServices as Partial<TypedServices> | undefined;
    return services?.esTreeNodeToTSNodeMap ? services.program?.getTypeChecker() : undefined;
  }

  private typeAt(node: TSESTree.Node, checker: TypeChecker): CheckedType | undefined {
    const tsNode = this.tsNodeOf(node);
    return tsNode ? checker.getTypeAtLocation(tsNode) : undefined;
  }

  /** TypeScript's node for a node of the file, with type information. */
  private tsNodeOf(node: TSESTree.Node): unknown {
    return (this.sourceCode.parserServices as Partial<TypedServices> | undefined)?.esTreeNodeToTSNodeMap?.get(node);
  }

  private isObjectValues(callee: TSESTree.Node): boolean {
    const target = skipWrappers(callee);
    return (
      target.type === AST_NODE_TYPES.MemberExpression &&
      memberName(target) === 'values' &&
      target.object.type === AST_NODE_TYPES.Identifier &&
      target.object.name === 'Object' &&
      this.isUnshadowedGlobal(target.object)
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
    return kind && reference && runtimeGlobal && this.isDeclaredByProject(name, reference) ? undefined : kind;
  }

  /**
   * With type information: every declaration of a global's symbol is in the project's own files.
   * Asked once per program and name: declarations of a global merge across the program's files,
   * so the answer is the same in each of them (a file that declares the name itself has its own
   * variable, and never asks).
   */
  private isDeclaredByProject(name: string, identifier: TSESTree.Node): boolean {
    const program = (this.sourceCode.parserServices as Partial<TypedServices> | undefined)?.program;
    if (!program) return false;
    let byName = projectGlobals.get(program);
    if (!byName) projectGlobals.set(program, (byName = new Map()));
    let declared = byName.get(name);
    if (declared === undefined) {
      const tsNode = this.tsNodeOf(identifier);
      if (!tsNode) return false;
      const declarations = program.getTypeChecker().getSymbolAtLocation(tsNode)?.declarations;
      declared = !!declarations?.length && declarations.every((declaration) => moduleOfDeclarationFile(declaration.getSourceFile().fileName) === undefined);
      byName.set(name, declared);
    }
    return declared;
  }

  private variableKind(variable: Variable): Kind | undefined {
    const cached = this.variableKindCache.get(variable);
    if (cached !== undefined) return cached ?? undefined;
    this.variableKindCache.set(variable, null);
    const kind = this.computeVariableKind(variable);
    this.variableKindCache.set(variable, kind ?? null);
    return kind;
  }

  private computeVariableKind(variable: Variable): Kind | undefined {
    const def = variable.defs[0];
    if (!def) return variable.scope.type === 'global' ? this.globalKind(variable.name, variable.references[0]?.identifier) : undefined;
    if (variable.defs.length > 1 || !this.isStable(variable)) return undefined;
    switch (def.type) {
      case 'ImportBinding': {
        const origin = this.origin(def.name);
        return origin && this.moduleKind(origin);
      }
      case 'Variable': {
        const located = patternPath(def.name);
        if (!located || located.root !== def.node.id) return undefined;
        const declared = def.node.id.typeAnnotation && this.typeKind(def.node.id.typeAnnotation.typeAnnotation);
        if (declared && located.path.length === 0) return declared;
        if (!def.node.init) return undefined;
        return this.memberPath(this.kindOf(def.node.init), located.path);
      }
      case 'Parameter': {
        if (!isFunction(def.node)) return undefined;
        const located = patternPath(def.name);
        if (!located) return undefined;
        const index = def.node.params.indexOf(located.root as TSESTree.Parameter);
        if (index < 0) return undefined;
        return this.memberPath(this.paramKinds(def.node)[index], located.path);
      }
      default:
        return undefined;
    }
  }

  private memberPath(kind: Kind | undefined, path: readonly string[]): Kind | undefined {
    let current = kind;
    for (const name of path) current = current && registry.member(current, name);
    return current;
  }

  private moduleKind(origin: ModuleOrigin): Kind | undefined {
    const module = registry.modules.get(origin.module);
    if (!module) return undefined;
    const [first, ...rest] = origin.path;
    // A default import is the module object for CommonJS modules, unless the table says otherwise.
    const start = first === 'default' ? (registry.member(module, 'default') ?? module) : module;
    return this.memberPath(start, first === 'default' ? rest : origin.path);
  }

  /** The kind a TypeScript type annotation names: `Response` imported from `express`. */
  typeKind(type: TSESTree.TypeNode | undefined): Kind | undefined {
    if (type?.type !== AST_NODE_TYPES.TSTypeReference) return undefined;
    const name = type.typeName;
    if (name.type === AST_NODE_TYPES.Identifier) {
      const origin = this.origin(name);
      const [exported] = origin?.path ?? [];
      return origin && origin.path.length === 1 && exported ? registry.types.get(origin.module)?.get(exported) : undefined;
    }
    if (name.type === AST_NODE_TYPES.TSQualifiedName && name.left.type === AST_NODE_TYPES.Identifier) {
      const origin = this.origin(name.left);
      const viaModuleObject = origin && (origin.path.length === 0 || (origin.path.length === 1 && origin.path[0] === 'default'));
      return viaModuleObject ? registry.types.get(origin.module)?.get(name.right.name) : undefined;
    }
    return undefined;
  }

  // ---------------------------------------------------------------------------------------------
  // Handlers

  /** The kinds of a function's parameters, when a framework calls it (or its annotations say). */
  paramKinds(fn: FunctionNode): readonly (Kind | undefined)[] {
    const cached = this.paramCache.get(fn);
    if (cached !== undefined) return cached ?? [];
    this.paramCache.set(fn, null);
    const registered = this.registeredParams(fn, fn, 0);
    const kinds = fn.params.map((param, index) => {
      const annotated = 'typeAnnotation' in param && param.typeAnnotation ? this.typeKind(param.typeAnnotation.typeAnnotation) : undefined;
      return annotated ?? registered?.[index];
    });
    this.paramCache.set(fn, kinds);
    return kinds;
  }

  /** How a framework calls this function, if it does: the handler entry of the tables. */
  handlerOf(fn: FunctionNode): HandlerSpec | undefined {
    this.paramKinds(fn);
    return this.handlerCache.get(fn);
  }

  /**
   * Finds where `value` (the function, or a call wrapping it) is handed to a framework, and the
   * parameter kinds that registration promises.
   */
  private registeredParams(
    fn: FunctionNode,
    value: TSESTree.Node,
    depth: number,
  ): readonly (Kind | undefined)[] | undefined {
    if (depth > 2) return undefined;
    const conventional = this.fileConventionParams(fn, value);
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
    let variableNode: TSESTree.Identifier | undefined;
    if (value.type === AST_NODE_TYPES.FunctionDeclaration && value.id) variableNode = value.id;
    const parent = value.parent;
    if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === value && parent.id.type === AST_NODE_TYPES.Identifier) {
      variableNode = parent.id;
    }
    if (!variableNode) return;
    const variable = this.variableOf(variableNode);
    if (!variable || !this.isStable(variable)) return;
    for (const reference of variable.references) {
      if (reference.identifier !== variableNode) yield reference.identifier as TSESTree.Node;
    }
  }

  private paramsFromUse(
    fn: FunctionNode,
    use: TSESTree.Node,
    depth: number,
  ): readonly (Kind | undefined)[] | undefined {
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
    if (!parent || (parent.type !== AST_NODE_TYPES.CallExpression && parent.type !== AST_NODE_TYPES.NewExpression)) {
      return undefined;
    }
    const index = parent.arguments.indexOf(node as TSESTree.CallExpressionArgument);
    if (index < 0) return undefined;
    // `items.map(fn)` registers nothing: resolve only methods that take handlers somewhere.
    const method = skipWrappers(parent.callee);
    const registers = method.type !== AST_NODE_TYPES.MemberExpression || registry.handlerMethods.has(memberName(method) ?? '');
    const callee = registers ? this.kindOf(parent.callee) : undefined;
    const spec = callee && (parent.type === AST_NODE_TYPES.NewExpression ? registry.construct(callee) : registry.call(callee));
    if (spec?.handlers) {
      for (const handler of spec.handlers) {
        if (this.handlerMatches(handler, parent, index, path)) {
          this.handlerCache.set(fn, handler);
          const params = handler.paramsByArity?.[fn.params.length] ?? handler.params;
          return params.map((id) => (id === null ? undefined : registry.kind(id)));
        }
      }
      return undefined;
    }
    // An unknown wrapper such as `asyncHandler(fn)`: the wrapper is what gets registered.
    if (!callee && path.length === 0 && index === 0 && parent.type === AST_NODE_TYPES.CallExpression) {
      return this.registeredParams(fn, parent, depth + 1);
    }
    return undefined;
  }

  private handlerMatches(
    handler: HandlerSpec,
    call: TSESTree.CallExpression | TSESTree.NewExpression,
    index: number,
    path: readonly string[],
  ): boolean {
    if (handler.whenFirstArg !== undefined && stringValue(call.arguments[0]) !== handler.whenFirstArg) return false;
    if (handler.at === 'functions') return path.length === 0;
    if (handler.at.arg !== index) return false;
    if (!handler.at.property) return path.length === 0;
    return handler.at.property.some((expected) => expected.length === path.length && expected.every((key, i) => key === path[i]));
  }

  /** Next.js Pages API routes and similar: handlers found by the file's location and export. */
  private fileConventionParams(fn: FunctionNode, value: TSESTree.Node): readonly (Kind | undefined)[] | undefined {
    for (const { convention } of registry.files) {
      if (!convention.path.test(this.filePath)) continue;
      const exported = this.exportName(value === fn ? fn : value);
      if (exported !== undefined && convention.exports.includes(exported)) {
        return convention.params.map((id) => (id === null ? undefined : registry.kind(id)));
      }
    }
    return undefined;
  }

  private exportName(node: TSESTree.Node): string | undefined {
    const parent = node.parent;
    if (parent?.type === AST_NODE_TYPES.ExportDefaultDeclaration) return 'default';
    if (node.type === AST_NODE_TYPES.FunctionDeclaration && parent?.type === AST_NODE_TYPES.ExportNamedDeclaration) {
      return node.id?.name;
    }
    if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.id.type === AST_NODE_TYPES.Identifier) {
      if (parent.parent.parent?.type === AST_NODE_TYPES.ExportNamedDeclaration) return parent.id.name;
      // `const handler = …; export default handler`
      const variable = this.variableOf(parent.id);
      const exportedDefault = variable?.references.some((reference) => reference.identifier.parent?.type === AST_NODE_TYPES.ExportDefaultDeclaration);
      if (exportedDefault) return 'default';
    }
    if (node.type === AST_NODE_TYPES.FunctionDeclaration && node.id) {
      const variable = this.variableOf(node.id);
      const exportedDefault = variable?.references.some((reference) => reference.identifier.parent?.type === AST_NODE_TYPES.ExportDefaultDeclaration);
      if (exportedDefault) return 'default';
    }
    return undefined;
  }

  // ---------------------------------------------------------------------------------------------
  // Static values

  /** The number or string an expression always has: literals, constants, constants libraries. */
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
    const variable = this.variableOf(identifier);
    const def = variable?.defs[0];
    if (!variable || !def || variable.defs.length > 1) return undefined;
    if (def.type === 'Variable') {
      if (def.node.id !== def.name || !def.node.init || def.parent.kind !== 'const') return undefined;
      return this.staticValue(def.node.init, depth + 1);
    }
    if (def.type === 'ImportBinding') {
      // Legacy top-level exports: `import { NOT_FOUND } from 'http-status-codes'`.
      const origin = this.origin(identifier);
      return origin ? this.constantValue(origin, identifier) : undefined;
    }
    return undefined;
  }

  private memberValue(member: TSESTree.MemberExpression, depth: number): StaticValue | undefined {
    const name = memberName(member);
    if (name === undefined) return undefined;
    const origin = this.origin(member);
    if (origin) return this.constantValue(origin, member);
    // A local constants object or enum: `const Status = { GONE: 410 } as const`, `enum Status {…}`.
    const object = skipWrappers(member.object);
    if (object.type !== AST_NODE_TYPES.Identifier) return undefined;
    const variable = this.variableOf(object);
    const def = variable?.defs[0];
    if (!variable || !def || variable.defs.length > 1) return undefined;
    if (def.type === 'Variable' && def.node.id === def.name && def.node.init && def.parent.kind === 'const') {
      const init = skipWrappers(def.node.init);
      if (init.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
      const property = findProperty(init, name);
      return property ? this.staticValue(property.value, depth + 1) : undefined;
    }
    if (def.type === 'TSEnumName' && def.node.type === AST_NODE_TYPES.TSEnumDeclaration) {
      const members = def.node.body.members;
      const found = members.find((m) => (m.id.type === AST_NODE_TYPES.Identifier ? m.id.name : stringValue(m.id)) === name);
      return found?.initializer ? this.staticValue(found.initializer, depth + 1) : undefined;
    }
    return undefined;
  }

  private constantValue(origin: ModuleOrigin, node: TSESTree.Node): StaticValue | undefined {
    const { module } = origin;
    // A default import of a CommonJS module is the module object: `http2.constants.X`.
    const path = origin.path.length === 3 && origin.path[0] === 'default' ? origin.path.slice(1) : origin.path;
    // `lib.Object.MEMBER`, or a member of the default export (`httpStatus.NOT_FOUND`).
    const candidates: [string, string][] = [];
    if (path.length === 2) candidates.push([path[0] as string, path[1] as string]);
    // `import { NOT_FOUND } from 'http-status-codes'`, or `hsc.NOT_FOUND` on the module object.
    const [topLevel] = path.length === 1 ? path : path.length === 2 && path[0] === 'default' ? path.slice(1) : [];
    const legacy = topLevel === undefined ? undefined : resolveTopLevelConstant(module, topLevel);
    if (legacy !== undefined) return { type: 'number', value: legacy, node };
    for (const [exportName, member] of candidates) {
      const library = findConstantLibrary(module, exportName);
      const value = library && resolveConstantMember(library.id, member);
      if (value !== undefined) return { type: 'number', value, node };
    }
    return undefined;
  }

  /** The object literal an expression is, directly or through a `const`. */
  objectOf(node: TSESTree.Node, depth = 0): TSESTree.ObjectExpression | undefined {
    const target = skipWrappers(node);
    if (target.type === AST_NODE_TYPES.ObjectExpression) return target;
    if (target.type !== AST_NODE_TYPES.Identifier || depth >= MAX_DEPTH) return undefined;
    const variable = this.variableOf(target);
    const def = variable?.defs[0];
    return def?.type === 'Variable' && def.node.id === def.name && def.node.init && def.parent.kind === 'const'
      ? this.objectOf(def.node.init, depth + 1)
      : undefined;
  }

  /** The value of an object property, following a `const init = { … }` in scope. */
  propertyValueNode(node: TSESTree.Node, names: readonly string[]): TSESTree.Node | undefined {
    const object = this.objectOf(node);
    if (!object) return undefined;
    for (const name of names) {
      const property = findProperty(object, name);
      if (property) return property.value;
    }
    return undefined;
  }

  /** `undefined` (the global), `void 0`, and with `orNull` also `null`. */
  isNullish(node: TSESTree.Node, orNull = true): boolean {
    const target = skipWrappers(node);
    if (target.type === AST_NODE_TYPES.Literal) return orNull && target.value === null && !('regex' in target);
    if (target.type === AST_NODE_TYPES.UnaryExpression) return target.operator === 'void';
    return target.type === AST_NODE_TYPES.Identifier && target.name === 'undefined' && this.isUnshadowedGlobal(target);
  }
}
