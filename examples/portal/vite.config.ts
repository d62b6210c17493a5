import react from '@vitejs/plugin-react';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

// The API server (examples/server); `pnpm start` at the root serves the build from it.
const api = process.env['CITY_FORMS_API'] ?? 'http://127.0.0.1:8080';

/** Files worth compressing: text (the images are SVG only). */
const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|txt|map)$/;

/**
 * Writes `<file>.br` (brotli, quality 11) and `<file>.gz` (gzip, level 9) next to
 * every text file of the build (scripts, stylesheets, index.html), when smaller, so
 * the server sends them as they are (`@fastify/static` with `preCompressed`)
 * instead of compressing on each request or not at all. node:zlib only; after a
 * successful write (a failed build compresses nothing).
 */
function precompress(): Plugin {
  return {
    name: 'city-forms:precompress',
    apply: 'build',
    writeBundle(options, bundle) {
      const dir = options.dir ?? 'dist';
      for (const name of Object.keys(bundle).filter((f) => COMPRESSIBLE.test(f))) {
        const file = join(dir, name);
        const raw = readFileSync(file);
        const br = brotliCompressSync(raw, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: 11,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
          },
        });
        const gz = gzipSync(raw, { level: 9 });
        if (br.length < raw.length) writeFileSync(`${file}.br`, br);
        if (gz.length < raw.length) writeFileSync(`${file}.gz`, gz);
      }
    },
  };
}

export default defineConfig({
  plugins: [react(), precompress()],
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
