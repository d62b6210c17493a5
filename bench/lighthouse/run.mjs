#!/usr/bin/env node
// Lighthouse on the demo portal, mobile preset (Lighthouse's default: a Moto G Power
// screen, simulated slow 4G — 150 ms RTT, 1.6 Mbit/s down — and 4× CPU slowdown).
// Builds the portal, starts the example server on it (its own `src/main.ts`, port 0,
// a temp data dir, the profiles folder `pnpm start` serves), runs Lighthouse RUNS
// times on `/?city=fushun&form=leave` with Debian's Chromium and writes
// results/lighthouse.md: performance, FCP, LCP, TBT, CLS, accessibility, best
// practices and the JavaScript bytes transferred (median run, min–max).
//
//   node lighthouse/run.mjs [--runs 3] [--no-build] [--query '?city=…'] [--save name [--append]] [--before name]
//   node lighthouse/run.mjs --check      loads lighthouse and chrome-launcher, checks Chromium; no run
//
// --save name keeps the summary as .out/lighthouse-<name>.json (--append adds the runs
// to it, so two trees can be measured in turns under the same load); --before name
// adds that summary as the "before" column of the results file.
// When the server asks for a login (the portal page answers 401 or redirects to
// /login), the script signs in through the development provider's JSON route
// (POST /auth/login as LH_USER / LH_PASSWORD, default zhangsan / zhangsan-demo of
// users.dev.json) and passes the session cookie to every request Lighthouse makes
// (extraHeaders): it measures the page a signed-in submitter sees.
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { machine } from '../lib/machine.mjs';
import { max, min } from '../lib/stats.mjs';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
/** The goal of issue 13 ("fast on a phone"). */
export const TARGET = { performance: 0.95, lcpMs: 2000, accessibility: 1, bestPractices: 1 };

const benchDir = fileURLToPath(new URL('..', import.meta.url));
const repo = join(benchDir, '..');
const portalDir = join(repo, 'examples/portal');
const serverDir = join(repo, 'examples/server');

