/** Procfile: `name: command` lines. Pure. */
import { engineErrors } from '../errors/catalog.js';
import { escapeControls } from '../log/build-log.js';

/**
 * One entry: a process name, a colon, the command (spaces and tabs around it trimmed).
 * The command is everything else on the line, whatever its characters: JavaScript's `.`
 * stops at U+2028 and U+2029, which the platform's line-based reading keeps in the
 * command, hence `[^]`.
 */
const ENTRY = /^([A-Za-z0-9_-]+):[ \t]*([^]*?)[ \t]*$/;

/**
 * The process types of a Procfile, read by lines as the platform does: lines end at
 * `\n` (a `\r` before it is dropped), blank lines and `#` comments are skipped. Any other
 * line that is not a `name: command` entry is an error naming it (engine/procfile-invalid),
 * never a process silently lost (a dropped `web:` line would start the app with another
 * command). The first entry of a name wins.
 */
export function parseProcfile(text: string): Record<string, string> {
  const out = new Map<string, string>();
  const lines = text.split('\n');
  for (const [i, raw] of lines.entries()) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const m = ENTRY.exec(line);
    const shown = escapeControls(line.length > 200 ? `${line.slice(0, 200)}…` : line);
    if (!m) {
      const colon = line.indexOf(':');
      throw engineErrors.procfileInvalid(i + 1, shown, colon < 0
        ? 'it has no `name:` in front of a command'
        : `\`${escapeControls(line.slice(0, Math.min(colon, 60)))}\` is not a process name (letters, digits, \`_\` and \`-\`, at the start of the line)`);
    }
    if (m[2] === '') throw engineErrors.procfileInvalid(i + 1, shown, `process \`${m[1]}\` has no command`);
    if (!out.has(m[1]!)) out.set(m[1]!, m[2]!);
  }
  return Object.fromEntries(out);
}

/**
 * A YAML double-quoted scalar: JSON's escapes are YAML's, and the characters YAML reads
 * as line breaks or cannot carry raw (NEL, U+2028, U+2029, DEL and the C1 controls, a
 * BOM), which JSON leaves as they are, are written as `\uXXXX` too.
 */
function yamlQuote(value: string): string {
  return JSON.stringify(value).replace(/[\u007f-\u009f\u2028\u2029\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The YAML bin/release prints. Commands are quoted so any character survives. */
export function renderReleaseYaml(processTypes: Readonly<Record<string, string>>, configVars: Readonly<Record<string, string>> = {}): string {
  const lines = ['---', 'addons: []'];
  const vars = Object.entries(configVars);
  if (vars.length) {
    lines.push('config_vars:');
    for (const [k, v] of vars) lines.push(`  ${k}: ${yamlQuote(v)}`);
  }
  const types = Object.entries(processTypes);
  if (types.length) {
    lines.push('default_process_types:');
    for (const [k, v] of types) lines.push(`  ${k}: ${yamlQuote(v)}`);
  } else {
    lines.push('default_process_types: {}');
  }
  return lines.join('\n') + '\n';
}
