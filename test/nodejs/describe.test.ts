import { describe, expect, it } from 'vitest';
import { describeNodeVersion } from '../../src/nodejs/describe.js';
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
