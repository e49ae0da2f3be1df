import path from 'node:path';

import { Linter } from 'eslint';

import rule from '../../rules/prefer-status-constant.js';
import { createJsRuleTester, createTsRuleTester } from './tester.js';

const jsRuleTester = createJsRuleTester();
const tsRuleTester = createTsRuleTester();

jsRuleTester.run('prefer-status-constant (JavaScript)', rule, {
  valid: [
    // node:http2 is offered only where the file can import it: not in a Worker without Node.js
    // compatibility, a SvelteKit universal load file, or a page's script.
    {
      code: `import { Hono } from 'hono';
export default new Hono().get('/', (c) => c.json({}, 404));`,
      filename: path.join(import.meta.dirname, 'runtimes', 'worker', 'src', 'index.js'),
    },
    {
      code: `import { error } from '@sveltejs/kit';
export function load() { error(404, 'Not found'); }`,
      filename: path.join(import.meta.dirname, 'runtimes', 'worker-dated', 'src', 'routes', '+page.js'),
    },
    `document.title = 'offline'; new Response(null, { status: 404 });`,
    // Codes the library has no member for, ignored codes, comparisons (off by default), a taken
    // name, test files when they are skipped, constants already, and values that are not literals.
    { code: `import express from 'express';
const app = express();
app.get('/', (req, res) => res.status(200).end());`, options: [{"ignore": [200], "constants": "http-status-codes"}] },
    { code: `const res = await fetch('/x');
if (res.status === 404) {}`, options: [{"constants": "http-status-codes"}] },
    { code: `import express from 'express';
const app = express();
const StatusCodes = {};
app.get('/', (req, res) => res.status(404).end());`, options: [{"constants": "http-status-codes"}] },
    // Taken in an inner scope, or used as a global from one: a new import would shadow or capture it.
    { code: `import express from 'express';
express().get('/', (req, res) => { const StatusCodes = {}; res.status(404).end(); });`, options: [{"constants": "http-status-codes"}] },
    { code: `import express from 'express';
express().get('/', (req, res) => { res.status(404).end(); log(StatusCodes); });`, options: [{"constants": "http-status-codes"}] },
    { code: `import express from 'express';
const app = express();
app.get('/', (req, res) => res.status(404).end());`, options: [{"constants": "http-status-codes", "checkTestFiles": false}], filename: 'test/app.test.js' },
    { code: `import { StatusCodes } from 'http-status-codes'; new Response(null, { status: StatusCodes.NO_CONTENT });` },
    { code: `const CODE = 404; new Response(null, { status: CODE });`, options: [{ constants: 'http-status-codes' }] },
    { code: `new Response(null, { status: 425 });`, options: [{ constants: 'http-status-codes' }] },
    { code: `const logger = { status() {} }; logger.status(404);`, options: [{ constants: 'http-status-codes' }] },
    // The name the constant would be written with is shadowed where the number is: at the site it
    // means the local, not the import, so a fix would change what the code sends.
    { code: `import express from 'express';
import { StatusCodes } from 'http-status-codes';
express().get('/', (req, res) => {
  const StatusCodes = { NOT_FOUND: 'not found' };
  res.status(404).end();
});` },
    { code: `import express from 'express';
import { StatusCodes } from 'http-status-codes';
const handler = (StatusCodes) => (req, res) => res.status(404).end();
express().get('/', handler({}));` },
    { code: `import express from 'express';
import * as codes from 'http-status-codes';
express().get('/', (req, res) => { const codes = {}; res.status(404).end(); });` },
    { code: `import express from 'express';
import httpStatus from 'http-status';
express().get('/', (req, res) => { let httpStatus; res.status(404).end(); });` },
    { code: `const express = require('express');
const hsc = require('http-status-codes');
express().get('/', function (req, res, hsc) { res.status(404).end(); });` },
  ],
  invalid: [
    {
      // A package with a browser build beside its Node code (as ws has): its server still runs on Node.
      code: `new Response(null, { status: 404 });`,
      filename: path.join(import.meta.dirname, 'runtimes', 'browser-package', 'lib', 'server.js'),
      errors: [
        {
          messageId: 'preferConstant',
          data: { constant: 'constants.HTTP_STATUS_NOT_FOUND', code: 404, phrase: 'Not Found' },
          line: 1, column: 30, endLine: 1, endColumn: 33,
          suggestions: [
            { messageId: 'useConstant', data: { constant: 'constants.HTTP_STATUS_NOT_FOUND', module: 'node:http2' }, output: `import { constants } from 'node:http2';
new Response(null, { status: constants.HTTP_STATUS_NOT_FOUND });` },
          ],
        },
      ],
    },
    {
      // Node.js compatibility by flag, or by a compatibility date from which it is the default.
      code: `new Response(null, { status: 404 });`,
      filename: path.join(import.meta.dirname, 'runtimes', 'worker-compat', 'src', 'index.js'),
      errors: [
        {
          messageId: 'preferConstant',
          data: { constant: 'constants.HTTP_STATUS_NOT_FOUND', code: 404, phrase: 'Not Found' },
          line: 1, column: 30, endLine: 1, endColumn: 33,
          suggestions: [
            { messageId: 'useConstant', data: { constant: 'constants.HTTP_STATUS_NOT_FOUND', module: 'node:http2' }, output: `import { constants } from 'node:http2';
new Response(null, { status: constants.HTTP_STATUS_NOT_FOUND });` },
          ],
        },
      ],
    },
    {
      code: `new Response(null, { status: 404 });`,
      filename: path.join(import.meta.dirname, 'runtimes', 'worker-dated', 'src', 'index.js'),
      errors: [
        {
          messageId: 'preferConstant',
          data: { constant: 'constants.HTTP_STATUS_NOT_FOUND', code: 404, phrase: 'Not Found' },
          line: 1, column: 30, endLine: 1, endColumn: 33,
          suggestions: [
            { messageId: 'useConstant', data: { constant: 'constants.HTTP_STATUS_NOT_FOUND', module: 'node:http2' }, output: `import { constants } from 'node:http2';
new Response(null, { status: constants.HTTP_STATUS_NOT_FOUND });` },
          ],
        },
      ],
    },
    {
      // SvelteKit's server-only load file runs on Node.
      code: `import { error } from '@sveltejs/kit';
export function load() { error(404, 'Not found'); }`,
      filename: path.join(import.meta.dirname, 'runtimes', 'worker-dated', 'src', 'routes', '+page.server.js'),
      errors: [
        {
          messageId: 'preferConstant',
          data: { constant: 'constants.HTTP_STATUS_NOT_FOUND', code: 404, phrase: 'Not Found' },
          line: 2, column: 32, endLine: 2, endColumn: 35,
          suggestions: [
            { messageId: 'useConstant', data: { constant: 'constants.HTTP_STATUS_NOT_FOUND', module: 'node:http2' }, output: `import { error } from '@sveltejs/kit';
import { constants } from 'node:http2';
export function load() { error(constants.HTTP_STATUS_NOT_FOUND, 'Not found'); }` },
          ],
        },
      ],
    },
    {
      // A local named document is no browser global; a library the code names is offered anywhere.
      code: `const document = { title: '' }; document.title = 'offline'; new Response(null, { status: 404 });`,
      errors: [
        {
          messageId: 'preferConstant',
          data: { constant: 'constants.HTTP_STATUS_NOT_FOUND', code: 404, phrase: 'Not Found' },
          line: 1, column: 90, endLine: 1, endColumn: 93,
          suggestions: [
            { messageId: 'useConstant', data: { constant: 'constants.HTTP_STATUS_NOT_FOUND', module: 'node:http2' }, output: `import { constants } from 'node:http2';
const document = { title: '' }; document.title = 'offline'; new Response(null, { status: constants.HTTP_STATUS_NOT_FOUND });` },
          ],
        },
      ],
    },
    {
      code: `new Response(null, { status: 404 });`,
      options: [{ constants: 'http-status-codes' }],
      filename: path.join(import.meta.dirname, 'runtimes', 'worker', 'src', 'index.js'),
      output: `import { StatusCodes } from 'http-status-codes';
new Response(null, { status: StatusCodes.NOT_FOUND });`,
      errors: [
        {
          messageId: 'preferConstant',
          data: { constant: 'StatusCodes.NOT_FOUND', code: 404, phrase: 'Not Found' },
          line: 1, column: 30, endLine: 1, endColumn: 33,
        },
      ],
    },
    {
      // Only where the import is what the name means: the first handler shadows it, the second not.
      code: `import express from 'express';
import { StatusCodes } from 'http-status-codes';
const app = express();
app.get('/a', (req, res) => { const StatusCodes = {}; res.status(404).end(); });
app.get('/b', (req, res) => res.status(404).end());`,
      output: `import express from 'express';
import { StatusCodes } from 'http-status-codes';
const app = express();
app.get('/a', (req, res) => { const StatusCodes = {}; res.status(404).end(); });
app.get('/b', (req, res) => res.status(StatusCodes.NOT_FOUND).end());`,
      errors: [
        {
          messageId: 'preferConstant',
          data: { constant: 'StatusCodes.NOT_FOUND', code: 404, phrase: 'Not Found' },
          line: 5, column: 40, endLine: 5, endColumn: 43,
        },
      ],
    },
    {
      code: `import express from 'express';
import { StatusCodes } from 'http-status-codes';
const app = express();
app.get('/', (req, res) => res.status(404).json({}));`,
      output: `import express from 'express';
import { StatusCodes } from 'http-status-codes';
const app = express();
app.get('/', (req, res) => res.status(StatusCodes.NOT_FOUND).json({}));`,
      errors: [
        {
          messageId: 'preferConstant',
          data: { constant: 'StatusCodes.NOT_FOUND', code: 404, phrase: 'Not Found' },
          line: 4, column: 39, endLine: 4, endColumn: 42,
        },
      ],
    },
    {
      code: `import express from 'express';
import { getReasonPhrase } from 'http-status-codes';
const app = express();
app.get('/', (req, res) => res.status(404).send(getReasonPhrase(404)));`,
      output: `import express from 'express';
import { getReasonPhrase, StatusCodes } from 'http-status-codes';
const app = express();
app.get('/', (req, res) => res.status(StatusCodes.NOT_FOUND).send(getReasonPhrase(404)));`,
      errors: [
        {
          messageId: 'preferConstant',
          data: { constant: 'StatusCodes.NOT_FOUND', code: 404, phrase: 'Not Found' },
          line: 4, column: 39, endLine: 4, endColumn: 42,
        },
      ],
    },
    {
      code: `import express from 'express';
import * as codes from 'http-status-codes';
const app = express();
app.get('/', (req, res) => res.status(302).end());`,
      output: `import express from 'express';
import * as codes from 'http-status-codes';
const app = express();
app.get('/', (req, res) => res.status(codes.StatusCodes.MOVED_TEMPORARILY).end());`,
      errors: [
        {
          messageId: 'preferConstant',
          data: { constant: 'codes.StatusCodes.MOVED_TEMPORARILY', code: 302, phrase: 'Found' },
          line: 4, column: 39, endLine: 4, endColumn: 42,
        },
      ],
    },
    {
      code: `const express = require('express');
const app = express();
app.get('/', (req, res) => res.sendStatus(413));`,
      options: [{"constants": "http-status-codes"}],
      output: `const express = require('express');
const { StatusCodes } = require('http-status-codes');
const app = express();
app.get('/', (req, res) => res.sendStatus(StatusCodes.REQUEST_TOO_LONG));`,
      errors: [
        {
          messageId: 'preferConstant',
          data: { constant: 'StatusCodes.REQUEST_TOO_LONG', code: 413, phrase: 'Content Too Large' },
          line: 3, column: 43, endLine: 3, endColumn: 46,
        },
      ],
    },
    {
      code: `'use strict';
const express = require('express');
const { StatusCodes: S } = require('http-status-codes');
const app = express();
app.get('/', (req, res) => res.sendStatus(201));`,
      output: `'use strict';
const express = require('express');
const { StatusCodes: S } = require('http-status-codes');
const app = express();
app.get('/', (req, res) => res.sendStatus(S.CREATED));`,
      errors: [
        {
          messageId: 'preferConstant',
          data: { constant: 'S.CREATED', code: 201, phrase: 'Created' },
          line: 5, column: 43, endLine: 5, endColumn: 46,
        },
      ],
    },
    {
      code: `import http2 from 'node:http2';
new Response(null, { status: 204 });`,
      output: `import http2 from 'node:http2';
new Response(null, { status: http2.constants.HTTP_STATUS_NO_CONTENT });`,
      errors: [
        {
          messageId: 'preferConstant',
          data: { constant: 'http2.constants.HTTP_STATUS_NO_CONTENT', code: 204, phrase: 'No Content' },
          line: 2, column: 30, endLine: 2, endColumn: 33,
        },
      ],
    },
    {
      code: `import httpStatus from 'http-status';
new Response(null, { status: 413 });`,
      output: `import httpStatus from 'http-status';
new Response(null, { status: httpStatus.REQUEST_ENTITY_TOO_LARGE });`,
      errors: [
        {
          messageId: 'preferConstant',
          data: { constant: 'httpStatus.REQUEST_ENTITY_TOO_LARGE', code: 413, phrase: 'Content Too Large' },
          line: 2, column: 30, endLine: 2, endColumn: 33,
        },
      ],
    },
    {
      code: `new Response(null, { status: 403 });`,
      // A module of the project's own, named relative to the project's root (the folder of the
      // nearest package.json), is imported relative to each file.
      options: [{"constants": {"module": "./lib/http.js", "object": "Status", "names": {"403": "FORBIDDEN"}}}],
      filename: path.join(import.meta.dirname, 'versions', 'esm-package', 'worker.js'),
      output: `import { Status } from './lib/http.js';
new Response(null, { status: Status.FORBIDDEN });`,
      errors: [
        {
          messageId: 'preferConstant',
          data: { constant: 'Status.FORBIDDEN', code: 403, phrase: 'Forbidden' },
          line: 1, column: 30, endLine: 1, endColumn: 33,
        },
      ],
    },
    {
      // The same module from a file two folders down.
      code: `new Response(null, { status: 403 });`,
      options: [{"constants": {"module": "./lib/http.js", "object": "Status", "names": {"403": "FORBIDDEN"}}}],
      filename: path.join(import.meta.dirname, 'versions', 'esm-package', 'src', 'routes', 'users.js'),
      output: `import { Status } from '../../lib/http.js';
new Response(null, { status: Status.FORBIDDEN });`,
      errors: [
        {
          messageId: 'preferConstant',
          data: { constant: 'Status.FORBIDDEN', code: 403, phrase: 'Forbidden' },
          line: 1, column: 30, endLine: 1, endColumn: 33,
        },
      ],
    },
    {
      // A bare or aliased specifier means the same from every file and is written as given.
      code: `new Response(null, { status: 403 });`,
      options: [{"constants": {"module": "#http", "object": "Status", "names": {"403": "FORBIDDEN"}}}],
      filename: path.join(import.meta.dirname, 'versions', 'esm-package', 'src', 'routes', 'users.js'),
      output: `import { Status } from '#http';
new Response(null, { status: Status.FORBIDDEN });`,
      errors: [
        {
          messageId: 'preferConstant',
          data: { constant: 'Status.FORBIDDEN', code: 403, phrase: 'Forbidden' },
          line: 1, column: 30, endLine: 1, endColumn: 33,
        },
      ],
    },
    {
      // A TypeScript file without imports or exports is a script: an import would make its
      // declarations local, so the import is only suggested.
      code: `new Response(null, { status: 403 });`,
      options: [{"constants": {"module": "./http.js", "object": "Status", "names": {"403": "FORBIDDEN"}}}],
      filename: path.join(import.meta.dirname, 'versions', 'esm-package', 'worker.ts'),
      output: null,
      errors: [
        {
          messageId: 'preferConstant',
          data: { constant: 'Status.FORBIDDEN', code: 403, phrase: 'Forbidden' },
          line: 1, column: 30, endLine: 1, endColumn: 33,
          suggestions: [
            {
              messageId: 'useConstant',
              data: { constant: 'Status.FORBIDDEN', module: './http.js' },
              output: `import { Status } from './http.js';
new Response(null, { status: Status.FORBIDDEN });`,
            },
          ],
        },
      ],
    },
    {
      // CommonJS by the nearest package.json (no "type"), and by the file's own require() or
      // module.exports: an import would not load in Node.
      code: `require('node:http').createServer((req, res) => { res.statusCode = 404; res.end(); }).listen(8080);`,
      options: [{ constants: 'http-status-codes' }],
      filename: path.join(import.meta.dirname, 'versions', 'cjs-package', 'server.js'),
      output: `const { StatusCodes } = require('http-status-codes');
require('node:http').createServer((req, res) => { res.statusCode = StatusCodes.NOT_FOUND; res.end(); }).listen(8080);`,
      errors: [
        {
          messageId: 'preferConstant',
          data: { constant: 'StatusCodes.NOT_FOUND', code: 404, phrase: 'Not Found' },
          line: 1, column: 68, endLine: 1, endColumn: 71,
        },
      ],
    },
    {
      code: `module.exports = { fetch: () => new Response(null, { status: 404 }) };`,
      options: [{ constants: 'http-status-codes' }],
      filename: path.join(import.meta.dirname, 'versions', 'cjs-package', 'worker.js'),
      output: `const { StatusCodes } = require('http-status-codes');
module.exports = { fetch: () => new Response(null, { status: StatusCodes.NOT_FOUND }) };`,
      errors: [
        {
          messageId: 'preferConstant',
          data: { constant: 'StatusCodes.NOT_FOUND', code: 404, phrase: 'Not Found' },
          line: 1, column: 62, endLine: 1, endColumn: 65,
        },
      ],
    },
    {
      code: `new Response(null, { status: 404 });`,
      options: [{ constants: 'http-status-codes' }],
      filename: path.join(import.meta.dirname, 'versions', 'cjs-package', 'worker.js'),
      output: `const { StatusCodes } = require('http-status-codes');
new Response(null, { status: StatusCodes.NOT_FOUND });`,
      errors: [
        {
          messageId: 'preferConstant',
          data: { constant: 'StatusCodes.NOT_FOUND', code: 404, phrase: 'Not Found' },
          line: 1, column: 30, endLine: 1, endColumn: 33,
        },
      ],
    },
    {
      // Every declarator of a declaration: the require beside another is reused.
      code: `const express = require('express'), codes = require('http-status-codes');
express().get('/', (req, res) => res.status(404).end());`,
      options: [{ constants: 'http-status-codes' }],
      output: `const express = require('express'), codes = require('http-status-codes');
express().get('/', (req, res) => res.status(codes.StatusCodes.NOT_FOUND).end());`,
      errors: [
        {
          messageId: 'preferConstant',
          data: { constant: 'codes.StatusCodes.NOT_FOUND', code: 404, phrase: 'Not Found' },
          line: 2, column: 45, endLine: 2, endColumn: 48,
        },
      ],
    },
    {
      code: `const express = require('express');
let { StatusCodes: S } = require('http-status-codes');
express().get('/', (req, res) => res.status(404).end());`,
      options: [{ constants: 'http-status-codes' }],
      output: `const express = require('express');
let { StatusCodes: S } = require('http-status-codes');
express().get('/', (req, res) => res.status(S.NOT_FOUND).end());`,
      errors: [
        {
          messageId: 'preferConstant',
          data: { constant: 'S.NOT_FOUND', code: 404, phrase: 'Not Found' },
          line: 3, column: 45, endLine: 3, endColumn: 48,
        },
      ],
    },
    {
      code: `const StatusCodes = require('http-status-codes').StatusCodes;
const express = require('express');
express().get('/', (req, res) => res.status(404).end());`,
      options: [{ constants: 'http-status-codes' }],
      output: `const StatusCodes = require('http-status-codes').StatusCodes;
const express = require('express');
express().get('/', (req, res) => res.status(StatusCodes.NOT_FOUND).end());`,
      errors: [
        {
          messageId: 'preferConstant',
          data: { constant: 'StatusCodes.NOT_FOUND', code: 404, phrase: 'Not Found' },
          line: 3, column: 45, endLine: 3, endColumn: 48,
        },
      ],
    },
    {
      // A module specifier the fix writes is a string literal whatever it holds.
      code: `import express from 'express';
express().get('/', (req, res) => res.status(404).end());`,
      options: [{ constants: { module: '@app/http status', object: 'Status', names: { 404: 'NOT_FOUND' } } }],
      output: `import express from 'express';
import { Status } from '@app/http status';
express().get('/', (req, res) => res.status(Status.NOT_FOUND).end());`,
      errors: [
        {
          messageId: 'preferConstant',
          data: { constant: 'Status.NOT_FOUND', code: 404, phrase: 'Not Found' },
          line: 2, column: 45, endLine: 2, endColumn: 48,
        },
      ],
    },
    {
      code: `const res = await fetch('/x');
if (res.status === 404) {}`,
      options: [{"constants": "http-status-codes", "checkComparisons": true}],
      filename: path.join(import.meta.dirname, 'versions', 'esm-package', 'client.js'),
      output: `import { StatusCodes } from 'http-status-codes';
const res = await fetch('/x');
if (res.status === StatusCodes.NOT_FOUND) {}`,
      errors: [
        {
          messageId: 'preferConstant',
          data: { constant: 'StatusCodes.NOT_FOUND', code: 404, phrase: 'Not Found' },
          line: 2, column: 20, endLine: 2, endColumn: 23,
        },
      ],
    },
  ],
});

