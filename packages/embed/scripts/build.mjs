#!/usr/bin/env node
// Builds the standalone ESM bundles (React, the kit, the rules and zod inside; no
// bare imports left): dist/city-forms-embed.js (all three elements) and one file
// per form (dist/leave.js, dist/agenda.js, dist/document.js), plus chunks a
// bundle loads with import() (relative to itself) on first use: the seed cities'
// profiles, dist/chunks/<city>-<hash>.js, and English, dist/chunks/locale-en-<hash>.js.
//
// One Vite library build per entry, so no entry depends on another. The city
// chunks are pure data, identical from every build (same content, same hashed
// name), so the four builds share them. The English chunk calls the registration
// functions of the bundle that loads it, importing them back from it
// (`../leave.js`): one per bundle, and the bundle must be loaded by its own file
// name. A page serves dist/ as it is and uses one <script type="module"> tag.
//
// React 18.3 inside, not the workspace's React 19: the bundle carries its own
// React, invisible to the page, and react-dom 18.3 is ≈ 20 KB min+gzip smaller.
// The devDependencies `react-18` / `react-dom-18` (npm aliases of react@18.3.1 and
// react-dom@18.3.1) are what `react`, `react/jsx-runtime`, `react-dom` and
// `react-dom/client` resolve to here, for every importer (the embed, the kit,
// react-hook-form, Radix, and react-dom 18 itself, whose own peer link points at
// the workspace's React 19 and must not be followed).
//
// Production mode, minified. Written to a temporary folder, then swapped in, so
// a reader never sees a half-written dist.
//
// Besides the bundles, dist/lib/ holds the package's own entries for consumers
// with a bundler (`@city-forms/embed`, `/leave`, `/agenda`, `/document`,
// `/style-singleton` once packed: see publishConfig in package.json), built with
// tsdown: ESM per source module, .d.ts with declaration maps, source maps; React,
// the kit and the rules stay imports (the host's React). The kit's stylesheet,
// imported as `@city-forms/react/styles.css?inline` (a Vite idiom), is inlined
// there as a string module, so any bundler can consume dist/lib/.
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build as tsdown } from 'tsdown';
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

/** The package entries of the library build (dist/lib/<name>.js), by source. */
export const LIB_ENTRIES = ['src/index.ts', 'src/leave.ts', 'src/agenda.ts', 'src/document.ts', 'src/style-singleton.ts'];

/** Where the library build goes, under dist/. */
export const LIB_DIR = 'lib';

/** Where the city chunks go, under dist/. */
export const CHUNKS_DIR = 'chunks';

const require = createRequire(join(root, 'package.json'));
/** The React the bundles ship (see above): exact files of the `react-18` / `react-dom-18` aliases. */
export const REACT_VERSION = require('react-18/package.json').version;
const reactDir = dirname(require.resolve('react-18/package.json'));
const reactDomDir = dirname(require.resolve('react-dom-18/package.json'));
const REACT_ALIASES = [
  { find: /^react$/, replacement: join(reactDir, 'index.js') },
  { find: /^react\/jsx-runtime$/, replacement: join(reactDir, 'jsx-runtime.js') },
  { find: /^react-dom$/, replacement: join(reactDomDir, 'index.js') },
  { find: /^react-dom\/client$/, replacement: join(reactDomDir, 'client.js') },
];

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

/** `?inline` CSS (a Vite idiom) as a string module, for the library build. */
const inlined = new Map(); // virtual id → CSS file
const inlineCss = {
  name: 'city-forms:inline-css',
  resolveId: {
    order: 'pre',
    handler(id, importer) {
      if (!id.endsWith('.css?inline')) return null;
      const file = createRequire(importer ?? join(root, 'package.json')).resolve(id.slice(0, -'?inline'.length));
      // Not ending in .css (tsdown would take it for a stylesheet), no absolute path (it names the output file).
      const virtual = `\0inline-css-${basename(file, '.css')}.js`;
      inlined.set(virtual, file);
      return virtual;
    },
  },
  load(id) {
    const file = inlined.get(id);
    return file === undefined ? null : { code: `export default ${JSON.stringify(readFileSync(file, 'utf8'))};`, moduleType: 'js' };
  },
};

async function buildLib(outDir, quiet) {
  await tsdown({
    config: false,
    cwd: root,
    entry: LIB_ENTRIES,
    unbundle: true,
    root: 'src',
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    fixedExtension: false,
    outDir,
    clean: false,
    sourcemap: true,
    dts: { sourcemap: true },
    plugins: [inlineCss],
    logLevel: quiet ? 'error' : 'warn',
    report: false,
    checks: { pluginTimings: false },
  });
}

async function buildInto(tmp, quiet) {
  await buildLib(join(tmp, LIB_DIR), quiet);
  for (const [name, entry] of Object.entries(ENTRIES)) {
    await build({
      configFile: false,
      root,
      mode: 'production',
      logLevel: quiet ? 'error' : 'warn',
      plugins: [react()],
      resolve: {
        // Radix's scroll lock appends a <style> to <head>, which a strict style-src blocks: use adoptedStyleSheets.
        alias: [...REACT_ALIASES, { find: /^react-style-singleton$/, replacement: join(root, 'src/style-singleton.ts') }],
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
          output: {
            minify: true,
            comments: { legal: true, annotation: false, jsdoc: false },
            // What src/cities.ts and src/locales.ts load with import(): chunks/<city>-<hash>.js for
            // the seed cities' profiles, chunks/locale-<id>-<hash>.js for a locale; nothing else is split.
            chunkFileNames: (chunk) => `${CHUNKS_DIR}/${/[\\/]locales[\\/][^\\/]+$/.test(chunk.facadeModuleId ?? '') ? 'locale-' : ''}[name]-[hash].js`,
          },
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
  const dist = await buildAll();
  const chunks = existsSync(join(dist, CHUNKS_DIR)) ? readdirSync(join(dist, CHUNKS_DIR)) : [];
  const locales = chunks.filter((c) => c.startsWith('locale-')).length;
  console.log(
    `@city-forms/embed: built ${Object.keys(ENTRIES)
      .map((n) => `dist/${n}.js`)
      .join(
        ', ',
      )}, ${chunks.length - locales} city chunks and ${locales} locale chunks in dist/${CHUNKS_DIR}/ (React ${REACT_VERSION}), and the library entries in dist/${LIB_DIR}/ in ${((Date.now() - t) / 1000).toFixed(1)}s`,
  );
  if (!existsSync(join(root, 'dist', 'city-forms-embed.js')) || !existsSync(join(root, 'dist', LIB_DIR, 'index.js'))) process.exit(1);
}
