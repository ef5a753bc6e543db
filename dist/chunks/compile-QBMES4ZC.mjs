import { createRequire as __engineRequire } from 'node:module'; const require = __engineRequire(import.meta.url);
import {
  ArtifactCache,
  CACHE_LAYOUT_VERSION,
  TreeCache,
  compareSignatures,
  compileNode,
  extractTarSafely,
  parseSignature,
  passthroughEnv,
  readIfExists,
  runCommand,
  runTool,
  writeAtomic
} from "./chunk-ZGPP7ZEZ.mjs";
import {
  logConfigVars
} from "./chunk-LO5RFUSU.mjs";
import {
  BOOT_SCRIPT_PATH,
  COMPOSER_WRAPPER_PATH,
  PHP_LAYOUT,
  PHP_PROFILE_PATH,
  composerAuthEnv,
  fillPlaceholders,
  renderBootScript,
  renderComposerWrapper,
  renderPhpProfile
} from "./chunk-BH2BFEAT.mjs";
import "./chunk-CHIRPTCY.mjs";
import "./chunk-GAUQUVSX.mjs";
import "./chunk-6YZVOGTJ.mjs";
import "./chunk-EA5LCMAE.mjs";
import "./chunk-WK5DMZ3N.mjs";
import {
  COMPONENT_LABEL,
  phpErrors
} from "./chunk-SZC4IYGV.mjs";
import {
  formatIniSize
} from "./chunk-7OBNEDN4.mjs";
import {
  BuildError
} from "./chunk-FFA57LN5.mjs";
import "./chunk-RFJHALY7.mjs";

// src/php/compile.ts
import * as fs2 from "node:fs/promises";
import * as path2 from "node:path";

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

