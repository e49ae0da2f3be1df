import http from 'node:http';
import http2 from 'node:http2';
import { createRequire } from 'node:module';

import httpStatus, { status as httpStatusNamed } from 'http-status';
import * as httpStatusCodes from 'http-status-codes';
import statuses from 'statuses';

import {
  constantLibraries,
  findConstantLibrary,
  getConstantName,
  getHttpStatus,
  getVendorStatuses,
  httpStatuses,
  resolveConstantMember,
  resolveHeaderConstant,
  resolveTopLevelConstant,
  type ConstantLibraryId,
} from '../../src/codes/index.js';

/**
 * The bundled registry against the libraries users have installed: statuses 2.0.2, Node's
 * http.STATUS_CODES and http2.constants, http-status-codes 2.3.0, @nestjs/common 12.5.1 and
 * http-status 2.1.0. Every difference is written out below on purpose. A new one (a library adds a
 * code or renames one, or the registry data changes) fails the test and has to be looked at.
 */

const require = createRequire(import.meta.url);
// The package entry loads on Node 20 (it pulls in reflect-metadata and rxjs, both installed).
const { HttpStatus } = require('@nestjs/common') as { HttpStatus: Record<string, number | string> };

const registered = httpStatuses.map((status) => status.code);

/** Codes of a library as numbers, ascending. */
const codesOf = (table: Record<number, unknown>): number[] =>
  Object.keys(table)
    .map(Number)
    .sort((a, b) => a - b);

const missingFrom = (libraryCodes: readonly number[]): number[] => registered.filter((code) => !libraryCodes.includes(code));
const extraIn = (libraryCodes: readonly number[]): number[] => libraryCodes.filter((code) => !registered.includes(code));

/** `[code, library phrase]` wherever the library's phrase for a registered code is not the registry's. */
function phraseDifferences(phrases: Record<number, string>): [number, string][] {
  return httpStatuses
    .filter((status) => phrases[status.code] !== undefined && phrases[status.code] !== status.phrase)
    .map((status) => [status.code, phrases[status.code] ?? '']);
}

/** Of those differences, the ones that are neither a recorded older phrase nor a difference in case only. */
function unexplained(differences: readonly [number, string][]): [number, string][] {
  return differences.filter(([code, phrase]) => {
    const status = getHttpStatus(code);
    const known = [status?.phrase ?? '', ...(status?.formerPhrases ?? [])].map((text) => text.toLowerCase());
    return !known.includes(phrase.toLowerCase());
  });
}

/** Name/value pairs of an object's numeric members. */
function numericMembers(object: object): [string, number][] {
  return Object.entries(object)
    .filter((entry): entry is [string, number] => typeof entry[1] === 'number')
    .sort(([a], [b]) => a.localeCompare(b));
}

/** `[code, phrase]` entries of an object keyed by three-digit codes (http-status's `'404': 'Not Found'`). */
function phraseEntries(object: object): [string, string][] {
  return Object.entries(object).filter((entry): entry is [string, string] => /^\d{3}$/.test(entry[0]) && typeof entry[1] === 'string');
}

/** The table's members as name/value pairs, in the same order. */
function tableMembers(id: ConstantLibraryId): [string, number][] {
  const library = constantLibraries[id];
  return [
    ...Object.entries(library.members).map(([code, name]): [string, number] => [name, Number(code)]),
    ...Object.entries(library.aliases ?? {}),
  ].sort(([a], [b]) => a.localeCompare(b));
}

/** The constant name the registry phrase suggests: "Content Too Large" → CONTENT_TOO_LARGE. */
const suggestedName = (phrase: string): string =>
  phrase
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_|_$/g, '');

/** `[code, name]` wherever a library's member name is not the one the registry phrase suggests ((Unused) codes aside). */
function nameDifferences(id: ConstantLibraryId, prefix = ''): [number, string][] {
  return Object.entries(constantLibraries[id].members)
    .map(([code, name]): [number, string] => [Number(code), name])
    .filter(([code, name]) => {
      const status = getHttpStatus(code);
      return status !== undefined && status.category !== 'unused' && name !== prefix + suggestedName(status.phrase);
    });
}

