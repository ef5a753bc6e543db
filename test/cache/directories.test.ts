/**
 * cacheDirectories: restored as the install is (a checked tree cache entry, hard-linked),
 * never carrying a link out of the app into a later build, and saved best-effort: an odd
 * tree (names that are not UTF-8, a socket, a huge sparse file, a path past PATH_MAX) is
 * saved exactly or skipped with a warning, never a crash, and leaves nothing behind.
 */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as net from 'node:net';
import * as path from 'node:path';
import type { Problem } from '../../src/errors/build-error.js';
import { DirectoryCache } from '../../src/cache/directories.js';
import { CacheWrites } from '../../src/cache/cache-writes.js';
import { tempDir } from '../support/harness.js';

const cleanup: string[] = [];
afterAll(() => {
  // rm -rf: a tree past PATH_MAX is more than fs.rm can remove.
  for (const d of cleanup) execFileSync('rm', ['-rf', d]);
});

let top: string;
let app: string;
let outside: string;
let cache: DirectoryCache;
let cacheDir: string;
const warnings: Problem[] = [];
const infos: string[] = [];
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
  warnings.length = 0;
  infos.length = 0;
  cache = new DirectoryCache(cacheDir, new CacheWrites(cacheDir, { warn, info: (l) => infos.push(l) }));
});

/** What a fresh build gets back: the restore's status and the tree's listing (names as hex bytes). */
async function restoredInto(rel: string): Promise<{ status: string; files: string[] }> {
  const fresh = await fs.mkdtemp(path.join(top, 'build-'));
  const r = await cache.restore(fresh, rel, warn);
  const files = execFileSync('find', ['.', '-mindepth', '1'], { cwd: fresh, encoding: 'buffer' })
    .toString('hex').split('0a').filter(Boolean).map((h) => Buffer.from(h, 'hex').toString('latin1')).sort();
  return { status: r.status, files };
}

/** Nothing but entries in the cache directory: no temp copy of a save. */
async function leftovers(): Promise<string[]> {
  return (await fs.readdir(cacheDir).catch(() => [] as string[])).filter((n) => n.startsWith('.'));
}

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
    await fs.mkdir(path.join(app, 'client/bower'), { recursive: true });
    await fs.writeFile(path.join(app, 'client/bower/a.js'), 'a');
    expect(await cache.save(app, 'client/bower', warn)).toBe('saved');
    await fs.mkdir(path.join(outside, 'node_modules'));
    await fs.rm(path.join(app, 'client'), { recursive: true });
    await fs.symlink(outside, path.join(app, 'client'));
    expect(await cache.save(app, 'client/node_modules', warn)).toBe('unsafe');
    expect((await cache.restore(app, 'client/bower', warn)).status).toBe('unsafe');
    expect((await fs.readdir(outside)).sort()).toEqual(['keep', 'node_modules']);
  });

  it('links inside the tree leading out are left out of the saved copy, those staying inside kept', async () => {
    await fs.mkdir(path.join(app, 'bower_components/pkg'), { recursive: true });
    await fs.symlink('../pkg', path.join(app, 'bower_components/pkg/self'));
    await fs.symlink('../../outside-of-bower', path.join(app, 'bower_components/pkg/inside'));
    await fs.symlink('../../../outside', path.join(app, 'bower_components/pkg/out'));
    await fs.symlink('/etc', path.join(app, 'bower_components/pkg/etc'));
    expect(await cache.save(app, 'bower_components', warn)).toBe('saved');
    expect(warnings.map((w) => w.id)).toEqual(['engine/cache-directory-link']);
    expect(warnings[0]!.message).toContain('bower_components/pkg/etc');
    expect(warnings[0]!.message).toContain('bower_components/pkg/out');
    expect((await restoredInto('bower_components')).files).toEqual(['./bower_components', './bower_components/pkg', './bower_components/pkg/inside', './bower_components/pkg/self']);
  });

  it('a cached entry that is itself a link (an older engine\'s) is dropped, not followed', async () => {
    await fs.mkdir(cacheDir, { recursive: true });
    await fs.symlink(outside, path.join(cacheDir, 'bower_components'));
    expect((await cache.restore(app, 'bower_components', warn)).status).toBe('not-cached');
    expect(await fs.readdir(app)).toEqual([]);
    expect(await fs.readdir(cacheDir)).toEqual([]);
    expect(await fs.readdir(outside)).toEqual(['keep']);
  });
});

