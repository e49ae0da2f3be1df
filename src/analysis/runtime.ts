import type { TSESLint } from '@typescript-eslint/utils';

import { noNodeReason, type NoNodeReason } from '../project/runtime.js';

/** Globals that exist only where a page is: a file that uses them runs in a browser. */
const BROWSER_GLOBALS: ReadonlySet<string> = new Set(['window', 'document']);

/**
 * Why a file cannot import Node's built-in modules (`node:http2`): what its path and project say
 * (src/project/runtime.ts), or its own use of a browser global (`window`, `document`) that no
 * scope of the file declares. Undefined when nothing says so.
 */
export function noNodeModules(sourceCode: Readonly<TSESLint.SourceCode>, filename: string): NoNodeReason | 'browser-globals' | undefined {
  const reason = noNodeReason(filename);
  if (reason) return reason;
  const through = sourceCode.scopeManager?.globalScope?.through ?? [];
  return through.some((reference) => BROWSER_GLOBALS.has(reference.identifier.name)) ? 'browser-globals' : undefined;
}
