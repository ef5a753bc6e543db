/**
 * The languages the engine builds, in detection order: the first provider whose
 * `detect` answers wins. PHP comes first: a PHP app with a package.json is a PHP app
 * that also gets a Node build (php.md §9). Adding a language is one entry here (and its
 * provider module); nothing else in the engine names a language.
 */
import type { AnyProvider, PlanInput, PlannedBuildTool, Provider } from './provider.js';
import { nodejsProvider } from './nodejs.js';
import { phpProvider } from './php.js';

const ORDERED = [phpProvider, nodejsProvider] as const;

export const PROVIDERS: readonly AnyProvider[] = ORDERED;

/** What detection answers: one provider's detection, or why none matched. */
export type Detection =
  | ((typeof ORDERED)[number] extends infer T ? (T extends Provider<infer D, infer _P> ? D : never) : never)
  | { readonly kind: 'none'; readonly reason: string };

/**
 * The languages as messages name them: alphabetically (the detection order is a
 * precedence, not something users need to read). Compared by code unit on purpose:
 * `localeCompare` loads ICU's collator, ~13 ms of every bin/detect start-up.
 */
export const PROVIDERS_BY_NAME: readonly AnyProvider[] = [...PROVIDERS].sort((a, b) =>
  byCodeUnit(a.name.toLowerCase(), b.name.toLowerCase()),
);

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}


/** The languages as the no-app-detected error names them, each with its manifest. */
export const LANGUAGES: readonly { readonly name: string; readonly manifest: string }[] =
  PROVIDERS_BY_NAME.map((p) => ({ name: p.name, manifest: p.signalFiles[0] }));

/**
 * Plans the language `id` as a build tool of another one's app (PlanInput.planBuildTool):
 * asked for by the app's planner, never by detection order.
 */
export async function planBuildTool(id: string, input: Omit<PlanInput, 'planBuildTool'>): Promise<PlannedBuildTool> {
  const tool = PROVIDERS.find((p) => p.id === id);
  if (!tool?.planAsBuildTool) throw new Error(`No language "${id}" can serve as a build tool (known: ${PROVIDERS.filter((p) => p.planAsBuildTool).map((p) => p.id).join(', ')})`);
  return tool.planAsBuildTool(input);
}
