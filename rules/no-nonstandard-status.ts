import { statusSiteListeners } from '../src/analysis/index.js';
import { classifyStatus, type StatusCategory } from '../src/codes/index.js';
import { createRule } from '../src/create-rule.js';
import { classFallback, describeAlternative, describeCategory, describeVendors, nameCode } from '../src/describe.js';

export type MessageIds = 'vendor' | 'logOnly' | 'notStandard';
export type Options = [
  {
    allow?: number[];
    checkVendor?: boolean;
    checkDeprecated?: boolean;
    checkUnused?: boolean;
    checkObsoleted?: boolean;
    checkTemporary?: boolean;
    checkComparisons?: boolean;
  },
];

export default createRule<Options, MessageIds>({
  name: 'no-nonstandard-status',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow sending vendor-specific, deprecated, unused or obsoleted HTTP status codes',
      recommended: 'recommended',
    },
    messages: {
      vendor:
        '{{value}} is not a registered HTTP status: {{vendors}}. A client that does not know it treats it as {{fallback}} (RFC 9110 §15).{{alternative}}',
      logOnly:
        '{{value}} is not a status to send: {{vendor}} only writes it to its log, for "{{phrase}}", and never sends it{{others}}. A client that gets it treats it as {{fallback}} (RFC 9110 §15).{{alternative}}',
      notStandard: '{{status}} {{category}}.{{alternative}}',
    },
    schema: [
      {
        type: 'object',
        properties: {
          allow: {
            type: 'array',
            items: { type: 'integer', minimum: 100, maximum: 599 },
            uniqueItems: true,
            description: 'Codes to accept anyway, e.g. a vendor code your own clients rely on.',
          },
          checkVendor: { type: 'boolean', description: 'Report codes that only vendors use (509, 449, 499, 520).' },
          checkDeprecated: { type: 'boolean', description: 'Report deprecated codes (102, 305).' },
          checkUnused: { type: 'boolean', description: 'Report codes the registry reserves as unused (306, 418).' },
          checkObsoleted: { type: 'boolean', description: 'Report obsoleted codes (510).' },
          checkTemporary: { type: 'boolean', description: 'Report provisional registrations (104).' },
          checkComparisons: {
            type: 'boolean',
            description: 'Also report comparisons with a received status (client code may have to handle a vendor code).',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [
      {
        allow: [],
        checkVendor: true,
        checkDeprecated: true,
        checkUnused: true,
        checkObsoleted: true,
        checkTemporary: true,
        checkComparisons: false,
      },
    ],
  },
  create(context, [options]) {
    const allowed = new Set(options.allow);
    const checkCategory: Record<Exclude<StatusCategory, 'standard'>, boolean | undefined> = {
      deprecated: options.checkDeprecated,
      unused: options.checkUnused,
      obsoleted: options.checkObsoleted,
      temporary: options.checkTemporary,
    };

    const compared = options.checkComparisons ? (value: number | string) => typeof value === 'number' && !allowed.has(value) : undefined;

    return statusSiteListeners(context, (site) => {
      if (site.value?.type !== 'number' || allowed.has(site.value.value)) return;
      const code = site.value.value;
      const classification = classifyStatus(code);

      if (classification.kind === 'vendor' && options.checkVendor) {
        const [first, ...others] = classification.vendors;
        // A value a server or proxy only logs (nginx's 499 for a client that closed the request,
        // 496 for a missing client certificate, which nginx answers with a 400).
        const logOnly = first !== undefined && !first.onTheWire;
        context.report({
          node: site.node,
          messageId: logOnly ? 'logOnly' : 'vendor',
          data: {
            value: code,
            ...(logOnly
              ? { vendor: first.vendor, phrase: first.phrase, others: others.length > 0 ? `; it is also ${describeVendors(others)}` : '' }
              : { vendors: describeVendors(classification.vendors) }),
            fallback: classFallback(code),
            alternative: describeAlternative(classification.vendors.map((vendor) => vendor.alternative)),
          },
        });
      } else if (
        classification.kind === 'registered' &&
        classification.status.category !== 'standard' &&
        checkCategory[classification.status.category]
      ) {
        context.report({
          node: site.node,
          messageId: 'notStandard',
          data: {
            status: nameCode(code),
            category: describeCategory(classification.status),
            alternative: describeAlternative([classification.status.alternative]),
          },
        });
      }
    }, compared);
  },
});
