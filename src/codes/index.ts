/**
 * The bundled code metadata: HTTP status codes (the IANA registry, a vendor catalogue, IIS
 * sub-statuses, and the FTP replies that seed tables mix in) and WebSocket close codes, with typed
 * lookups. Published as `eslint-plugin-http-status/codes`; docs/codes.md describes it.
 *
 * The data lives in the sibling modules, one per registry or catalogue; this module only indexes
 * it. Every Map below is built once, when the module loads.
 */
import { closeCodeRanges, closeCodes, webSocketApis } from './close-codes.js';
import { constantLibraries } from './constants.js';
import { ftpReplies } from './ftp-replies.js';
import { httpStatuses } from './http-statuses.js';
import { iisSubstatuses } from './iis-substatuses.js';
import { seedCorrections } from './seed-corrections.js';
import type {
  CloseCode,
  CloseCodeRange,
  ConstantLibrary,
  ConstantLibraryId,
  FtpReply,
  HttpStatus,
  IisSubstatus,
  SeedCorrection,
  StatusClassification,
  VendorStatus,
  WebSocketApiId,
} from './types.js';
import { vendorStatuses } from './vendor-statuses.js';

export type * from './types.js';
export {
  closeCodeRanges,
  closeCodes,
  constantLibraries,
  ftpReplies,
  httpStatuses,
  iisSubstatuses,
  seedCorrections,
  vendorStatuses,
  webSocketApis,
};

/** RFC 9110 §15: "All valid status codes are within the range of 100 to 599, inclusive." */
const MIN_STATUS = 100;
const MAX_STATUS = 599;

const NONE: readonly never[] = [];

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, readonly T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

/** The first entry per key wins; later entries with the same key are ignored. */
function indexBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T> {
  const map = new Map<K, T>();
  for (const item of items) {
    const k = key(item);
    if (!map.has(k)) map.set(k, item);
  }
  return map;
}

const statusByCode = indexBy(httpStatuses, (status) => status.code);
const vendorsByCode = groupBy(vendorStatuses, (vendor) => vendor.code);
const iisByText = indexBy(iisSubstatuses, (entry) => entry.code);
// By numeric value: 403.1 and 403.10 are the same JavaScript number. The data lists 403.1 before
// 403.10, so the number 403.1 finds the shorter one.
const iisByValue = indexBy(iisSubstatuses, (entry) => Number(entry.code));
const ftpByCode = indexBy(ftpReplies, (reply) => reply.code);
const seedByCode = groupBy(seedCorrections, (correction) => correction.code);
const closeCodeByCode = indexBy(closeCodes, (entry) => entry.code);
const memberValues = new Map(
  Object.values(constantLibraries).map((library) => [
    library.id,
    new Map<string, number>([
      ...Object.entries(library.members).map(([code, name]): [string, number] => [name, Number(code)]),
      ...Object.entries(library.aliases ?? {}),
    ]),
  ]),
);

/** The IANA registry entry for a code (`getHttpStatus(413)?.phrase` is `'Content Too Large'`), or undefined when it has none. */
export function getHttpStatus(code: number): HttpStatus | undefined {
  return statusByCode.get(code);
}

/** Every vendor meaning of a code, in catalogue order (two for 499: nginx and Esri); empty when no vendor uses it. */
export function getVendorStatuses(code: number): readonly VendorStatus[] {
  return vendorsByCode.get(code) ?? NONE;
}

/**
 * An IIS sub-status by its text exactly as written: `getIisSubstatus('403.14')`. Pass the source
 * text of a literal rather than `String(value)` when it is available, since `403.10` and `403.1`
 * are different sub-statuses but the same number.
 */
export function getIisSubstatus(text: string): IisSubstatus | undefined {
  return iisByText.get(text);
}

/** The FTP reply (RFC 959, RFC 2228) with that number, for explaining codes such as 331 that seed tables list as HTTP. */
export function getFtpReply(code: number): FtpReply | undefined {
  return ftpByCode.get(code);
}

/**
 * The corrections filed under a code as the seed documents write it: `'421'`, `'403.x'`,
 * `'1016–1999'` (with an en dash), `'FTP'`, `'CLOSE_*'`. Empty when there is none.
 */
export function getSeedCorrections(code: string): readonly SeedCorrection[] {
  return seedByCode.get(code) ?? NONE;
}

