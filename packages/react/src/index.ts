/**
 * `@city-forms/react`: three forms that enforce a city's work rules through
 * `@city-forms/rules` only. Each form is also importable on its own
 * (`@city-forms/react/leave`, `/agenda`, `/document`).
 *
 * @example
 * ```tsx
 * import { CityFormsProvider, LeaveForm } from '@city-forms/react';
 * import '@city-forms/react/styles.css';
 *
 * <CityFormsProvider city="fushun"><LeaveForm onSubmit={save} /></CityFormsProvider>
 * ```
 * @module
 */
// The main entry lets forms take any built-in city by id: register the five seed
// profiles. The per-form entries (`@city-forms/react/leave`…) do not, so a portal
// that passes one city's profile object ships only that city.
import '@city-forms/rules/cities';
import './locales/en.js';

export { CityFormsProvider, useCityFormsConfig, type CityFormsConfig, type ResolvedConfig } from './provider.js';
export { LeaveForm, type LeaveFormProps } from './forms/LeaveForm.js';
export { AgendaForm, type AgendaFormProps } from './forms/AgendaForm.js';
export { DocumentSheet, type DocumentSheetProps } from './forms/DocumentSheet.js';
export { uiStrings, uiZhCN, registerUiLocale, type UiStrings, type UiKey } from './i18n.js';
export { uiEn } from './locales/en.js';
export { clearDrafts, type DraftStorageKind } from './internal/drafts.js';
export type { CityFormProps } from './internal/useCityForm.js';
export { PrintableSheet, printSheet, type PrintableSheetProps, type PrintSheetOptions } from './sheet/index.js';
