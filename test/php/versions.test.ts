/** php.md §2: version requests, their sources and precedence, and the selection rule. */
import { describe, expect, it } from 'vitest';
import { parseComposerJson, parseComposerLock } from '../../src/php/composer-json.js';
import { EMPTY_PAAS, parsePaas } from '../../src/php/paas.js';
import {
  determineEngineRequest, determinePhpRequest, embeddedCatalog, engineRequest, lockedPhpConstraints, resolveVersion,
  type Catalog,
} from '../../src/php/versions.js';
import { thrown } from '../support/thrown.js';
import { configVarSource, defaultSource, describeSource } from '../../src/env/sourced.js';

const json = (doc: unknown) => parseComposerJson(JSON.stringify(doc));
const lock = (packages: Array<{ name: string; php?: string; dev?: boolean }>) =>
  parseComposerLock(JSON.stringify({
    packages: packages.filter((p) => !p.dev).map((p) => ({ name: p.name, version: '1.0.0', require: p.php ? { php: p.php } : {} })),
    'packages-dev': packages.filter((p) => p.dev).map((p) => ({ name: p.name, version: '1.0.0', require: p.php ? { php: p.php } : {} })),
  }));

const php = embeddedCatalog('php');

describe('PHP request: first source found wins', () => {
  it.each([
    [{ require: { php: '~8.3' } }, {}, '~8.3', 'require.php in composer.json'],
    [{ require: { php: '^8.2' }, config: { platform: { php: '8.3.0' } } }, {}, '^8.2', 'require.php in composer.json'],
    [{ config: { platform: { php: '8.3.4' } } }, {}, '8.3', 'config.platform.php in composer.json'],
    [{ extra: { paas: { engines: { php: '8.5' } } } }, {}, '8.5', 'extra.paas.engines.php in composer.json'],
    [{}, { PHP_VERSION: '8.2' }, '8.2', 'PHP_VERSION config var'],
    [{}, {}, 'default', 'the default'],
  ])('%j with %j → %s from %s', (doc, vars, raw, source) => {
    const j = json(doc);
    const { request } = determinePhpRequest(j, parsePaas(j.paas).paas, vars);
    expect(request.raw).toBe(raw);
    expect(describeSource(request.source)).toBe(source);
  });

  it('classic apps (no composer.json) use PHP_VERSION', () => {
    expect(determinePhpRequest(undefined, EMPTY_PAAS, { PHP_VERSION: '8.3' }).request.source).toEqual(configVarSource('PHP_VERSION'));
  });

  it('composer.json beats PHP_VERSION, with a warning saying so', () => {
    const j = json({ require: { php: '^8.3' } });
    const { warnings } = determinePhpRequest(j, EMPTY_PAAS, { PHP_VERSION: '8.2' });
    expect(warnings.map((w) => w.id)).toEqual(['php/ignored-platform-version']);
  });

  it('an exact pin in require.php warns that security updates will be missed', () => {
    const { warnings } = determinePhpRequest(json({ require: { php: '8.4.2' } }), EMPTY_PAAS, {});
    expect(warnings[0]?.id).toBe('php/exact-version-pin');
    expect(warnings[0]?.message).toContain('~8.4.2');
  });
});

