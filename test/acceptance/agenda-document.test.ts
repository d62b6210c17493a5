/**
 * 5. The agenda form (济宁) and the document sheet (华容): a violation → the summary
 * with the right article → fix → check your answers → submit → listed.
 */
import { FIXTURES } from '@city-forms/rules/fixtures';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  checkDialog,
  dialogAnswers,
  errorSummary,
  field,
  fillByKeyboard,
  form,
  newContext,
  openPortal,
  pressContinue,
  submittedList,
  useServerAndBrowser,
} from '../support/browser.js';
import type { RunningServer } from '../support/server.js';

let server!: RunningServer;
let browser!: Browser;
useServerAndBrowser((s, b) => ((server = s), (browser = b)));

/** Press a form button (e.g. 添加 主送机关) by keyboard. */
async function pressButton(page: Page, name: RegExp): Promise<void> {
  await form(page).getByRole('button', { name }).focus();
  await page.keyboard.press('Enter');
}

/** Add an item to a list or a row to a group, then type into what got focus. */
async function addAndType(page: Page, legend: string, text: string): Promise<void> {
  await pressButton(page, new RegExp(`^添加\\s*${legend}$`));
  await page.keyboard.type(text);
}

/** The summary's link for a message: follow it by keyboard, return the focused field's name. */
async function followSummaryLink(page: Page, message: string): Promise<string | null> {
  await errorSummary(page).getByRole('link', { name: message }).focus();
  await page.keyboard.press('Enter');
  return page.evaluate(() => document.activeElement?.getAttribute('name') ?? null);
}

async function confirmAndWait(page: Page, path: string): Promise<string> {
  const response = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === path);
  await checkDialog(page).getByRole('button', { name: '确认提交' }).focus();
  await page.keyboard.press('Enter');
  const res = await response;
  expect(res.status()).toBe(201);
  await expect.poll(() => checkDialog(page).count()).toBe(0);
  return ((await res.json()) as { id: string }).id;
}

