import { HTTP_METHODS, methodsOf } from './shared.js';
import { STATUS_VALUE, type FrameworkSpec } from './types.js';

// supertest 7. semantics-node.md §10: `.expect(n)` (or `.expect([n, m])`) asserts the status.

export const supertest: FrameworkSpec = {
  id: 'supertest',
  name: 'supertest',
  // semantics-node.md §10: `.expect('404')` asserts the body, not the status.
  behaviour: { expectedString: 'supertest reads a string as the expected body, not as a status' },
  modules: { supertest: 'supertest.module' },
  kinds: {
    'supertest.module': {
      call: { returns: 'supertest.agent' },
      methods: { agent: { returns: 'supertest.agent' } },
      members: { default: 'supertest.module' },
    },
    'supertest.agent': { methods: methodsOf([...HTTP_METHODS, 'del'], { returns: 'supertest.test' }) },
    'supertest.test': {
      awaits: 'supertest.response',
      methods: {
        expect: { returns: 'self', sinks: [{ role: 'compare', at: { arg: 0 } }] },
        ...methodsOf(['set', 'send', 'query', 'type', 'accept', 'auth', 'field', 'attach', 'redirects', 'timeout'], { returns: 'self' }),
        then: { handlers: [{ at: { arg: 0 }, params: ['supertest.response'] }] },
      },
    },
    'supertest.response': { members: { status: STATUS_VALUE, statusCode: STATUS_VALUE } },
  },
};
