/**
 * The demo server, tested over real HTTP on 127.0.0.1 (port 0) with a temp data dir.
 */
import { FIXTURES } from '@city-forms/rules/fixtures';
import Database from 'better-sqlite3';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BODY_LIMIT, buildServer, type ServerOptions } from '../src/server.js';
import { NOV_23, PROFILES, login, request, startServer, type Running } from './support.js';

/** The server as `pnpm start` runs it: with the profiles folder (the portal's custom city). */
const start = (options: Partial<ServerOptions> = {}) => startServer({ profilesDir: PROFILES, ...options });

const leaveValid = FIXTURES.fushun.leave.valid;
const paired = FIXTURES.fushun.leave.violations['leave.paired-absence']!;

describe('POST /api/:form', () => {
  let s: Running;
  beforeAll(async () => {
    s = await start();
  });
  afterAll(() => s.close());

  it('accepts a valid submission (201) and stores the cleaned data', async () => {
    const r = await request(s.base, 'POST', '/api/leave', { city: 'fushun', data: leaveValid });
    expect(r.status).toBe(201);
    expect(r.body.ok).toBe(true);
    expect(r.body.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(r.body.result.ok).toBe(true);
    expect(r.body.result.profile.id).toBe('fushun');
    expect(r.body.result.derived.route).toBeTruthy();
    expect(s.rows(`id = '${r.body.id}'`)).toBe(1);

    const one = await request(s.base, 'GET', `/api/submissions/${r.body.id}`);
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ id: r.body.id, form: 'leave', city: 'fushun', data: { applicantName: '李明', startDate: '2026-12-01' } });
    expect(one.body.createdAt).toBe('2026-11-23T02:00:00.000Z');
  });

  it.each(Object.keys(FIXTURES) as (keyof typeof FIXTURES)[])('accepts the valid fixture of every form in %s', async (city) => {
    for (const form of ['leave', 'agenda', 'document'] as const) {
      const r = await request(s.base, 'POST', `/api/${form}`, { city, data: FIXTURES[city][form].valid });
      expect({ form, status: r.status, issues: r.body.issues }).toEqual({ form, status: 201, issues: undefined });
    }
  });

  it('rejects an invalid submission with 422, the issue codes and citations', async () => {
    const before = s.rows();
    const data = FIXTURES.fushun.leave.violations['leave.notice-too-short']!.data;
    const r = await request(s.base, 'POST', '/api/leave', { city: 'fushun', data });
    expect(r.status).toBe(422);
    expect(r.body.ok).toBe(false);
    const issue = r.body.issues.find((i: { code: string }) => i.code === 'leave.notice-too-short');
    expect(issue).toMatchObject({
      severity: 'error',
      path: ['startDate'],
      clause: { source: 'fushun', article: '五十四' },
      citation: '依据《抚顺市人民政府工作规则》第五十四条',
    });
    expect(issue.message).toMatch(/\S/);
    expect(s.rows()).toBe(before);
  });

  it('answers with English messages when asked', async () => {
    const data = FIXTURES.fushun.leave.violations['leave.notice-too-short']!.data;
    const r = await request(s.base, 'POST', '/api/leave', { city: 'fushun', data, locale: 'en' });
    expect(r.status).toBe(422);
    const issue = r.body.issues.find((i: { code: string }) => i.code === 'leave.notice-too-short');
    expect(issue.message).toMatch(/[A-Za-z]/);
    expect(issue.message).not.toMatch(/[\u4e00-\u9fff]{4}/);
  });

  it('rejects every error-level violation fixture of every city (that needs no context) with its code', async () => {
    let checked = 0;
    for (const [city, forms] of Object.entries(FIXTURES)) {
      for (const form of ['leave', 'agenda', 'document'] as const) {
        for (const [code, v] of Object.entries(forms[form].violations)) {
          if (!v || v.context || v.severity !== 'error') continue;
          const r = await request(s.base, 'POST', `/api/${form}`, { city, data: v.data });
          expect({ city, code, status: r.status }).toEqual({ city, code, status: 422 });
          expect(r.body.issues.map((i: { code: string }) => i.code)).toContain(code);
          const issue = r.body.issues.find((i: { code: string }) => i.code === code);
          expect(issue.citation).toMatch(/^依据《.+》第.+条$/);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(30);
  });

  it('strips unknown fields before storing', async () => {
    const r = await request(s.base, 'POST', '/api/leave', {
      city: 'fushun',
      data: { ...leaveValid, applicantName: '张多余', isAdmin: true, __note: 'x', startDate: '2026-12-08', endDate: '2026-12-09' },
      extra: 'ignored',
    });
    expect(r.status).toBe(201);
    expect(r.body.result.data).not.toHaveProperty('isAdmin');
    const list = await request(s.base, 'GET', '/api/submissions?city=fushun&form=leave');
    const stored = list.body.find((x: { id: string }) => x.id === r.body.id);
    expect(stored.data.applicantName).toBe('张多余');
    expect(stored.data).not.toHaveProperty('isAdmin');
    expect(stored.data).not.toHaveProperty('__note');
    const db = new Database(join(s.dataDir, 'city-forms.sqlite'), { readonly: true });
    const raw = (db.prepare('SELECT data FROM submissions WHERE id = ?').get(r.body.id) as { data: string }).data;
    db.close();
    expect(raw).not.toContain('isAdmin');
  });

  it("ignores a client-supplied today and uses the server's clock", async () => {
    // Retroactive against the server's 2026-11-23, fine against the client's claim.
    const data = { ...leaveValid, startDate: '2026-11-20', endDate: '2026-11-21', today: '2026-11-01' };
    const r = await request(s.base, 'POST', '/api/leave', { city: 'fushun', data, today: '2026-11-01', options: { today: '2026-11-01' } });
    expect(r.status).toBe(422);
    expect(r.body.issues.map((i: { code: string }) => i.code)).toContain('leave.retroactive');

    // And a later server clock turns the fixture's valid dates into too-short notice.
    const later = await start({ clock: () => new Date('2026-11-29T02:00:00Z') });
    try {
      const r2 = await request(later.base, 'POST', '/api/leave', { city: 'fushun', data: leaveValid, today: '2026-11-23' });
      expect(r2.status).toBe(422);
      expect(r2.body.issues.map((i: { code: string }) => i.code)).toContain('leave.notice-too-short');
    } finally {
      await later.close();
    }
  });

  it('answers 400 for malformed JSON', async () => {
    const r = await request(s.base, 'POST', '/api/leave', '{"city": "fushun", "data": {', { 'content-type': 'application/json' });
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ ok: false, code: 'malformed-json' });
  });

  it('answers 400 for an empty body, a non-object body, and missing or invalid city/data/locale', async () => {
    const cases: [unknown, string][] = [
      ['', 'malformed-json'],
      [[1, 2], 'invalid-body'],
      ['"text"', 'invalid-body'],
      [{ data: leaveValid }, 'input.missing-city'],
      [{ city: 'fushun' }, 'input.invalid-data'],
      [{ city: 'fushun', data: 'x' }, 'input.invalid-data'],
      [{ city: 'fushun', data: [leaveValid] }, 'input.invalid-data'],
      [{ city: 42, data: leaveValid }, 'input.invalid-city'],
      [{ city: 'fushun', data: leaveValid, locale: 'fr' }, 'input.invalid-locale'],
      [{ city: { id: 'broken' }, data: leaveValid }, 'input.profile-not-accepted'],
      [{ city: 'national', data: leaveValid }, 'input.unknown-city'],
    ];
    for (const [body, code] of cases) {
      const r = await request(s.base, 'POST', '/api/leave', body, { 'content-type': 'application/json' });
      expect({ body, status: r.status, code: r.body.code }).toEqual({ body, status: 400, code });
    }
  });

  it('rejects prototype poisoning with 400', async () => {
    const r = await request(s.base, 'POST', '/api/leave', '{"city":"fushun","data":{"__proto__":{"ok":true}}}');
    expect(r.status).toBe(400);
  });

  it('answers 413 for a body over 64 KiB', async () => {
    const before = s.rows();
    const data = { ...leaveValid, reason: 'x'.repeat(BODY_LIMIT + 10) };
    const r = await request(s.base, 'POST', '/api/leave', { city: 'fushun', data });
    expect(r.status).toBe(413);
    expect(r.body).toMatchObject({ ok: false, code: 'body-too-large' });
    expect(s.rows()).toBe(before);
  });

  it('answers 400 with a clear message for an unknown city', async () => {
    const r = await request(s.base, 'POST', '/api/leave', { city: 'atlantis', data: leaveValid });
    expect(r.status).toBe(400);
    expect(r.body.code).toBe('input.unknown-city');
    expect(r.body.message).toContain("unknown city 'atlantis'");
    expect(r.body.message).toContain('fushun');
  });

  it('answers 404 for an unknown form', async () => {
    const r = await request(s.base, 'POST', '/api/visa', { city: 'fushun', data: leaveValid });
    expect(r.status).toBe(404);
    expect(r.body).toMatchObject({ ok: false, code: 'unknown-form' });
    expect((await request(s.base, 'GET', '/api/nothing-here')).status).toBe(404);
  });

  it("accepts the custom JSON city (a profile of the server's folder) by id", async () => {
    const data = { ...leaveValid, applicantName: '示例员' };
    const first = await request(s.base, 'POST', '/api/leave', { city: 'demo', data });
    expect(first.status).toBe(201);
    expect(first.body.result.profile.id).toBe('demo');
    const byId = await request(s.base, 'POST', '/api/leave', { city: 'demo', data: { ...data, applicantName: '示例二' } });
    expect(byId.status).toBe(201);
    // The demo city's own rules apply: 2 working days' notice (第三十三条).
    const late = await request(s.base, 'POST', '/api/leave', { city: 'demo', data: { ...data, startDate: '2026-11-24', endDate: '2026-11-25' } });
    expect(late.status).toBe(422);
    const notice = late.body.issues.find((i: { code: string }) => i.code === 'leave.notice-too-short');
    expect(notice.citation).toBe('依据《示例市人民政府工作规则》第三十三条');
    const list = await request(s.base, 'GET', '/api/submissions?city=demo');
    expect(list.body.map((x: { id: string }) => x.id)).toEqual([byId.body.id, first.body.id]);
    expect(list.body.every((x: { city: string }) => x.city === 'demo')).toBe(true);
  });

  it("refuses an object that claims a known city's id (profiles are server configuration)", async () => {
    const loose = { id: 'fushun', extends: 'national', version: '9', name: { 'zh-CN': '抚顺市', en: 'Fushun' }, source: { title: 'x' }, rules: {} };
    const data = FIXTURES.fushun.leave.violations['leave.notice-too-short']!.data;
    const r = await request(s.base, 'POST', '/api/leave', { city: loose, data });
    expect(r.status).toBe(400);
    expect(r.body.code).toBe('input.profile-not-accepted');
  });
});

