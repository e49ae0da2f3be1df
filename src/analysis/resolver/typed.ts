import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { registry, type Kind } from '../registry.js';
import type { Scope, Variable } from './scope.js';

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
 * TypeScript's `SymbolFlags` the analysis reads (a public enum, read without importing
 * TypeScript; a test checks them against the installed one). A class, function, enum or namespace
 * is a value of type `typeof X`, whose symbol is `X`; an alias is an import's binding.
 */
export const SymbolFlags = { Variable: 1 | 2, Function: 16, Class: 32, ConstEnum: 128, RegularEnum: 256, ValueModule: 512, Alias: 1 << 21 } as const;
const SELF_TYPED = SymbolFlags.Function | SymbolFlags.Class | SymbolFlags.ConstEnum | SymbolFlags.RegularEnum | SymbolFlags.ValueModule;

/** Nodes worth a type query: values that may be a response or a framework object. */
const TYPED_NODES: ReadonlySet<string> = new Set([AST_NODE_TYPES.Identifier, AST_NODE_TYPES.MemberExpression, AST_NODE_TYPES.CallExpression]);

/** The parser services of a file linted with type information, else undefined. */
export function typedServicesOf(sourceCode: Readonly<TSESLint.SourceCode>): TypedServices | undefined {
  const services = sourceCode.parserServices as Partial<TypedServices> | undefined;
  return services?.program && services.esTreeNodeToTSNodeMap ? (services as TypedServices) : undefined;
}

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

type ProgramFiles = Pick<TypedServices['program'], 'getSourceFiles'>;

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

/** Per program and global name: whether the project declares that global itself (`isDeclaredByProject`). */
const projectGlobals = new WeakMap<TypedServices['program'], Map<string, boolean>>();

/**
 * What the type checker says about one file's nodes, when the file is linted with type
 * information: the framework kind of a value the syntax could not place. Every answer is cached
 * per variable: each question may make the checker check more of the file.
 */
export class TypedKinds {
  private readonly byVariable = new Map<Variable, Kind | null>();

  constructor(
    private readonly services: TypedServices,
    private readonly scope: Scope,
  ) {}

  private get checker(): TypeChecker {
    return this.services.program.getTypeChecker();
  }

  /**
   * The kind the type checker gives a node the syntax could not place. Not asked for callees: the
   * tables name object types (`Response`, `FastifyReply`), never a function's, and a method's kind
   * follows from its object's. Asked once per variable, not once per reference.
   */
  kindOf(node: TSESTree.Node): Kind | undefined {
    if (!TYPED_NODES.has(node.type)) return undefined;
    const parent = node.parent;
    if ((parent?.type === AST_NODE_TYPES.CallExpression || parent?.type === AST_NODE_TYPES.NewExpression) && parent.callee === node) return undefined;
    const variable = node.type === AST_NODE_TYPES.Identifier ? this.scope.variableOf(node) : undefined;
    if (!variable) return this.kindFromType(node);
    // A global of TypeScript's lib (`Promise` in `Promise.all(…)`) has the type the lib gives it:
    // it is a framework object only as one of the tables' globals, which the syntax already finds.
    if (variable.defs.length === 0 && variable.scope.type === 'global' && !registry.globals.has(variable.name)) return undefined;
    let kind = this.byVariable.get(variable);
    if (kind === undefined) {
      kind = this.declaredKind(variable, node) ?? null;
      this.byVariable.set(variable, kind);
    }
    return kind ?? undefined;
  }

  /**
   * A variable's kind from the type it is declared with, without `null` and `undefined`
   * (`ws: WebSocket | null` is a WebSocket wherever a method of it is called). Asked at the
   * declaration, not at the use: the type of a use is narrowed by the code before it, and to find
   * that the checker walks back through every condition and call on the way. Asked again at the
   * use only where narrowing can still make it a framework's type: a union (`Response | string`).
   * A variable tested with `instanceof`, and a `let` declared with neither a type nor a value (its
   * type follows the assignments), are asked at the use only. A type predicate's narrowing
   * (`isSocket(x)`) is not followed. A class, function, enum or namespace (an import of one
   * included) is of type `typeof X`, whose symbol is `X`: its symbol is the answer.
   */
  private declaredKind(variable: Variable, use: TSESTree.Node): Kind | undefined {
    const def = variable.defs[0];
    if (!def || isEvolving(def) || variable.references.some(isInstanceofTest)) return this.kindFromType(use);
    const symbol = this.valueSymbol(def.name);
    if (symbol && symbol.flags & SELF_TYPED && !(symbol.flags & SymbolFlags.Variable)) return kindOfSymbol(symbol);
    const declared = this.typeAt(def.name);
    if (!declared) return this.kindFromType(use);
    const type = declared.isUnion() ? this.checker.getNonNullableType(declared) : declared;
    return type.isUnion() ? this.kindFromType(use) : kindOfType(type);
  }

  /** The symbol a declared name binds; for an import's binding, the symbol it imports. */
  private valueSymbol(name: TSESTree.Node): TypeSymbol | undefined {
    const tsNode = this.services.esTreeNodeToTSNodeMap.get(name);
    const symbol = tsNode ? this.checker.getSymbolAtLocation(tsNode) : undefined;
    return symbol && symbol.flags & SymbolFlags.Alias ? this.checker.getAliasedSymbol(symbol) : symbol;
  }

  /** The kind a node's type names: `res: Response` from the DOM lib, a value returned by a helper typed `FastifyReply`. */
  private kindFromType(node: TSESTree.Node): Kind | undefined {
    const type = this.typeAt(node);
    return type && kindOfType(type);
  }

  private typeAt(node: TSESTree.Node): CheckedType | undefined {
    const tsNode = this.services.esTreeNodeToTSNodeMap.get(node);
    return tsNode ? this.checker.getTypeAtLocation(tsNode) : undefined;
  }

  /**
   * Whether every declaration of a global's symbol is in the project's own files (a runtime of
   * its own, without the DOM lib). Asked once per program and name: declarations of a global merge
   * across the program's files, so the answer is the same in each of them (a file that declares
   * the name itself has its own variable, and never asks).
   */
  isDeclaredByProject(name: string, identifier: TSESTree.Node): boolean {
    const { program } = this.services;
    let byName = projectGlobals.get(program);
    if (!byName) projectGlobals.set(program, (byName = new Map()));
    let declared = byName.get(name);
    if (declared === undefined) {
      const tsNode = this.services.esTreeNodeToTSNodeMap.get(identifier);
      if (!tsNode) return false;
      const declarations = this.checker.getSymbolAtLocation(tsNode)?.declarations;
      declared = !!declarations?.length && declarations.every((declaration) => moduleOfDeclarationFile(declaration.getSourceFile().fileName) === undefined);
      byName.set(name, declared);
    }
    return declared;
  }
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
