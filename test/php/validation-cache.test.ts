/**
 * Skipping the config validators on a rebuild with identical inputs:
 * the pure decisions (src/php/validation-cache.ts), then the executor
 * (validateGeneratedConfigs) with stand-in validators that count their runs.
 */
import { afterAll, describe, expect, it } from 'vitest';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  iniNamesOtherFile, iniPairs, mustRun, nginxNamesOtherFile, parsePassRecord, renderPassRecord, tokenizePaths,
  uncacheableBecause, validationKey, type AppConfigParts, type ValidationInputs,
} from '../../src/php/validation-cache.js';
import { validateGeneratedConfigs, type ValidationCacheInputs } from '../../src/php/validate-configs.js';
import { PHP_LAYOUT, type PhpRuntimeSettings } from '../../src/php/settings.js';
import type { PhpConfigFiles } from '../../src/php/plan.js';
import { BuildLog } from '../../src/log/build-log.js';
import { BuildError } from '../../src/errors/build-error.js';

const KEY = 'a'.repeat(64);
const OTHER = 'b'.repeat(64);

const inputs: ValidationInputs = {
  validator: 'nginx',
  argv: ['@APP_DIR@/.scalingo/nginx/sbin/nginx', '-t', '-c', '@RUN_DIR@/nginx.conf'],
  env: {},
  binary: 'c'.repeat(64),
  stack: 'scalingo-22',
  texts: { 'nginx.conf': 'events {}\nhttp {}\n' },
  values: { port: '8080', appDirLength: 12, runDirLength: 20, root: true },
  includes: { 'config/nginx-app.conf': 'd'.repeat(64) },
};

describe('validationKey', () => {
  it('is stable, whatever the order of keys', () => {
    const reordered = { ...inputs, values: { root: true, runDirLength: 20, appDirLength: 12, port: '8080' } };
    expect(validationKey(reordered)).toBe(validationKey(inputs));
  });
  it.each<[string, Partial<ValidationInputs>]>([
    ['a config text one byte different', { texts: { 'nginx.conf': 'events {}\nhttp {} \n' } }],
    ['another config text', { texts: { ...inputs.texts, 'conf.d/x.ini': '' } }],
    ['another binary', { binary: 'e'.repeat(64) }],
    ['another argv', { argv: [...inputs.argv, '-R'] }],
    ['another env', { env: { PHP_INI_SCAN_DIR: '@CONF_D@' } }],
    ['another stack', { stack: 'scalingo-24' }],
    ['a longer build dir', { values: { ...inputs.values, appDirLength: 13 } }],
    ['not root', { values: { ...inputs.values, root: false } }],
    ['an include changed', { includes: { 'config/nginx-app.conf': 'f'.repeat(64) } }],
    ['another validator', { validator: 'php' }],
  ])('changes with %s', (_what, change) => {
    expect(validationKey({ ...inputs, ...change })).not.toBe(validationKey(inputs));
  });
});

describe('tokenizePaths', () => {
  it('replaces the build paths, longest first, so another build dir gives the same text', () => {
    const paths = (app: string) => ({ APP_DIR: app, CONF_D: `${app}/.scalingo/php-app/conf.d` });
    expect(tokenizePaths('/tmp/build_1/.scalingo/php-app/conf.d', paths('/tmp/build_1'))).toBe('@CONF_D@');
    expect(tokenizePaths('-y/tmp/build_2/x', paths('/tmp/build_2'))).toBe('-y@APP_DIR@/x');
  });
});

