/**
 * `extra.paas` of composer.json (php.md §5): every key with its type, validated once
 * with the key path in the error (`extra.paas.php-config[2] must be a string`). Unknown
 * keys are warned about, not fatal: the platform may add keys before this engine knows
 * them. Paths are normalized here (relative, no `..` escape); whether they exist and
 * whether a symlink leads outside is checked against the app's files by the planner.
 */
import * as path from 'node:path';
import type { Problem } from '../errors/build-error.js';
import { phpErrors } from './errors.js';
import { checkAccessLogFormat, parseIniDirective } from './config-values.js';
import type { IncludeLists, IniPair } from './settings.js';

export interface PaasConfig extends IncludeLists {
  readonly documentRoot?: string;
  readonly indexDocument?: string;
  readonly framework?: string;
  readonly engines: { readonly php?: string; readonly nginx?: string; readonly composer?: string };
  readonly phpConfig: readonly IniPair[];
  readonly phpFpmConfig: readonly IniPair[];
  readonly nginxHttpIncludes: readonly string[];
  readonly logFiles: readonly string[];
  readonly compile: readonly string[];
  readonly accessLogFormat?: string;
  readonly agents: { readonly newRelic: boolean; readonly datadog: boolean; readonly scout: boolean };
}

export const EMPTY_PAAS: PaasConfig = Object.freeze({
  engines: {}, phpConfig: [], phpIncludes: [], phpFpmConfig: [], phpFpmIncludes: [],
  nginxIncludes: [], nginxHttpIncludes: [], logFiles: [], compile: [],
  agents: { newRelic: false, datadog: false, scout: false },
});

const PATH_LIST_KEYS = ['php-includes', 'php-fpm-includes', 'nginx-includes', 'nginx-http-includes', 'log-files'] as const;
const KNOWN_KEYS = new Set<string>([
  'document-root', 'index-document', 'framework', 'engines', 'php-config', 'php-fpm-config', 'compile',
  'access-log-format', 'new-relic', 'datadog', 'scout', ...PATH_LIST_KEYS,
]);
const ENGINE_KEYS = new Set(['php', 'nginx', 'composer']);

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return `the string ${JSON.stringify(v)}`;
  return `the ${typeof v} ${String(v)}`;
}

const field = (keyPath: string, expected: string, v: unknown) =>
  phpErrors.composerJsonField(keyPath, expected, describe(v));

/**
 * A path relative to the app root, normalized; '' is the app root itself (allowed only
 * where `allowRoot`, i.e. document-root).
 */
export function normalizeAppPath(keyPath: string, raw: string, allowRoot = false): string {
  if (raw.includes('\0') || /[\r\n]/.test(raw)) throw phpErrors.pathInvalid(keyPath, raw, 'contains a control character');
  const slashed = raw.trim().replace(/\\/g, '/');
  if (path.posix.isAbsolute(slashed)) throw phpErrors.pathInvalid(keyPath, raw, 'is an absolute path');
  const normal = path.posix.normalize(slashed === '' ? '.' : slashed).replace(/\/+$/, '');
  if (normal === '..' || normal.startsWith('../')) throw phpErrors.pathInvalid(keyPath, raw, 'leads outside the app');
  if (normal === '.' || normal === '') {
    if (allowRoot) return '';
    throw phpErrors.pathInvalid(keyPath, raw, 'names the app directory itself, not a file');
  }
  return normal;
}

