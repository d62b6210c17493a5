/**
 * The engine, per form module: `validateWith` (never throws) and
 * `createSchemaWith` (a zod schema that react-hook-form's zodResolver and a server
 * can both use). `validate(form, …)` and `createSchema(form, …)` in the full entry
 * pick the module by id; a lean bundle imports one module and calls these.
 *
 * Each top-level field is checked on its own and every rule runs on the fields
 * that passed, so a cross-field rule reports on its field even while another
 * field is still wrong (zod alone runs object refinements only once the whole
 * base shape passes).
 * @module
 */
import * as z from 'zod/mini';
import { createCalendar, defaultCalendar, type CalendarOverrides, type WorkingCalendar } from './calendar/index.js';
import { defaultCities, resolveIn, type CityRegistry } from './registry.js';
import { isCivilDate, parseCivilDate, todayInShanghai, type CivilDate } from './dates.js';
import { InvalidProfileError, UnknownCityError } from './errors.js';
import type { AnyFormModule, FormModule } from './forms/module.js';
import type { FormModules } from './catalogue.js';
import { BASE_LOCALE, defaultLocales, type LocaleCatalogue, type LocaleRegistry } from './locales/index.js';
import { formatMessage, formatWithField } from './locales/format.js';
import { withFormRules, type ActiveRule, type ResolvedProfile } from './profile/resolve.js';
import type { CityProfileInput } from './profile/schema.js';
import type { Absence, RuleDef, RuleHit, ValidationContext } from './rule.js';
import type { Localized } from './profile/schema.js';
import type { Clause, FormId, Issue, Locale, Severity } from './types.js';
import { runShape, type FieldIssue } from './zod-private.js';

type DataOf<M> = M extends FormModule<infer D, infer _R, infer _M> ? D : never;
type DerivedOf<M> = M extends FormModule<infer _D, infer R, infer _M> ? R : never;

/**
 * The data model of each form (what `createSchema` outputs), read off `FORMS`.
 * @example
 * ```ts
 * type L = FormData['leave']; // LeaveRequest
 * ```
 */
export type FormData = { [K in FormId]: DataOf<FormModules[K]> };

/**
 * The input shape of each form (what a form or a client sends), read off `FORMS`.
 * @example
 * ```ts
 * const x: Partial<FormInputs['leave']> = { applicantName: '张三' };
 * ```
 */
export type FormInputs = { [K in FormId]: z.input<FormModules[K]['model']> };

/**
 * The derived results of each form, read off `FORMS`.
 * @example
 * ```ts
 * type D = FormDerived['document']; // DocumentDerived
 * ```
 */
export type FormDerived = { [K in FormId]: DerivedOf<FormModules[K]> };

/**
 * Options of `validate` and `createSchema`.
 * @example
 * ```ts
 * const options: ValidateOptions = { city: 'fushun', today: '2026-11-23', locale: 'en' };
 * ```
 */
export interface ValidateOptions {
  /** A city id (built-in or registered) or a profile object. */
  city: string | CityProfileInput | ResolvedProfile;
  /** Today's civil date; defaults to today in Asia/Shanghai. */
  today?: CivilDate | undefined;
  /**
   * The civil date (Asia/Shanghai) the office received the record. When given, lead
   * times, papers deadlines and countersign statuses count from it instead of `today`,
   * so a stored record re-validated years later gives the answer it had on receipt.
   * Leave it out for drafts.
   */
  receivedOn?: CivilDate | undefined;
  /** Message locale, `zh-CN` by default. */
  locale?: Locale | undefined;
  /** Portal additions to the official calendar, or a whole calendar. */
  calendar?: CalendarOverrides | WorkingCalendar | undefined;
  /** Data the form does not hold (others' absences for the leave pairing rules). */
  context?: ValidationContext | undefined;
  /** Message overrides by code (templates with the same `{params}`). */
  messages?: Readonly<Record<string, string>> | undefined;
}

/**
 * Options of `createSchema`: those of `validate`, plus a hook that receives every
 * full result (warnings, citations and derived results that a zod error cannot carry).
 * @example
 * ```ts
 * createSchema('leave', { city: 'fushun', onResult: (r) => { last = r; } });
 * ```
 */
export interface SchemaOptions<F extends FormId = FormId> extends ValidateOptions {
  onResult?: ((result: ValidationResult<F>) => void) | undefined;
}

