/**
 * A tiny message formatter: named placeholders `{name}` and plural choices
 * `{count, plural, one {# day} other {# days}}` (CLDR categories via Intl.PluralRules).
 * Output is plain text: renderers must insert it as text, never as HTML.
 * @module
 */

type Params = Record<string, string | number | boolean | undefined>;

/**
 * Format a message template with named params.
 * @example
 * ```ts
 * formatMessage('en', 'at least {n, plural, one {# day} other {# days}}', { n: 3 }); // 'at least 3 days'
 * ```
 */
export function formatMessage(locale: string, template: string, params: Params): string {
  return render(locale, compiled(template), params, undefined);
}

/**
 * `formatMessage` with one more param, `{field}`, given apart (no merged copy of
 * the params per message). A `field` in `params` wins, as with a merged copy.
 * @example
 * ```ts
 * formatWithField('zh-CN', '请填写{field}', {}, '事由'); // '请填写事由'
 * ```
 */
export function formatWithField(locale: string, template: string, params: Params, field: string): string {
  return render(locale, compiled(template), params, field);
}

/** A template split once into text, `{name}` and `{name, kind, choices}` parts. */
type Part = string | { name: string } | { name: string; kind: string; choices: Map<string, Part[]> };

// Templates come from the catalogues and the portal's overrides: a bounded cache of their parsed form.
const cache = new Map<string, Part[]>();
const CACHE_MAX = 1000;

function compiled(template: string): Part[] {
  let parts = cache.get(template);
  if (parts === undefined) {
    parts = parse(template);
    if (cache.size >= CACHE_MAX) cache.clear();
    cache.set(template, parts);
  }
  return parts;
}

const pluralRules = new Map<string, Intl.PluralRules>();
function plural(locale: string, n: number): string {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(n);
}

function render(locale: string, parts: readonly Part[], params: Params, field: string | undefined): string {
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') {
      out += part;
      continue;
    }
    const value = field !== undefined && part.name === 'field' && params['field'] === undefined ? field : params[part.name];
    if (!('choices' in part)) {
      if (value !== undefined) out += String(value);
      continue;
    }
    let key: string;
    if (part.kind === 'plural') {
      const n = Number(value);
      key = part.choices.has(`=${n}`) ? `=${n}` : plural(locale, n);
    } else {
      key = String(value);
    }
    const chosen = part.choices.get(key) ?? part.choices.get('other');
    out += chosen ? render(locale, chosen, params, field).replace(/#/g, String(value ?? '')) : '';
  }
  return out;
}

function parse(template: string): Part[] {
  const parts: Part[] = [];
  let text = '';
  let i = 0;
  while (i < template.length) {
    const ch = template[i]!;
    if (ch !== '{') {
      text += ch;
      i++;
      continue;
    }
    const end = matchingBrace(template, i);
    if (end < 0) {
      text += template.slice(i);
      break;
    }
    if (text) parts.push(text);
    text = '';
    parts.push(placeholder(template.slice(i + 1, end)));
    i = end + 1;
  }
  if (text) parts.push(text);
  return parts;
}

function matchingBrace(s: string, start: number): number {
  let depth = 0;
  for (let i = start; i < s.length; i++) {
    if (s[i] === '{') depth++;
    else if (s[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

function placeholder(body: string): Part {
  const comma = body.indexOf(',');
  if (comma < 0) return { name: body.trim() };
  const name = body.slice(0, comma).trim();
  const rest = body.slice(comma + 1);
  const kind = rest.slice(0, rest.indexOf(',')).trim();
  const choices = new Map<string, Part[]>();
  for (const [key, value] of parseChoices(rest.slice(rest.indexOf(',') + 1))) choices.set(key, parse(value));
  return { name, kind, choices };
}

function parseChoices(s: string): Map<string, string> {
  const out = new Map<string, string>();
  let i = 0;
  while (i < s.length) {
    while (i < s.length && /\s/.test(s[i]!)) i++;
    const open = s.indexOf('{', i);
    if (open < 0) break;
    const key = s.slice(i, open).trim();
    const close = matchingBrace(s, open);
    if (close < 0) break;
    out.set(key, s.slice(open + 1, close));
    i = close + 1;
  }
  return out;
}
