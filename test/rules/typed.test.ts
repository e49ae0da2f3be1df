import path from 'node:path';

import tsParser from '@typescript-eslint/parser';
import { RuleTester } from '@typescript-eslint/rule-tester';
import type { TSESTree } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import ts from 'typescript';

import noBodyWithEmptyStatus from '../../rules/no-body-with-empty-status.js';
import noUnknownStatus from '../../rules/no-unknown-status.js';
import { kindsDeclaredIn, moduleOfDeclarationFile, SymbolFlags } from '../../src/analysis/resolver/typed.js';
import plugin from '../../src/index.js';

/**
 * With type information the analysis finds responses the syntax alone cannot: values typed as
 * the DOM lib's `Response`, whatever produced them.
 */
const typedDir = path.join(import.meta.dirname, 'typed');
const filename = 'file.ts';
const typedRuleTester = new RuleTester({
  languageOptions: { parserOptions: { project: './tsconfig.json', tsconfigRootDir: typedDir } },
});

typedRuleTester.run('no-unknown-status (typed)', noUnknownStatus, {
  valid: [
    { code: `declare function load(): Promise<Response>; const res = await load(); if (res.status === 404) {}`, filename },
    // A type that is not a response, even with a `status` member.
    { code: `interface Job { status: number } declare const job: Job; if (job.status === 600) {}`, filename },
  ],
  invalid: [
    {
      // The declared type without `undefined`: the optional chain's object is a Response
      // wherever it is not undefined.
      code: `declare const res: Response | undefined;
if (res?.status === 600) {}`,
      filename,
      errors: [
        {
          messageId: 'outOfRange',
          data: {
            value: 600,
            known: ' (logged by some CDNs as "Unparseable Response Headers")',
            effect: 'No valid response has it, so comparing res?.status with it only matches a broken server',
          },
          line: 2,
          column: 21,
          endLine: 2,
          endColumn: 24,
        },
      ],
    },
    {
      // Declared as something else, narrowed by `instanceof`: the type at the use.
      code: `export function isBroken(target: EventTarget | unknown, other: Body): boolean {
  return (target instanceof Response && target.status === 601) || (other instanceof Response && other.status === 602);
}`,
      filename,
      errors: [601, 602].map((value, index) => ({
        messageId: 'outOfRange' as const,
        data: {
          value,
          known: '',
          effect: `No valid response has it, so comparing ${index ? 'other' : 'target'}.status with it only matches a broken server`,
        },
        line: 2,
        column: index ? 114 : 59,
        endLine: 2,
        endColumn: index ? 117 : 62,
      })),
    },
    {
      code: `declare function load(): Promise<Response>;
const res = await load();
if (res.status === 600) {}`,
      filename,
      errors: [
        {
          messageId: 'outOfRange',
          data: {
            value: 600,
            known: ' (logged by some CDNs as "Unparseable Response Headers")',
            effect: 'No valid response has it, so comparing res.status with it only matches a broken server',
          },
          line: 3,
          column: 20,
          endLine: 3,
          endColumn: 23,
        },
      ],
    },
    {
      code: `export function isGone(response: Response): boolean {
  return response.status === 299;
}`,
      filename,
      errors: [
        {
          messageId: 'unassigned',
          data: { value: 299, known: '', fallback: '200 (OK)' },
          line: 2,
          column: 30,
          endLine: 2,
          endColumn: 33,
        },
      ],
    },
  ],
});

typedRuleTester.run('no-body-with-empty-status (typed)', noBodyWithEmptyStatus, {
  valid: [{ code: `new Response(null, { status: 204 });`, filename }],
  invalid: [
    {
      code: `new Response('x', { status: 204 });`,
      filename,
      errors: [
        {
          messageId: 'bodyWithStatus',
          data: {
            api: 'new Response()',
            status: '204 (No Content)',
            reference: 'RFC 9110 §15.3.5',
            effect: 'the Response constructor throws a TypeError in Node, Deno and Cloudflare Workers (Bun drops it)',
          },
          line: 1,
          column: 14,
          endLine: 1,
          endColumn: 17,
          suggestions: [
            { messageId: 'removeBody', output: `new Response(null, { status: 204 });` },
            { messageId: 'useStatus', data: { status: '200 (OK)' }, output: `new Response('x', { status: 200 });` },
          ],
        },
      ],
    },
  ],
});

