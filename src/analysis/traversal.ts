import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import type { BodyOwner, FileAnalysis } from './analysis.js';
import { EQUALITY } from './gate.js';
import { getFileAnalysis, mayHaveFrameworkObjects, type RuleContext } from './file-state.js';
import type { LateOperation } from './send-flow.js';
import type { BodySite, ComparedValues, StatusSite } from './sites.js';

/**
 * What a rule may listen to through the shared traversal: the status sites and WebSocket close
 * sites of the file, in source order; the bodies it sends, once the file is seen; and the end of
 * the file.
 */
export interface SiteListeners {
  StatusSite?: (site: StatusSite) => void;
  /**
   * The values compared with a received status (`res.status === 600`, `case 404:`) that the
   * rule reports; comparisons with other values are not delivered to it, and comparisons no
   * rule wants are not resolved at all. Without it, the rule sees no comparisons.
   */
  comparedValues?: ComparedValues;
  CloseSite?: (site: StatusSite) => void;
  /**
   * At the end of the file, after every status site: the bodies the file sends (calls, `new`,
   * assignments, and the returns of handlers whose return value is the body), found as the rule
   * iterates them, so that a rule that needs none pays for none.
   */
  BodySites?: (bodies: Iterable<BodySite>) => void;
  /**
   * At the end of the file: the operations on a response that come after it was sent, on some
   * code path (a status, a header, a second send), in source order.
   */
  LateOperations?: (operations: readonly LateOperation[]) => void;
  'Program:exit'?: () => void;
}

type SiteHandler = (site: StatusSite) => void;

const CLOSE_ROLES: ReadonlySet<StatusSite['role']> = new Set(['close', 'closeEvent']);

/**
 * One traversal for all rules of the plugin in one lint pass over a file. The first rule created
 * in the pass returns the dispatcher's listeners; every rule (that one included) subscribes, and
 * the dispatcher visits each node once, finds its sites once and hands them to the subscribers.
 * ESLint therefore charges the whole plugin's work to that first rule (its `--stats` and `TIMING`
 * figures), and calls one listener per node instead of one per rule.
 */
class Dispatcher {
  private readonly statusHandlers: { handler: SiteHandler; compared: ComparedValues | undefined }[] = [];
  private readonly closeHandlers: SiteHandler[] = [];
  private readonly bodyHandlers: NonNullable<SiteListeners['BodySites']>[] = [];
  private readonly lateHandlers: NonNullable<SiteListeners['LateOperations']>[] = [];
  private readonly exits: NonNullable<SiteListeners['Program:exit']>[] = [];
  /** The rules subscribed, by their id in the config (`http-status/no-unknown-status`). */
  private readonly rules = new Set<string>();
  /** The nodes that may send a body or a response, kept when some rule wants bodies or late operations. */
  private readonly owners: BodyOwner[] = [];
  private started = false;

  constructor(private readonly analysis: FileAnalysis) {}

  /**
   * Whether a rule being created belongs to this dispatcher's pass. ESLint creates every rule of
   * a pass before it traverses the file, and each rule id once per pass: a rule created after the
   * traversal began, or a second time, belongs to another pass over the same parse.
   */
  accepts(ruleId: string | undefined): boolean {
    return !this.started && (ruleId === undefined || !this.rules.has(ruleId));
  }

  subscribe(ruleId: string | undefined, listeners: SiteListeners): void {
    if (ruleId !== undefined) this.rules.add(ruleId);
    if (listeners.StatusSite) this.statusHandlers.push({ handler: listeners.StatusSite, compared: listeners.comparedValues });
    if (listeners.CloseSite) this.closeHandlers.push(listeners.CloseSite);
    if (listeners.BodySites) this.bodyHandlers.push(listeners.BodySites);
    if (listeners.LateOperations) this.lateHandlers.push(listeners.LateOperations);
    if (listeners['Program:exit']) this.exits.push(listeners['Program:exit']);
  }

