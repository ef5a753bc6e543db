/**
 * The server-scope locations of the generated nginx.conf (php.md §6, §7): the protective
 * ones every app gets, then the framework's. Both the renderer and the include clash
 * check read this list, so what is checked is exactly what is written.
 *
 * Every location that runs PHP only says `fastcgi_pass php;`: the FastCGI params are set
 * once at server scope (render.ts) and inherited, which also serves an app's own
 * locations in nginx-includes. For the same reason no location here sets fastcgi_param
 * (that would drop the inherited ones), and none uses try_files to check a script exists
 * (it resets $fastcgi_path_info): an `if (!-f …) { return 404; }` does it instead.
 *
 * Regex locations match in the order written, first match wins: denials come first.
 */

/** The PHP frameworks this module has a location set for (detected in src/php/frameworks.ts). */
export type FrameworkId =
  | 'default'
  | 'none'
  | 'laravel'
  | 'lumen'
  | 'symfony'
  | 'symfony2'
  | 'slim'
  | 'cakephp2'
  | 'codeigniter'
  | 'laminas'
  | 'yii'
  | 'drupal'
  | 'wordpress'
  | 'bedrock'
  | 'magento'
  | 'prestashop'
  | 'silex';

export interface LocationBlock {
  /** '' (prefix), '=', '^~', '~' or '~*'; a named location is a '' modifier with an '@name' pattern. */
  readonly modifier: '' | '=' | '^~' | '~' | '~*';
  readonly pattern: string;
  /** Fixed directives (never user values), one per line. */
  readonly body: readonly string[];
}

const loc = (modifier: LocationBlock['modifier'], pattern: string, ...body: string[]): LocationBlock => ({ modifier, pattern, body });
const deny = (modifier: LocationBlock['modifier'], pattern: string) => loc(modifier, pattern, 'deny all;');

/** Runs any existing .php script, with PATH_INFO after it (/script.php/extra). */
const ANY_PHP = loc('~', String.raw`[^/]\.php(/|$)`,
  String.raw`fastcgi_split_path_info ^(.+?\.php)(/.*)$;`,
  'if (!-f $document_root$fastcgi_script_name) { return 404; }',
  'fastcgi_pass php;');

/**
 * A single front controller: files that exist are served, everything else goes to the
 * script, and no other .php file runs. `internal` (Symfony) also hides /script.php itself.
 */
function frontController(script: string, fallback: string, internal: boolean, tryDirs = true): LocationBlock[] {
  const re = script.replace(/\./g, String.raw`\.`);
  return [
    loc('', '/', `try_files $uri${tryDirs ? ' $uri/' : ''} ${fallback};`),
    loc('~', String.raw`^/${re}(/|$)`, String.raw`fastcgi_split_path_info ^(/${re})(/.*)$;`, 'fastcgi_pass php;', ...(internal ? ['internal;'] : [])),
    loc('~', String.raw`\.php$`, 'return 404;'),
  ];
}

const WORDPRESS = [
  deny('~*', String.raw`/(?:uploads|files)/.*\.php$`),
  loc('', '/', 'try_files $uri $uri/ /index.php?$args;'),
  ANY_PHP,
];

const LOCATIONS: Readonly<Record<FrameworkId, readonly LocationBlock[]>> = {
  default: [ANY_PHP],
  none: [],
  laravel: frontController('index.php', '/index.php?$query_string', false),
  lumen: frontController('index.php', '/index.php?$query_string', false),
  symfony: frontController('index.php', '/index.php$is_args$args', true, false),
  symfony2: frontController('app.php', '/app.php$is_args$args', true, false),
  slim: frontController('index.php', '/index.php$is_args$args', false),
  silex: frontController('index.php', '/index.php$is_args$args', false, false),
  laminas: frontController('index.php', '/index.php$is_args$args', false),
  cakephp2: frontController('index.php', '/index.php?$uri&$args', false),
  codeigniter: [
    // CodeIgniter 3 keeps its code under the app root, next to index.php.
    deny('~', '^/(?:application|system)/'),
    ...frontController('index.php', '/index.php$is_args$args', false),
  ],
  yii: [
    // Yii 1 keeps its code under the app root; both versions publish assets/ (never PHP).
    deny('~', '^/(?:protected|framework|themes/[^/]+/views)/'),
    deny('~', String.raw`^/assets/.*\.php$`),
    loc('', '/', 'try_files $uri $uri/ /index.php$is_args$args;'),
    ANY_PHP,
  ],
  drupal: [
    loc('=', '/favicon.ico', 'log_not_found off;', 'access_log off;'),
    loc('=', '/robots.txt', 'log_not_found off;', 'access_log off;'),
    deny('~*', String.raw`\.(?:txt|log)$`),
    deny('~', String.raw`\..*/.*\.php$`),
    deny('~', '^/sites/.*/private/'),
    deny('~', String.raw`^/sites/[^/]+/files/.*\.php$`),
    deny('~', String.raw`/vendor/.*\.php$`),
    loc('~', '^/sites/.*/files/styles/', 'try_files $uri @rewrite;'),
    loc('~', String.raw`^(/[a-z\-]+)?/system/files/`, 'try_files $uri /index.php?$query_string;'),
    loc('', '/', 'try_files $uri /index.php?$query_string;'),
    loc('', '@rewrite', 'rewrite ^ /index.php;'),
    // update.php/selection: Drupal's path-info front controller.
    loc('~', String.raw`\.php$|^/update\.php`,
      String.raw`fastcgi_split_path_info ^(.+?\.php)(|/.*)$;`,
      'if (!-f $document_root$fastcgi_script_name) { return 404; }',
      'fastcgi_pass php;'),
  ],
  wordpress: [...WORDPRESS.slice(0, 2), loc('=', '/wp-admin', 'return 301 /wp-admin/;'), ANY_PHP],
  bedrock: WORDPRESS,
  magento: [
    // Magento 1 (app root) keeps code, config and logs there; harmless under Magento 2's pub/.
    deny('~', String.raw`^/(?:app|includes|lib|media/downloadable|pkginfo|report/config\.xml|var)(?:/|$)`),
    loc('', '/', 'try_files $uri $uri/ /index.php$is_args$args;'),
    // Magento 2: versioned static URLs, generated on first request by static.php.
    loc('', '/static/', String.raw`rewrite ^/static/version\d*/(.*)$ /static/$1 break;`, 'try_files $uri @magento_static;'),
    loc('', '@magento_static', 'rewrite ^/static/(.*)$ /static.php?resource=$1 last;'),
    loc('', '/media/', 'try_files $uri $uri/ /get.php$is_args$args;'),
    ANY_PHP,
  ],
  prestashop: [
    // PrestaShop 1.7+ keeps Symfony config and logs there.
    deny('~', '^/(?:app|bin|var)/'),
    loc('', '/', 'try_files $uri $uri/ /index.php$is_args$args;'),
    ANY_PHP,
  ],
};

