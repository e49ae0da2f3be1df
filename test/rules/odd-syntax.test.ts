import tsParser from '@typescript-eslint/parser';
import type { TSESLint } from '@typescript-eslint/utils';
import { Linter } from 'eslint';

import { rules } from '../../rules/index.js';
import { createJsRuleTester, createTsRuleTester } from './tester.js';

const jsRuleTester = createJsRuleTester();
const tsRuleTester = createTsRuleTester();

/**
 * Every rule must stay silent, and above all not throw, on unusual but valid code around
 * responses: optional chaining, computed members, casts, JSX, decorators, odd patterns. The
 * response is sent last, so that nothing comes after the send.
 */
const javascript = [
  `import express from 'express'; const app = express();
app.get('/', async (req, res, next) => {
  res[\`status\`](201);
  res[Symbol.iterator];
  const { status, ...rest } = res;
  const [first] = [res];
  res.status(...[404]);
  res.status();
  res.status(cond ? 200 : 404);
  res.statusCode = res.statusCode || 200;
  res.statusCode += 1;
  (0, res.status)(200);
  new res.status(200);
  if (res.statusCode === res.statusCode) {}
  switch (res.statusCode) { default: }
  delete res.statusCode;
  res?.status?.(200)?.json?.({});
});`,
  `app?.get('/', function* (req, res) { yield res.status(200); });`,
  `const el = <Response status={204}>{new Response(null, { status: 204 })}</Response>;`,
  `export default { async fetch(request, env) { return new Response(\`ok\`, { ...init, status: 200 }); } };`,
  `label: for (const res of list) { if (res.status === 200) break label; }`,
  `new Response(null, { [key]: 600, status: 200, 'status': 201 });`,
  `const { status = 200 } = await fetch('/'); if (status === 200) {}`,
  `fetch('/').then(async function ({ status }) { return status === 204; });`,
  `import * as http from 'http'; http.createServer(async ({ url }, { statusCode, ...res }) => {});`,
  `class Response { static json() {} } Response.json({}, { status: 600 });`,
  `var require = () => ({}); const express = require('express'); express().get('/', (q, r) => r.status(600));`,
];

const typescript = [
  `import type { Request, Response } from 'express';
export class Controller {
  constructor(private readonly service: unknown) {}
  async get(req: Request, res: Response): Promise<void> {
    res!.status(201 as const);
    (res as Response).status(200 satisfies number)!.json({});
  }
}`,
  `import { Controller, Get, HttpCode, Param, Res } from '@nestjs/common';
@Controller('cats')
export class CatsController {
  @Get(':id') @HttpCode(200) findOne(@Param('id') id: string, @Res({ passthrough: true }) res: unknown) { return id; }
}`,
  `import { Hono } from 'hono'; const app = new Hono<{ Bindings: Env }>(); app.get<'/'>('/', (c) => c.json<{ ok: boolean }>({ ok: true }, 200));`,
  `enum Status { Ok = 200, Weird = 'x' } new Response(null, { status: Status.Ok });`,
  `declare const res: import('express').Response; res.status(200);`,
  `export const GET = async (): Promise<Response> => Response.json({ a: 1 } as const, { status: 200 } as ResponseInit);`,
];

for (const [name, anyRule] of Object.entries(rules)) {
  const rule = anyRule as unknown as TSESLint.RuleModule<string, unknown[]>;
  if (rule.meta.type === 'problem') {
    jsRuleTester.run(`${name} on odd JavaScript`, rule, { valid: javascript, invalid: [] });
    tsRuleTester.run(`${name} on odd TypeScript`, rule, { valid: typescript, invalid: [] });
  } else {
    // Style rules report valid statuses too: here they only must not throw or break parsing.
    it(`${name} runs on odd code`, () => {
      const linter = new Linter();
      const config = (parser?: unknown) =>
        [
          {
            plugins: { 'http-status': { rules: { [name]: rule } } },
            rules: { [`http-status/${name}`]: 'error' },
            languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } }, ...(parser ? { parser } : {}) },
          },
        ] as unknown as Linter.Config[];
      for (const code of javascript) expect(linter.verify(code, config(), 'file.jsx').filter((m) => m.fatal)).toEqual([]);
      for (const code of typescript) expect(linter.verify(code, config(tsParser), 'file.tsx').filter((m) => m.fatal)).toEqual([]);
    });
  }
}
