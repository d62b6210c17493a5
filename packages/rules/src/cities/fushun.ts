import type { CityProfileInput } from '../profile/schema.js';

/**
 * 《抚顺市人民政府工作规则》 (抚政发〔2022〕8号, 2022-09-30).
 *
 * Choices written here where the seed leaves room:
 * - "提前3天" / "提前1周" are calendar days (the seed does not say working days).
 * - 五十四 "原则上副市长和与其对应的副秘书长不能同时离抚外出，确有需要，应报经市长同意":
 *   an error unless the 市长's consent is recorded (`headConsent`); only absences that
 *   leave 抚顺 pair (`awayOnly`: an absence inside the city, or another's recorded as such,
 *   is not 离抚).
 * - Roles: 五十四 treats the 副市长 and the 秘书长 apart ("离抚和休假，应事先报告市长": their
 *   route), so its 3-day and one-week notice binds the others it lists (市政府组成人员 in
 *   the sense of the rest of 第五条: the heads of the 工作部门; 副秘书长; 县（区）政府主要负责人).
 *   五十五's return report ("市政府组成人员、副秘书长和县(区)政府主要负责人离抚参加公务活动、学习
 *   培训或招商引资3日以上") draws no such line, and 第五条 counts the 副市长 and the 秘书长 among
 *   the 市政府组成人员, so it binds them too. 因公出访 is a 公务活动, so a visit abroad of 3
 *   days or more owes the report as well.
 * - 二十五 "涉及重大公共利益和公众权益、容易引发社会稳定问题的，要进行社会稳定风险评估，并采取听证会等
 *   多种形式听取各方面意见": either condition calls for both the assessment and the hearing.
 * - The statutory steps of a 重大决策 (二十二 "公众参与、专家论证、风险评估、合法性审查和集体讨论决定"): an item marked
 *   `majorDecision` needs public participation, expert review, the (social stability)
 *   risk assessment and the legality review; where a rule's own article does not speak
 *   of 重大决策, the issue cites 二十二 (`articles` in the rule's params). 集体讨论决定 is the
 *   meeting itself and 调查研究 is not something a sheet can show: not encoded.
 *   二十二 names no 重大投资, so expert review is not asked of `majorInvestment` items. The
 *   legality review of a 重大决策 cites 二十六 ("决策草案应当进行合法性审查"), that of normative
 *   documents 十九 ("严格合法性审查…行政规范性文件").
 * - 五十 "请示性公文或须市政府审批的公文，凡涉及两个以上部门职权的，须履行会签程序": the sheet can
 *   tell a 请示 apart, but not another 公文 that needs the 市政府's approval, so
 *   `document.countersign-missing` is asked of 请示 only (the rest is in the coverage matrix).
 * - 五十四 asks for a report beforehand of "离抚和休假" (副市长, 秘书长) and of "离抚外出" and
 *   年休假 (the others): an absence inside 抚顺 other than annual leave is not
 *   `leave.retroactive` (`awayOnly`, except annual leave).
 * - 七 AB角: when both are away the 负责日常工作的副市长 arranges a stand-in, so a
 *   stand-in who is away is not itself a violation here.
 *
 * @example
 * ```ts
 * import { fushun, validate } from '@city-forms/rules';
 * validate('leave', data, { city: fushun });
 * ```
 */