describe('resolution against the embedded table (newest of the default line when it satisfies)', () => {
  it.each([
    ['default', undefined, '8.4.22'],
    ['require.php', '>=8.2', '8.4.22'],
    ['require.php', '^8.2', '8.4.22'],
    ['require.php', '~8.5', '8.5.7'],
    ['require.php', '~8.3.0', '8.3.31'],
    ['require.php', '8.2.*', '8.2.31'],
    ['require.php', '>=8.2 <8.4', '8.3.31'],
    ['require.php', '8.2 - 8.3', '8.3.31'],
    ['require.php', '^8.2 || ^9.0', '8.4.22'],
    ['require.php', '>=8.5 | 8.2.*', '8.5.7'],
    ['require.php', '<8.3 | 8.5.*', '8.5.7'],
    ['require.php', '<8.3 | 8.4.*', '8.4.22'],
    ['require.php', '>=8.2,<8.4', '8.3.31'],
    ['require.php', '^8.3@stable', '8.4.22'],
    ['require.php', '!=8.4.22', '8.5.7'],
    ['engine', '8.3', '8.3.31'],
    ['engine', '8.5', '8.5.7'],
    ['engine', '8', '8.4.22'],
    ['engine', 'default', '8.4.22'],
  ])('%s %s → %s', (kind, raw, version) => {
    const request = raw === undefined || kind === 'default'
      ? { component: 'php' as const, raw: 'default', source: defaultSource('the default') }
      : kind === 'engine'
        ? engineRequest('php', raw, configVarSource('PHP_VERSION'))
        : determinePhpRequest(json({ require: { php: raw } }), EMPTY_PAAS, {}).request;
    expect(resolveVersion(request, [], php).version).toBe(version);
  });

  it("locked packages' php requirements join the constraint set (a library needing <8.4 never gets 8.4)", () => {
    const request = determinePhpRequest(json({ require: { php: '>=8.2' } }), EMPTY_PAAS, {}).request;
    const extra = lockedPhpConstraints(lock([{ name: 'acme/old', php: '<8.4' }, { name: 'acme/any' }]), false);
    const r = resolveVersion(request, extra, php);
    expect(r.version).toBe('8.3.31');
    expect(r.why).toBe('newest satisfying >=8.2 (require.php in composer.json) and the php requirements of 1 locked package (acme/old 1.0.0) (the default line 8.4.x does not)');
  });

  it('dev packages count only when dev dependencies are installed', () => {
    const l = lock([{ name: 'acme/devtool', php: '<8.3', dev: true }]);
    expect(lockedPhpConstraints(l, false)).toEqual([]);
    expect(lockedPhpConstraints(l, true)).toHaveLength(1);
  });

  it('no satisfying version: an error listing the constraints and the available versions', () => {
    const request = determinePhpRequest(json({ require: { php: '^8.4' } }), EMPTY_PAAS, {}).request;
    const e = thrown(() => resolveVersion(request, lockedPhpConstraints(lock([{ name: 'acme/legacy', php: '<8.3' }]), false), php));
    expect(e.id).toBe('php/no-matching-version');
    expect(e.body).toContain('^8.4 (>=8.4.0 <9.0.0) from require.php in composer.json');
    expect(e.body).toContain('<8.3 (<8.3.0) from acme/legacy 1.0.0 (composer.lock)');
    expect(e.body).toContain('8.5.7');
    expect(e.body).toContain('the embedded version table');
  });

  it('a partial version in require.php keeps Composer\'s meaning (8.2 = exactly 8.2.0), and the error says so', () => {
    const request = determinePhpRequest(json({ require: { php: '8.2' } }), EMPTY_PAAS, {}).request;
    const e = thrown(() => resolveVersion(request, [], php));
    expect(e.id).toBe('php/no-matching-version');
    expect(e.body).toContain('"php": "8.2" means exactly PHP 8.2.0');
    expect(e.body).toContain('Use "~8.2.0" for the newest 8.2.x');
  });

  it('a store without any PHP for the stack says so instead of listing nothing', () => {
    const empty: Catalog = { versions: [], defaultLine: '8.4', from: 'the store at file:///store/' };
    const e = thrown(() => resolveVersion({ component: 'php', raw: 'default', source: defaultSource('the default') }, [], empty));
    expect(e.body).toContain('(none: any version would do)');
    expect(e.body).toContain('The store at file:///store/ has no PHP for this stack and architecture.');
  });

  it.each(['latest', '>>8', 'dev-main', 'eight'])('an unreadable request %j is an error, never the default', (raw) => {
    expect(thrown(() => determinePhpRequest(json({ require: { php: raw } }), EMPTY_PAAS, {})).id).toBe('php/invalid-version-request');
    expect(thrown(() => engineRequest('php', raw, configVarSource('PHP_VERSION'))).id).toBe('php/invalid-version-request');
  });

  it('a store without the default line: the newest satisfying version, and the log says why', () => {
    const debian: Catalog = { versions: ['8.2.36'], defaultLine: '8.4', from: 'the store at file:///store/' };
    const r = resolveVersion({ component: 'php', raw: 'default', source: defaultSource('the default') }, [], debian);
    expect(r.version).toBe('8.2.36');
    expect(r.why).toBe('the default line 8.4.x is not available: newest available');
  });
});

