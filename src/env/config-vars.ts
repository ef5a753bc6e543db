/**
 * ENV_DIR: one file per config var (name = file name, value = contents without trailing
 * newlines). Parsing is pure; reading the directory is a thin edge.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { Problem } from '../errors/build-error.js';
import { engineErrors } from '../errors/catalog.js';
import { describeKind, readRegularFile, realTreeFs } from '../fs/app-tree.js';
import { knobValueProblems } from './knobs.js';

/** Never imported: they would break the build environment itself. */
export const DENIED_CONFIG_VARS: ReadonlySet<string> = new Set([
  'PATH', 'GIT_DIR', 'CPATH', 'CPPATH', 'LD_PRELOAD', 'LIBRARY_PATH', 'LD_LIBRARY_PATH', 'LANG', 'BUILD_DIR',
]);

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * The kernel's limit on one environment string, `NAME=value` and its NUL (MAX_ARG_STRLEN,
 * 32 pages): a larger one makes every exec fail with E2BIG.
 */
export const MAX_ENV_STRING_BYTES = 128 * 1024;

export type ConfigVars = Readonly<Record<string, string>>;

export function parseConfigVars(
  entries: ReadonlyArray<{ name: string; content: string }>,
): { vars: ConfigVars; problems: Problem[] } {
  const vars: Record<string, string> = {};
  const problems: Problem[] = [];
  for (const { name, content } of [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
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
    const value = content.replace(/[\r\n]+$/, '');
    // Neither can reach a build step: fail here, naming the variable (never showing it).
    const nul = value.indexOf('\0');
    if (nul >= 0) throw engineErrors.configVarNul(name, Buffer.byteLength(value.slice(0, nul)));
    const bytes = Buffer.byteLength(name) + 1 + Buffer.byteLength(value) + 1;
    if (bytes > MAX_ENV_STRING_BYTES) throw engineErrors.configVarTooLarge(name, bytes, MAX_ENV_STRING_BYTES);
    vars[name] = value;
  }
  // A knob given a value it cannot take (USE_NPM_INSTALL=1) says so (src/env/knobs.ts).
  problems.push(...knobValueProblems(vars));
  return { vars, problems };
}

/**
 * One entry per regular file of ENV_DIR (none, with a warning, when ENV_DIR does not
 * exist). A link (to /etc/passwd, say) or a FIFO is an error
 * naming the variable, never read: its contents would end in the build log. A file over
 * the kernel's limit is refused without reading it. Directories are ignored.
 */
export async function readEnvDir(dir: string | undefined): Promise<EnvDirRead> {
  if (!dir) return { entries: [], problems: [] };
  const st = await fs.stat(dir).catch((e: unknown) => {
    if ((e as { code?: string }).code === 'ENOENT') return undefined;
    throw e;
  });
  // Said, not an error: a platform may pass the path of a directory it only makes when
  // the app has config vars. But a build without them may not be the one meant.
  if (!st) return { entries: [], problems: [envDirMissing(dir)] };
  if (!st.isDirectory()) throw engineErrors.envDirInvalid(dir, describeKind(st));
  const names = await fs.readdir(dir);
  const out: Array<{ name: string; content: string }> = [];
  for (const name of names.sort()) {
    if (name.startsWith('.')) continue;
    const p = path.join(dir, name);
    const lst = await fs.lstat(p);
    if (lst.isDirectory()) continue;
    if (lst.isSymbolicLink()) throw engineErrors.configVarUnreadable(name, 'is a symbolic link (links in ENV_DIR are not followed)');
    if (!lst.isFile()) throw engineErrors.configVarUnreadable(name, `is ${describeKind(lst)}, not a regular file`);
    const bytes = Buffer.byteLength(name) + 1 + lst.size + 1;
    // Trailing newlines are stripped later, so allow for a few before refusing unread.
    if (lst.size > MAX_ENV_STRING_BYTES + 16) throw engineErrors.configVarTooLarge(name, bytes, MAX_ENV_STRING_BYTES);
    const read = await readRegularFile(realTreeFs, p, lst, MAX_ENV_STRING_BYTES + 16);
    if (!read) throw engineErrors.configVarUnreadable(name, 'changed while the build read it');
    if (read.over) throw engineErrors.configVarTooLarge(name, bytes, MAX_ENV_STRING_BYTES);
    out.push({ name, content: read.bytes.toString('utf8') });
  }
  return { entries: out, problems: [] };
}

export interface EnvDirRead {
  readonly entries: ReadonlyArray<{ name: string; content: string }>;
  /** ENV_DIR given but missing (engine/env-dir-missing). */
  readonly problems: readonly Problem[];
}

function envDirMissing(dir: string): Problem {
  return {
    id: 'engine/env-dir-missing',
    message:
      `ENV_DIR ${dir} does not exist: the build runs without any config var.\n` +
      'If the app has config vars, the platform must pass the directory holding them (one file per config var).',
  };
}

/**
 * The engine's own knobs (declared in src/env/knobs.ts, documented in the README): a
 * config var wins, else the platform's environment (so a fleet can set a mirror for
 * every app).
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
