import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';

import { isFunction } from '../ast.js';
import { GraphBuilder } from './builder.js';
import { PLACED, type Block, type Branches, type BuiltGraph, type FlowGraph, type Position } from './types.js';

type VisitorKeys = Readonly<Record<string, readonly string[] | undefined>>;

/** Keys that hold types, or no child at all (when the parser gives no visitor keys). */
const SKIPPED_KEYS: ReadonlySet<string> = new Set(['parent', 'range', 'loc', 'typeAnnotation', 'typeArguments', 'typeParameters', 'returnType']);

/**
 * The control-flow graphs of a file, built on first use for the function a node runs in. Only
 * calls, `new`, assignments and returns are placed. Most files never ask, and those that do ask
 * about a few handlers, so the graphs cost nothing during ESLint's traversal.
 */
export class FlowGraphs {
  private readonly graphs = new Map<TSESTree.Node, BuiltGraph>();
  /** The graph each placed node is in, so that a node of a built graph needs no walk up to its function. */
  private readonly graphOf = new Map<TSESTree.Node, BuiltGraph>();
  private readonly keys = new Map<string, readonly string[]>();

  /**
   * `visitorKeys`: the parser's, which name the children of each node type in evaluation order.
   * `keptTests`: member names whose tests keep their branches apart (see `branchesOf`).
   */
  constructor(
    private readonly visitorKeys: VisitorKeys | undefined,
    private readonly keptTests: ReadonlySet<string> = new Set(),
  ) {}

  /** Where a call, `new`, assignment or `return` runs; undefined for other nodes. */
  positionOf(node: TSESTree.Node): Position | undefined {
    if (!PLACED.has(node.type)) return undefined;
    const built = this.graphOf.get(node) ?? this.build(ownerOf(node));
    return this.placedIn(node, built);
  }

  /**
   * Where a call, `new`, assignment or `return` runs, if that is in `graph`; unlike `positionOf`,
   * builds no graph for a node of another function.
   */
  positionIn(node: TSESTree.Node, graph: FlowGraph): Position | undefined {
    const built = this.graphOf.get(node);
    return built?.graph === graph ? this.placedIn(node, built) : undefined;
  }

  /**
   * For a test in `graph` (the condition of an `if`, `?:`, `&&`, `||` or loop): where its
   * branches start, if it is a member test of one of the kept names (`if (!res.headersSent)`),
   * else none (the same member read into a variable). Undefined for a node of another function.
   */
  testIn(test: TSESTree.Node, graph: FlowGraph): { branches: Branches | undefined } | undefined {
    if (ownerOf(test) !== graph.owner) return undefined;
    return { branches: this.graphs.get(graph.owner)?.tests.get(test) };
  }

  /** The block each turn of a loop of `graph` starts with, where the variables it declares are bound anew. */
  turnOf(loop: TSESTree.Node, graph: FlowGraph): Block | undefined {
    return this.graphs.get(graph.owner)?.turns.get(loop);
  }

  /**
   * The `return` statements of a graph's own code (not of functions nested in it), where each
   * runs: the builder placed them. The graph must have been built (by `positionOf`).
   */
  *returnsIn(graph: FlowGraph): Generator<{ node: TSESTree.ReturnStatement; position: Position }> {
    for (const [node, placed] of this.graphs.get(graph.owner)?.placed ?? []) {
      if (node.type === AST_NODE_TYPES.ReturnStatement) yield { node, position: { graph, blocks: placed.blocks, order: placed.order } };
    }
  }

  private build(owner: TSESTree.Node): BuiltGraph {
    let built = this.graphs.get(owner);
    if (!built) {
      built = new GraphBuilder(this.graphs.size, owner, this.keysOf, this.keptTests).build();
      this.graphs.set(owner, built);
      for (const placed of built.placed.keys()) this.graphOf.set(placed, built);
    }
    return built;
  }

  private placedIn(node: TSESTree.Node, built: BuiltGraph): Position | undefined {
    const placed = built.placed.get(node);
    return placed && { graph: built.graph, blocks: placed.blocks, order: placed.order };
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

/**
 * Values a flow computes once per graph and tracked object (a response variable), for all the
 * sites in that graph: what keeps a flow linear in the size of its function.
 */
export class PerGraph<K extends object, T> {
  private readonly values = new Map<K, Map<FlowGraph, T>>();

  get(key: K, graph: FlowGraph, compute: () => T): T {
    let byGraph = this.values.get(key);
    if (!byGraph) {
      byGraph = new Map();
      this.values.set(key, byGraph);
    }
    if (byGraph.has(graph)) return byGraph.get(graph) as T;
    const value = compute();
    byGraph.set(graph, value);
    return value;
  }
}

/** The function, class field value, static block or program whose code a node is part of: the owner of its graph. */
export function ownerOf(node: TSESTree.Node): TSESTree.Node {
  let child = node;
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (isFunction(parent) || parent.type === AST_NODE_TYPES.StaticBlock) return parent;
    if ((parent.type === AST_NODE_TYPES.PropertyDefinition || parent.type === AST_NODE_TYPES.AccessorProperty) && parent.value === child) return child;
  }
  return child;
}
