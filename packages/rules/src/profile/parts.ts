/**
 * The building blocks of a city profile (labels, ids, articles, rule settings,
 * route steps, options) and the contract of a form's profile section: what a form
 * adds to the profile, how its sections merge over the `extends` chain and how
 * its role ids are checked. `profile/schema.ts` and `profile/resolve.ts` read
 * the sections of `profile/sections/index.ts` and name no form.
 * @module
 */
import * as z from 'zod/mini';
import type { Clause } from '../types.js';

/** Profile text is shown to people: plain text only, no markup (a profile cannot inject HTML). */
export const text = (max = 200) =>
  z.string().check(z.trim(), z.minLength(1), z.maxLength(max), z.regex(/^[^<>]*$/, 'plain text only: < and > are not allowed'));

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

/** A choice a profile offers (an absence kind, a document type…): an id and its label. */
export const OptionSchema = z.strictObject({ id: IdSchema, label: LocalizedSchema });

/** A route step with its party resolved to a label. */
export interface ResolvedStep {
  action: string;
  party: Localized;
}

/** A route step as a profile writes it: the party a role id or a label. */
export type RawStep = { action: string; party: string | Localized };

/** The clause of an article of the profile being merged (its own document unless `source` names another). */
export type ClauseOf = (article: string, source?: string) => Clause;

/** What a section's `finish` gets: role checks and step resolution against the merged profile's roles. */
export interface RoleTools {
  /** Report a role id that is not one of the profile's roles, at `path`. */
  ref: (id: string, path: (string | number)[]) => void;
  /** A step with its party resolved (a role id is checked, then shown by its label). */
  step: (s: RawStep, path: (string | number)[]) => ResolvedStep;
}

/**
 * A form's part of the profile: its schema (what a profile may write under the
 * form's key), how one profile's section merges over its bases' (`merge` into the
 * working state from `start`), and the resolved section (`finish`, once all roles
 * are merged). A form without profile data of its own needs none.
 * @example
 * ```ts
 * const s = defineSection({ schema: z.strictObject({}), start: () => ({}), merge: () => {}, finish: (raw) => raw });
 * ```
 */
export interface ProfileSection<S extends z.ZodMiniType, Raw, Out> {
  schema: S;
  start(): Raw;
  merge(raw: Raw, section: z.output<S>, clause: ClauseOf): void;
  finish(raw: Raw, tools: RoleTools, key: string): Out;
}

/**
 * A profile section, typed by its parts (an identity function for inference).
 * @example
 * ```ts
 * export const leaveSection = defineSection({ schema, start, merge, finish });
 * ```
 */
export function defineSection<S extends z.ZodMiniType, Raw, Out>(section: ProfileSection<S, Raw, Out>): ProfileSection<S, Raw, Out> {
  return section;
}
