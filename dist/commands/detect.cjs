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
var list, DISK_FULL_FIX, engineErrors;
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

// left-out:../nodejs/node-table.js
var require_node_table = __commonJS({
  "left-out:../nodejs/node-table.js"() {
    throw new Error("../nodejs/node-table.js is not part of dist/commands/detect.cjs");
  }
});

// left-out:../nodejs/plan.js
var require_plan = __commonJS({
  "left-out:../nodejs/plan.js"() {
    throw new Error("../nodejs/plan.js is not part of dist/commands/detect.cjs");
  }
});

// left-out:../nodejs/plan-json.js
var require_plan_json = __commonJS({
  "left-out:../nodejs/plan-json.js"() {
    throw new Error("../nodejs/plan-json.js is not part of dist/commands/detect.cjs");
  }
});

// left-out:../nodejs/compile.js
var require_compile = __commonJS({
  "left-out:../nodejs/compile.js"() {
    throw new Error("../nodejs/compile.js is not part of dist/commands/detect.cjs");
  }
});

// left-out:../nodejs/package-json.js
var require_package_json = __commonJS({
  "left-out:../nodejs/package-json.js"() {
    throw new Error("../nodejs/package-json.js is not part of dist/commands/detect.cjs");
  }
});

// left-out:../php/plan.js
var require_plan2 = __commonJS({
  "left-out:../php/plan.js"() {
    throw new Error("../php/plan.js is not part of dist/commands/detect.cjs");
  }
});

// left-out:../php/stores.js
var require_stores = __commonJS({
  "left-out:../php/stores.js"() {
    throw new Error("../php/stores.js is not part of dist/commands/detect.cjs");
  }
});

// left-out:../php/describe.js
var require_describe = __commonJS({
  "left-out:../php/describe.js"() {
    throw new Error("../php/describe.js is not part of dist/commands/detect.cjs");
  }
});