/** Members a library has for the two "(Unused)" codes. */
const unusedMembers = (id: ConstantLibraryId): [number, string][] =>
  [306, 418].flatMap((code) => {
    const name = getConstantName(id, code);
    return name === undefined ? [] : [[code, name] as [number, string]];
  });

describe("Node's http.STATUS_CODES (the phrases Node puts on the wire)", () => {
  const node = codesOf(http.STATUS_CODES);

  it('lacks the temporary 104 and the unused 306', () => {
    expect(missingFrom(node)).toEqual([104, 306]);
  });

  it('has one code the registry does not: 509, which the vendor catalogue explains', () => {
    expect(extraIn(node)).toEqual([509]);
    expect(getVendorStatuses(509).map((vendor) => vendor.phrase)).toEqual([http.STATUS_CODES[509]]);
  });

  it('uses the RFC 7231 phrases for 413 and 422, and the joke name for 418', () => {
    const differences = phraseDifferences(http.STATUS_CODES as Record<number, string>);
    expect(differences).toEqual([
      [413, 'Payload Too Large'],
      [418, "I'm a Teapot"],
      [422, 'Unprocessable Entity'],
    ]);
    expect(unexplained(differences)).toEqual([]);
  });
});

describe('statuses 2.0.2', () => {
  const codes = [...statuses.codes].sort((a, b) => a - b);

  it('has the same codes as Node: all registered but 104 and 306, plus 509', () => {
    expect(missingFrom(codes)).toEqual([104, 306]);
    expect(extraIn(codes)).toEqual([509]);
  });

  it('has the same phrase differences as Node', () => {
    expect(phraseDifferences(statuses.message as Record<number, string>)).toEqual([
      [413, 'Payload Too Large'],
      [418, "I'm a Teapot"],
      [422, 'Unprocessable Entity'],
    ]);
  });

  it('agrees that 204, 205 and 304 carry no content; the registry data adds every 1xx', () => {
    const bodyless = httpStatuses.filter((status) => status.bodyForbidden).map((status) => status.code);
    expect(bodyless.filter((code) => code >= 200)).toEqual(codesOf(statuses.empty));
    expect(bodyless.filter((code) => code < 200)).toEqual([100, 101, 102, 103, 104]);
  });

  it('counts 305 as a redirect, which the data does not give a Location requirement', () => {
    const withLocation = httpStatuses
      .filter((status) => status.requiredHeaders.some((header) => header.header === 'Location'))
      .map((status) => status.code);
    expect(withLocation).toEqual([201, 300, 301, 302, 303, 307, 308]);
    expect(codesOf(statuses.redirect).filter((code) => !withLocation.includes(code))).toEqual([305]);
    expect(withLocation.filter((code) => !(code in statuses.redirect))).toEqual([201]);
  });
});

describe('node:http2 constants', () => {
  const members = numericMembers(http2.constants).filter(([name]) => name.startsWith('HTTP_STATUS_'));

  it('are exactly the HTTP_STATUS_* constants of the table (the other constants are not statuses)', () => {
    expect(tableMembers('node:http2')).toEqual(members);
  });

  it('lack 104 and 306 and add 509, like http.STATUS_CODES', () => {
    const codes = members.map(([, code]) => code).sort((a, b) => a - b);
    expect(missingFrom(codes)).toEqual([104, 306]);
    expect(extraIn(codes)).toEqual([509]);
  });

  it('use older names for 413 and 422, and HTTP_STATUS_TEAPOT for 418', () => {
    expect(nameDifferences('node:http2', 'HTTP_STATUS_')).toEqual([
      [413, 'HTTP_STATUS_PAYLOAD_TOO_LARGE'],
      [422, 'HTTP_STATUS_UNPROCESSABLE_ENTITY'],
    ]);
    expect(unusedMembers('node:http2')).toEqual([[418, 'HTTP_STATUS_TEAPOT']]);
  });

  it('give every HTTP2_HEADER_* constant the header name Node gives it', () => {
    const headers = Object.entries(http2.constants).filter(([name]) => name.startsWith('HTTP2_HEADER_'));
    expect(headers.length).toBeGreaterThan(80);
    for (const [name, value] of headers) expect(resolveHeaderConstant('node:http2', name), name).toBe(value);
    expect(resolveHeaderConstant('node:http2', 'HTTP_STATUS_OK')).toBeUndefined();
    expect(resolveHeaderConstant('node:http2', 'HTTP2_HEADER_')).toBeUndefined();
    expect(resolveHeaderConstant('http-status-codes', 'HTTP2_HEADER_ALLOW')).toBeUndefined();
  });
});

