/**
 * 简体中文 catalogue, part: The document sheet (公文报送/呈批): its rule messages, field labels and option labels.
 * Registered by `forms/document.ts`, so a bundle with one form carries only its part.
 * @module
 */
import type { CataloguePart } from '../types.js';

/**
 * The zh-CN document part.
 * @example
 * ```ts
 * Object.keys(zhCNDocument.codes).length;
 * ```
 */
export const zhCNDocument = {
  codes: {
    'document.multiple-primary-recipients': { title: '多头主送', message: '上行文原则上只主送一个机关，当前主送{count}个，其余请改为抄送' },
    'document.skip-level': { title: '越级行文', message: '未经批准不得越级行文，请说明越级的依据' },
    'document.bypassed-not-copied': { title: '未抄送被越过的机关', message: '越级行文的，须同时抄送被越过的机关' },
    'document.request-multiple-matters': { title: '请示一文多事', message: '请示应当一文一事，当前列有{count}项请示事项' },
    'document.report-contains-request': { title: '报告夹带请示', message: '报告中不得夹带请示事项，请示事项请另行请示' },
    'document.personal-addressee': { title: '直接报送领导个人', message: '除领导交办等例外情形外，不得直接向领导同志个人报送公文，请选择适用的例外情形' },
    'document.not-signed-by-head': { title: '非主要负责人签发', message: '报送的公文须由本单位主要负责人签发' },
    'document.informal-form': { title: '非正式公文', message: '须以正式公文报送，不得以参阅件、呈阅件、请阅件等形式代替' },
    'document.markings-missing': { title: '未标注密级或紧急程度', message: '请标注{marking, select, classification {密级} other {紧急程度}}' },
    'document.ineligible-sender': { title: '报送主体不符', message: '{kind}不得直接向政府报送公文，应通过主管部门报送' },
    'document.internal-body-sender': { title: '内设机构对外行文', message: '{kind}除办公厅（室）外不得对外正式行文，请以所在部门名义报送' },
    'document.countersign-missing': {
      title: '未履行会签程序',
      message:
        '{wording, select, consult {涉及其他部门的，须事先征求相关部门意见，至少列出{min}个征求意见的单位} other {涉及其他部门职权的，须履行会签程序，至少列出{min}个会签单位}}',
    },
    'document.disagreement-unstated': {
      title: '分歧未列明',
      message: '{target, select, row {“{unit}”有不同意见，请列明各方理据} other {协商后仍不能取得一致意见的，主办单位须列明各方理据并提出办理建议}}',
    },
    'document.department-remit': { title: '属部门职权范围', message: '属部门职权范围内的事务，应由部门自行发文或联合发文，不以政府名义发文' },
    'document.legal-review-missing': { title: '未经合法合规性审核', message: '政府规章和规范性文件发布前，须进行合法合规性审核' },
    'document.integrity-review-missing': { title: '未经廉洁性评估', message: '政府规章和规范性文件发布前，须进行制度廉洁性评估' },
    'document.fair-competition-review-missing': { title: '未经公平竞争审查', message: '政府规章和规范性文件发布前，须进行公平竞争审查' },
    'document.brief-too-long': { title: '简报篇幅过长', message: '简报每期不超过{max}字，当前约{actual}字' },
  },
  fields: {
    document: {
      docType: '文种',
      title: '公文标题',
      senderUnit: '报送单位',
      senderKind: '报送单位类别',
      primaryRecipients: '主送机关',
      copyTo: '抄送机关',
      skipLevel: '越级行文',
      skipLevelGround: '越级依据',
      bypassedCopied: '已抄送被越过的机关',
      addressedToLeader: '直接报送领导个人',
      leaderException: '例外情形',
      matters: '请示事项',
      reportContainsRequest: '报告中含请示事项',
      signatoryName: '签发人',
      signatoryIsHead: '签发人为单位主要负责人',
      format: '公文形式',
      classification: '密级',
      urgency: '紧急程度',
      involvesOtherUnits: '涉及其他部门职权',
      countersigners: '会签单位',
      'countersigners.unit': '单位名称',
      'countersigners.sentOn': '送会签日期',
      'countersigners.receivedOn': '收到文件日期',
      'countersigners.leadDeadline': '主办部门时限要求',
      'countersigners.extendedTo': '商定回复时限',
      'countersigners.replied': '已回复',
      'countersigners.agreed': '无不同意见',
      'countersigners.reasons': '分歧理据',
      leadProposal: '主办单位办理建议',
      complex: '情况特别复杂',
      withinDepartmentRemit: '属本部门职权范围',
      requestsGovernmentIssuance: '请求以政府名义发文',
      normativeDocument: '属政府规章或规范性文件',
      legalReview: '已经合法合规性审核',
      integrityReview: '已做制度廉洁性评估',
      fairCompetitionReview: '已做公平竞争审查',
      isBrief: '属简报',
      briefCharacters: '简报字数',
      signingCategory: '签发类别',
    },
  },
  options: {
    'leaderException.leader-assigned': '领导同志交办事项',
    'leaderException.top-secret': '须直接报送的绝密事项',
    'leaderException.classified': '须直接报送的涉密事项',
    'leaderException.major-emergency': '重大突发事件',
    'leaderException.foreign-affairs': '紧急敏感涉外事项',
    'leaderException.sensitive-deliberation': '尚在酝酿的敏感事项',
    'skipLevelGround.approved': '已经批准',
    'skipLevelGround.major-emergency': '重大突发事件等特殊情况',
    'format.formal': '正式公文',
    'format.reference': '参阅件',
    'format.for-reading': '呈阅件',
    'format.please-read': '请阅件',
    'classification.none': '非密',
    'classification.confidential': '秘密',
    'classification.secret': '机密',
    'classification.top-secret': '绝密',
    'urgency.normal': '平件',
    'urgency.urgent': '加急',
    'urgency.extra-urgent': '特急',
    'status.replied': '已回复',
    'status.pending': '待回复',
    'status.deemed-no-objection': '逾期未回复，视为无不同意见',
  },
} as const satisfies CataloguePart;
