import type { CityProfileInput } from '../profile/schema.js';

/**
 * 《攀枝花市人民政府工作规则》. (In progress: rules being encoded from the seed.)
 *
 * @example
 * ```ts
 * import { panzhihua, validate } from '@city-forms/rules';
 * validate('leave', data, { city: panzhihua });
 * ```
 */
export const panzhihua = {
  id: 'panzhihua',
  extends: 'national',
  version: '1.0.0',
  level: 'city',
  name: { 'zh-CN': '攀枝花市', en: 'Panzhihua' },
  source: { title: '攀枝花市人民政府工作规则', docNumber: '攀府发〔2019〕6号', date: '2019-05-24' },
  awayLabel: { 'zh-CN': '离攀', en: 'leaving Panzhihua' },
  rules: {},
} satisfies CityProfileInput;