/**
 * With type information the analysis also vetoes what the syntax alone would take for the Fetch
 * API: globals the project declares itself (test/rules/typed-runtime/runtime.d.ts, no DOM lib).
 */
const runtimeDir = path.join(import.meta.dirname, 'typed-runtime');
const runtimeRuleTester = new RuleTester({
  languageOptions: { parserOptions: { project: './tsconfig.json', tsconfigRootDir: runtimeDir } },
});

runtimeRuleTester.run('no-body-with-empty-status (typed, globals of the project\'s own runtime)', noBodyWithEmptyStatus, {
  valid: [
    { code: `new Response('x', { status: 204 });`, filename },
    { code: `export async function load() { const res = await fetch('/x'); return res.status === 204; }`, filename },
  ],
  invalid: [],
});

runtimeRuleTester.run('no-unknown-status (typed, globals of the project\'s own runtime)', noUnknownStatus, {
  valid: [{ code: `export async function load() { const res = await fetch('/x'); return res.status === 600; }`, filename }],
  invalid: [],
});

describe('moduleOfDeclarationFile', () => {
  it.each([
    ['/p/node_modules/typescript/lib/lib.dom.d.ts', '<global>'],
    ['/p/node_modules/@types/node/http.d.ts', 'http'],
    ['/p/node_modules/@types/express-serve-static-core/index.d.ts', 'express-serve-static-core'],
    ['/p/node_modules/@types/hapi__hapi/index.d.ts', '@hapi/hapi'],
    ['/p/node_modules/fastify/types/reply.d.ts', 'fastify'],
    ['/p/node_modules/.pnpm/hono@4/node_modules/hono/dist/types/context.d.ts', 'hono'],
    ['/p/src/types.ts', undefined],
  ])('%s → %s', (file, module) => {
    expect(moduleOfDeclarationFile(file)).toBe(module);
  });
});

describe('SymbolFlags', () => {
  it('are numbered as the installed TypeScript numbers them', () => {
    expect(Object.fromEntries(Object.keys(SymbolFlags).map((name) => [name, ts.SymbolFlags[name as keyof typeof ts.SymbolFlags]]))).toEqual(SymbolFlags);
  });
});

describe('kindsDeclaredIn', () => {
  const program = (...fileNames: string[]) => ({ getSourceFiles: () => fileNames.map((fileName) => ({ fileName })) });
  const frameworks = (kinds: readonly { framework: { name: string } }[]) => [...new Set(kinds.map((kind) => kind.framework.name))].sort();

  it('gives the kinds of the framework types the program declares', () => {
    const kinds = kindsDeclaredIn(program('/p/src/app.ts', '/p/node_modules/@types/express-serve-static-core/index.d.ts', '/p/node_modules/fastify/types/reply.d.ts'));
    expect(frameworks(kinds)).toEqual(['Express', 'Fastify']);
  });

  it('gives none for a program of the project\'s own files and packages the tables do not know', () => {
    expect(kindsDeclaredIn(program('/p/src/app.ts', '/p/node_modules/lodash/index.d.ts'))).toEqual([]);
  });

  it('answers once per program', () => {
    const once = program('/p/node_modules/typescript/lib/lib.dom.d.ts');
    expect(kindsDeclaredIn(once)).toBe(kindsDeclaredIn(once));
    expect(frameworks(kindsDeclaredIn(once))).toContain('Fetch');
  });
});

