/**
 * 8. Markup typed into text fields is shown as text everywhere: in the form, in the
 * error summary (a rule message quoting another submission's name), in
 * check-your-answers, in the server's rejection shown in the dialog, and in the
 * 已提交 list. No <img> is ever created and its onerror never runs.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  checkDialog,
  dialogAnswers,
  errorSummary,
  field,
  fillByKeyboard,
  newContext,
  openPortal,
  pressContinue,
  submittedList,
  useServerAndBrowser,
} from '../support/browser.js';
import type { RunningServer } from '../support/server.js';

const PAYLOAD = '<img src=x onerror=window.__pwned=1>';
const PAYLOAD2 = '"><img src=y onerror=window.__pwned=2>';

let server!: RunningServer;
let browser!: Browser;
useServerAndBrowser((s, b) => ((server = s), (browser = b)));

/** Nothing ran, nothing was created, nothing was fetched for the fake images. */
async function expectInert(page: Page, fetched: string[]): Promise<void> {
  const state = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    imgs: document.querySelectorAll('img').length,
  }));
  expect(state).toEqual({ pwned: undefined, imgs: 0 });
  expect(fetched).toEqual([]);
}

async function watch(page: Page): Promise<string[]> {
  const fetched: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path === '/x' || path === '/y') fetched.push(path);
  });
  // Also catch an <img> that is created and removed again.
  await page.evaluate(() => {
    const w = window as unknown as { __imgs: number };
    w.__imgs = 0;
    new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) if (n instanceof Element && (n.tagName === 'IMG' || n.querySelector('img'))) w.__imgs++;
    }).observe(document, { childList: true, subtree: true });
  });
  return fetched;
}

const imgsEverAdded = (page: Page) => page.evaluate(() => (window as unknown as { __imgs: number }).__imgs);

