/**
 * The store builder's readers of Debian's signed indexes (scripts/store/archive.mjs):
 * deb822 paragraphs, checksum tables, the Sources stanza of one package version, and
 * gpgv's status lines. Pure: table tests.
 */
import { describe, expect, it } from 'vitest';
import { dscChecksums, findSourceStanza, parseChecksums, parseDeb822, releaseChecksums, signatureVerdict } from '../../scripts/store/archive.mjs';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);

describe('parseDeb822', () => {
  it('reads fields case-insensitively, continuation lines and paragraphs', () => {
    const paras = parseDeb822('Package: php8.4\nVersion: 8.4.24-1\nChecksums-Sha256:\n ' + `${A} 10 x.tar.xz\n ${B} 2 x.asc\n\nPackage: other\n`);
    expect(paras).toHaveLength(2);
    expect(paras[0]!.get('package')).toBe('php8.4');
    expect(paras[0]!.get('checksums-sha256')).toBe(`\n${A} 10 x.tar.xz\n${B} 2 x.asc`);
    expect(paras[1]!.get('package')).toBe('other');
  });
  it.each([
    [' continued\n', /continuation line before any field/],
    ['no colon here\n', /not a "Field: value" line/],
  ])('refuses %j', (text, error) => {
    expect(() => parseDeb822(text)).toThrow(error);
  });
});

describe('parseChecksums', () => {
  it('maps names to sha256 and size', () => {
    expect(parseChecksums(`\n${A} 10 x.tar.xz\n${B} 2 x.asc`)).toEqual(new Map([['x.tar.xz', { sha256: A, size: 10 }], ['x.asc', { sha256: B, size: 2 }]]));
  });
  it.each([
    [`${A.slice(1)} 10 x`],
    [`${A} ten x`],
    [`${A.toUpperCase()} 10 x`],
    [`${A} 10`],
  ])('refuses the malformed line %j instead of skipping it', (line) => {
    expect(() => parseChecksums(line)).toThrow(/malformed Checksums-Sha256 line/);
  });
});

describe('dscChecksums', () => {
  it('names the source, version and files the .dsc vouches for', () => {
    const d = dscChecksums(`Format: 3.0 (quilt)\nSource: php8.4\nVersion: 8.4.24-1~deb13u1\nChecksums-Sha256:\n ${A} 13752320 php8.4_8.4.24.orig.tar.xz\n`);
    expect(d).toEqual({ source: 'php8.4', version: '8.4.24-1~deb13u1', files: new Map([['php8.4_8.4.24.orig.tar.xz', { sha256: A, size: 13752320 }]]) });
  });
  it('refuses a .dsc without a SHA-256 table', () => {
    expect(() => dscChecksums('Source: x\nVersion: 1\nFiles:\n 0123 1 x\n')).toThrow(/no Checksums-Sha256/);
  });
});

describe('releaseChecksums', () => {
  it('reads the SHA256 table, not the MD5 one beside it', () => {
    const text = `Suite: stable\nCodename: trixie\nMD5Sum:\n ${'c'.repeat(32)} 5 main/source/Sources.xz\nSHA256:\n ${A} 5 main/source/Sources.xz\n`;
    const r = releaseChecksums(text);
    expect(r.codename).toBe('trixie');
    expect(r.files.get('main/source/Sources.xz')).toEqual({ sha256: A, size: 5 });
  });
});

describe('findSourceStanza', () => {
  const sources = [
    `Package: nginx\nVersion: 1.26.3-3+deb13u10\nDirectory: pool/main/n/nginx\nChecksums-Sha256:\n ${A} 1 nginx_1.26.3.orig.tar.gz\n`,
    `Package: nginx-other\nVersion: 1.26.3-3+deb13u10\nDirectory: pool/main/n/nginx-other\nChecksums-Sha256:\n ${B} 1 x.tar.gz\n`,
    `Package: nginx\nVersion: 1.30.6-2\nDirectory: pool/main/n/nginx\nChecksums-Sha256:\n ${B} 2 nginx_1.30.6.orig.tar.gz\n`,
  ].join('\n');
  it('finds the stanza of that package at that version', () => {
    expect(findSourceStanza(sources, 'nginx', '1.30.6-2')).toEqual({ directory: 'pool/main/n/nginx', files: new Map([['nginx_1.30.6.orig.tar.gz', { sha256: B, size: 2 }]]) });
    expect(findSourceStanza(sources, 'nginx', '1.26.3-3+deb13u10')?.files.has('nginx_1.26.3.orig.tar.gz')).toBe(true);
  });
  it('is undefined for a version or package the index does not list (a prefix of a name is not the name)', () => {
    expect(findSourceStanza(sources, 'nginx', '1.22.1-9')).toBeUndefined();
    expect(findSourceStanza(sources, 'ngin', '1.26.3-3+deb13u10')).toBeUndefined();
  });
});

describe('signatureVerdict', () => {
  const valid = (fpr: string) => `[GNUPG:] GOODSIG ${fpr.slice(-16)} Someone\n[GNUPG:] VALIDSIG ${fpr} 2026-11-21 1795252580 0 4 0 1 8 01 ${fpr}`;
  it.each([
    ['one good signature', valid('F'.repeat(40)), { ok: true, valid: ['F'.repeat(40)], bad: false }],
    ['one good and one by a key not in the keyring', `${valid('E'.repeat(40))}\n[GNUPG:] ERRSIG 1234 1 8 01 1795252580 9\n[GNUPG:] NO_PUBKEY 1234`, { ok: true, valid: ['E'.repeat(40)], bad: false }],
    ['a bad signature beside a good one', `${valid('E'.repeat(40))}\n[GNUPG:] BADSIG 1234 Mallory`, { ok: false, valid: ['E'.repeat(40)], bad: true }],
    ['a revoked key', `[GNUPG:] REVKEYSIG 1234 X\n${valid('D'.repeat(40))}`, { ok: false, valid: ['D'.repeat(40)], bad: true }],
    ['only unknown keys', '[GNUPG:] ERRSIG 1234 1 8 01 1795252580 9\n[GNUPG:] NO_PUBKEY 1234', { ok: false, valid: [], bad: false }],
    ['a key expired since it signed', `[GNUPG:] EXPKEYSIG 1234 X\n${valid('C'.repeat(40))}`, { ok: true, valid: ['C'.repeat(40)], bad: false }],
    ['nothing', '', { ok: false, valid: [], bad: false }],
  ])('%s', (_name, status, verdict) => {
    expect(signatureVerdict(status)).toEqual(verdict);
  });
});
