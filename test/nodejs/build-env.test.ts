import { describe, expect, it } from 'vitest';
import { nodeBuildEnv, toolGuards } from '../../src/nodejs/build-env.js';
import { planNodeBuild, type NodeAppFiles } from '../../src/nodejs/plan.js';
import { embeddedNodeTable } from '../../src/nodejs/node-table.js';
import { knobsFrom } from '../../src/env/config-vars.js';

const table = embeddedNodeTable();

function env(opts: { node?: string; vars?: Record<string, string>; platform?: Record<string, string> } = {}) {
  const files: NodeAppFiles = {
    packageJson: JSON.stringify({ engines: { node: opts.node ?? '24.x' } }),
    lockfiles: { 'package-lock.json': true }, serverJs: false, meteor: false,
  };
  const vars = opts.vars ?? {};
  const platformEnv = { PATH: '/usr/local/bin:/usr/bin:/bin', ...opts.platform };
  const plan = planNodeBuild(files, { stack: 'scalingo-26', table, configVars: vars, knobs: knobsFrom(vars, platformEnv) });
  return nodeBuildEnv({ plan, buildDir: '/b', npmCacheDir: '/c/npm', managerCacheDir: '/c/m', homeDir: '/tmp/h', configVars: vars, platformEnv, toolGuardDir: '/t/guards' });
}

describe('nodeBuildEnv', () => {
  it('PATH: the app node, node_modules/.bin, the guards, then the machine (never the machine node first)', () => {
    expect(env().PATH).toBe('/b/.scalingo/node/bin:/b/node_modules/.bin:/t/guards:/usr/local/bin:/usr/bin:/bin');
  });

  it('the guards fail loudly, naming the Node.js release', () => {
    const g = toolGuards();
    expect(Object.keys(g)).toEqual(['node', 'npm', 'npx']);
    expect(g.npx).toMatch(/^#!\/bin\/sh\n.*npx: not part of the Node.js installed in .scalingo\/node.*\nexit 127\n$/s);
  });

  it('NPM_CONFIG_* / npm_config_* of the build environment reach npm; config vars win', () => {
    const e = env({ platform: { NPM_CONFIG_REGISTRY: 'https://mirror/', npm_config_fund: 'false', NPM_CONFIG_LOGLEVEL: 'warn', OTHER: 'x' }, vars: { NPM_CONFIG_LOGLEVEL: 'verbose' } });
    expect(e).toMatchObject({ NPM_CONFIG_REGISTRY: 'https://mirror/', npm_config_fund: 'false', NPM_CONFIG_LOGLEVEL: 'verbose' });
    expect(e.OTHER).toBeUndefined();
  });

  it('npm_config_cache points into CACHE_DIR unless the app or the fleet chose one', () => {
    expect(env().npm_config_cache).toBe('/c/npm');
    const mine = env({ vars: { NPM_CONFIG_CACHE: '/tmp/mine' } });
    expect(mine.npm_config_cache).toBeUndefined();
    expect(mine.NPM_CONFIG_CACHE).toBe('/tmp/mine');
    expect(env({ platform: { npm_config_cache: '/fleet' } }).npm_config_cache).toBe('/fleet');
  });

  it('Node < 7.3 ignores NODE_EXTRA_CA_CERTS: npm gets the same CA as cafile', () => {
    expect(env({ node: '6.17.1', platform: { NODE_EXTRA_CA_CERTS: '/ca.pem' } }).npm_config_cafile).toBe('/ca.pem');
    expect(env({ node: '8.17.0', platform: { NODE_EXTRA_CA_CERTS: '/ca.pem' } }).npm_config_cafile).toBeUndefined();
    expect(env({ node: '6.17.1', platform: { NODE_EXTRA_CA_CERTS: '/ca.pem' }, vars: { NPM_CONFIG_CAFILE: '/mine.pem' } }).npm_config_cafile).toBeUndefined();
  });

  it('npm < 7 gets npm_config_unsafe_perm (lifecycle scripts run as root)', () => {
    expect(env({ node: '14.x' }).npm_config_unsafe_perm).toBe('true');
    expect(env({ node: '16.x' }).npm_config_unsafe_perm).toBeUndefined();
  });
});

describe('config vars withheld by the plan', () => {
  it('YARN_PRODUCTION never reaches a Yarn 2+ build; other config vars do', () => {
    const vars = { YARN_PRODUCTION: 'false', YARN_ENABLE_IMMUTABLE_INSTALLS: 'false', API_URL: 'x' };
    const files: NodeAppFiles = {
      packageJson: JSON.stringify({ packageManager: 'yarn@2.4.2' }), lockfiles: { 'yarn.lock': '__metadata:\n  version: 4\n' }, serverJs: false, meteor: false,
    };
    const plan = planNodeBuild(files, { stack: 'scalingo-26', table, configVars: vars, knobs: knobsFrom(vars, {}) });
    const e = nodeBuildEnv({ plan, buildDir: '/b', npmCacheDir: '/c/npm', managerCacheDir: '/c/m', homeDir: '/tmp/h', configVars: vars, platformEnv: {} });
    expect(e.YARN_PRODUCTION).toBeUndefined();
    expect(e.YARN_ENABLE_IMMUTABLE_INSTALLS).toBe('false');
    expect(e.API_URL).toBe('x');
  });
});
