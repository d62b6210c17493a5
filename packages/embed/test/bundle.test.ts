// Static checks of the standalone bundles (built by the global setup when
// missing or stale). Assertions report the offending excerpt, never the bundle.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLES, chunkImports, chunkKind, distDir } from '../scripts/ensure-built.mjs';
import { CITY_PROFILES } from '@city-forms/rules/cities/manifest';
import { LOADABLE_CITY_IDS } from '../src/cities.js';

/** The seed cities of the rules' city manifest, in its order. */
const SEED_PROFILES = Object.values(CITY_PROFILES);

const read = (f: string) => readFileSync(join(distDir, f), 'utf8');

/** The first match of `re` with some context, or null. */
function excerpt(code: string, re: RegExp): string | null {
  const m = re.exec(code);
  return m ? code.slice(Math.max(0, m.index - 60), m.index + m[0].length + 60) : null;
}

const TAGS: Record<string, string[]> = {
  'city-forms-embed.js': ['city-leave-form', 'city-agenda-form', 'city-document-sheet'],
  'leave.js': ['city-leave-form'],
  'agenda.js': ['city-agenda-form'],
  'document.js': ['city-document-sheet'],
};

describe.each(BUNDLES)('dist/%s', (file) => {
  const code = read(file);

  it('stands alone: no static import, no require; import() only of its chunks in dist/chunks/', () => {
    expect(excerpt(code, /(^|[;}\s])import\s*(?:[\w*{$][^;]*?from\s*)?["'`]/)).toBeNull();
    expect(excerpt(code, /\brequire\(\s*["'`]/)).toBeNull();
    const chunks = chunkImports(code);
    // Every import() is one of those literal relative specifiers (nothing bare, nothing computed).
    expect(code.match(/\bimport\s*\(/g)?.length).toBe(chunks.length);
    // One chunk per seed city and one for English, named after them, next to the bundle.
    const kinds = chunks.map(chunkKind);
    expect(kinds.filter((k) => k.kind === 'city').map((k) => k.id)).toEqual([...LOADABLE_CITY_IDS]);
    expect(kinds.filter((k) => k.kind === 'locale').map((k) => k.id)).toEqual(['en']);
    for (const c of chunks) expect(existsSync(join(distDir, c)), c).toBe(true);
  });

  it('carries zh-CN only (English is in its chunk)', () => {
    expect(code).toContain('有以下问题');
    expect(code.includes('There is a problem')).toBe(false);
  });

  it('carries no city profile itself (each is in its chunk)', () => {
    for (const p of SEED_PROFILES) expect(code.includes(p.source.title), p.source.title).toBe(false);
  });

  it(`ships React ${'18.3.1'} only (not the workspace's React 19)`, () => {
    expect(code).toMatch(/version:?\s*=?\s*["'`]18\.3\.1["'`]/);
    expect(excerpt(code, /["'`]19\.\d+\.\d+["'`]/)).toBeNull();
    // React 19's element symbol; 18 uses react.element.
    expect(excerpt(code, /react\.transitional\.element/)).toBeNull();
  });

  it('is a minified production build', () => {
    expect(excerpt(code, /process\.env/)).toBeNull();
    expect(excerpt(code, /react-dom\.development|should have a unique "key" prop/)).toBeNull();
    // The production JSX transform (a dev one calls jsxDEV, which production React lacks).
    expect(excerpt(code, /jsxDEV/)).toBeNull();
    expect(excerpt(code, /@__PURE__|@__NO_SIDE_EFFECTS__/)).toBeNull();
    // Whitespace removed (the few line breaks left are inside zod's code-generation templates).
    expect(code.length / code.split('\n').length).toBeGreaterThan(2000);
  });

  it('sets zod jitless before any module of the rules runs', () => {
    const jitless = code.indexOf('jitless:!0})');
    expect(jitless).toBeGreaterThan(0);
    // Module order is kept in the bundle: the rules' code (its errors module comes first) follows the config call.
    expect(code.indexOf('UnknownCityError')).toBeGreaterThan(jitless);
  });

  it('puts Radix’s scroll lock in adoptedStyleSheets, not a <style> in <head>', () => {
    expect(code).toContain('adoptedStyleSheets');
    expect(excerpt(code, /setAttribute\(["'`]nonce/)).toBeNull();
  });

  it('defines its elements, guarded against double registration', () => {
    for (const t of TAGS[file]!) expect(code).toContain(`\`${t}\``);
    expect(code).toMatch(/customElements\.get\(/);
  });
});

describe('dist/chunks/', () => {
  const files = readdirSync(join(distDir, 'chunks')).map((f) => `chunks/${f}`);
  const cities = files.filter((f) => chunkKind(f).kind === 'city');
  const locales = files.filter((f) => chunkKind(f).kind === 'locale');

  it('holds the seed cities’ profiles, one each, and one English chunk, all shared by the four bundles', () => {
    expect(SEED_PROFILES.map((p) => p.id)).toEqual([...LOADABLE_CITY_IDS]);
    expect(cities.map((f) => chunkKind(f).id).sort()).toEqual([...LOADABLE_CITY_IDS].sort());
    for (const b of BUNDLES)
      expect(
        chunkImports(read(b))
          .filter((c) => cities.includes(c))
          .sort(),
        b,
      ).toEqual([...cities].sort());
    expect(locales).toHaveLength(1);
    for (const b of BUNDLES)
      expect(
        chunkImports(read(b)).filter((c) => locales.includes(c)),
        b,
      ).toEqual(locales);
    const used = new Set(BUNDLES.flatMap((b) => chunkImports(read(b))));
    expect([...used].sort()).toEqual(files.slice().sort());
  });

  it.each(cities)('%s is data only: no import, no require', (f) => {
    const code = read(f);
    expect(excerpt(code, /\bimport\b/)).toBeNull();
    expect(excerpt(code, /\brequire\(/)).toBeNull();
    expect(code).toContain(SEED_PROFILES.find((p) => p.id === chunkKind(f).id)!.source.title);
  });

  it.each(locales)('%s is data only (English strings of the rules and the kit): no import, no require', (f) => {
    const code = read(f);
    expect(excerpt(code, /\bimport\b/)).toBeNull();
    expect(excerpt(code, /\brequire\(/)).toBeNull();
    expect(code).toContain('There is a problem');
    expect(code).toContain('Under article');
  });
});
