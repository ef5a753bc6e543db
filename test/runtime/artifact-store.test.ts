import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactsFor, checkStoreUrl, loadStoreManifest, parseStoreManifest, type StoreManifest } from '../../src/runtime/artifact-store.js';
import { hashFile } from '../../src/runtime/checksum.js';
import { extractTarSafely } from '../../src/runtime/extract.js';
import { storeErrorSamples } from './store-error-samples.js';
import { thrown } from '../support/thrown.js';
import { BuildError } from '../../src/errors/build-error.js';

const run = promisify(execFile);
const BASE = 'https://mirror.example/store';
const SHA = 'AB'.repeat(32);

function artifact(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'php', version: '8.2.36', stacks: ['scalingo-22', 'scalingo-24'], os: 'linux', arch: 'x64',
    path: 'php/php-8.2.36-linux-x64.tar.gz', sha256: SHA, ...over,
  };
}

describe('parseStoreManifest', () => {
  it('resolves paths against the base URL and normalizes the checksum', () => {
    const extensions = { builtin: ['core', 'date'], shared: ['mbstring'] };
    const m = parseStoreManifest(
      { schema: 1, generatedBy: 'x', artifacts: [artifact({ extensions }), artifact({ name: 'nginx', version: '1.22.1', path: 'nginx/n.tar.gz' })] },
      BASE,
    );
    expect(m.baseUrl).toBe(`${BASE}/`);
    expect(m.artifacts[0]).toEqual({ ...artifact({ extensions }), sha256: SHA.toLowerCase(), url: `${BASE}/php/php-8.2.36-linux-x64.tar.gz` });
    expect(m.artifacts[1]).not.toHaveProperty('extensions');
    expect(m.artifacts[1]!.url).toBe(`${BASE}/nginx/n.tar.gz`);
  });

  const cases: [string, unknown, string, string][] = [
    ['not an object', [], '(document)', 'must be a JSON object'],
    ['unknown schema', { schema: 2, artifacts: [] }, '(schema)', 'must be 1 (got 2)'],
    ['no artifacts', { schema: 1 }, '(artifacts)', 'must be an array'],
    ['artifact not an object', { schema: 1, artifacts: [artifact(), 'php'] }, '(artifacts[1])', 'must be an object'],
    ['name missing', { schema: 1, artifacts: [artifact({ name: undefined })] }, '(artifacts[0].name)', 'got nothing'],
    ['version empty', { schema: 1, artifacts: [artifact({ version: '' })] }, '(artifacts[0].version)', 'non-empty string'],
    ['version padded', { schema: 1, artifacts: [artifact({ version: ' 8.2' })] }, '(artifacts[0].version)', 'surrounding spaces'],
    ['stacks empty', { schema: 1, artifacts: [artifact({ stacks: [] })] }, '(artifacts[0].stacks)', 'non-empty array'],
    ['stack not a string', { schema: 1, artifacts: [artifact({ stacks: ['scalingo-24', 24] })] }, '(artifacts[0].stacks[1])', 'got 24'],
    ['os not a string', { schema: 1, artifacts: [artifact({ os: 5 })] }, '(artifacts[0].os)', 'got 5'],
    ['arch missing', { schema: 1, artifacts: [artifact({ arch: undefined })] }, '(artifacts[0].arch)', 'non-empty string'],
    ['absolute path', { schema: 1, artifacts: [artifact({ path: '/etc/passwd' })] }, '(artifacts[0].path)', 'is absolute'],
    ['parent path', { schema: 1, artifacts: [artifact({ path: '../x.tar.gz' })] }, '(artifacts[0].path)', "'..' segment"],
    ['inner parent path', { schema: 1, artifacts: [artifact({ path: 'php/../../x.tar.gz' })] }, '(artifacts[0].path)', "'..' segment"],
    ['encoded parent path', { schema: 1, artifacts: [artifact({ path: 'php/%2E%2e/x.tar.gz' })] }, '(artifacts[0].path)', "'..' segment"],
    ['URL as path', { schema: 1, artifacts: [artifact({ path: 'https://evil.example/x.tar.gz' })] }, '(artifacts[0].path)', 'is a URL'],
    ['backslash path', { schema: 1, artifacts: [artifact({ path: 'php\\..\\x.tar.gz' })] }, '(artifacts[0].path)', 'backslash'],
    ['empty segment', { schema: 1, artifacts: [artifact({ path: 'php//x.tar.gz' })] }, '(artifacts[0].path)', 'empty or "." segment'],
    ['query in path', { schema: 1, artifacts: [artifact({ path: 'php/x.tar.gz?v=1' })] }, '(artifacts[0].path)', 'query'],
    ['short sha256', { schema: 1, artifacts: [artifact(), artifact({ version: '8.2.1' }), artifact({ version: '8.2.2', sha256: 'abc' })] }, '(artifacts[2].sha256)', 'must be 64 hex chars'],
    ['sha256 not hex', { schema: 1, artifacts: [artifact({ sha256: 'z'.repeat(64) })] }, '(artifacts[0].sha256)', 'must be 64 hex chars'],
    ['extensions not an object', { schema: 1, artifacts: [artifact({ extensions: ['mbstring'] })] }, '(artifacts[0].extensions)', 'must be an object'],
    ['builtin missing', { schema: 1, artifacts: [artifact({ extensions: { shared: [] } })] }, '(artifacts[0].extensions.builtin)', 'array of strings'],
    ['shared entry empty', { schema: 1, artifacts: [artifact({ extensions: { builtin: [], shared: [''] } })] }, '(artifacts[0].extensions.shared[0])', 'non-empty'],
    ['duplicate', { schema: 1, artifacts: [artifact(), artifact({ stacks: ['scalingo-24'] })] }, '(artifacts[1])', 'duplicates artifacts[0]'],
  ];
  it.each(cases)('rejects %s', (_, doc, key, problem) => {
    const e = thrown(() => parseStoreManifest(doc, BASE));
    expect(e.id).toBe('runtime/store-manifest-invalid');
    expect(e.title).toContain(key);
    expect(e.body).toContain(`${BASE}/manifest.json`);
    expect(e.body).toContain(problem);
  });
});

