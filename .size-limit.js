// Size budgets of @city-forms/react (size-limit, esbuild): each form as a portal for
// one city ships it — production, minified, tree-shaken, react-hook-form, the zod
// resolver, the Radix dialog, zod and the kit inside, React left out — gzipped.
// The embed's standalone bundles have their own budgets in packages/embed/.size-limit.json.
// Kept at the root, not in packages/react: size-limit always leaves a package's
// peerDependencies out, and react-hook-form, the resolver and Radix are peers a
// portal does pay for. kB = 1000 bytes. What the 45 KB target is up against (the
// floor) is a bench script: bench/size/floor.mjs.
const production = (config) => ({ ...config, define: { 'process.env.NODE_ENV': '"production"' }, platform: 'browser' });
const city = { 'packages/rules/src/cities/fushun.ts': '{ fushun }' };
const form = (name, file, limit) => ({
  name: `@city-forms/react: <${name}> + one city's profile (fushun); React excluded`,
  import: { [`packages/react/src/forms/${file}`]: `{ ${name} }`, ...city },
  ignore: ['react', 'react-dom', 'scheduler'],
  gzip: true,
  limit,
  modifyEsbuildConfig: production,
});

// +2 kB each (2026-11-28, issue 13 defects 5 and 8): safe drafts cost ≈ 1.65 kB gzip
// (measured 64.59 → 66.22 kB for LeaveForm): fitting a stored draft to the model
// (trimToModel ≈ 0.5 kB), the per-form error boundary, per-user/expiring/session
// drafts, clearDrafts and their strings.
// +2.5 kB each (2026-11-28, issue 12): check-your-answers holds the paper sheet it
// prints (measured +2.27 kB gzip on LeaveForm, +2.33 kB on the other two): the
// sheet model (title, signature blocks from the derived route, deadlines, footer),
// its zh-CN/en words and <PrintableSheet>. Pages that show or print sheets
// elsewhere use @city-forms/react/sheet, which the forms do not carry.
// +1.5 / +1 / +2 kB (2026-11-28, issue 10): the forms run on the rules' form session
// and render their layout (here now 70.72 / 74.13 / 75.04 kB; the bench's own build of
// the same commit before/after: +1,777 / +765 / +1,655 B gzip): the session (drafts,
// plug-ins, absences loader) ≈ 4.9 kB min and the layout data with its renderer
// ≈ 6 kB min, less the zod resolver, the per-form JSX and answer lists, and the
// React drafts and loader code they replace.
// +1 kB each (2026-11-28, issue 11 §3): records an office can keep (measured 71.41 /
// 74.83 / 75.76 kB): the receipt date the date rules count from, countersign receipt,
// lead-unit deadline and agreed extension, consents with who and when (<flag>By/On and
// their generic check), derived-date calendar notes, and their zh-CN words.
export default [
  form('LeaveForm', 'LeaveForm.tsx', '72 kB'),
  form('AgendaForm', 'AgendaForm.tsx', '75.5 kB'),
  form('DocumentSheet', 'DocumentSheet.tsx', '76.5 kB'),
];
