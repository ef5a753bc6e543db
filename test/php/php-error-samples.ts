/** One sample per error id of src/php/errors.ts and the PHP executor, for the snapshot test. */
import type { BuildError } from '../../src/errors/build-error.js';
import { phpErrors } from '../../src/php/errors.js';
import { configErrors } from '../../src/php/validate-configs.js';

export const phpErrorSamples: BuildError[] = [
  phpErrors.composerJsonEmpty(),
  phpErrors.composerJsonInvalid('composer.json', "Expected ',' or '}' after property value", 4, 3),
  phpErrors.composerJsonInvalid('composer.lock', 'Unexpected end of JSON input', 12, 1),
  phpErrors.notObject('composer.json', 'an array'),
  phpErrors.composerJsonField('extra.paas.php-config[2]', 'a string', 'the number 3'),
  phpErrors.composerJsonMissing(),
  phpErrors.frameworkDocumentRootMissing('slim', 'public', false),
  phpErrors.composerLockMissing(['laravel/framework', 'guzzlehttp/guzzle'], ['phpunit/phpunit']),
  phpErrors.composerLockInconsistent('packages[3] has no "version"'),
  phpErrors.composerLockOutOfDate(['monolog/monolog']),
  phpErrors.invalidVersionRequest('PHP', 'latest', 'require.php in composer.json', '"latest" is not a version'),
  phpErrors.noMatchingVersion('PHP', ['^8.4 (>=8.4.0 <9.0.0) from require.php in composer.json', '<8.3 (<8.3.0) from acme/legacy 1.0.0 (composer.lock)'], ['8.5.7', '8.4.22', '8.3.31', '8.2.31'], 'the embedded version table'),
  phpErrors.unknownExtension('nosuchext', 'composer.json', '8.4.22', ['apcu', 'mbstring', 'redis']),
  phpErrors.unknownFramework('rails', ['default', 'none', 'laravel', 'symfony']),
  phpErrors.iniPathOutsideApp('extra.paas.php-config[0]', 'auto_prepend_file', '/etc/passwd', 'runs', 'is an absolute path outside the app'),
  phpErrors.pathInvalid('extra.paas.nginx-includes[0]', '../../etc/nginx.conf', 'leads outside the app'),
  phpErrors.appPathUnsupported('The build directory', '/tmp/build "2"', '"'),
  phpErrors.composerAuthInvalid('is not valid JSON'),
  phpErrors.composerInstallFailed('composer install --prefer-dist --optimize-autoloader --no-interaction --no-progress --no-dev', { code: 2 }, '  Your requirements could not be resolved to an installable set of packages.\n\ninstall [--prefer-source] [--prefer-dist] [--dry-run] [--no-dev] [--] [<packages>...]\n'),
  phpErrors.composerInstallFailed('composer install --prefer-dist --optimize-autoloader --no-interaction --no-progress --no-dev', { code: 2 }, '  - /app/.scalingo/php-app/conf.d/10-ext-redis.ini', '  Your lock file does not contain a compatible set of packages. Please run composer update.\n  \n    Problem 1\n      - Root composer.json requires PHP extension ext-redis ^3.1 but it has the wrong version installed (5.3.7).\n  (then the ini files PHP loaded, listed in the build log above)'),
  phpErrors.compileCommandFailed('php artisan migrate --force', 'compile command extra.paas.compile[1]', { code: 1 }, '  SQLSTATE[HY000] [2002] Connection refused'),
  phpErrors.noArtifactStore('PHP'),
  phpErrors.storeLacksStack('PHP', 'file:///var/cache/buildpack-engine/php-store/stores/0123456789abcdef/', 'scalingo-26', ['debian-12']),
  phpErrors.nginxIncludeClash(['nginx-app.conf defines "location /", which the laravel configuration already defines']),
  phpErrors.agentUnavailable('new-relic', 'New Relic'),
  configErrors.rejected('nginx', '.scalingo/php-app/nginx.conf', 'nginx: [emerg] unknown directive "foo" in /app/nginx-app.conf:1'),
];
