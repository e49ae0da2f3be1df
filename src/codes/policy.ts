import { getHttpStatus } from './index.js';
import type { RequiredHeader } from './types.js';

/**
 * What the rules conclude from the metadata: which statuses redirect, and which of the header
 * requirements of the registry code can be checked against. Data and its sources are in the
 * sibling modules; this module only chooses from them.
 */

/**
 * The statuses a client follows a `Location` on: RFC 9110 §15.4 (301, 302, 303, 307, 308; 300
 * and 304 are no redirect a client follows), the Fetch standard's "redirect status".
 */
export const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

/**
 * The header requirements a linter can check from the code alone, by level, header (lower case)
 * and status. Not 101's Upgrade: the runtime or library that performs an upgrade writes it. Not
 * those that depend on what code cannot see (a 201 to a POST, a temporary 413, the headers a 200
 * would have had on a 304).
 */
const CHECKED: Readonly<Record<RequiredHeader['level'], Readonly<Record<string, readonly number[]>>>> = {
  MUST: {
    'www-authenticate': [401],
    'proxy-authenticate': [407],
    allow: [405],
    upgrade: [426],
    'content-range': [206],
  },
  SHOULD: {
    location: [...REDIRECT_STATUSES],
    'content-range': [416],
  },
};

/** A multipart 206 carries Content-Type multipart/byteranges instead of Content-Range (RFC 9110 §15.3.7.2). */
const SATISFIED_BY: Readonly<Record<number, Readonly<Record<string, string>>>> = { 206: { 'content-range': 'content-type' } };

/** Advice per header, for messages: a sentence with a leading space. */
const HINTS: Readonly<Record<string, string>> = {
  'www-authenticate': " Send a challenge such as `Bearer realm=\"api\"`; a scheme other than Basic does not open the browser's login dialog.",
  allow: ' List the methods the resource supports, e.g. `GET, HEAD`.',
  'proxy-authenticate': " Send the proxy's challenge.",
  upgrade: ' Name the protocol the client must switch to, e.g. `TLS/1.3` or `h2c`.',
};

/** A header requirement of a status that code can be checked against. */
export interface CheckedHeader extends RequiredHeader {
  /** The header name in lower case. */
  name: string;
  /** Another header (lower case) that meets the requirement as well. */
  alternative?: string;
  /** Advice for the message, with a leading space, or empty. */
  hint: string;
}

/** The requirements of a status's headers that code can be checked against (see `CHECKED`). */
export function checkedHeaders(code: number): CheckedHeader[] {
  return (getHttpStatus(code)?.requiredHeaders ?? []).flatMap((header) => {
    const name = header.header.toLowerCase();
    if (!CHECKED[header.level][name]?.includes(code)) return [];
    const alternative = SATISFIED_BY[code]?.[name];
    return [{ ...header, name, ...(alternative && { alternative }), hint: HINTS[name] ?? '' }];
  });
}

/**
 * Whether a temporary registration's expiry date (`expires`, YYYY-MM-DD) has passed on `today`
 * (the date of the lint, in UTC). IANA removes an expired temporary registration unless it extends
 * it, and the metadata cannot know which happened after it was written.
 */
export function hasExpired(expires: string, today: string = new Date().toISOString().slice(0, 10)): boolean {
  return expires < today;
}
