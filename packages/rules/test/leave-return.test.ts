/**
 * The return report (销假, issue 11 §3): follow-ups run from the actual return,
 * a later return than planned is a change of itinerary, and the form reaches the
 * CLI and JSON Schema with no code of its own there.
 */
import { describe, expect, it } from 'vitest';
import { main, type CliIo } from '../src/cli.js';
import { FIXTURES } from '../src/fixtures/index.js';
import { FORM_IDS, jsonSchema, validate, zhCN, en } from '../src/index.js';

const fx = FIXTURES.fushun.leaveReturn;
const options = { city: 'fushun', today: fx.today };

describe('leaveReturn (销假)', () => {
  it('is a form of the map, with zh-CN and en labels for every field', () => {
    expect(FORM_IDS).toContain('leaveReturn');
    const fields = Object.keys(jsonSchema('leaveReturn').properties as object);
    expect(Object.keys(zhCN.fields.leaveReturn).sort()).toEqual([...fields].sort());
    expect(Object.keys(en.fields.leaveReturn).sort()).toEqual([...fields].sort());
  });

  it('counts the written report of 抚顺 第五十五条 from the actual return, not the planned end', () => {
    const onTime = validate('leaveReturn', { ...fx.valid, actualReturnDate: '2026-11-18', returnReportDate: '' }, { ...options, today: '2026-11-20' });
    expect(onTime.derived?.followUps.map((f) => [f.id, f.due, f.done])).toEqual([['return-report', '2026-11-21', false]]);
    expect(onTime.derived?.followUps[0]?.citation).toBe('依据《抚顺市人民政府工作规则》第五十五条');
    const later = validate('leaveReturn', { ...fx.valid, actualReturnDate: '2026-11-20', itineraryChangeReported: true, returnReportDate: '' }, options);
    expect(later.derived).toMatchObject({ plannedDays: 3, actualDays: 5, daysLate: 2 });
    expect(later.derived?.followUps.map((f) => f.due)).toEqual(['2026-11-23']);
    // Due today: not yet overdue; the day after it is.
    expect(later.issues.map((i) => i.code)).toEqual([]);
    const overdue = validate(
      'leaveReturn',
      { ...fx.valid, actualReturnDate: '2026-11-20', itineraryChangeReported: true, returnReportDate: '' },
      { ...options, today: '2026-11-24' },
    );
    expect(overdue.issues.map((i) => [i.code, i.severity, i.params])).toEqual([
      ['leaveReturn.return-report-overdue', 'warning', { followUp: 'return-report', due: '2026-11-23', submitted: 'none' }],
    ]);
    expect(overdue.issues[0]?.message).toContain('回抚后书面报告');
  });

  it('binds only absences the follow-up names: 3 days or more, away, of a listed kind', () => {
    const short = validate('leaveReturn', { ...fx.valid, actualReturnDate: '2026-11-17', returnReportDate: '' }, options);
    expect(short.derived?.followUps).toEqual([]);
    const stayed = validate('leaveReturn', { ...fx.valid, leavesJurisdiction: false, returnReportDate: '' }, options);
    expect(stayed.derived?.followUps).toEqual([]);
    const annual = validate('leaveReturn', { ...fx.valid, kind: 'annual-leave', returnReportDate: '' }, options);
    expect(annual.derived?.followUps).toEqual([]);
  });

  it('reads a return later than planned as a change of itinerary (抚顺 五十四 "行程有变化，应及时补充报告")', () => {
    const late = validate('leaveReturn', { ...fx.valid, actualReturnDate: '2026-11-19', returnReportDate: '2026-11-21' }, options);
    expect(late.issues.map((i) => [i.code, i.path, i.params['later']])).toEqual([
      ['leaveReturn.itinerary-change-unreported', ['itineraryChangeReported'], true],
    ]);
    const reported = validate(
      'leaveReturn',
      { ...fx.valid, actualReturnDate: '2026-11-19', itineraryChangeReported: true, returnReportDate: '2026-11-21' },
      options,
    );
    expect(reported.issues).toEqual([]);
    // Only 抚顺's text asks for it: a later return elsewhere is no issue.
    const xianning = FIXTURES.xianning.leaveReturn;
    const elsewhere = validate('leaveReturn', { ...xianning.valid, actualReturnDate: '2026-11-19' }, { city: 'xianning', today: xianning.today });
    expect(elsewhere.ok).toBe(true);
    expect(elsewhere.issues).toEqual([]);
  });

  it('is validated and described by the CLI, with no CLI code of its own', async () => {
    const out: string[] = [];
    const io: CliIo = { stdout: (s) => out.push(s), stderr: () => {}, stdin: async () => JSON.stringify(fx.valid), readFile: async () => '' };
    expect(await main(['validate', '--form', 'leaveReturn', '--city', 'fushun', '--today', fx.today, '-'], io)).toBe(0);
    expect(JSON.parse(out.join('')).derived.followUps[0].due).toBe('2026-11-21');
    out.length = 0;
    expect(await main(['schema', '--form', 'leaveReturn', '--city', 'fushun'], io)).toBe(0);
    const schema = JSON.parse(out.join('')) as { properties: Record<string, { format?: string; enum?: string[] }> };
    expect(schema.properties['actualReturnDate']?.format).toBe('date');
    expect(schema.properties['applicantRole']?.enum).toContain('member');
  });
});
