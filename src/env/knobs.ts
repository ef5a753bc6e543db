/**
 * The config vars the engine reads, declared once: name, type, default, and when they
 * are read. README's "Config vars it reads" table documents exactly these names
 * (test/env/knobs.test.ts), and a value a boolean knob cannot take warns the same way
 * for every knob (`engine/config-var-invalid`), instead of silently meaning the default.
 *
 * Booleans read "true" and "false" only (as they always have): any other value is the
 * default, and now says so.
 */
import type { Problem } from '../errors/build-error.js';

interface KnobBase {
  /** Who sets it: a config var (ENV_DIR, the platform's env as a fallback) or only the platform. */
  readonly from?: 'config var' | 'platform env';
  /** Read at build time (default) or by the scripts that run at boot. */
  readonly when?: 'build' | 'boot';
}

export interface BooleanKnob extends KnobBase {
  readonly type: 'boolean';
  readonly default: boolean;
  /** What the non-default value does, for the warning: "npm install even with a lockfile". */
  readonly effect: string;
  /** A warning id of its own, when the plan that reads the knob reports it (same message). */
  readonly warningId?: string;
}

export interface StringKnob extends KnobBase {
  /** 'url' and 'json' values are checked where they are used (they fail with their own error ids). */
  readonly type: 'string' | 'url' | 'json' | 'version' | 'integer';
  /** Absent: unset means "not set" (the reader decides). */
  readonly default?: string;
}

export type KnobSpec = BooleanKnob | StringKnob;

const bool = (def: boolean, effect: string, extra: Partial<BooleanKnob> = {}): BooleanKnob => ({ type: 'boolean', default: def, effect, ...extra });
const str = (type: StringKnob['type'], extra: Partial<StringKnob> = {}): StringKnob => ({ type, ...extra });

/** A name ending in `*` stands for every name with that prefix. */
export const KNOBS = {
  STACK: str('string', { from: 'platform env', default: 'scalingo-26' }),
  BUILDPACK_DEBUG: bool(false, 'print a stack trace with an internal error', { from: 'platform env' }),
  // Node.js
  NODE_BINARY_URL: str('url'),
  NODEJS_ORG_MIRROR: str('url'),
  NPM_CONFIG_REGISTRY: str('url'),
  NODEJS_ALLOW_WIDE_RANGE: bool(false, 'take the newest major a wide range allows'),
  NODE_MODULES_CACHE: bool(true, 'no dependency cache'),
  NODE_REUSE_INSTALL: bool(true, 'the install always runs'),
  NODE_FRAMEWORK_CACHE: bool(true, 'no framework build caches'),
  USE_NPM_INSTALL: bool(false, 'npm install even when a lockfile exists'),
  NPM_CONFIG_PRODUCTION: str('string'),
  NPM_NO_BUILD: bool(false, 'the build script is skipped'),
  NODE_BUILD_FLAGS: str('string'),
  NPM_CONFIG_CACHE: str('string'),
  YARN_BINARY_URL: str('url'),
  YARN_PRODUCTION: str('string'),
  YARN2_SKIP_PRUNING: bool(false, 'Yarn 2+ keeps devDependencies'),
  PNPM_SKIP_PRUNING: bool(false, 'pnpm keeps devDependencies'),
  NODE_ENV: str('string', { default: 'production' }),
  NODE_OPTIONS: str('string', { default: '--max-old-space-size=2560' }),
  NPM_TOKEN: str('string'),
  'NPM_CONFIG_*': str('string'),
  MEMORY_AVAILABLE: str('integer', { when: 'boot' }),
  WEB_MEMORY: str('integer', { when: 'boot' }),
  WEB_CONCURRENCY: str('integer', { when: 'boot' }),
  LOG_CONCURRENCY: bool(false, 'log the computed concurrency', { when: 'boot' }),
  // PHP
  PHP_BASE_URL: str('url'),
  NGINX_BASE_URL: str('url'),
  PHP_VERSION: str('version'),
  NGINX_VERSION: str('version'),
  COMPOSER_VERSION: str('version'),
  COMPOSER_DEV: bool(false, 'dev dependencies are installed', { warningId: 'php/composer-dev-value' }),
  PHP_REUSE_VENDOR: bool(true, 'composer install always runs'),
  COMPOSER_AUTH: str('json'),
  COMPOSER_GITHUB_TOKEN: str('string'),
  DOCUMENT_ROOT: str('string'),
  ACCESS_LOG_FORMAT: str('string'),
  PHP_BUILDPACK_NO_NODE: bool(false, 'the Node build is skipped'),
  PORT: str('integer', { when: 'boot' }),
  PHP_FPM_MAX_REQUESTS: str('integer', { when: 'boot' }),
} as const satisfies Readonly<Record<string, KnobSpec>>;

export function knobSpec(name: string): KnobSpec | undefined {
  return (KNOBS as Readonly<Record<string, KnobSpec>>)[name];
}

/**
 * The warning for a value a knob cannot take, or undefined when it can. One wording for
 * every boolean knob; '' counts as unset.
 */
export function invalidKnobValue(name: string, raw: string | undefined): Problem | undefined {
  const spec = knobSpec(name);
  if (spec?.type !== 'boolean' || raw === undefined || raw === '' || raw === 'true' || raw === 'false') return undefined;
  const on = JSON.stringify(String(!spec.default));
  return {
    id: spec.warningId ?? 'engine/config-var-invalid',
    message:
      `${name} is ${JSON.stringify(raw.length > 40 ? `${raw.slice(0, 40)}…` : raw)}: only ${on} changes what the build does (${spec.effect}), ` +
      `so this build goes on as if it were unset (${name}=${spec.default}). Set it to true or false.`,
  };
}

/** A build-time boolean knob with no warning id of its own (those are left to the plan that reads them). */
function checkedHere(spec: KnobSpec | undefined): spec is BooleanKnob {
  return spec?.type === 'boolean' && spec.warningId === undefined && (spec.when ?? 'build') === 'build';
}

/**
 * The warnings for the config vars that give a build-time boolean knob a value it cannot
 * take. Platform-only knobs are not read from the config vars (see `platformKnobProblems`).
 */
export function knobValueProblems(vars: Readonly<Record<string, string>>): Problem[] {
  return Object.keys(vars).sort().flatMap((name) => {
    const spec = knobSpec(name);
    if (!checkedHere(spec) || spec.from === 'platform env') return [];
    const p = invalidKnobValue(name, vars[name]);
    return p ? [p] : [];
  });
}

/**
 * The same warnings for the knobs the build takes from the platform's environment: the
 * ones no config var overrides (a config var wins, `knobsFrom`, and is checked above).
 */
export function platformKnobProblems(
  platformEnv: Readonly<Record<string, string | undefined>>, vars: Readonly<Record<string, string>>,
): Problem[] {
  return Object.keys(platformEnv).sort().flatMap((name) => {
    if (name in vars || !checkedHere(knobSpec(name))) return [];
    const p = invalidKnobValue(name, platformEnv[name]);
    return p ? [p] : [];
  });
}
