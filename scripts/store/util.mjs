/**
 * Small helpers shared by the store builder's modules.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const execFileP = promisify(execFile);

/** The repository root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The build steps' shell scripts. */
export const STEPS = join(ROOT, 'scripts/store/steps');

/** The builder's log: stderr, so --json's stdout stays one document. */
export const log = (line) => process.stderr.write(`${line}\n`);

export function run(cmd, args, opts = {}) {
  return execFileP(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...opts });
}

export async function readJson(path) {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch {
    return undefined;
  }
}
