/**
 * Log lines for the plan's decisions: the same values `bin/plan` prints, each with its
 * source, so a person reading the build log sees why.
 */
import { describeSource } from '../env/sourced.js';
import type { NodePlan } from './plan.js';

export function describeNodeVersion(plan: NodePlan): string {
  const req = plan.node.requested;
  return req.source.kind === 'default'
    ? `Resolving node version ${req.range} (default: no engines.node, .nvmrc or .node-version)… ${plan.node.version}. ` +
        `The default moves to a new line when one becomes LTS: set engines.node in package.json (e.g. "${plan.node.version.split('.')[0]}.x") to keep this one.`
    : `Resolving node version ${req.raw} (${describeSource(req.source)})… ${plan.node.version}`;
}

export function describePackageManager(plan: NodePlan, installedVersion: string): string[] {
  const pm = plan.packageManager;
  return [
    `Using ${pm.name} ${installedVersion} (${pm.why}; version: ${pm.version || pm.yarnPath ? pm.source : 'not pinned, the one installed with Node.js'})`,
    `Using ${plan.install.command.join(' ')} (${plan.install.why})`,
  ];
}

export function describeProcess(plan: NodePlan): string {
  const web = plan.processTypes.web;
  return web ? `web process: ${web} (${plan.processSource})` : 'no web process (see the warning above)';
}

/**
 * What a reused install (or its pruned result) put back: the paths restored, or, when the
 * previous build's install wrote none of its outputs (an app without dependencies), that
 * there was nothing to restore.
 */
export function describeRestoredInstall(
  r: { readonly paths: readonly string[]; readonly how: string; readonly outputs: readonly string[]; readonly pruned: boolean },
): string {
  if (r.paths.length > 0) return `Restored ${r.paths.join(', ')}${r.pruned ? ' (pruned)' : ''} from the build cache (${r.how}).`;
  const none = r.outputs.length > 0 ? `no ${r.outputs.join(', ')}: ` : '';
  return r.pruned
    ? `The previous prune left nothing to restore (${none}the app has no production dependencies).`
    : `The previous install left nothing to restore (${none}the app has no dependencies to install).`;
}
