/**
 * The tree cache restores an entry only when it is the tree that was saved, content
 * included (once, a cached bin/node replaced by zeros of the same size and mtime was
 * restored "manifest checked"; an edit through a hard-linked restored file reached the
 * next build).
 */
import { execFile, execFileSync } from 'node:child_process';
import * as net from 'node:net';
import * as fs from 'node:fs/promises';
import { promisify } from 'node:util';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TreeCache, digestPaths, settleSpares, unchangedSince, type RestoredTree } from '../../src/cache/tree-cache.js';
import { CacheWrites } from '../../src/cache/cache-writes.js';

const run = promisify(execFile);
let tmp: string;
let cacheDir: string;
let app: string;
beforeEach(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'tree-cache-'));
  cacheDir = path.join(tmp, 'cache');
  app = path.join(tmp, 'app');
  await fs.mkdir(path.join(app, 'node_modules/pkg/lib'), { recursive: true });
  await fs.writeFile(path.join(app, 'node_modules/pkg/index.js'), 'module.exports = 1;\n');
  await fs.writeFile(path.join(app, 'node_modules/pkg/lib/big.bin'), Buffer.alloc(5 << 20, 7)); // hashed in chunks
  await fs.symlink('../index.js', path.join(app, 'node_modules/pkg/lib/link.js'));
});
afterEach(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

/** Overwrites a file in place (same inode) with bytes of the same length, then puts its times back (touch -r). */
async function corruptInPlace(file: string, fill = 0): Promise<void> {
  const st = await fs.stat(file, { bigint: true });
  const ref = `${file}.times`;
  await fs.writeFile(ref, '');
  await run('touch', ['-r', file, ref]);
  const fh = await fs.open(file, 'r+');
  await fh.write(Buffer.alloc(Number(st.size), fill), 0, Number(st.size), 0);
  await fh.close();
  await run('touch', ['-r', ref, file]);
  await fs.rm(ref);
  const after = await fs.stat(file, { bigint: true });
  expect([after.ino, after.size, after.mtimeNs]).toEqual([st.ino, st.size, st.mtimeNs]);
}

async function fresh(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(tmp, 'build-'));
  return dir;
}