/**
 * The result of `validate`.
 * @example
 * ```ts
 * const r: ValidationResult<'leave'> = validate('leave', data, { city: 'fushun' });
 * if (!r.ok) console.log(r.issues.map((i) => i.code));
 * ```
 */
export interface ValidationResult<F extends FormId = FormId> {
  /** True when no issue is an error (warnings allowed). */
  ok: boolean;
  issues: Issue[];
  /** Derived results (routes, deadlines, who signs); null when the input was unusable. */
  derived: FormDerived[F] | null;
  /** The cleaned data: known fields only, trimmed, defaults applied; fields that failed are left out (an optional field left blank may be present as `undefined`). */
  data: Partial<FormData[F]>;
  profile: { id: string; version: string } | null;
  calendar: { source: string; version: string };
  /**
   * Notices on derived values, each with its `path` into `derived`: a date worked out
   * by the calendar that lands in a year without official 调休 data carries
   * `calendar.year-not-covered` (a warning). Present only when there is one.
   */
  derivedNotes?: Issue[];
}

/**
 * What the engine needs from a kit: the cities it resolves and its locales. The
 * exported functions use the default kit's unless given another (`createKit`).
 */
export interface EngineHost {
  cities: CityRegistry;
  locales: LocaleRegistry;
}
const DEFAULT_HOST: EngineHost = { cities: defaultCities, locales: defaultLocales };

/**
 * The profile a form is validated against: the city resolved in the host, with
 * the form's own rules checked (they may not have been when the city resolved).
 * Throws as resolving does.
 */
function profileFor(host: EngineHost, module: AnyFormModule, city: ValidateOptions['city']): ResolvedProfile {
  return withFormRules(resolveIn(host.cities, city), module.id, module.rules);
}

const isCalendar = (c: unknown): c is WorkingCalendar => typeof c === 'object' && c !== null && typeof (c as WorkingCalendar).isWorkingDay === 'function';

/**
 * Validate submitted data of one form module against a city's rules. Never
 * throws: bad input, an unknown city or an invalid profile come back as `input.*`
 * issues.
 *
 * @example
 * ```ts
 * import { validateWith } from '@city-forms/rules/engine';
 * import { leaveForm } from '@city-forms/rules/forms/leave';
 * import { fushun } from '@city-forms/rules/cities/fushun';
 * validateWith(leaveForm, data, { city: fushun });
 * ```
 */
export function validateWith<F extends FormId>(
  module: FormModule<FormData[F], FormDerived[F]>,
  data: unknown,
  options: ValidateOptions,
  host: EngineHost = DEFAULT_HOST,
): ValidationResult<F> {
  // The options are read once, into plain values: a throwing getter, a Proxy or a
  // context that changes between reads cannot reach the rules (or make this throw).
  const read = readOptions(options);
  if (typeof read === 'string')
    return failureFor(read === 'missing' ? 'input.invalid-options' : 'input.unreadable', read === 'missing' ? {} : { what: read }, undefined, host);
  try {
    return validateUnguarded(module, data, read, host);
  } catch {
    // Only the data is left that can throw while read (getters, Proxies).
    return failureFor('input.unreadable', { what: 'data' }, read, host);
  }
}

/**
 * {@link inputFailure} for options that may not even be an object, nor readable:
 * never throws (the locale and message overrides are used when they can be read).
 * @example
 * ```ts
 * failureFor('input.invalid-options', {}, null).issues[0]?.code; // 'input.invalid-options'
 * ```
 */
export function failureFor<F extends FormId>(
  code: string,
  params: Record<string, string | number | boolean>,
  options: unknown,
  host: EngineHost = DEFAULT_HOST,
): ValidationResult<F> {
  const read = readOptions(options);
  return inputFailure<F>(code, params, typeof read === 'string' ? { city: '' } : read, undefined, host);
}

/**
 * A plain copy of `validate`'s options, each read once; 'missing' when they are
 * not an object, or the part that threw while read.
 */
function readOptions(options: unknown): ValidateOptions | 'missing' | 'options' | 'context' {
  if (typeof options !== 'object' || options === null) return 'missing';
  let out: ValidateOptions;
  let context: unknown;
  try {
    const o = options as ValidateOptions;
    out = { city: o.city, today: o.today, receivedOn: o.receivedOn, locale: o.locale, calendar: o.calendar };
    const messages = o.messages;
    if (typeof messages === 'object' && messages !== null) {
      const copy: Record<string, string> = Object.create(null) as Record<string, string>;
      for (const key of Object.keys(messages)) {
        const v = (messages as Record<string, unknown>)[key];
        if (typeof v === 'string') copy[key] = v;
      }
      out.messages = copy;
    }
    context = o.context;
  } catch {
    return 'options';
  }
  if (context !== undefined) {
    try {
      out.context = copyContext(context);
    } catch {
      return 'context';
    }
  }
  return out;
}

