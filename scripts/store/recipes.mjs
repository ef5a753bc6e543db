/**
 * How each artifact of the store is configured (pure tables, STYLE 14: what differs
 * between PHP lines is a row, not a branch). The builder turns a row into configure
 * arguments; the manifest records them; the cache key hashes them.
 */

/**
 * Where the artifacts are configured to live. Nothing at run time depends on it: the
 * engine passes php.ini (PHPRC), the scan dir, extension_dir, FPM's config and nginx's
 * prefix (-p) explicitly, and the builder checks each artifact from another directory.
 * It is a path no stack has, so a PHP started without the engine's settings finds
 * nothing of the build machine there either.
 */
export const PREFIX = Object.freeze({ php: '/opt/php-store/php', nginx: '/opt/php-store/nginx' });

/**
 * Compiled-in PHP extensions → the configure arguments that build them in. An empty
 * list: PHP builds it in by default (or it is part of the engine). Every extension
 * data/php-versions.json lists as built in must have a row (a test checks), so an
 * artifact of this builder has what the table promises; `bz2` is built in as the
 * platform's own artifacts do even where the table does not list it yet.
 */
export const BUILTIN = Object.freeze({
  bcmath: ['--enable-bcmath'],
  bz2: ['--with-bz2'],
  calendar: ['--enable-calendar'],
  core: [],
  ctype: [],
  curl: ['--with-curl'],
  date: [],
  dom: [],
  exif: ['--enable-exif'],
  fileinfo: [],
  filter: [],
  ftp: ['--enable-ftp'],
  gd: ['--enable-gd', '--with-freetype', '--with-jpeg', '--with-webp'],
  gettext: ['--with-gettext'],
  gmp: ['--with-gmp'],
  hash: [],
  iconv: [],
  intl: ['--enable-intl'],
  json: [],
  libxml: [],
  mbstring: ['--enable-mbstring'],
  mysqli: ['--with-mysqli=mysqlnd'],
  mysqlnd: ['--enable-mysqlnd'],
  openssl: ['--with-openssl'],
  pcntl: ['--enable-pcntl'],
  pcre: [],
  pdo: [],
  pdo_mysql: ['--with-pdo-mysql=mysqlnd'],
  pdo_pgsql: ['--with-pdo-pgsql'],
  pdo_sqlite: ['--with-pdo-sqlite'],
  pgsql: ['--with-pgsql'],
  phar: [],
  posix: [],
  random: [],
  // ext/readline on libedit (BSD licence), as Debian and the upstream platforms do.
  readline: ['--with-libedit'],
  reflection: [],
  session: [],
  shmop: ['--enable-shmop'],
  simplexml: [],
  soap: ['--enable-soap'],
  sockets: ['--enable-sockets'],
  sodium: ['--with-sodium'],
  spl: [],
  sqlite3: ['--with-sqlite3'],
  standard: [],
  sysvmsg: ['--enable-sysvmsg'],
  sysvsem: ['--enable-sysvsem'],
  sysvshm: ['--enable-sysvshm'],
  tokenizer: [],
  xml: [],
  xmlreader: [],
  xmlwriter: [],
  xsl: ['--with-xsl'],
  zip: ['--with-zip'],
  zlib: ['--with-zlib'],
});

/** Not extensions, but what every PHP artifact is: CLI and FPM only, no PEAR, no debug. */
const PHP_BASE = [
  `--prefix=${PREFIX.php}`,
  '--disable-cgi',
  '--disable-phpdbg',
  '--enable-fpm',
  '--without-pear',
  '--disable-debug',
  // password_hash(PASSWORD_ARGON2I/ID), as the platform's artifacts offer.
  '--with-password-argon2',
];

/**
 * Per PHP line: the extensions of php-src built as shared modules (loaded when an app
 * needs them) and what else differs. opcache is compiled in from 8.5 on (php-src made
 * it mandatory), a shared zend_extension before; ext/imap left php-src in 8.4 (PECL).
 */
