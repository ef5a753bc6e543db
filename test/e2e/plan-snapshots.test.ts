/**
 * `bin/plan` of every fixture, one reviewed file per fixture (test/__plans__/NAME.json):
 * a change of any decision (versions, commands, caches, warnings…) shows up as a diff of
 * that file. Strict (test/support/snapshots.ts): a missing file fails, an orphan fails
 * (test/snapshot-files.test.ts). Update with `npm run test:update` and review the diff
 * like code.
 */
import { describe, expect, it } from 'vitest';
import * as path from 'node:path';
import { cleanEnv, runBin } from '../support/harness.js';
import { FIXTURE_NAMES, FIXTURES } from '../support/fixtures.js';
import { PLANS_DIR, expectSnapshotFile } from '../support/snapshots.js';

describe('bin/plan snapshots', () => {
  it('covers every fixture', () => {
    expect(FIXTURE_NAMES.length).toBeGreaterThan(10);
  });

  it.each(FIXTURE_NAMES)('%s', async (name) => {
    // The plan of a platform with the default Node.js source (bin/plan asks no host).
    const r = await runBin('plan', [path.join(FIXTURES, name)], cleanEnv({ NODEJS_ORG_MIRROR: '' }));
    // A plan is JSON on stdout whatever the outcome (an error plan exits 1).
    expect(() => JSON.parse(r.stdout), r.stderr).not.toThrow();
    expect(r.exitCode).toBe('error' in JSON.parse(r.stdout) ? 1 : 0);
    await expectSnapshotFile(r.stdout + '\n', path.join(PLANS_DIR, `${name}.json`));
  });
});
