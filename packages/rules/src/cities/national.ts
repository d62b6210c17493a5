import type { CityProfileInput } from '../profile/schema.js';

/**
 * The base layer: 《党政机关公文处理工作条例》 (中办发〔2012〕14号). Every city
 * extends it. It defines the shared vocabulary (role ids, absence kinds, the 15
 * statutory document types, sender kinds) and the upward-writing rules of
 * 第十四条, 第十五条, 第十九条 and 第二十二条.
 *
 * Role ids are shared by every profile so that data moves between cities; each
 * city relabels them (市长 vs 区长).
 *
 * @example
 * ```ts
 * import { national, defineCity } from '@city-forms/rules';
 * const sixth = defineCity({ extends: national, id: 'demo', version: '1.0.0',
 *   name: { 'zh-CN': '示例市', en: 'Demo City' }, source: { title: '示例市人民政府工作规则' } });
 * ```
 */
export const national = {
  id: 'national',
  version: '1.0.0',
  level: 'national',
  name: { 'zh-CN': '党政机关公文处理工作条例', en: 'National regulation on official documents' },
  source: {
    title: '党政机关公文处理工作条例',
    docNumber: '中办发〔2012〕14号',
    date: '2012-04-16',
    publisher: '中共中央办公厅、国务院办公厅',
  },
  awayLabel: { 'zh-CN': '离开本行政区域', en: 'leaving the jurisdiction' },
  roles: {
    head: { 'zh-CN': '主要负责人', en: 'Head of government' },
    'executive-deputy': { 'zh-CN': '常务副职', en: 'Executive deputy head' },
    deputy: { 'zh-CN': '副职', en: 'Deputy head' },
    'secretary-general': { 'zh-CN': '秘书长', en: 'Secretary-general' },
    'deputy-secretary-general': { 'zh-CN': '副秘书长', en: 'Deputy secretary-general' },
    member: { 'zh-CN': '政府组成人员', en: 'Member of the government' },
    'county-head': { 'zh-CN': '县（区）政府主要负责人', en: 'Head of a county or district government' },
    'department-head': { 'zh-CN': '部门主要负责人', en: 'Head of a department' },
    'office-director': { 'zh-CN': '办公室主任', en: 'Director of the general office' },
    'office-deputy-director': { 'zh-CN': '办公室副主任', en: 'Deputy director of the general office' },
    'unit-head': { 'zh-CN': '单位主要负责人', en: 'Head of the submitting unit' },
  },
  leave: {
    kinds: [
      { id: 'official-trip', label: { 'zh-CN': '公务出差', en: 'Official trip' } },
      { id: 'meeting', label: { 'zh-CN': '参加会议', en: 'Attending a meeting' } },
      { id: 'study', label: { 'zh-CN': '学习培训', en: 'Study or training' } },
      { id: 'investment', label: { 'zh-CN': '招商引资', en: 'Investment promotion' } },
      { id: 'visit-abroad', label: { 'zh-CN': '出国（境）访问', en: 'Visit abroad' } },
      { id: 'annual-leave', label: { 'zh-CN': '年休假', en: 'Annual leave' } },
      { id: 'personal', label: { 'zh-CN': '事假', en: 'Personal leave' } },
      { id: 'sick', label: { 'zh-CN': '病假（就医）', en: 'Sick leave (medical)' } },
      { id: 'family-visit', label: { 'zh-CN': '探亲', en: 'Family visit' } },
    ],
    applicantRoles: ['deputy', 'secretary-general', 'department-head'],
  },
  agenda: {
    meetingKinds: [
      { id: 'plenary', label: { 'zh-CN': '全体会议', en: 'Plenary meeting' }, submittable: true },
      { id: 'standing', label: { 'zh-CN': '常务会议', en: 'Executive meeting' }, submittable: true },
    ],
  },
  document: {
    docTypes: [
      { id: 'resolution', label: { 'zh-CN': '决议', en: 'Resolution' } },
      { id: 'decision', label: { 'zh-CN': '决定', en: 'Decision' } },
      { id: 'order', label: { 'zh-CN': '命令（令）', en: 'Order' } },
      { id: 'communique', label: { 'zh-CN': '公报', en: 'Communiqué' } },
      { id: 'announcement', label: { 'zh-CN': '公告', en: 'Announcement' } },
      { id: 'public-notice', label: { 'zh-CN': '通告', en: 'Public notice' } },
      { id: 'opinion', label: { 'zh-CN': '意见', en: 'Opinion' } },
      { id: 'notice', label: { 'zh-CN': '通知', en: 'Notice' } },
      { id: 'bulletin', label: { 'zh-CN': '通报', en: 'Bulletin' } },
      { id: 'report', label: { 'zh-CN': '报告', en: 'Report' } },
      { id: 'request', label: { 'zh-CN': '请示', en: 'Request for instructions' } },
      { id: 'reply', label: { 'zh-CN': '批复', en: 'Official reply' } },
      { id: 'motion', label: { 'zh-CN': '议案', en: 'Motion' } },
      { id: 'letter', label: { 'zh-CN': '函', en: 'Letter' } },
      { id: 'minutes', label: { 'zh-CN': '纪要', en: 'Minutes' } },
    ],
    senderKinds: [
      { id: 'county-government', label: { 'zh-CN': '县（区）人民政府', en: 'County or district government' } },
      { id: 'department', label: { 'zh-CN': '政府工作部门', en: 'Government department' } },
      { id: 'directly-affiliated', label: { 'zh-CN': '直属单位', en: 'Directly affiliated unit' } },
      { id: 'coordination-body', label: { 'zh-CN': '议事协调机构及其办公室', en: 'Coordination body or its office' } },
      { id: 'temporary-body', label: { 'zh-CN': '临时机构', en: 'Temporary body' } },
      { id: 'managed-body', label: { 'zh-CN': '部门管理机构', en: 'Body managed by a department' } },
      { id: 'internal-body', label: { 'zh-CN': '部门内设机构', en: 'Internal division of a department' } },
      { id: 'county-department', label: { 'zh-CN': '县（区）政府工作部门', en: 'Department of a county or district government' } },
      { id: 'association', label: { 'zh-CN': '行业协会', en: 'Industry association' } },
    ],
  },
  rules: {
    'document.skip-level': { severity: 'error', article: '十四', params: { grounds: ['approved', 'major-emergency'] } },
    'document.bypassed-not-copied': { severity: 'error', article: '十四' },
    // 第十五条（一） "原则上主送一个上级机关": 原则上 with no escape, so a warning.
    'document.multiple-primary-recipients': { severity: 'warning', article: '十五' },
    'document.request-multiple-matters': { severity: 'error', article: '十五' },
    'document.report-contains-request': { severity: 'error', article: '十五' },
    'document.personal-addressee': { severity: 'error', article: '十五', params: { exceptions: ['leader-assigned'] } },
    'document.countersign-missing': { severity: 'error', article: '十九', params: { wording: 'consult' } },
    'document.not-signed-by-head': { severity: 'error', article: '二十二' },
    'document.internal-body-sender': { severity: 'error', article: '十七', params: { kinds: ['internal-body'] } },
  },
} satisfies CityProfileInput;
