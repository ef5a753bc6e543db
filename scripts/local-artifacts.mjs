#!/usr/bin/env node
/**
 * Packs this machine's Debian php, php-fpm, nginx and Composer into an artifact store
 * (spec common.md §5), so tests and local runs install real PHP and nginx through the
 * same download → verify → extract path as production. Usage:
 *
 *   npm run local-artifacts -- DIR
 *
 * Writes DIR/{php,nginx,composer}/<name>-<version>-linux-x64.tar.gz, DIR/manifest.json
 * and DIR/env (PHP_BASE_URL / NGINX_BASE_URL lines for an ENV_DIR). Tests call it once
 * per run, so when nothing changed on the machine it only stats the sources.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rename, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createGzip } from 'node:zlib';

/** Bump when the packing changes, so stores made by an older script are rebuilt. */
const FORMAT = 3; // 2: Composer as one phar (scripts/composer-phar.php); 3: labelled with the machine's stack
/**
 * Debian's own binaries, repacked: they are labelled with this machine's stack
 * (ID-VERSION_ID of /etc/os-release, debian-12 here), never a platform's. This store is
 * a quick local stand-in; the tests and platforms use the one scripts/build-store.mjs
 * builds from verified source.
 */
function machineStack() {
  const text = readFileSync('/etc/os-release', 'utf8');
  const field = (k) => new RegExp(`^${k}="?([^"\n]*)"?$`, 'm').exec(text)?.[1];
  const stack = `${field('ID')}-${field('VERSION_ID')}`;
  if (!/^[a-z0-9]+-[0-9.]+$/.test(stack)) throw new UsageError(`Cannot tell this machine's stack from /etc/os-release (got ${JSON.stringify(stack)})`);
  return stack;
}

// bookworm ships one PHP line; the versioned names avoid the /etc/alternatives maze.
const PHP = '/usr/bin/php8.2';
const FPM = '/usr/sbin/php-fpm8.2';
const NGINX = '/usr/sbin/nginx';
const COMPOSER = '/usr/bin/composer';
// Debian's composer script requires __DIR__/../share/php/Composer/autoload.php, which
// loads its libraries (Symfony, Seld, …) from /usr/share/php by relative paths.
const PHP_SHARE = '/usr/share/php';

/** File → the Debian package that provides it, for the "install X" message. */
const REQUIRED_FILES = [
  [PHP, 'php8.2-cli'],
  [FPM, 'php8.2-fpm'],
  [NGINX, 'nginx'],
  ['/etc/nginx/mime.types', 'nginx-common'],
  ['/etc/nginx/fastcgi_params', 'nginx-common'],
  [COMPOSER, 'composer'],
  [join(PHP_SHARE, 'Composer/autoload.php'), 'composer'],
];
/** Shared extensions the tests rely on (mbstring and phar run Composer). */
const REQUIRED_EXTENSIONS = {
  mbstring: 'php8.2-mbstring', phar: 'php8.2-common', iconv: 'php8.2-common', dom: 'php8.2-xml',
  curl: 'php8.2-curl', zip: 'php8.2-zip', intl: 'php8.2-intl', sqlite3: 'php8.2-sqlite3',
  apcu: 'php-apcu', redis: 'php-redis',
};
/** Packages whose version goes into the up-to-date stamp. */
const STAMP_PACKAGES = ['php8.2-cli', 'php8.2-fpm', 'php8.2-common', 'nginx', 'nginx-common', 'composer'];

class UsageError extends Error {}

function run(cmd, args, env = {}) {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  } catch (e) {
    const output = `${e.stdout ?? ''}${e.stderr ?? ''}`.trim();
    throw new Error(`${cmd} ${args.join(' ')} failed (${e.status ?? e.code}):\n${output}`);
  }
}

