import {
  classifyStatus,
  getCloseCode,
  getCloseCodeRange,
  getFtpReply,
  getHttpStatus,
  getIisSubstatus,
  getSeedCorrections,
  getVendorStatuses,
  isCloseCodeAccepted,
  webSocketApis,
  type StatusClassification,
  type WebSocketApiId,
} from '../../src/codes/index.js';
import { hasExpired } from '../../src/codes/policy.js';
import { describeCategory } from '../../src/describe.js';

/** A classification in a form that is short to compare: kind, then what it carries. */
function summary(classification: StatusClassification): unknown {
  switch (classification.kind) {
    case 'registered':
      return {
        kind: classification.kind,
        phrase: classification.status.phrase,
        category: classification.status.category,
        conflicts: classification.conflicts.map((vendor) => `${vendor.vendor}: ${vendor.phrase}`),
      };
    case 'vendor':
      return { kind: classification.kind, vendors: classification.vendors.map((vendor) => `${vendor.vendor}: ${vendor.phrase}`) };
    case 'unassigned':
      return { kind: classification.kind, ftp: classification.ftp?.meaning };
    case 'out-of-range':
      return {
        kind: classification.kind,
        vendors: classification.vendors.map((vendor) => `${vendor.vendor}: ${vendor.phrase}`),
        ftp: classification.ftp?.meaning,
        seed: classification.seed?.code,
      };
    case 'non-integer':
      return { kind: classification.kind, truncated: classification.truncated, iis: classification.iis?.code };
  }
}

