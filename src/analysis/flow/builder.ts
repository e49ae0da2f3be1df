import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';

import { isFunction, isLoop, isNode, memberName, skipWrappers } from '../ast.js';
import { BlockWriter, type TryContext } from './blocks.js';
import { PLACED, type Block, type Branches, type BuiltGraph } from './types.js';

/**
 * Builds one graph by walking the owner's code once in evaluation order, as ESLint's code path
 * analysis does: branches for `if`, `?:`, `&&`/`||`/`??`, `switch`, loops, labels, `break`,
 * `continue`, `return`, `throw`, and `try`/`catch`/`finally`. An operation is placed after its
 * operands, where its effect takes place. The `catch` is reached from each point of the `try`
 * where something may throw (`mayThrow`): before a call or a property access, not after the last
 * operation. Nested functions and classes are not entered: they run elsewhere, or later.
 */
export class GraphBuilder extends BlockWriter {
  private readonly tests = new Map<TSESTree.Node, Branches>();
  private readonly turns = new Map<TSESTree.Node, Block>();

  constructor(
    private readonly id: number,
    private readonly owner: TSESTree.Node,
    private readonly keysOf: (node: TSESTree.Node) => readonly string[],
    /** Member names whose tests (`if (res.headersSent)`) keep their two branches apart, each starting with a block of its own. */
    private readonly keptTests: ReadonlySet<string> = new Set(),
  ) {
    super();
  }

  build(): BuiltGraph {
    const owner = this.owner;
    if (isFunction(owner)) {
      for (const param of owner.params) this.visit(param);
      this.visit(owner.body);
    } else if (owner.type === AST_NODE_TYPES.Program || owner.type === AST_NODE_TYPES.StaticBlock) {
      for (const statement of owner.body) this.visit(statement);
    } else {
      this.visit(owner);
    }
    return { graph: { id: this.id, owner, entry: this.entry }, placed: this.placed, tests: this.tests, turns: this.turns };
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
        // A superclass that is no constructor, a decorator that throws.
        this.throwPoint();
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
        this.visit(node.left);
        if (node.operator === '&&=' || node.operator === '||=' || node.operator === '??=') this.branch(node.right);
        else this.visit(node.right);
        // A setter, or destructuring `null`, may throw before the value is stored.
        if (node.left.type !== AST_NODE_TYPES.Identifier) this.throwPoint();
        this.place(node);
        return;
      case AST_NODE_TYPES.AssignmentPattern:
        // A default runs only when the value is undefined.
        this.visit(node.left);
        this.branch(node.right);
        return;
      case AST_NODE_TYPES.ReturnStatement:
        this.visit(node.argument);
        this.place(node);
        this.exit();
        return;
      case AST_NODE_TYPES.ThrowStatement: {
        this.visit(node.argument);
        this.throwPoint();
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
        this.current = this.turn(node, this.block(test.whenTrue));
        this.loop(labels, node.body, head, test.whenFalse);
        return;
      }
      case AST_NODE_TYPES.DoWhileStatement: {
        const body = this.turn(node, this.block(this.current));
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
        this.current = this.turn(node, this.block(test.whenTrue));
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
        // Each step calls the iterator.
        this.current = head;
        this.throwPoint();
        this.current = this.turn(node, this.block(head));
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
        this.children(node);
        if (mayThrow(node)) this.throwPoint();
        if (PLACED.has(node.type)) this.place(node);
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
    const test = skipWrappers(node);
    if (test.type === AST_NODE_TYPES.MemberExpression && this.keptTests.has(memberName(test) ?? '')) {
      const branches = { whenTrue: this.block(this.current), whenFalse: this.block(this.current) };
      this.tests.set(node, branches);
      return branches;
    }
    return { whenTrue: this.current, whenFalse: this.current };
  }

  /** Records the block each turn of a loop starts with (where the variables it declares are bound anew), and returns it. */
  private turn(loop: TSESTree.Node, block: Block): Block {
    this.turns.set(loop, block);
    return block;
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

  private tryStatement(node: TSESTree.TryStatement): void {
    const context: TryContext = {
      type: 'try',
      phase: 'try',
      handler: node.handler ? { next: [] } : undefined,
      finalizer: node.finalizer ? { next: [] } : undefined,
      jumpFinalizer: node.finalizer ? { next: [] } : undefined,
    };
    const before = this.current;
    let tried = before;
    let caught: Block | undefined;
    this.inside(context, () => {
      // An exception may come before the first operation of the `try`, too.
      this.mayThrow(before);
      this.current = this.block(before);
      this.visit(node.block);
      tried = this.current;
      if (node.handler && context.handler) {
        context.phase = 'catch';
        // As in the `try`, an exception may come before the first operation of the `catch`.
        this.mayThrow(context.handler);
        this.current = this.block(context.handler);
        this.visit(node.handler.param);
        this.visit(node.handler.body);
        caught = this.current;
      }
    });
    if (node.finalizer && context.finalizer && context.jumpFinalizer) {
      // Once after an exception, which then goes on to the handler outside, if any ...
      this.current = context.finalizer;
      this.visit(node.finalizer);
      this.throwPoint();
      // ... once after a `return`, `break` or `continue`, whose path ends there ...
      if (context.jumped) {
        this.current = context.jumpFinalizer;
        this.visit(node.finalizer);
      }
      // ... and once after normal completion, which goes on after the statement.
      this.current = this.block(tried, caught);
      this.visit(node.finalizer);
    } else {
      this.current = this.block(tried, caught);
    }
  }
}

/**
 * What may throw once its operands have run: calls, `new`, property reads (of `null`, or a
 * getter), `await` and `yield` (a rejection, a `throw()`), iteration (`...x`), destructuring,
 * `in`, `instanceof` and `delete`. Reading a variable, building a literal or a function, and
 * operators on primitives are taken not to.
 */
const THROWS: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.CallExpression,
  AST_NODE_TYPES.NewExpression,
  AST_NODE_TYPES.TaggedTemplateExpression,
  AST_NODE_TYPES.ImportExpression,
  AST_NODE_TYPES.MemberExpression,
  AST_NODE_TYPES.AwaitExpression,
  AST_NODE_TYPES.YieldExpression,
  AST_NODE_TYPES.SpreadElement,
  AST_NODE_TYPES.ObjectPattern,
  AST_NODE_TYPES.ArrayPattern,
  AST_NODE_TYPES.JSXElement,
]);

function mayThrow(node: TSESTree.Node): boolean {
  if (THROWS.has(node.type)) return true;
  if (node.type === AST_NODE_TYPES.BinaryExpression) return node.operator === 'in' || node.operator === 'instanceof';
  if (node.type === AST_NODE_TYPES.UnaryExpression) return node.operator === 'delete';
  // `const { a } = value`: the pattern comes first in the syntax, but is matched after the value.
  return node.type === AST_NODE_TYPES.VariableDeclarator && node.id.type !== AST_NODE_TYPES.Identifier;
}
