/**
 * Regenerates the working-day calendar data of `@city-forms/rules`:
 *
 * - `src/calendar/data/official.json`: the State Council's published holidays and
 *   make-up working days (调休), copied from the `chinese-days` dataset;
 * - `src/calendar/data/statutory.json`: the holidays the current law fixes
 *   (《全国年节及纪念日放假办法》, as amended 2024, in force 2025-01-01), computed
 *   with chinese-days' lunar→solar conversion and solar terms, for 2025–2100;
 * - `src/calendar/data/compact.ts`: what the runtime needs of the two JSON files
 *   (dates, working or not, Chinese holiday names, coverage years, source and
 *   version), encoded in a few KB (format: `src/calendar/decode.ts`).
 *
 * The JSON files are the readable, reviewable source of truth; the runtime
 * (`src/calendar/index.ts`) imports only `compact.ts`, so no JSON is bundled.
 * chinese-days is a devDependency.
 *
 * Usage (from packages/rules):
 *
 * ```sh
 * pnpm exec tsx scripts/update-calendar.ts          # rewrite the JSON files and compact.ts
 * pnpm exec tsx scripts/update-calendar.ts --check  # exit 1 if any of them is stale
 * ```
 *
 * Besides writing the files, the script cross-checks the lunar dates and the 清明
 * solar term against an independent astronomical computation (Meeus, *Astronomical
 * Algorithms*, ch. 25 and 49) and against ICU's Chinese calendar (`Intl`), and
 * prints every disagreement and every case within minutes of Beijing midnight.
 * Those checks only report; chinese-days stays the source of truth.
 *
 * @example
 * ```sh
 * cd packages/rules && pnpm exec tsx scripts/update-calendar.ts
 * ```
 * @module
 */

// chinese-days parses 'YYYY-MM-DD' as UTC but reads it back with local-time
// getters; pin the process timezone so the output never depends on the machine.
process.env['TZ'] = 'UTC';

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import chineseDays from 'chinese-days';
import { decodeDays } from '../src/calendar/decode.js';
import { addDays, dayOfWeek, fromDayNumber, toDayNumber, type CivilDate } from '../src/dates.js';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const dataDir = join(here, '..', 'src', 'calendar', 'data');
const officialPath = join(dataDir, 'official.json');
const statutoryPath = join(dataDir, 'statutory.json');
const compactPath = join(dataDir, 'compact.ts');

/** Last year the statutory computation covers (chinese-days' lunar table ends with 2100). */
const STATUTORY_LAST_YEAR = 2100;
/** The 2024 amendment of the holiday law applies from this year on. */
const LAW_FIRST_YEAR = 2025;

/**
 * Reviewed corrections to chinese-days' solar-term formula, each confirmed by the
 * astronomical cross-check below with a margin well beyond its accuracy. Keyed by
 * year; the value is the corrected 清明 date.
 *
 * - 2100: chinese-days 1.5.7 uses `year % 100 = 0` in its 21st-century formula and
 *   returns 2100-04-04; the Sun reaches 15° on 2100-04-05 at about 00:38 Beijing
 *   time (2100 is not a leap year, so the date moves one day later).
 */
const QINGMING_CORRECTIONS: Readonly<Record<number, CivilDate>> = {
  2100: '2100-04-05',
};

// ---------------------------------------------------------------------------
// Festival names: chinese-days writes "English,中文,days"; we keep the law's
// Chinese names (清明节, not 清明) and the English name once, in `names`.

const NAME_BY_ENGLISH: Record<string, string> = {
  "New Year's Day": '元旦',
  'Spring Festival': '春节',
  'Tomb-sweeping Day': '清明节',
  'Labour Day': '劳动节',
  'Dragon Boat Festival': '端午节',
  'Mid-autumn Festival': '中秋节',
  'National Day': '国庆节',
  'Anti-Fascist 70th Day': '中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日',
};

const ENGLISH_BY_NAME: Record<string, string> = Object.fromEntries(Object.entries(NAME_BY_ENGLISH).map(([en, zh]) => [zh, en]));

interface ChineseDaysJson {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
  inLieuDays: Record<string, string>;
}

