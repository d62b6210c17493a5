/**
 * The shape of a rule: a stable code, a params schema, the data fields it reads and
 * a small generic check. Rules never hold sentences nor labels: a check returns hits
 * (path, and params holding ids and numbers); the engine adds severity and citation
 * from the profile, and the message from the locale catalogue, with each id the
 * rule names in `labels` shown by its label in the profile.
 * @module
 */
import type * as z from 'zod/mini';
import type { WorkingCalendar } from './calendar/index.js';
import type { CivilDate } from './dates.js';
import type { FormId, Locale } from './types.js';
import type { ResolvedProfile } from './profile/resolve.js';

/** One finding of a rule's check. */
export interface RuleHit {
  path: (string | number)[];
  /** Ids, numbers and dates (never a label or a sentence): the issue's `params`. */
  params?: Record<string, string | number | boolean>;
  /** Lists of ids shown in the message only (labelled, joined by the catalogue's list separator). */
  lists?: Record<string, readonly string[]>;
  /**
   * The article (of the same source) that states the requirement for this hit, when it is
   * not the rule's own: e.g. a review required by a 重大决策 under the article that lists
   * the statutory steps, while the rule cites the article of its other triggers.
   */
  article?: string;
}

/** What a check is given. `data` holds only the fields that passed their own shape check. */
export interface RuleInput<D, P> {
  data: Partial<D>;
  params: P;
  profile: ResolvedProfile;
  /** The date the record counts from: the office's receipt date (`receivedOn`) when given, else today. */
  today: CivilDate;
  calendar: WorkingCalendar;
  context: ValidationContext;
  locale: Locale;
}

/**
 * Data the form does not hold, supplied by the portal (the core never fetches).
 * @example
 * ```ts
 * const context: ValidationContext = {
 *   absences: [{ name: '王五', role: 'deputy-secretary-general', portfolio: '工业', startDate: '2026-12-01', endDate: '2026-12-03' }],
 * };
 * ```
 */
export interface ValidationContext {
  /** Other people's approved absences, for the pairing rules of the leave form. */
  absences?: readonly Absence[];
}

/**
 * An approved absence of someone else.
 * @example
 * ```ts
 * const a: Absence = { name: '王五', role: 'deputy-mayor', startDate: '2026-12-01', endDate: '2026-12-03' };
 * ```
 */
export interface Absence {
  /** Who is away; left out when the one validating may not know (see `anonymous`). */
  name?: string | undefined;
  role: string;
  portfolio?: string | undefined;
  /** Whether it leaves the jurisdiction; unknown counts as leaving it (where only such absences pair). */
  leavesJurisdiction?: boolean | undefined;
  startDate: CivilDate;
  endDate: CivilDate;
  /**
   * The one validating may not know who is away (e.g. a submitter asking a server
   * that only tells a city's office): a pairing issue then names the role ("与您对应的
   * 副秘书长已报备同期外出") and its params carry neither the name nor the dates. Implied
   * when `name` is left out; a name given with it is still compared (the stand-in).
   */
  anonymous?: boolean | undefined;
}

/** A rule definition (internal; the public view is {@link CatalogueEntry}). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the defaults stand for a rule of any form and params (lists of rules, the registry): D and P appear in argument and result positions, so unknown would accept none
export interface RuleDef<D = any, P = any> {
  code: string;
  form: FormId;
  /** Schema of the params a profile supplies. */
  params: z.ZodMiniType<P>;
  /** Data fields the rule reads; optional fields listed here are shown only in cities that have the rule. */
  fields: readonly string[];
  /** The fields it reads under given params, when that depends on them (escapes, topic flags). */
  fieldsFor?(params: P): readonly string[];
  /**
   * Params (and lists) that hold an id, with where in the profile its label is:
   * paths to a map of labels (`roles`) or to a list of `{ id, label }`
   * (`agenda.meetingKinds`), tried in order; the id itself when none has it.
   */
  labels?: Readonly<Record<string, readonly string[]>>;
  check(input: RuleInput<D, P>): RuleHit[];
}

/**
 * Define a rule with typed params (identity helper).
 * @example
 * ```ts
 * const r = defineRule<{ a?: string }, {}>({ code: 'leave.x', form: 'leave', params: z.object({}), fields: ['a'], check: () => [] });
 * ```
 */
export function defineRule<D, P>(def: RuleDef<D, P>): RuleDef<D, P> {
  return def;
}