describe('classifyStatus', () => {
  it('classifies registered codes, with their category', () => {
    expect(summary(classifyStatus(404))).toEqual({ kind: 'registered', phrase: 'Not Found', category: 'standard', conflicts: [] });
    expect(summary(classifyStatus(418))).toEqual({ kind: 'registered', phrase: '(Unused)', category: 'unused', conflicts: [] });
    expect(summary(classifyStatus(305))).toEqual({ kind: 'registered', phrase: 'Use Proxy', category: 'deprecated', conflicts: [] });
    expect(summary(classifyStatus(510))).toEqual({ kind: 'registered', phrase: 'Not Extended', category: 'obsoleted', conflicts: [] });
    expect(classifyStatus(104)).toMatchObject({ kind: 'registered', code: 104, status: { category: 'temporary', expires: '2026-11-13' } });
    expect(classifyStatus(404)).toMatchObject({ kind: 'registered', code: 404, status: getHttpStatus(404) });
  });

  it('keeps the vendor meanings that collide with a registered code', () => {
    expect(summary(classifyStatus(451))).toEqual({
      kind: 'registered',
      phrase: 'Unavailable For Legal Reasons',
      category: 'standard',
      conflicts: ['Microsoft Exchange ActiveSync / IIS: Redirect'],
    });
    expect(summary(classifyStatus(103))).toMatchObject({ conflicts: ['the resumable-requests proposal (historic): Checkpoint'] });
    expect(summary(classifyStatus(421))).toMatchObject({ phrase: 'Misdirected Request', conflicts: ['Spring Framework HttpStatus (deprecated) / WebDAV draft: Destination Locked'] });
  });

  it('classifies vendor codes, with every vendor when they disagree', () => {
    expect(summary(classifyStatus(509))).toEqual({
      kind: 'vendor',
      vendors: ['Apache/cPanel bandwidth modules (not httpd core): Bandwidth Limit Exceeded'],
    });
    expect(summary(classifyStatus(499))).toEqual({
      kind: 'vendor',
      vendors: ['nginx: Client Closed Request', 'Esri ArcGIS Server: Token Required'],
    });
    const nginxOrEsri = classifyStatus(499);
    expect(nginxOrEsri.kind === 'vendor' && nginxOrEsri.vendors.map((vendor) => vendor.onTheWire)).toEqual([false, true]);
    expect(summary(classifyStatus(530))).toEqual({ kind: 'vendor', vendors: ['Cloudflare: Origin Error (1xxx)', 'Pantheon: Site is frozen'] });
    expect(summary(classifyStatus(449))).toEqual({ kind: 'vendor', vendors: ['Microsoft (IIS / Exchange ActiveSync): Retry With'] });
  });

  it('classifies other integers in 100–599 as unassigned, naming the FTP reply of that number', () => {
    expect(classifyStatus(299)).toEqual({ kind: 'unassigned', code: 299 });
    expect(classifyStatus(331)).toEqual({
      kind: 'unassigned',
      code: 331,
      ftp: { code: 331, meaning: 'User name okay, need password', reference: 'RFC 959 §4.2.2' },
    });
  });

  it('classifies integers outside 100–599 with what is known of them', () => {
    expect(summary(classifyStatus(600))).toEqual({ kind: 'out-of-range', vendors: ['some CDNs: Unparseable Response Headers'], ftp: undefined, seed: '600' });
    expect(summary(classifyStatus(783))).toEqual({ kind: 'out-of-range', vendors: ['Shopify: Unexpected Token'], ftp: undefined, seed: undefined });
    expect(summary(classifyStatus(631))).toEqual({ kind: 'out-of-range', vendors: [], ftp: 'Integrity protected reply', seed: undefined });
    expect(classifyStatus(99)).toEqual({ kind: 'out-of-range', code: 99, vendors: [] });
    expect(classifyStatus(0)).toEqual({ kind: 'out-of-range', code: 0, vendors: [] });
    expect(classifyStatus(1000)).toEqual({ kind: 'out-of-range', code: 1000, vendors: [] });
  });

  it('classifies fractions, naming the IIS sub-status of that value', () => {
    expect(summary(classifyStatus(403.14))).toEqual({ kind: 'non-integer', truncated: 403, iis: '403.14' });
    expect(summary(classifyStatus(404.5))).toEqual({ kind: 'non-integer', truncated: 404, iis: '404.5' });
    expect(classifyStatus(403.14)).toMatchObject({ value: 403.14, iis: { status: 403, meaning: 'Directory listing denied' } });
    expect(classifyStatus(200.5)).toEqual({ kind: 'non-integer', value: 200.5, truncated: 200 });
    expect(classifyStatus(-403.5)).toEqual({ kind: 'non-integer', value: -403.5, truncated: -403 });
    expect(summary(classifyStatus(Number.NaN))).toEqual({ kind: 'non-integer', truncated: Number.NaN, iis: undefined });
  });

  it('cannot tell 403.10 from 403.1, and reports the shorter sub-status for both', () => {
    // 403.10 and 403.1 are one JavaScript number; the literal's text tells them apart.
    expect(summary(classifyStatus(403.1))).toEqual({ kind: 'non-integer', truncated: 403, iis: '403.1' });
    expect(summary(classifyStatus(403.10))).toEqual({ kind: 'non-integer', truncated: 403, iis: '403.1' });
    expect(summary(classifyStatus(404.2))).toEqual({ kind: 'non-integer', truncated: 404, iis: '404.2' });
    expect(getIisSubstatus('403.10')?.meaning).toBe('The web server is configured to deny Execute access');
    expect(getIisSubstatus('403.1')?.meaning).toBe('Execute access forbidden');
    // 404.0 is the integer 404.
    expect(classifyStatus(404.0).kind).toBe('registered');
  });

  it('sorts every integer of 100–599 into exactly the expected kind', () => {
    const byKind = new Map<string, number[]>();
    for (let code = 100; code <= 599; code++) {
      const { kind } = classifyStatus(code);
      byKind.set(kind, [...(byKind.get(kind) ?? []), code]);
    }
    expect(byKind.get('registered')).toHaveLength(64);
    expect(byKind.get('vendor')).toEqual([
      122, 210, 218, 419, 420, 430, 440, 444, 449, 450, 456, 460, 463, 464, 494, 495, 496, 497, 498, 499, 509, 520, 521, 522, 523,
      524, 525, 526, 527, 530, 540, 561, 598, 599,
    ]);
    const withFtp = (byKind.get('unassigned') ?? []).filter((code) => getFtpReply(code) !== undefined);
    expect(withFtp).toEqual([110, 120, 125, 150, 211, 212, 213, 214, 215, 220, 221, 225, 227, 230, 250, 257, 331, 332, 350, 452, 532, 550, 551, 552, 553]);
    expect([...byKind.keys()].sort()).toEqual(['registered', 'unassigned', 'vendor']);
  });
});

describe('the lookups', () => {
  it('find registry entries, vendors, IIS sub-statuses, FTP replies and seed corrections', () => {
    expect(getHttpStatus(425)?.phrase).toBe('Too Early');
    expect(getHttpStatus(509)).toBeUndefined();
    expect(getVendorStatuses(419).map((vendor) => vendor.vendor)).toEqual(['Laravel', 'an old WebDAV draft (http-status-codes, Spring)']);
    expect(getVendorStatuses(404)).toEqual([]);
    expect(getIisSubstatus('404.3')?.status).toBe(404);
    expect(getIisSubstatus('403')).toBeUndefined();
    expect(getIisSubstatus('403.140')).toBeUndefined();
    expect(getFtpReply(421)?.meaning).toBe('Service not available, closing control connection');
    expect(getFtpReply(404)).toBeUndefined();
    expect(getSeedCorrections('421').map((correction) => correction.source)).toEqual(['RFC 9110 §15.5.20; RFC 959 §4.2.2; Microsoft KB 943891']);
    expect(getSeedCorrections('1016–1999')).toHaveLength(1);
    expect(getSeedCorrections('1016-1999')).toEqual([]);
    expect(getSeedCorrections('404')).toEqual([]);
  });
});

