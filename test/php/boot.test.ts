/**
 * The boot script, run for real with sh (dash, and bash for robustness) against stub
 * servers (boot-harness.ts): start order, rendered configs, WEB_CONCURRENCY, settings
 * validation, supervision and graceful shutdown, log streaming.
 */
import { spawn, spawnSync } from 'node:child_process';
import { appendFile, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BOOT_TEMPLATES, renderBootScript } from '../../src/php/boot.js';
import { phpWebConcurrency } from '../../src/php/concurrency.js';
import { NGINX_CAPACITY } from '../../src/nginx-config/render.js';
import type { MemoryLimitValue } from '../../src/php/memory-limit.js';
import { fillPlaceholders } from '../../src/php/placeholders.js';
import { BootSandbox, type BootRun, DEFAULT_INPUT, type SandboxOptions, type StubEvent, TEMPLATES } from './boot-harness.js';
import { needs, skipHere } from '../support/conditions.js';

/**
 * The platform runs `sh`, which is dash on Debian-based images: every case runs in dash
 * and, for images where sh is bash, in bash. Without dash the cases run with `sh` and a
 * note says so, rather than passing vacuously.
 */
const hasDash = spawnSync('sh', ['-c', 'command -v dash'], { stdio: 'ignore' }).status === 0;
const hasBash = spawnSync('sh', ['-c', 'command -v bash'], { stdio: 'ignore' }).status === 0;
const SHELLS = [hasDash ? 'dash' : 'sh', ...(hasBash ? ['bash'] : [])];
if (!hasDash) console.warn('boot.test: dash not found, running the boot script with sh');

const M = 1024 ** 2;
const GiB = 1024 ** 3;
const isRoot = process.getuid?.() === 0;
const TIMEOUT = 20_000;

async function withSandbox<T>(opts: SandboxOptions, fn: (sb: BootSandbox) => Promise<T>): Promise<T> {
  const sb = await BootSandbox.create(opts);
  try {
    return await fn(sb);
  } finally {
    await sb.remove();
  }
}

const byName = (events: readonly StubEvent[], name: string, event?: string) =>
  events.filter((e) => e.name === name && (event === undefined || e.event === event));

function first(events: readonly StubEvent[], name: string, event: string): StubEvent {
  const e = byName(events, name, event)[0];
  if (e === undefined) throw new Error(`no ${name} ${event} event in ${JSON.stringify(events)}`);
  return e;
}

/** Boots until nginx has started. */
async function bootUp(sb: BootSandbox, shell: string, env: Record<string, string>): Promise<BootRun> {
  const run = sb.start(shell, { PORT: '5123', ...env });
  await run.waitFor('starting nginx on port');
  // nginx is started right after that line: wait for it to record its start.
  const deadline = Date.now() + 5000;
  while (byName(await sb.events(), 'nginx', 'start').length === 0) {
    if (Date.now() > deadline) throw new Error(`nginx never started:\n${run.output}`);
    await new Promise((r) => setTimeout(r, 25));
  }
  return run;
}

