/** Errors built outside the catalogs (by the modules that own them), for the snapshot test. */
import type { BuildError } from '../src/errors/build-error.js';
import { resolveManagerPackage } from '../src/nodejs/package-manager.js';

function thrown(fn: () => unknown): BuildError {
  try {
    fn();
  } catch (e) {
    return e as BuildError;
  }
  throw new Error('expected an error');
}

export const extraErrorSamples: BuildError[] = [
  thrown(() => resolveManagerPackage({ name: 'yarn', berry: false, why: 'yarn.lock found', lockfile: 'yarn.lock', version: { value: '4.x', source: 'engines.yarn in package.json' } })),
];
