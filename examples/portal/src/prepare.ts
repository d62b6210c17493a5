/**
 * The rules' registry, reached on demand (`./lazy.ts` imports this module
 * dynamically): registers a seed city's profile and English, and resolves the
 * city the portal shows. Its code is shared with the form chunks (they use the
 * same engine), so it costs nothing more once a form is there.
 * @module
 */
import { registerUiLocale, type UiStrings } from '@city-forms/react/i18n';
import {
  isBuiltIn,
  registerBuiltIns,
  registerLocale,
  resolveCity,
  type CityProfileInput,
  type LocaleCatalogue,
  type ResolvedProfile,
} from '@city-forms/rules/core';

/** Register `seed` (a seed city's profile) when it is not yet, then resolve `city`; null when it does not resolve. */
export function resolve(city: string | CityProfileInput, seed: CityProfileInput | undefined): ResolvedProfile | null {
  if (seed && !isBuiltIn(seed.id)) registerBuiltIns([seed]);
  try {
    return resolveCity(city);
  } catch {
    return null;
  }
}

/** Register English: the rules' catalogue and the kit's interface strings. */
export function registerEnglish(rules: LocaleCatalogue, ui: UiStrings): void {
  registerLocale('en', rules);
  registerUiLocale('en', ui);
}
