import { describe, expect, it } from 'vitest';
import { determinePackageManager, npmForLockfile, oldNpmProblem, resolveManagerPackage, resolveNpmVersion, type Lockfiles } from '../../src/nodejs/package-manager.js';
import { thrown } from '../support/thrown.js';
import { parsePackageJson } from '../../src/nodejs/package-json.js';
import { fileSource } from '../../src/env/sourced.js';

const NPM_SOURCE = fileSource('package.json', 'engines.npm');

const none: Lockfiles = {};
const pkg = (o: object = {}) => parsePackageJson(JSON.stringify(o));
const attempt = (p: object, lock: Lockfiles) => {
  try {
    const r = determinePackageManager(pkg(p), { ...none, ...lock });
    return { name: r.manager.name, lockfile: r.manager.lockfile, berry: r.manager.berry, version: r.manager.version?.value, warnings: r.problems.map((x) => x.id) };
  } catch (e) {
    return { error: (e as { id: string }).id, body: (e as { body: string }).body };
  }
};

describe('determinePackageManager', () => {
  it.each([
    [{}, {}, { name: 'npm', lockfile: undefined }],
    [{}, { 'package-lock.json': true }, { name: 'npm', lockfile: 'package-lock.json' }],
    [{}, { 'npm-shrinkwrap.json': true }, { name: 'npm', lockfile: 'npm-shrinkwrap.json' }],
    [{}, { 'yarn.lock': '# yarn lockfile v1\n' }, { name: 'yarn', berry: false }],
    [{}, { 'yarn.lock': '__metadata:\n  version: 8\n' }, { name: 'yarn', berry: true }],
    [{}, { 'pnpm-lock.yaml': true }, { name: 'pnpm' }],
    [{ engines: { npm: '10.x' } }, { 'package-lock.json': true }, { name: 'npm', version: '10.x', warnings: [] }],
    [{ packageManager: 'npm@10.9.0' }, {}, { name: 'npm', version: '10.9.0' }],
    [{ packageManager: 'npm@10.9.0', engines: { npm: '11' } }, {}, { version: '10.9.0', warnings: ['nodejs/package-manager-and-engines'] }],
    [{ engines: { yarn: '1.x' } }, { 'package-lock.json': true }, { name: 'npm', warnings: ['nodejs/declared-manager-ignored'] }],
  ] as const)('%j + %j', (p, lock, expected) => {
    expect(attempt(p, lock)).toMatchObject(expected);
  });

  it.each([
    [{}, { 'package-lock.json': true, 'yarn.lock': '' }, 'nodejs/multiple-lockfiles', 'package-lock.json and yarn.lock'],
    [{}, { 'package-lock.json': true, 'pnpm-lock.yaml': true }, 'nodejs/multiple-lockfiles', 'package-lock.json and pnpm-lock.yaml'],
    [{}, { 'npm-shrinkwrap.json': true, 'package-lock.json': true }, 'nodejs/shrinkwrap-conflict', 'package-lock.json'],
    [{}, { 'npm-shrinkwrap.json': true, 'yarn.lock': '' }, 'nodejs/shrinkwrap-conflict', 'yarn.lock'],
    [{ engines: { npm: '10', yarn: '1' } }, {}, 'nodejs/multiple-package-managers', 'engines.yarn'],
    [{ engines: { pnpm: '9' }, packageManager: 'yarn@4.1.1' }, {}, 'nodejs/multiple-package-managers', 'packageManager'],
    [{ packageManager: 'bun@1.0.0' }, {}, 'nodejs/invalid-package-manager-field', 'npm, yarn or pnpm'],
    [{ packageManager: 'npm@latest' }, {}, 'nodejs/invalid-package-manager-field', 'exact version'],
  ] as const)('%j + %j → %s', (p, lock, id, mention) => {
    const r = attempt(p, lock) as { error: string; body: string };
    expect(r.error).toBe(id);
    expect(r.body).toContain(mention);
  });
});

describe('resolveNpmVersion', () => {
  it('resolves ranges against the embedded npm releases', () => {
    expect(resolveNpmVersion({ value: '10.9.0', source: NPM_SOURCE }, '24.18.0')).toBe('10.9.0');
    expect(resolveNpmVersion({ value: '10.x', source: NPM_SOURCE }, '24.18.0')).toMatch(/^10\.\d+\.\d+$/);
  });
  it('errors on nothing matching or garbage', () => {
    expect(() => resolveNpmVersion({ value: '99.x', source: NPM_SOURCE }, '24.18.0')).toThrowError(expect.objectContaining({ id: 'nodejs/unknown-version' }));
    expect(() => resolveNpmVersion({ value: 'newest', source: NPM_SOURCE }, '24.18.0')).toThrowError(expect.objectContaining({ id: 'nodejs/invalid-version' }));
  });
});