describe('http-status-codes 2.3.0', () => {
  const members = numericMembers(httpStatusCodes.StatusCodes);
  const codes = members.map(([, code]) => code).sort((a, b) => a - b);

  it('StatusCodes: every member name and value is in the table, and nothing else', () => {
    expect(tableMembers('http-status-codes')).toEqual(members);
  });

  it('lacks 104, 208, 226, 306, 425, 506, 508 and 510, and adds the WebDAV-draft 419 and 420', () => {
    expect(missingFrom(codes)).toEqual([104, 208, 226, 306, 425, 506, 508, 510]);
    expect(extraIn(codes)).toEqual([419, 420]);
    for (const code of extraIn(codes)) {
      expect(getVendorStatuses(code).map((vendor) => vendor.vendor).join(' | '), String(code)).toMatch(/http-status-codes/);
    }
  });

  it('uses older phrases (getReasonPhrase) for 203, 302, 413, 414, 416, 418 and 422', () => {
    const phrases = Object.fromEntries(codes.map((code) => [code, httpStatusCodes.getReasonPhrase(code)]));
    const differences = phraseDifferences(phrases);
    expect(differences).toEqual([
      [203, 'Non Authoritative Information'],
      [302, 'Moved Temporarily'],
      [413, 'Request Entity Too Large'],
      [414, 'Request-URI Too Long'],
      [416, 'Requested Range Not Satisfiable'],
      [418, "I'm a teapot"],
      [422, 'Unprocessable Entity'],
    ]);
    expect(unexplained(differences)).toEqual([[203, 'Non Authoritative Information']]);
  });

  it('uses older names for 302, 413, 414, 416 and 422, and IM_A_TEAPOT for 418', () => {
    expect(nameDifferences('http-status-codes')).toEqual([
      [302, 'MOVED_TEMPORARILY'],
      [413, 'REQUEST_TOO_LONG'],
      [414, 'REQUEST_URI_TOO_LONG'],
      [416, 'REQUESTED_RANGE_NOT_SATISFIABLE'],
      [422, 'UNPROCESSABLE_ENTITY'],
    ]);
    expect(unusedMembers('http-status-codes')).toEqual([[418, 'IM_A_TEAPOT']]);
  });

  it('also exports the members at the top level (deprecated), under the same names, except the four newest', () => {
    const topLevel = numericMembers(httpStatusCodes);
    for (const [name, value] of topLevel) expect(resolveConstantMember('http-status-codes', name), name).toBe(value);
    const topLevelNames = new Set(topLevel.map(([name]) => name));
    expect(members.filter(([name]) => !topLevelNames.has(name)).map(([name]) => name)).toEqual([
      'EARLY_HINTS',
      'MISDIRECTED_REQUEST',
      'UNAVAILABLE_FOR_LEGAL_REASONS',
      'UPGRADE_REQUIRED',
    ]);
    // The metadata the analysis reads them with says the same.
    for (const [name, value] of members) {
      expect(resolveTopLevelConstant('http-status-codes', name), name).toBe(topLevelNames.has(name) ? value : undefined);
    }
  });
});

