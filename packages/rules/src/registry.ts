/**
 * City registries: which profiles an id resolves to, and which forms' rule params
 * are checked when a profile is resolved. A {@link CityRegistry} is part of a kit
 * (`createKit`); the functions exported here (`resolveCity`, `registerCity`…) use
 * the default kit's. That one is lean on purpose — it knows only the `national`
 * base until something adds more: the full entry (`@city-forms/rules`) adds the
 * seed cities of the city manifest and every form of `FORMS`; a portal that imports one form and one
 * city's profile ships only those.
 *
 * Nothing here is cleared as a side effect: a profile resolved before a form was
 * known keeps that form's rules `unchecked`, and the engine checks them against
 * the form it validates (`withFormRules`).
 * @module
 */
import { national } from './cities/national.js';
import { InvalidProfileError, UnknownCityError } from './errors.js';
import type { AnyFormModule } from './forms/module.js';
import { resolveProfile, type ParamsLookup, type ResolvedProfile } from './profile/resolve.js';
import type { CityProfileInput } from './profile/schema.js';
import type { RuleDef } from './rule.js';
import type { FormId } from './types.js';

/** Whether a value is an already resolved profile (passed through as is). */
function isResolved(p: object): p is ResolvedProfile {
  return Array.isArray((p as { chain?: unknown }).chain) && typeof (p as { sources?: unknown }).sources === 'object';
}

/**
 * The profiles one kit resolves: built-ins (cannot be replaced), a portal's own
 * (`registerIn`), and the rule params of the forms it knows. Plain state: the
 * operations are functions taking it (`resolveIn`, `registerIn`…), so a bundle
 * keeps only those it calls. Results are cached per set of known forms, so adding
 * a form never has to clear anything.
 * @example
 * ```ts
 * const cities = createCityRegistry([fushun], [leaveForm]);
 * resolveIn(cities, 'fushun').id; // 'fushun'
 * ```
 */
export interface CityRegistry {
  readonly builtIn: Map<string, CityProfileInput>;
  readonly registered: Map<string, CityProfileInput>;
  readonly rules: Map<string, RuleDef>;
  readonly known: Set<FormId>;
  /** The known forms, sorted and joined: the key of the caches below. */
  signature: string;
  readonly byId: Map<string, Cached>;
  readonly byObject: WeakMap<object, Cached>;
}
type Cached = { signature: string; resolved: ResolvedProfile };

/**
 * A new, independent city registry (part of a kit: `createKit`).
 * @example
 * ```ts
 * isBuiltInIn(createCityRegistry([fushun]), 'fushun'); // true
 * ```
 */
export function createCityRegistry(cities: readonly CityProfileInput[] = [], forms: readonly AnyFormModule[] = []): CityRegistry {
  const reg: CityRegistry = {
    builtIn: new Map([['national', national]]),
    registered: new Map(),
    rules: new Map(),
    known: new Set(),
    signature: '',
    byId: new Map(),
    byObject: new WeakMap(),
  };
  addBuiltInsTo(reg, cities);
  for (const f of forms) addFormTo(reg, f);
  return reg;
}

const lookupIn =
  (reg: CityRegistry) =>
  (id: string): CityProfileInput | undefined =>
    reg.registered.get(id) ?? reg.builtIn.get(id);

/** A rule code's params schema in a registry; `'unloaded'` when its form is not known there. */
export const paramsIn =
  (reg: CityRegistry): ParamsLookup =>
  (code) =>
    reg.rules.get(code)?.params ?? (reg.known.has(code.split('.')[0] as FormId) ? undefined : 'unloaded');

/** Know a form's rules (idempotent): their params are then checked when a profile resolves. */
export function addFormTo(reg: CityRegistry, module: AnyFormModule): void {
  if (reg.known.has(module.id)) return;
  reg.known.add(module.id);
  for (const r of module.rules) reg.rules.set(r.code, r);
  reg.signature = [...reg.known].sort().join(',');
}

/** Add profiles that ship with the kit; they resolve by id and cannot be replaced. */
export function addBuiltInsTo(reg: CityRegistry, profiles: readonly CityProfileInput[]): void {
  for (const p of profiles) {
    const before = reg.builtIn.get(p.id);
    reg.builtIn.set(p.id, p);
    // A replaced base: whatever extends it resolves again.
    if (before && before !== p) reg.byId.clear();
  }
}

