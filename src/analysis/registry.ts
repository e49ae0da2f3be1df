import { frameworks as allFrameworks } from '../frameworks/index.js';
import { collectNames, emptyNames, mergeNames, reachableKinds, type NameSets } from './names.js';
import {
  STATUS_VALUE,
  type BodyEffects,
  type CallSpec,
  type ClassSpec,
  type FileConventionSpec,
  type FrameworkSpec,
  type GlobalSpec,
  type KindId,
  type KindSpec,
  type ShapeSpec,
} from '../frameworks/types.js';

export type { NameSets } from './names.js';

/** Expressions whose value is a function (or a class): never a status, nor an object holding one. */
const FUNCTION_TYPES: ReadonlySet<string> = new Set(['ArrowFunctionExpression', 'FunctionExpression', 'ClassExpression']);

/**
 * A kind at run time: the spec of one object shape, with the framework that declared it. Methods
 * read as members become kinds of their own (`res.status` → a callable whose `self` is `res`).
 */
export interface Kind {
  readonly id: KindId;
  readonly spec: KindSpec;
  readonly framework: FrameworkSpec;
  /** For a method taken off an object: the object, which `returns: 'self'` refers to. */
  readonly owner?: Kind;
}

/**
 * The framework tables compiled once into lookups. Built at module load (once per ESLint worker),
 * shared by every file and rule.
 */
class Registry implements NameSets {
  private readonly kinds = new Map<KindId, Kind>();
  private readonly methodKinds = new Map<string, Kind>();
  private readonly statusKinds = new Map<FrameworkSpec, Kind>();
  readonly modules = new Map<string, Kind>();
  readonly globals = new Map<string, { kind: Kind; path?: RegExp }>();
  readonly types = new Map<string, Map<string, Kind>>();
  /** Per module, every kind an import of it can bring: its value's and the types it exports (one lookup per import). */
  readonly moduleKinds = new Map<string, readonly Kind[]>();
  readonly files: { convention: FileConventionSpec; framework: FrameworkSpec }[] = [];
  /** The handler shapes of the frameworks that have them (see `ShapeSpec`), in table order. */
  readonly shapes: ShapeSpec[] = [];
  /** Classes whose methods a runtime calls (see `ClassSpec`), in table order. */
  readonly classes: ClassSpec[] = [];
  /** The names of the methods those classes call to show that they are one (`acceptWebSocket`). */
  readonly classCalls = new Set<string>();
  private readonly shapesByDependencies = new WeakMap<ReadonlySet<string>, readonly ShapeSpec[]>();
  private readonly kindsOfShapes = new WeakMap<readonly ShapeSpec[], readonly Kind[]>();

  /** Method names that carry a status sink somewhere: the cheap pre-filter for calls. */
  readonly sinkMethods = new Set<string>();
  /** Method names that send a body somewhere: the cheap pre-filter for body calls. */
  readonly bodyMethods = new Set<string>();
  /** Method names that set headers: the cheap pre-filter for header calls. */
  readonly headerMethods = new Set<string>();
  /** Method names that send a response's head (or all of it) somewhere: the cheap pre-filter for sends. */
  readonly sendMethods = new Set<string>();
  /** Property names that tell whether a response was sent (`headersSent`, `sent`): tests of these keep their branches apart. */
  readonly sentFlags = new Set<string>();
  /** Property names that set a body when assigned (`ctx.body`). */
  readonly bodyProperties = new Set<string>();
  /** Property names that set a status when assigned. */
  readonly statusProperties = new Set<string>();
  /** Property names that read a status (for comparisons). */
  readonly statusReads = new Set<string>();
  /** Whether some handler's return value is the body (Fastify's). */
  returnsBody = false;
  /** Whether some value acts when called or constructed. */
  acts = true;
  /** Method names that take a handler somewhere (`get`, `route`, `on`): the pre-filter for registrations. */
  readonly handlerMethods = new Set<string>();
  /** Member names whose value `new` does something to look at (`new ws.WebSocket()`): the pre-filter for `new` on a member. */
  readonly constructorMembers = new Set<string>();
  /** Per sink method name, the fewest arguments with which some framework's call of it sets a status. */
  private readonly sinkArities = new Map<string, number>();
  /**
   * Per sink method name, the arguments some framework's call of it reads a status from;
   * `implicit`: some call of it sets one whatever its arguments are (`Boom.notFound()`).
   */
  private readonly sinkArguments = new Map<string, Set<number> | 'implicit'>();

