/**
 * The store built from source (scripts/build-store.mjs), artifact by artifact: each PHP
 * extracted to a fresh directory (not the prefix it was configured for) lists every
 * extension data/php-versions.json calls built in, loads each shared extension it
 * ships, and its manifest entry says what it is, where its source came from and how it
 * was verified. The store says which lines it holds and which it lacks, and why.
 */
import { execa } from 'execa';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import phpVersions from '../../data/php-versions.json' with { type: 'json' };
import sources from '../../data/php-store-sources.json' with { type: 'json' };
import { tempDir } from '../support/harness.js';
import { sourceStore, type SourceStore } from '../support/php-store.js';

let store: SourceStore;
const dirs: string[] = [];
const env = { PATH: '/usr/bin:/bin', LC_ALL: 'C' };

beforeAll(async () => {
  store = await sourceStore();
});
afterAll(async () => {
  for (const d of dirs) await fs.rm(d, { recursive: true, force: true });
});

async function extract(artifactPath: string): Promise<string> {
  const dir = await tempDir('store-artifact');
  dirs.push(dir);
  await execa('tar', ['-xzf', path.join(store.dir, artifactPath), '-C', dir]);
  return dir;
}

const modules = (out: string) => out.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('[')).map((l) => (l === 'Zend OPcache' ? 'opcache' : l.toLowerCase()));