function missingPackages(missing) {
  const pkgs = [...new Set(missing.map(([, pkg]) => pkg))];
  return new UsageError(
    `Missing on this machine:\n${missing.map(([what, pkg]) => `  ${what} (Debian package ${pkg})`).join('\n')}\n` +
      `Install them with: apt-get install -y --no-install-recommends ${pkgs.join(' ')}\n` +
      '(or run scripts/install-system-deps.sh as root, which installs everything the tests need).',
  );
}

/**
 * Debian's Composer as one phar (scripts/composer-phar.php): the platform ships
 * composer.phar, so the store does too, and a warm build restores one file rather than
 * Debian's ~600-file tree. bin/composer stays the name the engine runs with php.
 */
function composerPhar(tmp) {
  const out = join(tmp, 'composer.phar');
  run(PHP, ['-d', 'phar.readonly=0', join(dirname(fileURLToPath(import.meta.url)), 'composer-phar.php'), out, COMPOSER, PHP_SHARE]);
  return out;
}

/** Every file a tarball is made from, symlinks followed like `tar --dereference` does. */
function sourceFiles(extDir) {
  const walk = (dir) =>
    readdirSync(dir).sort().flatMap((name) => {
      const p = join(dir, name);
      return statSync(p).isDirectory() ? walk(p) : [p];
    });
  const exts = readdirSync(extDir).filter((n) => n.endsWith('.so')).sort().map((n) => join(extDir, n));
  return {
    php: [PHP, FPM, ...exts],
    nginx: [NGINX, '/etc/nginx/mime.types', '/etc/nginx/fastcgi_params'],
    composer: [COMPOSER, ...walk(PHP_SHARE)],
  };
}

/** What the machine looks like now; a store built from the same state is up to date. */
function currentSources(files) {
  // dpkg-query exits 1 when one name is not installed (nginx-light instead of nginx, …)
  // but still lists the others; the file stats below notice any upgrade either way.
  const listed = spawnSync('dpkg-query', ['-W', '-f=${Package}=${Version}\\n', ...STAMP_PACKAGES], { encoding: 'utf8' });
  const packages = Object.fromEntries((listed.stdout ?? '').split('\n').filter(Boolean).map((l) => l.split('=')));
  const stats = {};
  for (const f of Object.values(files).flat()) {
    const s = statSync(f);
    stats[f] = `${s.size}:${s.mtimeMs}`;
  }
  return { format: FORMAT, packages, files: stats };
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

function sha256(path) {
  return new Promise((ok, fail) => {
    const h = createHash('sha256');
    createReadStream(path).on('data', (c) => h.update(c)).on('end', () => ok(h.digest('hex'))).on('error', fail);
  });
}

/** Up to date = same sources, and the manifest and tarballs are the ones we wrote. */
function isUpToDate(dir, sources) {
  const stamp = readJson(join(dir, '.source-stamp.json'));
  if (!stamp || JSON.stringify(stamp.sources) !== JSON.stringify(sources)) return false;
  let manifest;
  try {
    manifest = readFileSync(join(dir, 'manifest.json'));
  } catch {
    return false;
  }
  // The stamp is written just before the manifest; a run killed in between leaves an
  // old manifest whose hash does not match.
  if (createHash('sha256').update(manifest).digest('hex') !== stamp.manifestSha256) return false;
  return Object.entries(stamp.artifacts ?? {}).every(([p, size]) => existsSync(join(dir, p)) && statSync(join(dir, p)).size === size);
}

/** `php -n -m` lists compiled-in modules; Zend extensions (OPcache) are never built in here. */
function builtinModules() {
  const out = run(PHP, ['-n', '-m']);
  const section = out.split(/^\[Zend Modules\]$/m)[0] ?? '';
  return section.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('[')).map((l) => l.toLowerCase()).sort();
}