tsRuleTester.run('prefer-status-constant (TypeScript)', rule, {
  valid: [
    // A typed parameter that shadows the import where the number is.
    { code: `import type { Response } from 'express';
import { StatusCodes } from 'http-status-codes';
export const make = (StatusCodes: Record<string, number>) => (res: Response) => res.status(404).end();` },
    { code: `import { Controller, Get, HttpCode } from '@nestjs/common';
@Controller()
export class C {
  @Get() @HttpCode(426) a() {}
}`, options: [{"constants": "@nestjs/common"}] },
  ],
  invalid: [
    {
      // TypeScript's CommonJS import is reused like a require.
      code: `import express from 'express';
import hsc = require('http-status-codes');
express().get('/', (req: express.Request, res: express.Response) => res.status(404).end());`,
      options: [{ constants: 'http-status-codes' }],
      output: `import express from 'express';
import hsc = require('http-status-codes');
express().get('/', (req: express.Request, res: express.Response) => res.status(hsc.StatusCodes.NOT_FOUND).end());`,
      errors: [
        {
          messageId: 'preferConstant',
          data: { constant: 'hsc.StatusCodes.NOT_FOUND', code: 404, phrase: 'Not Found' },
          line: 3, column: 80, endLine: 3, endColumn: 83,
        },
      ],
    },
    {
      // A type-only import binds no value: the constants come in an import of their own beside it.
      code: `import express from 'express';
import type { ReasonPhrases } from 'http-status-codes';
express().get('/', (req, res) => res.status(404).end());`,
      options: [{ constants: 'http-status-codes' }],
      output: `import express from 'express';
import type { ReasonPhrases } from 'http-status-codes';
import { StatusCodes } from 'http-status-codes';
express().get('/', (req, res) => res.status(StatusCodes.NOT_FOUND).end());`,
      errors: [
        {
          messageId: 'preferConstant',
          data: { constant: 'StatusCodes.NOT_FOUND', code: 404, phrase: 'Not Found' },
          line: 3, column: 45, endLine: 3, endColumn: 48,
        },
      ],
    },
    {
      code: `import { Controller, Get, HttpCode, HttpException } from '@nestjs/common';
@Controller()
export class C {
  @Get() @HttpCode(204) a() {}
  @Get('b') b() { throw new HttpException('no', 421); }
}`,
      options: [{"constants": "@nestjs/common"}],
      // Both fixes add the import, so ESLint applies them in two passes.
      output: [
        `import { Controller, Get, HttpCode, HttpException, HttpStatus } from '@nestjs/common';
@Controller()
export class C {
  @Get() @HttpCode(HttpStatus.NO_CONTENT) a() {}
  @Get('b') b() { throw new HttpException('no', 421); }
}`,
        `import { Controller, Get, HttpCode, HttpException, HttpStatus } from '@nestjs/common';
@Controller()
export class C {
  @Get() @HttpCode(HttpStatus.NO_CONTENT) a() {}
  @Get('b') b() { throw new HttpException('no', HttpStatus.MISDIRECTED); }
}`,
      ],
      errors: [
        {
          messageId: 'preferConstant',
          data: { constant: 'HttpStatus.NO_CONTENT', code: 204, phrase: 'No Content' },
          line: 4, column: 20, endLine: 4, endColumn: 23,
        },
        {
          messageId: 'preferConstant',
          data: { constant: 'HttpStatus.MISDIRECTED', code: 421, phrase: 'Misdirected Request' },
          line: 5, column: 49, endLine: 5, endColumn: 52,
        },
      ],
    },
    {
      code: `import { Hono } from 'hono';
const app = new Hono();
app.get('/', (c) => c.json({}, 404));`,
      errors: [
        {
          messageId: 'preferConstant',
          data: { constant: 'constants.HTTP_STATUS_NOT_FOUND', code: 404, phrase: 'Not Found' },
          line: 3, column: 32, endLine: 3, endColumn: 35,
          suggestions: [
            { messageId: 'useConstant', data: { constant: 'constants.HTTP_STATUS_NOT_FOUND', module: 'node:http2' }, output: `import { Hono } from 'hono';
import { constants } from 'node:http2';
const app = new Hono();
app.get('/', (c) => c.json({}, constants.HTTP_STATUS_NOT_FOUND));` },
          ],
        },
      ],
    },
  ],
});

