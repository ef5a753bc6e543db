/**
 * Framework detection (php.md §7) from data/php-frameworks.json: an ordered list of
 * entries, first match wins. An entry matches when any of its signals matches; a signal
 * matches when all of its conditions hold (a dependency, optionally locked at a version
 * prefix; a file that exists; index.php mentioning a word). Several entries may share an
 * id (Magento 2 / Magento 1, Yii 2 / Yii 1, CodeIgniter 4 / 3): they differ in document
 * root and log files, not in nginx locations.
 *
 * Priority (most specific first; src/nginx-config/README.md has the same list):
 *  1. Products built on frameworks, which lock those frameworks' packages: Magento
 *     (locks laminas-mvc and Symfony components), PrestaShop (1.7+ locks symfony/symfony),
 *     Drupal (Symfony components).
 *  2. The WordPress family, whose files are unambiguous: Bedrock before WordPress.
 *  3. Full-stack frameworks: Laravel and Lumen (they lock symfony/* components) before
 *     Symfony 4+ (flex or framework-bundle, and public/index.php) before Symfony 2/3
 *     (symfony/symfony, which a 4.x app may still require), then Silex, Laminas, Yii,
 *     CakePHP 2, CodeIgniter.
 *  4. Slim, a micro-framework others may embed.
 * Nothing matches → `default`. `none` is only ever chosen explicitly.
 */
import doc from '../../data/php-frameworks.json' with { type: 'json' };
import type { FrameworkId } from './settings.js';

export const FRAMEWORK_IDS = [
  'default', 'none', 'laravel', 'lumen', 'symfony', 'symfony2', 'slim', 'cakephp2', 'codeigniter',
  'laminas', 'yii', 'drupal', 'wordpress', 'bedrock', 'magento', 'prestashop', 'silex',
] as const satisfies readonly FrameworkId[];
// Compile-time: every FrameworkId is listed above.
const everyIdListed: Exclude<FrameworkId, (typeof FRAMEWORK_IDS)[number]> extends never ? true : never = true;
void everyIdListed;

export interface FrameworkSignal {
  /** A root require key or a locked package name. */
  readonly package?: string;
  /** With package: the locked version must start with this (`2.` → 2.x; a leading v is ignored). */
  readonly version?: string;
  /** Relative to the app root. */
  readonly file?: string;
  /** Case-insensitive text in index.php. */
  readonly indexPhpContains?: string;
}

export interface FrameworkEntry {
  readonly id: FrameworkId;
  readonly label: string;
  readonly signals: readonly FrameworkSignal[];
  readonly documentRoot: string;
  /**
   * Where the framework keeps user uploads, relative to the document root (a `*` segment
   * stands for every directory there, as in Drupal's "sites/ * /files"). PHP reads no .user.ini for
   * scripts under them: an uploaded one would otherwise set auto_prepend_file.
   */
  readonly uploadDirs?: readonly string[];
  readonly logFiles: readonly string[];
  readonly env: Readonly<Record<string, string>>;
}

export interface FrameworkDefaults {
  readonly documentRoot: string;
  readonly uploadDirs: readonly string[];
  readonly logFiles: string[];
  readonly env: Record<string, string>;
  readonly label: string;
}

export interface FrameworkDetectionInput {
  /** Root require keys and every locked package name. */
  readonly packages: ReadonlySet<string>;
  readonly exists: (relPath: string) => boolean;
  /** Text of index.php, for PrestaShop. */
  readonly indexPhp?: string;
  /** Locked versions by package name (composer.lock), for version-specific signals (CakePHP 2). */
  readonly lockedVersions?: ReadonlyMap<string, string>;
}

export function isFrameworkId(x: unknown): x is FrameworkId {
  return typeof x === 'string' && (FRAMEWORK_IDS as readonly string[]).includes(x);
}

const SIGNAL_KEYS = new Set(['package', 'version', 'file', 'indexPhpContains']);
const ENTRY_KEYS = new Set(['id', 'label', 'signals', 'documentRoot', 'uploadDirs', 'logFiles', 'env']);
const REL_PATH = /^(?!\/)(?!.*(?:^|\/)\.\.(?:\/|$))[A-Za-z0-9._/-]*$/;

