/**
 * The signed-in user in the portal's header (issue 13): the name and a sign-out
 * button when `GET /api/me` answers, a sign-in link when it answers 401; the form's
 * draft is kept under the user's key, and signing out removes it.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../src/App.js';

const LAZY = { timeout: 15_000 };

function fakeServer(me: { status: number; body: unknown }, submissions: { status: number; body: unknown } = { status: 200, body: [] }) {
  const calls: { url: string; method: string }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      calls.push({ url, method: init?.method ?? 'GET' });
      const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
      if (url === '/api/me') return json(me.status, me.body);
      if (url === '/api/cities') return json(200, [{ id: 'fushun', name: { 'zh-CN': '抚顺市', en: 'Fushun' } }]);
      if (url.startsWith('/api/submissions')) return json(submissions.status, submissions.body);
      if (url.startsWith('/api/absences')) return json(200, []);
      if (url === '/auth/logout') return json(200, { ok: true });
      return json(404, { ok: false, code: 'not-found', message: 'not found' });
    }),
  );
  return calls;
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('the signed-in user', () => {
  it('shows the name and signs out: POST /auth/logout, and this user’s drafts are removed', async () => {
    const calls = fakeServer({ status: 200, body: { id: 'zhangsan', name: '张三', roles: ['submitter'], provider: 'dev' } });
    window.history.replaceState(null, '', '/?city=fushun&form=agenda');
    localStorage.setItem('city-forms:draft:u:zhangsan:city-forms-portal:fushun:agenda', JSON.stringify({ v: 1, savedAt: Date.now(), values: {} }));
    localStorage.setItem('city-forms:draft:u:lisi:city-forms-portal:fushun:agenda', JSON.stringify({ v: 1, savedAt: Date.now(), values: {} }));
    render(<App />);
    const account = await screen.findByRole('group', { name: '当前用户' });
    expect(account.textContent).toContain('张三');
    // The form renders once the user is known, its draft under the user's key.
    expect(await screen.findByRole('form', {}, LAZY)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '退出登录' }));
    await waitFor(() => expect(calls.some((c) => c.url === '/auth/logout' && c.method === 'POST')).toBe(true), LAZY);
    expect(localStorage.getItem('city-forms:draft:u:zhangsan:city-forms-portal:fushun:agenda')).toBeNull();
    expect(localStorage.getItem('city-forms:draft:u:lisi:city-forms-portal:fushun:agenda')).not.toBeNull();
  });

  it('offers a sign-in link back to this page when nobody is signed in', async () => {
    fakeServer({ status: 401, body: { ok: false, code: 'auth.required', message: '请先登录' } });
    window.history.replaceState(null, '', '/?city=fushun&form=leave');
    render(<App />);
    const link = await screen.findByRole('link', { name: '登录' });
    expect(link.getAttribute('href')).toBe('/login?next=%2F%3Fcity%3Dfushun%26form%3Dleave');
  });

  it('turns to 登录 when the server says the session has ended (401), with a message that keeps the person’s work', async () => {
    fakeServer(
      { status: 200, body: { id: 'zhangsan', name: '张三', roles: ['submitter'], provider: 'dev' } },
      { status: 401, body: { ok: false, code: 'auth.required', message: '请先登录' } },
    );
    window.history.replaceState(null, '', '/?city=fushun&form=leave');
    render(<App />);
    expect(await screen.findByText(/登录已失效，请重新登录/, {}, LAZY)).toBeTruthy();
    expect((await screen.findByRole('link', { name: '登录' })).getAttribute('href')).toBe('/login?next=%2F%3Fcity%3Dfushun%26form%3Dleave');
    expect(screen.queryByRole('button', { name: '退出登录' })).toBeNull();
  });
});
