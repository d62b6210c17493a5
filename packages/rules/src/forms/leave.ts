/**
 * The leave / absence report (请销假, 外出报备): data model and rules.
 * @module
 */
import * as z from 'zod/mini';
import { addDays, diffDays } from '../dates.js';
import { IdSchema } from '../profile/schema.js';
import { defineRule, type RuleDef } from '../rule.js';
import { sameText } from '../text.js';
import { civilDate, flag, optionId, optionalCivilDate, optionalPhone, optionalText, overlaps, present, requiredText, fastObject } from './common.js';
import type { FormModule } from './module.js';
import { registerCatalogue } from '../locales/index.js';
import { zhCNLeave } from '../locales/zh-CN/leave.js';

// This form's zh-CN messages and labels join the catalogue when the form is loaded.
registerCatalogue('zh-CN', zhCNLeave);

/**
 * The leave request data model. Dates are civil dates in Asia/Shanghai.
 * `portfolio` (分管领域) matches a 副市长 with his 副秘书长 for pairing rules.
 */
export const LeaveModel = fastObject({
  applicantName: requiredText(50),
  applicantRole: optionId(),
  applicantUnit: optionalText(100),
  portfolio: optionalText(100),
  kind: optionId(),
  leavesJurisdiction: flag(),
  startDate: civilDate(),
  endDate: civilDate(),
  destination: optionalText(200),
  reason: requiredText(500),
  urgent: flag(),
  urgentReason: optionalText(500),
  /** Who agreed to the urgent absence (it was reported to), and when. */
  urgentBy: optionalText(50),
  urgentOn: optionalCivilDate(),
  standInName: optionalText(50),
  contactPhone: optionalPhone(30),
  writtenMemo: flag(),
  headConsent: flag(),
  /** Who agreed to the absence at the same time (e.g. 抚顺 五十四: the 市长), and when. */
  headConsentBy: optionalText(50),
  headConsentOn: optionalCivilDate(),
});

/**
 * A leave request as the form and the server hold it.
 * @example
 * ```ts
 * const request: LeaveRequest = {
 *   applicantName: '张三', applicantRole: 'deputy-mayor', kind: 'official-trip', leavesJurisdiction: true,
 *   startDate: '2026-12-01', endDate: '2026-12-03', reason: '赴省参加会议', urgent: false,
 *   writtenMemo: false, headConsent: false,
 * };
 * ```
 */
export type LeaveRequest = z.output<typeof LeaveModel>;
type P<D> = Partial<D>;

const days = z.int().check(z.gte(0), z.lte(60));

const datesOutOfOrder = defineRule<LeaveRequest, Record<string, never>>({
  code: 'leave.dates-out-of-order',
  form: 'leave',
  params: z.strictObject({}),
  fields: ['startDate', 'endDate'],
  check: ({ data }) =>
    data.startDate && data.endDate && data.endDate < data.startDate
      ? [{ path: ['endDate'], params: { startDate: data.startDate, endDate: data.endDate } }]
      : [],
});

const RetroactiveParams = z.strictObject({
  /** Roles whose urgent absence the text lets them report as soon as they can (攀枝花 八十四 "因紧急事项临时外出的应当及时报告"). */
  urgentRoles: z._default(z.array(IdSchema), []),
  /**
   * Roles the text asks to report beforehand only when they leave the jurisdiction (咸宁 七十三
   * "部门主要负责人离咸外出，应事先报告"), except for the kinds it names whatever the place (休假).
   */
  awayOnly: z._default(z.array(z.strictObject({ roles: z.array(IdSchema).check(z.minLength(1)), exceptKinds: z._default(z.array(IdSchema), []) })), []),
});

