/**
 * The store builder trusts a source tarball only through a signed index, and runs nothing
 * of it before the check (scripts/store/verify.mjs). A Debian-shaped archive is served
 * from 127.0.0.1 with this test's own keys (an uploader's for the .dsc, an archive key
 * for InRelease); its "PHP" tarball's configure script leaves a marker when it runs. The
 * builder runs for real (scripts/build-store.mjs, its own cache dir) and must refuse a
 * tampered tarball, a table that disagrees with the index, and a bad signature, with
 * the marker never written; the genuine tarball does get as far as its configure.
 */
import { execa } from 'execa';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile, readFile, appendFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
let work: string;
let server: Server;
let archive: string;
const homes: string[] = [];

const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

/** A gpg home with one fresh key; `keyring` is its public key for gpgv. */
async function makeKey(name: string): Promise<{ home: string; keyring: string }> {
  const home = await mkdtemp(join(work, `gpg-${name}-`));
  homes.push(home);
  await execa('gpg', ['--batch', '--homedir', home, '--pinentry-mode', 'loopback', '--passphrase', '', '--quick-gen-key', `${name} <${name}@example.invalid>`, 'ed25519', 'sign', 'never']);
  const keyring = join(work, `${name}.gpg`);
  await execa('gpg', ['--batch', '--homedir', home, '--output', keyring, '--export']);
  return { home, keyring };
}

async function clearsign(home: string, text: string): Promise<string> {
  const r = await execa('gpg', ['--batch', '--homedir', home, '--pinentry-mode', 'loopback', '--passphrase', '', '--clearsign'], { input: text });
  return `${r.stdout}\n`;
}

/** files served, by path below the archive root; replaced per test. */
const served = new Map<string, Buffer>();

let uploader: { home: string; keyring: string };
let stranger: { home: string; keyring: string };
let archiveKey: { home: string; keyring: string };
let genuine: Buffer;
let tampered: Buffer;
const marker = () => join(work, 'configure-ran');
const ORIG = 'php8.4_8.4.99.orig.tar.gz';
const DSC = 'pool/main/p/php8.4/php8.4_8.4.99-1.dsc';

/** A tarball whose configure leaves the marker: running anything of it shows. */
async function tarball(extra: string): Promise<Buffer> {
  const dir = await mkdtemp(join(work, 'src-'));
  await mkdir(join(dir, 'php-8.4.99'));
  await writeFile(join(dir, 'php-8.4.99/configure'), `#!/bin/sh\ntouch '${marker()}'\necho "${extra}"\nexit 1\n`, { mode: 0o755 });
  const out = join(dir, 'orig.tar.gz');
  await execa('tar', ['-czf', out, '-C', dir, '--mtime=@1700000000', '--owner=0', '--group=0', 'php-8.4.99']);
  return readFile(out);
}

function dscText(orig: Buffer): string {
  return `Format: 3.0 (quilt)\nSource: php8.4\nVersion: 8.4.99-1\nChecksums-Sha256:\n ${sha256(orig)} ${orig.length} ${ORIG}\n`;
}

function table(opts: { pinned?: string; index?: object } = {}) {
  return {
    schema: 1,
    about: 'test',
    archive,
    php: [{
      line: '8.4', version: '8.4.99',
      debian: { package: 'php8.4', version: '8.4.99-1', index: opts.index ?? { dsc: DSC } },
      orig: { file: ORIG, sha256: opts.pinned ?? sha256(genuine), dir: 'php-8.4.99' },
    }],
    nginx: [],
    composer: [],
    extensions: [],
  };
}

