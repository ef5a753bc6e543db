/**
 * The PHP build plan (php.md): versions, Composer install, extensions, framework,
 * runtime settings, compile commands, the Node build of php.md §9. Reads the app only
 * through AppFs and decides from the catalogs it is given (embedded table or a store's
 * manifest), so `bin/plan` and `bin/compile` decide the same things.
 */
import type { Problem } from '../errors/build-error.js';
import type { AppFs } from '../fs/app-fs.js';
import type { ConfigVars, Knobs } from '../env/config-vars.js';
import { invalidKnobValue } from '../env/knobs.js';
import { configVarSource, defaultSource, describeSource, fileSource, type Sourced } from '../env/sourced.js';
import { parseProcfile } from '../release/procfile.js';
import { parseHerokuBoot, type HerokuBootScript } from './heroku-boot.js';
import { CODE_SIGNALS, findExtensionUse } from './code-scan.js';
import type { PlanBuildTool, PlannedBuildTool } from '../compose/build-tool.js';
import { findLocationClashes } from '../nginx-config/includes.js';
import { APP_ROOT_PRIVATE_DIRS } from '../nginx-config/frameworks.js';
import {
  lockedMissing, parseComposerJson, parseComposerLock, requiredDevPackages, requiredPackages, type ComposerJson, type ComposerLock,
} from './composer-json.js';
import { phpErrors } from './errors.js';
import { extensionProviders, resolveExtensions, requiredExtensions, type ArtifactExtensions, type ExtensionDecision } from './extensions.js';
import {
  detectFramework, frameworkDefaults, isFrameworkId, FRAMEWORK_IDS, FRAMEWORK_FILE_SIGNALS,
  type FrameworkDefaults, type FrameworkDetectionInput,
} from './frameworks.js';
import { checkMemoryLimit, determineMemoryLimit, findIniSettings, type MemoryLimit } from './memory-limit.js';
import { checkAccessLogFormat } from './config-values.js';
import { EMPTY_PAAS, normalizeAppPath, parsePaas, type PaasConfig } from './paas.js';
import { PHP_INI_DEFAULTS, includeIniName, renderExtensionInis, renderPhpIni } from './render-ini.js';
import { renderFpmConf } from './render-fpm.js';
import { renderPhpNginxConf } from './nginx-site.js';
import { composerAuthEnv } from './composer-auth.js';
import { type FrameworkId, type IncludeLists, type IniPair, type PhpRuntimeSettings } from './settings.js';
import { INI_PATH_DIRECTIVES, appPathIniValue, checkIniPath, iniDirectiveOf } from './ini-paths.js';
import { BOOT_SCRIPT_PATH } from './boot.js';
import {
  ALWAYS_ENABLED_EXTENSIONS, determineEngineRequest, determinePhpRequest, lockedPhpConstraints, resolveVersion,
  type Catalog, type ResolvedVersion,
} from './versions.js';

export const BOOT_SCRIPT = BOOT_SCRIPT_PATH;
export const DEFAULT_WEB_COMMAND = `sh ${BOOT_SCRIPT_PATH}`;

export interface PhpCatalogs {
  readonly php: Catalog & { readonly extensionsOf: (version: string) => ArtifactExtensions };
  readonly nginx: Catalog;
  readonly composer: Catalog;
}

export interface PhpConfigFiles {
  readonly phpIni: string;
  readonly fpmConf: string;
  readonly nginxConf: string;
  /** conf.d files loading shared extensions. */
  readonly extensionInis: ReadonlyArray<{ readonly file: string; readonly text: string }>;
  /** conf.d names of the php-includes, linked to the app's own files (relative to the app). */
  readonly includeLinks: ReadonlyArray<{ readonly file: string; readonly target: string }>;
}

export interface FrameworkCommand {
  /** The build log step. */
  readonly step: string;
  /** What asked for it, for the error when it fails. */
  readonly where: string;
  readonly command: readonly string[];
}

/** The opt-out of restoring the previous vendor/ (vendor-reuse.ts); decided here so bin/plan shows it. */
export const REUSE_KNOB = 'PHP_REUSE_VENDOR';

export interface PhpPlanContext {
  readonly stack: string;
  readonly configVars: ConfigVars;
  readonly knobs: Knobs;
  readonly catalogs: PhpCatalogs;
  /** Plans the build tool of php.md §9 (Node.js, for a package.json's front-end assets). */
  readonly planBuildTool: PlanBuildTool;
}

