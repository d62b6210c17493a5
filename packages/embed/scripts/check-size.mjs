#!/usr/bin/env node
// Size budgets of the standalone bundles: a CI check, not a test (the root
// runner counts `pnpm size` as one check). Builds dist/ when missing or stale,
// measures each file minified and minified+gzip (zlib level 9), prints a table
// and exits 1 when a file is over its budget (the figure and the excess named).
//
//   pnpm --filter @city-forms/embed size            build if needed, check
//   node scripts/check-size.mjs --json              machine-readable
//
// Two numbers, as in @city-forms/react's size check: TARGET_KB is the goal (one
// form, React included: 115 KB) and is reported as met or not; BUDGETS_KB is
// what CI enforces today, so that no change makes a bundle bigger unnoticed.
// They differ because React 19's react-dom alone is ≈ 60 KB min+gzip and
// everything but React (rules + calendar + six city profiles + two locales, zod
// classic, react-hook-form, Radix, the kit) ≈ 105 KB (see README, "Size").
// KB = 1024 bytes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUNDLES, distDir, ensureBuilt } from './ensure-built.mjs';

/** The goal for one form, React included (min+gzip KB). */
export const TARGET_KB = 115;
/** Enforced min+gzip budgets (KB); CF_EMBED_BUDGET_KB overrides the per-form ones. */
const formBudget = Number(process.env.CF_EMBED_BUDGET_KB ?? 172);
export const BUDGETS_KB = {
  'city-forms-embed.js': formBudget + 6,
  'leave.js': formBudget,
  'agenda.js': formBudget,
  'document.js': formBudget,
};

const json = process.argv.includes('--json');
ensureBuilt({ log: (m) => (json ? process.stderr : process.stdout).write(`${m}\n`) });

const KB = (n) => `${(n / 1024).toFixed(1)} KB`;
const rows = BUNDLES.map((file) => {
  const code = readFileSync(join(distDir, file));
  const gzip = gzipSync(code, { level: 9 }).length;
  const budget = BUDGETS_KB[file] * 1024;
  const target = file === 'city-forms-embed.js' ? null : TARGET_KB * 1024;
  return { file: `dist/${file}`, min: code.length, gzip, budget, over: Math.max(0, gzip - budget), target, targetMet: target === null ? null : gzip <= target };
});

if (json) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  const header = ['file', 'min', 'min+gzip', 'CI budget', 'status', `target (one form, React included)`];
  const table = rows.map((r) => [
    r.file,
    KB(r.min),
    KB(r.gzip),
    KB(r.budget),
    r.over ? `OVER by ${KB(r.over)}` : 'ok',
    r.target === null ? '-' : `${KB(r.target)}: ${r.targetMet ? 'met' : `not met (+${KB(r.gzip - r.target)})`}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((t) => t[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 || i >= 4 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const t of table) console.log(line(t));
}

const over = rows.filter((r) => r.over);
for (const r of over) console.error(`size budget exceeded: ${r.file} is ${KB(r.gzip)} min+gzip (${r.gzip} bytes), over its ${KB(r.budget)} budget by ${KB(r.over)}`);
process.exitCode = over.length ? 1 : 0;