describe('the pass record', () => {
  it.each<[string, string | undefined]>([
    ['absent', undefined],
    ['not JSON', '{"format":1,"passed":'],
    ['another format', JSON.stringify({ format: 2, passed: { nginx: KEY } })],
    ['no passes', JSON.stringify({ format: 1 })],
    ['a key that is not a sha256', JSON.stringify({ format: 1, passed: { nginx: 'x' } })],
  ])('%s: nothing recorded, every validator runs', (_what, text) => {
    const record = parsePassRecord(text);
    expect(record).toEqual({});
    expect(mustRun(record, 'nginx', KEY)).toBe(true);
  });
  it('a recorded pass with the same key skips; another key, or no key (not cacheable), runs', () => {
    const record = parsePassRecord(renderPassRecord({}, { nginx: KEY, php: KEY }, ['nginx', 'php']));
    expect(mustRun(record, 'nginx', KEY)).toBe(false);
    expect(mustRun(record, 'nginx', OTHER)).toBe(true);
    expect(mustRun(record, 'nginx', undefined)).toBe(true);
    expect(mustRun(record, 'php-fpm', KEY)).toBe(true);
  });
  it('records only the validators that passed; the others keep their previous pass', () => {
    const text = renderPassRecord({ nginx: KEY, 'php-fpm': KEY }, { nginx: OTHER, 'php-fpm': OTHER, php: OTHER }, ['php-fpm']);
    expect(parsePassRecord(text)).toEqual({ nginx: KEY, 'php-fpm': OTHER });
  });
});

describe('configs of the app that may name other files are never skipped', () => {
  it.each<[string, string | undefined]>([
    ['location = /healthz { return 200 "ok"; }\nlimit_req_zone $binary_remote_addr zone=perip:1m rate=10r/s;', undefined],
    ['location /x { try_files $uri /index.php; }', undefined],
    ['include /etc/nginx/extra.conf;', 'include'],
    ['location /x {\n  include snippets/fastcgi.conf;\n}', 'include'],
    ['ssl_certificate /certs/a.pem;', 'ssl_certificate'],
    ['location /p { auth_basic_user_file /app/.htpasswd; }', 'auth_basic_user_file'],
    ['access_log /var/log/x.log;', 'access_log'],
    ['client_body_temp_path /tmp/x;', 'client_body_temp_path'],
    ['# include in a comment;\nreturn 204;', undefined],
    ['add_header X-Include "include";', undefined],
  ])('nginx %j → %s', (text, directive) => {
    expect(nginxNamesOtherFile(text)).toBe(directive);
  });
  it.each<[string, string | undefined]>([
    ['; comment\n[PHP]\ndefault_charset = "UTF-8"\nhtml_errors = off\n', undefined],
    ['extension = /app/ext/foo.so', 'extension'],
    ['opcache.preload = /app/preload.php', 'opcache.preload'],
    ['error_log = /tmp/php.log', 'error_log'],
    ['browscap = /app/browscap.ini', 'browscap'],
    ['memory_limit = ${PHP_MEMORY}', 'memory_limit'],
    ['just a flag', 'include just a flag'],
  ])('ini %j → %s', (text, key) => {
    expect(iniNamesOtherFile(iniPairs(text))).toBe(key);
  });

  const none: AppConfigParts = {
    phpConfig: [], phpFpmConfig: [], phpIncludes: [], phpFpmIncludes: [], nginxIncludes: [], nginxHttpIncludes: [], includeTexts: {},
  };
  it.each<[string, Partial<AppConfigParts>, ReturnType<typeof uncacheableBecause>]>([
    ['no app settings', {}, {}],
    ['plain includes and settings', {
      phpConfig: [{ key: 'memory_limit', value: '256M' }], phpIncludes: ['a.ini'], nginxIncludes: ['n.conf'],
      includeTexts: { 'a.ini': 'html_errors = off\n', 'n.conf': 'location = /x { return 204; }\n' },
    }, {}],
    ['an unreadable nginx include', { nginxIncludes: ['n.conf'] }, { nginx: 'n.conf could not be read' }],
    ['a nested nginx include', { nginxHttpIncludes: ['h.conf'], includeTexts: { 'h.conf': 'include other.conf;' } },
      { nginx: 'h.conf has include, which may name another file' }],
    ['a php-config extension', { phpConfig: [{ key: 'extension', value: 'x.so' }] }, {
      php: 'extra.paas.php-config sets extension, which may name another file',
      'php-fpm': 'extra.paas.php-config sets extension, which may name another file',
    }],
    ['a php-include with a preload', { phpIncludes: ['a.ini'], includeTexts: { 'a.ini': 'opcache.preload=/x.php' } }, {
      php: 'a.ini sets opcache.preload, which may name another file', 'php-fpm': 'a.ini sets opcache.preload, which may name another file',
    }],
    ['php-fpm-includes', { phpFpmIncludes: ['fpm.conf'] }, { 'php-fpm': 'the app has php-fpm-includes' }],
    ['a php-fpm-config user', { phpFpmConfig: [{ key: 'user', value: 'nobody' }] },
      { 'php-fpm': 'extra.paas.php-fpm-config sets user, which may name another file' }],
    ['a php-fpm-config pm setting', { phpFpmConfig: [{ key: 'pm.max_children', value: '3' }] }, {}],
  ])('%s', (_what, parts, expected) => {
    expect(uncacheableBecause({ ...none, ...parts })).toEqual(expected);
  });
});

