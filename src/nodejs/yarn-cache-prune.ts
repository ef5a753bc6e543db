/**
 * After a Yarn 2+ prune: the zips of Yarn's cache folder in the app that the production
 * install does not use (see YarnCacheCleanup) are removed, so the slug holds only what
 * production needs. What Plug'n'Play uses is asked of the pruned .pnp.cjs itself, through
 * its public API (getPackageInformation of every package it knows), not parsed from its
 * text: the same answer for every Yarn release. When that answer cannot be had, nothing
 * is removed.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { BuildLog } from '../log/build-log.js';
import { runCommand, type RunCommand } from '../exec/run.js';
import type { YarnCacheCleanup } from './plan.js';

/**
 * Prints, as JSON, the packageLocation of every package the PnP map at argv[1] knows:
 * every locator it lists (getAllLocators, where the release has it) and every package
 * reachable from the top level and the workspaces (the PnP API every release has).
 */
const PNP_LOCATIONS_SCRIPT = `
const api = require(process.argv[1]);
const seen = new Set();
const locations = new Set();
const visit = (locator) => {
  const key = JSON.stringify([locator.name, locator.reference]);
  if (seen.has(key)) return;
  seen.add(key);
  const info = api.getPackageInformation(locator);
  if (!info) return;
  locations.add(info.packageLocation);
  for (const [name, ref] of info.packageDependencies) {
    if (ref === null || ref === undefined) continue;
    visit(Array.isArray(ref) ? { name: ref[0], reference: ref[1] } : { name, reference: ref });
  }
};
visit(api.topLevel);
for (const locator of api.getDependencyTreeRoots()) visit(locator);
if (typeof api.getAllLocators === 'function') for (const locator of api.getAllLocators()) visit(locator);
process.stdout.write(JSON.stringify([...locations]));
`;

/** The zip file names a set of package locations point into (`…/cache/<name>.zip/node_modules/<pkg>/`, virtual paths too). */
export function zipsInLocations(locations: readonly string[]): Set<string> {
  const zips = new Set<string>();
  for (const location of locations) {
    for (const segment of location.split(/[\\/]/)) if (segment.endsWith('.zip')) zips.add(segment);
  }
  return zips;
}

/** Which entries of the cache folder go: its zips the production install does not use (`used`; undefined: none is used). */
export function unusedZips(entries: readonly string[], used: ReadonlySet<string> | undefined): string[] {
  return entries.filter((name) => name.endsWith('.zip') && !used?.has(name)).sort();
}

export interface YarnCacheCleanupContext {
  readonly buildDir: string;
  readonly env: Readonly<Record<string, string>>;
  readonly log: BuildLog;
  /** runCommand unless a test records the commands. */
  readonly run?: RunCommand;
}

/** The PnP map Yarn wrote: .pnp.cjs, or .pnp.js of the Yarn 2 releases. */
const PNP_MAPS = ['.pnp.cjs', '.pnp.js'];

export async function removeUnusedYarnZips(cleanup: YarnCacheCleanup, ctx: YarnCacheCleanupContext): Promise<void> {
  const { buildDir, log } = ctx;
  const folder = path.join(buildDir, cleanup.folder);
  const st = await fs.lstat(folder).catch(() => undefined);
  if (!st?.isDirectory()) return;
  let used: Set<string> | undefined;
  if (cleanup.keep === 'pnp-map') {
    const map = await firstFile(buildDir, PNP_MAPS);
    const locations = map === undefined ? 'there is no .pnp.cjs' : await pnpLocations(path.join(buildDir, map), ctx);
    if (typeof locations === 'string') {
      log.info(`Yarn cache: ${cleanup.folder} kept whole: what the pruned install uses could not be told (${locations})`);
      return;
    }
    used = zipsInLocations(locations);
  }
  const entries = await fs.readdir(folder, { withFileTypes: true });
  // Only files and links named *.zip (removing a link never touches its target).
  const candidates = entries.filter((e) => e.isFile() || e.isSymbolicLink()).map((e) => e.name);
  const gone = unusedZips(candidates, used);
  let bytes = 0;
  for (const name of gone) {
    const p = path.join(folder, name);
    bytes += (await fs.lstat(p).catch(() => undefined))?.size ?? 0;
    await fs.rm(p, { force: true });
  }
  if (gone.length === 0) return;
  const size = bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
  log.info(cleanup.keep === 'none'
    ? `Yarn cache: removed the ${gone.length} zip${gone.length > 1 ? 's' : ''} of ${cleanup.folder} (${size}) from the slug: the node-modules linker installed the packages into node_modules, nothing reads them at runtime`
    : `Yarn cache: removed ${gone.length} zip${gone.length > 1 ? 's' : ''} of ${cleanup.folder} (${size}) that the pruned install does not use (devDependencies): ${gone.slice(0, 5).join(', ')}${gone.length > 5 ? ', …' : ''}`);
}

async function firstFile(root: string, names: readonly string[]): Promise<string | undefined> {
  for (const name of names) if ((await fs.lstat(path.join(root, name)).catch(() => undefined))?.isFile()) return name;
  return undefined;
}

/** The package locations the PnP map knows, or why they could not be had. */
async function pnpLocations(map: string, ctx: YarnCacheCleanupContext): Promise<string[] | string> {
  const r = await (ctx.run ?? runCommand)(['node', '-e', PNP_LOCATIONS_SCRIPT, map], { cwd: ctx.buildDir, env: ctx.env, log: ctx.log, quiet: true });
  if (!r.ok) {
    // Node ends a crash with its own version line: the error line says more.
    const lines = r.output.trim().split('\n').map((l) => l.trim()).filter((l) => l !== '');
    const error = lines.filter((l) => /^\w*Error\b/.test(l)).at(-1) ?? lines.at(-1) ?? 'no output';
    return `asking ${path.basename(map)} failed: ${error}`;
  }
  try {
    const parsed: unknown = JSON.parse(r.output);
    if (Array.isArray(parsed) && parsed.every((l) => typeof l === 'string')) return parsed;
  } catch {
    // reported below
  }
  return `${path.basename(map)} gave no list of packages`;
}
