/** cacheDirectories never carry a link out of the app into a later build. */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { Problem } from '../../src/errors/build-error.js';
import { DirectoryCache } from '../../src/cache/directories.js';
import { tempDir } from '../support/harness.js';

const cleanup: string[] = [];
afterAll(async () => {
  for (const d of cleanup) await fs.rm(d, { recursive: true, force: true });
});

let top: string;
let app: string;
let outside: string;
let cache: DirectoryCache;
let cacheDir: string;
const warnings: Problem[] = [];
const warn = (w: Problem) => warnings.push(w);

beforeEach(async () => {
  top = await tempDir('dircache');
  cleanup.push(top);
  app = path.join(top, 'app');
  outside = path.join(top, 'outside');
  cacheDir = path.join(top, 'cache');
  await fs.mkdir(app);
  await fs.mkdir(outside);
  await fs.writeFile(path.join(outside, 'keep'), 'keep');
  cache = new DirectoryCache(cacheDir);
  warnings.length = 0;
});

describe('DirectoryCache and links', () => {
  it('an entry that is a link is never saved, and an older saved copy is dropped', async () => {
    await fs.mkdir(path.join(app, 'bower_components'));
    await fs.writeFile(path.join(app, 'bower_components/a.js'), 'a');
    expect(await cache.save(app, 'bower_components', warn)).toBe('saved');
    await fs.rm(path.join(app, 'bower_components'), { recursive: true });
    await fs.symlink(outside, path.join(app, 'bower_components'));
    expect(await cache.save(app, 'bower_components', warn)).toBe('unsafe');
    expect(await fs.readdir(cacheDir)).toEqual([]);
    expect(warnings.map((w) => w.id)).toEqual(['engine/cache-directory-link']);
    expect(warnings[0]!.message).toContain('bower_components');
    expect(await fs.readdir(outside)).toEqual(['keep']);
  });

  it('an entry reached through a parent link out of the app is neither saved nor restored', async () => {
    await fs.mkdir(path.join(outside, 'node_modules'));
    await fs.symlink(outside, path.join(app, 'client'));
    expect(await cache.save(app, 'client/node_modules', warn)).toBe('unsafe');
    await fs.mkdir(path.join(cacheDir, 'client%2Fbower'), { recursive: true });
    expect(await cache.restore(app, 'client/bower', warn)).toBe('unsafe');
    expect((await fs.readdir(outside)).sort()).toEqual(['keep', 'node_modules']);
  });

  it('links inside the tree leading out are left out of the saved copy and of a restore', async () => {
    await fs.mkdir(path.join(app, 'bower_components/pkg'), { recursive: true });
    await fs.symlink('../../outside-of-bower', path.join(app, 'bower_components/pkg/inside'));
    await fs.symlink('/etc', path.join(app, 'bower_components/pkg/etc'));
    expect(await cache.save(app, 'bower_components', warn)).toBe('saved');
    expect(await fs.readdir(path.join(cacheDir, 'bower_components/pkg'))).toEqual(['inside']);
    expect(warnings[0]!.message).toContain('bower_components/pkg/etc');
    // A cached copy written before this rule (a link to / in it) is cleaned on restore.
    await fs.symlink('/', path.join(cacheDir, 'bower_components/pkg/root'));
    const fresh = path.join(top, 'fresh');
    await fs.mkdir(fresh);
    expect(await cache.restore(fresh, 'bower_components', warn)).toBe('restored');
    expect(await fs.readdir(path.join(fresh, 'bower_components/pkg'))).toEqual(['inside']);
  });

  it('a cached entry that is itself a link is dropped, not restored', async () => {
    await fs.mkdir(cacheDir, { recursive: true });
    await fs.symlink(outside, path.join(cacheDir, 'bower_components'));
    expect(await cache.restore(app, 'bower_components', warn)).toBe('not-cached');
    expect(await fs.readdir(app)).toEqual([]);
    expect(await fs.readdir(cacheDir)).toEqual([]);
    expect(await fs.readdir(outside)).toEqual(['keep']);
  });
});
