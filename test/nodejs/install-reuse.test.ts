import { describe, expect, it } from 'vitest';
import { decideInstallReuse, hashText, installRelevantVars } from '../../src/nodejs/install-reuse.js';

const base = { stack: 'scalingo-26', 'node version': '24.18.0', 'package.json': hashText('{}'), 'yarn.lock': hashText('a') };

describe('decideInstallReuse', () => {
  it.each([
    [undefined, base, false, 'no install from a previous build to reuse'],
    [base, base, true, undefined],
    [base, { ...base, 'yarn.lock': hashText('b') }, false, 'yarn.lock changed'],
    [base, { ...base, 'node version': '24.17.0' }, false, 'node version changed (24.18.0 → 24.17.0)'],
    [base, { ...base, 'package.json': hashText('{"a":1}'), 'yarn.lock': hashText('b') }, false, 'package.json changed, yarn.lock changed'],
    [base, { ...base, 'config var NPM_CONFIG_PRODUCTION': hashText('true') }, false, 'config var NPM_CONFIG_PRODUCTION is new'],
    [{ ...base, '.npmrc': hashText('x') }, { ...base, '.npmrc': 'absent' }, false, '.npmrc changed'],
  ])('%j → %j', (prev, cur, reuse, reason) => {
    const d = decideInstallReuse(prev, cur);
    expect(d.reuse).toBe(reuse);
    if (!d.reuse) expect(d.reason).toBe(reason);
  });

  it('fingerprints install-relevant config vars by hash only (secrets never stored in clear)', () => {
    const vars = installRelevantVars({ NPM_TOKEN: 'secret', NPM_CONFIG_PRODUCTION: 'true', YARN_PRODUCTION: 'x', UNRELATED: 'y' });
    expect(Object.keys(vars).sort()).toEqual(['config var NPM_CONFIG_PRODUCTION', 'config var NPM_TOKEN', 'config var YARN_PRODUCTION']);
    expect(JSON.stringify(vars)).not.toContain('secret');
  });
});
