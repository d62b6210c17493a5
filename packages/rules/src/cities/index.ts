/**
 * The built-in profiles and the registry that resolves a city id or a portal's
 * own profile.
 * @module
 */
import { paramsOf } from '../catalogue.js';
import { InvalidProfileError, UnknownCityError } from '../errors.js';
import { resolveProfile, type ResolvedProfile } from '../profile/resolve.js';
import type { CityProfileInput } from '../profile/schema.js';
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

const registered = new Map<string, CityProfileInput>();
const byId = new Map<string, ResolvedProfile>();
const byObject = new WeakMap<object, ResolvedProfile>();

function lookup(id: string): CityProfileInput | undefined {
  return registered.get(id) ?? (Object.hasOwn(BUILT_IN_PROFILES, id) ? BUILT_IN_PROFILES[id] : undefined);
}

/**
 * Resolve a city id (built-in or registered) or a profile object into the merged
 * profile the engine uses. Throws {@link UnknownCityError} or
 * {@link InvalidProfileError}; results are cached.
 * @example
 * ```ts
 * resolveCity('fushun').roles['head']?.['zh-CN']; // '市长'
 * ```
 */
export function resolveCity(city: string | CityProfileInput | ResolvedProfile): ResolvedProfile {
  if (typeof city === 'string') {
    const hit = byId.get(city);
    if (hit) return hit;
    const profile = lookup(city);
    if (!profile) throw new UnknownCityError(city);
    const resolved = resolveProfile(profile, lookup, paramsOf);
    byId.set(city, resolved);
    return resolved;
  }
  if (typeof city !== 'object' || city === null) throw new InvalidProfileError([{ path: [], message: 'expected a city id or a profile object' }]);
  if (isResolved(city)) return city;
  const hit = byObject.get(city);
  if (hit) return hit;
  const resolved = resolveProfile(city, lookup, paramsOf);
  byObject.set(city, resolved);
  return resolved;
}

function isResolved(p: object): p is ResolvedProfile {
  return Array.isArray((p as { chain?: unknown }).chain) && typeof (p as { sources?: unknown }).sources === 'object';
}

/**
 * Describe a city on top of a base profile (normally `national`), in TS or JSON.
 * `extends` may be the base profile object or its id. Returns the plain,
 * JSON-serialisable profile after checking it resolves (throws
 * {@link InvalidProfileError} naming each bad field otherwise).
 * @example
 * ```ts
 * const demo = defineCity({
 *   extends: national, id: 'demo', version: '1.0.0',
 *   name: { 'zh-CN': '示例市', en: 'Demo City' }, source: { title: '示例市人民政府工作规则' },
 *   rules: { 'leave.retroactive': { severity: 'error', article: '三十' } },
 * });
 * validate('leave', data, { city: demo });
 * ```
 */
export function defineCity(profile: Omit<CityProfileInput, 'extends'> & { extends?: string | CityProfileInput }): CityProfileInput {
  if (typeof profile !== 'object' || profile === null || Array.isArray(profile)) {
    throw new InvalidProfileError([{ path: [], message: 'expected a profile object' }]);
  }
  const base = profile.extends;
  const plain = { ...profile, extends: typeof base === 'object' && base !== null ? base.id : base } as CityProfileInput;
  if (plain.extends === undefined) delete (plain as { extends?: unknown }).extends;
  const resolve = (id: string) => (typeof base === 'object' && base !== null && base.id === id ? base : lookup(id));
  resolveProfile(plain, resolve, paramsOf);
  return plain;
}

/**
 * Make a portal's own profile resolvable by id (for servers and the CLI).
 * Replaces an earlier registration with the same id; built-in ids cannot be replaced.
 * @example
 * ```ts
 * registerCity(defineCity({ extends: 'national', id: 'demo', ... }));
 * validate('leave', data, { city: 'demo' });
 * ```
 */
export function registerCity(profile: CityProfileInput): ResolvedProfile {
  if (Object.hasOwn(BUILT_IN_PROFILES, profile.id)) {
    throw new InvalidProfileError([{ path: ['id'], message: `'${profile.id}' is a built-in profile and cannot be replaced` }]);
  }
  const resolved = resolveProfile(profile, lookup, paramsOf);
  registered.set(profile.id, profile);
  byId.set(profile.id, resolved);
  return resolved;
}
