import { getFileAnalysis, siteListeners, type StatusSite } from '../src/analysis/index.js';
import { checkedHeaders, type CheckedHeader } from '../src/codes/policy.js';
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
        '{{api}} makes a {{status}} error response without the {{header}} header ({{level}}, {{reference}}): no framework adds one.{{hint}}',
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

    return siteListeners(context, {
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
      const required = checkedHeaders(code).filter((header) => isChecked(header, site));
      if (required.length === 0) return;
      const headers = analysis.headersFor(site);
      if (headers.unknown) return;
      for (const header of required) {
        if (headers.names.has(header.name) || (header.alternative !== undefined && headers.names.has(header.alternative))) continue;
        const late = headers.late?.get(header.name);
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
            hint: header.hint,
          },
        });
      }
    }

    function isChecked(header: CheckedHeader, site: StatusSite): boolean {
      // Redirect helpers set Location themselves.
      if (ignoredHeaders.has(header.name) || (header.name === 'location' && site.role === 'redirect')) return false;
      return header.level === 'MUST' || !!options.checkShould;
    }
  },
});
