/**
 * Reading the official texts in `packages/rules/sources/` (inside the repository)
 * by article. Each file is a small header between `---` lines (`key: value`) and
 * then the document's text. Two numbering styles:
 * - the cities' work rules number articles `五十四、` at the start of a line;
 * - the national regulation numbers them `第十五条`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SOURCES_DIR = fileURLToPath(new URL('../sources/', import.meta.url));

export interface SourceDocument {
  /** Header fields (title, issuer, docNumber, writtenDate, …), as written. */
  meta: Record<string, string>;
  /** The text after the header, byte for byte. */
  body: string;
}

const ORDINAL = '[一二三四五六七八九十百零〇]+';
const CITY_ARTICLE = new RegExp(`^\\s*(${ORDINAL})、`);
const NATIONAL_ARTICLE = new RegExp(`^\\s*第(${ORDINAL})条`);

/** The ids that have a text: every `*.txt` in the folder. */
export function sourceIds(): string[] {
  return readdirSync(SOURCES_DIR)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -'.txt'.length))
    .sort();
}

const docs = new Map<string, SourceDocument>();

/** One source file split into its header and its text; throws when the header is malformed. */
export function readSource(id: string): SourceDocument {
  const hit = docs.get(id);
  if (hit) return hit;
  const raw = readFileSync(join(SOURCES_DIR, `${id}.txt`), 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n/.exec(raw);
  if (!m) throw new Error(`sources/${id}.txt: no header between --- lines`);
  const meta: Record<string, string> = {};
  for (const line of m[1]!.split('\n')) {
    const at = line.indexOf(': ');
    if (at <= 0) throw new Error(`sources/${id}.txt: header line is not "key: value": ${line}`);
    meta[line.slice(0, at)] = line.slice(at + 2);
  }
  const doc = { meta, body: raw.slice(m[0].length) };
  docs.set(id, doc);
  return doc;
}

const cache = new Map<string, Map<string, string>>();

/**
 * The document's articles: ordinal (五十四, 十五) → text up to the next article.
 * The style follows the header's `articles` field (`第一条` for the national
 * regulation, `一、` for the cities).
 */
export function sourceArticles(id: string): Map<string, string> {
  const hit = cache.get(id);
  if (hit) return hit;
  const { meta, body } = readSource(id);
  const heading = meta['articles']?.startsWith('第') ? NATIONAL_ARTICLE : CITY_ARTICLE;
  const articles = new Map<string, string>();
  let current: string | undefined;
  for (const line of body.split(/\r?\n/)) {
    const m = heading.exec(line);
    if (m) {
      current = m[1]!;
      // Later headings with the same ordinal (numbered lists inside a city's article) append.
      articles.set(current, (articles.get(current) ?? '') + line + '\n');
    } else if (current) {
      articles.set(current, articles.get(current)! + line + '\n');
    }
  }
  cache.set(id, articles);
  return articles;
}

/** Punctuation and spacing folded, so a quote matches whatever width the source uses. */
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