describe('prefer-status-constant fixes over several passes', () => {
  const linter = new Linter({ configType: 'flat' });
  const config = [
    {
      plugins: { 'http-status': { rules: { 'prefer-status-constant': rule } } },
      rules: { 'http-status/prefer-status-constant': ['error', { constants: 'http-status-codes' }] },
    },
  ] as unknown as Linter.Config[];

  it('adds one import for many literals, and a second run changes nothing', () => {
    const code = `import express from 'express';
const app = express();
app.get('/a', (req, res) => res.status(404).end());
app.get('/b', (req, res) => res.status(201).json({}));
app.get('/c', (req, res) => res.sendStatus(204));
`;
    const first = linter.verifyAndFix(code, config, 'src/app.js');
    expect(first.output).toBe(`import express from 'express';
import { StatusCodes } from 'http-status-codes';
const app = express();
app.get('/a', (req, res) => res.status(StatusCodes.NOT_FOUND).end());
app.get('/b', (req, res) => res.status(StatusCodes.CREATED).json({}));
app.get('/c', (req, res) => res.sendStatus(StatusCodes.NO_CONTENT));
`);
    expect(first.messages).toEqual([]);
    const second = linter.verifyAndFix(first.output, config, 'src/app.js');
    expect(second.fixed).toBe(false);
  });
});