describe('WebSocket close codes', () => {
  const apis = Object.keys(webSocketApis) as WebSocketApiId[];
  /** The APIs that validate the code; the others send whatever they get. */
  const validating: WebSocketApiId[] = ['whatwg', 'ws', 'websocket', 'bun-client', 'workerd'];
  const accepting = (code: number): WebSocketApiId[] => apis.filter((api) => isCloseCodeAccepted(api, code));

  it('finds registered codes and their ranges', () => {
    expect(getCloseCode(1006)).toMatchObject({ name: 'Abnormal Closure', sendable: false, informalName: 'CLOSE_ABNORMAL' });
    expect(getCloseCode(1007)?.name).toBe('Invalid frame payload data');
    expect(getCloseCode(3008)?.name).toBe('Timeout');
    expect(getCloseCode(1016)).toBeUndefined();
    expect(getCloseCode(4000)).toBeUndefined();
    const use = (code: number): string | undefined => getCloseCodeRange(code)?.use;
    expect([0, 999, 1000, 2999, 3000, 3999, 4000, 4999, 5000, 65535].map((code) => getCloseCodeRange(code)?.from)).toEqual([
      0, 0, 1000, 1000, 3000, 3000, 4000, 4000, 5000, 5000,
    ]);
    expect(use(4001)).toMatch(/^private use/);
    expect(use(2000)).toMatch(/unassigned codes must not be sent/);
    expect(getCloseCodeRange(65536)).toBeUndefined();
    expect(getCloseCodeRange(-1)).toBeUndefined();
  });

  it('knows which API accepts which code', () => {
    expect(isCloseCodeAccepted('ws', 1001)).toBe(true);
    expect(isCloseCodeAccepted('whatwg', 1001)).toBe(false);
    expect(accepting(1001)).toEqual(['ws', 'websocket', 'bun-client', 'bun-server', 'deno-server', 'uws', 'workerd']);
    expect(accepting(1000)).toEqual(apis);
    expect(accepting(4000)).toEqual(apis);
    expect(accepting(3999)).toEqual(apis);
    // 1006 and 5000: every API that validates throws; the lenient servers send them unchecked.
    for (const code of [1004, 1005, 1006, 5000]) expect(accepting(code).filter((api) => validating.includes(api)), String(code)).toEqual([]);
    expect(accepting(1006)).toEqual(['bun-server', 'deno-server', 'uws']);
    expect(accepting(5000)).toEqual(['bun-server', 'deno-server', 'uws']);
    expect(accepting(1015)).toEqual(['websocket', 'bun-server', 'deno-server', 'uws']); // WebSocket-Node's bug, recorded as such
    expect(accepting(2000)).toEqual(['bun-server', 'deno-server', 'uws', 'workerd']);
    expect(accepting(1012)).toEqual(['ws', 'websocket', 'bun-client', 'bun-server', 'deno-server', 'uws', 'workerd']);
  });

  it('does not accept fractions anywhere', () => {
    expect(accepting(1000.5)).toEqual([]);
    expect(accepting(Number.NaN)).toEqual([]);
  });
});

describe('a temporary registration as of the lint date', () => {
  const status = getHttpStatus(104)!;

  it('expires on the date the metadata gives', () => {
    expect(status.expires).toBe('2026-11-13');
    expect(hasExpired('2026-11-13', '2026-11-13')).toBe(false);
    expect(hasExpired('2026-11-13', '2026-11-14')).toBe(true);
  });

  it('is described as registered before that date and as expired after it', () => {
    expect(describeCategory(status, '2026-11-01')).toBe(
      'is only provisionally registered in the IANA registry (draft-ietf-httpbis-resumable-upload-05, registration expires 2026-11-13)',
    );
    expect(describeCategory(status, '2026-12-07')).toBe(
      'was only provisionally registered in the IANA registry (draft-ietf-httpbis-resumable-upload-05): the registration expired on 2026-11-13 unless IANA extended it',
    );
  });
});
