/**
 * Schema of data/php-frameworks.json (STYLE 9). The file is hand-maintained (there is no
 * upstream to regenerate it from); this test is what keeps an edit honest.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FRAMEWORK_FILE_SIGNALS, FRAMEWORK_IDS, validateFrameworkData } from '../../src/php/frameworks.js';
import { frameworkLocations } from '../../src/nginx-config/frameworks.js';

const file = path.join(__dirname, '../../data/php-frameworks.json');
const doc = JSON.parse(readFileSync(file, 'utf8')) as { frameworks: Array<Record<string, unknown>> };

describe('data/php-frameworks.json', () => {
  it('validates', () => {
    expect(() => validateFrameworkData(doc)).not.toThrow();
  });

  it('covers every FrameworkId, each with nginx locations', () => {
    const ids = new Set(doc.frameworks.map((f) => f.id));
    expect([...FRAMEWORK_IDS].filter((id) => !ids.has(id))).toEqual([]);
    for (const id of FRAMEWORK_IDS) expect(Array.isArray(frameworkLocations(id))).toBe(true);
  });

  it('lists detected frameworks before default and none, which are never detected', () => {
    const ids = doc.frameworks.map((f) => f.id);
    expect(ids.slice(-2)).toEqual(['default', 'none']);
  });

  it('has no two entries with the same signal (the second would never match)', () => {
    const seen = new Set<string>();
    for (const f of doc.frameworks) {
      for (const s of f.signals as object[]) {
        const key = JSON.stringify(s);
        expect(seen.has(key), key).toBe(false);
        seen.add(key);
      }
    }
  });

  it('exposes the files its signals look for', () => {
    expect([...FRAMEWORK_FILE_SIGNALS].sort()).toEqual(
      ['app/Mage.php', 'public/index.php', 'system/core/CodeIgniter.php', 'web/wp-config.php', 'wp-settings.php'],
    );
  });
});

describe('validateFrameworkData refuses', () => {
  const entry = { id: 'laravel', label: 'Laravel', signals: [{ package: 'laravel/framework' }], documentRoot: 'public', logFiles: [], env: {} };
  it.each([
    ['no list', {}, 'frameworks must be an array'],
    ['an unknown id', { frameworks: [{ ...entry, id: 'rails' }] }, 'frameworks[0].id is not a FrameworkId'],
    ['an unknown field', { frameworks: [{ ...entry, priority: 1 }] }, 'frameworks[0].priority is not a known field'],
    ['an absolute document root', { frameworks: [{ ...entry, documentRoot: '/public' }] }, 'frameworks[0].documentRoot must be a relative path inside the app'],
    ['a document root outside the app', { frameworks: [{ ...entry, documentRoot: '../x' }] }, 'frameworks[0].documentRoot must be a relative path inside the app'],
    ['a log file outside the app', { frameworks: [{ ...entry, logFiles: ['../x.log'] }] }, 'frameworks[0].logFiles has a bad path "../x.log"'],
    ['a bad env name', { frameworks: [{ ...entry, env: { 'app-env': 'prod' } }] }, 'frameworks[0].env.app-env must be NAME: string'],
    ['no signals for a detected framework', { frameworks: [{ ...entry, signals: [] }] }, 'frameworks[0].signals must not be empty'],
    ['signals for default', { frameworks: [{ ...entry, id: 'default' }] }, 'frameworks[0].signals must be empty'],
    ['an empty signal', { frameworks: [{ ...entry, signals: [{}] }] }, 'frameworks[0].signals[0] has no condition'],
    ['an unknown condition', { frameworks: [{ ...entry, signals: [{ package: 'x/y', php: '8' }] }] }, 'frameworks[0].signals[0].php is not a known condition'],
    ['a version without package', { frameworks: [{ ...entry, signals: [{ file: 'x', version: '2.' }] }] }, 'frameworks[0].signals[0] has a version without a package'],
  ])('%s', (_, data, message) => {
    expect(() => validateFrameworkData(data)).toThrow(`data/php-frameworks.json: ${message}`);
  });
});
