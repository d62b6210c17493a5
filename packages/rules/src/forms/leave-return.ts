/**
 * The return report (销假): the second half of 请销假. After an absence reported on
 * the leave form, the official records the actual return date and any change of
 * itinerary; the duties that run from the return (抚顺 第五十五条: a written report
 * "回抚3日内") are computed from the actual return, not the planned one.
 *
 * This file is the form's one definition: model, rules, derived results, options,
 * its zh-CN words and its fixtures (a pure export, tree-shaken from bundles that do
 * not import it). It needs no profile section of its own: it reads the leave
 * section (`kinds`, `applicantRoles`, `followUps`), so a city that describes its
 * leave rules describes its returns too. See CONTRIBUTING.md "Adding a form".
 * @module
 */
import * as z from 'zod/mini';
import { addDays, diffDays } from '../dates.js';
import type { WorkingCalendar } from '../calendar/index.js';
import type { FormFixturesByCity } from '../fixtures/types.js';
import { registerCatalogue, type CataloguePart } from '../locales/index.js';
import type { ResolvedProfile } from '../profile/resolve.js';
import { defineRule, type RuleDef } from '../rule.js';
import type { Clause } from '../types.js';
import { civilDate, fastObject, flag, optionId, optionalCivilDate, optionalText, requiredText } from './common.js';
import type { FormModule } from './module.js';

/**
 * The zh-CN part of the return report: rule messages and field labels.
 * @example
 * ```ts
 * zhCNLeaveReturn.fields.leaveReturn.actualReturnDate; // '实际返回日期'
 * ```
 */
export const zhCNLeaveReturn = {
  codes: {
    'leaveReturn.itinerary-change-unreported': {
      title: '行程变化未补充报告',
      message:
        '{later, select, true {实际返回日期（{actualReturnDate}）晚于原定结束日期（{plannedEndDate}），} other {}}外出期间行程有变化的，应及时补充报告；请确认已补充报告',
    },
    'leaveReturn.return-report-overdue': {
      title: '返回后书面报告逾期',
      message: '{followUp}应于{due}前完成{submitted, select, none {，现已逾期} other {，实际于{submitted}报送}}',
    },
  },
  fields: {
    leaveReturn: {
      applicantName: '申请人姓名',
      applicantRole: '职务',
      applicantUnit: '所在单位',
      leaveReference: '请假单编号',
      kind: '外出事由类别',
      leavesJurisdiction: '是否离开本行政区域',
      startDate: '外出开始日期',
      plannedEndDate: '原定结束日期',
      actualReturnDate: '实际返回日期',
      itineraryChanged: '行程有变化',
      itineraryChange: '行程变化情况',
      itineraryChangeReported: '已及时补充报告行程变化',
      returnReportDate: '书面报告报送日期',
    },
  },
} as const satisfies CataloguePart;

// This form's zh-CN messages and labels join the catalogue when the form is loaded.
registerCatalogue('zh-CN', zhCNLeaveReturn);

/**
 * The return report's data model. Dates are civil dates in Asia/Shanghai.
 * `startDate` and `plannedEndDate` repeat the leave request's; `actualReturnDate`
 * is the day the official was back.
 */
export const LeaveReturnModel = fastObject({
  applicantName: requiredText(50),
  applicantRole: optionId(),
  applicantUnit: optionalText(100),
  leaveReference: optionalText(60),
  kind: optionId(),
  leavesJurisdiction: flag(),
  startDate: civilDate(),
  plannedEndDate: civilDate(),
  actualReturnDate: civilDate(),
  itineraryChanged: flag(),
  itineraryChange: optionalText(500),
  itineraryChangeReported: flag(),
  returnReportDate: optionalCivilDate(),
});

/**
 * A return report as the form and the server hold it.
 * @example
 * ```ts
 * const r: LeaveReturn = {
 *   applicantName: '李明', applicantRole: 'member', kind: 'official-trip', leavesJurisdiction: true,
 *   startDate: '2026-11-16', plannedEndDate: '2026-11-18', actualReturnDate: '2026-11-20',
 *   itineraryChanged: true, itineraryChangeReported: true,
 * };
 * ```
 */
