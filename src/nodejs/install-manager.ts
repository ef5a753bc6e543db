/**
 * Installs the app's Yarn or pnpm into the slug (.scalingo/yarn, .scalingo/pnpm) from
 * the npm registry, verified, and links it into .scalingo/node/bin so it is on PATH at
 * build time and at runtime. No global corepack is involved. A vendored Yarn
 * (.yarnrc.yml yarnPath) gets a small launcher instead.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { nodeErrors } from './errors.js';
import type { BuildLog } from '../log/build-log.js';
import type { ArtifactCache } from '../runtime/artifact-cache.js';
import type { RegistryIndex } from '../runtime/registry-index.js';
import { hashFile, parseChecksum } from '../runtime/checksum.js';
import { installFromRegistry, type NodeSources } from './install-node.js';
import type { NodePlan } from './plan.js';
import type { ManagerPackage } from './package-manager.js';
import { managerSpec } from './managers.js';
import { fillBuildValues } from '../env/sh-quote.js';
import yarnLauncherSh from './yarn-launcher.sh';
import { SLUG, packageManagerHome } from '../layout/layout.js';

type InstallContext = { buildDir: string; artifacts: ArtifactCache; registryIndex: RegistryIndex; sources: NodeSources; log: BuildLog };

export async function installPackageManager(pm: NodePlan['packageManager'], ctx: InstallContext): Promise<void> {
  const binRel = `${SLUG.nodeHome}/bin`;
  const bin = path.join(ctx.buildDir, binRel);
  await fs.mkdir(bin, { recursive: true });
  if (pm.yarnPath) {
    // yarnPath and the way back to the app root (.scalingo/node/bin: ../../..) as quoted
    // values, never spliced into the script's code; relative, so it holds wherever the app lives.
    const launcher = fillBuildValues(yarnLauncherSh, { app_root: path.posix.relative(binRel, '.'), yarn_path: pm.yarnPath });
    await fs.writeFile(path.join(bin, 'yarn'), launcher, { mode: 0o755 });
    ctx.log.info(`Using the Yarn release vendored at ${pm.yarnPath} (yarnPath in .yarnrc.yml)`);
    return;
  }
  const install = pm.install;
  if (!install) return;
  const registry = managerSpec(install).registry;
  if (registry === 'bundled') return;
  const home = path.join(ctx.buildDir, packageManagerHome(install.name));
  ctx.log.info(`Installing ${registry.logName} ${install.version} (${install.source}) from the npm registry package ${install.pkg}`);
  const got = await installFromRegistry(install.pkg, install.version, home, ctx);
  if (install.hash) await checkPackageManagerHash(install, got, home);
  if (install.native) await placeNativeBinary(install, home, ctx);
  // The names the row links on PATH, each to the release's entry point it names.
  const names = Object.entries(registry.bins).map(([name, entry]) => [name, entry === 'pnpx' ? install.pnpx ?? 'bin/pnpx.cjs' : install.bin]);
  for (const [name, target] of names) {
    if (!(await fs.stat(path.join(home, target!)).catch(() => undefined))) continue;
    await fs.rm(path.join(bin, name!), { force: true });
    await fs.symlink(path.posix.join(path.posix.relative(binRel, packageManagerHome(install.name)), target!), path.join(bin, name!));
    await fs.chmod(path.join(home, target!), 0o755);
  }
}

/**
 * A launcher package (pnpm >= 12) runs a per-platform native binary published as its own
 * npm package (same version). Installed and verified like any registry package, its
 * binary takes the place of the launcher's `pnpm` and `pnpx` files: what the package's
 * own install script does, without running a script from the registry as root.
 */
async function placeNativeBinary(install: ManagerPackage, home: string, ctx: InstallContext): Promise<void> {
  const staging = path.join(home, '.native');
  await fs.rm(staging, { recursive: true, force: true });
  await installFromRegistry(install.native!, install.version, staging, ctx);
  const binary = path.join(staging, 'pnpm');
  if (!(await fs.stat(binary).catch(() => undefined))?.isFile()) {
    throw new Error(`${install.native}@${install.version} has no pnpm binary`);
  }
  for (const target of [install.bin, install.pnpx].filter((t): t is string => t !== undefined)) {
    await fs.rm(path.join(home, target), { force: true });
    await fs.copyFile(binary, path.join(home, target));
    await fs.chmod(path.join(home, target), 0o755);
  }
  await fs.rm(staging, { recursive: true, force: true });
}

/**
 * packageManager's `+<algorithm>.<hex>` as corepack writes it: the hash of what corepack
 * downloads. For Yarn 1, pnpm and npm that is the npm tarball; for Yarn 2+ it is the
 * single-file release (`yarn.js`, the same bytes as bin/yarn.js of @yarnpkg/cli-dist),
 * unless corepack was pointed at an npm registry (COREPACK_NPM_REGISTRY), where it
 * hashes the cli-dist tarball. Both are accepted for Yarn 2+; anything else stops.
 */
async function checkPackageManagerHash(install: ManagerPackage, got: { tarball: string; integrity: string }, home: string): Promise<void> {
  const what = `${install.name}@${install.version}`;
  const [algorithm, hex] = install.hash!.split('.') as [string, string];
  if (!['sha512', 'sha256', 'sha1', 'sha224', 'sha384'].includes(algorithm)) {
    throw nodeErrors.packageManagerHashUnsupported(what, algorithm);
  }
  const registry = parseChecksum(got.integrity);
  const tarball = registry.algorithm === algorithm ? registry.digest.toString('hex') : (await hashFile(got.tarball, algorithm as 'sha512')).toString('hex');
  const candidates = [tarball];
  const row = managerSpec(install).registry;
  if (row !== 'bundled' && row.hashMayBeOfEntryPoint) candidates.push((await hashFile(path.join(home, install.bin), algorithm as 'sha512')).toString('hex'));
  if (!candidates.includes(hex.toLowerCase())) {
    throw nodeErrors.packageManagerHashMismatch(what, algorithm, hex, candidates.at(-1)!);
  }
}
