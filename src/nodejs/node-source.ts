/**
 * Where Node.js and the npm registry packages come from, decided by the plan from
 * NODE_BINARY_URL and NPM_CONFIG_REGISTRY, so that `bin/plan` shows (and refuses) them
 * and the installer only applies them. Pure.
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
 * downloads nothing).
 */
export type NodeBinary =
  | { readonly from: 'distribution'; readonly version: string; readonly url: string; readonly checksum: string }
  | { readonly from: 'NODE_BINARY_URL'; readonly version: string; readonly url: string; readonly checksum: string }
  | { readonly from: 'NODE_BINARY_URL'; readonly version: string; readonly url: string; readonly shasums: string };

export interface NodeSourcesPlan {
  readonly binary: NodeBinary;
  /** Base URL (ending in `/`) of the npm registry: the Node.js fallback, npm, Yarn and pnpm. */
  readonly registry: string;
}

export function planNodeSources(node: ResolvedNode, knobs: Pick<Knobs, 'get'>, table: NodeTable): NodeSourcesPlan {
  const url = knobs.get('NODE_BINARY_URL');
  return {
    binary: url ? binaryUrlSource(url, table) : { from: 'distribution', version: node.version, url: node.url, checksum: node.checksum },
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
