/**
 * The runtime settings of a PHP app, as the plan decides them (php.md §5–§8): what the
 * config renderers (src/php/render-*.ts; nginx through src/php/nginx-site.ts) and the
 * boot script consume.
 * Every value here is already validated: paths are relative to the app and stay inside
 * it, key=value pairs are split and free of line breaks.
 */

import { SLUG } from '../layout/layout.js';
export type { FrameworkId } from '../nginx-config/frameworks.js';
import type { FrameworkId } from '../nginx-config/frameworks.js';

/** Where a PHP app's things live in the slug (src/layout/layout.ts), relative to the app dir. */
export const PHP_LAYOUT = Object.freeze({
  php: SLUG.php,
  nginx: SLUG.nginx,
  composer: SLUG.composer,
  config: SLUG.phpConfig,
});

export interface IniPair {
  readonly key: string;
  readonly value: string;
}

/** The ini and config files an app includes, relative to it: what extra.paas and a Heroku Procfile's heroku-php-* both name. */
export interface IncludeLists {
  /** Ini files loaded after php.ini. */
  readonly phpIncludes: readonly string[];
  readonly phpFpmIncludes: readonly string[];
  readonly nginxIncludes: readonly string[];
}

export interface PhpRuntimeSettings extends IncludeLists {
  /** Relative to the app, '' for the app root. */
  readonly documentRoot: string;
  readonly indexDocument: string;
  readonly framework: FrameworkId;
  readonly phpConfig: readonly IniPair[];
  readonly phpFpmConfig: readonly IniPair[];
  readonly nginxHttpIncludes: readonly string[];
  /** undefined = the documented default format. */
  readonly accessLogFormat?: string;
  /** Relative paths tailed to stdout at boot (extra.paas.log-files + framework logs). */
  readonly logFiles: readonly string[];
  /** Shared extensions of the PHP artifact to load (file names without .so). */
  readonly sharedExtensions: readonly string[];
  /**
   * post_max_size as PHP will see it (php-config, then php-includes, then the document
   * root's .user.ini), when one of them sets it: nginx's client_max_body_size follows it.
   */
  readonly postMaxSize?: string;
  /**
   * The framework's upload directories, relative to the app: php.ini gives each a
   * [PATH=…] section with `user_ini.filename =`, so PHP reads no .user.ini for scripts
   * there (a [PATH] setting is one .user.ini cannot override).
   */
  readonly uploadDirs?: readonly string[];
}
