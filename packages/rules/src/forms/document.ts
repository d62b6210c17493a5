/**
 * The document submission sheet (公文报送 / 呈批单): data model and rules.
 * @module
 */
import * as z from 'zod/mini';
import { IdSchema } from '../profile/schema.js';
import { defineRule, type RuleDef } from '../rule.js';
import {
  civilDate,
  optionalCivilDate,
  flag,
  optionId,
  optionalCount,
  optionalEnum,
  optionalOptionId,
  optionalText,
  present,
  requiredText,
  fastObject,
} from './common.js';
import type { FormModule } from './module.js';
import type { WorkingCalendar } from '../calendar/index.js';
import { isCivilDate } from '../dates.js';
import type { ResolvedProfile } from '../profile/resolve.js';
import type { Clause } from '../types.js';
import { registerCatalogue } from '../locales/index.js';
import { zhCNDocument } from '../locales/zh-CN/document.js';

// This form's zh-CN messages and labels join the catalogue when the form is loaded.
registerCatalogue('zh-CN', zhCNDocument);

/** Grounds on which a document may go to a leader personally (seed exception lists). */
export const LEADER_EXCEPTIONS = ['leader-assigned', 'top-secret', 'classified', 'major-emergency', 'foreign-affairs', 'sensitive-deliberation'] as const;
/** Grounds on which a document may skip a level. */
export const SKIP_LEVEL_GROUNDS = ['approved', 'major-emergency'] as const;
/** 公文形式: formal document vs 参阅件 / 呈阅件 / 请阅件. */
export const DOCUMENT_FORMATS = ['formal', 'reference', 'for-reading', 'please-read'] as const;
/** 密级. */
export const CLASSIFICATIONS = ['none', 'confidential', 'secret', 'top-secret'] as const;
/** 紧急程度. */
export const URGENCIES = ['normal', 'urgent', 'extra-urgent'] as const;

const CountersignerModel = z.object({
  unit: requiredText(100),
  sentOn: civilDate(),
  /** The date the unit received the document (收到文件), where the reply time counts from it. */
  receivedOn: optionalCivilDate(),
  /** The lead unit's own reply deadline ("除主办部门另有时限要求外"). */
  leadDeadline: optionalCivilDate(),
  /** A reply date agreed with the lead unit when the unit could not reply in time (商定回复时限). */
  extendedTo: optionalCivilDate(),
  replied: flag(),
  agreed: z._default(z.boolean(), true),
  reasons: optionalText(1000),
});

/** The document submission data model. */
export const DocumentModel = fastObject({
  docType: optionId(),
  title: requiredText(200),
  senderUnit: requiredText(100),
  senderKind: optionId(),
  primaryRecipients: z.array(requiredText(100)).check(z.minLength(1), z.maxLength(20)),
  copyTo: z._default(z.array(requiredText(100)).check(z.maxLength(50)), []),
  skipLevel: flag(),
  skipLevelGround: optionalEnum(SKIP_LEVEL_GROUNDS),
  bypassedCopied: flag(),
  addressedToLeader: flag(),
  leaderException: optionalEnum(LEADER_EXCEPTIONS),
  matters: z._default(z.array(requiredText(500)).check(z.maxLength(50)), []),
  reportContainsRequest: flag(),
  signatoryName: requiredText(50),
  signatoryIsHead: flag(),
  format: z._default(z.enum(DOCUMENT_FORMATS), 'formal'),
  classification: optionalEnum(CLASSIFICATIONS),
  urgency: optionalEnum(URGENCIES),
  involvesOtherUnits: flag(),
  countersigners: z._default(z.array(CountersignerModel).check(z.maxLength(50)), []),
  leadProposal: optionalText(1000),
  complex: flag(),
  withinDepartmentRemit: flag(),
  requestsGovernmentIssuance: flag(),
  normativeDocument: flag(),
  legalReview: flag(),
  integrityReview: flag(),
  fairCompetitionReview: flag(),
  isBrief: flag(),
  briefCharacters: optionalCount(10_000_000),
  signingCategory: optionalOptionId(),
});

/**
 * A document submission as the form and the server hold it.
 * @example
 * ```ts
 * const doc: Partial<DocumentSubmission> = { docType: 'request', title: '关于……的请示', primaryRecipients: ['市人民政府'] };
 * ```
 */
export type DocumentSubmission = z.output<typeof DocumentModel>;

const none = z.strictObject({});
type None = Record<string, never>;

const multiplePrimary = defineRule<DocumentSubmission, None>({
  code: 'document.multiple-primary-recipients',
  form: 'document',
  params: none,
  fields: ['primaryRecipients'],
  check: ({ data }) =>
    data.primaryRecipients && data.primaryRecipients.length > 1 ? [{ path: ['primaryRecipients'], params: { count: data.primaryRecipients.length } }] : [],
});

