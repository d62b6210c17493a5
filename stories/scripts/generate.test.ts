import { FIXTURES } from '@city-forms/rules/fixtures';
import { describeRules } from '@city-forms/rules';
import { describe, expect, it } from 'vitest';
import { CITIES, FORMS } from '../src/names';
import { outOfDate, renderAll } from './generate';

describe('generated stories', () => {
  it('are up to date with the rules and fixtures (run `pnpm --filter @city-forms/stories generate`)', () => {
    expect(outOfDate()).toEqual([]);
  });

  it('name one story per rule of every city and form, each with a fixture', () => {
    const files = renderAll();
    for (const form of FORMS) {
      for (const city of CITIES) {
        const text = files.get(`${form}.${city}.stories.tsx`)!;
        const rules = describeRules({ city, form });
        expect(rules.length).toBeGreaterThan(0);
        for (const r of rules) {
          expect(FIXTURES[city][form].violations[r.code], `${city} ${form} ${r.code} has a fixture`).toBeDefined();
          expect(text).toContain(`name: ${JSON.stringify(r.code)}, tags: ['violation'], ...kit.violation(${JSON.stringify(r.code)})`);
        }
        for (const fixed of ['Empty', 'FilledValid', 'CheckYourAnswersOpen', 'DraftRestored', 'English'])
          expect(text).toContain(`export const ${fixed}: Story`);
      }
    }
  });
});
