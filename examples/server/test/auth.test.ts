/**
 * Sign-in, roles, the audit log, retention and the per-user quota (issue 13): over
 * real HTTP with the development users of users.dev.json (password `<id>-demo`).
 */
import { FIXTURES } from '@city-forms/rules/fixtures';
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../src/db.js';
import { purgeExpired } from '../src/retention.js';
import { buildServer } from '../src/server.js';
import { NOV_23, PROFILES, login, request, startServer, type Running } from './support.js';

const leave = FIXTURES.fushun.leave.valid;
const agenda = FIXTURES.fushun.agenda.valid;
const anonymous = { cookie: '' };
const SERVER_DIR = fileURLToPath(new URL('..', import.meta.url));

describe('an anonymous caller', () => {
  let s: Running;
  let id = '';
  beforeAll(async () => {
    s = await startServer({ profilesDir: PROFILES });
    id = (await request(s.base, 'POST', '/api/leave', { city: 'fushun', data: leave })).body.id;
  });
  afterAll(() => s.close());

  it.each([
    ['GET', '/api/submissions'],
    ['GET', '/api/submissions?city=fushun&limit=1000'],
    ['GET', '/api/submissions/:id'],
    ['GET', '/api/absences?from=0001-01-01&to=9999-12-31'],
    ['GET', '/api/absences?from=2026-12-01&to=2026-12-31&city=fushun'],
    ['POST', '/api/leave'],
    ['POST', '/api/agenda'],
    ['GET', '/api/me'],
    ['GET', '/api/audit'],
    ['GET', '/api/admin/profiles'],
  ])('gets 401 auth.required on %s %s, and no personal data', async (method, path) => {
    const body = method === 'POST' ? { city: 'fushun', data: leave } : undefined;
    const r = await request(s.base, method, path.replace(':id', id), body, anonymous);
    expect(r.status).toBe(401);
    expect(r.body).toMatchObject({ ok: false, code: 'auth.required' });
    expect(r.body.message).toMatch(/登录/);
    expect(JSON.stringify(r.body)).not.toContain(leave.applicantName);
  });

  it('still gets the public city list', async () => {
    const r = await request(s.base, 'GET', '/api/cities', undefined, anonymous);
    expect(r.status).toBe(200);
    expect(r.body.map((c: { id: string }) => c.id)).toContain('fushun');
  });

  it('is sent from the portal page to the login page, which needs no inline script or style', async () => {
    const page = await fetch(`${s.base}/?city=fushun&form=leave`, { redirect: 'manual' });
    expect(page.status).toBe(302);
    expect(page.headers.get('location')).toBe('/login?next=%2F%3Fcity%3Dfushun%26form%3Dleave');
    const login = await fetch(`${s.base}/login?next=%2F%3Fcity%3Dfushun`);
    expect(login.status).toBe(200);
    expect(login.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await login.text();
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toMatch(/<label for="username">用户名/);
    expect(html).toMatch(/<label for="password">密码/);
    expect(html).toContain('value="/?city=fushun"');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/\sstyle=|<style/);
    expect((await fetch(`${s.base}/auth/login.js`)).headers.get('content-type')).toMatch(/javascript/);
    // A next that leaves the site is dropped.
    expect(await (await fetch(`${s.base}/login?next=${encodeURIComponent('//evil.example/')}`)).text()).toContain('name="next" value="/"');
  });

  it('cannot sign in with a wrong password or an unknown name (401, same answer)', async () => {
    const wrong = await request(s.base, 'POST', '/auth/login', { username: 'zhangsan', password: 'nope' }, anonymous);
    const unknown = await request(s.base, 'POST', '/auth/login', { username: 'nobody', password: 'nope' }, anonymous);
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.headers.get('set-cookie')).toBeNull();
  });

  it('signs in with a cookie that is HttpOnly and SameSite=Lax, and signs out', async () => {
    const res = await fetch(`${s.base}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'lisi', password: 'lisi-demo', next: '/?city=fushun' }),
    });
    expect(await res.json()).toEqual({ ok: true, next: '/?city=fushun' });
    const setCookie = res.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^city-forms-session=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const cookie = setCookie.split(';')[0]!;
    expect((await request(s.base, 'GET', '/api/me', undefined, { cookie })).body).toEqual({ id: 'lisi', name: '李四', roles: ['submitter'], provider: 'dev' });
    const out = await request(s.base, 'POST', '/auth/logout', {}, { cookie });
    expect(out.status).toBe(200);
    expect(out.headers.get('set-cookie')).toMatch(/city-forms-session=;.*Expires=Thu, 01 Jan 1970/i);
    // A form post from another site cannot sign anyone in or out: JSON bodies only.
    const form = await request(s.base, 'POST', '/auth/login', 'username=lisi&password=lisi-demo', {
      cookie: '',
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(form.status).toBe(415);
  });
});

describe('roles: a submitter sees their own records, an office its city, an admin the audit log', () => {
  let s: Running;
  const c: Record<string, { cookie: string }> = {};
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    s = await startServer({ profilesDir: PROFILES });
    for (const u of ['zhangsan', 'lisi', 'fushun-office', 'demo-office', 'admin']) c[u] = { cookie: await login(s.base, u) };
    const post = async (who: string, form: string, city: string, data: unknown) => {
      const r = await request(s.base, 'POST', `/api/${form}`, { city, data }, c[who]);
      expect(r.status).toBe(201);
      return r.body.id as string;
    };
    ids['zhangsanFushun'] = await post('zhangsan', 'leave', 'fushun', { ...leave, applicantName: '张甲' });
    ids['zhangsanXianning'] = await post('zhangsan', 'leave', 'xianning', FIXTURES.xianning.leave.valid);
    ids['lisiFushun'] = await post('lisi', 'agenda', 'fushun', agenda);
    ids['officeFushun'] = await post('fushun-office', 'leave', 'fushun', { ...leave, applicantName: '办公室丙' });
  });
  afterAll(() => s.close());
  const listIds = async (who: string, query = '') => {
    const r = await request(s.base, 'GET', `/api/submissions${query}`, undefined, c[who]);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    return (r.body as { id: string }[]).map((x) => x.id).sort();
  };

  it('a submitter lists and reads only their own records, in every city', async () => {
    expect(await listIds('zhangsan')).toEqual([ids['zhangsanFushun'], ids['zhangsanXianning']].sort());
    expect(await listIds('zhangsan', '?city=fushun&limit=1000')).toEqual([ids['zhangsanFushun']]);
    expect(await listIds('lisi')).toEqual([ids['lisiFushun']]);
    expect((await request(s.base, 'GET', `/api/submissions/${ids['zhangsanFushun']}`, undefined, c['zhangsan'])).status).toBe(200);
    const other = await request(s.base, 'GET', `/api/submissions/${ids['zhangsanFushun']}`, undefined, c['lisi']);
    expect(other.status).toBe(403);
    expect(other.body).toMatchObject({ ok: false, code: 'auth.forbidden' });
    expect(JSON.stringify(other.body)).not.toContain('张甲');
  });

  it("an office lists and reads its city's records (everyone's), never another city's", async () => {
    expect(await listIds('fushun-office')).toEqual([ids['zhangsanFushun'], ids['lisiFushun'], ids['officeFushun']].sort());
    expect(await listIds('fushun-office', '?city=fushun&form=leave')).toEqual([ids['zhangsanFushun'], ids['officeFushun']].sort());
    expect((await request(s.base, 'GET', '/api/submissions?city=xianning', undefined, c['fushun-office'])).status).toBe(403);
    expect((await request(s.base, 'GET', `/api/submissions/${ids['zhangsanXianning']}`, undefined, c['fushun-office'])).status).toBe(403);
    expect(await listIds('demo-office')).toEqual([]);
    expect((await request(s.base, 'GET', `/api/submissions/${ids['lisiFushun']}`, undefined, c['demo-office'])).status).toBe(403);
    // An office submits for its own city only.
    const elsewhere = await request(s.base, 'POST', '/api/leave', { city: 'fushun', data: leave }, c['demo-office']);
    expect(elsewhere.status).toBe(403);
  });

  it('absences: named to the office of the city, anonymous to a submitter, refused to an admin; one city at a time', async () => {
    const q = '/api/absences?from=2026-11-01&to=2026-12-31&city=fushun';
    const named = await request(s.base, 'GET', q, undefined, c['fushun-office']);
    expect(named.body.map((a: { name: string }) => a.name).sort()).toEqual(['办公室丙', '张甲']);
    const anon = await request(s.base, 'GET', q, undefined, c['lisi']);
    expect(anon.body).toHaveLength(2);
    expect(JSON.stringify(anon.body)).not.toMatch(/张甲|办公室丙/);
    for (const a of anon.body) expect(Object.keys(a).sort()).toEqual(expect.arrayContaining(['anonymous', 'endDate', 'role', 'startDate']));
    // Another city's office is neither that city's office nor a submitter.
    expect((await request(s.base, 'GET', q, undefined, c['demo-office'])).status).toBe(403);
    expect((await request(s.base, 'GET', q, undefined, c['admin'])).status).toBe(403);
    expect((await request(s.base, 'GET', '/api/absences?from=2026-11-01&to=2026-12-31', undefined, c['fushun-office'])).status).toBe(400);
    expect((await request(s.base, 'GET', '/api/absences?from=0001-01-01&to=9999-12-31&city=fushun', undefined, c['fushun-office'])).status).toBe(400);
  });

  it('an admin sees no records by that role, but reads the audit log; nobody else does', async () => {
    expect((await request(s.base, 'GET', '/api/submissions', undefined, c['admin'])).status).toBe(403);
    expect((await request(s.base, 'GET', '/api/audit', undefined, c['zhangsan'])).status).toBe(403);
    expect((await request(s.base, 'GET', '/api/audit', undefined, c['fushun-office'])).status).toBe(403);
    const log = await request(s.base, 'GET', '/api/audit?limit=1000', undefined, c['admin']);
    expect(log.status).toBe(200);
    const entries = log.body as { seq: number; actor: string; action: string; target: string; status: number; ip: string; at: string; detail: unknown }[];
    const has = (e: Partial<(typeof entries)[number]>) => entries.some((x) => Object.entries(e).every(([k, v]) => x[k as keyof typeof x] === v));
    expect(has({ actor: 'user:zhangsan', action: 'login', status: 200, ip: '127.0.0.1' })).toBe(true);
    expect(has({ actor: 'user:zhangsan', action: 'write', target: `submission:${ids['zhangsanFushun']}`, status: 201 })).toBe(true);
    expect(has({ actor: 'user:zhangsan', action: 'read', target: `submission:${ids['zhangsanFushun']}`, status: 200 })).toBe(true);
    expect(has({ actor: 'user:lisi', action: 'denied', target: `submission:${ids['zhangsanFushun']}`, status: 403 })).toBe(true);
    expect(has({ actor: 'user:fushun-office', action: 'read', target: 'absences?city=fushun&from=2026-11-01&to=2026-12-31', status: 200 })).toBe(true);
    expect(has({ actor: 'user:admin', action: 'denied', target: 'submissions?city=&form=', status: 403 })).toBe(true);
    const list = entries.find((e) => e.actor === 'user:fushun-office' && e.action === 'read' && e.target === 'submissions?city=&form=');
    expect(list?.detail).toMatchObject({ ids: expect.arrayContaining([ids['lisiFushun']]) });
    expect(entries[0]!.seq).toBeGreaterThan(entries.at(-1)!.seq);
    expect(entries.every((e) => e.at === NOV_23().toISOString())).toBe(true);
    // Paged with before=.
    const page = await request(s.base, 'GET', `/api/audit?limit=2&before=${entries[0]!.seq}`, undefined, c['admin']);
    expect(page.body.map((e: { seq: number }) => e.seq)).toEqual([entries[0]!.seq - 1, entries[0]!.seq - 2]);
  });

  it('keeps the audit log append-only in the database', () => {
    const db = new Database(join(s.dataDir, 'city-forms.sqlite'));
    try {
      expect(() => db.prepare("UPDATE audit_log SET actor = 'someone'").run()).toThrow(/append-only/);
      expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    } finally {
      db.close();
    }
  });

  it("never replays another user's answer for a reused Idempotency-Key (409)", async () => {
    const key = { 'idempotency-key': 'shared-key-1' };
    const first = await request(s.base, 'POST', '/api/agenda', { city: 'fushun', data: agenda }, { ...c['zhangsan'], ...key });
    expect(first.status).toBe(201);
    const again = await request(s.base, 'POST', '/api/agenda', { city: 'fushun', data: agenda }, { ...c['zhangsan'], ...key });
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const other = await request(s.base, 'POST', '/api/agenda', { city: 'fushun', data: agenda }, { ...c['lisi'], ...key });
    expect(other.status).toBe(409);
    expect(JSON.stringify(other.body)).not.toContain(first.body.id);
  });
});

describe('per-user storage quota', () => {
  it('counts what each user stored, not what their address stored', async () => {
    const s = await startServer({ quotaBytes: 6000 });
    try {
      const lisi = { cookie: await login(s.base, 'lisi') };
      let refused = null;
      for (let i = 0; i < 20 && !refused; i++) {
        const r = await request(s.base, 'POST', '/api/agenda', { city: 'fushun', data: { ...agenda, title: `议题${i}` } });
        if (r.status === 413) refused = r;
        else expect(r.status).toBe(201);
      }
      expect(refused?.body).toMatchObject({ ok: false, code: 'storage-quota-exceeded' });
      // Another user on the same address still has their whole quota.
      expect((await request(s.base, 'POST', '/api/agenda', { city: 'fushun', data: agenda }, lisi)).status).toBe(201);
      expect(s.db((db) => db.prepare('SELECT DISTINCT owner FROM submissions ORDER BY owner').all())).toEqual([
        { owner: 'user:lisi' },
        { owner: 'user:zhangsan' },
      ]);
    } finally {
      await s.close();
    }
  });
});

describe('retention', () => {
  const DAY = 86_400_000;

  it('purgeExpired deletes the submissions older than the retention, keeps the rest, and writes the audit log', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'city-forms-retention-'));
    const store = openStore(dir);
    try {
      const row = (id: string, createdAt: string) => ({
        id,
        form: 'agenda',
        city: 'fushun',
        profile_version: null,
        created_at: createdAt,
        data: '{}',
        derived: null,
        result: '{}',
        idempotency_key: null,
        request_hash: null,
        applicant_name: null,
        role: null,
        portfolio: null,
        start_date: null,
        end_date: null,
        owner: 'user:zhangsan',
        size_bytes: 4,
      });
      const now = NOV_23();
      await store.insert(row('old', new Date(now.getTime() - 31 * DAY).toISOString()));
      await store.insert(row('edge', new Date(now.getTime() - 29 * DAY).toISOString()));
      await store.insert(row('new', now.toISOString()));
      expect(await purgeExpired(store, { days: 30, now })).toBe(1);
      expect(await store.byId('old')).toBeUndefined();
      expect((await store.byId('edge'))?.id).toBe('edge');
      expect(await purgeExpired(store, { days: 30, now })).toBe(0);
      const log = await store.auditLog({ limit: 10 });
      expect(log).toHaveLength(1);
      expect(log[0]).toMatchObject({ actor: 'system', action: 'purge', target: 'submissions' });
      expect(JSON.parse(log[0]!.detail!)).toMatchObject({ deleted: 1, retentionDays: 30 });
      await expect(purgeExpired(store, { days: 0, now })).rejects.toThrow(/positive/);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the server purges expired submissions when it starts (retentionDays)', async () => {
    const s = await startServer();
    const posted = await request(s.base, 'POST', '/api/agenda', { city: 'fushun', data: agenda });
    expect(posted.status).toBe(201);
    await s.app.close();
    const later = () => new Date(NOV_23().getTime() + 40 * DAY);
    const again = buildServer({ dataDir: s.dataDir, clock: later, retentionDays: 30 });
    try {
      await again.listen({ host: '127.0.0.1', port: 0 });
      await expect.poll(() => s.rows(), { timeout: 10_000 }).toBe(0);
      expect(s.db((db) => db.prepare("SELECT action, actor FROM audit_log WHERE action = 'purge'").all())).toEqual([{ action: 'purge', actor: 'system' }]);
    } finally {
      await again.close();
      rmSync(s.dataDir, { recursive: true, force: true });
    }
  });

  it('purges from the command line (pnpm purge: CITY_FORMS_RETENTION_DAYS, DATA_DIR)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'city-forms-purge-cli-'));
    try {
      const store = openStore(dir);
      const base = {
        form: 'agenda',
        city: 'fushun',
        profile_version: null,
        data: '{}',
        derived: null,
        result: '{}',
        idempotency_key: null,
        request_hash: null,
      };
      const leaveCols = { applicant_name: null, role: null, portfolio: null, start_date: null, end_date: null, owner: null, size_bytes: 0 };
      await store.insert({ id: 'ancient', created_at: '2000-01-01T00:00:00.000Z', ...base, ...leaveCols });
      await store.insert({ id: 'recent', created_at: new Date().toISOString(), ...base, ...leaveCols });
      await store.close();
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/retention.ts'], {
        cwd: SERVER_DIR,
        env: { ...process.env, DATA_DIR: dir, CITY_FORMS_RETENTION_DAYS: '365', DATABASE_URL: '' },
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(run.stderr).toBe('');
      expect(run.stdout).toMatch(/^purged 1 submission older than 365 days/);
      const check = openStore(dir);
      expect((await check.byId('ancient')) === undefined && (await check.byId('recent'))?.id === 'recent').toBe(true);
      await check.close();
      const missing = spawnSync(process.execPath, ['--import', 'tsx', 'src/retention.ts'], {
        cwd: SERVER_DIR,
        env: { ...process.env, DATA_DIR: dir, CITY_FORMS_RETENTION_DAYS: '' },
        encoding: 'utf8',
      });
      expect(missing.status).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('proxy and rate limit', () => {
  it('rate-limits unknown paths too (429 rate-limited from the not-found handler)', async () => {
    const s = await startServer({ rateLimit: { max: 3, timeWindowMs: 60_000 }, as: null });
    try {
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await request(s.base, 'GET', `/api/nope-${i}`)).status);
      expect(statuses).toEqual([404, 404, 404, 429]);
      expect((await request(s.base, 'GET', '/nothing-here.txt')).body).toMatchObject({ ok: false, code: 'rate-limited' });
    } finally {
      await s.close();
    }
  });

  it('believes X-Forwarded-For only with trustProxy (the audit log and the rate limit key)', async () => {
    for (const trustProxy of [false, true]) {
      const s = await startServer({ trustProxy, as: null });
      try {
        const r = await request(s.base, 'POST', '/auth/login', { username: 'zhangsan', password: 'zhangsan-demo' }, { 'x-forwarded-for': '203.0.113.9' });
        expect(r.status).toBe(200);
        const ip = s.db((db) => (db.prepare("SELECT ip FROM audit_log WHERE action = 'login'").get() as { ip: string }).ip);
        expect(ip).toBe(trustProxy ? '203.0.113.9' : '127.0.0.1');
      } finally {
        await s.close();
      }
    }
  });
});

describe('admin: city profiles', () => {
  let s: Running;
  let dir = '';
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'city-forms-admin-profiles-'));
    cpSync(PROFILES, dir, { recursive: true });
    s = await startServer({ profilesDir: dir, as: 'admin' });
  });
  afterAll(async () => {
    await s.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists the profiles of the folder, and writes a checked one that is served at once', async () => {
    const list = await request(s.base, 'GET', '/api/admin/profiles');
    expect(list.body.profiles.map((p: { id: string }) => p.id)).toEqual(['demo']);
    const demo = JSON.parse(readFileSync(join(PROFILES, 'demo.json'), 'utf8')) as Record<string, unknown>;
    const put = await request(s.base, 'PUT', '/api/admin/profiles/demo2', { ...demo, id: 'demo2', name: { 'zh-CN': '示例二市', en: 'Demo Two' } });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect(JSON.parse(readFileSync(join(dir, 'demo2.json'), 'utf8')).id).toBe('demo2');
    const cities = await request(s.base, 'GET', '/api/cities');
    expect(cities.body.map((c: { id: string }) => c.id)).toContain('demo2');
  });

  it('refuses a profile check-config refuses (422), a built-in id (409), a wrong id, and a non-admin (403)', async () => {
    const bad = await request(s.base, 'PUT', '/api/admin/profiles/broken', { id: 'broken', extends: 'national' });
    expect(bad.status).toBe(422);
    expect(bad.body).toMatchObject({ ok: false, code: 'profiles.invalid' });
    expect(bad.body.message).toMatch(/version/);
    const demo = JSON.parse(readFileSync(join(PROFILES, 'demo.json'), 'utf8')) as Record<string, unknown>;
    const clash = await request(s.base, 'PUT', '/api/admin/profiles/fushun', { ...demo, id: 'fushun' });
    expect([409, 422]).toContain(clash.status);
    expect((await request(s.base, 'PUT', '/api/admin/profiles/x1', { ...demo, id: 'x2' })).status).toBe(400);
    const office = { cookie: await login(s.base, 'fushun-office') };
    expect((await request(s.base, 'PUT', '/api/admin/profiles/demo3', { ...demo, id: 'demo3' }, office)).status).toBe(403);
    expect((await request(s.base, 'GET', '/api/admin/profiles', undefined, office)).status).toBe(403);
  });
});
