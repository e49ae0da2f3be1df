// eslint-doc-generator reads the built plugin (package.json `exports`), so run it after
// `npm run build`: `npm run docs:update` writes, `npm run docs:check` fails on any drift.
import plugin from 'eslint-plugin-http-status';

/** @type {import('eslint-doc-generator').GenerateOptions} */
const config = {
  pathRuleDoc: 'docs/rules/{name}.md',
  pathRuleList: 'README.md',
  // `# Disallow … (`http-status/no-unknown-status`)`: the title says what the rule is about.
  ruleDocTitleFormat: 'desc-parens-prefix-name',
  configEmoji: [
    ['recommended', '✅'],
    ['strict', '🔒'],
    ['all', '🌐'],
  ],
  ruleListColumns: ['name', 'description', 'configsError', 'configsWarn', 'fixable', 'hasSuggestions', 'options', 'deprecated'],
  ruleDocNotices: ['deprecated', 'configs', 'fixableAndHasSuggestions', 'options'],
  // Every page needs examples. `## Options` is handled by `ruleDocSectionOptions` (on by default):
  // required, and naming every option, exactly when the rule has options; forbidden otherwise.
  ruleDocSectionInclude: ['Examples'],
  ruleDocSectionOptions: true,
  // Link each rule to the address it reports in `meta.docs.url`, so README and rule agree.
  urlRuleDoc(name) {
    const rule = plugin.rules[name.replace(/^http-status\//, '')];
    return rule?.meta.docs?.url;
  },
};

export default config;
