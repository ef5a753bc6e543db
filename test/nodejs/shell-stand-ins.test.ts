/**
 * The small scripts the Node.js build writes (src/nodejs/tool-guard.sh, yarn-launcher.sh),
 * run for real: build-time values go in quoted, never as code.
 */
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toolGuards } from '../../src/nodejs/build-env.js';
import { installPackageManager } from '../../src/nodejs/install-manager.js';
import { BuildLog } from '../../src/log/build-log.js';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'stand-ins-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('tool guards', () => {
  it.each(['node', 'npm', 'npx'] as const)('%s: says it is not part of the installed Node.js, exits 127', async (tool) => {
    const file = join(root, `guard-${tool}`);
    await writeFile(file, toolGuards()[tool], { mode: 0o755 });
    const r = await execa(file, ['--version'], { reject: false, stdin: 'ignore' });
    expect([r.exitCode, r.stdout, r.stderr]).toEqual([127, '',
      `${tool}: not part of the Node.js installed in .scalingo/node; the build never uses the build machine's ${tool}.`]);
  });
});

describe('the yarn launcher of a vendored release (yarnPath)', () => {
  it.each(['.yarn/releases/yarn-4.5.0.cjs', `.yarn/releases/it's $(touch pwned) \`id\` "q" \\ $HOME.cjs`])('%s: runs that release with the app node, arguments kept', async (yarnPath) => {
    const app = join(root, `app-${Math.random().toString(36).slice(2)}`);
    const fakeBin = join(app, 'fake-bin');
    await mkdir(fakeBin, { recursive: true });
    // A `node` that prints what it was started with, one argument a line.
    await writeFile(join(fakeBin, 'node'), '#!/bin/sh\nprintf "%s\\n" "$@"\n');
    await chmod(join(fakeBin, 'node'), 0o755);
    const log = new BuildLog({ out: () => undefined, err: () => undefined });
    await installPackageManager({ name: 'yarn', yarnPath } as never, { buildDir: app, log } as never);
    const r = await execa(join(app, '.scalingo/node/bin/yarn'), ['install', 'a b'], {
      cwd: app, env: { PATH: `${fakeBin}:/usr/bin:/bin` }, extendEnv: false, stdin: 'ignore',
    });
    expect(r.stdout.split('\n')).toEqual([`${app}/.scalingo/node/bin/../../../${yarnPath}`, 'install', 'a b']);
    await expect(execa('ls', [join(app, 'pwned')], { reject: false }).then((x) => x.exitCode)).resolves.not.toBe(0);
  });
});
