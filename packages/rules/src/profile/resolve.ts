/**
 * Resolving a profile: walk its `extends` chain, merge, check every rule's params
 * against the catalogue and every id it names against the profile's own lists.
 * The forms' sections (leave, agenda, document) are merged and checked by their
 * own definitions in `profile/sections/`; nothing here names a form.
 * @module
 */
import type * as z from 'zod/mini';
import type { Clause, Severity } from '../types.js';
import { CityProfileSchema, type CityProfileInput, type Localized } from './schema.js';
import type { ClauseOf, RawStep, ResolvedStep, RoleTools } from './parts.js';
import { SECTIONS, type Sections } from './sections/index.js';
import { InvalidProfileError, UnknownCityError, type ProfileProblem } from '../errors.js';

export type { ResolvedStep } from './parts.js';

type Input = z.output<typeof CityProfileSchema>;

/** A rule as it applies in one resolved profile. */
export interface ActiveRule {
  severity: Severity;
  clause: Clause;
  params: unknown;
}

/**
 * A profile with its `extends` chain merged: what the engine and the forms use,
 * with each form's resolved section under its key (`leave`, `agenda`, `document`).
 * @example
 * ```ts
 * import { resolveCity } from '@city-forms/rules';
 * const p: ResolvedProfile = resolveCity('fushun');
 * p.roles['head']?.['zh-CN']; // '市长'
 * ```
 */
export interface ResolvedProfile extends ResolvedSections {
  id: string;
  version: string;
  name: Localized;
  source: Input['source'];
  level: 'national' | 'city' | 'district';
  awayLabel: Localized;
  /** Ids from the base to this profile, e.g. ['national', 'fushun']. */
  chain: string[];
  /** Title of each profile's source document, for citations. */
  sources: Record<string, { title: string; docNumber?: string | undefined; date?: string | undefined }>;
  roles: Record<string, Localized>;
  rules: Record<string, ActiveRule>;
  /**
   * Rules of forms the resolving kit did not know (a lean bundle resolves a city
   * before or without loading a form): params not checked yet. The engine checks
   * them against the form it validates ({@link withFormRules}).
   */
  unchecked?: Record<string, ActiveRule> | undefined;
}

/**
 * What resolve needs from a kit's city registry: each known code's params schema,
 * or `'unloaded'` when the code's form is not known there (a lean build with one
 * form): such a rule is kept unchecked (`ResolvedProfile.unchecked`) rather than
 * reported as unknown, and checked when that form is validated.
 */
export type ParamsLookup = (code: string) => z.ZodMiniType | 'unloaded' | undefined;

/** Each form's resolved section (`profile/sections/`), under its key: `leave`, `agenda`, `document`. */
export type ResolvedSections = { [K in keyof Sections]: ReturnType<Sections[K]['finish']> };

const EMPTY: Localized = { 'zh-CN': '', en: '' };

/**
 * Merge a profile over its base chain and check it. Throws
 * {@link InvalidProfileError} naming every bad field, or {@link UnknownCityError}
 * for an unknown `extends`.
 *
 * @example
 * ```ts
 * const p = resolveProfile(myProfileJson, (id) => builtIns[id], paramsOf);
 * ```
 */
export function resolveProfile(profile: unknown, lookup: (id: string) => CityProfileInput | undefined, paramsOf: ParamsLookup): ResolvedProfile {
  const chain: Input[] = [];
  /** Each id met in the chain, with the profile object that had it. */
  const seen = new Map<string, unknown>();
  let current: unknown = profile;
  let label = 'profile';
  for (;;) {
    const parsed = CityProfileSchema.safeParse(current, { reportInput: true });
    if (!parsed.success) {
      throw new InvalidProfileError(
        parsed.error.issues.map((i) => ({ path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), message: describeIssue(i) })),
        label,
      );
    }
    const p = parsed.data;
    if (seen.has(p.id)) {
      // Two different profiles with one id (`{ id: 'fushun', extends: 'fushun' }`): the
      // profile reuses the id of the city it extends. That is a clash, not a cycle.
      if (seen.get(p.id) !== current) {
        throw new InvalidProfileError(
          [
            {
              path: ['id'],
              message: `'${p.id}' is already the id of the city this profile extends (a built-in or registered city): give the profile an id of its own`,
            },
          ],
          label,
        );
      }
      throw new InvalidProfileError([{ path: ['extends'], message: `circular extends through '${p.id}'` }], label);
    }
    seen.set(p.id, current);
    chain.unshift(p);
    if (!p.extends) break;
    const base = lookup(p.extends);
    if (!base) throw new UnknownCityError(p.extends, 'extends');
    current = base;
    label = `profile '${p.extends}'`;
  }
  return merge(chain, paramsOf);
}

