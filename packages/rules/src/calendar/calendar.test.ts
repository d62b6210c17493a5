import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import chineseDays from 'chinese-days';
import { afterAll, describe, expect, it } from 'vitest';
import { addDays, dayOfWeek, diffDays, type CivilDate } from '../dates.js';
import official from './data/official.json';
import statutory from './data/statutory.json';
import { createCalendar, defaultCalendar, type WorkingCalendar } from './index.js';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

const holidays: Record<string, string> = official.holidays;
const workdays: Record<string, string> = official.workdays;
const statutoryHolidays: Record<string, string> = statutory.holidays;
const compensatory: Record<string, string> = statutory.compensatory;

/** Every date from `from` to `to`, inclusive. */
function datesFrom(from: CivilDate, to: CivilDate): CivilDate[] {
  const out: CivilDate[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

const isWeekday = (d: CivilDate): boolean => dayOfWeek(d) >= 1 && dayOfWeek(d) <= 5;

/** Reference implementations: walk day by day with `isWorkingDay`. */
function slowAddWorkingDays(cal: WorkingCalendar, date: CivilDate, n: number): CivilDate {
  let d = date;
  const step = n > 0 ? 1 : -1;
  for (let left = Math.abs(n); left > 0;) {
    d = addDays(d, step);
    if (cal.isWorkingDay(d)) left--;
  }
  return d;
}

function slowWorkingDaysBetween(cal: WorkingCalendar, from: CivilDate, to: CivilDate): number {
  let count = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (cal.isWorkingDay(d)) count++;
  return count;
}

/** Deterministic pseudo-random numbers (mulberry32). */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('calendar data', () => {
  it('vendors chinese-days at the installed version', () => {
    const pkg = JSON.parse(readFileSync(require.resolve('chinese-days/package.json'), 'utf8')) as { version: string };
    expect(official.source).toBe('chinese-days');
    expect(official.version).toBe(pkg.version);
    expect(official.version).toBe('1.5.7');
    expect(official.years).toEqual([2004, 2026]);
    expect(statutory.years).toEqual([2025, 2100]);
  });

  it('has exactly the holidays and make-up workdays of chinese-days (no drift: rerun the update script)', () => {
    const src = JSON.parse(readFileSync(require.resolve('chinese-days/dist/chinese-days.json'), 'utf8')) as {
      holidays: Record<string, string>;
      workdays: Record<string, string>;
    };
    expect(Object.keys(holidays).sort()).toEqual(Object.keys(src.holidays).sort());
    expect(Object.keys(workdays).sort()).toEqual(Object.keys(src.workdays).sort());
    expect(holidays['2026-10-01']).toBe('国庆节');
    expect(holidays['2026-04-05']).toBe('清明节');
    expect(workdays['2026-10-10']).toBe('国庆节调休');
    expect(official.names['国庆节']).toBe('National Day');
  });

  it('lists make-up workdays only on weekends', () => {
    for (const d of Object.keys(workdays)) expect([0, 6]).toContain(dayOfWeek(d));
  });

  it('computes statutory days of 2025 and 2026 that are all official holidays', () => {
    const checked: string[] = [];
    for (const map of [statutoryHolidays, compensatory]) {
      for (const [d, name] of Object.entries(map)) {
        if (d < '2025-01-01' || d > '2026-12-31') continue;
        expect(holidays[d], `${d} ${name}`).toBeDefined();
        checked.push(d);
      }
    }
    // 13 law days a year (中秋 2025-10-06 and 2026-09-25 are outside 国庆) + 补假
    expect(checked.filter((d) => d in statutoryHolidays)).toHaveLength(26);
    // 端午 2025-05-31 (Sat) → 06-02; 清明 2026-04-05 (Sun) → 04-06; 劳动节 2026-05-02 (Sat) → 05-04;
    // 国庆 2026-10-03 (Sat) → 10-05
    expect(checked.filter((d) => d in compensatory).sort()).toEqual(['2025-06-02', '2026-04-06', '2026-05-04', '2026-10-05']);
  });

  it('has the law’s holidays every statutory year', () => {
    for (let y = 2025; y <= 2100; y++) {
      const of = (name: string) =>
        Object.entries(statutoryHolidays)
          .filter(([d, n]) => n === name && d.startsWith(`${y}-`))
          .map(([d]) => d);
      expect(of('元旦'), `${y}`).toEqual([`${y}-01-01`]);
      expect(of('劳动节'), `${y}`).toEqual([`${y}-05-01`, `${y}-05-02`]);
      const spring = of('春节');
      expect(spring, `${y}`).toHaveLength(4);
      expect(diffDays(spring[0]!, spring[3]!)).toBe(3);
      const [qingming] = of('清明节');
      expect(qingming! >= `${y}-04-04` && qingming! <= `${y}-04-06`, `${y} 清明 ${qingming}`).toBe(true);
      const [duanwu] = of('端午节');
      expect(lunar(duanwu!), `${y} 端午 ${duanwu}`).toBe('5/5');
      expect(duanwu! >= `${y}-05-20` && duanwu! <= `${y}-06-30`, `${y} 端午 ${duanwu}`).toBe(true);
      const mid = Object.entries(statutoryHolidays).find(([d, n]) => n === '中秋节' && d.startsWith(`${y}-`));
      const national = of('国庆节');
      // 中秋 can fall on 10-01..10-03, where the date keeps the 国庆节 label
      if (mid === undefined) expect(['01', '02', '03'].some((d) => lunar(`${y}-10-${d}`) === '8/15')).toBe(true);
      else expect(lunar(mid[0]), `${y}`).toBe('8/15');
      expect(national.length === 3 || national.length === 2, `${y}`).toBe(true);
    }
  });

  it('starts 春节 on 除夕, the last day of the 12th lunar month, even when it is 廿九', () => {
    const lengths = new Set<number>();
    for (let y = 2025; y <= 2100; y++) {
      const spring = Object.keys(statutoryHolidays).filter((d) => d.startsWith(`${y}-`) && statutoryHolidays[d] === '春节');
      const eve = chineseDays.getLunarDate(spring[0]);
      expect(eve.lunarMon, `${y}`).toBe(12);
      expect(eve.isLeap).toBe(false);
      expect(lunar(spring[1]!), `${y}`).toBe('1/1');
      expect(lunar(spring[3]!), `${y}`).toBe('1/3');
      lengths.add(eve.lunarDay);
    }
    expect([...lengths].sort()).toEqual([29, 30]);
    expect(chineseDays.getLunarDate('2025-01-28').lunarDay).toBe(29); // 2025 除夕 was 腊月廿九
  });

  it('puts 补假 on weekdays that are not festival days', () => {
    for (const d of Object.keys(compensatory)) {
      expect(isWeekday(d), d).toBe(true);
      expect(statutoryHolidays[d], d).toBeUndefined();
    }
  });
});

function lunar(date: CivilDate): string {
  const l = chineseDays.getLunarDate(date);
  return `${l.isLeap ? 'leap ' : ''}${l.lunarMon}/${l.lunarDay}`;
}

describe('defaultCalendar in an official year (2026)', () => {
  it('has the 2026 National Day holiday 10-01..10-07 off', () => {
    for (const d of datesFrom('2026-10-01', '2026-10-07')) {
      expect(defaultCalendar.isWorkingDay(d), d).toBe(false);
      expect(defaultCalendar.holidayName(d), d).toMatch(/^国庆节$/);
    }
    expect(defaultCalendar.isWorkingDay('2026-10-08')).toBe(true);
  });

  it('makes Sunday 2026-09-20 and Saturday 2026-10-10 make-up working days', () => {
    expect(dayOfWeek('2026-09-20')).toBe(0);
    expect(dayOfWeek('2026-10-10')).toBe(6);
    expect(defaultCalendar.isWorkingDay('2026-09-20')).toBe(true);
    expect(defaultCalendar.isWorkingDay('2026-10-10')).toBe(true);
    expect(defaultCalendar.holidayName('2026-10-10')).toBeUndefined();
  });

  it('has 中秋 2026-09-25..27 and the 2026 Spring Festival (02-15..02-23, workdays 02-14 and 02-28)', () => {
    expect(datesFrom('2026-09-25', '2026-09-27').map((d) => defaultCalendar.holidayName(d))).toEqual(['中秋节', '中秋节', '中秋节']);
    for (const d of datesFrom('2026-02-15', '2026-02-23')) expect(defaultCalendar.isWorkingDay(d), d).toBe(false);
    expect(defaultCalendar.isWorkingDay('2026-02-14')).toBe(true);
    expect(defaultCalendar.isWorkingDay('2026-02-28')).toBe(true);
  });

  it('treats ordinary weekends as days off without a name and ordinary weekdays as working', () => {
    expect(defaultCalendar.isWorkingDay('2026-03-07')).toBe(false); // Saturday
    expect(defaultCalendar.holidayName('2026-03-07')).toBeUndefined();
    expect(defaultCalendar.isWorkingDay('2026-03-09')).toBe(true); // Monday
    expect(defaultCalendar.holidayName('2026-03-09')).toBeUndefined();
  });

  it('agrees with chinese-days on every day of 2004–2026', () => {
    for (const d of datesFrom('2004-01-01', '2026-12-31')) {
      const expected = d in workdays || (!(d in holidays) && isWeekday(d));
      if (defaultCalendar.isWorkingDay(d) !== expected) expect.fail(`${d}: expected working=${expected}`);
    }
  });
});

describe('addWorkingDays', () => {
  it('counts across the 2026 National Day holiday: 3 working days after 2026-09-30 is Saturday 2026-10-10', () => {
    // 10-01..10-07 off; 10-08 (Thu) = 1, 10-09 (Fri) = 2, 10-10 (Sat, 调休) = 3
    expect(defaultCalendar.addWorkingDays('2026-09-30', 3)).toBe('2026-10-10');
    expect(defaultCalendar.addWorkingDays('2026-09-30', 1)).toBe('2026-10-08');
    expect(defaultCalendar.addWorkingDays('2026-09-30', 4)).toBe('2026-10-12');
  });

  it('returns the date itself for n = 0, even on a holiday', () => {
    expect(defaultCalendar.addWorkingDays('2026-10-03', 0)).toBe('2026-10-03');
  });

  it('does not count the start date and skips weekends', () => {
    expect(defaultCalendar.addWorkingDays('2026-03-06', 1)).toBe('2026-03-09'); // Fri → Mon
    expect(defaultCalendar.addWorkingDays('2026-10-03', 1)).toBe('2026-10-08'); // from inside a holiday
  });

  it('counts backwards for negative n', () => {
    expect(defaultCalendar.addWorkingDays('2026-10-08', -1)).toBe('2026-09-30');
    // 10-10 (Sat, 调休) = 1, 10-09 = 2, 10-08 = 3
    expect(defaultCalendar.addWorkingDays('2026-10-12', -3)).toBe('2026-10-08');
    expect(defaultCalendar.addWorkingDays('2026-03-09', -1)).toBe('2026-03-06');
  });

  it('truncates fractional n and treats NaN as 0', () => {
    expect(defaultCalendar.addWorkingDays('2026-09-30', 3.9)).toBe('2026-10-10');
    expect(defaultCalendar.addWorkingDays('2026-09-30', -0.5)).toBe('2026-09-30');
    expect(defaultCalendar.addWorkingDays('2026-09-30', Number.NaN)).toBe('2026-09-30');
  });

  it('terminates on huge n, saturating at 0001-01-01 / 9999-12-31', () => {
    expect(defaultCalendar.addWorkingDays('2026-01-01', 1e12)).toBe('9999-12-31');
    expect(defaultCalendar.addWorkingDays('2026-01-01', Number.POSITIVE_INFINITY)).toBe('9999-12-31');
    expect(defaultCalendar.addWorkingDays('2026-01-01', -1e12)).toBe('0001-01-01');
    expect(defaultCalendar.addWorkingDays('9999-12-31', 1)).toBe('9999-12-31');
    expect(defaultCalendar.addWorkingDays('0001-01-01', -1)).toBe('0001-01-01');
    const far = defaultCalendar.addWorkingDays('2026-01-01', 100_000);
    expect(defaultCalendar.workingDaysBetween('2026-01-01', far)).toBe(100_000);
  });

  it('matches a day-by-day walk on random dates 1960–2110', () => {
    const next = rng(42);
    for (let i = 0; i < 400; i++) {
      const date = addDays('1960-01-01', Math.floor(next() * 54_800));
      const n = Math.floor(next() * 81) - 40;
      const got = defaultCalendar.addWorkingDays(date, n);
      expect(got, `${date} ${n}`).toBe(slowAddWorkingDays(defaultCalendar, date, n));
      if (n > 0) expect(defaultCalendar.workingDaysBetween(date, got)).toBe(n);
    }
  });
});

describe('workingDaysBetween', () => {
  it('counts working days d with from < d <= to', () => {
    expect(defaultCalendar.workingDaysBetween('2026-09-30', '2026-10-12')).toBe(4);
    expect(defaultCalendar.workingDaysBetween('2026-10-01', '2026-10-07')).toBe(0);
    expect(defaultCalendar.workingDaysBetween('2026-03-06', '2026-03-09')).toBe(1);
    expect(defaultCalendar.workingDaysBetween('2026-03-08', '2026-03-09')).toBe(1);
  });

  it('is 0 when to <= from', () => {
    expect(defaultCalendar.workingDaysBetween('2026-03-09', '2026-03-09')).toBe(0);
    expect(defaultCalendar.workingDaysBetween('2026-03-10', '2026-03-02')).toBe(0);
  });

  it('counts the 2026 working days (weekdays − weekday holidays + 调休)', () => {
    // 261 weekdays; weekday holidays 01-01,01-02, 02-16..02-20, 02-23, 04-06, 05-01, 05-04, 05-05,
    // 06-19, 09-25, 10-01,10-02, 10-05..10-07 = 19; 调休 01-04, 02-14, 02-28, 05-09, 09-20, 10-10 = 6
    expect(defaultCalendar.workingDaysBetween('2025-12-31', '2026-12-31')).toBe(261 - 19 + 6);
  });

  it('matches a day-by-day count on random ranges 1960–2110', () => {
    const next = rng(7);
    for (let i = 0; i < 300; i++) {
      const from = addDays('1960-01-01', Math.floor(next() * 54_800));
      const to = addDays(from, Math.floor(next() * 500) - 50);
      expect(defaultCalendar.workingDaysBetween(from, to), `${from}..${to}`).toBe(slowWorkingDaysBetween(defaultCalendar, from, to));
    }
  });

  it('handles the whole 0001–9999 range at once', () => {
    const all = defaultCalendar.workingDaysBetween('0001-01-01', '9999-12-31');
    const parts = defaultCalendar.workingDaysBetween('0001-01-01', '2026-06-30') + defaultCalendar.workingDaysBetween('2026-06-30', '9999-12-31');
    expect(all).toBe(parts);
    expect(all).toBeGreaterThan(2_600_000);
  });
});

describe('years after the official data (statutory holidays)', () => {
  it('makes 2027-01-01 (元旦) a day off although the dataset ends in 2026', () => {
    expect(defaultCalendar.isWorkingDay('2027-01-01')).toBe(false);
    expect(defaultCalendar.holidayName('2027-01-01')).toBe('元旦');
  });

  it('reports coverage from the data', () => {
    expect(defaultCalendar.coverage(2026)).toBe('official');
    expect(defaultCalendar.coverage(2004)).toBe('official');
    expect(defaultCalendar.coverage(2027)).toBe('statutory');
    expect(defaultCalendar.coverage(2100)).toBe('statutory');
    expect(defaultCalendar.coverage(1990)).toBe('none');
    expect(defaultCalendar.coverage(2003)).toBe('none');
    expect(defaultCalendar.coverage(2101)).toBe('none');
    expect(defaultCalendar.coverage(2026.5)).toBe('none');
  });

  it('computes the 2027 Spring Festival: 除夕 02-05 and 02-06..02-08, plus 补假 02-09 and 02-10', () => {
    expect(lunar('2027-02-06')).toBe('1/1');
    expect(lunar('2027-02-05')).toBe('12/29'); // 除夕 2027 is 腊月廿九 (a 29-day 12th month)
    for (const d of datesFrom('2027-02-05', '2027-02-08')) {
      expect(defaultCalendar.isWorkingDay(d), d).toBe(false);
      expect(defaultCalendar.holidayName(d), d).toBe('春节');
    }
    // 02-06/02-07 are a weekend, so the law's 补假 takes the next two weekdays
    expect(defaultCalendar.isWorkingDay('2027-02-09')).toBe(false);
    expect(defaultCalendar.isWorkingDay('2027-02-10')).toBe(false);
    expect(defaultCalendar.isWorkingDay('2027-02-11')).toBe(true);
    expect(defaultCalendar.isWorkingDay('2027-02-04')).toBe(true);
  });

  it('has the other 2027 holidays', () => {
    const off = (d: CivilDate) => !defaultCalendar.isWorkingDay(d);
    expect(off('2027-04-05')).toBe(true); // 清明 (Mon)
    expect(['2027-05-03', '2027-05-04'].every(off)).toBe(true); // 劳动节 05-01/02 Sat/Sun → 补假
    expect(off('2027-05-05')).toBe(false);
    expect(defaultCalendar.holidayName('2027-06-09')).toBe('端午节');
    expect(defaultCalendar.holidayName('2027-09-15')).toBe('中秋节');
    expect(['2027-10-01', '2027-10-04', '2027-10-05'].every(off)).toBe(true); // 国庆 + 补假 for Sat/Sun
    expect(off('2027-10-06')).toBe(false);
  });

  it('knows no 调休: weekends stay off', () => {
    expect(defaultCalendar.isWorkingDay('2027-01-02')).toBe(false);
    expect(defaultCalendar.isWorkingDay('2027-02-20')).toBe(false);
  });

  it('lists the years of a range that are not officially covered', () => {
    expect(defaultCalendar.uncoveredYears('2026-12-01', '2027-01-31')).toEqual([2027]);
    expect(defaultCalendar.uncoveredYears('2027-01-31', '2026-12-01')).toEqual([2027]);
    expect(defaultCalendar.uncoveredYears('2026-01-01', '2026-12-31')).toEqual([]);
    expect(defaultCalendar.uncoveredYears('2003-12-31', '2004-01-01')).toEqual([2003]);
    expect(defaultCalendar.uncoveredYears('2100-12-31', '2101-01-01')).toEqual([2100, 2101]);
  });
});

describe('years without data', () => {
  it('falls back to Monday–Friday', () => {
    expect(defaultCalendar.isWorkingDay('1990-10-01')).toBe(true); // Monday, no data
    expect(defaultCalendar.holidayName('1990-10-01')).toBeUndefined();
    expect(defaultCalendar.isWorkingDay('2101-01-01')).toBe(false); // Saturday
    expect(defaultCalendar.isWorkingDay('2101-01-03')).toBe(true); // Monday
    for (const d of [...datesFrom('1969-12-20', '1970-01-20'), ...datesFrom('2101-01-01', '2101-02-28'), ...datesFrom('0001-01-01', '0001-02-01')]) {
      expect(defaultCalendar.isWorkingDay(d), d).toBe(isWeekday(d));
    }
  });

  it('never throws on a valid date, and throws RangeError on an invalid one', () => {
    for (const d of ['0001-01-01', '9999-12-31', '2000-02-29', '1900-03-01']) {
      expect(() => defaultCalendar.isWorkingDay(d)).not.toThrow();
      expect(() => defaultCalendar.holidayName(d)).not.toThrow();
      expect(() => defaultCalendar.addWorkingDays(d, 10)).not.toThrow();
      expect(() => defaultCalendar.addWorkingDays(d, -10)).not.toThrow();
    }
    expect(() => defaultCalendar.isWorkingDay('2026-02-30')).toThrow(RangeError);
    expect(() => defaultCalendar.workingDaysBetween('2026-1-1', '2026-02-01')).toThrow(RangeError);
  });
});

describe('overrides', () => {
  const portal = createCalendar({
    holidays: ['2027-01-04', '2026-10-01'],
    workdays: ['2027-02-20', '2026-10-07'],
    source: 'portal',
    version: '2026-12-01',
  });

  it('labels source and version', () => {
    expect(defaultCalendar.source).toBe('chinese-days');
    expect(defaultCalendar.version).toBe('1.5.7');
    expect(portal.source).toBe('chinese-days+portal');
    expect(portal.version).toBe('1.5.7+2026-12-01');
    expect(createCalendar({ holidays: ['2027-01-04'] }).source).toBe('chinese-days+overrides');
    expect(createCalendar({}).source).toBe('chinese-days');
    expect(createCalendar().version).toBe('1.5.7');
  });

  it('lets a portal add a holiday', () => {
    expect(defaultCalendar.isWorkingDay('2027-01-04')).toBe(true);
    expect(portal.isWorkingDay('2027-01-04')).toBe(false);
    expect(portal.holidayName('2027-01-04')).toBe('节假日');
    expect(portal.holidayName('2026-10-01')).toBe('国庆节'); // a data holiday keeps its name
    // 2027-01-01 (Fri, 元旦) → skip weekend and the portal's Monday
    expect(defaultCalendar.addWorkingDays('2027-01-01', 1)).toBe('2027-01-04');
    expect(portal.addWorkingDays('2027-01-01', 1)).toBe('2027-01-05');
  });

  it('lets a portal add a workday, even on a data holiday', () => {
    expect(portal.isWorkingDay('2027-02-20')).toBe(true); // Saturday
    expect(portal.isWorkingDay('2026-10-07')).toBe(true); // was 国庆节
    expect(portal.holidayName('2026-10-07')).toBeUndefined();
    expect(portal.workingDaysBetween('2026-09-30', '2026-10-08')).toBe(2);
    expect(defaultCalendar.workingDaysBetween('2026-09-30', '2026-10-08')).toBe(1);
  });

  it('does not change coverage or the default calendar', () => {
    expect(portal.coverage(2027)).toBe('statutory');
    expect(portal.uncoveredYears('2026-12-01', '2027-01-31')).toEqual([2027]);
    expect(defaultCalendar.isWorkingDay('2026-10-07')).toBe(false);
  });

  it('matches a day-by-day walk with overrides', () => {
    const next = rng(3);
    for (let i = 0; i < 100; i++) {
      const date = addDays('2026-06-01', Math.floor(next() * 500));
      const n = Math.floor(next() * 61) - 30;
      expect(portal.addWorkingDays(date, n), `${date} ${n}`).toBe(slowAddWorkingDays(portal, date, n));
    }
  });

  it('rejects invalid or contradictory overrides', () => {
    expect(() => createCalendar({ holidays: ['2027-02-30'] })).toThrow(RangeError);
    expect(() => createCalendar({ holidays: ['2027-01-04'], workdays: ['2027-01-04'] })).toThrow(RangeError);
  });
});

describe('timezone independence', () => {
  const tsx = resolve(here, '../../../../node_modules/.bin/tsx');
  const dir = mkdtempSync(join(tmpdir(), 'calendar-tz-'));
  const script = join(dir, 'probe.ts');
  const moduleUrl = pathToFileURL(join(here, 'index.ts')).href;
  const probe = (c: WorkingCalendar): unknown[] => {
    const out: unknown[] = [];
    for (const d of [
      '2026-09-19',
      '2026-09-20',
      '2026-09-30',
      '2026-10-01',
      '2026-10-07',
      '2026-10-08',
      '2026-10-10',
      '2027-01-01',
      '2027-02-05',
      '2027-02-09',
      '2027-02-11',
      '1990-10-01',
      '2101-01-01',
      '2004-01-01',
    ]) {
      out.push([
        d,
        c.isWorkingDay(d),
        c.holidayName(d) ?? null,
        c.addWorkingDays(d, 3),
        c.addWorkingDays(d, -3),
        c.workingDaysBetween(d, '2027-12-31'),
        c.coverage(Number(d.slice(0, 4))),
      ]);
    }
    return out;
  };
  writeFileSync(
    script,
    `import { defaultCalendar } from ${JSON.stringify(moduleUrl)};
const probe = ${probe.toString()};
process.stdout.write(JSON.stringify(probe(defaultCalendar)));
`,
  );
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = promisify(execFile);

  it('gives identical results with TZ=UTC, Asia/Shanghai and others', async () => {
    const zones = ['UTC', 'Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati'];
    const outputs = await Promise.all(zones.map((TZ) => run(tsx, [script], { env: { ...process.env, TZ }, encoding: 'utf8' }).then((r) => r.stdout)));
    const inProcess = JSON.stringify(probe(defaultCalendar));
    expect(JSON.parse(inProcess)).toContainEqual(expect.arrayContaining(['2026-10-10', true, null, '2026-10-14', '2026-09-30']));
    for (const [i, out] of outputs.entries()) expect(out, zones[i]).toBe(inProcess);
  }, 60_000);
});

describe('addWorkingDays agrees with stepping day by day', () => {
  it('for every 7th day of 2004–2027 and n in −40..40, across holidays and 调休', () => {
    const step = (date: string, n: number) => {
      let d = date;
      for (let left = Math.abs(n); left > 0;) {
        d = addDays(d, Math.sign(n));
        if (defaultCalendar.isWorkingDay(d)) left--;
      }
      return d;
    };
    let checked = 0;
    for (let d = '2004-01-01'; d < '2027-12-31'; d = addDays(d, 7)) {
      for (const n of [-40, -17, -5, -1, 1, 3, 5, 10, 22, 40]) {
        expect(defaultCalendar.addWorkingDays(d, n), `${d} ${n}`).toBe(step(d, n));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(12000);
  });
});
