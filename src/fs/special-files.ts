/**
 * Named pipes, sockets and devices the app ships. The engine never opens them (its reads
 * are bounded and non-blocking), but the app's own build tools do: Tailwind's source
 * scan or a bundler's glob opens every file under a folder, and an open of a named pipe
 * waits for a writer for ever, so the build hangs with nothing in the log. They are
 * found before anything runs and named in one warning. The walk reads directory entries
 * only (no stat, no open; ~25 µs an entry), leaves out what installs write (node_modules,
 * vendor), the engine's own .scalingo and .git, and stops after a bounded number of entries.
 */
import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import type { Problem } from '../errors/build-error.js';
import { fsPath, nameFromBytes, shown } from './byte-names.js';
import { ENGINE_DIRS } from '../layout/layout.js';

/** Left out at the app's root (the engine's own output, what Composer writes, git's store); node_modules at any depth. */
const ROOT_SKIPPED_DIRS = new Set([ENGINE_DIRS.engine, 'vendor', '.git']);
const MAX_ENTRIES = 200_000;
const MAX_DEPTH = 64;

export interface SpecialFile {
  readonly rel: string;
  readonly kind: 'named pipe' | 'socket' | 'device';
}

/** The special files under `root` (at most `maxEntries` entries read), in walk order. */
export async function findSpecialFiles(root: string, maxEntries = MAX_ENTRIES): Promise<{ found: SpecialFile[]; complete: boolean }> {
  const found: SpecialFile[] = [];
  let seen = 0;
  const stack: { rel: string; depth: number }[] = [{ rel: '', depth: 0 }];
  while (stack.length > 0) {
    const { rel, depth } = stack.pop()!;
    const entries = await fsp.readdir(fsPath(path.join(root, rel)), { withFileTypes: true, encoding: 'buffer' }).catch(() => []);
    for (const e of entries) {
      if (++seen > maxEntries) return { found, complete: false };
      const name = nameFromBytes(e.name);
      const child = rel ? `${rel}/${name}` : name;
      if (e.isDirectory()) {
        const skipped = name === 'node_modules' || (depth === 0 && ROOT_SKIPPED_DIRS.has(name));
        if (!skipped && depth < MAX_DEPTH) stack.push({ rel: child, depth: depth + 1 });
      } else if (e.isFIFO()) found.push({ rel: child, kind: 'named pipe' });
      else if (e.isSocket()) found.push({ rel: child, kind: 'socket' });
      else if (e.isBlockDevice() || e.isCharacterDevice()) found.push({ rel: child, kind: 'device' });
    }
  }
  return { found, complete: true };
}

export function specialFilesProblem(found: readonly SpecialFile[]): Problem | undefined {
  if (found.length === 0) return undefined;
  const list = found.slice(0, 5).map((f) => `${shown(f.rel, 200)} (${f.kind})`).join(', ');
  const more = found.length > 5 ? `, … (${found.length} in all)` : '';
  return {
    id: 'engine/special-files',
    message:
      `The app ships files that are not regular files: ${list}${more}.\n` +
      'A build tool that reads every file of a folder (a CSS framework scanning for class names, a bundler\'s glob) ' +
      'waits for ever on a named pipe, and the build hangs: remove them from the repository (they have no place in a slug).',
  };
}
