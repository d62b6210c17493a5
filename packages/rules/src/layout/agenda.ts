/**
 * The agenda form's layout: the meeting, the item, topic questions, reviews,
 * consultation, the presenter and the attendees.
 * @module
 */
import { AGENDA_TOPIC_FLAGS, agendaForm } from '../forms/agenda.js';
import { defineLayout, type FormLayoutSpec } from './layout.js';

/**
 * Sections and fields of `<AgendaForm>` (and of its check-your-answers and paper sheet).
 * @example
 * ```ts
 * layoutIn(agendaLayout, resolveCity('jining')).find((s) => s.id === 'reviews')?.visible; // true
 * ```
 */
export const agendaLayout: FormLayoutSpec = defineLayout(agendaForm, [
  {
    id: 'meeting',
    labelKey: 'sectionMeeting',
    fields: [
      { name: 'meetingKind', options: (p) => p.agenda.meetingKinds.map((k) => ({ id: k.id, label: k.label })) },
      'meetingDate',
      'specialCase',
      { name: 'specialCaseReason', widget: 'textarea', required: true, when: { field: 'specialCase', is: true } },
      { name: 'specialCaseBy', when: { field: 'specialCase', is: true }, display: { width: 'm' } },
      { name: 'specialCaseOn', when: { field: 'specialCase', is: true } },
    ],
  },
  {
    id: 'item',
    labelKey: 'sectionItem',
    fields: [
      'title',
      'submittingUnit',
      { name: 'summary', widget: 'textarea', display: { rows: 4 } },
      { name: 'leaderInCharge', display: { width: 'm' } },
      'leaderApproved',
      { name: 'leaderApprovedBy', when: { field: 'leaderApproved', is: true }, display: { width: 'm' } },
      { name: 'leaderApprovedOn', when: { field: 'leaderApproved', is: true } },
      'settleableBelow',
    ],
  },
  { id: 'topic', labelKey: 'sectionTopic', fields: AGENDA_TOPIC_FLAGS },
  {
    id: 'reviews',
    labelKey: 'sectionReviews',
    fields: ['legalReview', 'integrityReview', 'fairCompetitionReview', 'publicParticipation', 'expertReview', 'stabilityAssessment', 'localConsultation'],
  },
  {
    id: 'consultation',
    labelKey: 'sectionConsultation',
    fields: [
      'involvesOtherUnits',
      {
        name: 'consultations',
        fields: ['unit', 'agreed', { name: 'reasons', widget: 'textarea', required: true, when: { field: 'agreed', is: false } }, 'countersigned'],
      },
      { name: 'leadProposal', widget: 'textarea' },
    ],
  },
  {
    id: 'presenter',
    labelKey: 'sectionPresenter',
    fields: [{ name: 'presenterName', display: { width: 'm' } }, 'presenterIsHead', 'presenterWrittenLeave'],
  },
  { id: 'attendees', labelKey: null, fields: [{ name: 'attendees', fields: [{ name: 'name', display: { width: 'm' } }, 'unit'] }] },
]);
