/**
 * The ESM bundle's entry (dist/engine.mjs), run by bin/engine.sh for compile and release.
 * The rest of the engine is a dynamic import (a separate chunk), loaded once the Node.js
 * version is checked (node-check.ts). Keep this file free of static imports other than
 * node-check.ts and node builtins.
 *
 * Where the platform's node has it (>= 22.1), the engine's own modules are compiled
 * through Node's module compile cache (see node-check.ts): a warm start skips parsing
 * and compiling the bundle.
 */
import { enableCompileCache, loadFailed, nodeTooOld } from './node-check.js';

if (!nodeTooOld()) {
  enableCompileCache();
  import('./main.js').catch(loadFailed);
}