/** The absences of a context, copied field by field (what the rules read, read once). */
function copyContext(context: unknown): ValidationContext {
  if (typeof context !== 'object' || context === null) return NO_CONTEXT;
  const list = (context as ValidationContext).absences;
  if (!Array.isArray(list) || list.length === 0) return NO_CONTEXT;
  const absences: Absence[] = [];
  for (let i = 0; i < list.length; i++) {
    const a: unknown = list[i];
    if (typeof a !== 'object' || a === null) continue;
    const { name, role, portfolio, startDate, endDate, anonymous, leavesJurisdiction } = a as Record<string, unknown>;
    absences.push({
      ...(name === undefined ? {} : { name }),
      role,
      ...(portfolio === undefined ? {} : { portfolio }),
      ...(typeof leavesJurisdiction === 'boolean' ? { leavesJurisdiction } : {}),
      startDate,
      endDate,
      ...(anonymous === true ? { anonymous } : {}),
    } as Absence);
  }
  return { absences };
}

/** How issues are worded in one call: the locale, its catalogue, the form and the portal's overrides. */
interface Voice {
  locale: Locale;
  cat: LocaleCatalogue;
  form: FormId;
  messages: Readonly<Record<string, string>> | undefined;
}

const say = (
  v: Voice,
  code: string,
  severity: Severity,
  path: (string | number)[],
  params: Params,
  clause: Clause | null = null,
  cite?: (c: Clause) => string,
  display?: Params,
): Issue => makeIssue(code, severity, path, params, clause, v.locale, v.cat, labelIn(v.cat, v.form, path), v.messages, cite, display);

/** The calendar of a call: the one given, one built from overrides, else the default (never throws). */
function calendarOf(option: ValidateOptions['calendar']): WorkingCalendar {
  try {
    return isCalendar(option) ? option : option ? createCalendar(option) : defaultCalendar;
  } catch {
    return defaultCalendar;
  }
}

/** The `input.*` failure of a profile that cannot be used. */
function profileFailure<F extends FormId>(e: unknown, options: ValidateOptions, cal: ValidationResult['calendar'], host: EngineHost): ValidationResult<F> {
  if (e instanceof UnknownCityError) return inputFailure('input.unknown-city', { city: short(e.city) }, options, cal, host);
  if (e instanceof InvalidProfileError) {
    const problems = e.problems
      .slice(0, 5)
      .map((p) => `${p.path.join('.') || '(root)'}: ${p.message}`)
      .join('; ');
    return inputFailure('input.invalid-profile', { problems }, options, cal, host);
  }
  return inputFailure('input.invalid-profile', { problems: 'unreadable profile' }, options, cal, host);
}

