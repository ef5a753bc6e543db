import { createRequire as __engineRequire } from 'node:module'; const require = __engineRequire(import.meta.url);

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
  return value.replace(/([a-z][a-z0-9+.-]*:\/\/)[^\s/@]+@/gi, "$1[hidden]@");
}
function logConfigVars(log, vars) {
  const names = Object.keys(vars);
  if (names.length === 0) return;
  log.header("Config vars passed to the build");
  for (const name of names) log.info(`${name}=${maskValue(name, vars[name])}`);
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

export {
  processSink,
  logConfigVars,
  BuildLog
};
