/** One sample per error id of the runtime config modules, for the error-text snapshot test. */
import type { BuildError } from '../../src/errors/build-error.js';
import { renderPhpNginxConf as renderNginxConf } from '../../src/php/nginx-site.js';
import { checkAccessLogFormat, parseIniDirective } from '../../src/php/config-values.js';
import type { PhpRuntimeSettings } from '../../src/php/settings.js';
import { thrown } from '../support/thrown.js';

const settings: PhpRuntimeSettings = {
  documentRoot: 'public; autoindex on',
  indexDocument: 'index.php',
  framework: 'laravel',
  phpConfig: [],
  phpIncludes: [],
  phpFpmConfig: [],
  phpFpmIncludes: [],
  nginxIncludes: [],
  nginxHttpIncludes: [],
  logFiles: [],
  sharedExtensions: [],
};

export const runtimeConfigErrorSamples: BuildError[] = [
  thrown(() => parseIniDirective('memory_limit=256M\nextension=evil.so', 'extra.paas.php-config[2]', 'php')),
  thrown(() => checkAccessLogFormat("$remote_addr '$request'", 'extra.paas.access-log-format in composer.json')),
  thrown(() => renderNginxConf(settings)),
];
