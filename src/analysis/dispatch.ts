import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { memberName } from './ast.js';
import type { FileAnalysis } from './index.js';
import { EQUALITY, MATCHERS, type ComparedValues, type StatusSite } from './sites.js';

/**
 * What a rule may listen to through the shared traversal: the status sites and WebSocket close
 * sites of the file, in source order, and these node types.
 */
export interface NodeListeners {
  StatusSite?: (site: StatusSite) => void;
  /**
   * The values compared with a received status (`res.status === 600`, `case 404:`) that the
   * rule reports; comparisons with other values are not delivered to it, and comparisons no
   * rule wants are not resolved at all. Without it, the rule sees no comparisons.
   */
  comparedValues?: ComparedValues;
  CloseSite?: (site: StatusSite) => void;
  /**
   * Calls, `new` and assignments that may set a status or send a body: a call of a member whose
   * name no framework of the file has (`items.map(…)`), or an assignment to such a property or to
   * a plain variable, is not delivered.
   */
  CallExpression?: (node: TSESTree.CallExpression) => void;
  NewExpression?: (node: TSESTree.NewExpression) => void;
  AssignmentExpression?: (node: TSESTree.AssignmentExpression) => void;
  ReturnStatement?: (node: TSESTree.ReturnStatement) => void;
  'Program:exit'?: () => void;
}

type SiteHandler = (site: StatusSite) => void;

const CLOSE_ROLES: ReadonlySet<StatusSite['role']> = new Set(['close', 'closeEvent']);

/**
 * One traversal for all rules of the plugin in one lint pass over a file. The first rule created
 * in the pass returns the dispatcher's listeners; every rule (that one included) subscribes its
 * handlers, and the dispatcher visits each node once, finds its sites once and hands them to the
 * subscribers. ESLint therefore charges the whole plugin's work to that first rule, and calls one
 * listener per node instead of one per rule.
 *
 * Files where no framework object can occur (no framework module imported, no framework global
 * used, no file convention, no type information) get no listeners at all.
 */
export class Dispatcher {
  private readonly statusHandlers: { handler: SiteHandler; compared: ComparedValues | undefined }[] = [];
  private readonly closeHandlers: SiteHandler[] = [];
  private readonly calls: NonNullable<NodeListeners['CallExpression']>[] = [];
  private readonly constructs: NonNullable<NodeListeners['NewExpression']>[] = [];
  private readonly assignments: NonNullable<NodeListeners['AssignmentExpression']>[] = [];
  private readonly returns: NonNullable<NodeListeners['ReturnStatement']>[] = [];
  private readonly exits: NonNullable<NodeListeners['Program:exit']>[] = [];

  constructor(private readonly analysis: FileAnalysis) {}

  on(listeners: NodeListeners): void {
    if (listeners.StatusSite) this.statusHandlers.push({ handler: listeners.StatusSite, compared: listeners.comparedValues });
    if (listeners.CloseSite) this.closeHandlers.push(listeners.CloseSite);
    if (listeners.CallExpression) this.calls.push(listeners.CallExpression);
    if (listeners.NewExpression) this.constructs.push(listeners.NewExpression);
    if (listeners.AssignmentExpression) this.assignments.push(listeners.AssignmentExpression);
    if (listeners.ReturnStatement) this.returns.push(listeners.ReturnStatement);
    if (listeners['Program:exit']) this.exits.push(listeners['Program:exit']);
  }

  /**
   * The listeners the first rule of the pass returns to ESLint: only for the node types that can
   * matter in this file (no comparisons where nothing has a status to read, no returns where no
   * handler returns its body, no `new` where nothing acts when constructed), each starting with
   * the cheapest test that rules most nodes out.
   * Subscribers are read at visit time.
   */
  listeners(): TSESLint.RuleListener {
    const { analysis } = this;
    const visits = analysis.visits;
    if (!visits) return {};
    const { callNames, assignedNames, returns, acts, comparisons } = visits;
    const deliver = (site: StatusSite): void => {
      if (CLOSE_ROLES.has(site.role)) {
        for (const handler of this.closeHandlers) handler(site);
        return;
      }
      for (const { handler, compared } of this.statusHandlers) {
        if (site.role !== 'compare' || (site.value && compared?.(site.value.value))) handler(site);
      }
    };
    const sites = (node: TSESTree.Node): void => {
      if (this.statusHandlers.length === 0 && this.closeHandlers.length === 0) return;
      for (const site of analysis.sitesOf(node)) deliver(site);
    };
    const wanted = (value: number | string): boolean => this.statusHandlers.some(({ compared }) => compared?.(value));
    // Every rule subscribes when it is created, before the traversal: known at the first comparison.
    let compares: boolean | undefined;
    const compare = (node: TSESTree.BinaryExpression | TSESTree.SwitchStatement | TSESTree.CallExpression): void => {
      compares ??= this.statusHandlers.some(({ compared }) => compared !== undefined);
      if (!compares) return;
      for (const site of analysis.comparisonSites(node, wanted)) deliver(site);
    };
    return {
      CallExpression: (node) => {
        // Most calls are of other names (`items.map(…)`, `log(…)`): one lookup, before anything else.
        const callee = node.callee;
        if (callee.type === AST_NODE_TYPES.MemberExpression) {
          if (isPlainName(callee) && !callNames.has(callee.property.name)) return;
          // `expect(res.status).toBe(404)` compares, as `===` does.
          if (MATCHERS.has(memberName(callee) ?? '')) {
            compare(node);
            return;
          }
        } else if (callee.type === AST_NODE_TYPES.Identifier && !acts && !callNames.has(callee.name)) {
          return;
        }
        sites(node);
        for (const listener of this.calls) listener(node);
      },
      ...(acts && {
        NewExpression: (node: TSESTree.NewExpression) => {
          sites(node);
          for (const listener of this.constructs) listener(node);
        },
      }),
      ...(assignedNames.size > 0 && {
        AssignmentExpression: (node: TSESTree.AssignmentExpression) => {
          const left = node.left;
          if (node.operator !== '=' || left.type !== AST_NODE_TYPES.MemberExpression || (isPlainName(left) && !assignedNames.has(left.property.name))) return;
          sites(node);
          for (const listener of this.assignments) listener(node);
        },
      }),
      // Returns matter only as bodies of handlers (Fastify).
      ...(returns && {
        ReturnStatement: (node: TSESTree.ReturnStatement) => {
          for (const listener of this.returns) listener(node);
        },
      }),
      ...(comparisons && {
        BinaryExpression: (node: TSESTree.BinaryExpression) => {
          if (EQUALITY.has(node.operator)) compare(node);
        },
        SwitchStatement: compare,
      }),
      'Program:exit': () => {
        for (const listener of this.exits) listener();
      },
    };
  }
}

/** `a.name`, not `a[name]` or `a.#name`: the member's name is its identifier's. */
function isPlainName(member: TSESTree.MemberExpression): member is TSESTree.MemberExpressionNonComputedName & { property: TSESTree.Identifier } {
  return !member.computed && member.property.type === AST_NODE_TYPES.Identifier;
}
