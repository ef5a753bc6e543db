/**
 * The app's tree is untrusted (it comes from a stranger's repository and the engine runs
 * as root): a path in it is resolved without following a symbolic link out of the app.
 *
 * - Reading (`readAppFile`): only a regular file, never a FIFO, device or directory; a
 *   link must resolve inside the app; at most a size cap (READ_LIMITS) is read. The file
 *   is checked with lstat, opened with O_NOFOLLOW | O_NONBLOCK and checked again with
 *   fstat (same inode), so nothing can block the build or make it read a machine file.
 * - Writing: the engine's own directories (`.scalingo`, `.profile.d`) and what the
 *   installs it runs write into (`node_modules`, `vendor`, …) are never links nor files:
 *   `ensureEngineDir` / `replaceLinkedDirs` remove such an entry (the link itself, never
 *   its target) with a warning naming it, and `writeEngineFile` replaces the final entry
 *   by rename, so a link planted at `.profile.d/nodejs.sh` is replaced, not written through.
 *
 * Every function takes a minimal fs interface, so the in-memory tests (memfs) and the
 * real builds share one implementation.
 */
import { constants as C } from 'node:fs';
import * as nodeFs from 'node:fs/promises';
import * as path from 'node:path';
import type { Problem } from '../errors/build-error.js';
import { engineErrors } from '../errors/catalog.js';

const MiB = 1024 * 1024;

/**
 * How much the engine reads of a file of the app, by file name (bytes). Manifests and
 * lockfiles of real monorepos reach tens of MB; everything else it reads (version files,
 * Procfile, .yarnrc.yml, config includes) is a few lines.
 */
export const READ_LIMITS: Readonly<Record<string, number>> = {
  'package.json': 16 * MiB,
  'composer.json': 16 * MiB,
  'composer.lock': 128 * MiB,
};
/**
 * What a lockfile may weigh. The Node.js lockfiles are named by the manager table, whose
 * readers pass this limit (src/nodejs/managers.ts appFileReadOptions), not listed above.
 */
export const LOCKFILE_READ_LIMIT = 128 * MiB;
export const DEFAULT_READ_LIMIT = 1 * MiB;

export function readLimitFor(rel: string): number {
  return READ_LIMITS[path.posix.basename(rel)] ?? DEFAULT_READ_LIMIT;
}

interface StatLike {
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
  isFIFO(): boolean;
  isSocket(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  readonly size: number | bigint;
  readonly ino: number | bigint;
  readonly dev: number | bigint;
}

interface FileHandleLike {
  stat(): Promise<StatLike>;
  read(buffer: Buffer, offset: number, length: number, position: number | null): Promise<{ bytesRead: number }>;
  close(): Promise<void>;
}

/** The part of fs/promises the tree functions use; node:fs and memfs both provide it. */
export interface TreeFs {
  lstat(p: string): Promise<StatLike>;
  realpath(p: string): Promise<string | Buffer>;
  open(p: string, flags: number): Promise<FileHandleLike>;
}

export const realTreeFs = nodeFs as unknown as TreeFs;

function codeOf(e: unknown): string | undefined {
  return (e as { code?: string } | null)?.code;
}

function isMissing(e: unknown): boolean {
  const code = codeOf(e);
  return code === 'ENOENT' || code === 'ENOTDIR';
}

/** Whether `p` is `root` or below it (both absolute, normalized, links resolved). */
export function isInsideRoot(root: string, p: string): boolean {
  return p === root || p.startsWith(root.endsWith('/') ? root : `${root}/`);
}

export type AppPath =
  | { readonly kind: 'missing' }
  | { readonly kind: 'inside'; readonly real: string }
  | { readonly kind: 'outside' }
  /** A link (here or on the way) to nothing, or a loop of links. */
  | { readonly kind: 'dangling' };

/** Where `rel` leads once every link on its way is followed, judged against the app root. */
export async function resolveInApp(fsp: TreeFs, root: string, rel: string): Promise<AppPath> {
  const abs = path.resolve(root, rel);
  if (!isInsideRoot(path.resolve(root), abs)) return { kind: 'outside' };
  const rootReal = String(await fsp.realpath(root));
  try {
    const real = String(await fsp.realpath(abs));
    return isInsideRoot(rootReal, real) ? { kind: 'inside', real } : { kind: 'outside' };
  } catch (e) {
    if (codeOf(e) === 'ELOOP') return { kind: 'dangling' };
    if (!isMissing(e)) throw e;
    // Nothing resolves there: a missing file, or an entry that is a broken link.
    const entry = await fsp.lstat(abs).catch(() => undefined);
    return entry ? { kind: 'dangling' } : { kind: 'missing' };
  }
}

/** What a non-regular entry is, for messages. */
export function describeKind(st: StatLike): string {
  if (st.isFile()) return 'a regular file';
  if (st.isDirectory()) return 'a directory';
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isSymbolicLink()) return 'a symbolic link';
  return 'an unknown kind of entry';
}

