// Static checks of the standalone bundles (built by the global setup when
// missing or stale). Assertions report the offending excerpt, never the bundle.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLES, distDir } from '../scripts/ensure-built.mjs';

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

  it('stands alone: no static or dynamic import, no require', () => {
    expect(excerpt(code, /(^|[;}\s])import\s*(?:[\w*{$][^;]*?from\s*)?["'`]/)).toBeNull();
    expect(excerpt(code, /\bimport\s*\(/)).toBeNull();
    expect(excerpt(code, /\brequire\(\s*["'`]/)).toBeNull();
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