/** Polls `probe` until it returns a value (the state another thread is making), for up to 10 s. */
async function waitFor<T>(probe: () => Promise<T | undefined | false | ''>): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const v = await probe();
    if (v) return v as T;
    if (Date.now() > deadline) throw new Error('waitFor: the state never came');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('TreeCache', () => {
  it('restores the saved tree, content and links included', async () => {
    const cache = new TreeCache(cacheDir);
    expect(await cache.save('k', app, ['node_modules', 'absent'], { x: 1 })).toMatchObject({ status: 'saved', paths: ['node_modules'] });
    const to = await fresh();
    const r = await cache.restore('k', to);
    expect(r).toMatchObject({ status: 'restored', linked: true, meta: { x: 1, paths: ['node_modules'] } });
    expect(await fs.readFile(path.join(to, 'node_modules/pkg/lib/link.js'), 'utf8')).toBe('module.exports = 1;\n');
  });

  it.each([
    ['a small file', 'node_modules/pkg/index.js'],
    ['a large file', 'node_modules/pkg/lib/big.bin'],
  ])('an entry with %s overwritten in place (same size, same mtime) is a miss naming it', async (_what, rel) => {
    const cache = new TreeCache(cacheDir);
    await cache.save('k', app, ['node_modules'], {});
    await corruptInPlace(path.join(cacheDir, 'k/tree', rel));
    const to = await fresh();
    const r = await cache.restore('k', to);
    expect(r).toEqual({ status: 'damaged', why: `its files changed since it was saved (the content of ${rel}, with the same size and modification time)` });
    expect(await fs.readdir(to)).toEqual([]); // what was linked in is taken out again
    expect(await cache.restore('k', to)).toEqual({ status: 'missing' }); // and the entry is gone
  });

  it('an edit made through a restored (hard-linked) file never reaches the next restore', async () => {
    const cache = new TreeCache(cacheDir);
    await cache.save('k', app, ['node_modules'], {});
    const build1 = await fresh();
    expect((await cache.restore('k', build1)).status).toBe('restored');
    // The build edits its node_modules in place; the cache shares the inode.
    await corruptInPlace(path.join(build1, 'node_modules/pkg/index.js'), 0x41);
    const build2 = await fresh();
    const r = await cache.restore('k', build2);
    expect(r.status).toBe('damaged');
    expect(await fs.readdir(build2)).toEqual([]);
  });

  it('a tree without a file to link (a single-file root, an empty directory) is restored, and unchangedSince holds', async () => {
    await fs.writeFile(path.join(app, 'x.cjs'), 'pnp\n');
    await fs.mkdir(path.join(app, 'empty'));
    const cache = new TreeCache(cacheDir);
    await cache.save('k', app, ['x.cjs', 'empty'], {});
    const to = await fresh();
    const r = await cache.restore('k', to);
    if (r.status !== 'restored' || !r.tree) throw new Error(`not restored by links: ${JSON.stringify(r)}`);
    expect(await fs.readFile(path.join(to, 'x.cjs'), 'utf8')).toBe('pnp\n');
    expect(await unchangedSince(r.tree, to, ['x.cjs', 'empty'])).toBe(true);
    expect(await unchangedSince({ ...r.tree, identity: new Map() }, path.join(to, 'nowhere'), [])).toBe(true);
  });

  it('a changed size or a missing file is named too', async () => {
    const cache = new TreeCache(cacheDir);
    await cache.save('k', app, ['node_modules'], {});
    await fs.appendFile(path.join(cacheDir, 'k/tree/node_modules/pkg/index.js'), 'x');
    expect(await cache.restore('k', await fresh())).toEqual({ status: 'damaged', why: 'its files changed since it was saved (node_modules/pkg/index.js)' });
    await cache.save('k', app, ['node_modules'], {});
    await fs.rm(path.join(cacheDir, 'k/tree/node_modules/pkg/lib/link.js'));
    expect(await cache.restore('k', await fresh())).toMatchObject({ status: 'damaged', why: expect.stringContaining('node_modules/pkg/lib/link.js') });
  });

  it('an entry saved without content hashes (older engine) or with a garbage manifest is a miss', async () => {
    const cache = new TreeCache(cacheDir);
    await cache.save('k', app, ['node_modules'], {});
    await fs.writeFile(path.join(cacheDir, 'k/manifest.json'), JSON.stringify({ digest: 'abc', meta: { paths: ['node_modules'] } }));
    expect(await cache.restore('k', await fresh())).toEqual({ status: 'damaged', why: 'it was saved by an older engine, without content hashes' });
    await cache.save('k', app, ['node_modules'], {});
    await fs.writeFile(path.join(cacheDir, 'k/manifest.json'), '{"format": 2, "tr');
    expect(await cache.restore('k', await fresh())).toEqual({ status: 'damaged', why: 'its manifest is unreadable' });
  });
});

describe('digestPaths', () => {
  it('sees an in-place edit that keeps the size and the mtime', async () => {
    const before = await digestPaths(app, ['node_modules']);
    expect(await digestPaths(app, ['node_modules'])).toBe(before);
    await corruptInPlace(path.join(app, 'node_modules/pkg/index.js'), 0x41);
    expect(await digestPaths(app, ['node_modules'])).not.toBe(before);
  });
});

