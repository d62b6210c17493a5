import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Element tests in jsdom (custom elements, shadow roots, events), plus static
// checks of the built bundles (dist/ is built first by the global setup when
// missing or older than its sources). Real-browser and CSP tests live in
// examples/plain-html.
export default defineConfig({
  plugins: [react()],
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'jsdom',
    globals: true,
    globalSetup: ['./test/global-setup.ts'],
    // `?inline` CSS must be processed (not stubbed) so the shadow root gets the kit's styles.
    css: { include: [/.+/] },
    testTimeout: 20_000,
  },
});
