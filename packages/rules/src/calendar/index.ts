/**
 * The official China working-day calendar.
 *
 * Three layers decide whether a civil date is a working day, first match wins:
 *
 * 1. **overrides** passed to {@link createCalendar} (e.g. a city portal's notice);
 * 2. **official data** (`data/official.json`, years 2004–2026): the State Council's
 *    published holidays and make-up working days (调休上班), from `chinese-days`;
 * 3. **statutory data** (`data/statutory.json`, used for 2027–2100): the holidays
 *    the current holiday law fixes, plus the weekday 补假 the law requires when
 *    one falls on a weekend. The yearly 调休 swaps are unknown for these years;
 * 4. otherwise Monday–Friday are working days, Saturday and Sunday are not (this
 *    is also the whole rule for years outside 2004–2100).
 *
 * The module never uses the machine's timezone: dates are `YYYY-MM-DD` strings
 * and all arithmetic is on day numbers (see `../dates.ts`). The runtime reads the
 * two JSON files through `data/compact.ts`, a few-KB encoding of what it needs
 * (generated from them by `scripts/update-calendar.ts`, decoded by `decode.ts`),
 * once at module load; lookups are O(1) and range counts O(log n).
 *
 * @example
 * ```ts
 * import { defaultCalendar } from '@city-forms/rules/calendar';
 * defaultCalendar.isWorkingDay('2026-10-01'); // false (国庆节)
 * defaultCalendar.isWorkingDay('2026-10-10'); // true  (Saturday, 国庆节调休)
 * defaultCalendar.addWorkingDays('2026-09-30', 3); // '2026-10-10' (10-08, 10-09, Saturday 10-10)
 * defaultCalendar.coverage(2027); // 'statutory'
 * ```
 * @module
 */

import { fromDayNumber, parseCivilDate, toDayNumber, type CivilDate } from '../dates.js';
import { NAMES, OFFICIAL_DAYS, OFFICIAL_YEARS, SOURCE, STATUTORY_DAYS, STATUTORY_YEARS, VERSION } from './data/compact.js';
import { decodeDays, type SpecialDay } from './decode.js';

/**
 * Local corrections on top of the bundled data, e.g. a city portal announcing
 * an extra day off or a make-up working day. A date must not be in both lists.
 *
 * @example
 * ```ts
 * const overrides: CalendarOverrides = {
 *   holidays: ['2027-01-04'],
 *   workdays: ['2027-02-20'],
 *   source: 'portal',
 *   version: '2026-12-01',
 * };
 * ```
 */
export interface CalendarOverrides {
  /** Dates that are not working days, whatever the data says. */
  holidays?: readonly CivilDate[];
  /** Dates that are working days, whatever the data says (e.g. a weekend 调休). */
  workdays?: readonly CivilDate[];
  /** Name of the overriding source, appended to the calendar's `source` (`chinese-days+portal`). */
  source?: string;
  /** Version of the overriding source, appended to the calendar's `version` (`1.5.7+2026-12-01`). */
  version?: string;
}

/**
 * How well the bundled data knows a year:
 *
 * - `'official'`: the State Council's arrangement is in the dataset (holidays and 调休);
 * - `'statutory'`: only the law's holidays (and their 补假) are known, 调休 is not;
 * - `'none'`: nothing is known; Monday–Friday count as working days.
 *
 * Coverage comes from the bundled data only; overrides never change it.
 *
 * @example
 * ```ts
 * const c: YearCoverage = defaultCalendar.coverage(2027); // 'statutory'
 * ```
 */
export type YearCoverage = 'official' | 'statutory' | 'none';

/**
 * A working-day calendar. Every method accepts any real civil date and never
 * throws on one; a string that is not a real `YYYY-MM-DD` date throws a
 * `RangeError` (callers validate first).
 *
 * @example
 * ```ts
 * const cal: WorkingCalendar = createCalendar();
 * cal.workingDaysBetween('2026-09-30', '2026-10-12'); // 4 (10-08, 10-09, 10-10, 10-12)
 * ```
 */
