/** A full disk (ENOSPC, EDQUOT), told from an error or from a command's output. Pure. */

export type DiskFullCode = 'ENOSPC' | 'EDQUOT';

/** What a full disk looks like in a command's output (cp, tar, npm, composer). */
const DISK_FULL_TEXT = /No space left on device|Disk quota exceeded|\bENOSPC\b|\bEDQUOT\b/;

/** ENOSPC or EDQUOT, from an error's code (or its cause's), else undefined. */
export function diskFullCode(e: unknown): DiskFullCode | undefined {
  for (let err = e as { code?: unknown; cause?: unknown } | undefined, depth = 0; err && depth < 4; err = err.cause as typeof err, depth++) {
    if (err.code === 'ENOSPC' || err.code === 'EDQUOT') return err.code;
  }
  return undefined;
}

/** ENOSPC or EDQUOT when `text` (a command's output) says the disk is full. */
export function diskFullInText(text: string): DiskFullCode | undefined {
  const m = DISK_FULL_TEXT.exec(text);
  if (!m) return undefined;
  return /quota|EDQUOT/i.test(m[0]) ? 'EDQUOT' : 'ENOSPC';
}

/** An error of a write the disk refused, with the errno code node:fs would give. */
export class DiskFullError extends Error {
  constructor(readonly code: DiskFullCode, readonly path: string, detail: string) {
    super(`${code}: ${detail}`);
  }
}