const skipLevel = defineRule<DocumentSubmission, { grounds: string[] }>({
  code: 'document.skip-level',
  form: 'document',
  params: z.strictObject({ grounds: z._default(z.array(z.enum(SKIP_LEVEL_GROUNDS)), ['approved']) }),
  fields: ['skipLevel', 'skipLevelGround'],
  check: ({ data, params }) =>
    data.skipLevel && !(data.skipLevelGround && params.grounds.includes(data.skipLevelGround)) ? [{ path: ['skipLevelGround'] }] : [],
});

const bypassedNotCopied = defineRule<DocumentSubmission, None>({
  code: 'document.bypassed-not-copied',
  form: 'document',
  params: none,
  fields: ['skipLevel', 'bypassedCopied'],
  check: ({ data }) => (data.skipLevel && data.bypassedCopied === false ? [{ path: ['bypassedCopied'] }] : []),
});

const requestMultipleMatters = defineRule<DocumentSubmission, None>({
  code: 'document.request-multiple-matters',
  form: 'document',
  params: none,
  fields: ['matters'],
  check: ({ data }) =>
    data.docType === 'request' && data.matters && data.matters.length > 1 ? [{ path: ['matters'], params: { count: data.matters.length } }] : [],
});

const reportContainsRequest = defineRule<DocumentSubmission, None>({
  code: 'document.report-contains-request',
  form: 'document',
  params: none,
  fields: ['reportContainsRequest'],
  check: ({ data }) => (data.docType === 'report' && data.reportContainsRequest ? [{ path: ['reportContainsRequest'] }] : []),
});

const personalAddressee = defineRule<DocumentSubmission, { exceptions: string[] }>({
  code: 'document.personal-addressee',
  form: 'document',
  params: z.strictObject({ exceptions: z.array(z.enum(LEADER_EXCEPTIONS)).check(z.minLength(1)) }),
  fields: ['addressedToLeader', 'leaderException'],
  check: ({ data, params }) =>
    data.addressedToLeader && !(data.leaderException && params.exceptions.includes(data.leaderException)) ? [{ path: ['leaderException'] }] : [],
});

const notSignedByHead = defineRule<DocumentSubmission, None>({
  code: 'document.not-signed-by-head',
  form: 'document',
  params: none,
  fields: ['signatoryName', 'signatoryIsHead'],
  check: ({ data }) => (data.signatoryIsHead === false ? [{ path: ['signatoryIsHead'] }] : []),
});

const informalForm = defineRule<DocumentSubmission, None>({
  code: 'document.informal-form',
  form: 'document',
  params: none,
  fields: ['format'],
  check: ({ data }) => (data.format && data.format !== 'formal' ? [{ path: ['format'], params: { format: data.format } }] : []),
});

const markingsMissing = defineRule<DocumentSubmission, None>({
  code: 'document.markings-missing',
  form: 'document',
  params: none,
  fields: ['classification', 'urgency'],
  check: ({ data }) => [
    ...(data.classification ? [] : [{ path: ['classification'], params: { marking: 'classification' } }]),
    ...(data.urgency ? [] : [{ path: ['urgency'], params: { marking: 'urgency' } }]),
  ],
});

/**
 * 部门内设机构除办公厅（室）外不得对外正式行文 (national 第十七条): a division of a department
 * sends in its department's name. A rule of its own, since its words and articles differ
 * from a city's list of bodies that may not write to the government.
 */
const internalBodySender = defineRule<DocumentSubmission, { kinds: string[] }>({
  code: 'document.internal-body-sender',
  form: 'document',
  params: z.strictObject({ kinds: z.array(IdSchema).check(z.minLength(1)) }),
  fields: ['senderKind'],
  labels: { kind: ['document.senderKinds'] },
  check: ({ data, params }) => (data.senderKind && params.kinds.includes(data.senderKind) ? [{ path: ['senderKind'], params: { kind: data.senderKind } }] : []),
});

const ineligibleSender = defineRule<DocumentSubmission, { kinds: string[]; via: string }>({
  code: 'document.ineligible-sender',
  form: 'document',
  params: z.strictObject({ kinds: z.array(IdSchema).check(z.minLength(1)), via: z._default(z.string().check(z.maxLength(100)), '') }),
  fields: ['senderKind'],
  labels: { kind: ['document.senderKinds'] },
  check: ({ data, params }) => (data.senderKind && params.kinds.includes(data.senderKind) ? [{ path: ['senderKind'], params: { kind: data.senderKind } }] : []),
});

