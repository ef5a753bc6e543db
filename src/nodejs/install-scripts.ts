/**
 * The app's own install lifecycle scripts (preinstall, install, postinstall, prepare, …
 * of the root and of workspace members) when the install is reused instead of run.
 *
 * A package manager runs them after (or around) its install, and what they write outside
 * node_modules (`"postinstall": "tsc"` writes dist/) is part of the slug. The restored
 * node_modules holds what they wrote inside it, but the app is a fresh checkout every
 * build: a reused install must run them again, in the order the manager runs them, with
 * the manager's own `run` (same env and cwd as at install), or not be reused at all.
 *
 * What each release runs is data (data/install-scripts.json). `<manager> run x` may run
 * prex and postx as well; the commands are chosen so that what they run, hooks included,
 * is exactly the install's sequence, else the install is not reusable (and the log says
 * why). Settings that change which scripts an install runs (ignore-scripts, pnpm's
 * enable-pre-post-scripts) make it not reusable too. Pure.
 */
import semver from 'semver';
import doc from '../../data/install-scripts.json' with { type: 'json' };

export type ScriptHooks = 'any' | 'unprefixed' | 'none';

export interface LifecycleStep {
  readonly who: 'root' | 'members';
  readonly events: readonly string[];
  /** Yarn 1: prepublish and prepare do not run in a production install. */
  readonly unlessProduction?: boolean;
}

/** What one manager release runs: the steps in order, and what `run x` runs besides x. */
export interface InstallLifecycle {
  readonly steps: readonly LifecycleStep[];
  readonly runHooks: ScriptHooks;
}

interface Row extends InstallLifecycle {
  readonly range: string;
}

const KINDS = doc.kinds as unknown as Readonly<Record<string, readonly Row[] | undefined>>;
export const SCRIPT_SETTINGS: { readonly names: readonly string[]; readonly files: readonly string[] } = doc.settings;

/**
 * The lifecycle of a manager release (the last matching row); an unknown release (a
 * vendored yarnPath) takes the rows that match any. Undefined for a manager row the data
 * does not describe: its scripts cannot be run for a reused install.
 */
export function installLifecycle(kind: string, version: string | undefined): InstallLifecycle | undefined {
  const rows = KINDS[kind];
  if (!rows?.length) return undefined;
  const match = rows.filter((r) => (version === undefined ? r.range === '*' : semver.satisfies(version, r.range, { includePrerelease: true }))).at(-1)
    ?? rows[0]!;
  return { steps: match.steps, runHooks: match.runHooks };
}

/** A package of the app: the root (`dir` '') or a workspace member. */
export interface ScriptPackage {
  readonly dir: string;
  readonly scripts: Readonly<Record<string, string>>;
}

/** One script to run: `event` (and the hooks it brings) of the package in `dir`. */
export interface ScriptRun {
  readonly dir: string;
  readonly event: string;
  /** Every script this run executes, hooks included, in order (for the log). */
  readonly runs: readonly string[];
}

export type ScriptReplay = { readonly runs: readonly ScriptRun[] } | { readonly reason: string };

const present = (pkg: ScriptPackage, name: string) => typeof pkg.scripts[name] === 'string' && pkg.scripts[name]!.trim() !== '';

/** What `<manager> run <event>` executes in `pkg`: the script and the hooks the release adds. */
export function runExpansion(pkg: ScriptPackage, event: string, hooks: ScriptHooks): string[] {
  const withHooks = hooks === 'any' || (hooks === 'unprefixed' && !/^(pre|post)/.test(event));
  if (!withHooks) return [event];
  return [...(present(pkg, `pre${event}`) ? [`pre${event}`] : []), event, ...(present(pkg, `post${event}`) ? [`post${event}`] : [])];
}

/**
 * The `run` commands whose expansions, one after the other, are exactly `wanted`; undefined
 * when there are none (a member with both preinstall and install under npm 7: `npm run
 * install` would run preinstall a second time).
 */
