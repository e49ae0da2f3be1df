import { createRequire } from 'node:module';
import path from 'node:path';

import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import * as espree from 'espree';
import { describe, expect, it } from 'vitest';

import { rules } from '../../rules/index.js';
import { constantLibraries, type ConstantLibraryId } from '../../src/codes/index.js';

/**
 * Every fix and every suggestion of every rule, applied to generated handlers of each framework
 * with odd syntax at the status site, for each source of constants and each module system: the
 * result parses, a second fix pass changes nothing, and every constant written has the value of
 * the number it replaced in the real library.
 */

type System = 'esm' | 'cjs' | 'ts';

const require = createRequire(import.meta.url);
// A module of the project's own, named relative to the project's root (the repository's here):
// each file imports it relative to itself, `./http-status.js` from fix-property/.
const CUSTOM = { module: './test/rules/fix-property/http-status.js', object: 'Status', names: { 200: 'OK', 201: 'CREATED', 204: 'EMPTY', 302: 'FOUND', 404: 'NOT_FOUND', 401: 'UNAUTHORIZED' } };
const LIBRARIES = Object.keys(constantLibraries) as ConstantLibraryId[];
const SOURCES: readonly (ConstantLibraryId | typeof CUSTOM)[] = [...LIBRARIES, CUSTOM];

/** The status expressions written at each site: the literal, and the syntax around it. */
const WRAPPERS: Record<System, readonly string[]> = {
  esm: ['404', '(201)', '((204))', '/* code */ 401 /* unauthorized */', '(0, 302)', '`${404}`'],
  cjs: ['404', '(201)', '((204))', '/* code */ 401 /* unauthorized */', '(0, 302)', '`${404}`'],
  ts: ['404', '(201)', '(204 as number)', '<number>401', '(302 satisfies number)', '404!', '/* c */ 201'],
};

/** An import in the module system of the file: `names` is a default name or named bindings. */
function load(system: System, module: string, names: string | readonly string[]): string {
  const named = typeof names !== 'string';
  if (system === 'cjs') return `const ${named ? `{ ${names.join(', ')} }` : names} = require('${module}');`;
  return `import ${named ? `{ ${names.join(', ')} }` : names} from '${module}';`;
}

function exported(system: System, name: string, value: string): string {
  return system === 'cjs' ? `exports.${name} = ${value};` : `export const ${name} = ${value};`;
}

/** Per framework, a file with one site per status expression. */
const FRAMEWORKS: Record<string, (system: System, statuses: readonly string[]) => string> = {
  express: (system, statuses) =>
    [load(system, 'express', 'express'), 'const app = express();', ...statuses.map((s, i) => `app.get('/${i}', (req, res) => { ${i % 2 ? `res.status?.(${s}).json({ i: ${i} })` : `res.status(${s}).json({ i: ${i} })`}; });`)].join('\n'),
  'node:http': (system, statuses) =>
    [load(system, 'node:http', 'http'), ...statuses.map((s, i) => `http.createServer((req, res) => { ${i % 2 ? `res.writeHead(${s}); res.end();` : `res.statusCode = ${s}; res.end();`} });`)].join('\n'),
  koa: (system, statuses) => [load(system, 'koa', 'Koa'), 'const app = new Koa();', ...statuses.map((s) => `app.use(async (ctx) => { ctx.status = ${s}; });`)].join('\n'),
  fastify: (system, statuses) =>
    [load(system, 'fastify', 'Fastify'), 'const fastify = Fastify();', ...statuses.map((s, i) => `fastify.get('/${i}', async (request, reply) => reply${i % 2 ? '?.' : '.'}code(${s}).send({ i: ${i} }));`)].join('\n'),
  hono: (system, statuses) => [load(system, 'hono', ['Hono']), 'const app = new Hono();', ...statuses.map((s, i) => `app.get('/${i}', (c) => c.json({ i: ${i} }, ${s}));`)].join('\n'),
  fetch: (system, statuses) => statuses.map((s, i) => exported(system, `r${i}`, `() => new Response('x', { status: ${s} })`)).join('\n'),
  next: (system, statuses) => [load(system, 'next/server', ['NextResponse']), ...statuses.map((s, i) => exported(system, `GET${i}`, `() => NextResponse.json({ i: ${i} }, { status: ${s} })`))].join('\n'),
  h3: (system, statuses) =>
    [load(system, 'h3', ['defineEventHandler', 'setResponseStatus']), ...statuses.map((s, i) => exported(system, `h${i}`, `defineEventHandler((event) => { setResponseStatus(event, ${s}); return 'x'; })`))].join('\n'),
  nestjs: (system, statuses) =>
    system !== 'ts'
      ? ''
      : [load(system, '@nestjs/common', ['Controller', 'Get', 'HttpCode', 'HttpException']), '@Controller()', 'export class C {', ...statuses.map((s, i) => `  @Get('${i}') @HttpCode(${s}) a${i}() { throw new HttpException('x', ${s}); }`), '}'].join('\n'),
};

