import { describe, expect, it } from 'vitest';
import { parseIniDirective } from '../../src/php/config-values.js';
import { includeIniName, PHP_INI_DEFAULTS, renderExtensionInis, renderPhpIni } from '../../src/php/render-ini.js';
import { BASE_SETTINGS, phpFpmTest, phpRun, SYSTEM, writeRuntimeApp } from './real-validators.js';

const php = (...lines: string[]) => lines.map((l, i) => parseIniDirective(l, `extra.paas.php-config[${i}]`, 'php'));

describe('renderPhpIni', () => {
  it('defaults', () => {
    expect(renderPhpIni(BASE_SETTINGS)).toMatchSnapshot();
  });

  it('with php-config lines, after the defaults', () => {
    expect(renderPhpIni({ ...BASE_SETTINGS, phpConfig: php('memory_limit=512M', 'session.save_path=tcp://r:6379?a=1&b=2', 'user_agent=') })).toMatchSnapshot();
  });

  it('keeps memory_limit and post_max_size in PHP_INI_DEFAULTS (read by WEB_CONCURRENCY and nginx)', () => {
    expect(PHP_INI_DEFAULTS.memory_limit).toBe('196M');
    expect(PHP_INI_DEFAULTS.post_max_size).toBe('75M');
  });
});

describe('renderExtensionInis', () => {
  it('loads what others link against first, opcache as a zend_extension, each once, in file-name order', () => {
    expect(renderExtensionInis(['xsl', 'pdo_sqlite', 'redis', 'mbstring', 'dom', 'pdo', 'igbinary', 'opcache', 'mbstring'])).toEqual([
      { file: '05-ext-dom.ini', text: 'extension=dom.so\n' },
      { file: '05-ext-igbinary.ini', text: 'extension=igbinary.so\n' },
      { file: '05-ext-pdo.ini', text: 'extension=pdo.so\n' },
      { file: '10-ext-mbstring.ini', text: 'extension=mbstring.so\n' },
      { file: '10-ext-opcache.ini', text: 'zend_extension=opcache.so\n' },
      { file: '10-ext-pdo_sqlite.ini', text: 'extension=pdo_sqlite.so\n' },
      { file: '10-ext-redis.ini', text: 'extension=redis.so\n' },
      { file: '10-ext-xsl.ini', text: 'extension=xsl.so\n' },
    ]);
    expect(renderExtensionInis(['xdebug', 'opcache']).map((f) => f.file)).toEqual(['10-ext-opcache.ini', '20-ext-xdebug.ini']);
  });

  it('refuses a name that is not an extension file name (an engine bug)', () => {
    expect(() => renderExtensionInis(['../evil'])).toThrow(/unexpected extension name/);
  });
});

describe('includeIniName', () => {
  it.each([
    [0, 'config/php.ini', '90-include-00-php.ini'],
    [3, 'custom.conf', '90-include-03-custom.conf.ini'],
    [12, 'a dir/my file!.ini', '90-include-12-my_file_.ini'],
    [99, '.ini', '90-include-99-include.ini'],
  ])('%i %s → %s', (i, p, name) => {
    expect(includeIniName(i, p)).toBe(name);
  });

  it('sorts after every extension file and keeps the composer.json order', () => {
    const names = [includeIniName(10, 'b.ini'), includeIniName(2, 'a.ini'), '20-ext-xdebug.ini', '05-ext-pdo.ini'].sort();
    expect(names).toEqual(['05-ext-pdo.ini', '20-ext-xdebug.ini', '90-include-02-a.ini', '90-include-10-b.ini']);
    expect(() => includeIniName(100, 'x.ini')).toThrow(RangeError);
  });
});