export type LeaveReturn = z.output<typeof LeaveReturnModel>;
type P = Partial<LeaveReturn>;

/** Whether the return came later than planned, or the report says the itinerary changed. */
const changed = (d: P): boolean => d.itineraryChanged === true || (!!d.actualReturnDate && !!d.plannedEndDate && d.actualReturnDate > d.plannedEndDate);

const ChangeParams = z.strictObject({
  /** Only when the absence left the jurisdiction (抚顺 "离抚期间如行程有变化"). */
  awayOnly: z._default(z.boolean(), true),
});

const itineraryChangeUnreported = defineRule<LeaveReturn, z.output<typeof ChangeParams>>({
  code: 'leaveReturn.itinerary-change-unreported',
  form: 'leaveReturn',
  params: ChangeParams,
  fields: ['itineraryChanged', 'itineraryChange', 'itineraryChangeReported'],
  check: ({ data, params }) => {
    if (params.awayOnly && !data.leavesJurisdiction) return [];
    if (!changed(data) || data.itineraryChangeReported) return [];
    const later = !!data.actualReturnDate && !!data.plannedEndDate && data.actualReturnDate > data.plannedEndDate;
    return [
      {
        path: ['itineraryChangeReported'],
        params: { later, plannedEndDate: data.plannedEndDate ?? '', actualReturnDate: data.actualReturnDate ?? '' },
      },
    ];
  },
});

/**
 * A duty after the return that applies to a report, with its due date counted
 * from the actual return.
 */
export interface DueFollowUp {
  id: string;
  label: ResolvedProfile['leave']['followUps'][number]['label'];
  due: string;
  clause: Clause;
}

/**
 * The follow-ups of the profile's leave section that bind this return: by role,
 * kind, leaving the jurisdiction and the actual length of the absence (inclusive),
 * each due a number of calendar or working days after the actual return.
 * @example
 * ```ts
 * dueFollowUps(resolveCity('fushun'), report, defaultCalendar)[0]?.due; // '2026-11-23'
 * ```
 */
export function dueFollowUps(profile: ResolvedProfile, data: P, calendar: Pick<WorkingCalendar, 'addWorkingDays'>): DueFollowUp[] {
  const { applicantRole: role, kind, startDate, actualReturnDate: back } = data;
  if (!role || !kind || !startDate || !back || back < startDate) return [];
  const days = diffDays(startDate, back) + 1;
  const out: DueFollowUp[] = [];
  for (const f of profile.leave.followUps) {
    if (!f.roles.includes(role) || !f.kinds.includes(kind) || (f.awayOnly && !data.leavesJurisdiction) || days < f.minDays) continue;
    const due = f.dayKind === 'working' ? calendar.addWorkingDays(back, f.dueDays) : addDays(back, f.dueDays);
    out.push({ id: f.id, label: f.label, due, clause: f.clause });
  }
  return out;
}

const reportOverdue = defineRule<LeaveReturn, Record<string, never>>({
  code: 'leaveReturn.return-report-overdue',
  form: 'leaveReturn',
  params: z.strictObject({}),
  fields: ['returnReportDate'],
  labels: { followUp: ['leave.followUps'] },
  check: ({ data, profile, today, calendar }) =>
    dueFollowUps(profile, data, calendar).flatMap((f) => {
      const submitted = data.returnReportDate;
      if (submitted ? submitted <= f.due : today <= f.due) return [];
      return [{ path: ['returnReportDate'], params: { followUp: f.id, due: f.due, submitted: submitted ?? 'none' } }];
    }),
});

const rules: RuleDef<LeaveReturn>[] = [itineraryChangeUnreported, reportOverdue];

/**
 * What the kit works out for a return report.
 * @example
 * ```ts
 * const d: LeaveReturnDerived = { plannedDays: 3, actualDays: 5, daysLate: 2, followUps: [] };
 * ```
 */
export interface LeaveReturnDerived {
  /** Length of the absence as reported, in calendar days (inclusive). */
  plannedDays: number | null;
  /** Length of the absence as it was, in calendar days (inclusive). */
  actualDays: number | null;
  /** Days the return came after the planned end (negative: earlier). */
  daysLate: number | null;
  /** Duties after the return, due from the actual return date (e.g. 抚顺 五十五), and whether the report records them done. */
  followUps: { id: string; label: string; due: string; done: boolean; citation: string }[];
}