describe('DirectoryCache restores as the install does', () => {
  it('hard-linked from a checked entry: a file edited in place through the restored link is a miss naming it', async () => {
    await fs.mkdir(path.join(app, '.cache/deep'), { recursive: true });
    await fs.writeFile(path.join(app, '.cache/deep/data.bin'), 'abcdef');
    expect(await cache.save(app, '.cache', warn)).toBe('saved');
    const fresh = await fs.mkdtemp(path.join(top, 'build-'));
    expect((await cache.restore(fresh, '.cache', warn)).status).toBe('restored');
    const restored = path.join(fresh, '.cache/deep/data.bin');
    expect((await fs.stat(restored)).nlink).toBeGreaterThan(1);
    // Same size, the mtime put back: only the content check sees it.
    const st = await fs.stat(restored);
    await fs.writeFile(restored, 'ABCDEF');
    await fs.utimes(restored, st.atime, st.mtime);
    const again = await cache.restore(await fs.mkdtemp(path.join(top, 'build-')), '.cache', warn);
    expect(again).toEqual({ status: 'damaged', why: expect.stringContaining('.cache/deep/data.bin') });
  });

  it('an entry already in the app is kept as is', async () => {
    await fs.mkdir(path.join(app, 'bower_components'));
    expect(await cache.save(app, 'bower_components', warn)).toBe('saved');
    expect((await cache.restore(app, 'bower_components', warn)).status).toBe('exists');
  });
});

describe('DirectoryCache saves odd trees best-effort', () => {
  it('names that are not UTF-8 (and their link targets) are saved and restored byte for byte', async () => {
    const dir = Buffer.from(`${app}/bower_components/`);
    await fs.mkdir(dir, { recursive: true });
    await fs.writeFile(Buffer.concat([dir, Buffer.from([0x66, 0xff, 0xfe])]), 'latin');
    await fs.mkdir(Buffer.concat([dir, Buffer.from([0xe9, 0x74, 0xe9])]));
    await fs.writeFile(Buffer.concat([dir, Buffer.from([0xe9, 0x74, 0xe9, 0x2f, 0x78])]), 'x');
    await fs.symlink(Buffer.from([0x66, 0xff, 0xfe]), Buffer.concat([dir, Buffer.from('link')]));
    await fs.writeFile(path.join(app, 'bower_components/plain.js'), 'plain');
    expect(await cache.save(app, 'bower_components', warn)).toBe('saved');
    expect(warnings).toEqual([]);
    const { status, files } = await restoredInto('bower_components');
    expect(status).toBe('restored');
    expect(files).toEqual([
      './bower_components', './bower_components/f\xff\xfe', './bower_components/link', './bower_components/plain.js',
      './bower_components/\xe9t\xe9', './bower_components/\xe9t\xe9/x',
    ]);
  });

  it('a socket and a FIFO are left out with a warning naming them; the rest is saved', async () => {
    await fs.mkdir(path.join(app, 'bower_components'));
    await fs.writeFile(path.join(app, 'bower_components/a.js'), 'a');
    execFileSync('mkfifo', [path.join(app, 'bower_components/pipe')]);
    const server = net.createServer();
    await new Promise<void>((ok) => server.listen(path.join(app, 'bower_components/s.sock'), ok));
    try {
      expect(await cache.save(app, 'bower_components', warn)).toBe('saved');
    } finally {
      server.close();
    }
    expect(warnings.map((w) => w.id)).toEqual(['engine/cache-entries-left-out']);
    expect(warnings[0]!.message).toContain('bower_components/pipe (a named pipe (FIFO))');
    expect(warnings[0]!.message).toContain('bower_components/s.sock (a socket)');
    expect((await restoredInto('bower_components')).files).toEqual(['./bower_components', './bower_components/a.js']);
    expect(await leftovers()).toEqual([]);
  });

  it('a 5 GiB sparse file: not copied nor hashed, the directory skipped with a warning saying why', async () => {
    await fs.mkdir(path.join(app, 'bower_components'));
    await fs.writeFile(path.join(app, 'bower_components/a.js'), 'a');
    execFileSync('truncate', ['-s', '5G', path.join(app, 'bower_components/huge.img')]);
    const started = Date.now();
    expect(await cache.save(app, 'bower_components', warn)).toBe('skipped');
    expect(Date.now() - started).toBeLessThan(5000);
    expect(warnings.map((w) => w.id)).toEqual(['engine/cache-not-saved']);
    expect(warnings[0]!.message).toContain('bower_components was not saved in the build cache: it holds 5.0 GiB of files, more than the 4.0 GiB a cached tree may hold');
    expect(await fs.readdir(cacheDir).catch(() => [])).toEqual([]);
  });

  it('a path longer than PATH_MAX: skipped with a warning, an older entry dropped, nothing left behind', async () => {
    await fs.mkdir(path.join(app, 'bower_components'));
    await fs.writeFile(path.join(app, 'bower_components/a.js'), 'a');
    expect(await cache.save(app, 'bower_components', warn)).toBe('saved');
    // 25 levels of 200-byte names: ~5,000 bytes, past the kernel's 4,096 (made by relative cd).
    const name = 'd'.repeat(200);
    execFileSync('bash', ['-c', `cd bower_components && for i in $(seq 25); do mkdir ${name} && cd ${name}; done && echo deep > f`], { cwd: app });
    expect(await cache.save(app, 'bower_components', warn)).toBe('skipped');
    expect(warnings.map((w) => w.id)).toEqual(['engine/cache-not-saved']);
    expect(warnings[0]!.message).toMatch(/^bower_components was not saved in the build cache: a path in it is longer than the system allows \(ENAMETOOLONG/);
    expect(await fs.readdir(cacheDir)).toEqual([]);
  });
});
