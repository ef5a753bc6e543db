#!/usr/bin/env node
/**
 * Builds the PHP artifact store from verified source (spec common.md §5): PHP (every
 * line of data/php-store-sources.json whose tarball is served) with its shared
 * extensions, nginx and Composer, each fetched from Debian's archive, checked against
 * a signed index before anything of it is extracted, built on this machine and
 * labelled with this machine's stack. See README "The PHP artifact store".
 *
 *   node scripts/build-store.mjs [options]
 *
 * Builds are cached by (sources' sha256, configure arguments, builder version, stack)
 * in the cache directory, shared by every checkout on the machine: a second run, or
 * another checkout, reuses them and downloads nothing.
 */
import { execFile, spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync, statSync } from 'node:fs';
import { chmod, copyFile, link, mkdir, mkdtemp, readdir, readFile, rename, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { arch as osArch, availableParallelism, tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { createGzip } from 'node:zlib';
import { StoreError, storeErrors } from './store/errors.mjs';
import { isServed, sha256File } from './store/fetch.mjs';
import { BUILDER_VERSION, PREFIX, parseSourceTable, planStore, sourceFiles, stackFromOsRelease } from './store/plan.mjs';
import { CFLAGS, LOADS_AFTER, ZEND_EXTENSIONS } from './store/recipes.mjs';
import { checkUpstreamSignature, fetchVerified } from './store/verify.mjs';

const execFileP = promisify(execFile);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const STEPS = join(ROOT, 'scripts/store/steps');
const TABLE_PATH = join(ROOT, 'data/php-store-sources.json');
const ENGINE_TABLE = JSON.parse(readFileSync(join(ROOT, 'data/php-versions.json'), 'utf8'));

const HELP = `Usage: node scripts/build-store.mjs [options]

Builds (or reuses) the PHP artifact store from verified source and prints where it is.

  --cache DIR        the cache directory (default: $PHP_STORE_CACHE, else
                     /var/cache/buildpack-engine/php-store when writable, else
                     \${XDG_CACHE_HOME:-~/.cache}/buildpack-engine/php-store)
  --php LINES        PHP lines to build, comma-separated (default: every line of the table)
  --extensions LIST  PECL extensions to build (default: all of the table)
  --nginx LINE       nginx line or version (default: the newest whose source is served)
  --composer LINE    Composer line or version (default: the newest served)
  --stack NAME       the stack the artifacts are labelled with (default: from
                     /etc/os-release, e.g. debian-12). Run the builder inside the
                     stack's image to build for it.
  --jobs N           parallel jobs (default: the number of CPUs)
  --check            build nothing: exit 0 if the store is complete on this machine
  --json             print the result as JSON on stdout (the log goes to stderr)
  --probe            say which sources of the table are served, then exit
  --verify-only      download and verify the sources, build nothing
  --archive URL      Debian archive base (default: the table's, deb.debian.org)
  --sources FILE     source table (default: data/php-store-sources.json)
  --dsc-keyring F    keyring for .dsc signatures (default: debian-keyring's)
  --release-keyring F keyring for InRelease signatures (default: debian-archive-keyring's)
`;

const log = (line) => process.stderr.write(`${line}\n`);

function parseArgs(argv) {
  const o = { php: 'all', extensions: 'all', nginx: 'newest', composer: 'newest' };
  const value = (i) => {
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw storeErrors.usage(`${argv[i]} needs a value`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    switch (a) {
      case '--help': o.help = true; break;
      case '--check': o.check = true; break;
      case '--json': o.json = true; break;
      case '--probe': o.probe = true; break;
      case '--verify-only': o.verifyOnly = true; break;
      case '--cache': o.cache = resolve(value(i++)); break;
      case '--php': o.php = value(i++).split(',').map((s) => s.trim()).filter(Boolean); break;
      case '--extensions': o.extensions = value(i).trim() === '' ? [] : value(i).split(',').map((s) => s.trim()); i++; break;
      case '--nginx': o.nginx = value(i++); break;
      case '--composer': o.composer = value(i++); break;
      case '--stack': o.stack = value(i++); break;
      case '--jobs': o.jobs = Number(value(i++)); break;
      case '--archive': o.archive = value(i++).replace(/\/?$/, '/'); break;
      case '--sources': o.sources = resolve(value(i++)); break;
      case '--dsc-keyring': o.dscKeyring = resolve(value(i++)); break;
      case '--release-keyring': o.releaseKeyring = resolve(value(i++)); break;
      default: throw storeErrors.usage(`unknown option ${a}`);
    }
  }
  if (o.jobs !== undefined && !(Number.isInteger(o.jobs) && o.jobs > 0)) throw storeErrors.usage('--jobs must be a positive integer');
  if (o.stack !== undefined && !/^[a-z0-9][a-z0-9.-]*$/.test(o.stack)) throw storeErrors.usage('--stack must be a stack name such as scalingo-24 or debian-12');
  return o;
}

/** The cache every checkout of the machine shares (README: "The PHP artifact store"). */
function defaultCacheDir(env) {
  if (env.PHP_STORE_CACHE) return resolve(env.PHP_STORE_CACHE);
  const system = '/var/cache/buildpack-engine/php-store';
  try {
    spawnSync('mkdir', ['-p', system]);
    const probe = join(system, `.writable-${process.pid}`);
    spawnSync('touch', [probe]);
    if (existsSync(probe)) {
      spawnSync('rm', ['-f', probe]);
      return system;
    }
  } catch {}
  return join(env.XDG_CACHE_HOME || join(env.HOME || tmpdir(), '.cache'), 'buildpack-engine/php-store');
}

/**
 * One builder at a time per cache (flock, released by the kernel when the process
 * ends however it ends): the process re-runs itself under the lock. Another builder
 * holding it (another checkout's tests) is waited for, and its result reused.
 */
function reexecUnderLock(cache) {
  const lock = join(cache, '.lock');
  const args = [process.execPath, fileURLToPath(import.meta.url), ...process.argv.slice(2)];
  const env = { ...process.env, PHP_STORE_LOCKED: cache };
  let r = spawnSync('flock', ['-n', '-E', '75', lock, ...args], { stdio: 'inherit', env });
  if (r.status === 75) {
    log(`Another store build holds ${lock}: waiting for it (its artifacts will be reused).`);
    r = spawnSync('flock', [lock, ...args], { stdio: 'inherit', env });
  }
  if (r.error) throw r.error;
  process.exitCode = r.status ?? 1;
}

const poolDir = (pkg) => `pool/main/${pkg.startsWith('lib') ? pkg.slice(0, 4) : pkg[0]}/${pkg}`;

/** Where a row's orig tarball is (for a cheap HEAD probe before any index is fetched). */
function origUrl(row, archive) {
  const dir = row.debian.index.dsc ? dirname(row.debian.index.dsc) : poolDir(row.debian.package);
  return new URL(`${dir}/${row.orig.file}`, archive).href;
}

async function probeRow(row, archive) {
  const url = origUrl(row, archive);
  const r = await isServed(url);
  if (r.served && row.debian.index.dsc) {
    const dscUrl = new URL(row.debian.index.dsc, archive).href;
    const d = await isServed(dscUrl);
    if (!d.served) return { served: false, url: dscUrl, status: d.status, error: d.error };
  }
  return { ...r, url };
}

function dpkgVersions(pkgs) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Package}=${Version}=${Status}\\n', ...pkgs], { encoding: 'utf8' });
  const out = {};
  for (const line of (r.stdout ?? '').split('\n').filter(Boolean)) {
    const [name, version, status] = line.split('=');
    if (status === 'install ok installed') out[name] = version;
  }
  return out;
}

async function readJson(path) {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch {
    return undefined;
  }
}

const artifactDir = (cache, job) => join(cache, 'artifacts', `${job.id}-${job.key.slice(0, 16)}`);

/** A cached artifact, only when its tarball is still the one recorded. */
async function cachedArtifact(cache, job) {
  const dir = artifactDir(cache, job);
  const entry = await readJson(join(dir, 'entry.json'));
  if (!entry || entry.key !== job.key) return undefined;
  const file = join(dir, basename(entry.path));
  if (!existsSync(file) || statSync(file).size !== entry.size) return undefined;
  if ((await sha256File(file)) !== entry.sha256) return undefined;
  return { entry, file };
}

function run(cmd, args, opts = {}) {
  return execFileP(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...opts });
}

