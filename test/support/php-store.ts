/**
 * The artifact store PHP tests build from: the store built from verified source by
 * `scripts/build-store.mjs` (the same script a platform runs), served through file:// or
 * a loopback HTTP server so the engine's download, verify and extract path runs for real.
 * It is built once per machine (scripts/test.sh does it; ~30-60 minutes on 2 cores) and
 * shared by every checkout; here the builder is only asked, with --check, where the
 * store of this checkout's table is, which takes well under a second. Its artifacts are
 * labelled with this machine's stack (debian-12 here), so builds run with that STACK.
 */
import { execa } from 'execa';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { cleanEnv, ROOT } from './harness.js';

export interface SourceStore {
  /** The store directory (manifest.json and the artifacts). */
  readonly dir: string;
  /** file:// URL of dir, with a trailing slash. */
  readonly url: string;
  /** The stack its artifacts are labelled with. */
  readonly stack: string;
  readonly manifest: StoreManifestDoc;
}

export interface StoreManifestDoc {
  stack: string;
  lines: Record<string, { held: Array<{ line: string; version: string }>; missing: Array<{ line: string; version?: string; reason: string }> }>;
  artifacts: Array<{ name: string; version: string; path: string; sha256: string; size: number; line: string; extensions?: { builtin: string[]; shared: string[] } }>;
}

let found: Promise<SourceStore> | undefined;

export function sourceStore(): Promise<SourceStore> {
  found ??= (async () => {
    const r = await execa('node', [path.join(ROOT, 'scripts/build-store.mjs'), '--check', '--json'], { reject: false, all: true });
    if (r.exitCode !== 0) {
      throw new Error(`The PHP tests run on the store built from source, which this machine does not have yet:\n${r.all}\n` +
        'Build it once with `node scripts/build-store.mjs` (scripts/test.sh does it), after scripts/install-system-deps.sh.');
    }
    const out = JSON.parse(r.stdout) as { store: string; url: string; stack: string };
    const manifest = JSON.parse(await fs.readFile(path.join(out.store, 'manifest.json'), 'utf8')) as StoreManifestDoc;
    return { dir: out.store, url: out.url, stack: out.stack, manifest };
  })();
  return found;
}

/** Config vars (PHP_BASE_URL, NGINX_BASE_URL) pointing a build at the store over file://. */
export async function localStoreVars(): Promise<Record<string, string>> {
  const s = await sourceStore();
  return { PHP_BASE_URL: s.url, NGINX_BASE_URL: s.url };
}

/** cleanEnv plus the store's STACK: what a platform running on this machine's stack passes. */
export async function storeEnv(extra: Record<string, string> = {}): Promise<Record<string, string>> {
  return cleanEnv({ STACK: (await sourceStore()).stack, ...extra });
}

/** The version the store holds of a PHP line (8.4 → 8.4.24). */
export async function storePhp(line: string): Promise<string | undefined> {
  return (await sourceStore()).manifest.lines.php?.held.find((h) => h.line === line)?.version;
}

/**
 * The same store served over HTTP from a loopback server (what a platform's store is),
 * so the download path with its timeouts and retries runs too. Serves only files below
 * the store dir; counts requests so tests can prove a rebuild downloads nothing.
 */
export interface HttpStore {
  readonly vars: Record<string, string>;
  readonly requests: string[];
  close(): Promise<void>;
}

export async function startHttpStore(): Promise<HttpStore> {
  const { dir } = await sourceStore();
  const { createServer } = await import('node:http');
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '');
    const file = path.resolve(dir, rel);
    requests.push(rel);
    if (!file.startsWith(`${dir}/`) || rel.includes('..')) {
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
 * The versions the store holds (pinned by data/php-store-sources.json, so they move when
 * the store's sources do), as build log snapshots name them: `<php-version>`, …
 */
export async function localStoreVersions(): Promise<Record<string, string>> {
  const { manifest } = await sourceStore();
  return Object.fromEntries(manifest.artifacts.map((a) => [a.version, `${a.name}-version`]));
}

/**
 * The store as seen through another manifest: the same artifacts (linked, so every byte
 * and checksum is the real one), the manifest edited by `edit`. For what no store built
 * here has, e.g. a PHP without an extension the source build always compiles in: the
 * engine reads what a PHP holds from the manifest, so that is the input to vary.
 * Returns config vars pointing a build at it over file://; the caller removes `dir`.
 */
export async function editedStore(edit: (m: StoreManifestDoc) => void): Promise<{ dir: string; vars: Record<string, string> }> {
  const { dir: source, manifest } = await sourceStore();
  const { mkdtemp } = await import('node:fs/promises');
  const dir = await mkdtemp(path.join((await import('node:os')).tmpdir(), 'edited-store-'));
  for (const entry of await fs.readdir(source, { withFileTypes: true })) {
    if (entry.isDirectory()) await fs.symlink(path.join(source, entry.name), path.join(dir, entry.name));
  }
  const copy = structuredClone(manifest);
  edit(copy);
  await fs.writeFile(path.join(dir, 'manifest.json'), `${JSON.stringify(copy, null, 2)}\n`);
  const url = `${(await import('node:url')).pathToFileURL(dir).href}/`;
  return { dir, vars: { PHP_BASE_URL: url, NGINX_BASE_URL: url } };
}
