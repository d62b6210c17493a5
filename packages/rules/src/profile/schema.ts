/**
 * The city profile: everything a city's work rules say about its forms, as
 * plain JSON-serialisable data, validated by {@link CityProfileSchema}.
 * @module
 */
import * as z from 'zod/mini';

/** Profile text is shown to people: plain text only, no markup (a profile cannot inject HTML). */
const text = (max = 200) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max), z.regex(/^[^<>]*$/, 'plain text only: < and > are not allowed'));

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
export const IdSchema = z.string().check(z.regex(/^[a-z][a-z0-9-]{0,39}$/, 'an id: lower-case letters, digits and hyphens, starting with a letter'));

/** An article number in the document's own Chinese ordinal, e.g. 五十四 (rendered 第五十四条). */
export const ArticleSchema = z
  .string()
  .check(
    z.regex(
      /^[一二三四五六七八九十百零〇]{1,8}(（[一二三四五六七八九十]{1,3}）)?$/,
      'a Chinese ordinal such as 五十四, optionally with an item such as 四十六（一）',
    ),
  );

/** A rule switched on in a profile: its severity, the article that says it, its params. */
export const RuleSettingSchema = z.strictObject({
  severity: z.enum(['error', 'warning']),
  article: ArticleSchema,
  /** The profile id whose document holds the article; defaults to the profile that sets the rule. */
  source: z.optional(IdSchema),
  params: z.optional(z.record(z.string(), z.unknown())),
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
  roles: z.array(IdSchema).check(z.minLength(1)),
  /** Absence kinds this route is for; all kinds when absent. */
  kinds: z.optional(z.array(IdSchema)),
  steps: z.array(RouteStepSchema).check(z.minLength(1)),
  article: ArticleSchema,
  source: z.optional(IdSchema),
});

const FollowUpSchema = z.strictObject({
  id: IdSchema,
  label: LocalizedSchema,
  roles: z.array(IdSchema).check(z.minLength(1)),
  kinds: z.array(IdSchema).check(z.minLength(1)),
  /** Only when the absence leaves the jurisdiction. */
  awayOnly: z.boolean(),
  /** Only for absences of at least this many calendar days (inclusive). */
  minDays: z.int().check(z.gte(1), z.lte(365)),
  /** Due this many days after the return date. */
  dueDays: z.int().check(z.gte(0), z.lte(365)),
  dayKind: z.enum(['calendar', 'working']),
  article: ArticleSchema,
  source: z.optional(IdSchema),
});

const MeetingKindSchema = z.strictObject({
  id: IdSchema,
  label: LocalizedSchema,
  /** Whether units submit agenda items for this meeting (a 市长办公会议's topics are set by the 市长). */
  submittable: z.boolean(),
  /** Minutes issued within this many working days after the meeting (derived date). */
  minutesWorkingDays: z.optional(z.int().check(z.gte(1), z.lte(60))),
  minutesArticle: z.optional(ArticleSchema),
});

const AgendaRouteSchema = z.strictObject({
  meetingKinds: z.array(IdSchema).check(z.minLength(1)),
  steps: z.array(RouteStepSchema).check(z.minLength(1)),
  article: ArticleSchema,
  source: z.optional(IdSchema),
});

const SigningSchema = z.strictObject({
  id: IdSchema,
  label: LocalizedSchema,
  /** Role id of who signs (签发). */
  signer: IdSchema,
  /** Role id of who reviews first (审核), if anyone. */
  reviewer: z.optional(IdSchema),
  article: ArticleSchema,
  source: z.optional(IdSchema),
});

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
  leave: z.optional(
    z.strictObject({
      kinds: z.optional(z.array(OptionSchema).check(z.minLength(1))),
      applicantRoles: z.optional(z.array(IdSchema).check(z.minLength(1))),
      routes: z.optional(z.array(LeaveRouteSchema)),
      followUps: z.optional(z.array(FollowUpSchema)),
    }),
  ),
  agenda: z.optional(
    z.strictObject({
      meetingKinds: z.optional(z.array(MeetingKindSchema).check(z.minLength(1))),
      routes: z.optional(z.array(AgendaRouteSchema)),
    }),
  ),
  document: z.optional(
    z.strictObject({
      docTypes: z.optional(z.array(OptionSchema).check(z.minLength(1))),
      senderKinds: z.optional(z.array(OptionSchema).check(z.minLength(1))),
      countersign: z.optional(
        z.strictObject({
          replyWorkingDays: z.int().check(z.gte(1), z.lte(30)),
          complexReplyWorkingDays: z.optional(z.int().check(z.gte(1), z.lte(30))),
          article: ArticleSchema,
          source: z.optional(IdSchema),
        }),
      ),
      signing: z.optional(z.array(SigningSchema)),
    }),
  ),
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
