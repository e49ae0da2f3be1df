import {
  closeCodeRanges,
  closeCodes,
  constantLibraries,
  ftpReplies,
  getHttpStatus,
  httpStatuses,
  iisSubstatuses,
  seedCorrections,
  vendorStatuses,
  webSocketApis,
  type HttpStatus,
} from '../../src/codes/index.js';

/**
 * The shape of the data itself: which codes each table holds, and the facts that the rules read
 * from it (categories, empty statuses, required headers, conflicts). The expected values are the
 * registries' and RFCs', written out, so that an edit to the data has to be made here as well.
 */

const codesWhere = (predicate: (status: HttpStatus) => boolean): number[] =>
  httpStatuses.filter(predicate).map((status) => status.code);

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

const isAscending = (values: readonly number[]): boolean => values.every((value, i) => i === 0 || value > (values[i - 1] ?? -Infinity));

describe('the IANA HTTP status table', () => {
  it('holds exactly the registered codes, once each, in order', () => {
    expect(httpStatuses.map((status) => status.code)).toEqual([
      ...range(100, 104),
      ...range(200, 208),
      226,
      ...range(300, 308),
      ...range(400, 418),
      ...range(421, 426),
      428,
      429,
      431,
      451,
      ...range(500, 508),
      510,
      511,
    ]);
  });

  it('gives each code its class, the first digit', () => {
    for (const status of httpStatuses) expect(status.class, String(status.code)).toBe(Math.floor(status.code / 100));
  });

  it('uses the RFC 9110 phrases, not the older ones', () => {
    expect(getHttpStatus(413)?.phrase).toBe('Content Too Large');
    expect(getHttpStatus(414)?.phrase).toBe('URI Too Long');
    expect(getHttpStatus(416)?.phrase).toBe('Range Not Satisfiable');
    expect(getHttpStatus(422)?.phrase).toBe('Unprocessable Content');
    expect(getHttpStatus(302)?.phrase).toBe('Found');
    expect(getHttpStatus(104)?.phrase).toBe('Upload Resumption Supported');
    expect(codesWhere((status) => status.phrase === '(Unused)')).toEqual([306, 418]);
  });

  it('sorts the codes into the registry categories', () => {
    expect(codesWhere((status) => status.category === 'deprecated')).toEqual([102, 305]);
    expect(codesWhere((status) => status.category === 'unused')).toEqual([306, 418]);
    expect(codesWhere((status) => status.category === 'obsoleted')).toEqual([510]);
    expect(codesWhere((status) => status.category === 'temporary')).toEqual([104]);
    expect(codesWhere((status) => status.expires !== undefined)).toEqual([104]);
    expect(getHttpStatus(104)?.expires).toBe('2026-11-13');
  });

  it('says what to send instead of every code that is not standard, and only of those', () => {
    expect(codesWhere((status) => status.alternative !== undefined)).toEqual(codesWhere((status) => status.category !== 'standard'));
    // 306 and 510 have nothing that replaces them; 305 and 104 have no status to send instead.
    expect(codesWhere((status) => status.alternative?.code !== undefined)).toEqual([102]);
    for (const status of httpStatuses) {
      const code = status.alternative?.code;
      if (code !== undefined) expect(getHttpStatus(code)?.category, `${status.code} → ${code}`).toBe('standard');
      if (status.alternative) expect(status.alternative.text, String(status.code)).toMatch(/\.$/);
    }
  });

  it('forbids content for 1xx, 204, 205 and 304 only', () => {
    expect(codesWhere((status) => status.bodyForbidden)).toEqual([100, 101, 102, 103, 104, 204, 205, 304]);
  });

  it('records the older phrases libraries still use, never the current one', () => {
    expect(Object.fromEntries(httpStatuses.filter((status) => status.formerPhrases).map((status) => [status.code, status.formerPhrases]))).toEqual({
      302: ['Moved Temporarily'],
      306: ['Switch Proxy'],
      408: ['Request Time-out'],
      413: ['Payload Too Large', 'Request Entity Too Large'],
      414: ['Request-URI Too Long', 'Request-URI Too Large'],
      416: ['Requested Range Not Satisfiable'],
      418: ["I'm a teapot"],
      422: ['Unprocessable Entity'],
      504: ['Gateway Time-out'],
    });
  });

  it('lists the MUST and SHOULD headers of RFC 9110, RFC 7725 and registries.md §4.2', () => {
    const table = httpStatuses.flatMap((status) =>
      status.requiredHeaders.map((header) => `${status.code} ${header.header} ${header.level}${header.condition ? ' (if)' : ''}`),
    );
    expect(table).toEqual([
      '101 Upgrade MUST',
      '201 Location SHOULD (if)',
      '206 Content-Range MUST (if)',
      '206 Content-Type MUST (if)',
      '206 Date MUST (if)',
      '206 Cache-Control MUST (if)',
      '206 ETag MUST (if)',
      '206 Expires MUST (if)',
      '206 Content-Location MUST (if)',
      '206 Vary MUST (if)',
      '300 Location SHOULD (if)',
      '301 Location SHOULD',
      '302 Location SHOULD',
      '303 Location SHOULD (if)',
      '304 Content-Location MUST (if)',
      '304 Date MUST (if)',
      '304 ETag MUST (if)',
      '304 Vary MUST (if)',
      '304 Cache-Control MUST (if)',
      '304 Expires MUST (if)',
      '307 Location SHOULD',
      '308 Location SHOULD',
      '401 WWW-Authenticate MUST',
      '405 Allow MUST (if)',
      '407 Proxy-Authenticate MUST',
      '413 Retry-After SHOULD (if)',
      '416 Content-Range SHOULD (if)',
      '426 Upgrade MUST',
      '451 Link SHOULD (if)',
    ]);
    for (const status of httpStatuses) {
      for (const header of status.requiredHeaders) {
        expect(header.header, String(status.code)).toMatch(/^[A-Z][A-Za-z]*(-[A-Z][A-Za-z]*)*$/);
        expect(header.reference, String(status.code)).toMatch(/^RFC \d+ §/);
      }
    }
    expect(getHttpStatus(401)?.requiredHeaders[0]?.reference).toBe('RFC 9110 §15.5.2; §11.6.1');
    expect(getHttpStatus(201)?.requiredHeaders[0]?.condition).toMatch(/POST/);
    expect(getHttpStatus(206)?.requiredHeaders[0]?.condition).toBe('single-part response');
  });
});

