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
});

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

/** Inside CACHE.composer. */
export const COMPOSER_CACHE = Object.freeze({
  signature: `${CACHE.composer}/signature.json`,
  /** COMPOSER_HOME */
  home: `${CACHE.composer}/home`,
  /** COMPOSER_CACHE_DIR */
  cache: `${CACHE.composer}/cache`,
});
