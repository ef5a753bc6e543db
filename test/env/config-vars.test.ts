import { describe, expect, it } from 'vitest';
import { knobsFrom, parseConfigVars } from '../../src/env/config-vars.js';
import { determineStack } from '../../src/env/stack.js';

describe('parseConfigVars', () => {
  it('strips trailing newlines, skips hidden files, denies dangerous names, warns on bad names', () => {
    const { vars, problems } = parseConfigVars([
      { name: 'NPM_TOKEN', content: 'abc\n' },
      { name: 'MULTI', content: 'a\nb\n\n' },
      { name: '.hidden', content: 'x' },
      { name: 'PATH', content: '/evil' },
      { name: 'LD_PRELOAD', content: '/evil.so' },
      { name: 'BUILD_DIR', content: '/x' },
      { name: 'not-valid', content: 'x' },
      { name: '1ABC', content: 'x' },
      { name: 'EMPTY', content: '' },
    ]);
    expect(vars).toEqual({ NPM_TOKEN: 'abc', MULTI: 'a\nb', EMPTY: '' });
    expect(problems.map((p) => p.id).sort()).toEqual([
      'engine/config-var-denied', 'engine/config-var-denied', 'engine/config-var-denied',
      'engine/config-var-name', 'engine/config-var-name',
    ]);
  });
});

describe('knobs', () => {
  it('config vars win over the platform environment', () => {
    const k = knobsFrom({ NODE_BINARY_URL: 'a' }, { NODE_BINARY_URL: 'b', NPM_CONFIG_REGISTRY: 'r' });
    expect(k.get('NODE_BINARY_URL')).toBe('a');
    expect(k.get('NPM_CONFIG_REGISTRY')).toBe('r');
    expect(k.sourceOf('NPM_CONFIG_REGISTRY')).toBe('build environment');
    expect(k.flag('X')).toBe(false);
    expect(knobsFrom({ X: 'TRUE' }, {}).flag('X')).toBe(false);
    expect(knobsFrom({ X: 'true' }, {}).flag('X')).toBe(true);
  });
});

describe('determineStack', () => {
  it('defaults to scalingo-26, warns on scalingo-22, rejects unknown', () => {
    expect(determineStack(undefined).stack.value).toBe('scalingo-26');
    expect(determineStack('scalingo-24').problems).toEqual([]);
    expect(determineStack('scalingo-22').problems.map((p) => p.id)).toEqual(['engine/deprecated-stack']);
    expect(() => determineStack('heroku-24')).toThrowError(expect.objectContaining({ id: 'engine/unsupported-stack' }));
  });
});
