import { createRequire as __engineRequire } from 'node:module'; const require = __engineRequire(import.meta.url);

// src/layout/layout.ts
var ENGINE_DIRS = Object.freeze({
  /** Runtimes, tools and generated configs. */
  engine: ".scalingo",
  /** Scripts the platform sources before every process of the app. */
  profile: ".profile.d"
});
var SLUG = Object.freeze({
  /** The Node.js runtime (bin/node, bin/npm, …). */
  nodeHome: `${ENGINE_DIRS.engine}/node`,
  /** The PHP artifact: bin/php, sbin/php-fpm, lib/php/extensions/*.so */
  php: `${ENGINE_DIRS.engine}/php`,
  /** The nginx artifact: sbin/nginx, conf/mime.types */
  nginx: `${ENGINE_DIRS.engine}/nginx`,
  /** The Composer artifact: bin/composer, share/php/… */
  composer: `${ENGINE_DIRS.engine}/composer`,
  /** Everything generated for a PHP app: php.ini, conf.d/, php-fpm.conf, nginx.conf (templates), boot.sh, bin/composer */
  phpConfig: `${ENGINE_DIRS.engine}/php-app`,
  /** The framework's environment (APP_ENV=prod, …) for every process of a PHP app. */
  phpFrameworkProfile: `${ENGINE_DIRS.profile}/php-framework.sh`,
  /** PATH (php, composer, vendor/bin) and PHPRC for every process of a PHP app. */
  phpProfile: `${ENGINE_DIRS.profile}/php.sh`,
  /** PATH, NODE_HOME and NODE_ENV for every process of a Node.js app. */
  nodeProfile: `${ENGINE_DIRS.profile}/nodejs.sh`,
  /** NODE_OPTIONS loading Yarn Plug'n'Play's runtime (PnP apps). */
  nodePnpProfile: `${ENGINE_DIRS.profile}/nodejs-pnp.sh`,
  /** WEB_CONCURRENCY from the container memory at boot (Node.js apps). */
  webConcurrencyProfile: `${ENGINE_DIRS.profile}/WEB_CONCURRENCY.sh`
});
var RELEASE_FILE = Object.freeze({ dir: ENGINE_DIRS.engine, name: "release.json" });
var packageManagerHome = (name) => `${ENGINE_DIRS.engine}/${name}`;
var CACHE = Object.freeze({
  /** Downloaded runtime archives, by checksum (Node.js, PHP, nginx, Composer). */
  artifacts: "artifacts",
  /** Extracted PHP, nginx and Composer trees, one TreeCache per component. */
  phpRuntimes: "php-runtimes",
  /** Composer's home and cache, with the signature that invalidates them. */
  composer: "composer",
  /** The saved vendor/ of a PHP app. */
  phpVendor: "php-vendor",
  /** The keys of the last generated PHP/nginx configs the validators accepted (src/php/validation-cache.ts). */
  phpValidated: "php-validated.json",
  /** Extracted Node.js trees (TreeCache). */
  nodeRuntimes: "runtimes",
  /** The Node.js build's caches: the package managers' caches, node_modules, framework caches. */
  node: "node"
});
var NODE_CACHE = Object.freeze({
  /** npm's cache (npm_config_cache), for every Node.js build. */
  npm: `${CACHE.node}/npm-cache`,
  /** The app's cacheDirectories (DirectoryCache). */
  dirs: `${CACHE.node}/dirs`,
  /** The previous install and its pruned result (TreeCache). */
  installs: `${CACHE.node}/installs`,
  /** Yarn Plug'n'Play's project cache, mirrored between builds (TreeCache). */
  yarnPnp: `${CACHE.node}/yarn-pnp-cache`,
  /** Framework build caches (.next/cache, …). */
  frameworks: `${CACHE.node}/frameworks`,
  /** Node's module compile cache (NODE_COMPILE_CACHE). */
  compileCache: `${CACHE.node}/compile-cache`,
  /** What the caches were built with; a different one empties them. */
  signature: `${CACHE.node}/signature.json`
});
var COMPOSER_CACHE = Object.freeze({
  signature: `${CACHE.composer}/signature.json`,
  /** COMPOSER_HOME */
  home: `${CACHE.composer}/home`,
  /** COMPOSER_CACHE_DIR */
  cache: `${CACHE.composer}/cache`
});

export {
  ENGINE_DIRS,
  SLUG,
  RELEASE_FILE,
  packageManagerHome,
  CACHE,
  NODE_CACHE,
  COMPOSER_CACHE
};
