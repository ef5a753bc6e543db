/**
 * Runs the real rendered boot script (sh) in a temp app dir whose php-fpm and nginx are
 * stubs: small Node scripts that record what they are started with and the signals they
 * get, the FPM stub listening on the unix socket named in its config like the real one.
 * The stubs prove the supervision logic; real servers are exercised end to end elsewhere.
 *
 * Stub knobs (env of the boot, inherited by the stubs; NAME is FPM or NGINX):
 * - STUB_NAME_EXIT_AFTER_MS / STUB_NAME_EXIT_STATUS: exit on their own;
 * - STUB_NAME_QUIT_DELAY_MS: a graceful stop (SIGQUIT) takes this long;
 * - STUB_NAME_EXIT_ON_FILE: exit (with STUB_NAME_EXIT_STATUS) once this file exists, so a
 *   test decides when, after what it must wait for (not after a delay that a busy machine
 *   can outlast);
 * - STUB_NAME_START_DELAY_MS: the stub's code (its signal handlers included) starts this
 *   long after exec, as on a busy machine;
 * - STUB_FPM_SOCKET_DELAY_MS: listen only after this long;
 * - STUB_FPM_NO_SOCKET=1: never listen;
 * - STUB_NAME_HANDLERS_ON_FILE: install the signal handlers only once this file exists
 *   (the test decides when); until then SIGQUIT and SIGINT are ignored, as a real
 *   server's are between its start (the shell starts asynchronous commands with them
 *   ignored) and its own handlers. (Node itself resets inherited dispositions, hence the
 *   emulation.)
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BootScriptInput, type BootScriptOptions, renderBootScript } from '../../src/php/boot.js';

/** Templates with every placeholder and a root-only line, like the real renderers write. */
export const TEMPLATES = {
  'php.ini': 'memory_limit = 196M\nextension_dir = "@APP_DIR@/.scalingo/php/lib/php/extensions"\n',
  'php-fpm.conf': [
    '[global]',
    'pid = @RUN_DIR@/php-fpm.pid',
    'error_log = /proc/self/fd/2',
    '[www]',
    ';@ROOT_ONLY@user = root',
    'listen = @RUN_DIR@/php-fpm.sock',
    'pm.max_children = @WEB_CONCURRENCY@',
    'pm.max_requests = @PHP_FPM_MAX_REQUESTS@',
    'chdir = @APP_DIR@',
    '',
  ].join('\n'),
  'nginx.conf': [
    'daemon off;',
    '#@ROOT_ONLY@user root;',
    'pid @RUN_DIR@/nginx.pid;',
    'http {',
    '  upstream php { server unix:@RUN_DIR@/php-fpm.sock; }',
    '  server {',
    '    listen @PORT@;',
    '    root "@APP_DIR@/public";',
    '  }',
    '}',
    '',
  ].join('\n'),
} as const;

