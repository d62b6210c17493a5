/**
 * Views of the catalogue for people and for UIs: which rules apply in a city (with
 * severity and citation), and which optional fields a city's form shows.
 * @module
 */
import { FORMS, RULES } from './catalogue.js';
import { CITY_IDS, resolveCity } from './cities/index.js';
import { CATALOGUES } from './locales/with-en.js';
import type { ResolvedProfile } from './profile/resolve.js';
import type { CityProfileInput } from './profile/schema.js';
import type { Clause, FormId, Locale, Severity } from './types.js';
import { citation, fieldAppliesIn } from './validate.js';

/**
 * One rule as it applies in one city.
 * @example
 * ```ts
 * const e: RuleEntry = describeRules({ city: 'fushun', form: 'leave' })[0]!;
 * e.citation['zh-CN']; // '依据《抚顺市人民政府工作规则》第五十四条'
 * ```
 */
export interface RuleEntry {
  city: string;
  code: string;
  form: FormId;
  severity: Severity;
  clause: Clause;
  citation: Record<Locale, string>;
  title: Record<Locale, string>;
  /** The message template (with `{params}`) in each locale. */
  message: Record<Locale, string>;
  params: unknown;
}

/**
 * The rules that apply, per city (every seed city of the manifest when none is given), in
 * catalogue order.
 * @example
 * ```ts
 * describeRules({ city: 'jining', form: 'document' }).map((r) => r.code);
 * ```
 */
export function describeRules(options: { city?: string | CityProfileInput | undefined; form?: FormId | undefined } = {}): RuleEntry[] {
  const cities = options.city === undefined ? CITY_IDS.map((id) => resolveCity(id)) : [resolveCity(options.city)];
  const out: RuleEntry[] = [];
  for (const profile of cities) {
    for (const rule of RULES) {
      if (options.form && rule.form !== options.form) continue;
      const active = profile.rules[rule.code];
      if (!active) continue;
      const text = (l: Locale) => (CATALOGUES[l].codes as Record<string, { title: string; message: string }>)[rule.code]!;
      out.push({
        city: profile.id,
        code: rule.code,
        form: rule.form,
        severity: active.severity,
        clause: active.clause,
        citation: { 'zh-CN': citation(profile, active.clause, 'zh-CN'), en: citation(profile, active.clause, 'en') },
        title: { 'zh-CN': text('zh-CN').title, en: text('en').title },
        message: { 'zh-CN': text('zh-CN').message, en: text('en').message },
        params: active.params,
      });
    }
  }
  return out;
}

/**
 * Whether a field of a form is shown in a city: required fields always; optional
 * fields that only some cities' rules read (密级 in jining, the 市长's consent in
 * fushun…) only where such a rule applies. The UI asks this instead of testing
 * city ids.
 * @example
 * ```ts
 * fieldApplies('document', 'classification', resolveCity('jining')); // true
 * fieldApplies('document', 'classification', resolveCity('fushun')); // false
 * ```
 */
export function fieldApplies(form: FormId, field: string, profile: ResolvedProfile): boolean {
  return fieldAppliesIn(FORMS[form], field, profile);
}

export { agendaTopicFlags } from './forms/agenda.js';
