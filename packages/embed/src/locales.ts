/**
 * Locales other than zh-CN, loaded when an element first asks for one
 * (`locale="en"`): the lean form entries of the kit carry zh-CN only, and
 * `@city-forms/react/locales/en` registers English for both the kit's interface
 * strings and the rules' messages. In the standalone bundles it is a chunk of its
 * own (`dist/chunks/locale-en-<hash>.js`, one per bundle: it calls the
 * registration functions of the bundle that loads it, importing them back from
 * `../<bundle>.js`), so a zh-CN page never downloads it.
 * @module
 */
import { catalogueFor, zhCN, type Locale } from '@city-forms/rules/core';

/** One loader per locale that is not built in (literal specifiers, so every bundler splits them). */
const LOADERS: Readonly<Partial<Record<Locale, () => Promise<unknown>>>> = {
  en: () => import('@city-forms/react/locales/en'),
};

const loaded = new Set<Locale>(['zh-CN']);
const loads = new Map<Locale, Promise<void>>();

/**
 * Whether a locale must be loaded ({@link loadLocale}) before a form shows it.
 * False for zh-CN, and for a locale the page registered itself (its bundle
 * imported `@city-forms/react/locales/en`).
 */
export function localeNeedsLoading(locale: Locale): boolean {
  if (loaded.has(locale) || !LOADERS[locale]) return false;
  if (catalogueFor(locale) !== zhCN) {
    loaded.add(locale);
    return false;
  }
  return true;
}

/**
 * Load and register a locale: one request per page however many elements use
 * it. A failed load (network) is forgotten, so a later call retries.
 */
export function loadLocale(locale: Locale): Promise<void> {
  const loader = LOADERS[locale];
  if (!loader) return Promise.resolve();
  let load = loads.get(locale);
  if (!load) {
    load = loader().then(() => {
      // The standalone bundles' locale chunk registers into the bundle it imports back by its file
      // name (`../leave.js`): loaded under another URL (a query string, a renamed file), it
      // registers into a second copy instead. Say so rather than show zh-CN without a word.
      if (catalogueFor(locale) === zhCN) {
        throw new Error(`the '${locale}' strings did not register with this copy of the forms (load the bundle by its own file name, without a query string)`);
      }
      loaded.add(locale);
    });
    load.catch(() => loads.delete(locale));
    loads.set(locale, load);
  }
  return load;
}
