import { createRequire as __engineRequire } from 'node:module'; const require = __engineRequire(import.meta.url);
import {
  downloadToFile
} from "./chunk-NDZUHS5A.mjs";
import {
  runtimeErrors
} from "./chunk-7KZF2D6S.mjs";

// src/fs/small-files.ts
import * as fs from "node:fs/promises";
import * as path from "node:path";
async function readIfExists(p) {
  try {
    return await fs.readFile(p, "utf8");
  } catch {
    return void 0;
  }
}
async function writeAtomic(p, text) {
  await fs.mkdir(path.dirname(p), { recursive: true });
  const tmp = `${p}.tmp-${process.pid}`;
  await fs.writeFile(tmp, text);
  await fs.rename(tmp, p);
}

// src/exec/run.ts
import { spawn } from "node:child_process";

// src/exec/process-tree.ts
import { readFileSync, readdirSync } from "node:fs";
function parentPidOf(stat2) {
  const fields = stat2.slice(stat2.lastIndexOf(")") + 2).split(" ");
  const ppid = Number(fields[1]);
  return Number.isInteger(ppid) && ppid >= 0 ? ppid : void 0;
}
function descendantsOf(parents, roots) {
  const children = /* @__PURE__ */ new Map();
  for (const [pid, ppid] of parents) {
    const list = children.get(ppid);
    if (list) list.push(pid);
    else children.set(ppid, [pid]);
  }
  const found = [];
  const seen = new Set(roots);
  for (let queue = [...roots]; queue.length > 0; ) {
    const next = [];
    for (const pid of queue) {
      for (const child of children.get(pid) ?? []) {
        if (seen.has(child)) continue;
        seen.add(child);
        found.push(child);
        next.push(child);
      }
    }
    queue = next;
  }
  return found;
}
function runningBelow(roots) {
  const parents = /* @__PURE__ */ new Map();
  let names;
  try {
    names = readdirSync("/proc");
  } catch {
    return [];
  }
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    let stat2;
    try {
      stat2 = readFileSync(`/proc/${name}/stat`, "utf8");
    } catch {
      continue;
    }
    const ppid = parentPidOf(stat2);
    if (ppid !== void 0) parents.set(Number(name), ppid);
  }
  return descendantsOf(parents, roots);
}

// src/exec/run.ts
var TAIL_LINES = 20;
var KEEP_CHARS = 64 * 1024;
async function runCommand(argv, opts) {
  const [file, ...args] = argv;
  if (!file) throw new Error("runCommand: empty argv");
  if (!opts.quiet) opts.log.info(`$ ${opts.shown ?? argv.join(" ")}`);
  let kept = "";
  const exit = await spawned(file, args, { cwd: opts.cwd, env: opts.env }, (chunk2) => {
    if (!opts.quiet) opts.log.stream(chunk2);
    kept = (kept + chunk2).slice(-KEEP_CHARS);
  });
  const tail = kept ? kept.trimEnd().split("\n").slice(-TAIL_LINES).map((l) => `  ${l}`).join("\n") : "";
  return { exit, ok: "code" in exit && exit.code === 0, tail, output: kept };
}
var TOOL_OUTPUT_CHARS = 16 * 1024 * 1024;
async function runTool(argv, opts = {}) {
  const [file, ...args] = argv;
  if (!file) throw new Error("runTool: empty argv");
  let output = "";
  const exit = await spawned(file, args, { cwd: opts.cwd ?? process.cwd(), env: { ...process.env, ...opts.env } }, (chunk2) => {
    if (output.length < TOOL_OUTPUT_CHARS) output += chunk2;
  });
  if ("notStarted" in exit && exit.notStarted.endsWith("ENOENT")) return void 0;
  return { ok: "code" in exit && exit.code === 0, output: output.endsWith("\n") ? output.slice(0, -1) : output };
}
function spawned(file, args, opts, onOutput) {
  return new Promise((resolve) => {
    let started = false;
    const child = spawn(file, args, { cwd: opts.cwd, env: opts.env, stdio: ["ignore", "pipe", "pipe"] });
    child.once("spawn", () => {
      started = true;
      killedWithEngine(child);
    });
    child.once("error", (e) => {
      if (!started) resolve({ notStarted: e.message || "no reason given" });
    });
    for (const out of [child.stdout, child.stderr]) {
      out?.setEncoding("utf8");
      out?.on("data", onOutput);
    }
    child.once("close", (code, signal) => {
      if (!started) return;
      resolve(code !== null ? { code } : { signal: signal ?? "unknown" });
    });
  });
}
var running = /* @__PURE__ */ new Set();
var STOP_SIGNALS = ["SIGTERM", "SIGINT", "SIGHUP"];
function stopWithEngine(signal) {
  const below = runningBelow([...running].map((c) => c.pid).filter((pid) => pid !== void 0));
  for (const child of running) child.kill("SIGTERM");
  for (const pid of below) {
    try {
      process.kill(pid, "SIGTERM");
    } catch {
    }
  }
  for (const s of STOP_SIGNALS) process.removeListener(s, stopWithEngine);
  process.kill(process.pid, signal);
}
function killedWithEngine(child) {
  if (running.size === 0) for (const s of STOP_SIGNALS) process.on(s, stopWithEngine);
  running.add(child);
  child.once("close", () => {
    running.delete(child);
    if (running.size === 0) for (const s of STOP_SIGNALS) process.removeListener(s, stopWithEngine);
  });
}

// src/runtime/artifact-cache.ts
import { createHash as createHash2, randomBytes } from "node:crypto";
import { mkdir as mkdir2, readdir, rename as rename2, rm, stat } from "node:fs/promises";
import { join } from "node:path";

// src/runtime/checksum.ts
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
var DIGEST_BYTES = { sha1: 20, sha256: 32, sha512: 64 };
function isAlgorithm(s) {
  return Object.hasOwn(DIGEST_BYTES, s);
}
function parseChecksum(text) {
  const hex = /^(sha1|sha256|sha512):([0-9a-fA-F]+)$/.exec(text.trim());
  const sri = /^(sha1|sha256|sha512)-([A-Za-z0-9+/]+={0,2})$/.exec(text.trim());
  const match = hex ?? sri;
  if (!match || !isAlgorithm(match[1])) throw new Error(`Malformed checksum ${JSON.stringify(text)}`);
  const algorithm = match[1];
  const digest = Buffer.from(match[2], hex ? "hex" : "base64");
  if (digest.length !== DIGEST_BYTES[algorithm]) {
    throw new Error(`Malformed checksum ${JSON.stringify(text)}: wrong length for ${algorithm}`);
  }
  return { algorithm, digest };
}
function formatChecksum(c) {
  return c.algorithm === "sha256" ? `sha256:${c.digest.toString("hex")}` : `${c.algorithm}-${c.digest.toString("base64")}`;
}
async function hashFile(path5, algorithm) {
  const hash = createHash(algorithm);
  for await (const chunk2 of createReadStream(path5)) hash.update(chunk2);
  return hash.digest();
}
async function verifyFile(path5, expected, what, url) {
  const digest = await hashFile(path5, expected.algorithm);
  if (!digest.equals(expected.digest)) {
    const actual = formatChecksum({ algorithm: expected.algorithm, digest });
    throw runtimeErrors.checksumMismatch(what, url, formatChecksum(expected), actual);
  }
}

