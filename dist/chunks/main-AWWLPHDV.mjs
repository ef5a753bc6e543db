import { createRequire as __engineRequire } from 'node:module'; const require = __engineRequire(import.meta.url);
import {
  knobValueProblems,
  platformKnobProblems
} from "./chunk-N76AJUBP.mjs";
import {
  BuildLog,
  processSink,
  realAppFs
} from "./chunk-IKO57RB4.mjs";
import {
  parseProcfile,
  renderReleaseYaml
} from "./chunk-5YPJPHNG.mjs";
import {
  node_policy_default
} from "./chunk-JQD5ENTX.mjs";
import {
  describeKind,
  ensureEngineDir,
  readRegularFile,
  realTreeFs,
  replaceLinkedDirs,
  writeEngineFile
} from "./chunk-TLGN63O4.mjs";
import {
  ENGINE_DIRS,
  RELEASE_FILE
} from "./chunk-Z2B7EFDH.mjs";
import {
  engineErrors
} from "./chunk-7KZF2D6S.mjs";
import {
  toBuildError
} from "./chunk-FFA57LN5.mjs";
import {
  defaultSource
} from "./chunk-RJCFJAXG.mjs";
import "./chunk-RFJHALY7.mjs";

// src/engine.ts
import * as fs2 from "node:fs/promises";
import * as os from "node:os";
import * as path2 from "node:path";

// src/env/config-vars.ts
import * as fs from "node:fs/promises";
import * as path from "node:path";
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
  if (!dir) return [];
  const st = await fs.stat(dir).catch((e) => {
    if (e.code === "ENOENT") return void 0;
    throw e;
  });
  if (!st) return [];
  if (!st.isDirectory()) throw engineErrors.envDirInvalid(dir, describeKind(st));
  const names = await fs.readdir(dir);
  const out = [];
  for (const name of names.sort()) {
    if (name.startsWith(".")) continue;
    const p = path.join(dir, name);
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
  return out;
}
function knobsFrom(vars, platformEnv) {
  const get = (name) => vars[name] ?? (platformEnv[name] || void 0);
  return {
    get,
    flag: (name) => get(name) === "true",
    sourceOf: (name) => name in vars ? "config var" : platformEnv[name] ? "build environment" : void 0
  };
}

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
var nodeTable = async () => (await import("./node-table-VEB6T3GE.mjs")).embeddedNodeTable();
var nodejsProvider = {
  id: "nodejs",
  name: "Node.js",
  signalFiles: ["package.json"],
  async detect(fs3) {
    const [pkg, meteor] = await Promise.all([fs3.exists("package.json"), fs3.isDirectory(".meteor")]);
    if (meteor) return { kind: "nodejs", label: "Node.js (Meteor)", meteor: true };
    if (pkg) return { kind: "nodejs", label: "Node.js", meteor: false };
    return void 0;
  },
  async plan(_detection, { fs: fs3, stack, configVars, knobs }) {
    const [{ planNodeBuild, readNodeApp }, table] = await Promise.all([import("./plan-IYVTCQPM.mjs"), nodeTable()]);
    const plan2 = planNodeBuild(await readNodeApp(fs3), { stack, table, configVars, knobs });
    return { plan: plan2, table, engineDirs: NODE_ENGINE_DIRS };
  },
  async describe({ plan: plan2 }, problems) {
    return (await import("./plan-json-RJV6U2SL.mjs")).planToJson(plan2, problems);
  },
  async compile({ plan: plan2, table }, input) {
    const { compileNode } = await import("./compile-X4DN7MGV.mjs");
    return compileNode(plan2, {
      buildDir: input.buildDir,
      cacheDir: input.cacheDir,
      tmpDir: input.tmpDir,
      table,
      configVars: input.configVars,
      platformEnv: input.platformEnv,
      log: input.log
    });
  },
  async legacyProcessTypes(fs3) {
    const pkgText = await fs3.readText("package.json");
    if (pkgText !== void 0) {
      const { parsePackageJson } = await import("./package-json-6UXGMMYY.mjs");
      if (parsePackageJson(pkgText).scripts.start?.trim()) return { web: "npm start" };
    }
    if (await fs3.exists("server.js")) return { web: "node server.js" };
    return void 0;
  }
};

