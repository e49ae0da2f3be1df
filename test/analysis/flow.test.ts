import tsParser from '@typescript-eslint/parser';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { Linter, type Rule } from 'eslint';

import { FlowGraphs } from '../../src/analysis/flow/graphs.js';
import { laterDefinitions, reachingDefinitions, type Keep, type PlacedOp, type Reaching } from '../../src/analysis/flow/reaching.js';

/**
 * The control-flow graphs behind the flow analysis, on their own: in each snippet `set(n)` sets
 * the status to n, `esc()` hands the response to unknown code and `use()` reads it. For each
 * `use()`, in source order, the statuses that may reach it: numbers, `init` for none set yet,
 * `?` for unknown; `null` where no path from the start reaches it.
 */
function reaching(code: string, options: { accumulate?: boolean; keep?: Keep<number>; resets?: boolean } = {}): (string | null)[] {
  const { ops, uses, graphs, tests, loops } = placed(code);
  // Each function on its own, as the analysis follows a response only within one.
  const results = new Map<unknown, Map<TSESTree.Node, readonly Reaching<number>[]>>();
  for (const { position } of [...ops]) {
    const { graph } = position;
    if (results.has(graph)) continue;
    const own = ops.filter((op) => op.position.graph === graph);
    // `x.sent` is a kept test: its false branch starts afresh; so does each turn of a loop.
    const starts = options.resets
      ? [...tests.map((test) => graphs.testIn(test, graph)?.branches?.whenFalse), ...loops.map((loop) => graphs.turnOf(loop, graph))]
      : [];
    for (const block of starts) if (block) own.push({ op: { type: 'reset', node: graph.owner }, position: { graph, blocks: [block], order: -1 } });
    results.set(graph, reachingDefinitions(graph, own, { type: 'initial' }, options.accumulate, options.keep));
  }
  return uses.map((use) => {
    const values = [...results.values()].find((result) => result.has(use))?.get(use);
    if (!values) return null;
    return values
      .map((value) => (value.type === 'defined' ? String(value.value) : value.type === 'initial' ? 'init' : '?'))
      .sort()
      .join(' ');
  });
}

/** For each `use()`, the statuses some path from it sets later, each with the line of the first `set` that does. */
function later(code: string, cut = false): string[] {
  const { ops, uses } = placed(code);
  const graph = ops[0]?.position.graph;
  if (!graph) return [];
  const result = laterDefinitions(graph, ops, cut);
  return uses.map((use) =>
    [...(result.get(use) ?? [])]
      .map(([value, node]) => `${value}@${node.loc.start.line}`)
      .sort()
      .join(' '),
  );
}

/** The snippet's `set`, `esc` and `use` calls as operations at their places in the graphs. */
function placed(code: string): {
  ops: PlacedOp<number>[];
  uses: TSESTree.CallExpression[];
  graphs: FlowGraphs;
  tests: TSESTree.Node[];
  loops: TSESTree.Node[];
} {
  let sourceCode: TSESLint.SourceCode | undefined;
  const capture: Rule.RuleModule = {
    create(context) {
      return {
        'Program:exit'() {
          sourceCode = context.sourceCode as unknown as TSESLint.SourceCode;
        },
      };
    },
  };
  const linter = new Linter();
  const messages = linter.verify(code, {
    plugins: { test: { rules: { capture } } },
    languageOptions: { parser: tsParser as never, sourceType: 'module' },
    rules: { 'test/capture': 'error' },
  });
  expect(messages).toEqual([]);
  if (!sourceCode) throw new Error('not parsed');

  const calls: TSESTree.CallExpression[] = [];
  const tests: TSESTree.Node[] = [];
  const loops: TSESTree.Node[] = [];
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(walk);
    const value = node as TSESTree.Node;
    if (typeof value.type !== 'string') return;
    if (value.type === 'CallExpression' && value.callee.type === 'Identifier') calls.push(value);
    if (value.type === 'MemberExpression' && value.property.type === 'Identifier' && value.property.name === 'sent') tests.push(value);
    if (/^(For|ForIn|ForOf|While|DoWhile)Statement$/.test(value.type)) loops.push(value);
    for (const [key, child] of Object.entries(value)) if (key !== 'parent') walk(child);
  };
  walk(sourceCode.ast);
  calls.sort((a, b) => a.range[0] - b.range[0]);

  const graphs = new FlowGraphs(sourceCode.visitorKeys, new Set(['sent']));
  const ops: PlacedOp<number>[] = [];
  const uses: TSESTree.CallExpression[] = [];
  for (const call of calls) {
    const position = graphs.positionOf(call);
    if (!position) throw new Error(`no position for ${sourceCode.getText(call)}`);
    const name = (call.callee as TSESTree.Identifier).name;
    const argument = call.arguments[0];
    if (name === 'set' && argument?.type === 'Literal') ops.push({ op: { type: 'define', node: call, value: Number(argument.value) }, position });
    else if (name === 'esc') ops.push({ op: { type: 'escape', node: call }, position });
    else if (name === 'use') {
      ops.push({ op: { type: 'use', node: call }, position });
      uses.push(call);
    }
  }
  return { ops, uses, graphs, tests, loops };
}

