/**
 * Locale catalogues. zh-CN is always there, in parts: the common part at once,
 * each form's part when that form's module is loaded (`registerCatalogue`), so a
 * one-form browser bundle carries one form's messages. Other locales are
 * registered whole by importing them (`@city-forms/rules/locales/en`). The full
 * entry (`@city-forms/rules`) loads every form and every locale.
 * @module
 */
import type { FormId, Locale } from '../types.js';
import type { CataloguePart, LocaleCatalogue } from './types.js';
import { zhCNCommon } from './zh-CN/common.js';

export type { CataloguePart, LocaleCatalogue };

const emptyFields = (): Record<FormId, Record<string, string>> => ({ leave: {}, agenda: {}, document: {} });
const loaded: Partial<Record<Locale, LocaleCatalogue>> = {
  'zh-CN': { ...zhCNCommon, codes: { ...zhCNCommon.codes }, fields: emptyFields(), options: {}, actions: { ...zhCNCommon.actions } },
};
let warned = false;

/**
 * Make a locale's whole catalogue available (what `@city-forms/rules/locales/en` does on import).
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
 * Merge one part (a form's messages, field and option labels) into a locale's
 * catalogue. The form modules do this for their zh-CN part when loaded.
 * @example
 * ```ts
 * registerCatalogue('zh-CN', { codes: {}, fields: { leave: { startDate: '起始日期' } } });
 * ```
 */
export function registerCatalogue(locale: Locale, part: CataloguePart): void {
  const cat = loaded[locale];
  if (!cat) return; // a locale that is not loaded gets its parts with its whole catalogue
  Object.assign(cat.codes, part.codes);
  for (const [form, labels] of Object.entries(part.fields ?? {}) as [FormId, Record<string, string>][]) cat.fields[form] = { ...cat.fields[form], ...labels };
  Object.assign(cat.options, part.options);
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
  return (locale === 'en' ? loaded.en : undefined) ?? loaded['zh-CN']!;
}
