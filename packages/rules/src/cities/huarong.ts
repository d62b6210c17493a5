import type { CityProfileInput } from '../profile/schema.js';

const office = { 'zh-CN': '区政府办公室', en: 'General Office of the district government' };

/**
 * 《鄂州市华容区人民政府工作规则（试行）》 (2022; the seed leaves the day of entry into
 * force blank and gives no document number). Huarong is a district (区) of 鄂州市: its
 * leaders are the 区长, the 常务副区长 and the 副区长, and the 区政府办公室主任 plays the
 * part a 秘书长 plays in a city (there is no 秘书长 in the seed).
 *
 * Choices written here where the seed leaves room:
 * - Roles: the shared ids are relabelled (区长, 常务副区长, 副区长, 区政府办公室主任/副主任,
 *   区人民政府各部门主要负责人); `county-head` is relabelled for the tier below a district
 *   (乡镇), and so is the `county-government` sender kind (五十三 "各乡镇、各部门向区人民政府
 *   报送的公文"). `secretary-general` keeps its national label and is not used.
 * - 七十 "提前3天" is calendar days (the seed does not say 工作日), for 部门主要负责人
 *   "离区外出" only (`awayOnly`). "特殊情况应及时报告" is the escape: an `urgent`
 *   request clears `leave.notice-too-short`, and the special case must then be stated
 *   (`leave.urgent-reason-missing`).
 * - 七十 "应事先报告区长" (副区长, 区政府办公室主任) and "提前3天" (部门主要负责人): a start
 *   date in the past is an error (`leave.retroactive`), except a 部门主要负责人's urgent
 *   absence ("特殊情况应及时报告": reported afterwards, with its reason), and one inside the
 *   district (七十 binds them for "离区外出" only).
 * - 七十 routes: the 区长's 出差和休假 are reported by the 区政府办公室 to the 市委办公室 and
 *   市政府办公室 and filed (报备) with the 区委办公室; 副区长 (the 常务副区长 is one) and the
 *   区政府办公室主任 report to the 区长 and file with the 区委办公室; the 区政府办公室副主任
 *   reports to the 区政府办公室主任; 部门主要负责人 report to the 区政府办公室, which reports to
 *   the 区人民政府领导同志 (read as the approver: "请假批准后"), then file with the office.
 *   A route cannot be limited to 离区 absences, so the 部门主要负责人 route shows for every
 *   absence of the role.
 * - 八 AB角: "互为AB角的副区长，一位外出期间，由另一位代行政务活动职责" → a 副区长 (the
 *   常务副区长 included) names the stand-in. The seed does not forbid both being away
 *   at once, so there is no `leave.paired-absence`. The 区长's stand-in is set by 六
 *   ("受区长委托") and is not a field of the form.
 * - Meetings (四十一): only 全体会议 and 常务会议 take submitted items (四十六); 区长办公会议,
 *   专题会议 and 学习会 (theme proposed by the office, set by the 区长, 四十五) are
 *   `submittable: false`. 四十九 "原则上须在会议结束后5个工作日内印发" sets a 5-working-day
 *   minutes deadline (derived date) for the four meetings it names, not for 学习会.
 * - 四十六 is absolute (no 一般/原则上): no consultation → "区政府办公室不予安排"; unresolved
 *   disagreement → 协调说明, 各方理据, 倾向性意见; after agreement the main heads "必须在会签意见上
 *   签字" (`agenda.countersign-missing`); "由区人民政府分管领导同志协调或审核后提出"
 *   (`agenda.leader-approval-missing`, approver 副区长 as the usual 分管领导). All errors.
 * - 四十八 "各部门参加会议必须是主要负责人…不能与会，会前必须向区政府办公室书面请假": error,
 *   cleared by a recorded written leave (`writtenLeaveEscape`).
 * - 二十一 "严格合法性审查、制度廉洁性评估、公平竞争审查" (of 规范性文件): the three reviews are
 *   required of agenda items with `normativeDocument` (五十三, a 公文 article, says the same
 *   of documents before they are issued, and the document sheet asks them of a document
 *   marked 规章/规范性文件: `document.*-review-missing`).
 * - The statutory steps of a 重大决策 (二十三 "调查研究、公众参与、专家论证、风险评估、合法性审查和集体讨论决定"): an item marked
 *   `majorDecision` needs public participation, expert review, the (social stability)
 *   risk assessment and the legality review; where a rule's own article does not speak
 *   of 重大决策, the issue cites 二十三 (`articles` in the rule's params). 集体讨论决定 is the
 *   meeting itself and 调查研究 is not something a sheet can show: not encoded.
 *   二十三 names no 重大投资, so expert review is not asked of `majorInvestment` items.
 * - 二十五: public participation and the social-stability assessment for items touching
 *   major public interests or social stability (either condition calls for both), and
 *   consulting the 乡镇 (`affectsLocalities`): errors ("要", "应当").
 * - 五十三 "一般不得直接向区人民政府领导同志个人报送公文" has its escape in the text (交办事项,
 *   必须直接报送的绝密事项): an error unless one of those is recorded. "未经批准不得越级行文":
 *   only approval clears a skip; the 抄送 of the bypassed body stays national 第十四条.
 *   一文一事 and no requests in reports are not restated and stay national 第十五条; 签发
 *   by the unit's head stays national 第二十二条.
 * - 五十四 "各部门报送区人民政府的请示性公文，涉及其他部门的，须事先征求相关部门意见" overrides national
 *   第十九条, for 请示 only, worded as 征求意见 (not 会签);
 *   "一般应在收到文件之后7个工作日内回复": 7 working days, no longer fixed limit (特殊情况 is
 *   agreed case by case with the lead unit).
 * - 五十六/四十九 签发权限: where the seed names "A或B" the first named is the signer and the
 *   label names the alternative; 五十六（五） is split into the 分管领导 case and the 涉及面广
 *   case; 四十九 adds the signing of minutes.
 *
 * @example
 * ```ts
 * import { huarong, validate } from '@city-forms/rules';
 * validate('leave', data, { city: huarong });
 * ```
 */
