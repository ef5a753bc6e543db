import { describe, expect, it } from 'vitest';
import { detectFramework, frameworkDefaults, isFrameworkId, type FrameworkDetectionInput } from '../../src/php/frameworks.js';

function app(packages: string[] = [], files: string[] = [], more: Partial<FrameworkDetectionInput> = {}): FrameworkDetectionInput {
  const set = new Set(files);
  return { packages: new Set(packages), exists: (p) => set.has(p), ...more };
}

describe('detectFramework: each signal', () => {
  it.each([
    ['laravel', app(['laravel/framework']), 'laravel/framework is a dependency', 'public'],
    ['lumen', app(['laravel/lumen-framework']), 'laravel/lumen-framework is a dependency', 'public'],
    ['symfony', app(['symfony/flex'], ['public/index.php']), 'symfony/flex is a dependency and public/index.php exists', 'public'],
    ['symfony', app(['symfony/framework-bundle'], ['public/index.php']), 'symfony/framework-bundle is a dependency and public/index.php exists', 'public'],
    ['symfony2', app(['symfony/symfony']), 'symfony/symfony is a dependency', 'web'],
    ['slim', app(['slim/slim']), 'slim/slim is a dependency', 'public'],
    ['cakephp2', app(['cakephp/cakephp'], [], { lockedVersions: new Map([['cakephp/cakephp', '2.10.24']]) }), 'cakephp/cakephp 2.10.24 is locked', 'webroot'],
    ['cakephp2', app(['cakephp/cakephp'], [], { lockedVersions: new Map([['cakephp/cakephp', 'v2.1.0']]) }), 'cakephp/cakephp 2.1.0 is locked', 'webroot'],
    ['cakephp2', app(['pear-pear.cakephp.org/CakePHP']), 'pear-pear.cakephp.org/CakePHP is a dependency', 'webroot'],
    // composer.lock lowercases names; Composer compares them case-insensitively.
    ['cakephp2', app(['pear-pear.cakephp.org/cakephp']), 'pear-pear.cakephp.org/CakePHP is a dependency', 'webroot'],
    ['codeigniter', app(['codeigniter4/framework']), 'codeigniter4/framework is a dependency', 'public'],
    ['codeigniter', app([], ['system/core/CodeIgniter.php']), 'system/core/CodeIgniter.php exists', ''],
    ['laminas', app(['laminas/laminas-mvc']), 'laminas/laminas-mvc is a dependency', 'public'],
    ['laminas', app(['zendframework/zendframework']), 'zendframework/zendframework is a dependency', 'public'],
    ['laminas', app(['zendframework/zend-mvc']), 'zendframework/zend-mvc is a dependency', 'public'],
    ['yii', app(['yiisoft/yii2']), 'yiisoft/yii2 is a dependency', 'web'],
    ['yii', app(['yiisoft/yii']), 'yiisoft/yii is a dependency', ''],
    ['drupal', app(['drupal/core']), 'drupal/core is a dependency', 'web'],
    ['wordpress', app([], ['wp-settings.php']), 'wp-settings.php exists', ''],
    ['bedrock', app([], ['web/wp-config.php']), 'web/wp-config.php exists', 'web'],
    ['bedrock', app(['roots/bedrock']), 'roots/bedrock is a dependency', 'web'],
    ['magento', app([], ['app/Mage.php']), 'app/Mage.php exists', ''],
    ['magento', app(['magento/product-community-edition']), 'magento/product-community-edition is a dependency', 'pub'],
    ['magento', app(['magento/product-enterprise-edition']), 'magento/product-enterprise-edition is a dependency', 'pub'],
    ['prestashop', app([], ['index.php'], { indexPhp: '<?php\n/* 2007-2020 PrestaShop SA and Contributors */' }), 'index.php mentions prestashop', ''],
    ['silex', app(['silex/silex']), 'silex/silex is a dependency', 'web'],
  ] as const)('%s: %s', (id, input, reason, documentRoot) => {
    const found = detectFramework(input);
    expect(found).toMatchObject({ id, reason });
    expect(found.defaults.documentRoot).toBe(documentRoot);
  });

  it.each([
    ['nothing', app()],
    ['only libraries', app(['monolog/monolog', 'guzzlehttp/guzzle', 'symfony/console'])],
    ['symfony/flex without public/index.php', app(['symfony/flex'])],
    ['cakephp/cakephp 4.x', app(['cakephp/cakephp'], [], { lockedVersions: new Map([['cakephp/cakephp', '4.5.0']]) })],
    ['cakephp/cakephp without a locked version', app(['cakephp/cakephp'])],
    ['an index.php that is not PrestaShop', app([], ['index.php'], { indexPhp: '<?php echo "hello";' })],
  ])('default for %s', (_, input) => {
    expect(detectFramework(input)).toMatchObject({ id: 'default', reason: 'no framework detected', defaults: { documentRoot: '' } });
  });
});

