import { describe, expect, it } from 'vitest';
import { determinePackageManager, resolveNpmVersion, type Lockfiles } from '../../src/nodejs/package-manager.js';
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
    expect(resolveNpmVersion({ value: '10.9.0', source: NPM_SOURCE })).toBe('10.9.0');
    expect(resolveNpmVersion({ value: '10.x', source: NPM_SOURCE })).toMatch(/^10\.\d+\.\d+$/);
  });
  it('errors on nothing matching or garbage', () => {
    expect(() => resolveNpmVersion({ value: '99.x', source: NPM_SOURCE })).toThrowError(expect.objectContaining({ id: 'nodejs/unknown-version' }));
    expect(() => resolveNpmVersion({ value: 'newest', source: NPM_SOURCE })).toThrowError(expect.objectContaining({ id: 'nodejs/invalid-version' }));
  });
});
