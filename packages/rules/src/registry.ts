/**
 * City registries: which profiles an id resolves to, and which forms' rule params
 * are checked when a profile is resolved. A {@link CityRegistry} is part of a kit
 * (`createKit`); the functions exported here (`resolveCity`, `registerCity`…) use
 * the default kit's. That one is lean on purpose — it knows only the `national`
 * base until something adds more: the full entry (`@city-forms/rules`) adds the
 * five seed cities and all three forms; a portal that imports one form and one
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
 * (`register`), and the rule params of the forms it knows. Results are cached per
 * set of known forms, so adding a form never has to clear anything.
 * @example
 * ```ts
 * const cities = createCityRegistry([fushun], [leaveForm]);
 * cities.resolve('fushun').id; // 'fushun'
 * ```
 */
export interface CityRegistry {
  /** Know a form's rules (idempotent): their params are then checked when a profile resolves. */
  addForm(module: AnyFormModule): void;
  /** Add profiles that ship with the kit; they resolve by id and cannot be replaced by `register`. */
  addBuiltIns(profiles: readonly CityProfileInput[]): void;
  /** Whether an id is a built-in profile. */
  isBuiltIn(id: string): boolean;
  /** A rule code's params schema; `'unloaded'` when its form is not known here. */
  paramsOf: ParamsLookup;
  /** Resolve an id or a profile object (see {@link resolveCity}). */
  resolve(city: string | CityProfileInput | ResolvedProfile): ResolvedProfile;
  /** Check a profile described on top of a base (see {@link defineCity}). */
  define(profile: Omit<CityProfileInput, 'extends'> & { extends?: string | CityProfileInput }): CityProfileInput;
  /** Make a portal's own profile resolvable by id (see {@link registerCity}). */
  register(profile: CityProfileInput): ResolvedProfile;
}

/**
 * A new, independent city registry (part of a kit: `createKit`).
 * @example
 * ```ts
 * createCityRegistry([fushun]).isBuiltIn('fushun'); // true
 * ```
 */
export function createCityRegistry(cities: readonly CityProfileInput[] = [], forms: readonly AnyFormModule[] = []): CityRegistry {
  const builtIn = new Map<string, CityProfileInput>([['national', national]]);
  const registered = new Map<string, CityProfileInput>();
  const rules = new Map<string, RuleDef>();
  const known = new Set<FormId>();
  let signature = '';
  type Cached = { signature: string; resolved: ResolvedProfile };
  const byId = new Map<string, Cached>();
  const byObject = new WeakMap<object, Cached>();
  const lookup = (id: string): CityProfileInput | undefined => registered.get(id) ?? builtIn.get(id);
  const paramsOf: ParamsLookup = (code) => rules.get(code)?.params ?? (known.has(code.split('.')[0] as FormId) ? undefined : 'unloaded');
  const cached = (hit: Cached | undefined, make: () => ResolvedProfile, keep: (c: Cached) => void): ResolvedProfile => {
    if (hit && hit.signature === signature) return hit.resolved;
    const c = { signature, resolved: make() };
    keep(c);
    return c.resolved;
  };
  const registry: CityRegistry = {
    paramsOf,
    addForm(module) {
      if (known.has(module.id)) return;
      known.add(module.id);
      for (const r of module.rules) rules.set(r.code, r);
      signature = [...known].sort().join(',');
    },
    addBuiltIns(profiles) {
      for (const p of profiles) {
        const before = builtIn.get(p.id);
        builtIn.set(p.id, p);
        // A replaced base: whatever extends it resolves again.
        if (before && before !== p) byId.clear();
      }
    },
    isBuiltIn: (id) => builtIn.has(id),
    resolve(city) {
      if (typeof city === 'string') {
        return cached(byId.get(city), () => {
          const profile = lookup(city);
          if (!profile) throw new UnknownCityError(city);
          return resolveProfile(profile, lookup, paramsOf);
        }, (c) => byId.set(city, c));
      }
      if (typeof city !== 'object' || city === null) throw new InvalidProfileError([{ path: [], message: 'expected a city id or a profile object' }]);
      if (isResolved(city)) return city;
      return cached(byObject.get(city), () => resolveProfile(city, lookup, paramsOf), (c) => byObject.set(city, c));
    },
    define(profile) {
      if (typeof profile !== 'object' || profile === null || Array.isArray(profile)) {
        throw new InvalidProfileError([{ path: [], message: 'expected a profile object' }]);
      }
      const base = profile.extends;
      const plain = { ...profile, extends: typeof base === 'object' && base !== null ? base.id : base } as CityProfileInput;
      if (plain.extends === undefined) delete (plain as { extends?: unknown }).extends;
      resolveProfile(plain, (id) => (typeof base === 'object' && base !== null && base.id === id ? base : lookup(id)), paramsOf);
      return plain;
    },
    register(profile) {
      if (builtIn.has(profile.id)) {
        throw new InvalidProfileError([{ path: ['id'], message: `'${profile.id}' is a built-in profile and cannot be replaced` }]);
      }
      const resolved = resolveProfile(profile, lookup, paramsOf);
      registered.set(profile.id, profile);
      byId.set(profile.id, { signature, resolved });
      return resolved;
    },
  };
  registry.addBuiltIns(cities);
  for (const f of forms) registry.addForm(f);
  return registry;
}

/** The default kit's cities (what the functions below use). */
export const defaultCities: CityRegistry = createCityRegistry();

/**
 * Let the default kit check a form's rule params when it resolves a profile
 * (idempotent; the full entry does it for the three forms). The engine does not
 * need it: it checks the rules of the form it validates itself.
 * @example
 * ```ts
 * registerForm(leaveForm);
 * ```
 */
export function registerForm(module: AnyFormModule): void {
  defaultCities.addForm(module);
}

/**
 * A rule code's params schema in the default kit; `'unloaded'` when its form is not known.
 * @example
 * ```ts
 * paramsOf('leave.notice-too-short'); // a zod schema once the leave form is registered
 * ```
 */
export function paramsOf(code: string): ReturnType<ParamsLookup> {
  return defaultCities.paramsOf(code);
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
  defaultCities.addBuiltIns(profiles);
}

/**
 * Whether an id is a built-in profile (cannot be replaced by `registerCity`).
 * @example
 * ```ts
 * isBuiltIn('national'); // true
 * ```
 */
export function isBuiltIn(id: string): boolean {
  return defaultCities.isBuiltIn(id);
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
  return defaultCities.resolve(city);
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
  return defaultCities.define(profile);
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
  return defaultCities.register(profile);
}
