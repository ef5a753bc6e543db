import { existsSync } from 'node:fs';
import { chmod, mkdir, readdir, readFile, readlink, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as tar from 'tar';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BuildError } from '../../src/errors/build-error.js';
import { extractTarSafely, unsafeReason } from '../../src/runtime/extract.js';
import { rawTarGz, type RawEntry, tempDir } from './helpers.js';

let tmp: Awaited<ReturnType<typeof tempDir>>;
// Layout: <tmp>/work/archive.tgz, <tmp>/work/install/target (the extraction target).
// Escaping entries aim at <tmp>/work and <tmp>, which must stay untouched.
let work: string;
let parent: string;
let target: string;
beforeEach(async () => {
  tmp = await tempDir();
  work = join(tmp.path, 'work');
  parent = join(work, 'install');
  target = join(parent, 'target');
  await mkdir(parent, { recursive: true });
});
afterEach(async () => {
  await tmp.cleanup();
});

async function listEntries(file: string): Promise<{ path: string; type: string; linkpath: string }[]> {
  const out: { path: string; type: string; linkpath: string }[] = [];
  await tar.t({ file, onReadEntry: (e) => void out.push({ path: e.path, type: e.type, linkpath: e.linkpath ?? '' }) });
  return out;
}

async function rejection(p: Promise<unknown>): Promise<BuildError> {
  const e = await p.then(() => undefined, (err: unknown) => err);
  expect(e).toBeInstanceOf(BuildError);
  return e as BuildError;
}

describe('extractTarSafely: good archives', () => {
  it('extracts with strip=1, keeping content, executable bits and inside links', async () => {
    const src = join(tmp.path, 'src');
    await mkdir(join(src, 'node-v1/bin'), { recursive: true });
    await mkdir(join(src, 'node-v1/lib'), { recursive: true });
    await writeFile(join(src, 'node-v1/bin/node'), '#!/bin/sh\necho hi\n');
    await chmod(join(src, 'node-v1/bin/node'), 0o755);
    await writeFile(join(src, 'node-v1/lib/cli.js'), 'console.log(1)');
    await symlink('../lib/cli.js', join(src, 'node-v1/bin/npm'));
    const archive = join(work, 'node.tgz');
    await tar.c({ gzip: true, file: archive, cwd: src }, ['node-v1']);

    await extractTarSafely(archive, target, { strip: 1, what: 'Node.js 1' });

    expect(await readFile(join(target, 'lib/cli.js'), 'utf8')).toBe('console.log(1)');
    expect((await stat(join(target, 'bin/node'))).mode & 0o111).toBe(0o111);
    expect(await readlink(join(target, 'bin/npm'))).toBe('../lib/cli.js');
    expect(await readFile(join(target, 'bin/npm'), 'utf8')).toBe('console.log(1)');
    expect(await readdir(parent)).toEqual(['target']); // no temp dir left behind
    expect((await stat(target)).mode & 0o777).toBe(0o755); // not mkdtemp's 0700
  });

  it('replaces an existing target directory as a whole', async () => {
    await mkdir(target);
    await writeFile(join(target, 'stale.txt'), 'old');
    const archive = join(work, 'a.tgz');
    await writeFile(archive, rawTarGz([{ path: 'pkg/new.txt', type: '0', body: 'new' }]));

    await extractTarSafely(archive, target, { strip: 1, what: 'pkg' });

    expect(await readdir(target)).toEqual(['new.txt']);
    expect(await readdir(parent)).toEqual(['target']);
  });
});

