/**
 * The printed sheet's model: title from the profile, the answers in the layout's
 * order with labels as the form shows them, one signature block per derived route
 * step, derived deadlines, the footer; and its HTML, escaped.
 */
import { describe, expect, it } from 'vitest';
import { CITY_IDS, catalogueFor, escapeHtml, formLayout, resolveCity, sheetHtml, sheetModel, sheetPage, validate, visibleFields } from '../src/index.js';
import { FIXTURES } from '../src/fixtures/index.js';

const FORMS = ['leave', 'agenda', 'document'] as const;
type SheetForm = (typeof FORMS)[number];

/** The fixture's valid data, with a 签发 category where the city has them (so the document has a route to sign). */
function validOf(city: (typeof CITY_IDS)[number], form: SheetForm) {
  const fx = FIXTURES[city][form];
  const signing = resolveCity(city).document.signing;
  const data = form === 'document' && signing[0] ? { ...fx.valid, signingCategory: signing[0].id } : fx.valid;
  return { data, today: fx.today, context: (fx as { context?: object }).context };
}

function run(city: (typeof CITY_IDS)[number], form: SheetForm, record?: { id: string; submittedAt: string }) {
  const { data, today, context } = validOf(city, form);
  const result = validate(form, data, { city, today, ...(context ? { context } : {}) });
  return { result, model: sheetModel(form, result, city, record ? { record } : {}) };
}

const zh = catalogueFor('zh-CN');

describe('sheetModel', () => {
  it('fushun leave: the city title, the route 审核 → 汇总 → 审批 as signature blocks, the citation and the footer', () => {
    const { model } = run('fushun', 'leave', { id: 'rec-1', submittedAt: '2026-11-23T02:00:00Z' });
    expect(model.heading).toBe('抚顺市人民政府 请假（外出报备）审批单');
    expect(model.signatures.map((s) => s.heading)).toEqual(['审核：分管副市长', '汇总：秘书长', '审批：市长']);
    expect(model.citation).toBe('依据《抚顺市人民政府工作规则》第五十四条');
    const { source, version } = model.footer.calendar;
    expect(model.footer.text).toBe(`规则配置 fushun 1.0.0 · 工作日历 ${source} ${version} · 编号 rec-1 · 提交于 2026-11-23 10:00`);
    const rows = model.sections.flatMap((s) => s.rows);
    expect(rows.find((r) => r.name === 'applicantRole')?.value).toBe(resolveCity('fushun').roles['member']?.['zh-CN']);
    expect(rows.find((r) => r.name === 'leavesJurisdiction')?.label).toBe(`${zh.fields.leave['leavesJurisdiction']}（离抚）`);
    expect(rows.at(-1)).toMatchObject({ name: 'absenceDays', value: '2 天（其中工作日 2 天）' });
  });

  it('fushun leave of four days away: the 五十五 written report after the return is a deadline', () => {
    const { data, today } = validOf('fushun', 'leave');
    const result = validate('leave', { ...data, endDate: '2026-12-04' }, { city: 'fushun', today });
    const model = sheetModel('leave', result, 'fushun');
    expect(model.deadlines).toEqual([
      { id: 'return-report', label: '回抚后书面报告截止', date: '2026-12-07', note: '', citation: '依据《抚顺市人民政府工作规则》第五十五条' },
    ]);
    expect(model.footer.record).toBeNull();
    expect(model.footer.text).toContain('尚未提交');
  });

  for (const city of CITY_IDS) {
    for (const form of FORMS) {
      it(`${city} ${form}: rows are the layout's visible fields in order; one block per derived step`, () => {
        const { result, model } = run(city, form);
        expect(result.ok).toBe(true);
        const profile = resolveCity(city);
        const expected = visibleFields(formLayout(form, profile, result.data as Record<string, unknown>, result.issues)).map((f) => f.name);
        expect(expected.length).toBeGreaterThan(5);
        const names = model.sections.filter((s) => s.id !== 'derived').flatMap((s) => s.rows.map((r) => r.name));
        expect(names).toEqual(expected);
        const d = result.derived as unknown as Record<string, unknown>;
        const route = (d['route'] as { steps: { party: string }[] } | null | undefined)?.steps.map((s) => s.party);
        const signing = d['signing'] as { signer: string; reviewer: string | null } | null | undefined;
        const parties = route ?? (signing ? [...(signing.reviewer ? [signing.reviewer] : []), signing.signer] : ['']);
        expect(model.signatures.map((s) => s.party)).toEqual(parties);
        expect(model.heading.startsWith(profile.source.publisher ?? profile.name['zh-CN'])).toBe(true);
      });
    }
  }

  it('a document with no 签发 category still gets one 审批 block', () => {
    const fx = FIXTURES.fushun.document;
    const result = validate('document', { ...fx.valid, signingCategory: undefined }, { city: 'fushun', today: fx.today });
    expect(sheetModel('document', result, 'fushun').signatures.map((s) => s.heading)).toEqual(['审批']);
  });

  it('agenda in jining: the papers deadline (three working days before the meeting) is on the sheet', () => {
    const { result, model } = run('jining', 'agenda');
    const papers = (result.derived as { papersDeadline: string | null }).papersDeadline;
    expect(papers).not.toBeNull();
    expect(model.deadlines.map((d) => [d.label, d.date])).toContainEqual(['材料报送截止', papers]);
  });

  it('the document countersign deadline names the unit and its status', () => {
    const { model } = run('fushun', 'document');
    expect(model.deadlines[0]).toMatchObject({ label: '会签回复截止', note: '市财政局：已回复' });
    expect(model.signatures.map((s) => s.heading)).toEqual(['审核：副市长', '签发：市长']);
  });

  it('portal wording: section headings and labels come from the options when given', () => {
    const { result } = run('fushun', 'leave');
    const model = sheetModel('leave', result, 'fushun', { sectionLabel: (k) => `[${k}]`, label: (f) => (f === 'reason' ? '外出事由' : undefined) });
    expect(model.sections.map((s) => s.label)).toEqual(['[sectionApplicant]', '[sectionAbsence]', '[sectionArrangements]', '']);
    expect(model.sections.flatMap((s) => s.rows).find((r) => r.name === 'reason')?.label).toBe('外出事由');
  });
});

describe('sheetHtml', () => {
  it('escapes every value and renders one signature section per block with 意见, 签字 and 日期', () => {
    const { data, today } = validOf('fushun', 'leave');
    const result = validate('leave', { ...data, reason: '<script>alert(1)</script> & "x"' }, { city: 'fushun', today });
    const model = sheetModel('leave', result, 'fushun', { record: { id: 'a"b', submittedAt: '2026-11-23T02:00:00Z' } });
    const html = sheetHtml(model);
    expect(html).not.toContain('<script>');
    expect(html).toContain(escapeHtml('<script>alert(1)</script> & "x"'));
    expect(html.match(/class="cf-sheet__signature"/g)).toHaveLength(3);
    for (const w of ['意见：', '签字：', '日期：']) expect(html.split(w).length - 1).toBe(3);
    expect(html).toContain('编号 a&quot;b');
    const page = sheetPage(model, { stylesheet: '/sheet.css' });
    expect(page).toMatch(/^<!doctype html><html lang="zh-CN">/);
    expect(page).toContain('<link rel="stylesheet" href="/sheet.css">');
    expect(page).not.toMatch(/<style|style=/);
  });
});
