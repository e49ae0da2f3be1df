#!/usr/bin/env node
// How each rule's time grows with the size of one handler: generated functions of 250, 500,
// 1,000 and 2,000 branches, each linted with one rule on, timed by ESLint's per-rule stats. The
// exponent is the slope of log(time) over log(size), fitted over all sizes: 1 is linear, 2
// quadratic. Core `no-magic-numbers`, linear by construction, is measured the same way: on a
// shared machine its exponent shows how far the memory and the neighbours bend the line.
//
//   node --expose-gc scripts/growth.mjs   # also run by `npm run bench` (GROWTH=0 skips it)
//   SIZES=500,1000,2000 GROWTH_RUNS=7 node --expose-gc scripts/growth.mjs
import { ESLint } from 'eslint';
import httpStatus from 'eslint-plugin-http-status';

const SIZES = (process.env.SIZES ?? '250,500,1000,2000').split(',').map(Number);
const REPEATS = Number(process.env.GROWTH_RUNS ?? 5);
const CODES = [200, 201, 204, 301, 302, 304, 400, 401, 403, 404, 405, 409, 413, 416, 429, 500, 503];

/** The handler shapes that once grew faster than linearly, and the plain ones around them. */
export const SHAPES = {
  'if/else chain setting headers, then a 401': (n) =>
    handler(
      Array.from({ length: n }, (_, i) => `${i ? 'else ' : ''}if (req.query.k === '${i}') { res.set('X-Header-${i % 7}', '${i}'); }`).join('\n') +
        `\nres.status(401).end();`,
    ),
  'switch with a status per case': (n) =>
    handler(
      `switch (req.query.k) {\n${Array.from({ length: n }, (_, i) => `case '${i}': res.status(${CODES[i % CODES.length]}).json({ i: ${i} }); break;`).join('\n')}\n}`,
    ),
  'straight-line statuses and headers': (n) =>
    handler(Array.from({ length: n }, (_, i) => (i % 2 ? `res.set('X-Header-${i % 7}', '${i}');` : `res.status(${CODES[i % CODES.length]});`)).join('\n') + '\nres.json({});'),
  'branches that each set a status and send, without a return': (n) =>
    handler(Array.from({ length: n }, (_, i) => `if (req.query.k === '${i}') { res.status(${CODES[i % CODES.length]}); res.json({ i: ${i} }); }`).join('\n')),
  'Koa: branches that each set a body and a status': (n) =>
    `import Koa from 'koa';\nnew Koa().use(async (ctx) => {\n${Array.from({ length: n }, (_, i) => `if (ctx.query.k === '${i}') { ctx.body = { i: ${i} }; ctx.status = ${CODES[i % CODES.length]}; }`).join('\n')}\n});\n`,
  'many handlers of one line': (n) =>
    `import express from 'express';\nconst app = express();\n${Array.from({ length: n }, (_, i) => `app.get('/r${i}', (req, res) => res.status(${CODES[i % CODES.length]}).json({ i: ${i} }));`).join('\n')}\n`,
};

function handler(body) {
  return `import express from 'express';\nconst app = express();\napp.get('/', (req, res) => {\n${body}\n});\n`;
}

const pluginRules = Object.keys(httpStatus.rules).map((name) => `http-status/${name}`);
export const REFERENCE = 'no-magic-numbers';

async function ruleTime(code, rule) {
  const eslint = new ESLint({
    overrideConfigFile: true,
    overrideConfig: [{ files: ['**/*.js'], plugins: { 'http-status': httpStatus }, languageOptions: { sourceType: 'module' }, rules: { [rule]: 'error' } }],
    stats: true,
  });
  const [result] = await eslint.lintText(code, { filePath: 'growth.js' });
  return result.stats.times.passes.reduce((sum, pass) => sum + (pass.rules?.[rule]?.total ?? 0), 0);
}


/** The least-squares slope of y over x. */
function slope(xs, ys) {
  const mean = (values) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const [mx, my] = [mean(xs), mean(ys)];
  const covariance = xs.reduce((sum, x, i) => sum + (x - mx) * (ys[i] - my), 0);
  return covariance / xs.reduce((sum, x) => sum + (x - mx) ** 2, 0);
}

/** The row with the largest exponent. */
export function largest(rows) {
  return rows.reduce((max, row) => (row.exponent > max.exponent ? row : max));
}

/** Rows of [shape, rule, times per size, exponent], and the largest exponent met. */
export async function growthRows() {
  const rows = [];
  for (const [shape, generate] of Object.entries(SHAPES)) {
    const sources = SIZES.map((size) => generate(size));
    for (const rule of [...pluginRules, REFERENCE]) {
      // Warm: the first runs of the rule's code are compiled as they go.
      for (let i = 0; i < 3; i++) await ruleTime(sources.at(-1), rule);
      // The sizes in turn, a run of each per round, so that a busy spell of the machine falls
      // on all of them; the fastest run of each: a collection or a compilation only adds time.
      const samples = sources.map(() => []);
      for (let round = 0; round < REPEATS; round++) {
        for (const [index, source] of sources.entries()) {
          globalThis.gc?.();
          samples[index].push(await ruleTime(source, rule));
        }
      }
      const times = samples.map((runs) => Math.min(...runs));
      const exponent = slope(SIZES.map(Math.log), times.map(Math.log));
      rows.push({ shape, rule, times, exponent });
      console.log(`${shape} | ${rule} | ${times.map((t) => t.toFixed(1)).join(' / ')} ms | exponent ${exponent.toFixed(2)}`);
    }
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`Sizes ${SIZES.join(', ')}; fastest of ${REPEATS} runs per size.`);
  const rows = await growthRows();
  const worst = largest(rows.filter((row) => row.rule !== REFERENCE));
  const reference = largest(rows.filter((row) => row.rule === REFERENCE));
  console.log(`\nLargest exponent: ${worst.exponent.toFixed(2)} (${worst.rule}, ${worst.shape}); target ≤ 1.2`);
  console.log(`${REFERENCE}, largest: ${reference.exponent.toFixed(2)} (${reference.shape})`);
}
