import { describe, expect, it } from 'vitest';
import { Volume } from 'memfs';
import { appFsFrom, type FsPromisesLike } from '../../src/fs/app-fs.js';
import { detectApp } from '../../src/detect/detect.js';

function memApp(files: Record<string, string>) {
  const vol = Volume.fromJSON(files, '/app');
  vol.mkdirSync('/app', { recursive: true });
  return appFsFrom(vol.promises as unknown as FsPromisesLike, '/app');
}

describe('detectApp', () => {
  it.each([
    [{ 'package.json': '{}' }, 'nodejs', 'Node.js'],
    [{ '.meteor/release': 'METEOR@2', 'package.json': '{}' }, 'nodejs', 'Node.js (Meteor)'],
    [{ '.meteor/release': 'METEOR@2' }, 'nodejs', 'Node.js (Meteor)'],
    [{ 'composer.json': '{}' }, 'php', 'PHP (composer.json)'],
    [{ 'composer.lock': '{}', 'composer.json': '{}' }, 'php', 'PHP (composer.json)'],
    [{ 'composer.lock': '{}' }, 'php', 'PHP (classic)'],
    [{ 'index.php': '<?php' }, 'php', 'PHP (classic)'],
    [{ 'composer.json': '{}', 'package.json': '{}' }, 'php', 'PHP (composer.json)'],
  ])('%j → %s %s', async (files, kind, label) => {
    const d = await detectApp(memApp(files));
    expect(d.kind).toBe(kind);
    expect('label' in d && d.label).toBe(label);
  });

  it('a PHP app with a package.json also needs Node', async () => {
    expect(await detectApp(memApp({ 'index.php': '', 'package.json': '{}' }))).toMatchObject({ kind: 'php', buildTools: ['nodejs'] });
    expect(await detectApp(memApp({ 'index.php': '' }))).toMatchObject({ kind: 'php', buildTools: [] });
  });

  it('a package.json that is a directory still counts as present (compile reports it)', async () => {
    // Documented choice: presence is what the platform checks; compile then reports the bad file.
    expect((await detectApp(memApp({ 'package.json/x': '' }))).kind).toBe('nodejs');
  });

  it('nothing found: lists what is there', async () => {
    const d = await detectApp(memApp({ 'README.md': '', 'main.go': '' }));
    expect(d).toMatchObject({ kind: 'none' });
    expect(d.kind === 'none' && d.reason).toContain('found: README.md, main.go');
  });

  it('nothing found because package.json is git-ignored: says so', async () => {
    const d = await detectApp(memApp({ '.gitignore': 'node_modules\n/package.json\n', 'app.js': '' }));
    expect(d.kind === 'none' && d.reason).toContain('package.json is listed in .gitignore');
  });

  it('empty app', async () => {
    const d = await detectApp(memApp({}));
    expect(d.kind === 'none' && d.reason).toContain('the directory is empty');
  });

  it('no app at the root: names the subfolders (depth 1-2) that hold one, and how to deploy one', async () => {
    const d = await detectApp(memApp({
      'README.md': '',
      'backend/composer.json': '{}',
      'apps/web/package.json': '{}',
      'apps/web/node_modules/x/package.json': '{}',
      'apps/api/package.json': '{}',
      'node_modules/y/package.json': '{}',
      '.hidden/package.json': '{}',
      'deep/a/b/package.json': '{}',
    }));
    expect(d).toMatchObject({ kind: 'none' });
    const reason = (d as { reason: string }).reason;
    expect(reason).toContain('Apps found in subfolders: apps/api/ (package.json), apps/web/ (package.json), backend/ (composer.json).');
    expect(reason).toContain('set PROJECT_DIR to its folder (e.g. PROJECT_DIR=apps/api)');
    expect(reason).not.toContain('deep/');
    expect(reason).not.toContain('node_modules/');
  });

  it('subfolders reached through a symlink are not searched', async () => {
    const vol = Volume.fromJSON({ '/elsewhere/site/package.json': '{}', '/app/README.md': '' });
    vol.symlinkSync('/elsewhere', '/app/linked');
    const d = await detectApp(appFsFrom(vol.promises as unknown as FsPromisesLike, '/app'));
    expect((d as { reason: string }).reason).not.toContain('Apps found in subfolders');
  });
});

