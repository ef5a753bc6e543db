import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { fillBuildValues, inlineInclude, shQuote } from '../../src/env/sh-quote.js';

const SCRIPT = "#!/bin/sh\n# >>> build-time values (test)\na=''\nexport b=''\n# <<< build-time values\nprintf '%s|%s\\n' \"$a\" \"${b-unset}\"\n";

describe('shQuote', () => {
  it.each(["plain", "it's", "a'b'c", '$(touch x) `y` "z" \\ \n\t*', ''])('the shell reads %j back as it is', (s) => {
    const r = spawnSync('sh', ['-c', `printf '%s' ${shQuote(s)}`], { encoding: 'utf8' });
    expect(r.stdout).toBe(s);
  });
});

describe('fillBuildValues', () => {
  it('fills the block with quoted assignments (export kept, undefined left out)', () => {
    const text = fillBuildValues(SCRIPT, { a: "x'y $z", 'export b': undefined });
    expect(text).toContain("a='x'\\''y $z'\n# <<< build-time values");
    expect(spawnSync('sh', ['-c', text], { encoding: 'utf8' }).stdout).toBe("x'y $z|unset\n");
  });

  it('refuses values the script does not assign, and misses', () => {
    expect(() => fillBuildValues(SCRIPT, { a: '1' })).toThrow(/the script assigns a export b, the build gives a/);
    expect(() => fillBuildValues(SCRIPT, { a: '1', 'export b': '2', c: '3' })).toThrow(/build-time values differ/);
    expect(() => fillBuildValues('#!/bin/sh\n', {})).toThrow(/no "# >>> build-time values" block/);
  });
});

describe('inlineInclude', () => {
  it('replaces the include block with the text, and refuses a script without it', () => {
    const s = 'a\n# >>> include x.sh (note)\n# shellcheck source=x.sh\n. ./x.sh\n# <<< include x.sh\nb\n';
    expect(inlineInclude(s, 'x.sh', 'X=1')).toBe('a\nX=1\nb\n');
    expect(() => inlineInclude(s, 'y.sh', '')).toThrow(/no "# >>> include y.sh" block/);
  });
});