  /** Per set of entry kinds, the names reachable from them (see `namesFrom`). */
  private readonly reachableNames = new Map<string, NameSets>();
  /** Per kind reached so far, the names its own spec has and the kinds it leads to: what `namesFrom` walks. */
  private readonly steps = new Map<KindId, { names: NameSets; next: readonly KindId[] }>();

  constructor(frameworks: readonly FrameworkSpec[]) {
    for (const framework of frameworks) {
      for (const [id, spec] of Object.entries(framework.kinds)) {
        if (this.kinds.has(id)) throw new Error(`Kind ${id} is declared twice`);
        this.kinds.set(id, { id, spec, framework });
        collectNames(spec, this);
        for (const name of spec.sentFlags ?? []) this.sentFlags.add(name);
        for (const [name, method] of Object.entries(spec.methods ?? {})) {
          if (method.handlers?.length) this.handlerMethods.add(name);
          if (method.sendsHead) this.sendMethods.add(name);
          for (const sink of method.sinks ?? []) {
            const arity = 'implicit' in sink.at ? 0 : Math.max(sink.at.arg + 1, sink.minArgs ?? 0);
            this.sinkArities.set(name, Math.min(arity, this.sinkArities.get(name) ?? arity));
            const read = this.sinkArguments.get(name) ?? new Set<number>();
            if ('implicit' in sink.at || read === 'implicit') this.sinkArguments.set(name, 'implicit');
            else this.sinkArguments.set(name, read.add(sink.at.arg));
          }
        }
      }
    }
    for (const framework of frameworks) {
      for (const [module, id] of Object.entries(framework.modules ?? {})) {
        this.modules.set(module, this.kind(id));
      }
      for (const [name, global] of Object.entries<GlobalSpec>(framework.globals ?? {})) {
        this.globals.set(name, { kind: this.kind(global.kind), ...(global.path && { path: global.path }) });
      }
      for (const [module, names] of Object.entries(framework.types ?? {})) {
        const byName = this.types.get(module) ?? new Map<string, Kind>();
        for (const [name, id] of Object.entries(names)) byName.set(name, this.kind(id));
        this.types.set(module, byName);
      }
      for (const convention of framework.files ?? []) this.files.push({ convention, framework });
      if (framework.shapes) this.shapes.push(framework.shapes);
      for (const spec of framework.classes ?? []) {
        // Every kind a class spec names must exist: a typo would otherwise fail only on the first such class.
        for (const id of [spec.extends, spec.calls?.kind, ...Object.values(spec.methods).flat(), ...Object.values(spec.members ?? {})]) if (id) this.kind(id);
        this.classes.push(spec);
        if (spec.calls) this.classCalls.add(spec.calls.method);
      }
    }
    for (const module of new Set([...this.modules.keys(), ...this.types.keys()])) {
      const value = this.modules.get(module);
      this.moduleKinds.set(module, [...new Set([...(value ? [value] : []), ...(this.types.get(module)?.values() ?? [])])]);
    }
    for (const kind of this.kinds.values()) {
      for (const [name, id] of Object.entries(kind.spec.members ?? {})) {
        if (id !== STATUS_VALUE && this.construct(this.kind(id))) this.constructorMembers.add(name);
      }
    }
  }

  /**
   * The names that code can use on objects reachable from these kinds (a file's imports and
   * globals): through members, returned values, handler parameters, `await` and inheritance. A
   * file that imports only `ws` has no `json` to look at. Cached per set of kinds.
   */
  namesFrom(entries: Iterable<Kind>): NameSets {
    const ids = [...new Set([...entries].map((kind) => kind.id))].sort();
    const key = ids.join('\0');
    let names = this.reachableNames.get(key);
    if (!names) {
      const into = (names = emptyNames());
      const seen = new Set<KindId>();
      const visit = (id: KindId): void => {
        if (seen.has(id)) return;
        seen.add(id);
        const step = this.step(id);
        mergeNames(step.names, into);
        for (const next of step.next) visit(next);
      };
      for (const id of ids) visit(id);
      this.reachableNames.set(key, names);
    }
    return names;
  }

  /** A kind's own names and the kinds it leads to, worked out when a walk first reaches it. */
  private step(id: KindId): { names: NameSets; next: readonly KindId[] } {
    let step = this.steps.get(id);
    if (!step) {
      const kind = this.kind(id);
      const names = emptyNames();
      collectNames(kind.spec, names);
      names.acts = this.actsWhenCalled(kind);
      // A class that extends this kind, or accepts a value of it, has methods called with the class spec's kinds.
      const classParams = this.classes
        .filter((spec) => spec.extends === id || spec.calls?.kind === id)
        .flatMap((spec) => [...Object.values(spec.methods).flat(), ...Object.values(spec.members ?? {})]);
      step = { names, next: [...reachableKinds(kind.spec), ...classParams].filter((next): next is KindId => !!next && next !== STATUS_VALUE) };
      this.steps.set(id, step);
    }
    return step;
  }

