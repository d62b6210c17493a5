import { defineConfig } from 'tsdown';

/**
 * The published build (`pnpm build` → dist/): ESM, one output file per source
 * module (unbundle), so dist/ mirrors src/ and `sideEffects` names real files;
 * `.d.ts` with declaration maps and source maps beside each file. The workspace
 * itself never reads dist/ (its `exports` point at src/; `publishConfig` swaps in
 * the dist paths when the package is packed).
 *
 * `#object` stays a bare import, resolved by the package's `imports` map at the
 * consumer: Node gets dist/forms/object.node.js (zod's compiled parser), browsers
 * dist/forms/object.js (zod/mini's interpreter). Both are built as entries.
 */
export default defineConfig({
  entry: [
    'src/index.ts',
    'src/core.ts',
    'src/forms/leave.ts',
    'src/forms/agenda.ts',
    'src/forms/document.ts',
    'src/forms/leave-return.ts',
    'src/layout/*.ts',
    'src/forms/object.ts',
    'src/forms/object.node.ts',
    'src/cities/*.ts',
    'src/fixtures/index.ts',
    'src/calendar/index.ts',
    'src/locales/with-en.ts',
    'src/locales/en.ts',
    'src/cli.ts',
    '!src/**/*.test.ts',
  ],
  unbundle: true,
  root: 'src',
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  fixedExtension: false,
  sourcemap: true,
  dts: { sourcemap: true },
  deps: { neverBundle: [/^#object$/, /^node:/] },
  // The CLI runs with plain `node` from the bin (publishConfig.bin → dist/cli.js).
  outputOptions: { banner: (chunk) => (chunk.fileName === 'cli.js' ? '#!/usr/bin/env node' : '') },
  report: false,
  checks: { pluginTimings: false },
});
