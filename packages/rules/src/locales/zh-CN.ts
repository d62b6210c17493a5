/**
 * 简体中文 (default) message catalogue, whole: the parts in `zh-CN/` merged. Its
 * keys are the reference: the parity test fails when `en` (or any other locale)
 * lacks one. The engine itself loads only `zh-CN/common.ts` and the part of each
 * form it is given, so a one-form bundle carries one form's messages.
 * @module
 */
import type { LocaleCatalogue } from './types.js';
import { zhCNAgenda } from './zh-CN/agenda.js';
import { zhCNCommon } from './zh-CN/common.js';
import { zhCNDocument } from './zh-CN/document.js';
import { zhCNLeave } from './zh-CN/leave.js';

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
  codes: { ...zhCNCommon.codes, ...zhCNLeave.codes, ...zhCNAgenda.codes, ...zhCNDocument.codes },
  fields: { ...zhCNLeave.fields, ...zhCNAgenda.fields, ...zhCNDocument.fields },
  options: zhCNDocument.options,
} as const satisfies LocaleCatalogue;
