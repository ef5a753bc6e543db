/**
 * PHP's `memory_limit` as the app will run with it (php.md §8): the layers of PHP
 * configuration are read in the order PHP applies them and the last value wins. The
 * result sizes PHP-FPM (WEB_CONCURRENCY = floor(memory / memory_limit) + 2, computed at
 * boot), so an unreadable value is a build error rather than a silent default.
 *
 * Pure: callers read the files and pass their text.
 */
import { BuildError, type Problem } from '../errors/build-error.js';
import type { IniPair } from './settings.js';

/** The result of reading one ini size, as PHP would (see `parseIniSize`). */
export type IniSize = { readonly kind: 'bytes'; readonly bytes: number } | { readonly kind: 'unlimited' } | { readonly kind: 'invalid' };

/** A usable memory_limit: a number of bytes, or -1 (no limit). */
export type MemoryLimitValue = { readonly bytes: number } | 'unlimited';

export interface MemoryLimit {
  readonly value: MemoryLimitValue;
  /** Where the winning value comes from, e.g. 'php.ini defaults', 'public/.user.ini'. */
  readonly source: string;
}

/**
 * One layer of PHP configuration, in the order PHP applies them: the generated php.ini
 * defaults, the extra.paas.php-config pairs, the extra.paas.php-includes files, the
 * document root's `.user.ini`. A layer gives the text of an ini file, or key=value pairs
 * (already split), or both (text first).
 */
export interface MemoryLimitLayer {
  /** Names the layer in messages: 'php.ini defaults', 'extra.paas.php-config in composer.json', a file path. */
  readonly source: string;
  readonly text?: string;
  readonly pairs?: readonly IniPair[];
}

/** PHP's compiled-in default, in effect when no layer sets memory_limit. */
export const PHP_BUILTIN_MEMORY_LIMIT: MemoryLimit = Object.freeze({
  value: Object.freeze({ bytes: 128 * 1024 * 1024 }),
  source: "PHP's built-in default",
});

/**
 * The smallest limit PHP accepts: it refuses (with a startup warning, then ignores) a
 * limit below the memory it already uses, and its allocator starts with one 2 MB chunk.
 */
export const MIN_MEMORY_LIMIT_BYTES = 2 * 1024 * 1024;

const MULTIPLIERS: Readonly<Record<string, bigint>> = { k: 1024n, m: 1024n ** 2n, g: 1024n ** 3n };

/**
 * Reads an ini size the way PHP ≥ 8.2 does (zend_ini_parse_quantity), minus the values
 * PHP only accepts with a "for backwards compatibility" warning:
 *
 * - surrounding whitespace is ignored (PHP trims it too);
 * - an integer, optionally signed with `+`, in decimal (leading zeros are still
 *   decimal) or with a `0x`/`0o`/`0b` prefix, followed by at most one K, M or G
 *   (any case) immediately after the digits;
 * - `-1` is "no limit"; any other negative number, and anything else (`256 M`, `1.5G`,
 *   `256MB`, `off`, `${VAR}`, quotes — the ini layer removes quotes before this),
 *   is invalid;
 * - a size beyond 2^53 bytes (not exact in a JS number; PHP overflows near 2^63) is
 *   invalid.
 */
export function parseIniSize(text: string): IniSize {
  const t = text.trim();
  if (/^-0*1$/.test(t)) return { kind: 'unlimited' };
  const m = /^\+?(?:0[xX]([0-9a-fA-F]+)|0[oO]([0-7]+)|0[bB]([01]+)|([0-9]+))([kKmMgG]?)$/.exec(t);
  if (m === null) return { kind: 'invalid' };
  const [, hex, oct, bin, dec, suffix = ''] = m;
  const digits = hex !== undefined ? `0x${hex}` : oct !== undefined ? `0o${oct}` : bin !== undefined ? `0b${bin}` : (dec ?? '');
  const bytes = BigInt(digits) * (MULTIPLIERS[suffix.toLowerCase()] ?? 1n);
  if (bytes > BigInt(Number.MAX_SAFE_INTEGER)) return { kind: 'invalid' };
  return { kind: 'bytes', bytes: Number(bytes) };
}

/** A setting found in ini text: its value with ini quoting removed, and its 1-based line. */
export interface IniSetting {
  readonly value: string;
  readonly line: number;
}

/**
 * Every assignment of `key` in ini text that applies to the whole of PHP, in order.
 *
 * Just enough of PHP's ini syntax for one scalar key: `;` comments (whole line or after
 * an unquoted value), `[sections]` — values under `[PATH=…]` / `[HOST=…]` apply to some
 * requests only and are skipped —, "double-quoted" values (backslash escapes, may span
 * lines, so a quoted value of another key never reads as an assignment),
 * 'single-quoted' values (raw), unquoted values up to a `;`, trimmed. Keys are
 * case-sensitive, as in PHP. A value made of a quoted string followed by more text (ini
 * concatenation) is returned as written, which the size parser then rejects.
 *
 * Not the `ini` npm package: it reads `#` inside a value as a comment (PHP 7+ does not),
 * ends a double-quoted value at the line break (so a later line inside it reads as an
 * assignment), turns true/false into booleans, keeps only the last value of a key and
 * no line numbers (the messages cite file:line).
 */
