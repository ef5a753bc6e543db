/** Errors built outside the catalogs (by the modules that own them), for the snapshot test. */
import type { BuildError } from '../src/errors/build-error.js';
import { resolveManagerPackage } from '../src/nodejs/package-manager.js';
import { thrown } from './support/thrown.js';

export const extraErrorSamples: BuildError[] = [
  thrown(() => resolveManagerPackage({ name: 'yarn', berry: false, why: 'yarn.lock found', lockfile: 'yarn.lock', version: { value: '4.x', source: 'engines.yarn in package.json' } })),
];