const retroactive = defineRule<LeaveRequest, z.output<typeof RetroactiveParams>>({
  code: 'leave.retroactive',
  form: 'leave',
  params: RetroactiveParams,
  fields: ['startDate', 'urgent', 'leavesJurisdiction'],
  fieldsFor: (p) => ['startDate', ...(p.urgentRoles.length > 0 ? ['urgent'] : []), ...(p.awayOnly.length > 0 ? ['leavesJurisdiction'] : [])],
  check: ({ data, today, params }) => {
    if (!data.startDate || data.startDate >= today) return [];
    if (data.urgent && data.applicantRole && params.urgentRoles.includes(data.applicantRole)) return [];
    const role = data.applicantRole;
    if (
      !data.leavesJurisdiction &&
      role !== undefined &&
      params.awayOnly.some((s) => s.roles.includes(role) && !(data.kind !== undefined && s.exceptKinds.includes(data.kind)))
    )
      return [];
    return [{ path: ['startDate'], params: { startDate: data.startDate, today } }];
  },
});

const NoticeParams = z.strictObject({
  requirements: z
    .array(
      z.strictObject({
        roles: z.array(IdSchema).check(z.minLength(1)),
        /** Absence kinds the requirement is for; every kind when absent. */
        kinds: z.optional(z.array(IdSchema)),
        /** Only when the absence leaves the jurisdiction. */
        awayOnly: z._default(z.boolean(), false),
        days,
        dayKind: z._default(z.enum(['calendar', 'working']), 'calendar'),
      }),
    )
    .check(z.minLength(1)),
  /** The seed allows urgent cases to report as soon as possible (then a reason is required). */
  urgentEscape: z._default(z.boolean(), false),
});

/** The notice requirement that applies to a request (the most demanding match), if any. */
export function noticeRequirement(params: z.output<typeof NoticeParams>, data: P<LeaveRequest>) {
  let best: z.output<typeof NoticeParams>['requirements'][number] | undefined;
  for (const r of params.requirements) {
    if (!data.applicantRole || !r.roles.includes(data.applicantRole)) continue;
    if (r.kinds && (!data.kind || !r.kinds.includes(data.kind))) continue;
    if (r.awayOnly && !data.leavesJurisdiction) continue;
    if (!best || r.days > best.days) best = r;
  }
  return best;
}

const noticeTooShort = defineRule<LeaveRequest, z.output<typeof NoticeParams>>({
  code: 'leave.notice-too-short',
  form: 'leave',
  params: NoticeParams,
  fields: ['startDate', 'applicantRole', 'kind', 'leavesJurisdiction', 'urgent'],
  fieldsFor: (p) => ['startDate', 'applicantRole', 'kind', 'leavesJurisdiction', ...(p.urgentEscape ? ['urgent'] : [])],
  labels: { role: ['roles'] },
  check: ({ data, params, today, calendar }) => {
    if (!data.startDate || data.startDate < today) return [];
    if (params.urgentEscape && data.urgent) return [];
    const req = noticeRequirement(params, data);
    if (!req) return [];
    const earliest = req.dayKind === 'working' ? calendar.addWorkingDays(today, req.days) : addDays(today, req.days);
    if (data.startDate >= earliest) return [];
    return [
      {
        path: ['startDate'],
        params: { days: req.days, dayKind: req.dayKind, earliest, role: data.applicantRole ?? '' },
      },
    ];
  },
});

const urgentReasonMissing = defineRule<LeaveRequest, Record<string, never>>({
  code: 'leave.urgent-reason-missing',
  form: 'leave',
  params: z.strictObject({}),
  fields: ['urgent', 'urgentReason'],
  check: ({ data }) => (data.urgent && !present(data.urgentReason) ? [{ path: ['urgentReason'] }] : []),
});

