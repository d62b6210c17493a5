/**
 * English message catalogue.
 * @module
 */
import type { zhCN } from './zh-CN.js';
import type { SameKeys } from './types.js';

/**
 * The en catalogue.
 * @example
 * ```ts
 * import { en } from '@city-forms/rules';
 * en.codes['leave.retroactive'].title; // 'Reported after the fact'
 * ```
 */
export const en = {
  locale: 'en',
  citation: 'Under article {article} of 《{title}》',
  listSeparator: ', ',
  colon: ': ',
  notProvided: 'Not provided',
  yes: 'Yes',
  no: 'No',
  codes: {
    'field.required': { title: 'Required', message: '{field} is required' },
    'field.invalid-type': { title: 'Wrong format', message: '{field} is not in the right format' },
    'field.too-long': { title: 'Too long', message: '{field} must be {max, plural, one {# character} other {# characters}} or fewer' },
    'field.too-short': { title: 'Too short', message: '{field} must be at least {min, plural, one {# character} other {# characters}}' },
    'field.too-many': { title: 'Too many entries', message: '{field} must have no more than {max, plural, one {# entry} other {# entries}}' },
    'field.too-few': { title: 'Too few entries', message: '{field} must have at least {min, plural, one {# entry} other {# entries}}' },
    'field.invalid-date': { title: 'Invalid date', message: '{field} must be a real date in the format YYYY-MM-DD, for example 2026-10-08' },
    'field.invalid-option': { title: 'Invalid option', message: '{field} must be one of the options available in this city – "{value}" is not one of them' },
    'field.invalid': { title: 'Invalid entry', message: '{field} is not valid' },
    'field.invalid-phone': {
      title: 'Invalid phone number',
      message: '{field} may contain only digits, spaces, +, -, parentheses and an extension (for example 024-5762 1234 ext. 806)',
    },
    'field.control-character': {
      title: 'Control character',
      message: '{field} contains an invisible control character (such as NUL or a terminal escape code). Remove it and try again',
    },
    'field.malformed-text': {
      title: 'Invalid characters',
      message: '{field} contains characters that are not valid text (an unpaired surrogate). Type it again',
    },
    'input.not-object': { title: 'Invalid data', message: 'The submitted data must be a JSON object' },
    'input.unknown-city': { title: 'Unknown city', message: 'No city profile was found for "{city}"' },
    'input.invalid-profile': { title: 'Invalid city profile', message: 'The city profile is not valid: {problems}' },
    'input.unknown-form': { title: 'Unknown form', message: 'Unknown form "{form}"' },
    'input.invalid-today': { title: 'Invalid current date', message: 'The current date "{today}" is not valid. Use the format YYYY-MM-DD' },
    'input.invalid-received-on': { title: 'Invalid date of receipt', message: 'The date of receipt "{receivedOn}" is not valid. Use the format YYYY-MM-DD' },
    'input.invalid-options': { title: 'Invalid options', message: 'The validation options must be an object with at least a city' },
    'input.unreadable': {
      title: 'Unreadable input',
      message:
        '{what, select, options {The validation options} context {The validation context} other {The submitted data}} could not be read (reading raised an error), so nothing was validated',
    },
    'calendar.year-not-covered': {
      title: 'Holiday data not available',
      message:
        'The working-day calendar does not yet include the holiday and make-up working day arrangements for {year}{coverage, select, statutory { (dates are worked out from public holidays only, without make-up working days)} other { (dates are worked out using ordinary weekends)}}. Check any deadline counted in working days by hand',
    },
    'consent.after-record': { title: 'Consent dated after the record', message: '{field} ({on}) cannot be later than the date of the record ({recordDate})' },
    'consent.by-missing': { title: 'Who agreed is missing', message: 'The consent is dated {on}: give the name of who agreed ({field})' },

    'leave.dates-out-of-order': {
      title: 'End date before start date',
      message: 'The end date ({endDate}) must be the same as or after the start date ({startDate})',
    },
    'leave.retroactive': {
      title: 'Reported after the fact',
      message: 'Leave must be reported in advance. The start date ({startDate}) cannot be earlier than the day it is reported ({today})',
    },
    'leave.notice-too-short': {
      title: 'Not enough notice',
      message:
        'As {role}, you must start the leave procedure at least {days, plural, one {# {dayKind, select, working {working day} other {calendar day}}} other {# {dayKind, select, working {working days} other {calendar days}}}} in advance. The earliest your leave can start is {earliest}',
    },
    'leave.urgent-reason-missing': {
      title: 'Urgent reason not given',
      message: 'If an emergency meant you could not report in time, explain the urgent reason',
    },
    'leave.stand-in-missing': {
      title: 'No stand-in named',
      message: 'As {role}, you must name who will carry out your duties while you are away (designated stand-in, AB role)',
    },
    'leave.paired-absence': {
      title: 'Cannot be away at the same time',
      message:
        '{who, select, role {The {role} paired with you has already reported an absence at the same time} other {{role} {name} is already away from {from} to {to}}}. As a rule, you must not both be away at the same time{escape, select, head-consent {. If it is really necessary, get approval from the {head}} other {}}',
    },
    'leave.contact-missing': { title: 'No contact number', message: 'You must be reachable while you are away. Enter a contact phone number' },
    'leave.written-memo-missing': {
      title: 'No written memo attached',
      message: 'As {role}, you must ask for approval for this kind of absence with a written memo',
    },
    'leaveReturn.itinerary-change-unreported': {
      title: 'Change of itinerary not reported',
      message:
        '{later, select, true {You returned on {actualReturnDate}, after the planned end date ({plannedEndDate}). } other {}}A change of itinerary while away must be reported promptly. Confirm that you reported it',
    },
    'leaveReturn.return-report-overdue': {
      title: 'Report after returning overdue',
      message: '{followUp} was due by {due}{submitted, select, none {. It is now overdue} other {. It was submitted on {submitted}}}',
    },

    'agenda.meeting-kind': { title: 'Wrong meeting type', message: '"{kind}" does not accept agenda topics. You can submit topics to: {allowed}' },
    'agenda.within-remit': {
      title: "Within a leader's or department's remit",
      message: 'Matters that the leader in charge or the department can settle within their own remit are not submitted to the meeting',
    },
    'agenda.consultation-missing': {
      title: 'Other units not consulted',
      message: 'If the topic involves other units, you must ask for their views first. List the units you have consulted',
    },
    'agenda.disagreement-unstated': {
      title: 'Disagreement not set out',
      message:
        '{target, select, row {"{unit}" disagrees. Set out the reasons given by each side} other {If the units do not agree, set out the reasons given by each side and state the lead unit\'s preferred option}}',
    },
    'agenda.consensus-missing': {
      title: 'No agreement reached',
      message: '"{unit}" does not agree. The units must reach agreement before the topic goes to the meeting',
    },
    'agenda.countersign-missing': { title: 'Not countersigned', message: '"{unit}" agrees, so its head must countersign' },
    'agenda.leader-approval-missing': {
      title: 'Not approved by the leader',
      message: 'The topic must be reviewed and approved by the {approver} before it can be scheduled',
    },
    'agenda.presenter-not-head': {
      title: 'Presenter is not the head of the unit',
      message:
        'The head of the lead unit must attend the meeting and present the topic{escape, select, true {. If they cannot attend, they must ask for leave in writing} other {}}',
    },
    'agenda.legal-review-missing': {
      title: 'No legality review',
      message:
        '{trigger, select, majorDecision {A major decision must pass a legality review before it can be submitted to the meeting} normativeDocument {Rules and normative documents must pass a legality review before they can be submitted to the meeting} other {The topic must pass a legality review before it can be submitted to the meeting}}',
    },
    'agenda.integrity-review-missing': {
      title: 'No integrity assessment',
      message:
        '{trigger, select, normativeDocument {Rules and normative documents must have an integrity (anti-corruption) assessment} other {The topic must have an integrity (anti-corruption) assessment}}',
    },
    'agenda.fair-competition-review-missing': {
      title: 'No fair competition review',
      message:
        '{trigger, select, affectsMarket {Measures that affect the economic activity of market entities must have a fair competition review} normativeDocument {Rules and normative documents must have a fair competition review} other {The topic must have a fair competition review}}',
    },
    'agenda.public-participation-missing': {
      title: 'Public views not heard',
      message:
        "{trigger, select, majorDecision {Public participation is a statutory step of a major decision: hear the public's views} publicInterest {For matters that affect major public interests and people's rights, you must hear all sides, for example through a hearing, a discussion meeting or a public consultation} stabilityRisk {For matters that may cause social stability problems, you must hear all sides, for example through a hearing} other {You must hear the public's views}}",
    },
    'agenda.expert-review-missing': {
      title: 'No expert review',
      message:
        '{trigger, select, majorDecision {Expert review is a statutory step of a major decision: have it reviewed by experts} majorInvestment {Major investment projects that need forecasts and a choice between options must be reviewed by experts} other {The topic must be reviewed by experts}}',
    },
    'agenda.stability-assessment-missing': {
      title: 'No social stability risk assessment',
      message:
        "{trigger, select, majorDecision {Risk assessment is a statutory step of a major decision: carry out a social stability risk assessment} publicInterest {Matters that affect major public interests and people's rights must have a social stability risk assessment} stabilityRisk {Matters that may cause social stability problems must have a social stability risk assessment} other {The topic must have a social stability risk assessment}}",
    },
    'agenda.local-consultation-missing': {
      title: 'Counties, districts or townships not consulted',
      message: 'For matters that affect counties (districts) or townships, you must ask them for their views first',
    },
    'agenda.papers-late': {
      title: 'Papers submitted too late',
      message:
        'Meeting papers must be submitted {days, plural, one {# working day} other {# working days}} before the meeting (by {deadline}). In a special case, tick the box and explain why',
    },

    'document.multiple-primary-recipients': {
      title: 'More than one main recipient',
      message:
        'A document sent to a higher authority should normally have only one main recipient. It currently has {count, plural, one {# main recipient} other {# main recipients}}. Send copies to the others instead',
    },
    'document.skip-level': { title: 'Skips a level', message: 'You must not skip a level without approval. Give the grounds for skipping a level' },
    'document.bypassed-not-copied': {
      title: 'Bypassed authority not copied',
      message: 'If you skip a level, you must also send a copy to the authority you bypassed',
    },
    'document.request-multiple-matters': {
      title: 'More than one matter in a request',
      message: 'A request for instructions must cover one matter only. It currently lists {count, plural, one {# matter} other {# matters}}',
    },
    'document.report-contains-request': {
      title: 'Report contains a request',
      message: 'A report must not include requests for instructions. Send any request as a separate request for instructions',
    },
    'document.personal-addressee': {
      title: 'Sent to a leader personally',
      message:
        'Do not send documents directly to an individual leader, except in cases such as a matter a leader has assigned to you. Select the exception that applies',
    },
    'document.not-signed-by-head': { title: 'Not signed off by the head', message: 'Documents you submit must be signed off by the head of your unit' },
    'document.informal-form': {
      title: 'Not a formal document',
      message: 'Submit this as a formal official document. A reference copy, submitted-for-reading copy or please-read copy cannot be used instead',
    },
    'document.markings-missing': {
      title: 'Classification or urgency not marked',
      message: 'Select the {marking, select, classification {classification level} other {urgency level}}',
    },
    'document.ineligible-sender': {
      title: 'Not eligible to submit',
      message: '{kind} cannot send documents directly to the government. Send them through the supervising department',
    },
    'document.legal-review-missing': {
      title: 'No legality review',
      message: 'Government rules and normative documents must pass a legality and compliance review before they are issued',
    },
    'document.integrity-review-missing': {
      title: 'No integrity assessment',
      message: 'Government rules and normative documents must have an integrity (anti-corruption) assessment before they are issued',
    },
    'document.fair-competition-review-missing': {
      title: 'No fair competition review',
      message: 'Government rules and normative documents must have a fair competition review before they are issued',
    },
    'document.internal-body-sender': {
      title: 'Sent by an internal division',
      message: '{kind} (other than a general office) cannot send formal documents outside the department. Send it in the name of the department',
    },
    'document.countersign-missing': {
      title: 'Countersigning not done',
      message:
        "{wording, select, consult {If the matter involves other departments, their views must be sought first. List at least {min, plural, one {# unit} other {# units}} you consulted} other {If the matter involves other departments' powers, it must be countersigned. List at least {min, plural, one {# countersigning unit} other {# countersigning units}}}}",
    },
    'document.disagreement-unstated': {
      title: 'Disagreement not set out',
      message:
        '{target, select, row {"{unit}" disagrees. Set out the reasons given by each side} other {If the units still do not agree after consultation, the lead unit must set out the reasons given by each side and propose how to handle the matter}}',
    },
    'document.department-remit': {
      title: "Within the department's remit",
      message: "Matters within a department's remit should be issued by the department itself or jointly with other departments, not in the government's name",
    },
    'document.brief-too-long': {
      title: 'Briefing too long',
      message: 'Each issue of a briefing must be no more than {max, plural, one {# character} other {# characters}}. This one is about {actual} characters',
    },
  },
  fields: {
    leave: {
      applicantName: "Applicant's name",
      applicantRole: 'Position',
      applicantUnit: 'Unit',
      portfolio: 'Area of responsibility',
      kind: 'Type of absence',
      leavesJurisdiction: 'Leaving the administrative area',
      startDate: 'Start date',
      endDate: 'End date',
      destination: 'Destination',
      reason: 'Reason',
      urgent: 'Emergency',
      urgentReason: 'Reason for the emergency',
      urgentBy: 'Urgent absence agreed by',
      urgentOn: 'Date the urgent absence was agreed',
      standInName: 'Designated stand-in (AB role)',
      contactPhone: 'Contact phone number',
      writtenMemo: 'Written memo attached',
      headConsent: 'Approval obtained to be away at the same time',
      headConsentBy: 'Absence at the same time approved by',
      headConsentOn: 'Date of approval to be away at the same time',
    },
    leaveReturn: {
      applicantName: "Applicant's name",
      applicantRole: 'Position',
      applicantUnit: 'Unit',
      leaveReference: 'Leave request number',
      kind: 'Type of absence',
      leavesJurisdiction: 'Left the administrative area',
      startDate: 'Start date of the absence',
      plannedEndDate: 'Planned end date',
      actualReturnDate: 'Actual return date',
      itineraryChanged: 'Itinerary changed',
      itineraryChange: 'What changed',
      itineraryChangeReported: 'Change of itinerary reported promptly',
      returnReportDate: 'Date the written report was submitted',
    },
    agenda: {
      meetingKind: 'Meeting type',
      title: 'Topic title',
      submittingUnit: 'Lead unit',
      summary: 'Topic summary',
      meetingDate: 'Proposed meeting date',
      leaderInCharge: 'Leader in charge',
      leaderApproved: 'Reviewed and approved by the leader in charge',
      leaderApprovedBy: 'Approved by',
      leaderApprovedOn: 'Date approved by the leader in charge',
      settleableBelow: 'Can be settled by the leader in charge or the department',
      involvesOtherUnits: "Involves other units' responsibilities",
      consultations: 'Units consulted',
      'consultations.unit': 'Unit name',
      'consultations.agreed': 'Views agree',
      'consultations.reasons': 'Reasons for disagreement',
      'consultations.countersigned': 'Countersigned by the head of the unit',
      leadProposal: "Lead unit's preferred option",
      presenterName: 'Presenter',
      presenterIsHead: 'Presenter is the head of the unit',
      presenterWrittenLeave: 'Head of the unit has asked for leave in writing',
      normativeDocument: 'Rule or normative document',
      majorDecision: 'Major administrative decision',
      publicInterest: "Directly affects people's interests",
      majorInvestment: 'Involves major investment or development strategy',
      stabilityRisk: 'Affects social stability',
      affectsLocalities: 'Affects counties (districts) or townships',
      affectsMarket: 'Affects economic activity of market entities',
      legalReview: 'Passed legality review',
      integrityReview: 'Integrity assessment done',
      fairCompetitionReview: 'Fair competition review done',
      publicParticipation: 'Public views heard',
      expertReview: 'Reviewed by experts',
      stabilityAssessment: 'Social stability risk assessment done',
      localConsultation: 'Counties (districts) and townships consulted',
      specialCase: 'Special case',
      specialCaseReason: 'Explanation of the special case',
      specialCaseBy: 'Special case agreed by',
      specialCaseOn: 'Date the special case was agreed',
      attendees: 'Non-voting attendees',
      'attendees.name': 'Name',
      'attendees.unit': 'Unit',
    },
    document: {
      docType: 'Document type',
      title: 'Document title',
      senderUnit: 'Submitting unit',
      senderKind: 'Type of submitting unit',
      primaryRecipients: 'Main recipients',
      copyTo: 'Copied to',
      skipLevel: 'Skips a level',
      skipLevelGround: 'Grounds for skipping a level',
      bypassedCopied: 'Bypassed authority copied',
      addressedToLeader: 'Sent directly to a leader personally',
      leaderException: 'Exception',
      matters: 'Matters requested',
      reportContainsRequest: 'Report contains requests for instructions',
      signatoryName: 'Signed off by',
      signatoryIsHead: 'Signatory is the head of the unit',
      format: 'Document form',
      classification: 'Classification level',
      urgency: 'Urgency level',
      involvesOtherUnits: "Involves other departments' powers",
      countersigners: 'Countersigning units',
      'countersigners.unit': 'Unit name',
      'countersigners.sentOn': 'Date sent for countersigning',
      'countersigners.receivedOn': 'Date the unit received it',
      'countersigners.leadDeadline': "Lead unit's reply deadline",
      'countersigners.extendedTo': 'Reply date agreed with the lead unit',
      'countersigners.replied': 'Replied',
      'countersigners.agreed': 'No objection',
      'countersigners.reasons': 'Reasons for disagreement',
      leadProposal: "Lead unit's proposal",
      complex: 'Especially complex',
      withinDepartmentRemit: "Within the department's remit",
      requestsGovernmentIssuance: "Asks for issue in the government's name",
      normativeDocument: 'A government rule or normative document',
      legalReview: 'Legality and compliance review done',
      integrityReview: 'Integrity (anti-corruption) assessment done',
      fairCompetitionReview: 'Fair competition review done',
      isBrief: 'Briefing',
      briefCharacters: 'Briefing length (characters)',
      signingCategory: 'Sign-off category',
    },
  },
  options: {
    'leaderException.leader-assigned': 'Matter assigned by a leader',
    'leaderException.top-secret': 'Top-secret matter that must be sent directly',
    'leaderException.classified': 'Classified matter that must be sent directly',
    'leaderException.major-emergency': 'Major emergency',
    'leaderException.foreign-affairs': 'Urgent, sensitive foreign-affairs matter',
    'leaderException.sensitive-deliberation': 'Sensitive matter still under deliberation',
    'skipLevelGround.approved': 'Approved',
    'skipLevelGround.major-emergency': 'Major emergency or other special circumstances',
    'format.formal': 'Formal official document',
    'format.reference': 'Reference copy',
    'format.for-reading': 'Submitted-for-reading copy',
    'format.please-read': 'Please-read copy',
    'classification.none': 'Not classified',
    'classification.confidential': 'Confidential (秘密)',
    'classification.secret': 'Secret (机密)',
    'classification.top-secret': 'Top secret (绝密)',
    'urgency.normal': 'Normal',
    'urgency.urgent': 'Urgent',
    'urgency.extra-urgent': 'Extra urgent',
    'status.replied': 'Replied',
    'status.pending': 'Awaiting reply',
    'status.deemed-no-objection': 'No reply in time – treated as no objection',
  },
  actions: {
    report: 'Report',
    review: 'Review',
    collect: 'Compile',
    approve: 'Approve',
    decide: 'Decide',
    file: 'File for the record',
    notify: 'Notify',
    preside: 'Preside',
  },
} as const satisfies SameKeys<typeof zhCN>;