describe('a restored tree, checked and diffed within one build', () => {
  async function restoredInstall(): Promise<{ cache: TreeCache; to: string; tree: RestoredTree }> {
    const cache = new TreeCache(cacheDir);
    await fs.writeFile(path.join(app, 'node_modules/.lock'), 'full\n');
    await cache.save('install', app, ['node_modules'], {});
    // The prune: a package goes, the top-level lock file is rewritten in place.
    const pruned = path.join(tmp, 'pruned');
    await fs.mkdir(path.join(pruned, 'node_modules/keep'), { recursive: true });
    await fs.writeFile(path.join(pruned, 'node_modules/keep/x.js'), 'x');
    await fs.cp(path.join(app, 'node_modules'), path.join(pruned, 'node_modules'), { recursive: true, verbatimSymlinks: true, preserveTimestamps: true });
    await fs.rm(path.join(pruned, 'node_modules/pkg'), { recursive: true });
    await fs.rm(path.join(pruned, 'node_modules/keep'), { recursive: true });
    await fs.writeFile(path.join(pruned, 'node_modules/.lock'), 'pruned\n');
    await cache.save('pruned', pruned, ['node_modules'], { command: 'prune' });
    const to = await fresh();
    const r = await cache.restore('install', to);
    if (r.status !== 'restored' || !r.tree) throw new Error(`not restored by links: ${JSON.stringify(r)}`);
    return { cache, to, tree: r.tree };
  }

  it('unchangedSince: the tree as linked is unchanged; an in-place edit (size and mtime kept), a new file, a removed one are not', async () => {
    const { to, tree } = await restoredInstall();
    expect(await unchangedSince(tree, to, ['node_modules', '.pnp.cjs'])).toBe(true);
    expect(await unchangedSince(tree, to, ['node_modules', 'node_modules/pkg'])).toBe(true); // outputs may nest
    await new Promise((resolve) => setTimeout(resolve, 20)); // past the timestamp granularity, as a build script is
    await corruptInPlace(path.join(to, 'node_modules/pkg/index.js'), 0x41);
    expect(await unchangedSince(tree, to, ['node_modules'])).toBe(false);

    const other = await restoredInstall();
    await fs.writeFile(path.join(other.to, 'node_modules/pkg/new.js'), '');
    expect(await unchangedSince(other.tree, other.to, ['node_modules'])).toBe(false);
    const third = await restoredInstall();
    await fs.rm(path.join(third.to, 'node_modules/pkg/lib/link.js'));
    expect(await unchangedSince(third.tree, third.to, ['node_modules'])).toBe(false);
    const fourth = await restoredInstall();
    await fs.writeFile(path.join(fourth.to, '.pnp.cjs'), '');
    expect(await unchangedSince(fourth.tree, fourth.to, ['node_modules', '.pnp.cjs'])).toBe(false);
  });

  it('restoreOver: the restored tree becomes the pruned one, removed paths gone, the rewritten lock file its own copy', async () => {
    const { cache, to, tree } = await restoredInstall();
    const r = await cache.restoreOver('pruned', to, tree);
    expect(r).toMatchObject({ status: 'restored', meta: { command: 'prune' } });
    expect(await fs.readdir(path.join(to, 'node_modules'))).toEqual(['.lock']);
    expect(await fs.readFile(path.join(to, 'node_modules/.lock'), 'utf8')).toBe('pruned\n');
    expect((await fs.stat(path.join(to, 'node_modules/.lock'))).nlink).toBe(1);
  });

  it('restoreOver with the install\'s spare waiting: what the prune takes out moves into the spare (not deleted), which is complete once its gate opens', async () => {
    const { cache, to, tree } = await restoredInstall();
    const pkg = await fs.stat(path.join(to, 'node_modules/pkg'));
    const open = cache.keepSpare('install', { filesLater: true, donor: 'pruned' });
    expect(await cache.restoreOver('pruned', to, tree)).toMatchObject({ status: 'restored' });
    expect(await fs.readdir(path.join(to, 'node_modules'))).toEqual(['.lock']);
    open();
    await settleSpares();
    const spare = path.join(cacheDir, 'install/spare');
    expect((await fs.stat(path.join(spare, 'node_modules/pkg'))).ino).toBe(pkg.ino); // moved, not made again
    expect(await fs.readFile(path.join(spare, 'node_modules/.lock'), 'utf8')).toBe('full\n');
    const next = await fresh();
    const r = await cache.restore('install', next);
    expect(r).toMatchObject({ status: 'restored', linked: true });
    expect((await fs.stat(path.join(next, 'node_modules/pkg'))).ino).toBe(pkg.ino); // the spare was taken, and checked out
    expect(await fs.readFile(path.join(next, 'node_modules/pkg/lib/link.js'), 'utf8')).toBe('module.exports = 1;\n');
  });

  it('a spare waiting for a donor that never donates (the prune ran instead) makes those entries itself', async () => {
    const { cache } = await restoredInstall();
    const open = cache.keepSpare('install', { filesLater: true, donor: 'pruned' });
    open();
    await settleSpares();
    const next = await fresh();
    expect(await cache.restore('install', next)).toMatchObject({ status: 'restored', linked: true });
    await expect(fs.access(path.join(cacheDir, 'install/spare'))).rejects.toThrow(); // taken
    expect(await fs.readFile(path.join(next, 'node_modules/pkg/index.js'), 'utf8')).toBe('module.exports = 1;\n');
    expect(await fs.readFile(path.join(next, 'node_modules/.lock'), 'utf8')).toBe('full\n');
  });

  it('restoreOver: a damaged file it needs is a miss naming it, with the app tree left as it was', async () => {
    const { cache, to, tree } = await restoredInstall();
    await corruptInPlace(path.join(cacheDir, 'pruned/tree/node_modules/.lock'), 0x41);
    const r = await cache.restoreOver('pruned', to, tree);
    expect(r).toEqual({ status: 'damaged', why: 'its files changed since it was saved (the content of node_modules/.lock, with the same size and modification time)' });
    expect(await unchangedSince(tree, to, ['node_modules'])).toBe(true);
    expect(await cache.readMeta('pruned')).toBeUndefined();
  });
});

