import { describe, expect, it } from 'vitest';
// The nginx renderer takes an NginxSite; these tests give it the PHP settings the plan turns into one.
import { clientMaxBodySize, renderPhpNginxConf as renderNginxConf } from '../../src/php/nginx-site.js';
import { parseIniDirective } from '../../src/php/config-values.js';
import { FRAMEWORK_IDS, frameworkDefaults } from '../../src/php/frameworks.js';
import type { PhpRuntimeSettings } from '../../src/php/settings.js';
import { assertSystemBinaries, BASE_SETTINGS, freePort, nginxTest, serveApp, writeRuntimeApp } from '../php/real-validators.js';

const php = (...lines: string[]) => lines.map((l, i) => parseIniDirective(l, `extra.paas.php-config[${i}]`, 'php'));
/** What differs between frameworks: the document root and the locations. */
const frameworkPart = (text: string) => [text.match(/^ +root .*$/m)?.[0], text.slice(text.indexOf('        # Locations:'))].join('\n');

describe('renderNginxConf snapshots', () => {
  it('default settings, whole file', () => {
    expect(renderNginxConf(BASE_SETTINGS)).toMatchSnapshot();
  });

  it.each(FRAMEWORK_IDS.filter((id) => id !== 'default'))('%s: root and locations at its default document root', (framework) => {
    expect(frameworkPart(renderNginxConf({ ...BASE_SETTINGS, framework, documentRoot: frameworkDefaults(framework).documentRoot }))).toMatchSnapshot();
  });

  it.each<[string, Partial<PhpRuntimeSettings>]>([
    ['document-root', { documentRoot: 'web/public' }],
    ['index-document (several names)', { indexDocument: 'app.php index.html' }],
    ['access-log-format with double quotes', { accessLogFormat: '$remote_addr "$request" $status $request_time' }],
    ['nginx-includes and nginx-http-includes', { nginxIncludes: ['nginx/app.conf', 'nginx/more app.conf'], nginxHttpIncludes: ['nginx/http.conf'] }],
    ['php-config post_max_size', { phpConfig: php('post_max_size=200M') }],
  ])('%s', (_, settings) => {
    expect(renderNginxConf({ ...BASE_SETTINGS, ...settings })).toMatchSnapshot();
  });
});

describe('client_max_body_size follows post_max_size', () => {
  it.each([
    [[], '75m'],
    [['post_max_size=100M'], '100m'],
    [['post_max_size=1g'], '1g'],
    [['post_max_size="512K"'], '512k'],
    [['post_max_size=1048576'], '1048576'],
    [['post_max_size=0'], '0'],
    [['post_max_size=10M', 'post_max_size=20M'], '20m'],
    [['post_max_size=${POST_MAX}'], '0'],
  ])('%j → %s', (lines, size) => {
    expect(clientMaxBodySize({ ...BASE_SETTINGS, phpConfig: php(...lines) })).toBe(size);
  });
});

