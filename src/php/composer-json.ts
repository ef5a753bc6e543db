/**
 * composer.json and composer.lock, parsed once at the edge into readonly values
 * (STYLE.md §5). Only what the build decides on is kept; `extra.paas` stays raw here
 * and is validated by paas.ts with key paths in its errors.
 */
import { phpErrors } from './errors.js';

export interface ComposerJson {
  readonly require: Readonly<Record<string, string>>;
  readonly requireDev: Readonly<Record<string, string>>;
  /** config.platform.php: the PHP version Composer resolved the lock for. */
  readonly platformPhp?: string;
  /** extra.paas as found (validated by paas.ts). */
  readonly paas: unknown;
  /** Names of `scripts` events (post-install-cmd…): scripts composer install runs may create files. */
  readonly scripts: readonly string[];
}

export interface LockedPackage {
  readonly name: string;
  readonly version: string;
  readonly require: Readonly<Record<string, string>>;
  /** Names it stands in for (`provide` and `replace`): laravel/framework replaces illuminate/*. */
  readonly provides: readonly string[];
  readonly dev: boolean;
}

export interface ComposerLock {
  readonly packages: readonly LockedPackage[];
}

/** Names in `require` that are not packages Composer downloads. */
export function isPlatformPackage(name: string): boolean {
  return (
    /^php(-(64bit|ipv6|zts|debug))?$/.test(name) ||
    name === 'hhvm' ||
    name === 'composer' ||
    name === 'composer-plugin-api' ||
    name === 'composer-runtime-api' ||
    name === 'nginx' ||
    name.startsWith('ext-') ||
    name.startsWith('lib-')
  );
}

function describeJson(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
  if (typeof v === 'object') return 'an object';
  return `the ${typeof v} ${String(v)}`;
}

/** JSON.parse with the error position turned into line and column, as an editor shows them. */
function parseJsonFile(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const pos = /at position (\d+)/.exec(message);
    const offset = pos ? Number(pos[1]) : text.length;
    const before = text.slice(0, offset).split('\n');
    const detail = message.replace(/ in JSON at position \d+.*$/, '').replace(/^JSON\.parse: /, '');
    throw phpErrors.composerJsonInvalid(file, detail, before.length, (before[before.length - 1] ?? '').length + 1);
  }
}

function stringMap(doc: Record<string, unknown>, key: string): Record<string, string> {
  const v = doc[key];
  if (v === undefined) return {};
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    throw phpErrors.composerJsonField(key, 'an object of package names to version constraints', describeJson(v));
  }
  const out: Record<string, string> = {};
  for (const [name, constraint] of Object.entries(v)) {
    if (typeof constraint !== 'string') {
      throw phpErrors.composerJsonField(`${key}.${name}`, 'a version constraint string', describeJson(constraint));
    }
    out[name.toLowerCase()] = constraint;
  }
  return out;
}

export function parseComposerJson(text: string): ComposerJson {
  if (text.trim() === '') throw phpErrors.composerJsonEmpty();
  const doc = parseJsonFile('composer.json', text);
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    throw phpErrors.notObject('composer.json', describeJson(doc));
  }
  const d = doc as Record<string, unknown>;
  let platformPhp: string | undefined;
  if (d.config !== undefined) {
    if (typeof d.config !== 'object' || d.config === null || Array.isArray(d.config)) {
      throw phpErrors.composerJsonField('config', 'an object', describeJson(d.config));
    }
    const platform = (d.config as Record<string, unknown>).platform;
    if (platform !== undefined) {
      if (typeof platform !== 'object' || platform === null || Array.isArray(platform)) {
        throw phpErrors.composerJsonField('config.platform', 'an object', describeJson(platform));
      }
      const php = (platform as Record<string, unknown>).php;
      if (php !== undefined && typeof php !== 'string') {
        throw phpErrors.composerJsonField('config.platform.php', 'a version string such as "8.3.0"', describeJson(php));
      }
      platformPhp = php;
    }
  }
  let paas: unknown;
  if (d.extra !== undefined) {
    if (typeof d.extra !== 'object' || d.extra === null || Array.isArray(d.extra)) {
      throw phpErrors.composerJsonField('extra', 'an object', describeJson(d.extra));
    }
    paas = (d.extra as Record<string, unknown>).paas;
  }
  const scripts = typeof d.scripts === 'object' && d.scripts !== null && !Array.isArray(d.scripts) ? Object.keys(d.scripts) : [];
  return { require: stringMap(d, 'require'), requireDev: stringMap(d, 'require-dev'), platformPhp, paas, scripts };
}

