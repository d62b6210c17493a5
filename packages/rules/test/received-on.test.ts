/**
 * Records an office can keep (issue 11 §3): a stored record counts its lead times,
 * papers deadlines and countersign replies from the date the office received it
 * (`receivedOn`), so re-validating it years later gives the answer it had on
 * receipt; countersign replies count from 收到文件 where the city's text says so,
 * and a lead unit's own deadline or an agreed extension replaces the statutory one.
 */
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../src/fixtures/index.js';
import { CITY_IDS, validate, type ValidationResult } from '../src/index.js';

const FORMS = ['leave', 'agenda', 'document', 'leaveReturn'] as const;
/** Three years on, day for day (civil dates, Asia/Shanghai). */
const threeYearsOn = (d: string) => `${Number(d.slice(0, 4)) + 3}${d.slice(4)}`;
const answer = (r: ValidationResult) => ({
  ok: r.ok,
  issues: r.issues.map((i) => ({ code: i.code, severity: i.severity, path: i.path, message: i.message })),
  derived: r.derived,
});

describe('validated with the receipt date, a record gives the same answer three years later', () => {
  const rows = CITY_IDS.flatMap((city) =>
    FORMS.flatMap((form) => {
      const f = FIXTURES[city][form];
      if (!f) return [];
      const cases: [string, unknown, unknown][] = [['valid', f.valid, f.context]];
      for (const [code, v] of Object.entries(f.violations)) if (v) cases.push([code, v.data, v.context ?? f.context]);
      return cases.map(([name, data, context]) => ({ city, form, name, data, context, receivedOn: f.today }));
    }),
  );

  it.each(rows)('$city $form $name', ({ city, form, data, context, receivedOn }) => {
    const opts = { city, ...(context ? { context: context as never } : {}) };
    const onReceipt = validate(form, data, { ...opts, today: receivedOn, receivedOn });
    const later = validate(form, data, { ...opts, today: threeYearsOn(receivedOn), receivedOn });
    expect(answer(later)).toEqual(answer(onReceipt));
    // Without the receipt date, `today` is a draft's: the record is judged on the day it is validated.
    expect(answer(validate(form, data, { ...opts, today: receivedOn }))).toEqual(answer(onReceipt));
  });

  it('without it, the same valid records are judged on the later day (the test above can fail)', () => {
    const changed = CITY_IDS.filter((city) => {
      const f = FIXTURES[city].leave;
      const later = validate('leave', f.valid, { city, today: threeYearsOn(f.today), ...(f.context ? { context: f.context } : {}) });
      return later.issues.some((i) => i.code === 'leave.retroactive');
    });
    expect(changed).toEqual([...CITY_IDS]);
  });

  it('an invalid receipt date is an input error, never a throw', () => {
    const f = FIXTURES.fushun.leave;
    for (const bad of ['2026-02-30', '20261123', 42]) {
      const r = validate('leave', f.valid, { city: 'fushun', today: f.today, receivedOn: bad as never });
      expect(r.ok).toBe(false);
      expect(r.issues.map((i) => i.code)).toEqual(['input.invalid-received-on']);
      expect(r.derived).toBeNull();
    }
  });
});

describe('countersign replies', () => {
  const doc = (city: 'xianning' | 'huarong' | 'fushun' | 'jining' | 'panzhihua', row: Record<string, unknown>, today: string, receivedOn?: string) => {
    const f = FIXTURES[city].document;
    const r = validate(
      'document',
      { ...f.valid, countersigners: [{ unit: '某局', sentOn: '2026-11-02', ...row }] },
      { city, today, ...(receivedOn ? { receivedOn } : {}) },
    );
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const d = r.derived as { countersign: { countsFrom: string; due: string; dueBasis: string; status: string }[] } | null;
    return d?.countersign[0];
  };

  it('count from 收到文件 where the text says so (咸宁 五十六, 华容 五十四), from sending elsewhere', () => {
    // 2026-11-02 and 2026-11-05 are Monday and Thursday: 7 working days on are 11-11 and 11-16.
    expect(doc('xianning', { receivedOn: '2026-11-05' }, '2026-11-03')).toMatchObject({ countsFrom: '2026-11-05', due: '2026-11-16', dueBasis: 'rule' });
    expect(doc('huarong', { receivedOn: '2026-11-05' }, '2026-11-03')).toMatchObject({ countsFrom: '2026-11-05', due: '2026-11-16' });
    expect(doc('xianning', {}, '2026-11-03')).toMatchObject({ countsFrom: '2026-11-02', due: '2026-11-11' });
    // 攀枝花 四十九 counts 7 working days with no word of receipt; 抚顺 五十 3 working days.
    expect(doc('panzhihua', { receivedOn: '2026-11-05' }, '2026-11-03')).toMatchObject({ countsFrom: '2026-11-02', due: '2026-11-11' });
    expect(doc('fushun', { receivedOn: '2026-11-05' }, '2026-11-03')).toMatchObject({ countsFrom: '2026-11-02', due: '2026-11-05' });
  });

  it("the lead unit's own deadline replaces the statutory one, an agreed extension replaces both", () => {
    expect(doc('jining', { leadDeadline: '2026-11-03' }, '2026-11-04')).toMatchObject({
      due: '2026-11-03',
      dueBasis: 'lead-deadline',
      status: 'deemed-no-objection',
    });
    expect(doc('jining', { leadDeadline: '2026-11-03', extendedTo: '2026-11-20' }, '2026-11-04')).toMatchObject({
      due: '2026-11-20',
      dueBasis: 'extension',
      status: 'pending',
    });
  });

  it('the status is as of the receipt date of the record, not the day it is re-read', () => {
    const stored = doc('fushun', {}, '2029-11-03', '2026-11-03');
    expect(stored).toMatchObject({ due: '2026-11-05', status: 'pending' });
    expect(doc('fushun', {}, '2029-11-03')).toMatchObject({ status: 'deemed-no-objection' });
  });

  it('a receipt date that is not a date is a field error on the row', () => {
    const f = FIXTURES.xianning.document;
    const r = validate(
      'document',
      { ...f.valid, countersigners: [{ unit: '某局', sentOn: '2026-11-02', receivedOn: '2026-13-01' }] },
      { city: 'xianning', today: f.today },
    );
    expect(r.issues.map((i) => [i.code, i.path])).toContainEqual(['field.invalid-date', ['countersigners', 0, 'receivedOn']]);
  });
});
