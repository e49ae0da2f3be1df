import { readFileSync } from 'node:fs';
import path from 'node:path';

import { httpStatuses, seedCorrections } from '../../src/codes/index.js';

/** docs/codes.md repeats some of the data; it must say what the data says. */

const page = readFileSync(path.resolve(import.meta.dirname, '../../docs/codes.md'), 'utf8');
const cell = (text: string): string => text.replace(/\|/g, '\\|');

describe('docs/codes.md', () => {
  it('lists every seed correction, as the data words it, in the data\'s order', () => {
    const table = page.slice(page.indexOf('## Seed corrections'));
    const rows = table.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| Code ') && !line.startsWith('| ---'));
    expect(rows).toEqual(
      seedCorrections.map((correction) =>
        `| ${cell(correction.code)} | ${cell(correction.seedClaim)} | ${cell(correction.correction)} | ${cell(correction.source)} |`,
      ),
    );
  });

  it('counts the registry entries and the standard ones as the data does', () => {
    expect(page).toContain(`The ${httpStatuses.length} codes of the IANA HTTP Status Code Registry`);
    expect(page).toContain(`| \`standard\` | the other ${httpStatuses.filter((status) => status.category === 'standard').length} |`);
  });
});
