/**
 * 简体中文 catalogue, part: The agenda form (议题申报): its rule messages and field labels.
 * Registered by `forms/agenda.ts`, so a bundle with one form carries only its part.
 * @module
 */
import type { CataloguePart } from '../types.js';

/**
 * The zh-CN agenda part.
 * @example
 * ```ts
 * Object.keys(zhCNAgenda.codes).length;
 * ```
 */
export const zhCNAgenda = {
  codes: {
    'agenda.meeting-kind': { title: '会议类型不符', message: '“{kind}”不接受议题申报，可申报的会议为：{allowed}' },
    'agenda.within-remit': { title: '属分管领导或部门职权', message: '分管领导或部门职权范围内能够解决的事项，不提交会议研究' },
    'agenda.consultation-missing': { title: '未征求相关单位意见', message: '议题涉及其他单位的，须事先征求相关单位意见，请列出已征求意见的单位' },
    'agenda.disagreement-unstated': {
      title: '分歧未列明',
      message: '{target, select, row {“{unit}”有不同意见，请列明各方理据} other {各方意见不一致的，须列明各方理据并提出倾向性意见}}',
    },
    'agenda.consensus-missing': { title: '未协调一致', message: '“{unit}”意见不一致：须与相关部门协调一致后方可提交会议审议' },
    'agenda.countersign-missing': { title: '未会签', message: '“{unit}”已协商一致，须由其主要负责人会签' },
    'agenda.leader-approval-missing': { title: '未经领导审核同意', message: '议题须按程序经{approver}审核同意后方可安排' },
    'agenda.presenter-not-head': {
      title: '汇报人非主要负责人',
      message: '议题须由承办单位主要负责人到会汇报{escape, select, true {；因故不能到会的须书面请假} other {}}',
    },
    'agenda.legal-review-missing': {
      title: '未经合法性审查',
      message:
        '{trigger, select, majorDecision {重大决策事项须经合法性审查并通过后方可提交会议审议} normativeDocument {规章、规范性文件须经合法性审查后方可提交会议审议} other {议题须经合法性审查并通过后方可提交会议审议}}',
    },
    'agenda.integrity-review-missing': {
      title: '未经廉洁性评估',
      message: '{trigger, select, normativeDocument {规章和规范性文件须经制度廉洁性评估} other {议题须经制度廉洁性评估}}',
    },
    'agenda.fair-competition-review-missing': {
      title: '未经公平竞争审查',
      message:
        '{trigger, select, affectsMarket {涉及市场主体经济活动的措施须经公平竞争审查} normativeDocument {规章和规范性文件须经公平竞争审查} other {议题须经公平竞争审查}}',
    },
    'agenda.public-participation-missing': {
      title: '未听取公众意见',
      message:
        '{trigger, select, majorDecision {公众参与是重大决策的法定程序，须听取公众意见} publicInterest {涉及重大公共利益和群众切身利益的事项须通过听证、座谈或公开征求意见等方式听取各方面意见} stabilityRisk {容易引发社会稳定问题的事项须通过听证会等形式听取各方面意见} other {议题须听取公众意见}}',
    },
    'agenda.expert-review-missing': {
      title: '未经专家论证',
      message:
        '{trigger, select, majorDecision {专家论证是重大决策的法定程序，须经专家论证} majorInvestment {需要科学预测和评估择优的重大投资项目须经专家论证} other {议题须经专家论证}}',
    },
    'agenda.stability-assessment-missing': {
      title: '未做社会稳定风险评估',
      message:
        '{trigger, select, majorDecision {风险评估是重大决策的法定程序，须进行社会稳定风险评估} publicInterest {涉及重大公共利益和公众权益的事项须进行社会稳定风险评估} stabilityRisk {容易引发社会稳定问题的事项须进行社会稳定风险评估} other {议题须进行社会稳定风险评估}}',
    },
    'agenda.local-consultation-missing': { title: '未征求地方意见', message: '涉及县（区）、乡镇的事项须事先征求其意见' },
    'agenda.papers-late': { title: '材料报送过晚', message: '会议材料须于会前{days}个工作日（{deadline}前）报送，特殊情况请勾选并说明原因' },
  },
  fields: {
    agenda: {
      meetingKind: '会议类型',
      title: '议题名称',
      submittingUnit: '承办单位',
      summary: '议题内容摘要',
      meetingDate: '拟上会日期',
      leaderInCharge: '分管领导',
      leaderApproved: '已经分管领导审核同意',
      leaderApprovedBy: '审核同意的领导',
      leaderApprovedOn: '分管领导同意日期',
      settleableBelow: '分管领导或部门职权范围内能够解决',
      involvesOtherUnits: '涉及其他单位职责',
      consultations: '征求意见单位',
      'consultations.unit': '单位名称',
      'consultations.agreed': '意见一致',
      'consultations.reasons': '分歧理据',
      'consultations.countersigned': '主要负责人已会签',
      leadProposal: '承办单位倾向性意见',
      presenterName: '汇报人',
      presenterIsHead: '汇报人为单位主要负责人',
      presenterWrittenLeave: '主要负责人已书面请假',
      normativeDocument: '属规章或规范性文件',
      majorDecision: '属重大行政决策',
      publicInterest: '涉及群众切身利益',
      majorInvestment: '涉及重大投资或发展战略',
      stabilityRisk: '涉及社会稳定',
      affectsLocalities: '涉及县（区）、乡镇',
      affectsMarket: '涉及市场主体经济活动',
      legalReview: '已通过合法性审查',
      integrityReview: '已做制度廉洁性评估',
      fairCompetitionReview: '已做公平竞争审查',
      publicParticipation: '已听取公众意见',
      expertReview: '已经专家论证',
      stabilityAssessment: '已做社会稳定风险评估',
      localConsultation: '已征求县（区）、乡镇意见',
      specialCase: '特殊情况',
      specialCaseReason: '特殊情况说明',
      specialCaseBy: '特殊情况同意人',
      specialCaseOn: '特殊情况同意日期',
      attendees: '列席人员',
      'attendees.name': '姓名',
      'attendees.unit': '单位',
    },
  },
} as const satisfies CataloguePart;