export function parseComposerLock(text: string): ComposerLock {
  if (text.trim() === '') throw phpErrors.composerLockInconsistent('the file is empty');
  const doc = parseJsonFile('composer.lock', text);
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    throw phpErrors.notObject('composer.lock', describeJson(doc));
  }
  const d = doc as Record<string, unknown>;
  const packages: LockedPackage[] = [];
  for (const [key, dev] of [['packages', false], ['packages-dev', true]] as const) {
    const list = d[key];
    if (list === undefined || list === null) continue;
    if (!Array.isArray(list)) throw phpErrors.composerLockInconsistent(`"${key}" is ${describeJson(list)}, not a list of packages`);
    list.forEach((p: unknown, i) => {
      const where = `${key}[${i}]`;
      if (typeof p !== 'object' || p === null || Array.isArray(p)) {
        throw phpErrors.composerLockInconsistent(`${where} is ${describeJson(p)}, not a package`);
      }
      const pkg = p as Record<string, unknown>;
      if (typeof pkg.name !== 'string' || pkg.name === '') throw phpErrors.composerLockInconsistent(`${where} has no "name"`);
      if (typeof pkg.version !== 'string') throw phpErrors.composerLockInconsistent(`${where} (${pkg.name}) has no "version"`);
      const req = pkg.require;
      const require: Record<string, string> = {};
      if (req !== undefined) {
        if (typeof req !== 'object' || req === null || Array.isArray(req)) {
          throw phpErrors.composerLockInconsistent(`${where}.require (${pkg.name}) is ${describeJson(req)}, not an object`);
        }
        for (const [n, c] of Object.entries(req)) {
          if (typeof c === 'string') require[n.toLowerCase()] = c;
        }
      }
      const provides: string[] = [];
      for (const key of ['provide', 'replace']) {
        const map = pkg[key];
        if (typeof map === 'object' && map !== null && !Array.isArray(map)) provides.push(...Object.keys(map).map((n) => n.toLowerCase()));
      }
      packages.push({ name: pkg.name.toLowerCase(), version: pkg.version, require, provides, dev });
    });
  }
  if (d.packages === undefined && d['packages-dev'] === undefined) {
    throw phpErrors.composerLockInconsistent('it has neither "packages" nor "packages-dev"');
  }
  return { packages };
}

/** Root requirements (packages only) that the lock does not contain: the lock is stale. */
export function lockedMissing(json: ComposerJson, lock: ComposerLock, dev: boolean): string[] {
  const locked = new Set(lock.packages.flatMap((p) => [p.name, ...p.provides]));
  const wanted = [...Object.keys(json.require), ...(dev ? Object.keys(json.requireDev) : [])];
  return wanted.filter((n) => !isPlatformPackage(n) && !locked.has(n));
}

export function requiredPackages(json: ComposerJson): string[] {
  return Object.keys(json.require).filter((n) => !isPlatformPackage(n));
}

/**
 * Without a lock, `composer install --no-dev` still resolves require-dev against the
 * repositories (it has to write a complete lock), so dev packages need the lock as much.
 */
export function requiredDevPackages(json: ComposerJson): string[] {
  return Object.keys(json.requireDev).filter((n) => !isPlatformPackage(n));
}