const SAFE_PATH = /^[A-Za-z0-9._/+-]+$/;

/** Every verified source of a job, extracted into its work dir (the first time anything of it is unpacked). */
async function prepareJob(job, work, downloads, ctx) {
  const rows = [job.row, ...(job.extensions ?? []).map((e) => e.row)];
  job.provenance = [];
  for (const row of rows) {
    const got = await fetchVerified({ debian: row.debian, files: sourceFiles(row) }, downloads, ctx);
    const record = {
      package: row.debian.package,
      debianVersion: row.debian.version,
      files: sourceFiles(row).map((f) => ({ file: f.file, sha256: f.sha256, url: got.origin[f.file] })),
      verifiedBy: got.verifiedBy,
    };
    if (row.upstreamSignature) {
      record.upstreamSignature = {
        file: row.upstreamSignature.file,
        keysFrom: `${row.upstreamSignature.keysFrom.file}:${row.upstreamSignature.keysFrom.member}`,
        signers: await checkUpstreamSignature(got.paths[row.orig.file], got.paths[row.upstreamSignature.file], got.paths[row.upstreamSignature.keysFrom.file], row.upstreamSignature.keysFrom.member, ctx),
      };
      log(`  ${row.orig.file}: php.net release manager's signature verified (${record.upstreamSignature.signers.map((s) => s.slice(-16)).join(', ')})`);
    }
    log(`  ${row.orig.file}: sha256 matches ${got.verifiedBy?.kind === 'dsc' ? `the .dsc signed by ${got.verifiedBy.signers.map((s) => s.slice(-16)).join(', ')}` : `the Sources index of an InRelease signed by ${(got.verifiedBy?.signers ?? []).map((s) => s.slice(-16)).join(', ')}`}`);
    job.provenance.push(record);
    row.localOrig = got.paths[row.orig.file];
  }
  if (ctx.verifyOnly) return;
  await rm(work, { recursive: true, force: true });
  // Nothing of a source was unpacked before this point: every file above passed its check.
  await mkdir(join(work, 'src'), { recursive: true });
  await mkdir(join(work, 'logs'), { recursive: true });
  await mkdir(join(work, 'root'), { recursive: true });
  // Only the row's own directory of the tarball (multi-version origs hold several).
  await run('tar', ['-xf', job.row.localOrig, '-C', join(work, 'src'), '--no-same-owner', job.row.orig.dir]);
  job.src = join(work, 'src', job.row.orig.dir);
  for (const e of job.extensions ?? []) {
    await mkdir(join(work, 'ext'), { recursive: true });
    await run('tar', ['-xf', e.row.localOrig, '-C', join(work, 'ext'), '--no-same-owner', e.row.orig.dir]);
    e.src = join(work, 'ext', e.row.orig.dir);
  }
}

