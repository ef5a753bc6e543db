/**
 * The engine side of an artifact store (spec common.md §5): a base URL serving
 * `manifest.json` plus the files it lists. The manifest is untrusted input, so it is
 * parsed once, here, into a validated value; every later step (resolution, download,
 * checksum) can rely on its fields. scripts/local-artifacts.mjs writes such stores.
 */
import type { DownloadOptions } from './download.js';
import { fetchJson, isNotJson } from './download.js';
import { isBuildError } from '../errors/build-error.js';
import { storeErrors } from './store-errors.js';

export interface StoreArtifact {
  name: string;
  version: string;
  stacks: string[];
  os: string;
  arch: string;
  /** Relative to the store's base URL; never absolute, never climbing out of it. */
  path: string;
  /** Lower-case hex. */
  sha256: string;
  /** `path` resolved against the base URL. */
  url: string;
  /** PHP only: modules compiled in, and `.so` files shipped in lib/php/extensions. */
  extensions?: { builtin: string[]; shared: string[] };
}

export interface StoreManifest {
  /** Always ends with '/', so relative paths resolve inside it. */
  baseUrl: string;
  artifacts: StoreArtifact[];
}

const SCHEMA = 1;
const SCHEMES = new Set(['http:', 'https:', 'file:']);

/**
 * Validates a config var naming a store (PHP_BASE_URL, …) and returns it normalized
 * with a trailing '/'. Anything else would only fail later, as a confusing download
 * error about `manifest.json`.
 */
export function checkStoreUrl(value: string, varName: string): string {
  const raw = value.trim();
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw storeErrors.urlInvalid(varName, raw, 'is not a URL');
  }
  // Credentials may sit in the userinfo of a private mirror: never echo them.
  const shown = url.username || url.password ? raw.replace(/\/\/[^@/]*@/, '//***@') : raw;
  if (!SCHEMES.has(url.protocol)) {
    throw storeErrors.urlInvalid(varName, shown, `uses the unsupported scheme ${url.protocol}//`);
  }
  if (url.protocol === 'file:' && url.hostname !== '' && url.hostname !== 'localhost') {
    // file://store/x parses with host "store": almost always a missing third slash.
    throw storeErrors.urlInvalid(varName, shown, 'is a file URL with a host name (use file:///absolute/path)');
  }
  // Artifact paths are resolved against the base: a query or fragment would be dropped.
  if (url.search || url.hash) {
    throw storeErrors.urlInvalid(varName, shown, 'has a query string or fragment');
  }
  return withSlash(url.href);
}

export async function loadStoreManifest(baseUrl: string, opts?: DownloadOptions): Promise<StoreManifest> {
  const base = withSlash(baseUrl);
  const url = new URL('manifest.json', base).href;
  let doc: unknown;
  try {
    doc = await fetchJson(url, opts);
  } catch (e) {
    // The store answered with something that is not a manifest: its problem, not the network's.
    if (isNotJson(e) && isBuildError(e)) throw storeErrors.manifestInvalid(url, '', `is not JSON ${lastSentence(e.body).replace(/^invalid JSON /, '')}`.trim());
    throw e;
  }
  return parseStoreManifest(doc, base);
}

