import { defineConfig } from 'vitest/config';

export default defineConfig({
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