/**
 * Every app, before any framework location (regex locations match in the order written,
 * and these are the first):
 *
 * - no dotfile (.env, .git, .user.ini, and .scalingo — the generated config and the
 *   PHP/nginx artifacts) except /.well-known/ (RFC 8615);
 * - no Composer manifest or credentials, at any depth (a path repository's
 *   packages/x/composer.json too);
 * - no PHP source under a name nginx does not execute. Only `.php` (lowercase, as
 *   PHP-FPM's security.limit_extensions and the platform's docs have it) is ever run;
 *   any other PHP-looking name would be sent as a static file, source included:
 *   `.php5`, `.phtml`, `.phps`, `.inc`, `X.PHP`, and copies such as `index.php.bak`,
 *   `index.php~`, `index.php.orig`. `.phtml`/`.php5` are denied rather than run: in
 *   current code they are templates and includes (Laminas, Magento views), not entry
 *   points, and FPM would refuse to run them anyway. `.phar` stays a download;
 * - no backup, swap or editor leftovers of any file (`~`, .bak, .swp, .orig, .old, …).
 *
 * When the document root is the app root, everything in the app is under it: Composer's
 * vendor/, and the directories PHP projects keep private by convention — bin/ (CLI
 * scripts that would run over HTTP), config/, src/, tests/, var/ (Symfony's cache and
 * logs), storage/ (Laravel's). The frameworks served from the app root (WordPress,
 * Magento 1, PrestaShop, CodeIgniter 3, Yii 1) publish none of these names, and
 * PrestaShop's own nginx example denies them too; frameworks with a public/ or web/
 * root are unaffected.
 */
const PROTECTIVE: ReadonlyArray<{ readonly appRootOnly: boolean; readonly location: LocationBlock }> = [
  { appRootOnly: false, location: deny('~', String.raw`/\.(?!well-known(?:/|$))`) },
  { appRootOnly: false, location: deny('~', String.raw`/(?:composer\.(?:json|lock)|auth\.json)$`) },
  // Case-insensitive, except that the one executed name, lowercase .php, is let through.
  { appRootOnly: false, location: deny('~*', String.raw`\.(?:(?!(?-i)php$)ph(?:p|t)[^/]*|inc)$`) },
  { appRootOnly: false, location: deny('~*', String.raw`(?:~|\.(?:bak|backup|old|orig|save|sav|swp|swo|tmp|rej))$`) },
  { appRootOnly: true, location: deny('~', String.raw`^/(?:vendor|bin|config|src|tests|var|storage)(?:/|$)`) },
];

/** The directories denied at the app root (for the build's warning). */
export const APP_ROOT_PRIVATE_DIRS = Object.freeze(['vendor', 'bin', 'config', 'src', 'tests', 'var', 'storage'] as const);

export function protectiveLocations(documentRootIsAppRoot: boolean): LocationBlock[] {
  return PROTECTIVE.filter((p) => documentRootIsAppRoot || !p.appRootOnly).map((p) => p.location);
}

export function frameworkLocations(id: FrameworkId): readonly LocationBlock[] {
  return LOCATIONS[id];
}

/** Everything the generated server block defines, in the order it is written. */
export function generatedLocations(id: FrameworkId, documentRootIsAppRoot: boolean): LocationBlock[] {
  return [...protectiveLocations(documentRootIsAppRoot), ...frameworkLocations(id)];
}

export function renderLocation(l: LocationBlock, indent: string): string {
  const head = l.modifier === '' ? `location ${l.pattern}` : `location ${l.modifier} ${l.pattern}`;
  return [`${indent}${head} {`, ...l.body.map((b) => `${indent}    ${b}`), `${indent}}`].join('\n');
}
