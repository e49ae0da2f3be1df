import { adonis } from './adonis.js';
import { astro } from './astro.js';
import { axios } from './axios.js';
import { elysia } from './elysia.js';
import { express } from './express.js';
import { fastify } from './fastify.js';
import { fetchApi } from './fetch.js';
import { h3 } from './h3.js';
import { hapi } from './hapi.js';
import { hono } from './hono.js';
import { httpErrors } from './http-errors.js';
import { koa } from './koa.js';
import { nest } from './nest.js';
import { next } from './next.js';
import { nodeHttp } from './node-http.js';
import { reactRouter } from './react-router.js';
import { supertest } from './supertest.js';
import { sveltekit } from './sveltekit.js';
import type { FrameworkSpec } from './types.js';
import { webSocket } from './websocket.js';

/** Every framework the analysis knows. Adding one is adding an entry here. */
export const frameworks: readonly FrameworkSpec[] = [
  nodeHttp,
  express,
  koa,
  fastify,
  hapi,
  nest,
  httpErrors,
  fetchApi,
  next,
  hono,
  h3,
  sveltekit,
  reactRouter,
  elysia,
  adonis,
  astro,
  supertest,
  axios,
  webSocket,
];

export type * from './types.js';
export { STATUS_VALUE } from './types.js';
