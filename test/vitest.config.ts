import { defineConfig } from 'vitest/config';

// Browser acceptance tests: the portal build served by the real example server
// (one per test file, 127.0.0.1 port 0, temp data dir, clock at 2026-11-23), driven
// in Debian's Chromium with playwright-core. One file at a time: each launches a
// browser, and the machine is shared.
export default defineConfig({
  test: {
    include: ['acceptance/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['./support/global-setup.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 90_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
  },
});
