/**
 * Interface strings of the React kit (labels of buttons, notices, headings), by
 * locale. Every one can be overridden through the `messages` prop. Rule and field
 * messages come from `@city-forms/rules`' catalogues.
 * @module
 */
import type { Locale } from '@city-forms/rules/core';

/** The zh-CN interface strings (the reference: `en` has the same keys). */
export const uiZhCN = {
  errorSummaryTitle: '有以下问题',
  errorTitlePrefix: '错误：',
  warningsTitle: '请注意',
  submit: '继续',
  checkTitle: '核对您的信息',
  checkDescription: '提交前请核对以下信息，如需修改请点击“修改”。',
  change: '修改',
  notProvided: '未填写',
  confirm: '确认提交',
  cancel: '返回修改',
  submitting: '正在提交…',
  submitted: '已提交',
  submitFailed: '提交未成功，您填写的内容均已保留，请稍后重试：',
  print: '打印',
  draftRestored: '已恢复您上次未提交的草稿。',
  discardDraft: '放弃草稿',
  draftUnavailable: '浏览器存储不可用，草稿不会自动保存。',
  draftExpired: '您上次未提交的草稿已过期，已被删除。',
  draftVersionChanged: '本市表单规则已更新，您上次未提交的草稿不再适用，已被删除。',
  formCrashed: '表单无法显示，可能是保存的草稿已损坏。',
  formCrashedReset: '放弃草稿并重新加载表单',
  contextFailed: '暂时无法核对他人外出情况，提交时将由审核人员核对：',
  contextLoading: '正在核对他人外出情况…',
  add: '添加',
  remove: '删除',
  moveUp: '上移',
  moveDown: '下移',
  row: '第{n}项',
  yes: '是',
  no: '否',
  /** Between the entries of a list answer (punctuation belongs to the locale). */
  listSeparator: '；',
  /** Around a citation after a message. */
  citationOpen: '（',
  citationClose: '）',
  requiredMark: '（必填）',
  optionalMark: '（选填）',
  choose: '请选择',
  dateHint: '格式：年-月-日，如 2026-12-01',
  derivedTitle: '办理信息',
  route: '报批流程',
  followUps: '后续事项',
  minutesDue: '会议纪要印发时限',
  papersDeadline: '材料报送截止',
  countersignDeadlines: '会签回复时限',
  signing: '签发',
  reviewer: '审核',
  due: '截止',
  calendarDays: '外出天数',
  workingDays: '其中工作日',
  days: '{n}天',
  deadlineHint: '回复时限：{due}（{days}个工作日）{status}',
  leaveSheetTitle: '请假（外出报备）单',
  agendaSheetTitle: '会议议题申报单',
  documentSheetTitle: '公文呈批单',
  sectionApplicant: '申请人',
  sectionAbsence: '外出安排',
  sectionArrangements: '工作安排',
  sectionMeeting: '会议',
  sectionItem: '议题',
  sectionConsultation: '协商会签',
  sectionTopic: '议题性质',
  sectionReviews: '前置程序',
  sectionPresenter: '汇报',
  sectionAttendees: '列席人员',
  sectionDocument: '公文',
  sectionRouting: '行文',
  sectionSigning: '签发',
  sectionCountersign: '会签',
  sectionBrief: '简报',
  sectionMarkings: '标注',
} as const;

/**
 * The interface strings' keys.
 * @example
 * ```ts
 * const key: UiKey = 'errorSummaryTitle';
 * ```
 */
export type UiKey = keyof typeof uiZhCN;
/**
 * A full set of interface strings.
 * @example
 * ```ts
 * const strings: UiStrings = { ...uiZhCN, submit: '下一步' };
 * ```
 */
export type UiStrings = Record<UiKey, string>;

/**
 * The interface strings of a locale, with overrides applied.
 * @example
 * ```ts
 * uiStrings('en', { submit: 'Next' }).submit; // 'Next'
 * ```
 */
export function uiStrings(locale: Locale, overrides?: Partial<UiStrings>): UiStrings {
  return { ...(loaded[locale] ?? uiZhCN), ...overrides };
}

const loaded: Partial<Record<Locale, UiStrings>> = {};

/**
 * Make a locale's interface strings available (what `@city-forms/react/locales/en`
 * does on import; zh-CN is always there).
 * @example
 * ```ts
 * registerUiLocale('en', uiEn);
 * ```
 */
export function registerUiLocale(locale: Locale, strings: UiStrings): void {
  loaded[locale] = strings;
}
