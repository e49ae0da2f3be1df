import type { SeedCorrection } from './types.js';

// What the five seed documents (shared/seeds/, Chinese-language status tables) get wrong, and what
// is true. The claims are translated and shortened. registries.md §2 has the research.

export const seedCorrections: readonly SeedCorrection[] = [
  {
    code: '205',
    seedClaim: 'Described with the text of 101 (switching protocols via the Upgrade header)',
    correction: '205 Reset Content: the request succeeded and the user agent should reset the document view; a server MUST NOT send content.',
    source: 'RFC 9110 §15.3.6',
  },
  {
    code: '302',
    seedClaim: '"Move temporarily"',
    correction: 'The registered phrase is "Found"; "Moved Temporarily" is the HTTP/1.0 phrase.',
    source: 'RFC 9110 §15.4.3',
  },
  {
    code: '306',
    seedClaim: '"Switch Proxy", or a temporary redirect',
    correction: '306 is reserved as "(Unused)"; it was used in an earlier draft and means nothing now.',
    source: 'RFC 9110 §15.4.7',
  },
  {
    code: '402',
    seedClaim: '"Unauthorized"',
    correction: '402 is Payment Required (reserved for future use); Unauthorized is 401.',
    source: 'RFC 9110 §15.5.3',
  },
  {
    code: '418',
    seedClaim: 'A real status code (the 1998 April Fools\' joke)',
    correction: '418 is reserved as "(Unused)" because the joke was deployed too often for the code to be assigned.',
    source: 'RFC 9110 §15.5.19',
  },
  {
    code: '421',
    seedClaim: 'Too many connections from the client\'s IP address',
    correction: 'HTTP 421 is Misdirected Request. The "too many connections" text is FTP reply 421 (and IIS sub-status 403.9).',
    source: 'RFC 9110 §15.5.20; RFC 959 §4.2.2',
  },
  {
    code: '425',
    seedClaim: '"Unordered Collection"',
    correction: '425 is Too Early. "Unordered Collection" comes from an expired WebDAV draft and was never registered.',
    source: 'RFC 8470 §5.2',
  },
  {
    code: '426',
    seedClaim: 'The client should switch to TLS/1.0',
    correction: '426 Upgrade Required names the protocol in a mandatory Upgrade header; it is not specific to TLS.',
    source: 'RFC 9110 §15.5.22',
  },
  {
    code: '449',
    seedClaim: '"Retry With" listed as a standard status',
    correction: '449 is a Microsoft (IIS / Exchange ActiveSync) extension, in no registry.',
    source: 'registries.md §3',
  },
  {
    code: '503',
    seedClaim: 'Used only by IIS 6.0',
    correction: '503 Service Unavailable is a standard status for any server that is overloaded or down for maintenance.',
    source: 'RFC 9110 §15.6.4',
  },
  {
    code: '506',
    seedClaim: 'The server is misconfigured',
    correction: '506 Variant Also Negotiates: transparent content negotiation found a circular reference (RFC 2295, experimental).',
    source: 'RFC 2295 §8.1',
  },
  {
    code: '509',
    seedClaim: '"Bandwidth Limit Exceeded" listed as a standard status',
    correction: '509 is used by Apache/cPanel bandwidth modules and is in no registry; the seed itself notes it is unofficial.',
    source: 'registries.md §3',
  },
  {
    code: '510',
    seedClaim: '"Not Extended" listed as a current status',
    correction: 'The registry marks 510 "(OBSOLETED)": RFC 2774 was moved to Historic.',
    source: 'IANA HTTP Status Code Registry',
  },
  {
    code: '600',
    seedClaim: '"Unparseable Response Headers" as a 6xx status class',
    correction: 'There is no 6xx class: values outside 100–599 are invalid. 600 is at most a CDN log value.',
    source: 'RFC 9110 §15',
  },
  {
    code: '403.x',
    seedClaim: 'IIS sub-statuses 403.1–403.20 and 404.0–404.3 listed as status codes',
    correction: 'IIS writes sub-statuses to its logs and error pages only; the status on the wire is 403 or 404.',
    source: 'Microsoft KB 943891',
  },
  {
    code: 'FTP',
    seedClaim: 'FTP reply codes (110–553, 631–633) listed in a table of status codes',
    correction: 'FTP replies belong to another protocol; numbers such as 331 or 550 mean nothing in HTTP.',
    source: 'RFC 959 §4.2.2; RFC 2228 §5',
  },
  {
    code: '1007',
    seedClaim: 'Named "Unsupported Data"',
    correction: '1007 is Invalid frame payload data (e.g. non-UTF-8 text); Unsupported Data is 1003.',
    source: 'RFC 6455 §7.4.1',
  },
  {
    code: '1014',
    seedClaim: 'Description cut off ("by WebSocket")',
    correction: '1014 is Bad Gateway: a gateway or proxy received an invalid response from the upstream server.',
    source: 'IANA WebSocket Close Code Number Registry',
  },
  {
    code: '1016–2999',
    seedClaim: '1016–1999 reserved for the standard and 2000–2999 for extensions',
    correction: 'RFC 6455 defines one range, 1000–2999, for the protocol and its extensions; unassigned codes there must not be sent.',
    source: 'RFC 6455 §7.4.2',
  },
  {
    code: '3000–3999',
    seedClaim: 'For libraries and frameworks, not for applications',
    correction: 'RFC 6455 reserves 3000–3999 for libraries, frameworks and applications, registered with IANA.',
    source: 'RFC 6455 §7.4.2',
  },
  {
    code: 'CLOSE_*',
    seedClaim: 'Names such as CLOSE_NORMAL and CLOSE_ABNORMAL',
    correction: 'These are informal names from an old Mozilla list; the registry names are Normal Closure, Abnormal Closure, and so on.',
    source: 'IANA WebSocket Close Code Number Registry',
  },
];
