import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { rangeTester } from '../../src/nodejs/range-test.js';

describe('rangeTester answers as semver.satisfies does', () => {
  const versions = ['24.18.0', '24.0.0', '22.23.1', '18.20.8', '0.10.48', '25.0.0-rc.1', '26.4.0'];
  it.each(['24.x', '>=22 <25', '^18.0.0', '*', '', '22 - 26', '0.10', '>=25.0.0-0', 'not a range', '24.x || 18.x'])('%s', (range) => {
    const test = rangeTester(range);
    for (const v of versions) expect(test(v), `${v} in ${range}`).toBe(semver.satisfies(v, range));
  });
  it('passes options through (includePrerelease)', () => {
    expect(rangeTester('>=25', { includePrerelease: true })('25.0.0-rc.1')).toBe(true);
    expect(rangeTester('>=25')('25.0.0-rc.1')).toBe(false);
  });
});
