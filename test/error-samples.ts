/** Errors built outside the catalogs (by the modules that own them), for the snapshot test. */
import type { BuildError } from '../src/errors/build-error.js';
import { resolveManagerPackage } from '../src/nodejs/package-manager.js';
import { nodeErrors } from '../src/nodejs/errors.js';
import { thrown } from './support/thrown.js';

export const extraErrorSamples: BuildError[] = [
  thrown(() => resolveManagerPackage({ name: 'yarn', berry: false, why: 'yarn.lock found', lockfile: 'yarn.lock', version: { value: '4.x', source: 'engines.yarn in package.json' } }, '24.18.0')),
  // pnpm 11 needs Node.js >= 22.13 (engines.node of its package).
  thrown(() => resolveManagerPackage({ name: 'pnpm', berry: false, why: 'pnpm-lock.yaml found', lockfile: 'pnpm-lock.yaml', version: { value: '11.0.0', source: 'packageManager in package.json' } }, '20.19.0')),
  nodeErrors.pruneFailed('pnpm prune --prod --ignore-scripts', 1, '  ERR_PNPM_X boom', 'PNPM_SKIP_PRUNING=true'),
];
