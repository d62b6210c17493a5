import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, errorMessage, fetchAbsences, submitForm } from '../src/api.js';

const issue = {
  code: 'leave.paired-absence',
  severity: 'error',
  path: ['startDate'],
  params: {},
  message: '王副市长 同期外出',
  clause: { source: 'fushun', article: '五十四' },
  citation: '依据《抚顺市人民政府工作规则》第五十四条',
};

function reply(status: number, body: unknown) {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

afterEach(() => vi.unstubAllGlobals());

describe('errorMessage', () => {
  it('lists the error issues with their citations, not the warnings', () => {
    const warning = { ...issue, severity: 'warning', message: '提醒', citation: '' };
    expect(errorMessage(422, { ok: false, issues: [issue, warning] }, 'zh-CN')).toBe(
      '服务器审核未通过：王副市长 同期外出（依据《抚顺市人民政府工作规则》第五十四条）',
    );
  });
  it("falls back to the server's message, then to the status", () => {
    expect(errorMessage(400, { ok: false, message: "unknown city 'x'" }, 'en')).toBe("unknown city 'x'");
    expect(errorMessage(502, null, 'en')).toBe('The server answered with an error (HTTP 502).');
  });
});

describe('submitForm', () => {
  it('POSTs JSON with an Idempotency-Key and returns the accepted answer', async () => {
    const fetch = vi.fn(async () => reply(201, { ok: true, id: 'abc', result: { ok: true } }));
    vi.stubGlobal('fetch', fetch);
    const res = await submitForm('leave', { city: 'fushun', data: { applicantName: '李明' }, locale: 'zh-CN' });
    expect(res.id).toBe('abc');
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/leave');
    expect(init.method).toBe('POST');
    expect(JSON.parse(init.body as string)).toEqual({ city: 'fushun', data: { applicantName: '李明' }, locale: 'zh-CN' });
    expect((init.headers as Record<string, string>)['idempotency-key']).toMatch(/\S{8,}/);
  });

  it('throws an ApiError with the issues on 422, and reuses the key when the same submit is retried', async () => {
    const fetch = vi
      .fn()
      .mockResolvedValueOnce(reply(422, { ok: false, issues: [issue] }))
      .mockRejectedValueOnce(new TypeError('network down'))
      .mockResolvedValueOnce(reply(201, { ok: true, id: 'x1', result: {} }))
      .mockResolvedValueOnce(reply(201, { ok: true, id: 'x2', result: {} }));
    vi.stubGlobal('fetch', fetch);
    const body = { city: 'fushun', data: { applicantName: '周副秘书长' }, locale: 'zh-CN' as const };

    const e1 = await submitForm('leave', body).catch((e: unknown) => e);
    expect(e1).toBeInstanceOf(ApiError);
    expect((e1 as ApiError).status).toBe(422);
    expect((e1 as ApiError).issues[0]?.code).toBe('leave.paired-absence');
    expect((e1 as Error).message).toContain('第五十四条');

    const e2 = await submitForm('leave', { ...body, locale: 'en' }).catch((e: unknown) => e);
    expect((e2 as ApiError).code).toBe('network');
    expect((e2 as Error).message).toMatch(/could not be reached/);

    await submitForm('leave', body);
    await submitForm('leave', body);
    const keys = fetch.mock.calls.map((c) => ((c[1] as RequestInit).headers as Record<string, string>)['idempotency-key']);
    expect(keys[0]).toBe(keys[1]);
    expect(keys[1]).toBe(keys[2]);
    expect(keys[3]).not.toBe(keys[2]); // accepted: the next submit is a new one
  });
});

describe('fetchAbsences', () => {
  it('asks for the range and city and passes the AbortSignal', async () => {
    const fetch = vi.fn(async () => reply(200, [{ name: '王', role: 'deputy', startDate: '2026-12-01', endDate: '2026-12-03' }]));
    vi.stubGlobal('fetch', fetch);
    const c = new AbortController();
    const list = await fetchAbsences({ from: '2026-12-01', to: '2026-12-05', city: 'fushun' }, c.signal);
    expect(list).toHaveLength(1);
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/absences?from=2026-12-01&to=2026-12-05&city=fushun');
    expect(init.signal).toBe(c.signal);
  });
});