describe('prefer-status-constant in a file parsed as a script (as oxlint parses files without import or export)', () => {
  const linter = new Linter({ configType: 'flat' });
  const config = [
    {
      plugins: { 'http-status': { rules: { 'prefer-status-constant': rule } } },
      languageOptions: { sourceType: 'script' },
      rules: { 'http-status/prefer-status-constant': ['error', { constants: 'http-status-codes' }] },
    },
  ] as unknown as Linter.Config[];
  const code = `'use strict';
new Response(null, { status: 404 });
`;
  const fixed = (folder: string) => linter.verify(code, config, path.join(import.meta.dirname, 'versions', folder, 'worker.js'))[0]?.fix;

  it('writes an import where the nearest package.json says "type": "module", after the directive prologue', () => {
    expect(fixed('esm-package')).toEqual({
      range: [13, 46],
      text: "\nimport { StatusCodes } from 'http-status-codes';\nnew Response(null, { status: StatusCodes.NOT_FOUND",
    });
  });

  it("writes a require() where ESLint's sourceType is commonjs (a fact; its default, module, is not)", () => {
    const commonjs = [{ ...config[0], languageOptions: { sourceType: 'commonjs' } }] as unknown as Linter.Config[];
    const file = path.join(import.meta.dirname, 'versions', 'esm-package', 'worker.js');
    expect(linter.verifyAndFix('new Response(null, { status: 404 });\n', commonjs, file).output).toBe(
      "const { StatusCodes } = require('http-status-codes');\nnew Response(null, { status: StatusCodes.NOT_FOUND });\n",
    );
  });

  it('writes a require() where it does not', () => {
    expect(fixed('cjs-package')).toEqual({
      range: [13, 46],
      text: "\nconst { StatusCodes } = require('http-status-codes');\nnew Response(null, { status: StatusCodes.NOT_FOUND",
    });
  });
});

