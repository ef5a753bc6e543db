/**
 * The artifact store PHP tests build from: this machine's Debian php, php-fpm, nginx
 * and composer packed by `scripts/local-artifacts.mjs` (the same script users run),
 * served through file:// so the engine's download, verify and extract path runs for
 * real. Packed once per machine into a fixed temp dir; the script itself says "up to
 * date" in well under a second when nothing changed.
 */
import { execa } from 'execa';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from './harness.js';

export const STORE_DIR = path.join(os.tmpdir(), 'engine-test-php-store');

let packed: Promise<Record<string, string>> | undefined;

/** Config vars (PHP_BASE_URL, NGINX_BASE_URL) pointing a build at the local store. */
export function localStoreVars(): Promise<Record<string, string>> {
  packed ??= (async () => {
    const r = await execa('node', [path.join(ROOT, 'scripts/local-artifacts.mjs'), STORE_DIR], { reject: false, all: true });
    if (r.exitCode !== 0) throw new Error(`scripts/local-artifacts.mjs failed (is scripts/install-system-deps.sh run?):\n${r.all}`);
    const vars: Record<string, string> = {};
    for (const line of (await fs.readFile(path.join(STORE_DIR, 'env'), 'utf8')).split('\n')) {
      const m = /^([A-Z_]+)=(.*)$/.exec(line.trim());
      if (m) vars[m[1]!] = m[2]!;
    }
    return vars;
  })();
  return packed;
}

/**
 * The same store served over HTTP from a loopback server (what a platform's store is),
 * so the download path with its timeouts and retries runs too. Serves only files below
 * STORE_DIR; counts requests so tests can prove a rebuild downloads nothing.
 */
export interface HttpStore {
  readonly vars: Record<string, string>;
  readonly requests: string[];
  close(): Promise<void>;
}

export async function startHttpStore(): Promise<HttpStore> {
  await localStoreVars();
  const { createServer } = await import('node:http');
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '');
    const file = path.resolve(STORE_DIR, rel);
    requests.push(rel);
    if (!file.startsWith(`${STORE_DIR}/`) || rel.includes('..')) {
      res.writeHead(403).end();
      return;
    }
    fs.readFile(file).then(
      (body) => res.writeHead(200, { 'content-length': body.length }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as import('node:net').AddressInfo;
  const base = `http://127.0.0.1:${port}/`;
  return {
    vars: { PHP_BASE_URL: base, NGINX_BASE_URL: base },
    requests,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * The versions the local store holds (this machine's Debian packages: they float between
 * machines and Debian updates), as build log snapshots name them: `<php-version>`, …
 */
export async function localStoreVersions(): Promise<Record<string, string>> {
  await localStoreVars();
  const manifest = JSON.parse(await fs.readFile(path.join(STORE_DIR, 'manifest.json'), 'utf8')) as { artifacts: { name: string; version: string }[] };
  return Object.fromEntries(manifest.artifacts.map((a) => [a.version, `${a.name}-version`]));
}
