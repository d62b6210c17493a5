import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API server (examples/server); `pnpm start` at the root serves the build from it.
const api = process.env['CITY_FORMS_API'] ?? 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react()],
  resolve: {
    dedupe: ['react', 'react-dom'],
    // The server's CSP has style-src 'self' (no 'unsafe-inline'). Radix's scroll lock
    // (react-remove-scroll-bar) would append a <style> element to <head> when the
    // check-your-answers dialog opens; the embed's stand-in adopts a constructable
    // stylesheet instead, which style-src does not govern.
    alias: { 'react-style-singleton': '@city-forms/embed/style-singleton' },
  },
  server: { host: '127.0.0.1', port: 5173, proxy: { '/api': { target: api } } },
  preview: { host: '127.0.0.1', port: 4173, proxy: { '/api': { target: api } } },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
});