// src/php/compile.ts
var TARGET = { php: PHP_LAYOUT.php, nginx: PHP_LAYOUT.nginx, composer: PHP_LAYOUT.composer };
async function compilePhp(plan, ctx) {
  const { log, buildDir } = ctx;
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
  const artifacts = new ArtifactCache(path2.join(ctx.cacheDir, "artifacts"));
  const components = ["php", "nginx", ...plan.versions.composer ? ["composer"] : []];
  for (const c of components) {
    const version = plan.versions[c];
    await log.step(`Installing ${COMPONENT_LABEL[c]} ${version}`, async () => {
      const a = ctx.stores.artifact(c, version);
      const target = path2.join(buildDir, TARGET[c]);
      await fs2.rm(target, { recursive: true, force: true });
      const trees = new TreeCache(path2.join(ctx.cacheDir, "php-runtimes", c));
      const key = `${c}-${version}-${a.sha256.slice(0, 16)}`;
      await trees.sweep();
      const kept = await trees.restore(key, path2.dirname(target));
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
      await trees.save(key, path2.dirname(target), [path2.basename(target)], { url: a.url });
      await trees.retainOnly(key);
    });
  }
  const configDir = path2.join(buildDir, PHP_LAYOUT.config);
  const buildIni = await log.step("Writing PHP, PHP-FPM and nginx configuration", async () => {
    await writeConfigs(plan.configFiles, buildDir, configDir);
    if (plan.versions.composer) {
      await fs2.mkdir(path2.dirname(path2.join(buildDir, COMPOSER_WRAPPER_PATH)), { recursive: true });
      await fs2.writeFile(path2.join(buildDir, COMPOSER_WRAPPER_PATH), renderComposerWrapper(), { mode: 493 });
    }
    for (const e of plan.extensions.filter((x) => x.source !== "enabled by default")) {
      log.info(`ext-${e.name}: ${e.how === "builtin" ? "embedded in runtime" : "shared extension, enabled"} (required by ${e.source})`);
    }
    const byDefault = plan.extensions.filter((x) => x.source === "enabled by default").map((x) => x.name);
    if (byDefault.length) log.info(`Shared extensions enabled by default: ${byDefault.join(", ")}`);
    const filled = await writeFilledConfigs(plan.configFiles, { appDir: buildDir, runDir: path2.join(ctx.tmpDir, "run"), root: ctx.root });
    await validateGeneratedConfigs(filled, { appDir: buildDir, root: ctx.root, log });
    return filled.phpIni;
  });
  const env = buildEnv(plan, ctx, buildIni);
  if (plan.composer) {
    await log.step("Restoring the Composer cache", async () => {
      const signature = { layout: CACHE_LAYOUT_VERSION, stack: plan.stack, tools: { php: plan.versions.php, composer: plan.versions.composer } };
      const file = path2.join(ctx.cacheDir, "composer/signature.json");
      const decision = compareSignatures(parseSignature(await readIfExists(file)), signature);
      if (decision.action === "invalidate") {
        log.info(`Composer cache: not reused (${decision.reason})`);
        await fs2.rm(path2.join(ctx.cacheDir, "composer"), { recursive: true, force: true });
      } else {
        log.info("Composer cache: reused from the previous build");
      }
      await writeAtomic(file, JSON.stringify(signature) + "\n");
    });
    await log.step("Installing dependencies with Composer", async () => {
      log.info(`${plan.composer.why}; ${plan.composer.lockedPackages} locked package${plan.composer.lockedPackages === 1 ? "" : "s"}`);
      const [, ...args] = plan.composer.command;
      const argv = [path2.join(buildDir, PHP_LAYOUT.php, "bin/php"), path2.join(buildDir, PHP_LAYOUT.composer, "bin/composer"), ...args];
      const r = await runCommand(argv, { cwd: buildDir, env, log, shown: plan.composer.command.join(" ") });
      if (!r.ok) throw phpErrors.composerInstallFailed(plan.composer.command.join(" "), typeof r.exitCode === "number" ? r.exitCode : void 0, r.tail);
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
  await log.step("Writing the boot script and runtime environment", async () => {
    await fs2.writeFile(path2.join(buildDir, BOOT_SCRIPT_PATH), renderBootScript({
      memoryLimit: plan.memoryLimit.value,
      memoryLimitSource: plan.memoryLimit.source,
      logFiles: plan.settings.logFiles
    }), { mode: 493 });
    await fs2.mkdir(path2.dirname(path2.join(buildDir, PHP_PROFILE_PATH)), { recursive: true });
    await fs2.writeFile(path2.join(buildDir, PHP_PROFILE_PATH), renderPhpProfile());
    const frameworkEnv = renderFrameworkEnvProfile(plan.framework.env);
    if (frameworkEnv) {
      await fs2.writeFile(path2.join(buildDir, FRAMEWORK_PROFILE_PATH), frameworkEnv);
      log.info(`${FRAMEWORK_PROFILE_PATH}: ${Object.entries(plan.framework.env).map(([k, v]) => `${k}=${v}`).join(", ")} unless set (${plan.framework.id})`);
    }
    log.info(`${BOOT_SCRIPT_PATH}: starts PHP-FPM then nginx on $PORT; WEB_CONCURRENCY from the container memory at boot`);
    log.info(`${PHP_PROFILE_PATH}: PATH (php, composer, vendor/bin), PHPRC`);
    log.info(`Process type web: ${plan.processTypes.web} (${plan.processSource})`);
  });
}
var FRAMEWORK_PROFILE_PATH = ".profile.d/php-framework.sh";
function renderFrameworkEnvProfile(env) {
  const entries = Object.entries(env).filter(([k]) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(k));
  if (!entries.length) return void 0;
  const quote = (v) => `'${v.split("'").join(`'"'"'`)}'`;
  const lines = entries.map(([k, v]) => `if [ -z "\${${k}+x}" ]; then export ${k}=${quote(v)}; fi`);
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
  await fs2.rm(configDir, { recursive: true, force: true });
  const confD = path2.join(configDir, "conf.d");
  await fs2.mkdir(confD, { recursive: true });
  await fs2.writeFile(path2.join(configDir, "php.ini"), files.phpIni);
  await fs2.writeFile(path2.join(configDir, "php-fpm.conf"), files.fpmConf);
  await fs2.writeFile(path2.join(configDir, "nginx.conf"), files.nginxConf);
  for (const { file, text } of files.extensionInis) await fs2.writeFile(path2.join(confD, file), text);
  for (const { file, target } of files.includeLinks) {
    await fs2.symlink(path2.relative(confD, path2.join(buildDir, target)), path2.join(confD, file));
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
    path2.join(buildDir, PHP_LAYOUT.php, "bin"),
    path2.dirname(path2.join(buildDir, COMPOSER_WRAPPER_PATH)),
    path2.join(buildDir, "vendor/bin"),
    ...plan.node ? [path2.join(buildDir, ".scalingo/node/bin"), path2.join(buildDir, "node_modules/.bin")] : []
  ];
  env.PATH = [...bins, platformEnv.PATH ?? "/usr/local/bin:/usr/bin:/bin"].join(":");
  env.PHPRC = phpIni;
  env.PHP_INI_SCAN_DIR = path2.join(buildDir, PHP_LAYOUT.config, "conf.d");
  env.COMPOSER_HOME = path2.join(cacheDir, "composer/home");
  env.COMPOSER_CACHE_DIR = path2.join(cacheDir, "composer/cache");
  env.COMPOSER_NO_INTERACTION = "1";
  env.COMPOSER_ALLOW_SUPERUSER = "1";
  return env;
}
export {
  compilePhp,
  renderFrameworkEnvProfile
};
