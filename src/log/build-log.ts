import type { BuildError, Problem } from '../errors/build-error.js';

/** Where the log goes. Injected so tests can read what a user would read. */
export interface LogSink {
  out(text: string): void;
  err(text: string): void;
}

export const processSink: LogSink = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
};

export const INDENT = '       ';
/** The longest unterminated line `outputLines` holds back before writing it as a line of its own. */
const OPEN_LINE_LIMIT = 64 * 1024;

/** See BuildLog.outputLines. */
export interface OutputLines {
  write(chunk: string): void;
  end(): void;
}
const BANG = ' !     ';

/** Config var names whose values must never be printed (PASSWD/PWD: common spellings too). */
const SECRET_NAME = /TOKEN|SECRET|PASSWORD|PASSWD|PWD|KEY|AUTH|CREDENTIAL/i;

/**
 * The value as the log may show it: hidden for secret-looking names, and with the
 * credentials of any URL in it (`postgres://user:pw@host`) masked whatever the name.
 */
export function maskValue(name: string, value: string): string {
  if (SECRET_NAME.test(name)) return '[hidden]';
  return maskUrlCredentials(value);
}

const isSchemeChar = (c: number): boolean =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2e || c === 0x2d;
const isLetter = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);

/**
 * `scheme://userinfo@` → `scheme://[hidden]@`, what /([a-z][a-z0-9+.-]*:\/\/)[^\s/@]+@/gi
 * would replace, in one pass: a regex engine retries that pattern from every letter of
 * a long run without `://` (quadratic: a 320 KB config var hung the build). Here each
 * `://` is found once, its scheme is the run of scheme characters just before it (from
 * its first letter, as the regex's leftmost match would take it), and its userinfo the
 * run up to the next whitespace, `/` or `@`, kept only when an `@` ends it.
 */
export function maskUrlCredentials(value: string): string {
  let out = '';
  let copied = 0; // value[0, copied) is already in out
  let from = 0;
  for (;;) {
    const sep = value.indexOf('://', from);
    if (sep < 0) break;
    let start = sep;
    // Never back into text already consumed by a previous match (it ends with '@', not
    // a scheme character, so this is only a guard).
    while (start > copied && isSchemeChar(value.charCodeAt(start - 1))) start--;
    while (start < sep && !isLetter(value.charCodeAt(start))) start++;
    let end = sep + 3;
    while (end < value.length && !/[\s/@]/.test(value[end]!)) end++;
    if (start < sep && end > sep + 3 && value[end] === '@') {
      out += value.slice(copied, sep + 3) + '[hidden]@';
      copied = end + 1;
      from = end + 1;
    } else {
      // The userinfo run cannot contain '/' or '@', so no later '://' lies inside it
      // except at its end: scanning on from the separator keeps the whole pass linear.
      from = sep + 1;
    }
  }
  return out + value.slice(copied);
}

/**
 * A value on one log line: line breaks, escape sequences and other control characters
 * written as `\n`, `\r`, `\t`, `\xNN`, `\uNNNN`, so a value cannot pose as log lines
 * (`-----> Build succeeded`) nor drive the reader's terminal.
 */
export function escapeControls(value: string): string {
  const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
  return value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
    if (named[c]) return named[c];
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** The "Config vars passed to the build" section: names with masked values. */
export function logConfigVars(log: BuildLog, vars: Readonly<Record<string, string>>): void {
  const names = Object.keys(vars);
  if (names.length === 0) return;
  log.header('Config vars passed to the build');
  for (const name of names) log.info(`${name}=${escapeControls(maskValue(name, vars[name]!))}`);
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${ms}ms`;
  const s = ms / 1000;
  if (s < 60) return `${s.toFixed(1)}s`;
  return `${Math.floor(s / 60)}m${Math.round(s % 60)}s`;
}

/**
 * The build log a person reads: `-----> Step` headers, details indented 7 spaces,
 * warnings and errors with ` !     ` on stderr.
 */
export class BuildLog {
  private readonly warned: Problem[] = [];

  constructor(
    private readonly sink: LogSink = processSink,
    private readonly now: () => number = Date.now,
  ) {}

  header(title: string): void {
    this.sink.out(`-----> ${title}\n`);
  }

  info(text: string): void {
    for (const line of text.split('\n')) this.sink.out(`${INDENT}${line}\n`);
  }

  /**
   * One output stream of a subprocess (its stdout, or its stderr), written to the log
   * line by line, each line indented once so it reads as part of the step. A pipe cuts
   * output into chunks anywhere (`npm ` | `WARN deprecated …\n`): the start of a line
   * still open is kept until its end arrives, so a chunk that continues a line is not
   * indented again. `end` writes what is left of an unterminated last line.
   */
  outputLines(hidden?: { readonly pattern: RegExp; readonly onHidden: () => void }): OutputLines {
    let open = '';
    // `text` is whole lines: those matching `hidden` are left out (and counted), and so is a
    // blank line right before one (PHP's display_errors opens each notice with one).
    const write = (text: string) => {
      let shown = text;
      if (hidden) {
        const lines = text.split(/(?<=\n)/);
        const hide = lines.map((line) => hidden.pattern.test(line));
        shown = lines.filter((line, i) => {
          if (hide[i]) hidden.onHidden();
          return !hide[i] && !(line.trim() === '' && hide[i + 1]);
        }).join('');
      }
      if (shown !== '') this.sink.out(shown.replace(/^(?=.)/gm, INDENT));
    };
    return {
      write: (chunk) => {
        const text = open + chunk;
        const cut = text.lastIndexOf('\n');
        if (cut < 0) {
          open = text;
        } else {
          open = text.slice(cut + 1);
          write(text.slice(0, cut + 1));
        }
        // A line that never ends (a progress bar without newlines) is shown in pieces
        // rather than held without bound.
        if (open.length >= OPEN_LINE_LIMIT) {
          write(`${open}\n`);
          open = '';
        }
      },
      end: () => {
        if (open !== '') write(`${open}\n`);
        open = '';
      },
    };
  }

  warn(problem: Problem): void {
    this.warned.push(problem);
    const lines = problem.message.split('\n');
    this.sink.err(`${BANG}Warning: ${lines[0]}\n`);
    for (const line of lines.slice(1)) this.sink.err(line ? `${BANG}${line}\n` : ' !\n');
    this.sink.err(`${BANG}(${problem.id})\n`);
  }

  error(e: BuildError): void {
    const out: string[] = [`${BANG}${e.title}`, ' !'];
    for (const line of e.body.split('\n')) out.push(line ? `${BANG}${line}` : ' !');
    out.push(' !', `${BANG}Error id: ${e.id}`);
    this.sink.err(`\n${out.join('\n')}\n\n`);
  }

  /** Runs `work` as a timed step: header first, duration last. */
  async step<T>(title: string, work: () => Promise<T>): Promise<T> {
    this.header(title);
    const start = this.now();
    const result = await work();
    this.info(`Done (${formatDuration(this.now() - start)})`);
    return result;
  }

  get warnings(): readonly Problem[] {
    return this.warned;
  }
}