describe('php.ini and conf.d with the real php of the store (default line)', () => {
  const show = `echo json_encode(array_map("strval", [
    "memory_limit" => ini_get("memory_limit"), "post_max_size" => ini_get("post_max_size"),
    "upload_max_filesize" => ini_get("upload_max_filesize"), "display_errors" => ini_get("display_errors"),
    "log_errors" => ini_get("log_errors"), "error_reporting" => ini_get("error_reporting"),
    "date.timezone" => ini_get("date.timezone"), "expose_php" => ini_get("expose_php"),
    "error_log" => ini_get("error_log"),
    "extension_dir" => realpath(ini_get("extension_dir")), "opcache" => function_exists("opcache_get_status") && opcache_get_status(false)["opcache_enabled"],
    "opcache.validate_timestamps" => ini_get("opcache.validate_timestamps"), "opcache.max_accelerated_files" => ini_get("opcache.max_accelerated_files"),
  ]), JSON_UNESCAPED_SLASHES);`;

  // cgi.fix_pathinfo only exists in FPM: test/nginx-config/render.test.ts reads it through a request.
  it('the defaults are in effect (opcache loaded from conf.d, extension_dir resolved)', async () => {
    const app = await writeRuntimeApp({ ...BASE_SETTINGS, sharedExtensions: ['opcache'] });
    const r = await phpRun(app, show);
    expect(r.ok, r.output).toBe(true);
    // E_ALL lost E_STRICT (2048) in PHP 8.4: the same php says what E_ALL & ~E_NOTICE is.
    const allButNotice = (await phpRun(app, 'echo E_ALL & ~E_NOTICE;')).output;
    expect(JSON.parse(r.output)).toEqual({
      memory_limit: '196M', post_max_size: '75M', upload_max_filesize: '75M', display_errors: '', log_errors: '1',
      error_reporting: allButNotice, 'date.timezone': 'UTC', expose_php: '',
      error_log: '/dev/stderr', extension_dir: SYSTEM.extensionDir, opcache: '1',
      'opcache.validate_timestamps': '', 'opcache.max_accelerated_files': '4000',
    });
  });

  it('php-config lines override the defaults, later lines win; php-includes override both', async () => {
    const app = await writeRuntimeApp(
      { ...BASE_SETTINGS, phpConfig: php('memory_limit=300M', 'memory_limit=512M', 'post_max_size=100M'), phpIncludes: ['config/big.ini', 'config/tz'] },
      { files: { 'config/big.ini': 'post_max_size = 1G\n', 'config/tz': 'date.timezone = Europe/Paris\n' } },
    );
    const r = await phpRun(app, 'echo ini_get("memory_limit"), " ", ini_get("post_max_size"), " ", ini_get("date.timezone");');
    expect(r.output).toBe('512M 1G Europe/Paris');
  });

  it('loads shared extensions in any listed order, dependencies first, without a warning', async () => {
    // The store's shared ones (dom, pdo, xsl… are built in): redis and memcached link
    // against igbinary, listed after them here.
    const exts = ['redis', 'memcached', 'msgpack', 'imagick', 'igbinary', 'opcache', 'apcu', 'tidy'];
    const app = await writeRuntimeApp({ ...BASE_SETTINGS, sharedExtensions: exts });
    const r = await phpRun(app, `foreach (${JSON.stringify(exts.filter((e) => e !== 'opcache'))} as $e) if (!extension_loaded($e)) echo "missing $e\\n"; echo "done";`);
    expect(r.output).toBe('done');
  });

  it('upload-directory sections and app paths written by the plan load in php and php-fpm (-t), and the settings after them still apply', async () => {
    const app = await writeRuntimeApp(
      {
        ...BASE_SETTINGS,
        phpConfig: [{ key: 'auto_prepend_file', value: '"@APP_DIR@/config/prepend.php"' }, { key: 'precision', value: '7' }],
        uploadDirs: ['uploads', 'sites/default/files'],
        phpIncludes: ['config/late.ini'],
      },
      { files: { 'config/prepend.php': '<?php echo "prepended ";', 'config/late.ini': 'date.timezone = Europe/Paris\n', 'main.php': '<?php echo ini_get("precision"), " ", ini_get("date.timezone"), " ", ini_get("user_ini.filename");' } },
    );
    const r = await phpRun(app, 'require getenv("APP") . "/main.php";', { APP: app.appDir });
    expect(r.output).toBe('7 Europe/Paris .user.ini');
    const fpm = await phpFpmTest(app);
    expect(fpm.ok, fpm.output).toBe(true);
  });

  it('logs errors to stderr, not to the output', async () => {
    const app = await writeRuntimeApp(BASE_SETTINGS);
    const r = await phpRun(app, 'trigger_error("boom-warning", E_USER_WARNING); echo "out";');
    expect(r.output).toMatch(/^\[[^\]]+ UTC\] PHP Warning:  boom-warning in Command line code on line 1\nout$/);
  });
});
