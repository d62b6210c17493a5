/**
 * Typed errors for misuse of the API (unknown city, invalid profile, unknown form).
 * `validate` never throws them: it turns them into `input.*` issues.
 * @module
 */

/** One bad field of a profile. */
export interface ProfileProblem {
  path: (string | number)[];
  message: string;
}

/**
 * A city id that no built-in or registered profile has.
 * @example
 * ```ts
 * try { resolveCity('atlantis'); } catch (e) { if (e instanceof UnknownCityError) console.log(e.city); }
 * ```
 */
export class UnknownCityError extends Error {
  override readonly name = 'UnknownCityError';
  constructor(
    readonly city: string,
    readonly where: 'city' | 'extends' = 'city',
  ) {
    super(`unknown city '${city}'${where === 'extends' ? ' (named by extends)' : ''}`);
  }
}

/**
 * A profile that does not pass {@link CityProfileSchema} or names unknown ids;
 * `problems` names every bad field.
 * @example
 * ```ts
 * try { defineCity({ id: 'X' } as never); } catch (e) { if (e instanceof InvalidProfileError) console.log(e.problems); }
 * ```
 */
export class InvalidProfileError extends Error {
  override readonly name = 'InvalidProfileError';
  constructor(
    readonly problems: ProfileProblem[],
    what = 'profile',
  ) {
    super(`invalid ${what}: ${problems.map((p) => `${p.path.join('.') || '(root)'}: ${p.message}`).join('; ')}`);
  }
}

/**
 * A form id that is not a key of `FORMS`.
 * @example
 * ```ts
 * try { createSchema('visa' as never, { city: 'fushun' }); } catch (e) { if (e instanceof UnknownFormError) console.log(e.form); }
 * ```
 */
export class UnknownFormError extends Error {
  override readonly name = 'UnknownFormError';
  constructor(readonly form: string) {
    super(`unknown form '${form}'`);
  }
}
