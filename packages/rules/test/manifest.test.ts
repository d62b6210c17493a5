/**
 * The city manifest is the one list of built-in cities: the registries, the
 * loaders, the fixtures, the coverage matrices and the official texts name the same cities, and a city
 * added to it reaches every one of them (a sixth city, built here from a copy of
 * a seed city, as CONTRIBUTING.md "Adding a city" describes).
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CITY_LOADERS } from '../src/cities/loaders.js';
import { CITY_COVERAGE, CITY_FIXTURE_FILES, CITY_PROFILES, SEED_CITY_IDS } from '../src/cities/manifest.js';
import { writeCityLoaders } from '../scripts/write-city-loaders.js';
import { FIXTURES, missingFixtures } from '../src/fixtures/index.js';
import { BUILT_IN_PROFILES, CITY_IDS, FORMS, FORM_IDS, createKit } from '../src/index.js';

describe('the city manifest', () => {
  it('names the same cities in its profiles, loaders and fixtures, each with its official text', () => {
    expect(Object.keys(CITY_LOADERS)).toEqual([...SEED_CITY_IDS]);
    expect(Object.keys(CITY_FIXTURE_FILES)).toEqual([...SEED_CITY_IDS]);
    expect(Object.keys(CITY_COVERAGE)).toEqual([...SEED_CITY_IDS]);
    for (const id of SEED_CITY_IDS) {
      expect(CITY_PROFILES[id].id).toBe(id);
      expect(CITY_COVERAGE[id].source).toBe(id);
      expect(existsSync(new URL(`../sources/${id}.txt`, import.meta.url)), `sources/${id}.txt`).toBe(true);
    }
  });

  it('is what the registries, the fixtures and the CLI read', () => {
    expect([...CITY_IDS]).toEqual([...SEED_CITY_IDS]);
    expect(Object.keys(BUILT_IN_PROFILES)).toEqual(['national', ...SEED_CITY_IDS]);
    expect(Object.keys(FIXTURES)).toEqual([...SEED_CITY_IDS]);
    expect(missingFixtures(FORM_IDS)).toEqual([]);
  });

  it('has its lazy loaders generated (run pnpm --filter @city-forms/rules exec tsx scripts/write-city-loaders.ts)', () => {
    expect(writeCityLoaders(true)).toBe(0);
  });

  it('loads each profile with its literal import()', async () => {
    for (const id of SEED_CITY_IDS) expect(await CITY_LOADERS[id]()).toBe(CITY_PROFILES[id]);
  });

  it('a city added to the list is resolved, described and validated like a seed city', () => {
    // What a sixth entry brings: a profile extending the national base (here a copy of 抚顺's, renamed).
    const sixth = { ...CITY_PROFILES.fushun, id: 'sixth', name: { 'zh-CN': '第六市', en: 'Sixth City' } };
    const kit = createKit({ cities: [...Object.values(CITY_PROFILES), sixth], forms: Object.values(FORMS) });
    const resolved = kit.resolveCity('sixth');
    expect(resolved.chain).toEqual(['national', 'sixth']);
    // Its rules cite its own text (sources/sixth.txt in a real addition), found by the profile id.
    expect(Object.values(resolved.rules).some((r) => r.clause.source === 'sixth')).toBe(true);
    const fx = FIXTURES.fushun.leave;
    expect(kit.validateWith(FORMS.leave, fx.valid, { city: 'sixth', today: fx.today }).ok).toBe(true);
    const violation = fx.violations['leave.notice-too-short']!;
    expect(kit.validateWith(FORMS.leave, violation.data, { city: 'sixth', today: fx.today }).issues.map((i) => [i.code, i.clause])).toContainEqual([
      'leave.notice-too-short',
      { source: 'sixth', article: violation.article },
    ]);
  });
});