/** Waits until a stub has recorded `event` (a stub's Node start can take seconds on a busy machine). */
async function waitForEvent(sb: BootSandbox, name: string, event: string, timeoutMs = 10_000): Promise<StubEvent> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const e = byName(await sb.events(), name, event)[0];
    if (e) return e;
    if (Date.now() > deadline) throw new Error(`no ${name} ${event} event within ${timeoutMs} ms: ${JSON.stringify(await sb.events())}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe.each(SHELLS)('boot.sh in %s', (shell) => {
  describe.concurrent('start, configs, graceful stop', () => {
    it(
      'starts php-fpm, waits for its socket, then nginx; SIGTERM stops nginx then php-fpm gracefully and exits 0',
      async () => {
        await withSandbox({}, async (sb) => {
          const run = await bootUp(sb, shell, {
            CONTAINER_SIZE: 'L',
            STUB_FPM_SOCKET_DELAY_MS: '600',
            STUB_NGINX_QUIT_DELAY_MS: '400',
          });
          const up = await sb.events();
          const fpmStart = first(up, 'php-fpm', 'start');
          const listening = first(up, 'php-fpm', 'listening');
          const nginxStart = first(up, 'nginx', 'start');
          expect(nginxStart.socketReady).toBe(true);
          expect(nginxStart.t).toBeGreaterThanOrEqual(listening.t);
          expect(listening.t - fpmStart.t).toBeGreaterThanOrEqual(500);

          expect(fpmStart.args).toEqual([
            '--nodaemonize',
            '-y',
            join(sb.runDir, 'php-fpm.conf'),
            '-c',
            join(sb.runDir, 'php.ini'),
            ...(isRoot ? ['-R'] : []),
          ]);
          expect(nginxStart.args).toEqual(['-p', `${sb.runDir}/`, '-e', 'stderr', '-c', join(sb.runDir, 'nginx.conf')]);
          for (const e of [fpmStart, nginxStart]) {
            expect(e.env).toEqual({
              PHPRC: join(sb.runDir, 'php.ini'),
              PHP_INI_SCAN_DIR: join(sb.appDir, '.scalingo/php-app/conf.d'),
              WEB_CONCURRENCY: '7',
            });
          }

          run.kill('SIGTERM');
          const exit = await run.exited;
          expect(exit.code).toBe(0);
          const all = await sb.events();
          const nginxQuit = first(all, 'nginx', 'signal');
          const nginxExit = first(all, 'nginx', 'exit');
          const fpmQuit = first(all, 'php-fpm', 'signal');
          expect(nginxQuit.signal).toBe('SIGQUIT');
          expect(fpmQuit.signal).toBe('SIGQUIT');
          // php-fpm keeps serving until nginx has finished the requests it accepted.
          expect(fpmQuit.t).toBeGreaterThanOrEqual(nginxExit.t);
          expect(byName(all, 'php-fpm', 'exit')).toHaveLength(1);
          expect(byName(all, 'nginx', 'signal')).toHaveLength(1);
          expect(byName(all, 'php-fpm', 'signal')).toHaveLength(1);
          expect(exit.stdout).toBe(
            'Boot: WEB_CONCURRENCY=7 (1024 MB available from CONTAINER_SIZE=L / memory_limit 196M from php.ini defaults, +2)\n' +
              'Boot: starting php-fpm (pm.max_children=7, pm.max_requests=0)\n' +
              'Boot: php-fpm is ready; starting nginx on port 5123\n' +
              'Boot: received SIGTERM: stopping nginx gracefully (requests in progress complete), then php-fpm\n' +
              'Boot: stopped\n',
          );
          expect(exit.stderr).toBe('');
        });
      },
      TIMEOUT,
    );

    it(
      'SIGINT is a graceful stop too',
      async () => {
        await withSandbox({}, async (sb) => {
          const run = await bootUp(sb, shell, {});
          run.kill('SIGINT');
          const exit = await run.exited;
          expect(exit.code).toBe(0);
          expect(exit.stdout).toContain('received SIGINT');
          const all = await sb.events();
          expect(byName(all, 'nginx', 'signal').map((e) => e.signal)).toEqual(['SIGQUIT']);
          expect(byName(all, 'php-fpm', 'signal').map((e) => e.signal)).toEqual(['SIGQUIT']);
        });
      },
      TIMEOUT,
    );

    const appNames = ['my app & co', 'a|b &amp; d'];
    it.each(appNames)(
      'renders the templates into the run dir with every token replaced (app dir %j)',
      async (appName) => {
        await withSandbox({ appName }, async (sb) => {
          const run = await bootUp(sb, shell, { PORT: '8080', CONTAINER_SIZE: 'XL', PHP_FPM_MAX_REQUESTS: '500' });
          for (const name of BOOT_TEMPLATES) {
            const rendered = await readFile(join(sb.runDir, name), 'utf8');
            const expected = fillPlaceholders(
              TEMPLATES[name],
              { appDir: sb.appDir, runDir: sb.runDir, port: '8080', webConcurrency: '12', phpFpmMaxRequests: '500', pmMaxSpareServers: '2' },
              { root: isRoot },
            );
            expect(rendered).toBe(expected);
            expect(rendered).not.toMatch(/@(APP_DIR|RUN_DIR|PORT|WEB_CONCURRENCY|PHP_FPM_MAX_REQUESTS)@/);
          }
          const nginx = await readFile(join(sb.runDir, 'nginx.conf'), 'utf8');
          expect(nginx).toContain('listen 8080;');
          expect(nginx).toContain(`root "${sb.appDir}/public";`);
          expect(run.stdout).toContain('starting php-fpm (pm.max_children=12, pm.max_requests=500)');
          run.kill('SIGTERM');
          expect((await run.exited).code).toBe(0);
        });
      },
      TIMEOUT,
    );

    it(
      'as non-root: no -R, root-only lines stay commented out',
      async () => {
        await withSandbox({ fakeNonRoot: true }, async (sb) => {
          const run = await bootUp(sb, shell, {});
          const fpm = first(await sb.events(), 'php-fpm', 'start');
          expect(fpm.args).not.toContain('-R');
          expect(await readFile(join(sb.runDir, 'php-fpm.conf'), 'utf8')).toContain(';@ROOT_ONLY@user = root');
          expect(await readFile(join(sb.runDir, 'nginx.conf'), 'utf8')).toContain('#@ROOT_ONLY@user root;');
          run.kill('SIGTERM');
          expect((await run.exited).code).toBe(0);
        });
      },
      TIMEOUT,
    );

    it.skipIf(skipHere(isRoot))(
      'as root: -R, root-only lines enabled',
      async () => {
        needs(isRoot, 'to run as root');
        await withSandbox({}, async (sb) => {
          const run = await bootUp(sb, shell, {});
          expect(first(await sb.events(), 'php-fpm', 'start').args).toContain('-R');
          const fpmConf = await readFile(join(sb.runDir, 'php-fpm.conf'), 'utf8');
          expect(fpmConf).toContain('\nuser = root\n');
          expect(fpmConf).not.toContain('@ROOT_ONLY@');
          expect(await readFile(join(sb.runDir, 'nginx.conf'), 'utf8')).toContain('\nuser root;\n');
          run.kill('SIGTERM');
          expect((await run.exited).code).toBe(0);
        });
      },
      TIMEOUT,
    );

    it(
      'finds the app from its own path, whatever the working directory',
      async () => {
        await withSandbox({}, async (sb) => {
          const fromRoot = sb.start(shell, { PORT: '5123' }, join(sb.appDir, '.scalingo/php-app/boot.sh'), sb.root);
          await fromRoot.waitFor('starting nginx');
          fromRoot.kill('SIGTERM');
          expect((await fromRoot.exited).code).toBe(0);
          expect(await readFile(join(sb.runDir, 'nginx.conf'), 'utf8')).toContain(`root "${sb.appDir}/public";`);

          const fromConfDir = sb.start(shell, { PORT: '5124' }, 'boot.sh', join(sb.appDir, '.scalingo/php-app'));
          await fromConfDir.waitFor('starting nginx');
          fromConfDir.kill('SIGTERM');
          expect((await fromConfDir.exited).code).toBe(0);
          expect(await readFile(join(sb.runDir, 'nginx.conf'), 'utf8')).toContain('listen 5124;');
          // The servers run from the app dir.
          for (const e of byName(await sb.events(), 'nginx', 'start')) expect(e.cwd).toBe(sb.appDir);
        });
      },
      TIMEOUT,
    );

    it(
      'a stale socket from a previous start is removed: nginx still waits for the new one',
      async () => {
        await withSandbox({}, async (sb) => {
          await mkdir(sb.runDir, { recursive: true });
          const sock = join(sb.runDir, 'php-fpm.sock');
          // A process that exits without closing its server leaves the socket file behind.
          const leaver = spawn(process.execPath, ['-e', `require('net').createServer().listen(${JSON.stringify(sock)}, () => process.exit(0))`]);
          await new Promise((r) => leaver.on('close', r));
          expect((await stat(sock)).isSocket()).toBe(true);

          const run = await bootUp(sb, shell, { STUB_FPM_SOCKET_DELAY_MS: '800' });
          const events = await sb.events();
          expect(first(events, 'nginx', 'start').t).toBeGreaterThanOrEqual(first(events, 'php-fpm', 'listening').t);
          run.kill('SIGTERM');
          expect((await run.exited).code).toBe(0);
        });
      },
      TIMEOUT,
    );

    it(
      'streams the log files to stdout, creating them (and their directories) when missing',
      async () => {
        const logFiles = ['storage/logs/laravel.log', "var/log/it's prod.log"];
        await withSandbox({ input: { logFiles } }, async (sb) => {
          const run = await bootUp(sb, shell, {});
          expect(run.stdout).toContain("Boot: streaming storage/logs/laravel.log, var/log/it's prod.log\n");
          for (const f of logFiles) expect((await stat(join(sb.appDir, f))).size).toBe(0);
          // tail may still be opening the file: append until the line shows up.
          for (const [i, f] of logFiles.entries()) {
            const line = `line ${i} from ${f}`;
            const deadline = Date.now() + 8000;
            while (!run.stdout.includes(`${line}\n`)) {
              if (Date.now() > deadline) throw new Error(`${line} never showed:\n${run.output}`);
              await appendFile(join(sb.appDir, f), `${line}\n`);
              await new Promise((r) => setTimeout(r, 200));
            }
          }
          run.kill('SIGTERM');
          // 'exited' resolves on close: the tails are gone too.
          expect((await run.exited).code).toBe(0);
        });
      },
      TIMEOUT,
    );

    it(
      'an existing log file is followed from its end',
      async () => {
        await withSandbox({ input: { logFiles: ['app.log'] } }, async (sb) => {
          await writeFile(join(sb.appDir, 'app.log'), 'old line\n');
          const run = await bootUp(sb, shell, {});
          const deadline = Date.now() + 8000;
          while (!run.stdout.includes('new line\n')) {
            if (Date.now() > deadline) throw new Error(run.output);
            await appendFile(join(sb.appDir, 'app.log'), 'new line\n');
            await new Promise((r) => setTimeout(r, 200));
          }
          run.kill('SIGTERM');
          const exit = await run.exited;
          expect(exit.stdout).not.toContain('old line');
          expect(await readFile(join(sb.appDir, 'app.log'), 'utf8')).toMatch(/^old line\n/);
        });
      },
      TIMEOUT,
    );
  });

  describe.concurrent('supervision', () => {
    it(
      'nginx exiting stops php-fpm and fails',
      async () => {
        await withSandbox({}, async (sb) => {
          const run = sb.start(shell, { PORT: '5123', STUB_NGINX_EXIT_AFTER_MS: '300', STUB_NGINX_EXIT_STATUS: '3' });
          const exit = await run.exited;
          expect(exit.code).toBe(1);
          expect(exit.stderr).toBe('Boot: nginx exited (status 3); stopping php-fpm\n');
          const events = await sb.events();
          expect(byName(events, 'php-fpm', 'signal').map((e) => e.signal)).toEqual(['SIGTERM']);
          expect(byName(events, 'php-fpm', 'exit')).toHaveLength(1);
          expect(byName(events, 'nginx', 'signal')).toEqual([]);
        });
      },
      TIMEOUT,
    );

    it(
      'php-fpm exiting stops nginx and fails',
      async () => {
        await withSandbox({}, async (sb) => {
          // php-fpm exits only once nginx can record the signal it gets: a stub killed by a
          // SIGTERM that came before its handlers (its Node start is slow on a busy machine,
          // emulated here) records nothing. A real nginx would simply die of it, which is fine.
          const exitFile = join(sb.root, 'fpm-exit');
          const run = sb.start(shell, { PORT: '5123', STUB_FPM_EXIT_ON_FILE: exitFile, STUB_FPM_EXIT_STATUS: '4', STUB_NGINX_START_DELAY_MS: '500' });
          await run.waitFor('starting nginx');
          await waitForEvent(sb, 'nginx', 'handlers');
          await writeFile(exitFile, '');
          const exit = await run.exited;
          expect(exit.code).toBe(1);
          expect(exit.stderr).toBe('Boot: php-fpm exited (status 4); stopping nginx\n');
          const events = await sb.events();
          expect(byName(events, 'nginx', 'signal').map((e) => e.signal)).toEqual(['SIGTERM']);
          expect(byName(events, 'nginx', 'exit')).toHaveLength(1);
        });
      },
      TIMEOUT,
    );

    it(
      'a server exiting with status 0 still fails the boot',
      async () => {
        await withSandbox({}, async (sb) => {
          const run = sb.start(shell, { PORT: '5123', STUB_NGINX_EXIT_AFTER_MS: '200' });
          const exit = await run.exited;
          expect(exit.code).toBe(1);
          expect(exit.stderr).toContain('nginx exited (status 0); stopping php-fpm');
        });
      },
      TIMEOUT,
    );

    it(
      'php-fpm dying before its socket appears: message, nginx never started, exit 1',
      async () => {
        await withSandbox({}, async (sb) => {
          const run = sb.start(shell, { PORT: '5123', STUB_FPM_NO_SOCKET: '1', STUB_FPM_EXIT_AFTER_MS: '300', STUB_FPM_EXIT_STATUS: '78' });
          const exit = await run.exited;
          expect(exit.code).toBe(1);
          expect(exit.stderr).toContain('Boot: php-fpm exited (status 78) before creating its socket; stopping');
          expect(byName(await sb.events(), 'nginx')).toEqual([]);
        });
      },
      TIMEOUT,
    );

    it(
      'php-fpm never creating its socket: timeout, php-fpm stopped, exit 1',
      async () => {
        await withSandbox({ options: { fpmSocketTimeoutS: 1 } }, async (sb) => {
          const started = Date.now();
          const run = sb.start(shell, { PORT: '5123', STUB_FPM_NO_SOCKET: '1' });
          const exit = await run.exited;
          expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
          expect(exit.code).toBe(1);
          expect(exit.stderr).toContain(`php-fpm did not create its socket (${join(sb.runDir, 'php-fpm.sock')}) within 1 s; stopping`);
          const events = await sb.events();
          expect(byName(events, 'php-fpm', 'signal').map((e) => e.signal)).toEqual(['SIGTERM']);
          expect(byName(events, 'nginx')).toEqual([]);
        });
      },
      TIMEOUT,
    );

    it(
      'SIGTERM while php-fpm is starting stops it gracefully, without starting nginx',
      async () => {
        await withSandbox({}, async (sb) => {
          const run = sb.start(shell, { PORT: '5123', STUB_FPM_SOCKET_DELAY_MS: '5000' });
          await run.waitFor('starting php-fpm');
          const deadline = Date.now() + 5000;
          while (byName(await sb.events(), 'php-fpm', 'start').length === 0) {
            if (Date.now() > deadline) throw new Error(run.output);
            await new Promise((r) => setTimeout(r, 25));
          }
          const signalled = Date.now();
          run.kill('SIGTERM');
          const exit = await run.exited;
          expect(Date.now() - signalled).toBeLessThan(3000);
          expect(exit.code).toBe(0);
          expect(exit.stdout).toContain('received SIGTERM while php-fpm was starting');
          const events = await sb.events();
          expect(byName(events, 'php-fpm', 'signal').map((e) => e.signal)).toEqual(['SIGQUIT']);
          expect(byName(events, 'nginx')).toEqual([]);
        });
      },
      TIMEOUT,
    );

    it(
      'SIGTERM before nginx has installed its handlers: the lost SIGQUIT is sent again',
      async () => {
        await withSandbox({}, async (sb) => {
          // The handlers come once the first SIGQUIT has been lost (not after a delay a
          // busy machine could outlast before the boot even sends it).
          const handlersFile = join(sb.root, 'nginx-handlers');
          const run = await bootUp(sb, shell, { STUB_NGINX_HANDLERS_ON_FILE: handlersFile });
          run.kill('SIGTERM');
          await waitForEvent(sb, 'nginx', 'ignored');
          expect(byName(await sb.events(), 'nginx', 'handlers')).toEqual([]);
          await writeFile(handlersFile, '');
          const exit = await run.exited;
          expect(exit.code).toBe(0);
          const events = await sb.events();
          expect(byName(events, 'nginx', 'ignored').length).toBeGreaterThanOrEqual(1);
          expect(byName(events, 'nginx', 'signal').map((e) => e.signal)).toEqual(['SIGQUIT']);
          expect(first(events, 'nginx', 'signal').t).toBeGreaterThanOrEqual(first(events, 'nginx', 'handlers').t);
          expect(byName(events, 'php-fpm', 'signal').map((e) => e.signal)).toEqual(['SIGQUIT']);
        });
      },
      TIMEOUT,
    );

    it(
      'SIGTERM to the whole process group (as container runtimes send it) reaches the boot alone: the servers stop gracefully',
      async () => {
        await withSandbox({}, async (sb) => {
          const run = sb.start(shell, { PORT: '5123', STUB_NGINX_QUIT_DELAY_MS: '300' }, undefined, undefined, true);
          await run.waitFor('starting nginx on port');
          await waitForEvent(sb, 'nginx', 'handlers');
          await waitForEvent(sb, 'php-fpm', 'handlers');
          process.kill(-run.child.pid!, 'SIGTERM');
          const exit = await run.exited;
          expect(exit.code).toBe(0);
          expect(exit.stdout).toContain('received SIGTERM: stopping nginx gracefully');
          const events = await sb.events();
          // A SIGTERM reaching a server directly would be its fast stop (requests dropped).
          expect(byName(events, 'nginx', 'signal').map((e) => e.signal)).toEqual(['SIGQUIT']);
          expect(byName(events, 'php-fpm', 'signal').map((e) => e.signal)).toEqual(['SIGQUIT']);
          expect(first(events, 'php-fpm', 'signal').t).toBeGreaterThanOrEqual(first(events, 'nginx', 'exit').t);
        });
      },
      TIMEOUT,
    );

    it(
      'the boot killed with SIGKILL: the kernel stops both servers (SIGTERM), nothing is left running',
      async () => {
        await withSandbox({}, async (sb) => {
          const run = await bootUp(sb, shell, {});
          await waitForEvent(sb, 'nginx', 'handlers');
          run.kill('SIGKILL');
          try {
            await waitForEvent(sb, 'nginx', 'exit');
            await waitForEvent(sb, 'php-fpm', 'exit');
          } finally {
            // Whatever the outcome, no stub outlives the test.
            for (const e of byName(await sb.events(), 'nginx', 'start').concat(byName(await sb.events(), 'php-fpm', 'start'))) {
              try { process.kill(e.pid, 'SIGKILL'); } catch { /* gone */ }
            }
          }
          const events = await sb.events();
          expect(byName(events, 'nginx', 'signal').map((e) => e.signal)).toEqual(['SIGTERM']);
          expect(byName(events, 'php-fpm', 'signal').map((e) => e.signal)).toEqual(['SIGTERM']);
          await run.exited;
        });
      },
      TIMEOUT,
    );

    it(
      'without setsid/setpriv the boot says the servers stay in its process group, and still works',
      async () => {
        await withSandbox({}, async (sb) => {
          await sb.fakeCommand('setsid', 'exit 127');
          const run = await bootUp(sb, shell, {});
          run.kill('SIGTERM');
          const exit = await run.exited;
          expect(exit.stderr).toContain("setsid or setpriv --pdeathsig (util-linux) is missing: nginx and php-fpm stay in this script's process group");
          expect(exit.code).toBe(0);
          expect(byName(await sb.events(), 'nginx', 'signal').map((e) => e.signal)).toEqual(['SIGQUIT']);
        });
      },
      TIMEOUT,
    );

    it(
      'reacts to SIGTERM within a poll interval, not a whole sleep',
      async () => {
        await withSandbox({}, async (sb) => {
          const run = await bootUp(sb, shell, {});
          await new Promise((r) => setTimeout(r, 300));
          const signalled = Date.now();
          run.kill('SIGTERM');
          await run.exited;
          const quit = first(await sb.events(), 'nginx', 'signal');
          expect(quit.t - signalled).toBeLessThan(400);
        });
      },
      TIMEOUT,
    );
  });

  describe.concurrent('settings read at boot', () => {
    /** Runs the boot until php-fpm starts (the stub then exits at once, failing the boot). */
    async function computeOnly(
      env: Record<string, string>,
      opts: { memoryLimit?: MemoryLimitValue; memoryLimitSource?: string; cgroup?: { v2?: string; v1?: string } } = {},
    ) {
      const input = {
        memoryLimit: opts.memoryLimit ?? DEFAULT_INPUT.memoryLimit,
        memoryLimitSource: opts.memoryLimitSource ?? DEFAULT_INPUT.memoryLimitSource,
      };
      return withSandbox({ input }, async (sb) => {
        if (opts.cgroup) await sb.cgroup(opts.cgroup);
        const run = sb.start(shell, { PORT: '5123', STUB_FPM_NO_SOCKET: '1', STUB_FPM_EXIT_AFTER_MS: '0', ...env });
        const exit = await run.exited;
        const fpm = byName(await sb.events(), 'php-fpm', 'start')[0];
        const fpmConf = fpm ? await readFile(join(sb.runDir, 'php-fpm.conf'), 'utf8') : '';
        return { exit, fpm, fpmConf };
      });
    }

    interface Row {
      readonly name: string;
      readonly env?: Record<string, string>;
      readonly cgroup?: { v2?: string; v1?: string };
      readonly memoryLimit?: MemoryLimitValue;
      readonly memoryLimitSource?: string;
      /** The memory the script should find, checked against phpWebConcurrency. */
      readonly memoryMb: number;
      readonly concurrency: number;
      readonly line: string;
      readonly stderr?: RegExp;
    }
    const L196 = 'memory_limit 196M from php.ini defaults';
    const rows: readonly Row[] = [
      { name: 'CONTAINER_SIZE=S', env: { CONTAINER_SIZE: 'S' }, memoryMb: 256, concurrency: 3, line: `WEB_CONCURRENCY=3 (256 MB available from CONTAINER_SIZE=S / ${L196}, +2)` },
      { name: 'CONTAINER_SIZE=M', env: { CONTAINER_SIZE: 'M' }, memoryMb: 512, concurrency: 4, line: `WEB_CONCURRENCY=4 (512 MB available from CONTAINER_SIZE=M / ${L196}, +2)` },
      { name: 'CONTAINER_SIZE=L', env: { CONTAINER_SIZE: 'L' }, memoryMb: 1024, concurrency: 7, line: `WEB_CONCURRENCY=7 (1024 MB available from CONTAINER_SIZE=L / ${L196}, +2)` },
      { name: 'CONTAINER_SIZE=XL', env: { CONTAINER_SIZE: 'XL' }, memoryMb: 2048, concurrency: 12, line: `WEB_CONCURRENCY=12 (2048 MB available from CONTAINER_SIZE=XL / ${L196}, +2)` },
      { name: 'CONTAINER_SIZE=2XL', env: { CONTAINER_SIZE: '2XL' }, memoryMb: 4096, concurrency: 22, line: `WEB_CONCURRENCY=22 (4096 MB available from CONTAINER_SIZE=2XL / ${L196}, +2)` },
      { name: 'CONTAINER_SIZE=3XL', env: { CONTAINER_SIZE: '3XL' }, memoryMb: 8192, concurrency: 43, line: `WEB_CONCURRENCY=43 (8192 MB available from CONTAINER_SIZE=3XL / ${L196}, +2)` },
      {
        name: 'MEMORY_AVAILABLE wins over CONTAINER_SIZE and cgroups',
        env: { MEMORY_AVAILABLE: '1024', CONTAINER_SIZE: 'S' },
        cgroup: { v2: `${4 * GiB}\n` },
        memoryMb: 1024,
        concurrency: 7,
        line: `WEB_CONCURRENCY=7 (1024 MB available from MEMORY_AVAILABLE / ${L196}, +2)`,
      },
      {
        name: 'less than one worker of memory: raised to 3',
        env: { MEMORY_AVAILABLE: '100' },
        memoryMb: 100,
        concurrency: 3,
        line: `WEB_CONCURRENCY=3 (100 MB available from MEMORY_AVAILABLE / ${L196}, +2 = 2, raised to the minimum of 3)`,
      },
      {
        name: 'cgroup v2',
        cgroup: { v2: `${GiB}\n` },
        memoryMb: 1024,
        concurrency: 7,
        line: `WEB_CONCURRENCY=7 (1024 MB available from cgroup v2 memory.max / ${L196}, +2)`,
      },
      {
        name: 'cgroup v2 "max" falls through to v1',
        cgroup: { v2: 'max\n', v1: `${2 * GiB}\n` },
        memoryMb: 2048,
        concurrency: 12,
        line: `WEB_CONCURRENCY=12 (2048 MB available from cgroup v1 memory.limit_in_bytes / ${L196}, +2)`,
      },
      {
        name: 'no limit anywhere: 512 MB default',
        cgroup: { v2: 'max\n', v1: '9223372036854771712\n' },
        memoryMb: 512,
        concurrency: 4,
        line: `WEB_CONCURRENCY=4 (512 MB available from default, no memory limit found / ${L196}, +2)`,
      },
      {
        name: 'nothing at all: 512 MB default',
        memoryMb: 512,
        concurrency: 4,
        line: `WEB_CONCURRENCY=4 (512 MB available from default, no memory limit found / ${L196}, +2)`,
      },
      {
        name: 'unknown CONTAINER_SIZE: message, then cgroups',
        env: { CONTAINER_SIZE: '4XL' },
        cgroup: { v2: `${GiB}\n` },
        memoryMb: 1024,
        concurrency: 7,
        line: `WEB_CONCURRENCY=7 (1024 MB available from cgroup v2 memory.max / ${L196}, +2)`,
        stderr: /^Boot: ignoring CONTAINER_SIZE='4XL': unknown size, expected one of S, M, L, XL, 2XL, 3XL\n/,
      },
      {
        name: 'MEMORY_AVAILABLE longer than shell integers: capped',
        env: { MEMORY_AVAILABLE: '99999999999999999999999' },
        memoryMb: 129024,
        concurrency: 200,
        line: `WEB_CONCURRENCY=200 (129024 MB available from MEMORY_AVAILABLE, capped at 129024 MB / ${L196}, +2 = 660, capped at the maximum of 200)`,
      },
      {
        name: 'a small memory_limit on a large container: capped at 200',
        env: { CONTAINER_SIZE: '3XL' },
        memoryLimit: { bytes: 16 * M },
        memoryLimitSource: 'extra.paas.php-config in composer.json',
        memoryMb: 8192,
        concurrency: 200,
        line: 'WEB_CONCURRENCY=200 (8192 MB available from CONTAINER_SIZE=3XL / memory_limit 16M from extra.paas.php-config in composer.json, +2 = 514, capped at the maximum of 200)',
      },
      {
        name: 'memory_limit 256M from php-config',
        env: { CONTAINER_SIZE: 'L' },
        memoryLimit: { bytes: 256 * M },
        memoryLimitSource: 'extra.paas.php-config in composer.json',
        memoryMb: 1024,
        concurrency: 6,
        line: 'WEB_CONCURRENCY=6 (1024 MB available from CONTAINER_SIZE=L / memory_limit 256M from extra.paas.php-config in composer.json, +2)',
      },
      {
        name: 'memory_limit 1G from .user.ini',
        env: { CONTAINER_SIZE: '2XL' },
        memoryLimit: { bytes: GiB },
        memoryLimitSource: "public/.user.ini (it's \"quoted\")",
        memoryMb: 4096,
        concurrency: 6,
        line: 'WEB_CONCURRENCY=6 (4096 MB available from CONTAINER_SIZE=2XL / memory_limit 1G from public/.user.ini (it\'s "quoted"), +2)',
      },
      {
        name: 'memory_limit in plain bytes',
        env: { CONTAINER_SIZE: 'L' },
        memoryLimit: { bytes: 100000000 },
        memoryLimitSource: 'config/php.ini',
        memoryMb: 1024,
        concurrency: 12,
        line: 'WEB_CONCURRENCY=12 (1024 MB available from CONTAINER_SIZE=L / memory_limit 100000000 from config/php.ini, +2)',
      },
      {
        name: 'memory_limit -1: the minimum',
        env: { CONTAINER_SIZE: 'L' },
        memoryLimit: 'unlimited',
        memoryLimitSource: 'public/.user.ini',
        memoryMb: 1024,
        concurrency: 3,
        line: 'WEB_CONCURRENCY=3 (memory_limit -1 (no limit) from public/.user.ini: the minimum; 1024 MB available from CONTAINER_SIZE=L)',
      },
      {
        name: 'empty WEB_CONCURRENCY is computed',
        env: { WEB_CONCURRENCY: '', CONTAINER_SIZE: 'L' },
        memoryMb: 1024,
        concurrency: 7,
        line: `WEB_CONCURRENCY=7 (1024 MB available from CONTAINER_SIZE=L / ${L196}, +2)`,
      },
    ];
    it.each(rows)(
      'WEB_CONCURRENCY: $name',
      async (row) => {
        const limit = row.memoryLimit ?? DEFAULT_INPUT.memoryLimit;
        // The shell computation agrees with the TypeScript reference.
        expect(phpWebConcurrency(row.memoryMb, limit)).toBe(row.concurrency);
        const { exit, fpm, fpmConf } = await computeOnly(row.env ?? {}, {
          memoryLimit: row.memoryLimit,
          memoryLimitSource: row.memoryLimitSource,
          cgroup: row.cgroup,
        });
        expect(exit.stdout.split('\n')[0]).toBe(`Boot: ${row.line}`);
        expect(fpm?.env?.['WEB_CONCURRENCY']).toBe(String(row.concurrency));
        expect(fpmConf).toContain(`pm.max_children = ${row.concurrency}\n`);
        if (row.stderr) expect(exit.stderr).toMatch(row.stderr);
        else expect(exit.stderr).not.toContain('ignoring');
      },
      TIMEOUT,
    );

    it.each([
      ['5', '5'],
      ['08', '8'],
      ['200', '200'],
    ])(
      'a user WEB_CONCURRENCY=%j wins',
      async (value, expected) => {
        const { exit, fpm, fpmConf } = await computeOnly({ WEB_CONCURRENCY: value, CONTAINER_SIZE: 'L' });
        expect(exit.stdout.split('\n')[0]).toBe(`Boot: WEB_CONCURRENCY=${expected} (set in the environment)`);
        expect(fpm?.env?.['WEB_CONCURRENCY']).toBe(expected);
        expect(fpmConf).toContain(`pm.max_children = ${expected}\n`);
      },
      TIMEOUT,
    );

    it.each(['99999999', '201', '9999999999', '0000000000000000000000000000300'])(
      'a user WEB_CONCURRENCY=%j above 200 is capped at 200 with a message (PHP-FPM would reserve memory for every worker and die)',
      async (value) => {
        const { exit, fpm, fpmConf } = await computeOnly({ WEB_CONCURRENCY: value, CONTAINER_SIZE: 'L' });
        expect(exit.stdout.split('\n')[0]).toBe(`Boot: WEB_CONCURRENCY=200 (set in the environment to ${value}, capped at the maximum of 200)`);
        expect(exit.stderr).toContain(`Boot: WEB_CONCURRENCY=${value} is more PHP-FPM workers than a container can run`);
        expect(exit.stderr).toContain('using the maximum, 200');
        expect(fpm?.env?.['WEB_CONCURRENCY']).toBe('200');
        expect(fpmConf).toContain('pm.max_children = 200\n');
      },
      TIMEOUT,
    );

    it.each(['abc', '0', '-3', '4.5', ' 4', '00'])(
      'WEB_CONCURRENCY=%j stops the boot with a message',
      async (value) => {
        const { exit, fpm } = await computeOnly({ WEB_CONCURRENCY: value, CONTAINER_SIZE: 'L' });
        expect(exit.code).toBe(1);
        expect(exit.stdout).toBe('');
        expect(exit.stderr).toBe(
          `Boot: WEB_CONCURRENCY='${value}' is not a number of PHP-FPM workers: set it to a whole number greater than 0, such as 4, or unset it to compute it from the container's memory\n`,
        );
        expect(fpm).toBeUndefined();
      },
      TIMEOUT,
    );

    /** The boot started by a wrapper that first runs `limit` (ulimit), as a container's limits would be. */
    async function underLimit(limit: string) {
      return withSandbox({}, async (sb) => {
        const wrapper = join(sb.root, 'limited.sh');
        await writeFile(wrapper, `${limit} || exit 99\nexec ${shell} .scalingo/php-app/boot.sh\n`);
        const run = sb.start('sh', { PORT: '5123', STUB_FPM_NO_SOCKET: '1', STUB_FPM_EXIT_AFTER_MS: '0' }, wrapper);
        const exit = await run.exited;
        return { exit, fpm: byName(await sb.events(), 'php-fpm', 'start')[0] };
      });
    }
    const hostHardNofile = Number(/^Max open files\s+\S+\s+(\S+)/m.exec(readFileSync('/proc/self/limits', 'utf8'))?.[1] ?? 0);

    it(
      'a low soft open-files limit (containers often start with 1024) is raised for the servers, up to the hard limit',
      async () => {
        const { exit, fpm } = await underLimit('ulimit -Sn 1024');
        expect(exit.code, exit.stderr).not.toBe(99);
        const want = String(Math.min(NGINX_CAPACITY.openFilesPerWorker, hostHardNofile));
        expect(fpm?.nofile?.[0]).toBe(want);
        if (Number(want) >= NGINX_CAPACITY.openFilesPerWorker) expect(exit.stderr).not.toContain('open-files limit');
      },
      TIMEOUT,
    );

    it(
      'an open-files limit that cannot be raised is said once, with what to do',
      async () => {
        const { exit, fpm } = await underLimit('ulimit -n 1024');
        expect(fpm?.nofile).toEqual(['1024', '1024']);
        expect(exit.stderr).toContain(
          `Boot: the open-files limit is 1024 (and cannot be raised): each nginx worker holds at most about 1024 connections instead of ${NGINX_CAPACITY.openFilesPerWorker}. Raise the container's nofile limit (ulimit -n) to serve more clients at once\n`,
        );
      },
      TIMEOUT,
    );

    it(
      'PHP_FPM_MAX_REQUESTS is rendered (default 0)',
      async () => {
        const set = await computeOnly({ PHP_FPM_MAX_REQUESTS: '0500' });
        expect(set.fpmConf).toContain('pm.max_requests = 500\n');
        expect(set.exit.stdout).toContain('pm.max_requests=500');
        const unset = await computeOnly({});
        expect(unset.fpmConf).toContain('pm.max_requests = 0\n');
      },
      TIMEOUT,
    );

    it.each(['lots', '-1', '1e3'])(
      'PHP_FPM_MAX_REQUESTS=%j stops the boot with a message',
      async (value) => {
        const { exit, fpm } = await computeOnly({ PHP_FPM_MAX_REQUESTS: value });
        expect(exit.code).toBe(1);
        expect(exit.stderr).toContain(`Boot: PHP_FPM_MAX_REQUESTS='${value}' is not a number of requests`);
        expect(fpm).toBeUndefined();
      },
      TIMEOUT,
    );

    it(
      'PORT unset stops the boot with a message',
      async () => {
        await withSandbox({}, async (sb) => {
          for (const env of [{}, { PORT: '' }] as Array<Record<string, string>>) {
            const exit = await sb.start(shell, env).exited;
            expect(exit.code).toBe(1);
            expect(exit.stdout).toBe('');
            expect(exit.stderr).toBe(
              'Boot: PORT must be set to the port to listen on (1-65535), and it is not set. ' +
                'The platform sets it; to run the app by hand: PORT=8080 sh .scalingo/php-app/boot.sh\n',
            );
          }
          expect(await sb.events()).toEqual([]);
        });
      },
      TIMEOUT,
    );

    it.each(['abc', '0', '65536', '123456', '80 ', '-1'])(
      'PORT=%j stops the boot with a message',
      async (port) => {
        await withSandbox({}, async (sb) => {
          const exit = await sb.start(shell, { PORT: port }).exited;
          expect(exit.code).toBe(1);
          expect(exit.stderr).toBe(`Boot: PORT must be set to the port to listen on (1-65535), not '${port}'\n`);
          expect(await sb.events()).toEqual([]);
        });
      },
      TIMEOUT,
    );

    it(
      'PORT with leading zeros is read as decimal',
      async () => {
        await withSandbox({}, async (sb) => {
          const run = await bootUp(sb, shell, { PORT: '08080' });
          expect(await readFile(join(sb.runDir, 'nginx.conf'), 'utf8')).toContain('listen 8080;');
          run.kill('SIGTERM');
          await run.exited;
        });
      },
      TIMEOUT,
    );

    it.each(BOOT_TEMPLATES)(
      'a missing %s stops the boot with a message',
      async (name) => {
        await withSandbox({ omit: [name] }, async (sb) => {
          const exit = await sb.start(shell, { PORT: '5123' }).exited;
          expect(exit.code).toBe(1);
          expect(exit.stderr).toContain(`Boot: .scalingo/php-app/${name} is missing: the build did not complete; deploy again`);
          expect(await sb.events()).toEqual([]);
        });
      },
      TIMEOUT,
    );
  });
});

