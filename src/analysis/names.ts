import { STATUS_VALUE, type CallSpec, type KindId, type KindSpec } from '../frameworks/types.js';

/**
 * The names of members, methods and properties through which code can set a status, send a body
 * or headers, or read a status, per set of framework kinds: what the traversal looks for.
 */

/** The property and method names that matter to the analysis, for cheap pre-filters. */
export interface NameSets {
  /** Method names that carry a status sink. */
  readonly sinkMethods: Set<string>;
  /** Method names that send a body. */
  readonly bodyMethods: Set<string>;
  /** Method names that set headers. */
  readonly headerMethods: Set<string>;
  /** Property names that set a body when assigned (`ctx.body`). */
  readonly bodyProperties: Set<string>;
  /** Property names that set a status when assigned. */
  readonly statusProperties: Set<string>;
  /** Property names that read a status (for comparisons). */
  readonly statusReads: Set<string>;
  /** Whether some handler's return value is the body (Fastify's): only then are returns worth a look. */
  returnsBody: boolean;
  /**
   * Whether some value can act when called or constructed (`new Response()`, h3's
   * `setResponseStatus()`, see `actsWhenCalled`): only then are `new` and bare calls of names
   * that are no method of these kinds worth a look.
   */
  acts: boolean;
}

export const emptyNames = (): NameSets => ({
  sinkMethods: new Set(),
  bodyMethods: new Set(),
  headerMethods: new Set(),
  bodyProperties: new Set(),
  statusProperties: new Set(),
  statusReads: new Set(),
  returnsBody: false,
  acts: false,
});

export function collectNames(spec: KindSpec, into: NameSets): void {
  for (const [name, method] of Object.entries(spec.methods ?? {})) {
    if (method.sinks?.length) into.sinkMethods.add(name);
    if (method.body) into.bodyMethods.add(name);
    if (method.headers) into.headerMethods.add(name);
  }
  for (const call of callsOf(spec)) {
    if (call.handlers?.some((handler) => handler.returnsBody)) into.returnsBody = true;
  }
  for (const name of Object.keys(spec.bodyProperties ?? {})) into.bodyProperties.add(name);
  for (const name of spec.statusProperties ?? []) into.statusProperties.add(name);
  for (const [name, id] of Object.entries(spec.members ?? {})) {
    if (id === STATUS_VALUE) into.statusReads.add(name);
  }
}

export function mergeNames(from: NameSets, into: NameSets): void {
  for (const key of NAME_SETS) for (const name of from[key]) into[key].add(name);
  if (from.returnsBody) into.returnsBody = true;
  if (from.acts) into.acts = true;
}

const NAME_SETS = ['sinkMethods', 'bodyMethods', 'headerMethods', 'bodyProperties', 'statusProperties', 'statusReads'] as const;

/** What calling, constructing or calling a method of a value of this kind does. */
export function callsOf(spec: KindSpec): CallSpec[] {
  return [spec.call, spec.construct, ...Object.values(spec.methods ?? {})].filter((call) => call !== undefined);
}

/** The kinds a value of this kind leads to: its parents, members, elements, what its calls return, its handlers' parameters. */
export function* reachableKinds(spec: KindSpec): Generator<KindId | null | undefined> {
  yield* spec.extends ?? [];
  yield* Object.values(spec.members ?? {});
  yield spec.awaits;
  yield spec.elements;
  for (const call of callsOf(spec)) {
    if (call.returns !== 'self') yield call.returns;
    for (const handler of call.handlers ?? []) {
      yield* handler.params;
      for (const params of Object.values(handler.paramsByArity ?? {})) yield* params;
    }
  }
}