/** How the file already imports the constants' module, if it does: nothing, or the whole module. */
function existingImports(system: System, module: string): readonly string[] {
  if (system === 'cjs') return ['', `const lib = require('${module}');`];
  if (system === 'ts') return ['', `import * as lib from '${module}';`, `import lib = require('${module}');`];
  return ['', `import * as lib from '${module}';`];
}

const FILES: Record<System, string> = {
  esm: path.join(import.meta.dirname, 'fix-property', 'app.mjs'),
  cjs: path.join(import.meta.dirname, 'fix-property', 'app.cjs'),
  ts: path.join(import.meta.dirname, 'fix-property', 'app.ts'),
};

function config(system: System, constants: ConstantLibraryId | typeof CUSTOM): Linter.Config[] {
  return [
    {
      files: ['**/*.mjs', '**/*.cjs', '**/*.ts'],
      plugins: { 'http-status': { rules } },
      languageOptions:
        system === 'ts'
          ? { parser: tsParser as Linter.Parser, sourceType: 'module' }
          : { parser: espree as Linter.Parser, ecmaVersion: 'latest', sourceType: system === 'cjs' ? 'commonjs' : 'module' },
      rules: {
        ...Object.fromEntries(Object.keys(rules).map((name) => [`http-status/${name}`, 'error'])),
        'http-status/prefer-status-constant': ['error', { constants }],
        'http-status/require-status-headers': ['error', { checkShould: true }],
      },
    },
  ] as unknown as Linter.Config[];
}

/** What a file's top-level imports and requires of the constants' module bind, by local name. */
function bindings(code: string, system: System, constants: ConstantLibraryId | typeof CUSTOM): Map<string, unknown> {
  const own = typeof constants === 'object';
  const modules: readonly string[] = own ? ['./http-status.js'] : constantLibraries[constants].modules;
  const moduleOf = (specifier: string): unknown =>
    !modules.includes(specifier)
      ? {}
      : own
        ? { [constants.object]: Object.fromEntries(Object.entries(constants.names).map(([value, name]) => [name, Number(value)])) }
        : require(specifier);
  const program = system === 'ts' ? tsParser.parse(code, { sourceType: 'module' }) : espree.parse(code, { ecmaVersion: 'latest', sourceType: system === 'cjs' ? 'commonjs' : 'module' });
  const bound = new Map<string, unknown>();
  for (const statement of program.body as any[]) {
    if (statement.type === 'ImportDeclaration' && statement.importKind !== 'type') {
      const module = moduleOf(statement.source.value) as Record<string, unknown>;
      for (const specifier of statement.specifiers) {
        if (specifier.type === 'ImportNamespaceSpecifier') bound.set(specifier.local.name, module);
        else if (specifier.type === 'ImportDefaultSpecifier') bound.set(specifier.local.name, module.default ?? module);
        else bound.set(specifier.local.name, module[specifier.imported.name ?? specifier.imported.value]);
      }
    } else if (statement.type === 'TSImportEqualsDeclaration') {
      bound.set(statement.id.name, moduleOf(statement.moduleReference.expression.value));
    } else if (statement.type === 'VariableDeclaration') {
      for (const { id, init } of statement.declarations) {
        const call = init?.type === 'MemberExpression' ? init.object : init;
        if (call?.type !== 'CallExpression' || call.callee.name !== 'require') continue;
        let value = moduleOf(call.arguments[0].value) as Record<string, unknown>;
        if (init.type === 'MemberExpression') value = value[init.property.name] as Record<string, unknown>;
        if (id.type === 'Identifier') bound.set(id.name, value);
        else for (const property of id.properties) bound.set(property.value.name, value[property.key.name]);
      }
    }
  }
  return bound;
}