describe('entryMeta: the meta, or why there is none to use', () => {
  it('missing, ok, and damaged (an unreadable manifest, then dropped)', async () => {
    const cache = new TreeCache(cacheDir);
    expect(await cache.entryMeta('install')).toEqual({ status: 'missing' });
    await cache.save('install', app, ['node_modules'], { fingerprint: { a: '1' } });
    expect(await cache.entryMeta('install')).toEqual({ status: 'ok', meta: { fingerprint: { a: '1' }, paths: ['node_modules'] } });
    await fs.writeFile(path.join(cacheDir, 'install/manifest.json'), '{"garb');
    expect(await cache.entryMeta('install')).toEqual({ status: 'damaged', why: 'its manifest is unreadable' });
    expect(await cache.entryMeta('install')).toEqual({ status: 'missing' });
  });
});

describe('a restore big enough to share its files with the helper thread', () => {
  /** 600 files in 30 packages: past the helper thread's threshold, so both threads link and hash. */
  async function manyFiles(): Promise<void> {
    for (let p = 0; p < 30; p++) {
      await fs.mkdir(path.join(app, `node_modules/p${p}`), { recursive: true });
      for (let f = 0; f < 20; f++) await fs.writeFile(path.join(app, `node_modules/p${p}/f${f}.js`), `// ${p}/${f}\n`);
    }
  }

  it('restores every file, content checked, and unchangedSince holds until one is edited in place', async () => {
    await manyFiles();
    const cache = new TreeCache(cacheDir);
    await cache.save('k', app, ['node_modules'], {});
    const to = await fresh();
    const r = await cache.restore('k', to);
    if (r.status !== 'restored' || !r.tree) throw new Error(`not restored by links: ${JSON.stringify(r)}`);
    for (const p of [0, 17, 29]) {
      expect(await fs.readFile(path.join(to, `node_modules/p${p}/f19.js`), 'utf8')).toBe(`// ${p}/19\n`);
      expect((await fs.stat(path.join(to, `node_modules/p${p}/f19.js`))).nlink).toBe(3); // the app, the cache, the restore
    }
    expect(await unchangedSince(r.tree, to, ['node_modules'])).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await corruptInPlace(path.join(to, 'node_modules/p29/f3.js'), 0x41);
    expect(await unchangedSince(r.tree, to, ['node_modules'])).toBe(false);
  });

  it('a file corrupted anywhere in the list is a miss naming it, whichever thread hashed it', async () => {
    await manyFiles();
    const cache = new TreeCache(cacheDir);
    for (const victim of ['node_modules/p0/f1.js', 'node_modules/p29/f18.js']) {
      await cache.save('k', app, ['node_modules'], {});
      await corruptInPlace(path.join(cacheDir, 'k/tree', victim), 0x41);
      const to = await fresh();
      expect(await cache.restore('k', to)).toEqual({
        status: 'damaged', why: `its files changed since it was saved (the content of ${victim}, with the same size and modification time)`,
      });
      await expect(fs.access(path.join(to, 'node_modules'))).rejects.toThrow();
    }
  });
});

