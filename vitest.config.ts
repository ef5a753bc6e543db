import { defineConfig } from 'vitest/config';

/** `import text from './x.sh'` gives the script's text, as esbuild's text loader does in scripts/build.mjs. */
const shAsText = {
  name: 'sh-as-text',
  transform(code: string, id: string) {
    if (!id.endsWith('.sh')) return null;
    return { code: `export default ${JSON.stringify(code)};`, map: null };
  },
};

/**
 * Two tiers (README "Running the tests"): `unit` needs no network and runs no real build
 * (`npm test`); `e2e` runs bin/* on the fixtures with real package managers, boots the
 * apps, and has the loopback Node.js distribution (`npm run test:e2e`).
 */
export default defineConfig({
  plugins: [shAsText],
  test: {
    // Compile tests run real npm installs against the registry.
    testTimeout: 240_000,
    hookTimeout: 240_000,
    // Two cores: keep heavy end-to-end files from starving each other.
    maxWorkers: 2,
    minWorkers: 1,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/e2e/**'] } },
      { extends: true, test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], globalSetup: ['test/support/e2e-setup.ts'] } },
    ],
  },
});
