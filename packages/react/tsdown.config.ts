import { defineConfig } from 'tsdown';

/** Entry files that render React (client components): their built files start with `'use client'`. */
const CLIENT_ENTRIES = new Set(['index.js', 'forms/LeaveForm.js', 'forms/AgendaForm.js', 'forms/DocumentSheet.js', 'sheet/index.js']);

/**
 * The published build (`pnpm build` → dist/): ESM, one output file per source
 * module (unbundle), `.d.ts` with declaration maps, source maps, and the kit's
 * stylesheet as dist/styles.css. React, react-hook-form, Radix and
 * `@city-forms/rules` stay imports (peers / dependency), resolved by the consumer.
 *
 * The component entries (`.`, `./leave`, `./agenda`, `./document`, `./sheet`) begin with a
 * `'use client'` directive so a Next.js App Router server component can render
 * them; `./i18n` and `./locales/*` are plain data and functions, usable on either
 * side, and carry none. The workspace never reads dist/ (see publishConfig).
 */
export default defineConfig({
  entry: [
    'src/index.ts',
    'src/forms/LeaveForm.tsx',
    'src/forms/AgendaForm.tsx',
    'src/forms/DocumentSheet.tsx',
    'src/sheet/index.ts',
    'src/locales/en.ts',
    'src/locales/en-data.ts',
    'src/i18n.ts',
  ],
  unbundle: true,
  root: 'src',
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  fixedExtension: false,
  sourcemap: true,
  dts: { sourcemap: true },
  copy: [{ from: 'src/styles.css', to: 'dist' }],
  outputOptions: { banner: (chunk) => (CLIENT_ENTRIES.has(chunk.fileName) ? "'use client';" : '') },
  report: false,
  checks: { pluginTimings: false },
});
