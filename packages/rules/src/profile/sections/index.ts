/**
 * The profile sections by key: what each form adds to a city profile (a form
 * without profile data of its own, like the return report, has none). The profile
 * schema and resolve read this map; neither names a form.
 * @module
 */
import { agendaSection } from './agenda.js';
import { documentSection } from './document.js';
import { leaveSection } from './leave.js';

export type { AgendaSection } from './agenda.js';
export type { DocumentSection } from './document.js';
export type { LeaveSection } from './leave.js';

/**
 * The sections, by the key a profile writes them under (the form's id).
 * @example
 * ```ts
 * Object.keys(SECTIONS); // ['leave', 'agenda', 'document']
 * ```
 */
export const SECTIONS = {
  leave: leaveSection,
  agenda: agendaSection,
  document: documentSection,
};

/** The sections' map, as a type. */
export type Sections = typeof SECTIONS;
