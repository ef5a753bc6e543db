/** Errors built outside the catalogs (by the modules that own them), for the snapshot test. */
import type { BuildError } from '../src/errors/build-error.js';
import { resolveManagerPackage } from '../src/nodejs/package-manager.js';
import { thrown } from './support/thrown.js';
import { engineErrors } from '../src/errors/catalog.js';

export const extraErrorSamples: BuildError[] = [
  engineErrors.appFileOutside('package.json'),
  engineErrors.appFileDanglingLink('package.json'),
  engineErrors.appFileNotRegular('package.json', 'a named pipe (FIFO)'),
  engineErrors.appFileTooLarge('.nvmrc', 5_000_000, 1_048_576),
  engineErrors.envDirInvalid('/tmp/env', 'a regular file'),
  engineErrors.cacheDirInvalid('/tmp/cache', 'a regular file'),
  engineErrors.cacheDirReadOnly('/tmp/cache', 'EROFS'),
  engineErrors.configVarUnreadable('DATABASE_URL', 'is a symbolic link (links in ENV_DIR are not followed)'),
  engineErrors.configVarNul('BLOB', 12),
  engineErrors.configVarTooLarge('BIG', 200_012, 131_072),
  thrown(() => resolveManagerPackage({ name: 'yarn', berry: false, why: 'yarn.lock found', lockfile: 'yarn.lock', version: { value: '4.x', source: 'engines.yarn in package.json' } })),
];