describe('where the upstream buildpack (node-semver) reads the root request more narrowly, its newest wins', () => {
  const request = (raw: string) => determinePhpRequest(json({ require: { php: raw } }), EMPTY_PAAS, {}).request;
  it.each([
    // [request, chosen, whether the narrower reading decided]
    ['~8.2', '8.2.31', true], // node-semver: >=8.2.0 <8.3.0; Composer: >=8.2 <9.0
    ['~8.3', '8.3.31', true],
    ['~8.4', '8.4.22', true],
    ['~8.5', '8.5.7', false], // nothing newer than 8.5 exists: both readings allow the same versions
    ['~8.2 || ~8.3', '8.3.31', true],
    ['~8.2.0', '8.2.31', false], // ~x.y.z: both read >=8.2.0 <8.3.0
    ['~8.3.4', '8.3.31', false],
    ['~8', '8.4.22', false], // both >=8 <9: the default line
    ['^8.2', '8.4.22', false], // ^: both >=8.2 <9.0
    ['^8.3', '8.4.22', false],
    ['8.2.*', '8.2.31', false], // x.y.*: both >=8.2 <8.3
    ['8.3.*', '8.3.31', false],
    ['>=8.2', '8.4.22', false],
    ['>=8.2 <8.4', '8.3.31', false],
    ['>=8.2,<8.4', '8.3.31', false], // node-semver cannot read a comma: Composer's reading alone
    ['~8.2 | ~8.3', '8.4.22', false], // nor a single pipe
    ['^8.3@stable', '8.4.22', false],
  ])('%s → %s (narrower reading: %s)', (raw, version, narrower) => {
    const r = resolveVersion(request(raw), [], php);
    expect(r.version).toBe(version);
    expect(r.why.includes('as the upstream buildpack reads it')).toBe(narrower);
  });

  it('the log line says which rule chose the version, and both readings', () => {
    expect(resolveVersion(request('~8.2'), [], php).why).toBe(
      'newest inside ~8.2 as the upstream buildpack reads it (>=8.2.0 <8.3.0; Composer allows >=8.2.0 <9.0.0), so an app moved from it keeps its line',
    );
  });

  it("locked packages' requirements still bound it, and an empty narrower reading falls back to Composer's", () => {
    const old = lockedPhpConstraints(lock([{ name: 'acme/old', php: '<8.4' }]), false);
    expect(resolveVersion(request('~8.2'), old, php).version).toBe('8.2.31');
    const recent = lockedPhpConstraints(lock([{ name: 'acme/new', php: '>=8.3' }]), false);
    const r = resolveVersion(request('~8.2'), recent, php);
    expect(r.version).toBe('8.4.22');
    expect(r.why).toContain('(the default line)');
  });

  it('config vars and extra.paas.engines.php get the same reading', () => {
    expect(resolveVersion(engineRequest('php', '~8.2', configVarSource('PHP_VERSION')), [], php).version).toBe('8.2.31');
    expect(resolveVersion(engineRequest('php', '8.3', configVarSource('PHP_VERSION')), [], php).version).toBe('8.3.31');
  });

  it('a store holding one line only: nothing narrower to choose, the usual rule', () => {
    const debian: Catalog = { versions: ['8.2.30', '8.2.31'], defaultLine: '8.4', from: 'the store at file:///store/' };
    const r = resolveVersion(request('~8.2'), [], debian);
    expect(r.version).toBe('8.2.31');
    expect(r.why).toContain('no 8.4.x available');
  });

  it('Composer: ~2.2 keeps the 2.2 LTS line as upstream does', () => {
    const j = json({ extra: { paas: { engines: { composer: '~2.2' } } } });
    expect(resolveVersion(determineEngineRequest('composer', j, parsePaas(j.paas).paas, {}), [], embeddedCatalog('composer')).version).toBe('2.2.28');
  });
});

describe('nginx and Composer requests', () => {
  it.each([
    [{ extra: { paas: { engines: { nginx: '1.31' } } } }, {}, '1.31.2', 'extra.paas.engines.nginx in composer.json'],
    [{ require: { nginx: '~1.31.0' } }, {}, '1.31.2', 'require.nginx in composer.json'],
    [{}, { NGINX_VERSION: '1.31' }, '1.31.2', 'NGINX_VERSION config var'],
    [{ extra: { paas: { engines: { nginx: 'default' } } } }, { NGINX_VERSION: '1.31' }, '1.30.3', 'extra.paas.engines.nginx in composer.json'],
    [{}, {}, '1.30.3', 'the default'],
    [{ extra: { paas: { engines: { nginx: '1.30.0' } } } }, {}, '1.30.0', 'extra.paas.engines.nginx in composer.json'],
    [{}, { NGINX_VERSION: '1.31.1' }, '1.31.1', 'NGINX_VERSION config var'],
  ])('nginx: %j %j → %s (%s)', (doc, vars, version, source) => {
    const j = json(doc);
    const r = resolveVersion(determineEngineRequest('nginx', j, parsePaas(j.paas).paas, vars), [], embeddedCatalog('nginx'));
    expect([r.version, describeSource(r.request.source)]).toEqual([version, source]);
  });

  it.each([
    [{ extra: { paas: { engines: { composer: '2.2' } } } }, {}, '2.2.28'],
    [{ extra: { paas: { engines: { composer: '2.x' } } } }, {}, '2.10.1'],
    [{}, { COMPOSER_VERSION: '2.2' }, '2.2.28'],
    [{}, {}, '2.10.1'],
  ])('composer: %j %j → %s', (doc, vars, version) => {
    const j = json(doc);
    const r = resolveVersion(determineEngineRequest('composer', j, parsePaas(j.paas).paas, vars), [], embeddedCatalog('composer'));
    expect(r.version).toBe(version);
  });
});
