/**
 * Diagnoses for a failed install or build script: known causes recognised in the
 * output, each explained with its fix (the hints the upstream buildpack gives). Pure.
 */
import semver from 'semver';
import type { NodePlan } from './plan.js';

interface Diagnosis {
  readonly applies: (output: string, plan: Pick<NodePlan, 'node'>) => boolean;
  readonly hint: (plan: Pick<NodePlan, 'node'>) => string;
}

/** Known causes, first match wins. A row, not a branch, per cause. */
const DIAGNOSES: readonly Diagnosis[] = [
  {
    // Node 0.8 ships OpenSSL 1.0.0, which has no TLS 1.2: its npm cannot reach any
    // registry today (the handshake fails before a single package is fetched).
    applies: (output, plan) =>
      semver.lt(plan.node.version, '0.10.0') && /SSL23_GET_SERVER_HELLO|unknown protocol|tlsv1 alert protocol version|EPROTO/i.test(output),
    hint: (plan) =>
      `Node.js ${plan.node.version} bundles OpenSSL 1.0.0, which has no TLS 1.2, so its npm cannot connect to the npm registry ` +
      '(the TLS handshake fails). Use Node.js 0.10.48 or newer ("engines": {"node": "0.10.x"} at the very least; a maintained line is better).',
  },
  {
    // Node 17 moved to OpenSSL 3, which disables MD4: webpack 4 (and 5 before 5.61)
    // hashes modules with it and dies with this code.
    applies: (output, plan) => /ERR_OSSL_EVP_UNSUPPORTED/.test(output) && semver.major(plan.node.version) >= 17,
    hint: (plan) =>
      `This is the OpenSSL 3 change of Node.js 17+ (the build runs Node.js ${plan.node.version}): OpenSSL 3 disables ` +
      'legacy algorithms such as MD4, which webpack 4 (and webpack 5 before 5.61) uses to hash modules.\n' +
      'Fix it in one of these ways:\n' +
      '  - upgrade webpack (>= 5.61), or set output.hashFunction to "xxhash64" (webpack 5) or "sha256" in the webpack config;\n' +
      '  - as a stopgap, set the config var NODE_OPTIONS=--openssl-legacy-provider (keep any other options you set);\n' +
      '  - or pin an older Node.js line in package.json ("engines": {"node": "16.x"}), which is end-of-life.',
  },
];

export function diagnoseFailure(output: string, plan: Pick<NodePlan, 'node'>): string | undefined {
  return DIAGNOSES.find((d) => d.applies(output, plan))?.hint(plan);
}

/**
 * The out-of-sync hint names the lockfile the app has: npm-shrinkwrap.json wins over
 * package-lock.json for npm, and a v1 file (npm <= 6) is said to be one, since the
 * npm that installs it may be newer than the one that wrote it.
 */
export function lockfileOutOfSyncHint(lockfile: 'package-lock.json' | 'npm-shrinkwrap.json', text: string | undefined): string {
  let version: unknown;
  try {
    version = text === undefined ? undefined : (JSON.parse(text) as { lockfileVersion?: unknown }).lockfileVersion;
  } catch {
    version = undefined;
  }
  const old = text !== undefined && (version === undefined || version === 1);
  return (
    `${lockfile}${old ? ' (old format: lockfileVersion 1, written by npm 6 or older)' : ''} does not match package.json. ` +
    `Run \`npm install\` locally to update ${lockfile}, commit it, and deploy again.` +
    (lockfile === 'npm-shrinkwrap.json' ? ' (npm reads npm-shrinkwrap.json instead of package-lock.json when both exist.)' : '')
  );
}