function validateUnguarded<F extends FormId>(
  module: FormModule<FormData[F], FormDerived[F]>,
  data: unknown,
  options: ValidateOptions,
  host: EngineHost,
): ValidationResult<F> {
  const locale: Locale = host.locales.resolve(options.locale);
  const voice: Voice = { locale, cat: host.locales.catalogue(locale), form: module.id, messages: options.messages };
  const calendar = calendarOf(options.calendar);
  const cal = { source: calendar.source, version: calendar.version };

  let profile: ResolvedProfile;
  try {
    profile = profileFor(host, module, options.city);
  } catch (e) {
    return profileFailure(e, options, cal, host);
  }
  const profileRef = { id: profile.id, version: profile.version };

  const today = options.today ?? todayInShanghai();
  if (!isCivilDate(today))
    return {
      ...inputFailure<F>('input.invalid-today', { today: typeof today === 'string' ? short(today) : `(${typeof today})` }, options, cal, host),
      profile: profileRef,
    };
  const receivedOn = options.receivedOn;
  if (receivedOn !== undefined && !isCivilDate(receivedOn))
    return {
      ...inputFailure<F>(
        'input.invalid-received-on',
        { receivedOn: typeof receivedOn === 'string' ? short(receivedOn) : `(${typeof receivedOn})` },
        options,
        cal,
        host,
      ),
      profile: profileRef,
    };
  // The date the record counts from: the office's receipt date for a stored record, today for a draft.
  const asOf = receivedOn ?? today;

  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ...inputFailure<F>('input.not-object', {}, options, cal, host), profile: profileRef };
  }

  const issues: Issue[] = [];
  const plan = planFor(module, profile, locale, voice.cat);
  const clean = shapeIssues(module.model, data as Record<string, unknown>, plan, voice, issues);
  ruleIssues(plan, { data: clean, params: {}, profile, today: asOf, calendar, context: sanitizeContext(options.context), locale }, voice, issues);
  coverageIssues(plan.datePatterns, clean, calendar, voice, issues);
  consentIssues(module.consents, clean, asOf, voice, issues);

  if (issues.length > 1) issues.sort((a, b) => order(plan.fieldIndex, a) - order(plan.fieldIndex, b));
  let derived: FormDerived[F] | null;
  try {
    derived = module.derive({ data: clean as Partial<FormData[F]>, profile, today: asOf, calendar, locale, cite: plan.cite });
  } catch {
    derived = null;
  }
  const derivedNotes = derivedCoverage(module.derivedDates, derived, calendar, voice);
  return {
    ok: !issues.some((i) => i.severity === 'error'),
    issues,
    derived,
    data: clean as Partial<FormData[F]>,
    profile: profileRef,
    calendar: cal,
    ...(derivedNotes.length > 0 ? { derivedNotes } : {}),
  };
}

/**
 * Who agreed and when, next to a consent flag (`<flag>By`, `<flag>On`): a data check
 * no article states (no citation). The date may not be after the record's date (its
 * receipt date, else today); a date needs the name of who agreed.
 */
function consentIssues(flags: readonly string[] | undefined, clean: Record<string, unknown>, asOf: CivilDate, voice: Voice, issues: Issue[]): void {
  for (const flag of flags ?? []) {
    const on = clean[`${flag}On`];
    if (typeof on !== 'string' || on === '') continue;
    if (on > asOf) issues.push(say(voice, 'consent.after-record', 'error', [`${flag}On`], { on, recordDate: asOf }));
    const by = clean[`${flag}By`];
    if (typeof by !== 'string' || by === '') issues.push(say(voice, 'consent.by-missing', 'error', [`${flag}By`], { on }));
  }
}

/**
 * The calendar coverage notice on derived dates: each date the form works out
 * (`derivedDates`, paths into the derived result) that falls in a year without
 * official 调休 data, one `calendar.year-not-covered` warning per value.
 */
function derivedCoverage(patterns: readonly string[] | undefined, derived: unknown, calendar: WorkingCalendar, voice: Voice): Issue[] {
  const out: Issue[] = [];
  if (!patterns || derived === null || typeof derived !== 'object') return out;
  for (const pattern of patterns) {
    collect(derived, pattern.split('.'), [], (path, value) => {
      const p = parseCivilDate(value);
      if (!p) return;
      const coverage = calendar.coverage(p.year);
      if (coverage !== 'official') out.push(say(voice, 'calendar.year-not-covered', 'warning', path, { year: p.year, coverage }));
    });
  }
  return out;
}

/**
 * The shape check: one zod run over the whole model gives both the issues of the
 * failed fields and the parsed values (defaults, trimming) of the others (see
 * zod-private.ts). Returns the cleaned data: known fields only, less those with a
 * shape issue or a choice not in the profile's list.
 */
function shapeIssues(model: z.ZodMiniObject, record: Record<string, unknown>, plan: Plan, voice: Voice, issues: Issue[]): Record<string, unknown> {
  const run = runShape(model, record);
  const parsed = run.value;
  let failedFields: Map<string, FieldIssue[]> | undefined;
  for (const zi of run.issues) {
    const key = String(zi.path?.[0] ?? '');
    failedFields ??= new Map();
    const list = failedFields.get(key);
    if (list) list.push(zi);
    else failedFields.set(key, [zi]);
  }
  let dropped: Set<string> | undefined;
  if (failedFields) {
    dropped = new Set();
    for (const key of plan.fieldOrder) {
      const found = failedFields.get(key);
      if (!found) continue;
      dropped.add(key);
      // Report the field's issues as zod found them.
      const raw = Object.hasOwn(record, key) ? record[key] : undefined;
      for (const zi of found) {
        const rel = (zi.path ?? []).slice(1);
        const path = [key, ...rel.map((p) => (typeof p === 'symbol' ? String(p) : p))];
        const { code, params } = fieldCode(zi, valueAt(raw, rel));
        issues.push(say(voice, code, 'error', path, params));
      }
    }
  }
  for (const [key, allowed] of plan.optionFields) {
    // An option field's parsed value is a string (its model says so); whether it is one of the profile's ids is checked here.
    const value = parsed[key] as string | undefined;
    if (value === undefined || dropped?.has(key) || allowed.has(value)) continue;
    (dropped ??= new Set()).add(key);
    issues.push(say(voice, 'field.invalid-option', 'error', [key], { value: short(String(value)) }));
  }
  // zod's output is a fresh object holding the known fields only.
  if (dropped) for (const key of dropped) delete parsed[key];
  return parsed;
}

