import type { Alternative, HttpStatus, StatusCategory, VendorStatus } from './codes/index.js';
import { getHttpStatus } from './codes/index.js';
import { hasExpired } from './codes/policy.js';

/**
 * Message fragments built from the code metadata, shared by the rules so that every message
 * names codes, vendors and RFC sections the same way.
 */

/** `404 (Not Found)`, or just `449` for a code no registry names (and `418` for the unused ones). */
export function nameCode(code: number): string {
  const phrase = statusPhrase(code);
  return phrase === String(code) ? phrase : `${code} (${phrase})`;
}

/** The registered phrase of a status in use (`Not Found`), else the number (`449`, and `418` for the unused ones). */
export function statusPhrase(code: number): string {
  const status = getHttpStatus(code);
  return status && status.category !== 'unused' ? status.phrase : String(code);
}

/** What a client does with a code it does not know: RFC 9110 §15, "the x00 status code of that class". */
export function classFallback(code: number): string {
  return nameCode(Math.floor(code / 100) * 100);
}

/** `used by Cloudflare for "Unknown Error"; logged by nginx as "Client Closed Request"`. */
export function describeVendors(vendors: readonly VendorStatus[]): string {
  return vendors
    .map((vendor) =>
      vendor.onTheWire ? `used by ${vendor.vendor} for "${vendor.phrase}"` : `logged by ${vendor.vendor} as "${vendor.phrase}"`,
    )
    .join('; ');
}

/** The metadata's advice for the first alternative that has one, as a sentence with a leading space. */
export function describeAlternative(alternatives: readonly (Alternative | undefined)[]): string {
  const alternative = alternatives.find((candidate) => candidate !== undefined);
  return alternative ? ` ${alternative.text}` : '';
}

const CATEGORY_WORDS: Record<Exclude<StatusCategory, 'standard'>, string> = {
  deprecated: 'deprecated',
  unused: 'reserved as "(Unused)"',
  obsoleted: 'marked "(OBSOLETED)"',
  temporary: 'only provisionally registered',
};

/**
 * `is deprecated in the IANA registry (RFC 9110 §15.4.6)`; for a temporary registration, its
 * expiry as of `today` (the lint's date unless given).
 */
export function describeCategory(status: HttpStatus, today?: string): string {
  if (status.category === 'standard') return 'is a standard status';
  if (status.expires && hasExpired(status.expires, today)) {
    return `was only provisionally registered in the IANA registry (${status.reference}): the registration expired on ${status.expires} unless IANA extended it`;
  }
  const expires = status.expires ? `, registration expires ${status.expires}` : '';
  return `is ${CATEGORY_WORDS[status.category]} in the IANA registry (${status.reference}${expires})`;
}

/** `301, 302, 303, 307 and 308`; long ranges stay ranges: `300–308`. */
export function describeRanges(ranges: readonly (readonly [number, number])[]): string {
  const parts = ranges.flatMap(([from, to]) =>
    to - from <= 2 ? Array.from({ length: to - from + 1 }, (_, i) => String(from + i)) : [`${from}–${to}`],
  );
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? '');
}
