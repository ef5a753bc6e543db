/**
 * Bench helpers (not product code): run one build with its output timestamped line by
 * line, so that each `-----> Title` step gets a wall time even from a buildpack that
 * prints no durations, and the children's cpu time is known; measure a CACHE_DIR raw and
 * as a tar.gz; the platform's archive round trip.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
export const tmp = (p) => mkdtempSync(path.join(tmpdir(), `bench-${p}-`));
export const fmtS = (ms) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(1)} s` : '—');
export const fmtMB = (bytes) => (Number.isFinite(bytes) ? `${Math.round(bytes / 1e6)} MB` : '—');
export const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? (a / b).toFixed(2) : '—');

/**
 * Runs `cmd args` under bash so that `times` reports the cpu of every process it waited
 * for; resolves { ms, cpuMs, code, log, lines: [{ t, line }] } (t: ms since the start).
 */
export function timedBuild(cmd, args, { env, cwd } = {}) {
  return new Promise((resolve) => {
    const start = process.hrtime.bigint();
    const now = () => Number(process.hrtime.bigint() - start) / 1e6;
    // fd 3 gets `times` (shell, then children: "0m1.5s 0m0.2s"); the build's own output is merged.
    const child = spawn('bash', ['-c', '"$@" 2>&1; rc=$?; times >&3; exit $rc', 'bench', cmd, ...args], {
      env, cwd, stdio: ['ignore', 'pipe', 'inherit', 'pipe'],
    });
    const lines = [];
    let partial = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      const t = now();
      const parts = (partial + chunk).split('\n');
      partial = parts.pop();
      for (const line of parts) lines.push({ t, line });
    });
    let times = '';
    child.stdio[3].setEncoding('utf8');
    child.stdio[3].on('data', (c) => { times += c; });
    child.on('close', (code) => {
      const ms = now();
      if (partial) lines.push({ t: ms, line: partial });
      resolve({ ms, cpuMs: childCpu(times), code, lines, log: lines.map((l) => l.line).join('\n') });
    });
  });
}

function childCpu(times) {
  const row = times.trim().split('\n')[1];
  if (!row) return NaN;
  const secs = row.trim().split(/\s+/).map((x) => {
    const m = /^(\d+)m([\d.]+)s$/.exec(x);
    return m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
  });
  return (secs[0] + secs[1]) * 1000;
}

/** `-----> Title` → wall ms until the next header (or the end); repeated titles add up. */
export function stepsFromTimestamps(run) {
  const steps = {};
  let title;
  let since = 0;
  for (const { t, line } of run.lines) {
    const h = /^-----> (.*?)\s*$/.exec(line);
    if (!h) continue;
    if (title !== undefined) steps[title] = (steps[title] ?? 0) + (t - since);
    title = h[1].replace(/\x1b\[[0-9;]*m/g, '').trim();
    since = t;
  }
  if (title !== undefined) steps[title] = (steps[title] ?? 0) + (run.ms - since);
  return steps;
}

/** The engine's own `Done (850ms|1.2s|1m3s)` after each `-----> Title`. */
export function stepsFromDone(log) {
  const steps = {};
  let title;
  for (const line of log.split('\n')) {
    const h = /^-----> (.*)$/.exec(line);
    if (h) { title = h[1]; continue; }
    const d = /^ {7}Done \((?:(\d+)m)?(?:(\d+)s)?(?:([\d.]+)s)?(?:(\d+)ms)?\)$/.exec(line);
    if (d && title) {
      const ms = (Number(d[1] ?? 0) * 60 + Number(d[2] ?? 0) + Number(d[3] ?? 0)) * 1000 + Number(d[4] ?? 0);
      steps[title] = (steps[title] ?? 0) + ms;
    }
  }
  return steps;
}

/**
 * What npm, Yarn or pnpm says the install took: npm's `added 1673 packages in 35s`
 * (`in 2m` is rounded to the minute: then the time between the line naming the command
 * and that summary, from the timestamps), Yarn 1's `Done in 12.34s.`, pnpm's `Done in 3.2s`.
 * The first such line of the log: the install, not the prune.
 */
export function managerInstallMs(run) {
  const lines = run.lines;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].line.trim();
    const npm = /^(?:added|changed|removed|up to date)\b.* in (?:(\d+)m)?(?:([\d.]+)s)?(?:(\d+)ms)?$/.exec(line);
    if (npm) {
      if (npm[1] && !npm[2]) {
        const from = [...lines.slice(0, i)].reverse().find((l) => /\bnpm (ci|install)\b|Installing node modules/.test(l.line));
        return from ? lines[i].t - from.t : Number(npm[1]) * 60000;
      }
      return Number(npm[1] ?? 0) * 60000 + Number(npm[2] ?? 0) * 1000 + Number(npm[3] ?? 0);
    }
    const y = /Done in ([\d.]+)(m?s)\.?$/.exec(line);
    if (y) return Number(y[1]) * (y[2] === 's' ? 1000 : 1);
  }
  return NaN;
}

/** Apparent size of a tree (du -sb: each inode once, as the platform's tar sees it). */
export function rawSize(dir) {
  return Number(execFileSync('du', ['-sb', dir], { encoding: 'utf8' }).split(/\s+/)[0]);
}

/**
 * Writes `dir` as a tar.gz (gzip's default level, as platforms do); returns { ms, bytes }.
 * `format`: tar's own default (GNU: mtimes in whole seconds, as a platform's plain
 * `tar czf` keeps them) unless 'posix' (pax: sub-second mtimes kept).
 */
export function archive(dir, file, format) {
  const t = process.hrtime.bigint();
  execFileSync('tar', [...(format ? [`--format=${format}`] : []), '-czf', file, '-C', dir, '.']);
  return { ms: Number(process.hrtime.bigint() - t) / 1e6, bytes: statSync(file).size };
}

/** Unpacks an archive made by `archive` into a new empty `dir`. */
export function unarchive(file, dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync('tar', ['xzf', file, '-C', dir]);
}
