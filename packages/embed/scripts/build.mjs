#!/usr/bin/env node
// Builds the standalone ESM bundles (React, the kit, the rules and zod inside; no
// imports left): dist/city-forms-embed.js (all three elements) and one file per
// form (dist/leave.js, dist/agenda.js, dist/document.js). One Vite library build
// per file, so each file stands alone (no shared chunks). Production mode,
// minified. Written to a temporary folder, then swapped in, so a reader never
// sees a half-written dist.
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

// Vite and the React plugin take dev/prod from NODE_ENV when it is set (vitest sets
// 'test'): a bundle must never get the development JSX transform (jsxDEV).
process.env.NODE_ENV = 'production';

const root = fileURLToPath(new URL('..', import.meta.url));
export const ENTRIES = {
  'city-forms-embed': 'src/index.ts',
  leave: 'src/leave.ts',
  agenda: 'src/agenda.ts',
  document: 'src/document.ts',
};

export async function buildAll({ quiet = false } = {}) {
  const dist = join(root, 'dist');
  const tmp = join(root, `.dist-tmp-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  try {
    await buildInto(tmp, quiet);
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    throw err;
  }
  writeFileSync(join(tmp, '.build-stamp'), `${new Date().toISOString()}\n`);
  rmSync(dist, { recursive: true, force: true });
  renameSync(tmp, dist);
  return dist;
}

async function buildInto(tmp, quiet) {
  for (const [name, entry] of Object.entries(ENTRIES)) {
    await build({
      configFile: false,
      root,
      mode: 'production',
      logLevel: quiet ? 'error' : 'warn',
      plugins: [react()],
      resolve: {
        // Radix's scroll lock appends a <style> to <head>, which a strict style-src blocks: use adoptedStyleSheets.
        alias: [{ find: /^react-style-singleton$/, replacement: join(root, 'src/style-singleton.ts') }],
      },
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
      build: {
        outDir: tmp,
        emptyOutDir: false,
        copyPublicDir: false,
        target: 'es2020',
        minify: true,
        cssMinify: true,
        sourcemap: false,
        reportCompressedSize: false,
        lib: { entry: join(root, entry), formats: ['es'], fileName: () => `${name}.js` },
        rolldownOptions: {
          // Vite keeps whitespace in lib 'es' output (for re-bundlers); these files are final: minify fully.
          output: { minify: true, comments: { legal: true, annotation: false, jsdoc: false } },
          onwarn(warning, warn) {
            // Radix ships "use client" directives; meaningless in a bundle.
            if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
            warn(warning);
          },
        },
      },
    });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const t = Date.now();
  await buildAll();
  console.log(`@city-forms/embed: built ${Object.keys(ENTRIES).map((n) => `dist/${n}.js`).join(', ')} in ${((Date.now() - t) / 1000).toFixed(1)}s`);
  if (!existsSync(join(root, 'dist', 'city-forms-embed.js'))) process.exit(1);
}