describe('extractTarSafely: hostile archives', () => {
  // Each case: the entries, the path the extractor must name, and files that would
  // exist if the entry had escaped.
  const cases: { name: string; entries: (tmpPath: string) => RawEntry[]; entry: string; why: RegExp }[] = [
    {
      name: 'a ../ entry',
      entries: () => [{ path: '../evil.txt', type: '0', body: 'pwned' }],
      entry: '../evil.txt',
      why: /'\.\.' path component/,
    },
    {
      name: 'an absolute path',
      entries: (t) => [{ path: `${t}/abs-evil.txt`, type: '0', body: 'pwned' }],
      entry: 'abs-evil.txt',
      why: /absolute path/,
    },
    {
      name: 'a symlink to /etc/passwd',
      entries: () => [{ path: 'passwd', type: '2', linkpath: '/etc/passwd' }],
      entry: 'passwd',
      why: /symbolic link to the absolute path/,
    },
    {
      name: 'a symlink a -> ../../x',
      entries: () => [{ path: 'a', type: '2', linkpath: '../../x' }],
      entry: 'a',
      why: /outside the target directory/,
    },
    {
      name: 'a symlink that climbs out through a path component',
      entries: () => [
        { path: 'd', type: '5' },
        { path: 'd/up', type: '2', linkpath: '..' },
        { path: 'sneaky', type: '2', linkpath: 'd/up/..' },
      ],
      entry: 'sneaky',
      why: /climbs out of a path component/,
    },
    {
      // Once, each header alone passed the old per-entry check (depth counted on
      // the link's path in the archive, not where it lands).
      name: 'a symlink chain l -> . then l/l/l/l/l/l/bin -> ../../../../../../outside',
      entries: () => [
        { path: 'l', type: '2', linkpath: '.' },
        { path: 'l/l/l/l/l/l/bin', type: '2', linkpath: '../../../../../../outside' },
      ],
      entry: 'l/l/l/l/l/l/bin',
      why: /goes through "l", a symbolic link an earlier entry created/,
    },
    {
      name: 'a file written through a link to a directory outside',
      entries: () => [
        { path: 'd', type: '5' },
        { path: 'd/up', type: '2', linkpath: '..' },
        { path: 'd/up/x', type: '0', body: 'pwned' },
      ],
      entry: 'd/up/x',
      why: /goes through "d\/up"/,
    },
    {
      name: 'an entry replacing a link an earlier entry created',
      entries: () => [
        { path: 'l', type: '2', linkpath: '.' },
        { path: 'l', type: '5' },
      ],
      entry: 'l',
      why: /replaces "l", a symbolic link/,
    },
    {
      name: 'a hard link to a symlink (a copy of the link at another depth)',
      entries: () => [
        { path: 'a/b/c', type: '5' },
        { path: 'a/b/c/up', type: '2', linkpath: '../../..' },
        { path: 'x', type: '1', linkpath: 'a/b/c/up' },
      ],
      entry: 'x',
      why: /is or goes through a symbolic link/,
    },
    {
      name: 'an escaping hardlink',
      entries: () => [{ path: 'h', type: '1', linkpath: '../archive.tgz' }],
      entry: 'h',
      why: /hard link/,
    },
    {
      name: 'a fifo',
      entries: () => [{ path: 'pipe', type: '6' }],
      entry: 'pipe',
      why: /FIFO entry/,
    },
    {
      name: 'a character device',
      entries: () => [{ path: 'null', type: '3' }],
      entry: 'null',
      why: /CharacterDevice entry/,
    },
  ];

  for (const c of cases) {
    it(`refuses ${c.name}, leaving the target and its surroundings untouched`, async () => {
      await mkdir(target);
      await writeFile(join(target, 'marker'), 'before');
      const archive = join(work, 'archive.tgz');
      // A harmless entry first: it must not be installed either.
      await writeFile(archive, rawTarGz([{ path: 'ok.txt', type: '0', body: 'fine' }, ...c.entries(tmp.path)]));
      const listed = await listEntries(archive);
      expect(listed.map((e) => e.path)).toContain(c.entries(tmp.path).at(-1)!.path); // the bad entry is really there
      const before = { work: await readdir(work), tmp: await readdir(tmp.path) };

      const e = await rejection(extractTarSafely(archive, target, { what: 'the test archive' }));

      expect(e.id).toBe('runtime/unsafe-archive');
      expect(e.title).toBe('Refusing to extract the test archive');
      expect(e.body).toContain(c.entry);
      expect(e.body).toMatch(c.why);
      expect(await readdir(target)).toEqual(['marker']);
      expect(await readFile(join(target, 'marker'), 'utf8')).toBe('before');
      expect(await readdir(parent)).toEqual(['target']); // temp dir removed
      expect(await readdir(work)).toEqual(before.work);
      expect(await readdir(tmp.path)).toEqual(before.tmp);
      expect(existsSync(join(parent, 'evil.txt'))).toBe(false);
    });
  }

  it('checks ".." after stripping, not before', async () => {
    const archive = join(work, 'a.tgz');
    await writeFile(archive, rawTarGz([{ path: 'pkg/../../evil.txt', type: '0', body: 'x' }]));
    const e = await rejection(extractTarSafely(archive, target, { strip: 1, what: 'pkg' }));
    expect(e.id).toBe('runtime/unsafe-archive');
    expect(existsSync(target)).toBe(false);
    expect(existsSync(join(parent, 'evil.txt'))).toBe(false);
    expect(existsSync(join(work, 'evil.txt'))).toBe(false);
  });
});

