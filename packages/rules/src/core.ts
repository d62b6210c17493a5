/**
 * `@city-forms/rules/core`: the engine without any form or city bundled in. Pair
 * it with one form module (`@city-forms/rules/forms/leave`) and the profile of
 * the city you serve (`@city-forms/rules/cities/fushun`) so a bundle carries only
 * those. City ids resolve once their profile is registered; the full entry
 * (`@city-forms/rules` or `@city-forms/rules/cities`) registers all five.
 *
 * @example
 * ```ts
 * import { validateWith } from '@city-forms/rules/core';
 * import { leaveForm } from '@city-forms/rules/forms/leave';
 * import { fushun } from '@city-forms/rules/cities/fushun';
 * const result = validateWith(leaveForm, data, { city: fushun });
 * ```
 * @module
 */
export * from './types.js';
export * from './dates.js';
export * from './errors.js';
export { createCalendar, defaultCalendar } from './calendar/index.js';
export type { CalendarOverrides, WorkingCalendar, YearCoverage } from './calendar/index.js';
export { CityProfileSchema, LocalizedSchema, type CityProfileInput, type Localized, type RuleSetting } from './profile/schema.js';
export type { ResolvedProfile, ActiveRule } from './profile/resolve.js';
export { national } from './cities/national.js';
export { defineCity, registerCity, resolveCity, registerForm, registerBuiltIns, isBuiltIn } from './registry.js';
export type { Absence, ValidationContext } from './rule.js';
export type { FormModule } from './forms/module.js';
export {
  validateWith,
  createSchemaWith,
  emptyDataOf,
  fieldAppliesIn,
  inputFailure,
  citation,
  fieldLabel,
  type ValidateOptions,
  type SchemaOptions,
  type ValidationResult,
  type FormData,
  type FormDerived,
  type FormInputs,
} from './engine.js';
export { createKit, defaultKit, type Kit, type KitOptions } from './kit.js';
export * from './session.js';
export * from './layout/layout.js';
export { catalogueFor, registerCatalogue, registerLocale, resolveLocale, type CataloguePart, type LocaleCatalogue } from './locales/index.js';
export { formatMessage } from './locales/format.js';
export * from './sheet.js';
export { sheetHtml, sheetPage, escapeHtml } from './sheet-html.js';
export { trimToModel } from './trim.js';
