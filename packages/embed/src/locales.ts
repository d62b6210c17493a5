/**
 * Locales other than zh-CN, loaded when an element first asks for one
 * (`locale="en"`): the lean form entries of the kit carry zh-CN only, and
 * English comes as plain data (`./locales/en.ts`: the rules' and the kit's
 * English strings), registered here with this bundle's own
 * `registerLocale` / `registerUiLocale`. In the standalone bundles the data is a
 * chunk of its own (`dist/chunks/…`) that imports nothing, so a zh-CN page never
 * downloads it and the chunk works whatever URL the bundle was loaded from.
 * @module
 */
import { registerUiLocale } from '@city-forms/react/i18n';
import { catalogueFor, registerLocale, type Locale } from '@city-forms/rules/core';
import { loadOnce } from './load-once.js';

/** One loader per locale that is not built in (literal specifiers, so every bundler splits them). */
const LOADERS: Readonly<Partial<Record<Locale, () => Promise<void>>>> = {
  en: () =>
    import('./locales/en.js').then(({ en, uiEn }) => {
      registerLocale('en', en);
      registerUiLocale('en', uiEn);
    }),
};

const loads = new Map<Locale, Promise<void>>();

/**
 * Whether a locale must be loaded ({@link loadLocale}) before a form shows it.
 * False for zh-CN, and for a locale the page registered itself (its bundle
 * imported `@city-forms/react/locales/en`).
 */
export function localeNeedsLoading(locale: Locale): boolean {
  // Loaded (by us or by the page) once its catalogue is no longer the zh-CN fallback.
  return LOADERS[locale] !== undefined && catalogueFor(locale) === catalogueFor('zh-CN');
}

/**
 * Load and register a locale: one request per page however many elements use
 * it. A failed load (network) is forgotten, so a later call retries.
 */
export function loadLocale(locale: Locale): Promise<void> {
  const loader = LOADERS[locale];
  return loader ? loadOnce(loads, locale, loader) : Promise.resolve();
}
