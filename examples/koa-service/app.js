// An orders service on Koa with @koa/router. Lines marked ❌ are deliberate mistakes (see ../README.md).
import Koa from 'koa';
import Router from '@koa/router';

const app = new Koa();
const router = new Router();

router.post('/orders/:id/retry', async (ctx) => {
  if (!ctx.request.body.token) {
    ctx.status = 449; // ❌ no-nonstandard-status: Microsoft's "Retry With"
    return;
  }
  ctx.status = 428; // ✅ Precondition Required
});

router.get('/orders/:id', async (ctx) => {
  const order = await ctx.state.orders.find(ctx.params.id);
  if (!order) {
    ctx.status = 600; // ❌ no-unknown-status: outside 100–599
    return;
  }
  ctx.body = order; // ✅ Koa sends 200
});

router.get('/orders/:id/receipt', async (ctx) => {
  ctx.status = 304;
  ctx.body = 'unchanged'; // ❌ no-body-with-empty-status: Koa drops the body of a 304
});

router.post('/orders/:id/cancel', async (ctx) => {
  await ctx.state.orders.cancel(ctx.params.id);
  ctx.body = { cancelled: true }; // ❌ no-body-with-empty-status: the 204 below makes Koa drop it
  ctx.status = 204;
});

router.del('/orders/:id', async (ctx) => {
  ctx.throw(405, 'orders cannot be deleted'); // ❌ require-status-headers: a 405 needs an Allow header
});

router.patch('/orders/:id', async (ctx) => {
  ctx.set('Allow', 'GET, POST');
  ctx.status = 405; // ✅ the Allow header is set on the same response
});

app.use(router.routes());
app.use(router.allowedMethods());

export default app;