describe('prefer-status-constant options that the fix could not write', () => {
  const linter = new Linter({ configType: 'flat' });
  const configure = (constants: unknown) => () =>
    linter.verify('', [
      {
        plugins: { 'http-status': { rules: { 'prefer-status-constant': rule } } },
        rules: { 'http-status/prefer-status-constant': ['error', { constants }] },
      },
    ] as unknown as Linter.Config[]);

  it.each([
    ['an object name that is not an identifier', { module: './http.js', object: 'my-obj', names: {} }, 'Value "my-obj" should match pattern "^(?!(?:await|break|'],
    ['a reserved word as the object name', { module: './http.js', object: 'class', names: {} }, 'Value "class" should match pattern "^(?!(?:await|break|'],
    ['the default export as the object name', { module: './http.js', object: 'default', names: {} }, 'Value "default" should match pattern'],
    ['a module with a quote', { module: "./it's.js", object: 'Status', names: {} }, `Value "./it's.js" should match pattern`],
    ['a module with a line break', { module: './a\nb.js', object: 'Status', names: {} }, 'Value "./a\\nb.js" should match pattern'],
    ['a library that is not supported', 'http-statuses', 'Value "http-statuses" should match pattern "^(?:auto|http-status-codes|@nestjs/common|node:http2|http-status)$".'],
  ])('rejects %s, saying what it accepts, in one line', (_, constants, message) => {
    expect(configure(constants)).toThrow(message);
    let thrown = '';
    try {
      configure(constants)();
    } catch (error) {
      thrown = (error as Error).message;
    }
    expect(thrown.split('\n').filter((line) => line.trim().startsWith('Value'))).toHaveLength(1);
  });

  it('accepts a scoped or aliased module and an identifier', () => {
    expect(configure({ module: '@app/http-status', object: '$Status_2', names: { 404: 'NOT_FOUND' } })).not.toThrow();
    expect(configure({ module: '#http', object: 'Status', names: {} })).not.toThrow();
  });
});

