/**
 * PHP, nginx and Composer versions (php.md §2): determine the request and its source,
 * then resolve it against a catalog (the embedded table, or a store's manifest) with
 * Composer's constraint semantics. Pure: no I/O, no globals.
 */
import type { Problem } from '../errors/build-error.js';
import type { ConfigVars } from '../env/config-vars.js';
import semver from 'semver';
import embedded from '../../data/php-versions.json' with { type: 'json' };
import { compareVersions, describeConstraint, matches, parseConstraint, parseVersion, type Constraint } from './constraint.js';
import type { ComposerJson, ComposerLock } from './composer-json.js';
import type { PaasConfig } from './paas.js';
import { phpErrors } from './errors.js';
import { configVarSource, defaultSource, describeSource, fileSource, type Source } from '../env/sourced.js';

const THE_DEFAULT = defaultSource('the default');

export type Component = 'php' | 'nginx' | 'composer';

export const COMPONENT_LABEL: Readonly<Record<Component, string>> = { php: 'PHP', nginx: 'nginx', composer: 'Composer' };

/** What was asked, by whom; `constraint` undefined means "the default". */
export interface VersionRequest {
  readonly component: Component;
  readonly raw: string;
  readonly source: Source;
  readonly constraint?: Constraint;
}

/** A requirement beyond the root request (a locked package's `require.php`). */
export interface ExtraConstraint {
  readonly constraint: Constraint;
  readonly source: Source;
}

export interface Catalog {
  readonly versions: readonly string[];
  readonly defaultLine: string;
  /** For messages: "the embedded version table" or "the store at file:///…". */
  readonly from: string;
}

export interface ResolvedVersion {
  readonly component: Component;
  readonly version: string;
  readonly request: VersionRequest;
  /** One line for the log: why this version. */
  readonly why: string;
}

export function embeddedCatalog(component: Component): Catalog {
  const c = embedded[component];
  return { versions: c.versions, defaultLine: c.defaultLine, from: 'the embedded version table' };
}

/**
 * The extensions the embedded table says PHP `version` has: every line gets the common
 * lists, except the shared ones the platform builds for some lines only (imap: 8.2, 8.3).
 */
export function embeddedPhpExtensions(version: string): { builtin: readonly string[]; shared: readonly string[] } {
  const only: Readonly<Record<string, readonly string[]>> = embedded.php.extensions.onlyOnLines;
  const line = version.split('.').slice(0, 2).join('.');
  return {
    builtin: embedded.php.extensions.builtin,
    shared: embedded.php.extensions.shared.filter((e) => only[e] === undefined || only[e].includes(line)),
  };
}
export const ALWAYS_ENABLED_EXTENSIONS: readonly string[] = embedded.extensionPolicy.alwaysEnabled;

function parseOrThrow(component: Component, raw: string, source: Source, text: string): Constraint {
  const parsed = parseConstraint(text);
  if (!parsed.ok) throw phpErrors.invalidVersionRequest(COMPONENT_LABEL[component], raw, describeSource(source), parsed.reason);
  return parsed.constraint;
}

/**
 * Config vars and `extra.paas.engines.*` use the platform's short forms: `default`,
 * a line (`8.3`, `1.30`, `2` → the newest of it), an exact version, or else a Composer
 * constraint. `require.php` is a Composer constraint as Composer reads it.
 */
export function engineRequest(component: Component, raw: string, source: Source): VersionRequest {
  const text = raw.trim();
  if (text === '' || text.toLowerCase() === 'default') return { component, raw, source };
  if (/^v?\d+(\.\d+)?$/.test(text)) return { component, raw, source, constraint: parseOrThrow(component, raw, source, `${text.replace(/^v/, '')}.*`) };
  return { component, raw, source, constraint: parseOrThrow(component, raw, source, text) };
}

export function composerRequest(component: Component, raw: string, source: Source): VersionRequest {
  return { component, raw, source, constraint: parseOrThrow(component, raw, source, raw) };
}

