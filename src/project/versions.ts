import path from 'node:path';

import { foldersAbove, nearestManifest, readManifest, type Manifest } from './manifest.js';

/**
 * What the linted project is made of, as its `package.json` files and installed packages say:
 * the frameworks it depends on, their versions, and its module system.
 */

/**
 * The major version of a package as the linted project has it: the installed package
 * (`node_modules/<name>/package.json`) nearest to the file, else the range of the nearest
 * `package.json` that lists it. Undefined when neither says.
 */
export function installedMajor(filename: string, packageName: string): number | undefined {
  for (const folder of foldersAbove(filename)) {
    const installed = readManifest(path.join(folder, 'node_modules', packageName, 'package.json'));
    if (typeof installed?.version === 'string') return leadingNumber(installed.version);
    const range = dependencyRange(readManifest(path.join(folder, 'package.json')), packageName);
    if (range !== undefined) return leadingNumber(range);
  }
  return undefined;
}

function dependencyRange(manifest: Manifest | undefined, packageName: string): string | undefined {
  for (const field of [manifest?.dependencies, manifest?.devDependencies, manifest?.peerDependencies]) {
    const range = field?.[packageName];
    if (typeof range === 'string') return range;
  }
  return undefined;
}

/** `^5.2.0` → 5, `4.x` → 4, `~4.19` → 4; `latest`, `*`, `workspace:*` → undefined. */
function leadingNumber(range: string): number | undefined {
  const match = /^[\s^~>=v]*(\d+)/.exec(range);
  return match ? Number(match[1]) : undefined;
}

type DependencyField = 'dependencies' | 'devDependencies' | 'peerDependencies';
const ALL: readonly DependencyField[] = ['dependencies', 'devDependencies'];
const APPLICATION: readonly DependencyField[] = ['dependencies'];

/**
 * The packages the nearest `package.json` above a file depends on (dependencies and
 * devDependencies), or undefined when there is none.
 */
export function projectDependencies(filename: string): ReadonlySet<string> | undefined {
  return dependencyNames(filename, ALL);
}

/**
 * The packages the nearest `package.json` above a file lists in `dependencies`: an application's
 * framework, not one a library tests itself with (devDependencies) or adapts to (peerDependencies).
 */
export function applicationDependencies(filename: string): ReadonlySet<string> | undefined {
  return dependencyNames(filename, APPLICATION);
}

/** Per manifest and list of fields (`ALL` or `APPLICATION`, both keyed by identity), the package names in them. */
const dependencySets = new WeakMap<Manifest, WeakMap<readonly DependencyField[], ReadonlySet<string>>>();

function dependencyNames(filename: string, fields: readonly DependencyField[]): ReadonlySet<string> | undefined {
  const manifest = nearestManifest(filename);
  if (!manifest) return undefined;
  let byFields = dependencySets.get(manifest);
  if (!byFields) {
    byFields = new WeakMap();
    dependencySets.set(manifest, byFields);
  }
  let names = byFields.get(fields);
  if (!names) {
    names = new Set(fields.flatMap((field) => Object.keys(manifest[field] ?? {})));
    byFields.set(fields, names);
  }
  return names;
}

/** The `type` of the nearest `package.json` above a file (`module`, `commonjs`: Node's default), if there is one. */
export function packageType(filename: string): string | undefined {
  const manifest = nearestManifest(filename);
  if (!manifest) return undefined;
  return typeof manifest.type === 'string' ? manifest.type : 'commonjs';
}
