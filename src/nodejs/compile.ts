/**
 * Executes a Node.js build plan: install the runtime, restore caches, run the hooks and
 * the install in order, save caches, prune, write the runtime scripts. Every decision
 * was made by the plan; this module only applies it and reports.
 */
import { pathExists } from '../fs/path-exists.js';
import { readIfExists, writeAtomic } from '../fs/small-files.js';
import { realAppFs } from '../fs/app-fs.js';
import { ensureEngineDir, readAppText, replaceLinkedDirs, writeEngineFile } from '../fs/app-tree.js';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { ConfigVars } from '../env/config-vars.js';
import type { BuildLog } from '../log/build-log.js';
import { logConfigVars } from '../log/build-log.js';
import { runCommand, type RunCommand } from '../exec/run.js';
import { exitSummary } from '../errors/command-failed.js';
import { ArtifactCache } from '../runtime/artifact-cache.js';
import { RegistryIndex } from '../runtime/registry-index.js';
import { DirectoryCache } from '../cache/directories.js';
import { writeCacheFile, type CacheWrites } from '../cache/cache-writes.js';
import { TreeCache, digestPaths, settleSpares, unchangedSince, type RestoredTree } from '../cache/tree-cache.js';
import { decideInstallReuse, hashText, installRelevantVars, type Fingerprint } from './install-reuse.js';
import { decideScriptReplay, type ReplayCommand, type ReplayDecision } from './install-scripts.js';
import { CACHE_LAYOUT_VERSION, compareSignatures, parseSignature, type CacheSignature } from '../cache/signature.js';
import { nodeErrors } from './errors.js';
import { builtProcessTypes, installOutputList, yarnPathDisagreement, type NodePlan, type Hook } from './plan.js';
import type { NodeTable } from './node-table.js';
import { installFromRegistry, installNode, type InstalledNode } from './install-node.js';
import { installPackageManager } from './install-manager.js';
import { managerReleaseEnv, nodeBuildEnv, toolGuards } from './build-env.js';
import { diagnoseFailure } from './diagnose.js';
import { FrameworkCaches } from './framework-caches.js';
import { appFileReadOptions, managerSpec, outOfSyncHint, presentLockfile, type ManagerSpec } from './managers.js';
import { releaseRules } from './manager-releases.js';
import { renderFocusPluginLoader } from './yarn-plugin-loader.js';
import { removeUnusedYarnZips } from './yarn-cache-prune.js';
import { yarnPruneSkipped } from './managers.js';
import { describeNodeVersion, describePackageManager, describeProcess, describeRestoredInstall } from './describe.js';
import { EXPORT_FILE, renderExportFile, renderNodeProfile, renderPnpProfile, renderWebConcurrencyProfile } from './profile.js';
import { describeSource } from '../env/sourced.js';
import { CACHE, ENGINE_DIRS, NODE_CACHE, SLUG, packageManagerHome } from '../layout/layout.js';

export interface NodeCompileContext {
  readonly buildDir: string;
  readonly cacheDir: string;
  readonly tmpDir: string;
  readonly table: NodeTable;
  readonly configVars: ConfigVars;
  readonly platformEnv: Readonly<Record<string, string | undefined>>;
  readonly log: BuildLog;
  /** The build's writes into CACHE_DIR (best-effort; a full cache disk said once). */
  readonly cacheWrites: CacheWrites;
  /**
   * 'build-tool': another language's app builds its assets with Node.js (php.md §9), so no
   * WEB_CONCURRENCY profile (that app tunes its own server), no process type, no export
   * file; its warnings and config vars were logged by that app's build. Default 'app'.
   */
  readonly role?: 'app' | 'build-tool';
  /**
   * Runs the build's commands (the manager's install and prune, the hooks, `--version`
   * checks): runCommand, or a recording fake in the tests that assert their argv and env.
   */
  readonly run?: RunCommand;
}

/**
 * Returns the process types bin/release will record: the plan's rule applied to the built
 * tree (a build step may write the Procfile or server.js); the plan's own for a PHP build.
 */
export async function compileNode(plan: NodePlan, ctx: NodeCompileContext): Promise<NodePlan['processTypes']> {
  try {
    return await compileSteps(plan, ctx);
  } finally {
    // The cache's spares (TreeCache.keepSpare) are finished before the build ends.
    await settleSpares();
  }
}

