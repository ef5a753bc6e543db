/**
 * What the store builder plans to build (scripts/store/plan.mjs, recipes.mjs): the source
 * table validated, every extension the engine's table calls built in has a recipe, and
 * the cache key moves with what is built (sources, flags, stack) and only with it.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import phpVersions from '../../data/php-versions.json' with { type: 'json' };
import { parseSourceTable, planStore, stackFromOsRelease } from '../../scripts/store/plan.mjs';
import { BUILTIN, PECL, PHP_LINES, phpConfigureArgs, phpExpectedModules } from '../../scripts/store/recipes.mjs';

const ROOT = join(__dirname, '../..');
const raw = JSON.parse(readFileSync(join(ROOT, 'data/php-store-sources.json'), 'utf8'));
const table = parseSourceTable(raw);
const machine = { stack: 'debian-12', arch: 'x64' };
const all = { php: 'all' as const, extensions: 'all' as const, nginx: 'newest', composer: 'newest' };
const clone = () => JSON.parse(JSON.stringify(raw));

describe('the source table', () => {
  it('is valid and pins a sha256 for every tarball it knows', () => {
    expect(table.php.map((r: { line: string }) => r.line)).toEqual(['8.2', '8.3', '8.4', '8.5']);
    expect(table.nginx.map((r: { version: string }) => r.version)).toEqual(['1.26.3', '1.30.6']);
  });
  it('has a recipe for every PHP line it lists and every PECL extension', () => {
    for (const r of table.php) expect(PHP_LINES, r.line).toHaveProperty(r.line);
    for (const e of table.extensions) expect(PECL, e.name).toHaveProperty(e.name);
  });
  it.each([
    ['a short sha256', (d: any) => (d.php[0].orig.sha256 = 'abc'), /php\[0\]\.orig\.sha256 must be 64/],
    ['a path in a file name', (d: any) => (d.php[0].orig.file = '../x.tar.xz'), /php\[0\]\.orig\.file must be a plain file name/],
    ['a .dsc outside the pool', (d: any) => (d.php[0].debian.index = { dsc: '../../etc/x.dsc' }), /php\[0\]\.debian\.index must be/],
    ['an extension without a recipe', (d: any) => (d.extensions[0].name = 'nosuch'), /extensions\[0\]\.name has no recipe/],
    ['an unknown "after"', (d: any) => (d.extensions[3].after = ['nosuch']), /extensions\[3\]\.after must name extensions/],
  ])('refuses %s, naming the key', (_name, edit, error) => {
    const d = clone();
    edit(d);
    expect(() => parseSourceTable(d)).toThrow(error);
  });
});

describe('recipes', () => {
  it('build in every extension data/php-versions.json lists as built in', () => {
    const missing = phpVersions.php.extensions.builtin.filter((name) => !(name in BUILTIN));
    expect(missing).toEqual([]);
  });
  it('make opcache a shared zend_extension before 8.5 and built in from 8.5 on', () => {
    expect(phpExpectedModules('8.4')).toMatchObject({ shared: expect.arrayContaining(['opcache', 'tidy']) });
    expect(phpExpectedModules('8.5').builtin).toContain('opcache');
    expect(phpExpectedModules('8.5').shared).not.toContain('opcache');
    expect(phpConfigureArgs('8.5')).not.toContain('--enable-opcache');
  });
  it('ship ext/imap only where php-src still has it (before 8.4)', () => {
    expect(phpExpectedModules('8.2').shared).toContain('imap');
    expect(phpExpectedModules('8.4').shared).not.toContain('imap');
  });
  it('give the same arguments whatever order the rows are in (no duplicate flag)', () => {
    const args = phpConfigureArgs('8.4');
    expect(new Set(args).size).toBe(args.length);
    expect(args).toContain('--with-mysqli=mysqlnd');
    expect(args[0]).toBe('--prefix=/opt/php-store/php');
  });
});

describe('planStore', () => {
  const plan = planStore(table, all, machine);
  it('plans every PHP line with a source and says why the others are missing', () => {
    expect(plan.jobs.map((j: { id: string }) => j.id)).toEqual(['php-8.2.32', 'php-8.4.24', 'php-8.5.7']);
    expect(plan.unavailable).toEqual([{ name: 'php', line: '8.3', reason: expect.stringMatching(/no php8\.3 source package/) }]);
  });
  it('gives each PHP line the extensions the table says build on it, ordered after what they build on', () => {
    const byId = Object.fromEntries(plan.jobs.map((j: any) => [j.id, j]));
    expect(byId['php-8.2.32'].extensions.map((e: { name: string }) => e.name)).toEqual(['apcu', 'igbinary', 'msgpack', 'redis', 'memcached', 'amqp', 'imagick', 'oauth', 'mongodb', 'xdebug']);
    expect(byId['php-8.4.24'].extensions.map((e: { name: string }) => e.name)).not.toContain('mongodb');
    expect(byId['php-8.4.24'].extensions.find((e: { name: string }) => e.name === 'redis').after).toEqual(['igbinary', 'msgpack']);
  });
  it('offers nginx and Composer newest first (the builder takes the newest whose source is served)', () => {
    expect(plan.choices.map((c: any) => [c.name, c.candidates.map((x: any) => x.version)])).toEqual([['nginx', ['1.30.6', '1.26.3']], ['composer', ['2.5.5']]]);
  });
  it('brings the extensions a requested one builds on', () => {
    const p = planStore(table, { ...all, php: ['8.4'], extensions: ['redis'] }, machine);
    expect(p.jobs[0]!.extensions.map((e: { name: string }) => e.name)).toEqual(['igbinary', 'msgpack', 'redis']);
  });
  it('refuses an extension the table does not know', () => {
    expect(() => planStore(table, { ...all, extensions: ['apcu', 'nosuch'] }, machine)).toThrow(/--extensions nosuch: the table has no such extension/);
  });
  it('refuses a line the table does not know', () => {
    expect(() => planStore(table, { ...all, php: ['7.4'] }, machine)).toThrow(/--php 7\.4: the table knows no PHP 7\.4/);
  });

  const key = (t: any, m = machine, request: any = all) => planStore(parseSourceTable(t), request, m).jobs.find((j: any) => j.id === 'php-8.4.24')!.key;
  it('keys a build by its sources, flags and stack: the same inputs give the same key', () => {
    expect(key(clone())).toBe(key(clone()));
    expect(key(clone())).toMatch(/^[0-9a-f]{64}$/);
  });
  it.each([
    ['the tarball', (d: any) => (d.php[2].orig.sha256 = 'f'.repeat(64))],
    ['an extension\'s tarball', (d: any) => (d.extensions[0].orig.sha256 = 'f'.repeat(64))],
  ])('changes the key when %s changes', (_n, edit) => {
    const d = clone();
    edit(d);
    expect(key(d)).not.toBe(key(clone()));
  });
  it('changes the key with the stack and the set of extensions', () => {
    expect(key(clone(), { ...machine, stack: 'scalingo-24' })).not.toBe(key(clone()));
    expect(key(clone(), machine, { ...all, extensions: ['apcu'] })).not.toBe(key(clone()));
  });
  it('does not change the key for a note in the table', () => {
    const d = clone();
    d.extensions[0].note = 'a comment';
    expect(key(d)).toBe(key(clone()));
  });
});

describe('stackFromOsRelease', () => {
  it.each([
    ['PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\nVERSION_ID="12"\n', 'debian-12'],
    ['ID=ubuntu\nVERSION_ID="24.04"\n', 'ubuntu-24.04'],
    ['ID=debian\n', undefined],
    ['ID="weird name"\nVERSION_ID=1\n', undefined],
  ])('%j → %s', (text, stack) => {
    expect(stackFromOsRelease(text)).toBe(stack);
  });
});
