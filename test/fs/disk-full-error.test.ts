import { describe, expect, it } from 'vitest';
import { asDiskFull } from '../../src/fs/disk-full-error.js';
import { DiskFullError } from '../../src/fs/disk-full.js';
import { nodeErrors } from '../../src/nodejs/errors.js';
import { runtimeErrors } from '../../src/errors/catalog.js';

const dirs = { buildDir: '/b/app', cacheDir: '/c/cache', tmpDir: '/t/engine-1' };
/** statfs of a machine where only `full` has (almost) no space left. */
const statfsWith = (full?: string) => (async (p: string) => ({ bavail: p === full ? 10 : 1_000_000, bsize: 4096 })) as never;

describe('a full disk is said as such, naming the directory', () => {
  it.each([
    ['an fs error under BUILD_DIR', Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', path: '/b/app/.profile.d/x' }), 'BUILD_DIR', undefined],
    ['tar extracting into .scalingo (DiskFullError)', new DiskFullError('ENOSPC', '/b/app/.scalingo/.node.extract-x', 'tar could not extract Node.js'), 'BUILD_DIR', undefined],
    ['EDQUOT in TMPDIR', Object.assign(new Error('EDQUOT'), { code: 'EDQUOT', path: '/t/engine-1/build-home/x' }), 'TMPDIR', undefined],
    // npm's cache in CACHE_DIR filling up mid-install: the path in npm's output says where.
    ['npm ci failing with ENOSPC in its output', nodeErrors.installFailed('npm ci', { code: 1 }, "  npm error code ENOSPC\n  npm error nospc ENOSPC: no space left on device, write '/c/cache/node/npm-cache/_cacache/tmp/x'", undefined, ''), 'CACHE_DIR', '/c/cache'],
    // No path in the output: the directory whose disk has no space left.
    ['a build script writing into a full disk', nodeErrors.scriptFailed('build', 'npm run build', { code: 1 }, '  Error: No space left on device', undefined), 'BUILD_DIR', '/b/app'],
  ])('%s', async (_what, error, role, fullDir) => {
    const e = await asDiskFull(error, dirs, statfsWith(fullDir ?? (role === 'BUILD_DIR' ? '/b/app' : undefined)));
    expect(e?.id).toBe('engine/disk-full');
    expect(e?.title).toBe(`The disk holding ${role} is full`);
  });

  it('anything else is left as it is', async () => {
    expect(await asDiskFull(new Error('boom'), dirs, statfsWith())).toBeUndefined();
    expect(await asDiskFull(runtimeErrors.badArchive('Node.js', 'TAR_BAD_ARCHIVE'), dirs, statfsWith())).toBeUndefined();
    // A failed command whose output does not speak of the disk.
    expect(await asDiskFull(nodeErrors.scriptFailed('build', 'npm run build', { code: 1 }, '  Error: boom', undefined), dirs, statfsWith('/b/app'))).toBeUndefined();
  });
});