function versions(extDir) {
  const php = run(PHP, ['-n', '-r', 'echo PHP_VERSION;']).trim();
  // nginx -v prints to stderr.
  const nginxRun = spawnSync(NGINX, ['-v'], { encoding: 'utf8' });
  const nginxOut = `${nginxRun.stdout ?? ''}${nginxRun.stderr ?? ''}`;
  const nginxV = /nginx\/(\d+\.\d+\.\d+)/.exec(nginxOut);
  const composerOut = run(PHP, ['-n', '-d', `extension_dir=${extDir}`, '-d', 'extension=mbstring', COMPOSER, '--version', '--no-ansi'], {
    COMPOSER_ALLOW_SUPERUSER: '1',
    COMPOSER_NO_INTERACTION: '1',
  });
  const composerV = /Composer (?:version )?(\d+\.\d+\.\d+\S*)/.exec(composerOut);
  if (!/^\d+\.\d+\.\d+$/.test(php) || !nginxV || !composerV) {
    throw new Error(`Could not read the versions: php ${JSON.stringify(php)}, nginx ${JSON.stringify(nginxOut)}, composer ${JSON.stringify(composerOut)}`);
  }
  return { php, nginx: nginxV[1], composer: composerV[1] };
}

/**
 * Lays out `layout` ({ entry: source }) as symlinks in a stage dir and tars it with
 * GNU tar: --dereference stores the files themselves (no link can point outside), and
 * fixed owner/order/clamped mtimes plus Node's gzip (no name or time in its header) make the same sources
 * give the same sha256.
 */
