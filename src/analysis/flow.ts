import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';

import { isFunction, skipWrappers } from './ast.js';

/**
 * A basic block of a function's control-flow graph: straight-line code that runs from its start
 * to its end, then continues in one of `next`.
 */
export interface Block {
  readonly next: Block[];
}

/** The control-flow graph of one function body, class field initializer, static block or program. */
export interface FlowGraph {
  readonly id: number;
  /** The function, class field value, static block or program it belongs to. */
  readonly owner: TSESTree.Node;
  readonly entry: Block;
}

/**
 * Where a node runs: its graph, the blocks it is in (more than one when it is in a `finally`,
 * which runs once after normal completion and once after a `return` or `throw`), and its visit
 * order, which within a block is the order in which it runs.
 */
export interface Position {
  graph: FlowGraph;
  blocks: readonly Block[];
  seq: number;
}

/**
 * The control-flow graphs of a file, built on first use for the function a node runs in. Only
 * calls, `new`, assignments and returns are placed: they are what operates on a response or hands
 * it on. Most files never ask, and those that do ask about a few handlers, so the graphs cost
 * nothing during ESLint's traversal.
 */
export class FlowGraphs {
  private readonly graphs = new Map<TSESTree.Node, { graph: FlowGraph; placed: Map<TSESTree.Node, Block[]> }>();
  private readonly keys = new Map<string, readonly string[]>();

  /** `visitorKeys`: the parser's, which name the children of each node type in evaluation order. */
  constructor(private readonly visitorKeys: VisitorKeys | undefined) {}

  /** Where a call, `new`, assignment or `return` runs; undefined for other nodes. */
  positionOf(node: TSESTree.Node): Position | undefined {
    if (!PLACED.has(node.type)) return undefined;
    const owner = ownerOf(node);
    let built = this.graphs.get(owner);
    if (!built) {
      built = new GraphBuilder(this.graphs.size, owner, this.keysOf).build();
      this.graphs.set(owner, built);
    }
    const blocks = built.placed.get(node);
    return blocks ? { graph: built.graph, blocks, seq: node.range[0] } : undefined;
  }

  /** The keys of a node type's children that hold code that runs (no types). */
  private readonly keysOf = (node: TSESTree.Node): readonly string[] => {
    let keys = this.keys.get(node.type);
    if (!keys) {
      keys = (this.visitorKeys?.[node.type] ?? Object.keys(node)).filter((key) => !SKIPPED_KEYS.has(key));
      this.keys.set(node.type, keys);
    }
    return keys;
  };
}

type VisitorKeys = Readonly<Record<string, readonly string[] | undefined>>;

const PLACED: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.CallExpression,
  AST_NODE_TYPES.NewExpression,
  AST_NODE_TYPES.AssignmentExpression,
  AST_NODE_TYPES.ReturnStatement,
]);

/** The function, class field value, static block or program whose code a node is part of. */
function ownerOf(node: TSESTree.Node): TSESTree.Node {
  let child = node;
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (isFunction(parent) || parent.type === AST_NODE_TYPES.StaticBlock) return parent;
    if ((parent.type === AST_NODE_TYPES.PropertyDefinition || parent.type === AST_NODE_TYPES.AccessorProperty) && parent.value === child) return child;
  }
  return child;
}

/** Where `break` and `continue` go, and where a `throw` or `return` leaves a `try`. */
type Context =
  | { type: 'loop' | 'switch' | 'label'; labels: readonly string[]; breaks: Block[]; continueTo?: Block }
  | { type: 'try'; phase: 'try' | 'catch'; handler?: Block; finalizer?: Block };

/** Keys that hold types, or no child at all (when the parser gives no visitor keys). */
const SKIPPED_KEYS: ReadonlySet<string> = new Set(['parent', 'range', 'loc', 'typeAnnotation', 'typeArguments', 'typeParameters', 'returnType']);

