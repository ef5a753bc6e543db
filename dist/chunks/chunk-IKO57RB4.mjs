import { createRequire as __engineRequire } from 'node:module'; const require = __engineRequire(import.meta.url);
import {
  readAppFile
} from "./chunk-TLGN63O4.mjs";

// src/log/build-log.ts
var processSink = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t)
};
var INDENT = "       ";
var BANG = " !     ";
var SECRET_NAME = /TOKEN|SECRET|PASSWORD|PASSWD|PWD|KEY|AUTH|CREDENTIAL/i;
function maskValue(name, value) {
  if (SECRET_NAME.test(name)) return "[hidden]";
  return maskUrlCredentials(value);
}
var isSchemeChar = (c) => c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 43 || c === 46 || c === 45;
var isLetter = (c) => c >= 97 && c <= 122 || c >= 65 && c <= 90;
function maskUrlCredentials(value) {
  let out = "";
  let copied = 0;
  let from = 0;
  for (; ; ) {
    const sep = value.indexOf("://", from);
    if (sep < 0) break;
    let start = sep;
    while (start > copied && isSchemeChar(value.charCodeAt(start - 1))) start--;
    while (start < sep && !isLetter(value.charCodeAt(start))) start++;
    let end = sep + 3;
    while (end < value.length && !/[\s/@]/.test(value[end])) end++;
    if (start < sep && end > sep + 3 && value[end] === "@") {
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
var BuildLog = class {
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
  /** Raw output of a subprocess, indented so it reads as part of the step. */
  stream(chunk) {
    this.sink.out(chunk.replace(/^(?=.)/gm, INDENT));
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

// src/fs/app-fs.ts
import * as nodeFs from "node:fs/promises";
import * as path from "node:path";
function isMissing(e) {
  const code = e?.code;
  return code === "ENOENT" || code === "ENOTDIR";
}
function appFsFrom(fsp, root) {
  const abs = (rel) => path.posix.join(root, rel);
  return {
    root,
    async exists(rel) {
      try {
        await fsp.lstat(abs(rel));
        return true;
      } catch (e) {
        if (isMissing(e)) return false;
        throw e;
      }
    },
    async isDirectory(rel) {
      try {
        return (await fsp.stat(abs(rel))).isDirectory();
      } catch (e) {
        if (isMissing(e)) return false;
        throw e;
      }
    },
    readText(rel, opts) {
      return readAppFile(fsp, root, rel, opts);
    },
    async realpath(rel) {
      try {
        return String(await fsp.realpath(abs(rel)));
      } catch (e) {
        if (isMissing(e)) return void 0;
        throw e;
      }
    },
    async readdir(rel) {
      try {
        return (await fsp.readdir(abs(rel))).map(String).sort();
      } catch (e) {
        if (isMissing(e)) return [];
        throw e;
      }
    }
  };
}
function realAppFs(root) {
  return appFsFrom(nodeFs, path.resolve(root));
}

export {
  processSink,
  logConfigVars,
  BuildLog,
  realAppFs
};
