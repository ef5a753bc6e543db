/** Reading and writing the engine's own small state files (signatures, …) in CACHE_DIR. */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';

export async function readIfExists(p: string): Promise<string | undefined> {
  try {
    return await fs.readFile(p, 'utf8');
  } catch {
    return undefined;
  }
}

/** Temp file then rename: a build killed mid-write leaves the old file or the new one. */
export async function writeAtomic(p: string, text: string): Promise<void> {
  await fs.mkdir(path.dirname(p), { recursive: true });
  const tmp = `${p}.tmp-${process.pid}`;
  try {
    await fs.writeFile(tmp, text);
    await fs.rename(tmp, p);
  } catch (e) {
    // A write cut short (a full disk) leaves no temp file behind.
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  }
}
