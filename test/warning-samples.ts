/**
 * Warnings as the planner and the engine give them, for the snapshot test of their texts
 * (test/errors.test.ts): each produced by the code that gives it, from a small app.
 */
import type { Problem } from '../src/errors/build-error.js';
import { planNodeBuild, type NodeAppFiles } from '../src/nodejs/plan.js';
import { embeddedNodeTable } from '../src/nodejs/node-table.js';
import { knobsFrom } from '../src/env/config-vars.js';
import { installFileReplaced } from '../src/fs/app-tree.js';

const berry = { 'yarn.lock': '__metadata:\n  version: 8\n' };

function warningOf(id: string, pkg: object, files: Partial<NodeAppFiles> = {}, vars: Record<string, string> = {}): Problem {
  const plan = planNodeBuild(
    { packageJson: JSON.stringify(pkg), lockfiles: { 'package-lock.json': true }, serverJs: false, meteor: false, ...files },
    { stack: 'scalingo-26', table: embeddedNodeTable(), configVars: vars, knobs: knobsFrom(vars, {}) },
  );
  const found = plan.warnings.find((w) => w.id === id);
  if (!found) throw new Error(`no ${id} warning in ${JSON.stringify(plan.warnings.map((w) => w.id))}`);
  return found;
}

export const warningSamples: Problem[] = [
  warningOf('nodejs/yarn-production-ignored', { packageManager: 'yarn@2.4.2' }, { lockfiles: berry }, { YARN_PRODUCTION: 'false' }),
  warningOf('nodejs/package-manager-ignored-for-yarn-path', { packageManager: 'yarn@3.1.1' }, {
    lockfiles: berry, yarnrc: 'yarnPath: .yarn/releases/yarn-3.2.0.cjs\n', yarnPathExists: true,
  }),
  warningOf('nodejs/heroku-script-not-run', { scripts: { 'heroku-postbuild': 'ng build', build: 'ng build --dev' } }),
  warningOf('nodejs/no-web-process', { main: 'index.ts', scripts: { 'start:dev': 'nest start --watch', 'start:prod': 'node dist/main' } }),
  installFileReplaced('.pnp.cjs', 'a symbolic link (to "/etc/passwd")'),
  warningOf('nodejs/config-file-not-read', { packageManager: 'yarn@4.5.0' }, { lockfiles: berry, configFiles: ['.npmrc', '.yarnrc'] }),
];
