import type { TSESLint } from '@typescript-eslint/utils';

import { statusSiteListeners, type StatusSite } from '../src/analysis/index.js';
import { classifyStatus, getHttpStatus, getIisSubstatus, type StatusClassification } from '../src/codes/index.js';
import { createRule } from '../src/create-rule.js';
import { classFallback, describeVendors, nameCode } from '../src/describe.js';

export type MessageIds =
  | 'outOfRange'
  | 'nonInteger'
  | 'unassigned'
  | 'numericString'
  | 'stringComparison'
  | 'useNumber'
  | 'useWireStatus';
export type Options = [];

/** `'404'`, `' 404 '`, `'403.14'`: strings a status API would read as a number. */
const NUMERIC_STRING = /^\s*\d+(?:\.\d+)?\s*$/;

export default createRule<Options, MessageIds>({
  name: 'no-unknown-status',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow values that are not HTTP status codes where a status is set, sent or compared',
      recommended: 'recommended',
    },
    hasSuggestions: true,
    messages: {
      outOfRange: '{{value}} is not an HTTP status code{{known}}: RFC 9110 §15 allows only 100–599. {{effect}}.',
      nonInteger: '{{value}} is not an HTTP status code{{known}}: a status is a three-digit integer (RFC 9110 §15). {{effect}}.',
      unassigned:
        '{{value}} is in no status registry and no known server uses it{{known}}; a client treats it as {{fallback}} (RFC 9110 §15). Use a registered status.',
      numericString: "{{api}} is given the string '{{value}}' where a status is a number. {{effect}}.",
      stringComparison: "{{api}} is compared with the string '{{value}}': {{effect}}.",
      useNumber: 'Use the number {{value}}.',
      useWireStatus: 'Use {{status}}, the status that is actually sent.',
    },
    schema: [],
  },
  create(context) {
    return statusSiteListeners(
      context,
      (site) => {
        const problem = getProblem(site);
        if (problem) context.report(problem);
      },
      reportsCompared,
    );
  },
});

/** The compared values a problem may be found with: numeric strings, numbers that are no status (but 0, see below). */
function reportsCompared(value: number | string): boolean {
  if (typeof value === 'string') return NUMERIC_STRING.test(value);
  const { kind } = classifyStatus(value);
  return value !== 0 && (kind === 'out-of-range' || kind === 'non-integer' || kind === 'unassigned');
}

type Problem = TSESLint.ReportDescriptor<MessageIds>;

function getProblem(site: StatusSite): Problem | undefined {
  const { value, node } = site;
  if (!value) return undefined;
  const compared = site.role === 'compare';
  if (value.type === 'string') {
    if (!NUMERIC_STRING.test(value.value) || (compared && isLooseEquality(site))) return undefined;
    const effect = !compared
      ? (site.behaviour?.numericString ?? 'Frameworks differ: some convert it, others throw')
      : ((site.sink && site.behaviour?.expectedString) ?? 'a status is a number, so strict equality with a string never holds');
    return {
      node,
      messageId: compared ? 'stringComparison' : 'numericString',
      data: { api: site.api, value: value.value.trim(), effect },
      suggest: [
        {
          messageId: 'useNumber',
          data: { value: value.value.trim() },
          fix: (fixer) => fixer.replaceText(value.node, String(Number(value.value))),
        },
      ],
    };
  }
  // 403.10 and 403.1 are the same number: the source text tells which IIS sub-status was meant.
  const numeric = classifyStatus(value.value);
  const raw = value.node.type === 'Literal' ? value.node.raw : undefined;
  const iis = numeric.kind === 'non-integer' && raw !== undefined ? getIisSubstatus(raw) : undefined;
  const classification: StatusClassification = iis && numeric.kind === 'non-integer' ? { ...numeric, iis } : numeric;
  // Browsers report opaque and failed responses with status 0: comparing with 0 is legitimate.
  if (compared && value.value === 0) return undefined;
  switch (classification.kind) {
    case 'out-of-range':
      return {
        node,
        messageId: 'outOfRange',
        data: { value: value.value, known: describeKnown(classification), effect: effectOf(site, 'outOfRange') },
      };
    case 'non-integer': {
      const wire = getHttpStatus(classification.truncated);
      return {
        node,
        messageId: 'nonInteger',
        data: { value: value.value, known: describeKnown(classification), effect: effectOf(site, 'nonInteger') },
        suggest:
          wire && classification.iis && !compared
            ? [
                {
                  messageId: 'useWireStatus',
                  data: { status: nameCode(wire.code) },
                  fix: (fixer) => fixer.replaceText(value.node, String(wire.code)),
                },
              ]
            : null,
      };
    }
    case 'unassigned':
      return {
        node,
        messageId: 'unassigned',
        data: { value: value.value, known: describeKnown(classification), fallback: classFallback(value.value) },
      };
    default:
      return undefined;
  }
}

function effectOf(site: StatusSite, problem: 'outOfRange' | 'nonInteger'): string {
  if (site.role === 'compare') {
    return problem === 'outOfRange'
      ? `No valid response has it, so comparing ${site.api} with it only matches a broken server`
      : `A received status is always an integer, so comparing ${site.api} with it never matches`;
  }
  const generic =
    problem === 'outOfRange'
      ? 'A client that receives it treats the response as a 5xx error'
      : 'Node truncates it, stricter frameworks throw';
  return site.behaviour?.[problem] ?? generic;
}

/** What the metadata knows the number to be, as a parenthesis: ` (an IIS sub-status: …)`. */
function describeKnown(classification: StatusClassification): string {
  switch (classification.kind) {
    case 'non-integer':
      return classification.iis
        ? ` (IIS logs ${classification.iis.code}, "${classification.iis.meaning}", as a sub-status; the status on the wire is ${classification.iis.status})`
        : '';
    case 'out-of-range':
      if (classification.vendors.length > 0) return ` (${describeVendors(classification.vendors)})`;
      if (classification.ftp) return ` (it is FTP reply ${classification.ftp.code}, "${classification.ftp.meaning}", ${classification.ftp.reference})`;
      return '';
    case 'unassigned':
      return classification.ftp
        ? ` (it is FTP reply ${classification.ftp.code}, "${classification.ftp.meaning}", ${classification.ftp.reference})`
        : '';
    default:
      return '';
  }
}

/** `==` and `!=` convert the string, so `res.status == '404'` works. */
function isLooseEquality(site: StatusSite): boolean {
  return site.owner.type === 'BinaryExpression' && (site.owner.operator === '==' || site.owner.operator === '!=');
}
