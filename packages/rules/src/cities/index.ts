/**
 * The built-in profiles and the registry that resolves a city id or a portal's
 * own profile. The cities come from the manifest (`cities/manifest.ts`).
 * @module
 */
import type { CityProfileInput } from '../profile/schema.js';
import { registerBuiltIns } from '../registry.js';
import { CITY_PROFILES, SEED_CITY_IDS } from './manifest.js';
import { national } from './national.js';

export { fushun } from './fushun.js';
export { huarong } from './huarong.js';
export { jining } from './jining.js';
export { panzhihua } from './panzhihua.js';
export { xianning } from './xianning.js';
export { national };
export { CITY_PROFILES, type CityId } from './manifest.js';

/**
 * The built-in profiles by id: the national base and the seed cities of the manifest.
 * @example
 * ```ts
 * Object.keys(BUILT_IN_PROFILES); // ['national', 'xianning', 'fushun', 'panzhihua', 'huarong', 'jining']
 * ```
 */
export const BUILT_IN_PROFILES: Readonly<Record<string, CityProfileInput>> = { national, ...CITY_PROFILES };

/**
 * The ids of the seed cities (not the national base), in the manifest's order.
 * @example
 * ```ts
 * CITY_IDS[0]; // 'xianning'
 * ```
 */
export const CITY_IDS = SEED_CITY_IDS;

registerBuiltIns(Object.values(CITY_PROFILES));

export { resolveCity, defineCity, registerCity } from '../registry.js';
