/**
 * A knob set in the platform's environment (a build fleet's setting, not a config var)
 * decides every step that reads it, as the same config var would: install and prune alike.
 */
import { afterAll, describe, expect, it } from 'vitest';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { cleanEnv, copyFixture, exists, runBin, tempDir } from '../support/harness.js';

const cleanup: string[] = [];
afterAll(async () => {
  for (const d of cleanup) await fs.rm(d, { recursive: true, force: true });
});

describe('NPM_CONFIG_PRODUCTION in the platform environment', () => {
  it('=false keeps devDependencies: installed for the build, and not pruned', async () => {
    const app = await copyFixture('node-npm-app');
    const cache = await tempDir('cache');
    cleanup.push(app, cache);
    const r = await runBin('compile', [app, cache], cleanEnv({ NPM_CONFIG_PRODUCTION: 'false' }));
    expect(r.exitCode, r.all).toBe(0);
    expect(await exists(path.join(app, 'node_modules/marked')), r.stdout).toBe(true);
    expect(r.stdout).toContain('Skipping: NPM_CONFIG_PRODUCTION=false: devDependencies are kept');
    expect(r.stdout).not.toContain('$ npm prune');
  });
});
