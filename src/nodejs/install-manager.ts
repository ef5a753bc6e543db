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
import { installFromRegistry, NODE_HOME_REL, type NodeSources } from './install-node.js';
import type { NodePlan } from './plan.js';

export async function installPackageManager(
  pm: NodePlan['packageManager'],
  ctx: { buildDir: string; artifacts: ArtifactCache; registryIndex: RegistryIndex; sources: NodeSources; log: BuildLog },
): Promise<void> {
  const bin = path.join(ctx.buildDir, NODE_HOME_REL, 'bin');
  await fs.mkdir(bin, { recursive: true });
  if (pm.yarnPath) {
    // bin is .scalingo/node/bin: three levels below the app root, wherever the app lives.
    const launcher = `#!/bin/sh\nexec node "$(dirname "$0")/../../../${pm.yarnPath}" "$@"\n`;
    await fs.writeFile(path.join(bin, 'yarn'), launcher, { mode: 0o755 });
    ctx.log.info(`Using the Yarn release vendored at ${pm.yarnPath} (yarnPath in .yarnrc.yml)`);
    return;
  }
  const install = pm.install;
  if (!install) return;
  const home = path.join(ctx.buildDir, '.scalingo', install.name);
  ctx.log.info(`Installing ${install.name === 'pnpm' ? 'pnpm' : install.berry ? 'Yarn' : 'Yarn 1'} ${install.version} (${install.source}) from the npm registry package ${install.pkg}`);
  const got = await installFromRegistry(install.pkg, install.version, home, ctx);
  if (install.hash) await checkPackageManagerHash(install.hash, got, `${install.name}@${install.version}`);
  const names = install.name === 'pnpm' ? [['pnpm', install.bin], ['pnpx', 'bin/pnpx.cjs']] : [['yarn', install.bin], ['yarnpkg', install.bin]];
  for (const [name, target] of names) {
    if (!(await fs.stat(path.join(home, target!)).catch(() => undefined))) continue;
    await fs.rm(path.join(bin, name!), { force: true });
    await fs.symlink(path.join('../..', install.name, target!), path.join(bin, name!));
    await fs.chmod(path.join(home, target!), 0o755);
  }
}

/** packageManager's `+sha512.<hex>` (as corepack writes it) must match the tarball. */
async function checkPackageManagerHash(hash: string, got: { tarball: string; integrity: string }, what: string): Promise<void> {
  const [algorithm, hex] = hash.split('.') as [string, string];
  if (!['sha512', 'sha256', 'sha1'].includes(algorithm)) {
    throw nodeErrors.packageManagerHashUnsupported(what, algorithm);
  }
  const registry = parseChecksum(got.integrity);
  const actual = registry.algorithm === algorithm ? registry.digest.toString('hex') : (await hashFile(got.tarball, algorithm as 'sha512')).toString('hex');
  if (actual !== hex.toLowerCase()) {
    throw nodeErrors.packageManagerHashMismatch(what, algorithm, hex, actual);
  }
}
