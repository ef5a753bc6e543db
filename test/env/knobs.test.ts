import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { invalidKnobValue, KNOBS, platformKnobProblems } from '../../src/env/knobs.js';
import { parseConfigVars } from '../../src/env/config-vars.js';

/** The backquoted names in the first column of README's "Config vars it reads" table. */
function documentedNames(): string[] {
  const readme = readFileSync(path.join(__dirname, '../../README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Config vars it reads'));
  const body = section.slice(0, section.indexOf('\n## ', 1) === -1 ? undefined : section.indexOf('\n## ', 1));
  const rows = body.split('\n').filter((l) => l.startsWith('| `'));
  expect(rows.length).toBeGreaterThan(10);
  return [...new Set(rows.flatMap((row) => [...(row.split('|')[1] ?? '').matchAll(/`([A-Za-z0-9_*]+)(?:=[^`]*)?`/g)].map((m) => m[1]!)))];
}

describe('the knob schema and README', () => {
  it('documents every knob, and every documented config var is in the schema', () => {
    const documented = documentedNames().sort();
    expect(documented).toEqual(Object.keys(KNOBS).sort());
  });
});

describe('a value a boolean knob cannot take warns, the same way for every knob', () => {
  const booleans = Object.entries(KNOBS).filter(([, s]) => s.type === 'boolean' && (!('when' in s) || s.when === 'build') && !('from' in s));
  it.each(booleans.map(([n]) => n))('%s=1', (name) => {
    const { vars, problems } = parseConfigVars([{ name, content: '1' }]);
    expect(vars[name]).toBe('1');
    const expected = invalidKnobValue(name, '1');
    expect(expected?.message).toMatch(new RegExp(`^${name} is "1": only "(true|false)" changes what the build does .*Set it to true or false\\.$`));
    // COMPOSER_DEV is reported by the PHP plan (php/composer-dev-value), with the same wording.
    expect(problems).toEqual(expected?.id === 'engine/config-var-invalid' ? [expected] : []);
  });

  it('true, false, empty and non-boolean knobs do not warn', () => {
    const { problems } = parseConfigVars([
      { name: 'USE_NPM_INSTALL', content: 'true' },
      { name: 'NODE_MODULES_CACHE', content: 'false' },
      { name: 'NPM_NO_BUILD', content: '' },
      { name: 'NODE_BUILD_FLAGS', content: '1' },
      { name: 'SOMETHING_ELSE', content: 'yes' },
      // Read from the platform's environment only, or at boot.
      { name: 'BUILDPACK_DEBUG', content: '1' },
      { name: 'LOG_CONCURRENCY', content: '1' },
    ]);
    expect(problems).toEqual([]);
  });

  it('says what the build does instead', () => {
    expect(invalidKnobValue('USE_NPM_INSTALL', '1')?.message).toBe(
      'USE_NPM_INSTALL is "1": only "true" changes what the build does (npm install even when a lockfile exists), so this build goes on as if it were unset (USE_NPM_INSTALL=false). Set it to true or false.',
    );
    expect(invalidKnobValue('NODE_MODULES_CACHE', 'no')?.message).toContain('only "false" changes what the build does (no dependency cache)');
  });
});

describe('a knob from the platform environment is checked the same way', () => {
  const warning = (name: string, raw: string) => invalidKnobValue(name, raw)!;
  it.each<[string, Record<string, string | undefined>, Record<string, string>, unknown[]]>([
    ['an invalid value warns as the config var would', { USE_NPM_INSTALL: '1' }, {}, [warning('USE_NPM_INSTALL', '1')]],
    ['every invalid knob, by name', { NODE_MODULES_CACHE: 'no', NPM_NO_BUILD: 'yes' }, {}, [warning('NODE_MODULES_CACHE', 'no'), warning('NPM_NO_BUILD', 'yes')]],
    ['a platform-only knob too', { BUILDPACK_DEBUG: '1' }, {}, [warning('BUILDPACK_DEBUG', '1')]],
    ['true, false, empty and unset do not warn', { USE_NPM_INSTALL: 'true', NODE_MODULES_CACHE: 'false', NPM_NO_BUILD: '', PNPM_SKIP_PRUNING: undefined }, {}, []],
    ['a config var of the same name wins (it is checked as a config var)', { USE_NPM_INSTALL: '1' }, { USE_NPM_INSTALL: 'true' }, []],
    ['non-boolean knobs and other variables do not warn', { NODE_BUILD_FLAGS: '1', HOME: '/x', STACK: 'scalingo-26' }, {}, []],
    ['boot-time knobs are read at boot, not here', { LOG_CONCURRENCY: '1' }, {}, []],
    // COMPOSER_DEV is reported by the PHP plan (php/composer-dev-value), which reads it through the knobs.
    ['a knob with its own warning id is left to its plan', { COMPOSER_DEV: '1' }, {}, []],
  ])('%s', (_name, platformEnv, vars, expected) => {
    expect(platformKnobProblems(platformEnv, vars)).toEqual(expected);
  });

  it('uses the config var wording, id engine/config-var-invalid', () => {
    expect(platformKnobProblems({ USE_NPM_INSTALL: '1' }, {})).toEqual([{
      id: 'engine/config-var-invalid',
      message: 'USE_NPM_INSTALL is "1": only "true" changes what the build does (npm install even when a lockfile exists), so this build goes on as if it were unset (USE_NPM_INSTALL=false). Set it to true or false.',
    }]);
  });
});