async function runBuilder(t: object, extraArgs: string[] = []) {
  const dir = await mkdtemp(join(work, 'case-'));
  const cache = join(dir, 'cache');
  const tableFile = join(dir, 'table.json');
  await writeFile(tableFile, JSON.stringify(t));
  await rm(marker(), { force: true });
  const r = await execa('node', [join(ROOT, 'scripts/build-store.mjs'), '--cache', cache, '--sources', tableFile, '--stack', 'test-stack', '--php', '8.4', '--extensions', '',
    '--dsc-keyring', uploader.keyring, '--release-keyring', archiveKey.keyring, '--jobs', '1', ...extraArgs], { reject: false, all: true, env: { PATH: process.env.PATH } });
  const downloads = await readdir(join(cache, 'downloads')).catch(() => []);
  return { ...r, cache, downloads, ran: existsSync(marker()), work: existsSync(join(cache, 'work')) ? await readdir(join(cache, 'work')) : [] };
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'store-verify-'));
  [uploader, stranger, archiveKey] = await Promise.all([makeKey('uploader'), makeKey('stranger'), makeKey('archive')]);
  genuine = await tarball('genuine');
  tampered = await tarball('tampered');
  server = createServer((req, res) => {
    const body = served.get(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\//, ''));
    if (!body) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  archive = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}, 120_000);

afterAll(async () => {
  server?.closeAllConnections();
  await new Promise((ok) => server?.close(ok));
  for (const home of homes) await execa('gpgconf', ['--homedir', home, '--kill', 'gpg-agent'], { reject: false });
  await rm(work, { recursive: true, force: true });
});

async function serveDsc(orig: Buffer, opts: { signer?: { home: string }; listed?: Buffer; edit?: (s: string) => string } = {}) {
  served.clear();
  let signed = await clearsign((opts.signer ?? uploader).home, dscText(opts.listed ?? genuine));
  if (opts.edit) signed = opts.edit(signed);
  served.set(DSC, Buffer.from(signed));
  served.set(`${dirname(DSC)}/${ORIG}`, orig);
}

describe('a source verified through a signed .dsc', () => {
  it('is accepted when the tarball is the one the .dsc lists', async () => {
    await serveDsc(genuine);
    const r = await runBuilder(table(), ['--verify-only']);
    expect(r.exitCode, r.all).toBe(0);
    expect(r.all).toMatch(/php8\.4_8\.4\.99\.orig\.tar\.gz: sha256 matches the \.dsc signed by [0-9A-F]{16}/);
    expect(r.downloads).toContain(`${sha256(genuine)}-${ORIG}`);
    expect(r.ran).toBe(false);
  });

  it('is built (its configure runs) only after the check: the genuine tarball gets to configure', async () => {
    await serveDsc(genuine);
    const r = await runBuilder(table());
    expect(r.ran, r.all).toBe(true);
    expect(r.all).toMatch(/error store\/build-failed: php-8\.4\.99 \(php\) failed/);
    expect(r.all).toContain('genuine');
  });

  it('is refused when the served tarball differs from the signed index, and nothing of it is unpacked or run', async () => {
    await serveDsc(tampered);
    const r = await runBuilder(table());
    expect(r.exitCode).toBe(1);
    expect(r.all).toContain(`error store/sha256-mismatch: ${ORIG} has sha256 ${sha256(tampered)}, but the signed php8.4_8.4.99-1.dsc lists ${sha256(genuine)}`);
    expect(r.all).toContain('deleted without being extracted or run');
    expect(r.ran).toBe(false);
    expect(r.downloads).toEqual([]);
    expect(r.work).toEqual([]);
    expect(r.all).not.toMatch(/internal error|\n\s+at /);
  });

  it('is refused before any download when the table pins another sha256 than the signed index', async () => {
    await serveDsc(tampered);
    const r = await runBuilder(table({ pinned: sha256(tampered) }));
    expect(r.exitCode).toBe(1);
    expect(r.all).toContain(`error store/pinned-sha256-differs: data/php-store-sources.json pins ${ORIG} to sha256 ${sha256(tampered)}, but the signed php8.4_8.4.99-1.dsc lists ${sha256(genuine)}`);
    expect(r.ran).toBe(false);
    expect(r.downloads).toEqual([]);
  });

  it('is refused when the .dsc is signed by a key outside the keyring', async () => {
    await serveDsc(tampered, { signer: stranger, listed: tampered });
    const r = await runBuilder(table({ pinned: sha256(tampered) }));
    expect(r.exitCode).toBe(1);
    expect(r.all).toMatch(/error store\/bad-signature: The signature of php8\.4_8\.4\.99-1\.dsc does not verify/);
    expect(r.ran).toBe(false);
    expect(r.downloads).toEqual([]);
  });

  it('is refused when the signed text of the .dsc was edited after signing', async () => {
    await serveDsc(tampered, { edit: (s) => s.replace(sha256(genuine), sha256(tampered)) });
    const r = await runBuilder(table({ pinned: sha256(tampered) }));
    expect(r.exitCode).toBe(1);
    expect(r.all).toMatch(/error store\/bad-signature/);
    expect(r.ran).toBe(false);
  });

  it('ignores checksum lines added outside the signed part', async () => {
    // A second table after the signature: only what gpgv vouches for is parsed.
    await serveDsc(tampered, { edit: (s) => `${s}Checksums-Sha256:\n ${sha256(tampered)} ${tampered.length} ${ORIG}\n` });
    const r = await runBuilder(table());
    expect(r.exitCode).toBe(1);
    expect(r.all).toMatch(/error store\/(sha256-mismatch|bad-signature)/);
    expect(r.ran).toBe(false);
  });
});

describe('a source verified through a suite\'s InRelease and Sources index', () => {
  async function serveSuite(orig: Buffer, opts: { tamperSources?: boolean } = {}) {
    served.clear();
    const stanza = `Package: php8.4\nVersion: 8.4.99-1\nDirectory: pool/main/p/php8.4\nChecksums-Sha256:\n ${sha256(genuine)} ${genuine.length} ${ORIG}\n`;
    const dir = await mkdtemp(join(work, 'suite-'));
    await writeFile(join(dir, 'Sources'), `Package: other\nVersion: 1\nDirectory: pool/main/o/other\n\n${stanza}`);
    await execa('xz', ['-k', join(dir, 'Sources')]);
    const xz = await readFile(join(dir, 'Sources.xz'));
    const release = `Origin: Test\nSuite: testing\nCodename: testsuite\nSHA256:\n ${sha256(xz)} ${xz.length} main/source/Sources.xz\n`;
    served.set('dists/testsuite/InRelease', Buffer.from(await clearsign(archiveKey.home, release)));
    if (opts.tamperSources) await appendFile(join(dir, 'Sources.xz'), 'x');
    served.set('dists/testsuite/main/source/Sources.xz', await readFile(join(dir, 'Sources.xz')));
    served.set(`pool/main/p/php8.4/${ORIG}`, orig);
  }

  it('is accepted when the tarball is the one the Sources stanza lists', async () => {
    await serveSuite(genuine);
    const r = await runBuilder(table({ index: { suite: 'testsuite' } }), ['--verify-only']);
    expect(r.exitCode, r.all).toBe(0);
    expect(r.all).toMatch(/sha256 matches the Sources index of an InRelease signed by [0-9A-F]{16}/);
  });

  it('is refused when the served tarball differs', async () => {
    await serveSuite(tampered);
    const r = await runBuilder(table({ index: { suite: 'testsuite' } }));
    expect(r.exitCode).toBe(1);
    expect(r.all).toContain(`error store/sha256-mismatch: ${ORIG} has sha256 ${sha256(tampered)}, but testsuite's signed Sources index lists ${sha256(genuine)}`);
    expect(r.ran).toBe(false);
    expect(r.downloads).toEqual([]);
  });

  it('is refused when the Sources index is not the one InRelease vouches for', async () => {
    await serveSuite(genuine, { tamperSources: true });
    const r = await runBuilder(table({ index: { suite: 'testsuite' } }));
    expect(r.exitCode).toBe(1);
    expect(r.all).toMatch(/error store\/sha256-mismatch: testsuite\/main\/source\/Sources\.xz has sha256 [0-9a-f]{64}, but testsuite\/InRelease lists/);
    expect(r.ran).toBe(false);
  });
});

describe('an archive that cannot be reached', () => {
  it('stops the build (it says nothing about what is served): no line is reported missing for it', async () => {
    const dead = createServer();
    await new Promise<void>((ok) => dead.listen(0, '127.0.0.1', ok));
    const port = (dead.address() as AddressInfo).port;
    await new Promise((ok) => dead.close(ok));
    const t = { ...table(), archive: `http://127.0.0.1:${port}/` };
    const r = await runBuilder(t);
    expect(r.exitCode).toBe(1);
    expect(r.all).toMatch(new RegExp(`error store/unreachable: Could not download http://127\\.0\\.0\\.1:${port}/pool/main/p/php8\\.4/php8\\.4_8\\.4\\.99\\.orig\\.tar\\.gz`));
    expect(r.all).not.toContain('Skipping php');
    expect(r.ran).toBe(false);
  });
});

describe('a source not served', () => {
  it('is skipped, and the store says which line it lacks and why', async () => {
    served.clear();
    const r = await runBuilder(table(), ['--json']);
    expect(r.exitCode, r.all).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.lines.php).toEqual({ held: [], missing: [{ line: '8.4', version: '8.4.99', reason: expect.stringMatching(/php8\.4_8\.4\.99\.orig\.tar\.gz is not served to this network \(HTTP 404\)/) }] });
    const manifest = JSON.parse(await readFile(join(out.store, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ schema: 1, stack: 'test-stack', artifacts: [] });
  });
});
