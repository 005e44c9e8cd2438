import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // CLI tests spawn whole processes that load models: generous on a busy 2-core machine
    testTimeout: 180_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
