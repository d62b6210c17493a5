/**
 * Locale catalogues. zh-CN is always there; other locales are registered by
 * importing them (`@city-forms/rules/locales/en`), so a zh-CN-only browser bundle
 * does not carry the English catalogue. The full entry (`@city-forms/rules`)
 * registers every locale.
 * @module
 */
import type { Locale } from '../types.js';
import type { LocaleCatalogue } from './types.js';
import { zhCN } from './zh-CN.js';

export { zhCN };
export type { LocaleCatalogue };

const loaded: Partial<Record<Locale, LocaleCatalogue>> = { 'zh-CN': zhCN };
let warned = false;

/**
 * Make a locale's catalogue available (what `@city-forms/rules/locales/en` does on import).
 * @example
 * ```ts
 * import { en } from '@city-forms/rules/locales/en'; // registers it; or by hand:
 * registerLocale('en', en);
 * ```
 */
export function registerLocale(locale: Locale, catalogue: LocaleCatalogue): void {
  loaded[locale] = catalogue;
}

/**
 * The locale messages will actually be in: the one asked for when its catalogue
 * is loaded, else zh-CN (with one console warning naming the import to add).
 * @example
 * ```ts
 * resolveLocale('en'); // 'en' once '@city-forms/rules/locales/en' is imported, else 'zh-CN'
 * resolveLocale(undefined); // 'zh-CN'
 * ```
 */
export function resolveLocale(requested: unknown): Locale {
  if (requested !== 'en') return 'zh-CN';
  if (loaded.en) return 'en';
  if (!warned) {
    warned = true;
    console.warn("city-forms: locale 'en' is not loaded; showing zh-CN. Add `import '@city-forms/rules/locales/en'` (React: '@city-forms/react/locales/en').");
  }
  return 'zh-CN';
}

/**
 * The catalogue of a locale (zh-CN for anything unknown or not loaded).
 * @example
 * ```ts
 * catalogueFor('en').codes['leave.retroactive']?.title;
 * ```
 */
export function catalogueFor(locale: string): LocaleCatalogue {
  return (locale === 'en' ? loaded.en : undefined) ?? zhCN;
}
