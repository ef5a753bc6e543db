/**
 * Getting a source tarball the builder may use: the signed index first, then the
 * tarball, checked against it before it is kept. Nothing here extracts or runs
 * anything of a tarball; a file that fails a check is deleted.
 *
 * Why a signed Debian index rather than the upstream signature alone: it covers every
 * source the same way (PECL's and Composer's tarballs carry no upstream signature; nginx
 * 1.26.3's is not in the pool), and its keys come with the build machine's OS
 * (debian-keyring, debian-archive-keyring) instead of a file of the package being
 * checked. PHP's own tarballs are checked against php.net's release managers'
 * signature as well, with the keys Debian ships in debian/upstream/signing-key.asc
 * (that file's tarball verified through the same index first).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { dscChecksums, findSourceStanza, releaseChecksums, signatureVerdict } from './archive.mjs';
import { storeErrors } from './errors.mjs';
import { download, sha256File } from './fetch.mjs';

const run = promisify(execFile);

export const DEFAULT_KEYRINGS = Object.freeze({
  // Uploads are signed by Debian developers or maintainers.
  dsc: { paths: ['/usr/share/keyrings/debian-keyring.gpg', '/usr/share/keyrings/debian-maintainers.gpg'], pkg: 'debian-keyring' },
  release: { paths: ['/usr/share/keyrings/debian-archive-keyring.gpg'], pkg: 'debian-archive-keyring' },
});

/**
 * Runs gpgv on a clearsigned file and returns the text it vouches for (never the file
 * as downloaded) and the fingerprints that signed it.
 * @param {string} file
 * @param {string[]} keyrings
 */
export async function gpgvClearsigned(file, keyrings, what) {
  const out = `${file}.signed`;
  await rm(out, { force: true });
  const args = ['--status-fd', '1', ...keyrings.flatMap((k) => ['--keyring', k]), '--output', out, file];
  let status;
  try {
    status = (await run('gpgv', args, { encoding: 'utf8' })).stdout;
  } catch (e) {
    // gpgv exits non-zero when any signature could not be checked (a key of several
    // missing): the status lines decide.
    if (typeof e.stdout !== 'string') throw e;
    status = e.stdout;
    if (!signatureVerdict(status).ok) throw storeErrors.badSignature(what, (e.stderr || status).trim().split('\n').slice(-3).join(' / '));
  }
  const verdict = signatureVerdict(status);
  if (!verdict.ok) throw storeErrors.badSignature(what, 'no valid signature by a key of the keyring');
  const text = await readFile(out, 'utf8');
  await rm(out, { force: true });
  return { text, signers: verdict.valid };
}

/** A detached signature (upstream .asc) of `file`, checked with `keyring`. */
export async function gpgvDetached(sig, file, keyring, what) {
  let status;
  try {
    status = (await run('gpgv', ['--status-fd', '1', '--keyring', keyring, sig, file], { encoding: 'utf8' })).stdout;
  } catch (e) {
    if (typeof e.stdout !== 'string') throw e;
    status = e.stdout;
  }
  const verdict = signatureVerdict(status);
  if (!verdict.ok) throw storeErrors.badSignature(what, 'no valid signature by the release managers\' keys');
  return verdict.valid;
}

function keyringsFor(kind, override) {
  if (override) return [override];
  const { paths, pkg } = DEFAULT_KEYRINGS[kind];
  const present = paths.filter((p) => existsSync(p));
  if (!present.length) throw storeErrors.keyringMissing(kind === 'dsc' ? 'a .dsc (debian-keyring)' : "an archive's InRelease", paths, pkg);
  return present;
}

/**
 * The checksum table an entry's signed index gives for its pool directory.
 * @param {{ package: string, version: string, index: { dsc?: string, suite?: string } }} debian
 * @param {{ archive: string, tmp: string, keyrings?: { dsc?: string, release?: string }, log: (l: string) => void, indexes: Map<string, Promise<string>> }} ctx
 * @returns {Promise<{ files: Map<string, { sha256: string, size: number }>, directory: string, where: string, verifiedBy: object }>}
 */
export async function signedChecksums(debian, ctx) {
  if (debian.index.dsc) {
    const rel = debian.index.dsc;
    const url = new URL(rel, ctx.archive).href;
    const file = join(ctx.tmp, basename(rel));
    const got = await download(url, file, { log: ctx.log });
    if (!got.served) throw storeErrors.notServed(url, got.status);
    const { text, signers } = await gpgvClearsigned(file, keyringsFor('dsc', ctx.keyrings?.dsc), basename(rel));
    const dsc = dscChecksums(text);
    if (dsc.source !== debian.package || dsc.version !== debian.version) {
      throw storeErrors.badSignature(basename(rel), `it describes ${dsc.source} ${dsc.version}, not ${debian.package} ${debian.version}`);
    }
    const where = `the signed ${basename(rel)}`;
    return { files: dsc.files, directory: dirname(rel), where, verifiedBy: { kind: 'dsc', url, signers } };
  }
  const suite = debian.index.suite;
  const sourcesText = await suiteSources(suite, ctx);
  const stanza = findSourceStanza(sourcesText.text, debian.package, debian.version);
  const where = `${suite}'s signed Sources index`;
  if (!stanza) throw storeErrors.notInIndex(`${debian.package} ${debian.version}`, where);
  return { files: stanza.files, directory: stanza.directory, where, verifiedBy: { kind: 'release', url: sourcesText.inRelease, signers: sourcesText.signers } };
}

