/**
 * Whole directory trees kept in CACHE_DIR (an extracted Node.js runtime, an installed
 * node_modules), restored into the app by hard links when CACHE_DIR and BUILD_DIR share
 * a filesystem (near free), else by copying.
 *
 * Hard links share file contents with the app, so a build that edits a restored file in
 * place would edit the cached one too. Every entry records a manifest (path, type, size,
 * mode, mtime of each file); a restore first checks the cached tree against it and
 * treats any difference as a miss, so such an edit costs a rebuild, never a wrong build.
 *
 * Entries are written under a temp name and renamed into place: a killed build leaves
 * the old entry, the new one, or none.
 */
import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { runTool } from '../exec/run.js';

export type RestoreResult =
  | { readonly status: 'restored'; readonly linked: boolean; readonly meta: Readonly<Record<string, unknown>> }
  | { readonly status: 'missing' }
  | { readonly status: 'damaged'; readonly why: string };

interface Manifest {
  readonly digest: string;
  readonly meta: Record<string, unknown>;
}

async function treeDigest(root: string): Promise<string> {
  const h = createHash('sha256');
  await feedTree(h, root, '');
  return h.digest('hex');
}

/**
 * The same kind of digest over some paths of a tree (missing ones included as missing):
 * says whether a build step changed anything under them, at the cost of a stat per file.
 */
export async function digestPaths(root: string, paths: readonly string[]): Promise<string> {
  const h = createHash('sha256');
  for (const rel of [...paths].sort()) {
    const st = await fs.lstat(path.join(root, rel)).catch(() => undefined);
    if (!st) h.update(`m ${rel}\n`);
    else if (st.isDirectory()) {
      h.update(`d ${rel} ${st.mode}\n`);
      await feedTree(h, root, rel);
    } else if (st.isSymbolicLink()) h.update(`l ${rel} ${await fs.readlink(path.join(root, rel))}\n`);
    else h.update(`f ${rel} ${st.size} ${st.mode} ${Math.trunc(st.mtimeMs)}\n`);
  }
  return h.digest('hex');
}

/** Directories read at once: a runtime tree has hundreds, and each read is a syscall round trip. */
const WALK_CONCURRENCY = 32;

/**
 * Feeds one line per entry under `start` into the hash, in depth-first order with sorted
 * names (the order a sequential walk gives), while reading many directories at once.
 */
async function feedTree(h: ReturnType<typeof createHash>, root: string, start: string): Promise<void> {
  const lines: Array<{ segments: string[]; line: string }> = [];
  const queue: string[] = [start];
  let active = 0;
  await new Promise<void>((resolve, reject) => {
    const pump = (): void => {
      if (queue.length === 0 && active === 0) return resolve();
      while (active < WALK_CONCURRENCY && queue.length > 0) {
        const rel = queue.pop()!;
        active++;
        visit(rel).then(() => { active--; pump(); }, reject);
      }
    };
    const visit = async (rel: string): Promise<void> => {
      const names = await fs.readdir(path.join(root, rel));
      await Promise.all(names.map(async (name) => {
        const p = rel ? `${rel}/${name}` : name;
        const st = await fs.lstat(path.join(root, p));
        let line: string;
        if (st.isDirectory()) {
          line = `d ${p} ${st.mode}\n`;
          queue.push(p);
        } else if (st.isSymbolicLink()) {
          line = `l ${p} ${await fs.readlink(path.join(root, p))}\n`;
        } else {
          line = `f ${p} ${st.size} ${st.mode} ${Math.trunc(st.mtimeMs)}\n`;
        }
        lines.push({ segments: p.split('/'), line });
      }));
    };
    pump();
  });
  lines.sort((a, b) => compareSegments(a.segments, b.segments));
  for (const { line } of lines) h.update(line);
}

/** Depth-first order: a directory before its entries, siblings by name (code unit order). */
function compareSegments(a: readonly string[], b: readonly string[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  }
  return a.length - b.length;
}

/**
 * Package managers rewrite their metadata files at the top of node_modules in place
 * (npm's .package-lock.json on every prune, pnpm's .modules.yaml, …), which would alter
 * the linked cache entry every build. Those files get their own copy; package files
 * deeper down are only ever replaced (unlink + create), which leaves the cache intact.
 */
async function unshareTopLevelFiles(dir: string): Promise<void> {
  for (const e of await fs.readdir(dir, { withFileTypes: true })) {
    if (e.isFile()) await unshareFile(path.join(dir, e.name));
  }
}

/** Gives a hard-linked file its own copy (a saved single file, like .pnp.cjs, too). */
async function unshareFile(p: string): Promise<void> {
  const st = await fs.lstat(p);
  if (!st.isFile() || st.nlink < 2) return;
  const tmp = `${p}.unshare-${randomBytes(4).toString('hex')}`;
  await fs.copyFile(p, tmp);
  await fs.chmod(tmp, st.mode);
  await fs.utimes(tmp, st.atime, st.mtime);
  await fs.rename(tmp, p);
}