/** php.md §9: a package.json means front-end assets built with Node.js first. */
const ASSET_BUILD_TOOL = 'nodejs';

export interface PhpPlan {
  readonly language: 'php';
  readonly stack: string;
  /** The assets build tool's versions (node, npm …) first, then PHP's. */
  readonly versions: Readonly<Record<string, string>> & { readonly php: string; readonly nginx: string; readonly composer?: string };
  readonly resolved: { readonly php: ResolvedVersion; readonly nginx: ResolvedVersion; readonly composer?: ResolvedVersion };
  /** Absent for a classic app (no composer.json): nothing to install. */
  readonly composer?: {
    readonly command: readonly string[];
    readonly dev: boolean;
    readonly why: string;
    readonly lockedPackages: number;
    /** Every package name in composer.lock (vendor reuse refuses composer/installers). */
    readonly lockedNames: readonly string[];
    /** Whether a rebuild may restore the previous vendor/ (PHP_REUSE_VENDOR, default true; vendor-reuse.ts decides the rest). */
    readonly reuseVendor: boolean;
  };
  readonly extensions: readonly ExtensionDecision[];
  readonly framework: { readonly id: FrameworkId; readonly source: string; readonly env: Readonly<Record<string, string>> };
  readonly documentRoot: Sourced<string>;
  readonly memoryLimit: MemoryLimit;
  readonly settings: PhpRuntimeSettings;
  /** The generated configs (templates, filled in at boot): rendered once, here, so bin/plan refuses what compile would. */
  readonly configFiles: PhpConfigFiles;
  /** Commands the framework needs after composer install (Symfony's cache warmup). */
  readonly frameworkCommands: readonly FrameworkCommand[];
  readonly compileCommands: readonly string[];
  /** Paths the configs name that do not exist yet but the build may create: checked after it (then the configs are validated). */
  readonly deferredPathChecks: readonly PathCheck[];
  /** php.md §9: the Node.js build that runs before composer install. */
  readonly assetBuild?: PlannedBuildTool;
  /** Why a package.json got no Node.js build (PHP_BUILDPACK_NO_NODE). */
  readonly nodeSkipped?: string;
  readonly processTypes: Readonly<Record<string, string>>;
  readonly processSource: string;
  /** The Procfile starts Heroku's boot script: compile puts one in the slug that starts this engine's boot. */
  readonly herokuBoot?: { readonly script: HerokuBootScript; readonly invokedAs: string };
  readonly warnings: readonly Problem[];
}

interface ComposerFiles {
  readonly json?: ComposerJson;
  readonly lock?: ComposerLock;
}

async function readComposerFiles(fs: AppFs, dev: boolean): Promise<ComposerFiles> {
  const [jsonText, lockText] = await Promise.all([fs.readText('composer.json'), fs.readText('composer.lock')]);
  if (jsonText === undefined) {
    if (lockText !== undefined) throw phpErrors.composerJsonMissing();
    return {};
  }
  const json = parseComposerJson(jsonText);
  if (lockText === undefined) {
    const wanted = requiredPackages(json);
    const wantedDev = requiredDevPackages(json);
    if (wanted.length || wantedDev.length) throw phpErrors.composerLockMissing(wanted, wantedDev);
    return { json };
  }
  const lock = parseComposerLock(lockText);
  const missing = lockedMissing(json, lock, dev);
  if (missing.length) throw phpErrors.composerLockOutOfDate(missing);
  return { json, lock };
}

/**
 * A path the configs name (document root, includes): where it came from, for the error.
 * `frameworkDefault`: the framework's default document root, which the user never wrote.
 */
export interface PathCheck {
  readonly keyPath: string;
  readonly rel: string;
  readonly kind: 'file' | 'dir';
  readonly frameworkDefault?: FrameworkId;
}

/**
 * A path from extra.paas (already normalized) must exist and resolve inside the app.
 * `stage`: 'plan' returns 'missing' for a path that does not exist (the caller decides
 * whether the build may still create it); 'after-build' refuses it.
 */