async function compileSteps(plan: NodePlan, ctx: NodeCompileContext): Promise<NodePlan['processTypes']> {
  const { log, buildDir } = ctx;
  const run = ctx.run ?? runCommand;
  let built: Pick<NodePlan, 'processTypes' | 'processSource'> | undefined;
  // The app a build tool serves has already logged these (the tool's warnings are part of its own).
  if (ctx.role !== 'build-tool') {
    for (const w of plan.warnings) log.warn(w);
    logConfigVars(log, ctx.configVars);
  }

  const cacheRoot = path.join(ctx.cacheDir, CACHE.node);
  const inCache = (rel: string) => path.join(ctx.cacheDir, rel);
  const writes = ctx.cacheWrites;
  // With the cache off, npm's and the manager's caches live in TMPDIR (same folder names);
  // with the cache disk full too: a manager filling it would fail the install.
  const managerCachesInCache = plan.cache.enabled && !writes.full;
  const npmCacheDir = managerCachesInCache ? inCache(NODE_CACHE.npm) : path.join(ctx.tmpDir, path.basename(NODE_CACHE.npm));
  const spec = managerSpec(plan.packageManager);
  const managerCacheDir = path.join(managerCachesInCache ? cacheRoot : ctx.tmpDir, plan.managerCacheFolder);
  const dirs = new DirectoryCache(inCache(NODE_CACHE.dirs), writes);
  const installs = new TreeCache(inCache(NODE_CACHE.installs), writes);
  // The runtime tree (node, npm, yarn/pnpm) of a previous build with the same inputs:
  // no download, no extraction; its manifest is checked before use.
  const runtimes = new TreeCache(inCache(CACHE.nodeRuntimes), writes);
  const runtimeEntry = runtimeKey(plan);
  // Yarn PnP: the app's own cache folder (the installed packages), mirrored between builds.
  const pnpCache = new TreeCache(inCache(NODE_CACHE.yarnPnp), writes);
  const frameworkCaches = new FrameworkCaches(inCache(NODE_CACHE.frameworks), writes);
  const pnpMirror = plan.packageManager.pnp && !plan.packageManager.zeroInstall ? plan.packageManager.pnp.cacheFolder.value : undefined;

  const toolGuardDir = await writeToolGuards(ctx.tmpDir);
  const homeDir = path.join(ctx.tmpDir, 'build-home');
  await fs.mkdir(homeDir, { recursive: true });
  const env = nodeBuildEnv({
    plan, buildDir, npmCacheDir, managerCacheDir, homeDir, configVars: ctx.configVars, platformEnv: ctx.platformEnv, toolGuardDir,
    ...(managerCachesInCache ? { compileCacheDir: inCache(NODE_CACHE.compileCache) } : {}),
  });
  // Settings of the manager's release, from its first run on (`pnpm --version` of pnpm 12
  // already checks the packageManager pin); a vendored yarnPath release gets them once measured.
  if (plan.packageManager.install) {
    Object.assign(env, managerReleaseEnv(plan.packageManager, plan.packageManager.install.version, ctx.configVars));
  }
  const artifactsDir = inCache(CACHE.artifacts);
  const shared = {
    buildDir, log,
    artifacts: new ArtifactCache(artifactsDir, { writes, spillDir: path.join(ctx.tmpDir, 'artifacts') }), registryIndex: new RegistryIndex(artifactsDir, writes),
    sources: plan.sources,
  };
  const installRuntime = async (): Promise<InstalledNode & { versions?: Record<string, string> }> => {
    log.info(describeNodeVersion(plan));
    const scalingo = await ensureEngineDir(buildDir, ENGINE_DIRS.engine, (w) => log.warn(w));
    // The runtime tree: Node.js and the package managers, each a folder of the engine's dir.
    const inEngineDir = (rel: string) => path.posix.relative(ENGINE_DIRS.engine, rel);
    const nodeDir = inEngineDir(SLUG.nodeHome);
    const key = runtimeEntry;
    const pmDir = [...new Set([...(plan.packageManager.install ? [plan.packageManager.install.name] : []), ...(plan.tools ?? []).map((t) => t.name)])];
    const pmDirs = pmDir.map((name) => inEngineDir(packageManagerHome(name)));
    for (const dir of [nodeDir, ...pmDirs]) {
      // What the app put there is replaced: said when it is not a directory, as for every engine dir.
      await ensureEngineDir(buildDir, path.posix.join(ENGINE_DIRS.engine, dir), (w) => log.warn(w), { create: false });
      await fs.rm(path.join(scalingo, dir), { recursive: true, force: true });
    }
    const kept = await runtimes.restore(key, scalingo);
    if (kept.status === 'restored') {
      log.info(`Restored Node.js ${plan.node.version}${pmDir.length ? ` and ${pmDir[0]}` : ''} from the build cache (${kept.linked ? 'hard-linked' : 'copied'}, manifest checked)`);
      // The tree is byte-for-byte the one measured when it was saved (manifest checked),
      // so the tool versions recorded then still hold: no need to start each tool again.
      const recorded = kept.meta.versions as Record<string, string> | undefined;
      return {
        nodeHome: path.join(scalingo, nodeDir), version: plan.node.version,
        source: `${String(kept.meta.source)}, restored from the build cache`,
        ...(recorded && typeof recorded.node === 'string' && typeof recorded.npm === 'string' ? { versions: recorded } : {}),
      };
    }
    if (kept.status === 'damaged') log.info(`The cached Node.js tree was not reused: ${kept.why}`);
    const node = await installNode(plan.versions.npm, {
      ...shared, table: ctx.table, tmp: ctx.tmpDir, artifactsDir,
      // The plan put in an npm that reads package-lock.json (see npmForLockfile).
      ...(plan.warnings.some((w) => w.id === 'nodejs/npm-upgraded-for-lockfile') ? { npmWhy: 'the bundled npm ignores package-lock.json' } : {}),
    });
    await installPackageManager(plan.packageManager, shared);
    // engines.yarn without yarn.lock: the same install, for a tool the scripts call.
    for (const tool of plan.tools ?? []) await installPackageManager({ ...plan.packageManager, name: tool.name, install: tool }, shared);
    const measured = await toolVersions(run, plan, buildDir, env, log, node.version);
    await runtimes.save(key, scalingo, [nodeDir, ...pmDirs], { source: node.source, versions: measured },
      { label: `Node.js ${node.version} (${[nodeDir, ...pmDirs].map((d) => `${ENGINE_DIRS.engine}/${d}`).join(', ')})` });
    await runtimes.retainOnly(key);
    return { ...node, versions: measured };
  };
  // The versions are said inside the step: they are what it installed.
  const versions = await log.step('Installing Node.js', async () => {
    const installed = await installRuntime();
    const versions = installed.versions ?? (await toolVersions(run, plan, buildDir, env, log));
    log.info(`Installed node ${versions.node} and npm ${versions.npm} from ${installed.source}` +
      (spec.registry !== 'bundled' ? `; ${spec.command} ${versions[spec.command]}` : ''));
    return versions;
  });
  // Settings that depend on the manager's release, now that it is known (also for a vendored yarnPath).
  if (spec.registry !== 'bundled') {
    Object.assign(env, managerReleaseEnv(plan.packageManager, versions[spec.command]!, ctx.configVars));
  }
  const managerEnv = { ...env, ...managerReleaseEnv(plan.packageManager, versions[spec.command]!, ctx.configVars, 'commandEnv') };
  const pm = plan.packageManager;
  if (pm.yarnPathPin && pm.yarnPath && versions.yarn !== pm.yarnPathPin) {
    log.warn(yarnPathDisagreement(`yarn@${pm.yarnPathPin}`, pm.yarnPath, versions.yarn!));
  }

  const signature: CacheSignature = { layout: CACHE_LAYOUT_VERSION, stack: plan.stack, tools: versions };
  await log.step('Restoring cache', async () => {
    if (!plan.cache.enabled) {
      log.info(`Cache disabled (${plan.cache.why}): dependencies install from scratch`);
      return;
    }
    for (const s of plan.skippedCacheDirectories ?? []) log.info(`${s.path} (cacheDirectories in package.json): not kept between builds: ${s.why}`);
    if (!managerCachesInCache) log.info("npm's and the package manager's caches: in the build's temp dir (the cache disk is full)");
    const previous = parseSignature(await readIfExists(inCache(NODE_CACHE.signature)));
    const decision = compareSignatures(previous, signature);
    await dirs.sweep();
    if (decision.action === 'invalidate') {
      log.info(`Not restoring the cache: ${decision.reason}`);
      await dirs.clear();
      await installs.drop('install');
      await installs.drop('pruned');
      await fs.rm(npmCacheDir, { recursive: true, force: true });
      await fs.rm(managerCacheDir, { recursive: true, force: true });
      await pnpCache.drop('cache');
      await frameworkCaches.clear();
      return;
    }
    // Yarn and pnpm apps have their own cache lines below; npm's cache still serves the
    // npm the engine runs for them, but is not news to their users.
    if (plan.packageManager.name === 'npm' && managerCachesInCache) log.info('npm cache: reused from the previous build');
    if (spec.cache && managerCachesInCache) {
      log.info(plan.packageManager.zeroInstall ? `${spec.cache.label}: the committed .yarn/cache (zero-install)`
        : pnpMirror ? `${spec.cache.label}: ${pnpMirror} in the app (Plug'n'Play: its zips are the installed packages and ship in the slug), restored from the previous build before an install`
          : `${spec.cache.label}: reused from the previous build`);
    }
    for (const dir of plan.cacheDirectories) {
      const result = await dirs.restore(buildDir, dir.value, (w) => log.warn(w));
      const what = result.status === 'damaged' ? `not restored: ${result.why}`
        : { restored: 'restored (manifest checked)', 'not-cached': 'nothing saved by the previous build', exists: 'already in the app, kept as is', unsafe: 'not restored (see the warning)' }[result.status];
      log.info(`${dir.value} (${describeSource(dir.source)}): ${what}`);
    }
  });

  for (const hook of plan.hooks.filter((h) => h.phase === 'prebuild')) await runHook(hook, env, ctx, plan);

  const install = await log.step('Installing dependencies', async (): Promise<InstallOutcome> => {
    for (const line of describePackageManager(plan, versions[plan.packageManager.name]!)) log.info(line);
    // One walk for both: the members' manifests are fingerprinted, their node_modules are outputs.
    const manifests = await findManifests(ctx.buildDir);
    const texts = await readInstallInputs(plan, manifests, ctx);
    const fingerprint = installFingerprint(plan, versions, texts, manifests, ctx);
    const outputs = outputsFor(plan, manifests);
    // Workspace members' node_modules too: the install writes (and deletes) there.
    await replaceLinkedDirs(buildDir, outputs, (w) => log.warn(w), { files: spec.installOutputFiles ?? [] });
    if (plan.reuseInstall.enabled) {
      await installs.sweep();
      // The app's own install lifecycle scripts, which a reused install must still run.
      const scripts = () => decideScriptReplay({
        kind: plan.packageManager.kind, runInstallScript: spec.runInstallScript, version: versions[spec.command],
        installCommand: plan.install.command, env: managerEnv, texts, manifests,
      });
      const reused = await reuseInstall(installs, fingerprint, plan.installFingerprintFiles, outputs, ctx, scripts);
      if (reused) {
        const changed = await runInstallScripts(reused.commands, reused.tree, outputs, plan, managerEnv, ctx);
        if (!changed) return { fingerprint, outputs, reused: true, ...(reused.tree ? { restored: reused.tree } : {}) };
        // As after an install that ran: this tree is the one the next build reuses, and it gets a real prune.
        log.info(`The install scripts changed ${outputs.filter((o) => !o.includes('/')).join(', ')}: saving it as this build's install.`);
        const after = await installOutputs(plan, ctx.buildDir);
        await installs.save('install', buildDir, after, { fingerprint });
        return { fingerprint, outputs: after, reused: false };
      }
    } else {
      log.info(`Not reusing a previous install: ${plan.reuseInstall.why}`);
    }
    if (pnpMirror && plan.cache.enabled) await restorePnpCache(pnpCache, pnpMirror, ctx);
    const r = await run(plan.install.command, { cwd: buildDir, env: managerEnv, log });
    if (!r.ok) {
      throw nodeErrors.installFailed(plan.install.command.join(' '), r.exit, r.tail,
        (await lockfileHint(plan, r.output, buildDir)) ?? diagnoseFailure(r.output, plan), await yarnBuildLogExcerpts(r.output));
    }
    const after = await installOutputs(plan, ctx.buildDir);
    if (plan.reuseInstall.enabled) await installs.save('install', buildDir, after, { fingerprint });
    if (spec.cache?.maintenance && managerCachesInCache) await maintainManagerCache(spec.cache, spec.cache.maintenance, managerCacheDir, managerEnv, ctx);
    return { fingerprint, outputs: after, reused: false };
  });
  // What the build scripts do to the installed tree decides whether a previous prune's
  // result may stand in for running the prune again (see prunePhase).
  if (plan.frameworkCaches.dirs.length > 0) {
    await log.step('Restoring framework build caches', () => frameworkCaches.restore(plan.frameworkCaches, buildDir, log));
  }
  const pruneReuse = plan.reuseInstall.enabled && !('skipped' in plan.prune);
  // A restored install is checked against what the restore linked (no walk now); an
  // install that ran, or one a framework cache was just restored into (node_modules/.cache),
  // gets a digest of its outputs as they are now.
  const intoOutputs = plan.frameworkCaches.dirs.some((d) => install.outputs.some((o) => d.path === o || d.path.startsWith(`${o}/`)));
  const restored = intoOutputs ? undefined : install.restored;
  const installedDigest = pruneReuse && !restored ? await digestPaths(buildDir, install.outputs) : undefined;

  // Spares for the next build's restores (TreeCache.keepSpare), made while this one goes
  // on: the runtime's during the build scripts; the install's directories too, its files
  // linked once the prune is done (the check of what the build scripts did to the
  // install reads ctimes; a reused prune moves the devDependencies into the spare).
  runtimes.keepSpare(runtimeEntry);
  const installSpare = plan.reuseInstall.enabled
    ? installs.keepSpare('install', { filesLater: true, ...(restored && pruneReuse ? { donor: 'pruned' } : {}) })
    : undefined;
  const buildHooks = plan.hooks.filter((h) => h.phase === 'build');
  for (const s of plan.skippedHooks) log.info(`Skipping the ${s.name} script: ${s.why}`);
  for (const hook of buildHooks) await runHook(hook, env, ctx, plan);
  const untouched = pruneReuse && (restored ? await unchangedSince(restored, buildDir, install.outputs)
    : installedDigest !== undefined && (await digestPaths(buildDir, install.outputs)) === installedDigest);

  if (plan.cache.enabled) {
    await log.step('Saving cache', async () => {
      for (const dir of plan.cacheDirectories) {
        const result = await dirs.save(buildDir, dir.value, (w) => log.warn(w));
        log.info(`${dir.value}: ${{ saved: 'saved', missing: 'not present in the app, nothing to save', unsafe: 'not saved (see the warning)', skipped: 'not saved (see above)' }[result]}`);
      }
      await frameworkCaches.save(plan.frameworkCaches, buildDir, log);
      if (plan.packageManager.name === 'npm' && managerCachesInCache) log.info('npm cache: kept for the next build');
      if (pnpMirror) {
        const saved = await pnpCache.save('cache', buildDir, [pnpMirror], {}, { label: `The Yarn cache ${pnpMirror}` });
        if (saved.status === 'saved') log.info(saved.paths.length ? `Yarn cache: ${pnpMirror} kept for the next build` : `Yarn cache: ${pnpMirror} not present in the app, nothing to save`);
      } else if (spec.cache && !plan.packageManager.zeroInstall && managerCachesInCache) log.info(`${spec.cache.label}: kept for the next build`);
      await writeCacheFile(writes, inCache(NODE_CACHE.signature), JSON.stringify(signature) + '\n', 'The cache signature');
    });
  }

  await log.step('Pruning devDependencies', async () => {
    if ('skipped' in plan.prune) {
      log.info(`Skipping: ${plan.prune.skipped}`);
      return;
    }
    const command = plan.prune.command.join(' ');
    let plugin = plan.prune.plugin;
    if (plan.prune.needs === 'workspace-tools' && !(await hasWorkspaceTools(env, ctx))) {
      // A vendored release: what the plan decides for a known one, now that it is known.
      plugin = releaseRules('yarnBerry', versions.yarn!).workspaceToolsFromRegistry;
      if (!plugin) {
        const skipped = yarnPruneSkipped(`Yarn ${versions.yarn} (yarnPath)`);
        log.warn(skipped.problem);
        log.info(`Skipping: ${skipped.reason}`);
        return;
      }
    }
    const yarnCache = plan.prune.yarnCache;
    const cleanYarnCache = () => (yarnCache ? removeUnusedYarnZips(yarnCache, { buildDir, env, log, run }) : Promise.resolve());
    if (untouched && install.reused && (await reusePrune(installs, { ...install, restored }, command, ctx))) {
      // A committed cache is not part of the pruned tree restored: its zips are removed again.
      await cleanYarnCache();
      return;
    }
    // The app's own YARN_PLUGINS (if any) stay loaded: Yarn splits the list on ';'.
    const pruneEnv = plugin
      ? { ...managerEnv, YARN_PLUGINS: [managerEnv.YARN_PLUGINS, await loadFocusPlugin(plugin, versions.yarn!, shared, ctx)].filter(Boolean).join(';') }
      : managerEnv;
    const r = await run(plan.prune.command, { cwd: buildDir, env: pruneEnv, log });
    if (!r.ok) throw nodeErrors.pruneFailed(command, r.exit, r.tail, spec.skipPruning);
    // Before the pruned tree is saved: a PnP project cache is part of it.
    await cleanYarnCache();
    // Only a prune of a tree the build scripts left alone is the same next time.
    if (untouched) {
      const outputs = await installOutputs(plan, buildDir);
      await installs.save('pruned', buildDir, outputs, { fingerprint: install.fingerprint, command }, { label: `The pruned ${outputs.join(', ')}` });
    }
    else if (pruneReuse) await installs.drop('pruned');
  });

  installSpare?.();

  for (const hook of plan.hooks.filter((h) => h.phase === 'cleanup')) await runHook(hook, env, ctx, plan);

  await log.step('Writing runtime configuration', async () => {
    const profileDir = await ensureEngineDir(buildDir, ENGINE_DIRS.profile, (w) => log.warn(w));
    await writeEngineFile(profileDir, path.posix.basename(SLUG.nodeProfile), renderNodeProfile());
    log.info(`${SLUG.nodeProfile}: PATH, NODE_HOME, NODE_ENV`);
    if (plan.packageManager.pnp && (await pathExists(path.join(buildDir, '.pnp.cjs')))) {
      await writeEngineFile(profileDir, path.posix.basename(SLUG.nodePnpProfile), renderPnpProfile());
      log.info(`${SLUG.nodePnpProfile}: NODE_OPTIONS loads .pnp.cjs (and .pnp.loader.mjs), so every node process of the app (npm start, node server.js, one-off commands) resolves through Yarn Plug'n'Play`);
    }
    if (ctx.role === 'build-tool') return;
    await writeEngineFile(profileDir, path.posix.basename(SLUG.webConcurrencyProfile), renderWebConcurrencyProfile());
    log.info(`${SLUG.webConcurrencyProfile}: WEB_CONCURRENCY from the container memory at boot`);
    // A build step may have written the Procfile (or server.js): report what bin/release
    // will read, the plan's rule applied to the built tree.
    built = await builtProcessTypes(realAppFs(buildDir));
    const web = built.processTypes.web;
    log.info(web && web !== plan.processTypes.web
      ? `web process: ${web} (${built.processSource}, written during the build)`
      : describeProcess(plan));
    await writeExportFile(plan, ctx, managerCacheDir);
  });
  return built?.processTypes ?? plan.processTypes;
}

