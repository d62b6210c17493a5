/**
 * Derived dates are honest too (issue 11 §3): a date the form works out (minutes
 * due, papers deadline, countersign reply due, follow-ups) that lands in a year
 * without official 调休 data carries `calendar.year-not-covered` on that value,
 * even when every date the user typed is in a covered year.
 */
import { describe, expect, it } from 'vitest';
import { defaultCalendar } from '../src/calendar/index.js';
import { FIXTURES } from '../src/fixtures/index.js';
import { sheetModel, validate, type Issue } from '../src/index.js';

/** The first year after the last officially covered one (the derivations below cross into it). */
const covered = Array.from({ length: 200 }, (_, i) => 1990 + i).filter((y) => defaultCalendar.coverage(y) === 'official');
const last = Math.max(...covered);
const next = last + 1;
const notes = (r: { derivedNotes?: Issue[] }) => (r.derivedNotes ?? []).map((n) => [n.code, n.severity, n.path, n.params['year']]);
const get = (root: unknown, path: (string | number)[]) => path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], root);

describe('a derivation landing in an uncovered year carries calendar.year-not-covered', () => {
  it(`agenda: a meeting on ${last}-12-30 has its minutes due in ${next}`, () => {
    const f = FIXTURES.fushun.agenda;
    const r = validate('agenda', { ...f.valid, meetingDate: `${last}-12-30` }, { city: 'fushun', today: `${last}-11-01` });
    expect(r.issues.filter((i) => i.code === 'calendar.year-not-covered')).toEqual([]);
    expect(notes(r)).toEqual([['calendar.year-not-covered', 'warning', ['minutesDue', 'date'], next]]);
    expect(String(get(r.derived, ['minutesDue', 'date']))).toMatch(new RegExp(`^${next}-`));
    expect(r.derivedNotes?.[0]?.message).toContain(String(next));
    // The printed sheet says so next to that deadline, and only there.
    const deadlines = sheetModel('agenda', r, 'fushun').deadlines;
    expect(deadlines.find((d) => d.id === 'minutes')?.note).toBe('节假日数据未覆盖');
    expect(deadlines.filter((d) => d.note !== '').map((d) => d.id)).toEqual(['minutes']);
  });

  it(`document: a countersign sent on ${last}-12-29 is due in ${next}`, () => {
    const f = FIXTURES.xianning.document;
    const data = { ...f.valid, countersigners: [{ unit: '咸宁市财政局', sentOn: `${last}-12-29`, replied: false }] };
    const r = validate('document', data, { city: 'xianning', today: `${last}-12-29` });
    expect(notes(r)).toEqual([['calendar.year-not-covered', 'warning', ['countersign', 0, 'due'], next]]);
    expect(String(get(r.derived, ['countersign', 0, 'due']))).toMatch(new RegExp(`^${next}-`));
  });

  it(`leave: a return report after a trip ending on ${last}-12-30 is due in ${next}`, () => {
    const f = FIXTURES.fushun.leave;
    const r = validate(
      'leave',
      { ...f.valid, kind: 'official-trip', leavesJurisdiction: true, startDate: `${last}-12-24`, endDate: `${last}-12-30` },
      {
        city: 'fushun',
        today: `${last}-12-01`,
      },
    );
    const follow = (r.derived?.followUps ?? []).findIndex((x) => x.due.startsWith(`${next}-`));
    expect(follow).toBeGreaterThanOrEqual(0);
    expect(notes(r)).toContainEqual(['calendar.year-not-covered', 'warning', ['followUps', follow, 'due'], next]);
  });

  it('a derivation inside a covered year carries nothing', () => {
    const f = FIXTURES.fushun.agenda;
    const r = validate('agenda', f.valid, { city: 'fushun', today: f.today });
    expect(r.derived?.minutesDue).not.toBeNull();
    expect(r.derivedNotes).toBeUndefined();
  });
});
