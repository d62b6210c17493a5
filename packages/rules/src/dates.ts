/**
 * Civil dates (`YYYY-MM-DD`) in Asia/Shanghai. The kit never uses the machine's
 * timezone: a civil date is a plain calendar day, converted to a day number
 * (days since 1970-01-01) for arithmetic.
 *
 * @example
 * ```ts
 * import { addDays, todayInShanghai } from '@city-forms/rules';
 * addDays('2026-09-30', 1); // '2026-10-01'
 * todayInShanghai(new Date('2026-11-22T23:30:00Z')); // '2026-11-23'
 * ```
 * @module
 */

/** A civil date string, `YYYY-MM-DD`. */
export type CivilDate = string;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/**
 * Parse a civil date into its parts; `undefined` for anything that is not a real
 * calendar day (including `2026-02-30`).
 *
 * @example
 * ```ts
 * parseCivilDate('2026-02-30'); // undefined
 * parseCivilDate('2026-10-01'); // { year: 2026, month: 10, day: 1 }
 * ```
 */
export function parseCivilDate(value: unknown): { year: number; month: number; day: number } | undefined {
  if (typeof value !== 'string') return undefined;
  const m = DATE_RE.exec(value);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1) return undefined;
  if (day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/**
 * Whether a value is a real civil date string.
 *
 * @example
 * ```ts
 * isCivilDate('2026-10-01'); // true
 * ```
 */
export function isCivilDate(value: unknown): value is CivilDate {
  return parseCivilDate(value) !== undefined;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Day number (days since 1970-01-01) of a civil date. Throws on an invalid date:
 * callers validate first.
 *
 * @example
 * ```ts
 * toDayNumber('1970-01-02'); // 1
 * ```
 */
export function toDayNumber(date: CivilDate): number {
  const p = parseCivilDate(date);
  if (!p) throw new RangeError(`not a civil date: ${String(date)}`);
  const d = new Date(0);
  d.setUTCFullYear(p.year, p.month - 1, p.day);
  return Math.round(d.getTime() / MS_PER_DAY);
}

/**
 * Civil date of a day number.
 *
 * @example
 * ```ts
 * fromDayNumber(1); // '1970-01-02'
 * ```
 */
export function fromDayNumber(n: number): CivilDate {
  const d = new Date(n * MS_PER_DAY);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Add (or subtract) calendar days.
 *
 * @example
 * ```ts
 * addDays('2026-12-31', 1); // '2027-01-01'
 * ```
 */
export function addDays(date: CivilDate, days: number): CivilDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * Calendar days from `from` to `to` (positive when `to` is later).
 *
 * @example
 * ```ts
 * diffDays('2026-10-01', '2026-10-04'); // 3
 * ```
 */
export function diffDays(from: CivilDate, to: CivilDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/**
 * Compare two civil dates: negative, zero or positive.
 *
 * @example
 * ```ts
 * compareDates('2026-01-02', '2026-01-01') > 0; // true
 * ```
 */
export function compareDates(a: CivilDate, b: CivilDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Day of week of a civil date, 0 = Sunday … 6 = Saturday.
 *
 * @example
 * ```ts
 * dayOfWeek('2026-10-01'); // 4 (Thursday)
 * ```
 */
export function dayOfWeek(date: CivilDate): number {
  // 1970-01-01 was a Thursday (4).
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

/**
 * Today's civil date in Asia/Shanghai (UTC+8, no daylight saving), whatever the
 * machine's timezone.
 *
 * @example
 * ```ts
 * todayInShanghai(new Date('2026-11-22T23:30:00Z')); // '2026-11-23'
 * ```
 */
export function todayInShanghai(now: Date = new Date()): CivilDate {
  // China has used UTC+8 without daylight saving since 1991; a fixed offset keeps
  // this independent of the ICU data the runtime ships.
  return fromDayNumber(Math.floor((now.getTime() + 8 * 3_600_000) / MS_PER_DAY));
}
