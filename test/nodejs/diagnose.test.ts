import { describe, expect, it } from 'vitest';
import { diagnoseFailure, heapLimitOf } from '../../src/nodejs/diagnose.js';
import { lockfileOutOfSyncHint } from '../../src/nodejs/lockfile-hint.js';

const on = (version: string) => ({ node: { version } }) as never;

describe('diagnoseFailure', () => {
  const ossl = "Error: error:0308010C:digital envelope routines::unsupported\n  code: 'ERR_OSSL_EVP_UNSUPPORTED'";
  it('ERR_OSSL_EVP_UNSUPPORTED on Node 17+: OpenSSL 3, hashFunction, --openssl-legacy-provider', () => {
    const hint = diagnoseFailure(ossl, on('18.20.8'))!;
    expect(hint).toContain('OpenSSL 3 change of Node.js 17+');
    expect(hint).toContain('output.hashFunction');
    expect(hint).toContain('NODE_OPTIONS=--openssl-legacy-provider');
    expect(diagnoseFailure(ossl, on('16.20.2'))).toBeUndefined();
    expect(diagnoseFailure('some other failure', on('24.18.0'))).toBeUndefined();
  });
  it('Node 0.8 cannot do TLS 1.2 with the registry', () => {
    const out = 'npm ERR! Error: 140449564949568:error:140770FC:SSL routines:SSL23_GET_SERVER_HELLO:unknown protocol';
    expect(diagnoseFailure(out, on('0.8.28'))).toContain('no TLS 1.2');
    expect(diagnoseFailure(out, on('0.10.48'))).toBeUndefined();
  });
});

describe('lockfileOutOfSyncHint', () => {
  it('names the lockfile the app has, and an old-format one as such', () => {
    expect(lockfileOutOfSyncHint('npm-shrinkwrap.json', '{"lockfileVersion":1}')).toMatch(/^npm-shrinkwrap\.json \(old format: lockfileVersion 1, written by npm 6 or older\) does not match package\.json\. Run `npm install` locally to update npm-shrinkwrap\.json/);
    expect(lockfileOutOfSyncHint('npm-shrinkwrap.json', '{}')).toContain('(old format');
    expect(lockfileOutOfSyncHint('package-lock.json', '{"lockfileVersion":3}')).toBe(
      'package-lock.json does not match package.json. Run `npm install` locally to update package-lock.json, commit it, and deploy again.',
    );
  });
});

describe('JavaScript heap out of memory', () => {
  const v8 = (words: string) => `<--- Last few GCs --->\n\nFATAL ERROR: ${words} Allocation failed - JavaScript heap out of memory\n----- Native stack trace -----`;
  const withOptions = (value: string | undefined, kind: 'config-var' | 'default' = 'config-var') =>
    ({ node: { version: '24.18.0' }, buildEnv: value === undefined ? {} : { NODE_OPTIONS: { value, source: { kind } } } }) as never;

  it.each<[string, string, ReturnType<typeof withOptions>, RegExp]>([
    ['the default limit', v8('Reached heap limit'), withOptions('--max-old-space-size=2560', 'default'),
      /ran with NODE_OPTIONS=--max-old-space-size=2560 \(the default for builds\): a JavaScript heap of at most 2560 MB[\s\S]*NODE_OPTIONS=--max-old-space-size=4096 /],
    ['older V8 wording, a limit set by the app', v8('CALL_AND_RETRY_LAST'), withOptions('--enable-source-maps --max-old-space-size=4096'),
      /ran with NODE_OPTIONS=--enable-source-maps --max-old-space-size=4096 \(your NODE_OPTIONS config var\): a JavaScript heap of at most 4096 MB[\s\S]*--max-old-space-size=6144 /],
    ['NODE_OPTIONS without a heap limit', v8('Ineffective mark-compacts near heap limit'), withOptions('--enable-source-maps'),
      /ran without --max-old-space-size \(NODE_OPTIONS=--enable-source-maps\), so node chose its own heap limit[\s\S]*--max-old-space-size=4096 /],
  ])('%s: names the limit the build ran with, and a higher one', (_name, output, plan, expected) => {
    const hint = diagnoseFailure(output, plan)!;
    expect(hint).toMatch(expected);
    expect(hint).toContain('bigger builder');
    expect(hint).toContain('asset bundlers');
  });

  it('only for that message', () => {
    expect(diagnoseFailure('Error: Cannot find module x', withOptions('--max-old-space-size=2560'))).toBeUndefined();
  });

  it.each<[string | undefined, number | undefined]>([
    ['--max-old-space-size=2560', 2560],
    ['--max_old_space_size=100', 100],
    ['--max-old-space-size 3000', 3000],
    ['--max-old-space-size=1000 --max-old-space-size=2000', 2000],
    ['--inspect', undefined],
    [undefined, undefined],
  ])('heapLimitOf(%j) = %j', (options, limit) => {
    expect(heapLimitOf(options)).toBe(limit);
  });
});
