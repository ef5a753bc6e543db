#!/usr/bin/env node
// Bundles the engine into dist/, which bin/* run with the platform's node (the platform
// clones the repo and runs bin/* with no install step, common.md §1). All CommonJS: on
// Node 20 an ES module entry costs the ESM loader's own start plus a load per chunk,
// ~25 ms of each bin/detect and bin/plan.
// - dist/launch.cjs (src/cli/launch.ts): the version check, then the command's bundle;
// - dist/commands/{detect,plan,compile}.cjs (src/cli/main.ts, see commandBundle): each
//   with only what its command can load, so detect parses no language code and plan
//   (and release) no executor;
// - dist/vendor/{undici,tar}.cjs, loaded by the steps that download or extract.
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

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  write: false,
  legalComments: 'none',
  logLevel: 'warning',
};

/** Every file of dist/, relative, with its text. */
const wanted = new Map();
const add = (result) => {
  for (const f of result.outputFiles) wanted.set(path.relative(dist, f.path), f.text);
};

// The entry: checks the node's version and loads the command's bundle. An old node must
// parse it to say it is too old.
add(await build({ ...common, entryPoints: [path.join(root, 'src/cli/launch.ts')], outfile: path.join(dist, 'launch.cjs'), target: 'node12', external: ['./commands/*'] }));

// undici and node-tar, each a file of its own, required by the step that uses it (a
// download, an extraction): a warm build never parses them.
const VENDOR = ['undici', 'tar'];
for (const name of VENDOR) {
  add(await build({ ...common, stdin: { contents: `module.exports = require(${JSON.stringify(name)});`, resolveDir: root }, outfile: path.join(dist, 'vendor', `${name}.cjs`) }));
}

/**
 * A command's bundle: main.ts with everything it can load, but the dynamic imports
 * matching `leftOut`, which become a module that fails with a clear message (the
 * command never loads them; its tests run through bin/*), and the vendor packages.
 * Dynamic imports become plain requires, run when first reached.
 */
async function commandBundle(name, leftOut) {
  add(await build({
    ...common,
    entryPoints: [path.join(root, 'src/cli/main.ts')],
    outfile: path.join(dist, 'commands', `${name}.cjs`),
    supported: { 'dynamic-import': false },
    // The runtime shell scripts (src/**/*.sh) are bundled as their text.
    loader: { '.sh': 'text' },
    plugins: [jsonAsParse, {
      name: 'command',
      setup(b) {
        b.onResolve({ filter: /.*/ }, (args) => {
          if (args.kind !== 'dynamic-import') return undefined;
          if (VENDOR.includes(args.path)) return { path: `../vendor/${args.path}.cjs`, external: true };
          return leftOut?.test(args.path) ? { path: args.path, namespace: 'left-out' } : undefined;
        });
        b.onLoad({ filter: /.*/, namespace: 'left-out' }, (args) => ({
          contents: `throw new Error(${JSON.stringify(`${args.path} is not part of dist/commands/${name}.cjs`)});`,
          loader: 'js',
        }));
      },
    }],
  }));
}
// detect: no language code. plan (also release): no executor. compile: all.
await commandBundle('detect', /^\.\.\/(nodejs|php)\//);
await commandBundle('plan', /\/compile\.js$/);
await commandBundle('compile');

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
  const total = [...wanted.values()].reduce((n, t) => n + t.length, 0);
  console.log(`wrote dist/ (${wanted.size} files, ${(total / 1024).toFixed(0)} KiB)`);
}