export interface ReadOptions {
  /** Bytes read at most (default: READ_LIMITS by file name). */
  readonly limit?: number;
  /** Return the first `limit` bytes of a larger file instead of failing. */
  readonly prefix?: boolean;
}

/**
 * The contents of an app file as UTF-8, or undefined when nothing is at `rel`. Throws a
 * user error naming the file when it leads outside the app, is a broken link, is not a
 * regular file, or is larger than its limit. Never returns or prints a byte of a file
 * outside the app.
 */
export async function readAppFile(fsp: TreeFs, root: string, rel: string, opts: ReadOptions = {}): Promise<string | undefined> {
  const limit = opts.limit ?? readLimitFor(rel);
  const abs = path.resolve(root, rel);
  try {
    await fsp.lstat(abs);
  } catch (e) {
    if (isMissing(e)) return undefined;
    throw e;
  }
  const where = await resolveInApp(fsp, root, rel);
  if (where.kind === 'missing') return undefined;
  if (where.kind === 'outside') throw engineErrors.appFileOutside(rel);
  if (where.kind === 'dangling') throw engineErrors.appFileDanglingLink(rel);
  // `real` has no link left in it: lstat describes exactly the entry that is opened.
  const st = await fsp.lstat(where.real);
  if (!st.isFile()) throw engineErrors.appFileNotRegular(rel, describeKind(st));
  if (Number(st.size) > limit && !opts.prefix) throw engineErrors.appFileTooLarge(rel, Number(st.size), limit);
  const read = await readRegularFile(fsp, where.real, st, limit);
  if (read === undefined) throw engineErrors.appFileNotRegular(rel, 'an entry that changed while the build read it');
  if (read.over && !opts.prefix) throw engineErrors.appFileTooLarge(rel, Number(st.size), limit);
  return read.bytes.toString('utf8');
}

/**
 * Reads at most `limit` bytes of the regular file `p` that `expected` (its lstat) describes.
 * O_NONBLOCK: should the entry have turned into a FIFO since the lstat, open does not wait
 * for a writer; O_NOFOLLOW: nor into a link (ELOOP). fstat then proves it is the file that
 * was checked. Undefined when it is not.
 */
