/**
 * Extraction of runtime archives. Artifacts are checksum-verified before they get
 * here, but a mirror can serve a verified-yet-hostile archive (the checksum came from
 * the same mirror), so every entry is checked before anything is written, and the
 * target directory only changes once the whole archive extracted cleanly.
 */
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { BuildError } from '../errors/build-error.js';
import { runtimeErrors } from '../errors/catalog.js';
import { runTool } from '../exec/run.js';
import { DiskFullError, diskFullCode, diskFullInText } from '../cache/cache-writes.js';

export interface ExtractOptions {
  /** Leading path components to drop, like `tar --strip-components`. */
  strip?: number;
  /** Names the artifact in errors ("Node.js 22.11.0"). */
  what: string;
}

/** Entry types we install. Devices and FIFOs have no place in a runtime. */
const ALLOWED_TYPES = new Set(['File', 'OldFile', 'ContiguousFile', 'Directory', 'GNUDumpDir', 'SymbolicLink', 'Link']);

/** The subset of node-tar's ReadEntry this module looks at. */
interface EntryHeader {
  path: string;
  type: string;
  linkpath?: string;
}

export async function extractTarSafely(archive: string, targetDir: string, opts: ExtractOptions): Promise<void> {
  // node-tar (~110 KB of the bundle) loads only when something is extracted: a warm
  // build, its runtimes restored from the build cache, never parses it (start-up time).
  const tar = await import('tar');
  const strip = opts.strip ?? 0;
  const parent = dirname(targetDir);
  await mkdir(parent, { recursive: true });
  // A sibling of the target, so the final rename stays on one filesystem.
  const temp = await mkdtemp(join(parent, `.${basename(targetDir)}.extract-`));
  try {
    // mkdtemp makes it 0700; the installed tree must be readable like any directory
    // (the app may run as another user). An archive entry for its root overrides this.
    await chmod(temp, 0o755);
    // Every header is checked before anything is written: listing is cheap (one
    // decompression pass), and it lets the fast path below use GNU tar, which writes a
    // Node.js tree (~2,700 files) two to three times faster than node-tar.
    let refusal: BuildError | undefined;
    const listed = entryChecker(strip);
    try {
      await tar.t({
        file: archive,
        strict: true,
        onReadEntry: (entry) => {
          const why = refusal ? undefined : listed(entry as unknown as EntryHeader);
          if (why) refusal = runtimeErrors.unsafeArchive(opts.what, entry.path, why);
        },
      });
    } catch (e) {
      throw runtimeErrors.badArchive(opts.what, e instanceof Error ? e.message : String(e));
    }
    if (refusal) throw refusal;
    if (await extractWithGnuTar(archive, temp, strip, opts.what)) {
      await replaceDir(temp, targetDir);
      return;
    }
    const extracted = entryChecker(strip);
    try {
      await tar.x({
        file: archive,
        cwd: temp,
        strip,
        // Without strict, node-tar reports a corrupt archive or a skipped entry as a
        // warning and "succeeds" with a partial tree.
        strict: true,
        // We may run as root: files must belong to the build user, not to whatever
        // uid the archive recorded.
        preserveOwner: false,
        // node-tar would silently skip most bad entries itself; we refuse the whole
        // archive instead, because a runtime with files missing is not a runtime.
        filter: (path, entry) => {
          if (refusal) return false;
          const why = extracted(entry as EntryHeader);
          if (why) refusal = runtimeErrors.unsafeArchive(opts.what, path, why);
          return !why;
        },
      });
    } catch (e) {
      if (diskFullCode(e)) throw e;
      throw refusal ?? runtimeErrors.badArchive(opts.what, e instanceof Error ? e.message : String(e));
    }
    if (refusal) throw refusal;
    await replaceDir(temp, targetDir);
  } catch (e) {
    await rm(temp, { recursive: true, force: true });
    throw e;
  }
}

let gnuTar: Promise<boolean> | undefined;

/** GNU tar, when the machine has it; the node-tar path is the portable fallback. */
async function extractWithGnuTar(archive: string, dir: string, strip: number, what: string): Promise<boolean> {
  gnuTar ??= runTool(['tar', '--version']).then((r) => !!r?.ok && r.output.includes('GNU tar'));
  if (!(await gnuTar)) return false;
  const r = await runTool(['tar', '-xzf', archive, '-C', dir, `--strip-components=${strip}`, '--no-same-owner']);
  if (!r?.ok) {
    const detail = r?.output.trim().split('\n').filter((l) => l.trim() !== '').slice(-3).join('; ') ?? 'tar not found';
    // A full or read-only disk is the machine's problem, not the archive's.
    const full = diskFullInText(r?.output ?? '');
    if (full) throw new DiskFullError(full, dir, `tar could not extract ${what}: ${detail}`);
    if (/Read-only file system/.test(detail)) throw new Error(`tar could not extract ${archive}: ${detail}`);
    // Anything else GNU tar refuses (it has its own checks, e.g. on entries that go
    // through links) is a property of the archive, and the user's to fix at the source.
    throw runtimeErrors.badArchive(what, `GNU tar refused it (${detail})`);
  }
  return true;
}

