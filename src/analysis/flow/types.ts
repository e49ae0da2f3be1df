import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';

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
 * which runs once after normal completion, once after an exception and once after a `return`,
 * `break` or `continue`), and its place in the order in which the graph's operations were met,
 * which within a block is the order they run in.
 */
export interface Position {
  graph: FlowGraph;
  blocks: readonly Block[];
  order: number;
}

/** Where the builder put each operation it met: the blocks, and the order in which it met them. */
export type Placements = Map<TSESTree.Node, { blocks: Block[]; order: number }>;

/** Where a test leads: the block its true branch starts with, and the one its false branch starts with. */
export interface Branches {
  readonly whenTrue: Block;
  readonly whenFalse: Block;
}

/**
 * A built graph: the graph, its placed operations, the branches of the tests it was asked to
 * keep, and the block each turn of each of its loops starts with.
 */
export interface BuiltGraph {
  graph: FlowGraph;
  placed: Placements;
  tests: Map<TSESTree.Node, Branches>;
  turns: Map<TSESTree.Node, Block>;
}

/** The nodes a graph places: what operates on a response or hands it on. */
export const PLACED: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.CallExpression,
  AST_NODE_TYPES.NewExpression,
  AST_NODE_TYPES.AssignmentExpression,
  AST_NODE_TYPES.ReturnStatement,
]);
