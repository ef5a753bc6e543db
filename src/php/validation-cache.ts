/**
 * Build-time config validation (`nginx -t`, `php-fpm -t`, `php`) skipped on a rebuild
 * whose inputs are byte-identical to a build that passed (three process starts,
 * ~0.1 s of a warm PHP build). Pure decisions; validate-configs.ts runs the validators
 * and keeps the record in CACHE_DIR.
 *
 * A validator's verdict depends on what it reads, so the key holds all of it: the
 * rendered config texts (templates, as shipped in the slug) and the values they are
 * filled with, where the build's paths count by length only (BUILD_DIR and the temp dir
 * differ on every build; nginx refuses a too long socket path, the characters are
 * checked before anything runs); the argv and env with those paths tokenized; the
 * identity of the binaries (the checksum of the verified artifact they were restored
 * or extracted from, which covers their extensions and mime.types too); the stack;
 * the bytes of every app file the configs include. A file an include names in turn
 * (a nested include, a certificate, an extension) is not part of the key, so a config
 * of the app that may name one is never skipped: `uncacheableBecause` says why. Only
 * passes are recorded; a corrupt or foreign record is no record.
 */
import { createHash } from 'node:crypto';
import { tokenizeNginx } from '../nginx-config/includes.js';
import type { IniPair } from './settings.js';

export type Validator = 'nginx' | 'php-fpm' | 'php';

export interface ValidationInputs {
  readonly validator: Validator;
  /** argv and env with the build's paths tokenized (tokenizePaths). */
  readonly argv: readonly string[];
  readonly env: Readonly<Record<string, string>>;
  /** Checksum of the artifact the binary comes from. */
  readonly binary: string;
  readonly stack: string;
  /** Config texts the validator reads, by name (templates and conf.d files). */
  readonly texts: Readonly<Record<string, string>>;
  /** The placeholder values, paths as lengths (placeholderKey). */
  readonly values: Readonly<Record<string, string | number | boolean>>;
  /** sha256 of each app file the configs include, by its path in the app. */
  readonly includes: Readonly<Record<string, string>>;
}

/** Replaces the build's own paths (longest first) by tokens: the key must not change with them. */
export function tokenizePaths(text: string, paths: Readonly<Record<string, string>>): string {
  let out = text;
  for (const [token, p] of Object.entries(paths).sort((a, b) => b[1].length - a[1].length)) {
    if (p) out = out.split(p).join(`@${token}@`);
  }
  return out;
}

/** Stable JSON (sorted keys) so that the same inputs always give the same key. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

export function validationKey(inputs: ValidationInputs): string {
  return createHash('sha256').update(canonical({ format: RECORD_FORMAT, ...inputs })).digest('hex');
}

/** Bumped when what counts as a pass changes (Check.accepts in validate-configs.ts): older passes then rerun. */
const RECORD_FORMAT = 1;

/** The keys that passed, by validator (one each: the last build's). */
export type PassRecord = Readonly<Partial<Record<Validator, string>>>;

const VALIDATORS: readonly Validator[] = ['nginx', 'php-fpm', 'php'];

/** The record file's text → its passes; anything unreadable is an empty record (everything reruns). */
export function parsePassRecord(text: string | undefined): PassRecord {
  if (text === undefined) return {};
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return {};
  }
  const d = doc as { format?: unknown; passed?: unknown } | null;
  if (!d || typeof d !== 'object' || d.format !== RECORD_FORMAT || !d.passed || typeof d.passed !== 'object') return {};
  const out: Partial<Record<Validator, string>> = {};
  for (const v of VALIDATORS) {
    const key = (d.passed as Record<string, unknown>)[v];
    if (typeof key === 'string' && /^[0-9a-f]{64}$/.test(key)) out[v] = key;
  }
  return out;
}

/** The record after `passed` validators passed with `keys` (the others keep their previous pass). */
export function renderPassRecord(previous: PassRecord, keys: Readonly<Partial<Record<Validator, string>>>, passed: readonly Validator[]): string {
  const next: Partial<Record<Validator, string>> = { ...previous };
  for (const v of passed) if (keys[v] !== undefined) next[v] = keys[v];
  return JSON.stringify({ format: RECORD_FORMAT, passed: next }) + '\n';
}

/** Whether a validator runs: it does unless its key is the recorded pass. `key` undefined: not cacheable. */
export function mustRun(record: PassRecord, validator: Validator, key: string | undefined): boolean {
  return key === undefined || record[validator] !== key;
}

