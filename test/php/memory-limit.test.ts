import { describe, expect, it } from 'vitest';
import { BuildError } from '../../src/errors/build-error.js';
import {
  type IniSize,
  type MemoryLimitLayer,
  PHP_BUILTIN_MEMORY_LIMIT,
  checkMemoryLimit,
  determineMemoryLimit,
  findIniSettings,
  formatIniSize,
  parseIniSize,
} from '../../src/php/memory-limit.js';

const K = 1024;
const M = 1024 ** 2;
const G = 1024 ** 3;

describe('parseIniSize', () => {
  const bytes = (n: number): IniSize => ({ kind: 'bytes', bytes: n });
  const cases: ReadonlyArray<readonly [string, IniSize]> = [
    ['196M', bytes(196 * M)],
    ['196m', bytes(196 * M)],
    ['1G', bytes(G)],
    ['2g', bytes(2 * G)],
    ['512K', bytes(512 * K)],
    ['512k', bytes(512 * K)],
    ['134217728', bytes(134217728)],
    ['0', bytes(0)],
    // PHP trims surrounding whitespace, and so do we.
    [' 256M ', bytes(256 * M)],
    ['\t256M\r\n', bytes(256 * M)],
    ['+256M', bytes(256 * M)],
    // Leading zeros are decimal (PHP ≥ 8.2 wants 0o for octal).
    ['0256M', bytes(256 * M)],
    ['0x10M', bytes(16 * M)],
    ['0X1f', bytes(31)],
    ['0o20M', bytes(16 * M)],
    ['0b1K', bytes(K)],
    ['-1', { kind: 'unlimited' }],
    [' -1 ', { kind: 'unlimited' }],
    ['-01', { kind: 'unlimited' }],
    // Invalid: PHP warns "interpreting as … for backwards compatibility" or refuses.
    ['', { kind: 'invalid' }],
    ['   ', { kind: 'invalid' }],
    ['abc', { kind: 'invalid' }],
    ['M', { kind: 'invalid' }],
    ['256 M', { kind: 'invalid' }],
    ['256MB', { kind: 'invalid' }],
    ['1.5G', { kind: 'invalid' }],
    ['256T', { kind: 'invalid' }],
    ['-2', { kind: 'invalid' }],
    ['-1M', { kind: 'invalid' }],
    ['0x', { kind: 'invalid' }],
    ['0o8', { kind: 'invalid' }],
    ['off', { kind: 'invalid' }],
    ['256M;', { kind: 'invalid' }],
    ['${MEMORY}', { kind: 'invalid' }],
    // Quotes belong to the ini syntax: findIniSettings removes them first.
    ['"256M"', { kind: 'invalid' }],
    ["'256M'", { kind: 'invalid' }],
    // More than 2^53 bytes: not exact as a number (PHP overflows a little later).
    ['99999999999G', { kind: 'invalid' }],
    ['9007199254740992', { kind: 'invalid' }],
    ['9007199254740991', bytes(9007199254740991)],
  ];
  it.each(cases)('%j', (text, expected) => {
    expect(parseIniSize(text)).toEqual(expected);
  });
});

describe('findIniSettings', () => {
  const values = (text: string) => findIniSettings(text, 'memory_limit').map((s) => [s.value, s.line]);

  it('reads plain, quoted and commented values with their line', () => {
    const text = [
      '; memory_limit = 1G',
      '[PHP]',
      'memory_limit = 512M ; more than the default',
      'memory_limit="256M"',
      "memory_limit = '128M' ; raw",
      '  memory_limit   =   64M  ',
      'memory_limit = "1;2" ; a quoted ; is not a comment',
      '# memory_limit = 2G',
    ].join('\n');
    expect(values(text)).toEqual([
      ['512M', 3],
      ['256M', 4],
      ['128M', 5],
      ['64M', 6],
      ['1;2', 7],
    ]);
  });

  it('is case-sensitive about the key, like PHP', () => {
    expect(values('Memory_Limit = 1G\nMEMORY_LIMIT = 2G\nmemory_limit_x = 3G\n')).toEqual([]);
  });

  it('skips [PATH=…] and [HOST=…] sections, which apply to some requests only', () => {
    const text = '[PATH=/app/admin]\nmemory_limit = 1G\n[host=example.com]\nmemory_limit = 2G\n[PHP]\nmemory_limit = 300M\n';
    expect(values(text)).toEqual([['300M', 6]]);
  });

  it('does not read an assignment inside a multi-line quoted value', () => {
    const text = 'error_prepend_string = "<pre>\nmemory_limit = 1G\n</pre>"\nmemory_limit = 256M\n';
    expect(values(text)).toEqual([['256M', 4]]);
  });

  it('handles CRLF files', () => {
    expect(values('[PHP]\r\nmemory_limit = 256M\r\n')).toEqual([['256M', 2]]);
  });

  it('keeps ini concatenation and unclosed quotes as written (then invalid)', () => {
    expect(values('memory_limit = "256" M\nmemory_limit = "256M\n')).toEqual([
      ['"256" M', 1],
      ['"256M', 2],
    ]);
  });

  it('handles escaped quotes in double-quoted values', () => {
    expect(findIniSettings('x = "a\\"b" ; c\n', 'x')).toEqual([{ value: 'a"b', line: 1 }]);
  });
});

