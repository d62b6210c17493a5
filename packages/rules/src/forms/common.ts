/**
 * Field schemas and small helpers shared by the form models.
 * @module
 */
import * as z from 'zod/mini';
export { fastObject } from '#object';
import { isCivilDate } from '../dates.js';
import { CONTROL_CHARACTER, LONE_SURROGATE, PHONE_PATTERN, isBlank, isPhone } from '../text.js';

const textIssue = (payload: z.core.ParsePayload<string>, code: string) =>
  payload.issues.push({ code: 'custom', input: payload.value, message: code, params: { code }, continue: true });

/**
 * What every free text must be: no control characters (NUL, terminal escapes),
 * well-formed UTF-16 (no lone surrogate) and, when required, something visible
 * (only zero-width characters or a BOM is not an answer).
 */
const textCheck = (required: boolean) =>
  z.check<string>((payload) => {
    const v = payload.value;
    if (CONTROL_CHARACTER.test(v)) textIssue(payload, 'field.control-character');
    else if (LONE_SURROGATE.test(v)) textIssue(payload, 'field.malformed-text');
    if (required && v.length > 0 && isBlank(v)) textIssue(payload, 'field.required');
  });
const REQUIRED_TEXT = textCheck(true);
const OPTIONAL_TEXT = textCheck(false);
/** '' or only invisible characters: not provided. */
const blankToUndefined = (v: string | undefined) => (v === undefined || v === '' || isBlank(v) ? undefined : v);

/** A required single-line text. */
export const requiredText = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max), REQUIRED_TEXT);
/** An optional text; an empty (or invisible-only) string counts as not provided. */
export const optionalText = (max: number) => z.pipe(z.optional(z.string().check(z.trim(), z.maxLength(max), OPTIONAL_TEXT)), z.transform(blankToUndefined));
/** An optional phone number: phone-like text only (digits, spaces, +, -, parentheses, 分机/转 extension). */
export const optionalPhone = (max: number) => {
  const text = z.string().check(
    z.trim(),
    z.maxLength(max),
    OPTIONAL_TEXT,
    z.refine((v: string) => isBlank(v) || isPhone(v), { params: { code: 'field.invalid-phone' } }),
  );
  // JSON Schema consumers get the same rule as a pattern.
  z.globalRegistry.add(text, { pattern: PHONE_PATTERN });
  return z.pipe(z.optional(text), z.transform(blankToUndefined));
};
/** A civil date `YYYY-MM-DD` that is a real calendar day (2026-02-30 is not). */
export const civilDate = () => z.string().check(z.refine(isCivilDate, { message: 'invalid date', params: { code: 'field.invalid-date' } }));
/** An optional civil date; an empty string counts as not provided. */
export const optionalCivilDate = () =>
  z.pipe(
    z.optional(z.string().check(z.refine((v) => v === '' || isCivilDate(v), { message: 'invalid date', params: { code: 'field.invalid-date' } }))),
    z.transform((v) => (v === '' ? undefined : v)),
  );
/** An id chosen from a list the profile supplies (membership is checked by the engine). */
export const optionId = () => z.string().check(z.minLength(1), z.maxLength(40));
/** An optional id; empty string counts as not provided. */
export const optionalOptionId = () =>
  z.pipe(
    z.optional(z.string().check(z.maxLength(40))),
    z.transform((v) => (v === '' ? undefined : v)),
  );
/** A yes/no answer that defaults to no. */
export const flag = () => z._default(z.boolean(), false);

/** Whether two inclusive date ranges overlap. */
export function overlaps(aStart: string, aEnd: string, bStart: string, bEnd: string): boolean {
  return aStart <= bEnd && bStart <= aEnd;
}

/** True when a value is present and not blank (only white space or invisible characters is blank). */
export function present(v: unknown): boolean {
  return v !== undefined && v !== null && !(typeof v === 'string' && isBlank(v));
}

/** An optional choice from a fixed list; an empty string counts as not provided. */
export const optionalEnum = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.pipe(
    z.optional(z.union([z.literal(''), z.enum(values)])),
    z.transform((v) => (v === '' ? undefined : v)),
  );

/** An optional whole number, as a number or as digits typed into a text box. */
export const optionalCount = (max: number) =>
  z.pipe(
    z.optional(
      z.union([
        z.literal(''),
        z.int().check(z.gte(0), z.lte(max)),
        z.pipe(z.pipe(z.string().check(z.regex(/^\d{1,9}$/)), z.transform(Number)), z.number().check(z.lte(max))),
      ]),
    ),
    z.transform((v) => (v === '' ? undefined : v)),
  );