/** Validates the data file's shape; throws naming the entry and field. */
export function validateFrameworkData(data: unknown): FrameworkEntry[] {
  const fail = (where: string, what: string): never => {
    throw new Error(`data/php-frameworks.json: ${where} ${what}`);
  };
  const list = (data as { frameworks?: unknown } | null)?.frameworks;
  if (!Array.isArray(list)) return fail('frameworks', 'must be an array');
  const strings = (v: unknown, where: string) => (Array.isArray(v) && v.every((s) => typeof s === 'string') ? (v as string[]) : fail(where, 'must be an array of strings'));
  return list.map((raw: Record<string, unknown>, i) => {
    const at = `frameworks[${i}]`;
    if (typeof raw !== 'object' || raw === null) return fail(at, 'must be an object');
    for (const k of Object.keys(raw)) if (!ENTRY_KEYS.has(k)) fail(`${at}.${k}`, 'is not a known field');
    if (!isFrameworkId(raw.id)) return fail(`${at}.id`, 'is not a FrameworkId');
    if (typeof raw.label !== 'string' || raw.label === '') fail(`${at}.label`, 'must be a non-empty string');
    if (typeof raw.documentRoot !== 'string' || !REL_PATH.test(raw.documentRoot)) fail(`${at}.documentRoot`, 'must be a relative path inside the app');
    for (const f of strings(raw.logFiles, `${at}.logFiles`)) if (f === '' || !REL_PATH.test(f)) fail(`${at}.logFiles`, `has a bad path ${JSON.stringify(f)}`);
    if (raw.uploadDirs !== undefined) {
      for (const d of strings(raw.uploadDirs, `${at}.uploadDirs`)) {
        if (d === '' || !REL_PATH.test(d.replace(/(^|\/)\*(?=\/|$)/g, '$1x'))) fail(`${at}.uploadDirs`, `has a bad path ${JSON.stringify(d)}`);
      }
    }
    const env = raw.env as Record<string, unknown>;
    if (typeof env !== 'object' || env === null || Array.isArray(env)) fail(`${at}.env`, 'must be an object');
    for (const [k, v] of Object.entries(env)) if (!/^[A-Z_][A-Z0-9_]*$/.test(k) || typeof v !== 'string') fail(`${at}.env.${k}`, 'must be NAME: string');
    if (!Array.isArray(raw.signals)) return fail(`${at}.signals`, 'must be an array');
    const explicitOnly = raw.id === 'default' || raw.id === 'none';
    if (explicitOnly !== (raw.signals.length === 0)) fail(`${at}.signals`, explicitOnly ? 'must be empty' : 'must not be empty');
    raw.signals.forEach((s: Record<string, unknown>, j: number) => {
      const sat = `${at}.signals[${j}]`;
      if (typeof s !== 'object' || s === null) return fail(sat, 'must be an object');
      for (const [k, v] of Object.entries(s)) {
        if (!SIGNAL_KEYS.has(k)) fail(`${sat}.${k}`, 'is not a known condition');
        if (typeof v !== 'string' || v === '') fail(`${sat}.${k}`, 'must be a non-empty string');
      }
      if (s.package === undefined && s.file === undefined && s.indexPhpContains === undefined) fail(sat, 'has no condition');
      if (s.version !== undefined && s.package === undefined) fail(sat, 'has a version without a package');
      if (typeof s.file === 'string' && !REL_PATH.test(s.file)) fail(`${sat}.file`, 'must be a relative path inside the app');
      return undefined;
    });
    return raw as unknown as FrameworkEntry;
  });
}

const ENTRIES: readonly FrameworkEntry[] = validateFrameworkData(doc);

/** Every file a signal looks for, so the caller can check them up front. */
export const FRAMEWORK_FILE_SIGNALS: readonly string[] = [...new Set(ENTRIES.flatMap((e) => e.signals.flatMap((s) => (s.file ? [s.file] : []))))];

/** Package names are case-insensitive in Composer (and lowercased in composer.lock). */
const has = (app: FrameworkDetectionInput, name: string) => app.packages.has(name) || app.packages.has(name.toLowerCase());
const lockedVersion = (app: FrameworkDetectionInput, name: string) => app.lockedVersions?.get(name) ?? app.lockedVersions?.get(name.toLowerCase());

/** Why the signal matches, or undefined. */
function matchSignal(s: FrameworkSignal, app: FrameworkDetectionInput): string | undefined {
  const why: string[] = [];
  if (s.package !== undefined) {
    if (!has(app, s.package)) return undefined;
    if (s.version !== undefined) {
      const locked = lockedVersion(app, s.package)?.replace(/^v/, '');
      if (locked === undefined || !locked.startsWith(s.version)) return undefined;
      why.push(`${s.package} ${locked} is locked`);
    } else why.push(`${s.package} is a dependency`);
  }
  if (s.file !== undefined) {
    if (!app.exists(s.file)) return undefined;
    why.push(`${s.file} exists`);
  }
  if (s.indexPhpContains !== undefined) {
    if (!app.indexPhp?.toLowerCase().includes(s.indexPhpContains.toLowerCase())) return undefined;
    why.push(`index.php mentions ${s.indexPhpContains}`);
  }
  return why.join(' and ');
}

function firstMatch(entries: readonly FrameworkEntry[], app: FrameworkDetectionInput): { entry: FrameworkEntry; why: string } | undefined {
  for (const entry of entries) {
    for (const s of entry.signals) {
      const why = matchSignal(s, app);
      if (why !== undefined) return { entry, why };
    }
  }
  return undefined;
}

const toDefaults = (e: FrameworkEntry): FrameworkDefaults => ({
  documentRoot: e.documentRoot,
  uploadDirs: [...(e.uploadDirs ?? [])],
  logFiles: [...e.logFiles],
  env: { ...e.env },
  label: e.label,
});

export function detectFramework(app: FrameworkDetectionInput): { id: FrameworkId; reason: string; defaults: FrameworkDefaults } {
  const found = firstMatch(ENTRIES, app);
  if (!found) return { id: 'default', reason: 'no framework detected', defaults: frameworkDefaults('default') };
  return { id: found.entry.id, reason: found.why, defaults: toDefaults(found.entry) };
}

/**
 * The defaults of a framework. With the app, the entry of that id whose signals match
 * (an explicit `magento` on a Magento 1 app gets the app root); otherwise the first
 * entry listed, the current major version.
 */
export function frameworkDefaults(id: FrameworkId, app?: FrameworkDetectionInput): FrameworkDefaults {
  const entries = ENTRIES.filter((e) => e.id === id);
  const entry = (app && firstMatch(entries, app)?.entry) ?? entries[0];
  if (!entry) throw new Error(`frameworkDefaults: no entry for ${id} in data/php-frameworks.json`);
  return toDefaults(entry);
}