/** dists/<suite>/InRelease (signature) → main/source/Sources.xz (sha256) → its text; once per run. */
function suiteSources(suite, ctx) {
  let pending = ctx.indexes.get(suite);
  if (!pending) {
    pending = (async () => {
      const inRelease = new URL(`dists/${suite}/InRelease`, ctx.archive).href;
      const relFile = join(ctx.tmp, `${suite}.InRelease`);
      const got = await download(inRelease, relFile, { log: ctx.log });
      if (!got.served) throw storeErrors.notServed(inRelease, got.status);
      const { text, signers } = await gpgvClearsigned(relFile, keyringsFor('release', ctx.keyrings?.release), `${suite}/InRelease`);
      const release = releaseChecksums(text);
      const want = release.files.get('main/source/Sources.xz');
      if (!want) throw storeErrors.notInIndex('main/source/Sources.xz', `${suite}/InRelease`);
      const url = new URL(`dists/${suite}/main/source/Sources.xz`, ctx.archive).href;
      const xz = join(ctx.tmp, `${suite}.Sources.xz`);
      ctx.log(`  ${suite}: InRelease signed by ${signers.map((s) => s.slice(-16)).join(', ')}; fetching its Sources index (${(want.size / 1e6).toFixed(1)} MB)`);
      const idx = await download(url, xz, { log: ctx.log });
      if (!idx.served) throw storeErrors.notServed(url, idx.status);
      if (idx.sha256 !== want.sha256) {
        await rm(xz, { force: true });
        throw storeErrors.sha256Mismatch(`${suite}/main/source/Sources.xz`, idx.sha256, want.sha256, `${suite}/InRelease`);
      }
      const { stdout } = await run('xz', ['-dc', xz], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
      await rm(xz, { force: true });
      return { text: stdout, inRelease, signers };
    })();
    ctx.indexes.set(suite, pending);
  }
  return pending;
}

/**
 * Downloads `files` of a source package into `downloadsDir`, each checked against the
 * signed index (and the sha256 pinned in the table, which must agree with it) before it
 * is renamed into place. Already-downloaded files are re-hashed, not trusted by name.
 * @param {{ debian: object, files: Array<{ file: string, sha256: string }> }} source
 * @returns {Promise<{ paths: Record<string, string>, origin: Record<string, string>, verifiedBy: object }>}
 */
export async function fetchVerified(source, downloadsDir, ctx) {
  await mkdir(downloadsDir, { recursive: true });
  const paths = {};
  const origin = {};
  const missing = [];
  let verifiedBy;
  for (const f of source.files) {
    const kept = join(downloadsDir, `${f.sha256}-${f.file}`);
    // The sidecar says how the file was verified when it was downloaded (for the manifest).
    const record = await readFile(`${kept}.verified.json`, 'utf8').then(JSON.parse, () => undefined);
    if (record && existsSync(kept) && (await sha256File(kept)) === f.sha256) {
      paths[f.file] = kept;
      origin[f.file] = record.url;
      verifiedBy ??= record.verifiedBy;
    } else missing.push(f);
  }
  if (!missing.length) return { paths, origin, verifiedBy };

  const index = await signedChecksums(source.debian, ctx);
  for (const f of missing) {
    const listed = index.files.get(f.file);
    if (!listed) throw storeErrors.notInIndex(f.file, index.where);
    if (listed.sha256 !== f.sha256) throw storeErrors.tableDisagrees(f.file, f.sha256, listed.sha256, index.where);
    const url = new URL(`${index.directory}/${f.file}`, ctx.archive).href;
    const tmp = join(ctx.tmp, `${f.sha256}-${f.file}.part`);
    ctx.log(`  downloading ${url}`);
    const got = await download(url, tmp, { log: ctx.log });
    if (!got.served) throw storeErrors.notServed(url, got.status);
    if (got.sha256 !== listed.sha256) {
      await rm(tmp, { force: true });
      throw storeErrors.sha256Mismatch(f.file, got.sha256, listed.sha256, index.where);
    }
    if (got.size !== listed.size) {
      await rm(tmp, { force: true });
      throw storeErrors.sizeMismatch(f.file, got.size, listed.size, index.where);
    }
    const kept = join(downloadsDir, `${f.sha256}-${f.file}`);
    await writeFile(`${kept}.verified.json`, `${JSON.stringify({ url, verifiedBy: index.verifiedBy })}\n`);
    await rename(tmp, kept);
    paths[f.file] = kept;
    origin[f.file] = url;
  }
  return { paths, origin, verifiedBy: index.verifiedBy };
}

/**
 * php.net's signature of a PHP tarball, with the release managers' keys Debian ships in
 * debian/upstream/signing-key.asc. Both files were verified through the signed index
 * already; reading one member of the debian tarball runs nothing of it.
 */
export async function checkUpstreamSignature(orig, asc, debianTar, member, ctx) {
  const dir = await mkdtemp(join(ctx.tmp, 'upstream-keys-'));
  try {
    const { stdout: armored } = await run('tar', ['-xOf', debianTar, member], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    await writeFile(join(dir, 'keys.asc'), armored);
    await run('gpg', ['--batch', '--quiet', '--homedir', dir, '--output', join(dir, 'keys.gpg'), '--dearmor', join(dir, 'keys.asc')]);
    return await gpgvDetached(asc, orig, join(dir, 'keys.gpg'), basename(orig));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
