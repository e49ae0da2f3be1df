import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The major version of a framework as the linted project has it: the installed package
 * (`node_modules/<name>/package.json`) nearest to the file, else the range in the nearest
 * `package.json` that lists it. Undefined when neither says. Cached per directory and package for
 * the life of the process (an ESLint run or an editor session).
 */
export function installedMajor(filename: string, packageName: string): number | undefined {
  if (!path.isAbsolute(filename)) return undefined;
  return majorFrom(path.dirname(filename), packageName);
}

const cache = new Map<string, number | null>();

function majorFrom(directory: string, packageName: string): number | undefined {
  const key = `${directory}\0${packageName}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached ?? undefined;
  const major = readMajor(directory, packageName) ?? parentMajor(directory, packageName);
  cache.set(key, major ?? null);
  return major;
}

function parentMajor(directory: string, packageName: string): number | undefined {
  const parent = path.dirname(directory);
  return parent === directory ? undefined : majorFrom(parent, packageName);
}

function readMajor(directory: string, packageName: string): number | undefined {
  const installed = readJson(path.join(directory, 'node_modules', packageName, 'package.json'));
  if (typeof installed?.version === 'string') return leadingNumber(installed.version);
  const manifest = readJson(path.join(directory, 'package.json'));
  if (!manifest) return undefined;
  for (const field of ['dependencies', 'devDependencies', 'peerDependencies'] as const) {
    const range = (manifest[field] as Record<string, unknown> | undefined)?.[packageName];
    if (typeof range === 'string') return leadingNumber(range);
  }
  return undefined;
}

/** `^5.2.0` → 5, `4.x` → 4, `~4.19` → 4; `latest`, `*`, `workspace:*` → undefined. */
function leadingNumber(range: string): number | undefined {
  const match = /^[\s^~>=v]*(\d+)/.exec(range);
  return match ? Number(match[1]) : undefined;
}

function readJson(file: string): Record<string, unknown> | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

const dependencyCache = new Map<string, ReadonlySet<string> | null>();

/**
 * The packages the nearest `package.json` above a file depends on (dependencies and
 * devDependencies), or undefined when there is none. Cached per directory.
 */
export function projectDependencies(filename: string): ReadonlySet<string> | undefined {
  if (!path.isAbsolute(filename)) return undefined;
  return dependenciesFrom(path.dirname(filename));
}

function dependenciesFrom(directory: string): ReadonlySet<string> | undefined {
  const cached = dependencyCache.get(directory);
  if (cached !== undefined) return cached ?? undefined;
  const manifest = readJson(path.join(directory, 'package.json'));
  const parent = path.dirname(directory);
  const found = manifest
    ? new Set(
        ['dependencies', 'devDependencies'].flatMap((field) =>
          Object.keys((manifest[field] as Record<string, unknown> | undefined) ?? {}),
        ),
      )
    : parent === directory
      ? undefined
      : dependenciesFrom(parent);
  dependencyCache.set(directory, found ?? null);
  return found;
}

const typeCache = new Map<string, string | null>();

/** The `type` of the nearest `package.json` above a file (`module`, `commonjs`), if it says. */
export function packageType(filename: string): string | undefined {
  if (!path.isAbsolute(filename)) return undefined;
  return typeFrom(path.dirname(filename));
}

function typeFrom(directory: string): string | undefined {
  const cached = typeCache.get(directory);
  if (cached !== undefined) return cached ?? undefined;
  const manifest = readJson(path.join(directory, 'package.json'));
  const parent = path.dirname(directory);
  const type = manifest ? (typeof manifest.type === 'string' ? manifest.type : 'commonjs') : parent === directory ? undefined : typeFrom(parent);
  typeCache.set(directory, type ?? null);
  return type;
}