// src/providers/php.ts
var phpProvider = {
  id: "php",
  name: "PHP",
  signalFiles: ["composer.json", "composer.lock", "index.php"],
  async detect(fs3) {
    const [pkg, lock, composer, index] = await Promise.all([
      fs3.exists("package.json"),
      fs3.exists("composer.lock"),
      fs3.exists("composer.json"),
      fs3.exists("index.php")
    ]);
    const alsoNode = pkg;
    if (composer) return { kind: "php", label: "PHP (composer.json)", signal: "composer.json", alsoNode };
    if (lock) return { kind: "php", label: "PHP (classic)", signal: "composer.lock", alsoNode };
    if (index) return { kind: "php", label: "PHP (classic)", signal: "index.php", alsoNode };
    return void 0;
  },
  async plan(_detection, { fs: fs3, stack, configVars, knobs, mode }) {
    const [{ planPhpBuild }, { loadPhpStores, requireStores }, table] = await Promise.all([import("./plan-7O5WHFP3.mjs"), import("./stores-7VXSGLQL.mjs"), nodeTable()]);
    if (mode === "compile") requireStores(knobs);
    const stores = await loadPhpStores(knobs, stack, mode);
    const plan2 = await planPhpBuild(fs3, { stack, configVars, knobs, catalogs: stores.catalogs, nodeTable: table });
    return {
      plan: plan2,
      stores,
      engineDirs: [...plan2.node !== void 0 ? NODE_ENGINE_DIRS : [], ...plan2.composer !== void 0 ? ["vendor"] : []]
    };
  },
  async describe({ plan: plan2, stores }, problems) {
    return (await import("./describe-KX2XTQ73.mjs")).phpPlanToJson(plan2, problems, stores);
  },
  async compile({ plan: plan2, stores }, input) {
    const { compilePhp } = await import("./compile-OFGWTNSD.mjs");
    await compilePhp(plan2, {
      buildDir: input.buildDir,
      cacheDir: input.cacheDir,
      tmpDir: input.tmpDir,
      stores,
      nodeTable: await nodeTable(),
      configVars: input.configVars,
      platformEnv: input.platformEnv,
      log: input.log,
      root: input.root
    });
    return plan2.processTypes;
  },
  async legacyProcessTypes(fs3) {
    const { BOOT_SCRIPT, DEFAULT_WEB_COMMAND } = await import("./plan-7O5WHFP3.mjs");
    return await fs3.exists(BOOT_SCRIPT) ? { web: DEFAULT_WEB_COMMAND } : void 0;
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

// src/detect/detect.ts
async function detectProvider(fs3) {
  for (const provider of PROVIDERS) {
    const detection = await provider.detect(fs3);
    if (detection !== void 0) return { provider, detection };
  }
  return { reason: await explainNoSignal(fs3) };
}
async function detectApp(fs3) {
  const found = await detectProvider(fs3);
  return "reason" in found ? { kind: "none", reason: found.reason } : found.detection;
}
var SIGNAL_FILES = PROVIDERS_BY_NAME.flatMap((p) => p.signalFiles);
var orList = (items) => items.length > 1 ? `${items.slice(0, -1).join(", ")} or ${items.at(-1)}` : items.join("");
async function explainNoSignal(fs3) {
  for (const ignoreFile of [".gitignore", ".slugignore"]) {
    const text = await fs3.readText(ignoreFile);
    if (text === void 0) continue;
    const patterns = text.split(/\r?\n/).map((l) => l.trim().replace(/^\//, ""));
    const ignored = SIGNAL_FILES.filter((f) => patterns.includes(f));
    if (ignored.length > 0) {
      return `${ignored.join(", ")} ${ignored.length > 1 ? "are" : "is"} listed in ${ignoreFile}, so ${ignored.length > 1 ? "they were" : "it was"} not deployed; remove ${ignored.length > 1 ? "them" : "it"} from ${ignoreFile}`;
    }
  }
  const entries = await fs3.readdir(".");
  const shown = entries.slice(0, 12).join(", ") + (entries.length > 12 ? `, \u2026 (${entries.length} entries)` : "");
  const base = `no ${PROVIDERS_BY_NAME.map((p) => `${orList(p.signalFiles)} (${p.name})`).join(" nor ")} at the root of the app; found: ${entries.length ? shown : "nothing (the directory is empty)"}`;
  const apps = await findAppsInSubfolders(fs3);
  if (apps.length === 0) return base;
  const list = apps.slice(0, SUBFOLDER_LIST).map((a) => `${a.dir}/ (${a.file})`).join(", ") + (apps.length > SUBFOLDER_LIST ? `, and ${apps.length - SUBFOLDER_LIST} more` : "");
  return `${base}.
Apps found in subfolders: ${list}. To deploy one of them, set PROJECT_DIR to its folder (e.g. PROJECT_DIR=${apps[0].dir}); see https://doc.scalingo.com/platform/app/monorepo`;
}
var SUBFOLDER_DEPTH = 2;
var SUBFOLDER_BUDGET = 200;
var SUBFOLDER_LIST = 5;
var SKIPPED_DIRS = /* @__PURE__ */ new Set(["node_modules", "vendor", "bower_components"]);
async function findAppsInSubfolders(fs3) {
  const found = [];
  const rootReal = await fs3.realpath(".");
  let budget = SUBFOLDER_BUDGET;
  const walk = async (rel, depth) => {
    for (const name of (await fs3.readdir(rel || ".").catch(() => [])).sort()) {
      if (name.startsWith(".") || SKIPPED_DIRS.has(name) || budget <= 0) continue;
      const child = rel ? `${rel}/${name}` : name;
      if (!await fs3.isDirectory(child)) continue;
      budget--;
      if (rootReal === void 0 || await fs3.realpath(child) !== `${rootReal}/${child}`) continue;
      const file = (await Promise.all(PROVIDERS_BY_NAME.map((p) => p.signalFiles[0]).map(async (f) => await fs3.exists(`${child}/${f}`) ? f : void 0))).filter((f) => f !== void 0).join(" and ");
      if (file) found.push({ dir: child, file });
      else if (depth < SUBFOLDER_DEPTH) await walk(child, depth + 1);
    }
  };
  await walk("", 1);
  return found;
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

// src/engine.ts
async function checkBuildDir(buildDir) {
  if (!buildDir) throw engineErrors.usage("Missing BUILD_DIR argument.");
  const abs = path2.resolve(buildDir);
  const st = await fs2.stat(abs).catch(() => void 0);
  if (!st?.isDirectory()) throw engineErrors.buildDirMissing(abs);
  return abs;
}
async function checkCacheDir(cacheDir) {
  const abs = path2.resolve(cacheDir);
  const code = (e) => String(e?.code ?? e);
  const st = await fs2.stat(abs).catch(() => void 0);
  if (st && !st.isDirectory()) throw engineErrors.cacheDirInvalid(abs, describeKind(st));
  if (!st) {
    await fs2.mkdir(abs, { recursive: true }).catch((e) => {
      if (code(e) === "ENOTDIR" || code(e) === "EEXIST") throw engineErrors.cacheDirInvalid(abs, "below a file, so it cannot be created");
      throw engineErrors.cacheDirReadOnly(abs, code(e));
    });
  }
  const probe = path2.join(abs, `.write-check-${process.pid}`);
  try {
    await fs2.writeFile(probe, "", { flag: "wx" });
  } catch (e) {
    if (code(e) !== "EEXIST") throw engineErrors.cacheDirReadOnly(abs, code(e));
  } finally {
    await fs2.rm(probe, { force: true }).catch(() => void 0);
  }
  return abs;
}
var ENGINE_DIRS2 = Object.values(ENGINE_DIRS);
async function detect(buildDir) {
  return detectApp(realAppFs(await checkBuildDir(buildDir)));
}
async function prepare(buildDir, envDir, platformEnv, mode) {
  const appFs = realAppFs(await checkBuildDir(buildDir));
  const { vars: configVars, problems } = parseConfigVars(await readEnvDir(envDir));
  const knobs = knobsFrom(configVars, platformEnv);
  problems.push(...platformKnobProblems(platformEnv, configVars));
  const { stack, problems: stackProblems } = determineStack(platformEnv.STACK);
  const found = await detectProvider(appFs);
  if ("reason" in found) throw engineErrors.noAppDetected(found.reason, LANGUAGES);
  const { provider, detection } = found;
  const planned = await provider.plan(detection, { fs: appFs, configVars, knobs, stack: stack.value, mode });
  return { fs: appFs, configVars, knobs, problems: [...problems, ...stackProblems], provider, detection, planned };
}
async function plan(buildDir, envDir, platformEnv) {
  const p = await prepare(buildDir, envDir, platformEnv, "plan");
  return p.provider.describe(p.planned, p.problems);
}
async function compile(buildDir, cacheDir, envDir, platformEnv, log, runsAsRoot = false) {
  if (!cacheDir) throw engineErrors.usage("Missing CACHE_DIR argument: bin/compile BUILD_DIR CACHE_DIR [ENV_DIR]");
  await checkBuildDir(buildDir);
  await checkCacheDir(cacheDir);
  const p = await prepare(buildDir, envDir, platformEnv, "compile");
  log.header(`${p.detection.label} app detected`);
  for (const w of p.problems) log.warn(w);
  await replaceLinkedDirs(p.fs.root, [...ENGINE_DIRS2, ...p.planned.engineDirs], (w) => log.warn(w));
  const tmpDir = await fs2.mkdtemp(path2.join(os.tmpdir(), "engine-"));
  try {
    const processTypes = await p.provider.compile(p.planned, {
      buildDir: p.fs.root,
      cacheDir: path2.resolve(cacheDir),
      tmpDir,
      configVars: p.configVars,
      knobs: p.knobs,
      platformEnv,
      log,
      root: runsAsRoot
    });
    const dir = await ensureEngineDir(p.fs.root, RELEASE_FILE.dir, (w) => log.warn(w));
    await writeEngineFile(dir, RELEASE_FILE.name, renderReleaseFile(processTypes));
  } finally {
    await fs2.rm(tmpDir, { recursive: true, force: true });
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
async function main(argv, env) {
  const [command, ...args] = argv;
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
export {
  main
};