/** The generated Makefile: one target per step, sharing the job slots of one `make -jN`. */
function renderMakefile(jobs) {
  const lines = ['# Written by scripts/build-store.mjs: one target per build step.', '.PHONY: all', ''];
  const targets = [];
  const step = (target, deps, logFile, argv) => {
    targets.push(target);
    lines.push(`${target}:${deps.length ? ` ${deps.join(' ')}` : ''}`);
    lines.push(`\t+@bash ${join(STEPS, 'run-step.sh')} ${target} ${logFile} ${argv.join(' ')}`, '');
  };
  for (const job of jobs) {
    const w = job.work;
    if (job.name === 'php') {
      step(`${job.id}`, [], join(w, 'logs/php.log'), ['bash', join(STEPS, 'build-php.sh'), job.src, join(w, 'root'), join(w, 'php.args')]);
      for (const e of job.extensions) {
        step(`${job.id}.${e.name}`, [job.id, ...e.after.map((a) => `${job.id}.${a}`)], join(w, `logs/${e.name}.log`), [
          'bash', join(STEPS, 'build-php-ext.sh'), e.src, join(w, 'root'), PREFIX.php, join(w, `${e.name}.args`),
        ]);
      }
    } else if (job.name === 'nginx') {
      step(job.id, [], join(w, 'logs/nginx.log'), ['bash', join(STEPS, 'build-nginx.sh'), job.src, join(w, 'root'), join(w, 'nginx.args')]);
    }
  }
  lines.splice(1, 0, `all: ${targets.join(' ')}`);
  return `${lines.join('\n')}\n`;
}

async function runMake(makefile, jobs, env) {
  const child = spawn('make', ['-f', makefile, `-j${jobs}`, 'all'], { stdio: ['ignore', 2, 2], env });
  return new Promise((ok) => child.on('close', (code) => ok(code)));
}

async function failedStep(jobs) {
  for (const job of jobs) {
    for (const logFile of (await readdir(join(job.work, 'logs')).catch(() => [])).filter((n) => n.endsWith('.log'))) {
      const p = join(job.work, 'logs', logFile);
      if (existsSync(`${p}.failed`)) {
        const tail = (await readFile(p, 'utf8')).trimEnd().split('\n').slice(-25).join('\n');
        return storeErrors.buildFailed(`${job.id} (${logFile.replace(/\.log$/, '')})`, p, tail);
      }
    }
  }
  return storeErrors.buildFailed('the build', '(no step recorded a failure)', '');
}

async function stepSeconds(job) {
  let total = 0;
  for (const n of (await readdir(join(job.work, 'logs')).catch(() => [])).filter((f) => f.endsWith('.seconds'))) {
    total += Number(await readFile(join(job.work, 'logs', n), 'utf8')) || 0;
  }
  return total;
}

/** The modules `php -n -m` lists, lower-cased ("Zend OPcache" → opcache). */
export function parseModules(output) {
  const names = [];
  for (const raw of output.split('\n')) {
    const l = raw.trim();
    if (!l || l.startsWith('[')) continue;
    names.push(l === 'Zend OPcache' ? 'opcache' : l.toLowerCase());
  }
  return [...new Set(names)].sort();
}

/** bin/php, sbin/php-fpm, lib/php/extensions/*.so, stripped, from the install root. */
async function layoutPhp(job, layout) {
  const prefix = join(job.work, 'root', PREFIX.php);
  await mkdir(join(layout, 'bin'), { recursive: true });
  await mkdir(join(layout, 'sbin'), { recursive: true });
  await mkdir(join(layout, 'lib/php/extensions'), { recursive: true });
  await copyFile(join(prefix, 'bin/php'), join(layout, 'bin/php'));
  await copyFile(join(prefix, 'sbin/php-fpm'), join(layout, 'sbin/php-fpm'));
  const [extDirName] = (await readdir(join(prefix, 'lib/php/extensions'))).filter((n) => n.startsWith('no-debug-'));
  const extDir = join(prefix, 'lib/php/extensions', extDirName);
  const sos = (await readdir(extDir)).filter((n) => n.endsWith('.so')).sort();
  for (const so of sos) await copyFile(join(extDir, so), join(layout, 'lib/php/extensions', so));
  await run('strip', ['--strip-unneeded', join(layout, 'bin/php'), join(layout, 'sbin/php-fpm'), ...sos.map((s) => join(layout, 'lib/php/extensions', s))]);
  await chmod(join(layout, 'bin/php'), 0o755);
  await chmod(join(layout, 'sbin/php-fpm'), 0o755);
  await mkdir(join(layout, 'licenses'), { recursive: true });
  await copyFile(join(job.src, 'LICENSE'), join(layout, 'licenses/php.txt'));
  for (const e of job.extensions) {
    const lic = ['LICENSE', 'COPYING', 'LICENSE.txt'].map((n) => join(e.src, n)).find((p) => existsSync(p));
    if (lic) await copyFile(lic, join(layout, `licenses/${e.name}.txt`));
  }
  return sos.map((s) => s.replace(/\.so$/, ''));
}

