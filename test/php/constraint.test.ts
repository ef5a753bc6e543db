import { describe, expect, it } from 'vitest';
import {
  compareVersions,
  type Constraint,
  describeConstraint,
  formatVersion,
  intersects,
  matches,
  parseConstraint,
  parseVersion,
} from '../../src/php/constraint.js';

function parsed(raw: string): Constraint {
  const r = parseConstraint(raw);
  if (!r.ok) throw new Error(`expected "${raw}" to parse, got: ${r.reason}`);
  return r.constraint;
}

describe('parseVersion / compareVersions / formatVersion', () => {
  it.each([
    ['8.2.36', [8, 2, 36, 0]],
    ['v8.2', [8, 2, 0, 0]],
    ['8', [8, 0, 0, 0]],
    ['8.2.36.0', [8, 2, 36, 0]],
    ['8.2.36.1', [8, 2, 36, 1]],
    [' 8.4.22 ', [8, 4, 22, 0]],
  ])('%j → %j', (text, version) => {
    expect(parseVersion(text)).toEqual(version);
  });

  it.each(['', 'foo', '8.2.', '8..2', '8.2.0-RC1', '8.2.0.0.0', '^8.2', '8.2.*', 'dev-main', '1234567890.0'])(
    '%j is not a release',
    (text) => {
      expect(parseVersion(text)).toBeUndefined();
    },
  );

  it('orders numerically, part by part', () => {
    const sorted = ['8.10.0', '8.2.31', '7.4.33', '8.2.4', '8.2.31.1', '9.0.0'].map((t) => parseVersion(t)!).sort(compareVersions);
    expect(sorted.map(formatVersion)).toEqual(['7.4.33', '8.2.4', '8.2.31', '8.2.31.1', '8.10.0', '9.0.0']);
    expect(compareVersions([8, 2, 0, 0], parseVersion('8.2')!)).toBe(0);
  });
});