function coverSequence(pkg: ScriptPackage, wanted: readonly string[], hooks: ScriptHooks, from = 0): string[] | undefined {
  if (from === wanted.length) return [];
  const head = wanted[from]!;
  // `x` itself, or the script whose pre-hook `x` is (preinstall as the start of `run install`).
  const candidates = [head, ...(head.startsWith('pre') && present(pkg, head.slice(3)) ? [head.slice(3)] : [])];
  for (const c of candidates) {
    if (!present(pkg, c)) continue;
    const runs = runExpansion(pkg, c, hooks);
    if (runs.every((r, i) => wanted[from + i] === r)) {
      const rest = coverSequence(pkg, wanted, hooks, from + runs.length);
      if (rest) return [c, ...rest];
    }
  }
  return undefined;
}

const label = (dir: string) => (dir ? `${dir}/package.json` : 'package.json');

/**
 * The scripts a reused install must run, in the manager's order (members in dependency
 * order, as `members` comes), or why it cannot. `production`: a production install (Yarn 1).
 */
export function planScriptReplay(
  lifecycle: InstallLifecycle, root: ScriptPackage, members: readonly ScriptPackage[], production: boolean,
): ScriptReplay {
  const runs: ScriptRun[] = [];
  for (const step of lifecycle.steps) {
    if (step.unlessProduction && production) continue;
    for (const pkg of step.who === 'root' ? [root] : members) {
      const wanted = step.events.filter((e) => present(pkg, e));
      if (wanted.length === 0) continue;
      const cover = coverSequence(pkg, wanted, lifecycle.runHooks);
      if (!cover) {
        return {
          reason: `the install runs ${wanted.join(', ')} of ${label(pkg.dir)}, and no sequence of \`run\` commands runs exactly these ` +
            `(it would run ${pkg.dir ? 'a' : 'the'} pre/post script a second time or out of order)`,
        };
      }
      for (const event of cover) runs.push({ dir: pkg.dir, event, runs: runExpansion(pkg, event, lifecycle.runHooks) });
    }
  }
  return { runs };
}

/**
 * Where a setting that changes which scripts an install runs is set: a config var (any
 * manager's prefix, any case) or a line of the app's config files. Undefined when none is.
 */
export function scriptSettingSetBy(vars: Readonly<Record<string, string | undefined>>, files: Readonly<Record<string, string | undefined>>): string | undefined {
  for (const name of SCRIPT_SETTINGS.names) {
    const snake = name.replace(/-/g, '_');
    const camel = name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
    const envName = new RegExp(`^(npm_config_|pnpm_config_|yarn_)${snake}$`, 'i');
    const set = Object.keys(vars).find((k) => envName.test(k) && vars[k] !== undefined && vars[k] !== '');
    if (set) return `${set} (config var)`;
    const key = new RegExp(`^\\s*["']?(${name}|${camel})["']?\\s*[=:\\s]`, 'm');
    for (const file of SCRIPT_SETTINGS.files) {
      const text = files[file];
      if (text !== undefined && key.test(text)) return `${name} in ${file}`;
    }
  }
  return undefined;
}

/** A member's package.json, read for its name, scripts and dependencies only. */
export interface MemberManifest {
  readonly dir: string;
  readonly name?: string;
  readonly scripts: Readonly<Record<string, string>>;
  readonly dependsOn: readonly string[];
}

/** Undefined when the text is not a JSON object (the package manager reports it). */
export function readMemberManifest(dir: string, text: string): MemberManifest | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const obj = raw as Record<string, unknown>;
  const scripts: Record<string, string> = {};
  if (typeof obj.scripts === 'object' && obj.scripts !== null) {
    for (const [k, v] of Object.entries(obj.scripts)) if (typeof v === 'string') scripts[k] = v;
  }
  const dependsOn = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies']
    .flatMap((k) => (typeof obj[k] === 'object' && obj[k] !== null ? Object.keys(obj[k] as object) : []));
  return { dir, ...(typeof obj.name === 'string' ? { name: obj.name } : {}), scripts, dependsOn };
}