export async function checkAppPath(fs: AppFs, check: PathCheck, stage: 'plan' | 'after-build'): Promise<'ok' | 'missing'> {
  const { keyPath, rel, kind } = check;
  const real = await fs.realpath(rel === '' ? '.' : rel);
  if (real === undefined) {
    if (stage === 'plan') return 'missing';
    if (check.frameworkDefault) throw phpErrors.frameworkDocumentRootMissing(check.frameworkDefault, rel, true);
    throw phpErrors.pathInvalid(keyPath, rel, 'does not exist in the app, even after the build (composer install, the Node build and the compile commands ran)');
  }
  const root = await fs.realpath('.');
  if (root !== undefined && real !== root && !real.startsWith(`${root}/`)) {
    throw phpErrors.pathInvalid(keyPath, rel, 'is a symbolic link leading outside the app');
  }
  const isDir = await fs.isDirectory(rel === '' ? '.' : rel);
  if (kind === 'dir' && !isDir) throw phpErrors.pathInvalid(keyPath, rel, 'is not a directory');
  if (kind === 'file' && isDir) throw phpErrors.pathInvalid(keyPath, rel, 'is a directory, not a file');
  return 'ok';
}

interface MappedHerokuBoot extends IncludeLists {
  readonly script: HerokuBootScript;
  readonly invokedAs: string;
  readonly documentRoot?: Sourced<string>;
  readonly logFiles: readonly string[];
  readonly notMapped: readonly string[];
}

/** The Procfile's heroku-php-* with its paths checked as extra.paas paths are. */
function mapHerokuBoot(web: string): MappedHerokuBoot | undefined {
  const boot = parseHerokuBoot(web);
  if (!boot) return undefined;
  const rel = (flag: string, raw: string) => normalizeAppPath(`${boot.script} ${flag} in Procfile`, raw, flag === 'DOCUMENT_ROOT');
  return {
    script: boot.script,
    invokedAs: boot.invokedAs,
    ...(boot.documentRoot !== undefined
      ? { documentRoot: { value: rel('DOCUMENT_ROOT', boot.documentRoot), source: fileSource('Procfile', `the ${boot.script} document root`) } }
      : {}),
    nginxIncludes: boot.nginxIncludes.map((p) => rel('-C', p)),
    phpFpmIncludes: boot.phpFpmIncludes.map((p) => rel('-F', p)),
    phpIncludes: boot.phpIncludes.map((p) => rel('-i', p)),
    logFiles: boot.logFiles.map((p) => rel('-l', p)),
    notMapped: boot.notMapped,
  };
}

function herokuBootWarning(boot: MappedHerokuBoot, documentRoot: Sourced<string>): Problem {
  const mapped = [
    `document root ${documentRoot.value === '' ? 'the app root' : documentRoot.value} (${describeSource(documentRoot.source)})`,
    ...boot.nginxIncludes.map((p) => `nginx include ${p} (-C)`),
    ...boot.phpFpmIncludes.map((p) => `PHP-FPM include ${p} (-F)`),
    ...boot.phpIncludes.map((p) => `ini file ${p} (-i)`),
    ...boot.logFiles.map((p) => `log file ${p} (-l)`),
  ];
  const ignoredRoot = boot.documentRoot && documentRoot.source !== boot.documentRoot.source
    ? ` The Procfile's document root ${boot.documentRoot.value || '.'} is not used: ${describeSource(documentRoot.source)} decides.`
    : '';
  return {
    id: 'php/procfile-heroku-boot',
    message:
      `The Procfile's web process runs ${boot.invokedAs}, Heroku's boot script, which this platform does not provide. ` +
      `The build puts a ${boot.script} in the slug that starts this platform's nginx + PHP-FPM boot instead, with: ${mapped.join(', ')}.${ignoredRoot}` +
      (boot.notMapped.length ? ` Not applied: ${boot.notMapped.join('; ')}.` : '') +
      ' To say it the platform\'s way: remove the web line from the Procfile (the default web process is that boot) and set extra.paas.document-root' +
      ' (and nginx-includes, php-fpm-includes, php-includes, log-files) in composer.json.',
  };
}

/**
 * The framework's upload directories relative to the app, a `*` segment replaced by each
 * directory found there (Drupal: sites/default/files, sites/example.com/files). Names PHP's
 * ini parser or the boot's filling could misread are left out: a [PATH] section for them
 * cannot be written.
 */
