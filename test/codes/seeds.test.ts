import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import {
  classifyStatus,
  closeCodeRanges,
  ftpReplies,
  getCloseCode,
  getCloseCodeRange,
  getFtpReply,
  getHttpStatus,
  getIisSubstatus,
  getSeedCorrections,
  iisSubstatuses,
  seedCorrections,
} from '../../src/codes/index.js';

/**
 * The five seed documents the project started from (../shared/seeds/, beside the repository):
 * every code they mention must be known to the metadata and classified, and each wrong claim must
 * have a correction. The extractor is tested first, on text written here and on known members of
 * the seeds.
 */

const repositoryRoot = path.resolve(import.meta.dirname, '../..');
const seedsDir = path.resolve(repositoryRoot, '../shared/seeds');
if (!existsSync(seedsDir)) {
  throw new Error(`The seed documents are missing: expected the five *.txt files in ${seedsDir} (../shared/seeds from the repository).`);
}
const seeds = readdirSync(seedsDir)
  .filter((file) => file.endsWith('.txt'))
  .sort()
  .map((file) => ({ file, text: readFileSync(path.join(seedsDir, file), 'utf8') }));

interface Extracted {
  /** Three-digit numbers in the HTTP tables (600 included). */
  http: Set<string>;
  /** `403.14`-style values, as written. */
  iis: Set<string>;
  /** Three-digit numbers in the FTP table. */
  ftp: Set<string>;
  /** Four-digit numbers in the WebSocket table. */
  closeCodes: Set<number>;
  /** `1016–1999`-style ranges in the WebSocket table, with the seed's en dash. */
  closeRanges: Set<string>;
}

const empty = (): Extracted => ({ http: new Set(), iis: new Set(), ftp: new Set(), closeCodes: new Set(), closeRanges: new Set() });

/** The headings at which seed 004 turns from HTTP to FTP and from FTP to WebSocket close codes. */
const FTP_HEADING = /^FTP$/m;
const WEBSOCKET_HEADING = /^WebSockets状态码$/m;

/** Splits a seed into its HTTP, FTP and WebSocket parts (most seeds are HTTP only). */
function sections(text: string): { http: string; ftp: string; webSocket: string } {
  const ftpAt = text.search(FTP_HEADING);
  const webSocketAt = text.search(WEBSOCKET_HEADING);
  const httpEnd = [ftpAt, webSocketAt, text.length].filter((at) => at >= 0)[0] ?? text.length;
  return {
    http: text.slice(0, httpEnd),
    ftp: ftpAt >= 0 ? text.slice(ftpAt, webSocketAt > ftpAt ? webSocketAt : text.length) : '',
    webSocket: webSocketAt >= 0 ? text.slice(webSocketAt) : '',
  };
}

/**
 * Numbers that look like a code but are not one, by what precedes them: an RFC number ("RFC 959";
 * the seeds' RFC numbers have four digits, which the digit bounds below skip anyway) and a key
 * length ("SSL 128").
 */
const NOT_A_CODE_BEFORE = /(?:RFC|SSL)\s*$/;

/**
 * Three-digit numbers, not part of a longer number (years such as 1998, RFC 2616), not the integer
 * part of a decimal (403.14) and not its fraction; `403.` at the end of a sentence still counts.
 */
const THREE_DIGITS = /(?<!\d|\d\.)\d{3}(?!\d|\.\d)/g;
/** A status with a sub-status: 403.14, 404.0. Version numbers such as 1.1 or 6.0 have fewer digits in front. */
const SUB_STATUS = /(?<!\d|\d\.)\d{3}\.\d{1,3}(?!\d|\.\d)/g;
/** Close codes in the WebSocket table: four digits, not the end of a range. */
const FOUR_DIGITS = /(?<![\d–])\d{4}(?![\d–])/g;
const RANGE = /(?<!\d)(\d{1,5})–(\d{1,5})(?!\d)/g;

function codesIn(text: string, into: Set<string>): void {
  for (const match of text.matchAll(THREE_DIGITS)) {
    if (!NOT_A_CODE_BEFORE.test(text.slice(Math.max(0, match.index - 8), match.index))) into.add(match[0]);
  }
}

function extract(text: string, into: Extracted = empty()): Extracted {
  const { http, ftp, webSocket } = sections(text);
  codesIn(http, into.http);
  codesIn(ftp, into.ftp);
  for (const part of [http, ftp]) for (const match of part.matchAll(SUB_STATUS)) into.iis.add(match[0]);
  for (const match of webSocket.matchAll(RANGE)) into.closeRanges.add(match[0]);
  for (const match of webSocket.matchAll(FOUR_DIGITS)) into.closeCodes.add(Number(match[0]));
  return into;
}

