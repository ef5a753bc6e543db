/**
 * The reviewed snapshot files match the fixtures one to one: a fixture without its plan
 * or its cold and warm build logs fails, and so does a file no fixture accounts for (a
 * renamed or deleted fixture's leftovers). The e2e tier compares their contents
 * (test/e2e/plan-snapshots.test.ts, and each fixture's builds: expectBuildLog).
 */
import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FIXTURE_NAMES } from './support/fixtures.js';
import { LOGS_DIR, LOG_KINDS, PLANS_DIR } from './support/snapshots.js';

function filesBelow(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((e) => !e.isDirectory())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

describe('snapshot files', () => {
  it('test/__plans__ holds exactly one plan per fixture', () => {
    expect(filesBelow(PLANS_DIR)).toEqual(FIXTURE_NAMES.map((f) => `${f}.json`).sort());
  });

  it('test/__logs__ holds exactly a cold and a warm build log per fixture', () => {
    expect(filesBelow(LOGS_DIR)).toEqual(FIXTURE_NAMES.flatMap((f) => LOG_KINDS.map((k) => `${f}/${k}.log`)).sort());
  });
});
