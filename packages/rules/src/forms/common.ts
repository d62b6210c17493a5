/**
 * Field schemas and small helpers shared by the three form models.
 * @module
 */
import * as z from 'zod/mini';
export { fastObject } from '#object';
import { isCivilDate } from '../dates.js';

/** A required single-line text. */
export const requiredText = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
/** An optional text; an empty string counts as not provided. */
export const optionalText = (max: number) =>
  z.pipe(z.optional(z.string().check(z.trim(), z.maxLength(max))), z.transform((v) => (v === '' ? undefined : v)));
/** A civil date `YYYY-MM-DD` that is a real calendar day (2026-02-30 is not). */
export const civilDate = () =>
  z.string().check(z.refine(isCivilDate, { message: 'invalid date', params: { code: 'field.invalid-date' } }));
/** An optional civil date; an empty string counts as not provided. */
export const optionalCivilDate = () =>
  z.pipe(z.optional(z.string().check(z.refine((v) => v === '' || isCivilDate(v), { message: 'invalid date', params: { code: 'field.invalid-date' } }))), z.transform((v) => (v === '' ? undefined : v)));
/** An id chosen from a list the profile supplies (membership is checked by the engine). */
export const optionId = () => z.string().check(z.minLength(1), z.maxLength(40));
/** An optional id; empty string counts as not provided. */
export const optionalOptionId = () =>
  z.pipe(z.optional(z.string().check(z.maxLength(40))), z.transform((v) => (v === '' ? undefined : v)));
/** A yes/no answer that defaults to no. */
export const flag = () => z._default(z.boolean(), false);

/** Whether two inclusive date ranges overlap. */
export function overlaps(aStart: string, aEnd: string, bStart: string, bEnd: string): boolean {
  return aStart <= bEnd && bStart <= aEnd;
}

/** True when a value is present and not blank. */
export function present(v: unknown): boolean {
  return v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === '');
}

/** An optional choice from a fixed list; an empty string counts as not provided. */
export const optionalEnum = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.pipe(z.optional(z.union([z.literal(''), z.enum(values)])), z.transform((v) => (v === '' ? undefined : v)));

/** An optional whole number, as a number or as digits typed into a text box. */
export const optionalCount = (max: number) =>
  z.pipe(z.optional(z.union([z.literal(''), z.int().check(z.gte(0), z.lte(max)), z.pipe(z.pipe(z.string().check(z.regex(/^\d{1,9}$/)), z.transform(Number)), z.number().check(z.lte(max)))])), z.transform((v) => (v === '' ? undefined : v)));

