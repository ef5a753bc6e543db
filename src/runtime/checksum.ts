/**
 * Checksums of downloaded artifacts. Two spellings reach us: `sha256:<hex>` from our
 * own version tables and artifact manifests, and SRI strings (`sha512-<base64>`) from
 * npm registry metadata. Both parse into one value so verification has a single path.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { runtimeErrors } from '../errors/catalog.js';

export type ChecksumAlgorithm = 'sha256' | 'sha512' | 'sha1';

export type Checksum = { algorithm: ChecksumAlgorithm; digest: Buffer };

const DIGEST_BYTES: Record<ChecksumAlgorithm, number> = { sha1: 20, sha256: 32, sha512: 64 };

function isAlgorithm(s: string): s is ChecksumAlgorithm {
  return Object.hasOwn(DIGEST_BYTES, s);
}

/**
 * Throws a plain Error on malformed input: checksums come from our embedded data or
 * from code that already validated registry metadata, so a bad one is a bug, not
 * something the user can fix.
 */
export function parseChecksum(text: string): Checksum {
  const hex = /^(sha1|sha256|sha512):([0-9a-fA-F]+)$/.exec(text.trim());
  const sri = /^(sha1|sha256|sha512)-([A-Za-z0-9+/]+={0,2})$/.exec(text.trim());
  const match = hex ?? sri;
  if (!match || !isAlgorithm(match[1]!)) throw new Error(`Malformed checksum ${JSON.stringify(text)}`);
  const algorithm = match[1];
  const digest = Buffer.from(match[2]!, hex ? 'hex' : 'base64');
  // Buffer.from silently drops undecodable input, so the length is the real validity check.
  if (digest.length !== DIGEST_BYTES[algorithm]) {
    throw new Error(`Malformed checksum ${JSON.stringify(text)}: wrong length for ${algorithm}`);
  }
  return { algorithm, digest };
}

/** sha256 prints like our tables (hex), the others like npm's integrity field (SRI). */
export function formatChecksum(c: Checksum): string {
  return c.algorithm === 'sha256'
    ? `sha256:${c.digest.toString('hex')}`
    : `${c.algorithm}-${c.digest.toString('base64')}`;
}

/** Streams the file: artifacts are tens of MB and must not be read into memory. */
export async function hashFile(path: string, algorithm: ChecksumAlgorithm): Promise<Buffer> {
  const hash = createHash(algorithm);
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest();
}

/** `what` names the artifact for the user ("Node.js 22.11.0"), `url` where it came from. */
export async function verifyFile(path: string, expected: Checksum, what: string, url: string): Promise<void> {
  const digest = await hashFile(path, expected.algorithm);
  if (!digest.equals(expected.digest)) {
    const actual = formatChecksum({ algorithm: expected.algorithm, digest });
    throw runtimeErrors.checksumMismatch(what, url, formatChecksum(expected), actual);
  }
}