/** Build the portal (its own `vite build`, which also writes the .br/.gz files next to the assets). */
export function buildPortal(log) {
  const t = Date.now();
  const r = spawnSync(join(portalDir, 'node_modules/.bin/vite'), ['build'], { cwd: portalDir, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`portal build failed:\n${r.stdout}\n${r.stderr}`);
  log(`  portal built in ${((Date.now() - t) / 1000).toFixed(1)} s`);
}

/** Start the example server (`tsx src/main.ts`) on a free port; resolves with its base URL and a stop function. */
export function startServer() {
  const dataDir = mkdtempSync(join(os.tmpdir(), 'city-forms-lighthouse-'));
  const child = spawn(join(serverDir, 'node_modules/.bin/tsx'), ['src/main.ts'], {
    cwd: serverDir,
    env: {
      ...process.env,
      PORT: '0',
      DATA_DIR: dataDir,
      STATIC_DIR: join(portalDir, 'dist'),
      CITY_FORMS_PROFILES_DIR: join(serverDir, 'profiles'),
      CITY_FORMS_RATE_LIMIT: '0',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  return new Promise((resolve, reject) => {
    let out = '';
    const onData = (d) => {
      out += d;
      const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
      if (m) {
        child.stdout.off('data', onData);
        child.stdout.resume();
        resolve({ base: `http://127.0.0.1:${m[1]}`, stop });
      }
    };
    child.stdout.setEncoding('utf8').on('data', onData);
    child.stderr.setEncoding('utf8').on('data', (d) => (out += d));
    child.once('exit', (code) => reject(new Error(`the server exited (${code}) before listening:\n${out}`)));
  });
}

/**
 * The headers a signed-in user's browser sends, when the portal page needs a login;
 * `{}` when it does not. Returns how it logged in, for the results file.
 */
export async function sessionFor(base, path) {
  const page = await fetch(`${base}${path}`, { redirect: 'manual' });
  const location = page.headers.get('location') ?? '';
  if (page.status !== 401 && !(page.status >= 300 && page.status < 400 && /login/i.test(location))) return { headers: {}, note: 'no login needed' };
  const user = process.env.LH_USER ?? 'zhangsan';
  const password = process.env.LH_PASSWORD ?? `${user}-demo`;
  const loginPath = process.env.LH_LOGIN_PATH ?? '/auth/login';
  const res = await fetch(`${base}${loginPath}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: user, password }),
    redirect: 'manual',
  });
  const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0]);
  if (!cookies.length)
    throw new Error(`the portal needs a login and POST ${loginPath} as ${user} gave no cookie (HTTP ${res.status}); set LH_USER, LH_PASSWORD, LH_LOGIN_PATH`);
  return { headers: { Cookie: cookies.join('; ') }, note: `signed in as ${user} through POST ${loginPath}; the session cookie passed with extraHeaders` };
}

/** One Lighthouse run (mobile preset) on a fresh Chromium; the figures we report. */
export async function lighthouseOnce(url, extraHeaders) {
  const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_FLAGS, logLevel: 'silent' });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
      ...(Object.keys(extraHeaders).length ? { extraHeaders } : {}),
    });
    const lhr = result.lhr;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const a = lhr.audits;
    const requests = a['network-requests']?.details?.items ?? [];
    const scripts = requests.filter((r) => r.resourceType === 'Script');
    const failing = (cat) =>
      lhr.categories[cat].auditRefs
        .filter((ref) => ref.weight > 0 && a[ref.id]?.score !== null && a[ref.id]?.score < 1)
        .map((ref) => `${ref.id}: ${a[ref.id].title}`);
    return {
      performance: lhr.categories.performance.score,
      accessibility: lhr.categories.accessibility.score,
      bestPractices: lhr.categories['best-practices'].score,
      fcp: a['first-contentful-paint'].numericValue,
      lcp: a['largest-contentful-paint'].numericValue,
      tbt: a['total-blocking-time'].numericValue,
      cls: a['cumulative-layout-shift'].numericValue,
      si: a['speed-index'].numericValue,
      scriptCount: scripts.length,
      scriptTransfer: scripts.reduce((s, r) => s + (r.transferSize ?? 0), 0),
      scriptResource: scripts.reduce((s, r) => s + (r.resourceSize ?? 0), 0),
      totalTransfer: requests.reduce((s, r) => s + (r.transferSize ?? 0), 0),
      scripts: scripts.map((r) => ({ url: new URL(r.url).pathname, transfer: r.transferSize, resource: r.resourceSize })),
      longTasks: (a['long-tasks']?.details?.items ?? []).map((t) => ({ url: t.url, start: Math.round(t.startTime), ms: Math.round(t.duration) })),
      bootup: (a['bootup-time']?.details?.items ?? []).map((t) => ({
        url: t.url,
        scripting: Math.round(t.scripting),
        parse: Math.round(t.scriptParseCompile),
      })),
      lcpElement: firstNode(a['lcp-breakdown-insight']?.details)?.snippet ?? null,
      failing: { accessibility: failing('accessibility'), bestPractices: failing('best-practices') },
      lighthouse: lhr.lighthouseVersion,
      // Lighthouse's own measure of the host's CPU at the time (higher is faster): a busy machine scores lower.
      benchmarkIndex: Math.round(lhr.environment?.benchmarkIndex ?? 0),
      chromium: lhr.environment?.hostUserAgent?.match(/Chrome\/([\d.]+)/)?.[1] ?? '?',
      settings: {
        formFactor: lhr.configSettings.formFactor,
        throttlingMethod: lhr.configSettings.throttlingMethod,
        rttMs: lhr.configSettings.throttling.rttMs,
        throughputKbps: lhr.configSettings.throttling.throughputKbps,
        cpuSlowdownMultiplier: lhr.configSettings.throttling.cpuSlowdownMultiplier,
      },
    };
  } finally {
    await chrome.kill();
  }
}

/** The first DOM node item (`{ type: 'node', snippet }`) anywhere in an audit's details. */
function firstNode(x) {
  if (!x || typeof x !== 'object') return undefined;
  if (x.type === 'node' && typeof x.snippet === 'string') return x;
  for (const v of Array.isArray(x) ? x : Object.values(x)) {
    const found = firstNode(v);
    if (found) return found;
  }
  return undefined;
}

/** Build, serve and measure; the median run (by performance score, then LCP) and every run. */
export async function runLighthouse({ log = console.log, runs = 3, build = true, query = '?city=fushun&form=leave' } = {}) {
  if (build) buildPortal(log);
  const loadStart = os.loadavg()[0];
  const server = await startServer();
  try {
    const session = await sessionFor(server.base, `/${query}`);
    log(`  server at ${server.base} (${session.note})`);
    const all = [];
    for (let i = 0; i < runs; i++) {
      const r = await lighthouseOnce(`${server.base}/${query}`, session.headers);
      log(
        `  run ${i + 1}/${runs}: performance ${r.performance}, FCP ${r.fcp.toFixed(0)} ms, LCP ${r.lcp.toFixed(0)} ms, TBT ${r.tbt.toFixed(0)} ms, CLS ${r.cls.toFixed(3)}, JS ${(r.scriptTransfer / 1024).toFixed(1)} kB`,
      );
      all.push(r);
    }
    return {
      query,
      session: session.note,
      median: medianRun(all),
      runs: all,
      load: [loadStart, os.loadavg()[0]],
      at: new Date().toISOString(),
      commit: commitOf(),
    };
  } finally {
    await server.stop();
  }
}

/** The median run by performance score (then LCP). */
function medianRun(runs) {
  const sorted = [...runs].sort((x, y) => x.performance - y.performance || y.lcp - x.lcp);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** The commit measured (LH_COMMIT names it for a copy of the tree outside git). */
function commitOf() {
  if (process.env.LH_COMMIT) return process.env.LH_COMMIT;
  const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repo, encoding: 'utf8' }).stdout.trim();
  if (!head) return 'unknown';
  const dirty = spawnSync('git', ['status', '--porcelain', '--', 'examples/portal', 'examples/server/src', 'packages'], {
    cwd: repo,
    encoding: 'utf8',
  }).stdout.trim();
  return dirty ? `${head} + uncommitted changes` : head;
}

const kB = (b) => `${(b / 1024).toFixed(1)} kB`;
const ms = (n) => `${(n / 1000).toFixed(2)} s`;
const spread = (xs, f) => (xs.length > 1 ? ` (${f(min(xs))}–${f(max(xs))})` : '');

/** The results file: the median run of `after`, and `before` beside it when given. */
export function report(after, before) {
  const m = machine();
  const s = after.median.settings;
  const cols = before ? ['before', 'after'] : ['this run'];
  const sets = before ? [before, after] : [after];
  const row = (label, pick, f, target = '') =>
    `| ${label} | ${sets.map((x) => `${f(pick(x.median))}${spread(x.runs.map(pick), f)}`).join(' | ')} | ${target} |`;
  const met = (ok) => (ok ? 'met' : '**not met**');
  const a = after.median;
  const lines = [
    `# Portal on a phone: Lighthouse, mobile preset — ${after.at.slice(0, 10)}`,
    '',
    'Generated by `pnpm --filter @city-forms/bench bench:lighthouse` (bench/lighthouse/run.mjs): the portal built, served by the example server (`src/main.ts`, precompressed assets) on 127.0.0.1, `/' +
      after.query +
      `' measured by Lighthouse ${a.lighthouse} in Chromium ${a.chromium} (${CHROMIUM}, headless). Preset: ${s.formFactor}, ${s.throttlingMethod} throttling, ${s.rttMs} ms RTT, ${(s.throughputKbps / 1024).toFixed(1)} Mbit/s, ${s.cpuSlowdownMultiplier}× CPU. Median run by performance score of ${after.runs.length}${before ? ` (before: ${before.runs.length})` : ''}, min–max in brackets. Login: ${after.session}.`,
    '',
    `| | ${cols.join(' | ')} | goal |`,
    `| --- | ${cols.map(() => '---:').join(' | ')} | --- |`,
    row(
      'performance',
      (r) => r.performance,
      (x) => x.toFixed(2),
      `≥ ${TARGET.performance}: ${met(a.performance >= TARGET.performance)}`,
    ),
    row('first contentful paint', (r) => r.fcp, ms),
    row('largest contentful paint', (r) => r.lcp, ms, `≤ ${ms(TARGET.lcpMs)}: ${met(a.lcp <= TARGET.lcpMs)}`),
    row(
      'total blocking time',
      (r) => r.tbt,
      (x) => `${x.toFixed(0)} ms`,
    ),
    row(
      'cumulative layout shift',
      (r) => r.cls,
      (x) => x.toFixed(3),
    ),
    row('speed index', (r) => r.si, ms),
    row(
      'accessibility',
      (r) => r.accessibility,
      (x) => x.toFixed(2),
      `1.00: ${met(a.accessibility >= TARGET.accessibility)}`,
    ),
    row(
      'best practices',
      (r) => r.bestPractices,
      (x) => x.toFixed(2),
      `1.00: ${met(a.bestPractices >= TARGET.bestPractices)}`,
    ),
    row('scripts (requests)', (r) => r.scriptCount, String),
    row('script bytes transferred', (r) => r.scriptTransfer, kB),
    row('script bytes (uncompressed)', (r) => r.scriptResource, kB),
    row('all bytes transferred', (r) => r.totalTransfer, kB),
    row('host CPU (Lighthouse benchmarkIndex)', (r) => r.benchmarkIndex ?? 0, String),
    '',
    `Largest contentful paint element (after): \`${a.lcpElement ?? '?'}\`.`,
    '',
    'Scripts of the median run (after), transferred / uncompressed: ' +
      a.scripts.map((x) => `\`${x.url}\` ${kB(x.transfer)} / ${kB(x.resource)}`).join(', ') +
      '.',
    '',
  ];
  for (const [label, x] of before
    ? [
        ['before', before],
        ['after', after],
      ]
    : [['this run', after]]) {
    lines.push(
      `- ${label}: commit ${x.commit}, ${x.at.slice(0, 16).replace('T', ' ')} UTC, load average (1 min) ${x.load[0].toFixed(2)} to ${x.load[1].toFixed(2)}${x.median.failing.accessibility.length + x.median.failing.bestPractices.length ? `; failing audits: ${[...x.median.failing.accessibility, ...x.median.failing.bestPractices].join('; ')}` : ''}.`,
    );
  }
  lines.push(
    '',
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memory}, Node ${m.node}. Shared with other work: simulated throttling scales the CPU time the page really took, so a busy machine gives a lower score; read the load average.`,
    '',
  );
  return lines.join('\n');
}

async function main(args) {
  if (args.includes('--check')) {
    if (typeof lighthouse !== 'function' || typeof launch !== 'function') throw new Error('lighthouse or chrome-launcher did not load');
    console.log(`bench: lighthouse/run.mjs loads${existsSync(CHROMIUM) ? '' : ` (no ${CHROMIUM}: a run would fail)`}`);
    return;
  }
  const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
  const outDir = join(benchDir, '.out');
  mkdirSync(outDir, { recursive: true });
  const result = await runLighthouse({
    runs: Number(opt('--runs', process.env.RUNS ?? 3)),
    build: !args.includes('--no-build'),
    query: opt('--query', undefined),
  });
  const save = opt('--save', undefined);
  const savedFile = save && join(outDir, `lighthouse-${save}.json`);
  if (savedFile && args.includes('--append') && existsSync(savedFile)) {
    // Runs added to a saved summary: before and after measured in turns, under the same load.
    const prior = JSON.parse(readFileSync(savedFile, 'utf8'));
    result.runs = [...prior.runs, ...result.runs];
    result.median = medianRun(result.runs);
    result.load = [Math.min(prior.load[0], result.load[0]), Math.max(prior.load[1], result.load[1])];
    result.at = prior.at;
  }
  if (savedFile) writeFileSync(savedFile, JSON.stringify(result, null, 2));
  const beforeName = opt('--before', undefined);
  const before = beforeName ? JSON.parse(readFileSync(join(outDir, `lighthouse-${beforeName}.json`), 'utf8')) : undefined;
  const md = report(result, before);
  writeFileSync(join(benchDir, 'results/lighthouse.md'), md);
  console.log(md);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
