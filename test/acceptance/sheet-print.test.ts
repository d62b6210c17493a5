/**
 * The paper sheet in the real portal and server (issue 12): printing from
 * check-your-answers shows the 抚顺 leave sheet alone (no dialog, buttons or page
 * around it), A4; after submission, the 已提交 list's 打印审批单 opens the server's
 * sheet of that record under its CSP, with the record number.
 */
import { FIXTURES } from '@city-forms/rules/fixtures';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { checkDialog, fillByKeyboard, newContext, openPortal, pressContinue, submittedList, useServerAndBrowser } from '../support/browser.js';
import type { RunningServer } from '../support/server.js';

let server!: RunningServer;
let browser!: Browser;
useServerAndBrowser((s, b) => ((server = s), (browser = b)));

const valid = FIXTURES.fushun.leave.valid;
const ROUTE = ['审核：分管副市长', '汇总：秘书长', '审批：市长'];

/** The fixture's text and choice answers, and its ticked boxes, as the keyboard fills them. */
function answers(): Record<string, string | boolean> {
  const out: Record<string, string | boolean> = {};
  for (const [k, v] of Object.entries(valid)) if ((typeof v === 'string' && v !== '') || v === true) out[k] = v;
  return out;
}

describe('paper sheet, 抚顺 leave', () => {
  it('check-your-answers prints the sheet alone; the submitted record links to the server’s sheet', async () => {
    const context = await newContext(browser);
    try {
      const { page, errors } = await openPortal(context, server.base, { city: 'fushun', form: 'leave' });
      const csp: string[] = [];
      page.on('console', (m) => {
        if (/Content Security Policy/i.test(m.text())) csp.push(m.text());
      });
      await fillByKeyboard(page, answers());
      await pressContinue(page);
      await checkDialog(page).waitFor();

      // What the printer gets: print media, text as laid out (display: none leaves it out).
      await page.emulateMedia({ media: 'print' });
      const printed = (await page.locator('body').innerText()).replace(/\s+/g, '');
      await page.emulateMedia({ media: null }); // back to the default (page.pdf() prints with print media unless screen is emulated)
      expect(printed).toContain('抚顺市人民政府请假（外出报备）审批单');
      expect(printed).toContain(valid.reason);
      for (const step of ROUTE) expect(printed).toContain(`${step}意见：签字：日期：`);
      expect(printed).toContain('尚未提交（无编号）');
      for (const chrome of ['核对您的信息', '确认提交', '返回修改', '修改', '已提交']) expect(printed).not.toContain(chrome);
      const pdf = await page.pdf({ preferCSSPageSize: true });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.toString('latin1')).toMatch(/\/MediaBox\s*\[\s*0 0 59[45](\.\d+)? 84[12](\.\d+)?\s*\]/); // A4 portrait (595 × 842 pt)

      // Submit, then open the record's sheet from the list.
      const response = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/leave');
      await checkDialog(page).getByRole('button', { name: '确认提交' }).focus();
      await page.keyboard.press('Enter');
      const id = ((await (await response).json()) as { id: string }).id;
      const link = submittedList(page).getByRole('link', { name: `打印审批单 编号 ${id.slice(0, 8)}` });
      await expect.poll(() => link.getAttribute('href')).toBe(`/submissions/${id}/sheet?locale=zh-CN`);
      const sheet = await context.newPage();
      sheet.on('console', (m) => {
        if (/Content Security Policy/i.test(m.text())) csp.push(m.text());
      });
      const res = await sheet.goto(server.base + (await link.getAttribute('href'))!);
      expect(res?.status()).toBe(200);
      await sheet.emulateMedia({ media: 'print' });
      const record = (await sheet.locator('body').innerText()).replace(/\s+/g, '');
      expect(record).toContain('抚顺市人民政府请假（外出报备）审批单');
      for (const step of ROUTE) expect(record).toContain(`${step}意见：签字：日期：`);
      expect(record).toContain(`编号${id}`);
      const sheetPdf = await sheet.pdf({ preferCSSPageSize: true });
      expect(sheetPdf.toString('latin1')).toMatch(/\/MediaBox\s*\[\s*0 0 59[45](\.\d+)? 84[12](\.\d+)?\s*\]/);
      // The stylesheet applied under the CSP: bordered cells.
      expect(
        await sheet
          .locator('.cf-sheet__row td')
          .first()
          .evaluate((td) => getComputedStyle(td).borderTopStyle),
      ).toBe('solid');
      expect(csp).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
