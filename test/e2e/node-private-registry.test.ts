/**
 * Private modules: .npmrc with `${NPM_TOKEN}` and NPM_TOKEN from ENV_DIR. A loopback
 * registry serves one package and answers 401 without the right bearer token, so the
 * install only succeeds if npm really sent the token from the config var.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import * as tar from 'tar';
import { cleanEnv, exists, runBin, tempDir, writeEnvDir } from '../support/harness.js';
import { startServer, type TestServer } from '../runtime/helpers.js';

const TOKEN = 'npm_s3cr3tT0ken';
let registry: TestServer;
let unauthorized = 0;
const cleanup: string[] = [];

async function packTarball(): Promise<Buffer> {
  const src = await tempDir('pkg-src');
  cleanup.push(src);
  await fs.mkdir(path.join(src, 'package'));
  await fs.writeFile(path.join(src, 'package/package.json'), JSON.stringify({ name: '@acme/private', version: '1.0.0', main: 'index.js' }));
  await fs.writeFile(path.join(src, 'package/index.js'), "module.exports = 'private module loaded';\n");
  const file = path.join(src, 'p.tgz');
  await tar.c({ gzip: true, file, cwd: src, portable: true }, ['package']);
  return fs.readFile(file);
}

beforeAll(async () => {
  const tgz = await packTarball();
  const integrity = `sha512-${createHash('sha512').update(tgz).digest('base64')}`;
  registry = await startServer((req, res) => {
    if (req.headers.authorization !== `Bearer ${TOKEN}`) {
      unauthorized++;
      res.statusCode = 401;
      res.end('{"error":"unauthorized"}');
      return;
    }
    if (req.url === '/@acme%2fprivate' || req.url === '/@acme%2Fprivate') {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({
        name: '@acme/private',
        'dist-tags': { latest: '1.0.0' },
        versions: { '1.0.0': { name: '@acme/private', version: '1.0.0', dist: { tarball: `${registry.url}/@acme/private/-/private-1.0.0.tgz`, integrity } } },
      }));
    } else if (req.url === '/@acme/private/-/private-1.0.0.tgz') {
      res.end(tgz);
    } else {
      res.statusCode = 404;
      res.end('{}');
    }
  });
});

afterAll(async () => {
  await registry.close();
  for (const d of cleanup) await fs.rm(d, { recursive: true, force: true });
});

async function privateApp(): Promise<string> {
  const app = await tempDir('private-app');
  cleanup.push(app);
  const host = registry.url.replace(/^http:/, '');
  await fs.writeFile(path.join(app, 'package.json'), JSON.stringify({
    name: 'uses-private', version: '1.0.0', dependencies: { '@acme/private': '1.0.0' },
  }));
  await fs.writeFile(path.join(app, '.npmrc'), `@acme:registry=${registry.url}/\n${host}/:_authToken=\${NPM_TOKEN}\n`);
  return app;
}

describe('private modules', () => {
  it('installs from a private registry with NPM_TOKEN from ENV_DIR, never printing it', async () => {
    const app = await privateApp();
    const cache = await tempDir('cache');
    const envDir = await writeEnvDir({ NPM_TOKEN: TOKEN });
    cleanup.push(cache, envDir);
    const r = await runBin('compile', [app, cache, envDir], cleanEnv());
    expect(r.exitCode, r.all).toBe(0);
    expect(await fs.readFile(path.join(app, 'node_modules/@acme/private/index.js'), 'utf8')).toContain('private module loaded');
    expect(r.all).not.toContain(TOKEN);
    expect(r.stdout).toContain('NPM_TOKEN=[hidden]');
  });

  it('without the token the install fails with nodejs/install-failed and npm’s reason', async () => {
    const before = unauthorized;
    const app = await privateApp();
    const cache = await tempDir('cache');
    const envDir = await writeEnvDir({ NPM_TOKEN: 'wrong' });
    cleanup.push(cache, envDir);
    const r = await runBin('compile', [app, cache, envDir], cleanEnv());
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('Error id: nodejs/install-failed');
    expect(r.stderr).toMatch(/401|E401|nauthorized/);
    expect(unauthorized).toBeGreaterThan(before);
    expect(await exists(path.join(app, 'node_modules/@acme/private'))).toBe(false);
  });
});