/** Scripts that stand in for node, npm and npx missing from .scalingo/node (see toolGuards). */
async function writeToolGuards(tmpDir: string): Promise<string> {
  const dir = path.join(tmpDir, 'tool-guards');
  await fs.mkdir(dir, { recursive: true });
  for (const [tool, text] of Object.entries(toolGuards())) {
    await fs.writeFile(path.join(dir, tool), text, { mode: 0o755 });
  }
  return dir;
}

/**
 * The multi-buildpack convention: `<buildpack dir>/export`, sourced by the buildpacks
 * that run after this one. Written only when the buildpack directory is writable (a
 * read-only checkout is normal outside multi-buildpack builds).
 */
async function writeExportFile(plan: NodePlan, ctx: NodeCompileContext, managerCacheDir: string): Promise<void> {
  const bpDir = ctx.platformEnv.ENGINE_BUILDPACK_DIR;
  if (!bpDir || ctx.role === 'build-tool') return;
  const env = managerSpec(plan.packageManager).cache?.exportEnv(managerCacheDir) ?? {};
  const text = renderExportFile({ buildDir: ctx.buildDir, nodeOptions: plan.buildEnv.NODE_OPTIONS?.value ?? '', env });
  try {
    await writeAtomic(path.join(bpDir, EXPORT_FILE), text);
    ctx.log.info(`${path.join(bpDir, EXPORT_FILE)}: ${['PATH', 'NODE_HOME', 'NODE_OPTIONS', ...Object.keys(env)].join(', ').replace(/, ([^,]+)$/, ' and $1')} for the buildpacks that run after this one`);
  } catch (e) {
    ctx.log.info(`Not writing ${path.join(bpDir, EXPORT_FILE)} for following buildpacks: ${(e as Error).message}`);
  }
}