const all = empty();
for (const { text } of seeds) extract(text, all);

describe('the seed extractor', () => {
  it('finds the five seeds beside the repository', () => {
    expect(seeds.map(({ file }) => file.slice(0, 4))).toEqual(['000_', '001_', '002_', '003_', '004_']);
  });

  it('skips years, RFC numbers, versions and key lengths, and reads sub-statuses whole', () => {
    const found = extract('由 RFC 2616 定义 (1998年, HTTP/1.1, IIS 6.0)。要求 SSL 128。RFC 959. 404。403.14 – 拒绝。见 410. 2015核准 600 Unparseable');
    expect([...found.http]).toEqual(['404', '410', '600']);
    expect([...found.iis]).toEqual(['403.14']);
    expect(found.ftp.size + found.closeCodes.size + found.closeRanges.size).toBe(0);
  });

  it('splits a seed into its HTTP, FTP and WebSocket tables', () => {
    const found = extract('- 421 – 连接数\nFTP\n- 421 服务不可用\n- 631 Integrity\nWebSockets状态码\n0–999 | – |\n1006 | CLOSE_ABNORMAL | 用于 1003 和 1009\n');
    expect([...found.http]).toEqual(['421']);
    expect([...found.ftp]).toEqual(['421', '631']);
    expect([...found.closeCodes]).toEqual([1006, 1003, 1009]);
    expect([...found.closeRanges]).toEqual(['0–999']);
    expect(seeds.filter(({ text }) => FTP_HEADING.test(text) || WEBSOCKET_HEADING.test(text)).map(({ file }) => file.slice(0, 3))).toEqual(['004']);
  });

  it('finds the codes it must in the seeds', () => {
    for (const token of ['100', '205', '418', '421', '425', '449', '451', '508', '509', '511', '600']) expect(all.http, token).toContain(token);
    for (const token of ['331', '421', '530', '631', '633', '600']) expect(all.ftp, token).toContain(token);
    for (const token of ['403.1', '403.10', '403.14', '403.20', '404.0', '404.3']) expect(all.iis, token).toContain(token);
    expect(all.http).not.toContain('128');
    expect(all.http).not.toContain('331');
  });

  it('reads the whole FTP, IIS and WebSocket tables', () => {
    expect([...all.ftp].map(Number).sort((a, b) => a - b)).toEqual([...ftpReplies.map((reply) => reply.code), 600].sort((a, b) => a - b));
    expect([...all.iis].sort()).toEqual(
      [...Array.from({ length: 20 }, (_, i) => `403.${i + 1}`), ...Array.from({ length: 4 }, (_, i) => `404.${i}`)].sort(),
    );
    expect([...all.closeCodes].sort((a, b) => a - b)).toEqual(Array.from({ length: 16 }, (_, i) => 1000 + i));
    expect([...all.closeRanges]).toEqual(['0–999', '1016–1999', '2000–2999', '3000–3999', '4000–4999']);
  });
});

describe('every code the seeds mention', () => {
  it('in an HTTP table: is registered, a vendor code, or out of range and explained', () => {
    const explained = [...all.http].map((token) => {
      const classification = classifyStatus(Number(token));
      switch (classification.kind) {
        case 'registered':
        case 'vendor':
          return [token, classification.kind];
        case 'out-of-range':
          return [token, classification.seed && classification.vendors.length > 0 ? 'out-of-range, explained' : 'out-of-range, UNEXPLAINED'];
        default:
          return [token, `${classification.kind}, UNEXPLAINED`];
      }
    });
    expect(explained.filter(([, kind]) => kind?.includes('UNEXPLAINED'))).toEqual([]);
    expect(explained.filter(([, kind]) => kind !== 'registered').map(([token]) => token).sort()).toEqual(['449', '509', '600']);
  });

  it('in the FTP table: is an FTP reply (600 names the 6yz class, which a correction explains)', () => {
    const unknown = [...all.ftp].filter((token) => getFtpReply(Number(token)) === undefined);
    expect(unknown).toEqual(['600']);
    expect(getSeedCorrections('600')[0]?.correction).toMatch(/FTP/);
  });

  it('with a sub-status: is an IIS sub-status of the status it is written with', () => {
    for (const token of all.iis) {
      const entry = getIisSubstatus(token);
      expect(entry, token).toBeDefined();
      expect(entry?.status, token).toBe(Number(token.split('.')[0]));
    }
  });

  it('in the WebSocket table: is a registered close code, or a range RFC 6455 defines or a correction explains', () => {
    for (const code of all.closeCodes) expect(getCloseCode(code), String(code)).toBeDefined();
    for (const range of all.closeRanges) {
      const [from, to] = range.split('–').map(Number) as [number, number];
      const exact = closeCodeRanges.some((entry) => entry.from === from && entry.to === to);
      const corrected = getSeedCorrections(range).length > 0;
      expect(exact || corrected, range).toBe(true);
      expect(getCloseCodeRange(from), range).toBe(getCloseCodeRange(to));
    }
    expect([...all.closeRanges].filter((range) => getSeedCorrections(range).length > 0)).toEqual(['1016–1999', '2000–2999', '3000–3999']);
  });
});

