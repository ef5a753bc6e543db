/**
 * ENV_DIR: one file per config var (name = file name, value = contents without trailing
 * newlines). Parsing is pure; reading the directory is a thin edge.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { Problem } from '../errors/build-error.js';

/** Never imported: they would break the build environment itself. */
export const DENIED_CONFIG_VARS: ReadonlySet<string> = new Set([
  'PATH', 'GIT_DIR', 'CPATH', 'CPPATH', 'LD_PRELOAD', 'LIBRARY_PATH', 'LD_LIBRARY_PATH', 'LANG', 'BUILD_DIR',
]);

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

export type ConfigVars = Readonly<Record<string, string>>;

export function parseConfigVars(
  entries: ReadonlyArray<{ name: string; content: string }>,
): { vars: ConfigVars; problems: Problem[] } {
  const vars: Record<string, string> = {};
  const problems: Problem[] = [];
  for (const { name, content } of [...entries].sort((a, b) => a.name.localeCompare(b.name))) {
    if (name.startsWith('.')) continue;
    if (!IDENTIFIER.test(name)) {
      problems.push({
        id: 'engine/config-var-name',
        message: `Config var ${JSON.stringify(name)} is not a valid variable name and was ignored.`,
      });
      continue;
    }
    if (DENIED_CONFIG_VARS.has(name)) {
      problems.push({
        id: 'engine/config-var-denied',
        message: `Config var ${name} is not passed to the build: it would break the build environment.`,
      });
      continue;
    }
    vars[name] = content.replace(/[\r\n]+$/, '');
  }
  return { vars, problems };
}

export async function readEnvDir(dir: string | undefined): Promise<Array<{ name: string; content: string }>> {
  if (!dir) return [];
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch (e) {
    if ((e as { code?: string }).code === 'ENOENT') return [];
    throw e;
  }
  const out: Array<{ name: string; content: string }> = [];
  for (const name of names) {
    const p = path.join(dir, name);
    const st = await fs.stat(p);
    if (!st.isFile()) continue;
    out.push({ name, content: await fs.readFile(p, 'utf8') });
  }
  return out;
}

/**
 * The engine's own knobs (documented in the README): a config var wins, else the
 * platform's environment (so a fleet can set a mirror for every app).
 */
export interface Knobs {
  get(name: string): string | undefined;
  /** "true" only: anything else, including unset, is false. */
  flag(name: string): boolean;
  /** For the log: where a knob's value came from. */
  sourceOf(name: string): string | undefined;
}

export function knobsFrom(vars: ConfigVars, platformEnv: Readonly<Record<string, string | undefined>>): Knobs {
  const get = (name: string) => vars[name] ?? (platformEnv[name] || undefined);
  return {
    get,
    flag: (name) => get(name) === 'true',
    sourceOf: (name) => (name in vars ? 'config var' : platformEnv[name] ? 'build environment' : undefined),
  };
}