/**
 * Why an entry must not be extracted, or undefined if it is fine, looking at the entry
 * alone (see entryChecker for the whole archive). Pure string checks on the header,
 * mirroring how node-tar and GNU tar apply `strip` (they strip the path, and a
 * hardlink's target, which is also an archive path; never a symlink's target).
 */
export function unsafeReason(entry: EntryHeader, strip: number): string | undefined {
  return entryChecker(strip)(entry);
}

/**
 * Checks the entries of one archive in order, simulating the tree they build: where
 * each entry really lands depends on the links earlier entries created (`l -> .`
 * followed by `l/l/l/bin -> ../../../outside` writes outside the target although each
 * header looks harmless alone). The rule that keeps the simulation simple and sound:
 * no entry may be written *through* a symbolic link of the archive, replace one, or
 * hard-link one, so every entry's parent is a real directory at the depth its path
 * says, and each symlink target can be checked against that depth. Real Node.js, npm,
 * PHP, nginx and Composer archives only create links as leaves.
 */
export function entryChecker(strip: number): (entry: EntryHeader) => string | undefined {
  /** Paths (joined segments) the archive has made into symbolic links so far. */
  const links = new Set<string>();
  const throughLink = (parts: readonly string[], upTo: number): string | undefined => {
    for (let i = 1; i <= upTo; i++) {
      const prefix = parts.slice(0, i).join('/');
      if (links.has(prefix)) return prefix;
    }
    return undefined;
  };
  return (entry) => {
    if (isAbsolute(entry.path)) return 'is an absolute path';
    const kept = stripped(entry.path, strip)?.filter((p) => p !== '.');
    if (!kept) return undefined; // dropped by strip, never written
    if (kept.includes('..')) return "contains a '..' path component, which would escape the target directory";
    if (!ALLOWED_TYPES.has(entry.type)) {
      return `is a ${entry.type} entry; only regular files, directories and links may be installed`;
    }
    if (kept.length === 0) return undefined; // the root itself ('./')
    const via = throughLink(kept, kept.length - 1);
    if (via !== undefined) {
      return `goes through ${JSON.stringify(via)}, a symbolic link an earlier entry created, so it could land anywhere`;
    }
    const here = kept.join('/');
    if (links.has(here)) return `replaces ${JSON.stringify(here)}, a symbolic link an earlier entry created`;
    const link = entry.linkpath ?? '';
    if (entry.type === 'SymbolicLink') {
      if (isAbsolute(link)) return `is a symbolic link to the absolute path ${JSON.stringify(link)}`;
      const why = symlinkEscapes(kept, link);
      if (!why) links.add(here);
      return why;
    }
    if (entry.type === 'Link') {
      if (isAbsolute(link)) return `is a hard link to the absolute path ${JSON.stringify(link)}`;
      const target = stripped(link, strip)?.filter((p) => p !== '.');
      if (!target || target.includes('..')) {
        return `is a hard link to ${JSON.stringify(link)}, outside the target directory`;
      }
      // A hard link to a symlink is a copy of the link itself, at another depth.
      if (throughLink(target, target.length) !== undefined) {
        return `is a hard link to ${JSON.stringify(link)}, which is or goes through a symbolic link`;
      }
    }
    return undefined;
  };
}

/**
 * A symlink's target is resolved from the directory holding the link. That directory
 * is a real one (entryChecker refuses entries through a link), so leading `..`s can be
 * counted against its depth. A `..` after a name could undo a hop through another
 * symlink, which string checks cannot follow, so it is refused outright; real runtime
 * archives use only leading `..`s (`bin/npm -> ../lib/node_modules/npm/bin/npm-cli.js`).
 */
function symlinkEscapes(linkParts: string[], target: string): string | undefined {
  let depth = linkParts.length - 1; // directories between the root and the link
  let sawName = false;
  for (const part of segments(target)) {
    if (part === '.') continue;
    if (part !== '..') {
      sawName = true;
    } else if (sawName) {
      return `is a symbolic link to ${JSON.stringify(target)}, which climbs out of a path component`;
    } else if (--depth < 0) {
      return `is a symbolic link to ${JSON.stringify(target)}, outside the target directory`;
    }
  }
  return undefined;
}

/** What node-tar keeps of a path after `strip`; undefined if it drops the entry. */
function stripped(p: string, strip: number): string[] | undefined {
  const parts = p.split('/');
  return parts.length < strip ? undefined : segments(parts.slice(strip).join('/'));
}

/** Path components; backslashes count as separators too, as they would on Windows. */
function segments(p: string): string[] {
  return p.split(/[\\/]+/).filter((s) => s !== '');
}

function isAbsolute(p: string): boolean {
  return /^[\\/]/.test(p) || /^[A-Za-z]:/.test(p);
}

/**
 * Puts `fresh` at `target`. Linux cannot rename a directory over a non-empty one, so
 * the old tree is moved aside first and restored if the second rename fails; either
 * way `target` ends up a complete tree, old or new.
 */
async function replaceDir(fresh: string, target: string): Promise<void> {
  const aside = `${target}.old-${randomBytes(4).toString('hex')}`;
  let movedAside = false;
  try {
    await rename(target, aside);
    movedAside = true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  try {
    await rename(fresh, target);
  } catch (e) {
    if (movedAside) await rename(aside, target);
    throw e;
  }
  if (movedAside) await rm(aside, { recursive: true, force: true });
}