async function expandUploadDirs(fs: AppFs, documentRoot: string, dirs: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  const walk = async (base: string, rest: readonly string[]): Promise<void> => {
    if (rest.length === 0) {
      out.push(base);
      return;
    }
    const [head, ...tail] = rest;
    if (head !== '*') return walk(base === '' ? head! : `${base}/${head}`, tail);
    for (const name of await fs.readdir(base === '' ? '.' : base)) {
      const child = base === '' ? name : `${base}/${name}`;
      if (/^[A-Za-z0-9._-]+$/.test(name) && name !== '..' && name !== '.' && (await fs.isDirectory(child))) await walk(child, tail);
    }
  };
  for (const dir of dirs) await walk(documentRoot, dir.split('/'));
  return [...new Set(out)].filter((d) => /^[A-Za-z0-9._/-]+$/.test(d) && !d.split('/').includes('..'));
}

/** A path directive's target, when it exists, must not be a link leading out of the app. */
async function checkIniPathLink(fs: AppFs, where: string, key: string, value: string, rel: string): Promise<void> {
  if (rel === '') return;
  const real = await fs.realpath(rel);
  const root = await fs.realpath('.');
  if (real !== undefined && root !== undefined && real !== root && !real.startsWith(`${root}/`)) {
    const spec = INI_PATH_DIRECTIVES[iniDirectiveOf(key)]!;
    throw phpErrors.iniPathOutsideApp(where, iniDirectiveOf(key), value, spec.access, `names ${rel}, a symbolic link leading outside the app`);
  }
}

/** php-config / php-fpm-config pairs with their path directives checked and written as the app's absolute paths. */
async function checkIniPairs(fs: AppFs, pairs: readonly IniPair[], key: string): Promise<IniPair[]> {
  const out: IniPair[] = [];
  for (const [i, pair] of pairs.entries()) {
    const where = `${key}[${i}]`;
    const value = findIniSettings(`v = ${pair.value}`, 'v')[0]?.value ?? pair.value;
    const check = checkIniPath(pair.key, value, where);
    if (check.kind === 'keep') {
      out.push(pair);
      continue;
    }
    await checkIniPathLink(fs, where, pair.key, value, check.rel);
    out.push({ key: pair.key, value: appPathIniValue(check) });
  }
  return out;
}

/** Path directives set in an app ini file (php-includes): refused when they lead out of the app. */
async function checkIniFilePaths(fs: AppFs, file: string, text: string): Promise<void> {
  for (const directive of Object.keys(INI_PATH_DIRECTIVES)) {
    for (const setting of findIniSettings(text, directive)) {
      const where = `${file}:${setting.line}`;
      const check = checkIniPath(directive, setting.value, where);
      if (check.kind === 'app') await checkIniPathLink(fs, where, directive, setting.value, check.rel);
    }
  }
}

/**
 * Whether the build may create a missing path: it runs a Node build, compile commands,
 * Symfony's warmup or Composer scripts (any of which can write anywhere in the app), or
 * the path is under vendor/, which composer install writes. Otherwise a missing path can
 * only be a mistake, refused before anything runs.
 */
function buildMayCreate(rel: string, steps: { node: boolean; compile: boolean; framework: boolean; composerScripts: boolean; composer: boolean }): boolean {
  if (steps.node || steps.compile || steps.framework || steps.composerScripts) return true;
  return steps.composer && (rel === 'vendor' || rel.startsWith('vendor/'));
}

/**
 * Log files are created at run time, so they need not exist yet; but `tail` would follow
 * a symlink, so the nearest existing ancestor must resolve inside the app, and an entry
 * that exists without resolving (a dangling symlink) is refused.
 */
async function checkLogPath(fs: AppFs, keyPath: string, rel: string): Promise<void> {
  const root = await fs.realpath('.');
  const inside = (real: string) => root === undefined || real === root || real.startsWith(`${root}/`);
  const parts = rel.split('/');
  for (let n = parts.length; n > 0; n--) {
    const prefix = parts.slice(0, n).join('/');
    const real = await fs.realpath(prefix);
    if (real === undefined) {
      const parent = parts.slice(0, n - 1).join('/') || '.';
      if ((await fs.readdir(parent)).includes(parts[n - 1]!)) {
        throw phpErrors.pathInvalid(keyPath, rel, 'is a symbolic link to a missing file (it may lead outside the app)');
      }
      continue;
    }
    if (!inside(real)) throw phpErrors.pathInvalid(keyPath, rel, 'is a symbolic link leading outside the app');
    return;
  }
}

/** Pool settings the engine derives at boot; a php-fpm-config line replacing one is said. */
const ENGINE_POOL_KEYS = ['pm', 'pm.max_children', 'pm.start_servers', 'pm.min_spare_servers', 'pm.max_spare_servers', 'pm.max_requests'];

