import { defineConfig } from 'vitest/config';
import SlowSuitesFirst from './test/support/slow-suites-first.js';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Two files at a time on the 2-core machine: dbt (Python, mostly one thread) and Node keep about
    // one core busy each, so the suite takes 612 s instead of 1,090 s. Every file works in its own
    // folders, warehouses and PostgreSQL server; the demo edition and the base warehouse that suites
    // copy are built once, before them all; the slow suites start first (slow-suites-first.ts).
    fileParallelism: true,
    maxWorkers: 2,
    globalSetup: ['test/support/demo-edition-setup.ts'],
    sequence: { sequencer: SlowSuitesFirst },
    // Each worker runs its files in one process, without reloading every module per file (imports took
    // 56 s of the suite's time, 17 s this way): a suite restores what it changes in process.env and
    // its mocks, closes what it opens, and keeps its state in its own folders.
    isolate: false,
    testTimeout: 600_000,
    hookTimeout: 900_000,
    env: { TZ: 'America/El_Salvador' },
  },
});
