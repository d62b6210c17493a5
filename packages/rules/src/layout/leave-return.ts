/**
 * The return report's layout (销假): who reports, the absence as planned and as it
 * was, and the written report after the return.
 * @module
 */
import { leaveReturnForm } from '../forms/leave-return.js';
import { defineLayout, type FormLayoutSpec } from './layout.js';
import { applicantRoleOptions, leaveKindOptions } from './leave.js';

/**
 * Sections and fields of the return report (for a form renderer, check-your-answers and the paper sheet).
 * @example
 * ```ts
 * layoutIn(leaveReturnLayout, resolveCity('fushun')).map((s) => s.id); // ['applicant', 'absence', 'arrangements']
 * ```
 */
export const leaveReturnLayout: FormLayoutSpec = defineLayout(leaveReturnForm, [
  {
    id: 'applicant',
    labelKey: 'sectionApplicant',
    fields: [
      { name: 'applicantName', display: { autoComplete: 'name', width: 'm' } },
      { name: 'applicantRole', options: applicantRoleOptions },
      'applicantUnit',
      { name: 'leaveReference', display: { width: 'm' } },
    ],
  },
  {
    id: 'absence',
    labelKey: 'sectionAbsence',
    fields: [
      { name: 'kind', options: leaveKindOptions },
      'leavesJurisdiction',
      'startDate',
      'plannedEndDate',
      'actualReturnDate',
      'itineraryChanged',
      { name: 'itineraryChange', widget: 'textarea', when: { field: 'itineraryChanged', is: true } },
      'itineraryChangeReported',
    ],
  },
  {
    id: 'arrangements',
    labelKey: 'sectionArrangements',
    fields: ['returnReportDate'],
  },
]);
