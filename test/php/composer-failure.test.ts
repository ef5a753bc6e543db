/** What a failed composer install shows: the lines stating the problem, not the ini-file list after them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { composerProblemExcerpt, phpErrors } from '../../src/php/errors.js';

// Real output of Composer 2.5 (Debian's php 8.2) for a lock needing ext-redis ^3.1 and a missing extension.
const REAL = readFileSync(join(__dirname, '../fixtures/composer-output/ext-version-mismatch.txt'), 'utf8');
const tailOf = (text: string) => text.trimEnd().split('\n').slice(-20).map((l) => `  ${l}`).join('\n');

describe('composerProblemExcerpt', () => {
  it('keeps the Problem blocks (and the warning before them), drops the ini list and the ignore advice', () => {
    expect(tailOf(REAL)).not.toContain('Problem 1'); // what the error showed before: the ini list
    expect(composerProblemExcerpt(REAL)).toBe([
      '  Warning: The lock file is not up to date with the latest changes in composer.json. You may be getting outdated dependencies. It is recommended that you run `composer update` or `composer update <package name>`.',
      '  Your lock file does not contain a compatible set of packages. Please run composer update.',
      '  ',
      '    Problem 1',
      '      - Root composer.json requires PHP extension ext-redis ^3.1 but it has the wrong version installed (5.3.7).',
      '    Problem 2',
      "      - Root composer.json requires PHP extension ext-nosuch * but it is missing from your system. Install or enable PHP's nosuch extension.",
      '  (then the ini files PHP loaded, listed in the build log above)',
    ].join('\n'));
  });

  it('an unresolvable set without a lock, with many problems: capped', () => {
    const many = ['Your requirements could not be resolved to an installable set of packages.', '', ...Array.from({ length: 50 }, (_, i) => `  Problem ${i + 1}\n    - acme/x ${i} requires php ^9`)].join('\n');
    const e = composerProblemExcerpt(many)!;
    expect(e.split('\n')).toHaveLength(41);
    expect(e).toMatch(/… \(62 more lines in the build log above\)$/);
  });

  it.each(['', 'Installing dependencies from lock file\n  [RuntimeException]\n  Failed to clone git@github.com:acme/private.git\n'])('no Problem block: undefined (the tail is shown)', (out) => {
    expect(composerProblemExcerpt(out)).toBeUndefined();
  });

  it('the error shows the excerpt and, for a wrong extension version, what to do', () => {
    const e = phpErrors.composerInstallFailed('composer install', { code: 2 }, tailOf(REAL), composerProblemExcerpt(REAL));
    expect(e.body).toContain('What Composer reported:\n');
    expect(e.body).toContain('requires PHP extension ext-redis ^3.1 but it has the wrong version installed (5.3.7)');
    expect(e.body).not.toContain('/etc/php/8.2/cli/conf.d');
    expect(e.body).toContain('the version is that of the extension this PHP artifact ships');
  });
});
