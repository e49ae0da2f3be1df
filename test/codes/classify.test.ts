import {
  classifyStatus,
  closeCodeRanges,
  closeCodes,
  ftpReplies,
  getCloseCode,
  getCloseCodeRange,
  httpStatuses,
  iisSubstatuses,
  isCloseCodeAccepted,
  seedCorrections,
  vendorStatuses,
  webSocketApis,
} from '../../src/codes/index.js';

describe('classifyStatus', () => {
  it('classifies registered codes with their category', () => {
    expect(classifyStatus(404)).toMatchObject({ kind: 'registered', status: { phrase: 'Not Found', category: 'standard' } });
    expect(classifyStatus(418)).toMatchObject({ kind: 'registered', status: { category: 'unused' } });
    expect(classifyStatus(305)).toMatchObject({ kind: 'registered', status: { category: 'deprecated' } });
    expect(classifyStatus(510)).toMatchObject({ kind: 'registered', status: { category: 'obsoleted' } });
    expect(classifyStatus(104)).toMatchObject({ kind: 'registered', status: { category: 'temporary', expires: '2026-11-13' } });
  });

  it('keeps vendor meanings that collide with a registered code', () => {
    const result = classifyStatus(451);
    expect(result.kind).toBe('registered');
    expect(result.kind === 'registered' && result.conflicts.map((vendor) => vendor.phrase)).toEqual(['Redirect']);
  });

  it('classifies vendor codes, with every vendor when they disagree', () => {
    expect(classifyStatus(509)).toMatchObject({ kind: 'vendor', vendors: [{ phrase: 'Bandwidth Limit Exceeded' }] });
    const nginxOrEsri = classifyStatus(499);
    expect(nginxOrEsri.kind === 'vendor' && nginxOrEsri.vendors.map((vendor) => vendor.vendor)).toEqual(['nginx', 'Esri ArcGIS Server']);
  });

  it('classifies unassigned codes, naming FTP replies', () => {
    expect(classifyStatus(299)).toEqual({ kind: 'unassigned', code: 299 });
    expect(classifyStatus(331)).toMatchObject({ kind: 'unassigned', ftp: { meaning: 'User name okay, need password' } });
  });

  it('classifies values outside 100–599 with what is known of them', () => {
    expect(classifyStatus(600)).toMatchObject({ kind: 'out-of-range', vendors: [{ phrase: 'Unparseable Response Headers' }] });
    expect(classifyStatus(783)).toMatchObject({ kind: 'out-of-range', vendors: [{ vendor: 'Shopify' }] });
    expect(classifyStatus(631)).toMatchObject({ kind: 'out-of-range', ftp: { reference: 'RFC 2228 §5' } });
    expect(classifyStatus(99)).toEqual({ kind: 'out-of-range', code: 99, vendors: [] });
  });

  it('classifies fractions as IIS sub-statuses where IIS has one', () => {
    expect(classifyStatus(403.14)).toMatchObject({ kind: 'non-integer', truncated: 403, iis: { meaning: 'Directory listing denied' } });
    expect(classifyStatus(404.3)).toMatchObject({ kind: 'non-integer', truncated: 404, iis: { status: 404 } });
    expect(classifyStatus(200.5)).toEqual({ kind: 'non-integer', value: 200.5, truncated: 200 });
  });
});

describe('WebSocket close codes', () => {
  it('marks the codes RFC 6455 forbids sending', () => {
    expect(closeCodes.filter((entry) => !entry.sendable).map((entry) => entry.code)).toEqual([1004, 1005, 1006, 1015]);
    expect(getCloseCode(1006)?.name).toBe('Abnormal Closure');
    expect(getCloseCode(1016)).toBeUndefined();
  });

  it('covers every 16-bit value with exactly one range', () => {
    for (const code of [0, 999, 1000, 2999, 3000, 3999, 4000, 4999, 5000, 65535]) {
      expect(closeCodeRanges.filter((range) => code >= range.from && code <= range.to)).toHaveLength(1);
    }
    expect(getCloseCodeRange(4001)?.use).toMatch(/private/);
  });

  it('knows which API accepts which code', () => {
    expect(isCloseCodeAccepted('ws', 1001)).toBe(true);
    expect(isCloseCodeAccepted('whatwg', 1001)).toBe(false);
    for (const api of ['whatwg', 'ws', 'websocket', 'workerd'] as const) {
      expect(isCloseCodeAccepted(api, 1006)).toBe(false);
      expect(isCloseCodeAccepted(api, 5000)).toBe(false);
      expect(isCloseCodeAccepted(api, 4000)).toBe(true);
    }
    expect(isCloseCodeAccepted('websocket', 1015)).toBe(true); // WebSocket-Node's bug, recorded as such
    expect(isCloseCodeAccepted('uws', 1006)).toBe(true);
    expect(isCloseCodeAccepted('ws', 1000.5)).toBe(false);
  });
});

describe('sources', () => {
  it('names a source or reference for every entry', () => {
    const entries: { source?: string; reference?: string }[] = [
      ...httpStatuses,
      ...vendorStatuses,
      ...iisSubstatuses,
      ...ftpReplies,
      ...seedCorrections,
      ...closeCodes,
      ...closeCodeRanges,
      ...Object.values(webSocketApis),
    ];
    for (const entry of entries) expect(`${entry.source ?? ''}${entry.reference ?? ''}`.trim()).not.toBe('');
    for (const status of httpStatuses) expect(status.reference).toMatch(/^(RFC \d+|draft-)/);
  });

  it('has one registry entry per code', () => {
    const codes = httpStatuses.map((status) => status.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toHaveLength(64);
  });
});
