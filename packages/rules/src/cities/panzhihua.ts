import type { CityProfileInput } from '../profile/schema.js';

/**
 * 《攀枝花市人民政府工作规则》 (攀府发〔2019〕6号, 2019-05-24).
 *
 * Choices written here where the seed leaves room:
 * - 八十四 "提前 1 天报告" is a calendar day (the seed does not say 工作日). It binds the
 *   副市长 (the 负责常务工作的副市长 included) and the 秘书长 when they leave the city
 *   (离攀外出); "因紧急事项临时外出的应当及时报告" is the escape (`urgentEscape`), so a
 *   request marked urgent clears the lead time but must then give its reason.
 * - 八十四 "应提前…报告" also makes a request dated in the past an error
 *   (`leave.retroactive`), except for the 副市长 and the 秘书长 whose absence is urgent:
 *   "因紧急事项临时外出的应当及时报告" is reported afterwards, with its reason. Inside the
 *   city only a private absence ("因私离岗须向市长请假") is asked beforehand of them; the
 *   部门主要负责人 only for "离攀外出" (`awayOnly`).
 * - 八十四 "市长与负责常务工作的副市长一般不同时外出": 一般 with no escape, so a warning.
 * - 八十四 "外出期间代行其职责的领导应向市政府办公室备案": the 市长, the 副市长 and the
 *   秘书长 must name who acts for them (十: the 负责常务工作的副市长 acts for the 市长;
 *   六十一: AB角 between 副市长). 六十一 lets the 市政府办公室 arrange someone else when
 *   both AB角 are away, so an absent stand-in is not itself a violation.
 * - 八十四 "外出开会、汇报、沟通、对接工作的，需将外出情况形成书面材料以签报形式报市政府"
 *   is read as binding the 市政府各部门主要负责人 of the preceding sentence, for the
 *   kinds 参加会议 and 公务出差 (汇报、沟通、对接).
 * - 副市长、秘书长 "因私离岗须向市长请假": a separate route for the private absence kinds.
 * - 四十: 全体会议 and 常务会议 are the meeting system and take submitted items (二十八,
 *   二十九, 四十二); 市长办公会议 and 专题会议 are convened by leaders "根据工作需要" and
 *   take no submitted items. The seed sets no minutes deadline.
 * - 四十二: an item reaches the 常务会议 after a 副市长 or the 秘书长 has coordinated or
 *   reviewed it (the 市长 may also set it directly, which the form does not cover), so an
 *   item the leader in charge has not approved is an error.
 * - 二十九 "涉及重大公共利益和公众权益、容易引发社会稳定问题的，要进行社会稳定风险评估，
 *   并采取听证会等多种形式听取各方面意见": either condition calls for both the stability
 *   assessment and the public participation.
 * - The statutory steps of a 重大决策 (二十七 "公众参与、专家论证、风险评估、合法性审查、集体讨论决定"): an item marked
 *   `majorDecision` needs public participation, expert review, the (social stability)
 *   risk assessment and the legality review; where a rule's own article does not speak
 *   of 重大决策, the issue cites 二十七 (`articles` in the rule's params). 集体讨论决定 is the
 *   meeting itself and 调查研究 is not something a sheet can show: not encoded.
 *   The legality review of a 重大决策 cites 二十九 ("进行合法性…论证评估"); normative documents
 *   need it under 二十三 ("严格遵守法定权限和履行合法性审查等规定程序").
 * - 四十九 "报送市政府的请示性公文，内容涉及其他部门、地方职权的…会签或联合报市政府审批": the
 *   countersigning is asked of 请示 only.
 * - 四十八 "一般不得直接向市政府领导同志个人报送公文" lists its exceptions: an error unless
 *   one of them is recorded.
 *
 * @example
 * ```ts
 * import { panzhihua, validate } from '@city-forms/rules';
 * validate('leave', data, { city: panzhihua });
 * ```
 */