export const fushun = {
  id: 'fushun',
  extends: 'national',
  version: '1.0.0',
  level: 'city',
  name: { 'zh-CN': '抚顺市', en: 'Fushun' },
  source: { title: '抚顺市人民政府工作规则', docNumber: '抚政发〔2022〕8号', date: '2022-09-30', publisher: '抚顺市人民政府' },
  awayLabel: { 'zh-CN': '离抚', en: 'leaving Fushun' },
  roles: {
    head: { 'zh-CN': '市长', en: 'Mayor' },
    'executive-deputy': { 'zh-CN': '负责日常工作的副市长', en: 'Vice mayor in charge of daily work' },
    deputy: { 'zh-CN': '副市长', en: 'Vice mayor' },
    'secretary-general': { 'zh-CN': '秘书长', en: 'Secretary-general' },
    'deputy-secretary-general': { 'zh-CN': '副秘书长', en: 'Deputy secretary-general' },
    member: { 'zh-CN': '市政府组成人员', en: 'Member of the city government' },
    'county-head': { 'zh-CN': '县（区）政府主要负责人', en: 'Head of a county or district government' },
    'department-head': { 'zh-CN': '部门主要负责人', en: 'Head of a department' },
    'office-director': { 'zh-CN': '市政府办公室', en: 'General Office of the city government' },
  },
  leave: {
    applicantRoles: ['deputy', 'secretary-general', 'member', 'deputy-secretary-general', 'county-head'],
    routes: [
      {
        roles: ['deputy', 'secretary-general'],
        steps: [
          { action: 'report', party: 'head' },
          { action: 'notify', party: { 'zh-CN': '市政府其他领导同志（由市政府办公室通报）', en: 'The other city leaders (via the General Office)' } },
        ],
        article: '五十四',
      },
      {
        roles: ['member', 'deputy-secretary-general', 'county-head'],
        steps: [
          { action: 'review', party: { 'zh-CN': '分管副市长', en: 'Vice mayor in charge' } },
          { action: 'collect', party: 'secretary-general' },
          { action: 'approve', party: 'head' },
        ],
        article: '五十四',
      },
    ],
    followUps: [
      {
        id: 'return-report',
        label: { 'zh-CN': '回抚后书面报告', en: 'Written report after returning to Fushun' },
        roles: ['deputy', 'secretary-general', 'member', 'deputy-secretary-general', 'county-head'],
        kinds: ['official-trip', 'meeting', 'study', 'investment', 'visit-abroad'],
        awayOnly: true,
        minDays: 3,
        dueDays: 3,
        dayKind: 'calendar',
        article: '五十五',
      },
    ],
  },
  agenda: {
    meetingKinds: [
      { id: 'plenary', label: { 'zh-CN': '市政府全体会议', en: 'Plenary meeting' }, submittable: true, minutesWorkingDays: 3, minutesArticle: '四十四' },
      { id: 'standing', label: { 'zh-CN': '市政府常务会议', en: 'Executive meeting' }, submittable: true, minutesWorkingDays: 3, minutesArticle: '四十四' },
      { id: 'mayor-office', label: { 'zh-CN': '市长办公会议', en: "Mayor's office meeting" }, submittable: false },
      { id: 'business', label: { 'zh-CN': '市政府业务会议', en: 'Working meeting' }, submittable: false },
    ],
    routes: [
      {
        meetingKinds: ['standing'],
        steps: [
          { action: 'collect', party: 'office-director' },
          { action: 'review', party: 'secretary-general' },
          { action: 'review', party: 'executive-deputy' },
          { action: 'decide', party: 'head' },
        ],
        article: '四十',
      },
      {
        meetingKinds: ['plenary'],
        steps: [
          { action: 'collect', party: 'office-director' },
          { action: 'review', party: 'secretary-general' },
          { action: 'review', party: 'executive-deputy' },
          { action: 'decide', party: 'head' },
        ],
        article: '三十九',
      },
    ],
  },
  document: {
    countersign: { replyWorkingDays: 3, article: '五十' },
    signing: [
      {
        id: 'upward-request-report',
        label: {
          'zh-CN': '以市政府名义报省委、省政府或市委的请示、报告，涉及重大方针政策的事项',
          en: 'Requests and reports to the province or the city Party committee; major policy',
        },
        signer: 'head',
        reviewer: 'deputy',
        article: '五十一',
      },
      {
        id: 'motions-rules',
        label: { 'zh-CN': '向市人大及其常委会提出的议案，市政府发布的规章、决定、命令', en: "Motions to the People's Congress; rules, decisions and orders" },
        signer: 'head',
        reviewer: 'deputy',
        article: '五十一',
      },
      { id: 'personnel', label: { 'zh-CN': '市政府人事任免公文', en: 'Appointments and removals' }, signer: 'head', article: '五十一' },
      {
        id: 'travel-abroad',
        label: { 'zh-CN': '县（区）政府、市政府各部门主要负责人出国审批公文', en: 'Approval of travel abroad by heads of counties and departments' },
        signer: 'head',
        article: '五十一',
      },
      {
        id: 'downward',
        label: { 'zh-CN': '以市政府名义下发的公文', en: 'Documents issued downward in the name of the city government' },
        signer: 'head',
        reviewer: 'deputy',
        article: '五十一',
      },
      {
        id: 'letters-office',
        label: { 'zh-CN': '以市政府名义制发的函件，以市政府办公室名义制发的公文', en: 'Letters of the city government; documents of the General Office' },
        signer: 'deputy',
        article: '五十一',
      },
    ],
  },
  rules: {
    'leave.dates-out-of-order': { severity: 'error', article: '五十四' },
    'leave.retroactive': {
      severity: 'error',
      article: '五十四',
      params: { awayOnly: [{ roles: ['deputy', 'secretary-general', 'member', 'deputy-secretary-general', 'county-head'], exceptKinds: ['annual-leave'] }] },
    },
    'leave.notice-too-short': {
      severity: 'error',
      article: '五十四',
      params: {
        requirements: [
          { roles: ['member', 'deputy-secretary-general', 'county-head'], awayOnly: true, days: 3, dayKind: 'calendar' },
          { roles: ['member', 'deputy-secretary-general', 'county-head'], kinds: ['annual-leave'], days: 7, dayKind: 'calendar' },
        ],
        urgentEscape: false,
      },
    },
    'leave.stand-in-missing': { severity: 'error', article: '七', params: { roles: ['deputy'] } },
    'leave.paired-absence': {
      severity: 'error',
      article: '五十四',
      params: { pairs: [{ roles: ['deputy', 'deputy-secretary-general'], samePortfolio: true }], standInAway: false, escape: 'head-consent', awayOnly: true },
    },
    'leave.contact-missing': { severity: 'error', article: '五十四', params: { kinds: ['annual-leave'] } },
    // 销假: warnings, since a return report records what already happened (a late report cannot be made timely by refusing the form).
    'leaveReturn.itinerary-change-unreported': { severity: 'warning', article: '五十四', params: { awayOnly: true } },
    'leaveReturn.return-report-overdue': { severity: 'warning', article: '五十五' },

    'agenda.meeting-kind': { severity: 'error', article: '三十八' },
    'agenda.consultation-missing': { severity: 'error', article: '二十五' },
    'agenda.disagreement-unstated': { severity: 'error', article: '二十五' },
    'agenda.leader-approval-missing': { severity: 'error', article: '四十三', params: { approver: 'executive-deputy' } },
    'agenda.legal-review-missing': {
      severity: 'error',
      article: '二十六',
      params: { when: ['majorDecision', 'normativeDocument'], articles: { normativeDocument: '十九' } },
    },
    'agenda.public-participation-missing': {
      severity: 'error',
      article: '二十五',
      params: { when: ['publicInterest', 'stabilityRisk', 'majorDecision'], articles: { majorDecision: '二十二' } },
    },
    'agenda.expert-review-missing': { severity: 'error', article: '二十二', params: { when: ['majorDecision'] } },
    'agenda.stability-assessment-missing': {
      severity: 'error',
      article: '二十五',
      params: { when: ['publicInterest', 'stabilityRisk', 'majorDecision'], articles: { majorDecision: '二十二' } },
    },
    'agenda.local-consultation-missing': { severity: 'error', article: '二十五', params: { when: ['affectsLocalities'] } },

    'document.skip-level': { severity: 'error', article: '四十八', params: { grounds: ['approved'] } },
    'document.multiple-primary-recipients': { severity: 'error', article: '四十八' },
    'document.request-multiple-matters': { severity: 'error', article: '四十八' },
    'document.report-contains-request': { severity: 'error', article: '四十八' },
    'document.personal-addressee': {
      severity: 'error',
      article: '四十八',
      params: { exceptions: ['leader-assigned', 'top-secret', 'major-emergency', 'foreign-affairs'] },
    },
    'document.not-signed-by-head': { severity: 'error', article: '四十九' },
    'document.countersign-missing': { severity: 'error', article: '五十', params: { minUnits: 1, docTypes: ['request'], wording: 'countersign' } },
    'document.disagreement-unstated': { severity: 'error', article: '五十' },
    'document.department-remit': { severity: 'error', article: '五十二' },
  },
} satisfies CityProfileInput;
