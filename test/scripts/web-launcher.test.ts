/**
 * scripts/web-launcher.sh, how scripts/demo.sh starts a built app: the profile scripts
 * are sourced, and a stop sent to the launcher alone reaches the web process's whole
 * group (sh -c would not forward it), the launcher returning only once it has stopped.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const LAUNCHER = resolve(__dirname, '../../scripts/web-launcher.sh');
const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function waitForFile(file: string, timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(file)) {
    if (Date.now() > deadline) throw new Error(`${file} never appeared`);
    await new Promise((r) => setTimeout(r, 25));
  }
  return readFile(file, 'utf8');
}

describe('scripts/web-launcher.sh', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('%s to the launcher alone stops what `sh -c WEB` runs, and it returns only after', async (signal) => {
    const app = await mkdtemp(join(tmpdir(), 'web-launcher-'));
    dirs.push(app);
    await mkdir(join(app, '.profile.d'));
    await writeFile(join(app, '.profile.d/app.sh'), 'export GREETING=from-profile\n');
    // A server that takes a while to stop, under a compound command: sh -c stays its parent.
    await writeFile(join(app, 'server.sh'), [
      'trap \'echo term >"$HOME/term"; sleep 0.3; echo stopped >"$HOME/stopped"; exit 0\' TERM',
      'echo "$$ $GREETING" >"$HOME/started"',
      'while :; do sleep 0.05; done',
    ].join('\n'));
    const launcher = spawn(LAUNCHER, [app, 'cd . && sh server.sh'], { stdio: 'ignore', env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin' } });
    const exited = new Promise<{ code: number | null; stoppedFirst: boolean }>((r) =>
      launcher.on('exit', (code) => r({ code, stoppedFirst: existsSync(join(app, 'stopped')) })),
    );
    const [serverPid, greeting] = (await waitForFile(join(app, 'started'))).trim().split(' ');
    expect(greeting).toBe('from-profile');
    try {
      launcher.kill(signal);
      const exit = await exited;
      expect(await readFile(join(app, 'term'), 'utf8')).toBe('term\n');
      // The server's graceful stop completed before the launcher returned.
      expect(exit.stoppedFirst).toBe(true);
      expect(alive(Number(serverPid))).toBe(false);
    } finally {
      if (alive(Number(serverPid))) process.kill(Number(serverPid), 'SIGKILL');
    }
  });

  it('exits with the web process status', async () => {
    const app = await mkdtemp(join(tmpdir(), 'web-launcher-'));
    dirs.push(app);
    const launcher = spawn(LAUNCHER, [app, 'exit 3'], { stdio: 'ignore' });
    expect(await new Promise((r) => launcher.on('exit', r))).toBe(3);
  });
});
