/**
 * The executor of vendor/ reuse (decisions in vendor-reuse.ts): restores the previous
 * build's vendor/ when its fingerprint matches, runs what `composer install` would have
 * run outside vendor/, and saves vendor/ after a real install.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { TreeCache } from '../cache/tree-cache.js';
import { hashFileSync } from '../cache/tree-link.js';
import { fsPath, readLinkText, readNames } from '../fs/byte-names.js';
import type { CacheWrites } from '../cache/cache-writes.js';
import { CACHE } from '../layout/layout.js';
import type { BuildLog } from '../log/build-log.js';
import type { ConfigVars } from '../env/config-vars.js';
import { readAppText } from '../fs/app-tree.js';
import type { Fingerprint } from '../cache/fingerprint.js';
import {
  REUSE_KNOB, afterRestore, decideVendorReuse, dumpCommand, hashText, runScriptCommand, vendorFingerprint, vendorLayout, type VendorLayout,
} from './vendor-reuse.js';

export interface VendorContext {
  readonly buildDir: string;
  readonly cacheDir: string;
  readonly cacheWrites?: CacheWrites;
  /** The plan's PHP_REUSE_VENDOR. */
  readonly reuseVendor: boolean;
  readonly configVars: ConfigVars;
  readonly log: BuildLog;
  readonly stack: string;
  readonly versions: { readonly php: string; readonly composer: string };
  readonly phpArtifact: string;
  readonly extensions: readonly string[];
  readonly installCommand: readonly string[];
  readonly lockedNames: readonly string[];
  /** Runs a composer command (argv[0] === 'composer'); throws the step's error on failure. */
  readonly composer: (argv: readonly string[]) => Promise<void>;
}

const ENTRY = 'vendor';

/** `composer install`, or the previous build's vendor/ when nothing that affects it changed. */
export async function installVendor(ctx: VendorContext): Promise<void> {
  const { log, buildDir } = ctx;
  const cache = new TreeCache(path.join(ctx.cacheDir, CACHE.phpVendor), ctx.cacheWrites);
  const install = async (layout: VendorLayout | undefined, fingerprint: Fingerprint | undefined) => {
    await ctx.composer(ctx.installCommand);
    if (!layout || !fingerprint) return cache.drop(ENTRY);
    const autoloadDigest = await sourcesDigest(buildDir, layout.autoloadPaths, layout.vendorDir);
    await cache.save(ENTRY, buildDir, [layout.vendorDir], { fingerprint, autoloadDigest: autoloadDigest ?? null }, { label: `${layout.vendorDir}/` });
  };

  if (!ctx.reuseVendor) {
    log.info(`Not reusing a previous vendor/: ${REUSE_KNOB}=false`);
    return install(undefined, undefined);
  }
  // The app's files, read like every other (regular, inside the app, capped).
  const read = (name: string) => readAppText(buildDir, name);
  const jsonText = (await read('composer.json')) ?? '';
  const decision = vendorLayout(jsonText, ctx.lockedNames, !ctx.installCommand.includes('--no-dev'));
  if (!decision.reuse) {
    log.info(`Not reusing a previous vendor/: ${decision.why}`);
    return install(undefined, undefined);
  }
  const { layout } = decision;
  await cache.sweep();
  const pathRepositories: Record<string, string> = {};
  for (const dir of layout.pathRepositories) pathRepositories[dir] = (await sourcesDigest(buildDir, [dir], layout.vendorDir))!;
  const lockText = await read('composer.lock');
  const authText = await read('auth.json');
  const fingerprint = vendorFingerprint({
    stack: ctx.stack, php: ctx.versions.php, phpArtifact: ctx.phpArtifact, composer: ctx.versions.composer,
    command: ctx.installCommand, extensions: ctx.extensions,
    files: { 'composer.json': hashText(jsonText), 'composer.lock': hashText(lockText), 'auth.json': hashText(authText) },
    pathRepositories, vars: ctx.configVars,
  });
  const saved = await cache.entryMeta(ENTRY);
  if (saved.status === 'damaged') {
    log.info(`Installing: the saved ${layout.vendorDir}/ was not reused: ${saved.why}`);
    return install(layout, fingerprint);
  }
  const reuse = decideVendorReuse(saved.status === 'ok' ? (saved.meta.fingerprint as Fingerprint | undefined) : undefined, fingerprint);
  if (!reuse.reuse) {
    log.info(`Installing: ${reuse.reason}`);
    return install(layout, fingerprint);
  }
  if (await fs.lstat(path.join(buildDir, layout.vendorDir)).catch(() => undefined)) {
    log.info(`Installing: the app already has ${layout.vendorDir}/`);
    return install(layout, fingerprint);
  }
  const r = await cache.restore(ENTRY, buildDir);
  if (r.status !== 'restored') {
    log.info(`Installing: the saved ${layout.vendorDir}/ ${r.status === 'damaged' ? r.why : 'is gone'}`);
    return install(layout, fingerprint);
  }
  // What was compared, as this app has it (an absent auth.json is compared too, but naming it would mislead).
  const compared = [
    'composer.json', ...(lockText !== undefined ? ['composer.lock'] : []), ...(authText !== undefined ? ['auth.json'] : []),
    ...(layout.pathRepositories.length ? [`path repositories (${layout.pathRepositories.join(', ')})`] : []),
    'PHP and Composer versions', 'extensions', 'stack', 'COMPOSER_* config vars',
  ];
  log.info(`Skipping ${ctx.installCommand.join(' ')}: nothing that affects installation changed since the previous build (${compared.join(', ')}).`);
  log.info(`Restored ${layout.vendorDir}/ from the build cache (${r.linked ? 'hard-linked' : 'copied'}, manifest checked). Set ${REUSE_KNOB}=false to always install.`);

  const previousDigest = typeof r.meta.autoloadDigest === 'string' ? r.meta.autoloadDigest : undefined;
  const next = afterRestore(layout, (await sourcesDigest(buildDir, layout.autoloadPaths, layout.vendorDir)) ?? 'unknown', previousDigest);
  for (const event of next.before) await runScript(ctx, event);
  if (next.dump.run) {
    log.info(`Autoloader: dumped again, ${next.dump.why}`);
    // The dump rewrites these files in place: give them their own copies first, so the
    // cache entry they are hard-linked to stays intact.
    await unshareFiles(path.join(buildDir, layout.vendorDir, 'composer'));
    await unshareFiles(path.join(buildDir, layout.vendorDir));
    await ctx.composer(dumpCommand(ctx.installCommand));
  } else {
    log.info(`Autoloader: kept as restored, ${next.dump.why}`);
  }
  for (const event of next.after) await runScript(ctx, event);
}

