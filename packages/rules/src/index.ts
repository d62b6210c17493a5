/**
 * `@city-forms/rules`: the work rules of Chinese local governments for the forms of
 * `FORMS` (议题申报, 公文报送, 请假 and 销假) as zod schemas driven by per-city profiles, with
 * citations, a working-day calendar and locale catalogues. No React.
 *
 * @example
 * ```ts
 * import { validate, createSchema } from '@city-forms/rules';
 * const result = validate('leave', data, { city: 'fushun' });
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
export { BUILT_IN_PROFILES, CITY_IDS, defineCity, registerCity, resolveCity, national, xianning, fushun, panzhihua, huarong, jining } from './cities/index.js';
export { FORMS, FORM_IDS, RULES, RULE_CODES, SYSTEM_CODES, type FormModules } from './catalogue.js';
export type { Absence, ValidationContext } from './rule.js';
export {
  validate,
  createSchema,
  emptyData,
  validateWith,
  createSchemaWith,
  emptyDataOf,
  fieldAppliesIn,
  citation,
  fieldLabel,
  type ValidateOptions,
  type SchemaOptions,
  type ValidationResult,
  type FormData,
  type FormDerived,
  type FormInputs,
} from './validate.js';
export { registerForm } from './registry.js';
export type { FormModule } from './forms/module.js';
export { describeRules, fieldApplies, agendaTopicFlags, type RuleEntry } from './describe.js';
export { createKit, defaultKit, type Kit, type KitOptions } from './kit.js';
export * from './session.js';
export * from './layout/index.js';
export { catalogueFor, registerCatalogue, registerLocale, resolveLocale, type CataloguePart, type LocaleCatalogue } from './locales/index.js';
export { zhCN } from './locales/zh-CN.js';
export { CATALOGUES, en } from './locales/with-en.js';
export { formatMessage } from './locales/format.js';
export * from './sheet.js';
export { sheetHtml, sheetPage, escapeHtml } from './sheet-html.js';
export { sheetModel } from './sheet-all.js';
export { LeaveModel, leaveForm, type LeaveRequest, type LeaveDerived } from './forms/leave.js';
export { AgendaModel, agendaForm, AGENDA_TOPIC_FLAGS, type AgendaItem, type AgendaDerived } from './forms/agenda.js';
export {
  DocumentModel,
  documentForm,
  LEADER_EXCEPTIONS,
  SKIP_LEVEL_GROUNDS,
  DOCUMENT_FORMATS,
  CLASSIFICATIONS,
  URGENCIES,
  type DocumentSubmission,
  countersignDue,
  type DocumentDerived,
} from './forms/document.js';
export { jsonSchema } from './json-schema.js';
