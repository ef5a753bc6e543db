/** PlanInput.planBuildTool as the engine gives it, for tests that call a language's planner directly. */
import type { AppFs } from '../../src/fs/app-fs.js';
import type { ConfigVars, Knobs } from '../../src/env/config-vars.js';
import { planBuildTool } from '../../src/providers/index.js';
import type { PlanBuildTool } from '../../src/providers/provider.js';

export function buildToolPlanner(fs: AppFs, configVars: ConfigVars, knobs: Knobs, stack = 'scalingo-26'): PlanBuildTool {
  return (id) => planBuildTool(id, { fs, configVars, knobs, stack, mode: 'plan' });
}