/**
 * Members in dependency order (a member after the members it depends on), by directory
 * otherwise: the order Yarn 2+ and pnpm build workspaces in. A cycle keeps directory order.
 */
export function dependencyOrder(members: readonly MemberManifest[]): MemberManifest[] {
  const sorted = [...members].sort((a, b) => (a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0));
  const byName = new Map(sorted.filter((m) => m.name !== undefined).map((m) => [m.name!, m]));
  const out: MemberManifest[] = [];
  const state = new Map<MemberManifest, 'visiting' | 'done'>();
  const visit = (m: MemberManifest): void => {
    if (state.get(m)) return;
    state.set(m, 'visiting');
    for (const dep of m.dependsOn) {
      const d = byName.get(dep);
      if (d && d !== m && !state.get(d)) visit(d);
    }
    state.set(m, 'done');
    out.push(m);
  };
  for (const m of sorted) visit(m);
  return out;
}

/**
 * The workspace globs of the app: package.json `workspaces` (an array, or `{packages}`) for
 * npm and Yarn, pnpm-workspace.yaml `packages:` for pnpm. `[]`: not a workspace; a string:
 * why they cannot be read.
 */
export function workspacePatterns(kind: string, rootPackageJson: string | undefined, pnpmWorkspace: string | undefined): string[] | string {
  if (kind === 'pnpm') return pnpmWorkspace === undefined ? [] : readPnpmPackages(pnpmWorkspace);
  let raw: unknown;
  try {
    raw = JSON.parse((rootPackageJson ?? '{}').replace(/^\uFEFF/, ''));
  } catch {
    return 'package.json does not parse';
  }
  const ws = (raw as { workspaces?: unknown } | null)?.workspaces;
  const list = Array.isArray(ws) ? ws : typeof ws === 'object' && ws !== null ? (ws as { packages?: unknown }).packages : ws === undefined ? [] : undefined;
  if (list === undefined) return [];
  if (!Array.isArray(list) || !list.every((p) => typeof p === 'string')) return 'package.json workspaces is not a list of paths';
  return list as string[];
}

