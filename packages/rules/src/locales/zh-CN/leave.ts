/**
 * 简体中文 catalogue, part: The leave form (请销假, 外出报备): its rule messages and field labels.
 * Registered by `forms/leave.ts`, so a bundle with one form carries only its part.
 * @module
 */
import type { CataloguePart } from '../types.js';

/**
 * The zh-CN leave part.
 * @example
 * ```ts
 * Object.keys(zhCNLeave.codes).length;
 * ```
 */
export const zhCNLeave = {
  codes: {
    'leave.dates-out-of-order': { title: '起止日期颠倒', message: '结束日期（{endDate}）不能早于开始日期（{startDate}）' },
    'leave.retroactive': { title: '事后补报', message: '请假须事先报告，开始日期（{startDate}）不能早于报送之日（{today}）' },
    'leave.notice-too-short': {
      title: '提前时间不足',
      message: '{role}请假须提前{days}个{dayKind, select, working {工作日} other {自然日}}履行程序，最早可于{earliest}开始',
    },
    'leave.urgent-reason-missing': { title: '未说明紧急原因', message: '紧急情况未按时限报告的，请说明紧急原因' },
    'leave.stand-in-missing': { title: '未明确代岗人', message: '{role}外出须明确由谁代为履职（AB角）' },
    'leave.paired-absence': {
      title: '不得同时外出',
      message:
        '{who, select, role {与您对应的{role}已报备同期外出} other {{role}{name}在{from}至{to}期间已外出}}，双方原则上不能同时外出{escape, select, head-consent {；确有需要的，应报经{head}同意} other {}}',
    },
    'leave.contact-missing': { title: '未留联系方式', message: '外出期间须保持通讯畅通，请填写联系电话' },
    'leave.written-memo-missing': { title: '未附书面签报', message: '{role}此类外出须以书面签报形式报批' },
  },
  fields: {
    leave: {
      applicantName: '申请人姓名',
      applicantRole: '职务',
      applicantUnit: '所在单位',
      portfolio: '分管领域',
      kind: '外出事由类别',
      leavesJurisdiction: '是否离开本行政区域',
      startDate: '开始日期',
      endDate: '结束日期',
      destination: '前往地点',
      reason: '事由',
      urgent: '紧急情况',
      urgentReason: '紧急原因',
      urgentBy: '紧急外出报经同意人',
      urgentOn: '紧急外出同意日期',
      standInName: '代为履职人（AB角）',
      contactPhone: '联系电话',
      writtenMemo: '已附书面签报',
      headConsent: '已报经同意同时外出',
      headConsentBy: '同意同时外出的领导',
      headConsentOn: '同意同时外出日期',
    },
  },
} as const satisfies CataloguePart;