async function pack(tmp, name, layout, mtime) {
  const stage = join(tmp, `${name}-stage`);
  for (const [entry, source] of Object.entries(layout)) {
    await mkdir(dirname(join(stage, entry)), { recursive: true });
    await symlink(source, join(stage, entry));
  }
  const tops = [...new Set(Object.keys(layout).map((e) => e.split('/')[0]))].sort();
  const out = join(tmp, `${name}.tar.gz`);
  const tar = spawn('tar', [
    '--create', '--file=-', `--directory=${stage}`, '--dereference', '--hard-dereference', '--format=gnu',
    '--sort=name', '--owner=0', '--group=0', '--numeric-owner', `--mtime=@${mtime}`, '--clamp-mtime', ...tops,
  ], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  tar.stderr.on('data', (c) => (stderr += c));
  const exited = new Promise((ok) => tar.on('close', ok));
  await pipeline(tar.stdout, createGzip({ level: 9 }), createWriteStream(out));
  const code = await exited;
  if (code !== 0) throw new Error(`tar failed for ${name} (exit ${code}): ${stderr.trim()}`);
  return out;
}

/** Leftovers of killed runs; a concurrent run's temp dir (live pid) is left alone. */
async function removeStaleTemps(dir) {
  for (const name of await readdir(dir)) {
    const pid = Number(/^\.tmp-(\d+)-/.exec(name)?.[1]);
    if (!pid) continue;
    try {
      process.kill(pid, 0);
    } catch (e) {
      if (e.code === 'ESRCH') await rm(join(dir, name), { recursive: true, force: true });
    }
  }
}

async function build(dir, files, sources, extDir) {
  const v = versions(extDir);
  const shared = files.php.slice(2).map((f) => basename(f, '.so'));
  const extensions = { builtin: builtinModules(), shared };
  // Directories created in the stage get this mtime (newest source), never "now".
  const mtime = Math.floor(Math.max(...Object.values(sources.files).map((s) => Number(s.split(':')[1]))) / 1000);

  await mkdir(dir, { recursive: true });
  const tmp = await mkdtemp(join(dir, `.tmp-${process.pid}-`));
  try {
    const layouts = {
      php: {
        'bin/php': PHP,
        'sbin/php-fpm': FPM,
        ...Object.fromEntries(files.php.slice(2).map((f) => [`lib/php/extensions/${basename(f)}`, f])),
      },
      nginx: { 'sbin/nginx': NGINX, 'conf/mime.types': '/etc/nginx/mime.types', 'conf/fastcgi_params': '/etc/nginx/fastcgi_params' },
      composer: { 'bin/composer': composerPhar(tmp) },
    };
    const names = ['php', 'nginx', 'composer'];
    const packed = await Promise.all(names.map((n) => pack(tmp, n, layouts[n], mtime)));
    const artifacts = [];
    for (const [i, name] of names.entries()) {
      const path = `${name}/${name}-${v[name]}-linux-x64.tar.gz`;
      const size = (await stat(packed[i])).size;
      artifacts.push({
        entry: { name, version: v[name], stacks: [machineStack()], os: 'linux', arch: 'x64', path, sha256: await sha256(packed[i]), ...(name === 'php' ? { extensions } : {}) },
        file: packed[i],
        size,
      });
    }

    // Files first, manifest last: a reader never sees a manifest naming missing files.
    for (const a of artifacts) {
      await mkdir(join(dir, a.entry.name), { recursive: true });
      await rename(a.file, join(dir, a.entry.path));
    }
    const url = pathToFileURL(dir).href;
    await writeAtomic(tmp, join(dir, 'env'), `PHP_BASE_URL=${url}\nNGINX_BASE_URL=${url}\n`);
    const manifestText = `${JSON.stringify({ schema: 1, generatedBy: 'scripts/local-artifacts.mjs', artifacts: artifacts.map((a) => a.entry) }, null, 2)}\n`;
    const previous = readJson(join(dir, 'manifest.json'));
    const stamp = {
      sources,
      manifestSha256: createHash('sha256').update(manifestText).digest('hex'),
      artifacts: Object.fromEntries(artifacts.map((a) => [a.entry.path, a.size])),
    };
    await writeAtomic(tmp, join(dir, '.source-stamp.json'), `${JSON.stringify(stamp)}\n`);
    await writeAtomic(tmp, join(dir, 'manifest.json'), manifestText);
    // Tarballs of versions the machine no longer has would pile up with each upgrade.
    const current = new Set(artifacts.map((a) => a.entry.path));
    for (const old of Array.isArray(previous?.artifacts) ? previous.artifacts : []) {
      if (typeof old?.path === 'string' && !current.has(old.path) && !old.path.includes('..')) await rm(join(dir, old.path), { force: true });
    }
    return artifacts;
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

async function writeAtomic(tmp, dest, text) {
  const t = join(tmp, basename(dest));
  await writeFile(t, text);
  await rename(t, dest);
}

async function main(argv) {
  if (argv.length !== 1 || argv[0].startsWith('-')) throw new UsageError('Usage: npm run local-artifacts -- DIR');
  const dir = resolve(argv[0]);
  const started = Date.now();

  const missing = REQUIRED_FILES.filter(([f]) => !existsSync(f));
  if (missing.length) throw missingPackages(missing);
  const extDir = run(PHP, ['-n', '-r', 'echo ini_get("extension_dir");']).trim();
  const missingExt = Object.entries(REQUIRED_EXTENSIONS)
    .filter(([ext]) => !existsSync(join(extDir, `${ext}.so`)))
    .map(([ext, pkg]) => [`${join(extDir, ext)}.so`, pkg]);
  if (missingExt.length) throw missingPackages(missingExt);

  const files = sourceFiles(extDir);
  const sources = currentSources(files);
  if (existsSync(dir)) await removeStaleTemps(dir);
  if (isUpToDate(dir, sources)) {
    console.log(`Artifact store ${dir} is up to date (${Date.now() - started} ms)`);
    return;
  }
  const artifacts = await build(dir, files, sources, extDir);
  console.log(`Packed into ${dir} (${((Date.now() - started) / 1000).toFixed(1)} s):`);
  for (const a of artifacts) {
    const mb = `${(a.size / 1e6).toFixed(1)} MB`;
    console.log(`  ${a.entry.name.padEnd(9)}${a.entry.version.padEnd(8)}${mb.padStart(9)}  sha256 ${a.entry.sha256.slice(0, 12)}…  ${a.entry.path}`);
  }
}

main(process.argv.slice(2)).catch((e) => {
  console.error(e instanceof UsageError ? e.message : `local-artifacts: ${e.message}`);
  process.exitCode = 1;
});