describe('GET endpoints', () => {
  let s: Running;
  beforeAll(async () => {
    s = await start();
  });
  afterAll(() => s.close());

  it('lists the five seed cities and the custom one with its profile', async () => {
    const r = await request(s.base, 'GET', '/api/cities');
    expect(r.status).toBe(200);
    expect(r.body.map((c: { id: string }) => c.id)).toEqual(['xianning', 'fushun', 'panzhihua', 'huarong', 'jining', 'demo']);
    expect(r.body[1]).toEqual({ id: 'fushun', name: { 'zh-CN': '抚顺市', en: 'Fushun' } });
    expect(r.body[5].name).toEqual({ 'zh-CN': '示例市', en: 'Demo City' });
    expect(r.body[5].profile.extends).toBe('national');
  });

  it('lists submissions newest first, filtered by city and form', async () => {
    const a = await request(s.base, 'POST', '/api/leave', { city: 'fushun', data: { ...leaveValid, applicantName: '甲' } });
    const b = await request(s.base, 'POST', '/api/agenda', { city: 'fushun', data: FIXTURES.fushun.agenda.valid });
    const c = await request(s.base, 'POST', '/api/leave', { city: 'xianning', data: FIXTURES.xianning.leave.valid });
    expect([a.status, b.status, c.status]).toEqual([201, 201, 201]);

    const all = await request(s.base, 'GET', '/api/submissions');
    expect(all.body.map((x: { id: string }) => x.id)).toEqual([c.body.id, b.body.id, a.body.id]);
    expect(Object.keys(all.body[0]).sort()).toEqual(['city', 'createdAt', 'data', 'derived', 'form', 'id', 'receivedOn']);
    const fushun = await request(s.base, 'GET', '/api/submissions?city=fushun');
    expect(fushun.body.map((x: { id: string }) => x.id)).toEqual([b.body.id, a.body.id]);
    const leave = await request(s.base, 'GET', '/api/submissions?city=fushun&form=leave');
    expect(leave.body.map((x: { id: string }) => x.id)).toEqual([a.body.id]);
    expect(leave.body[0].derived.route).toBeTruthy();
    expect((await request(s.base, 'GET', '/api/submissions?form=visa')).status).toBe(400);
  });

  it('answers absences overlapping a range (named to the city office, anonymous to a submitter), and 400 for a bad range', async () => {
    const office = { cookie: await login(s.base, 'fushun-office') };
    const r = await request(s.base, 'GET', '/api/absences?from=2026-12-02&to=2026-12-05&city=fushun', undefined, office);
    expect(r.status).toBe(200);
    expect(r.body).toEqual([{ name: '甲', role: 'member', startDate: '2026-12-01', endDate: '2026-12-02' }]);
    // The submitter: role and the days within the asked range, no name.
    expect((await request(s.base, 'GET', '/api/absences?from=2026-12-02&to=2026-12-05&city=fushun')).body).toEqual([
      { role: 'member', startDate: '2026-12-02', endDate: '2026-12-02', anonymous: true },
    ]);
    expect((await request(s.base, 'GET', '/api/absences?from=2026-12-03&to=2026-12-05&city=fushun', undefined, office)).body).toEqual([]);
    expect((await request(s.base, 'GET', '/api/absences?from=2026-12-01&to=2026-12-05&city=jining')).body).toEqual([]);
    expect((await request(s.base, 'GET', '/api/absences?from=2026-12-01')).status).toBe(400);
    expect((await request(s.base, 'GET', '/api/absences?from=2026-12-05&to=2026-12-01')).status).toBe(400);
    expect((await request(s.base, 'GET', '/api/absences?from=2026-02-30&to=2026-03-01')).status).toBe(400);
  });
});

