/** Heroku Procfile boot commands, read into the settings they stand for. */
import { describe, expect, it } from 'vitest';
import { parseHerokuBoot } from '../../src/php/heroku-boot.js';

describe('parseHerokuBoot', () => {
  it.each([
    ['heroku-php-nginx', { script: 'heroku-php-nginx', invokedAs: 'heroku-php-nginx' }],
    ['heroku-php-nginx public/', { documentRoot: 'public/' }],
    ['vendor/bin/heroku-php-apache2 web/', { script: 'heroku-php-apache2', invokedAs: 'vendor/bin/heroku-php-apache2', documentRoot: 'web/' }],
    ['heroku-php-nginx -C nginx_app.conf public/', { documentRoot: 'public/', nginxIncludes: ['nginx_app.conf'] }],
    ['heroku-php-nginx -Cnginx_app.conf -F fpm_custom.conf -i conf/extra.ini -l storage/logs/laravel.log -v public/', {
      documentRoot: 'public/', nginxIncludes: ['nginx_app.conf'], phpFpmIncludes: ['fpm_custom.conf'], phpIncludes: ['conf/extra.ini'], logFiles: ['storage/logs/laravel.log'],
    }],
    ['php artisan migrate --force && vendor/bin/heroku-php-nginx -p $PORT public/', { invokedAs: 'vendor/bin/heroku-php-nginx', documentRoot: 'public/' }],
    ['exec heroku-php-nginx "my docs"', { documentRoot: 'my docs' }],
    ['heroku-php-nginx public/ ; echo done', { documentRoot: 'public/', notMapped: [] }],
  ])('%s', (command, expected) => {
    expect(parseHerokuBoot(command)).toMatchObject(expected);
  });

  it.each([
    ['heroku-php-nginx -c conf/nginx.conf public/', '-c conf/nginx.conf: a whole nginx configuration'],
    ['heroku-php-nginx -f conf/fpm.conf', '-f conf/fpm.conf: a whole PHP-FPM configuration'],
    ['heroku-php-nginx -C conf/nginx.inc.conf.php', '-C conf/nginx.inc.conf.php: a PHP-rendered include'],
    ['heroku-php-apache2 -C apache_app.conf', '-C apache_app.conf: an Apache include'],
    ['heroku-php-apache2 public/', "Apache's .htaccess files"],
    ['heroku-php-nginx a/ b/', 'b/: a second document root'],
    ['heroku-php-nginx -x', '-x: not an option of heroku-php-nginx'],
    ['heroku-php-nginx -C', '-C: no value follows it'],
  ])('%s: reported as not applied (%s)', (command, what) => {
    expect(parseHerokuBoot(command)?.notMapped.join('\n')).toContain(what);
  });

  it.each(['sh .scalingo/php-app/boot.sh', 'php -S 0.0.0.0:$PORT', 'heroku-php-nginx-custom', 'echo "unclosed'])('%s is not one', (command) => {
    expect(parseHerokuBoot(command)).toBeUndefined();
  });
});