describe('the store', () => {
  it('is labelled with this machine\'s stack, not a platform\'s', () => {
    expect(store.stack).toBe('debian-12');
    for (const a of store.manifest.artifacts) expect(a, a.path).toMatchObject({ stacks: ['debian-12'], os: 'linux', arch: 'x64' });
  });

  it('holds the default PHP line and 8.2, and says why it lacks 8.3, 8.5 and nginx 1.30', () => {
    const { php, nginx, composer } = store.manifest.lines;
    expect(php!.held.map((h) => h.line).sort()).toEqual(['8.2', '8.4']);
    expect(php!.held.map((h) => h.line)).toContain(phpVersions.php.defaultLine);
    expect(php!.missing).toEqual(expect.arrayContaining([
      { line: '8.3', reason: expect.stringContaining('no php8.3 source package') },
      { line: '8.5', version: '8.5.7', reason: expect.stringMatching(/php8\.5_8\.5\.7\.orig\.tar\.xz is not served to this network \(HTTP 404\)/) },
    ]));
    expect(nginx!.held).toEqual([{ line: '1.26', version: '1.26.3' }]);
    expect(nginx!.missing).toEqual([{ line: '1.30', version: '1.30.6', reason: expect.stringMatching(/not served to this network/) }]);
    expect(composer!.held).toEqual([{ line: '2', version: '2.5.5' }]);
  });

  it('records each artifact\'s source: the tarball pinned in the table, its URL, and the signed index that vouched for it', async () => {
    const manifest = JSON.parse(await fs.readFile(path.join(store.dir, 'manifest.json'), 'utf8'));
    for (const a of manifest.artifacts) {
      const row = (sources as any)[a.name].find((r: { version?: string }) => r.version === a.version);
      expect(a.source.files[0], a.path).toEqual({ file: row.orig.file, sha256: row.orig.sha256, url: expect.stringMatching(/^http:\/\/deb\.debian\.org\/debian\/pool\//) });
      expect(['dsc', 'release']).toContain(a.source.verifiedBy.kind);
      expect(a.source.verifiedBy.signers.length, a.path).toBeGreaterThan(0);
      expect(a.builtOn).toMatchObject({ stack: 'debian-12', os: expect.stringContaining('Debian GNU/Linux 12') });
      expect(a.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
    const php = manifest.artifacts.filter((a: { name: string }) => a.name === 'php');
    for (const p of php) {
      expect(p.source.upstreamSignature.signers.length, p.version).toBeGreaterThan(0);
      expect(p.configure).toContain('--enable-fpm');
      expect(p.extensionSources.map((e: { name: string }) => e.name)).toEqual(expect.arrayContaining(['apcu', 'igbinary', 'redis']));
    }
  });
});

describe.each(['8.4', '8.2'])('PHP %s of the store, extracted elsewhere', (line) => {
  let dir: string;
  let artifact: SourceStore['manifest']['artifacts'][number];
  beforeAll(async () => {
    artifact = store.manifest.artifacts.find((a) => a.name === 'php' && a.line === line)!;
    dir = await extract(artifact.path);
  });

  it('reports its version, from bin/php and sbin/php-fpm', async () => {
    expect((await execa(path.join(dir, 'bin/php'), ['-n', '-r', 'echo PHP_VERSION;'], { env })).stdout).toBe(artifact.version);
    expect((await execa(path.join(dir, 'sbin/php-fpm'), ['-n', '-v'], { env })).stdout).toContain(`PHP ${artifact.version} (fpm-fcgi)`);
  });

  it('lists in php -m every extension the table says is built in, and the manifest says the same', async () => {
    const listed = modules((await execa(path.join(dir, 'bin/php'), ['-n', '-m'], { env })).stdout);
    const missing = phpVersions.php.extensions.builtin.filter((e) => !listed.includes(e));
    expect(missing).toEqual([]);
    expect([...listed].sort()).toEqual(artifact.extensions!.builtin);
    expect(listed).toContain('mysqli');
    expect(listed).toContain('bz2');
  });

  it('loads every shared extension it ships (igbinary first for redis and memcached), with no warning', async () => {
    const extDir = path.join(dir, 'lib/php/extensions');
    const shipped = (await fs.readdir(extDir)).filter((f) => f.endsWith('.so')).map((f) => f.replace(/\.so$/, '')).sort();
    expect(shipped).toEqual([...artifact.extensions!.shared].sort());
    expect(shipped).toEqual(expect.arrayContaining(['opcache', 'apcu', 'igbinary', 'redis']));
    for (const name of shipped) {
      const zend = name === 'opcache' || name === 'xdebug';
      const load = [...(name === 'redis' || name === 'memcached' ? ['extension=igbinary.so'] : []), `${zend ? 'zend_extension' : 'extension'}=${name}.so`];
      const r = await execa(path.join(dir, 'bin/php'), ['-n', '-d', `extension_dir=${extDir}`, ...load.flatMap((l) => ['-d', l]), '-m'], { env, reject: false, all: true });
      expect(r.exitCode, `${name}: ${r.all}`).toBe(0);
      expect(r.all, name).not.toMatch(/Warning|Unable to load|undefined symbol/);
      expect(modules(r.stdout), name).toContain(name);
    }
  });
});

describe('nginx and Composer of the store', () => {
  it('nginx has the modules the generated config uses', async () => {
    const a = store.manifest.artifacts.find((x) => x.name === 'nginx')!;
    const dir = await extract(a.path);
    const v = await execa(path.join(dir, 'sbin/nginx'), ['-V'], { env, all: true });
    expect(v.all).toContain(`nginx/${a.version}`);
    for (const m of ['--with-http_realip_module', '--with-http_ssl_module', '--with-pcre-jit', '--with-http_gzip_static_module']) expect(v.all).toContain(m);
    expect(await fs.readFile(path.join(dir, 'conf/mime.types'), 'utf8')).toContain('text/html');
  });

  it('Composer is one phar that runs on the store\'s PHP', async () => {
    const c = store.manifest.artifacts.find((x) => x.name === 'composer')!;
    const dir = await extract(c.path);
    expect(await fs.readdir(path.join(dir, 'bin'))).toEqual(['composer']);
    const php = store.manifest.artifacts.find((x) => x.name === 'php' && x.line === phpVersions.php.defaultLine)!;
    const phpDir = await extract(php.path);
    const home = await tempDir('composer-home');
    dirs.push(home);
    const r = await execa(path.join(phpDir, 'bin/php'), ['-n', path.join(dir, 'bin/composer'), '--version', '--no-ansi'], { env: { ...env, COMPOSER_HOME: home, COMPOSER_ALLOW_SUPERUSER: '1' }, all: true });
    expect(r.stdout).toMatch(new RegExp(`^Composer version ${c.version.replace(/\./g, '\\.')} `));
    // Composer 2.5 predates PHP 8.4: it may say that E_STRICT is deprecated, nothing worse.
    expect(r.stderr.split('\n').filter((l) => l.trim() && !l.startsWith('Deprecation Notice: Constant E_STRICT is deprecated'))).toEqual([]);
  });
});

describe('Composer\'s packing', () => {
  it('gives the same bytes from the same inputs, whenever it runs: the store\'s phar is reproduced exactly', async () => {
    const row = (sources as any).composer[0];
    const shared = path.dirname(path.dirname(store.dir));
    const orig = path.join(shared, 'downloads', `${row.orig.sha256}-${row.orig.file}`);
    const work = await tempDir('composer-pack');
    dirs.push(work);
    await execa('tar', ['-xf', orig, '-C', work, row.orig.dir]);
    const files: string[] = [];
    for (const pkg of row.libraries.packages) {
      for (const f of (await execa('dpkg-query', ['-L', pkg])).stdout.split('\n')) {
        if (f.startsWith('/usr/share/php/') && (await fs.stat(f)).isFile()) files.push(f);
      }
    }
    await fs.writeFile(path.join(work, 'libs.txt'), `${[...new Set(files)].sort().join('\n')}\n`);
    const php = store.manifest.artifacts.find((x) => x.name === 'php' && x.line === phpVersions.php.defaultLine)!;
    const phpDir = await extract(php.path);
    const src = path.join(work, row.orig.dir);
    const mtime = String(Math.floor((await fs.stat(path.join(src, 'src/Composer/Composer.php'))).mtimeMs / 1000));
    const packOnce = async (name: string) => {
      const out = path.join(work, name, 'composer.phar');
      await fs.mkdir(path.dirname(out));
      await execa(path.join(phpDir, 'bin/php'), ['-n', '-d', 'phar.readonly=0', path.join(__dirname, '../../scripts/store/composer-phar.php'), out, src, '/usr/share/php', path.join(work, 'libs.txt'), mtime], { env });
      return fs.readFile(out);
    };
    const first = await packOnce('a');
    await new Promise((r) => setTimeout(r, 1100));
    const second = await packOnce('b');
    expect(second.equals(first)).toBe(true);
    const artifact = await extract(store.manifest.artifacts.find((x) => x.name === 'composer')!.path);
    expect((await fs.readFile(path.join(artifact, 'bin/composer'))).equals(first)).toBe(true);
  });
});

describe('a damaged cache', () => {
  it('an artifact whose tarball changed since it was built is not part of a complete store (--check says what to build)', async () => {
    // A copy of this machine's cache (never the shared one itself), one tarball flipped.
    const cache = await tempDir('store-cache-copy');
    dirs.push(cache);
    const shared = path.dirname(path.dirname(store.dir));
    await execa('cp', ['-a', path.join(shared, 'artifacts'), path.join(shared, 'unserved.json'), cache]);
    const php = store.manifest.artifacts.find((a) => a.name === 'php' && a.line === phpVersions.php.defaultLine)!;
    const [dir] = (await fs.readdir(path.join(cache, 'artifacts'))).filter((n) => n.startsWith(`php-${php.version}-`));
    const file = path.join(cache, 'artifacts', dir!, path.basename(php.path));
    const bytes = await fs.readFile(file);
    const mid = bytes.length >> 1;
    bytes[mid] = bytes[mid]! ^ 0xff;
    await fs.writeFile(file, bytes);
    const ok = await execa('node', [path.join(__dirname, '../../scripts/build-store.mjs'), '--check', '--cache', cache, '--php', '8.2'], { reject: false, all: true });
    expect(ok.exitCode, ok.all).toBe(0);
    const r = await execa('node', [path.join(__dirname, '../../scripts/build-store.mjs'), '--check', '--cache', cache], { reject: false, all: true });
    expect(r.exitCode).toBe(1);
    expect(r.all).toContain(`error store/not-built: The store is not built on this machine yet: php-${php.version}\n`);
    expect(r.all).not.toMatch(/internal error|\n\s+at /);
  });
});

