import type { SeedCorrection } from './types.js';

// What the five seed documents (shared/seeds/*.txt: Chinese-language status tables, one of them
// translated to English) get wrong or state misleadingly, and what the registries and RFCs say
// instead. `code` is written as the seed writes it; `seedClaim` is a short English rendering, with
// the seeds that make the claim (000–004, the file-name prefixes). Research: registries.md §2.
//
// Claims that are only outdated references without a wrong statement (RFC 2518 for 102 and 207,
// RFC 2617 for 407) are not listed; neither are the seeds' descriptions that match the RFCs.

const RFC_6455_RANGES = 'RFC 6455 §7.4.2';

export const seedCorrections: readonly SeedCorrection[] = [
  {
    code: 'RFC 2616',
    seedClaim: 'Status codes are defined by RFC 2616 and extended by RFC 2518, 2817, 2295, 2774 and 4918 (000, 001)',
    correction:
      'RFC 2616 was replaced by RFC 7230–7235 in 2014 and those by RFC 9110 in 2022, which defines the status codes and the ' +
      'IANA registry that lists the rest (RFC 2774 is Historic now).',
    source: 'RFC 9110 §15, §16.2, §18.3',
  },
  {
    code: '101',
    seedClaim: 'Named "Switching Protocol" (001)',
    correction: 'The phrase is "Switching Protocols".',
    source: 'RFC 9110 §15.2.2',
  },
  {
    code: '102',
    seedClaim: 'Listed as a current WebDAV status, "processing will continue" (all five)',
    correction:
      '102 came from RFC 2518. RFC 4918, which replaced RFC 2518, no longer defines it; the registry still lists it, and the ' +
      'metadata treats it as deprecated. Use 103 (Early Hints) or 202 (Accepted) instead.',
    source: 'IANA HTTP Status Code Registry; RFC 2518 §10.1; RFC 4918',
  },
  {
    code: '205',
    seedClaim: 'Described with the text of 101: the server will switch protocols via the Upgrade header (000)',
    correction: '205 Reset Content: the request succeeded and the user agent should reset the document view; a server MUST NOT send content.',
    source: 'RFC 9110 §15.3.6',
  },
  {
    code: '207',
    seedClaim: 'Named "Multi-Statu" (001)',
    correction: 'The phrase is "Multi-Status".',
    source: 'RFC 4918 §11.1',
  },
  {
    code: '300',
    seedClaim: 'Named "Multiple Choice" (001)',
    correction: 'The phrase is "Multiple Choices".',
    source: 'RFC 9110 §15.4.1',
  },
  {
    code: '302',
    seedClaim: '"Move temporarily" (000)',
    correction: 'The registered phrase is "Found"; "Moved Temporarily" (with a d) is the old HTTP/1.0 phrase.',
    source: 'RFC 9110 §15.4.3; RFC 1945',
  },
  {
    code: '303',
    seedClaim: 'A 303 response must not be cached (000, 001, 003)',
    correction:
      'That was RFC 2616\'s rule. Under RFC 9110 and RFC 9111 a 303 may be cached when it carries explicit freshness ' +
      'information; it is only not heuristically cacheable.',
    source: 'RFC 9110 §15.1, §15.4.4; RFC 9111 §3, §4.2.2',
  },
  {
    code: '305',
    seedClaim: 'A usable status: the resource must be reached through the proxy in Location (000, 001, 003, 004)',
    correction: '305 Use Proxy is deprecated for security reasons; configure proxies out of band.',
    source: 'RFC 9110 §15.4.6',
  },
  {
    code: '306',
    seedClaim: '"Switch Proxy" (000, 001), or "temporary redirect" (004)',
    correction: '306 is reserved as "(Unused)": it was used in an earlier draft and means nothing now. Temporary Redirect is 307.',
    source: 'RFC 9110 §15.4.7',
  },
  {
    code: '401',
    seedClaim: '"Access denied" (004); see RFC 2617 (000, 001, 003)',
    correction:
      '401 Unauthorized means the request lacks valid credentials, and the response MUST carry WWW-Authenticate. "Access ' +
      'denied" is IIS\'s wording; RFC 2617 was replaced by RFC 7235 and then by RFC 9110 §11.',
    source: 'RFC 9110 §15.5.2, §11.6.1',
  },
  {
    code: '402',
    seedClaim: 'Named "Unauthorized" (000)',
    correction: '402 is Payment Required (reserved for future use); Unauthorized is 401.',
    source: 'RFC 9110 §15.5.3',
  },
  {
    code: '413',
    seedClaim: 'Named "Request Entity Too Large" (000, 001)',
    correction: 'The current phrase is "Content Too Large" (RFC 7231 called it "Payload Too Large").',
    source: 'RFC 9110 §15.5.14',
  },
  {
    code: '414',
    seedClaim: 'Named "Request-URI Too Long" (000, 001)',
    correction: 'The current phrase is "URI Too Long".',
    source: 'RFC 9110 §15.5.15',
  },
  {
    code: '416',
    seedClaim: 'Named "Requested Range Not Satisfiable" (001)',
    correction: 'The current phrase is "Range Not Satisfiable".',
    source: 'RFC 9110 §15.5.17',
  },
  {
    code: '417',
    seedClaim: '"Execution failed" (004)',
    correction: '417 Expectation Failed: the expectation in the request\'s Expect header cannot be met.',
    source: 'RFC 9110 §15.5.18',
  },
  {
    code: '418',
    seedClaim: 'A real status code, the IETF\'s 1998 April Fools\' joke (004)',
    correction: '418 is reserved as "(Unused)" because the joke was deployed too often for the code to be assigned; it has no meaning to send.',
    source: 'RFC 9110 §15.5.19',
  },
  {
    code: '421',
    seedClaim: '"There are too many connections from your internet address" (000, 001, 003, 004)',
    correction:
      'HTTP 421 is Misdirected Request. The text is the FTP reply 421 as vsftpd words it (RFC 959: "Service not available, ' +
      'closing control connection"); IIS\'s own "too many clients" is the sub-status 403.9.',
    source: 'RFC 9110 §15.5.20; RFC 959 §4.2.2; Microsoft KB 943891',
  },
  {
    code: '422',
    seedClaim: 'Described with 421\'s "too many connections" text (003), and named "Unprocessable Entity" (000, 001)',
    correction:
      '422 Unprocessable Content: the request content is well-formed but cannot be processed. RFC 4918 called it ' +
      '"Unprocessable Entity".',
    source: 'RFC 9110 §15.5.21',
  },
  {
    code: '425',
    seedClaim: '"Unordered Collection" (000, 001, 003, 004), defined in a WebDAV draft "but not in RFC 3658" (000, 001, 003)',
    correction:
      '425 is Too Early. "Unordered Collection" came from an expired WebDAV draft and was never registered; the WebDAV ' +
      'Ordered Collections Protocol is RFC 3648 (RFC 3658 is a DNSSEC document).',
    source: 'RFC 8470 §5.2; IANA HTTP Status Code Registry',
  },
  {
    code: '426',
    seedClaim: 'The client should switch to TLS/1.0 (000, 001, 003, 004)',
    correction:
      '426 Upgrade Required names the protocol the client must switch to in a mandatory Upgrade header; TLS/1.0 was only the ' +
      'example of RFC 2817.',
    source: 'RFC 9110 §15.5.22',
  },
  {
    code: '449',
    seedClaim: '"Retry With" listed among the HTTP 4xx codes (000, 001, 003)',
    correction: '449 is a Microsoft (IIS / Exchange ActiveSync) extension that no registry assigns.',
    source: 'IANA HTTP Status Code Registry (unassigned); http-status 2.1.0 (extra.iis)',
  },
  {
    code: '501',
    seedClaim: 'Header values specify a configuration that is not implemented (004)',
    correction: 'That is IIS\'s description. 501 Not Implemented means the server does not support the functionality the request needs, such as its method.',
    source: 'RFC 9110 §15.6.2',
  },
  {
    code: '503',
    seedClaim: 'Used only by IIS 6.0 (004)',
    correction: '503 Service Unavailable is a standard status for any server that is overloaded or down for maintenance.',
    source: 'RFC 9110 §15.6.4',
  },
  {
    code: '506',
    seedClaim: 'The server is not configured correctly (004); named "Variant Also Negotiate" (001)',
    correction:
      '506 Variant Also Negotiates is specific to transparent content negotiation: the chosen variant is itself configured ' +
      'to negotiate. It is not a general misconfiguration status (RFC 2295 is Experimental).',
    source: 'RFC 2295 §8.1',
  },
  {
    code: '509',
    seedClaim: '"Bandwidth Limit Exceeded" listed among the HTTP 5xx codes, "unofficial but widely used" (000, 001, 003, 004)',
    correction: '509 is used by Apache/cPanel bandwidth modules and is in no registry; send 503 or 429 instead.',
    source: 'IANA HTTP Status Code Registry (unassigned)',
  },
  {
    code: '510',
    seedClaim: '"Not Extended" listed as a current status (all five)',
    correction: 'The registry marks 510 "(OBSOLETED)": RFC 2774, the HTTP Extension Framework, was moved to Historic.',
    source: 'IANA HTTP Status Code Registry',
  },
  {
    code: '600',
    seedClaim: '"Unparseable Response Headers" in a 6xx class (000); a "600 Series" among the codes (004)',
    correction:
      'HTTP has no 6xx class: values outside 100–599 are invalid, so 600 is at most a CDN log value. In seed 004 "600 ' +
      'Series" is the heading of FTP\'s protected replies (631–633), not a code.',
    source: 'RFC 9110 §15; RFC 2228',
  },
  {
    code: '403.x',
    seedClaim: 'IIS sub-statuses 403.1–403.20 and 404.0–404.3 listed as HTTP status codes (004)',
    correction:
      'IIS writes sub-statuses to its log (sc-substatus) and error pages only; the status on the wire is 403 or 404. In ' +
      'JavaScript, 403.10 is the number 403.1.',
    source: 'Microsoft KB 943891',
  },
  {
    code: 'FTP',
    seedClaim: 'FTP reply codes (110–553, 631–633) listed after the HTTP codes (004)',
    correction: 'FTP replies belong to another protocol; numbers such as 331 or 550 mean nothing in HTTP, and 421 or 530 mean something else there.',
    source: 'RFC 959 §4.2.2; RFC 2228',
  },
  {
    code: '1001',
    seedClaim: 'The endpoint is going away, possibly because of a server error (004)',
    correction: '1001 Going Away: the endpoint is leaving, such as a server going down or a browser navigating away; a server error is 1011.',
    source: 'RFC 6455 §7.4.1',
  },
  {
    code: '1007',
    seedClaim: 'Named "Unsupported Data" (004)',
    correction: '1007 is Invalid frame payload data (for example non-UTF-8 text in a text message); Unsupported Data is 1003.',
    source: 'RFC 6455 §7.4.1; IANA WebSocket Close Code Number Registry',
  },
  {
    code: '1010',
    seedClaim: 'Named "Missing Extension" (004)',
    correction: 'The registry name is "Mandatory Ext."; only a client sends it, since a server can fail the handshake instead.',
    source: 'RFC 6455 §7.4.1; IANA WebSocket Close Code Number Registry',
  },
  {
    code: '1011',
    seedClaim: 'The client met an unexpected condition, so the server closes the connection (004)',
    correction: '1011 Internal Error is sent by the endpoint that met the unexpected condition; RFC 6455 words it for the server.',
    source: 'RFC 6455 §7.4.1',
  },
  {
    code: '1014',
    seedClaim: 'Description cut off: "by WebSocket" (004)',
    correction: '1014 is Bad Gateway: a gateway or proxy received an invalid response from the upstream server.',
    source: 'IANA WebSocket Close Code Number Registry',
  },
  {
    code: '1016–1999',
    seedClaim: 'Reserved by the WebSocket standard for future use (004)',
    correction:
      'RFC 6455 has one range, 1000–2999, for the protocol and its extensions, assigned by Standards Action; there is no ' +
      '1016–1999 / 2000–2999 split, and unassigned codes in it must not be sent.',
    source: `${RFC_6455_RANGES}, §11.7`,
  },
  {
    code: '2000–2999',
    seedClaim: 'Reserved for WebSocket extensions (004)',
    correction: 'Part of the single range 1000–2999 for the protocol and its extensions; unassigned codes in it must not be sent.',
    source: `${RFC_6455_RANGES}, §11.7`,
  },
  {
    code: '3000–3999',
    seedClaim: 'For libraries and frameworks, not for applications (004)',
    correction: 'RFC 6455 reserves 3000–3999 for libraries, frameworks and applications alike, registered with IANA first come first served.',
    source: RFC_6455_RANGES,
  },
  {
    code: 'CLOSE_*',
    seedClaim: 'Names such as CLOSE_NORMAL, CLOSE_GOING_AWAY and CLOSE_ABNORMAL (004)',
    correction:
      'Informal constant names from an old Mozilla list, not exported by browsers or libraries; the registry names are ' +
      'Normal Closure, Going Away, Abnormal Closure, and so on.',
    source: 'IANA WebSocket Close Code Number Registry',
  },
];
