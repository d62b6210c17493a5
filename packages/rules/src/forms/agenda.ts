/**
 * The agenda item submission (会议议题申报单): data model and rules.
 * @module
 */
import * as z from 'zod/mini';
import { ArticleSchema, IdSchema } from '../profile/schema.js';
import { defineRule, type RuleDef } from '../rule.js';
import { flag, optionId, optionalCivilDate, optionalText, present, requiredText, fastObject } from './common.js';
import type { FormModule } from './module.js';
import { withFormRules, type ResolvedProfile } from '../profile/resolve.js';
import { registerCatalogue } from '../locales/index.js';
import { zhCNAgenda } from '../locales/zh-CN/agenda.js';

// This form's zh-CN messages and labels join the catalogue when the form is loaded.
registerCatalogue('zh-CN', zhCNAgenda);

const ConsultationModel = z.object({
  unit: requiredText(100),
  agreed: z._default(z.boolean(), true),
  reasons: optionalText(1000),
  countersigned: flag(),
});

const AttendeeModel = z.object({ name: requiredText(50), unit: requiredText(100) });

/** Topic flags: what the item touches (each may require a review). */
export const AGENDA_TOPIC_FLAGS = [
  'normativeDocument',
  'majorDecision',
  'publicInterest',
  'majorInvestment',
  'stabilityRisk',
  'affectsLocalities',
  'affectsMarket',
] as const;

/** The agenda item data model. */
export const AgendaModel = fastObject({
  meetingKind: optionId(),
  title: requiredText(200),
  submittingUnit: requiredText(100),
  summary: optionalText(2000),
  meetingDate: optionalCivilDate(),
  leaderInCharge: optionalText(50),
  leaderApproved: flag(),
  /** Who approved the item (the leader in charge), and when. */
  leaderApprovedBy: optionalText(50),
  leaderApprovedOn: optionalCivilDate(),
  settleableBelow: flag(),
  involvesOtherUnits: flag(),
  consultations: z._default(z.array(ConsultationModel).check(z.maxLength(50)), []),
  leadProposal: optionalText(1000),
  presenterName: optionalText(50),
  presenterIsHead: flag(),
  presenterWrittenLeave: flag(),
  normativeDocument: flag(),
  majorDecision: flag(),
  publicInterest: flag(),
  majorInvestment: flag(),
  stabilityRisk: flag(),
  affectsLocalities: flag(),
  affectsMarket: flag(),
  legalReview: flag(),
  integrityReview: flag(),
  fairCompetitionReview: flag(),
  publicParticipation: flag(),
  expertReview: flag(),
  stabilityAssessment: flag(),
  localConsultation: flag(),
  specialCase: flag(),
  specialCaseReason: optionalText(500),
  /** Who agreed to the late papers as a special case, and when. */
  specialCaseBy: optionalText(50),
  specialCaseOn: optionalCivilDate(),
  attendees: z._default(z.array(AttendeeModel).check(z.maxLength(50)), []),
});

/**
 * An agenda item as the form and the server hold it.
 * @example
 * ```ts
 * const item: Partial<AgendaItem> = { meetingKind: 'standing', title: '关于……的议题', submittingUnit: '市发展改革委' };
 * ```
 */
export type AgendaItem = z.output<typeof AgendaModel>;
type TopicFlag = (typeof AGENDA_TOPIC_FLAGS)[number];

const none = z.strictObject({});

const meetingKind = defineRule<AgendaItem, Record<string, never>>({
  code: 'agenda.meeting-kind',
  form: 'agenda',
  params: none,
  fields: ['meetingKind'],
  labels: { kind: ['agenda.meetingKinds'], allowed: ['agenda.meetingKinds'] },
  check: ({ data, profile }) => {
    if (!data.meetingKind) return [];
    const kind = profile.agenda.meetingKinds.find((k) => k.id === data.meetingKind);
    if (kind?.submittable) return [];
    const allowed = profile.agenda.meetingKinds.filter((k) => k.submittable).map((k) => k.id);
    return [{ path: ['meetingKind'], params: { kind: data.meetingKind }, lists: { allowed } }];
  },
});

const withinRemit = defineRule<AgendaItem, Record<string, never>>({
  code: 'agenda.within-remit',
  form: 'agenda',
  params: none,
  fields: ['settleableBelow'],
  check: ({ data }) => (data.settleableBelow ? [{ path: ['settleableBelow'] }] : []),
});

const consultationMissing = defineRule<AgendaItem, Record<string, never>>({
  code: 'agenda.consultation-missing',
  form: 'agenda',
  params: none,
  fields: ['involvesOtherUnits', 'consultations'],
  check: ({ data }) => (data.involvesOtherUnits && data.consultations && data.consultations.length === 0 ? [{ path: ['consultations'] }] : []),
});

