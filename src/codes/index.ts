/**
 * The bundled code metadata: HTTP status codes (IANA registry, vendor catalogue, IIS sub-statuses,
 * FTP replies that seed tables mix in) and WebSocket close codes, with typed lookups. Published as
 * `eslint-plugin-http-status/codes`.
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

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

const statusByCode = new Map(httpStatuses.map((status) => [status.code, status]));
const vendorsByCode = groupBy(vendorStatuses, (vendor) => vendor.code);
const iisByValue = new Map(iisSubstatuses.map((entry) => [entry.code, entry]));
const ftpByCode = new Map(ftpReplies.map((reply) => [reply.code, reply]));
const seedByCode = groupBy(seedCorrections, (correction) => correction.code);
const closeCodeByCode = new Map(closeCodes.map((entry) => [entry.code, entry]));
const NONE: readonly never[] = [];

/** The registry entry of a code, if the IANA registry has one. */
export function getHttpStatus(code: number): HttpStatus | undefined {
  return statusByCode.get(code);
}

/** Vendor meanings of a code (several when vendors disagree). */
export function getVendorStatuses(code: number): readonly VendorStatus[] {
  return vendorsByCode.get(code) ?? NONE;
}

/** An IIS sub-status as written (`'403.14'`). */
export function getIisSubstatus(text: string): IisSubstatus | undefined {
  return iisByValue.get(text);
}

export function getFtpReply(code: number): FtpReply | undefined {
  return ftpByCode.get(code);
}

/** Seed corrections filed under a code as the seed writes it (`'421'`, `'403.x'`, `'1007'`). */
export function getSeedCorrections(code: string): readonly SeedCorrection[] {
  return seedByCode.get(code) ?? NONE;
}

/**
 * Classifies a number written where a status is expected. A JavaScript number cannot tell
 * `403.1` from `403.10`; the shorter IIS sub-status is reported for both.
 */
export function classifyStatus(value: number): StatusClassification {
  if (!Number.isInteger(value)) {
    const iis = getIisSubstatus(String(value));
    return { kind: 'non-integer', value, truncated: Math.trunc(value), ...(iis && { iis }) };
  }
  const vendors = getVendorStatuses(value);
  if (value < 100 || value > 599) {
    const ftp = getFtpReply(value);
    const [seed] = getSeedCorrections(String(value));
    return { kind: 'out-of-range', code: value, vendors, ...(ftp && { ftp }), ...(seed && { seed }) };
  }
  const status = getHttpStatus(value);
  if (status) {
    return { kind: 'registered', code: value, status, conflicts: vendors.filter((vendor) => vendor.conflictsWithRegistered) };
  }
  if (vendors.length > 0) return { kind: 'vendor', code: value, vendors };
  const ftp = getFtpReply(value);
  return { kind: 'unassigned', code: value, ...(ftp && { ftp }) };
}

export function getCloseCode(code: number): CloseCode | undefined {
  return closeCodeByCode.get(code);
}

export function getCloseCodeRange(code: number): CloseCodeRange | undefined {
  return closeCodeRanges.find((range) => code >= range.from && code <= range.to);
}

/** Whether `close(code)` on that API accepts the code. */
export function isCloseCodeAccepted(api: WebSocketApiId, code: number): boolean {
  return Number.isInteger(code) && webSocketApis[api].accepts.some(([from, to]) => code >= from && code <= to);
}

/** The member name a library exports for a code; undefined when it has none. */
export function getConstantName(library: ConstantLibraryId, code: number): string | undefined {
  return constantLibraries[library].members[code];
}

const memberValues = new Map(
  Object.values(constantLibraries).map((library) => [
    library.id,
    new Map<string, number>([
      ...Object.entries(library.members).map(([code, name]): [string, number] => [name, Number(code)]),
      ...Object.entries(library.aliases ?? {}),
    ]),
  ]),
);

/** The code a library member stands for: `resolveConstantMember('http-status-codes', 'NOT_FOUND')` is 404. */
export function resolveConstantMember(library: ConstantLibraryId, member: string): number | undefined {
  return memberValues.get(library)?.get(member);
}

/** The constants library a module export is: `('http-status-codes', 'StatusCodes')`. */
export function findConstantLibrary(module: string, exportName: string): ConstantLibrary | undefined {
  return Object.values(constantLibraries).find(
    (library) => library.modules.includes(module) && library.exports.includes(exportName),
  );
}