describe('renderBootScript', () => {
  const script = renderBootScript({ ...DEFAULT_INPUT, logFiles: ['storage/logs/laravel.log'] });

  it.each(SHELLS)('parses in %s', (shell) => {
    const r = spawnSync(shell, ['-n'], { input: script });
    expect(r.stderr.toString()).toBe('');
    expect(r.status).toBe(0);
  });

  it('stays POSIX: no bash-only constructs', () => {
    const code = script
      .split('\n')
      .filter((l) => !l.trimStart().startsWith('#'))
      .join('\n');
    for (const bashism of [/\bwait -n\b/, /\[\[/, /\blocal\b/, /\bfunction\b/, /\$\{[A-Za-z_]+\/\//, /<<</, /\bsource\b/, /\$'/]) {
      expect(code).not.toMatch(bashism);
    }
  });

  it('refuses log file paths outside the app', () => {
    for (const bad of ['/var/log/x.log', '../x.log', 'a/../../x.log', 'a\nb', '']) {
      expect(() => renderBootScript({ ...DEFAULT_INPUT, logFiles: [bad] })).toThrow(/relative to the app/);
    }
  });

  it('refuses a memory limit that is not a positive number of bytes', () => {
    expect(() => renderBootScript({ ...DEFAULT_INPUT, memoryLimit: { bytes: 0 } })).toThrow(/positive number of bytes/);
  });

  it('keeps build-time text on one line and quoted', () => {
    const s = renderBootScript({ ...DEFAULT_INPUT, memoryLimitSource: "a'b\nc$(x)" });
    expect(s).toContain(`__boot_limit_desc='memory_limit 196M from a'\\''b?c$(x)'`);
  });

  it('default script', () => {
    expect(script).toMatchSnapshot();
  });

  it('unlimited memory_limit, no log files', () => {
    expect(renderBootScript({ memoryLimit: 'unlimited', memoryLimitSource: 'public/.user.ini', logFiles: [] })).toMatchSnapshot();
  });
});

describe('app paths the configs cannot hold', () => {
  it.each(['d$x', 'd"q', 'd\\b'])('an app under %j stops with a message naming the path', async (name) => {
    const { mkdtemp, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const base = await mkdtemp(join(tmpdir(), 'boot-path-'));
    const app = join(base, name);
    try {
      await mkdir(join(app, '.scalingo/php-app'), { recursive: true });
      await writeFile(join(app, '.scalingo/php-app/boot.sh'), renderBootScript(DEFAULT_INPUT));
      const r = spawnSync('sh', ['.scalingo/php-app/boot.sh'], { cwd: app, env: { PATH: '/usr/bin:/bin', PORT: '8080' }, encoding: 'utf8', timeout: 10_000 });
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(`the app directory path (${app}) contains a double quote, a backslash or a dollar sign`);
    } finally {
      await rm(base, { recursive: true, force: true });
    }
  });
});
