import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import type { BodyEffects, InvalidStatusBehaviour, SinkSpec, SiteRole } from '../frameworks/types.js';
import { memberName, skipWrappers } from './ast.js';
import { registry, type Kind } from './registry.js';
import { EQUALITY, MATCHERS, type NodeGate } from './gate.js';
import type { FileResolver } from './resolver/index.js';
import type { StaticValue } from './resolver/values.js';
import type { HelperSink } from './helpers.js';

/** A place in the code that sets, sends or compares an HTTP status. */
export interface StatusSite {
  role: SiteRole;
  /** The expression that holds the status, as written at the site (report here). */
  node: TSESTree.Node;
  /** Its value, when it is known statically. */
  value: StaticValue | undefined;
  /** The API as the code writes it, for messages: `res.status()`, `new Response()`, `ctx.status`. */
  api: string;
  /** The framework whose API this is, for messages: `Express`, `Fetch`. */
  framework: string;
  /** What that framework does with invalid values, when known. */
  behaviour: InvalidStatusBehaviour | undefined;
  /** The call, `new`, assignment, comparison or `case` the site belongs to. */
  owner: TSESTree.Node;
  /** For call sites: the table entry that found it (redirect rules read its `redirect`). */
  sink?: SinkSpec;
  /**
   * For one of the values an expression chooses between (`ok ? 200 : 509`, `err.status || 509`):
   * the whole expression, as written at the sink. `node` is then the branch.
   */
  branchOf?: TSESTree.Node;
  /**
   * For a value a call passes to a same-file helper (`send(res, 509, body)`, ./helpers.ts): the
   * site in the helper that its parameter reaches. `owner` is then the call of the helper.
   */
  via?: StatusSite;
}

/** A place that sends (or builds a response with) a body. */
export interface BodySite {
  /** The body expression. */
  node: TSESTree.Node;
  /** The call, `new` or assignment; or the `return` of a handler whose return value is the body. */
  owner: TSESTree.CallExpression | TSESTree.NewExpression | TSESTree.AssignmentExpression | TSESTree.ReturnStatement;
  api: string;
  framework: string;
  /** What the runtime does with it on a status without content. */
  effects: BodyEffects;
  /** Whether `null`/`undefined` there means "no body" (then the rule may suggest `null`). */
  nullable: boolean;
  /** Whether a status set later still applies to this body (the response is sent when the handler is done). */
  sentWhenDone: boolean;
  /** The body is set on the response the method is called on (AdonisJS `response.send(x)`), not on one the call builds. */
  onReceiver?: true;
}

/** Header names a response gets (lower case); `unknown`: there may be others we cannot see. */
export interface HeaderSet {
  names: Set<string>;
  unknown: boolean;
  /** Headers set on the response only after its head was sent, with where (the first such call). */
  late?: Map<string, TSESTree.Node>;
}

const MAX_API_LENGTH = 40;

/** The API as the code writes it, on one line and at most 40 characters: `res.status()`, `ctx.status`. */
export function apiText(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): string {
  const text = sourceCode.getText(node).replace(/\s+/g, ' ');
  return text.length > MAX_API_LENGTH ? `${text.slice(0, MAX_API_LENGTH - 1)}…` : text;
}

/**
 * Finds the status sites of one node. Each node type rules listen to has one entry point; the
 * caller has asked the gate first (./gate.ts), and caches the result per node.
 */
export class SiteFinder {
  constructor(
    private readonly resolver: FileResolver,
    private readonly gate: NodeGate,
  ) {}

  private text(node: TSESTree.Node): string {
    return apiText(this.resolver.sourceCode, node);
  }

  call(node: TSESTree.CallExpression): StatusSite[] {
    const callee = skipWrappers(node.callee);
    const kind = this.resolver.kindOf(callee);
    const spec = kind && registry.call(kind);
    if (!kind || !spec?.sinks || (spec.plugin !== undefined && !this.resolver.hasPackage(spec.plugin))) return [];
    return this.fromSinks(spec.sinks, node, kind, `${this.text(callee)}()`);
  }

  construct(node: TSESTree.NewExpression): StatusSite[] {
    const kind = this.resolver.kindOf(node.callee);
    const sinks = kind && registry.construct(kind)?.sinks;
    return kind && sinks ? this.fromSinks(sinks, node, kind, `new ${this.text(node.callee)}()`) : [];
  }