export interface WorkingCalendar {
  /** Data source, e.g. `'chinese-days'`, or `'chinese-days+portal'` with overrides. */
  readonly source: string;
  /** Data version, e.g. `'1.5.7'`, or `'1.5.7+2026-12-01'` with a versioned override. */
  readonly version: string;
  /**
   * Whether `date` is a working day: overrides win, then the official data, then
   * the statutory holidays (and 补假); otherwise Monday–Friday.
   */
  isWorkingDay(date: CivilDate): boolean;
  /**
   * The festival name (Chinese, e.g. `'国庆节'`) of a day off that belongs to a
   * holiday; `undefined` for working days (including make-up workdays) and for
   * ordinary weekends. An override holiday the data does not name is `'节假日'`.
   */
  holidayName(date: CivilDate): string | undefined;
  /**
   * The date that is `n` working days after `date` (`date` itself not counted;
   * `n = 0` → `date`). A negative `n` counts backwards: the `|n|`-th working day
   * before `date`. `n` is truncated to an integer (`NaN` counts as 0) and the
   * result saturates at `0001-01-01` / `9999-12-31`.
   */
  addWorkingDays(date: CivilDate, n: number): CivilDate;
  /** Number of working days `d` with `from < d <= to` (0 if `to <= from`). */
  workingDaysBetween(from: CivilDate, to: CivilDate): number;
  /**
   * `'official'` when the dataset has the year (holidays and 调休), `'statutory'`
   * when only the law's holidays are computed (调休 unknown), `'none'` for years
   * outside both. Overrides do not change coverage, even when they list dates
   * of the year.
   */
  coverage(year: number): YearCoverage;
  /**
   * Years touched by the range between `from` and `to` (either order, inclusive)
   * whose coverage is not `'official'`, ascending.
   */
  uncoveredYears(from: CivilDate, to: CivilDate): number[];
}

/** Name returned by `holidayName` for an override holiday the data does not name. */
const OVERRIDE_HOLIDAY_NAME = '节假日';

/** Day numbers of 0001-01-01 and 9999-12-31: `addWorkingDays` saturates there. */
const MIN_DAY = toDayNumber('0001-01-01');
const MAX_DAY = toDayNumber('9999-12-31');

function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

function officialYear(year: number): boolean {
  return year >= OFFICIAL_YEARS[0] && year <= OFFICIAL_YEARS[1];
}

function statutoryYear(year: number): boolean {
  return year >= STATUTORY_YEARS[0] && year <= STATUTORY_YEARS[1];
}

/**
 * The special days of the bundled data, decoded once at module load (a few ms).
 * Statutory entries only for non-official years: `data/compact.ts` has none for
 * official years (`compact.test.ts` checks it), so no year filter is needed here.
 */
const BASE_SPECIAL_DAYS: ReadonlyMap<number, SpecialDay> = (() => {
  const map = new Map<number, SpecialDay>();
  decodeDays(OFFICIAL_DAYS, OFFICIAL_YEARS[0], NAMES, (dn, day) => map.set(dn, day));
  decodeDays(STATUTORY_DAYS, STATUTORY_YEARS[0], NAMES, (dn, day) => {
    if (!map.has(dn)) map.set(dn, day);
  });
  return map;
})();

// ---------------------------------------------------------------------------
// Day-number arithmetic.

/** Monday–Friday? Day 0 (1970-01-01) was a Thursday. */
function isWeekdayNumber(dn: number): boolean {
  const dow = (((dn + 4) % 7) + 7) % 7; // 0 = Sunday
  return dow !== 0 && dow !== 6;
}

/** Number of Monday–Friday days `d <= dn`, up to a constant: only differences are meaningful. */
function weekdaysUpTo(dn: number): number {
  const s = dn + 4; // shift so that s ≡ 0 (mod 7) is a Sunday
  const weeks = Math.floor(s / 7);
  const rest = s - weeks * 7; // 0..6: the days Sunday..rest of the current week
  return weeks * 5 + Math.min(rest, 5);
}

