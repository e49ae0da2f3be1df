import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import type { BodyEffects, OwnStatus, ShapeSpec } from '../frameworks/types.js';
import { enclosingFunction, MAX_CALLBACK_DEPTH, memberName, responseParameter, returningCaller, returnsOf, skipWrappers, type FunctionNode } from './ast.js';
import { FrameworkBindings } from './bindings.js';
import { BodyFinder } from './bodies.js';
import { chainCalls, chainTop } from './chains.js';
import { FlowGraphs } from './flow/graphs.js';
import { definedValues } from './flow/reaching.js';
import { NodeGate } from './gate.js';
import { HeaderFlow } from './header-flow.js';
import { HeaderReader } from './headers.js';
import { alwaysRuns, HelperSinks } from './helpers.js';
import { registry, type NameSets } from './registry.js';
import { FileResolver } from './resolver/index.js';
import { ResponseFlow } from './response-flow.js';
import { ResponseVariables } from './responses.js';
import { SendFlow, type LateOperation } from './send-flow.js';
import type { Variable } from './resolver/scope.js';
import { SiteFinder, type BodySite, type ComparedValues, type HeaderSet, type StatusSite } from './sites.js';
import type { StaticValue } from './resolver/values.js';

/** The nodes a body may be sent by: calls, `new`, assignments, and the returns of handlers whose return value is the body. */
export type BodyOwner = BodySite['owner'];

/** The parts of a file's analysis, built together when the file can hold a framework object. */
interface Parts {
  resolver: FileResolver;
  gate: NodeGate;
  finder: SiteFinder;
  bodies: BodyFinder;
  responseFlow: ResponseFlow;
  headerFlow: HeaderFlow;
  sendFlow: SendFlow;
  helpers: HelperSinks;
}

/**
 * The shared analysis of one file, created once per parse: what rules ask about the file. It
 * finds the status, close-code and body sites of nodes (once each, cached) and answers questions
 * about them: which statuses reach a body, which headers a response gets. Files where no framework
 * object can occur get an analysis that answers with nothing.
 */
export class FileAnalysis {
  private readonly parts: Parts | undefined;
  private readonly sites = new Map<TSESTree.Node, readonly StatusSite[]>();
  private readonly bodies = new Map<TSESTree.Node, BodySite | null>();
  /** By a status call in a helper, the body the helper always sends with that status. */
  private readonly helperBodies = new Map<TSESTree.Node, BodySite | null>();

  constructor(
    sourceCode: Readonly<TSESLint.SourceCode>,
    filename: string,
    /** The names worth a closer look in this file (./relevance.ts); `undefined` when it has no framework object at all. */
    names: NameSets | undefined,
    /** The handler shapes of the frameworks the file's project depends on. */
    shapes: readonly ShapeSpec[],
  ) {
    if (!names) return;
    const resolver = new FileResolver(sourceCode, filename, shapes);
    const gate = new NodeGate(names, new FrameworkBindings(sourceCode.ast, (identifier) => resolver.bindingKind(identifier)), sourceCode.ast);
    const graphs = new FlowGraphs(sourceCode.visitorKeys, registry.sentFlags);
    const responses = new ResponseVariables(resolver, gate);
    const bodies = new BodyFinder(resolver);
    this.parts = {
      resolver,
      gate,
      finder: new SiteFinder(resolver, gate),
      bodies,
      responseFlow: new ResponseFlow(resolver, graphs, responses, this, names),
      headerFlow: new HeaderFlow(new HeaderReader(resolver, gate), graphs, responses),
      sendFlow: new SendFlow(resolver, graphs, responses, bodies, names.returnsBody),
      helpers: new HelperSinks(resolver, gate, responses, this),
    };
  }

  /** Whether the file can hold a framework object at all; if not, no rule needs to visit it. */
  get relevant(): boolean {
    return this.parts !== undefined;
  }

  /** The gate the traversal asks which nodes to visit. */
  get gate(): NodeGate | undefined {
    return this.parts?.gate;
  }

  /** The status sites of a call, `new` or assignment. */
  sitesOf(node: TSESTree.Node): readonly StatusSite[] {
    if (!this.parts?.gate.maySet(node)) return NONE;
    let sites = this.sites.get(node);
    if (!sites) {
      sites = this.find(this.parts, node);
      this.sites.set(node, sites);
    }
    return sites;
  }

  /**
   * The status sites of a comparison, `switch` or test matcher (`expect(res.status).toBe(404)`)
   * with a status read, for the compared values some rule wants. Not cached: the traversal visits
   * each once.
   */
  comparisonSites(node: TSESTree.BinaryExpression | TSESTree.SwitchStatement | TSESTree.CallExpression, wanted: ComparedValues): readonly StatusSite[] {
    if (!this.parts?.gate.visits.comparisons) return NONE;
    const { finder } = this.parts;
    if (node.type === AST_NODE_TYPES.SwitchStatement) return finder.switchCases(node, wanted);
    if (node.type === AST_NODE_TYPES.CallExpression) return finder.matcher(node, wanted);
    return finder.comparison(node, wanted);
  }