const span = (from: string | undefined, to: string | undefined): number | null => (from && to && to >= from ? diffDays(from, to) + 1 : null);

/** The return report form module. */
export const leaveReturnForm: FormModule<LeaveReturn, LeaveReturnDerived, typeof LeaveReturnModel, typeof zhCNLeaveReturn> = {
  id: 'leaveReturn',
  text: zhCNLeaveReturn,
  model: LeaveReturnModel,
  rules,
  dateFields: ['startDate', 'plannedEndDate', 'actualReturnDate', 'returnReportDate'],
  derivedDates: ['followUps.*.due'],
  options: (profile) => ({
    applicantRole: profile.leave.applicantRoles,
    kind: profile.leave.kinds.map((k) => k.id),
  }),
  // The change of itinerary is recorded everywhere; confirming it was reported, and the written report's date, only where a rule reads them.
  optionalByRule: ['itineraryChangeReported', 'returnReportDate'],
  derive: ({ data, profile, calendar, locale, cite }) => ({
    plannedDays: span(data.startDate, data.plannedEndDate),
    actualDays: span(data.startDate, data.actualReturnDate),
    daysLate: data.plannedEndDate && data.actualReturnDate ? diffDays(data.plannedEndDate, data.actualReturnDate) : null,
    followUps: dueFollowUps(profile, data, calendar).map((f) => ({
      id: f.id,
      label: f.label[locale],
      due: f.due,
      done: data.returnReportDate !== undefined && data.returnReportDate <= f.due,
      citation: cite(f.clause),
    })),
  }),
};

const today = '2026-11-23';
const back = (city: Pick<LeaveReturn, 'applicantName' | 'applicantRole' | 'applicantUnit'>): z.input<typeof LeaveReturnModel> => ({
  ...city,
  kind: 'official-trip',
  leavesJurisdiction: true,
  startDate: '2026-11-16',
  plannedEndDate: '2026-11-18',
  actualReturnDate: '2026-11-18',
});
const fushunBack = { ...back({ applicantName: '李明', applicantRole: 'member', applicantUnit: '市发展和改革委员会' }), returnReportDate: '2026-11-20' };

/**
 * The return report's fixtures by city (the format of `@city-forms/rules/fixtures`):
 * a valid report and one violation per rule, quoting the article. Read through
 * `FIXTURES[city].leaveReturn`.
 * @example
 * ```ts
 * leaveReturnFixtures.fushun.violations['leaveReturn.return-report-overdue']?.article; // '五十五'
 * ```
 */
export const leaveReturnFixtures: FormFixturesByCity<'leaveReturn'> = {
  xianning: { today, valid: back({ applicantName: '陈志刚', applicantRole: 'department-head', applicantUnit: '咸宁市发展和改革委员会' }), violations: {} },
  fushun: {
    today,
    valid: fushunBack,
    violations: {
      'leaveReturn.itinerary-change-unreported': {
        data: { ...fushunBack, actualReturnDate: '2026-11-19', itineraryChanged: true, itineraryChange: '会议延期一天' },
        severity: 'warning',
        article: '五十四',
        quote: '离抚期间如行程有变化',
        path: ['itineraryChangeReported'],
      },
      'leaveReturn.return-report-overdue': {
        data: { ...fushunBack, returnReportDate: '' },
        severity: 'warning',
        article: '五十五',
        quote: '以书面形式向市政府报告',
        path: ['returnReportDate'],
      },
    },
  },
  panzhihua: { today, valid: back({ applicantName: '杨建国', applicantRole: 'deputy', applicantUnit: '攀枝花市人民政府' }), violations: {} },
  huarong: { today, valid: back({ applicantName: '陈志刚', applicantRole: 'department-head', applicantUnit: '华容区发展和改革局' }), violations: {} },
  jining: { today, valid: back({ applicantName: '孔庆伟', applicantRole: 'department-head', applicantUnit: '济宁市发展和改革委员会' }), violations: {} },
};
