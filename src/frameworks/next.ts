import { FETCH_REDIRECT } from './fetch.js';
import { NODE_STATUS_AFTER_SENT, nodeHeadersSent } from './node-http.js';
import { statusMethods } from './shared.js';
import type { CallSpec, FrameworkSpec } from './types.js';

// Next.js 15/16. semantics-fetch.md §2: `NextResponse` extends `Response`;
// `NextResponse.redirect(url, status | init)`, `next({ status })`, `rewrite(url, { status })`.
// Pages Router API routes get a node response with Express-like helpers.

/**
 * A Pages API response's helpers once the head went out (packages/next/src/server/api-utils/node/
 * api-resolver.ts): `json()` and `send(body)` set Content-Type or Content-Length with
 * `res.setHeader()`, and `redirect()` calls `res.writeHead()`, which throw; `send()` without a body
 * only calls `res.end()`; `status()` assigns `res.statusCode`.
 */
const apiSend: CallSpec = {
  body: {
    arg: 0,
    nullable: false,
    effects: { noContent: 'Next.js drops it (with a warning in development)', resetContent: 'Next.js sends it anyway' },
  },
  sendsHead: true,
  ends: true,
  afterSent: { head: 'Next.js throws ERR_HTTP_HEADERS_SENT ("Cannot set headers after they are sent to the client")' },
};

export const next: FrameworkSpec = {
  id: 'next',
  name: 'Next.js',
  behaviour: {
    outOfRange: 'NextResponse throws a RangeError; a Pages API response is sent by Node, which sends 600–999 as "unknown"',
    numericString: 'NextResponse.redirect() silently falls back to 307; NextResponse converts other strings',
  },
  modules: { 'next/server': 'next.server', 'next/server.js': 'next.server', 'next/navigation': 'next.navigation' },
  types: { next: { NextApiResponse: 'next.apiResponse' } },
  files: [
    {
      // Pages Router API routes: `pages/api/**` (also under `src/`).
      path: /(?:^|\/)pages\/api\//,
      exports: ['default'],
      params: [null, 'next.apiResponse'],
    },
  ],
  kinds: {
    'next.server': { members: { NextResponse: 'next.responseClass' } },
    // Thrown by these helpers; Next sets no header for them (semantics-fetch.md §2.1).
    'next.navigation': {
      methods: statusMethods({ unauthorized: 401, forbidden: 403, notFound: 404 }, 'error'),
    },
    'next.responseClass': {
      extends: ['fetch.responseClass'],
      methods: {
        redirect: {
          returns: 'fetch.response',
          sinks: [
            {
              role: 'redirect',
              at: { arg: 1, numberOrProperty: ['status'] },
              redirect: { ...FETCH_REDIRECT, rejects: 'throws a RangeError ("Invalid status code")' },
            },
          ],
        },
        next: { returns: 'fetch.response', sinks: [{ role: 'status', at: { arg: 0, property: ['status'] } }] },
        rewrite: { returns: 'fetch.response', sinks: [{ role: 'status', at: { arg: 1, property: ['status'] } }] },
      },
    },
    'next.apiResponse': {
      extends: ['node.serverResponse'],
      methods: {
        status: { returns: 'self', sinks: [{ role: 'status', at: { arg: 0 } }], afterSent: { head: NODE_STATUS_AFTER_SENT } },
        redirect: {
          // `res.redirect(url)` writes a 307 head whatever status was set before (next.js
          // packages/next/src/server/api-utils/index.ts `redirect`: `statusOrUrl = 307`, `res.writeHead`).
          ownStatus: { status: 307, maxArgs: 1, statusArg: 0 },
          sendsHead: true,
          ends: true,
          afterSent: { head: 'Next.js throws ERR_HTTP_HEADERS_SENT ("Cannot write headers after they are sent to the client")' },
          sinks: [{ role: 'redirect', at: { arg: 0 }, minArgs: 2, redirect: { url: 1, sends: 'sends it with a Location header' } }],
        },
        setHeader: { returns: 'self', headers: [{ name: 0 }], afterSent: nodeHeadersSent('set') },
        json: apiSend,
        send: { ...apiSend, afterSentBare: { end: 'Next.js ignores it' } },
      },
    },
  },
};
