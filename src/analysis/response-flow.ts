import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';

import { memberName } from './ast.js';
import { chainTop, type Use } from './chains.js';
import { PerGraph, type FlowGraphs } from './flow/graphs.js';
import { laterDefinitions, reachingDefinitions, writtenLast, type Keep, type PlacedOp, type Reaching } from './flow/reaching.js';
import type { Position } from './flow/types.js';
import type { NameSets } from './registry.js';
import type { FileResolver } from './resolver/index.js';
import type { ResponseVariables } from './responses.js';
import type { Variable } from './resolver/scope.js';
import type { BodySite, StatusSite } from './sites.js';

/** What the flow needs to know of the sites of one node (the file's analysis, ./analysis.ts, answers). */
export interface SiteLookup {
  sitesOf(node: TSESTree.Node): readonly StatusSite[];
  bodyOf(node: TSESTree.CallExpression | TSESTree.NewExpression | TSESTree.AssignmentExpression): BodySite | undefined;
  chainStatuses(node: TSESTree.CallExpression | TSESTree.NewExpression): StatusSite[];
}

type UseAt = { use: Use; position: Position };

/**
 * Which statuses a response has where its body is sent, along the code paths of the function:
 * `res.status(204); … res.json(x)`, and for responses sent only when the handler is done (Koa's
 * `ctx.body = x; ctx.status = 204`), the statuses set after the body. Reaching definitions over
 * the function's graph (./flow/), of the variable that holds the response.
 */
export class ResponseFlow {
  private readonly flows = new PerGraph<Variable, Map<TSESTree.Node, readonly Reaching<StatusSite>[]> | undefined>();
  private readonly afterBodies = new PerGraph<Variable, Map<TSESTree.Node, StatusSite[]> | undefined>();

  constructor(
    private readonly resolver: FileResolver,
    private readonly graphs: FlowGraphs,
    private readonly responses: ResponseVariables,
    private readonly sites: SiteLookup,
    private readonly names: NameSets,
  ) {}

  /**
   * The statuses that may be current, along the code paths into it, when a call or assignment
   * operates on a response variable. Undefined when the response cannot be followed (no
   * variable, or it is handed to other code in ways we cannot order).
   */
  statusesReaching(owner: TSESTree.Node): readonly Reaching<StatusSite>[] | undefined {
    const variable = this.responses.operatedOn(owner);
    if (!variable) return undefined;
    if (!this.setsStatusAnywhere(variable)) return [];
    const position = this.graphs.positionOf(chainTop(owner));
    return position && this.statusFlow(variable, position)?.get(chainTop(owner));
  }

  /** For a `return` whose value is the body, the statuses the response held by `variable` may have there. */
  statusesAtReturn(node: TSESTree.ReturnStatement, variable: Variable): readonly Reaching<StatusSite>[] {
    if (!this.setsStatusAnywhere(variable)) return [];
    const position = this.graphs.positionOf(node);
    return (position && this.statusFlow(variable, position)?.get(node)) ?? [];
  }

  /**
   * For a body whose response is sent only when the handler is done (Koa's `ctx.body = x`, a
   * hapi `h.response(x)` kept in a variable), the statuses set on that response after it, along
   * the code paths from the body: the one in force when the response goes out may be any of
   * them. Empty when the response cannot be followed.
   */
  statusesAfter(body: BodySite): StatusSite[] {
    if (!body.sentWhenDone || body.owner.type === AST_NODE_TYPES.ReturnStatement) return [];
    const owner = body.owner;
    // Koa: the context the body is assigned on; AdonisJS: the response whose method sets it; one
    // flow for all their bodies. hapi: the variable the built response is kept in, which starts
    // with that body.
    const assigned = owner.type === AST_NODE_TYPES.AssignmentExpression || !!body.onReceiver;
    const variable = assigned ? this.responses.holding(owner) : this.responses.declaredWith(chainTop(owner));
    if (!variable || !this.setsStatusAnywhere(variable)) return [];
    const at = this.graphs.positionOf(chainTop(owner));
    if (!at) return [];
    if (!assigned) return this.bodyFlow(variable, at, body)?.get(owner) ?? [];
    return this.afterBodies.get(variable, at.graph, () => this.bodyFlow(variable, at))?.get(owner) ?? [];
  }

  /**
   * The statuses of the response held by `variable` at each of its uses and at each `return` of
   * the function, in the graph of `at`: one flow per graph and variable, shared by all sites.
   */
  private statusFlow(variable: Variable, at: Position): Map<TSESTree.Node, readonly Reaching<StatusSite>[]> | undefined {
    return this.flows.get(variable, at.graph, () => {
      const uses = this.placedUses(variable, at);
      if (!uses) return undefined;
      const ops: PlacedOp<StatusSite>[] = [];
      const keys = new Map<StatusSite, string>();
      for (const { use, position } of uses) {
        const status = use.type === 'escape' ? undefined : this.statusSetBy(use.node as TSESTree.CallExpression | TSESTree.AssignmentExpression);
        if (use.type === 'escape') ops.push({ op: { type: 'escape', node: use.node }, position });
        else if (status) {
          keys.set(status, this.valuesKey(status));
          ops.push({ op: { type: 'define', node: use.node, value: status }, position });
        } else ops.push({ op: { type: 'use', node: use.node }, position });
      }
      for (const { node, position } of this.graphs.returnsIn(at.graph)) ops.push({ op: { type: 'use', node }, position });
      return reachingDefinitions(at.graph, ops, initialState(variable, at), false, lastOfEachValue(keys));
    });
  }