describe('the pairing rule across two submissions (fushun 第五十四条)', () => {
  let s: Running;
  beforeAll(async () => {
    s = await start();
  });
  afterAll(() => s.close());

  const deputy = {
    ...leaveValid,
    applicantName: '王副市长',
    applicantRole: 'deputy',
    portfolio: '工业',
    standInName: '孙副市长',
    startDate: '2026-12-01',
    endDate: '2026-12-03',
  };
  const deputySecretary = {
    ...paired.data,
    applicantName: '周副秘书长',
    applicantRole: 'deputy-secretary-general',
    portfolio: '工业',
    startDate: '2026-12-02',
    endDate: '2026-12-04',
  };

  it('accepts the 副市长, then rejects the matching 副秘书长 overlapping him with 422 leave.paired-absence', async () => {
    const first = await request(s.base, 'POST', '/api/leave', { city: 'fushun', data: deputy });
    expect(first.status).toBe(201);

    const office = { cookie: await login(s.base, 'fushun-office') };
    const absences = await request(s.base, 'GET', '/api/absences?from=2026-12-02&to=2026-12-04&city=fushun', undefined, office);
    expect(absences.body).toEqual([{ name: '王副市长', role: 'deputy', portfolio: '工业', startDate: '2026-12-01', endDate: '2026-12-03' }]);

    // The submitter may not know who is away: the message names the role, the issue carries no name or dates.
    const second = await request(s.base, 'POST', '/api/leave', { city: 'fushun', data: deputySecretary });
    expect(second.status).toBe(422);
    const issue = second.body.issues.find((i: { code: string }) => i.code === 'leave.paired-absence');
    expect(issue).toMatchObject({ severity: 'error', path: ['startDate'], clause: { source: 'fushun', article: '五十四' } });
    expect(issue.message).toBe('与您对应的副市长已报备同期外出，双方原则上不能同时外出；确有需要的，应报经市长同意');
    expect(issue.params).toEqual({ who: 'role', role: 'deputy', escape: 'head-consent', head: 'head' });
    expect(JSON.stringify(second.body)).not.toContain('王副市长');
    expect(JSON.stringify(second.body)).not.toContain('2026-12-01');
    expect(issue.citation).toBe('依据《抚顺市人民政府工作规则》第五十四条');

    // The city's office, which sees the absences anyway, is told who and when.
    const byOffice = await request(s.base, 'POST', '/api/leave', { city: 'fushun', data: deputySecretary }, office);
    expect(byOffice.status).toBe(422);
    const named = byOffice.body.issues.find((i: { code: string }) => i.code === 'leave.paired-absence');
    expect(named.params).toMatchObject({ who: 'person', name: '王副市长', from: '2026-12-01', to: '2026-12-03' });
    expect(named.message).toContain('王副市长在2026-12-01至2026-12-03期间已外出');
    expect(s.rows("form = 'leave'")).toBe(1);
  });

  it('accepts the 副秘书长 when the dates do not overlap, the portfolio differs, or the 市长 consented', async () => {
    const later = await request(s.base, 'POST', '/api/leave', {
      city: 'fushun',
      data: { ...deputySecretary, applicantName: '周一', startDate: '2026-12-04', endDate: '2026-12-05' },
    });
    expect(later.status).toBe(201);
    const other = await request(s.base, 'POST', '/api/leave', { city: 'fushun', data: { ...deputySecretary, applicantName: '周二', portfolio: '农业' } });
    expect(other.status).toBe(201);
    const consent = await request(s.base, 'POST', '/api/leave', { city: 'fushun', data: { ...deputySecretary, applicantName: '周三', headConsent: true } });
    expect(consent.status).toBe(201);
  });
});

