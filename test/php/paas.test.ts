/** extra.paas of composer.json (php.md §5): every key, its type, path normalization. */
import { describe, expect, it } from 'vitest';
import { parseIniDirective } from '../../src/php/config-values.js';
import { EMPTY_PAAS, normalizeAppPath, parsePaas } from '../../src/php/paas.js';
import { thrown } from '../support/thrown.js';

describe('normalizeAppPath', () => {
  it.each<[string, boolean, string]>([
    ['public', false, 'public'],
    ['./public/', false, 'public'],
    ['public/', false, 'public'],
    ['public//', false, 'public'],
    ['./a//b/./c', false, 'a/b/c'],
    ['a/../b', false, 'b'],
    ['a/b/../../c', false, 'c'],
    ['  web  ', false, 'web'],
    ['public\\dist', false, 'public/dist'],
    ['.well-known', false, '.well-known'],
    ['..foo', false, '..foo'],
    ['', true, ''],
    ['.', true, ''],
    ['./', true, ''],
    ['a/..', true, ''],
  ])('%j (root allowed: %s) → %j', (raw, allowRoot, expected) => {
    expect(normalizeAppPath('extra.paas.x', raw, allowRoot)).toBe(expected);
  });

  it.each<[string, boolean, string]>([
    ['', false, 'the app directory itself'],
    ['.', false, 'the app directory itself'],
    ['a/..', false, 'the app directory itself'],
    ['..', true, 'leads outside the app'],
    ['../', true, 'leads outside the app'],
    ['../x', true, 'leads outside the app'],
    ['a/../../x', true, 'leads outside the app'],
    ['./../x', true, 'leads outside the app'],
    ['..\\x', true, 'leads outside the app'],
    ['/etc', true, 'is an absolute path'],
    ['/', true, 'is an absolute path'],
    ['\\etc\\passwd', true, 'is an absolute path'],
    ['public\nroot /etc', true, 'control character'],
    ['public\r', true, 'control character'],
    ['public\0', true, 'control character'],
  ])('%j (root allowed: %s) → php/path-invalid (%s)', (raw, allowRoot, reason) => {
    const e = thrown(() => normalizeAppPath('extra.paas.some-key[3]', raw, allowRoot));
    expect(e.id).toBe('php/path-invalid');
    expect(e.title).toContain('extra.paas.some-key[3]');
    expect(e.title).toContain(reason);
  });
});

describe('parsePaas: absent', () => {
  it.each([undefined, null])('%s → the empty config, no warnings', (raw) => {
    const { paas, warnings } = parsePaas(raw);
    expect(paas).toEqual(EMPTY_PAAS);
    expect(warnings).toEqual([]);
  });

  it('{} → every list empty, every agent off, nothing set', () => {
    const { paas, warnings } = parsePaas({});
    expect(paas).toEqual({
      documentRoot: undefined, indexDocument: undefined, framework: undefined, accessLogFormat: undefined,
      engines: {}, phpConfig: [], phpIncludes: [], phpFpmConfig: [], phpFpmIncludes: [],
      nginxIncludes: [], nginxHttpIncludes: [], logFiles: [], compile: [],
      agents: { newRelic: false, datadog: false, scout: false },
    });
    expect(warnings).toEqual([]);
  });

  it('null values are absent, like missing keys', () => {
    const { paas } = parsePaas({ 'document-root': null, 'php-config': null, engines: null, 'new-relic': null, framework: null });
    expect(paas.documentRoot).toBeUndefined();
    expect(paas.phpConfig).toEqual([]);
    expect(paas.engines).toEqual({});
    expect(paas.agents.newRelic).toBe(false);
    expect(paas.framework).toBeUndefined();
  });
});

