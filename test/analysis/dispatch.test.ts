import tsParser from '@typescript-eslint/parser';
import { Linter, type Rule } from 'eslint';

import plugin from '../../src/index.js';
import type { TSESTree } from '@typescript-eslint/utils';

import { getFileAnalysis, type FileAnalysis } from '../../src/analysis/index.js';
import { registry } from '../../src/analysis/registry.js';
import { createRule } from '../../src/create-rule.js';

/**
 * The one traversal shared by all rules of a lint pass: whichever rules are on, in whatever
 * order, each gets exactly its own reports; files without a framework object get no listeners.
 */

const EXPRESS = `
import express from 'express';
const app = express();
app.get('/', (req, res) => {
  res.status(600).send('x');
  res.status(204).json({ a: 1 });
  res.status(401).end();
  res.redirect(200, '/y');
});
`;

const ALL = ['no-unknown-status', 'no-body-with-empty-status', 'require-status-headers', 'valid-redirect-status'] as const;

function lint(rules: readonly string[], code = EXPRESS, extra: Partial<Linter.Config> = {}): string[] {
  const linter = new Linter();
  const config: Linter.Config = {
    plugins: { 'http-status': plugin as never },
    languageOptions: { sourceType: 'module' },
    rules: Object.fromEntries(rules.map((rule) => [`http-status/${rule}`, 'error'])),
    ...extra,
  };
  return linter.verify(code, config).map((message) => `${message.ruleId ?? 'fatal'} ${message.line}:${message.column}`);
}

describe('shared traversal', () => {
  const together = lint(ALL);

  it('gives every rule its reports when all are on', () => {
    expect(together).toEqual([
      'http-status/no-unknown-status 5:14',
      'http-status/no-body-with-empty-status 6:24',
      'http-status/require-status-headers 7:14',
      'http-status/valid-redirect-status 8:16',
    ]);
  });

  it.each(ALL)('gives %s the same reports alone as together', (rule) => {
    expect(lint([rule])).toEqual(together.filter((line) => line.startsWith(`http-status/${rule} `)));
  });

  it('does not depend on the order in which the rules are configured', () => {
    expect(lint([...ALL].reverse()).sort()).toEqual([...together].sort());
  });

  it('runs again when the same SourceCode is linted a second time', () => {
    const linter = new Linter();
    const config: Linter.Config = {
      plugins: { 'http-status': plugin as never },
      languageOptions: { sourceType: 'module' },
      rules: { 'http-status/no-unknown-status': 'error', 'http-status/valid-redirect-status': 'error' },
    };
    linter.verify(EXPRESS, config);
    const sourceCode = linter.getSourceCode();
    const second = linter.verify(sourceCode, config).map((message) => message.ruleId);
    expect(second).toEqual(['http-status/no-unknown-status', 'http-status/valid-redirect-status']);
  });
  it('gives each namespace its reports when two configs register the plugin under two names', () => {
    const linter = new Linter();
    const messages = linter.verify(EXPRESS, [
      { plugins: { 'http-status': plugin as never }, languageOptions: { sourceType: 'module' }, rules: { 'http-status/no-unknown-status': 'error' } },
      { plugins: { http: plugin as never }, rules: { 'http/no-unknown-status': 'error', 'http/valid-redirect-status': 'error' } },
    ]);
    expect(messages.map((message) => `${message.ruleId ?? 'fatal'} ${message.line}:${message.column}`)).toEqual([
      'http-status/no-unknown-status 5:14',
      'http/no-unknown-status 5:14',
      'http/valid-redirect-status 8:16',
    ]);
  });

  it('runs again in a pass whose rules are created after another pass over the same parse', () => {
    const linter = new Linter();
    const config: Linter.Config = {
      plugins: { 'http-status': plugin as never },
      languageOptions: { sourceType: 'module' },
      rules: { 'http-status/no-unknown-status': 'error' },
    };
    linter.verify(EXPRESS, config);
    const sourceCode = linter.getSourceCode();
    // A pass with another set of rules: a rule that was not in the first pass comes first.
    const second = linter.verify(sourceCode, { ...config, rules: { 'http-status/valid-redirect-status': 'error', 'http-status/no-unknown-status': 'error' } });
    expect(second.map((message) => message.ruleId)).toEqual(['http-status/no-unknown-status', 'http-status/valid-redirect-status']);
  });
});