describe('the vendor catalogue', () => {
  it('marks a conflict exactly where the number is also registered', () => {
    for (const vendor of vendorStatuses) {
      expect(vendor.conflictsWithRegistered, `${vendor.code} ${vendor.phrase}`).toBe(getHttpStatus(vendor.code) !== undefined);
    }
    expect(vendorStatuses.filter((vendor) => vendor.conflictsWithRegistered).map((vendor) => `${vendor.code} ${vendor.phrase}`)).toEqual([
      '103 Checkpoint',
      '421 Destination Locked',
      '451 Redirect',
    ]);
  });

  it('keeps one entry per vendor meaning, several where vendors disagree', () => {
    const codes = vendorStatuses.map((vendor) => vendor.code);
    expect(isAscending([...new Set(codes)])).toBe(true);
    expect([...new Set(codes.filter((code, i) => codes.indexOf(code) !== i))]).toEqual([419, 420, 499, 530]);
  });

  it('marks the values that only appear in logs or inside one product', () => {
    expect(vendorStatuses.filter((vendor) => !vendor.onTheWire).map((vendor) => `${vendor.code} ${vendor.vendor}`)).toEqual([
      '122 Internet Explorer (WinInet)',
      '444 nginx',
      '460 AWS Application Load Balancer',
      '494 nginx',
      '495 nginx',
      '496 nginx',
      '497 nginx',
      '499 nginx',
      '600 some CDNs',
    ]);
  });

  it('offers a standard, registered code where it names one', () => {
    for (const vendor of vendorStatuses) {
      expect(vendor.alternative, `${vendor.code} ${vendor.phrase}`).toBeDefined();
      expect(vendor.alternative?.text, `${vendor.code} ${vendor.phrase}`).toMatch(/\.$/);
      const code = vendor.alternative?.code;
      if (code !== undefined) expect(getHttpStatus(code)?.category, `${vendor.code} → ${code}`).toBe('standard');
    }
    const alternativeOf = (code: number, phrase: string): number | undefined =>
      vendorStatuses.find((vendor) => vendor.code === code && vendor.phrase === phrase)?.alternative?.code;
    expect(alternativeOf(509, 'Bandwidth Limit Exceeded')).toBe(429);
    expect(alternativeOf(420, 'Enhance Your Calm')).toBe(429);
    expect(alternativeOf(440, 'Login Time-out')).toBe(401);
    expect(alternativeOf(494, 'Request header too large')).toBe(431);
    expect(alternativeOf(522, 'Connection Timed Out')).toBe(504);
    expect(alternativeOf(444, 'No Response')).toBeUndefined();
  });
});

