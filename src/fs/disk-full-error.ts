/**
 * A full disk (ENOSPC, EDQUOT) anywhere in a build is said as such (engine/disk-full):
 * which of the build's directories is on the full disk, how much is free there, and the
 * fix for that directory. Found in an error of the engine's own writes (node:fs, or a
 * DiskFullError from cp or tar), or in the output of a command that failed (npm,
 * Composer, a build script). A full cache disk never gets here while saving: saves are
 * skipped (src/cache/cache-writes.ts).
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { BuildError, isBuildError } from '../errors/build-error.js';
import { engineErrors, type BuildDirRole } from '../errors/catalog.js';
import { commandOutputIn } from '../errors/command-failed.js';
import { diskFullCode, diskFullInText, type DiskFullCode } from './disk-full.js';
import { shown } from './byte-names.js';

export interface BuildDirs {
  readonly buildDir: string;
  readonly cacheDir: string;
  readonly tmpDir: string;
}

/** An absolute path quoted on the first line of `text` that says the disk is full. */
function pathInOutput(text: string): string | undefined {
  const line = text.split('\n').find((l) => diskFullInText(l) !== undefined);
  return line === undefined ? undefined : /['"`‘“](\/[^'"`’”\n]+)['"`’”]/.exec(line)?.[1];
}

/** Free bytes on the disk holding `dir`, or undefined when it cannot be told. */
async function freeBytes(dir: string, statfs: typeof fs.statfs): Promise<number | undefined> {
  const st = await statfs(dir).catch(() => undefined);
  return st ? Number(st.bavail) * Number(st.bsize) : undefined;
}

/** Below this much free space a disk counts as the full one (a failed write's temp files are gone by now). */
const NEARLY_FULL_BYTES = 64 * 1024 * 1024;

/**
 * engine/disk-full for an error that is a full disk, else undefined. `dirs`: the build's
 * directories, to say which one the full disk holds (by the failed path, else by their
 * free space).
 */
export async function asDiskFull(e: unknown, dirs: BuildDirs, statfs: typeof fs.statfs = fs.statfs): Promise<BuildError | undefined> {
  let code: DiskFullCode | undefined = diskFullCode(e);
  let failed: string | undefined;
  let where: string | undefined;
  if (code) {
    const p = (e as { path?: unknown }).path;
    where = typeof p === 'string' ? p : Buffer.isBuffer(p) ? p.toString('utf8') : undefined;
  } else if (isBuildError(e) && e.id !== 'engine/disk-full') {
    const output = commandOutputIn(e.body);
    code = output === undefined ? undefined : diskFullInText(output);
    if (!code) return undefined;
    failed = e.title;
    where = pathInOutput(output!);
  }
  if (!code) return undefined;
  const roles: Array<{ role: BuildDirRole; dir: string }> = [
    { role: 'BUILD_DIR', dir: dirs.buildDir }, { role: 'CACHE_DIR', dir: dirs.cacheDir }, { role: 'TMPDIR', dir: dirs.tmpDir },
  ];
  const frees = await Promise.all(roles.map((r) => freeBytes(r.dir, statfs)));
  const inside = (dir: string, p: string) => p === dir || p.startsWith(`${dir}/`);
  // The deepest directory the failed path is in (the cache may be below TMPDIR, say).
  const byPath = where === undefined ? undefined
    : roles.map((r, i) => ({ ...r, i })).filter((r) => inside(path.resolve(r.dir), path.resolve(where!))).sort((a, b) => b.dir.length - a.dir.length)[0];
  const byFree = roles.map((r, i) => ({ ...r, i })).filter((r) => frees[r.i] !== undefined && frees[r.i]! < NEARLY_FULL_BYTES)
    .sort((a, b) => frees[a.i]! - frees[b.i]!)[0];
  const found = byPath ?? byFree;
  return engineErrors.diskFull({
    code,
    ...(where !== undefined ? { path: shown(where, 300) } : {}),
    ...(failed !== undefined ? { failed } : {}),
    ...(found ? { role: found.role, dir: found.dir, free: frees[found.i] } : {}),
    free: roles.map((r, i) => ({ role: r.role, dir: r.dir, free: frees[i] })),
  });
}