describe('determineMemoryLimit', () => {
  const defaults: MemoryLimitLayer = { source: 'php.ini defaults', pairs: [{ key: 'memory_limit', value: '196M' }] };

  it('uses the php.ini defaults', () => {
    expect(determineMemoryLimit([defaults])).toEqual({ value: { bytes: 196 * M }, source: 'php.ini defaults' });
  });

  it('applies layers in order: the last memory_limit wins', () => {
    const layers: MemoryLimitLayer[] = [
      defaults,
      { source: 'extra.paas.php-config in composer.json', pairs: [{ key: 'memory_limit', value: '256M' }] },
      { source: 'config/php.ini (extra.paas.php-includes)', text: 'memory_limit = 384M\n' },
      { source: 'public/.user.ini', text: '; per directory\nmemory_limit = 512M\n' },
    ];
    expect(determineMemoryLimit(layers)).toEqual({ value: { bytes: 512 * M }, source: 'public/.user.ini' });
    expect(determineMemoryLimit(layers.slice(0, 3))).toEqual({
      value: { bytes: 384 * M },
      source: 'config/php.ini (extra.paas.php-includes)',
    });
  });

  it('a layer that does not set memory_limit changes nothing', () => {
    const layers: MemoryLimitLayer[] = [
      defaults,
      { source: 'extra.paas.php-config in composer.json', pairs: [{ key: 'display_errors', value: 'on' }] },
      { source: 'public/.user.ini', text: 'upload_max_filesize = 10M\n' },
    ];
    expect(determineMemoryLimit(layers)).toEqual({ value: { bytes: 196 * M }, source: 'php.ini defaults' });
  });

  it('the last assignment within a layer wins', () => {
    const layers: MemoryLimitLayer[] = [
      defaults,
      {
        source: 'extra.paas.php-config in composer.json',
        pairs: [
          { key: 'memory_limit', value: '1G' },
          { key: 'memory_limit', value: '768M' },
        ],
      },
    ];
    expect(determineMemoryLimit(layers).value).toEqual({ bytes: 768 * M });
  });

  it('reads quoted php-config values as PHP will once written into php.ini', () => {
    const layers: MemoryLimitLayer[] = [{ source: 'x', pairs: [{ key: 'memory_limit', value: '"256M"' }] }];
    expect(determineMemoryLimit(layers).value).toEqual({ bytes: 256 * M });
  });

  it('without any memory_limit, PHP’s built-in 128M applies', () => {
    expect(determineMemoryLimit([])).toBe(PHP_BUILTIN_MEMORY_LIMIT);
    expect(PHP_BUILTIN_MEMORY_LIMIT.value).toEqual({ bytes: 128 * M });
  });

  it('-1 is unlimited, with a warning for the caller to log', () => {
    const limit = determineMemoryLimit([defaults, { source: 'public/.user.ini', text: 'memory_limit = -1\n' }]);
    expect(limit).toEqual({ value: 'unlimited', source: 'public/.user.ini' });
    const problems = checkMemoryLimit(limit);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.id).toBe('php/memory-limit-unlimited');
    expect(problems[0]?.message).toContain('public/.user.ini');
    expect(problems[0]?.message).toContain('3 workers');
    expect(checkMemoryLimit(determineMemoryLimit([defaults]))).toEqual([]);
  });

  function thrown(layers: MemoryLimitLayer[]): BuildError {
    try {
      determineMemoryLimit(layers);
    } catch (e) {
      expect(e).toBeInstanceOf(BuildError);
      return e as BuildError;
    }
    throw new Error('expected an error');
  }

  it('an invalid php-config value is an error naming the source, entry and value, with the fix', () => {
    const e = thrown([
      defaults,
      { source: 'extra.paas.php-config in composer.json', pairs: [{ key: 'display_errors', value: 'off' }, { key: 'memory_limit', value: '256MB' }] },
    ]);
    expect(e.id).toBe('php/invalid-memory-limit');
    expect(e.title).toBe('memory_limit "256MB" is not a size PHP can read');
    expect(e.title).not.toContain('\n');
    expect(e.body).toContain('extra.paas.php-config in composer.json, entry 2');
    expect(e.body).toContain('memory_limit=256M');
    expect(e.category).toBe('user');
  });

  it('an invalid value in a file names the file and line', () => {
    const e = thrown([defaults, { source: 'config/php.ini', text: '[PHP]\n\nmemory_limit = 1.5G\n' }]);
    expect(e.body).toContain('config/php.ini, line 3 sets memory_limit to "1.5G"');
  });

  it('a value from an environment variable gets a specific hint', () => {
    const e = thrown([{ source: 'public/.user.ini', text: 'memory_limit = ${PHP_MEMORY}\n' }]);
    expect(e.body).toContain('only known at run time');
  });

  it('an invalid value overridden by a later layer is not an error (PHP never applies it)', () => {
    const limit = determineMemoryLimit([
      { source: 'config/php.ini', text: 'memory_limit = lots\n' },
      { source: 'public/.user.ini', text: 'memory_limit = 256M\n' },
    ]);
    expect(limit.value).toEqual({ bytes: 256 * M });
  });

  it.each(['0', '1', '1M', '2097151'])('%s is too small for PHP to start', (value) => {
    const e = thrown([{ source: 'x', pairs: [{ key: 'memory_limit', value }] }]);
    expect(e.id).toBe('php/invalid-memory-limit');
    expect(e.title).toContain('too small');
  });

  it('2M is accepted', () => {
    expect(determineMemoryLimit([{ source: 'x', pairs: [{ key: 'memory_limit', value: '2M' }] }]).value).toEqual({ bytes: 2 * M });
  });
});

describe('formatIniSize', () => {
  it.each([
    [{ bytes: 196 * M }, '196M'],
    [{ bytes: G }, '1G'],
    [{ bytes: 1536 * M }, '1536M'],
    [{ bytes: 1536 * K }, '1536K'],
    [{ bytes: 100000000 }, '100000000'],
    [{ bytes: 0 }, '0'],
    ['unlimited', '-1'],
  ] as const)('%j → %s', (value, text) => {
    expect(formatIniSize(value)).toBe(text);
  });
});
