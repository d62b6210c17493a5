/**
 * A kit instance: the cities it resolves, the forms whose rule params it checks
 * and the locales it speaks, with the engine bound to them. Two kits share no
 * state, so a server can hold one per tenant and a test its own. The functions
 * exported by the entries (`validateWith`, `resolveCity`, `registerCity`…) are
 * those of {@link defaultKit}.
 * @module
 */
import type * as z from 'zod/mini';
import type { CityProfileInput } from './profile/schema.js';
import type { ResolvedProfile } from './profile/resolve.js';
import type { AnyFormModule, FormModule } from './forms/module.js';
import {
  createSchemaWith,
  validateWith,
  type EngineHost,
  type FormData,
  type FormDerived,
  type FormInputs,
  type SchemaOptions,
  type ValidateOptions,
  type ValidationResult,
} from './engine.js';
import { createCityRegistry, defaultCities, defineIn, registerIn, resolveIn, type CityRegistry } from './registry.js';
import { createLocaleRegistry, defaultLocales, type LocaleCatalogue, type LocaleRegistry } from './locales/index.js';
import type { FormId, Locale } from './types.js';

/**
 * What a kit is made of.
 * @example
 * ```ts
 * const options: KitOptions = { cities: [fushun], locales: { en }, forms: [leaveForm] };
 * ```
 */
export interface KitOptions {
  /** Built-in profiles of this kit (the `national` base is always there). */
  cities?: readonly CityProfileInput[] | undefined;
  /** Whole catalogues by locale tag; tags not given here come from the default registry (zh-CN at least). */
  locales?: Readonly<Record<string, LocaleCatalogue>> | undefined;
  /** Forms whose rule params are checked when a profile resolves (the engine checks the form it validates anyway). */
  forms?: readonly AnyFormModule[] | undefined;
}

/**
 * A kit instance: its registries and the engine bound to them.
 * @example
 * ```ts
 * const kit = createKit({ cities: [fushun] });
 * kit.validateWith(leaveForm, data, { city: 'fushun' }).ok;
 * ```
 */
export interface Kit extends EngineHost {
  resolveCity(city: string | CityProfileInput | ResolvedProfile): ResolvedProfile;
  registerCity(profile: CityProfileInput): ResolvedProfile;
  defineCity(profile: Omit<CityProfileInput, 'extends'> & { extends?: string | CityProfileInput }): CityProfileInput;
  resolveLocale(requested: unknown): Locale;
  validateWith<F extends FormId>(module: FormModule<FormData[F], FormDerived[F]>, data: unknown, options: ValidateOptions): ValidationResult<F>;
  createSchemaWith<F extends FormId>(module: FormModule<FormData[F], FormDerived[F]>, options: SchemaOptions<F>): z.ZodMiniType<FormData[F], FormInputs[F]>;
}

function bind(cities: CityRegistry, locales: LocaleRegistry): Kit {
  const kit: Kit = {
    cities,
    locales,
    resolveCity: (city) => resolveIn(cities, city),
    registerCity: (profile) => registerIn(cities, profile),
    defineCity: (profile) => defineIn(cities, profile),
    resolveLocale: (requested) => locales.resolve(requested),
    validateWith: (module, data, options) => validateWith(module, data, options, kit),
    createSchemaWith: (module, options) => createSchemaWith(module, options, kit),
  };
  return kit;
}

/**
 * A new kit with its own cities, locales and forms.
 * @example
 * ```ts
 * import { createKit } from '@city-forms/rules/core';
 * const kit = createKit({ cities: [fushun], locales: { en } });
 * kit.validateWith(leaveForm, data, { city: 'fushun', locale: 'en' });
 * ```
 */
export function createKit(options: KitOptions = {}): Kit {
  return bind(createCityRegistry(options.cities ?? [], options.forms ?? []), createLocaleRegistry(defaultLocales, options.locales ?? {}));
}

/**
 * The default kit: what `validateWith`, `resolveCity`, `registerCity`… use. The
 * full entry adds the manifest's seed cities, every form of `FORMS` and English to it.
 * @example
 * ```ts
 * defaultKit.resolveCity('national').id; // 'national'
 * ```
 */
export const defaultKit: Kit = /*@__PURE__*/ bind(defaultCities, defaultLocales);
