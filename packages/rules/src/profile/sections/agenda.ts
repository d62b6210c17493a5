/**
 * The agenda form's part of the profile: the meeting kinds and who an item goes through.
 * @module
 */
import * as z from 'zod/mini';
import type { Clause } from '../../types.js';
import { ArticleSchema, IdSchema, LocalizedSchema, RouteStepSchema, defineSection, type RawStep, type ResolvedStep } from '../parts.js';

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

/** The agenda section as a profile writes it: each list replaces the base's. */
export const AgendaSectionSchema = z.strictObject({
  meetingKinds: z.optional(z.array(MeetingKindSchema).check(z.minLength(1))),
  routes: z.optional(z.array(AgendaRouteSchema)),
});
type In = z.output<typeof AgendaSectionSchema>;

type Route<Step> = { meetingKinds: string[]; steps: Step[]; clause: Clause };

/**
 * The resolved agenda section.
 * @example
 * ```ts
 * resolveCity('fushun').agenda.meetingKinds.map((k) => k.id);
 * ```
 */
export interface AgendaSection {
  meetingKinds: NonNullable<In['meetingKinds']>;
  routes: Route<ResolvedStep>[];
}

/** The agenda form's profile section. */
export const agendaSection = defineSection({
  schema: AgendaSectionSchema,
  start: (): { meetingKinds: AgendaSection['meetingKinds']; routes: Route<RawStep>[] } => ({ meetingKinds: [], routes: [] }),
  merge(raw, p, clause) {
    if (p.meetingKinds) raw.meetingKinds = p.meetingKinds;
    if (p.routes) raw.routes = p.routes.map((r) => ({ meetingKinds: r.meetingKinds, steps: r.steps, clause: clause(r.article, r.source) }));
  },
  finish: (raw, { step }, key): AgendaSection => ({
    meetingKinds: raw.meetingKinds,
    routes: raw.routes.map((r, i) => ({
      meetingKinds: r.meetingKinds,
      clause: r.clause,
      steps: r.steps.map((s, j) => step(s, [key, 'routes', i, 'steps', j])),
    })),
  }),
});
