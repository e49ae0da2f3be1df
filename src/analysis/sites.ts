import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';

import type { BodyEffects, HeaderSlot, InvalidStatusBehaviour, SinkSpec, SiteRole } from '../frameworks/types.js';
import { findProperty, memberName, propertyKeyName, skipWrappers } from './ast.js';
import { registry, type Kind } from './registry.js';
import type { FileResolver, StaticValue } from './resolver.js';

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
}

/** Header names a response gets (lower case); `unknown`: there may be others we cannot see. */
export interface HeaderSet {
  names: Set<string>;
  unknown: boolean;
  /** Headers set on the response only after its head was sent, with where (the first such call). */
  late?: Map<string, TSESTree.Node>;
}

export const EQUALITY: ReadonlySet<string> = new Set(['===', '!==', '==', '!=']);
/** What the name of a variable that may hold a status says (`status`, `httpStatus`, `STATUS`). */
export const STATUS_WORD = /status/i;
/** Test-framework matchers that compare a received status with an expected one. */
export const MATCHERS: ReadonlySet<string> = new Set(['toBe', 'toEqual', 'toStrictEqual']);
const MAX_API_LENGTH = 40;

/**
 * Finds the status sites of one node. Each node type rules listen to has one entry point; the
 * caller caches the result per node.
 */
export class SiteFinder {
  constructor(private readonly resolver: FileResolver) {}

  private text(node: TSESTree.Node): string {
    const text = this.resolver.sourceCode.getText(node).replace(/\s+/g, ' ');
    return text.length > MAX_API_LENGTH ? `${text.slice(0, MAX_API_LENGTH - 1)}…` : text;
  }

  call(node: TSESTree.CallExpression): StatusSite[] {
    const callee = skipWrappers(node.callee);
    if (callee.type === AST_NODE_TYPES.MemberExpression) {
      const name = memberName(callee);
      if (name === undefined || !registry.sinkMethods.has(name)) return [];
    } else if (callee.type !== AST_NODE_TYPES.Identifier && callee.type !== AST_NODE_TYPES.CallExpression) {
      return [];
    }
    const kind = this.resolver.kindOf(callee);
    const sinks = kind && registry.call(kind)?.sinks;
    return kind && sinks ? this.fromSinks(sinks, node, kind, `${this.text(callee)}()`) : [];
  }

  construct(node: TSESTree.NewExpression): StatusSite[] {
    const kind = this.resolver.kindOf(node.callee);
    const sinks = kind && registry.construct(kind)?.sinks;
    return kind && sinks ? this.fromSinks(sinks, node, kind, `new ${this.text(node.callee)}()`) : [];
  }

