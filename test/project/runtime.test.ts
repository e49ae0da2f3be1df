import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { noNodeReason } from '../../src/project/runtime.js';

const runtimes = path.join(import.meta.dirname, '..', 'rules', 'runtimes');

describe('noNodeReason', () => {
  let root: string;

  /** A project folder with these files, under a fresh temporary root. */
  function project(name: string, files: Record<string, string>): string {
    const folder = path.join(root, name);
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
      writeFileSync(path.join(folder, file), text);
    }
    return folder;
  }

  beforeAll(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'http-status-runtime-'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('reads Wrangler configurations: flags (comments dropped), dates, and the opt-out', () => {
    expect(noNodeReason(path.join(runtimes, 'worker', 'src', 'index.js'))).toBe('worker-without-nodejs-compat');
    expect(noNodeReason(path.join(runtimes, 'worker-compat', 'src', 'index.js'))).toBeUndefined();
    expect(noNodeReason(path.join(runtimes, 'worker-dated', 'index.ts'))).toBeUndefined();
    const optOut = project('opt-out', {
      'package.json': '{}',
      'wrangler.toml': 'compatibility_date = "2026-09-01"\ncompatibility_flags = [ "no_nodejs_compat", "no_nodejs_compat_v2" ]\n',
    });
    expect(noNodeReason(path.join(optOut, 'src', 'index.js'))).toBe('worker-without-nodejs-compat');
    const v2 = project('v2', { 'package.json': '{}', 'wrangler.json': '{ "compatibility_flags": ["nodejs_compat_v2"] }' });
    expect(noNodeReason(path.join(v2, 'index.js'))).toBeUndefined();
  });

  it('looks for a Wrangler configuration no higher than the project root', () => {
    const outer = project('outer', { 'wrangler.toml': 'compatibility_date = "2024-01-01"\n' });
    const inner = project(path.join('outer', 'server'), { 'package.json': '{ "dependencies": { "express": "^5.0.0" } }' });
    expect(noNodeReason(path.join(outer, 'worker.js'))).toBe('worker-without-nodejs-compat');
    expect(noNodeReason(path.join(inner, 'src', 'app.js'))).toBeUndefined();
  });

  it('knows SvelteKit files that run in the browser by their names', () => {
    expect(noNodeReason('/app/src/routes/+page.js')).toBe('sveltekit-universal');
    expect(noNodeReason('/app/src/routes/blog/+layout.ts')).toBe('sveltekit-universal');
    expect(noNodeReason('/app/src/routes/(app)/+page@.ts')).toBe('sveltekit-universal');
    expect(noNodeReason('/app/src/hooks.client.js')).toBe('sveltekit-universal');
    expect(noNodeReason('src/routes/+page.js')).toBe('sveltekit-universal');
    for (const file of ['+page.server.js', '+layout.server.ts', '+server.js', 'page.js', 'x+page.js']) {
      expect(noNodeReason(`src/routes/${file}`), file).toBeUndefined();
    }
    expect(noNodeReason('src/hooks.server.js')).toBeUndefined();
  });

  it('does not take a "browser" field of the nearest package.json as browser code: it names a build beside the Node one', () => {
    expect(noNodeReason(path.join(runtimes, 'browser-package', 'lib', 'server.js'))).toBeUndefined();
  });
});
