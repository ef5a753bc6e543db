import { createRequire as __engineRequire } from 'node:module'; const require = __engineRequire(import.meta.url);
import {
  COMPONENT_LABEL,
  EMBEDDED_PHP_EXTENSIONS,
  embeddedCatalog,
  phpErrors
} from "./chunk-ZPCAL5XI.mjs";
import {
  fetchJson,
  isNotJson
} from "./chunk-NDZUHS5A.mjs";
import "./chunk-2B5AJODS.mjs";
import "./chunk-7KZF2D6S.mjs";
import {
  BuildError,
  isBuildError
} from "./chunk-FFA57LN5.mjs";
import "./chunk-RJCFJAXG.mjs";
import "./chunk-RFJHALY7.mjs";

// src/runtime/store-errors.ts
var storeErrors = {
  urlInvalid: (varName, shown, why) => new BuildError(
    "runtime/store-url-invalid",
    `${varName} is not a valid artifact store URL`,
    `${varName} is set to ${JSON.stringify(shown)}, which ${why}.
It must be the base URL of an artifact store, the directory that holds manifest.json:
  https://mirror.example.com/artifacts/   (or http://)
  file:///absolute/path/to/store
Fix the ${varName} config var, or unset it to use the default artifacts.`
  ),
  manifestInvalid: (manifestUrl, keyPath, problem) => new BuildError(
    "runtime/store-manifest-invalid",
    `The artifact store manifest is invalid (${keyPath || "document"})`,
    `The manifest at ${manifestUrl} is not valid: ${keyPath || "the document"} ${problem}.
The build stops because artifacts from this store cannot be located and verified.
Fix or regenerate the store (a local one: \`npm run local-artifacts -- DIR\`), or point PHP_BASE_URL / NGINX_BASE_URL at a store with a valid manifest.`
  )
};

// src/runtime/artifact-store.ts
var SCHEMA = 1;
var SCHEMES = /* @__PURE__ */ new Set(["http:", "https:", "file:"]);
function checkStoreUrl(value, varName) {
  const raw = value.trim();
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw storeErrors.urlInvalid(varName, raw, "is not a URL");
  }
  const shown = url.username || url.password ? raw.replace(/\/\/[^@/]*@/, "//***@") : raw;
  if (!SCHEMES.has(url.protocol)) {
    throw storeErrors.urlInvalid(varName, shown, `uses the unsupported scheme ${url.protocol}//`);
  }
  if (url.protocol === "file:" && url.hostname !== "" && url.hostname !== "localhost") {
    throw storeErrors.urlInvalid(varName, shown, "is a file URL with a host name (use file:///absolute/path)");
  }
  if (url.search || url.hash) {
    throw storeErrors.urlInvalid(varName, shown, "has a query string or fragment");
  }
  return withSlash(url.href);
}
async function loadStoreManifest(baseUrl, opts) {
  const base = withSlash(baseUrl);
  const url = new URL("manifest.json", base).href;
  let doc;
  try {
    doc = await fetchJson(url, opts);
  } catch (e) {
    if (isNotJson(e) && isBuildError(e)) throw storeErrors.manifestInvalid(url, "", `is not JSON ${lastSentence(e.body).replace(/^invalid JSON /, "")}`.trim());
    throw e;
  }
  return parseStoreManifest(doc, base);
}
function parseStoreManifest(doc, baseUrl) {
  const base = withSlash(baseUrl);
  const manifestUrl = new URL("manifest.json", base).href;
  const bad = (key, problem) => storeErrors.manifestInvalid(manifestUrl, key, problem);
  if (!isObject(doc)) throw bad("", "must be a JSON object");
  if (doc.schema !== SCHEMA) throw bad("schema", `must be ${SCHEMA} (got ${describe(doc.schema)})`);
  if (!Array.isArray(doc.artifacts)) throw bad("artifacts", "must be an array");
  const seen = /* @__PURE__ */ new Map();
  const artifacts = doc.artifacts.map((item, i) => {
    const at = `artifacts[${i}]`;
    if (!isObject(item)) throw bad(at, "must be an object");
    const str = (key) => {
      const v = item[key];
      if (typeof v !== "string" || v.trim() === "" || v !== v.trim()) {
        throw bad(`${at}.${key}`, `must be a non-empty string without surrounding spaces (got ${describe(v)})`);
      }
      return v;
    };
    const strings = (v, key, nonEmpty) => {
      if (!Array.isArray(v) || nonEmpty && v.length === 0) throw bad(key, `must be ${nonEmpty ? "a non-empty" : "an"} array of strings`);
      return v.map((s, j) => {
        if (typeof s !== "string" || s === "") throw bad(`${key}[${j}]`, `must be a non-empty string (got ${describe(s)})`);
        return s;
      });
    };
    const name = str("name");
    const version = str("version");
    const stacks = strings(item.stacks, `${at}.stacks`, true);
    const os = str("os");
    const arch = str("arch");
    const path = str("path");
    const unsafe = unsafePath(path);
    if (unsafe) throw bad(`${at}.path`, `must be a relative path inside the store (${JSON.stringify(path)} ${unsafe})`);
    const sha256 = str("sha256");
    if (!/^[0-9a-fA-F]{64}$/.test(sha256)) throw bad(`${at}.sha256`, "must be 64 hex chars");
    let extensions;
    if (item.extensions !== void 0) {
      const ext = item.extensions;
      if (!isObject(ext)) throw bad(`${at}.extensions`, "must be an object");
      extensions = {
        builtin: strings(ext.builtin, `${at}.extensions.builtin`, false),
        shared: strings(ext.shared, `${at}.extensions.shared`, false)
      };
    }
    for (const stack of stacks) {
      const key = `${name} ${version} ${stack} ${os}/${arch}`;
      const first = seen.get(key);
      if (first !== void 0) throw bad(at, `duplicates artifacts[${first}] (${key})`);
      seen.set(key, i);
    }
    const url = new URL(path, base).href;
    return { name, version, stacks, os, arch, path, sha256: sha256.toLowerCase(), url, ...extensions ? { extensions } : {} };
  });
  return { baseUrl: base, artifacts };
}
function artifactsFor(m, name, stack, arch = "x64") {
  return m.artifacts.filter((a) => a.name === name && a.os === "linux" && a.arch === arch && a.stacks.includes(stack));
}
function withSlash(url) {
  return url.endsWith("/") ? url : `${url}/`;
}
function unsafePath(path) {
  if (path.startsWith("/") || path.startsWith("\\")) return "is absolute";
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(path)) return "is a URL";
  if (path.includes("\\")) return "contains a backslash";
  if (/[?#]/.test(path)) return "contains a query or fragment";
  for (const segment of path.split("/")) {
    let decoded;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return "has a malformed %-escape";
    }
    if (decoded === "..") return "contains a '..' segment";
    if (segment === "" || decoded === ".") return 'has an empty or "." segment';
  }
  return void 0;
}
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function describe(v) {
  if (v === void 0) return "nothing";
  const json = JSON.stringify(v);
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}
function lastSentence(body) {
  const first = body.split("\n")[0] ?? "";
  return first.replace(/^.*?: /, "").replace(/\.$/, "");
}

