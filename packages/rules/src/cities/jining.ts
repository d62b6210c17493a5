import type { CityProfileInput } from '../profile/schema.js';

/**
 * 《济宁市人民政府工作规则》 (济宁市第十八届人民政府第2次常务会议审议通过, 印发 2022-03-28).
 *
 * Choices written here where the seed leaves room:
 * - 八十 "须按规定提前3天履行请假报批手续" (县（市、区）政府、市政府派出机构、市政府各部门主要负责人)
 *   is 3 calendar days (the seed does not say 工作日), for every kind of absence (the seed
 *   lists 出差、学习、出访、离岗休假、探亲、就医"等"), whether or not the person leaves the city.
 *   The seed gives no urgent-case escape, so none is encoded.
 * - 八十: the seed does not name who approves a county or department head's request ("按规定"),
 *   so their route names the approving authority only as the one "按规定" (the steps of
 *   副市长 and 秘书长 are the seed's own: report to the 市长, then 报备 the 市委).
 * - 八十 "外出期间，必须保持通讯联络畅通": a contact number for every request.
 * - 八 工作补位: a 副市长's request names the 补位的副市长 (stand-in) when he leaves the city
 *   or goes abroad (出市（出访）) or is on leave (休假: annual leave); not for an absence
 *   inside the city.
 * - 四十八: only 全体会议 and 常务会议 take agenda submissions; 市长办公会议 and 专题会议 are
 *   convened by the leaders (四十六, 四十七). Every item needs 合法合规性审查 ("经合法合规性审查后").
 * - 四十八 "主办部门应提前充分研究论证，与相关部门协调一致…后，按程序报送": a unit that does not
 *   agree stops the item (`agenda.consensus-missing`); the seed gives no path for an item
 *   with an unresolved disagreement (unlike 咸宁 四十六, 华容 四十六).
 * - 二十八 "涉及重大公共利益和公众权益、容易引发社会稳定问题的，要进行社会稳定风险评估，并采取听证会等形式
 *   听取各方面意见": either condition requires both the stability assessment and the hearing.
 * - The statutory steps of a 重大决策 (二十六 "切实履行公众参与、专家论证、风险评估、合法性审查和集体讨论决定等法定程序"): an item marked
 *   `majorDecision` needs public participation, expert review, the (social stability)
 *   risk assessment and the legality review; where a rule's own article does not speak
 *   of 重大决策, the issue cites 二十六 (`articles` in the rule's params). 集体讨论决定 is the
 *   meeting itself and 调查研究 is not something a sheet can show: not encoded.
 *   The legality review is asked of every item by 四十八 already.
 * - 四十九 "除特殊情况外，应于会前5个工作日报送": an error unless a special case is recorded
 *   with its reason (`specialCaseEscape`).
 * - The 常务会议 route merges 四十八 (分管副市长确定, 市长同意), 四十九 (报送市政府办公室运转) and
 *   五十 (办公室提出安排意见, 秘书长审定, 市长确定); it cites 五十.
 * - 五十五 "更不得多头主送、越级行文": the article's "除……重大突发事件……外" is read as covering
 *   越级行文 too, so a major emergency is the only ground (no "approved" ground: the seed
 *   gives none); the national 第十四条 duty to copy the bypassed body stays.
 * - 五十五 exceptions to addressing a leader personally: 领导同志直接交办, 确需直接报送的涉密事项,
 *   重大突发事件, 部分涉外事项 (`foreign-affairs`).
 * - 五十六 "报送市政府的请示性公文…凡涉及其他部门职权的…会签或联合报市政府审批": the countersigning
 *   is asked of 请示 only.
 * - 五十九 "一般应在3个工作日内回复，特别复杂的事项不得超过一周": one week is read as 5 working days.
 * - 六十一 签发权限: where the seed names alternatives ("市长或常务副市长", "市长或分管副市长") the
 *   first named is the signer and the label carries the alternative; item (五) is split into
 *   its three cases.
 * - 六十二 "各部门内设机构除办公室外不得对外正式行文" (national 第十七条 restated) is its own rule
 *   (`document.internal-body-sender`); 五十六's list of bodies that may not write to the
 *   市政府 keeps the others (部门内设 is caught by 六十二, so one issue, not two).
 * - 六十三 "每期简报控制在2000字以内": an error (no 一般/原则上 on the length).
 *
 * @example
 * ```ts
 * import { jining, validate } from '@city-forms/rules';
 * validate('leave', data, { city: jining });
 * ```
 */
