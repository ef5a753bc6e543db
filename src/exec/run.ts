/**
 * The one place that starts subprocesses: explicit argv, cwd and env (nothing inherited
 * implicitly), the command echoed in the log, output streamed indented, and the tail
 * kept so a failure can show what went wrong.
 */
import { execa } from 'execa';
import type { BuildLog } from '../log/build-log.js';
import type { CommandExit } from '../errors/command-failed.js';

export interface RunOptions {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string>>;
  readonly log: BuildLog;
  /** Print the output as it comes (default) or keep it only for the tail. */
  readonly quiet?: boolean;
  /** The command as the log shows it, when argv is an implementation detail (`php …/composer install` → `composer install`). */
  readonly shown?: string;
}

export interface RunResult {
  readonly exit: CommandExit;
  readonly ok: boolean;
  /** Last lines of combined stdout/stderr. */
  readonly tail: string;
  readonly output: string;
}

const TAIL_LINES = 20;
const KEEP_CHARS = 64 * 1024;

export async function runCommand(argv: readonly string[], opts: RunOptions): Promise<RunResult> {
  const [file, ...args] = argv;
  if (!file) throw new Error('runCommand: empty argv');
  if (!opts.quiet) opts.log.info(`$ ${opts.shown ?? argv.join(' ')}`);
  const child = execa(file, args, {
    cwd: opts.cwd,
    env: opts.env,
    extendEnv: false,
    reject: false,
    all: true,
    buffer: false,
    stdin: 'ignore',
  });
  let kept = '';
  child.all?.setEncoding('utf8');
  child.all?.on('data', (chunk: string) => {
    if (!opts.quiet) opts.log.stream(chunk);
    kept = (kept + chunk).slice(-KEEP_CHARS);
  });
  const result = await child;
  const tail = kept ? kept.trimEnd().split('\n').slice(-TAIL_LINES).map((l) => `  ${l}`).join('\n') : '';
  return { exit: exitOf(result), ok: result.exitCode === 0, tail, output: kept };
}

/** Its exit code, the signal that killed it, or (neither) why it never ran (not on PATH, not executable, …) as execa says. */
function exitOf(r: { exitCode?: number; signal?: string; originalMessage?: string; shortMessage?: string }): CommandExit {
  if (r.exitCode !== undefined) return { code: r.exitCode };
  if (r.signal) return { signal: r.signal };
  return { notStarted: r.originalMessage || r.shortMessage || 'no reason given' };
}

/**
 * A helper tool the engine itself uses (not a user-visible build step): no log, output
 * captured, never throws. Returns undefined when the tool is not installed.
 */
export async function runTool(
  argv: readonly string[],
  opts: { cwd?: string; env?: Readonly<Record<string, string>> } = {},
): Promise<{ ok: boolean; output: string } | undefined> {
  const [file, ...args] = argv;
  if (!file) throw new Error('runTool: empty argv');
  const r = await execa(file, args, { cwd: opts.cwd, env: opts.env, reject: false, all: true, stdin: 'ignore' });
  if ((r as { code?: string }).code === 'ENOENT') return undefined;
  return { ok: r.exitCode === 0, output: String(r.all ?? '') };
}
