import { createRequire as __engineRequire } from 'node:module'; const require = __engineRequire(import.meta.url);
import "./chunks/chunk-RFJHALY7.mjs";

// src/cli/node-check.ts
import * as nodeModule from "node:module";
import * as nodeFs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
var MIN_NODE_MAJOR = 20;
function nodeTooOld() {
  const major = Number(process.versions.node.split(".")[0]);
  if (major >= MIN_NODE_MAJOR) return false;
  process.stderr.write(
    ` !     The build engine needs Node.js >= ${MIN_NODE_MAJOR}, but 'node' on PATH is ${process.version}.
 !     Put Node.js ${MIN_NODE_MAJOR} or newer first on PATH and retry.
`
  );
  process.exitCode = 70;
  return true;
}
function loadFailed(e) {
  process.stderr.write(`internal error: the engine could not load: ${e?.message}
`);
  process.exitCode = 70;
}
function compileCacheDir() {
  const uid = typeof process.getuid === "function" ? process.getuid() : void 0;
  if (uid === void 0) return void 0;
  const dir = path.join(os.tmpdir(), `buildpack-engine-compile-cache-${uid}`);
  try {
    nodeFs.mkdirSync(dir, { mode: 448 });
  } catch (e) {
    if (e.code !== "EEXIST") return void 0;
  }
  try {
    const st = nodeFs.lstatSync(dir);
    if (!st.isDirectory() || st.uid !== uid || (st.mode & 63) !== 0) return void 0;
  } catch {
    return void 0;
  }
  return dir;
}
function enableCompileCache2() {
  const enable = nodeModule.enableCompileCache;
  if (typeof enable !== "function" || process.env.NODE_DISABLE_COMPILE_CACHE) return;
  const dir = compileCacheDir();
  if (!dir) return;
  try {
    enable(dir);
  } catch {
  }
}

// src/cli/launch.ts
if (!nodeTooOld()) {
  enableCompileCache2();
  import("./chunks/main-AWWLPHDV.mjs").catch(loadFailed);
}