/**
 * Builds one graph by walking the owner's code once in evaluation order, as ESLint's code path
 * analysis does: branches for `if`, `?:`, `&&`/`||`/`??`, `switch`, loops, labels, `break`,
 * `continue`, `return`, `throw`, and `try`/`catch`/`finally` (a `throw` may leave a `try` after
 * any operation, so the `catch` is reached from every point of the `try`). Nested functions and
 * classes are not entered: they run elsewhere, or later.
 */
class GraphBuilder {
  private readonly placed = new Map<TSESTree.Node, Block[]>();
  private readonly contexts: Context[] = [];
  private current: Block;
  private readonly entry: Block;

  constructor(
    private readonly id: number,
    private readonly owner: TSESTree.Node,
    private readonly keysOf: (node: TSESTree.Node) => readonly string[],
  ) {
    this.entry = this.current = { next: [] };
  }

  build(): { graph: FlowGraph; placed: Map<TSESTree.Node, Block[]> } {
    const owner = this.owner;
    if (isFunction(owner)) {
      for (const param of owner.params) this.visit(param);
      this.visit(owner.body);
    } else if (owner.type === AST_NODE_TYPES.Program || owner.type === AST_NODE_TYPES.StaticBlock) {
      for (const statement of owner.body) this.visit(statement);
    } else {
      this.visit(owner);
    }
    return { graph: { id: this.id, owner, entry: this.entry }, placed: this.placed };
  }

  /** A new block that runs after `from`; a block inside a `try` may throw to its handler. */
  private block(...from: (Block | undefined)[]): Block {
    const block: Block = { next: [] };
    for (const previous of from) previous?.next.push(block);
    this.mayThrow(block);
    return block;
  }

  /** An exception thrown in `block` goes to the current throw target, if any. */
  private mayThrow(block: Block): void {
    const target = this.throwTarget();
    if (target) block.next.push(target);
  }

  /** Code after `return`, `throw`, `break` or `continue`: reached from nowhere. */
  private unreachable(): void {
    this.current = { next: [] };
  }

  /** Where an exception thrown here goes: the innermost `catch`, else a `finally` to run first. */
  private throwTarget(): Block | undefined {
    for (let i = this.contexts.length - 1; i >= 0; i--) {
      const context = this.contexts[i] as Context;
      if (context.type !== 'try') continue;
      const target = context.phase === 'try' ? (context.handler ?? context.finalizer) : context.finalizer;
      if (target) return target;
    }
    return undefined;
  }

  /** The `finally` a `return`, `break` or `continue` to outside has to run first, if any. */
  private finalizerBefore(target?: Context): Block | undefined {
    for (let i = this.contexts.length - 1; i >= 0 && this.contexts[i] !== target; i--) {
      const context = this.contexts[i] as Context;
      if (context.type === 'try' && context.finalizer) return context.finalizer;
    }
    return undefined;
  }

  private jump(label: string | undefined, kind: 'break' | 'continue'): void {
    const target = this.contexts.findLast(
      (context): context is Extract<Context, { breaks: Block[] }> =>
        context.type !== 'try' &&
        (label ? context.labels.includes(label) : context.type === 'loop' || (kind === 'break' && context.type === 'switch')),
    );
    const finalizer = this.finalizerBefore(target);
    // Through a `finally`, the jump's path ends there (its continuation is not followed).
    if (finalizer) this.current.next.push(finalizer);
    else if (kind === 'continue' && target?.continueTo) this.current.next.push(target.continueTo);
    else if (kind === 'break') target?.breaks.push(this.current);
    this.unreachable();
  }