describe('matches', () => {
  // [constraint, releases that satisfy it, releases that must not]
  it.each([
    // exact; a partial exact version is padded with zeros (Composer: 8.2 is 8.2.0.0)
    ['8.2.1', ['8.2.1'], ['8.2.0', '8.2.2', '8.2.31', '8.3.0']],
    ['=8.2.1', ['8.2.1'], ['8.2.31']],
    ['==8.2.1', ['8.2.1'], ['8.2.31']],
    ['== 8.2.1', ['8.2.1'], ['8.2.31']],
    ['v8.2.1', ['8.2.1'], ['8.2.31']],
    ['8.2', ['8.2.0'], ['8.2.31', '8.3.0', '8.1.0']],
    ['8.2.0.0', ['8.2.0'], ['8.2.1']],
    ['8.2.1+build.5', ['8.2.1'], ['8.2.2']],
    // any
    ['*', ['7.4.33', '8.2.31', '9.0.0', '0.0.0'], []],
    ['x', ['7.4.33', '9.0.0'], []],
    ['X', ['8.4.22'], []],
    ['*.*', ['8.4.22'], []],
    ['v*', ['8.4.22'], []],
    // wildcards are ranges
    ['8.2.*', ['8.2.0', '8.2.31'], ['8.1.99', '8.3.0', '7.4.33']],
    ['8.2.x', ['8.2.31'], ['8.3.0']],
    ['8.2.X', ['8.2.31'], ['8.3.0']],
    ['v8.2.*', ['8.2.31'], ['8.3.0']],
    ['8.*', ['8.0.0', '8.2.31', '8.5.7'], ['7.4.33', '9.0.0']],
    ['8.x.x', ['8.5.7'], ['9.0.0']],
    ['8.*.*', ['8.5.7'], ['9.0.0']],
    ['8.4.2.*', ['8.4.2', '8.4.2.9'], ['8.4.3', '8.4.1']],
    // comparisons; partial versions are padded (<8.3 is <8.3.0, >8.2 is >8.2.0)
    ['>8.2', ['8.2.1', '8.2.31', '8.3.0', '9.0.0'], ['8.2.0', '7.4.33']],
    ['>8.2.31', ['8.3.0', '8.2.32'], ['8.2.31', '8.2.30']],
    ['>=8.2', ['8.2.0', '8.2.31', '8.5.7', '9.0.0'], ['8.1.99', '7.4.33']],
    ['>= 8.2', ['8.2.0', '9.0.0'], ['7.4.33']],
    ['>=v8.2', ['8.2.0'], ['7.4.33']],
    ['<8.3', ['8.2.31', '7.4.33'], ['8.3.0', '8.4.22']],
    ['< 8.3', ['8.2.31'], ['8.3.0']],
    ['<=8.3', ['8.3.0', '8.2.31'], ['8.3.1', '8.4.22']],
    ['<= 8.3.0', ['8.3.0'], ['8.3.1']],
    ['!=8.4.22', ['8.4.21', '8.4.23', '8.5.7', '7.4.33'], ['8.4.22']],
    ['!= 8.4.22', ['8.4.21'], ['8.4.22']],
    ['<>8.4.22', ['8.4.21'], ['8.4.22']],
    ['!=8.4', ['8.4.22', '8.4.1'], ['8.4.0']],
    // tilde: the last written part may grow, the one before it is fixed
    ['~8.4', ['8.4.0', '8.4.22', '8.5.7'], ['8.3.0', '9.0.0']],
    ['~8.4.2', ['8.4.2', '8.4.22'], ['8.4.1', '8.5.0', '8.5.7']],
    ['~8', ['8.0.0', '8.5.7'], ['7.4.33', '9.0.0']],
    ['~v8.4', ['8.5.7'], ['9.0.0']],
    ['~8.4.2.1', ['8.4.2.1', '8.4.2.7'], ['8.4.2', '8.4.3']],
    // caret: the left-most non-zero part is fixed
    ['^8.2', ['8.2.0', '8.2.31', '8.4.22', '8.5.7'], ['8.1.99', '9.0.0', '7.4.33']],
    ['^8.2.5', ['8.2.5', '8.4.22'], ['8.2.4', '9.0.0']],
    ['^8', ['8.0.0', '8.5.7'], ['9.0.0', '7.4.33']],
    ['^v8.2', ['8.4.22'], ['9.0.0']],
    ['^0.3', ['0.3.0', '0.3.9'], ['0.2.9', '0.4.0']],
    ['^0.0.3', ['0.0.3'], ['0.0.2', '0.0.4', '0.1.0']],
    ['^0.0', ['0.0.9'], ['0.1.0']],
    ['^0', ['0.9.9'], ['1.0.0']],
    // hyphen ranges: inclusive; a partial upper bound is a wildcard
    ['8.2 - 8.4', ['8.2.0', '8.3.0', '8.4.22'], ['8.1.99', '8.5.0', '8.5.7']],
    ['8.2 - 8.4.1', ['8.2.31', '8.4.1'], ['8.4.2', '8.4.22']],
    ['8.2.5 - 8', ['8.2.5', '8.5.7'], ['8.2.4', '9.0.0']],
    ['v8.2 - v8.4.0', ['8.4.0'], ['8.4.1']],
    // OR binds loosest; `|` is an OR too
    ['^8.2 || ^9.0', ['8.4.22', '9.0.0'], ['7.4.33', '10.0.0']],
    ['7.4.* | 8.2.*', ['7.4.33', '8.2.31'], ['8.3.0', '7.3.0']],
    ['7.4.*||8.2.*', ['7.4.33', '8.2.31'], ['8.3.0']],
    ['>=8.2 <8.3 || >=8.5', ['8.2.31', '8.5.7', '9.0.0'], ['8.3.0', '8.4.22']],
    ['^8.1 <8.4 || 9.0.*', ['8.1.0', '8.3.0', '9.0.0'], ['8.4.22', '9.1.0']],
    // AND by whitespace or comma
    ['>=8.2 <8.4', ['8.2.31', '8.3.0'], ['7.4.33', '8.4.22']],
    ['>=8.2,<8.4', ['8.2.31', '8.3.0'], ['8.4.22']],
    ['>=8.2, <8.4', ['8.3.0'], ['8.4.22']],
    ['>=8.2 , <8.4', ['8.3.0'], ['8.4.22']],
    ['>= 8.2 < 8.4', ['8.3.0'], ['8.4.22', '7.4.33']],
    ['>=8.2 !=8.3.0', ['8.2.31', '8.3.1', '8.5.7'], ['8.3.0', '7.4.33']],
    ['>=8.4 <8.2', [], ['8.2.31', '8.3.0', '8.4.22']],
    // stability flags are ignored
    ['^8.1@dev', ['8.1.0', '8.5.7'], ['8.0.30', '9.0.0']],
    ['>=8.2@stable', ['8.2.0'], ['8.1.99']],
    ['8.2.*@RC', ['8.2.31'], ['8.3.0']],
    ['>= 8.2@dev', ['8.2.0'], ['8.1.99']],
    ['8.2.1@beta', ['8.2.1'], ['8.2.2']],
    ['@dev', ['7.4.33', '9.0.0'], []],
    ['@stable', ['8.4.22'], []],
    // stability suffixes: a pre-release sits just below its release, a patch level just above
    ['>=8.1-dev', ['8.1.0', '8.4.22'], ['8.0.30']],
    ['>=8.1.0-RC1', ['8.1.0'], ['8.0.30']],
    ['>8.2.0-RC1', ['8.2.0', '8.2.31'], ['8.1.27']],
    ['<8.3-dev', ['8.2.31'], ['8.3.0']],
    ['<=8.3.0-beta2', ['8.2.31'], ['8.3.0']],
    ['^8.1-dev', ['8.1.0'], ['8.0.30', '9.0.0']],
    ['~8.4.2-RC1', ['8.4.2', '8.4.22'], ['8.4.1', '8.5.0']],
    ['8.2.0RC1 - 8.4', ['8.2.0', '8.4.22'], ['8.1.99', '8.5.0']],
    ['8.2 - 8.4-dev', ['8.3.99'], ['8.4.0']],
    ['8.2.0-RC1', [], ['8.2.0', '8.2.1', '8.1.99']],
    ['!=8.2.0-RC1', ['8.2.0', '8.1.99'], []],
    ['8.2.0-stable', ['8.2.0'], ['8.2.1']],
    ['>=8.2.0-p1', ['8.2.1'], ['8.2.0']],
    ['<8.2.0-p1', ['8.2.0'], ['8.2.1']],
    // surrounding whitespace
    ['  ^8.2  ', ['8.4.22'], ['9.0.0']],
  ])('%j', (raw, good, bad) => {
    const c = parsed(raw);
    for (const v of good) expect(matches(c, v), `${raw} should match ${v}`).toBe(true);
    for (const v of bad) expect(matches(c, v), `${raw} should not match ${v}`).toBe(false);
  });

  it('accepts a parsed Version', () => {
    expect(matches(parsed('^8.2'), [8, 4, 22, 0])).toBe(true);
  });

  it('refuses a version string that is not a release instead of quietly not matching', () => {
    expect(() => matches(parsed('*'), '8.4.x')).toThrow('not a release version: "8.4.x"');
  });

  it('AND separators and operator spacing give the same constraint', () => {
    const forms = ['>=8.2 <8.4', '>=8.2,<8.4', '>=8.2, <8.4', '>= 8.2 < 8.4', '<8.4 >=8.2'];
    const [first, ...rest] = forms.map((f) => parsed(f).alternatives);
    for (const a of rest) expect(a).toEqual(first);
  });

  it('keeps the raw text', () => {
    expect(parsed(' ^8.2 ').raw).toBe(' ^8.2 ');
  });
});

