import { defineConfig } from 'vitest/config';

// Real-browser tests (Chromium through playwright-core) of the plain HTML page
// under a strict CSP. The global setup builds the embed's dist/ when missing or
// stale, so a fresh clone's `pnpm test` works.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    globals: true,
    globalSetup: ['./test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One browser at a time on small machines.
    fileParallelism: false,
  },
});
