/**
 * The rule catalogue: every stable code, which form it belongs to, and what it
 * means in each city (severity, citation, params).
 * @module
 */
import { agendaForm } from './forms/agenda.js';
import { documentForm } from './forms/document.js';
import { leaveForm } from './forms/leave.js';
import { leaveReturnForm } from './forms/leave-return.js';
import type { AnyFormModule } from './forms/module.js';
import type { RuleDef } from './rule.js';
import type { FormId } from './types.js';
import { registerForm } from './registry.js';

/**
 * The form modules by id: the one list of forms. `FormId` (src/types.ts) and the
 * kit's data types (`FormData`, `FormInputs`, `FormDerived` in engine.ts) are
 * read off it as types; `FORM_IDS`, `RULES`, the whole zh-CN catalogue and the
 * fixtures' forms at run time. Adding a form is one line here (see CONTRIBUTING.md
 * "Adding a form").
 */
export const FORMS = {
  leave: leaveForm,
  leaveReturn: leaveReturnForm,
  agenda: agendaForm,
  document: documentForm,
} as const satisfies Record<string, AnyFormModule>;

/** The module of each form, as a type. */
export type FormModules = typeof FORMS;

/**
 * Every form id, in the order of {@link FORMS}.
 * @example
 * ```ts
 * FORM_IDS.includes('leaveReturn'); // true
 * ```
 */
export const FORM_IDS = Object.keys(FORMS) as FormId[];

for (const id of FORM_IDS) registerForm(FORMS[id]);

/** Every rule the kit implements, in catalogue order. */
export const RULES: readonly RuleDef[] = FORM_IDS.flatMap((id) => FORMS[id].rules as RuleDef[]);

/**
 * Every rule code, in catalogue order.
 * @example
 * ```ts
 * RULE_CODES.includes('leave.paired-absence'); // true
 * ```
 */
export const RULE_CODES: readonly string[] = RULES.map((r) => r.code);

/**
 * Codes that are not rules of a seed: input-shape problems and calendar notices
 * (their issues carry `clause: null`).
 * @example
 * ```ts
 * SYSTEM_CODES.includes('field.required'); // true
 * ```
 */
export const SYSTEM_CODES = [
  'field.required',
  'field.invalid-type',
  'field.too-long',
  'field.too-short',
  'field.too-many',
  'field.too-few',
  'field.invalid-date',
  'field.invalid-option',
  'field.invalid',
  'field.invalid-phone',
  'field.control-character',
  'field.malformed-text',
  'input.not-object',
  'input.unknown-city',
  'input.invalid-profile',
  'input.unknown-form',
  'input.invalid-today',
  'input.invalid-received-on',
  'input.invalid-options',
  'input.unreadable',
  'calendar.year-not-covered',
  'consent.after-record',
  'consent.by-missing',
] as const;