describe('markup typed into fields stays text', () => {
  it('leave (抚顺): form, check-your-answers, 已提交 list; then a rule message and a server rejection quoting that name', async () => {
    // A 副市长 whose name, destination, reason and stand-in are markup.
    let context = await newContext(browser);
    try {
      const { page, errors } = await openPortal(context, server.base, { city: 'fushun', form: 'leave' });
      const fetched = await watch(page);
      const values = {
        applicantName: PAYLOAD,
        applicantRole: 'deputy',
        applicantUnit: PAYLOAD2,
        portfolio: '工业',
        kind: 'official-trip',
        leavesJurisdiction: true,
        startDate: '2026-12-01',
        endDate: '2026-12-03',
        destination: PAYLOAD,
        reason: `${PAYLOAD} ${PAYLOAD2}`,
        standInName: PAYLOAD2,
      };
      await fillByKeyboard(page, values);
      expect(await field(page, 'applicantName').inputValue()).toBe(PAYLOAD);

      // A summary first (missing nothing but a bad end date), then the dialog.
      await fillByKeyboard(page, { endDate: '2026-11-30' });
      await pressContinue(page);
      await errorSummary(page).waitFor();
      await expectInert(page, fetched);
      await fillByKeyboard(page, { endDate: '2026-12-03' });

      await pressContinue(page);
      const dialog = checkDialog(page);
      await dialog.waitFor();
      const answers = await dialogAnswers(page);
      expect(answers).toMatchObject({
        申请人姓名: PAYLOAD,
        所在单位: PAYLOAD2,
        前往地点: PAYLOAD,
        事由: `${PAYLOAD} ${PAYLOAD2}`,
        '代为履职人（AB角）': PAYLOAD2,
      });
      await expectInert(page, fetched);

      const response = page.waitForResponse((r) => r.request().method() === 'POST');
      await dialog.getByRole('button', { name: '确认提交' }).click();
      expect((await response).status()).toBe(201);
      await expect.poll(() => submittedList(page).locator('li').count()).toBe(1);
      expect(await submittedList(page).locator('li').first().textContent()).toContain(`${PAYLOAD} · 副市长`);
      await expectInert(page, fetched);
      expect(await imgsEverAdded(page)).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }

    // Stored byte for byte.
    const stored = await server.submissions({ city: 'fushun' });
    expect(stored[0]!.data).toMatchObject({ applicantName: PAYLOAD, applicantUnit: PAYLOAD2, destination: PAYLOAD, standInName: PAYLOAD2 });

    // His 副秘书长, filed by 抚顺's office (which may know who is away; a submitter is
    // told the role only): the pairing message quotes the stored name, in the summary…
    context = await newContext(browser, 'fushun-office');
    try {
      const { page, errors } = await openPortal(context, server.base, { city: 'fushun', form: 'leave' });
      const fetched = await watch(page);
      const loaded = page.waitForResponse((r) => r.url().includes('/api/absences?') && r.url().includes('to=2026-12-04'));
      await fillByKeyboard(page, {
        applicantName: '周副秘书长',
        applicantRole: 'deputy-secretary-general',
        portfolio: '工业',
        kind: 'meeting',
        leavesJurisdiction: true,
        startDate: '2026-12-02',
        endDate: '2026-12-04',
        reason: '参加会议',
      });
      await loaded;
      await field(page, 'headConsent').waitFor();
      await pressContinue(page);
      const summary = errorSummary(page);
      await summary.waitFor();
      expect(await summary.textContent()).toContain(`副市长${PAYLOAD}在2026-12-01至2026-12-03期间已外出`);
      await expectInert(page, fetched);

      // …and the server's own rejection in the dialog (the form's context left empty).
      await page.route('**/api/absences?*', (route) => route.fulfill({ json: [] }));
      const emptied = page.waitForResponse((r) => r.url().includes('/api/absences?') && r.url().includes('to=2026-12-05'));
      await fillByKeyboard(page, { endDate: '2026-12-05' });
      await emptied;
      await expect.poll(() => page.getByText('正在核对他人外出情况').count()).toBe(0);
      await pressContinue(page);
      const dialog = checkDialog(page);
      await dialog.waitFor();
      const response = page.waitForResponse((r) => r.request().method() === 'POST');
      await dialog.getByRole('button', { name: '确认提交' }).click();
      expect((await response).status()).toBe(422);
      const alert = dialog.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toContain(`副市长${PAYLOAD}在2026-12-01至2026-12-03期间已外出`);
      await expectInert(page, fetched);
      expect(await imgsEverAdded(page)).toBe(0);
      expect(errors.filter((e) => !/status of 422/.test(e))).toEqual([]);
    } finally {
      await context.close();
    }
    expect(await server.submissions({ city: 'fushun' })).toHaveLength(1);
  });

  it('agenda (济宁): markup in the title and rows stays text in the dialog and the list', async () => {
    const context = await newContext(browser);
    try {
      const { page, errors } = await openPortal(context, server.base, { city: 'jining', form: 'agenda' });
      const fetched = await watch(page);
      await fillByKeyboard(page, {
        meetingKind: 'standing',
        meetingDate: '2026-12-10',
        title: PAYLOAD,
        submittingUnit: PAYLOAD2,
        summary: PAYLOAD,
        leaderApproved: true,
        legalReview: true,
        involvesOtherUnits: true,
      });
      await field(page, 'involvesOtherUnits').press('Tab');
      await page.getByRole('button', { name: /^添加\s*征求意见单位$/ }).click();
      await field(page, 'consultations.0.unit').pressSequentially(PAYLOAD);
      await pressContinue(page);
      const dialog = checkDialog(page);
      await dialog.waitFor();
      expect(await dialogAnswers(page)).toMatchObject({ 议题名称: PAYLOAD, 承办单位: PAYLOAD2, 征求意见单位: `${PAYLOAD}（意见一致）` });
      await expectInert(page, fetched);
      const response = page.waitForResponse((r) => r.request().method() === 'POST');
      await dialog.getByRole('button', { name: '确认提交' }).click();
      expect((await response).status()).toBe(201);
      await expect.poll(() => submittedList(page).locator('li').count()).toBe(1);
      const item = await submittedList(page).locator('li').first().textContent();
      expect(item).toContain(PAYLOAD);
      expect(item).toContain(`${PAYLOAD2} · 2026-12-10`);
      await expectInert(page, fetched);
      expect(await imgsEverAdded(page)).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
