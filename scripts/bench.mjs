#!/usr/bin/env node
// Benchmark (issue #6): what the plugin costs, measured with ESLint's own per-file, per-rule
// timing (`stats: true`), as ratios within one run so that the machine's speed cancels out.
//
//   npm run bench            # RUNS=3 by default; prints medians and a Markdown table
//   RUNS=5 npm run bench
//   CORPUS=/path/to/dir npm run bench   # reuse a corpus kept by `KEEP=1 npm run smoke`
//   TYPED=0 npm run bench               # skip the TypeScript cases
//   ALONE=0 npm run bench               # skip linting with each rule on its own
//   JS=0 npm run bench                  # only the TypeScript cases
//   TYPED_RUNS=9 npm run bench          # cold typed runs per case (default 7: they vary more)
//   GROWTH=0 npm run bench              # skip the growth check (scripts/growth.mjs)
//
// Cases, each linted RUNS times with a fresh ESLint instance:
//   base      JavaScript corpus, no rules (parse + traversal only)
//   plugin    the same with every rule of this plugin and core `no-magic-numbers`, the budget a
//             single rule may not exceed, so that every ratio is taken within one run
//   alone     the same with one rule of this plugin and `no-magic-numbers`, for each rule
//   typed     each TypeScript corpus (the sources of @trpc/server, msw, @apollo/server) with
//             type information, no rules
//   typed+    the same with every rule of this plugin (both in a fresh process per run)
//   typed++   the same with `@typescript-eslint/no-floating-promises` too, as a project that
//             lints with types for type-aware rules would have: it asks the type checker about
//             the same files, so that the first question about a file is not always ours
//   growth    each rule alone on generated handlers of 250 to 2,000 branches: how its time grows
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import tsPlugin from '@typescript-eslint/eslint-plugin';
import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import httpStatus from 'eslint-plugin-http-status';

import { growthRows, largest, REFERENCE } from './growth.mjs';
import { corpusConfig, installCorpus } from './smoke.mjs';

const RUNS = Number(process.env.RUNS ?? 3);
/**
 * A cold typed run's plugin time varies by half between runs (most of it is code running for the
 * first time, on a machine shared with others; no garbage collection fell inside a plugin call in
 * the runs checked), so the typed medians take more runs.
 */
const TYPED_RUNS = Number(process.env.TYPED_RUNS ?? 7);
/** A type-aware rule many typed projects have on. */
const FLOATING_PROMISES = '@typescript-eslint/no-floating-promises';
const pluginRules = Object.keys(httpStatus.rules).map((name) => `http-status/${name}`);

/** Sums ESLint's stats over all files: total, parse, and time per rule. */
function sumStats(results) {
  const sum = { total: 0, parse: 0, rules: {}, files: results.length };
  for (const result of results) {
    for (const pass of result.stats?.times.passes ?? []) {
      // A file that failed to parse has a parse time but no total.
      sum.total += pass.total ?? 0;
      sum.parse += pass.parse?.total ?? 0;
      for (const [rule, { total }] of Object.entries(pass.rules ?? {})) sum.rules[rule] = (sum.rules[rule] ?? 0) + total;
    }
  }
  return sum;
}

