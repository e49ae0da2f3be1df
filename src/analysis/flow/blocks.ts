import type { TSESTree } from '@typescript-eslint/utils';

import type { Block, Placements } from './types.js';

/** A statement that `break` can leave: a loop (which `continue` goes back into), a `switch`, a labelled statement. */
export type Breakable = { type: 'loop' | 'switch' | 'label'; labels: readonly string[]; breaks: Block[]; continueTo?: Block };
/**
 * A `try` statement, in its `try` or its `catch` part: where a `throw` goes (the handler, or the
 * `finally` as run after an exception), and the `finally` as run after a jump out of it
 * (`jumped`: some `return`, `break` or `continue` goes there).
 */
export type TryContext = { type: 'try'; phase: 'try' | 'catch'; handler?: Block; finalizer?: Block; jumpFinalizer?: Block; jumped?: boolean };
type Context = Breakable | TryContext;

/**
 * The primitives a graph is written with: the current block, new blocks and their edges, the
 * statements the code is inside (what `break`, `continue`, `return` and `throw` leave and where
 * they go), and the placing of operations in blocks. `GraphBuilder` (./builder.ts) drives them
 * from the syntax.
 */
export abstract class BlockWriter {
  protected readonly placed: Placements = new Map();
  protected readonly entry: Block = { next: [] };
  protected current: Block = this.entry;
  private readonly contexts: Context[] = [];
  private order = 0;
  /** The block whose end already leads to where an exception goes: its state must stay the one at that point. */
  private sealed: Block | undefined;

  /** A new block that runs after `from`. */
  protected block(...from: (Block | undefined)[]): Block {
    const block: Block = { next: [] };
    for (const previous of from) previous?.next.push(block);
    return block;
  }

  protected join(a: Block, b: Block): Block {
    return a === b ? a : this.block(a, b);
  }

  /** An exception thrown at the end of `block` goes to the current throw target, if any. */
  protected mayThrow(block: Block): void {
    const target = this.throwTarget();
    if (target && !block.next.includes(target)) block.next.push(target);
  }

  /**
   * Code that may throw runs here (a call, a property read, an `await`): inside a `try`, the
   * state at this point reaches the handler. The current block ends here as far as its state
   * goes; the next operation placed starts a new one. Only such points lead to the handler, so
   * the state after the last operation of a `try` (`ctx.body = data` as its last statement)
   * does not: nothing after it can throw.
   */
  protected throwPoint(): void {
    if (!this.throwTarget()) return;
    this.mayThrow(this.current);
    this.sealed = this.current;
  }

  /** Code after `return`, `throw`, `break` or `continue`: reached from nowhere. */
  protected unreachable(): void {
    this.current = { next: [] };
  }

  /** `break` or `continue`, with or without a label. */
  protected jump(label: string | undefined, kind: 'break' | 'continue'): void {
    const target = this.contexts.findLast(
      (context): context is Breakable =>
        context.type !== 'try' && (label ? context.labels.includes(label) : context.type === 'loop' || (kind === 'break' && context.type === 'switch')),
    );
    const finalizer = this.finalizerBefore(target);
    // Through a `finally`, the jump's path ends there (its continuation is not followed).
    if (finalizer) this.current.next.push(finalizer);
    else if (kind === 'continue' && target?.continueTo) this.current.next.push(target.continueTo);
    else if (kind === 'break') target?.breaks.push(this.current);
    this.unreachable();
  }

  /** `return`: the path goes on through a `finally`, if any, and ends there. */
  protected exit(): void {
    const finalizer = this.finalizerBefore();
    if (finalizer) this.current.next.push(finalizer);
    this.unreachable();
  }

  /** Runs `visit` inside a statement that `break` can leave; the current block then also follows each `break`. */
  protected breakable(context: Breakable, visit: () => void): void {
    this.inside(context, visit);
    if (context.breaks.length > 0) this.current = this.block(this.current, ...context.breaks);
  }

  /** Runs `visit` inside a statement (a `try`, or one that `break` can leave). */
  protected inside(context: Context, visit: () => void): void {
    this.contexts.push(context);
    visit();
    this.contexts.pop();
  }

  /**
   * Records that `node` runs in the current block, once its operands have run; a node met again
   * (in a `finally`) keeps its first place in the order.
   */
  protected place(node: TSESTree.Node): void {
    if (this.sealed === this.current) this.current = this.block(this.current);
    const placed = this.placed.get(node);
    if (placed) placed.blocks.push(this.current);
    else this.placed.set(node, { blocks: [this.current], order: this.order++ });
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

  /** The `finally` a `return`, `break` or `continue` to outside `target` has to run first, if any. */
  private finalizerBefore(target?: Context): Block | undefined {
    for (let i = this.contexts.length - 1; i >= 0 && this.contexts[i] !== target; i--) {
      const context = this.contexts[i] as Context;
      if (context.type === 'try' && context.jumpFinalizer) {
        context.jumped = true;
        return context.jumpFinalizer;
      }
    }
    return undefined;
  }
}
