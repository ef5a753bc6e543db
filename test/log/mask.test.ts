/** What the config-var listing may print (common.md §2: secrets never in the log). */
import { describe, expect, it } from 'vitest';
import { maskValue } from '../../src/log/build-log.js';

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
