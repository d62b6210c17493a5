/**
 * The leave form's part of the profile (absence kinds, who applies, routes,
 * duties after the return). The return report (`leaveReturn`) reads it too.
 * @module
 */
import * as z from 'zod/mini';
import type { Clause } from '../../types.js';
import { ArticleSchema, IdSchema, LocalizedSchema, OptionSchema, RouteStepSchema, defineSection, type RawStep, type ResolvedStep } from '../parts.js';

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

/** The leave section as a profile writes it: each list replaces the base's. */
export const LeaveSectionSchema = z.strictObject({
  kinds: z.optional(z.array(OptionSchema).check(z.minLength(1))),
  applicantRoles: z.optional(z.array(IdSchema).check(z.minLength(1))),
  routes: z.optional(z.array(LeaveRouteSchema)),
  followUps: z.optional(z.array(FollowUpSchema)),
});
type In = z.output<typeof LeaveSectionSchema>;

type Route<Step> = { roles: string[]; kinds?: string[] | undefined; steps: Step[]; clause: Clause };

/**
 * The resolved leave section.
 * @example
 * ```ts
 * resolveCity('fushun').leave.followUps[0]?.dueDays; // 3
 * ```
 */
export interface LeaveSection {
  kinds: NonNullable<In['kinds']>;
  applicantRoles: string[];
  routes: Route<ResolvedStep>[];
  followUps: (Omit<NonNullable<In['followUps']>[number], 'article' | 'source'> & { clause: Clause })[];
}

/** The leave form's profile section. */
export const leaveSection = defineSection({
  schema: LeaveSectionSchema,
  start: (): Omit<LeaveSection, 'routes'> & { routes: Route<RawStep>[] } => ({ kinds: [], applicantRoles: [], routes: [], followUps: [] }),
  merge(raw, p, clause) {
    if (p.kinds) raw.kinds = p.kinds;
    if (p.applicantRoles) raw.applicantRoles = p.applicantRoles;
    if (p.routes) raw.routes = p.routes.map((r) => ({ roles: r.roles, kinds: r.kinds, steps: r.steps, clause: clause(r.article, r.source) }));
    if (p.followUps) raw.followUps = p.followUps.map(({ article, source, ...rest }) => ({ ...rest, clause: clause(article, source) }));
  },
  finish(raw, { ref, step }, key): LeaveSection {
    raw.applicantRoles.forEach((r, i) => ref(r, [key, 'applicantRoles', i]));
    const routes = raw.routes.map((r, i) => {
      r.roles.forEach((x, j) => ref(x, [key, 'routes', i, 'roles', j]));
      return { roles: r.roles, kinds: r.kinds, clause: r.clause, steps: r.steps.map((s, j) => step(s, [key, 'routes', i, 'steps', j])) };
    });
    raw.followUps.forEach((f, i) => f.roles.forEach((r, j) => ref(r, [key, 'followUps', i, 'roles', j])));
    return { kinds: raw.kinds, applicantRoles: raw.applicantRoles, routes, followUps: raw.followUps };
  },
});