/** cp -a with hard links when possible; plain copy across filesystems or without GNU cp. */
async function copyTree(from: string, to: string): Promise<boolean> {
  const linked = await runTool(['cp', '-al', from, to]);
  if (linked?.ok) {
    if ((await fs.lstat(to)).isDirectory()) await unshareTopLevelFiles(to);
    else await unshareFile(to);
    return true;
  }
  await fs.rm(to, { recursive: true, force: true });
  const copied = await runTool(['cp', '-a', from, to]);
  if (copied?.ok) return false;
  await fs.rm(to, { recursive: true, force: true });
  await fs.cp(from, to, { recursive: true, verbatimSymlinks: true, preserveTimestamps: true });
  return false;
}

export class TreeCache {
  constructor(private readonly dir: string) {}

  private entry(key: string): string {
    return path.join(this.dir, encodeURIComponent(key));
  }

  /**
   * Saves `paths` (files or directories, relative to `root`; missing ones are skipped)
   * as one entry. Returns the paths saved.
   */
  async save(key: string, root: string, paths: readonly string[], meta: Record<string, unknown>): Promise<string[]> {
    await fs.mkdir(this.dir, { recursive: true });
    const tmp = path.join(this.dir, `.tmp-${randomBytes(6).toString('hex')}`);
    try {
      const tree = path.join(tmp, 'tree');
      await fs.mkdir(tree, { recursive: true });
      const saved: string[] = [];
      for (const rel of paths) {
        const from = path.join(root, rel);
        if (!(await fs.lstat(from).catch(() => undefined))) continue;
        await fs.mkdir(path.dirname(path.join(tree, rel)), { recursive: true });
        await copyTree(from, path.join(tree, rel));
        saved.push(rel);
      }
      const manifest: Manifest = { digest: await treeDigest(tree), meta: { ...meta, paths: saved } };
      await fs.writeFile(path.join(tmp, 'manifest.json'), JSON.stringify(manifest));
      const target = this.entry(key);
      const old = path.join(this.dir, `.old-${randomBytes(6).toString('hex')}`);
      await fs.rename(target, old).catch(() => undefined);
      await fs.rename(tmp, target);
      await fs.rm(old, { recursive: true, force: true });
      return saved;
    } finally {
      await fs.rm(tmp, { recursive: true, force: true });
    }
  }

  async readMeta(key: string): Promise<Record<string, unknown> | undefined> {
    try {
      return (JSON.parse(await fs.readFile(path.join(this.entry(key), 'manifest.json'), 'utf8')) as Manifest).meta;
    } catch {
      return undefined;
    }
  }

  /** Puts the saved paths back under `root` (they must not exist there yet). */
  async restore(key: string, root: string): Promise<RestoreResult> {
    const entry = this.entry(key);
    let manifest: Manifest;
    try {
      manifest = JSON.parse(await fs.readFile(path.join(entry, 'manifest.json'), 'utf8')) as Manifest;
    } catch {
      return { status: 'missing' };
    }
    const tree = path.join(entry, 'tree');
    const paths = (manifest.meta.paths as string[] | undefined) ?? [];
    // Checking and linking run side by side (the check is a stat per file, the link a
    // cp process); a failed check takes the restored copy out again before returning.
    const [digest, linked] = await Promise.all([
      treeDigest(tree).catch(() => undefined),
      (async () => {
        let all = true;
        for (const rel of paths) {
          const dest = path.join(root, rel);
          await fs.mkdir(path.dirname(dest), { recursive: true });
          all = (await copyTree(path.join(tree, rel), dest)) && all;
        }
        return all;
      })(),
    ]);
    if (digest !== manifest.digest) {
      for (const rel of paths) await fs.rm(path.join(root, rel), { recursive: true, force: true });
      await fs.rm(entry, { recursive: true, force: true });
      return { status: 'damaged', why: 'its files changed since it was saved' };
    }
    return { status: 'restored', linked, meta: manifest.meta };
  }

  async drop(key: string): Promise<void> {
    await fs.rm(this.entry(key), { recursive: true, force: true });
  }

  /** Drops every entry but `key` (e.g. runtimes of versions no longer used). */
  async retainOnly(key: string): Promise<void> {
    const keep = encodeURIComponent(key);
    const names = await fs.readdir(this.dir).catch(() => [] as string[]);
    await Promise.all(names.filter((n) => n !== keep).map((n) => fs.rm(path.join(this.dir, n), { recursive: true, force: true })));
  }

  /** Removes temp entries a killed build left behind. */
  async sweep(): Promise<void> {
    const names = await fs.readdir(this.dir).catch(() => [] as string[]);
    await Promise.all(
      names.filter((n) => n.startsWith('.tmp-') || n.startsWith('.old-'))
        .map((n) => fs.rm(path.join(this.dir, n), { recursive: true, force: true })),
    );
  }
}
