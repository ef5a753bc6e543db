/**
 * Global setup of the e2e tier: the loopback Node.js distribution every build of the
 * tests downloads from (test/support/node-mirror.ts), and which source builds get when
 * a test does not choose: TEST_NODE_DIST=mirror (default: the official path, the mirror
 * answering as the distribution host) or TEST_NODE_DIST=unreachable (a dead port: the
 * registry fallback). The suite passes either way; tests that are about one path choose
 * it themselves (harness.ts `nodeDistEnv`).
 */
import type { TestProject } from 'vitest/node';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkDeadNodeDist, startNodeMirror } from './node-mirror.js';
import { FIXTURE_NAMES } from './fixtures.js';
import { embeddedNodeTable } from '../../src/nodejs/node-table.js';

export type NodeDistMode = 'mirror' | 'unreachable';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the loopback Node.js mirror, ending in `/`. */
    nodeMirror: string;
    /** The Node.js source of builds whose test does not choose one. */
    nodeDistMode: NodeDistMode;
    /** A file where expectBuildLog notes each FIXTURE/KIND it compared (checked at teardown). */
    buildLogsChecked: string;
  }
}

export function nodeDistModeFrom(value: string | undefined): NodeDistMode {
  if (value === undefined || value === '' || value === 'mirror') return 'mirror';
  if (value === 'unreachable') return 'unreachable';
  throw new Error(`TEST_NODE_DIST is ${JSON.stringify(value)}: use "mirror" (the default) or "unreachable"`);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const mode = nodeDistModeFrom(process.env.TEST_NODE_DIST);
  await checkDeadNodeDist();
  const mirror = await startNodeMirror();
  project.provide('nodeMirror', mirror.url);
  project.provide('nodeDistMode', mode);
  // Most fixtures run the newest release of the default line: built while the first
  // tests start, instead of during the first build that asks for it.
  const table = embeddedNodeTable();
  const newest = table.releases.find((r) => r.version.startsWith(`${table.policy.defaultLine}.`));
  if (newest) mirror.prepare(newest.version).catch(() => undefined);
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'engine-e2e-run-'));
  const checked = path.join(runDir, 'build-logs-checked');
  project.provide('buildLogsChecked', checked);
  return async () => {
    await mirror.close();
    const notes = readIfExists(checked);
    fs.rmSync(runDir, { recursive: true, force: true });
    checkEveryBuildLogCompared(project, notes);
  };
}

function readIfExists(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/**
 * After a run of the whole e2e tier (every file, no name filter), each fixture's cold and
 * warm build log must have been compared exactly once: a snapshot no build compares
 * would pass while going stale, and two builds writing one file would fight over it.
 */
function checkEveryBuildLogCompared(project: TestProject, notes: string): void {
  const root = project.vitest.config.root;
  const e2eDir = path.join(root, 'test/e2e');
  const all = fs.readdirSync(e2eDir).filter((f) => f.endsWith('.test.ts')).map((f) => path.join(e2eDir, f));
  const ran = new Set(project.vitest.state.getFiles().map((f) => f.filepath));
  if (project.vitest.config.testNamePattern || !all.every((f) => ran.has(f))) return;
  const { never, twice } = buildLogCoverage(notes, FIXTURE_NAMES);
  if (never.length || twice.length) {
    throw new Error(
      'build log snapshots (test/__logs__): every fixture\'s cold and warm build must be compared exactly once by an e2e test (expectBuildLog).' +
        (never.length ? ` Never compared: ${never.join(', ')}.` : '') + (twice.length ? ` Compared more than once: ${twice.join(', ')}.` : ''),
    );
  }
}

/** From expectBuildLog's notes (one FIXTURE/KIND a line): the logs never compared, and those compared twice. */
export function buildLogCoverage(notes: string, fixtures: readonly string[]): { never: string[]; twice: string[] } {
  const counts = new Map<string, number>();
  for (const line of notes.split('\n').filter(Boolean)) counts.set(line, (counts.get(line) ?? 0) + 1);
  const expected = fixtures.flatMap((f) => [`${f}/cold`, `${f}/warm`]);
  return { never: expected.filter((k) => !counts.has(k)), twice: [...counts].filter(([, n]) => n > 1).map(([k]) => k) };
}