describe('resolveNpmVersion: every release a user can pin, on the app\'s Node.js', () => {
  it.each([
    ['1.4.28', '0.10.33', '1.4.28'],
    ['2.x', '0.12.18', '2.15.12'],
    ['^3.10.0', '6.17.1', '3.10.10'],
    ['5.x', '4.9.1', '5.10.0'],
    ['6.x', '6.17.1', '6.14.18'],
    // A range takes its newest release that runs on the app's Node.js.
    ['>=6', '8.17.0', '6.14.18'],
    ['10.x', '18.20.8', '10.9.9'],
  ])('engines.npm %s on Node.js %s → %s', (range, node, want) => {
    expect(resolveNpmVersion({ value: range, source: NPM_SOURCE }, node)).toBe(want);
  });

  it.each([
    ['11.6.2', '18.20.8', 'npm@11.6.2 does not run on Node.js 18.20.8', 'npm@10.9.9'],
    ['6.14.18', '7.10.1', 'npm@6.14.18 does not run on Node.js 7.10.1', 'npm@5.10.0'],
    ['5.x', '0.12.18', 'npm@5.10.0 does not run on Node.js 0.12.18', 'npm@3.10.10'],
  ])('engines.npm %s on Node.js %s stops, naming both and one that runs', (range, node, title, suggestion) => {
    const e = thrown(() => resolveNpmVersion({ value: range, source: NPM_SOURCE }, node));
    expect(e).toMatchObject({ id: 'nodejs/manager-needs-newer-node', title });
    expect(e.body).toContain(suggestion);
  });
});

describe('npmForLockfile: package-lock.json needs an npm that reads it', () => {
  it.each([
    ['npm 3 bundled with Node.js 6 → npm 6.14.18', 'package-lock.json', undefined, '3.10.10', '6.17.1', '6.14.18'],
    ['npm 2 bundled with Node.js 4 → npm 5.10.0', 'package-lock.json', undefined, '2.15.11', '4.9.1', '5.10.0'],
    ['npm 5.0 bundled with Node.js 8.0: reads it', 'package-lock.json', undefined, '5.0.0', '8.0.0', undefined],
    ['npm-shrinkwrap.json is read by every npm', 'npm-shrinkwrap.json', undefined, '3.10.10', '6.17.1', undefined],
    ['no lockfile', undefined, undefined, '3.10.10', '6.17.1', undefined],
    ['a pinned npm that reads it', 'package-lock.json', { version: '5.7.1', source: 'engines.npm in package.json' }, '3.10.10', '6.17.1', undefined],
  ])('%s', (_name, lockfile, requested, bundled, node, want) => {
    const r = npmForLockfile(lockfile, requested, bundled, node);
    expect(r.version).toBe(want);
    expect(r.problem?.id).toBe(want ? 'nodejs/npm-upgraded-for-lockfile' : undefined);
  });

  it.each([
    ['a pinned npm 3', { version: '3.10.10', source: 'engines.npm in package.json' }, '3.10.10', '6.17.1', '"engines": {"npm": "6.14.18"}'],
    ['Node.js 0.12, which no npm that reads it runs on', undefined, '2.15.11', '0.12.18', 'use a newer Node.js'],
    ['Node.js 5, which npm 4 to 6 do not support', undefined, '3.8.6', '5.12.0', 'use a newer Node.js'],
  ])('stops: %s', (_name, requested, bundled, node, fix) => {
    const e = thrown(() => npmForLockfile('package-lock.json', requested, bundled, node));
    expect(e.id).toBe('nodejs/npm-ignores-lockfile');
    expect(e.body).toContain(fix);
  });
});

describe('data/npm-versions.json', () => {
  it('every stable npm from 1.1.25, newest first, each with the Node.js range it runs on', async () => {
    const { NPM_VERSIONS, npmRunsOn } = await import('../../src/nodejs/manager-releases.js');
    const semver = (await import('semver')).default;
    expect(NPM_VERSIONS.at(-1)).toBe('1.1.25');
    expect(NPM_VERSIONS).toEqual([...NPM_VERSIONS].sort(semver.rcompare));
    for (const v of ['1.4.28', '2.15.12', '3.10.10', '4.6.1', '5.10.0', '6.13.7']) expect(NPM_VERSIONS).toContain(v);
    for (const v of NPM_VERSIONS) expect(semver.validRange(npmRunsOn(v)), v).not.toBeNull();
    expect(NPM_VERSIONS.filter((v) => npmRunsOn(v) === '*')).toEqual([]);
  });
});