describe('checkStoreUrl', () => {
  it.each([
    ['https://mirror.example/store', 'https://mirror.example/store/'],
    ['http://127.0.0.1:8080/a/', 'http://127.0.0.1:8080/a/'],
    ['file:///tmp/store', 'file:///tmp/store/'],
    ['file://localhost/tmp/store', 'file:///tmp/store/'],
    [' https://mirror.example/store\n', 'https://mirror.example/store/'],
  ])('accepts %j', (value, normalized) => {
    expect(checkStoreUrl(value, 'PHP_BASE_URL')).toBe(normalized);
  });

  it.each([
    ['mirror.example/store', 'is not a URL'],
    ['ftp://mirror.example/store', 'unsupported scheme ftp://'],
    ['s3://bucket/store', 'unsupported scheme s3://'],
    ['file://tmp/store', 'file:///absolute/path'],
    ['https://mirror.example/store?token=1', 'query string'],
  ])('rejects %j', (value, why) => {
    const e = thrown(() => checkStoreUrl(value, 'NGINX_BASE_URL'));
    expect(e.id).toBe('runtime/store-url-invalid');
    expect(e.title).toContain('NGINX_BASE_URL');
    expect(e.body).toContain(why);
  });

  it('never echoes credentials', () => {
    const e = thrown(() => checkStoreUrl('ftp://user:s3cret@mirror.example/store', 'PHP_BASE_URL'));
    expect(e.body).not.toContain('s3cret');
    expect(e.body).toContain('ftp://***@mirror.example/store');
  });
});

describe('artifactsFor', () => {
  const m = parseStoreManifest(
    {
      schema: 1,
      artifacts: [
        artifact(),
        artifact({ version: '8.3.1', stacks: ['scalingo-24'], path: 'php/83.tar.gz' }),
        artifact({ version: '8.3.1', stacks: ['scalingo-24'], arch: 'arm64', path: 'php/83-arm.tar.gz' }),
        artifact({ version: '8.3.1', stacks: ['scalingo-24'], os: 'darwin', path: 'php/83-mac.tar.gz' }),
        artifact({ name: 'nginx', version: '1.22.1', path: 'nginx/n.tar.gz' }),
      ],
    },
    BASE,
  );
  const versions = (name: string, stack: string, arch?: string) => artifactsFor(m, name, stack, arch).map((a) => a.path);

  it.each([
    ['php', 'scalingo-24', undefined, ['php/php-8.2.36-linux-x64.tar.gz', 'php/83.tar.gz']],
    ['php', 'scalingo-22', undefined, ['php/php-8.2.36-linux-x64.tar.gz']],
    ['php', 'scalingo-24', 'arm64', ['php/83-arm.tar.gz']],
    ['php', 'scalingo-26', undefined, []],
    ['nginx', 'scalingo-22', 'x64', ['nginx/n.tar.gz']],
    ['composer', 'scalingo-22', undefined, []],
  ] as const)('%s on %s (%s)', (name, stack, arch, expected) => {
    expect(versions(name, stack, arch)).toEqual(expected);
  });
});