const standInMissing = defineRule<LeaveRequest, { roles: string[]; awayOrKinds?: string[] | undefined }>({
  code: 'leave.stand-in-missing',
  form: 'leave',
  params: z.strictObject({
    roles: z.array(IdSchema).check(z.minLength(1)),
    /** Only for absences that leave the jurisdiction or are of these kinds (济宁 八 "出市（出访）、休假期间"); every absence when absent. */
    awayOrKinds: z.optional(z.array(IdSchema)),
  }),
  fields: ['standInName'],
  labels: { role: ['roles'] },
  check: ({ data, params }) =>
    data.applicantRole &&
    params.roles.includes(data.applicantRole) &&
    (!params.awayOrKinds || data.leavesJurisdiction || (data.kind !== undefined && params.awayOrKinds.includes(data.kind))) &&
    !present(data.standInName)
      ? [{ path: ['standInName'], params: { role: data.applicantRole } }]
      : [],
});

const PairedParams = z.strictObject({
  /** Role pairs that may not be away at the same time. */
  pairs: z._default(z.array(z.strictObject({ roles: z.tuple([IdSchema, IdSchema]), samePortfolio: z._default(z.boolean(), false) })), []),
  /** The named stand-in (AB角) may not be away at the same time. */
  standInAway: z._default(z.boolean(), false),
  /** What the seed allows instead: the head's recorded consent, or nothing. */
  escape: z._default(z.enum(['head-consent', 'none']), 'none'),
  /**
   * Only absences that leave the jurisdiction pair (抚顺 五十四 "不能同时离抚外出"): the
   * request must leave it, and another's absence recorded as in the city does not count.
   */
  awayOnly: z._default(z.boolean(), false),
});

const pairedAbsence = defineRule<LeaveRequest, z.output<typeof PairedParams>>({
  code: 'leave.paired-absence',
  form: 'leave',
  params: PairedParams,
  fields: ['startDate', 'endDate', 'standInName', 'headConsent', 'portfolio'],
  fieldsFor: (p) => [
    'startDate',
    'endDate',
    ...(p.standInAway ? ['standInName'] : []),
    ...(p.escape === 'head-consent' ? ['headConsent'] : []),
    ...(p.pairs.some((x) => x.samePortfolio) ? ['portfolio'] : []),
  ],
  labels: { role: ['roles'], head: ['roles'] },
  check: ({ data, params, context }) => {
    const { startDate, endDate, applicantRole } = data;
    if (!startDate || !endDate || endDate < startDate || !applicantRole) return [];
    if (params.escape === 'head-consent' && data.headConsent) return [];
    if (params.awayOnly && !data.leavesJurisdiction) return [];
    const hits = [];
    for (const a of context.absences ?? []) {
      if (params.awayOnly && a.leavesJurisdiction === false) continue;
      // Free text is compared as people read it: "交通" and "交\u200B通", NFC and NFD are the same words.
      if (!overlaps(startDate, endDate, a.startDate, a.endDate) || sameText(a.name, data.applicantName)) continue;
      const paired = params.pairs.some(
        (p) =>
          ((p.roles[0] === applicantRole && p.roles[1] === a.role) || (p.roles[1] === applicantRole && p.roles[0] === a.role)) &&
          (!p.samePortfolio || (present(data.portfolio) && sameText(data.portfolio, a.portfolio))),
      );
      const standIn = params.standInAway && present(data.standInName) && sameText(a.name, data.standInName);
      if (!paired && !standIn) continue;
      // Someone the person may not know about is named by role only: no name, no dates.
      const hidden = a.anonymous === true || a.name === undefined;
      hits.push({
        path: [standIn && !paired ? 'standInName' : 'startDate'],
        params: hidden
          ? { who: 'role', role: a.role, escape: params.escape, head: 'head' }
          : { who: 'person', name: a.name ?? '', role: a.role, from: a.startDate, to: a.endDate, escape: params.escape, head: 'head' },
      });
    }
    return hits;
  },
});

const contactMissing = defineRule<LeaveRequest, { kinds?: string[] | undefined }>({
  code: 'leave.contact-missing',
  form: 'leave',
  params: z.strictObject({ kinds: z.optional(z.array(IdSchema)) }),
  fields: ['contactPhone'],
  check: ({ data, params }) =>
    (!params.kinds || (data.kind && params.kinds.includes(data.kind))) && !present(data.contactPhone) ? [{ path: ['contactPhone'] }] : [],
});

