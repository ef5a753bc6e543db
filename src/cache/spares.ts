/**
 * The spares of a tree cache's entries (see tree-cache.ts): a second copy of an entry's
 * tree, directories made and files hard-linked to the entry's own, made on the helper
 * thread (spare-tree.ts) while the build goes on. A restore moves the spare into the app
 * (one rename per root) and checks it there exactly as it checks a linked restore
 * (checkMovedTree); making the directories, most of a restore's cost, is then off the
 * build's path. A spare that fails the check is removed and the entry's own tree
 * restored instead. A killed build leaves the spare made or not (it is renamed into
 * place when complete); the entry itself is never touched. The install's spare also
 * takes in what a reused prune removes from the app (its devDependencies, see keep's
 * donor) rather than having it deleted.
 */
import { randomBytes } from 'node:crypto';
import { renameSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { diffTrees, type TreeEntry } from './tree-entries.js';
import { onHelperThread } from './helper-thread.js';
import { fsPath } from '../fs/byte-names.js';
import { checkMovedTree, ownCopy, type RestoredTree } from './tree-link.js';

/** What the spares need of their cache. */
export interface SpareHost {
  /** The entry's directory (its `tree`, its `spare`). */
  entryDir(key: string): string;
  /** The entry's roots and entries, as its manifest has them; undefined when it has none usable. */
  parsed(key: string): Promise<{ readonly roots: readonly string[]; readonly entries: readonly TreeEntry[] } | undefined>;
}

/** A spare whose directories are made, waiting for what a donor's restoreOver takes out (see keep). */
interface Donee {
  readonly temp: string;
  readonly donated: ReadonlySet<string>;
}

/** Spares being made, of every cache: each build waits for them before it ends (settleSpares). */
const making = new Set<Promise<void>>();

/** Spares waiting to link their files (keep's `filesLater`), each opened by calling it. */
const gates = new Set<() => void>();

/**
 * Waits until no spare is being made: the build's last step, so none is cut short (a
 * spare still waiting to link its files goes on: nothing watches ctimes any more).
 */
export async function settleSpares(): Promise<void> {
  for (const open of gates) open();
  while (making.size > 0) await Promise.all(making);
}

export class Spares {
  constructor(private readonly host: SpareHost) {}

  /**
   * Set when a restore in this build could not link or move from this cache (CACHE_DIR on
   * another filesystem than the app): no spare is made then, it could never be moved in.
   */
  unlinkable = false;

  /** The spare being made per key: anything else done to that entry waits for it. */
  private readonly being = new Map<string, Promise<void>>();

  /** The gate of a spare waiting to link its files (keep), per key. */
  private readonly gates = new Map<string, () => void>();

  /**
   * Per donor key, the spare waiting for what its restoreOver takes out, once that
   * spare's directories are made (undefined if they could not be, or it has nothing to wait for).
   */
  private readonly donees = new Map<string, Promise<Donee | undefined>>();

  /** Waits for the spare being made of `key` (of every key if none), its files linked now if they were to wait. */
  async idle(key?: string): Promise<void> {
    for (const [k, open] of this.gates) if (key === undefined || k === key) open();
    if (key !== undefined) await this.being.get(key);
    else await Promise.all(this.being.values());
  }

  /**
   * Starts making a spare of the entry `key` (if it has none), on the helper thread; the
   * build goes on meanwhile. Its hard links change the ctime of the entry's files, and so
   * of every restored link to them: while the build still needs those (unchangedSince,
   * digestPaths), pass `filesLater`. The directories are made now, the files linked
   * once the returned function is called (or settleSpares is).
   *
   * `donor`: another entry of this cache that restoreOver may put in place over this
   * one's restored tree before the gate opens (the pruned install over the install).
   * What that takes out of the app is this entry's own, checked at its restore and
   * unchanged since (restoreOver's condition): it is moved into the spare rather than
   * deleted (see donation), and the spare leaves it out until then.
   */
  keep(key: string, options: { readonly filesLater?: boolean; readonly donor?: string } = {}): () => void {
    let open = (): void => undefined;
    if (this.being.has(key) || this.unlinkable) return open;
    const gate = options.filesLater
      ? new Promise<void>((resolve) => {
        open = () => {
          gates.delete(open);
          this.gates.delete(key);
          resolve();
        };
        gates.add(open);
        this.gates.set(key, open);
      })
      : undefined;
    let ready = (_: Donee | undefined): void => undefined;
    const donor = options.filesLater ? options.donor : undefined;
    if (donor) this.donees.set(donor, new Promise((resolve) => { ready = resolve; }));
    const work = this.make(key, gate, donor, (d) => ready(d)).catch(() => undefined).finally(() => {
      ready(undefined);
      if (donor) this.donees.delete(donor);
      gates.delete(open);
      this.gates.delete(key);
      this.being.delete(key);
      making.delete(work);
    });
    this.being.set(key, work);
    making.add(work);
    return open;
  }

  /**
   * For a restoreOver of `donor` under `root`: moves a path it takes out into the spare
   * waiting for it (keep's donor), once that spare's directories are made; false when
   * it cannot (the caller deletes the path then).
   */
  async donation(donor: string, root: string): Promise<(rel: string) => boolean> {
    const into = await this.donees.get(donor);
    return (rel) => {
      if (!into?.donated.has(rel)) return false;
      try {
        renameSync(fsPath(path.join(root, rel)), fsPath(path.join(into.temp, rel)));
        return true;
      } catch {
        return false;
      }
    };
  }

  /** The topmost paths a restoreOver of `donor` over the entry `key` would take out (see keep). */
  private async donatable(entries: readonly TreeEntry[], roots: readonly string[], donor: string): Promise<readonly string[]> {
    const other = await this.host.parsed(donor);
    return (other && diffTrees(entries, roots, other.entries, other.roots)?.remove) ?? [];
  }

  private async make(key: string, gate?: Promise<void>, donor?: string, ready?: (donee: Donee | undefined) => void): Promise<void> {
    const entry = this.host.entryDir(key);
    if (await fs.lstat(path.join(entry, 'spare')).catch(() => undefined)) return;
    const parsed = await this.host.parsed(key);
    if (!parsed) return;
    const { roots } = parsed;
    // Temp spares and spares being taken that a killed build left.
    for (const name of await fs.readdir(entry)) {
      if (name.startsWith('.spare-')) await fs.rm(path.join(entry, name), { recursive: true, force: true });
    }
    const rootSet = new Set(roots);
    const entries: string[] = [];
    for (const e of parsed.entries) entries.push(e.kind === 'f' && ownCopy(e.path, rootSet) ? 'c' : e.kind, e.path);
    const job = {
      tree: path.join(entry, 'tree'), spare: path.join(entry, 'spare'), temp: path.join(entry, `.spare-${randomBytes(6).toString('hex')}`),
      roots, entries, donated: donor ? await this.donatable(parsed.entries, roots, donor) : [],
    };
    if (!gate) {
      await onHelperThread('makeSpare', { ...job, part: 'all' });
      return;
    }
    const made = await onHelperThread('makeSpare', { ...job, part: 'dirs' }).then((why) => why === undefined, () => false);
    ready?.(made && job.donated.length > 0 ? { temp: job.temp, donated: new Set(job.donated) } : undefined);
    if (!made) return;
    await gate;
    if (donor) this.donees.delete(donor);
    await onHelperThread('makeSpare', { ...job, part: 'files' });
  }

  /**
   * Moves the entry's spare (if any) under `root` and checks it there; undefined when
   * there is none, or it did not check out (what was moved is removed again).
   */
  async take(key: string, root: string, roots: readonly string[], entries: readonly TreeEntry[]): Promise<RestoredTree | undefined> {
    const entry = this.host.entryDir(key);
    const taken = path.join(entry, `.spare-taken-${randomBytes(6).toString('hex')}`);
    try {
      await fs.rename(path.join(entry, 'spare'), taken);
    } catch {
      return undefined;
    }
    const moved: string[] = [];
    try {
      for (const rel of roots) {
        await fs.mkdir(path.dirname(path.join(root, rel)), { recursive: true });
        await fs.rename(path.join(taken, rel), path.join(root, rel));
        moved.push(rel);
      }
      const checked = await checkMovedTree(root, roots, entries);
      if (checked.ok) return checked.restored;
    } catch (e) {
      // Another filesystem, or a spare without a root: the entry's own tree is restored.
      if ((e as NodeJS.ErrnoException).code === 'EXDEV') this.unlinkable = true;
    } finally {
      await fs.rm(taken, { recursive: true, force: true });
    }
    for (const rel of moved) await fs.rm(path.join(root, rel), { recursive: true, force: true });
    return undefined;
  }
}
