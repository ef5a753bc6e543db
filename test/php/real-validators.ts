/**
 * Real-binary checks of the generated configs (STYLE 10): the nginx and PHP (default
 * line) of the store built from source (scripts/build-store.mjs). `writeRuntimeApp` lays
 * out an app the way the build and boot do — templates under .scalingo/php-app, the
 * nginx mime.types and PHP extensions where the artifacts put them (symlinks to the
 * extracted store's), placeholders filled into a run dir — then `nginxTest`,
 * `phpFpmTest`, `phpRun` and `serveApp` run the binaries on it. A missing binary is a
 * failure with a message, never a skip.
 */
import { execa, type ResultPromise } from 'execa';
import { afterAll } from 'vitest';
import * as fs from 'node:fs/promises';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { renderPhpNginxConf as renderNginxConf } from '../../src/php/nginx-site.js';
import { fillPlaceholders, type PlaceholderValues } from '../../src/php/placeholders.js';
import { renderFpmConf } from '../../src/php/render-fpm.js';
import { includeIniName, renderExtensionInis, renderPhpIni } from '../../src/php/render-ini.js';
import { PHP_LAYOUT, type PhpRuntimeSettings } from '../../src/php/settings.js';
import { holdsSocket, listeningSockets } from '../support/listening.js';
import phpVersions from '../../data/php-versions.json' with { type: 'json' };
import { sourceStore } from '../support/php-store.js';

/**
 * The built binaries of the store (test/support/php-store.ts) on the default PHP line,
 * extracted once per store into a temp dir named after the artifacts' sha256 (renamed
 * into place whole, so concurrent test files never see half a tree).
 */
async function storeBinaries() {
  const store = await sourceStore();
  const pick = (name: string, line?: string) => {
    const a = store.manifest.artifacts.find((x) => x.name === name && (line === undefined || x.line === line));
    if (!a) throw new Error(`The store at ${store.dir} has no ${name}${line ? ` ${line}` : ''} artifact (its lines: ${JSON.stringify(store.manifest.lines)})`);
    return a;
  };
  const php = pick('php', phpVersions.php.defaultLine);
  const nginx = pick('nginx');
  const base = path.join(os.tmpdir(), `engine-test-store-bin-${php.sha256.slice(0, 12)}-${nginx.sha256.slice(0, 12)}`);
  if (!existsSync(path.join(base, 'complete'))) {
    const tmp = `${base}.tmp-${process.pid}`;
    await fs.rm(tmp, { recursive: true, force: true });
    for (const [dir, a] of [['php', php], ['nginx', nginx]] as const) {
      await fs.mkdir(path.join(tmp, dir), { recursive: true });
      await execa('tar', ['-xzf', path.join(store.dir, a.path), '-C', path.join(tmp, dir)]);
    }
    await fs.writeFile(path.join(tmp, 'complete'), '');
    await fs.rename(tmp, base).catch(async (e: NodeJS.ErrnoException) => {
      // Another test file extracted the same artifacts first: use theirs.
      if (e.code !== 'ENOTEMPTY' && e.code !== 'EEXIST') throw e;
      await fs.rm(tmp, { recursive: true, force: true });
    });
  }
  return Object.freeze({
    nginx: path.join(base, 'nginx/sbin/nginx'),
    phpFpm: path.join(base, 'php/sbin/php-fpm'),
    php: path.join(base, 'php/bin/php'),
    mimeTypes: path.join(base, 'nginx/conf/mime.types'),
    extensionDir: path.join(base, 'php/lib/php/extensions'),
    phpVersion: php.version,
    nginxVersion: nginx.version,
  });
}

export const SYSTEM = await storeBinaries();

/** Throws (failing the test) when a binary or data file the checks need is missing. */
export function assertSystemBinaries(): void {
  const missing = Object.entries(SYSTEM).filter(([k, p]) => !k.endsWith('Version') && !existsSync(p));
  if (missing.length) {
    throw new Error(
      `The real config validators need ${missing.map(([k, p]) => `${k} (${p})`).join(', ')}, which ` +
        'the extracted store lacks. Build the store with `node scripts/build-store.mjs`.',
    );
  }
}

export interface RuntimeApp {
  readonly appDir: string;
  readonly runDir: string;
  readonly confD: string;
  /** Placeholders filled, in runDir. */
  readonly phpIni: string;
  readonly fpmConf: string;
  readonly nginxConf: string;
  readonly values: PlaceholderValues;
}

