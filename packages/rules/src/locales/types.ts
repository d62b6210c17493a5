/**
 * The shape every locale catalogue has.
 * @module
 */
import type { FormId } from '../types.js';

/**
 * A message catalogue: code → { title, message }, field labels per form, option
 * and route-action labels, and the citation template.
 * @example
 * ```ts
 * const partial: Pick<LocaleCatalogue, 'citation'> = { citation: 'under art. {article} of {title}' };
 * ```
 */
export interface LocaleCatalogue {
  locale: string;
  /** Template for a rendered clause, with `{title}` and `{article}`. */
  citation: string;
  listSeparator: string;
  /** Between a label and its value (full width in zh-CN: punctuation belongs to the locale). */
  colon: string;
  notProvided: string;
  yes: string;
  no: string;
  codes: Record<string, { title: string; message: string }>;
  fields: Record<FormId, Record<string, string>>;
  options: Record<string, string>;
  actions: Record<string, string>;
}

/**
 * A piece of a catalogue: one form's messages, field labels and option labels
 * (`registerCatalogue` merges it into the locale's catalogue).
 * @example
 * ```ts
 * const part: CataloguePart = { codes: { 'leave.retroactive': { title: '事后补报', message: '…' } }, fields: { leave: { startDate: '开始日期' } } };
 * ```
 */
export interface CataloguePart {
  codes: Record<string, { title: string; message: string }>;
  /** Field labels under the form's id (a string key: a part is part of the form's own definition, from which the form ids are read). */
  fields?: Record<string, Record<string, string>>;
  options?: Record<string, string>;
}

type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };

/**
 * A catalogue with exactly the keys of the reference (zh-CN) catalogue `T`.
 * @example
 * ```ts
 * const en: SameKeys<typeof zhCN> = { ... };
 * ```
 */
export type SameKeys<T> = Widen<T>;