/** Index of the first element of a sorted array greater than `x`. */
function upperBound(sorted: Int32Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The lookup structures of one calendar instance. */
interface Index {
  readonly special: ReadonlyMap<number, SpecialDay>;
  /** Sorted day numbers whose working state differs from the Monday–Friday rule. */
  readonly exceptions: Int32Array;
  /** `delta[i]`: Σ of (working − weekday) over `exceptions[0..i)`, length + 1. */
  readonly delta: Int32Array;
}

function buildIndex(special: ReadonlyMap<number, SpecialDay>): Index {
  const days: number[] = [];
  for (const [dn, s] of special) if (s.working !== isWeekdayNumber(dn)) days.push(dn);
  days.sort((a, b) => a - b);
  const exceptions = Int32Array.from(days);
  const delta = new Int32Array(days.length + 1);
  for (let i = 0; i < days.length; i++) {
    delta[i + 1] = delta[i]! + (special.get(days[i]!)!.working ? 1 : -1);
  }
  return { special, exceptions, delta };
}

const BASE_INDEX = buildIndex(BASE_SPECIAL_DAYS);

function isWorkingDayNumber(index: Index, dn: number): boolean {
  const s = index.special.get(dn);
  return s !== undefined ? s.working : isWeekdayNumber(dn);
}

/** Working days `d` with `a < d <= b` (0 when `b <= a`). */
function countWorking(index: Index, a: number, b: number): number {
  if (b <= a) return 0;
  const weekdays = weekdaysUpTo(b) - weekdaysUpTo(a);
  const ex = index.delta[upperBound(index.exceptions, b)]! - index.delta[upperBound(index.exceptions, a)]!;
  return weekdays + ex;
}

/** Working days in `(x, y]` for a fixed `x`, as a function of `y` (the `x` side worked out once). */
function countFrom(index: Index, x: number): (y: number) => number {
  const w = weekdaysUpTo(x);
  const e = index.delta[upperBound(index.exceptions, x)]!;
  return (y) => (y <= x ? 0 : weekdaysUpTo(y) - w + index.delta[upperBound(index.exceptions, y)]! - e);
}

/** Working days in `[x, y)` for a fixed `y`, as a function of `x`. */
function countTo(index: Index, y: number): (x: number) => number {
  const w = weekdaysUpTo(y - 1);
  const e = index.delta[upperBound(index.exceptions, y - 1)]!;
  return (x) => (x >= y ? 0 : w - weekdaysUpTo(x - 1) + e - index.delta[upperBound(index.exceptions, x - 1)]!);
}

/**
 * Smallest `d` in `(a, MAX_DAY]` with `countWorking(a, d) >= n` (`n >= 1`), or
 * MAX_DAY if there is none. `countWorking(a, ·)` is nondecreasing: a window
 * that surely holds n working days in an ordinary stretch (7/5 of n plus two
 * weeks of holidays), doubled until it does, then a binary search inside it.
 */
function forward(index: Index, a: number, n: number): number {
  const count = countFrom(index, a);
  let span = Math.ceil((n * 7) / 5) + 14;
  let lo = a + 1;
  let hi = Math.min(a + span, MAX_DAY);
  while (count(hi) < n) {
    if (hi === MAX_DAY) return MAX_DAY;
    lo = hi + 1;
    span *= 2;
    hi = Math.min(a + span, MAX_DAY);
  }
  while (lo < hi) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (count(mid) >= n) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Largest `d` in `[MIN_DAY, a)` with at least `m` working days in `[d, a)`
 * (`m >= 1`), or MIN_DAY if there is none (the mirror of `forward`).
 */
function backward(index: Index, a: number, m: number): number {
  const count = countTo(index, a);
  let span = Math.ceil((m * 7) / 5) + 14;
  let lo = Math.max(a - span, MIN_DAY);
  let hi = a - 1;
  if (hi < lo) return MIN_DAY;
  while (count(lo) < m) {
    if (lo === MIN_DAY) return MIN_DAY;
    hi = lo - 1;
    span *= 2;
    lo = Math.max(a - span, MIN_DAY);
  }
  while (lo < hi) {
    const mid = lo + Math.ceil((hi - lo) / 2);
    if (count(mid) >= m) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Largest |n| `addWorkingDays` honours: more than all working days in 0001–9999. */
const MAX_STEPS = 4_000_000;

// ---------------------------------------------------------------------------
// Public API.

class Calendar implements WorkingCalendar {
  readonly source: string;
  readonly version: string;
  readonly #index: Index;

  constructor(source: string, version: string, index: Index) {
    this.source = source;
    this.version = version;
    this.#index = index;
  }

  isWorkingDay(date: CivilDate): boolean {
    return isWorkingDayNumber(this.#index, toDayNumber(date));
  }

  holidayName(date: CivilDate): string | undefined {
    const s = this.#index.special.get(toDayNumber(date));
    return s !== undefined && !s.working ? s.name : undefined;
  }

  addWorkingDays(date: CivilDate, n: number): CivilDate {
    const a = toDayNumber(date);
    const steps = Number.isNaN(n) ? 0 : Math.max(-MAX_STEPS, Math.min(MAX_STEPS, Math.trunc(n)));
    if (steps === 0) return date;
    const result = steps > 0 ? forward(this.#index, a, steps) : backward(this.#index, a, -steps);
    return fromDayNumber(result);
  }

  workingDaysBetween(from: CivilDate, to: CivilDate): number {
    return countWorking(this.#index, toDayNumber(from), toDayNumber(to));
  }

  coverage(year: number): YearCoverage {
    if (!Number.isInteger(year)) return 'none';
    if (officialYear(year)) return 'official';
    if (statutoryYear(year)) return 'statutory';
    return 'none';
  }

  uncoveredYears(from: CivilDate, to: CivilDate): number[] {
    toDayNumber(from); // validate both: throws RangeError on a non-date
    toDayNumber(to);
    const a = yearOf(from);
    const b = yearOf(to);
    const years: number[] = [];
    for (let y = Math.min(a, b); y <= Math.max(a, b); y++) if (this.coverage(y) !== 'official') years.push(y);
    return years;
  }
}

function overrideDays(list: readonly CivilDate[] | undefined, field: string): number[] {
  if (list === undefined) return [];
  return list.map((date) => {
    if (parseCivilDate(date) === undefined) {
      throw new RangeError(`calendar overrides.${field}: not a civil date: ${String(date)}`);
    }
    return toDayNumber(date);
  });
}

/**
 * Create a working-day calendar from the bundled data, optionally corrected by
 * `overrides`. Throws a `RangeError` if an override is not a real date or is
 * listed both as a holiday and as a workday.
 *
 * `source`/`version` become `'chinese-days+<source>'` / `'1.5.7+<version>'` when
 * the overrides carry them; overrides with dates but no `source` are labelled
 * `'overrides'`.
 *
 * @example
 * ```ts
 * const cal = createCalendar({ holidays: ['2027-01-04'], workdays: ['2027-02-20'], source: 'portal' });
 * cal.source;                     // 'chinese-days+portal'
 * cal.isWorkingDay('2027-01-04'); // false (Monday, portal holiday)
 * cal.isWorkingDay('2027-02-20'); // true  (Saturday, portal workday)
 * ```
 */
export function createCalendar(overrides?: CalendarOverrides): WorkingCalendar {
  const holidays = overrideDays(overrides?.holidays, 'holidays');
  const workdays = overrideDays(overrides?.workdays, 'workdays');
  const hasDates = holidays.length > 0 || workdays.length > 0;
  const label = overrides?.source ?? (hasDates ? 'overrides' : undefined);
  const source = label !== undefined ? `${SOURCE}+${label}` : SOURCE;
  const version = overrides?.version !== undefined ? `${VERSION}+${overrides.version}` : VERSION;
  if (!hasDates) return new Calendar(source, version, BASE_INDEX);

  const workSet = new Set(workdays);
  const special = new Map(BASE_SPECIAL_DAYS);
  for (const dn of holidays) {
    if (workSet.has(dn)) {
      throw new RangeError(`calendar overrides: ${fromDayNumber(dn)} is both a holiday and a workday`);
    }
    const base = BASE_SPECIAL_DAYS.get(dn);
    special.set(dn, { working: false, name: base !== undefined && !base.working ? base.name : OVERRIDE_HOLIDAY_NAME });
  }
  for (const dn of workSet) special.set(dn, { working: true, name: undefined });
  return new Calendar(source, version, buildIndex(special));
}

/**
 * The calendar of the bundled data, without overrides.
 *
 * @example
 * ```ts
 * defaultCalendar.isWorkingDay('2027-01-01'); // false (元旦, statutory)
 * defaultCalendar.holidayName('2026-10-01');  // '国庆节'
 * defaultCalendar.uncoveredYears('2026-12-01', '2027-01-31'); // [2027]
 * ```
 */
export const defaultCalendar: WorkingCalendar = createCalendar();
