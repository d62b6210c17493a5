/**
 * The seed cities' profiles, loaded when an element first names one (`city="fushun"`)
 * rather than all of them carried by every bundle. The loaders are the city
 * manifest's (`CITY_LOADERS` of `@city-forms/rules/cities/loaders`, generated from `cities/manifest.ts`): each a literal
 * `import()` of a profile module, so in the standalone bundles each city is a
 * small chunk of its own (`dist/chunks/<id>-<hash>.js`, fetched relative to the
 * bundle), and with a bundler of yours whatever it makes of a dynamic import. A
 * city added to the manifest is loadable here with no change. Once loaded, the
 * profile is registered as a built-in of the rules' registry, so the id resolves
 * exactly as it did when all were registered up front.
 * @module
 */
import { isBuiltIn, registerBuiltIns, type CityProfileInput } from '@city-forms/rules/core';
import { CITY_LOADERS } from '@city-forms/rules/cities/loaders';
import { loadOnce } from './load-once.js';

const LOADERS: Readonly<Record<string, () => Promise<CityProfileInput>>> = CITY_LOADERS;

/** The ids loaded on demand (the seed cities of the manifest; `national` is always there). */
export const LOADABLE_CITY_IDS: readonly string[] = Object.keys(LOADERS);

/**
 * Whether `id` is a seed city whose profile is not registered yet: it must be
 * loaded ({@link loadCity}) before a form can resolve it. False for an id that is
 * registered already (or was registered by the page's own import of the rules),
 * and for an unknown id, which the form reports as today.
 */
export function cityNeedsLoading(id: string): boolean {
  return Object.prototype.hasOwnProperty.call(LOADERS, id) && !isBuiltIn(id);
}

const loads = new Map<string, Promise<void>>();

/**
 * Load and register a seed city's profile: one request per page however many
 * elements name it. A failed load (network) is forgotten, so a later call retries.
 */
export function loadCity(id: string): Promise<void> {
  const loader = Object.prototype.hasOwnProperty.call(LOADERS, id) ? LOADERS[id] : undefined;
  if (!loader) return Promise.reject(new Error(`'${id}' is not a built-in city`));
  return loadOnce(loads, id, () => loader().then((profile) => registerBuiltIns([profile])));
}