  assignment(node: TSESTree.AssignmentExpression): StatusSite[] {
    if (node.operator !== '=' || node.left.type !== AST_NODE_TYPES.MemberExpression) return [];
    const name = memberName(node.left);
    const kind = name === undefined ? undefined : this.resolver.kindOf(node.left.object);
    if (!kind || name === undefined || !registry.setsStatus(kind, name)) return [];
    return this.valueSites('status', node.right, node, kind, this.text(node.left));
  }

  /**
   * A comparison with a status read. It is a site only where the compared value is known
   * statically and some rule reports such a value: rules report values, and a comparison is no
   * status definition for the flow. Checking that before resolving spares resolving (and, with
   * types, asking the type checker about) every `x.status === y`, and `x.status === 200` too
   * unless a rule rewrites or reports compared standard codes.
   */
  comparison(node: TSESTree.BinaryExpression, wanted: ComparedValues): StatusSite[] {
    if (!EQUALITY.has(node.operator) || node.left.type === AST_NODE_TYPES.PrivateIdentifier) return [];
    for (const [read, other] of [
      [node.left, node.right],
      [node.right, node.left],
    ] as const) {
      if (this.gate.mayReadStatus(read) && isWanted(this.resolver.staticValue(other), wanted) && this.isStatusRead(read)) {
        const kind = this.resolver.kindOf(read) as Kind;
        return [this.site('compare', other, node, kind, this.text(read), this.resolver.staticValue(other))];
      }
    }
    return [];
  }

  switchCases(node: TSESTree.SwitchStatement, wanted: ComparedValues): StatusSite[] {
    if (!this.gate.mayReadStatus(node.discriminant)) return [];
    const cases = node.cases.filter((switchCase) => switchCase.test && isWanted(this.resolver.staticValue(switchCase.test), wanted));
    if (cases.length === 0 || !this.isStatusRead(node.discriminant)) return [];
    const kind = this.resolver.kindOf(node.discriminant) as Kind;
    const api = this.text(node.discriminant);
    return cases.map((switchCase) => {
      const test = switchCase.test as TSESTree.Expression;
      return this.site('compare', test, switchCase, kind, api, this.resolver.staticValue(test));
    });
  }

  /**
   * `expect(res.status).toBe(404)` in Jest or Vitest: a comparison too, found on the same terms
   * (a value some rule reports, before the received value is resolved).
   */
  matcher(node: TSESTree.CallExpression, wanted: ComparedValues): StatusSite[] {
    const callee = skipWrappers(node.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression || !MATCHERS.has(memberName(callee) ?? '')) return [];
    const expectCall = skipWrappers(callee.object);
    const expected = node.arguments[0];
    if (
      !expected ||
      expectCall.type !== AST_NODE_TYPES.CallExpression ||
      expectCall.callee.type !== AST_NODE_TYPES.Identifier ||
      expectCall.callee.name !== 'expect'
    ) {
      return [];
    }
    const received = expectCall.arguments[0];
    if (!received || !this.gate.mayReadStatus(received) || !isWanted(this.resolver.staticValue(expected), wanted) || !this.isStatusRead(received)) return [];
    return [this.site('compare', expected, node, this.resolver.kindOf(received) as Kind, this.text(received), this.resolver.staticValue(expected))];
  }

  /** Whether a node that `mayReadStatus` is the status of a known response: resolves it. */
  private isStatusRead(node: TSESTree.Node): boolean {
    return registry.isStatusValue(this.resolver.kindOf(skipWrappers(node)));
  }

  private fromSinks(
    sinks: readonly SinkSpec[],
    node: TSESTree.CallExpression | TSESTree.NewExpression,
    kind: Kind,
    api: string,
  ): StatusSite[] {
    const sites: StatusSite[] = [];
    for (const sink of sinks) {
      if (sink.minArgs !== undefined && node.arguments.length < sink.minArgs) continue;
      const behaviour = sink.behaviour ?? kind.framework.behaviour;
      if ('implicit' in sink.at) {
        const value = { type: 'number' as const, value: sink.at.implicit, node };
        sites.push({ ...this.site(sink.role, node, node, kind, api, value), sink, behaviour });
        continue;
      }
      const argument = node.arguments[sink.at.arg];
      if (!argument || argument.type === AST_NODE_TYPES.SpreadElement) continue;
      for (const valueNode of this.slotValues(sink, argument)) {
        for (const site of this.valueSites(sink.role, valueNode, node, kind, api)) sites.push({ ...site, sink, behaviour });
      }
    }
    return sites;
  }

