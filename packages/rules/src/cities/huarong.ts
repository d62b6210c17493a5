import type { CityProfileInput } from '../profile/schema.js';

/**
 * 《鄂州市华容区人民政府工作规则》. (In progress: rules being encoded from the seed.)
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
  source: { title: '鄂州市华容区人民政府工作规则', date: '2022' },
  awayLabel: { 'zh-CN': '离开华容', en: 'leaving Huarong' },
  rules: {},
} satisfies CityProfileInput;