/** Everything the installed runtime tree depends on: the key of its entry in CACHE_DIR/runtimes. */
export function runtimeKey(plan: NodePlan): string {
  const pm = plan.packageManager;
  const binary = plan.sources.binary;
  const parts = [
    `node-${plan.node.version}`, binary.from === 'distribution' ? plan.node.checksum : binary.url, `npm-${plan.versions.npm ?? 'default'}`,
    pm.install ? `${pm.install.pkg}@${pm.install.version}` : pm.yarnPath ? `yarnPath:${pm.yarnPath}` : 'no-manager',
    ...(plan.tools ?? []).map((t) => `tool:${t.pkg}@${t.version}`),
  ];
  return `node-${plan.node.version}-${hashText(parts.join('|')).slice('sha256:'.length)}`;
}

/**
 * The app files that shape the install, read after prebuild ran: the fingerprint files
 * and every package.json (root and members), by path (undefined: absent).
 */
async function readInstallInputs(plan: NodePlan, manifests: readonly string[], ctx: NodeCompileContext): Promise<Record<string, string | undefined>> {
  const texts: Record<string, string | undefined> = {};
  for (const f of [...plan.installFingerprintFiles, ...manifests]) texts[f] = await readAppText(ctx.buildDir, f, appFileReadOptions(f));
  return texts;
}

