import { describe, expect, it } from 'vitest';
import { determineNodeRequest, resolveNode } from '../../src/nodejs/node-version.js';
import { embeddedNodeTable } from '../../src/nodejs/node-table.js';
import { parsePackageJson } from '../../src/nodejs/package-json.js';
import { BuildError } from '../../src/errors/build-error.js';
import { said } from '../support/said.js';

const table = embeddedNodeTable();
const pkg = (engines?: object) => parsePackageJson(JSON.stringify(engines ? { engines } : {}));

function resolve(range: string | undefined, opts = { allowWideRange: false }, files = {}) {
  const req = determineNodeRequest(pkg(range === undefined ? undefined : { node: range }), files, table);
  return resolveNode(req, table, opts);
}

describe('resolveNode', () => {
  it.each([
    [undefined, '24.18.0', []],
    ['24.x', '24.18.0', []],
    ['22.x', '22.23.1', []],
    ['v22', '22.23.1', []],
    ['^22.1.0', '22.23.1', []],
    ['26', '26.4.0', []],
    ['24.17.0', '24.17.0', []],
    ['~24.17', '24.17.0', []],
    ['>=22', '24.18.0', ['nodejs/wide-range-capped']],
    ['*', '24.18.0', ['nodejs/wide-range-capped']],
    ['latest', '24.18.0', ['nodejs/wide-range-capped']],
    ['22 - 26', '24.18.0', ['nodejs/wide-range-capped']],
    ['>=25', '26.4.0', ['nodejs/wide-range']],
    ['^20 || ^22', '22.23.1', ['nodejs/wide-range']],
    ['20.x', '20.20.2', ['nodejs/end-of-life']],
    ['25.x', '25.9.0', ['nodejs/end-of-life']],
    ['0.10.x', '0.10.48', ['nodejs/end-of-life']],
  ] as const)('engines.node %s → %s', (range, version, problemIds) => {
    const { node, problems } = resolve(range);
    expect(node.version).toBe(version);
    expect(problems.map((p) => p.id)).toEqual(problemIds);
    expect(node.checksum).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(node.url).toContain(`node-v${version}-linux-x64.tar.gz`);
  });

  it('NODEJS_ALLOW_WIDE_RANGE lifts the cap', () => {
    const { node, problems } = resolve('>=22', { allowWideRange: true });
    expect(node.version).toBe('26.4.0');
    expect(problems.map((p) => p.id)).toEqual(['nodejs/wide-range']);
  });

  it.each(['99.x', '>=27', '23.99'])('%s matches nothing → nodejs/unknown-version listing the lines', (range) => {
    const e = (() => {
      try {
        resolve(range);
      } catch (err) {
        return err as BuildError;
      }
    })();
    expect(e).toBeInstanceOf(BuildError);
    expect(e!.id).toBe('nodejs/unknown-version');
    expect(e!.body).toContain('24.x (LTS, up to 24.18.0)');
    expect(e!.body).toContain(range);
  });

  it.each(['lts', 'stable', '12.%', 'lts/*', 'abc'])('%s is unparsable → nodejs/invalid-version', (range) => {
    expect(() => resolve(range)).toThrowError(expect.objectContaining({ id: 'nodejs/invalid-version' }));
  });
});

describe('determineNodeRequest', () => {
  it('engines.node wins over .nvmrc and .node-version', () => {
    const r = determineNodeRequest(pkg({ node: '22.x' }), { nvmrc: '26', nodeVersion: '24' }, table);
    expect(said(r)).toEqual({ raw: '22.x', range: '22.x', source: 'engines.node in package.json' });
  });
  it('.nvmrc wins over .node-version, comments and blank lines ignored', () => {
    const r = determineNodeRequest(pkg(), { nvmrc: '\n# pinned\nv22.23.0\n', nodeVersion: '24' }, table);
    expect(said(r)).toEqual({ raw: 'v22.23.0', range: 'v22.23.0', source: '.nvmrc' });
    expect(resolveNode(r, table, { allowWideRange: false }).node.version).toBe('22.23.0');
  });
  it('.node-version when nothing else', () => {
    expect(said(determineNodeRequest(pkg(), { nodeVersion: '26.x\n' }, table)).source).toBe('.node-version');
  });
  it('default is the newest 24.x', () => {
    expect(said(determineNodeRequest(pkg(), {}, table))).toEqual({ range: '24.x', source: 'default' });
  });
  it('nvm alias "node" means latest, with the wide-range cap', () => {
    const r = determineNodeRequest(pkg(), { nvmrc: 'node' }, table);
    expect(resolveNode(r, table, { allowWideRange: false }).node.version).toBe('24.18.0');
  });
  it('engines.iojs is an error', () => {
    expect(() => determineNodeRequest(parsePackageJson('{"engines":{"iojs":"1.0"}}'), {}, table)).toThrowError(
      expect.objectContaining({ id: 'nodejs/iojs-unsupported' }),
    );
  });
});

describe('version table data', () => {
  it('has the documented newest versions per line', () => {
    const newest = (major: number) => table.releases.find((r) => r.version.startsWith(`${major}.`))?.version;
    expect([newest(22), newest(24), newest(26)]).toEqual(['22.23.1', '24.18.0', '26.4.0']);
  });
  it('is sorted newest first with unique versions', () => {
    const versions = table.releases.map((r) => r.version);
    expect(new Set(versions).size).toBe(versions.length);
    expect(versions[0]).toBe('26.4.0');
    expect(versions.at(-1)).toBe('0.8.6');
  });
});
