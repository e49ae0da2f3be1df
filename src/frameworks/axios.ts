import { HTTP_METHODS, methodsOf } from './shared.js';
import { STATUS_VALUE, type FrameworkSpec } from './types.js';

// axios 1. semantics-fetch.md §9.2: a response's `status` is read by client code.

export const axios: FrameworkSpec = {
  id: 'axios',
  name: 'axios',
  modules: { axios: 'axios.module' },
  kinds: {
    'axios.module': {
      extends: ['axios.instance'],
      members: { default: 'axios.module' },
      methods: { create: { returns: 'axios.instance' } },
    },
    'axios.instance': {
      call: { returns: 'axios.promise' },
      methods: methodsOf([...HTTP_METHODS, 'request'], { returns: 'axios.promise' }),
    },
    'axios.promise': {
      awaits: 'axios.response',
      methods: { then: { handlers: [{ at: { arg: 0 }, params: ['axios.response'] }] } },
    },
    'axios.response': { members: { status: STATUS_VALUE } },
  },
};