describe('@nestjs/common 12.5.1', () => {
  const members = numericMembers(HttpStatus);
  const codes = members.map(([, code]) => code).sort((a, b) => a - b);

  it('HttpStatus: every member name and value is in the table, and nothing else', () => {
    expect(tableMembers('@nestjs/common')).toEqual(members);
  });

  it('lacks 104, 226, 305, 306, 425, 426, 431, 451, 506, 510 and 511, and adds 210 and 456', () => {
    expect(missingFrom(codes)).toEqual([104, 226, 305, 306, 425, 426, 431, 451, 506, 510, 511]);
    expect(extraIn(codes)).toEqual([210, 456]);
    for (const code of extraIn(codes)) expect(getVendorStatuses(code)[0]?.vendor, String(code)).toMatch(/^@nestjs\/common /);
  });

  it('names 103, 300, 413, 416, 421 and 422 its own way, and 418 I_AM_A_TEAPOT', () => {
    expect(nameDifferences('@nestjs/common')).toEqual([
      [103, 'EARLYHINTS'],
      [300, 'AMBIGUOUS'],
      [413, 'PAYLOAD_TOO_LARGE'],
      [416, 'REQUESTED_RANGE_NOT_SATISFIABLE'],
      [421, 'MISDIRECTED'],
      [422, 'UNPROCESSABLE_ENTITY'],
    ]);
    expect(unusedMembers('@nestjs/common')).toEqual([[418, 'I_AM_A_TEAPOT']]);
  });
});

describe('http-status 2.1.0', () => {
  // Numeric members only: the `<code>_NAME`/`_MESSAGE`/`_CLASS` strings, `classes` and `extra` are no constants.
  const members = numericMembers(httpStatus);
  const phrases: Record<number, string> = Object.fromEntries(phraseEntries(httpStatus));
  const codes = codesOf(phrases);

  it('exports the same object as its default export and as `status`', () => {
    expect(httpStatusNamed).toBe(httpStatus);
  });

  it('default export: every numeric member name and value is in the table, and nothing else', () => {
    expect(tableMembers('http-status')).toEqual(members);
    expect(members.map(([, code]) => code).sort((a, b) => a - b)).toEqual(codes);
  });

  it('lacks 104, keeps 306 as SWITCH_PROXY, and has 509 only among its extras', () => {
    expect(missingFrom(codes)).toEqual([104]);
    expect(extraIn(codes)).toEqual([]);
    expect(unusedMembers('http-status')).toEqual([
      [306, 'SWITCH_PROXY'],
      [418, 'IM_A_TEAPOT'],
    ]);
    expect(httpStatus.extra.unofficial.BANDWIDTH_LIMIT_EXCEEDED).toBe(509);
  });

  it('uses older phrases for 207, 306, 408, 413, 414, 416, 418, 422, 504 and 505', () => {
    const differences = phraseDifferences(phrases);
    expect(differences).toEqual([
      [207, 'Multi Status'],
      [306, 'Switch Proxy'],
      [408, 'Request Time-out'],
      [413, 'Request Entity Too Large'],
      [414, 'Request-URI Too Large'],
      [416, 'Requested Range not Satisfiable'],
      [418, "I'm a teapot"],
      [422, 'Unprocessable Entity'],
      [504, 'Gateway Time-out'],
      [505, 'HTTP Version not Supported'],
    ]);
    expect(unexplained(differences)).toEqual([[207, 'Multi Status']]);
  });

  it('uses older names for 413, 414, 416 and 422', () => {
    expect(nameDifferences('http-status')).toEqual([
      [413, 'REQUEST_ENTITY_TOO_LARGE'],
      [414, 'REQUEST_URI_TOO_LONG'],
      [416, 'REQUESTED_RANGE_NOT_SATISFIABLE'],
      [422, 'UNPROCESSABLE_ENTITY'],
    ]);
  });

  it('lists in its extras the vendor codes the catalogue has', () => {
    const extras = Object.values(httpStatus.extra).flatMap((group: object) => phraseEntries(group));
    for (const [code, phrase] of extras) {
      expect(getVendorStatuses(Number(code)).map((vendor) => vendor.phrase), `${code} ${phrase}`).toContain(phrase);
    }
    expect(extras.map(([code]) => Number(code)).sort((a, b) => a - b)).toEqual([
      103, 218, 419, 420, 440, 444, 449, 450, 451, 494, 495, 496, 497, 498, 499, 499, 509, 520, 521, 522, 523, 524, 525, 526, 527, 530, 598,
    ]);
  });
});