describe('values from the app are quoted or refused', () => {
  it.each<[string, Partial<PhpRuntimeSettings>, string]>([
    ['document root with ;', { documentRoot: 'public; autoindex on' }, 'The document root (extra.paas.document-root or DOCUMENT_ROOT) contains ";"'],
    ['document root with a quote', { documentRoot: 'pub"lic' }, 'The document root (extra.paas.document-root or DOCUMENT_ROOT) contains """'],
    ['document root with a variable', { documentRoot: '$http_host' }, 'The document root (extra.paas.document-root or DOCUMENT_ROOT) contains "$"'],
    ['document root with a newline', { documentRoot: 'public\n}' }, 'The document root (extra.paas.document-root or DOCUMENT_ROOT) contains a newline'],
    ['document root with a placeholder', { documentRoot: '@RUN_DIR@' }, 'The document root (extra.paas.document-root or DOCUMENT_ROOT) contains a boot-time placeholder (@NAME@)'],
    ['index document with a brace', { indexDocument: 'index.php}' }, 'extra.paas.index-document contains "}"'],
    ['index document with ;', { indexDocument: 'index.php;' }, 'extra.paas.index-document contains ";"'],
    ['nginx include that is a glob', { nginxIncludes: ['conf/*.conf'] }, 'extra.paas.nginx-includes[0] contains "*"'],
    ['nginx include with [', { nginxIncludes: ['ok.conf', 'conf/[ab].conf'] }, 'extra.paas.nginx-includes[1] contains "["'],
    ['http include with a backslash', { nginxHttpIncludes: ['a\\b.conf'] }, 'extra.paas.nginx-http-includes[0] contains "\\"'],
  ])('%s', (_, settings, title) => {
    expect(() => renderNginxConf({ ...BASE_SETTINGS, ...settings })).toThrowError(expect.objectContaining({ id: 'php/unsafe-config-value', title }));
  });

  it('re-checks the access log format (php/invalid-access-log-format)', () => {
    expect(() => renderNginxConf({ ...BASE_SETTINGS, accessLogFormat: "$status'; error_log /tmp/x" })).toThrowError(
      expect.objectContaining({ id: 'php/invalid-access-log-format' }),
    );
  });

  it('a blank access log format or index document means the default', () => {
    const text = renderNginxConf({ ...BASE_SETTINGS, accessLogFormat: '  ', indexDocument: '' });
    expect(text).toContain('log_format paas "$http_x_forwarded_for - \\"$request\\" $status');
    expect(text).toContain('index "index.php";');
  });
});

describe('nginx -t accepts every rendered config (nginx 1.22)', () => {
  it('has the real binaries (a missing one fails here, with how to install it)', () => {
    expect(() => assertSystemBinaries()).not.toThrow();
  });

  const includes = {
    'nginx/app.conf': 'location /login {\n    limit_req zone=mylimit;\n    try_files $uri $uri/ /index.php?$query_string;\n}\n',
    'nginx/http.conf': 'limit_req_zone $binary_remote_addr zone=mylimit:10m rate=1r/s;\n',
  };
  const cases: Array<[string, PhpRuntimeSettings]> = FRAMEWORK_IDS.flatMap((framework) => {
    const root = frameworkDefaults(framework).documentRoot;
    return [
      [`${framework} at ${root || 'the app root'}`, { ...BASE_SETTINGS, framework, documentRoot: root }] as [string, PhpRuntimeSettings],
      ...(root ? [[`${framework} at the app root`, { ...BASE_SETTINGS, framework, documentRoot: '' }] as [string, PhpRuntimeSettings]] : []),
    ];
  });
  cases.push(
    ['laravel with every option', {
      ...BASE_SETTINGS, framework: 'laravel', documentRoot: 'public', indexDocument: 'index.php index.html',
      accessLogFormat: '$remote_addr "$request" $status', phpConfig: php('post_max_size=1G'),
      nginxIncludes: ['nginx/app.conf'], nginxHttpIncludes: ['nginx/http.conf'],
    }],
    ['none with includes providing the locations', {
      ...BASE_SETTINGS, framework: 'none', nginxIncludes: ['nginx/app.conf', 'nginx/root.conf'], nginxHttpIncludes: ['nginx/http.conf'],
    }],
    ['default with an app-defined location /', { ...BASE_SETTINGS, nginxIncludes: ['nginx/root.conf'] }],
  );

  it.each(cases)('%s', async (_, settings) => {
    const app = await writeRuntimeApp(settings, {
      files: { ...includes, 'nginx/root.conf': 'location / {\n    try_files $uri $uri/ /index.php?$args;\n}\n' },
    });
    const r = await nginxTest(app);
    expect(r.output).toContain('test is successful');
    expect(r.ok, r.output).toBe(true);
  });
});

