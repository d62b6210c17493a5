/**
 * What the portal loads on demand, each a dynamic `import()` (its own chunk in the
 * build): the form shown (`@city-forms/react/leave`, `/agenda`, `/document`), the
 * profile of the city named (`@city-forms/rules/cities/<id>`), English for the
 * forms, and the rules' engine that registers and resolves them (`./prepare.ts`).
 * The page itself (this module, `App`, the portal's strings) carries none of
 * them, so the first paint waits for React and the shell only.
 * @module
 */
import type { AgendaFormProps } from '@city-forms/react/agenda';
import type { DocumentSheetProps } from '@city-forms/react/document';
import type { LeaveFormProps } from '@city-forms/react/leave';
import type { CityProfileInput, Locale, Localized, ResolvedProfile } from '@city-forms/rules/core';
import type { ReactElement } from 'react';

/** The forms the portal offers, in its menu's order. */
export const PORTAL_FORMS = ['leave', 'agenda', 'document'] as const;
/** One of {@link PORTAL_FORMS}. */
export type PortalForm = (typeof PORTAL_FORMS)[number];

/** The three form components, by form id. */
export interface FormComponents {
  leave: (props: LeaveFormProps) => ReactElement;
  agenda: (props: AgendaFormProps) => ReactElement;
  document: (props: DocumentSheetProps) => ReactElement;
}

/** One loader per form (literal specifiers, so the bundler splits them). */
export const FORM_LOADERS: { [F in PortalForm]: () => Promise<FormComponents[F]> } = {
  leave: () => import('@city-forms/react/leave').then((m) => m.LeaveForm),
  agenda: () => import('@city-forms/react/agenda').then((m) => m.AgendaForm),
  document: () => import('@city-forms/react/document').then((m) => m.DocumentSheet),
};

/** One loader per seed city's profile (plain data, 2–3 kB each). */
const CITY_LOADERS: Readonly<Record<string, () => Promise<CityProfileInput>>> = {
  xianning: () => import('@city-forms/rules/cities/xianning').then((m) => m.xianning),
  fushun: () => import('@city-forms/rules/cities/fushun').then((m) => m.fushun),
  panzhihua: () => import('@city-forms/rules/cities/panzhihua').then((m) => m.panzhihua),
  huarong: () => import('@city-forms/rules/cities/huarong').then((m) => m.huarong),
  jining: () => import('@city-forms/rules/cities/jining').then((m) => m.jining),
};

/** The seed cities, in seed order: the list shown when the server's cannot be had. */
export const SEED_CITY_IDS: readonly string[] = Object.keys(CITY_LOADERS);

/** Whether `id` is a seed city (its profile is a chunk of this build; `national` needs none). */
export function isSeedCity(id: string): boolean {
  return Object.prototype.hasOwnProperty.call(CITY_LOADERS, id);
}

/** The seed cities' ids and names, from their profiles (when the server's list failed). */
export function loadSeedCities(): Promise<{ id: string; name: Localized }[]> {
  return Promise.all(SEED_CITY_IDS.map((id) => CITY_LOADERS[id]!().then((p) => ({ id, name: p.name }))));
}

/**
 * Resolve a city for the forms: a seed city's id, or a profile of the server's
 * folder (whose `extends` may name a seed city, loaded first). Null when the
 * profile does not resolve. The engine and the city's profile load in parallel.
 */
export async function loadProfile(city: string | CityProfileInput): Promise<ResolvedProfile | null> {
  const base = typeof city === 'string' ? city : city.extends;
  const [prepare, seed] = await Promise.all([import('./prepare.js'), base !== undefined && isSeedCity(base) ? CITY_LOADERS[base]!() : undefined]);
  return prepare.resolve(city, seed);
}

/** Register a locale other than zh-CN for the forms (the kit's strings and the rules' messages). */
export async function loadLocale(locale: Locale): Promise<void> {
  if (locale === 'zh-CN') return;
  const [prepare, rules, ui] = await Promise.all([
    import('./prepare.js'),
    import('@city-forms/rules/locales/en-data'),
    import('@city-forms/react/locales/en-data'),
  ]);
  prepare.registerEnglish(rules.en, ui.uiEn);
}