describe('files without framework objects', () => {
  /** The listeners the first plugin rule of a pass hands ESLint for this code. */
  function listenerKeys(code: string, extra: Partial<Linter.Config> = {}, filename = 'file.js'): string[] {
    let keys: string[] = [];
    const probe: Rule.RuleModule = {
      create(context) {
        const rule = plugin.rules['no-unknown-status'] as unknown as Rule.RuleModule;
        keys = Object.keys(rule.create(context));
        return {};
      },
    };
    new Linter().verify(
      code,
      { plugins: { probe: { rules: { probe } } }, rules: { 'probe/probe': 'error' }, languageOptions: { sourceType: 'module' }, ...extra },
      filename,
    );
    return keys;
  }

  it('get no listeners at all', () => {
    expect(listenerKeys('const server = makeServer(); server.status(600); logger.close(1006);')).toEqual([]);
  });

  const commonjs = { languageOptions: { sourceType: 'commonjs' as const } };
  const typescript = { languageOptions: { sourceType: 'module' as const, parser: tsParser as never } };
  /** Code that reads a status, as every case below needs (see the test after them). */
  const READS = '\nconst gone = (response) => response.statusCode === 410;';
  it.each([
    ['an import of a framework module', "import express from 'express';", {}],
    ['an import of a package the tables know types of', "import type { NextApiResponse } from 'next';", typescript],
    ['a require() of a framework module', "const http = require('node:http');", commonjs],
    ['a dynamic import', "const { Hono } = await import('hono');", {}],
    ['a dynamic import after another', "const a = await import('./a'); const { Hono } = await import( `hono` );", {}],
    ['a framework global', 'fetch(url);', {}],
  ])('are visited when they have %s', (_, code, extra) => {
    expect(listenerKeys(code + READS, extra)).toContain('CallExpression');
  });

  it('are not visited when their imports bind no name the tables know', () => {
    // Most files of a NestJS application import only decorators and helpers from @nestjs/common.
    expect(listenerKeys("import { Injectable, Inject } from '@nestjs/common';" + READS)).toEqual([]);
    expect(listenerKeys("import 'express';" + READS)).toEqual([]);
    expect(listenerKeys("import { Injectable, HttpException } from '@nestjs/common';" + READS)).toContain('CallExpression');
    expect(listenerKeys("import { NotFoundException } from '@nestjs/common/exceptions/not-found.exception';" + READS)).toContain('CallExpression');
    expect(listenerKeys("import { default as express } from 'express';" + READS)).toContain('CallExpression');
    expect(listenerKeys("import * as http from 'node:http';" + READS)).toContain('CallExpression');
    expect(listenerKeys("import { type Response } from 'express';" + READS, typescript)).toContain('CallExpression');
  });

  it('are not visited when their text mentions none of the names a site of their frameworks is found by', () => {
    expect(listenerKeys("import express from 'express'; export const app = express();")).toEqual([]);
    expect(listenerKeys("import { WebSocket } from 'ws'; export const socket = new WebSocket(url);")).toEqual([]);
    expect(listenerKeys("import { WebSocket } from 'ws'; export const socket = new WebSocket(url); socket.close(4000);")).toContain('CallExpression');
    // A status is read through a member the tables name, which the text then has; a variable
    // that only says "Status" holds no response's.
    expect(listenerKeys("import express from 'express'; export const isGone = (httpStatus) => httpStatus === 410;")).toEqual([]);
    expect(listenerKeys("import express from 'express'; export const isGone = ({ statusCode: code }) => code === 410;")).toContain('BinaryExpression');
    // node:http's objects have a `statusCode`, no `status`.
    expect(listenerKeys("import http from 'node:http'; export const isGone = (response) => response.status === 410;")).toEqual([]);
    // Where something acts when called, a bare call of an imported name needs no word.
    expect(listenerKeys("import { setResponseStatus as set } from 'h3'; export default (event) => set(event, 600);")).toContain('CallExpression');
  });

  it('are not visited for a global that is only tested', () => {
    expect(listenerKeys('export const isResponse = (value) => value instanceof Response && value.status === 410;')).toEqual([]);
    expect(listenerKeys("export const hasFetch = typeof fetch === 'function';" + READS)).toEqual([]);
    const declared = { languageOptions: { sourceType: 'module' as const, globals: { Response: 'readonly' as const } } };
    expect(listenerKeys('export const isResponse = (value) => value instanceof Response && value.status === 410;', declared)).toEqual([]);
    expect(listenerKeys('export const gone = (value) => value instanceof Response ? value : new Response(null, { status: 410 });')).toContain('NewExpression');
    expect(listenerKeys('export const gone = (value) => value instanceof Response ? value : new Response(null, { status: 410 });', declared)).toContain('NewExpression');
  });

  it('are not visited for a global named only as a type', () => {
    const code = 'export const isGone = (response: Response) => response.status === 410;';
    expect(listenerKeys(code, typescript)).toEqual([]);
    // Declared by the configuration, as `globals.browser` does: a variable of the global scope.
    const declared = { languageOptions: { ...typescript.languageOptions, globals: { Response: 'readonly' as const } } };
    expect(listenerKeys(code, declared)).toEqual([]);
    expect(listenerKeys(`${code}\nexport const gone = () => new Response(null, { status: 410 });`, typescript)).toContain('NewExpression');
    expect(listenerKeys(`${code}\nexport const gone = () => new Response(null, { status: 410 });`, declared)).toContain('NewExpression');
  });

  it('with types, are visited only when they mention a name of the types the program declares', () => {
    // A program with the DOM lib: any value may be a Response, but only where the code reads its status.
    const program = { getSourceFiles: () => [{ fileName: '/p/node_modules/typescript/lib/lib.dom.d.ts' }] };
    const parser = {
      parseForESLint(code: string, options: Parameters<typeof tsParser.parseForESLint>[1]) {
        const result = tsParser.parseForESLint(code, options);
        return { ...result, services: { ...result.services, program } };
      },
    };
    const typed = { languageOptions: { sourceType: 'module' as const, parser: parser as never } };
    expect(listenerKeys("import { load } from './load'; export const body = async () => (await load()).json();", typed)).toEqual([]);
    expect(listenerKeys("import { load } from './load'; export const gone = async () => (await load()).status === 410;", typed)).toContain('BinaryExpression');
  });

  it('are visited only at the nodes that can matter for their frameworks', () => {
    expect(listenerKeys("import { WebSocket } from 'ws'; new WebSocket(url).close(1000);")).not.toContain('ReturnStatement');
    const express = listenerKeys(`import express from 'express';${READS}`);
    expect(express).toEqual(expect.arrayContaining(['AssignmentExpression', 'BinaryExpression']));
    // A returned value is a body only in Fastify's route handlers.
    expect(express).not.toContain('ReturnStatement');
    expect(listenerKeys(`import fastify from 'fastify';${READS}`)).toContain('ReturnStatement');
    // `new` and bare calls of other names than the methods matter only where something acts when
    // called or constructed: not in Express, but where the code has Response or h3.
    expect(express).not.toContain('NewExpression');
    expect(listenerKeys('new Response(null, { status: 204 });')).toContain('NewExpression');
    expect(listenerKeys("import { setResponseStatus } from 'h3'; setResponseStatus(event, 204);")).toContain('NewExpression');
    // The flow analysis builds its own graphs when asked: no code path events reach the plugin.
    expect(express.filter((key) => key.startsWith('onCodePath') || key.startsWith('onUnreachable'))).toEqual([]);
  });

  it('are visited when the config declares the global the code uses', () => {
    const declared = { languageOptions: { sourceType: 'module' as const, globals: { WebSocket: 'readonly' as const } } };
    expect(listenerKeys('new WebSocket(url).close(1006);', declared)).toContain('CallExpression');
  });

  it('do not count a call that only ends in import()', () => {
    expect(listenerKeys("const m = await reimport('hono'); const n = await $import('hono');")).toEqual([]);
  });

  it('do not count a require() of another module or an import() in a JSDoc type', () => {
    expect(listenerKeys("const x = require('./local'); /** @type {import('./abs')} */ module.exports = x;", { languageOptions: { sourceType: 'commonjs' } })).toEqual([]);
  });

  it('are visited by file convention (Next.js pages/api/) and path-bound globals (Nitro)', () => {
    expect(listenerKeys('export default function handler(req, res) { res.status(600).end(); }', {}, 'pages/api/x.js')).toContain('CallExpression');
    const nitro = 'export default defineEventHandler((event) => { event.node.res.statusCode = 600; });';
    expect(listenerKeys(nitro, {}, 'server/api/x.js')).toContain('CallExpression');
    expect(listenerKeys(nitro, {}, 'src/x.js')).toEqual([]);
  });

  it('do not create the rules at all', () => {
    const created: string[] = [];
    const rule = createRule({
      name: 'probe',
      meta: { type: 'problem', docs: { description: 'probe', recommended: false }, messages: {}, schema: [] },
      create(context) {
        created.push(context.filename);
        return {};
      },
    });
    const linter = new Linter();
    const config = { plugins: { probe: { rules: { probe: rule as never } } }, rules: { 'probe/probe': 'error' as const }, languageOptions: { sourceType: 'module' as const } };
    linter.verify('const server = makeServer(); server.status(600);', config, 'plain.js');
    linter.verify("import express from 'express'; express().get('/', (req, res) => res.status(204).end());", config, 'app.js');
    expect(created).toEqual(['app.js']);
  });

  it('keep the analysis answering (with nothing) when a rule asks anyway', () => {
    let relevant: boolean | undefined;
    const probe: Rule.RuleModule = {
      create(context) {
        relevant = getFileAnalysis(context as never).relevant;
        return {};
      },
    };
    new Linter().verify('x.status(600);', { plugins: { probe: { rules: { probe } } }, rules: { 'probe/probe': 'error' } });
    expect(relevant).toBe(false);
  });
});

