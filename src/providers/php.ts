/**
 * PHP as a provider (php.md). Detection rules live here; the planner, the stores and
 * the executor load on demand.
 */
import type { PhpPlan } from '../php/plan.js';
import type { PhpStores } from '../php/stores.js';
import type { Provider } from './provider.js';

export interface PhpDetection {
  readonly kind: 'php';
  readonly label: string;
  readonly signal: string;
  /**
   * The languages its build uses as tools, by provider id: 'nodejs' with a package.json
   * (php.md §9: "PHP, with Node.js as a build tool" for its front-end assets).
   */
  readonly buildTools: readonly string[];
}

export interface PhpPlanned {
  readonly plan: PhpPlan;
  readonly stores: PhpStores;
  readonly engineDirs: readonly string[];
}

export const phpProvider: Provider<PhpDetection, PhpPlanned> = {
  id: 'php',
  name: 'PHP',
  signalFiles: ['composer.json', 'composer.lock', 'index.php'],

  async detect(fs) {
    const [pkg, lock, composer, index] = await Promise.all([
      fs.exists('package.json'), fs.exists('composer.lock'), fs.exists('composer.json'), fs.exists('index.php'),
    ]);
    const buildTools = pkg ? ['nodejs'] : [];
    // php.md §1: the label says whether Composer is involved; a lone composer.lock is
    // detected (the platform docs promise it) and compile explains what is missing.
    if (composer) return { kind: 'php', label: 'PHP (composer.json)', signal: 'composer.json', buildTools };
    if (lock) return { kind: 'php', label: 'PHP (classic)', signal: 'composer.lock', buildTools };
    if (index) return { kind: 'php', label: 'PHP (classic)', signal: 'index.php', buildTools };
    return undefined;
  },

  async plan(_detection, { fs, stack, configVars, knobs, mode, planBuildTool }) {
    const [{ planPhpBuild }, { loadPhpStores, requireStores }] = await Promise.all([import('../php/plan.js'), import('../php/stores.js')]);
    if (mode === 'compile') requireStores(knobs);
    const stores = await loadPhpStores(knobs, stack, mode);
    const plan = await planPhpBuild(fs, { stack, configVars, knobs, catalogs: stores.catalogs, planBuildTool });
    return {
      plan, stores,
      engineDirs: [...(plan.assetBuild?.engineDirs ?? []), ...(plan.composer !== undefined ? ['vendor'] : [])],
    };
  },

  async describe({ plan, stores }, problems) {
    return (await import('../php/describe.js')).phpPlanToJson(plan, problems, stores);
  },

  async compile({ plan, stores }, input) {
    const { compilePhp } = await import('../php/compile.js');
    await compilePhp(plan, {
      buildDir: input.buildDir, cacheDir: input.cacheDir, tmpDir: input.tmpDir, stores,
      configVars: input.configVars, platformEnv: input.platformEnv, log: input.log, cacheWrites: input.cacheWrites, root: input.root,
    });
    return plan.processTypes;
  },

  async legacyProcessTypes(fs) {
    const { BOOT_SCRIPT, DEFAULT_WEB_COMMAND } = await import('../php/plan.js');
    return (await fs.exists(BOOT_SCRIPT)) ? { web: DEFAULT_WEB_COMMAND } : undefined;
  },
};
