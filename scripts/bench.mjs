#!/usr/bin/env node
// Benchmark (not a test): for each Node fixture, cold compiles (empty cache), warm
// compiles (same cache, unchanged app), and the bare steps done by hand on the same
// machine in the same run (extract node + npm, `npm ci` with the same warm npm cache,
// `npm run build`), so engine overhead shows as a ratio. Usage:
//   npm run bench [-- --runs N] [-- --sections a,b] [-- --node-source file|registry] [-- fixture ...]
// `warm` is an unchanged app rebuilt with the same cache (the engine restores the
// runtime and the previous install); `bare` is the manager's own install with a warm
// cache, i.e. what a cached build costs without the engine. PHP fixtures (php-*) build
// on the store built from source (scripts/build-store.mjs, run once on the machine):
// their `bare` extracts php, nginx and Composer and runs `composer install` with the
// warm Composer cache, then the compile commands.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, mkdirSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stepsFromDone } from './bench-run.mjs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 3;
const sectionsAt = args.indexOf('--sections');
// Sections: `fixtures` (the per-fixture table below), and the issue-13 rows: `startup`
// (detect and plan against a bare node), `realistic` (fixtures/node-realistic-app cold and
// warm with per-step times), `php` (PHP warm/cold with vendor/ reuse), `tree-cache` (the
// tree cache's restore with and without its content check, scripts/bench-tree-cache.mjs),
// `cache-directories` (a 50k-file cached directory's restore against cp -a and fs.cp,
// scripts/bench-cache-directories.mjs),
// `framework-cache` (fixtures/node-next-app rebuilt with and without .next/cache), and
// (scripts/bench-steps.mjs) `steps` (per Node fixture and the bench-only large app: each
// step cold and warm, cold minus the manager's install and the build script, CACHE_DIR raw
// and as tar.gz, the warm build with the archive round trip), `next` (`next build` warm /
// cold with the source unchanged). Default: all.
const allSections = ['startup', 'realistic', 'php', 'tree-cache', 'cache-directories', 'framework-cache', 'fixtures', 'steps', 'next'];
const sections = sectionsAt >= 0 ? args[sectionsAt + 1].split(',') : allSections;
for (const s of sections) if (!allSections.includes(s)) throw new Error(`unknown section ${s} (${allSections.join(', ')})`);
const sourceAt = args.indexOf('--node-source');
// `steps` and `next`: Node.js from a local official-layout tarball (no download in the
// figures, as in scripts/bench-upstream.mjs), or as the engine fetches it here.
const nodeSource = sourceAt >= 0 ? args[sourceAt + 1] : 'file';
if (!['file', 'registry'].includes(nodeSource)) throw new Error('--node-source takes file or registry');
const named = args.filter((a, i) => !a.startsWith('--') && i !== runsAt + 1 && i !== sectionsAt + 1 && i !== sourceAt + 1);
const benchOnly = ['node-large-app', 'node-small-app', 'node-next-realistic-app'];
const fixtures = named.length
  ? named.filter((f) => f !== 'node-next-app' && !benchOnly.includes(f))
  : ['node-npm-app', 'node-yarn1-app', 'node-yarn4-pnp-app', 'node-yarn4-nm-app', 'node-pnpm-app', 'node-pnpm-workspace-app',
    'php-composer-app', 'php-laravel-app'];
const isPhp = (fixture) => fixture.startsWith('php-');
const treeCacheRow = sections.includes('tree-cache') || named.includes('tree-cache');

/**
 * An ENV_DIR pointing PHP builds at the store built from source (scripts/build-store.mjs,
 * which must have run once on this machine); the builds run on its stack.
 */
