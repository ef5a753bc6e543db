#!/usr/bin/env node
// Bundles src/cli/main.ts and its dependencies into dist/engine.mjs, which bin/* run
// with the platform's node: the platform clones the repo and runs bin/* with no install
// step (common.md §1). `--check` fails when the committed bundle is stale (CI runs it).
import { build } from 'esbuild';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'dist/engine.mjs');

const result = await build({
  entryPoints: [path.join(root, 'src/cli/main.ts')],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  write: false,
  legalComments: 'none',
  // Some bundled CommonJS dependencies call require() for node builtins.
  banner: { js: "import { createRequire as __engineRequire } from 'node:module'; const require = __engineRequire(import.meta.url);" },
  logLevel: 'warning',
});
const text = result.outputFiles[0].text;

if (process.argv.includes('--check')) {
  let existing = '';
  try {
    existing = readFileSync(out, 'utf8');
  } catch {}
  if (existing !== text) {
    console.error('dist/engine.mjs is out of date with src/: run `npm run build` and commit dist/.');
    process.exit(1);
  }
  console.log('dist/engine.mjs is up to date');
} else {
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, text);
  console.log(`wrote dist/engine.mjs (${(text.length / 1024).toFixed(0)} KiB)`);
}
