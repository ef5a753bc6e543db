import { defineConfig } from 'vitest/config';

/** `import text from './x.sh'` gives the script's text, as esbuild's text loader does in scripts/build.mjs. */
const shAsText = {
  name: 'sh-as-text',
  transform(code: string, id: string) {
    if (!id.endsWith('.sh')) return null;
    return { code: `export default ${JSON.stringify(code)};`, map: null };
  },
};

export default defineConfig({
  plugins: [shAsText],
  test: {
    include: ['test/**/*.test.ts'],
    // Compile tests run real npm installs against the registry.
    testTimeout: 240_000,
    hookTimeout: 240_000,
    // Two cores: keep heavy end-to-end files from starving each other.
    maxWorkers: 2,
    minWorkers: 1,
  },
});
