/**
 * Extensions a classic app (no composer.json, so no `ext-*` requirement to read) calls in
 * its code. Only looked for when the PHP artifact lacks the extension: the build then warns
 * that those calls will fail at run time (WordPress on an artifact without mysqli booted and
 * served "Error establishing a database connection").
 *
 * The app's tree is untrusted: the walk reads only regular files ending in .php, through the
 * AppFs (no link out of the app, size caps), skips what it cannot read, never follows a
 * directory link, and stops after a bounded number of files and bytes. Pure over AppFs.
 */
import type { AppFs } from '../fs/app-fs.js';

export interface CodeSignal {
  readonly extension: string;
  /** What in PHP source means the extension is used. */
  readonly pattern: RegExp;
}

export const CODE_SIGNALS: readonly CodeSignal[] = [
  { extension: 'mysqli', pattern: /\bmysqli_(?:init|connect|real_connect|query|select_db)\s*\(|\bnew\s+\\?mysqli\s*\(/i },
  { extension: 'pdo_mysql', pattern: /new\s+\\?PDO\s*\(\s*['"]mysql:/i },
];

export const SCAN_LIMITS = Object.freeze({ files: 5000, bytes: 64 * 1024 * 1024, fileBytes: 4 * 1024 * 1024 });

/** Directories that hold no app code worth reading (or the engine's own). */
const SKIP_DIRS = new Set(['node_modules', 'vendor']);

export interface CodeUse {
  readonly extension: string;
  /** The first file found calling it, relative to the app. */
  readonly file: string;
}

/** For each extension of `wanted` (CODE_SIGNALS entries), the first .php file that uses it. */
export async function findExtensionUse(fs: AppFs, wanted: readonly CodeSignal[], limits = SCAN_LIMITS): Promise<CodeUse[]> {
  const found = new Map<string, string>();
  let files = 0;
  let bytes = 0;
  const queue: string[] = [''];
  const root = await fs.realpath('.');
  while (queue.length && files < limits.files && bytes < limits.bytes && found.size < wanted.length) {
    const dir = queue.shift()!;
    for (const name of await fs.readdir(dir === '' ? '.' : dir)) {
      const rel = dir === '' ? name : `${dir}/${name}`;
      if (name.startsWith('.')) continue;
      const real = await fs.realpath(rel);
      // A link (to a directory or a file) is never followed: the same tree, or someone else's.
      if (real === undefined || root === undefined || real !== `${root}/${rel}`) continue;
      if (await fs.isDirectory(rel)) {
        if (!SKIP_DIRS.has(name)) queue.push(rel);
        continue;
      }
      if (!name.endsWith('.php') || files >= limits.files || bytes >= limits.bytes) continue;
      let text: string | undefined;
      try {
        text = await fs.readText(rel, { limit: limits.fileBytes, prefix: true });
      } catch {
        continue; // A FIFO, a device, an unreadable file: not code to read.
      }
      files++;
      bytes += text?.length ?? 0;
      for (const s of wanted) if (!found.has(s.extension) && text !== undefined && s.pattern.test(text)) found.set(s.extension, rel);
    }
  }
  return wanted.flatMap((s) => (found.has(s.extension) ? [{ extension: s.extension, file: found.get(s.extension)! }] : []));
}
