// One Vite (8, rolldown) build configuration shared by every entry: production mode,
// NODE_ENV=production, minified JS and CSS, tree-shaken, one file per entry.
import { basename, extname, join } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

const REACT_EXTERNAL = [/^react(\/.*)?$/, /^react-dom(\/.*)?$/, /^scheduler(\/.*)?$/];

const silence = (warning, warn) => {
  // "use client" directives (Radix, antd) and eval in third-party code are not ours to fix.
  if (warning.code === 'MODULE_LEVEL_DIRECTIVE' || warning.code === 'EVAL') return;
  warn(warning);
};

function base(root) {
  return {
    configFile: false,
    root,
    mode: 'production',
    logLevel: 'error',
    plugins: [react()],
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    resolve: { dedupe: ['react', 'react-dom'] },
  };
}

/**
 * Size build: a library build (ES module) of one entry with react, react-dom and
 * scheduler external; everything else bundled into one file (dynamic imports inlined).
 */
export async function buildSizeEntry({ root, entry, outDir, externalReact = true }) {
  const name = basename(entry, extname(entry));
  await build({
    ...base(root),
    build: {
      outDir,
      emptyOutDir: true,
      copyPublicDir: false,
      target: 'es2020',
      minify: true,
      cssMinify: true,
      cssCodeSplit: false,
      sourcemap: false,
      reportCompressedSize: false,
      lib: { entry, formats: ['es'], fileName: () => `${name}.js`, cssFileName: name },
      rolldownOptions: {
        external: externalReact ? REACT_EXTERNAL : [],
        // Vite keeps whitespace in library 'es' output (meant for re-bundlers): minify fully, as an app build would.
        output: { minify: true, codeSplitting: false, comments: { legal: false, annotation: false, jsdoc: false } },
        onwarn: silence,
      },
    },
  });
}

/**
 * Typing pages: an app build (React bundled) of several HTML pages. React DOM is the
 * profiling build so that <Profiler onRender> reports commits in production.
 */
export async function buildPages({ root, inputs, outDir }) {
  await build({
    ...base(root),
    base: './',
    resolve: {
      dedupe: ['react', 'react-dom'],
      alias: [{ find: /^react-dom\/client$/, replacement: 'react-dom/profiling' }],
    },
    build: {
      outDir,
      emptyOutDir: true,
      copyPublicDir: false,
      target: 'es2020',
      minify: true,
      cssMinify: true,
      sourcemap: false,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 100000,
      rolldownOptions: { input: inputs, onwarn: silence },
    },
  });
}

/**
 * The Node validation worker, bundled to plain JS (no TS loader in the timed process:
 * tsx's keepNames helpers would wrap every closure of the measured code). The kit's
 * sources are bundled; zod, valibot and ajv stay in node_modules (one zod instance).
 */
export async function buildNodeWorker({ root, entry, outDir }) {
  await build({
    configFile: false,
    root,
    mode: 'production',
    logLevel: 'error',
    ssr: { noExternal: [/^@city-forms\//], external: ['zod', 'valibot', 'ajv', 'ajv-formats'] },
    build: {
      ssr: entry,
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      // The map is only read by the profile summary (function → source file).
      sourcemap: true,
      reportCompressedSize: false,
      rolldownOptions: { output: { entryFileNames: 'worker.mjs', codeSplitting: false } },
    },
  });
  return join(outDir, 'worker.mjs');
}