/** Every section's working state while the chain merges (route steps still name roles by id). */
type RawSections = { [K in keyof Sections]: ReturnType<Sections[K]['start']> };
type Section = (typeof SECTIONS)[keyof Sections];
/** The sections as a list of [key, section] (typed loosely: each is used with its own state). */
const SECTION_LIST = Object.entries(SECTIONS) as [
  keyof Sections,
  { start(): unknown; merge(raw: unknown, p: unknown, clause: ClauseOf): void; finish(raw: unknown, tools: RoleTools, key: string): unknown } & Pick<
    Section,
    'schema'
  >,
][];

function merge(chain: Input[], paramsOf: ParamsLookup): ResolvedProfile {
  const top = chain[chain.length - 1]!;
  const problems: ProfileProblem[] = [];
  const base = {
    id: top.id,
    version: top.version,
    name: top.name,
    source: top.source,
    level: 'city' as ResolvedProfile['level'],
    awayLabel: EMPTY,
    chain: chain.map((p) => p.id),
    sources: {} as ResolvedProfile['sources'],
    roles: {} as ResolvedProfile['roles'],
    rules: {} as ResolvedProfile['rules'],
    unchecked: undefined as ResolvedProfile['unchecked'],
  };
  const raw = Object.fromEntries(SECTION_LIST.map(([key, section]) => [key, section.start()])) as RawSections;
  for (const p of chain) {
    const clause: ClauseOf = (article, source) => ({ source: source ?? p.id, article });
    base.sources[p.id] = { title: p.source.title, docNumber: p.source.docNumber, date: p.source.date };
    if (p.level) base.level = p.level;
    if (p.awayLabel) base.awayLabel = p.awayLabel;
    if (p.roles) Object.assign(base.roles, p.roles);
    // One profile's form sections over those of its bases (a section's list replaces the base's).
    for (const [key, section] of SECTION_LIST) if (p[key]) section.merge(raw[key], p[key], clause);
    mergeRules(p, base, paramsOf, clause, problems);
  }
  if (base.unchecked === undefined) delete (base as { unchecked?: unknown }).unchecked;
  // Every citation must name a document in the chain.
  for (const [code, r] of Object.entries(base.rules)) {
    if (!base.sources[r.clause.source])
      problems.push({ path: ['rules', code, 'source'], message: `cites '${r.clause.source}', which is not in the extends chain (${base.chain.join(' → ')})` });
  }
  const tools = roleTools(base.roles, problems);
  const sections = Object.fromEntries(SECTION_LIST.map(([key, section]) => [key, section.finish(raw[key], tools, key)])) as ResolvedSections;
  if (problems.length > 0) throw new InvalidProfileError(problems, `profile '${top.id}'`);
  return { ...base, ...sections };
}

/** One profile's rule settings over its bases': null removes, params checked where the rule's form is known. */
function mergeRules(p: Input, out: Pick<ResolvedProfile, 'rules' | 'unchecked'>, paramsOf: ParamsLookup, clause: ClauseOf, problems: ProfileProblem[]): void {
  for (const [code, setting] of Object.entries(p.rules ?? {})) {
    if (setting === null) {
      delete out.rules[code];
      if (out.unchecked) delete out.unchecked[code];
      continue;
    }
    const schema = paramsOf(code);
    if (schema === 'unloaded') {
      (out.unchecked ??= {})[code] = { severity: setting.severity, clause: clause(setting.article, setting.source), params: setting.params ?? {} };
      continue;
    }
    if (!schema) {
      problems.push({ path: ['rules', code], message: `unknown rule code '${code}'` });
      continue;
    }
    const params = schema.safeParse(setting.params ?? {}, { reportInput: true });
    if (!params.success) {
      for (const i of params.error.issues) {
        problems.push({ path: ['rules', code, 'params', ...i.path.map((x) => (typeof x === 'symbol' ? String(x) : x))], message: describeIssue(i) });
      }
      continue;
    }
    out.rules[code] = { severity: setting.severity, clause: clause(setting.article, setting.source), params: params.data };
  }
}

/** Role checks for the sections: every role id named must be one of the merged profile's roles; route parties get their labels. */
function roleTools(roles: Record<string, Localized>, problems: ProfileProblem[]): RoleTools {
  const roleIds = new Set(Object.keys(roles));
  const ref = (id: string, path: (string | number)[]) => {
    if (!roleIds.has(id)) problems.push({ path, message: `unknown role '${id}' (known: ${[...roleIds].join(', ')})` });
  };
  const step = (s: RawStep, path: (string | number)[]): ResolvedStep => {
    if (typeof s.party === 'string') {
      ref(s.party, [...path, 'party']);
      return { action: s.action, party: roles[s.party] ?? { 'zh-CN': s.party, en: s.party } };
    }
    return { action: s.action, party: s.party };
  };
  return { ref, step };
}

