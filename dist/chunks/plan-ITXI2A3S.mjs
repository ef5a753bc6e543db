import { createRequire as __engineRequire } from 'node:module'; const require = __engineRequire(import.meta.url);
import {
  BOOT_SCRIPT_PATH,
  PHP_LAYOUT,
  PLACEHOLDERS,
  ROOT_ONLY_MARKER,
  composerAuthEnv,
  containsPlaceholderToken
} from "./chunk-WNGM7YJU.mjs";
import "./chunk-CACCQAEV.mjs";
import {
  planNodeBuild,
  readNodeApp
} from "./chunk-QLS6NXFV.mjs";
import "./chunk-GAUQUVSX.mjs";
import "./chunk-5GWIO5J4.mjs";
import {
  parseProcfile
} from "./chunk-OAZFFPHX.mjs";
import "./chunk-IYXE63OT.mjs";
import "./chunk-JQD5ENTX.mjs";
import {
  ALWAYS_ENABLED_EXTENSIONS,
  determineEngineRequest,
  determinePhpRequest,
  lockedPhpConstraints,
  phpErrors,
  resolveVersion
} from "./chunk-ISYHQERH.mjs";
import {
  checkMemoryLimit,
  determineMemoryLimit,
  findIniSettings
} from "./chunk-7OBNEDN4.mjs";
import {
  BuildError
} from "./chunk-FFA57LN5.mjs";
import "./chunk-RFJHALY7.mjs";

// src/nginx-config/frameworks.ts
var loc = (modifier, pattern, ...body) => ({ modifier, pattern, body });
var deny = (modifier, pattern) => loc(modifier, pattern, "deny all;");
var ANY_PHP = loc(
  "~",
  String.raw`[^/]\.php(/|$)`,
  String.raw`fastcgi_split_path_info ^(.+?\.php)(/.*)$;`,
  "if (!-f $document_root$fastcgi_script_name) { return 404; }",
  "fastcgi_pass php;"
);
function frontController(script, fallback, internal, tryDirs = true) {
  const re = script.replace(/\./g, String.raw`\.`);
  return [
    loc("", "/", `try_files $uri${tryDirs ? " $uri/" : ""} ${fallback};`),
    loc("~", String.raw`^/${re}(/|$)`, String.raw`fastcgi_split_path_info ^(/${re})(/.*)$;`, "fastcgi_pass php;", ...internal ? ["internal;"] : []),
    loc("~", String.raw`\.php$`, "return 404;")
  ];
}
var WORDPRESS = [
  deny("~*", String.raw`/(?:uploads|files)/.*\.php$`),
  loc("", "/", "try_files $uri $uri/ /index.php?$args;"),
  ANY_PHP
];
var LOCATIONS = {
  default: [ANY_PHP],
  none: [],
  laravel: frontController("index.php", "/index.php?$query_string", false),
  lumen: frontController("index.php", "/index.php?$query_string", false),
  symfony: frontController("index.php", "/index.php$is_args$args", true, false),
  symfony2: frontController("app.php", "/app.php$is_args$args", true, false),
  slim: frontController("index.php", "/index.php$is_args$args", false),
  silex: frontController("index.php", "/index.php$is_args$args", false, false),
  laminas: frontController("index.php", "/index.php$is_args$args", false),
  cakephp2: frontController("index.php", "/index.php?$uri&$args", false),
  codeigniter: [
    // CodeIgniter 3 keeps its code under the app root, next to index.php.
    deny("~", "^/(?:application|system)/"),
    ...frontController("index.php", "/index.php$is_args$args", false)
  ],
  yii: [
    // Yii 1 keeps its code under the app root; both versions publish assets/ (never PHP).
    deny("~", "^/(?:protected|framework|themes/[^/]+/views)/"),
    deny("~", String.raw`^/assets/.*\.php$`),
    loc("", "/", "try_files $uri $uri/ /index.php$is_args$args;"),
    ANY_PHP
  ],
  drupal: [
    loc("=", "/favicon.ico", "log_not_found off;", "access_log off;"),
    loc("=", "/robots.txt", "log_not_found off;", "access_log off;"),
    deny("~*", String.raw`\.(?:txt|log)$`),
    deny("~", String.raw`\..*/.*\.php$`),
    deny("~", "^/sites/.*/private/"),
    deny("~", String.raw`^/sites/[^/]+/files/.*\.php$`),
    deny("~", String.raw`/vendor/.*\.php$`),
    loc("~", "^/sites/.*/files/styles/", "try_files $uri @rewrite;"),
    loc("~", String.raw`^(/[a-z\-]+)?/system/files/`, "try_files $uri /index.php?$query_string;"),
    loc("", "/", "try_files $uri /index.php?$query_string;"),
    loc("", "@rewrite", "rewrite ^ /index.php;"),
    // update.php/selection: Drupal's path-info front controller.
    loc(
      "~",
      String.raw`\.php$|^/update\.php`,
      String.raw`fastcgi_split_path_info ^(.+?\.php)(|/.*)$;`,
      "if (!-f $document_root$fastcgi_script_name) { return 404; }",
      "fastcgi_pass php;"
    )
  ],
  wordpress: [...WORDPRESS.slice(0, 2), loc("=", "/wp-admin", "return 301 /wp-admin/;"), ANY_PHP],
  bedrock: WORDPRESS,
  magento: [
    // Magento 1 (app root) keeps code, config and logs there; harmless under Magento 2's pub/.
    deny("~", String.raw`^/(?:app|includes|lib|media/downloadable|pkginfo|report/config\.xml|var)(?:/|$)`),
    loc("", "/", "try_files $uri $uri/ /index.php$is_args$args;"),
    // Magento 2: versioned static URLs, generated on first request by static.php.
    loc("", "/static/", String.raw`rewrite ^/static/version\d*/(.*)$ /static/$1 break;`, "try_files $uri @magento_static;"),
    loc("", "@magento_static", "rewrite ^/static/(.*)$ /static.php?resource=$1 last;"),
    loc("", "/media/", "try_files $uri $uri/ /get.php$is_args$args;"),
    ANY_PHP
  ],
  prestashop: [
    // PrestaShop 1.7+ keeps Symfony config and logs there.
    deny("~", "^/(?:app|bin|var)/"),
    loc("", "/", "try_files $uri $uri/ /index.php$is_args$args;"),
    ANY_PHP
  ]
};
var PROTECTIVE = [
  { appRootOnly: false, location: deny("~", String.raw`/\.(?!well-known(?:/|$))`) },
  { appRootOnly: false, location: deny("~", String.raw`/(?:composer\.(?:json|lock)|auth\.json)$`) },
  // Case-insensitive, except that the one executed name, lowercase .php, is let through.
  { appRootOnly: false, location: deny("~*", String.raw`\.(?:(?!(?-i)php$)ph(?:p|t)[^/]*|inc)$`) },
  { appRootOnly: false, location: deny("~*", String.raw`(?:~|\.(?:bak|backup|old|orig|save|sav|swp|swo|tmp|rej))$`) },
  { appRootOnly: true, location: deny("~", String.raw`^/(?:vendor|bin|config|src|tests|var|storage)(?:/|$)`) }
];
var APP_ROOT_PRIVATE_DIRS = Object.freeze(["vendor", "bin", "config", "src", "tests", "var", "storage"]);
function protectiveLocations(documentRootIsAppRoot) {
  return PROTECTIVE.filter((p) => documentRootIsAppRoot || !p.appRootOnly).map((p) => p.location);
}
function frameworkLocations(id) {
  return LOCATIONS[id];
}
function generatedLocations(id, documentRootIsAppRoot) {
  return [...protectiveLocations(documentRootIsAppRoot), ...frameworkLocations(id)];
}
function renderLocation(l, indent) {
  const head = l.modifier === "" ? `location ${l.pattern}` : `location ${l.modifier} ${l.pattern}`;
  return [`${indent}${head} {`, ...l.body.map((b) => `${indent}    ${b}`), `${indent}}`].join("\n");
}