/** The value of a constant expression (`lib.StatusCodes.NOT_FOUND`) given the file's bindings. */
function valueOf(expression: string, bound: Map<string, unknown>): unknown {
  return expression.split('.').reduce<unknown>((value, part, index) => (index === 0 ? bound.get(part) : (value as Record<string, unknown>)?.[part]), undefined);
}

const linter = new Linter({ configType: 'flat' });

function parses(code: string, system: System): boolean {
  try {
    if (system === 'ts') tsParser.parse(code, { sourceType: 'module' });
    else espree.parse(code, { ecmaVersion: 'latest', sourceType: system === 'cjs' ? 'commonjs' : 'module' });
    return true;
  } catch {
    return false;
  }
}

function apply(code: string, fix: { range: readonly [number, number]; text: string }): string {
  return code.slice(0, fix.range[0]) + fix.text + code.slice(fix.range[1]);
}

describe('every fix and suggestion, on generated handlers', () => {
  const systems: System[] = ['esm', 'cjs', 'ts'];
  const cases = systems.flatMap((system) =>
    Object.entries(FRAMEWORKS).flatMap(([framework, generate]) => {
      const handlers = generate(system, WRAPPERS[system]);
      if (!handlers) return [];
      return SOURCES.flatMap((constants) => {
        const module = typeof constants === 'object' ? constants.module : constantLibraries[constants].modules[0] as string;
        return existingImports(system, module).map((existing) => ({
          name: `${framework}, ${system}, ${typeof constants === 'object' ? 'own module' : constants}${existing ? `, after \`${existing}\`` : ''}`,
          system,
          constants,
          code: `${existing ? `${existing}\n` : ''}${handlers}\n`,
        }));
      });
    }),
  );

  it.each(cases)('$name', ({ system, constants, code }) => {
    const cfg = config(system, constants);
    const messages = linter.verify(code, cfg, FILES[system]);
    expect(messages.filter((message) => message.fatal)).toEqual([]);
    const constantsWritten = messages.filter((message) => message.ruleId === 'http-status/prefer-status-constant');
    // The plain literal, at least, is a status in every framework.
    expect(constantsWritten.length).toBeGreaterThan(0);

    for (const message of messages) {
      const fixes = [message.fix, ...(message.suggestions ?? []).map((suggestion) => suggestion.fix)].filter((fix) => fix !== undefined);
      for (const fix of fixes) {
        const fixed = apply(code, fix);
        expect(parses(fixed, system), `${message.ruleId} at ${message.line}:${message.column}:\n${fixed}`).toBe(true);
        if (message.ruleId !== 'http-status/prefer-status-constant') continue;
        // The constant written must hold the number it replaces, through the imports of the fixed file.
        const [, expression = '', number] = /^Use (\S+) instead of the number (\d+)/.exec(message.message) ?? [];
        expect(fix.text).toContain(expression);
        expect(valueOf(expression, bindings(fixed, system, constants)), `${expression} in\n${fixed}`).toBe(Number(number));
      }
    }

    const first = linter.verifyAndFix(code, cfg, FILES[system]);
    expect(parses(first.output, system), first.output).toBe(true);
    const second = linter.verifyAndFix(first.output, cfg, FILES[system]);
    expect(second.fixed, second.output).toBe(false);
  });

  it('covers every framework (NestJS in TypeScript only), source and existing import', () => {
    const frameworks = Object.keys(FRAMEWORKS).length;
    expect(cases).toHaveLength((frameworks - 1) * SOURCES.length * 2 * 2 + frameworks * SOURCES.length * 3);
  });
});
