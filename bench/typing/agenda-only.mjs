#!/usr/bin/env node
// Typing benchmark of the kit alone: 50 characters typed into the 议题名称 field of
// <AgendaForm> (huarong) with 20 countersign rows, in headless Chromium, at 1× and
// 4× CPU throttle. Reports the in-page keystroke time (keydown → input handled) and
// React commits, and writes bench/results/agenda-typing.md. It reuses the harness of
// the peer benchmark (./run.mjs), which also measures rjsf, Formily and TanStack
// Form; this script runs only our page. A benchmark, not a test: run it from the
// repository root with `pnpm --filter @city-forms/bench bench:agenda-typing`.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { median, percentile } from '../lib/stats.mjs';
import { PAGES, THROTTLES, buildAllPages, runTyping } from './run.mjs';

const benchDir = fileURLToPath(new URL('../', import.meta.url));
const pages = PAGES.filter((p) => p.id === 'ours-agenda');
const log = (s) => console.log(s);
const outDir = await buildAllPages({ benchDir, sizeIds: [], pages });
const runs = Number(process.env.RUNS ?? 5);
const { results, chromiumVersion } = await runTyping({ outDir, log, runs, keys: 50, pages });
const lines = [
  `# <AgendaForm> typing benchmark — ${new Date().toISOString().slice(0, 10)}`,
  '',
  `Chromium ${chromiumVersion}, ${runs} fresh loads × 50 keystrokes into 议题名称 (huarong, 20 consultation rows). Targets: ≤ 2 commits per 50 keystrokes, ≤ 2 ms median in-page.`,
  '',
  '| CPU | commits / 50 keys (median) | in-page median | p95 | target |',
  '| --- | ---: | ---: | ---: | --- |',
];
for (const rate of THROTTLES) {
  const slot = results['ours-agenda'][rate];
  if (slot.errors.length) console.error(`${rate}×: ${slot.errors.join('; ')}`);
  const ms = median(slot.microtask);
  const commits = median(slot.commits);
  const met = rate === 1 ? (commits <= 2 && ms <= 2 ? 'met' : 'not met') : '—';
  lines.push(`| ${rate}× | ${commits} | ${ms.toFixed(2)} ms | ${percentile(slot.microtask, 95).toFixed(2)} ms | ${met} |`);
}
const md = `${lines.join('\n')}\n`;
writeFileSync(fileURLToPath(new URL('../results/agenda-typing.md', import.meta.url)), md);
console.log(md);