// src/runtime/artifact-cache.ts
var STALE_TMP_MS = 60 * 60 * 1e3;
function artifactKey(a) {
  const id = createHash2("sha256").update(formatChecksum(parseChecksum(a.checksum))).digest("hex").slice(0, 16);
  const safe = (s) => s.replace(/[^A-Za-z0-9._-]/g, "_");
  return `${safe(a.name)}-${safe(a.version)}-${id}${extensionOf(a.filename ?? new URL(a.url).pathname)}`;
}
function extensionOf(name) {
  return /(\.tar)?\.[A-Za-z][A-Za-z0-9]{0,7}$/.exec(name)?.[0] ?? "";
}
var ArtifactCache = class {
  constructor(dir, deps = {}) {
    this.dir = dir;
    this.deps = deps;
  }
  swept = false;
  async fetch(a, opts = {}) {
    const expected = parseChecksum(a.checksum);
    const what = `${a.name} ${a.version}`;
    const path5 = join(this.dir, artifactKey(a));
    await mkdir2(this.dir, { recursive: true });
    await this.sweepStaleTemps();
    const size = await stat(path5).then((s) => s.size, () => void 0);
    if (size !== void 0) {
      if ((await hashFile(path5, expected.algorithm)).equals(expected.digest)) {
        return { path: path5, fromCache: true, bytes: size };
      }
      opts.progress?.(`Cached ${what} is damaged; downloading it again`);
      await rm(path5, { force: true });
    }
    const tmp = join(this.dir, `.tmp-${randomBytes(8).toString("hex")}`);
    try {
      const download = this.deps.download ?? downloadToFile;
      const { bytes } = await download(a.url, tmp, { ...opts.download, progress: opts.progress ?? opts.download?.progress });
      await verifyFile(tmp, expected, what, a.url);
      await rename2(tmp, path5);
      return { path: path5, fromCache: false, bytes };
    } finally {
      await rm(tmp, { force: true });
    }
  }
  async sweepStaleTemps() {
    if (this.swept) return;
    this.swept = true;
    const cutoff = Date.now() - STALE_TMP_MS;
    for (const name of await readdir(this.dir)) {
      if (!name.startsWith(".tmp-")) continue;
      const file = join(this.dir, name);
      const mtime = await stat(file).then((s) => s.mtimeMs, () => Infinity);
      if (mtime < cutoff) await rm(file, { recursive: true, force: true });
    }
  }
};

// src/cache/tree-link.ts
import { createHash as createHash3 } from "node:crypto";
import {
  chmodSync,
  closeSync,
  constants,
  fstatSync,
  linkSync,
  lstatSync,
  lutimesSync,
  mkdirSync,
  openSync,
  readFileSync as readFileSync2,
  readlinkSync,
  readdirSync as readdirSync2,
  readSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync
} from "node:fs";
import * as path2 from "node:path";

// src/cache/helper-thread.ts
import * as crypto from "node:crypto";
import * as fs2 from "node:fs";
import { Worker } from "node:worker_threads";

// src/cache/link-files.ts
function linkFiles(mods, job) {
  const { fs: fs5, crypto: crypto2 } = mods;
  const { tree, root, link, state, ids } = job;
  const files = job.files === "" ? [] : job.files.split("\0");
  const count = files.length / 3;
  const buf = Buffer.allocUnsafe(1 << 20);
  const flags = fs5.constants.O_RDONLY | fs5.constants.O_NOFOLLOW | fs5.constants.O_NONBLOCK;
  const message = (e) => String(e && e.message || e);
  const fail = (index, kind, why) => {
    Atomics.store(state, 1, 1);
    Atomics.notify(state, 2);
    return why === void 0 ? { index, kind } : { index, kind, message: why };
  };
  for (; ; ) {
    if (Atomics.load(state, 1) !== 0) return void 0;
    const start2 = Atomics.add(state, 0, 32);
    if (start2 >= count) return void 0;
    const end = Math.min(count, start2 + 32);
    for (let i = start2; i < end; i++) {
      for (let ready; (ready = Atomics.load(state, 2)) <= i; ) {
        if (Atomics.load(state, 1) !== 0) return void 0;
        Atomics.wait(state, 2, ready, 10);
      }
      const rel = files[3 * i];
      const from = `${tree}/${rel}`;
      const to = `${root}/${rel}`;
      if (link) {
        try {
          fs5.linkSync(from, to);
        } catch (e) {
          return fs5.lstatSync(from, { throwIfNoEntry: false }) ? fail(i, "unlinkable", message(e)) : fail(i, "changed");
        }
      }
      let fd;
      try {
        fd = fs5.openSync(to, flags);
      } catch (e) {
        const code = e.code;
        return code === "ELOOP" || code === "ENOENT" ? fail(i, "changed") : fail(i, "unreadable", message(e));
      }
      try {
        const st = fs5.fstatSync(fd, { bigint: true });
        if (!st.isFile() || `f ${rel} ${st.size} ${st.mode} ${st.mtimeMs}
` !== files[3 * i + 1]) return fail(i, "changed");
        ids[2 * i] = BigInt.asIntN(64, st.ino);
        ids[2 * i + 1] = st.ctimeNs;
        const h = crypto2.createHash("sha256");
        for (let n; (n = fs5.readSync(fd, buf, 0, buf.length, null)) > 0; ) h.update(buf.subarray(0, n));
        if (h.digest("hex") !== files[3 * i + 2]) return fail(i, "content");
      } catch (e) {
        return fail(i, "unreadable", message(e));
      } finally {
        fs5.closeSync(fd);
      }
    }
  }
}

// src/cache/spare-tree.ts
function makeSpare(mods, job) {
  const { fs: fs5 } = mods;
  const { tree, spare, temp, roots, entries, part, donated } = job;
  const flags = fs5.constants.O_RDONLY | fs5.constants.O_NOFOLLOW | fs5.constants.O_NONBLOCK;
  const dirsPart = part !== "files";
  const filesPart = part !== "dirs";
  const donatedSet = new Set(donated);
  const dirTimes = [];
  let keep = false;
  try {
    if (dirsPart) {
      for (const rel of roots) fs5.mkdirSync(`${temp}/${rel.slice(0, Math.max(0, rel.lastIndexOf("/")))}`, { recursive: true });
    }
    let under;
    let arrived = false;
    for (let i = 0; i < entries.length; i += 2) {
      const kind = entries[i];
      const rel = entries[i + 1];
      const from = `${tree}/${rel}`;
      const to = `${temp}/${rel}`;
      if (under !== void 0 && !rel.startsWith(`${under}/`)) under = void 0;
      if (under === void 0 && donatedSet.has(rel)) {
        under = rel;
        arrived = filesPart && fs5.lstatSync(to, { throwIfNoEntry: false }) !== void 0;
      }
      const makeDirs = under === void 0 ? dirsPart : filesPart && !arrived;
      const makeFiles = under === void 0 ? filesPart : filesPart && !arrived;
      if (kind === "f") {
        if (makeFiles) fs5.linkSync(from, to);
        continue;
      }
      if (kind === "l" && !makeDirs || kind === "c" && !makeFiles) continue;
      const st = fs5.lstatSync(from);
      if (kind === "d") {
        if (!st.isDirectory()) return `${rel} is not a directory in the cache`;
        if (makeDirs) {
          fs5.mkdirSync(to);
          fs5.chmodSync(to, st.mode & 4095);
        }
        dirTimes.push([to, st.atime, st.mtime]);
      } else if (kind === "l") {
        if (!st.isSymbolicLink()) return `${rel} is not a symbolic link in the cache`;
        fs5.symlinkSync(fs5.readlinkSync(from), to);
        fs5.lutimesSync(to, st.atime, st.mtime);
      } else {
        const fd = fs5.openSync(from, flags);
        try {
          const own = fs5.fstatSync(fd, { bigint: true });
          if (!own.isFile()) return `${rel} is not a file in the cache`;
          fs5.writeFileSync(to, fs5.readFileSync(fd));
          fs5.chmodSync(to, Number(own.mode & 0o7777n));
          fs5.utimesSync(to, (Number(own.atimeMs) + 0.5) / 1e3, (Number(own.mtimeMs) + 0.5) / 1e3);
        } finally {
          fs5.closeSync(fd);
        }
      }
    }
    if (!filesPart) {
      keep = true;
      return void 0;
    }
    for (let i = dirTimes.length - 1; i >= 0; i--) fs5.utimesSync(dirTimes[i][0], dirTimes[i][1], dirTimes[i][2]);
    fs5.rmSync(spare, { recursive: true, force: true });
    fs5.renameSync(temp, spare);
    return void 0;
  } catch (e) {
    return String(e && e.message || e);
  } finally {
    if (!keep) fs5.rmSync(temp, { recursive: true, force: true });
  }
}

