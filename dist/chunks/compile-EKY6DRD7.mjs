import { createRequire as __engineRequire } from 'node:module'; const require = __engineRequire(import.meta.url);
import {
  ArtifactCache,
  CACHE_LAYOUT_VERSION,
  TreeCache,
  compareSignatures,
  compileNode,
  decideInstallReuse,
  extractTarSafely,
  hashText,
  parseSignature,
  passthroughEnv,
  readIfExists,
  runCommand,
  runTool,
  writeAtomic
} from "./chunk-MY26GZ76.mjs";
import "./chunk-NDZUHS5A.mjs";
import {
  ensureEngineDir,
  logConfigVars,
  readAppText,
  realAppFs,
  writeEngineFile
} from "./chunk-TO7G5VUR.mjs";
import "./chunk-7KZF2D6S.mjs";
import {
  BOOT_SCRIPT_PATH,
  CACHE,
  COMPOSER_CACHE,
  COMPOSER_WRAPPER_PATH,
  PHP_LAYOUT,
  PHP_PROFILE_PATH,
  SLUG,
  checkAppPath,
  composerAuthEnv,
  fillPlaceholders,
  renderBootScript,
  renderComposerWrapper,
  renderPhpProfile,
  unsafeAppPathChar
} from "./chunk-XPUAY4AD.mjs";
import {
  COMPONENT_LABEL,
  phpErrors
} from "./chunk-XAHB7BAC.mjs";
import {
  formatIniSize
} from "./chunk-7OBNEDN4.mjs";
import "./chunk-7LUFIIQ6.mjs";
import {
  shQuote
} from "./chunk-HPQPBNQY.mjs";
import "./chunk-C36AKLRD.mjs";
import "./chunk-5YPJPHNG.mjs";
import "./chunk-IYXE63OT.mjs";
import "./chunk-JQD5ENTX.mjs";
import "./chunk-GH2UAKAG.mjs";
import {
  BuildError
} from "./chunk-FFA57LN5.mjs";
import "./chunk-RFJHALY7.mjs";

// src/php/compile.ts
import * as fs3 from "node:fs/promises";
import * as path3 from "node:path";

