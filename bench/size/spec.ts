/**
 * The ~6-field form every size entry renders, with the same validation:
 * name (required, ≤ 50), role (required, one of ROLES), start and end date
 * (required, YYYY-MM-DD), reason (required textarea, ≤ 500), phone (required,
 * mainland mobile number).
 */
export const ROLES = [
  { value: 'member', label: '市政府组成人员' },
  { value: 'deputy', label: '副市长' },
  { value: 'deputy-secretary-general', label: '副秘书长' },
] as const;
export const ROLE_VALUES = ROLES.map((r) => r.value) as unknown as ['member', 'deputy', 'deputy-secretary-general'];
export const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';
export const PHONE_PATTERN = '^1\\d{10}$';
export const LABELS = {
  name: '申请人姓名',
  role: '职务',
  startDate: '开始日期',
  endDate: '结束日期',
  reason: '事由',
  phone: '联系电话',
} as const;
export const MAX = { name: 50, reason: 500 } as const;

export function mountPoint(): HTMLElement {
  return document.getElementById('app') ?? document.body.appendChild(document.createElement('div'));
}