describe('names reachable from a file\'s frameworks', () => {
  const namesOf = (...modules: string[]) => registry.namesFrom(modules.map((module) => registry.modules.get(module) as never));

  it('are only those its objects can have: ws has close(), not json()', () => {
    const ws = namesOf('ws');
    expect(ws.sinkMethods.has('close')).toBe(true);
    expect(ws.bodyMethods.has('json')).toBe(false);
  });

  it('follow inheritance and handler parameters: Express reaches node:http writeHead and statusCode', () => {
    const express = namesOf('express');
    expect(express.sinkMethods.has('writeHead')).toBe(true);
    expect(express.statusProperties.has('statusCode')).toBe(true);
    expect(express.bodyMethods.has('json')).toBe(true);
  });

  it('say whether some value acts when called or constructed: h3 and Hono\'s HTTPException, not Express or ws', () => {
    expect(namesOf('h3').acts).toBe(true);
    expect(namesOf('hono/http-exception').acts).toBe(true);
    expect(namesOf('express').acts).toBe(false);
    expect(namesOf('ws').acts).toBe(false);
    expect(registry.acts).toBe(true);
  });

  it('say whether some handler returns its body: Fastify, not Express', () => {
    expect(namesOf('fastify').returnsBody).toBe(true);
    expect(namesOf('express').returnsBody).toBe(false);
    expect(registry.returnsBody).toBe(true);
  });

  it('are a subset of all names the tables know', () => {
    const all = namesOf(...registry.modules.keys());
    for (const key of ['sinkMethods', 'bodyMethods', 'headerMethods', 'bodyProperties', 'statusProperties', 'statusReads'] as const) {
      for (const name of all[key]) expect(registry[key].has(name), `${key} ${name}`).toBe(true);
    }
  });
});

