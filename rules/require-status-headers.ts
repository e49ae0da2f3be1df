import { analysisListeners, getFileAnalysis, type StatusSite } from '../src/analysis/index.js';
import { getHttpStatus, type RequiredHeader } from '../src/codes/index.js';
import { createRule } from '../src/create-rule.js';
import { nameCode } from '../src/describe.js';

export type MessageIds = 'missingHeader' | 'missingHeaderOnError' | 'headerAfterSend';
export type Options = [
  {
    checkShould?: boolean;
    checkThrown?: boolean;
    ignoreStatuses?: number[];
    ignoreHeaders?: string[];
  },
];

/**
 * The header/status pairs this rule checks; level and RFC section come from the metadata. Other
 * entries there depend on conditions code cannot see (a 201 to a POST, a temporary 413, the
 * headers a 200 would have had on a 304).
 */
const CHECKED: Readonly<Record<'MUST' | 'SHOULD', Readonly<Record<string, readonly number[]>>>> = {
  MUST: {
    'www-authenticate': [401],
    'proxy-authenticate': [407],
    allow: [405],
    // Not 101: the runtime or library that performs an upgrade writes that header itself.
    upgrade: [426],
    'content-range': [206],
  },
  SHOULD: {
    location: [301, 302, 303, 307, 308],
    'content-range': [416],
  },
};

/** A multipart 206 carries Content-Type multipart/byteranges instead of Content-Range (RFC 9110 §15.3.7.2). */
const SATISFIED_BY: Readonly<Record<string, string>> = { 'content-range': 'content-type' };

/** Advice per header, appended to the message. */
const HINTS: Readonly<Record<string, string>> = {
  'www-authenticate':
    ' Send a challenge such as `Bearer realm="api"`; a scheme other than Basic does not open the browser\'s login dialog.',
  allow: ' List the methods the resource supports, e.g. `GET, HEAD`.',
  'proxy-authenticate': ' Send the proxy\'s challenge.',
  upgrade: ' Name the protocol the client must switch to, e.g. `TLS/1.3` or `h2c`.',
};

export default createRule<Options, MessageIds>({
  name: 'require-status-headers',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require the headers that a status demands, such as WWW-Authenticate on a 401',
      recommended: 'recommended',
    },
    messages: {
      missingHeader: '{{status}} requires the {{header}} header ({{level}}, {{reference}}), but {{api}} sends none.{{hint}}',
      headerAfterSend:
        '{{status}} requires the {{header}} header ({{level}}, {{reference}}), but {{api}} sends the head before line {{line}} sets it: a header set after that is never sent (node:http throws ERR_HTTP_HEADERS_SENT). Set it before the status is sent.',
      missingHeaderOnError:
        '{{api}} throws a {{status}} error without the {{header}} header ({{level}}, {{reference}}): no framework adds one.{{hint}}',
    },
    schema: [
      {
        type: 'object',
        properties: {
          checkShould: {
            type: 'boolean',
            description: 'Also check SHOULD-level headers: Location on 301/302/303/307/308 set outside redirect helpers, Content-Range on 416.',
          },
          checkThrown: {
            type: 'boolean',
            description: 'Check errors that produce the status (ctx.throw(401), createError(401), UnauthorizedException, HTTPException(401)).',
          },
          ignoreStatuses: {
            type: 'array',
            items: { type: 'integer', minimum: 100, maximum: 599 },
            uniqueItems: true,
            description: 'Statuses not to check.',
          },
          ignoreHeaders: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
            description: 'Header names not to check (case-insensitive).',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ checkShould: false, checkThrown: true, ignoreStatuses: [], ignoreHeaders: [] }],
  },
  create(context, [options]) {
    const analysis = getFileAnalysis(context);
    const ignoredStatuses = new Set(options.ignoreStatuses);
    const ignoredHeaders = new Set(options.ignoreHeaders?.map((name) => name.toLowerCase()));
    const sites: StatusSite[] = [];

    return analysisListeners(context, {
      StatusSite(site) {
        if (site.role === 'status' || site.role === 'redirect' || (site.role === 'error' && options.checkThrown)) sites.push(site);
      },
      // Headers may be set anywhere on the response, so decide once the whole file is seen.
      'Program:exit'() {
        for (const site of sites) check(site);
      },
    });

    function check(site: StatusSite): void {
      if (site.value?.type !== 'number' || ignoredStatuses.has(site.value.value)) return;
      const code = site.value.value;
      const required = (getHttpStatus(code)?.requiredHeaders ?? []).filter((header) => isChecked(header, code, site));
      if (required.length === 0) return;
      const headers = analysis.headersFor(site);
      if (headers.unknown) return;
      for (const header of required) {
        const name = header.header.toLowerCase();
        const alternative = code === 206 ? SATISFIED_BY[name] : undefined;
        if (headers.names.has(name) || (alternative !== undefined && headers.names.has(alternative))) continue;
        const late = headers.late?.get(name);
        context.report({
          node: site.node,
          messageId: late ? 'headerAfterSend' : site.role === 'error' ? 'missingHeaderOnError' : 'missingHeader',
          data: {
            line: late?.loc.start.line ?? 0,
            status: nameCode(code),
            header: header.header,
            level: header.level,
            reference: header.reference,
            api: site.api,
            hint: HINTS[header.header.toLowerCase()] ?? '',
          },
        });
      }
    }

    function isChecked(header: RequiredHeader, code: number, site: StatusSite): boolean {
      const name = header.header.toLowerCase();
      if (ignoredHeaders.has(name)) return false;
      // Redirect helpers set Location themselves.
      if (name === 'location' && site.role === 'redirect') return false;
      if (header.level === 'SHOULD' && !options.checkShould) return false;
      return CHECKED[header.level][name]?.includes(code) ?? false;
    }
  },
});
