/**
 * Where Node.js and the npm registry packages come from, decided by the plan from
 * NODE_BINARY_URL, NODEJS_ORG_MIRROR and NPM_CONFIG_REGISTRY, so that `bin/plan` shows
 * (and refuses) them and the installer only applies them. Pure.
 */
import type { Knobs } from '../env/config-vars.js';
import { registryBaseUrl } from '../runtime/registry-url.js';
import { nodeErrors } from './errors.js';
import type { NodeTable } from './node-table.js';
import type { ResolvedNode } from './node-version.js';

/**
 * The Node.js tarball to install. A NODE_BINARY_URL names its release in its file name
 * (the official layout); its checksum is the version table's when the file is a release
 * of it, else the sha256 the mirror publishes next to it (read at install: the plan
 * downloads nothing). A NODEJS_ORG_MIRROR holds every release in the nodejs.org/dist
 * layout, and its own SHASUMS256.txt vouches for each: a mirror may carry its own builds
 * of a release (the version table's sha256 are those of nodejs.org's files), and that
 * file is how nvm, n and node-gyp verify what they fetch from a mirror too.
 */
export type NodeBinary =
  | { readonly from: 'distribution'; readonly version: string; readonly url: string; readonly checksum: string }
  | { readonly from: 'NODE_BINARY_URL'; readonly version: string; readonly url: string; readonly checksum: string }
  | { readonly from: 'NODE_BINARY_URL' | 'NODEJS_ORG_MIRROR'; readonly version: string; readonly url: string; readonly shasums: string };

export interface NodeSourcesPlan {
  readonly binary: NodeBinary;
  /** Base URL (ending in `/`) of the npm registry: the Node.js fallback, npm, Yarn and pnpm. */
  readonly registry: string;
}

export function planNodeSources(node: ResolvedNode, knobs: Pick<Knobs, 'get'>, table: NodeTable): NodeSourcesPlan {
  const url = knobs.get('NODE_BINARY_URL');
  // The one tarball NODE_BINARY_URL names is more specific than a mirror of them all.
  const mirror = url ? undefined : knobs.get('NODEJS_ORG_MIRROR');
  return {
    binary: url ? binaryUrlSource(url, table)
      : mirror ? mirrorSource(mirror, node.version)
        : { from: 'distribution', version: node.version, url: node.url, checksum: node.checksum },
    registry: registryBaseUrl(knobs.get('NPM_CONFIG_REGISTRY') ?? knobs.get('npm_config_registry')),
  };
}

/** The release a NODE_BINARY_URL names, and how its tarball is verified. */
function binaryUrlSource(url: string, table: NodeTable): NodeBinary {
  const file = url.split('/').pop() ?? '';
  const m = /^node-v(\d+\.\d+\.\d+)-linux-(x64|arm64)\.tar\.gz$/.exec(file);
  if (!m) throw nodeErrors.binaryUrlInvalid(url);
  const version = m[1]!;
  const known = table.releases.find((r) => r.version === version && r.url.endsWith(`/${file}`));
  if (known) return { from: 'NODE_BINARY_URL', version, url, checksum: known.checksum };
  // Not in our table (a custom build or a newer release): the mirror's SHASUMS256.txt.
  return { from: 'NODE_BINARY_URL', version, url, shasums: url.slice(0, url.length - file.length) + 'SHASUMS256.txt' };
}

/**
 * The release's tarball and SHASUMS256.txt in a mirror of the official distribution
 * (`<mirror>/v24.18.0/node-v24.18.0-linux-x64.tar.gz`, what nodejs.org/download/release/
 * holds). The base is the directory above the `vX.Y.Z/` folders, with or without its `/`.
 */
export function mirrorSource(mirror: string, version: string): NodeBinary {
  let base: URL;
  try {
    base = new URL(mirror.trim());
  } catch {
    throw nodeErrors.mirrorUrlInvalid(mirror);
  }
  if ((base.protocol !== 'https:' && base.protocol !== 'http:') || base.search || base.hash) throw nodeErrors.mirrorUrlInvalid(mirror);
  const dir = `${base.href.replace(/\/+$/, '')}/v${version}/`;
  return { from: 'NODEJS_ORG_MIRROR', version, url: `${dir}node-v${version}-linux-x64.tar.gz`, shasums: `${dir}SHASUMS256.txt` };
}