// src/cache/check-ids.ts
function checkIds(mods, job) {
  const { fs: fs5 } = mods;
  const { root, state } = job;
  const entries = job.entries === "" ? [] : job.entries.split("\0");
  const count = entries.length / 2;
  for (; ; ) {
    if (Atomics.load(state, 1) !== 0) return false;
    const start2 = Atomics.add(state, 0, 64);
    if (start2 >= count) return true;
    const end = Math.min(count, start2 + 64);
    for (let i = start2; i < end; i++) {
      const p = entries[2 * i];
      const st = fs5.lstatSync(`${root}/${p}`, { bigint: true, throwIfNoEntry: false });
      let now = "";
      if (st) {
        const id = `${st.ino} ${st.ctimeNs}`;
        if (st.isFile()) now = `f ${p} ${st.size} ${st.mode} ${st.mtimeMs} ${id}`;
        else if (st.isDirectory()) now = `d ${p} ${st.mode} ${id}`;
        else now = `${st.isSymbolicLink() ? "l" : "o"} ${p} ${id}`;
      }
      if (now !== entries[2 * i + 1]) {
        Atomics.store(state, 1, 1);
        return false;
      }
    }
    Atomics.add(state, 2, end - start2);
  }
}

// src/cache/helper-thread.ts
var TASKS = { linkFiles, makeSpare, checkIds };
var MODULES = { fs: fs2, crypto };
var SOURCE = `
const { parentPort } = require('node:worker_threads');
const mods = { fs: require('node:fs'), crypto: require('node:crypto') };
const tasks = { ${Object.entries(TASKS).map(([name, fn]) => `${name}: ${fn.toString()}`).join(",\n")} };
parentPort.on('message', ({ id, task, job }) => {
  let reply;
  try {
    reply = { id, value: tasks[task](mods, job) };
  } catch (e) {
    reply = { id, error: String((e && e.message) || e) };
  }
  parentPort.postMessage(reply);
});
`;
var helper;
function start() {
  const worker = new Worker(SOURCE, { eval: true });
  const h = { worker, pending: /* @__PURE__ */ new Map(), next: 0 };
  const stopped = (why) => {
    if (helper === h) helper = void 0;
    for (const [id, answer] of h.pending) answer({ id, error: why });
    h.pending.clear();
  };
  worker.on("message", (reply) => {
    const answer = h.pending.get(reply.id);
    h.pending.delete(reply.id);
    if (h.pending.size === 0) worker.unref();
    answer?.(reply);
  });
  worker.on("error", (e) => stopped(`the helper thread failed (${e.message})`));
  worker.on("exit", () => stopped("the helper thread stopped"));
  worker.unref();
  return h;
}
function warmHelperThread() {
  helper ??= start();
}
function onHelperThread(task, job) {
  let h;
  try {
    h = helper ??= start();
  } catch (e) {
    return Promise.reject(e instanceof Error ? e : new Error(String(e)));
  }
  const id = h.next++;
  return new Promise((resolve, reject) => {
    h.pending.set(id, (reply) => reply.error === void 0 ? resolve(reply.value) : reject(new Error(reply.error)));
    h.worker.ref();
    h.worker.postMessage({ id, task, job });
  });
}