export const huarong = {
  id: 'huarong',
  extends: 'national',
  version: '1.0.0',
  level: 'district',
  name: { 'zh-CN': '华容区', en: 'Huarong District' },
  source: { title: '鄂州市华容区人民政府工作规则（试行）', date: '2022', publisher: '鄂州市华容区人民政府' },
  awayLabel: { 'zh-CN': '离开华容', en: 'leaving Huarong' },
  roles: {
    head: { 'zh-CN': '区长', en: 'District mayor' },
    'executive-deputy': { 'zh-CN': '常务副区长', en: 'Executive deputy district mayor' },
    deputy: { 'zh-CN': '副区长', en: 'Deputy district mayor' },
    member: { 'zh-CN': '区人民政府组成人员', en: 'Member of the district government' },
    'county-head': { 'zh-CN': '乡镇人民政府主要负责人', en: 'Head of a township government' },
    'department-head': { 'zh-CN': '区人民政府部门主要负责人', en: 'Head of a district government department' },
    'office-director': { 'zh-CN': '区政府办公室主任', en: 'Director of the district General Office' },
    'office-deputy-director': { 'zh-CN': '区政府办公室副主任', en: 'Deputy director of the district General Office' },
    'unit-head': { 'zh-CN': '汇报单位主要负责人', en: 'Head of the reporting unit' },
  },
  leave: {
    applicantRoles: ['head', 'executive-deputy', 'deputy', 'office-director', 'office-deputy-director', 'department-head'],
    routes: [
      {
        roles: ['head'],
        steps: [
          {
            action: 'report',
            party: { 'zh-CN': '市委办公室（由区政府办公室报告）', en: 'General Office of the Ezhou Party Committee (via the district General Office)' },
          },
          {
            action: 'report',
            party: { 'zh-CN': '市政府办公室（由区政府办公室报告）', en: 'General Office of the Ezhou government (via the district General Office)' },
          },
          { action: 'file', party: { 'zh-CN': '区委办公室', en: 'General Office of the District Party Committee' } },
        ],
        article: '七十',
      },
      {
        roles: ['executive-deputy', 'deputy', 'office-director'],
        steps: [
          { action: 'report', party: 'head' },
          { action: 'file', party: { 'zh-CN': '区委办公室', en: 'General Office of the District Party Committee' } },
        ],
        article: '七十',
      },
      {
        roles: ['office-deputy-director'],
        steps: [{ action: 'report', party: 'office-director' }],
        article: '七十',
      },
      {
        roles: ['department-head'],
        steps: [
          { action: 'report', party: office },
          { action: 'approve', party: { 'zh-CN': '区人民政府领导同志（由区政府办公室报告）', en: 'The district leaders (reported by the General Office)' } },
          { action: 'file', party: office },
        ],
        article: '七十',
      },
    ],
  },
  agenda: {
    meetingKinds: [
      { id: 'plenary', label: { 'zh-CN': '区人民政府全体会议', en: 'Plenary meeting' }, submittable: true, minutesWorkingDays: 5, minutesArticle: '四十九' },
      { id: 'standing', label: { 'zh-CN': '区人民政府常务会议', en: 'Executive meeting' }, submittable: true, minutesWorkingDays: 5, minutesArticle: '四十九' },
      {
        id: 'mayor-office',
        label: { 'zh-CN': '区长办公会议', en: "District mayor's office meeting" },
        submittable: false,
        minutesWorkingDays: 5,
        minutesArticle: '四十九',
      },
      {
        id: 'topical',
        label: { 'zh-CN': '区人民政府专题会议', en: 'Special-topic meeting' },
        submittable: false,
        minutesWorkingDays: 5,
        minutesArticle: '四十九',
      },
      { id: 'study', label: { 'zh-CN': '区人民政府学习会', en: 'Study session' }, submittable: false },
    ],
    routes: [
      {
        meetingKinds: ['plenary', 'standing'],
        steps: [
          {
            action: 'review',
            party: { 'zh-CN': '区人民政府分管领导同志（协调或审核后提出）', en: 'The district leader in charge (coordinates or reviews, then proposes)' },
          },
          { action: 'collect', party: office },
          { action: 'decide', party: 'head' },
        ],
        article: '四十六',
      },
      {
        meetingKinds: ['study'],
        steps: [
          { action: 'collect', party: office },
          { action: 'decide', party: 'head' },
        ],
        article: '四十五',
      },
    ],
  },
  document: {
    senderKinds: [
      { id: 'county-government', label: { 'zh-CN': '乡镇人民政府', en: 'Township government' } },
      { id: 'department', label: { 'zh-CN': '区人民政府部门', en: 'District government department' } },
      { id: 'directly-affiliated', label: { 'zh-CN': '区人民政府直属单位', en: 'Directly affiliated unit' } },
      { id: 'coordination-body', label: { 'zh-CN': '议事协调机构及其办公室', en: 'Coordination body or its office' } },
      { id: 'temporary-body', label: { 'zh-CN': '临时机构', en: 'Temporary body' } },
      { id: 'managed-body', label: { 'zh-CN': '部门管理机构', en: 'Body managed by a department' } },
      { id: 'internal-body', label: { 'zh-CN': '部门内设机构', en: 'Internal division of a department' } },
      { id: 'county-department', label: { 'zh-CN': '乡镇人民政府工作机构', en: 'Office of a township government' } },
      { id: 'association', label: { 'zh-CN': '行业协会', en: 'Industry association' } },
    ],
    countersign: { replyWorkingDays: 7, countsFrom: 'received', article: '五十四' },
    signing: [
      {
        id: 'upward-request-report',
        label: {
          'zh-CN': '以区人民政府名义报市政府的请示、报告，涉及重大方针、政策的事项（区长或常务副区长签发）',
          en: 'Requests and reports to the Ezhou government; major policy (District mayor or executive deputy)',
        },
        signer: 'head',
        article: '五十六',
      },
      {
        id: 'motions-rules',
        label: {
          'zh-CN': '向区人大及其常委会提出的议案，区人民政府制定的政府规章，发布的决定、命令',
          en: "Motions to the district People's Congress; government rules, decisions and orders",
        },
        signer: 'head',
        article: '五十六',
      },
      { id: 'personnel', label: { 'zh-CN': '区人民政府人事任免公文', en: 'Appointments and removals' }, signer: 'head', article: '五十六' },
      {
        id: 'travel-abroad',
        label: { 'zh-CN': '各乡镇、区人民政府各部门主要负责人出国审批公文', en: 'Approval of travel abroad by heads of townships and departments' },
        signer: 'head',
        article: '五十六',
      },
      {
        id: 'downward',
        label: {
          'zh-CN': '以区人民政府名义下发的其他公文（分管领导同志签发；涉及数名领导同志分管范围的须会签）',
          en: 'Other documents issued in the name of the district government (leader in charge; countersigned by the other leaders concerned)',
        },
        signer: 'deputy',
        article: '五十六',
      },
      {
        id: 'downward-broad',
        label: {
          'zh-CN': '以区人民政府名义下发、涉及面广的公文（区长或常务副区长审定签发）',
          en: 'Wide-ranging documents issued in the name of the district government (District mayor or executive deputy)',
        },
        signer: 'head',
        article: '五十六',
      },
      {
        id: 'standing-decided',
        label: {
          'zh-CN': '经区人民政府常务会议决定的事项和属于例行批准手续的事项，以区人民政府名义行文（区长或区长授权副区长、区政府办公室主任签发）',
          en: 'Matters decided by the executive meeting or routine approvals (District mayor, or a deputy or the office director he authorises)',
        },
        signer: 'head',
        article: '五十六',
      },
      {
        id: 'office',
        label: {
          'zh-CN': '以区政府办公室名义制发的公文（必要时核报区长或副区长审定）',
          en: 'Documents of the General Office (when necessary submitted to the District mayor or a deputy)',
        },
        signer: 'office-director',
        article: '五十六',
      },
      {
        id: 'minutes',
        label: {
          'zh-CN': '区人民政府全体会议、常务会议和区长办公会议纪要（区长或常务副区长签发）',
          en: "Minutes of the plenary, executive and District mayor's office meetings (District mayor or executive deputy)",
        },
        signer: 'head',
        article: '四十九',
      },
      {
        id: 'topical-minutes',
        label: { 'zh-CN': '区人民政府专题会议纪要（一般由分管副区长签发）', en: 'Minutes of a special-topic meeting (deputy in charge)' },
        signer: 'deputy',
        article: '四十九',
      },
      {
        id: 'topical-minutes-major',
        label: {
          'zh-CN': '涉及重大事项的专题会议纪要（常务副区长或区长签发）',
          en: 'Minutes of a special-topic meeting on major matters (executive deputy or District mayor)',
        },
        signer: 'executive-deputy',
        article: '四十九',
      },
    ],
  },
  rules: {
    'leave.dates-out-of-order': { severity: 'error', article: '七十' },
    'leave.retroactive': { severity: 'error', article: '七十', params: { urgentRoles: ['department-head'], awayOnly: [{ roles: ['department-head'] }] } },
    'leave.notice-too-short': {
      severity: 'error',
      article: '七十',
      params: {
        requirements: [{ roles: ['department-head'], awayOnly: true, days: 3, dayKind: 'calendar' }],
        urgentEscape: true,
      },
    },
    'leave.urgent-reason-missing': { severity: 'error', article: '七十' },
    'leave.stand-in-missing': { severity: 'error', article: '八', params: { roles: ['executive-deputy', 'deputy'] } },

    'agenda.meeting-kind': { severity: 'error', article: '四十六' },
    'agenda.consultation-missing': { severity: 'error', article: '四十六' },
    'agenda.disagreement-unstated': { severity: 'error', article: '四十六' },
    'agenda.countersign-missing': { severity: 'error', article: '四十六' },
    'agenda.leader-approval-missing': { severity: 'error', article: '四十六', params: { approver: 'deputy' } },
    'agenda.presenter-not-head': { severity: 'error', article: '四十八', params: { writtenLeaveEscape: true } },
    'agenda.legal-review-missing': {
      severity: 'error',
      article: '二十一',
      params: { when: ['normativeDocument', 'majorDecision'], articles: { majorDecision: '二十三' } },
    },
    'agenda.integrity-review-missing': { severity: 'error', article: '二十一', params: { when: ['normativeDocument'] } },
    'agenda.fair-competition-review-missing': { severity: 'error', article: '二十一', params: { when: ['normativeDocument'] } },
    'agenda.public-participation-missing': {
      severity: 'error',
      article: '二十五',
      params: { when: ['publicInterest', 'stabilityRisk', 'majorDecision'], articles: { majorDecision: '二十三' } },
    },
    'agenda.expert-review-missing': { severity: 'error', article: '二十三', params: { when: ['majorDecision'] } },
    'agenda.stability-assessment-missing': {
      severity: 'error',
      article: '二十五',
      params: { when: ['publicInterest', 'stabilityRisk', 'majorDecision'], articles: { majorDecision: '二十三' } },
    },
    'agenda.local-consultation-missing': { severity: 'error', article: '二十五', params: { when: ['affectsLocalities'] } },

    'document.skip-level': { severity: 'error', article: '五十三', params: { grounds: ['approved'] } },
    'document.multiple-primary-recipients': { severity: 'error', article: '五十三' },
    'document.personal-addressee': { severity: 'error', article: '五十三', params: { exceptions: ['leader-assigned', 'top-secret'] } },
    'document.countersign-missing': { severity: 'error', article: '五十四', params: { minUnits: 1, docTypes: ['request'], wording: 'consult' } },
    'document.disagreement-unstated': { severity: 'error', article: '五十四' },
    'document.department-remit': { severity: 'error', article: '五十七' },
    'document.legal-review-missing': { severity: 'error', article: '五十三' },
    'document.integrity-review-missing': { severity: 'error', article: '五十三' },
    'document.fair-competition-review-missing': { severity: 'error', article: '五十三' },
  },
} satisfies CityProfileInput;
