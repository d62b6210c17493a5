/**
 * Decoder of the compact calendar data in `data/compact.ts` (internal: not part
 * of the package's exports).
 *
 * `data/compact.ts` holds the special days of one dataset as one string: the
 * years from a first year on, separated by a space (an empty year is an empty
 * segment). A year is a sequence of runs of consecutive days, each written
 *
 * ```text
 * <kind><month><day>[<length>]
 * ```
 *
 * - `kind`: `+` for make-up working days (调休上班), `A`–`Z` for days off named
 *   `names[0]`–`names[25]`;
 * - `month`, `day`: the run's first date in that year, one base-36 digit each
 *   (`1`–`c`, `1`–`v`);
 * - `length`: number of consecutive days, one base-36 digit `2`–`z`, omitted
 *   when 1. A run may continue into the next month or year.
 *
 * For example `A113 B1s6 +28` is, from 2010 on: 2010-01-01..01-03 named
 * `names[0]`, 2011-01-28..02-02 named `names[1]`, 2012-02-08 a make-up working day.
 * The encoder is in `scripts/update-calendar.ts`; `compact.test.ts` checks that
 * the decoded data equals the JSON files day for day.
 *
 * @example
 * ```ts
 * decodeDays('A113 +28', 2010, ['元旦'], (dn, day) => console.log(fromDayNumber(dn), day));
 * // 2010-01-01 / 01-02 / 01-03 { working: false, name: '元旦' }, 2011-02-08 { working: true, name: undefined }
 * ```
 * @module
 */

import { toDayNumber } from '../dates.js';

/** A day the data (or an override) says something about. */
export interface SpecialDay {
  readonly working: boolean;
  /** Festival name of a day off; `undefined` for working days. */
  readonly name: string | undefined;
}

const pad = (digit: string): string => String(parseInt(digit, 36)).padStart(2, '0');

/**
 * Decode one dataset string of `data/compact.ts` (format above), calling `visit`
 * with the day number and meaning of every day it lists, in date order. Days
 * off with the same name share one `SpecialDay` object. Throws a `TypeError` on
 * a malformed string and a `RangeError` on a date that does not exist.
 *
 * @example
 * ```ts
 * const days = new Map<number, SpecialDay>();
 * decodeDays(OFFICIAL_DAYS, OFFICIAL_YEARS[0], NAMES, (dn, day) => days.set(dn, day));
 * ```
 */
export function decodeDays(text: string, firstYear: number, names: readonly string[], visit: (dayNumber: number, day: SpecialDay) => void): void {
  const off = names.map((name): SpecialDay => ({ working: false, name }));
  const working: SpecialDay = { working: true, name: undefined };
  // One run, or a year separator (group 1).
  const run = /( )|([A-Z+])([1-9a-c])([1-9a-v])([2-9a-z]?)/y;
  let year = firstYear;
  while (run.lastIndex < text.length) {
    const at = run.lastIndex;
    const m = run.exec(text);
    if (m === null) throw new TypeError(`calendar data: bad run at ${at}: ${text.slice(at, at + 5)}`);
    if (m[1] !== undefined) {
      year++;
      continue;
    }
    const day = m[2] === '+' ? working : off[m[2]!.charCodeAt(0) - 65];
    if (day === undefined) throw new TypeError(`calendar data: no name for kind ${m[2]!} at ${at}`);
    const start = toDayNumber(`${year}-${pad(m[3]!)}-${pad(m[4]!)}`);
    const length = m[5] ? parseInt(m[5], 36) : 1;
    for (let k = 0; k < length; k++) visit(start + k, day);
  }
}
