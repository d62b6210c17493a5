/**
 * The city profile: everything a city's work rules say about its forms, as
 * plain JSON-serialisable data, validated by {@link CityProfileSchema}.
 * @module
 */
import * as z from 'zod/mini';
import { IdSchema, LocalizedSchema, RuleSettingSchema, text } from './parts.js';
import { SECTIONS, type Sections } from './sections/index.js';

export { ArticleSchema, IdSchema, LocalizedSchema, RouteStepSchema, RuleSettingSchema, type Localized, type RuleSetting } from './parts.js';

/** Each section of `SECTIONS` as an optional key of the profile. */
type SectionShape = { [K in keyof Sections]: z.ZodMiniOptional<Sections[K]['schema']> };
const sectionShape = Object.fromEntries(Object.entries(SECTIONS).map(([key, section]) => [key, z.optional(section.schema)])) as SectionShape;

/** The profile as a portal writes it (JSON or TS); `extends` names its base. */
export const CityProfileSchema = z.strictObject({
  id: IdSchema,
  /** The profile this one builds on, normally `national`. Absent only for `national` itself. */
  extends: z.optional(IdSchema),
  version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/, 'a version such as 1.0.0')),
  name: LocalizedSchema,
  /** The document the rules come from. */
  source: z.strictObject({
    title: text(100),
    docNumber: z.optional(text(60)),
    date: z.optional(z.string().check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/))),
    publisher: z.optional(text(100)),
  }),
  /** Administrative level: changes wording only. */
  level: z.optional(z.enum(['national', 'city', 'district'])),
  /** How the seed says "leaving the jurisdiction" (离抚, 出市…). */
  awayLabel: z.optional(LocalizedSchema),
  /** Role ids → labels (市长 vs 区长). Merged over the base profile's roles. */
  roles: z.optional(z.record(IdSchema, LocalizedSchema)),
  /** The forms' sections (`profile/sections/`): leave, agenda, document. */
  ...sectionShape,
  /**
   * Rule code (`<form id>.<rule>`) → setting; `null` switches off a rule inherited
   * from the base. Whether the code exists is checked where its form is known.
   */
  rules: z.optional(
    z.record(z.string().check(z.regex(/^[a-z][a-zA-Z]{0,39}\.[a-z-]+$/, 'a rule code such as leave.retroactive')), z.nullable(RuleSettingSchema)),
  ),
});

/**
 * A city profile as written by a portal (before `extends` is resolved).
 * @example
 * ```ts
 * const p: CityProfileInput = {
 *   id: 'demo', extends: 'national', version: '1.0.0',
 *   name: { 'zh-CN': '示例市', en: 'Demo City' },
 *   source: { title: '示例市人民政府工作规则' },
 * };
 * ```
 */
export type CityProfileInput = z.input<typeof CityProfileSchema>;
