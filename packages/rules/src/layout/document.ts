/**
 * The document sheet's layout: the document, its markings, routing, signing,
 * countersigning and the brief.
 * @module
 */
import { CLASSIFICATIONS, DOCUMENT_FORMATS, LEADER_EXCEPTIONS, SKIP_LEVEL_GROUNDS, URGENCIES, documentForm } from '../forms/document.js';
import type { Localized } from '../profile/schema.js';
import { defineLayout, type FormLayoutSpec, type LayoutOption } from './layout.js';

const skipped = { field: 'skipLevel', is: true } as const;
const listed = (list: readonly { id: string; label: Localized }[]): LayoutOption[] => list.map((o) => ({ id: o.id, label: o.label }));

/**
 * Sections and fields of `<DocumentSheet>` (and of its check-your-answers and paper sheet).
 * @example
 * ```ts
 * layoutIn(documentLayout, resolveCity('jining')).find((s) => s.id === 'markings')?.visible; // true (密级 and 紧急程度)
 * ```
 */
export const documentLayout: FormLayoutSpec = defineLayout(documentForm, [
  {
    id: 'document',
    labelKey: 'sectionDocument',
    fields: [
      { name: 'docType', options: (p) => listed(p.document.docTypes) },
      'title',
      'senderUnit',
      { name: 'senderKind', options: (p) => listed(p.document.senderKinds) },
      { name: 'format', options: DOCUMENT_FORMATS },
      { name: 'matters', when: { field: 'docType', is: 'request' } },
      { name: 'reportContainsRequest', when: { field: 'docType', is: 'report' } },
    ],
  },
  {
    id: 'markings',
    labelKey: 'sectionMarkings',
    fields: [
      { name: 'classification', required: true, options: CLASSIFICATIONS },
      { name: 'urgency', required: true, options: URGENCIES },
    ],
  },
  {
    id: 'routing',
    labelKey: 'sectionRouting',
    fields: [
      'primaryRecipients',
      'copyTo',
      'skipLevel',
      { name: 'skipLevelGround', options: SKIP_LEVEL_GROUNDS, when: skipped },
      { name: 'bypassedCopied', when: skipped },
      'addressedToLeader',
      { name: 'leaderException', options: LEADER_EXCEPTIONS, when: { field: 'addressedToLeader', is: true } },
      'withinDepartmentRemit',
      'requestsGovernmentIssuance',
      // 华容 五十三: the reviews a 规章 or 规范性文件 needs before it is issued.
      'normativeDocument',
      { name: 'legalReview', when: { field: 'normativeDocument', is: true } },
      { name: 'integrityReview', when: { field: 'normativeDocument', is: true } },
      { name: 'fairCompetitionReview', when: { field: 'normativeDocument', is: true } },
    ],
  },
  {
    id: 'signing',
    labelKey: 'sectionSigning',
    fields: [{ name: 'signatoryName', display: { width: 'm' } }, 'signatoryIsHead', { name: 'signingCategory', options: (p) => listed(p.document.signing) }],
  },
  {
    id: 'countersign',
    labelKey: 'sectionCountersign',
    fields: [
      'involvesOtherUnits',
      // Read by the reply deadlines (derived), not by a rule.
      { name: 'complex', alsoWhere: (p) => Boolean(p.document.countersign?.complexReplyWorkingDays) },
      {
        name: 'countersigners',
        fields: [
          'unit',
          'sentOn',
          // Where the reply time counts from 收到文件 (xianning 五十六, huarong 五十四).
          { name: 'receivedOn', alsoWhere: (p) => p.document.countersign?.countsFrom === 'received' },
          // "除主办部门另有时限要求外" and the reply date agreed when a unit cannot reply in time.
          'leadDeadline',
          'extendedTo',
          'replied',
          { name: 'agreed', when: { field: 'replied', is: true } },
          {
            name: 'reasons',
            widget: 'textarea',
            required: true,
            when: {
              all: [
                { field: 'replied', is: true },
                { field: 'agreed', is: false },
              ],
            },
          },
        ],
      },
      { name: 'leadProposal', widget: 'textarea' },
    ],
  },
  {
    id: 'brief',
    labelKey: 'sectionBrief',
    fields: ['isBrief', { name: 'briefCharacters', widget: 'number', when: { field: 'isBrief', is: true }, display: { width: 's' } }],
  },
]);
