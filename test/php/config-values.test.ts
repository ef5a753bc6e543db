import { describe, expect, it } from 'vitest';
import { BuildError } from '../../src/errors/build-error.js';
import { checkAccessLogFormat, parseIniDirective, unquoteIniValue } from '../../src/php/config-values.js';
import { BASE_SETTINGS, phpRun, SYSTEM, writeRuntimeApp } from './real-validators.js';

/** E_ALL of the PHP the checks run: 8.4 dropped E_STRICT (2048) from it. */
const E_ALL = Number(SYSTEM.phpVersion.split('.')[0]) * 100 + Number(SYSTEM.phpVersion.split('.')[1]) >= 804 ? 30719 : 32767;

const outcome = (fn: () => unknown) => {
  try {
    return fn();
  } catch (e) {
    return e instanceof BuildError ? e.id : e;
  }
};

describe('parseIniDirective: accepted lines and the ini text written', () => {
  it.each([
    ['memory_limit=256M', 'php', 'memory_limit', '256M'],
    ['  display_errors = off  ', 'php', 'display_errors', 'off'],
    ['display_errors=stderr', 'php', 'display_errors', 'stderr'],
    ['user_agent=', 'php', 'user_agent', ''],
    ['error_reporting=E_ALL & ~E_NOTICE', 'php', 'error_reporting', 'E_ALL & ~E_NOTICE'],
    ['error_reporting=(E_ALL | E_STRICT) & ~E_DEPRECATED', 'php', 'error_reporting', '(E_ALL | E_STRICT) & ~E_DEPRECATED'],
    ['include_path=${HOME}/lib:.', 'php', 'include_path', '${HOME}/lib:.'],
    ['date.timezone=Europe/Paris', 'php', 'date.timezone', 'Europe/Paris'],
    ['user_agent=a\\b{c}[d]#e', 'php', 'user_agent', 'a\\b{c}[d]#e'],
    // Already quoted by the user: kept.
    ['user_agent="a;b"', 'php', 'user_agent', '"a;b"'],
    ['user_agent="say \\"hi\\""', 'php', 'user_agent', '"say \\"hi\\""'],
    ["user_agent='raw;${x'", 'php', 'user_agent', "'raw;${x'"],
    // Literal strings PHP would misread unquoted: quoted, with \ " $ escaped, ${NAME} kept.
    ['session.save_path=tcp://redis:6379?auth=p4ss&database=1', 'php', 'session.save_path', '"tcp://redis:6379?auth=p4ss&database=1"'],
    ['user_agent=a;b', 'php', 'user_agent', '"a;b"'],
    ['user_agent=hi!', 'php', 'user_agent', '"hi!"'],
    ["user_agent=it's", 'php', 'user_agent', '"it\'s"'],
    ['user_agent=say "hi"', 'php', 'user_agent', '"say \\"hi\\""'],
    ['user_agent=costs $5 (or \\$6)', 'php', 'user_agent', '"costs \\$5 (or \\\\\\$6)"'],
    ['user_agent=${HOME};x', 'php', 'user_agent', '"${HOME};x"'],
    ['user_agent=a$', 'php', 'user_agent', '"a\\$"'],
    ['user_agent=E_ALL & ~e_notice', 'php', 'user_agent', '"E_ALL & ~e_notice"'],
    ['user_agent=yes please', 'php', 'user_agent', '"yes please"'],
    ['user_agent=hello world', 'php', 'user_agent', '"hello world"'],
    ['user_agent=${HOME} x', 'php', 'user_agent', '"${HOME} x"'],
    ['php_value[memory_limit]=256M', 'fpm', 'php_value[memory_limit]', '256M'],
    ['php_admin_value[session.save_path]=tcp://r:6379?a=1', 'fpm', 'php_admin_value[session.save_path]', '"tcp://r:6379?a=1"'],
    ['env[APP_MODE]=prod', 'fpm', 'env[APP_MODE]', 'prod'],
    ['log_level=debug', 'fpm', 'log_level', 'debug'],
    ['pm.max_children=10', 'fpm', 'pm.max_children', '10'],
  ] as const)('%j (%s)', (raw, kind, key, value) => {
    expect(parseIniDirective(raw, 'extra.paas.php-config[0]', kind)).toEqual({ key, value });
  });
});

describe('parseIniDirective: refused lines', () => {
  it.each([
    ['memory_limit', 'php'],
    ['=256M', 'php'],
    ['memory limit=1', 'php'],
    ['a;b=1', 'php'],
    ['php_value[memory_limit]=1', 'php'],
    ['memory_limit=1\nextension=evil.so', 'php'],
    ['memory_limit=1\rx=2', 'php'],
    ['memory_limit=1\0', 'php'],
    ['memory_limit=1\u0007', 'php'],
    ['user_agent=@PORT@', 'php'],
    ['user_agent=x#@ROOT_ONLY@', 'php'],
    ['user_agent=${NAME', 'php'],
    ['user_agent=${A:-b}', 'php'],
    ['user_agent="${"', 'php'],
    ['error_reporting=E_ALL &', 'php'],
    ['error_reporting=(E_ALL', 'php'],
    ['daemonize=yes', 'fpm'],
    ['listen=/tmp/other.sock', 'fpm'],
    ['pid=/tmp/x.pid', 'fpm'],
    ['include=/etc/*.conf', 'fpm'],
    ['php_value[a b]=1', 'fpm'],
    ['env[]=x', 'fpm'],
    ['[www]', 'fpm'],
  ] as const)('%j (%s)', (raw, kind) => {
    expect(outcome(() => parseIniDirective(raw, 'extra.paas.php-config[2]', kind))).toBe('php/invalid-ini-directive');
  });

  it('names where the line comes from, and what is wrong with it', () => {
    expect(() => parseIniDirective('memory_limit=1\nextension=evil.so', 'extra.paas.php-config[2]', 'php')).toThrowError(
      expect.objectContaining({
        title: 'extra.paas.php-config[2] is not a valid php.ini directive',
        body: expect.stringContaining('contains a newline'),
      }),
    );
    expect(() => parseIniDirective('php_value[a b]=1', 'extra.paas.php-fpm-config[0]', 'fpm')).toThrowError(
      expect.objectContaining({ title: 'extra.paas.php-fpm-config[0] is not a valid PHP-FPM directive', body: expect.stringContaining('has a space in its key') }),
    );
    expect(() => parseIniDirective('daemonize=yes', 'extra.paas.php-fpm-config[0]', 'fpm')).toThrowError(
      expect.objectContaining({ body: expect.stringContaining('sets daemonize, which the platform manages') }),
    );
  });
});