/** Every active rule on the cleaned data (one context object for all: checks are synchronous and keep no reference). */
function ruleIssues(
  plan: Plan,
  ruleCtx: {
    data: Record<string, unknown>;
    params: unknown;
    profile: ResolvedProfile;
    today: CivilDate;
    calendar: WorkingCalendar;
    context: ValidationContext;
    locale: Locale;
  },
  voice: Voice,
  issues: Issue[],
): void {
  for (const [rule, active] of plan.active) {
    let hits: RuleHit[];
    ruleCtx.params = active.params;
    try {
      hits = rule.check(ruleCtx);
    } catch {
      hits = [];
    }
    for (const hit of hits) {
      issues.push(
        say(
          voice,
          rule.code,
          active.severity,
          hit.path,
          hit.params ?? {},
          hit.article ? { source: active.clause.source, article: hit.article } : active.clause,
          plan.cite,
          shown(rule, hit, ruleCtx.profile, voice.locale, voice.cat),
        ),
      );
    }
  }
}

/** Dates in a year the official data does not cover: never silently a plain weekday (one warning per year). */
function coverageIssues(datePatterns: readonly string[][], clean: Record<string, unknown>, calendar: WorkingCalendar, voice: Voice, issues: Issue[]): void {
  let years: Map<number, (string | number)[]> | undefined;
  const seeDate = (path: (string | number)[], value: unknown) => {
    const p = parseCivilDate(value);
    if (p && !years?.has(p.year) && calendar.coverage(p.year) !== 'official') (years ??= new Map()).set(p.year, path);
  };
  for (const segments of datePatterns) {
    if (segments.length === 1) {
      const value = clean[segments[0]!];
      if (value !== undefined) seeDate(segments, value);
    } else collect(clean, segments, [], seeDate);
  }
  if (years)
    for (const [year, path] of years) issues.push(say(voice, 'calendar.year-not-covered', 'warning', path, { year, coverage: calendar.coverage(year) }));
}

/**
 * The result for input that cannot be validated at all (unknown form or city,
 * invalid profile, not an object): one `input.*` error, nothing derived.
 * @example
 * ```ts
 * inputFailure('input.unknown-form', { form: 'visa' }, { city: 'fushun' }).issues[0]?.code; // 'input.unknown-form'
 * ```
 */
export function inputFailure<F extends FormId>(
  code: string,
  params: Record<string, string | number | boolean>,
  options: ValidateOptions,
  cal: { source: string; version: string } = { source: defaultCalendar.source, version: defaultCalendar.version },
  host: EngineHost = DEFAULT_HOST,
): ValidationResult<F> {
  const locale: Locale = host.locales.resolve(options.locale);
  return {
    ok: false,
    issues: [makeIssue(code, 'error', [], params, null, locale, host.locales.catalogue(locale), null, options.messages)],
    derived: null,
    data: {},
    profile: null,
    calendar: cal,
  };
}

/**
 * A zod schema for one form module and city: it checks the shape and runs every
 * rule (errors only; warnings do not block). Use it with react-hook-form's
 * `zodResolver`, or `safeParse` on a server. Each zod issue carries the rule code,
 * clause and citation in `params`. `today` is read at parse time when not given.
 * Throws for misuse (unknown city, invalid profile) when created.
 *
 * @example
 * ```ts
 * const schema = createSchemaWith(leaveForm, { city: fushun });
 * useForm({ resolver: zodResolver(schema) });
 * ```
 */