function str(obj: Record<string, unknown>, key: string, where: string): string | undefined {
  const v = obj[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw field(`${where}.${key}`, 'a string', v);
  return v;
}

function strList(obj: Record<string, unknown>, key: string, where: string): string[] {
  const v = obj[key];
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw field(`${where}.${key}`, 'a list of strings', v);
  return v.map((item, i) => {
    if (typeof item !== 'string') throw field(`${where}.${key}[${i}]`, 'a string', item);
    return item;
  });
}

function bool(obj: Record<string, unknown>, key: string, where: string): boolean {
  const v = obj[key];
  if (v === undefined || v === null) return false;
  if (typeof v !== 'boolean') throw field(`${where}.${key}`, 'true or false', v);
  return v;
}

export function parsePaas(raw: unknown): { paas: PaasConfig; warnings: Problem[] } {
  const where = 'extra.paas';
  if (raw === undefined || raw === null) return { paas: EMPTY_PAAS, warnings: [] };
  if (typeof raw !== 'object' || Array.isArray(raw)) throw field(where, 'an object', raw);
  const obj = raw as Record<string, unknown>;
  const warnings: Problem[] = [];
  for (const key of Object.keys(obj)) {
    if (!KNOWN_KEYS.has(key)) {
      warnings.push({
        id: 'php/unknown-paas-key',
        message: `composer.json: ${where}.${key} is not a setting this engine knows; it is ignored. Check the spelling against the PHP documentation.`,
      });
    }
  }

  const engines: { php?: string; nginx?: string; composer?: string } = {};
  if (obj.engines !== undefined && obj.engines !== null) {
    if (typeof obj.engines !== 'object' || Array.isArray(obj.engines)) throw field(`${where}.engines`, 'an object', obj.engines);
    const e = obj.engines as Record<string, unknown>;
    for (const key of Object.keys(e)) {
      if (!ENGINE_KEYS.has(key)) {
        warnings.push({ id: 'php/unknown-paas-key', message: `composer.json: ${where}.engines.${key} is not an engine this engine installs (php, nginx, composer); it is ignored.` });
        continue;
      }
      engines[key as 'php'] = str(e, key, `${where}.engines`);
    }
  }

  const documentRootRaw = str(obj, 'document-root', where);
  const indexDocument = str(obj, 'index-document', where);
  if (indexDocument !== undefined && (indexDocument.trim() === '' || /[\s;{}"'\\]/.test(indexDocument))) {
    throw field(`${where}.index-document`, 'a file name without spaces, quotes, braces or semicolons (e.g. "index.php")', indexDocument);
  }
  const framework = str(obj, 'framework', where);
  // conf.d names php-includes 90-include-00… to 90-include-99…, in order.
  const phpIncludeCount = Array.isArray(obj['php-includes']) ? obj['php-includes'].length : 0;
  if (phpIncludeCount > 100) throw phpErrors.composerJsonField(`${where}.php-includes`, 'a list of at most 100 files', `a list of ${phpIncludeCount}`);
  const paths = Object.fromEntries(
    PATH_LIST_KEYS.map((key) => [key, strList(obj, key, where).map((p, i) => normalizeAppPath(`${where}.${key}[${i}]`, p))]),
  ) as Record<(typeof PATH_LIST_KEYS)[number], string[]>;
  const accessLogFormatRaw = str(obj, 'access-log-format', where);

  return {
    paas: {
      documentRoot: documentRootRaw === undefined ? undefined : normalizeAppPath(`${where}.document-root`, documentRootRaw, true),
      indexDocument: indexDocument?.trim(),
      framework: framework?.trim() || undefined,
      engines,
      phpConfig: strList(obj, 'php-config', where).map((l, i) => parseIniDirective(l, `${where}.php-config[${i}]`, 'php')),
      phpFpmConfig: strList(obj, 'php-fpm-config', where).map((l, i) => parseIniDirective(l, `${where}.php-fpm-config[${i}]`, 'fpm')),
      phpIncludes: paths['php-includes'],
      phpFpmIncludes: paths['php-fpm-includes'],
      nginxIncludes: paths['nginx-includes'],
      nginxHttpIncludes: paths['nginx-http-includes'],
      logFiles: paths['log-files'],
      compile: strList(obj, 'compile', where).filter((c) => c.trim() !== ''),
      accessLogFormat:
        accessLogFormatRaw === undefined || accessLogFormatRaw.trim() === ''
          ? undefined
          : checkAccessLogFormat(accessLogFormatRaw, `${where}.access-log-format in composer.json`),
      agents: { newRelic: bool(obj, 'new-relic', where), datadog: bool(obj, 'datadog', where), scout: bool(obj, 'scout', where) },
    },
    warnings,
  };
}
