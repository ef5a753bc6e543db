/**
 * `bin/plan` of every fixture, one reviewed file per fixture (test/__plans__/NAME.json):
 * a change of any decision (versions, commands, caches, warnings…) shows up as a diff of
 * that file. Update with `npx vitest run test/e2e/plan-snapshots.test.ts -u` and review
 * the diff like code.
 */
import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FIXTURES, ROOT, cleanEnv, runBin } from '../support/harness.js';

const fixtures = fs.readdirSync(FIXTURES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

describe('bin/plan snapshots', () => {
  it('covers every fixture', () => {
    expect(fixtures.length).toBeGreaterThan(10);
  });

  it.each(fixtures)('%s', async (name) => {
    const r = await runBin('plan', [path.join(FIXTURES, name)], cleanEnv());
    // A plan is JSON on stdout whatever the outcome (an error plan exits 1).
    expect(() => JSON.parse(r.stdout), r.stderr).not.toThrow();
    expect(r.exitCode).toBe('error' in JSON.parse(r.stdout) ? 1 : 0);
    await expect(r.stdout + '\n').toMatchFileSnapshot(path.join(ROOT, 'test/__plans__', `${name}.json`));
  });
});