describe('flow graphs: statuses reaching a use', () => {
  it.each([
    ['straight-line code', 'set(1); set(2); use();', ['2']],
    ['a statement in an if', 'if (c) set(1); use();', ['1 init']],
    ['both branches of an if', 'if (c) set(1); else set(2); use();', ['1 2']],
    ['a branch that returns', 'if (c) { set(1); return; } use();', ['init']],
    ['a branch that throws', 'if (c) { set(1); throw e; } use();', ['init']],
    ['code after return', 'set(1); return; use();', [null]],
    ['&&', 'c && set(1); use();', ['1 init']],
    ['?? and ||', 'c ?? set(1); d || set(2); use();', ['1 2 init']],
    ['a logical assignment', 'x ||= set(1); use();', ['1 init']],
    ['?:', 'c ? set(1) : set(2); use();', ['1 2']],
    ['the operand before a branch', 'set(1) && use(); use();', ['1', '1']],
    ['a true && in a test: both sides ran', 'if (c && set(1)) use(); else use();', ['1', '1 init']],
    ['a false || in a test: both sides ran', 'if (c || set(1)) use(); else use();', ['1 init', '1']],
    ['! swaps the exits', 'if (!(c && set(1))) use(); else use();', ['1 init', '1']],
    ['a loop test', 'while (c && set(1)) use(); use();', ['1', '1 init']],
    ['an escape', 'set(1); esc(); use();', ['?']],
    ['a nested function, which runs elsewhere', 'set(1); const f = () => set(2); use();', ['1']],
  ])('%s', (_, code, expected) => {
    expect(reaching(`function handler() { ${code} }`)).toEqual(expected);
  });

  it.each([
    ['while: around the back edge', 'while (c) { use(); set(1); } use();', ['1 init', '1 init']],
    ['do-while: the body runs once', 'do { use(); set(1); } while (c); use();', ['1 init', '1']],
    ['for: break', 'for (;;) { set(1); if (c) break; set(2); } use();', ['1']],
    ['for: continue skips the rest of the body', 'for (let i = 0; i < n; i++) { if (c) continue; set(1); } use();', ['1 init']],
    ['for: the update runs after the body', 'for (let i = 0; i < n; set(2)) { use(); set(1); } use();', ['2 init', '2 init']],
    ['for-of may not run', 'for (const x of xs) { set(1); } use();', ['1 init']],
    ['labelled break out of two loops', 'outer: for (;;) { for (;;) { set(1); break outer; } } use();', ['1']],
    ['labelled continue', 'outer: for (const a of as) { for (;;) { set(1); continue outer; } } use();', ['1 init']],
    ['labelled block', 'block: { set(1); if (c) break block; set(2); } use();', ['1 2']],
  ])('%s', (_, code, expected) => {
    expect(reaching(`function handler() { ${code} }`)).toEqual(expected);
  });

  it.each([
    ['switch: break and fall-through', 'switch (x) { case 1: set(1); break; case 2: set(2); default: set(3); } use();', ['1 3']],
    ['switch without default: no case may match', 'switch (x) { case 1: set(1); break; } use();', ['1 init']],
    ['switch: each case from the discriminant', 'set(9); switch (x) { case 1: use(); set(1); case 2: use(); } ', ['9', '1 9']],
  ])('%s', (_, code, expected) => {
    expect(reaching(`function handler() { ${code} }`)).toEqual(expected);
  });

  it.each([
    ['catch: from each point of the try that may throw', 'try { set(1); f(); set(2); } catch { use(); } use();', ['1 init', '1 2 init']],
    ['catch: not after the last operation of the try', 'try { f(); set(1); } catch { use(); }', ['init']],
    ['catch: after an operation that a property read follows', 'try { set(1); a.b; } catch { use(); }', ['1 init']],
    ['catch: after an operation that an await follows', 'async function h() { try { set(1); await p; } catch { use(); } }', ['1 init']],
    ['catch: after an operation that destructuring follows', 'try { set(1); const { a } = b; } catch { use(); }', ['1 init']],
    ['catch: reading a variable and assigning it throw nothing', 'try { set(1); x = y + 1; } catch { use(); }', ['init']],
    ['catch: before an operation whose operand throws', 'try { set(1); set(f()); } catch { use(); }', ['1 init']],
    ['catch that sets', 'try { set(1); set(2); } catch { set(3); } use();', ['2 3']],
    ['a throw in the try goes to the catch', 'try { if (c) throw e; set(1); } catch { use(); } use();', ['init', '1 init']],
    ['finally after normal completion', 'try { set(1); } finally { set(2); } use();', ['2']],
    ['finally after return: its path ends there', 'try { set(1); return; } finally { use(); } use();', ['1 init', null]],
    ['finally after a catch', 'try { set(1); } catch { set(2); } finally { use(); }', ['1 2 init']],
    ['finally after an exception in the try, and after it completes', 'try { set(1); f(); set(2); } finally { use(); } use();', ['1 2 init', '2']],
    ['finally that sets, after the try', 'try { use(); f(); } finally { set(1); } use();', ['init', '1']],
    ['a throw in a catch goes to the outer catch', 'try { try { set(1); } catch { set(2); throw e; } } catch { use(); }', ['2 init']],
    ['an exception in a finally goes to the outer catch', 'try { try { set(1); } finally { f(); } } catch { use(); }', ['1 init']],
    ['an exception goes on from the finally to the outer catch', 'try { try { f(); } finally { set(1); } } catch { use(); }', ['1 init']],
    ['a return through a finally does not go on to the outer catch', 'try { try { set(1); return; } finally { x = 2; } } catch { use(); }', ['init']],
    ['a break through finally ends there', 'for (;;) { try { set(1); break; } finally { f(); } } use();', [null]],
  ])('%s', (_, code, expected) => {
    expect(reaching(`function handler() { ${code} }`)).toEqual(expected);
  });

  it('gives each function, class field and static block its own graph, and the program one', () => {
    const code = `
      set(1);
      function a() { use(); set(2); }
      class B { field = use(); static { use(); set(3); } method() { use(); } }
      const f = function () { set(4); };
      class C extends (set(5), D) {}
      use();
    `;
    expect(reaching(code)).toEqual(['init', 'init', 'init', 'init', '5']);
  });

  it('runs a default only when the value is undefined', () => {
    expect(reaching('function handler(a = set(1), { b = set(2) } = {}) { use(); }')).toEqual(['1 2 init']);
  });

  it('places only calls, new, assignments and returns', () => {
    let position: unknown = 'unset';
    const probe: Rule.RuleModule = {
      create(context) {
        return {
          'Program:exit'(node) {
            position = new FlowGraphs(context.sourceCode.visitorKeys).positionOf(node as never);
          },
        };
      },
    };
    new Linter().verify('f();', { plugins: { test: { rules: { probe } } }, rules: { 'test/probe': 'error' } });
    expect(position).toBeUndefined();
  });
});

