/**
 * nginx.conf for a PHP app (php.md §6), as a template: @APP_DIR@, @RUN_DIR@ and @PORT@
 * are filled in at boot, `#@ROOT_ONLY@` lines enabled when nginx starts as root. Pure text
 * generation; every value from the app goes through src/config-text/escape.ts.
 */
import { PLACEHOLDERS, ROOT_ONLY_MARKER } from '../config-text/placeholders.js';
import { checkConfigPath, nginxAppPath, nginxQuote } from '../config-text/escape.js';
import { SLUG } from '../layout/layout.js';
import { generatedLocations, renderLocation, type FrameworkId } from './frameworks.js';

/**
 * What the nginx config needs to know about a site, as the PHP plan decided it
 * (src/php/nginx-site.ts): every choice is made there, the renderer only writes it.
 * Paths are relative to the app; values from the app are still quoted or refused here.
 */
export interface NginxSite {
  /** Relative to the app, '' for the app root. */
  readonly documentRoot: string;
  /** One or more index file names, space-separated; blank means index.php. */
  readonly indexDocument: string;
  /** Which location set to write (frameworks.ts). */
  readonly framework: FrameworkId;
  /** The log_format, already checked (php/invalid-access-log-format). */
  readonly accessLogFormat: string;
  /** client_max_body_size: a byte count with an optional k/m/g suffix, '0' for no limit. */
  readonly clientMaxBodySize: string;
  /** Where the `php` upstream is (a unix socket path, placeholders allowed). */
  readonly fastcgiSocket: string;
  readonly nginxIncludes: readonly string[];
  readonly nginxHttpIncludes: readonly string[];
}

/** php.md §6; no timestamp: the platform's log aggregation adds one. */
export const DEFAULT_ACCESS_LOG_FORMAT = '$http_x_forwarded_for - "$request" $status $body_bytes_sent "$http_referer" "$http_user_agent"';

const RUN = PLACEHOLDERS.runDir;

/**
 * How many connections nginx holds. Sized for the largest container (3XL, 8 GB, up to 200
 * PHP-FPM workers): every request passed to PHP-FPM takes two connections (client and
 * FastCGI), and each idle keep-alive client (the platform's router keeps them) one, so
 * 1024 dropped idle clients long before PHP was busy. Two workers: nginx is event-driven
 * and PHP-FPM bounds the real concurrency, but a second worker keeps answering while one
 * waits on a disk read; "auto" would count the host's CPUs, not the container's share,
 * and each worker costs memory. Each worker needs a file descriptor per connection: the
 * boot script raises the open-files limit to `openFilesPerWorker` where it may.
 */
export const NGINX_CAPACITY = Object.freeze({
  workerProcesses: 2,
  workerConnections: 8192,
  /** Connections plus the log, temp and static files a worker has open. */
  openFilesPerWorker: 8192 + 256,
});

/** What every PHP location passes (Debian's fastcgi_params, plus the script and httpoxy). */
const FASTCGI_PARAMS: ReadonlyArray<readonly [string, string]> = [
  ['SCRIPT_FILENAME', '$document_root$fastcgi_script_name'],
  ['SCRIPT_NAME', '$fastcgi_script_name'],
  ['PATH_INFO', '$fastcgi_path_info'],
  ['QUERY_STRING', '$query_string'],
  ['REQUEST_METHOD', '$request_method'],
  ['CONTENT_TYPE', '$content_type'],
  ['CONTENT_LENGTH', '$content_length'],
  ['REQUEST_URI', '$request_uri'],
  ['DOCUMENT_URI', '$document_uri'],
  ['DOCUMENT_ROOT', '$document_root'],
  ['SERVER_PROTOCOL', '$server_protocol'],
  ['REQUEST_SCHEME', '$scheme'],
  ['HTTPS', '$https if_not_empty'],
  ['GATEWAY_INTERFACE', 'CGI/1.1'],
  ['SERVER_SOFTWARE', 'nginx'],
  ['REMOTE_ADDR', '$remote_addr'],
  ['REMOTE_PORT', '$remote_port'],
  ['SERVER_ADDR', '$server_addr'],
  ['SERVER_PORT', '$server_port'],
  ['SERVER_NAME', '$server_name'],
  // PHP needs it when built with --enable-force-cgi-redirect.
  ['REDIRECT_STATUS', '200'],
  // httpoxy: a client's "Proxy:" header must not become HTTP_PROXY in the app's env.
  ['HTTP_PROXY', '""'],
];

const GZIP_TYPES = [
  'text/plain', 'text/css', 'text/xml', 'text/javascript', 'text/x-component',
  'application/javascript', 'application/x-javascript', 'application/json', 'application/xml',
  'application/rss+xml', 'application/atom+xml', 'application/xhtml+xml', 'application/manifest+json',
  'application/vnd.ms-fontobject', 'font/ttf', 'font/otf', 'image/svg+xml', 'image/x-icon',
];