  private slotValues(sink: SinkSpec, argument: TSESTree.Node): TSESTree.Node[] {
    const at = sink.at;
    if ('implicit' in at) return [];
    if ('property' in at) {
      const value = this.resolver.propertyValueNode(argument, at.property);
      return value ? [value] : [];
    }
    if ('numberOrProperty' in at) {
      const target = skipWrappers(argument);
      if (target.type === AST_NODE_TYPES.ObjectExpression || target.type === AST_NODE_TYPES.Identifier) {
        const value = this.resolver.propertyValueNode(argument, at.numberOrProperty);
        if (value) return [value];
      }
      return target.type === AST_NODE_TYPES.ObjectExpression ? [] : [argument];
    }
    // supertest `.expect([200, 204])`.
    const target = skipWrappers(argument);
    if (sink.role === 'compare' && target.type === AST_NODE_TYPES.ArrayExpression) {
      return target.elements.filter((element): element is TSESTree.Expression => element !== null && element.type !== AST_NODE_TYPES.SpreadElement);
    }
    return [argument];
  }

  /**
   * The sites of a status written at a sink: one, or for an expression that chooses between
   * values (`ok ? 200 : 509`, `code ?? 1006`), one per branch whose value is known, each where
   * the branch is written. A choice of no known value is one site without a value.
   */
  private valueSites(role: SiteRole, node: TSESTree.Node, owner: TSESTree.Node, kind: Kind, api: string): StatusSite[] {
    return this.choiceSites(this.site(role, node, owner, kind, api, undefined));
  }

  /** A site for each value the site's expression chooses between (see `valueSites`), or the site with its value. */
  private choiceSites(site: StatusSite): StatusSite[] {
    const branches = this.resolver.branchValues(site.node);
    if (!branches || branches.length === 0) return [{ ...site, value: this.resolver.staticValue(site.node) }];
    return branches.map((branch) => ({ ...site, node: branch.node, value: branch.value, branchOf: site.node }));
  }

  /**
   * The sites of a call of a same-file helper (./helpers.ts): the values it passes to parameters
   * that reach a sink in the helper, each a site of that sink, where the call writes it.
   */
  helperCall(node: TSESTree.CallExpression, helper: string, sinks: readonly HelperSink[]): StatusSite[] {
    const sites: StatusSite[] = [];
    for (const { param, inner, response } of sinks) {
      const argument = node.arguments[param];
      if (!argument || argument.type === AST_NODE_TYPES.SpreadElement) continue;
      // A call that passes no framework object where the helper takes its response (`send(job, 509)`).
      const passed = response === undefined ? undefined : node.arguments[response];
      if (response !== undefined && (!passed || !this.resolver.kindOf(passed))) continue;
      const { role, framework, behaviour, sink } = inner;
      const api = `${inner.api} in ${helper}()`;
      sites.push(...this.choiceSites({ role, node: argument, value: undefined, api, framework, behaviour, owner: node, sink, via: inner }));
    }
    return sites;
  }

  /** A site of a kind's framework, with the value the caller knows (undefined: not known yet, or not at all). */
  private site(role: SiteRole, node: TSESTree.Node, owner: TSESTree.Node, kind: Kind, api: string, value: StaticValue | undefined): StatusSite {
    const { framework } = kind;
    return { role, node, value, api, framework: framework.name, behaviour: framework.behaviour, owner };
  }
}

/** A number, or a string that starts like one (`'404'`): what a comparison with a status can be reported for. */
function couldBeStatus(value: StaticValue | undefined): boolean {
  return value?.type === 'number' || (value?.type === 'string' && /^\s*[+-]?\.?\d/.test(value.value));
}

/** Which values compared with a received status some rule reports (see `NodeListeners.comparedValues`). */
export type ComparedValues = (value: number | string) => boolean;

function isWanted(value: StaticValue | undefined, wanted: ComparedValues): boolean {
  return couldBeStatus(value) && wanted((value as StaticValue).value);
}