describe('type questions', () => {
  /**
   * Lints the code with type information; the nodes the type checker was asked the type of, as
   * `name@line`, seen from outside: the parser hands the plugin a program whose checker records
   * each question.
   */
  function askedAbout(code: string, rule: string): { asked: string[]; messages: string[] } {
    const asked: string[] = [];
    const parser = {
      parseForESLint(text: string, options: Parameters<typeof tsParser.parseForESLint>[1]) {
        const result = tsParser.parseForESLint(text, options);
        const program = result.services.program as ts.Program;
        const checker = program.getTypeChecker();
        const recording = Object.create(checker, {
          getTypeAtLocation: {
            value: (node: ts.Node) => {
              const line = node.getSourceFile().getLineAndCharacterOfPosition(node.getStart()).line + 1;
              asked.push(`${ts.isIdentifier(node) ? node.text : ts.SyntaxKind[node.kind]}@${line}`);
              return checker.getTypeAtLocation(node);
            },
          },
        }) as ts.TypeChecker;
        const wrapped = Object.create(program, { getTypeChecker: { value: () => recording } }) as ts.Program;
        return { ...result, services: { ...result.services, program: wrapped } };
      },
    };
    const messages = new Linter().verify(
      code,
      {
        files: ['**/*.ts'],
        plugins: { 'http-status': plugin as never },
        languageOptions: {
          parser: parser as never,
          // The code is not the file on disk: keep typescript-eslint from assuming a single run
          // when CI=true (it would type the file's text from disk), as its RuleTester does.
          parserOptions: { project: './tsconfig.json', tsconfigRootDir: typedDir, disallowAutomaticSingleRunInference: true },
        },
        rules: { [`http-status/${rule}`]: 'error' },
      },
      { filename: path.join(typedDir, filename) },
    );
    return { asked, messages: messages.map((message) => `${message.ruleId ?? 'fatal'} ${message.line}:${message.column}`) };
  }

  it('are not asked about a global of TypeScript\'s lib that no table names', () => {
    const { asked, messages } = askedAbout(
      `declare const job: { status: number };
if (job.status === 600 || (Promise as unknown as { status: number }).status === 600) {}`,
      'no-unknown-status',
    );
    expect(messages).toEqual([]);
    // `job` is the project's own, so its type may name a framework; `Promise` is the lib's.
    expect(asked).toContain('job@1');
    expect(asked.filter((node) => node.startsWith('Promise'))).toEqual([]);
  });

  it("are asked about a variable's declaration, once, not about its uses", () => {
    // The type at a use is narrowed by the code before it, which is dear to find out.
    const { asked, messages } = askedAbout(
      `export function close(socket: WebSocket | null, other: { close(code: number): void }) {
  if (!socket) return;
  socket.close(1006);
  other.close(1006);
  socket.close(1005);
}`,
      'valid-websocket-close-code',
    );
    expect(messages).toEqual(['http-status/valid-websocket-close-code 3:16', 'http-status/valid-websocket-close-code 5:16']);
    expect(asked).toEqual(['socket@1', 'other@1']);
  });

  it('are asked about the declaration of a loop variable', () => {
    const { asked, messages } = askedAbout(
      `declare const sockets: WebSocket[];
for (const socket of sockets) {
  if (socket.readyState === 1) socket.close(1006);
}`,
      'valid-websocket-close-code',
    );
    expect(messages).toEqual(['http-status/valid-websocket-close-code 3:45']);
    expect(asked).toEqual(['socket@2']);
  });

  it('are asked at the use, not the declaration, where `instanceof` may narrow the type to a framework\'s', () => {
    const { asked, messages } = askedAbout(
      `export function close(socket: unknown) {
  if (socket instanceof WebSocket) socket.close(1006);
}`,
      'valid-websocket-close-code',
    );
    expect(messages).toEqual(['http-status/valid-websocket-close-code 2:49']);
    expect(asked).toEqual(['socket@2']);
  });

  it('are not asked about an imported function or class: its symbol is the answer', () => {
    // `typeof Reply` and `typeof reply` name the project's own class and function: no kind, and
    // those types are not built. The call's type is asked about: a Response. (A subclass's
    // statics, `Reply.json(…)`, are not followed: a missed 600, as before.)
    const { asked, messages } = askedAbout(
      `import { Reply, reply } from './project';
export const replies = [Response.error(), Reply.json(null, { status: 600 })];
export const ok = reply.call(undefined).status === 600;`,
      'no-unknown-status',
    );
    expect(messages).toEqual(['http-status/no-unknown-status 3:52']);
    expect(asked).toEqual(['CallExpression@3']);
  });

  it('are asked at the use of a `let` whose type follows its assignments, and only there', () => {
    const { asked, messages } = askedAbout(
      `let socket;
socket = new WebSocket('wss://example.com');
socket.close(1006);`,
      'valid-websocket-close-code',
    );
    expect(messages).toEqual(['http-status/valid-websocket-close-code 3:14']);
    expect(asked).toEqual(['socket@3']);
  });

  it('are not asked about the values written into class fields and collections, only where they are read', () => {
    // The socket field is placed by its writes, without a question; the database field and the
    // Map of pools are asked about where a site reads them, as any other value.
    const { asked, messages } = askedAbout(
      `declare function openDatabase(): { close(code: number): void };
export class Store {
  private db = openDatabase();
  private socket: WebSocket | null = null;
  connect() { this.socket = new WebSocket('wss://a'); }
  stop() { this.db.close(1006); this.socket?.close(1006); }
}
const pools = new Map();
pools.set('a', openDatabase());
pools.get('a').close(1006);`,
      'valid-websocket-close-code',
    );
    expect(messages).toEqual(['http-status/valid-websocket-close-code 6:52']);
    expect(asked).toEqual(['PropertyAccessExpression@6', 'pools@8', 'CallExpression@10']);
  });

  it('are not asked again at the use for a type narrowing cannot make a framework\'s', () => {
    // `any` (here: an import the checker cannot resolve) and an object type of the project's.
    const { asked, messages } = askedAbout(
      `import { Socket } from './missing';
export function close(socket: { close(code: number): void }, ok: boolean) {
  if (ok) socket.close(1006);
  Socket.close(1006);
}`,
      'valid-websocket-close-code',
    );
    expect(messages).toEqual([]);
    expect(asked).toEqual(['socket@2', 'Socket@1']);
  });
});

