/**
 * Sign-in and roles in the browser (issue 13): the portal sends a visitor who is
 * not signed in to the development login page (accessible, CSP-clean), which brings
 * them back; each person sees their own records in 已提交, 抚顺's office its city's;
 * nothing personal answers an anonymous caller; reads and writes are in the audit log.
 */
import { FIXTURES } from '@city-forms/rules/fixtures';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { draftStorageKey, field, fillByKeyboard, form, newContext, openPortal, readDraft, submittedList, useServerAndBrowser } from '../support/browser.js';
import { SESSION_COOKIE } from '../support/server.js';
import type { RunningServer } from '../support/server.js';

let server!: RunningServer;
let browser!: Browser;
useServerAndBrowser((s, b) => ((server = s), (browser = b)));

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core'), 'utf8');

async function axeViolations(page: Page): Promise<string[]> {
  // Through DevTools: the page keeps its CSP (script-src 'self').
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const w = window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string }[] }> } };
    return (await w.axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => v.id);
  });
}

async function post(user: string, city: string, formId: 'leave' | 'agenda', data: unknown): Promise<string> {
  const res = await server.fetchAs(
    `/api/${formId}`,
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ city, data }) },
    user,
  );
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

describe('signing in', () => {
  it('sends a visitor to the login page (accessible, no CSP violation) and back to the form once signed in by keyboard', async () => {
    const context = await newContext(browser, null);
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto(`${server.base}/?city=fushun&form=agenda`);
      await page.waitForURL((u) => u.pathname === '/login');
      expect(await page.title()).toContain('登录');
      expect(await axeViolations(page)).toEqual([]);

      // A wrong password: said in the alert, focus on it.
      await page.getByLabel('用户名').focus();
      await page.keyboard.type('zhangsan');
      await page.keyboard.press('Tab');
      await page.keyboard.type('wrong');
      await page.keyboard.press('Enter');
      const alert = page.getByRole('alert');
      await expect.poll(() => alert.textContent()).toContain('用户名或密码不正确');
      expect(await alert.evaluate((el) => el === document.activeElement)).toBe(true);

      await page.getByLabel('密码').fill('');
      await page.getByLabel('密码').focus();
      await page.keyboard.type('zhangsan-demo');
      await page.keyboard.press('Enter');
      await page.waitForURL((u) => u.pathname === '/' && u.search === '?city=fushun&form=agenda');
      await form(page).waitFor();
      expect(await page.getByRole('group', { name: '当前用户' }).textContent()).toContain('张三');
      // The wrong password logged one 401 in the console; nothing else went wrong.
      expect(errors.filter((e) => !/status of 401/.test(e))).toEqual([]);

      // Signing out ends the session: the portal goes to the login page, the API answers 401.
      await page.getByRole('button', { name: '退出登录' }).click();
      await page.waitForURL((u) => u.pathname === '/login');
      expect(await page.evaluate(async () => (await fetch('/api/submissions')).status)).toBe(401);
    } finally {
      await context.close();
    }
  });

  it('answers 401 with no personal data to an anonymous caller on every endpoint that has some', async () => {
    await post('zhangsan', 'fushun', 'leave', { ...FIXTURES.fushun.leave.valid, applicantName: '匿名测试' });
    for (const [method, path] of [
      ['GET', '/api/submissions?limit=1000'],
      ['GET', '/api/absences?from=0001-01-01&to=9999-12-31'],
      ['GET', '/api/absences?from=2026-12-01&to=2026-12-31&city=fushun'],
      ['POST', '/api/leave'],
      ['GET', '/api/audit'],
    ] as const) {
      const res = await fetch(`${server.base}${path}`, {
        method,
        ...(method === 'POST'
          ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify({ city: 'fushun', data: FIXTURES.fushun.leave.valid }) }
          : {}),
      });
      const text = await res.text();
      expect({ path, status: res.status }).toEqual({ path, status: 401 });
      expect(JSON.parse(text)).toMatchObject({ ok: false, code: 'auth.required' });
      expect(text).not.toContain('匿名测试');
    }
  });
});

describe('who sees what in 已提交', () => {
  it('a submitter sees their own records only; 抚顺’s office sees the city’s; every read and write is in the audit log', async () => {
    const mine = await post('zhangsan', 'fushun', 'agenda', { ...FIXTURES.fushun.agenda.valid, title: '张三的议题' });
    const theirs = await post('lisi', 'fushun', 'agenda', { ...FIXTURES.fushun.agenda.valid, title: '李四的议题' });

    for (const [user, sees, hidden] of [
      ['zhangsan', '张三的议题', '李四的议题'],
      ['lisi', '李四的议题', '张三的议题'],
    ] as const) {
      const context = await newContext(browser, user);
      try {
        const { page } = await openPortal(context, server.base, { city: 'fushun', form: 'agenda' });
        await expect.poll(() => submittedList(page).textContent()).toContain(sees);
        expect(await submittedList(page).textContent()).not.toContain(hidden);
      } finally {
        await context.close();
      }
    }

    const context = await newContext(browser, 'fushun-office');
    try {
      const { page } = await openPortal(context, server.base, { city: 'fushun', form: 'agenda' });
      await expect.poll(() => submittedList(page).textContent()).toContain('张三的议题');
      expect(await submittedList(page).textContent()).toContain('李四的议题');
    } finally {
      await context.close();
    }

    const log = (await (await server.fetchAs('/api/audit?limit=1000', {}, 'admin')).json()) as {
      actor: string;
      action: string;
      target: string;
      status: number;
    }[];
    expect(log).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ actor: 'user:zhangsan', action: 'write', target: `submission:${mine}`, status: 201 }),
        expect.objectContaining({ actor: 'user:lisi', action: 'write', target: `submission:${theirs}`, status: 201 }),
        expect.objectContaining({ actor: 'user:fushun-office', action: 'read', target: 'submissions?city=fushun&form=', status: 200 }),
        expect.objectContaining({ actor: 'user:zhangsan', action: 'login', status: 200 }),
      ]),
    );
  });
});

describe('a shared computer', () => {
  it('the next person never sees the previous person’s draft: drafts are kept per user and removed at sign-out', async () => {
    const context = await newContext(browser, 'zhangsan');
    try {
      const { page } = await openPortal(context, server.base, { city: 'fushun', form: 'agenda' });
      await fillByKeyboard(page, { title: '张三未提交的议题' });
      await expect.poll(async () => (await readDraft(page, draftStorageKey('fushun', 'agenda', 'zhangsan'))).values?.['title']).toBe('张三未提交的议题');

      await page.getByRole('button', { name: '退出登录' }).click();
      await page.waitForURL((u) => u.pathname === '/login');
      expect((await readDraft(page, draftStorageKey('fushun', 'agenda', 'zhangsan'))).raw).toBeNull();

      // 李四 signs in on the same browser.
      await context.addCookies([{ name: SESSION_COOKIE, value: await server.login('lisi'), url: server.base, httpOnly: true, sameSite: 'Lax' }]);
      await page.goto(`${server.base}/?city=fushun&form=agenda`);
      await form(page).waitFor();
      expect(await page.getByRole('group', { name: '当前用户' }).textContent()).toContain('李四');
      expect(await field(page, 'title').inputValue()).toBe('');
      expect(await page.getByText('已恢复您上次未提交的草稿').count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