  /** The body a call, `new` or assignment sends, with no `null`/`undefined` bodies. */
  bodyOf(node: TSESTree.CallExpression | TSESTree.NewExpression | TSESTree.AssignmentExpression): BodySite | undefined {
    if (!this.parts?.gate.maySend(node)) return undefined;
    let body = this.bodies.get(node);
    if (body === undefined) {
      body = this.parts.bodies.body(node) ?? null;
      this.bodies.set(node, body);
    }
    return body ?? undefined;
  }

  /** The body a node sends: see `bodyOf`; for a `return`, the value a handler returns as its body (Fastify). */
  bodySiteOf(node: BodyOwner): BodySite | undefined {
    if (node.type !== AST_NODE_TYPES.ReturnStatement) return this.bodyOf(node);
    const returned = this.returnedResponse(node);
    return returned && this.parts?.bodies.returned(node, returned.effects);
  }

  /**
   * The statuses set in the same expression as a call: by the call itself (`c.json(x, 204)`) or
   * by the calls chained with it (`res.status(204).json(x)`, `h.response(x).code(204)`), in
   * chain order.
   */
  chainStatuses(node: TSESTree.CallExpression | TSESTree.NewExpression): StatusSite[] {
    return chainCalls(node).flatMap((call) => this.sitesOf(call).filter((site) => site.role === 'status'));
  }

  /**
   * The statuses a body's own expression may set: those of the last call that sets one
   * (`res.status(204).json(x)`; both branches of `res.status(ok ? 200 : 204).json(x)`). None for
   * an assignment or a return.
   */
  ownStatuses(body: BodySite): StatusSite[] {
    const owner = body.owner;
    if (owner.type !== AST_NODE_TYPES.CallExpression && owner.type !== AST_NODE_TYPES.NewExpression) return [];
    const statuses = this.chainStatuses(owner);
    const last = statuses.at(-1);
    return last ? statuses.filter((site) => site.owner === last.owner) : [];
  }

  /** The statuses the response may have, along the code paths into it, where a body is sent (`res.status(204); … res.json(x)`). */
  statusesBefore(body: BodySite): StatusSite[] {
    const flow = this.parts?.responseFlow;
    if (!flow) return [];
    if (body.owner.type !== AST_NODE_TYPES.ReturnStatement) return this.withBranches(definedValues(flow.statusesReaching(body.owner)));
    const returned = this.returnedResponse(body.owner);
    return returned ? this.withBranches(definedValues(flow.statusesAtReturn(body.owner, returned.variable))) : [];
  }

  /** For a response sent when the handler is done (Koa, hapi), the statuses set on it after the body, along the code paths from it. */
  statusesAfter(body: BodySite): StatusSite[] {
    return this.withBranches(this.parts?.responseFlow.statusesAfter(body) ?? []);
  }

  /**
   * The flows follow one site per status set; where the value set is a choice (`ok ? 200 : 204`),
   * that site stands for every branch: these are added.
   */
  private withBranches(sites: StatusSite[]): StatusSite[] {
    if (!sites.some((site) => site.branchOf)) return sites;
    return sites.flatMap((site) => (site.branchOf ? this.sitesOf(site.owner).filter((other) => other.branchOf === site.branchOf) : [site]));
  }

  /** The bodies a status decorator applies to (NestJS `@HttpCode(204)`): the values its method returns. */
  decoratedBodies(site: StatusSite): BodySite[] {
    const effects = site.sink?.decoratedReturn;
    const decorator = site.owner.parent;
    const method = decorator?.parent;
    if (!effects || !this.parts || decorator?.type !== AST_NODE_TYPES.Decorator) return [];
    if (method?.type !== AST_NODE_TYPES.MethodDefinition || !method.value.body) return [];
    const bodies = this.parts.bodies;
    return returnsOf(method.value.body).flatMap((node) => bodies.returned(node, effects) ?? []);
  }

  /**
   * For a status set in a call chain, a later call of the chain that sends a status of its own
   * instead (`res.status(301).redirect(url)`: Express sends 302), with what the table says of it.
   */
  replacedInChain(site: StatusSite): { call: TSESTree.CallExpression; name: string; own: OwnStatus } | undefined {
    const resolver = this.parts?.resolver;
    const owner = site.owner;
    if (!resolver || site.role !== 'status' || owner.type !== AST_NODE_TYPES.CallExpression) return undefined;
    const chain = chainCalls(owner);
    for (const call of chain.slice(chain.indexOf(owner) + 1)) {
      if (call.type !== AST_NODE_TYPES.CallExpression) return undefined;
      const callee = skipWrappers(call.callee);
      const kind = resolver.kindOf(callee);
      const own = kind && registry.call(kind)?.ownStatus;
      const name = callee.type === AST_NODE_TYPES.MemberExpression ? memberName(callee) : undefined;
      if (own && name !== undefined && call.arguments.length <= own.maxArgs) return { call, name, own };
    }
    return undefined;
  }