  /**
   * The listeners the first rule of the pass returns to ESLint: only for the node types that can
   * matter in this file (./gate.ts), each starting with the cheapest test that rules most nodes
   * out. Subscribers are read at visit time: every rule has subscribed by then.
   */
  listeners(): TSESLint.RuleListener {
    const { analysis } = this;
    const gate = analysis.gate;
    if (!gate) return {};
    const { returns, acts, comparisons, assignedNames } = gate.visits;
    const deliver = (site: StatusSite): void => {
      if (CLOSE_ROLES.has(site.role)) {
        for (const handler of this.closeHandlers) handler(site);
        return;
      }
      for (const { handler, compared } of this.statusHandlers) {
        if (site.role !== 'compare' || (site.value && compared?.(site.value.value))) handler(site);
      }
    };
    const visit = (node: TSESTree.CallExpression | TSESTree.NewExpression | TSESTree.AssignmentExpression): void => {
      if (this.statusHandlers.length > 0 || this.closeHandlers.length > 0) for (const site of analysis.sitesOf(node)) deliver(site);
      if (this.bodyHandlers.length > 0 || this.lateHandlers.length > 0) this.owners.push(node);
    };
    const wanted = (value: number | string): boolean => this.statusHandlers.some(({ compared }) => compared?.(value));
    let compares: boolean | undefined;
    const compare = (node: TSESTree.BinaryExpression | TSESTree.SwitchStatement | TSESTree.CallExpression): void => {
      compares ??= this.statusHandlers.some(({ compared }) => compared !== undefined);
      if (compares) for (const site of analysis.comparisonSites(node, wanted)) deliver(site);
    };
    return {
      Program: () => {
        this.started = true;
      },
      CallExpression: (node) => {
        const how = gate.callVisit(node);
        if (how === 'compare') compare(node);
        else if (how === 'call') visit(node);
      },
      ...(acts && { NewExpression: visit }),
      ...(assignedNames.size > 0 && {
        AssignmentExpression: (node: TSESTree.AssignmentExpression) => {
          if (gate.visitsAssignment(node)) visit(node);
        },
      }),
      // Returns matter only as bodies of handlers (Fastify).
      ...(returns && {
        ReturnStatement: (node: TSESTree.ReturnStatement) => {
          if (node.argument && this.bodyHandlers.length > 0) this.owners.push(node);
        },
      }),
      ...(comparisons && {
        BinaryExpression: (node: TSESTree.BinaryExpression) => {
          if (EQUALITY.has(node.operator)) compare(node);
        },
        SwitchStatement: compare,
      }),
      'Program:exit': () => {
        for (const handler of this.bodyHandlers) handler(this.bodySites());
        if (this.lateHandlers.length > 0) {
          const late = analysis.lateOperations(this.owners);
          for (const handler of this.lateHandlers) handler(late);
        }
        for (const listener of this.exits) listener();
      },
    };
  }

  private *bodySites(): Generator<BodySite> {
    for (const owner of this.owners) {
      const body = this.analysis.bodySiteOf(owner);
      if (body) yield body;
    }
  }
}

/** The dispatcher of each parse's current lint pass. */
const dispatchers = new WeakMap<TSESTree.Program, Dispatcher>();

/**
 * The rule's share of the one traversal of this lint pass: the first rule of the pass returns
 * the dispatcher's listeners, the others nothing.
 */
function dispatch(context: RuleContext, listeners: SiteListeners): TSESLint.RuleListener {
  if (!mayHaveFrameworkObjects(context)) return {};
  const program = context.sourceCode.ast;
  const ruleId = typeof context.id === 'string' ? context.id : undefined;
  const current = dispatchers.get(program);
  if (current?.accepts(ruleId)) {
    current.subscribe(ruleId, listeners);
    return {};
  }
  const dispatcher = new Dispatcher(getFileAnalysis(context));
  dispatchers.set(program, dispatcher);
  dispatcher.subscribe(ruleId, listeners);
  return dispatcher.listeners();
}

/**
 * The listeners a rule returns to see every HTTP status site of the file, in source order;
 * comparisons only with the values `comparedValues` accepts (none without it).
 */
export function statusSiteListeners(context: RuleContext, onSite: (site: StatusSite) => void, comparedValues?: ComparedValues): TSESLint.RuleListener {
  return dispatch(context, { StatusSite: onSite, comparedValues });
}

/** The listeners a rule returns to see every WebSocket close code of the file. */
export function closeSiteListeners(context: RuleContext, onSite: (site: StatusSite) => void): TSESLint.RuleListener {
  return dispatch(context, { CloseSite: onSite });
}

/** The listeners a rule returns to see status and close sites, the file's bodies, and the end of the file. */
export function siteListeners(context: RuleContext, listeners: SiteListeners): TSESLint.RuleListener {
  return dispatch(context, listeners);
}
