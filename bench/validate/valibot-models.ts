/**
 * LeaveModel and AgendaModel of @city-forms/rules written in valibot: same fields,
 * same trimming, lengths, defaults, empty-string-as-absent and the same civil-date
 * check (the rules package's own isCivilDate).
 */
import { isCivilDate } from '@city-forms/rules';
import * as v from 'valibot';

const requiredText = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));
const optionalText = (max: number) =>
  v.pipe(
    v.optional(v.pipe(v.string(), v.trim(), v.maxLength(max))),
    v.transform((x) => (x === '' ? undefined : x)),
  );
const civilDate = () =>
  v.pipe(
    v.string(),
    v.check((x: string) => isCivilDate(x), 'invalid date'),
  );
const optionalCivilDate = () =>
  v.pipe(
    v.optional(
      v.pipe(
        v.string(),
        v.check((x: string) => x === '' || isCivilDate(x), 'invalid date'),
      ),
    ),
    v.transform((x) => (x === '' ? undefined : x)),
  );
const optionId = () => v.pipe(v.string(), v.minLength(1), v.maxLength(40));
const flag = () => v.optional(v.boolean(), false);

export const LeaveModelV = v.object({
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
  standInName: optionalText(50),
  contactPhone: optionalText(30),
  writtenMemo: flag(),
  headConsent: flag(),
});

const ConsultationV = v.object({
  unit: requiredText(100),
  agreed: v.optional(v.boolean(), true),
  reasons: optionalText(1000),
  countersigned: flag(),
});
const AttendeeV = v.object({ name: requiredText(50), unit: requiredText(100) });

export const AgendaModelV = v.object({
  meetingKind: optionId(),
  title: requiredText(200),
  submittingUnit: requiredText(100),
  summary: optionalText(2000),
  meetingDate: optionalCivilDate(),
  leaderInCharge: optionalText(50),
  leaderApproved: flag(),
  settleableBelow: flag(),
  involvesOtherUnits: flag(),
  consultations: v.optional(v.pipe(v.array(ConsultationV), v.maxLength(50)), []),
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
  attendees: v.optional(v.pipe(v.array(AttendeeV), v.maxLength(50)), []),
});
