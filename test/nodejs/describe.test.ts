import { describe, expect, it } from 'vitest';
import { describeNodeVersion, describeRestoredInstall } from '../../src/nodejs/describe.js';
import { defaultSource, fileSource } from '../../src/env/sourced.js';
import type { NodePlan } from '../../src/nodejs/plan.js';

const planWith = (requested: object, version: string) => ({ node: { requested, version } }) as unknown as NodePlan;

describe('the Node.js version line of the build log', () => {
  it('a default version says how to pin it, with the line it resolved to', () => {
    const line = describeNodeVersion(planWith({ range: '24.x', source: defaultSource('default') }, '24.18.0'));
    expect(line).toContain('(default: no engines.node, .nvmrc or .node-version)… 24.18.0');
    expect(line).toContain('set engines.node in package.json (e.g. "24.x") to keep this one');
  });
  it('a requested version names where it came from and gives no pinning advice', () => {
    const line = describeNodeVersion(planWith({ raw: '22.x', range: '22.x', source: fileSource('package.json', 'engines.node') }, '22.23.1'));
    expect(line).toBe('Resolving node version 22.x (engines.node in package.json)… 22.23.1');
  });
});

describe('the line of a reused install', () => {
  it.each<[string, Parameters<typeof describeRestoredInstall>[0], string]>([
    ['what was restored', { paths: ['node_modules', 'web/node_modules'], how: 'hard-linked, manifest checked', outputs: ['node_modules', 'web/node_modules'], pruned: false },
      'Restored node_modules, web/node_modules from the build cache (hard-linked, manifest checked).'],
    ['a pruned tree', { paths: ['node_modules'], how: 'copied, manifest checked', outputs: ['node_modules'], pruned: true },
      'Restored node_modules (pruned) from the build cache (copied, manifest checked).'],
    ['an install that wrote nothing (no dependencies)', { paths: [], how: 'hard-linked, manifest checked', outputs: ['node_modules'], pruned: false },
      'The previous install left nothing to restore (no node_modules: the app has no dependencies to install).'],
    ['a prune that left nothing', { paths: [], how: 'hard-linked, manifest checked', outputs: ['node_modules'], pruned: true },
      'The previous prune left nothing to restore (no node_modules: the app has no production dependencies).'],
  ])('%s', (_name, restored, line) => {
    expect(describeRestoredInstall(restored)).toBe(line);
    expect(describeRestoredInstall(restored)).not.toMatch(/Restored {2}|Restored \(/);
  });
});
