import type { CityProfileInput } from '../profile/schema.js';

/**
 * 《济宁市人民政府工作规则》. (In progress: rules being encoded from the seed.)
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
  source: { title: '济宁市人民政府工作规则', date: '2022-03-28' },
  awayLabel: { 'zh-CN': '出市', en: 'leaving Jining' },
  rules: {},
} satisfies CityProfileInput;
