import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BuildError } from '../../src/errors/build-error.js';
import { formatChecksum, hashFile, parseChecksum, verifyFile } from '../../src/runtime/checksum.js';
import { tempDir } from './helpers.js';

const content = 'runtime artifact bytes';
const sha256hex = createHash('sha256').update(content).digest('hex');
const sha512sri = `sha512-${createHash('sha512').update(content).digest('base64')}`;

describe('parseChecksum / formatChecksum', () => {
  it('round-trips the version-table form (sha256:<hex>)', () => {
    const c = parseChecksum(`sha256:${sha256hex}`);
    expect(c.algorithm).toBe('sha256');
    expect(c.digest.toString('hex')).toBe(sha256hex);
    expect(formatChecksum(c)).toBe(`sha256:${sha256hex}`);
  });

  it('normalises upper-case hex', () => {
    expect(formatChecksum(parseChecksum(`sha256:${sha256hex.toUpperCase()}`))).toBe(`sha256:${sha256hex}`);
  });

  it('round-trips npm SRI integrity strings (sha512-, sha1-)', () => {
    const c = parseChecksum(sha512sri);
    expect(c.algorithm).toBe('sha512');
    expect(c.digest).toHaveLength(64);
    expect(formatChecksum(c)).toBe(sha512sri);
    const sha1 = `sha1-${createHash('sha1').update(content).digest('base64')}`;
    expect(formatChecksum(parseChecksum(sha1))).toBe(sha1);
  });

  it.each([
    '',
    'sha256:',
    'sha256:abc', // too short
    `md5:${'0'.repeat(32)}`,
    `sha256:${'g'.repeat(64)}`,
    'sha512-notbase64!!',
    `sha512-${Buffer.alloc(32).toString('base64')}`, // sha256-sized digest under sha512
  ])('rejects %j', (text) => {
    expect(() => parseChecksum(text)).toThrow(/Malformed checksum/);
  });
});

describe('hashFile / verifyFile', () => {
  let tmp: Awaited<ReturnType<typeof tempDir>>;
  let file: string;
  beforeEach(async () => {
    tmp = await tempDir();
    file = join(tmp.path, 'artifact');
    await writeFile(file, content);
  });
  afterEach(() => tmp.cleanup());

  it('hashes a file', async () => {
    expect((await hashFile(file, 'sha256')).toString('hex')).toBe(sha256hex);
  });

  it('accepts a matching file in either form', async () => {
    await verifyFile(file, parseChecksum(`sha256:${sha256hex}`), 'thing', 'https://example.test/a');
    await verifyFile(file, parseChecksum(sha512sri), 'thing', 'https://example.test/a');
  });

  it('throws runtime/checksum-mismatch naming both digests', async () => {
    const expected = `sha256:${'0'.repeat(64)}`;
    const e = await verifyFile(file, parseChecksum(expected), 'Node.js 22.1.0', 'https://example.test/n.tgz').then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(e).toBeInstanceOf(BuildError);
    const err = e as BuildError;
    expect(err.id).toBe('runtime/checksum-mismatch');
    expect(err.title).toBe('Checksum mismatch for Node.js 22.1.0');
    expect(err.body).toContain('https://example.test/n.tgz');
    expect(err.body).toContain(`expected: ${expected}`);
    expect(err.body).toContain(`actual:   sha256:${sha256hex}`);
  });
});