export function determinePhpRequest(
  json: ComposerJson | undefined,
  paas: PaasConfig,
  vars: ConfigVars,
): { request: VersionRequest; warnings: Problem[] } {
  const warnings: Problem[] = [];
  let request: VersionRequest | undefined;
  const requirePhp = json?.require.php;
  if (requirePhp !== undefined) {
    request = composerRequest('php', requirePhp, fileSource('composer.json', 'require.php'));
    if (/^\s*=*\s*v?\d+\.\d+\.\d+\s*$/.test(requirePhp)) {
      warnings.push({
        id: 'php/exact-version-pin',
        message: `composer.json pins PHP to exactly ${requirePhp.trim()}: this app will miss security updates. Use "~${requirePhp.trim().replace(/^[=v\s]+/, '')}" to get the newest patch release of that line.`,
      });
    }
  } else if (json?.platformPhp !== undefined) {
    request = engineRequest('php', json.platformPhp.split('.').slice(0, 2).join('.'), fileSource('composer.json', 'config.platform.php'));
  } else if (paas.engines.php !== undefined) {
    request = engineRequest('php', paas.engines.php, fileSource('composer.json', 'extra.paas.engines.php'));
  } else if (vars.PHP_VERSION !== undefined) {
    request = engineRequest('php', vars.PHP_VERSION, configVarSource('PHP_VERSION'));
  }
  if (request && !(request.source.kind === 'config-var' && request.source.name === 'PHP_VERSION') && vars.PHP_VERSION !== undefined) {
    warnings.push({
      id: 'php/ignored-platform-version',
      message: `The PHP_VERSION config var (${vars.PHP_VERSION}) is ignored: ${describeSource(request.source)} decides the PHP version of apps with a composer.json.`,
    });
  }
  return { request: request ?? { component: 'php', raw: 'default', source: THE_DEFAULT }, warnings };
}

export function determineEngineRequest(component: 'nginx' | 'composer', json: ComposerJson | undefined, paas: PaasConfig, vars: ConfigVars): VersionRequest {
  const fromPaas = paas.engines[component];
  if (fromPaas !== undefined) return engineRequest(component, fromPaas, fileSource('composer.json', `extra.paas.engines.${component}`));
  if (component === 'nginx' && json?.require.nginx !== undefined) {
    return engineRequest(component, json.require.nginx, fileSource('composer.json', 'require.nginx'));
  }
  const varName = component === 'nginx' ? 'NGINX_VERSION' : 'COMPOSER_VERSION';
  if (vars[varName] !== undefined) return engineRequest(component, vars[varName], configVarSource(varName));
  return { component, raw: 'default', source: THE_DEFAULT };
}

/** The php requirement of every locked package that will be installed (php.md §2). */
export function lockedPhpConstraints(lock: ComposerLock | undefined, withDev: boolean): ExtraConstraint[] {
  if (!lock) return [];
  return lock.packages
    .flatMap((p) => ((withDev || !p.dev) && p.require.php !== undefined ? [{ ...p, php: p.require.php }] : []))
    .map((p) => {
      const parsed = parseConstraint(p.php);
      // A locked package's requirement Composer itself accepted; one we cannot read is
      // reported, never ignored, since ignoring it could select an incompatible PHP.
      const source: Source = { kind: 'locked-package', name: p.name, version: p.version };
      if (!parsed.ok) throw phpErrors.invalidVersionRequest('PHP', p.php, describeSource(source), parsed.reason);
      return { constraint: parsed.constraint, source };
    });
}

/**
 * `require.php: "8.3"` or `"8.4.2"` is an exact version in Composer's reading (8.3.0,
 * 8.4.2), which the platform docs warn against: say so when it matches nothing.
 */
function exactVersionHint(request: VersionRequest): string | undefined {
  if (request.source.kind !== 'file' || request.source.key !== 'require.php') return undefined;
  const m = /^\s*=*\s*v?(\d+)\.(\d+)(?:\.(\d+))?\s*$/.exec(request.raw);
  if (!m) return undefined;
  const exact = `${m[1]}.${m[2]}.${m[3] ?? '0'}`;
  return `In composer.json, "php": "${request.raw.trim()}" means exactly PHP ${exact} (Composer's meaning of a version without an operator). ` +
    `Use "~${exact}" for the newest ${m[1]}.${m[2]}.x, or "^${m[1]}.${m[2]}" for ${m[1]}.${m[2]} or newer.`;
}