export const PHP_LINES = Object.freeze({
  '8.2': { shared: { opcache: ['--enable-opcache'], tidy: ['--with-tidy=shared'], imap: ['--with-imap=shared', '--with-imap-ssl', '--with-kerberos'] }, builtinExtra: [] },
  '8.3': { shared: { opcache: ['--enable-opcache'], tidy: ['--with-tidy=shared'], imap: ['--with-imap=shared', '--with-imap-ssl', '--with-kerberos'] }, builtinExtra: [] },
  '8.4': { shared: { opcache: ['--enable-opcache'], tidy: ['--with-tidy=shared'] }, builtinExtra: [] },
  '8.5': { shared: { tidy: ['--with-tidy=shared'] }, builtinExtra: ['opcache'] },
});

/**
 * PECL extensions → their configure arguments (after phpize). redis and memcached use
 * igbinary as serializer (always enabled with them, and loaded first: src/php
 * render-ini's LOAD_FIRST); msgpack stays a separate choice, so loading redis never
 * requires it.
 */
export const PECL = Object.freeze({
  apcu: ['--enable-apcu'],
  igbinary: ['--enable-igbinary'],
  msgpack: ['--with-msgpack'],
  redis: ['--enable-redis', '--enable-redis-igbinary'],
  memcached: ['--enable-memcached', '--enable-memcached-igbinary', '--enable-memcached-json', '--disable-memcached-sasl'],
  amqp: ['--with-amqp'],
  imagick: ['--with-imagick'],
  oauth: ['--enable-oauth'],
  mongodb: ['--enable-mongodb', '--with-mongodb-ssl=openssl', '--with-mongodb-sasl=no', '--with-mongodb-client-side-encryption=no'],
  xdebug: ['--enable-xdebug'],
});

/**
 * What a PECL extension needs loaded before it at run time (it links against that
 * one's symbols): the load check loads exactly these first, as the engine's conf.d
 * order does (src/php/render-ini.ts LOAD_FIRST), and nothing else, so an extension
 * that would need more fails the check instead of an app's boot.
 */
export const LOADS_AFTER = Object.freeze({ redis: ['igbinary'], memcached: ['igbinary'] });

/** Extensions PHP loads with zend_extension= (the builder's load check must know). */
export const ZEND_EXTENSIONS = Object.freeze(['opcache', 'xdebug']);

/**
 * nginx: the modules the engine's generated config uses (gzip, realip, fastcgi,
 * rewrite with PCRE2's JIT) plus those apps commonly name in nginx-includes (ssl for
 * proxy_pass to https, sub, gunzip, stub_status, auth_request, v2). No mail or stream
 * modules. Paths stay relative: the engine starts nginx with -p and -c.
 */
export const NGINX = Object.freeze([
  `--prefix=${PREFIX.nginx}`,
  '--with-pcre-jit',
  '--with-http_ssl_module',
  '--with-http_v2_module',
  '--with-http_realip_module',
  '--with-http_gzip_static_module',
  '--with-http_gunzip_module',
  '--with-http_sub_module',
  '--with-http_stub_status_module',
  '--with-http_auth_request_module',
  '--without-mail_pop3_module',
  '--without-mail_imap_module',
  '--without-mail_smtp_module',
]);

/** Optimised, no debug info (smaller, faster to build); the binaries are stripped after. */
export const CFLAGS = '-O2 -pipe -fstack-protector-strong -fPIC';

/**
 * The configure arguments of one PHP line: the base, the built-in extensions, then the
 * shared ones of php-src. Sorted within each group, so the same table gives the same
 * arguments (and cache key) whatever order its rows were written in.
 * @param {string} line
 */
export function phpConfigureArgs(line) {
  const row = PHP_LINES[line];
  if (!row) throw new Error(`no recipe for PHP ${line} (known: ${Object.keys(PHP_LINES).join(', ')})`);
  const builtin = Object.keys(BUILTIN).sort().flatMap((name) => BUILTIN[name]);
  const shared = Object.keys(row.shared).sort().flatMap((name) => row.shared[name]);
  return [...PHP_BASE, ...new Set(builtin), ...shared];
}

/**
 * What `php -m` of a PHP line must list (lower-case module names), and the shared
 * modules of php-src it ships.
 * @param {string} line
 */
export function phpExpectedModules(line) {
  const row = PHP_LINES[line];
  if (!row) throw new Error(`no recipe for PHP ${line}`);
  return { builtin: [...Object.keys(BUILTIN), ...row.builtinExtra].sort(), shared: Object.keys(row.shared).sort() };
}
