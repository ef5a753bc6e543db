/**
 * The entry of bin/detect and bin/plan (dist/launch.cjs, CommonJS): the same checks as
 * launch.ts, then the command's own bundle, dist/phases/detect.cjs or plan.cjs (main.ts
 * with only what that command loads: no language code for detect, no executor for plan).
 * They run on every deploy, so they skip what the ESM entry costs on Node 20: the ESM
 * loader's own start and one module load per chunk (12 for detect, 20 for plan). That
 * was ~25 ms of each: detect 188 → 163 ms, plan 229 → 206 ms, against 137 ms for
 * `node -e 0` (41 interleaved runs, issue 13). bin/engine.sh sends only those two
 * commands here.
 */
import { enableCompileCache, loadFailed, nodeTooOld } from './node-check.js';

if (!nodeTooOld()) {
  enableCompileCache();
  try {
    // Literal paths, left as they are by the bundler (scripts/build.mjs).
    if (process.argv[2] === 'plan') require('./phases/plan.cjs');
    else require('./phases/detect.cjs');
  } catch (e) {
    loadFailed(e);
  }
}