const STUB = `#!/usr/bin/env node
'use strict';
const fs = require('fs');
const net = require('net');
const path = require('path');
const NAME = process.env.STUB_NAME_OVERRIDE || __STUB_NAME__;
const KEY = NAME === 'php-fpm' ? 'FPM' : 'NGINX';
const knob = (k) => process.env['STUB_' + KEY + '_' + k];
// A busy machine: the stub's own code starts this long after exec, signal handlers included.
if (knob('START_DELAY_MS')) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(knob('START_DELAY_MS')));
const record = (e) =>
  fs.appendFileSync(process.env.STUB_EVENTS, JSON.stringify({ name: NAME, pid: process.pid, t: Date.now(), ...e }) + '\\n');
// Handlers first, so a signal after the 'start' record is never lost to a default action.
let server = null;
const exit = (status) => {
  record({ event: 'exit', status });
  if (server) server.close();
  process.exit(status);
};
const ignore = () => record({ event: 'ignored' });
const installHandlers = () => {
  process.off('SIGQUIT', ignore);
  process.off('SIGINT', ignore);
  for (const signal of ['SIGQUIT', 'SIGTERM', 'SIGINT']) {
    process.on(signal, () => {
      record({ event: 'signal', signal });
      setTimeout(() => exit(0), signal === 'SIGQUIT' ? Number(knob('QUIT_DELAY_MS') || 0) : 0);
    });
  }
  record({ event: 'handlers' });
};
if (knob('HANDLERS_ON_FILE')) {
  process.on('SIGQUIT', ignore);
  process.on('SIGINT', ignore);
  const poll = setInterval(() => { if (fs.existsSync(knob('HANDLERS_ON_FILE'))) { clearInterval(poll); installHandlers(); } }, 20);
} else {
  installHandlers();
}
const args = process.argv.slice(2);
const env = {};
for (const k of ['PHPRC', 'PHP_INI_SCAN_DIR', 'WEB_CONCURRENCY']) env[k] = process.env[k];
let socketReady = null;
if (NAME === 'nginx') {
  const prefix = args[args.indexOf('-p') + 1];
  try { socketReady = fs.statSync(path.join(prefix, 'php-fpm.sock')).isSocket(); } catch { socketReady = false; }
}
// The open-files limits it was started with (soft, hard), from /proc/self/limits.
const nofile = (/^Max open files\\s+(\\S+)\\s+(\\S+)/m.exec(fs.readFileSync('/proc/self/limits', 'utf8')) || []).slice(1, 3);
record({ event: 'start', args, env, cwd: process.cwd(), socketReady, nofile });
if (NAME === 'php-fpm' && !knob('NO_SOCKET')) {
  const conf = fs.readFileSync(args[args.indexOf('-y') + 1], 'utf8');
  const sock = /^listen = (.*)$/m.exec(conf)[1];
  setTimeout(() => {
    server = net.createServer().listen(sock, () => record({ event: 'listening', sock }));
  }, Number(knob('SOCKET_DELAY_MS') || 0));
}
if (knob('EXIT_ON_FILE')) {
  const poll = setInterval(() => { if (fs.existsSync(knob('EXIT_ON_FILE'))) { clearInterval(poll); exit(Number(knob('EXIT_STATUS') || 0)); } }, 20);
}
if (knob('EXIT_AFTER_MS')) setTimeout(() => exit(Number(knob('EXIT_STATUS') || 0)), Number(knob('EXIT_AFTER_MS')));
setInterval(() => {}, 1 << 30);
`;

export interface StubEvent {
  readonly name: 'php-fpm' | 'nginx';
  readonly pid: number;
  readonly t: number;
  readonly event: 'start' | 'ignored' | 'handlers' | 'listening' | 'signal' | 'exit';
  readonly args?: readonly string[];
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly cwd?: string;
  readonly socketReady?: boolean | null;
  /** [soft, hard] open-files limits the server started with. */
  readonly nofile?: readonly string[];
  readonly signal?: string;
  readonly status?: number;
  readonly sock?: string;
}

export interface SandboxOptions {
  /** Name of the app dir inside the temp dir: spaces and sed specials welcome. */
  readonly appName?: string;
  readonly input?: Partial<BootScriptInput>;
  readonly options?: BootScriptOptions;
  /** Template names to leave out. */
  readonly omit?: readonly string[];
  /** Put an `id` on PATH that says uid 1000, to run the non-root branch as root. */
  readonly fakeNonRoot?: boolean;
}

export const DEFAULT_INPUT: BootScriptInput = {
  memoryLimit: { bytes: 196 * 1024 * 1024 },
  memoryLimitSource: 'php.ini defaults',
  logFiles: [],
};

export class BootSandbox {
  private constructor(
    readonly root: string,
    readonly appDir: string,
    private readonly fakeNonRoot: boolean,
  ) {}

  static async create(opts: SandboxOptions = {}): Promise<BootSandbox> {
    const root = await mkdtemp(join(tmpdir(), 'php-boot-'));
    const appDir = join(root, opts.appName ?? 'app');
    const conf = join(appDir, '.scalingo/php-app');
    await mkdir(join(conf, 'conf.d'), { recursive: true });
    for (const [name, text] of Object.entries(TEMPLATES)) {
      if (!opts.omit?.includes(name)) await writeFile(join(conf, name), text);
    }
    await writeFile(join(conf, 'boot.sh'), renderBootScript({ ...DEFAULT_INPUT, ...opts.input }, opts.options));
    for (const [dir, name] of [
      ['.scalingo/php/sbin', 'php-fpm'],
      ['.scalingo/nginx/sbin', 'nginx'],
    ] as const) {
      await mkdir(join(appDir, dir), { recursive: true });
      const file = join(appDir, dir, name);
      await writeFile(file, STUB.replace('__STUB_NAME__', JSON.stringify(name)));
      await chmod(file, 0o755);
    }
    await mkdir(join(root, 'bin'));
    await writeFile(join(root, 'bin', 'id'), '#!/bin/sh\necho 1000\n');
    await chmod(join(root, 'bin', 'id'), 0o755);
    await mkdir(join(root, 'cgroup'));
    return new BootSandbox(root, appDir, opts.fakeNonRoot ?? false);
  }

