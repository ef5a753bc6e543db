/**
 * Validators for the values of composer.json's extra.paas that end up inside generated
 * configs (php.md §5): php-config / php-fpm-config lines and access-log-format. The
 * composer.json parser calls them once, at the edge; the renderers then trust the result.
 *
 * Why values are checked this closely: PHP's ini parser (php.ini and php-fpm.conf alike)
 * reads an unquoted value its own way — `;` starts a comment, `&|^~!()` are operators,
 * `"` and `'` open strings, a trailing `$` swallows the line break, `x yes` is a syntax
 * error, `x E_ALL` reads `x 32767` — and on a syntax error
 * it ignores every line after it. Each value is therefore kept as written only when PHP
 * reads it as written; a literal string with special characters is rewritten as an
 * equivalent double-quoted string; anything still ambiguous is refused.
 */
import { BuildError } from '../errors/build-error.js';
import { describeChar } from '../config-text/escape.js';
import { containsPlaceholderToken } from '../config-text/placeholders.js';
// Moved to the neutral config-text module; re-exported for callers of this one.
export { unquoteIniValue } from '../config-text/ini.js';
import type { IniPair } from './settings.js';

export type IniKind = 'php' | 'fpm';

/**
 * php-fpm-config keys refused because the boot script depends on them: FPM must stay in
 * the foreground, write its pid and listen where nginx and the boot script expect; an
 * `include` belongs in php-fpm-includes, whose paths are checked to stay inside the app.
 */
export const FPM_RESERVED_KEYS: ReadonlySet<string> = new Set(['daemonize', 'pid', 'listen', 'include']);

const KEY = { php: /^[A-Za-z0-9_.-]+$/, fpm: /^[A-Za-z0-9_.-]+(?:\[[A-Za-z0-9_.-]+\])?$/ } as const;
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f]/; // tab is allowed: PHP keeps it
const ENV_REF = /\$\{[A-Za-z_][A-Za-z0-9_]*\}/y;

function invalidDirective(where: string, kind: IniKind, raw: string, problem: string, fix: string): BuildError {
  return new BuildError(
    'php/invalid-ini-directive',
    `${where} is not a valid ${kind === 'php' ? 'php.ini' : 'PHP-FPM'} directive`,
    `${JSON.stringify(raw)} ${problem}.\nEach entry becomes one "key = value" line of ` +
      `${kind === 'php' ? 'php.ini' : 'php-fpm.conf'}, read by PHP's ini parser.\n${fix}`,
  );
}

export function parseIniDirective(raw: string, where: string, kind: IniKind): IniPair {
  const fail = (problem: string, fix: string) => invalidDirective(where, kind, raw, problem, fix);
  const example = kind === 'php' ? 'memory_limit=256M' : 'php_value[memory_limit]=256M';
  const ctl = CONTROL.exec(raw);
  if (ctl) throw fail(`contains ${describeChar(ctl[0])}`, 'Write one directive per array entry, on a single line.');
  if (containsPlaceholderToken(raw)) {
    throw fail('contains a boot-time placeholder (@NAME@)', 'These are reserved for the generated configuration; remove it.');
  }
  const eq = raw.indexOf('=');
  if (eq < 0) throw fail('has no "="', `Write it as key=value, e.g. ${example}.`);
  const key = raw.slice(0, eq).trim();
  if (key === '') throw fail('has an empty key', `Write it as key=value, e.g. ${example}.`);
  if (!KEY[kind].test(key)) {
    const bad = [...key].find((c) => !/[A-Za-z0-9_.-]/.test(c) && !(kind === 'fpm' && /[[\]]/.test(c)));
    throw fail(
      bad ? `has ${describeChar(bad)} in its key` : `has a malformed key ${JSON.stringify(key)}`,
      kind === 'php'
        ? 'php.ini keys are made of letters, digits and _ . - only.'
        : 'PHP-FPM keys are made of letters, digits and _ . -, with an optional [name] suffix (php_value[name]).',
    );
  }
  if (kind === 'fpm' && FPM_RESERVED_KEYS.has(key)) {
    throw fail(
      `sets ${key}, which the platform manages`,
      key === 'include'
        ? 'List the file in extra.paas.php-fpm-includes instead.'
        : 'Remove it: PHP-FPM must run in the foreground, with the pid file and socket the boot script expects.',
    );
  }
  const value = normalizeIniValue(raw.slice(eq + 1).trim());
  if ('problem' in value) throw fail(value.problem, value.fix);
  return { key, value: value.text };
}

type Normalized = { text: string } | { problem: string; fix: string };

const QUOTE_FIX = 'Quote the whole value (key="…", with \\" and \\\\ inside) to make it a literal string.';