function chineseDaysVersion(): string {
  const pkg = JSON.parse(readFileSync(require.resolve('chinese-days/package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

function readChineseDaysJson(): ChineseDaysJson {
  return JSON.parse(readFileSync(require.resolve('chinese-days/dist/chinese-days.json'), 'utf8')) as ChineseDaysJson;
}

const warnings: string[] = [];
const notes: string[] = [];

function fail(message: string): never {
  throw new Error(`update-calendar: ${message}`);
}

function sortedRecord(entries: Iterable<[string, string]>): Record<string, string> {
  return Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

// ---------------------------------------------------------------------------
// official.json

interface OfficialData {
  source: string;
  version: string;
  description: string;
  years: [number, number];
  names: Record<string, string>;
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

function parseLabel(date: string, label: string, names: Map<string, string>): string {
  const [en, zh] = label.split(',');
  if (!en || !zh) fail(`unexpected label for ${date}: ${label}`);
  const name = NAME_BY_ENGLISH[en] ?? zh;
  if (!(en in NAME_BY_ENGLISH)) warnings.push(`${date}: festival not in the usual list, kept as ${name} (${en})`);
  names.set(name, en);
  return name;
}

function buildOfficial(src: ChineseDaysJson, version: string): OfficialData {
  const names = new Map<string, string>();
  const holidays = new Map<string, string>();
  const workdays = new Map<string, string>();
  for (const [date, label] of Object.entries(src.holidays)) holidays.set(date, parseLabel(date, label, names));
  for (const [date, label] of Object.entries(src.workdays)) workdays.set(date, `${parseLabel(date, label, names)}调休`);
  for (const date of [...holidays.keys(), ...workdays.keys()]) toDayNumber(date); // throws on a bad date
  for (const date of holidays.keys()) if (workdays.has(date)) fail(`${date} is both a holiday and a workday`);
  for (const [date, name] of workdays) {
    const dow = dayOfWeek(date);
    if (dow !== 0 && dow !== 6) warnings.push(`official make-up workday ${date} (${name}) is not a weekend day`);
  }
  const years = [...holidays.keys()].map((d) => Number(d.slice(0, 4)));
  const first = Math.min(...years);
  const last = Math.max(...years);
  for (let y = first; y <= last; y++) if (!years.includes(y)) fail(`no official holidays for ${y}`);
  for (const d of workdays.keys()) {
    const y = Number(d.slice(0, 4));
    if (y < first || y > last) fail(`make-up workday ${d} outside ${first}–${last}`);
  }
  return {
    source: 'chinese-days',
    version,
    description:
      'Holidays (放假) and make-up working days (调休上班) published by the General Office of the State Council, as collected by chinese-days. Generated by scripts/update-calendar.ts; do not edit by hand.',
    years: [first, last],
    names: sortedRecord(names),
    holidays: sortedRecord(holidays),
    workdays: sortedRecord(workdays),
  };
}

// ---------------------------------------------------------------------------
// statutory.json

interface StatutoryData {
  source: string;
  version: string;
  description: string;
  law: string;
  years: [number, number];
  names: Record<string, string>;
  corrections: string[];
  holidays: Record<string, string>;
  compensatory: Record<string, string>;
}

/** Solar date of a (non-leap) lunar month/day in lunar year `year`, round-trip checked. */
function lunarToSolar(year: number, month: number, day: number): CivilDate {
  const lunar = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const { date } = chineseDays.getSolarDateFromLunar(lunar);
  const back = chineseDays.getLunarDate(date);
  if (back.lunarYear !== year || back.lunarMon !== month || back.lunarDay !== day || back.isLeap) {
    fail(`lunar ${lunar} → ${date} does not round-trip (got ${JSON.stringify(back)})`);
  }
  return date;
}

/** 清明 of a year: chinese-days' solar term unless a reviewed correction applies. */
function qingmingOf(year: number): CivilDate {
  const date = QINGMING_CORRECTIONS[year] ?? chineseDays.getSolarTermDate(year, 4, 'pure_brightness');
  toDayNumber(date); // throws on a bad date
  return date;
}

interface Festival {
  name: string;
  days: CivilDate[];
}

/** The law's holidays for one year, in chronological order of their first day. */
function festivalsOf(year: number): Festival[] {
  const newYear = lunarToSolar(year, 1, 1);
  const eve = addDays(newYear, -1);
  const eveLunar = chineseDays.getLunarDate(eve);
  if (eveLunar.lunarYear !== year - 1 || eveLunar.lunarMon !== 12 || eveLunar.isLeap || eveLunar.lunarDay < 29) {
    fail(`除夕 ${eve} is not the last day of the 12th lunar month: ${JSON.stringify(eveLunar)}`);
  }
  if (Number(newYear.slice(0, 4)) !== year) fail(`春节 ${newYear} is not in ${year}`);
  const qingming = qingmingOf(year);
  const y = String(year);
  const festivals: Festival[] = [
    { name: '元旦', days: [`${y}-01-01`] },
    { name: '春节', days: [eve, newYear, addDays(newYear, 1), addDays(newYear, 2)] },
    { name: '清明节', days: [qingming] },
    { name: '劳动节', days: [`${y}-05-01`, `${y}-05-02`] },
    { name: '端午节', days: [lunarToSolar(year, 5, 5)] },
    { name: '中秋节', days: [lunarToSolar(year, 8, 15)] },
    { name: '国庆节', days: [`${y}-10-01`, `${y}-10-02`, `${y}-10-03`] },
  ];
  return festivals.sort((a, b) => (a.days[0]! < b.days[0]! ? -1 : a.days[0]! > b.days[0]! ? 1 : 0));
}

const isWeekend = (date: CivilDate): boolean => {
  const dow = dayOfWeek(date);
  return dow === 0 || dow === 6;
};

function buildStatutory(version: string, firstYear: number, lastYear: number): StatutoryData {
  const holidays = new Map<string, string>();
  const compensatory = new Map<string, string>();
  for (let year = firstYear; year <= lastYear; year++) {
    const festivals = festivalsOf(year);
    // Every festival day is off; mark them all before placing 补假 days so a
    // compensatory day never lands on another festival.
    for (const f of festivals) for (const d of f.days) if (!holidays.has(d)) holidays.set(d, f.name);
    // 补假: "全体公民放假的假日，如果适逢星期六、星期日，应当在工作日补假". A festival
    // day that falls on a weekend, or on a day already taken by another festival
    // (中秋 inside 国庆), is made up on the next weekday after the festival that is
    // not itself off — the placement the State Council has always used.
    const claimed = new Set<string>();
    for (const f of festivals) {
      let owed = 0;
      for (const d of f.days) {
        if (isWeekend(d) || claimed.has(d)) owed++;
        claimed.add(d);
      }
      let cursor = f.days[f.days.length - 1]!;
      while (owed > 0) {
        cursor = addDays(cursor, 1);
        if (isWeekend(cursor) || holidays.has(cursor) || compensatory.has(cursor)) continue;
        compensatory.set(cursor, f.name);
        owed--;
      }
    }
  }
  const names: Record<string, string> = {};
  for (const name of ['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节']) names[name] = ENGLISH_BY_NAME[name]!;
  return {
    source: 'chinese-days',
    version,
    description:
      'Statutory public holidays (全体公民放假的节日) computed from the holiday law with chinese-days lunar/solar-term data, plus the weekday make-up days (补假) the law requires when a holiday falls on a weekend. The State Council’s yearly 调休 arrangement is not predictable and is not included. Generated by scripts/update-calendar.ts; do not edit by hand.',
    law: '《全国年节及纪念日放假办法》（国务院令第798号修订，2025年1月1日起施行）：元旦1天；春节4天（农历除夕、正月初一至初三）；清明节1天（清明当日）；劳动节2天（5月1日、2日）；端午节1天（农历端午当日）；中秋节1天（农历中秋当日）；国庆节3天（10月1日至3日）。',
    years: [firstYear, lastYear],
    names,
    corrections: Object.entries(QINGMING_CORRECTIONS)
      .filter(([y]) => Number(y) >= firstYear && Number(y) <= lastYear)
      .map(
        ([y, date]) =>
          `清明 ${y}: ${date} (chinese-days ${version} gives ${chineseDays.getSolarTermDate(Number(y), 4, 'pure_brightness')}; corrected from the astronomical solar longitude)`,
      ),
    holidays: sortedRecord(holidays),
    compensatory: sortedRecord(compensatory),
  };
}

// ---------------------------------------------------------------------------
// Independent cross-checks (report only).

const DEG = Math.PI / 180;
const JD_UNIX_EPOCH = 2440587.5; // 1970-01-01T00:00Z
const sinD = (x: number): number => Math.sin(x * DEG);

/** ΔT = TT − UT in seconds (Espenak & Meeus polynomials, 2005–2150). */
function deltaT(year: number): number {
  if (year < 2050) {
    const t = year - 2000;
    return 62.92 + 0.32217 * t + 0.005589 * t * t;
  }
  const u = (year - 1820) / 100;
  return -20 + 32 * u * u - 0.5628 * (2150 - year);
}

/** JDE (TT) of true new moon number `k` (Meeus ch. 49; k = 0 is 2000-01-06). */
function newMoonJde(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  const T4 = T3 * T;
  let jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * T2 - 0.00000015 * T3 + 0.00000000073 * T4;
  const E = 1 - 0.002516 * T - 0.0000074 * T2;
  const M = 2.5534 + 29.1053567 * k - 0.0000014 * T2 - 0.00000011 * T3;
  const Mp = 201.5643 + 385.81693528 * k + 0.0107582 * T2 + 0.00001238 * T3 - 0.000000058 * T4;
  const F = 160.7108 + 390.67050284 * k - 0.0016118 * T2 - 0.00000227 * T3 + 0.000000011 * T4;
  const Om = 124.7746 - 1.56375588 * k + 0.0020672 * T2 + 0.00000215 * T3;
  jde +=
    -0.4072 * sinD(Mp) +
    0.17241 * E * sinD(M) +
    0.01608 * sinD(2 * Mp) +
    0.01039 * sinD(2 * F) +
    0.00739 * E * sinD(Mp - M) -
    0.00514 * E * sinD(Mp + M) +
    0.00208 * E * E * sinD(2 * M) -
    0.00111 * sinD(Mp - 2 * F) -
    0.00057 * sinD(Mp + 2 * F) +
    0.00056 * E * sinD(2 * Mp + M) -
    0.00042 * sinD(3 * Mp) +
    0.00042 * E * sinD(M + 2 * F) +
    0.00038 * E * sinD(M - 2 * F) -
    0.00024 * E * sinD(2 * Mp - M) -
    0.00017 * sinD(Om) -
    0.00007 * sinD(Mp + 2 * M) +
    0.00004 * sinD(2 * Mp - 2 * F) +
    0.00004 * sinD(3 * M) +
    0.00003 * sinD(Mp + M - 2 * F) +
    0.00003 * sinD(2 * Mp + 2 * F) -
    0.00003 * sinD(Mp + M + 2 * F) +
    0.00003 * sinD(Mp - M + 2 * F) -
    0.00002 * sinD(Mp - M - 2 * F) -
    0.00002 * sinD(3 * Mp + M) +
    0.00002 * sinD(4 * Mp);
  const A: Array<[number, number]> = [
    [0.000325, 299.77 + 0.107408 * k - 0.009173 * T2],
    [0.000165, 251.88 + 0.016321 * k],
    [0.000164, 251.83 + 26.651886 * k],
    [0.000126, 349.42 + 36.412478 * k],
    [0.00011, 84.66 + 18.206239 * k],
    [0.000062, 141.74 + 53.303771 * k],
    [0.00006, 207.14 + 2.453732 * k],
    [0.000056, 154.84 + 7.30686 * k],
    [0.000047, 34.52 + 27.261239 * k],
    [0.000042, 207.19 + 0.121824 * k],
    [0.00004, 291.34 + 1.844379 * k],
    [0.000037, 161.72 + 24.198154 * k],
    [0.000035, 239.56 + 25.513099 * k],
    [0.000023, 331.55 + 3.592518 * k],
  ];
  for (const [c, a] of A) jde += c * sinD(a);
  return jde;
}

/** Beijing civil date of a TT instant, and its distance from Beijing midnight in minutes. */
function beijingDate(jde: number, year: number): { date: CivilDate; margin: number; clock: string } {
  const local = jde - deltaT(year) / 86400 + 8 / 24 - JD_UNIX_EPOCH;
  const dn = Math.floor(local);
  const frac = local - dn;
  const minutes = Math.round(frac * 1440);
  const clock = `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return { date: fromDayNumber(dn), margin: Math.min(frac, 1 - frac) * 1440, clock };
}

/** Beijing date of the new moon nearest to `date`. */
function newMoonNear(date: CivilDate): { date: CivilDate; margin: number; clock: string } {
  const jd = toDayNumber(date) + JD_UNIX_EPOCH;
  const k = Math.round((jd - 2451550.09766) / 29.530588861);
  return beijingDate(newMoonJde(k), Number(date.slice(0, 4)));
}

/** Apparent solar longitude in degrees at a JDE (Meeus ch. 25, low accuracy ≈ 0.01°). */
function solarLongitude(jde: number): number {
  const T = (jde - 2451545) / 36525;
  const L0 = 280.46646 + 36000.76983 * T + 0.0003032 * T * T;
  const M = 357.52911 + 35999.05029 * T - 0.0001537 * T * T;
  const C = (1.914602 - 0.004817 * T - 0.000014 * T * T) * sinD(M) + (0.019993 - 0.000101 * T) * sinD(2 * M) + 0.000289 * sinD(3 * M);
  const omega = 125.04 - 1934.136 * T;
  const lambda = L0 + C - 0.00569 - 0.00478 * sinD(omega);
  return ((lambda % 360) + 360) % 360;
}

/** Beijing date of 清明 (apparent solar longitude 15°) in `year`. */
function qingmingAstronomical(year: number): { date: CivilDate; margin: number; clock: string } {
  let jde = toDayNumber(`${year}-04-05`) + JD_UNIX_EPOCH;
  for (let i = 0; i < 8; i++) {
    let diff = 15 - solarLongitude(jde);
    diff = ((diff + 540) % 360) - 180;
    jde += diff / 0.98564736;
  }
  return beijingDate(jde, year);
}

const icuChinese = new Intl.DateTimeFormat('en-u-ca-chinese', {
  timeZone: 'UTC',
  month: 'numeric',
  day: 'numeric',
});

/** ICU's Chinese-calendar month/day of a civil date, e.g. `1/1` or `4bis/3`. */
function icuLunar(date: CivilDate): string {
  const parts = icuChinese.formatToParts(new Date(`${date}T12:00:00Z`));
  const month = parts.find((p) => p.type === 'month')?.value ?? '?';
  const day = parts.find((p) => p.type === 'day')?.value ?? '?';
  return `${month}/${day}`;
}

function crossCheck(firstYear: number, lastYear: number): void {
  const NEW_MOON_CLOSE = 15; // minutes; Meeus ch. 49 plus ΔT extrapolation
  const TERM_CLOSE = 30; // minutes; low-accuracy solar longitude ≈ 0.01° ≈ 15 min
  for (let year = firstYear; year <= lastYear; year++) {
    const lunarDays: Array<[string, CivilDate, number, number]> = [
      ['春节 (正月初一)', lunarToSolar(year, 1, 1), 1, 1],
      ['端午节 (五月初五)', lunarToSolar(year, 5, 5), 5, 5],
      ['中秋节 (八月十五)', lunarToSolar(year, 8, 15), 8, 15],
    ];
    for (const [label, date, month, day] of lunarDays) {
      const monthStart = addDays(date, 1 - day);
      const moon = newMoonNear(monthStart);
      if (moon.date !== monthStart) {
        warnings.push(`${year} ${label}: chinese-days ${date}, but the new moon is ${moon.date} ${moon.clock} Beijing time (month would start ${moon.date})`);
      } else if (moon.margin < NEW_MOON_CLOSE) {
        notes.push(
          `${year} ${label} ${date}: new moon ${moon.date} ${moon.clock} Beijing time, ${moon.margin.toFixed(0)} min from midnight (agrees, but close)`,
        );
      }
      const icu = icuLunar(date);
      if (icu !== `${month}/${day}`) {
        notes.push(`${year} ${label} ${date}: ICU's Chinese calendar says ${icu} (ICU ≠ chinese-days; new moon ${moon.date} ${moon.clock} Beijing time)`);
      }
    }
    const qm = qingmingOf(year);
    const raw = chineseDays.getSolarTermDate(year, 4, 'pure_brightness');
    const astro = qingmingAstronomical(year);
    if (raw !== qm) {
      notes.push(`${year} 清明: corrected chinese-days ${raw} → ${qm} (astronomical ${astro.date} ${astro.clock} Beijing time)`);
    }
    if (astro.date !== qm) {
      warnings.push(`${year} 清明: data ${qm}, astronomical ${astro.date} ${astro.clock} Beijing time`);
    } else if (astro.margin < TERM_CLOSE) {
      notes.push(`${year} 清明 ${qm}: ${astro.clock} Beijing time, ${astro.margin.toFixed(0)} min from midnight (agrees, but close)`);
    }
  }
}

/** The law's holidays of the years both datasets cover must be official holidays. */
function checkAgainstOfficial(official: OfficialData, statutory: StatutoryData): void {
  const from = Math.max(official.years[0], statutory.years[0]);
  const to = Math.min(official.years[1], statutory.years[1]);
  for (const [kind, map] of [
    ['holiday', statutory.holidays],
    ['补假', statutory.compensatory],
  ] as const) {
    for (const [date, name] of Object.entries(map)) {
      const y = Number(date.slice(0, 4));
      if (y < from || y > to) continue;
      if (!(date in official.holidays)) fail(`statutory ${kind} ${date} (${name}) is not an official holiday`);
    }
  }
}

// ---------------------------------------------------------------------------
// compact.ts: the runtime's copy of the data.

/** A special day as the runtime sees it: the holiday name of a day off, `null` for a make-up working day. */
type Meaning = string | null;

/**
 * The special days the runtime uses, with the precedence `index.ts` applies:
 * official holidays, official make-up workdays; statutory holidays then 补假
 * only for years outside the official data, a date never listed twice. Dropped
 * because no API exposes them: the workdays' labels (`国庆节调休`), the English
 * names, the statutory/补假 distinction and the statutory days of official years.
 */
function runtimeDays(official: OfficialData, statutory: StatutoryData): { official: Map<CivilDate, Meaning>; statutory: Map<CivilDate, Meaning> } {
  const off = new Map<CivilDate, Meaning>();
  for (const [date, name] of Object.entries(official.holidays)) off.set(date, name);
  for (const date of Object.keys(official.workdays)) off.set(date, null);
  const stat = new Map<CivilDate, Meaning>();
  for (const map of [statutory.holidays, statutory.compensatory]) {
    for (const [date, name] of Object.entries(map)) {
      const y = Number(date.slice(0, 4));
      if (y >= official.years[0] && y <= official.years[1]) continue;
      if (!off.has(date) && !stat.has(date)) stat.set(date, name);
    }
  }
  return { official: off, statutory: stat };
}

/** Longest run one base-36 digit can hold. */
const MAX_RUN = 35;

/**
 * One segment per year `firstYear..lastYear` in the format of `src/calendar/decode.ts`:
 * runs `<kind><month><day>[<length>]` of consecutive days with the same meaning.
 */
function encodeDays(days: Map<CivilDate, Meaning>, firstYear: number, lastYear: number, names: readonly string[]): string[] {
  const segments: string[] = [];
  for (let y = firstYear; y <= lastYear; y++) segments.push('');
  const dates = [...days.keys()].sort();
  for (let i = 0; i < dates.length;) {
    const start = dates[i]!;
    const meaning = days.get(start)!;
    let length = 1;
    while (
      length < MAX_RUN &&
      i + length < dates.length &&
      toDayNumber(dates[i + length]!) === toDayNumber(start) + length &&
      days.get(dates[i + length]!) === meaning
    ) {
      length++;
    }
    const year = Number(start.slice(0, 4));
    if (year < firstYear || year > lastYear) fail(`compact: ${start} outside ${firstYear}–${lastYear}`);
    let kind = '+';
    if (meaning !== null) {
      const index = names.indexOf(meaning);
      if (index < 0 || index > 25) fail(`compact: no kind letter for ${meaning}`);
      kind = String.fromCharCode(65 + index);
    }
    const b36 = (n: number): string => n.toString(36);
    segments[year - firstYear] += `${kind}${b36(Number(start.slice(5, 7)))}${b36(Number(start.slice(8, 10)))}${length > 1 ? b36(length) : ''}`;
    i += length;
  }
  return segments;
}

/** Decode segments with the runtime's decoder and fail unless they give back `days` exactly. */
function checkDecodes(label: string, text: string, firstYear: number, names: readonly string[], days: Map<CivilDate, Meaning>): void {
  const decoded = new Map<CivilDate, Meaning>();
  decodeDays(text, firstYear, names, (dn, day) => {
    const date = fromDayNumber(dn);
    if (decoded.has(date)) fail(`compact ${label}: ${date} decoded twice`);
    decoded.set(date, day.working ? null : (day.name ?? fail(`compact ${label}: ${date} has no name`)));
  });
  if (decoded.size !== days.size) fail(`compact ${label}: ${decoded.size} days decoded, ${days.size} expected`);
  for (const [date, meaning] of days) {
    if (decoded.get(date) !== meaning) fail(`compact ${label}: ${date} decodes as ${String(decoded.get(date))}, expected ${String(meaning)}`);
  }
}

function buildCompact(official: OfficialData, statutory: StatutoryData): string {
  const days = runtimeDays(official, statutory);
  // Kind letters in order of first appearance.
  const names: string[] = [];
  for (const map of [days.official, days.statutory]) {
    for (const date of [...map.keys()].sort()) {
      const meaning = map.get(date)!;
      if (meaning !== null && !names.includes(meaning)) names.push(meaning);
    }
  }
  const officialSegments = encodeDays(days.official, official.years[0], official.years[1], names);
  const statutorySegments = encodeDays(days.statutory, statutory.years[0], statutory.years[1], names);
  checkDecodes('official', officialSegments.join(' '), official.years[0], names, days.official);
  checkDecodes('statutory', statutorySegments.join(' '), statutory.years[0], names, days.statutory);

  const q = (s: string): string => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  const lines = (segments: string[], firstYear: number): string =>
    segments.map((seg, i) => `  ${q(i < segments.length - 1 ? `${seg} ` : seg)}${i < segments.length - 1 ? ' +' : ';'} // ${firstYear + i}`).join('\n');
  return `// Generated by scripts/update-calendar.ts from official.json and statutory.json, do not edit.
// Regenerate: \`pnpm exec tsx scripts/update-calendar.ts\` (from packages/rules).
// Format: see ../decode.ts. One line per year; the runtime reads nothing else.

/** Data source of the official days. */
export const SOURCE = ${q(official.source)};

/** Version of the data source. */
export const VERSION = ${q(official.version)};

/** Holiday names; kind letter \`A\` is \`NAMES[0]\`, \`B\` is \`NAMES[1]\`, … */
export const NAMES: readonly string[] = [${names.map(q).join(', ')}];

/** Years of the official data (holidays and 调休): coverage \`'official'\`. */
export const OFFICIAL_YEARS: readonly [number, number] = [${official.years[0]}, ${official.years[1]}];

/** Official holidays (with names) and make-up working days, one segment per year from \`OFFICIAL_YEARS[0]\`. */
export const OFFICIAL_DAYS =
${lines(officialSegments, official.years[0])}

/** Years of the statutory data: coverage \`'statutory'\` where not official. */
export const STATUTORY_YEARS: readonly [number, number] = [${statutory.years[0]}, ${statutory.years[1]}];

/**
 * Statutory holidays and 补假 of the years outside \`OFFICIAL_YEARS\`, one segment
 * per year from \`STATUTORY_YEARS[0]\` (years the official data covers are empty).
 */
export const STATUTORY_DAYS =
${lines(statutorySegments, statutory.years[0])}
`;
}

// ---------------------------------------------------------------------------

function main(): void {
  const check = process.argv.includes('--check');
  const version = chineseDaysVersion();
  const official = buildOfficial(readChineseDaysJson(), version);
  const statutory = buildStatutory(version, LAW_FIRST_YEAR, STATUTORY_LAST_YEAR);
  checkAgainstOfficial(official, statutory);
  crossCheck(LAW_FIRST_YEAR, STATUTORY_LAST_YEAR);

  const outputs: Array<[string, string]> = [
    [officialPath, `${JSON.stringify(official, null, 2)}\n`],
    [statutoryPath, `${JSON.stringify(statutory, null, 2)}\n`],
    [compactPath, buildCompact(official, statutory)],
  ];
  let stale = false;
  for (const [path, text] of outputs) {
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      current = '';
    }
    if (current === text) {
      console.log(`unchanged ${path}`);
      continue;
    }
    stale = true;
    if (check) {
      console.log(`STALE     ${path}`);
    } else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
      console.log(`wrote     ${path}`);
    }
  }
  console.log(
    `official: chinese-days ${version}, ${official.years[0]}–${official.years[1]}, ` +
      `${Object.keys(official.holidays).length} holidays, ${Object.keys(official.workdays).length} make-up workdays`,
  );
  console.log(
    `statutory: ${statutory.years[0]}–${statutory.years[1]}, ${Object.keys(statutory.holidays).length} holidays, ` +
      `${Object.keys(statutory.compensatory).length} 补假 days`,
  );
  for (const n of notes) console.log(`note: ${n}`);
  for (const w of warnings) console.warn(`WARNING: ${w}`);
  if (check && stale) {
    console.error('calendar data is stale: run `pnpm exec tsx scripts/update-calendar.ts`');
    process.exitCode = 1;
  }
}

main();
