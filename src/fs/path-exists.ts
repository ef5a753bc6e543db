import * as fs from 'node:fs/promises';

/** Whether anything (file, directory, even a dangling link) is at `p`. */
export async function pathExists(p: string): Promise<boolean> {
  return fs.lstat(p).then(() => true, () => false);
}