// ---------------------------------------------------------------------------------------
// The executor: stand-in nginx, php-fpm and php that log each run to a file and exit with
// the status in a file of the app (0 unless told otherwise).

const cleanup: string[] = [];
afterAll(async () => Promise.all(cleanup.map((d) => fs.rm(d, { recursive: true, force: true }))));

async function fakeApp() {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'validation-cache-'));
  cleanup.push(dir);
  const appDir = path.join(dir, 'app');
  const runDir = path.join(dir, 'run');
  const runs = path.join(dir, 'runs.log');
  for (const [rel, name] of [[`${PHP_LAYOUT.nginx}/sbin/nginx`, 'nginx'], [`${PHP_LAYOUT.php}/sbin/php-fpm`, 'php-fpm'], [`${PHP_LAYOUT.php}/bin/php`, 'php']]) {
    const file = path.join(appDir, rel!);
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, `#!/bin/sh\necho ${name} >> ${runs}\nrc=$(cat ${dir}/${name}.rc 2>/dev/null || echo 0)\n[ "$rc" = 0 ] || echo "${name} says no"\nexit $rc\n`, { mode: 0o755 });
  }
  await fs.mkdir(runDir, { recursive: true });
  await fs.mkdir(path.join(appDir, 'config'), { recursive: true });
  await fs.writeFile(path.join(appDir, 'config/nginx-app.conf'), 'location = /x { return 204; }\n');
  const filled = { phpIni: path.join(runDir, 'php.ini'), fpmConf: path.join(runDir, 'php-fpm.conf'), nginxConf: path.join(runDir, 'nginx.conf'), confD: path.join(appDir, PHP_LAYOUT.config, 'conf.d') };
  const files: PhpConfigFiles = { phpIni: 'memory_limit=128M\n', fpmConf: '[global]\n', nginxConf: 'events {}\n', extensionInis: [], includeLinks: [] };
  const settings = {
    phpConfig: [], phpFpmConfig: [], phpIncludes: [], phpFpmIncludes: [], nginxIncludes: ['config/nginx-app.conf'], nginxHttpIncludes: [],
  } as unknown as PhpRuntimeSettings;
  const cache: ValidationCacheInputs = {
    recordFile: path.join(dir, 'cache/php-validated.json'), stack: 'scalingo-22', artifacts: { php: 'p'.repeat(64), nginx: 'n'.repeat(64) }, files, settings,
  };
  let out = '';
  const log = new BuildLog({ out: (s) => (out += s), err: (s) => (out += s) });
  /** null: no cache inputs (the validation after the build). */
  const validate = async (c: ValidationCacheInputs | null = cache) => {
    await fs.rm(runs, { force: true });
    out = '';
    await validateGeneratedConfigs(filled, { appDir, root: false, log, ...(c ? { cache: c } : {}) });
    return { ran: (await fs.readFile(runs, 'utf8').catch(() => '')).split('\n').filter(Boolean).sort(), log: out };
  };
  return { dir, appDir, cache, validate, fail: (name: string) => fs.writeFile(path.join(dir, `${name}.rc`), '1'), pass: (name: string) => fs.rm(path.join(dir, `${name}.rc`), { force: true }) };
}

