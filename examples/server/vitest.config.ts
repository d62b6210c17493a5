import { defineConfig } from 'vitest/config';

// Server tests: a real server listening on 127.0.0.1 (port 0) with a temp data dir.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // The load test samples the heap after a forced GC.
    execArgv: ['--expose-gc'],
  },
});