/** The ini source text for a value, such that PHP reads what the user meant. */
function normalizeIniValue(v: string): Normalized {
  if (/^'[^']*'$/.test(v)) return { text: v }; // single-quoted: raw, read as written
  if (/^"(?:[^"\\]|\\[\s\S])*"$/.test(v)) {
    const bad = badEnvReference(v.slice(1, -1), true);
    return bad ? envProblem(bad) : { text: v };
  }
  if (/^[A-Z0-9_\s&|^~!()]+$/.test(v) && /[&|^~!()]/.test(v)) {
    return isConstantExpression(v)
      ? { text: v }
      : { problem: 'is not a constant expression PHP can parse (like E_ALL & ~E_NOTICE)', fix: QUOTE_FIX };
  }
  const bad = badEnvReference(v, false);
  if (bad) return envProblem(bad);
  // Unquoted, a lone word is read as written (or as the boolean or constant it names, as
  // php.ini users expect). Between other words, a keyword (on, yes, none, …) is a syntax
  // error and a constant name is substituted: a value with spaces is always a string.
  const withoutRefs = v.replace(new RegExp(ENV_REF.source, 'g'), '');
  if (!/[;="'!~&|^()$\s]/.test(withoutRefs)) return { text: v };
  return { text: quoteIniString(v) };
}

function envProblem(ref: string): Normalized {
  return {
    problem: `has ${JSON.stringify(ref)}, which is not an environment variable reference PHP can expand`,
    fix: 'Reference a variable as ${NAME}; for a literal "${", write the value in double quotes with \\${.',
  };
}

/** The first `${…` that is not `${NAME}` (skipping `\x` escapes inside double quotes). */
function badEnvReference(s: string, quoted: boolean): string | undefined {
  for (let i = 0; i < s.length; i++) {
    if (quoted && s[i] === '\\') i++;
    else if (s.startsWith('${', i)) {
      ENV_REF.lastIndex = i;
      if (!ENV_REF.test(s)) return s.slice(i, i + 12);
    }
  }
  return undefined;
}

/** A literal string as a double-quoted ini string; `${NAME}` references still expand. */
function quoteIniString(v: string): string {
  let out = '';
  for (let i = 0; i < v.length; i++) {
    ENV_REF.lastIndex = i;
    const ref = ENV_REF.exec(v);
    if (ref) {
      out += ref[0];
      i += ref[0].length - 1;
    } else {
      const c = v[i]!;
      out += c === '\\' || c === '"' || c === '$' ? `\\${c}` : c;
    }
  }
  return `"${out}"`;
}

/** expr := unary (('&'|'|'|'^') unary)*; unary := ('~'|'!')* (CONST | NUMBER | '(' expr ')') */
function isConstantExpression(v: string): boolean {
  const tokens = v.match(/[A-Z_][A-Z0-9_]*|\d+|[&|^~!()]|\S/g) ?? [];
  let pos = 0;
  const unary = (): boolean => {
    while (tokens[pos] === '~' || tokens[pos] === '!') pos++;
    const t = tokens[pos++];
    if (t === '(') return expr() && tokens[pos++] === ')';
    return t !== undefined && /^(?:[A-Z_][A-Z0-9_]*|\d+)$/.test(t);
  };
  const expr = (): boolean => {
    if (!unary()) return false;
    while (tokens[pos] === '&' || tokens[pos] === '|' || tokens[pos] === '^') {
      pos++;
      if (!unary()) return false;
    }
    return true;
  };
  return expr() && pos === tokens.length;
}

/**
 * An access log format (extra.paas.access-log-format or ACCESS_LOG_FORMAT), written as one
 * quoted nginx string. Double quotes are allowed (the documented default has them; they
 * are escaped); the characters refused here would need escapes users do not expect
 * (`\`, `'`) or are nginx syntax (`{` `}` `;`). Brace-delimited `${var}` is therefore
 * refused too: `$var` followed by a space or punctuation means the same.
 */
export function checkAccessLogFormat(fmt: string, source: string): string {
  const fail = (what: string, fix: string) =>
    new BuildError(
      'php/invalid-access-log-format',
      `The access log format from ${source} contains ${what}`,
      `${JSON.stringify(fmt)} is written into the nginx configuration, where ${what} could end the ` +
        `log_format directive or add another one, so the build stops.\n${fix}`,
    );
  const ctl = /[\u0000-\u001f\u007f]/.exec(fmt);
  if (ctl) throw fail(describeChar(ctl[0]), 'Write the format on a single line.');
  if (containsPlaceholderToken(fmt)) throw fail('a boot-time placeholder (@NAME@)', 'Remove it.');
  const bad = /['{};\\]/.exec(fmt);
  if (bad) {
    const c = bad[0];
    throw fail(
      describeChar(c),
      c === '{' || c === '}'
        ? 'Write variables as $name (not ${name}), followed by a space or punctuation.'
        : `Remove it; use nginx variables, spaces, punctuation and double quotes, e.g. the default:\n` +
          `  $http_x_forwarded_for - "$request" $status $body_bytes_sent "$http_referer" "$http_user_agent"`,
    );
  }
  return fmt;
}