describe('describeConstraint', () => {
  it.each([
    ['~8.4', '>=8.4.0 <9.0.0'],
    ['~8.4.2', '>=8.4.2 <8.5.0'],
    ['~8', '>=8.0.0 <9.0.0'],
    ['~8.4.2.1', '>=8.4.2.1 <8.4.3'],
    ['^8.2', '>=8.2.0 <9.0.0'],
    ['^0.3', '>=0.3.0 <0.4.0'],
    ['^0.0.3', '>=0.0.3 <0.0.4'],
    ['*', 'any version'],
    ['@dev', 'any version'],
    ['8.2', '8.2.0'],
    ['==8.4.22', '8.4.22'],
    ['8.2.*', '>=8.2.0 <8.3.0'],
    ['8.*', '>=8.0.0 <9.0.0'],
    ['8.2 - 8.4', '>=8.2.0 <8.5.0'],
    ['8.2 - 8.4.1', '>=8.2.0 <=8.4.1'],
    ['>8.2', '>8.2.0'],
    ['<=8.3', '<=8.3.0'],
    ['!=8.4.22', '<8.4.22 || >8.4.22'],
    ['>=8.2 <8.4 !=8.3.0', '>=8.2.0 <8.3.0 || >8.3.0 <8.4.0'],
    ['^8.2 || ^8.3', '>=8.2.0 <9.0.0'],
    ['8.2.* || 7.4.*', '>=7.4.0 <7.5.0 || >=8.2.0 <8.3.0'],
    ['8.2.* || 8.3.*', '>=8.2.0 <8.4.0'],
    ['<8.2 || >=8.2', 'any version'],
    ['<=8.2 || >8.2', 'any version'],
    ['<8.2 || >8.2', '<8.2.0 || >8.2.0'],
    ['>=8.4 <8.2', 'no version'],
    ['8.2.0-RC1', 'no version'],
    ['^8.1@dev', '>=8.1.0 <9.0.0'],
    ['>=8.1-dev', '>=8.1.0'],
    ['>8.2.0-RC1', '>=8.2.0'],
    ['<=8.3.0-beta2', '<8.3.0'],
  ])('%j → %j', (raw, text) => {
    expect(describeConstraint(parsed(raw))).toBe(text);
  });
});

