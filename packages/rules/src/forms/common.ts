/**
 * Field schemas and small helpers shared by the three form models.
 * @module
 */
import { z } from 'zod';
import { isCivilDate } from '../dates.js';

/** A required single-line text. */
export const requiredText = (max: number) => z.string().trim().min(1).max(max);
/** An optional text; an empty string counts as not provided. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v === '' ? undefined : v));
/** A civil date `YYYY-MM-DD` that is a real calendar day (2026-02-30 is not). */
export const civilDate = () =>
  z.string().refine(isCivilDate, { message: 'invalid date', params: { code: 'field.invalid-date' } });
/** An optional civil date; an empty string counts as not provided. */
export const optionalCivilDate = () =>
  z
    .string()
    .refine((v) => v === '' || isCivilDate(v), { message: 'invalid date', params: { code: 'field.invalid-date' } })
    .optional()
    .transform((v) => (v === '' ? undefined : v));
/** An id chosen from a list the profile supplies (membership is checked by the engine). */
export const optionId = () => z.string().min(1).max(40);
/** An optional id; empty string counts as not provided. */
export const optionalOptionId = () =>
  z
    .string()
    .max(40)
    .optional()
    .transform((v) => (v === '' ? undefined : v));
/** A yes/no answer that defaults to no. */
export const flag = () => z.boolean().default(false);

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
  z
    .union([z.literal(''), z.enum(values)])
    .optional()
    .transform((v) => (v === '' ? undefined : v));

/** An optional whole number, as a number or as digits typed into a text box. */
export const optionalCount = (max: number) =>
  z
    .union([z.literal(''), z.number().int().min(0).max(max), z.string().regex(/^\d{1,9}$/).transform(Number).pipe(z.number().max(max))])
    .optional()
    .transform((v) => (v === '' ? undefined : v));
