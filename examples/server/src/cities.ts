/**
 * The cities the demo serves: the five seed cities plus the sixth, custom city
 * that ships as JSON with `@city-forms/rules` (examples/sixth-city.json).
 * @module
 */
import { BUILT_IN_PROFILES, CITY_IDS, InvalidProfileError, UnknownCityError, resolveCity, type CityProfileInput, type Localized, type ResolvedProfile } from '@city-forms/rules';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** One entry of `GET /api/cities`. */
export interface CityEntry {
  id: string;
  name: Localized;
  /** The whole profile, for a city the kit does not have built in. */
  profile?: CityProfileInput;
}

/**
 * Read the sixth city's profile (JSON) from the rules package.
 * @example
 * ```ts
 * loadSixthCity().id; // 'demo'
 * ```
 */
export function loadSixthCity(): CityProfileInput {
  const pkg = createRequire(import.meta.url).resolve('@city-forms/rules/package.json');
  return JSON.parse(readFileSync(join(dirname(pkg), 'examples', 'sixth-city.json'), 'utf8')) as CityProfileInput;
}

/** The outcome of reading the `city` of a request. */
export type CityChoice =
  | { ok: true; id: string; city: string | ResolvedProfile; profile: ResolvedProfile; adHoc: boolean }
  | { ok: false; code: string; message: string };

/**
 * The server's view of the cities: seed ids, the custom ones it knows, and how a
 * request's `city` (an id or a profile object) is resolved.
 */
export class Cities {
  private readonly custom = new Map<string, { input: CityProfileInput; resolved: ResolvedProfile }>();

  constructor(customProfiles: readonly CityProfileInput[]) {
    for (const input of customProfiles) {
      if (isBuiltIn(input.id)) throw new Error(`custom city '${input.id}' clashes with a built-in profile`);
      // Resolved from the object, not registered globally: several servers (tests)
      // may run in one process with different custom cities.
      this.custom.set(input.id, { input, resolved: resolveCity(input) });
    }
  }

  /** `GET /api/cities`: seed cities first, then the custom ones with their profile. */
  list(): CityEntry[] {
    return [
      ...CITY_IDS.map((id) => ({ id, name: BUILT_IN_PROFILES[id]!.name })),
      ...[...this.custom.values()].map(({ input }) => ({ id: input.id, name: input.name, profile: input })),
    ];
  }

  ids(): string[] {
    return [...CITY_IDS, ...this.custom.keys()];
  }

  /**
   * Resolve a request's `city`. A string must name a seed or custom city. A
   * profile object is accepted when it resolves; but an object claiming the id of
   * a city the server knows is validated against the server's own copy, so a
   * client cannot loosen a known city's rules by sending an edited profile.
   */
  choose(value: unknown): CityChoice {
    if (typeof value === 'string') {
      if ((CITY_IDS as readonly string[]).includes(value)) return { ok: true, id: value, city: value, profile: resolveCity(value), adHoc: false };
      const own = this.custom.get(value);
      if (own) return { ok: true, id: value, city: own.resolved, profile: own.resolved, adHoc: false };
      return { ok: false, code: 'input.unknown-city', message: `unknown city '${clip(value)}' (known: ${this.ids().join(', ')})` };
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return { ok: false, code: 'input.invalid-city', message: '`city` must be a city id (string) or a city profile object' };
    }
    const id = (value as { id?: unknown }).id;
    if (typeof id === 'string') {
      if (isBuiltIn(id)) return (CITY_IDS as readonly string[]).includes(id) ? this.choose(id) : { ok: false, code: 'input.unknown-city', message: `'${clip(id)}' is a base profile, not a city` };
      const own = this.custom.get(id);
      if (own) return { ok: true, id, city: own.resolved, profile: own.resolved, adHoc: false };
    }
    try {
      const profile = resolveCity(value as CityProfileInput);
      return { ok: true, id: profile.id, city: profile, profile, adHoc: true };
    } catch (e) {
      if (e instanceof InvalidProfileError) {
        const problems = e.problems
          .slice(0, 5)
          .map((p) => `${p.path.join('.') || '(root)'}: ${p.message}`)
          .join('; ');
        return { ok: false, code: 'input.invalid-profile', message: `invalid city profile: ${problems}` };
      }
      if (e instanceof UnknownCityError) return { ok: false, code: 'input.unknown-city', message: `invalid city profile: ${e.message}` };
      return { ok: false, code: 'input.invalid-profile', message: 'invalid city profile' };
    }
  }
}

function isBuiltIn(id: string): boolean {
  return Object.hasOwn(BUILT_IN_PROFILES, id);
}

function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