describe('parsePaas: every key', () => {
  it('a full extra.paas, normalized', () => {
    const { paas, warnings } = parsePaas({
      'document-root': './public/',
      'index-document': 'app.php',
      framework: ' laravel ',
      engines: { php: '8.3', nginx: '1.31', composer: '2.2' },
      'php-config': ['memory_limit=256M', 'display_errors = On'],
      'php-includes': ['./conf/php.ini'],
      'php-fpm-config': ['pm.max_requests=500', 'php_value[upload_max_filesize]=20M'],
      'php-fpm-includes': ['conf//fpm.conf'],
      'nginx-includes': ['conf/nginx/../site.conf'],
      'nginx-http-includes': ['conf/http.conf/'],
      'log-files': ['storage/logs/app.log', './var/log/x.log'],
      compile: ['php artisan optimize', '', '   ', 'echo ok'],
      'access-log-format': '$remote_addr "$request" $status',
      'new-relic': false,
      datadog: false,
      scout: true,
    });
    expect(warnings).toEqual([]);
    expect(paas).toEqual({
      documentRoot: 'public',
      indexDocument: 'app.php',
      framework: 'laravel',
      engines: { php: '8.3', nginx: '1.31', composer: '2.2' },
      phpConfig: [
        { key: 'memory_limit', value: '256M' },
        { key: 'display_errors', value: 'On' },
      ],
      phpIncludes: ['conf/php.ini'],
      phpFpmConfig: [
        { key: 'pm.max_requests', value: '500' },
        { key: 'php_value[upload_max_filesize]', value: '20M' },
      ],
      phpFpmIncludes: ['conf/fpm.conf'],
      nginxIncludes: ['conf/site.conf'],
      nginxHttpIncludes: ['conf/http.conf'],
      logFiles: ['storage/logs/app.log', 'var/log/x.log'],
      compile: ['php artisan optimize', 'echo ok'],
      accessLogFormat: '$remote_addr "$request" $status',
      agents: { newRelic: false, datadog: false, scout: true },
    });
  });

  it('php-config and php-fpm-config lines go through parseIniDirective, with their index', () => {
    const php = ['memory_limit=256M', 'error_reporting = E_ALL & ~E_DEPRECATED', 'session.save_path=/tmp;x', "x='a;b'"];
    const fpm = ['pm.max_children=5', 'env[FOO]=bar'];
    const { paas } = parsePaas({ 'php-config': php, 'php-fpm-config': fpm });
    expect(paas.phpConfig).toEqual(php.map((l, i) => parseIniDirective(l, `extra.paas.php-config[${i}]`, 'php')));
    expect(paas.phpFpmConfig).toEqual(fpm.map((l, i) => parseIniDirective(l, `extra.paas.php-fpm-config[${i}]`, 'fpm')));
    // A literal `;` must not turn into a comment once written into php.ini.
    expect(paas.phpConfig[2]).toEqual({ key: 'session.save_path', value: '"/tmp;x"' });
  });

  it.each<[unknown, string]>([
    [{ 'php-config': ['memory_limit=256M', 'display_errors'] }, 'extra.paas.php-config[1]'],
    [{ 'php-config': ['memory_limit=256M\nextension=evil.so'] }, 'extra.paas.php-config[0]'],
    [{ 'php-config': ['=1'] }, 'extra.paas.php-config[0]'],
    [{ 'php-config': ['a b=1'] }, 'extra.paas.php-config[0]'],
    [{ 'php-fpm-config': ['ok=1', 'listen=0.0.0.0:9000'] }, 'extra.paas.php-fpm-config[1]'],
    [{ 'php-fpm-config': ['daemonize=yes'] }, 'extra.paas.php-fpm-config[0]'],
  ])('%j → php/invalid-ini-directive naming %s', (raw, where) => {
    const e = thrown(() => parsePaas(raw));
    expect(e.id).toBe('php/invalid-ini-directive');
    expect(e.title).toContain(where);
  });

  it.each<[string, unknown, string]>([
    ['document-root', '', ''],
    ['document-root', '.', ''],
    ['document-root', 'web/', 'web'],
    ['framework', '', 'undefined'],
    ['framework', '  ', 'undefined'],
    ['access-log-format', '', 'undefined'],
    ['access-log-format', '   ', 'undefined'],
  ])('%s %j → %s', (key, value, expected) => {
    const { paas } = parsePaas({ [key]: value });
    const got = key === 'document-root' ? paas.documentRoot : key === 'framework' ? paas.framework : paas.accessLogFormat;
    expect(String(got)).toBe(expected);
  });

  it.each(['php-includes', 'php-fpm-includes', 'nginx-includes', 'nginx-http-includes', 'log-files'])(
    '%s: the app root itself (\'\', \'.\') is refused, naming the entry',
    (key) => {
      for (const raw of ['', '.', './']) {
        const e = thrown(() => parsePaas({ [key]: ['ok.conf', raw] }));
        expect(e.id).toBe('php/path-invalid');
        expect(e.title).toContain(`extra.paas.${key}[1]`);
      }
    },
  );

  it.each<[string, string, string]>([
    ['document-root', '../x', 'leads outside'],
    ['document-root', '/var/www', 'absolute'],
    ['php-includes', '../php.ini', 'leads outside'],
    ['php-fpm-includes', '/etc/php/fpm.conf', 'absolute'],
    ['nginx-includes', 'a/../../x.conf', 'leads outside'],
    ['nginx-http-includes', '/etc/nginx/http.conf', 'absolute'],
    ['log-files', '../../var/log/syslog', 'leads outside'],
  ])('%s %j → php/path-invalid (%s)', (key, raw, reason) => {
    const e = thrown(() => parsePaas({ [key]: key === 'document-root' ? raw : [raw] }));
    expect(e.id).toBe('php/path-invalid');
    expect(e.title).toContain(key === 'document-root' ? 'extra.paas.document-root' : `extra.paas.${key}[0]`);
    expect(e.title).toContain(reason);
  });

  it.each(['index php', 'index.php;', '"index.php"', "'a'", 'a{b}', 'a\\b', '', '  '])(
    'index-document %j → php/composer-json-field (it is written into nginx)',
    (v) => {
      const e = thrown(() => parsePaas({ 'index-document': v }));
      expect(e.id).toBe('php/composer-json-field');
      expect(e.title).toContain('extra.paas.index-document');
    },
  );

  it.each([
    ['a { }', 'php/invalid-access-log-format'],
    ['$request;', 'php/invalid-access-log-format'],
    ["'$request'", 'php/invalid-access-log-format'],
    ['$request\nlog_format x', 'php/invalid-access-log-format'],
  ])('access-log-format %j → %s', (v, id) => {
    const e = thrown(() => parsePaas({ 'access-log-format': v }));
    expect(e.id).toBe(id);
    expect(e.title).toContain('extra.paas.access-log-format');
  });
});