/**
 * Runs the artifact from `layout` (not the prefix it was configured for: this is the
 * relocation check) and returns what its manifest entry says about it.
 */
async function checkPhp(job, layout, shared) {
  const php = join(layout, 'bin/php');
  const env = { PATH: '/usr/bin:/bin', LC_ALL: 'C' };
  const version = (await run(php, ['-n', '-r', 'echo PHP_VERSION;'], { env })).stdout.trim();
  if (version !== job.version) throw storeErrors.checkFailed(job.id, `bin/php reports ${JSON.stringify(version)}`);
  const builtin = parseModules((await run(php, ['-n', '-m'], { env })).stdout);
  const missing = job.expected.builtin.filter((m) => !builtin.includes(m));
  if (missing.length) throw storeErrors.checkFailed(job.id, `php -m lacks ${missing.join(', ')}`);
  const extDir = join(layout, 'lib/php/extensions');
  for (const name of shared) {
    const load = [...(LOADS_AFTER[name] ?? []), name].flatMap((n) => ['-d', `${ZEND_EXTENSIONS.includes(n) ? 'zend_extension' : 'extension'}=${n}.so`]);
    const probe = name === 'opcache' ? 'exit(function_exists("opcache_get_status") ? 0 : 3);' : `exit(extension_loaded(${JSON.stringify(name)}) ? 0 : 3);`;
    const r = await run(php, ['-n', '-d', `extension_dir=${extDir}`, '-d', 'display_startup_errors=1', ...load, '-r', probe], { env }).catch((e) => e);
    const out = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim();
    if (r.code || out) throw storeErrors.checkFailed(job.id, `${name}.so does not load: ${out || `exit ${r.code}`}`);
  }
  const fpm = (await run(join(layout, 'sbin/php-fpm'), ['-n', '-v'], { env })).stdout;
  if (!fpm.includes(`PHP ${job.version} (fpm-fcgi)`)) throw storeErrors.checkFailed(job.id, `sbin/php-fpm -v says ${JSON.stringify(fpm.split('\n')[0])}`);
  return { builtin, shared };
}

async function layoutNginx(job, layout) {
  const prefix = join(job.work, 'root', PREFIX.nginx);
  await mkdir(join(layout, 'sbin'), { recursive: true });
  await mkdir(join(layout, 'conf'), { recursive: true });
  await copyFile(join(prefix, 'sbin/nginx'), join(layout, 'sbin/nginx'));
  await run('strip', ['--strip-unneeded', join(layout, 'sbin/nginx')]);
  await chmod(join(layout, 'sbin/nginx'), 0o755);
  for (const f of ['mime.types', 'fastcgi_params']) await copyFile(join(prefix, 'conf', f), join(layout, 'conf', f));
  await mkdir(join(layout, 'licenses'), { recursive: true });
  await copyFile(join(job.src, 'LICENSE'), join(layout, 'licenses/nginx.txt'));
}

/** nginx -V, then -t of a config using the modules the engine's config needs, from a temp prefix. */
async function checkNginx(job, layout, tmp) {
  const nginx = join(layout, 'sbin/nginx');
  const v = await run(nginx, ['-V']);
  const text = `${v.stdout}${v.stderr}`;
  if (!text.includes(`nginx/${job.version}`)) throw storeErrors.checkFailed(job.id, `nginx -V says ${JSON.stringify(text.split('\n')[0])}`);
  const p = await mkdtemp(join(tmp, 'nginx-check-'));
  await writeFile(join(p, 'nginx.conf'), [
    'daemon off; error_log stderr; pid nginx.pid;', 'events {}',
    `http { access_log off; include ${join(layout, 'conf/mime.types')}; gzip on; gzip_types text/css; set_real_ip_from 10.0.0.0/8; real_ip_header X-Forwarded-For;`,
    '  server { listen 127.0.0.1:1; location ~ \\.php$ { include fastcgi_params; fastcgi_pass unix:/nonexistent.sock; } location / { try_files $uri /index.php?$query_string; } } }', '',
  ].join('\n'));
  await copyFile(join(layout, 'conf/fastcgi_params'), join(p, 'fastcgi_params'));
  const t = await run(nginx, ['-t', '-p', `${p}/`, '-e', 'stderr', '-c', join(p, 'nginx.conf')]).catch((e) => e);
  if (t.code) throw storeErrors.checkFailed(job.id, `nginx -t: ${`${t.stderr ?? ''}`.trim()}`);
  return text.match(/configure arguments: (.*)/)?.[1];
}

