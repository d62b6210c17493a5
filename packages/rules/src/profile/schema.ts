/**
 * The city profile: everything a city's work rules say about the three forms, as
 * plain JSON-serialisable data, validated by {@link CityProfileSchema}.
 * @module
 */
import { z } from 'zod';

/** Profile text is shown to people: plain text only, no markup (a profile cannot inject HTML). */
const text = (max = 200) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .regex(/^[^<>]*$/, 'plain text only: < and > are not allowed');

/** A label in every supported locale. */
export const LocalizedSchema = z.strictObject({ 'zh-CN': text(), en: text() });
/**
 * A label in every supported locale.
 * @example
 * ```ts
 * const l: Localized = { 'zh-CN': '市长', en: 'Mayor' };
 * ```
 */
export type Localized = z.infer<typeof LocalizedSchema>;

/** Ids: lower-case ASCII slugs, so they are safe as keys, CSS classes and paths. */
export const IdSchema = z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, 'an id: lower-case letters, digits and hyphens, starting with a letter');

/** An article number in the document's own Chinese ordinal, e.g. 五十四 (rendered 第五十四条). */
export const ArticleSchema = z
  .string()
  .regex(/^[一二三四五六七八九十百零〇]{1,8}(（[一二三四五六七八九十]{1,3}）)?$/, 'a Chinese ordinal such as 五十四, optionally with an item such as 四十六（一）');

/** A rule switched on in a profile: its severity, the article that says it, its params. */
export const RuleSettingSchema = z.strictObject({
  severity: z.enum(['error', 'warning']),
  article: ArticleSchema,
  /** The profile id whose document holds the article; defaults to the profile that sets the rule. */
  source: IdSchema.optional(),
  params: z.record(z.string(), z.unknown()).optional(),
});
/**
 * A rule switched on in a profile.
 * @example
 * ```ts
 * const r: RuleSetting = { severity: 'error', article: '五十四', params: { byRole: [] } };
 * ```
 */
export type RuleSetting = z.infer<typeof RuleSettingSchema>;

/** One step of a route: who does what (report to, review, approve, file with…). */
export const RouteStepSchema = z.strictObject({
  action: z.enum(['report', 'review', 'collect', 'approve', 'decide', 'file', 'notify', 'preside']),
  /** A role id of the profile, or a body named in full (e.g. 市委办公室). */
  party: z.union([IdSchema, LocalizedSchema]),
});

const OptionSchema = z.strictObject({ id: IdSchema, label: LocalizedSchema });

const LeaveRouteSchema = z.strictObject({
  roles: z.array(IdSchema).min(1),
  /** Absence kinds this route is for; all kinds when absent. */
  kinds: z.array(IdSchema).optional(),
  steps: z.array(RouteStepSchema).min(1),
  article: ArticleSchema,
  source: IdSchema.optional(),
});

const FollowUpSchema = z.strictObject({
  id: IdSchema,
  label: LocalizedSchema,
  roles: z.array(IdSchema).min(1),
  kinds: z.array(IdSchema).min(1),
  /** Only when the absence leaves the jurisdiction. */
  awayOnly: z.boolean(),
  /** Only for absences of at least this many calendar days (inclusive). */
  minDays: z.number().int().min(1).max(365),
  /** Due this many days after the return date. */
  dueDays: z.number().int().min(0).max(365),
  dayKind: z.enum(['calendar', 'working']),
  article: ArticleSchema,
  source: IdSchema.optional(),
});

const MeetingKindSchema = z.strictObject({
  id: IdSchema,
  label: LocalizedSchema,
  /** Whether units submit agenda items for this meeting (a 市长办公会议's topics are set by the 市长). */
  submittable: z.boolean(),
  /** Minutes issued within this many working days after the meeting (derived date). */
  minutesWorkingDays: z.number().int().min(1).max(60).optional(),
  minutesArticle: ArticleSchema.optional(),
});

const AgendaRouteSchema = z.strictObject({
  meetingKinds: z.array(IdSchema).min(1),
  steps: z.array(RouteStepSchema).min(1),
  article: ArticleSchema,
  source: IdSchema.optional(),
});

const SigningSchema = z.strictObject({
  id: IdSchema,
  label: LocalizedSchema,
  /** Role id of who signs (签发). */
  signer: IdSchema,
  /** Role id of who reviews first (审核), if anyone. */
  reviewer: IdSchema.optional(),
  article: ArticleSchema,
  source: IdSchema.optional(),
});

/** The profile as a portal writes it (JSON or TS); `extends` names its base. */
export const CityProfileSchema = z.strictObject({
  id: IdSchema,
  /** The profile this one builds on, normally `national`. Absent only for `national` itself. */
  extends: IdSchema.optional(),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'a version such as 1.0.0'),
  name: LocalizedSchema,
  /** The document the rules come from. */
  source: z.strictObject({
    title: text(100),
    docNumber: text(60).optional(),
    date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).optional(),
    publisher: text(100).optional(),
  }),
  /** Administrative level: changes wording only. */
  level: z.enum(['national', 'city', 'district']).optional(),
  /** How the seed says "leaving the jurisdiction" (离抚, 出市…). */
  awayLabel: LocalizedSchema.optional(),
  /** Role ids → labels (市长 vs 区长). Merged over the base profile's roles. */
  roles: z.record(IdSchema, LocalizedSchema).optional(),
  leave: z
    .strictObject({
      kinds: z.array(OptionSchema).min(1).optional(),
      applicantRoles: z.array(IdSchema).min(1).optional(),
      routes: z.array(LeaveRouteSchema).optional(),
      followUps: z.array(FollowUpSchema).optional(),
    })
    .optional(),
  agenda: z
    .strictObject({
      meetingKinds: z.array(MeetingKindSchema).min(1).optional(),
      routes: z.array(AgendaRouteSchema).optional(),
    })
    .optional(),
  document: z
    .strictObject({
      docTypes: z.array(OptionSchema).min(1).optional(),
      senderKinds: z.array(OptionSchema).min(1).optional(),
      countersign: z
        .strictObject({
          replyWorkingDays: z.number().int().min(1).max(30),
          complexReplyWorkingDays: z.number().int().min(1).max(30).optional(),
          article: ArticleSchema,
          source: IdSchema.optional(),
        })
        .optional(),
      signing: z.array(SigningSchema).optional(),
    })
    .optional(),
  /** Rule code → setting; `null` switches off a rule inherited from the base. */
  rules: z.record(z.string().regex(/^(leave|agenda|document)\.[a-z-]+$/), RuleSettingSchema.nullable()).optional(),
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