describe('a stored record validated again years later (issue 11 §3)', () => {
  let s: Running;
  let now = NOV_23();
  beforeAll(async () => {
    s = await start({ clock: () => now });
  });
  afterAll(() => s.close());

  it('stores the receipt date and gives the answer of the day it was received, three years on', async () => {
    const document = {
      ...FIXTURES.fushun.document.valid,
      countersigners: [{ unit: '抚顺市财政局', sentOn: '2026-11-20', replied: false }],
    };
    const records = [
      ['leave', leaveValid],
      ['agenda', FIXTURES.fushun.agenda.valid],
      ['document', document],
    ] as const;
    now = NOV_23();
    const posted = [];
    for (const [form, data] of records) {
      const r = await request(s.base, 'POST', `/api/${form}`, { city: 'fushun', data });
      expect(r.status, form).toBe(201);
      posted.push({ form, data, id: r.body.id as string, result: r.body.result });
    }
    // Three years on (and a fresh session: the old one may have expired on the new clock).
    now = new Date('2029-11-23T02:00:00Z');
    const cookie = await login(s.base, 'zhangsan');
    for (const p of posted) {
      const again = await request(s.base, 'GET', `/api/submissions/${p.id}?revalidate=1`, undefined, { cookie });
      expect(again.status, p.form).toBe(200);
      expect(again.body.receivedOn).toBe('2026-11-23');
      expect(again.body.revalidation).toMatchObject({ today: '2029-11-23', receivedOn: '2026-11-23', ok: true });
      expect(again.body.revalidation.issues, p.form).toEqual(p.result.issues);
      expect(again.body.revalidation.derived, p.form).toEqual(p.result.derived);
    }
    // The countersign reply (3 working days, 抚顺 五十) was still pending on receipt, and stays so on the record.
    const doc = await request(s.base, 'GET', `/api/submissions/${posted[2]!.id}?revalidate=1`, undefined, { cookie });
    expect(doc.body.revalidation.derived.countersign[0]).toMatchObject({ due: '2026-11-25', status: 'pending' });
    // The same leave sent as new on that day would be judged on it: it starts in the past.
    const fresh = await request(s.base, 'POST', '/api/leave', { city: 'fushun', data: leaveValid }, { cookie });
    expect(fresh.status).toBe(422);
    expect(fresh.body.issues.map((i: { code: string }) => i.code)).toContain('leave.retroactive');
  });

  it('refuses a revalidate value other than 1', async () => {
    const r = await request(s.base, 'GET', '/api/submissions/00000000-0000-0000-0000-000000000000?revalidate=yes');
    expect(r.status).toBe(400);
    expect(r.body.code).toBe('invalid-query');
  });
});

