// A chat server on the `ws` package. Lines marked ❌ are deliberate mistakes (see ../README.md).
import { WebSocketServer } from 'ws';

const wss = new WebSocketServer({ port: 8080 });

wss.on('connection', (ws) => {
  ws.on('message', (data) => {
    if (data.length > 64 * 1024) {
      ws.close(1009, 'message too big'); // ✅ ws may send 1009
      return;
    }
    for (const client of wss.clients) client.send(data);
  });

  ws.on('error', () => {
    ws.close(1005); // ❌ valid-websocket-close-code: 1005 may only be reported, ws throws a TypeError
  });

  ws.on('close', (code) => {
    if (code === 1006) console.warn('connection dropped'); // ✅ reading a code is fine
  });
});
