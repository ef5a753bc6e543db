/** What the prune of a Yarn 2+ app removes from the cache folder the slug holds. */
import { describe, expect, it } from 'vitest';
import { unusedZips, zipsInLocations } from '../../src/nodejs/yarn-cache-prune.js';

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
