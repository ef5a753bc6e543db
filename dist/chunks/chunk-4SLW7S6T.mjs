import { createRequire as __engineRequire } from 'node:module'; const require = __engineRequire(import.meta.url);
import {
  parseProcfile
} from "./chunk-5YPJPHNG.mjs";
import {
  bundledNpmMajorOf,
  bundledNpmOf,
  describeLines
} from "./chunk-IYXE63OT.mjs";
import {
  MANAGERS,
  MANAGER_VERSIONS,
  appFileReadOptions,
  detectManagerRow,
  installFingerprintFiles,
  lockfilesToRead,
  managerSpec,
  nativePackageName,
  nodeErrors,
  parsePackageJson,
  releaseRules,
  releaseTraits,
  require_semver,
  runScriptCommand
} from "./chunk-ZPVRLKJB.mjs";
import {
  ENGINE_DIRS
} from "./chunk-Z2B7EFDH.mjs";
import {
  BuildError
} from "./chunk-FFA57LN5.mjs";
import {
  configVarSource,
  defaultSource,
  describeSource,
  fileSource
} from "./chunk-RJCFJAXG.mjs";
import {
  __toESM
} from "./chunk-RFJHALY7.mjs";

// src/nodejs/plan.ts
var import_semver4 = __toESM(require_semver(), 1);
import * as path2 from "node:path";

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