  /** The kind of a framework global in a file (with `/` separators), if the global exists there. */
  global(name: string, filePath: string): Kind | undefined {
    const global = this.globals.get(name);
    return global && (!global.path || global.path.test(filePath)) ? global.kind : undefined;
  }

  /**
   * Whether a call of this method with these arguments can set a status: not `ws.close()`, which
   * has too few, nor `server.close(() => …)`, where a function is in every place a framework's
   * call of that name reads a status from (a function is no status, nor an object that holds one).
   */
  maySetWith(name: string, args: readonly { type: string }[]): boolean {
    const arity = this.sinkArities.get(name);
    if (arity === undefined || args.length < arity) return false;
    const read = this.sinkArguments.get(name);
    if (read === 'implicit') return true;
    for (const index of read ?? []) {
      const type = args[index]?.type;
      if (type !== undefined && !FUNCTION_TYPES.has(type)) return true;
    }
    return false;
  }

  kind(id: KindId): Kind {
    const kind = this.kinds.get(id);
    if (!kind) throw new Error(`Unknown kind ${id}`);
    return kind;
  }

  /** The kinds a kind inherits from, nearest first, itself included. */
  *lineage(kind: Kind): Generator<Kind> {
    yield kind;
    for (const parent of kind.spec.extends ?? []) yield* this.lineage(this.kind(parent));
  }

  /** `x.name` on a value of this kind: a member, or a method as a callable kind. */
  member(kind: Kind, name: string): Kind | undefined {
    for (const k of this.lineage(kind)) {
      const id = k.spec.members?.[name];
      if (id === STATUS_VALUE) return this.statusOf(kind);
      if (id) return this.kind(id);
      const method = k.spec.methods?.[name];
      if (method) return this.methodKind(kind, name, method);
    }
    return undefined;
  }

  /**
   * Whether `import { name } from module` binds something the tables know: a member or method of
   * the module's value (`HttpException` of `@nestjs/common`), or one of its types (`Response` of
   * `express`). Other names (`Injectable`) lead to no framework object.
   */
  exportsName(module: string, name: string): boolean {
    const value = this.modules.get(module);
    return (value !== undefined && this.member(value, name) !== undefined) || !!this.types.get(module)?.has(name);
  }

  /** A method read off an object; it belongs to the object's framework (Express's `res.writeHead`). */
  private methodKind(owner: Kind, name: string, method: CallSpec): Kind {
    const key = `${owner.id}#${name}`;
    let kind = this.methodKinds.get(key);
    if (!kind) {
      kind = { id: key, spec: { call: method }, framework: owner.framework, owner };
      this.methodKinds.set(key, kind);
    }
    return kind;
  }

  /** The status read off an object of a framework (`res.status` of a fetch response). */
  private statusOf(owner: Kind): Kind {
    let kind = this.statusKinds.get(owner.framework);
    if (!kind) {
      kind = { id: STATUS_VALUE, spec: {}, framework: owner.framework };
      this.statusKinds.set(owner.framework, kind);
    }
    return kind;
  }

  isStatusValue(kind: Kind | undefined): boolean {
    return kind?.id === STATUS_VALUE;
  }

  call(kind: Kind): CallSpec | undefined {
    for (const k of this.lineage(kind)) if (k.spec.call) return k.spec.call;
    return undefined;
  }

  construct(kind: Kind): CallSpec | undefined {
    for (const k of this.lineage(kind)) if (k.spec.construct) return k.spec.construct;
    return undefined;
  }

  /**
   * Whether calling or constructing a value of this kind does something the analysis looks at
   * (sets a status, sends a body or headers, works on a response), beyond returning a value:
   * h3's `setResponseStatus`, `new Response()`, but not `fastify()` or `fetch()`.
   */
  actsWhenCalled(kind: Kind): boolean {
    return [this.call(kind), this.construct(kind)].some(
      (spec) => !!spec && (!!spec.sinks?.length || !!spec.body || !!spec.headers || spec.response !== undefined || !!spec.sendsHead),
    );
  }

  /** The kind of the elements of a collection of this kind (`wss.clients`). */
  elements(kind: Kind): Kind | undefined {
    for (const k of this.lineage(kind)) if (k.spec.elements) return this.kind(k.spec.elements);
    return undefined;
  }