/** Names under which PHP source would be sent as a static file. */
const SOURCE_NAMES = [
  'index.php.bak', 'index.php~', 'x.phtml', 'x.php5', 'x.phps', 'x.inc', 'X.PHP', 'x.Php', 'index.php.orig',
  'index.php.old', 'index.php.save', 'index.php.swp', 'index.php.txt', 'index.php_', 'x.pht', 'lib/db.inc', 'notes.txt~', 'dump.BAK',
];
/** The private directories of a Composer project, denied when the document root is the app root. */
const APP_ROOT_PRIVATE = ['bin/build.php', 'config/app.conf', 'src/App.php', 'tests/run.php', 'var/log/prod.log', 'storage/logs/laravel.log', 'packages/a/composer.json', 'vendor/x/auth.json'];

describe('served for real: nginx + php-fpm on the rendered configs', () => {
  const files = {
    'public/index.php': '<?php error_log("php-log-line"); echo json_encode(["uri" => $_SERVER["REQUEST_URI"], "script" => basename($_SERVER["SCRIPT_FILENAME"]), "path_info" => $_SERVER["PATH_INFO"] ?? "", "ip" => $_SERVER["REMOTE_ADDR"], "env" => getenv("APP_SECRET_NAME"), "fix_pathinfo" => ini_get("cgi.fix_pathinfo"), "proxy" => getenv("HTTP_PROXY")]);',
    'public/other.php': '<?php echo "other";',
    'public/style.css': 'body { color: red; }',
    'public/big.css': '.a { color: red; }\n'.repeat(100),
    'public/.well-known/security.txt': 'Contact: x',
    'index.php': '<?php echo "root index";',
    'info.php': '<?php echo "info ", $_SERVER["PATH_INFO"] ?? "";',
    '.env': 'SECRET=1',
    'composer.json': '{}',
    'vendor/autoload.php': '<?php echo "vendor";',
    // PHP source under names nginx must not serve, and the private directories of an app root.
    ...Object.fromEntries(SOURCE_NAMES.map((n) => [n, '<?php echo "EXECUTED"; // SOURCE-MARKER'])),
    ...Object.fromEntries(APP_ROOT_PRIVATE.map((n) => [n, '<?php echo "EXECUTED"; // SOURCE-MARKER'])),
    'assets/jquery.inc.js': 'js',
    'assets/photo.old.png': 'png',
    'assets/phtml-guide.txt': 'txt',
    'tool.phar': 'phar',
    'nginx/app.conf': 'location /hello {\n    try_files $uri /index.php$is_args$args;\n}\nlocation ~ ^/index\\.php(/|$) {\n    fastcgi_pass php;\n}\n',
  };

  /** Another process may take the picked port before nginx binds it: then on another port. */
  async function serve(settings: PhpRuntimeSettings) {
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      const app = await writeRuntimeApp(settings, { port, files });
      try {
        return await serveApp(app, { APP_SECRET_NAME: 'visible' });
      } catch (e) {
        if (attempt >= 5 || !/Address already in use/.test(String(e))) throw e;
      }
    }
  }

  it('laravel: front controller, PATH_INFO, env, real client IP, custom log format, logs on stdout/stderr', async () => {
    const s = await serve({ ...BASE_SETTINGS, framework: 'laravel', documentRoot: 'public', accessLogFormat: 'ACCESS $remote_addr "$request" $status' });
    try {
      const hdr = { 'X-Forwarded-For': '203.0.113.9, 198.51.100.7', Proxy: 'http://evil' };
      const root = await s.request('/some/route?x=1', hdr);
      expect(root.status).toBe(200);
      expect(JSON.parse(root.body)).toEqual({ uri: '/some/route?x=1', script: 'index.php', path_info: '', ip: '198.51.100.7', env: 'visible', fix_pathinfo: '0', proxy: false });
      expect(JSON.parse((await s.request('/index.php/abc')).body)).toMatchObject({ path_info: '/abc' });
      expect((await s.request('/other.php')).status).toBe(404);
      expect((await s.request('/style.css')).body).toBe('body { color: red; }');
      expect((await s.request('/.well-known/security.txt')).status).toBe(200);
      // Through the router (a Via header), text is still compressed; the version is hidden.
      const gz = await s.request('/big.css', { 'Accept-Encoding': 'gzip', Via: '1.1 router' });
      expect(gz.headers.get('content-encoding')).toBe('gzip');
      expect(gz.headers.get('server')).toBe('nginx');
    } finally {
      await s.stop();
    }
    expect(s.logs()).toContain('ACCESS 198.51.100.7 "GET /some/route?x=1 HTTP/1.1" 200');
    expect(s.logs()).toContain('php-log-line');
  });

  it('default at the app root: any .php runs, dotfiles, Composer files and vendor/ are denied', async () => {
    const s = await serve({ ...BASE_SETTINGS });
    try {
      expect((await s.request('/')).body).toBe('root index');
      expect((await s.request('/info.php/extra')).body).toBe('info /extra');
      expect((await s.request('/missing.php')).status).toBe(404);
      for (const p of ['/.env', '/composer.json', '/composer.lock', '/vendor/autoload.php', '/.scalingo/php-app/php.ini']) {
        expect((await s.request(p)).status, p).toBe(403);
      }
    } finally {
      await s.stop();
    }
  });

  it.each(['default', 'laravel'] as const)('%s: PHP source is never sent, whatever its name; other names with the same letters are', async (framework) => {
    const s = await serve({ ...BASE_SETTINGS, framework });
    try {
      for (const n of SOURCE_NAMES) {
        const r = await s.request(`/${n}`);
        expect(r.status, n).toBe(403);
        expect(r.body, n).not.toContain('SOURCE-MARKER');
        expect(r.body, n).not.toContain('EXECUTED');
      }
      // Percent-encoded, doubled slashes, dot segments: nginx matches the normalized URI.
      for (const p of ['/index.php%7E', '/x.ph%74ml', '/x.PHP%35', '//x.inc', '/assets/../index.php.bak', '/lib/./db.inc']) {
        const r = await s.request(p);
        expect(r.status, p).toBe(403);
        expect(r.body, p).not.toContain('SOURCE-MARKER');
      }
      for (const n of ['assets/jquery.inc.js', 'assets/photo.old.png', 'assets/phtml-guide.txt', 'tool.phar']) {
        expect((await s.request(`/${n}`)).status, n).toBe(200);
      }
    } finally {
      await s.stop();
    }
  });

  it('default at the app root: bin/, config/, src/, tests/, var/, storage/ and nested composer.json are denied', async () => {
    const s = await serve({ ...BASE_SETTINGS });
    try {
      for (const n of APP_ROOT_PRIVATE) {
        const r = await s.request(`/${n}`);
        expect(r.status, n).toBe(403);
        expect(r.body, n).not.toContain('EXECUTED');
      }
      expect((await s.request('/index.php')).body).toBe('root index');
    } finally {
      await s.stop();
    }
  });

  it('symfony: /index.php itself is internal, routes go through it', async () => {
    const s = await serve({ ...BASE_SETTINGS, framework: 'symfony', documentRoot: 'public' });
    try {
      expect(JSON.parse((await s.request('/blog/1')).body)).toMatchObject({ uri: '/blog/1', script: 'index.php' });
      expect((await s.request('/index.php')).status).toBe(404);
      expect((await s.request('/other.php')).status).toBe(404);
    } finally {
      await s.stop();
    }
  });

  it('none: the app\'s include provides the locations, `fastcgi_pass php;` is enough', async () => {
    const s = await serve({ ...BASE_SETTINGS, framework: 'none', documentRoot: 'public', nginxIncludes: ['nginx/app.conf'] });
    try {
      expect(JSON.parse((await s.request('/hello?a=b')).body)).toMatchObject({ uri: '/hello?a=b', script: 'index.php', env: 'visible' });
      expect((await s.request('/.env')).status).toBe(403);
    } finally {
      await s.stop();
    }
  });
});
