import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { skipWrappers } from './ast.js';

type CodePath = TSESLint.CodePath;
type Segment = TSESLint.CodePathSegment;
type Variable = TSESLint.Scope.Variable;

/** Where a node runs: its function's code path, the segments current there, and its visit order. */
export interface Position {
  path: CodePath;
  segments: readonly Segment[];
  seq: number;
}

/**
 * Records, during ESLint's traversal, where each call, `new`, assignment and `return` runs in the
 * code path graph: the dispatcher calls `record` for them and returns `listeners()` to ESLint.
 */
export class FlowRecorder {
  private readonly stack: { path: CodePath; current: Set<Segment>; snapshot: readonly Segment[] | undefined }[] = [];
  /** Per node, the segments current when it ran: arrays shared until the segments change. */
  private readonly positions = new Map<TSESTree.Node, readonly Segment[]>();
  private readonly pathOf = new Map<Segment, CodePath>();
  private readonly pathOwners = new Map<CodePath, TSESTree.Node>();

  /** Hot: runs for every call and assignment. One map write, no allocation. */
  readonly record = (node: TSESTree.Node): void => {
    const top = this.stack.at(-1);
    if (!top) return;
    top.snapshot ??= [...top.current];
    this.positions.set(node, top.snapshot);
  };

  /** The code path listeners that keep track of the current segments. */
  listeners(): TSESLint.RuleListener {
    const start = (segment: Segment): void => {
      const top = this.stack.at(-1);
      if (!top) return;
      top.current.add(segment);
      top.snapshot = undefined;
      this.pathOf.set(segment, top.path);
    };
    const end = (segment: Segment): void => {
      const top = this.stack.at(-1);
      if (!top) return;
      top.current.delete(segment);
      top.snapshot = undefined;
    };
    const listeners: Record<string, unknown> = {
      onCodePathStart: (path: CodePath, node: TSESTree.Node) => {
        this.stack.push({ path, current: new Set(), snapshot: undefined });
        this.pathOwners.set(path, node);
      },
      onCodePathEnd: () => {
        this.stack.pop();
      },
      onCodePathSegmentStart: start,
      onCodePathSegmentEnd: end,
      onUnreachableCodePathSegmentStart: start,
      onUnreachableCodePathSegmentEnd: end,
    };
    return listeners as TSESLint.RuleListener;
  }

  /** Where a recorded node runs. Nodes run in source order within a segment, so `seq` is its offset. */
  positionOf(node: TSESTree.Node): Position | undefined {
    const segments = this.positions.get(node);
    const path = segments?.[0] && this.pathOf.get(segments[0]);
    return segments && path ? { path, segments, seq: node.range[0] } : undefined;
  }

  /** The function (or program) a code path belongs to. */
  ownerOf(path: CodePath): TSESTree.Node | undefined {
    return this.pathOwners.get(path);
  }
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
 * Reaching definitions of a response's status over one code path: for each `use`, the statuses
 * that some path from the function's start can carry to it. `ops` are the response's operations
 * in this code path, with their positions.
 */
export function statusesAtUses<S>(
  path: CodePath,
  ops: readonly { op: FlowOp<S>; position: Position }[],
  initial: Reaching<S>,
): Map<TSESTree.Node, readonly Reaching<S>[]> {
  const bySegment = new Map<Segment, { op: FlowOp<S>; seq: number }[]>();
  for (const { op, position } of ops) {
    for (const segment of position.segments) {
      const list = bySegment.get(segment) ?? [];
      list.push({ op, seq: position.seq });
      bySegment.set(segment, list);
    }
  }
  for (const list of bySegment.values()) list.sort((a, b) => a.seq - b.seq);

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

  const outOf = new Map<Segment, Set<Reaching<S>>>();
  const atUse = new Map<TSESTree.Node, Set<Reaching<S>>>();
  const transfer = (segment: Segment, state: Set<Reaching<S>>): Set<Reaching<S>> => {
    // A copy: the incoming set keeps growing while other segments are processed.
    let current = new Set(state);
    for (const { op } of bySegment.get(segment) ?? []) {
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

  // A worklist over the segment graph; states only grow, so this terminates.
  const work: Segment[] = [path.initialSegment];
  const inOf = new Map<Segment, Set<Reaching<S>>>([[path.initialSegment, new Set([initial])]]);
  while (work.length > 0) {
    const segment = work.pop() as Segment;
    const out = transfer(segment, inOf.get(segment) ?? new Set());
    const previous = outOf.get(segment);
    if (previous && [...out].every((value) => previous.has(value)) && previous.size === out.size) continue;
    outOf.set(segment, out);
    for (const next of segment.nextSegments) {
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

export type { Variable };
