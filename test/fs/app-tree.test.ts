/**
 * The app's tree never leads the build outside it (src/fs/app-tree.ts), on real temp
 * dirs: links, FIFOs, devices, loops, oversized files.
 */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { Problem } from '../../src/errors/build-error.js';
import {
  ensureEngineDir, readAppText, replaceLinkedDirs, writeEngineFile,
} from '../../src/fs/app-tree.js';
import { tempDir } from '../support/harness.js';

const cleanup: string[] = [];
afterAll(async () => {
  for (const d of cleanup) await fs.rm(d, { recursive: true, force: true });
});

let app: string;
let outside: string;
beforeEach(async () => {
  const top = await tempDir('tree');
  cleanup.push(top);
  app = path.join(top, 'app');
  outside = path.join(top, 'outside');
  await fs.mkdir(app);
  await fs.mkdir(outside);
  await fs.writeFile(path.join(outside, 'secret'), 'root:x:0:0:root:/root:/bin/bash\n');
});

async function rejection(p: Promise<unknown>): Promise<{ id: string; title: string; body: string }> {
  try {
    await p;
  } catch (e) {
    return e as { id: string; title: string; body: string };
  }
  throw new Error('expected a rejection');
}

describe('readAppText', () => {
  it('reads a regular file, and a link that stays inside the app', async () => {
    await fs.writeFile(path.join(app, 'real.json'), '{"a":1}');
    await fs.symlink('real.json', path.join(app, 'package.json'));
    expect(await readAppText(app, 'package.json')).toBe('{"a":1}');
    expect(await readAppText(app, 'missing.json')).toBeUndefined();
    expect(await readAppText(app, 'nodir/missing.json')).toBeUndefined();
  });

  it.each([
    ['an absolute link to a machine file', async () => fs.symlink('/etc/passwd', path.join(app, 'package.json'))],
    ['a relative link out of the app', async () => fs.symlink('../outside/secret', path.join(app, 'package.json'))],
    ['a chain of links ending outside', async () => {
      await fs.symlink('b', path.join(app, 'package.json'));
      await fs.symlink('c/secret', path.join(app, 'b'));
      await fs.symlink('../outside', path.join(app, 'c'));
    }],
    ['a parent directory linking out', async () => {
      await fs.symlink(outside, path.join(app, 'sub'));
      await fs.rename(path.join(outside, 'secret'), path.join(outside, 'package.json'));
    }],
    ['a link to /dev/zero', async () => fs.symlink('/dev/zero', path.join(app, 'package.json'))],
  ])('%s: engine/app-file-outside naming the file, nothing of its contents', async (_name, setup) => {
    await setup();
    const rel = _name === 'a parent directory linking out' ? 'sub/package.json' : 'package.json';
    const e = await rejection(readAppText(app, rel));
    expect(e.id).toBe('engine/app-file-outside');
    expect(e.title).toContain(rel);
    expect(`${e.title}${e.body}`).not.toContain('root:x');
  });

  it('a FIFO is refused at once (never opened for reading)', async () => {
    execFileSync('mkfifo', [path.join(app, 'package.json')]);
    const e = await rejection(readAppText(app, 'package.json'));
    expect(e.id).toBe('engine/app-file-not-regular');
    expect(e.title).toBe('package.json is a named pipe (FIFO), not a regular file');
  });

  it('a directory, a broken link, a loop of links', async () => {
    await fs.mkdir(path.join(app, 'Procfile'));
    expect((await rejection(readAppText(app, 'Procfile'))).title).toBe('Procfile is a directory, not a regular file');
    await fs.symlink('nope.json', path.join(app, 'package.json'));
    expect((await rejection(readAppText(app, 'package.json'))).id).toBe('engine/app-file-dangling-link');
    await fs.symlink('.nvmrc', path.join(app, '.nvmrc2'));
    await fs.symlink('.nvmrc2', path.join(app, '.nvmrc'));
    expect((await rejection(readAppText(app, '.nvmrc'))).id).toBe('engine/app-file-dangling-link');
  });

  it('a file over its limit is refused, or cut when a prefix is asked for', async () => {
    await fs.writeFile(path.join(app, '.nvmrc'), 'x'.repeat(2 * 1024 * 1024));
    const e = await rejection(readAppText(app, '.nvmrc'));
    expect(e.id).toBe('engine/app-file-too-large');
    expect(e.body).toContain('1048576');
    expect(await readAppText(app, '.nvmrc', { limit: 10, prefix: true })).toBe('x'.repeat(10));
    // Manifests get a larger limit than version files.
    await fs.writeFile(path.join(app, 'package.json'), `{"x":"${'y'.repeat(2 * 1024 * 1024)}"}`);
    expect((await readAppText(app, 'package.json'))?.length).toBeGreaterThan(2 * 1024 * 1024);
  });
});