// src/nginx-config/includes.ts
function tokenizeNginx(text) {
  const tokens = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (/\s/.test(c)) i++;
    else if (c === "#") while (i < text.length && text[i] !== "\n") i++;
    else if (c === ";" || c === "{" || c === "}") {
      tokens.push({ text: c, special: true });
      i++;
    } else if (c === '"' || c === "'") {
      let v = "";
      for (i++; i < text.length && text[i] !== c; i++) v += text[i] === "\\" && i + 1 < text.length ? text[++i] : text[i];
      tokens.push({ text: v, special: false });
      i++;
    } else {
      let v = "";
      while (i < text.length && (!/[\s;{}]/.test(text[i]) || text[i] === "{" && text[i - 1] === "$")) {
        if (text[i] === "{") {
          const end = text.indexOf("}", i);
          const stop = end < 0 ? text.length : end + 1;
          v += text.slice(i, stop);
          i = stop;
        } else v += text[i++];
      }
      tokens.push({ text: v, special: false });
    }
  }
  return tokens;
}
function classify(args) {
  const display = `location ${args.join(" ")}`;
  if (args.length === 2) {
    const [mod, name] = args;
    if (mod === "=") return { kind: "exact", name, display };
    if (mod === "^~") return { kind: "prefix", name, display };
    if (mod === "~" || mod === "~*") return { kind: "regex", name, display };
    return void 0;
  }
  const [arg] = args;
  if (args.length !== 1 || arg === void 0) return void 0;
  if (arg.startsWith("=")) return { kind: "exact", name: arg.slice(1), display };
  if (arg.startsWith("~")) return { kind: "regex", name: arg.replace(/^~\*?/, ""), display };
  if (arg.startsWith("@")) return { kind: "named", name: arg, display };
  return { kind: "prefix", name: arg, display };
}
function topLevelLocations(text) {
  const tokens = tokenizeNginx(text);
  const found = [];
  let depth = 0;
  let statementStart = true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.special) {
      if (t.text === "{") depth++;
      if (t.text === "}") depth = Math.max(0, depth - 1);
      statementStart = true;
      continue;
    }
    if (statementStart && depth === 0 && t.text === "location") {
      const args = [];
      while (i + 1 < tokens.length && !tokens[i + 1].special) args.push(tokens[++i].text);
      const l = classify(args);
      if (l) found.push(l);
    }
    statementStart = false;
  }
  return found;
}
var clashes = (a, b) => a.name === b.name && a.kind === b.kind && (a.kind === "exact" || a.kind === "prefix");
function findLocationClashes(framework, documentRootIsAppRoot, includes2) {
  const owners = generatedLocations(framework, documentRootIsAppRoot).map((l) => ({
    loc: classify(l.modifier === "" ? [l.pattern] : [l.modifier, l.pattern]),
    owner: `the ${framework} configuration`
  }));
  const out = [];
  for (const inc of includes2) {
    for (const loc2 of topLevelLocations(inc.text)) {
      const prior = owners.find((o) => clashes(o.loc, loc2));
      if (prior) {
        out.push(prior.owner === inc.path ? `${inc.path} defines "${loc2.display}" twice` : `${inc.path} defines "${loc2.display}", which ${prior.owner} already defines`);
      }
      owners.push({ loc: loc2, owner: inc.path });
    }
  }
  return out;
}

