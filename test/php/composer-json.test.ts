/** composer.json / composer.lock at the edge: absent, invalid and valid kept apart. */
import { describe, expect, it } from 'vitest';
import { lockedMissing, parseComposerJson, parseComposerLock } from '../../src/php/composer-json.js';
import { composerAuthEnv } from '../../src/php/composer-auth.js';
import { normalizeExtensionName, requiredExtensions, resolveExtensions } from '../../src/php/extensions.js';
import { thrown } from '../support/thrown.js';
import { said } from '../support/said.js';

describe('composer.json', () => {
  it.each([
    ['', 'php/composer-json-empty', undefined],
    ['  \n', 'php/composer-json-empty', undefined],
    ['{"require": {"php": "^8.2"}', 'php/composer-json-invalid', 'line 1, column 28'],
    ['{\n  "require": {\n    "php": "^8.2",\n  }\n}', 'php/composer-json-invalid', 'line 4, column 3'],
    ['[]', 'php/composer-json-not-object', 'an array'],
    ['"x"', 'php/composer-json-not-object', 'the string "x"'],
    ['{"require": []}', 'php/composer-json-field', 'require must be an object'],
    ['{"require": {"php": 8.2}}', 'php/composer-json-field', 'require.php must be a version constraint string'],
    ['{"config": {"platform": {"php": 8}}}', 'php/composer-json-field', 'config.platform.php'],
    ['{"extra": "x"}', 'php/composer-json-field', 'extra must be an object'],
  ])('%j → %s', (text, id, detail) => {
    const e = thrown(() => parseComposerJson(text));
    expect(e.id).toBe(id);
    if (detail) expect(`${e.title}\n${e.body}`).toContain(detail);
  });

  it('keeps require, require-dev (names lower-cased), config.platform.php and extra.paas', () => {
    const j = parseComposerJson('{"require": {"PHP": "^8.2", "Acme/Lib": "^1"}, "require-dev": {"acme/dev": "*"}, "config": {"platform": {"php": "8.3.0"}}, "extra": {"paas": {"framework": "default"}}}');
    expect(j.require).toEqual({ php: '^8.2', 'acme/lib': '^1' });
    expect(j.requireDev).toEqual({ 'acme/dev': '*' });
    expect(j.platformPhp).toBe('8.3.0');
    expect(j.paas).toEqual({ framework: 'default' });
  });
});

describe('composer.lock', () => {
  it.each([
    ['not json', 'php/composer-lock-invalid'],
    ['[]', 'php/composer-lock-inconsistent'],
    ['{}', 'php/composer-lock-inconsistent'],
    ['{"packages": {}}', 'php/composer-lock-inconsistent'],
    ['{"packages": [{"version": "1.0.0"}]}', 'php/composer-lock-inconsistent'],
    ['{"packages": [{"name": "a/b"}]}', 'php/composer-lock-inconsistent'],
    ['{"packages": [{"name": "a/b", "version": "1.0.0", "require": []}]}', 'php/composer-lock-inconsistent'],
  ])('%j → %s', (text, id) => {
    expect(thrown(() => parseComposerLock(text)).id).toBe(id);
  });

  it('finds root requirements the lock does not contain (a stale lock)', () => {
    const json = parseComposerJson('{"require": {"php": "^8.2", "ext-intl": "*", "a/b": "^1", "c/d": "^2"}, "require-dev": {"e/f": "*"}}');
    const lock = parseComposerLock('{"packages": [{"name": "a/b", "version": "1.0.0"}], "packages-dev": []}');
    expect(lockedMissing(json, lock, false)).toEqual(['c/d']);
    expect(lockedMissing(json, lock, true)).toEqual(['c/d', 'e/f']);
  });

  it('a locked package that provides or replaces a requirement satisfies it; php-* platform names need no lock entry', () => {
    const json = parseComposerJson('{"require": {"illuminate/support": "^11", "psr/log-implementation": "*", "php-ipv6": "*", "php-64bit": "*", "php-zts": "*", "php-debug": "*", "composer-runtime-api": "^2"}}');
    const lock = parseComposerLock(JSON.stringify({ packages: [
      { name: 'laravel/framework', version: 'v11.9.0', replace: { 'illuminate/support': 'self.version' } },
      { name: 'monolog/monolog', version: '3.7.0', provide: { 'psr/log-implementation': '3.0.0' } },
    ] }));
    expect(lockedMissing(json, lock, false)).toEqual([]);
  });
});