describe('the IIS sub-statuses', () => {
  it('are three-digit statuses with a decimal part, whose integer part IIS sends', () => {
    for (const entry of iisSubstatuses) {
      expect(entry.code).toMatch(/^\d{3}\.\d{1,3}$/);
      expect(entry.status, entry.code).toBe(Number(entry.code.split('.')[0]));
      expect(getHttpStatus(entry.status)?.category, entry.code).toBe('standard');
    }
    const codes = iisSubstatuses.map((entry) => entry.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('cover 400.1–400.11, 401.1–401.5, 403.1–403.22, 404.0–404.20 and the 50x IP-restriction values', () => {
    const list = (status: number, minors: number[]): string[] => minors.map((minor) => `${status}.${minor}`);
    expect(iisSubstatuses.map((entry) => entry.code)).toEqual([
      ...list(400, range(1, 11)),
      ...list(401, [...range(1, 5), ...range(501, 504)]),
      ...list(403, [...range(1, 22), ...range(501, 504)]),
      ...list(404, [...range(0, 20), ...range(501, 504)]),
    ]);
  });
});

describe('the FTP replies', () => {
  it('hold the replies the seeds mention, once each, in order', () => {
    const codes = ftpReplies.map((reply) => reply.code);
    expect(codes).toEqual([
      110, 120, 125, 150, 200, 202, 211, 212, 213, 214, 215, 220, 221, 225, 226, 227, 230, 250, 257, 331, 332, 350, 421, 425,
      426, 450, 451, 452, 500, 501, 502, 503, 504, 530, 532, 550, 551, 552, 553, 631, 632, 633,
    ]);
    for (const reply of ftpReplies) expect(reply.reference).toMatch(reply.code >= 600 ? /^RFC 2228\b/ : /^RFC 959 §4\.2\.2$/);
  });
});

describe('the WebSocket close codes', () => {
  it('hold the registered codes, and mark those RFC 6455 forbids sending', () => {
    expect(closeCodes.map((entry) => entry.code)).toEqual([...range(1000, 1015), 3000, 3003, 3008]);
    expect(closeCodes.filter((entry) => !entry.sendable).map((entry) => entry.code)).toEqual([1004, 1005, 1006, 1015]);
    expect(closeCodes.filter((entry) => entry.informalName).map((entry) => `${entry.code} ${entry.informalName}`)).toEqual([
      '1000 CLOSE_NORMAL',
      '1001 CLOSE_GOING_AWAY',
      '1002 CLOSE_PROTOCOL_ERROR',
      '1003 CLOSE_UNSUPPORTED',
      '1005 CLOSE_NO_STATUS',
      '1006 CLOSE_ABNORMAL',
      '1009 CLOSE_TOO_LARGE',
    ]);
    expect(closeCodes.filter((entry) => entry.source.includes('secondary')).map((entry) => entry.code)).toEqual([3000, 3003, 3008]);
  });

  it('divide 0–65535 into the ranges of RFC 6455 §7.4.2, without gaps or overlaps', () => {
    expect(closeCodeRanges.map((entry) => [entry.from, entry.to, entry.sendable])).toEqual([
      [0, 999, false],
      [1000, 2999, 'per-code'],
      [3000, 3999, true],
      [4000, 4999, true],
      [5000, 65535, false],
    ]);
    closeCodeRanges.forEach((entry, i) => {
      if (i > 0) expect(entry.from).toBe((closeCodeRanges[i - 1]?.to ?? NaN) + 1);
    });
  });

  it('describe what each close() accepts (registries.md §5.4)', () => {
    expect(Object.fromEntries(Object.values(webSocketApis).map((api) => [api.id, api.accepts]))).toEqual({
      whatwg: [[1000, 1000], [3000, 4999]],
      ws: [[1000, 1003], [1007, 1014], [3000, 4999]],
      websocket: [[1000, 1003], [1007, 1015], [3000, 4999]],
      'bun-client': [[1000, 1003], [1007, 1014], [3000, 4999]],
      'bun-server': [[0, 65535]],
      'deno-server': [[0, 65535]],
      uws: [[0, 65535]],
      workerd: [[1000, 1003], [1007, 1014], [1016, 4999]],
    });
    for (const [id, api] of Object.entries(webSocketApis)) expect(api.id).toBe(id);
    expect(webSocketApis.whatwg.onBadCode).toMatch(/InvalidAccessError/);
    expect(webSocketApis.whatwg.onLongReason).toMatch(/SyntaxError/);
    expect(webSocketApis.ws.onBadCode).toMatch(/TypeError/);
    expect(webSocketApis.ws.onLongReason).toMatch(/RangeError/);
    expect(Object.values(webSocketApis).filter((api) => api.reasonLimitBytes === 123).map((api) => api.id)).toEqual([
      'whatwg',
      'ws',
      'bun-client',
      'bun-server',
      'deno-server',
      'uws',
    ]);
  });
});

describe('sources', () => {
  const nonEmpty = (text: string | undefined, what: string): void => {
    expect(text?.trim(), what).toBeTruthy();
  };

  it('name a source or reference for every entry of every table', () => {
    for (const status of httpStatuses) {
      nonEmpty(status.source, `HTTP ${status.code} source`);
      expect(status.reference, `HTTP ${status.code}`).toMatch(/^(RFC \d+ §\d|draft-ietf-)/);
      for (const header of status.requiredHeaders) nonEmpty(header.reference, `HTTP ${status.code} ${header.header}`);
    }
    for (const vendor of vendorStatuses) nonEmpty(vendor.source, `vendor ${vendor.code} ${vendor.phrase}`);
    for (const entry of iisSubstatuses) expect(entry.source, entry.code).toMatch(/KB 943891/);
    for (const reply of ftpReplies) nonEmpty(reply.reference, `FTP ${reply.code}`);
    for (const correction of seedCorrections) nonEmpty(correction.source, `seed ${correction.code}`);
    for (const entry of closeCodes) {
      nonEmpty(entry.source, `close ${entry.code} source`);
      nonEmpty(entry.reference, `close ${entry.code} reference`);
    }
    for (const entry of closeCodeRanges) expect(entry.reference).toMatch(/^RFC 6455 §7\.4\.2/);
    for (const api of Object.values(webSocketApis)) nonEmpty(api.source, `WebSocket API ${api.id}`);
    for (const library of Object.values(constantLibraries)) nonEmpty(library.source, `constants ${library.id}`);
  });
});
