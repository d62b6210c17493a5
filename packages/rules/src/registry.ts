/**
 * The registry: which profiles an id resolves to and which forms' rules are
 * loaded. Lean on purpose — it knows only the `national` base until something
 * registers more: the full entry (`@city-forms/rules`) registers the five seed
 * cities and all three forms; a portal that imports one form and one city's
 * profile ships only those.
 * @module
 */
import { national } from './cities/national.js';
import { InvalidProfileError, UnknownCityError } from './errors.js';
import type { FormModule } from './forms/module.js';
import { resolveProfile, type ResolvedProfile } from './profile/resolve.js';
import type { CityProfileInput } from './profile/schema.js';
import type { RuleDef } from './rule.js';
import type { FormId } from './types.js';

const builtIn = new Map<string, CityProfileInput>([['national', national]]);
const rules = new Map<string, RuleDef>();
const loadedForms = new Set<FormId>();

/**
 * Load a form's rules (idempotent): their params can then be checked in profiles.
 * The engine calls it for the form it validates.
 * @example
 * ```ts
 * registerForm(leaveForm);
 * ```
 */
export function registerForm(module: FormModule<any, any>): void {
  if (loadedForms.has(module.id)) return;
  loadedForms.add(module.id);
  for (const r of module.rules) rules.set(r.code, r);
  byId.clear();
  signature = [...loadedForms].sort().join(',');
}

let signature = '';

/**
 * A rule code's params schema; `'unloaded'` when its form is not loaded.
 * @example
 * ```ts
 * paramsOf('leave.notice-too-short'); // a zod schema once the leave form is registered
 * ```
 */
export function paramsOf(code: string): ReturnType<import('./profile/resolve.js').ParamsLookup> {
  const rule = rules.get(code);
  if (rule) return rule.params;
  const form = code.split('.')[0] as FormId;
  return loadedForms.has(form) ? undefined : 'unloaded';
}

/**
 * Register profiles that ship with the kit (the seed cities); they resolve by id
 * and cannot be replaced by `registerCity`.
 * @example
 * ```ts
 * registerBuiltIns([fushun]);
 * ```
 */
export function registerBuiltIns(profiles: readonly CityProfileInput[]): void {
  for (const p of profiles) builtIn.set(p.id, p);
  byId.clear();
}

/**
 * Whether an id is a built-in profile (cannot be replaced by `registerCity`).
 * @example
 * ```ts
 * isBuiltIn('national'); // true
 * ```
 */
export function isBuiltIn(id: string): boolean {
  return builtIn.has(id);
}

const registered = new Map<string, CityProfileInput>();
const byId = new Map<string, ResolvedProfile>();
const byObject = new WeakMap<object, { signature: string; resolved: ResolvedProfile }>();

function lookup(id: string): CityProfileInput | undefined {
  return registered.get(id) ?? builtIn.get(id);
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
  if (hit && hit.signature === signature) return hit.resolved;
  const resolved = resolveProfile(city, lookup, paramsOf);
  byObject.set(city, { signature, resolved });
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
  if (builtIn.has(profile.id)) {
    throw new InvalidProfileError([{ path: ['id'], message: `'${profile.id}' is a built-in profile and cannot be replaced` }]);
  }
  const resolved = resolveProfile(profile, lookup, paramsOf);
  registered.set(profile.id, profile);
  byId.set(profile.id, resolved);
  return resolved;
}