describe('a spare (TreeCache.keepSpare): made beside the entry, moved into the app by the next restore', () => {
  /** Saves node_modules (with a top-level lock file, an own copy) and a single-file root, then makes the spare. */
  async function savedWithSpare(): Promise<TreeCache> {
    await fs.writeFile(path.join(app, 'node_modules/.lock'), 'full\n');
    await fs.writeFile(path.join(app, 'x.cjs'), 'pnp\n');
    const cache = new TreeCache(cacheDir);
    await cache.save('k', app, ['node_modules', 'x.cjs'], {});
    cache.keepSpare('k');
    await settleSpares();
    return cache;
  }
  const spare = () => path.join(cacheDir, 'k/spare');

  it('is taken whole by the restore (nothing linked then), checked like any restore, and made again for the next one', async () => {
    const cache = await savedWithSpare();
    const index = await fs.stat(path.join(spare(), 'node_modules/pkg/index.js'));
    const to = await fresh();
    const r = await cache.restore('k', to);
    if (r.status !== 'restored' || !r.tree) throw new Error(`not restored: ${JSON.stringify(r)}`);
    await expect(fs.access(spare())).rejects.toThrow(); // moved, not copied
    expect((await fs.stat(path.join(to, 'node_modules/pkg/index.js'))).ino).toBe(index.ino);
    expect(await fs.readFile(path.join(to, 'node_modules/pkg/lib/link.js'), 'utf8')).toBe('module.exports = 1;\n');
    expect((await fs.readFile(path.join(to, 'node_modules/pkg/lib/big.bin'))).equals(Buffer.alloc(5 << 20, 7))).toBe(true);
    // The files a package manager rewrites in place are the app's own, never the cache's.
    for (const own of ['node_modules/.lock', 'x.cjs']) expect((await fs.stat(path.join(to, own))).nlink).toBe(1);
    expect(await unchangedSince(r.tree, to, ['node_modules', 'x.cjs'])).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await corruptInPlace(path.join(to, 'node_modules/pkg/index.js'), 0x41);
    expect(await unchangedSince(r.tree, to, ['node_modules', 'x.cjs'])).toBe(false);

    cache.keepSpare('k');
    await settleSpares();
    expect((await fs.stat(path.join(spare(), 'node_modules/pkg/index.js'))).ino).toBe(index.ino);
    expect((await fs.stat(path.join(spare(), 'node_modules/.lock'))).nlink).toBe(1);
  });

  it.each([
    ['an entry the manifest does not list', async () => fs.writeFile(path.join(spare(), 'node_modules/pkg/planted.js'), 'evil')],
    ['a file replaced (new inode, same size and mtime)', async () => {
      const f = path.join(spare(), 'node_modules/pkg/index.js');
      const st = await fs.stat(f);
      await fs.rm(f);
      await fs.writeFile(f, 'module.exports = 2;\n');
      await fs.utimes(f, st.atime, st.mtime);
    }],
    ['a file swapped for a symbolic link to a host file', async () => {
      await fs.rm(path.join(spare(), 'node_modules/pkg/index.js'));
      await fs.symlink('/etc/hostname', path.join(spare(), 'node_modules/pkg/index.js'));
    }],
    ['a directory swapped for a symbolic link to one outside', async () => {
      const outside = path.join(tmp, 'outside');
      await fs.cp(path.join(spare(), 'node_modules/pkg/lib'), outside, { recursive: true, verbatimSymlinks: true, preserveTimestamps: true });
      await fs.rm(path.join(spare(), 'node_modules/pkg/lib'), { recursive: true });
      await fs.symlink(outside, path.join(spare(), 'node_modules/pkg/lib'));
    }],
    ['a FIFO in place of a file', async () => {
      await fs.rm(path.join(spare(), 'node_modules/pkg/index.js'));
      await run('mkfifo', [path.join(spare(), 'node_modules/pkg/index.js')]);
    }],
    ['the top-level lock file hard-linked to the entry', async () => {
      await fs.rm(path.join(spare(), 'node_modules/.lock'));
      await fs.link(path.join(cacheDir, 'k/tree/node_modules/.lock'), path.join(spare(), 'node_modules/.lock'));
    }],
    ['a root missing', async () => fs.rm(path.join(spare(), 'x.cjs'))],
  ])('with %s is never used: the entry\'s own tree is restored instead, and the spare is gone', async (_what, damage) => {
    const cache = await savedWithSpare();
    await damage();
    const to = await fresh();
    const r = await cache.restore('k', to);
    expect(r).toMatchObject({ status: 'restored', linked: true });
    expect(await fs.readdir(path.join(to, 'node_modules/pkg'))).toEqual(['index.js', 'lib']);
    expect(await fs.readFile(path.join(to, 'node_modules/pkg/index.js'), 'utf8')).toBe('module.exports = 1;\n');
    expect((await fs.lstat(path.join(to, 'node_modules/pkg/index.js'))).isFile()).toBe(true);
    expect((await fs.lstat(path.join(to, 'node_modules/pkg/lib'))).isDirectory()).toBe(true);
    expect((await fs.stat(path.join(to, 'node_modules/.lock'))).nlink).toBe(1);
    expect(await fs.readFile(path.join(to, 'x.cjs'), 'utf8')).toBe('pnp\n');
    expect((await fs.readdir(path.join(cacheDir, 'k'))).sort()).toEqual(['manifest.json', 'tree']);
  });

  it('a spare half made by a killed build is swept by the next one, and the files wait for the gate', async () => {
    const cache = await savedWithSpare();
    await fs.rename(spare(), path.join(cacheDir, 'k/.spare-killed'));
    const open = cache.keepSpare('k', { filesLater: true });
    // The directories are made (the helper thread's last one, node_modules/pkg/lib, is
    // the sign), the files not linked until the gate opens.
    const temp = await waitFor(async () => {
      const names = await fs.readdir(path.join(cacheDir, 'k'));
      const t = names.find((n) => n.startsWith('.spare-') && n !== '.spare-killed');
      return t && (await fs.stat(path.join(cacheDir, 'k', t, 'node_modules/pkg/lib')).then(() => t, () => undefined));
    });
    const names = await fs.readdir(path.join(cacheDir, 'k'));
    expect(names).not.toContain('.spare-killed');
    expect(names).not.toContain('spare');
    expect(await fs.readdir(path.join(cacheDir, 'k', temp!, 'node_modules/pkg'))).toEqual(['lib']);
    open();
    await settleSpares();
    expect((await fs.readdir(path.join(cacheDir, 'k'))).sort()).toEqual(['manifest.json', 'spare', 'tree']);
    expect(await fs.readdir(path.join(spare(), 'node_modules/pkg'))).toEqual(['index.js', 'lib']);
  });

  it('with the app on another filesystem (/dev/shm, tmpfs) the spare cannot move: the tree is copied, and no spare is made again', async () => {
    const cache = await savedWithSpare();
    const to = await fs.mkdtemp('/dev/shm/tree-cache-app-');
    try {
      expect(await cache.restore('k', to)).toMatchObject({ status: 'restored', linked: false });
      expect(await fs.readFile(path.join(to, 'node_modules/pkg/index.js'), 'utf8')).toBe('module.exports = 1;\n');
      await expect(fs.access(spare())).rejects.toThrow(); // the one that could not move is gone
      cache.keepSpare('k');
      await settleSpares();
      await expect(fs.access(spare())).rejects.toThrow(); // and none is made
    } finally {
      await fs.rm(to, { recursive: true, force: true });
    }
  });

  it('a save over the entry waits for its spare, and drops it with the old tree', async () => {
    const cache = await savedWithSpare();
    await fs.rm(spare(), { recursive: true });
    cache.keepSpare('k', { filesLater: true }); // settleSpares is not called: the save opens the gate itself
    await fs.writeFile(path.join(app, 'node_modules/pkg/index.js'), 'module.exports = 3;\n');
    await cache.save('k', app, ['node_modules', 'x.cjs'], {});
    expect((await fs.readdir(path.join(cacheDir, 'k'))).sort()).toEqual(['manifest.json', 'tree']);
    const to = await fresh();
    expect((await cache.restore('k', to)).status).toBe('restored');
    expect(await fs.readFile(path.join(to, 'node_modules/pkg/index.js'), 'utf8')).toBe('module.exports = 3;\n');
  });
});

