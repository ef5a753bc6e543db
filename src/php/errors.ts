/**
 * User-visible errors of PHP builds, by stable id (never rename one).
 * Each has a snapshot test of its text in test/errors.test.ts.
 */
import { BuildError } from '../errors/build-error.js';
import { commandFailedError, commandOutcome, type CommandExit } from '../errors/command-failed.js';

/**
 * Composer prints its command's usage synopsis after an error (`install [--prefer-source]
 * [--prefer-dist] …`): noise in an error excerpt, cut out.
 */
export function stripComposerSynopsis(tail: string): string {
  return tail.split('\n').filter((l) => !/^\s*[a-z][a-z:-]* \[--[a-z]/.test(l.trim()) || !/\]\s*(\[|<|$)/.test(l)).join('\n').replace(/\n{3,}/g, '\n\n').trimEnd();
}

const PROBLEM_START = /^(?:Your requirements could not be resolved|Your lock file does not contain a compatible set|\s*Problem \d+\s*$)/;
/** Composer's advice after the problems: a list of every ini file, then ways to ignore the requirement. */
const PROBLEM_END = /^(?:To enable extensions, verify that they are enabled in your \.ini files:|You can also run `php --ini`|Alternatively, you can run Composer with)/;
const EXCERPT_LINES = 40;

/**
 * The lines of Composer's output that state why it failed: its "Problem N" blocks (and a
 * "Warning:" it printed before them), without the list of ini files and the
 * --ignore-platform-req advice that follow them, which can be longer than any tail. Undefined
 * when the output has no such block (then the tail says it).
 */
export function composerProblemExcerpt(output: string): string | undefined {
  const lines = output.replace(/\r\n?/g, '\n').split('\n');
  const start = lines.findIndex((l) => PROBLEM_START.test(l));
  if (start === -1) return undefined;
  const picked = lines.slice(0, start).filter((l) => /^Warning: /.test(l)).slice(-3);
  let iniList = false;
  for (const l of lines.slice(start)) {
    if (PROBLEM_END.test(l)) {
      iniList ||= l.startsWith('To enable extensions');
      break;
    }
    picked.push(l);
  }
  while (picked.length && picked.at(-1)!.trim() === '') picked.pop();
  const shown = picked.length > EXCERPT_LINES ? [...picked.slice(0, EXCERPT_LINES), `… (${picked.length - EXCERPT_LINES} more lines in the build log above)`] : picked;
  if (iniList) shown.push('(then the ini files PHP loaded, listed in the build log above)');
  return shown.map((l) => `  ${l}`).join('\n');
}

const list = (items: readonly string[]) => items.map((i) => `  - ${i}`).join('\n');

export const phpErrors = {
  composerJsonEmpty: () =>
    new BuildError(
      'php/composer-json-empty',
      'composer.json is empty',
      'composer.json exists but contains nothing, so it is not valid JSON.\n' +
        'Put at least `{}` in it (or run `composer init` locally), commit, and deploy again.',
    ),

  composerJsonInvalid: (file: string, detail: string, line: number, column: number) =>
    new BuildError(
      `php/${file === 'composer.lock' ? 'composer-lock-invalid' : 'composer-json-invalid'}`,
      `${file} is not valid JSON (line ${line}, column ${column})`,
      `${file} could not be parsed: ${detail} at line ${line}, column ${column}.\n` +
        (file === 'composer.lock'
          ? 'composer.lock is written by Composer: regenerate it with `composer update --lock` locally, commit it, and deploy again.'
          : 'Fix the syntax (check it locally with `composer validate`), commit, and deploy again.'),
    ),

  notObject: (file: string, kind: string) =>
    new BuildError(
      `php/${file === 'composer.lock' ? 'composer-lock-inconsistent' : 'composer-json-not-object'}`,
      `${file} is not a JSON object`,
      `${file} contains ${kind}, but it must be an object such as {"require": {...}}.\n` +
        (file === 'composer.lock'
          ? 'Regenerate it with `composer update --lock` locally, commit it, and deploy again.'
          : 'Fix the file (`composer validate` checks it), commit, and deploy again.'),
    ),

  composerJsonField: (keyPath: string, expected: string, got: string) =>
    new BuildError(
      'php/composer-json-field',
      `composer.json: ${keyPath} must be ${expected}`,
      `In composer.json, ${keyPath} is ${got}, but it must be ${expected}.\n` +
        'Fix the file, commit, and deploy again.',
    ),

  composerJsonMissing: () =>
    new BuildError(
      'php/composer-json-missing',
      'composer.lock without composer.json',
      'The app has a composer.lock but no composer.json, so Composer cannot install anything.\n' +
        'Commit the composer.json that goes with the lock file (or remove composer.lock for a classic app without dependencies).',
    ),

  composerLockMissing: (packages: readonly string[], devPackages: readonly string[] = []) => {
    const all = [...packages, ...devPackages.map((p) => `${p} (require-dev)`)];
    return new BuildError(
      'php/composer-lock-missing',
      'composer.json requires packages but there is no composer.lock',
      `composer.json requires:\n${list(all.slice(0, 10))}${all.length > 10 ? `\n  … and ${all.length - 10} more` : ''}\n` +
        'The platform installs exactly what composer.lock says, so the build stops without one' +
        (devPackages.length ? ' (require-dev too: without a lock, Composer resolves it even with --no-dev).\n' : '.\n') +
        'Run `composer install` locally (it writes composer.lock) and commit composer.lock.',
    );
  },

  composerLockInconsistent: (detail: string) =>
    new BuildError(
      'php/composer-lock-inconsistent',
      'composer.lock is not a lock file Composer wrote',
      `composer.lock: ${detail}.\n` +
        'Regenerate it with `composer update --lock` locally, commit it, and deploy again.',
    ),

  composerLockOutOfDate: (missing: readonly string[]) =>
    new BuildError(
      'php/composer-lock-out-of-date',
      'composer.lock is out of date with composer.json',
      `composer.json requires packages that composer.lock does not contain:\n${list(missing)}\n` +
        'Run `composer update --lock` (or `composer update <package>`) locally, commit composer.lock, and deploy again.',
    ),

  invalidVersionRequest: (what: string, raw: string, source: string, reason: string) =>
    new BuildError(
      'php/invalid-version-request',
      `Cannot read the ${what} version request ${JSON.stringify(raw)}`,
      `${source} asks for ${what} ${JSON.stringify(raw)}, which is not a version constraint: ${reason}.\n` +
        'Use a Composer constraint such as "^8.3", "~8.4.2" or "8.3.*", or "default". ' +
        'The build stops rather than guess a version you did not ask for.',
    ),

  noMatchingVersion: (what: string, constraints: readonly string[], available: readonly string[], from: string, hint?: string) =>
    new BuildError(
      'php/no-matching-version',
      `No ${what} version satisfies the app's constraints`,
      `These constraints must all hold:\n${list(constraints.length ? constraints : ['(none: any version would do)'])}\n` +
        (available.length
          ? `Available ${what} versions (${from}):\n${list(available)}\n`
          : `${from[0]!.toUpperCase()}${from.slice(1)} has no ${what} for this stack and architecture.\n`) +
        (hint ? `${hint}\n` : '') +
        'Change the version request (or update the package that needs another version with `composer update`), commit, and deploy again.',
    ),

  unknownExtension: (ext: string, source: string, version: string, available: readonly string[], otherVersions: readonly string[] = []) =>
    new BuildError(
      'php/unknown-extension',
      `PHP extension "${ext}" is not available`,
      `${source} requires ext-${ext}, but PHP ${version} has no such extension, neither built in nor shared.\n` +
        `Available extensions:\n  ${available.join(', ')}\n` +
        (otherVersions.length
          ? `ext-${ext} exists for PHP ${otherVersions.join(', ')}: require one of those lines in composer.json ("php": "~${otherVersions[0]!.split('.').slice(0, 2).join('.')}.0"), or remove the requirement.\n`
          : 'Remove the requirement, or pick the extension from the list (names are case-insensitive).\n') +
        'Extensions are never compiled during the build: the upstream buildpack builds a missing one from PECL (pecl.php.net), ' +
        'which this engine does not reach; it uses only what the artifact store ships. A package that "provide"s the extension ' +
        `(a polyfill such as symfony/polyfill-*) also satisfies the requirement.`,
    ),

  unknownFramework: (value: string, known: readonly string[]) =>
    new BuildError(
      'php/unknown-framework',
      `Unknown framework ${JSON.stringify(value)} in extra.paas.framework`,
      `composer.json sets extra.paas.framework to ${JSON.stringify(value)}, which is not a framework this engine knows.\n` +
        `Known values:\n  ${known.join(', ')}\n` +
        'Use one of them, "default" (run any .php file, serve the rest), or "none" (your nginx-includes provide every location), or remove the key to detect the framework.',
    ),

  iniPathOutsideApp: (where: string, directive: string, value: string, access: 'runs' | 'loads' | 'reads' | 'writes', reason: string) =>
    new BuildError(
      'php/ini-path-outside-app',
      `${where}: ${directive} = ${JSON.stringify(value)} ${reason}`,
      `${where} sets ${directive} to ${JSON.stringify(value)}, which ${reason}. PHP ${access === 'runs' ? 'runs that file' : access === 'loads' ? 'loads that file' : access === 'reads' ? 'reads that file' : 'writes there'} ` +
        'in every PHP process, including the build\'s own (composer install), so such a path must lead inside the app.\n' +
        `Write it relative to the root of the app (e.g. ${directive}=config/${directive.includes('dir') || directive.endsWith('path') ? 'dir' : 'file'}), ` +
        'or as /app/… or ${HOME}/… (both mean the app), commit, and deploy again.',
    ),

  pathInvalid: (keyPath: string, value: string, reason: string) =>
    new BuildError(
      'php/path-invalid',
      `${keyPath}: ${JSON.stringify(value)} ${reason}`,
      `${keyPath} is ${JSON.stringify(value)}, which ${reason}.\n` +
        'Paths in extra.paas are relative to the root of the app and must name files or directories inside it ' +
        '(no absolute paths, no "..", no symbolic links leading outside). Fix the path, commit, and deploy again.',
    ),

  appPathUnsupported: (what: string, dir: string, char: string) =>
    new BuildError(
      'php/app-path-unsupported',
      `${what} path contains ${({ '"': 'a double quote', '\\': 'a backslash', $: 'a dollar sign', '\n': 'a line break' } as Record<string, string>)[char] ?? JSON.stringify(char)}`,
      `${what} is ${JSON.stringify(dir)}. The nginx and PHP-FPM configurations name files by their absolute path, quoted with "…" ` +
        '(nginx also expands $ in them), so a path with a double quote, a backslash, a dollar sign or a line break cannot be written into them, ' +
        'and the boot script refuses to start from such a directory too.\n' +
        'Build (and run) the app in a directory whose path has none of these characters.',
    ),

  frameworkDocumentRootMissing: (framework: string, root: string, afterBuild: boolean) =>
    new BuildError(
      'php/framework-document-root-missing',
      `The ${framework} default document root ${root}/ does not exist`,
      `The app was detected as ${framework}, whose default document root is ${root}/, and ${root}/ does not exist in the app` +
        `${afterBuild ? ' (not even after the build)' : ''}. You did not set it: it is the framework's default.\n` +
        `Commit ${root}/ (with the front controller, e.g. ${root}/index.php), or choose another document root: ` +
        'set the DOCUMENT_ROOT config var, or "extra": {"paas": {"document-root": "<dir>"}} in composer.json ("" is the app root). ' +
        'If the app is not a ' + framework + ' app, set "extra": {"paas": {"framework": "default"}}.',
    ),

  composerAuthInvalid: (detail: string) =>
    new BuildError(
      'php/composer-auth-invalid',
      'COMPOSER_AUTH is not valid',
      `The COMPOSER_AUTH config var ${detail}.\n` +
        'It must be a JSON object as Composer documents it, for example:\n' +
        '  {"github-oauth": {"github.com": "<token>"}, "http-basic": {"repo.example.com": {"username": "u", "password": "p"}}}\n' +
        'Fix the config var and deploy again. (Its value is never printed in the build log.)',
    ),

  /** `problems`: composerProblemExcerpt of the output, shown instead of the tail when Composer stated its problems. */
  composerInstallFailed: (command: string, exit: CommandExit, tail: string, problems?: string) =>
    new BuildError(
      'php/composer-install-failed',
      'composer install failed',
      `${problems !== undefined ? `${commandOutcome(command, exit, '')}\nWhat Composer reported:\n${problems}` : commandOutcome(command, exit, stripComposerSynopsis(tail))}\n` +
        (problems?.includes('has the wrong version installed')
          ? 'An extension "has the wrong version installed": the version is that of the extension this PHP artifact ships. ' +
            'Allow it in composer.json (then `composer update --lock` and commit), or use an artifact store that ships the version the lock needs.\n'
          : '') +
        'Run the same command locally to reproduce it. If composer.lock is out of date, run `composer update --lock` and commit it; ' +
        'if a private package fails to download, check COMPOSER_AUTH.',
    ),

  /** `where` says what asked for the command: `compile command extra.paas.compile[1]`, `Symfony cache warmup (framework symfony)`. */
  compileCommandFailed: (command: string, where: string, exit: CommandExit, tail: string) =>
    commandFailedError('php/compile-command-failed', {
      what: `The ${where}`, command, exit, tail,
      hint: ['The build stops at the first failing command. Fix it (it runs in the app directory after `composer install`), commit, and deploy again.'],
    }),

  noArtifactStore: (component: string) =>
    new BuildError(
      'php/no-artifact-store',
      `No artifact store is configured to download ${component}`,
      `PHP builds download PHP, nginx and Composer from an artifact store, and none is configured for ${component}.\n` +
        'Set PHP_BASE_URL (and NGINX_BASE_URL for a separate nginx store) to the base URL of a store (https://, http:// or file://) ' +
        'as a config var or in the build environment. `node scripts/build-store.mjs` in the engine repo builds one from verified source.',
    ),

  storeLacksStack: (component: string, baseUrl: string, stack: string, stacks: readonly string[]) =>
    new BuildError(
      'php/store-lacks-stack',
      `The artifact store has no ${component} for the stack ${stack}`,
      `${baseUrl}manifest.json lists ${component} only for ${stacks.join(', ')}. An artifact is built for one stack (it links that stack's libraries), so it is not used on another.
` +
        `Point PHP_BASE_URL (NGINX_BASE_URL for nginx) to a store built for ${stack} (a platform builds one by running scripts/build-store.mjs inside the stack's image), ` +
        `or build where STACK is ${stacks.length === 1 ? stacks[0] : `one of ${stacks.join(', ')}`}.`,
    ),

  nginxIncludeClash: (clashes: readonly string[]) =>
    new BuildError(
      'php/nginx-include-clash',
      'An nginx include redefines a location of the generated configuration',
      `${list(clashes)}\nnginx refuses a configuration with two identical locations, so the app would not boot.\n` +
        'Change the location in your include (e.g. `location /login` instead of `location /`), or set ' +
        'extra.paas.framework to "none" and provide every location yourself in nginx-includes.',
    ),

  agentUnavailable: (key: string, agent: string) =>
    new BuildError(
      'php/agent-unavailable',
      `extra.paas.${key} is on, but no ${agent} agent is available`,
      `composer.json enables ${agent} (extra.paas.${key}: true), but the artifact store has no ${agent} agent for this PHP version and stack.\n` +
        `Set extra.paas.${key} to false (or remove it), or use an artifact store that provides the agent.`,
    ),
};
