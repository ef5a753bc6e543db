import * as fs from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parseIniDirective } from '../../src/php/config-values.js';
import { renderFpmConf } from '../../src/php/render-fpm.js';
import { BASE_SETTINGS, phpFpmTest, writeRuntimeApp, type RuntimeApp } from './real-validators.js';

const fpm = (...lines: string[]) => lines.map((l, i) => parseIniDirective(l, `extra.paas.php-fpm-config[${i}]`, 'fpm'));

/** `php-fpm -tt` dumps the effective config at notice level: section → key → value. */
async function effectiveConfig(app: RuntimeApp): Promise<Record<string, Record<string, string>>> {
  const r = await phpFpmTest(app, true);
  expect(r.ok, r.output).toBe(true);
  const out: Record<string, Record<string, string>> = {};
  let section = '';
  for (const line of r.output.split('\n')) {
    const m = /NOTICE: \t?(.*)$/.exec(line);
    if (!m) continue;
    const head = /^\[(.+)\]$/.exec(m[1]!);
    if (head) section = head[1]!;
    else {
      const kv = /^(\S+) = (.*)$/.exec(m[1]!);
      if (kv && section) (out[section] ??= {})[kv[1]!] = kv[2]!;
    }
  }
  return out;
}

describe('renderFpmConf', () => {
  it('defaults', () => {
    expect(renderFpmConf(BASE_SETTINGS)).toMatchSnapshot();
  });

  it('php-fpm-config lines ([global] ones to [global]) and php-fpm-includes', () => {
    const text = renderFpmConf({
      ...BASE_SETTINGS,
      phpFpmConfig: fpm('log_level=notice', 'pm.max_children=10', 'php_value[memory_limit]=256M', 'emergency_restart_threshold=3'),
      phpFpmIncludes: ['config/fpm-pool.conf', 'config/fpm global.conf'],
    });
    expect(text).toMatchSnapshot();
    const [global, pool] = text.split('\n[app]\n');
    expect(global).toContain('log_level = notice');
    expect(global).toContain('emergency_restart_threshold = 3');
    expect(pool).toContain('php_value[memory_limit] = 256M');
  });

  it.each(['config/*.conf', 'config/a;b.conf', 'config/"x".conf', 'config/$x.conf', 'a\nb'])('refuses the include path %j', (p) => {
    expect(() => renderFpmConf({ ...BASE_SETTINGS, phpFpmIncludes: [p] })).toThrowError(
      expect.objectContaining({ id: 'php/unsafe-config-value', title: expect.stringContaining('extra.paas.php-fpm-includes[0] contains') }),
    );
  });
});

describe('php-fpm.conf with the real php-fpm of the store (default line)', () => {
  it('passes php-fpm -t with the defaults, the placeholders filled', async () => {
    const app = await writeRuntimeApp({ ...BASE_SETTINGS, sharedExtensions: ['opcache', 'apcu'] });
    const r = await phpFpmTest(app);
    expect(r.ok, r.output).toBe(true);
    expect(r.output).not.toMatch(/WARNING|ERROR|Unable to load/);
  });

  it('has the pool settings of php.md §6 in effect', async () => {
    const app = await writeRuntimeApp({ ...BASE_SETTINGS, phpFpmConfig: fpm('log_level=notice') });
    const c = await effectiveConfig(app);
    expect(c.global).toMatchObject({ daemonize: 'no', error_log: '/proc/self/fd/2', log_level: 'NOTICE', pid: `${app.runDir}/php-fpm.pid` });
    expect(c.app).toMatchObject({
      user: 'root', listen: `${app.runDir}/php-fpm.sock`, 'listen.mode': '0666', pm: 'dynamic',
      'pm.max_children': '3', 'pm.start_servers': '1', 'pm.min_spare_servers': '1', 'pm.max_spare_servers': '2',
      'pm.max_requests': '0', 'ping.path': '/ping', catch_workers_output: 'yes', decorate_workers_output: 'no', clear_env: 'no',
    });
  });

  it('applies php-fpm-config (later wins) and includes in order; an include switching to [global] does not leak into the next', async () => {
    const app = await writeRuntimeApp(
      {
        ...BASE_SETTINGS,
        phpFpmConfig: fpm('log_level=notice', 'pm.max_children=10', 'pm.max_children=12', 'php_admin_value[session.save_path]=tcp://r:6379?a=1&b=2'),
        phpFpmIncludes: ['config/global.conf', 'config/pool.conf'],
      },
      {
        files: {
          'config/global.conf': '[global]\nemergency_restart_threshold = 7\n',
          'config/pool.conf': 'pm.max_requests = 500\nphp_value[memory_limit] = 300M\n',
        },
      },
    );
    const c = await effectiveConfig(app);
    expect(c.global?.emergency_restart_threshold).toBe('7');
    expect(c.app).toMatchObject({
      'pm.max_children': '12', 'pm.max_requests': '500', 'php_value[memory_limit]': '300M', 'php_admin_value[session.save_path]': 'tcp://r:6379?a=1&b=2',
    });
  });

  it('without the pool re-opened before an include, the [global] switch of the previous one breaks the file (why it is re-opened)', async () => {
    const app = await writeRuntimeApp(
      { ...BASE_SETTINGS, phpFpmIncludes: ['config/global.conf', 'config/pool.conf'] },
      { files: { 'config/global.conf': '[global]\nemergency_restart_threshold = 7\n', 'config/pool.conf': 'pm.max_requests = 500\n' } },
    );
    const text = await fs.readFile(app.fpmConf, 'utf8');
    await fs.writeFile(app.fpmConf, text.replace(/\n\[app\]\ninclude = (.*pool\.conf")/, '\ninclude = $1'));
    const r = await phpFpmTest(app);
    expect(r.ok).toBe(false);
    expect(r.output).toContain("unknown entry 'pm.max_requests'");
  });

  it('a php-fpm-config line PHP-FPM does not know fails php-fpm -t (the build validates with it)', async () => {
    const app = await writeRuntimeApp({ ...BASE_SETTINGS, phpFpmConfig: fpm('memory_limit=1G') });
    const r = await phpFpmTest(app);
    expect(r.ok).toBe(false);
    expect(r.output).toContain("unknown entry 'memory_limit'");
  });
});
