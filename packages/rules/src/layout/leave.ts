/**
 * The leave form's layout: who is asking, the absence, the arrangements.
 * @module
 */
import { leaveForm } from '../forms/leave.js';
import type { ResolvedProfile } from '../profile/resolve.js';
import { defineLayout, type FormLayoutSpec, type LayoutOption } from './layout.js';

/** The roles that may ask for leave in a city, as choices (the leave form and the return report). */
export const applicantRoleOptions = (p: ResolvedProfile): readonly LayoutOption[] => p.leave.applicantRoles.map((id) => ({ id, label: p.roles[id] ?? null }));

/** The city's kinds of absence, as choices (the leave form and the return report). */
export const leaveKindOptions = (p: ResolvedProfile): readonly LayoutOption[] => p.leave.kinds.map((k) => ({ id: k.id, label: k.label }));

/**
 * Sections and fields of `<LeaveForm>` (and of its check-your-answers and paper sheet).
 * @example
 * ```ts
 * layoutIn(leaveLayout, resolveCity('fushun')).map((s) => s.id); // ['applicant', 'absence', 'arrangements']
 * ```
 */
export const leaveLayout: FormLayoutSpec = defineLayout(leaveForm, [
  {
    id: 'applicant',
    labelKey: 'sectionApplicant',
    fields: [
      { name: 'applicantName', display: { autoComplete: 'name', width: 'm' } },
      { name: 'applicantRole', options: applicantRoleOptions },
      'applicantUnit',
      { name: 'portfolio', display: { width: 'm' } },
    ],
  },
  {
    id: 'absence',
    labelKey: 'sectionAbsence',
    fields: [
      { name: 'kind', options: leaveKindOptions },
      'leavesJurisdiction',
      'startDate',
      'endDate',
      'destination',
      { name: 'reason', widget: 'textarea' },
      'urgent',
      { name: 'urgentReason', widget: 'textarea', required: true, when: { field: 'urgent', is: true } },
      // Who agreed and when (optional; the engine checks the date against the record's).
      { name: 'urgentBy', when: { field: 'urgent', is: true }, display: { width: 'm' } },
      { name: 'urgentOn', when: { field: 'urgent', is: true } },
    ],
  },
  {
    id: 'arrangements',
    labelKey: 'sectionArrangements',
    fields: [
      { name: 'standInName', display: { width: 'm' } },
      { name: 'contactPhone', widget: 'tel', display: { autoComplete: 'tel', width: 'm' } },
      'writtenMemo',
      // Asked only when a pairing conflict is found (fushun 五十四), and kept once ticked.
      { name: 'headConsent', when: { any: [{ issue: 'leave.paired-absence' }, { field: 'headConsent', is: true }] } },
      { name: 'headConsentBy', when: { field: 'headConsent', is: true }, display: { width: 'm' } },
      { name: 'headConsentOn', when: { field: 'headConsent', is: true } },
    ],
  },
]);
