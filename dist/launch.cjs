"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/cli/launch.ts
var nodeModule = __toESM(require("module"), 1);
var nodeFs = __toESM(require("fs"), 1);
var os = __toESM(require("os"), 1);
var path = __toESM(require("path"), 1);
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
  process.stderr.write(`internal error: the engine could not load: ${e == null ? void 0 : e.message}
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
if (!nodeTooOld()) {
  enableCompileCache2();
  try {
    switch (process.argv[2]) {
      case "compile":
        require("./commands/compile.cjs");
        break;
      case "plan":
      case "release":
        require("./commands/plan.cjs");
        break;
      default:
        require("./commands/detect.cjs");
    }
  } catch (e) {
    loadFailed(e);
  }
}
