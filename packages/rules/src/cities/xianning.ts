import type { CityProfileInput } from '../profile/schema.js';

/**
 * 《咸宁市人民政府工作规则》. (In progress: rules being encoded from the seed.)
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
  source: { title: '咸宁市人民政府工作规则' },
  awayLabel: { 'zh-CN': '离咸', en: 'leaving Xianning' },
  rules: {},
} satisfies CityProfileInput;