// src/cache/tree-link.ts
var CHUNK = 1 << 20;
var chunk;
function hashFileSync(file) {
  const fd = openSync(file, "r");
  try {
    const h = createHash3("sha256");
    if (fstatSync(fd).size <= 4 * CHUNK) {
      h.update(readFileSync2(fd));
    } else {
      chunk ??= Buffer.allocUnsafe(CHUNK);
      for (let n; (n = readSync(fd, chunk, 0, CHUNK, null)) > 0; ) h.update(chunk.subarray(0, n));
    }
    return h.digest("hex");
  } finally {
    closeSync(fd);
  }
}
function copyTimes(file, st) {
  utimesSync(file, (Number(st.atimeMs) + 0.5) / 1e3, (Number(st.mtimeMs) + 0.5) / 1e3);
}
function entryLine(p, st, target) {
  if (st.isDirectory()) return `d ${p} ${st.mode}
`;
  if (st.isSymbolicLink()) return `l ${p} ${target}
`;
  return `f ${p} ${st.size} ${st.mode} ${st.mtimeMs}
`;
}
var CreateFailed = class extends Error {
};
function ownCopy(p, roots) {
  const i = p.lastIndexOf("/");
  return roots.has(p) || i >= 0 && roots.has(p.slice(0, i));
}
function checkEntries(tree, entries, roots) {
  const out = [];
  const changed2 = (p) => `its files changed since it was saved (${p})`;
  for (const entry of entries) {
    const from = path2.join(tree, entry.path);
    const st = lstatSync(from, { bigint: true, throwIfNoEntry: false });
    if (!st) return changed2(entry.path);
    const target = st.isSymbolicLink() ? readlinkSync(from) : void 0;
    if (entryLine(entry.path, st, target) !== entry.line || entry.kind === "f" && !st.isFile()) return changed2(entry.path);
    if (entry.kind !== "f") {
      out.push({ entry, st });
      continue;
    }
    let content;
    let hex;
    if (ownCopy(entry.path, roots)) {
      content = readFileSync2(from);
      hex = createHash3("sha256").update(content).digest("hex");
    } else {
      hex = hashFileSync(from);
    }
    if (hex !== entry.sha256) return `its files changed since it was saved (the content of ${entry.path}, with the same size and modification time)`;
    out.push(content ? { entry, st, content } : { entry, st });
  }
  return out;
}
function createEntries(tree, root, checked) {
  const dirTimes = [];
  try {
    for (const { entry, st, content } of checked) {
      const to = path2.join(root, entry.path);
      if (entry.kind === "d") {
        mkdirSync(to);
        chmodSync(to, Number(st.mode & 0o7777n));
        dirTimes.push([to, st.atime, st.mtime]);
        continue;
      }
      if (entry.kind === "l") {
        symlinkSync(entry.target, to);
        lutimesSync(to, st.atime, st.mtime);
        continue;
      }
      if (content) {
        writeFileSync(to, content);
        chmodSync(to, Number(st.mode & 0o7777n));
        copyTimes(to, st);
      } else {
        linkSync(path2.join(tree, entry.path), to);
      }
    }
    for (const [dir, atime, mtime] of dirTimes.reverse()) utimesSync(dir, atime, mtime);
  } catch (e) {
    throw new CreateFailed(e instanceof Error ? e.message : String(e));
  }
}
function checkThenCreate(tree, entries, roots, create) {
  let checked;
  try {
    checked = checkEntries(tree, entries, new Set(roots));
  } catch (e) {
    return { ok: false, why: `it could not be read (${e instanceof Error ? e.message : String(e)})` };
  }
  if (typeof checked === "string") return { ok: false, why: checked };
  try {
    create(checked);
  } catch (e) {
    if (e instanceof CreateFailed) return { ok: false, unlinkable: e.message };
    throw e;
  }
  return void 0;
}
var THREAD_FILES = 256;
function identityOf(p, st) {
  const id = `${st.ino} ${st.ctimeNs}`;
  if (st.isFile()) return `f ${p} ${st.size} ${st.mode} ${st.mtimeMs} ${id}`;
  if (st.isDirectory()) return `d ${p} ${st.mode} ${id}`;
  return `${st.isSymbolicLink() ? "l" : "o"} ${p} ${id}`;
}
function recordFileIds(identity, files, ids) {
  const ctime = /* @__PURE__ */ new Map();
  for (let i = 0; i < files.length; i++) {
    const ino = BigInt.asUintN(64, ids[2 * i]);
    if (!(ctime.get(ino) >= ids[2 * i + 1])) ctime.set(ino, ids[2 * i + 1]);
  }
  files.forEach((e, i) => {
    const ino = BigInt.asUintN(64, ids[2 * i]);
    identity.set(e.path, `${e.line.slice(0, -1)} ${ino} ${ctime.get(ino)}`);
  });
}
function fileFailure(files, failure) {
  const p = files[failure.index]?.path ?? "";
  if (failure.kind === "changed") return { ok: false, why: `its files changed since it was saved (${p})` };
  if (failure.kind === "content") return { ok: false, why: `its files changed since it was saved (the content of ${p}, with the same size and modification time)` };
  if (failure.kind === "unlinkable") return { ok: false, unlinkable: failure.message ?? "" };
  return { ok: false, why: `it could not be read (${failure.message ?? ""})` };
}
function creating(fn) {
  try {
    return fn();
  } catch (e) {
    throw new CreateFailed(e instanceof Error ? e.message : String(e));
  }
}
async function shareFiles(tree, root, entries, link, walk) {
  const files = [];
  for (const e of entries) files.push(e.path, e.line, e.sha256);
  const state = new Int32Array(new SharedArrayBuffer(12));
  const job = { tree, root, link, files: files.join("\0"), state, ids: new BigInt64Array(new SharedArrayBuffer(16 * entries.length)) };
  const ready = (n) => {
    Atomics.store(state, 2, n);
    Atomics.notify(state, 2);
  };
  const stop = () => {
    Atomics.store(state, 1, 1);
    Atomics.notify(state, 2);
  };
  const helped = entries.length >= THREAD_FILES ? onHelperThread("linkFiles", job).catch((e) => {
    stop();
    return { index: -1, kind: "unlinkable", message: e instanceof Error ? e.message : String(e) };
  }) : void 0;
  let walked;
  try {
    walked = walk(ready);
  } catch (e) {
    stop();
    await helped;
    throw e;
  }
  if (walked) {
    stop();
    await helped;
    return walked;
  }
  ready(entries.length);
  const failures = [linkFiles(MODULES, job), await helped].filter((f) => f !== void 0);
  const first = failures.sort((a, b) => a.index - b.index)[0];
  return first ? fileFailure(entries, first) : job.ids;
}
function walkOwnEntries(entries, shared, ready, visit) {
  let passed = 0;
  for (const entry of entries) {
    if (shared(entry)) {
      passed++;
      continue;
    }
    if (entry.kind === "d") ready(passed);
    const failed = visit(entry);
    if (failed) return failed;
  }
  return void 0;
}
var changed = (p) => ({ ok: false, why: `its files changed since it was saved (${p})` });
var contentChanged = (p) => ({ ok: false, why: `its files changed since it was saved (the content of ${p}, with the same size and modification time)` });
async function linkTree(tree, root, roots, entries) {
  const rootSet = new Set(roots);
  const shared = (e) => e.kind === "f" && !ownCopy(e.path, rootSet);
  const linked = entries.filter(shared);
  if (linked.length >= THREAD_FILES) warmHelperThread();
  const identity = /* @__PURE__ */ new Map();
  const dirTimes = [];
  const made = [];
  const walk = (ready) => {
    creating(() => {
      for (const rel of roots) mkdirSync(path2.dirname(path2.join(root, rel)), { recursive: true });
    });
    return walkOwnEntries(entries, shared, ready, (entry) => {
      const from = path2.join(tree, entry.path);
      const to = path2.join(root, entry.path);
      const st = lstatSync(from, { bigint: true, throwIfNoEntry: false });
      if (!st) return changed(entry.path);
      const target = st.isSymbolicLink() ? readlinkSync(from) : void 0;
      if (entryLine(entry.path, st, target) !== entry.line || entry.kind === "f" && !st.isFile()) return changed(entry.path);
      if (entry.kind === "d") {
        creating(() => {
          mkdirSync(to);
          chmodSync(to, Number(st.mode & 0o7777n));
        });
        dirTimes.push([to, st.atime, st.mtime]);
        made.push(entry.path);
      } else if (entry.kind === "l") {
        creating(() => {
          symlinkSync(target, to);
          lutimesSync(to, st.atime, st.mtime);
        });
        made.push(entry.path);
      } else {
        const content = readFileSync2(from);
        if (createHash3("sha256").update(content).digest("hex") !== entry.sha256) return contentChanged(entry.path);
        const copy = creating(() => {
          writeFileSync(to, content);
          chmodSync(to, Number(st.mode & 0o7777n));
          copyTimes(to, st);
          return lstatSync(to, { bigint: true });
        });
        identity.set(entry.path, identityOf(entry.path, copy));
      }
      return void 0;
    });
  };
  try {
    const ids = await shareFiles(tree, root, linked, true, walk);
    if (!(ids instanceof BigInt64Array)) return ids;
    creating(() => {
      for (const [dir, atime, mtime] of dirTimes.reverse()) utimesSync(dir, atime, mtime);
    });
    for (const p of made) identity.set(p, identityOf(p, lstatSync(path2.join(root, p), { bigint: true })));
    recordFileIds(identity, linked, ids);
  } catch (e) {
    return e instanceof CreateFailed ? { ok: false, unlinkable: e.message } : { ok: false, why: `it could not be read (${e instanceof Error ? e.message : String(e)})` };
  }
  return { ok: true, restored: { roots, entries, identity } };
}
async function checkMovedTree(root, roots, entries) {
  const rootSet = new Set(roots);
  const shared = (e) => e.kind === "f" && !ownCopy(e.path, rootSet);
  const files = entries.filter(shared);
  if (files.length >= THREAD_FILES) warmHelperThread();
  const children = /* @__PURE__ */ new Map();
  for (const e of entries) {
    const i = e.path.lastIndexOf("/");
    if (!rootSet.has(e.path) && i >= 0) children.set(e.path.slice(0, i), (children.get(e.path.slice(0, i)) ?? 0) + 1);
  }
  const identity = /* @__PURE__ */ new Map();
  const flags = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;
  const walk = (ready) => walkOwnEntries(entries, shared, ready, (entry) => {
    const at = path2.join(root, entry.path);
    if (entry.kind === "f") {
      const fd = openSync(at, flags);
      try {
        const st2 = fstatSync(fd, { bigint: true });
        if (!st2.isFile() || st2.nlink !== 1n || entryLine(entry.path, st2) !== entry.line) return changed(entry.path);
        if (createHash3("sha256").update(readFileSync2(fd)).digest("hex") !== entry.sha256) return contentChanged(entry.path);
        identity.set(entry.path, identityOf(entry.path, st2));
      } finally {
        closeSync(fd);
      }
      return void 0;
    }
    const st = lstatSync(at, { bigint: true, throwIfNoEntry: false });
    if (!st) return changed(entry.path);
    const target = st.isSymbolicLink() ? readlinkSync(at) : void 0;
    if (entryLine(entry.path, st, target) !== entry.line) return changed(entry.path);
    if (entry.kind === "d" && readdirSync2(at).length !== (children.get(entry.path) ?? 0)) return changed(`an entry of ${entry.path}`);
    identity.set(entry.path, identityOf(entry.path, st));
    return void 0;
  });
  const checked = (ready) => {
    try {
      return walk(ready);
    } catch (e) {
      const code = e.code;
      if (code === "ELOOP" || code === "ENOENT" || code === "ENOTDIR") return { ok: false, why: "its files changed since it was saved" };
      return { ok: false, why: `it could not be read (${e instanceof Error ? e.message : String(e)})` };
    }
  };
  const ids = await shareFiles("", root, files, false, checked);
  if (!(ids instanceof BigInt64Array)) return ids;
  recordFileIds(identity, files, ids);
  return { ok: true, restored: { roots, entries, identity } };
}
function applyTreeDiff(tree, root, roots, diff, discard = () => false) {
  return checkThenCreate(tree, diff.add, roots, (checked) => {
    try {
      for (const rel of diff.remove) if (!discard(rel)) rmSync(path2.join(root, rel), { recursive: true, force: true });
    } catch (e) {
      throw new CreateFailed(e instanceof Error ? e.message : String(e));
    }
    createEntries(tree, root, checked);
  });
}
async function unchangedSince(restored, root, paths) {
  for (const p of /* @__PURE__ */ new Set([...paths, ...restored.roots])) {
    if (!restored.identity.has(p) && lstatSync(path2.join(root, p), { throwIfNoEntry: false }) !== void 0) return false;
  }
  const entries = [];
  for (const [p, want] of restored.identity) entries.push(p, want);
  const job = { root, entries: entries.join("\0"), state: new Int32Array(new SharedArrayBuffer(12)) };
  const helped = restored.identity.size >= THREAD_FILES ? onHelperThread("checkIds", job).catch(() => true) : true;
  if (!checkIds(MODULES, job)) return false;
  return Atomics.load(job.state, 2) === restored.identity.size || await helped;
}

// src/cache/spares.ts
import { randomBytes as randomBytes2 } from "node:crypto";
import { renameSync } from "node:fs";
import * as fs3 from "node:fs/promises";
import * as path3 from "node:path";