const withForms = new WeakMap<ResolvedProfile, Map<string, ResolvedProfile>>();

/**
 * A profile with the rules of one form checked and active: the profile itself when
 * it has no unchecked rule of that form, else a copy (cached) whose `rules` hold
 * them. Throws {@link InvalidProfileError} for bad params or an unknown code of
 * that form, as resolving with the form loaded would have.
 * @example
 * ```ts
 * const p = withFormRules(resolveCity('fushun'), 'leave', leaveForm.rules);
 * p.rules['leave.notice-too-short']?.params;
 * ```
 */
export function withFormRules(profile: ResolvedProfile, form: string, rules: readonly { code: string; params: z.ZodMiniType }[]): ResolvedProfile {
  const pending = profile.unchecked;
  if (!pending) return profile;
  let byForm = withForms.get(profile);
  const hit = byForm?.get(form);
  if (hit) return hit;
  if (!byForm) withForms.set(profile, (byForm = new Map<string, ResolvedProfile>()));
  const prefix = `${form}.`;
  const codes = Object.keys(pending).filter((c) => c.startsWith(prefix));
  if (codes.length === 0) {
    byForm.set(form, profile);
    return profile;
  }
  const problems: ProfileProblem[] = [];
  const checked: Record<string, ActiveRule> = {};
  const rest: Record<string, ActiveRule> = { ...pending };
  for (const code of codes) {
    delete rest[code];
    const rule = rules.find((r) => r.code === code);
    if (!rule) {
      problems.push({ path: ['rules', code], message: `unknown rule code '${code}'` });
      continue;
    }
    const active = pending[code]!;
    const params = rule.params.safeParse(active.params, { reportInput: true });
    if (!params.success) {
      for (const i of params.error.issues) {
        problems.push({ path: ['rules', code, 'params', ...i.path.map((x) => (typeof x === 'symbol' ? String(x) : x))], message: describeIssue(i) });
      }
      continue;
    }
    if (!profile.sources[active.clause.source]) {
      problems.push({
        path: ['rules', code, 'source'],
        message: `cites '${active.clause.source}', which is not in the extends chain (${profile.chain.join(' → ')})`,
      });
    }
    checked[code] = { ...active, params: params.data };
  }
  if (problems.length > 0) throw new InvalidProfileError(problems, `profile '${profile.id}'`);
  const out: ResolvedProfile = { ...profile, rules: { ...profile.rules, ...checked }, unchecked: Object.keys(rest).length > 0 ? rest : undefined };
  byForm.set(form, out);
  return out;
}

const kindOf = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
const unit = (origin: string, n: number | bigint): string => (origin === 'string' ? 'character' : 'item') + (Number(n) === 1 ? '' : 's');
const list = (xs: readonly unknown[]): string => xs.map((x) => JSON.stringify(x)).join(', ');

/**
 * A one-line English description of a zod issue in a profile, for developers
 * reading `check-config` or an `InvalidProfileError`. The schema's own messages
 * (e.g. "an id: lower-case letters…") are kept; zod/mini carries no default
 * wording ("Invalid input"), so the rest is worded here from the issue's data.
 * @example
 * ```ts
 * describeIssue({ code: 'unrecognized_keys', keys: ['bogus'], path: [], message: 'Invalid input', input: {} }); // 'unknown key: "bogus"'
 * ```
 */
export function describeIssue(i: z.core.$ZodIssue): string {
  if (i.message && i.message !== 'Invalid input') return i.message;
  switch (i.code) {
    case 'invalid_type':
      return i.input === undefined ? `required (${i.expected})` : `expected ${i.expected}, got ${kindOf(i.input)}`;
    case 'too_small':
      return i.origin === 'string' || i.origin === 'array' ? `at least ${String(i.minimum)} ${unit(i.origin, i.minimum)}` : `minimum ${String(i.minimum)}`;
    case 'too_big':
      return i.origin === 'string' || i.origin === 'array' ? `at most ${String(i.maximum)} ${unit(i.origin, i.maximum)}` : `maximum ${String(i.maximum)}`;
    case 'unrecognized_keys':
      return `unknown key${i.keys.length > 1 ? 's' : ''}: ${list(i.keys)}`;
    case 'invalid_value':
      return `expected one of ${list(i.values)}`;
    case 'invalid_format':
      return `invalid ${i.format}`;
    case 'invalid_union':
      return 'matches none of the allowed forms';
    case 'invalid_key':
      return 'invalid key';
    case 'invalid_element':
      return 'invalid entry';
    case 'not_multiple_of':
      return `not a multiple of ${String(i.divisor)}`;
    default:
      return 'invalid value';
  }
}
