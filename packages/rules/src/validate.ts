/**
 * `validate(form, …)`, `createSchema(form, …)` and `emptyData(form)`: the engine
 * with every form and every built-in city loaded (the full entry).
 * @module
 */
import type * as z from 'zod/mini';
import { FORMS } from './catalogue.js';
import './cities/index.js';
import {
  createSchemaWith,
  emptyDataOf,
  failureFor,
  validateWith,
  type FormData,
  type FormDerived,
  type FormInputs,
  type SchemaOptions,
  type ValidateOptions,
  type ValidationResult,
} from './engine.js';
import { UnknownFormError } from './errors.js';
import type { FormModule } from './forms/module.js';
import type { FormId } from './types.js';

export * from './engine.js';

function moduleOf<F extends FormId>(form: F): FormModule<FormData[F], FormDerived[F]> | undefined {
  // Only a string is looked up: anything else could run code (a throwing toString) when used as a key.
  return typeof form === 'string' && Object.hasOwn(FORMS, form) ? (FORMS[form] as unknown as FormModule<FormData[F], FormDerived[F]>) : undefined;
}

/**
 * Validate submitted data of one form against a city's rules. Never throws: bad
 * input, an unknown form or city, an invalid profile, options that are not an
 * object, or data, options or context that throw when read (getters, Proxies)
 * come back as `input.*` issues.
 *
 * @example
 * ```ts
 * import { validate } from '@city-forms/rules';
 * const result = validate('leave', {
 *   applicantName: '张三', applicantRole: 'member', kind: 'official-trip', leavesJurisdiction: true,
 *   startDate: '2026-11-24', endDate: '2026-11-26', reason: '赴省参加会议',
 * }, { city: 'fushun', today: '2026-11-23' });
 * result.issues[0]?.code; // 'leave.notice-too-short'
 * result.issues[0]?.citation; // '依据《抚顺市人民政府工作规则》第五十四条'
 * ```
 */
export function validate<F extends FormId>(form: F, data: unknown, options: ValidateOptions): ValidationResult<F> {
  const module = moduleOf(form);
  if (!module) return failureFor('input.unknown-form', { form: typeof form === 'string' ? (form as string).slice(0, 40) : `(${typeof form})` }, options);
  return validateWith(module, data, options);
}

/**
 * A zod schema for one form and city: it checks the shape and runs every rule
 * (errors only; warnings do not block). Use it with react-hook-form's
 * `zodResolver`, or `safeParse` on a server. Each zod issue carries the rule code,
 * clause and citation in `params`. `today` is read at parse time when not given.
 *
 * @example
 * ```ts
 * import { zodResolver } from '@hookform/resolvers/zod';
 * const schema = createSchema('leave', { city: 'fushun' });
 * useForm({ resolver: zodResolver(schema) });
 * schema.safeParse(json).success;
 * ```
 */
export function createSchema<F extends FormId>(form: F, options: SchemaOptions<F>): z.ZodMiniType<FormData[F], FormInputs[F]> {
  const module = moduleOf(form);
  if (!module) throw new UnknownFormError(String(form));
  return createSchemaWith(module, options);
}

/**
 * An empty submission of a form: '' for text, false for yes/no, [] for lists — the
 * starting values of a form.
 * @example
 * ```ts
 * emptyData('leave').applicantName; // ''
 * ```
 */
export function emptyData<F extends FormId>(form: F): FormInputs[F] {
  const module = moduleOf(form);
  if (!module) throw new UnknownFormError(String(form));
  return emptyDataOf(module);
}