describe('extractTarSafely: broken archives', () => {
  it('reports random bytes as a bad archive and leaves the target alone', async () => {
    await mkdir(target);
    await writeFile(join(target, 'marker'), 'before');
    const archive = join(work, 'junk.tgz');
    await writeFile(archive, Buffer.from('this is not a tarball at all'.repeat(40)));
    const e = await rejection(extractTarSafely(archive, target, { what: 'junk' }));
    expect(e.id).toBe('runtime/bad-archive');
    expect(await readdir(target)).toEqual(['marker']);
    expect(await readdir(parent)).toEqual(['target']);
  });

  it('reports a truncated gzip stream as a bad archive', async () => {
    const good = rawTarGz([{ path: 'a.txt', type: '0', body: 'y'.repeat(5000) }]);
    const archive = join(work, 'cut.tgz');
    await writeFile(archive, good.subarray(0, Math.floor(good.length / 2)));
    const e = await rejection(extractTarSafely(archive, target, { what: 'cut' }));
    expect(e.id).toBe('runtime/bad-archive');
    expect(existsSync(target)).toBe(false);
  });
});

describe('extractTarSafely: what GNU tar refuses', () => {
  it('is a bad archive naming the reason, not an engine error', async () => {
    const archive = join(work, 'a.tgz');
    // Passes the header checks, but a file cannot hold another file.
    await writeFile(archive, rawTarGz([{ path: 'f', type: '0', body: 'x' }, { path: 'f/g', type: '0', body: 'y' }]));
    const e = await rejection(extractTarSafely(archive, target, { what: 'pkg' }));
    expect(e.id).toBe('runtime/bad-archive');
    expect(e.body).toMatch(/GNU tar refused it \(.*Not a directory/);
    expect(existsSync(target)).toBe(false);
    expect(await readdir(parent)).toEqual([]);
  });
});

describe('unsafeReason', () => {
  it.each([
    [{ path: 'a/b', type: 'File' }, 0, undefined],
    [{ path: 'pkg/bin/npm', type: 'SymbolicLink', linkpath: '../lib/cli.js' }, 1, undefined],
    [{ path: 'pkg/npm', type: 'SymbolicLink', linkpath: '../lib/cli.js' }, 1, 'outside'],
    [{ path: 'pkg/a/b', type: 'Link', linkpath: 'pkg/a/c' }, 1, undefined],
    [{ path: 'pkg/a/b', type: 'Link', linkpath: 'pkg/../../c' }, 1, 'hard link'],
    [{ path: 'pkg', type: 'File' }, 2, undefined], // dropped by strip, never written
    [{ path: 'C:/x', type: 'File' }, 0, 'absolute'],
  ] as const)('%o strip=%i', (entry, strip, expected) => {
    const why = unsafeReason(entry, strip);
    if (expected === undefined) expect(why).toBeUndefined();
    else expect(why).toContain(expected);
  });
});
