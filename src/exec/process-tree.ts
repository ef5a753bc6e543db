/**
 * The processes below the engine's commands, from /proc (Linux): a build stopped by a
 * signal to the engine alone (not its process group) stops them all, not only the
 * command it started. `npm run build` is npm → sh → the script → whatever it starts;
 * npm passes a SIGTERM on to sh, which ends without passing it further, so the script
 * went on running after the build had ended. Their own process group would reach them
 * in one kill, but would also take them out of a platform's SIGKILL to the build's group.
 */
import { readFileSync, readdirSync } from 'node:fs';

/** The parent pid in a /proc/PID/stat line, undefined when it does not read as one. */
export function parentPidOf(stat: string): number | undefined {
  // `pid (comm) state ppid …`: comm may hold spaces and parentheses, so read after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ppid = Number(fields[1]);
  return Number.isInteger(ppid) && ppid >= 0 ? ppid : undefined;
}

/** Every pid below `roots` in `parents` (pid → parent pid), parents before their children. */
export function descendantsOf(parents: ReadonlyMap<number, number>, roots: readonly number[]): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of parents) {
    const list = children.get(ppid);
    if (list) list.push(pid);
    else children.set(ppid, [pid]);
  }
  const found: number[] = [];
  const seen = new Set(roots);
  for (let queue = [...roots]; queue.length > 0;) {
    const next: number[] = [];
    for (const pid of queue) {
      for (const child of children.get(pid) ?? []) {
        if (seen.has(child)) continue;
        seen.add(child);
        found.push(child);
        next.push(child);
      }
    }
    queue = next;
  }
  return found;
}

/** The processes below `roots` now; none where /proc cannot be read. */
export function runningBelow(roots: readonly number[]): number[] {
  const parents = new Map<number, number>();
  let names: string[];
  try {
    names = readdirSync('/proc');
  } catch {
    return [];
  }
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8'); // a few hundred bytes, from the kernel
    } catch {
      continue; // it has ended meanwhile
    }
    const ppid = parentPidOf(stat);
    if (ppid !== undefined) parents.set(Number(name), ppid);
  }
  return descendantsOf(parents, roots);
}
