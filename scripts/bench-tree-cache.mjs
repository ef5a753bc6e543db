// Benchmark (not a test) of the tree cache's restore on a ~300-package node_modules:
// the engine's restore (hard links + the integrity check: metadata and the sha256 of
// every file) against the same restore with the metadata check only (what it
// did before: a stat per file beside the `cp -al`). Run by `npm run bench` (row
// "tree-cache"), or alone: node scripts/bench-tree-cache.mjs [--runs N] [--tree DIR]
// DIR: a real node_modules to measure instead of the generated one.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const tmp = (p) => mkdtempSync(path.join(tmpdir(), `bench-tree-${p}-`));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * A throwaway node_modules shaped like fixtures/node-realistic-app's install (measured:
 * 307 packages, 7,664 files, 70 MB): 300 packages of ~25 files, mostly a few KB, with a
 * few multi-MB files (the size of typescript's lib). Deterministic.
 */
function generateTree(dir) {
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const nm = path.join(dir, 'node_modules');
  for (let p = 0; p < 300; p++) {
    const pkg = path.join(nm, `pkg-${p}`);
    mkdirSync(path.join(pkg, 'lib/sub'), { recursive: true });
    writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({ name: `pkg-${p}`, version: '1.0.0', main: 'index.js' }, null, 2));
    const files = 20 + Math.floor(rand() * 10);
    for (let f = 0; f < files; f++) {
      const size = p % 20 === 0 && f === 0 ? 1_700_000 : Math.floor(500 + rand() * rand() * 20_000);
      const where = f % 3 === 0 ? 'lib/sub' : 'lib';
      writeFileSync(path.join(pkg, where, `f${f}.js`), Buffer.alloc(size, 97 + (f % 26)));
    }
  }
  return nm;
}

/** The check the cache once made: one lstat per entry (size, mode, mtime), beside the link. */
async function statWalk(dir) {
  let n = 0;
  const walk = async (d) => {
    await Promise.all((await readdir(d)).map(async (name) => {
      const st = await lstat(path.join(d, name));
      n++;
      if (st.isDirectory()) await walk(path.join(d, name));
    }));
  };
  await walk(dir);
  return n;
}

export async function benchTreeCache({ runs = 3, tree } = {}) {
  const work = tmp('work');
  try {
    // The engine's TreeCache, bundled from src as the engine bundles it.
    const bundle = path.join(work, 'tree-cache.mjs');
    await build({ entryPoints: [path.join(root, 'src/cache/tree-cache.ts')], bundle: true, platform: 'node', format: 'esm', outfile: bundle, logLevel: 'error',
      banner: { js: "import { createRequire as __engineRequire } from 'node:module'; const require = __engineRequire(import.meta.url);" } });
    const { TreeCache } = await import(pathToFileURL(bundle).href);

    const app = path.join(work, 'app');
    mkdirSync(app);
    const nm = tree ? (execFileSync('cp', ['-a', tree, path.join(app, 'node_modules')]), path.join(app, 'node_modules')) : generateTree(app);
    const files = Number(execFileSync('sh', ['-c', `find "${nm}" -type f | wc -l`], { encoding: 'utf8' }).trim());
    const mb = Number(execFileSync('du', ['-sm', nm], { encoding: 'utf8' }).split('\t')[0]);

    const cache = new TreeCache(path.join(work, 'cache'));
    let t = performance.now();
    await cache.save('install', app, ['node_modules'], {});
    const save = performance.now() - t;

    const restoreChecked = [];
    const restoreMetadata = [];
    for (let i = 0; i < runs; i++) {
      const a = mkdtempSync(path.join(work, 'build-'));
      t = performance.now();
      const r = await cache.restore('install', a);
      restoreChecked.push(performance.now() - t);
      if (r.status !== 'restored') throw new Error(`restore failed: ${JSON.stringify(r)}`);
      rmSync(a, { recursive: true, force: true }); // as a platform deletes the build dir

      const b = mkdtempSync(path.join(work, 'build-'));
      const entryTree = path.join(work, 'cache', 'install', 'tree');
      t = performance.now();
      await Promise.all([statWalk(entryTree), Promise.resolve().then(() => execFileSync('cp', ['-al', path.join(entryTree, 'node_modules'), path.join(b, 'node_modules')]))]);
      restoreMetadata.push(performance.now() - t);
      rmSync(b, { recursive: true, force: true });
    }
    return { files, mb, save, checked: median(restoreChecked), metadata: median(restoreMetadata), source: tree ?? 'generated 300 packages' };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export function printTreeCache(r) {
  const ms = (x) => `${Math.round(x)}ms`;
  console.log(`\nTree cache restore of a node_modules (${r.source}: ${r.files} files, ${r.mb} MB), medians:`);
  console.log(`  save (cp -al + manifest with sha256 of every file)        ${ms(r.save).padStart(7)}`);
  console.log(`  restore, metadata check only (the former check)          ${ms(r.metadata).padStart(7)}`);
  console.log(`  restore, metadata + content check (the engine now)        ${ms(r.checked).padStart(7)}   (x${(r.checked / r.metadata).toFixed(2)})`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const at = (flag) => (args.indexOf(flag) >= 0 ? args[args.indexOf(flag) + 1] : undefined);
  const tree = at('--tree');
  if (tree && !existsSync(tree)) throw new Error(`no such tree: ${tree}`);
  printTreeCache(await benchTreeCache({ runs: Number(at('--runs') ?? 5), tree }));
}
