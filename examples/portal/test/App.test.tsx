import { FIXTURES } from '@city-forms/rules/fixtures';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App, hrefOf, readRoute, shanghaiTime } from '../src/App.js';

const demo = JSON.parse(
  readFileSync(join(dirname(createRequire(import.meta.url).resolve('@city-forms/rules/package.json')), 'examples', 'sixth-city.json'), 'utf8'),
) as { id: string; name: { 'zh-CN': string; en: string } };

const cities = [
  { id: 'xianning', name: { 'zh-CN': '咸宁市', en: 'Xianning' } },
  { id: 'fushun', name: { 'zh-CN': '抚顺市', en: 'Fushun' } },
  { id: 'panzhihua', name: { 'zh-CN': '攀枝花市', en: 'Panzhihua' } },
  { id: 'huarong', name: { 'zh-CN': '华容区', en: 'Huarong District' } },
  { id: 'jining', name: { 'zh-CN': '济宁市', en: 'Jining' } },
  { id: 'demo', name: demo.name, profile: demo },
];

interface Call {
  url: string;
  init: RequestInit | undefined;
}

/** A fake server: cities, submissions (kept in memory), absences, and POST answers from `post`. */
function fakeServer(post: (form: string, body: any) => { status: number; body: unknown }) {
  const calls: Call[] = [];
  const stored: any[] = [];
  const fetch = vi.fn(async (url: string, init?: RequestInit) => {
    calls.push({ url, init });
    const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    if (url === '/api/cities') return json(200, cities);
    if (url.startsWith('/api/submissions')) {
      const city = new URLSearchParams(url.split('?')[1]).get('city');
      return json(200, stored.filter((s) => !city || s.city === city).reverse());
    }
    if (url.startsWith('/api/absences')) return json(200, []);
    const m = /^\/api\/(\w+)$/.exec(url);
    if (m && init?.method === 'POST') {
      const body = JSON.parse(init.body as string);
      // Like the real server: a request names a city id; a profile object is refused.
      if (typeof body.city !== 'string') return json(400, { ok: false, code: 'input.profile-not-accepted', message: 'city profiles are server configuration' });
      const answer = post(m[1]!, body);
      if (answer.status === 201) {
        const id = `id-${stored.length + 1}-0000-0000`;
        stored.push({ id, form: m[1], city: body.city, createdAt: '2026-11-23T02:00:00.000Z', data: body.data, derived: null });
        return json(201, { ok: true, id, result: { ok: true } });
      }
      return json(answer.status, answer.body);
    }
    return json(404, { ok: false, message: 'not found' });
  });
  vi.stubGlobal('fetch', fetch);
  return { calls, stored, fetch };
}

/** Waiting for what the portal loads on demand (the form, the city's profile): the first import of a chunk is slow on a busy machine. */
const LAZY = { timeout: 15_000 };