// src/php/composer-json.ts
function isPlatformPackage(name) {
  return /^php(-(64bit|ipv6|zts|debug))?$/.test(name) || name === "hhvm" || name === "composer" || name === "composer-plugin-api" || name === "composer-runtime-api" || name === "nginx" || name.startsWith("ext-") || name.startsWith("lib-");
}
function describeJson(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "string") return `the string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}\u2026` : v)}`;
  if (typeof v === "object") return "an object";
  return `the ${typeof v} ${String(v)}`;
}
function parseJsonFile(file, text) {
  try {
    return JSON.parse(text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const pos = /at position (\d+)/.exec(message);
    const offset = pos ? Number(pos[1]) : text.length;
    const before = text.slice(0, offset).split("\n");
    const detail = message.replace(/ in JSON at position \d+.*$/, "").replace(/^JSON\.parse: /, "");
    throw phpErrors.composerJsonInvalid(file, detail, before.length, (before[before.length - 1] ?? "").length + 1);
  }
}
function stringMap(doc, key) {
  const v = doc[key];
  if (v === void 0) return {};
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    throw phpErrors.composerJsonField(key, "an object of package names to version constraints", describeJson(v));
  }
  const out = {};
  for (const [name, constraint] of Object.entries(v)) {
    if (typeof constraint !== "string") {
      throw phpErrors.composerJsonField(`${key}.${name}`, "a version constraint string", describeJson(constraint));
    }
    out[name.toLowerCase()] = constraint;
  }
  return out;
}
function parseComposerJson(text) {
  if (text.trim() === "") throw phpErrors.composerJsonEmpty();
  const doc = parseJsonFile("composer.json", text);
  if (typeof doc !== "object" || doc === null || Array.isArray(doc)) {
    throw phpErrors.notObject("composer.json", describeJson(doc));
  }
  const d = doc;
  let platformPhp;
  if (d.config !== void 0) {
    if (typeof d.config !== "object" || d.config === null || Array.isArray(d.config)) {
      throw phpErrors.composerJsonField("config", "an object", describeJson(d.config));
    }
    const platform = d.config.platform;
    if (platform !== void 0) {
      if (typeof platform !== "object" || platform === null || Array.isArray(platform)) {
        throw phpErrors.composerJsonField("config.platform", "an object", describeJson(platform));
      }
      const php = platform.php;
      if (php !== void 0 && typeof php !== "string") {
        throw phpErrors.composerJsonField("config.platform.php", 'a version string such as "8.3.0"', describeJson(php));
      }
      platformPhp = php;
    }
  }
  let paas;
  if (d.extra !== void 0) {
    if (typeof d.extra !== "object" || d.extra === null || Array.isArray(d.extra)) {
      throw phpErrors.composerJsonField("extra", "an object", describeJson(d.extra));
    }
    paas = d.extra.paas;
  }
  return { require: stringMap(d, "require"), requireDev: stringMap(d, "require-dev"), platformPhp, paas };
}
function parseComposerLock(text) {
  if (text.trim() === "") throw phpErrors.composerLockInconsistent("the file is empty");
  const doc = parseJsonFile("composer.lock", text);
  if (typeof doc !== "object" || doc === null || Array.isArray(doc)) {
    throw phpErrors.notObject("composer.lock", describeJson(doc));
  }
  const d = doc;
  const packages = [];
  for (const [key, dev] of [["packages", false], ["packages-dev", true]]) {
    const list = d[key];
    if (list === void 0 || list === null) continue;
    if (!Array.isArray(list)) throw phpErrors.composerLockInconsistent(`"${key}" is ${describeJson(list)}, not a list of packages`);
    list.forEach((p, i) => {
      const where = `${key}[${i}]`;
      if (typeof p !== "object" || p === null || Array.isArray(p)) {
        throw phpErrors.composerLockInconsistent(`${where} is ${describeJson(p)}, not a package`);
      }
      const pkg = p;
      if (typeof pkg.name !== "string" || pkg.name === "") throw phpErrors.composerLockInconsistent(`${where} has no "name"`);
      if (typeof pkg.version !== "string") throw phpErrors.composerLockInconsistent(`${where} (${pkg.name}) has no "version"`);
      const req = pkg.require;
      const require2 = {};
      if (req !== void 0) {
        if (typeof req !== "object" || req === null || Array.isArray(req)) {
          throw phpErrors.composerLockInconsistent(`${where}.require (${pkg.name}) is ${describeJson(req)}, not an object`);
        }
        for (const [n, c] of Object.entries(req)) {
          if (typeof c === "string") require2[n.toLowerCase()] = c;
        }
      }
      const provides = [];
      for (const key2 of ["provide", "replace"]) {
        const map = pkg[key2];
        if (typeof map === "object" && map !== null && !Array.isArray(map)) provides.push(...Object.keys(map).map((n) => n.toLowerCase()));
      }
      packages.push({ name: pkg.name.toLowerCase(), version: pkg.version, require: require2, provides, dev });
    });
  }
  if (d.packages === void 0 && d["packages-dev"] === void 0) {
    throw phpErrors.composerLockInconsistent('it has neither "packages" nor "packages-dev"');
  }
  return { packages };
}
function lockedMissing(json, lock, dev) {
  const locked = new Set(lock.packages.flatMap((p) => [p.name, ...p.provides]));
  const wanted = [...Object.keys(json.require), ...dev ? Object.keys(json.requireDev) : []];
  return wanted.filter((n) => !isPlatformPackage(n) && !locked.has(n));
}
function requiredPackages(json) {
  return Object.keys(json.require).filter((n) => !isPlatformPackage(n));
}

// src/php/extensions.ts
function normalizeExtensionName(name) {
  const n = name.toLowerCase().replace(/^ext-/, "");
  return n === "zend-opcache" || n === "zend opcache" ? "opcache" : n;
}
function requiredExtensions(json, lock, withDev) {
  const out = /* @__PURE__ */ new Map();
  const add = (req, source) => {
    for (const key of Object.keys(req)) {
      if (!key.startsWith("ext-")) continue;
      const name = normalizeExtensionName(key);
      if (!out.has(name)) out.set(name, source);
    }
  };
  if (json) {
    add(json.require, "composer.json");
    if (withDev) add(json.requireDev, "composer.json (require-dev)");
  }
  for (const p of lock?.packages ?? []) {
    if (p.dev && !withDev) continue;
    add(p.require, `${p.name} ${p.version} (composer.lock)`);
  }
  return [...out].map(([name, source]) => ({ name, source }));
}
function resolveExtensions(required, available, phpVersion, alwaysEnabled) {
  const builtin = new Set(available.builtin.map((e) => e.toLowerCase()));
  const shared = new Set(available.shared.map((e) => e.toLowerCase()));
  const decisions = /* @__PURE__ */ new Map();
  for (const r of required) {
    if (builtin.has(r.name)) decisions.set(r.name, { name: r.name, how: "builtin", source: r.source });
    else if (shared.has(r.name)) decisions.set(r.name, { name: r.name, how: "shared", source: r.source });
    else throw phpErrors.unknownExtension(r.name, r.source, phpVersion, [.../* @__PURE__ */ new Set([...builtin, ...shared])].sort());
  }
  for (const name of alwaysEnabled) {
    if (!decisions.has(name) && shared.has(name) && !builtin.has(name)) {
      decisions.set(name, { name, how: "shared", source: "enabled by default" });
    }
  }
  return [...decisions.values()];
}

// data/php-frameworks.json
var php_frameworks_default = JSON.parse('{"$comment":"PHP framework detection (php.md \xA77), hand-maintained: src/php/frameworks.ts explains the fields and why the list is in this order (first match wins). test/php/frameworks-data.test.ts checks the schema.","frameworks":[{"id":"magento","label":"Magento 2","signals":[{"package":"magento/product-community-edition"},{"package":"magento/product-enterprise-edition"}],"documentRoot":"pub","logFiles":["var/log/system.log","var/log/exception.log"],"env":{}},{"id":"magento","label":"Magento 1","signals":[{"file":"app/Mage.php"}],"documentRoot":"","logFiles":["var/log/system.log","var/log/exception.log"],"env":{}},{"id":"prestashop","label":"PrestaShop","signals":[{"indexPhpContains":"prestashop"}],"documentRoot":"","logFiles":[],"env":{}},{"id":"drupal","label":"Drupal","signals":[{"package":"drupal/core"}],"documentRoot":"web","logFiles":[],"env":{}},{"id":"bedrock","label":"Bedrock (WordPress)","signals":[{"package":"roots/bedrock"},{"file":"web/wp-config.php"}],"documentRoot":"web","logFiles":[],"env":{}},{"id":"wordpress","label":"WordPress","signals":[{"file":"wp-settings.php"}],"documentRoot":"","logFiles":[],"env":{}},{"id":"laravel","label":"Laravel","signals":[{"package":"laravel/framework"}],"documentRoot":"public","logFiles":["storage/logs/laravel.log"],"env":{}},{"id":"lumen","label":"Lumen","signals":[{"package":"laravel/lumen-framework"}],"documentRoot":"public","logFiles":["storage/logs/lumen.log"],"env":{}},{"id":"symfony","label":"Symfony 4+","signals":[{"package":"symfony/flex","file":"public/index.php"},{"package":"symfony/framework-bundle","file":"public/index.php"}],"documentRoot":"public","logFiles":["var/log/prod.log"],"env":{"APP_ENV":"prod"}},{"id":"symfony2","label":"Symfony 2/3","signals":[{"package":"symfony/symfony"}],"documentRoot":"web","logFiles":["app/logs/prod.log","var/logs/prod.log"],"env":{"SYMFONY_ENV":"prod"}},{"id":"silex","label":"Silex","signals":[{"package":"silex/silex"}],"documentRoot":"web","logFiles":[],"env":{}},{"id":"laminas","label":"Laminas / Zend Framework","signals":[{"package":"laminas/laminas-mvc"},{"package":"zendframework/zendframework"},{"package":"zendframework/zend-mvc"}],"documentRoot":"public","logFiles":[],"env":{}},{"id":"yii","label":"Yii 2","signals":[{"package":"yiisoft/yii2"}],"documentRoot":"web","logFiles":["runtime/logs/app.log"],"env":{}},{"id":"yii","label":"Yii 1","signals":[{"package":"yiisoft/yii"}],"documentRoot":"","logFiles":["protected/runtime/application.log"],"env":{}},{"id":"cakephp2","label":"CakePHP 2","signals":[{"package":"cakephp/cakephp","version":"2."},{"package":"pear-pear.cakephp.org/CakePHP"}],"documentRoot":"webroot","logFiles":["tmp/logs/error.log","tmp/logs/debug.log"],"env":{}},{"id":"codeigniter","label":"CodeIgniter 4","signals":[{"package":"codeigniter4/framework"}],"documentRoot":"public","logFiles":[],"env":{}},{"id":"codeigniter","label":"CodeIgniter 3","signals":[{"file":"system/core/CodeIgniter.php"}],"documentRoot":"","logFiles":[],"env":{}},{"id":"slim","label":"Slim","signals":[{"package":"slim/slim"}],"documentRoot":"public","logFiles":[],"env":{}},{"id":"default","label":"no framework","signals":[],"documentRoot":"","logFiles":[],"env":{}},{"id":"none","label":"none (locations from nginx-includes)","signals":[],"documentRoot":"","logFiles":[],"env":{}}]}');

// src/php/frameworks.ts
var FRAMEWORK_IDS = [
  "default",
  "none",
  "laravel",
  "lumen",
  "symfony",
  "symfony2",
  "slim",
  "cakephp2",
  "codeigniter",
  "laminas",
  "yii",
  "drupal",
  "wordpress",
  "bedrock",
  "magento",
  "prestashop",
  "silex"
];
function isFrameworkId(x) {
  return typeof x === "string" && FRAMEWORK_IDS.includes(x);
}
var SIGNAL_KEYS = /* @__PURE__ */ new Set(["package", "version", "file", "indexPhpContains"]);
var ENTRY_KEYS = /* @__PURE__ */ new Set(["id", "label", "signals", "documentRoot", "logFiles", "env"]);
var REL_PATH = /^(?!\/)(?!.*(?:^|\/)\.\.(?:\/|$))[A-Za-z0-9._/-]*$/;
function validateFrameworkData(data) {
  const fail = (where, what) => {
    throw new Error(`data/php-frameworks.json: ${where} ${what}`);
  };
  const list = data?.frameworks;
  if (!Array.isArray(list)) return fail("frameworks", "must be an array");
  const strings = (v, where) => Array.isArray(v) && v.every((s) => typeof s === "string") ? v : fail(where, "must be an array of strings");
  return list.map((raw, i) => {
    const at = `frameworks[${i}]`;
    if (typeof raw !== "object" || raw === null) return fail(at, "must be an object");
    for (const k of Object.keys(raw)) if (!ENTRY_KEYS.has(k)) fail(`${at}.${k}`, "is not a known field");
    if (!isFrameworkId(raw.id)) return fail(`${at}.id`, "is not a FrameworkId");
    if (typeof raw.label !== "string" || raw.label === "") fail(`${at}.label`, "must be a non-empty string");
    if (typeof raw.documentRoot !== "string" || !REL_PATH.test(raw.documentRoot)) fail(`${at}.documentRoot`, "must be a relative path inside the app");
    for (const f of strings(raw.logFiles, `${at}.logFiles`)) if (f === "" || !REL_PATH.test(f)) fail(`${at}.logFiles`, `has a bad path ${JSON.stringify(f)}`);
    const env = raw.env;
    if (typeof env !== "object" || env === null || Array.isArray(env)) fail(`${at}.env`, "must be an object");
    for (const [k, v] of Object.entries(env)) if (!/^[A-Z_][A-Z0-9_]*$/.test(k) || typeof v !== "string") fail(`${at}.env.${k}`, "must be NAME: string");
    if (!Array.isArray(raw.signals)) return fail(`${at}.signals`, "must be an array");
    const explicitOnly = raw.id === "default" || raw.id === "none";
    if (explicitOnly !== (raw.signals.length === 0)) fail(`${at}.signals`, explicitOnly ? "must be empty" : "must not be empty");
    raw.signals.forEach((s, j) => {
      const sat = `${at}.signals[${j}]`;
      if (typeof s !== "object" || s === null) return fail(sat, "must be an object");
      for (const [k, v] of Object.entries(s)) {
        if (!SIGNAL_KEYS.has(k)) fail(`${sat}.${k}`, "is not a known condition");
        if (typeof v !== "string" || v === "") fail(`${sat}.${k}`, "must be a non-empty string");
      }
      if (s.package === void 0 && s.file === void 0 && s.indexPhpContains === void 0) fail(sat, "has no condition");
      if (s.version !== void 0 && s.package === void 0) fail(sat, "has a version without a package");
      if (typeof s.file === "string" && !REL_PATH.test(s.file)) fail(`${sat}.file`, "must be a relative path inside the app");
      return void 0;
    });
    return raw;
  });
}
var ENTRIES = validateFrameworkData(php_frameworks_default);
var FRAMEWORK_FILE_SIGNALS = [...new Set(ENTRIES.flatMap((e) => e.signals.flatMap((s) => s.file ? [s.file] : [])))];
var has = (app, name) => app.packages.has(name) || app.packages.has(name.toLowerCase());
var lockedVersion = (app, name) => app.lockedVersions?.get(name) ?? app.lockedVersions?.get(name.toLowerCase());
function matchSignal(s, app) {
  const why = [];
  if (s.package !== void 0) {
    if (!has(app, s.package)) return void 0;
    if (s.version !== void 0) {
      const locked = lockedVersion(app, s.package)?.replace(/^v/, "");
      if (locked === void 0 || !locked.startsWith(s.version)) return void 0;
      why.push(`${s.package} ${locked} is locked`);
    } else why.push(`${s.package} is a dependency`);
  }
  if (s.file !== void 0) {
    if (!app.exists(s.file)) return void 0;
    why.push(`${s.file} exists`);
  }
  if (s.indexPhpContains !== void 0) {
    if (!app.indexPhp?.toLowerCase().includes(s.indexPhpContains.toLowerCase())) return void 0;
    why.push(`index.php mentions ${s.indexPhpContains}`);
  }
  return why.join(" and ");
}
function firstMatch(entries, app) {
  for (const entry of entries) {
    for (const s of entry.signals) {
      const why = matchSignal(s, app);
      if (why !== void 0) return { entry, why };
    }
  }
  return void 0;
}
var toDefaults = (e) => ({
  documentRoot: e.documentRoot,
  logFiles: [...e.logFiles],
  env: { ...e.env },
  label: e.label
});
function detectFramework(app) {
  const found = firstMatch(ENTRIES, app);
  if (!found) return { id: "default", reason: "no framework detected", defaults: frameworkDefaults("default") };
  return { id: found.entry.id, reason: found.why, defaults: toDefaults(found.entry) };
}
function frameworkDefaults(id, app) {
  const entries = ENTRIES.filter((e) => e.id === id);
  const entry = (app && firstMatch(entries, app)?.entry) ?? entries[0];
  if (!entry) throw new Error(`frameworkDefaults: no entry for ${id} in data/php-frameworks.json`);
  return toDefaults(entry);
}

// src/nginx-config/escape.ts
function describeChar(c) {
  const named = { "\n": "a newline", "\r": "a carriage return", "	": "a tab", "\0": "a NUL byte", " ": "a space" };
  if (named[c]) return named[c];
  const code = c.codePointAt(0) ?? 0;
  if (code < 32 || code === 127) return `the control character U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  return `"${c}"`;
}
function unsafeConfigValue(setting, value, what, fix) {
  return new BuildError(
    "php/unsafe-config-value",
    `${setting} contains ${what}`,
    `The value ${JSON.stringify(value)} would be written into the generated nginx or PHP-FPM configuration, where ${what} could end the directive or inject another one, so the build stops instead.
${fix}`
  );
}
var CONTROL = /[\u0000-\u001f\u007f]/;
function refuseControlAndPlaceholders(setting, value) {
  const ctl = CONTROL.exec(value);
  if (ctl) throw unsafeConfigValue(setting, value, describeChar(ctl[0]), "Remove it: the value must be a single line.");
  if (containsPlaceholderToken(value)) {
    throw unsafeConfigValue(setting, value, "a boot-time placeholder (@NAME@)", "Rename the file or value so it has no @WORD@ sequence.");
  }
}
var PATH_UNSAFE = /["'\\$;{}*?[\]]/;
function checkConfigPath(setting, value) {
  refuseControlAndPlaceholders(setting, value);
  const bad = PATH_UNSAFE.exec(value);
  if (bad) {
    throw unsafeConfigValue(
      setting,
      value,
      describeChar(bad[0]),
      "Rename the file or directory with letters, digits and . _ - / only, and update the setting."
    );
  }
  return value;
}
var quote = (value) => `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
function nginxQuote(setting, value) {
  refuseControlAndPlaceholders(setting, value);
  return quote(value);
}
function nginxAppPath(setting, rel) {
  checkConfigPath(setting, rel);
  return quote(rel === "" ? "@APP_DIR@" : `@APP_DIR@/${rel}`);
}
function iniAppPath(setting, rel) {
  checkConfigPath(setting, rel);
  return `"@APP_DIR@/${rel}"`;
}

// src/php/config-values.ts
var FPM_RESERVED_KEYS = /* @__PURE__ */ new Set(["daemonize", "pid", "listen", "include"]);
var KEY = { php: /^[A-Za-z0-9_.-]+$/, fpm: /^[A-Za-z0-9_.-]+(?:\[[A-Za-z0-9_.-]+\])?$/ };
var CONTROL2 = /[\u0000-\u0008\u000a-\u001f\u007f]/;
var ENV_REF = /\$\{[A-Za-z_][A-Za-z0-9_]*\}/y;
function invalidDirective(where, kind, raw, problem, fix) {
  return new BuildError(
    "php/invalid-ini-directive",
    `${where} is not a valid ${kind === "php" ? "php.ini" : "PHP-FPM"} directive`,
    `${JSON.stringify(raw)} ${problem}.
Each entry becomes one "key = value" line of ${kind === "php" ? "php.ini" : "php-fpm.conf"}, read by PHP's ini parser.
${fix}`
  );
}
function parseIniDirective(raw, where, kind) {
  const fail = (problem, fix) => invalidDirective(where, kind, raw, problem, fix);
  const example = kind === "php" ? "memory_limit=256M" : "php_value[memory_limit]=256M";
  const ctl = CONTROL2.exec(raw);
  if (ctl) throw fail(`contains ${describeChar(ctl[0])}`, "Write one directive per array entry, on a single line.");
  if (containsPlaceholderToken(raw)) {
    throw fail("contains a boot-time placeholder (@NAME@)", "These are reserved for the generated configuration; remove it.");
  }
  const eq = raw.indexOf("=");
  if (eq < 0) throw fail('has no "="', `Write it as key=value, e.g. ${example}.`);
  const key = raw.slice(0, eq).trim();
  if (key === "") throw fail("has an empty key", `Write it as key=value, e.g. ${example}.`);
  if (!KEY[kind].test(key)) {
    const bad = [...key].find((c) => !/[A-Za-z0-9_.-]/.test(c) && !(kind === "fpm" && /[[\]]/.test(c)));
    throw fail(
      bad ? `has ${describeChar(bad)} in its key` : `has a malformed key ${JSON.stringify(key)}`,
      kind === "php" ? "php.ini keys are made of letters, digits and _ . - only." : "PHP-FPM keys are made of letters, digits and _ . -, with an optional [name] suffix (php_value[name])."
    );
  }
  if (kind === "fpm" && FPM_RESERVED_KEYS.has(key)) {
    throw fail(
      `sets ${key}, which the platform manages`,
      key === "include" ? "List the file in extra.paas.php-fpm-includes instead." : "Remove it: PHP-FPM must run in the foreground, with the pid file and socket the boot script expects."
    );
  }
  const value = normalizeIniValue(raw.slice(eq + 1).trim());
  if ("problem" in value) throw fail(value.problem, value.fix);
  return { key, value: value.text };
}
var QUOTE_FIX = 'Quote the whole value (key="\u2026", with \\" and \\\\ inside) to make it a literal string.';
function normalizeIniValue(v) {
  if (/^'[^']*'$/.test(v)) return { text: v };
  if (/^"(?:[^"\\]|\\[\s\S])*"$/.test(v)) {
    const bad2 = badEnvReference(v.slice(1, -1), true);
    return bad2 ? envProblem(bad2) : { text: v };
  }
  if (/^[A-Z0-9_\s&|^~!()]+$/.test(v) && /[&|^~!()]/.test(v)) {
    return isConstantExpression(v) ? { text: v } : { problem: "is not a constant expression PHP can parse (like E_ALL & ~E_NOTICE)", fix: QUOTE_FIX };
  }
  const bad = badEnvReference(v, false);
  if (bad) return envProblem(bad);
  const withoutRefs = v.replace(new RegExp(ENV_REF.source, "g"), "");
  if (!/[;="'!~&|^()$\s]/.test(withoutRefs)) return { text: v };
  return { text: quoteIniString(v) };
}
function envProblem(ref) {
  return {
    problem: `has ${JSON.stringify(ref)}, which is not an environment variable reference PHP can expand`,
    fix: 'Reference a variable as ${NAME}; for a literal "${", write the value in double quotes with \\${.'
  };
}
function badEnvReference(s, quoted) {
  for (let i = 0; i < s.length; i++) {
    if (quoted && s[i] === "\\") i++;
    else if (s.startsWith("${", i)) {
      ENV_REF.lastIndex = i;
      if (!ENV_REF.test(s)) return s.slice(i, i + 12);
    }
  }
  return void 0;
}
function quoteIniString(v) {
  let out = "";
  for (let i = 0; i < v.length; i++) {
    ENV_REF.lastIndex = i;
    const ref = ENV_REF.exec(v);
    if (ref) {
      out += ref[0];
      i += ref[0].length - 1;
    } else {
      const c = v[i];
      out += c === "\\" || c === '"' || c === "$" ? `\\${c}` : c;
    }
  }
  return `"${out}"`;
}
function isConstantExpression(v) {
  const tokens = v.match(/[A-Z_][A-Z0-9_]*|\d+|[&|^~!()]|\S/g) ?? [];
  let pos = 0;
  const unary = () => {
    while (tokens[pos] === "~" || tokens[pos] === "!") pos++;
    const t = tokens[pos++];
    if (t === "(") return expr() && tokens[pos++] === ")";
    return t !== void 0 && /^(?:[A-Z_][A-Z0-9_]*|\d+)$/.test(t);
  };
  const expr = () => {
    if (!unary()) return false;
    while (tokens[pos] === "&" || tokens[pos] === "|" || tokens[pos] === "^") {
      pos++;
      if (!unary()) return false;
    }
    return true;
  };
  return expr() && pos === tokens.length;
}
function unquoteIniValue(value) {
  if (/^'[^']*'$/.test(value)) return value.slice(1, -1);
  if (/^"(?:[^"\\]|\\[\s\S])*"$/.test(value)) return value.slice(1, -1).replace(/\\([\s\S])/g, (_, c) => c === '"' || c === "\\" || c === "$" ? c : `\\${c}`);
  return value;
}
function checkAccessLogFormat(fmt, source) {
  const fail = (what, fix) => new BuildError(
    "php/invalid-access-log-format",
    `The access log format from ${source} contains ${what}`,
    `${JSON.stringify(fmt)} is written into the nginx configuration, where ${what} could end the log_format directive or add another one, so the build stops.
${fix}`
  );
  const ctl = /[\u0000-\u001f\u007f]/.exec(fmt);
  if (ctl) throw fail(describeChar(ctl[0]), "Write the format on a single line.");
  if (containsPlaceholderToken(fmt)) throw fail("a boot-time placeholder (@NAME@)", "Remove it.");
  const bad = /['{};\\]/.exec(fmt);
  if (bad) {
    const c = bad[0];
    throw fail(
      describeChar(c),
      c === "{" || c === "}" ? "Write variables as $name (not ${name}), followed by a space or punctuation." : `Remove it; use nginx variables, spaces, punctuation and double quotes, e.g. the default:
  $http_x_forwarded_for - "$request" $status $body_bytes_sent "$http_referer" "$http_user_agent"`
    );
  }
  return fmt;
}

// src/php/paas.ts
import * as path from "node:path";
var EMPTY_PAAS = Object.freeze({
  engines: {},
  phpConfig: [],
  phpIncludes: [],
  phpFpmConfig: [],
  phpFpmIncludes: [],
  nginxIncludes: [],
  nginxHttpIncludes: [],
  logFiles: [],
  compile: [],
  agents: { newRelic: false, datadog: false, scout: false }
});
var PATH_LIST_KEYS = ["php-includes", "php-fpm-includes", "nginx-includes", "nginx-http-includes", "log-files"];
var KNOWN_KEYS = /* @__PURE__ */ new Set([
  "document-root",
  "index-document",
  "framework",
  "engines",
  "php-config",
  "php-fpm-config",
  "compile",
  "access-log-format",
  "new-relic",
  "datadog",
  "scout",
  ...PATH_LIST_KEYS
]);
var ENGINE_KEYS = /* @__PURE__ */ new Set(["php", "nginx", "composer"]);
function describe(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "object") return "an object";
  if (typeof v === "string") return `the string ${JSON.stringify(v)}`;
  return `the ${typeof v} ${String(v)}`;
}
var field = (keyPath, expected, v) => phpErrors.composerJsonField(keyPath, expected, describe(v));
function normalizeAppPath(keyPath, raw, allowRoot = false) {
  if (raw.includes("\0") || /[\r\n]/.test(raw)) throw phpErrors.pathInvalid(keyPath, raw, "contains a control character");
  const slashed = raw.trim().replace(/\\/g, "/");
  if (path.posix.isAbsolute(slashed)) throw phpErrors.pathInvalid(keyPath, raw, "is an absolute path");
  const normal = path.posix.normalize(slashed === "" ? "." : slashed).replace(/\/+$/, "");
  if (normal === ".." || normal.startsWith("../")) throw phpErrors.pathInvalid(keyPath, raw, "leads outside the app");
  if (normal === "." || normal === "") {
    if (allowRoot) return "";
    throw phpErrors.pathInvalid(keyPath, raw, "names the app directory itself, not a file");
  }
  return normal;
}
function str(obj, key, where) {
  const v = obj[key];
  if (v === void 0 || v === null) return void 0;
  if (typeof v !== "string") throw field(`${where}.${key}`, "a string", v);
  return v;
}
function strList(obj, key, where) {
  const v = obj[key];
  if (v === void 0 || v === null) return [];
  if (!Array.isArray(v)) throw field(`${where}.${key}`, "a list of strings", v);
  return v.map((item, i) => {
    if (typeof item !== "string") throw field(`${where}.${key}[${i}]`, "a string", item);
    return item;
  });
}
function bool(obj, key, where) {
  const v = obj[key];
  if (v === void 0 || v === null) return false;
  if (typeof v !== "boolean") throw field(`${where}.${key}`, "true or false", v);
  return v;
}
function parsePaas(raw) {
  const where = "extra.paas";
  if (raw === void 0 || raw === null) return { paas: EMPTY_PAAS, warnings: [] };
  if (typeof raw !== "object" || Array.isArray(raw)) throw field(where, "an object", raw);
  const obj = raw;
  const warnings = [];
  for (const key of Object.keys(obj)) {
    if (!KNOWN_KEYS.has(key)) {
      warnings.push({
        id: "php/unknown-paas-key",
        message: `composer.json: ${where}.${key} is not a setting this engine knows; it is ignored. Check the spelling against the PHP documentation.`
      });
    }
  }
  const engines = {};
  if (obj.engines !== void 0 && obj.engines !== null) {
    if (typeof obj.engines !== "object" || Array.isArray(obj.engines)) throw field(`${where}.engines`, "an object", obj.engines);
    const e = obj.engines;
    for (const key of Object.keys(e)) {
      if (!ENGINE_KEYS.has(key)) {
        warnings.push({ id: "php/unknown-paas-key", message: `composer.json: ${where}.engines.${key} is not an engine this engine installs (php, nginx, composer); it is ignored.` });
        continue;
      }
      engines[key] = str(e, key, `${where}.engines`);
    }
  }
  const documentRootRaw = str(obj, "document-root", where);
  const indexDocument = str(obj, "index-document", where);
  if (indexDocument !== void 0 && (indexDocument.trim() === "" || /[\s;{}"'\\]/.test(indexDocument))) {
    throw field(`${where}.index-document`, 'a file name without spaces, quotes, braces or semicolons (e.g. "index.php")', indexDocument);
  }
  const framework = str(obj, "framework", where);
  const phpIncludeCount = Array.isArray(obj["php-includes"]) ? obj["php-includes"].length : 0;
  if (phpIncludeCount > 100) throw phpErrors.composerJsonField(`${where}.php-includes`, "a list of at most 100 files", `a list of ${phpIncludeCount}`);
  const paths = Object.fromEntries(
    PATH_LIST_KEYS.map((key) => [key, strList(obj, key, where).map((p, i) => normalizeAppPath(`${where}.${key}[${i}]`, p))])
  );
  const accessLogFormatRaw = str(obj, "access-log-format", where);
  return {
    paas: {
      documentRoot: documentRootRaw === void 0 ? void 0 : normalizeAppPath(`${where}.document-root`, documentRootRaw, true),
      indexDocument: indexDocument?.trim(),
      framework: framework?.trim() || void 0,
      engines,
      phpConfig: strList(obj, "php-config", where).map((l, i) => parseIniDirective(l, `${where}.php-config[${i}]`, "php")),
      phpFpmConfig: strList(obj, "php-fpm-config", where).map((l, i) => parseIniDirective(l, `${where}.php-fpm-config[${i}]`, "fpm")),
      phpIncludes: paths["php-includes"],
      phpFpmIncludes: paths["php-fpm-includes"],
      nginxIncludes: paths["nginx-includes"],
      nginxHttpIncludes: paths["nginx-http-includes"],
      logFiles: paths["log-files"],
      compile: strList(obj, "compile", where).filter((c) => c.trim() !== ""),
      accessLogFormat: accessLogFormatRaw === void 0 || accessLogFormatRaw.trim() === "" ? void 0 : checkAccessLogFormat(accessLogFormatRaw, `${where}.access-log-format in composer.json`),
      agents: { newRelic: bool(obj, "new-relic", where), datadog: bool(obj, "datadog", where), scout: bool(obj, "scout", where) }
    },
    warnings
  };
}

// src/php/render-ini.ts
var PHP_INI_DEFAULTS = Object.freeze({
  display_errors: "Off",
  log_errors: "On",
  error_reporting: "E_ALL & ~E_NOTICE",
  // Errors go to the process's stderr: the boot script streams it (php-fpm relays worker
  // stderr with catch_workers_output). If stderr cannot be opened (a socket), PHP falls
  // back to the SAPI's own logger.
  error_log: "/dev/stderr",
  "date.timezone": "UTC",
  expose_php: "Off",
  "cgi.fix_pathinfo": "0",
  memory_limit: "196M",
  upload_max_filesize: "75M",
  post_max_size: "75M",
  "opcache.enable": "1",
  "opcache.enable_cli": "1",
  "opcache.memory_consumption": "128",
  "opcache.interned_strings_buffer": "8",
  "opcache.max_accelerated_files": "4000",
  // The slug is immutable at run time: never stat scripts for changes.
  "opcache.validate_timestamps": "Off"
});
function renderPhpIni(s) {
  const lines = [
    "; Generated at build time (php.md \xA76); @APP_DIR@ is filled in at boot.",
    "; Add settings with extra.paas.php-config or php-includes in composer.json.",
    ...Object.entries(PHP_INI_DEFAULTS).map(([k, v]) => `${k} = ${v}`),
    `extension_dir = "${PLACEHOLDERS.appDir}/${PHP_LAYOUT.php}/lib/php/extensions"`
  ];
  if (s.phpConfig.length) {
    lines.push("", "; extra.paas.php-config (validated by parseIniDirective; later lines win)");
    for (const { key, value } of s.phpConfig) lines.push(value === "" ? `${key} =` : `${key} = ${value}`);
  }
  return `${lines.join("\n")}
`;
}
var ZEND_EXTENSIONS = {
  opcache: "10",
  xdebug: "20"
  /* Xdebug must load after OPcache */
};
var LOAD_FIRST = /* @__PURE__ */ new Set([
  "pdo",
  // pdo_mysql, pdo_pgsql, pdo_sqlite, …
  "dom",
  // xsl, xmlreader
  "igbinary",
  // redis, memcached, apcu serializers
  "msgpack",
  // redis, memcached
  "mysqlnd",
  // mysqli, pdo_mysql
  "sockets",
  // event
  "raphf"
  // http
]);
function renderExtensionInis(shared) {
  const out = [...new Set(shared)].map((name) => {
    if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`renderExtensionInis: unexpected extension name ${JSON.stringify(name)}`);
    const zend = ZEND_EXTENSIONS[name];
    const prefix = zend ?? (LOAD_FIRST.has(name) ? "05" : "10");
    return { file: `${prefix}-ext-${name}.ini`, text: `${zend ? "zend_extension" : "extension"}=${name}.so
` };
  });
  return out.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
}
function includeIniName(index, path2) {
  if (!Number.isInteger(index) || index < 0 || index > 99) throw new RangeError(`includeIniName: index ${index} is not in 0..99`);
  const base = (path2.split("/").pop() ?? "").replace(/\.ini$/, "").replace(/[^A-Za-z0-9._-]/g, "_") || "include";
  return `90-include-${String(index).padStart(2, "0")}-${base}.ini`;
}

// src/php/render-fpm.ts
var FPM_POOL = "app";
var FPM_SOCKET = `${PLACEHOLDERS.runDir}/php-fpm.sock`;
var FPM_PID = `${PLACEHOLDERS.runDir}/php-fpm.pid`;
var FPM_GLOBAL_ONLY = /* @__PURE__ */ new Set([
  "pid",
  "error_log",
  "syslog.ident",
  "syslog.facility",
  "log_buffering",
  "log_level",
  "log_limit",
  "emergency_restart_threshold",
  "emergency_restart_interval",
  "process_control_timeout",
  "process.max",
  "daemonize",
  "events.mechanism",
  "systemd_interval"
]);
var pair = ({ key, value }) => value === "" ? `${key} =` : `${key} = ${value}`;
function renderFpmConf(s) {
  const globals = s.phpFpmConfig.filter((p) => FPM_GLOBAL_ONLY.has(p.key));
  const pool = s.phpFpmConfig.filter((p) => !FPM_GLOBAL_ONLY.has(p.key));
  const lines = [
    "; Generated at build time (php.md \xA76); @\u2026@ placeholders are filled in at boot.",
    "[global]",
    "daemonize = no",
    // The master's stderr. FPM open()s the path: fine for a pipe, a file or a tty, but
    // ENXIO for a socket, so the process that starts FPM must not hand it a socket.
    "error_log = /proc/self/fd/2",
    "log_level = warning",
    // Worker output (PHP errors) is relayed line by line; 1024 (the default) cuts stack traces.
    "log_limit = 8192",
    `pid = ${FPM_PID}`,
    ...globals.length ? ["; extra.paas.php-fpm-config ([global] directives)", ...globals.map(pair)] : [],
    "",
    `[${FPM_POOL}]`,
    // Only honoured (and only needed) when FPM starts as root: the boot script strips the marker then.
    `;${ROOT_ONLY_MARKER}user = root`,
    `;${ROOT_ONLY_MARKER}group = root`,
    `listen = ${FPM_SOCKET}`,
    // nginx's workers may run as another user than FPM's; the run dir is private to the container.
    "listen.mode = 0666",
    "pm = dynamic",
    `pm.max_children = ${PLACEHOLDERS.webConcurrency}`,
    "pm.start_servers = 1",
    "pm.min_spare_servers = 1",
    `pm.max_spare_servers = ${PLACEHOLDERS.pmMaxSpareServers}`,
    `pm.max_requests = ${PLACEHOLDERS.phpFpmMaxRequests}`,
    "ping.path = /ping",
    // Workers' stderr (php.ini's error_log) goes to the master's error_log, undecorated.
    "catch_workers_output = yes",
    "decorate_workers_output = no",
    // The app's config vars are its environment: keep them visible to PHP (getenv, $_SERVER).
    "clear_env = no",
    ...pool.length ? ["; extra.paas.php-fpm-config (later lines win)", ...pool.map(pair)] : []
  ];
  s.phpFpmIncludes.forEach((rel, i) => {
    lines.push("", `; extra.paas.php-fpm-includes[${i}]`, `[${FPM_POOL}]`, `include = ${iniAppPath(`extra.paas.php-fpm-includes[${i}]`, rel)}`);
  });
  return `${lines.join("\n")}
`;
}

// src/nginx-config/render.ts
var DEFAULT_ACCESS_LOG_FORMAT = '$http_x_forwarded_for - "$request" $status $body_bytes_sent "$http_referer" "$http_user_agent"';
var RUN = PLACEHOLDERS.runDir;
var FASTCGI_PARAMS = [
  ["SCRIPT_FILENAME", "$document_root$fastcgi_script_name"],
  ["SCRIPT_NAME", "$fastcgi_script_name"],
  ["PATH_INFO", "$fastcgi_path_info"],
  ["QUERY_STRING", "$query_string"],
  ["REQUEST_METHOD", "$request_method"],
  ["CONTENT_TYPE", "$content_type"],
  ["CONTENT_LENGTH", "$content_length"],
  ["REQUEST_URI", "$request_uri"],
  ["DOCUMENT_URI", "$document_uri"],
  ["DOCUMENT_ROOT", "$document_root"],
  ["SERVER_PROTOCOL", "$server_protocol"],
  ["REQUEST_SCHEME", "$scheme"],
  ["HTTPS", "$https if_not_empty"],
  ["GATEWAY_INTERFACE", "CGI/1.1"],
  ["SERVER_SOFTWARE", "nginx"],
  ["REMOTE_ADDR", "$remote_addr"],
  ["REMOTE_PORT", "$remote_port"],
  ["SERVER_ADDR", "$server_addr"],
  ["SERVER_PORT", "$server_port"],
  ["SERVER_NAME", "$server_name"],
  // PHP needs it when built with --enable-force-cgi-redirect.
  ["REDIRECT_STATUS", "200"],
  // httpoxy: a client's "Proxy:" header must not become HTTP_PROXY in the app's env.
  ["HTTP_PROXY", '""']
];
var GZIP_TYPES = [
  "text/plain",
  "text/css",
  "text/xml",
  "text/javascript",
  "text/x-component",
  "application/javascript",
  "application/x-javascript",
  "application/json",
  "application/xml",
  "application/rss+xml",
  "application/atom+xml",
  "application/xhtml+xml",
  "application/manifest+json",
  "application/vnd.ms-fontobject",
  "font/ttf",
  "font/otf",
  "image/svg+xml",
  "image/x-icon"
];
function clientMaxBodySize(s) {
  const set = [...s.phpConfig].reverse().find((p) => p.key === "post_max_size");
  const raw = unquoteIniValue(s.postMaxSize ?? set?.value ?? PHP_INI_DEFAULTS.post_max_size).trim();
  const m = /^(\d+)\s*([kKmMgG]?)$/.exec(raw);
  return m ? `${m[1]}${(m[2] ?? "").toLowerCase()}` : "0";
}
function includes(key, paths, indent) {
  return paths.map((p, i) => `${indent}include ${nginxAppPath(`extra.paas.${key}[${i}]`, p)};`);
}
function renderNginxConf(s) {
  const fmtRaw = s.accessLogFormat?.trim() ? s.accessLogFormat : void 0;
  const format = fmtRaw === void 0 ? DEFAULT_ACCESS_LOG_FORMAT : checkAccessLogFormat(fmtRaw, "the access log format setting");
  const rootSetting = "The document root (extra.paas.document-root or DOCUMENT_ROOT)";
  const indexNames = (s.indexDocument.trim() || "index.php").split(/\s+/).map((n) => nginxQuote("extra.paas.index-document", checkConfigPath("extra.paas.index-document", n)));
  const maxBody = clientMaxBodySize(s);
  const http = "    ";
  const srv = "        ";
  return [
    "# Generated at build time (php.md \xA76); @\u2026@ placeholders are filled in at boot.",
    "daemon off;",
    `#${ROOT_ONLY_MARKER}user root;`,
    // nginx is event-driven and PHP-FPM bounds concurrency; "auto" would count the
    // host's CPUs, not the container's share, and every worker costs memory.
    "worker_processes 1;",
    // Quoted: the app's path is only known at boot and may contain spaces.
    `pid "${RUN}/nginx.pid";`,
    "error_log stderr warn;",
    "",
    "events {",
    "    worker_connections 1024;",
    "}",
    "",
    "http {",
    `${http}server_tokens off;`,
    `${http}include "${PLACEHOLDERS.appDir}/${PHP_LAYOUT.nginx}/conf/mime.types";`,
    `${http}default_type application/octet-stream;`,
    `${http}sendfile on;`,
    `${http}tcp_nopush on;`,
    `${http}keepalive_timeout 65;`,
    "",
    `${http}log_format paas ${nginxQuote("the access log format", format)};`,
    // nginx open()s it: fine for a pipe, a file or a tty, ENXIO for a socket (what Node
    // gives a child for "pipe" stdio), so the process that starts nginx must not hand it one.
    `${http}access_log /dev/stdout paas;`,
    "",
    `${http}# Consistent with php's post_max_size${maxBody === "0" ? " (resolved by PHP at run time: no nginx limit)" : ""}.`,
    `${http}client_max_body_size ${maxBody};`,
    ...["client_body", "fastcgi", "proxy", "uwsgi", "scgi"].map((t) => `${http}${t}_temp_path "${RUN}/nginx-${t.replace("_", "-")}";`),
    "",
    `${http}gzip on;`,
    // Requests come through the platform's router (a "Via" header): compress them too.
    `${http}gzip_proxied any;`,
    `${http}gzip_vary on;`,
    `${http}gzip_min_length 256;`,
    `${http}gzip_comp_level 5;`,
    `${http}gzip_types ${GZIP_TYPES.join(" ")};`,
    "",
    // The router appends the client's address to X-Forwarded-For. Without
    // real_ip_recursive, nginx takes that last entry, not one the client could forge.
    `${http}set_real_ip_from 0.0.0.0/0;`,
    `${http}set_real_ip_from ::/0;`,
    `${http}real_ip_header X-Forwarded-For;`,
    "",
    // Named so an app's own locations (nginx-includes) can say `fastcgi_pass php;`.
    `${http}upstream php {`,
    `${http}    server "unix:${FPM_SOCKET}";`,
    `${http}}`,
    ...s.nginxHttpIncludes.length ? ["", `${http}# extra.paas.nginx-http-includes`, ...includes("nginx-http-includes", s.nginxHttpIncludes, http)] : [],
    "",
    `${http}server {`,
    `${srv}listen ${PLACEHOLDERS.port};`,
    `${srv}root ${nginxAppPath(rootSetting, s.documentRoot)};`,
    `${srv}index ${indexNames.join(" ")};`,
    // Behind the router, an absolute redirect would carry the internal scheme and port.
    `${srv}absolute_redirect off;`,
    "",
    `${srv}# Inherited by every location without fastcgi_param of its own, the app's included ones too.`,
    ...FASTCGI_PARAMS.map(([k, v]) => `${srv}fastcgi_param ${k} ${v};`),
    `${srv}fastcgi_buffers 16 16k;`,
    `${srv}fastcgi_buffer_size 32k;`,
    "",
    `${srv}# Locations: denials for every app, then the ${s.framework} ones (src/nginx-config/frameworks.ts).`,
    ...generatedLocations(s.framework, s.documentRoot === "").map((l) => renderLocation(l, srv)),
    ...s.nginxIncludes.length ? ["", `${srv}# extra.paas.nginx-includes`, ...includes("nginx-includes", s.nginxIncludes, srv)] : [],
    `${http}}`,
    "}",
    ""
  ].join("\n");
}