// src/cache/tree-entries.ts
function plainName(name) {
  return name !== "" && name !== "." && name !== ".." && !name.includes("/") && !name.includes("\0");
}
function plainRoot(rel) {
  return !rel.startsWith("/") && rel.split("/").every(plainName);
}
function parent(p) {
  const i = p.lastIndexOf("/");
  return i < 0 ? "" : p.slice(0, i);
}
var FILE_FIELDS = /^ \d+ \d+ \d+$/;
var DIR_FIELDS = /^ \d+$/;
function parseTreeEntries(tree, sha256, roots) {
  if (!roots.every(plainRoot)) return void 0;
  const rootSet = new Set(roots);
  const dirs = /* @__PURE__ */ new Set();
  const placed = (p) => rootSet.has(p) || dirs.has(parent(p)) && plainName(p.slice(parent(p).length + 1));
  const out = [];
  for (const line of tree) {
    if (typeof line !== "string" || !line.endsWith("\n")) return void 0;
    const body = line.slice(2, -1);
    const kind = line[0];
    if (line[1] !== " ") return void 0;
    if (kind === "f" || kind === "d") {
      let cut = body.length;
      for (let k = kind === "f" ? 3 : 1; k > 0; k--) {
        cut = body.lastIndexOf(" ", cut - 1);
        if (cut <= 0) return void 0;
      }
      if (!(kind === "f" ? FILE_FIELDS : DIR_FIELDS).test(body.slice(cut))) return void 0;
      const p = body.slice(0, cut);
      if (!placed(p)) return void 0;
      if (kind === "d") {
        dirs.add(p);
        out.push({ kind, path: p, line });
      } else {
        const hex = sha256[p];
        if (typeof hex !== "string") return void 0;
        out.push({ kind, path: p, line, sha256: hex });
      }
    } else if (kind === "l") {
      const splits = [];
      for (let i2 = body.indexOf(" "); i2 >= 0; i2 = body.indexOf(" ", i2 + 1)) if (placed(body.slice(0, i2))) splits.push(i2);
      if (splits.length !== 1) return void 0;
      const i = splits[0];
      out.push({ kind, path: body.slice(0, i), line, target: body.slice(i + 1) });
    } else {
      return void 0;
    }
  }
  return out;
}
function diffTrees(base, baseRoots, target, targetRoots) {
  const inside = (a, b) => a.startsWith(`${b}/`);
  for (const t of targetRoots) for (const b of baseRoots) if (inside(t, b) || inside(b, t)) return void 0;
  const baseByPath = new Map(base.map((e) => [e.path, e]));
  const bothRoots = new Set(targetRoots.filter((r) => baseRoots.includes(r)));
  const kept = /* @__PURE__ */ new Set();
  const add = [];
  for (const e of target) {
    const b = baseByPath.get(e.path);
    const same = b !== void 0 && b.line === e.line && b.sha256 === e.sha256;
    if (same && (bothRoots.has(e.path) || kept.has(parent(e.path)))) kept.add(e.path);
    else add.push(e);
  }
  const remove = [];
  const gone = /* @__PURE__ */ new Set();
  for (const e of base) {
    if (kept.has(e.path)) continue;
    if (!gone.has(parent(e.path))) remove.push(e.path);
    gone.add(e.path);
  }
  return { remove, add };
}

// src/cache/spares.ts
var making = /* @__PURE__ */ new Set();
var gates = /* @__PURE__ */ new Set();
async function settleSpares() {
  for (const open of gates) open();
  while (making.size > 0) await Promise.all(making);
}
var Spares = class {
  constructor(host) {
    this.host = host;
  }
  /**
   * Set when a restore in this build could not link or move from this cache (CACHE_DIR on
   * another filesystem than the app): no spare is made then, it could never be moved in.
   */
  unlinkable = false;
  /** The spare being made per key: anything else done to that entry waits for it. */
  being = /* @__PURE__ */ new Map();
  /** The gate of a spare waiting to link its files (keep), per key. */
  gates = /* @__PURE__ */ new Map();
  /**
   * Per donor key, the spare waiting for what its restoreOver takes out, once that
   * spare's directories are made (undefined if they could not be, or it has nothing to wait for).
   */
  donees = /* @__PURE__ */ new Map();
  /** Waits for the spare being made of `key` (of every key if none), its files linked now if they were to wait. */
  async idle(key) {
    for (const [k, open] of this.gates) if (key === void 0 || k === key) open();
    if (key !== void 0) await this.being.get(key);
    else await Promise.all(this.being.values());
  }
  /**
   * Starts making a spare of the entry `key` (if it has none), on the helper thread; the
   * build goes on meanwhile. Its hard links change the ctime of the entry's files, and so
   * of every restored link to them: while the build still needs those (unchangedSince,
   * digestPaths), pass `filesLater`. The directories are made now, the files linked
   * once the returned function is called (or settleSpares is).
   *
   * `donor`: another entry of this cache that restoreOver may put in place over this
   * one's restored tree before the gate opens (the pruned install over the install).
   * What that takes out of the app is this entry's own, checked at its restore and
   * unchanged since (restoreOver's condition): it is moved into the spare rather than
   * deleted (see donation), and the spare leaves it out until then.
   */
  keep(key, options = {}) {
    let open = () => void 0;
    if (this.being.has(key) || this.unlinkable) return open;
    const gate = options.filesLater ? new Promise((resolve) => {
      open = () => {
        gates.delete(open);
        this.gates.delete(key);
        resolve();
      };
      gates.add(open);
      this.gates.set(key, open);
    }) : void 0;
    let ready = (_) => void 0;
    const donor = options.filesLater ? options.donor : void 0;
    if (donor) this.donees.set(donor, new Promise((resolve) => {
      ready = resolve;
    }));
    const work = this.make(key, gate, donor, (d) => ready(d)).catch(() => void 0).finally(() => {
      ready(void 0);
      if (donor) this.donees.delete(donor);
      gates.delete(open);
      this.gates.delete(key);
      this.being.delete(key);
      making.delete(work);
    });
    this.being.set(key, work);
    making.add(work);
    return open;
  }
  /**
   * For a restoreOver of `donor` under `root`: moves a path it takes out into the spare
   * waiting for it (keep's donor), once that spare's directories are made; false when
   * it cannot (the caller deletes the path then).
   */
  async donation(donor, root) {
    const into = await this.donees.get(donor);
    return (rel) => {
      if (!into?.donated.has(rel)) return false;
      try {
        renameSync(path3.join(root, rel), path3.join(into.temp, rel));
        return true;
      } catch {
        return false;
      }
    };
  }
  /** The topmost paths a restoreOver of `donor` over the entry `key` would take out (see keep). */
  async donatable(entries, roots, donor) {
    const other = await this.host.parsed(donor);
    return (other && diffTrees(entries, roots, other.entries, other.roots)?.remove) ?? [];
  }
  async make(key, gate, donor, ready) {
    const entry = this.host.entryDir(key);
    if (await fs3.lstat(path3.join(entry, "spare")).catch(() => void 0)) return;
    const parsed = await this.host.parsed(key);
    if (!parsed) return;
    const { roots } = parsed;
    for (const name of await fs3.readdir(entry)) {
      if (name.startsWith(".spare-")) await fs3.rm(path3.join(entry, name), { recursive: true, force: true });
    }
    const rootSet = new Set(roots);
    const entries = [];
    for (const e of parsed.entries) entries.push(e.kind === "f" && ownCopy(e.path, rootSet) ? "c" : e.kind, e.path);
    const job = {
      tree: path3.join(entry, "tree"),
      spare: path3.join(entry, "spare"),
      temp: path3.join(entry, `.spare-${randomBytes2(6).toString("hex")}`),
      roots,
      entries,
      donated: donor ? await this.donatable(parsed.entries, roots, donor) : []
    };
    if (!gate) {
      await onHelperThread("makeSpare", { ...job, part: "all" });
      return;
    }
    const made = await onHelperThread("makeSpare", { ...job, part: "dirs" }).then((why) => why === void 0, () => false);
    ready?.(made && job.donated.length > 0 ? { temp: job.temp, donated: new Set(job.donated) } : void 0);
    if (!made) return;
    await gate;
    if (donor) this.donees.delete(donor);
    await onHelperThread("makeSpare", { ...job, part: "files" });
  }
  /**
   * Moves the entry's spare (if any) under `root` and checks it there; undefined when
   * there is none, or it did not check out (what was moved is removed again).
   */
  async take(key, root, roots, entries) {
    const entry = this.host.entryDir(key);
    const taken = path3.join(entry, `.spare-taken-${randomBytes2(6).toString("hex")}`);
    try {
      await fs3.rename(path3.join(entry, "spare"), taken);
    } catch {
      return void 0;
    }
    const moved = [];
    try {
      for (const rel of roots) {
        await fs3.mkdir(path3.dirname(path3.join(root, rel)), { recursive: true });
        await fs3.rename(path3.join(taken, rel), path3.join(root, rel));
        moved.push(rel);
      }
      const checked = await checkMovedTree(root, roots, entries);
      if (checked.ok) return checked.restored;
    } catch (e) {
      if (e.code === "EXDEV") this.unlinkable = true;
    } finally {
      await fs3.rm(taken, { recursive: true, force: true });
    }
    for (const rel of moved) await fs3.rm(path3.join(root, rel), { recursive: true, force: true });
    return void 0;
  }
};