describe('globals the project may declare itself', () => {
  /**
   * One stub program for every file linted through it, as typescript-eslint's project service
   * gives; it declares no framework type, and its checker puts every global's declaration in
   * `declarationFile`. `asked` records the checker's questions.
   */
  function stubProgram(declarationFile: string) {
    const asked: string[] = [];
    const declared = { declarations: [{ getSourceFile: () => ({ fileName: declarationFile }) }] };
    const program = {
      getSourceFiles: () => [],
      getTypeChecker: () => ({
        getSymbolAtLocation: (node: { name: string }) => {
          asked.push(node.name);
          return declared;
        },
        getTypeAtLocation: () => ({ getSymbol: () => undefined, isUnion: () => false }),
        getNonNullableType: (type: unknown) => type,
      }),
    };
    const parser = {
      parseForESLint(code: string, options: Parameters<typeof tsParser.parseForESLint>[1]) {
        const result = tsParser.parseForESLint(code, options);
        const esTreeNodeToTSNodeMap = { get: (node: TSESTree.Node) => (node.type === 'Identifier' ? { name: node.name } : undefined) };
        return { ...result, services: { ...result.services, program, esTreeNodeToTSNodeMap } };
      },
    };
    const config = {
      files: ['**/*.ts'],
      plugins: { 'http-status': plugin as never },
      languageOptions: { parser: parser as never },
      rules: { 'http-status/no-unknown-status': 'error' as const },
    };
    const lint = (code: string, filename: string): string[] =>
      new Linter().verify(code, config, { filename }).map((message) => `${message.ruleId ?? 'fatal'} ${message.line}:${message.column}`);
    return { lint, asked };
  }

  it('are looked up once per program and name, whichever file asks', () => {
    const { lint, asked } = stubProgram('/p/node_modules/typescript/lib/lib.dom.d.ts');
    const first = lint(`new Response(null, { status: 600 });`, 'a.ts');
    const second = lint(`const ok = new Response(null, { status: 600 }); new Response(null, { status: 601 });`, 'b.ts');
    // The lib declares Response: it is the Fetch API in both files, reported in each.
    expect([first.length, second.length]).toEqual([1, 2]);
    expect(asked).toEqual(['Response']);
  });

  it('are not the Fetch API where the project declares them itself, with no lib', () => {
    const { lint, asked } = stubProgram('/p/src/runtime.d.ts');
    expect(lint('new Response(null, { status: 600 });', 'a.ts')).toEqual([]);
    expect(asked).toEqual(['Response']);
  });

  it("include Nitro's auto-imports, which only the project's own declarations give types", () => {
    const { lint, asked } = stubProgram('/p/.nitro/types/nitro-imports.d.ts');
    const code = 'export default defineEventHandler((event) => { setResponseStatus(event, 600); });';
    expect(lint(code, 'server/api/x.ts')).toEqual(['http-status/no-unknown-status 1:73']);
    expect(asked).toEqual([]);
  });
});