/**
 * Classifies a number written where an HTTP status is expected:
 * - `registered`: an integer in 100–599 the IANA registry lists (any category), with the vendor
 *   meanings that collide with it (`conflicts`: 451 Redirect from Exchange, for example);
 * - `vendor`: an unregistered integer in 100–599 that vendors use (509, 499);
 * - `unassigned`: any other integer in 100–599 (299), with the FTP reply of that number if any;
 * - `out-of-range`: an integer outside 100–599 (600, 783, 99), with what vendors, FTP (631) or the
 *   seed corrections say about it;
 * - `non-integer`: anything else, with `truncated = Math.trunc(value)` (what Node sends) and the
 *   IIS sub-status whose numeric value it is. A number cannot tell `403.10` from `403.1`, so
 *   403.10 yields the IIS entry 403.1; use {@link getIisSubstatus} with the literal's text to tell
 *   them apart. NaN and ±Infinity are `non-integer` as well.
 */
export function classifyStatus(value: number): StatusClassification {
  if (!Number.isInteger(value)) {
    const iis = iisByValue.get(value);
    return { kind: 'non-integer', value, truncated: Math.trunc(value), ...(iis && { iis }) };
  }
  const vendors = getVendorStatuses(value);
  const ftp = getFtpReply(value);
  if (value < MIN_STATUS || value > MAX_STATUS) {
    const [seed] = getSeedCorrections(String(value));
    return { kind: 'out-of-range', code: value, vendors, ...(ftp && { ftp }), ...(seed && { seed }) };
  }
  const status = getHttpStatus(value);
  if (status) {
    return { kind: 'registered', code: value, status, conflicts: vendors.filter((vendor) => vendor.conflictsWithRegistered) };
  }
  if (vendors.length > 0) return { kind: 'vendor', code: value, vendors };
  return { kind: 'unassigned', code: value, ...(ftp && { ftp }) };
}

/** The registered WebSocket close code (1000–1015, 3000, 3003, 3008), or undefined. */
export function getCloseCode(code: number): CloseCode | undefined {
  return closeCodeByCode.get(code);
}

/** The RFC 6455 §7.4.2 range a number falls in (the ranges cover 0–65535 without gaps); undefined outside 0–65535. */
export function getCloseCodeRange(code: number): CloseCodeRange | undefined {
  return closeCodeRanges.find((range) => code >= range.from && code <= range.to);
}

/**
 * Whether `close(code)` of that API accepts the code without throwing (for the lenient server APIs,
 * without complaint). Non-integers are reported as not accepted: the APIs convert them differently
 * (the WHATWG IDL rounds, ws checks the range first and truncates when writing), and a fractional
 * close code is a mistake either way.
 */
export function isCloseCodeAccepted(api: WebSocketApiId, code: number): boolean {
  return Number.isInteger(code) && webSocketApis[api].accepts.some(([from, to]) => code >= from && code <= to);
}

/** The member a library exports for a code (`getConstantName('@nestjs/common', 103)` is `'EARLYHINTS'`); undefined when it has none. */
export function getConstantName(library: ConstantLibraryId, code: number): string | undefined {
  return constantLibraries[library].members[code];
}

/** The code a library member (or alias) stands for: `resolveConstantMember('http-status-codes', 'NOT_FOUND')` is 404. */
export function resolveConstantMember(library: ConstantLibraryId, member: string): number | undefined {
  return memberValues.get(library)?.get(member);
}

/** The header name a library member stands for: `resolveHeaderConstant('node:http2', 'HTTP2_HEADER_ALLOW')` is `'allow'`. */
export function resolveHeaderConstant(library: ConstantLibraryId, member: string): string | undefined {
  const rule = constantLibraries[library].headerNames;
  if (!rule || !member.startsWith(rule.prefix) || member.length === rule.prefix.length) return undefined;
  return rule.pseudo[member] ?? member.slice(rule.prefix.length).toLowerCase().replaceAll('_', '-');
}

/**
 * The constants library that a module's export is: `('http-status-codes', 'StatusCodes')`,
 * `('node:http2', 'constants')` or `('http2', 'constants')`, `('http-status', 'default')`,
 * `('http-status', 'status')`. Undefined for anything else.
 */
/** A deprecated top-level export of a constants library: `NOT_FOUND` from `http-status-codes` is 404. */
export function resolveTopLevelConstant(module: string, exportName: string): number | undefined {
  const library = Object.values(constantLibraries).find((candidate) => candidate.modules.includes(module) && candidate.topLevel);
  if (!library?.topLevel || library.topLevel.notTopLevel.includes(exportName)) return undefined;
  return resolveConstantMember(library.id, exportName);
}

export function findConstantLibrary(module: string, exportName: string): ConstantLibrary | undefined {
  return Object.values(constantLibraries).find(
    (library) => library.modules.includes(module) && library.exports.includes(exportName),
  );
}
