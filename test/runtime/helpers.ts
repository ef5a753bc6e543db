/** Real loopback servers, temp dirs and hand-made tar archives for the runtime tests. */
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface TestServer {
  /** Base URL without trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  /** Request paths in arrival order. */
  requests: string[];
  /** Accept headers in arrival order. */
  accepts: (string | undefined)[];
  close(): Promise<void>;
}

export async function startServer(
  handler: (req: IncomingMessage, res: ServerResponse, n: number) => void,
): Promise<TestServer> {
  const requests: string[] = [];
  const accepts: (string | undefined)[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? '');
    accepts.push(req.headers.accept);
    handler(req, res, requests.length);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    accepts,
    close: async () => {
      // Stalled test responses would otherwise keep close() waiting forever.
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * A port on which nothing listens: port 1 of the loopback is privileged and no test binds
 * it (servers bind port 0), so a connection to it is refused, race-free.
 */
export const DEAD_PORT = 1;

/** A port on which nothing listened a moment ago (bound, then released: racy, prefer DEAD_PORT). */
export async function freePort(): Promise<number> {
  const s = await startServer(() => undefined);
  const port = Number(new URL(s.url).port);
  await s.close();
  return port;
}

export async function tempDir(): Promise<{ path: string; cleanup(): Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), 'runtime-test-'));
  return { path, cleanup: () => rm(path, { recursive: true, force: true }) };
}

/** Records sleeps instead of waiting, so retry tests run instantly. */
export function fakeSleep(): { sleeps: number[]; sleep: (ms: number) => Promise<void> } {
  const sleeps: number[] = [];
  return { sleeps, sleep: async (ms) => void sleeps.push(ms) };
}

export interface RawEntry {
  path: string;
  /** '0' file, '1' hardlink, '2' symlink, '5' directory, '6' fifo, '3' char device */
  type: '0' | '1' | '2' | '3' | '5' | '6';
  body?: string;
  linkpath?: string;
  mode?: number;
}

/**
 * Writes ustar headers by hand: node-tar refuses to *create* the hostile entries these
 * tests need, and the point is to feed the extractor exactly those bytes.
 */
export function rawTarGz(entries: RawEntry[]): Buffer {
  const blocks: Buffer[] = [];
  for (const e of entries) {
    const body = Buffer.from(e.body ?? '');
    const h = Buffer.alloc(512);
    const put = (text: string, offset: number, length: number) => h.write(text, offset, length, 'utf8');
    const octal = (n: number, length: number) => n.toString(8).padStart(length - 1, '0');
    put(e.path, 0, 100);
    put(octal(e.mode ?? (e.type === '5' ? 0o755 : 0o644), 8), 100, 7);
    put(octal(0, 8), 108, 7);
    put(octal(0, 8), 116, 7);
    put(octal(e.type === '0' ? body.length : 0, 12), 124, 11);
    put(octal(Math.floor(Date.now() / 1000), 12), 136, 11);
    put(e.type, 156, 1);
    put(e.linkpath ?? '', 157, 100);
    put('ustar\u000000', 257, 8);
    put('        ', 148, 8); // checksum is computed with its own field as spaces
    let sum = 0;
    for (const byte of h) sum += byte;
    put(`${sum.toString(8).padStart(6, '0')}\u0000 `, 148, 8);
    blocks.push(h);
    if (e.type === '0' && body.length > 0) {
      blocks.push(body, Buffer.alloc((512 - (body.length % 512)) % 512));
    }
  }
  blocks.push(Buffer.alloc(1024));
  return gzipSync(Buffer.concat(blocks));
}
