/**
 * `GET /submissions/:id/sheet`: a stored record's paper sheet as an HTML page with
 * the server's CSP, to whoever may read the record; `/sheet.css` its stylesheet.
 */
import { resolveCity } from '@city-forms/rules';
import { FIXTURES } from '@city-forms/rules/fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, request, startServer, type Running } from './support.js';

describe('GET /submissions/:id/sheet', () => {
  let s: Running;
  beforeAll(async () => {
    s = await startServer();
  });
  afterAll(() => s.close());

  async function submit(form: 'leave' | 'agenda' | 'document', city: 'fushun' | 'jining'): Promise<string> {
    const signing = resolveCity(city).document.signing[0];
    const data = form === 'document' && signing ? { ...FIXTURES[city][form].valid, signingCategory: signing.id } : FIXTURES[city][form].valid;
    const r = await request(s.base, 'POST', `/api/${form}`, { city, data });
    expect(r.status).toBe(201);
    return r.body.id as string;
  }

  it('renders the sheet: city title, answers, one signature block per route step, footer with the record number; same CSP as the API', async () => {
    const id = await submit('leave', 'fushun');
    const page = await request(s.base, 'GET', `/submissions/${id}/sheet`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('cache-control')).toBe('no-store');
    const api = await request(s.base, 'GET', '/api/cities');
    expect(page.headers.get('content-security-policy')).toBe(api.headers.get('content-security-policy'));
    expect(page.headers.get('content-security-policy')).toContain("style-src 'self'");
    const html = page.body as string;
    expect(html).toContain('<title>抚顺市人民政府 请假（外出报备）审批单</title>');
    expect(html).toContain('<link rel="stylesheet" href="/sheet.css">');
    expect(html).not.toMatch(/<script|<style|style=/);
    expect(html).toContain(`>${FIXTURES.fushun.leave.valid.reason}<`);
    const steps = [...html.matchAll(/<h3 class="cf-sheet__step">([^<]*)<\/h3>/g)].map((m) => m[1]);
    expect(steps).toEqual(['审核：分管副市长', '汇总：秘书长', '审批：市长']);
    expect(html).toContain(`编号 ${id} · 提交于 2026-11-23 10:00`);
  });

  it("follows the city: a 济宁 agenda item has 济宁's route and the papers deadline; a document its 签发", async () => {
    const agenda = (await request(s.base, 'GET', `/submissions/${await submit('agenda', 'jining')}/sheet`)).body as string;
    expect(agenda).toContain('<title>济宁市人民政府 议题申报单</title>');
    expect([...agenda.matchAll(/<h3 class="cf-sheet__step">([^<]*)<\/h3>/g)].map((m) => m[1])).toEqual([
      '审核：分管副市长',
      '汇总：市政府办公室',
      '审核：市政府秘书长',
      '确定：市长',
    ]);
    expect(agenda).toContain('材料报送截止');
    const doc = (await request(s.base, 'GET', `/submissions/${await submit('document', 'fushun')}/sheet`)).body as string;
    expect([...doc.matchAll(/<h3 class="cf-sheet__step">([^<]*)<\/h3>/g)].map((m) => m[1])).toEqual(['审核：副市长', '签发：市长']);
    expect(doc).toContain('会签回复截止');
  });

  it('in English on ?locale=en', async () => {
    const id = await submit('leave', 'fushun');
    const html = (await request(s.base, 'GET', `/submissions/${id}/sheet?locale=en`)).body as string;
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<title>Fushun People&#39;s Government · Leave and absence approval sheet</title>');
  });

  it('only to whoever may read the record: another submitter 403, a visitor is sent to sign in, an unknown id 404', async () => {
    const id = await submit('leave', 'fushun');
    const other = await login(s.base, 'lisi');
    expect((await request(s.base, 'GET', `/submissions/${id}/sheet`, undefined, { cookie: other })).status).toBe(403);
    const office = await login(s.base, 'fushun-office');
    expect((await request(s.base, 'GET', `/submissions/${id}/sheet`, undefined, { cookie: office })).status).toBe(200);
    const visitor = await fetch(`${s.base}/submissions/${id}/sheet`, { redirect: 'manual' });
    expect(visitor.status).toBe(302);
    expect(visitor.headers.get('location')).toBe(`/login?${new URLSearchParams({ next: `/submissions/${id}/sheet` })}`);
    expect((await request(s.base, 'GET', '/submissions/00000000-0000-0000-0000-000000000000/sheet')).status).toBe(404);
  });

  it('serves the stylesheet with the sheet rules (A4, break-inside)', async () => {
    const css = await request(s.base, 'GET', '/sheet.css');
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(css.body).toContain('@page cf-sheet');
    expect(css.body).toContain('size: A4 portrait');
    expect(css.body).toMatch(/\.cf-sheet__signature,[^{]*\{\s*break-inside: avoid;/);
  });
});
