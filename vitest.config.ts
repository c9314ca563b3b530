import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The end-to-end suites each run dbt; on a 2-core machine they run one file at a time.
    fileParallelism: false,
    globalSetup: ['test/support/demo-edition-setup.ts'],
    testTimeout: 600_000,
    hookTimeout: 900_000,
    env: { TZ: 'America/El_Salvador' },
  },
});
