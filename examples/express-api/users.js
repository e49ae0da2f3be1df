// A users API on Express 5. Lines marked ❌ are deliberate mistakes (see ../README.md);
// the ✅ lines next to them show the fix.
import express from 'express';
import { StatusCodes } from 'http-status-codes';

import { db } from './db.js';

const app = express();
const users = express.Router();
app.use(express.json());

users.get('/:id', async (req, res) => {
  const user = await db.users.find(req.params.id);
  if (!user) {
    res.status('404').json({ error: 'no such user' }); // ❌ no-unknown-status: a string; Express 5 throws
    return;
  }
  res.status(StatusCodes.OK).json(user); // ✅
});

users.get('/:id/avatar', async (req, res) => {
  const avatar = await db.avatars.find(req.params.id);
  if (!avatar) {
    res.status(404.1).end(); // ❌ no-unknown-status: an IIS sub-status, not a status
    return;
  }
  res.type('png').send(avatar); // ✅
});

users.post('/', async (req, res) => {
  if (await db.quotaExceeded()) {
    res.status(509).json({ error: 'quota exceeded' }); // ❌ no-nonstandard-status: Apache/cPanel's 509
    return;
  }
  const user = await db.users.create(req.body);
  res.status(201).location(`/users/${user.id}`).json(user); // ✅
});

users.delete('/:id', async (req, res) => {
  await db.users.remove(req.params.id);
  res.status(204).json({ deleted: true }); // ❌ no-body-with-empty-status: Express drops the body of a 204
});

users.put('/:id', async (req, res) => {
  await db.users.update(req.params.id, req.body);
  res.sendStatus(204); // ✅ no body
});

users.patch('/:id', async (req, res) => {
  if (!req.body.name) {
    res.status(StatusCodes.BAD_REQUEST).json({ error: 'name required' }); // no return
  }
  const user = await db.users.update(req.params.id, req.body);
  res.json(user); // ❌ no-status-after-send: the 400 went out, and Express throws ERR_HTTP_HEADERS_SENT
});

app.use('/users', (req, res, next) => {
  if (!req.headers.authorization) {
    res.status(401).json({ error: 'login required' }); // ❌ require-status-headers: no WWW-Authenticate
    return;
  }
  next();
});

app.use('/admin', (req, res, next) => {
  if (!req.headers.authorization) {
    res.status(401).set('WWW-Authenticate', 'Bearer realm="admin"').end(); // ✅
    return;
  }
  next();
});

app.get('/old-users', (req, res) => {
  res.redirect('/users', 301); // ❌ valid-redirect-status: Express 5 takes the status first
});

app.get('/legacy-users', (req, res) => {
  res.redirect(301, '/users'); // ✅
});

app.use('/users', users);

export default app;
