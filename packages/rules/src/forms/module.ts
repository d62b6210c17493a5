/**
 * What each form contributes to the engine.
 * @module
 */
import type * as z from 'zod/mini';
import type { WorkingCalendar } from '../calendar/index.js';
import type { ResolvedProfile } from '../profile/resolve.js';
import type { RuleDef } from '../rule.js';
import type { CataloguePart } from '../locales/types.js';
import type { Clause, FormId, Locale } from '../types.js';

/**
 * A form: its data model, its rules, its profile-driven options, its derived
 * results and its zh-CN words. The form ids and data types of the kit (`FormId`,
 * `FormData`, `FormInputs`, `FormDerived`) and the whole zh-CN catalogue are read
 * off the modules listed in `FORMS` (src/catalogue.ts).
 * @example
 * ```ts
 * const m: FormModule<LeaveRequest, LeaveDerived> = leaveForm;
 * ```
 */
export interface FormModule<D, Derived, M extends z.ZodMiniObject = z.ZodMiniObject, T extends CataloguePart = CataloguePart> {
  id: FormId;
  /** The form's zh-CN part: its rule messages, field labels (under its id) and option labels (registered when the module loads). */
  text: T;
  /** The base shape (each top-level field is checked on its own, so cross-field rules run even when other fields are wrong). */
  model: M;
  rules: RuleDef<D>[];
  /** Top-level date fields, for the calendar coverage notice. */
  dateFields: readonly string[];
  /** Dates the form works out in its derived result (paths like `dateFields`, `*` for each row), for the calendar coverage notice on the derived value. */
  derivedDates?: readonly string[];
  /**
   * Consent flags (市长同意, 紧急, 特殊情况…) that can record who agreed and when, in the
   * model's optional fields `<flag>By` and `<flag>On` (checked by the engine: the date
   * not after the record's date, a name with a date).
   */
  consents?: readonly string[];
  /** Option fields whose allowed ids come from the profile. */
  options(profile: ResolvedProfile): Record<string, readonly string[]>;
  /** Optional fields that only matter where a rule reading them applies (shown only then). */
  optionalByRule: readonly string[];
  derive(input: {
    data: Partial<D>;
    profile: ResolvedProfile;
    today: string;
    calendar: WorkingCalendar;
    locale: Locale;
    cite: (clause: Clause) => string;
  }): Derived;
}

/**
 * A module of any form: where forms are kept together (the catalogue, a registry,
 * a plan cache). `any`, not `unknown`: the data type appears in both argument and
 * result positions, so no other type accepts every form's module.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
export type AnyFormModule = FormModule<any, any>;
