import { createHash } from 'node:crypto';
import { readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BuildError } from '../../src/errors/build-error.js';
import { type Artifact, ArtifactCache, artifactKey } from '../../src/runtime/artifact-cache.js';
import { DEAD_PORT, startServer, tempDir, type TestServer } from './helpers.js';
import { CacheWrites } from '../../src/cache/cache-writes.js';

const body = Buffer.from('pretend this is node-v22.1.0-linux-x64.tar.gz');
const sha256 = `sha256:${createHash('sha256').update(body).digest('hex')}`;

let tmp: Awaited<ReturnType<typeof tempDir>>;
let server: TestServer;
let dir: string;
let artifact: Artifact;
beforeEach(async () => {
  tmp = await tempDir();
  dir = join(tmp.path, 'cache', 'artifacts');
  server = await startServer((_req, res) => res.end(body));
  artifact = { name: 'node', version: '22.1.0', url: `${server.url}/dist/node-v22.1.0-linux-x64.tar.gz`, checksum: sha256 };
});
afterEach(async () => {
  await server.close();
  await tmp.cleanup();
});

describe('artifactKey', () => {
  it('is name-version-checksum id plus the URL extension', () => {
    expect(artifactKey(artifact)).toMatch(/^node-22\.1\.0-[0-9a-f]{16}\.tar\.gz$/);
  });

  it('changes with the checksum and ignores hex case', () => {
    const other = { ...artifact, checksum: `sha256:${'1'.repeat(64)}` };
    expect(artifactKey(other)).not.toBe(artifactKey(artifact));
    expect(artifactKey({ ...artifact, checksum: sha256.toUpperCase().replace('SHA256', 'sha256') })).toBe(
      artifactKey(artifact),
    );
  });

  it('keeps scoped names to one path component and prefers an explicit filename', () => {
    const key = artifactKey({ ...artifact, name: '@scope/pkg', url: 'https://r.test/x/-/download', filename: 'pkg-1.tgz' });
    expect(key).toMatch(/^_scope_pkg-22\.1\.0-[0-9a-f]{16}\.tgz$/);
  });
});

describe('ArtifactCache.fetch', () => {
  it('downloads on a miss, then serves the entry with no HTTP request', async () => {
    const first = await new ArtifactCache(dir).fetch(artifact);
    expect(first).toMatchObject({ fromCache: false, bytes: body.length });
    expect(server.requests).toHaveLength(1);

    // A new instance, as in the next build.
    const second = await new ArtifactCache(dir).fetch(artifact);
    expect(second).toEqual({ path: first.path, fromCache: true, bytes: body.length });
    expect(server.requests).toHaveLength(1);
    expect((await readFile(second.path)).equals(body)).toBe(true);
    expect(await readdir(dir)).toEqual([artifactKey(artifact)]);
  });

  it('re-downloads a corrupted cache entry', async () => {
    const { path } = await new ArtifactCache(dir).fetch(artifact);
    await writeFile(path, 'bit rot');
    const lines: string[] = [];

    const again = await new ArtifactCache(dir).fetch(artifact, { progress: (l) => lines.push(l) });

    expect(again.fromCache).toBe(false);
    expect(server.requests).toHaveLength(2);
    expect((await readFile(path)).equals(body)).toBe(true);
    expect(lines).toContain('Cached node 22.1.0 is damaged; downloading it again');
  });

  it('is not disturbed by leftover temp files; removes only stale ones', async () => {
    const cache = new ArtifactCache(dir);
    await cache.fetch({ ...artifact, name: 'warmup' }); // creates the dir
    const stale = join(dir, '.tmp-killedbuild');
    const fresh = join(dir, '.tmp-concurrentbuild');
    await writeFile(stale, 'half a download');
    await writeFile(fresh, 'another build is writing this');
    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000);
    await utimes(stale, twoHoursAgo, twoHoursAgo);

    const got = await new ArtifactCache(dir).fetch(artifact);

    expect((await readFile(got.path)).equals(body)).toBe(true);
    const names = await readdir(dir);
    expect(names).not.toContain('.tmp-killedbuild');
    expect(names).toContain('.tmp-concurrentbuild');
  });

  it('fails hard on a checksum mismatch, once, leaving no entry', async () => {
    const bad = { ...artifact, checksum: `sha256:${'0'.repeat(64)}` };
    const e = await new ArtifactCache(dir).fetch(bad).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(e).toBeInstanceOf(BuildError);
    expect((e as BuildError).id).toBe('runtime/checksum-mismatch');
    expect((e as BuildError).title).toBe('Checksum mismatch for node 22.1.0');
    expect(server.requests).toHaveLength(1);
    expect(await readdir(dir)).toEqual([]); // neither the entry nor its temp file
  });

  it('leaves no entry when the download fails', async () => {
    const missing = { ...artifact, url: `http://127.0.0.1:${DEAD_PORT}/nothing.tar.gz` };
    const e = await new ArtifactCache(dir).fetch(missing).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect((e as BuildError).id).toBe('runtime/download-failed');
    expect(await readdir(dir)).toEqual([]);
  });

  it('uses an injected downloader', async () => {
    const calls: string[] = [];
    const cache = new ArtifactCache(dir, {
      download: async (url, dest) => {
        calls.push(url);
        await writeFile(dest, body);
        return { bytes: body.length };
      },
    });
    expect((await cache.fetch(artifact)).fromCache).toBe(false);
    expect(calls).toEqual([artifact.url]);
    expect(server.requests).toHaveLength(0);
  });
});


describe('ArtifactCache on a full cache disk', () => {
  const writesLog = () => {
    const warned: string[] = [];
    return { warned, writes: new CacheWrites(join(tmp.path, 'cache'), { warn: (w) => warned.push(w.id), info: () => undefined }) };
  };

  it('a download the cache disk refuses (ENOSPC) goes to the spill dir instead, verified, said once; no temp left in the cache', async () => {
    const { warned, writes } = writesLog();
    const spill = join(tmp.path, 'spill');
    let calls = 0;
    const download = async (url: string, dest: string) => {
      calls++;
      if (dest.startsWith(dir)) {
        await writeFile(dest, 'partial');
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', path: dest });
      }
      const res = await fetch(url);
      await writeFile(dest, Buffer.from(await res.arrayBuffer()));
      return { bytes: body.length };
    };
    const got = await new ArtifactCache(dir, { download, writes, spillDir: spill }).fetch(artifact);
    expect(got.path.startsWith(spill)).toBe(true);
    expect(await readFile(got.path)).toEqual(body);
    expect(calls).toBe(2);
    expect(warned).toEqual(['engine/cache-disk-full']);
    expect(writes.full).toBe(true);
    expect(await readdir(dir)).toEqual([]);
    // The next artifact of this build goes straight to the spill dir.
    const next = await new ArtifactCache(dir, { download, writes, spillDir: spill }).fetch({ ...artifact, version: '22.1.1' });
    expect(next.path.startsWith(spill)).toBe(true);
    expect(calls).toBe(3);
  });

  it('with the cache disk full from the start, an entry already cached is still used', async () => {
    await new ArtifactCache(dir).fetch(artifact);
    const writes = await CacheWrites.open(join(tmp.path, 'cache'), { warn: () => undefined, info: () => undefined }, async () => ({ bavail: 0, bsize: 4096 }));
    const got = await new ArtifactCache(dir, { writes, spillDir: join(tmp.path, 'spill') }).fetch(artifact);
    expect(got).toMatchObject({ fromCache: true, path: join(dir, artifactKey(artifact)) });
    expect(server.requests).toHaveLength(1);
  });
});