describe('agenda form, 济宁', () => {
  it('a missing 合法性审查 → 第四十八条 in the summary → ticked → submitted and listed', async () => {
    const valid = FIXTURES.jining.agenda.valid;
    const context = await newContext(browser);
    try {
      const { page, errors } = await openPortal(context, server.base, { city: 'jining', form: 'agenda' });
      await fillByKeyboard(page, {
        meetingKind: String(valid.meetingKind),
        meetingDate: String(valid.meetingDate),
        title: String(valid.title),
        submittingUnit: String(valid.submittingUnit),
        summary: String(valid.summary),
        leaderInCharge: String(valid.leaderInCharge),
        leaderApproved: true,
        involvesOtherUnits: true,
        // legalReview left unticked: 第四十八条 requires it.
      });
      await addAndType(page, '征求意见单位', '济宁市财政局');
      expect(await field(page, 'consultations.0.unit').inputValue()).toBe('济宁市财政局');
      expect(await field(page, 'consultations.0.agreed').isChecked()).toBe(true);

      await pressContinue(page);
      const summary = errorSummary(page);
      await summary.waitFor();
      const text = await summary.textContent();
      expect(text).toContain('议题须经合法性审查并通过后方可提交会议审议');
      expect(text).toContain('依据《济宁市人民政府工作规则》第四十八条');
      expect(await summary.locator('li').count()).toBe(1);

      expect(await followSummaryLink(page, '议题须经合法性审查并通过后方可提交会议审议')).toBe('legalReview');
      await page.keyboard.press('Space');
      await expect.poll(() => summary.count()).toBe(0);
      await pressContinue(page);

      const dialog = checkDialog(page);
      await dialog.waitFor();
      expect(await dialogAnswers(page)).toMatchObject({
        会议类型: '市政府常务会议',
        拟上会日期: '2026-12-10',
        议题名称: String(valid.title),
        已通过合法性审查: '是',
        征求意见单位: '济宁市财政局（意见一致）',
      });
      const dialogText = await dialog.textContent();
      expect(dialogText).toContain('材料报送截止');
      expect(dialogText).toContain('2026-12-03');
      const id = await confirmAndWait(page, '/api/agenda');

      await expect.poll(() => submittedList(page).locator('li').count()).toBe(1);
      const item = await submittedList(page).locator('li').first().textContent();
      expect(item).toContain('议题申报');
      expect(item).toContain(String(valid.title));
      expect(item).toContain('济宁市住房和城乡建设局 · 2026-12-10');
      expect(item).toContain(id.slice(0, 8));

      const stored = await server.submissions({ city: 'jining', form: 'agenda' });
      expect(stored).toHaveLength(1);
      expect(stored[0]).toMatchObject({ id, data: { ...valid, consultations: [{ unit: '济宁市财政局', agreed: true }] } });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('document sheet, 华容', () => {
  it('two 主送机关 → 第五十三条 in the summary → one moved to 抄送 → submitted and listed', async () => {
    const valid = FIXTURES.huarong.document.valid;
    const context = await newContext(browser);
    try {
      const { page, errors } = await openPortal(context, server.base, { city: 'huarong', form: 'document' });
      await fillByKeyboard(page, {
        docType: 'request',
        title: String(valid.title),
        senderUnit: String(valid.senderUnit),
        senderKind: String(valid.senderKind),
      });
      await addAndType(page, '请示事项', '设立乡村振兴产业发展专项资金');
      await addAndType(page, '主送机关', '华容区人民政府');
      await addAndType(page, '主送机关', '华容区委办公室');
      await fillByKeyboard(page, { signatoryName: String(valid.signatoryName), signatoryIsHead: true, involvesOtherUnits: true });
      await addAndType(page, '会签单位', '华容区财政局');
      await fillByKeyboard(page, { 'countersigners.0.sentOn': '2026-11-16', 'countersigners.0.replied': true });
      expect(await field(page, 'countersigners.0.agreed').isChecked()).toBe(true);
      expect(await form(page).textContent()).toContain('回复时限');

      await pressContinue(page);
      const summary = errorSummary(page);
      await summary.waitFor();
      const text = await summary.textContent();
      const message = '上行文原则上只主送一个机关，当前主送2个，其余请改为抄送';
      expect(text).toContain(message);
      expect(text).toContain('依据《鄂州市华容区人民政府工作规则（试行）》第五十三条');
      expect(await summary.locator('li').count()).toBe(1);
      // The link leads to the 主送机关 group.
      await errorSummary(page).getByRole('link', { name: message }).focus();
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.querySelector('legend')?.textContent)).toContain('主送机关');

      // Fix: the second 主送 goes to 抄送.
      await pressButton(page, /^删除\s*主送机关\s*第2项$/);
      await addAndType(page, '抄送机关', '华容区委办公室');
      await expect.poll(() => summary.count()).toBe(0);
      await pressContinue(page);

      const dialog = checkDialog(page);
      await dialog.waitFor();
      expect(await dialogAnswers(page)).toMatchObject({
        文种: '请示',
        公文标题: String(valid.title),
        主送机关: '华容区人民政府',
        抄送机关: '华容区委办公室',
        请示事项: '设立乡村振兴产业发展专项资金',
        签发人: String(valid.signatoryName),
      });
      expect(await dialog.textContent()).toContain('会签回复时限');
      const id = await confirmAndWait(page, '/api/document');

      await expect.poll(() => submittedList(page).locator('li').count()).toBe(1);
      const item = await submittedList(page).locator('li').first().textContent();
      expect(item).toContain('公文报送');
      expect(item).toContain(String(valid.title));
      expect(item).toContain(String(valid.senderUnit));

      const stored = await server.submissions({ city: 'huarong', form: 'document' });
      expect(stored).toHaveLength(1);
      expect(stored[0]).toMatchObject({
        id,
        data: {
          docType: 'request',
          title: valid.title,
          primaryRecipients: ['华容区人民政府'],
          copyTo: ['华容区委办公室'],
          matters: ['设立乡村振兴产业发展专项资金'],
          countersigners: [{ unit: '华容区财政局', sentOn: '2026-11-16', replied: true, agreed: true }],
        },
      });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