export function createSchemaWith<F extends FormId>(
  module: FormModule<FormData[F], FormDerived[F]>,
  options: SchemaOptions<F>,
  host: EngineHost = DEFAULT_HOST,
): z.ZodMiniType<FormData[F], FormInputs[F]> {
  profileFor(host, module, options.city); // fail fast on misuse: unknown city or invalid profile
  return z.pipe(
    z.custom<FormInputs[F]>(() => true),
    z.transform((input: FormInputs[F], ctx) => {
      const result = validateWith(module, input, options, host);
      options.onResult?.(result);
      for (const issue of result.issues) {
        if (issue.severity !== 'error') continue;
        ctx.issues.push({
          code: 'custom',
          input,
          message: issue.message,
          path: issue.path,
          params: { code: issue.code, clause: issue.clause, citation: issue.citation, params: issue.params },
        });
      }
      return result.data as FormData[F];
    }),
  );
}

/**
 * An empty submission of a form module: '' for text, false for yes/no, [] for
 * lists — the starting values of a form.
 * @example
 * ```ts
 * emptyDataOf(leaveForm).applicantName; // ''
 * ```
 */
export function emptyDataOf<F extends FormId>(module: FormModule<FormData[F], FormDerived[F]>): FormInputs[F] {
  const out: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(module.model.shape as Record<string, z.ZodMiniType>)) out[key] = emptyOf(schema);
  return out as FormInputs[F];
}

/**
 * Whether a field of a form applies in a city: required fields always; optional
 * fields that only some cities' rules read (密级 in jining, the 市长's consent in
 * fushun…) only where such a rule applies. UIs ask this instead of testing city ids.
 * @example
 * ```ts
 * fieldAppliesIn(documentForm, 'classification', resolveCity('jining')); // true
 * ```
 */
export function fieldAppliesIn(module: AnyFormModule, field: string, profile: ResolvedProfile): boolean {
  if (!module.optionalByRule.includes(field)) return true;
  let withRules = profile;
  try {
    withRules = withFormRules(profile, module.id, module.rules);
  } catch {
    // an invalid profile: its checked rules only
  }
  return module.rules.some((rule) => {
    const active = withRules.rules[rule.code];
    if (!active) return false;
    const fields = rule.fieldsFor ? rule.fieldsFor(active.params) : rule.fields;
    return fields.includes(field);
  });
}

function emptyOf(schema: z.ZodMiniType): unknown {
  const def = schema.def as { type: string; innerType?: z.ZodMiniType; in?: z.ZodMiniType };
  switch (def.type) {
    case 'boolean':
      return false;
    case 'array':
      return [];
    case 'number':
      return undefined;
    case 'default':
      return (def as unknown as { defaultValue: unknown }).defaultValue;
    case 'union':
      return '';
    case 'optional':
    case 'nullable':
      return def.innerType ? emptyOf(def.innerType) : '';
    case 'pipe':
      return def.in ? emptyOf(def.in) : '';
    case 'enum':
      return undefined;
    default:
      return '';
  }
}

function order(fields: ReadonlyMap<string, number>, issue: Issue): number {
  const head = issue.path[0];
  return typeof head === 'string' ? (fields.get(head) ?? -1) : -1;
}

function short(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const p of path) {
    if (typeof v !== 'object' || v === null || typeof p === 'symbol') return undefined;
    if (!Object.hasOwn(v, p)) return undefined;
    v = (v as Record<string | number, unknown>)[p];
  }
  return v;
}

function fieldCode(zi: FieldIssue, value: unknown): { code: string; params: Record<string, string | number | boolean> } {
  if (zi.code === 'custom' && typeof zi.params?.['code'] === 'string') return { code: zi.params['code'], params: {} };
  if (value === undefined || value === null) return { code: 'field.required', params: {} };
  switch (zi.code) {
    case 'invalid_type':
      return { code: 'field.invalid-type', params: { expected: String(zi.expected) } };
    case 'too_small':
      if (zi.origin === 'string')
        return Number(zi.minimum) <= 1 ? { code: 'field.required', params: {} } : { code: 'field.too-short', params: { min: Number(zi.minimum) } };
      if (zi.origin === 'array') return { code: 'field.too-few', params: { min: Number(zi.minimum) } };
      return { code: 'field.invalid', params: {} };
    case 'too_big':
      if (zi.origin === 'string') return { code: 'field.too-long', params: { max: Number(zi.maximum) } };
      if (zi.origin === 'array') return { code: 'field.too-many', params: { max: Number(zi.maximum) } };
      return { code: 'field.invalid', params: {} };
    case 'invalid_union':
    case 'invalid_value':
      return { code: 'field.invalid-option', params: { value: short(typeof value === 'string' ? value : (JSON.stringify(value) ?? '')) } };
    default:
      return { code: 'field.invalid', params: {} };
  }
}