describe('Idempotency-Key', () => {
  let s: Running;
  beforeAll(async () => {
    s = await start();
  });
  afterAll(() => s.close());

  it('stores a retried submit once and replays the first answer', async () => {
    const headers = { 'idempotency-key': 'retry-1' };
    const body = { city: 'fushun', data: { ...leaveValid, applicantName: '重试' } };
    const a = await request(s.base, 'POST', '/api/leave', body, headers);
    const b = await request(s.base, 'POST', '/api/leave', { ...body, locale: 'en' }, headers);
    expect(a.status).toBe(201);
    expect(b.status).toBe(201);
    expect(b.body.id).toBe(a.body.id);
    expect(b.headers.get('idempotent-replayed')).toBe('true');
    expect(s.rows("applicant_name = '重试'")).toBe(1);
  });

  it('answers 409 when a key is reused for a different submission, and 400 for a bad key', async () => {
    const headers = { 'idempotency-key': 'retry-2' };
    expect((await request(s.base, 'POST', '/api/leave', { city: 'fushun', data: { ...leaveValid, applicantName: '甲' } }, headers)).status).toBe(201);
    const other = await request(s.base, 'POST', '/api/leave', { city: 'fushun', data: { ...leaveValid, applicantName: '乙' } }, headers);
    expect(other.status).toBe(409);
    expect((await request(s.base, 'POST', '/api/leave', { city: 'fushun', data: leaveValid }, { 'idempotency-key': 'x'.repeat(201) })).status).toBe(400);
  });

  it('does not spend a key on a rejected submit', async () => {
    const headers = { 'idempotency-key': 'retry-3' };
    const bad = FIXTURES.fushun.leave.violations['leave.notice-too-short']!.data;
    expect((await request(s.base, 'POST', '/api/leave', { city: 'fushun', data: { ...bad, applicantName: '丙' } }, headers)).status).toBe(422);
    expect((await request(s.base, 'POST', '/api/leave', { city: 'fushun', data: { ...leaveValid, applicantName: '丙' } }, headers)).status).toBe(201);
  });
});

