import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Component tests in happy-dom (fast). Real-browser tests: vitest.browser.config.ts.
export default defineConfig({
  plugins: [react()],
  test: {
    include: ['src/**/*.test.tsx', 'src/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/browser/**'],
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./test/setup.ts'],
  },
});
