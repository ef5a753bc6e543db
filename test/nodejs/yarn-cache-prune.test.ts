/** What the prune of a Yarn 2+ app removes from the cache folder the slug holds. */
import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { removeUnusedYarnZips, unusedZips, zipsInLocations } from '../../src/nodejs/yarn-cache-prune.js';
import { BuildLog } from '../../src/log/build-log.js';
import { tempDir } from '../support/harness.js';

describe('zipsInLocations', () => {
  it('the zips package locations point into: plain, virtual, unplugged and workspace locations', () => {
    expect([...zipsInLocations([
      '/app/.yarn/cache/escape-html-npm-1.0.3-376c22ee74-524c739d77.zip/node_modules/escape-html/',
      '/app/.yarn/__virtual__/react-dom-virtual-3f2a1b/0/cache/react-dom-npm-18.3.1-a805663f38-298954ecd8.zip/node_modules/react-dom/',
      '/app/.yarn/unplugged/native-greeting-file-8a1b2c/node_modules/native-greeting/',
      '/app/',
      '/app/packages/web/',
    ])].sort()).toEqual(['escape-html-npm-1.0.3-376c22ee74-524c739d77.zip', 'react-dom-npm-18.3.1-a805663f38-298954ecd8.zip']);
  });
});

describe('unusedZips', () => {
  const entries = ['.gitignore', 'escape-html-npm-1.0.3-aa.zip', 'marked-npm-15.0.12-bb.zip', 'ms-npm-2.1.3-cc.zip', 'notes.txt'];
  it.each<[string, ReadonlySet<string> | undefined, string[]]>([
    ['the zips the PnP map does not point into', new Set(['escape-html-npm-1.0.3-aa.zip']), ['marked-npm-15.0.12-bb.zip', 'ms-npm-2.1.3-cc.zip']],
    ['every zip when nothing reads them (node-modules linker)', undefined, ['escape-html-npm-1.0.3-aa.zip', 'marked-npm-15.0.12-bb.zip', 'ms-npm-2.1.3-cc.zip']],
    ['none when all are used', new Set(entries), []],
  ])('%s; never a file that is not a zip', (_name, used, gone) => {
    expect(unusedZips(entries, used)).toEqual(gone);
  });
});

describe('removeUnusedYarnZips on a real tree', () => {
  const fakePnp = (locations: Record<string, string>) => `
const infos = ${JSON.stringify(locations)};
const deps = new Map(Object.keys(infos).filter((n) => n !== 'app').map((n) => [n, 'npm:1']));
module.exports = {
  topLevel: { name: null, reference: null },
  getDependencyTreeRoots: () => [{ name: 'app', reference: 'workspace:.' }],
  getPackageInformation: (l) => l.name === null ? { packageLocation: infos.app, packageDependencies: deps }
    : infos[l.name] ? { packageLocation: infos[l.name], packageDependencies: new Map() } : null,
};`;

  async function tree(pnp: string | undefined) {
    const app = await tempDir('yarn-zips');
    const outside = await tempDir('yarn-zips-outside');
    await fs.mkdir(path.join(app, '.yarn/cache/dir.zip'), { recursive: true });
    for (const z of ['a-npm-1-x.zip', 'dev-npm-1-y.zip']) await fs.writeFile(path.join(app, '.yarn/cache', z), 'zip');
    await fs.writeFile(path.join(outside, 'target.zip'), 'not ours');
    await fs.symlink(path.join(outside, 'target.zip'), path.join(app, '.yarn/cache/linked-npm-1-z.zip'));
    if (pnp !== undefined) await fs.writeFile(path.join(app, '.pnp.cjs'), pnp);
    let text = '';
    const log = new BuildLog({ out: (t) => (text += t), err: (t) => (text += t) });
    return { app, outside, log, text: () => text };
  }
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin' };

  it('removes the zips (and zip links) the map does not use; keeps directories, used zips and link targets', async () => {
    const t = await tree(fakePnp({ app: '/app/', a: '/app/.yarn/cache/a-npm-1-x.zip/node_modules/a/' }));
    await removeUnusedYarnZips({ folder: '.yarn/cache', keep: 'pnp-map' }, { buildDir: t.app, env, log: t.log });
    expect((await fs.readdir(path.join(t.app, '.yarn/cache'))).sort()).toEqual(['a-npm-1-x.zip', 'dir.zip']);
    expect(await fs.readFile(path.join(t.outside, 'target.zip'), 'utf8')).toBe('not ours');
    expect(t.text()).toContain('Yarn cache: removed 2 zips of .yarn/cache (1 KB) that the pruned install does not use (devDependencies): dev-npm-1-y.zip, linked-npm-1-z.zip');
  });

  it.each([
    ['a map that throws', 'throw new Error("corrupted .pnp.cjs")', /kept whole: what the pruned install uses could not be told \(asking \.pnp\.cjs failed: .*corrupted \.pnp\.cjs/],
    ['a map that prints something else', 'process.stdout.write("hello"); module.exports = { topLevel: {}, getDependencyTreeRoots: () => [], getPackageInformation: () => null };',
      /kept whole: .*\.pnp\.cjs gave no list of packages/],
    ['no map', undefined, /kept whole: .*there is no \.pnp\.cjs/],
  ])('%s: nothing removed, and said why', async (_name, pnp, said) => {
    const t = await tree(pnp);
    await removeUnusedYarnZips({ folder: '.yarn/cache', keep: 'pnp-map' }, { buildDir: t.app, env, log: t.log });
    expect((await fs.readdir(path.join(t.app, '.yarn/cache'))).sort()).toEqual(['a-npm-1-x.zip', 'dev-npm-1-y.zip', 'dir.zip', 'linked-npm-1-z.zip']);
    expect(t.text()).toMatch(said);
  });

  it('node-modules linker: every zip goes', async () => {
    const t = await tree(undefined);
    await removeUnusedYarnZips({ folder: '.yarn/cache', keep: 'none' }, { buildDir: t.app, env, log: t.log });
    expect(await fs.readdir(path.join(t.app, '.yarn/cache'))).toEqual(['dir.zip']);
  });
});