export const panzhihua = {
  id: 'panzhihua',
  extends: 'national',
  version: '1.0.0',
  level: 'city',
  name: { 'zh-CN': '攀枝花市', en: 'Panzhihua' },
  source: { title: '攀枝花市人民政府工作规则', docNumber: '攀府发〔2019〕6号', date: '2019-05-24', publisher: '攀枝花市人民政府' },
  awayLabel: { 'zh-CN': '离攀', en: 'leaving Panzhihua' },
  roles: {
    head: { 'zh-CN': '市长', en: 'Mayor' },
    'executive-deputy': { 'zh-CN': '负责常务工作的副市长', en: 'Executive vice mayor' },
    deputy: { 'zh-CN': '副市长', en: 'Vice mayor' },
    'secretary-general': { 'zh-CN': '秘书长', en: 'Secretary-general' },
    'deputy-secretary-general': { 'zh-CN': '副秘书长', en: 'Deputy secretary-general' },
    member: { 'zh-CN': '市政府组成人员', en: 'Member of the city government' },
    'county-head': { 'zh-CN': '县（区）政府主要负责人', en: 'Head of a county or district government' },
    'department-head': { 'zh-CN': '市政府各部门主要负责人', en: 'Head of a city government department' },
    'office-director': { 'zh-CN': '市政府办公室主任', en: 'Director of the General Office' },
    'unit-head': { 'zh-CN': '主办单位主要负责人', en: 'Head of the lead unit' },
  },
  leave: {
    applicantRoles: ['head', 'executive-deputy', 'deputy', 'secretary-general', 'department-head'],
    routes: [
      {
        roles: ['head'],
        steps: [{ action: 'file', party: { 'zh-CN': '市政府办公室', en: 'General Office of the city government' } }],
        article: '八十四',
      },
      {
        roles: ['executive-deputy', 'deputy', 'secretary-general'],
        kinds: ['personal', 'annual-leave', 'sick', 'family-visit'],
        steps: [
          { action: 'approve', party: 'head' },
          { action: 'file', party: { 'zh-CN': '市政府办公室', en: 'General Office of the city government' } },
        ],
        article: '八十四',
      },
      {
        roles: ['executive-deputy'],
        steps: [
          { action: 'report', party: 'head' },
          { action: 'file', party: { 'zh-CN': '市政府办公室', en: 'General Office of the city government' } },
        ],
        article: '八十四',
      },
      {
        roles: ['deputy', 'secretary-general'],
        steps: [
          { action: 'report', party: { 'zh-CN': '市长或负责常务工作的副市长', en: 'The Mayor or the executive vice mayor' } },
          { action: 'file', party: { 'zh-CN': '市政府办公室', en: 'General Office of the city government' } },
        ],
        article: '八十四',
      },
      {
        roles: ['department-head'],
        steps: [
          { action: 'approve', party: { 'zh-CN': '市政府分管领导', en: 'The city leader in charge' } },
          { action: 'approve', party: { 'zh-CN': '按照市委有关规定报批', en: "As the city Party committee's rules require" } },
        ],
        article: '八十四',
      },
    ],
  },
  agenda: {
    meetingKinds: [
      { id: 'plenary', label: { 'zh-CN': '市政府全体会议', en: 'Plenary meeting' }, submittable: true },
      { id: 'standing', label: { 'zh-CN': '市政府常务会议', en: 'Executive meeting' }, submittable: true },
      { id: 'mayor-office', label: { 'zh-CN': '市长办公会议', en: "Mayor's office meeting" }, submittable: false },
      { id: 'topic', label: { 'zh-CN': '市政府专题会议', en: 'Special-topic meeting' }, submittable: false },
    ],
    routes: [
      {
        meetingKinds: ['standing'],
        steps: [
          {
            action: 'review',
            party: {
              'zh-CN': '副市长或秘书长（协调或审核，提出书面建议）',
              en: 'A vice mayor or the secretary-general (coordinates or reviews, proposes in writing)',
            },
          },
          { action: 'decide', party: 'head' },
        ],
        article: '四十二',
      },
    ],
  },
  document: {
    countersign: { replyWorkingDays: 7, article: '四十九' },
    signing: [
      {
        id: 'upward',
        label: { 'zh-CN': '市政府报省政府和市委的文件', en: 'Documents to the provincial government and the city Party committee' },
        signer: 'head',
        article: '五十一',
      },
      {
        id: 'motions',
        label: { 'zh-CN': '向市人民代表大会及其常务委员会提出的议案', en: "Motions to the city People's Congress and its standing committee" },
        signer: 'head',
        article: '五十一',
      },
      {
        id: 'rules-decisions-orders',
        label: { 'zh-CN': '市政府发布的规章、决定、命令', en: 'Rules, decisions and orders of the city government' },
        signer: 'head',
        article: '五十一',
      },
      { id: 'personnel', label: { 'zh-CN': '人事任免文件', en: 'Appointments and removals' }, signer: 'head', article: '五十一' },
      {
        id: 'support-requests',
        label: { 'zh-CN': '商请支持、协调解决我市经济社会发展重要事项的文件', en: 'Requests for support on major development matters' },
        signer: 'head',
        article: '五十一',
      },
      {
        id: 'other',
        label: {
          'zh-CN': '其他以市政府（含市政府授权市政府办公室）发文',
          en: 'Other documents in the name of the city government or its authorised General Office',
        },
        signer: 'deputy',
        article: '五十一',
      },
      { id: 'routine', label: { 'zh-CN': '事务性文件', en: 'Routine documents' }, signer: 'secretary-general', article: '五十一' },
      {
        id: 'meeting-minutes',
        label: { 'zh-CN': '市政府全体会议、常务会议纪要', en: 'Minutes of plenary and executive meetings' },
        signer: 'head',
        article: '四十三',
      },
      {
        id: 'work-schedules',
        label: { 'zh-CN': '季度重点工作和月度工作安排', en: 'Quarterly priorities and monthly work schedules' },
        signer: 'head',
        article: '五十四',
      },
    ],
  },
  rules: {
    'leave.dates-out-of-order': { severity: 'error', article: '八十四' },
    'leave.retroactive': {
      severity: 'error',
      article: '八十四',
      params: {
        urgentRoles: ['executive-deputy', 'deputy', 'secretary-general'],
        awayOnly: [
          { roles: ['executive-deputy', 'deputy', 'secretary-general'], exceptKinds: ['annual-leave', 'personal', 'sick', 'family-visit'] },
          { roles: ['department-head'] },
        ],
      },
    },
    'leave.notice-too-short': {
      severity: 'error',
      article: '八十四',
      params: {
        requirements: [{ roles: ['executive-deputy', 'deputy', 'secretary-general'], awayOnly: true, days: 1, dayKind: 'calendar' }],
        urgentEscape: true,
      },
    },
    'leave.urgent-reason-missing': { severity: 'error', article: '八十四' },
    'leave.stand-in-missing': { severity: 'error', article: '八十四', params: { roles: ['head', 'executive-deputy', 'deputy', 'secretary-general'] } },
    'leave.paired-absence': {
      severity: 'warning',
      article: '八十四',
      params: { pairs: [{ roles: ['head', 'executive-deputy'], samePortfolio: false }], standInAway: false, escape: 'none' },
    },
    'leave.written-memo-missing': { severity: 'error', article: '八十四', params: { roles: ['department-head'], kinds: ['meeting', 'official-trip'] } },

    'agenda.meeting-kind': { severity: 'error', article: '四十' },
    'agenda.consultation-missing': { severity: 'error', article: '二十九' },
    'agenda.leader-approval-missing': { severity: 'error', article: '四十二', params: { approver: 'deputy' } },
    'agenda.legal-review-missing': {
      severity: 'error',
      article: '二十九',
      params: { when: ['majorDecision', 'normativeDocument'], articles: { normativeDocument: '二十三' } },
    },
    'agenda.public-participation-missing': {
      severity: 'error',
      article: '二十九',
      params: { when: ['publicInterest', 'stabilityRisk', 'majorDecision'], articles: { majorDecision: '二十七' } },
    },
    'agenda.expert-review-missing': { severity: 'error', article: '二十七', params: { when: ['majorDecision'] } },
    'agenda.stability-assessment-missing': {
      severity: 'error',
      article: '二十九',
      params: { when: ['publicInterest', 'stabilityRisk', 'majorDecision'], articles: { majorDecision: '二十七' } },
    },
    'agenda.local-consultation-missing': { severity: 'error', article: '二十九', params: { when: ['affectsLocalities'] } },

    'document.skip-level': { severity: 'error', article: '四十七', params: { grounds: ['approved', 'major-emergency'] } },
    'document.bypassed-not-copied': { severity: 'error', article: '四十七' },
    'document.multiple-primary-recipients': { severity: 'error', article: '四十七' },
    'document.request-multiple-matters': { severity: 'error', article: '四十七' },
    'document.report-contains-request': { severity: 'error', article: '四十七' },
    'document.personal-addressee': {
      severity: 'error',
      article: '四十八',
      params: { exceptions: ['leader-assigned', 'sensitive-deliberation', 'classified', 'major-emergency', 'foreign-affairs'] },
    },
    'document.ineligible-sender': { severity: 'error', article: '四十七', params: { kinds: ['coordination-body', 'managed-body', 'county-department'] } },
    'document.countersign-missing': { severity: 'error', article: '四十九', params: { minUnits: 1, docTypes: ['request'], wording: 'countersign' } },
    'document.disagreement-unstated': { severity: 'error', article: '四十九' },
    'document.department-remit': { severity: 'error', article: '五十二' },
  },
} satisfies CityProfileInput;
