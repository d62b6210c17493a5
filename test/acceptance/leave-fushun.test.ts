/**
 * 1. The leave form in 抚顺, by keyboard only: a request that breaks 第五十四条 (too
 * little notice) → the error summary → fix it → check your answers → 修改 → confirm
 * → stored by the server → listed under 已提交.
 */
import { FIXTURES } from '@city-forms/rules/fixtures';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  checkDialog,
  dialogAnswers,
  draftStorageKey,
  errorSummary,
  field,
  form,
  newContext,
  openPortal,
  pressContinue,
  readDraft,
  submittedList,
  useServerAndBrowser,
} from '../support/browser.js';
import type { RunningServer } from '../support/server.js';

const tooSoon = FIXTURES.fushun.leave.violations['leave.notice-too-short']!.data;

let server!: RunningServer;
let browser!: Browser;
useServerAndBrowser((s, b) => ((server = s), (browser = b)));

/** The `name` of the focused element (or its tag and text when it has none). */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    return el.getAttribute('name') ?? `${el.tagName.toLowerCase()}:${(el.textContent ?? '').trim().slice(0, 20)}`;
  });
}

async function tabTo(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Tab');
  expect(await focused(page)).toBe(name);
}

describe('leave form, 抚顺 (keyboard only)', () => {
  it('shows 第五十四条 for too little notice, then checks, changes and stores the fixed request', async () => {
    const context = await newContext(browser);
    try {
      const { page, errors } = await openPortal(context, server.base, { city: 'fushun', form: 'leave' });
      const posts: string[] = [];
      page.on('request', (r) => {
        if (r.method() === 'POST') posts.push(new URL(r.url()).pathname);
      });
      await expect.poll(() => submittedList(page).textContent()).toContain('暂无提交记录');

      // Walk the form with Tab, in its visual order, typing as a person would.
      await field(page, 'applicantName').focus();
      await page.keyboard.type(String(tooSoon.applicantName));
      await tabTo(page, 'applicantRole');
      await page.keyboard.press('Home');
      while ((await field(page, 'applicantRole').inputValue()) !== tooSoon.applicantRole) await page.keyboard.press('ArrowDown');
      await tabTo(page, 'applicantUnit');
      await page.keyboard.type(String(tooSoon.applicantUnit));
      await tabTo(page, 'portfolio');
      await tabTo(page, 'kind');
      await page.keyboard.press('Home');
      while ((await field(page, 'kind').inputValue()) !== tooSoon.kind) await page.keyboard.press('ArrowDown');
      await tabTo(page, 'leavesJurisdiction');
      await page.keyboard.press('Space');
      await tabTo(page, 'startDate');
      await page.keyboard.type(String(tooSoon.startDate)); // 2026-11-24: one day's notice
      await tabTo(page, 'endDate');
      await page.keyboard.type(String(tooSoon.endDate));
      await tabTo(page, 'destination');
      await page.keyboard.type(String(tooSoon.destination));
      await tabTo(page, 'reason');
      await page.keyboard.type(String(tooSoon.reason));
      await tabTo(page, 'standInName');
      await tabTo(page, 'contactPhone');
      await page.keyboard.type(String(tooSoon.contactPhone));
      await page.keyboard.press('Tab');
      expect(await focused(page)).toBe('button:继续');
      expect(await field(page, 'leavesJurisdiction').isChecked()).toBe(true);
      await page.keyboard.press('Enter');

      // The summary: focused, with the rule's message and its citation.
      const summary = errorSummary(page);
      await summary.waitFor();
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');
      const summaryText = await summary.textContent();
      expect(summaryText).toContain('第五十四条');
      expect(summaryText).toContain('依据《抚顺市人民政府工作规则》第五十四条');
      expect(summaryText).toContain('最早可于2026-11-26开始');
      expect(await field(page, 'startDate').getAttribute('aria-invalid')).toBe('true');
      expect(await form(page).locator('.cf-error').first().textContent()).toContain('第五十四条');
      expect(await page.title()).toMatch(/^错误：/);
      await expect.poll(() => checkDialog(page).count()).toBe(0);

      // Fix it from the summary: Tab to its link, Enter moves focus to the date.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('最早可于2026-11-26开始');
      await page.keyboard.press('Enter');
      expect(await focused(page)).toBe('startDate');
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type('2026-12-01');
      await tabTo(page, 'endDate');
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type('2026-12-02');
      await expect.poll(() => errorSummary(page).count()).toBe(0);
      await pressContinue(page);

      // Check your answers.
      const dialog = checkDialog(page);
      await dialog.waitFor();
      let answers = await dialogAnswers(page);
      expect(answers).toMatchObject({ 申请人姓名: '李明', 职务: '市政府组成人员', 开始日期: '2026-12-01', 结束日期: '2026-12-02', 前往地点: '沈阳市' });

      // 修改 the end date: back in the form, focus on that field.
      const change = dialog.getByRole('button', { name: /^修改\s*结束日期$/ });
      await change.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => dialog.count()).toBe(0);
      await expect.poll(() => focused(page)).toBe('endDate');
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type('2026-12-03');
      await pressContinue(page);
      await dialog.waitFor();
      answers = await dialogAnswers(page);
      expect(answers['结束日期']).toBe('2026-12-03');
      expect(posts).toEqual([]);
      // Let the autosave of the last keystroke happen first: confirming within its
      // 400 ms rewrites the draft after the submit (a kit bug, see drafts.test.ts).
      await expect.poll(async () => (await readDraft(page, draftStorageKey('fushun', 'leave'))).values?.['endDate']).toBe('2026-12-03');

      // Confirm: the server stores it.
      const confirm = dialog.getByRole('button', { name: '确认提交' });
      await confirm.focus();
      const response = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/leave');
      await page.keyboard.press('Enter');
      const res = await response;
      expect(res.status()).toBe(201);
      const body = (await res.json()) as { id: string };
      await expect.poll(() => dialog.count()).toBe(0);
      await page
        .getByRole('status')
        .filter({ hasText: `服务器已受理，编号 ${body.id.slice(0, 8)}` })
        .waitFor();

      // Listed under 已提交, and stored with what was confirmed.
      const list = submittedList(page);
      await expect.poll(() => list.locator('li').count()).toBe(1);
      const item = await list.locator('li').first().textContent();
      expect(item).toContain('李明 · 市政府组成人员');
      expect(item).toContain('2026-12-01 至 2026-12-03');
      expect(item).toContain(`编号 ${body.id.slice(0, 8)}`);

      const stored = await server.submissions();
      expect(stored).toHaveLength(1);
      expect(stored[0]).toMatchObject({
        id: body.id,
        form: 'leave',
        city: 'fushun',
        data: { ...tooSoon, startDate: '2026-12-01', endDate: '2026-12-03' },
      });
      expect(posts).toEqual(['/api/leave']);
      // The draft is gone once the server accepted the request.
      expect((await readDraft(page, draftStorageKey('fushun', 'leave'))).raw).toBeNull();
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