describe('store error samples', () => {
  it('has one sample per id', () => {
    expect(storeErrorSamples.map((e) => e.id)).toEqual(['runtime/store-url-invalid', 'runtime/store-manifest-invalid']);
  });
});

/**
 * The real thing: this machine's Debian binaries packed by scripts/local-artifacts.mjs
 * (installed by scripts/install-system-deps.sh), read back through the engine's code.
 */
describe('scripts/local-artifacts.mjs', () => {
  const script = resolve('scripts/local-artifacts.mjs');
  let tmp: string;
  let store: string;
  let firstRun: string;
  let manifest: StoreManifest;
  const extracted: Record<string, string> = {};
  const ENV: NodeJS.ProcessEnv = { ...process.env, COMPOSER_ALLOW_SUPERUSER: '1', COMPOSER_NO_INTERACTION: '1' };

  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'artifact-store-'));
    store = join(tmp, 'store');
    firstRun = (await run(process.execPath, [script, store])).stdout;
    manifest = await loadStoreManifest(pathToFileURL(store).href);
    for (const a of manifest.artifacts) {
      extracted[a.name] = join(tmp, a.name);
      await mkdir(extracted[a.name]!);
      await run('tar', ['-xzf', join(store, a.path), '-C', extracted[a.name]!]);
    }
    ENV.HOME = join(tmp, 'home');
  }, 180_000);

  afterAll(async () => {
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  const artifact = (name: string) => manifest.artifacts.find((a) => a.name === name)!;
  const phpArgs = (...exts: string[]) => [
    '-n', '-d', `extension_dir=${join(extracted.php!, 'lib/php/extensions')}`, ...exts.flatMap((e) => ['-d', `extension=${e}`]),
  ];

  it('writes a manifest the engine parses, labelled with this machine\'s stack (never a platform\'s), and an env file', async () => {
    expect(firstRun).toMatch(/php\s+8\.2\.\d+/);
    expect(manifest.artifacts.map((a) => a.name)).toEqual(['php', 'nginx', 'composer']);
    for (const a of manifest.artifacts) {
      expect(a.stacks).toEqual(['debian-12']);
      expect(a.path).toBe(`${a.name}/${a.name}-${a.version}-linux-x64.tar.gz`);
      expect(artifactsFor(manifest, a.name, 'debian-12')).toEqual([a]);
      expect(artifactsFor(manifest, a.name, 'scalingo-26')).toEqual([]);
    }
    const php = artifact('php').extensions!;
    expect(php.builtin).toEqual(expect.arrayContaining(['core', 'date', 'json', 'openssl', 'spl', 'standard']));
    expect(php.builtin).not.toContain('zend opcache');
    expect(php.shared).toEqual(expect.arrayContaining(['apcu', 'mbstring', 'opcache', 'phar', 'redis', 'zip']));
    const url = pathToFileURL(store).href;
    expect(await readFile(join(store, 'env'), 'utf8')).toBe(`PHP_BASE_URL=${url}\nNGINX_BASE_URL=${url}\n`);
  });

  it('records the sha256 of every artifact', async () => {
    for (const a of manifest.artifacts) {
      expect((await hashFile(join(store, a.path), 'sha256')).toString('hex')).toBe(a.sha256);
    }
  });

  it('packs plain files and directories that the engine extractor accepts', async () => {
    for (const a of manifest.artifacts) {
      const { stdout } = await run('tar', ['-tvzf', join(store, a.path)], { maxBuffer: 64 << 20 });
      const lines = stdout.trim().split('\n');
      expect(lines.filter((l) => !/^[-d]/.test(l))).toEqual([]); // no symlinks, hard links, devices
      await extractTarSafely(join(store, a.path), join(tmp, 'safe', a.name), { what: a.name });
    }
    const { stdout } = await run('tar', ['-tzf', join(store, artifact('php').path)]);
    const entries = stdout.trim().split('\n');
    expect(entries).toEqual(expect.arrayContaining(['bin/php', 'sbin/php-fpm', 'lib/php/extensions/mbstring.so']));
    expect(entries.filter((e) => e.startsWith('/') || e.startsWith('./') || e.split('/').includes('..'))).toEqual([]);
  });

  it('ships a php that loads its own shared extensions', async () => {
    const { stdout } = await run(join(extracted.php!, 'bin/php'), [...phpArgs('mbstring'), '-r', 'echo mb_strlen("héllo");']);
    expect(stdout).toBe('5');
    const fpm = await run(join(extracted.php!, 'sbin/php-fpm'), ['-n', '-v']);
    expect(fpm.stdout).toContain(`PHP ${artifact('php').version} (fpm-fcgi)`);
  });

  it('ships nginx with its mime.types and fastcgi_params', async () => {
    const { stderr } = await run(join(extracted.nginx!, 'sbin/nginx'), ['-v']);
    expect(stderr).toContain(`nginx/${artifact('nginx').version}`);
    expect(artifact('nginx').version).toMatch(/^1\.\d+\.\d+$/);
    await stat(join(extracted.nginx!, 'conf/mime.types'));
    await stat(join(extracted.nginx!, 'conf/fastcgi_params'));
  });

  it('ships a Composer that runs from its extracted location', async () => {
    const php = join(extracted.php!, 'bin/php');
    const composer = join(extracted.composer!, 'bin/composer');
    // iconv or mbstring is Composer's only hard requirement; phar is what `diagnose` checks.
    const exts = ['mbstring', 'phar'];
    const version = await run(php, [...phpArgs(...exts), composer, '--version', '--no-ansi'], { env: ENV });
    expect(version.stdout).toMatch(new RegExp(`^Composer version ${artifact('composer').version.replace(/\./g, '\\.')} `));

    // An offline install (path repository) exercises the autoloader and the data files
    // (schema, LICENSE) that Debian's Composer finds by relative paths.
    const app = join(tmp, 'app');
    const lib = join(tmp, 'lib');
    await mkdir(app);
    await mkdir(join(lib, 'src'), { recursive: true });
    await writeFile(join(lib, 'composer.json'), JSON.stringify({ name: 'acme/greet', version: '1.0.0', autoload: { 'psr-4': { 'Acme\\': 'src/' } } }));
    await writeFile(join(lib, 'src/Greet.php'), '<?php namespace Acme; class Greet { static function hi() { return "hi"; } }');
    await writeFile(join(app, 'composer.json'), JSON.stringify({ require: { 'acme/greet': '1.0.0' }, repositories: [{ type: 'path', url: lib, options: { symlink: false } }] }));
    await run(php, [...phpArgs(...exts), composer, 'install', '--no-progress', '--no-ansi'], { cwd: app, env: ENV });
    const hi = await run(php, ['-n', '-r', 'require "vendor/autoload.php"; echo Acme\\Greet::hi();'], { cwd: app });
    expect(hi.stdout).toBe('hi');
  });

  it('is up to date on a second run and leaves the files alone', async () => {
    const files = ['manifest.json', 'env', '.source-stamp.json', ...manifest.artifacts.map((a) => a.path)];
    const before = await Promise.all(files.map(async (f) => (await stat(join(store, f))).mtimeMs));
    const { stdout } = await run(process.execPath, [script, store]);
    expect(stdout).toContain('up to date');
    expect(await Promise.all(files.map(async (f) => (await stat(join(store, f))).mtimeMs))).toEqual(before);
  });
});

describe('loadStoreManifest: a manifest.json that is not JSON', () => {
  it('is a store error naming the manifest, not a download failure', async () => {
    const store = await mkdtemp(join(tmpdir(), 'garbage-store-'));
    try {
      await writeFile(join(store, 'manifest.json'), '\u0000\u0001garbage{{{');
      const e = await loadStoreManifest(pathToFileURL(store).href).then(() => undefined, (err: unknown) => err as BuildError);
      expect(e).toBeInstanceOf(BuildError);
      if (!e) return;
      expect(e.id).toBe('runtime/store-manifest-invalid');
      expect(e.body).toContain(`${pathToFileURL(store).href}/manifest.json is not valid: the document is not JSON (`);
      expect(e.body).not.toContain('download');
    } finally {
      await rm(store, { recursive: true, force: true });
    }
  });
});
