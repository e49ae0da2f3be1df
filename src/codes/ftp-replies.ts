import type { FtpReply } from './types.js';

// FTP reply codes. They have the same 1xx–5xx shape as HTTP statuses but belong to another protocol
// (RFC 959); one seed table lists them under the HTTP codes, and seed texts such as "421 too many
// connections" come from FTP servers. Only the replies the seeds mention are kept, worded as in the
// numeric list of RFC 959 §4.2.2, shortened. 631–633 are the protected replies (the 6yz class) that
// RFC 2228 adds; the seed's "600 Series" heading is that class, not a reply.

const RFC_959 = 'RFC 959 §4.2.2';
const RFC_2228 = 'RFC 2228 (FTP Security Extensions, 6yz protected replies)';

export const ftpReplies: readonly FtpReply[] = [
  { code: 110, meaning: 'Restart marker reply', reference: RFC_959 },
  { code: 120, meaning: 'Service ready in nnn minutes', reference: RFC_959 },
  { code: 125, meaning: 'Data connection already open; transfer starting', reference: RFC_959 },
  { code: 150, meaning: 'File status okay; about to open data connection', reference: RFC_959 },
  { code: 200, meaning: 'Command okay', reference: RFC_959 },
  { code: 202, meaning: 'Command not implemented, superfluous at this site', reference: RFC_959 },
  { code: 211, meaning: 'System status, or system help reply', reference: RFC_959 },
  { code: 212, meaning: 'Directory status', reference: RFC_959 },
  { code: 213, meaning: 'File status', reference: RFC_959 },
  { code: 214, meaning: 'Help message', reference: RFC_959 },
  { code: 215, meaning: 'NAME system type', reference: RFC_959 },
  { code: 220, meaning: 'Service ready for new user', reference: RFC_959 },
  { code: 221, meaning: 'Service closing control connection', reference: RFC_959 },
  { code: 225, meaning: 'Data connection open; no transfer in progress', reference: RFC_959 },
  { code: 226, meaning: 'Closing data connection; requested file action successful', reference: RFC_959 },
  { code: 227, meaning: 'Entering Passive Mode', reference: RFC_959 },
  { code: 230, meaning: 'User logged in, proceed', reference: RFC_959 },
  { code: 250, meaning: 'Requested file action okay, completed', reference: RFC_959 },
  { code: 257, meaning: '"PATHNAME" created', reference: RFC_959 },
  { code: 331, meaning: 'User name okay, need password', reference: RFC_959 },
  { code: 332, meaning: 'Need account for login', reference: RFC_959 },
  { code: 350, meaning: 'Requested file action pending further information', reference: RFC_959 },
  { code: 421, meaning: 'Service not available, closing control connection', reference: RFC_959 },
  { code: 425, meaning: "Can't open data connection", reference: RFC_959 },
  { code: 426, meaning: 'Connection closed; transfer aborted', reference: RFC_959 },
  { code: 450, meaning: 'Requested file action not taken; file unavailable', reference: RFC_959 },
  { code: 451, meaning: 'Requested action aborted: local error in processing', reference: RFC_959 },
  { code: 452, meaning: 'Requested action not taken; insufficient storage space', reference: RFC_959 },
  { code: 500, meaning: 'Syntax error, command unrecognized', reference: RFC_959 },
  { code: 501, meaning: 'Syntax error in parameters or arguments', reference: RFC_959 },
  { code: 502, meaning: 'Command not implemented', reference: RFC_959 },
  { code: 503, meaning: 'Bad sequence of commands', reference: RFC_959 },
  { code: 504, meaning: 'Command not implemented for that parameter', reference: RFC_959 },
  { code: 530, meaning: 'Not logged in', reference: RFC_959 },
  { code: 532, meaning: 'Need account for storing files', reference: RFC_959 },
  { code: 550, meaning: 'Requested action not taken; file unavailable', reference: RFC_959 },
  { code: 551, meaning: 'Requested action aborted: page type unknown', reference: RFC_959 },
  { code: 552, meaning: 'Requested file action aborted; exceeded storage allocation', reference: RFC_959 },
  { code: 553, meaning: 'Requested action not taken; file name not allowed', reference: RFC_959 },
  { code: 631, meaning: 'Integrity protected reply', reference: RFC_2228 },
  { code: 632, meaning: 'Confidentiality and integrity protected reply', reference: RFC_2228 },
  { code: 633, meaning: 'Confidentiality protected reply', reference: RFC_2228 },
];
