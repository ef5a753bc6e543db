import { createRequire as __engineRequire } from 'node:module'; const require = __engineRequire(import.meta.url);

// src/env/knobs.ts
var bool = (def, effect, extra = {}) => ({ type: "boolean", default: def, effect, ...extra });
var str = (type, extra = {}) => ({ type, ...extra });
var KNOBS = {
  STACK: str("string", { from: "platform env", default: "scalingo-26" }),
  BUILDPACK_DEBUG: bool(false, "print a stack trace with an internal error", { from: "platform env" }),
  // Node.js
  NODE_BINARY_URL: str("url"),
  NPM_CONFIG_REGISTRY: str("url"),
  NODEJS_ALLOW_WIDE_RANGE: bool(false, "take the newest major a wide range allows"),
  NODE_MODULES_CACHE: bool(true, "no dependency cache"),
  NODE_REUSE_INSTALL: bool(true, "the install always runs"),
  NODE_FRAMEWORK_CACHE: bool(true, "no framework build caches"),
  USE_NPM_INSTALL: bool(false, "npm install even when a lockfile exists"),
  NPM_CONFIG_PRODUCTION: str("string"),
  NPM_NO_BUILD: bool(false, "the build script is skipped"),
  NODE_BUILD_FLAGS: str("string"),
  NPM_CONFIG_CACHE: str("string"),
  YARN_BINARY_URL: str("url"),
  YARN_PRODUCTION: str("string"),
  YARN2_SKIP_PRUNING: bool(false, "Yarn 2+ keeps devDependencies"),
  PNPM_SKIP_PRUNING: bool(false, "pnpm keeps devDependencies"),
  NODE_ENV: str("string", { default: "production" }),
  NODE_OPTIONS: str("string", { default: "--max-old-space-size=2560" }),
  NPM_TOKEN: str("string"),
  "NPM_CONFIG_*": str("string"),
  MEMORY_AVAILABLE: str("integer", { when: "boot" }),
  WEB_MEMORY: str("integer", { when: "boot" }),
  WEB_CONCURRENCY: str("integer", { when: "boot" }),
  LOG_CONCURRENCY: bool(false, "log the computed concurrency", { when: "boot" }),
  // PHP
  PHP_BASE_URL: str("url"),
  NGINX_BASE_URL: str("url"),
  PHP_VERSION: str("version"),
  NGINX_VERSION: str("version"),
  COMPOSER_VERSION: str("version"),
  COMPOSER_DEV: bool(false, "dev dependencies are installed", { warningId: "php/composer-dev-value" }),
  PHP_REUSE_VENDOR: bool(true, "composer install always runs"),
  COMPOSER_AUTH: str("json"),
  COMPOSER_GITHUB_TOKEN: str("string"),
  DOCUMENT_ROOT: str("string"),
  ACCESS_LOG_FORMAT: str("string"),
  PHP_BUILDPACK_NO_NODE: bool(false, "the Node build is skipped"),
  PORT: str("integer", { when: "boot" }),
  PHP_FPM_MAX_REQUESTS: str("integer", { when: "boot" })
};
function knobSpec(name) {
  return KNOBS[name];
}
function invalidKnobValue(name, raw) {
  const spec = knobSpec(name);
  if (spec?.type !== "boolean" || raw === void 0 || raw === "" || raw === "true" || raw === "false") return void 0;
  const on = JSON.stringify(String(!spec.default));
  return {
    id: spec.warningId ?? "engine/config-var-invalid",
    message: `${name} is ${JSON.stringify(raw.length > 40 ? `${raw.slice(0, 40)}\u2026` : raw)}: only ${on} changes what the build does (${spec.effect}), so this build goes on as if it were unset (${name}=${spec.default}). Set it to true or false.`
  };
}
function checkedHere(spec) {
  return spec?.type === "boolean" && spec.warningId === void 0 && (spec.when ?? "build") === "build";
}
function knobValueProblems(vars) {
  return Object.keys(vars).sort().flatMap((name) => {
    const spec = knobSpec(name);
    if (!checkedHere(spec) || spec.from === "platform env") return [];
    const p = invalidKnobValue(name, vars[name]);
    return p ? [p] : [];
  });
}
function platformKnobProblems(platformEnv, vars) {
  return Object.keys(platformEnv).sort().flatMap((name) => {
    if (name in vars || !checkedHere(knobSpec(name))) return [];
    const p = invalidKnobValue(name, platformEnv[name]);
    return p ? [p] : [];
  });
}

export {
  invalidKnobValue,
  knobValueProblems,
  platformKnobProblems
};
