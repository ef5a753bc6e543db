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
    expect(await detectApp(memApp({ 'index.php': '', 'package.json': '{}' }))).toMatchObject({ kind: 'php', alsoNode: true });
    expect(await detectApp(memApp({ 'index.php': '' }))).toMatchObject({ kind: 'php', alsoNode: false });
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
});
