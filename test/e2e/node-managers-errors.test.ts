/** Bad input for Yarn and pnpm apps, through the real bin/compile. */
import { afterAll, describe, expect, it } from 'vitest';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { cleanEnv, copyFixture, runBin, tempDir } from '../support/harness.js';

const cleanup: string[] = [];
afterAll(async () => {
  for (const d of cleanup) await fs.rm(d, { recursive: true, force: true });
});

async function compileEdited(fixture: string, edit: (app: string) => Promise<void>) {
  const app = await copyFixture(fixture);
  const cache = await tempDir('cache');
  cleanup.push(app, cache);
  await edit(app);
  return runBin('compile', [app, cache], cleanEnv());
}

async function editJson(file: string, fn: (j: Record<string, any>) => void) {
  const j = JSON.parse(await fs.readFile(file, 'utf8'));
  fn(j);
  await fs.writeFile(file, JSON.stringify(j, null, 2));
}

describe('Yarn and pnpm bad input', () => {
  it('yarn.lock (Yarn 1) out of date with package.json: says so and how to fix it', async () => {
    const r = await compileEdited('node-yarn1-app', (app) =>
      editJson(path.join(app, 'package.json'), (p) => (p.dependencies['is-number'] = '7.0.0')));
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('Error id: nodejs/install-failed');
    expect(r.stderr).toContain('yarn.lock is out of sync with package.json. Run `yarn install` locally');
  });

  it('a pnpm workspace whose lockfile lacks a member: says so and how to fix it', async () => {
    const r = await compileEdited('node-pnpm-workspace-app', async (app) => {
      await fs.mkdir(path.join(app, 'packages/extra'));
      await fs.writeFile(path.join(app, 'packages/extra/package.json'), JSON.stringify({ name: 'extra', version: '1.0.0', dependencies: { 'is-number': '7.0.0' } }));
    });
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('Error id: nodejs/install-failed');
    expect(r.stderr).toContain('pnpm-lock.yaml is out of sync with package.json (or a workspace member)');
  });

  it('a packageManager hash that does not match the release: refused before use', async () => {
    const r = await compileEdited('node-pnpm-app', (app) =>
      editJson(path.join(app, 'package.json'), (p) => (p.packageManager = `pnpm@9.15.9+sha512.${'0'.repeat(128)}`)));
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('Error id: nodejs/package-manager-hash-mismatch');
    expect(r.stdout).not.toContain('$ pnpm install');
  });

  it('a packageManager hash that matches (as corepack writes it) is accepted', async () => {
    // sha512 of the registry's pnpm-9.15.9.tgz (its published integrity, in hex).
    const hash = '68046141893c66fad01c079231128e9afb89ef87e2691d69e4d40eee228988295fd4682181bae55b58418c3a253bde65a505ec7c5f9403ece5cc3cd37dcf2531';
    const r = await compileEdited('node-pnpm-app', (app) =>
      editJson(path.join(app, 'package.json'), (p) => (p.packageManager = `pnpm@9.15.9+sha512.${hash}`)));
    expect(r.exitCode, r.all).toBe(0);
    expect(r.stdout).toContain('$ pnpm install --frozen-lockfile --prod=false');
  });

  it('packageManager naming an unknown manager', async () => {
    const r = await compileEdited('node-pnpm-app', (app) =>
      editJson(path.join(app, 'package.json'), (p) => (p.packageManager = 'bun@1.1.0')));
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('Error id: nodejs/invalid-package-manager-field');
  });

  it('.yarnrc.yml with a yarnPath that does not exist', async () => {
    const r = await compileEdited('node-yarn4-nm-app', (app) =>
      fs.appendFile(path.join(app, '.yarnrc.yml'), 'yarnPath: .yarn/releases/yarn-4.1.1.cjs\n'));
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('Error id: nodejs/yarn-path-invalid');
    expect(r.stderr).toContain('.yarn/releases/yarn-4.1.1.cjs');
  });
});
