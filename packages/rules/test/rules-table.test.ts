/**
 * The rule table: for every city × form, the valid fixture raises nothing; every
 * rule that applies has a violation fixture that fires exactly that rule with the
 * expected severity and article, and the quoted words stand in that article of
 * the official text it cites (packages/rules/sources/<city or national>.txt);
 * every rule that does not apply stays silent on data that trips it elsewhere.
 */
import { describe, expect, it } from 'vitest';
import { CITY_IDS, FORM_IDS, RULES, describeRules, validate, type FormId } from '../src/index.js';
import { FIXTURES } from '../src/fixtures/index.js';
import { normalize, sourceArticles } from './sources.js';

const violationsElsewhere = (form: FormId, code: string, except: string) =>
  CITY_IDS.filter((c) => c !== except).flatMap((c) => {
    const v = FIXTURES[c][form].violations[code];
    return v ? [{ city: c, v }] : [];
  });

describe.each(CITY_IDS)('%s', (city) => {
  describe.each(FORM_IDS)('%s form', (form) => {
    const fx = FIXTURES[city][form];
    const applicable = describeRules({ city, form }).map((r) => r.code);

    it('accepts the valid fixture with no issue at all', () => {
      const r = validate(form, fx.valid, { city, today: fx.today, context: fx.context });
      expect(r.issues.map((i) => `${i.code} ${i.path.join('.')}`)).toEqual([]);
      expect(r.ok).toBe(true);
    });

    it('has a violation fixture for every rule that applies', () => {
      const missing = applicable.filter((code) => !fx.violations[code]);
      expect(missing).toEqual([]);
    });

    it('has no violation fixture for a rule that does not apply', () => {
      const extra = Object.keys(fx.violations).filter((code) => !applicable.includes(code));
      expect(extra).toEqual([]);
    });

    for (const [code, v] of Object.entries(fx.violations)) {
      if (!v) continue;
      describe(code, () => {
        it(`fires as ${v.severity}, citing ${v.source ?? city} 第${v.article}条, and nothing else errs`, () => {
          const r = validate(form, v.data, { city, today: fx.today, context: v.context ?? fx.context });
          const hits = r.issues.filter((i) => i.code === code);
          expect(hits.length).toBeGreaterThan(0);
          for (const hit of hits) {
            expect(hit.severity).toBe(v.severity);
            expect(hit.clause).toEqual({ source: v.source ?? city, article: v.article });
            expect(hit.citation).toContain(`第${v.article}条`);
            expect(hit.message.length).toBeGreaterThan(0);
          }
          if (v.path) expect(hits.map((h) => h.path)).toContainEqual(v.path);
          const others = r.issues.filter((i) => i.code !== code && i.severity === 'error').map((i) => i.code);
          expect(others).toEqual([]);
          expect(r.ok).toBe(v.severity !== 'error');
        });

        const source = v.source ?? city;
        it(`quotes words that stand in article ${v.article} of the ${source} text`, () => {
          expect(v.quote.length).toBeGreaterThan(3);
          const article = sourceArticles(source).get(v.article);
          expect(article, `article ${v.article} exists in sources/${source}.txt`).toBeDefined();
          expect(normalize(article!)).toContain(normalize(v.quote));
        });
      });
    }

    const notApplicable = RULES.filter((r) => r.form === form && !applicable.includes(r.code)).map((r) => r.code);
    for (const code of notApplicable) {
      const elsewhere = violationsElsewhere(form, code, city);
      if (elsewhere.length === 0) continue;
      it(`${code} does not apply: data that trips it in ${elsewhere.map((e) => e.city).join(', ')} passes here`, () => {
        for (const { v } of elsewhere) {
          const r = validate(form, v.data, { city, today: fx.today, context: v.context });
          expect(r.issues.map((i) => i.code)).not.toContain(code);
        }
      });
    }
  });
});

describe('catalogue coverage', () => {
  it('every rule in the catalogue applies in at least one seed city', () => {
    const used = new Set(describeRules().map((r) => r.code));
    expect(RULES.map((r) => r.code).filter((c) => !used.has(c))).toEqual([]);
  });
});
