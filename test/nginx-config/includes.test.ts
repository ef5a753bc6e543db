import { describe, expect, it } from 'vitest';
import { generatedLocations } from '../../src/nginx-config/frameworks.js';
import { findLocationClashes, tokenizeNginx, topLevelLocations } from '../../src/nginx-config/includes.js';
import { FRAMEWORK_IDS, frameworkDefaults } from '../../src/php/frameworks.js';
import type { FrameworkId } from '../../src/php/settings.js';
import { BASE_SETTINGS, nginxTest, writeRuntimeApp } from '../php/real-validators.js';

describe('tokenizeNginx', () => {
  it('skips comments, unquotes strings, keeps ${var} in a word, splits on ; { }', () => {
    const text = 'location = "/a b" { # location /c {\n return 200 \'x;}{\' ; set $v ${host}x;}';
    expect(tokenizeNginx(text).map((t) => (t.special ? `<${t.text}>` : t.text))).toEqual([
      'location', '=', '/a b', '<{>', 'return', '200', 'x;}{', '<;>', 'set', '$v', '${host}x', '<;>', '<}>',
    ]);
  });
});

describe('topLevelLocations', () => {
  it('finds every form nginx accepts, only at the include\'s top level', () => {
    const text = [
      'location / { location /nested { } }',
      'location = /exact {}',
      'location =/attached {}',
      'location ^~ /static/ {}',
      'location ~ \\.php$ {}',
      'location ~* \\.(png|jpg)$ {}',
      'location ~/attached-regex {}',
      'location @named {}',
      'location "/quoted" {}',
      '# location /commented {}',
      'if ($x) { return 200 "location /in-a-string {"; }',
      'add_header X-Location "location /header";',
    ].join('\n');
    expect(topLevelLocations(text).map((l) => [l.kind, l.name])).toEqual([
      ['prefix', '/'], ['exact', '/exact'], ['exact', '/attached'], ['prefix', '/static/'],
      ['regex', '\\.php$'], ['regex', '\\.(png|jpg)$'], ['regex', '/attached-regex'], ['named', '@named'], ['prefix', '/quoted'],
    ]);
  });
});

describe('findLocationClashes', () => {
  const inc = (text: string, p = 'nginx-app.conf') => ({ path: p, text });

  it.each<[string, FrameworkId, boolean, Array<{ path: string; text: string }>, string[]]>([
    ['location / with laravel', 'laravel', false, [inc('location / {\n  try_files $uri /index.php;\n}')],
      ['nginx-app.conf defines "location /", which the laravel configuration already defines']],
    ['^~ / is the same prefix', 'symfony', false, [inc('location ^~ / { }')],
      ['nginx-app.conf defines "location ^~ /", which the symfony configuration already defines']],
    ['an exact location of drupal', 'drupal', false, [inc('location = /robots.txt { return 200; }')],
      ['nginx-app.conf defines "location = /robots.txt", which the drupal configuration already defines']],
    ['magento /static/', 'magento', false, [inc('location /static/ { expires max; }')],
      ['nginx-app.conf defines "location /static/", which the magento configuration already defines']],
    ['two includes with the same location', 'default', true, [inc('location /login {}', 'a.conf'), inc('location /login {}', 'b.conf')],
      ['b.conf defines "location /login", which a.conf already defines']],
    ['one include twice', 'default', true, [inc('location = /x {}\nlocation = /x {}', 'a.conf')],
      ['a.conf defines "location = /x" twice']],
    ['location / with default: not defined by the template', 'default', true, [inc('location / { try_files $uri /index.php?$args; }')], []],
    ['location / with none', 'none', true, [inc('location / {}')], []],
    ['a regex equal to the template\'s (nginx allows it)', 'laravel', false, [inc('location ~ \\.php$ { return 403; }')], []],
    ['exact and prefix of the same URI (nginx allows it)', 'laravel', false, [inc('location = / { return 200; }')], []],
    ['a nested location /', 'laravel', false, [inc('location /admin { location / { } }')], []],
    ['another URI', 'laravel', false, [inc('location /login { limit_req zone=x; }')], []],
    ['a commented-out location /', 'laravel', false, [inc('# location / { }')], []],
  ])('%s', (_, framework, appRoot, includes, expected) => {
    expect(findLocationClashes(framework, appRoot, includes)).toEqual(expected);
  });
});

describe('nginx -t agrees: a clash fails to load, what passes the check loads', () => {
  // For each framework, each prefix or exact location it generates, redefined by an include.
  const cases = FRAMEWORK_IDS.flatMap((framework) =>
    generatedLocations(framework, false)
      .filter((l) => (l.modifier === '' || l.modifier === '=') && !l.pattern.startsWith('@'))
      .map((l) => [framework, `location ${l.modifier ? `${l.modifier} ` : ''}${l.pattern}`] as const),
  );

  it('covers the frameworks that define prefix or exact locations', () => {
    expect(new Set(cases.map(([f]) => f)).size).toBeGreaterThan(10);
  });

  it.each(cases)('%s + include with "%s" → clash found, nginx -t fails', async (framework, location) => {
    const includes = [{ path: 'nginx-app.conf', text: `${location} {\n    return 204;\n}\n` }];
    expect(findLocationClashes(framework, false, includes)).toHaveLength(1);
    const documentRoot = frameworkDefaults(framework).documentRoot;
    const app = await writeRuntimeApp({ ...BASE_SETTINGS, framework, documentRoot, nginxIncludes: ['nginx-app.conf'] }, { files: { 'nginx-app.conf': includes[0]!.text } });
    const r = await nginxTest(app);
    expect(r.ok).toBe(false);
    expect(r.output).toContain('duplicate location');
  });

  it.each([
    ['laravel', 'location ~ \\.php$ { return 403; }\nlocation = / { return 200; }\n'],
    // Nested: /static/ inside /static is not the server-scope /static/ Magento defines.
    ['magento', 'location /static { location /static/ { expires max; } }\n'],
    ['default', 'location / { try_files $uri $uri/ /index.php?$args; }\n'],
    ['drupal', 'location /custom { return 204; }\n'],
  ] as const)('%s + an include the check accepts → nginx -t passes', async (framework, text) => {
    expect(findLocationClashes(framework, false, [{ path: 'nginx-app.conf', text }])).toEqual([]);
    const app = await writeRuntimeApp(
      { ...BASE_SETTINGS, framework, documentRoot: frameworkDefaults(framework).documentRoot, nginxIncludes: ['nginx-app.conf'] },
      { files: { 'nginx-app.conf': text } },
    );
    const r = await nginxTest(app);
    expect(r.ok, r.output).toBe(true);
  });
});
