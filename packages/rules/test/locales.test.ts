// The lean entry carries zh-CN only; English arrives with '@city-forms/rules/locales/en'.
// This file imports nothing that registers English before the test does.
import { describe, expect, it, vi } from 'vitest';
import { catalogueFor, resolveLocale, validateWith } from '../src/core.js';
import { fushun } from '../src/cities/fushun.js';
import { leaveForm } from '../src/forms/leave.js';
import { FIXTURES } from '../src/fixtures/index.js';

describe('locale registration', () => {
  it('without the English catalogue, en falls back to zh-CN with one warning; importing locales/en switches it on', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const fx = FIXTURES.fushun.leave;
    const bad = fx.violations['leave.notice-too-short']!;
    expect(resolveLocale('en')).toBe('zh-CN');
    expect(catalogueFor('en')).toBe(catalogueFor('zh-CN'));
    const before = validateWith(leaveForm, bad.data, { city: fushun, today: fx.today, locale: 'en' });
    expect(before.issues.find((i) => i.code === 'leave.notice-too-short')?.citation).toMatch(/^依据《抚顺市人民政府工作规则》/);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain('@city-forms/rules/locales/en');

    const { en } = await import('../src/locales/with-en.js');
    expect(resolveLocale('en')).toBe('en');
    expect(catalogueFor('en')).toBe(en);
    const after = validateWith(leaveForm, bad.data, { city: fushun, today: fx.today, locale: 'en' });
    expect(after.issues.find((i) => i.code === 'leave.notice-too-short')?.citation).toMatch(/^Under article 五十四 of/);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });
});

describe('zh-CN in parts', () => {
  it('the common part plus every form part registered on load is exactly the whole zh-CN catalogue', async () => {
    await import('../src/forms/agenda.js');
    await import('../src/forms/document.js');
    const { zhCN } = await import('../src/locales/zh-CN.js');
    expect(catalogueFor('zh-CN')).toEqual(zhCN);
  });

  it('each form part holds only its own form: codes with its prefix, labels of its fields', async () => {
    const parts = {
      leave: (await import('../src/locales/zh-CN/leave.js')).zhCNLeave,
      agenda: (await import('../src/locales/zh-CN/agenda.js')).zhCNAgenda,
      document: (await import('../src/locales/zh-CN/document.js')).zhCNDocument,
    };
    for (const [form, part] of Object.entries(parts)) {
      expect(
        Object.keys(part.codes).every((c) => c.startsWith(`${form}.`)),
        form,
      ).toBe(true);
      expect(Object.keys(part.fields), form).toEqual([form]);
    }
  });
});
