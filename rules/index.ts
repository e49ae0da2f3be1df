import noBodyWithEmptyStatus from './no-body-with-empty-status.js';
import noNonstandardStatus from './no-nonstandard-status.js';
import noStatusAfterSend from './no-status-after-send.js';
import noUnknownStatus from './no-unknown-status.js';
import preferStatusConstant from './prefer-status-constant.js';
import requireStatusHeaders from './require-status-headers.js';
import validRedirectStatus from './valid-redirect-status.js';
import validWebsocketCloseCode from './valid-websocket-close-code.js';

// The plugin's rules, by name. test/meta/plugin.test.ts checks that this list matches the files
// in this folder and the pages in docs/rules/.
export const rules = {
  'no-body-with-empty-status': noBodyWithEmptyStatus,
  'no-nonstandard-status': noNonstandardStatus,
  'no-status-after-send': noStatusAfterSend,
  'no-unknown-status': noUnknownStatus,
  'prefer-status-constant': preferStatusConstant,
  'require-status-headers': requireStatusHeaders,
  'valid-redirect-status': validRedirectStatus,
  'valid-websocket-close-code': validWebsocketCloseCode,
};
