/**
 * Consents with who and when (issue 11 §3): 市长同意 (headConsent), 紧急 (urgent),
 * 分管领导同意 (leaderApproved) and 特殊情况 (specialCase) can record who agreed
 * (`<flag>By`) and when (`<flag>On`). The date may not be after the record's date
 * (its receipt date, else today) and a date needs a name. Data checks no article
 * states: no citation.
 */
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../src/fixtures/index.js';
import { formLayout, jsonSchema, resolveCity, sheetModel, validate } from '../src/index.js';

const leave = FIXTURES.fushun.leave;
const agenda = FIXTURES.fushun.agenda;
const codes = (r: { issues: { code: string; path: (string | number)[] }[] }) =>
  r.issues.filter((i) => i.code.startsWith('consent.')).map((i) => [i.code, i.path]);

describe('who agreed and when', () => {
  const rows = [
    { form: 'leave' as const, flag: 'headConsent', base: leave },
    { form: 'leave' as const, flag: 'urgent', base: leave },
    { form: 'agenda' as const, flag: 'leaderApproved', base: agenda },
    { form: 'agenda' as const, flag: 'specialCase', base: agenda },
  ];

  it.each(rows)('$form.$flag: a consent on or before the record date, with a name, is accepted', ({ form, flag, base }) => {
    const data = { ...base.valid, [flag]: true, [`${flag}By`]: '王市长', [`${flag}On`]: base.today };
    const r = validate(form, data, { city: 'fushun', today: base.today });
    expect(codes(r)).toEqual([]);
    expect((r.data as Record<string, unknown>)[`${flag}By`]).toBe('王市长');
  });

  it.each(rows)('$form.$flag: a consent dated after the record is refused, with no citation', ({ form, flag, base }) => {
    const later = `${Number(base.today.slice(0, 4)) + 1}${base.today.slice(4)}`;
    const data = { ...base.valid, [flag]: true, [`${flag}By`]: '王市长', [`${flag}On`]: later };
    const r = validate(form, data, { city: 'fushun', today: base.today });
    expect(codes(r)).toEqual([['consent.after-record', [`${flag}On`]]]);
    const issue = r.issues.find((i) => i.code === 'consent.after-record')!;
    expect(issue).toMatchObject({ severity: 'error', clause: null, params: { on: later, recordDate: base.today } });
    expect(r.ok).toBe(false);
  });

  it.each(rows)('$form.$flag: a dated consent needs who agreed', ({ form, flag, base }) => {
    for (const by of [undefined, '', '   ']) {
      const data = { ...base.valid, [flag]: true, ...(by === undefined ? {} : { [`${flag}By`]: by }), [`${flag}On`]: base.today };
      expect(codes(validate(form, data, { city: 'fushun', today: base.today })), String(by)).toEqual([['consent.by-missing', [`${flag}By`]]]);
    }
    // A name without a date is a record too.
    expect(codes(validate(form, { ...base.valid, [flag]: true, [`${flag}By`]: '王市长' }, { city: 'fushun', today: base.today }))).toEqual([]);
  });

  it('the record date is the receipt date when there is one: a stored record gives the same answer later', () => {
    const data = { ...leave.valid, headConsent: true, headConsentBy: '王市长', headConsentOn: '2026-11-24' };
    expect(codes(validate('leave', data, { city: 'fushun', today: '2026-11-30' }))).toEqual([]);
    expect(codes(validate('leave', data, { city: 'fushun', today: '2026-11-30', receivedOn: '2026-11-23' }))).toEqual([
      ['consent.after-record', ['headConsentOn']],
    ]);
  });

  it('messages name the field in both locales', () => {
    const data = { ...leave.valid, headConsent: true, headConsentOn: '2027-01-05' };
    const zh = validate('leave', data, { city: 'fushun', today: leave.today });
    const en = validate('leave', data, { city: 'fushun', today: leave.today, locale: 'en' });
    expect(zh.issues.find((i) => i.code === 'consent.after-record')?.message).toContain('同意同时外出日期');
    expect(zh.issues.find((i) => i.code === 'consent.by-missing')?.message).toContain('同意同时外出的领导');
    expect(en.issues.find((i) => i.code === 'consent.after-record')?.message).toContain('2026-11-23');
    expect(en.issues.find((i) => i.code === 'consent.by-missing')?.message).toContain('approved by');
  });

  it('JSON Schema, layout and sheet carry the fields', () => {
    const schema = jsonSchema('leave') as { properties: Record<string, { pattern?: string; type?: unknown }>; required?: string[] };
    expect(schema.properties['headConsentBy']).toBeDefined();
    expect(new RegExp(schema.properties['headConsentOn']!.pattern!).test('2026-11-23')).toBe(true);
    expect(schema.required ?? []).not.toContain('headConsentOn');
    const fushun = resolveCity('fushun');
    const field = (values: Record<string, unknown>, name: string) =>
      formLayout('leave', fushun, values)
        .flatMap((s) => s.fields)
        .find((f) => f.name === name);
    expect(field({ headConsent: false }, 'headConsentBy')?.visible).toBe(false);
    expect(field({ headConsent: true }, 'headConsentBy')).toMatchObject({ visible: true, widget: 'text', required: false });
    expect(field({ headConsent: true }, 'headConsentOn')).toMatchObject({ visible: true, widget: 'date', required: false });

    const data = { ...agenda.valid, leaderApproved: true, leaderApprovedBy: '李副市长', leaderApprovedOn: agenda.today };
    const r = validate('agenda', data, { city: 'fushun', today: agenda.today });
    const sheetRows = sheetModel('agenda', r, 'fushun').sections.flatMap((s) => s.rows);
    expect(sheetRows.find((row) => row.name === 'leaderApprovedBy')?.value).toBe('李副市长');
    expect(sheetRows.find((row) => row.name === 'leaderApprovedOn')?.value).toContain('2026');
  });
});
