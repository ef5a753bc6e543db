/**
 * Node.js as a provider (nodejs.md). Detection rules live here; the planner and the
 * executor load on demand.
 */
import type { NodeTable } from '../nodejs/node-table.js';
import type { NodePlan } from '../nodejs/plan.js';
import type { PlanInput, PlannedBuildTool, Provider } from './provider.js';
import { SLUG } from '../layout/layout.js';

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

/** Where npm, Yarn and pnpm write in the app (as an app, and as another's build tool). */
const NODE_ENGINE_DIRS = ['node_modules', '.yarn/cache', '.yarn/unplugged'] as const;

const nodeTable = async (): Promise<NodeTable> => (await import('../nodejs/node-table.js')).embeddedNodeTable();

async function planNode({ fs, stack, configVars, knobs }: Omit<PlanInput, 'planBuildTool'>, role: 'app' | 'build-tool') {
  const [{ planNodeBuild, readNodeApp }, table] = await Promise.all([import('../nodejs/plan.js'), nodeTable()]);
  return { plan: planNodeBuild(await readNodeApp(fs), { stack, table, configVars, knobs, role }), table };
}

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

  async plan(_detection, input) {
    const { plan, table } = await planNode(input, 'app');
    return { plan, table, engineDirs: NODE_ENGINE_DIRS };
  },

  // Another language's assets (php.md §9): the same install and build as an app's, without
  // what only serves a Node.js app (process types, WEB_CONCURRENCY, the export file).
  async planAsBuildTool(input): Promise<PlannedBuildTool> {
    const [{ plan, table }, { planToJson }] = await Promise.all([planNode(input, 'build-tool'), import('../nodejs/plan-json.js')]);
    return {
      id: 'nodejs',
      name: 'Node.js',
      versions: plan.versions,
      warnings: plan.warnings,
      engineDirs: NODE_ENGINE_DIRS,
      pathEntries: [`${SLUG.nodeHome}/bin`, 'node_modules/.bin'],
      description: planToJson(plan),
      async compile(ci) {
        const { compileNode } = await import('../nodejs/compile.js');
        await compileNode(plan, { ...ci, table, role: 'build-tool' });
      },
    };
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
