import { describe, expect, it } from 'vitest';
import { configVarSource, defaultSource, describeSource, fileSource, type Source } from '../../src/env/sourced.js';

describe('describeSource: the one wording of every source kind (log, bin/plan, errors)', () => {
  it.each([
    [defaultSource(), 'default'],
    [defaultSource('default for builds'), 'default for builds'],
    [{ kind: 'framework-default', framework: 'laravel' }, 'the laravel default'],
    [fileSource('package.json', 'engines.node'), 'engines.node in package.json'],
    [fileSource('.nvmrc'), '.nvmrc'],
    [{ kind: 'file', file: 'composer.json', part: 'require-dev' }, 'composer.json (require-dev)'],
    [configVarSource(), 'config var'],
    [configVarSource('PHP_VERSION'), 'PHP_VERSION config var'],
    [{ kind: 'platform-env', name: 'STACK' }, 'STACK'],
    [{ kind: 'locked-package', name: 'x/y', version: '1.0.0' }, 'x/y 1.0.0 (composer.lock)'],
    [{ kind: 'rule', says: 'npm 6.14.18 (< 7) runs lifecycle scripts as root only with unsafe-perm' }, 'npm 6.14.18 (< 7) runs lifecycle scripts as root only with unsafe-perm'],
  ] as Array<[Source, string]>)('%j → %s', (source, words) => {
    expect(describeSource(source)).toBe(words);
  });
});
