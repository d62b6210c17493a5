/**
 * Resolving a profile: walk its `extends` chain, merge, check every rule's params
 * against the catalogue and every id it names against the profile's own lists.
 * @module
 */
import type * as z from 'zod/mini';
import type { Clause, Severity } from '../types.js';
import { CityProfileSchema, type CityProfileInput, type Localized } from './schema.js';
import { InvalidProfileError, UnknownCityError, type ProfileProblem } from '../errors.js';

type Input = z.output<typeof CityProfileSchema>;
type LeaveSection = NonNullable<Input['leave']>;
type AgendaSection = NonNullable<Input['agenda']>;
type DocumentSection = NonNullable<Input['document']>;

/** A route step with its party resolved to a label. */
export interface ResolvedStep {
  action: string;
  party: Localized;
}

/** A rule as it applies in one resolved profile. */
export interface ActiveRule {
  severity: Severity;
  clause: Clause;
  params: unknown;
}

/**
 * A profile with its `extends` chain merged: what the engine and the forms use.
 * @example
 * ```ts
 * import { resolveCity } from '@city-forms/rules';
 * const p: ResolvedProfile = resolveCity('fushun');
 * p.roles['head']?.['zh-CN']; // '市长'
 * ```
 */
export interface ResolvedProfile {
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
  leave: {
    kinds: NonNullable<LeaveSection['kinds']>;
    applicantRoles: string[];
    routes: { roles: string[]; kinds?: string[] | undefined; steps: ResolvedStep[]; clause: Clause }[];
    followUps: (Omit<NonNullable<LeaveSection['followUps']>[number], 'article' | 'source'> & { clause: Clause })[];
  };
  agenda: {
    meetingKinds: NonNullable<AgendaSection['meetingKinds']>;
    routes: { meetingKinds: string[]; steps: ResolvedStep[]; clause: Clause }[];
  };
  document: {
    docTypes: NonNullable<DocumentSection['docTypes']>;
    senderKinds: NonNullable<DocumentSection['senderKinds']>;
    countersign: { replyWorkingDays: number; complexReplyWorkingDays?: number | undefined; clause: Clause } | undefined;
    signing: { id: string; label: Localized; signer: string; reviewer?: string | undefined; clause: Clause }[];
  };
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

// Routes and signing refer to roles by id; their labels are resolved after all roles merge.
type RawStep = { action: string; party: string | Localized };
interface RawRoutes {
  leave: { roles: string[]; kinds?: string[] | undefined; steps: RawStep[]; clause: Clause }[];
  agenda: { meetingKinds: string[]; steps: RawStep[]; clause: Clause }[];
}
type ClauseOf = (article: string, source?: string) => Clause;

function merge(chain: Input[], paramsOf: ParamsLookup): ResolvedProfile {
  const top = chain[chain.length - 1]!;
  const problems: ProfileProblem[] = [];
  const out: ResolvedProfile = {
    id: top.id,
    version: top.version,
    name: top.name,
    source: top.source,
    level: 'city',
    awayLabel: EMPTY,
    chain: chain.map((p) => p.id),
    sources: {},
    roles: {},
    leave: { kinds: [], applicantRoles: [], routes: [], followUps: [] },
    agenda: { meetingKinds: [], routes: [] },
    document: { docTypes: [], senderKinds: [], countersign: undefined, signing: [] },
    rules: {},
  };
  const raw: RawRoutes = { leave: [], agenda: [] };
  for (const p of chain) {
    const clause: ClauseOf = (article, source) => ({ source: source ?? p.id, article });
    out.sources[p.id] = { title: p.source.title, docNumber: p.source.docNumber, date: p.source.date };
    if (p.level) out.level = p.level;
    if (p.awayLabel) out.awayLabel = p.awayLabel;
    if (p.roles) Object.assign(out.roles, p.roles);
    mergeSections(p, out, raw, clause);
    mergeRules(p, out, paramsOf, clause, problems);
  }
  // Every citation must name a document in the chain.
  for (const [code, r] of Object.entries(out.rules)) {
    if (!out.sources[r.clause.source])
      problems.push({ path: ['rules', code, 'source'], message: `cites '${r.clause.source}', which is not in the extends chain (${out.chain.join(' → ')})` });
  }
  resolveRoles(out, raw, problems);
  if (problems.length > 0) throw new InvalidProfileError(problems, `profile '${top.id}'`);
  return out;
}

/** One profile's form sections over those of its bases (a section's list replaces the base's). */
function mergeSections(p: Input, out: ResolvedProfile, raw: RawRoutes, clause: ClauseOf): void {
  if (p.leave?.kinds) out.leave.kinds = p.leave.kinds;
  if (p.leave?.applicantRoles) out.leave.applicantRoles = p.leave.applicantRoles;
  if (p.leave?.routes) raw.leave = p.leave.routes.map((r) => ({ roles: r.roles, kinds: r.kinds, steps: r.steps, clause: clause(r.article, r.source) }));
  if (p.leave?.followUps) out.leave.followUps = p.leave.followUps.map(({ article, source, ...rest }) => ({ ...rest, clause: clause(article, source) }));
  if (p.agenda?.meetingKinds) out.agenda.meetingKinds = p.agenda.meetingKinds;
  if (p.agenda?.routes) raw.agenda = p.agenda.routes.map((r) => ({ meetingKinds: r.meetingKinds, steps: r.steps, clause: clause(r.article, r.source) }));
  if (p.document?.docTypes) out.document.docTypes = p.document.docTypes;
  if (p.document?.senderKinds) out.document.senderKinds = p.document.senderKinds;
  if (p.document?.countersign) {
    const { article, source, ...rest } = p.document.countersign;
    out.document.countersign = { ...rest, clause: clause(article, source) };
  }
  if (p.document?.signing) out.document.signing = p.document.signing.map(({ article, source, ...rest }) => ({ ...rest, clause: clause(article, source) }));
}

/** One profile's rule settings over its bases': null removes, params checked where the rule's form is known. */
function mergeRules(p: Input, out: ResolvedProfile, paramsOf: ParamsLookup, clause: ClauseOf, problems: ProfileProblem[]): void {
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

/** Every role id named by the merged profile must be one of its roles; route parties get their labels. */
function resolveRoles(out: ResolvedProfile, raw: RawRoutes, problems: ProfileProblem[]): void {
  const roleIds = new Set(Object.keys(out.roles));
  const roleRef = (id: string, path: (string | number)[]) => {
    if (!roleIds.has(id)) problems.push({ path, message: `unknown role '${id}' (known: ${[...roleIds].join(', ')})` });
  };
  const step = (s: RawStep, path: (string | number)[]): ResolvedStep => {
    if (typeof s.party === 'string') {
      roleRef(s.party, [...path, 'party']);
      return { action: s.action, party: out.roles[s.party] ?? { 'zh-CN': s.party, en: s.party } };
    }
    return { action: s.action, party: s.party };
  };
  out.leave.applicantRoles.forEach((r, i) => roleRef(r, ['leave', 'applicantRoles', i]));
  out.leave.routes = raw.leave.map((r, i) => {
    r.roles.forEach((x, j) => roleRef(x, ['leave', 'routes', i, 'roles', j]));
    return { roles: r.roles, kinds: r.kinds, clause: r.clause, steps: r.steps.map((s, j) => step(s, ['leave', 'routes', i, 'steps', j])) };
  });
  out.agenda.routes = raw.agenda.map((r, i) => ({
    meetingKinds: r.meetingKinds,
    clause: r.clause,
    steps: r.steps.map((s, j) => step(s, ['agenda', 'routes', i, 'steps', j])),
  }));
  out.document.signing.forEach((s, i) => {
    roleRef(s.signer, ['document', 'signing', i, 'signer']);
    if (s.reviewer) roleRef(s.reviewer, ['document', 'signing', i, 'reviewer']);
  });
  out.leave.followUps.forEach((f, i) => f.roles.forEach((r, j) => roleRef(r, ['leave', 'followUps', i, 'roles', j])));
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