function go(search: string) {
  window.history.replaceState(null, '', `/${search}`);
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-23T02:00:00Z'));
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('routing helpers', () => {
  it('reads and writes ?city=&form=&lang=', () => {
    expect(readRoute('?city=jining&form=agenda&lang=en')).toEqual({ city: 'jining', form: 'agenda', locale: 'en' });
    expect(readRoute('?form=visa')).toEqual({ city: 'fushun', form: 'leave', locale: 'zh-CN' });
    expect(hrefOf({ city: 'demo', form: 'document', locale: 'zh-CN' })).toBe('?city=demo&form=document');
    expect(shanghaiTime('2026-11-22T16:30:00.000Z')).toBe('2026-11-23 00:30');
  });
});

describe('<App>', () => {
  it('shows the portal header, the six cities from the server and the leave form', async () => {
    fakeServer(() => ({ status: 201, body: null }));
    go('?city=fushun&form=leave');
    render(<App />);
    expect(screen.getByText('城市表单示例门户')).toBeTruthy();
    const select = screen.getByLabelText<HTMLSelectElement>('城市');
    await waitFor(() => expect(select.options).toHaveLength(6));
    expect([...select.options].map((o) => o.textContent)).toEqual(['咸宁市', '抚顺市', '攀枝花市', '华容区', '济宁市', '示例市']);
    expect(select.value).toBe('fushun');
    expect(screen.getByRole('heading', { level: 1, name: '请销假' })).toBeTruthy();
    // The city's profile and the form are loaded on demand (chunks of their own in the build).
    expect(await screen.findByText('依据：《抚顺市人民政府工作规则》', {}, LAZY)).toBeTruthy();
    expect(await screen.findByRole('form', {}, LAZY)).toBeTruthy();
    await waitFor(() => expect(screen.getByText('暂无提交记录。')).toBeTruthy());
  });

  it('switches forms, cities (including the custom JSON city) and language through the URL', async () => {
    fakeServer(() => ({ status: 201, body: null }));
    go('?city=fushun&form=leave');
    render(<App />);
    fireEvent.click(screen.getByRole('link', { name: '议题申报' }));
    expect(location.search).toBe('?city=fushun&form=agenda');
    expect(screen.getByRole('heading', { level: 1, name: '议题申报' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '议题申报' }).getAttribute('aria-current')).toBe('page');

    const select = screen.getByLabelText<HTMLSelectElement>('城市');
    await waitFor(() => expect(select.options).toHaveLength(6));
    fireEvent.change(select, { target: { value: 'demo' } });
    expect(location.search).toBe('?city=demo&form=agenda');
    expect(await screen.findByText('依据：《示例市人民政府工作规则》', {}, LAZY)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(location.search).toBe('?city=demo&form=agenda&lang=en');
    expect(screen.getByText('City Forms Demo Portal')).toBeTruthy();
    expect(screen.getByLabelText<HTMLSelectElement>('City').selectedOptions[0]?.textContent).toBe('Demo City');
    expect(document.documentElement.lang).toBe('en');
  });

  it('loads English for the forms when asked: the form shown stays, with what was typed, and turns English', async () => {
    fakeServer(() => ({ status: 201, body: null }));
    go('?city=fushun&form=leave');
    render(<App />);
    const name = await screen.findByLabelText<HTMLInputElement>(/姓名/, {}, LAZY);
    fireEvent.change(name, { target: { value: '王五' } });
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('button', { name: 'Continue' }, LAZY)).toBeTruthy();
    expect(screen.getByDisplayValue<HTMLInputElement>('王五')).toBe(name);
    expect(screen.queryByRole('button', { name: '继续' })).toBeNull();
  });

  it('submits to the server, shows the reference and refreshes the submitted list', async () => {
    const server = fakeServer(() => ({ status: 201, body: null }));
    localStorage.setItem(
      'city-forms:draft:city-forms-portal:fushun:leave',
      JSON.stringify({ v: 1, profile: { id: 'fushun', version: '1.0.0' }, savedAt: '2026-11-23T01:00:00Z', values: FIXTURES.fushun.leave.valid }),
    );
    go('?city=fushun&form=leave');
    render(<App />);
    await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>(/姓名/).value).toBe('李明'), LAZY);
    fireEvent.click(screen.getByRole('button', { name: '继续' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: '确认提交' }));
    await waitFor(() => expect(screen.getByText(/服务器已受理，编号 id-1-000/)).toBeTruthy());

    const post = server.calls.find((c) => c.init?.method === 'POST')!;
    expect(post.url).toBe('/api/leave');
    const body = JSON.parse(post.init!.body as string);
    expect(body).toMatchObject({ city: 'fushun', locale: 'zh-CN', data: { applicantName: '李明', startDate: '2026-12-01' } });
    expect((post.init!.headers as Record<string, string>)['idempotency-key']).toBeTruthy();

    const aside = screen.getByRole('complementary');
    await waitFor(() => expect(within(aside).getByText('李明 · 市政府组成人员')).toBeTruthy());
    expect(within(aside).getByText('2026-12-01 至 2026-12-02')).toBeTruthy();
    // Each record links to its printable paper sheet on the server.
    const sheet = within(aside).getByRole('link', { name: '打印审批单 编号 id-1-000' });
    expect(sheet.getAttribute('href')).toBe('/submissions/id-1-0000-0000/sheet?locale=zh-CN');
  });

  it("submits the custom city by its id: the profile it renders comes from the server's list", async () => {
    const server = fakeServer(() => ({ status: 201, body: null }));
    localStorage.setItem(
      'city-forms:draft:city-forms-portal:demo:leave',
      JSON.stringify({ v: 1, profile: { id: 'demo', version: '1.0.0' }, savedAt: '2026-11-23T01:00:00Z', values: FIXTURES.fushun.leave.valid }),
    );
    go('?city=demo&form=leave');
    render(<App />);
    await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>(/姓名/).value).toBe('李明'), LAZY);
    expect(screen.getByText('依据：《示例市人民政府工作规则》')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '继续' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: '确认提交' }));
    await waitFor(() => expect(screen.getByText(/服务器已受理，编号 id-1-000/)).toBeTruthy());
    const post = server.calls.find((c) => c.init?.method === 'POST')!;
    expect((JSON.parse(post.init!.body as string) as { city: unknown }).city).toBe('demo');
  });

  it("keeps the values and shows the server's issues when it rejects the submit", async () => {
    fakeServer(() => ({
      status: 422,
      body: {
        ok: false,
        issues: [
          {
            code: 'leave.paired-absence',
            severity: 'error',
            path: ['startDate'],
            params: {},
            message: '与王副市长同时外出',
            clause: { source: 'fushun', article: '五十四' },
            citation: '依据《抚顺市人民政府工作规则》第五十四条',
          },
        ],
      },
    }));
    localStorage.setItem(
      'city-forms:draft:city-forms-portal:fushun:leave',
      JSON.stringify({ v: 1, profile: { id: 'fushun', version: '1.0.0' }, savedAt: '2026-11-23T01:00:00Z', values: FIXTURES.fushun.leave.valid }),
    );
    go('?city=fushun&form=leave');
    render(<App />);
    await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>(/姓名/).value).toBe('李明'), LAZY);
    fireEvent.click(screen.getByRole('button', { name: '继续' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: '确认提交' }));
    await waitFor(() => expect(within(dialog).getByRole('alert').textContent).toContain('与王副市长同时外出（依据《抚顺市人民政府工作规则》第五十四条）'));
    fireEvent.click(within(dialog).getByRole('button', { name: '返回修改' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByLabelText<HTMLInputElement>(/姓名/).value).toBe('李明');
    expect(screen.queryByText(/服务器已受理/)).toBeNull();
  });
});