/** Everything that changes what the install produces. */
function installFingerprint(
  plan: NodePlan, versions: Record<string, string>, texts: Readonly<Record<string, string | undefined>>, manifests: readonly string[], ctx: NodeCompileContext,
): Fingerprint {
  const files: Record<string, string> = {};
  for (const f of plan.installFingerprintFiles) files[f] = hashText(texts[f]);
  // Workspace members' manifests shape the install as much as the root's.
  for (const manifest of manifests) files[manifest] = hashText(texts[manifest]);
  const spec = managerSpec(plan.packageManager);
  return {
    stack: plan.stack,
    'node version': versions.node!,
    'npm version': versions.npm!,
    ...(spec.registry !== 'bundled' ? { [`${spec.command} version`]: versions[spec.command]! } : {}),
    'install command': plan.install.command.join(' '),
    ...files,
    ...installRelevantVars(ctx.configVars),
    ...platformInstallVars(ctx),
  };
}

/**
 * What of the platform's environment reaches the install (no config var of the same name
 * overriding it): npm's settings (passed on as npm_config_*) and the knobs the plan reads
 * from there (NODE_ENV, NPM_CONFIG_PRODUCTION, YARN_PRODUCTION). By hash, like config vars.
 */
function platformInstallVars(ctx: NodeCompileContext): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(ctx.platformEnv)) {
    if (v === undefined || v === '' || k in ctx.configVars) continue;
    if (k.toLowerCase().startsWith('npm_config_') || k === 'NODE_ENV' || k === 'YARN_PRODUCTION') out[`build environment ${k}`] = hashText(v);
  }
  return out;
}