// src/php/validate-configs.ts
import * as fs from "node:fs/promises";
import * as path from "node:path";
async function writeFilledConfigs(files, opts) {
  await fs.mkdir(opts.runDir, { recursive: true });
  const values = { appDir: opts.appDir, runDir: opts.runDir, port: "8080", webConcurrency: "2", phpFpmMaxRequests: "0", pmMaxSpareServers: "2" };
  const out = {
    phpIni: path.join(opts.runDir, "php.ini"),
    fpmConf: path.join(opts.runDir, "php-fpm.conf"),
    nginxConf: path.join(opts.runDir, "nginx.conf"),
    confD: path.join(opts.appDir, PHP_LAYOUT.config, "conf.d")
  };
  await fs.writeFile(out.phpIni, fillPlaceholders(files.phpIni, values, { root: opts.root }));
  await fs.writeFile(out.fpmConf, fillPlaceholders(files.fpmConf, values, { root: opts.root }));
  await fs.writeFile(out.nginxConf, fillPlaceholders(files.nginxConf, values, { root: opts.root }));
  return out;
}
var configErrors = {
  rejected: (what, file, output) => new BuildError(
    "php/config-rejected",
    `${what} rejects the generated configuration`,
    `${what === "php" ? "Starting php" : `\`${what} -t\``} on ${file} (with your extra.paas settings and includes) failed:
${output.trim().split("\n").slice(-10).map((l) => `  ${l}`).join("\n")}
The app would not boot with it. Fix the include or the setting named above (extra.paas nginx-includes, nginx-http-includes, access-log-format or ACCESS_LOG_FORMAT, php-config, php-includes, php-fpm-config, php-fpm-includes), commit, and deploy again.`
  )
};
function viaPipe(argv) {
  return ["sh", "-c", 'out=$("$@" 2>&1); rc=$?; printf "%s\\n" "$out"; exit $rc', "validate", ...argv];
}
async function validateGeneratedConfigs(filled, opts) {
  const { appDir, log } = opts;
  const scanDir = { env: { PHP_INI_SCAN_DIR: filled.confD } };
  const nginx = path.join(appDir, PHP_LAYOUT.nginx, "sbin/nginx");
  const fpm = path.join(appDir, PHP_LAYOUT.php, "sbin/php-fpm");
  const php = path.join(appDir, PHP_LAYOUT.php, "bin/php");
  const [n, f, p] = await Promise.all([
    runTool(viaPipe([nginx, "-t", "-q", "-p", `${path.dirname(filled.nginxConf)}/`, "-e", "stderr", "-c", filled.nginxConf])),
    runTool(viaPipe([fpm, "-t", ...opts.root ? ["-R"] : [], "-y", filled.fpmConf, "-c", filled.phpIni]), scanDir),
    // PHP has no -t: a php.ini or php-include it cannot parse only prints a warning (and
    // the rest of that file is ignored), so any startup output is the failure.
    runTool(viaPipe([php, "-c", filled.phpIni, "-r", "exit(0);"]), scanDir)
  ]);
  if (!n?.ok) throw configErrors.rejected("nginx", `${PHP_LAYOUT.config}/nginx.conf`, n?.output ?? "nginx could not be started");
  if (!f?.ok) throw configErrors.rejected("php-fpm", `${PHP_LAYOUT.config}/php-fpm.conf`, f?.output ?? "php-fpm could not be started");
  if (!p?.ok || p.output.trim() !== "") {
    throw configErrors.rejected("php", `${PHP_LAYOUT.config}/php.ini`, p?.output ?? "php could not be started");
  }
  log.info("nginx -t, php-fpm -t and php accept the generated configuration");
}

// src/php/vendor-cache.ts
import { createHash } from "node:crypto";
import * as fs2 from "node:fs/promises";
import * as path2 from "node:path";

// src/php/vendor-reuse.ts
var REUSE_KNOB = "PHP_REUSE_VENDOR";
var INSTALL_EVENTS = ["pre-install-cmd", "post-install-cmd"];
var DUMP_EVENTS = ["pre-autoload-dump", "post-autoload-dump"];
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
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
  if (!isObject(json)) return { reuse: false, why: "composer.json is not an object" };
  const config = isObject(json.config) ? json.config : {};
  const extra = isObject(json.extra) ? json.extra : {};
  if (extra["installer-paths"] !== void 0 || lockedNames.includes("composer/installers")) {
    return { reuse: false, why: "packages are installed outside vendor/ (composer/installers)" };
  }
  const rawVendor = typeof config["vendor-dir"] === "string" ? config["vendor-dir"] : "vendor";
  const vendorDir = insideApp(rawVendor);
  if (!vendorDir || vendorDir === ".") return { reuse: false, why: `config.vendor-dir ${JSON.stringify(rawVendor)} is not a directory inside the app` };
  const pathRepositories = [];
  const repos = Array.isArray(json.repositories) ? json.repositories : isObject(json.repositories) ? Object.values(json.repositories) : [];
  for (const r of repos) {
    if (!isObject(r) || r.type !== "path") continue;
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
    if (!isObject(section)) continue;
    for (const kind of ["psr-4", "psr-0", "classmap", "files"]) {
      const v = section[kind];
      const values = isObject(v) ? Object.values(v) : Array.isArray(v) ? v : [];
      for (const entry of values.flat()) {
        if (typeof entry !== "string") continue;
        const p = insideApp(entry === "" ? "." : entry);
        autoloadPaths.add(p ?? ".");
      }
    }
  }
  const scripts = isObject(json.scripts) ? json.scripts : {};
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
function runScriptCommand(event, installCommand) {
  return ["composer", "run-script", event, "--no-interaction", ...installCommand.includes("--no-dev") ? ["--no-dev"] : []];
}

// src/php/vendor-cache.ts
var ENTRY = "vendor";
async function installVendor(ctx) {
  const { log, buildDir } = ctx;
  const cache = new TreeCache(path2.join(ctx.cacheDir, CACHE.phpVendor));
  const install = async (layout2, fingerprint2) => {
    await ctx.composer(ctx.installCommand);
    if (!layout2 || !fingerprint2) return cache.drop(ENTRY);
    const autoloadDigest = await sourcesDigest(buildDir, layout2.autoloadPaths, layout2.vendorDir);
    await cache.save(ENTRY, buildDir, [layout2.vendorDir], { fingerprint: fingerprint2, autoloadDigest: autoloadDigest ?? null });
  };
  if (ctx.knobs.get(REUSE_KNOB) === "false") {
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
  const fingerprint = vendorFingerprint({
    stack: ctx.stack,
    php: ctx.versions.php,
    phpArtifact: ctx.phpArtifact,
    composer: ctx.versions.composer,
    command: ctx.installCommand,
    extensions: ctx.extensions,
    files: {
      "composer.json": hashText(jsonText),
      "composer.lock": hashText(await read("composer.lock")),
      "auth.json": hashText(await read("auth.json"))
    },
    pathRepositories,
    vars: ctx.configVars
  });
  const meta = await cache.readMeta(ENTRY);
  const reuse = decideInstallReuse(meta?.fingerprint, fingerprint);
  if (!reuse.reuse) {
    log.info(`Installing: ${reuse.reason}`);
    return install(layout, fingerprint);
  }
  if (await fs2.lstat(path2.join(buildDir, layout.vendorDir)).catch(() => void 0)) {
    log.info(`Installing: the app already has ${layout.vendorDir}/`);
    return install(layout, fingerprint);
  }
  const r = await cache.restore(ENTRY, buildDir);
  if (r.status !== "restored") {
    log.info(`Installing: the saved ${layout.vendorDir}/ ${r.status === "damaged" ? r.why : "is gone"}`);
    return install(layout, fingerprint);
  }
  log.info(
    `Skipping ${ctx.installCommand.join(" ")}: nothing that affects installation changed since the previous build (composer.json, composer.lock, auth.json, path repositories, PHP and Composer versions, extensions, stack, COMPOSER_* config vars).`
  );
  log.info(`Restored ${layout.vendorDir}/ from the build cache (${r.linked ? "hard-linked" : "copied"}, manifest checked). Set ${REUSE_KNOB}=false to always install.`);
  const previousDigest = typeof r.meta.autoloadDigest === "string" ? r.meta.autoloadDigest : void 0;
  const next = afterRestore(layout, await sourcesDigest(buildDir, layout.autoloadPaths, layout.vendorDir) ?? "unknown", previousDigest);
  for (const event of next.before) await runScript(ctx, event);
  if (next.dump.run) {
    log.info(`Autoloader: dumped again, ${next.dump.why}`);
    await unshareFiles(path2.join(buildDir, layout.vendorDir, "composer"));
    await unshareFiles(path2.join(buildDir, layout.vendorDir));
    await ctx.composer(dumpCommand(ctx.installCommand));
  } else {
    log.info(`Autoloader: kept as restored, ${next.dump.why}`);
  }
  for (const event of next.after) await runScript(ctx, event);
}
async function runScript(ctx, event) {
  ctx.log.info(`Running the ${event} scripts of composer.json, as composer install would`);
  await ctx.composer(runScriptCommand(event, ctx.installCommand));
}
async function sourcesDigest(root, paths, vendorDir) {
  const skipped = /* @__PURE__ */ new Set([vendorDir, "node_modules", ".git"]);
  if (paths.includes(".")) return void 0;
  const h = createHash("sha256");
  const visit = async (rel) => {
    const abs = path2.join(root, rel);
    const st = await fs2.lstat(abs).catch(() => void 0);
    if (!st) h.update(`m ${rel}
`);
    else if (st.isSymbolicLink()) h.update(`l ${rel} ${await fs2.readlink(abs)}
`);
    else if (st.isDirectory()) {
      h.update(`d ${rel}
`);
      for (const name of (await fs2.readdir(abs)).sort()) {
        const child = `${rel}/${name}`;
        if (!skipped.has(child)) await visit(child);
      }
    } else if (st.isFile()) {
      h.update(`f ${rel} ${st.mode & 73 ? "x" : "-"} ${createHash("sha256").update(await fs2.readFile(abs)).digest("hex")}
`);
    } else h.update(`o ${rel}
`);
  };
  for (const rel of paths) await visit(rel);
  return h.digest("hex");
}
async function unshareFiles(dir) {
  const entries = await fs2.readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const e of entries) {
    if (!e.isFile()) continue;
    const p = path2.join(dir, e.name);
    const st = await fs2.lstat(p);
    if (st.nlink < 2) continue;
    const tmp = `${p}.unshare-${process.pid}`;
    await fs2.copyFile(p, tmp);
    await fs2.chmod(tmp, st.mode);
    await fs2.rename(tmp, p);
  }
}

// src/php/compile.ts
var TARGET = { php: PHP_LAYOUT.php, nginx: PHP_LAYOUT.nginx, composer: PHP_LAYOUT.composer };
async function compilePhp(plan, ctx) {
  const { log, buildDir } = ctx;
  const warn = (w) => log.warn(w);
  const writeAppFile = async (rel, text, mode) => writeEngineFile(await ensureEngineDir(buildDir, path3.posix.dirname(rel), warn), path3.posix.basename(rel), text, mode);
  for (const [what, dir] of [["The build directory", buildDir], ["The temporary directory (TMPDIR)", ctx.tmpDir]]) {
    const bad = unsafeAppPathChar(dir);
    if (bad !== void 0) throw phpErrors.appPathUnsupported(what, dir, bad);
  }
  for (const w of plan.warnings) log.warn(w);
  logConfigVars(log, ctx.configVars);
  describePlan(plan, ctx);
  if (plan.node) {
    log.header("Building front-end assets with Node.js (package.json found)");
    await compileNode(plan.node, {
      buildDir,
      cacheDir: ctx.cacheDir,
      tmpDir: ctx.tmpDir,
      table: ctx.nodeTable,
      configVars: ctx.configVars,
      knobs: ctx.knobs,
      platformEnv: ctx.platformEnv,
      log,
      partOfPhpBuild: true
    });
  } else if (plan.nodeSkipped) {
    log.info(`package.json found, Node.js build skipped: ${plan.nodeSkipped}`);
  }
  const artifacts = new ArtifactCache(path3.join(ctx.cacheDir, CACHE.artifacts));
  const components = ["php", "nginx", ...plan.versions.composer ? ["composer"] : []];
  for (const c of components) {
    const version = plan.versions[c];
    await log.step(`Installing ${COMPONENT_LABEL[c]} ${version}`, async () => {
      const a = ctx.stores.artifact(c, version);
      const target = path3.join(buildDir, TARGET[c]);
      await ensureEngineDir(buildDir, path3.posix.dirname(TARGET[c]), warn);
      await fs3.rm(target, { recursive: true, force: true });
      const trees = new TreeCache(path3.join(ctx.cacheDir, CACHE.phpRuntimes, c));
      const key = `${c}-${version}-${a.sha256.slice(0, 16)}`;
      await trees.sweep();
      const kept = await trees.restore(key, path3.dirname(target));
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
      await trees.save(key, path3.dirname(target), [path3.basename(target)], { url: a.url });
      await trees.retainOnly(key);
    });
  }
  const configDir = path3.join(await ensureEngineDir(buildDir, path3.posix.dirname(PHP_LAYOUT.config), warn), path3.posix.basename(PHP_LAYOUT.config));
  const filledConfigs = await log.step("Writing PHP, PHP-FPM and nginx configuration", async () => {
    await writeConfigs(plan.configFiles, buildDir, configDir);
    if (plan.versions.composer) {
      await writeAppFile(COMPOSER_WRAPPER_PATH, renderComposerWrapper(), 493);
    }
    for (const e of plan.extensions.filter((x) => x.source !== "enabled by default")) {
      log.info(`ext-${e.name}: ${e.how === "builtin" ? "embedded in runtime" : "shared extension, enabled"} (required by ${e.source})`);
    }
    const byDefault = plan.extensions.filter((x) => x.source === "enabled by default").map((x) => x.name);
    if (byDefault.length) log.info(`Shared extensions enabled by default: ${byDefault.join(", ")}`);
    const filled = await writeFilledConfigs(plan.configFiles, { appDir: buildDir, runDir: path3.join(ctx.tmpDir, "run"), root: ctx.root });
    if (plan.deferredPathChecks.length === 0) await validateGeneratedConfigs(filled, { appDir: buildDir, root: ctx.root, log });
    else log.info(`Validating the configs after the build: ${plan.deferredPathChecks.map((c) => `${c.rel || "."} (${c.keyPath})`).join(", ")} does not exist yet, the build may create it`);
    return filled;
  });
  const buildIni = filledConfigs.phpIni;
  const env = buildEnv(plan, ctx, buildIni);
  if (plan.composer) {
    await log.step("Restoring the Composer cache", async () => {
      const signature = { layout: CACHE_LAYOUT_VERSION, stack: plan.stack, tools: { php: plan.versions.php, composer: plan.versions.composer } };
      const file = path3.join(ctx.cacheDir, COMPOSER_CACHE.signature);
      const decision = compareSignatures(parseSignature(await readIfExists(file)), signature);
      if (decision.action === "invalidate") {
        log.info(`Composer cache: not reused (${decision.reason})`);
        await fs3.rm(path3.join(ctx.cacheDir, CACHE.composer), { recursive: true, force: true });
      } else {
        log.info("Composer cache: reused from the previous build");
      }
      await writeAtomic(file, JSON.stringify(signature) + "\n");
    });
    await log.step("Installing dependencies with Composer", async () => {
      log.info(`${plan.composer.why}; ${plan.composer.lockedPackages} locked package${plan.composer.lockedPackages === 1 ? "" : "s"}`);
      await installVendor({
        buildDir,
        cacheDir: ctx.cacheDir,
        knobs: ctx.knobs,
        configVars: ctx.configVars,
        log,
        stack: plan.stack,
        versions: { php: plan.versions.php, composer: plan.versions.composer },
        phpArtifact: ctx.stores.artifact("php", plan.versions.php).sha256,
        extensions: plan.extensions.map((e) => e.name),
        installCommand: plan.composer.command,
        lockedNames: plan.composer.lockedNames,
        composer: async (command) => {
          const [, ...args] = command;
          const argv = [path3.join(buildDir, PHP_LAYOUT.php, "bin/php"), path3.join(buildDir, PHP_LAYOUT.composer, "bin/composer"), ...args];
          const r = await runCommand(argv, { cwd: buildDir, env, log, shown: command.join(" ") });
          if (!r.ok) throw phpErrors.composerInstallFailed(command.join(" "), typeof r.exitCode === "number" ? r.exitCode : void 0, r.tail);
        }
      });
    });
  }
  for (const fc of plan.frameworkCommands) {
    await log.step(fc.step, async () => {
      const r = await runCommand(fc.command, { cwd: buildDir, env, log });
      if (!r.ok) throw phpErrors.compileCommandFailed(fc.command.join(" "), fc.where, typeof r.exitCode === "number" ? r.exitCode : void 0, r.tail);
    });
  }
  for (const [i, command] of plan.compileCommands.entries()) {
    await log.step(`Running compile command ${i + 1}/${plan.compileCommands.length}`, async () => {
      const r = await runCommand(["sh", "-c", command], { cwd: buildDir, env, log, shown: command });
      if (!r.ok) throw phpErrors.compileCommandFailed(command, `extra.paas.compile[${i}]`, typeof r.exitCode === "number" ? r.exitCode : void 0, r.tail);
    });
  }
  if (plan.deferredPathChecks.length > 0) {
    await log.step("Checking the paths the build created, and the configs", async () => {
      const appFs = realAppFs(buildDir);
      for (const check of plan.deferredPathChecks) {
        await checkAppPath(appFs, check, "after-build");
        log.info(`${check.rel || "."} (${check.keyPath}): created by the build`);
      }
      await validateGeneratedConfigs(filledConfigs, { appDir: buildDir, root: ctx.root, log });
    });
  }
  await log.step("Writing the boot script and runtime environment", async () => {
    await writeAppFile(BOOT_SCRIPT_PATH, renderBootScript({
      memoryLimit: plan.memoryLimit.value,
      memoryLimitSource: plan.memoryLimit.source,
      logFiles: plan.settings.logFiles
    }), 493);
    await writeAppFile(PHP_PROFILE_PATH, renderPhpProfile());
    const frameworkEnv = renderFrameworkEnvProfile(plan.framework.env);
    if (frameworkEnv) {
      await writeAppFile(FRAMEWORK_PROFILE_PATH, frameworkEnv);
      log.info(`${FRAMEWORK_PROFILE_PATH}: ${Object.entries(plan.framework.env).map(([k, v]) => `${k}=${v}`).join(", ")} unless set (${plan.framework.id})`);
    }
    log.info(`${BOOT_SCRIPT_PATH}: starts PHP-FPM then nginx on $PORT; WEB_CONCURRENCY from the container memory at boot`);
    log.info(`${PHP_PROFILE_PATH}: PATH (php, composer, vendor/bin), PHPRC`);
    log.info(`Process type web: ${plan.processTypes.web} (${plan.processSource})`);
  });
}
var FRAMEWORK_PROFILE_PATH = SLUG.phpFrameworkProfile;
function renderFrameworkEnvProfile(env) {
  const entries = Object.entries(env).filter(([k]) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(k));
  if (!entries.length) return void 0;
  const lines = entries.map(([k, v]) => `if [ -z "\${${k}+x}" ]; then export ${k}=${shQuote(v)}; fi`);
  return `# Written by the build: framework defaults; a config var of the same name wins.
${lines.join("\n")}
`;
}
function describePlan(plan, ctx) {
  const { log } = ctx;
  log.header("Versions");
  for (const c of ["php", "nginx", "composer"]) {
    const r = plan.resolved[c];
    if (r) log.info(`${COMPONENT_LABEL[c]} ${r.version}: ${r.why}; from ${ctx.stores.sources[c]}`);
  }
  log.info(`Framework: ${plan.framework.id} (${plan.framework.source})`);
  log.info(`Document root: ${plan.documentRoot.value === "" ? "the app root" : plan.documentRoot.value} (${plan.documentRoot.source})`);
  const ml = plan.memoryLimit.value;
  log.info(`memory_limit: ${formatIniSize(ml)} (${plan.memoryLimit.source}): PHP-FPM workers are sized from it at boot`);
}
async function writeConfigs(files, buildDir, configDir) {
  await fs3.rm(configDir, { recursive: true, force: true });
  const confD = path3.join(configDir, "conf.d");
  await fs3.mkdir(confD, { recursive: true });
  await fs3.writeFile(path3.join(configDir, "php.ini"), files.phpIni);
  await fs3.writeFile(path3.join(configDir, "php-fpm.conf"), files.fpmConf);
  await fs3.writeFile(path3.join(configDir, "nginx.conf"), files.nginxConf);
  for (const { file, text } of files.extensionInis) await fs3.writeFile(path3.join(confD, file), text);
  for (const { file, target } of files.includeLinks) {
    await fs3.symlink(path3.relative(confD, path3.join(buildDir, target)), path3.join(confD, file));
  }
}
function buildEnv(plan, ctx, phpIni) {
  const { buildDir, cacheDir, platformEnv } = ctx;
  const env = passthroughEnv(platformEnv);
  Object.assign(env, plan.framework.env);
  Object.assign(env, ctx.configVars);
  Object.assign(env, composerAuthEnv(ctx.configVars));
  delete env.COMPOSER_GITHUB_TOKEN;
  const bins = [
    path3.join(buildDir, PHP_LAYOUT.php, "bin"),
    path3.dirname(path3.join(buildDir, COMPOSER_WRAPPER_PATH)),
    path3.join(buildDir, "vendor/bin"),
    ...plan.node ? [path3.join(buildDir, SLUG.nodeHome, "bin"), path3.join(buildDir, "node_modules/.bin")] : []
  ];
  env.PATH = [...bins, platformEnv.PATH ?? "/usr/local/bin:/usr/bin:/bin"].join(":");
  env.PHPRC = phpIni;
  env.PHP_INI_SCAN_DIR = path3.join(buildDir, PHP_LAYOUT.config, "conf.d");
  env.COMPOSER_HOME = path3.join(cacheDir, COMPOSER_CACHE.home);
  env.COMPOSER_CACHE_DIR = path3.join(cacheDir, COMPOSER_CACHE.cache);
  env.COMPOSER_NO_INTERACTION = "1";
  env.COMPOSER_ALLOW_SUPERUSER = "1";
  return env;
}
export {
  compilePhp,
  renderFrameworkEnvProfile
};