// left-out:../php/compile.js
var require_compile2 = __commonJS({
  "left-out:../php/compile.js"() {
    throw new Error("../php/compile.js is not part of dist/commands/detect.cjs");
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

// src/errors/command-failed.ts
function commandOutputIn(body) {
  const at = body.indexOf(`
${OUTPUT_HEADING}
`);
  return at < 0 ? void 0 : body.slice(at + OUTPUT_HEADING.length + 2);
}
var OUTPUT_HEADING;
var init_command_failed = __esm({
  "src/errors/command-failed.ts"() {
    "use strict";
    init_build_error();
    OUTPUT_HEADING = "Last lines of its output:";
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
  const inside = (dir, p) => p === dir || p.startsWith(`${dir}/`);
  const byPath = where === void 0 ? void 0 : roles.map((r, i) => ({ ...r, i })).filter((r) => inside(path5.resolve(r.dir), path5.resolve(where))).sort((a, b) => b.dir.length - a.dir.length)[0];
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
var fs3, path5, NEARLY_FULL_BYTES;
var init_disk_full_error = __esm({
  "src/fs/disk-full-error.ts"() {
    "use strict";
    fs3 = __toESM(require("node:fs/promises"), 1);
    path5 = __toESM(require("node:path"), 1);
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
var path6 = __toESM(require("node:path"), 1);
init_catalog();

// src/fs/app-fs.ts
var nodeFs2 = __toESM(require("node:fs/promises"), 1);
var path2 = __toESM(require("node:path"), 1);

// src/fs/app-tree.ts
var import_node_fs = require("node:fs");
var nodeFs = __toESM(require("node:fs/promises"), 1);
var path = __toESM(require("node:path"), 1);
init_catalog();
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

// src/fs/app-fs.ts
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

// src/fs/special-files.ts
var fsp = __toESM(require("node:fs/promises"), 1);
var path3 = __toESM(require("node:path"), 1);
init_byte_names();

// src/layout/layout.ts
var ENGINE_DIRS = Object.freeze({
  /** Runtimes, tools and generated configs. */
  engine: ".scalingo",
  /** Scripts the platform sources before every process of the app. */
  profile: ".profile.d"
});
var SLUG = Object.freeze({
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
var RELEASE_FILE = Object.freeze({ dir: ENGINE_DIRS.engine, name: "release.json" });
var CACHE = Object.freeze({
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
var NODE_CACHE = Object.freeze({
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
var COMPOSER_CACHE = Object.freeze({
  signature: `${CACHE.composer}/signature.json`,
  /** COMPOSER_HOME */
  home: `${CACHE.composer}/home`,
  /** COMPOSER_CACHE_DIR */
  cache: `${CACHE.composer}/cache`
});

// src/fs/special-files.ts
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
  const list2 = found.slice(0, 5).map((f) => `${shown(f.rel, 200)} (${f.kind})`).join(", ");
  const more = found.length > 5 ? `, \u2026 (${found.length} in all)` : "";
  return {
    id: "engine/special-files",
    message: `The app ships files that are not regular files: ${list2}${more}.
A build tool that reads every file of a folder (a CSS framework scanning for class names, a bundler's glob) waits for ever on a named pipe, and the build hangs: remove them from the repository (they have no place in a slug).`
  };
}

// src/env/config-vars.ts
var fs = __toESM(require("node:fs/promises"), 1);
var path4 = __toESM(require("node:path"), 1);
init_catalog();

// src/env/knobs.ts
var bool = (def, effect, extra = {}) => ({ type: "boolean", default: def, effect, ...extra });
var str = (type, extra = {}) => ({ type, ...extra });
var KNOBS = {
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

// src/env/config-vars.ts
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

// data/node-policy.json
var node_policy_default = JSON.parse(`{"$comment":"Hand-maintained policy for Node.js versions (platform docs, nodejs-start.txt and changelog). Releases and checksums live in node-releases.json.","defaultLine":24,"supportedLines":{"22":"LTS","24":"LTS","26":"Current"},"bundledNpmMajor":{"10":6,"11":6,"12":6,"13":6,"14":6,"15":7,"16":8,"17":8,"18":10,"19":9,"20":10,"21":10,"22":10,"23":10,"24":11,"25":11,"26":11,"$comment":"npm major bundled with each Node.js major; used when Node comes from the npm registry fallback, which ships node without npm."},"brokenReleases":{"$comment":"Releases with a known regression that breaks builds; the build warns and names the fix.","22.5.0":"it crashes npm and other tools (\\"FATAL ERROR: v8::Object::GetCreationContextChecked No creation context available\\", npm \\"Exit handler never called\\"). Node.js 22.5.1 fixes it: use \\"engines\\": {\\"node\\": \\"22.x\\"} (or \\">=22.5.1 <23\\") rather than pinning 22.5.0."},"stacks":{"scalingo-22":{"deprecated":"The scalingo-22 stack is deprecated and will be discontinued on June 1, 2027. Migrate the app to scalingo-24 or scalingo-26."},"scalingo-24":{},"scalingo-26":{},"debian-12":{"test":"Debian 12 (bookworm), the stack of machines that build the PHP store from source themselves (scripts/build-store.mjs labels artifacts with the machine's ID-VERSION_ID): this project's development and CI machines. Not a platform stack."}},"defaultStack":"scalingo-26"}`);

// src/env/stack.ts
init_catalog();

// src/env/sourced.ts
var defaultSource = (says) => says === void 0 ? { kind: "default" } : { kind: "default", says };

// src/env/stack.ts
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
var NODE_ENGINE_DIRS = ["node_modules", ".yarn/cache", ".yarn/unplugged"];
var nodeTable = async () => (await Promise.resolve().then(() => __toESM(require_node_table(), 1))).embeddedNodeTable();
async function planNode({ fs: fs5, stack, configVars, knobs }, role) {
  const [{ planNodeBuild, readNodeApp }, table] = await Promise.all([Promise.resolve().then(() => __toESM(require_plan(), 1)), nodeTable()]);
  return { plan: planNodeBuild(await readNodeApp(fs5), { stack, table, configVars, knobs, role }), table };
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
    const [{ plan: plan2, table }, { planToJson }] = await Promise.all([planNode(input, "build-tool"), Promise.resolve().then(() => __toESM(require_plan_json(), 1))]);
    return {
      id: "nodejs",
      name: "Node.js",
      versions: plan2.versions,
      warnings: plan2.warnings,
      engineDirs: NODE_ENGINE_DIRS,
      pathEntries: [`${SLUG.nodeHome}/bin`, "node_modules/.bin"],
      description: planToJson(plan2),
      async compile(ci) {
        const { compileNode } = await Promise.resolve().then(() => __toESM(require_compile(), 1));
        await compileNode(plan2, { ...ci, table, role: "build-tool" });
      }
    };
  },
  async describe({ plan: plan2 }, problems) {
    return (await Promise.resolve().then(() => __toESM(require_plan_json(), 1))).planToJson(plan2, problems);
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
      const { parsePackageJson } = await Promise.resolve().then(() => __toESM(require_package_json(), 1));
      if (parsePackageJson(pkgText).scripts.start?.trim()) return { web: "npm start" };
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
    const [{ planPhpBuild }, { loadPhpStores, requireStores }] = await Promise.all([Promise.resolve().then(() => __toESM(require_plan2(), 1)), Promise.resolve().then(() => __toESM(require_stores(), 1))]);
    if (mode === "compile") requireStores(knobs);
    const stores = await loadPhpStores(knobs, stack, mode);
    const plan2 = await planPhpBuild(fs5, { stack, configVars, knobs, catalogs: stores.catalogs, planBuildTool: planBuildTool2 });
    return {
      plan: plan2,
      stores,
      engineDirs: [...plan2.assetBuild?.engineDirs ?? [], ...plan2.composer !== void 0 ? ["vendor"] : []]
    };
  },
  async describe({ plan: plan2, stores }, problems) {
    return (await Promise.resolve().then(() => __toESM(require_describe(), 1))).phpPlanToJson(plan2, problems, stores);
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
    const { BOOT_SCRIPT, DEFAULT_WEB_COMMAND } = await Promise.resolve().then(() => __toESM(require_plan2(), 1));
    return await fs5.exists(BOOT_SCRIPT) ? { web: DEFAULT_WEB_COMMAND } : void 0;
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
var orList = (items) => items.length > 1 ? `${items.slice(0, -1).join(", ")} or ${items.at(-1)}` : items.join("");
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
  const base = `no ${PROVIDERS_BY_NAME.map((p) => `${orList(p.signalFiles)} (${p.name})`).join(" nor ")} at the root of the app; found: ${entries.length ? shown2 : "nothing (the directory is empty)"}`;
  const apps = await findAppsInSubfolders(fs5);
  if (apps.length === 0) return base;
  const list2 = apps.slice(0, SUBFOLDER_LIST).map((a) => `${a.dir}/ (${a.file})`).join(", ") + (apps.length > SUBFOLDER_LIST ? `, and ${apps.length - SUBFOLDER_LIST} more` : "");
  return `${base}.
Apps found in subfolders: ${list2}. To deploy one of them, set PROJECT_DIR to its folder (e.g. PROJECT_DIR=${apps[0].dir}); see https://doc.scalingo.com/platform/app/monorepo`;
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

// src/release/procfile.ts
init_catalog();
init_build_log();
var ENTRY = /^([A-Za-z0-9_-]+):[ \t]*([^]*?)[ \t]*$/;
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

// src/release/release-file.ts
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

// src/cache/cache-writes.ts
var fs2 = __toESM(require("node:fs/promises"), 1);
init_byte_names();
init_disk_full();
init_byte_names();
init_disk_full();
var CACHE_MIN_FREE_BYTES = 64 * 1024 * 1024;
var codeText = { ENOSPC: "ENOSPC, no space left on device", EDQUOT: "EDQUOT, disk quota exceeded" };
function mb(bytes) {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}
var CacheWrites = class _CacheWrites {
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
    const list2 = entries.slice(0, 5).map((e) => `${shown(e.path, 200)} (${e.why})`).join(", ");
    this.log.warn({
      id: "engine/cache-entries-left-out",
      message: `${what}: ${entries.length === 1 ? "an entry was" : `${entries.length} entries were`} left out of the build cache, and will not be restored next time: ${list2}${entries.length > 5 ? ", \u2026" : ""}.
Only regular files, directories and symbolic links are cached.`
    });
  }
};

// src/engine.ts
function absolutePath(p) {
  try {
    return path6.resolve(p);
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
  const probe = path6.join(abs, `.write-check-${process.pid}`);
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
  for (let at = p; ; at = path6.dirname(at)) {
    const real = await fs4.realpath(at).catch(() => void 0);
    if (real !== void 0) return path6.join(real, ...rest.reverse());
    if (at === path6.dirname(at)) return p;
    rest.push(path6.basename(at));
  }
}
async function checkDirsApart(buildDir, cacheDir) {
  const [build, cache] = await Promise.all([realPathOf(buildDir), realPathOf(cacheDir)]);
  const inside = (a, b) => a === b || a.startsWith(b.endsWith("/") ? b : `${b}/`);
  if (inside(cache, build)) throw engineErrors.cacheDirInBuildDir(cacheDir, buildDir, cache === build ? "is" : "is inside");
  if (inside(build, cache)) throw engineErrors.cacheDirInBuildDir(cacheDir, buildDir, "holds");
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
  const tmpDir = await fs4.mkdtemp(path6.join(os.tmpdir(), "engine-"));
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
