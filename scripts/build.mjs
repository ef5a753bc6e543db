#!/usr/bin/env node
// Bundles the engine into dist/, which bin/* run with the platform's node (the platform
// clones the repo and runs bin/* with no install step, common.md §1):
// - dist/engine.mjs (entry src/cli/launch.ts), for compile and release, plus the chunks
//   it imports on demand in dist/chunks/ (split along the engine's dynamic imports:
//   compile loads one language's executor; undici and tar load with the steps that use
//   them);
// - dist/launch.cjs (entry src/cli/launch-phase.ts), for detect and plan, which run on
//   every deploy: CommonJS, one file per command, dist/phases/detect.cjs and plan.cjs
//   (src/cli/main.ts with only what that command can load, see phaseBundle).
// `--check` fails when any committed file of dist/ is stale, missing or left over (CI
// runs it).
import { build } from 'esbuild';
import { readFileSync, writeFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');

/**
 * The version tables (data/*.json) as `JSON.parse('…')` rather than object literals:
 * V8 parses a JSON string several times faster than the same data as JavaScript, and
 * bin/plan reads the 150 KB Node.js table on every run. Default imports only (which is
 * all src/ uses).
 */
const jsonAsParse = {
  name: 'json-as-parse',
  setup(b) {
    b.onLoad({ filter: /\.json$/ }, (args) => {
      const text = JSON.stringify(JSON.parse(readFileSync(args.path, 'utf8')));
      return { contents: `export default JSON.parse(${JSON.stringify(text)});`, loader: 'js' };
    });
  },
};

const result = await build({
  entryPoints: { engine: path.join(root, 'src/cli/launch.ts') },
  bundle: true,
  splitting: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  outdir: dist,
  entryNames: '[name]',
  chunkNames: 'chunks/[name]-[hash]',
  outExtension: { '.js': '.mjs' },
  write: false,
  legalComments: 'none',
  // Some bundled CommonJS dependencies call require() for node builtins.
  banner: { js: "import { createRequire as __engineRequire } from 'node:module'; const require = __engineRequire(import.meta.url);" },
  logLevel: 'warning',
  // The runtime shell scripts (src/**/*.sh) are bundled as their text.
  loader: { '.sh': 'text' },
  plugins: [jsonAsParse],
});
const wanted = new Map(result.outputFiles.map((f) => [path.relative(dist, f.path), f.text]));

/**
 * A command's CommonJS bundle: main.ts, with the dynamic imports matching `leftOut`
 * replaced by a module that fails with a clear message (the command never loads them;
 * its tests run through bin/*). Plan is offline (an http store's manifest is not read),
 * so neither bundle has undici.
 */
async function phaseBundle(name, leftOut) {
  const r = await build({
    entryPoints: [path.join(root, 'src/cli/main.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outfile: path.join(dist, 'phases', `${name}.cjs`),
    write: false,
    legalComments: 'none',
    logLevel: 'warning',
    loader: { '.sh': 'text' },
    plugins: [jsonAsParse, {
      name: 'phase',
      setup(b) {
        b.onResolve({ filter: /.*/ }, (args) => {
          if (args.kind !== 'dynamic-import') return undefined;
          return leftOut.test(args.path) ? { path: args.path, namespace: 'left-out' } : undefined;
        });
        b.onLoad({ filter: /.*/, namespace: 'left-out' }, (args) => ({
          contents: `throw new Error(${JSON.stringify(`${args.path} is not part of bin/${name} (dist/phases/${name}.cjs)`)});`,
          loader: 'js',
        }));
      },
    }],
  });
  for (const f of r.outputFiles) wanted.set(path.relative(dist, f.path), f.text);
}
await phaseBundle('detect', /^\.\.\/(nodejs|php)\/|^tar$|^undici$/);
await phaseBundle('plan', /\/compile\.js$|^tar$|^undici$/);
const launcher = await build({
  entryPoints: [path.join(root, 'src/cli/launch-phase.ts')],
  bundle: true,
  platform: 'node',
  target: 'node12', // an old node must parse it to say it is too old
  format: 'cjs',
  outfile: path.join(dist, 'launch.cjs'),
  write: false,
  legalComments: 'none',
  logLevel: 'warning',
  external: ['./phases/*'],
});
for (const f of launcher.outputFiles) wanted.set(path.relative(dist, f.path), f.text);

/** Every file under dist/, relative. */
function existing(dir = dist) {
  let names;
  try {
    names = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return names.flatMap((d) => (d.isDirectory() ? existing(path.join(dir, d.name)) : [path.relative(dist, path.join(dir, d.name))]));
}

if (process.argv.includes('--check')) {
  const problems = [];
  for (const [rel, text] of wanted) {
    let old;
    try {
      old = readFileSync(path.join(dist, rel), 'utf8');
    } catch {}
    if (old === undefined) problems.push(`missing dist/${rel}`);
    else if (old !== text) problems.push(`stale dist/${rel}`);
  }
  for (const rel of existing()) if (!wanted.has(rel)) problems.push(`left over dist/${rel}`);
  if (problems.length) {
    console.error(`dist/ is out of date with src/ (${problems.join(', ')}): run \`npm run build\` and commit dist/.`);
    process.exit(1);
  }
  console.log(`dist/ is up to date (${wanted.size} files)`);
} else {
  for (const rel of existing()) if (!wanted.has(rel)) rmSync(path.join(dist, rel));
  for (const [rel, text] of wanted) {
    mkdirSync(path.dirname(path.join(dist, rel)), { recursive: true });
    writeFileSync(path.join(dist, rel), text);
  }
  const entry = wanted.get('engine.mjs');
  const total = [...wanted.values()].reduce((n, t) => n + t.length, 0);
  console.log(`wrote dist/ (${wanted.size} files, ${(total / 1024).toFixed(0)} KiB; dist/engine.mjs ${(entry.length / 1024).toFixed(1)} KiB)`);
}