  /** Directories put first on PATH (fake commands). */
  readonly extraPath: string[] = [];

  /** Puts a fake `name` (a sh script body) first on PATH. */
  async fakeCommand(name: string, body: string): Promise<void> {
    const dir = join(this.root, 'fake-bin');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, name), `#!/bin/sh\n${body}\n`);
    await chmod(join(dir, name), 0o755);
    if (!this.extraPath.includes(dir)) this.extraPath.push(dir);
  }

  get runDir(): string {
    return join(this.appDir, '.scalingo/php-app/run');
  }

  get eventsFile(): string {
    return join(this.root, 'events.jsonl');
  }

  async events(): Promise<StubEvent[]> {
    const text = await readFile(this.eventsFile, 'utf8').catch(() => '');
    return text
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l) as StubEvent);
  }

  async cgroup(files: { v2?: string; v1?: string }): Promise<void> {
    if (files.v2 !== undefined) await writeFile(join(this.root, 'cgroup', 'memory.max'), files.v2);
    if (files.v1 !== undefined) {
      await mkdir(join(this.root, 'cgroup', 'memory'), { recursive: true });
      await writeFile(join(this.root, 'cgroup', 'memory', 'memory.limit_in_bytes'), files.v1);
    }
  }

  /**
   * Starts `shell .scalingo/php-app/boot.sh` from the app dir, with only PATH inherited
   * and the sandbox's (empty unless set) cgroup root.
   */
  start(
    shell: string,
    env: Readonly<Record<string, string>> = {},
    scriptArg = '.scalingo/php-app/boot.sh',
    cwd = this.appDir,
    /** A process group of its own, led by the boot (to signal the whole group, as a platform may). */
    detached = false,
  ): BootRun {
    const path = `${this.fakeNonRoot ? `${join(this.root, 'bin')}:` : ''}${this.extraPath.map((d) => `${d}:`).join('')}${process.env['PATH'] ?? '/usr/bin:/bin'}`;
    const child = spawn(shell, [scriptArg], {
      detached,
      cwd,
      env: {
        PATH: path,
        STUB_EVENTS: this.eventsFile,
        WEB_CONCURRENCY_CGROUP_ROOT: join(this.root, 'cgroup'),
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return new BootRun(child);
  }

  async remove(): Promise<void> {
    await rm(this.root, { recursive: true, force: true });
  }
}

export interface BootExit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

export class BootRun {
  stdout = '';
  stderr = '';
  readonly exited: Promise<BootExit>;

  constructor(readonly child: ChildProcess) {
    child.stdout?.on('data', (d: Buffer) => (this.stdout += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (this.stderr += d.toString()));
    // 'close': the process exited AND every holder of its stdout/stderr (tails,
    // servers) has gone, so a leaked child makes the test time out.
    this.exited = new Promise((resolve) => {
      child.on('close', (code, signal) => resolve({ code, signal, stdout: this.stdout, stderr: this.stderr }));
    });
  }

  get output(): string {
    return this.stdout + this.stderr;
  }

  /** Resolves once `pattern` shows on stdout or stderr; rejects on timeout or exit. */
  async waitFor(pattern: RegExp | string, timeoutMs = 8000): Promise<void> {
    const test = () => (typeof pattern === 'string' ? this.output.includes(pattern) : pattern.test(this.output));
    const deadline = Date.now() + timeoutMs;
    let done = false;
    void this.exited.then(() => (done = true));
    while (!test()) {
      if (done) throw new Error(`boot exited before ${String(pattern)}:\n${this.output}`);
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${String(pattern)}:\n${this.output}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  kill(signal: NodeJS.Signals): void {
    this.child.kill(signal);
  }
}