describe('parsePaas: wrong types name the key path', () => {
  it.each<[unknown, string, string]>([
    [[], 'extra.paas', 'an array'],
    ['x', 'extra.paas', 'the string "x"'],
    [1, 'extra.paas', 'the number 1'],
    [{ 'document-root': 1 }, 'extra.paas.document-root', 'the number 1'],
    [{ 'document-root': false }, 'extra.paas.document-root', 'the boolean false'],
    [{ 'index-document': ['index.php'] }, 'extra.paas.index-document', 'an array'],
    [{ framework: {} }, 'extra.paas.framework', 'an object'],
    [{ engines: 'php' }, 'extra.paas.engines', 'the string "php"'],
    [{ engines: [] }, 'extra.paas.engines', 'an array'],
    [{ engines: { php: 8.3 } }, 'extra.paas.engines.php', 'the number 8.3'],
    [{ engines: { nginx: true } }, 'extra.paas.engines.nginx', 'the boolean true'],
    [{ engines: { composer: ['2'] } }, 'extra.paas.engines.composer', 'an array'],
    [{ 'php-config': 'memory_limit=1G' }, 'extra.paas.php-config', 'the string "memory_limit=1G"'],
    [{ 'php-config': { memory_limit: '1G' } }, 'extra.paas.php-config', 'an object'],
    [{ 'php-config': ['a=b', 'c=d', 3] }, 'extra.paas.php-config[2]', 'the number 3'],
    [{ 'php-includes': 'php.ini' }, 'extra.paas.php-includes', 'the string "php.ini"'],
    [{ 'php-includes': [null] }, 'extra.paas.php-includes[0]', 'null'],
    [{ 'php-fpm-config': true }, 'extra.paas.php-fpm-config', 'the boolean true'],
    [{ 'php-fpm-config': [['a=b']] }, 'extra.paas.php-fpm-config[0]', 'an array'],
    [{ 'php-fpm-includes': {} }, 'extra.paas.php-fpm-includes', 'an object'],
    [{ 'php-fpm-includes': ['a', {}] }, 'extra.paas.php-fpm-includes[1]', 'an object'],
    [{ 'nginx-includes': 'site.conf' }, 'extra.paas.nginx-includes', 'the string "site.conf"'],
    [{ 'nginx-includes': [1] }, 'extra.paas.nginx-includes[0]', 'the number 1'],
    [{ 'nginx-http-includes': 0 }, 'extra.paas.nginx-http-includes', 'the number 0'],
    [{ 'nginx-http-includes': [true] }, 'extra.paas.nginx-http-includes[0]', 'the boolean true'],
    [{ 'log-files': 'a.log' }, 'extra.paas.log-files', 'the string "a.log"'],
    [{ 'log-files': ['a.log', 'b.log', false] }, 'extra.paas.log-files[2]', 'the boolean false'],
    [{ compile: 'make' }, 'extra.paas.compile', 'the string "make"'],
    [{ compile: [{ cmd: 'make' }] }, 'extra.paas.compile[0]', 'an object'],
    [{ 'access-log-format': ['x'] }, 'extra.paas.access-log-format', 'an array'],
    [{ 'new-relic': 'true' }, 'extra.paas.new-relic', 'the string "true"'],
    [{ 'new-relic': 1 }, 'extra.paas.new-relic', 'the number 1'],
    [{ datadog: 'false' }, 'extra.paas.datadog', 'the string "false"'],
    [{ scout: {} }, 'extra.paas.scout', 'an object'],
  ])('%j → %s (%s)', (raw, keyPath, got) => {
    const e = thrown(() => parsePaas(raw));
    expect(e.id).toBe('php/composer-json-field');
    expect(e.title).toContain(`composer.json: ${keyPath} must be `);
    expect(e.body).toContain(`${keyPath} is ${got}, but it must be`);
  });

  it('booleans must be booleans: true and false parse', () => {
    expect(parsePaas({ 'new-relic': true, datadog: true, scout: false }).paas.agents).toEqual({ newRelic: true, datadog: true, scout: false });
  });
});