/** package.json files of the app and its workspace members (not inside node_modules). */
async function findManifests(root: string, rel = '', depth = 0): Promise<string[]> {
  const out: string[] = [];
  const entries = await fs.readdir(path.join(root, rel), { withFileTypes: true }).catch(() => []);
  for (const e of entries) {
    const p = rel ? `${rel}/${e.name}` : e.name;
    if (e.isFile() && e.name === 'package.json') out.push(p);
    else if (e.isDirectory() && depth < 3 && e.name !== 'node_modules' && !e.name.startsWith('.')) out.push(...(await findManifests(root, p, depth + 1)));
  }
  return out.sort();
}

/** What an install writes: the plan's outputs, in the app root and each workspace member found now. */
async function installOutputs(plan: NodePlan, buildDir: string): Promise<string[]> {
  return outputsFor(plan, await findManifests(buildDir));
}

function outputsFor(plan: NodePlan, manifests: readonly string[]): string[] {
  const members = manifests.filter((m) => m !== 'package.json');
  return installOutputList(plan.installOutputs, members.map((m) => path.posix.dirname(m)));
}

/**
 * Yarn 2+ reports a failed package build as `YN0009 … logs can be found here: /tmp/xfs-…/build.log`,
 * a file in the build machine's temp dir that the user never sees: the last lines of each
 * (stack frames and colours left out) go into the error. Only paths of that exact shape
 * are read.
 */
