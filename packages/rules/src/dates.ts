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
  if (typeof value !== 'string' || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return undefined;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 7);
  const day = digits(value, 8, 10);
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

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** The number written by the ASCII digits s[from..to), or -1 if any is not a digit. */
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeap(year) ? 29 : MONTH_DAYS[month - 1]!;
}

// Proleptic Gregorian day numbers by arithmetic (H. Hinnant's days_from_civil /
// civil_from_days): no Date objects on the hot path.
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
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
  // parseCivilDate inlined without its result object: this runs several times per validation.
  if (typeof date === 'string' && date.length === 10 && date.charCodeAt(4) === 45 && date.charCodeAt(7) === 45) {
    const year = digits(date, 0, 4);
    const month = digits(date, 5, 7);
    const day = digits(date, 8, 10);
    if (year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) return daysFromCivil(year, month, day);
  }
  throw new RangeError(`not a civil date: ${String(date)}`);
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
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
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