describe('validateGeneratedConfigs with the pass record', () => {
  it('runs everything once, then skips what is unchanged, saying so', async () => {
    const app = await fakeApp();
    const first = await app.validate();
    expect(first.ran).toEqual(['nginx', 'php', 'php-fpm']);
    expect(first.log).toContain('nginx -t, php-fpm -t and php accept the generated configuration');
    const second = await app.validate();
    expect(second.ran).toEqual([]);
    expect(second.log).toContain('nginx -t, php-fpm -t and php: configuration unchanged since the last build, validated then');
  });
  it('a changed config text, binary or include reruns the validators that read it', async () => {
    const app = await fakeApp();
    await app.validate();
    const files = { ...app.cache.files, nginxConf: 'events { }\n' };
    const changed = await app.validate({ ...app.cache, files });
    expect(changed.ran).toEqual(['nginx']);
    expect(changed.log).toContain('nginx -t accepts the generated configuration');
    expect(changed.log).toContain('php-fpm -t and php: configuration unchanged since the last build, validated then');
    expect((await app.validate({ ...app.cache, files, artifacts: { ...app.cache.artifacts, php: 'q'.repeat(64) } })).ran).toEqual(['php', 'php-fpm']);
    await fs.appendFile(path.join(app.appDir, 'config/nginx-app.conf'), '# edited\n');
    expect((await app.validate({ ...app.cache, files, artifacts: { ...app.cache.artifacts, php: 'q'.repeat(64) } })).ran).toEqual(['nginx']);
  });
  it('a failure is not recorded: the next build runs that validator again', async () => {
    const app = await fakeApp();
    await app.fail('php-fpm');
    await expect(app.validate()).rejects.toSatisfy((e) => e instanceof BuildError && e.id === 'php/config-rejected' && e.body.includes('php-fpm says no'));
    await app.pass('php-fpm');
    expect((await app.validate()).ran).toEqual(['nginx', 'php', 'php-fpm']);
    expect((await app.validate()).ran).toEqual([]);
    // A changed nginx config that fails fails again on the next build: never skipped.
    await app.fail('nginx');
    await expect(app.validate({ ...app.cache, files: { ...app.cache.files, nginxConf: 'bad;\n' } })).rejects.toBeInstanceOf(BuildError);
    await expect(app.validate({ ...app.cache, files: { ...app.cache.files, nginxConf: 'bad;\n' } })).rejects.toBeInstanceOf(BuildError);
  });
  it('a corrupt record, or none (no cache: the deferred validation), runs everything', async () => {
    const app = await fakeApp();
    await app.validate();
    await fs.writeFile(app.cache.recordFile, '{"format":1,"passed":{"nginx":');
    expect((await app.validate()).ran).toEqual(['nginx', 'php', 'php-fpm']);
    expect((await app.validate()).ran).toEqual([]);
    expect((await app.validate(null)).ran).toEqual(['nginx', 'php', 'php-fpm']);
  });
  it('an app config that may name another file always runs its validator, saying why', async () => {
    const app = await fakeApp();
    await fs.writeFile(path.join(app.appDir, 'config/nginx-app.conf'), 'include /etc/nginx/snippets/x.conf;\n');
    await app.validate();
    const again = await app.validate();
    expect(again.ran).toEqual(['nginx']);
    expect(again.log).toContain('nginx -t always runs for this app: config/nginx-app.conf has include, which may name another file');
  });
});