export async function readRegularFile(fsp: TreeFs, p: string, expected: StatLike, limit: number): Promise<{ bytes: Buffer; over: boolean } | undefined> {
  let fh: FileHandleLike;
  try {
    fh = await fsp.open(p, C.O_RDONLY | C.O_NOFOLLOW | C.O_NONBLOCK);
  } catch (e) {
    if (codeOf(e) === 'ELOOP' || isMissing(e)) return undefined;
    throw e;
  }
  try {
    const fst = await fh.stat();
    if (!fst.isFile() || fst.ino !== expected.ino || fst.dev !== expected.dev) return undefined;
    const buf = Buffer.alloc(Math.min(limit, Number(fst.size)) + 1);
    let got = 0;
    while (got < buf.length) {
      const { bytesRead } = await fh.read(buf, got, buf.length - got, got);
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    return { bytes: buf.subarray(0, Math.min(got, limit)), over: got > limit };
  } finally {
    await fh.close();
  }
}

/** readAppFile on the real filesystem. */
export function readAppText(root: string, rel: string, opts: ReadOptions = {}): Promise<string | undefined> {
  return readAppFile(realTreeFs, root, rel, opts);
}

/** Where the engine says what it replaced (BuildLog.warn). */
export type Warn = (problem: Problem) => void;

function replacedWarning(rel: string, what: string): Problem {
  return {
    id: 'engine/engine-dir-replaced',
    message:
      `${rel} in the app was ${what}; the build replaced it with a directory of its own` +
      `${what.startsWith('a symbolic link') ? " (the link's target was not touched)" : ''}.\n` +
      `The build writes ${rel} itself: remove it from the repository.`,
  };
}

async function describeEntry(p: string, st: StatLike): Promise<string> {
  if (st.isSymbolicLink()) {
    const target = await nodeFs.readlink(p).catch(() => '?');
    return `a symbolic link (to ${JSON.stringify(target)})`;
  }
  return describeKind(st);
}

/**
 * Makes every segment of `rel` (relative to buildDir) a real directory: a link is
 * removed (never followed), a file or other entry where a directory is needed is removed,
 * each with a warning naming it. With `create: false`, only what exists is checked (a
 * missing segment ends the walk). Returns the absolute path.
 */
export async function ensureEngineDir(buildDir: string, rel: string, warn: Warn, opts: { create?: boolean } = {}): Promise<string> {
  const create = opts.create ?? true;
  let cur = buildDir;
  const done: string[] = [];
  for (const seg of rel.split('/').filter((s) => s && s !== '.')) {
    if (seg === '..') throw new Error(`ensureEngineDir: ${rel} leaves the app`);
    cur = path.join(cur, seg);
    done.push(seg);
    const st = await nodeFs.lstat(cur).catch((e: unknown) => {
      if (isMissing(e)) return undefined;
      throw e;
    });
    if (st && !st.isDirectory()) {
      warn(replacedWarning(done.join('/'), await describeEntry(cur, st)));
      // rm of a link removes the link: its target is never visited.
      await nodeFs.rm(cur, { recursive: true, force: true });
    } else if (st) {
      continue;
    }
    if (!create) return path.join(buildDir, rel);
    await nodeFs.mkdir(cur);
  }
  return cur;
}

/**
 * `ensureEngineDir(…, { create: false })` for each path: what exists stops being a link or
 * a file. The paths in `files` are files the install rewrites (Yarn's .pnp.cjs,
 * .yarn/install-state.gz): there a regular file is what the app should have (Yarn asks
 * for them to be committed) and is kept without a word; only a link (which the install
 * would write through) or a FIFO, socket or device (which would block or divert it) is
 * removed, with a warning.
 */
export async function replaceLinkedDirs(buildDir: string, rels: readonly string[], warn: Warn, opts: { files?: readonly string[] } = {}): Promise<void> {
  for (const rel of rels) {
    if (opts.files?.includes(rel)) await ensureRewrittenFile(buildDir, rel, warn);
    else await ensureEngineDir(buildDir, rel, warn, { create: false });
  }
}

async function ensureRewrittenFile(buildDir: string, rel: string, warn: Warn): Promise<void> {
  const dir = path.posix.dirname(rel);
  if (dir !== '.') await ensureEngineDir(buildDir, dir, warn, { create: false });
  const p = path.join(buildDir, rel);
  const st = await nodeFs.lstat(p).catch((e: unknown) => {
    if (isMissing(e)) return undefined;
    throw e;
  });
  // A directory is left for the install to report (it cannot write its file there).
  if (!st || st.isFile() || st.isDirectory()) return;
  warn(installFileReplaced(rel, await describeEntry(p, st)));
  await nodeFs.rm(p, { force: true });
}

/** The warning for a file the install rewrites that was `what` (describeEntry) in the app. */
export function installFileReplaced(rel: string, what: string): Problem {
  return {
    id: 'engine/install-file-replaced',
    message:
      `${rel} in the app was ${what}; the install writes that file itself, so the build removed the ` +
      `${what.startsWith('a symbolic link') ? 'link (its target was not touched)' : 'entry'}.\n` +
      `Commit ${rel} as the regular file the package manager writes, or leave it out of the repository.`,
  };
}

let written = 0;

/**
 * A name no other writer in this build uses. Not random on purpose: node:crypto costs
 * ~10 ms of every bin/plan start-up, and the temp file is created with O_EXCL ('wx'),
 * so a name someone guessed fails the write rather than following their file.
 */
function uniqueSuffix(): string {
  written += 1;
  return `${process.pid.toString(36)}-${Date.now().toString(36)}-${written.toString(36)}`;
}

/**
 * Writes `dir/name` (dir: a directory the engine made sure of) through a temp file and a
 * rename: whatever was at the name (a link to /etc/…, a file) is replaced, never written
 * through.
 */
export async function writeEngineFile(dir: string, name: string, text: string, mode = 0o644): Promise<void> {
  const target = path.join(dir, name);
  const tmp = path.join(dir, `.${name}.tmp-${uniqueSuffix()}`);
  await nodeFs.writeFile(tmp, text, { flag: 'wx', mode });
  await nodeFs.chmod(tmp, mode);
  try {
    await nodeFs.rename(tmp, target);
  } catch (e) {
    // A directory at the name: rename cannot replace it.
    if (codeOf(e) !== 'EISDIR' && codeOf(e) !== 'ENOTEMPTY' && codeOf(e) !== 'EEXIST') {
      await nodeFs.rm(tmp, { force: true });
      throw e;
    }
    await nodeFs.rm(target, { recursive: true, force: true });
    await nodeFs.rename(tmp, target);
  }
}
