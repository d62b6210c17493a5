/**
 * The city manifest: the one hand-written list of built-in cities, with each
 * seed city's profile, fixtures and coverage matrix; its official text is
 * `sources/<id>.txt` (named by the profile id, as citations name it). The registries (`cities/index.ts`),
 * the fixtures (`fixtures/index.ts`), the generated stories, the CLI and the tests
 * read it; the embed's lazy loaders (`cities/loaders.ts`, literal `import()`s, one
 * chunk per city) are generated from it by `scripts/write-city-loaders.ts`, and a
 * test fails while they are stale.
 *
 * A sixth built-in city is its own content (profile `cities/<id>.ts`, text
 * `sources/<id>.txt`, fixtures `fixtures/cities/<id>.ts`, coverage matrix
 * `coverage/<id>.ts`) and this file (three imports and a line in each list);
 * then run the generators (see CONTRIBUTING.md "Adding a city").
 * @module
 */
import { fushunCoverage } from '../coverage/fushun.js';
import { huarongCoverage } from '../coverage/huarong.js';
import { jiningCoverage } from '../coverage/jining.js';
import { panzhihuaCoverage } from '../coverage/panzhihua.js';
import type { Coverage } from '../coverage/types.js';
import { xianningCoverage } from '../coverage/xianning.js';
import type { CityFixtureFile } from '../fixtures/types.js';
import { fushunFixtures } from '../fixtures/cities/fushun.js';
import { huarongFixtures } from '../fixtures/cities/huarong.js';
import { jiningFixtures } from '../fixtures/cities/jining.js';
import { panzhihuaFixtures } from '../fixtures/cities/panzhihua.js';
import { xianningFixtures } from '../fixtures/cities/xianning.js';
import type { CityProfileInput } from '../profile/schema.js';
import { fushun } from './fushun.js';
import { huarong } from './huarong.js';
import { jining } from './jining.js';
import { panzhihua } from './panzhihua.js';
import { xianning } from './xianning.js';

/**
 * The seed cities' profiles, in seed order (the `national` base is not a city:
 * every registry has it).
 * @example
 * ```ts
 * Object.keys(CITY_PROFILES); // ['xianning', 'fushun', 'panzhihua', 'huarong', 'jining']
 * ```
 */
export const CITY_PROFILES = {
  xianning,
  fushun,
  panzhihua,
  huarong,
  jining,
} as const satisfies Readonly<Record<string, CityProfileInput>>;

/**
 * A seed city's id.
 * @example
 * ```ts
 * const city: CityId = 'fushun';
 * ```
 */
export type CityId = keyof typeof CITY_PROFILES;

/**
 * Each seed city's fixtures, as its file of `fixtures/cities/` holds them (forms
 * that keep their fixtures by form are merged in by `FIXTURES`).
 * @example
 * ```ts
 * CITY_FIXTURE_FILES.fushun.leave?.today; // '2026-11-23'
 * ```
 */
export const CITY_FIXTURE_FILES: Readonly<Record<CityId, CityFixtureFile>> = {
  xianning: xianningFixtures,
  fushun: fushunFixtures,
  panzhihua: panzhihuaFixtures,
  huarong: huarongFixtures,
  jining: jiningFixtures,
};

/**
 * Each seed city's coverage matrix (issue 11 §1: every checkable sentence of its
 * text, mapped to rule codes, profile data or why not), as `coverage/<id>.ts` holds it.
 * @example
 * ```ts
 * CITY_COVERAGE.fushun.source; // 'fushun'
 * ```
 */
export const CITY_COVERAGE: Readonly<Record<CityId, Coverage>> = {
  xianning: xianningCoverage,
  fushun: fushunCoverage,
  panzhihua: panzhihuaCoverage,
  huarong: huarongCoverage,
  jining: jiningCoverage,
};

/**
 * The seed cities' ids, in seed order.
 * @example
 * ```ts
 * SEED_CITY_IDS[0]; // 'xianning'
 * ```
 */
export const SEED_CITY_IDS = Object.keys(CITY_PROFILES) as readonly CityId[];
