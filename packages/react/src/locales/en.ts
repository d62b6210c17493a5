/**
 * `@city-forms/react/locales/en`: registers English for the forms, both the
 * interface strings and the rules' catalogue. The per-form entries
 * (`@city-forms/react/leave`…) ship zh-CN only; import this once for
 * `locale="en"`. The main entry `@city-forms/react` already does.
 * @example
 * ```ts
 * import '@city-forms/react/locales/en';
 * import { LeaveForm } from '@city-forms/react/leave';
 * // <LeaveForm city={fushun} locale="en" />
 * ```
 * @module
 */
import '@city-forms/rules/locales/en';
import { registerUiLocale } from '../i18n.js';

import { uiEn } from './en-data.js';

export { uiEn };

registerUiLocale('en', uiEn);
