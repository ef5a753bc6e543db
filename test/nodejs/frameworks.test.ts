import { afterAll, describe, expect, it } from 'vitest';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { NODE_FRAMEWORKS, planFrameworkCaches } from '../../src/nodejs/frameworks.js';
import { FrameworkCaches } from '../../src/nodejs/framework-caches.js';
import { parsePackageJson } from '../../src/nodejs/package-json.js';
import { BuildLog } from '../../src/log/build-log.js';

const pkg = (deps: Record<string, string>, dev: Record<string, string> = {}) =>
  parsePackageJson(JSON.stringify({ dependencies: deps, devDependencies: dev }));

describe('data/frameworks-node.json', () => {
  it('every framework has an id, packages and relative dirs that stay in the app', () => {
    const ids = new Set<string>();
    for (const fw of NODE_FRAMEWORKS) {
      expect(fw.id).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(ids.has(fw.id)).toBe(false);
      ids.add(fw.id);
      expect(fw.packages.length).toBeGreaterThan(0);
      for (const d of fw.dirs) expect(path.posix.normalize(d)).toBe(d), expect(d).not.toMatch(/^(\/|\.\.)/);
    }
  });
});

describe('planFrameworkCaches', () => {
  it('detects frameworks from dependencies and devDependencies, with the source', () => {
    const p = planFrameworkCaches([{ dir: '', pkg: pkg({ next: '15.5.29' }, { '@angular/cli': '^20.0.0' }) }], ['bower_components'], undefined);
    expect(p).toEqual({
      enabled: true,
      dirs: [
        { path: '.angular/cache', uses: [{ id: 'angular', name: 'Angular', pkg: '@angular/cli', manifestDir: '', range: '^20.0.0' }], source: '@angular/cli in package.json' },
        { path: '.next/cache', uses: [{ id: 'next', name: 'Next.js', pkg: 'next', manifestDir: '', range: '15.5.29' }], source: 'next in package.json' },
      ],
    });
  });

  it('workspace members\' caches live under the member; nested dirs are one cache; the app\'s cacheDirectories win', () => {
    const p = planFrameworkCaches(
      [{ dir: '', pkg: pkg({}, { turbo: '^2', webpack: '^5' }) }, { dir: 'apps/web', pkg: pkg({ next: '^15' }) }],
      ['.turbo'],
      undefined,
    );
    expect(p.dirs.map((d) => [d.path, d.uses.map((u) => u.id)])).toEqual([
      ['apps/web/.next/cache', ['next']],
      ['node_modules/.cache', ['webpack', 'turbo']],
    ]);
  });

  it('an app without a known framework keeps nothing; the opt-out still lists what is not kept', () => {
    expect(planFrameworkCaches([{ dir: '', pkg: pkg({ express: '^5' }) }], [], undefined).dirs).toEqual([]);
    const off = planFrameworkCaches([{ dir: '', pkg: pkg({ next: '^15' }) }], [], 'NODE_FRAMEWORK_CACHE=false');
    expect(off).toMatchObject({ enabled: false, why: 'NODE_FRAMEWORK_CACHE=false', dirs: [{ path: '.next/cache' }] });
  });
});

describe('FrameworkCaches (restore and save on disk)', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const d of dirs) await fs.rm(d, { recursive: true, force: true });
  });

  async function app(version: string): Promise<string> {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'fw-app-'));
    dirs.push(dir);
    await fs.mkdir(path.join(dir, 'node_modules/next'), { recursive: true });
    await fs.writeFile(path.join(dir, 'node_modules/next/package.json'), JSON.stringify({ version }));
    return dir;
  }
  function captureLog(): { log: BuildLog; text: () => string } {
    let out = '';
    return { log: new BuildLog({ out: (s: string) => (out += s), err: (s: string) => (out += s) }), text: () => out };
  }

  it('restores a cache made by the same version, drops one made by another with the reason', async () => {
    const root = await fs.mkdtemp(path.join(os.tmpdir(), 'fw-cache-'));
    dirs.push(root);
    const caches = new FrameworkCaches(root);
    const plan = planFrameworkCaches([{ dir: '', pkg: pkg({ next: '^15' }) }], [], undefined);

    const first = await app('15.5.28');
    await fs.mkdir(path.join(first, '.next/cache/webpack'), { recursive: true });
    await fs.writeFile(path.join(first, '.next/cache/webpack/pack'), 'compiled');
    await caches.save(plan, first, captureLog().log);

    const same = await app('15.5.28');
    const s = captureLog();
    await caches.restore(plan, same, s.log);
    expect(s.text()).toContain('Next.js cache .next/cache (next@15.5.28): restored');
    expect(await fs.readFile(path.join(same, '.next/cache/webpack/pack'), 'utf8')).toBe('compiled');

    const upgraded = await app('15.5.29');
    const u = captureLog();
    await caches.restore(plan, upgraded, u.log);
    expect(u.text()).toContain('Next.js cache .next/cache: not restored, it was made by next@15.5.28 and the app now has next@15.5.29');
    expect(await fs.stat(path.join(upgraded, '.next')).catch(() => undefined)).toBeUndefined();
    expect(await caches['cache'].readMeta('.next/cache')).toBeUndefined();
  });
});
