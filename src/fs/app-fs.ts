/**
 * The read-only view of an app that detection and planning use. Decision code reads
 * files only through this, so tests can run it on an in-memory tree (memfs).
 */
import * as nodeFs from 'node:fs/promises';
import * as path from 'node:path';
import { readAppFile, type ReadOptions, type TreeFs } from './app-tree.js';

export interface AppFs {
  /** Absolute root of the app; paths given to the methods are relative to it. */
  readonly root: string;
  /** Whether an entry is at `rel` (a broken link counts: reading it then says what is wrong). */
  exists(rel: string): Promise<boolean>;
  isDirectory(rel: string): Promise<boolean>;
  /**
   * Contents as UTF-8, or undefined when nothing is at `rel`. Only a regular file inside
   * the app, read up to a size cap (src/fs/app-tree.ts); anything else is a user error
   * naming the file.
   */
  readText(rel: string, opts?: ReadOptions): Promise<string | undefined>;
  readdir(rel: string): Promise<string[]>;
  /** The absolute real path (symlinks resolved), or undefined when it does not exist. */
  realpath(rel: string): Promise<string | undefined>;
}

/** Minimal shape of the fs/promises API we need; both node:fs and memfs provide it. */
export interface FsPromisesLike extends TreeFs {
  stat(p: string): Promise<{ isDirectory(): boolean }>;
  readFile(p: string, enc: 'utf8'): Promise<string | Buffer>;
  readdir(p: string): Promise<unknown[]>;
  realpath(p: string): Promise<string | Buffer>;
}

function isMissing(e: unknown): boolean {
  const code = (e as { code?: string } | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

export function appFsFrom(fsp: FsPromisesLike, root: string): AppFs {
  const abs = (rel: string) => path.posix.join(root, rel);
  return {
    root,
    async exists(rel) {
      try {
        await fsp.lstat(abs(rel));
        return true;
      } catch (e) {
        if (isMissing(e)) return false;
        throw e;
      }
    },
    async isDirectory(rel) {
      try {
        return (await fsp.stat(abs(rel))).isDirectory();
      } catch (e) {
        if (isMissing(e)) return false;
        throw e;
      }
    },
    readText(rel, opts) {
      return readAppFile(fsp, root, rel, opts);
    },
    async realpath(rel) {
      try {
        return String(await fsp.realpath(abs(rel)));
      } catch (e) {
        if (isMissing(e)) return undefined;
        throw e;
      }
    },
    async readdir(rel) {
      try {
        return (await fsp.readdir(abs(rel))).map(String).sort();
      } catch (e) {
        if (isMissing(e)) return [];
        throw e;
      }
    },
  };
}

export function realAppFs(root: string): AppFs {
  return appFsFrom(nodeFs as unknown as FsPromisesLike, path.resolve(root));
}
