import http from 'node:http';
import http2 from 'node:http2';
import { createRequire } from 'node:module';

import httpStatusLib from 'http-status';
import * as httpStatusCodes from 'http-status-codes';
import statuses from 'statuses';

import {
  constantLibraries,
  findConstantLibrary,
  getConstantName,
  getHttpStatus,
  httpStatuses,
  resolveConstantMember,
} from '../../src/codes/index.js';

/**
 * The bundled registry against the libraries users have. Every difference is listed here on
 * purpose: a new one (a library adds a code, or the registry data changes) fails the test.
 */

const require = createRequire(import.meta.url);
const { HttpStatus } = require('@nestjs/common/enums/http-status.enum') as { HttpStatus: Record<string, number | string> };

const registered = httpStatuses.map((status) => status.code);
const numericMembers = (object: object): [string, number][] =>
  Object.entries(object).filter((entry): entry is [string, number] => typeof entry[1] === 'number');

describe("Node's http.STATUS_CODES", () => {
  const node = Object.keys(http.STATUS_CODES).map(Number);

  it('has every registered code except the provisional 104 and the unused 306', () => {
    expect(registered.filter((code) => !node.includes(code))).toEqual([104, 306]);
  });

  it('has one code the registry does not: 509, a vendor code', () => {
    expect(node.filter((code) => !registered.includes(code))).toEqual([509]);
  });

  it('uses older phrases for 413, 418 and 422 only', () => {
    const differences = httpStatuses
      .filter((status) => http.STATUS_CODES[status.code] !== undefined && http.STATUS_CODES[status.code] !== status.phrase)
      .map((status) => [status.code, http.STATUS_CODES[status.code]]);
    expect(differences).toEqual([
      [413, 'Payload Too Large'],
      [418, "I'm a Teapot"],
      [422, 'Unprocessable Entity'],
    ]);
    // Those older phrases are recorded as former phrases (418's joke name is not a phrase of the registry).
    expect(getHttpStatus(413)?.formerPhrases).toContain('Payload Too Large');
    expect(getHttpStatus(422)?.formerPhrases).toContain('Unprocessable Entity');
  });
});

describe('statuses', () => {
  it('has the same codes as Node: all registered but 104 and 306, plus 509', () => {
    expect(registered.filter((code) => !statuses.codes.includes(code))).toEqual([104, 306]);
    expect(statuses.codes.filter((code) => !registered.includes(code))).toEqual([509]);
  });

  it('agrees that 204, 205 and 304 carry no content, and the registry adds every 1xx', () => {
    const bodyless = httpStatuses.filter((status) => status.bodyForbidden).map((status) => status.code);
    expect(bodyless.filter((code) => code >= 200)).toEqual(Object.keys(statuses.empty).map(Number));
    expect(bodyless.filter((code) => code < 200)).toEqual([100, 101, 102, 103, 104]);
  });
});

describe('constant libraries', () => {
  it('http-status-codes: every member name and value is the installed StatusCodes', () => {
    const members = numericMembers(httpStatusCodes.StatusCodes);
    expect(Object.entries(constantLibraries['http-status-codes'].members).map(([code, name]) => [name, Number(code)]).sort()).toEqual(
      members.sort(),
    );
  });

  it('@nestjs/common: every member name and value is the installed HttpStatus', () => {
    expect(Object.entries(constantLibraries['@nestjs/common'].members).map(([code, name]) => [name, Number(code)]).sort()).toEqual(
      numericMembers(HttpStatus).sort(),
    );
  });

  it('node:http2: every HTTP_STATUS_* constant', () => {
    const members = numericMembers(http2.constants).filter(([name]) => name.startsWith('HTTP_STATUS_'));
    expect(Object.entries(constantLibraries['node:http2'].members).map(([code, name]) => [name, Number(code)]).sort()).toEqual(
      members.sort(),
    );
  });

  it('http-status: every numeric member of the default export', () => {
    const members = numericMembers(httpStatusLib).filter(([name]) => /^[A-Z][A-Z0-9_]*$/.test(name));
    expect(Object.entries(constantLibraries['http-status'].members).map(([code, name]) => [name, Number(code)]).sort()).toEqual(
      members.sort(),
    );
  });

  it('has the names that differ between libraries, and no member for codes a library lacks', () => {
    expect(getConstantName('http-status-codes', 302)).toBe('MOVED_TEMPORARILY');
    expect(getConstantName('http-status-codes', 413)).toBe('REQUEST_TOO_LONG');
    expect(getConstantName('@nestjs/common', 103)).toBe('EARLYHINTS');
    expect(getConstantName('@nestjs/common', 300)).toBe('AMBIGUOUS');
    expect(getConstantName('@nestjs/common', 421)).toBe('MISDIRECTED');
    expect(getConstantName('node:http2', 418)).toBe('HTTP_STATUS_TEAPOT');
    for (const code of [208, 226, 425, 506, 508, 510]) expect(getConstantName('http-status-codes', code)).toBeUndefined();
    for (const code of [226, 305, 425, 426, 431, 451, 506, 510, 511]) expect(getConstantName('@nestjs/common', code)).toBeUndefined();
  });

  it('resolves members and finds libraries by module and export', () => {
    expect(resolveConstantMember('http-status-codes', 'NOT_FOUND')).toBe(404);
    expect(resolveConstantMember('@nestjs/common', 'I_AM_A_TEAPOT')).toBe(418);
    expect(resolveConstantMember('http-status-codes', 'NOT_A_MEMBER')).toBeUndefined();
    expect(findConstantLibrary('http-status-codes', 'StatusCodes')?.id).toBe('http-status-codes');
    expect(findConstantLibrary('http2', 'constants')?.id).toBe('node:http2');
    expect(findConstantLibrary('http-status', 'default')?.id).toBe('http-status');
    expect(findConstantLibrary('http-status-codes', 'ReasonPhrases')).toBeUndefined();
  });
});