describe('flow graphs: bounded sets, kept tests and loop turns', () => {
  // One value per key, the greater: whether a status is even, and the last set of each.
  const keep: Keep<number> = { keyOf: (value) => value % 2, prefer: (a, b) => Math.max(a, b) };

  it.each([
    ['accumulated, each set stays', 'if (a) set(1); if (b) set(3); if (c) set(2); use();', {}, ['1 2 3 init']],
    ['kept: one of each key, the greater', 'if (a) set(1); if (b) set(3); if (c) set(2); use();', { keep }, ['2 3 init']],
    ['kept, whatever the order the paths are followed in', 'if (a) set(3); else set(1); use();', { keep }, ['3 init']],
  ])('%s', (_, code, options, expected) => {
    expect(reaching(`function handler() { ${code} }`, { accumulate: true, ...options })).toEqual(expected);
  });

  it.each([
    ['the false branch of a kept test starts afresh', 'set(1); if (!x.sent) use(); use();', ['init', '1 init']],
    ['an early return on a kept test', 'if (c) set(1); if (x.sent) return; use();', ['init']],
    ['a kept test in a logical expression', 'set(1); x.sent || use();', ['init']],
    ['each turn of a loop starts afresh', 'for (const x of xs) { use(); set(1); } use();', ['init', '1 init']],
    ['also the turns of while and do-while', 'while (c) { use(); set(1); } do { use(); set(2); } while (d);', ['init', 'init']],
  ])('%s', (_, code, expected) => {
    expect(reaching(`function handler() { ${code} }`, { resets: true })).toEqual(expected);
  });
});

