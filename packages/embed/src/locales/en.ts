/**
 * English as plain data, one lazily loaded chunk in the standalone bundles
 * (`chunks/locale-en-<hash>.js`): the rules' catalogue and the kit's interface
 * strings. It imports nothing from the bundle; `../locales.ts` registers it.
 * @module
 */
export { en } from '@city-forms/rules/locales/en-data';
export { uiEn } from '@city-forms/react/locales/en-data';