/** The `packages:` list of pnpm-workspace.yaml (block or flow style). */
function readPnpmPackages(text: string): string[] | string {
  const lines = text.split(/\r?\n/);
  const at = lines.findIndex((l) => /^packages\s*:/.test(l));
  if (at < 0) return [];
  const unquote = (s: string) => s.trim().replace(/^(['"])(.*)\1$/, '$2');
  const inline = lines[at]!.replace(/^packages\s*:/, '').replace(/\s+#.*$/, '').trim();
  if (inline.startsWith('[')) {
    if (!inline.endsWith(']')) return 'pnpm-workspace.yaml packages is not a one-line list';
    return inline.slice(1, -1).split(',').map(unquote).filter((s) => s !== '');
  }
  if (inline !== '') return 'pnpm-workspace.yaml packages is not a list';
  const out: string[] = [];
  for (const line of lines.slice(at + 1)) {
    if (/^\s*(#.*)?$/.test(line)) continue;
    const m = /^\s+-\s*(.*?)\s*(?:\s#.*)?$/.exec(line);
    if (!m) break;
    out.push(unquote(m[1]!));
  }
  return out;
}

/** A workspace glob (`packages/*`, `apps/**`, `!**\/test`) as a regular expression over member directories. */
function globToRegExp(glob: string): RegExp | undefined {
  const g = glob.replace(/^\.\//, '').replace(/\/+$/, '');
  if (/[{}[\]()]/.test(g)) return undefined;
  let re = '';
  for (let i = 0; i < g.length; i++) {
    const c = g[i]!;
    if (c === '*' && g[i + 1] === '*') {
      // `**/` matches no directory or any number of them; a trailing `**` anything below.
      if (g[i + 2] === '/') {
        re += '(?:.*/)?';
        i += 2;
      } else {
        re += '.*';
        i += 1;
      }
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^$|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** The member directories the globs select (negated globs take away), or why they cannot be read. */
export function selectMembers(patterns: readonly string[], dirs: readonly string[]): string[] | string {
  const include: RegExp[] = [];
  const exclude: RegExp[] = [];
  for (const p of patterns) {
    const neg = p.startsWith('!');
    const re = globToRegExp(neg ? p.slice(1) : p);
    if (!re) return `the workspace pattern ${JSON.stringify(p)} uses a glob syntax the build does not read`;
    (neg ? exclude : include).push(re);
  }
  return dirs.filter((d) => include.some((r) => r.test(d)) && !exclude.some((r) => r.test(d)));
}

/** What deciding the scripts of a reused install reads. */
export interface ReplayInputs {
  readonly kind: string;
  readonly runInstallScript: (event: string, dir: string, install: readonly string[]) => { readonly argv: readonly string[]; readonly cwd: string };
  /** The release that installed (npm's for npm); undefined for a release of unknown version. */
  readonly version: string | undefined;
  readonly installCommand: readonly string[];
  /** The environment the manager runs with (config vars included). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The app's files by path: package.json, the members' package.json, the config files. */
  readonly texts: Readonly<Record<string, string | undefined>>;
  /** Every package.json path found in the app (the root's included). */
  readonly manifests: readonly string[];
}

export interface ReplayCommand extends ScriptRun {
  readonly argv: readonly string[];
  /** Relative to the app. */
  readonly cwd: string;
}

export type ReplayDecision = { readonly commands: readonly ReplayCommand[] } | { readonly reason: string };

/** The commands a reused install runs for the app's lifecycle scripts, or why it cannot be reused. */
export function decideScriptReplay(i: ReplayInputs): ReplayDecision {
  const lifecycle = installLifecycle(i.kind, i.version);
  if (!lifecycle) return { reason: `data/install-scripts.json does not say which lifecycle scripts the ${i.kind} install runs` };
  const root = readMemberManifest('', i.texts['package.json'] ?? '{}');
  if (!root) return { reason: 'package.json does not parse' };
  let members: MemberManifest[] = [];
  if (lifecycle.steps.some((s) => s.who === 'members')) {
    const patterns = workspacePatterns(i.kind, i.texts['package.json'], i.texts['pnpm-workspace.yaml']);
    if (typeof patterns === 'string') return { reason: `the workspace members cannot be told (${patterns})` };
    const dirs = i.manifests.filter((m) => m !== 'package.json').map((m) => m.slice(0, -'/package.json'.length));
    const selected = selectMembers(patterns, dirs);
    if (typeof selected === 'string') return { reason: `the workspace members cannot be told (${selected})` };
    for (const dir of selected) {
      const m = readMemberManifest(dir, i.texts[`${dir}/package.json`] ?? '');
      if (!m) return { reason: `${dir}/package.json does not parse` };
      members.push(m);
    }
    members = dependencyOrder(members);
  }
  const setting = scriptSettingSetBy(i.env, i.texts);
  const anyScript = [root, ...members].some((p) => lifecycle.steps.some((s) => s.events.some((e) => present(p, e))));
  if (setting && anyScript) {
    return { reason: `${setting} changes which lifecycle scripts the install runs, so they cannot be run for it` };
  }
  // Yarn 1: a production install (YARN_PRODUCTION) skips prepublish and prepare.
  const yarnProduction = i.env.YARN_PRODUCTION;
  const production = yarnProduction !== undefined && yarnProduction !== '' && yarnProduction !== 'false' && !i.installCommand.includes('--production=false');
  const replay = planScriptReplay(lifecycle, root, members, production);
  if ('reason' in replay) return replay;
  return {
    commands: replay.runs.map((r) => {
      const { argv, cwd } = i.runInstallScript(r.event, r.dir, i.installCommand);
      return { ...r, argv, cwd };
    }),
  };
}
