import { createRequire as __engineRequire } from 'node:module'; const require = __engineRequire(import.meta.url);
import {
  MANAGERS,
  managerEnginesFields,
  nodeErrors
} from "./chunk-EWRJ4JSO.mjs";

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
function parsePackageJson(text, managers = MANAGERS) {
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
      ...Object.fromEntries(managerEnginesFields(managers).map(({ field, example }) => [field, optionalString(e, field, `engines.${field}`, `"engines": {"${field}": "${example}"}`)])),
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
  parsePackageJson
};
