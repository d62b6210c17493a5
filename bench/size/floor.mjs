#!/usr/bin/env node
// The floor under the 45 KB one-form target (a report, not a budget: the budgets
// are size-limit's, in .size-limit.js and packages/embed/.size-limit.json, run by
// `pnpm test`). Builds each form as a portal ships it with Vite — production,
// minified, tree-shaken, with react-hook-form, zod, Radix and the kit bundled in,
// only react/react-dom left out — and prints the min+gzip size against the 45 KB
// target, then builds the same way, and prints, what any form is up against: the libraries the kit
// uses (react-hook-form + @hookform/resolvers + @radix-ui/react-dialog, only the
// imports the kit makes) and the rules one leave form for 抚顺 needs
// (@city-forms/rules/core + the leave module + the fushun profile: zod/mini,
// engine, calendar, zh-CN messages, national + city profile).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const TARGET_KB = 45;
// bench/ depends on @city-forms/react and @city-forms/rules: the entries resolve from here.
const root = fileURLToPath(new URL('..', import.meta.url));
// One form and one city's profile, as a portal for 抚顺 ships it (the city is a
// profile object, so the other four cities are not bundled).
const city = "import { fushun } from '@city-forms/rules/cities/fushun'; export { fushun };";
const forms = {
  leave: `import { LeaveForm } from '@city-forms/react/leave'; export default LeaveForm; ${city}`,
  agenda: `import { AgendaForm } from '@city-forms/react/agenda'; export default AgendaForm; ${city}`,
  document: `import { DocumentSheet } from '@city-forms/react/document'; export default DocumentSheet; ${city}`,
};
// The floors (reported, not budgeted): what any form of this kit carries before its own UI.
const floors = {
  'libraries (react-hook-form, resolver, Radix dialog)':
    "export { FormProvider, get, useController, useFieldArray, useForm, useFormContext, useFormState, useWatch } from 'react-hook-form'; export { zodResolver } from '@hookform/resolvers/zod'; export * as Dialog from '@radix-ui/react-dialog';",
  'rules for the leave form and one city (core, leave module, fushun)':
    "export { createSchemaWith, emptyDataOf, fieldAppliesIn, resolveCity, validateWith } from '@city-forms/rules/core'; export { leaveForm } from '@city-forms/rules/forms/leave'; " +
    city,
};
floors['both in one build (a leave form before any UI code of its own)'] = Object.values(floors).join(' ');

const tmp = mkdtempSync(join(tmpdir(), 'cf-size-'));
const rows = [];
const floorRows = [];

async function measure(name, source) {
  const entry = join(root, `.size-${name}.mjs`);
  writeFileSync(entry, `${source}\n`);
  try {
    await build({
      root,
      logLevel: 'error',
      configFile: false,
      mode: 'production',
      define: { 'process.env.NODE_ENV': '"production"' },
      build: {
        outDir: join(tmp, name),
        emptyOutDir: true,
        minify: true,
        lib: { entry, formats: ['es'], fileName: () => `${name}.js` },
        // Vite keeps whitespace in library output (meant for re-bundlers): minify fully, as an app build would.
        rolldownOptions: {
          external: [/^react($|\/)/, /^react-dom($|\/)/, /^scheduler($|\/)/],
          output: { minify: true, codeSplitting: false, comments: { legal: false, annotation: false, jsdoc: false } },
        },
      },
    });
  } finally {
    rmSync(entry, { force: true });
  }
  const code = readFileSync(join(tmp, name, `${name}.js`));
  const gz = gzipSync(code, { level: 9 }).length;
  return { min: code.length, gz };
}

try {
  for (const [name, source] of Object.entries(forms)) {
    const { min, gz } = await measure(name, source);
    rows.push({ name, min, gz });
  }
  for (const [name, source] of Object.entries(floors)) floorRows.push({ name, ...(await measure(`floor-${floorRows.length}`, source)) });
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

console.log('| form | min | min+gzip | target |');
console.log('| --- | ---: | ---: | --- |');
for (const r of rows) {
  const target = r.gz <= TARGET_KB * 1024 ? `${TARGET_KB} KB: met` : `${TARGET_KB} KB: not met`;
  console.log(`| ${r.name} | ${(r.min / 1024).toFixed(1)} KB | ${(r.gz / 1024).toFixed(1)} KB | ${target} |`);
}
console.log('\nWhat the 45 KB target is up against (built the same way; not budgets):');
for (const r of floorRows) console.log(`  ${r.name}: ${(r.gz / 1024).toFixed(1)} KB min+gzip`);
