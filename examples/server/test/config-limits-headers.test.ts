/**
 * Issue 13, items 3, 4 and 9: cities are server configuration (a profiles folder
 * checked at start by check-config; a request names a city id only), a rate limit,
 * the data stored once and a per-client storage quota, and the security headers
 * (CSP, frame-ancestors, Referrer-Policy, no-store on personal data).
 * Over real HTTP on 127.0.0.1 (port 0) with temp data dirs.
 */
import { FIXTURES } from '@city-forms/rules/fixtures';
import Database from 'better-sqlite3';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../src/server.js';
import { NOV_23, PROFILES, request, startServer, type Reply, type Running } from './support.js';

const SERVER_DIR = fileURLToPath(new URL('..', import.meta.url));
const leaveValid = FIXTURES.fushun.leave.valid;

const start = startServer;

function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

describe('cities are server configuration (issue 13 item 3)', () => {
  let s: Running;
  beforeAll(async () => {
    s = await start({ profilesDir: PROFILES });
  });
  afterAll(() => s.close());

  it('refuses a city profile in the body with 400 input.profile-not-accepted and stores nothing (it switched 抚顺 rules off)', async () => {
    const retroactive = FIXTURES.fushun.leave.violations['leave.retroactive']!.data;
    const loosened = {
      id: 'fushun-x',
      extends: 'fushun',
      version: '1.0.0',
      name: { 'zh-CN': '抚顺市', en: 'Fushun' },
      source: { title: '抚顺市人民政府工作规则' },
      rules: { 'leave.retroactive': null, 'leave.notice-too-short': null },
    };
    const r = await request(s.base, 'POST', '/api/leave', { city: loosened, data: retroactive });
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ ok: false, code: 'input.profile-not-accepted' });
    expect(typeof r.body.message).toBe('string');
    // Not even a profile object that claims a configured city's id.
    const demo = JSON.parse(readFileSync(join(PROFILES, 'demo.json'), 'utf8')) as unknown;
    const byObject = await request(s.base, 'POST', '/api/leave', { city: demo, data: leaveValid });
    expect(byObject.status).toBe(400);
    expect(byObject.body.code).toBe('input.profile-not-accepted');
    expect(s.db((db) => (db.prepare('SELECT COUNT(*) AS n FROM submissions').get() as { n: number }).n)).toBe(0);
    // The same retroactive leave by id: the built-in city refuses it.
    const byId = await request(s.base, 'POST', '/api/leave', { city: 'fushun', data: retroactive });
    expect(byId.status).toBe(422);
    expect(byId.body.issues.map((i: { code: string }) => i.code)).toContain('leave.retroactive');
  });

  it('serves the built-in cities and the profiles of its folder (GET /api/cities), and validates against them by id', async () => {
    const list = await request(s.base, 'GET', '/api/cities');
    expect(list.body.map((c: { id: string }) => c.id)).toEqual(['xianning', 'fushun', 'panzhihua', 'huarong', 'jining', 'demo']);
    expect(list.body[5].profile).toEqual(JSON.parse(readFileSync(join(PROFILES, 'demo.json'), 'utf8')));
    const data = { ...leaveValid, applicantName: '示例员' };
    expect((await request(s.base, 'POST', '/api/leave', { city: 'demo', data })).status).toBe(201);
    // The demo city's own rules apply: 2 working days' notice (第三十三条).
    const late = await request(s.base, 'POST', '/api/leave', { city: 'demo', data: { ...data, startDate: '2026-11-24', endDate: '2026-11-25' } });
    expect(late.status).toBe(422);
    expect(late.body.issues.find((i: { code: string }) => i.code === 'leave.notice-too-short').citation).toBe('依据《示例市人民政府工作规则》第三十三条');
  });

  it('serves only the built-in cities without a profiles folder', async () => {
    const plain = await start();
    try {
      const list = await request(plain.base, 'GET', '/api/cities');
      expect(list.body.map((c: { id: string }) => c.id)).toEqual(['xianning', 'fushun', 'panzhihua', 'huarong', 'jining']);
      const r = await request(plain.base, 'POST', '/api/leave', { city: 'demo', data: leaveValid });
      expect(r.status).toBe(400);
      expect(r.body.code).toBe('input.unknown-city');
    } finally {
      await plain.close();
    }
  });

  it('does not start with a bad profile: the error names the file and says what city-forms check-config says', async () => {
    const dir = tempDir('city-forms-profiles-');
    const bad = join(dir, 'broken.json');
    writeFileSync(bad, JSON.stringify({ id: 'Broken City', extends: 'national', version: '1', roles: 42 }));
    writeFileSync(join(dir, 'demo.json'), readFileSync(join(PROFILES, 'demo.json')));
    const dataDir = tempDir('city-forms-config-');
    const app = buildServer({ dataDir, profilesDir: dir });
    try {
      const err = await app.ready().then(
        () => null,
        (e: unknown) => e as Error,
      );
      expect(err?.name).toBe('ProfileConfigError');
      expect(err?.message).toContain(bad);
      expect(err?.message).not.toContain('demo.json');
      // The very lines the command prints for the file.
      const cli = spawnSync(join(SERVER_DIR, 'node_modules/.bin/city-forms'), ['check-config', bad], { encoding: 'utf8' });
      expect(cli.status).toBe(1);
      const lines = cli.stderr.trim().split('\n');
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(err?.message).toContain(line);
    } finally {
      await app.close().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('does not start with a profile that reuses a built-in id, or two profiles with one id, or a missing folder', async () => {
    const dir = tempDir('city-forms-profiles-');
    const dataDir = tempDir('city-forms-config-');
    const demo = JSON.parse(readFileSync(join(PROFILES, 'demo.json'), 'utf8')) as Record<string, unknown>;
    const failure = async (profilesDir: string) => {
      const app = buildServer({ dataDir, profilesDir });
      try {
        return await app.ready().then(
          () => '',
          (e: unknown) => (e as Error).message,
        );
      } finally {
        await app.close().catch(() => undefined);
      }
    };
    try {
      writeFileSync(join(dir, 'fushun.json'), JSON.stringify({ ...demo, id: 'fushun' }));
      expect(await failure(dir)).toMatch(/fushun\.json[\s\S]*'fushun' is the id of a built-in city/);
      rmSync(join(dir, 'fushun.json'));
      writeFileSync(join(dir, 'a.json'), JSON.stringify(demo));
      writeFileSync(join(dir, 'b.json'), JSON.stringify(demo));
      expect(await failure(dir)).toMatch(/b\.json: id 'demo' is already the id of .*a\.json/);
      expect(await failure(join(dir, 'missing'))).toMatch(/CITY_FORMS_PROFILES_DIR: cannot read the profiles folder/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('src/main.ts reads CITY_FORMS_PROFILES_DIR: exits 1 with the message for a bad folder, serves the profiles of a good one', async () => {
    const dir = tempDir('city-forms-profiles-');
    const dataDir = tempDir('city-forms-config-');
    writeFileSync(join(dir, 'broken.json'), JSON.stringify({ id: 'broken', extends: 'atlantis' }));
    const env = { ...process.env, PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
    try {
      const bad = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
        cwd: SERVER_DIR,
        env: { ...env, CITY_FORMS_PROFILES_DIR: dir },
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(bad.status).toBe(1);
      expect(bad.stderr).toContain(join(dir, 'broken.json'));
      expect(bad.stderr).toMatch(/version: required/);

      const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
        cwd: SERVER_DIR,
        env: { ...env, CITY_FORMS_PROFILES_DIR: PROFILES },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      try {
        const url = await new Promise<string>((resolve, reject) => {
          let out = '';
          child.stdout.on('data', (b: Buffer) => {
            out += b.toString();
            const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
            if (m) resolve(m[0]);
          });
          child.on('exit', (code) => reject(new Error(`main.ts exited ${code}: ${out}`)));
        });
        const cities = (await (await fetch(`${url}api/cities`)).json()) as { id: string }[];
        expect(cities.map((c) => c.id)).toContain('demo');
      } finally {
        child.kill('SIGTERM');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('rate limit and storage (issue 13 item 4)', () => {
  it('limits requests per client: 429 rate-limited in the documented shape, with Retry-After', async () => {
    const s = await start({ rateLimit: { max: 5, timeWindowMs: 60_000 } });
    try {
      for (let i = 0; i < 5; i++) expect((await request(s.base, 'GET', '/api/cities')).status).toBe(200);
      const r = await request(s.base, 'POST', '/api/leave', { city: 'fushun', data: leaveValid });
      expect(r.status).toBe(429);
      expect(r.body).toMatchObject({ ok: false, code: 'rate-limited' });
      expect(r.body.message).toMatch(/at most 5 per 60 s/);
      expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(s.db((db) => (db.prepare('SELECT COUNT(*) AS n FROM submissions').get() as { n: number }).n)).toBe(0);
    } finally {
      await s.close();
    }
  });

  it('has a rate limit by default (1000 requests per minute per client)', async () => {
    const s = await start();
    try {
      const r = await request(s.base, 'GET', '/api/cities');
      expect(r.headers.get('x-ratelimit-limit')).toBe('1000');
      expect(Number(r.headers.get('x-ratelimit-remaining'))).toBe(999);
    } finally {
      await s.close();
    }
  });

  it('stores the submitted data once per row, and a replay still answers the first result', async () => {
    const s = await start();
    try {
      const marker = `标记${'字'.repeat(300)}`;
      const body = { city: 'fushun', data: { ...leaveValid, reason: marker } };
      const first = await request(s.base, 'POST', '/api/leave', body, { 'idempotency-key': 'once-1' });
      expect(first.status).toBe(201);
      const row = s.db((db) => db.prepare('SELECT * FROM submissions').get() as Record<string, unknown>);
      const occurrences = Object.values(row).reduce<number>((n, v) => n + (typeof v === 'string' ? v.split(marker).length - 1 : 0), 0);
      expect(occurrences).toBe(1);
      const replay = await request(s.base, 'POST', '/api/leave', body, { 'idempotency-key': 'once-1' });
      expect(replay.status).toBe(201);
      expect(replay.headers.get('idempotent-replayed')).toBe('true');
      expect(replay.body).toEqual(first.body);
    } finally {
      await s.close();
    }
  });

  it('upgrades a version-1 database: the result column loses its copy of the data, answers unchanged', async () => {
    const dataDir = tempDir('city-forms-config-');
    mkdirSync(dataDir, { recursive: true });
    const old = new Database(join(dataDir, 'city-forms.sqlite'));
    old.exec(`CREATE TABLE submissions (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, form TEXT NOT NULL, city TEXT NOT NULL,
      profile_version TEXT, created_at TEXT NOT NULL, data TEXT NOT NULL, derived TEXT, result TEXT NOT NULL, idempotency_key TEXT UNIQUE,
      request_hash TEXT, applicant_name TEXT, role TEXT, portfolio TEXT, start_date TEXT, end_date TEXT)`);
    const data = { title: '旧记录' };
    const result = { ok: true, issues: [], derived: { x: 1 }, data, profile: { id: 'fushun', version: '1' }, calendar: { source: 's', version: '1' } };
    old
      .prepare(
        `INSERT INTO submissions (id, form, city, created_at, data, derived, result, idempotency_key, request_hash) VALUES (?, 'agenda', 'fushun', ?, ?, ?, ?, 'k1', 'h')`,
      )
      .run('old-1', '2026-11-20T00:00:00.000Z', JSON.stringify(data), JSON.stringify({ x: 1 }), JSON.stringify(result));
    old.pragma('user_version = 1');
    old.close();
    const app = buildServer({ dataDir, clock: NOV_23 });
    try {
      await app.ready();
      // A row from before sign-in has no owner: its city's office reads it.
      const signIn = await app.inject({ method: 'POST', url: '/auth/login', payload: { username: 'fushun-office', password: 'fushun-office-demo' } });
      const cookie = String(signIn.headers['set-cookie']).split(';')[0]!;
      const one = await app.inject({ method: 'GET', url: '/api/submissions/old-1', headers: { cookie } });
      expect(one.json()).toMatchObject({ id: 'old-1', data, derived: { x: 1 } });
      const db = new Database(join(dataDir, 'city-forms.sqlite'), { readonly: true });
      const row = db.prepare('SELECT result, size_bytes FROM submissions').get() as { result: string; size_bytes: number };
      expect(db.pragma('user_version', { simple: true })).toBe(4);
      db.close();
      expect(JSON.parse(row.result)).toEqual({ ok: true, issues: [], profile: { id: 'fushun', version: '1' }, calendar: { source: 's', version: '1' } });
      expect(row.size_bytes).toBeGreaterThan(0);
    } finally {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('keeps a per-client storage quota: 413 storage-quota-exceeded once it is used up, nothing stored beyond it', async () => {
    const s = await start({ quotaBytes: 6000 });
    try {
      const statuses: number[] = [];
      let refused: Reply | undefined;
      for (let i = 0; i < 20 && !refused; i++) {
        const r = await request(s.base, 'POST', '/api/leave', { city: 'fushun', data: { ...leaveValid, applicantName: `配额${i}` } });
        statuses.push(r.status);
        if (r.status !== 201) refused = r;
      }
      expect(statuses.filter((x) => x === 201).length).toBeGreaterThan(0);
      expect(refused?.status).toBe(413);
      expect(refused?.body).toMatchObject({ ok: false, code: 'storage-quota-exceeded' });
      const { n, bytes } = s.db((db) => db.prepare('SELECT COUNT(*) AS n, SUM(size_bytes) AS bytes FROM submissions').get() as { n: number; bytes: number });
      expect(n).toBe(statuses.filter((x) => x === 201).length);
      expect(bytes).toBeLessThanOrEqual(6000);
      // The stored bytes are what the row holds.
      const actual = s.db(
        (db) =>
          (
            db.prepare('SELECT SUM(length(CAST(data AS BLOB)) + length(CAST(derived AS BLOB)) + length(CAST(result AS BLOB))) AS b FROM submissions').get() as {
              b: number;
            }
          ).b,
      );
      expect(bytes).toBe(actual);
      // An invalid submission is still answered 422 (validation comes first), and reads still work.
      const bad = await request(s.base, 'POST', '/api/leave', { city: 'fushun', data: { ...leaveValid, applicantName: '' } });
      expect(bad.status).toBe(422);
      expect((await request(s.base, 'GET', '/api/submissions?city=fushun')).status).toBe(200);
    } finally {
      await s.close();
    }
  });
});

describe('security headers (issue 13 item 9)', () => {
  let s: Running;
  let staticDir: string;
  beforeAll(async () => {
    staticDir = tempDir('city-forms-static-');
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>t</title>');
    s = await start({ staticDir });
  });
  afterAll(async () => {
    await s.close();
    rmSync(staticDir, { recursive: true, force: true });
  });

  function csp(headers: Headers): Map<string, string> {
    const value = headers.get('content-security-policy') ?? '';
    return new Map(
      value
        .split(';')
        .map((d) => d.trim())
        .filter(Boolean)
        .map((d) => [d.split(/\s+/)[0]!, d.split(/\s+/).slice(1).join(' ')] as const),
    );
  }

  it("sends a CSP with script-src 'self', frame-ancestors 'self' and Referrer-Policy on the portal page, assets, API answers and errors", async () => {
    for (const path of ['/', '/some/client/route', '/index.html', '/api/cities', '/api/nothing', '/missing.js']) {
      const r = await request(s.base, 'GET', path);
      const policy = csp(r.headers);
      expect(policy.get('script-src'), path).toBe("'self'");
      expect(policy.get('style-src'), path).toBe("'self'");
      expect(policy.get('frame-ancestors'), path).toBe("'self'");
      expect(policy.get('object-src'), path).toBe("'none'");
      expect(policy.has('upgrade-insecure-requests'), path).toBe(false);
      expect(r.headers.get('referrer-policy'), path).toBe('no-referrer');
      expect(r.headers.get('x-frame-options'), path).toBe('SAMEORIGIN');
      expect(r.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
  });

  it('takes other frame-ancestors from the options (and then sends no X-Frame-Options)', async () => {
    const other = await start({ frameAncestors: ["'self'", 'https://portal.example.gov.cn'] });
    try {
      const r = await request(other.base, 'GET', '/api/cities');
      expect(csp(r.headers).get('frame-ancestors')).toBe("'self' https://portal.example.gov.cn");
      expect(r.headers.get('x-frame-options')).toBeNull();
    } finally {
      await other.close();
    }
  });

  it('answers Cache-Control: no-store on every API answer with personal data (201, 422, lists, absences, errors)', async () => {
    const created = await request(s.base, 'POST', '/api/leave', { city: 'fushun', data: leaveValid });
    expect(created.status).toBe(201);
    const invalid = await request(s.base, 'POST', '/api/leave', { city: 'fushun', data: FIXTURES.fushun.leave.violations['leave.notice-too-short']!.data });
    expect(invalid.status).toBe(422);
    const answers = [
      created,
      invalid,
      await request(s.base, 'GET', '/api/submissions?city=fushun'),
      await request(s.base, 'GET', `/api/submissions/${created.body.id}`),
      await request(s.base, 'GET', '/api/absences?from=2026-11-01&to=2026-12-31&city=fushun'),
      await request(s.base, 'GET', '/api/submissions?city=a&city=b'),
    ];
    expect(answers.map((a) => a.status)).toEqual([201, 422, 200, 200, 200, 400]);
    for (const a of answers) expect(a.headers.get('cache-control')).toBe('no-store');
    // The portal page itself is revalidated, not stored forever.
    expect((await request(s.base, 'GET', '/')).headers.get('cache-control')).toBe('no-cache');
  });
});
