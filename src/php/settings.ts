/**
 * The runtime settings of a PHP app, as the plan decides them (php.md §5–§8): what the
 * config renderers (src/nginx-config, src/php/render-*.ts) and the boot script consume.
 * Every value here is already validated: paths are relative to the app and stay inside
 * it, key=value pairs are split and free of line breaks.
 */

/** Where things live in the slug, relative to the app dir (the same at build and run time). */
export const PHP_LAYOUT = Object.freeze({
  /** The PHP artifact: bin/php, sbin/php-fpm, lib/php/extensions/*.so */
  php: '.scalingo/php',
  /** The nginx artifact: sbin/nginx, conf/mime.types */
  nginx: '.scalingo/nginx',
  /** The Composer artifact: bin/composer, share/php/… */
  composer: '.scalingo/composer',
  /** Everything generated for the app: php.ini, conf.d/, php-fpm.conf, nginx.conf (templates), boot.sh, bin/composer */
  config: '.scalingo/php-app',
});

export interface IniPair {
  readonly key: string;
  readonly value: string;
}

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

export interface PhpRuntimeSettings {
  /** Relative to the app, '' for the app root. */
  readonly documentRoot: string;
  readonly indexDocument: string;
  readonly framework: FrameworkId;
  readonly phpConfig: readonly IniPair[];
  /** Relative paths of ini files loaded after php.ini. */
  readonly phpIncludes: readonly string[];
  readonly phpFpmConfig: readonly IniPair[];
  readonly phpFpmIncludes: readonly string[];
  readonly nginxIncludes: readonly string[];
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
}
