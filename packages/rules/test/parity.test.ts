/**
 * Parity between the catalogue, the locales and the cities — all derived from the
 * sources, never from a hand-kept list.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUES, CITY_IDS, FORMS, RULE_CODES, SYSTEM_CODES, describeRules, en, formatMessage, resolveCity, zhCN } from '../src/index.js';

const placeholders = (template: string) => new Set([...template.matchAll(/\{\s*([\w-]+)\s*[,}]/g)].map((m) => m[1]!));

describe('locale parity', () => {
  const reference = zhCN as unknown as Record<string, unknown>;
  const keysOf = (o: unknown, prefix = ''): string[] =>
    typeof o === 'object' && o !== null ? Object.entries(o).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keysOf(v, `${prefix}${k}.`))) : [];

  it.each(Object.keys(CATALOGUES))('%s has exactly the keys of zh-CN', (locale) => {
    const cat = CATALOGUES[locale as keyof typeof CATALOGUES] as unknown as Record<string, unknown>;
    expect(keysOf(cat).sort()).toEqual(keysOf(reference).sort());
  });

  it('every rule code and system code has a title and message in every locale', () => {
    for (const cat of Object.values(CATALOGUES)) {
      for (const code of [...RULE_CODES, ...SYSTEM_CODES]) {
        const entry = cat.codes[code];
        expect(entry, `${cat.locale} ${code}`).toBeDefined();
        expect(entry!.title.length, `${cat.locale} ${code} title`).toBeGreaterThan(0);
        expect(entry!.message.length, `${cat.locale} ${code} message`).toBeGreaterThan(0);
      }
    }
  });

  it('the catalogue has no message for a code that does not exist', () => {
    const known = new Set<string>([...RULE_CODES, ...SYSTEM_CODES]);
    expect(Object.keys(zhCN.codes).filter((c) => !known.has(c))).toEqual([]);
  });

  it('en messages use the same placeholders as zh-CN', () => {
    for (const code of Object.keys(zhCN.codes)) {
      const zh = (zhCN.codes as Record<string, { message: string }>)[code]!.message;
      const e = (en.codes as Record<string, { message: string }>)[code]!.message;
      expect([...placeholders(e)].sort(), code).toEqual([...placeholders(zh)].sort());
    }
  });

  it('every field of every form model has a label in every locale', () => {
    for (const cat of Object.values(CATALOGUES)) {
      for (const [form, module] of Object.entries(FORMS)) {
        for (const field of Object.keys(module.model.shape)) {
          expect((cat.fields as Record<string, Record<string, string>>)[form]![field], `${cat.locale} ${form}.${field}`).toBeTruthy();
        }
      }
    }
  });
});

describe('city parity', () => {
  it.each(CITY_IDS)('%s: every applicable rule has a citation that renders in both locales', (city) => {
    const profile = resolveCity(city);
    const entries = describeRules({ city });
    expect(entries.length).toBeGreaterThan(10);
    for (const e of entries) {
      expect(profile.sources[e.clause.source], `${e.code} cites a document in the chain`).toBeDefined();
      expect(e.clause.article).toMatch(/^[一二三四五六七八九十百零〇]+/);
      expect(e.citation['zh-CN']).toBe(`依据《${profile.sources[e.clause.source]!.title}》第${e.clause.article}条`);
      expect(e.citation.en).toContain(e.clause.article);
    }
  });

  it('every city has rules on the leave, agenda and document forms, and every form has rules in some city', () => {
    for (const city of CITY_IDS) {
      for (const form of ['leave', 'agenda', 'document'] as const) {
        expect(describeRules({ city, form }).length, `${city} ${form}`).toBeGreaterThan(0);
      }
    }
    // The return report (销假) has rules only where a text says more than 严格执行请销假制度 (抚顺 五十四, 五十五).
    for (const form of Object.keys(FORMS) as (keyof typeof FORMS)[]) {
      expect(
        CITY_IDS.some((city) => describeRules({ city, form }).length > 0),
        form,
      ).toBe(true);
    }
  });

  it('messages render without leftover braces for the params a rule emits', () => {
    const out = formatMessage('zh-CN', zhCN.codes['leave.notice-too-short'].message, { role: '副市长', days: 3, dayKind: 'calendar', earliest: '2026-12-01' });
    expect(out).toBe('副市长请假须提前3个自然日履行程序，最早可于2026-12-01开始');
    expect(
      formatMessage('en', en.codes['leave.notice-too-short'].message, { role: 'Vice mayor', days: 1, dayKind: 'working', earliest: '2026-12-01' }),
    ).not.toMatch(/[{}]/);
  });
});
