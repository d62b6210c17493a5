/**
 * The rule catalogue: every stable code, which form it belongs to, and what it
 * means in each city (severity, citation, params).
 * @module
 */
import { agendaForm } from './forms/agenda.js';
import { documentForm } from './forms/document.js';
import { leaveForm } from './forms/leave.js';
import type { AnyFormModule } from './forms/module.js';
import type { RuleDef } from './rule.js';
import type { FormId } from './types.js';
import { registerForm } from './registry.js';

/**
 * The form modules by id: the one list of forms. The kit's data types are read
 * off it (`FormData`, `FormInputs`, `FormDerived` in engine.ts), and `FORM_IDS`
 * (src/types.ts, for lean bundles that load no form) is checked against it.
 */
export const FORMS = {
  leave: leaveForm,
  agenda: agendaForm,
  document: documentForm,
} as const satisfies { [K in FormId]: AnyFormModule };

/** The module of each form, as a type. */
export type FormModules = typeof FORMS;

/** Compile-time check: FORM_IDS lists exactly the forms of FORMS. */
export type FormIdsMatch = [FormId] extends [keyof FormModules] ? ([keyof FormModules] extends [FormId] ? true : never) : never;
const _formIdsMatch: FormIdsMatch = true;
void _formIdsMatch;

registerForm(leaveForm);
registerForm(agendaForm);
registerForm(documentForm);

/** Every rule the kit implements, in catalogue order. */
export const RULES: readonly RuleDef[] = [...leaveForm.rules, ...agendaForm.rules, ...documentForm.rules];

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
  'input.invalid-options',
  'input.unreadable',
  'calendar.year-not-covered',
] as const;
