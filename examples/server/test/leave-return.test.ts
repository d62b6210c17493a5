/**
 * The return report (销假) through the demo server: `POST /api/leaveReturn` is
 * served by the generic form route (no code of its own in the server), stored,
 * and read back with the follow-ups counted from the actual return.
 */
import { FIXTURES } from '@city-forms/rules/fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROFILES, request, startServer, type Running } from './support.js';

describe('POST /api/leaveReturn', () => {
  let s: Running;
  beforeAll(async () => {
    s = await startServer({ profilesDir: PROFILES });
  });
  afterAll(() => s.close());

  it.each(Object.keys(FIXTURES) as (keyof typeof FIXTURES)[])('accepts the valid return report of %s', async (city) => {
    const r = await request(s.base, 'POST', '/api/leaveReturn', { city, data: FIXTURES[city].leaveReturn.valid });
    expect({ status: r.status, issues: r.body.issues }).toEqual({ status: 201, issues: undefined });
  });

  it('stores the report; the written report of 抚顺 五十五 is due 3 days after the actual return', async () => {
    const fx = FIXTURES.fushun.leaveReturn;
    const data = { ...fx.valid, actualReturnDate: '2026-11-19', itineraryChanged: true, itineraryChangeReported: true, returnReportDate: '2026-11-21' };
    const r = await request(s.base, 'POST', '/api/leaveReturn', { city: 'fushun', data });
    expect(r.status).toBe(201);
    expect(r.body.result.derived.followUps).toMatchObject([{ id: 'return-report', due: '2026-11-22', done: true }]);
    const one = await request(s.base, 'GET', `/api/submissions/${r.body.id}`);
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ form: 'leaveReturn', city: 'fushun', data: { actualReturnDate: '2026-11-19' } });
  });

  it('prints the stored report as its paper sheet (销假报告单) with the actual return on it', async () => {
    const r = await request(s.base, 'POST', '/api/leaveReturn', { city: 'fushun', data: FIXTURES.fushun.leaveReturn.valid });
    expect(r.status).toBe(201);
    const page = await request(s.base, 'GET', `/submissions/${r.body.id}/sheet`);
    expect(page.status).toBe(200);
    const html = page.body as string;
    expect(html).toContain('<title>抚顺市人民政府 销假报告单</title>');
    expect(html).toContain('实际返回日期');
    expect(html).toContain(`>${FIXTURES.fushun.leaveReturn.valid.actualReturnDate}<`);
  });

  it('answers a late, unreported change of itinerary with a warning, not a refusal', async () => {
    const v = FIXTURES.fushun.leaveReturn.violations['leaveReturn.itinerary-change-unreported']!;
    const r = await request(s.base, 'POST', '/api/leaveReturn', { city: 'fushun', data: v.data });
    expect(r.status).toBe(201);
    expect(r.body.result.issues.map((i: { code: string; severity: string }) => [i.code, i.severity])).toEqual([
      ['leaveReturn.itinerary-change-unreported', 'warning'],
    ]);
  });
});
