/** bin/plan's JSON for a Node.js build (common.md §4): the same decisions compile logs. */
import type { Problem } from '../errors/build-error.js';
import type { NodePlan } from './plan.js';
import { describeSource } from '../env/sourced.js';

export function planToJson(plan: NodePlan, extraWarnings: readonly Problem[] = []): Record<string, unknown> {
  return {
    language: plan.language,
    stack: plan.stack,
    versions: plan.versions,
    node: {
      version: plan.node.version,
      requested: plan.node.requested.raw ?? plan.node.requested.range,
      source: describeSource(plan.node.requested.source),
      url: plan.node.url,
      checksum: plan.node.checksum,
    },
    sources: { node: plan.sources.binary, registry: plan.sources.registry },
    packageManager: {
      name: plan.packageManager.name,
      ...(plan.packageManager.version ? { version: plan.packageManager.version } : {}),
      source: plan.packageManager.source,
      why: plan.packageManager.why,
      ...(plan.packageManager.install ? { install: plan.packageManager.install } : {}),
      ...(plan.packageManager.yarnPath ? { yarnPath: plan.packageManager.yarnPath } : {}),
      ...(plan.packageManager.zeroInstall ? { zeroInstall: true } : {}),
      ...(plan.packageManager.pnp
        ? { pnp: { cacheFolder: plan.packageManager.pnp.cacheFolder.value, cacheFolderSource: describeSource(plan.packageManager.pnp.cacheFolder.source), ignorePatterns: plan.packageManager.pnp.ignorePatterns } }
        : {}),
    },
    ...(plan.tools ? { tools: plan.tools } : {}),
    install: {
      command: plan.install.command,
      env: Object.fromEntries(Object.entries(plan.buildEnv).map(([k, v]) => [k, v.value])),
      ...(plan.withheldEnv ? { withheldEnv: plan.withheldEnv } : {}),
      fingerprintFiles: plan.installFingerprintFiles,
    },
    installOutputs: plan.installOutputs,
    managerCacheFolder: plan.managerCacheFolder,
    prune: plan.prune,
    hooks: plan.hooks.map((h) => ({ name: h.name, phase: h.phase, command: h.command })),
    skippedHooks: plan.skippedHooks,
    cache: plan.cache,
    reuseInstall: plan.reuseInstall,
    cacheDirectories: plan.cacheDirectories.map((d) => ({ path: d.value, source: describeSource(d.source) })),
    ...(plan.skippedCacheDirectories ? { skippedCacheDirectories: plan.skippedCacheDirectories } : {}),
    frameworkCaches: {
      enabled: plan.frameworkCaches.enabled,
      ...(plan.frameworkCaches.enabled ? {} : { why: plan.frameworkCaches.why }),
      dirs: plan.frameworkCaches.dirs.map((d) => ({ path: d.path, frameworks: d.uses.map((u) => u.id), source: d.source })),
    },
    processTypes: plan.processTypes,
    warnings: [...extraWarnings, ...plan.warnings],
  };
}
