#!/usr/bin/env node
// Real-code smoke run (issue #6): installs server and client packages nobody here wrote into a
// temporary folder, lints all their JavaScript with every rule of the built plugin, and prints
// the number of reports per rule. Fails on any crash or fatal parse error of a rule's making.
//
//   npm run smoke            # installs the corpus, lints it, prints counts
//   KEEP=1 npm run smoke     # keeps the temporary folder (its path is printed)
//   REPORTS=1 npm run smoke  # also prints every report, for review
//
// The corpus is pinned so that counts are comparable between runs.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { ESLint } from 'eslint';
import httpStatus from 'eslint-plugin-http-status';

export const CORPUS = [
  'express@5.3.0',
  'koa@3.3.0',
  'fastify@5.12.8',
  '@hapi/hapi@21.4.10',
  '@hapi/boom@10.0.1',
  'ws@8.23.0',
  'undici@7.30.2',
  'hono@4.13.19',
  'h3@2.0.8',
  '@nestjs/core@12.5.1',
  '@nestjs/common@12.5.1',
  'socket.io@4.8.4',
  'http-errors@2.0.1',
  'supertest@7.3.2',
];

/** Installs the corpus into a fresh folder and returns its node_modules path. */
export function installCorpus() {
  const dir = mkdtempSync(path.join(tmpdir(), 'http-status-corpus-'));
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ private: true, type: 'commonjs' }));
  execFileSync(
    'npm',
    ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--legacy-peer-deps', '--loglevel=error', ...CORPUS],
    { cwd: dir, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  return dir;
}

/**
 * The folders whose package.json says `"type": "module"`, relative to `modules`: their `.js`
 * files are ES modules, the rest CommonJS.
 */
function esmFolders(modules) {
  const manifests = readdirSync(modules, { recursive: true }).filter((file) => path.basename(String(file)) === 'package.json');
  return manifests
    .map(String)
    .filter((file) => {
      try {
        return JSON.parse(readFileSync(path.join(modules, file), 'utf8')).type === 'module';
      } catch {
        return false;
      }
    })
    .map((file) => path.dirname(file));
}

/** Every rule at `error`, JavaScript files only (minified bundles and type declarations excluded). */
export function corpusConfig(rules = Object.keys(httpStatus.rules).map((name) => `http-status/${name}`), modules) {
  const esm = modules ? esmFolders(modules) : [];
  return [
    { ignores: ['**/*.min.js', '**/*.d.ts', '**/dist/browser/**', '**/*.map'] },
    {
      files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
      plugins: { 'http-status': httpStatus },
      linterOptions: { reportUnusedDisableDirectives: 'off', noInlineConfig: true },
      languageOptions: { ecmaVersion: 'latest', sourceType: 'commonjs' },
      rules: Object.fromEntries(rules.map((rule) => [rule, 'error'])),
    },
    { files: ['**/*.mjs', ...esm.map((folder) => `${folder}/**/*.js`)], languageOptions: { sourceType: 'module' } },
  ];
}

async function main() {
  const started = Date.now();
  const dir = installCorpus();
  try {
    // Linting from inside node_modules: ESLint ignores node_modules folders below its cwd.
    const eslint = new ESLint({
      cwd: path.join(dir, 'node_modules'),
      overrideConfigFile: true,
      overrideConfig: corpusConfig(undefined, path.join(dir, 'node_modules')),
      errorOnUnmatchedPattern: false,
    });
    const results = await eslint.lintFiles(['**/*.{js,cjs,mjs}']);
    const counts = Object.fromEntries(Object.keys(httpStatus.rules).map((name) => [`http-status/${name}`, 0]));
    const fatal = [];
    for (const result of results) {
      for (const message of result.messages) {
        // Messages without a rule are the corpus's own inline comments, ignored under noInlineConfig.
        if (message.fatal) fatal.push(`${result.filePath}: ${message.message}`);
        else if (message.ruleId) counts[message.ruleId] = (counts[message.ruleId] ?? 0) + 1;
        if (process.env.REPORTS && message.ruleId) {
          console.log(`${path.relative(path.join(dir, 'node_modules'), result.filePath)}:${message.line}:${message.column} ${message.ruleId} ${message.message}`);
        }
      }
    }
    console.log(`\nLinted ${results.length} files of ${CORPUS.length} packages in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    console.table(counts);
    // Parse errors in the corpus itself (syntax newer than the parser) are not the plugin's fault,
    // but they hide code from the rules: list them, and fail on anything else.
    const crashes = fatal.filter((line) => !/Parsing error/.test(line));
    console.log(`${fatal.length} file(s) the parser rejected (syntax of the corpus itself)${process.env.REPORTS ? ':' : '; REPORTS=1 lists them.'}`);
    if (process.env.REPORTS) for (const line of fatal) console.log(`fatal: ${line}`);
    if (crashes.length > 0) {
      console.error(`${crashes.length} crash(es).`);
      process.exitCode = 1;
    } else {
      console.log('0 crashes.');
    }
  } finally {
    if (process.env.KEEP) console.log(`corpus kept in ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