// src/cache/tree-cache.ts
import { createHash as createHash4, randomBytes as randomBytes3 } from "node:crypto";
import * as fs4 from "node:fs/promises";
import * as path4 from "node:path";
var MANIFEST_FORMAT = 2;
async function digestPaths(root, paths) {
  const h = createHash4("sha256");
  for (const rel of [...paths].sort()) {
    const st = await fs4.lstat(path4.join(root, rel), { bigint: true }).catch(() => void 0);
    if (!st) h.update(`m ${rel}
`);
    else if (st.isDirectory()) {
      h.update(`d ${rel} ${st.mode} ${st.ino} ${st.ctimeNs}
`);
      for (const w of await walkTree(root, rel, true)) h.update(w.line);
    } else if (st.isSymbolicLink()) h.update(`l ${rel} ${await fs4.readlink(path4.join(root, rel))}
`);
    else h.update(`f ${rel} ${st.size} ${st.mode} ${st.mtimeMs} ${st.ino} ${st.ctimeNs}
`);
  }
  return h.digest("hex");
}
var WALK_CONCURRENCY = 32;
async function walkTree(root, start2, identity = false) {
  const out = [];
  const queue = [start2];
  let active = 0;
  await new Promise((resolve, reject) => {
    const pump = () => {
      if (queue.length === 0 && active === 0) return resolve();
      while (active < WALK_CONCURRENCY && queue.length > 0) {
        const rel = queue.pop();
        active++;
        visit(rel).then(() => {
          active--;
          pump();
        }, reject);
      }
    };
    const visit = async (rel) => {
      const names = await fs4.readdir(path4.join(root, rel));
      await Promise.all(names.map(async (name) => {
        const p = rel ? `${rel}/${name}` : name;
        const st = await fs4.lstat(path4.join(root, p), { bigint: true });
        const id = identity ? ` ${st.ino} ${st.ctimeNs}` : "";
        let line;
        if (st.isDirectory()) {
          line = `d ${p} ${st.mode}${id}
`;
          queue.push(p);
        } else if (st.isSymbolicLink()) {
          line = `l ${p} ${await fs4.readlink(path4.join(root, p))}
`;
        } else {
          line = `f ${p} ${st.size} ${st.mode} ${st.mtimeMs}${id}
`;
        }
        out.push({ path: p, segments: p.split("/"), file: st.isFile(), line });
      }));
    };
    pump();
  });
  return out.sort((a, b) => compareSegments(a.segments, b.segments));
}
function compareSegments(a, b) {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return a.length - b.length;
}
async function hashFiles(root, files, each) {
  let since = Date.now();
  for (const rel of files) {
    if (!each(rel, hashFileSync(path4.join(root, rel)))) return rel;
    if (Date.now() - since > 20) {
      await new Promise((resolve) => setImmediate(resolve));
      since = Date.now();
    }
  }
  return void 0;
}
async function describeTree(root) {
  const walked = await walkTree(root, "");
  const sha256 = {};
  await hashFiles(root, walked.filter((w) => w.file).map((w) => w.path), (rel, hex) => {
    sha256[rel] = hex;
    return true;
  });
  return { tree: walked.map((w) => w.line), sha256 };
}
async function verifyTree(root, manifest) {
  const walked = await walkTree(root, "");
  const n = Math.max(walked.length, manifest.tree.length);
  for (let i = 0; i < n; i++) {
    const now = walked[i]?.line;
    const then = manifest.tree[i];
    if (now !== then) {
      const which = (now ?? then).split(" ")[1];
      return `its files changed since it was saved (${which})`;
    }
  }
  const bad = await hashFiles(root, walked.filter((w) => w.file).map((w) => w.path), (rel, hex) => manifest.sha256[rel] === hex);
  return bad === void 0 ? void 0 : `its files changed since it was saved (the content of ${bad}, with the same size and modification time)`;
}
function parseManifest(text) {
  let doc;
  try {
    doc = JSON.parse(text);
  } catch {
    return "its manifest is unreadable";
  }
  const m = doc;
  if (!m || typeof m !== "object" || m.format !== MANIFEST_FORMAT || !Array.isArray(m.tree) || !m.sha256 || !m.meta) {
    return "it was saved by an older engine, without content hashes";
  }
  return m;
}
async function unshareTopLevelFiles(dir) {
  for (const e of await fs4.readdir(dir, { withFileTypes: true })) {
    if (e.isFile()) await unshareFile(path4.join(dir, e.name));
  }
}
async function unshareFile(p) {
  const st = await fs4.lstat(p);
  if (!st.isFile() || st.nlink < 2) return;
  const tmp = `${p}.unshare-${randomBytes3(4).toString("hex")}`;
  await fs4.copyFile(p, tmp);
  await fs4.chmod(tmp, st.mode);
  await fs4.utimes(tmp, st.atime, st.mtime);
  await fs4.rename(tmp, p);
}
async function copyTree(from, to) {
  const linked = await runTool(["cp", "-al", from, to]);
  if (linked?.ok) {
    if ((await fs4.lstat(to)).isDirectory()) await unshareTopLevelFiles(to);
    else await unshareFile(to);
    return true;
  }
  await fs4.rm(to, { recursive: true, force: true });
  const copied = await runTool(["cp", "-a", from, to]);
  if (copied?.ok) return false;
  await fs4.rm(to, { recursive: true, force: true });
  await fs4.cp(from, to, { recursive: true, verbatimSymlinks: true, preserveTimestamps: true });
  return false;
}
var TreeCache = class {
  constructor(dir) {
    this.dir = dir;
  }
  entry(key) {
    return path4.join(this.dir, encodeURIComponent(key));
  }
  spares = new Spares({ entryDir: (key) => this.entry(key), parsed: (key) => this.parsedEntries(key) });
  /** Waits for the spare being made of `key` (of every key if none): see Spares.idle. */
  idle(key) {
    return this.spares.idle(key);
  }
  /** Starts making a spare of the entry `key`: see Spares.keep. */
  keepSpare(key, options = {}) {
    return this.spares.keep(key, options);
  }
  /**
   * Saves `paths` (files or directories, relative to `root`; missing ones are skipped)
   * as one entry. Returns the paths saved.
   */
  async save(key, root, paths, meta) {
    await this.idle(key);
    await fs4.mkdir(this.dir, { recursive: true });
    const tmp = path4.join(this.dir, `.tmp-${randomBytes3(6).toString("hex")}`);
    try {
      const tree = path4.join(tmp, "tree");
      await fs4.mkdir(tree, { recursive: true });
      const saved = [];
      for (const rel of paths) {
        const from = path4.join(root, rel);
        if (!await fs4.lstat(from).catch(() => void 0)) continue;
        await fs4.mkdir(path4.dirname(path4.join(tree, rel)), { recursive: true });
        await copyTree(from, path4.join(tree, rel));
        saved.push(rel);
      }
      const described = await describeTree(tree).catch(() => void 0);
      if (!described) return [];
      const manifest = { format: MANIFEST_FORMAT, ...described, meta: { ...meta, paths: saved } };
      await fs4.writeFile(path4.join(tmp, "manifest.json"), JSON.stringify(manifest));
      const target = this.entry(key);
      const old = path4.join(this.dir, `.old-${randomBytes3(6).toString("hex")}`);
      await fs4.rename(target, old).catch(() => void 0);
      await fs4.rename(tmp, target);
      await fs4.rm(old, { recursive: true, force: true });
      return saved;
    } finally {
      await fs4.rm(tmp, { recursive: true, force: true });
    }
  }
  /**
   * The last manifest parsed, with its text: a build reads an entry's meta, then restores
   * it (an install's manifest is ~1.5 MB of JSON). The file is read each time, so a
   * changed one is parsed again.
   */
  parsed;
  /** Each manifest's entries (parseTreeEntries), read once: a build restores an entry, then makes its spare. */
  entries = /* @__PURE__ */ new WeakMap();
  entriesOf(manifest, roots) {
    if (!this.entries.has(manifest)) this.entries.set(manifest, parseTreeEntries(manifest.tree, manifest.sha256, roots));
    return this.entries.get(manifest);
  }
  /** The entry's roots and entries (a damaged entry is dropped), for its spare. */
  async parsedEntries(key) {
    const manifest = await this.manifest(key);
    if ("status" in manifest) return void 0;
    const roots = manifest.meta.paths ?? [];
    const entries = this.entriesOf(manifest, roots);
    return entries && { roots, entries };
  }
  parse(text) {
    if (this.parsed?.text !== text) this.parsed = { text, manifest: parseManifest(text) };
    return this.parsed.manifest;
  }
  /**
   * The entry's meta, or why there is none to use: `missing`, or `damaged` (an unreadable
   * manifest, or one of an older format: the entry is dropped), so a build can say which.
   */
  async entryMeta(key) {
    const manifest = await this.manifest(key);
    return "status" in manifest ? manifest : { status: "ok", meta: manifest.meta };
  }
  async readMeta(key) {
    const text = await fs4.readFile(path4.join(this.entry(key), "manifest.json"), "utf8").catch(() => void 0);
    const m = text === void 0 ? void 0 : this.parse(text);
    return typeof m === "object" ? m.meta : void 0;
  }
  /** The entry's manifest, or why it cannot be used (a damaged entry is dropped). */
  async manifest(key, forRestore = false) {
    const entry = this.entry(key);
    const text = await fs4.readFile(path4.join(entry, "manifest.json"), "utf8").catch(() => void 0);
    if (text === void 0) return { status: "missing" };
    if (forRestore && text.length > 64 * 1024) warmHelperThread();
    const manifest = this.parse(text);
    if (typeof manifest === "string") {
      await fs4.rm(entry, { recursive: true, force: true });
      return { status: "damaged", why: manifest };
    }
    return manifest;
  }
  async damaged(key, root, paths, why) {
    await this.idle(key);
    for (const rel of paths) await fs4.rm(path4.join(root, rel), { recursive: true, force: true });
    await fs4.rm(this.entry(key), { recursive: true, force: true });
    return { status: "damaged", why };
  }
  /** Puts the saved paths back under `root` (they must not exist there yet). */
  async restore(key, root) {
    await this.idle(key);
    const manifest = await this.manifest(key, true);
    if ("status" in manifest) return manifest;
    const tree = path4.join(this.entry(key), "tree");
    const paths = manifest.meta.paths ?? [];
    const entries = this.entriesOf(manifest, paths);
    if (entries) {
      const spare = await this.spares.take(key, root, paths, entries);
      if (spare) return { status: "restored", linked: true, meta: manifest.meta, tree: spare };
      const linked2 = await linkTree(tree, root, paths, entries);
      if (linked2.ok) return { status: "restored", linked: true, meta: manifest.meta, tree: linked2.restored };
      if ("why" in linked2) return this.damaged(key, root, paths, linked2.why);
      for (const rel of paths) await fs4.rm(path4.join(root, rel), { recursive: true, force: true });
    }
    const [why, linked] = await Promise.all([
      verifyTree(tree, manifest).catch((e) => `it could not be read (${e instanceof Error ? e.message : String(e)})`),
      (async () => {
        let all = true;
        for (const rel of paths) {
          const dest = path4.join(root, rel);
          await fs4.mkdir(path4.dirname(dest), { recursive: true });
          all = await copyTree(path4.join(tree, rel), dest) && all;
        }
        return all;
      })()
    ]);
    if (why !== void 0) return this.damaged(key, root, paths, why);
    if (!linked) this.spares.unlinkable = true;
    return { status: "restored", linked, meta: manifest.meta };
  }
  /**
   * Turns `base`, a tree this build restored and that is still unchanged (the caller has
   * checked: unchangedSince), into this entry's tree, touching only what differs: the
   * entries only `base` has are deleted, those that differ are checked and linked from
   * this entry; the rest already are this entry's, checked when `base` was restored.
   * Undefined when the two do not diff that way (the caller restores the entry whole).
   * A damaged entry is dropped with the app's tree left as it was.
   */
  async restoreOver(key, root, base) {
    await this.idle(key);
    const manifest = await this.manifest(key);
    if ("status" in manifest) return manifest;
    const paths = manifest.meta.paths ?? [];
    const entries = this.entriesOf(manifest, paths);
    const diff = entries && diffTrees(base.entries, base.roots, entries, paths);
    if (!diff) return void 0;
    const donate = await this.spares.donation(key, root);
    const failed = applyTreeDiff(path4.join(this.entry(key), "tree"), root, paths, diff, donate);
    if (failed && "why" in failed) return this.damaged(key, root, [], failed.why);
    if (failed) throw new Error(`Restoring ${paths.join(", ")} from the build cache failed: ${failed.unlinkable}`);
    return { status: "restored", linked: true, meta: manifest.meta };
  }
  async drop(key) {
    await this.idle(key);
    await fs4.rm(this.entry(key), { recursive: true, force: true });
  }
  /** Drops every entry but `key` (e.g. runtimes of versions no longer used). */
  async retainOnly(key) {
    await this.idle();
    const keep = encodeURIComponent(key);
    const names = await fs4.readdir(this.dir).catch(() => []);
    await Promise.all(names.filter((n) => n !== keep).map((n) => fs4.rm(path4.join(this.dir, n), { recursive: true, force: true })));
  }
  /** Removes temp entries a killed build left behind. */
  async sweep() {
    const names = await fs4.readdir(this.dir).catch(() => []);
    await Promise.all(
      names.filter((n) => n.startsWith(".tmp-") || n.startsWith(".old-")).map((n) => fs4.rm(path4.join(this.dir, n), { recursive: true, force: true }))
    );
  }
};