/** Resolve an id or a profile object in a registry (see {@link resolveCity}). */
export function resolveIn(reg: CityRegistry, city: string | CityProfileInput | ResolvedProfile): ResolvedProfile {
  const cached = (hit: Cached | undefined, make: () => ResolvedProfile, keep: (c: Cached) => void): ResolvedProfile => {
    if (hit && hit.signature === reg.signature) return hit.resolved;
    const c = { signature: reg.signature, resolved: make() };
    keep(c);
    return c.resolved;
  };
  if (typeof city === 'string') {
    return cached(
      reg.byId.get(city),
      () => {
        const profile = lookupIn(reg)(city);
        if (!profile) throw new UnknownCityError(city);
        return resolveProfile(profile, lookupIn(reg), paramsIn(reg));
      },
      (c) => reg.byId.set(city, c),
    );
  }
  if (typeof city !== 'object' || city === null) throw new InvalidProfileError([{ path: [], message: 'expected a city id or a profile object' }]);
  if (isResolved(city)) return city;
  return cached(
    reg.byObject.get(city),
    () => resolveProfile(city, lookupIn(reg), paramsIn(reg)),
    (c) => reg.byObject.set(city, c),
  );
}

/** Check a profile described on top of a base, in a registry (see {@link defineCity}). */
export function defineIn(reg: CityRegistry, profile: Omit<CityProfileInput, 'extends'> & { extends?: string | CityProfileInput }): CityProfileInput {
  if (typeof profile !== 'object' || profile === null || Array.isArray(profile)) {
    throw new InvalidProfileError([{ path: [], message: 'expected a profile object' }]);
  }
  const base = profile.extends;
  const plain = { ...profile, extends: typeof base === 'object' && base !== null ? base.id : base } as CityProfileInput;
  if (plain.extends === undefined) delete (plain as { extends?: unknown }).extends;
  resolveProfile(plain, (id) => (typeof base === 'object' && base !== null && base.id === id ? base : lookupIn(reg)(id)), paramsIn(reg));
  return plain;
}

/** Make a portal's own profile resolvable by id in a registry (see {@link registerCity}). */
export function registerIn(reg: CityRegistry, profile: CityProfileInput): ResolvedProfile {
  if (reg.builtIn.has(profile.id)) {
    throw new InvalidProfileError([{ path: ['id'], message: `'${profile.id}' is a built-in profile and cannot be replaced` }]);
  }
  const resolved = resolveProfile(profile, lookupIn(reg), paramsIn(reg));
  reg.registered.set(profile.id, profile);
  reg.byId.set(profile.id, { signature: reg.signature, resolved });
  return resolved;
}

/** The default kit's cities (what the functions below use). */
export const defaultCities: CityRegistry = /*@__PURE__*/ createCityRegistry();

/**
 * Let the default kit check a form's rule params when it resolves a profile
 * (idempotent; the full entry does it for every form of `FORMS`). The engine does not
 * need it: it checks the rules of the form it validates itself.
 * @example
 * ```ts
 * registerForm(leaveForm);
 * ```
 */
export function registerForm(module: AnyFormModule): void {
  addFormTo(defaultCities, module);
}

/**
 * A rule code's params schema in the default kit; `'unloaded'` when its form is not known.
 * @example
 * ```ts
 * paramsOf('leave.notice-too-short'); // a zod schema once the leave form is registered
 * ```
 */
export function paramsOf(code: string): ReturnType<ParamsLookup> {
  return paramsIn(defaultCities)(code);
}

/**
 * Add profiles that ship with the kit (the seed cities) to the default kit; they
 * resolve by id and cannot be replaced by `registerCity`.
 * @example
 * ```ts
 * registerBuiltIns([fushun]);
 * ```
 */
export function registerBuiltIns(profiles: readonly CityProfileInput[]): void {
  addBuiltInsTo(defaultCities, profiles);
}

/**
 * Whether an id is a built-in profile (cannot be replaced by `registerCity`).
 * @example
 * ```ts
 * isBuiltIn('national'); // true
 * ```
 */
export function isBuiltIn(id: string): boolean {
  return defaultCities.builtIn.has(id);
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
  return resolveIn(defaultCities, city);
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
  return defineIn(defaultCities, profile);
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
  return registerIn(defaultCities, profile);
}
