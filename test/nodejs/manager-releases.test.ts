/** The Yarn/pnpm release tables: their shape, and the row each release gets. */
import { describe, expect, it } from 'vitest';
import semver from 'semver';
import rulesDoc from '../../data/manager-rules.json' with { type: 'json' };
import versionsDoc from '../../data/manager-versions.json' with { type: 'json' };
import { MANAGER_VERSIONS, releaseRules, releaseTraits, type ManagerKind } from '../../src/nodejs/manager-releases.js';

const KINDS: ManagerKind[] = ['yarn', 'yarnBerry', 'pnpm'];

describe('data/manager-rules.json', () => {
  it('every row has a valid range and says why', () => {
    for (const [kind, lists] of Object.entries(rulesDoc).filter(([k]) => k !== '$comment')) {
      for (const [list, rows] of Object.entries(lists as Record<string, unknown>)) {
        if (!Array.isArray(rows)) continue;
        for (const row of rows as Array<{ range: string; why: string }>) {
          expect(semver.validRange(row.range), `${kind}.${list} ${row.range}`).not.toBeNull();
          expect(row.why.length, `${kind}.${list} ${row.range}`).toBeGreaterThan(20);
        }
      }
    }
    expect(rulesDoc.pnpm.storePruneEveryBuilds).toBeGreaterThan(1);
  });
});

describe('data/manager-versions.json', () => {
  it('lists stable releases newest first, and every release is in exactly one traits run', () => {
    for (const kind of KINDS) {
      const list = MANAGER_VERSIONS[kind];
      expect(list.length).toBeGreaterThan(0);
      expect([...list].sort(semver.rcompare)).toEqual(list);
      const runs = (versionsDoc.traits as Record<string, Array<{ from: string; to: string; node: string }>>)[kind]!;
      for (const v of list) {
        const hits = runs.filter((r) => semver.gte(v, r.from) && semver.lte(v, r.to));
        expect(hits.length, `${kind} ${v}`).toBe(1);
        expect(semver.validRange(hits[0]!.node), `${kind} ${v} engines.node`).not.toBeNull();
      }
    }
  });
});

describe('releaseRules', () => {
  it.each([
    // Yarn 2.0/2.1 (and the 2.0 release candidates) stop on enableTelemetry; 2.2 has it.
    ['yarnBerry', '2.0.0-rc.27', { YARN_ENABLE_GLOBAL_CACHE: 'false', YARN_ENABLE_PROGRESS_BARS: 'false' }],
    ['yarnBerry', '2.1.1', { YARN_ENABLE_GLOBAL_CACHE: 'false', YARN_ENABLE_PROGRESS_BARS: 'false' }],
    ['yarnBerry', '2.2.0', { YARN_ENABLE_GLOBAL_CACHE: 'false', YARN_ENABLE_PROGRESS_BARS: 'false', YARN_ENABLE_TELEMETRY: '0' }],
    ['yarnBerry', '4.18.1', { YARN_ENABLE_GLOBAL_CACHE: 'false', YARN_ENABLE_PROGRESS_BARS: 'false', YARN_ENABLE_TELEMETRY: '0' }],
    ['yarn', '1.22.22', {}],
    ['pnpm', '10.34.9', {}],
    // pnpm 11 reads pnpm_config_* only.
    ['pnpm', '11.0.0', { pnpm_config_pm_on_fail: 'ignore' }],
  ] as const)('%s %s env', (kind, version, env) => {
    expect(releaseRules(kind, version).env).toEqual(env);
  });

  it('pnpm\'s own commands run in CI mode (no purge question without a TTY), in every release', () => {
    for (const v of ['7.0.0', '8.15.5', '10.34.9', '12.21.0']) expect(releaseRules('pnpm', v).commandEnv).toEqual({ CI: 'true' });
    expect(releaseRules('yarnBerry', '4.18.1').commandEnv).toEqual({});
  });

  it.each([
    ['7.33.7', ['prune', '--prod'], true, 'bin/pnpm.cjs', undefined],
    ['8.15.5', ['prune', '--prod'], true, 'bin/pnpm.cjs', undefined],
    ['8.15.6', ['prune', '--prod', '--ignore-scripts'], false, 'bin/pnpm.cjs', undefined],
    ['10.34.9', ['prune', '--prod', '--ignore-scripts'], false, 'bin/pnpm.cjs', undefined],
    ['11.28.11', ['prune', '--prod', '--ignore-scripts'], false, 'bin/pnpm.mjs', undefined],
    ['12.21.0', ['prune', '--prod', '--ignore-scripts'], false, 'pnpm', '@pnpm/exe'],
  ] as const)('pnpm %s: prune %j, entry %s', (version, args, runsScripts, bin, native) => {
    const r = releaseRules('pnpm', version);
    expect(r.prune).toEqual({ args, runsLifecycleScripts: runsScripts });
    expect(r.bin?.pnpm).toBe(bin);
    expect(r.native).toBe(native);
  });

  it('pnpm 12 needs no --prod=false (12.0.0 rejects it; 12 ignores NODE_ENV)', () => {
    expect(releaseRules('pnpm', '11.28.11').install).toEqual(['install', '--frozen-lockfile', '--prod=false']);
    expect(releaseRules('pnpm', '12.0.0').install).toEqual(['install', '--frozen-lockfile']);
  });

  it('workspace-tools is built into Yarn 4 only', () => {
    expect(releaseRules('yarnBerry', '2.4.3').workspaceToolsBuiltIn).toBe(false);
    expect(releaseRules('yarnBerry', '3.8.7').workspaceToolsBuiltIn).toBe(false);
    expect(releaseRules('yarnBerry', '4.0.0').workspaceToolsBuiltIn).toBe(true);
    // Yarn 3 (not 2, whose plugin needs tslib) can load the command from the registry package.
    expect(releaseRules('yarnBerry', '2.4.3').workspaceToolsFromRegistry).toBeUndefined();
    expect(releaseRules('yarnBerry', '3.0.2').workspaceToolsFromRegistry).toEqual({ name: '@yarnpkg/plugin-workspace-tools', version: '3.1.4' });
    expect(releaseRules('yarnBerry', '4.0.0').workspaceToolsFromRegistry).toBeUndefined();
  });

  it('engines.node comes from the registry per release; unknown releases run anywhere', () => {
    expect(releaseTraits('pnpm', '11.0.0').node).toBe('>=22.13');
    expect(releaseTraits('pnpm', '9.15.9').node).toBe('>=18.12');
    expect(releaseTraits('yarnBerry', '2.0.0-rc.27').node).toBe('*');
  });
});