function fpmConfigWarnings(paas: PaasConfig): Problem[] {
  const out: Problem[] = [];
  for (const { key, value } of paas.phpFpmConfig) {
    if (ENGINE_POOL_KEYS.includes(key)) {
      out.push({
        id: 'php/fpm-config-overrides',
        message: `extra.paas.php-fpm-config sets ${key}=${value}, which replaces the value computed at boot (WEB_CONCURRENCY, PHP_FPM_MAX_REQUESTS). Set WEB_CONCURRENCY or PHP_FPM_MAX_REQUESTS instead to keep the boot-time computation.`,
      });
    } else if (/^php(_admin)?_value\[memory_limit\]$/.test(key)) {
      out.push({
        id: 'php/fpm-config-overrides',
        message: `extra.paas.php-fpm-config sets ${key}=${value}; PHP-FPM workers are still counted from the php.ini memory_limit. Set memory_limit in extra.paas.php-config instead, so WEB_CONCURRENCY follows it.`,
      });
    }
  }
  return out;
}

/**
 * A Composer app without a framework and without a document root is served from the app
 * root: nginx denies the usual private places (src/nginx-config/frameworks.ts), but every
 * other file is public and every .php file in it runs when requested.
 */
function wholeAppPublic(): Problem {
  const denied = APP_ROOT_PRIVATE_DIRS.map((d) => `${d}/`).join(', ');
  return {
    id: 'php/document-root-is-app-root',
    message:
      'No document root is set, so nginx serves the whole app: every file in it is public and every .php file runs when requested ' +
      `(only dotfiles, composer.json/composer.lock/auth.json, backups and ${denied} are refused). ` +
      'Keep the public files and the front controller in a directory of their own and set extra.paas.document-root ' +
      '(e.g. "document-root": "public" in composer.json) or the DOCUMENT_ROOT config var to it.',
  };
}

async function frameworkInput(fs: AppFs, files: ComposerFiles): Promise<FrameworkDetectionInput> {
  const packages = new Set<string>([
    ...Object.keys(files.json?.require ?? {}),
    ...(files.lock?.packages.map((p) => p.name) ?? []),
  ]);
  const existing = new Set<string>();
  await Promise.all(FRAMEWORK_FILE_SIGNALS.map(async (f) => { if (await fs.exists(f)) existing.add(f); }));
  const indexPhp = await fs.readText('index.php', { limit: 64 * 1024, prefix: true });
  return {
    packages,
    exists: (rel) => existing.has(rel),
    indexPhp,
    lockedVersions: new Map(files.lock?.packages.map((p) => [p.name, p.version]) ?? []),
  };
}

async function decideFramework(fs: AppFs, files: ComposerFiles, paas: PaasConfig): Promise<PhpPlan['framework'] & { defaults: FrameworkDefaults }> {
  const input = await frameworkInput(fs, files);
  if (paas.framework !== undefined) {
    if (!isFrameworkId(paas.framework)) throw phpErrors.unknownFramework(paas.framework, FRAMEWORK_IDS);
    // The entry of that id matching the app: an explicit magento on Magento 1 gets Magento 1's root.
    const defaults = frameworkDefaults(paas.framework, input);
    return { id: paas.framework, source: 'extra.paas.framework in composer.json', env: defaults.env, defaults };
  }
  const found = detectFramework(input);
  return { id: found.id, source: found.reason, env: found.defaults.env, defaults: found.defaults };
}

function decideDocumentRoot(
  paas: PaasConfig, vars: ConfigVars, framework: FrameworkId, defaults: FrameworkDefaults, normalize: (raw: string) => string, procfile?: Sourced<string>,
): Sourced<string> {
  if (vars.DOCUMENT_ROOT !== undefined) return { value: normalize(vars.DOCUMENT_ROOT), source: configVarSource('DOCUMENT_ROOT') };
  if (paas.documentRoot !== undefined) return { value: paas.documentRoot, source: fileSource('composer.json', 'extra.paas.document-root') };
  if (procfile) return procfile;
  const root = defaults.documentRoot;
  return { value: root, source: root === '' ? defaultSource() : { kind: 'framework-default', framework } };
}

