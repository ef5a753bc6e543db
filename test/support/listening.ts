/**
 * Who listens on a TCP port, from /proc (Linux): a test waits until *its* server listens,
 * never mistaking another process that took the same port for it.
 */
import * as fs from 'node:fs/promises';

/** The socket inodes (`socket:[N]`, as /proc/PID/fd links name them) listening on `port`. */
export async function listeningSockets(port: number): Promise<Set<string>> {
  const inodes = new Set<string>();
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    const text = await fs.readFile(table, 'utf8').catch(() => '');
    for (const line of text.split('\n').slice(1)) {
      const f = line.trim().split(/\s+/);
      // local_address is HEXIP:HEXPORT; state 0A is LISTEN; the inode is the tenth field.
      if (f.length > 9 && f[1]!.endsWith(`:${hexPort}`) && f[3] === '0A') inodes.add(`socket:[${f[9]}]`);
    }
  }
  return inodes;
}

/** Whether process `pid` holds one of `sockets`. */
export async function holdsSocket(pid: number | string, sockets: ReadonlySet<string>): Promise<boolean> {
  if (sockets.size === 0) return false;
  for (const fd of await fs.readdir(`/proc/${pid}/fd`).catch(() => [] as string[])) {
    if (sockets.has(await fs.readlink(`/proc/${pid}/fd/${fd}`).catch(() => ''))) return true;
  }
  return false;
}