function collect(root: unknown, segments: readonly string[], path: (string | number)[], visit: (path: (string | number)[], value: unknown) => void): void {
  if (segments.length === 0) {
    visit(path, root);
    return;
  }
  const [head, ...rest] = segments as [string, ...string[]];
  if (head === '*') {
    if (!Array.isArray(root)) return;
    for (let i = 0; i < root.length; i++) collect(root[i], rest, [...path, i], visit);
    return;
  }
  if (typeof root !== 'object' || root === null || !Object.hasOwn(root, head)) return;
  collect((root as Record<string, unknown>)[head], rest, [...path, head], visit);
}

/** What one form needs per city and locale, worked out once. */
interface Plan {
  fieldOrder: string[];
  /** Position of each field in `fieldOrder` (issues are sorted by it). */
  fieldIndex: ReadonlyMap<string, number>;
  /** Fields whose value must be one of the profile's ids, with those ids. */
  optionFields: [string, ReadonlySet<string>][];
  active: [RuleDef, ActiveRule][];
  cite: (c: Clause) => string;
  datePatterns: string[][];
}

const plans = new WeakMap<ResolvedProfile, Map<AnyFormModule, Map<LocaleCatalogue, Plan>>>();

function planFor(module: AnyFormModule, profile: ResolvedProfile, locale: Locale, cat: LocaleCatalogue): Plan {
  let byModule = plans.get(profile);
  if (!byModule) plans.set(profile, (byModule = new Map<AnyFormModule, Map<LocaleCatalogue, Plan>>()));
  let byLocale = byModule.get(module);
  if (!byLocale) byModule.set(module, (byLocale = new Map<LocaleCatalogue, Plan>()));
  let plan = byLocale.get(cat);
  if (!plan) {
    const optionFields: [string, ReadonlySet<string>][] = [];
    const fieldOrder = Object.keys(module.model.shape);
    // Citations rendered once per plan, by source then article (derive may build a clause per call).
    const cited = new Map<string, Map<string, string>>();
    for (const [field, ids] of Object.entries(module.options(profile))) optionFields.push([field, new Set(ids)]);
    plan = {
      fieldOrder,
      fieldIndex: new Map(fieldOrder.map((f, i) => [f, i])),
      optionFields,
      active: module.rules.flatMap((rule): [RuleDef, ActiveRule][] => {
        const active = profile.rules[rule.code];
        return active ? [[rule, active]] : [];
      }),
      cite: (c) => {
        let bySource = cited.get(c.source);
        if (!bySource) cited.set(c.source, (bySource = new Map<string, string>()));
        let text = bySource.get(c.article);
        if (text === undefined) bySource.set(c.article, (text = citationIn(cat, profile, c, locale)));
        return text;
      },
      datePatterns: module.dateFields.map((p) => p.split('.')),
    };
    byLocale.set(cat, plan);
  }
  return plan;
}

const NO_CONTEXT: ValidationContext = Object.freeze({ absences: Object.freeze([]) as unknown as Absence[] });

function sanitizeContext(context: ValidationContext | undefined): ValidationContext {
  // The context comes from the portal at run time: anything in the list that is not an absence is left out.
  const given: unknown = context?.absences;
  const absences: readonly unknown[] = Array.isArray(given) ? given : [];
  if (absences.length === 0) return NO_CONTEXT;
  return {
    absences: absences.filter((a): a is Absence => {
      if (typeof a !== 'object' || a === null) return false;
      const r = a as Record<string, unknown>;
      return (
        (r['name'] === undefined || typeof r['name'] === 'string') && typeof r['role'] === 'string' && isCivilDate(r['startDate']) && isCivilDate(r['endDate'])
      );
    }),
  };
}

/**
 * The params a hit's message is formatted with: its own, with each id the rule
 * names in `labels` shown by its label, and its lists labelled and joined. The
 * issue keeps the ids (`params`); only the message shows labels.
 */
