/**
 * Names shared by the story generator (Node) and the stories (browser): which
 * cities and forms there are, which rules have a story, and what each story and
 * title is called. No Storybook imports here, so the generator can load it.
 * @module
 */
import { describeRules, type FormId, type RuleEntry } from '@city-forms/rules';
import { FIXTURES } from '@city-forms/rules/fixtures';

/** The cities that have fixtures (the five seed cities). */
export type CityId = keyof typeof FIXTURES;
export const CITIES = Object.keys(FIXTURES) as CityId[];
/** The forms that have a React component (and so stories); the rules may know more (e.g. leaveReturn). */
export const FORMS = ['leave', 'agenda', 'document'] as const satisfies readonly FormId[];
/** A form with stories. */
export type UiFormId = (typeof FORMS)[number];

/** Each form's component, its props type and its title segment. */
export const FORM_INFO = {
  leave: { component: 'LeaveForm', props: 'LeaveFormProps', title: 'Leave' },
  agenda: { component: 'AgendaForm', props: 'AgendaFormProps', title: 'Agenda' },
  document: { component: 'DocumentSheet', props: 'DocumentSheetProps', title: 'Document' },
} as const satisfies Record<UiFormId, { component: string; props: string; title: string }>;

const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/** The story title of a form in a city: `Forms/Leave/Fushun`. */
export const formTitle = (form: UiFormId, city: string) => `Forms/${FORM_INFO[form].title}/${cap(city)}`;

/** The docs title of a city's rule catalogue: `Rules/Fushun`. */
export const rulesTitle = (city: string) => `Rules/${cap(city)}`;

/** The rules of a city's form that have a fixture violation, in catalogue order. */
export function violationsOf(form: FormId, city: CityId): RuleEntry[] {
  return describeRules({ city, form }).filter((r) => FIXTURES[city][form].violations[r.code] !== undefined);
}

/** The export name of a rule's story: `leave.notice-too-short` → `LeaveNoticeTooShort`. */
export function storyExportName(code: string): string {
  return code
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map(cap)
    .join('');
}