/**
 * nginx directives that read (or create) another file when the config is loaded:
 * includes, certificates, modules, logs, temp paths, scripting modules.
 */
const NGINX_FILE_DIRECTIVE = /^(include|load_module)$|ssl_|_file$|_path$|_log$|^(geoip2?|xslt|js|perl|lua)_/;

/** The first directive of an nginx include that may name another file, if any. */
export function nginxNamesOtherFile(text: string): string | undefined {
  let start = true;
  for (const t of tokenizeNginx(text)) {
    if (t.special) {
      start = true;
      continue;
    }
    if (start && NGINX_FILE_DIRECTIVE.test(t.text)) return t.text;
    start = false;
  }
  return undefined;
}

/**
 * ini keys that may make PHP or PHP-FPM read another file, or a directory, at start-up
 * (extensions, preload, browscap, logs, includes, users and sockets of FPM); broad on purpose.
 */
const INI_FILE_KEY = /include|extension|preload|file|log|browscap|dir|path|root|user|group|listen|prefix|pid|chroot|chdir/i;

/** The first ini setting that may name another file (or read the environment: `${VAR}`), if any. */
export function iniNamesOtherFile(pairs: readonly IniPair[]): string | undefined {
  return pairs.find((p) => INI_FILE_KEY.test(p.key) || p.value.includes('${'))?.key;
}

/** ini text → its `key = value` pairs (sections and comments skipped): enough for iniNamesOtherFile. */
export function iniPairs(text: string): IniPair[] {
  const out: IniPair[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith(';') || line.startsWith('#') || line.startsWith('[')) continue;
    const eq = line.indexOf('=');
    // A line without `=` is a flag or garbage: PHP decides; count it as naming a file.
    if (eq < 0) out.push({ key: `include ${line}`, value: '' });
    else out.push({ key: line.slice(0, eq).trim(), value: line.slice(eq + 1).trim() });
  }
  return out;
}

/** What the app adds to the configs: its settings, and the text of each include (undefined: unreadable). */
export interface AppConfigParts {
  readonly phpConfig: readonly IniPair[];
  readonly phpFpmConfig: readonly IniPair[];
  readonly phpIncludes: readonly string[];
  readonly phpFpmIncludes: readonly string[];
  readonly nginxIncludes: readonly string[];
  readonly nginxHttpIncludes: readonly string[];
  readonly includeTexts: Readonly<Record<string, string | undefined>>;
}

/** Why a validator cannot be skipped whatever the record says, by validator. */
export function uncacheableBecause(app: AppConfigParts): Partial<Record<Validator, string>> {
  const out: Partial<Record<Validator, string>> = {};
  const unreadable = (rels: readonly string[]) => rels.find((r) => app.includeTexts[r] === undefined);
  const nginxFiles = [...app.nginxHttpIncludes, ...app.nginxIncludes];
  const nginxBad = unreadable(nginxFiles);
  if (nginxBad !== undefined) out.nginx = `${nginxBad} could not be read`;
  else {
    for (const rel of nginxFiles) {
      const d = nginxNamesOtherFile(app.includeTexts[rel]!);
      if (d !== undefined) {
        out.nginx = `${rel} has ${d}, which may name another file`;
        break;
      }
    }
  }
  const phpBad = unreadable(app.phpIncludes);
  let php: string | undefined = phpBad === undefined ? undefined : `${phpBad} could not be read`;
  const configKey = iniNamesOtherFile(app.phpConfig);
  if (php === undefined && configKey !== undefined) php = `extra.paas.php-config sets ${configKey}, which may name another file`;
  for (const rel of app.phpIncludes) {
    if (php !== undefined) break;
    const k = iniNamesOtherFile(iniPairs(app.includeTexts[rel]!));
    if (k !== undefined) php = `${rel} sets ${k}, which may name another file`;
  }
  if (php !== undefined) {
    out.php = php;
    out['php-fpm'] = php;
  } else if (app.phpFpmIncludes.length) {
    out['php-fpm'] = 'the app has php-fpm-includes';
  } else {
    const k = iniNamesOtherFile(app.phpFpmConfig);
    if (k !== undefined) out['php-fpm'] = `extra.paas.php-fpm-config sets ${k}, which may name another file`;
  }
  return out;
}