// src/nodejs/start-hints.ts
var BIN_PACKAGES = {
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
var WRAPPERS = /* @__PURE__ */ new Set(["npx", "exec", "env", "cross-env", "dotenv", "time", "nohup"]);
function commandWords(line) {
  const out = [];
  for (const segment of line.split(/&&|\|\||[;|&]/)) {
    const words = segment.trim().split(/\s+/).filter((w) => w !== "");
    for (const word of words) {
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

// src/nodejs/frameworks.ts
import * as path from "node:path";

// data/frameworks-node.json
var frameworks_node_default = JSON.parse(`{"$comment":"Node.js build tools whose build cache the engine keeps between builds (src/nodejs/frameworks.ts). A framework is detected when one of its packages is in dependencies or devDependencies of the app's package.json (or a workspace member's); each dir is relative to that package.json. Sources: each tool's documentation on caching builds in CI (see doc).","frameworks":[{"id":"next","name":"Next.js","packages":["next"],"dirs":[".next/cache"],"doc":"https://nextjs.org/docs/pages/guides/ci-build-caching"},{"id":"nuxt","name":"Nuxt","packages":["nuxt"],"dirs":["node_modules/.cache"],"doc":"https://nuxt.com/docs/guide/directory-structure/node_modules (build tools cache under node_modules/.cache)"},{"id":"angular","name":"Angular","packages":["@angular/cli"],"dirs":[".angular/cache"],"doc":"https://angular.dev/cli/cache"},{"id":"gatsby","name":"Gatsby","packages":["gatsby"],"dirs":[".cache","public"],"doc":"https://www.gatsbyjs.com/docs/how-to/local-development/incremental-builds/ (keep .cache and public between builds)"},{"id":"astro","name":"Astro","packages":["astro"],"dirs":["node_modules/.astro"],"doc":"https://docs.astro.build/en/reference/configuration-reference/#cachedir"},{"id":"vite","name":"Vite","packages":["vite"],"dirs":["node_modules/.vite"],"doc":"https://vite.dev/config/shared-options#cachedir"},{"id":"webpack","name":"webpack","packages":["webpack","react-scripts"],"dirs":["node_modules/.cache"],"doc":"https://webpack.js.org/configuration/cache/#cachecachedirectory (and babel-loader, terser-webpack-plugin)"},{"id":"turbo","name":"Turborepo","packages":["turbo"],"dirs":[".turbo/cache","node_modules/.cache/turbo"],"doc":"https://turborepo.com/docs/crafting-your-repository/caching (.turbo/cache since 2.0, node_modules/.cache/turbo before)"}]}`);

// src/nodejs/frameworks.ts
var NODE_FRAMEWORKS = frameworks_node_default.frameworks;
var FRAMEWORK_CACHE_KNOB = "NODE_FRAMEWORK_CACHE";
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
        const rel = dir ? path.posix.join(dir, d) : d;
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

// src/nodejs/node-version.ts
var import_semver2 = __toESM(require_semver(), 1);

// src/nodejs/range-test.ts
var import_semver = __toESM(require_semver(), 1);
function rangeTester(range, options) {
  let parsed;
  try {
    parsed = new import_semver.default.Range(range, options);
  } catch {
    return () => false;
  }
  return (version) => parsed.test(version);
}

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
    if (import_semver2.default.validRange(range) === null) {
      throw nodeErrors.invalidVersion("Node.js", trimmed, describeSource(source), describeLines(table));
    }
    return { raw: trimmed, range, source };
  }
  return { range: `${table.policy.defaultLine}.x`, source: defaultSource() };
}
function resolveNode(requested, table, opts) {
  const inRange = rangeTester(requested.range);
  const matching = table.releases.filter((r) => inRange(r.version));
  const newest = matching[0];
  if (!newest) {
    throw nodeErrors.unknownVersion("Node.js", requested.raw ?? requested.range, describeSource(requested.source), describeLines(table));
  }
  const problems = [];
  let chosen = newest;
  const majorOf = (v) => import_semver2.default.major(v);
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

// src/runtime/registry-url.ts
var DEFAULT_REGISTRY = "https://registry.npmjs.org/";
function registryBaseUrl(configured) {
  const base = configured?.trim() || DEFAULT_REGISTRY;
  return base.endsWith("/") ? base : `${base}/`;
}

// src/nodejs/node-source.ts
function planNodeSources(node, knobs, table) {
  const url = knobs.get("NODE_BINARY_URL");
  return {
    binary: url ? binaryUrlSource(url, table) : { from: "distribution", version: node.version, url: node.url, checksum: node.checksum },
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

// src/nodejs/package-manager.ts
var import_semver3 = __toESM(require_semver(), 1);

// data/npm-versions.json
var npm_versions_default = JSON.parse('{"$comment":"Generated by scripts/gen-npm-versions.mjs. Newest first.","versions":["12.2.0","12.1.0","12.0.2","12.0.1","12.0.0","11.21.2","11.21.1","11.21.0","11.20.0","11.19.1","11.19.0","11.18.0","11.17.0","11.16.0","11.15.0","11.14.1","11.14.0","11.13.0","11.12.1","11.12.0","11.11.1","11.11.0","11.10.1","11.10.0","11.9.0","11.8.0","11.7.0","11.6.4","11.6.3","11.6.2","11.6.1","11.6.0","11.5.2","11.5.1","11.5.0","11.4.2","11.4.1","11.4.0","11.3.0","11.2.0","11.1.0","11.0.0","10.9.9","10.9.8","10.9.7","10.9.6","10.9.5","10.9.4","10.9.3","10.9.2","10.9.1","10.9.0","10.8.3","10.8.2","10.8.1","10.8.0","10.7.0","10.6.0","10.5.2","10.5.1","10.5.0","10.4.0","10.3.0","10.2.5","10.2.4","10.2.3","10.2.2","10.2.1","10.2.0","10.1.0","10.0.0","9.9.4","9.9.3","9.9.2","9.9.1","9.9.0","9.8.1","9.8.0","9.7.2","9.7.1","9.7.0","9.6.7","9.6.6","9.6.5","9.6.4","9.6.3","9.6.2","9.6.1","9.6.0","9.5.1","9.5.0","9.4.2","9.4.1","9.4.0","9.3.1","9.3.0","9.2.0","9.1.3","9.1.2","9.1.1","9.1.0","9.0.1","9.0.0","8.19.4","8.19.3","8.19.2","8.19.1","8.19.0","8.18.0","8.17.0","8.16.0","8.15.1","8.15.0","8.14.0","8.13.2","8.13.1","8.13.0","8.12.2","8.12.1","8.12.0","8.11.0","8.10.0","8.9.0","8.8.0","8.7.0","8.6.0","8.5.5","8.5.4","8.5.3","8.5.2","8.5.1","8.5.0","8.4.1","8.4.0","8.3.2","8.3.1","8.3.0","8.2.0","8.1.4","8.1.3","8.1.2","8.1.1","8.1.0","8.0.0","7.24.2","7.24.1","7.24.0","7.23.0","7.22.0","7.21.1","7.21.0","7.20.6","7.20.5","7.20.4","7.20.3","7.20.2","7.20.1","7.20.0","7.19.1","7.19.0","7.18.1","7.18.0","7.17.0","7.16.0","7.15.1","7.15.0","7.14.0","7.13.0","7.12.1","7.12.0","7.11.2","7.11.1","7.11.0","7.10.0","7.9.0","7.8.0","7.7.6","7.7.5","7.7.4","7.7.3","7.7.2","7.7.1","7.7.0","7.6.3","7.6.2","7.6.1","7.6.0","7.5.6","7.5.5","7.5.4","7.5.3","7.5.2","7.5.1","7.5.0","7.4.3","7.4.2","7.4.1","7.4.0","7.3.0","7.2.0","7.1.2","7.1.1","7.1.0","7.0.15","7.0.14","7.0.13","7.0.12","7.0.11","7.0.10","7.0.9","7.0.8","7.0.7","7.0.6","7.0.5","7.0.4","7.0.3","7.0.2","7.0.1","7.0.0","6.14.18","6.14.17","6.14.16","6.14.15","6.14.14","6.14.13","6.14.12","6.14.11","6.14.10","6.14.9","6.14.8","6.14.7","6.14.6","6.14.5","6.14.4","6.14.3","6.14.2","6.14.1","6.14.0","6.13.7","6.13.6","6.13.5","6.13.4","6.13.3","6.13.2","6.13.1","6.13.0","6.12.1","6.12.0","6.11.3","6.11.2","6.11.1","6.11.0","6.10.3","6.10.2","6.10.1","6.10.0","6.9.2","6.9.0","6.8.0","6.7.0","6.6.0","6.5.0","6.4.1","6.4.0","6.3.0","6.2.0","6.1.0","6.0.1","6.0.0"]}');

// src/nodejs/package-manager.ts
var commandsOf = (table) => [...new Set(Object.values(table).map((s) => s.command))];
var fieldPattern = (names) => new RegExp(`^(${names.join("|")})@(\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.-]+)?)(?:\\+([a-z0-9]+\\.[0-9a-fA-F]+))?$`);
var FIELD = fieldPattern(commandsOf(MANAGERS));
var orList = (names) => names.length > 1 ? `${names.slice(0, -1).join(", ")} or ${names.at(-1)}` : names.join("");
function parsePackageManagerField(field, table = MANAGERS) {
  const m = (table === MANAGERS ? FIELD : fieldPattern(commandsOf(table))).exec(field.trim());
  if (!m) {
    throw new BuildError(
      "nodejs/invalid-package-manager-field",
      `package.json: packageManager ${JSON.stringify(field)} is not valid`,
      `packageManager must name ${orList(commandsOf(table))} with an exact version, optionally followed by a hash, e.g. "npm@11.6.2", "yarn@4.5.0" or "pnpm@9.12.0+sha512.<hex>".
Fix the field, commit, and deploy again.`
    );
  }
  return { name: m[1], version: m[2], hash: m[3] };
}
function determinePackageManager(pkg, lock, table = MANAGERS) {
  const row = detectManagerRow(lock, table);
  const names = commandsOf(table);
  const field = pkg.packageManager === void 0 ? void 0 : parsePackageManagerField(pkg.packageManager, table);
  const declared = /* @__PURE__ */ new Map();
  for (const name of names) {
    if (pkg.engines[name] !== void 0) declared.set(name, [`engines.${name}: ${JSON.stringify(pkg.engines[name])}`]);
  }
  if (field) {
    declared.set(field.name, [...declared.get(field.name) ?? [], `packageManager: ${JSON.stringify(pkg.packageManager)}`]);
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
  if (field && field.name === manager.name) {
    version = { value: field.version, source: fileSource("package.json", "packageManager") };
    hash = field.hash;
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
var NPM_VERSIONS = npm_versions_default.versions;
function resolveNpmVersion(requested) {
  const raw = requested.value.trim();
  const range = raw === "latest" ? "*" : raw;
  if (import_semver3.default.validRange(range) === null) {
    throw nodeErrors.invalidVersion("npm", raw, describeSource(requested.source), ["11.x", "10.x"]);
  }
  const match = NPM_VERSIONS.find(rangeTester(range));
  if (!match) {
    const majors = [...new Set(NPM_VERSIONS.map((v) => import_semver3.default.major(v)))].slice(0, 4).map((m) => `${m}.x`);
    throw nodeErrors.unknownVersion("npm", raw, describeSource(requested.source), majors);
  }
  return match;
}
function resolveManagerPackage(manager, nodeVersion, spec = managerSpec(manager)) {
  const problems = [];
  const name = manager.name;
  if (spec.registry === "bundled") throw new Error(`${spec.label} comes with Node.js, not from the registry`);
  const registry = spec.registry;
  const kind = registry.line;
  const list = MANAGER_VERSIONS[kind];
  const label = spec.label;
  const runsOnNode = (v) => import_semver3.default.satisfies(nodeVersion, releaseTraits(kind, v).node);
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
  if (import_semver3.default.validRange(raw) === null) {
    throw nodeErrors.invalidVersion(label, raw, from, [...new Set(list.map((v) => `${import_semver3.default.major(v)}.x`))].slice(0, 4));
  }
  const matching = list.filter(rangeTester(raw));
  const version = matching.find(runsOnNode) ?? matching[0];
  if (!version) {
    if (name === "yarn" && !manager.berry && import_semver3.default.minVersion(raw) && import_semver3.default.major(import_semver3.default.minVersion(raw)) >= 2) {
      throw new BuildError(
        "nodejs/yarn-lockfile-format",
        `Yarn ${raw} cannot install a Yarn 1 lockfile`,
        `${from} asks for Yarn ${raw}, but yarn.lock is in the Yarn 1 format.
Run \`yarn install\` locally with that Yarn version to convert yarn.lock, commit it, and deploy again.`
      );
    }
    throw nodeErrors.unknownVersion(label, raw, from, [...new Set(list.map((v) => `${import_semver3.default.major(v)}.x`))].slice(0, 4));
  }
  const traits = releaseTraits(kind, version);
  if (!import_semver3.default.satisfies(nodeVersion, traits.node)) {
    const newestRunning = list.find((v) => import_semver3.default.major(v) === import_semver3.default.major(version) && runsOnNode(v)) ?? list.find(runsOnNode);
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
      pkg: registry.pkg,
      version,
      // "default for Yarn 1: newest 1.22.x", not "default for Yarn 1 (1.22.x)" beside the version.
      source: raw === version ? from : !manager.version ? `${from}: newest ${raw}` : `${from} (${raw})`,
      bin: rules.bin?.pnpm ?? "bin/yarn.js",
      ...rules.bin ? { pnpx: rules.bin.pnpx } : {},
      ...traits.native ? { native: nativePackageName(traits.native) } : {},
      node: traits.node,
      ...manager.hash ? { hash: manager.hash } : {}
    },
    problems
  };
}

// src/nodejs/plan.ts
var MEMBER_DEPTH = 2;
var MEMBER_LIMIT = 200;
async function readMemberManifests(fs) {
  const out = {};
  let seen = 0;
  const walk = async (rel, depth) => {
    for (const name of (await fs.readdir(rel).catch(() => [])).sort()) {
      if (name === "node_modules" || name.startsWith(".") || ++seen > MEMBER_LIMIT) continue;
      const child = rel ? `${rel}/${name}` : name;
      if (!await fs.isDirectory(child)) continue;
      const text = await fs.readText(`${child}/package.json`);
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
async function readLockfiles(fs, managers) {
  const entries = await Promise.all(lockfilesToRead(managers).map(async ({ file, text }) => [file, text ? await fs.readText(file, appFileReadOptions(file, managers)) : await fs.exists(file) || void 0]));
  return Object.fromEntries(entries.filter((e) => e[1] !== void 0));
}
async function readNodeApp(fs, managers = MANAGERS) {
  const [packageJson, nvmrc, nodeVersion, lockfiles, procfile, serverJs, meteor, yarnrc, yarnCacheCommitted, pnpmWorkspace] = await Promise.all([
    fs.readText("package.json"),
    fs.readText(".nvmrc"),
    fs.readText(".node-version"),
    readLockfiles(fs, managers),
    fs.readText("Procfile"),
    fs.exists("server.js"),
    fs.isDirectory(".meteor"),
    fs.readText(".yarnrc.yml"),
    fs.isDirectory(".yarn/cache"),
    fs.readText("pnpm-workspace.yaml")
  ]);
  const yarnPath = parseYarnPath(yarnrc);
  const monorepo = declaresWorkspaces(packageJson) || pnpmWorkspace !== void 0;
  const memberManifests = monorepo ? await readMemberManifests(fs) : void 0;
  const yarnPathExists = yarnPath === void 0 || !isInside(yarnPath) ? void 0 : await fs.realpath(yarnPath) !== void 0;
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
    lockfiles
  };
}
function installOutputList(outputs, memberDirs) {
  return [...["", ...memberDirs].flatMap((d) => outputs.eachPackage.map((p) => d ? `${d}/${p}` : p)), ...outputs.root];
}
var PNP_ENGINE_IGNORE_PATTERNS = [`${ENGINE_DIRS.engine}/**`];
function planPnp(files, vars) {
  const linker = vars.YARN_NODE_LINKER ?? readYarnrcScalar(files.yarnrc, "nodeLinker") ?? "pnp";
  if (linker !== "pnp") return void 0;
  const configured = readYarnrcScalar(files.yarnrc, "cacheFolder");
  const cacheFolder = configured !== void 0 && isInside(configured) && path2.posix.normalize(configured) !== "." ? { value: path2.posix.normalize(configured).replace(/\/+$/, ""), source: fileSource(".yarnrc.yml", "cacheFolder") } : { value: ".yarn/cache", source: defaultSource(configured === void 0 ? void 0 : `default (cacheFolder ${configured} is outside the app)`) };
  const own = readYarnrcList(files.yarnrc, "pnpIgnorePatterns").filter((p) => !PNP_ENGINE_IGNORE_PATTERNS.includes(p));
  return { cacheFolder, ignorePatterns: [...PNP_ENGINE_IGNORE_PATTERNS, ...own] };
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
  warnings.push(...planDiagnoses(pkg, node.version, manager, pm, ctx));
  const npmVersion = manager.name === "npm" && manager.version ? resolveNpmVersion(manager.version) : void 0;
  const npmRelease = npmVersion ?? bundledNpmOf(node.version);
  const npmMajor = npmVersion ? import_semver4.default.major(npmVersion) : bundledNpmMajorOf(node.version, ctx.table) ?? 11;
  const npm = { major: npmMajor, ...npmRelease ? { version: npmRelease } : {} };
  const nodeEnv = ctx.configVars.NODE_ENV ?? "production";
  const buildEnv = {
    NODE_ENV: ctx.configVars.NODE_ENV !== void 0 ? { value: ctx.configVars.NODE_ENV, source: configVarSource() } : { value: "production", source: defaultSource() },
    NODE_OPTIONS: ctx.configVars.NODE_OPTIONS !== void 0 ? { value: ctx.configVars.NODE_OPTIONS, source: configVarSource() } : { value: "--max-old-space-size=2560", source: defaultSource("default for builds") }
  };
  if (manager.name === "npm" && npmMajor < 7 && ctx.configVars.npm_config_unsafe_perm === void 0 && ctx.configVars.NPM_CONFIG_UNSAFE_PERM === void 0) {
    buildEnv.npm_config_unsafe_perm = { value: "true", source: { kind: "rule", says: `npm ${npmRelease ?? `${npmMajor}.x`} (< 7) runs lifecycle scripts as root only with unsafe-perm` } };
  }
  const managerVersion = pm.install?.version;
  const pnp = manager.berry ? planPnp(files, ctx.configVars) : void 0;
  const cachePlan = planCache(pkg, ctx.knobs);
  const zeroInstall = manager.berry && files.yarnCacheCommitted === true;
  const installOutputs = { eachPackage: ["node_modules"], root: [...spec.installOutputs, ...pnp && !zeroInstall ? [pnp.cacheFolder.value] : []] };
  const prune = spec.prune({
    ...managerVersion ? { version: managerVersion } : {},
    vars: ctx.configVars,
    nodeEnv,
    npm,
    pkg,
    ...files.yarnrc !== void 0 ? { yarnrc: files.yarnrc } : {},
    ...files.pnpmWorkspace !== void 0 ? { pnpmWorkspace: files.pnpmWorkspace } : {}
  });
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
      source: pm.install ? pm.install.source : pm.yarnPath ? `yarnPath in .yarnrc.yml (${pm.yarnPath})` : manager.version ? `${describeSource(manager.version.source)} (${manager.version.value})` : "bundled with Node.js",
      why: manager.why,
      ...pm.install ? { install: pm.install } : {},
      ...pm.yarnPath ? { yarnPath: pm.yarnPath } : {},
      ...zeroInstall ? { zeroInstall: true } : {},
      ...pnp ? { pnp } : {}
    },
    ...tools.length > 0 ? { tools: tools.map((t) => t.resolved) } : {},
    install: spec.install({
      ...manager.lockfile ? { lockfile: manager.lockfile } : {},
      ...managerVersion ? { version: managerVersion } : {},
      vars: ctx.configVars,
      npm,
      forceNpmInstall: ctx.knobs.flag("USE_NPM_INSTALL")
    }),
    installFingerprintFiles: installFingerprintFiles(managers),
    installOutputs,
    managerCacheFolder: spec.cache?.dirName ?? "yarn-cache",
    prune: prune.step,
    ...planHooks(pkg, ctx.knobs, spec),
    ...cachePlan,
    frameworkCaches: planFrameworkCaches(
      [{ dir: "", pkg }, ...memberPackages(files)],
      cachePlan.cacheDirectories.map((d) => d.value),
      ctx.knobs.get(FRAMEWORK_CACHE_KNOB) === "false" ? `${FRAMEWORK_CACHE_KNOB}=false` : !cachePlan.cache.enabled ? cachePlan.cache.why : void 0
    ),
    buildEnv,
    ...planProcessTypes(pkg, files),
    warnings: [...warnings, ...prune.problems, ...processWarning(pkg, files), ...startHints(pkg, files, prune.step)]
  };
}
function planExtraTools(pkg, manager, nodeVersion) {
  const range = pkg.engines.yarn;
  if (manager.name !== "npm" || range === void 0) return [];
  const min = import_semver4.default.validRange(range) ? import_semver4.default.minVersion(range) : null;
  const berry = min !== null && import_semver4.default.major(min) >= 2;
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
  if (manager.berry && ctx.configVars.YARN_PRODUCTION !== void 0) {
    out.push({
      id: "nodejs/yarn-production-ignored",
      message: `YARN_PRODUCTION=${ctx.configVars.YARN_PRODUCTION} is a Yarn 1 setting; Yarn 2+ ignores it (it installs every dependency, then the build prunes devDependencies).
To keep devDependencies with Yarn 2+, set YARN2_SKIP_PRUNING=true instead, and remove YARN_PRODUCTION.`
    });
  }
  if (pm.yarnPath && manager.version?.source.kind === "file" && manager.version.source.key === "packageManager") {
    out.push({
      id: "nodejs/package-manager-ignored-for-yarn-path",
      message: `package.json pins packageManager ${pkg.packageManager}, but .yarnrc.yml sets yarnPath: ${pm.yarnPath}, and the vendored release is the Yarn that runs (as with Yarn itself).
Make them agree: \`yarn set version <version>\` updates both, or remove the yarnPath line and the vendored release to use packageManager.`
    });
  }
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
function planManager(manager, spec, files, nodeVersion) {
  if (spec.registry === "bundled") return { problems: [] };
  const yarnPath = manager.berry ? parseYarnPath(files.yarnrc) : void 0;
  if (yarnPath !== void 0) {
    if (!isInside(yarnPath)) throw nodeErrors.yarnPathInvalid(yarnPath, "points outside the app");
    if (!files.yarnPathExists) throw nodeErrors.yarnPathInvalid(yarnPath, "does not exist in the app");
    return { yarnPath: path2.posix.normalize(yarnPath), problems: [] };
  }
  const { resolved, problems } = resolveManagerPackage(manager, nodeVersion, spec);
  return { install: resolved, problems };
}
function planHooks(pkg, knobs, manager) {
  const hooks = [];
  const skippedHooks = [];
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
  return { hooks, skippedHooks };
}
function planCache(pkg, knobs) {
  let cacheDirectories;
  if (pkg.cacheDirectories) {
    const { key, paths } = pkg.cacheDirectories;
    cacheDirectories = paths.map((p) => ({ value: checkCachePath(key, p), source: fileSource("package.json", key) }));
  } else {
    cacheDirectories = [{ value: "bower_components", source: defaultSource() }];
  }
  const cache = knobs.get("NODE_MODULES_CACHE") === "false" ? { enabled: false, why: "NODE_MODULES_CACHE=false" } : { enabled: true };
  const reuseInstall = !cache.enabled ? { enabled: false, why: "NODE_MODULES_CACHE=false" } : knobs.get("NODE_REUSE_INSTALL") === "false" ? { enabled: false, why: "NODE_REUSE_INSTALL=false" } : { enabled: true };
  return { cache, cacheDirectories, reuseInstall };
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
  const normal = path2.posix.normalize(rel.replace(/\\/g, "/"));
  return !(path2.posix.isAbsolute(normal) || normal === ".." || normal.startsWith("../"));
}
function checkCachePath(key, entry) {
  const normal = path2.posix.normalize(entry.replace(/\\/g, "/")).replace(/\/+$/, "");
  if (entry.trim() === "" || path2.posix.isAbsolute(normal) || normal === "." || normal === ".." || normal.startsWith("../")) {
    throw nodeErrors.cacheDirectoryOutside(key, entry);
  }
  return normal;
}
async function builtProcessTypes(fs) {
  const [packageJson, procfile, serverJs] = await Promise.all([fs.readText("package.json"), fs.readText("Procfile"), fs.exists("server.js")]);
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
function startFileHint(pkg) {
  return pkg.main !== void 0 && /^[\w./@-]+$/.test(pkg.main) ? pkg.main : "<your server file>";
}
function processWarning(pkg, files) {
  if (Object.keys(planProcessTypes(pkg, files).processTypes).length > 0) return [];
  return [{
    id: "nodejs/no-web-process",
    message: `The app declares no way to start: no web entry in a Procfile, no start script in package.json, no server.js.
Add "scripts": {"start": "node ${startFileHint(pkg)}"} to package.json (or a Procfile with \`web: <command>\`).`
  }];
}

export {
  frameworkSignature,
  npm_versions_default,
  parseYarnPath,
  readNodeApp,
  installOutputList,
  PNP_ENGINE_IGNORE_PATTERNS,
  planNodeBuild,
  builtProcessTypes
};