describe('comparisons with a received status', () => {
  const code = `import express from 'express';
express().get('/', (req, res) => {
  if (res.statusCode === 200) res.end();
  if (res.statusCode === 600) res.end();
  if (res.statusCode === 509) res.end();
});`;

  it('reach only the rules that report the compared value', () => {
    expect(lint(['no-unknown-status', 'no-nonstandard-status', 'prefer-status-constant'], code)).toEqual(['http-status/no-unknown-status 4:26']);
  });

  it('reach the rules whose options ask for them, and only those', () => {
    const rules: Linter.RulesRecord = { 'http-status/no-unknown-status': 'error', 'http-status/no-nonstandard-status': ['error', { checkComparisons: true }] };
    expect(lint([], code, { rules })).toEqual(['http-status/no-unknown-status 4:26', 'http-status/no-nonstandard-status 5:26']);
  });

  it('in test matchers reach the rules as other comparisons do', () => {
    const matchers = `import express from 'express';
express().get('/', (req, res) => {
  expect(res.statusCode).toBe(200);
  expect(res.statusCode).toEqual(600);
});`;
    expect(lint(['no-unknown-status', 'prefer-status-constant'], matchers)).toEqual(['http-status/no-unknown-status 4:34']);
    expect(lint(['no-body-with-empty-status'], matchers)).toEqual([]);
  });
});