async function runScript(ctx: VendorContext, event: string): Promise<void> {
  ctx.log.info(`Running the ${event} scripts of composer.json, as composer install would`);
  await ctx.composer(runScriptCommand(event, ctx.installCommand));
}

/**
 * A digest of the contents of files under `paths` (relative to root; missing ones
 * count as missing). Contents, not mtimes: every build starts from a fresh checkout.
 * Undefined when a path is the app root itself (too broad to digest: always changed).
 */
async function sourcesDigest(root: string, paths: readonly string[], vendorDir: string): Promise<string | undefined> {
  // Not sources: the app's vendor/ (what is being restored), and the app's own
  // node_modules and .git; anything of the same name deeper down is part of a package.
  const skipped = new Set([vendorDir, 'node_modules', '.git']);
  if (paths.includes('.')) return undefined;
  const h = createHash('sha256');
  // Names as bytes (src/fs/byte-names.ts): a name that is not UTF-8 is read, not missed.
  const visit = async (rel: string): Promise<void> => {
    const abs = path.join(root, rel);
    const st = await fs.lstat(fsPath(abs)).catch(() => undefined);
    if (!st) h.update(`m ${rel}\n`);
    else if (st.isSymbolicLink()) h.update(`l ${rel} ${await readLinkText(abs)}\n`);
    else if (st.isDirectory()) {
      h.update(`d ${rel}\n`);
      for (const name of (await readNames(abs)).sort()) {
        const child = `${rel}/${name}`;
        if (!skipped.has(child)) await visit(child);
      }
    } else if (st.isFile()) {
      h.update(`f ${rel} ${st.mode & 0o111 ? 'x' : '-'} ${hashFileSync(abs)}\n`);
    } else h.update(`o ${rel}\n`);
  };
  for (const rel of paths) await visit(rel);
  return h.digest('hex');
}

/** Gives each hard-linked regular file directly in `dir` its own copy. */
async function unshareFiles(dir: string): Promise<void> {
  const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const e of entries) {
    if (!e.isFile()) continue;
    const p = path.join(dir, e.name);
    const st = await fs.lstat(p);
    if (st.nlink < 2) continue;
    const tmp = `${p}.unshare-${process.pid}`;
    await fs.copyFile(p, tmp);
    await fs.chmod(tmp, st.mode);
    await fs.rename(tmp, p);
  }
}
