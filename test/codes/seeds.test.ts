import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import {
  classifyStatus,
  getCloseCode,
  getCloseCodeRange,
  getHttpStatus,
  getIisSubstatus,
  getSeedCorrections,
} from '../../src/codes/index.js';

/**
 * Every code the five seed documents mention (../shared/seeds/, beside the repository, as CI
 * has it) is known to the metadata and classified; where a seed is wrong, a correction says so.
 */
const seedsDir = path.resolve(import.meta.dirname, '../../../shared/seeds');

/** Numbers in the seeds that are not codes, with the reason. */
const NOT_CODES: Record<string, string> = {
  '128': 'the key length in "403.5 – SSL 128 required"',
  '999': 'the upper end of the WebSocket range 0–999',
};

interface Extracted {
  http: Set<string>;
  closeCodes: Set<number>;
  closeRanges: Set<string>;
}

/**
 * Three-digit numbers (optionally with a sub-status: 403.14) anywhere, which skips years and RFC
 * numbers by their four digits; four-digit close codes and ranges in the WebSocket table rows.
 */
function extract(text: string): Extracted {
  const found: Extracted = { http: new Set(), closeCodes: new Set(), closeRanges: new Set() };
  for (const match of text.matchAll(/(?<![\d.])([1-9]\d{2})(?:\.(\d{1,3}))?(?!\d)/g)) found.http.add(match[0]);
  const table = text.slice(Math.max(0, text.indexOf('WebSocket')));
  for (const line of table.split('\n').filter((row) => row.includes('|'))) {
    const range = /^(\d{1,4})–(\d{3,4})\s*\|/.exec(line);
    const single = /^(\d{4})\s*\|/.exec(line);
    if (range) found.closeRanges.add(`${range[1]}–${range[2]}`);
    else if (single) found.closeCodes.add(Number(single[1]));
  }
  return found;
}

function isKnown(token: string): boolean {
  if (token.includes('.')) return getIisSubstatus(token) !== undefined;
  const result = classifyStatus(Number(token));
  switch (result.kind) {
    case 'registered':
    case 'vendor':
      return true;
    case 'unassigned':
      return result.ftp !== undefined;
    case 'out-of-range':
      return result.vendors.length > 0 || result.ftp !== undefined || result.seed !== undefined;
    default:
      return false;
  }
}

describe('the seed documents', () => {
  const files = existsSync(seedsDir) ? readdirSync(seedsDir).filter((file) => file.endsWith('.txt')) : [];
  const all: Extracted = { http: new Set(), closeCodes: new Set(), closeRanges: new Set() };
  for (const file of files) {
    const found = extract(readFileSync(path.join(seedsDir, file), 'utf8'));
    for (const token of found.http) all.http.add(token);
    for (const code of found.closeCodes) all.closeCodes.add(code);
    for (const range of found.closeRanges) all.closeRanges.add(range);
  }

  it('are beside the repository, all five', () => {
    expect(files).toHaveLength(5);
  });

  it('yield the codes the extractor must find', () => {
    for (const token of ['421', '425', '449', '509', '600', '631', '331', '403.14', '404.3', '403.10']) expect(all.http).toContain(token);
    for (const code of [1000, 1006, 1015]) expect(all.closeCodes).toContain(code);
    expect([...all.closeRanges].sort()).toEqual(['0–999', '1016–1999', '2000–2999', '3000–3999', '4000–4999']);
    expect(all.http.size).toBeGreaterThan(100);
  });

  it('mention no HTTP-looking number the metadata does not know', () => {
    const unknown = [...all.http].filter((token) => !(token in NOT_CODES) && !isKnown(token));
    expect(unknown).toEqual([]);
  });

  it('mention only registered close codes and ranges RFC 6455 defines', () => {
    for (const code of all.closeCodes) expect(getCloseCode(code), String(code)).toBeDefined();
    for (const range of all.closeRanges) {
      const [from, to] = range.split('–').map(Number) as [number, number];
      expect(getCloseCodeRange(from)).toBeDefined();
      expect(getCloseCodeRange(to)).toBeDefined();
    }
  });

  it('are corrected where they are wrong', () => {
    expect(getHttpStatus(421)?.phrase).toBe('Misdirected Request');
    expect(getHttpStatus(425)?.phrase).toBe('Too Early');
    expect(getHttpStatus(402)?.phrase).toBe('Payment Required');
    expect(getHttpStatus(205)?.phrase).toBe('Reset Content');
    expect(getHttpStatus(306)?.category).toBe('unused');
    expect(getHttpStatus(418)?.category).toBe('unused');
    expect(classifyStatus(600).kind).toBe('out-of-range');
    expect(classifyStatus(403.14)).toMatchObject({ kind: 'non-integer', truncated: 403 });
    expect(classifyStatus(449).kind).toBe('vendor');
    expect(classifyStatus(509).kind).toBe('vendor');
    for (const code of ['205', '302', '402', '421', '425', '418', '306', '449', '509', '600', '403.x', 'FTP', '1007', '1016–2999', 'CLOSE_*']) {
      expect(getSeedCorrections(code), code).not.toHaveLength(0);
    }
    expect(getSeedCorrections('421')[0]?.correction).toMatch(/Misdirected Request/);
  });
});