  /**
   * Which statuses are set after each body on the response held by `variable`, in the graph of
   * `at`, before another body replaces it or the response is handed on: the bodies are the uses,
   * each status set a definition, followed against the edges. One status per value is kept, the
   * first written, so a function that sets a body and a status in each of many branches costs
   * time linear in its size. `declared`: the body the variable starts with (hapi's
   * `const response = h.response(x)`).
   */
  private bodyFlow(variable: Variable, at: Position, declared?: BodySite): Map<TSESTree.Node, StatusSite[]> | undefined {
    const uses = this.placedUses(variable, at);
    if (!uses) return undefined;
    const ops: PlacedOp<string>[] = [];
    if (declared) ops.push({ op: { type: 'use', node: declared.owner }, position: at });
    const statuses = new Map<TSESTree.Node, StatusSite>();
    for (const { use, position } of uses) {
      if (use.type === 'escape') {
        ops.push({ op: { type: 'escape', node: use.node }, position });
        continue;
      }
      const node = use.node as TSESTree.CallExpression | TSESTree.AssignmentExpression;
      const status = this.statusSetBy(node);
      if (this.sites.bodyOf(node)) ops.push({ op: { type: 'use', node }, position });
      else if (node.type === AST_NODE_TYPES.AssignmentExpression && this.clearsBody(node)) ops.push({ op: { type: 'reset', node }, position });
      // A status set in the same expression as a body comes after it.
      if (status) {
        statuses.set(node, status);
        ops.push({ op: { type: 'define', node, value: this.valuesKey(status) }, position });
      }
    }
    const after = new Map<TSESTree.Node, StatusSite[]>();
    for (const [body, later] of laterDefinitions(at.graph, ops, true)) {
      after.set(body, [...later.values()].map((node) => statuses.get(node) as StatusSite));
    }
    return after;
  }

  /**
   * The uses of a response variable that operate on it or hand it on, in the function of `at`,
   * with their positions. Undefined when some use cannot be placed (an alias, a return): the
   * order is then unknowable.
   */
  private placedUses(variable: Variable, at: Position): UseAt[] | undefined {
    const placed: UseAt[] = [];
    for (const reference of variable.references) {
      const use = this.responses.useOf(reference.identifier as TSESTree.Identifier);
      if (use.type === 'other') continue;
      const position = this.graphs.positionOf(use.node);
      if (!position) return undefined;
      if (position.graph === at.graph) placed.push({ use, position });
    }
    return placed;
  }

  /**
   * Whether some use of a response variable, in any function, sets a status. If none does, no
   * status can reach any point of the code, and the flow needs no graph.
   */
  private setsStatusAnywhere(variable: Variable): boolean {
    return variable.references.some((reference) => {
      const use = this.responses.useOf(reference.identifier as TSESTree.Identifier);
      return use.type === 'chain' && !!this.statusSetBy(use.node as TSESTree.CallExpression | TSESTree.AssignmentExpression);
    });
  }

  /** What a status set stands for in the flows: its value, or for a choice (`ok ? 200 : 204`) the values of all its branches. */
  private valuesKey(site: StatusSite): string {
    const sites = site.branchOf ? this.sites.sitesOf(site.owner).filter((other) => other.branchOf === site.branchOf) : [site];
    return sites.map(({ value }) => (value ? `${value.type}:${value.value}` : '?')).join();
  }

  /** The status an assignment or call chain leaves on the response: the last it sets. */
  private statusSetBy(node: TSESTree.CallExpression | TSESTree.AssignmentExpression): StatusSite | undefined {
    const sites = node.type === AST_NODE_TYPES.AssignmentExpression ? this.sites.sitesOf(node) : this.sites.chainStatuses(node);
    return sites.findLast((site) => site.role === 'status');
  }

  /**
   * `ctx.body = null`: an assignment to a body property that clears the body. Asked only of an
   * assignment that sends no body, where `ctx.body = ''` (Koa: an empty body is none) clears it too.
   */
  private clearsBody(node: TSESTree.AssignmentExpression): boolean {
    const name = node.left.type === AST_NODE_TYPES.MemberExpression ? memberName(node.left) : undefined;
    return name !== undefined && this.names.bodyProperties.has(name) && (this.resolver.isNullish(node.right) || this.resolver.isEmptyString(node.right));
  }
}

/** A response declared in this function starts with no status (or body); one from outside, unknown. */
function initialState<V>(variable: Variable, at: Position): Reaching<V> {
  return at.graph.owner === variable.scope.block ? { type: 'initial' } : { type: 'unknown' };
}

/**
 * Of the statuses set that stand for the same values (`valuesKey`), the flow keeps one: the one
 * written last. The rules ask which values may reach a body, and this keeps the flow linear in a
 * function that sets a status and sends in each of many branches.
 */
function lastOfEachValue(keys: ReadonlyMap<StatusSite, string>): Keep<StatusSite> {
  return { keyOf: (site) => keys.get(site), prefer: writtenLast((site) => site.owner) };
}
