// A Cloudflare Worker on Hono. Lines marked ❌ are deliberate mistakes (see ../README.md).
import type { KVNamespace } from '@cloudflare/workers-types';
import { Hono } from 'hono';

type Bindings = { KV: KVNamespace };

const app = new Hono<{ Bindings: Bindings }>();

app.get('/cache/:key', async (c) => {
  const value = await c.env.KV.get(c.req.param('key'));
  if (value === null) {
    // @ts-expect-error Hono's types take only the statuses it knows, and 520 is not one of them
    return c.json({ error: 'origin unreachable' }, 520); // ❌ no-nonstandard-status: Cloudflare's 520 is for Cloudflare itself
  }
  return c.text(value, 200); // ✅
});

app.put('/cache/:key', async (c) => {
  await c.env.KV.put(c.req.param('key'), await c.req.text());
  // @ts-expect-error Hono's types reject a body with a 204 as well
  return c.json({ stored: true }, 204); // ❌ no-body-with-empty-status: Hono answers 500 (the Response constructor throws)
});

app.delete('/cache/:key', async (c) => {
  await c.env.KV.delete(c.req.param('key'));
  return c.body(null, 204); // ✅
});

app.get('/login', (c) => c.json({ error: 'sign in first' }, 401)); // ❌ require-status-headers: no WWW-Authenticate

app.get('/home', () => Response.redirect('https://example.com/', 200)); // ❌ valid-redirect-status: Response.redirect throws a RangeError

app.get('/start', () => Response.redirect('https://example.com/', 303)); // ✅

app.get('/status', () => new Response('odd', { status: 299 })); // ❌ no-unknown-status: 299 is in no registry

export default app;