function shown(rule: RuleDef, hit: RuleHit, profile: ResolvedProfile, locale: Locale, cat: LocaleCatalogue): Params | undefined {
  const labels = rule.labels;
  if (!labels && !hit.lists) return undefined;
  const out: Params = { ...hit.params };
  const label = (name: string, id: string) => profileLabel(profile, labels?.[name] ?? [], id, locale);
  for (const name of Object.keys(labels ?? {})) {
    const v = out[name];
    if (typeof v === 'string') out[name] = label(name, v);
  }
  for (const [name, ids] of Object.entries(hit.lists ?? {})) out[name] = ids.map((id) => label(name, id)).join(cat.listSeparator);
  return out;
}

type Params = Record<string, string | number | boolean>;

/** The label of an id at the first of `sources` (paths into the profile) that has it, else the id. */
function profileLabel(profile: ResolvedProfile, sources: readonly string[], id: string, locale: Locale): string {
  for (const source of sources) {
    let node: unknown = profile;
    for (const key of source.split('.'))
      node = typeof node === 'object' && node !== null && Object.hasOwn(node, key) ? (node as Record<string, unknown>)[key] : undefined;
    const found = Array.isArray(node)
      ? (node as { id?: unknown; label?: Localized }[]).find((e) => e?.id === id)?.label
      : typeof node === 'object' && node !== null && Object.hasOwn(node, id)
        ? (node as Record<string, Localized>)[id]
        : undefined;
    if (found) return (found as Partial<Record<string, string>>)[locale] ?? found[BASE_LOCALE] ?? id;
  }
  return id;
}

/**
 * The label of a field path in a locale (`consultations.0.unit` → the row field's label).
 * @example
 * ```ts
 * fieldLabel('leave', ['startDate'], 'zh-CN'); // '开始日期'
 * ```
 */
export function fieldLabel(form: FormId, path: readonly (string | number)[], locale: Locale): string {
  return labelIn(defaultLocales.catalogue(locale), form, path);
}

function labelIn(cat: LocaleCatalogue, form: FormId, path: readonly (string | number)[]): string {
  // A catalogue may lack a form whose part it never received (a lean bundle): the path's own words then.
  const fields: Readonly<Record<string, string>> = cat.fields[form] ?? {};
  // The string segments ('consultations.0.unit' → consultations, unit), longest known prefix first.
  const named: string[] = [];
  for (const p of path) if (typeof p === 'string') named.push(p);
  for (let n = named.length; n > 0; n--) {
    const key = n === 1 ? named[0]! : named.slice(0, n).join('.');
    if (Object.hasOwn(fields, key)) return fields[key]!;
  }
  return named.join('.');
}

/**
 * A clause rendered for people, e.g. 依据《抚顺市人民政府工作规则》第五十四条.
 * @example
 * ```ts
 * citation(resolveCity('fushun'), { source: 'fushun', article: '五十四' }, 'zh-CN');
 * ```
 */
export function citation(profile: ResolvedProfile, clause: Clause, locale: Locale): string {
  return citationIn(defaultLocales.catalogue(locale), profile, clause, locale);
}

function citationIn(cat: LocaleCatalogue, profile: ResolvedProfile, clause: Clause, locale: Locale): string {
  let byCat = citations.get(profile);
  if (!byCat) citations.set(profile, (byCat = new Map<LocaleCatalogue, Map<string, string>>()));
  let cache = byCat.get(cat);
  if (!cache) byCat.set(cat, (cache = new Map<string, string>()));
  const key = `${clause.source}|${clause.article}`;
  let text = cache.get(key);
  if (text === undefined) {
    const title = profile.sources[clause.source]?.title ?? clause.source;
    text = formatMessage(locale, cat.citation, { title, article: clause.article });
    cache.set(key, text);
  }
  return text;
}

const citations = new WeakMap<ResolvedProfile, Map<LocaleCatalogue, Map<string, string>>>();

function makeIssue(
  code: string,
  severity: Severity,
  path: (string | number)[],
  params: Record<string, string | number | boolean>,
  clause: Clause | null,
  locale: Locale,
  cat: LocaleCatalogue,
  field: string | null,
  overrides: Readonly<Record<string, string>> | undefined,
  cite?: (clause: Clause) => string,
  display?: Params,
): Issue {
  const template =
    (overrides && Object.hasOwn(overrides, code) ? overrides[code] : undefined) ?? (cat.codes as Record<string, { message: string }>)[code]?.message ?? code;
  const message = formatWithField(locale, template, display ?? params, field ?? '');
  return {
    code,
    severity,
    path,
    params,
    message,
    clause,
    citation: clause && cite ? cite(clause) : '',
  };
}