describe('flow graphs: statuses set after a use', () => {
  it.each([
    ['straight-line code, the first set of each', 'use();\nset(1);\nset(2);\nset(1);', ['1@2 2@3']],
    ['another branch is not after', 'if (c) { set(1); }\nelse { use(); }\nset(2);', ['2@3']],
    ['a loop brings the start of its body after its end', 'while (c) {\nset(1);\nuse(); }', ['1@2']],
    ['an escape does not hide a later set', 'use(); esc();\nset(1);', ['1@2']],
    ['finally: after the try, and after its return', 'try { if (c) return; use(); } finally {\nset(1); }', ['1@2']],
    ['nothing after', 'set(1); use();', ['']],
  ])('%s', (_, code, expected) => {
    expect(later(`function handler() {\n${code} }`).map((value) => value.replace(/@(\d+)/g, (_m, line: string) => `@${Number(line) - 1}`))).toEqual(expected);
  });

  it.each([
    ['a later use takes what follows it', 'use();\nset(1);\nuse();\nset(2);', ['1@2', '2@4']],
    ['a use on one path only', 'use();\nif (c) use();\nset(1);', ['1@3', '1@3']],
    ['an escape hides what follows it', 'use(); esc();\nset(1);', ['']],
    ['a loop: the use of the next turn hides its sets', 'while (c) {\nuse();\nset(1); }', ['1@3']],
  ])('with cut: %s', (_, code, expected) => {
    expect(later(`function handler() {\n${code} }`, true).map((value) => value.replace(/@(\d+)/g, (_m, line: string) => `@${Number(line) - 1}`))).toEqual(expected);
  });
});

describe('flow graphs on odd syntax', () => {
  const snippets: [string, string, Linter.Config['languageOptions']][] = [
    ['JSX', 'const el = <div onClick={() => f()}>{g() && <span>{h?.()}</span>}</div>;', { parserOptions: { ecmaFeatures: { jsx: true } } }],
    ['TS namespaces, enums, casts and decorators', `namespace N { export const x = f(); }
enum E { A = g(), B }
@dec() class C { @prop() p = h(); static { i(); } #m() { return j(); } }
const y = (k() as unknown as number)! satisfies number;`, { parser: tsParser as never }],
    ['generators, for await, using and labels', `async function* gen() { for await (const x of f()) { yield g(x); } }
function u() { using r = open(); outer: { if (a()) break outer; b(); } }
const o = { [k()]: v(), ...s(), m() { return n(); }, get p() { return q(); } };
label: for (;;) { try { continue label; } finally { w(); } }`, { parser: tsParser as never }],
  ];

  it.each(snippets)('%s: every call gets a place, and nothing throws', (_, code, languageOptions) => {
    let placed = 0;
    let calls = 0;
    const probe: Rule.RuleModule = {
      create(context) {
        const graphs = new FlowGraphs(context.sourceCode.visitorKeys);
        return {
          CallExpression(node) {
            calls++;
            if (graphs.positionOf(node as never)) placed++;
          },
        };
      },
    };
    const messages = new Linter().verify(code, {
      plugins: { test: { rules: { probe } } },
      languageOptions: { sourceType: 'module', ...languageOptions },
      rules: { 'test/probe': 'error' },
    });
    expect(messages).toEqual([]);
    expect(calls).toBeGreaterThan(2);
    expect(placed).toBe(calls);
  });
});
