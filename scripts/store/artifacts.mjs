/**
 * Built install roots → checked artifacts: each laid out as the engine's layout
 * (src/layout: bin/php, sbin/php-fpm, lib/php/extensions; sbin/nginx, conf/; bin/composer),
 * stripped, run from that directory (not the prefix it was configured for: the
 * relocation check), packed reproducibly, and kept in the artifact cache under its key.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, statSync } from 'node:fs';
import { chmod, copyFile, mkdir, mkdtemp, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { storeErrors } from './errors.mjs';
import { sha256File } from './fetch.mjs';
import { LOADS_AFTER, PREFIX, ZEND_EXTENSIONS } from './recipes.mjs';
import { readJson, ROOT, run } from './util.mjs';

export const artifactDir = (cache, job) => join(cache, 'artifacts', `${job.id}-${job.key.slice(0, 16)}`);

/** A cached artifact, only when its tarball is still the one recorded. */
export async function cachedArtifact(cache, job) {
  const dir = artifactDir(cache, job);
  const entry = await readJson(join(dir, 'entry.json'));
  if (!entry || entry.key !== job.key) return undefined;
  const file = join(dir, basename(entry.path));
  if (!existsSync(file) || statSync(file).size !== entry.size) return undefined;
  if ((await sha256File(file)) !== entry.sha256) return undefined;
  return { entry, file };
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
export async function layoutPhp(job, layout) {
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
export async function checkPhp(job, layout, shared) {
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

export async function layoutNginx(job, layout) {
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
export async function checkNginx(job, layout, tmp) {
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
export async function buildComposer(job, php, tmp, libs) {
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
export async function keepArtifact(cache, job, layout, mtime, entryFields) {
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
export async function phpFromArtifact(file, tmp) {
  const dir = await mkdtemp(join(tmp, 'php-cli-'));
  await run('tar', ['-xzf', file, '-C', dir, 'bin/php']);
  return join(dir, 'bin/php');
}