describe('parseIniDirective output, read back by the real php', () => {
  // [line, what PHP must read]: the value the user wrote in composer.json, not PHP's
  // reading of it as unquoted ini text (which the first column would give unprocessed).
  const cases: Array<[string, string]> = [
    ['user_agent=a;b', 'a;b'],
    ['user_agent=hi!', 'hi!'],
    ["user_agent=it's", "it's"],
    ['user_agent=say "hi"', 'say "hi"'],
    ['user_agent=costs $5 (or \\$6)', 'costs $5 (or \\$6)'],
    ['user_agent=a$', 'a$'],
    ['user_agent=tcp://redis:6379?auth=p4ss&database=1', 'tcp://redis:6379?auth=p4ss&database=1'],
    ['user_agent=a\\b{c}[d]#e', 'a\\b{c}[d]#e'],
    ['user_agent=${HOME};x', '/home/app;x'],
    ['user_agent="a;b"', 'a;b'],
    ["user_agent='raw;${x'", 'raw;${x'],
    ['user_agent=', ''],
    ['user_agent=yes please', 'yes please'],
    ['user_agent=a yes', 'a yes'],
    ['user_agent=built with PHP_VERSION', 'built with PHP_VERSION'],
    ['user_agent=on', '1'],
    ['error_reporting=E_ALL & ~E_NOTICE', String(E_ALL & ~8)],
  ];

  it.each(cases)('%j → %j', async (line, expected) => {
    const pair = parseIniDirective(line, 'extra.paas.php-config[0]', 'php');
    // A sentinel after the pair proves nothing after it was swallowed or dropped. It is a
    // free-text setting: default_charset would be checked by the built-in mbstring.
    const app = await writeRuntimeApp({ ...BASE_SETTINGS, phpConfig: [pair, { key: 'highlight.comment', value: 'sentinel' }] });
    const r = await phpRun(app, `echo json_encode([ini_get(${JSON.stringify(pair.key)}), ini_get("highlight.comment")], JSON_UNESCAPED_SLASHES);`, { HOME: '/home/app' });
    expect(r.output).toBe(JSON.stringify([expected, 'sentinel']));
  });

  it('unprocessed, the same lines are misread by PHP: why quoting is needed', async () => {
    const app = await writeRuntimeApp({
      ...BASE_SETTINGS,
      phpConfig: [{ key: 'user_agent', value: 'a;b' }, { key: 'date.timezone', value: 'Europe/Paris' }, { key: 'user_agent', value: 'a$' }, { key: 'highlight.comment', value: 'sentinel' }],
    });
    const r = await phpRun(app, 'echo json_encode([ini_get("user_agent"), ini_get("highlight.comment")]);');
    // `;` cut the first value; the trailing `$` swallowed the line break and the next line.
    expect(r.output).not.toContain('"sentinel"');
  });
});

describe('unquoteIniValue', () => {
  it.each([
    ['75M', '75M'],
    ['"75M"', '75M'],
    ["'75M'", '75M'],
    ['"a\\"b\\\\c\\$d\\ne"', 'a"b\\c$d\\ne'],
    ['E_ALL & ~E_NOTICE', 'E_ALL & ~E_NOTICE'],
  ])('%s → %s', (value, literal) => {
    expect(unquoteIniValue(value)).toBe(literal);
  });
});

describe('checkAccessLogFormat', () => {
  it.each([
    '$http_x_forwarded_for - "$request" $status $body_bytes_sent "$http_referer" "$http_user_agent"',
    '$remote_addr [$time_local] $request_time $upstream_response_time',
  ])('accepts %s', (fmt) => {
    expect(checkAccessLogFormat(fmt, 'the ACCESS_LOG_FORMAT config var')).toBe(fmt);
  });

  it.each([
    ["$remote_addr 'x'", '"\'"'],
    ['${remote_addr}x', '"{"'],
    ['$status }', '"}"'],
    ['$status; error_log /tmp/x', '";"'],
    ['$status \\" x', '"\\"'],
    ['$status\n}', 'a newline'],
    ['$status\tx', 'a tab'],
    ['$status @PORT@', 'a boot-time placeholder (@NAME@)'],
  ])('refuses %j, naming %s', (fmt, what) => {
    expect(() => checkAccessLogFormat(fmt, 'extra.paas.access-log-format in composer.json')).toThrowError(
      expect.objectContaining({
        id: 'php/invalid-access-log-format',
        title: `The access log format from extra.paas.access-log-format in composer.json contains ${what}`,
      }),
    );
  });
});