async function lint(cwd, config, patterns) {
  const eslint = new ESLint({ cwd, overrideConfigFile: true, overrideConfig: config, stats: true, errorOnUnmatchedPattern: false });
  return sumStats(await eslint.lintFiles(patterns));
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function measure(label, run, runs = RUNS) {
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(await run());
  const rules = Object.fromEntries(Object.keys(samples[0].rules).map((rule) => [rule, median(samples.map((s) => s.rules[rule] ?? 0))]));
  const result = { total: median(samples.map((s) => s.total)), parse: median(samples.map((s) => s.parse)), rules, files: samples[0].files };
  console.log(`${label}: total ${result.total.toFixed(0)} ms, parse ${result.parse.toFixed(0)} ms`);
  return result;
}

function typedConfig(dir, rules) {
  return [
    firstRule,
    {
      files: ['**/*.ts'],
      plugins: { 'http-status': httpStatus, '@typescript-eslint': tsPlugin },
      languageOptions: { parser: tsParser, parserOptions: { projectService: true, tsconfigRootDir: dir } },
      linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' },
      rules: Object.fromEntries(rules.map((rule) => [rule, 'error'])),
    },
  ];
}

/**
 * A rule that does nothing, turned on before all others. ESLint charges to the first rule it
 * creates for a file some cost that is not that rule's: run first, this empty rule is charged
 * about 5 µs a file on the JavaScript corpus, run second about 1 µs (caches are cold after the
 * parse). Without it, the plugin's rule, listed before `no-magic-numbers`, would pay that for
 * both. Its time is in ESLint's total, as any rule's, and in no ratio.
 */
const FIRST = 'bench/first';
const firstRule = {
  files: ['**/*.{js,cjs,mjs,ts}'],
  plugins: { bench: { rules: { first: { meta: { schema: [] }, create: () => ({}) } } } },
  rules: { [FIRST]: 'error' },
};

/** Every rule named, at `error`, on the JavaScript corpus, with `no-magic-numbers` in the same run. */
function withMagic(modules, rules) {
  return [firstRule, ...corpusConfig(rules, modules), { files: ['**/*.{js,cjs,mjs}'], rules: { 'no-magic-numbers': 'error' } }];
}

/** Medians over runs of ratios taken within each run. */
async function ratios(label, run, compute, runs = RUNS) {
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(compute(await run()));
  const result = Object.fromEntries(Object.keys(samples[0]).map((key) => [key, median(samples.map((sample) => sample[key]))]));
  console.log(`${label}: ${JSON.stringify(result, (_, value) => (typeof value === 'number' ? Number(value.toFixed(4)) : value))}`);
  return result;
}

async function main() {
  const rows = process.env.JS === '0' ? [] : await jsRows();
  if (process.env.TYPED !== '0') rows.splice(1, 0, ...(await typedRows()));
  if (process.env.GROWTH !== '0') {
    const growth = await growthRows();
    const worst = largest(growth.filter((row) => row.rule !== REFERENCE));
    const reference = largest(growth.filter((row) => row.rule === REFERENCE));
    rows.push(
      [`Largest growth exponent, one handler of 250 to 2,000 branches (\`${worst.rule}\`, ${worst.shape})`, worst.exponent.toFixed(2), '≤ 1.2'],
      [`The same for \`${REFERENCE}\` (${reference.shape})`, reference.exponent.toFixed(2), 'reference'],
    );
  }
  console.log(`\nMedians of ${RUNS} runs (typed: ${TYPED_RUNS}).\n`);
  console.log('| Measure | Value | Target |\n| --- | ---: | --- |');
  for (const [measureName, value, target] of rows) console.log(`| ${measureName} | ${value} | ${target} |`);
}

const pct = (fraction) => `${(100 * fraction).toFixed(2)} %`;

/** The JavaScript cases: the plugin's share, and each rule against `no-magic-numbers`. */
async function jsRows() {
  const dir = process.env.CORPUS ?? installCorpus();
  try {
    const modules = path.join(dir, 'node_modules');
    const js = ['**/*.{js,cjs,mjs}'];
    const base = await measure('base', () => lint(modules, corpusConfig([], modules), js));
    console.log(`JS corpus: parse ${base.parse.toFixed(0)} ms of ${base.total.toFixed(0)} ms without rules`);
    // One run lints with every plugin rule and no-magic-numbers together, so that each ratio is
    // taken within a run; the plugin's share leaves no-magic-numbers' own time out.
    const all = await ratios(
      'plugin + no-magic-numbers',
      () => lint(modules, withMagic(modules, pluginRules), js),
      (stats) => {
        const magic = stats.rules['no-magic-numbers'] ?? 0;
        const plugin = pluginRules.reduce((sum, rule) => sum + (stats.rules[rule] ?? 0), 0);
        return {
          share: plugin / (stats.total - magic),
          magicShare: magic / (stats.total - plugin),
          ...Object.fromEntries(pluginRules.map((rule) => [rule, (stats.rules[rule] ?? 0) / magic])),
        };
      },
    );
    // Each rule on its own (with no-magic-numbers): then it pays for the shared traversal that,
    // with all rules on, ESLint charges to the first rule of the config only.
    const alone = {};
    if (process.env.ALONE !== '0') {
      for (const rule of pluginRules) {
        alone[rule] = (
          await ratios(`${rule} alone`, () => lint(modules, withMagic(modules, [rule]), js), (stats) => ({
            ratio: (stats.rules[rule] ?? 0) / (stats.rules['no-magic-numbers'] ?? 0),
          }))
        ).ratio;
      }
    }
    return [
      ['All plugin rules, share of lint time (JS, no types)', pct(all.share), '< 1.5 %'],
      ['`no-magic-numbers`, share of lint time (JS)', pct(all.magicShare), 'reference'],
      ...pluginRules.map((rule) => [`\`${rule}\` ÷ \`no-magic-numbers\`, all rules on`, all[rule].toFixed(2), '≤ 1.00']),
      ...Object.entries(alone).map(([rule, ratio]) => [`\`${rule}\` ÷ \`no-magic-numbers\`, the rule alone`, ratio.toFixed(2), '≤ 1.00']),
    ];
  } finally {
    if (!process.env.CORPUS) rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The TypeScript corpora, each linted on its own with type information: packages that ship their
 * TypeScript sources, HTTP server and client code nobody here wrote. tRPC's server (adapters for
 * eight frameworks, Fetch `Response`s), msw (Fetch `Response`s and WebSockets, its own tests with
 * `expect(res.status)`), Apollo Server (node:http, Express integration). Pinned: a new release
 * would change the figures.
 */
const TYPED_CORPORA = [
  { name: '@trpc/server', version: '11.25.2' },
  // msw imports its own modules as `#core/…` (package.json "imports", mapped to extensionless
  // sources, which TypeScript does not resolve): without these paths 45 imports are `any`.
  { name: 'msw', version: '3.0.5', paths: { '#core': ['./src/core'], '#core/*': ['./src/core/*'] } },
  { name: '@apollo/server', version: '5.5.1' },
];

/**
 * The typed cases: the plugin's share of lint time on each TypeScript corpus, installed into a
 * folder of their own, with type information.
 */
async function typedRows() {
  const dir = mkdtempSync(path.join(tmpdir(), 'http-status-typed-'));
  try {
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ private: true }));
    const packages = TYPED_CORPORA.map(({ name, version }) => `${name}@${version}`);
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error', ...packages, '@types/node@20'], {
      cwd: dir,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    const rows = [];
    for (const { name, paths } of TYPED_CORPORA) {
      const tsRoot = path.join(dir, 'node_modules', ...name.split('/'));
      writeFileSync(
        path.join(tsRoot, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: { strict: true, target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', skipLibCheck: true, noEmit: true, lib: ['ES2023', 'DOM'], paths },
          include: ['src/**/*.ts'],
        }),
      );
      // Each run in a fresh process: typescript-eslint keeps its project service for the life of
      // the process, and a warm one would leave out what typed parsing really costs.
      const cold = (rules) => () =>
        JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--typed-run', tsRoot, rules.join(',')], { encoding: 'utf8' }));
      // The share within each run, as for JavaScript; the median of those.
      const share = (stats) => ({ share: pluginRules.reduce((sum, rule) => sum + (stats.rules[rule] ?? 0), 0) / stats.total });
      const base = await measure(`typed ${name}`, cold([]), TYPED_RUNS);
      const files = base.files;
      const typedPlugin = await ratios(`typed+ ${name}`, cold(pluginRules), share, TYPED_RUNS);
      const typedNext = await ratios(`typed++ ${name}`, cold([FLOATING_PROMISES, ...pluginRules]), share, TYPED_RUNS);
      rows.push(
        [`All plugin rules, share of lint time (TS, with types: \`${name}\`, ${files} files)`, pct(typedPlugin.share), '< 1 %'],
        [`The same next to \`${FLOATING_PROMISES}\``, pct(typedNext.share), 'context'],
      );
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--typed-run') {
  const [, , , tsRoot, rules = ''] = process.argv;
  console.log(JSON.stringify(await lint(tsRoot, typedConfig(tsRoot, rules.split(',').filter(Boolean)), ['src/**/*.ts'])));
} else {
  await main();
}