  private visit(node: TSESTree.Node | null | undefined, labels: readonly string[] = []): void {
    if (!node) return;
    switch (node.type) {
      case AST_NODE_TYPES.ArrowFunctionExpression:
      case AST_NODE_TYPES.FunctionDeclaration:
      case AST_NODE_TYPES.FunctionExpression:
        return;
      case AST_NODE_TYPES.ClassDeclaration:
      case AST_NODE_TYPES.ClassExpression:
        // Its decorators, superclass, and its members' decorators and computed keys run here;
        // the members themselves later, or in graphs of their own.
        this.children(node, (key) => key !== 'body');
        for (const member of node.body.body) {
          this.children(member, (key) => key === 'decorators' || (key === 'key' && 'computed' in member && member.computed));
        }
        return;
      case AST_NODE_TYPES.IfStatement:
      case AST_NODE_TYPES.ConditionalExpression: {
        const test = this.condition(node.test);
        this.current = this.block(test.whenTrue);
        this.visit(node.consequent);
        const consequent = this.current;
        this.current = this.block(test.whenFalse);
        this.visit(node.alternate);
        this.current = this.block(consequent, this.current);
        return;
      }
      case AST_NODE_TYPES.LogicalExpression:
        if (node.operator === '??') {
          this.visit(node.left);
          this.branch(node.right);
        } else {
          const exits = this.condition(node);
          this.current = this.join(exits.whenTrue, exits.whenFalse);
        }
        return;
      case AST_NODE_TYPES.AssignmentExpression:
        this.place(node);
        this.visit(node.left);
        if (node.operator === '&&=' || node.operator === '||=' || node.operator === '??=') this.branch(node.right);
        else this.visit(node.right);
        this.afterPlaced();
        return;
      case AST_NODE_TYPES.AssignmentPattern:
        // A default runs only when the value is undefined.
        this.visit(node.left);
        this.branch(node.right);
        return;
      case AST_NODE_TYPES.ReturnStatement:
        this.place(node);
        this.visit(node.argument);
        this.exit();
        return;
      case AST_NODE_TYPES.ThrowStatement: {
        this.visit(node.argument);
        this.mayThrow(this.current);
        this.unreachable();
        return;
      }
      case AST_NODE_TYPES.BreakStatement:
      case AST_NODE_TYPES.ContinueStatement:
        this.jump(node.label?.name, node.type === AST_NODE_TYPES.BreakStatement ? 'break' : 'continue');
        return;
      case AST_NODE_TYPES.LabeledStatement:
        if (isLoop(node.body) || node.body.type === AST_NODE_TYPES.LabeledStatement) {
          this.visit(node.body, [...labels, node.label.name]);
        } else {
          this.breakable({ type: 'label', labels: [...labels, node.label.name], breaks: [] }, () => this.visit(node.body));
        }
        return;
      case AST_NODE_TYPES.WhileStatement: {
        const head = this.block(this.current);
        this.current = head;
        const test = this.condition(node.test);
        this.current = this.block(test.whenTrue);
        this.loop(labels, node.body, head, test.whenFalse);
        return;
      }
      case AST_NODE_TYPES.DoWhileStatement: {
        const body = this.block(this.current);
        const test: Block = this.block();
        this.current = body;
        this.breakable({ type: 'loop', labels, breaks: [], continueTo: test }, () => {
          this.visit(node.body);
          this.current.next.push(test);
          this.current = test;
          const exits = this.condition(node.test);
          exits.whenTrue.next.push(body);
          this.current = this.block(exits.whenFalse);
        });
        return;
      }
      case AST_NODE_TYPES.ForStatement: {
        this.visit(node.init);
        const head = this.block(this.current);
        this.current = head;
        // Without a test, the loop is left only by `break`.
        const test = node.test ? this.condition(node.test) : { whenTrue: head, whenFalse: undefined };
        const update = this.block();
        this.current = this.block(test.whenTrue);
        this.loop(labels, node.body, update, test.whenFalse);
        // The update runs after the body, and leads back to the test.
        const after = this.current;
        this.current = update;
        this.visit(node.update);
        this.current.next.push(head);
        this.current = after;
        return;
      }
      case AST_NODE_TYPES.ForInStatement:
      case AST_NODE_TYPES.ForOfStatement: {
        this.visit(node.right);
        const head = this.block(this.current);
        this.current = this.block(head);
        this.visit(node.left);
        this.loop(labels, node.body, head, head);
        return;
      }
      case AST_NODE_TYPES.SwitchStatement: {
        this.visit(node.discriminant);
        const discriminant = this.current;
        let previous: Block | undefined;
        this.breakable({ type: 'switch', labels, breaks: [] }, () => {
          for (const switchCase of node.cases) {
            this.current = this.block(discriminant, previous);
            this.visit(switchCase.test);
            for (const statement of switchCase.consequent) this.visit(statement);
            previous = this.current;
          }
          // Without a `default`, no case may match.
          this.current = this.block(previous, node.cases.some((switchCase) => !switchCase.test) ? undefined : discriminant);
        });
        return;
      }
      case AST_NODE_TYPES.TryStatement:
        this.tryStatement(node);
        return;
      default:
        if (PLACED.has(node.type)) this.place(node);
        this.children(node);
        if (PLACED.has(node.type)) this.afterPlaced();
    }
  }

