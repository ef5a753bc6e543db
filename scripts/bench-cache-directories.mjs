// Benchmark (not a test) of a cached directory (package.json cacheDirectories) with 50,000
// files: the engine's restore (DirectoryCache: a tree cache entry, hard-linked, every
// file's metadata and sha256 checked) against `cp -a` and Node's fs.cp (how cached
// directories were restored before) of the same tree. Target: <= 2 s for 50k files, and
// no slower than `cp -a`. Run by `npm run bench` (section "cache-directories"), or alone:
// node scripts/bench-cache-directories.mjs [--runs N] [--files N]
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** `files` small files (0.2–2 KB), 20 to a directory, two levels deep: a tool's cache shape. Deterministic. */
function generateTree(dir, files) {
  let seed = 11;
  const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  for (let i = 0; i < files; i++) {
    const d = path.join(dir, `g${Math.floor(i / 2000)}`, `d${Math.floor(i / 20)}`);
    if (i % 20 === 0) mkdirSync(d, { recursive: true });
    writeFileSync(path.join(d, `f${i}.json`), Buffer.alloc(200 + Math.floor(rand() * 1800), 97 + (i % 26)));
  }
}

export async function benchCacheDirectories({ runs = 3, files = 50_000 } = {}) {
  const work = mkdtempSync(path.join(tmpdir(), 'bench-cache-dirs-'));
  try {
    const bundle = path.join(work, 'directories.mjs');
    const entry = `export { DirectoryCache } from './directories.ts'; export { settleSpares } from './tree-cache.ts';`;
    await build({ stdin: { contents: entry, resolveDir: path.join(root, 'src/cache'), loader: 'ts' }, bundle: true, platform: 'node', format: 'esm', outfile: bundle, logLevel: 'error',
      banner: { js: "import { createRequire as __engineRequire } from 'node:module'; const require = __engineRequire(import.meta.url);" } });
    const { DirectoryCache, settleSpares } = await import(pathToFileURL(bundle).href);
    const app = path.join(work, 'app');
    generateTree(path.join(app, '.cache'), files);
    const cache = new DirectoryCache(path.join(work, 'cache'));
    let t = performance.now();
    if ((await cache.save(app, '.cache')) !== 'saved') throw new Error('not saved');
    const save = performance.now() - t;
    // CPU time too (this process, both threads): on a shared, loaded machine wall times
    // stretch, CPU time much less.
    const times = { engine: [], linked: [], cpA: [], fsCp: [] };
    const cpu = { engine: [], linked: [] };
    for (let i = 0; i < runs; i++) {
      // The spare the previous build made (in the background, not timed), then without one.
      await settleSpares();
      for (const kind of ['engine', 'linked']) {
        const a = mkdtempSync(path.join(work, 'build-'));
        t = performance.now();
        const c0 = process.cpuUsage();
        const r = await cache.restore(a, '.cache');
        times[kind].push(performance.now() - t);
        const c = process.cpuUsage(c0);
        cpu[kind].push((c.user + c.system) / 1000);
        if (r.status !== 'restored') throw new Error(`not restored: ${JSON.stringify(r)}`);
        rmSync(a, { recursive: true, force: true });
      }
      await cache.save(app, '.cache');
      const b = mkdtempSync(path.join(work, 'build-'));
      t = performance.now();
      execFileSync('cp', ['-a', path.join(app, '.cache'), path.join(b, '.cache')]);
      times.cpA.push(performance.now() - t);
      rmSync(b, { recursive: true, force: true });
      const c = mkdtempSync(path.join(work, 'build-'));
      t = performance.now();
      cpSync(path.join(app, '.cache'), path.join(c, '.cache'), { recursive: true, verbatimSymlinks: true, preserveTimestamps: true });
      times.fsCp.push(performance.now() - t);
      rmSync(c, { recursive: true, force: true });
    }
    return {
      files, save, engine: median(times.engine), linked: median(times.linked), cpA: median(times.cpA), fsCp: median(times.fsCp),
      engineCpu: median(cpu.engine), linkedCpu: median(cpu.linked),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export function printCacheDirectories(r) {
  const ms = (x) => `${Math.round(x)}ms`;
  console.log(`\nA cached directory of ${r.files} files (cacheDirectories), medians:`);
  console.log(`  save (cp -al + manifest with sha256 of every file)           ${ms(r.save).padStart(7)}`);
  console.log(`  restore by the engine (its spare moved in, then checked)     ${ms(r.engine).padStart(7)}   target <= 2000ms (CPU ${ms(r.engineCpu)}, both threads)`);
  console.log(`  restore without a spare (hard links made, then checked)      ${ms(r.linked).padStart(7)}   (CPU ${ms(r.linkedCpu)})`);
  console.log(`  cp -a of the same tree                                       ${ms(r.cpA).padStart(7)}   (engine x${(r.engine / r.cpA).toFixed(2)})`);
  console.log(`  fs.cp of the same tree (the restore before)                  ${ms(r.fsCp).padStart(7)}   (engine x${(r.engine / r.fsCp).toFixed(2)})`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const at = (flag) => (args.indexOf(flag) >= 0 ? args[args.indexOf(flag) + 1] : undefined);
  printCacheDirectories(await benchCacheDirectories({ runs: Number(at('--runs') ?? 3), files: Number(at('--files') ?? 50_000) }));
}