export const BASE_SETTINGS: PhpRuntimeSettings = Object.freeze({
  documentRoot: '',
  indexDocument: 'index.php',
  framework: 'default',
  phpConfig: [],
  phpIncludes: [],
  phpFpmConfig: [],
  phpFpmIncludes: [],
  nginxIncludes: [],
  nginxHttpIncludes: [],
  logFiles: [],
  sharedExtensions: [],
});

const created: string[] = [];
// Registered in each test file that imports this module (vitest isolates files).
afterAll(async () => {
  await Promise.all(created.splice(0).map((d) => fs.rm(d, { recursive: true, force: true })));
});

async function tmp(prefix: string): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), `${prefix}-`));
  created.push(dir);
  return dir;
}

/**
 * An app dir with `files` (relative path → content; the document root is created) and
 * the rendered configs, plus a run dir with the filled copies.
 */
export async function writeRuntimeApp(
  settings: PhpRuntimeSettings,
  opts: { files?: Record<string, string>; port?: number } = {},
): Promise<RuntimeApp> {
  assertSystemBinaries();
  const appDir = await tmp('php-app');
  const runDir = await tmp('php-run');
  await fs.mkdir(path.join(appDir, settings.documentRoot), { recursive: true });
  for (const [rel, text] of Object.entries(opts.files ?? {})) {
    await fs.mkdir(path.dirname(path.join(appDir, rel)), { recursive: true });
    await fs.writeFile(path.join(appDir, rel), text);
  }
  await fs.mkdir(path.join(appDir, PHP_LAYOUT.nginx, 'conf'), { recursive: true });
  await fs.symlink(SYSTEM.mimeTypes, path.join(appDir, PHP_LAYOUT.nginx, 'conf/mime.types'));
  await fs.mkdir(path.join(appDir, PHP_LAYOUT.php, 'lib/php'), { recursive: true });
  await fs.symlink(SYSTEM.extensionDir, path.join(appDir, PHP_LAYOUT.php, 'lib/php/extensions'));

  const configDir = path.join(appDir, PHP_LAYOUT.config);
  const confD = path.join(configDir, 'conf.d');
  await fs.mkdir(confD, { recursive: true });
  const templates = { 'php.ini': renderPhpIni(settings), 'php-fpm.conf': renderFpmConf(settings), 'nginx.conf': renderNginxConf(settings) };
  for (const { file, text } of renderExtensionInis(settings.sharedExtensions)) await fs.writeFile(path.join(confD, file), text);
  for (const [i, rel] of settings.phpIncludes.entries()) {
    await fs.symlink(path.relative(confD, path.join(appDir, rel)), path.join(confD, includeIniName(i, rel)));
  }
  const values: PlaceholderValues = {
    appDir, runDir, port: String(opts.port ?? 8080), webConcurrency: '3', phpFpmMaxRequests: '0', pmMaxSpareServers: '2',
  };
  for (const [name, text] of Object.entries(templates)) {
    await fs.writeFile(path.join(configDir, name), text);
    await fs.writeFile(path.join(runDir, name), fillPlaceholders(text, values, { root: true }));
  }
  return {
    appDir, runDir, confD, values,
    phpIni: path.join(runDir, 'php.ini'),
    fpmConf: path.join(runDir, 'php-fpm.conf'),
    nginxConf: path.join(runDir, 'nginx.conf'),
  };
}

export interface ValidatorResult {
  readonly ok: boolean;
  readonly exitCode: number | undefined;
  readonly output: string;
}

const env = (app: RuntimeApp, extra: Record<string, string> = {}) => ({
  PATH: '/usr/sbin:/usr/bin:/sbin:/bin',
  // Only the rendered conf.d (the store's PHP has no scan dir of its own, but say so).
  PHP_INI_SCAN_DIR: app.confD,
  ...extra,
});

/**
 * Output goes to a file, through sh: nginx (access_log /dev/stdout) and php-fpm
 * (error_log /proc/self/fd/2) open() their stdout/stderr, which works for a pipe, a file
 * or a tty but not for a socket — and Node gives a child socketpairs for "pipe" stdio.
 */
