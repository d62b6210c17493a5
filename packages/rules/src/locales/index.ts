/**
 * Locale catalogues, a registry keyed by tag. zh-CN is always there, in parts: the
 * common part at once, each form's part when that form's module is loaded
 * (`registerCatalogue`), so a one-form browser bundle carries one form's messages.
 * Other locales are registered whole by importing them
 * (`@city-forms/rules/locales/en`). The full entry (`@city-forms/rules`) loads
 * every form and every locale. A kit (`createKit({ locales })`) has its own
 * registry over the default one; the functions below use the default one.
 * @module
 */
import { LOCALES, type FormId, type Locale } from '../types.js';
import type { CataloguePart, LocaleCatalogue } from './types.js';
import { zhCNCommon } from './zh-CN/common.js';

export type { CataloguePart, LocaleCatalogue };

/** The tag every registry falls back to; its catalogue is always there. */
export const BASE_LOCALE: Locale = 'zh-CN';

/** No form's labels yet: each form's part adds its own when the form is loaded (a lean bundle knows no list of forms). */
const emptyFields = (): Record<FormId, Record<string, string>> => ({}) as Record<FormId, Record<string, string>>;

/**
 * Catalogues by locale tag. A lookup misses to the parent registry, then to the
 * base locale (zh-CN).
 * @example
 * ```ts
 * const locales = createLocaleRegistry(defaultLocales, { en });
 * locales.resolve('en'); // 'en'
 * ```
 */
export interface LocaleRegistry {
  /** Make a locale's whole catalogue available under its tag. */
  register(tag: string, catalogue: LocaleCatalogue): void;
  /** Merge one part into a locale's catalogue (ignored while that locale is not loaded here). */
  registerPart(tag: string, part: CataloguePart): void;
  /** The catalogue registered under a tag here or in the parent, if any. */
  get(tag: string): LocaleCatalogue | undefined;
  /** The tag messages will actually be in: the one asked for when loaded, else the base locale (one console warning for a known tag not loaded). */
  resolve(requested: unknown): Locale;
  /** The catalogue of a tag (the base locale's for anything unknown or not loaded). */
  catalogue(tag: string): LocaleCatalogue;
}

/**
 * A new locale registry over an optional parent.
 * @example
 * ```ts
 * createLocaleRegistry(defaultLocales, { en }).get('en') === en; // true
 * ```
 */
export function createLocaleRegistry(parent?: LocaleRegistry, catalogues: Readonly<Record<string, LocaleCatalogue>> = {}): LocaleRegistry {
  const loaded = new Map<string, LocaleCatalogue>(Object.entries(catalogues));
  const warned = new Set<string>();
  const get = (tag: string): LocaleCatalogue | undefined => loaded.get(tag) ?? parent?.get(tag);
  return {
    get,
    register: (tag, catalogue) => void loaded.set(tag, catalogue),
    registerPart(tag, part) {
      const cat = loaded.get(tag);
      if (!cat) return; // a locale that is not loaded gets its parts with its whole catalogue
      Object.assign(cat.codes, part.codes);
      for (const [form, labels] of Object.entries(part.fields ?? {}) as [FormId, Record<string, string>][])
        cat.fields[form] = { ...cat.fields[form], ...labels };
      Object.assign(cat.options, part.options);
    },
    resolve(requested) {
      if (typeof requested !== 'string' || requested === BASE_LOCALE) return BASE_LOCALE;
      if (get(requested)) return requested as Locale;
      if ((LOCALES as readonly string[]).includes(requested) && !warned.has(requested)) {
        warned.add(requested);
        console.warn(
          `city-forms: locale '${requested}' is not loaded; showing ${BASE_LOCALE}. Add \`import '@city-forms/rules/locales/${requested}'\` (React: '@city-forms/react/locales/${requested}').`,
        );
      }
      return BASE_LOCALE;
    },
    catalogue: (tag) => get(tag) ?? get(BASE_LOCALE)!,
  };
}

/** The default kit's locales. */
export const defaultLocales: LocaleRegistry = createLocaleRegistry(undefined, {
  [BASE_LOCALE]: { ...zhCNCommon, codes: { ...zhCNCommon.codes }, fields: emptyFields(), options: {}, actions: { ...zhCNCommon.actions } },
});

/**
 * Make a locale's whole catalogue available (what `@city-forms/rules/locales/en` does on import).
 * @example
 * ```ts
 * import { en } from '@city-forms/rules/locales/en'; // registers it; or by hand:
 * registerLocale('en', en);
 * ```
 */
export function registerLocale(locale: Locale, catalogue: LocaleCatalogue): void {
  defaultLocales.register(locale, catalogue);
}

/**
 * Merge one part (a form's messages, field and option labels) into a locale's
 * catalogue. The form modules do this for their zh-CN part when loaded.
 * @example
 * ```ts
 * registerCatalogue('zh-CN', { codes: {}, fields: { leave: { startDate: '起始日期' } } });
 * ```
 */
export function registerCatalogue(locale: Locale, part: CataloguePart): void {
  defaultLocales.registerPart(locale, part);
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
  return defaultLocales.resolve(requested);
}

/**
 * The catalogue of a locale (zh-CN for anything unknown or not loaded).
 * @example
 * ```ts
 * catalogueFor('en').codes['leave.retroactive']?.title;
 * ```
 */
export function catalogueFor(locale: string): LocaleCatalogue {
  return defaultLocales.catalogue(locale);
}
