import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { readFile, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage } from 'node:http';
import { type AddressInfo, connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BuildError } from '../../src/errors/build-error.js';
import {
  DEFAULT_ATTEMPTS,
  DEFAULT_BACKOFF_MS,
  DEFAULT_CONNECT_TIMEOUT_MS,
  DEFAULT_HEADERS_TIMEOUT_MS,
  SILENT_ATTEMPTS,
  downloadToFile,
  fetchJson,
  httpStatusOf,
  isUnreachable,
  progressLine,
} from '../../src/runtime/download.js';
import { DEAD_PORT, fakeSleep, startServer, tempDir, type TestServer } from './helpers.js';

const execFileP = promisify(execFile);
let tmp: Awaited<ReturnType<typeof tempDir>>;
let server: TestServer | undefined;
beforeEach(async () => {
  tmp = await tempDir();
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  await tmp.cleanup();
});

async function rejection(p: Promise<unknown>): Promise<BuildError> {
  const e = await p.then(() => undefined, (err: unknown) => err);
  expect(e).toBeInstanceOf(BuildError);
  return e as BuildError;
}

const payload = Buffer.from('x'.repeat(100_000));

describe('downloadToFile', () => {
  it('streams a successful response to the destination', async () => {
    server = await startServer((_req, res) => res.end(payload));
    const dest = join(tmp.path, 'out.bin');
    const { bytes } = await downloadToFile(`${server.url}/file`, dest);
    expect(bytes).toBe(payload.length);
    expect((await readFile(dest)).equals(payload)).toBe(true);
  });

  it('retries a 500 with backoff and then succeeds', async () => {
    server = await startServer((_req, res, n) => {
      res.statusCode = n < 3 ? 500 : 200;
      res.end(n < 3 ? 'oops' : 'ok');
    });
    const { sleeps, sleep } = fakeSleep();
    const dest = join(tmp.path, 'out');
    await downloadToFile(`${server.url}/f`, dest, { sleep });
    expect(server.requests).toHaveLength(3);
    expect(sleeps).toEqual([500, 1000]); // exponential backoff
    expect(await readFile(dest, 'utf8')).toBe('ok');
  });

  it('retries 429 but gives up after the configured attempts', async () => {
    server = await startServer((_req, res) => {
      res.statusCode = 429;
      res.end();
    });
    const { sleep } = fakeSleep();
    const e = await rejection(downloadToFile(`${server.url}/f`, join(tmp.path, 'o'), { sleep, attempts: 2 }));
    expect(server.requests).toHaveLength(2);
    expect(e.body).toContain('after 2 attempts: HTTP 429 Too Many Requests');
  });

  it('does not retry a 404, and names the status', async () => {
    server = await startServer((_req, res) => {
      res.statusCode = 404;
      res.end('nope');
    });
    const { sleeps, sleep } = fakeSleep();
    const url = `${server.url}/missing.tar.gz`;
    const e = await rejection(downloadToFile(url, join(tmp.path, 'o'), { sleep }));
    expect(e.id).toBe('runtime/download-failed');
    expect(e.title).toContain(url);
    expect(e.body).toContain('after 1 attempt: HTTP 404 Not Found.');
    expect(server.requests).toHaveLength(1);
    expect(sleeps).toEqual([]);
    expect(httpStatusOf(e)).toBe(404);
    expect(isUnreachable(e)).toBe(false);
  });

  it('fails fast on connection refused and reports it as unreachable', async () => {
    const port = DEAD_PORT;
    const { sleeps, sleep } = fakeSleep();
    const e = await rejection(downloadToFile(`http://127.0.0.1:${port}/x`, join(tmp.path, 'o'), { sleep }));
    expect(e.id).toBe('runtime/download-failed');
    expect(e.body).toContain('connection refused');
    expect(sleeps).toEqual([]);
    expect(isUnreachable(e)).toBe(true);
  });

  it('does not retry an unresolvable host (ENOTFOUND)', async () => {
    const { sleeps, sleep } = fakeSleep();
    const e = await rejection(downloadToFile('http://nonexistent.invalid/x', join(tmp.path, 'o'), { sleep }));
    expect(e.body).toContain('after 1 attempt: host not found (ENOTFOUND)');
    expect(sleeps).toEqual([]);
    expect(isUnreachable(e)).toBe(true);
  });

  it('times out a stalled body, retries, and removes the partial file', async () => {
    server = await startServer((_req, res) => {
      res.setHeader('content-length', '1000');
      res.write('x'.repeat(100)); // then never finishes
    });
    const { sleeps, sleep } = fakeSleep();
    const dest = join(tmp.path, 'partial');
    const started = Date.now();
    const e = await rejection(downloadToFile(`${server.url}/slow`, dest, { sleep, attempts: 2, readTimeoutMs: 200 }));
    expect(Date.now() - started).toBeLessThan(5000);
    expect(e.body).toContain('timed out after 200ms without data');
    expect(server.requests).toHaveLength(2);
    expect(sleeps).toHaveLength(1);
    expect(existsSync(dest)).toBe(false);
  });

  it('a host that accepts and never answers is given up after two silent attempts, not three', async () => {
    server = await startServer(() => undefined); // never sends headers
    const { sleeps, sleep } = fakeSleep();
    const started = Date.now();
    const e = await rejection(downloadToFile(`${server.url}/node.tgz`, join(tmp.path, 'o'), { sleep, headersTimeoutMs: 300 }));
    expect(Date.now() - started).toBeLessThan(5000);
    expect(server.requests).toHaveLength(2);
    expect(sleeps).toEqual([500]);
    expect(e.body).toContain('after 2 attempts: the host accepted the connection but sent no answer within 300ms');
    expect(isUnreachable(e)).toBe(true);
  });

  it('a slow but live host is still served: headers late (within the timeout), or an answer on the next attempt', async () => {
    server = await startServer((_req, res, n) => {
      if (n === 1) setTimeout(() => res.end('late'), 150);
      else if (n === 2) return; // silent once
      else res.end('second try');
    });
    const { sleep } = fakeSleep();
    await downloadToFile(`${server.url}/a`, join(tmp.path, 'a'), { sleep, headersTimeoutMs: 600 });
    expect(await readFile(join(tmp.path, 'a'), 'utf8')).toBe('late');
    await downloadToFile(`${server.url}/b`, join(tmp.path, 'b'), { sleep, headersTimeoutMs: 300 });
    expect(await readFile(join(tmp.path, 'b'), 'utf8')).toBe('second try');
    expect(server.requests).toEqual(['/a', '/b', '/b']);
  });

  it('by default a silent host is reported within a minute (connect and headers timeouts, attempts, backoff)', () => {
    const backoffs = (n: number) => Array.from({ length: n - 1 }, (_, i) => DEFAULT_BACKOFF_MS * 2 ** i).reduce((a, b) => a + b, 0);
    // Accepts and never answers: SILENT_ATTEMPTS waits for headers.
    expect(SILENT_ATTEMPTS * DEFAULT_HEADERS_TIMEOUT_MS + backoffs(SILENT_ATTEMPTS)).toBeLessThan(60_000);
    // Never accepts (a blackholed port): every attempt waits for the connection.
    expect(DEFAULT_ATTEMPTS * DEFAULT_CONNECT_TIMEOUT_MS + backoffs(DEFAULT_ATTEMPTS)).toBeLessThan(60_000);
  });

  /** Sends `chunk` every `everyMs` until `total` bytes or the client goes away. */
  function trickle(chunk: Buffer, everyMs: number, total: number) {
    return (_req: IncomingMessage, res: import('node:http').ServerResponse) => {
      res.setHeader('content-length', String(total));
      let sent = 0;
      const timer = setInterval(() => {
        if (sent >= total) return clearInterval(timer);
        const part = chunk.subarray(0, Math.min(chunk.length, total - sent));
        sent += part.length;
        res.write(part);
        if (sent >= total) res.end();
      }, everyMs);
      res.on('close', () => clearInterval(timer));
    };
  }

  // Once, each byte reset the read timeout, so a server trickling a byte at a time
  // held the build for ever (here: until the test times out).
  it('abandons a body that trickles below the throughput floor, retries, and says so', async () => {
    server = await startServer(trickle(Buffer.from('x'), 20, 1_000_000));
    const { sleeps, sleep } = fakeSleep();
    const dest = join(tmp.path, 'trickled');
    const url = `${server.url}/node.tar.gz`;
    const e = await rejection(downloadToFile(url, dest, {
      sleep, attempts: 2, minBytesPerSecond: 1000, throughputWindowMs: 400,
    }));
    expect(e.id).toBe('runtime/download-failed');
    expect(e.category).toBe('network'); // what lets the Node.js install fall back to the registry
    expect(e.title).toContain(url);
    expect(e.body).toMatch(/after 2 attempts: too slow: \d+ bytes in the last 400ms, below the floor of 1000 bytes\/s/);
    expect(server.requests).toHaveLength(2);
    expect(sleeps).toHaveLength(1);
    expect(existsSync(dest)).toBe(false);
  }, 30_000);

  it('keeps a slow download that stays above the floor', async () => {
    const body = Buffer.from('y'.repeat(40_000));
    server = await startServer(trickle(body.subarray(0, 2000), 25, body.length)); // ~80 KB/s
    const dest = join(tmp.path, 'slow-but-fine');
    const { bytes } = await downloadToFile(`${server.url}/f`, dest, { minBytesPerSecond: 1000, throughputWindowMs: 200 });
    expect(bytes).toBe(body.length);
    expect((await readFile(dest)).equals(body)).toBe(true);
  });

  it('stops a download that outlives its deadline, whatever its throughput, without retrying', async () => {
    server = await startServer(trickle(Buffer.alloc(4096, 'z'), 20, 1_000_000_000)); // ~200 KB/s, for ever
    const { sleep } = fakeSleep();
    const dest = join(tmp.path, 'endless');
    const e = await rejection(downloadToFile(`${server.url}/f`, dest, { sleep, deadlineMs: 600, minBytesPerSecond: 0 }));
    expect(e.id).toBe('runtime/download-failed');
    expect(e.category).toBe('network');
    expect(e.body).toContain('after 1 attempt: did not finish within 600ms (the deadline for one download)');
    expect(server.requests).toHaveLength(1);
    expect(existsSync(dest)).toBe(false);
  }, 30_000);

  it('refuses a file:// URL that is a FIFO instead of blocking on it', async () => {
    const fifo = join(tmp.path, 'manifest.json');
    await execFileP('mkfifo', [fifo]);
    const e = await rejection(fetchJson(pathToFileURL(fifo).href));
    expect(e.body).toContain('after 1 attempt: not a regular file');
  }, 30_000);

  it('applies the deadline while waiting for headers too', async () => {
    server = await startServer(() => undefined); // never answers
    const e = await rejection(fetchJson(`${server.url}/manifest.json`, { deadlineMs: 300, readTimeoutMs: 600_000 }));
    expect(e.body).toContain('did not finish within 300ms');
  }, 30_000);

  it('retries a connection closed mid-body and ends with the complete file', async () => {
    server = await startServer((_req, res, n) => {
      res.setHeader('content-length', String(payload.length));
      if (n === 1) {
        res.write(payload.subarray(0, 1000));
        setTimeout(() => res.socket?.destroy(), 20);
      } else {
        res.end(payload);
      }
    });
    const { sleep } = fakeSleep();
    const dest = join(tmp.path, 'out');
    await downloadToFile(`${server.url}/f`, dest, { sleep });
    expect(server.requests).toHaveLength(2);
    expect((await readFile(dest)).equals(payload)).toBe(true);
  });

  it('follows relative and absolute redirects', async () => {
    server = await startServer((req, res) => {
      if (req.url === '/a') res.writeHead(302, { location: '/b' }).end();
      else if (req.url === '/b') res.writeHead(301, { location: `${server!.url}/c` }).end();
      else res.end('landed');
    });
    const dest = join(tmp.path, 'out');
    await downloadToFile(`${server.url}/a`, dest);
    expect(server.requests).toEqual(['/a', '/b', '/c']);
    expect(await readFile(dest, 'utf8')).toBe('landed');
  });

  it('stops a redirect loop without retrying it', async () => {
    server = await startServer((_req, res) => res.writeHead(302, { location: '/loop' }).end());
    const { sleeps, sleep } = fakeSleep();
    const e = await rejection(downloadToFile(`${server.url}/loop`, join(tmp.path, 'o'), { sleep }));
    expect(e.body).toContain('more than 5 redirects');
    expect(server.requests).toHaveLength(6);
    expect(sleeps).toEqual([]);
  });

  it('refuses a redirect to a file:// URL', async () => {
    server = await startServer((_req, res) => res.writeHead(302, { location: 'file:///etc/passwd' }).end());
    const dest = join(tmp.path, 'o');
    const e = await rejection(downloadToFile(`${server.url}/x`, dest));
    expect(e.body).toContain('redirected to unsupported URL file:///etc/passwd');
    expect(existsSync(dest)).toBe(false);
  });

  it('copies file:// URLs and reports a missing file', async () => {
    const src = join(tmp.path, 'src.tgz');
    await writeFile(src, 'local bytes');
    const dest = join(tmp.path, 'dest.tgz');
    expect(await downloadToFile(pathToFileURL(src).href, dest)).toEqual({ bytes: 11 });
    expect(await readFile(dest, 'utf8')).toBe('local bytes');

    const e = await rejection(downloadToFile(pathToFileURL(join(tmp.path, 'none')).href, join(tmp.path, 'd2')));
    expect(e.id).toBe('runtime/download-failed');
    expect(e.body).toContain('file not found');
  });

  it('reports progress at most every 2 seconds', async () => {
    server = await startServer((_req, res) => {
      res.setHeader('content-length', String(4 * 500_000));
      let sent = 0;
      const tick = setInterval(() => {
        res.write(Buffer.alloc(500_000));
        if (++sent === 4) {
          clearInterval(tick);
          res.end();
        }
      }, 10);
    });
    let clock = 0;
    const lines: string[] = [];
    await downloadToFile(`${server.url}/big`, join(tmp.path, 'o'), {
      now: () => (clock += 1000), // each look at the clock is one second later
      progress: (l) => lines.push(l),
    });
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^Downloaded \d+\.\d MB of 2\.0 MB \(\d+%\)$/);

    // With the clock standing still, no line is due however many chunks arrive.
    lines.length = 0;
    await downloadToFile(`${server.url}/big`, join(tmp.path, 'o2'), { now: () => 0, progress: (l) => lines.push(l) });
    expect(lines).toEqual([]);
  });

  it('goes through HTTP_PROXY when it is set', async () => {
    // undici tunnels through the proxy with CONNECT; this proxy records the requested
    // authority and connects every tunnel to the loopback origin, so the target host
    // need not resolve: only the proxy can have reached it.
    server = await startServer((_req, res) => res.end('via proxy'));
    const origin = Number(new URL(server.url).port);
    const tunnels: string[] = [];
    const proxy = createServer();
    proxy.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
      tunnels.push(req.url ?? '');
      const upstream = connect(origin, '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.write(head);
        upstream.pipe(client).pipe(upstream);
      });
      upstream.on('error', () => client.destroy());
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const saved = process.env.HTTP_PROXY;
    process.env.HTTP_PROXY = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    try {
      const dest = join(tmp.path, 'o');
      await downloadToFile('http://artifacts.invalid/node.tgz', dest, { attempts: 1, readTimeoutMs: 2000 });
      expect(await readFile(dest, 'utf8')).toBe('via proxy');
      expect(tunnels).toEqual(['artifacts.invalid:80']);
      expect(server.requests).toEqual(['/node.tgz']);
    } finally {
      if (saved === undefined) delete process.env.HTTP_PROXY;
      else process.env.HTTP_PROXY = saved;
      proxy.closeAllConnections();
      await new Promise((resolve) => proxy.close(resolve));
    }
  });
});

describe('progressLine', () => {
  it('formats with and without a known total', () => {
    expect(progressLine(12_300_000, 51_800_000)).toBe('Downloaded 12.3 MB of 51.8 MB (23%)');
    expect(progressLine(12_300_000, undefined)).toBe('Downloaded 12.3 MB');
  });
});

describe('fetchJson', () => {
  it('asks for JSON and parses it', async () => {
    server = await startServer((_req, res) => res.end('{"a":[1,2]}'));
    expect(await fetchJson(`${server.url}/doc`)).toEqual({ a: [1, 2] });
    expect(server.accepts).toEqual(['application/json']);
  });

  it('rejects a non-JSON body without retrying', async () => {
    server = await startServer((_req, res) => res.end('<html>login to the wifi</html>'));
    const e = await rejection(fetchJson(`${server.url}/doc`, { sleep: fakeSleep().sleep }));
    expect(e.id).toBe('runtime/download-failed');
    expect(e.body).toContain('invalid JSON');
    expect(server.requests).toHaveLength(1);
  });

  it('reads file:// URLs', async () => {
    const file = join(tmp.path, 'm.json');
    await writeFile(file, '{"ok":true}');
    expect(await fetchJson(pathToFileURL(file).href)).toEqual({ ok: true });
  });
});