// src/php/stores.ts
function storeUrls(knobs) {
  const php = knobs.get("PHP_BASE_URL");
  const nginx = knobs.get("NGINX_BASE_URL");
  return {
    php: php ? checkStoreUrl(php, "PHP_BASE_URL") : void 0,
    nginx: nginx ? checkStoreUrl(nginx, "NGINX_BASE_URL") : php ? checkStoreUrl(php, "PHP_BASE_URL") : void 0
  };
}
async function loadPhpStores(knobs, stack, mode) {
  const urls = storeUrls(knobs);
  const manifests = /* @__PURE__ */ new Map();
  const load = async (url) => {
    if (!url || mode === "plan" && !url.startsWith("file:")) return void 0;
    if (!manifests.has(url)) manifests.set(url, await loadStoreManifest(url));
    return manifests.get(url);
  };
  const phpStore = await load(urls.php);
  const nginxStore = await load(urls.nginx);
  const storeOf = (c) => c === "nginx" ? nginxStore : phpStore;
  const catalog = (c) => {
    const embedded = embeddedCatalog(c);
    const store = storeOf(c);
    if (!store) return embedded;
    return {
      versions: artifactsFor(store, c, stack).map((a) => a.version),
      defaultLine: embedded.defaultLine,
      from: `the store at ${store.baseUrl}`
    };
  };
  const artifact = (c, version) => {
    const store = storeOf(c);
    if (!store) throw phpErrors.noArtifactStore(COMPONENT_LABEL[c]);
    const found = artifactsFor(store, c, stack).find((a) => a.version === version);
    if (!found) throw new Error(`${c} ${version} was resolved but is not in ${store.baseUrl}manifest.json`);
    return found;
  };
  const catalogs = { php: catalog("php"), nginx: catalog("nginx"), composer: catalog("composer") };
  return {
    catalogs: {
      php: {
        ...catalogs.php,
        extensionsOf: (version) => phpStore ? artifactsFor(phpStore, "php", stack).find((a) => a.version === version)?.extensions ?? { builtin: [], shared: [] } : EMBEDDED_PHP_EXTENSIONS
      },
      nginx: catalogs.nginx,
      composer: catalogs.composer
    },
    artifact,
    sources: { php: catalogs.php.from, nginx: catalogs.nginx.from, composer: catalogs.composer.from }
  };
}
function requireStores(knobs) {
  const urls = storeUrls(knobs);
  if (!urls.php) throw phpErrors.noArtifactStore("PHP");
}
export {
  loadPhpStores,
  requireStores
};