/** Composer as one phar, packed by the PHP just built (or a cached one, extracted). */
async function buildComposer(job, php, tmp, libs) {
  const work = await mkdtemp(join(tmp, 'composer-'));
  const src = job.src;
  const files = [];
  for (const pkg of libs) {
    const listed = (await run('dpkg-query', ['-L', pkg])).stdout.split('\n').filter((f) => f.startsWith('/usr/share/php/'));
    for (const f of listed) if (statSync(f, { throwIfNoEntry: false })?.isFile()) files.push(f);
  }
  await writeFile(join(work, 'libs.txt'), `${[...new Set(files)].sort().join('\n')}\n`);
  const layout = join(work, 'layout');
  await mkdir(join(layout, 'bin'), { recursive: true });
  const mtime = Math.floor(statSync(join(src, 'src/Composer/Composer.php')).mtimeMs / 1000);
  const out = join(work, 'out/composer.phar');
  await mkdir(dirname(out), { recursive: true });
  await run(php, ['-n', '-d', 'phar.readonly=0', join(ROOT, 'scripts/store/composer-phar.php'), out, src, '/usr/share/php', join(work, 'libs.txt'), String(mtime)]);
  await copyFile(out, join(layout, 'bin/composer'));
  await chmod(join(layout, 'bin/composer'), 0o755);
  await mkdir(join(layout, 'licenses'), { recursive: true });
  await copyFile(join(src, 'LICENSE'), join(layout, 'licenses/composer.txt'));
  const home = join(work, 'home');
  const v = await run(php, ['-n', join(layout, 'bin/composer'), '--version', '--no-ansi'], { env: { PATH: '/usr/bin:/bin', COMPOSER_HOME: home, COMPOSER_ALLOW_SUPERUSER: '1', COMPOSER_NO_INTERACTION: '1' } }).catch((e) => e);
  if (!`${v.stdout}`.includes(`Composer version ${job.version} `)) throw storeErrors.checkFailed(job.id, `composer --version says ${JSON.stringify(`${v.stdout ?? ''}${v.stderr ?? ''}`.trim())}`);
  return { layout, mtime };
}

/**
 * A gzipped tar of `layout` that depends only on its files: GNU tar with sorted names,
 * numeric root owner, mtimes clamped to `mtime`, Node's gzip (no name or time in its header).
 */
