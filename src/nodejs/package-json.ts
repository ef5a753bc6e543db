/**
 * package.json parsed once, at the edge: raw text → validated, readonly shape. A field
 * that is present but malformed is an error naming its key path; it never silently
 * becomes "absent" (which would fall back to a default the user did not ask for).
 */
import { nodeErrors } from './errors.js';
import { MANAGERS, managerEnginesFields, type ManagerTable } from './managers.js';

export type { Engines, PackageJson } from './model.js';
import type { Engines, PackageJson } from './model.js';

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  return `the ${typeof v} ${JSON.stringify(v)}`;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function optionalString(obj: Record<string, unknown>, key: string, keyPath: string, example: string) {
  const v = obj[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'string') throw nodeErrors.packageJsonField(keyPath, 'a string', describe(v), example);
  return v;
}

/** `managers`: the manager table, whose rows' `engines.<command>` fields are read (a test passes one with an extra row). */
export function parsePackageJson(text: string, managers: ManagerTable = MANAGERS): PackageJson {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw nodeErrors.packageJsonInvalid((e as Error).message);
  }
  if (!isObject(raw)) throw nodeErrors.packageJsonNotObject(describe(raw));

  let engines: Engines = { iojs: false };
  if (raw.engines !== undefined) {
    const e = raw.engines;
    if (!isObject(e)) {
      throw nodeErrors.packageJsonField('engines', 'an object', describe(e), '"engines": {"node": "24.x"}');
    }
    engines = {
      node: optionalString(e, 'node', 'engines.node', '"engines": {"node": "24.x"}'),
      ...Object.fromEntries(managerEnginesFields(managers).map(({ field, example }) =>
        [field, optionalString(e, field, `engines.${field}`, `"engines": {"${field}": "${example}"}`)])),
      iojs: e.iojs !== undefined,
    };
  }

  const scripts: Record<string, string> = {};
  if (raw.scripts !== undefined) {
    if (!isObject(raw.scripts)) {
      throw nodeErrors.packageJsonField('scripts', 'an object', describe(raw.scripts), '"scripts": {"start": "node server.js"}');
    }
    for (const [name, cmd] of Object.entries(raw.scripts)) {
      if (typeof cmd !== 'string') {
        throw nodeErrors.packageJsonField(`scripts.${name}`, 'a string', describe(cmd), `"${name}": "node build.js"`);
      }
      scripts[name] = cmd;
    }
  }

  let cacheDirectories: PackageJson['cacheDirectories'];
  for (const key of ['cacheDirectories', 'cache_directories']) {
    const v = raw[key];
    if (v === undefined) continue;
    if (!Array.isArray(v) || v.some((p) => typeof p !== 'string')) {
      throw nodeErrors.packageJsonField(key, 'an array of strings', describe(v), `"${key}": ["client/node_modules"]`);
    }
    // cacheDirectories wins when both are present (it is the documented spelling).
    cacheDirectories ??= { key, paths: v as string[] };
  }

  const deps = (v: unknown): Record<string, string> =>
    isObject(v) ? Object.fromEntries(Object.entries(v).filter((e): e is [string, string] => typeof e[1] === 'string')) : {};

  return {
    name: typeof raw.name === 'string' ? raw.name : undefined,
    dependencies: deps(raw.dependencies),
    devDependencies: deps(raw.devDependencies),
    engines,
    packageManager: optionalString(raw, 'packageManager', 'packageManager', '"packageManager": "npm@11.6.2"'),
    scripts,
    ...(typeof raw.main === 'string' && raw.main.trim() !== '' ? { main: raw.main.trim() } : {}),
    cacheDirectories,
  };
}