describe('concurrency', () => {
  let s: Running;
  beforeAll(async () => {
    s = await start();
  });
  afterAll(() => s.close());

  it('stores 100 concurrent valid submissions exactly once each', async () => {
    const N = 100;
    const replies = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        request(s.base, 'POST', '/api/leave', { city: 'fushun', data: { ...leaveValid, applicantName: `并发${i}` } }, { 'idempotency-key': `concurrent-${i}` }),
      ),
    );
    expect(replies.map((r) => r.status)).toEqual(Array(N).fill(201));
    expect(new Set(replies.map((r) => r.body.id)).size).toBe(N);
    expect(s.rows()).toBe(N);
    expect(s.rows("applicant_name LIKE '并发%'")).toBe(N);
    const list = await request(s.base, 'GET', '/api/submissions?city=fushun&limit=1000');
    expect(list.body).toHaveLength(N);
  });

  it('stores 20 concurrent retries of one submit once', async () => {
    const before = s.rows();
    const body = { city: 'fushun', data: { ...leaveValid, applicantName: '同一人' } };
    const replies = await Promise.all(Array.from({ length: 20 }, () => request(s.base, 'POST', '/api/leave', body, { 'idempotency-key': 'same-submit' })));
    expect(replies.map((r) => r.status)).toEqual(Array(20).fill(201));
    expect(new Set(replies.map((r) => r.body.id)).size).toBe(1);
    expect(s.rows()).toBe(before + 1);
  });

  it('keeps the pairing rule under concurrent conflicting submits: only one of the pair is accepted', async () => {
    const deputy = {
      ...leaveValid,
      applicantName: '钱副市长',
      applicantRole: 'deputy',
      portfolio: '教育',
      standInName: '孙副市长',
      startDate: '2026-12-14',
      endDate: '2026-12-15',
    };
    const secretary = { ...deputy, applicantName: '吴副秘书长', applicantRole: 'deputy-secretary-general', standInName: '' };
    const [a, b] = await Promise.all([
      request(s.base, 'POST', '/api/leave', { city: 'fushun', data: deputy }),
      request(s.base, 'POST', '/api/leave', { city: 'fushun', data: secretary }),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 422]);
  });
});

