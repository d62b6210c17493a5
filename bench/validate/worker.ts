/**
 * One validator on one form, in its own process: prints a JSON line with the
 * timings of the valid and the invalid fixture.
 *
 *   node .out/validate/worker.mjs <validator> <form> [--jitless] [--runs 7] [--target-ms 250] [--loop-seconds S]
 *
 * (validate/run.mjs bundles this file to plain JS first; it also runs under tsx.)
 *
 * validator: ours | zod | valibot | ajv. With --jitless, zod's code generation is
 * switched off (z.config({ jitless: true })) before any schema is built, as on a
 * page whose CSP has no 'unsafe-eval'. --loop-seconds runs only one fixture (valid, or
 * invalid with --loop-invalid) for S seconds (for --cpu-prof).
 */
import { z } from 'zod';

const args = process.argv.slice(2);
const [validator, form] = args as [string, 'leave' | 'agenda'];
const flag = (name: string) => args.includes(name);
const opt = (name: string, d: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : d;
};
const jitless = flag('--jitless');
if (jitless) z.config({ jitless: true });
const RUNS = opt('--runs', 7);
const TARGET_MS = opt('--target-ms', 250);
const LOOP_SECONDS = opt('--loop-seconds', 0);

// Imported only now: zod decides at schema construction whether to generate code.
const rules = await import('@city-forms/rules');
const { FIXTURES } = await import('@city-forms/rules/fixtures');
const fx = FIXTURES.fushun;
const today = fx.leave.today;
const CITY = 'fushun';

const fixtures = {
  leave: {
    valid: fx.leave.valid,
    // A rule violation (notice too short) plus a shape error (name blank): every validator must reject it.
    invalid: { ...fx.leave.violations['leave.notice-too-short']!.data, applicantName: '' },
  },
  agenda: {
    valid: fx.agenda.valid,
    invalid: { ...fx.agenda.violations['agenda.disagreement-unstated']!.data, title: '' },
  },
} as const;

// `layer`: our validate and bare zod of the same model in ONE process, interleaved, so both
// run zod in the same warmed-up state; prints the per-pair ratio (ours / bare, CPU time per
// check) for each fixture. This isolates what validate() adds to the shape check: in a process
// of its own, bare zod sees one schema only and runs faster than it does once any other zod
// schema has run (a best case; see also `zod-after-profile`).
if (validator === 'layer' || validator === 'zod-after-profile') {
  const model = (form === 'leave' ? rules.LeaveModel : rules.AgendaModel) as { safeParse(d: unknown): { success: boolean } };
  const ours = (d: unknown) => rules.validate(form, d, { city: CITY, today }).ok;
  const bare = (d: unknown) => model.safeParse(d).success;
  let keep = 0;
  const cpuPerOp = (fn: (d: unknown) => boolean, d: unknown, n: number) => {
    const c0 = process.cpuUsage();
    for (let i = 0; i < n; i++) if (fn(d)) keep++;
    const c = process.cpuUsage(c0);
    return (c.user + c.system) / n; // µs
  };
  const calibrate = (fn: (d: unknown) => boolean, d: unknown) => {
    // Warm up (≥ 0.5 s) and size a run at about half of TARGET_MS of CPU time.
    let n = 100;
    const end = performance.now() + 500;
    for (;;) {
      if (cpuPerOp(fn, d, n) * n < TARGET_MS * 500) n *= 2;
      else if (performance.now() >= end) return n;
    }
  };
  const result: Record<string, unknown> = { validator, form };
  for (const fx of ['valid', 'invalid'] as const) {
    const d = fixtures[form][fx];
    if (validator === 'layer') {
      const nOurs = calibrate(ours, d);
      const nBare = calibrate(bare, d);
      const ratios: number[] = [];
      for (let r = 0; r < RUNS * 2; r++) {
        // Alternate which goes first, so a burst of load does not land on one side only.
        let o: number;
        let b: number;
        if (r % 2) {
          b = cpuPerOp(bare, d, nBare);
          o = cpuPerOp(ours, d, nOurs);
        } else {
          o = cpuPerOp(ours, d, nOurs);
          b = cpuPerOp(bare, d, nBare);
        }
        ratios.push(o / b);
      }
      result[fx] = { ratios };
    } else {
      // Bare zod alone, then after one profile resolution (zod runs the profile's schemas once).
      const n = calibrate(bare, d);
      const before = Array.from({ length: RUNS }, () => 1e6 / cpuPerOp(bare, d, n));
      rules.resolveCity(CITY);
      for (let i = 0; i < n; i++) bare(d);
      const after = Array.from({ length: RUNS }, () => 1e6 / cpuPerOp(bare, d, n));
      result[fx] = { before, after };
    }
  }
  process.stdout.write(`${JSON.stringify({ ...result, keep })}\n`);
  process.exit(0);
}

