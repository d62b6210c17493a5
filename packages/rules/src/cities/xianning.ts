import type { CityProfileInput } from '../profile/schema.js';

/**
 * 《咸宁市人民政府工作规则》 (replaces 咸政发〔2017〕4号; the seed gives no number or date of its own).
 *
 * Choices written here where the seed leaves room:
 * - 七十三 sets no lead time for 离咸 absences ("应事先报告/报备" only), so there is no
 *   `leave.notice-too-short`: only the start date may not lie in the past
 *   (`leave.retroactive`). For the 部门主要负责人 that is "离咸外出" only: an absence inside
 *   the city is not reported beforehand under 七十三 (`awayOnly`). The leaders' "离咸出访、出差和
 *   休假" is kept for every absence (休假 is not tied to leaving the city). The leave routes are for 离咸 absences; a route cannot be
 *   limited to them, so it shows for every absence of the role.
 * - 八 AB角: "互为AB角的副市长，一位外出期间，由另一位代行政务活动职责" → a 副市长
 *   (the 常务副市长 is one of them) names the stand-in. The seed does not forbid both
 *   being away at once, so there is no `leave.paired-absence`. The 市长's stand-in is
 *   fixed by 六 (常务副市长), so the 市长 names none.
 * - 四十六 "五种议题不上会" is an absolute bar (no escape), so each of the five is an
 *   error: `agenda.within-remit`, `agenda.consultation-missing`,
 *   `agenda.leader-approval-missing` (approver: the 分管副市长 who 审核 under 四十九),
 *   `agenda.presenter-not-head` (no written-leave escape) and
 *   `agenda.legal-review-missing`. "重大事项" there is read as `majorDecision`; normative
 *   documents need the same review under 四十九（四）, which their issues cite.
 * - 二十七 "涉及重大公共利益和公众权益、容易引发社会稳定问题的，要进行社会稳定风险评估，并向社会
 *   公开征求意见": either condition (`publicInterest`, `stabilityRisk`) calls for both the
 *   stability assessment and the public participation (四十九（二） asks the same hearing of
 *   "涉及群众利益和公益事项的重大决策").
 * - The statutory steps of a 重大决策 (二十四 "调查研究、公众参与、专家论证、风险评估、合法性审查和集体讨论决定"): an item marked
 *   `majorDecision` needs public participation, expert review, the (social stability)
 *   risk assessment and the legality review; where a rule's own article does not speak
 *   of 重大决策, the issue cites 二十四 (`articles` in the rule's params). 集体讨论决定 is the
 *   meeting itself and 调查研究 is not something a sheet can show: not encoded.
 * - Only 全体会议 and 常务会议 take submitted items: 四十六/四十七 govern their 议题;
 *   专题会议 items are raised by the office (五十) and 学习会 themes by the office for the
 *   市长 (五十一), so those two are `submittable: false`. No minutes deadline is set.
 * - 四十九（三）: expert review for 重大投资项目 (`majorInvestment`); "经济和社会发展战略部署"
 *   has no flag of its own and is not folded into `majorDecision`.
 * - 五十五 "一般不得直接向市政府领导同志个人报送公文" has its escape in the text (交办事项,
 *   必须直接报送的绝密级事项): an error unless one of those is recorded.
 * - 五十五 "未经批准不得越级行文": only approval clears a skip (the national major-emergency
 *   ground is not in the seed). The 抄送 of the bypassed body stays national 第十四条.
 * - 五十六 "一般应在收到文件之后7个工作日内回复": 7 working days; 特殊情况 is agreed case by
 *   case with the lead unit, so there is no longer fixed limit for complex matters.
 * - 五十六 "各部门报送市政府的请示性公文，涉及其他部门的，须事先征求相关部门意见": overrides national
 *   第十九条 for `document.countersign-missing`, for 请示 only, and its message asks for the
 *   views sought (征求意见), not for a 会签.
 *   签发 by the unit's head (national 第二十二条) is not restated and stays national.
 * - 五十八 签发权限: "市长或常务副市长" cases are given the 市长 as signer (the label names the
 *   alternative); case (五) is split into the 分管领导 case and the 涉及面广 case. 五十二
 *   adds the signing of meeting documents and minutes (one reviewer id: the last 审核).
 *
 * @example
 * ```ts
 * import { xianning, validate } from '@city-forms/rules';
 * validate('leave', data, { city: xianning });
 * ```
 */