const withCodes = `import express from 'express';
import { StatusCodes } from 'http-status-codes';
const app = express();
`;

jsRuleTester.run('prefer-status-constant (values through data)', rule, {
  valid: [
    // A table whose number never reaches a status, one the file writes to, and a named constant.
    `${withCodes}const Limits = { items: 404 };
app.get('/', (req, res) => res.json(Limits.items));`,
    `${withCodes}const Status = { missing: 404 };
Status.missing = 410;
app.get('/', (req, res) => res.status(Status.missing).end());`,
    `${withCodes}const MISSING = 404;
app.get('/', (req, res) => res.status(MISSING).end());`,
  ],
  invalid: [
    {
      // The table's literal is rewritten, once for all its reads; each branch of a choice, and a
      // number passed to a helper, where they are written.
      code: `${withCodes}const Status = { missing: 404 };
function send(res, status) { res.status(status).end(); }
app.get('/', (req, res) => {
  res.status(Status.missing).end();
  res.status(req.ok ? Status.missing : 201).end();
  send(res, 204);
});`,
      output: `${withCodes}const Status = { missing: StatusCodes.NOT_FOUND };
function send(res, status) { res.status(status).end(); }
app.get('/', (req, res) => {
  res.status(Status.missing).end();
  res.status(req.ok ? Status.missing : StatusCodes.CREATED).end();
  send(res, StatusCodes.NO_CONTENT);
});`,
      errors: [
        { messageId: 'preferConstant', data: { constant: 'StatusCodes.NOT_FOUND', code: 404, phrase: 'Not Found' }, line: 4, column: 27, endLine: 4, endColumn: 30 },
        { messageId: 'preferConstant', data: { constant: 'StatusCodes.CREATED', code: 201, phrase: 'Created' }, line: 8, column: 40, endLine: 8, endColumn: 43 },
        { messageId: 'preferConstant', data: { constant: 'StatusCodes.NO_CONTENT', code: 204, phrase: 'No Content' }, line: 9, column: 13, endLine: 9, endColumn: 16 },
      ],
    },
  ],
});

tsRuleTester.run('prefer-status-constant (values through data, TypeScript)', rule, {
  valid: [
    // The literal's type is part of an \`as const\` table's and of an enum's: not rewritten.
    `${withCodes}const Status = { missing: 404 } as const;
enum Code { Gone = 410 }
app.get('/', (req, res) => { res.status(Status.missing).end(); res.status(Code.Gone).end(); });`,
  ],
  invalid: [],
});