  awaits(kind: Kind): Kind | undefined {
    for (const k of this.lineage(kind)) if (k.spec.awaits) return this.kind(k.spec.awaits);
    return undefined;
  }

  bodyEffects(kind: Kind, property: string): BodyEffects | undefined {
    for (const k of this.lineage(kind)) {
      const effects = k.spec.bodyProperties?.[property];
      if (effects) return effects;
    }
    return undefined;
  }

  headerMap(kind: Kind): boolean {
    for (const k of this.lineage(kind)) if (k.spec.headerMap) return true;
    return false;
  }

  /** Whether headers can be set on this kind: a method of it sets some, or a member of it is a header map. */
  takesHeaders(kind: Kind): boolean {
    for (const k of this.lineage(kind)) {
      if (Object.values(k.spec.methods ?? {}).some((method) => !!method.headers?.length)) return true;
      if (Object.values(k.spec.members ?? {}).some((id) => id !== STATUS_VALUE && this.headerMap(this.kind(id)))) return true;
    }
    return false;
  }

  sentWhenDone(kind: Kind): boolean {
    for (const k of this.lineage(kind)) if (k.spec.sentWhenDone) return true;
    return false;
  }

  setsStatus(kind: Kind, property: string): boolean {
    for (const k of this.lineage(kind)) if (k.spec.statusProperties?.includes(property)) return true;
    return false;
  }

  /** What assigning a status property of this kind does once the response's head went out (`Node ignores it`). */
  statusAfterSent(kind: Kind, property: string): string | undefined {
    if (!this.setsStatus(kind, property)) return undefined;
    for (const k of this.lineage(kind)) if (k.spec.statusAfterSent) return k.spec.statusAfterSent;
    return undefined;
  }

  /** Whether `x.name` tells whether a response of this kind was sent (`res.headersSent`). */
  isSentFlag(kind: Kind, name: string): boolean {
    for (const k of this.lineage(kind)) if (k.spec.sentFlags?.includes(name)) return true;
    return false;
  }

  /**
   * Which kind of the lineage (the kind itself, or one it extends) declares `object.name(…)` with
   * this many arguments, or `object.name = …`, as a write the way its table describes: setting
   * a status, a header or a body, sending, or registering a function (`fn` when an argument is
   * one written in place). What shows that a parameter holds such an object (see `ShapeSpec`);
   * a write that Node's response declares shows only that.
   */
  writtenAs(kind: Kind, name: string, use: { call: true; args: number; fn: boolean } | { call: false }): Kind | undefined {
    if (use.call && use.args === 0) return undefined;
    for (const k of this.lineage(kind)) {
      if (!use.call) {
        if (k.spec.statusProperties?.includes(name) || k.spec.bodyProperties?.[name]) return k;
        continue;
      }
      const method = k.spec.methods?.[name];
      if (method) {
        if (method.plugin !== undefined) return undefined;
        const writes = !!method.sinks?.length || !!method.body || !!method.headers?.length || !!method.sendsHead || (!!method.handlers?.length && use.fn);
        return writes ? k : undefined;
      }
    }
    return undefined;
  }

  /** The handler shapes of the frameworks among a project's dependencies (see `ShapeSpec`), cached per set. */
  shapesFor(dependencies: ReadonlySet<string> | undefined): readonly ShapeSpec[] {
    if (!dependencies) return [];
    let shapes = this.shapesByDependencies.get(dependencies);
    if (!shapes) {
      shapes = this.shapes.filter((shape) => dependencies.has(shape.dependency));
      this.shapesByDependencies.set(dependencies, shapes);
    }
    return shapes;
  }

  /** The kinds shapes' handlers give their parameters: what a file of a project with those shapes may hold. Cached per list. */
  shapeKinds(shapes: readonly ShapeSpec[]): readonly Kind[] {
    let kinds = this.kindsOfShapes.get(shapes);
    if (!kinds) {
      const ids = shapes.flatMap((shape) => shape.handlers.flatMap((handler) => [handler.params, ...Object.values(handler.paramsByArity ?? {})].flat()));
      kinds = [...new Set(ids)].flatMap((id) => (id ? [this.kind(id)] : []));
      this.kindsOfShapes.set(shapes, kinds);
    }
    return kinds;
  }

  /** What a call returns, given the callee's kind. */
  returns(callee: Kind, spec: CallSpec | undefined): Kind | undefined {
    if (!spec?.returns) return undefined;
    return spec.returns === 'self' ? (callee.owner ?? callee) : this.kind(spec.returns);
  }
}

export const registry = new Registry(allFrameworks);
export type { Registry };
