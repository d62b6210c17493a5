/**
 * Shared public types of `@city-forms/rules`.
 * @module
 */
import type { FormModules } from './catalogue.js';

/**
 * A form id: a key of the one map of forms, `FORMS` (src/catalogue.ts). Read off
 * it as a type only, so a lean bundle that loads no form carries no list of forms.
 * @example
 * ```ts
 * const form: FormId = 'leave';
 * ```
 */
export type FormId = keyof FormModules;

/** The locales every message exists in; `zh-CN` is the default. */
export const LOCALES = ['zh-CN', 'en'] as const;
/**
 * A supported locale.
 * @example
 * ```ts
 * const locale: Locale = 'en';
 * ```
 */
export type Locale = (typeof LOCALES)[number];

/**
 * How serious an issue is: an `error` blocks submission, a `warning` is shown but
 * does not block.
 * @example
 * ```ts
 * const s: Severity = 'warning';
 * ```
 */
export type Severity = 'error' | 'warning';

/**
 * Where a rule comes from: the profile id whose document says it (`national` for
 * 《党政机关公文处理工作条例》) and the article ordinal in that document's own
 * numbering, e.g. `{ source: 'fushun', article: '五十四' }`.
 * @example
 * ```ts
 * const c: Clause = { source: 'fushun', article: '五十四' };
 * ```
 */
export interface Clause {
  source: string;
  article: string;
}

/**
 * One problem found in submitted data. `code` is the stable contract; `message`
 * is rendered from the locale catalogue; `clause` is `null` only for input-shape
 * problems (`field.*`, `input.*`) and calendar notices, which no article states.
 * @example
 * ```ts
 * const issue: Issue = {
 *   code: 'leave.notice-too-short', severity: 'error', path: ['startDate'],
 *   params: { days: 3, actual: 1 }, message: '…',
 *   clause: { source: 'fushun', article: '五十四' }, citation: '依据《抚顺市人民政府工作规则》第五十四条',
 * };
 * ```
 */
export interface Issue {
  code: string;
  severity: Severity;
  path: (string | number)[];
  params: Record<string, string | number | boolean>;
  message: string;
  clause: Clause | null;
  /** The clause rendered for people, e.g. 依据《抚顺市人民政府工作规则》第五十四条; empty when `clause` is null. */
  citation: string;
}
