/**
 * The official texts in packages/rules/sources/ are the source of truth for every
 * citation: one file per document (the five cities' work rules and the national
 * regulation), each with a header saying what it is, and every article a profile
 * cites stands in its text.
 */
import { describe, expect, it } from 'vitest';
import { BUILT_IN_PROFILES, CITY_IDS, describeRules, national } from '../src/index.js';
import { readSource, sourceArticles, sourceIds } from './sources.js';

const DOCUMENTS = ['national', ...CITY_IDS];
const FIELDS = ['id', 'title', 'issuer', 'docNumber', 'writtenDate', 'articles', 'copiedFrom'];

describe('sources/', () => {
  it('holds one text per built-in profile and nothing else', () => {
    expect(sourceIds()).toEqual([...DOCUMENTS].sort());
  });

  describe.each(DOCUMENTS)('%s.txt', (id) => {
    const { meta, body } = readSource(id);

    it('has a header with its title, issuing body, document number and date', () => {
      for (const field of FIELDS) expect(meta[field], field).toMatch(/\S/);
      expect(meta['id']).toBe(id);
      // A date is a date or says it is not given; never left blank or guessed.
      expect(meta['writtenDate']).toMatch(/^(\d{4}-\d{2}-\d{2}|not stated in the source)$/);
    });

    it("agrees with the profile's source (title, number, date)", () => {
      const profile = BUILT_IN_PROFILES[id];
      expect(profile, `a built-in profile ${id}`).toBeDefined();
      const src: { title: string; docNumber?: string | undefined; date?: string | undefined } = profile!.source;
      expect(src.title).toContain(meta['title']);
      if (src.docNumber) expect(meta['docNumber']).toBe(src.docNumber);
      if (src.date && /^\d{4}-\d{2}-\d{2}$/.test(src.date)) expect(meta['writtenDate']).toBe(src.date);
    });

    it('splits into articles numbered from 一', () => {
      const articles = sourceArticles(id);
      expect(articles.size).toBeGreaterThan(id === 'national' ? 10 : 70);
      if (id !== 'national') expect(articles.get('一')).toMatch(/^\s*一、/);
      else expect(articles.get('一')).toMatch(/^第一条/);
      expect(body.length).toBeGreaterThan(1000);
    });
  });

  it('every article the national profile cites stands in the national text', () => {
    const cited = [...new Set(Object.values(national.rules).map((r) => r.article))];
    expect(cited.length).toBeGreaterThan(0);
    const articles = sourceArticles('national');
    expect(cited.filter((a) => !articles.has(a))).toEqual([]);
  });

  it('every clause any city cites (its own or inherited from national) stands in that text', () => {
    const missing = describeRules()
      .map((r) => r.clause)
      .filter((c) => !sourceArticles(c.source).has(c.article))
      .map((c) => `${c.source} ${c.article}`);
    expect(missing).toEqual([]);
  });
});
