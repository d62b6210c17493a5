/**
 * 简体中文 (default) message catalogue, whole: the common part and the zh-CN part
 * of every form of `FORMS` (each form carries its own as `text`). Its keys are the
 * reference: the parity test fails when `en` (or any other locale) lacks one. The
 * engine itself loads only `zh-CN/common.ts` and the part of each form it is
 * given, so a one-form bundle carries one form's messages.
 * @module
 */
import { FORMS, type FormModules } from '../catalogue.js';
import type { CataloguePart, LocaleCatalogue } from './types.js';
import { zhCNCommon } from './zh-CN/common.js';

type Part = FormModules[keyof FormModules]['text'];
type Intersect<U> = (U extends unknown ? (k: U) => void : never) extends (k: infer I) => void ? I : never;
/** One key of every form's part, merged (an intersection of each form's own literal type). */
type Merged<K extends string> = Intersect<Part extends infer P ? (P extends Readonly<Record<K, infer V>> ? V : Record<never, never>) : never>;

/** The whole zh-CN catalogue's type: the common part with every form's codes, fields and options. */
type ZhCN = Omit<typeof zhCNCommon, 'codes'> & {
  codes: typeof zhCNCommon.codes & Merged<'codes'>;
  fields: Merged<'fields'>;
  options: Merged<'options'>;
};

const parts: readonly CataloguePart[] = Object.values(FORMS).map((f) => f.text);
const merged = (pick: (p: CataloguePart) => object | undefined): object => Object.assign({}, ...parts.map((p) => pick(p) ?? {})) as object;

/**
 * The zh-CN catalogue.
 * @example
 * ```ts
 * import { zhCN } from '@city-forms/rules';
 * zhCN.codes['leave.retroactive'].title; // '事后补报'
 * ```
 */
export const zhCN = {
  ...zhCNCommon,
  codes: { ...zhCNCommon.codes, ...merged((p) => p.codes) },
  fields: merged((p) => p.fields),
  options: merged((p) => p.options),
} as ZhCN satisfies LocaleCatalogue;