  /** The children of a node (under the keys `include` accepts), in the order they run. */
  private children(node: TSESTree.Node, include?: (key: string) => boolean): void {
    for (const key of this.keysOf(node)) {
      if (include && !include(key)) continue;
      const value = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(value)) {
        for (const item of value) if (isNode(item)) this.visit(item);
      } else if (isNode(value)) {
        this.visit(value);
      }
    }
  }

  /**
   * Visits a test, and returns where it ends true and where false: `a && b` is false as soon as
   * `a` is, so what follows a true `a && b` runs after `b`.
   */
  private condition(node: TSESTree.Node): { whenTrue: Block; whenFalse: Block } {
    if (node.type === AST_NODE_TYPES.LogicalExpression && node.operator !== '??') {
      const left = this.condition(node.left);
      const and = node.operator === '&&';
      this.current = this.block(and ? left.whenTrue : left.whenFalse);
      const right = this.condition(node.right);
      return and
        ? { whenTrue: right.whenTrue, whenFalse: this.join(left.whenFalse, right.whenFalse) }
        : { whenTrue: this.join(left.whenTrue, right.whenTrue), whenFalse: right.whenFalse };
    }
    if (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === '!') {
      const { whenTrue, whenFalse } = this.condition(node.argument);
      return { whenTrue: whenFalse, whenFalse: whenTrue };
    }
    this.visit(node);
    return { whenTrue: this.current, whenFalse: this.current };
  }

  private join(a: Block, b: Block): Block {
    return a === b ? a : this.block(a, b);
  }

  /** `right` runs on one branch only, as in `a ?? b`, `a ??= b` or a default `a = b`. */
  private branch(right: TSESTree.Node): void {
    const left = this.current;
    this.current = this.block(left);
    this.visit(right);
    this.current = this.block(left, this.current);
  }

  /**
   * A loop body entered from the current block, going back (at its end and at `continue`) to
   * `back`, and leaving from `exit`.
   */
  private loop(labels: readonly string[], body: TSESTree.Statement, back: Block, exit: Block | undefined): void {
    this.breakable({ type: 'loop', labels, breaks: [], continueTo: back }, () => {
      this.visit(body);
      this.current.next.push(back);
      this.current = this.block(exit);
    });
  }

  /** Runs `visit` with a context that `break` can leave; the current block then also follows each `break`. */
  private breakable(context: Extract<Context, { breaks: Block[] }>, visit: () => void): void {
    this.contexts.push(context);
    visit();
    this.contexts.pop();
    if (context.breaks.length > 0) this.current = this.block(this.current, ...context.breaks);
  }

  private tryStatement(node: TSESTree.TryStatement): void {
    const context: Extract<Context, { type: 'try' }> = {
      type: 'try',
      phase: 'try',
      handler: node.handler ? { next: [] } : undefined,
      finalizer: node.finalizer ? { next: [] } : undefined,
    };
    const before = this.current;
    this.contexts.push(context);
    // An exception may come before the first operation of the `try`, too.
    this.mayThrow(before);
    this.current = this.block(before);
    this.visit(node.block);
    const tried = this.current;
    let caught: Block | undefined;
    if (node.handler && context.handler) {
      context.phase = 'catch';
      // As in the `try`, an exception may come before the first operation of the `catch`.
      this.mayThrow(context.handler);
      this.current = this.block(context.handler);
      this.visit(node.handler.param);
      this.visit(node.handler.body);
      caught = this.current;
    }
    this.contexts.pop();
    if (node.finalizer && context.finalizer) {
      // Once after an exception, `return`, `break` or `continue` (whose path ends there) ...
      this.current = context.finalizer;
      this.mayThrow(this.current);
      this.visit(node.finalizer);
      // ... and once after normal completion, which goes on after the statement.
      this.current = this.block(tried, caught);
      this.visit(node.finalizer);
    } else {
      this.current = this.block(tried, caught);
    }
  }

  /** `return`: the path goes on through a `finally`, if any, and ends there. */
  private exit(): void {
    const finalizer = this.finalizerBefore();
    if (finalizer) this.current.next.push(finalizer);
    this.unreachable();
  }

  private place(node: TSESTree.Node): void {
    const blocks = this.placed.get(node);
    if (blocks) blocks.push(this.current);
    else this.placed.set(node, [this.current]);
  }

  /** Inside a `try`, each operation may be the last before an exception: the state after it reaches the handler. */
  private afterPlaced(): void {
    if (this.throwTarget()) this.current = this.block(this.current);
  }
}

