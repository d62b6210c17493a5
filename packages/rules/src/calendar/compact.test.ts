import { describe, expect, it } from 'vitest';
import { fromDayNumber, type CivilDate } from '../dates.js';
import { NAMES, OFFICIAL_DAYS, OFFICIAL_YEARS, SOURCE, STATUTORY_DAYS, STATUTORY_YEARS, VERSION } from './data/compact.js';
import official from './data/official.json';
import statutory from './data/statutory.json';
import { decodeDays } from './decode.js';
import { defaultCalendar } from './index.js';

/** One special day: its date, whether it is worked, and the holiday name of a day off. */
type Entry = [date: CivilDate, kind: 'holiday' | 'workday', name: string | undefined];

const byDate = (a: Entry, b: Entry): number => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

function decode(text: string, firstYear: number, names: readonly string[] = NAMES): Entry[] {
  const out: Entry[] = [];
  decodeDays(text, firstYear, names, (dn, day) => {
    out.push([fromDayNumber(dn), day.working ? 'workday' : 'holiday', day.name]);
  });
  return out;
}

const isOfficialYear = (date: CivilDate): boolean => {
  const y = Number(date.slice(0, 4));
  return y >= official.years[0]! && y <= official.years[1]!;
};

/** What the runtime must know of official.json: every holiday with its name, every make-up workday. */
const expectedOfficial: Entry[] = [
  ...Object.entries(official.holidays).map(([d, name]): Entry => [d, 'holiday', name]),
  ...Object.keys(official.workdays).map((d): Entry => [d, 'workday', undefined]),
].sort(byDate);

/** What the runtime must know of statutory.json: holidays and 补假 with names, for the years without official data. */
const expectedStatutory: Entry[] = [...Object.entries(statutory.holidays), ...Object.entries(statutory.compensatory)]
  .filter(([d]) => !isOfficialYear(d))
  .map(([d, name]): Entry => [d, 'holiday', name])
  .sort(byDate);

describe('compact calendar data (data/compact.ts) against the JSON files', () => {
  it('decodes to exactly the official holidays (with names) and make-up workdays of official.json', () => {
    const decoded = decode(OFFICIAL_DAYS, OFFICIAL_YEARS[0]);
    expect(decoded).toHaveLength(Object.keys(official.holidays).length + Object.keys(official.workdays).length);
    expect(decoded).toEqual(expectedOfficial); // decoded in date order, one entry per date
  });

  it('decodes to exactly the statutory holidays and 补假 (with names) of statutory.json for the years after the official data', () => {
    const decoded = decode(STATUTORY_DAYS, STATUTORY_YEARS[0]);
    expect(decoded).toEqual(expectedStatutory);
    expect(decoded[0]![0]).toBe(`${official.years[1]! + 1}-01-01`);
    expect(decoded.at(-1)![0].slice(0, 4)).toBe(String(statutory.years[1]));
    // Left out: the statutory days of official years, all of them official holidays.
    const left = [...Object.keys(statutory.holidays), ...Object.keys(statutory.compensatory)].filter(isOfficialYear);
    expect(left.length).toBeGreaterThan(0);
    for (const d of left) expect(official.holidays, d).toHaveProperty(d);
  });

  it('carries the source, version and coverage years of the JSON files', () => {
    expect(SOURCE).toBe(official.source);
    expect(VERSION).toBe(official.version);
    expect(OFFICIAL_YEARS).toEqual(official.years);
    expect(STATUTORY_YEARS).toEqual(statutory.years);
    expect(defaultCalendar.source).toBe(official.source);
    expect(defaultCalendar.version).toBe(official.version);
  });

  it('names each holiday as the JSON files do, with no unused name', () => {
    const used = new Set([...expectedOfficial, ...expectedStatutory].map(([, , name]) => name).filter((n) => n !== undefined));
    expect(new Set(NAMES)).toEqual(used);
    expect(new Set(NAMES).size).toBe(NAMES.length);
    for (const name of NAMES) expect(official.names, name).toHaveProperty([name]);
  });

  it('gives defaultCalendar the working state and name of every listed day', () => {
    for (const [d, kind, name] of [...expectedOfficial, ...expectedStatutory]) {
      const ok = defaultCalendar.isWorkingDay(d) === (kind === 'workday') && defaultCalendar.holidayName(d) === name;
      if (!ok) expect.fail(`${d}: expected ${kind} ${name ?? ''}`);
    }
  });
});

describe('decodeDays', () => {
  it('reads runs, lengths, year separators, empty years and runs across a year end', () => {
    expect(decode('A113  B1s6+28 Acv3', 2010, ['元旦', '春节'])).toEqual([
      ['2010-01-01', 'holiday', '元旦'],
      ['2010-01-02', 'holiday', '元旦'],
      ['2010-01-03', 'holiday', '元旦'],
      ['2012-01-28', 'holiday', '春节'],
      ['2012-01-29', 'holiday', '春节'],
      ['2012-01-30', 'holiday', '春节'],
      ['2012-01-31', 'holiday', '春节'],
      ['2012-02-01', 'holiday', '春节'],
      ['2012-02-02', 'holiday', '春节'],
      ['2012-02-08', 'workday', undefined],
      ['2013-12-31', 'holiday', '元旦'],
      ['2014-01-01', 'holiday', '元旦'],
      ['2014-01-02', 'holiday', '元旦'],
    ]);
    expect(decode('', 2010)).toEqual([]);
  });

  it('rejects malformed data', () => {
    expect(() => decode('A1', 2010)).toThrow(TypeError); // truncated run
    expect(() => decode('a11', 2010)).toThrow(TypeError); // unknown kind
    expect(() => decode('Z11', 2010, ['元旦'])).toThrow(TypeError); // kind without a name
    expect(() => decode('A11,A12', 2010)).toThrow(TypeError); // bad separator
    expect(() => decode('A2u', 2010)).toThrow(RangeError); // 2010-02-30
  });
});
