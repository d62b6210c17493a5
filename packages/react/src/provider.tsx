/**
 * `<CityFormsProvider>`: the city, locale, calendar, context and message overrides
 * every form below it uses (each form's own props win).
 * @module
 */
import {
  catalogueFor,
  resolveLocale,
  resolveCity,
  type CalendarOverrides,
  type CityProfileInput,
  type FormId,
  type Locale,
  type ResolvedProfile,
  type ValidationContext,
  type WorkingCalendar,
} from '@city-forms/rules/core';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { uiStrings, type UiStrings } from './i18n.js';

/**
 * Settings shared by the forms.
 * @example
 * ```tsx
 * const config: CityFormsConfig = { city: 'fushun', locale: 'zh-CN' };
 * ```
 */
export interface CityFormsConfig {
  /** A built-in city id or a portal's own profile (see `defineCity`). */
  city: string | CityProfileInput;
  locale?: Locale | undefined;
  calendar?: CalendarOverrides | WorkingCalendar | undefined;
  context?: ValidationContext | undefined;
  /** Overrides: interface strings by key, rule and field messages by code. */
  messages?: Partial<UiStrings> & Readonly<Record<string, string>>;
  /** Today's civil date (tests and demos); defaults to today in Asia/Shanghai. */
  today?: string | undefined;
}

const Ctx = createContext<Partial<CityFormsConfig> | null>(null);

/**
 * Provide the city and locale to every form below.
 * @example
 * ```tsx
 * <CityFormsProvider city="fushun" locale="zh-CN">
 *   <LeaveForm onSubmit={save} />
 * </CityFormsProvider>
 * ```
 */
export function CityFormsProvider(props: Partial<CityFormsConfig> & { children: ReactNode }) {
  const { children, city, locale, calendar, context, messages, today } = props;
  const parent = useContext(Ctx);
  const value = useMemo(() => {
    // What this provider sets, over what an outer provider set (a prop left undefined is inherited).
    const own: { [K in keyof CityFormsConfig]?: CityFormsConfig[K] | undefined } = { city, locale, calendar, context, messages, today };
    const merged: Record<string, unknown> = { ...parent };
    for (const [k, v] of Object.entries(own)) if (v !== undefined) merged[k] = v;
    return merged;
  }, [parent, city, locale, calendar, context, messages, today]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

/** The resolved settings a form works with. */
export interface ResolvedConfig extends CityFormsConfig {
  locale: Locale;
  profile: ResolvedProfile;
  ui: UiStrings;
  /** Field label in the locale (with message overrides applied). */
  label(form: FormId, field: string): string;
  /** Option label (e.g. 'format.reference') in the locale. */
  option(key: string): string;
}

/**
 * Merge provider settings with a form's own props and resolve the city.
 * Throws (at render) for an unknown city or invalid profile: that is a portal bug,
 * reported with the problems listed.
 * @example
 * ```tsx
 * const { profile, ui } = useCityFormsConfig({ city: 'jining' });
 * ```
 */
export function useCityFormsConfig(own: Partial<CityFormsConfig>): ResolvedConfig {
  const parent = useContext(Ctx);
  const city = own.city ?? parent?.city;
  const locale: Locale = resolveLocale(own.locale ?? parent?.locale);
  const messages = useMemo(() => ({ ...parent?.messages, ...own.messages }), [parent?.messages, own.messages]);
  if (city === undefined) {
    throw new Error('city-forms: no city given. Pass `city` to the form or wrap it in <CityFormsProvider city="…">.');
  }
  const profile = useMemo(() => resolveCity(city), [city]);
  return useMemo(() => {
    const cat = catalogueFor(locale);
    return {
      city,
      locale,
      profile,
      calendar: own.calendar ?? parent?.calendar,
      context: own.context ?? parent?.context,
      today: own.today ?? parent?.today,
      messages,
      ui: uiStrings(locale, messages),
      label: (form, field) => messages[`field.${form}.${field}`] ?? cat.fields[form][field] ?? field,
      option: (key) => messages[`option.${key}`] ?? cat.options[key] ?? key,
    };
  }, [city, locale, profile, own.calendar, parent?.calendar, own.context, parent?.context, own.today, parent?.today, messages]);
}
