/** What the config-var listing may print (common.md §2: secrets never in the log). */
import { describe, expect, it } from 'vitest';
import { BuildLog, logConfigVars, maskUrlCredentials, maskValue } from '../../src/log/build-log.js';

describe('maskValue', () => {
  it.each([
    ['NPM_TOKEN', 'abc', '[hidden]'],
    ['COMPOSER_AUTH', '{"x":1}', '[hidden]'],
    ['MY_PASSWD', 'hunter2', '[hidden]'],
    ['DB_PWD', 'hunter2', '[hidden]'],
    ['AWS_CREDENTIALS', 'x', '[hidden]'],
    ['DATABASE_URL', 'postgres://user:pw@db.example.com:5432/app', 'postgres://[hidden]@db.example.com:5432/app'],
    ['REDIS_URL', 'redis://:s3cret@cache:6379', 'redis://[hidden]@cache:6379'],
    ['MIRRORS', 'https://a.example/x https://u:p@b.example/y', 'https://a.example/x https://[hidden]@b.example/y'],
    ['NODE_ENV', 'production', 'production'],
    ['HOMEPAGE', 'https://example.com/a@b', 'https://example.com/a@b'],
  ])('%s=%s → %s', (name, value, shown) => {
    expect(maskValue(name, value)).toBe(shown);
  });
});

describe('URL masking is linear (a 320 KB config var once hung the build)', () => {
  // The regex the masking used to be; on short strings it is fast and is the reference.
  const reference = (v: string) => v.replace(/([a-z][a-z0-9+.-]*:\/\/)[^\s/@]+@/gi, '$1[hidden]@');

  it('masks exactly what the reference regex masks, on random short values', () => {
    const alphabet = ['a', 'Z', '1', '+', '.', '-', ':', '/', '//', '://', '@', ' ', '\n', 'x://', 'u:p@'];
    let seed = 42;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let i = 0; i < 5000; i++) {
      let v = '';
      const len = rand(14);
      for (let j = 0; j < len; j++) v += alphabet[rand(alphabet.length)];
      expect(maskUrlCredentials(v), JSON.stringify(v)).toBe(reference(v));
    }
  });

  // Each shape made the old regex retry from every position of a long run. 1 MB each:
  // linear masking takes milliseconds, a quadratic one hours (the test times out).
  const MB = 1 << 20;
  it.each([
    ['letters without ://', 'a'.repeat(MB)],
    ['a scheme then a long userinfo without @', `https://${'u'.repeat(MB)}`],
    ['many schemes without userinfo', 'a://'.repeat(MB / 4)],
    ['many schemes with a dangling userinfo', 'ab://c:'.repeat(MB / 7)],
  ])('a 1 MB value of %s goes through the config-var listing', (_shape, value) => {
    const lines: string[] = [];
    const log = new BuildLog({ out: (t) => void lines.push(t), err: () => undefined });
    logConfigVars(log, { BIG: value, DATABASE_URL: 'postgres://user:pw@db/app' });
    expect(lines.join('')).toContain('DATABASE_URL=postgres://[hidden]@db/app');
    expect(lines.join('').length).toBeGreaterThan(value.length);
  }, 20_000);
});