describe('parsePaas: unknown keys', () => {
  it('each unknown key (top level, engines) is one warning naming it; known keys still apply', () => {
    const { paas, warnings } = parsePaas({
      'document_root': 'public',
      'nginx-include': ['x.conf'],
      engines: { php: '8.3', node: '22', hhvm: '4' },
      framework: 'symfony',
    });
    expect(warnings.map((w) => w.id)).toEqual(['php/unknown-paas-key', 'php/unknown-paas-key', 'php/unknown-paas-key', 'php/unknown-paas-key']);
    expect(warnings[0]?.message).toContain('extra.paas.document_root');
    expect(warnings[1]?.message).toContain('extra.paas.nginx-include');
    expect(warnings[2]?.message).toContain('extra.paas.engines.node');
    expect(warnings[3]?.message).toContain('extra.paas.engines.hhvm');
    expect(paas.documentRoot).toBeUndefined();
    expect(paas.nginxIncludes).toEqual([]);
    expect(paas.engines).toEqual({ php: '8.3' });
    expect(paas.framework).toBe('symfony');
  });

  it('an unknown key of a wrong type is not an error (it is ignored)', () => {
    const { warnings } = parsePaas({ 'future-key': { nested: [1, 2] } });
    expect(warnings).toHaveLength(1);
  });

  it('every known key is silent', () => {
    const { warnings } = parsePaas({
      'document-root': '', 'index-document': 'index.php', framework: 'default', engines: {}, 'php-config': [],
      'php-includes': [], 'php-fpm-config': [], 'php-fpm-includes': [], 'nginx-includes': [], 'nginx-http-includes': [],
      'log-files': [], compile: [], 'access-log-format': '$request', 'new-relic': false, datadog: false, scout: false,
    });
    expect(warnings).toEqual([]);
  });
});
