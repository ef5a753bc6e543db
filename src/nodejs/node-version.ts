/**
 * Which Node.js to install: determine the request (a range and where it came from),
 * then resolve it against the version table. Pure: no I/O, no globals.
 */
import semver from 'semver';
import { rangeTester } from './range-test.js';
import type { Problem } from '../errors/build-error.js';
import { nodeErrors } from './errors.js';
import type { PackageJson } from './package-json.js';
import { describeLines, type NodeRelease, type NodeTable } from './node-table.js';
import { defaultSource, describeSource, fileSource, type Source } from '../env/sourced.js';

export interface RequestedNode {
  /** What the user wrote, trimmed (undefined when nothing was requested). */
  readonly raw?: string;
  /** The semver range it means. */
  readonly range: string;
  readonly source: Source;
}

export interface ResolvedNode extends NodeRelease {
  readonly requested: RequestedNode;
}

/** The first line of a version file, without comments and blanks. */
function firstLine(text: string): string {
  for (const line of text.split(/\r?\n/)) {
    const l = line.replace(/#.*/, '').trim();
    if (l) return l;
  }
  return '';
}

/** engines.node, else .nvmrc, else .node-version, else the default line. */
export function determineNodeRequest(
  pkg: PackageJson,
  files: { nvmrc?: string; nodeVersion?: string },
  table: NodeTable,
): RequestedNode {
  if (pkg.engines.iojs) throw nodeErrors.iojs();
  const candidates: Array<[string | undefined, Source]> = [
    [pkg.engines.node, fileSource('package.json', 'engines.node')],
    [files.nvmrc === undefined ? undefined : firstLine(files.nvmrc), fileSource('.nvmrc')],
    [files.nodeVersion === undefined ? undefined : firstLine(files.nodeVersion), fileSource('.node-version')],
  ];
  for (const [raw, source] of candidates) {
    if (raw === undefined) continue;
    const trimmed = raw.trim();
    // `latest` and nvm's `node` both mean "the newest release"; they are subject to the
    // wide-range cap like `*`.
    const range = trimmed === 'latest' || trimmed === 'node' ? '*' : trimmed;
    if (semver.validRange(range) === null) {
      const newest = table.releases.find((r) => semver.major(r.version) === table.policy.defaultLine)?.version ?? table.releases[0]!.version;
      throw nodeErrors.invalidVersion('Node.js', trimmed, describeSource(source), describeLines(table), newest);
    }
    return { raw: trimmed, range, source };
  }
  return { range: `${table.policy.defaultLine}.x`, source: defaultSource() };
}

export interface ResolveOptions {
  readonly allowWideRange: boolean;
}

export function resolveNode(
  requested: RequestedNode,
  table: NodeTable,
  opts: ResolveOptions,
): { node: ResolvedNode; problems: Problem[] } {
  const inRange = rangeTester(requested.range);
  const matching = table.releases.filter((r) => inRange(r.version));
  const newest = matching[0]; // releases are newest first
  if (!newest) {
    throw nodeErrors.unknownVersion('Node.js', requested.raw ?? requested.range, describeSource(requested.source), describeLines(table));
  }
  const problems: Problem[] = [];
  let chosen = newest;
  const majorOf = (v: string) => semver.major(v);
  const wide = matching.some((r) => majorOf(r.version) !== majorOf(newest.version));
  if (wide) {
    const capped = matching.find((r) => majorOf(r.version) === table.policy.defaultLine);
    if (opts.allowWideRange) {
      problems.push({
        id: 'nodejs/wide-range',
        message:
          `The Node.js range ${JSON.stringify(requested.raw ?? requested.range)} (${describeSource(requested.source)}) spans several major versions; ` +
          `NODEJS_ALLOW_WIDE_RANGE=true, so the newest (${newest.version}) is used.\n` +
          'A new major release will be picked up on a future deploy. Pin a major, e.g. "24.x".',
      });
    } else if (capped && capped !== newest) {
      chosen = capped;
      problems.push({
        id: 'nodejs/wide-range-capped',
        message:
          `The Node.js range ${JSON.stringify(requested.raw ?? requested.range)} (${describeSource(requested.source)}) spans several major versions; ` +
          `using the newest ${table.policy.defaultLine}.x (${capped.version}) instead of ${newest.version}.\n` +
          `Pin a major to choose explicitly, e.g. "${majorOf(newest.version)}.x", or set NODEJS_ALLOW_WIDE_RANGE=true ` +
          'to always take the newest release.',
      });
    } else if (!capped) {
      problems.push({
        id: 'nodejs/wide-range',
        message:
          `The Node.js range ${JSON.stringify(requested.raw ?? requested.range)} (${describeSource(requested.source)}) spans several major versions; ` +
          `using the newest (${newest.version}).\nA new major release will be picked up on a future deploy. ` +
          `Pin a major, e.g. "${majorOf(newest.version)}.x".`,
      });
    }
  }
  const line = String(majorOf(chosen.version));
  if (!(line in table.policy.supportedLines)) {
    problems.push({
      id: 'nodejs/end-of-life',
      message:
        `Node.js ${chosen.version} has reached its end of life: it gets no security fixes.\n` +
        `Upgrade to a maintained line: ${describeLines(table).join(', ')}.`,
    });
  }
  return { node: { ...chosen, requested }, problems };
}