export const xianning = {
  id: 'xianning',
  extends: 'national',
  version: '1.0.0',
  level: 'city',
  name: { 'zh-CN': '咸宁市', en: 'Xianning' },
  source: { title: '咸宁市人民政府工作规则', publisher: '咸宁市人民政府' },
  awayLabel: { 'zh-CN': '离咸', en: 'leaving Xianning' },
  roles: {
    head: { 'zh-CN': '市长', en: 'Mayor' },
    'executive-deputy': { 'zh-CN': '常务副市长', en: 'Executive vice mayor' },
    deputy: { 'zh-CN': '副市长', en: 'Vice mayor' },
    'secretary-general': { 'zh-CN': '秘书长', en: 'Secretary-general' },
    'deputy-secretary-general': { 'zh-CN': '副秘书长', en: 'Deputy secretary-general' },
    member: { 'zh-CN': '市政府组成人员', en: 'Member of the city government' },
    'county-head': { 'zh-CN': '县（市、区）政府主要负责人', en: 'Head of a county, county-level city or district government' },
    'department-head': { 'zh-CN': '市政府部门主要负责人', en: 'Head of a city government department' },
    'office-director': { 'zh-CN': '市政府办公室', en: 'General Office of the city government' },
    'unit-head': { 'zh-CN': '汇报单位主要负责人', en: 'Head of the reporting unit' },
  },
  leave: {
    applicantRoles: ['head', 'executive-deputy', 'deputy', 'secretary-general', 'department-head'],
    routes: [
      {
        roles: ['head'],
        steps: [
          { action: 'file', party: { 'zh-CN': '省委办公厅', en: 'General Office of the Provincial Party Committee' } },
          { action: 'file', party: { 'zh-CN': '省政府办公厅', en: 'General Office of the Provincial Government' } },
          { action: 'file', party: { 'zh-CN': '市委办公室', en: 'General Office of the City Party Committee' } },
        ],
        article: '七十三',
      },
      {
        roles: ['executive-deputy', 'deputy', 'secretary-general'],
        steps: [
          { action: 'report', party: 'head' },
          { action: 'notify', party: { 'zh-CN': '市政府其他领导同志（由市政府办公室通报）', en: 'The other city leaders (via the General Office)' } },
          { action: 'file', party: { 'zh-CN': '市委办公室', en: 'General Office of the City Party Committee' } },
        ],
        article: '七十三',
      },
      {
        roles: ['department-head'],
        steps: [
          { action: 'report', party: { 'zh-CN': '分管副市长', en: 'Vice mayor in charge' } },
          { action: 'file', party: 'office-director' },
          { action: 'notify', party: { 'zh-CN': '市政府主要领导同志（由市政府办公室报告）', en: 'The Mayor (reported by the General Office)' } },
        ],
        article: '七十三',
      },
    ],
  },
  agenda: {
    meetingKinds: [
      { id: 'plenary', label: { 'zh-CN': '市政府全体会议', en: 'Plenary meeting' }, submittable: true },
      { id: 'standing', label: { 'zh-CN': '市政府常务会议', en: 'Executive meeting' }, submittable: true },
      { id: 'topical', label: { 'zh-CN': '市政府专题会议', en: 'Special-topic meeting' }, submittable: false },
      { id: 'study', label: { 'zh-CN': '市政府学习会', en: 'Study session' }, submittable: false },
    ],
    routes: [
      {
        meetingKinds: ['standing'],
        steps: [
          {
            action: 'collect',
            party: { 'zh-CN': '市政府办公室相关科室（提出拟办意见）', en: 'The competent section of the General Office (proposed handling)' },
          },
          { action: 'review', party: { 'zh-CN': '分管副秘书长', en: 'Deputy secretary-general in charge' } },
          { action: 'review', party: { 'zh-CN': '分管副市长', en: 'Vice mayor in charge' } },
          { action: 'decide', party: 'head' },
        ],
        article: '四十九',
      },
      {
        meetingKinds: ['plenary'],
        steps: [
          { action: 'review', party: 'executive-deputy' },
          { action: 'decide', party: 'head' },
        ],
        article: '四十八',
      },
      {
        meetingKinds: ['topical'],
        steps: [
          { action: 'collect', party: { 'zh-CN': '市政府办公室有关科室', en: 'The competent section of the General Office' } },
          { action: 'review', party: { 'zh-CN': '分管副秘书长', en: 'Deputy secretary-general in charge' } },
          { action: 'decide', party: { 'zh-CN': '秘书长、分管副市长或市长', en: 'The secretary-general, the vice mayor in charge or the Mayor' } },
        ],
        article: '五十',
      },
      {
        meetingKinds: ['study'],
        steps: [
          { action: 'collect', party: 'office-director' },
          { action: 'decide', party: 'head' },
        ],
        article: '五十一',
      },
    ],
  },
  document: {
    countersign: { replyWorkingDays: 7, countsFrom: 'received', article: '五十六' },
    signing: [
      {
        id: 'upward-request-report',
        label: {
          'zh-CN': '以市政府名义报省政府的请示、报告，涉及重大方针、政策的事项（市长或常务副市长签发）',
          en: 'Requests and reports to the provincial government; major policy (Mayor or executive vice mayor)',
        },
        signer: 'head',
        article: '五十八',
      },
      {
        id: 'motions-rules',
        label: {
          'zh-CN': '向市人大及其常委会提出的议案，市政府制定的政府规章，发布的决定、命令',
          en: "Motions to the People's Congress; government rules, decisions and orders",
        },
        signer: 'head',
        article: '五十八',
      },
      { id: 'personnel', label: { 'zh-CN': '市政府人事任免公文', en: 'Appointments and removals' }, signer: 'head', article: '五十八' },
      {
        id: 'travel-abroad',
        label: {
          'zh-CN': '县（市、区）政府、市政府各部门主要负责人出国审批公文（市长签批）',
          en: 'Approval of travel abroad by heads of counties and departments',
        },
        signer: 'head',
        article: '五十八',
      },
      {
        id: 'downward',
        label: {
          'zh-CN': '以市政府名义下发的其他公文（分管领导签发；涉及数名领导分管范围的须会签）',
          en: 'Other documents issued in the name of the city government (leader in charge)',
        },
        signer: 'deputy',
        article: '五十八',
      },
      {
        id: 'downward-broad',
        label: {
          'zh-CN': '以市政府名义下发、涉及面广的公文（市长或常务副市长审定签发）',
          en: 'Wide-ranging documents issued in the name of the city government (Mayor or executive vice mayor)',
        },
        signer: 'head',
        article: '五十八',
      },
      {
        id: 'standing-decided',
        label: {
          'zh-CN': '经市政府常务会议决定的事项和属于常规批准手续的事项，以市政府名义行文（市长或市长授权副市长、秘书长签发）',
          en: 'Matters decided by the executive meeting or routine approvals (Mayor, or a vice mayor or the secretary-general he authorises)',
        },
        signer: 'head',
        article: '五十八',
      },
      {
        id: 'office',
        label: { 'zh-CN': '以市政府办公室名义制发的公文', en: 'Documents of the General Office' },
        signer: 'secretary-general',
        article: '五十八',
      },
      {
        id: 'plenary-documents',
        label: { 'zh-CN': '市政府全体会议讨论通过的文件及会议纪要（秘书长、分管副市长、常务副市长审核）', en: 'Documents and minutes of the plenary meeting' },
        signer: 'head',
        reviewer: 'executive-deputy',
        article: '五十二',
      },
      {
        id: 'standing-documents',
        label: { 'zh-CN': '市政府常务会议讨论通过的文件及会议纪要（秘书长、常务副市长审核）', en: 'Documents and minutes of the executive meeting' },
        signer: 'head',
        reviewer: 'executive-deputy',
        article: '五十二',
      },
      {
        id: 'topical-documents',
        label: {
          'zh-CN': '市政府专题会议讨论通过的文件及会议纪要（重大事项报常务副市长或市长签发）',
          en: 'Documents and minutes of a special-topic meeting (major matters: executive vice mayor or Mayor)',
        },
        signer: 'deputy',
        reviewer: 'deputy-secretary-general',
        article: '五十二',
      },
    ],
  },
  rules: {
    'leave.dates-out-of-order': { severity: 'error', article: '七十三' },
    'leave.retroactive': { severity: 'error', article: '七十三', params: { awayOnly: [{ roles: ['department-head'] }] } },
    'leave.stand-in-missing': { severity: 'error', article: '八', params: { roles: ['executive-deputy', 'deputy'] } },

    'agenda.meeting-kind': { severity: 'error', article: '四十二' },
    'agenda.within-remit': { severity: 'error', article: '四十六' },
    'agenda.consultation-missing': { severity: 'error', article: '四十六' },
    'agenda.disagreement-unstated': { severity: 'error', article: '四十九' },
    'agenda.leader-approval-missing': { severity: 'error', article: '四十六', params: { approver: 'deputy' } },
    'agenda.presenter-not-head': { severity: 'error', article: '四十六', params: { writtenLeaveEscape: false } },
    'agenda.legal-review-missing': {
      severity: 'error',
      article: '四十六',
      params: { when: ['majorDecision', 'normativeDocument'], articles: { normativeDocument: '四十九' } },
    },
    'agenda.public-participation-missing': {
      severity: 'error',
      article: '二十七',
      params: { when: ['publicInterest', 'stabilityRisk', 'majorDecision'], articles: { majorDecision: '二十四' } },
    },
    'agenda.expert-review-missing': {
      severity: 'error',
      article: '四十九',
      params: { when: ['majorInvestment', 'majorDecision'], articles: { majorDecision: '二十四' } },
    },
    'agenda.stability-assessment-missing': {
      severity: 'error',
      article: '二十七',
      params: { when: ['publicInterest', 'stabilityRisk', 'majorDecision'], articles: { majorDecision: '二十四' } },
    },
    'agenda.local-consultation-missing': { severity: 'error', article: '二十七', params: { when: ['affectsLocalities'] } },

    'document.skip-level': { severity: 'error', article: '五十五', params: { grounds: ['approved'] } },
    'document.multiple-primary-recipients': { severity: 'error', article: '五十五' },
    'document.request-multiple-matters': { severity: 'error', article: '五十五' },
    'document.report-contains-request': { severity: 'error', article: '五十五' },
    'document.personal-addressee': { severity: 'error', article: '五十五', params: { exceptions: ['leader-assigned', 'top-secret'] } },
    'document.countersign-missing': { severity: 'error', article: '五十六', params: { minUnits: 1, docTypes: ['request'], wording: 'consult' } },
    'document.disagreement-unstated': { severity: 'error', article: '五十六' },
    'document.department-remit': { severity: 'error', article: '五十九' },
  },
} satisfies CityProfileInput;
