// `npm run demo`: lints examples/ with the built plugin's `all` config and shows what it finds.
// The examples are full of deliberate mistakes, so findings are the expected outcome: this exits
// non-zero only when linting itself breaks (a crash or a file that cannot be parsed).
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import httpStatus from 'eslint-plugin-http-status';

const root = fileURLToPath(new URL('../', import.meta.url));

const eslint = new ESLint({
  cwd: root,
  // The repository's own eslint.config.js ignores examples/; use only the plugin here.
  overrideConfigFile: true,
  overrideConfig: [httpStatus.configs.all, { files: ['**/*.ts'], languageOptions: { parser: tsParser } }],
});

const results = await eslint.lintFiles(['examples']);
const stylish = await eslint.loadFormatter('stylish');
console.log(await stylish.format(results));

// Per-rule counts, listing every rule of the plugin so that rules without findings show too.
const counts = new Map(Object.keys(httpStatus.rules).map((name) => [`http-status/${name}`, 0]));
const fatal = [];
for (const result of results) {
  for (const message of result.messages) {
    if (message.fatal) fatal.push(`${result.filePath}:${message.line}:${message.column} ${message.message}`);
    else counts.set(message.ruleId, (counts.get(message.ruleId) ?? 0) + 1);
  }
}
const width = Math.max(...[...counts.keys()].map((ruleId) => ruleId.length));
console.log(`Findings per rule in ${results.length} files under examples/ (config http-status/all):`);
for (const [ruleId, count] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
  console.log(`  ${ruleId.padEnd(width)}  ${String(count).padStart(3)}`);
}

// Each deliberate mistake is marked `// ❌ <rule>: why` on its line. List the marks that no finding
// of that rule matches: mistakes for rules still to be written, or a rule that misses one.
const found = new Set(results.flatMap((result) => result.messages.map((message) => `${result.filePath}:${message.line}:${message.ruleId}`)));
const missed = results.flatMap((result) =>
  readFileSync(result.filePath, 'utf8')
    .split('\n')
    .flatMap((text, index) => {
      const rule = /❌ ([a-z-]+)(?: \([^)]*\))?:/.exec(text)?.[1];
      if (!rule || found.has(`${result.filePath}:${index + 1}:http-status/${rule}`)) return [];
      const status = counts.has(`http-status/${rule}`) ? 'not reported' : 'rule not written yet';
      return [`${relative(root, result.filePath)}:${index + 1}  ${rule} (${status})`];
    }),
);
if (missed.length > 0) console.log(`\nMarked mistakes without a finding:\n  ${missed.join('\n  ')}`);

if (fatal.length > 0) {
  console.error(`\nThe demo could not lint every file:\n  ${fatal.join('\n  ')}`);
  process.exitCode = 1;
}
