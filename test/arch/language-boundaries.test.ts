// Languages compose through the provider contract (src/providers/provider.ts): PHP gets
// its front-end build from Node.js as a PlannedBuildTool, asked for by id, so a third
// language can get the same without importing anything of src/nodejs, and no language's
// provider module loads another's.
import { describe, expect, it } from 'vitest';
import { fileOf, importGraph } from './import-graph.js';

const LANGUAGES = ['nodejs', 'php'] as const;

describe('language boundaries', () => {
  const files = importGraph(fileOf);
  const imports = (from: (f: string) => boolean, to: (f: string) => boolean) =>
    [...files].flatMap(([f, edges]) => (from(f) ? [...edges].filter(([t]) => to(t)).map(([, why]) => why) : []));

  it('the graph is read (a language folder imports its own files)', () => {
    expect(imports((f) => f.startsWith('php/'), (t) => t.startsWith('php/')).length).toBeGreaterThan(0);
  });

  it.each(LANGUAGES.flatMap((a) => LANGUAGES.filter((b) => b !== a).map((b) => [a, b] as const)))('src/%s imports nothing from src/%s', (a, b) => {
    expect(imports((f) => f.startsWith(`${a}/`), (t) => t.startsWith(`${b}/`))).toEqual([]);
  });

  it('a provider module imports no other provider module (the engine composes them)', () => {
    const provider = (f: string) => f.startsWith('providers/') && !['providers/index.ts', 'providers/provider.ts'].includes(f);
    expect(imports(provider, provider)).toEqual([]);
  });

  it('a language provider imports no other language folder', () => {
    for (const lang of LANGUAGES) {
      expect(imports((f) => f === `providers/${lang}.ts`, (t) => LANGUAGES.some((l) => l !== lang && t.startsWith(`${l}/`)))).toEqual([]);
    }
  });
});
