/**
 * Shell quoting and build-time values for the runtime scripts, in one place.
 *
 * The scripts themselves are `.sh` files (src/php/boot.sh, src/runtime-env/memory.sh,
 * src/nodejs/profile/*.sh). What the build decides goes into a block of plain
 * assignments, `name='value'`, quoted by `shQuote` alone: no build-time text is ever
 * spliced into shell code.
 */

/** A word the shell reads back as exactly `s` (single quotes; a `'` becomes `'\''`). */
export function shQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** A build-time value; `undefined` leaves its assignment out (an optional export). */
export type ShValue = string | number | undefined;

/**
 * `name='value'` lines, one per entry, in order (`export name='value'` for names given
 * as `export name`); entries whose value is `undefined` are left out.
 */
export function renderShAssignments(values: Readonly<Record<string, ShValue>>): string {
  return Object.entries(values)
    .filter((e): e is [string, string | number] => e[1] !== undefined)
    .map(([name, value]) => {
      if (!/^(export )?[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`not a shell variable name: ${JSON.stringify(name)}`);
      return `${name}=${shQuote(String(value))}`;
    })
    .join('\n');
}

const BLOCK = /^# >>> build-time values[^\n]*\n([\s\S]*?)^# <<< build-time values[^\n]*$/m;

/**
 * A script file with its build-time values filled in. The file holds the block
 *
 *     # >>> build-time values (…)
 *     name=''
 *     # <<< build-time values
 *
 * (placeholder assignments, so shellcheck sees every name assigned); the block's content
 * is replaced by `renderShAssignments(values)`. The names in the file and in `values`
 * must be the same, in the same order: a value the script does not read, or one it reads
 * and the build does not give, is a bug caught at the first render (and by the tests).
 */
export function fillBuildValues(script: string, values: Readonly<Record<string, ShValue>>): string {
  const m = BLOCK.exec(script);
  if (!m) throw new Error('the script has no "# >>> build-time values" block');
  const inFile = m[1]!
    .split('\n')
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => /^((?:export )?[A-Za-z_][A-Za-z0-9_]*)=/.exec(l)?.[1] ?? `(not an assignment: ${l})`);
  const given = Object.keys(values);
  if (inFile.join(' ') !== given.join(' ')) {
    throw new Error(`build-time values differ: the script assigns ${inFile.join(' ')}, the build gives ${given.join(' ')}`);
  }
  const start = m.index + m[0].indexOf('\n') + 1;
  const end = start + m[1]!.length;
  const body = renderShAssignments(values);
  return script.slice(0, start) + (body === '' ? '' : `${body}\n`) + script.slice(end);
}

/**
 * A script with the file it includes inlined: the block
 *
 *     # >>> include <name> …
 *     # shellcheck source=…
 *     . …
 *     # <<< include <name>
 *
 * (a real `.` of the file, so shellcheck follows it) is replaced by `text`. Runtime
 * scripts are single files: the platform runs or sources them alone.
 */
export function inlineInclude(script: string, name: string, text: string): string {
  const esc = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const block = new RegExp(`^# >>> include ${esc}\\b[^\\n]*\\n[\\s\\S]*?^# <<< include ${esc}\\n`, 'm');
  if (!block.test(script)) throw new Error(`the script has no "# >>> include ${name}" block`);
  return script.replace(block, () => (text.endsWith('\n') ? text : `${text}\n`));
}
