/**
 * Regenerates the data-model tables of packages/rules/README.md (the block between
 * `<!-- models:start -->` and `<!-- models:end -->`) from the zod models and the
 * zh-CN / en field labels, so the documentation cannot drift from the code.
 *
 * @example
 * ```sh
 * pnpm --filter @city-forms/rules exec tsx scripts/readme-models.ts          # rewrite
 * pnpm --filter @city-forms/rules exec tsx scripts/readme-models.ts --check  # exit 1 if stale
 * ```
 * @module
 */
import { readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FORMS, FORM_IDS, en, jsonSchema, zhCN } from '../src/index.js';

export const FILE = fileURLToPath(new URL('../README.md', import.meta.url));
const START = '<!-- models:start -->';
const END = '<!-- models:end -->';

type Json = {
  type?: string | string[];
  enum?: unknown[];
  anyOf?: Json[];
  items?: Json;
  properties?: Record<string, Json>;
  required?: string[];
  format?: string;
  maxLength?: number;
  maxItems?: number;
  default?: unknown;
  pattern?: string;
};

function typeOf(s: Json): string {
  if (s.enum)
    return s.enum
      .filter((v) => v !== '')
      .map((v) => `\`${String(v)}\``)
      .join(' \\| ');
  if (s.anyOf) return [...new Set(s.anyOf.map(typeOf).filter((t) => t !== '`""`' && t !== ''))].join(' \\| ');
  if (s.type === 'array') return `${s.items?.type === 'object' ? 'rows' : `${typeOf(s.items ?? {})}[]`}${s.maxItems ? ` (≤ ${s.maxItems})` : ''}`;
  if (s.type === 'string') return s.maxLength ? `text ≤ ${s.maxLength}` : 'text';
  return Array.isArray(s.type) ? s.type.join(' \\| ') : (s.type ?? 'any');
}

/**
 * The markdown tables: one per form, plus one per repeating group.
 * @example
 * ```ts
 * modelsBlock().includes('### leave'); // true
 * ```
 */
export function modelsBlock(): string {
  const out: string[] = [];
  for (const form of FORM_IDS) {
    const schema = jsonSchema(form) as Json;
    const zh = zhCN.fields[form] as Record<string, string>;
    const e = en.fields[form] as Record<string, string>;
    const required = new Set(schema.required ?? []);
    out.push(`### ${form}`, '', '| field | type | required | 中文 | English |', '| --- | --- | --- | --- | --- |');
    const nested: string[] = [];
    for (const [name, prop] of Object.entries(schema.properties ?? {})) {
      const isDate = name.endsWith('Date') || name === 'sentOn' || prop.format === 'date' || Boolean(prop.pattern?.startsWith('^(\\d{4}'));
      const t = isDate ? 'date `YYYY-MM-DD`' : typeOf(prop);
      const req = required.has(name) && prop.default === undefined ? 'yes' : 'no';
      out.push(`| \`${name}\` | ${t} | ${req} | ${zh[name] ?? ''} | ${e[name] ?? ''} |`);
      if (prop.type === 'array' && prop.items?.type === 'object') {
        nested.push('', `Rows of \`${name}\`:`, '', '| field | type | required | 中文 | English |', '| --- | --- | --- | --- | --- |');
        const rowReq = new Set(prop.items.required ?? []);
        for (const [rn, rp] of Object.entries(prop.items.properties ?? {})) {
          // A row's date fields are those the JSON Schema marks as dates (format, or the pattern of an optional date).
          const rt = rn === 'sentOn' || rp.format === 'date' || rp.pattern?.startsWith('^(\\d{4}') ? 'date `YYYY-MM-DD`' : typeOf(rp);
          nested.push(
            `| \`${rn}\` | ${rt} | ${rowReq.has(rn) && rp.default === undefined ? 'yes' : 'no'} | ${zh[`${name}.${rn}`] ?? ''} | ${e[`${name}.${rn}`] ?? ''} |`,
          );
        }
      }
    }
    out.push(...nested, '');
  }
  void FORMS;
  return out.join('\n').trimEnd();
}

/**
 * Rewrite the README block, or with `check` report whether it is stale.
 * @example
 * ```ts
 * readmeModels(true); // 0 when up to date
 * ```
 */
export function readmeModels(check: boolean, file = FILE): number {
  const text = readFileSync(file, 'utf8');
  const s = text.indexOf(START);
  const e = text.indexOf(END, s);
  if (s < 0 || e < 0) {
    console.error(`readme-models: no ${START} … ${END} block in ${file}`);
    return 2;
  }
  const next = `${text.slice(0, s + START.length)}\n${modelsBlock()}\n${text.slice(e)}`;
  if (next === text) return 0;
  if (check) {
    console.error(`readme-models: ${file} is stale; run pnpm --filter @city-forms/rules exec tsx scripts/readme-models.ts`);
    return 1;
  }
  writeFileSync(file, next);
  return 0;
}

const isEntry = (() => {
  try {
    return process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
})();
if (isEntry) process.exitCode = readmeModels(process.argv.includes('--check'));
