import { createRequire as __engineRequire } from 'node:module'; const require = __engineRequire(import.meta.url);
import {
  commandFailedError,
  commandOutcome
} from "./chunk-2B5AJODS.mjs";
import {
  BuildError
} from "./chunk-FFA57LN5.mjs";
import {
  configVarSource,
  defaultSource,
  describeSource,
  fileSource
} from "./chunk-RJCFJAXG.mjs";

// src/php/errors.ts
function stripComposerSynopsis(tail) {
  return tail.split("\n").filter((l) => !/^\s*[a-z][a-z:-]* \[--[a-z]/.test(l.trim()) || !/\]\s*(\[|<|$)/.test(l)).join("\n").replace(/\n{3,}/g, "\n\n").trimEnd();
}
var list = (items) => items.map((i) => `  - ${i}`).join("\n");
var phpErrors = {
  composerJsonEmpty: () => new BuildError(
    "php/composer-json-empty",
    "composer.json is empty",
    "composer.json exists but contains nothing, so it is not valid JSON.\nPut at least `{}` in it (or run `composer init` locally), commit, and deploy again."
  ),
  composerJsonInvalid: (file, detail, line, column) => new BuildError(
    `php/${file === "composer.lock" ? "composer-lock-invalid" : "composer-json-invalid"}`,
    `${file} is not valid JSON (line ${line}, column ${column})`,
    `${file} could not be parsed: ${detail} at line ${line}, column ${column}.
` + (file === "composer.lock" ? "composer.lock is written by Composer: regenerate it with `composer update --lock` locally, commit it, and deploy again." : "Fix the syntax (check it locally with `composer validate`), commit, and deploy again.")
  ),
  notObject: (file, kind) => new BuildError(
    `php/${file === "composer.lock" ? "composer-lock-inconsistent" : "composer-json-not-object"}`,
    `${file} is not a JSON object`,
    `${file} contains ${kind}, but it must be an object such as {"require": {...}}.
` + (file === "composer.lock" ? "Regenerate it with `composer update --lock` locally, commit it, and deploy again." : "Fix the file (`composer validate` checks it), commit, and deploy again.")
  ),
  composerJsonField: (keyPath, expected, got) => new BuildError(
    "php/composer-json-field",
    `composer.json: ${keyPath} must be ${expected}`,
    `In composer.json, ${keyPath} is ${got}, but it must be ${expected}.
Fix the file, commit, and deploy again.`
  ),
  composerJsonMissing: () => new BuildError(
    "php/composer-json-missing",
    "composer.lock without composer.json",
    "The app has a composer.lock but no composer.json, so Composer cannot install anything.\nCommit the composer.json that goes with the lock file (or remove composer.lock for a classic app without dependencies)."
  ),
  composerLockMissing: (packages, devPackages = []) => {
    const all = [...packages, ...devPackages.map((p) => `${p} (require-dev)`)];
    return new BuildError(
      "php/composer-lock-missing",
      "composer.json requires packages but there is no composer.lock",
      `composer.json requires:
${list(all.slice(0, 10))}${all.length > 10 ? `
  \u2026 and ${all.length - 10} more` : ""}
The platform installs exactly what composer.lock says, so the build stops without one` + (devPackages.length ? " (require-dev too: without a lock, Composer resolves it even with --no-dev).\n" : ".\n") + "Run `composer install` locally (it writes composer.lock) and commit composer.lock."
    );
  },
  composerLockInconsistent: (detail) => new BuildError(
    "php/composer-lock-inconsistent",
    "composer.lock is not a lock file Composer wrote",
    `composer.lock: ${detail}.
Regenerate it with \`composer update --lock\` locally, commit it, and deploy again.`
  ),
  composerLockOutOfDate: (missing) => new BuildError(
    "php/composer-lock-out-of-date",
    "composer.lock is out of date with composer.json",
    `composer.json requires packages that composer.lock does not contain:
${list(missing)}
Run \`composer update --lock\` (or \`composer update <package>\`) locally, commit composer.lock, and deploy again.`
  ),
  invalidVersionRequest: (what, raw, source, reason) => new BuildError(
    "php/invalid-version-request",
    `Cannot read the ${what} version request ${JSON.stringify(raw)}`,
    `${source} asks for ${what} ${JSON.stringify(raw)}, which is not a version constraint: ${reason}.
Use a Composer constraint such as "^8.3", "~8.4.2" or "8.3.*", or "default". The build stops rather than guess a version you did not ask for.`
  ),
  noMatchingVersion: (what, constraints, available, from, hint) => new BuildError(
    "php/no-matching-version",
    `No ${what} version satisfies the app's constraints`,
    `These constraints must all hold:
${list(constraints.length ? constraints : ["(none: any version would do)"])}
` + (available.length ? `Available ${what} versions (${from}):
${list(available)}
` : `${from[0].toUpperCase()}${from.slice(1)} has no ${what} for this stack and architecture.
`) + (hint ? `${hint}
` : "") + "Change the version request (or update the package that needs another version with `composer update`), commit, and deploy again."
  ),
  unknownExtension: (ext, source, version, available) => new BuildError(
    "php/unknown-extension",
    `PHP extension "${ext}" is not available`,
    `${source} requires ext-${ext}, but PHP ${version} has no such extension, neither built in nor shared.
Available extensions:
  ${available.join(", ")}
Remove the requirement, or pick the extension from the list (names are case-insensitive).`
  ),
  unknownFramework: (value, known) => new BuildError(
    "php/unknown-framework",
    `Unknown framework ${JSON.stringify(value)} in extra.paas.framework`,
    `composer.json sets extra.paas.framework to ${JSON.stringify(value)}, which is not a framework this engine knows.
Known values:
  ${known.join(", ")}
Use one of them, "default" (run any .php file, serve the rest), or "none" (your nginx-includes provide every location), or remove the key to detect the framework.`
  ),
  pathInvalid: (keyPath, value, reason) => new BuildError(
    "php/path-invalid",
    `${keyPath}: ${JSON.stringify(value)} ${reason}`,
    `${keyPath} is ${JSON.stringify(value)}, which ${reason}.
Paths in extra.paas are relative to the root of the app and must name files or directories inside it (no absolute paths, no "..", no symbolic links leading outside). Fix the path, commit, and deploy again.`
  ),
  appPathUnsupported: (what, dir, char) => new BuildError(
    "php/app-path-unsupported",
    `${what} path contains ${{ '"': "a double quote", "\\": "a backslash", $: "a dollar sign", "\n": "a line break" }[char] ?? JSON.stringify(char)}`,
    `${what} is ${JSON.stringify(dir)}. The nginx and PHP-FPM configurations name files by their absolute path, quoted with "\u2026" (nginx also expands $ in them), so a path with a double quote, a backslash, a dollar sign or a line break cannot be written into them, and the boot script refuses to start from such a directory too.
Build (and run) the app in a directory whose path has none of these characters.`
  ),
  frameworkDocumentRootMissing: (framework, root, afterBuild) => new BuildError(
    "php/framework-document-root-missing",
    `The ${framework} default document root ${root}/ does not exist`,
    `The app was detected as ${framework}, whose default document root is ${root}/, and ${root}/ does not exist in the app${afterBuild ? " (not even after the build)" : ""}. You did not set it: it is the framework's default.
Commit ${root}/ (with the front controller, e.g. ${root}/index.php), or choose another document root: set the DOCUMENT_ROOT config var, or "extra": {"paas": {"document-root": "<dir>"}} in composer.json ("" is the app root). If the app is not a ` + framework + ' app, set "extra": {"paas": {"framework": "default"}}.'
  ),
  composerAuthInvalid: (detail) => new BuildError(
    "php/composer-auth-invalid",
    "COMPOSER_AUTH is not valid",
    `The COMPOSER_AUTH config var ${detail}.
It must be a JSON object as Composer documents it, for example:
  {"github-oauth": {"github.com": "<token>"}, "http-basic": {"repo.example.com": {"username": "u", "password": "p"}}}
Fix the config var and deploy again. (Its value is never printed in the build log.)`
  ),
  composerInstallFailed: (command, exit, tail) => new BuildError(
    "php/composer-install-failed",
    "composer install failed",
    `${commandOutcome(command, exit, stripComposerSynopsis(tail))}
Run the same command locally to reproduce it. If composer.lock is out of date, run \`composer update --lock\` and commit it; if a private package fails to download, check COMPOSER_AUTH.`
  ),
  /** `where` says what asked for the command: `compile command extra.paas.compile[1]`, `Symfony cache warmup (framework symfony)`. */
  compileCommandFailed: (command, where, exit, tail) => commandFailedError("php/compile-command-failed", {
    what: `The ${where}`,
    command,
    exit,
    tail,
    hint: ["The build stops at the first failing command. Fix it (it runs in the app directory after `composer install`), commit, and deploy again."]
  }),
  noArtifactStore: (component) => new BuildError(
    "php/no-artifact-store",
    `No artifact store is configured to download ${component}`,
    `PHP builds download PHP, nginx and Composer from an artifact store, and none is configured for ${component}.
Set PHP_BASE_URL (and NGINX_BASE_URL for a separate nginx store) to the base URL of a store (https://, http:// or file://) as a config var or in the build environment. \`npm run local-artifacts -- DIR\` in the engine repo packs a store from Debian packages.`
  ),
  nginxIncludeClash: (clashes) => new BuildError(
    "php/nginx-include-clash",
    "An nginx include redefines a location of the generated configuration",
    `${list(clashes)}
nginx refuses a configuration with two identical locations, so the app would not boot.
Change the location in your include (e.g. \`location /login\` instead of \`location /\`), or set extra.paas.framework to "none" and provide every location yourself in nginx-includes.`
  ),
  agentUnavailable: (key, agent) => new BuildError(
    "php/agent-unavailable",
    `extra.paas.${key} is on, but no ${agent} agent is available`,
    `composer.json enables ${agent} (extra.paas.${key}: true), but the artifact store has no ${agent} agent for this PHP version and stack.
Set extra.paas.${key} to false (or remove it), or use an artifact store that provides the agent.`
  )
};

// data/php-versions.json
var php_versions_default = JSON.parse(`{"schema":1,"about":"php.md \xA72 and the platform's PHP pages: the versions the default artifact store serves on every stack. Used to resolve versions when no store manifest is at hand (bin/plan offline); compile resolves against the manifest of the store in use.","stacks":["scalingo-22","scalingo-24","scalingo-26"],"php":{"defaultLine":"8.4","versions":["8.2.31","8.3.31","8.4.22","8.5.7"],"extensions":{"builtin":["bcmath","calendar","core","ctype","curl","date","dom","exif","fileinfo","filter","ftp","gd","gettext","gmp","hash","iconv","intl","json","libxml","mbstring","mysqli","mysqlnd","openssl","pcntl","pcre","pdo","pdo_mysql","pdo_pgsql","pdo_sqlite","pgsql","phar","posix","random","readline","reflection","session","shmop","simplexml","soap","sockets","sodium","spl","sqlite3","standard","sysvmsg","sysvsem","sysvshm","tokenizer","xml","xmlreader","xmlwriter","xsl","zip","zlib"],"shared":["amqp","apcu","igbinary","imagick","memcached","mongodb","msgpack","oauth","opcache","redis","sqlsrv","pdo_sqlsrv","xdebug"]}},"nginx":{"defaultLine":"1.30","versions":["1.30.3","1.31.2"]},"composer":{"defaultLine":"2","versions":["2.2.28","2.10.1"]},"extensionPolicy":{"about":"Shared extensions enabled even when nothing requires them: php.md \xA74 (apcu, redis, mongodb), opcache (php.md \xA76 turns it on), and the extensions production artifacts build in, for artifacts (such as Debian's) that ship them as shared modules, so an app behaves the same on both.","alwaysEnabled":["opcache","apcu","redis","mongodb","igbinary","ctype","iconv","mbstring","tokenizer","xml","dom","simplexml","xmlreader","xmlwriter","xsl","phar","fileinfo","pdo","pdo_sqlite","sqlite3","curl","zip","intl","posix","sockets","calendar","exif","ftp","gettext","shmop","sysvmsg","sysvsem","sysvshm","readline","bcmath","gd","gmp","pdo_mysql","mysqli","mysqlnd","pdo_pgsql","pgsql","soap"]}}`);

// src/php/constraint.ts
var NUM = String.raw`(\d{1,9})`;
var NUMS = String.raw`v?${NUM}(?:\.${NUM})?(?:\.${NUM})?(?:\.${NUM})?`;
var RELEASE = new RegExp(`^${NUMS}$`, "i");
var MODIFIER = String.raw`(?:[._-]?(stable|beta|b|RC|alpha|a|patch|pl|p)((?:[.-]?\d+)*))?(?:[._-]?(dev))?`;
var POINT = new RegExp(`^${NUMS}${MODIFIER}(?:\\+\\S+)?$`, "i");
var X_RANGE = /^v?(\d{1,9})(?:\.(\d{1,9}))?(?:\.(\d{1,9}))?(?:\.[x*])+$/i;
var FLAG = /@(?:stable|RC|beta|alpha|dev)$/i;
var OR_SPLIT = /\s*\|\|?\s*/;
var AND_SPLIT = /(?<!^|as|[=>< ,]) *(?<!-)[, ](?!-) *(?!,|as|$)/;
function parseVersion(text) {
  const m = RELEASE.exec(text.trim());
  return m ? toVersion(m.slice(1, 5)) : void 0;
}
function compareVersions(a, b) {
  for (let i = 0; i < 4; i++) {
    const d = a[i] - b[i];
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}
function formatVersion(v) {
  return v[3] === 0 ? `${v[0]}.${v[1]}.${v[2]}` : v.join(".");
}
function parseConstraint(raw) {
  const text = raw.trim();
  if (text === "") return { ok: false, reason: "the constraint is empty" };
  try {
    const groups = text.split(OR_SPLIT).map((alternative) => {
      if (alternative === "") fail(`"${text}" has an empty alternative next to "|" or "||"`);
      return alternative.split(AND_SPLIT).map(parseTerm).reduce((acc, term) => acc.flatMap((a) => term.flatMap((b) => intersect(a, b) ?? [])));
    });
    return { ok: true, constraint: { raw, alternatives: union(groups.flat()) } };
  } catch (e) {
    if (e instanceof SyntaxFailure) return { ok: false, reason: e.message };
    throw e;
  }
}
function matches(c, version) {
  const v = typeof version === "string" ? parseVersion(version) : version;
  if (v === void 0) throw new TypeError(`not a release version: "${String(version)}"`);
  return c.alternatives.some((i) => intersect(i, exactly(v)) !== void 0);
}
function describeConstraint(c) {
  if (c.alternatives.length === 0) return "no version";
  return c.alternatives.map(describeInterval).join(" || ");
}
var SyntaxFailure = class extends Error {
};
function fail(reason) {
  throw new SyntaxFailure(reason);
}
var ANY = [{}];
var exactly = (v) => ({ lower: { version: v, inclusive: true }, upper: { version: v, inclusive: true } });
function parseTerm(term) {
  if (/^,|,$/.test(term)) fail(`"${term}" has a comma with no constraint on one side`);
  if (/^\S+ +as +\S+$/.test(term)) fail(`"${term}" is an inline alias ("as"), which does not apply to a PHP version`);
  if (/\s-$|^-\s/.test(term)) fail(`"${term}" is an incomplete hyphen range (expected "A - B")`);
  if (term === "-") fail('a lone "-": write a hyphen range as "8.2 - 8.4", one space on each side');
  if (!/\s/.test(term) && FLAG.test(term)) term = term.replace(FLAG, "") || "*";
  if (/^v?[x*](\.[x*])*$/i.test(term)) return ANY;
  if (term.startsWith("~")) {
    if (term.startsWith("~>")) fail(`"${term}": "~>" is not a Composer operator, use "~"`);
    const p2 = parsePoint(term, term.slice(1));
    return [{ lower: lowerBound(p2, ">="), upper: bump(p2, Math.max(1, p2.given - 1)) }];
  }
  if (term.startsWith("^")) {
    const p2 = parsePoint(term, term.slice(1));
    const [major, minor] = p2.version;
    const position = major !== 0 || p2.given < 2 ? 1 : minor !== 0 || p2.given < 3 ? 2 : 3;
    return [{ lower: lowerBound(p2, ">="), upper: bump(p2, position) }];
  }
  const x = X_RANGE.exec(term);
  if (x) {
    const given = x.slice(1, 4).filter((s) => s !== void 0).length;
    const p2 = { version: toVersion(x.slice(1, 4)), given, offset: 0, suffixed: false };
    return [{ lower: { version: p2.version, inclusive: true }, upper: bump(p2, given) }];
  }
  const hyphen = /^(\S+) +- +(\S+)$/.exec(term);
  if (hyphen) {
    const from = parsePoint(term, hyphen[1]);
    const to = parsePoint(term, hyphen[2]);
    const upper = to.given >= 3 || to.suffixed ? upperBound(to, "<=") : bump(to, to.given === 1 ? 1 : 2);
    return [{ lower: lowerBound(from, ">="), upper }];
  }
  const [, op = "=", rest = ""] = /^(<>|!=|>=?|<=?|==?)?\s*(.*)$/s.exec(term) ?? [];
  if (rest === "") fail(`"${term}" has no version after the operator`);
  const p = parsePoint(term, rest.replace(FLAG, ""));
  switch (op) {
    case ">":
    case ">=":
      return [{ lower: lowerBound(p, op) }];
    case "<":
    case "<=":
      return [{ upper: upperBound(p, op) }];
    case "!=":
    case "<>":
      if (p.offset !== 0) return ANY;
      return [{ upper: { version: p.version, inclusive: false } }, { lower: { version: p.version, inclusive: false } }];
    default:
      return p.offset !== 0 ? [] : [exactly(p.version)];
  }
}
function parsePoint(term, text) {
  const m = POINT.exec(text);
  if (!m) {
    if (/^dev-|-dev$|\.[x*]-?dev$|^(master|main|trunk|default)$/i.test(text)) {
      fail(`"${term}" names a development branch, not a PHP release`);
    }
    if (text === "") fail(`"${term}" has no version after the operator`);
    fail(text === term ? `"${term}" is not a version or a version constraint` : `"${term}": "${text}" is not a version`);
  }
  const stability = m[5]?.toLowerCase();
  const dev = m[7] !== void 0;
  const offset = stability === "stable" ? 0 : stability !== void 0 && /^p/.test(stability) ? 1 : stability !== void 0 || dev ? -1 : 0;
  const given = m.slice(1, 5).filter((s) => s !== void 0).length;
  return { version: toVersion(m.slice(1, 5)), given, offset, suffixed: stability !== void 0 || dev };
}
function lowerBound(p, op) {
  return { version: p.version, inclusive: p.offset < 0 || p.offset === 0 && op === ">=" };
}
function upperBound(p, op) {
  return { version: p.version, inclusive: p.offset > 0 || p.offset === 0 && op === "<=" };
}
function bump(p, position) {
  const v = p.version.map((n, i) => i < position - 1 ? n : i === position - 1 ? n + 1 : 0);
  return { version: toVersion(v.map(String)), inclusive: false };
}
function toVersion(parts) {
  const n = (i) => Number(parts[i] ?? 0);
  return [n(0), n(1), n(2), n(3)];
}
function intersect(a, b) {
  const lower = pick(a.lower, b.lower, 1);
  const upper = pick(a.upper, b.upper, -1);
  if (lower && upper) {
    const d = compareVersions(lower.version, upper.version);
    if (d > 0 || d === 0 && !(lower.inclusive && upper.inclusive)) return void 0;
  }
  return { ...lower && { lower }, ...upper && { upper } };
}
function pick(a, b, sign, tie = "narrow") {
  if (!a || !b) return a ?? b;
  const d = compareVersions(a.version, b.version) * sign;
  if (d !== 0) return d > 0 ? a : b;
  return { version: a.version, inclusive: tie === "narrow" ? a.inclusive && b.inclusive : a.inclusive || b.inclusive };
}
function union(intervals) {
  const sorted = [...intervals].sort((a, b) => {
    if (!a.lower || !b.lower) return a.lower ? 1 : b.lower ? -1 : 0;
    return compareVersions(a.lower.version, b.lower.version) || Number(b.lower.inclusive) - Number(a.lower.inclusive);
  });
  const out = [];
  for (const next of sorted) {
    const last = out.at(-1);
    if (last && touches(last, next)) {
      const upper = last.upper && next.upper ? pick(last.upper, next.upper, 1, "widen") : void 0;
      out[out.length - 1] = { ...last.lower && { lower: last.lower }, ...upper && { upper } };
    } else {
      out.push(next);
    }
  }
  return out;
}
function touches(last, next) {
  if (!last.upper || !next.lower) return true;
  const d = compareVersions(next.lower.version, last.upper.version);
  return d < 0 || d === 0 && (last.upper.inclusive || next.lower.inclusive);
}
function describeInterval({ lower, upper }) {
  if (!lower && !upper) return "any version";
  if (lower && upper && lower.inclusive && upper.inclusive && compareVersions(lower.version, upper.version) === 0) {
    return formatVersion(lower.version);
  }
  const parts = [];
  if (lower) parts.push(`${lower.inclusive ? ">=" : ">"}${formatVersion(lower.version)}`);
  if (upper) parts.push(`${upper.inclusive ? "<=" : "<"}${formatVersion(upper.version)}`);
  return parts.join(" ");
}

// src/php/versions.ts
var THE_DEFAULT = defaultSource("the default");
var COMPONENT_LABEL = { php: "PHP", nginx: "nginx", composer: "Composer" };
function embeddedCatalog(component) {
  const c = php_versions_default[component];
  return { versions: c.versions, defaultLine: c.defaultLine, from: "the embedded version table" };
}
var EMBEDDED_PHP_EXTENSIONS = php_versions_default.php.extensions;
var ALWAYS_ENABLED_EXTENSIONS = php_versions_default.extensionPolicy.alwaysEnabled;
function parseOrThrow(component, raw, source, text) {
  const parsed = parseConstraint(text);
  if (!parsed.ok) throw phpErrors.invalidVersionRequest(COMPONENT_LABEL[component], raw, describeSource(source), parsed.reason);
  return parsed.constraint;
}
function engineRequest(component, raw, source) {
  const text = raw.trim();
  if (text === "" || text.toLowerCase() === "default") return { component, raw, source };
  if (/^v?\d+(\.\d+)?$/.test(text)) return { component, raw, source, constraint: parseOrThrow(component, raw, source, `${text.replace(/^v/, "")}.*`) };
  return { component, raw, source, constraint: parseOrThrow(component, raw, source, text) };
}
function composerRequest(component, raw, source) {
  return { component, raw, source, constraint: parseOrThrow(component, raw, source, raw) };
}
function determinePhpRequest(json, paas, vars) {
  const warnings = [];
  let request;
  const requirePhp = json?.require.php;
  if (requirePhp !== void 0) {
    request = composerRequest("php", requirePhp, fileSource("composer.json", "require.php"));
    if (/^\s*=*\s*v?\d+\.\d+\.\d+\s*$/.test(requirePhp)) {
      warnings.push({
        id: "php/exact-version-pin",
        message: `composer.json pins PHP to exactly ${requirePhp.trim()}: this app will miss security updates. Use "~${requirePhp.trim().replace(/^[=v\s]+/, "")}" to get the newest patch release of that line.`
      });
    }
  } else if (json?.platformPhp !== void 0) {
    request = engineRequest("php", json.platformPhp.split(".").slice(0, 2).join("."), fileSource("composer.json", "config.platform.php"));
  } else if (paas.engines.php !== void 0) {
    request = engineRequest("php", paas.engines.php, fileSource("composer.json", "extra.paas.engines.php"));
  } else if (vars.PHP_VERSION !== void 0) {
    request = engineRequest("php", vars.PHP_VERSION, configVarSource("PHP_VERSION"));
  }
  if (request && !(request.source.kind === "config-var" && request.source.name === "PHP_VERSION") && vars.PHP_VERSION !== void 0) {
    warnings.push({
      id: "php/ignored-platform-version",
      message: `The PHP_VERSION config var (${vars.PHP_VERSION}) is ignored: ${describeSource(request.source)} decides the PHP version of apps with a composer.json.`
    });
  }
  return { request: request ?? { component: "php", raw: "default", source: THE_DEFAULT }, warnings };
}
function determineEngineRequest(component, json, paas, vars) {
  const fromPaas = paas.engines[component];
  if (fromPaas !== void 0) return engineRequest(component, fromPaas, fileSource("composer.json", `extra.paas.engines.${component}`));
  if (component === "nginx" && json?.require.nginx !== void 0) {
    return engineRequest(component, json.require.nginx, fileSource("composer.json", "require.nginx"));
  }
  const varName = component === "nginx" ? "NGINX_VERSION" : "COMPOSER_VERSION";
  if (vars[varName] !== void 0) return engineRequest(component, vars[varName], configVarSource(varName));
  return { component, raw: "default", source: THE_DEFAULT };
}
function lockedPhpConstraints(lock, withDev) {
  if (!lock) return [];
  return lock.packages.flatMap((p) => (withDev || !p.dev) && p.require.php !== void 0 ? [{ ...p, php: p.require.php }] : []).map((p) => {
    const parsed = parseConstraint(p.php);
    const source = { kind: "locked-package", name: p.name, version: p.version };
    if (!parsed.ok) throw phpErrors.invalidVersionRequest("PHP", p.php, describeSource(source), parsed.reason);
    return { constraint: parsed.constraint, source };
  });
}
function exactVersionHint(request) {
  if (request.source.kind !== "file" || request.source.key !== "require.php") return void 0;
  const m = /^\s*=*\s*v?(\d+)\.(\d+)(?:\.(\d+))?\s*$/.exec(request.raw);
  if (!m) return void 0;
  const exact = `${m[1]}.${m[2]}.${m[3] ?? "0"}`;
  return `In composer.json, "php": "${request.raw.trim()}" means exactly PHP ${exact} (Composer's meaning of a version without an operator). Use "~${exact}" for the newest ${m[1]}.${m[2]}.x, or "^${m[1]}.${m[2]}" for ${m[1]}.${m[2]} or newer.`;
}
var inLine = (version, line) => version === line || version.startsWith(`${line}.`);
function resolveVersion(request, extra, catalog) {
  const label = COMPONENT_LABEL[request.component];
  const all = [
    ...request.constraint ? [{ constraint: request.constraint, source: request.source }] : [],
    ...extra
  ];
  const sorted = catalog.versions.map((v) => ({ text: v, parsed: parseVersion(v) })).filter((v) => v.parsed !== void 0).sort((a, b) => compareVersions(b.parsed, a.parsed));
  const satisfying = sorted.filter((v) => all.every((c) => matches(c.constraint, v.parsed)));
  if (satisfying.length === 0) {
    throw phpErrors.noMatchingVersion(
      label,
      all.map((c) => `${c.constraint.raw} (${describeConstraint(c.constraint)}) from ${describeSource(c.source)}`),
      sorted.map((v) => v.text),
      catalog.from,
      exactVersionHint(request)
    );
  }
  const inDefault = satisfying.find((v) => inLine(v.text, catalog.defaultLine));
  const chosen = inDefault ?? satisfying[0];
  const line = `${catalog.defaultLine}.x`;
  const asked = request.constraint ? `${request.raw} (${describeSource(request.source)})` : void 0;
  const names = extra.map((e) => e.source.kind === "locked-package" ? `${e.source.name} ${e.source.version}` : describeSource(e.source));
  const others = extra.length ? `the php requirements of ${extra.length} locked package${extra.length === 1 ? "" : "s"} (${names.slice(0, 3).join(", ")}${names.length > 3 ? ", \u2026" : ""})` : void 0;
  const what = [asked, others].filter(Boolean).join(" and ");
  const lineAvailable = sorted.some((v) => inLine(v.text, catalog.defaultLine));
  let why;
  if (inDefault) why = what ? `newest ${line} (the default line) satisfying ${what}` : `the default: newest ${line}`;
  else if (!what) why = `the default line ${line} is not available: newest available`;
  else why = `newest satisfying ${what} (${lineAvailable ? `the default line ${line} does not` : `no ${line} available`})`;
  return { component: request.component, version: chosen.text, request, why };
}

export {
  phpErrors,
  COMPONENT_LABEL,
  embeddedCatalog,
  EMBEDDED_PHP_EXTENSIONS,
  ALWAYS_ENABLED_EXTENSIONS,
  determinePhpRequest,
  determineEngineRequest,
  lockedPhpConstraints,
  resolveVersion
};
