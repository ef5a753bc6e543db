import { createRequire as __engineRequire } from 'node:module'; const require = __engineRequire(import.meta.url);
import {
  ALWAYS_ENABLED_EXTENSIONS,
  determineEngineRequest,
  determinePhpRequest,
  lockedPhpConstraints,
  phpErrors,
  resolveVersion
} from "./chunk-ZPCAL5XI.mjs";
import {
  checkMemoryLimit,
  determineMemoryLimit,
  findIniSettings,
  formatIniSize
} from "./chunk-7OBNEDN4.mjs";
import {
  invalidKnobValue
} from "./chunk-N76AJUBP.mjs";
import {
  fillBuildValues,
  inlineInclude,
  inlineMemoryDetection
} from "./chunk-5PKQH75U.mjs";
import {
  parseProcfile
} from "./chunk-5YPJPHNG.mjs";
import {
  SLUG
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
  const scripts = typeof d.scripts === "object" && d.scripts !== null && !Array.isArray(d.scripts) ? Object.keys(d.scripts) : [];
  return { require: stringMap(d, "require"), requireDev: stringMap(d, "require-dev"), platformPhp, paas, scripts };
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
function requiredDevPackages(json) {
  return Object.keys(json.requireDev).filter((n) => !isPlatformPackage(n));
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
    add(json.require, fileSource("composer.json"));
    if (withDev) add(json.requireDev, { kind: "file", file: "composer.json", part: "require-dev" });
  }
  for (const p of lock?.packages ?? []) {
    if (p.dev && !withDev) continue;
    add(p.require, { kind: "locked-package", name: p.name, version: p.version });
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
    else throw phpErrors.unknownExtension(r.name, describeSource(r.source), phpVersion, [.../* @__PURE__ */ new Set([...builtin, ...shared])].sort());
  }
  for (const name of alwaysEnabled) {
    if (!decisions.has(name) && shared.has(name) && !builtin.has(name)) {
      decisions.set(name, { name, how: "shared", source: defaultSource("enabled by default") });
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

// src/config-text/placeholders.ts
var PLACEHOLDERS = Object.freeze({
  /** Absolute path of the app at run time (the slug root). */
  appDir: "@APP_DIR@",
  /** Absolute path of the runtime scratch dir: rendered configs, FPM socket, pid files, nginx temp dirs. */
  runDir: "@RUN_DIR@",
  port: "@PORT@",
  webConcurrency: "@WEB_CONCURRENCY@",
  phpFpmMaxRequests: "@PHP_FPM_MAX_REQUESTS@",
  /**
   * pm.max_spare_servers: 2, or 1 when WEB_CONCURRENCY is 1 (FPM refuses spare
   * servers above max_children, and a user-set WEB_CONCURRENCY=1 must still boot).
   */
  pmMaxSpareServers: "@PM_MAX_SPARE_SERVERS@"
});
var ROOT_ONLY_MARKER = "@ROOT_ONLY@";
function fillPlaceholders(template, values, opts) {
  let text = template;
  for (const [key, token] of Object.entries(PLACEHOLDERS)) {
    text = text.split(token).join(values[key]);
  }
  if (opts.root) text = text.replace(new RegExp(`^([;#])${ROOT_ONLY_MARKER}`, "gm"), "");
  return text;
}
function containsPlaceholderToken(value) {
  return Object.values(PLACEHOLDERS).some((t) => value.includes(t)) || value.includes(ROOT_ONLY_MARKER);
}

// src/config-text/escape.ts
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

// src/config-text/ini.ts
function unquoteIniValue(value) {
  if (/^'[^']*'$/.test(value)) return value.slice(1, -1);
  if (/^"(?:[^"\\]|\\[\s\S])*"$/.test(value)) return value.slice(1, -1).replace(/\\([\s\S])/g, (_, c) => c === '"' || c === "\\" || c === "$" ? c : `\\${c}`);
  return value;
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

// src/php/settings.ts
var PHP_LAYOUT = Object.freeze({
  php: SLUG.php,
  nginx: SLUG.nginx,
  composer: SLUG.composer,
  config: SLUG.phpConfig
});

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
function includes(key, paths, indent) {
  return paths.map((p, i) => `${indent}include ${nginxAppPath(`extra.paas.${key}[${i}]`, p)};`);
}
function renderNginxConf(s) {
  const rootSetting = "The document root (extra.paas.document-root or DOCUMENT_ROOT)";
  const indexNames = (s.indexDocument.trim() || "index.php").split(/\s+/).map((n) => nginxQuote("extra.paas.index-document", checkConfigPath("extra.paas.index-document", n)));
  const maxBody = s.clientMaxBodySize;
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
    `${http}include "${PLACEHOLDERS.appDir}/${SLUG.nginx}/conf/mime.types";`,
    `${http}default_type application/octet-stream;`,
    `${http}sendfile on;`,
    `${http}tcp_nopush on;`,
    `${http}keepalive_timeout 65;`,
    "",
    `${http}log_format paas ${nginxQuote("the access log format", s.accessLogFormat)};`,
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
    `${http}    server "unix:${s.fastcgiSocket}";`,
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

// src/php/nginx-site.ts
function clientMaxBodySize(s) {
  const set = [...s.phpConfig].reverse().find((p) => p.key === "post_max_size");
  const raw = unquoteIniValue(s.postMaxSize ?? set?.value ?? PHP_INI_DEFAULTS.post_max_size).trim();
  const m = /^(\d+)\s*([kKmMgG]?)$/.exec(raw);
  return m ? `${m[1]}${(m[2] ?? "").toLowerCase()}` : "0";
}
function nginxSite(s) {
  const fmtRaw = s.accessLogFormat?.trim() ? s.accessLogFormat : void 0;
  return {
    documentRoot: s.documentRoot,
    indexDocument: s.indexDocument,
    framework: s.framework,
    accessLogFormat: fmtRaw === void 0 ? DEFAULT_ACCESS_LOG_FORMAT : checkAccessLogFormat(fmtRaw, "the access log format setting"),
    clientMaxBodySize: clientMaxBodySize(s),
    fastcgiSocket: FPM_SOCKET,
    nginxIncludes: s.nginxIncludes,
    nginxHttpIncludes: s.nginxHttpIncludes
  };
}
function renderPhpNginxConf(s) {
  return renderNginxConf(nginxSite(s));
}

// src/php/composer-auth.ts
function composerAuthEnv(vars) {
  const raw = vars.COMPOSER_AUTH;
  const token = vars.COMPOSER_GITHUB_TOKEN?.trim();
  if ((raw === void 0 || raw.trim() === "") && !token) return {};
  let auth = {};
  if (raw !== void 0 && raw.trim() !== "") {
    let doc;
    try {
      doc = JSON.parse(raw);
    } catch {
      throw phpErrors.composerAuthInvalid("is not valid JSON");
    }
    if (typeof doc !== "object" || doc === null || Array.isArray(doc)) {
      throw phpErrors.composerAuthInvalid(`is ${Array.isArray(doc) ? "a JSON array" : `a JSON ${doc === null ? "null" : typeof doc}`}, not an object`);
    }
    for (const [key, value] of Object.entries(doc)) {
      if (typeof value !== "object" || value === null || Array.isArray(value)) {
        throw phpErrors.composerAuthInvalid(`has "${key}" set to something other than an object of hosts`);
      }
    }
    auth = doc;
  }
  if (token) {
    const github = auth["github-oauth"] ?? {};
    auth = { ...auth, "github-oauth": { "github.com": token, ...github } };
  }
  return { COMPOSER_AUTH: JSON.stringify(auth) };
}

// src/php/concurrency.ts
var PHP_CONCURRENCY_POLICY = Object.freeze({
  /** Workers added to the memory quotient. */
  extraWorkers: 2,
  /** Never fewer workers than this. */
  minimum: 3
});

// src/php/boot.sh
var boot_default = `#!/bin/sh
# Generated by the PHP buildpack: the web process of a PHP app (php.md \xA710).
# bin/release runs it from the app directory: sh <config dir>/boot.sh (the config
# dir, like every path and number fixed at build time, is in the block below).
#
# It computes WEB_CONCURRENCY, renders the configs of the config dir for this
# container (app path, PORT, worker counts) into its run dir, starts PHP-FPM,
# waits for its socket, starts nginx and streams the app's log files. If either
# server exits, the other is stopped and the script fails, so the platform
# restarts the container. On SIGTERM (or SIGINT, SIGHUP) nginx, then PHP-FPM,
# stop gracefully: requests in progress complete, then the script exits 0.
# The servers run in sessions of their own, so a signal sent to the whole
# process group (as container runtimes and process managers do) reaches only
# this script, which stops them as above; and they are tied to it: if it is
# killed (SIGKILL), the kernel sends them SIGTERM.
#
# Read at boot: PORT (required), WEB_CONCURRENCY (PHP-FPM's pm.max_children;
# computed from the memory when unset), MEMORY_AVAILABLE and CONTAINER_SIZE (the
# memory; else cgroups, WEB_CONCURRENCY_CGROUP_ROOT to point elsewhere),
# PHP_FPM_MAX_REQUESTS (pm.max_requests, default 0). Everything else was fixed at
# build time.
#
# Plain POSIX sh, tested under dash: the runtime image may have neither bash nor
# Node. Helper names start with __boot_ (__wc_ for the shared memory detection,
# __php_ for the shared sed escaping).

# >>> build-time values (src/php/boot.ts: the layout, the policy, the app's log files)
__boot_script_rel=''
__boot_conf_rel=''
__boot_run_rel=''
__boot_conf_d_rel=''
__boot_fpm_rel=''
__boot_nginx_rel=''
__boot_sock_name=''
__boot_fpm_pid_name=''
__boot_nginx_pid_name=''
__boot_templates=''
__boot_ph_app_dir=''
__boot_ph_run_dir=''
__boot_ph_port=''
__boot_ph_web_concurrency=''
__boot_ph_max_requests=''
__boot_ph_max_spare=''
__boot_root_marker=''
__boot_fpm_timeout_s=''
__boot_extra_workers=''
__boot_min_workers=''
__boot_limit_bytes=''
__boot_limit_desc=''
__boot_log_files=''
__boot_log_desc=''
# <<< build-time values

__boot_say() {
  printf 'Boot: %s\\n' "$1"
}

__boot_warn() {
  printf 'Boot: %s\\n' "$1" >&2
}

# Messages of the shared memory detection.
__wc_warn() {
  __boot_warn "$1"
  return 0
}

# >>> include memory.sh (the build inlines src/runtime-env/memory.sh here)
# shellcheck source=src/runtime-env/memory.sh
. ../runtime-env/memory.sh
# <<< include memory.sh

# PHP-FPM workers from the container's memory (php.md \xA78): each request may use
# up to memory_limit; floor(memory / memory_limit) + __boot_extra_workers, at
# least __boot_min_workers. Sets __boot_conc and says how.
__boot_concurrency() {
  __wc_memory
  if [ -z "$__boot_limit_bytes" ]; then
    # No per-request limit: nothing to divide the memory by, so the minimum.
    __boot_conc=$__boot_min_workers
    __boot_say "WEB_CONCURRENCY=$__boot_conc ($__boot_limit_desc: the minimum; $__wc_mem MB available from $__wc_src)"
  else
    # __wc_mem is at most 6 digits (capped), so the product fits any shell's integers.
    __boot_conc=$((__wc_mem * 1048576 / __boot_limit_bytes + __boot_extra_workers))
    if [ "$__boot_conc" -lt "$__boot_min_workers" ]; then
      __boot_say "WEB_CONCURRENCY=$__boot_min_workers ($__wc_mem MB available from $__wc_src / $__boot_limit_desc, +$__boot_extra_workers = $__boot_conc, raised to the minimum of $__boot_min_workers)"
      __boot_conc=$__boot_min_workers
    else
      __boot_say "WEB_CONCURRENCY=$__boot_conc ($__wc_mem MB available from $__wc_src / $__boot_limit_desc, +$__boot_extra_workers)"
    fi
  fi
  return 0
}

# >>> include sed-escape.sh (the build inlines src/php/sed-escape.sh here)
# shellcheck source=src/php/sed-escape.sh
. ./sed-escape.sh
# <<< include sed-escape.sh

# Sleeps $1 seconds. In the background, because \`wait\` returns as soon as a
# trapped signal arrives, while a foreground sleep would delay the trap.
__boot_nap() {
  sleep "$1" &
  __boot_sleep_pid=$!
  wait "$__boot_sleep_pid" || kill "$__boot_sleep_pid" 2>/dev/null
  __boot_sleep_pid=
  return 0
}

# Sends signal $1 to the server of pid $2 and waits until it has exited.
__boot_signal_wait() {
  if [ -z "$2" ] || ! kill -"$1" "$2" 2>/dev/null; then
    return 0
  fi
  # A server starts with SIGINT and SIGQUIT ignored (the shell does that to
  # asynchronous commands) until it installs its own handlers, so a signal sent
  # in that window is lost. Repeating a stop signal to a server already stopping
  # is harmless (nginx and php-fpm ignore the duplicate): repeat it every second.
  __boot_sig_tenths=0
  while kill -0 "$2" 2>/dev/null; do
    __boot_nap "$__boot_tick"
    __boot_sig_tenths=$((__boot_sig_tenths + __boot_tick_tenths))
    if [ "$__boot_sig_tenths" -ge 10 ]; then
      kill -"$1" "$2" 2>/dev/null
      __boot_sig_tenths=0
    fi
  done
  return 0
}

# Runs "$@" (a server or a log tail) in place of the calling subshell, which
# is started with & so $! is its pid. With util-linux's setsid and setpriv:
# in a session of its own (a signal to this script's process group does not
# reach it; the subshell is no group leader, so setsid does not fork), and
# with a parent-death signal (SIGTERM when this script dies, even of SIGKILL:
# nothing is left running). Without them, in this script's process group.
__boot_spawn() {
  if [ -n "$__boot_detach" ]; then
    exec setsid setpriv --pdeathsig TERM -- "$@"
  fi
  exec "$@"
}

# $1: a log file relative to the app, created (with its directory) when missing
# so tail follows it from the start.
__boot_tail() {
  __boot_log=$APP_DIR/$1
  if ! { mkdir -p "\${__boot_log%/*}" && : >>"$__boot_log"; } 2>/dev/null; then
    __boot_warn "cannot create the log file $1; it is streamed once it appears"
  fi
  # -F: keep following across rotation; -n 0: only lines written from now on.
  __boot_spawn tail -F -n 0 -- "$__boot_log" &
  __boot_tails="$__boot_tails $!"
}

# Whatever the way out, nothing started here outlives the script: a tail left
# behind would hold the platform's log pipe open, a server the port.
__boot_cleanup() {
  if [ -n "$__boot_tails" ]; then
    # shellcheck disable=SC2086 # a list of pids: split on purpose
    kill $__boot_tails 2>/dev/null
  fi
  for __boot_pid in $__boot_nginx_pid $__boot_fpm_pid $__boot_sleep_pid; do
    kill -TERM "$__boot_pid" 2>/dev/null
  done
  return 0
}

# $1 $2: a server (name, pid) to check; $3 $4: the other one.
__boot_check() {
  if kill -0 "$2" 2>/dev/null; then
    return 0
  fi
  wait "$2"
  __boot_status=$?
  __boot_warn "$1 exited (status $__boot_status); stopping $3"
  # The app is down already: stop the other one fast (TERM), so the platform
  # restarts the container sooner.
  __boot_signal_wait TERM "$4"
  __boot_fpm_pid=
  __boot_nginx_pid=
  exit 1
}

__boot_shutdown() {
  __boot_say "received $__boot_stop: stopping nginx gracefully (requests in progress complete), then php-fpm"
  # nginx first: the requests it accepted still need php-fpm to complete.
  # SIGQUIT is the graceful stop of both servers.
  __boot_signal_wait QUIT "$__boot_nginx_pid"
  __boot_nginx_pid=
  __boot_signal_wait QUIT "$__boot_fpm_pid"
  __boot_fpm_pid=
  __boot_say 'stopped'
  exit 0
}

# Fractional seconds are not POSIX: whole seconds where sleep refuses them.
if sleep 0.01 2>/dev/null; then
  __boot_tick=0.1 __boot_tick_tenths=1 __boot_poll=0.5
else
  __boot_tick=1 __boot_tick_tenths=10 __boot_poll=1
fi

__boot_tails=
__boot_fpm_pid=
__boot_nginx_pid=
__boot_sleep_pid=
trap __boot_cleanup EXIT
# A signal only sets a flag: the script acts on it between steps.
__boot_stop=
trap '__boot_stop=SIGTERM' TERM
trap '__boot_stop=SIGINT' INT
trap '__boot_stop=SIGHUP' HUP

# A group signal must reach this script alone, and the servers must not outlive
# it: both need setsid and setpriv --pdeathsig (util-linux, in Debian and Ubuntu
# images). Checked by running them, as setpriv before util-linux 2.33 lacks it.
__boot_detach=
if { setsid true && setpriv --pdeathsig TERM -- true; } >/dev/null 2>&1; then
  __boot_detach=1
else
  __boot_warn "setsid or setpriv --pdeathsig (util-linux) is missing: nginx and php-fpm stay in this script's process group, so a signal sent to the whole group stops them at once (requests in progress may fail)"
fi

# --- The app's location ---------------------------------------------------

# This script is in <app>/<config dir>/: the app is two levels up,
# wherever the platform put it (the build ran in another directory).
case $0 in
  */*) __boot_dir=\${0%/*} ;;
  *) __boot_dir=. ;;
esac
if ! APP_DIR=$(CDPATH='' cd -- "$__boot_dir/../.." && pwd); then
  __boot_warn "cannot find the app directory from $0"
  exit 1
fi
case $APP_DIR in
  *'
'*)
    __boot_warn "the app directory path contains a line break, which the configs cannot hold"
    exit 1
    ;;
  *\\"* | *\\\\* | *\\$*)
    # The configs quote paths with "\u2026", and nginx expands $ in some of them.
    __boot_warn "the app directory path ($APP_DIR) contains a double quote, a backslash or a dollar sign, which the configs cannot hold: run the app from another directory"
    exit 1
    ;;
esac
cd "$APP_DIR" || exit 1
CONF_DIR=$APP_DIR/$__boot_conf_rel
RUN_DIR=$APP_DIR/$__boot_run_rel
__boot_sock=$RUN_DIR/$__boot_sock_name
__boot_fpm_bin=$APP_DIR/$__boot_fpm_rel
__boot_nginx_bin=$APP_DIR/$__boot_nginx_rel

# --- Settings read at boot --------------------------------------------------

if ! __wc_uint "\${PORT:-}" || [ "\${#__wc_num}" -gt 5 ] || [ "$__wc_num" -lt 1 ] || [ "$__wc_num" -gt 65535 ]; then
  if [ -z "\${PORT:-}" ]; then
    __boot_warn "PORT must be set to the port to listen on (1-65535), and it is not set. The platform sets it; to run the app by hand: PORT=8080 sh $__boot_script_rel"
  else
    __boot_warn "PORT must be set to the port to listen on (1-65535), not '$PORT'"
  fi
  exit 1
fi
__boot_port=$__wc_num

# A user-set WEB_CONCURRENCY wins. A value PHP-FPM cannot use stops the boot
# with a message rather than being replaced by a computed one the user did not ask for.
if [ -n "\${WEB_CONCURRENCY:-}" ]; then
  if ! __wc_count "$WEB_CONCURRENCY"; then
    __boot_warn "WEB_CONCURRENCY='$WEB_CONCURRENCY' is not a number of PHP-FPM workers: set it to a whole number greater than 0, such as 4, or unset it to compute it from the container's memory"
    exit 1
  fi
  __boot_conc=$__wc_num
  __boot_say "WEB_CONCURRENCY=$__boot_conc (set in the environment)"
else
  __boot_concurrency
fi
export WEB_CONCURRENCY="$__boot_conc"

__boot_max_requests=0
if [ -n "\${PHP_FPM_MAX_REQUESTS:-}" ]; then
  if ! __wc_uint "$PHP_FPM_MAX_REQUESTS" || [ "\${#__wc_num}" -gt 9 ]; then
    __boot_warn "PHP_FPM_MAX_REQUESTS='$PHP_FPM_MAX_REQUESTS' is not a number of requests: set it to a whole number (0: PHP-FPM workers are never recycled), or unset it"
    exit 1
  fi
  __boot_max_requests=$__wc_num
fi

# --- Configs for this container ---------------------------------------------

# The kernel limits a unix socket path to 108 bytes; FPM's own error would not say why.
if [ "\${#__boot_sock}" -gt 107 ]; then
  __boot_warn "the PHP-FPM socket path $__boot_sock is longer than a unix socket path can be (107 bytes): run the app from a shorter directory"
  exit 1
fi
if ! mkdir -p "$RUN_DIR"; then
  __boot_warn "cannot create $RUN_DIR"
  exit 1
fi
# Left over from a previous start of this container, they would pass for live servers.
rm -f "$__boot_sock" "$RUN_DIR/$__boot_fpm_pid_name" "$RUN_DIR/$__boot_nginx_pid_name"

__boot_max_spare=2
if [ "$__boot_conc" -lt 2 ]; then
  __boot_max_spare=1
fi

__boot_root=
if [ "$(id -u 2>/dev/null)" = 0 ]; then
  __boot_root=1
fi

set -- \\
  -e "s|$__boot_ph_app_dir|$(__php_sed_escape "$APP_DIR")|g" \\
  -e "s|$__boot_ph_run_dir|$(__php_sed_escape "$RUN_DIR")|g" \\
  -e "s|$__boot_ph_port|$__boot_port|g" \\
  -e "s|$__boot_ph_web_concurrency|$__boot_conc|g" \\
  -e "s|$__boot_ph_max_requests|$__boot_max_requests|g" \\
  -e "s|$__boot_ph_max_spare|$__boot_max_spare|g"
if [ -n "$__boot_root" ]; then
  # Lines only valid for root (nginx "user root;", the FPM pool's user/group)
  # are written commented out behind a marker: enable them.
  set -- "$@" -e "s/^[;#]$__boot_root_marker//"
fi
# shellcheck disable=SC2086 # a list of file names (no white space): split on purpose
for __boot_f in $__boot_templates; do
  if [ ! -f "$CONF_DIR/$__boot_f" ]; then
    __boot_warn "$__boot_conf_rel/$__boot_f is missing: the build did not complete; deploy again"
    exit 1
  fi
  if ! sed "$@" <"$CONF_DIR/$__boot_f" >"$RUN_DIR/$__boot_f"; then
    __boot_warn "cannot write $RUN_DIR/$__boot_f"
    exit 1
  fi
done

# PHP processes started by the app (exec, proc_open) read the same config.
export PHPRC="$RUN_DIR/php.ini"
export PHP_INI_SCAN_DIR="$APP_DIR/$__boot_conf_d_rel"

for __boot_bin in "$__boot_fpm_bin" "$__boot_nginx_bin"; do
  if [ ! -x "$__boot_bin" ]; then
    __boot_warn "$__boot_bin is missing: the build did not complete; deploy again"
    exit 1
  fi
done

# --- Output -----------------------------------------------------------------

# nginx opens /dev/stdout and PHP-FPM /proc/self/fd/2 by path, which fails (ENXIO)
# when they are sockets, as some supervisors (and Node's child processes) make them.
# Then a FIFO per stream, forwarded by cat, gives every child a pipe instead; sh has
# no process substitution to do it otherwise.
for __boot_fd in 1 2; do
  if [ -S "/dev/fd/$__boot_fd" ] || [ -S "/proc/self/fd/$__boot_fd" ]; then
    __boot_fifo=$RUN_DIR/output-$__boot_fd.fifo
    rm -f "$__boot_fifo"
    if mkfifo "$__boot_fifo" 2>/dev/null; then
      # The forwarders ignore the stop signals (a platform may signal the whole
      # process group): they end at EOF, once the servers and this script are gone,
      # so the shutdown messages still get through.
      if [ "$__boot_fd" = 1 ]; then
        (trap '' TERM INT HUP QUIT; exec cat "$__boot_fifo") &
        exec >"$__boot_fifo"
      else
        (trap '' TERM INT HUP QUIT; exec cat "$__boot_fifo" >&2) &
        exec 2>"$__boot_fifo"
      fi
    fi
  fi
done

# --- Start ------------------------------------------------------------------

# The app's own log files (extra.paas.log-files and framework logs), one a line,
# started before the servers so no line written at startup is missed.
if [ -n "$__boot_log_files" ]; then
  while IFS= read -r __boot_lf; do
    __boot_tail "$__boot_lf"
  done <<EOF
$__boot_log_files
EOF
  __boot_say "$__boot_log_desc"
fi

if [ -n "$__boot_stop" ]; then
  __boot_say "received $__boot_stop before starting"
  exit 0
fi

set -- --nodaemonize -y "$RUN_DIR/php-fpm.conf" -c "$RUN_DIR/php.ini"
if [ -n "$__boot_root" ]; then
  set -- "$@" -R
fi
__boot_say "starting php-fpm (pm.max_children=$__boot_conc, pm.max_requests=$__boot_max_requests)"
__boot_spawn "$__boot_fpm_bin" "$@" &
__boot_fpm_pid=$!

# nginx only once FPM listens: requests before that would get 502s.
__boot_waited=0
__boot_timeout_tenths=$((__boot_fpm_timeout_s * 10))
while [ ! -S "$__boot_sock" ]; do
  if [ -n "$__boot_stop" ]; then
    __boot_say "received $__boot_stop while php-fpm was starting; stopping it"
    __boot_signal_wait QUIT "$__boot_fpm_pid"
    __boot_fpm_pid=
    exit 0
  fi
  if ! kill -0 "$__boot_fpm_pid" 2>/dev/null; then
    wait "$__boot_fpm_pid"
    __boot_status=$?
    __boot_fpm_pid=
    __boot_warn "php-fpm exited (status $__boot_status) before creating its socket; stopping (its messages above say why)"
    exit 1
  fi
  if [ "$__boot_waited" -ge "$__boot_timeout_tenths" ]; then
    __boot_warn "php-fpm did not create its socket ($__boot_sock) within $__boot_fpm_timeout_s s; stopping"
    __boot_signal_wait TERM "$__boot_fpm_pid"
    __boot_fpm_pid=
    exit 1
  fi
  __boot_nap "$__boot_tick"
  __boot_waited=$((__boot_waited + __boot_tick_tenths))
done

__boot_say "php-fpm is ready; starting nginx on port $__boot_port"
__boot_spawn "$__boot_nginx_bin" -p "$RUN_DIR/" -e stderr -c "$RUN_DIR/nginx.conf" &
__boot_nginx_pid=$!

# --- Supervise ----------------------------------------------------------------

# dash has no \`wait -n\`: poll both servers. kill -0 only says the pid exists; a
# server that exited is reaped by the shell during the nap's wait, after which
# kill -0 fails and wait gives its status.
while :; do
  if [ -n "$__boot_stop" ]; then
    __boot_shutdown
  fi
  __boot_check php-fpm "$__boot_fpm_pid" nginx "$__boot_nginx_pid"
  __boot_check nginx "$__boot_nginx_pid" php-fpm "$__boot_fpm_pid"
  __boot_nap "$__boot_poll"
done
`;

// src/php/composer-wrapper.sh
var composer_wrapper_default = `#!/bin/sh
# Generated by the PHP buildpack: runs Composer with the app's PHP (the Composer
# script's own shebang may name a php that is not in the container).
# >>> build-time values (src/php/boot.ts: the artifacts' dirs, relative to the app)
__php_dir=''
__composer_dir=''
# <<< build-time values
case $0 in
  */*) __dir=\${0%/*} ;;
  *) __dir=. ;;
esac
exec "$__dir/../../../$__php_dir/bin/php" "$__dir/../../../$__composer_dir/bin/composer" "$@"
`;

// src/php/php-profile.sh
var php_profile_default = `# Generated by the PHP buildpack; sourced before any process of the app starts
# (the web boot, one-off commands such as \`php artisan migrate\`).
# shellcheck shell=sh
#
# Puts PHP, Composer and the app's vendor/bin on PATH, and points PHP at the
# app's configuration: PHPRC (php.ini, rendered for this container below) and
# PHP_INI_SCAN_DIR (the generated conf.d). The web boot (<config dir>/boot.sh)
# renders its own php.ini and overrides PHPRC.
#
# This file is sourced: it never exits, works under set -u and set -e, and
# unsets its __php_* helpers when done.
# >>> build-time values (src/php/boot.ts: the layout, relative to the app)
__php_conf_rel=''
__php_run_rel=''
__php_conf_d_rel=''
__php_php_rel=''
__php_composer_rel=''
__php_cli_ini_name=''
__php_ph_app_dir=''
__php_ph_run_dir=''
# <<< build-time values

export PATH="\${HOME:-}/$__php_conf_rel/bin:\${HOME:-}/$__php_php_rel/bin:\${HOME:-}/$__php_composer_rel/bin:\${HOME:-}/vendor/bin\${PATH:+:$PATH}"
export PHP_INI_SCAN_DIR="\${HOME:-}/$__php_conf_d_rel"

__php_warn() {
  printf 'php.sh: %s\\n' "\${1:-}" >&2
  return 0
}

# >>> include sed-escape.sh (the build inlines src/php/sed-escape.sh here)
# shellcheck source=src/php/sed-escape.sh
. ./sed-escape.sh
# <<< include sed-escape.sh

# php.ini is written at build time with placeholders where the app's
# path goes (the build ran elsewhere): render it for $HOME, the app at run time.
# Written to a temp file and renamed, so a process starting meanwhile never reads
# half a file; PHPRC is only set once the file is complete.
__php_cli_ini() {
  __php_conf="\${HOME:-}/$__php_conf_rel"
  __php_run="\${HOME:-}/$__php_run_rel"
  __php_tmp="$__php_run/$__php_cli_ini_name.$$"
  if [ -z "\${HOME:-}" ] || [ ! -f "$__php_conf/php.ini" ]; then
    __php_warn "no php.ini in \${HOME:-(HOME unset)}/$__php_conf_rel: PHP runs without the app's configuration"
    return 0
  fi
  case $HOME in
    *'
'*)
      __php_warn "HOME contains a line break: PHP runs without the app's configuration"
      return 0
      ;;
  esac
  # sed reads \\, & and its | delimiter specially in a replacement: escape them,
  # only when present (this runs before every process: keep it to two forks).
  __php_app_re=$HOME
  __php_run_re=$__php_run
  case $HOME in
    *['\\&|']*)
      __php_app_re=$(__php_sed_escape "$HOME") || return 0
      __php_run_re=$(__php_sed_escape "$__php_run") || return 0
      ;;
  esac
  if { [ -d "$__php_run" ] || mkdir -p "$__php_run"; } 2>/dev/null &&
    sed -e "s|$__php_ph_app_dir|$__php_app_re|g" -e "s|$__php_ph_run_dir|$__php_run_re|g" <"$__php_conf/php.ini" >"$__php_tmp" 2>/dev/null &&
    mv -f "$__php_tmp" "$__php_run/$__php_cli_ini_name" 2>/dev/null; then
    export PHPRC="$__php_run/$__php_cli_ini_name"
  else
    rm -f "$__php_tmp" 2>/dev/null || :
    __php_warn "cannot write $__php_run/$__php_cli_ini_name: PHP runs without the app's configuration"
  fi
  return 0
}

__php_cli_ini
unset -f __php_warn __php_sed_escape __php_cli_ini
unset __php_conf __php_run __php_tmp __php_app_re __php_run_re \\
  __php_conf_rel __php_run_rel __php_conf_d_rel __php_php_rel __php_composer_rel __php_cli_ini_name __php_ph_app_dir __php_ph_run_dir
`;

// src/php/sed-escape.sh
var sed_escape_default = `# shellcheck shell=sh
# sed reads \\, & and its | delimiter specially in a replacement: escape them.
# Shared by the boot script and .profile.d/php.sh (src/php/boot.ts inlines it).
__php_sed_escape() {
  printf '%s\\n' "$1" | sed -e 's/[\\\\&|]/\\\\&/g'
}
`;

// src/php/boot.ts
var BOOT_SCRIPT_PATH = `${PHP_LAYOUT.config}/boot.sh`;
var PHP_PROFILE_PATH = SLUG.phpProfile;
var COMPOSER_WRAPPER_PATH = `${PHP_LAYOUT.config}/bin/composer`;
var PHP_RUN_DIR = `${PHP_LAYOUT.config}/run`;
var PHP_CONF_D_DIR = `${PHP_LAYOUT.config}/conf.d`;
var BOOT_TEMPLATES = Object.freeze(["php.ini", "php-fpm.conf", "nginx.conf"]);
var RUN_DIR_FILES = Object.freeze({
  fpmSocket: "php-fpm.sock",
  fpmPid: "php-fpm.pid",
  nginxPid: "nginx.pid",
  /** php.ini rendered by `.profile.d/php.sh` for CLI processes. */
  cliIni: "php-cli.ini"
});
var BOOT_TIMING = Object.freeze({
  /** How long PHP-FPM gets to create its socket. */
  fpmSocketTimeoutS: 10
});
function unsafeAppPathChar(path2) {
  return /["\\$\n]/.exec(path2)?.[0];
}
function oneLine(s) {
  return s.replace(/[\x00-\x1f\x7f]/g, "?");
}
function checkLogFile(path2) {
  if (path2 === "" || path2.startsWith("/") || path2.split("/").includes("..") || /[\x00\n\r]/.test(path2)) {
    throw new Error(`log file path must be relative to the app and stay inside it: ${JSON.stringify(path2)}`);
  }
  return path2;
}
function describeLimit(input) {
  const limit = input.memoryLimit;
  const bytes = limit === "unlimited" ? void 0 : limit.bytes;
  if (bytes !== void 0 && (!Number.isSafeInteger(bytes) || bytes <= 0)) {
    throw new Error(`memory_limit must be a positive number of bytes, got ${bytes}`);
  }
  const source = oneLine(input.memoryLimitSource);
  const desc = bytes === void 0 ? `memory_limit -1 (no limit) from ${source}` : `memory_limit ${formatIniSize({ bytes })} from ${source}`;
  return { bytes: bytes === void 0 ? "" : String(bytes), desc };
}
function renderBootScript(input, options = {}) {
  const P = PLACEHOLDERS;
  const timeoutS = options.fpmSocketTimeoutS ?? BOOT_TIMING.fpmSocketTimeoutS;
  if (!Number.isInteger(timeoutS) || timeoutS < 1) throw new Error(`fpmSocketTimeoutS must be a whole number of seconds, got ${timeoutS}`);
  const { extraWorkers, minimum } = PHP_CONCURRENCY_POLICY;
  const limit = describeLimit(input);
  const logFiles = input.logFiles.map(checkLogFile);
  const script = fillBuildValues(boot_default, {
    __boot_script_rel: BOOT_SCRIPT_PATH,
    __boot_conf_rel: PHP_LAYOUT.config,
    __boot_run_rel: PHP_RUN_DIR,
    __boot_conf_d_rel: PHP_CONF_D_DIR,
    __boot_fpm_rel: `${PHP_LAYOUT.php}/sbin/php-fpm`,
    __boot_nginx_rel: `${PHP_LAYOUT.nginx}/sbin/nginx`,
    __boot_sock_name: RUN_DIR_FILES.fpmSocket,
    __boot_fpm_pid_name: RUN_DIR_FILES.fpmPid,
    __boot_nginx_pid_name: RUN_DIR_FILES.nginxPid,
    __boot_templates: BOOT_TEMPLATES.join(" "),
    __boot_ph_app_dir: P.appDir,
    __boot_ph_run_dir: P.runDir,
    __boot_ph_port: P.port,
    __boot_ph_web_concurrency: P.webConcurrency,
    __boot_ph_max_requests: P.phpFpmMaxRequests,
    __boot_ph_max_spare: P.pmMaxSpareServers,
    __boot_root_marker: ROOT_ONLY_MARKER,
    __boot_fpm_timeout_s: timeoutS,
    __boot_extra_workers: extraWorkers,
    __boot_min_workers: minimum,
    __boot_limit_bytes: limit.bytes,
    __boot_limit_desc: limit.desc,
    // One a line (checkLogFile refuses line breaks); the script reads them with `read -r`.
    __boot_log_files: logFiles.join("\n"),
    __boot_log_desc: logFiles.length === 0 ? "" : `streaming ${logFiles.map(oneLine).join(", ")}`
  });
  return inlineInclude(inlineMemoryDetection(script), "sed-escape.sh", sedEscapeText());
}
function sedEscapeText() {
  return sed_escape_default.slice(sed_escape_default.indexOf("\n") + 1);
}
function renderPhpProfile() {
  const script = fillBuildValues(php_profile_default, {
    __php_conf_rel: PHP_LAYOUT.config,
    __php_run_rel: PHP_RUN_DIR,
    __php_conf_d_rel: PHP_CONF_D_DIR,
    __php_php_rel: PHP_LAYOUT.php,
    __php_composer_rel: PHP_LAYOUT.composer,
    __php_cli_ini_name: RUN_DIR_FILES.cliIni,
    __php_ph_app_dir: PLACEHOLDERS.appDir,
    __php_ph_run_dir: PLACEHOLDERS.runDir
  });
  return inlineInclude(script, "sed-escape.sh", sedEscapeText());
}
function renderComposerWrapper() {
  return fillBuildValues(composer_wrapper_default, { __php_dir: PHP_LAYOUT.php, __composer_dir: PHP_LAYOUT.composer });
}

// src/php/plan.ts
var BOOT_SCRIPT = BOOT_SCRIPT_PATH;
var DEFAULT_WEB_COMMAND = `sh ${BOOT_SCRIPT_PATH}`;
var REUSE_KNOB = "PHP_REUSE_VENDOR";
async function readComposerFiles(fs, dev) {
  const [jsonText, lockText] = await Promise.all([fs.readText("composer.json"), fs.readText("composer.lock")]);
  if (jsonText === void 0) {
    if (lockText !== void 0) throw phpErrors.composerJsonMissing();
    return {};
  }
  const json = parseComposerJson(jsonText);
  if (lockText === void 0) {
    const wanted = requiredPackages(json);
    const wantedDev = requiredDevPackages(json);
    if (wanted.length || wantedDev.length) throw phpErrors.composerLockMissing(wanted, wantedDev);
    return { json };
  }
  const lock = parseComposerLock(lockText);
  const missing = lockedMissing(json, lock, dev);
  if (missing.length) throw phpErrors.composerLockOutOfDate(missing);
  return { json, lock };
}
async function checkAppPath(fs, check, stage) {
  const { keyPath, rel, kind } = check;
  const real = await fs.realpath(rel === "" ? "." : rel);
  if (real === void 0) {
    if (stage === "plan") return "missing";
    if (check.frameworkDefault) throw phpErrors.frameworkDocumentRootMissing(check.frameworkDefault, rel, true);
    throw phpErrors.pathInvalid(keyPath, rel, "does not exist in the app, even after the build (composer install, the Node build and the compile commands ran)");
  }
  const root = await fs.realpath(".");
  if (root !== void 0 && real !== root && !real.startsWith(`${root}/`)) {
    throw phpErrors.pathInvalid(keyPath, rel, "is a symbolic link leading outside the app");
  }
  const isDir = await fs.isDirectory(rel === "" ? "." : rel);
  if (kind === "dir" && !isDir) throw phpErrors.pathInvalid(keyPath, rel, "is not a directory");
  if (kind === "file" && isDir) throw phpErrors.pathInvalid(keyPath, rel, "is a directory, not a file");
  return "ok";
}
function buildMayCreate(rel, steps) {
  if (steps.node || steps.compile || steps.framework || steps.composerScripts) return true;
  return steps.composer && (rel === "vendor" || rel.startsWith("vendor/"));
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
  if (vars.DOCUMENT_ROOT !== void 0) return { value: normalize(vars.DOCUMENT_ROOT), source: configVarSource("DOCUMENT_ROOT") };
  if (paas.documentRoot !== void 0) return { value: paas.documentRoot, source: fileSource("composer.json", "extra.paas.document-root") };
  const root = defaults.documentRoot;
  return { value: root, source: root === "" ? defaultSource() : { kind: "framework-default", framework } };
}
async function planPhpBuild(fs, ctx) {
  const { configVars: vars, knobs, catalogs } = ctx;
  const dev = knobs.flag("COMPOSER_DEV");
  const files = await readComposerFiles(fs, dev);
  const { paas, warnings: paasWarnings } = files.json ? parsePaas(files.json.paas) : { paas: EMPTY_PAAS, warnings: [] };
  const warnings = [...paasWarnings];
  const devProblem = invalidKnobValue("COMPOSER_DEV", knobs.get("COMPOSER_DEV"));
  if (devProblem) warnings.push(devProblem);
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
  const steps = {
    node: await fs.exists("package.json") && !knobs.flag("PHP_BUILDPACK_NO_NODE"),
    compile: paas.compile.length > 0,
    framework: framework.id === "symfony" && await fs.exists("bin/console"),
    composerScripts: (files.json?.scripts.length ?? 0) > 0,
    composer: files.json !== void 0
  };
  const deferredPathChecks = [];
  const planCheck = async (check) => {
    if (await checkAppPath(fs, check, "plan") === "ok") return;
    if (buildMayCreate(check.rel, steps)) deferredPathChecks.push(check);
    else if (check.frameworkDefault) throw phpErrors.frameworkDocumentRootMissing(check.frameworkDefault, check.rel, false);
    else throw phpErrors.pathInvalid(check.keyPath, check.rel, "does not exist in the app (and no build step could create it: no package.json, no compile commands, no Composer scripts), so it must be committed");
  };
  await planCheck({
    keyPath: describeSource(documentRoot.source),
    rel: documentRoot.value,
    kind: "dir",
    ...documentRoot.source.kind === "framework-default" ? { frameworkDefault: framework.id } : {}
  });
  if (files.json !== void 0 && framework.id === "default" && documentRoot.value === "" && documentRoot.source.kind === "default") {
    warnings.push(wholeAppPublic());
  }
  const pathChecks = [
    ["extra.paas.php-includes", paas.phpIncludes, "file"],
    ["extra.paas.php-fpm-includes", paas.phpFpmIncludes, "file"],
    ["extra.paas.nginx-includes", paas.nginxIncludes, "file"],
    ["extra.paas.nginx-http-includes", paas.nginxHttpIncludes, "file"]
  ];
  for (const [key, list, kind] of pathChecks) {
    for (const [i, rel] of list.entries()) await planCheck({ keyPath: `${key}[${i}]`, rel, kind });
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
    nginxConf: renderPhpNginxConf(settings),
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
      const { planNodeBuild, readNodeApp } = await import("./plan-IYVTCQPM.mjs");
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
      lockedNames: files.lock?.packages.map((p) => p.name) ?? [],
      reuseVendor: knobs.get(REUSE_KNOB) !== "false"
    } : void 0,
    extensions,
    framework: { id: framework.id, source: framework.source, env: framework.env },
    documentRoot,
    deferredPathChecks,
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
  tokenizeNginx,
  fillPlaceholders,
  PHP_LAYOUT,
  composerAuthEnv,
  BOOT_SCRIPT_PATH,
  PHP_PROFILE_PATH,
  COMPOSER_WRAPPER_PATH,
  unsafeAppPathChar,
  renderBootScript,
  renderPhpProfile,
  renderComposerWrapper,
  BOOT_SCRIPT,
  DEFAULT_WEB_COMMAND,
  REUSE_KNOB,
  checkAppPath,
  planPhpBuild
};