  /**
   * The headers a status site's response may get before its head is sent (./header-flow.ts). For
   * a status passed to a helper, those its site in the helper gets, and those the caller's
   * response gets anywhere else.
   */
  headersFor(site: StatusSite): HeaderSet {
    const flow = this.parts?.headerFlow;
    if (!flow) return { names: new Set(), unknown: true };
    return site.via && site.owner.type === AST_NODE_TYPES.CallExpression ? flow.headersThrough(site.via, site.owner) : flow.headersFor(site);
  }

  /**
   * The operations on a response that come after it was sent, on some code path of the function
   * that sends it (./send-flow.ts), for the sends among `nodes`: the calls the traversal met.
   */
  lateOperations(nodes: Iterable<TSESTree.Node>): LateOperation[] {
    return this.parts?.sendFlow.lateOperations(nodes) ?? [];
  }

  /**
   * For a status passed to a helper, the body the helper always sends with it: in the same
   * expression as the status (`res.status(status).json(body)`), in a statement every call of the
   * helper runs; a body the helper takes as a parameter only where the call passes one. It is
   * given as the call sends it: at the status the call passes (the report's place), named
   * `res.json() in send()`.
   */
  helperBody(site: StatusSite): BodySite | undefined {
    const { via: inner, owner: call } = site;
    const owner = inner?.owner;
    if (!inner || call.type !== AST_NODE_TYPES.CallExpression || (owner?.type !== AST_NODE_TYPES.CallExpression && owner?.type !== AST_NODE_TYPES.NewExpression)) {
      return undefined;
    }
    const fn = enclosingFunction(owner);
    const body = fn && this.alwaysSentWith(fn, owner);
    const sent = body && skipWrappers(body.node);
    if (!fn || !body || !sent) return undefined;
    const param = sent.type === AST_NODE_TYPES.Identifier ? fn.params.findIndex((node) => node.type === AST_NODE_TYPES.Identifier && node.name === sent.name) : -1;
    const argument = param < 0 ? undefined : call.arguments[param];
    if (param >= 0 && (!argument || argument.type === AST_NODE_TYPES.SpreadElement || this.isNullish(argument))) return undefined;
    const helper = call.callee.type === AST_NODE_TYPES.Identifier ? call.callee.name : 'helper';
    return { ...body, node: site.node, api: `${body.api} in ${helper}()`, nullable: false };
  }

  /** The number or string an expression always has (a literal, a constant, a constants library's member). */
  staticValue(node: TSESTree.Node): StaticValue | undefined {
    return this.parts?.resolver.staticValue(node);
  }

  /** `undefined`, `void 0`, and with `orNull` also `null`. */
  isNullish(node: TSESTree.Node, orNull = true): boolean {
    return !!this.parts?.resolver.isNullish(node, orNull);
  }

  /** The body a helper always sends in the expression of a status call (see `helperBody`): found once per call in the helper. */
  private alwaysSentWith(fn: FunctionNode, owner: TSESTree.CallExpression | TSESTree.NewExpression): BodySite | undefined {
    let body = this.helperBodies.get(owner);
    if (body === undefined) {
      const chain = chainCalls(owner);
      const sent = alwaysRuns(fn, chainTop(owner)) ? chain.slice(chain.indexOf(owner)).map((node) => this.bodyOf(node)).find((found) => found !== undefined) : undefined;
      body = sent ?? null;
      this.helperBodies.set(owner, body);
    }
    return body ?? undefined;
  }

  /**
   * For a `return` in a handler whose return value is its body, what the runtime does with a
   * forbidden body, and the variable of the response. The `return` may also be in a callback
   * written in place as an argument of a call whose result the handler returns
   * (`return db.transaction(async () => { …; return data })`): the callback's value is what the
   * call resolves to, and so the handler's body.
   */
  private returnedResponse(node: TSESTree.ReturnStatement): { effects: BodyEffects; variable: Variable } | undefined {
    const resolver = this.parts?.resolver;
    let fn = enclosingFunction(node);
    for (let depth = 0; resolver && fn && depth <= MAX_CALLBACK_DEPTH; depth++) {
      const handler = resolver.handlerOf(fn);
      if (handler) {
        const returnsBody = handler.returnsBody;
        const param = returnsBody && responseParameter(fn, returnsBody.response, returnsBody.property);
        const variable = param && resolver.variableOf(param);
        return returnsBody && variable ? { effects: returnsBody.effects, variable } : undefined;
      }
      fn = returningCaller(fn);
    }
    return undefined;
  }

  private find({ finder, helpers }: Parts, node: TSESTree.Node): readonly StatusSite[] {
    switch (node.type) {
      case AST_NODE_TYPES.CallExpression: {
        const sites = finder.call(node);
        const helper = sites.length === 0 ? helpers.helperOf(node) : undefined;
        return helper ? finder.helperCall(node, (node.callee as TSESTree.Identifier).name, helpers.sinksOf(helper)) : sites;
      }
      case AST_NODE_TYPES.NewExpression:
        return finder.construct(node);
      case AST_NODE_TYPES.AssignmentExpression:
        return finder.assignment(node);
      default:
        return NONE;
    }
  }
}

const NONE: readonly StatusSite[] = Object.freeze([]);