/** Names as hex of their bytes, every entry under `dir` (find's order sorted). */
function listing(dir: string): string[] {
  return execFileSync('find', ['.', '-mindepth', '1'], { cwd: dir, encoding: 'buffer' })
    .toString('hex').split('0a').filter(Boolean).sort();
}

describe('names that are not UTF-8: saved and restored byte for byte, every way', () => {
  /** 300 files (past the helper thread's threshold), some named with bytes that are not UTF-8, and a link to one. */
  async function byteNamedTree(): Promise<void> {
    for (let p = 0; p < 15; p++) {
      const dir = Buffer.concat([Buffer.from(`${app}/node_modules/p${p}-`), Buffer.from([0xe9 + (p % 3)])]);
      await fs.mkdir(dir, { recursive: true });
      for (let f = 0; f < 20; f++) {
        await fs.writeFile(Buffer.concat([dir, Buffer.from(`/f${f}-`), Buffer.from([0xff, 0xfe - f])]), `// ${p}/${f}\n`);
      }
    }
    await fs.symlink(Buffer.from([0x66, 0x30, 0x2d, 0xff, 0xfe]), Buffer.concat([Buffer.from(`${app}/node_modules/p0-`), Buffer.from([0xe9]), Buffer.from('/link\xff', 'latin1')]));
  }

  it('linked restore (both threads), unchangedSince, a spare taken by the next restore, and the manifest holds the exact names', async () => {
    await byteNamedTree();
    const expected = listing(path.join(app, 'node_modules'));
    const cache = new TreeCache(cacheDir);
    expect(await cache.save('k', app, ['node_modules'], {})).toMatchObject({ status: 'saved' });
    const manifest = await fs.readFile(path.join(cacheDir, 'k/manifest.json'), 'utf8');
    expect(manifest).toContain('p0-\\udce9/f0-\\udcff\\udcfe');
    const to = await fresh();
    const r = await cache.restore('k', to);
    if (r.status !== 'restored' || !r.tree) throw new Error(`not restored by links: ${JSON.stringify(r)}`);
    expect(listing(path.join(to, 'node_modules'))).toEqual(expected);
    expect(await unchangedSince(r.tree, to, ['node_modules'])).toBe(true);
    expect(await digestPaths(to, ['node_modules'])).toMatch(/^[0-9a-f]{64}$/);
    cache.keepSpare('k');
    await settleSpares();
    const again = await fresh();
    const taken = await cache.restore('k', again);
    expect(taken).toMatchObject({ status: 'restored', linked: true });
    await expect(fs.access(path.join(cacheDir, 'k/spare'))).rejects.toThrow(); // the spare moved in
    expect(listing(path.join(again, 'node_modules'))).toEqual(expected);
  });

  it('copied restore (the app on another filesystem): the same names', async () => {
    await byteNamedTree();
    const expected = listing(path.join(app, 'node_modules'));
    const cache = new TreeCache(cacheDir);
    await cache.save('k', app, ['node_modules'], {});
    const to = await fs.mkdtemp('/dev/shm/tree-cache-bytes-');
    try {
      expect(await cache.restore('k', to)).toMatchObject({ status: 'restored', linked: false });
      expect(listing(path.join(to, 'node_modules'))).toEqual(expected);
    } finally {
      await fs.rm(to, { recursive: true, force: true });
    }
  });
});

