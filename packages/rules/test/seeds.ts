/**
 * Reading the seed documents (../shared/seeds beside the repository) by article.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SEEDS_DIR = resolve(fileURLToPath(import.meta.url), '../../../../../shared/seeds');

const cache = new Map<string, Map<string, string>>();

/** The seed's articles: ordinal (五十四) → text up to the next article. */
export function seedArticles(city: string): Map<string, string> {
  const hit = cache.get(city);
  if (hit) return hit;
  const text = readFileSync(resolve(SEEDS_DIR, `${city}.txt`), 'utf8');
  const articles = new Map<string, string>();
  let current: string | undefined;
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*([一二三四五六七八九十百]+)、/.exec(line);
    if (m) {
      current = m[1]!;
      // Later headings with the same ordinal (numbered lists inside an article) append.
      articles.set(current, (articles.get(current) ?? '') + line + '\n');
    } else if (current) {
      articles.set(current, articles.get(current)! + line + '\n');
    }
  }
  cache.set(city, articles);
  return articles;
}

/** Punctuation and spacing folded, so a quote matches whatever width the seed uses. */
export function normalize(s: string): string {
  return s
    .replace(/[，]/g, ',')
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')')
    .replace(/[；]/g, ';')
    .replace(/[：]/g, ':')
    .replace(/[“”"]/g, '"')
    .replace(/\s+/g, '');
}
