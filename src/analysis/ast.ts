import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';

export type FunctionNode =
  | TSESTree.ArrowFunctionExpression
  | TSESTree.FunctionDeclaration
  | TSESTree.FunctionExpression;

export function isFunction(node: TSESTree.Node | null | undefined): node is FunctionNode {
  return (
    node?.type === AST_NODE_TYPES.ArrowFunctionExpression ||
    node?.type === AST_NODE_TYPES.FunctionDeclaration ||
    node?.type === AST_NODE_TYPES.FunctionExpression
  );
}

/** Strips what does not change a value: TS casts and non-null assertions, `?.` chains. */
export function skipWrappers(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    switch (current.type) {
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
      case AST_NODE_TYPES.TSInstantiationExpression:
      case AST_NODE_TYPES.ChainExpression:
        current = current.expression;
        break;
      default:
        return current;
    }
  }
}

/** The name of a non-computed member or of a computed member with a literal key: `a.b`, `a['b']`, `a[0]`. */
export function memberName(node: TSESTree.MemberExpression): string | undefined {
  if (!node.computed) {
    return node.property.type === AST_NODE_TYPES.Identifier ? node.property.name : undefined;
  }
  const key = node.property;
  if (key.type === AST_NODE_TYPES.Literal && (typeof key.value === 'string' || typeof key.value === 'number')) {
    return String(key.value);
  }
  if (key.type === AST_NODE_TYPES.TemplateLiteral && key.expressions.length === 0) {
    return key.quasis[0]?.value.cooked ?? undefined;
  }
  return undefined;
}

/** The name of a property key: `{ a: 1 }`, `{ 'a': 1 }`, `{ [':status']: 1 }`. */
export function propertyKeyName(property: TSESTree.Property): string | undefined {
  const key = property.key;
  if (!property.computed && key.type === AST_NODE_TYPES.Identifier) return key.name;
  if (key.type === AST_NODE_TYPES.Literal && (typeof key.value === 'string' || typeof key.value === 'number')) {
    return String(key.value);
  }
  return undefined;
}

/** Finds `name` among the plain properties of an object literal (spreads are not followed). */
export function findProperty(object: TSESTree.ObjectExpression, name: string): TSESTree.Property | undefined {
  // The last one wins at run time.
  for (let i = object.properties.length - 1; i >= 0; i--) {
    const property = object.properties[i];
    if (property?.type === AST_NODE_TYPES.Property && !property.method && propertyKeyName(property) === name) {
      return property;
    }
  }
  return undefined;
}

/**
 * For an identifier bound inside a destructuring pattern, the keys from the pattern's root down
 * to it: `{ a: { b } }` gives `['a', 'b']` for `b`, `[x, y]` gives `['1']` for `y`. Returns the root
 * pattern too. Gives up (undefined) on rest elements and computed keys.
 */
export function patternPath(
  identifier: TSESTree.Node,
): { root: TSESTree.Node; path: string[] } | undefined {
  const path: string[] = [];
  let node: TSESTree.Node = identifier;
  for (;;) {
    const parent = node.parent;
    if (!parent) return { root: node, path };
    if (parent.type === AST_NODE_TYPES.AssignmentPattern && parent.left === node) {
      node = parent;
    } else if (parent.type === AST_NODE_TYPES.Property && parent.value === node) {
      const key = propertyKeyName(parent);
      if (key === undefined || parent.parent.type !== AST_NODE_TYPES.ObjectPattern) return undefined;
      path.unshift(key);
      node = parent.parent;
    } else if (parent.type === AST_NODE_TYPES.ArrayPattern) {
      path.unshift(String(parent.elements.indexOf(node as TSESTree.DestructuringPattern)));
      node = parent;
    } else if (parent.type === AST_NODE_TYPES.RestElement) {
      return undefined;
    } else {
      return { root: node, path };
    }
  }
}

/** The string value of a string literal or a template literal without expressions. */
export function stringValue(node: TSESTree.Node | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string') return node.value;
  if (node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0) {
    return node.quasis[0]?.value.cooked ?? undefined;
  }
  return undefined;
}

/** The name an import specifier takes from the module: `a` in `import { a as b }`, also when written as a string. */
export function importedName(specifier: TSESTree.ImportSpecifier): string {
  const { imported } = specifier;
  return imported.type === AST_NODE_TYPES.Identifier ? imported.name : String(imported.value);
}

/**
 * `require('m')` by its syntax: the module it names. Whether `require` is the real one is a
 * question of scope (`Scope.requiredModule`).
 */
export function requireCallModule(node: TSESTree.Node | null | undefined): string | undefined {
  if (node?.type !== AST_NODE_TYPES.CallExpression || node.arguments.length !== 1) return undefined;
  const callee = node.callee;
  return callee.type === AST_NODE_TYPES.Identifier && callee.name === 'require' ? stringValue(node.arguments[0]) : undefined;
}

/** The identifiers a declaration pattern binds: `x`, `{ a, b: { c } }`, `{ d = 1 }`. */
export function* bindingIdentifiers(pattern: TSESTree.Node): Generator<TSESTree.Identifier> {
  for (const identifier of patternIdentifiers(pattern)) if (identifier) yield identifier;
}

/** The same, with `undefined` for each part bound in a way not followed (a rest element, an array pattern). */
export function* patternIdentifiers(pattern: TSESTree.Node): Generator<TSESTree.Identifier | undefined> {
  switch (pattern.type) {
    case AST_NODE_TYPES.Identifier:
      yield pattern;
      break;
    case AST_NODE_TYPES.ObjectPattern:
      for (const property of pattern.properties) {
        yield* patternIdentifiers(property.type === AST_NODE_TYPES.Property ? property.value : property.argument);
      }
      break;
    case AST_NODE_TYPES.AssignmentPattern:
      yield* patternIdentifiers(pattern.left);
      break;
    default:
      yield undefined;
  }
}