function isLoop(node: TSESTree.Node): boolean {
  return (
    node.type === AST_NODE_TYPES.WhileStatement ||
    node.type === AST_NODE_TYPES.DoWhileStatement ||
    node.type === AST_NODE_TYPES.ForStatement ||
    node.type === AST_NODE_TYPES.ForInStatement ||
    node.type === AST_NODE_TYPES.ForOfStatement
  );
}

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** What a use of a response variable does to its status. */
export type FlowOp<S> =
  | { type: 'status'; node: TSESTree.Node; status: S }
  /** The response is handed to code we cannot see: its status may be anything afterwards. */
  | { type: 'escape'; node: TSESTree.Node }
  /** Back to the initial state: `ctx.body = null` when bodies are followed. */
  | { type: 'reset'; node: TSESTree.Node }
  | { type: 'use'; node: TSESTree.Node };

/** A status that may be current at a use: one set by the code, the default, or unknown. */
export type Reaching<S> = { type: 'status'; status: S } | { type: 'initial' } | { type: 'unknown' };

/**
 * Reaching definitions of a response's status over one graph: for each `use`, the statuses that
 * some path from the function's start can carry to it. `ops` are the response's operations in
 * this graph, with their positions.
 */
export function statusesAtUses<S>(
  graph: FlowGraph,
  ops: readonly { op: FlowOp<S>; position: Position }[],
  initial: Reaching<S>,
): Map<TSESTree.Node, readonly Reaching<S>[]> {
  const byBlock = new Map<Block, { op: FlowOp<S>; seq: number }[]>();
  for (const { op, position } of ops) {
    for (const block of position.blocks) {
      const list = byBlock.get(block) ?? [];
      list.push({ op, seq: position.seq });
      byBlock.set(block, list);
    }
  }
  for (const list of byBlock.values()) list.sort((a, b) => a.seq - b.seq);

  // One object per value, so that sets compare by identity and the fixpoint is reached.
  const unknown: Reaching<S> = { type: 'unknown' };
  const canonical = new Map<S, Reaching<S>>();
  const valueOf = (op: FlowOp<S>): Reaching<S> => {
    if (op.type !== 'status') return unknown;
    let value = canonical.get(op.status);
    if (!value) {
      value = { type: 'status', status: op.status };
      canonical.set(op.status, value);
    }
    return value;
  };

  const outOf = new Map<Block, Set<Reaching<S>>>();
  const atUse = new Map<TSESTree.Node, Set<Reaching<S>>>();
  const transfer = (block: Block, state: Set<Reaching<S>>): Set<Reaching<S>> => {
    // A copy: the incoming set keeps growing while other blocks are processed.
    let current = new Set(state);
    for (const { op } of byBlock.get(block) ?? []) {
      if (op.type === 'use') {
        const seen = atUse.get(op.node) ?? new Set();
        for (const value of current) seen.add(value);
        atUse.set(op.node, seen);
      } else {
        current = new Set([op.type === 'reset' ? initial : valueOf(op)]);
      }
    }
    return current;
  };

  // A worklist over the graph; states only grow, so this terminates.
  const work: Block[] = [graph.entry];
  const inOf = new Map<Block, Set<Reaching<S>>>([[graph.entry, new Set([initial])]]);
  while (work.length > 0) {
    const block = work.pop() as Block;
    const out = transfer(block, inOf.get(block) ?? new Set());
    const previous = outOf.get(block);
    if (previous && [...out].every((value) => previous.has(value)) && previous.size === out.size) continue;
    outOf.set(block, out);
    for (const next of block.next) {
      const incoming = inOf.get(next) ?? new Set();
      const before = incoming.size;
      for (const value of out) incoming.add(value);
      inOf.set(next, incoming);
      if (incoming.size !== before || !outOf.has(next)) work.push(next);
    }
  }
  return new Map([...atUse].map(([node, values]) => [node, [...values]]));
}