// src/php/plan.ts
var BOOT_SCRIPT = BOOT_SCRIPT_PATH;
var DEFAULT_WEB_COMMAND = `sh ${BOOT_SCRIPT_PATH}`;
async function readComposerFiles(fs, dev) {
  const [jsonText, lockText] = await Promise.all([fs.readText("composer.json"), fs.readText("composer.lock")]);
  if (jsonText === void 0) {
    if (lockText !== void 0) throw phpErrors.composerJsonMissing();
    return {};
  }
  const json = parseComposerJson(jsonText);
  if (lockText === void 0) {
    const wanted = requiredPackages(json);
    if (wanted.length) throw phpErrors.composerLockMissing(wanted);
    return { json };
  }
  const lock = parseComposerLock(lockText);
  const missing = lockedMissing(json, lock, dev);
  if (missing.length) throw phpErrors.composerLockOutOfDate(missing);
  return { json, lock };
}
async function checkAppPath(fs, keyPath, rel, kind) {
  const real = await fs.realpath(rel === "" ? "." : rel);
  if (real === void 0) throw phpErrors.pathInvalid(keyPath, rel, "does not exist in the app (paths are checked before composer install and the compile commands run, so the file must be committed)");
  const root = await fs.realpath(".");
  if (root !== void 0 && real !== root && !real.startsWith(`${root}/`)) {
    throw phpErrors.pathInvalid(keyPath, rel, "is a symbolic link leading outside the app");
  }
  const isDir = await fs.isDirectory(rel === "" ? "." : rel);
  if (kind === "dir" && !isDir) throw phpErrors.pathInvalid(keyPath, rel, "is not a directory");
  if (kind === "file" && isDir) throw phpErrors.pathInvalid(keyPath, rel, "is a directory, not a file");
}
async function checkLogPath(fs, keyPath, rel) {
  const root = await fs.realpath(".");
  const inside = (real) => root === void 0 || real === root || real.startsWith(`${root}/`);
  const parts = rel.split("/");
  for (let n = parts.length; n > 0; n--) {
    const prefix = parts.slice(0, n).join("/");
    const real = await fs.realpath(prefix);
    if (real === void 0) {
      const parent = parts.slice(0, n - 1).join("/") || ".";
      if ((await fs.readdir(parent)).includes(parts[n - 1])) {
        throw phpErrors.pathInvalid(keyPath, rel, "is a symbolic link to a missing file (it may lead outside the app)");
      }
      continue;
    }
    if (!inside(real)) throw phpErrors.pathInvalid(keyPath, rel, "is a symbolic link leading outside the app");
    return;
  }
}
var ENGINE_POOL_KEYS = ["pm", "pm.max_children", "pm.start_servers", "pm.min_spare_servers", "pm.max_spare_servers", "pm.max_requests"];
function fpmConfigWarnings(paas) {
  const out = [];
  for (const { key, value } of paas.phpFpmConfig) {
    if (ENGINE_POOL_KEYS.includes(key)) {
      out.push({
        id: "php/fpm-config-overrides",
        message: `extra.paas.php-fpm-config sets ${key}=${value}, which replaces the value computed at boot (WEB_CONCURRENCY, PHP_FPM_MAX_REQUESTS). Set WEB_CONCURRENCY or PHP_FPM_MAX_REQUESTS instead to keep the boot-time computation.`
      });
    } else if (/^php(_admin)?_value\[memory_limit\]$/.test(key)) {
      out.push({
        id: "php/fpm-config-overrides",
        message: `extra.paas.php-fpm-config sets ${key}=${value}; PHP-FPM workers are still counted from the php.ini memory_limit. Set memory_limit in extra.paas.php-config instead, so WEB_CONCURRENCY follows it.`
      });
    }
  }
  return out;
}
function wholeAppPublic() {
  const denied = APP_ROOT_PRIVATE_DIRS.map((d) => `${d}/`).join(", ");
  return {
    id: "php/document-root-is-app-root",
    message: `No document root is set, so nginx serves the whole app: every file in it is public and every .php file runs when requested (only dotfiles, composer.json/composer.lock/auth.json, backups and ${denied} are refused). Keep the public files and the front controller in a directory of their own and set extra.paas.document-root (e.g. "document-root": "public" in composer.json) or the DOCUMENT_ROOT config var to it.`
  };
}
async function frameworkInput(fs, files) {
  const packages = /* @__PURE__ */ new Set([
    ...Object.keys(files.json?.require ?? {}),
    ...files.lock?.packages.map((p) => p.name) ?? []
  ]);
  const existing = /* @__PURE__ */ new Set();
  await Promise.all(FRAMEWORK_FILE_SIGNALS.map(async (f) => {
    if (await fs.exists(f)) existing.add(f);
  }));
  const indexPhp = await fs.readText("index.php", { limit: 64 * 1024, prefix: true });
  return {
    packages,
    exists: (rel) => existing.has(rel),
    indexPhp,
    lockedVersions: new Map(files.lock?.packages.map((p) => [p.name, p.version]) ?? [])
  };
}
async function decideFramework(fs, files, paas) {
  const input = await frameworkInput(fs, files);
  if (paas.framework !== void 0) {
    if (!isFrameworkId(paas.framework)) throw phpErrors.unknownFramework(paas.framework, FRAMEWORK_IDS);
    const defaults = frameworkDefaults(paas.framework, input);
    return { id: paas.framework, source: "extra.paas.framework in composer.json", env: defaults.env, defaults };
  }
  const found = detectFramework(input);
  return { id: found.id, source: found.reason, env: found.defaults.env, defaults: found.defaults };
}
function decideDocumentRoot(paas, vars, framework, defaults, normalize) {
  if (vars.DOCUMENT_ROOT !== void 0) return { value: normalize(vars.DOCUMENT_ROOT), source: "DOCUMENT_ROOT config var" };
  if (paas.documentRoot !== void 0) return { value: paas.documentRoot, source: "extra.paas.document-root in composer.json" };
  const root = defaults.documentRoot;
  return { value: root, source: root === "" ? "default" : `the ${framework} default` };
}
async function planPhpBuild(fs, ctx) {
  const { configVars: vars, knobs, catalogs } = ctx;
  const dev = knobs.flag("COMPOSER_DEV");
  const files = await readComposerFiles(fs, dev);
  const { paas, warnings: paasWarnings } = files.json ? parsePaas(files.json.paas) : { paas: EMPTY_PAAS, warnings: [] };
  const warnings = [...paasWarnings];
  const devRaw = knobs.get("COMPOSER_DEV");
  if (devRaw !== void 0 && devRaw !== "true" && devRaw !== "false") {
    warnings.push({
      id: "php/composer-dev-value",
      message: `COMPOSER_DEV is ${JSON.stringify(devRaw)}: only "true" installs dev dependencies, so this build installs without them (--no-dev). Set it to true or false.`
    });
  }
  const phpRequest = determinePhpRequest(files.json, paas, vars);
  warnings.push(...phpRequest.warnings);
  const php = resolveVersion(phpRequest.request, lockedPhpConstraints(files.lock, dev), catalogs.php);
  const nginx = resolveVersion(determineEngineRequest("nginx", files.json, paas, vars), [], catalogs.nginx);
  const composer = files.json ? resolveVersion(determineEngineRequest("composer", files.json, paas, vars), [], catalogs.composer) : void 0;
  const extensions = resolveExtensions(
    requiredExtensions(files.json, files.lock, dev),
    catalogs.php.extensionsOf(php.version),
    php.version,
    ALWAYS_ENABLED_EXTENSIONS
  );
  for (const [key, on] of Object.entries({ "new-relic": paas.agents.newRelic, datadog: paas.agents.datadog, scout: paas.agents.scout })) {
    if (on) throw phpErrors.agentUnavailable(key, key === "new-relic" ? "New Relic" : key === "datadog" ? "Datadog" : "Scout APM");
  }
  const framework = await decideFramework(fs, files, paas);
  const documentRoot = decideDocumentRoot(paas, vars, framework.id, framework.defaults, (raw) => normalizeAppPath("DOCUMENT_ROOT config var", raw, true));
  await checkAppPath(fs, documentRoot.source, documentRoot.value, "dir");
  if (files.json !== void 0 && framework.id === "default" && documentRoot.value === "" && documentRoot.source === "default") {
    warnings.push(wholeAppPublic());
  }
  const pathChecks = [
    ["extra.paas.php-includes", paas.phpIncludes, "file"],
    ["extra.paas.php-fpm-includes", paas.phpFpmIncludes, "file"],
    ["extra.paas.nginx-includes", paas.nginxIncludes, "file"],
    ["extra.paas.nginx-http-includes", paas.nginxHttpIncludes, "file"]
  ];
  for (const [key, list, kind] of pathChecks) {
    for (const [i, rel] of list.entries()) await checkAppPath(fs, `${key}[${i}]`, rel, kind);
  }
  for (const [i, rel] of paas.logFiles.entries()) await checkLogPath(fs, `extra.paas.log-files[${i}]`, rel);
  const includes2 = await Promise.all(paas.nginxIncludes.map(async (p) => ({ path: p, text: await fs.readText(p) ?? "" })));
  const clashes2 = findLocationClashes(framework.id, documentRoot.value === "", includes2);
  if (clashes2.length) throw phpErrors.nginxIncludeClash(clashes2);
  const userIniPath = documentRoot.value === "" ? ".user.ini" : `${documentRoot.value}/.user.ini`;
  const userIni = await fs.readText(userIniPath);
  const iniTexts = [
    ...await Promise.all(paas.phpIncludes.map(async (p) => ({ source: p, text: await fs.readText(p) ?? "" }))),
    ...userIni !== void 0 ? [{ source: userIniPath, text: userIni }] : []
  ];
  const memoryLimit = determineMemoryLimit([
    { source: "php.ini defaults", pairs: [{ key: "memory_limit", value: PHP_INI_DEFAULTS.memory_limit }] },
    { source: "extra.paas.php-config", pairs: [...paas.phpConfig] },
    ...iniTexts
  ]);
  warnings.push(...checkMemoryLimit(memoryLimit));
  const postMaxSize = [
    ...paas.phpConfig.filter((p) => p.key === "post_max_size").map((p) => p.value),
    ...iniTexts.flatMap((t) => findIniSettings(t.text, "post_max_size").map((f) => f.value))
  ].at(-1);
  warnings.push(...fpmConfigWarnings(paas));
  const accessLogFormat = vars.ACCESS_LOG_FORMAT !== void 0 && vars.ACCESS_LOG_FORMAT.trim() !== "" ? checkAccessLogFormat(vars.ACCESS_LOG_FORMAT, "the ACCESS_LOG_FORMAT config var") : paas.accessLogFormat;
  const frameworkLogs = framework.defaults.logFiles;
  const settings = {
    documentRoot: documentRoot.value,
    indexDocument: paas.indexDocument ?? "index.php",
    framework: framework.id,
    phpConfig: paas.phpConfig,
    phpIncludes: paas.phpIncludes,
    phpFpmConfig: paas.phpFpmConfig,
    phpFpmIncludes: paas.phpFpmIncludes,
    nginxIncludes: paas.nginxIncludes,
    nginxHttpIncludes: paas.nginxHttpIncludes,
    accessLogFormat,
    logFiles: [.../* @__PURE__ */ new Set([...paas.logFiles, ...frameworkLogs])],
    sharedExtensions: extensions.filter((e) => e.how === "shared").map((e) => e.name),
    ...postMaxSize !== void 0 ? { postMaxSize } : {}
  };
  const configFiles = {
    phpIni: renderPhpIni(settings),
    fpmConf: renderFpmConf(settings),
    nginxConf: renderNginxConf(settings),
    extensionInis: renderExtensionInis(settings.sharedExtensions),
    includeLinks: settings.phpIncludes.map((rel, i) => ({ file: includeIniName(i, rel), target: rel }))
  };
  composerAuthEnv(vars);
  const frameworkCommands = framework.id === "symfony" && await fs.exists("bin/console") ? [{ step: "Warming up the Symfony cache", where: "Symfony cache warmup (framework symfony)", command: ["php", "bin/console", "cache:warmup", "--no-interaction"] }] : [];
  let node;
  let nodeSkipped;
  if (await fs.exists("package.json")) {
    if (knobs.flag("PHP_BUILDPACK_NO_NODE")) nodeSkipped = "PHP_BUILDPACK_NO_NODE=true";
    else {
      node = planNodeBuild(await readNodeApp(fs), { stack: ctx.stack, table: ctx.nodeTable, configVars: vars, knobs });
    }
  }
  const procfile = await fs.readText("Procfile");
  const procfileWeb = procfile !== void 0 ? parseProcfile(procfile).web : void 0;
  return {
    language: "php",
    stack: ctx.stack,
    versions: { ...node?.versions ?? {}, php: php.version, nginx: nginx.version, ...composer ? { composer: composer.version } : {} },
    resolved: { php, nginx, composer },
    composer: files.json ? {
      command: ["composer", "install", "--prefer-dist", "--optimize-autoloader", "--no-interaction", "--no-progress", ...dev ? [] : ["--no-dev"]],
      dev,
      why: dev ? `COMPOSER_DEV=true (${knobs.sourceOf("COMPOSER_DEV")}): dev dependencies installed` : "production install (set COMPOSER_DEV=true for dev dependencies)",
      lockedPackages: files.lock?.packages.filter((p) => dev || !p.dev).length ?? 0,
      lockedNames: files.lock?.packages.map((p) => p.name) ?? []
    } : void 0,
    extensions,
    framework: { id: framework.id, source: framework.source, env: framework.env },
    documentRoot,
    memoryLimit,
    settings,
    configFiles,
    frameworkCommands,
    compileCommands: paas.compile,
    node,
    nodeSkipped,
    processTypes: procfileWeb ? { web: procfileWeb } : { web: DEFAULT_WEB_COMMAND },
    processSource: procfileWeb ? "Procfile" : "nginx + PHP-FPM boot script",
    // The app is served by nginx + PHP-FPM: Node's "no start script" advice does not apply.
    warnings: [...warnings, ...(node?.warnings ?? []).filter((w) => w.id !== "nodejs/no-web-process")]
  };
}
export {
  BOOT_SCRIPT,
  DEFAULT_WEB_COMMAND,
  planPhpBuild
};