describe('extensions (php.md §4)', () => {
  const json = parseComposerJson('{"require": {"ext-mbstring": "*", "ext-Intl": "*", "ext-zend-opcache": "*"}, "require-dev": {"ext-nope": "*"}}');
  const lock = parseComposerLock('{"packages": [{"name": "a/b", "version": "1.0.0", "require": {"ext-redis": "*"}}], "packages-dev": [{"name": "c/d", "version": "2.0.0", "require": {"ext-gmp": "*"}}]}');
  const available = { builtin: ['core', 'mbstring', 'intl'], shared: ['opcache', 'redis', 'apcu', 'xdebug'] };

  it('names are normalized as PHP reports modules', () => {
    expect(normalizeExtensionName('ext-Zend-OPcache')).toBe('opcache');
    expect(normalizeExtensionName('ext-PDO_SQLite')).toBe('pdo_sqlite');
  });

  it('built in → nothing to do; shared → enabled; always-on ones enabled when shipped', () => {
    const got = resolveExtensions(requiredExtensions(json, lock, false), available, '8.4.22', ['apcu', 'mongodb']);
    expect(got.map(said)).toEqual([
      { name: 'mbstring', how: 'builtin', source: 'composer.json' },
      { name: 'intl', how: 'builtin', source: 'composer.json' },
      { name: 'opcache', how: 'shared', source: 'composer.json' },
      { name: 'redis', how: 'shared', source: 'a/b 1.0.0 (composer.lock)' },
      { name: 'apcu', how: 'shared', source: 'enabled by default' },
    ]);
  });

  it('an unknown extension is an error naming it, who asked, and what exists', () => {
    const e = thrown(() => resolveExtensions(requiredExtensions(json, lock, true), available, '8.4.22', []));
    expect(e.id).toBe('php/unknown-extension');
    expect(e.body).toContain('composer.json (require-dev) requires ext-nope');
  });

  it('dev packages count only with dev dependencies', () => {
    const e = thrown(() => resolveExtensions(requiredExtensions(undefined, lock, true), available, '8.4.22', []));
    expect(e.body).toContain('c/d 2.0.0 (composer.lock) requires ext-gmp');
    expect(e.body).toContain('apcu, core, intl, mbstring, opcache, redis, xdebug');
  });
});

describe('COMPOSER_AUTH / COMPOSER_GITHUB_TOKEN', () => {
  it('passes a valid COMPOSER_AUTH through and adds the GitHub token shorthand', () => {
    expect(composerAuthEnv({})).toEqual({});
    expect(composerAuthEnv({ COMPOSER_GITHUB_TOKEN: 'ghp_x' })).toEqual({ COMPOSER_AUTH: '{"github-oauth":{"github.com":"ghp_x"}}' });
    const both = JSON.parse(composerAuthEnv({
      COMPOSER_AUTH: '{"http-basic": {"repo.example.com": {"username": "u", "password": "p"}}}',
      COMPOSER_GITHUB_TOKEN: 'ghp_x',
    }).COMPOSER_AUTH!);
    expect(both).toEqual({ 'http-basic': { 'repo.example.com': { username: 'u', password: 'p' } }, 'github-oauth': { 'github.com': 'ghp_x' } });
  });

  it('an explicit github.com entry wins over the shorthand', () => {
    const auth = JSON.parse(composerAuthEnv({ COMPOSER_AUTH: '{"github-oauth": {"github.com": "mine"}}', COMPOSER_GITHUB_TOKEN: 'other' }).COMPOSER_AUTH!);
    expect(auth['github-oauth']['github.com']).toBe('mine');
  });

  it.each([
    ['{"github-oauth": ', 'is not valid JSON'],
    ['[1]', 'a JSON array'],
    ['"token"', 'a JSON string'],
    ['{"github-oauth": "abc"}', '"github-oauth" set to something other than an object'],
  ])('malformed %j → php/composer-auth-invalid, without echoing the value', (value, detail) => {
    const e = thrown(() => composerAuthEnv({ COMPOSER_AUTH: value }));
    expect(e.id).toBe('php/composer-auth-invalid');
    expect(e.body).toContain(detail);
    expect(e.body).not.toContain('abc');
  });
});
