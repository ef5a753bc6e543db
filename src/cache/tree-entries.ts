/**
 * A tree cache manifest's lines as entries (pure): what a restore creates, one entry at a
 * time, and what differs between two manifests (the pruned install against the install).
 *
 * Lines are `f path size mode mtime`, `d path mode` and `l path target`, depth-first with
 * a directory before its entries. A path may hold spaces: the trailing numeric fields of
 * `f` and `d` lines are unambiguous, a link line is read as the one split whose path
 * continues the tree (its parent listed before it); a line that fits no split, or two,
 * makes the manifest unusable here (the caller falls back to copying the tree whole).
 */

export interface TreeEntry {
  readonly kind: 'f' | 'd' | 'l';
  readonly path: string;
  /** The manifest line, as the tree walk writes it (with its newline). */
  readonly line: string;
  /** Links only. */
  readonly target?: string;
  /** Files only: sha256 (hex) of the content. */
  readonly sha256?: string;
}

/** A name that stays where it is put: no `.`, `..`, empty or slashed segment. */
function plainName(name: string): boolean {
  return name !== '' && name !== '.' && name !== '..' && !name.includes('/') && !name.includes('\0');
}

function plainRoot(rel: string): boolean {
  return !rel.startsWith('/') && rel.split('/').every(plainName);
}

function parent(p: string): string {
  const i = p.lastIndexOf('/');
  return i < 0 ? '' : p.slice(0, i);
}

const FILE_FIELDS = /^ \d+ \d+ \d+$/;
const DIR_FIELDS = /^ \d+$/;

/**
 * The entries of a manifest saved with `roots` (its meta.paths), each a root or under a
 * directory listed before it; undefined when a line does not read that way.
 */
export function parseTreeEntries(
  tree: readonly string[], sha256: Readonly<Record<string, string>>, roots: readonly string[],
): TreeEntry[] | undefined {
  if (!roots.every(plainRoot)) return undefined;
  const rootSet = new Set(roots);
  const dirs = new Set<string>();
  const placed = (p: string): boolean =>
    rootSet.has(p) || (dirs.has(parent(p)) && plainName(p.slice(parent(p).length + 1)));
  const out: TreeEntry[] = [];
  for (const line of tree) {
    if (typeof line !== 'string' || !line.endsWith('\n')) return undefined;
    const body = line.slice(2, -1);
    const kind = line[0];
    if (line[1] !== ' ') return undefined;
    if (kind === 'f' || kind === 'd') {
      // The path is what precedes the trailing numeric fields (3 for a file, 1 for a directory).
      let cut = body.length;
      for (let k = kind === 'f' ? 3 : 1; k > 0; k--) {
        cut = body.lastIndexOf(' ', cut - 1);
        if (cut <= 0) return undefined;
      }
      if (!(kind === 'f' ? FILE_FIELDS : DIR_FIELDS).test(body.slice(cut))) return undefined;
      const p = body.slice(0, cut);
      if (!placed(p)) return undefined;
      if (kind === 'd') {
        dirs.add(p);
        out.push({ kind, path: p, line });
      } else {
        const hex = sha256[p];
        if (typeof hex !== 'string') return undefined;
        out.push({ kind, path: p, line, sha256: hex });
      }
    } else if (kind === 'l') {
      const splits: number[] = [];
      for (let i = body.indexOf(' '); i >= 0; i = body.indexOf(' ', i + 1)) if (placed(body.slice(0, i))) splits.push(i);
      if (splits.length !== 1) return undefined;
      const i = splits[0]!;
      out.push({ kind, path: body.slice(0, i), line, target: body.slice(i + 1) });
    } else {
      return undefined;
    }
  }
  return out;
}

/** What turns a restored tree (`base`) into `target` in place. */
export interface TreeDiff {
  /** Topmost paths to delete (with what is under them). */
  readonly remove: readonly string[];
  /** Entries to create from the target's entry, in manifest order (parents first). */
  readonly add: readonly TreeEntry[];
}

/**
 * An entry stays when the same line (and, for a file, the same content hash) is in both
 * and its parent stays (or it is a root of both); everything else of `base` goes and
 * everything else of `target` is created. Undefined when a root of one lies strictly
 * inside a root of the other (never the case for an install and its prune).
 */
export function diffTrees(
  base: readonly TreeEntry[], baseRoots: readonly string[], target: readonly TreeEntry[], targetRoots: readonly string[],
): TreeDiff | undefined {
  const inside = (a: string, b: string) => a.startsWith(`${b}/`);
  for (const t of targetRoots) for (const b of baseRoots) if (inside(t, b) || inside(b, t)) return undefined;
  const baseByPath = new Map(base.map((e) => [e.path, e]));
  const bothRoots = new Set(targetRoots.filter((r) => baseRoots.includes(r)));
  const kept = new Set<string>();
  const add: TreeEntry[] = [];
  for (const e of target) {
    const b = baseByPath.get(e.path);
    const same = b !== undefined && b.line === e.line && b.sha256 === e.sha256;
    if (same && (bothRoots.has(e.path) || kept.has(parent(e.path)))) kept.add(e.path);
    else add.push(e);
  }
  const remove: string[] = [];
  const gone = new Set<string>();
  for (const e of base) {
    if (kept.has(e.path)) continue;
    // Topmost only: what is under a removed directory goes with it.
    if (!gone.has(parent(e.path))) remove.push(e.path);
    gone.add(e.path);
  }
  return { remove, add };
}
