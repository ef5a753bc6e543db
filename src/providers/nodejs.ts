/**
 * Node.js as a provider (nodejs.md). Detection rules live here; the planner and the
 * executor load on demand.
 */
import type { NodeTable } from '../nodejs/node-table.js';
import type { NodePlan } from '../nodejs/plan.js';
import type { Provider } from './provider.js';

export interface NodeDetection {
  readonly kind: 'nodejs';
  readonly label: string;
  readonly meteor: boolean;
}

export interface NodePlanned {
  readonly plan: NodePlan;
  readonly table: NodeTable;
  readonly engineDirs: readonly string[];
}

/** Where npm, Yarn and pnpm write in the app: also replaced for a PHP app's Node build. */
export const NODE_ENGINE_DIRS = ['node_modules', '.yarn/cache', '.yarn/unplugged'] as const;

export const nodeTable = async (): Promise<NodeTable> => (await import('../nodejs/node-table.js')).embeddedNodeTable();

export const nodejsProvider: Provider<NodeDetection, NodePlanned> = {
  id: 'nodejs',
  name: 'Node.js',
  signalFiles: ['package.json'],

  async detect(fs) {
    const [pkg, meteor] = await Promise.all([fs.exists('package.json'), fs.isDirectory('.meteor')]);
    if (meteor) return { kind: 'nodejs', label: 'Node.js (Meteor)', meteor: true };
    if (pkg) return { kind: 'nodejs', label: 'Node.js', meteor: false };
    return undefined;
  },

  async plan(_detection, { fs, stack, configVars, knobs }) {
    const [{ planNodeBuild, readNodeApp }, table] = await Promise.all([import('../nodejs/plan.js'), nodeTable()]);
    const plan = planNodeBuild(await readNodeApp(fs), { stack, table, configVars, knobs });
    return { plan, table, engineDirs: NODE_ENGINE_DIRS };
  },

  async describe({ plan }, problems) {
    return (await import('../nodejs/plan-json.js')).planToJson(plan, problems);
  },

  async compile({ plan, table }, input) {
    const { compileNode } = await import('../nodejs/compile.js');
    // compileNode reports the process types of the built tree (a build step may write server.js).
    return compileNode(plan, {
      buildDir: input.buildDir, cacheDir: input.cacheDir, tmpDir: input.tmpDir, table,
      configVars: input.configVars, platformEnv: input.platformEnv, log: input.log, cacheWrites: input.cacheWrites,
    });
  },

  async legacyProcessTypes(fs) {
    const pkgText = await fs.readText('package.json');
    if (pkgText !== undefined) {
      const { parsePackageJson } = await import('../nodejs/package-json.js');
      if (parsePackageJson(pkgText).scripts.start?.trim()) return { web: 'npm start' };
    }
    if (await fs.exists('server.js')) return { web: 'node server.js' };
    return undefined;
  },
};
