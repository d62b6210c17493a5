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
  let out = '';
  let i = 0;
  while (i < template.length) {
    const ch = template[i]!;
    if (ch !== '{') {
      out += ch;
      i++;
      continue;
    }
    const end = matchingBrace(template, i);
    if (end < 0) {
      out += template.slice(i);
      break;
    }
    out += placeholder(locale, template.slice(i + 1, end), params);
    i = end + 1;
  }
  return out;
}

function matchingBrace(s: string, start: number): number {
  let depth = 0;
  for (let i = start; i < s.length; i++) {
    if (s[i] === '{') depth++;
    else if (s[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

function placeholder(locale: string, body: string, params: Params): string {
  const comma = body.indexOf(',');
  if (comma < 0) {
    const v = params[body.trim()];
    return v === undefined ? '' : String(v);
  }
  const name = body.slice(0, comma).trim();
  const rest = body.slice(comma + 1);
  const kind = rest.slice(0, rest.indexOf(',')).trim();
  const choices = parseChoices(rest.slice(rest.indexOf(',') + 1));
  const value = params[name];
  let key: string;
  if (kind === 'plural') {
    const n = Number(value);
    key = choices.has(`=${n}`) ? `=${n}` : new Intl.PluralRules(locale).select(n);
  } else {
    key = String(value);
  }
  const chosen = choices.get(key) ?? choices.get('other') ?? '';
  return formatMessage(locale, chosen, params).replace(/#/g, String(value ?? ''));
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