describe('the seed corrections', () => {
  const textOf = (prefix: string): string => seeds.find(({ file }) => file.startsWith(prefix))?.text ?? '';
  const allText = seeds.map(({ text }) => text).join('\n');

  it('are each about something the seeds say', () => {
    for (const { code } of seedCorrections) {
      if (/^\d{3}$/.test(code)) expect(all.http.has(code) || all.ftp.has(code), code).toBe(true);
      else if (/^\d{4}$/.test(code)) expect(all.closeCodes, code).toContain(Number(code));
      else if (code.includes('–')) expect(all.closeRanges, code).toContain(code);
      else if (code === '403.x') expect(all.iis.size).toBeGreaterThan(0);
      else if (code === 'FTP') expect(all.ftp.size).toBeGreaterThan(0);
      else if (code === 'CLOSE_*') expect(allText).toMatch(/\| CLOSE_NORMAL \|/);
      else expect(allText, code).toContain(code);
    }
  });

  it('name the seeds that make each claim, and those seeds mention the code', () => {
    const bySeed = new Map(seeds.map(({ file, text }) => [file.slice(0, 3), { text, found: extract(text) }]));
    for (const { code, seedClaim } of seedCorrections) {
      const named = [...seedClaim.matchAll(/\((all five|\d{3}(?:, \d{3})*)\)/g)].flatMap((match) =>
        match[1] === 'all five' ? [...bySeed.keys()] : (match[1] ?? '').split(', '),
      );
      expect(named.length, code).toBeGreaterThan(0);
      for (const seed of new Set(named)) {
        const entry = bySeed.get(seed);
        expect(entry, `${code}: seed ${seed}`).toBeDefined();
        if (!entry) continue;
        const { text, found } = entry;
        const where = `${code} in seed ${seed}`;
        if (/^\d{3}$/.test(code)) expect(found.http.has(code) || found.ftp.has(code), where).toBe(true);
        else if (/^\d{4}$/.test(code)) expect(found.closeCodes.has(Number(code)), where).toBe(true);
        else if (code.includes('–')) expect(found.closeRanges.has(code), where).toBe(true);
        else if (code === '403.x') expect(found.iis.size, where).toBeGreaterThan(0);
        else if (code === 'FTP') expect(found.ftp.size, where).toBeGreaterThan(0);
        else if (code === 'CLOSE_*') expect(text, where).toContain('CLOSE_');
        else expect(text, where).toContain(code);
      }
    }
  });

  it('cover the claims found in the seed texts', () => {
    // A wrong claim as the seed writes it, and the code its correction is filed under.
    const claims: [string, RegExp, string][] = [
      ['000', /205\u00a0Reset Content服务器已经理解了客户端的请求,并将通过Upgrade/, '205'],
      ['000', /302\u00a0Move temporarily/, '302'],
      ['000', /402\u00a0Unauthorized/, '402'],
      ['000', /421\u00a0There are too many connections from your internet address/, '421'],
      ['000', /425\u00a0Unordered Collection/, '425'],
      ['000', /426\u00a0Upgrade Required客户端应当切换到TLS\/1\.0/, '426'],
      ['000', /600\u00a0Unparseable Response Headers/, '600'],
      ['000', /306\u00a0Switch Proxy/, '306'],
      ['000', /305\u00a0Use Proxy被请求的资源必须通过指定的代理才能被访问/, '305'],
      ['000', /413\u00a0Request Entity Too Large/, '413'],
      ['000', /414\u00a0Request-URI Too Long/, '414'],
      ['000', /422\u00a0Unprocessable Entity/, '422'],
      ['001', /416 Requested Range Not Satisfiable/, '416'],
      ['000', /303响应禁止被缓存/, '303'],
      ['000', /由 RFC 2616 规范定义/, 'RFC 2616'],
      ['001', /101 Switching Protocol /, '101'],
      ['001', /207 Multi-Statu /, '207'],
      ['001', /300 Multiple Choice /, '300'],
      ['001', /506 Variant Also Negotiate /, '506'],
      ['001', /449 Retry With/, '449'],
      ['001', /509 Bandwidth Limit Exceeded/, '509'],
      ['002', /## 510 Not Extended/, '510'],
      ['002', /## 102 Processing/, '102'],
      ['003', /RFC 3658/, '425'],
      ['004', /306 – 临时重定向/, '306'],
      ['004', /418 – 本操作码是在1998年作为IETF的传统愚人节笑话/, '418'],
      ['004', /417 – 执行失败/, '417'],
      ['004', /401 – 访问被拒绝/, '401'],
      ['004', /501 – 尚未实施,页眉值指定了未实现的配置/, '501'],
      ['004', /503 – 服务不可用,这个错误代码为 IIS 6\.0 所专用/, '503'],
      ['004', /506 – 服务器没有正确配置/, '506'],
      ['004', /403\.14 – 拒绝目录列表/, '403.x'],
      ['004', /^- 331 用户名正确,需要密码/m, 'FTP'],
      ['004', /600 Series/, '600'],
      ['004', /1001 \| CLOSE_GOING_AWAY \| 终端离开, 可能因为服务端错误/, '1001'],
      ['004', /1007 \| Unsupported Data/, '1007'],
      ['004', /1010 \| Missing Extension/, '1010'],
      ['004', /1011 \| Internal Error \| 客户端由于遇到没有预料的情况/, '1011'],
      ['004', /1014 \| – \| 由 WebSocket \|/, '1014'],
      ['004', /1016–1999 \| – \| 由 WebSocket 标准保留/, '1016–1999'],
      ['004', /2000–2999 \| – \| 由 WebSocket 拓展保留/, '2000–2999'],
      ['004', /3000–3999 \| – \| 可以由库或框架使用。 不应由应用使用/, '3000–3999'],
      ['004', /1000 \| CLOSE_NORMAL/, 'CLOSE_*'],
    ];
    for (const [seed, claim, code] of claims) {
      expect(textOf(seed), `${seed}: ${claim}`).toMatch(claim);
      expect(getSeedCorrections(code), code).toHaveLength(1);
    }
    const used = new Set(claims.map(([, , code]) => code));
    expect(seedCorrections.map((correction) => correction.code).filter((code) => !used.has(code))).toEqual([]);
  });

  it('include the copies: 205 repeats 101 in seed 000, 422 repeats 421 in seed 003', () => {
    const seed000 = textOf('000');
    const description = (code: number, phrase: string): string | undefined =>
      new RegExp(`^${code}\\u00a0${phrase}(.+)$`, 'm').exec(seed000)?.[1];
    expect(description(205, 'Reset Content')).toBeDefined();
    expect(description(205, 'Reset Content')).toBe(description(101, 'Switching Protocols'));
    const rows = new Map<string, string[]>();
    for (const match of textOf('003').matchAll(/^\| (\d{3}) \|\n([^|]*)\|/gm)) {
      rows.set(match[1] ?? '', [...(rows.get(match[1] ?? '') ?? []), (match[2] ?? '').trim()]);
    }
    expect(rows.get('422')?.[0]).toBe(rows.get('421')?.[0]);
    expect(rows.get('421')?.[0]).toMatch(/number of connections/);
  });

  it('say what is true', () => {
    expect(getHttpStatus(421)?.phrase).toBe('Misdirected Request');
    expect(getHttpStatus(425)?.phrase).toBe('Too Early');
    expect(getHttpStatus(402)?.phrase).toBe('Payment Required');
    expect(getHttpStatus(205)?.phrase).toBe('Reset Content');
    expect(getHttpStatus(306)?.category).toBe('unused');
    expect(getHttpStatus(418)?.category).toBe('unused');
    expect(getHttpStatus(510)?.category).toBe('obsoleted');
    expect(classifyStatus(600).kind).toBe('out-of-range');
    expect(classifyStatus(403.14)).toMatchObject({ kind: 'non-integer', truncated: 403, iis: { code: '403.14' } });
    expect(classifyStatus(449).kind).toBe('vendor');
    expect(classifyStatus(509).kind).toBe('vendor');
    expect(getCloseCode(1007)?.name).toBe('Invalid frame payload data');
    expect(getCloseCode(1014)?.name).toBe('Bad Gateway');
    expect(getSeedCorrections('421')[0]?.correction).toMatch(/Misdirected Request/);
    expect(getSeedCorrections('421')[0]?.correction).toMatch(/403\.9/);
    expect(getIisSubstatus('403.9')?.meaning).toMatch(/too many clients/i);
    expect(getFtpReply(421)?.meaning).toMatch(/closing control connection/);
  });

  it('cover every IIS sub-status the seeds list with the metadata', () => {
    const listed = iisSubstatuses.map((entry) => entry.code);
    for (const token of all.iis) expect(listed, token).toContain(token);
  });
});
