/**
 * Locale catalogues by id.
 * @module
 */
import type { Locale } from '../types.js';
import { en } from './en.js';
import type { LocaleCatalogue } from './types.js';
import { zhCN } from './zh-CN.js';

export { en, zhCN };
export type { LocaleCatalogue };

/**
 * Every locale's catalogue.
 * @example
 * ```ts
 * Object.keys(CATALOGUES); // ['zh-CN', 'en']
 * ```
 */
export const CATALOGUES: Readonly<Record<Locale, LocaleCatalogue>> = { 'zh-CN': zhCN, en };

/**
 * The catalogue of a locale (zh-CN for anything unknown).
 * @example
 * ```ts
 * catalogueFor('en').codes['leave.retroactive']?.title;
 * ```
 */
export function catalogueFor(locale: string): LocaleCatalogue {
  return locale === 'en' ? en : zhCN;
}
