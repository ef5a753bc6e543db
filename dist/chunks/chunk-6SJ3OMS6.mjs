import { createRequire as __engineRequire } from 'node:module'; const require = __engineRequire(import.meta.url);
import {
  FRAMEWORK_CACHE_KNOB,
  npm_versions_default,
  planFrameworkCaches,
  require_semver
} from "./chunk-IRDJVBHZ.mjs";
import {
  parsePackageJson
} from "./chunk-3743SPGD.mjs";
import {
  nodeErrors,
  parseProcfile
} from "./chunk-ILSYGPK4.mjs";
import {
  bundledNpmMajorOf,
  bundledNpmOf,
  describeLines
} from "./chunk-IYXE63OT.mjs";
import {
  BuildError
} from "./chunk-FFA57LN5.mjs";
import {
  __toESM
} from "./chunk-RFJHALY7.mjs";

// src/nodejs/plan.ts
var import_semver3 = __toESM(require_semver(), 1);
import * as path from "node:path";

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

// src/nodejs/node-version.ts
var import_semver = __toESM(require_semver(), 1);
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
    [pkg.engines.node, "engines.node in package.json"],
    [files.nvmrc === void 0 ? void 0 : firstLine(files.nvmrc), ".nvmrc"],
    [files.nodeVersion === void 0 ? void 0 : firstLine(files.nodeVersion), ".node-version"]
  ];
  for (const [raw, source] of candidates) {
    if (raw === void 0) continue;
    const trimmed = raw.trim();
    const range = trimmed === "latest" || trimmed === "node" ? "*" : trimmed;
    if (import_semver.default.validRange(range) === null) {
      throw nodeErrors.invalidVersion("Node.js", trimmed, source, describeLines(table));
    }
    return { raw: trimmed, range, source };
  }
  return { range: `${table.policy.defaultLine}.x`, source: "default" };
}
function resolveNode(requested, table, opts) {
  const matching = table.releases.filter((r) => import_semver.default.satisfies(r.version, requested.range));
  const newest = matching[0];
  if (!newest) {
    throw nodeErrors.unknownVersion("Node.js", requested.raw ?? requested.range, requested.source, describeLines(table));
  }
  const problems = [];
  let chosen = newest;
  const majorOf = (v) => import_semver.default.major(v);
  const wide = matching.some((r) => majorOf(r.version) !== majorOf(newest.version));
  if (wide) {
    const capped = matching.find((r) => majorOf(r.version) === table.policy.defaultLine);
    if (opts.allowWideRange) {
      problems.push({
        id: "nodejs/wide-range",
        message: `The Node.js range ${JSON.stringify(requested.raw ?? requested.range)} (${requested.source}) spans several major versions; NODEJS_ALLOW_WIDE_RANGE=true, so the newest (${newest.version}) is used.
A new major release will be picked up on a future deploy. Pin a major, e.g. "24.x".`
      });
    } else if (capped && capped !== newest) {
      chosen = capped;
      problems.push({
        id: "nodejs/wide-range-capped",
        message: `The Node.js range ${JSON.stringify(requested.raw ?? requested.range)} (${requested.source}) spans several major versions; using the newest ${table.policy.defaultLine}.x (${capped.version}) instead of ${newest.version}.
Pin a major to choose explicitly, e.g. "${majorOf(newest.version)}.x", or set NODEJS_ALLOW_WIDE_RANGE=true to always take the newest release.`
      });
    } else if (!capped) {
      problems.push({
        id: "nodejs/wide-range",
        message: `The Node.js range ${JSON.stringify(requested.raw ?? requested.range)} (${requested.source}) spans several major versions; using the newest (${newest.version}).
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

// src/nodejs/package-manager.ts
var import_semver2 = __toESM(require_semver(), 1);

// data/manager-versions.json
var manager_versions_default = JSON.parse('{"$comment":"Generated by scripts/gen-manager-versions.mjs. Newest first.","yarn":["1.22.22","1.22.21","1.22.20","1.22.19","1.22.18","1.22.17","1.22.16","1.22.15","1.22.14","1.22.13","1.22.12","1.22.11","1.22.10","1.22.9","1.22.7","1.22.5","1.22.4","1.22.1","1.22.0","1.21.1","1.21.0","1.19.2","1.19.1","1.19.0","1.18.0","1.17.3","1.17.2","1.17.0","1.16.0","1.15.2","1.15.1","1.15.0","1.14.0","1.13.0","1.12.3","1.12.1","1.12.0","1.11.1","1.11.0","1.10.1","1.10.0","1.9.4","1.9.2","1.8.0","1.7.0","1.6.0","1.5.1","1.5.0","1.4.0","1.3.2","1.3.1","1.2.1","1.2.0","1.1.0","1.0.2","1.0.1","1.0.0"],"yarnBerry":["4.18.1","4.18.0","4.17.1","4.17.0","4.16.0","4.15.0","4.14.1","4.14.0","4.13.0","4.12.0","4.11.0","4.10.3","4.10.2","4.10.1","4.9.4","4.9.3","4.9.2","4.9.1","4.9.0","4.8.1","4.8.0","4.7.0","4.6.0","4.5.3","4.5.2","4.5.1","4.5.0","4.4.1","4.4.0","4.3.1","4.3.0","4.2.2","4.2.1","4.2.0","4.1.1","4.1.0","4.0.2","4.0.1","4.0.0","3.8.7","3.8.6","3.8.5","3.8.3","3.8.2","3.8.1","3.8.0","3.7.0","3.6.4","3.6.3","3.6.2","3.6.1","3.6.0","3.5.1","3.5.0","3.4.1","3.4.0","3.3.1","3.3.0","3.2.4","3.2.3","3.2.2","3.2.1","3.2.0","3.1.1","3.1.0","3.0.2","3.0.1","3.0.0","2.4.2","2.4.1"],"pnpm":["12.21.0","12.20.0","12.18.0","12.17.0","12.16.1","12.16.0","12.15.0","12.14.0","12.13.0","12.12.1","12.12.0","12.11.2","12.11.1","12.11.0","12.10.1","12.10.0","12.9.1","12.9.0","12.8.2","12.8.1","12.8.0","12.7.0","12.6.0","12.5.1","12.5.0","12.4.2","12.4.1","12.4.0","12.3.4","12.3.3","12.3.2","12.3.1","12.3.0","12.2.1","12.2.0","12.1.0","12.0.0","11.28.11","11.28.10","11.28.9","11.28.8","11.28.7","11.28.6","11.28.5","11.28.4","11.28.3","11.28.2","11.28.1","11.28.0","11.27.1","11.27.0","11.26.0","11.25.0","11.24.0","11.23.0","11.22.0","11.21.0","11.20.0","11.19.0","11.18.0","11.17.0","11.16.0","11.15.1","11.15.0","11.14.0","11.13.1","11.13.0","11.12.0","11.11.0","11.10.0","11.9.0","11.8.0","11.7.0","11.6.0","11.5.3","11.5.2","11.5.1","11.5.0","11.4.0","11.3.0","11.2.2","11.2.1","11.2.0","11.1.3","11.1.2","11.1.1","11.1.0","11.0.9","11.0.8","11.0.7","11.0.6","11.0.5","11.0.4","11.0.3","11.0.2","11.0.1","11.0.0","10.34.9","10.34.8","10.34.7","10.34.6","10.34.5","10.34.4","10.34.3","10.34.2","10.34.1","10.34.0","10.33.4","10.33.3","10.33.2","10.33.1","10.33.0","10.32.1","10.32.0","10.31.0","10.30.3","10.30.2","10.30.1","10.30.0","10.29.3","10.29.2","10.29.1","10.28.2","10.28.1","10.28.0","10.27.0","10.26.2","10.26.1","10.26.0","10.25.0","10.24.0","10.23.0","10.22.0","10.21.0","10.20.0","10.19.0","10.18.3","10.18.2","10.18.1","10.18.0","10.17.1","10.17.0","10.16.1","10.16.0","10.15.1","10.15.0","10.14.0","10.13.1","10.13.0","10.12.4","10.12.3","10.12.2","10.12.1","10.12.0","10.11.1","10.11.0","10.10.0","10.9.0","10.8.1","10.8.0","10.7.1","10.7.0","10.6.5","10.6.4","10.6.3","10.6.2","10.6.1","10.6.0","10.5.2","10.5.1","10.5.0","10.4.1","10.4.0","10.3.0","10.2.1","10.2.0","10.1.0","10.0.0","9.15.9","9.15.8","9.15.7","9.15.6","9.15.5","9.15.4","9.15.3","9.15.2","9.15.1","9.15.0","9.14.4","9.14.3","9.14.2","9.14.1","9.14.0","9.13.2","9.13.1","9.13.0","9.12.3","9.12.2","9.12.1","9.12.0","9.11.0","9.10.0","9.9.0","9.8.0","9.7.1","9.7.0","9.6.0","9.5.0","9.4.0","9.3.0","9.2.0","9.1.4","9.1.3","9.1.2","9.1.1","9.1.0","9.0.6","9.0.5","9.0.4","9.0.3","9.0.2","9.0.1","9.0.0","8.15.9","8.15.8","8.15.7","8.15.6","8.15.5","8.15.4","8.15.3","8.15.2","8.15.1","8.15.0","8.14.3","8.14.2","8.14.1","8.14.0","8.13.1","8.13.0","8.12.1","8.12.0","8.11.0","8.10.5","8.10.4","8.10.3","8.10.2","8.10.1","8.10.0","8.9.2","8.9.1","8.9.0","8.8.0","8.7.6","8.7.5","8.7.4","8.7.3","8.7.2","8.7.1","8.7.0","8.6.12","8.6.11","8.6.10","8.6.9","8.6.8","8.6.7","8.6.6","8.6.5","8.6.4","8.6.3","8.6.2","8.6.1","8.6.0","8.5.1","8.5.0","8.4.0","8.3.1","8.3.0","8.2.0","8.1.1","8.1.0","8.0.0","7.33.7","7.33.6","7.33.5","7.33.4","7.33.3","7.33.2","7.33.1","7.33.0","7.32.5","7.32.4","7.32.3","7.32.2","7.32.1","7.32.0","7.31.0","7.30.5","7.30.4","7.30.3","7.30.1","7.30.0","7.29.3","7.29.2","7.29.1","7.29.0","7.28.0","7.27.1","7.27.0","7.26.3","7.26.2","7.26.1","7.26.0","7.25.1","7.25.0","7.24.3","7.24.2","7.24.0","7.23.0","7.22.0","7.21.0","7.20.0","7.19.0","7.18.2","7.18.1","7.18.0","7.17.1","7.17.0","7.16.1","7.16.0","7.15.0","7.14.2","7.14.1","7.14.0","7.13.6","7.13.5","7.13.4","7.13.3","7.13.2","7.13.1","7.13.0","7.12.2","7.12.1","7.12.0","7.11.0","7.10.0","7.9.5","7.9.4","7.9.3","7.9.2","7.9.1","7.9.0","7.8.0","7.7.1","7.7.0","7.6.0","7.5.2","7.5.1","7.5.0","7.4.1","7.4.0","7.3.0","7.2.1","7.2.0","7.1.9","7.1.8","7.1.7","7.1.6","7.1.5","7.1.3","7.1.2","7.1.1","7.1.0","7.0.1","7.0.0","6.35.1","6.35.0","6.34.0","6.33.1","6.33.0","6.32.25","6.32.24","6.32.22","6.32.20","6.32.19","6.32.17","6.32.16","6.32.15","6.32.14","6.32.13","6.32.12","6.32.11","6.32.10","6.32.9","6.32.8","6.32.7","6.32.6","6.32.4","6.32.3","6.32.2","6.32.1","6.32.0","6.31.0","6.30.1","6.30.0","6.29.2","6.29.1","6.29.0","6.28.0","6.27.2","6.27.1","6.27.0","6.26.1","6.26.0","6.25.1","6.25.0","6.24.4","6.24.3","6.24.2","6.24.1","6.24.0","6.23.6","6.23.5","6.23.2","6.23.1","6.23.0","6.22.2","6.22.1","6.21.1","6.21.0","6.20.4","6.20.3","6.20.2","6.20.1","6.20.0","6.19.1","6.19.0","6.18.0","6.17.0","6.16.1","6.16.0","6.15.2","6.15.1","6.15.0","6.14.7","6.14.5","6.14.3","6.14.1","6.14.0","6.13.0","6.12.1","6.11.5","6.11.2","6.11.0","6.10.3","6.10.2","6.10.0","6.9.1","6.9.0","6.7.6","6.7.4","6.7.3","6.7.2","6.7.1","6.6.2","6.6.1","6.5.0","6.4.0","6.3.0","6.2.5","6.2.4","6.2.3","6.2.2","6.2.1","6.0.2","6.0.1","6.0.0","5.18.11","5.18.10","5.18.9","5.18.8","5.18.7","5.18.6","5.18.5","5.18.3","5.18.2","5.18.1","5.17.3","5.17.2","5.17.1","5.16.1","5.16.0","5.15.2","5.15.1","5.15.0","5.14.3","5.14.2","5.14.1","5.13.7","5.13.6","5.13.5","5.13.1","5.12.0","5.11.1","5.10.2","5.10.1","5.9.3","5.9.0","5.8.0","5.7.0","5.6.0","5.5.13","5.5.4","5.5.3","5.5.2","5.5.1","5.5.0","5.4.6","5.4.0","5.3.0","5.2.6","5.2.3","5.2.1","5.1.7","5.1.6","5.1.0","4.14.4","4.14.2","4.14.0","4.13.0","4.12.5","4.12.1","4.11.6","4.11.1","4.9.3","4.8.0","4.7.2","4.7.1","4.6.0","4.5.0","4.3.0","4.2.2","4.1.7","4.1.6","4.1.0","4.0.2","4.0.1","4.0.0","3.8.1","3.8.0","3.7.5","3.7.0","3.6.5","3.6.2","3.6.1","3.6.0","3.5.3","3.5.2","3.5.1","3.5.0","3.4.1","3.3.3","3.3.2","3.3.1","3.3.0","3.2.0","3.1.1","3.1.0","3.0.1","3.0.0","2.25.7","2.25.6","2.25.4","2.23.1","2.23.0","2.21.1","2.20.1","2.19.4","2.19.3","2.19.2","2.18.2","2.17.7","2.17.3","2.17.0","2.16.3","2.16.2","2.16.1","2.16.0","2.15.3","2.15.1","2.15.0","2.14.5","2.13.5","2.13.1","2.12.2","2.11.3","2.11.2","2.11.0","2.10.5","2.10.0","2.9.0","2.8.0","2.7.0","2.6.2","2.6.0","2.4.0","2.3.0","2.2.2","2.2.1","2.2.0","2.0.0","1.43.1","1.41.3","1.41.2","1.40.2","1.38.3","1.38.2","1.37.5","1.37.3","1.36.1","1.35.10","1.35.8","1.35.7","1.35.6","1.35.3","1.35.1","1.34.0","1.33.2","1.33.0","1.31.4","1.31.3","1.31.0","1.30.2","1.30.0","1.29.1","1.25.1","1.22.0","1.20.0","1.19.6","1.19.4","1.16.2","1.14.2","1.13.0","1.8.2","1.8.0","1.5.0","1.0.0","0.75.0","0.68.0","0.63.0","0.50.0","0.40.0","0.31.0","0.24.0","0.21.0"]}');

// src/nodejs/package-manager.ts
var MANAGERS = ["npm", "yarn", "pnpm"];
function parsePackageManagerField(field) {
  const m = /^(npm|yarn|pnpm)@(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)(?:\+([a-z0-9]+\.[0-9a-fA-F]+))?$/.exec(field.trim());
  if (!m) {
    throw new BuildError(
      "nodejs/invalid-package-manager-field",
      `package.json: packageManager ${JSON.stringify(field)} is not valid`,
      'packageManager must name npm, yarn or pnpm with an exact version, optionally followed by a hash, e.g. "npm@11.6.2", "yarn@4.5.0" or "pnpm@9.12.0+sha512.<hex>".\nFix the field, commit, and deploy again.'
    );
  }
  return { name: m[1], version: m[2], hash: m[3] };
}
function determinePackageManager(pkg, lock) {
  const found = [
    lock.packageLock && "package-lock.json",
    lock.yarnLock !== void 0 && "yarn.lock",
    lock.pnpmLock && "pnpm-lock.yaml"
  ].filter((x) => typeof x === "string");
  if (found.length > 1) throw nodeErrors.multipleLockfiles(found);
  if (lock.shrinkwrap && found.length === 1) throw nodeErrors.shrinkwrapConflict(found[0]);
  const field = pkg.packageManager === void 0 ? void 0 : parsePackageManagerField(pkg.packageManager);
  const declared = /* @__PURE__ */ new Map();
  for (const name of MANAGERS) {
    if (pkg.engines[name] !== void 0) declared.set(name, [`engines.${name}: ${JSON.stringify(pkg.engines[name])}`]);
  }
  if (field) {
    declared.set(field.name, [...declared.get(field.name) ?? [], `packageManager: ${JSON.stringify(pkg.packageManager)}`]);
  }
  if (declared.size > 1) throw nodeErrors.multipleManagers([...declared.values()].flat());
  const problems = [];
  let manager;
  if (lock.yarnLock !== void 0) {
    const berry = /^__metadata:/m.test(lock.yarnLock);
    manager = { name: "yarn", berry, lockfile: "yarn.lock", why: `yarn.lock found${berry ? " (Berry format)" : ""}` };
  } else if (lock.pnpmLock) {
    manager = { name: "pnpm", berry: false, lockfile: "pnpm-lock.yaml", why: "pnpm-lock.yaml found" };
  } else if (lock.shrinkwrap) {
    manager = { name: "npm", berry: false, lockfile: "npm-shrinkwrap.json", why: "npm-shrinkwrap.json found" };
  } else if (lock.packageLock) {
    manager = { name: "npm", berry: false, lockfile: "package-lock.json", why: "package-lock.json found" };
  } else {
    manager = { name: "npm", berry: false, why: "no lockfile found" };
  }
  let version;
  let hash;
  if (field && field.name === manager.name) {
    version = { value: field.version, source: "packageManager in package.json" };
    hash = field.hash;
    if (pkg.engines[manager.name] !== void 0) {
      problems.push({
        id: "nodejs/package-manager-and-engines",
        message: `package.json sets both packageManager (${pkg.packageManager}) and engines.${manager.name} (${pkg.engines[manager.name]}); packageManager wins.
Remove engines.${manager.name} to silence this warning.`
      });
    }
  } else if (pkg.engines[manager.name] !== void 0) {
    version = { value: pkg.engines[manager.name], source: `engines.${manager.name} in package.json` };
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
  if (import_semver2.default.validRange(range) === null) {
    throw nodeErrors.invalidVersion("npm", raw, requested.source, ["11.x", "10.x"]);
  }
  const match = NPM_VERSIONS.find((v) => import_semver2.default.satisfies(v, range));
  if (!match) {
    const majors = [...new Set(NPM_VERSIONS.map((v) => import_semver2.default.major(v)))].slice(0, 4).map((m) => `${m}.x`);
    throw nodeErrors.unknownVersion("npm", raw, requested.source, majors);
  }
  return match;
}
function resolveManagerPackage(manager) {
  const problems = [];
  const name = manager.name;
  const list = name === "pnpm" ? manager_versions_default.pnpm : manager.berry ? manager_versions_default.yarnBerry : manager_versions_default.yarn;
  const label = name === "pnpm" ? "pnpm" : manager.berry ? "Yarn 2+" : "Yarn 1";
  let requested;
  if (manager.version) {
    requested = manager.version;
  } else if (name === "yarn" && !manager.berry) {
    requested = { value: "1.22.x", source: "default for Yarn 1" };
  } else {
    requested = { value: name === "pnpm" ? "*" : "4.x", source: `default for ${label}` };
    problems.push({
      id: "nodejs/unpinned-package-manager",
      message: `No ${label} version is declared, so the newest (${list.find((v) => import_semver2.default.satisfies(v, requested.value))}) is used; a future release may change how the app installs.
Pin it in package.json, e.g. "packageManager": "${name}@${list.find((v) => import_semver2.default.satisfies(v, requested.value))}".`
    });
  }
  const raw = requested.value.trim();
  if (import_semver2.default.validRange(raw) === null) {
    throw nodeErrors.invalidVersion(label, raw, requested.source, [...new Set(list.map((v) => `${import_semver2.default.major(v)}.x`))].slice(0, 4));
  }
  const version = list.find((v) => import_semver2.default.satisfies(v, raw));
  if (!version) {
    if (name === "yarn" && !manager.berry && import_semver2.default.minVersion(raw) && import_semver2.default.major(import_semver2.default.minVersion(raw)) >= 2) {
      throw new BuildError(
        "nodejs/yarn-lockfile-format",
        `Yarn ${raw} cannot install a Yarn 1 lockfile`,
        `${requested.source} asks for Yarn ${raw}, but yarn.lock is in the Yarn 1 format.
Run \`yarn install\` locally with that Yarn version to convert yarn.lock, commit it, and deploy again.`
      );
    }
    throw nodeErrors.unknownVersion(label, raw, requested.source, [...new Set(list.map((v) => `${import_semver2.default.major(v)}.x`))].slice(0, 4));
  }
  const berry = name === "yarn" && manager.berry;
  return {
    resolved: {
      name,
      berry,
      pkg: name === "pnpm" ? "pnpm" : berry ? "@yarnpkg/cli-dist" : "yarn",
      version,
      source: raw === version ? requested.source : `${requested.source} (${raw})`,
      bin: name === "pnpm" ? "bin/pnpm.cjs" : "bin/yarn.js",
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
async function readNodeApp(fs) {
  const [packageJson, nvmrc, nodeVersion, packageLock, shrinkwrap, yarnLock, pnpmLock, procfile, serverJs, meteor, yarnrc, yarnCacheCommitted] = await Promise.all([
    fs.readText("package.json"),
    fs.readText(".nvmrc"),
    fs.readText(".node-version"),
    fs.exists("package-lock.json"),
    fs.exists("npm-shrinkwrap.json"),
    fs.readText("yarn.lock"),
    fs.exists("pnpm-lock.yaml"),
    fs.readText("Procfile"),
    fs.exists("server.js"),
    fs.isDirectory(".meteor"),
    fs.readText(".yarnrc.yml"),
    fs.isDirectory(".yarn/cache")
  ]);
  const yarnPath = parseYarnPath(yarnrc);
  const monorepo = /"workspaces"\s*:/.test(packageJson ?? "") || await fs.exists("pnpm-workspace.yaml");
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
    ...yarnPathExists === void 0 ? {} : { yarnPathExists },
    lockfiles: { packageLock, shrinkwrap, yarnLock, pnpmLock }
  };
}
var PNP_ENGINE_IGNORE_PATTERNS = [".scalingo/**"];
function planPnp(files, vars) {
  const linker = vars.YARN_NODE_LINKER ?? readYarnrcScalar(files.yarnrc, "nodeLinker") ?? "pnp";
  if (linker !== "pnp") return void 0;
  const configured = readYarnrcScalar(files.yarnrc, "cacheFolder");
  const cacheFolder = configured !== void 0 && isInside(configured) && path.posix.normalize(configured) !== "." ? { value: path.posix.normalize(configured).replace(/\/+$/, ""), source: "cacheFolder in .yarnrc.yml" } : { value: ".yarn/cache", source: configured === void 0 ? "default" : `default (cacheFolder ${configured} is outside the app)` };
  const own = readYarnrcList(files.yarnrc, "pnpIgnorePatterns").filter((p) => !PNP_ENGINE_IGNORE_PATTERNS.includes(p));
  return { cacheFolder, ignorePatterns: [...PNP_ENGINE_IGNORE_PATTERNS, ...own] };
}
function planNodeBuild(files, ctx) {
  if (files.meteor) throw nodeErrors.meteorNotSupported();
  if (files.packageJson === void 0) throw nodeErrors.packageJsonMissing();
  const pkg = parsePackageJson(files.packageJson);
  const warnings = [];
  const requested = determineNodeRequest(pkg, { nvmrc: files.nvmrc, nodeVersion: files.nodeVersion }, ctx.table);
  const { node, problems: nodeProblems } = resolveNode(requested, ctx.table, {
    allowWideRange: ctx.knobs.flag("NODEJS_ALLOW_WIDE_RANGE")
  });
  warnings.push(...nodeProblems);
  const { manager, problems: pmProblems } = determinePackageManager(pkg, files.lockfiles);
  const tools = planExtraTools(pkg, manager);
  warnings.push(...pmProblems.filter((p) => !(tools.length > 0 && p.id === "nodejs/declared-manager-ignored" && p.message.startsWith("package.json declares yarn, but"))));
  const pm = planManager(manager, files);
  warnings.push(...pm.problems, ...tools.flatMap((t) => t.problems));
  warnings.push(...planDiagnoses(pkg, node.version, manager, pm, ctx));
  const npmVersion = manager.name === "npm" && manager.version ? resolveNpmVersion(manager.version) : void 0;
  const npmRelease = npmVersion ?? bundledNpmOf(node.version);
  const npmMajor = npmVersion ? import_semver3.default.major(npmVersion) : bundledNpmMajorOf(node.version, ctx.table) ?? 11;
  const npm = { major: npmMajor, ...npmRelease ? { version: npmRelease } : {} };
  const nodeEnv = ctx.configVars.NODE_ENV ?? "production";
  const buildEnv = {
    NODE_ENV: ctx.configVars.NODE_ENV !== void 0 ? { value: ctx.configVars.NODE_ENV, source: "config var" } : { value: "production", source: "default" },
    NODE_OPTIONS: ctx.configVars.NODE_OPTIONS !== void 0 ? { value: ctx.configVars.NODE_OPTIONS, source: "config var" } : { value: "--max-old-space-size=2560", source: "default for builds" }
  };
  if (manager.name === "npm" && npmMajor < 7 && ctx.configVars.npm_config_unsafe_perm === void 0 && ctx.configVars.NPM_CONFIG_UNSAFE_PERM === void 0) {
    buildEnv.npm_config_unsafe_perm = { value: "true", source: `npm ${npmRelease ?? `${npmMajor}.x`} (< 7) runs lifecycle scripts as root only with unsafe-perm` };
  }
  const managerVersion = pm.install?.version;
  const pnp = manager.berry ? planPnp(files, ctx.configVars) : void 0;
  const cachePlan = planCache(pkg, ctx.knobs);
  return {
    language: "nodejs",
    stack: ctx.stack,
    versions: {
      node: node.version,
      ...npmVersion ? { npm: npmVersion } : {},
      ...managerVersion ? { [manager.name]: managerVersion } : {}
    },
    node,
    packageManager: {
      name: manager.name,
      berry: manager.berry,
      ...npmVersion ? { version: npmVersion } : managerVersion ? { version: managerVersion } : {},
      source: pm.install ? pm.install.source : pm.yarnPath ? `yarnPath in .yarnrc.yml (${pm.yarnPath})` : manager.version ? `${manager.version.source} (${manager.version.value})` : "bundled with Node.js",
      why: manager.why,
      ...pm.install ? { install: pm.install } : {},
      ...pm.yarnPath ? { yarnPath: pm.yarnPath } : {},
      ...manager.berry && files.yarnCacheCommitted ? { zeroInstall: true } : {},
      ...pnp ? { pnp } : {}
    },
    ...tools.length > 0 ? { tools: tools.map((t) => t.resolved) } : {},
    install: manager.name === "npm" ? planNpmInstall(manager, ctx, npm) : planManagerInstall(manager, ctx.configVars),
    prune: manager.name === "npm" ? planNpmPrune(ctx.configVars, nodeEnv, npmMajor) : planManagerPrune(manager, ctx.configVars, nodeEnv),
    ...planHooks(pkg, ctx.knobs, manager.name),
    ...cachePlan,
    frameworkCaches: planFrameworkCaches(
      [{ dir: "", pkg }, ...memberPackages(files)],
      cachePlan.cacheDirectories.map((d) => d.value),
      ctx.knobs.get(FRAMEWORK_CACHE_KNOB) === "false" ? `${FRAMEWORK_CACHE_KNOB}=false` : !cachePlan.cache.enabled ? cachePlan.cache.why : void 0
    ),
    buildEnv,
    ...planProcessTypes(pkg, files),
    warnings: [...warnings, ...processWarning(pkg, files), ...startHints(pkg, files, manager, ctx.configVars, nodeEnv)]
  };
}
function planExtraTools(pkg, manager) {
  const range = pkg.engines.yarn;
  if (manager.name !== "npm" || range === void 0) return [];
  const min = import_semver3.default.validRange(range) ? import_semver3.default.minVersion(range) : null;
  const berry = min !== null && import_semver3.default.major(min) >= 2;
  const { resolved, problems } = resolveManagerPackage({
    name: "yarn",
    berry,
    why: "engines.yarn in package.json",
    version: { value: range, source: "engines.yarn in package.json" }
  });
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
  if (pm.yarnPath && manager.version?.source === "packageManager in package.json") {
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
function planManager(manager, files) {
  if (manager.name === "npm") return { problems: [] };
  const yarnPath = manager.name === "yarn" && manager.berry ? parseYarnPath(files.yarnrc) : void 0;
  if (yarnPath !== void 0) {
    if (!isInside(yarnPath)) throw nodeErrors.yarnPathInvalid(yarnPath, "points outside the app");
    if (!files.yarnPathExists) throw nodeErrors.yarnPathInvalid(yarnPath, "does not exist in the app");
    return { yarnPath: path.posix.normalize(yarnPath), problems: [] };
  }
  const { resolved, problems } = resolveManagerPackage(manager);
  return { install: resolved, problems };
}
function planManagerInstall(manager, vars) {
  if (manager.name === "pnpm") {
    return { command: ["pnpm", "install", "--frozen-lockfile", "--prod=false"], why: "pnpm-lock.yaml found" };
  }
  if (manager.berry) return { command: ["yarn", "install", "--immutable"], why: "Berry-format yarn.lock found" };
  const command = ["yarn", "install", "--frozen-lockfile", "--ignore-engines", "--prefer-offline"];
  if (vars.YARN_PRODUCTION === void 0) command.push("--production=false");
  return { command, why: "yarn.lock found" };
}
function planManagerPrune(manager, vars, nodeEnv) {
  if (manager.name === "yarn" && !manager.berry && vars.YARN_PRODUCTION !== void 0) {
    return { skipped: `YARN_PRODUCTION=${vars.YARN_PRODUCTION}: the install already decided about devDependencies` };
  }
  if (manager.berry && vars.YARN2_SKIP_PRUNING === "true") return { skipped: "YARN2_SKIP_PRUNING=true: devDependencies are kept" };
  if (manager.name === "pnpm" && vars.PNPM_SKIP_PRUNING === "true") return { skipped: "PNPM_SKIP_PRUNING=true: devDependencies are kept" };
  if (nodeEnv !== "production") return { skipped: `NODE_ENV=${nodeEnv}: devDependencies are kept` };
  if (manager.name === "pnpm") return { command: ["pnpm", "prune", "--prod", "--ignore-scripts"] };
  if (manager.berry) return { command: ["yarn", "workspaces", "focus", "--all", "--production"] };
  return { command: ["yarn", "install", "--frozen-lockfile", "--ignore-engines", "--prefer-offline", "--production=true"] };
}
var NPM_RELEASE_FLAGS = Object.freeze({
  /** `npm ci` arrived in npm 5.7.0. */
  ciSince: "5.7.0",
  /** `--include=dev` (and `--omit`) arrived in npm 7; older npm only knows `--production=false`. */
  includeDevSince: 7,
  /** npm < 7 run as root skips lifecycle scripts unless `--unsafe-perm`; npm 12 rejects the flag. */
  unsafePermBefore: 7
});
function planNpmInstall(manager, ctx, npm) {
  const forced = ctx.knobs.flag("USE_NPM_INSTALL");
  const hasCi = npm.version ? import_semver3.default.gte(npm.version, NPM_RELEASE_FLAGS.ciSince) : npm.major >= 6;
  const useCi = manager.lockfile !== void 0 && !forced && hasCi;
  const command = ["npm", useCi ? "ci" : "install"];
  if (ctx.configVars.NPM_CONFIG_PRODUCTION === void 0) {
    command.push(npm.major >= NPM_RELEASE_FLAGS.includeDevSince ? "--include=dev" : "--production=false");
  }
  if (npm.major < NPM_RELEASE_FLAGS.unsafePermBefore) command.push("--unsafe-perm");
  const why = useCi ? `${manager.lockfile} found` : forced ? "USE_NPM_INSTALL=true" : manager.lockfile !== void 0 ? `${manager.lockfile} found, but npm ${npm.version ?? npm.major} has no \`npm ci\` (npm >= ${NPM_RELEASE_FLAGS.ciSince})` : "no lockfile found";
  return { command, why };
}
function planNpmPrune(vars, nodeEnv, npmMajor) {
  const production = vars.NPM_CONFIG_PRODUCTION;
  if (production === "true") return { skipped: "NPM_CONFIG_PRODUCTION=true: devDependencies were not installed" };
  if (production !== void 0) return { skipped: `NPM_CONFIG_PRODUCTION=${production}: devDependencies are kept` };
  if (nodeEnv !== "production") return { skipped: `NODE_ENV=${nodeEnv}: devDependencies are kept` };
  return { command: ["npm", "prune", npmMajor >= 7 ? "--omit=dev" : "--production"] };
}
function planHooks(pkg, knobs, manager) {
  const hooks = [];
  const skippedHooks = [];
  const flags = (knobs.get("NODE_BUILD_FLAGS") ?? "").trim().split(/\s+/).filter((f) => f !== "");
  const buildFlags = flags.length === 0 ? [] : manager === "npm" ? ["--", ...flags] : flags;
  const add = (name, phase) => {
    const script = pkg.scripts[name];
    if (script === void 0) return;
    if (script.trim() === "") skippedHooks.push({ name, why: "the script is empty" });
    else hooks.push({ name, phase, command: [manager, "run", name, ...phase === "build" ? buildFlags : []] });
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
    cacheDirectories = paths.map((p) => ({ value: checkCachePath(key, p), source: `${key} in package.json` }));
  } else {
    cacheDirectories = [{ value: "bower_components", source: "default" }];
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
  const normal = path.posix.normalize(rel.replace(/\\/g, "/"));
  return !(path.posix.isAbsolute(normal) || normal === ".." || normal.startsWith("../"));
}
function checkCachePath(key, entry) {
  const normal = path.posix.normalize(entry.replace(/\\/g, "/")).replace(/\/+$/, "");
  if (entry.trim() === "" || path.posix.isAbsolute(normal) || normal === "." || normal === ".." || normal.startsWith("../")) {
    throw nodeErrors.cacheDirectoryOutside(key, entry);
  }
  return normal;
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
function startHints(pkg, files, manager, vars, nodeEnv) {
  const prune = manager.name === "npm" ? planNpmPrune(vars, nodeEnv, 11) : planManagerPrune(manager, vars, nodeEnv);
  if ("skipped" in prune) return [];
  const { processTypes, processSource } = planProcessTypes(pkg, files);
  return startNeedsDevDependency(pkg, processTypes.web ? { command: processTypes.web, source: processSource } : void 0);
}
function processWarning(pkg, files) {
  if (Object.keys(planProcessTypes(pkg, files).processTypes).length > 0) return [];
  return [{
    id: "nodejs/no-web-process",
    message: 'The app declares no way to start: no web entry in a Procfile, no start script in package.json, no server.js.\nAdd "scripts": {"start": "node index.js"} to package.json (or a Procfile with `web: <command>`).'
  }];
}

export {
  parseYarnPath,
  readNodeApp,
  PNP_ENGINE_IGNORE_PATTERNS,
  planNodeBuild,
  NPM_RELEASE_FLAGS
};
