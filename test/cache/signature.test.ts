import { describe, expect, it } from 'vitest';
import { compareSignatures, parseSignature, type CacheSignature } from '../../src/cache/signature.js';

const base: CacheSignature = { layout: 1, stack: 'scalingo-26', tools: { node: '24.18.0', npm: '11.6.2' } };

describe('compareSignatures', () => {
  it.each([
    [undefined, 'invalidate', 'no previous build cache'],
    [base, 'keep', undefined],
    [{ ...base, layout: 0 }, 'invalidate', 'cache layout changed (0 → 1)'],
    [{ ...base, stack: 'scalingo-24' }, 'invalidate', 'stack changed (scalingo-24 → scalingo-26)'],
    [{ ...base, tools: { node: '22.23.1', npm: '11.6.2' } }, 'invalidate', 'node version changed (22.23.1 → 24.18.0)'],
    [{ ...base, tools: { node: '24.18.0', npm: '10.9.0' } }, 'invalidate', 'npm version changed (10.9.0 → 11.6.2)'],
    [{ ...base, tools: { ...base.tools, yarn: '1.22.22' } }, 'invalidate', 'yarn is no longer used'],
  ] as const)('%j → %s', (previous, action, reason) => {
    const d = compareSignatures(previous, base);
    expect(d.action).toBe(action);
    if (reason) expect(d).toEqual({ action, reasons: [reason], reason });
  });

  it('says every difference, not only the first', () => {
    const d = compareSignatures({ layout: 0, stack: 'scalingo-24', tools: { node: '22.23.1', yarn: '1.22.22' } }, base);
    expect(d).toEqual({
      action: 'invalidate',
      reasons: ['cache layout changed (0 → 1)', 'stack changed (scalingo-24 → scalingo-26)', 'node version changed (22.23.1 → 24.18.0)', 'npm version changed (none → 11.6.2)', 'yarn is no longer used'],
      reason: 'cache layout changed (0 → 1); stack changed (scalingo-24 → scalingo-26); node version changed (22.23.1 → 24.18.0); npm version changed (none → 11.6.2); yarn is no longer used',
    });
  });

  it('a corrupt signature file reads as none', () => {
    expect(parseSignature('{"layout": 1')).toBeUndefined();
    expect(parseSignature('[]')).toBeUndefined();
    expect(parseSignature(JSON.stringify(base))).toEqual(base);
  });
});