export function findIniSettings(text: string, key: string): IniSetting[] {
  const lines = text.split(/\r\n|\n|\r/);
  const found: IniSetting[] = [];
  let conditional = false;
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const line = (lines[i] ?? '').trimStart();
    if (line === '' || line.startsWith(';') || line.startsWith('#')) continue;
    if (line.startsWith('[')) {
      const close = line.indexOf(']');
      const name = (close === -1 ? line.slice(1) : line.slice(1, close)).trim();
      conditional = /^(PATH|HOST)=/i.test(name);
      continue;
    }
    const eq = line.indexOf('=');
    if (eq === -1) continue;
    const name = line.slice(0, eq).trim();
    let raw = line.slice(eq + 1).trimStart();
    let value: string;
    const quote = raw[0];
    if (quote === '"' || quote === "'") {
      // Read the quoted string, across lines when it is not closed on this one.
      let out = '';
      let pos = 1;
      let closed = false;
      while (!closed) {
        if (pos >= raw.length) {
          if (i + 1 >= lines.length) break;
          i++;
          raw += `\n${lines[i] ?? ''}`;
        }
        const c = raw[pos] ?? '';
        if (c === quote) closed = true;
        else if (quote === '"' && c === '\\' && pos + 1 < raw.length) out += raw[++pos] ?? '';
        else out += c;
        pos++;
      }
      const after = raw.slice(pos).trim();
      // Anything but a comment after the closing quote is ini concatenation (or an
      // unclosed quote): keep the value as written, the size parser rejects it.
      value = closed && (after === '' || after.startsWith(';')) ? out : raw.trim();
    } else {
      const semi = raw.indexOf(';');
      value = (semi === -1 ? raw : raw.slice(0, semi)).trim();
    }
    if (name === key && !conditional) found.push({ value, line: lineNo });
  }
  return found;
}

/**
 * A php-config pair's value as PHP will read it once written into php.ini: quotes
 * removed the same way as in a file.
 */
function pairValue(value: string): string {
  const settings = findIniSettings(`v = ${value}`, 'v');
  return settings[0]?.value ?? value.trim();
}

/**
 * The memory_limit in effect: the last assignment across the layers, in order. Throws
 * `php/invalid-memory-limit` when that value is not a size PHP reads (or is below what
 * PHP accepts). Earlier, overridden assignments are not checked: PHP never applies them.
 */
export function determineMemoryLimit(layers: readonly MemoryLimitLayer[]): MemoryLimit {
  let last: { raw: string; where: string; source: string } | undefined;
  for (const layer of layers) {
    if (layer.text !== undefined) {
      for (const s of findIniSettings(layer.text, 'memory_limit')) {
        last = { raw: s.value, where: `${layer.source}, line ${s.line}`, source: layer.source };
      }
    }
    for (const [index, pair] of (layer.pairs ?? []).entries()) {
      if (pair.key.trim() !== 'memory_limit') continue;
      last = { raw: pairValue(pair.value), where: `${layer.source}, entry ${index + 1}`, source: layer.source };
    }
  }
  if (last === undefined) return PHP_BUILTIN_MEMORY_LIMIT;

  const size = parseIniSize(last.raw);
  if (size.kind === 'invalid') throw memoryLimitErrors.invalid(last.raw, last.where);
  if (size.kind === 'unlimited') return { value: 'unlimited', source: last.source };
  if (size.bytes < MIN_MEMORY_LIMIT_BYTES) throw memoryLimitErrors.tooSmall(last.raw, last.where);
  return { value: { bytes: size.bytes }, source: last.source };
}

/** Policy findings about a memory_limit; the caller logs them as warnings. */
export function checkMemoryLimit(limit: MemoryLimit): Problem[] {
  if (limit.value !== 'unlimited') return [];
  return [
    {
      id: 'php/memory-limit-unlimited',
      message:
        `memory_limit is -1 (no limit) in ${limit.source}: a single PHP request can use all the ` +
        "container's memory, and WEB_CONCURRENCY cannot be derived from it, so PHP-FPM runs 3 " +
        'workers. Set a limit (e.g. memory_limit=256M in extra.paas.php-config of composer.json) ' +
        'or set WEB_CONCURRENCY.',
    },
  ];
}

/** The value in ini notation, for messages: `196M`, `1G`, `1536K`, `1000000`, `-1`. */
export function formatIniSize(value: MemoryLimitValue): string {
  if (value === 'unlimited') return '-1';
  for (const [suffix, factor] of [
    ['G', 1024 ** 3],
    ['M', 1024 ** 2],
    ['K', 1024],
  ] as const) {
    if (value.bytes >= factor && value.bytes % factor === 0) return `${value.bytes / factor}${suffix}`;
  }
  return String(value.bytes);
}

const FIX =
  'Where it is set, write memory_limit as a whole number of bytes with an optional K, M or G ' +
  'suffix, e.g. memory_limit=256M, or -1 for no limit.';

const WHY =
  'memory_limit caps the memory of each PHP request, and the number of PHP-FPM workers ' +
  '(WEB_CONCURRENCY) is computed from it at boot, so the build stops rather than guess.';

export const memoryLimitErrors = {
  invalid: (raw: string, where: string) =>
    new BuildError(
      'php/invalid-memory-limit',
      `memory_limit ${JSON.stringify(raw)} is not a size PHP can read`,
      `${where} sets memory_limit to ${JSON.stringify(raw)}.\n${WHY}\n${FIX}` +
        (raw.includes('${') ? '\nA value taken from an environment variable (${…}) is only known at run time: write the number itself.' : ''),
    ),
  tooSmall: (raw: string, where: string) =>
    new BuildError(
      'php/invalid-memory-limit',
      `memory_limit ${JSON.stringify(raw)} is too small for PHP to start`,
      `${where} sets memory_limit to ${JSON.stringify(raw)}, less than 2M: PHP uses more than ` +
        'that before running any code, so it would refuse the limit at startup.\n' +
        `${WHY}\n${FIX}`,
    ),
};