describe('the constant accessors', () => {
  it('give the name each library really exports, and nothing for codes it lacks', () => {
    expect(getConstantName('http-status-codes', 302)).toBe('MOVED_TEMPORARILY');
    expect(getConstantName('http-status-codes', 413)).toBe('REQUEST_TOO_LONG');
    expect(getConstantName('@nestjs/common', 103)).toBe('EARLYHINTS');
    expect(getConstantName('@nestjs/common', 300)).toBe('AMBIGUOUS');
    expect(getConstantName('@nestjs/common', 421)).toBe('MISDIRECTED');
    expect(getConstantName('node:http2', 418)).toBe('HTTP_STATUS_TEAPOT');
    expect(getConstantName('http-status', 404)).toBe('NOT_FOUND');
    for (const code of [208, 226, 425]) expect(getConstantName('http-status-codes', code), String(code)).toBeUndefined();
    for (const code of [426, 451]) expect(getConstantName('@nestjs/common', code), String(code)).toBeUndefined();
    expect(getConstantName('node:http2', 104)).toBeUndefined();
    expect(getConstantName('http-status', 509)).toBeUndefined();
  });

  it('resolve members back to codes', () => {
    expect(resolveConstantMember('http-status-codes', 'NOT_FOUND')).toBe(404);
    expect(resolveConstantMember('http-status-codes', 'METHOD_FAILURE')).toBe(420);
    expect(resolveConstantMember('@nestjs/common', 'I_AM_A_TEAPOT')).toBe(418);
    expect(resolveConstantMember('node:http2', 'HTTP_STATUS_BANDWIDTH_LIMIT_EXCEEDED')).toBe(509);
    expect(resolveConstantMember('http-status', 'SWITCH_PROXY')).toBe(306);
    expect(resolveConstantMember('http-status-codes', 'NOT_A_MEMBER')).toBeUndefined();
    expect(resolveConstantMember('http-status', '404_NAME')).toBeUndefined();
    expect(resolveConstantMember('@nestjs/common', 'FOUND')).toBe(302);
    expect(resolveConstantMember('http-status-codes', 'FOUND')).toBeUndefined();
  });

  it('find a library by module and export', () => {
    expect(findConstantLibrary('http-status-codes', 'StatusCodes')?.id).toBe('http-status-codes');
    expect(findConstantLibrary('@nestjs/common', 'HttpStatus')?.id).toBe('@nestjs/common');
    expect(findConstantLibrary('node:http2', 'constants')?.id).toBe('node:http2');
    expect(findConstantLibrary('http2', 'constants')?.id).toBe('node:http2');
    expect(findConstantLibrary('http-status', 'default')?.id).toBe('http-status');
    expect(findConstantLibrary('http-status', 'status')?.id).toBe('http-status');
    expect(findConstantLibrary('http-status-codes', 'ReasonPhrases')).toBeUndefined();
    expect(findConstantLibrary('http-status-codes', 'default')).toBeUndefined();
    expect(findConstantLibrary('node:http', 'constants')).toBeUndefined();
    expect(findConstantLibrary('@nestjs/common', 'StatusCodes')).toBeUndefined();
  });

  it('record by id', () => {
    for (const [id, library] of Object.entries(constantLibraries)) expect(library.id).toBe(id);
  });
});