/** The function a node is part of (not counting the node itself), if any. */
export function enclosingFunction(node: TSESTree.Node): FunctionNode | undefined {
  for (let parent = node.parent; parent; parent = parent.parent) if (isFunction(parent)) return parent;
  return undefined;
}

/**
 * A node of a function's code and the nodes in it, depth first, that run as part of the function:
 * not those of functions or class bodies nested in it (nor `root` itself if it is one), which run
 * at other times or not at all.
 */
export function* ownNodes(root: TSESTree.Node): Generator<TSESTree.Node> {
  const stack: TSESTree.Node[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (isFunction(node) || node.type === AST_NODE_TYPES.ClassBody) continue;
    yield node;
    const children: TSESTree.Node[] = [];
    for (const [key, value] of Object.entries(node)) {
      if (key === 'parent') continue;
      for (const item of Array.isArray(value) ? value : [value]) if (isNode(item)) children.push(item);
    }
    // Last to first, so that the first child comes off the stack first.
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as TSESTree.Node);
  }
}

/** The `return` statements of a function body, not those of functions or classes nested in it. */
export function returnsOf(body: TSESTree.BlockStatement): TSESTree.ReturnStatement[] {
  const found: TSESTree.ReturnStatement[] = [];
  for (const statement of body.body) {
    for (const node of ownNodes(statement)) if (node.type === AST_NODE_TYPES.ReturnStatement) found.push(node);
  }
  return found;
}

/** How many callbacks deep a returned value is followed out to its handler. */
export const MAX_CALLBACK_DEPTH = 3;

/**
 * Array methods whose callback's return value is not what the call returns
 * (`return items.map((item) => …)` returns an array of those values).
 */
const ITERATING_METHODS: ReadonlySet<string> = new Set(['map', 'flatMap', 'filter', 'find', 'findLast', 'findIndex', 'findLastIndex', 'some', 'every', 'forEach', 'sort', 'toSorted']);

/**
 * For a function written in place as an argument of a call, the function that returns that
 * call's result (`return run(fn)`, `return await run(fn)`, `=> run(fn)`), if any.
 */
export function returningCaller(fn: FunctionNode): FunctionNode | undefined {
  const call = fn.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || !call.arguments.some((argument) => argument === fn)) return undefined;
  const callee = skipWrappers(call.callee);
  if (callee.type === AST_NODE_TYPES.MemberExpression && ITERATING_METHODS.has(memberName(callee) ?? '')) return undefined;
  let value: TSESTree.Node = call;
  while (value.parent && (value.parent.type === AST_NODE_TYPES.AwaitExpression || skipWrappers(value.parent) !== value.parent)) value = value.parent;
  const parent = value.parent;
  if (parent?.type === AST_NODE_TYPES.ReturnStatement) return enclosingFunction(parent);
  return parent?.type === AST_NODE_TYPES.ArrowFunctionExpression && parent.body === value ? parent : undefined;
}

/** The parameter that holds a handler's response: `reply` of `(request, reply)`, `set` of `({ set })` with `property` `set`. */
export function responseParameter(fn: FunctionNode, index: number, property: string | undefined): TSESTree.Identifier | undefined {
  let param: TSESTree.Node | undefined = fn.params[index];
  if (param?.type === AST_NODE_TYPES.AssignmentPattern) param = param.left;
  if (param?.type === AST_NODE_TYPES.ObjectPattern && property !== undefined) {
    const found = param.properties.find((p): p is TSESTree.Property => p.type === AST_NODE_TYPES.Property && propertyKeyName(p) === property);
    param = found?.value.type === AST_NODE_TYPES.AssignmentPattern ? found.value.left : found?.value;
  }
  return param?.type === AST_NODE_TYPES.Identifier ? param : undefined;
}

/**
 * Whether an expression is changed where it stands: the target of an assignment (any operator),
 * of `++` or `--`, of a destructuring pattern (`[x.a] = v`, `({ b: x.b } = v)`) or of a
 * `for…in`/`for…of` head, or the operand of `delete`.
 */
export function isWriteTarget(node: TSESTree.Node): boolean {
  const parent = node.parent;
  if (!parent) return false;
  switch (parent.type) {
    case AST_NODE_TYPES.AssignmentExpression:
    case AST_NODE_TYPES.AssignmentPattern:
    case AST_NODE_TYPES.ForInStatement:
    case AST_NODE_TYPES.ForOfStatement:
      return parent.left === node;
    case AST_NODE_TYPES.UpdateExpression:
    case AST_NODE_TYPES.ArrayPattern:
    case AST_NODE_TYPES.RestElement:
      return true;
    case AST_NODE_TYPES.UnaryExpression:
      return parent.operator === 'delete';
    case AST_NODE_TYPES.Property:
      return parent.value === node && parent.parent.type === AST_NODE_TYPES.ObjectPattern;
    default:
      return false;
  }
}

/** A value of a node's property that is itself a node (for walking children by visitor keys). */
export function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** A `while`, `do`…`while`, `for`, `for`…`in` or `for`…`of` statement. */
export function isLoop(node: TSESTree.Node): boolean {
  return (
    node.type === AST_NODE_TYPES.WhileStatement ||
    node.type === AST_NODE_TYPES.DoWhileStatement ||
    node.type === AST_NODE_TYPES.ForStatement ||
    node.type === AST_NODE_TYPES.ForInStatement ||
    node.type === AST_NODE_TYPES.ForOfStatement
  );
}
