import type { FrameworkSpec, RedirectSpec } from './types.js';

// Astro 5. Endpoints are the `GET`, `POST`, … (and `ALL`) exports of `.js`/`.ts` files under
// `src/pages/`, called with the APIContext: `export async function GET({ request, redirect })`,
// `export const GET: APIRoute = async (context) => …`. `context.redirect(path, status = 302)` and
// the page global's `Astro.redirect(path, status)` are both `new Response(null, { status,
// headers: { Location: path } })`: no check at run time, where the type (`ValidRedirectStatus`,
// 300–308 without 305 and 306) is the only guard (withastro/astro
// packages/astro/src/core/render-context.ts, `createAPIContext`, `createAstroPagePartial`). A
// page sets its own status with `Astro.response.status = n`, given to the Response it is sent in.

const redirect: RedirectSpec = { url: 0, sends: 'sends it with a Location header' };

const ENDPOINT_EXPORTS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD', 'ALL'];

export const astro: FrameworkSpec = {
  id: 'astro',
  name: 'Astro',
  behaviour: {
    outOfRange: 'Astro gives it to the Response constructor, which throws a RangeError (the client gets a 500)',
  },
  types: { astro: { APIContext: 'astro.context', AstroGlobal: 'astro.global' } },
  globals: {
    // The page global of `.astro` components' frontmatter.
    Astro: { kind: 'astro.global', path: /\.astro$/ },
  },
  files: [
    {
      path: /(?:^|\/)src\/pages\/(?:.+\/)?[^/]+\.[cm]?[jt]s$/,
      exports: ENDPOINT_EXPORTS,
      params: ['astro.context'],
    },
  ],
  kinds: {
    'astro.context': {
      methods: {
        redirect: { returns: 'fetch.response', sinks: [{ role: 'redirect', at: { arg: 1 }, redirect }], headers: [{ fixed: 'Location' }] },
      },
    },
    'astro.global': {
      extends: ['astro.context'],
      members: { response: 'astro.pageResponse' },
    },
    'astro.pageResponse': {
      statusProperties: ['status'],
      members: { headers: 'fetch.headers' },
    },
  },
};