async function pack(layout, out, mtime) {
  const tops = (await readdir(layout)).sort();
  const tar = spawn('tar', ['--create', '--file=-', `--directory=${layout}`, '--format=gnu', '--sort=name', '--owner=0', '--group=0', '--numeric-owner', `--mtime=@${mtime}`, '--clamp-mtime', ...tops], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  tar.stderr.on('data', (c) => (stderr += c));
  const exited = new Promise((ok) => tar.on('close', ok));
  await pipeline(tar.stdout, createGzip({ level: 9 }), createWriteStream(out));
  if ((await exited) !== 0) throw new Error(`tar failed: ${stderr.trim()}`);
}

/** Packs a checked layout into the artifact cache (temp dir + rename: all or nothing). */
async function keepArtifact(cache, job, layout, mtime, entryFields) {
  const dir = artifactDir(cache, job);
  const tmp = `${dir}.tmp-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  const fileName = `${job.name}-${job.version}-${job.stack}-linux-${job.arch}.tar.gz`;
  await pack(layout, join(tmp, fileName), mtime);
  const size = (await stat(join(tmp, fileName))).size;
  const entry = {
    name: job.name, version: job.version, stacks: [job.stack], os: 'linux', arch: job.arch,
    path: `${job.name}/${fileName}`, sha256: await sha256File(join(tmp, fileName)), size, key: job.key, line: job.line,
    ...entryFields,
  };
  await writeFile(join(tmp, 'entry.json'), `${JSON.stringify(entry, null, 2)}\n`);
  await rm(dir, { recursive: true, force: true });
  await rename(tmp, dir);
  return { entry, file: join(dir, fileName) };
}

/** Extracts a cached PHP artifact's CLI, for packing Composer when PHP was not built in this run. */
async function phpFromArtifact(file, tmp) {
  const dir = await mkdtemp(join(tmp, 'php-cli-'));
  await run('tar', ['-xzf', file, '-C', dir, 'bin/php']);
  return join(dir, 'bin/php');
}

/**
 * The store: manifest.json and the artifacts (hard links into the artifact cache) in a
 * directory named after the manifest's hash, so a checkout always reads the store its
 * own request produced, whatever another checkout builds meanwhile. `store` points at
 * the newest.
 */
async function assembleStore(cache, stack, results, unavailable, heldLines) {
  const artifacts = results.map((r) => {
    const { key: _key, size: _size, ...entry } = r.entry;
    return { ...entry, size: r.entry.size };
  });
  const manifest = {
    schema: 1,
    generatedBy: 'scripts/build-store.mjs',
    builder: BUILDER_VERSION,
    stack,
    about: `Built from verified source on ${osPretty()} (stack ${stack}). Lines held and the ones missing, with why, are listed under "lines".`,
    lines: heldLines(unavailable),
    artifacts,
  };
  const text = `${JSON.stringify(manifest, null, 2)}\n`;
  const { createHash } = await import('node:crypto');
  const name = createHash('sha256').update(text).digest('hex').slice(0, 16);
  const dir = join(cache, 'stores', name);
  if (!existsSync(join(dir, 'manifest.json'))) {
    const tmp = join(cache, 'stores', `.tmp-${process.pid}`);
    await rm(tmp, { recursive: true, force: true });
    await mkdir(tmp, { recursive: true });
    for (const r of results) {
      const dest = join(tmp, r.entry.path);
      await mkdir(dirname(dest), { recursive: true });
      await link(r.file, dest).catch(() => copyFile(r.file, dest));
    }
    const url = pathToFileURL(`${dir}/`).href;
    await writeFile(join(tmp, 'env'), `PHP_BASE_URL=${url}\nNGINX_BASE_URL=${url}\n`);
    await writeFile(join(tmp, 'manifest.json'), text);
    // --check assembles without the lock: another process may have written the same
    // store (same name, same content) meanwhile.
    await rename(tmp, dir).catch(async (e) => {
      if ((e.code !== 'ENOTEMPTY' && e.code !== 'EEXIST') || !existsSync(join(dir, 'manifest.json'))) throw e;
      await rm(tmp, { recursive: true, force: true });
    });
  }
  const current = join(cache, 'store');
  const tmpLink = `${current}.tmp-${process.pid}`;
  await rm(tmpLink, { force: true });
  await symlink(join('stores', name), tmpLink);
  await rename(tmpLink, current);
  return { dir, manifest };
}

function osPretty() {
  try {
    return /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? 'an unknown OS';
  } catch {
    return 'an unknown OS';
  }
}

const fmtSeconds = (s) => (s >= 60 ? `${Math.floor(s / 60)}m${String(Math.round(s % 60)).padStart(2, '0')}s` : `${Math.round(s)}s`);

async function main(argv) {
  const o = parseArgs(argv);
  if (o.help) {
    process.stdout.write(HELP);
    return;
  }
  const cache = o.cache ?? defaultCacheDir(process.env);
  if (!SAFE_PATH.test(cache)) throw storeErrors.usage(`the cache directory ${JSON.stringify(cache)} may only contain letters, digits and . _ / + - (it is written into a Makefile)`);
  await mkdir(cache, { recursive: true });
  if (!o.check && !o.probe && process.env.PHP_STORE_LOCKED !== cache) {
    reexecUnderLock(cache);
    return;
  }

  const table = parseSourceTable(JSON.parse(await readFile(o.sources ?? TABLE_PATH, 'utf8')));
  const archive = o.archive ?? table.archive;
  const stack = o.stack ?? stackFromOsRelease(readFileSync('/etc/os-release', 'utf8'));
  if (!stack) throw storeErrors.usage('cannot tell this machine\'s stack from /etc/os-release: pass --stack NAME');
  const arch = { x64: 'x64', arm64: 'arm64' }[osArch()];
  if (!arch) throw storeErrors.usage(`unsupported architecture ${osArch()}`);

  if (o.probe) {
    const rows = [...table.php.map((r) => ['php', r]), ...table.nginx.map((r) => ['nginx', r]), ...table.composer.map((r) => ['composer', r]), ...table.extensions.map((r) => [r.name, r])];
    for (const [name, row] of rows) {
      if (row.unavailable) {
        console.log(`${name.padEnd(10)} ${row.line.padEnd(8)} no source: ${row.unavailable}`);
        continue;
      }
      const p = await probeRow(row, archive);
      console.log(`${name.padEnd(10)} ${row.version.padEnd(8)} ${p.served ? 'served    ' : `NOT SERVED (${p.status || p.error})`} ${p.url}`);
    }
    return;
  }

  const libs = table.composer.flatMap((c) => c.libraries.packages);
  const composerLibraries = dpkgVersions(libs);
  const plan = planStore(table, { php: o.php, extensions: o.extensions, nginx: o.nginx, composer: o.composer }, { stack, arch, composerLibraries });
  for (const j of [...plan.jobs, ...plan.choices.flatMap((c) => c.candidates)]) Object.assign(j, { stack, arch });

  const started = Date.now();
  const results = [];
  const unavailable = [...plan.unavailable];
  const toBuild = [];
  const unservedFile = join(cache, 'unserved.json');
  const unserved = (await readJson(unservedFile)) ?? {};

  for (const job of plan.jobs) {
    const hit = await cachedArtifact(cache, job);
    if (hit) results.push({ ...hit, job, reused: true });
    else toBuild.push(job);
  }
  const choiceOf = new Map();
  for (const choice of plan.choices) {
    const hits = [];
    for (const c of choice.candidates) hits.push(await cachedArtifact(cache, c));
    choiceOf.set(choice.name, { choice, hits });
  }

  if (o.check) {
    const missing = [];
    for (const job of toBuild) {
      if (unserved[job.key]) unavailable.push({ name: job.name, line: job.line, version: job.version, reason: unserved[job.key] });
      else missing.push(job.id);
    }
    for (const { choice, hits } of choiceOf.values()) {
      const i = hits.findIndex(Boolean);
      if (i === -1) {
        missing.push(`${choice.name} (${choice.candidates.map((c) => c.version).join(' or ')})`);
        continue;
      }
      choice.candidates.slice(0, i).forEach((c) => unavailable.push({ name: c.name, line: c.line, version: c.version, reason: unserved[c.key] ?? 'not built on this machine' }));
      results.push({ ...hits[i], job: choice.candidates[i], reused: true });
    }
    if (missing.length) throw storeErrors.incomplete(missing);
    return finish(o, cache, stack, results, unavailable, table, started);
  }

  const ctx = { archive, tmp: await mkdtemp(join(cache, `.tmp-${process.pid}-`)), keyrings: { dsc: o.dscKeyring, release: o.releaseKeyring }, log, indexes: new Map(), verifyOnly: o.verifyOnly };
  try {
    await removeStaleWork(cache);
    // A source not served is skipped (and the store says so), probed with one HEAD
    // request before any index is fetched for it.
    const served = async (job) => {
      const p = await probeRow(job.row, archive);
      if (p.served) {
        delete unserved[job.key];
        return true;
      }
      const reason = `its source ${p.url} is not served to this network (${p.status ? `HTTP ${p.status}` : p.error})`;
      unserved[job.key] = reason;
      unavailable.push({ name: job.name, line: job.line, version: job.version, reason });
      log(`Skipping ${job.name} ${job.version}: ${reason}`);
      return false;
    };
    const building = [];
    for (const job of toBuild) if (await served(job)) building.push(job);
    const composerJobs = [];
    for (const { choice, hits } of choiceOf.values()) {
      for (const [i, c] of choice.candidates.entries()) {
        if (hits[i]) {
          results.push({ ...hits[i], job: c, reused: true });
          break;
        }
        if (await served(c)) {
          (c.name === 'composer' ? composerJobs : building).push(c);
          break;
        }
      }
    }
    await writeFile(unservedFile, `${JSON.stringify(unserved, null, 2)}\n`);

    if (building.length || composerJobs.length) log(`Verifying the sources of ${[...building, ...composerJobs].map((j) => j.id).join(', ')}`);
    for (const job of [...building, ...composerJobs]) {
      job.work = join(cache, 'work', `${job.id}-${job.key.slice(0, 16)}`);
      await prepareJob(job, job.work, join(cache, 'downloads'), ctx);
    }
    if (o.verifyOnly) {
      log('All sources verified (--verify-only: nothing extracted or built).');
      return;
    }

    const makeJobs = building.filter((j) => j.name !== 'composer');
    if (makeJobs.length) {
      for (const job of makeJobs) {
        if (job.name === 'php') {
          await writeFile(join(job.work, 'php.args'), `${job.configure.join('\n')}\n`);
          for (const e of job.extensions) await writeFile(join(job.work, `${e.name}.args`), `${e.configure.join('\n')}\n`);
        } else await writeFile(join(job.work, 'nginx.args'), `${job.configure.join('\n')}\n`);
      }
      const makefile = join(ctx.tmp, 'Makefile');
      await writeFile(makefile, renderMakefile(makeJobs));
      const jobs = o.jobs ?? availableParallelism();
      log(`Building ${makeJobs.map((j) => j.id).join(', ')} with make -j${jobs} (logs in ${join(cache, 'work')}/*/logs)`);
      const env = {
        PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: ctx.tmp, LC_ALL: 'C', TZ: 'UTC',
        CFLAGS, CXXFLAGS: CFLAGS, SOURCE_DATE_EPOCH: '1700000000', TMPDIR: ctx.tmp,
      };
      const code = await runMake(makefile, jobs, env);
      if (code !== 0) throw await failedStep(makeJobs);
    }

    for (const job of makeJobs) {
      const layout = join(job.work, 'layout');
      await rm(layout, { recursive: true, force: true });
      const seconds = await stepSeconds(job);
      const mtime = Math.floor(statSync(job.row.localOrig).mtimeMs / 1000);
      let fields;
      if (job.name === 'php') {
        const shared = await layoutPhp(job, layout);
        const extensions = await checkPhp(job, layout, shared);
        fields = {
          extensions,
          source: job.provenance[0],
          extensionSources: job.extensions.map((e, i) => ({ name: e.name, version: e.version, configure: e.configure, ...job.provenance[i + 1] })),
          configure: job.configure,
        };
      } else {
        await layoutNginx(job, layout);
        const args = await checkNginx(job, layout, ctx.tmp);
        fields = { source: job.provenance[0], configure: job.configure, configureArguments: args };
      }
      const kept = await keepArtifact(cache, job, layout, mtime, { ...fields, cflags: CFLAGS, builtOn: builtOn(stack), buildSeconds: seconds });
      results.push({ ...kept, job, reused: false });
      await rm(job.work, { recursive: true, force: true });
    }

    for (const job of composerJobs) {
      const t0 = Date.now();
      const phpResult = results.filter((r) => r.job.name === 'php').sort((a, b) => (a.job.line < b.job.line ? 1 : -1))[0];
      if (!phpResult) throw storeErrors.usage('Composer is packed by a PHP of this store: build at least one PHP line with it');
      const missingLibs = job.libraries.filter((p) => !composerLibraries[p]);
      if (missingLibs.length) {
        throw new StoreError('store/composer-libraries-missing', `Composer's dependencies are not installed: ${missingLibs.join(', ')}`, `Install them: apt-get install -y --no-install-recommends ${missingLibs.join(' ')} (scripts/install-system-deps.sh does).`);
      }
      const php = await phpFromArtifact(phpResult.file, ctx.tmp);
      const { layout, mtime } = await buildComposer(job, php, ctx.tmp, job.libraries);
      const kept = await keepArtifact(cache, job, layout, mtime, {
        source: job.provenance[0],
        libraries: Object.fromEntries(job.libraries.map((p) => [p, composerLibraries[p]])),
        librariesFrom: 'the Debian packages installed on the build machine (apt verified them through the archive\'s signed Release chain)',
        packedWith: `php ${phpResult.job.version} of this store`,
        builtOn: builtOn(stack),
        buildSeconds: Math.round((Date.now() - t0) / 1000),
      });
      results.push({ ...kept, job, reused: false });
      await rm(job.work, { recursive: true, force: true });
    }
  } finally {
    await rm(ctx.tmp, { recursive: true, force: true });
  }
  return finish(o, cache, stack, results, unavailable, table, started);
}

function builtOn(stack) {
  return { stack, os: osPretty(), builder: BUILDER_VERSION, at: new Date().toISOString() };
}

/** Work dirs of killed runs (the lock guarantees no other run is using them). */
async function removeStaleWork(cache) {
  await rm(join(cache, 'work'), { recursive: true, force: true });
  for (const name of await readdir(join(cache, 'artifacts')).catch(() => [])) {
    if (name.includes('.tmp-')) await rm(join(cache, 'artifacts', name), { recursive: true, force: true });
  }
  for (const name of await readdir(cache).catch(() => [])) {
    const pid = Number(/^\.tmp-(\d+)-/.exec(name)?.[1]);
    if (pid && pid !== process.pid && !alive(pid)) await rm(join(cache, name), { recursive: true, force: true });
  }
  // A store being assembled by a live --check (no lock) is left alone.
  for (const name of await readdir(join(cache, 'stores')).catch(() => [])) {
    const pid = Number(/^\.tmp-(\d+)$/.exec(name)?.[1]);
    if (pid && !alive(pid)) await rm(join(cache, 'stores', name), { recursive: true, force: true });
  }
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

async function finish(o, cache, stack, results, unavailable, table, started) {
  const order = { php: 0, nginx: 1, composer: 2 };
  results.sort((a, b) => order[a.job.name] - order[b.job.name] || (a.job.version < b.job.version ? 1 : -1));
  const heldLines = (missing) => {
    const lines = {};
    for (const name of ['php', 'nginx', 'composer']) {
      lines[name] = {
        held: results.filter((r) => r.job.name === name).map((r) => ({ line: r.job.line, version: r.job.version })),
        missing: missing.filter((u) => u.name === name).map(({ line, version, reason }) => ({ line, ...(version ? { version } : {}), reason })),
      };
    }
    // Every shared extension the engine's table names, with why a PHP of this store lacks it.
    const wanted = [...new Set([...ENGINE_TABLE.php.extensions.shared, ...table.extensions.map((e) => e.name)])].sort();
    const why = (name, line) => {
      const row = table.extensions.find((e) => e.name === name);
      if (!row) return 'no Debian source package carries it';
      if (!row.php.includes(line)) return row.note ?? `the table does not build it for PHP ${line}`;
      return 'not built (excluded by --extensions)';
    };
    lines.extensions = Object.fromEntries(results.filter((r) => r.job.name === 'php').map((r) => {
      const { shared, builtin } = r.entry.extensions;
      const missing = wanted.filter((e) => !shared.includes(e) && !builtin.includes(e));
      return [r.job.version, { shared, notBuilt: Object.fromEntries(missing.map((e) => [e, why(e, r.job.line)])) }];
    }));
    return lines;
  };
  const { dir, manifest } = await assembleStore(cache, stack, results, unavailable, heldLines);
  log(`\nStore ${dir} (stack ${stack}, ${fmtSeconds((Date.now() - started) / 1000)}):`);
  for (const r of results) {
    const e = r.entry;
    const how = r.reused ? 'reused' : `built in ${fmtSeconds(e.buildSeconds)}`;
    log(`  ${e.name.padEnd(9)}${e.version.padEnd(8)}${`${(e.size / 1e6).toFixed(1)} MB`.padStart(9)}  ${how}`);
    if (e.extensions) log(`           shared: ${e.extensions.shared.join(' ')}`);
  }
  for (const u of unavailable) log(`  not held: ${u.name} ${u.version ?? u.line}: ${u.reason}`);
  if (o.json) process.stdout.write(`${JSON.stringify({ store: dir, url: pathToFileURL(`${dir}/`).href, stack, lines: manifest.lines, artifacts: manifest.artifacts.map(({ name, version, path, sha256, size, buildSeconds, extensions }) => ({ name, version, path, sha256, size, buildSeconds, extensions })) })}\n`);
  else console.log(`PHP_BASE_URL=${pathToFileURL(`${dir}/`).href}\nSTACK=${stack}`);
}

main(process.argv.slice(2)).catch((e) => {
  if (e instanceof StoreError) console.error(e.render());
  else console.error(`build-store: internal error (a bug of the builder):\n${e?.stack ?? e}`);
  process.exitCode = 1;
});
