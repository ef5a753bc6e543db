/**
 * The embedded Node.js version table (data/node-releases.json, generated from the
 * platform inventory) and version policy (data/node-policy.json, hand-maintained).
 */
import releasesDoc from '../../data/node-releases.json' with { type: 'json' };
import policyDoc from '../../data/node-policy.json' with { type: 'json' };
import bundledNpmDoc from '../../data/node-bundled-npm.json' with { type: 'json' };

export interface NodeRelease {
  readonly version: string;
  readonly arch: string;
  readonly url: string;
  readonly checksum: string;
}

export interface NodePolicy {
  readonly defaultLine: number;
  /** Majors that are maintained; anything else installs with an end-of-life warning. */
  readonly supportedLines: Readonly<Record<string, string>>;
  readonly bundledNpmMajor: Readonly<Record<string, number>>;
  /** Releases with a known regression, with what breaks and the fix (warned at build). */
  readonly brokenReleases?: Readonly<Record<string, string>>;
}

export interface NodeTable {
  /** Newest first. */
  readonly releases: readonly NodeRelease[];
  readonly policy: NodePolicy;
}

export function embeddedNodeTable(arch = 'x64'): NodeTable {
  const { bundledNpmMajor, ...policy } = policyDoc;
  const npm: Record<string, number> = {};
  for (const [k, v] of Object.entries(bundledNpmMajor)) if (typeof v === 'number') npm[k] = v;
  return {
    releases: releasesDoc.releases.filter((r) => r.arch === arch),
    policy: {
      defaultLine: policy.defaultLine, supportedLines: policy.supportedLines, bundledNpmMajor: npm,
      brokenReleases: Object.fromEntries(Object.entries(policy.brokenReleases).filter(([k]) => k !== '$comment')),
    },
  };
}

/** "24.x (LTS, up to 24.18.0)" lines for error messages. */
export function describeLines(table: NodeTable): string[] {
  return Object.entries(table.policy.supportedLines)
    .sort(([a], [b]) => Number(b) - Number(a))
    .map(([major, label]) => {
      const newest = table.releases.find((r) => r.version.startsWith(`${major}.`));
      return `${major}.x (${label}${newest ? `, up to ${newest.version}` : ''})`;
    });
}

const BUNDLED_NPM: Readonly<Record<string, string>> = bundledNpmDoc.releases;

/**
 * The npm version the official tarball of this Node.js release bundles
 * (data/node-bundled-npm.json, from Node's release index), when known.
 */
export function bundledNpmOf(nodeVersion: string): string | undefined {
  return Object.hasOwn(BUNDLED_NPM, nodeVersion) ? BUNDLED_NPM[nodeVersion] : undefined;
}

/** The npm major a Node.js release comes with: exact when known, else the per-line table. */
export function bundledNpmMajorOf(nodeVersion: string, table: NodeTable): number | undefined {
  const exact = bundledNpmOf(nodeVersion);
  if (exact) return Number(exact.split('.')[0]);
  const m = Number(nodeVersion.split('.')[0]);
  return table.policy.bundledNpmMajor[String(m)];
}
