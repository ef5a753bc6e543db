/** The pure decisions of vendor/ reuse (src/php/vendor-reuse.ts). */
import { describe, expect, it } from 'vitest';
import { afterRestore, composerRelevantVars, vendorFingerprint, vendorLayout, type VendorLayout } from '../../src/php/vendor-reuse.js';

const layoutOf = (json: unknown, locked: string[] = [], dev = false) => vendorLayout(JSON.stringify(json), locked, dev);

describe('vendorLayout', () => {
  it('reads vendor-dir, path repositories, autoload paths and install/dump scripts', () => {
    const d = layoutOf({
      config: { 'vendor-dir': 'lib/vendor/' },
      repositories: [{ type: 'path', url: 'packages/*' }, { type: 'path', url: './modules/one' }, { type: 'vcs', url: 'https://example.com/x.git' }],
      autoload: { 'psr-4': { 'App\\': 'src/', 'Lib\\': ['lib/a', 'lib/b'] }, classmap: ['database/'], files: ['helpers.php'] },
      'autoload-dev': { 'psr-4': { 'Tests\\': 'tests/' } },
      scripts: { 'post-install-cmd': ['@php artisan x'], 'post-autoload-dump': 'x', test: 'phpunit' },
    });
    expect(d).toEqual({
      reuse: true,
      layout: {
        vendorDir: 'lib/vendor',
        pathRepositories: ['modules/one', 'packages'],
        autoloadPaths: ['database', 'helpers.php', 'lib/a', 'lib/b', 'src'],
        installScripts: ['post-install-cmd'],
        dumpScripts: ['post-autoload-dump'],
      },
    });
  });
  it('autoload-dev counts with dev dependencies only', () => {
    const json = { autoload: { 'psr-4': { 'App\\': 'src/' } }, 'autoload-dev': { 'psr-4': { 'Tests\\': 'tests/' } } };
    expect(layoutOf(json, [], true)).toMatchObject({ layout: { autoloadPaths: ['src', 'tests'] } });
  });
  it.each([
    [{ extra: { 'installer-paths': { 'wp/plugins/{$name}': ['type:wordpress-plugin'] } } }, [], 'packages are installed outside vendor/ (composer/installers)'],
    [{}, ['composer/installers'], 'packages are installed outside vendor/ (composer/installers)'],
    [{ repositories: [{ type: 'path', url: '../shared/*' }] }, [], 'the path repository "../shared/*" is outside the app'],
    [{ repositories: [{ type: 'path', url: '/srv/pkg' }] }, [], 'the path repository "/srv/pkg" is outside the app'],
    [{ repositories: [{ type: 'path', url: './*' }] }, [], 'the path repository "./*" is the app root or inside vendor/'],
    [{ repositories: [{ type: 'path', url: 'vendor/acme/*' }] }, [], 'the path repository "vendor/acme/*" is the app root or inside vendor/'],
    [{ config: { 'vendor-dir': '../vendor' } }, [], 'config.vendor-dir "../vendor" is not a directory inside the app'],
    [{ config: { 'vendor-dir': '.' } }, [], 'config.vendor-dir "." is not a directory inside the app'],
  ])('refuses %j (locked %j): %s', (json, locked, why) => {
    expect(layoutOf(json, locked)).toEqual({ reuse: false, why });
  });
});

describe('afterRestore', () => {
  const layout = (over: Partial<VendorLayout> = {}): VendorLayout => ({
    vendorDir: 'vendor', pathRepositories: [], autoloadPaths: ['src'], installScripts: [], dumpScripts: [], ...over,
  });
  it('keeps the restored autoloader when the sources are unchanged and no dump scripts exist', () => {
    expect(afterRestore(layout(), 'a', 'a')).toEqual({ before: [], after: [], dump: { run: false, why: expect.stringContaining('unchanged') } });
  });
  it('dumps again when the sources changed, or the previous digest is unknown', () => {
    expect(afterRestore(layout(), 'b', 'a').dump.run).toBe(true);
    expect(afterRestore(layout(), 'b', undefined).dump.run).toBe(true);
  });
  it('dumps when autoload-dump scripts exist (their outputs are outside vendor/), and runs the install scripts in order', () => {
    const r = afterRestore(layout({ dumpScripts: ['post-autoload-dump'], installScripts: ['pre-install-cmd', 'post-install-cmd'] }), 'a', 'a');
    expect(r).toEqual({
      before: ['pre-install-cmd'], after: ['post-install-cmd'],
      dump: { run: true, why: 'composer.json defines post-autoload-dump scripts, which a dump runs' },
    });
  });
});

describe('vendorFingerprint', () => {
  const base = {
    stack: 'scalingo-26', php: '8.4.1', phpArtifact: 'ab'.repeat(32), composer: '2.8.4', command: ['composer', 'install', '--no-dev'],
    extensions: ['mbstring', 'apcu'], files: { 'composer.lock': 'sha256:1' }, pathRepositories: { packages: 'd1' }, vars: {},
  };
  it('holds every input, COMPOSER_* config vars by hash only', () => {
    const f = vendorFingerprint({ ...base, vars: { COMPOSER_AUTH: '{"secret":1}', APP_ENV: 'prod' } });
    expect(f).toMatchObject({ 'php version': '8.4.1', extensions: 'apcu,mbstring', 'path repository packages': 'd1', 'composer.lock': 'sha256:1' });
    expect(f['config var COMPOSER_AUTH']).toMatch(/^sha256:[0-9a-f]{16}$/);
    expect(JSON.stringify(f)).not.toContain('secret');
    expect(f).not.toHaveProperty('config var APP_ENV');
  });
  it('composerRelevantVars keeps COMPOSER_* only', () => {
    expect(Object.keys(composerRelevantVars({ COMPOSER_DEV: 'true', COMPOSERX: '1', PHP_VERSION: '8.3' }))).toEqual(['config var COMPOSER_DEV']);
  });
});