export function parseStoreManifest(doc: unknown, baseUrl: string): StoreManifest {
  const base = withSlash(baseUrl);
  const manifestUrl = new URL('manifest.json', base).href;
  const bad = (key: string, problem: string) => storeErrors.manifestInvalid(manifestUrl, key, problem);

  if (!isObject(doc)) throw bad('', 'must be a JSON object');
  if (doc.schema !== SCHEMA) throw bad('schema', `must be ${SCHEMA} (got ${describe(doc.schema)})`);
  if (!Array.isArray(doc.artifacts)) throw bad('artifacts', 'must be an array');

  const seen = new Map<string, number>();
  const artifacts = doc.artifacts.map((item: unknown, i): StoreArtifact => {
    const at = `artifacts[${i}]`;
    if (!isObject(item)) throw bad(at, 'must be an object');
    const str = (key: string): string => {
      const v = item[key];
      if (typeof v !== 'string' || v.trim() === '' || v !== v.trim()) {
        throw bad(`${at}.${key}`, `must be a non-empty string without surrounding spaces (got ${describe(v)})`);
      }
      return v;
    };
    const strings = (v: unknown, key: string, nonEmpty: boolean): string[] => {
      if (!Array.isArray(v) || (nonEmpty && v.length === 0)) throw bad(key, `must be ${nonEmpty ? 'a non-empty' : 'an'} array of strings`);
      return v.map((s: unknown, j) => {
        if (typeof s !== 'string' || s === '') throw bad(`${key}[${j}]`, `must be a non-empty string (got ${describe(s)})`);
        return s;
      });
    };

    const name = str('name');
    const version = str('version');
    const stacks = strings(item.stacks, `${at}.stacks`, true);
    const os = str('os');
    const arch = str('arch');
    const path = str('path');
    const unsafe = unsafePath(path);
    if (unsafe) throw bad(`${at}.path`, `must be a relative path inside the store (${JSON.stringify(path)} ${unsafe})`);
    const sha256 = str('sha256');
    if (!/^[0-9a-fA-F]{64}$/.test(sha256)) throw bad(`${at}.sha256`, 'must be 64 hex chars');

    let extensions: StoreArtifact['extensions'];
    if (item.extensions !== undefined) {
      const ext = item.extensions;
      if (!isObject(ext)) throw bad(`${at}.extensions`, 'must be an object');
      extensions = {
        builtin: strings(ext.builtin, `${at}.extensions.builtin`, false),
        shared: strings(ext.shared, `${at}.extensions.shared`, false),
      };
    }

    // Two entries for one name/version/platform would make resolution depend on order.
    for (const stack of stacks) {
      const key = `${name} ${version} ${stack} ${os}/${arch}`;
      const first = seen.get(key);
      if (first !== undefined) throw bad(at, `duplicates artifacts[${first}] (${key})`);
      seen.set(key, i);
    }

    const url = new URL(path, base).href;
    return { name, version, stacks, os, arch, path, sha256: sha256.toLowerCase(), url, ...(extensions ? { extensions } : {}) };
  });
  return { baseUrl: base, artifacts };
}

/**
 * The artifacts of `name` built for `stack` and `arch`, in manifest order (resolution
 * picks among them). Only linux artifacts: the engine builds for linux containers.
 */
export function artifactsFor(m: StoreManifest, name: string, stack: string, arch = 'x64'): StoreArtifact[] {
  return m.artifacts.filter((a) => a.name === name && a.os === 'linux' && a.arch === arch && a.stacks.includes(stack));
}

function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

/**
 * Why `path` could resolve outside the base URL, or undefined when it cannot. URL
 * resolution treats `\` as `/` and `%2e%2e` as `..`, so those count too.
 */
function unsafePath(path: string): string | undefined {
  if (path.startsWith('/') || path.startsWith('\\')) return 'is absolute';
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(path)) return 'is a URL';
  if (path.includes('\\')) return 'contains a backslash';
  if (/[?#]/.test(path)) return 'contains a query or fragment';
  for (const segment of path.split('/')) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return 'has a malformed %-escape';
    }
    if (decoded === '..') return "contains a '..' segment";
    if (segment === '' || decoded === '.') return 'has an empty or "." segment';
  }
  return undefined;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  const json = JSON.stringify(v);
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

/** "… after 1 attempt: invalid JSON (Unexpected token …)." → "invalid JSON (Unexpected token …)" */
function lastSentence(body: string): string {
  const first = body.split('\n')[0] ?? '';
  return first.replace(/^.*?: /, '').replace(/\.$/, '');
}
