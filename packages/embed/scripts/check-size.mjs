#!/usr/bin/env node
// Size budgets of the standalone bundles: a CI check, not a test (the root
// runner counts `pnpm size` as one check). Builds dist/ when missing or stale,
// measures every file minified and minified+gzip (zlib level 9), prints tables
// and exits 1 when a figure is over its budget (the figure and the excess named).
//
//   pnpm --filter @city-forms/embed size            build if needed, check
//   node scripts/check-size.mjs --json              machine-readable
//
// What is measured is what a page downloads. A bundle (dist/leave.js…) loads the
// profile of the city its element names from dist/chunks/ (one chunk per seed
// city, fetched once per page), so the figure for "one form" is the bundle plus
// the largest city chunk it may load, each gzipped on its own (two responses).
// A page with `profile-url` (its own profile) or an unknown id loads no city
// chunk; `city-forms-embed.js` on a page with forms for several cities loads one
// chunk per city. `locale="en"` adds the English chunk (listed, not in
// the total: zh-CN is the default and what the target is for).
//
// Two numbers, as in @city-forms/react's size check: TARGET_KB is the goal (one
// form and one city, React included: 115 KB) and is reported as met or not;
// BUDGETS_KB is what CI enforces today, just above the measured figures, so that
// no change makes a bundle bigger unnoticed (lower them as the bundles shrink).
// KB = 1024 bytes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUNDLES, chunkImports, chunkKind, distDir, ensureBuilt } from './ensure-built.mjs';

/** The goal for one form and one city, React included (min+gzip KB). */
export const TARGET_KB = 115;
/** Enforced budgets for bundle + largest city chunk, min+gzip KB; CF_EMBED_BUDGET_KB overrides the per-form ones. */
const formBudget = Number(process.env.CF_EMBED_BUDGET_KB ?? 117);
export const BUDGETS_KB = {
  'city-forms-embed.js': formBudget + 5,
  'leave.js': formBudget,
  'agenda.js': formBudget,
  'document.js': formBudget,
};

const json = process.argv.includes('--json');
ensureBuilt({ log: (m) => (json ? process.stderr : process.stdout).write(`${m}\n`) });

const KB = (n) => `${(n / 1024).toFixed(1)} KB`;
/** A margin: in bytes when it rounds to 0.0 KB. */
const margin = (n) => (n < 102 ? `${n} bytes` : KB(n));
/** min and min+gzip of a file of dist/. */
function measure(file) {
  const code = readFileSync(join(distDir, file));
  return { file: `dist/${file}`, min: code.length, gzip: gzipSync(code, { level: 9 }).length, code };
}

const chunkCache = new Map();
const rows = BUNDLES.map((name) => {
  const { code, ...entry } = measure(name);
  const chunks = chunkImports(code.toString('utf8')).map((c) => {
    if (!chunkCache.has(c)) {
      const { code: _, ...m } = measure(c);
      chunkCache.set(c, { ...m, ...chunkKind(c) });
    }
    return chunkCache.get(c);
  });
  const largest = chunks.filter((c) => c.kind === 'city').reduce((a, b) => (!a || b.gzip > a.gzip ? b : a), null);
  const locales = chunks.filter((c) => c.kind === 'locale').map(({ file, id, min, gzip }) => ({ file, locale: id, min, gzip }));
  const total = entry.gzip + (largest?.gzip ?? 0);
  const budget = BUDGETS_KB[name] * 1024;
  const target = name === 'city-forms-embed.js' ? null : TARGET_KB * 1024;
  return {
    ...entry,
    largestChunk: largest ? { file: largest.file, city: largest.id, min: largest.min, gzip: largest.gzip } : null,
    localeChunks: locales,
    total,
    budget,
    over: Math.max(0, total - budget),
    target,
    targetMet: target === null ? null : total <= target,
  };
});
const chunks = [...chunkCache.values()].sort((a, b) => a.file.localeCompare(b.file));

/** Print a table: numeric columns (given by index) right-aligned. */
function table(header, body, numeric) {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((t) => t[i].length)));
  const line = (cells) => cells.map((c, i) => (numeric.includes(i) ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const t of body) console.log(line(t));
}

if (json) {
  console.log(JSON.stringify({ targetKB: TARGET_KB, bundles: rows, chunks: chunks.map(({ file, kind, id, min, gzip }) => ({ file, kind, id, min, gzip })) }, null, 2));
} else {
  console.log('Files (each on its own; min+gzip is zlib level 9):');
  table(
    ['file', 'min', 'min+gzip'],
    [...rows.map((r) => [r.file, KB(r.min), KB(r.gzip)]), ...chunks.map((c) => [c.file, KB(c.min), KB(c.gzip)])],
    [1, 2],
  );
  console.log('');
  console.log('What a page downloads for one form and one city: the bundle plus the largest city chunk it may load (min+gzip):');
  table(
    ['bundle', 'bundle', '+ largest city chunk', '= total', 'CI budget', 'status', `target ${TARGET_KB} KB (one form, React included)`],
    rows.map((r) => [
      r.file,
      KB(r.gzip),
      r.largestChunk ? `${KB(r.largestChunk.gzip)} (${r.largestChunk.city})` : '-',
      KB(r.total),
      KB(r.budget),
      r.over ? `OVER by ${KB(r.over)}` : 'ok',
      r.target === null ? '- (all three forms)' : r.targetMet ? `met (${margin(r.target - r.total)} under)` : `not met (+${KB(r.total - r.target)})`,
    ]),
    [1, 2, 3, 4],
  );
  const en = rows.flatMap((r) => r.localeChunks.filter((l) => l.locale === 'en').map((l) => l.gzip));
  if (en.length) {
    const [lo, hi] = [Math.min(...en), Math.max(...en)];
    console.log(`A form with locale="en" also downloads the English chunk (dist/chunks/locale-en-*.js, plain data shared by the bundles): ${KB(lo) === KB(hi) ? KB(hi) : `${KB(lo)}–${KB(hi)}`} min+gzip.`);
  }
}

const over = rows.filter((r) => r.over);
for (const r of over) {
  console.error(
    `size budget exceeded: ${r.file} + ${r.largestChunk?.file ?? 'no chunk'} is ${KB(r.total)} min+gzip (${r.total} bytes), over its ${KB(r.budget)} budget by ${KB(r.over)}`,
  );
}
process.exitCode = over.length ? 1 : 0;