const CountersignParams = z.strictObject({
  minUnits: z._default(z.int().check(z.gte(1), z.lte(10)), 1),
  /** The document types the text asks it of (咸宁 五十六 "请示性公文"); every type when absent. */
  docTypes: z.optional(z.array(IdSchema).check(z.minLength(1))),
  /** What the text asks: 征求意见 (consult) or 会签 (countersign); the message says which. */
  wording: z._default(z.enum(['consult', 'countersign']), 'countersign'),
});

const countersignMissing = defineRule<DocumentSubmission, z.output<typeof CountersignParams>>({
  code: 'document.countersign-missing',
  form: 'document',
  params: CountersignParams,
  fields: ['involvesOtherUnits', 'countersigners'],
  check: ({ data, params }) =>
    data.involvesOtherUnits &&
    data.countersigners &&
    data.countersigners.length < params.minUnits &&
    (!params.docTypes || (data.docType !== undefined && params.docTypes.includes(data.docType)))
      ? [{ path: ['countersigners'], params: { min: params.minUnits, wording: params.wording } }]
      : [],
});

const disagreementUnstated = defineRule<DocumentSubmission, None>({
  code: 'document.disagreement-unstated',
  form: 'document',
  params: none,
  fields: ['countersigners', 'leadProposal'],
  check: ({ data }) => {
    const rows = data.countersigners ?? [];
    const hits: { path: (string | number)[]; params: Record<string, string> }[] = [];
    rows.forEach((c, i) => {
      if (c.replied && !c.agreed && !present(c.reasons)) hits.push({ path: ['countersigners', i, 'reasons'], params: { target: 'row', unit: c.unit } });
    });
    if (rows.some((c) => c.replied && !c.agreed) && !present(data.leadProposal))
      hits.push({ path: ['leadProposal'], params: { target: 'proposal', unit: '' } });
    return hits;
  },
});

const departmentRemit = defineRule<DocumentSubmission, None>({
  code: 'document.department-remit',
  form: 'document',
  params: none,
  fields: ['withinDepartmentRemit', 'requestsGovernmentIssuance'],
  check: ({ data }) => (data.withinDepartmentRemit && data.requestsGovernmentIssuance ? [{ path: ['requestsGovernmentIssuance'] }] : []),
});

/** A review a 规章 or 规范性文件 needs before it is issued (华容 五十三 "政府规章和规范性文件发布前，须进行…"). */
function normativeReview(code: string, review: 'legalReview' | 'integrityReview' | 'fairCompetitionReview') {
  return defineRule<DocumentSubmission, None>({
    code,
    form: 'document',
    params: none,
    fields: ['normativeDocument', review],
    check: ({ data }) => (data.normativeDocument && data[review] === false ? [{ path: [review] }] : []),
  });
}

const briefTooLong = defineRule<DocumentSubmission, { maxCharacters: number }>({
  code: 'document.brief-too-long',
  form: 'document',
  params: z.strictObject({ maxCharacters: z.int().check(z.gte(100), z.lte(100_000)) }),
  fields: ['isBrief', 'briefCharacters'],
  check: ({ data, params }) =>
    data.isBrief && data.briefCharacters !== undefined && data.briefCharacters > params.maxCharacters
      ? [{ path: ['briefCharacters'], params: { max: params.maxCharacters, actual: data.briefCharacters } }]
      : [],
});

const rules: RuleDef<DocumentSubmission>[] = [
  multiplePrimary,
  skipLevel,
  bypassedNotCopied,
  requestMultipleMatters,
  reportContainsRequest,
  personalAddressee,
  notSignedByHead,
  informalForm,
  markingsMissing,
  ineligibleSender,
  internalBodySender,
  countersignMissing,
  disagreementUnstated,
  departmentRemit,
  normativeReview('document.legal-review-missing', 'legalReview'),
  normativeReview('document.integrity-review-missing', 'integrityReview'),
  normativeReview('document.fair-competition-review-missing', 'fairCompetitionReview'),
  briefTooLong,
];

/**
 * What the kit works out for a document submission.
 * @example
 * ```ts
 * const d: DocumentDerived = { countersign: [], signing: null };
 * ```
 */
export interface DocumentDerived {
  /** Each countersigning unit's reply deadline (working days) and its status today. */
  countersign: {
    unit: string;
    sentOn: string;
    /** The date the reply time counts from (the unit's receipt where the city's text says so and it is recorded, else `sentOn`). */
    countsFrom: string;
    due: string;
    /** Where `due` comes from: the city's working days, the lead unit's own deadline, or an agreed extension. */
    dueBasis: 'rule' | 'lead-deadline' | 'extension';
    workingDays: number;
    status: 'replied' | 'pending' | 'deemed-no-objection';
    citation: string;
  }[];
  /** Who signs (签发) for the chosen category, and who reviews first. */
  signing: { category: string; signer: string; reviewer: string | null; citation: string } | null;
}