const disagreementUnstated = defineRule<AgendaItem, Record<string, never>>({
  code: 'agenda.disagreement-unstated',
  form: 'agenda',
  params: none,
  fields: ['consultations', 'leadProposal'],
  check: ({ data }) => {
    const hits = [];
    const rows = data.consultations ?? [];
    rows.forEach((c, i) => {
      if (!c.agreed && !present(c.reasons)) hits.push({ path: ['consultations', i, 'reasons'], params: { target: 'row', unit: c.unit } });
    });
    if (rows.some((c) => !c.agreed) && !present(data.leadProposal)) hits.push({ path: ['leadProposal'], params: { target: 'proposal', unit: '' } });
    return hits;
  },
});

/** Where the text asks the units to agree before the meeting (济宁 四十八 "与相关部门协调一致"), a unit that does not agree stops the item. */
const consensusMissing = defineRule<AgendaItem, Record<string, never>>({
  code: 'agenda.consensus-missing',
  form: 'agenda',
  params: none,
  fields: ['consultations'],
  check: ({ data }) => (data.consultations ?? []).flatMap((c, i) => (c.agreed ? [] : [{ path: ['consultations', i, 'agreed'], params: { unit: c.unit } }])),
});

const countersignMissing = defineRule<AgendaItem, Record<string, never>>({
  code: 'agenda.countersign-missing',
  form: 'agenda',
  params: none,
  fields: ['consultations', 'consultations.countersigned'],
  check: ({ data }) =>
    (data.consultations ?? []).flatMap((c, i) =>
      c.agreed && !c.countersigned ? [{ path: ['consultations', i, 'countersigned'], params: { unit: c.unit } }] : [],
    ),
});

const leaderApprovalMissing = defineRule<AgendaItem, { approver?: string | undefined }>({
  code: 'agenda.leader-approval-missing',
  form: 'agenda',
  params: z.strictObject({ approver: z.optional(IdSchema) }),
  fields: ['leaderApproved', 'leaderInCharge'],
  labels: { approver: ['roles'] },
  check: ({ data, params }) => (data.leaderApproved === false ? [{ path: ['leaderApproved'], params: { approver: params.approver ?? 'deputy' } }] : []),
});

const presenterNotHead = defineRule<AgendaItem, { writtenLeaveEscape: boolean }>({
  code: 'agenda.presenter-not-head',
  form: 'agenda',
  params: z.strictObject({ writtenLeaveEscape: z._default(z.boolean(), false) }),
  fields: ['presenterName', 'presenterIsHead', 'presenterWrittenLeave'],
  fieldsFor: (p) => ['presenterName', 'presenterIsHead', ...(p.writtenLeaveEscape ? ['presenterWrittenLeave'] : [])],
  check: ({ data, params }) =>
    data.presenterIsHead === false && !(params.writtenLeaveEscape && data.presenterWrittenLeave)
      ? [{ path: ['presenterIsHead'], params: { escape: params.writtenLeaveEscape } }]
      : [],
});

const WhenParams = z.strictObject({
  /** 'always', or the topic flags of which any one makes the review required. */
  when: z.union([z.literal('always'), z.array(z.enum(AGENDA_TOPIC_FLAGS)).check(z.minLength(1))]),
  /**
   * A trigger whose requirement another article of the same text states (e.g. a 重大决策's
   * statutory steps): the issue cites that article when this trigger is the one that applies.
   */
  articles: z.optional(z.partialRecord(z.enum(AGENDA_TOPIC_FLAGS), ArticleSchema)),
});

/**
 * A rule of the form "items that touch X need review Y done". The issue names the
 * trigger (the first of `when` the item touches, `always` when every item needs it)
 * and cites that trigger's article when the profile gives it one.
 */
function reviewRule(code: string, review: keyof AgendaItem) {
  return defineRule<AgendaItem, z.output<typeof WhenParams>>({
    code,
    form: 'agenda',
    params: WhenParams,
    fields: [review, ...AGENDA_TOPIC_FLAGS],
    fieldsFor: (p) => [review, ...(p.when === 'always' ? [] : p.when)],
    check: ({ data, params }) => {
      if (data[review] !== false) return [];
      const trigger = params.when === 'always' ? 'always' : params.when.find((f: TopicFlag) => data[f] === true);
      if (!trigger) return [];
      const article = trigger === 'always' ? undefined : params.articles?.[trigger];
      return [{ path: [review], params: { trigger }, ...(article ? { article } : {}) }];
    },
  });
}

const papersLate = defineRule<AgendaItem, { meetingKinds: string[]; workingDays: number; specialCaseEscape: boolean }>({
  code: 'agenda.papers-late',
  form: 'agenda',
  params: z.strictObject({
    meetingKinds: z.array(IdSchema).check(z.minLength(1)),
    workingDays: z.int().check(z.gte(1), z.lte(30)),
    specialCaseEscape: z._default(z.boolean(), false),
  }),
  fields: ['meetingDate', 'specialCase', 'specialCaseReason'],
  fieldsFor: (p) => ['meetingDate', ...(p.specialCaseEscape ? ['specialCase', 'specialCaseReason'] : [])],
  check: ({ data, params, today, calendar }) => {
    if (!data.meetingDate || !data.meetingKind || !params.meetingKinds.includes(data.meetingKind)) return [];
    const deadline = calendar.addWorkingDays(data.meetingDate, -params.workingDays);
    if (today <= deadline) return [];
    if (params.specialCaseEscape && data.specialCase) {
      return present(data.specialCaseReason) ? [] : [{ path: ['specialCaseReason'], params: { days: params.workingDays, deadline } }];
    }
    return [{ path: ['meetingDate'], params: { days: params.workingDays, deadline } }];
  },
});

