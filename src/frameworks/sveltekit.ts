import { FETCH_BODY } from './fetch.js';
import type { CallSpec, FrameworkSpec } from './types.js';

const responseHelper: CallSpec = {
  returns: 'fetch.response',
  sinks: [{ role: 'status', at: { arg: 1, property: ['status'] } }],
  headers: [{ init: 1 }],
};

// SvelteKit 2/3. semantics-fetch.md §5: `error(n, body)` (400–599), `redirect(n, location)`
// (300–308), `json/text(data, { status })`, `fail(n, data)`. `fail()` throws nothing and checks
// nothing: it returns an ActionFailure, whose status SvelteKit gives the page it renders for the
// form post, or puts in the JSON result of an enhanced one (kit src/exports/index.js `fail`,
// src/runtime/server/page/index.js `render_page`, actions.js).

export const sveltekit: FrameworkSpec = {
  id: 'sveltekit',
  name: 'SvelteKit',
  behaviour: {
    outOfRange: 'SvelteKit throws an Error in error() and redirect(); json() and text() throw a RangeError',
  },
  modules: { '@sveltejs/kit': 'sveltekit.module' },
  kinds: {
    'sveltekit.module': {
      methods: {
        error: { sinks: [{ role: 'error', at: { arg: 0 } }] },
        redirect: {
          sinks: [
            {
              role: 'redirect',
              at: { arg: 0 },
              redirect: { url: 1, accepts: [[300, 308]], rejects: 'throws an Error ("Invalid status code")', sends: 'sends it with a Location header' },
            },
          ],
        },
        json: { ...responseHelper, body: { arg: 0, nullable: false, effects: FETCH_BODY } },
        text: { ...responseHelper, body: { arg: 0, nullable: false, effects: FETCH_BODY } },
        fail: {
          sinks: [
            {
              role: 'error',
              at: { arg: 0 },
              behaviour: {
                outOfRange:
                  "SvelteKit's fail() does not check it: it returns an ActionFailure, and the page that answers the form post is rendered with that status, which the Response constructor rejects with a RangeError (the client gets a 500)",
              },
            },
          ],
        },
      },
    },
  },
};
