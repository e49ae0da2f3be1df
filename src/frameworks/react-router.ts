import { FETCH_BODY } from './fetch.js';
import type { CallSpec, FrameworkSpec, SinkSpec } from './types.js';

// React Router 7/8 and Remix 2. semantics-fetch.md §6: `data(value, n | init)`,
// `redirect / redirectDocument / replace(url, n | init)`, Remix `json(data, n | init)`. Remix's
// json() is `new Response(JSON.stringify(data), init)` and its redirect() a `new Response(null)`
// with Location; only 301, 302, 303, 307 and 308 are followed as redirects
// (remix-run/remix packages/remix-server-runtime/responses.ts, `isRedirectStatusCode`).

const statusInit = { role: 'status', at: { arg: 1, numberOrProperty: ['status'] } } as const;
const redirectInit: SinkSpec = {
  role: 'redirect',
  at: { arg: 1, numberOrProperty: ['status'] },
  redirect: { url: 0, sends: 'returns a plain response, which the router does not treat as a redirect' },
};

const functions: Record<string, CallSpec> = {
  data: {
    sinks: [statusInit],
    body: {
      arg: 0,
      nullable: true,
      effects: { noContent: 'React Router drops it silently', resetContent: 'React Router drops it silently' },
    },
  },
  json: { returns: 'fetch.response', sinks: [statusInit], body: { arg: 0, nullable: false, effects: FETCH_BODY } },
  redirect: { returns: 'fetch.response', sinks: [redirectInit] },
  redirectDocument: { returns: 'fetch.response', sinks: [redirectInit] },
  replace: { returns: 'fetch.response', sinks: [redirectInit] },
};

const MODULES = [
  'react-router',
  '@remix-run/node',
  '@remix-run/cloudflare',
  '@remix-run/deno',
  '@remix-run/server-runtime',
  '@remix-run/router',
];

export const reactRouter: FrameworkSpec = {
  id: 'react-router',
  name: 'React Router / Remix',
  modules: Object.fromEntries(MODULES.map((name) => [name, 'reactRouter.module'])),
  kinds: { 'reactRouter.module': { methods: functions } },
};
