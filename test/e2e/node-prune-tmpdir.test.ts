/**
 * A warm rebuild that reuses the previous prune while TMPDIR is another filesystem than
 * BUILD_DIR (a tmpfs /tmp beside a disk build dir is common): the unpruned tree must be
 * moved aside inside BUILD_DIR, or the pruned tree lands inside it and the slug ships
 * the devDependencies.
 */
import { afterAll, describe, expect, it } from 'vitest';
import * as fs from 'node:fs/promises';
import { statSync, existsSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { cleanEnv, copyFixture, exists, runBin, tempDir } from '../support/harness.js';
import { needs, skipHere } from '../support/conditions.js';

const otherFs = '/dev/shm';
const usable = existsSync(otherFs) && statSync(otherFs).dev !== statSync(os.tmpdir()).dev;
const cleanup: string[] = [];
afterAll(async () => {
  await Promise.all(cleanup.map((d) => fs.rm(d, { recursive: true, force: true })));
});

describe.skipIf(skipHere(usable))('prune reuse with TMPDIR on another filesystem', () => {
  it('restores the pruned tree in place of node_modules, not inside it', async () => {
    needs(usable, `${otherFs} on another filesystem than the temp dir`);
    const cache = await tempDir('cache');
    const tmp = await fs.mkdtemp(path.join(otherFs, 'engine-tmp-'));
    cleanup.push(cache, tmp);
    const cold = await runBin('compile', [await copyFixture('node-npm-app'), cache], cleanEnv());
    expect(cold.exitCode, cold.all).toBe(0);
    const app = await copyFixture('node-npm-app');
    cleanup.push(app);
    const warm = await runBin('compile', [app, cache], cleanEnv({ TMPDIR: tmp }));
    expect(warm.exitCode, warm.all).toBe(0);
    expect(warm.stdout).toContain('Skipping npm prune --omit=dev: the install was reused');
    expect({
      devDependency: await exists(path.join(app, 'node_modules/marked')),
      dependency: await exists(path.join(app, 'node_modules/escape-html')),
      nested: await exists(path.join(app, 'node_modules/node_modules')),
      leftovers: (await fs.readdir(app)).filter((n) => n.startsWith('.scalingo-unpruned')),
    }).toEqual({ devDependency: false, dependency: true, nested: false, leftovers: [] });
  }, 300_000);
});
