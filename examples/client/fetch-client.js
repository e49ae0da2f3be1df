// Browser code that calls the APIs above. Lines marked ❌ are deliberate mistakes (see ../README.md).

export async function loadUser(id) {
  const res = await fetch(`/users/${id}`);
  if (res.status === 509) { // ✅ a client may have to handle a vendor code that some server sends
    throw new Error('The API is over its bandwidth quota');
  }
  if (res.status === '404') { // ❌ no-unknown-status: a status is a number, so this never holds
    return null;
  }
  if (res.status == '404') { // ✅ loose equality converts the string (a number reads better)
    return null;
  }
  if (res.status === 600) { // ❌ no-unknown-status: no valid response has status 600
    throw new Error('broken server');
  }
  return res.json();
}

export async function ping() {
  const res = await fetch('https://status.example.com/', { mode: 'no-cors' });
  return res.status === 0; // ✅ an opaque response reports status 0
}

export function liveUpdates(onMessage) {
  const socket = new WebSocket('wss://example.com/updates');
  socket.addEventListener('message', (event) => onMessage(JSON.parse(event.data)));
  return {
    stop() {
      socket.close(1006, 'stopped'); // ❌ valid-websocket-close-code: 1006 is reserved; close() throws
    },
    leave() {
      socket.close(1001, 'going away'); // ❌ valid-websocket-close-code: a browser WebSocket accepts only 1000 and 3000–4999
    },
    logout() {
      socket.close(4001, 'logged out'); // ✅ 4000–4999 are for applications
    },
    finish() {
      socket.close(1000); // ✅ normal closure
    },
  };
}

// Not HTTP at all: a job queue whose statuses happen to be numbers.
const job = { status: 600 };
export const isStuck = job.status === 600; // ✅ not reported
