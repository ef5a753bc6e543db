/**
 * How a command the build ran ended, and the one wording for "that command failed":
 * every executor (Node.js scripts, installs and prunes, PHP compile commands, Composer)
 * says the exit the same way and shows the same tail of output.
 */
import { BuildError } from './build-error.js';

/** A command that ran has an exit code or the signal that killed it; one that never started has a reason. */
export type CommandExit =
  | { readonly code: number }
  | { readonly signal: string }
  | { readonly notStarted: string };

/** For a title: `exit code 3`, `killed by signal SIGKILL`, `could not start`. */
export function exitSummary(exit: CommandExit): string {
  if ('code' in exit) return `exit code ${exit.code}`;
  if ('signal' in exit) return `killed by signal ${exit.signal}`;
  return 'could not start';
}

/**
 * What happened to `command`, then the last lines of its output:
 * "`npm run build` exited with code 3." / "… was killed by signal SIGKILL." /
 * "… could not start: spawn npm ENOENT."
 */
export function commandOutcome(command: string, exit: CommandExit, tail: string): string {
  const how = 'code' in exit ? `exited with code ${exit.code}`
    : 'signal' in exit ? `was killed by signal ${exit.signal}`
    : `could not start: ${exit.notStarted}`;
  return `\`${command}\` ${how}.${tail ? `\n${OUTPUT_HEADING}\n${tail}` : ''}`;
}

/** What precedes a command's output in an error's body (commandOutcome). */
const OUTPUT_HEADING = 'Last lines of its output:';

/** The output a command failure's body shows (commandOutcome), if it shows one. */
export function commandOutputIn(body: string): string | undefined {
  const at = body.indexOf(`\n${OUTPUT_HEADING}\n`);
  return at < 0 ? undefined : body.slice(at + OUTPUT_HEADING.length + 2);
}

export interface CommandFailure {
  /** What the command was, as the title names it: "The build script", "The compile command extra.paas.compile[1]". */
  readonly what: string;
  readonly command: string;
  readonly exit: CommandExit;
  /** Last lines of its output, indented (RunResult.tail). */
  readonly tail: string;
  /** Lines after the output: a diagnosis (if any), then how to fix it. */
  readonly hint: readonly (string | undefined)[];
}

/** The error for a build step's command that failed: "<what> failed (exit code 3)", the command, its exit, its tail, the hints. */
export function commandFailedError(id: string, f: CommandFailure): BuildError {
  const hints = f.hint.filter((h): h is string => !!h);
  return new BuildError(id, `${f.what} failed (${exitSummary(f.exit)})`, [commandOutcome(f.command, f.exit, f.tail), ...hints].join('\n'));
}
