/**
 * PHP extensions (php.md §4): what the app requires (`ext-*` of the root `require` and,
 * beyond upstream, of the locked packages that get installed), checked against what
 * the PHP artifact provides. Built in → nothing to do; shared → enabled with a conf.d
 * ini; neither → an error naming what exists. Pure.
 */
import type { ComposerJson, ComposerLock } from './composer-json.js';
import { phpErrors } from './errors.js';
import { defaultSource, describeSource, fileSource, type Source } from '../env/sourced.js';

export interface ArtifactExtensions {
  readonly builtin: readonly string[];
  readonly shared: readonly string[];
}

export interface RequiredExtension {
  readonly name: string;
  readonly source: Source;
}

export interface ExtensionDecision {
  readonly name: string;
  /** 'provided': not in the artifact, but a locked package stands in for it (a polyfill). */
  readonly how: 'builtin' | 'shared' | 'provided';
  /** Who asked for it, or (kind 'default') on without being asked. */
  readonly source: Source;
  /** For 'provided': the package whose `provide` (or `replace`) names the extension. */
  readonly providedBy?: Source;
}

/** What resolveExtensions needs beyond the artifact: polyfills, and where else the extension exists. */
export interface ExtensionContext {
  /** Extension name → the installed locked package that provides it (extensionProviders). */
  readonly providers?: ReadonlyMap<string, Source>;
  /** The other PHP versions of the catalog that have the extension, for the error's fix. */
  readonly availableOn?: (name: string) => readonly string[];
}

/** Composer's names (`ext-zend-opcache`, `ext-PDO`) → the module name PHP reports. */
export function normalizeExtensionName(name: string): string {
  const n = name.toLowerCase().replace(/^ext-/, '');
  return n === 'zend-opcache' || n === 'zend opcache' ? 'opcache' : n;
}

export function requiredExtensions(json: ComposerJson | undefined, lock: ComposerLock | undefined, withDev: boolean): RequiredExtension[] {
  const out = new Map<string, Source>();
  const add = (req: Readonly<Record<string, string>>, source: Source) => {
    for (const key of Object.keys(req)) {
      if (!key.startsWith('ext-')) continue;
      const name = normalizeExtensionName(key);
      if (!out.has(name)) out.set(name, source);
    }
  };
  if (json) {
    add(json.require, fileSource('composer.json'));
    if (withDev) add(json.requireDev, { kind: 'file', file: 'composer.json', part: 'require-dev' });
  }
  for (const p of lock?.packages ?? []) {
    if (p.dev && !withDev) continue;
    add(p.require, { kind: 'locked-package', name: p.name, version: p.version });
  }
  return [...out].map(([name, source]) => ({ name, source }));
}

/**
 * Extensions that installed locked packages stand in for: `symfony/polyfill-uuid` provides
 * `ext-uuid`, and Composer then takes a requirement of ext-uuid as satisfied. Dev packages
 * count only when they are installed.
 */
export function extensionProviders(lock: ComposerLock | undefined, withDev: boolean): Map<string, Source> {
  const out = new Map<string, Source>();
  for (const p of lock?.packages ?? []) {
    if (p.dev && !withDev) continue;
    for (const name of p.provides) {
      if (!name.startsWith('ext-')) continue;
      const ext = normalizeExtensionName(name);
      if (!out.has(ext)) out.set(ext, { kind: 'locked-package', name: p.name, version: p.version });
    }
  }
  return out;
}

export function resolveExtensions(
  required: readonly RequiredExtension[],
  available: ArtifactExtensions,
  phpVersion: string,
  alwaysEnabled: readonly string[],
  context: ExtensionContext = {},
): ExtensionDecision[] {
  const builtin = new Set(available.builtin.map((e) => e.toLowerCase()));
  const shared = new Set(available.shared.map((e) => e.toLowerCase()));
  const decisions = new Map<string, ExtensionDecision>();
  for (const r of required) {
    // The real extension wins over a polyfill when the artifact has it, as upstream does.
    const provider = context.providers?.get(r.name);
    if (builtin.has(r.name)) decisions.set(r.name, { name: r.name, how: 'builtin', source: r.source });
    else if (shared.has(r.name)) decisions.set(r.name, { name: r.name, how: 'shared', source: r.source });
    else if (provider) decisions.set(r.name, { name: r.name, how: 'provided', source: r.source, providedBy: provider });
    else {
      throw phpErrors.unknownExtension(
        r.name, describeSource(r.source), phpVersion, [...new Set([...builtin, ...shared])].sort(), context.availableOn?.(r.name) ?? [],
      );
    }
  }
  for (const name of alwaysEnabled) {
    if (!decisions.has(name) && shared.has(name) && !builtin.has(name)) {
      decisions.set(name, { name, how: 'shared', source: defaultSource('enabled by default') });
    }
  }
  return [...decisions.values()];
}
