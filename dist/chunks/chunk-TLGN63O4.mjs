import { createRequire as __engineRequire } from 'node:module'; const require = __engineRequire(import.meta.url);
import {
  engineErrors
} from "./chunk-7KZF2D6S.mjs";

// src/fs/app-tree.ts
import { constants as C } from "node:fs";
import * as nodeFs from "node:fs/promises";
import * as path from "node:path";
var MiB = 1024 * 1024;
var READ_LIMITS = {
  "package.json": 16 * MiB,
  "composer.json": 16 * MiB,
  "composer.lock": 128 * MiB
};
var LOCKFILE_READ_LIMIT = 128 * MiB;
var DEFAULT_READ_LIMIT = 1 * MiB;
function readLimitFor(rel) {
  return READ_LIMITS[path.posix.basename(rel)] ?? DEFAULT_READ_LIMIT;
}
var realTreeFs = nodeFs;
function codeOf(e) {
  return e?.code;
}
function isMissing(e) {
  const code = codeOf(e);
  return code === "ENOENT" || code === "ENOTDIR";
}
function isInsideRoot(root, p) {
  return p === root || p.startsWith(root.endsWith("/") ? root : `${root}/`);
}
async function resolveInApp(fsp, root, rel) {
  const abs = path.resolve(root, rel);
  if (!isInsideRoot(path.resolve(root), abs)) return { kind: "outside" };
  const rootReal = String(await fsp.realpath(root));
  try {
    const real = String(await fsp.realpath(abs));
    return isInsideRoot(rootReal, real) ? { kind: "inside", real } : { kind: "outside" };
  } catch (e) {
    if (codeOf(e) === "ELOOP") return { kind: "dangling" };
    if (!isMissing(e)) throw e;
    const entry = await fsp.lstat(abs).catch(() => void 0);
    return entry ? { kind: "dangling" } : { kind: "missing" };
  }
}
function describeKind(st) {
  if (st.isFile()) return "a regular file";
  if (st.isDirectory()) return "a directory";
  if (st.isFIFO()) return "a named pipe (FIFO)";
  if (st.isSocket()) return "a socket";
  if (st.isCharacterDevice()) return "a character device";
  if (st.isBlockDevice()) return "a block device";
  if (st.isSymbolicLink()) return "a symbolic link";
  return "an unknown kind of entry";
}
async function readAppFile(fsp, root, rel, opts = {}) {
  const limit = opts.limit ?? readLimitFor(rel);
  const abs = path.resolve(root, rel);
  try {
    await fsp.lstat(abs);
  } catch (e) {
    if (isMissing(e)) return void 0;
    throw e;
  }
  const where = await resolveInApp(fsp, root, rel);
  if (where.kind === "missing") return void 0;
  if (where.kind === "outside") throw engineErrors.appFileOutside(rel);
  if (where.kind === "dangling") throw engineErrors.appFileDanglingLink(rel);
  const st = await fsp.lstat(where.real);
  if (!st.isFile()) throw engineErrors.appFileNotRegular(rel, describeKind(st));
  if (Number(st.size) > limit && !opts.prefix) throw engineErrors.appFileTooLarge(rel, Number(st.size), limit);
  const read = await readRegularFile(fsp, where.real, st, limit);
  if (read === void 0) throw engineErrors.appFileNotRegular(rel, "an entry that changed while the build read it");
  if (read.over && !opts.prefix) throw engineErrors.appFileTooLarge(rel, Number(st.size), limit);
  return read.bytes.toString("utf8");
}
async function readRegularFile(fsp, p, expected, limit) {
  let fh;
  try {
    fh = await fsp.open(p, C.O_RDONLY | C.O_NOFOLLOW | C.O_NONBLOCK);
  } catch (e) {
    if (codeOf(e) === "ELOOP" || isMissing(e)) return void 0;
    throw e;
  }
  try {
    const fst = await fh.stat();
    if (!fst.isFile() || fst.ino !== expected.ino || fst.dev !== expected.dev) return void 0;
    const buf = Buffer.alloc(Math.min(limit, Number(fst.size)) + 1);
    let got = 0;
    while (got < buf.length) {
      const { bytesRead } = await fh.read(buf, got, buf.length - got, got);
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    return { bytes: buf.subarray(0, Math.min(got, limit)), over: got > limit };
  } finally {
    await fh.close();
  }
}
function readAppText(root, rel, opts = {}) {
  return readAppFile(realTreeFs, root, rel, opts);
}
function replacedWarning(rel, what) {
  return {
    id: "engine/engine-dir-replaced",
    message: `${rel} in the app was ${what}; the build replaced it with a directory of its own${what.startsWith("a symbolic link") ? " (the link's target was not touched)" : ""}.
The build writes ${rel} itself: remove it from the repository.`
  };
}
async function describeEntry(p, st) {
  if (st.isSymbolicLink()) {
    const target = await nodeFs.readlink(p).catch(() => "?");
    return `a symbolic link (to ${JSON.stringify(target)})`;
  }
  return describeKind(st);
}
async function ensureEngineDir(buildDir, rel, warn, opts = {}) {
  const create = opts.create ?? true;
  let cur = buildDir;
  const done = [];
  for (const seg of rel.split("/").filter((s) => s && s !== ".")) {
    if (seg === "..") throw new Error(`ensureEngineDir: ${rel} leaves the app`);
    cur = path.join(cur, seg);
    done.push(seg);
    const st = await nodeFs.lstat(cur).catch((e) => {
      if (isMissing(e)) return void 0;
      throw e;
    });
    if (st && !st.isDirectory()) {
      warn(replacedWarning(done.join("/"), await describeEntry(cur, st)));
      await nodeFs.rm(cur, { recursive: true, force: true });
    } else if (st) {
      continue;
    }
    if (!create) return path.join(buildDir, rel);
    await nodeFs.mkdir(cur);
  }
  return cur;
}
async function replaceLinkedDirs(buildDir, rels, warn) {
  for (const rel of rels) await ensureEngineDir(buildDir, rel, warn, { create: false });
}
var written = 0;
function uniqueSuffix() {
  written += 1;
  return `${process.pid.toString(36)}-${Date.now().toString(36)}-${written.toString(36)}`;
}
async function writeEngineFile(dir, name, text, mode = 420) {
  const target = path.join(dir, name);
  const tmp = path.join(dir, `.${name}.tmp-${uniqueSuffix()}`);
  await nodeFs.writeFile(tmp, text, { flag: "wx", mode });
  await nodeFs.chmod(tmp, mode);
  try {
    await nodeFs.rename(tmp, target);
  } catch (e) {
    if (codeOf(e) !== "EISDIR" && codeOf(e) !== "ENOTEMPTY" && codeOf(e) !== "EEXIST") {
      await nodeFs.rm(tmp, { force: true });
      throw e;
    }
    await nodeFs.rm(target, { recursive: true, force: true });
    await nodeFs.rename(tmp, target);
  }
}
async function dropLinksLeavingApp(tree, appRoot, rel) {
  const removed = [];
  const root = path.resolve(appRoot);
  const walk = async (dir, relDir) => {
    const entries = await nodeFs.readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      const p = path.join(dir, e.name);
      const inApp = path.join(root, relDir, e.name);
      if (e.isSymbolicLink()) {
        const target = await nodeFs.readlink(p);
        if (!isInsideRoot(root, path.resolve(path.dirname(inApp), target))) {
          await nodeFs.rm(p, { force: true });
          removed.push(path.posix.join(relDir, e.name));
        }
      } else if (e.isDirectory()) {
        await walk(p, path.posix.join(relDir, e.name));
      }
    }
  };
  const top = await nodeFs.lstat(tree).catch(() => void 0);
  if (top?.isDirectory()) await walk(tree, rel);
  return removed;
}

export {
  LOCKFILE_READ_LIMIT,
  realTreeFs,
  resolveInApp,
  describeKind,
  readAppFile,
  readRegularFile,
  readAppText,
  ensureEngineDir,
  replaceLinkedDirs,
  writeEngineFile,
  dropLinksLeavingApp
};