/**
 * The outermost expression of a chain that starts at `identifier`: `res` in
 * `res.status(204).json(x)` gives the `json` call; `ctx` in `ctx.status = 204` the assignment.
 * Returns how the variable is used there: operated on (`chain`), passed on (`escape`), or other.
 */
export function useOf(identifier: TSESTree.Identifier): { type: 'chain' | 'escape' | 'other'; node: TSESTree.Node } {
  let node: TSESTree.Node = identifier;
  let parent = node.parent;
  // Casts and `?.` around the variable do not change what it is.
  while (parent && skipWrappers(parent) !== parent && 'expression' in parent && parent.expression === node) {
    node = parent;
    parent = node.parent;
  }
  if (!parent) return { type: 'other', node };
  if ((parent.type === AST_NODE_TYPES.CallExpression || parent.type === AST_NODE_TYPES.NewExpression) && parent.arguments.includes(node as TSESTree.CallExpressionArgument)) {
    return { type: 'escape', node: parent };
  }
  if (
    (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.init === node) ||
    (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.right === node) ||
    parent.type === AST_NODE_TYPES.Property ||
    parent.type === AST_NODE_TYPES.ArrayExpression ||
    parent.type === AST_NODE_TYPES.ReturnStatement
  ) {
    return { type: 'escape', node: parent };
  }
  let top: TSESTree.Node | undefined;
  for (;;) {
    const p: TSESTree.Node | undefined = node.parent;
    if (!p) break;
    if (p.type === AST_NODE_TYPES.MemberExpression && p.object === node) {
      node = p;
    } else if (p.type === AST_NODE_TYPES.CallExpression && p.callee === node) {
      node = p;
      top = p;
    } else if (p.type === AST_NODE_TYPES.ChainExpression || p.type === AST_NODE_TYPES.TSNonNullExpression) {
      node = p;
    } else if (p.type === AST_NODE_TYPES.AssignmentExpression && p.left === node) {
      top = p;
      break;
    } else {
      break;
    }
  }
  return top ? { type: 'chain', node: top } : { type: 'other', node };
}