describe('detectFramework: priority when several match', () => {
  it.each([
    ['Laravel over Symfony (a Laravel app may lock framework-bundle)', app(['laravel/framework', 'symfony/framework-bundle', 'symfony/flex'], ['public/index.php']), 'laravel'],
    ['Laravel over Lumen', app(['laravel/lumen-framework', 'laravel/framework']), 'laravel'],
    ['Lumen over Symfony components', app(['laravel/lumen-framework', 'symfony/framework-bundle'], ['public/index.php']), 'lumen'],
    ['Symfony 4+ over Symfony 2/3 (a 4.x app may require symfony/symfony)', app(['symfony/symfony', 'symfony/flex'], ['public/index.php']), 'symfony'],
    ['Magento 2 over Laminas and Symfony (it locks both)', app(['magento/product-community-edition', 'laminas/laminas-mvc', 'symfony/symfony']), 'magento'],
    ['PrestaShop over Symfony 2/3 (1.7 locks symfony/symfony)', app(['symfony/symfony'], ['index.php'], { indexPhp: '* PrestaShop' }), 'prestashop'],
    ['Drupal over Symfony', app(['drupal/core', 'symfony/framework-bundle'], ['public/index.php']), 'drupal'],
    ['Bedrock over WordPress', app(['roots/wordpress'], ['web/wp-config.php', 'wp-settings.php']), 'bedrock'],
    ['WordPress over Laravel', app(['laravel/framework'], ['wp-settings.php']), 'wordpress'],
    ['Silex over Slim', app(['slim/slim', 'silex/silex']), 'silex'],
    ['Yii 2 over Yii 1', app(['yiisoft/yii', 'yiisoft/yii2']), 'yii'],
    ['Laminas over Slim', app(['slim/slim', 'laminas/laminas-mvc']), 'laminas'],
  ] as const)('%s', (_, input, id) => {
    expect(detectFramework(input).id).toBe(id);
  });
});

describe('frameworkDefaults', () => {
  it('has a document root, log files and env for every framework', () => {
    expect(frameworkDefaults('laravel')).toEqual({ documentRoot: 'public', uploadDirs: [], logFiles: ['storage/logs/laravel.log'], env: {}, label: 'Laravel' });
    expect(frameworkDefaults('symfony')).toEqual({ documentRoot: 'public', uploadDirs: [], logFiles: ['var/log/prod.log'], env: { APP_ENV: 'prod' }, label: 'Symfony 4+' });
    expect(frameworkDefaults('symfony2').env).toEqual({ SYMFONY_ENV: 'prod' });
    expect(frameworkDefaults('default')).toMatchObject({ documentRoot: '', uploadDirs: ['uploads'], logFiles: [], env: {} });
    expect(frameworkDefaults('wordpress').uploadDirs).toEqual(['wp-content/uploads']);
    expect(frameworkDefaults('none')).toMatchObject({ documentRoot: '', logFiles: [], env: {} });
  });

  it('for an explicit framework, picks the version the app matches, else the current one', () => {
    expect(frameworkDefaults('magento').documentRoot).toBe('pub');
    expect(frameworkDefaults('magento', app([], ['app/Mage.php'])).documentRoot).toBe('');
    expect(frameworkDefaults('codeigniter', app([], ['system/core/CodeIgniter.php'])).documentRoot).toBe('');
    expect(frameworkDefaults('yii', app(['yiisoft/yii'])).label).toBe('Yii 1');
    expect(frameworkDefaults('yii', app(['laravel/framework'])).label).toBe('Yii 2');
  });

  it('returns copies: callers cannot change the table', () => {
    frameworkDefaults('laravel').logFiles.push('x');
    frameworkDefaults('symfony').env.APP_ENV = 'dev';
    expect(frameworkDefaults('laravel').logFiles).toEqual(['storage/logs/laravel.log']);
    expect(frameworkDefaults('symfony').env).toEqual({ APP_ENV: 'prod' });
  });
});

it('isFrameworkId', () => {
  expect(isFrameworkId('laravel')).toBe(true);
  expect(isFrameworkId('none')).toBe(true);
  expect(isFrameworkId('Laravel')).toBe(false);
  expect(isFrameworkId('rails')).toBe(false);
  expect(isFrameworkId(undefined)).toBe(false);
});
