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
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { arch as osArch, availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildComposer, cachedArtifact, checkNginx, checkPhp, keepArtifact, layoutNginx, layoutPhp, phpFromArtifact } from './store/artifacts.mjs';
import { failedStep, prepareJob, renderMakefile, runMake, stepSeconds } from './store/build-steps.mjs';
import { StoreError, storeErrors } from './store/errors.mjs';
import { isServed } from './store/fetch.mjs';
import { BUILDER_VERSION, parseSourceTable, planStore, stackFromOsRelease } from './store/plan.mjs';
import { CFLAGS } from './store/recipes.mjs';
import { assembleStore, osPretty } from './store/store-dir.mjs';
import { log, readJson, ROOT } from './store/util.mjs';

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

const SAFE_PATH = /^[A-Za-z0-9._/+-]+$/;

















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
  const machine = stackFromOsRelease(readFileSync('/etc/os-release', 'utf8'));
  if (o.stack && machine && o.stack !== machine && !o.check && !o.probe) {
    // The label is a promise about the libraries the binaries link: only the stack's own image keeps it.
    log(`Note: labelling artifacts built on ${osPretty()} (${machine}) as ${o.stack}: right only when this machine is that stack's image.`);
  }
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
    // A source not served (404, 410, or a proxy's 403) is skipped, and the store says so;
    // probed with one HEAD request before any index is fetched for it. An archive that
    // cannot be reached says nothing about what it serves: that stops the build (or,
    // for nginx and Composer, falls back to an older release already built here).
    const probe = async (job) => {
      const p = await probeRow(job.row, archive);
      if (p.served) {
        delete unserved[job.key];
        return 'served';
      }
      if ([403, 404, 410].includes(p.status)) {
        const reason = `its source ${p.url} is not served to this network (HTTP ${p.status})`;
        unserved[job.key] = reason;
        unavailable.push({ name: job.name, line: job.line, version: job.version, reason });
        log(`Skipping ${job.name} ${job.version}: ${reason}`);
        return 'not-served';
      }
      return { url: p.url, why: p.status ? `HTTP ${p.status}` : p.error };
    };
    const building = [];
    for (const job of toBuild) {
      const r = await probe(job);
      if (r === 'served') building.push(job);
      else if (r !== 'not-served') throw storeErrors.unreachable(r.url, r.why);
    }
    const composerJobs = [];
    for (const { choice, hits } of choiceOf.values()) {
      let unreachable;
      let chosen = false;
      for (const [i, c] of choice.candidates.entries()) {
        if (hits[i]) {
          if (unreachable) log(`Could not ask whether ${unreachable.url} is served (${unreachable.why}): using ${c.name} ${c.version}, built here before.`);
          results.push({ ...hits[i], job: c, reused: true });
          chosen = true;
          break;
        }
        const r = await probe(c);
        if (r === 'served') {
          (c.name === 'composer' ? composerJobs : building).push(c);
          chosen = true;
          break;
        }
        if (r !== 'not-served') unreachable ??= r;
      }
      if (!chosen && unreachable) throw storeErrors.unreachable(unreachable.url, unreachable.why);
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
