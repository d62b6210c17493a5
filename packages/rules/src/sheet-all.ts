/**
 * `sheetModel(form, result, city)`: the sheet of any built-in form, by its id
 * (the full entry's convenience over `sheetModelWith`).
 * @module
 */
import { LAYOUTS, type LaidOutForm } from './layout/index.js';
import type { ValidationResult } from './engine.js';
import type { CityProfileInput } from './profile/schema.js';
import type { ResolvedProfile } from './profile/resolve.js';
import { resolveCity } from './registry.js';
import { sheetModelWith, type SheetModel, type SheetOptions } from './sheet.js';

/**
 * The printed sheet of a validated form (see `sheetModelWith`). `city` is the
 * profile the form was validated against: an id, a profile, or a resolved profile.
 * Throws as `resolveCity` does for an unknown city.
 * @example
 * ```ts
 * import { sheetModel, sheetHtml, validate } from '@city-forms/rules';
 * const result = validate('leave', data, { city: 'fushun' });
 * const html = sheetHtml(sheetModel('leave', result, 'fushun', { record: { id: row.id, submittedAt: row.createdAt } }));
 * ```
 */
export function sheetModel(
  form: LaidOutForm,
  result: ValidationResult,
  city: string | CityProfileInput | ResolvedProfile,
  options: SheetOptions = {},
): SheetModel {
  return sheetModelWith(LAYOUTS[form], result, resolveCity(city), options);
}
