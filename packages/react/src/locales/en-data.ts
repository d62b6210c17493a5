/**
 * `@city-forms/react/locales/en-data`: the English interface strings as plain data
 * (no registration). For loaders that register themselves, e.g. a lazily loaded
 * chunk: `registerUiLocale('en', uiEn)` from `@city-forms/react/i18n`. Portals
 * normally import `@city-forms/react/locales/en` instead, which registers.
 * @example
 * ```ts
 * const { uiEn } = await import('@city-forms/react/locales/en-data');
 * registerUiLocale('en', uiEn);
 * ```
 * @module
 */
import type { UiStrings } from '../i18n.js';

/** The English interface strings. */
export const uiEn: UiStrings = {
  errorSummaryTitle: 'There is a problem',
  errorTitlePrefix: 'Error: ',
  warningsTitle: 'Please note',
  submit: 'Continue',
  checkTitle: 'Check your answers',
  checkDescription: 'Check these answers before you submit. Use “Change” to correct one.',
  change: 'Change',
  notProvided: 'Not provided',
  confirm: 'Confirm and submit',
  cancel: 'Back to the form',
  submitting: 'Submitting…',
  submitted: 'Submitted',
  submitFailed: 'Your answers were not submitted. Everything you entered has been kept; try again:',
  print: 'Print',
  draftRestored: 'We restored the draft you had not submitted.',
  discardDraft: 'Discard draft',
  draftUnavailable: 'Browser storage is unavailable, so your draft will not be saved automatically.',
  draftExpired: 'The draft you had not submitted has expired and was deleted.',
  draftVersionChanged: "This city's form rules have changed since your draft was saved, so it was deleted.",
  formCrashed: 'The form could not be shown. A saved draft may be damaged.',
  formCrashedReset: 'Discard the draft and reload the form',
  contextFailed: "Other people's absences could not be checked now; the reviewer will check them:",
  contextLoading: "Checking other people's absences…",
  add: 'Add',
  remove: 'Remove',
  moveUp: 'Move up',
  moveDown: 'Move down',
  row: 'Item {n}',
  yes: 'Yes',
  no: 'No',
  listSeparator: '; ',
  citationOpen: ' (',
  citationClose: ')',
  requiredMark: ' (required)',
  optionalMark: ' (optional)',
  choose: 'Choose',
  dateHint: 'Format: YYYY-MM-DD, for example 2026-12-01',
  derivedTitle: 'What happens next',
  route: 'Approval route',
  followUps: 'Follow-up duties',
  minutesDue: 'Minutes due',
  papersDeadline: 'Papers due',
  countersignDeadlines: 'Countersign reply deadlines',
  signing: 'Signed off by',
  reviewer: 'Reviewed by',
  due: 'Due',
  calendarDays: 'Days away',
  workingDays: 'of which working days',
  days: '{n, plural, one {# day} other {# days}}',
  deadlineHint: 'Reply due {due} ({days} working days) {status}',
  leaveSheetTitle: 'Leave and absence report',
  agendaSheetTitle: 'Agenda item submission',
  documentSheetTitle: 'Document submission sheet',
  sectionApplicant: 'Applicant',
  sectionAbsence: 'Absence',
  sectionArrangements: 'Arrangements',
  sectionMeeting: 'Meeting',
  sectionItem: 'Item',
  sectionConsultation: 'Consultation and countersigning',
  sectionTopic: 'What the item touches',
  sectionReviews: 'Prior procedures',
  sectionPresenter: 'Presentation',
  sectionAttendees: 'Attendees',
  sectionDocument: 'Document',
  sectionRouting: 'Routing',
  sectionSigning: 'Sign-off',
  sectionCountersign: 'Countersigning',
  sectionBrief: 'Brief',
  sectionMarkings: 'Markings',
};
