/**
 * Which artifact stores a PHP build uses (common.md §5) and the version catalogs they
 * yield. PHP and Composer come from PHP_BASE_URL, nginx from NGINX_BASE_URL (else the
 * PHP store). Without a store, the embedded table drives resolution: enough for
 * `bin/plan`, while compile stops with `php/no-artifact-store` because it has nothing to
 * download from.
 */
import type { Knobs } from '../env/config-vars.js';
import { artifactsFor, checkStoreUrl, loadStoreManifest, type StoreArtifact, type StoreManifest } from '../runtime/artifact-store.js';
import { phpErrors } from './errors.js';
import type { PhpCatalogs } from './plan.js';
import { COMPONENT_LABEL, embeddedCatalog, embeddedPhpExtensions, type Component } from './versions.js';

export interface PhpStores {
  readonly catalogs: PhpCatalogs;
  /** The store entry of a resolved version; throws when there is no store. */
  readonly artifact: (component: Component, version: string) => StoreArtifact;
  /** For the log and bin/plan: where versions were resolved. */
  readonly sources: Readonly<Record<Component, string>>;
}

function storeUrls(knobs: Knobs): { php?: string; nginx?: string } {
  const php = knobs.get('PHP_BASE_URL');
  const nginx = knobs.get('NGINX_BASE_URL');
  return {
    php: php ? checkStoreUrl(php, 'PHP_BASE_URL') : undefined,
    nginx: nginx ? checkStoreUrl(nginx, 'NGINX_BASE_URL') : php ? checkStoreUrl(php, 'PHP_BASE_URL') : undefined,
  };
}

/**
 * `mode: 'plan'` reads only local (file://) manifests, since bin/plan downloads
 * nothing; `mode: 'compile'` fetches them wherever they are.
 */
export async function loadPhpStores(knobs: Knobs, stack: string, mode: 'plan' | 'compile'): Promise<PhpStores> {
  const urls = storeUrls(knobs);
  const manifests = new Map<string, StoreManifest>();
  const load = async (url: string | undefined): Promise<StoreManifest | undefined> => {
    if (!url || (mode === 'plan' && !url.startsWith('file:'))) return undefined;
    if (!manifests.has(url)) manifests.set(url, await loadStoreManifest(url));
    return manifests.get(url);
  };
  const phpStore = await load(urls.php);
  const nginxStore = await load(urls.nginx);
  const storeOf = (c: Component) => (c === 'nginx' ? nginxStore : phpStore);
  for (const c of ['php', 'nginx', 'composer'] as const) {
    const store = storeOf(c);
    if (store) checkStack(store, c, stack);
  }

  const catalog = (c: Component) => {
    const embedded = embeddedCatalog(c);
    const store = storeOf(c);
    if (!store) return embedded;
    return {
      versions: artifactsFor(store, c, stack).map((a) => a.version),
      defaultLine: embedded.defaultLine,
      from: `the store at ${store.baseUrl}`,
    };
  };
  const artifact = (c: Component, version: string): StoreArtifact => {
    const store = storeOf(c);
    if (!store) throw phpErrors.noArtifactStore(COMPONENT_LABEL[c]);
    const found = artifactsFor(store, c, stack).find((a) => a.version === version);
    // Resolution ran against this same manifest, so a miss is an engine bug.
    if (!found) throw new Error(`${c} ${version} was resolved but is not in ${store.baseUrl}manifest.json`);
    return found;
  };
  const catalogs = { php: catalog('php'), nginx: catalog('nginx'), composer: catalog('composer') };
  return {
    catalogs: {
      php: {
        ...catalogs.php,
        extensionsOf: (version) =>
          phpStore ? (artifactsFor(phpStore, 'php', stack).find((a) => a.version === version)?.extensions ?? { builtin: [], shared: [] }) : embeddedPhpExtensions(version),
      },
      nginx: catalogs.nginx,
      composer: catalogs.composer,
    },
    artifact,
    sources: { php: catalogs.php.from, nginx: catalogs.nginx.from, composer: catalogs.composer.from },
  };
}

/**
 * A store whose artifacts of a component are all for other stacks (one built on another
 * machine, or the Debian test store on a platform stack) says so, rather than "no
 * version satisfies" with no version listed.
 */
export function checkStack(store: StoreManifest, component: Component, stack: string): void {
  if (artifactsFor(store, component, stack).length) return;
  const stacks = [...new Set(store.artifacts.filter((a) => a.name === component && a.os === 'linux').flatMap((a) => a.stacks))].sort();
  if (stacks.length) throw phpErrors.storeLacksStack(COMPONENT_LABEL[component], store.baseUrl, stack, stacks);
}

/** Whether compile has a store for each component (checked before any work starts). */
export function requireStores(knobs: Knobs): void {
  const urls = storeUrls(knobs);
  if (!urls.php) throw phpErrors.noArtifactStore('PHP');
}