describe('intersects', () => {
  it.each([
    ['^8.2', '<8.4', true],
    ['>=8.4', '<8.4', false],
    ['<=8.4', '>=8.4', true],
    ['!=8.4.0', '8.4.0', false],
    ['!=8.4.0', '8.4.*', true],
    ['8.2.* || 8.4.*', '8.3.*', false],
    ['8.2.* || 8.4.*', '>=8.3 <8.5', true],
    ['*', '8.2.0-RC1', false],
    ['*', '7.4.33', true],
  ])('%j and %j → %s', (a, b, expected) => {
    expect(intersects(parsed(a), parsed(b))).toBe(expected);
    expect(intersects(parsed(b), parsed(a))).toBe(expected);
  });
});

describe('parseConstraint rejects', () => {
  it.each([
    ['', 'the constraint is empty'],
    ['   ', 'the constraint is empty'],
    ['>>8', '">>8": ">8" is not a version'],
    ['=>8', '"=>8": ">8" is not a version'],
    ['8.2 -', '"8.2 -" is an incomplete hyphen range (expected "A - B")'],
    ['- 8.4', '"- 8.4" is an incomplete hyphen range (expected "A - B")'],
    ['8.2  -  8.4', 'a lone "-": write a hyphen range as "8.2 - 8.4", one space on each side'],
    ['8.2 -8.4', '"8.2 -8.4" is not a version or a version constraint'],
    ['~', '"~" has no version after the operator'],
    ['^', '"^" has no version after the operator'],
    ['>=', '">=" has no version after the operator'],
    ['^ 8.2', '"^" has no version after the operator'],
    ['~>8.4', '"~>8.4": "~>" is not a Composer operator, use "~"'],
    ['dev-main', '"dev-main" names a development branch, not a PHP release'],
    ['dev-master#abc123', '"dev-master#abc123" names a development branch, not a PHP release'],
    ['>=dev-main', '">=dev-main" names a development branch, not a PHP release'],
    ['8.2.x-dev', '"8.2.x-dev" names a development branch, not a PHP release'],
    ['master', '"master" names a development branch, not a PHP release'],
    ['foo', '"foo" is not a version or a version constraint'],
    ['latest', '"latest" is not a version or a version constraint'],
    ['^8.2 foo', '"foo" is not a version or a version constraint'],
    ['8.2.', '"8.2." is not a version or a version constraint'],
    ['8.2@foo', '"8.2@foo" is not a version or a version constraint'],
    ['>=8.2.*', '">=8.2.*": "8.2.*" is not a version'],
    ['~8.4.*', '"~8.4.*": "8.4.*" is not a version'],
    ['8.2 ||', '"8.2 ||" has an empty alternative next to "|" or "||"'],
    ['|| 8.2', '"|| 8.2" has an empty alternative next to "|" or "||"'],
    ['8.2 | | 8.3', '"8.2 | | 8.3" has an empty alternative next to "|" or "||"'],
    ['^8.2 , ', '"^8.2 ," has a comma with no constraint on one side'],
    [', ^8.2', '", ^8.2" has a comma with no constraint on one side'],
    ['>=8.2,,<8.4', '">=8.2,,<8.4": "8.2,,<8.4" is not a version'],
    ['8.2 as 8.3', '"8.2 as 8.3" is an inline alias ("as"), which does not apply to a PHP version'],
  ])('%j: %s', (raw, reason) => {
    expect(parseConstraint(raw)).toEqual({ ok: false, reason });
  });
});
