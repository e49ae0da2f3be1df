import type { CloseCode, CloseCodeRange, WebSocketApi, WebSocketApiId } from './types.js';

// The IANA WebSocket Close Code Number Registry and RFC 6455 §7.4 (registries.md §5). The IANA page
// itself could not be read: 1000–1011 and 1015 are checked against RFC 6455 §7.4.1; 1012–1014 rest
// on MDN's CloseEvent.code page (which links the HyBi mailing-list registrations); the 3xxx
// registrations rest on secondary sources only (the Luka967/websocket-close-codes README and code
// comments), so their `source` says so.
//
// `sendable` follows RFC 6455 §7.4.1: 1005, 1006 and 1015 "MUST NOT be set as a status code in a
// Close control frame by an endpoint"; 1004 is reserved without a meaning. `informalName` is the
// CLOSE_* constant of the old Mozilla list, where it had one; no API exports those names.

const IANA = 'IANA WebSocket Close Code Number Registry';
const HYBI = `${IANA}, via MDN CloseEvent.code (registered on the HyBi list after RFC 6455)`;
const SECONDARY = `${IANA}, via the Luka967/websocket-close-codes README and code comments (secondary only)`;

export const closeCodes: readonly CloseCode[] = [
  { code: 1000, name: 'Normal Closure', reference: 'RFC 6455 §7.4.1', source: IANA, sendable: true, informalName: 'CLOSE_NORMAL' },
  {
    code: 1001,
    name: 'Going Away',
    reference: 'RFC 6455 §7.4.1',
    source: IANA,
    sendable: true,
    informalName: 'CLOSE_GOING_AWAY',
    note: 'A server going down or a browser leaving the page. Browsers\' close() does not accept it.',
  },
  { code: 1002, name: 'Protocol error', reference: 'RFC 6455 §7.4.1', source: IANA, sendable: true, informalName: 'CLOSE_PROTOCOL_ERROR' },
  { code: 1003, name: 'Unsupported Data', reference: 'RFC 6455 §7.4.1', source: IANA, sendable: true, informalName: 'CLOSE_UNSUPPORTED' },
  {
    code: 1004,
    name: 'Reserved',
    reference: 'RFC 6455 §7.4.1',
    source: IANA,
    sendable: false,
    note: '"Reserved. The specific meaning might be defined in the future." No MUST NOT, but no meaning either; ws, undici, Bun and Cloudflare reject it.',
  },
  {
    code: 1005,
    name: 'No Status Rcvd',
    reference: 'RFC 6455 §7.4.1',
    source: IANA,
    sendable: false,
    informalName: 'CLOSE_NO_STATUS',
    note: 'MUST NOT be set in a Close frame: it is what an endpoint reports when a Close frame had no code (§7.1.5).',
  },
  {
    code: 1006,
    name: 'Abnormal Closure',
    reference: 'RFC 6455 §7.4.1',
    source: IANA,
    sendable: false,
    informalName: 'CLOSE_ABNORMAL',
    note: 'MUST NOT be set in a Close frame: it is what an endpoint reports when the connection closed without one (§7.1.5).',
  },
  {
    code: 1007,
    name: 'Invalid frame payload data',
    reference: 'RFC 6455 §7.4.1',
    source: IANA,
    sendable: true,
    note: 'Data inconsistent with the message type, such as non-UTF-8 data in a text message.',
  },
  { code: 1008, name: 'Policy Violation', reference: 'RFC 6455 §7.4.1', source: IANA, sendable: true },
  { code: 1009, name: 'Message Too Big', reference: 'RFC 6455 §7.4.1', source: IANA, sendable: true, informalName: 'CLOSE_TOO_LARGE' },
  {
    code: 1010,
    name: 'Mandatory Ext.',
    reference: 'RFC 6455 §7.4.1',
    source: IANA,
    sendable: true,
    note: 'Sent by a client only: a server that lacks an extension fails the handshake instead.',
  },
  {
    code: 1011,
    name: 'Internal Error',
    reference: 'RFC 6455 §7.4.1',
    source: IANA,
    sendable: true,
    note: 'The sender met an unexpected condition; RFC 6455 words it for the server.',
  },
  { code: 1012, name: 'Service Restart', reference: 'IANA registration (HyBi list)', source: HYBI, sendable: true },
  { code: 1013, name: 'Try Again Later', reference: 'IANA registration (HyBi list)', source: HYBI, sendable: true },
  { code: 1014, name: 'Bad Gateway', reference: 'IANA registration (HyBi list)', source: HYBI, sendable: true },
  {
    code: 1015,
    name: 'TLS handshake',
    reference: 'RFC 6455 §7.4.1',
    source: IANA,
    sendable: false,
    note: 'MUST NOT be set in a Close frame: it reports a failed TLS handshake. WebSocket-Node\'s close() accepts it anyway (a bug).',
  },
  { code: 3000, name: 'Unauthorized', reference: 'IANA registration', source: SECONDARY, sendable: true },
  { code: 3003, name: 'Forbidden', reference: 'IANA registration', source: SECONDARY, sendable: true },
  { code: 3008, name: 'Timeout', reference: 'IANA registration', source: SECONDARY, sendable: true },
];