async function run(file: string, args: string[], app: RuntimeApp, extraEnv?: Record<string, string>): Promise<ValidatorResult> {
  const out = path.join(await tmp('validator-out'), 'output');
  const r = await execa('/bin/sh', ['-c', 'exec "$0" "$@" >>"$VALIDATOR_OUT" 2>&1', file, ...args], {
    env: { ...env(app, extraEnv), VALIDATOR_OUT: out }, extendEnv: false, reject: false, cwd: app.appDir, timeout: 30_000, stdin: 'ignore',
  });
  const output = await fs.readFile(out, 'utf8').catch(() => '');
  return { ok: r.exitCode === 0, exitCode: r.exitCode, output };
}

/** `nginx -t` with the run dir as prefix (-e: errors before the config is read go to stderr too). */
export function nginxTest(app: RuntimeApp): Promise<ValidatorResult> {
  return run(SYSTEM.nginx, ['-t', '-p', `${app.runDir}/`, '-e', 'stderr', '-c', app.nginxConf], app);
}

/** `php-fpm -t`: the pool runs as root here (-R), with the rendered php.ini and conf.d. */
export function phpFpmTest(app: RuntimeApp, dump = false): Promise<ValidatorResult> {
  return run(SYSTEM.phpFpm, [dump ? '-tt' : '-t', '-R', '-y', app.fpmConf, '-c', app.phpIni], app);
}

/**
 * The CLI with the rendered php.ini (-c) and conf.d (PHP_INI_SCAN_DIR). Not -n: it would
 * also disable the scan dir, so no extension would load.
 */
export function phpRun(app: RuntimeApp, code: string, extraEnv?: Record<string, string>): Promise<ValidatorResult> {
  return run(SYSTEM.php, ['-c', app.phpIni, '-r', code], app, extraEnv);
}

/** A port the kernel had free a moment ago (released: see serveApp and its callers' retry). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

export interface ServedApp {
  readonly port: number;
  request(pathName: string, headers?: Record<string, string>): Promise<{ status: number; body: string; headers: Headers }>;
  /** stdout and stderr of both processes so far. */
  logs(): string;
  stop(): Promise<void>;
}

async function waitFor(what: string, check: () => Promise<boolean>, logs: () => string, ms = 15_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} did not come up within ${ms} ms:\n${logs()}`);
}

/**
 * Starts php-fpm then nginx on the rendered configs (as the boot script does) with
 * `appEnv` as the app's environment, for an end-to-end request. The app must have been
 * written with `port`.
 */
export async function serveApp(app: RuntimeApp, appEnv: Record<string, string> = {}): Promise<ServedApp> {
  const port = Number(app.values.port);
  const logFile = path.join(app.runDir, 'served.log');
  const logs = () => { try { return readFileSync(logFile, 'utf8'); } catch { return ''; } };
  const children: ResultPromise[] = [];
  // Both write to one file (see run() for why not Node's pipes).
  const spawn = (file: string, args: string[]) => {
    children.push(execa('/bin/sh', ['-c', 'exec "$0" "$@" >>"$SERVED_LOG" 2>&1', file, ...args], {
      env: { ...env(app, appEnv), SERVED_LOG: logFile }, extendEnv: false, reject: false, cwd: app.appDir, stdin: 'ignore',
    }));
  };
  const stop = async () => {
    for (const c of children.reverse()) {
      c.kill('SIGQUIT');
      await c;
    }
  };
  try {
    spawn(SYSTEM.phpFpm, ['-R', '-y', app.fpmConf, '-c', app.phpIni]);
    await waitFor('php-fpm', async () => fs.stat(path.join(app.runDir, 'php-fpm.sock')).then(() => true, () => false), logs);
    spawn(SYSTEM.nginx, ['-p', `${app.runDir}/`, '-e', 'stderr', '-c', app.nginxConf]);
    // Listening means this nginx holds the port (not whoever may have taken it since the
    // port was picked); an nginx that could not bind has exited, saying why in the logs.
    const nginx = children.at(-1)!;
    let exited = false;
    void nginx.then(() => (exited = true));
    await waitFor('nginx', async () => {
      if (exited) throw new Error(`nginx exited before listening on ${port}:\n${logs()}`);
      return holdsSocket(nginx.pid!, await listeningSockets(port));
    }, logs);
  } catch (e) {
    await stop();
    throw e;
  }
  return {
    port,
    async request(pathName, headers = {}) {
      const res = await fetch(`http://127.0.0.1:${port}${pathName}`, { headers, redirect: 'manual' });
      return { status: res.status, body: await res.text(), headers: res.headers };
    },
    logs,
    stop,
  };
}