  assignment(node: TSESTree.AssignmentExpression): StatusSite[] {
    if (node.operator !== '=' || node.left.type !== AST_NODE_TYPES.MemberExpression) return [];
    const name = memberName(node.left);
    if (name === undefined || !registry.statusProperties.has(name)) return [];
    const kind = this.resolver.kindOf(node.left.object);
    if (!kind || !registry.setsStatus(kind, name)) return [];
    return [this.site('status', node.right, node, kind, this.text(node.left))];
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
      if (this.mayReadStatus(read) && isWanted(this.resolver.staticValue(other), wanted) && this.isStatusRead(read)) {
        const kind = this.resolver.kindOf(read) as Kind;
        return [this.site('compare', other, node, kind, this.text(read))];
      }
    }
    return [];
  }

  switchCases(node: TSESTree.SwitchStatement, wanted: ComparedValues): StatusSite[] {
    if (!this.mayReadStatus(node.discriminant)) return [];
    const cases = node.cases.filter((switchCase) => switchCase.test && isWanted(this.resolver.staticValue(switchCase.test), wanted));
    if (cases.length === 0 || !this.isStatusRead(node.discriminant)) return [];
    const kind = this.resolver.kindOf(node.discriminant) as Kind;
    const api = this.text(node.discriminant);
    return cases.map((switchCase) => this.site('compare', switchCase.test as TSESTree.Expression, switchCase, kind, api));
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
    if (!received || !this.mayReadStatus(received) || !isWanted(this.resolver.staticValue(expected), wanted) || !this.isStatusRead(received)) return [];
    return [this.site('compare', expected, node, this.resolver.kindOf(received) as Kind, this.text(received))];
  }

  /** The body a call, `new` or assignment sends, if it sends one that is not `null`/`undefined`. */
  body(node: TSESTree.CallExpression | TSESTree.NewExpression | TSESTree.AssignmentExpression): BodySite | undefined {
    if (node.type === AST_NODE_TYPES.AssignmentExpression) {
      if (node.operator !== '=' || node.left.type !== AST_NODE_TYPES.MemberExpression) return undefined;
      const name = memberName(node.left);
      const kind = name === undefined || !registry.bodyProperties.has(name) ? undefined : this.resolver.kindOf(node.left.object);
      const effects = kind && name !== undefined ? registry.bodyEffects(kind, name) : undefined;
      if (!kind || !effects || this.resolver.isNullish(node.right)) return undefined;
      const sentWhenDone = registry.sentWhenDone(kind);
      return { node: node.right, owner: node, api: this.text(node.left), framework: kind.framework.name, effects, nullable: true, sentWhenDone };
    }
    const callee = skipWrappers(node.callee);
    if (callee.type === AST_NODE_TYPES.MemberExpression) {
      const name = memberName(callee);
      if (name === undefined || !registry.bodyMethods.has(name)) return undefined;
    }
    const kind = this.resolver.kindOf(callee);
    const call = kind && (node.type === AST_NODE_TYPES.NewExpression ? registry.construct(kind) : registry.call(kind));
    const spec = call?.body;
    if (!kind || !spec) return undefined;
    const argument = node.arguments[spec.arg];
    if (!argument || argument.type === AST_NODE_TYPES.SpreadElement || (spec.nullable && this.resolver.isNullish(argument))) return undefined;
    const api = node.type === AST_NODE_TYPES.NewExpression ? `new ${this.text(callee)}()` : `${this.text(callee)}()`;
    const built = registry.returns(kind, call);
    const sentWhenDone = !!built && built !== (kind.owner ?? kind) && registry.sentWhenDone(built);
    return { node: argument, owner: node, api, framework: kind.framework.name, effects: spec.effects, nullable: spec.nullable, sentWhenDone };
  }

  /** The header names (lower case) a call or `new` sets; `unknown` when some are out of sight. */
  headers(node: TSESTree.CallExpression | TSESTree.NewExpression): HeaderSet {
    const result: HeaderSet = { names: new Set(), unknown: false };
    const callee = skipWrappers(node.callee);
    if (callee.type === AST_NODE_TYPES.MemberExpression) {
      const name = memberName(callee);
      if (name === undefined || !registry.headerMethods.has(name)) return result;
    }
    const kind = this.resolver.kindOf(callee);
    const slots = kind && (node.type === AST_NODE_TYPES.NewExpression ? registry.construct(kind) : registry.call(kind))?.headers;
    for (const slot of slots ?? []) this.readSlot(slot, node.arguments, result);
    return result;
  }

  private readSlot(slot: HeaderSlot, args: readonly TSESTree.CallExpressionArgument[], result: HeaderSet): void {
    if ('fixed' in slot) {
      if (slot.when === undefined || args[slot.when]) result.names.add(slot.fixed.toLowerCase());
    } else if ('name' in slot) {
      const arg = args[slot.name];
      const name = arg && this.resolver.staticValue(arg);
      if (name?.type === 'string') result.names.add(name.value.toLowerCase());
      else if (arg) this.readHeaderObject(arg, result);
    } else if ('object' in slot) {
      const arg = slot.object === 'last' ? args.findLast((a) => a.type === AST_NODE_TYPES.ObjectExpression) : args[slot.object];
      if (arg) this.readHeaderObject(arg, result);
    } else if ('init' in slot) {
      // `createError(401, msg, props)`: the options object, or an argument that may be one.
      const arg =
        slot.init === 'last'
          ? (args.findLast((a) => a.type === AST_NODE_TYPES.ObjectExpression) ?? args.slice(2).find((a) => a.type === AST_NODE_TYPES.Identifier))
          : args[slot.init];
      // A status (`c.json(x, 401)`) or a message is not an options object.
      if (!arg || this.resolver.staticValue(arg)) return;
      const init = this.resolver.objectOf(arg);
      if (!init || init.properties.some((property) => property.type === AST_NODE_TYPES.SpreadElement)) {
        result.unknown = true;
        return;
      }
      const headers = this.resolver.propertyValueNode(init, ['headers']);
      if (headers) this.readHeaderObject(headers, result);
    } else {
      const arg = args[slot.opaque];
      const init = arg && this.resolver.objectOf(arg);
      if (arg && (!init || findProperty(init, slot.property))) result.unknown = true;
    }
  }

  /** `{ 'WWW-Authenticate': … }`, `new Headers({ … })`, `[['Allow', 'GET']]`, or a const holding one. */
  private readHeaderObject(node: TSESTree.Node, result: HeaderSet, depth = 0): void {
    const target = skipWrappers(node);
    if (target.type === AST_NODE_TYPES.ObjectExpression) {
      for (const property of target.properties) {
        const key = property.type === AST_NODE_TYPES.Property ? propertyKeyName(property) : undefined;
        if (key === undefined) result.unknown = true;
        else result.names.add(key.toLowerCase());
      }
    } else if (target.type === AST_NODE_TYPES.ArrayExpression) {
      for (const element of target.elements) {
        const first = element?.type === AST_NODE_TYPES.ArrayExpression ? element.elements[0] : undefined;
        const name = first && first.type !== AST_NODE_TYPES.SpreadElement ? this.resolver.staticValue(first) : undefined;
        if (name?.type === 'string') result.names.add(name.value.toLowerCase());
        else result.unknown = true;
      }
    } else if (target.type === AST_NODE_TYPES.NewExpression && target.callee.type === AST_NODE_TYPES.Identifier && target.callee.name === 'Headers') {
      const init = target.arguments[0];
      if (init) this.readHeaderObject(init, result, depth + 1);
    } else if (target.type === AST_NODE_TYPES.Identifier && depth < 4) {
      const variable = this.resolver.variableOf(target);
      const def = variable?.defs[0];
      if (def?.type === 'Variable' && def.node.id === def.name && def.node.init && def.parent.kind === 'const') {
        this.readHeaderObject(def.node.init, result, depth + 1);
      } else {
        result.unknown = true;
      }
    } else {
      result.unknown = true;
    }
  }

  /** A member named like a status read (`res.status`), or an identifier that says "status": worth resolving. */
  private mayReadStatus(node: TSESTree.Node): boolean {
    const target = skipWrappers(node);
    if (target.type === AST_NODE_TYPES.MemberExpression) {
      const name = memberName(target);
      return name !== undefined && registry.statusReads.has(name);
    }
    return target.type === AST_NODE_TYPES.Identifier && STATUS_WORD.test(target.name);
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
      if ('implicit' in sink.at) {
        const value = { type: 'number' as const, value: sink.at.implicit, node };
        sites.push({ ...this.site(sink.role, node, node, kind, api), value, sink });
        continue;
      }
      const argument = node.arguments[sink.at.arg];
      if (!argument || argument.type === AST_NODE_TYPES.SpreadElement) continue;
      for (const valueNode of this.slotValues(sink, argument)) {
        sites.push({ ...this.site(sink.role, valueNode, node, kind, api), sink });
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

  private site(role: SiteRole, node: TSESTree.Node, owner: TSESTree.Node, kind: Kind, api: string): StatusSite {
    const { framework } = kind;
    return { role, node, value: this.resolver.staticValue(node), api, framework: framework.name, behaviour: framework.behaviour, owner };
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
