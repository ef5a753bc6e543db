/** bin/plan's JSON for a PHP app (common.md §4): the same decisions compile logs. */
import type { Problem } from '../errors/build-error.js';
import type { PhpPlan } from './plan.js';
import { formatIniSize } from './memory-limit.js';
import type { PhpStores } from './stores.js';
import { describeSource } from '../env/sourced.js';

export function phpPlanToJson(plan: PhpPlan, extraWarnings: readonly Problem[], stores: PhpStores): Record<string, unknown> {
  const node = plan.assetBuild?.description;
  const ml = plan.memoryLimit.value;
  return {
    language: plan.language,
    stack: plan.stack,
    versions: plan.versions,
    versionSources: Object.fromEntries(
      (['php', 'nginx', 'composer'] as const).flatMap((c) => {
        const r = plan.resolved[c];
        return r ? [[c, { requested: r.request.raw, source: describeSource(r.request.source), why: r.why, catalog: stores.sources[c] }]] : [];
      }),
    ),
    packageManager: { name: 'composer', ...(plan.versions.composer ? { version: plan.versions.composer } : {}) },
    install: plan.composer
      ? { command: plan.composer.command, env: { COMPOSER_HOME: 'CACHE_DIR/composer/home', COMPOSER_CACHE_DIR: 'CACHE_DIR/composer/cache' }, reuseVendor: plan.composer.reuseVendor }
      : { command: [], skipped: 'no composer.json (classic app): nothing to install' },
    prune: null,
    hooks: [
      ...(node ? (node.hooks as unknown[]) : []),
      ...plan.frameworkCommands.map((c) => ({ name: c.where, command: c.command.join(' ') })),
      ...plan.compileCommands.map((command, i) => ({ name: `extra.paas.compile[${i}]`, command })),
    ],
    cacheDirectories: [
      { path: 'CACHE_DIR/artifacts', source: 'PHP, nginx and Composer artifacts' },
      { path: 'CACHE_DIR/composer', source: 'Composer download cache' },
      ...(node ? (node.cacheDirectories as unknown[]) : []),
    ],
    processTypes: plan.processTypes,
    framework: plan.framework.id,
    frameworkSource: plan.framework.source,
    documentRoot: plan.documentRoot.value,
    documentRootSource: describeSource(plan.documentRoot.source),
    extensions: plan.extensions.map((e) => ({ ...e, source: describeSource(e.source), ...(e.providedBy ? { providedBy: describeSource(e.providedBy) } : {}) })),
    memoryLimit: formatIniSize(ml),
    settings: plan.settings,
    ...(node ? { node } : plan.nodeSkipped ? { nodeSkipped: plan.nodeSkipped } : {}),
    warnings: [...extraWarnings, ...plan.warnings],
  };
}
