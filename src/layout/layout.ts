/**
 * Where the engine writes, in one place: the slug (paths relative to the app dir, the
 * same at build and run time) and the cache (relative to CACHE_DIR). A Cloud Native
 * Buildpacks mode would map each entry here to a layer; nothing else should spell these
 * paths. Imports nothing: every folder of src/ may read it.
 */

/** Directories of the slug that belong to the engine (a link there is replaced before anything runs). */
export const ENGINE_DIRS = Object.freeze({
  /** Runtimes, tools and generated configs. */
  engine: '.scalingo',
  /** Scripts the platform sources before every process of the app. */
  profile: '.profile.d',
});

/** Slug paths, relative to the app dir. */
export const SLUG = Object.freeze({
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
  webConcurrencyProfile: `${ENGINE_DIRS.profile}/WEB_CONCURRENCY.sh`,
});

/** The process types compile decided, for bin/release: a file of the engine's dir. */
export const RELEASE_FILE = Object.freeze({ dir: ENGINE_DIRS.engine, name: 'release.json' });

/** A Yarn or pnpm release installed from the registry (linked into SLUG.nodeHome/bin). */
export const packageManagerHome = (name: string): string => `${ENGINE_DIRS.engine}/${name}`;

/** Subfolders of CACHE_DIR. */
export const CACHE = Object.freeze({
  /** Downloaded runtime archives, by checksum (Node.js, PHP, nginx, Composer). */
  artifacts: 'artifacts',
  /** Extracted PHP, nginx and Composer trees, one TreeCache per component. */
  phpRuntimes: 'php-runtimes',
  /** Composer's home and cache, with the signature that invalidates them. */
  composer: 'composer',
  /** The saved vendor/ of a PHP app. */
  phpVendor: 'php-vendor',
  /** The keys of the last generated PHP/nginx configs the validators accepted (src/php/validation-cache.ts). */
  phpValidated: 'php-validated.json',
  /** Extracted Node.js trees (TreeCache). */
  nodeRuntimes: 'runtimes',
  /** The Node.js build's caches: the package managers' caches, node_modules, framework caches. */
  node: 'node',
});

/** Inside CACHE.node. The package manager's own cache is CACHE.node/<its folder> (the plan's managerCacheFolder). */
export const NODE_CACHE = Object.freeze({
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
  signature: `${CACHE.node}/signature.json`,
});

/** Inside CACHE.composer. */
export const COMPOSER_CACHE = Object.freeze({
  signature: `${CACHE.composer}/signature.json`,
  /** COMPOSER_HOME */
  home: `${CACHE.composer}/home`,
  /** COMPOSER_CACHE_DIR */
  cache: `${CACHE.composer}/cache`,
});
