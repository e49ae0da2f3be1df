import type { TSESTree } from '@typescript-eslint/utils';

import type { Block, FlowGraph, Position } from './types.js';

/**
 * What an operation on one tracked slot (a response's status, one of its headers, its body) does
 * there: defines a value, hands the slot to code we cannot see (its value is unknown afterwards),
 * resets it to the initial value, or reads it (a use, whose reaching values are wanted).
 */
export type FlowOp<V> =
  | { type: 'define'; node: TSESTree.Node; value: V }
  | { type: 'escape'; node: TSESTree.Node }
  | { type: 'reset'; node: TSESTree.Node }
  | { type: 'use'; node: TSESTree.Node };

/** An operation and where it runs. Operations at the same position take effect in the order they are given. */
export interface PlacedOp<V> {
  op: FlowOp<V>;
  position: Position;
}

/** A value that may be current at a use: one defined by the code, the initial one, or unknown. */
export type Reaching<V> = { type: 'defined'; value: V } | { type: 'initial' } | { type: 'unknown' };

/**
 * A bound on the values a set holds: at most one defined value per key, the one `prefer` chooses
 * of two (the greater by some order of the values, so that the choice does not depend on the
 * order the paths are followed in).
 */
export interface Keep<V> {
  keyOf: (value: V) => unknown;
  prefer: (a: V, b: V) => V;
}

/**
 * A `prefer` for `Keep`: of two values, the one whose node is written last (of two nodes that
 * start together, the outer one: `res.send(a).send(b)` ends with the second send).
 */
export function writtenLast<V>(nodeOf: (value: V) => TSESTree.Node): Keep<V>['prefer'] {
  return (a, b) => {
    const [first, second] = [nodeOf(a).range, nodeOf(b).range];
    return second[0] > first[0] || (second[0] === first[0] && second[1] > first[1]) ? b : a;
  };
}

/**
 * Reaching definitions over one graph: for each `use`, the values that some path from the
 * graph's entry can carry to it. A definition replaces the current value; with `accumulate`, it
 * adds to the values held (headers: each one set stays set), and only an escape or a reset
 * clears them. The sets only grow (or, with `keep`, hold a preferred value instead), so it
 * ends, and it takes time linear in the graph's size times the number of distinct values, times
 * the depth of loops. With `keep`, the sets hold one value per key: linear in the graph's size
 * times the number of keys, however many definitions the code makes (a function that sends a
 * response in each of many branches).
 */
export function reachingDefinitions<V>(
  graph: FlowGraph,
  ops: readonly PlacedOp<V>[],
  initial: Reaching<V>,
  accumulate = false,
  keep?: Keep<V>,
): Map<TSESTree.Node, readonly Reaching<V>[]> {
  const byBlock = opsByBlock(ops);

  // One object per value, so that sets compare by identity and the fixpoint is reached.
  const unknown: Reaching<V> = { type: 'unknown' };
  const canonical = new Map<V, Reaching<V>>();
  const valueOf = (op: FlowOp<V>): Reaching<V> => {
    if (op.type === 'reset') return initial;
    if (op.type !== 'define') return unknown;
    let value = canonical.get(op.value);
    if (!value) {
      value = { type: 'defined', value: op.value };
      canonical.set(op.value, value);
    }
    return value;
  };

  // The values held at a point, by key: each value is its own key, or with `keep` one defined
  // value per key of `keep.keyOf`.
  type Held = Map<unknown, Reaching<V>>;
  const keyOf = (value: Reaching<V>): unknown => (keep && value.type === 'defined' ? keep.keyOf(value.value) : value);
  const holding = (value: Reaching<V>): Held => new Map([[keyOf(value), value]]);

  /** Adds a value to a set, where `keep` allows it; whether the set changed. */
  const add = (held: Held, value: Reaching<V>): boolean => {
    const key = keyOf(value);
    const before = held.get(key);
    if (before === value) return false;
    if (before?.type === 'defined' && value.type === 'defined' && keep?.prefer(before.value, value.value) === before.value) return false;
    held.set(key, value);
    return true;
  };
  const same = (a: Held, b: Held): boolean => a.size === b.size && [...a].every(([key, value]) => b.get(key) === value);

  const outOf = new Map<Block, Held>();
  const atUse = new Map<TSESTree.Node, Held>();
  const transfer = (block: Block, state: Held): Held => {
    // A copy, which this block then owns: the incoming set keeps growing while other blocks are processed.
    let current = new Map(state);
    for (const { op } of byBlock.get(block) ?? []) {
      if (op.type === 'use') {
        const seen = atUse.get(op.node) ?? new Map();
        for (const value of current.values()) add(seen, value);
        atUse.set(op.node, seen);
      } else if (accumulate && op.type === 'define') {
        add(current, valueOf(op));
      } else {
        current = holding(valueOf(op));
      }
    }
    return current;
  };

  // Rounds over the blocks in reverse postorder, each block before those it leads to: code
  // without loops takes one round, each block once; a loop brings back the blocks its end
  // changes the start of.
  const order = postorder(graph.entry).reverse();
  const inOf = new Map<Block, Held>([[graph.entry, holding(initial)]]);
  const waiting = new Set<Block>([graph.entry]);
  while (waiting.size > 0) {
    for (const block of order) {
      if (!waiting.delete(block)) continue;
      const out = transfer(block, inOf.get(block) ?? new Map());
      const previous = outOf.get(block);
      if (previous && same(previous, out)) continue;
      outOf.set(block, out);
      for (const next of block.next) {
        const incoming = inOf.get(next) ?? new Map();
        let changed = false;
        for (const value of out.values()) changed = add(incoming, value) || changed;
        inOf.set(next, incoming);
        if (changed || !outOf.has(next)) waiting.add(next);
      }
    }
  }
  return new Map([...atUse].map(([node, values]) => [node, [...values.values()]]));
}

