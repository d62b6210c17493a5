// Part 2: validation throughput. Every (validator, form) pair runs in its own Node
// process (no shared inline caches between competitors), warm, runs of N iterations
// each, in interleaved rounds; ops/s of one thread = ops/s per core.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { SourceMap } from 'node:module';
import { join } from 'node:path';
import { buildNodeWorker } from '../lib/vite.mjs';

export const VALIDATORS = [
  { id: 'ours', label: 'city-forms `validate()`', jitless: false },
  { id: 'zod', label: 'bare zod `Model.safeParse`', jitless: false },
  { id: 'valibot', label: 'valibot (same shape)', jitless: false },
  { id: 'ajv', label: 'ajv 8 + ajv-formats (`jsonSchema()`)', jitless: false },
  { id: 'ours', label: 'city-forms `validate()`, zod jitless (strict CSP)', jitless: true },
  { id: 'zod', label: 'bare zod `safeParse`, zod jitless (strict CSP)', jitless: true },
];
export const FORMS = ['leave', 'agenda'];

let workerFile;
export async function prepareWorker({ benchDir }) {
  workerFile = await buildNodeWorker({ root: benchDir, entry: 'validate/worker.ts', outDir: join(benchDir, '.out/validate') });
  return workerFile;
}

function worker(benchDir, args, nodeFlags = []) {
  const r = spawnSync(process.execPath, [...nodeFlags, workerFile, ...args], {
    cwd: benchDir,
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (r.status !== 0) throw new Error(`worker ${args.join(' ')} exited ${r.status}: ${r.stderr.slice(-800)}`);
  return r.stdout.trim().split('\n').at(-1);
}

/**
 * ROUNDS rounds; in each, every (form, validator) process runs RUNS runs per fixture.
 * Interleaving the processes over time keeps a burst of load from other work on this
 * shared machine from landing on one competitor only; runs of all rounds are pooled.
 */
export function runValidate({ benchDir, log, rounds = 3, runs = 3, targetMs = 250 }) {
  const pairs = FORMS.flatMap((form) =>
    VALIDATORS.map((v) => ({ ...v, form, valid: { opsPerSec: [], wallOpsPerSec: [] }, invalid: { opsPerSec: [], wallOpsPerSec: [] } })),
  );
  for (let r = 0; r < rounds; r++) {
    for (const p of pairs) {
      const args = [p.id, p.form, '--runs', String(runs), '--target-ms', String(targetMs), ...(p.jitless ? ['--jitless'] : [])];
      const res = JSON.parse(worker(benchDir, args));
      for (const fx of ['valid', 'invalid']) {
        p[fx].opsPerSec.push(...res[fx].opsPerSec);
        p[fx].wallOpsPerSec.push(...res[fx].wallOpsPerSec);
        p[fx].n = res[fx].n;
      }
    }
    log(`  validate: round ${r + 1}/${rounds} done`);
  }
  for (const p of pairs) {
    p.valid.runs = p.valid.opsPerSec.length;
    p.invalid.runs = p.invalid.opsPerSec.length;
    log(
      `  validate ${p.form} ${p.id}${p.jitless ? ' (jitless)' : ''}: valid ${Math.round(median(p.valid.opsPerSec))}/s, invalid ${Math.round(median(p.invalid.opsPerSec))}/s`,
    );
  }
  return pairs;
}

/**
 * The rule layer in isolation: `layer` runs our validate and bare zod of the same model
 * in one process, interleaved (both see zod in the same warmed-up state); and
 * `zod-after-profile` runs bare zod alone, then again after one profile resolution.
 * ROUNDS rounds, pooled, like runValidate.
 */
export function runLayer({ benchDir, log, rounds = 3, runs = 3, targetMs = 250 }) {
  const out = FORMS.map((form) => ({ form, valid: { ratios: [], before: [], after: [] }, invalid: { ratios: [], before: [], after: [] } }));
  for (let r = 0; r < rounds; r++) {
    for (const o of out) {
      for (const mode of ['layer', 'zod-after-profile']) {
        const res = JSON.parse(worker(benchDir, [mode, o.form, '--runs', String(runs), '--target-ms', String(targetMs)]));
        for (const fx of ['valid', 'invalid']) {
          if (mode === 'layer') o[fx].ratios.push(...res[fx].ratios);
          else {
            o[fx].before.push(...res[fx].before);
            o[fx].after.push(...res[fx].after);
          }
        }
      }
    }
    log(`  rule layer: round ${r + 1}/${rounds} done`);
  }
  for (const o of out) log(`  rule layer ${o.form}: valid ${median(o.valid.ratios).toFixed(2)}×, invalid ${median(o.invalid.ratios).toFixed(2)}×`);
  return out;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/**
 * CPU profile of our validate on one leave fixture (node --cpu-prof), reduced
 * to the top functions by self time, with the share of samples under each.
 */
export function profileOurs({ benchDir, form = 'leave', fixture = 'valid', seconds = 4, top = 15 }) {
  const dir = mkdtempSync(join(tmpdir(), 'cf-bench-prof-'));
  try {
    worker(
      benchDir,
      ['ours', form, '--loop-seconds', String(seconds), ...(fixture === 'invalid' ? ['--loop-invalid'] : [])],
      ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-interval', '100'],
    );
    const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    const prof = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    const byId = new Map(prof.nodes.map((n) => [n.id, n]));
    const map = new SourceMap(JSON.parse(readFileSync(`${workerFile}.map`, 'utf8')));
    const keyOf = (n) => keyOfFrame(n, map);
    const self = new Map();
    const counts = new Map();
    for (const s of prof.samples) counts.set(s, (counts.get(s) ?? 0) + 1);
    // Total (inclusive) per function: walk children.
    const parent = new Map();
    for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const inclusive = new Map();
    let total = 0;
    // Only samples inside the timed loop (worker's run()), not module loading.
    const inLoop = (id) => {
      for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
        const f = byId.get(cur).callFrame;
        if (f.functionName === 'run' && f.url.endsWith('/worker.mjs')) return true;
      }
      return false;
    };
    for (const [id, c] of counts) {
      if (!inLoop(id)) continue;
      const n = byId.get(id);
      const key = keyOf(n);
      if (n.callFrame.functionName === '(idle)' || n.callFrame.functionName === '(program)') continue;
      total += c;
      self.set(key, (self.get(key) ?? 0) + c);
      const seen = new Set();
      for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
        const k = keyOf(byId.get(cur));
        if (seen.has(k)) continue;
        seen.add(k);
        inclusive.set(k, (inclusive.get(k) ?? 0) + c);
      }
    }
    const rows = [...self.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, c]) => ({ fn: k, selfPct: (100 * c) / total, totalPct: (100 * (inclusive.get(k) ?? c)) / total }));
    const inclusiveTop = [...inclusive.entries()]
      .filter(([k]) => k !== '(root)' && !/\((validate\/worker\.ts|worker):/.test(k))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, c]) => ({ fn: k, totalPct: (100 * c) / total }));
    return { form, fixture, seconds, samples: total, self: rows, inclusive: inclusiveTop };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function keyOfFrame(n, map) {
  const f = n.callFrame;
  const name = f.functionName || '(anonymous)';
  if (f.url.endsWith('/worker.mjs')) {
    const e = map.findEntry(f.lineNumber, f.columnNumber);
    const src = e?.originalSource ? e.originalSource.replace(/^(\.\.\/)+/, '').replace(/^file:\/\/.*\/work\/main\//, '') : 'worker';
    return `${name} (${src}:${(e?.originalLine ?? 0) + 1})`;
  }
  if (!f.url) return f.functionName ? name : "(anonymous, no source URL: generated code such as zod's compiled object parser)";
  const url = f.url
    .replace(/^file:\/\//, '')
    .replace(/.*\/node_modules\/\.pnpm\/[^/]+\/node_modules\//, '')
    .replace(/.*\/work\/main\//, '');
  return `${name} (${url}:${f.lineNumber + 1})`;
}
