import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The portal's own logic (API client, city switcher, submit flow) in jsdom with a fake fetch.
export default defineConfig({
  plugins: [react()],
  resolve: { dedupe: ['react', 'react-dom'] },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'jsdom',
    testTimeout: 20_000,
  },
});
