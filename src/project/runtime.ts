import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { hasManifest } from './manifest.js';

/**
 * Where a linted file runs, as far as its path and project files say: whether Node's built-in
 * modules (`node:http2`) can be imported there. Each folder's answer is read once per process.
 */

/** Why Node's built-in modules cannot be imported where a file runs, for docs and tests; undefined when they can (or nothing says). */
export type NoNodeReason = 'sveltekit-universal' | 'worker-without-nodejs-compat';

/**
 * SvelteKit files that run in the browser: the universal load files `+page.js` and `+layout.ts`
 * (also `+page@.js`, a layout reset), and `src/hooks.client.js`. `+page.server.js`, `+server.js`
 * and `hooks.server.js` run on the server only (SvelteKit docs, "Loading data" and "Hooks").
 */
const SVELTEKIT_UNIVERSAL = /(?:^|\/)(?:\+(?:page|layout)(?:@[^/]*)?|src\/hooks\.client)\.[cm]?[jt]s$/;

/** Wrangler's configuration files, in the order Wrangler prefers them. */
const WRANGLER_FILES = ['wrangler.json', 'wrangler.jsonc', 'wrangler.toml'];

/**
 * From this compatibility date on, Workers run with Node.js compatibility unless a flag turns it
 * off (Cloudflare changelog 2026-08-04, "Node.js compatibility is now enabled by default").
 */
const NODE_COMPAT_BY_DEFAULT = '2026-08-04';

/** Why a file cannot import Node's built-in modules, if its path or project says so. */
export function noNodeReason(filename: string): NoNodeReason | undefined {
  const file = filename.replaceAll('\\', '/');
  if (SVELTEKIT_UNIVERSAL.test(file)) return 'sveltekit-universal';
  if (!path.isAbsolute(filename)) return undefined;
  // Not a package.json `browser` field: it names a build for browsers beside the Node one (ws has
  // one, and its server runs on Node).
  return workerWithoutNode(path.dirname(filename)) ? 'worker-without-nodejs-compat' : undefined;
}

/** Per folder, whether the nearest Wrangler configuration (up to the project root) runs the Worker without Node.js compatibility. */
const workers = new Map<string, boolean>();

function workerWithoutNode(folder: string): boolean {
  let answer = workers.get(folder);
  if (answer === undefined) {
    const config = WRANGLER_FILES.map((name) => path.join(folder, name)).find((file) => existsSync(file));
    const parent = path.dirname(folder);
    const atRoot = hasManifest(folder) || parent === folder;
    answer = config ? !hasNodeCompat(readText(config)) : atRoot ? false : workerWithoutNode(parent);
    workers.set(folder, answer);
  }
  return answer;
}

/**
 * Whether a Wrangler configuration turns on Node.js compatibility: a `nodejs_compat` or
 * `nodejs_compat_v2` flag, or a compatibility date from which it is the default, unless
 * `no_nodejs_compat` turns it off. Read as text (TOML, JSON or JSONC), comments dropped; a flag
 * named in any environment counts, so a Worker that may have Node keeps the Node constants.
 */
function hasNodeCompat(text: string | undefined): boolean {
  if (text === undefined) return true;
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(?:^|\s)(?:\/\/|#).*$/gm, '');
  if (/["']nodejs_compat(?:_v2)?["']/.test(code)) return true;
  if (/["']no_nodejs_compat["']/.test(code)) return false;
  const date = /compatibility_date["']?\s*[:=]\s*["'](\d{4}-\d{2}-\d{2})["']/.exec(code)?.[1];
  return date !== undefined && date >= NODE_COMPAT_BY_DEFAULT;
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
