/**
 * The one place that starts subprocesses: explicit argv, cwd and env (nothing inherited
 * implicitly), the command echoed in the log, output streamed indented line by line, and the tail
 * kept so a failure can show what went wrong.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { BuildLog } from '../log/build-log.js';
import type { CommandExit } from '../errors/command-failed.js';
import { runningBelow } from './process-tree.js';

export interface RunOptions {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string>>;
  readonly log: BuildLog;
  /** Print the output as it comes (default) or keep it only for the tail. */
  readonly quiet?: boolean;
  /** The command as the log shows it, when argv is an implementation detail (`php …/composer install` → `composer install`). */
  readonly shown?: string;
  /** Output lines left out of the log (still in the result): counted, and said after the run as `what`. */
  readonly hideLines?: { readonly pattern: RegExp; readonly what: string };
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

/** What executors take to run commands: runCommand, or a fake that records them. */
export type RunCommand = (argv: readonly string[], opts: RunOptions) => Promise<RunResult>;

export async function runCommand(argv: readonly string[], opts: RunOptions): Promise<RunResult> {
  const [file, ...args] = argv;
  if (!file) throw new Error('runCommand: empty argv');
  if (!opts.quiet) opts.log.info(`$ ${opts.shown ?? argv.join(' ')}`);
  let kept = '';
  // stdout and stderr each keep their own open line: one stream's chunk never lands in
  // the middle of the other's line.
  let hiddenLines = 0;
  const hidden = opts.hideLines && { pattern: opts.hideLines.pattern, onHidden: () => void hiddenLines++ };
  const shown = opts.quiet ? undefined : [opts.log.outputLines(hidden), opts.log.outputLines(hidden)] as const;
  const exit = await spawned(file, args, { cwd: opts.cwd, env: opts.env }, (chunk, stream) => {
    shown?.[stream].write(chunk);
    kept = (kept + chunk).slice(-KEEP_CHARS);
  });
  for (const lines of shown ?? []) lines.end();
  if (hiddenLines > 0) opts.log.info(`(${hiddenLines} ${opts.hideLines!.what} not shown)`);
  const last = kept.trimEnd().split('\n').slice(-TAIL_LINES);
  // Blank lines the cut left at the top would open the error's excerpt with an empty line.
  while (last.length > 0 && last[0]!.trim() === '') last.shift();
  const tail = last.map((l) => `  ${l}`).join('\n');
  return { exit, ok: 'code' in exit && exit.code === 0, tail, output: kept };
}

/** What a helper tool may print before the rest is dropped (its output is read whole). */
const TOOL_OUTPUT_CHARS = 16 * 1024 * 1024;

/**
 * A helper tool the engine itself uses (not a user-visible build step): no log, output
 * captured (one final newline dropped), never throws. Its env extends the engine's own.
 * Returns undefined when the tool is not installed.
 */
export async function runTool(
  argv: readonly string[],
  opts: { cwd?: string; env?: Readonly<Record<string, string>> } = {},
): Promise<{ ok: boolean; output: string } | undefined> {
  const [file, ...args] = argv;
  if (!file) throw new Error('runTool: empty argv');
  let output = '';
  const exit = await spawned(file, args, { cwd: opts.cwd ?? process.cwd(), env: { ...process.env, ...opts.env } }, (chunk) => {
    if (output.length < TOOL_OUTPUT_CHARS) output += chunk;
  });
  if ('notStarted' in exit && exit.notStarted.endsWith('ENOENT')) return undefined;
  return { ok: 'code' in exit && exit.code === 0, output: output.endsWith('\n') ? output.slice(0, -1) : output };
}

/**
 * Runs `file` with exactly `env`, stdin closed, stdout (0) and stderr (1) passed to
 * `onOutput` as text, and says how it ended: its exit code, the signal that killed it,
 * or why it never started (`spawn x ENOENT`). Node's child_process rather than execa: execa and
 * the 20 packages it brings were ~50 ms of loading and ~30 ms of CPU per command in
 * every build, for what these ~40 lines do.
 */
function spawned(
  file: string, args: readonly string[], opts: { cwd: string; env: Readonly<Record<string, string | undefined>> },
  onOutput: (chunk: string, stream: 0 | 1) => void,
): Promise<CommandExit> {
  return new Promise((resolve) => {
    let started = false;
    const child = spawn(file, args, { cwd: opts.cwd, env: opts.env as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    child.once('spawn', () => {
      started = true;
      killedWithEngine(child);
    });
    child.once('error', (e) => {
      if (!started) resolve({ notStarted: e.message || 'no reason given' });
    });
    for (const [i, out] of [child.stdout, child.stderr].entries()) {
      out?.setEncoding('utf8');
      out?.on('data', (chunk: string) => onOutput(chunk, i as 0 | 1));
    }
    child.once('close', (code, signal) => {
      if (!started) return;
      resolve(code !== null ? { code } : { signal: signal ?? 'unknown' });
    });
  });
}

/**
 * Children die with the engine: a build stopped by SIGTERM, SIGINT or SIGHUP stops the
 * command it is running and every process below it (SIGTERM, see process-tree.ts) before
 * the engine ends by that same signal. Handlers are on only while a command runs.
 */
const running = new Set<ChildProcess>();
const STOP_SIGNALS = ['SIGTERM', 'SIGINT', 'SIGHUP'] as const;

function stopWithEngine(signal: NodeJS.Signals): void {
  const below = runningBelow([...running].map((c) => c.pid).filter((pid): pid is number => pid !== undefined));
  for (const child of running) child.kill('SIGTERM');
  for (const pid of below) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // it has ended meanwhile
    }
  }
  for (const s of STOP_SIGNALS) process.removeListener(s, stopWithEngine);
  process.kill(process.pid, signal);
}

function killedWithEngine(child: ChildProcess): void {
  if (running.size === 0) for (const s of STOP_SIGNALS) process.on(s, stopWithEngine);
  running.add(child);
  child.once('close', () => {
    running.delete(child);
    if (running.size === 0) for (const s of STOP_SIGNALS) process.removeListener(s, stopWithEngine);
  });
}
