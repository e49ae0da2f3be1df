// A download server on Fastify 5, in TypeScript. Lines marked ❌ are deliberate mistakes (see ../README.md).
import Fastify from 'fastify';

const TOKEN_REQUIRED = 499 as const;

const fastify = Fastify({ logger: true });

fastify.get<{ Params: { file: string } }>('/files/:file', async (request, reply) => {
  if (!request.headers['x-token']) {
    return reply.code(TOKEN_REQUIRED).send({ error: 'token required' }); // ❌ no-nonstandard-status: nginx/Esri's 499
  }
  if (!request.headers.authorization) {
    return reply.code(401).header('WWW-Authenticate', 'Bearer').send(); // ✅
  }
  return reply.code(200).send({ file: request.params.file }); // ✅
});

fastify.head('/files/:file', async (request, reply) => {
  return reply.code(205).send('reset'); // ❌ no-body-with-empty-status: Fastify sends a 205's body anyway
});

fastify.get('/teapot', async (request, reply) => {
  return reply.code(418).send("I'm a teapot"); // ❌ no-nonstandard-status: 418 is reserved as "(Unused)"
});

fastify.get('/files', async (request, reply) => {
  return reply.redirect('/files/', 200); // ❌ valid-redirect-status: a 200 redirects nobody
});

fastify.get('/downloads', async (request, reply) => {
  return reply.redirect('/files/', 308); // ✅
});

await fastify.listen({ port: 3000 });
