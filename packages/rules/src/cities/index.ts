/**
 * The built-in profiles and the registry that resolves a city id or a portal's
 * own profile.
 * @module
 */
import type { CityProfileInput } from '../profile/schema.js';
import { registerBuiltIns } from '../registry.js';
import { fushun } from './fushun.js';
import { huarong } from './huarong.js';
import { jining } from './jining.js';
import { national } from './national.js';
import { panzhihua } from './panzhihua.js';
import { xianning } from './xianning.js';

export { fushun, huarong, jining, national, panzhihua, xianning };

/**
 * The built-in profiles by id: the national base and the five seed cities.
 * @example
 * ```ts
 * Object.keys(BUILT_IN_PROFILES); // ['national', 'xianning', 'fushun', 'panzhihua', 'huarong', 'jining']
 * ```
 */
export const BUILT_IN_PROFILES: Readonly<Record<string, CityProfileInput>> = {
  national,
  xianning,
  fushun,
  panzhihua,
  huarong,
  jining,
};

/**
 * The ids of the five seed cities (not the national base), in seed order.
 * @example
 * ```ts
 * CITY_IDS[0]; // 'xianning'
 * ```
 */
export const CITY_IDS = ['xianning', 'fushun', 'panzhihua', 'huarong', 'jining'] as const;

registerBuiltIns([xianning, fushun, panzhihua, huarong, jining]);

export { resolveCity, defineCity, registerCity } from '../registry.js';
