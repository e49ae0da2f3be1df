import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** A parsed `package.json`: only its fields the plugin reads are typed. */
export interface Manifest {
  readonly type?: unknown;
  readonly version?: unknown;
  readonly dependencies?: Readonly<Record<string, unknown>>;
  readonly devDependencies?: Readonly<Record<string, unknown>>;
  readonly peerDependencies?: Readonly<Record<string, unknown>>;
}

/**
 * Every `package.json` read, by path (`null`: missing or not JSON), for the life of the process
 * (an ESLint run, or an editor session: a project's manifests change rarely while it lints).
 */
const manifests = new Map<string, Manifest | null>();

/** The `package.json` at this path, parsed; undefined when it is missing or not a JSON object. */
export function readManifest(file: string): Manifest | undefined {
  let manifest = manifests.get(file);
  if (manifest === undefined) {
    manifest = parse(file) ?? null;
    manifests.set(file, manifest);
  }
  return manifest ?? undefined;
}

function parse(file: string): Manifest | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Manifest) : undefined;
  } catch {
    return undefined;
  }
}

/** The folders from a linted file's own up to the root; none for a path that is not absolute (`<text>`). */
export function* foldersAbove(filename: string): Generator<string> {
  if (!path.isAbsolute(filename)) return;
  let folder = path.dirname(filename);
  for (;;) {
    yield folder;
    const parent = path.dirname(folder);
    if (parent === folder) return;
    folder = parent;
  }
}

/** Whether a folder has a `package.json` (one that is a JSON object): it is the root of a project. */
export function hasManifest(folder: string): boolean {
  return readManifest(path.join(folder, 'package.json')) !== undefined;
}

/** The folder of the nearest `package.json` at or above `folder`: the root of the project a file belongs to. */
export function projectRoot(folder: string): string | undefined {
  let root = roots.get(folder);
  if (root === undefined) {
    const parent = path.dirname(folder);
    root = (hasManifest(folder) ? folder : parent === folder ? undefined : projectRoot(parent)) ?? null;
    roots.set(folder, root);
  }
  return root ?? undefined;
}

/** Per folder, the folder of the nearest `package.json` at or above it (`null`: none); the files of a folder share it. */
const roots = new Map<string, string | null>();

/** The nearest `package.json` above a linted file: the project (or workspace package) it belongs to. */
export function nearestManifest(filename: string): Manifest | undefined {
  const root = path.isAbsolute(filename) ? projectRoot(path.dirname(filename)) : undefined;
  return root === undefined ? undefined : readManifest(path.join(root, 'package.json'));
}