describe('engine directories', () => {
  const warnings: Problem[] = [];
  const warn = (w: Problem) => warnings.push(w);
  beforeEach(() => {
    warnings.length = 0;
  });

  it.each([
    ['an absolute link', () => outside],
    ['a relative link', () => '../outside'],
    ['a link to /', () => '/'],
  ])('.scalingo as %s is replaced, the target untouched', async (_name, target) => {
    await fs.symlink(target(), path.join(app, '.scalingo'));
    const dir = await ensureEngineDir(app, '.scalingo/node', warn);
    expect(dir).toBe(path.join(app, '.scalingo/node'));
    expect((await fs.lstat(path.join(app, '.scalingo'))).isDirectory()).toBe(true);
    expect(await fs.readdir(outside)).toEqual(['secret']);
    expect(warnings.map((w) => w.id)).toEqual(['engine/engine-dir-replaced']);
    expect(warnings[0]!.message).toContain('.scalingo in the app was a symbolic link');
  });

  it('a file where a directory is needed (.scalingo, .scalingo/node) is replaced with a warning', async () => {
    await fs.writeFile(path.join(app, '.scalingo'), 'oops');
    await ensureEngineDir(app, '.scalingo', warn);
    await fs.writeFile(path.join(app, '.scalingo/node'), 'oops');
    await ensureEngineDir(app, '.scalingo/node', warn);
    expect((await fs.lstat(path.join(app, '.scalingo/node'))).isDirectory()).toBe(true);
    expect(warnings.map((w) => w.message.split(' in the app')[0])).toEqual(['.scalingo', '.scalingo/node']);
  });

  it('replaceLinkedDirs removes links and files but creates nothing; real directories are kept', async () => {
    await fs.symlink(outside, path.join(app, 'node_modules'));
    await fs.mkdir(path.join(app, '.profile.d'));
    await fs.writeFile(path.join(app, '.profile.d/app.sh'), 'export A=1\n');
    await fs.mkdir(path.join(app, '.yarn'));
    await fs.symlink(outside, path.join(app, '.yarn/cache'));
    await replaceLinkedDirs(app, ['node_modules', '.profile.d', '.yarn/cache', 'vendor'], warn);
    expect((await fs.readdir(app)).sort()).toEqual(['.profile.d', '.yarn']);
    expect(await fs.readdir(path.join(app, '.profile.d'))).toEqual(['app.sh']);
    expect(await fs.readdir(outside)).toEqual(['secret']);
    expect(warnings.map((w) => w.message.split(' in the app')[0])).toEqual(['node_modules', '.yarn/cache']);
  });

  it('files the install rewrites (.pnp.cjs, .yarn/install-state.gz): a committed regular file is kept without a word; a link or FIFO is removed, with a warning', async () => {
    await fs.writeFile(path.join(app, '.pnp.cjs'), '// committed, as Yarn recommends\n');
    await fs.mkdir(path.join(app, '.yarn'));
    await fs.writeFile(path.join(app, '.yarn/install-state.gz'), 'state');
    const files = ['.pnp.cjs', '.pnp.loader.mjs', '.yarn/install-state.gz'];
    await replaceLinkedDirs(app, ['node_modules', ...files], warn, { files });
    expect(warnings).toEqual([]);
    expect(await fs.readFile(path.join(app, '.pnp.cjs'), 'utf8')).toBe('// committed, as Yarn recommends\n');
    expect(await fs.readFile(path.join(app, '.yarn/install-state.gz'), 'utf8')).toBe('state');

    await fs.rm(path.join(app, '.pnp.cjs'));
    await fs.symlink(path.join(outside, 'secret'), path.join(app, '.pnp.cjs'));
    execFileSync('mkfifo', [path.join(app, '.pnp.loader.mjs')]);
    await replaceLinkedDirs(app, files, warn, { files });
    expect(warnings.map((w) => w.id)).toEqual(['engine/install-file-replaced', 'engine/install-file-replaced']);
    expect(warnings[0]!.message).toMatch(/^\.pnp\.cjs in the app was a symbolic link \(to ".*secret"\); the install writes that file itself, so the build removed the link \(its target was not touched\)\./);
    expect(warnings[1]!.message).toContain('.pnp.loader.mjs in the app was a named pipe (FIFO)');
    expect((await fs.readdir(app)).sort()).toEqual(['.yarn']);
    expect(await fs.readdir(outside)).toEqual(['secret']);
  });

  it('writeEngineFile replaces a link planted at the file name instead of writing through it', async () => {
    await fs.mkdir(path.join(app, '.profile.d'));
    await fs.symlink(path.join(outside, 'secret'), path.join(app, '.profile.d/nodejs.sh'));
    await writeEngineFile(path.join(app, '.profile.d'), 'nodejs.sh', 'export X=1\n', 0o755);
    expect(await fs.readFile(path.join(outside, 'secret'), 'utf8')).toContain('root:x');
    const st = await fs.lstat(path.join(app, '.profile.d/nodejs.sh'));
    expect(st.isFile()).toBe(true);
    expect(st.mode & 0o777).toBe(0o755);
    expect(await fs.readdir(path.join(app, '.profile.d'))).toEqual(['nodejs.sh']);
    // A directory at the name is replaced too.
    await fs.mkdir(path.join(app, '.profile.d/x.sh'));
    await writeEngineFile(path.join(app, '.profile.d'), 'x.sh', 'y\n');
    expect(await fs.readFile(path.join(app, '.profile.d/x.sh'), 'utf8')).toBe('y\n');
  });
});
