import { execFile, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';

/**
 * The built plugin as an oxlint JS plugin (`jsPlugins` in .oxlintrc.json): the real oxlint binary
 * lints copies of the integration fixtures with every rule of the plugin, and must report exactly
 * what ESLint reports. docs/other-linters.md describes what was checked beyond this.
 * `npm run test:integration` builds first.
 */

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = fileURLToPath(new URL('../fixtures/integration/', import.meta.url));
const files = readdirSync(fixtures).sort();

const require = createRequire(import.meta.url);
const oxlintPackage = path.dirname(require.resolve('oxlint/package.json'));
const oxlintBin = path.join(oxlintPackage, 'bin', 'oxlint');
const oxlintVersion = (require('oxlint/package.json') as { version: string }).version;
const entry = require.resolve('eslint-plugin-http-status');
type Plugin = (typeof import('../../src/index.js'))['default'];
const plugin = ((await import(pathToFileURL(entry).href)) as { default: Plugin }).default;

/** Every rule, as in the `all` config: oxlint has no use for the plugin's configs. */
const rules = plugin.configs.all.rules ?? {};

type Finding = [file: string, line: number, column: number, ruleId: string];

/** What oxlint reports: the findings of ESLint with `all` on the same files (checked below too). */
const EXPECTED: Finding[] = [
  ['express-app.cjs', 13, 14, 'http-status/no-nonstandard-status'],
  ['express-app.cjs', 17, 14, 'http-status/no-nonstandard-status'],
  ['express-app.cjs', 21, 14, 'http-status/no-unknown-status'],
  ['express-app.cjs', 25, 14, 'http-status/no-unknown-status'],
  ['express-app.cjs', 29, 14, 'http-status/no-unknown-status'],
  ['express-app.cjs', 34, 16, 'http-status/prefer-status-constant'],
  ['express-app.cjs', 36, 3, 'http-status/no-status-after-send'],
  ['express-app.cjs', 41, 14, 'http-status/prefer-status-constant'],
  ['express-app.cjs', 44, 18, 'http-status/prefer-status-constant'],
  ['fetch-client.js', 10, 22, 'http-status/no-unknown-status'],
  ['fetch-client.js', 14, 22, 'http-status/no-unknown-status'],
  ['fetch-client.js', 33, 40, 'http-status/valid-websocket-close-code'],
  ['servers.ts', 14, 18, 'http-status/no-nonstandard-status'],
  ['servers.ts', 17, 18, 'http-status/prefer-status-constant'],
  ['servers.ts', 24, 21, 'http-status/no-nonstandard-status'],
  ['servers.ts', 27, 21, 'http-status/prefer-status-constant'],
  ['servers.ts', 32, 55, 'http-status/no-nonstandard-status'],
  ['servers.ts', 33, 52, 'http-status/no-unknown-status'],
  ['servers.ts', 34, 48, 'http-status/prefer-status-constant'],
];

interface OxlintDiagnostic {
  message: string;
  code: string;
  severity: string;
  filename: string;
  labels: { span: { offset: number; length: number; line: number; column: number } }[];
}

/** A finding with its message, comparable between the two linters. */
type Report = [...Finding, message: string];

const byPosition = (a: Report, b: Report) =>
  a[0].localeCompare(b[0]) || a[1] - b[1] || a[2] - b[2] || a[3].localeCompare(b[3]);

describe(`oxlint ${oxlintVersion} with the plugin in jsPlugins`, () => {
  let dir: string;
  let exitCode: number;
  let stderr: string;
  let oxlint: Report[];
  let eslint: Report[];

  beforeAll(async () => {
    // A user's project: the fixtures, the package installed under node_modules (a link to this
    // repository, whose dist/ is the build) and an .oxlintrc.json naming it by package name.
    dir = mkdtempSync(path.join(tmpdir(), 'http-status-oxlint-'));
    cpSync(fixtures, dir, { recursive: true });
    mkdirSync(path.join(dir, 'node_modules'));
    symlinkSync(root, path.join(dir, 'node_modules', 'eslint-plugin-http-status'), 'dir');
    writeFileSync(path.join(dir, 'package.json'), '{ "name": "oxlint-project", "private": true }\n');
    writeFileSync(
      path.join(dir, '.oxlintrc.json'),
      JSON.stringify({ categories: { correctness: 'off' }, jsPlugins: ['eslint-plugin-http-status'], rules }, null, 2),
    );

    // Exit code 1: there are errors. Files are named one by one: oxlint would otherwise follow the
    // node_modules link into this repository.
    const run = promisify(execFile)(process.execPath, [oxlintBin, '-c', '.oxlintrc.json', '--format', 'json', ...files], {
      cwd: dir,
      encoding: 'utf8',
    });
    const output = await run.then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    exitCode = output.code;
    stderr = output.stderr;
    const { diagnostics } = JSON.parse(output.stdout) as { diagnostics: OxlintDiagnostic[] };
    oxlint = diagnostics
      .map((d): Report => {
        const { line, column } = d.labels[0]!.span;
        // oxlint writes a rule as `plugin(rule)`; ESLint as `plugin/rule`.
        return [d.filename, line, column, d.code.replace(/^(.+)\((.+)\)$/, '$1/$2'), d.message];
      })
      .sort(byPosition);

    const results = await new ESLint({
      cwd: dir,
      overrideConfigFile: true,
      overrideConfig: [plugin.configs.all, { files: ['**/*.ts'], languageOptions: { parser: tsParser } }] as ESLint.Options['overrideConfig'],
    }).lintFiles(files);
    eslint = results
      .flatMap((result) =>
        result.messages.map((m): Report => [path.relative(dir, result.filePath), m.line, m.column, m.ruleId ?? '(fatal)', m.message]),
      )
      .sort(byPosition);
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('configures all eight rules', () => {
    expect(Object.keys(rules).sort()).toEqual(Object.keys(plugin.rules).map((name) => `http-status/${name}`).sort());
    expect(Object.keys(rules)).toHaveLength(8);
  });

  it('loads the plugin and exits with 1 for the errors found', () => {
    expect(stderr).toBe('');
    expect(exitCode).toBe(1);
  });

  it('reports exactly the expected findings', () => {
    expect(oxlint.map(([file, line, column, ruleId]): Finding => [file, line, column, ruleId])).toEqual(EXPECTED);
  });

  it('reports what ESLint reports, messages included', () => {
    expect(oxlint).toEqual(eslint);
  });

  it('reports the same findings in its language server (oxlint --lsp), which editors run', async () => {
    const file = 'express-app.cjs';
    const diagnostics = await languageServerDiagnostics(dir, file);
    const found = diagnostics.map(({ code, range }): Finding => [file, range.start.line + 1, range.start.character + 1, code.replace(/^(.+)\((.+)\)$/, '$1/$2')]);
    expect(found.sort((a, b) => a[1] - b[1] || a[2] - b[2])).toEqual(EXPECTED.filter(([name]) => name === file));
  });
});

interface LspDiagnostic {
  code: string;
  range: { start: { line: number; character: number } };
}

/**
 * Opens one file in `oxlint --lsp` (the language server the oxc editor extension runs) and returns
 * the first non-empty diagnostics it publishes for it, over LSP's stdio framing.
 */
function languageServerDiagnostics(cwd: string, file: string): Promise<LspDiagnostic[]> {
  const server = spawn(process.execPath, [oxlintBin, '--lsp'], { cwd, stdio: ['pipe', 'pipe', 'ignore'] });
  const uri = pathToFileURL(path.join(cwd, file)).href;
  const send = (message: object): void => {
    const text = JSON.stringify({ jsonrpc: '2.0', ...message });
    server.stdin.write(`Content-Length: ${Buffer.byteLength(text)}\r\n\r\n${text}`);
  };
  return new Promise<LspDiagnostic[]>((resolve, reject) => {
    let buffer = Buffer.alloc(0);
    server.on('error', reject);
    server.on('exit', (code) => reject(new Error(`oxlint --lsp exited with ${code} before it reported`)));
    server.stdout.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (let end = buffer.indexOf('\r\n\r\n'); end >= 0; end = buffer.indexOf('\r\n\r\n')) {
        const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, end).toString())?.[1]);
        if (buffer.length < end + 4 + length) return;
        const message = JSON.parse(buffer.subarray(end + 4, end + 4 + length).toString()) as {
          id?: number;
          method?: string;
          params?: { uri: string; diagnostics: LspDiagnostic[] };
        };
        buffer = buffer.subarray(end + 4 + length);
        if (message.id === 1 && !message.method) {
          send({ method: 'initialized', params: {} });
          send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'javascript', version: 1, text: readFileSync(path.join(cwd, file), 'utf8') } } });
        } else if (message.method === 'textDocument/publishDiagnostics' && message.params?.uri === uri && message.params.diagnostics.length > 0) {
          resolve(message.params.diagnostics);
        } else if (message.method && message.id !== undefined) {
          // A request from the server (configuration, registration): answered with nothing.
          send({ id: message.id, result: null });
        }
      }
    });
    send({ id: 1, method: 'initialize', params: { processId: process.pid, rootUri: pathToFileURL(cwd).href, capabilities: {}, workspaceFolders: [{ uri: pathToFileURL(cwd).href, name: 'project' }] } });
  }).finally(() => {
    server.removeAllListeners('exit');
    server.kill();
  });
}