/**
 * The upstream buildpack resolves the root request with node-semver, which reads some
 * constraints more narrowly than Composer (`~8.2` is `>=8.2.0 <8.3.0` there, `>=8.2 <9`
 * here). When that reading keeps some but not all of the versions Composer's reading (and
 * every other constraint) allows, its newest is what the upstream would install: both
 * readings allow it, and an app moved from the upstream keeps its line (php.md §2). A
 * request node-semver cannot read (`|`, `,`, `@stable`, `!=`) has no narrower reading.
 */
function upstreamReading(raw: string, satisfying: readonly string[]): { range: string; newest: string } | undefined {
  const range = semver.validRange(raw.trim());
  if (range === null) return undefined;
  const inside = satisfying.filter((v) => semver.satisfies(v, range));
  if (inside.length === 0 || inside.length === satisfying.length) return undefined;
  return { range: range.replace(/-0\b/g, '').replace(/\|\|/g, ' || '), newest: inside[0]! };
}

const inLine = (version: string, line: string) => version === line || version.startsWith(`${line}.`);

export function resolveVersion(request: VersionRequest, extra: readonly ExtraConstraint[], catalog: Catalog): ResolvedVersion {
  const label = COMPONENT_LABEL[request.component];
  const all: ExtraConstraint[] = [
    ...(request.constraint ? [{ constraint: request.constraint, source: request.source }] : []),
    ...extra,
  ];
  const sorted = catalog.versions
    .map((v) => ({ text: v, parsed: parseVersion(v) }))
    .filter((v): v is { text: string; parsed: NonNullable<ReturnType<typeof parseVersion>> } => v.parsed !== undefined)
    .sort((a, b) => compareVersions(b.parsed, a.parsed));
  const satisfying = sorted.filter((v) => all.every((c) => matches(c.constraint, v.parsed)));
  if (satisfying.length === 0) {
    throw phpErrors.noMatchingVersion(
      label,
      all.map((c) => `${c.constraint.raw} (${describeConstraint(c.constraint)}) from ${describeSource(c.source)}`),
      sorted.map((v) => v.text),
      catalog.from,
      exactVersionHint(request),
    );
  }
  const narrower = request.constraint ? upstreamReading(request.raw, satisfying.map((v) => v.text)) : undefined;
  const inDefault = narrower ? undefined : satisfying.find((v) => inLine(v.text, catalog.defaultLine));
  const chosen = narrower ? satisfying.find((v) => v.text === narrower.newest)! : inDefault ?? satisfying[0]!;
  const line = `${catalog.defaultLine}.x`;
  const asked = request.constraint ? `${request.raw} (${describeSource(request.source)})` : undefined;
  const names = extra.map((e) => (e.source.kind === 'locked-package' ? `${e.source.name} ${e.source.version}` : describeSource(e.source)));
  const others = extra.length
    ? `the php requirements of ${extra.length} locked package${extra.length === 1 ? '' : 's'} (${names.slice(0, 3).join(', ')}${names.length > 3 ? ', …' : ''})`
    : undefined;
  const what = [asked, others].filter(Boolean).join(' and ');
  const lineAvailable = sorted.some((v) => inLine(v.text, catalog.defaultLine));
  let why: string;
  if (narrower) {
    why = `newest inside ${request.raw.trim()} as the upstream buildpack reads it (${narrower.range}; Composer allows ${describeConstraint(request.constraint!)}), ` +
      `so an app moved from it keeps its line${others ? `; also satisfies ${others}` : ''}`;
  } else if (inDefault) why = what ? `newest ${line} (the default line) satisfying ${what}` : `the default: newest ${line}`;
  else if (!what) why = `the default line ${line} is not available: newest available`;
  else why = `newest satisfying ${what} (${lineAvailable ? `the default line ${line} does not` : `no ${line} available`})`;
  return { component: request.component, version: chosen.text, request, why };
}
