/**
 * 3. A reload mid-form restores the draft (autosaved to localStorage).
 * 7. Two tabs typing into the same draft never leave a corrupt or mixed draft.
 */
import { emptyData } from '@city-forms/rules';
import { FIXTURES } from '@city-forms/rules/fixtures';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  checkDialog,
  draftStorageKey,
  field,
  fillByKeyboard,
  form,
  newContext,
  openPortal,
  pressContinue,
  readDraft,
  useServerAndBrowser,
} from '../support/browser.js';
import type { RunningServer } from '../support/server.js';

let server!: RunningServer;
let browser!: Browser;
useServerAndBrowser((s, b) => ((server = s), (browser = b)));

const KEY = draftStorageKey('fushun', 'leave');

const restoredNotice = (page: Page) => page.getByRole('status').filter({ hasText: '已恢复您上次未提交的草稿' });

/** What a form shows for each of these fields. */
async function shown(page: Page, names: string[]): Promise<Record<string, string | boolean>> {
  const out: Record<string, string | boolean> = {};
  for (const name of names) {
    const el = field(page, name);
    out[name] = (await el.getAttribute('type')) === 'checkbox' ? await el.isChecked() : await el.inputValue();
  }
  return out;
}

describe('drafts', () => {
  it('a reload mid-form restores every typed value, with the 已恢复 notice', async () => {
    const context = await newContext(browser);
    try {
      const { page, errors } = await openPortal(context, server.base, { city: 'fushun', form: 'leave' });
      expect(await restoredNotice(page).count()).toBe(0);
      const typed = {
        applicantName: '张三',
        applicantRole: 'deputy',
        portfolio: '工业',
        kind: 'study',
        leavesJurisdiction: true,
        startDate: '2026-12-07',
        destination: '北京市',
        reason: '参加国家行政学院专题培训班\n第二行',
      };
      await fillByKeyboard(page, typed);

      // The autosave (debounced) writes the whole draft under the portal's key.
      await expect.poll(async () => (await readDraft(page, KEY)).values, { timeout: 5_000 }).toEqual({ ...emptyData('leave'), ...typed });
      const { raw } = await readDraft(page, KEY);
      expect(JSON.parse(raw!)).toMatchObject({ v: 1, profile: { id: 'fushun' } });

      await page.reload();
      await form(page).waitFor();
      await restoredNotice(page).waitFor();
      await expect.poll(() => shown(page, Object.keys(typed))).toEqual(typed);
      // Untouched fields stay empty.
      expect(await shown(page, ['applicantUnit', 'endDate', 'standInName', 'contactPhone'])).toEqual({
        applicantUnit: '',
        endDate: '',
        standInName: '',
        contactPhone: '',
      });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('two tabs with the same draft key typing different values leave a valid draft equal to one tab’s values', async () => {
    const context = await newContext(browser);
    try {
      const a = await openPortal(context, server.base, { city: 'fushun', form: 'leave' });
      const b = await openPortal(context, server.base, { city: 'fushun', form: 'leave' });
      const valuesA = { applicantName: '甲甲甲甲甲甲甲甲', applicantUnit: '市发展和改革委员会', reason: '甲的事由：赴省汇报', destination: '沈阳市' };
      const valuesB = { applicantName: '乙乙乙乙乙乙乙乙', applicantUnit: '市财政局', reason: '乙的事由：参加会议', destination: '大连市' };

      // Type into both tabs at the same time, field by field, keystroke by keystroke.
      const typeAll = async (page: Page, values: Record<string, string>) => {
        for (const [name, text] of Object.entries(values)) {
          await field(page, name).focus();
          await page.keyboard.type(text, { delay: 25 });
        }
      };
      const snapshots: (string | null)[] = [];
      let typing = true;
      const sampler = (async () => {
        while (typing) {
          snapshots.push((await readDraft(a.page, KEY)).raw);
          await new Promise((r) => setTimeout(r, 50));
        }
      })();
      await Promise.all([typeAll(a.page, valuesA), typeAll(b.page, valuesB)]);
      await new Promise((r) => setTimeout(r, 1_000)); // past both autosaves
      typing = false;
      await sampler;

      const fullA = { ...emptyData('leave'), ...valuesA };
      const fullB = { ...emptyData('leave'), ...valuesB };
      const final = await readDraft(a.page, KEY);
      expect(final.raw).not.toBeNull();
      expect([fullA, fullB]).toContainEqual(final.values);
      // The other tab sees the same stored draft.
      expect((await readDraft(b.page, KEY)).raw).toBe(final.raw);

      // Every draft seen while typing was valid JSON, and never a mix of the two tabs.
      for (const raw of snapshots) {
        if (raw === null) continue;
        const values = (JSON.parse(raw) as { values: Record<string, string> }).values;
        // Typing only appends, so a draft from one tab has, in every field, a prefix of that tab's value.
        const consistentWith = (typed: Record<string, string>) => Object.keys(typed).every((k) => typed[k]!.startsWith(values[k] ?? '\u0000'));
        const fromA = consistentWith(valuesA);
        const fromB = consistentWith(valuesB);
        expect({ raw, fromOneTab: fromA || fromB }).toEqual({ raw, fromOneTab: true });
      }

      // A third tab restores exactly that draft.
      const c = await openPortal(context, server.base, { city: 'fushun', form: 'leave' });
      await restoredNotice(c.page).waitFor();
      const winner = final.values as Record<string, string>;
      await expect.poll(() => shown(c.page, Object.keys(valuesA))).toEqual(Object.fromEntries(Object.keys(valuesA).map((k) => [k, winner[k]])));
      // And both typing tabs still show their own values.
      expect(await shown(a.page, Object.keys(valuesA))).toEqual(valuesA);
      expect(await shown(b.page, Object.keys(valuesB))).toEqual(valuesB);
      expect([...a.errors, ...b.errors, ...c.errors]).toEqual([]);
    } finally {
      await context.close();
    }
  });

  // Known bug in useCityForm (packages/react/src/internal/useCityForm.ts): the
  // debounced autosave is neither cancelled by a successful submit nor checks the
  // phase when it fires, so a submit within 400 ms of the last keystroke leaves the
  // submitted values behind as a draft. Expected to fail until fixed (then drop `.fails`).
  it('confirming within the autosave delay: the draft must not come back after the server accepted it', async () => {
    const context = await newContext(browser);
    try {
      const { page } = await openPortal(context, server.base, { city: 'fushun', form: 'leave' });
      const v = FIXTURES.fushun.leave.valid;
      await fillByKeyboard(page, {
        applicantName: '赵六',
        applicantRole: String(v.applicantRole),
        kind: String(v.kind),
        leavesJurisdiction: true,
        startDate: String(v.startDate),
        endDate: String(v.endDate),
        reason: String(v.reason),
        contactPhone: String(v.contactPhone),
      });
      await expect.poll(async () => (await readDraft(page, KEY)).values?.['contactPhone']).toBe(v.contactPhone);
      // One more keystroke, then hold the page's timers so its autosave is still
      // pending when the person confirms (as when Continue and Confirm follow quickly).
      await field(page, 'reason').focus();
      await page.keyboard.press('End');
      await page.keyboard.type('。');
      const now = await page.evaluate(() => Date.now());
      await context.clock.pauseAt(new Date(now + 20));
      await pressContinue(page);
      await checkDialog(page).waitFor();
      const response = page.waitForResponse((r) => r.request().method() === 'POST');
      await checkDialog(page).getByRole('button', { name: '确认提交' }).click();
      expect((await response).status()).toBe(201);
      await page.getByRole('status').filter({ hasText: '服务器已受理' }).waitFor();
      expect((await readDraft(page, KEY)).raw).toBeNull();
      await context.clock.resume();
      await page.waitForTimeout(800);
      // Fails today: the pending autosave writes the submitted values back.
      expect((await readDraft(page, KEY)).raw).toBeNull();
    } finally {
      await context.close();
    }
  });
});
