/**
 * The PHP app's site as nginx serves it (php.md §6): the decisions the nginx renderer
 * writes, made once here from the runtime settings the plan chose.
 */
import { unquoteIniValue } from '../config-text/ini.js';
import { DEFAULT_ACCESS_LOG_FORMAT, renderNginxConf, type NginxSite } from '../nginx-config/render.js';
import { checkAccessLogFormat } from './config-values.js';
import { PHP_INI_DEFAULTS } from './render-ini.js';
import { FPM_SOCKET } from './render-fpm.js';
import type { PhpRuntimeSettings } from './settings.js';

/**
 * nginx's client_max_body_size for php's post_max_size: the one the plan found through
 * every layer (settings.postMaxSize), else the last php-config line, else php.ini's
 * default. Both accept a byte count with an optional K/M/G suffix, and 0 means no limit
 * in both. A value PHP resolves at run time (${VAR}, a constant) cannot be matched here:
 * nginx then sets no limit of its own and PHP's post_max_size still applies.
 */
export function clientMaxBodySize(s: PhpRuntimeSettings): string {
  const set = [...s.phpConfig].reverse().find((p) => p.key === 'post_max_size');
  const raw = unquoteIniValue(s.postMaxSize ?? set?.value ?? PHP_INI_DEFAULTS.post_max_size).trim();
  const m = /^(\d+)\s*([kKmMgG]?)$/.exec(raw);
  return m ? `${m[1]}${(m[2] ?? '').toLowerCase()}` : '0';
}

/** The narrow value the nginx renderer takes; throws php/invalid-access-log-format. */
export function nginxSite(s: PhpRuntimeSettings): NginxSite {
  // Blank means the default, as for the index document.
  const fmtRaw = s.accessLogFormat?.trim() ? s.accessLogFormat : undefined;
  return {
    documentRoot: s.documentRoot,
    indexDocument: s.indexDocument,
    framework: s.framework,
    accessLogFormat: fmtRaw === undefined ? DEFAULT_ACCESS_LOG_FORMAT : checkAccessLogFormat(fmtRaw, 'the access log format setting'),
    clientMaxBodySize: clientMaxBodySize(s),
    fastcgiSocket: FPM_SOCKET,
    nginxIncludes: s.nginxIncludes,
    nginxHttpIncludes: s.nginxHttpIncludes,
  };
}

/** nginx.conf for these settings (the template bin/compile writes). */
export function renderPhpNginxConf(s: PhpRuntimeSettings): string {
  return renderNginxConf(nginxSite(s));
}