export const closeCodeRanges: readonly CloseCodeRange[] = [
  { from: 0, to: 999, use: 'not used', sendable: false, reference: 'RFC 6455 §7.4.2' },
  {
    from: 1000,
    to: 2999,
    use: 'this protocol and its extensions (IANA Standards Action); unassigned codes must not be sent',
    sendable: 'per-code',
    reference: 'RFC 6455 §7.4.2, §11.7',
  },
  {
    from: 3000,
    to: 3999,
    use: 'libraries, frameworks and applications, registered with IANA first come first served',
    sendable: true,
    reference: 'RFC 6455 §7.4.2, §11.7',
  },
  { from: 4000, to: 4999, use: 'private use, cannot be registered', sendable: true, reference: 'RFC 6455 §7.4.2' },
  { from: 5000, to: 65535, use: 'outside every range RFC 6455 defines', sendable: false, reference: 'RFC 6455 §7.4.2' },
];

const APPLICATION = [3000, 4999] as const;

/** What each `close(code, reason)` accepts (registries.md §5.4, read from source or run). */
export const webSocketApis: Readonly<Record<WebSocketApiId, WebSocketApi>> = {
  whatwg: {
    id: 'whatwg',
    name: 'the WHATWG WebSocket (browsers, undici, Deno and Node clients)',
    accepts: [[1000, 1000], APPLICATION],
    onBadCode: 'throws an InvalidAccessError DOMException',
    reasonLimitBytes: 123,
    onLongReason: 'throws a SyntaxError DOMException',
    source: 'WHATWG WebSockets Standard, close() steps; undici 7.30.2 lib/web/websocket',
  },
  ws: {
    id: 'ws',
    name: 'ws',
    accepts: [[1000, 1003], [1007, 1014], APPLICATION],
    onBadCode: 'throws a TypeError ("First argument must be a valid error code number")',
    reasonLimitBytes: 123,
    onLongReason: 'throws a RangeError',
    source: 'ws 8.23.0 lib/validation.js isValidStatusCode; loopback experiment',
  },
  websocket: {
    id: 'websocket',
    name: 'websocket (WebSocket-Node)',
    accepts: [[1000, 1003], [1007, 1015], APPLICATION],
    onBadCode: 'throws an Error ("Close code N is not valid.")',
    reasonLimitBytes: null,
    onLongReason: 'sends it unchecked',
    source: 'websocket 1.0.35 lib/WebSocketConnection.js validateCloseReason (accepting 1015 is a bug)',
  },
  'bun-client': {
    id: 'bun-client',
    name: "Bun's WebSocket client",
    accepts: [[1000, 1003], [1007, 1014], APPLICATION],
    onBadCode: 'throws an InvalidAccessError',
    reasonLimitBytes: 123,
    onLongReason: 'throws a SyntaxError',
    source: 'bun-types 1.4.5 JSDoc (documentation, not run)',
  },
  'bun-server': {
    id: 'bun-server',
    name: "Bun's ServerWebSocket",
    accepts: [[0, 65535]],
    onBadCode: 'sends a Close frame without a code for 0, 1005 and 1006',
    reasonLimitBytes: 123,
    onLongReason: 'truncates it at a character boundary',
    source: 'bun-types 1.4.5 JSDoc (documentation, not run)',
  },
  'deno-server': {
    id: 'deno-server',
    name: 'a Deno.upgradeWebSocket() socket',
    accepts: [[0, 65535]],
    onBadCode: 'sends it unchecked',
    reasonLimitBytes: 123,
    onLongReason: 'throws a SyntaxError',
    source: 'denoland/deno ext/websocket/01_websocket.js close()',
  },
  uws: {
    id: 'uws',
    name: 'uWebSockets.js',
    accepts: [[0, 65535]],
    onBadCode: 'sends it as given (0, 1005 and 1006 become an empty Close payload)',
    reasonLimitBytes: 123,
    onLongReason: 'truncates it silently',
    source: 'uWebSockets src/WebSocket.h end(), src/WebSocketProtocol.h formatClosePayload',
  },
  workerd: {
    id: 'workerd',
    name: 'the Cloudflare Workers WebSocket',
    accepts: [[1000, 1003], [1007, 1014], [1016, 4999]],
    onBadCode: 'throws a TypeError ("Invalid WebSocket close code")',
    reasonLimitBytes: null,
    onLongReason: 'is not checked by the source read here',
    reasonWithoutCode: 'throws a TypeError',
    source: 'cloudflare/workerd src/workerd/api/web-socket.c++ WebSocket::close',
  },
};