export const jining = {
  id: 'jining',
  extends: 'national',
  version: '1.0.0',
  level: 'city',
  name: { 'zh-CN': '济宁市', en: 'Jining' },
  source: { title: '济宁市人民政府工作规则', date: '2022-03-28', publisher: '济宁市人民政府' },
  awayLabel: { 'zh-CN': '出市', en: 'leaving Jining' },
  roles: {
    head: { 'zh-CN': '市长', en: 'Mayor' },
    'executive-deputy': { 'zh-CN': '负责常务工作的副市长', en: 'Executive vice mayor' },
    deputy: { 'zh-CN': '副市长', en: 'Vice mayor' },
    'secretary-general': { 'zh-CN': '市政府秘书长', en: 'Secretary-general of the city government' },
    'deputy-secretary-general': { 'zh-CN': '市政府副秘书长', en: 'Deputy secretary-general of the city government' },
    member: { 'zh-CN': '市政府组成人员', en: 'Member of the city government' },
    'county-head': { 'zh-CN': '县（市、区）政府、市政府派出机构主要负责人', en: 'Head of a county-level government or a dispatched body' },
    'department-head': { 'zh-CN': '市政府部门主要负责人', en: 'Head of a city government department' },
    'office-director': { 'zh-CN': '市政府办公室主任', en: 'Director of the General Office' },
  },
  leave: {
    applicantRoles: ['deputy', 'secretary-general', 'county-head', 'department-head'],
    routes: [
      {
        roles: ['deputy', 'secretary-general'],
        steps: [
          { action: 'report', party: 'head' },
          { action: 'file', party: { 'zh-CN': '市委', en: 'The city Party committee' } },
        ],
        article: '八十',
      },
      {
        roles: ['county-head', 'department-head'],
        steps: [
          {
            action: 'approve',
            party: {
              'zh-CN': '按规定履行请假报批手续（审批机关本规则未写明）',
              en: 'Approval as the applicable rules require (the work rules do not name the approver)',
            },
          },
        ],
        article: '八十',
      },
    ],
  },
  agenda: {
    meetingKinds: [
      { id: 'plenary', label: { 'zh-CN': '市政府全体会议', en: 'Plenary meeting' }, submittable: true },
      { id: 'standing', label: { 'zh-CN': '市政府常务会议', en: 'Executive meeting' }, submittable: true },
      { id: 'mayor-office', label: { 'zh-CN': '市长办公会议', en: "Mayor's office meeting" }, submittable: false },
      { id: 'special', label: { 'zh-CN': '市政府专题会议', en: 'Special-topic meeting' }, submittable: false },
    ],
    routes: [
      {
        meetingKinds: ['standing'],
        steps: [
          { action: 'review', party: { 'zh-CN': '分管副市长', en: 'Vice mayor in charge' } },
          { action: 'collect', party: { 'zh-CN': '市政府办公室', en: 'General Office of the city government' } },
          { action: 'review', party: 'secretary-general' },
          { action: 'decide', party: 'head' },
        ],
        article: '五十',
      },
      {
        meetingKinds: ['plenary'],
        steps: [
          { action: 'review', party: { 'zh-CN': '分管副市长', en: 'Vice mayor in charge' } },
          { action: 'decide', party: 'head' },
        ],
        article: '四十八',
      },
    ],
  },
  document: {
    countersign: { replyWorkingDays: 3, complexReplyWorkingDays: 5, article: '五十九' },
    signing: [
      {
        id: 'upward-request-report',
        label: {
          'zh-CN': '以市政府名义报省政府的请示、报告，涉及重大方针、政策的事项（市长或常务副市长签发）',
          en: 'Requests and reports to the provincial government; major policy (Mayor or executive vice mayor)',
        },
        signer: 'head',
        article: '六十一',
      },
      {
        id: 'motions-rules',
        label: {
          'zh-CN': '向市人民代表大会及其常务委员会提出的议案、市政府发布的政府规章',
          en: "Motions to the People's Congress and its standing committee; government rules",
        },
        signer: 'head',
        article: '六十一',
      },
      { id: 'personnel', label: { 'zh-CN': '市政府人事任免公文', en: 'Appointments and removals' }, signer: 'head', article: '六十一' },
      {
        id: 'travel-abroad',
        label: { 'zh-CN': '县（市、区）长、市政府各部门主要负责人出国审批公文', en: 'Approval of travel abroad by county heads and department heads' },
        signer: 'head',
        article: '六十一',
      },
      {
        id: 'other',
        label: { 'zh-CN': '以市政府名义制发的其他公文（市政府分管领导同志签发）', en: 'Other documents of the city government (the leader in charge)' },
        signer: 'deputy',
        article: '六十一',
      },
      {
        id: 'other-multi-portfolio',
        label: {
          'zh-CN': '以市政府名义制发的其他公文，内容涉及数名市政府领导同志分管范围的（请其他市政府领导同志审签）',
          en: "Other documents touching several leaders' portfolios (the other leaders review and sign)",
        },
        signer: 'deputy',
        reviewer: 'deputy',
        article: '六十一',
      },
      {
        id: 'other-broad',
        label: {
          'zh-CN': '以市政府名义制发的其他公文，涉及面广的（报请市长或常务副市长审定签发）',
          en: 'Other documents of wide scope (Mayor or executive vice mayor)',
        },
        signer: 'head',
        article: '六十一',
      },
      {
        id: 'meeting-decided-routine',
        label: {
          'zh-CN': '已经市政府全体会议、常务会议、市长办公会议决定的事项和例行批准手续的事项（市长或市长授权副市长、市政府秘书长签发）',
          en: 'Matters decided by a government meeting, and routine approvals (Mayor, or whom the Mayor authorises)',
        },
        signer: 'head',
        article: '六十一',
      },
      {
        id: 'urgent-authorised',
        label: {
          'zh-CN': '特殊、紧急情况下，经市长或副市长授权，以市政府名义制发的公文',
          en: 'Special or urgent cases, authorised by the Mayor or a vice mayor',
        },
        signer: 'secretary-general',
        article: '六十一',
      },
      {
        id: 'office-business',
        label: {
          'zh-CN': '以市政府办公室名义制发、涉及业务工作的公文（市长或分管副市长签发）',
          en: 'General Office documents on business matters (Mayor or the vice mayor in charge)',
        },
        signer: 'head',
        article: '六十一',
      },
      {
        id: 'office-daily',
        label: { 'zh-CN': '以市政府办公室名义制发、涉及办公室日常工作的公文', en: "General Office documents on the office's daily work" },
        signer: 'secretary-general',
        article: '六十一',
      },
    ],
  },
  rules: {
    'leave.dates-out-of-order': { severity: 'error', article: '八十' },
    'leave.retroactive': { severity: 'error', article: '八十' },
    'leave.notice-too-short': {
      severity: 'error',
      article: '八十',
      params: {
        requirements: [{ roles: ['county-head', 'department-head'], days: 3, dayKind: 'calendar' }],
        urgentEscape: false,
      },
    },
    'leave.stand-in-missing': { severity: 'error', article: '八', params: { roles: ['deputy'], awayOrKinds: ['annual-leave', 'visit-abroad'] } },
    'leave.contact-missing': { severity: 'error', article: '八十' },

    'agenda.meeting-kind': { severity: 'error', article: '四十八' },
    'agenda.within-remit': { severity: 'error', article: '四十八' },
    'agenda.consultation-missing': { severity: 'error', article: '四十八' },
    'agenda.consensus-missing': { severity: 'error', article: '四十八' },
    'agenda.leader-approval-missing': { severity: 'error', article: '四十八', params: { approver: 'deputy' } },
    'agenda.legal-review-missing': { severity: 'error', article: '四十八', params: { when: 'always' } },
    'agenda.fair-competition-review-missing': { severity: 'error', article: '二十八', params: { when: ['affectsMarket'] } },
    'agenda.public-participation-missing': {
      severity: 'error',
      article: '二十八',
      params: { when: ['publicInterest', 'stabilityRisk', 'majorDecision'], articles: { majorDecision: '二十六' } },
    },
    'agenda.expert-review-missing': { severity: 'error', article: '二十六', params: { when: ['majorDecision'] } },
    'agenda.stability-assessment-missing': {
      severity: 'error',
      article: '二十八',
      params: { when: ['publicInterest', 'stabilityRisk', 'majorDecision'], articles: { majorDecision: '二十六' } },
    },
    'agenda.local-consultation-missing': { severity: 'error', article: '二十八', params: { when: ['affectsLocalities'] } },
    'agenda.papers-late': {
      severity: 'error',
      article: '四十九',
      params: { meetingKinds: ['standing'], workingDays: 5, specialCaseEscape: true },
    },

    'document.skip-level': { severity: 'error', article: '五十五', params: { grounds: ['major-emergency'] } },
    'document.multiple-primary-recipients': { severity: 'error', article: '五十五' },
    'document.personal-addressee': {
      severity: 'error',
      article: '五十五',
      params: { exceptions: ['leader-assigned', 'classified', 'major-emergency', 'foreign-affairs'] },
    },
    'document.request-multiple-matters': { severity: 'error', article: '五十六' },
    'document.report-contains-request': { severity: 'error', article: '五十六' },
    'document.not-signed-by-head': { severity: 'error', article: '五十六' },
    'document.informal-form': { severity: 'error', article: '五十六' },
    'document.markings-missing': { severity: 'error', article: '五十六' },
    'document.ineligible-sender': {
      severity: 'error',
      article: '五十六',
      params: { kinds: ['coordination-body', 'temporary-body', 'association', 'managed-body'], via: '主管部门' },
    },
    'document.internal-body-sender': { severity: 'error', article: '六十二', params: { kinds: ['internal-body'] } },
    'document.countersign-missing': { severity: 'error', article: '五十六', params: { minUnits: 1, docTypes: ['request'], wording: 'countersign' } },
    'document.disagreement-unstated': { severity: 'error', article: '五十六' },
    'document.department-remit': { severity: 'error', article: '五十九' },
    'document.brief-too-long': { severity: 'error', article: '六十三', params: { maxCharacters: 2000 } },
  },
} satisfies CityProfileInput;