describe('schema and storage', () => {
  it('creates the schema on first start in WAL mode and keeps data across restarts', async () => {
    const s = await start();
    const r = await request(s.base, 'POST', '/api/leave', { city: 'fushun', data: leaveValid });
    expect(r.status).toBe(201);
    await s.app.close();
    const db = new Database(join(s.dataDir, 'city-forms.sqlite'), { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(4);
    db.close();
    const again = buildServer({ dataDir: s.dataDir, clock: NOV_23 });
    await again.listen({ host: '127.0.0.1', port: 0 });
    const port = (again.server.address() as { port: number }).port;
    // The same session key (<dataDir>/session.key): the session survives the restart.
    const list = await request(`http://127.0.0.1:${port}`, 'GET', '/api/submissions', undefined, { cookie: s.cookie! });
    expect(list.body.map((x: { id: string }) => x.id)).toEqual([r.body.id]);
    await again.close();
    rmSync(s.dataDir, { recursive: true, force: true });
  });
});

describe('static portal', () => {
  let s: Running;
  let staticDir: string;
  beforeAll(async () => {
    staticDir = mkdtempSync(join(tmpdir(), 'city-forms-static-'));
    mkdirSync(join(staticDir, 'assets'));
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>城市表单示例门户</title><div id="root"></div>');
    writeFileSync(join(staticDir, 'assets', 'app-abc123.js'), 'console.log(1)');
    s = await start({ staticDir });
  });
  afterAll(async () => {
    await s.close();
    rmSync(staticDir, { recursive: true, force: true });
  });

  it('serves index.html at / and for client routes (SPA fallback)', async () => {
    for (const path of ['/', '/leave', '/forms/agenda?city=jining']) {
      const r = await request(s.base, 'GET', path);
      expect({ path, status: r.status }).toEqual({ path, status: 200 });
      expect(r.headers.get('content-type')).toContain('text/html');
      expect(String(r.body)).toContain('城市表单示例门户');
    }
  });

  it('serves assets with a long cache, 404 for missing files and unknown API routes', async () => {
    const js = await request(s.base, 'GET', '/assets/app-abc123.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('cache-control')).toContain('immutable');
    expect((await request(s.base, 'GET', '/assets/missing.js')).status).toBe(404);
    const api = await request(s.base, 'GET', '/api/unknown');
    expect(api.status).toBe(404);
    expect(api.body).toMatchObject({ ok: false, code: 'not-found' });
    expect((await request(s.base, 'GET', '/api/cities')).body).toHaveLength(6);
  });
});

/** One raw HTTP/1.1 exchange (what fetch cannot send: unknown methods, garbage, huge headers); the reply's status and JSON body. */
function rawExchange(base: string, text: string): Promise<{ status: number; type: string; body: any }> {
  const { port } = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1', () => socket.write(text));
    const chunks: Buffer[] = [];
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', () => {}); // the server closes after answering
    socket.on('close', () => {
      const reply = Buffer.concat(chunks).toString('utf8');
      const [head = '', body = ''] = reply.split('\r\n\r\n');
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1]);
      if (!status) return reject(new Error(`no HTTP answer: ${JSON.stringify(reply.slice(0, 200))}`));
      let parsed: unknown = body;
      try {
        parsed = JSON.parse(body);
      } catch {
        // left as text: the assertions below then fail with it shown
      }
      resolve({ status, type: /content-type: *([^\r\n]*)/i.exec(head)?.[1] ?? '', body: parsed });
    });
  });
}

