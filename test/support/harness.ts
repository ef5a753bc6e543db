/**
 * Helpers for tests that run the real bin/* on fixture apps: temp dirs, a clean
 * environment, a free loopback port, and starting the web process the way the
 * platform does (source .profile.d, run the release's web command).
 */
import { execa, type ResultPromise } from 'execa';
import { inject } from 'vitest';
import * as fs from 'node:fs/promises';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEAD_NODE_DIST } from './node-mirror.js';
import { holdsSocket, listeningSockets } from './listening.js';
import type { NodeDistMode } from './e2e-setup.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = path.join(ROOT, 'fixtures');

export async function tempDir(prefix: string): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), `${prefix}-`));
}

export async function copyFixture(name: string): Promise<string> {
  const dir = await tempDir(`app-${name.replace(/\//g, '-')}`);
  await fs.cp(path.join(FIXTURES, name), dir, { recursive: true });
  return dir;
}

export async function writeEnvDir(vars: Record<string, string>): Promise<string> {
  const dir = await tempDir('env');
  for (const [k, v] of Object.entries(vars)) await fs.writeFile(path.join(dir, k), v);
  return dir;
}

/** The Node.js source of builds whose test does not choose one (TEST_NODE_DIST, see e2e-setup.ts). */
export function nodeDistMode(): NodeDistMode {
  const mode = inject('nodeDistMode');
  if (!mode) throw new Error('the loopback Node.js distribution runs in the e2e tier only: put this test under test/e2e/');
  return mode;
}

/**
 * Where a build downloads Node.js from: the loopback mirror answering as the
 * distribution host ('mirror'), or a dead port ('unreachable': the registry fallback).
 * The official host itself is never asked, whatever this machine's network.
 */
export function nodeDistEnv(mode: NodeDistMode = nodeDistMode()): { NODEJS_ORG_MIRROR: string } {
  return { NODEJS_ORG_MIRROR: mode === 'mirror' ? inject('nodeMirror') : DEAD_NODE_DIST };
}

/**
 * A minimal environment, as a build platform gives: nothing from the test runner
 * (whose npm_config_* would otherwise leak into the build), and the test harness's
 * Node.js distribution (nodeDistEnv).
 */
export function cleanEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? '/root',
    TMPDIR: os.tmpdir(),
    ...nodeDistEnv(),
  };
  // The machine's trust store (a TLS-inspecting proxy's CA, on some networks): a build
  // fleet passes it the same way.
  for (const name of ['NODE_EXTRA_CA_CERTS', 'SSL_CERT_FILE', 'SSL_CERT_DIR', 'HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy']) {
    const v = process.env[name];
    if (v) env[name] = v;
  }
  return { ...env, ...extra };
}

export interface BinResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  all: string;
}

export async function runBin(name: string, args: string[], env: Record<string, string> = cleanEnv()): Promise<BinResult> {
  const r = await execa(path.join(ROOT, 'bin', name), args, { env, extendEnv: false, reject: false, all: true, stdin: 'ignore' });
  return { exitCode: r.exitCode ?? -1, stdout: String(r.stdout), stderr: String(r.stderr), all: String(r.all) };
}

/**
 * A port the kernel had free a moment ago. Released before it is returned, so a server
 * started on it can find it taken: startWeb retries on EADDRINUSE; prefer binding port 0.
 */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export function webCommandFromRelease(yaml: string): string {
  const m = /^ {2}web: (".*")$/m.exec(yaml);
  if (!m) throw new Error(`no web process in release output:\n${yaml}`);
  return JSON.parse(m[1]!) as string;
}

export interface RunningApp {
  port: number;
  output: () => string;
  stop: () => Promise<void>;
  /** Signals only the top process (what a platform does first), not its group. */
  signalMain: (signal: NodeJS.Signals) => void;
  /** Resolves with the exit code once the top process has exited. */
  exited: () => Promise<number | undefined>;
}

/**
 * Starts `command` as the platform does: HOME=app dir, .profile.d sourced, PORT set.
 * Resolves once the app listens on PORT (a listening socket of a process running in the
 * app dir, read from /proc: never another test's server that happened to take the port),
 * or has exited, or after `readyMs`. The port is picked by the kernel and released just
 * before the app binds it, so another process may take it in between: an app that stops
 * with EADDRINUSE is started again on another port.
 */
export async function startWeb(buildDir: string, command: string, env: Record<string, string> = {}, readyMs = 90_000): Promise<RunningApp> {
  for (let attempt = 1; ; attempt++) {
    const app = spawnWeb(buildDir, command, env, await freePort());
    const state = await listeningOrExited(app, buildDir, readyMs);
    if (state === 'exited' && attempt < 5 && /EADDRINUSE|Address already in use/i.test(app.output())) continue;
    return app;
  }
}

function spawnWeb(buildDir: string, command: string, env: Record<string, string>, port: number): RunningApp & { done: () => boolean } {
  const script = 'for f in "$HOME"/.profile.d/*.sh; do . "$f"; done; exec sh -c "$WEB_COMMAND"';
  const child: ResultPromise = execa('bash', ['-c', script], {
    cwd: buildDir,
    env: { PATH: '/usr/local/bin:/usr/bin:/bin', HOME: buildDir, PORT: String(port), HOST: '127.0.0.1', WEB_COMMAND: command, ...env },
    extendEnv: false,
    reject: false,
    all: true,
    stdin: 'ignore',
    // The whole process group is killed on stop, so nothing outlives the test.
    detached: true,
    // Never runs longer than a test would.
    timeout: 120_000,
  });
  let out = '';
  let ended = false;
  child.all?.on('data', (c: Buffer) => (out += c.toString()));
  void child.then(() => (ended = true));
  const stop = async () => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
    await child;
  };
  const signalMain = (signal: NodeJS.Signals) => {
    if (child.pid) process.kill(child.pid, signal);
  };
  const exited = async () => (await child).exitCode;
  return { port, output: () => out, stop, signalMain, exited, done: () => ended };
}

async function listeningOrExited(app: RunningApp & { done: () => boolean }, dir: string, ms: number): Promise<'listening' | 'exited' | 'timeout'> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (app.done()) return 'exited';
    if (await listeningFrom(app.port, dir)) return 'listening';
    await new Promise((r) => setTimeout(r, 50));
  }
  return 'timeout';
}

/** Whether a process whose working directory or command line is under `dir` listens on TCP `port`. */
async function listeningFrom(port: number, dir: string): Promise<boolean> {
  const sockets = await listeningSockets(port);
  if (sockets.size === 0) return false;
  for (const pid of (await fs.readdir('/proc')).filter((n) => /^\d+$/.test(n))) {
    const cwd = await fs.readlink(`/proc/${pid}/cwd`).catch(() => '');
    const inDir = cwd === dir || cwd.startsWith(`${dir}/`) || (await fs.readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')).includes(dir);
    if (inDir && (await holdsSocket(pid, sockets))) return true;
  }
  return false;
}

/** Polls until the app answers (or fails after `ms`), returning status and body. */
export async function waitForHttp(port: number, pathName = '/', ms = 30_000): Promise<{ status: number; body: string }> {
  const deadline = Date.now() + ms;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}${pathName}`);
      return { status: res.status, body: await res.text() };
    } catch (e) {
      lastError = e;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error(`no HTTP answer on port ${port} within ${ms}ms: ${String(lastError)}`);
}

export async function exists(p: string): Promise<boolean> {
  return fs.access(p).then(() => true, () => false);
}