const rules: RuleDef<AgendaItem>[] = [
  meetingKind,
  withinRemit,
  consultationMissing,
  disagreementUnstated,
  consensusMissing,
  countersignMissing,
  leaderApprovalMissing,
  presenterNotHead,
  reviewRule('agenda.legal-review-missing', 'legalReview'),
  reviewRule('agenda.integrity-review-missing', 'integrityReview'),
  reviewRule('agenda.fair-competition-review-missing', 'fairCompetitionReview'),
  reviewRule('agenda.public-participation-missing', 'publicParticipation'),
  reviewRule('agenda.expert-review-missing', 'expertReview'),
  reviewRule('agenda.stability-assessment-missing', 'stabilityAssessment'),
  reviewRule('agenda.local-consultation-missing', 'localConsultation'),
  papersLate,
];

/**
 * What the kit works out for an agenda item.
 * @example
 * ```ts
 * const d: AgendaDerived = { route: null, minutesDue: '2026-12-04', papersDeadline: null };
 * ```
 */
export interface AgendaDerived {
  /** Who reviews and decides the item, in order. */
  route: { steps: { action: string; party: string }[]; citation: string } | null;
  /** When the minutes are due, where the city sets a deadline and a meeting date is given. */
  minutesDue: { date: string; citation: string } | null;
  /** Last day the papers may reach the office, where the city sets a lead time. */
  papersDeadline: string | null;
}

/** The agenda form module. */
export const agendaForm: FormModule<AgendaItem, AgendaDerived, typeof AgendaModel, typeof zhCNAgenda> = {
  id: 'agenda',
  text: zhCNAgenda,
  model: AgendaModel,
  rules,
  dateFields: ['meetingDate', 'leaderApprovedOn', 'specialCaseOn'],
  derivedDates: ['papersDeadline', 'minutesDue.date'],
  options: () => ({}),
  consents: ['leaderApproved', 'specialCase'],
  optionalByRule: [
    'consultations.countersigned',
    'settleableBelow',
    'presenterName',
    'presenterIsHead',
    'presenterWrittenLeave',
    'integrityReview',
    'fairCompetitionReview',
    'affectsMarket',
    'specialCase',
    'specialCaseReason',
    'normativeDocument',
    'majorDecision',
    'publicInterest',
    'majorInvestment',
    'stabilityRisk',
    'affectsLocalities',
    'legalReview',
    'publicParticipation',
    'expertReview',
    'stabilityAssessment',
    'localConsultation',
  ],
  derive: ({ data, profile, calendar, locale, cite }) => {
    const kind = profile.agenda.meetingKinds.find((k) => k.id === data.meetingKind);
    const route = data.meetingKind ? profile.agenda.routes.find((r) => r.meetingKinds.includes(data.meetingKind!)) : undefined;
    const late = profile.rules['agenda.papers-late'];
    const lateParams = late?.params as { meetingKinds: string[]; workingDays: number } | undefined;
    return {
      route: route ? { steps: route.steps.map((s) => ({ action: s.action, party: s.party[locale] })), citation: cite(route.clause) } : null,
      minutesDue:
        kind?.minutesWorkingDays && data.meetingDate
          ? {
              date: calendar.addWorkingDays(data.meetingDate, kind.minutesWorkingDays),
              citation: kind.minutesArticle ? cite({ source: profile.id, article: kind.minutesArticle }) : '',
            }
          : null,
      papersDeadline:
        lateParams && data.meetingDate && data.meetingKind && lateParams.meetingKinds.includes(data.meetingKind)
          ? calendar.addWorkingDays(data.meetingDate, -lateParams.workingDays)
          : null,
    };
  },
};

/**
 * Topic flags an agenda review rule depends on in a city (for showing the flag
 * questions only where some review depends on them).
 * @example
 * ```ts
 * agendaTopicFlags(resolveCity('jining')); // ['normativeDocument', 'publicInterest', …]
 * ```
 */
export function agendaTopicFlags(profile: ResolvedProfile): string[] {
  const flags = new Set<string>();
  let rules = profile.rules;
  try {
    rules = withFormRules(profile, 'agenda', agendaForm.rules).rules; // checked here if the city resolved before this form was known
  } catch {
    // an invalid profile: its checked rules only
  }
  for (const [code, r] of Object.entries(rules)) {
    if (!code.startsWith('agenda.')) continue;
    const when = (r.params as { when?: unknown }).when;
    if (Array.isArray(when)) for (const f of when) flags.add(String(f));
  }
  return [...flags];
}