type Check = (data: unknown) => boolean;
async function makeCheck(): Promise<Check> {
  switch (validator) {
    case 'ours':
      return (data) => rules.validate(form, data, { city: CITY, today }).ok;
    case 'zod': {
      const model = form === 'leave' ? rules.LeaveModel : rules.AgendaModel;
      return (data) => model.safeParse(data).success;
    }
    case 'valibot': {
      const v = await import('valibot');
      const { LeaveModelV, AgendaModelV } = await import('./valibot-models.js');
      const model = form === 'leave' ? LeaveModelV : AgendaModelV;
      return (data) => v.safeParse(model, data).success;
    }
    case 'ajv': {
      const { Ajv2020 } = await import('ajv/dist/2020.js');
      const addFormats = (await import('ajv-formats')).default as unknown as (a: unknown) => void;
      const schema = rules.jsonSchema(form) as { properties: Record<string, Record<string, unknown>> };
      // zod's date refinement has no JSON Schema form: mark the civil-date fields as format "date" (ajv-formats checks real days).
      for (const f of ['startDate', 'endDate', 'meetingDate']) if (schema.properties[f]) schema.properties[f] = { ...schema.properties[f], format: 'date' };
      // allErrors: report every issue, as zod and valibot do.
      const ajv = new Ajv2020({ strict: false, allErrors: true });
      addFormats(ajv);
      const fn = ajv.compile(schema);
      return (data) => fn(data);
    }
    default:
      throw new Error(`unknown validator ${validator}`);
  }
}

const check = await makeCheck();
// Correctness first: the valid fixture passes, the invalid one fails.
if (!check(fixtures[form].valid)) throw new Error(`${validator}/${form}: valid fixture rejected`);
if (check(fixtures[form].invalid)) throw new Error(`${validator}/${form}: invalid fixture accepted`);

let sink = 0;
/** Wall-clock ms of n checks; `cpuMs` holds the process CPU time (user + system) they took. */
let cpuMs = 0;
function run(data: unknown, n: number): number {
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) if (check(data)) sink++;
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  const c = process.cpuUsage(c0);
  cpuMs = (c.user + c.system) / 1000;
  return wall;
}

if (LOOP_SECONDS > 0) {
  const end = Date.now() + LOOP_SECONDS * 1000;
  const data = flag('--loop-invalid') ? fixtures[form].invalid : fixtures[form].valid;
  while (Date.now() < end) run(data, 1000);
  process.stdout.write(`${JSON.stringify({ sink })}\n`);
  process.exit(0);
}

function measure(data: unknown) {
  // Warm up (≥ 0.5 s) and calibrate N so that one run takes about TARGET_MS.
  let n = 100;
  let ms = run(data, n);
  const warmEnd = performance.now() + 500;
  while (ms < 50 || performance.now() < warmEnd) {
    if (ms < 50) n *= 2;
    ms = run(data, n);
  }
  n = Math.max(100, Math.round((n * TARGET_MS) / ms));
  // Per core: ops per second of CPU time this process used (robust to other work on a shared machine);
  // wall: ops per wall-clock second.
  const opsPerSec: number[] = [];
  const wallOpsPerSec: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const wall = run(data, n);
    wallOpsPerSec.push((n * 1000) / wall);
    opsPerSec.push((n * 1000) / Math.max(cpuMs, 1e-3));
  }
  return { n, runs: RUNS, opsPerSec, wallOpsPerSec };
}

const out = { validator, form, jitless, valid: measure(fixtures[form].valid), invalid: measure(fixtures[form].invalid), sink };
process.stdout.write(`${JSON.stringify(out)}\n`);