describe('hostile requests (issue 13)', () => {
  let s: Running;
  beforeAll(async () => {
    s = await start();
  });
  afterAll(async () => {
    await s.close();
  });

  it('refuses a text/plain, form-encoded or multipart POST with 415 (a cross-site form cannot post) and stores nothing', async () => {
    const body = JSON.stringify({ city: 'fushun', data: leaveValid });
    for (const type of ['text/plain', 'text/plain;charset=UTF-8', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const r = await request(s.base, 'POST', '/api/leave', body, { 'content-type': type });
      expect({ type, status: r.status, body: r.body }).toEqual({
        type,
        status: 415,
        body: { ok: false, code: 'unsupported-media-type', message: expect.any(String) },
      });
    }
    expect(s.rows()).toBe(0);
  });

  it('answers 400 too-deeply-nested, not a 500, for JSON nested 8,000 levels inside data, and stores nothing', async () => {
    let deep = '1';
    for (let i = 0; i < 8_000; i++) deep = `{"a":${deep}}`;
    const r = await request(s.base, 'POST', '/api/leave', `{"city":"fushun","data":{"applicantName":"张三","extra":${deep}}}`);
    expect(r.status).toBe(400);
    expect(r.body).toEqual({ ok: false, code: 'too-deeply-nested', message: expect.stringContaining('nested') });
    let arrays = '1';
    for (let i = 0; i < 8_000; i++) arrays = `[${arrays}]`;
    const a = await request(s.base, 'POST', '/api/leave', `{"city":"fushun","data":{"extra":${arrays}}}`, { 'idempotency-key': 'deep-1' });
    expect({ status: a.status, code: a.body.code }).toEqual({ status: 400, code: 'too-deeply-nested' });
    expect(s.rows()).toBe(0);
    // A real submission still nests fine.
    expect((await request(s.base, 'POST', '/api/agenda', { city: 'fushun', data: FIXTURES.fushun.agenda.valid })).status).toBe(201);
  });

  it('answers 400 invalid-query, not a 500, for a repeated ?city= (or any parameter) on /api/submissions and /api/absences', async () => {
    for (const path of [
      '/api/submissions?city=a&city=b',
      '/api/submissions?form=leave&form=agenda',
      '/api/submissions?limit=1&limit=2',
      '/api/absences?from=2026-01-01&to=2026-12-31&city=a&city=b',
      '/api/absences?from=2026-01-01&from=2026-02-01&to=2026-12-31',
    ]) {
      const r = await request(s.base, 'GET', path);
      expect({ path, status: r.status, body: r.body }).toEqual({
        path,
        status: 400,
        body: { ok: false, code: 'invalid-query', message: expect.stringMatching(/at most once/) },
      });
    }
    expect((await request(s.base, 'GET', '/api/submissions?city=fushun')).status).toBe(200);
  });

  it('names a __proto__ or constructor.prototype key as forbidden-key, not as invalid JSON', async () => {
    for (const [body, key] of [
      ['{"city":"fushun","data":{"__proto__":{"ok":true}}}', '__proto__'],
      ['{"city":"fushun","data":{"reasons":[{"__proto__":{}}]}}', '__proto__'],
      ['{"constructor":{"prototype":{"polluted":true}},"city":"fushun","data":{}}', 'constructor.prototype'],
    ] as const) {
      const r = await request(s.base, 'POST', '/api/leave', body);
      expect(r.status).toBe(400);
      expect(r.body).toEqual({ ok: false, code: 'forbidden-key', message: expect.stringContaining(`'${key}'`) });
      expect(r.body.message).not.toMatch(/not valid JSON/);
    }
    // Truly malformed JSON keeps its own code.
    expect((await request(s.base, 'POST', '/api/leave', '{"city":')).body.code).toBe('malformed-json');
    expect(({} as Record<string, unknown>)['ok']).toBeUndefined();
  });

  it('refuses (422) and does not store a phone that is not one, control characters, terminal escapes and lone surrogates', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ contactPhone: 'abc' }, 'contactPhone', 'field.invalid-phone'],
      [{ contactPhone: '<img src=x onerror=alert(1)>' }, 'contactPhone', 'field.invalid-phone'],
      [{ applicantName: '张\u0000三' }, 'applicantName', 'field.control-character'],
      [{ applicantName: '\u001b[2J\u001b[31m张三' }, 'applicantName', 'field.control-character'],
      [{ reason: '赴省\ud800参加会议' }, 'reason', 'field.malformed-text'],
      [{ applicantName: '\u200b\u200b' }, 'applicantName', 'field.required'],
    ];
    for (const [patch, field, code] of cases) {
      // Sent as JSON text with \u escapes, as a hostile client would (a lone surrogate survives JSON.parse).
      const body = JSON.stringify({ city: 'fushun', data: { ...leaveValid, ...patch } });
      const r = await request(s.base, 'POST', '/api/leave', body);
      expect({ patch, status: r.status }).toEqual({ patch, status: 422 });
      expect(r.body.issues.filter((i: { path: string[] }) => i.path[0] === field).map((i: { code: string }) => i.code)).toEqual([code]);
    }
    const lone = await request(
      s.base,
      'POST',
      '/api/leave',
      '{"city":"fushun","data":' + JSON.stringify(leaveValid).replace('"reason":"', '"reason":"\\udc00') + '}',
    );
    expect(lone.status).toBe(422);
    expect(s.rows("form = 'leave'")).toBe(0);
  });

  it('answers a malformed URL, an unknown method (BREW), oversized headers (431), a malformed header and CONNECT in the documented { ok: false, code, message } shape', async () => {
    const bad = await request(s.base, 'GET', '/api/%E0%A4%A');
    expect({ status: bad.status, body: bad.body }).toEqual({ status: 400, body: { ok: false, code: 'malformed-url', message: expect.any(String) } });
    const cases: [string, number, string][] = [
      ['BREW /api/submissions HTTP/1.1\r\nHost: x\r\n\r\n', 501, 'unknown-method'],
      [`GET /api/cities HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`, 431, 'headers-too-large'],
      ['GET /api/cities HTTP/1.1\r\nNot a header\r\n\r\n', 400, 'bad-request'],
      ['GET /%E0%A4%A HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', 400, 'malformed-url'],
      ['CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n', 405, 'method-not-allowed'],
    ];
    for (const [text, status, code] of cases) {
      const r = await rawExchange(s.base, text);
      expect({ sent: text.slice(0, 30), status: r.status, body: r.body }).toEqual({
        sent: text.slice(0, 30),
        status,
        body: { ok: false, code, message: expect.any(String) },
      });
      expect(r.type).toMatch(/^application\/json/);
    }
    // Known methods without a route were already in the shape; the server still answers.
    const put = await request(s.base, 'PUT', '/api/submissions');
    expect({ status: put.status, code: put.body.code }).toEqual({ status: 404, code: 'not-found' });
    expect((await request(s.base, 'GET', '/api/cities')).status).toBe(200);
  });
});