// src/cache/fingerprint.ts
import { createHash as createHash5 } from "node:crypto";
var hashText = (text) => text === void 0 ? "absent" : `sha256:${createHash5("sha256").update(text).digest("hex").slice(0, 16)}`;
function decideInstallReuse(previous, current) {
  if (!previous) return { reuse: false, reason: "no install from a previous build to reuse" };
  const names = /* @__PURE__ */ new Set([...Object.keys(previous), ...Object.keys(current)]);
  const changes = [];
  for (const name of [...names].sort()) {
    const before = previous[name];
    const now = current[name];
    if (before === now) continue;
    if (before === void 0) changes.push(`${name} is new`);
    else if (now === void 0) changes.push(`${name} was removed`);
    else if (before.startsWith("sha256:") || now.startsWith("sha256:") || before === "absent" || now === "absent") changes.push(`${name} changed`);
    else changes.push(`${name} changed (${before} \u2192 ${now})`);
  }
  if (changes.length > 0) return { reuse: false, reason: changes.join(", ") };
  return { reuse: true };
}

// src/cache/signature.ts
var CACHE_LAYOUT_VERSION = 1;
function compareSignatures(previous, current) {
  if (!previous) return { action: "invalidate", reason: "no previous build cache" };
  if (previous.layout !== current.layout) {
    return { action: "invalidate", reason: `cache layout changed (${previous.layout} \u2192 ${current.layout})` };
  }
  if (previous.stack !== current.stack) {
    return { action: "invalidate", reason: `stack changed (${previous.stack} \u2192 ${current.stack})` };
  }
  for (const [tool, version] of Object.entries(current.tools)) {
    const before = previous.tools[tool];
    if (before !== version) {
      return { action: "invalidate", reason: `${tool} version changed (${before ?? "none"} \u2192 ${version})` };
    }
  }
  for (const tool of Object.keys(previous.tools)) {
    if (!(tool in current.tools)) return { action: "invalidate", reason: `${tool} is no longer used` };
  }
  return { action: "keep" };
}
function parseSignature(text) {
  if (text === void 0) return void 0;
  try {
    const v = JSON.parse(text);
    if (typeof v.layout !== "number" || typeof v.stack !== "string" || typeof v.tools !== "object" || v.tools === null) {
      return void 0;
    }
    const tools = {};
    for (const [k, val] of Object.entries(v.tools)) if (typeof val === "string") tools[k] = val;
    return { layout: v.layout, stack: v.stack, tools };
  } catch {
    return void 0;
  }
}