/** The values among reaching ones that the code defined. */
export function definedValues<V>(reaching: readonly Reaching<V>[] | undefined): V[] {
  return (reaching ?? []).flatMap((value) => (value.type === 'defined' ? [value.value] : []));
}

/**
 * For each `use`, the values some path from it defines later (after it in its block, or in a
 * block that can follow), each with the definition that comes first in the source. The mirror
 * of `reachingDefinitions`, against the edges; escapes and resets do not hide a later
 * definition, unless `cut`: then a use, an escape or a reset hides the definitions after it from
 * the code before it (what is defined after a body is set belongs to that body alone). Rounds
 * over the blocks in postorder (each after the blocks that follow it) until nothing changes: one
 * round and a check for code without loops, a few more with them; each round is linear in the
 * graph's size times the number of distinct values.
 */
export function laterDefinitions<V>(graph: FlowGraph, ops: readonly PlacedOp<V>[], cut = false): Map<TSESTree.Node, ReadonlyMap<V, TSESTree.Node>> {
  const byBlock = opsByBlock(ops);
  const inOf = new Map<Block, Map<V, TSESTree.Node>>();
  const atUse = new Map<TSESTree.Node, Map<V, TSESTree.Node>>();
  const order = postorder(graph.entry);
  for (let changed = true; changed; ) {
    changed = false;
    for (const block of order) {
      const current = new Map<V, TSESTree.Node>();
      for (const next of block.next) {
        for (const [value, node] of inOf.get(next) ?? []) keepFirst(current, value, node);
      }
      const list = byBlock.get(block) ?? [];
      for (let i = list.length - 1; i >= 0; i--) {
        const { op } = list[i] as { op: FlowOp<V> };
        if (op.type === 'use') {
          // Merged: a use in a `finally` is in two blocks, and a later round only adds or moves earlier.
          const later = atUse.get(op.node) ?? new Map<V, TSESTree.Node>();
          for (const [value, node] of current) keepFirst(later, value, node);
          atUse.set(op.node, later);
          if (cut) current.clear();
        } else if (op.type === 'define') keepFirst(current, op.value, op.node);
        else if (cut) current.clear();
      }
      const before = inOf.get(block);
      if (before && before.size === current.size && [...current].every(([value, node]) => before.get(value) === node)) continue;
      inOf.set(block, current);
      changed = true;
    }
  }
  return atUse;
}

/** Keeps, per value, the definition that comes first in the source. */
function keepFirst<V>(into: Map<V, TSESTree.Node>, value: V, node: TSESTree.Node): void {
  const kept = into.get(value);
  if (!kept || node.range[0] < kept.range[0]) into.set(value, node);
}

/** The blocks reachable from `entry`, each after the blocks it leads to (loops aside). */
function postorder(entry: Block): Block[] {
  const order: Block[] = [];
  const entered = new Set<Block>([entry]);
  const stack: { block: Block; next: number }[] = [{ block: entry, next: 0 }];
  while (stack.length > 0) {
    const top = stack.at(-1) as { block: Block; next: number };
    const next = top.block.next[top.next++];
    if (!next) {
      order.push(top.block);
      stack.pop();
    } else if (!entered.has(next)) {
      entered.add(next);
      stack.push({ block: next, next: 0 });
    }
  }
  return order;
}

/** Each block's operations, in the order they run. */
function opsByBlock<V>(ops: readonly PlacedOp<V>[]): Map<Block, { op: FlowOp<V>; order: number }[]> {
  const byBlock = new Map<Block, { op: FlowOp<V>; order: number }[]>();
  for (const { op, position } of ops) {
    for (const block of position.blocks) {
      const list = byBlock.get(block) ?? [];
      list.push({ op, order: position.order });
      byBlock.set(block, list);
    }
  }
  // A stable sort: operations at one position keep the order they were given in.
  for (const list of byBlock.values()) list.sort((a, b) => a.order - b.order);
  return byBlock;
}
