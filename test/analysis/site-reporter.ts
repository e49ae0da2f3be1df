import { ESLintUtils } from '@typescript-eslint/utils';

import { statusSiteListeners } from '../../src/analysis/index.js';

/**
 * A rule for tests only: reports every status site the shared analysis finds, as
 * `framework role value`, so that tests can pin what the analysis recognises.
 */
export const siteReporter = ESLintUtils.RuleCreator.withoutDocs({
  meta: {
    type: 'problem',
    messages: { site: '{{framework}} | {{role}} | {{value}}' },
    schema: [],
  },
  create(context) {
    return statusSiteListeners(
      context,
      (site) => {
        const value = site.value === undefined ? '?' : site.value.type === 'string' ? `'${site.value.value}'` : String(site.value.value);
        context.report({ node: site.node, messageId: 'site', data: { framework: site.framework, role: site.role, value } });
      },
      () => true,
    );
  },
});