describe('the gate', () => {
  /** The file's gate, and a lookup of the file's nodes by their source text. */
  function gateOf(code: string): { gate: NonNullable<FileAnalysis['gate']>; node: <T extends TSESTree.Node>(text: string) => T } {
    let result: ReturnType<typeof gateOf> | undefined;
    const probe: Rule.RuleModule = {
      create(context) {
        const gate = getFileAnalysis(context as never).gate;
        const sourceCode = context.sourceCode;
        const node = <T extends TSESTree.Node>(text: string): T => {
          let found: TSESTree.Node | undefined;
          const visit = (value: unknown): void => {
            if (found || !value || typeof value !== 'object') return;
            if (Array.isArray(value)) return value.forEach(visit);
            const candidate = value as TSESTree.Node;
            if (typeof candidate.type !== 'string') return;
            if (candidate.type !== 'ExpressionStatement' && sourceCode.getText(candidate as never) === text) found = candidate;
            for (const [key, child] of Object.entries(candidate)) if (key !== 'parent') visit(child);
          };
          visit(sourceCode.ast);
          if (!found) throw new Error(`no node ${text}`);
          return found as T;
        };
        if (gate) result = { gate, node };
        return {};
      },
    };
    new Linter().verify(code, { plugins: { probe: { rules: { probe } } }, rules: { 'probe/probe': 'error' }, languageOptions: { sourceType: 'module' } });
    if (!result) throw new Error('no gate');
    return result;
  }

  it('lets through only calls and assignments of names some framework of the file has', () => {
    const { gate, node } = gateOf(`import express from 'express';
express().get('/', (req, res) => {
  items.map(String);
  cache.locals = {};
  total = 1;
  res.statusCode = 204;
  res['send']('x');
  res.status(600).json(items.filter(Boolean));
});`);
    expect(gate.callVisit(node('items.map(String)'))).toBe('skip');
    expect(gate.callVisit(node('items.filter(Boolean)'))).toBe('skip');
    expect(gate.visitsAssignment(node('cache.locals = {}'))).toBe(false);
    expect(gate.visitsAssignment(node('total = 1'))).toBe(false);
    expect(gate.visitsAssignment(node('res.statusCode = 204'))).toBe(true);
    // A computed member is looked at: its name is known only when it is a literal.
    expect(gate.callVisit(node("res['send']('x')"))).toBe('call');
    expect(gate.maySend(node("res['send']('x')"))).toBe(true);
    expect(gate.maySet(node('res.status(600)'))).toBe(true);
    // `express()` is not: no Express function acts when called.
    expect(gate.callVisit(node('express()'))).toBe('skip');
    expect(lint(['no-unknown-status', 'no-body-with-empty-status'], `import express from 'express';
express().get('/', (req, res) => {
  res.statusCode = 204;
  res['send']('x');
  res.status(600).json(items.filter(Boolean));
});`)).toEqual(['http-status/no-body-with-empty-status 4:15', 'http-status/no-unknown-status 5:14']);
  });

  it('lets through no call of a sink method name where a function is in every place a status is read from: server.close(() => …)', () => {
    const code = `import { WebSocket } from 'ws';
const socket = new WebSocket('ws://x');
server.close(() => {});
server.close(function done() {});
socket.close(1006);
socket.close(...args);`;
    const { gate, node } = gateOf(code);
    expect(gate.maySet(node('server.close(() => {})'))).toBe(false);
    expect(gate.maySet(node('server.close(function done() {})'))).toBe(false);
    expect(gate.maySet(node('socket.close(1006)'))).toBe(true);
    expect(gate.maySet(node('socket.close(...args)'))).toBe(true);
    expect(lint(['valid-websocket-close-code'], code)).toEqual(['http-status/valid-websocket-close-code 5:14']);
  });

  it('lets through calls of a name some framework sets a status with implicitly, whatever their arguments: Boom.notFound(() => …)', () => {
    expect(registry.maySetWith('notFound', [{ type: 'ArrowFunctionExpression' }])).toBe(true);
    expect(registry.maySetWith('close', [{ type: 'ArrowFunctionExpression' }])).toBe(false);
    expect(registry.maySetWith('close', [{ type: 'Literal' }])).toBe(true);
    expect(registry.maySetWith('close', [])).toBe(false);
  });

  it('lets through `new` on a member only for member names the tables can construct', () => {
    const code = "import * as events from 'node:events'; import * as errors from 'hono/http-exception'; new events.EventEmitter(); new errors.HTTPException(600);";
    const { gate, node } = gateOf(code);
    expect(gate.maySet(node('new events.EventEmitter()'))).toBe(false);
    expect(gate.maySet(node('new errors.HTTPException(600)'))).toBe(true);
    expect(lint(['no-unknown-status'], code)).toEqual(['http-status/no-unknown-status 1:139']);
  });
});

describe('flow', () => {
  it('reports a body only where a status without content reaches it', () => {
    const code = `import express from 'express';
const app = express();
app.get('/a', (req, res) => { res.status(204).end(); });
app.get('/b', (req, res) => { res.json({ ok: true }); });
app.get('/c', (req, res) => { res.status(204); res.json({ ok: true }); });`;
    expect(lint(['no-body-with-empty-status'], code)).toEqual(['http-status/no-body-with-empty-status 5:57']);
  });
});
