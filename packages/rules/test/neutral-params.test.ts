/**
 * Issues are locale-neutral: `params` hold ids, numbers and dates, the same in
 * every locale; only `message` (and `citation`) are in the locale asked for.
 */
import { describe, expect, it } from 'vitest';
import { CITY_IDS, FORM_IDS, validate } from '../src/index.js';
import { FIXTURES } from '../src/fixtures/index.js';

describe.each(CITY_IDS)('%s', (city) => {
  it.each(FORM_IDS)('%s: the params of every fixture violation are the same in zh-CN and en', (form) => {
    const fx = FIXTURES[city][form];
    for (const [name, v] of Object.entries(fx.violations)) {
      const options = { city, today: fx.today, context: v!.context };
      const zh = validate(form, v!.data, { ...options, locale: 'zh-CN' });
      const en = validate(form, v!.data, { ...options, locale: 'en' });
      expect(
        en.issues.map((i) => [i.code, i.params]),
        name,
      ).toEqual(zh.issues.map((i) => [i.code, i.params]));
      for (const i of zh.issues) {
        for (const value of Object.values(i.params)) if (typeof value === 'string') expect(value, `${name} ${i.code}`).not.toMatch(/[\u4e00-\u9fff][^]*[、，]/);
        expect(i.message).not.toMatch(/[{}]/);
      }
    }
  });
});
