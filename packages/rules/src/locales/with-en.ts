/**
 * `@city-forms/rules/locales/en`: registers the English catalogue (import it once
 * for `locale: 'en'` in a bundle built from `@city-forms/rules/core`; the full
 * entry `@city-forms/rules` already does).
 * @example
 * ```ts
 * import '@city-forms/rules/locales/en';
 * validateWith(leaveForm, data, { city: fushun, locale: 'en' }); // English messages
 * ```
 * @module
 */
import type { Locale } from '../types.js';
import { en } from './en.js';
import { registerLocale, type LocaleCatalogue } from './index.js';
import { zhCN } from './zh-CN.js';

registerLocale('en', en);

export { en };

/**
 * Every locale's catalogue.
 * @example
 * ```ts
 * Object.keys(CATALOGUES); // ['zh-CN', 'en']
 * ```
 */
export const CATALOGUES: Readonly<Record<Locale, LocaleCatalogue>> = { 'zh-CN': zhCN, en };