describe('Yarn releases the tables hold', () => {
  const yarn1 = (value: string) => resolveManagerPackage({ name: 'yarn', berry: false, why: 'yarn.lock found', version: { value, source: fileSource('package.json', 'engines.yarn') } }, '8.17.0');
  const berry = (value: string, node = '20.19.0') =>
    resolveManagerPackage({ name: 'yarn', berry: true, why: 'yarn.lock found', version: { value, source: fileSource('package.json', 'packageManager') } }, node);

  it('Yarn 0.x: ~0.28 resolves (from the yarn package)', () => {
    expect(yarn1('~0.28').resolved).toMatchObject({ pkg: 'yarn', version: '0.28.4', bin: 'bin/yarn.js' });
    expect(yarn1('0.19.1').resolved.version).toBe('0.19.1');
  });

  it('Yarn 0.15 to 0.18 are known but do not install: the nearest that does is named', () => {
    const e = thrown(() => yarn1('0.17.x'));
    expect(e).toMatchObject({ id: 'nodejs/manager-release-unavailable', title: 'Yarn 0.17.10 cannot be installed' });
    expect(e.body).toContain('needs Yarn 0.19.0 or later');
    expect(e.body).toContain('"packageManager": "yarn@0.19.1"');
    expect(e.body).toContain('Yarn 0.x is outdated: upgrading to 1.22.x (the default) is the lasting fix');
  });

  it("an unparsable Yarn version is answered with Yarn's own lines and examples, not Node.js's", () => {
    const e = thrown(() => yarn1('0.17q'));
    expect(e).toMatchObject({ id: 'nodejs/invalid-version', title: 'Could not understand the Yarn 1 version "0.17q"' });
    expect(e.body).toContain('Use a version or range such as "1.x", "^1.22.22" or "1.22.22". Available Yarn 1 lines:');
    expect(e.body).not.toMatch(/Node\.js|24\./);
    const npm = thrown(() => resolveNpmVersion({ value: 'newest', source: NPM_SOURCE }, '24.18.0'));
    expect(npm.body).toMatch(/such as "(\d+)\.x", "\^\1\.\d+\.\d+" or "\1\.\d+\.\d+"\. Available npm lines:/);
  });

  it('npm 1.x is warned about, naming an npm 2+ that runs on that Node.js; npm 2 is not', () => {
    const p = oldNpmProblem('1.4.28', 'bundled with Node.js 0.10.48', '0.10.48');
    expect(p?.id).toBe('nodejs/old-npm');
    expect(p?.message).toMatch(/^npm 1\.4\.28 \(bundled with Node\.js 0\.10\.48\) is outdated/);
    expect(p?.message).toMatch(/"engines": \{"npm": "[2-9]\.\d+\.\d+"\}/);
    expect(oldNpmProblem('2.15.12', 'engines.npm in package.json', '0.10.48')).toBeUndefined();
  });

  it('Yarn 2.4.3 comes from the yarn package (@yarnpkg/cli-dist lacks it)', () => {
    expect(berry('2.4.3').resolved).toMatchObject({ pkg: 'yarn', version: '2.4.3', bin: 'bin/yarn.js' });
    expect(berry('2.4.2').resolved).toMatchObject({ pkg: '@yarnpkg/cli-dist', version: '2.4.2' });
  });

  it('a Yarn 2 release no registry package carries stops, naming the nearest that installs and yarnPath', () => {
    const e = thrown(() => berry('2.3.0'));
    expect(e).toMatchObject({ id: 'nodejs/manager-release-unavailable', title: 'Yarn 2.3.0 cannot be installed' });
    expect(e.body).toContain('no package of the npm registry carries it (@yarnpkg/cli-dist, yarn)');
    expect(e.body).toContain('"packageManager": "yarn@2.4.1"');
    expect(e.body).toContain('`yarn set version 2.3.0`');
    // A release beyond the known ones names the newest below it.
    expect(thrown(() => berry('3.9.0')).body).toContain('yarn@3.8.7');
  });
});
