/**
 * 4. The server is down when the person confirms: the dialog says so, every value
 * is kept; once it is back, confirming again stores the request exactly once.
 */
import { FIXTURES } from '@city-forms/rules/fixtures';
import type { Browser, Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  checkDialog,
  dialogAnswers,
  draftStorageKey,
  field,
  fillByKeyboard,
  newContext,
  openPortal,
  pressContinue,
  readDraft,
  submittedList,
  useServerAndBrowser,
} from '../support/browser.js';
import type { RunningServer } from '../support/server.js';

let server!: RunningServer;
let browser!: Browser;
useServerAndBrowser((s, b) => ((server = s), (browser = b)));

const valid = FIXTURES.fushun.leave.valid;
const FAILED = '提交未成功，您填写的内容均已保留，请稍后重试：';
const UNREACHABLE = '无法连接服务器，请检查网络后重试。';

function request(name: string) {
  return {
    applicantName: name,
    applicantRole: String(valid.applicantRole),
    applicantUnit: String(valid.applicantUnit),
    kind: String(valid.kind),
    leavesJurisdiction: true,
    startDate: String(valid.startDate),
    endDate: String(valid.endDate),
    destination: String(valid.destination),
    reason: String(valid.reason),
    contactPhone: String(valid.contactPhone),
  };
}

const EXPECTED_ANSWERS = {
  职务: '市政府组成人员',
  所在单位: '市发展和改革委员会',
  开始日期: '2026-12-01',
  结束日期: '2026-12-02',
  前往地点: '沈阳市',
  联系电话: '13800000000',
};

async function shown(page: Page, values: Record<string, string | boolean>) {
  const out: Record<string, string | boolean> = {};
  for (const name of Object.keys(values)) {
    const el = field(page, name);
    out[name] = (await el.getAttribute('type')) === 'checkbox' ? await el.isChecked() : await el.inputValue();
  }
  return out;
}

function leavePosts(page: Page): Request[] {
  const posts: Request[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && new URL(r.url()).pathname === '/api/leave') posts.push(r);
  });
  return posts;
}

describe('the server down at submit', () => {
  it('stopped server: a clear error in the dialog, values kept; restarted: the retry is stored once', async () => {
    const context = await newContext(browser);
    try {
      const { page, errors } = await openPortal(context, server.base, { city: 'fushun', form: 'leave' });
      const posts = leavePosts(page);
      const values = request('停机测试');
      await fillByKeyboard(page, values);
      await pressContinue(page);
      const dialog = checkDialog(page);
      await dialog.waitFor();

      await server.stop();
      await dialog.getByRole('button', { name: '确认提交' }).click();
      const alert = dialog.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toContain(FAILED);
      expect(await alert.textContent()).toContain(UNREACHABLE);
      // Still the dialog, still every answer; the form and the draft keep them too.
      expect(await dialog.isVisible()).toBe(true);
      expect(await dialogAnswers(page)).toMatchObject({ 申请人姓名: '停机测试', ...EXPECTED_ANSWERS });
      expect(await shown(page, values)).toEqual(values);
      await expect.poll(async () => (await readDraft(page, draftStorageKey('fushun', 'leave'))).values).toMatchObject(values);
      expect(await dialog.getByRole('button', { name: '确认提交' }).isEnabled()).toBe(true);

      await server.restart();
      const response = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/leave');
      await dialog.getByRole('button', { name: '确认提交' }).click();
      expect((await response).status()).toBe(201);
      await expect.poll(() => dialog.count()).toBe(0);
      await expect.poll(() => submittedList(page).locator('li').count()).toBe(1);
      expect(await submittedList(page).textContent()).toContain('停机测试');

      const stored = (await server.submissions()).filter((s) => s.data['applicantName'] === '停机测试');
      expect(stored).toHaveLength(1);
      expect(stored[0]!.data).toMatchObject(values);
      expect(posts.length).toBe(2);
      // The console reports the refused connection; nothing else went wrong.
      expect(errors.filter((e) => !/ERR_CONNECTION_REFUSED|Failed to load resource/.test(e))).toEqual([]);
    } finally {
      await context.close();
      if (!server.running) await server.restart();
    }
  });

  it('answer lost after the server stored it: the retry is not stored twice (same Idempotency-Key)', async () => {
    const context = await newContext(browser);
    try {
      const { page, errors } = await openPortal(context, server.base, { city: 'fushun', form: 'leave' });
      const posts = leavePosts(page);
      const values = request('断网测试');
      await fillByKeyboard(page, values);
      await pressContinue(page);
      const dialog = checkDialog(page);
      await dialog.waitFor();

      // The request reaches the server (which stores it), then the connection drops.
      const reached: number[] = [];
      await page.route('**/api/leave', async (route) => {
        const answer = await route.fetch();
        reached.push(answer.status());
        await route.abort('connectionreset');
      });
      await dialog.getByRole('button', { name: '确认提交' }).click();
      const alert = dialog.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toContain(UNREACHABLE);
      expect(reached).toEqual([201]);
      expect(await dialogAnswers(page)).toMatchObject({ 申请人姓名: '断网测试', ...EXPECTED_ANSWERS });
      expect(await shown(page, values)).toEqual(values);

      await page.unroute('**/api/leave');
      const response = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/leave');
      await dialog.getByRole('button', { name: '确认提交' }).click();
      const res = await response;
      expect(res.status()).toBe(201);
      expect(res.headers()['idempotent-replayed']).toBe('true');
      await expect.poll(() => dialog.count()).toBe(0);

      expect(posts).toHaveLength(2);
      const keys = await Promise.all(posts.map((p) => p.headerValue('idempotency-key')));
      expect(keys[0]).toBeTruthy();
      expect(keys[1]).toBe(keys[0]);
      const stored = (await server.submissions()).filter((s) => s.data['applicantName'] === '断网测试');
      expect(stored).toHaveLength(1);
      expect(((await res.json()) as { id: string }).id).toBe(stored[0]!.id);
      await expect.poll(async () => (await submittedList(page).textContent()) ?? '').toContain('断网测试');
      expect(errors.filter((e) => !/ERR_CONNECTION_RESET|ERR_FAILED|Failed to load resource/.test(e))).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
