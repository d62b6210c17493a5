import { defineConfig } from 'vitest/config';

// Consumer tests: the packages as a user installs them. The global setup builds
// and packs the three packages once; each test file installs the tarballs into
// throwaway projects outside the workspace (support/project.ts) and runs real
// tools there (node, the CLI, tsc, attw, publint, and the host apps' builds).
export default defineConfig({
  test: {
    include: ['*.test.ts'],
    environment: 'node',
    globalSetup: ['./support/global-setup.ts'],
    // Installs and builds are heavy on a shared 2-core machine: one file at a time.
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 120_000,
    hookTimeout: 300_000,
    teardownTimeout: 60_000,
  },
});
