/**
 * The one place where a value that comes from the app (composer.json extra.paas, config
 * vars) becomes text inside a generated config: nginx.conf, and the paths php-fpm.conf
 * includes. Each value is quoted with the target syntax's string rules, after refusing
 * what quoting cannot make safe, so a value can never end its directive, open or close a
 * block, or carry a directive of its own.
 *
 * Invariant: every function here returns a single-line token, or throws
 * php/unsafe-config-value naming the setting and the character.
 */
import { BuildError } from '../errors/build-error.js';
import { containsPlaceholderToken } from './placeholders.js';

/** How an offending character is named in messages: visible characters quoted, others by name. */
export function describeChar(c: string): string {
  const named: Record<string, string> = { '\n': 'a newline', '\r': 'a carriage return', '\t': 'a tab', '\0': 'a NUL byte', ' ': 'a space' };
  if (named[c]) return named[c];
  const code = c.codePointAt(0) ?? 0;
  if (code < 0x20 || code === 0x7f) return `the control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return `"${c}"`;
}

export function unsafeConfigValue(setting: string, value: string, what: string, fix: string): BuildError {
  return new BuildError(
    'php/unsafe-config-value',
    `${setting} contains ${what}`,
    `The value ${JSON.stringify(value)} would be written into the generated nginx or PHP-FPM configuration, ` +
      `where ${what} could end the directive or inject another one, so the build stops instead.\n${fix}`,
  );
}

const CONTROL = /[\u0000-\u001f\u007f]/;

function refuseControlAndPlaceholders(setting: string, value: string): void {
  const ctl = CONTROL.exec(value);
  if (ctl) throw unsafeConfigValue(setting, value, describeChar(ctl[0]), 'Remove it: the value must be a single line.');
  if (containsPlaceholderToken(value)) {
    throw unsafeConfigValue(setting, value, 'a boot-time placeholder (@NAME@)', 'Rename the file or value so it has no @WORD@ sequence.');
  }
}

/**
 * Characters refused in paths written into any config: quotes and backslashes (string
 * syntax), `$` (nginx variables, php ini `${ENV}` expansion), `;` `{` `}` (nginx
 * structure), and `* ? [ ]` (both nginx `include` and php-fpm `include` treat a path with
 * them as a glob, which could pull in other files).
 */
const PATH_UNSAFE = /["'\\$;{}*?[\]]/;

export function checkConfigPath(setting: string, value: string): string {
  refuseControlAndPlaceholders(setting, value);
  const bad = PATH_UNSAFE.exec(value);
  if (bad) {
    throw unsafeConfigValue(
      setting, value, describeChar(bad[0]),
      'Rename the file or directory with letters, digits and . _ - / only, and update the setting.',
    );
  }
  return value;
}

const quote = (value: string) => `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;

/**
 * An nginx double-quoted string. nginx unescapes \" and \\ inside quotes; `$` keeps its
 * meaning (variables), which is wanted for log formats and refused for paths upstream.
 */
export function nginxQuote(setting: string, value: string): string {
  refuseControlAndPlaceholders(setting, value);
  return quote(value);
}

/** A path inside the app, as a quoted nginx argument: `"@APP_DIR@/<rel>"`. */
export function nginxAppPath(setting: string, rel: string): string {
  checkConfigPath(setting, rel);
  return quote(rel === '' ? '@APP_DIR@' : `@APP_DIR@/${rel}`);
}

/**
 * A path inside the app, as a php ini / php-fpm value. With the characters above refused,
 * a double-quoted ini string needs no escapes (`\` `"` `$` are the only special ones).
 */
export function iniAppPath(setting: string, rel: string): string {
  checkConfigPath(setting, rel);
  return `"@APP_DIR@/${rel}"`;
}