describe('saving is best-effort', () => {
  it('a socket in the tree is left out (said through the build\'s CacheWrites); the rest saved', async () => {
    const said: string[] = [];
    const cache = new TreeCache(cacheDir, new CacheWrites(cacheDir, { warn: (w) => said.push(w.id), info: () => undefined }));
    const server = net.createServer();
    await new Promise<void>((ok) => server.listen(path.join(app, 'node_modules/pkg/s.sock'), ok));
    try {
      expect(await cache.save('k', app, ['node_modules'], {})).toMatchObject({
        status: 'saved', leftOut: [{ path: 'node_modules/pkg/s.sock', why: 'a socket' }],
      });
    } finally {
      server.close();
    }
    expect(said).toEqual(['engine/cache-entries-left-out']);
    const to = await fresh();
    expect((await cache.restore('k', to)).status).toBe('restored');
    expect((await fs.readdir(path.join(to, 'node_modules/pkg'))).sort()).toEqual(['index.js', 'lib']);
  });

  it('CACHE_DIR on a full disk: the save is skipped, the full disk said once, the old entry dropped, no temp left', async () => {
    const mnt = await fs.mkdtemp(path.join(tmp, 'small-'));
    // A 4 MiB tmpfs: the 5 MiB file of the tree cannot fit. As root (CI is); failing, not skipped, elsewhere.
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', mnt]);
    try {
      const warned: string[] = [];
      const infos: string[] = [];
      const writes = new CacheWrites(mnt, { warn: (w) => warned.push(`${w.id}: ${w.message}`), info: (l) => infos.push(l) });
      const cache = new TreeCache(path.join(mnt, 'runtimes'), writes);
      // An entry a previous build saved (small enough): dropped by the failed save.
      await fs.writeFile(path.join(tmp, 'small.js'), 'x');
      expect((await cache.save('k', tmp, ['small.js'], {})).status).toBe('saved');
      expect(await cache.save('k', app, ['node_modules'], {}, { label: 'Node.js 24 (.scalingo/node)' })).toEqual({ status: 'skipped', why: 'the cache disk is full' });
      expect(await cache.save('other', app, ['node_modules'], {}, { label: 'node_modules' })).toEqual({ status: 'skipped', why: 'the cache disk is full' });
      expect(warned).toHaveLength(1);
      expect(warned[0]).toMatch(/^engine\/cache-disk-full: The build cache's disk is full \(CACHE_DIR .*: ENOSPC, no space left on device\): Node\.js 24 \(\.scalingo\/node\) could not be saved there/);
      expect(infos).toEqual(['node_modules: not saved in the build cache (its disk is full)']);
      expect(writes.full).toBe(true);
      expect(await fs.readdir(path.join(mnt, 'runtimes'))).toEqual([]);
    } finally {
      execFileSync('umount', [mnt]);
    }
  });

  it('a cache disk found full at the start (statfs) is said once, before any write', async () => {
    const warned: string[] = [];
    const writes = await CacheWrites.open(cacheDir, { warn: (w) => warned.push(w.message), info: () => undefined }, async () => ({ bavail: 100, bsize: 4096 }));
    expect(writes.full).toBe(true);
    expect(warned).toEqual([expect.stringContaining(`CACHE_DIR ${cacheDir}: 0.4 MB free`)]);
    const cache = new TreeCache(cacheDir, writes);
    expect((await cache.save('k', app, ['node_modules'], {})).status).toBe('skipped');
    await expect(fs.access(cacheDir)).rejects.toThrow(); // nothing written
    expect(await CacheWrites.open(tmp, { warn: (w) => warned.push(w.message), info: () => undefined }).then((w) => w.full)).toBe(false);
  });
});
