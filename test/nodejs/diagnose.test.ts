import { describe, expect, it } from 'vitest';
import { diagnoseFailure, lockfileOutOfSyncHint } from '../../src/nodejs/diagnose.js';

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