function includes(key: string, paths: readonly string[], indent: string): string[] {
  return paths.map((p, i) => `${indent}include ${nginxAppPath(`extra.paas.${key}[${i}]`, p)};`);
}

export function renderNginxConf(s: NginxSite): string {
  const rootSetting = 'The document root (extra.paas.document-root or DOCUMENT_ROOT)';
  // Blank means the default; several names are several index files.
  const indexNames = (s.indexDocument.trim() || 'index.php').split(/\s+/).map((n) => nginxQuote('extra.paas.index-document', checkConfigPath('extra.paas.index-document', n)));
  const maxBody = s.clientMaxBodySize;
  const http = '    ';
  const srv = '        ';

  return [
    '# Generated at build time (php.md §6); @…@ placeholders are filled in at boot.',
    'daemon off;',
    `#${ROOT_ONLY_MARKER}user root;`,
    `worker_processes ${NGINX_CAPACITY.workerProcesses};`,
    // Quoted: the app's path is only known at boot and may contain spaces.
    `pid "${RUN}/nginx.pid";`,
    'error_log stderr warn;',
    '',
    'events {',
    `    worker_connections ${NGINX_CAPACITY.workerConnections};`,
    '}',
    '',
    'http {',
    `${http}server_tokens off;`,
    `${http}include "${PLACEHOLDERS.appDir}/${SLUG.nginx}/conf/mime.types";`,
    `${http}default_type application/octet-stream;`,
    `${http}sendfile on;`,
    `${http}tcp_nopush on;`,
    `${http}keepalive_timeout 65;`,
    '',
    `${http}log_format paas ${nginxQuote('the access log format', s.accessLogFormat)};`,
    // nginx open()s it: fine for a pipe, a file or a tty, ENXIO for a socket (what Node
    // gives a child for "pipe" stdio), so the process that starts nginx must not hand it one.
    `${http}access_log /dev/stdout paas;`,
    '',
    `${http}# Consistent with php's post_max_size${maxBody === '0' ? ' (resolved by PHP at run time: no nginx limit)' : ''}.`,
    `${http}client_max_body_size ${maxBody};`,
    ...['client_body', 'fastcgi', 'proxy', 'uwsgi', 'scgi'].map((t) => `${http}${t}_temp_path "${RUN}/nginx-${t.replace('_', '-')}";`),
    '',
    `${http}gzip on;`,
    // Requests come through the platform's router (a "Via" header): compress them too.
    `${http}gzip_proxied any;`,
    `${http}gzip_vary on;`,
    `${http}gzip_min_length 256;`,
    `${http}gzip_comp_level 5;`,
    `${http}gzip_types ${GZIP_TYPES.join(' ')};`,
    '',
    // The router appends the client's address to X-Forwarded-For. Without
    // real_ip_recursive, nginx takes that last entry, not one the client could forge.
    `${http}set_real_ip_from 0.0.0.0/0;`,
    `${http}set_real_ip_from ::/0;`,
    `${http}real_ip_header X-Forwarded-For;`,
    '',
    // Named so an app's own locations (nginx-includes) can say `fastcgi_pass php;`.
    `${http}upstream php {`,
    `${http}    server "unix:${s.fastcgiSocket}";`,
    `${http}}`,
    ...(s.nginxHttpIncludes.length ? ['', `${http}# extra.paas.nginx-http-includes`, ...includes('nginx-http-includes', s.nginxHttpIncludes, http)] : []),
    '',
    `${http}server {`,
    `${srv}listen ${PLACEHOLDERS.port};`,
    `${srv}root ${nginxAppPath(rootSetting, s.documentRoot)};`,
    `${srv}index ${indexNames.join(' ')};`,
    // Behind the router, an absolute redirect would carry the internal scheme and port.
    `${srv}absolute_redirect off;`,
    '',
    `${srv}# Inherited by every location without fastcgi_param of its own, the app's included ones too.`,
    ...FASTCGI_PARAMS.map(([k, v]) => `${srv}fastcgi_param ${k} ${v};`),
    `${srv}fastcgi_buffers 16 16k;`,
    `${srv}fastcgi_buffer_size 32k;`,
    '',
    `${srv}# Locations: denials for every app, then the ${s.framework} ones (src/nginx-config/frameworks.ts).`,
    ...generatedLocations(s.framework, s.documentRoot === '').map((l) => renderLocation(l, srv)),
    ...(s.nginxIncludes.length ? ['', `${srv}# extra.paas.nginx-includes`, ...includes('nginx-includes', s.nginxIncludes, srv)] : []),
    `${http}}`,
    '}',
    '',
  ].join('\n');
}
