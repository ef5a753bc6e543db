/**
 * Diagnoses for a failed install or build script: known causes recognised in the
 * output, each explained with its fix (the hints the upstream buildpack gives). Pure.
 */
import semver from 'semver';
import type { NodePlan } from './plan.js';

/** What a diagnosis reads of the plan: the Node.js release, and the env the build's commands got. */
type PlanFacts = Pick<NodePlan, 'node'> & { readonly buildEnv?: NodePlan['buildEnv'] };

interface Diagnosis {
  readonly applies: (output: string, plan: PlanFacts) => boolean;
  readonly hint: (plan: PlanFacts) => string;
}

/** `--max-old-space-size=N` (or `--max_old_space_size N`) in NODE_OPTIONS: the heap limit in MB, the last one winning as in node. */
export function heapLimitOf(nodeOptions: string | undefined): number | undefined {
  const all = [...(nodeOptions ?? '').matchAll(/--max[-_]old[-_]space[-_]size(?:=|\s+)(\d+)/g)];
  const last = all.at(-1);
  return last ? Number(last[1]) : undefined;
}

/**
 * The heap-exhaustion hint: the limit the build ran with (the build's NODE_OPTIONS, as
 * decided by the plan: the config var, or the engine's default) and a higher one to try.
 */
function outOfMemoryHint(plan: PlanFacts): string {
  const options = plan.buildEnv?.NODE_OPTIONS;
  const limit = heapLimitOf(options?.value);
  const source = options?.source.kind === 'config-var' ? 'your NODE_OPTIONS config var' : 'the default for builds';
  const ran = limit !== undefined
    ? `The build's node processes ran with NODE_OPTIONS=${options!.value} (${source}): a JavaScript heap of at most ${limit} MB.`
    : `The build's node processes ran without --max-old-space-size${options?.value ? ` (NODE_OPTIONS=${options.value})` : ''}, so node chose its own heap limit.`;
  const next = limit !== undefined && limit >= 4096 ? limit + 2048 : 4096;
  return (
    `A node process of the build ran out of memory: V8 stopped at its heap limit ("JavaScript heap out of memory"). ${ran}\n` +
    'Fix it in one of these ways:\n' +
    '  - make the build need less memory: asset bundlers (webpack, Vite, Rollup, Next.js, Angular) run minifiers, type checks and source maps ' +
    'in parallel workers; lower their parallelism or turn off what production does not need in their config;\n' +
    `  - raise the limit: set the config var NODE_OPTIONS=--max-old-space-size=${next} (in MB; keep any other options you set), ` +
    'no more than the memory of the build machine, and use a bigger builder if the build needs more than it has.'
  );
}

/** Known causes, first match wins. A row, not a branch, per cause. */
const DIAGNOSES: readonly Diagnosis[] = [
  {
    // What V8 prints when a heap hits --max-old-space-size: "FATAL ERROR: Reached heap
    // limit Allocation failed - JavaScript heap out of memory" (also after
    // "CALL_AND_RETRY_LAST" or "Ineffective mark-compacts near heap limit" on older V8).
    applies: (output) => /JavaScript heap out of memory/.test(output),
    hint: outOfMemoryHint,
  },
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

export function diagnoseFailure(output: string, plan: PlanFacts): string | undefined {
  return DIAGNOSES.find((d) => d.applies(output, plan))?.hint(plan);
}

