/**
 * `@city-forms/rules/layout`: every form's layout and `formLayout(form, profile, values)`.
 * A one-form bundle imports its form's layout alone (`@city-forms/rules/layout/leave`)
 * and lays it out with `layoutIn` (`@city-forms/rules/core`).
 * @module
 */
import type { ResolvedProfile } from '../profile/resolve.js';
import { agendaLayout } from './agenda.js';
import { documentLayout } from './document.js';
import { layoutIn, type LayoutSection } from './layout.js';
import { leaveLayout } from './leave.js';
import { leaveReturnLayout } from './leave-return.js';

export * from './layout.js';
export { leaveLayout, leaveReturnLayout, agendaLayout, documentLayout };

/** The layout of each form, by form id. */
export const LAYOUTS = { leave: leaveLayout, leaveReturn: leaveReturnLayout, agenda: agendaLayout, document: documentLayout } as const;

/** A form that has a layout. */
export type LaidOutForm = keyof typeof LAYOUTS;

/**
 * A form laid out for a city: sections → fields with widget, required, applies
 * and visible (see `layoutIn`). What a renderer, check-your-answers or a printed
 * paper sheet walks.
 * @example
 * ```ts
 * import { resolveCity } from '@city-forms/rules';
 * import { formLayout } from '@city-forms/rules/layout';
 * const sections = formLayout('leave', resolveCity('fushun'), { applicantName: '李明', urgent: false });
 * // [{ id: 'applicant', labelKey: 'sectionApplicant', visible: true, fields: [{ name: 'applicantName', widget: 'text', required: true, applies: true, visible: true, … }, …] }, …]
 * ```
 */
export function formLayout(
  form: LaidOutForm,
  profile: ResolvedProfile,
  values?: Readonly<Record<string, unknown>>,
  issues?: readonly { code: string }[],
): LayoutSection[] {
  return layoutIn(LAYOUTS[form], profile, values, issues);
}