const writtenMemoMissing = defineRule<LeaveRequest, { roles: string[]; kinds: string[] }>({
  code: 'leave.written-memo-missing',
  form: 'leave',
  params: z.strictObject({ roles: z.array(IdSchema).check(z.minLength(1)), kinds: z.array(IdSchema).check(z.minLength(1)) }),
  fields: ['writtenMemo'],
  labels: { role: ['roles'] },
  check: ({ data, params }) =>
    data.applicantRole && data.kind && params.roles.includes(data.applicantRole) && params.kinds.includes(data.kind) && !data.writtenMemo
      ? [{ path: ['writtenMemo'], params: { role: data.applicantRole } }]
      : [],
});

const rules: RuleDef<LeaveRequest>[] = [
  datesOutOfOrder,
  retroactive,
  noticeTooShort,
  urgentReasonMissing,
  standInMissing,
  pairedAbsence,
  contactMissing,
  writtenMemoMissing,
];

/**
 * What the kit works out for a leave request.
 * @example
 * ```ts
 * const d: LeaveDerived = { route: null, calendarDays: 3, workingDays: 3, followUps: [] };
 * ```
 */
export interface LeaveDerived {
  /** Who the request goes to, in order, for this city and role. */
  route: { steps: { action: string; party: string }[]; citation: string } | null;
  /** Length of the absence in calendar days (inclusive). */
  calendarDays: number | null;
  /** Working days the absence covers (official calendar). */
  workingDays: number | null;
  /** Duties after the return, e.g. fushun 五十五: written report within 3 days. */
  followUps: { id: string; label: string; due: string; citation: string }[];
}

/** The leave form module. */
export const leaveForm: FormModule<LeaveRequest, LeaveDerived, typeof LeaveModel, typeof zhCNLeave> = {
  id: 'leave',
  text: zhCNLeave,
  model: LeaveModel,
  rules,
  dateFields: ['startDate', 'endDate', 'urgentOn', 'headConsentOn'],
  derivedDates: ['followUps.*.due'],
  options: (profile) => ({
    applicantRole: profile.leave.applicantRoles,
    kind: profile.leave.kinds.map((k) => k.id),
  }),
  consents: ['urgent', 'headConsent'],
  optionalByRule: ['standInName', 'contactPhone', 'writtenMemo', 'headConsent', 'urgent', 'urgentReason', 'portfolio'],
  derive: ({ data, profile, calendar, locale, cite }) => {
    const { startDate, endDate, applicantRole, kind } = data;
    const ordered = startDate && endDate && endDate >= startDate;
    const route = applicantRole
      ? profile.leave.routes.find((r) => r.roles.includes(applicantRole) && (!r.kinds || (kind !== undefined && r.kinds.includes(kind))))
      : undefined;
    const calendarDays = ordered ? diffDays(startDate, endDate) + 1 : null;
    const followUps: LeaveDerived['followUps'] = [];
    if (ordered && applicantRole && kind && calendarDays !== null) {
      for (const f of profile.leave.followUps) {
        if (!f.roles.includes(applicantRole) || !f.kinds.includes(kind)) continue;
        if (f.awayOnly && !data.leavesJurisdiction) continue;
        if (calendarDays < f.minDays) continue;
        const due = f.dayKind === 'working' ? calendar.addWorkingDays(endDate, f.dueDays) : addDays(endDate, f.dueDays);
        followUps.push({ id: f.id, label: f.label[locale], due, citation: cite(f.clause) });
      }
    }
    return {
      route: route ? { steps: route.steps.map((s) => ({ action: s.action, party: s.party[locale] })), citation: cite(route.clause) } : null,
      calendarDays,
      workingDays: ordered ? calendar.workingDaysBetween(addDays(startDate, -1), endDate) : null,
      followUps,
    };
  },
};