let phpEnvDir;
function phpEnv() {
  if (phpEnvDir) return phpEnvDir;
  const found = JSON.parse(execFileSync('node', [path.join(root, 'scripts/build-store.mjs'), '--check', '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }));
  env.STACK = found.stack;
  phpEnvDir = tmp('env');
  writeFileSync(path.join(phpEnvDir, 'PHP_BASE_URL'), found.url);
  writeFileSync(path.join(phpEnvDir, 'NGINX_BASE_URL'), found.url);
  return phpEnvDir;
}

const env = { ...process.env };
for (const k of Object.keys(env)) if (/^npm_/i.test(k)) delete env[k]; // not npm run's own config

const tmp = (p) => mkdtempSync(path.join(tmpdir(), `bench-${p}-`));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms) => `${(ms / 1000).toFixed(2)}s`;

function timed(fn) {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

function compile(fixture, cache) {
  const app = tmp('app');
  cpSync(path.join(root, 'fixtures', fixture), app, { recursive: true });
  const args = isPhp(fixture) ? [app, cache, phpEnv()] : [app, cache];
  const ms = timed(() => execFileSync(path.join(root, 'bin/compile'), args, { env, stdio: 'ignore' }));
  rmSync(app, { recursive: true, force: true });
  return ms;
}

/** PHP without the engine: extract the three artifacts, composer install (warm cache), compile commands. */
function barePhp(fixture, cache) {
  const artifacts = path.join(cache, 'artifacts');
  const names = readdirSync(artifacts);
  const app = tmp('bare');
  cpSync(path.join(root, 'fixtures', fixture), app, { recursive: true });
  const composerJson = JSON.parse(readFileSync(path.join(app, 'composer.json'), 'utf8'));
  const e = {
    ...env,
    COMPOSER_HOME: path.join(cache, 'composer/home'),
    COMPOSER_CACHE_DIR: path.join(cache, 'composer/cache'),
    COMPOSER_ALLOW_SUPERUSER: '1',
    PHP_INI_SCAN_DIR: path.join(app, '.scalingo/php-app/conf.d'),
  };
  const ms = timed(() => {
    for (const c of ['php', 'nginx', 'composer']) {
      const dir = path.join(app, '.scalingo', c);
      mkdirSync(dir, { recursive: true });
      execFileSync('tar', ['xzf', path.join(artifacts, names.find((n) => n.startsWith(`${c}-`))), '-C', dir]);
    }
    // The store's PHP has what Composer needs built in (mbstring, phar): only the extension dir.
    mkdirSync(e.PHP_INI_SCAN_DIR, { recursive: true });
    writeFileSync(path.join(e.PHP_INI_SCAN_DIR, 'ext.ini'), `extension_dir=${path.join(app, '.scalingo/php/lib/php/extensions')}\n`);
    const php = path.join(app, '.scalingo/php/bin/php');
    execFileSync(php, [path.join(app, '.scalingo/composer/bin/composer'), 'install', '--prefer-dist', '--optimize-autoloader', '--no-interaction', '--no-progress', '--no-dev'], { cwd: app, env: e, stdio: 'ignore' });
    for (const command of composerJson.extra?.paas?.compile ?? []) {
      execFileSync('sh', ['-c', command], { cwd: app, env: { ...e, PATH: `${path.dirname(php)}:${env.PATH}` }, stdio: 'ignore' });
    }
  });
  rmSync(app, { recursive: true, force: true });
  return ms;
}

/** The same work without the engine: what a hand-written script would do. */
function bare(fixture, cache) {
  if (isPhp(fixture)) return barePhp(fixture, cache);
  const plan = JSON.parse(execFileSync(path.join(root, 'bin/plan'), [path.join(root, 'fixtures', fixture)], { env, encoding: 'utf8' }));
  const artifacts = path.join(cache, 'artifacts');
  const names = readdirSync(artifacts);
  const nodeTgz = names.find((n) => /^node(-linux-x64)?-\d/.test(n));
  const npmTgz = names.find((n) => n.startsWith('npm-'));
  const pm = plan.packageManager;
  const pmTgz = pm.install && names.find((n) => n.startsWith(`${pm.install.pkg.replace(/[^A-Za-z0-9._-]/g, '_')}-${pm.install.version}-`));
  const app = tmp('bare');
  cpSync(path.join(root, 'fixtures', fixture), app, { recursive: true });
  const home = path.join(app, '.scalingo/node');
  const bin = path.join(home, 'bin');
  const e = {
    ...env,
    PATH: `${bin}:${env.PATH}`,
    NODE_ENV: 'production',
    npm_config_cache: path.join(cache, 'node/npm-cache'),
    YARN_CACHE_FOLDER: path.join(cache, 'node/yarn-cache'),
    YARN_ENABLE_GLOBAL_CACHE: 'false',
    npm_config_store_dir: path.join(cache, 'node/pnpm-store'),
  };
  const ms = timed(() => {
    mkdirSync(home, { recursive: true });
    execFileSync('tar', ['xzf', path.join(artifacts, nodeTgz), '-C', home, '--strip-components=1']);
    if (npmTgz) {
      const npmDir = path.join(home, 'lib/node_modules/npm');
      mkdirSync(npmDir, { recursive: true });
      execFileSync('tar', ['xzf', path.join(artifacts, npmTgz), '-C', npmDir, '--strip-components=1']);
      execFileSync('ln', ['-sf', '../lib/node_modules/npm/bin/npm-cli.js', path.join(bin, 'npm')]);
    }
    if (pmTgz) {
      const dir = path.join(app, '.scalingo', pm.name);
      mkdirSync(dir, { recursive: true });
      execFileSync('tar', ['xzf', path.join(artifacts, pmTgz), '-C', dir, '--strip-components=1']);
      execFileSync('ln', ['-sf', path.join(dir, pm.install.bin), path.join(bin, pm.name)]);
    }
    execFileSync(plan.install.command[0], plan.install.command.slice(1), { cwd: app, env: e, stdio: 'ignore' });
    for (const hook of plan.hooks.filter((h) => h.phase === 'build')) {
      execFileSync(hook.command[0], hook.command.slice(1), { cwd: app, env: e, stdio: 'ignore' });
    }
  });
  rmSync(app, { recursive: true, force: true });
  return ms;
}

const rows = [];
const summary = [];
if (sections.includes('startup')) summary.push(...benchStartup());
if (sections.includes('realistic')) summary.push(...benchRealisticNode());
if (sections.includes('php')) summary.push(...benchPhpReuse());
if (summary.length) printSummary(summary);
const runFixtures = sections.includes('fixtures');
for (const fixture of runFixtures ? fixtures.filter((f) => f !== 'tree-cache') : []) {
  process.stderr.write(`${fixture}: `);
  const cold = [];
  let warmCache;
  for (let i = 0; i < runs; i++) {
    const cache = tmp('cache');
    cold.push(compile(fixture, cache));
    process.stderr.write('c');
    if (warmCache) rmSync(cache, { recursive: true, force: true });
    else warmCache = cache;
  }
  const warm = [];
  const bareRuns = [];
  for (let i = 0; i < runs; i++) {
    warm.push(compile(fixture, warmCache));
    process.stderr.write('w');
    bareRuns.push(bare(fixture, warmCache));
    process.stderr.write('b');
  }
  rmSync(warmCache, { recursive: true, force: true });
  process.stderr.write('\n');
  rows.push({ fixture, cold: median(cold), warm: median(warm), bare: median(bareRuns) });
}

if (runFixtures) {
  console.log(`\nMedians of ${runs} runs each (same machine, same run):\n`);
  console.log('fixture                    cold     warm     bare     warm/cold  warm/bare');
  for (const r of rows) {
    console.log(
      `${r.fixture.padEnd(25)}  ${fmt(r.cold).padStart(6)}  ${fmt(r.warm).padStart(6)}  ${fmt(r.bare).padStart(6)}` +
        `   ${(r.warm / r.cold).toFixed(2).padStart(8)}  ${(r.warm / r.bare).toFixed(2).padStart(9)}`,
    );
  }
  console.log('\ncold: empty CACHE_DIR (Node: downloads node + npm, installs from the registry; PHP: fetches php, nginx, Composer from the store built from source)');
  console.log('warm: same CACHE_DIR, unchanged app');
  console.log('bare: by hand with the warm cache: extract node (+npm, + yarn/pnpm), the same install command, the build script;');
  console.log('      PHP: extract php, nginx, Composer, composer install, the compile commands');
}

// ---------------------------------------------------------------------------------
// Rows of start-up and rebuild speed (start-up, realistic npm app, PHP vendor/ reuse). Kept in their own
// functions so other bench sections merge beside them.

/** Median wall times of commands run interleaved (so machine load hits them alike). */
function interleaved(commands, n) {
  const times = commands.map(() => []);
  for (let i = 0; i < n; i++) {
    commands.forEach(([cmd, ...rest], j) => {
      times[j].push(timed(() => execFileSync(cmd, rest, { env, stdio: 'ignore' })));
    });
  }
  return times.map(median);
}

/** bin/detect and bin/plan against `node -e 0`, same machine, interleaved. */
function benchStartup() {
  const n = Math.max(runs, 9); // a start-up is ~0.1 s: more runs for a stable median
  const node = path.join(root, 'fixtures/node-npm-app');
  const php = path.join(root, 'fixtures/php-composer-app');
  process.stderr.write(`start-up (${n} runs, interleaved)\n`);
  const [bare, detect, plan, planPhp] = interleaved([
    ['node', '-e', '0'],
    [path.join(root, 'bin/detect'), node],
    [path.join(root, 'bin/plan'), node],
    [path.join(root, 'bin/plan'), php],
  ], n);
  return [
    { what: '`node -e 0`', value: fmtMs(bare) },
    { what: '`bin/detect` (Node app) / `node -e 0`', value: `${(detect / bare).toFixed(2)}x (${fmtMs(detect)})`, target: '<= 1.3x' },
    { what: '`bin/plan` (Node app) / `node -e 0`', value: `${(plan / bare).toFixed(2)}x (${fmtMs(plan)})`, target: '<= 1.6x' },
    { what: '`bin/plan` (PHP app) / `node -e 0`', value: `${(planPhp / bare).toFixed(2)}x (${fmtMs(planPhp)})` },
  ];
}

function fmtMs(ms) {
  return `${Math.round(ms)} ms`;
}

/** A compile whose log is kept: wall time and each step's `Done (…)` duration. */
function compileWithSteps(fixture, cache, envDir) {
  const app = tmp('app');
  cpSync(path.join(root, 'fixtures', fixture), app, { recursive: true });
  let out = '';
  const ms = timed(() => {
    out = execFileSync(path.join(root, 'bin/compile'), envDir ? [app, cache, envDir] : [app, cache], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 << 20 });
  });
  rmSync(app, { recursive: true, force: true });
  return { ms, steps: stepsFromDone(out), log: out };
}


function medianOf(runsList, key) {
  return median(runsList.map((r) => r.steps[key] ?? 0));
}

/**
 * `runs` cold builds, each on an empty CACHE_DIR (the first one is kept), then `runs` warm
 * builds on that cache. The caller removes warmCache.
 */
function coldThenWarm(build) {
  const cold = [];
  let warmCache;
  for (let i = 0; i < runs; i++) {
    const cache = tmp('cache');
    cold.push(build(cache));
    process.stderr.write('c');
    if (warmCache) rmSync(cache, { recursive: true, force: true });
    else warmCache = cache;
  }
  const warm = [];
  for (let i = 0; i < runs; i++) {
    warm.push(build(warmCache));
    process.stderr.write('w');
  }
  return { cold, warm, warmCache };
}

/** fixtures/node-realistic-app (~300 packages, tsc build): cold, warm, per-step warm times. */
function benchRealisticNode() {
  const fixture = 'node-realistic-app';
  process.stderr.write(`${fixture}: `);
  const { cold, warm, warmCache } = coldThenWarm((cache) => compileWithSteps(fixture, cache));
  const [planMs] = interleaved([[path.join(root, 'bin/plan'), path.join(root, 'fixtures', fixture)]], Math.max(runs, 5));
  process.stderr.write('p\n');
  const warmLog = warm.at(-1).log;
  rmSync(warmCache, { recursive: true, force: true });
  const c = median(cold.map((r) => r.ms));
  const w = median(warm.map((r) => r.ms));
  const build = 'Running build script';
  const minusBuild = median(warm.map((r) => r.ms - (r.steps[build] ?? 0)));
  const stepped = median(warm.map((r) => Object.values(r.steps).reduce((a, b) => a + b, 0)));
  const reused = /Skipping npm ci/.test(warmLog) && /pruned\) from the build cache/.test(warmLog);
  const row = (what, ms, extra = {}) => ({ what: `${fixture} warm: ${what}`, value: fmt(ms), ...extra });
  return [
    { what: `${fixture} cold`, value: fmt(c) },
    { what: `${fixture} warm`, value: fmt(w) + (reused ? '' : ' (!! install or prune was not reused)') },
    { what: `${fixture} warm / cold`, value: (w / c).toFixed(2), target: '<= 0.15' },
    { what: `${fixture} warm minus the build script`, value: fmt(minusBuild), target: '<= 0.8 s' },
    row('runtime restore (step "Installing Node.js")', medianOf(warm, 'Installing Node.js')),
    row('node_modules restore (step "Installing dependencies")', medianOf(warm, 'Installing dependencies')),
    row('build script (step "Running build script", tsc)', medianOf(warm, build)),
    row('pruned-tree restore (step "Pruning devDependencies")', medianOf(warm, 'Pruning devDependencies')),
    row('other steps (cache restore/save, runtime config)', medianOf(warm, 'Restoring cache') + medianOf(warm, 'Saving cache') + medianOf(warm, 'Writing runtime configuration')),
    row('outside steps (start-up, plan, change checks of node_modules)', w - stepped),
    { what: `${fixture}: bin/plan alone (start-up + plan)`, value: fmt(planMs) },
  ];
}

/** PHP warm/cold with vendor/ reuse (php-composer-app, php-laravel-app), through the store built from source. */
function benchPhpReuse() {
  const out = [];
  for (const fixture of ['php-composer-app', 'php-laravel-app']) {
    process.stderr.write(`${fixture} (vendor reuse): `);
    const envDir = phpEnv();
    const { cold, warm, warmCache } = coldThenWarm((cache) => compileWithSteps(fixture, cache, envDir));
    process.stderr.write('\n');
    const reused = /Skipping composer install/.test(warm.at(-1).log);
    rmSync(warmCache, { recursive: true, force: true });
    const c = median(cold.map((r) => r.ms));
    const w = median(warm.map((r) => r.ms));
    const composerStep = 'Installing dependencies with Composer';
    out.push(
      { what: `${fixture} cold`, value: fmt(c) },
      { what: `${fixture} warm`, value: fmt(w) + (reused ? '' : ' (!! composer install was not skipped)') },
      { what: `${fixture} warm / cold`, value: (w / c).toFixed(2), target: '<= 0.25' },
      { what: `${fixture} Composer step cold → warm`, value: `${fmt(medianOf(cold, composerStep))} → ${fmt(medianOf(warm, composerStep))}` },
      ...phpWarmSteps(fixture, warm),
    );
  }
  return out;
}

/** Where a warm PHP build's time goes: the runtime restores, the configs (written, validated), the rest. */
function phpWarmSteps(fixture, warm) {
  const sum = (r, re) => Object.entries(r.steps).filter(([t]) => re.test(t)).reduce((a, [, ms]) => a + ms, 0);
  const row = (what, fn) => ({ what: `${fixture} warm: ${what}`, value: fmt(median(warm.map(fn))) });
  return [
    row('runtime restore (steps "Installing PHP/nginx")', (r) => sum(r, /^Installing (PHP|nginx) /)),
    row('Composer runtime restore (step "Installing Composer")', (r) => sum(r, /^Installing Composer /)),
    row('configs written and validated', (r) => sum(r, /^Writing PHP, PHP-FPM and nginx configuration$/)),
    row('compile commands and framework steps', (r) => sum(r, /^Running compile command|^Warming up/)),
    row('outside steps (start-up, plan, release)', (r) => r.ms - Object.values(r.steps).reduce((a, b) => a + b, 0)),
  ];
}

function printSummary(list) {
  console.log(`\nStart-up and rebuild rows: medians of ${runs} runs each (start-up: more, see above), same machine, one run\n`);
  const width = Math.max(...list.map((r) => r.what.length));
  for (const r of list) console.log(`${r.what.padEnd(width)}  ${r.value.padStart(10)}${r.target ? `   target ${r.target}` : ''}`);
}
if (treeCacheRow) {
  const { benchTreeCache, printTreeCache } = await import('./bench-tree-cache.mjs');
  printTreeCache(await benchTreeCache({ runs: Math.max(runs, 3) }));
}
if (sections.includes('cache-directories')) {
  const { benchCacheDirectories, printCacheDirectories } = await import('./bench-cache-directories.mjs');
  printCacheDirectories(await benchCacheDirectories({ runs: Math.max(runs, 3) }));
}

/**
 * Framework build cache: a Next.js app rebuilt after a page changed,
 * so `next build` must run again, with the install reused either way: with .next/cache
 * restored (the default) and without it (NODE_FRAMEWORK_CACHE=false), next to its cold
 * build. Runs when no fixture is named, or when node-next-app is.
 */
function benchFrameworkCache() {
  const fixture = 'node-next-app';
  const optOut = tmp('env');
  writeFileSync(path.join(optOut, 'NODE_FRAMEWORK_CACHE'), 'false');
  const rebuild = (cache, envDir) => {
    const app = tmp('app');
    cpSync(path.join(root, 'fixtures', fixture), app, { recursive: true });
    const page = path.join(app, 'pages/index.js');
    writeFileSync(page, readFileSync(page, 'utf8').replace('Hello from', `Changed ${Date.now()}, hello from`));
    const ms = timed(() => execFileSync(path.join(root, 'bin/compile'), envDir ? [app, cache, envDir] : [app, cache], { env, stdio: 'ignore' }));
    rmSync(app, { recursive: true, force: true });
    return ms;
  };
  process.stderr.write(`${fixture} (framework cache): `);
  const cold = [];
  const withCache = [];
  const without = [];
  for (let i = 0; i < runs; i++) {
    const cache = tmp('cache');
    cold.push(compile(fixture, cache));
    process.stderr.write('c');
    withCache.push(rebuild(cache));
    process.stderr.write('w');
    without.push(rebuild(cache, optOut));
    process.stderr.write('o');
    rmSync(cache, { recursive: true, force: true });
  }
  process.stderr.write('\n');
  rmSync(optOut, { recursive: true, force: true });
  return { fixture, cold: median(cold), withCache: median(withCache), without: median(without) };
}
const frameworkRow = sections.includes('framework-cache') && (!named.length || named.includes('node-next-app')) ? benchFrameworkCache() : undefined;
if (frameworkRow) {
  const r = frameworkRow;
  console.log('\nFramework build cache: a page changed, so the build runs again (install reused in both warm columns)\n');
  console.log('fixture                    cold     warm     warm, NODE_FRAMEWORK_CACHE=false   warm/cold  warm/opt-out');
  console.log(
    `${r.fixture.padEnd(25)}  ${fmt(r.cold).padStart(6)}  ${fmt(r.withCache).padStart(6)}  ${fmt(r.without).padStart(8)}` +
      `                           ${(r.withCache / r.cold).toFixed(2).padStart(6)}  ${(r.withCache / r.without).toFixed(2).padStart(10)}`,
  );
}

if (sections.includes('steps')) {
  const { benchSteps, printSteps } = await import('./bench-steps.mjs');
  const list = named.length
    ? named.filter((f) => !isPhp(f) && f !== 'tree-cache' && f !== 'node-next-realistic-app')
    : [...fixtures.filter((f) => !isPhp(f)), 'node-realistic-app', 'node-large-app'];
  printSteps(await benchSteps({ root, fixtures: list, runs, source: nodeSource }), { runs, source: nodeSource });
}
if (sections.includes('next')) {
  const { benchNext, printNext } = await import('./bench-steps.mjs');
  const nextApps = ['node-next-app', 'node-next-realistic-app'];
  const picked = named.filter((f) => nextApps.includes(f));
  for (const fixture of picked.length ? picked : nextApps) printNext(await benchNext({ root, fixture, runs, source: nodeSource }), runs);
}