export async function planPhpBuild(fs: AppFs, ctx: PhpPlanContext): Promise<PhpPlan> {
  const { configVars: vars, knobs, catalogs } = ctx;
  const dev = knobs.flag('COMPOSER_DEV');
  const files = await readComposerFiles(fs, dev);
  const { paas, warnings: paasWarnings } = files.json ? parsePaas(files.json.paas) : { paas: EMPTY_PAAS, warnings: [] };
  const warnings: Problem[] = [...paasWarnings];
  // Same wording as every boolean knob (src/env/knobs.ts), under this plan's own id.
  const devProblem = invalidKnobValue('COMPOSER_DEV', knobs.get('COMPOSER_DEV'));
  if (devProblem) warnings.push(devProblem);

  // Versions (php.md §2).
  const phpRequest = determinePhpRequest(files.json, paas, vars);
  warnings.push(...phpRequest.warnings);
  const php = resolveVersion(phpRequest.request, lockedPhpConstraints(files.lock, dev), catalogs.php);
  const nginx = resolveVersion(determineEngineRequest('nginx', files.json, paas, vars), [], catalogs.nginx);
  const composer = files.json ? resolveVersion(determineEngineRequest('composer', files.json, paas, vars), [], catalogs.composer) : undefined;

  const extensions = resolveExtensions(
    requiredExtensions(files.json, files.lock, dev), catalogs.php.extensionsOf(php.version), php.version, ALWAYS_ENABLED_EXTENSIONS,
    {
      providers: extensionProviders(files.lock, dev),
      availableOn: (name) => catalogs.php.versions.filter((v) => {
        const e = catalogs.php.extensionsOf(v);
        return v !== php.version && [...e.builtin, ...e.shared].some((x) => x.toLowerCase() === name);
      }),
    },
  );

  // A classic app declares no ext-*: look in its code for the ones the artifact lacks.
  if (!files.json) {
    const e = catalogs.php.extensionsOf(php.version);
    const has = new Set([...e.builtin, ...e.shared].map((x) => x.toLowerCase()));
    const missing = CODE_SIGNALS.filter((sig) => !has.has(sig.extension));
    for (const use of missing.length ? await findExtensionUse(fs, missing) : []) {
      warnings.push({
        id: 'php/extension-used-but-missing',
        message: `${use.file} calls the ${use.extension} extension, but PHP ${php.version} (${catalogs.php.from}) has no ${use.extension}: ` +
          'those calls will fail when the app runs. Use an artifact store whose PHP has it (PHP_BASE_URL); the platform\'s PHP builds it in.',
      });
    }
  }

  for (const [key, on] of Object.entries({ 'new-relic': paas.agents.newRelic, datadog: paas.agents.datadog, scout: paas.agents.scout })) {
    if (on) throw phpErrors.agentUnavailable(key, key === 'new-relic' ? 'New Relic' : key === 'datadog' ? 'Datadog' : 'Scout APM');
  }

  // A Heroku Procfile's heroku-php-nginx / heroku-php-apache2: its arguments as settings.
  const procfile = await fs.readText('Procfile');
  const procfileWeb = procfile !== undefined ? parseProcfile(procfile).web : undefined;
  const heroku = procfileWeb !== undefined ? mapHerokuBoot(procfileWeb) : undefined;

  // Framework and where nginx serves from (php.md §5, §7).
  const framework = await decideFramework(fs, files, paas);
  const documentRoot = decideDocumentRoot(
    paas, vars, framework.id, framework.defaults, (raw) => normalizeAppPath('DOCUMENT_ROOT config var', raw, true), heroku?.documentRoot,
  );
  if (heroku) warnings.push(herokuBootWarning(heroku, documentRoot));
  const steps = {
    node: (await fs.exists('package.json')) && !knobs.flag('PHP_BUILDPACK_NO_NODE'),
    compile: paas.compile.length > 0,
    framework: framework.id === 'symfony' && (await fs.exists('bin/console')),
    composerScripts: (files.json?.scripts.length ?? 0) > 0,
    composer: files.json !== undefined,
  };
  const deferredPathChecks: PathCheck[] = [];
  const planCheck = async (check: PathCheck): Promise<void> => {
    if ((await checkAppPath(fs, check, 'plan')) === 'ok') return;
    if (buildMayCreate(check.rel, steps)) deferredPathChecks.push(check);
    else if (check.frameworkDefault) throw phpErrors.frameworkDocumentRootMissing(check.frameworkDefault, check.rel, false);
    else throw phpErrors.pathInvalid(check.keyPath, check.rel, 'does not exist in the app (and no build step could create it: no package.json, no compile commands, no Composer scripts), so it must be committed');
  };
  await planCheck({
    keyPath: describeSource(documentRoot.source), rel: documentRoot.value, kind: 'dir',
    ...(documentRoot.source.kind === 'framework-default' ? { frameworkDefault: framework.id } : {}),
  });
  if (files.json !== undefined && framework.id === 'default' && documentRoot.value === '' && documentRoot.source.kind === 'default') {
    warnings.push(wholeAppPublic());
  }
  const pathChecks: Array<[string, readonly string[], 'file']> = [
    ['extra.paas.php-includes', paas.phpIncludes, 'file'],
    ['extra.paas.php-fpm-includes', paas.phpFpmIncludes, 'file'],
    ['extra.paas.nginx-includes', paas.nginxIncludes, 'file'],
    ['extra.paas.nginx-http-includes', paas.nginxHttpIncludes, 'file'],
  ];
  for (const [key, list, kind] of pathChecks) {
    for (const [i, rel] of list.entries()) await planCheck({ keyPath: `${key}[${i}]`, rel, kind });
  }
  for (const [i, rel] of paas.logFiles.entries()) await checkLogPath(fs, `extra.paas.log-files[${i}]`, rel);
  for (const [flag, list] of [['-C', heroku?.nginxIncludes], ['-F', heroku?.phpFpmIncludes], ['-i', heroku?.phpIncludes]] as const) {
    for (const rel of list ?? []) await planCheck({ keyPath: `${heroku!.script} ${flag} in Procfile`, rel, kind: 'file' });
  }
  for (const rel of heroku?.logFiles ?? []) await checkLogPath(fs, `${heroku!.script} -l in Procfile`, rel);
  // From here on, what the Procfile's heroku-php-* asked for counts as the extra.paas lists do.
  const served = heroku ? {
    ...paas,
    nginxIncludes: [...paas.nginxIncludes, ...heroku.nginxIncludes],
    phpFpmIncludes: [...paas.phpFpmIncludes, ...heroku.phpFpmIncludes],
    phpIncludes: [...paas.phpIncludes, ...heroku.phpIncludes],
    logFiles: [...paas.logFiles, ...heroku.logFiles],
  } : paas;

  const includes = await Promise.all(served.nginxIncludes.map(async (p) => ({ path: p, text: (await fs.readText(p)) ?? '' })));
  const clashes = findLocationClashes(framework.id, documentRoot.value === '', includes);
  if (clashes.length) throw phpErrors.nginxIncludeClash(clashes);

  // Path directives (auto_prepend_file, error_log, extension, …) lead inside the app: the
  // build's own PHP processes load php-config and php-includes (src/php/ini-paths.ts).
  const phpConfig = await checkIniPairs(fs, paas.phpConfig, 'extra.paas.php-config');
  const phpFpmConfig = await checkIniPairs(fs, paas.phpFpmConfig, 'extra.paas.php-fpm-config');
  for (const include of served.phpIncludes) {
    // An include that does not exist yet is written by a build step, i.e. by the app's own
    // code, which already runs with the build's rights: nothing more to guard against.
    const text = await fs.readText(include);
    if (text !== undefined) await checkIniFilePaths(fs, include, text);
  }

  // memory_limit as PHP will see it (php.md §8): defaults, php-config, php-includes, .user.ini.
  const userIniPath = documentRoot.value === '' ? '.user.ini' : `${documentRoot.value}/.user.ini`;
  const userIni = await fs.readText(userIniPath);
  const iniTexts = [
    ...(await Promise.all(served.phpIncludes.map(async (p) => ({ source: p, text: (await fs.readText(p)) ?? '' })))),
    ...(userIni !== undefined ? [{ source: userIniPath, text: userIni }] : []),
  ];
  const memoryLimit = determineMemoryLimit([
    { source: 'php.ini defaults', pairs: [{ key: 'memory_limit', value: PHP_INI_DEFAULTS.memory_limit }] },
    { source: 'extra.paas.php-config', pairs: [...paas.phpConfig] },
    ...iniTexts,
  ]);
  warnings.push(...checkMemoryLimit(memoryLimit));
  // post_max_size through the same layers, so nginx's body limit matches what PHP accepts.
  const postMaxSize = [
    ...paas.phpConfig.filter((p) => p.key === 'post_max_size').map((p) => p.value),
    ...iniTexts.flatMap((t) => findIniSettings(t.text, 'post_max_size').map((f) => f.value)),
  ].at(-1);
  warnings.push(...fpmConfigWarnings(paas));

  const accessLogFormat = vars.ACCESS_LOG_FORMAT !== undefined && vars.ACCESS_LOG_FORMAT.trim() !== ''
    ? checkAccessLogFormat(vars.ACCESS_LOG_FORMAT, 'the ACCESS_LOG_FORMAT config var')
    : paas.accessLogFormat;
  const frameworkLogs = framework.defaults.logFiles;
  const uploadDirs = await expandUploadDirs(fs, documentRoot.value, framework.defaults.uploadDirs);
  const settings: PhpRuntimeSettings = {
    documentRoot: documentRoot.value,
    indexDocument: paas.indexDocument ?? 'index.php',
    framework: framework.id,
    phpConfig,
    phpIncludes: served.phpIncludes,
    phpFpmConfig,
    phpFpmIncludes: served.phpFpmIncludes,
    nginxIncludes: served.nginxIncludes,
    nginxHttpIncludes: paas.nginxHttpIncludes,
    accessLogFormat,
    logFiles: [...new Set([...served.logFiles, ...frameworkLogs])],
    sharedExtensions: extensions.filter((e) => e.how === 'shared').map((e) => e.name),
    ...(postMaxSize !== undefined ? { postMaxSize } : {}),
    ...(uploadDirs.length ? { uploadDirs } : {}),
  };

  // Rendered here, so bin/plan fails on the same inputs compile would: values the
  // renderers cannot write safely; likewise a malformed COMPOSER_AUTH.
  const configFiles: PhpConfigFiles = {
    phpIni: renderPhpIni(settings),
    fpmConf: renderFpmConf(settings),
    nginxConf: renderPhpNginxConf(settings),
    extensionInis: renderExtensionInis(settings.sharedExtensions),
    includeLinks: settings.phpIncludes.map((rel, i) => ({ file: includeIniName(i, rel), target: rel })),
  };
  composerAuthEnv(vars);
  const frameworkCommands: FrameworkCommand[] =
    framework.id === 'symfony' && (await fs.exists('bin/console'))
      ? [{ step: 'Warming up the Symfony cache', where: 'Symfony cache warmup (framework symfony)', command: ['php', 'bin/console', 'cache:warmup', '--no-interaction'] }]
      : [];

  let assetBuild: PlannedBuildTool | undefined;
  let nodeSkipped: string | undefined;
  if (await fs.exists('package.json')) {
    if (knobs.flag('PHP_BUILDPACK_NO_NODE')) nodeSkipped = 'PHP_BUILDPACK_NO_NODE=true';
    // Its planner (and semver, ~20 ms to load) is loaded for the apps that have one only.
    else assetBuild = await ctx.planBuildTool(ASSET_BUILD_TOOL);
  }

  return {
    language: 'php',
    stack: ctx.stack,
    versions: { ...(assetBuild?.versions ?? {}), php: php.version, nginx: nginx.version, ...(composer ? { composer: composer.version } : {}) },
    resolved: { php, nginx, composer },
    composer: files.json
      ? {
          command: ['composer', 'install', '--prefer-dist', '--optimize-autoloader', '--no-interaction', '--no-progress', ...(dev ? [] : ['--no-dev'])],
          dev,
          why: dev ? `COMPOSER_DEV=true (${knobs.sourceOf('COMPOSER_DEV')}): dev dependencies installed` : 'production install (set COMPOSER_DEV=true for dev dependencies)',
          lockedPackages: files.lock?.packages.filter((p) => dev || !p.dev).length ?? 0,
          lockedNames: files.lock?.packages.map((p) => p.name) ?? [],
          reuseVendor: knobs.get(REUSE_KNOB) !== 'false',
        }
      : undefined,
    extensions,
    framework: { id: framework.id, source: framework.source, env: framework.env },
    documentRoot,
    deferredPathChecks,
    memoryLimit,
    settings,
    configFiles,
    frameworkCommands,
    compileCommands: paas.compile,
    assetBuild,
    nodeSkipped,
    processTypes: procfileWeb ? { web: procfileWeb } : { web: DEFAULT_WEB_COMMAND },
    processSource: procfileWeb ? (heroku ? `Procfile; its ${heroku.script} starts the nginx + PHP-FPM boot script` : 'Procfile') : 'nginx + PHP-FPM boot script',
    ...(heroku ? { herokuBoot: { script: heroku.script, invokedAs: heroku.invokedAs } } : {}),
    warnings: [...warnings, ...(assetBuild?.warnings ?? [])],
  };
}