// src/runtime/extract.ts
import { randomBytes as randomBytes4 } from "node:crypto";
import { chmod as chmod2, mkdir as mkdir5, mkdtemp, rename as rename5, rm as rm4 } from "node:fs/promises";
import { basename, dirname as dirname5, join as join5 } from "node:path";
var ALLOWED_TYPES = /* @__PURE__ */ new Set(["File", "OldFile", "ContiguousFile", "Directory", "GNUDumpDir", "SymbolicLink", "Link"]);
async function extractTarSafely(archive, targetDir, opts) {
  const tar = await import("./index.min-DYXT647I.mjs");
  const strip = opts.strip ?? 0;
  const parent2 = dirname5(targetDir);
  await mkdir5(parent2, { recursive: true });
  const temp = await mkdtemp(join5(parent2, `.${basename(targetDir)}.extract-`));
  try {
    await chmod2(temp, 493);
    let refusal;
    const listed = entryChecker(strip);
    try {
      await tar.t({
        file: archive,
        strict: true,
        onReadEntry: (entry) => {
          const why = refusal ? void 0 : listed(entry);
          if (why) refusal = runtimeErrors.unsafeArchive(opts.what, entry.path, why);
        }
      });
    } catch (e) {
      throw runtimeErrors.badArchive(opts.what, e instanceof Error ? e.message : String(e));
    }
    if (refusal) throw refusal;
    if (await extractWithGnuTar(archive, temp, strip, opts.what)) {
      await replaceDir(temp, targetDir);
      return;
    }
    const extracted = entryChecker(strip);
    try {
      await tar.x({
        file: archive,
        cwd: temp,
        strip,
        // Without strict, node-tar reports a corrupt archive or a skipped entry as a
        // warning and "succeeds" with a partial tree.
        strict: true,
        // We may run as root: files must belong to the build user, not to whatever
        // uid the archive recorded.
        preserveOwner: false,
        // node-tar would silently skip most bad entries itself; we refuse the whole
        // archive instead, because a runtime with files missing is not a runtime.
        filter: (path5, entry) => {
          if (refusal) return false;
          const why = extracted(entry);
          if (why) refusal = runtimeErrors.unsafeArchive(opts.what, path5, why);
          return !why;
        }
      });
    } catch (e) {
      throw refusal ?? runtimeErrors.badArchive(opts.what, e instanceof Error ? e.message : String(e));
    }
    if (refusal) throw refusal;
    await replaceDir(temp, targetDir);
  } catch (e) {
    await rm4(temp, { recursive: true, force: true });
    throw e;
  }
}
var gnuTar;
async function extractWithGnuTar(archive, dir, strip, what) {
  gnuTar ??= runTool(["tar", "--version"]).then((r2) => !!r2?.ok && r2.output.includes("GNU tar"));
  if (!await gnuTar) return false;
  const r = await runTool(["tar", "-xzf", archive, "-C", dir, `--strip-components=${strip}`, "--no-same-owner"]);
  if (!r?.ok) {
    const detail = r?.output.trim().split("\n").filter((l) => l.trim() !== "").slice(-3).join("; ") ?? "tar not found";
    if (/No space left on device|Disk quota exceeded|Read-only file system/.test(detail)) {
      throw new Error(`tar could not extract ${archive}: ${detail}`);
    }
    throw runtimeErrors.badArchive(what, `GNU tar refused it (${detail})`);
  }
  return true;
}
function entryChecker(strip) {
  const links = /* @__PURE__ */ new Set();
  const throughLink = (parts, upTo) => {
    for (let i = 1; i <= upTo; i++) {
      const prefix = parts.slice(0, i).join("/");
      if (links.has(prefix)) return prefix;
    }
    return void 0;
  };
  return (entry) => {
    if (isAbsolute(entry.path)) return "is an absolute path";
    const kept = stripped(entry.path, strip)?.filter((p) => p !== ".");
    if (!kept) return void 0;
    if (kept.includes("..")) return "contains a '..' path component, which would escape the target directory";
    if (!ALLOWED_TYPES.has(entry.type)) {
      return `is a ${entry.type} entry; only regular files, directories and links may be installed`;
    }
    if (kept.length === 0) return void 0;
    const via = throughLink(kept, kept.length - 1);
    if (via !== void 0) {
      return `goes through ${JSON.stringify(via)}, a symbolic link an earlier entry created, so it could land anywhere`;
    }
    const here = kept.join("/");
    if (links.has(here)) return `replaces ${JSON.stringify(here)}, a symbolic link an earlier entry created`;
    const link = entry.linkpath ?? "";
    if (entry.type === "SymbolicLink") {
      if (isAbsolute(link)) return `is a symbolic link to the absolute path ${JSON.stringify(link)}`;
      const why = symlinkEscapes(kept, link);
      if (!why) links.add(here);
      return why;
    }
    if (entry.type === "Link") {
      if (isAbsolute(link)) return `is a hard link to the absolute path ${JSON.stringify(link)}`;
      const target = stripped(link, strip)?.filter((p) => p !== ".");
      if (!target || target.includes("..")) {
        return `is a hard link to ${JSON.stringify(link)}, outside the target directory`;
      }
      if (throughLink(target, target.length) !== void 0) {
        return `is a hard link to ${JSON.stringify(link)}, which is or goes through a symbolic link`;
      }
    }
    return void 0;
  };
}
function symlinkEscapes(linkParts, target) {
  let depth = linkParts.length - 1;
  let sawName = false;
  for (const part of segments(target)) {
    if (part === ".") continue;
    if (part !== "..") {
      sawName = true;
    } else if (sawName) {
      return `is a symbolic link to ${JSON.stringify(target)}, which climbs out of a path component`;
    } else if (--depth < 0) {
      return `is a symbolic link to ${JSON.stringify(target)}, outside the target directory`;
    }
  }
  return void 0;
}
function stripped(p, strip) {
  const parts = p.split("/");
  return parts.length < strip ? void 0 : segments(parts.slice(strip).join("/"));
}
function segments(p) {
  return p.split(/[\\/]+/).filter((s) => s !== "");
}
function isAbsolute(p) {
  return /^[\\/]/.test(p) || /^[A-Za-z]:/.test(p);
}
async function replaceDir(fresh, target) {
  const aside = `${target}.old-${randomBytes4(4).toString("hex")}`;
  let movedAside = false;
  try {
    await rename5(target, aside);
    movedAside = true;
  } catch (e) {
    if (e.code !== "ENOENT") throw e;
  }
  try {
    await rename5(fresh, target);
  } catch (e) {
    if (movedAside) await rename5(aside, target);
    throw e;
  }
  if (movedAside) await rm4(aside, { recursive: true, force: true });
}

// src/env/passthrough.ts
var PLATFORM_PASSTHROUGH = [
  "HOME",
  "USER",
  "LOGNAME",
  "SHELL",
  "TERM",
  "TMPDIR",
  "TZ",
  "LC_ALL",
  "HTTP_PROXY",
  "HTTPS_PROXY",
  "NO_PROXY",
  "http_proxy",
  "https_proxy",
  "no_proxy",
  "SSL_CERT_FILE",
  "SSL_CERT_DIR",
  "STACK"
];
function passthroughEnv(platformEnv, extra = [], prefixes = []) {
  const env = {};
  for (const name of [...PLATFORM_PASSTHROUGH, ...extra]) {
    const v = platformEnv[name];
    if (v !== void 0) env[name] = v;
  }
  const lower = prefixes.map((p) => p.toLowerCase());
  for (const [name, v] of Object.entries(platformEnv)) {
    if (v !== void 0 && lower.some((p) => name.toLowerCase().startsWith(p))) env[name] = v;
  }
  return env;
}

export {
  readIfExists,
  writeAtomic,
  runCommand,
  runTool,
  parseChecksum,
  hashFile,
  verifyFile,
  artifactKey,
  ArtifactCache,
  unchangedSince,
  settleSpares,
  digestPaths,
  TreeCache,
  hashText,
  decideInstallReuse,
  CACHE_LAYOUT_VERSION,
  compareSignatures,
  parseSignature,
  extractTarSafely,
  passthroughEnv
};