export async function yarnBuildLogExcerpts(output: string, maxLines = 25): Promise<string> {
  const logs = [...new Set([...output.matchAll(/YN0009: .*?(\S+) couldn't be built successfully .*?logs can be found here: (\/\S*\/xfs-[0-9a-f]+\/build\.log)/g)]
    .map((m) => `${m[1]}\t${m[2]}`))].slice(0, 3);
  const parts: string[] = [];
  for (const entry of logs) {
    const [pkg, file] = entry.split('\t') as [string, string];
    const text = await readIfExists(file);
    if (text === undefined) continue;
    const lines = text.replace(/\u001b\[[0-9;]*m/g, '').split('\n')
      .filter((l) => !/^\s+at /.test(l) && !l.startsWith('# ') && l.trim() !== '');
    const tail = lines.slice(-maxLines).map((l) => `  ${l}`).join('\n');
    parts.push(`Yarn's build log for ${pkg.replace(/@(file|npm|patch|portal|link|workspace):.*$/, '')} (${file}), last lines:\n${tail}`);
  }
  return parts.join('\n');
}

async function lockfileHint(plan: NodePlan, output: string, buildDir: string): Promise<string | undefined> {
  const spec = managerSpec(plan.packageManager);
  if (!spec.outOfSync.pattern.test(output)) return undefined;
  const present = new Set<string>();
  for (const f of spec.lockfiles) if (await pathExists(path.join(buildDir, f))) present.add(f);
  const lockfile = presentLockfile(spec, (f) => present.has(f));
  // The app's file, read like every other (regular, inside the app, capped); a lockfile
  // that cannot be read that way only loses the hint's detail, not the install error.
  const text = lockfile === undefined ? undefined : await readAppText(buildDir, lockfile, appFileReadOptions(lockfile)).catch(() => undefined);
  return outOfSyncHint(spec, output, { lockfile, text });
}

interface InstallOutcome {
  readonly fingerprint: Fingerprint;
  /** What the install wrote (node_modules, members' node_modules, .pnp.cjs, …). */
  readonly outputs: readonly string[];
  /** Restored from the previous build rather than run. */
  readonly reused: boolean;
  /** What the restore linked, when it did (see TreeCache.restoreOver). */
  readonly restored?: RestoredTree;
}

/**
 * A prune's result is a function of the installed tree and the prune command. When the
 * install was restored (same fingerprint) and the build scripts changed nothing under
 * its outputs (digest before and after), the previous build's pruned tree is the result
 * a prune would produce now: restore it instead of running the package manager.
 */
async function reusePrune(installs: TreeCache, install: InstallOutcome, command: string, ctx: NodeCompileContext): Promise<boolean> {
  const { log, buildDir } = ctx;
  const meta = await installs.readMeta('pruned');
  const previous = meta?.fingerprint as Fingerprint | undefined;
  if (!meta || meta.command !== command || !decideInstallReuse(previous, install.fingerprint).reuse) return false;
  // The build left the restored install as it was linked (untouched): the pruned tree is
  // that tree less the pruned packages, put in place as a diff.
  const over = install.restored && (await installs.restoreOver('pruned', buildDir, install.restored));
  if (over) {
    if (over.status !== 'restored') {
      log.info(`Pruning: the saved pruned install ${over.status === 'damaged' ? `was not reused: ${over.why}` : 'is gone'}`);
      return false;
    }
    log.info(`Skipping ${command}: the install was reused and the build scripts changed nothing in it, so the pruned dependencies of the previous build are the same.`);
    log.info(describeRestoredInstall({ paths: over.meta.paths as string[], how: 'hard-linked, manifest checked', outputs: install.outputs, pruned: true }));
    return true;
  }
  // Move the unpruned outputs aside first, so a damaged entry can put them back. Aside
  // means inside BUILD_DIR: a rename into TMPDIR fails when TMPDIR is another filesystem
  // (a tmpfs /tmp), and the pruned tree would then land inside the unpruned one.
  const moved = path.join(buildDir, `${ENGINE_DIRS.engine}-unpruned-${process.pid}-${Date.now()}`);
  await fs.mkdir(moved, { recursive: true });
  const aside: number[] = [];
  const putBack = async () => {
    for (const i of aside) {
      const out = install.outputs[i]!;
      await fs.rm(path.join(buildDir, out), { recursive: true, force: true });
      await fs.rename(path.join(moved, String(i)), path.join(buildDir, out));
    }
    await fs.rm(moved, { recursive: true, force: true });
  };
  for (const [i, out] of install.outputs.entries()) {
    const from = path.join(buildDir, out);
    if (!(await fs.lstat(from).catch(() => undefined))) continue;
    if (await fs.rename(from, path.join(moved, String(i))).then(() => true, () => false)) aside.push(i);
    else {
      await putBack();
      log.info(`Pruning: ${out} could not be moved aside`);
      return false;
    }
  }
  const r = await installs.restore('pruned', buildDir);
  if (r.status !== 'restored') {
    await putBack();
    log.info(`Pruning: the saved pruned install ${r.status === 'damaged' ? `was not reused: ${r.why}` : 'is gone'}`);
    return false;
  }
  log.info(`Skipping ${command}: the install was reused and the build scripts changed nothing in it, so the pruned dependencies of the previous build are the same.`);
  log.info(describeRestoredInstall({ paths: r.meta.paths as string[], how: `${r.linked ? 'hard-linked' : 'copied'}, manifest checked`, outputs: install.outputs, pruned: true }));
  await fs.rm(moved, { recursive: true, force: true });
  return true;
}

/**
 * Before a PnP install: the previous build's project cache, so Yarn only fetches what
 * changed. An app that brings its own cache folder keeps it.
 */
async function restorePnpCache(cache: TreeCache, folder: string, ctx: NodeCompileContext): Promise<void> {
  if (await pathExists(path.join(ctx.buildDir, folder))) return;
  const r = await cache.restore('cache', ctx.buildDir);
  if (r.status === 'restored') ctx.log.info(`Restored the Yarn cache ${folder} from the build cache (${r.linked ? 'hard-linked' : 'copied'}, manifest checked)`);
  else if (r.status === 'damaged') ctx.log.info(`The cached Yarn cache was not reused: ${r.why}`);
}

/**
 * The app files a matching fingerprint vouches for, as the log names them: those present
 * (an absent lockfile is checked too, but listing all eight would bury the ones that matter).
 */
function checkedFiles(fingerprint: Fingerprint, appFiles: readonly string[]): string[] {
  return Object.entries(fingerprint)
    .filter(([k, v]) => v !== 'absent' && (appFiles.includes(k) || path.posix.basename(k) === 'package.json'))
    .map(([k]) => k);
}

/**
 * Restores the previous install when its fingerprint matches and the app's install
 * lifecycle scripts can be run for it (`scripts`); says why not otherwise.
 */
async function reuseInstall(
  installs: TreeCache, fingerprint: Fingerprint, appFiles: readonly string[], outputs: readonly string[], ctx: NodeCompileContext,
  scripts: () => ReplayDecision,
): Promise<false | { tree?: RestoredTree; commands: readonly ReplayCommand[] }> {
  const { log, buildDir } = ctx;
  const saved = await installs.entryMeta('install');
  if (saved.status === 'damaged') {
    log.info(`Installing: the saved install was not reused: ${saved.why}`);
    return false;
  }
  const previous = saved.status === 'ok' ? (saved.meta.fingerprint as Fingerprint | undefined) : undefined;
  const decision = decideInstallReuse(previous, fingerprint);
  if (!decision.reuse) {
    log.info(`Installing: ${decision.reason}`);
    return false;
  }
  for (const out of outputs) {
    if (await pathExists(path.join(buildDir, out))) {
      log.info(`Installing: the app already has ${out}`);
      return false;
    }
  }
  const replay = scripts();
  if ('reason' in replay) {
    log.info(`Installing: the previous install would fit, but ${replay.reason}.`);
    return false;
  }
  const r = await installs.restore('install', buildDir);
  if (r.status !== 'restored') {
    log.info(`Installing: the saved install ${r.status === 'damaged' ? `was not reused: ${r.why}` : 'is gone'}`);
    return false;
  }
  log.info(
    `Skipping ${fingerprint['install command']}: nothing that affects installation changed since the previous build ` +
      `(${checkedFiles(fingerprint, appFiles).join(', ')}; node and package manager versions, stack, config vars).`,
  );
  log.info(`${describeRestoredInstall({ paths: r.meta.paths as string[], how: `${r.linked ? 'hard-linked' : 'copied'}, manifest checked`, outputs, pruned: false })} Set NODE_REUSE_INSTALL=false to always install.`);
  return { ...(r.tree ? { tree: r.tree } : {}), commands: replay.commands };
}

/**
 * Runs the app's install lifecycle scripts the reused install would have run (in the
 * manager's order, with its env). Returns whether they changed the restored install
 * (checked against what the restore linked, else by digests before and after).
 */
async function runInstallScripts(
  commands: readonly ReplayCommand[], tree: RestoredTree | undefined, outputs: readonly string[],
  plan: NodePlan, env: Record<string, string>, ctx: NodeCompileContext,
): Promise<boolean> {
  if (commands.length === 0) return false;
  const { log, buildDir } = ctx;
  const where = (c: ReplayCommand) => (c.dir ? `${c.dir}/package.json` : 'package.json');
  // One entry per package in a row: "package.json: preinstall, install, postinstall".
  const groups: Array<{ file: string; runs: string[] }> = [];
  for (const c of commands) {
    if (groups.at(-1)?.file === where(c)) groups.at(-1)!.runs.push(...c.runs);
    else groups.push({ file: where(c), runs: [...c.runs] });
  }
  log.info(`Running the app's install lifecycle scripts, as ${plan.install.command.join(' ')} runs them after installing: ` +
    groups.map((g) => `${g.file}: ${g.runs.join(', ')}`).join('; '));
  const before = tree ? undefined : await digestPaths(buildDir, outputs);
  for (const c of commands) {
    const r = await (ctx.run ?? runCommand)(c.argv, { cwd: path.join(buildDir, c.cwd), env, log });
    if (!r.ok) throw nodeErrors.scriptFailed(`${c.event} script of ${where(c)}`, c.argv.join(' '), r.exit, r.tail, diagnoseFailure(r.output, plan));
  }
  return tree ? !(await unchangedSince(tree, buildDir, outputs)) : (await digestPaths(buildDir, outputs)) !== before;
}


/**
 * Yarn 3 without the workspace-tools plugin: its `workspaces focus` is loaded for the
 * prune from the plugin's npm package (verified like every registry package, kept in
 * the artifact cache), outside the app; returns the loader to put in YARN_PLUGINS.
 */
async function loadFocusPlugin(
  plugin: { name: string; version: string },
  yarnVersion: string,
  registry: Parameters<typeof installFromRegistry>[3],
  ctx: NodeCompileContext,
): Promise<string> {
  ctx.log.info(
    `Yarn ${yarnVersion} has no \`workspaces focus\` built in and the project does not import the workspace-tools plugin: ` +
      `loading the command from the npm registry package ${plugin.name}@${plugin.version} for the prune (\`yarn plugin import workspace-tools\` makes it part of the project).`,
  );
  const dir = path.join(ctx.tmpDir, 'yarn-workspace-tools');
  await fs.rm(dir, { recursive: true, force: true });
  await installFromRegistry(plugin.name, plugin.version, path.join(dir, 'package'), registry);
  const loader = path.join(dir, 'plugin-workspace-tools.cjs');
  await fs.writeFile(loader, renderFocusPluginLoader(plugin.name));
  return loader;
}

/** A vendored Yarn 2+ release has `yarn workspaces focus` (built in, or its plugin loaded). */
async function hasWorkspaceTools(env: Record<string, string>, ctx: NodeCompileContext): Promise<boolean> {
  const r = await (ctx.run ?? runCommand)(['yarn', 'plugin', 'runtime'], { cwd: ctx.buildDir, env, log: ctx.log, quiet: true });
  return r.ok && /plugin-workspace-tools/.test(r.output);
}

/**
 * The pnpm store in CACHE_DIR keeps every package any install of the app ever fetched.
 * Every PNPM_STORE_PRUNE_EVERY installs that ran (counted in the cache; a reused install
 * adds nothing to the store), right after the install, so that the packages this build
 * links count as used, `pnpm store prune` drops the rest. (A changed cache signature
 * empties the store anyway.)
 */
async function maintainManagerCache(
  cache: NonNullable<ManagerSpec['cache']>, maintenance: NonNullable<NonNullable<ManagerSpec['cache']>['maintenance']>,
  cacheDir: string, env: Record<string, string>, ctx: NodeCompileContext,
): Promise<void> {
  const counter = `${cacheDir}-builds`;
  const builds = (Number.parseInt((await readIfExists(counter)) ?? '0', 10) || 0) + 1;
  if (builds < maintenance.everyBuilds) {
    await writeCacheFile(ctx.cacheWrites, counter, `${builds}\n`, `The ${cache.label} install count`);
    return;
  }
  if (maintenance.packagesIn && !(await holdsPackages(cacheDir, maintenance.packagesIn))) {
    ctx.log.info(`${cache.label}: ${builds} installs since it was last pruned, but it holds no package: nothing to prune`);
    await writeCacheFile(ctx.cacheWrites, counter, '0\n', `The ${cache.label} install count`);
    return;
  }
  ctx.log.info(`${cache.label}: ${builds} installs since it was last pruned, removing the packages no install uses`);
  const r = await (ctx.run ?? runCommand)(maintenance.command, { cwd: ctx.buildDir, env, log: ctx.log });
  // A failed store prune only costs disk space: the build goes on, and tries again next time.
  if (!r.ok) ctx.log.info(`${maintenance.command.join(' ')} failed (${exitSummary(r.exit)}); the ${cache.label.replace(/^\w+ /, '')} is kept as is`);
  await writeCacheFile(ctx.cacheWrites, counter, `${r.ok ? 0 : builds}\n`, `The ${cache.label} install count`);
}

/** Whether a manager's cache holds any package: a `files` directory with entries in one of its `dir` directories. */
async function holdsPackages(cacheDir: string, where: { readonly dir: RegExp; readonly files: string }): Promise<boolean> {
  for (const name of await fs.readdir(cacheDir).catch(() => [] as string[])) {
    if (!where.dir.test(name)) continue;
    const files = await fs.readdir(path.join(cacheDir, name, where.files)).catch(() => [] as string[]);
    if (files.length > 0) return true;
  }
  return false;
}

async function runHook(hook: Hook, env: Record<string, string>, ctx: NodeCompileContext, plan: NodePlan): Promise<void> {
  await ctx.log.step(`Running ${hook.name} script`, async () => {
    const r = await (ctx.run ?? runCommand)(hook.command, { cwd: ctx.buildDir, env, log: ctx.log });
    if (!r.ok) throw nodeErrors.scriptFailed(hook.name, hook.command.join(' '), r.exit, r.tail, diagnoseFailure(r.output, plan));
  });
}

async function toolVersions(run: RunCommand, plan: NodePlan, buildDir: string, env: Record<string, string>, log: BuildLog, nodeVersion = plan.node.version): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const tools = [...new Set(['node', 'npm', managerSpec(plan.packageManager).command])];
  await Promise.all(tools.map(async (tool) => {
    const r = await run([tool, '--version'], { cwd: buildDir, env, log, quiet: true });
    if (!r.ok) throw nodeErrors.toolBroken(tool, nodeVersion, `${exitSummary(r.exit)}${r.tail ? `\n${r.tail}` : ''}`);
    out[tool] = r.output.trim().split('\n').pop()!.replace(/^v/, '');
  }));
  return out;
}

