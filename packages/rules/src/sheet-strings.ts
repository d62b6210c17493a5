/**
 * The words of the printed sheets (titles, signature lines, footer), per locale.
 * A catalogue of their own: the sheet is an optional part of the kit, so a form's
 * bundle does not carry them unless it prints.
 * @module
 */
import type { FormId } from './types.js';

/**
 * The words of a printed sheet in one locale.
 * @example
 * ```ts
 * const s: SheetStrings = { ...SHEET_STRINGS['zh-CN'], opinion: '批示' };
 * ```
 */
export interface SheetStrings {
  /** The issuing government when the profile names no publisher: `{city}` is the city's name. */
  issuer: string;
  /** The sheet's title per form (a form without one is titled by its id). */
  titles: Partial<Record<FormId, string>>;
  /** Between the issuer and the title. */
  titleSeparator: string;
  /** Heading of the answers table (for screen readers; the table has a caption). */
  answers: string;
  /** Heading of the signature part. */
  signatures: string;
  opinion: string;
  signature: string;
  date: string;
  /** Action label of the signing step of a document (签发). */
  sign: string;
  /** Heading of the deadlines part. */
  deadlines: string;
  /** A deadline: `{label}` is what is due. */
  deadline: string;
  /** Deadline labels the sheet names itself (the leave follow-ups come with their own labels from the profile). */
  papersDue: string;
  minutesDue: string;
  countersignReply: string;
  /** The length of an absence, `{n}` calendar days and `{w}` working days. */
  absenceDays: string;
  absenceDaysLabel: string;
  /** Footer parts. */
  profile: string;
  calendar: string;
  record: string;
  submittedAt: string;
  notSubmitted: string;
  footerSeparator: string;
}

/**
 * The sheet's words in zh-CN (the default) and en.
 * @example
 * ```ts
 * SHEET_STRINGS['zh-CN'].titles.leave; // '请假（外出报备）审批单'
 * ```
 */
export const SHEET_STRINGS: Readonly<Record<string, SheetStrings>> = {
  'zh-CN': {
    issuer: '{city}人民政府',
    titles: { leave: '请假（外出报备）审批单', leaveReturn: '销假报告单', agenda: '议题申报单', document: '公文呈批单' },
    titleSeparator: ' ',
    answers: '申报内容',
    signatures: '审批意见',
    opinion: '意见',
    signature: '签字',
    date: '日期',
    sign: '签发',
    deadlines: '办理时限',
    deadline: '{label}截止',
    papersDue: '材料报送',
    minutesDue: '纪要印发',
    countersignReply: '会签回复',
    absenceDays: '{n} 天（其中工作日 {w} 天）',
    absenceDaysLabel: '外出天数',
    profile: '规则配置 {id} {version}',
    calendar: '工作日历 {source} {version}',
    record: '编号 {id}',
    submittedAt: '提交于 {at}',
    notSubmitted: '尚未提交（无编号）',
    footerSeparator: ' · ',
  },
  en: {
    issuer: "{city} People's Government",
    titles: {
      leave: 'Leave and absence approval sheet',
      leaveReturn: 'Return report sheet',
      agenda: 'Agenda item submission sheet',
      document: 'Document approval sheet',
    },
    titleSeparator: ' · ',
    answers: 'Answers',
    signatures: 'Approvals',
    opinion: 'Opinion',
    signature: 'Signature',
    date: 'Date',
    sign: 'Sign off',
    deadlines: 'Deadlines',
    deadline: '{label} due',
    papersDue: 'Papers',
    minutesDue: 'Minutes',
    countersignReply: 'Countersign reply',
    absenceDays: '{n} days ({w} working days)',
    absenceDaysLabel: 'Length of absence',
    profile: 'Profile {id} {version}',
    calendar: 'Calendar {source} {version}',
    record: 'Record {id}',
    submittedAt: 'submitted {at}',
    notSubmitted: 'Not submitted yet (no record number)',
    footerSeparator: ' · ',
  },
};
