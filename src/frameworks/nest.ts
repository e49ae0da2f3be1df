import type { FrameworkSpec } from './types.js';

// NestJS 11/12. semantics-node.md §8: `@HttpCode(n)`, `@Redirect(url, n)`,
// `new HttpException(body, n)` (body first, status second). `HttpStatus.X` values are resolved
// through the constants metadata (src/codes/constants.ts).

export const nest: FrameworkSpec = {
  id: 'nest',
  name: 'NestJS',
  modules: { '@nestjs/common': 'nest.common' },
  kinds: {
    'nest.common': {
      members: { HttpException: 'nest.httpException' },
      methods: {
        HttpCode: { sinks: [{ role: 'status', at: { arg: 0 } }] },
        Redirect: { sinks: [{ role: 'redirect', at: { arg: 1 }, redirect: { url: 0, sends: 'sends it with a Location header' } }] },
      },
    },
    'nest.httpException': { construct: { sinks: [{ role: 'error', at: { arg: 1 } }] } },
  },
};
