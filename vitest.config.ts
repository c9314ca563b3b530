import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Two files at a time on the 2-core machine: dbt (Python, mostly one thread) and Node keep about
    // one core busy each, so the suite takes 612 s instead of 1,090 s. Every file works in its own
    // folders, warehouses and PostgreSQL server; the demo edition is built once, before them all.
    fileParallelism: true,
    maxWorkers: 2,
    globalSetup: ['test/support/demo-edition-setup.ts'],
    testTimeout: 600_000,
    hookTimeout: 900_000,
    env: { TZ: 'America/El_Salvador' },
  },
});