/**
 * A countersigner's reply deadline: the day it counts from (`receivedOn` where the
 * city's text counts from 收到文件 and the row records it, else `sentOn`) plus the
 * city's working days (the longer limit for complex matters where the city has one);
 * the lead unit's own deadline replaces that, and an agreed extension replaces both.
 * Its status is as of `today` (the office's receipt date for a stored record): no
 * reply by the deadline is deemed "no objection". Null where the city sets no limit.
 * @example
 * ```ts
 * countersignDue(resolveCity('fushun'), { sentOn: '2026-09-30', replied: false }, { today: '2026-10-12', calendar: defaultCalendar });
 * // { countsFrom: '2026-09-30', due: '2026-10-10', dueBasis: 'rule', workingDays: 3, status: 'deemed-no-objection', clause: { source: 'fushun', article: '五十' } }
 * ```
 */
export function countersignDue(
  profile: ResolvedProfile,
  row: {
    sentOn: string;
    receivedOn?: string | undefined;
    leadDeadline?: string | undefined;
    extendedTo?: string | undefined;
    replied?: boolean | undefined;
  },
  options: { complex?: boolean | undefined; today: string; calendar: WorkingCalendar },
): {
  countsFrom: string;
  due: string;
  dueBasis: 'rule' | 'lead-deadline' | 'extension';
  workingDays: number;
  status: 'replied' | 'pending' | 'deemed-no-objection';
  clause: Clause;
} | null {
  const cs = profile.document.countersign;
  if (!cs || !isCivilDate(row.sentOn)) return null;
  const workingDays = options.complex && cs.complexReplyWorkingDays ? cs.complexReplyWorkingDays : cs.replyWorkingDays;
  const countsFrom = cs.countsFrom === 'received' && isCivilDate(row.receivedOn) ? row.receivedOn : row.sentOn;
  const [due, dueBasis] = isCivilDate(row.extendedTo)
    ? [row.extendedTo, 'extension' as const]
    : isCivilDate(row.leadDeadline)
      ? [row.leadDeadline, 'lead-deadline' as const]
      : [options.calendar.addWorkingDays(countsFrom, workingDays), 'rule' as const];
  const status = row.replied ? 'replied' : options.today > due ? 'deemed-no-objection' : 'pending';
  return { countsFrom, due, dueBasis, workingDays, status, clause: cs.clause };
}

/** The document form module. */
export const documentForm: FormModule<DocumentSubmission, DocumentDerived, typeof DocumentModel, typeof zhCNDocument> = {
  id: 'document',
  text: zhCNDocument,
  model: DocumentModel,
  rules,
  dateFields: ['countersigners.*.sentOn', 'countersigners.*.receivedOn', 'countersigners.*.leadDeadline', 'countersigners.*.extendedTo'],
  derivedDates: ['countersign.*.due'],
  options: (profile) => ({
    docType: profile.document.docTypes.map((d) => d.id),
    senderKind: profile.document.senderKinds.map((k) => k.id),
    signingCategory: profile.document.signing.map((s) => s.id),
  }),
  optionalByRule: [
    'format',
    'classification',
    'urgency',
    'signatoryIsHead',
    'isBrief',
    'briefCharacters',
    'complex',
    'normativeDocument',
    'legalReview',
    'integrityReview',
    'fairCompetitionReview',
    // Read by the reply deadlines (derived) where the city counts from 收到文件; the layout shows it there.
    'countersigners.receivedOn',
  ],
  derive: ({ data, profile, today, calendar, locale, cite }) => {
    const signing = data.signingCategory ? profile.document.signing.find((s) => s.id === data.signingCategory) : undefined;
    const role = (id: string) => profile.roles[id]?.[locale] ?? id;
    return {
      countersign: (data.countersigners ?? []).flatMap((c) => {
        const d = countersignDue(profile, c, { complex: data.complex, today, calendar });
        return d
          ? [
              {
                unit: c.unit,
                sentOn: c.sentOn,
                countsFrom: d.countsFrom,
                due: d.due,
                dueBasis: d.dueBasis,
                workingDays: d.workingDays,
                status: d.status,
                citation: cite(d.clause),
              },
            ]
          : [];
      }),
      signing: signing
        ? {
            category: signing.label[locale],
            signer: role(signing.signer),
            reviewer: signing.reviewer ? role(signing.reviewer) : null,
            citation: cite(signing.clause),
          }
        : null,
    };
  },
};
